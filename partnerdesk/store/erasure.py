"""The erasure log: no restore or recovery may bring back a person who was erased.

Backups are copies of the whole database, so a person erased today is still in last week's
backup. Every erasure (by hand, by the retention check, after an Auskunft) therefore appends
one line to ``erasures.jsonl`` beside the database: the apprentice's id and the stored
creation time of the row, never a name. After every restore and recovery ``replay`` deletes
those rows again from the restored file. The creation time makes the entry specific: SQLite
may give a later apprentice the same id, and that person must not be deleted by the replay.

The log also lists the files exported about a person (Auskunft, counselling records), so
``remove_exports`` can delete them together with the record.

Plain ``sqlite3`` and JSON, like ``backup``: the replay runs on a file nothing has opened yet.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from partnerdesk import paths

LOG_NAME = "erasures.jsonl"
log = logging.getLogger("partnerdesk.erasure")


@dataclass(frozen=True, slots=True)
class Erasure:
    apprentice_id: int
    created_at: str | None  # the row's stored creation time, as SQLite holds it


def log_path_for(db_path: Path | str) -> Path:
    return Path(db_path).parent / LOG_NAME


def _append(log_file: Path, entry: dict[str, object]) -> None:
    paths.make_private_dir(log_file.parent)
    paths.create_private_file(log_file)
    line = json.dumps(entry, ensure_ascii=True, sort_keys=True) + "\n"
    with log_file.open("a", encoding="ascii") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def record_erasure(log_file: Path, apprentice_id: int, created_at: str | None) -> None:
    """Append one erasure (before the deleting transaction commits: never lose one)."""
    _append(
        log_file, {"kind": "erased", "apprentice_id": int(apprentice_id), "created_at": created_at}
    )


def record_export(log_file: Path, apprentice_id: int, exported: Path) -> None:
    """Note a file exported about a person, so it can be removed when the person is erased."""
    _append(
        log_file,
        {
            "kind": "export",
            "apprentice_id": int(apprentice_id),
            "path": str(Path(exported).absolute()),
        },
    )


def _entries(log_file: Path) -> list[dict[str, object]]:
    try:
        text = log_file.read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return []
    entries = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a line cut short by a crash: the erasure was not committed either
        if isinstance(entry, dict) and isinstance(entry.get("apprentice_id"), int):
            entries.append(entry)
    return entries


def erasures(log_file: Path) -> list[Erasure]:
    found = []
    for entry in _entries(log_file):
        if entry.get("kind", "erased") == "erased":
            created = entry.get("created_at")
            found.append(
                Erasure(
                    int(entry["apprentice_id"]),  # type: ignore[call-overload]
                    created if isinstance(created, str) else None,
                )
            )
    return found


def remove_exports(log_file: Path, apprentice_id: int) -> list[Path]:
    """Delete every export noted for *apprentice_id*; return the files removed."""
    removed = []
    for entry in _entries(log_file):
        if entry.get("kind") == "export" and entry.get("apprentice_id") == apprentice_id:
            target = Path(str(entry.get("path", "")))
            try:
                target.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                log.warning("export of an erased record not removed: %s", exc.strerror)
                continue
            removed.append(target)
    return removed


def replay(db_path: Path, log_file: Path | None = None) -> int:
    """Erase again, in the database file at *db_path*, everyone in the log; return how many.

    No engine may have the file open. Ends with a TRUNCATE checkpoint so nothing of the
    erased rows stays in the ``-wal``.
    """
    entries = erasures(log_file if log_file is not None else log_path_for(db_path))
    if not entries:
        return 0
    connection = sqlite3.connect(db_path, isolation_level=None)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "apprentice" not in tables:
            return 0
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA secure_delete=ON")
        erased = 0
        connection.execute("BEGIN IMMEDIATE")
        for entry in entries:
            row = connection.execute(
                "SELECT created_at FROM apprentice WHERE id=?", (entry.apprentice_id,)
            ).fetchone()
            if row is None or (entry.created_at is not None and row[0] != entry.created_at):
                continue  # not there, or a different person who got the same id later
            if "handover" in tables:
                connection.execute(
                    "DELETE FROM handover WHERE apprentice_id=?", (entry.apprentice_id,)
                )
            connection.execute("DELETE FROM apprentice WHERE id=?", (entry.apprentice_id,))
            erased += 1
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    if erased:
        log.warning("erasure log replayed: %d erased record(s) removed again", erased)
    return erased
