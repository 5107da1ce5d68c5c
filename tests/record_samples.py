"""Sample counselling records for the record, PDF and benchmark tests (real city data)."""

from __future__ import annotations

from datetime import date
from functools import cache

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import DataPack, Profile
from partnerdesk.core.matching import rank
from partnerdesk.core.record import NextStep, RecordData, record_choices, record_ranking

HOSTILE_NOTE = (
    '<b>nicht fett</b> und <a href="x">y</a> <img src=file:///etc/passwd> '
    "<script>alert(1)</script> &amp; \u202eevil"
)
SCRIPTS_NOTE = (
    "Schytomyr/Житомир, 西安, נתניה, Trabzon/İstanbul ğşı, Größe äöü ß\n"
    "נתניה היא עיר תאומה של דורטמונד"
)


@cache
def shipped_pack() -> DataPack:
    return load_shipped_pack()


def sample_profile() -> Profile:
    return Profile(
        interests={"kultur": 3, "jugend": 2, "verwaltung": 1},
        languages={"de": "native", "fr": "A2", "en": "B2"},
        weeks=6,
        abroad_only=True,
        independence=2,
        structure_importance=2,
    )


def sample_record(
    lang: str = "de", notes: str = "", top: int = 5, **overrides: object
) -> RecordData:
    profile = sample_profile()
    ranking = rank(shipped_pack().cities, profile)
    values: dict[str, object] = dict(
        record_id="2025-0042",
        created=date(2025, 7, 14),
        advisor="Carrie-Ann Lawrence",
        apprentice="Yael Cohen-Öztürk (יעל כהן)",
        occupation="Verwaltungsfachangestellte",
        training_year=2,
        profile=profile,
        ranking=record_ranking(ranking, lang, top=top),
        notes=notes or f"Gespräch über Amiens.\n{HOSTILE_NOTE}\n{SCRIPTS_NOTE}",
        next_steps=(
            NextStep(
                "Anmeldung „Fit für Europa“", "Azubi", date(2025, 8, 1), False, "fit_fuer_europa"
            ),
            NextStep("Kontakt nach Amiens", "Team INA", date(2025, 9, 15), True, "vermittlung"),
            NextStep("", "Team INA", None, False, "unterkunft"),
        ),
        chosen_cities=record_choices(ranking, ("amiens", "leeds"), lang),
        consent_date=date(2025, 7, 14),
        deletion_date=date(2027, 7, 14),
        language=lang,
        pack_version=shipped_pack().pack_version,
        app_version="0.1.0",
    )
    values.update(overrides)
    return RecordData(**values)  # type: ignore[arg-type]


def long_note(paragraphs: int = 60) -> str:
    line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. "
    return "\n".join(f"Absatz {i}: {line * 4}" for i in range(1, paragraphs + 1))
