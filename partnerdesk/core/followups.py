"""Wiedervorlage: every open next step across all apprentices, sorted by when it is due.

The store reads the open steps (``ApprenticeRepository.open_steps``); this module decides what
is overdue, due soon or later, filters by advisor and date and turns the list into JSON. It
knows nothing of Qt or SQL, so the view, the CLI and the calendar export agree by
construction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any


class Urgency(Enum):
    """How pressing an open step is on a given day; the order is the display order."""

    OVERDUE = 0
    TODAY = 1
    WEEK = 2  # within the next seven days
    LATER = 3
    UNDATED = 4


@dataclass(frozen=True, slots=True)
class FollowUp:
    """One open next step of one talk, with what is needed to show it and open its talk."""

    apprentice_id: int
    apprentice_name: str
    talk_id: int
    held_on: date
    advisor: str  # who held the talk ("" when not recorded)
    position: int  # the step's place in its talk; with talk_id its stable identity
    text: str
    owner: str = ""
    due_date: date | None = None
    offer_key: str | None = None
    modified: datetime | None = None  # when the talk was last saved (UTC), if known

    @property
    def key(self) -> str:
        """Stable identity of the step: the same talk and place give the same key on every
        export, so a calendar updates the event instead of adding a second one."""
        return f"talk{self.talk_id}-step{self.position}"

    def urgency(self, today: date) -> Urgency:
        if self.due_date is None:
            return Urgency.UNDATED
        if self.due_date < today:
            return Urgency.OVERDUE
        if self.due_date == today:
            return Urgency.TODAY
        if self.due_date <= today + timedelta(days=7):
            return Urgency.WEEK
        return Urgency.LATER


def sort_key(item: FollowUp) -> tuple[int, date, str, int, int]:
    """Dated steps first, earliest first; undated ones after them, oldest talk first."""
    return (
        item.due_date is None,
        item.due_date or item.held_on,
        item.apprentice_name.casefold(),
        item.talk_id,
        item.position,
    )


def select(
    items: Iterable[FollowUp], *, advisor: str | None = None, due_before: date | None = None
) -> list[FollowUp]:
    """The steps of *advisor*'s talks (case-insensitive; ``None``: everyone) that are due
    before *due_before* (exclusive; undated steps then drop out), in display order."""
    wanted = advisor.strip().casefold() if advisor is not None else None
    chosen = [
        item
        for item in items
        if (wanted is None or item.advisor.strip().casefold() == wanted)
        and (due_before is None or (item.due_date is not None and item.due_date < due_before))
    ]
    return sorted(chosen, key=sort_key)


def overdue_count(items: Iterable[FollowUp], today: date) -> int:
    return sum(1 for item in items if item.urgency(today) is Urgency.OVERDUE)


def advisors(items: Iterable[FollowUp]) -> list[str]:
    """The advisors named on the steps' talks, sorted, without the empty name."""
    return sorted({item.advisor for item in items if item.advisor.strip()}, key=str.casefold)


def grouped(items: Sequence[FollowUp], today: date) -> list[tuple[Urgency, list[FollowUp]]]:
    """The steps by urgency, only the groups that have any, each in display order."""
    groups: dict[Urgency, list[FollowUp]] = {u: [] for u in Urgency}
    for item in sorted(items, key=sort_key):
        groups[item.urgency(today)].append(item)
    return [(u, found) for u, found in groups.items() if found]


def to_json(items: Sequence[FollowUp], today: date) -> dict[str, Any]:
    return {
        "today": today.isoformat(),
        "overdue": overdue_count(items, today),
        "followups": [
            {
                "key": item.key,
                "due_date": item.due_date.isoformat() if item.due_date else None,
                "urgency": item.urgency(today).name.lower(),
                "text": item.text,
                "owner": item.owner,
                "offer": item.offer_key,
                "apprentice": {"id": item.apprentice_id, "name": item.apprentice_name},
                "talk": {
                    "id": item.talk_id,
                    "held_on": item.held_on.isoformat(),
                    "advisor": item.advisor,
                },
            }
            for item in items
        ],
    }
