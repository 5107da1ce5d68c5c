"""Backups: the backup API copy, rotation, validation, the restore drill, the policy."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from faults import damage, dump, fill, integrity

from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.backup import BackupError, backup_database, list_backups, parse_name
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.store.database import current_revision, open_database
from partnerdesk.store.restore import newest_valid_backup, restore_backup, validate_backup
from partnerdesk.store.rotation import BackupPolicy, rotate

NOW = datetime(2026, 11, 2, 14, 30, tzinfo=UTC)
TABLES = ("city", "apprentice", "assessment", "counselling_session", "next_step", "advisor")


@pytest.fixture
def store(db_file):
    store = open_app_store(db_file)
    yield store
    store.close()


@pytest.fixture
def repo(store):
    return ApprenticeRepository(store.sessions)


def counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        connection.close()


def test_backup_is_a_consistent_standalone_copy(store, repo, db_file, tmp_path):
    fill(repo)
    target = backup_database(db_file, tmp_path / "backups", reason="manual", now=NOW)
    assert target.name == "partnerdesk-20261102T143000Z-manual.sqlite3"
    # Written while the app's engine is open, with committed pages still in the -wal file.
    assert counts(target) == counts(db_file)
    assert not Path(f"{target}-wal").exists()
    assert validate_backup(target).counts["apprentice"] == 3
    again = backup_database(db_file, tmp_path / "backups", reason="manual", now=NOW)
    assert again.name == "partnerdesk-20261102T143000Z-manual-2.sqlite3"
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_restore_drill_gives_identical_rows(store, repo, db_file, tmp_path):
    fill(repo, 5)
    before = dump(db_file)
    before_counts = counts(db_file)
    backup = backup_database(db_file, tmp_path / "b", reason="manual", now=NOW)
    # Later work that the restore must undo. (An erasure would not be undone: the erasure
    # log replays it, see tests/security/test_erasure.py.)
    fill(repo, 2)
    store.close()
    aside = restore_backup(backup, db_file, dest_dir=tmp_path / "b", now=NOW + timedelta(hours=1))
    assert counts(db_file) == before_counts
    assert dump(db_file) == before
    assert integrity(db_file) == (["ok"], [])
    assert aside is not None and counts(aside)["apprentice"] == 7
    reopened = open_app_store(db_file)
    try:
        people = ApprenticeRepository(reopened.sessions).find()
        assert [p.display_name for p in people] == [f"Azubi {i} Ünal" for i in range(5)]
    finally:
        reopened.close()


def test_restore_removes_stale_wal_of_the_old_database(store, repo, db_file, tmp_path):
    backup = backup_database(db_file, tmp_path / "b", reason="manual", now=NOW)
    fill(repo, 2)
    # Simulate a crash: copy the live files, -wal included, as a killed app leaves them.
    crashed = tmp_path / "crashed" / db_file.name
    crashed.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{db_file}{suffix}").exists():
            shutil.copyfile(f"{db_file}{suffix}", f"{crashed}{suffix}")
    assert Path(f"{crashed}-wal").exists()
    restore_backup(backup, crashed, dest_dir=tmp_path / "b", now=NOW)
    assert not Path(f"{crashed}-wal").exists()
    assert counts(crashed)["apprentice"] == 0
    assert integrity(crashed) == (["ok"], [])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not an SQLite"),
        (b"hello world, certainly not a database" * 10, "not an SQLite"),
    ],
)
def test_invalid_files_are_refused(tmp_path, content, reason):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(BackupError, match=reason):
        validate_backup(bad)


def test_foreign_sqlite_file_and_newer_schema_are_refused(store, db_file, tmp_path):
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE x (y)")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="not a PartnerDesk database"):
        validate_backup(other)
    newer = backup_database(db_file, tmp_path, reason="manual", now=NOW)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="written by a newer PartnerDesk"):
        validate_backup(newer)


def test_damaged_backup_is_refused_and_restore_changes_nothing(store, repo, db_file, tmp_path):
    fill(repo, 40)
    backup = backup_database(db_file, tmp_path, reason="manual", now=NOW)
    damage(backup)
    with pytest.raises(BackupError):
        validate_backup(backup)
    before = dump(db_file)
    with pytest.raises(BackupError):
        restore_backup(backup, db_file)
    assert dump(db_file) == before


def test_rotation_keeps_daily_weekly_monthly(tmp_path):
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    for hours in range(0, 24 * 300, 6):  # four backups a day for 300 days
        when = start + timedelta(hours=hours)
        (tmp_path / f"partnerdesk-{when:%Y%m%dT%H%M%SZ}-auto.sqlite3").write_bytes(b"x")
    (tmp_path / "partnerdesk-20260101T000000Z-pre-migration.sqlite3").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not a backup")
    now = start + timedelta(hours=24 * 300)
    removed = rotate(tmp_path, now=now, max_age=timedelta(days=200))
    kept = list_backups(tmp_path)
    assert removed and all(not p.exists() for p in removed)
    assert (tmp_path / "notes.txt").exists()
    # The newest of each reason survives, but never past the maximum age (GDPR Art. 5(1)(e)).
    assert not any(b.reason == "pre-migration" for b in kept)
    assert all(now - b.created <= timedelta(days=200) for b in kept)
    autos = [b.created for b in kept if b.reason == "auto"]
    recent = [t for t in autos if now - t < timedelta(days=1)]
    assert len(recent) == 3  # the last 24 hours in full (every 6 h, now excluded)
    days = {t.date() for t in autos}
    months = {(t.year, t.month) for t in autos}
    assert len(days) <= 7 + 4 + 6 + 1
    assert len(months) >= 6  # reaches back six months
    assert len(autos) <= 4 + 7 + 4 + 6


def test_rotation_with_nothing_to_do(tmp_path):
    assert rotate(tmp_path / "missing", now=NOW) == []


def test_policy_backs_up_at_most_every_30_minutes_and_only_after_changes(store, db_file, tmp_path):
    policy = BackupPolicy(db_file, tmp_path / "b")
    assert policy.maybe_backup(NOW, data_changed=False) is None
    first = policy.maybe_backup(NOW, data_changed=True)
    assert first is not None
    assert policy.maybe_backup(NOW + timedelta(minutes=10), data_changed=True) is None
    # The change at minute 10 is remembered and saved once the interval has passed.
    later = policy.maybe_backup(NOW + timedelta(minutes=31), data_changed=False)
    assert later is not None and later != first
    assert policy.maybe_backup(NOW + timedelta(minutes=90), data_changed=False) is None


def test_migration_makes_a_backup_first(store, db_file):
    engine = store.engine
    with engine.begin() as connection:  # pretend the file is one schema version behind
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0000'")
    store.close()
    from partnerdesk.store.database import backup_before_migration, make_engine

    engine = make_engine(db_file)
    try:
        made = backup_before_migration(engine)
    finally:
        engine.dispose()
    assert made is not None and parse_name(made).reason == "pre-migration"
    assert made.parent == db_file.parent / "backups"


def test_no_migration_backup_for_new_or_current_databases(db_file):
    engine, _ = open_database(db_file)  # new database: migrated from empty, nothing to lose
    engine.dispose()
    engine, _ = open_database(db_file)  # current: no migration
    assert current_revision(engine) is not None
    engine.dispose()
    assert list_backups(db_file.parent / "backups") == []


def test_newest_valid_backup_skips_damaged_ones(store, repo, db_file, tmp_path):
    fill(repo, 40)
    good = backup_database(db_file, tmp_path, reason="auto", now=NOW)
    bad = backup_database(db_file, tmp_path, reason="auto", now=NOW + timedelta(hours=1))
    damage(bad)
    found = newest_valid_backup(tmp_path)
    assert found is not None and found.info.path == good


def test_policy_notices_saved_changes_from_the_files(store, repo, db_file, tmp_path):
    policy = BackupPolicy(db_file, tmp_path / "b")
    assert not policy.files_changed()
    fill(repo, 1)
    assert policy.files_changed()
    assert not policy.files_changed()
