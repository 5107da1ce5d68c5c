"""The rules of a partner city record, checked in one place and reported as data.

Every place that takes city data asks this module: the pack parser (``datapack``), the
repository before it writes (``store.repository``) and the city data editor before it saves
(``ui.views.city_admin_controller``). A check returns ``Problem``s — field path, code,
parameters — never text, so the editor can put each message next to its field and tests can
compare refusals exactly. ``describe`` turns a problem into a German/English ``Label`` from the
catalogue's ``city`` group (one entry per code); ``problem_line`` is the one-line English form
the pack and the repository raise (``cities[1].lat: 95.0 is outside -90..90``).

Field paths are those of the pack file, relative to the checked object: ``status_reason.de``,
``projects[2].themes[0]``; ``check_pack`` prefixes ``cities[3].``. Problems come in file order.
What the JSON must look like (an object here, a number there, no unknown fields) is the
parser's business, not a rule of the record.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from dataclasses import field as _field

from partnerdesk.core.catalogue import text
from partnerdesk.core.domain import City, DataPack, Source, Text
from partnerdesk.core.vocab import (
    CEFR_LEVELS,
    LANGUAGES,
    STATUS_LABELS,
    THEMES,
    Comparability,
    Funding,
    Label,
    Status,
    SupportLevel,
)

# Lengths the database columns hold (store/models.py: String(40), String(200) ...). SQLite
# would store longer text; PostgreSQL refuses it, so a city that saves locally could not move
# to a team database.
MAX_ID = 40
MAX_NAME = 200
MAX_PACK_VERSION = 64
MAX_PACK_TEXT = 400
LAT_RANGE = (-90, 90)
LON_RANGE = (-180, 180)
FIRST_YEAR = 1900
WEEKS_RANGE = (1, 52)
# A partnership recommends a learnable level; "native" is a profile answer, not a requirement.
RECOMMENDABLE_LEVELS = tuple(level for level in CEFR_LEVELS if level != "native")
# The fields of a city in pack order; a city's ``sources`` may name any but id and sources.
CITY_FIELDS = (
    "id",
    "name",
    "country",
    "lat",
    "lon",
    "since",
    "since_detail",
    "origin",
    "status",
    "status_reason",
    "focus",
    "projects",
    "languages",
    "recommended_level",
    "english_bridge",
    "comparability",
    "comparability_rationale",
    "min_weeks",
    "funding",
    "funding_note",
    "support",
    "notes",
    "sources",
)
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # ids and keys; advice_pack reads with it too
_COUNTRY = re.compile(r"[A-Z]{2}")
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule: where (a pack path), which rule (catalogue ``city.<code>``), values."""

    field: str
    code: str
    params: Mapping[str, object] = _field(default_factory=dict)


def _show(value: object, lang: str) -> str:
    """A value as the message shows it: quoted text, shortened; control characters visible."""
    if isinstance(value, str):
        inner = json.dumps(value, ensure_ascii=False)[1:-1]
        if len(inner) > 58:
            inner = inner[:55] + "..."
        return f"„{inner}“" if lang == "de" else f'"{inner}"'
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        written = str(value)
        return written.replace(".", ",") if lang == "de" else written
    if isinstance(value, tuple | list):
        return ", ".join(str(item) for item in value)
    return repr(value)


def describe(problem: Problem) -> Label:
    """The message of *problem* in German and English, naming the bad value."""
    shown: dict[str, Text] = {}
    for key, value in problem.params.items():
        if key == "status" and isinstance(value, str) and value in STATUS_LABELS:
            label = STATUS_LABELS[value]
            shown[key] = Text(label.de, label.en)
        elif key in ("length", "max", "low", "high"):
            shown[key] = Text(str(value), str(value))  # limits, years: no grouping, "1900..2026"
        else:
            shown[key] = Text(_show(value, "de"), _show(value, "en"))
    return text(f"city.{problem.code}", **shown)


def problem_line(problem: Problem) -> str:
    """``path: message`` in English, as the pack and the repository report a refusal."""
    return f"{problem.field or 'pack'}: {describe(problem).en}"


def within(prefix: str, problems: Iterable[Problem]) -> list[Problem]:
    """*problems* of a part (a city) as seen from the whole (``cities[3].`` + field)."""
    return [replace(p, field=f"{prefix}.{p.field}" if p.field else prefix) for p in problems]


# --- values -------------------------------------------------------------------------------


def check_text(where: str, value: str, *, required: bool = False, limit: int = 0) -> list[Problem]:
    """One text field: not empty if *required*, at most *limit* characters, no NUL."""
    if required and not value.strip():
        return [Problem(where, "required")]
    if limit and len(value) > limit:
        return [Problem(where, "too_long", {"value": value, "length": len(value), "max": limit})]
    # PostgreSQL refuses NUL in text; SQLite stores it, and many tools cut text there.
    if "\x00" in value:
        return [Problem(where, "nul", {"value": value})]
    return []


def _pair(where: str, text: Text, *, required: bool = False) -> list[Problem]:
    return check_text(f"{where}.de", text.de, required=required) + check_text(
        f"{where}.en", text.en
    )


def _range(where: str, value: float, low: float, high: float) -> list[Problem]:
    if isinstance(value, bool) or not math.isfinite(value) or not low <= value <= high:
        return [Problem(where, "out_of_range", {"value": value, "low": low, "high": high})]
    return []


def _one_of(where: str, value: str, choices: Iterable[str]) -> list[Problem]:
    allowed = tuple(str(choice) for choice in choices)
    if value not in allowed:
        return [Problem(where, "not_one_of", {"value": value, "choices": allowed})]
    return []


def check_slug(where: str, value: str, limit: int = MAX_ID) -> list[Problem]:
    if not SLUG.fullmatch(value):
        return [Problem(where, "not_slug", {"value": value})]
    return check_text(where, value, limit=limit)


def check_themes(where: str, themes: Iterable[str]) -> list[Problem]:
    keys = tuple(themes)
    if not keys:
        return [Problem(where, "themes_missing")]
    problems = [
        Problem(f"{where}[{i}]", "unknown_theme", {"value": key})
        for i, key in enumerate(keys)
        if key not in THEMES
    ]
    return problems + _duplicates(where, "duplicate_theme", keys)


def _duplicates(where: str, code: str, keys: Iterable[str]) -> list[Problem]:
    """A key met again, reported where a reader of the file meets the repetition."""
    seen: set[str] = set()
    problems: list[Problem] = []
    for i, key in enumerate(keys):
        if key in seen and all(p.params["value"] != key for p in problems):
            problems.append(Problem(f"{where}[{i}]", code, {"value": key}))
        seen.add(key)
    return problems


# --- records ------------------------------------------------------------------------------


def check_city(city: City, source_keys: Iterable[str]) -> list[Problem]:
    """Every rule a city breaks, in the order of the pack file; ``[]`` if it may be stored.

    *source_keys* are the keys of the pack's sources: projects and the ``sources`` mapping
    may name only those.
    """
    return list(_city(city, frozenset(source_keys)))


def _city(city: City, keys: frozenset[str]) -> Iterator[Problem]:
    yield from check_slug("id", city.id)
    for part, value in (("de", city.name_de), ("local", city.name_local), ("en", city.name_en)):
        yield from check_text(f"name.{part}", value, required=True, limit=MAX_NAME)
    if not _COUNTRY.fullmatch(city.country_code):
        yield Problem("country.code", "country_code", {"value": city.country_code})
    yield from check_text("country.de", city.country_de, required=True, limit=MAX_NAME)
    yield from check_text("country.en", city.country_en, required=True, limit=MAX_NAME)
    yield from _range("lat", city.lat, *LAT_RANGE)
    yield from _range("lon", city.lon, *LON_RANGE)
    yield from _range("since", city.since, FIRST_YEAR, datetime.date.today().year)
    yield from _pair("since_detail", city.since_detail)
    yield from _pair("origin", city.origin, required=True)
    yield from _one_of("status", city.status, Status)
    # An unknown status is one problem, not two: only a known one asks for a reason.
    if city.status in (Status.RESTRICTED, Status.PAUSED) and not city.status_reason.de.strip():
        yield Problem("status_reason.de", "reason_required", {"status": city.status})
    else:
        yield from check_text("status_reason.de", city.status_reason.de)
    yield from check_text("status_reason.en", city.status_reason.en)
    if not city.focus_areas:
        yield Problem("focus", "focus_missing")
    for i, area in enumerate(city.focus_areas):
        yield from _pair(f"focus[{i}].text", area.text, required=True)
        yield from check_themes(f"focus[{i}].themes", area.themes)
    for i, project in enumerate(city.projects):
        yield from check_text(f"projects[{i}].title", project.title, required=True)
        yield from check_themes(f"projects[{i}].themes", project.themes)
        if project.source not in keys:
            yield Problem(f"projects[{i}].source", "unknown_source", {"value": project.source})
    if not city.languages:
        yield Problem("languages", "languages_missing")
    codes = [language.code for language in city.languages]
    for i, code in enumerate(codes):
        if code not in LANGUAGES:
            yield Problem(f"languages[{i}].code", "unknown_language", {"value": code})
    for problem in _duplicates("languages", "duplicate_language", codes):
        yield replace(problem, field=f"{problem.field}.code")
    yield from _one_of("recommended_level", city.recommended_level, RECOMMENDABLE_LEVELS)
    yield from _one_of("comparability", city.comparability, Comparability)
    yield from _pair("comparability_rationale", city.comparability_rationale, required=True)
    yield from _range("min_weeks", city.min_weeks, *WEEKS_RANGE)
    yield from _one_of("funding", city.funding, Funding)
    yield from _pair("funding_note", city.funding_note)
    yield from _one_of("support.level", city.support_level, SupportLevel)
    for i, channel in enumerate(city.support_channels):
        yield from check_text(f"support.channels[{i}]", channel, required=True)
    yield from _pair("notes", city.notes)
    for name, key in city.sources.items():
        if name not in CITY_FIELDS or name in ("id", "sources"):
            yield Problem(f"sources.{name}", "not_a_city_field", {"value": name})
        elif key not in keys:
            yield Problem(f"sources.{name}", "unknown_source", {"value": key})


def check_source(source: Source) -> list[Problem]:
    """One entry of the pack's source list: a slug key, a title, a web address or nothing."""
    problems = check_slug("key", source.key, MAX_NAME)
    problems += check_text("title", source.title, required=True, limit=MAX_PACK_TEXT)
    if source.url and not _URL.fullmatch(source.url):
        problems.append(Problem("url", "bad_url", {"value": source.url}))
    return problems


def check_pack(pack: DataPack) -> list[Problem]:
    """Every rule the pack breaks: its own fields, each source and each city, in file order."""
    problems = check_text("pack_version", pack.pack_version, required=True, limit=MAX_PACK_VERSION)
    for name, value in (("title", pack.title), ("publisher", pack.publisher)):
        problems += check_text(name, value, required=True, limit=MAX_PACK_TEXT)
    for i, source in enumerate(pack.sources):
        problems += within(f"sources[{i}]", check_source(source))
    for problem in _duplicates("sources", "duplicate_key", [s.key for s in pack.sources]):
        problems.append(replace(problem, field=f"{problem.field}.key"))
    if not pack.cities:
        problems.append(Problem("cities", "cities_missing"))
    keys = frozenset(source.key for source in pack.sources)
    for i, city in enumerate(pack.cities):
        problems += within(f"cities[{i}]", _city(city, keys))
    for problem in _duplicates("cities", "duplicate_id", [city.id for city in pack.cities]):
        problems.append(replace(problem, field=f"{problem.field}.id"))
    return problems
