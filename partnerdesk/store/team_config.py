"""The team database's connection settings and password, without SQLAlchemy.

Read by the settings page before the first paint, so nothing here may import the database
layer. The settings file holds host, port, database, user, TLS mode and CA file (section
``[team_db]``, written by the UI through ``QSettings``); the password lives in the operating
system's credential store through ``keyring``, never in a file.
"""

from __future__ import annotations

import configparser
import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from partnerdesk import paths

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SETTINGS_SECTION = "team_db"
KEYRING_SERVICE = "PartnerDesk Team-Datenbank"
DRIVER = "postgresql+psycopg"
SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


class TeamDbError(RuntimeError):
    """The team database cannot be used as configured; the message is one line."""


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
            raise TeamDbError(
                f"sslmode: expected one of {', '.join(SSL_MODES)}, got {self.sslmode!r}"
            )
        return self

    @property
    def keyring_account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> URL:
        from sqlalchemy.engine import URL

        query = {
            "sslmode": self.sslmode,
            "connect_timeout": str(CONNECT_TIMEOUT_S),
            "application_name": "PartnerDesk",
        }
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        return URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        )


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
    return TeamDbConfig(
        host=host,
        port=port,
        database=_unquote(section.get("database", "partnerdesk")),
        user=_unquote(section.get("user", "")),
        sslmode=_unquote(section.get("sslmode", "verify-full")),
        ca_file=_unquote(section.get("ca_file", "")),
    )


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
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, config.keyring_account)
    except KeyringError as exc:
        raise TeamDbError(f"no credential store available for the password: {exc}") from exc
