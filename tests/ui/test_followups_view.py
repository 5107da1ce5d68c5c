"""Wiedervorlage page: groups by urgency, advisor filter, opening a talk, badge, ICS export."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.ui.main_window import PAGE_COUNSELLING, PAGE_FOLLOWUPS, MainWindow
from partnerdesk.ui.settings import AppSettings
from partnerdesk.ui.views.counselling_view import CounsellingView
from partnerdesk.ui.views.followups_view import TALK_ROLE, FollowupsView

TODAY = date.today()


@pytest.fixture(autouse=True)
def _boxes(monkeypatch):
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


@pytest.fixture
def repo(store):
    repo = ApprenticeRepository(store.sessions)
    ayse = repo.save(Apprentice(display_name="Ayşe Yılmaz"))
    tom = repo.save(Apprentice(display_name="Tom Becker"))
    repo.save_talk(
        Talk(
            apprentice_id=ayse,
            held_on=TODAY - timedelta(days=30),
            advisor="Frau Weber",
            next_steps=(
                NextStep("Sprachkurs anmelden", due_date=TODAY - timedelta(days=3)),
                NextStep("Praktikum anfragen", owner="Ayşe", due_date=TODAY + timedelta(days=40)),
            ),
        )
    )
    repo.save_talk(
        Talk(
            apprentice_id=tom,
            held_on=TODAY,
            advisor="Herr Kaya",
            next_steps=(
                NextStep("Förderantrag", due_date=TODAY - timedelta(days=1)),
                NextStep("Unterkunft suchen"),
            ),
        )
    )
    return repo


def rows(view: FollowupsView) -> list[str]:
    tree = view.tree
    return [
        tree.topLevelItem(i).text(0)
        if tree.topLevelItem(i).data(0, TALK_ROLE) is None
        else "  " + tree.topLevelItem(i).text(1)
        for i in range(tree.topLevelItemCount())
    ]


def test_groups_filter_and_activation(qtbot, repo):
    view = FollowupsView(repo.open_steps)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.overdueChanged) as overdue:
        view.show()
    assert overdue.args == [2]
    assert rows(view) == [
        "Überfällig (2)",
        "  Sprachkurs anmelden",
        "  Förderantrag",
        "Später (1)",
        "  Praktikum anfragen",
        "Ohne Datum (1)",
        "  Unterkunft suchen",
    ]
    view.advisor.setCurrentIndex(view.advisor.findData("Herr Kaya"))
    assert rows(view) == [
        "Überfällig (1)",
        "  Förderantrag",
        "Ohne Datum (1)",
        "  Unterkunft suchen",
    ]
    item = view.tree.topLevelItem(1)
    assert item.text(0) == (TODAY - timedelta(days=1)).strftime("%d.%m.%Y")
    with qtbot.waitSignal(view.talkRequested) as requested:
        view.tree.itemActivated.emit(item, 0)
    tom = next(a.id for a in repo.find("Tom"))
    assert requested.args == [tom, repo.talks(tom)[0].id]


def test_export_writes_a_calendar_of_the_shown_steps(qtbot, repo, tmp_path, monkeypatch, _boxes):
    view = FollowupsView(repo.open_steps)
    qtbot.addWidget(view)
    view.show()
    target = tmp_path / "wv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    written = view.export_ics()
    assert written == tmp_path / "wv.ics"
    events = list(icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "Förderantrag",
        "Praktikum anfragen",
        "Sprachkurs anmelden",
    ]
    assert "3 Termine gespeichert" in _boxes[-1]


def test_badge_and_click_opens_the_talk_in_the_window(qtbot, repo, store, pack_window):
    window = pack_window
    counselling = CounsellingView(repo, store.cities.cities(), window.pages)
    window.set_counselling_view(counselling)
    window.services.attach(store)
    window.attach_followups(counselling)
    nav = window.navigation.item(PAGE_FOLLOWUPS)
    assert nav.text() == "Wiedervorlage · 2 überfällig"
    assert "2 Schritte überfällig" in nav.toolTip()
    window.show_page(PAGE_FOLLOWUPS)
    view = window.followups_view
    item = view.tree.topLevelItem(1)
    assert item.text(1) == "Sprachkurs anmelden"
    view.tree.itemActivated.emit(item, 0)
    assert window.pages.currentIndex() == PAGE_COUNSELLING
    assert counselling.name_label.text() == "Ayşe Yılmaz"
    talk = counselling.editor.talk()
    assert [s.text for s in talk.next_steps] == ["Sprachkurs anmelden", "Praktikum anfragen"]
    # Marking the step done and saving takes it off the list and the badge down by one.
    steps = [
        NextStep(s.text, owner=s.owner, due_date=s.due_date, done=i == 0)
        for i, s in enumerate(talk.next_steps)
    ]
    counselling.editor.load(
        Talk(
            **{
                **{
                    f: getattr(talk, f)
                    for f in (
                        "apprentice_id",
                        "held_on",
                        "advisor",
                        "notes",
                        "chosen_cities",
                        "ranking_snapshot",
                        "profile_snapshot",
                        "id",
                    )
                },
                "next_steps": tuple(steps),
            }
        )
    )
    repo.save_talk(counselling.editor.talk())
    counselling.talksChanged.emit()
    assert nav.text() == "Wiedervorlage · 1 überfällig"


@pytest.fixture
def pack_window(qtbot):
    from partnerdesk.core.datapack import load_shipped_pack

    window = MainWindow(load_shipped_pack(), AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_empty_list_says_so(qtbot, store):
    view = FollowupsView(ApprenticeRepository(store.sessions).open_steps)
    qtbot.addWidget(view)
    view.show()
    assert view.tree.isHidden()
    assert view.empty.isVisible()
    assert not view.export_button.isEnabled()
    assert Qt.ItemDataRole.UserRole == TALK_ROLE
