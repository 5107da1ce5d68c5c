"""Every SQLite connection is set up for safe desktop use, and transactions really work."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.store import models as m
from partnerdesk.store.database import BUSY_TIMEOUT_MS, make_engine


def test_pragmas_on_every_connection(engine: Engine) -> None:
    # Hold several connections at once so the pool has to open new ones.
    connections = [engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            busy = pragma("PRAGMA busy_timeout").scalar()
            assert isinstance(busy, int)
            assert busy >= BUSY_TIMEOUT_MS
    finally:
        for connection in connections:
            connection.close()


def test_non_sqlite_url_gets_no_sqlite_setup() -> None:
    from partnerdesk.store import database

    sqlite_engine = make_engine(url="sqlite://")
    assert event.contains(sqlite_engine, "connect", database._on_sqlite_connect)
    sqlite_engine.dispose()
    with pytest.raises(ValueError, match="either"):
        make_engine("x.db", url="sqlite://")


def test_orphan_row_is_refused(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add(m.FocusArea(city_id="nowhere", position=0, text_de="x", text_en=""))


def test_rolled_back_savepoint_leaves_nothing(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        session.add(m.Advisor(name="kept before"))
        nested = session.begin_nested()
        session.add(m.Advisor(name="rolled back"))
        session.flush()
        nested.rollback()
        session.add(m.Advisor(name="kept after"))
    with sessions() as session:
        names = set(session.scalars(select(m.Advisor.name)))
    assert names == {"kept before", "kept after"}


def test_outer_rollback_undoes_released_savepoint(sessions: sessionmaker[Session]) -> None:
    # The failure mode of the sqlite3 driver's legacy transaction control.
    with sessions() as session:
        session.begin()
        with session.begin_nested():
            session.add(m.Advisor(name="inside savepoint"))
        session.rollback()
    with sessions() as session:
        assert session.scalars(select(m.Advisor)).all() == []


def test_timestamps_come_back_timezone_aware(sessions: sessionmaker[Session]) -> None:
    created = datetime(2025, 3, 1, 12, 30, tzinfo=UTC)
    with sessions.begin() as session:
        session.add(m.Advisor(name="A", created_at=created))
    with sessions() as session:
        advisor = session.scalars(select(m.Advisor)).one()
    assert advisor.created_at == created
    assert advisor.created_at.tzinfo is UTC


def test_naive_timestamps_are_refused(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(Exception, match="timezone-aware"), sessions.begin() as session:
        session.add(m.Advisor(name="A", created_at=datetime(2025, 3, 1)))


def test_orphan_talk_and_step_are_refused(sessions: sessionmaker[Session]) -> None:
    from datetime import date

    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add(m.CounsellingSession(apprentice_id=999, held_on=date(2026, 1, 1)))
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add(m.NextStep(session_id=999, position=0, text="Schritt"))
    with sessions() as session:
        assert session.scalars(select(m.CounsellingSession)).all() == []
        assert session.scalars(select(m.NextStep)).all() == []


def test_rolled_back_savepoint_with_talk_and_steps_leaves_nothing(
    sessions: sessionmaker[Session],
) -> None:
    from datetime import date

    with sessions.begin() as session:
        person = m.Apprentice(display_name="Azubi")
        session.add(person)
        session.flush()
        nested = session.begin_nested()
        talk = m.CounsellingSession(apprentice_id=person.id, held_on=date(2026, 1, 1))
        talk.next_steps = [m.NextStep(position=i, text=f"Schritt {i}") for i in range(3)]
        session.add(talk)
        session.flush()
        nested.rollback()
    with sessions() as session:
        assert len(session.scalars(select(m.Apprentice)).all()) == 1
        assert session.scalars(select(m.CounsellingSession)).all() == []
        assert session.scalars(select(m.NextStep)).all() == []


def test_errors_do_not_echo_the_saved_values(sessions: sessionmaker[Session]) -> None:
    # hide_parameters: a failed save's message reaches logs and dialogs without personal data.
    with pytest.raises(IntegrityError) as caught, sessions.begin() as session:
        session.add(m.FocusArea(city_id="geheim-name", position=0, text_de="x", text_en=""))
    assert "geheim-name" not in str(caught.value)
