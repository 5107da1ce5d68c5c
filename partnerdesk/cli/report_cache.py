"""The quick way for ``partnerdesk report``: city data from a verified cache, the record
number through the standard library's ``sqlite3``, no SQLAlchemy.

Why: importing SQLAlchemy and the models costs several times a whole ``partnerdesk
--version`` process, and ``report`` should stay a quick command (issue 11: at most 3x).

Correctness comes first, so the cache is used only when it provably matches the database:

- only for the local SQLite file (never when a team database is configured),
- only when written by this PartnerDesk version and the database's schema version, Alembic
  revision, city rows (count and newest ``updated_at``: every city edit and pack import sets
  it) and data-pack row are exactly what they were when the cache was written.

Anything else - no cache, another fingerprint, a locked or damaged file, a missing table -
returns ``None`` and the caller takes the full path (SQLAlchemy, migrations, health check),
which then rewrites the cache. The record number is issued with the same single
``INSERT … SELECT max+1`` statement as ``store.record_numbers``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from partnerdesk import __version__, paths
from partnerdesk.core.datapack import PackError, pack_to_dict, parse_pack
from partnerdesk.core.domain import DataPack
from partnerdesk.core.files import write_atomic

CACHE_FILENAME = "report-cities.json"
BUSY_TIMEOUT_S = 5.0


def _cache_path() -> Path:
    return paths.data_dir() / CACHE_FILENAME


def _local_database() -> Path | None:
    if os.environ.get("PARTNERDESK_DATABASE_URL"):
        return None  # a team database: always the full path
    from partnerdesk.store.team_config import read_config

    if read_config() is not None:
        return None  # a team database named on the settings page
    db_file = paths.database_path()
    return db_file if db_file.is_file() else None


def _connect(db_file: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(db_file, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    connection.execute("PRAGMA synchronous=FULL")  # an issued number must survive a crash
    return connection


def _fingerprint(connection: sqlite3.Connection) -> list[Any]:
    revision = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    schema = connection.execute("PRAGMA schema_version").fetchone()[0]
    cities = list(connection.execute("SELECT count(*), max(updated_at) FROM city").fetchone())
    pack = [
        list(row)
        for row in connection.execute(
            "SELECT id, format_version, pack_version, loaded_at FROM datapack_info ORDER BY id"
        )
    ]
    return [__version__, revision, schema, cities, pack]


class QuickStore:
    """City data and record numbers for one ``report`` run; ``close()`` when done."""

    def __init__(self, connection: sqlite3.Connection, pack: DataPack) -> None:
        self._connection = connection
        self.pack = pack

    def issue(self, year: int) -> str:
        issued_at = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        row = self._connection.execute(
            "INSERT INTO record_number (year, seq, issued_at) "
            "SELECT ?, coalesce(max(seq), 0) + 1, ? FROM record_number WHERE year = ? "
            "RETURNING seq",
            (year, issued_at, year),
        ).fetchone()
        return f"{year}-{int(row[0]):04d}"

    def close(self) -> None:
        self._connection.close()


def open_quick() -> QuickStore | None:
    """The quick store, or ``None`` when the full path must be taken."""
    db_file = _local_database()
    if db_file is None:
        return None
    try:
        cached = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    connection = None
    try:
        connection = _connect(db_file)
        if not isinstance(cached, dict) or cached.get("fingerprint") != _fingerprint(connection):
            connection.close()
            return None
        return QuickStore(connection, parse_pack(cached["pack"]))
    except (sqlite3.Error, PackError, KeyError, TypeError, ValueError):
        if connection is not None:
            connection.close()
        return None


def save_cache(pack: DataPack) -> None:
    """After the full path: remember the cities with the database's current fingerprint.

    Best effort: a cache that cannot be written only costs speed next time.
    """
    db_file = _local_database()
    if db_file is None:
        return
    try:
        connection = _connect(db_file)
        try:
            fingerprint = _fingerprint(connection)
        finally:
            connection.close()
        text = json.dumps(
            {"fingerprint": fingerprint, "pack": pack_to_dict(pack)},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        write_atomic(_cache_path(), text)
    except (OSError, sqlite3.Error):
        pass
