"""Two advisors edit one city: the second save is a conflict naming the first, nothing is lost.

The edit stamp (``updated_at``, ``updated_by``) the editor loaded is what the save expects.
Runs on SQLite and PostgreSQL; each advisor has an engine of their own, as two PCs would.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import Text
from partnerdesk.store import models as m
from partnerdesk.store.conflicts import EditConflict
from partnerdesk.store.database import Sessions, make_engine
from partnerdesk.store.repository import CityRepository

pytestmark = pytest.mark.both_dialects


@pytest.fixture
def second_sessions(database, db_file, dialect) -> Iterator[sessionmaker[Session]]:
    """The second advisor's sessions: an engine of their own on the same database."""
    engine = database[0]
    if dialect == "postgresql":
        from partnerdesk.store.team import make_team_engine

        other = make_team_engine(engine.url)
    else:
        other = make_engine(db_file)
    yield Sessions(other, expire_on_commit=False)
    other.dispose()


@pytest.fixture
def first(repo: CityRepository) -> CityRepository:
    repo.load_pack(load_shipped_pack())
    return repo


@pytest.fixture
def second(first: CityRepository, second_sessions) -> CityRepository:
    return CityRepository(second_sessions)


def _with_notes(city, notes: str):
    return dataclasses.replace(city, notes=Text(notes, ""))


def test_second_save_of_a_city_is_a_conflict_naming_the_first(first, second) -> None:
    mine, loaded = first.city_for_edit("leeds")
    theirs, their_stamp = second.city_for_edit("leeds")
    assert loaded == their_stamp and loaded.updated_by == "datapack"
    second.update_city(_with_notes(theirs, "Fassung Hoffmann"), "Frau Hoffmann", expected=loaded)
    with pytest.raises(EditConflict) as caught:
        first.update_city(_with_notes(mine, "Fassung Berger"), "Herr Berger", expected=loaded)
    info = caught.value.info
    assert (info.kind, info.record_id, info.changed_by) == ("city", "leeds", "Frau Hoffmann")
    assert info.changed_at == first.edit_stamp("leeds").updated_at
    assert info.changed_at is not None and info.changed_at > loaded.updated_at
    assert first.city("leeds").notes.de == "Fassung Hoffmann"  # nothing overwritten
    assert first.edit_stamp("leeds").updated_by == "Frau Hoffmann"


def test_reloaded_city_saves_and_unrelated_cities_do_not_conflict(first, second) -> None:
    other, other_stamp = first.city_for_edit("amiens")
    theirs, stamp = second.city_for_edit("leeds")
    second.update_city(_with_notes(theirs, "zweite"), "Frau Hoffmann", expected=stamp)
    # Another city changed elsewhere: no conflict for this one.
    first.update_city(_with_notes(other, "Amiens"), "Herr Berger", expected=other_stamp)
    fresh, fresh_stamp = first.city_for_edit("leeds")  # "Neu laden"
    assert fresh.notes.de == "zweite" and fresh_stamp.updated_by == "Frau Hoffmann"
    first.update_city(_with_notes(fresh, "dritte"), "Herr Berger", expected=fresh_stamp)
    assert second.city("leeds").notes.de == "dritte"
    # The same advisor saving twice in a row conflicts with themselves only if they kept the
    # old stamp: the stamp moved with their own save.
    with pytest.raises(EditConflict):
        first.update_city(_with_notes(fresh, "vierte"), "Herr Berger", expected=fresh_stamp)
    assert second.city("leeds").notes.de == "dritte"


def test_without_expected_stamp_the_last_save_wins(first, second) -> None:
    """Scripts and the pack import pass no stamp: the old behaviour, on purpose."""
    mine = first.city("leeds")
    second.update_city(_with_notes(second.city("leeds"), "zweite"), "Frau Hoffmann")
    first.update_city(_with_notes(mine, "erste"), "Herr Berger")
    assert second.city("leeds").notes.de == "erste"


def test_a_city_replaced_by_a_pack_import_is_a_conflict_or_gone(first, second) -> None:
    mine, loaded = first.city_for_edit("leeds")
    second.load_pack(load_shipped_pack(), editor="Frau Hoffmann")
    with pytest.raises(EditConflict) as caught:
        first.update_city(_with_notes(mine, "meine"), "Herr Berger", expected=loaded)
    assert caught.value.info.changed_by == "Frau Hoffmann"
    pack = load_shipped_pack()
    second.load_pack(dataclasses.replace(pack, cities=pack.cities[:1]), editor="Frau Hoffmann")
    assert pack.cities[0].id != "leeds"
    with pytest.raises(KeyError):
        first.update_city(_with_notes(mine, "meine"), "Herr Berger", expected=loaded)


# On SQLite the writer's BEGIN IMMEDIATE makes the second save wait before it reads anything;
# on PostgreSQL (READ COMMITTED) only the row lock at the read keeps it from overwriting.
@pytest.mark.postgresql_only
def test_a_save_waiting_for_another_advisors_lock_is_a_conflict(first, second_sessions) -> None:
    mine, loaded = first.city_for_edit("leeds")
    outcome: list[BaseException | None] = []

    def my_save() -> None:
        try:
            first.update_city(_with_notes(mine, "meine"), "Herr Berger", expected=loaded)
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)
        else:
            outcome.append(None)

    saver = threading.Thread(target=my_save)
    with second_sessions.begin() as session:  # the other advisor's save, not yet committed
        row = session.get(m.City, "leeds", with_for_update=True)
        assert row is not None
        row.notes_de = "Fassung Hoffmann"
        row.updated_by = "Frau Hoffmann"
        row.updated_at = m.utcnow()
        session.flush()
        saver.start()
        saver.join(1.0)
        assert saver.is_alive(), "the second save must wait for the row lock"
    saver.join(30)
    assert not saver.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], EditConflict)
    assert outcome[0].info.changed_by == "Frau Hoffmann"
    assert first.city("leeds").notes.de == "Fassung Hoffmann"


def test_the_data_stamp_shows_another_advisors_save_and_a_pack_load(first, second) -> None:
    """What the running apps poll (``ui/city_poll.py``): equal while nothing changed, different
    after another engine's save of one city and after a pack load."""
    before = first.data_stamp()
    assert second.data_stamp() == before == first.data_stamp()
    assert len(before.cities) == len(first.cities()) and before.pack is not None
    city, stamp = second.city_for_edit("leeds")
    paused = dataclasses.replace(city, status="paused", status_reason=Text("Pause", "Pause"))
    second.update_city(paused, "Frau Hoffmann", expected=stamp)
    after = first.data_stamp()
    assert after != before and after.pack == before.pack
    assert next(c for c in after.cities if c[0] == "leeds")[2] == "Frau Hoffmann"
    second.load_pack(load_shipped_pack(), editor="Frau Hoffmann")
    reloaded = first.data_stamp()
    assert reloaded.pack != after.pack and reloaded != after


def test_the_data_stamp_shows_a_save_stamped_before_the_newest(first, second, sessions) -> None:
    """A PC whose clock runs behind stamps an older time than the newest city has: the stamp
    still changes (a max(updated_at) would not)."""
    before = first.data_stamp()
    newest = max(at for _, at, _ in before.cities)
    with sessions.begin() as session:
        row = session.get(m.City, "leeds")
        assert row is not None
        row.updated_at = newest - timedelta(days=1)
    assert first.data_stamp() != before
