"""Apprentices, self-assessments and talks: round trips, cascades, search, Auskunft."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from partnerdesk.core.counselling import Apprentice, NextStep, RecordError, Talk
from partnerdesk.core.domain import Profile
from partnerdesk.store import models as m
from partnerdesk.store.apprentices import ApprenticeRepository, NotFound

pytestmark = pytest.mark.both_dialects  # also on PostgreSQL when configured


@pytest.fixture
def repo(database) -> ApprenticeRepository:
    return ApprenticeRepository(database[1])


def make(repo: ApprenticeRepository, name: str = "Ayşe Yılmaz", **kw) -> int:
    return repo.save(
        Apprentice(
            display_name=name,
            occupation="Verwaltungsfachangestellte",
            training_year=2,
            consent_date=date(2026, 11, 2),
            deletion_date=date(2028, 11, 2),
            **kw,
        )
    )


def test_apprentice_round_trip_and_update(repo):
    aid = make(repo)
    person = repo.get(aid)
    assert person.display_name == "Ayşe Yılmaz"
    assert person.training_year == 2
    repo.save(Apprentice(id=aid, display_name="  Ayşe Yılmaz-Demir ", occupation="x"))
    assert repo.get(aid).display_name == "Ayşe Yılmaz-Demir"
    assert repo.get(aid).consent_date is None


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Apprentice(display_name="   "), "display_name"),
        (Apprentice(display_name="A", training_year=7), "training_year"),
        (Apprentice(display_name="A\x00B"), "display_name"),
        (
            Apprentice(
                display_name="A", consent_date=date(2026, 5, 1), deletion_date=date(2026, 1, 1)
            ),
            "deletion_date",
        ),
    ],
)
def test_bad_apprentice_is_refused_and_nothing_saved(repo, record, field):
    with pytest.raises(RecordError, match=field):
        repo.save(record)
    assert repo.find() == []


def test_search_is_case_and_accent_insensitive(repo):
    make(repo, "José Müller")
    make(repo, "Olena Kovalenko")
    assert [a.display_name for a in repo.find("jose")] == ["José Müller"]
    assert [a.display_name for a in repo.find("MULLER")] == ["José Müller"]
    assert [a.display_name for a in repo.find("verwaltung")] == ["José Müller", "Olena Kovalenko"]
    assert repo.find("zzz") == []


def test_profile_saved_per_apprentice(repo):
    aid = make(repo)
    assert repo.profile(aid) is None
    profile = Profile(
        interests={"kultur": 3}, languages={"de": "native", "tr": "C1"}, weeks=6, start=(2028, 3)
    )
    repo.save_profile(aid, profile)
    repo.save_profile(aid, profile)  # saving again updates, not duplicates
    assert repo.profile(aid) == profile  # the planned start included


def test_talk_round_trip_with_steps_and_snapshot(repo):
    aid = make(repo)
    talk = Talk(
        apprentice_id=aid,
        held_on=date(2026, 11, 20),
        advisor="C. Lawrence",
        notes="<b>nicht fett</b>\nZeile 2",
        next_steps=(
            NextStep("Seminar anmelden", "fit_fuer_europa", "Azubi", date(2026, 12, 1)),
            NextStep("Gastfamilie klären", None, "Team INA", None, True),
        ),
        chosen_cities=("amiens", "leeds"),
        ranking_snapshot={"ranking": [{"city": "amiens", "score": 97.6}]},
        profile_snapshot={"weeks": 4},
    )
    tid = repo.save_talk(talk)
    loaded = repo.talk(tid)
    assert loaded == Talk(
        **{**{f: getattr(talk, f) for f in talk.__slots__}, "id": tid, "version": 1}
    )
    summary = repo.talks(aid)[0]
    assert (summary.id, summary.open_steps, summary.advisor) == (tid, 1, "C. Lawrence")
    # editing replaces the steps
    repo.save_talk(
        Talk(
            apprentice_id=aid,
            held_on=date(2026, 11, 21),
            id=tid,
            next_steps=(NextStep("Nur noch dies"),),
        )
    )
    assert [s.text for s in repo.talk(tid).next_steps] == ["Nur noch dies"]


def test_bad_talk_refused_nothing_saved(repo):
    aid = make(repo)
    with pytest.raises(RecordError, match=r"next_steps\[0\]\.text"):
        repo.save_talk(
            Talk(apprentice_id=aid, held_on=date(2026, 1, 1), next_steps=(NextStep("  "),))
        )
    assert repo.talks(aid) == []


def test_delete_removes_every_row(repo, database):
    aid = make(repo)
    repo.save_profile(aid, Profile())
    repo.save_talk(Talk(apprentice_id=aid, held_on=date(2026, 1, 1), next_steps=(NextStep("a"),)))
    other = make(repo, "Bleibt")
    repo.save_talk(Talk(apprentice_id=other, held_on=date(2026, 1, 1)))
    repo.delete(aid)
    with pytest.raises(NotFound):
        repo.get(aid)
    with database[1]() as session:
        counts = {
            t: session.scalar(select(func.count()).select_from(t))
            for t in (m.Apprentice, m.Assessment, m.CounsellingSession, m.NextStep)
        }
    assert counts == {m.Apprentice: 1, m.Assessment: 0, m.CounsellingSession: 1, m.NextStep: 0}


def test_due_for_deletion(repo):
    make(
        repo,
        "Alt",
    )
    repo.save(Apprentice(display_name="Neu", deletion_date=date(2030, 1, 1)))
    due = repo.due_for_deletion(date(2028, 11, 2))
    assert [a.display_name for a in due] == ["Alt"]


def test_export_all_contains_everything(repo):
    aid = make(repo)
    repo.save_profile(aid, Profile(interests={"sport": 2}))
    repo.save_talk(
        Talk(
            apprentice_id=aid, held_on=date(2026, 1, 1), notes="Notiz", next_steps=(NextStep("a"),)
        )
    )
    data = repo.export_all(aid)
    assert data["apprentice"]["display_name"] == "Ayşe Yılmaz"
    assert data["self_assessment"]["interests"] == {"sport": 2}
    assert data["talks"][0]["notes"] == "Notiz"
    assert data["talks"][0]["next_steps"][0]["text"] == "a"
