"""Moving to a team database: copy the local SQLite database into an empty PostgreSQL one.

``copy_database`` refuses a target that holds any PartnerDesk row, migrates it to the
current schema, copies every table parents-first in one transaction, moves the id
sequences past the copied ids, and then verifies: the row count and a checksum per table
must be equal on both sides, read back through the same column types. A failed check
raises ``CopyError`` after the copy committed - the target then holds the data but must not
be trusted; the message names the table (the administrator empties it and copies again).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, Table, func, insert, inspect, select, text

from partnerdesk.store.database import HEAD_REVISION, current_revision, upgrade
from partnerdesk.store.models import Base

_CHUNK = 1000


class CopyError(RuntimeError):
    """The copy cannot start or did not verify; the message is one line."""


@dataclass(frozen=True, slots=True)
class TableCopy:
    table: str
    rows: int
    checksum: str  # sha256 over the rows in primary-key order, the same on both sides


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value


def table_checksum(engine: Engine, table: Table) -> TableCopy:
    digest = hashlib.sha256()
    rows = 0
    with engine.connect() as connection:
        for row in connection.execute(_ordered(table)):
            digest.update(
                json.dumps(
                    [_plain(v) for v in row], sort_keys=True, ensure_ascii=False, default=str
                ).encode("utf-8")
            )
            digest.update(b"\n")
            rows += 1
    return TableCopy(table.name, rows, digest.hexdigest())


def _check_empty(target: Engine) -> None:
    names = set(inspect(target).get_table_names())
    ours = [t for t in _tables() if t.name in names]
    with target.connect() as connection:
        for table in ours:
            count = connection.execute(select(func.count()).select_from(table)).scalar_one()
            if count:
                raise CopyError(
                    f"target is not empty: table {table.name} has {count} rows; "
                    f"copy-to only fills an empty team database"
                )
    revision = current_revision(target) if "alembic_version" in names else None
    if revision not in (None, HEAD_REVISION):
        raise CopyError(f"target has schema version {revision}, this program {HEAD_REVISION}")


def _reset_sequences(connection: Any) -> None:
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar_one_or_none()
        if sequence:
            connection.execute(
                text(
                    f"SELECT setval('{sequence}', COALESCE((SELECT MAX({pk[0].name}) FROM "
                    f"{table.name}), 1), (SELECT COUNT(*) > 0 FROM {table.name}))"
                )
            )


def copy_database(source: Engine, target: Engine) -> list[TableCopy]:
    """Copy *source* (SQLite, at the current schema) into the empty *target*; verify."""
    if current_revision(source) != HEAD_REVISION:
        raise CopyError(
            f"source has schema version {current_revision(source)}; open it with "
            f"this PartnerDesk first (partnerdesk db upgrade)"
        )
    _check_empty(target)
    if current_revision(target) != HEAD_REVISION:
        upgrade(target)
    with source.connect() as reading, target.begin() as writing:
        for table in _tables():
            batch: list[dict[str, Any]] = []
            for row in reading.execute(_ordered(table)).mappings():
                batch.append(dict(row))
                if len(batch) >= _CHUNK:
                    writing.execute(insert(table), batch)
                    batch = []
            if batch:
                writing.execute(insert(table), batch)
        if target.dialect.name == "postgresql":
            _reset_sequences(writing)
    result = []
    for table in _tables():
        before, after = table_checksum(source, table), table_checksum(target, table)
        if before.rows != after.rows:
            raise CopyError(
                f"verification failed: table {table.name} has {before.rows} rows "
                f"locally but {after.rows} in the target"
            )
        if before.checksum != after.checksum:
            raise CopyError(
                f"verification failed: table {table.name} differs in content "
                f"(checksum {before.checksum[:12]} vs {after.checksum[:12]})"
            )
        result.append(before)
    return result
