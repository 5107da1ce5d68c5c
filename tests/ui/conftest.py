"""Shared helpers of the GUI tests: a fresh store, the shipped pack, message boxes, German.

A message box no test asked for fails the test: ``QMessageBox.exec`` is replaced for every
GUI test, records the box and raises. A test that expects boxes takes ``message_boxes`` and
queues the answers (``message_boxes.answer(Button.Save)``) or sets a standing answer;
nothing is answered behind the test's back.

GUI tests start in German with the translators installed, as the app does at start-up:
plural forms ("1 Woche", "2 Wochen") come from partnerdesk_de.qm, not from the source text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import City, DataPack
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import AppStore, open_app_store

Button = QMessageBox.StandardButton


class MessageBoxes:
    """Stands in for ``QMessageBox.exec``: records each box and answers as told.

    ``texts`` holds ``"text\\ninformative text"`` of every box shown. Queued answers are
    used first; then ``standing`` (a preference list, the first button the box offers);
    with neither the box was not expected and the test fails.
    """

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.boxes: list[QMessageBox] = []
        self.queued: list[Button] = []
        self.standing: tuple[Button, ...] = ()
        self.unexpected: list[str] = []

    def answer(self, *buttons: Button) -> MessageBoxes:
        self.queued.extend(buttons)
        return self

    def always(self, *preference: Button) -> MessageBoxes:
        self.standing = preference
        return self

    def exec(self, box: QMessageBox) -> int:
        text = f"{box.text()}\n{box.informativeText()}"
        self.texts.append(text)
        self.boxes.append(box)
        if self.queued:
            return int(self.queued.pop(0).value)
        offered = box.standardButtons()
        for choice in self.standing:
            if offered & choice:
                return int(choice.value)
        self.unexpected.append(text)
        raise AssertionError(f"unexpected message box: {text!r}")


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageBoxes]:
    boxes = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    yield boxes
    # An exception raised inside a Qt slot may have been swallowed; fail here as well.
    assert boxes.unexpected == [], f"unexpected message boxes: {boxes.unexpected}"


@pytest.fixture
def store(tmp_path) -> Iterator[AppStore]:
    """A migrated, seeded database of its own for this test."""
    app_store = open_app_store(tmp_path / "db.sqlite3")
    yield app_store
    app_store.close()


@pytest.fixture
def seeded_apprentice(store: AppStore) -> int:
    """The id of an apprentice in *store* with one talk and two open steps, one of them
    due: every page that reads the database (talks, Wiedervorlage, statistics) has rows."""
    repo = ApprenticeRepository(store.sessions)
    apprentice_id = repo.save(Apprentice(display_name="Ayşe"))
    repo.save_talk(
        Talk(
            apprentice_id=apprentice_id,
            held_on=date(2026, 11, 2),
            advisor="Frau Weber",
            next_steps=(
                NextStep("Sprachkurs", due_date=date(2026, 11, 20)),
                NextStep("Unterkunft"),
            ),
        )
    )
    return apprentice_id


@pytest.fixture(scope="session")
def shipped_pack() -> DataPack:
    return load_shipped_pack()


@pytest.fixture(scope="session")
def cities(shipped_pack: DataPack) -> tuple[City, ...]:
    """The shipped pack's eleven cities."""
    return shipped_pack.cities


@pytest.fixture(autouse=True)
def _german_interface(qapp):
    from partnerdesk.ui import i18n

    i18n.set_language("de")
    yield
    if i18n.current_language() != "de":
        i18n.set_language("de")
    # Qt posts LanguageChange when translators change: deliver it now, not to the next test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture(autouse=True)
def _no_window_left_open(qapp):
    """A window a test leaves on screen takes the next test's mouse input (the kiosk refuses
    to close while locked): fail the test that left it, not the one that trips over it."""
    from PySide6.QtWidgets import QApplication

    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    yield
    QCoreApplication.processEvents()
    left = [
        type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and id(w) not in before and w.isWindow() and not w.inherits("QMenu")
    ]
    assert left == [], f"windows left open: {left}"
