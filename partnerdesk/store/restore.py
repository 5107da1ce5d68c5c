"""Validate, set aside and restore backups; the newest usable backup.

Above ``backup`` (which makes and lists them) and ``schema_check`` (which knows every
table and column of every schema version); ``health`` uses these to recover a damaged
database. Plain ``sqlite3``: it must work on a file SQLAlchemy cannot open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from partnerdesk import paths
from partnerdesk.store.backup import (
    REASON_RESTORE,
    SQLITE_HEADER,
    BackupError,
    BackupInfo,
    _connect,
    _copy_with_backup_api,
    _free_name,
    _fsync,
    _fsync_dir,
    _utc,
    backup_database,
    list_backups,
    parse_name,
    side_files,
)
from partnerdesk.store.erasure import log_path_for, replay
from partnerdesk.store.schema_check import SchemaMismatch, check_schema


@dataclass(frozen=True, slots=True)
class ValidBackup:
    info: BackupInfo
    revision: str
    counts: dict[str, int] = field(default_factory=dict)


def validate_backup(path: Path) -> ValidBackup:
    """Check that *path* is a complete PartnerDesk database this version can use.

    Opens read-only. The schema must be one the migrations know, no newer than this program,
    with every table and column (``schema_check``). Raises ``BackupError`` with a one-line
    reason otherwise.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise BackupError(f"{path.name} is not an SQLite database")
    try:
        with _connect(path, read_only=True) as connection:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                raise BackupError(f"{path.name} is damaged: {integrity[0]}")
            orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
            if orphans:
                raise BackupError(f"{path.name} has {len(orphans)} broken references")
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables or "city" not in tables:
                raise BackupError(f"{path.name} is not a PartnerDesk database")
            revisions = [
                str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")
            ]
            if len(revisions) != 1:
                raise BackupError(f"{path.name} has no single schema version: {revisions}")
            check_schema(connection, revisions[0], path.name)
            counts = {
                table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
                for table in ("city", "apprentice", "counselling_session")
                if table in tables
            }
    except SchemaMismatch as exc:
        raise BackupError(str(exc)) from None
    except sqlite3.Error as exc:
        raise BackupError(f"{path.name} cannot be read as a database: {exc}") from exc
    info = parse_name(path) or BackupInfo(
        path=path, created=datetime.fromtimestamp(path.stat().st_mtime, UTC), reason="file"
    )
    return ValidBackup(info=info, revision=revisions[0], counts=counts)


def newest_valid_backup(dest_dir: Path) -> ValidBackup | None:
    """The newest backup in *dest_dir* that passes ``validate_backup``."""
    for info in list_backups(dest_dir):
        try:
            return validate_backup(info.path)
        except BackupError:
            continue
    return None


def _looks_damaged(db_path: Path) -> bool:
    """Whether SQLite cannot read *db_path* cleanly (``quick_check`` fails or errors)."""
    try:
        with _connect(db_path, read_only=True) as connection:
            return [row[0] for row in connection.execute("PRAGMA quick_check")] != ["ok"]
    except sqlite3.Error:
        return True


def set_aside(
    db_path: Path, dest_dir: Path, *, reason: str, now: datetime | None = None
) -> Path | None:
    """Save the current database before it is replaced; ``None`` if there is none.

    A healthy database is copied with the backup API. A damaged one (the API refuses it) is
    copied byte for byte together with its ``-wal`` file, which SQLite reads back as long as
    both keep the same base name.
    """
    if not db_path.is_file():
        return None
    try:
        return backup_database(db_path, dest_dir, reason=reason, now=now)
    except BackupError:
        # Only a damaged file is copied byte for byte; a healthy one whose copy failed (a
        # full disk) stops the restore instead of leaving a half copy behind.
        if not _looks_damaged(db_path):
            raise
    paths.make_private_dir(dest_dir)
    target = _free_name(dest_dir, _utc(now), reason + "-raw")
    copies = [(db_path, target)]
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.is_file():
        copies.append((wal, target.with_name(target.name + "-wal")))
    # Each copy is written under a .partial name, compared by size and synced; only then does
    # it get its final name, so a final name always means a complete file.
    partials = [(src, dst, dst.with_name(dst.name + ".partial")) for src, dst in copies]
    try:
        for src, _dst, partial in partials:
            paths.create_private_file(partial)
            shutil.copyfile(src, partial)
            if partial.stat().st_size != src.stat().st_size:
                raise BackupError(f"copy of {src.name} is incomplete")
            _fsync(partial)
        for _src, dst, partial in reversed(partials):  # the -wal first, the main file last
            os.replace(partial, dst)
    finally:
        for _src, _dst, partial in partials:
            partial.unlink(missing_ok=True)
    _fsync_dir(dest_dir)
    return target


def restore_backup(
    backup: Path, db_path: Path, *, dest_dir: Path | None = None, now: datetime | None = None
) -> Path | None:
    """Replace the database at *db_path* with *backup*; return the pre-restore copy.

    No engine may have the database open (the GUI restores before opening the store, the
    CLI refuses while the app runs). Order matters: validate, keep the current file, write
    the restored copy beside it, remove the old ``-wal``/``-shm`` (their pages belong to the
    old file and would be replayed onto the new one), then swap atomically.
    """
    backup, db_path = Path(backup), Path(db_path)
    validate_backup(backup)
    dest_dir = dest_dir or paths.backups_beside(db_path)
    aside = set_aside(db_path, dest_dir, reason=REASON_RESTORE, now=now)
    temp = db_path.with_name(db_path.name + ".restoring")
    try:
        _copy_with_backup_api(backup, temp)
        # Nobody erased may come back with the backup: erase them again in the copy,
        # before it takes the database's name.
        replay(temp, log_file=log_path_for(db_path))
    except (sqlite3.Error, OSError) as exc:
        temp.unlink(missing_ok=True)
        temp.with_name(temp.name + "-journal").unlink(missing_ok=True)
        raise BackupError(f"restore from {backup.name} failed: {exc}") from exc
    for stale in side_files(db_path):
        stale.unlink(missing_ok=True)
    os.replace(temp, db_path)
    _fsync_dir(db_path.parent)
    return aside
