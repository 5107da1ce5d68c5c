"""Storage fault messages, the start-up recovery dialog, the crash dialog, the log file."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from datetime import UTC, datetime

import pytest
from faults import damage, disk_full, fill
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy.exc import OperationalError

from partnerdesk import paths
from partnerdesk.logging_setup import log_file, setup_logging, shutdown_logging
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.backup import backup_database
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.store.health import assess
from partnerdesk.ui import i18n
from partnerdesk.ui.dialogs import crash_dialog, recovery_dialog
from partnerdesk.ui.dialogs.error_dialog import (
    guarded_save,
    network_warning_box,
    storage_error_box,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _german():
    i18n.set_language("de")
    yield
    i18n.set_language("de")


@pytest.mark.parametrize(
    ("message", "kind", "needle_de", "needle_en"),
    [
        ("database or disk is full", "disk_full", "Laufwerk", "drive"),
        ("attempt to write a readonly database", "read_only", "schreibgeschützt", "read-only"),
        ("database is locked", "locked", "gesperrt", "locked"),
        ("disk I/O error", "io_error", "Ein-/Ausgabefehler", "input/output"),
    ],
)
def test_storage_error_box_in_both_languages(qtbot, message, kind, needle_de, needle_en):
    exc = sqlite3.OperationalError(message)
    box = storage_error_box(None, exc)
    qtbot.addWidget(box)
    assert box.objectName() == f"storageError_{kind}"
    assert needle_de in box.text()
    assert "Ihre Eingaben sind noch im Formular" in box.text()
    assert box.textFormat().name == "PlainText"
    assert str(paths.log_dir()) in box.detailedText()
    i18n.set_language("en")
    box = storage_error_box(None, exc)
    qtbot.addWidget(box)
    assert needle_en in box.text()


def test_guarded_save_keeps_the_form_and_reports(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    store = open_app_store()
    repo = ApprenticeRepository(store.sessions)
    from partnerdesk.core.counselling import Apprentice

    try:
        with disk_full(store.engine):
            result = guarded_save(
                None,
                lambda: [
                    repo.save(Apprentice(display_name="A" * 150, occupation="B" * 150))
                    for _ in range(300)
                ],
            )
        assert result is None
        assert shown and "voll" in shown[0]
        assert guarded_save(None, lambda: 42) == 42
        with pytest.raises(ZeroDivisionError):  # bugs are not storage faults
            guarded_save(None, lambda: 1 / 0)
    finally:
        store.close()


def test_guarded_save_on_sqlalchemy_error(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.objectName()) or 0)

    def fail():
        raise OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked"))

    assert guarded_save(None, fail) is None
    assert shown == ["storageError_locked"]


def test_no_network_warning_for_a_local_folder(qtbot, tmp_path):
    assert network_warning_box(None, tmp_path / "x.sqlite3") is None


def test_network_warning_box(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("partnerdesk.store.location.is_network_path", lambda p: True)
    box = network_warning_box(None, tmp_path / "x.sqlite3")
    qtbot.addWidget(box)
    assert "Netzlaufwerk" in box.text()


# --- start-up recovery -------------------------------------------------------------------------


@pytest.fixture
def damaged_with_backup():
    store = open_app_store()
    fill(ApprenticeRepository(store.sessions), 40)
    store.close()
    backup_database(
        paths.database_path(),
        paths.backup_dir(),
        reason="auto",
        now=datetime(2026, 11, 2, 13, 30, tzinfo=UTC),
    )
    damage(paths.database_path())
    return paths.database_path()


def _press(monkeypatch, button_name):
    chosen = []

    def exec_(self):
        chosen.append(self)
        getattr(self, button_name).click()
        return self.result()

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    return chosen


def test_healthy_database_needs_no_dialog(qtbot, monkeypatch):
    open_app_store().close()
    monkeypatch.setattr(QDialog, "exec", lambda self: pytest.fail("no dialog expected"))
    assert recovery_dialog.run_startup_recovery(None, paths.database_path())
    assert recovery_dialog.run_startup_recovery(None, paths.data_dir() / "new.sqlite3")


def test_restore_newest_backup(qtbot, monkeypatch, damaged_with_backup):
    dialogs = _press(monkeypatch, "restore_button")
    assert recovery_dialog.run_startup_recovery(None, damaged_with_backup)
    dialog = dialogs[0]
    assert "Neueste gültige Sicherung wiederherstellen (02.11.2026" in dialog.restore_button.text()
    assert assess(damaged_with_backup).state == "ok"


def test_start_empty(qtbot, monkeypatch, damaged_with_backup):
    _press(monkeypatch, "empty_button")
    assert recovery_dialog.run_startup_recovery(None, damaged_with_backup)
    # An empty database takes its place: beside backups a missing one would count as damage.
    assert assess(damaged_with_backup).state == "ok"
    assert list(damaged_with_backup.parent.glob("*.damaged-*"))


def test_quit_writes_nothing(qtbot, monkeypatch, damaged_with_backup):
    before = damaged_with_backup.read_bytes()
    _press(monkeypatch, "quit_button")
    assert not recovery_dialog.run_startup_recovery(None, damaged_with_backup)
    assert damaged_with_backup.read_bytes() == before


def test_without_backup_restore_is_disabled(qtbot, damaged_with_backup):
    for backup in paths.backup_dir().iterdir():
        backup.unlink()
    health = assess(damaged_with_backup)
    dialog = recovery_dialog.RecoveryDialog(health, None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.quit_button.isDefault()
    assert "keine gültige Sicherung" in dialog.detail.text()


# --- crash dialog and log ------------------------------------------------------------------


def test_unexpected_exception_is_logged_and_shown(qtbot, qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    path = setup_logging()
    reporter = crash_dialog.install_excepthook(qapp)
    try:
        try:
            raise RuntimeError("kaputt")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(shown), timeout=2000)
        box = shown[0]
        assert "RuntimeError" in box.text()
        assert str(path) in box.informativeText()
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=2000)
        assert "ZeroDivisionError" in shown[1].text()
    finally:
        reporter.uninstall()
        shutdown_logging()
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: kaputt" in text
    assert "Traceback" in text


def test_log_rotates_and_keeps_five_old_files(tmp_path, monkeypatch):
    import partnerdesk.logging_setup as logging_setup

    assert (logging_setup.MAX_BYTES, logging_setup.BACKUP_COUNT) == (1_000_000, 5)
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 10_000)  # same rotation, less writing
    path = setup_logging(log_dir=tmp_path)
    try:
        logger = logging.getLogger("partnerdesk")
        logger.propagate = False  # keep pytest's log capture out of it
        for _ in range(100):
            logger.info("x" * 1000)
    finally:
        logger.propagate = True
        shutdown_logging()
    assert path == tmp_path / "partnerdesk.log"
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["partnerdesk.log", *(f"partnerdesk.log.{i}" for i in range(1, 6))]
    assert all((tmp_path / f).stat().st_size <= 11_000 for f in files)


def test_log_file_is_in_the_log_dir():
    assert log_file() == paths.log_dir() / "partnerdesk.log"


def test_backup_timer_backs_up_after_changes(qtbot):
    from partnerdesk.ui.backup_timer import BackupTimer

    store = open_app_store()
    try:
        timer = BackupTimer(paths.database_path(), paths.backup_dir(), interval_ms=10)
        fill(ApprenticeRepository(store.sessions), 1)
        with qtbot.waitSignal(timer.backupMade, timeout=5000) as made:
            timer.start()
        timer.stop()
        assert made.args[0].endswith("-auto.sqlite3")
        timer.on_timeout()  # nothing changed since: no second backup
        timer.stop()
        assert len(list(paths.backup_dir().glob("*-auto.sqlite3"))) == 1
    finally:
        store.close()
