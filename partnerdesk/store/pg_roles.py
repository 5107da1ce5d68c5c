"""Least privilege on a team database, enforced by the server.

``grant_advisor`` gives an existing role what the advisor app needs: read and write every
PartnerDesk table, no DDL (migrations are the owner's: ``partnerdesk db upgrade``).
``grant_kiosk`` gives the shared terminal's role only this: read the city tables and the
schema version, and insert handovers. It cannot read apprentices, talks or any handover -
not even the one it just wrote; the server answers "permission denied".

Both first revoke everything the role had on our tables, so running a grant again (or
turning an advisor role into a kiosk role) leaves exactly the listed privileges. Run them
as the owner of the tables after ``db upgrade``.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from partnerdesk.store.models import Base

#: What the kiosk reads: the city data pack in its normalised tables.
CITY_TABLES = (
    "theme",
    "city",
    "focus_area",
    "focus_area_theme",
    "project",
    "project_theme",
    "city_theme",
    "city_language",
    "support_channel",
    "datapack_info",
)
VERSION_TABLE = "alembic_version"


class RoleError(ValueError):
    """The role cannot be granted as asked; the message names it."""


def _all_tables() -> list[str]:
    return [*Base.metadata.tables, VERSION_TABLE]


def _sequences(connection: Connection) -> list[str]:
    rows = (
        connection.execute(
            text(
                "SELECT sequence_name FROM information_schema.sequences "
                "WHERE sequence_schema = current_schema()"
            )
        )
        .scalars()
        .all()
    )
    return [str(r) for r in rows]


def _prepare(connection: Connection, role: str) -> str:
    if connection.dialect.name != "postgresql":
        raise RoleError("roles exist only on a team database (PostgreSQL)")
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
    ).first()
    if exists is None:
        raise RoleError(
            f"role {role!r} does not exist; the administrator creates it first "
            f"(CREATE ROLE ... LOGIN)"
        )
    quoted = connection.dialect.identifier_preparer.quote(role)
    q = connection.dialect.identifier_preparer.quote
    tables = ", ".join(q(t) for t in _all_tables())
    connection.execute(text(f"REVOKE ALL ON {tables} FROM {quoted}"))
    sequences = _sequences(connection)
    if sequences:
        connection.execute(
            text(f"REVOKE ALL ON SEQUENCE {', '.join(q(s) for s in sequences)} FROM {quoted}")
        )
    connection.execute(text(f"GRANT USAGE ON SCHEMA {q(_schema(connection))} TO {quoted}"))
    return quoted


def _schema(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_schema()")).scalar_one())


def grant_advisor(engine: Engine, role: str) -> list[str]:
    """Read and write every table (no DDL); returns the statements' summary lines."""
    with engine.begin() as connection:
        quoted = _prepare(connection, role)
        q = connection.dialect.identifier_preparer.quote
        tables = ", ".join(q(t) for t in Base.metadata.tables)
        connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {quoted}"))
        connection.execute(text(f"GRANT SELECT ON {q(VERSION_TABLE)} TO {quoted}"))
        sequences = _sequences(connection)
        if sequences:
            connection.execute(
                text(
                    f"GRANT USAGE, SELECT ON SEQUENCE "
                    f"{', '.join(q(s) for s in sequences)} TO {quoted}"
                )
            )
    return [
        f"{role}: SELECT, INSERT, UPDATE, DELETE on {len(Base.metadata.tables)} tables",
        f"{role}: SELECT on {VERSION_TABLE}",
        f"{role}: USAGE on {len(sequences)} sequences",
    ]


def grant_kiosk(engine: Engine, role: str) -> list[str]:
    """Read the city tables and the schema version, insert handovers - nothing else."""
    with engine.begin() as connection:
        quoted = _prepare(connection, role)
        q = connection.dialect.identifier_preparer.quote
        readable = ", ".join(q(t) for t in (*CITY_TABLES, VERSION_TABLE))
        connection.execute(text(f"GRANT SELECT ON {readable} TO {quoted}"))
        connection.execute(text(f"GRANT INSERT ON {q('handover')} TO {quoted}"))
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence('handover', 'id')")
        ).scalar_one_or_none()
        if sequence:
            # Already schema-qualified and quoted by the server.
            connection.execute(text(f"GRANT USAGE ON SEQUENCE {sequence} TO {quoted}"))
    return [
        f"{role}: SELECT on {', '.join(CITY_TABLES)}, {VERSION_TABLE}",
        f"{role}: INSERT on handover (no SELECT: it cannot read any handover)",
    ]
