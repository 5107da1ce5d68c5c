"""SettingsView: every value is stored at once, out-of-range values are refused with a message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from partnerdesk.core.pin import verify_pin
from partnerdesk.ui import i18n
from partnerdesk.ui.dialogs.pin_setup_dialog import PinSetupDialog
from partnerdesk.ui.kiosk.settings import KioskSettings, load_kiosk_settings, load_pin_hash
from partnerdesk.ui.settings import DEFAULT_RETENTION_DAYS, AppSettings
from partnerdesk.ui.views.settings_view import SettingsView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def view(qtbot) -> SettingsView:
    widget = SettingsView(settings=AppSettings())
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    return widget


def enter(box, value: int) -> None:
    """What typing a number and pressing Enter does (keyboard tracking is off)."""
    box.lineEdit().setText(str(value))
    box.interpretText()


def test_starts_with_stored_values(qtbot) -> None:
    AppSettings().set_advisor_name("Frau Lawrence")
    AppSettings().set_retention_days(400)
    view = SettingsView(settings=AppSettings())
    qtbot.addWidget(view)
    assert view.advisor.text() == "Frau Lawrence"
    assert view.retention.value() == 400
    defaults = KioskSettings()
    assert view.idle.value() == defaults.idle_timeout_seconds
    assert view.warning.value() == defaults.warning_seconds
    assert view.handover_days.value() == defaults.handover_days
    assert view.printer.text() == ""


def test_advisor_name_is_stored_on_editing_finished(qtbot, view) -> None:
    seen: list[str] = []
    view.advisorChanged.connect(seen.append)
    view.advisor.setFocus()
    qtbot.keyClicks(view.advisor, "  Frau Lawrence ")
    assert AppSettings().advisor_name() == ""  # not per keystroke
    QTest.keyClick(view.advisor, Qt.Key.Key_Return)
    assert AppSettings().advisor_name() == "Frau Lawrence"
    assert seen == ["Frau Lawrence"]


def test_retention_is_stored_and_reported(view) -> None:
    seen: list[int] = []
    view.retentionChanged.connect(seen.append)
    enter(view.retention, 365)
    assert AppSettings().retention_days() == 365
    assert seen == [365]
    assert view.counselling_error.isHidden()


@pytest.mark.parametrize("days", [29, 3651, 0])
def test_retention_out_of_range_is_refused_with_message(view, days) -> None:
    enter(view.retention, days)
    assert AppSettings().retention_days() == DEFAULT_RETENTION_DAYS
    assert view.retention.value() == DEFAULT_RETENTION_DAYS  # shows what is stored
    assert view.counselling_error.isVisibleTo(view)
    text = view.counselling_error.text()
    assert "30" in text and "3650" in text and str(days) in text


@pytest.mark.parametrize(
    ("field", "bounds"),
    [
        ("retention", (30, 3650)),
        ("idle", (30, 3600)),
        ("warning", (20, 300)),
        ("handover_days", (1, 90)),
    ],
)
def test_spin_boxes_report_their_real_range(view, field, bounds) -> None:
    """Screen readers announce the range a spin box reports; it must be the allowed one."""
    box = getattr(view, field)
    assert (box.minimum(), box.maximum()) == bounds
    assert f"{bounds[0]}–{bounds[1]}" in box.accessibleDescription() or field == "retention"


def test_kiosk_values_are_stored_at_once(view) -> None:
    enter(view.idle, 300)
    enter(view.warning, 45)
    enter(view.handover_days, 30)
    view.printer.setText("  Kiosk-Drucker 2. OG ")
    view.printer.editingFinished.emit()
    stored = load_kiosk_settings()
    assert stored == KioskSettings(
        idle_timeout_seconds=300,
        warning_seconds=45,
        handover_days=30,
        printer_name="Kiosk-Drucker 2. OG",
    )
    # Emptying the printer name switches printing off again.
    view.printer.setText("")
    view.printer.editingFinished.emit()
    assert load_kiosk_settings().printer_name == ""
    assert view.kiosk_error.isHidden()


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("idle", 29, ("30", "3600", "29")),
        ("idle", 3601, ("30", "3600", "3601")),
        ("warning", 19, ("20", "300", "19")),
        ("warning", 301, ("20", "300", "301")),
        ("handover_days", 0, ("1", "90", "0")),
        ("handover_days", 91, ("1", "90", "91")),
    ],
)
def test_kiosk_out_of_range_is_refused_with_message(view, field, value, words) -> None:
    before = load_kiosk_settings()
    box = getattr(view, field)
    shown = box.value()
    enter(box, value)
    assert load_kiosk_settings() == before
    assert box.value() == shown
    assert view.kiosk_error.isVisibleTo(view)
    assert all(w in view.kiosk_error.text() for w in words)
    # A valid value afterwards is stored and clears the message.
    enter(box, shown + 1)
    assert view.kiosk_error.isHidden()
    assert load_kiosk_settings() != before


def test_pin_button_opens_the_dialog_and_stores_only_a_hash(view, monkeypatch) -> None:
    assert not view.pin_is_set()
    assert "Noch keine PIN" in view.pin_status.text()
    opened: list[PinSetupDialog] = []

    def fake_exec(dialog: PinSetupDialog) -> int:
        opened.append(dialog)
        dialog.pin.setText("481516")
        dialog.repeat.setText("481516")
        dialog.on_accept()
        return dialog.result()

    monkeypatch.setattr(PinSetupDialog, "exec", fake_exec)
    view.pin_button.click()
    assert len(opened) == 1
    stored = load_pin_hash()
    assert verify_pin("481516", stored)
    assert view.pin_is_set() and "festgelegt" in view.pin_status.text()
    assert stored not in view.pin_status.text() and "481516" not in view.pin_status.text()
    assert "ändern" in view.pin_button.text()


def test_cancelled_pin_dialog_changes_nothing(view, monkeypatch) -> None:
    monkeypatch.setattr(PinSetupDialog, "exec", lambda dialog: 0)
    view.pin_button.click()
    assert load_pin_hash() == "" and not view.pin_is_set()


def test_every_control_is_named_and_relabelled_in_english(qtbot, view) -> None:
    def unnamed() -> list[str]:
        found = []
        for w in view.findChildren(QWidget):
            if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisibleTo(view):
                continue
            if w.inherits("QScrollBar") or w.inherits("QScrollArea") or w.accessibleName():
                continue
            if w.parent() is not None and (
                w.parent().inherits("QAbstractSpinBox") or w.parent().inherits("QComboBox")
            ):
                continue
            found.append(w.metaObject().className())
        return found

    assert unnamed() == []
    german = view.kiosk_box.title()
    try:
        i18n.set_language("en")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert view.title.text() == "Settings"
        assert view.kiosk_box.title() != german
        assert view.language.currentData() == "en"
        assert unnamed() == []
    finally:
        i18n.set_language("de")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert view.kiosk_box.title() == german
