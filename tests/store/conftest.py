"""Fixtures for the store tests: a fresh, migrated database file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.store.database import make_engine, open_database
from partnerdesk.store.repository import CityRepository


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "test.sqlite3"


@pytest.fixture
def bare_engine(db_file: Path) -> Iterator[Engine]:
    """An engine on an empty, unmigrated database."""
    db_file.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(db_file)
    yield engine
    engine.dispose()


@pytest.fixture
def dialect(request: pytest.FixtureRequest) -> str:
    """``sqlite`` unless the module is marked ``both_dialects`` (then also ``postgresql``)."""
    return str(getattr(request, "param", "sqlite"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "dialect" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("postgresql_only") is not None:
        metafunc.parametrize("dialect", ["postgresql"], indirect=True)
    elif metafunc.definition.get_closest_marker("both_dialects") is not None:
        metafunc.parametrize("dialect", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database(
    db_file: Path, dialect: str, request: pytest.FixtureRequest
) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    if dialect == "postgresql":
        from partnerdesk.store.team import open_team_database

        engine, sessions = open_team_database(request.getfixturevalue("pg_url"))
    else:
        engine, sessions = open_database(db_file)
    yield engine, sessions
    engine.dispose()


@pytest.fixture
def engine(database: tuple[Engine, sessionmaker[Session]]) -> Engine:
    return database[0]


@pytest.fixture
def sessions(database: tuple[Engine, sessionmaker[Session]]) -> sessionmaker[Session]:
    return database[1]


@pytest.fixture
def repo(sessions: sessionmaker[Session]) -> CityRepository:
    return CityRepository(sessions)
