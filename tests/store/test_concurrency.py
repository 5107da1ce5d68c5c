"""Two advisors on one database: the second save of a changed record is a conflict.

Runs on SQLite and, when configured, on PostgreSQL; each advisor has an engine of their own,
as two PCs would.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.core.counselling import Apprentice, Talk
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.conflicts import EditConflict
from partnerdesk.store.database import make_engine

pytestmark = pytest.mark.both_dialects


@pytest.fixture
def second(database, db_file, dialect, request) -> Iterator[ApprenticeRepository]:
    """The second advisor's repository: its own engine on the same database."""
    engine = database[0]
    if dialect == "postgresql":
        from partnerdesk.store.team import make_team_engine

        other = make_team_engine(engine.url)
    else:
        other = make_engine(db_file)
    yield ApprenticeRepository(sessionmaker(other, expire_on_commit=False))
    other.dispose()


@pytest.fixture
def first(database) -> ApprenticeRepository:
    sessions: sessionmaker[Session] = database[1]
    return ApprenticeRepository(sessions)


def test_second_save_of_a_talk_is_a_conflict_naming_the_first(first, second) -> None:
    aid = first.save(Apprentice(display_name="Ayşe"))
    tid = first.save_talk(Talk(apprentice_id=aid, held_on=date(2026, 11, 30), notes="Anfang"))
    mine = first.talk(tid)
    theirs = second.talk(tid)
    second.save_talk(dataclasses.replace(theirs, notes="Fassung Hoffmann"), editor="Frau Hoffmann")
    with pytest.raises(EditConflict) as caught:
        first.save_talk(dataclasses.replace(mine, notes="Fassung Berger"), editor="Herr Berger")
    info = caught.value.info
    assert (info.kind, info.record_id, info.changed_by) == ("talk", tid, "Frau Hoffmann")
    assert info.changed_at is not None
    assert first.talk(tid).notes == "Fassung Hoffmann"  # nothing overwritten
    # "Meine Fassung als Kopie speichern": both texts are kept.
    copy = first.save_talk(dataclasses.replace(mine, id=None, version=None, notes="Fassung Berger"))
    assert sorted(first.talk(t.id).notes for t in first.talks(aid)) == [
        "Fassung Berger",
        "Fassung Hoffmann",
    ]
    assert copy != tid


def test_reloaded_talk_saves_without_conflict(first, second) -> None:
    aid = first.save(Apprentice(display_name="Ben"))
    tid = first.save_talk(Talk(apprentice_id=aid, held_on=date(2026, 11, 30)))
    second.save_talk(dataclasses.replace(second.talk(tid), notes="zweite"))
    fresh = first.talk(tid)  # "Neu laden"
    assert fresh.notes == "zweite" and fresh.version == 2
    first.save_talk(dataclasses.replace(fresh, notes="dritte"))
    assert second.talk(tid).version == 3


def test_changing_only_next_steps_bumps_the_version(first) -> None:
    from partnerdesk.core.counselling import NextStep

    aid = first.save(Apprentice(display_name="Cem"))
    tid = first.save_talk(Talk(apprentice_id=aid, held_on=date(2026, 11, 30)))
    before = first.talk(tid)
    first.save_talk(dataclasses.replace(before, next_steps=(NextStep("Sprachkurs"),)))
    with pytest.raises(EditConflict):
        first.save_talk(before)


def test_apprentice_edits_conflict_too(first, second) -> None:
    aid = first.save(Apprentice(display_name="Dana", occupation="A"))
    mine = first.get(aid)
    second.save(dataclasses.replace(second.get(aid), occupation="B"), editor="Frau Hoffmann")
    with pytest.raises(EditConflict) as caught:
        first.save(dataclasses.replace(mine, occupation="C"))
    assert caught.value.info.changed_by == "Frau Hoffmann"
    assert first.get(aid).occupation == "B"


# SQLite lets one writer in at a time, so this interleaving cannot happen there.
@pytest.mark.postgresql_only
def test_a_save_landing_between_read_and_update_is_a_conflict(first, second, database) -> None:
    from sqlalchemy import event

    aid = first.save(Apprentice(display_name="Eda"))
    tid = first.save_talk(Talk(apprentice_id=aid, held_on=date(2026, 11, 30)))
    mine = first.talk(tid)

    def other_advisor_saves(session, _context, _instances) -> None:
        second.save_talk(
            dataclasses.replace(second.talk(tid), notes="dazwischen"), editor="Frau Hoffmann"
        )

    # After our version check, before our UPDATE: only version_id_col can catch this.
    event.listen(database[1], "before_flush", other_advisor_saves, once=True)
    with pytest.raises(EditConflict) as caught:
        first.save_talk(dataclasses.replace(mine, notes="meine"))
    assert caught.value.info.changed_by == "Frau Hoffmann"
    assert first.talk(tid).notes == "dazwischen"
