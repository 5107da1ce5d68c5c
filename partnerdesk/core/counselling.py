"""Counselling records as plain domain types: apprentices, talks, next steps.

The store maps them to and from the database; the UI edits them; the PDF record reads them.
Personal data is deliberately minimal: a display name, the training occupation and year, the
consent date and the deletion date — nothing else (GDPR data minimisation).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from partnerdesk.core.domain import DEFAULT_WEIGHTS, Profile, default_start

DEFAULT_RETENTION_DAYS = 365 * 2
# Kiosk handovers: how long a consented result waits for the advisor (DESIGN: "expires after
# a set number of days"). Here, not in the store, so settings screens need no SQLAlchemy.
HANDOVER_DEFAULT_DAYS = 14
HANDOVER_MAX_DAYS = 90
MAX_NAME = 200
MAX_TEXT = 100_000


class RecordError(ValueError):
    """A record value the user must correct; the message names the field and the value.

    ``code`` says which rule, so a view can word its own message without reading this
    one's English text (e.g. ``step_text_missing``); empty where no view needs that.
    """

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Apprentice:
    display_name: str
    occupation: str = ""
    training_year: int | None = None
    consent_date: date | None = None
    deletion_date: date | None = None
    id: int | None = None
    # The version loaded from the store; saving a stale version is an edit conflict.
    version: int | None = None

    def validated(self) -> Apprentice:
        name = self.display_name.strip()
        if not name:
            raise RecordError("display_name: a name is required", "required")
        if len(name) > MAX_NAME:
            raise RecordError(f"display_name: at most {MAX_NAME} characters, got {len(name)}")
        if len(self.occupation) > MAX_NAME:
            raise RecordError(f"occupation: at most {MAX_NAME} characters")
        if self.training_year is not None and not 1 <= self.training_year <= 4:
            raise RecordError(f"training_year: expected 1-4, got {self.training_year!r}")
        if self.consent_date and self.deletion_date and self.deletion_date < self.consent_date:
            raise RecordError(
                f"deletion_date: {self.deletion_date.isoformat()} is before the consent date "
                f"{self.consent_date.isoformat()}"
            )
        _no_nul("display_name", name)
        _no_nul("occupation", self.occupation)
        return dataclasses.replace(self, display_name=name, occupation=self.occupation.strip())


def default_deletion_date(consent: date, retention_days: int = DEFAULT_RETENTION_DAYS) -> date:
    return consent + timedelta(days=retention_days)


@dataclass(frozen=True, slots=True)
class ApprenticeSummary:
    id: int
    display_name: str
    occupation: str
    training_year: int | None
    deletion_date: date | None
    last_talk: date | None
    talk_count: int


@dataclass(frozen=True, slots=True)
class NextStep:
    text: str
    offer_key: str | None = None  # vocab.OFFERS key for a Team INA offer, None for free items
    owner: str = ""
    due_date: date | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class Talk:
    """One counselling talk. The ranking snapshot freezes the result as it was at the talk."""

    apprentice_id: int
    held_on: date
    advisor: str = ""
    notes: str = ""
    next_steps: tuple[NextStep, ...] = ()
    chosen_cities: tuple[str, ...] = ()
    ranking_snapshot: dict[str, Any] | None = None
    profile_snapshot: dict[str, Any] | None = None
    id: int | None = None
    version: int | None = None  # as for Apprentice

    def validated(self) -> Talk:
        if len(self.notes) > MAX_TEXT:
            raise RecordError(f"notes: at most {MAX_TEXT} characters, got {len(self.notes)}")
        _no_nul("notes", self.notes)
        _no_nul("advisor", self.advisor)
        for i, step in enumerate(self.next_steps):
            if not step.text.strip():
                raise RecordError(f"next_steps[{i}].text: a step needs a text", "step_text_missing")
            _no_nul(f"next_steps[{i}].text", step.text)
            _no_nul(f"next_steps[{i}].owner", step.owner)
        return self


@dataclass(frozen=True, slots=True)
class TalkSummary:
    id: int
    held_on: date
    advisor: str
    open_steps: int
    chosen_cities: tuple[str, ...] = field(default_factory=tuple)


def _no_nul(name: str, value: str) -> None:
    # SQLite stores NUL, but many tools cut text at it; a NUL in a note is never intended.
    if "\x00" in value:
        raise RecordError(f"{name}: contains a NUL character (U+0000)", "nul")


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    return {
        "interests": dict(profile.interests),
        "languages": dict(profile.languages),
        "weeks": profile.weeks,
        "abroad_only": profile.abroad_only,
        "independence": profile.independence,
        "structure_importance": profile.structure_importance,
        "weights": dict(profile.weights),
        "start_year": profile.start[0],
        "start_month": profile.start[1],
    }


def profile_from_dict(data: dict[str, Any]) -> Profile:
    return Profile(
        interests={str(k): int(v) for k, v in data.get("interests", {}).items()},
        languages={str(k): str(v) for k, v in data.get("languages", {"de": "native"}).items()},
        weeks=int(data.get("weeks", 4)),
        abroad_only=bool(data.get("abroad_only", False)),
        independence=int(data.get("independence", 3)),
        structure_importance=int(data.get("structure_importance", 1)),
        weights={str(k): float(v) for k, v in data.get("weights", DEFAULT_WEIGHTS).items()},
        start=_start(data.get("start_year"), data.get("start_month")),
    )


def _start(year: object, month: object) -> tuple[int, int]:
    """The stored planned start; none stored (older data) or unusable: the default start."""
    if isinstance(year, int) and isinstance(month, int) and 1 <= month <= 12 and year > 0:
        return (year, month)
    return default_start()
