"""PostgreSQL for the tests: a fresh, migrated team database per test.

Tests that need PostgreSQL read ``PARTNERDESK_TEST_PG_URL`` (a superuser URL; ``make
test-pg`` and ``.ci/run`` start a throwaway cluster through ``tests/pg/cluster.sh`` and set
it). Without it they skip with that reason on a developer's machine; in CI (``CI=true``) a
missing server fails the test instead, so a broken cluster cannot pass as "skipped".

Each test gets its own database, copied from a template migrated once per session (a copy
takes ~20 ms, a migration ~0.5 s).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

ENV = "PARTNERDESK_TEST_PG_URL"
TEMPLATE = "partnerdesk_test_template"


def admin_url() -> URL:
    """The superuser URL, or skip (fail in CI) when no test server is configured."""
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        reason = f"needs PostgreSQL: set {ENV} or run `make test-pg`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI must run the PostgreSQL tests)", pytrace=False)
        pytest.skip(reason)
    return make_url(raw).set(drivername="postgresql+psycopg")


def _admin_engine(url: URL) -> Engine:
    return create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")


def create_database(url: URL, *, template: str | None = TEMPLATE) -> URL:
    name = f"pdtest_{uuid.uuid4().hex[:12]}"
    engine = _admin_engine(url)
    try:
        with engine.connect() as connection:
            source = f" TEMPLATE {template}" if template else ""
            connection.execute(text(f"CREATE DATABASE {name}{source}"))
    finally:
        engine.dispose()
    return url.set(database=name)


def drop_database(url: URL) -> None:
    engine = _admin_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)"))
    finally:
        engine.dispose()


def ensure_template(url: URL) -> None:
    """Create the migrated template database once per cluster."""
    from partnerdesk.store.database import HEAD_REVISION, current_revision, upgrade
    from partnerdesk.store.team import make_team_engine

    engine = _admin_engine(url)
    try:
        with engine.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": TEMPLATE}
            ).first()
            if exists is None:
                connection.execute(text(f"CREATE DATABASE {TEMPLATE}"))
    finally:
        engine.dispose()
    target = make_team_engine(url.set(database=TEMPLATE))
    try:
        if current_revision(target) != HEAD_REVISION:
            upgrade(target)
    finally:
        target.dispose()


@pytest.fixture(scope="session")
def pg_admin_url() -> URL:
    url = admin_url()
    ensure_template(url)
    return url


@pytest.fixture
def pg_url(pg_admin_url: URL) -> Iterator[URL]:
    """A fresh team database at the current schema (owner: the superuser)."""
    url = create_database(pg_admin_url)
    yield url
    drop_database(url)


@pytest.fixture
def pg_empty_url(pg_admin_url: URL) -> Iterator[URL]:
    """A fresh, empty database (no tables)."""
    url = create_database(pg_admin_url, template="template0")
    yield url
    drop_database(url)


def create_role(db_url: URL, name: str) -> URL:
    """A LOGIN role (trust authentication in the test cluster); its URL for *db_url*'s db."""
    engine = _admin_engine(db_url)
    try:
        with engine.connect() as connection:
            connection.execute(text(f"CREATE ROLE {name} LOGIN"))
    finally:
        engine.dispose()
    return db_url.set(username=name)


def drop_role(db_url: URL, *names: str) -> None:
    """Drop roles (cluster-wide) after removing their privileges in *db_url*'s database."""
    engine = create_engine(db_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for name in names:
                connection.execute(text(f"DROP OWNED BY {name}"))
                connection.execute(text(f"DROP ROLE {name}"))
    finally:
        engine.dispose()
