"""Stateful property test: random sequences of repository operations against a simple model.

Hypothesis drives ``ApprenticeRepository`` with create, edit, delete, add/edit/delete talk,
export (``export_all``), erase (deletion plus a check that no row about the person is left)
and reopen (dispose the engine, ``open_database`` again); after every step the database
must say exactly what an in-memory dict says.

Default: 30 examples of up to 20 steps (a few seconds). Full form (≥ 500 × 50):

    PARTNERDESK_FULL_STATEFUL=1 .venv/bin/pytest tests/store/test_stateful.py -q
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.store.apprentices import ApprenticeRepository, NotFound
from partnerdesk.store.database import open_database

FULL = os.environ.get("PARTNERDESK_FULL_STATEFUL") == "1"

_TEXT = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
texts = st.text(_TEXT, max_size=30)
names = st.text(_TEXT, min_size=1, max_size=40).filter(lambda s: s.strip())
dates = st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def apprentices(draw: st.DrawFn) -> Apprentice:
    consent, deletion = draw(dates), draw(dates)
    if consent and deletion and deletion < consent:
        consent, deletion = deletion, consent
    return Apprentice(
        display_name=draw(names),
        occupation=draw(texts),
        training_year=draw(st.none() | st.integers(1, 4)),
        consent_date=consent,
        deletion_date=deletion,
    )


steps = st.builds(
    NextStep,
    text=names,
    offer_key=st.none() | st.just("fit_fuer_europa"),
    owner=texts,
    due_date=dates,
    done=st.booleans(),
)


@st.composite
def talks(draw: st.DrawFn, apprentice_id: int) -> Talk:
    return Talk(
        apprentice_id=apprentice_id,
        held_on=draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1))),
        advisor=draw(st.sampled_from(["", "Team INA", " C. Lawrence "]) | texts),
        notes=draw(st.text(_TEXT, max_size=200)),
        next_steps=tuple(draw(st.lists(steps, max_size=4))),
        chosen_cities=tuple(
            draw(st.lists(st.sampled_from(["amiens", "leeds", "xian"]), max_size=3, unique=True))
        ),
        ranking_snapshot=draw(st.none() | st.fixed_dictionaries({"score": st.integers(0, 100)})),
    )


_template: dict[str, Path] = {}


def template_database() -> Path:
    """One migrated database, copied for every example (migrating each time is slow)."""
    if "path" not in _template:
        path = Path(tempfile.mkdtemp(prefix="partnerdesk-stateful-")) / "template.sqlite3"
        engine, _ = open_database(path)
        engine.dispose()
        _template["path"] = path
    return _template["path"]


class RepositoryMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="partnerdesk-sm-"))
        self.db = self.folder / "partnerdesk.sqlite3"
        shutil.copyfile(template_database(), self.db)
        self.engine, sessions = open_database(self.db)
        self.repo = ApprenticeRepository(sessions)
        self.people: dict[int, Apprentice] = {}
        self.talks: dict[int, Talk] = {}

    def teardown(self) -> None:
        self.engine.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- rules --------------------------------------------------------------------------

    @rule(person=apprentices())
    def create(self, person: Apprentice) -> None:
        new_id = self.repo.save(person)
        assert new_id not in self.people
        self.people[new_id] = dataclasses.replace(person.validated(), id=new_id)

    @precondition(lambda self: self.people)
    @rule(data=st.data(), person=apprentices())
    def edit(self, data: st.DataObject, person: Apprentice) -> None:
        aid = data.draw(st.sampled_from(sorted(self.people)))
        record = dataclasses.replace(person, id=aid)
        assert self.repo.save(record) == aid
        self.people[aid] = record.validated()

    @precondition(lambda self: self.people)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        aid = data.draw(st.sampled_from(sorted(self.people)))
        self.repo.delete(aid)
        self._forget(aid)

    @precondition(lambda self: self.people)
    @rule(data=st.data())
    def erase(self, data: st.DataObject) -> None:
        """Deletion on request: afterwards no row anywhere refers to the person."""
        aid = data.draw(st.sampled_from(sorted(self.people)))
        talk_ids = [t for t, talk in self.talks.items() if talk.apprentice_id == aid]
        self.repo.delete(aid)
        self._forget(aid)
        with pytest.raises(NotFound):
            self.repo.export_all(aid)
        connection = sqlite3.connect(self.db)
        try:
            for table, column in (
                ("apprentice", "id"),
                ("assessment", "apprentice_id"),
                ("counselling_session", "apprentice_id"),
                ("handover", "apprentice_id"),
            ):
                count = connection.execute(
                    f"SELECT count(*) FROM {table} WHERE {column} = ?", (aid,)
                ).fetchone()[0]
                assert count == 0, table
            marks = ",".join("?" * len(talk_ids))
            left = (
                connection.execute(
                    f"SELECT count(*) FROM next_step WHERE session_id IN ({marks})", talk_ids
                ).fetchone()[0]
                if talk_ids
                else 0
            )
            assert left == 0
        finally:
            connection.close()

    @precondition(lambda self: self.people)
    @rule(data=st.data())
    def add_talk(self, data: st.DataObject) -> None:
        aid = data.draw(st.sampled_from(sorted(self.people)))
        talk = data.draw(talks(aid))
        tid = self.repo.save_talk(talk)
        assert tid not in self.talks
        self.talks[tid] = self._expected_talk(talk, tid)

    @precondition(lambda self: self.talks)
    @rule(data=st.data())
    def edit_talk(self, data: st.DataObject) -> None:
        tid = data.draw(st.sampled_from(sorted(self.talks)))
        talk = dataclasses.replace(data.draw(talks(self.talks[tid].apprentice_id)), id=tid)
        assert self.repo.save_talk(talk) == tid
        self.talks[tid] = self._expected_talk(talk, tid)

    @precondition(lambda self: self.talks)
    @rule(data=st.data())
    def delete_talk(self, data: st.DataObject) -> None:
        tid = data.draw(st.sampled_from(sorted(self.talks)))
        self.repo.delete_talk(tid)
        del self.talks[tid]

    @precondition(lambda self: self.people)
    @rule(data=st.data())
    def export(self, data: st.DataObject) -> None:
        aid = data.draw(st.sampled_from(sorted(self.people)))
        exported = self.repo.export_all(aid)
        person = self.people[aid]
        assert exported["apprentice"] == {
            "id": aid,
            "display_name": person.display_name,
            "occupation": person.occupation,
            "training_year": person.training_year,
            "consent_date": person.consent_date.isoformat() if person.consent_date else None,
            "deletion_date": person.deletion_date.isoformat() if person.deletion_date else None,
        }
        expected = {tid: t for tid, t in self.talks.items() if t.apprentice_id == aid}
        got = {t["id"]: t for t in exported["talks"]}
        assert set(got) == set(expected)
        for tid, talk in expected.items():
            assert got[tid]["notes"] == talk.notes
            assert got[tid]["advisor"] == talk.advisor
            assert [s["text"] for s in got[tid]["next_steps"]] == [s.text for s in talk.next_steps]

    @rule()
    def reopen(self) -> None:
        self.engine.dispose()
        self.engine, sessions = open_database(self.db)
        self.repo = ApprenticeRepository(sessions)

    # --- the model ----------------------------------------------------------------------

    def _forget(self, aid: int) -> None:
        del self.people[aid]
        for tid in [t for t, talk in self.talks.items() if talk.apprentice_id == aid]:
            del self.talks[tid]

    @staticmethod
    def _expected_talk(talk: Talk, tid: int) -> Talk:
        return dataclasses.replace(talk, id=tid, advisor=talk.advisor.strip())

    @invariant()
    def database_matches_model(self) -> None:
        summaries = {s.id: s for s in self.repo.find()}
        assert set(summaries) == set(self.people)
        for aid, person in self.people.items():
            # The model knows no version counters (a test of its own covers them).
            assert dataclasses.replace(self.repo.get(aid), version=None) == person
            own = {tid: t for tid, t in self.talks.items() if t.apprentice_id == aid}
            assert summaries[aid].talk_count == len(own)
            assert summaries[aid].last_talk == max((t.held_on for t in own.values()), default=None)
            assert {t.id for t in self.repo.talks(aid)} == set(own)
        for tid, talk in self.talks.items():
            assert dataclasses.replace(self.repo.talk(tid), version=None) == talk


RepositoryMachine.TestCase.settings = settings(
    max_examples=500 if FULL else 30,
    stateful_step_count=50 if FULL else 20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestRepositoryMachine = RepositoryMachine.TestCase
