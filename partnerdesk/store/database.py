"""Engine set-up and schema upgrades run from code.

SQLite gets the settings a desktop app needs on *every* pooled connection: enforced foreign
keys, WAL, ``synchronous=FULL`` and a busy timeout. The ``sqlite3`` driver's legacy
transaction control (no BEGIN before SELECT, DDL or SAVEPOINT) is switched off and
SQLAlchemy emits BEGIN itself, the recipe from SQLAlchemy's SQLite dialect docs
("Serializable isolation / Savepoints / Transactional DDL"); without it a rolled-back
``begin_nested()`` does not roll back and migrations are not atomic. Other backends
(PostgreSQL for a shared team database later) get none of this.

Alembic is imported only when the schema is behind: ``current_revision`` reads the
``alembic_version`` table with plain SQL, which keeps start-up cheap.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from partnerdesk import paths, resources
from partnerdesk.store.schema import HEAD_REVISION as HEAD_REVISION  # re-exported

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine.interfaces import DBAPIConnection

BUSY_TIMEOUT_MS = 5000
SQLITE_PRAGMAS: tuple[str, ...] = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete=ON",  # deleted personal text is overwritten, not left in free pages
)


class SchemaError(RuntimeError):
    """The database schema cannot be brought to the version this program expects."""


def _on_sqlite_connect(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
    assert isinstance(dbapi_connection, sqlite3.Connection)
    # Disable the driver's own BEGIN handling; _on_sqlite_begin emits BEGIN instead. In this
    # mode the connection is in autocommit here, so the PRAGMAs below take effect (SQLite
    # ignores foreign_keys inside a transaction).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


#: Execution option that marks a connection's transaction as a write transaction.
WRITE_OPTION = "partnerdesk_write"


def _on_sqlite_begin(connection: Connection) -> None:
    # A write transaction takes SQLite's write lock at BEGIN. A deferred BEGIN that reads
    # first and then writes must upgrade its lock, and SQLite cannot wait for that upgrade
    # (the busy timeout does not apply; "database is locked" at once): with three writers
    # about a quarter of all saves failed that way. BEGIN IMMEDIATE waits instead.
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


class Sessions(sessionmaker[Session]):
    """A sessionmaker whose ``begin()`` (every write in the repositories) is BEGIN IMMEDIATE.

    Plain ``sessions()`` for reads stays a deferred BEGIN, so reading never waits for a writer.
    """

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:  # type: ignore[override]
        with self() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})
            yield session


def erasure_log_of(sessions: sessionmaker[Session]) -> Path | None:
    """The erasure log beside the SQLite file the sessions write to (``None`` otherwise)."""
    bind = sessions.kw.get("bind")
    url = getattr(bind, "url", None)
    database = getattr(url, "database", None)
    if (
        url is None
        or url.get_backend_name() != "sqlite"
        or not database
        or database == ":memory:"
        or database.startswith("file:")
    ):
        return None
    from partnerdesk.store.erasure import log_path_for

    return log_path_for(Path(database))


def checkpoint_truncate(engine: Engine) -> None:
    """Move every page from the ``-wal`` into the database file and empty the ``-wal``.

    Called after an erasure: deleted text otherwise stays in the ``-wal`` until about a
    thousand more pages are written, and survives a crash there. A reader holding an old
    snapshot can make the checkpoint incomplete; it is then repeated at the next erasure.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.connection.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA wal_checkpoint(TRUNCATE)"
        )


def make_engine(path: Path | str | None = None, *, url: str | None = None) -> Engine:
    """An engine for the SQLite file at *path* (default: the user data dir) or for *url*."""
    if url is not None and path is not None:
        raise ValueError("pass either a path or a url, not both")
    if url is None:
        db_file = Path(path) if path is not None else paths.database_path()
        # hide_parameters: error messages (which reach logs and dialogs) must not carry
        # the personal data that was being saved.
        engine = create_engine(
            URL.create("sqlite+pysqlite", database=str(db_file)), hide_parameters=True
        )
    else:
        engine = create_engine(url, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, ``None`` for a database never migrated."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    if len(rows) > 1:
        raise SchemaError(f"database has several schema heads: {[row[0] for row in rows]}")
    return str(rows[0][0]) if rows else None


def alembic_config() -> Config:
    """A programmatic Alembic configuration (no alembic.ini needed at run time)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to *revision* in one transaction.

    On SQLite, foreign key enforcement is switched off for the duration: batch-mode
    migrations rebuild tables by copy-and-drop, and dropping a parent table with enforcement
    on would cascade-delete child rows. ``PRAGMA foreign_key_check`` afterwards refuses to
    commit a migration that left dangling references.
    """
    from alembic import command

    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    if sqlite:
        backup_before_migration(engine, revision)
    with engine.connect() as connection:
        if sqlite:
            # Must run outside a transaction, hence on the driver connection directly.
            connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys=OFF"
            )
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, revision)
                if sqlite:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if problems:
                        raise SchemaError(f"migration left broken references: {problems[:5]}")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                    "PRAGMA foreign_keys=ON"
                )


def backup_before_migration(engine: Engine, revision: str = "head") -> Path | None:
    """Back up an existing, migrated database file before Alembic changes its schema.

    Skipped for a new database (nothing to lose), an in-memory one, and when the schema is
    already at the target. The copy goes to ``backups/`` beside the database file; a failed
    backup stops the migration (the exception propagates), because a migration without a
    way back is the one change we cannot undo.
    """
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    db_file = Path(database)
    if not db_file.is_file() or db_file.stat().st_size == 0:
        return None
    current = current_revision(engine)
    if current is None or current == (HEAD_REVISION if revision == "head" else revision):
        return None
    from partnerdesk.store.backup import REASON_MIGRATION, backup_database

    return backup_database(db_file, paths.backups_beside(db_file), reason=REASON_MIGRATION)


def open_database(path: Path | str | None = None) -> tuple[Engine, sessionmaker[Session]]:
    """Open (creating and migrating as needed) the database; return engine and sessions."""
    db_file = Path(path) if path is not None else paths.database_path()
    paths.make_private_dir(db_file.parent)
    if not db_file.exists():
        # Created 0600 before SQLite opens it: SQLite gives -wal and -shm the same mode.
        paths.create_private_file(db_file)
    else:
        paths.make_private(db_file)
    engine = make_engine(db_file)
    try:
        if current_revision(engine) != HEAD_REVISION:
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine, Sessions(engine, expire_on_commit=False)
