"""Is the database usable? Start-up assessment, recovery choices and the full check.

``assess`` runs before anything opens the database with SQLAlchemy: opening it that way
already writes (it switches the journal to WAL, migrates, seeds), and writing to a damaged
file can make it worse. ``assess`` only reads, through a read-only SQLite connection.

A missing or empty database is new only when ``backups/`` holds no backup. With backups it
was deleted or truncated, which is damage: starting empty would silently hide every record.

A damaged database is never repaired in place. The user chooses (GUI dialog or CLI):
restore the newest backup that passes validation, or move the damaged file aside and start
empty. Either way the damaged file is kept for a specialist to look at.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from partnerdesk import paths
from partnerdesk.core.catalogue import Number, text
from partnerdesk.core.vocab import Label
from partnerdesk.store import backup as b
from partnerdesk.store import restore
from partnerdesk.store.schema import HEAD_REVISION

State = Literal["ok", "missing", "damaged", "unavailable"]
Choice = Literal["restore", "start_empty"]

# SQLite result codes that mean the file itself is broken (not merely busy or unreadable).
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


@dataclass(frozen=True, slots=True)
class Health:
    state: State
    path: Path
    reason: str = ""

    @property
    def usable(self) -> bool:
        """Whether the store may be opened (a missing database is simply created)."""
        return self.state in ("ok", "missing")


class DatabaseDamaged(RuntimeError):
    """The database failed its start-up check; nothing was written to it."""

    def __init__(self, health: Health) -> None:
        super().__init__(health.reason)
        self.health = health

    def one_line(self) -> str:
        return (
            f"database {self.health.path} is damaged ({self.health.reason}); nothing was "
            "changed. Run 'partnerdesk db check' for details, then 'partnerdesk db recover "
            "newest' (or 'partnerdesk db restore FILE') to restore a backup."
        )


class DatabaseUnavailable(RuntimeError):
    """The database path cannot be used as a database file (a folder, no permission...)."""

    def __init__(self, health: Health) -> None:
        super().__init__(health.reason)
        self.health = health

    def one_line(self) -> str:
        return f"database {self.health.path} cannot be used: {self.health.reason}"


def _missing(db_path: Path, backup_dir: Path | None, what: str) -> Health:
    backups = b.list_backups(backup_dir or paths.backups_beside(db_path))
    if not backups:
        return Health("missing", db_path, what)  # a first start: SQLite creates it
    return Health(
        "damaged",
        db_path,
        f"the database is {what} although backups/ holds {len(backups)} "
        "backup(s): it was deleted or truncated",
    )


def assess(db_path: Path, backup_dir: Path | None = None) -> Health:
    """Quick, read-only verdict on the database file at *db_path*.

    A missing or empty file is "missing" (a new database) unless *backup_dir* (default
    ``backups/`` beside it) holds backups: then it is "damaged".
    """
    db_path = Path(db_path)
    try:
        info = db_path.stat()
    except FileNotFoundError:
        return _missing(db_path, backup_dir, "missing")
    except OSError as exc:
        return Health("unavailable", db_path, exc.strerror or str(exc))
    if db_path.is_dir():
        return Health(
            "unavailable",
            db_path,
            "this is a folder, not a database file; move or rename the folder",
        )
    if info.st_size == 0:
        return _missing(db_path, backup_dir, "empty (0 bytes)")
    try:
        with db_path.open("rb") as handle:
            header = handle.read(len(b.SQLITE_HEADER))
    except OSError as exc:
        return Health("unavailable", db_path, exc.strerror or str(exc))
    if header != b.SQLITE_HEADER:
        return Health("damaged", db_path, "not an SQLite database (file header)")
    try:
        connection = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if (
            (code is not None and code & 0xFF in _CORRUPT_CODES)
            or "malformed" in str(exc)
            or "not a database" in str(exc)
        ):
            return Health("damaged", db_path, str(exc))
        return Health("unavailable", db_path, str(exc))
    if rows != ["ok"]:
        return Health("damaged", db_path, f"quick_check: {rows[0]}")
    return Health("ok", db_path)


def ensure_healthy(db_path: Path) -> None:
    """Raise ``DatabaseDamaged`` or ``DatabaseUnavailable`` unless the database may be opened."""
    health = assess(db_path)
    if health.state == "damaged":
        raise DatabaseDamaged(health)
    if health.state == "unavailable":
        raise DatabaseUnavailable(health)


@dataclass(frozen=True, slots=True)
class Recovery:
    choice: Choice
    restored_from: Path | None
    set_aside: Path | None


def move_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Rename the database and its side files to ``<name>.damaged-<UTC time>``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 2
    while target.exists():
        target = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
        n += 1
    # Side files first: should we stop half-way, the main file is still where it was.
    for side in b.side_files(db_path):
        if side.exists():
            os.replace(side, target.with_name(target.name + side.name[len(db_path.name) :]))
    os.replace(db_path, target)
    return target


class HealthyDatabase(RuntimeError):
    """``recover`` was asked to replace a database that is not damaged."""


def create_empty(db_path: Path) -> None:
    """A valid, empty SQLite file: the next start migrates and seeds it.

    An empty file marks "start empty" as chosen; without it a missing database beside
    backups would be taken for damage again at the next start.
    """
    from partnerdesk import paths

    paths.create_private_file(db_path)
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("PRAGMA user_version=0")
        connection.execute("CREATE TABLE partnerdesk_new(x)")
        connection.execute("DROP TABLE partnerdesk_new")  # writes the header page
        connection.commit()
    finally:
        connection.close()


def recover(
    db_path: Path,
    choice: Choice,
    *,
    backup_dir: Path | None = None,
    now: datetime | None = None,
    force: bool = False,
) -> Recovery:
    """Carry out the user's choice for a damaged database; no engine may be open.

    Refuses (``HealthyDatabase``) on a database that passes ``assess`` unless *force*:
    recovering a healthy database would move good data aside, and a second call would flip
    back to the copy just made.
    """
    db_path = Path(db_path)
    backup_dir = backup_dir or paths.backups_beside(db_path)
    health = assess(db_path, backup_dir)
    if health.state in ("ok", "missing") and not force:
        raise HealthyDatabase(
            f"database {db_path} is not damaged ({health.state}); nothing to recover "
            "(add --force to replace it anyway)"
        )
    if choice == "restore":
        newest = restore.newest_valid_backup(backup_dir)
        if newest is None:
            raise b.BackupError(f"no valid backup in {backup_dir}")
        aside = restore.restore_backup(newest.info.path, db_path, dest_dir=backup_dir, now=now)
        return Recovery(choice, newest.info.path, aside)
    if choice == "start_empty":
        aside = move_aside(db_path, now) if db_path.exists() else None
        create_empty(db_path)
        return Recovery(choice, None, aside)
    raise ValueError(f"unknown recovery choice {choice!r}")


# --- the full check (partnerdesk db check) ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckItem:
    label: Label
    ok: bool | None  # None: information only
    detail: Label


@dataclass(frozen=True, slots=True)
class CheckReport:
    path: Path
    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return all(item.ok is not False for item in self.items)

    def lines(self, lang: str = "de") -> list[str]:
        marks = {True: "OK    ", False: text("check.failed").get(lang), None: "      "}
        return [f"{marks[i.ok]} {i.label.get(lang)}: {i.detail.get(lang)}" for i in self.items]


_L_FILE = text("check.file")
_L_INTEGRITY = text("check.integrity")
_L_FOREIGN = text("check.references")
_L_SCHEMA = text("check.schema")
_L_TEXT = text("check.text")
_L_RECORDS = text("check.records")
_L_BACKUPS = text("check.backups")
_L_LOCATION = text("check.location")


def check_database(
    db_path: Path, *, full: bool = True, backup_dir: Path | None = None
) -> CheckReport:
    """Read-only check: integrity (or quick) check, references, schema, backups."""
    from partnerdesk.store.location import is_network_path
    from partnerdesk.store.schema_check import SchemaMismatch, check_schema, undecodable_text

    db_path = Path(db_path)
    backup_dir = backup_dir or paths.backups_beside(db_path)
    items: list[CheckItem] = []
    health = assess(db_path, backup_dir)
    if health.state == "missing":
        items.append(CheckItem(_L_FILE, False, text("check.missing", path=db_path)))
        return CheckReport(db_path, tuple(items))
    if health.state == "damaged" and health.reason.startswith("the database is"):
        items.append(
            CheckItem(_L_FILE, False, text("check.damaged", path=db_path, reason=health.reason))
        )
        return CheckReport(db_path, tuple(items))
    size = db_path.stat().st_size if health.state != "unavailable" else 0
    megabytes = Number(size / 1_000_000, decimals=1)
    if health.state == "unavailable":
        file_detail = text("check.unavailable", path=db_path, size=megabytes, reason=health.reason)
    else:
        file_detail = text("check.size", path=db_path, size=megabytes)
    items.append(CheckItem(_L_FILE, health.state != "unavailable", file_detail))
    if health.state == "unavailable":
        return CheckReport(db_path, tuple(items))
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in connection.execute(f"PRAGMA {pragma}(20)")]
            items.append(
                CheckItem(
                    _L_INTEGRITY,
                    problems == ["ok"],
                    text("check.ok")
                    if problems == ["ok"]
                    else text("check.detail", detail=f"{pragma}: " + "; ".join(problems)),
                )
            )
            orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
            items.append(
                CheckItem(
                    _L_FOREIGN,
                    not orphans,
                    text("check.ok")
                    if not orphans
                    else text(
                        "check.broken_references",
                        count=len(orphans),
                        rows="; ".join(f"{t} {r} -> {p}" for t, r, p, _ in orphans[:5]),
                    ),
                )
            )
            tables = {
                r[0]
                for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT max(version_num) FROM alembic_version").fetchone()
                revision = row[0] if row else None
            counts = {
                t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in ("city", "apprentice", "counselling_session", "next_step")
                if t in tables
            }
            schema_problem = None
            if revision is not None:
                try:
                    check_schema(connection, str(revision), db_path.name)
                except SchemaMismatch as exc:
                    schema_problem = str(exc)
            bad_text = undecodable_text(connection)
            items.append(
                CheckItem(
                    _L_TEXT,
                    not bad_text,
                    text("check.ok")
                    if not bad_text
                    else text("check.bad_text", where="; ".join(bad_text[:10])),
                )
            )
        finally:
            connection.close()
    except sqlite3.Error as exc:
        items.append(CheckItem(_L_INTEGRITY, False, text("check.detail", detail=str(exc))))
        return CheckReport(db_path, tuple(items))
    if revision is None:
        items.append(CheckItem(_L_SCHEMA, False, text("check.no_schema")))
    elif schema_problem is not None:
        items.append(CheckItem(_L_SCHEMA, False, text("check.detail", detail=schema_problem)))
    elif revision == HEAD_REVISION:
        items.append(CheckItem(_L_SCHEMA, True, text("check.schema_current", revision=revision)))
    elif str(revision) < HEAD_REVISION:
        items.append(
            CheckItem(
                _L_SCHEMA,
                True,
                text("check.schema_older", revision=revision, head=HEAD_REVISION),
            )
        )
    else:
        items.append(
            CheckItem(
                _L_SCHEMA, False, text("check.schema_newer", revision=revision, head=HEAD_REVISION)
            )
        )
    records = text(
        "check.record_counts",
        cities=Number(counts.get("city", 0)),
        apprentices=Number(counts.get("apprentice", 0)),
        talks=Number(counts.get("counselling_session", 0)),
        steps=Number(counts.get("next_step", 0)),
    )
    items.append(CheckItem(_L_RECORDS, None, records))
    backups = b.list_backups(backup_dir)
    found = (
        text("check.backups_found", count=len(backups), folder=backup_dir, when=backups[0].created)
        if backups
        else text("check.no_backups", folder=backup_dir)
    )
    items.append(CheckItem(_L_BACKUPS, None, found))
    if is_network_path(db_path):
        items.append(CheckItem(_L_LOCATION, None, text("check.network_drive")))
    return CheckReport(db_path, tuple(items))
