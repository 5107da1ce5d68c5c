"""Pictures of the counselling record for ``docs/screenshots`` (no Qt: Typst renders PNGs).

``python -m tools.record_screenshots docs/screenshots`` writes
- ``record_long_de_p1.png`` … ``_p3.png``: a long record (notes over three pages, many steps),
- ``record_scripts_<lang>_p1.png``: page 1 with Hebrew, Chinese and Cyrillic names.
``make screenshots`` runs it after the GUI pictures (which include the sample talk's record).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from partnerdesk import __version__
from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import rank
from partnerdesk.core.record import NextStep, RecordData, record_choices, record_ranking
from partnerdesk.report.record_doc import record_document
from partnerdesk.report.typeset import render_png

PPI = 70.0
DAY = date(2026, 11, 20)
PROFILE = Profile(
    interests={"kultur": 3, "jugend": 2, "energie": 2, "verwaltung": 1},
    languages={"de": "native", "en": "B2", "fr": "A2"},
    weeks=6,
    abroad_only=True,
    independence=3,
    structure_importance=2,
)
NOTE = (
    "Frau Öztürk interessiert sich für Kultur und Jugendarbeit; Wasserstoff und offene "
    "Verwaltung findet sie spannend. Sie kann sechs Wochen im zweiten Ausbildungsjahr "
    "einplanen, wenn die Ausbildungsleitung zustimmt. Englisch spricht sie sicher, "
    "Französisch nur mit Mühe; ein Sprachkurs vor der Abreise ist sinnvoll."
)


def _record(
    lang: str,
    *,
    apprentice: str,
    advisor: str,
    notes: str,
    steps: tuple[NextStep, ...],
    chosen: tuple[str, ...],
) -> RecordData:
    pack = load_shipped_pack()
    ranking = rank(pack.cities, PROFILE)
    return RecordData(
        record_id="2026-0042",
        created=DAY,
        advisor=advisor,
        apprentice=apprentice,
        profile=PROFILE,
        ranking=record_ranking(ranking, lang),
        occupation="Verwaltungsfachangestellte",
        training_year=2,
        notes=notes,
        next_steps=steps,
        chosen_cities=record_choices(ranking, chosen, lang),
        consent_date=DAY,
        deletion_date=DAY + timedelta(days=730),
        language=lang,
        pack_version=pack.pack_version,
        app_version=__version__,
    )


def long_record() -> RecordData:
    notes = "\n".join(f"{i}. {NOTE}" for i in range(1, 41))
    owners = ("Azubi", "Team INA", "Ausbildungsleitung")
    steps = tuple(
        NextStep(
            f"Schritt {i}: Unterlagen für den Aufenthalt vorbereiten und "
            "mit der Ausbildungsleitung abstimmen",
            owners[i % 3],
            DAY + timedelta(days=7 * i),
            i % 4 == 0,
        )
        for i in range(1, 31)
    )
    return _record(
        "de",
        apprentice="Jana Öztürk",
        advisor="Carrie-Ann Lawrence",
        notes=notes,
        steps=steps,
        chosen=("amiens", "leeds", "novi-sad"),
    )


def scripts_record(lang: str) -> RecordData:
    steps = (
        NextStep(
            "Kontakt zur Partnerstadt Netanya (נתניה) aufnehmen",
            "Team INA",
            DAY + timedelta(days=14),
        ),
        NextStep("Sprachtandem mit Ольга Петренко", "Ольга Петренко", DAY + timedelta(days=30)),
        NextStep("Informationen zu Xi'an (西安) lesen", "王小明", DAY + timedelta(days=21)),
    )
    return _record(
        lang,
        apprentice="יעל כהן-Öztürk",
        advisor="王小明 (Wang Xiaoming)",
        notes="Житомир · 西安 · נתניה היא עיר תאומה של דורטמונד\n" + NOTE,
        steps=steps,
        chosen=("netanya", "xian", "zhytomyr"),
    )


def write_pages(data: RecordData, out_dir: Path, stem: str, count: int) -> list[Path]:
    written = []
    for number, png in enumerate(render_png(record_document(data), ppi=PPI)[:count], 1):
        target = out_dir / f"{stem}_p{number}.png"
        target.write_bytes(png)
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = write_pages(long_record(), out_dir, "record_long_de", 3)
    for lang in ("de", "en"):
        written += write_pages(scripts_record(lang), out_dir, f"record_scripts_{lang}", 1)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
