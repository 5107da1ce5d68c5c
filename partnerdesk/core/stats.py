"""The team's numbers for the annual report: counts only, small groups masked. No Qt.

Input are plain rows (``TalkRow``, ``StayRow``) the store reads; nothing here knows a name.
``compute`` counts, for one calendar year or for all years:

* talks per month, and the apprentices counselled (distinct persons with a talk),
* cities chosen (apprentices who chose a city in a talk of that year, each counted once per
  city) and cities visited (stays that began that year),
* stays by funding route,
* next steps of that year's talks, open versus done.

Every count between 1 and ``MIN_GROUP - 1`` is published as ``"< 3"`` (``masked``): a group
that small could point at one person. Zero stays zero - it names nobody.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from partnerdesk.core.catalogue import text
from partnerdesk.core.stays import STAY_FUNDING
from partnerdesk.core.vocab import Label

MIN_GROUP = 3
MASK = f"< {MIN_GROUP}"

Count = int | str  # an int, or MASK


@dataclass(frozen=True, slots=True)
class TalkRow:
    held_on: date
    apprentice_id: int
    chosen_cities: tuple[str, ...] = ()
    steps_open: int = 0
    steps_done: int = 0


@dataclass(frozen=True, slots=True)
class StayRow:
    start: date
    city_id: str
    funding: str


@dataclass(frozen=True, slots=True)
class Stats:
    """Raw counts; publish them only through ``to_json``/``table`` (which mask)."""

    year: int | None
    talks_per_month: dict[str, int] = field(default_factory=dict)  # "YYYY-MM" -> talks
    talks: int = 0
    apprentices: int = 0
    cities_chosen: dict[str, int] = field(default_factory=dict)
    cities_visited: dict[str, int] = field(default_factory=dict)
    stays_by_funding: dict[str, int] = field(default_factory=dict)
    steps_open: int = 0
    steps_done: int = 0

    def to_json(self) -> dict[str, object]:
        groups = {
            key: {k: masked(v) for k, v in getattr(self, key).items()}
            for key in ("talks_per_month", "cities_chosen", "cities_visited", "stays_by_funding")
        }
        return {
            "year": self.year,
            "min_group": MIN_GROUP,
            "talks": masked(self.talks),
            "apprentices_counselled": masked(self.apprentices),
            **groups,
            "next_steps": {"open": masked(self.steps_open), "done": masked(self.steps_done)},
        }


def masked(count: int) -> Count:
    return MASK if 0 < count < MIN_GROUP else count


def years(talks: list[TalkRow], stays: list[StayRow]) -> list[int]:
    """Every year that has a talk or a stay, newest first (for the year filter)."""
    found = {t.held_on.year for t in talks} | {s.start.year for s in stays}
    return sorted(found, reverse=True)


def compute(talks: list[TalkRow], stays: list[StayRow], year: int | None = None) -> Stats:
    chosen_talks = [t for t in talks if year is None or t.held_on.year == year]
    chosen_stays = [s for s in stays if year is None or s.start.year == year]
    per_month = Counter(f"{t.held_on.year:04d}-{t.held_on.month:02d}" for t in chosen_talks)
    if year is not None:  # a year shows all twelve months, empty ones too
        for month in range(1, 13):
            per_month.setdefault(f"{year:04d}-{month:02d}", 0)
    choosers = {(city, t.apprentice_id) for t in chosen_talks for city in t.chosen_cities}
    return Stats(
        year=year,
        talks_per_month=dict(sorted(per_month.items())),
        talks=len(chosen_talks),
        apprentices=len({t.apprentice_id for t in chosen_talks}),
        cities_chosen=_sorted(Counter(city for city, _ in choosers)),
        cities_visited=_sorted(Counter(s.city_id for s in chosen_stays)),
        stays_by_funding=_sorted(Counter(s.funding for s in chosen_stays)),
        steps_open=sum(t.steps_open for t in chosen_talks),
        steps_done=sum(t.steps_done for t in chosen_talks),
    )


def _sorted(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


# --- the table (view, CSV, PDF) ---------------------------------------------------------------

SECTIONS: dict[str, Label] = {
    "total": text("stats.total"),
    "talks_per_month": text("stats.talks_per_month"),
    "cities_chosen": text("stats.cities_chosen"),
    "cities_visited": text("stats.cities_visited"),
    "stays_by_funding": text("stats.stays_by_funding"),
    "next_steps": text("stats.next_steps"),
}
_TOTALS = {
    "talks": text("stats.talks"),
    "apprentices": text("stats.apprentices"),
    "open": text("stats.open"),
    "done": text("stats.done"),
}


def table(
    stats: Stats, lang: str, city_names: dict[str, str] | None = None
) -> list[tuple[str, str, Count]]:
    """(section, group, masked count) rows in reading order, labels in *lang*."""
    names = city_names or {}
    rows: list[tuple[str, str, Count]] = [
        (SECTIONS["total"].get(lang), _TOTALS["talks"].get(lang), masked(stats.talks)),
        (SECTIONS["total"].get(lang), _TOTALS["apprentices"].get(lang), masked(stats.apprentices)),
    ]
    section = SECTIONS["talks_per_month"].get(lang)
    rows += [(section, month, masked(n)) for month, n in stats.talks_per_month.items()]
    for key in ("cities_chosen", "cities_visited"):
        section = SECTIONS[key].get(lang)
        rows += [
            (section, names.get(city, city), masked(n)) for city, n in getattr(stats, key).items()
        ]
    section = SECTIONS["stays_by_funding"].get(lang)
    rows += [
        (section, STAY_FUNDING[k].get(lang) if k in STAY_FUNDING else k, masked(n))
        for k, n in stats.stays_by_funding.items()
    ]
    section = SECTIONS["next_steps"].get(lang)
    rows += [
        (section, _TOTALS["open"].get(lang), masked(stats.steps_open)),
        (section, _TOTALS["done"].get(lang), masked(stats.steps_done)),
    ]
    return rows


def to_csv(stats: Stats, lang: str, city_names: dict[str, str] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = [
        text(k).get(lang) for k in ("stats.csv_section", "stats.csv_group", "stats.csv_count")
    ]
    writer.writerow(header)
    for section, group, count in table(stats, lang, city_names):
        writer.writerow((_cell(section), _cell(group), count))
    return out.getvalue()


def _cell(text: str) -> str:
    # A spreadsheet runs a cell starting with = + - @ as a formula; city names are editable.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
