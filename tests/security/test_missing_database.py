"""Item 2: a database truncated to 0 bytes or deleted while ``backups/`` holds backups is
damage, not a new database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from security.helpers import cli as run

from partnerdesk import paths
from partnerdesk.store.backup import REASON_MANUAL, backup_database
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.store.health import DatabaseDamaged, assess, check_database
from partnerdesk.ui.dialogs import recovery_dialog


@pytest.fixture
def backed_up(store, db_path):
    store.close()
    backup_database(db_path, paths.backup_dir(), reason=REASON_MANUAL)
    return db_path


@pytest.mark.parametrize("how", ["truncate", "delete"])
def test_lost_database_beside_backups_is_damage(backed_up, how, capsys) -> None:
    if how == "truncate":
        backed_up.write_bytes(b"")
    else:
        backed_up.unlink()
    assert assess(backed_up).state == "damaged"
    report = check_database(backed_up, backup_dir=paths.backup_dir())
    assert not report.ok
    assert any("db recover newest" in line for line in report.lines("en"))
    assert run(["db", "check"]) == 1
    with pytest.raises(DatabaseDamaged):
        open_app_store()  # never silently starts empty
    assert run(["cities"]) == 1
    err = capsys.readouterr().err
    assert "recover newest" in err and len(err.strip().splitlines()) == 1


def test_gui_offers_the_recovery_dialog(backed_up, qapp, monkeypatch) -> None:
    backed_up.write_bytes(b"")
    shown: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        shown.append(dialog.health.reason)
        dialog.on_restore_clicked()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", fake_exec)
    monkeypatch.setattr(recovery_dialog, "inform", lambda *a, **k: None)
    assert recovery_dialog.run_startup_recovery(None, backed_up)
    assert shown and "backups" in shown[0]
    assert assess(backed_up).state == "ok" and backed_up.stat().st_size > 0


def test_first_start_without_backups_is_still_new(db_path) -> None:
    assert assess(db_path).state == "missing"
    open_app_store().close()
    assert assess(db_path).state == "ok"
