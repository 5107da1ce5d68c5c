"""Is a database file's schema one this program knows, complete to the last column?

``db restore`` used to check only that ``alembic_version`` and ``city`` existed: files at
revision ``0000``, ``1`` or ``01``, files with only some tables and files from a newer release
were restored, and afterwards every command failed in Alembic (and every start added another
pre-migration backup). Now a file must carry a revision Alembic knows, no newer than ours, and
every table and column that revision has. The expected tables and columns come from the
migrations themselves: an empty database migrated to that revision in a temporary folder
(cached per process), so the check can never drift from what the migrations create.
"""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from pathlib import Path

Schema = dict[str, frozenset[str]]
_INTERNAL = ("sqlite_", "alembic_version")


class SchemaMismatch(ValueError):
    """The file's schema is not one this program can use; the message says why in one line."""


def known_revisions() -> dict[str, str | None]:
    """Every revision in ``db/migrations`` and its parent (``down_revision``)."""
    from alembic.script import ScriptDirectory

    from partnerdesk.store.database import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return {
        rev.revision: rev.down_revision if isinstance(rev.down_revision, str) else None
        for rev in script.walk_revisions()
    }


def read_schema(connection: sqlite3.Connection) -> Schema:
    tables = [
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    ]
    return {
        table: frozenset(row[1] for row in connection.execute(f'PRAGMA table_info("{table}")'))
        for table in tables
        if not table.startswith(_INTERNAL)
    }


@functools.lru_cache(maxsize=8)
def expected_schema(revision: str) -> Schema:
    """Tables and columns of an empty database migrated to *revision*."""
    from partnerdesk.store.database import make_engine, upgrade

    with tempfile.TemporaryDirectory(prefix="partnerdesk-schema-") as folder:
        engine = make_engine(Path(folder) / "expected.sqlite3")
        try:
            upgrade(engine, revision)
        finally:
            engine.dispose()
        connection = sqlite3.connect(Path(folder) / "expected.sqlite3")
        try:
            return read_schema(connection)
        finally:
            connection.close()


def _newer(revision: str, head: str) -> bool:
    return (
        revision.isascii()
        and revision.isdigit()
        and head.isdigit()
        and len(revision) == len(head)
        and int(revision) > int(head)
    )


def check_schema(connection: sqlite3.Connection, revision: str, name: str) -> None:
    """Raise ``SchemaMismatch`` unless the open database is complete at *revision*."""
    from partnerdesk.store.database import HEAD_REVISION

    if revision not in known_revisions():
        if _newer(revision, HEAD_REVISION):
            raise SchemaMismatch(
                f"{name} was written by a newer PartnerDesk (schema version {revision}; this "
                f"program knows up to {HEAD_REVISION}); use a newer PartnerDesk"
            )
        raise SchemaMismatch(f"{name} has an unknown schema version {revision!r}")
    found = read_schema(connection)
    for table, columns in sorted(expected_schema(revision).items()):
        if table not in found:
            raise SchemaMismatch(f"{name} lacks the table {table!r} of schema {revision}")
        missing = sorted(columns - found[table])
        if missing:
            raise SchemaMismatch(
                f"{name} lacks column(s) {', '.join(missing)} of table {table!r} "
                f"(schema {revision})"
            )


def undecodable_text(connection: sqlite3.Connection, limit: int = 20) -> list[str]:
    """Where stored text is not valid UTF-8: ``table.column (row id N)``, no content.

    ``PRAGMA integrity_check`` does not look inside values, and reading such a value through
    the driver fails with a message that quotes the damaged text. Every text column of every
    table is read here as bytes and decoded.
    """
    found: list[str] = []
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    columns = {
        table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
        for table in tables
    }
    previous = connection.text_factory
    connection.text_factory = bytes  # values only; names were read above as text
    try:
        for table in tables:
            for column in columns[table]:
                rows = connection.execute(
                    f'SELECT rowid, "{column}" FROM "{table}" WHERE typeof("{column}")=\'text\''
                )
                for rowid, value in rows:
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        found.append(f"{table}.{column} (row id {rowid})")
                        if len(found) >= limit:
                            return found
    finally:
        connection.text_factory = previous
    return found
