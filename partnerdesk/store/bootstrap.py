"""Open the application's store: migrate the database and seed the shipped city data.

The composition root (``app.py``, the CLI) calls ``open_app_store()`` once and passes the
repository on; nothing else opens the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.core.domain import City
from partnerdesk.store.database import open_database
from partnerdesk.store.repository import CityRepository


@dataclass(frozen=True, slots=True)
class AppStore:
    engine: Engine
    sessions: sessionmaker[Session]
    cities: CityRepository

    @property
    def is_team(self) -> bool:
        """A shared PostgreSQL database (no local backups, no file checks)."""
        return self.engine.dialect.name == "postgresql"

    def close(self) -> None:
        self.engine.dispose()


def open_app_store(
    path: Path | str | None = None, *, url: URL | str | None = None, migrate: bool = True
) -> AppStore:
    """Open the database, migrating and seeding as needed.

    *path* names a SQLite file; *url* a team database; with neither, the team database of
    ``PARTNERDESK_DATABASE_URL`` or the settings, else the SQLite file in the user data dir.
    Raises ``health.DatabaseDamaged`` (before anything is written) if the SQLite file is
    damaged, ``team.TeamSchemaOutdated`` when a team database is behind and this role may
    not migrate it (or *migrate* is false, as for the kiosk).
    """
    from partnerdesk import paths
    from partnerdesk.store import team

    if path is None and url is None:
        url = team.database_url()
    if url is not None and team.is_team(url):
        engine, sessions = team.open_team_database(url, migrate=migrate)
    else:
        from partnerdesk.store.health import ensure_healthy

        if url is not None:  # a sqlite URL in PARTNERDESK_DATABASE_URL
            path = make_url(url).database
        ensure_healthy(Path(path) if path is not None else paths.database_path())
        engine, sessions = open_database(path)
    try:
        cities = CityRepository(sessions)
        if cities.is_empty():
            # Imported here: parsing the pack is only needed on the very first start.
            from partnerdesk.core.datapack import load_shipped_pack

            cities.seed_if_empty(load_shipped_pack())
    except BaseException:
        engine.dispose()
        raise
    return AppStore(engine=engine, sessions=sessions, cities=cities)


def load_cities(path: Path | str | None = None) -> list[City]:
    """The current city data, for one-shot callers such as the CLI."""
    store = open_app_store(path)
    try:
        return store.cities.cities()
    finally:
        store.close()
