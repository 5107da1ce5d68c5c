"""A damaged database at start-up: detected without writing, recovered by the user's choice."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from faults import damage, fill, integrity

from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.backup import BackupError, backup_database
from partnerdesk.store.bootstrap import load_cities, open_app_store
from partnerdesk.store.database import HEAD_REVISION
from partnerdesk.store.health import DatabaseDamaged, assess, check_database, recover

NOW = datetime(2026, 11, 2, 14, 30, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(db_file):
    store = open_app_store(db_file)
    fill(ApprenticeRepository(store.sessions), 40)
    backup_database(db_file, db_file.parent / "backups", reason="auto", now=NOW)
    store.close()
    return db_file


def test_states(db_file, filled, tmp_path):
    assert assess(tmp_path / "nothing.sqlite3").state == "missing"
    assert assess(filled).state == "ok"
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert assess(empty).usable
    text = tmp_path / "text.sqlite3"
    text.write_text("Hallo")
    assert assess(text).state == "damaged"
    damage(filled)
    health = assess(filled)
    assert health.state == "damaged"
    assert not health.usable
    assert "malformed" in health.reason or "quick_check" in health.reason


def test_damaged_database_is_not_written_by_the_store(filled):
    damage(filled)
    before = digest(filled)
    with pytest.raises(DatabaseDamaged) as caught:
        load_cities(filled)
    assert "partnerdesk db recover newest" in caught.value.one_line()
    assert digest(filled) == before


def test_recover_restores_the_newest_valid_backup(filled):
    damage(filled)
    done = recover(filled, "restore", now=NOW)
    assert done.restored_from is not None and done.set_aside is not None
    assert done.set_aside.name.endswith("-pre-restore-raw.sqlite3")  # damaged copy kept
    assert assess(filled).state == "ok"
    assert integrity(filled) == (["ok"], [])
    store = open_app_store(filled)
    try:
        assert len(ApprenticeRepository(store.sessions).find()) == 40
    finally:
        store.close()


def test_recover_start_empty_moves_the_damaged_file_aside(filled):
    damage(filled)
    before = digest(filled)
    done = recover(filled, "start_empty", now=NOW)
    # In its place an empty SQLite file: "start empty" was chosen, the file is no damage.
    assert filled.stat().st_size < 10_000 and assess(filled).state == "ok"
    assert done.set_aside is not None and digest(done.set_aside) == before
    assert done.set_aside.name == f"{filled.name}.damaged-20261102T143000Z"
    store = open_app_store(filled)
    try:
        assert ApprenticeRepository(store.sessions).find() == []
        assert len(store.cities.cities()) == 11
    finally:
        store.close()


def test_restore_without_backups_says_so(db_file):
    open_app_store(db_file).close()
    damage_small = db_file.read_bytes()
    db_file.write_bytes(damage_small[:100] + b"\0" * (len(damage_small) - 100))
    with pytest.raises(BackupError, match="no valid backup"):
        recover(db_file, "restore")


def test_check_report(filled):
    report = check_database(filled)
    assert report.ok
    text = "\n".join(report.lines("en"))
    assert "Integrity: ok" in text
    assert f"{HEAD_REVISION} (current)" in text
    assert "apprentices 40" in text
    assert "1 in" in text  # one backup
    damage(filled)
    report = check_database(filled, full=False)
    assert not report.ok
    assert any(line.startswith("FEHLER") for line in report.lines("de"))


def test_check_report_for_a_missing_database(tmp_path):
    report = check_database(tmp_path / "none.sqlite3")
    assert not report.ok
