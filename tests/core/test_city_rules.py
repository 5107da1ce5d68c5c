"""city_rules: every rule refuses a real bad value, and its message names that value."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

import pytest

from partnerdesk.core.catalogue import ENTRIES
from partnerdesk.core.city_rules import (
    Problem,
    check_city,
    check_pack,
    check_source,
    describe,
    problem_line,
    within,
)
from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import City, CityLanguage, FocusArea, Project, Source, Text

PACK = load_shipped_pack()
KEYS = [source.key for source in PACK.sources]
AMIENS = PACK.city("amiens")
THIS_YEAR = datetime.date.today().year


def _city(**changes: Any) -> City:
    return dataclasses.replace(AMIENS, **changes)


# (what is changed, expected problem, a piece of the German and of the English message)
CITY_CASES: list[tuple[dict[str, Any], Problem, str, str]] = [
    ({"name_local": "  "}, Problem("name.local", "required"), "leer", "must not be empty"),
    (
        {"name_de": "A" * 201},
        Problem("name.de", "too_long", {"value": "A" * 201, "length": 201, "max": 200}),
        "201 Zeichen; höchstens 200",
        "201 characters, at most 200",
    ),
    (
        {"notes": Text("Aus\x00tausch")},
        Problem("notes.de", "nul", {"value": "Aus\x00tausch"}),
        "„Aus\\u0000tausch“ enthält ein NUL-Zeichen",
        '"Aus\\u0000tausch" contains a NUL character',
    ),
    (
        {"id": "Novi Sad"},
        Problem("id", "not_slug", {"value": "Novi Sad"}),
        "„Novi Sad“ ist keine gültige Kennung",
        'expected a slug (a-z, 0-9, -), got "Novi Sad"',
    ),
    (
        {"country_code": "fra"},
        Problem("country.code", "country_code", {"value": "fra"}),
        "„fra“ ist kein Ländercode",
        'like DE, got "fra"',
    ),
    (
        {"lat": 95.5},
        Problem("lat", "out_of_range", {"value": 95.5, "low": -90, "high": 90}),
        "95,5 liegt außerhalb von -90 bis 90",
        "95.5 is outside -90..90",
    ),
    (
        {"since": 1850},
        Problem("since", "out_of_range", {"value": 1850, "low": 1900, "high": THIS_YEAR}),
        f"1850 liegt außerhalb von 1900 bis {THIS_YEAR}",
        f"1850 is outside 1900..{THIS_YEAR}",
    ),
    (
        {"min_weeks": 0},
        Problem("min_weeks", "out_of_range", {"value": 0, "low": 1, "high": 52}),
        "0 liegt außerhalb von 1 bis 52",
        "0 is outside 1..52",
    ),
    (
        {"status": "gestern"},
        Problem(
            "status",
            "not_one_of",
            {"value": "gestern", "choices": ("active", "restricted", "paused")},
        ),
        "„gestern“ ist nicht vorgesehen; möglich sind: active, restricted, paused",
        'expected one of active, restricted, paused, got "gestern"',
    ),
    (
        {"recommended_level": "native"},
        Problem(
            "recommended_level",
            "not_one_of",
            {"value": "native", "choices": ("A1", "A2", "B1", "B2", "C1", "C2")},
        ),
        "„native“ ist nicht vorgesehen",
        'got "native"',
    ),
    (
        {"status": "paused", "status_reason": Text(" ")},
        Problem("status_reason.de", "reason_required", {"status": "paused"}),
        "Bei Status „ruhend“ bitte einen Grund angeben.",
        "required when status is paused",
    ),
    ({"focus_areas": ()}, Problem("focus", "focus_missing"), "Schwerpunkt", "focus area"),
    (
        {"projects": (Project("Austausch", ()),)},
        Problem("projects[0].themes", "themes_missing"),
        "mindestens ein Thema",
        "at least one theme",
    ),
    (
        {"projects": (Project("Austausch", ("sprt",)),)},
        Problem("projects[0].themes[0]", "unknown_theme", {"value": "sprt"}),
        "Unbekanntes Thema „sprt“",
        'unknown theme "sprt"',
    ),
    (
        {"projects": (Project("Austausch", ("kultur", "sport", "kultur")),)},
        Problem("projects[0].themes[2]", "duplicate_theme", {"value": "kultur"}),
        "„kultur“ steht zweimal",
        'theme "kultur" listed twice',
    ),
    (
        {"projects": (Project("Austausch", ("kultur",), "blog"),)},
        Problem("projects[0].source", "unknown_source", {"value": "blog"}),
        "Unbekannte Quelle „blog“",
        'unknown source key "blog"',
    ),
    ({"languages": ()}, Problem("languages", "languages_missing"), "Sprache", "language"),
    (
        {"languages": (CityLanguage("xx"),)},
        Problem("languages[0].code", "unknown_language", {"value": "xx"}),
        "Unbekannter Sprachcode „xx“",
        'unknown language code "xx"',
    ),
    (
        {"languages": (CityLanguage("fr"), CityLanguage("fr", official=False))},
        Problem("languages[1].code", "duplicate_language", {"value": "fr"}),
        "„fr“ steht zweimal",
        'duplicate language "fr"',
    ),
    (
        {"sources": {"colour": "seed"}},
        Problem("sources.colour", "not_a_city_field", {"value": "colour"}),
        "„colour“ ist kein Feld einer Stadt",
        '"colour" is not a field of a city',
    ),
]


@pytest.mark.parametrize(
    ("changes", "expected", "german", "english"),
    CITY_CASES,
    ids=[f"{case[1].code}-{case[1].field}" for case in CITY_CASES],
)
def test_each_city_rule_refuses_a_bad_value_and_names_it(
    changes: dict[str, Any], expected: Problem, german: str, english: str
) -> None:
    assert check_city(_city(**changes), KEYS) == [expected]
    label = describe(expected)
    assert german in label.de
    assert english in label.en


def test_the_shipped_cities_break_no_rule() -> None:
    assert check_pack(PACK) == []
    assert all(check_city(city, KEYS) == [] for city in PACK.cities)


def test_problems_come_in_file_order_all_of_them() -> None:
    city = _city(id="X", lat=-91.0, notes=Text("", "a\x00"))
    assert [p.field for p in check_city(city, KEYS)] == ["id", "lat", "notes.en"]


def test_a_source_needs_a_slug_a_title_and_a_web_address() -> None:
    assert check_source(Source("osm", "OpenStreetMap", "https://osm.org")) == []
    bad = check_source(Source("OSM map", " ", "javascript:alert(1)"))
    assert [p.code for p in bad] == ["not_slug", "required", "bad_url"]
    assert (
        describe(bad[2]).de == "„javascript:alert(1)“ ist keine Webadresse (http:// oder https://)."
    )


def test_pack_rules_name_the_city_and_the_repetition() -> None:
    pack = dataclasses.replace(
        PACK,
        sources=(*PACK.sources, PACK.sources[0]),
        cities=(*PACK.cities, _city(status="gestern")),
    )
    problems = check_pack(pack)
    last_city = len(PACK.cities)
    assert [(p.field, p.code) for p in problems] == [
        (f"sources[{len(PACK.sources)}].key", "duplicate_key"),
        (f"cities[{last_city}].status", "not_one_of"),
        (f"cities[{last_city}].id", "duplicate_id"),
    ]
    assert problem_line(problems[2]) == f'cities[{last_city}].id: duplicate id "amiens"'
    empty = dataclasses.replace(PACK, title="", cities=())
    assert [p.code for p in check_pack(empty)] == ["required", "cities_missing"]


def test_within_prefixes_the_path() -> None:
    assert within("cities[3]", [Problem("lat", "out_of_range")]) == [
        Problem("cities[3].lat", "out_of_range")
    ]


def test_long_values_are_shortened_in_the_message() -> None:
    line = describe(Problem("name.de", "too_long", {"value": "x" * 300, "length": 300, "max": 200}))
    assert "x" * 55 + "..." in line.en and "x" * 60 not in line.en


def test_every_code_has_a_complete_message_and_a_test() -> None:
    tested = {case[1].code for case in CITY_CASES} | {
        "bad_url",
        "duplicate_key",
        "duplicate_id",
        "cities_missing",
    }
    messages = {key[5:]: label for key, label in ENTRIES.items() if key.startswith("city.")}
    assert tested == set(messages)
    for code, label in messages.items():
        assert label.de and label.en and label.de != label.en, code


def test_focus_area_text_is_required_in_german_only() -> None:
    city = _city(focus_areas=(FocusArea(Text("", "Culture"), ("kultur",)),))
    assert check_city(city, KEYS) == [Problem("focus[0].text.de", "required")]
    assert check_city(_city(focus_areas=(FocusArea(Text("Kultur"), ("kultur",)),)), KEYS) == []
