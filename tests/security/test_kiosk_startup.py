"""Item 1: the kiosk takes the data folder's lock before any dialog, installs the crash
dialog, runs the damaged-database check and honours ``--quit-after-show``."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QDialog
from security.helpers import run_cli

from partnerdesk import app as app_module
from partnerdesk import paths
from partnerdesk.store.location import lock_path
from partnerdesk.ui.dialogs import crash_dialog, pin_setup_dialog, plain_message, recovery_dialog


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, qapp) -> dict[str, list[object]]:
    seen: dict[str, list[object]] = {"pin": [], "warn": [], "crash": [], "recovery": []}

    def ensure_pin(parent: object) -> bool:
        seen["pin"].append(parent)
        return False  # stop right after: the PIN dialog is the first thing after the checks

    class Reporter:
        def uninstall(self) -> None:
            seen["crash"].append("uninstalled")

    def install(app: object, log_path: str | None = None) -> Reporter:
        seen["crash"].append("installed")
        return Reporter()

    def recovery_exec(dialog: QDialog) -> int:
        seen["recovery"].append(dialog.health.reason)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(pin_setup_dialog, "ensure_pin", ensure_pin)
    monkeypatch.setattr(crash_dialog, "install_excepthook", install)
    monkeypatch.setattr(plain_message, "warn", lambda *a, **k: seen["warn"].append(a))
    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", recovery_exec)
    return seen


def test_kiosk_refuses_a_data_folder_in_use_before_any_dialog(calls) -> None:
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    lock_path(paths.data_dir()).write_text("4242\nPartnerDesk\nanother-pc\n")
    assert app_module.run_gui(kiosk=True) == 1
    assert calls["pin"] == []  # no PIN set-up while another copy has the folder
    assert calls["warn"] and "another-pc" in str(calls["warn"][0])
    assert calls["crash"] == ["installed", "uninstalled"]


def test_kiosk_holds_the_lock_so_restore_refuses(calls, monkeypatch) -> None:
    from partnerdesk.store.location import lock_owner

    held: list[object] = []

    def ensure_pin(parent: object) -> bool:
        held.append(lock_owner(paths.data_dir()))
        return False

    monkeypatch.setattr(pin_setup_dialog, "ensure_pin", ensure_pin)
    assert app_module.run_gui(kiosk=True) == 2  # no PIN: the kiosk does not start
    owner = held[0]
    assert owner is not None and owner.local  # the lock was held while the PIN was asked
    assert lock_owner(paths.data_dir()) is None  # and released on the way out


def test_kiosk_runs_the_damaged_database_check(calls) -> None:
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    paths.database_path().write_bytes(b"this is not a database" * 100)
    assert app_module.run_gui(kiosk=True) == 1  # the user chose "quit" in the dialog
    assert calls["recovery"], "the recovery dialog was not offered"
    assert calls["pin"] == []


def test_kiosk_quit_after_show_on_a_fresh_folder_quits_without_touching_data(tmp_path):
    home = tmp_path / "fresh"
    started = time.monotonic()
    result = run_cli(
        "--kiosk", "--quit-after-show", env={"PARTNERDESK_HOME": str(home)}, timeout=90
    )
    assert result.returncode == 0, result.stderr.decode()
    assert time.monotonic() - started < 60
    assert not (home / paths.DB_FILENAME).exists()
    assert not (home / "settings.ini").exists()
