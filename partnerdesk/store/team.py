"""Team mode: which database to open, and opening a PostgreSQL team database.

The database is the local SQLite file unless ``PARTNERDESK_DATABASE_URL`` or the settings
page "Team-Datenbank" names a PostgreSQL server (``team_config``: settings and keyring). An
URL in the environment may carry its own password (for scripts); otherwise the keyring is
asked for it too.

Opening a team database migrates it when the role may (the owner does, advisors normally do
not); otherwise ``TeamSchemaOutdated`` says the administrator must run ``partnerdesk db
upgrade``. SQLite's pragmas and file checks never run here.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.store.team_config import (
    DEFAULT_PORT,
    DRIVER,
    TeamDbConfig,
    TeamDbError,
    get_password,
    read_config,
)

ENV_URL = "PARTNERDESK_DATABASE_URL"
__all__ = ["DRIVER", "ENV_URL", "TeamDbConfig", "TeamDbError", "database_url", "open_team_database"]


class TeamSchemaOutdated(TeamDbError):
    """The server's schema is behind this program and this role may not migrate it."""

    def __init__(self, current: str | None, head: str) -> None:
        super().__init__(
            f"Die Team-Datenbank muss vom Administrator aktualisiert werden "
            f"(Version {current or 'leer'}, benötigt {head}): partnerdesk db upgrade"
        )
        self.current = current
        self.head = head


class TeamSchemaNewer(TeamDbError):
    """The server's schema is newer than this program knows."""


# --- which database ------------------------------------------------------------------------


def database_url(settings_file: Path | None = None) -> URL | None:
    """The team database's URL, or ``None`` for the local SQLite file."""
    raw = os.environ.get(ENV_URL, "").strip()
    if raw:
        try:
            url = make_url(raw)
        except Exception as exc:
            raise TeamDbError(f"{ENV_URL}: not a database URL: {_redact(raw)!r}") from exc
        if url.get_backend_name() == "sqlite":
            return url
        if url.get_backend_name() != "postgresql":
            raise TeamDbError(
                f"{ENV_URL}: only postgresql is supported, got {url.get_backend_name()!r}"
            )
        url = url.set(drivername=DRIVER)
        if url.password is None and url.username and url.host:
            account = TeamDbConfig(
                host=url.host,
                user=url.username,
                port=url.port or DEFAULT_PORT,
                database=url.database or "",
            )
            password = get_password(account)
            if password:
                url = url.set(password=password)
        return url
    config = read_config(settings_file)
    if config is None:
        return None
    return config.url(get_password(config))


def _redact(raw: str) -> str:
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except Exception:
        return raw.split("@")[-1][:80]


def is_team(url: URL | str | None) -> bool:
    return url is not None and make_url(url).get_backend_name() == "postgresql"


def describe_url(url: URL | str) -> str:
    """The URL without its password, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


# --- opening ---------------------------------------------------------------------------------


def make_team_engine(url: URL | str) -> Engine:
    """An engine for a PostgreSQL team database.

    ``pool_pre_ping``: a connection the server dropped (restart, network) is replaced before
    use, so a save after a connection loss simply retries on a fresh connection.
    """
    return create_engine(url, hide_parameters=True, pool_pre_ping=True, pool_size=2, max_overflow=3)


def open_team_database(
    url: URL | str, *, migrate: bool = True
) -> tuple[Engine, sessionmaker[Session]]:
    """Open the team database; migrate when behind and the role may (and *migrate*)."""
    from partnerdesk.store.database import HEAD_REVISION, current_revision, upgrade

    engine = make_team_engine(url)
    try:
        current = current_revision(engine)
        if current != HEAD_REVISION:
            if current is not None and _newer(current, HEAD_REVISION):
                raise TeamSchemaNewer(
                    f"Die Team-Datenbank hat Version {current}, neuer als dieses Programm "
                    f"({HEAD_REVISION}); bitte PartnerDesk aktualisieren"
                )
            if not migrate:
                raise TeamSchemaOutdated(current, HEAD_REVISION)
            try:
                upgrade(engine)
            except ProgrammingError as exc:
                if not is_permission_denied(exc):
                    raise
                raise TeamSchemaOutdated(current, HEAD_REVISION) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine, sessionmaker(engine, expire_on_commit=False)


def _newer(current: str, head: str) -> bool:
    return current.isdigit() and head.isdigit() and int(current) > int(head)


def is_permission_denied(exc: BaseException) -> bool:
    """The server refused for lack of privileges (SQLSTATE 42501)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return getattr(orig, "sqlstate", None) == "42501"


def is_unreachable(exc: BaseException) -> bool:
    """The server could not be reached or the connection broke (not a bad query)."""
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def unreachable_text(exc: BaseException) -> str:
    """One line: what the driver said, without the SQL or parameters."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return first[:300]
