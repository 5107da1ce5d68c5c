"""A stored counselling talk as the data of its record (``RecordData``), without Qt.

The record uses the talk's ranking *snapshot*, never today's data, so a record exported
next year shows what was discussed. Used by the GUI export and by ``report --talk``.
"""

from __future__ import annotations

from collections.abc import Mapping

from partnerdesk import __version__
from partnerdesk.core.counselling import Apprentice, Talk, profile_from_dict
from partnerdesk.core.domain import Profile
from partnerdesk.core.record import (
    NextStep,
    RecordData,
    default_record_filename,
    record_choices_from_json,
    record_ranking_from_json,
)
from partnerdesk.core.vocab import OFFERS


def record_from_talk(
    apprentice: Apprentice,
    talk: Talk,
    *,
    lang: str,
    record_id: str,
    city_names: Mapping[str, str] | None = None,
    pack_version: str = "",
) -> RecordData:
    profile = profile_from_dict(talk.profile_snapshot) if talk.profile_snapshot else Profile()
    snapshot = talk.ranking_snapshot or {}
    steps = tuple(
        NextStep(
            text=s.text or (OFFERS[s.offer_key].get(lang) if s.offer_key in OFFERS else ""),
            owner=s.owner,
            due=s.due_date,
            done=s.done,
            offer=s.offer_key,
        )
        for s in talk.next_steps
    )
    return RecordData(
        record_id=record_id,
        created=talk.held_on,
        advisor=talk.advisor,
        apprentice=apprentice.display_name,
        profile=profile,
        ranking=record_ranking_from_json(snapshot),
        occupation=apprentice.occupation,
        training_year=apprentice.training_year,
        notes=talk.notes,
        next_steps=steps,
        chosen_cities=record_choices_from_json(snapshot, talk.chosen_cities, city_names),
        consent_date=apprentice.consent_date,
        deletion_date=apprentice.deletion_date,
        language=lang,
        pack_version=pack_version,
        app_version=__version__,
    )


def talk_filename(talk: Talk, record_id: str) -> str:
    return default_record_filename(talk.held_on, record_id)
