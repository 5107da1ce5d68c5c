"""The counselling page's decisions, driven without a single widget."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from partnerdesk.core.counselling import Apprentice, NextStep, RecordError, Talk
from partnerdesk.core.domain import Profile
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.ui.views.counselling_controller import (
    CounsellingController,
    Reread,
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


def _saved_talk(controller, notes="Notiz"):
    aid = controller.repo.save(Apprentice(display_name="Jana"))
    controller.select(aid)
    talk = dataclasses.replace(controller.new_talk(Profile(), "de"), notes=notes)
    outcome = controller.save(Profile(), talk, talk_dirty=True, force_talk=False, lang="de")
    assert outcome.ok and outcome.talk_saved
    return aid, outcome.talk


def test_a_failed_save_names_its_problem(controller):
    aid, talk = _saved_talk(controller)
    assert (
        controller.save(Profile(), talk, talk_dirty=False, force_talk=False, lang="de").problem
        == ""
    )
    broken = dataclasses.replace(talk, next_steps=(NextStep("  "),))
    invalid = controller.save(Profile(), broken, talk_dirty=True, force_talk=False, lang="de")
    assert invalid.problem == "invalid"
    # Another advisor saved the talk meanwhile: a conflict, never an overwrite.
    other = CounsellingController(controller.repo, [], advisor="Herr Kaya", today=lambda: TODAY)
    other.select(aid)
    theirs = dataclasses.replace(other.open_talk(talk.id), notes="Ihre Fassung")
    assert other.save(Profile(), theirs, talk_dirty=True, force_talk=False, lang="de").ok
    mine = dataclasses.replace(talk, notes="Meine Fassung")
    conflict = controller.save(Profile(), mine, talk_dirty=True, force_talk=False, lang="de")
    assert conflict.problem == "conflict" and conflict.talk == mine
    assert controller.repo.talk(talk.id).notes == "Ihre Fassung"
    controller.repo.delete(aid)
    gone = controller.save(
        Profile(interests={"sport": 1}), talk, talk_dirty=True, force_talk=False, lang="de"
    )
    assert gone.problem == "gone"


def test_a_storage_fault_is_told_apart(controller):
    class Broken:
        def __getattr__(self, name):
            return getattr(controller.repo, name)

        def save_profile(self, apprentice_id, profile):
            raise OSError("disk full")

    aid = controller.repo.save(Apprentice(display_name="Jana"))
    broken = CounsellingController(Broken(), [], today=lambda: TODAY)
    broken.select(aid)
    outcome = broken.save(
        Profile(interests={"sport": 1}),
        Talk(aid, TODAY),
        talk_dirty=False,
        force_talk=False,
        lang="de",
    )
    assert outcome.problem == "storage" and isinstance(outcome.error, OSError)


def test_unsaved_input_is_the_talk_or_the_assessment(controller):
    assert not controller.is_dirty(Profile(interests={"sport": 1}), talk_dirty=True)  # nobody open
    controller.select(controller.repo.save(Apprentice(display_name="Jana")))
    assert not controller.is_dirty(Profile(), talk_dirty=False)
    assert controller.is_dirty(Profile(), talk_dirty=True)
    assert controller.is_dirty(Profile(interests={"sport": 1}), talk_dirty=False)


def test_reread_follows_other_advisors_but_keeps_unsaved_input(controller):
    aid, talk = _saved_talk(controller)
    assert controller.reread(talk, dirty=False) == Reread(talk=talk, changed=False)
    other = CounsellingController(controller.repo, [], advisor="Herr Kaya", today=lambda: TODAY)
    other.select(aid)
    theirs = dataclasses.replace(other.open_talk(talk.id), notes="Ihre Fassung")
    assert other.save(Profile(), theirs, talk_dirty=True, force_talk=False, lang="de").ok
    assert controller.reread(talk, dirty=True) == Reread()  # the conflict dialog decides later
    fresh = controller.reread(talk, dirty=False)
    assert fresh.changed and fresh.talk.notes == "Ihre Fassung"
    unsaved = dataclasses.replace(talk, id=None, version=None)
    assert controller.reread(unsaved, dirty=False) == Reread()
    controller.repo.delete_talk(talk.id)
    assert controller.reread(fresh.talk, dirty=False) == Reread(gone=True)


def test_a_handover_becomes_the_stored_assessment(controller):
    aid = controller.repo.save(Apprentice(display_name="Jana"))
    controller.select(aid)
    taken = Profile(interests={"kultur": 2})
    assert controller.take_handover(taken) == taken  # the dialog's copy when none is stored
    assert controller.take_handover(None) == Profile()
    stored = Profile(interests={"sport": 3})
    controller.repo.save_profile(aid, stored)
    assert controller.take_handover(taken) == stored  # the store's copy wins
    assert controller.profile() == stored and not controller.profile_dirty(stored)


def test_export_items_are_every_stored_talk_or_the_current_ones(controller):
    first, talk = _saved_talk(controller, "Erste")
    second, other = _saved_talk(controller, "Zweite")
    assert controller.export_items(only_current=True) == [(second, other.id)]
    assert sorted(controller.export_items(only_current=False)) == sorted(
        [(first, talk.id), (second, other.id)]
    )
    apprentice, loaded = controller.load_item(first, talk.id)
    assert apprentice.display_name == "Jana" and loaded.notes == "Erste"
    controller.select(None)
    assert len(controller.export_items(only_current=True)) == 2  # nobody open: everyone
