"""Backups of the SQLite database: make, rotate, validate, restore, check.

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

Rotation, with the maximum age of any backup, is in ``rotation``.

Everything here is plain ``sqlite3`` (no SQLAlchemy, no Qt): the CLI, the start-up recovery
and the backup timer all use it, and it must work on a database SQLAlchemy cannot open.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True)
class ValidBackup:
    info: BackupInfo
    revision: str
    counts: dict[str, int] = field(default_factory=dict)


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
    from partnerdesk import paths

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
    from partnerdesk import paths

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


def validate_backup(path: Path) -> ValidBackup:
    """Check that *path* is a complete PartnerDesk database this version can use.

    Opens read-only. The schema must be one the migrations know, no newer than this program,
    with every table and column (``schema_check``). Raises ``BackupError`` with a one-line
    reason otherwise.
    """
    from partnerdesk.store.schema_check import SchemaMismatch, check_schema

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


def side_files(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def set_aside(
    db_path: Path, dest_dir: Path, *, reason: str, now: datetime | None = None
) -> Path | None:
    """Save the current database before it is replaced; ``None`` if there is none.

    A healthy database is copied with the backup API. A damaged one (the API refuses it) is
    copied byte for byte together with its ``-wal`` file, which SQLite reads back as long as
    both keep the same base name.
    """
    from partnerdesk import paths
    from partnerdesk.store.health import assess

    if not db_path.is_file():
        return None
    try:
        return backup_database(db_path, dest_dir, reason=reason, now=now)
    except BackupError:
        # Only a damaged file is copied byte for byte; a healthy one whose copy failed (a
        # full disk) stops the restore instead of leaving a half copy behind.
        if assess(db_path).state != "damaged":
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
    from partnerdesk.store.erasure import log_path_for, replay

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


class BackupPolicy:
    """When to back up automatically: at most every 30 minutes, and only after changes.

    The app calls ``maybe_backup`` from a timer (and at exit); the policy itself has no
    timer so it can be tested with made-up times.
    """

    def __init__(
        self, db_path: Path, dest_dir: Path, *, interval: timedelta = BACKUP_INTERVAL
    ) -> None:
        self.db_path = Path(db_path)
        self.dest_dir = Path(dest_dir)
        self.interval = interval
        self.last_backup: datetime | None = None
        self._pending = False
        self._signature = self._file_signature()

    def _file_signature(self) -> tuple[tuple[int, int], ...]:
        result = []
        for path in (self.db_path, self.db_path.with_name(self.db_path.name + "-wal")):
            try:
                stat = path.stat()
            except OSError:
                result.append((0, 0))
            else:
                result.append((stat.st_mtime_ns, stat.st_size))
        return tuple(result)

    def files_changed(self) -> bool:
        """Whether the database or its WAL was written since the last call.

        Every commit in WAL mode appends to the ``-wal`` file and checkpoints rewrite the
        main file, so this sees every saved change without hooks in the repositories.
        """
        signature = self._file_signature()
        changed = signature != self._signature
        self._signature = signature
        return changed

    def maybe_backup(self, now: datetime | None = None, data_changed: bool = False) -> Path | None:
        """Back up if data changed since the last backup and the interval has passed."""
        now = _utc(now)
        self._pending = self._pending or data_changed
        if not self._pending:
            return None
        if self.last_backup is not None and now - self.last_backup < self.interval:
            return None
        path = backup_database(self.db_path, self.dest_dir, reason=REASON_AUTO, now=now)
        self.last_backup = now
        self._pending = False
        from partnerdesk.store.rotation import rotate

        rotate(self.dest_dir, now=now)
        return path
