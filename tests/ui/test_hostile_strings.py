"""Hostile strings show literally everywhere this part of the app shows user or data text:
kiosk pages and city cards, the handover and retention dialogs, message boxes, the Auskunft
PDF. No markup is interpreted, nothing is loaded, nothing crashes; a NUL gets a precise
error where the model refuses it."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date

import pytest
from factories import make_city
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from partnerdesk.core.auskunft import export_auskunft
from partnerdesk.core.counselling import Apprentice, RecordError, Talk
from partnerdesk.core.domain import Project, Text
from partnerdesk.core.pin import hash_pin
from partnerdesk.report.auskunft_doc import write_auskunft_pdf
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.database import open_database
from partnerdesk.store.handovers import HandoverRepository, KioskStore
from partnerdesk.ui.dialogs.auskunft_dialog import erase_question_box
from partnerdesk.ui.dialogs.handover_dialog import HandoverDialog
from partnerdesk.ui.dialogs.pin_setup_dialog import PinSetupDialog
from partnerdesk.ui.dialogs.retention_dialog import RetentionDialog
from partnerdesk.ui.i18n import set_language
from partnerdesk.ui.kiosk.kiosk_window import KioskWindow
from partnerdesk.ui.kiosk.settings import KioskSettings
from partnerdesk.ui.kiosk.unlock_dialog import UnlockDialog
from partnerdesk.ui.widgets.city_card import CityCard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOSTILE = [
    "<b>x</b>",
    "<img src=file:///etc/passwd>",
    '<a href="http://example.invalid">y</a>',
    "<style>*{color:red}</style>",
    "abc\u202edef",
    "W" * 10_000,
]
NUL = "a\x00b"


@pytest.fixture
def db(tmp_path):
    engine, sessions = open_database(tmp_path / "h.sqlite3")
    yield sessions
    engine.dispose()


def all_labels_plain(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, (
            label.objectName(),
            label.text()[:40],
        )


def shows(root: QWidget, value: str) -> bool:
    """In a label, or in the text a painted city card draws."""
    return any(value in w.text() for w in root.findChildren(QLabel)) or any(
        value in text for card in root.findChildren(CityCard) for text in card.texts()
    )


def test_kiosk_shows_hostile_city_data_literally(qtbot, db) -> None:
    set_language("de")
    cities = [
        make_city(
            f"c{i}",
            name_de=value,
            name_en=value,
            projects=(Project(value, ("kultur",)),),
            status="restricted",
            status_reason=Text(value, value),
        )
        for i, value in enumerate(HOSTILE)
    ]
    store = KioskStore(HandoverRepository(db), lambda: cities)
    window = KioskWindow(
        cities, store, KioskSettings(printer_name="Kiosk-Drucker"), pin_hash=hash_pin("1234", n=16)
    )
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    wizard = window.wizard
    wizard.interests_page.rows["kultur"].buttons[3].click()
    wizard.go_to("result")
    for card in wizard.result_page.findChildren(QWidget, "cityCard"):
        card.on_activate()
        window.grab()  # paints every label: a resource load would happen here
    for value in HOSTILE[:5]:
        assert shows(wizard.result_page, value), value
    assert shows(wizard.result_page, HOSTILE[5])
    all_labels_plain(window)
    # Tooltips carry data only escaped (city card tooltips use tooltip_html).
    for card in wizard.result_page.findChildren(QWidget, "cityCard"):
        assert "<b>x</b>" not in card.toolTip()
    wizard.go_to("handover")
    wizard.handover_page.consent.setChecked(True)
    wizard.handover_page.on_store()
    assert wizard.handover_page.stored_code
    window._unlocked = True


def test_kiosk_text_fields_refuse_hostile_input_without_crash(qtbot) -> None:
    from partnerdesk.core.pin import LockoutPolicy

    dialog = UnlockDialog(LockoutPolicy(), hash_pin("1234", n=16))
    setup = PinSetupDialog(save=lambda _: None)
    for widget in (dialog, setup):
        qtbot.addWidget(widget)
    for field in [dialog.pin, setup.pin, setup.repeat]:
        for value in ["<b>x</b>", "<img src=file:///etc/passwd>"]:
            QTest.keyClicks(field, value)  # ASCII only: safe for keyClicks
        assert field.text() == ""  # digits only: the validator drops every character
        field.setText(NUL)
        field.insert("\u202e")
    dialog.on_submit()
    assert "stimmt nicht" in dialog.message.text()
    setup.on_accept()
    assert setup.error.text()
    all_labels_plain(dialog)
    all_labels_plain(setup)


@pytest.mark.parametrize("value", HOSTILE)
def test_handover_dialog_code_field(qtbot, db, value) -> None:
    dialog = HandoverDialog(HandoverRepository(db), 1)
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit)
    field.setText(value)
    dialog.on_open()
    assert "Kein gültiger Code" in dialog.summary.text()
    all_labels_plain(dialog)


def names_and_notes(db) -> tuple[ApprenticeRepository, list[int]]:
    repo = ApprenticeRepository(db)
    ids = []
    for value in HOSTILE:
        name = value[:200]
        aid = repo.save(
            Apprentice(display_name=name, occupation=value[:200], deletion_date=date(2026, 1, 1))
        )
        repo.save_talk(
            Talk(apprentice_id=aid, held_on=date(2025, 1, 1), notes=value, advisor=value[:200])
        )
        ids.append(aid)
    return repo, ids


def test_repository_refuses_nul_and_overlong_names_precisely(db) -> None:
    repo = ApprenticeRepository(db)
    with pytest.raises(RecordError, match=r"display_name: contains a NUL character"):
        repo.save(Apprentice(display_name=NUL))
    with pytest.raises(RecordError, match=r"display_name: at most 200 characters"):
        repo.save(Apprentice(display_name="W" * 10_000))
    aid = repo.save(Apprentice(display_name="ok"))
    with pytest.raises(RecordError, match=r"notes: contains a NUL character"):
        repo.save_talk(Talk(apprentice_id=aid, held_on=date(2025, 1, 1), notes=NUL))


def test_retention_dialog_and_message_box_show_names_literally(qtbot, db) -> None:
    repo, _ = names_and_notes(db)
    dialog = RetentionDialog(repo.due_for_deletion(date(2026, 6, 1)))
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    for value in HOSTILE:
        assert any(t.startswith(value[:200]) for t in texts)
    dialog.show()
    dialog.grab()
    all_labels_plain(dialog)
    for value in HOSTILE:
        box = erase_question_box(None, value[:200])
        qtbot.addWidget(box)
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert value[:200] in box.text()


def test_auskunft_pdf_prints_hostile_text_literally(qtbot, db, tmp_path) -> None:
    repo, ids = names_and_notes(db)
    for aid, value in zip(ids, HOSTILE, strict=True):
        auskunft = export_auskunft(repo, aid)
        target = write_auskunft_pdf(auskunft, tmp_path / f"a{aid}.pdf")
        assert target.stat().st_size > 1000
        if shutil.which("pdftotext") is None or len(value) > 200:
            continue
        text = subprocess.run(
            ["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        text = unicodedata.normalize("NFKC", text)  # the font's "fi" ligature -> "fi"
        assert "\u202e" not in text  # the override is dropped, the rest printed as typed
        visible = value.replace("\u202e", "")
        assert visible in text.replace("\n", "").replace("\u200b", ""), value  # break marks
