"""„Selbstcheck-Terminal starten …“: PIN first, then the kiosk process, then this window
closes; without a PIN nothing starts."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QDialog

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.ui.dialogs import pin_setup_dialog
from partnerdesk.ui.kiosk.settings import load_pin_hash
from partnerdesk.ui.kiosk_launch import kiosk_command
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.settings import AppSettings


def make_window(qtbot) -> MainWindow:
    window = MainWindow(load_shipped_pack(), AppSettings())
    qtbot.addWidget(window)
    window.show()
    return window


def test_menu_entry_sets_a_pin_then_starts_the_kiosk(qtbot, monkeypatch):
    window = make_window(qtbot)
    assert window.kiosk_action in window.file_menu.actions()
    assert window.kiosk_action.text() == "&Selbstcheck-Terminal starten …"

    def set_pin(dialog) -> int:
        dialog.pin.setText("482916")
        dialog.repeat.setText("482916")
        dialog.on_accept()
        return dialog.result()

    monkeypatch.setattr(pin_setup_dialog.PinSetupDialog, "exec", set_pin)
    started = []
    assert window.on_start_kiosk(lambda program, args: started.append((program, args)) or True)
    assert load_pin_hash()  # asked for and stored first
    assert started == [kiosk_command()]
    assert started[0][1][-1] == "--kiosk"
    assert started[0][0] == sys.executable
    assert not window.isVisible()


def test_no_pin_no_kiosk(qtbot, monkeypatch):
    window = make_window(qtbot)
    monkeypatch.setattr(
        pin_setup_dialog.PinSetupDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected
    )
    started = []
    assert not window.on_start_kiosk(lambda *a: started.append(a) or True)
    assert started == []
    assert window.isVisible()
