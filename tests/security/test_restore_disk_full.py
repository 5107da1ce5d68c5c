"""Item 15: ``db restore`` on a full disk leaves no truncated file under a final backup name;
a final name always means a complete, verified file."""

from __future__ import annotations

import errno
import shutil
import sqlite3

import pytest

from partnerdesk import paths
from partnerdesk.store import backup as b
from partnerdesk.store import restore as r
from partnerdesk.store.backup import BackupError, backup_database, parse_name
from partnerdesk.store.restore import restore_backup


def test_full_disk_during_restore_leaves_no_half_backup(
    store, db_path, tmp_path, monkeypatch
) -> None:
    store.close()
    source = backup_database(db_path, tmp_path / "src", reason="manual")
    before = db_path.read_bytes()

    def full_copy(src, dst):  # the backup API runs out of space...
        raise sqlite3.OperationalError("database or disk is full")

    def half_copy(src, dst, *args, **kwargs):  # ...and so does a byte copy, half-way
        with open(src, "rb") as reader, open(dst, "wb") as writer:
            writer.write(reader.read(1000))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(b, "_copy_with_backup_api", full_copy)  # set aside, backup API
    monkeypatch.setattr(r, "_copy_with_backup_api", full_copy)  # the restored copy
    monkeypatch.setattr(shutil, "copyfile", half_copy)
    with pytest.raises((BackupError, OSError)):
        restore_backup(source, db_path, dest_dir=paths.backup_dir())
    assert db_path.read_bytes() == before
    leftovers = list(paths.backup_dir().glob("*")) if paths.backup_dir().exists() else []
    assert [p.name for p in leftovers if parse_name(p) is not None] == []
    assert not [p for p in leftovers if p.name.endswith(".partial")]


def test_damaged_database_set_aside_only_under_a_complete_name(
    db_path, tmp_path, monkeypatch
) -> None:
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)  # damaged

    def half_copy(src, dst, *args, **kwargs):
        with open(src, "rb") as reader, open(dst, "wb") as writer:
            writer.write(reader.read(100))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", half_copy)
    with pytest.raises(OSError):
        r.set_aside(db_path, paths.backup_dir(), reason="pre-restore")
    assert [p for p in paths.backup_dir().glob("*") if parse_name(p)] == []
