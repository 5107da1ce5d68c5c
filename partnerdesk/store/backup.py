"""Backups of the SQLite database: names, listing, and making one safely.

Backups use SQLite's online backup API (``sqlite3.Connection.backup``), which copies a
consistent snapshot even while the app is writing; a plain file copy of a WAL database can
miss committed pages still in the ``-wal`` file. Every backup is written to a ``.partial``
file, checked with ``PRAGMA quick_check``, synced to disk and only then renamed, so the
``backups/`` folder never holds a half-written or damaged backup under a real name.

Names carry the UTC time and the reason, e.g. ``partnerdesk-20261102T143000Z-auto.sqlite3``;
rotation reads the time from the name (not the file's mtime, which copying changes). A name
dated in the future (a clock that was wrong when the backup was made) is *suspect*: it sorts
after every backup with a believable date, so it cannot win ``recover newest`` forever, and
rotation removes it as soon as a believable backup exists.

Rotation, with the maximum age of any backup, and the automatic backup policy are in
``rotation``; validating, setting aside and restoring a backup in ``restore``. This module
is the bottom of the store's backup tools: it imports none of them (nor ``database``).

Everything here is plain ``sqlite3`` (no SQLAlchemy, no Qt): the CLI, the start-up recovery
and the backup timer all use it, and it must work on a database SQLAlchemy cannot open.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from partnerdesk import paths

SQLITE_HEADER = b"SQLite format 3\x00"
NAME_PREFIX = "partnerdesk-"
SUFFIX = ".sqlite3"
_NAME = re.compile(r"^partnerdesk-(\d{8}T\d{6}Z)-([a-z0-9-]+)\.sqlite3$")
_TIME_FORMAT = "%Y%m%dT%H%M%SZ"

#: Reasons used by the app; any lower-case word works.
REASON_AUTO = "auto"
REASON_MANUAL = "manual"
REASON_MIGRATION = "pre-migration"
REASON_RESTORE = "pre-restore"

BACKUP_INTERVAL = timedelta(minutes=30)
#: How far in the future a backup's name may lie before it counts as suspect (clock drift).
FUTURE_TOLERANCE = timedelta(minutes=10)


class BackupError(RuntimeError):
    """A backup could not be made, read or restored; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC, from the file name
    reason: str

    def suspect(self, now: datetime | None = None) -> bool:
        """Dated in the future: made while the clock was wrong; its date means nothing."""
        return self.created > _utc(now) + FUTURE_TOLERANCE


def _utc(now: datetime | None) -> datetime:
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC)


def parse_name(path: Path) -> BackupInfo | None:
    """The time and reason in a backup's file name; ``None`` for any other file."""
    found = _NAME.match(path.name)
    if found is None:
        return None
    created = datetime.strptime(found.group(1), _TIME_FORMAT).replace(tzinfo=UTC)
    return BackupInfo(path=path, created=created, reason=found.group(2))


def list_backups(dest_dir: Path, now: datetime | None = None) -> list[BackupInfo]:
    """Backups in *dest_dir*, newest first, suspect (future-dated) ones last.

    Files with other names are ignored.
    """
    try:
        entries = list(dest_dir.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = [info for p in entries if p.is_file() and (info := parse_name(p)) is not None]
    now = _utc(now)
    return sorted(found, key=lambda b: (not b.suspect(now), b.created, b.path.name), reverse=True)


def _free_name(dest_dir: Path, when: datetime, reason: str) -> Path:
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"backup reason must be lower-case letters, digits, '-': {reason!r}")
    stem = f"{NAME_PREFIX}{when:{_TIME_FORMAT}}-{reason}"
    candidate = dest_dir / f"{stem}{SUFFIX}"
    n = 2
    while candidate.exists():  # two backups in one second: keep both
        candidate = dest_dir / f"{stem}-{n}{SUFFIX}"
        n += 1
    return candidate


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool) -> Iterator[sqlite3.Connection]:
    if read_only:
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    else:
        connection = sqlite3.connect(path, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "nt":  # directories cannot be opened for fsync on Windows
        _fsync(path)


def _copy_with_backup_api(source: Path, target: Path) -> None:
    """A consistent copy of *source* into a new file *target* (journal mode DELETE)."""

    target.unlink(missing_ok=True)
    paths.create_private_file(target)  # SQLite gives its journal the same mode
    with _connect(source, read_only=True) as src, _connect(target, read_only=False) as dst:
        src.backup(dst)
        # The copy needs no -wal/-shm side files: it is a single self-contained file.
        dst.execute("PRAGMA journal_mode=DELETE")
        result = dst.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            raise BackupError(f"the copy failed its check: {result[0] if result else '?'}")
    _fsync(target)


def backup_database(
    db_path: Path, dest_dir: Path, *, reason: str, now: datetime | None = None
) -> Path:
    """Copy the database into *dest_dir* with the backup API; return the new file."""

    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(f"no database at {db_path}")
    paths.make_private_dir(dest_dir)
    final = _free_name(dest_dir, _utc(now), reason)
    partial = final.with_name(final.name + ".partial")
    try:
        _copy_with_backup_api(db_path, partial)
        os.replace(partial, final)
    except sqlite3.Error as exc:
        raise BackupError(f"backup of {db_path} failed: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
    _fsync_dir(dest_dir)
    return final


def side_files(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
