"""Least privilege on a team database, enforced by PostgreSQL itself.

The kiosk role reads the city tables and inserts handovers; reading apprentices, talks or
handovers gets the server's "permission denied". The advisor role reads and writes data but
may not change the schema, so an outdated schema gives the administrator message.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from pg_support import create_role, drop_role
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ProgrammingError

from partnerdesk.core.counselling import Apprentice, Talk
from partnerdesk.core.domain import Profile
from partnerdesk.store import pg_roles
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.store.handovers import HandoverRepository, KioskStore
from partnerdesk.store.team import TeamSchemaOutdated, make_team_engine

RESULT = {"ranking": [{"city": "amiens", "score": 71.5}], "excluded": []}


@pytest.fixture
def roles(pg_url: URL) -> Iterator[tuple[URL, URL]]:
    """(advisor URL, kiosk URL) on the test database, granted by the owner."""
    suffix = uuid.uuid4().hex[:8]
    advisor, kiosk = f"advisor_{suffix}", f"kiosk_{suffix}"
    advisor_url, kiosk_url = create_role(pg_url, advisor), create_role(pg_url, kiosk)
    owner = open_app_store(url=pg_url)  # seeds the city data as the owner
    try:
        pg_roles.grant_advisor(owner.engine, advisor)
        pg_roles.grant_kiosk(owner.engine, kiosk)
    finally:
        owner.close()
    yield advisor_url, kiosk_url
    drop_role(pg_url, advisor, kiosk)


@pytest.mark.parametrize(
    "table", ["apprentice", "counselling_session", "handover", "assessment", "next_step", "advisor"]
)
def test_kiosk_role_gets_permission_denied_on_personal_tables(roles, table: str) -> None:
    _advisor_url, kiosk_url = roles
    engine = make_team_engine(kiosk_url)
    try:
        with engine.connect() as connection, pytest.raises(ProgrammingError) as caught:
            connection.execute(text(f"SELECT * FROM {table}"))
        assert "permission denied" in str(caught.value)
    finally:
        engine.dispose()


def test_kiosk_role_cannot_update_or_delete_city_data(roles) -> None:
    engine = make_team_engine(roles[1])
    try:
        for statement in (
            "UPDATE city SET notes_de = 'x'",
            "DELETE FROM handover",
            "CREATE TABLE evil (id int)",
        ):
            with engine.connect() as connection, pytest.raises(ProgrammingError) as caught:
                connection.execute(text(statement))
            assert "permission denied" in str(caught.value), statement
    finally:
        engine.dispose()


def test_kiosk_hands_over_and_an_advisor_elsewhere_finds_it(roles, tmp_path) -> None:
    advisor_url, kiosk_url = roles
    kiosk = open_app_store(url=kiosk_url, migrate=False)
    try:
        store = KioskStore(HandoverRepository(kiosk.sessions), kiosk.cities.cities)
        assert len(store.cities()) == 11
        code, _expires = store.create_handover(Profile(interests={"kultur": 3}), RESULT)
    finally:
        kiosk.close()
    # Another PC: its own (empty) data folder, the same team database, the advisor role.
    advisor = open_app_store(url=advisor_url)
    try:
        found = HandoverRepository(advisor.sessions).fetch(code, datetime.now(UTC))
        assert found is not None and found.profile.interests == {"kultur": 3}
        repo = ApprenticeRepository(advisor.sessions)
        aid = repo.save(Apprentice(display_name="Team Azubi"), editor="Frau Hoffmann")
        repo.save_talk(Talk(apprentice_id=aid, held_on=date(2026, 11, 30), notes="n"))
        HandoverRepository(advisor.sessions).attach(code, aid)
        assert repo.profile(aid) == found.profile
    finally:
        advisor.close()


def test_advisor_role_may_not_change_the_schema(roles, pg_url: URL) -> None:
    advisor_url, _kiosk_url = roles
    engine = make_team_engine(pg_url)
    with engine.begin() as connection:  # pretend the server is one release behind
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    with pytest.raises(TeamSchemaOutdated) as caught:
        open_app_store(url=advisor_url)
    assert "muss vom Administrator aktualisiert werden (Version 0001" in str(caught.value)


def test_grant_to_a_missing_role_names_it(pg_url: URL) -> None:
    engine = make_team_engine(pg_url)
    try:
        with pytest.raises(pg_roles.RoleError, match="'nobody_here' does not exist"):
            pg_roles.grant_kiosk(engine, "nobody_here")
    finally:
        engine.dispose()
