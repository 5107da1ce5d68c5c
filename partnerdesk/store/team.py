"""Team mode: which database to open, and opening a PostgreSQL team database.

The database is the local SQLite file unless ``PARTNERDESK_DATABASE_URL`` or the settings
page "Team-Datenbank" names a PostgreSQL server. The settings file holds host, port,
database, user, TLS mode and CA file; the password lives in the operating system's
credential store (``keyring``), never in a file. An URL in the environment may carry its own
password (for scripts); otherwise the keyring is asked for it too.

Opening a team database migrates it when the role may (the owner does, advisors normally do
not); otherwise ``TeamSchemaOutdated`` says the administrator must run ``partnerdesk db
upgrade``. SQLite's pragmas and file checks never run here.
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk import paths

ENV_URL = "PARTNERDESK_DATABASE_URL"
SETTINGS_SECTION = "team_db"
KEYRING_SERVICE = "PartnerDesk Team-Datenbank"
DRIVER = "postgresql+psycopg"
SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


class TeamDbError(RuntimeError):
    """The team database cannot be used as configured; the message is one line."""


class TeamSchemaOutdated(TeamDbError):
    """The server's schema is behind this program and this role may not migrate it."""

    def __init__(self, current: str | None, head: str) -> None:
        super().__init__(
            f"Die Team-Datenbank muss vom Administrator aktualisiert werden "
            f"(Version {current or 'leer'}, benötigt {head}): partnerdesk db upgrade")
        self.current = current
        self.head = head


class TeamSchemaNewer(TeamDbError):
    """The server's schema is newer than this program knows."""


@dataclass(frozen=True, slots=True)
class TeamDbConfig:
    """What the settings page stores (everything but the password)."""

    host: str
    database: str = "partnerdesk"
    user: str = ""
    port: int = DEFAULT_PORT
    sslmode: str = "verify-full"
    ca_file: str = ""

    def validated(self) -> TeamDbConfig:
        if not self.host.strip():
            raise TeamDbError("host: a server name is required")
        if not 1 <= self.port <= 65535:
            raise TeamDbError(f"port: expected 1-65535, got {self.port!r}")
        if not self.database.strip():
            raise TeamDbError("database: a database name is required")
        if not self.user.strip():
            raise TeamDbError("user: a role name is required")
        if self.sslmode not in SSL_MODES:
            raise TeamDbError(f"sslmode: expected one of {', '.join(SSL_MODES)}, "
                              f"got {self.sslmode!r}")
        return self

    @property
    def keyring_account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> URL:
        query = {"sslmode": self.sslmode, "connect_timeout": str(CONNECT_TIMEOUT_S),
                 "application_name": "PartnerDesk"}
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        return URL.create(DRIVER, username=self.user, password=password or None,
                          host=self.host, port=self.port, database=self.database, query=query)


def read_config(settings_file: Path | None = None) -> TeamDbConfig | None:
    """The team database from the settings file (written by the UI's ``QSettings``)."""
    target = settings_file if settings_file is not None else paths.settings_path()
    parser = configparser.RawConfigParser(interpolation=None)
    try:
        parser.read(target, encoding="utf-8")
    except (OSError, configparser.Error):
        return None
    if not parser.has_section(SETTINGS_SECTION):
        return None
    section = parser[SETTINGS_SECTION]
    host = _unquote(section.get("host", ""))
    if not host:
        return None
    try:
        port = int(_unquote(section.get("port", str(DEFAULT_PORT))))
    except ValueError:
        port = DEFAULT_PORT
    return TeamDbConfig(host=host, port=port,
                        database=_unquote(section.get("database", "partnerdesk")),
                        user=_unquote(section.get("user", "")),
                        sslmode=_unquote(section.get("sslmode", "verify-full")),
                        ca_file=_unquote(section.get("ca_file", "")))


def _unquote(value: str) -> str:
    """Undo QSettings' INI quoting of plain strings (quotes, doubled backslashes)."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    return value.replace("\\\\", "\\")


# --- the password, in the OS credential store -------------------------------------------------


def get_password(config: TeamDbConfig) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, config.keyring_account)
    except KeyringError:
        return None


def set_password(config: TeamDbConfig, password: str) -> None:
    """Store (or, for an empty *password*, remove) the password; ``TeamDbError`` if no store."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, config.keyring_account, password)
        else:
            try:
                keyring.delete_password(KEYRING_SERVICE, config.keyring_account)
            except PasswordDeleteError:
                pass
    except KeyringError as exc:
        raise TeamDbError(f"no credential store available for the password: {exc}") from exc


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
            raise TeamDbError(f"{ENV_URL}: only postgresql is supported, got "
                              f"{url.get_backend_name()!r}")
        url = url.set(drivername=DRIVER)
        if url.password is None and url.username and url.host:
            account = TeamDbConfig(host=url.host, user=url.username,
                                   port=url.port or DEFAULT_PORT, database=url.database or "")
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
    return create_engine(url, hide_parameters=True, pool_pre_ping=True, pool_size=2,
                         max_overflow=3)


def open_team_database(url: URL | str, *, migrate: bool = True
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
                    f"({HEAD_REVISION}); bitte PartnerDesk aktualisieren")
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
