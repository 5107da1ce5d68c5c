"""What the "Beratung" page decides, without widgets: which apprentice and talk are open,
what is unsaved, what a save writes and what a new talk starts with.

The view (``counselling_view``) lays out widgets and turns the outcomes into messages; this
class holds the repository, the current apprentice, the stored self-assessment and the talk
as it was loaded. It imports neither Qt nor SQLAlchemy directly, so tests drive a whole talk
(select, change the profile, save, reopen) by calling methods.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from partnerdesk.core.counselling import (
    Apprentice,
    ApprenticeSummary,
    RecordError,
    Talk,
    TalkSummary,
    profile_to_dict,
)
from partnerdesk.core.domain import City, Profile
from partnerdesk.core.matching import Matcher, Ranking, ranking_to_json
from partnerdesk.store.conflicts import EditConflict

LIST_LIMIT = 300  # more than a screenful; beyond it the search narrows the list


class Repository(Protocol):
    """The part of ``store.apprentices.ApprenticeRepository`` the page uses."""

    def find(self, query: str = "", *, limit: int | None = None) -> list[ApprenticeSummary]: ...
    def get(self, apprentice_id: int) -> Apprentice: ...
    def profile(self, apprentice_id: int) -> Profile | None: ...
    def save_profile(self, apprentice_id: int, profile: Profile) -> None: ...
    def talks(self, apprentice_id: int) -> list[TalkSummary]: ...
    def talk(self, talk_id: int) -> Talk: ...
    def save_talk(self, talk: Talk, *, editor: str = "") -> int: ...


@dataclass(frozen=True, slots=True)
class ListState:
    shown: list[ApprenticeSummary]
    more: bool  # more than LIST_LIMIT matched


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """``ok``; else ``error`` is a RecordError (the user can fix it), a not-found error (the
    record went away) or another exception (storage)."""

    ok: bool
    talk: Talk | None = None
    error: BaseException | None = None
    talk_saved: bool = False
    conflict: EditConflict | None = None  # another advisor saved the talk meanwhile

    @property
    def problem(self) -> str:
        """What went wrong, for the message: "" (nothing), "conflict", "invalid" (the input
        breaks a rule), "gone" (deleted meanwhile) or "storage"."""
        if self.conflict is not None and self.talk is not None:
            return "conflict"
        if self.ok or self.error is None:
            return ""
        if isinstance(self.error, RecordError):
            return "invalid"
        return "gone" if is_not_found(self.error) else "storage"


@dataclass(frozen=True, slots=True)
class Reread:
    """What re-reading the store means for the open talk (``CounsellingController.reread``)."""

    talk: Talk | None = None  # the talk as stored now; None: leave the form as it is
    changed: bool = False  # another advisor saved it since it was shown: load it
    gone: bool = False  # the talk (or the apprentice) was deleted: open the apprentice again


def is_not_found(exc: BaseException) -> bool:
    # store.apprentices.NotFound; by name, so this module needs no store import.
    return type(exc).__name__ == "NotFound"


class CounsellingController:
    def __init__(
        self,
        repo: Repository,
        cities: Sequence[City],
        *,
        advisor: str = "",
        retention_days: int = 730,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.repo = repo
        self.advisor = advisor
        self.retention_days = retention_days
        self._today = today
        self.cities = list(cities)
        self._matcher = Matcher(self.cities)
        self.current: Apprentice | None = None
        self.saved_profile: Profile | None = None
        self.talk: Talk = Talk(apprentice_id=0, held_on=today())

    # --- cities and ranking ----------------------------------------------------------------
    def set_cities(self, cities: Sequence[City]) -> None:
        self.cities = list(cities)
        self._matcher = Matcher(self.cities)

    def rank(self, profile: Profile) -> Ranking:
        return self._matcher.rank(profile)

    def snapshot(self, profile: Profile, lang: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """The ranking as stored with a talk, and the profile it came from."""
        return ranking_to_json(self.rank(profile), lang), profile_to_dict(profile)

    # --- apprentices -----------------------------------------------------------------------
    def find(self, query: str) -> ListState:
        found = self.repo.find(query, limit=LIST_LIMIT + 1)
        return ListState(found[:LIST_LIMIT], len(found) > LIST_LIMIT)

    def select(self, apprentice_id: int | None) -> bool:
        """Open *apprentice_id* (None: nobody). False if that record no longer exists."""
        self.current = None
        self.saved_profile = None
        if apprentice_id is None:
            self.talk = Talk(apprentice_id=0, held_on=self._today())
            return True
        try:
            self.current = self.repo.get(apprentice_id)
        except Exception as exc:
            if is_not_found(exc):
                return False
            raise
        self.saved_profile = self.repo.profile(apprentice_id)
        return True

    def refresh_current(self) -> None:
        if self.current is not None and self.current.id is not None:
            self.current = self.repo.get(self.current.id)

    def profile(self) -> Profile:
        """The stored self-assessment, or the neutral one for someone without."""
        return self.saved_profile or Profile()

    def profile_dirty(self, profile: Profile) -> bool:
        return self.current is not None and profile != self.profile()

    def is_dirty(self, profile: Profile, *, talk_dirty: bool) -> bool:
        """Unsaved input on the page: the talk's form or the self-assessment."""
        return self.current is not None and (talk_dirty or self.profile_dirty(profile))

    def take_handover(self, taken: Profile | None) -> Profile:
        """A kiosk self-assessment was taken over (and stored by the handover): it is the
        stored assessment now; the store's copy wins over the dialog's."""
        assert self.current is not None and self.current.id is not None
        self.saved_profile = self.repo.profile(self.current.id) or taken or Profile()
        return self.saved_profile

    # --- talks -----------------------------------------------------------------------------
    def talks(self) -> list[TalkSummary]:
        if self.current is None or self.current.id is None:
            return []
        return self.repo.talks(self.current.id)

    def open_talk(self, talk_id: int) -> Talk:
        self.talk = self.repo.talk(talk_id)
        return self.talk

    def new_talk(self, profile: Profile, lang: str) -> Talk:
        """A talk held today, by this advisor (or whoever held the last one), whose ranking
        follows *profile* until it is saved."""
        assert self.current is not None and self.current.id is not None
        advisor = self.advisor
        earlier = self.talks()
        if not advisor and earlier:
            advisor = self.repo.talk(earlier[0].id).advisor
        ranking, snapshot = self.snapshot(profile, lang)
        self.talk = Talk(
            apprentice_id=self.current.id,
            held_on=self._today(),
            advisor=advisor,
            ranking_snapshot=ranking,
            profile_snapshot=snapshot,
        )
        return self.talk

    def reread(self, shown: Talk, *, dirty: bool) -> Reread:
        """Other advisors' changes to the open talk (team mode). With unsaved input nothing
        is reloaded: the next save meets the conflict dialog instead."""
        if self.current is None or self.current.id is None or dirty or shown.id is None:
            return Reread()
        try:
            stored = self.open_talk(shown.id)
        except Exception as exc:
            if not is_not_found(exc):
                raise
            return Reread(gone=True)
        return Reread(talk=stored, changed=stored.version != shown.version)

    def export_items(self, *, only_current: bool) -> list[tuple[int, int]]:
        """(apprentice id, talk id) of every stored talk to export: the current apprentice's,
        or everyone's."""
        current = self.current
        if only_current and current is not None:
            ids = [current.id]
        else:
            ids = [a.id for a in self.repo.find()]
        return [(a, t.id) for a in ids if a is not None for t in self.repo.talks(a)]

    def load_item(self, apprentice_id: int, talk_id: int) -> tuple[Apprentice, Talk]:
        return self.repo.get(apprentice_id), self.repo.talk(talk_id)

    def reload_talk(self, edited: Talk) -> Talk:
        """The talk as stored (to discard edits); an unsaved one starts empty again."""
        if edited.id is not None:
            try:
                self.talk = self.repo.talk(edited.id)
                return self.talk
            except Exception as exc:
                if not is_not_found(exc):
                    raise
        self.talk = Talk(
            apprentice_id=edited.apprentice_id,
            held_on=self._today(),
            advisor=edited.advisor,
            ranking_snapshot=edited.ranking_snapshot,
            profile_snapshot=edited.profile_snapshot,
        )
        return self.talk

    # --- saving ----------------------------------------------------------------------------
    def save(
        self, profile: Profile, edited: Talk, *, talk_dirty: bool, force_talk: bool, lang: str
    ) -> SaveOutcome:
        """Store the self-assessment if changed, and the talk if edited (or, with
        *force_talk*, a new one). Nothing raises: the outcome says what happened."""
        if self.current is None or self.current.id is None:
            return SaveOutcome(ok=True)
        try:
            if self.profile_dirty(profile) or self.saved_profile is None:
                self.repo.save_profile(self.current.id, profile)
                self.saved_profile = profile
            if talk_dirty or (force_talk and edited.id is None):
                if edited.ranking_snapshot is None:
                    ranking, snapshot = self.snapshot(profile, lang)
                    edited = dataclasses.replace(
                        edited, ranking_snapshot=ranking, profile_snapshot=snapshot
                    )
                try:
                    talk_id = self.repo.save_talk(edited, editor=self.advisor or edited.advisor)
                except EditConflict as conflict:
                    return SaveOutcome(ok=False, talk=edited, conflict=conflict)
                self.talk = self.repo.talk(talk_id)
                return SaveOutcome(ok=True, talk=self.talk, talk_saved=True)
        except Exception as exc:
            return SaveOutcome(ok=False, error=exc)
        return SaveOutcome(ok=True, talk=self.talk)

    def resolve_conflict(self, mine: Talk, save_copy: bool) -> Talk:
        """After an edit conflict: the stored version (reload), or *mine* as a new talk."""
        if save_copy:
            talk_id = self.repo.save_talk(
                dataclasses.replace(mine, id=None, version=None),
                editor=self.advisor or mine.advisor,
            )
        else:
            assert mine.id is not None  # a conflict is only raised for a stored talk
            talk_id = mine.id
        self.talk = self.repo.talk(talk_id)
        return self.talk


def record_error_parts(exc: RecordError) -> tuple[str, int | None, str]:
    """(field, step number from 1 or None, detail) of a validation error, for the message."""
    field, _, detail = str(exc).partition(":")
    if field.startswith("next_steps["):
        number = int(field.split("[", 1)[1].split("]", 1)[0]) + 1
        return "next_steps" + field.split("]", 1)[1], number, detail.strip()
    return field, None, detail.strip()
