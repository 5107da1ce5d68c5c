"""The counselling page's decisions, driven without a single widget."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from partnerdesk.core.counselling import Apprentice, NextStep, RecordError
from partnerdesk.core.domain import Profile
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.ui.views.counselling_controller import (
    CounsellingController,
    is_not_found,
    record_error_parts,
)

TODAY = date(2026, 11, 30)


@pytest.fixture
def controller(tmp_path):
    store = open_app_store(tmp_path / "db.sqlite3")
    repo = ApprenticeRepository(store.sessions)
    yield CounsellingController(
        repo, store.cities.cities(), advisor="Frau Weber", today=lambda: TODAY
    )
    store.close()


def test_a_talk_from_selection_to_reopening(controller):
    repo = controller.repo
    aid = repo.save(Apprentice(display_name="Jana"))
    assert controller.find("").shown[0].id == aid
    assert controller.select(aid)
    assert controller.profile() == Profile()  # nothing stored yet
    profile = Profile(interests={"kultur": 3})
    assert controller.profile_dirty(profile)
    talk = controller.new_talk(profile, "de")
    assert talk.held_on == TODAY and talk.advisor == "Frau Weber"
    assert talk.ranking_snapshot["ranking"][0]["city"]
    edited = dataclasses.replace(
        talk, notes="Notiz", next_steps=(NextStep("Sprachkurs", due_date=date(2027, 1, 15)),)
    )
    outcome = controller.save(profile, edited, talk_dirty=True, force_talk=False, lang="de")
    assert outcome.ok and outcome.talk_saved and outcome.talk.id is not None
    assert not controller.profile_dirty(profile)
    assert repo.profile(aid) == profile
    # Reopened later: the same talk, the same profile.
    again = CounsellingController(repo, [], today=lambda: TODAY)
    assert again.select(aid)
    assert again.profile() == profile
    assert [t.id for t in again.talks()] == [outcome.talk.id]
    assert again.open_talk(outcome.talk.id).next_steps[0].due_date == date(2027, 1, 15)
    # Without an advisor name of its own, a new talk takes the last talk's advisor.
    assert again.new_talk(profile, "en").advisor == "Frau Weber"


def test_bad_input_is_an_outcome_not_an_exception(controller):
    aid = controller.repo.save(Apprentice(display_name="Jana"))
    controller.select(aid)
    talk = controller.new_talk(Profile(), "de")
    broken = dataclasses.replace(talk, next_steps=(NextStep("  "),))
    outcome = controller.save(Profile(), broken, talk_dirty=True, force_talk=False, lang="de")
    assert not outcome.ok and isinstance(outcome.error, RecordError)
    assert record_error_parts(outcome.error) == ("next_steps.text", 1, "a step needs a text")
    assert outcome.error.code == "step_text_missing"  # the view words its message by code
    controller.repo.delete(aid)
    gone = controller.save(
        Profile(interests={"sport": 1}), talk, talk_dirty=True, force_talk=False, lang="de"
    )
    assert not gone.ok and is_not_found(gone.error)
    assert not controller.select(aid)


def test_discarding_an_unsaved_talk_starts_it_afresh(controller):
    aid = controller.repo.save(Apprentice(display_name="Jana"))
    controller.select(aid)
    talk = controller.new_talk(Profile(), "de")
    edited = dataclasses.replace(talk, notes="nicht gespeichert")
    fresh = controller.reload_talk(edited)
    assert fresh.notes == "" and fresh.id is None
    assert fresh.ranking_snapshot == talk.ranking_snapshot
