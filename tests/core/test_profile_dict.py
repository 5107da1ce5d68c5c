"""A profile survives its dictionary form (database row, talk snapshot, kiosk hand-over)."""

from __future__ import annotations

from partnerdesk.core.counselling import profile_from_dict, profile_to_dict
from partnerdesk.core.domain import Profile, default_start


def test_round_trip_keeps_every_answer_and_the_planned_start():
    profile = Profile(
        interests={"kultur": 3, "sport": 1},
        languages={"de": "native", "fr": "B1"},
        weeks=6,
        abroad_only=True,
        independence=4,
        structure_importance=2,
        start=(2028, 3),
    )
    assert profile_from_dict(profile_to_dict(profile)) == profile


def test_data_from_before_the_start_was_stored_reads_as_the_default_start():
    stored = profile_to_dict(Profile(start=(2028, 3)))
    del stored["start_year"], stored["start_month"]
    assert profile_from_dict(stored).start == default_start()
    for year, month in ((None, None), (2028, 13), (2028, None), ("2028", 3)):
        stored.update(start_year=year, start_month=month)
        assert profile_from_dict(stored).start == default_start(), (year, month)
