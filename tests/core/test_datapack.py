"""The shipped city data pack and its loader: content faithful to the sources, strict errors."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import CITY_IDS

from partnerdesk.core.datapack import (
    PackError,
    dump_pack,
    load_pack,
    load_shipped_pack,
    pack_to_dict,
    parse_pack,
)
from partnerdesk.core.vocab import LANGUAGES, THEME_KEYS
from partnerdesk.resources import datapack_path

REPO = Path(__file__).resolve().parents[2]
# In CI the clone sits beside shared/; locally the same layout holds under /work.
SEED = REPO.parent / "shared" / "seeds" / "000_28aa6a402af68a19.txt"

IDS = CITY_IDS
SINCE = {
    "amiens": 1960,
    "leeds": 1969,
    "rostov": 1977,
    "buffalo": 1978,
    "netanya": 1981,
    "novi-sad": 1982,
    "zwickau": 1988,
    "xian": 1992,
    "trabzon": 2014,
    "kumasi": 2024,
    "zhytomyr": 2025,
}
# Project counts as the presentation lists them; Rostov is not in it and has none running.
PROJECT_COUNT = {
    "amiens": 6,
    "leeds": 6,
    "rostov": 0,
    "buffalo": 4,
    "netanya": 4,
    "novi-sad": 4,
    "zwickau": 5,
    "xian": 3,
    "trabzon": 3,
    "kumasi": 3,
    "zhytomyr": 4,
}
# The presentation's typos in displayed names, corrected in the pack (issue 10).
SPELLING = {
    "Dortmunder Philharmoniker – Orchestre de Picarde": (
        "Dortmunder Philharmoniker – Orchestre de Picardie"
    ),
    "Ev. Jugend Dortmund (Noah-Kirchengemeinde) – Ökumenisches Hilfswerk EH": (
        "Ev. Jugend Dortmund (Noah-Kirchengemeinde) – Ökumenisches Hilfswerk EHO"
    ),
    "Handballkreis bzd. DJK Oespel-Kley": "Handballkreis bzw. DJK Oespel-Kley",
}
VERBATIM = [
    ("leeds", "Royal St. Barbara`s Dortmund Golf Club (Erwachsene und Jugend) mit Leeds Golf Club"),
    (
        "leeds",
        "Künstlerkollektiv „Dortmunder Gruppe“ bzw. Silvia Liebig – East Street Arts, "
        "Künstler*innen-Verein „Kunstreich im Pott e.V.“",
    ),
    ("amiens", "Jugendbegegnung „Olympia 2024“"),
    ("netanya", "Online-Austausch zum Thema „Desinformation“"),
    ("novi-sad", "Handballkreis bzw. DJK Oespel-Kley"),  # "bzd." in the presentation
    (
        "trabzon",
        "Fachkräfteaustausch zwischen DSW21 und Stadtwerken in Trabzon bzw. "
        "Leopold-Hoesch-Berufskolleg und Trabzoner Berufskollegs",
    ),
    ("kumasi", "She for Democracy"),
    ("zhytomyr", "Ferienfreizeit für besonders betroffene Kinder"),
]


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(datapack_path().read_text(encoding="utf-8"))
    return data


def _seed_sections() -> dict[str, dict[str, Any]]:
    """German city name -> {"focus": str, "projects": [str]} as the presentation has them."""
    sections: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    in_projects = False
    for line in SEED.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"# (.+?), ", line)
        if line.startswith("# ") or line.startswith("## "):
            current = None
            if heading:
                current = sections.setdefault(heading.group(1), {"focus": "", "projects": []})
            in_projects = False
        elif current is not None and line.startswith("- Schwerpunkt:"):
            current["focus"] = line.split(":", 1)[1].strip().replace("\\*", "*")
        elif current is not None and line.startswith("- Aktuelle Kooperationen"):
            in_projects = True
        elif current is not None and in_projects and line.startswith("  - "):
            current["projects"].append(line[4:].strip().replace("\\*", "*"))
    return sections


# --- the shipped pack -------------------------------------------------------------------


def test_shipped_pack_loads_with_eleven_cities_in_order() -> None:
    pack = load_shipped_pack()
    assert [city.id for city in pack.cities] == IDS
    assert pack.format_version == 2
    assert pack.advice is not None and pack.advice.rules
    assert pack.pack_version == "2026.11.1"


def test_since_years_follow_the_reference() -> None:
    pack = load_shipped_pack()
    assert {city.id: city.since for city in pack.cities} == SINCE


def test_rostov_paused_and_zhytomyr_restricted() -> None:
    pack = load_shipped_pack()
    rostov, zhytomyr = pack.city("rostov"), pack.city("zhytomyr")
    assert rostov.status == "paused"
    assert "31.03.2022" in rostov.status_reason.de
    assert "2022" in rostov.status_reason.en
    assert "bis auf Weiteres ruhend gestellt" in rostov.status_reason.de
    assert rostov.support_level == "low"
    assert zhytomyr.status == "restricted"
    assert "Einzelfallprüfung" in zhytomyr.status_reason.de
    assert zhytomyr.name_de == "Schytomyr" and zhytomyr.name_local == "Житомир"
    others = [c for c in pack.cities if c.id not in ("rostov", "zhytomyr")]
    assert all(c.status == "active" and not c.status_reason.de for c in others)


def test_rostov_facts_all_carry_a_source() -> None:
    rostov = load_shipped_pack().city("rostov")
    fields = set(pack_to_dict(load_shipped_pack())["cities"][2]) - {"id", "sources"}
    assert fields <= set(rostov.sources)
    assert "seed" not in rostov.sources.values()


def test_project_counts_and_verbatim_titles() -> None:
    pack = load_shipped_pack()
    assert {c.id: len(c.projects) for c in pack.cities} == PROJECT_COUNT
    for city_id, title in VERBATIM:
        assert title in [p.title for p in pack.city(city_id).projects]
    titles = [p.title for c in pack.cities for p in c.projects]
    assert not any("\\*" in t or '*"' in t for t in titles)


@pytest.mark.skipif(not SEED.exists(), reason="shared/ seed presentation not beside the clone")
def test_focus_and_projects_match_the_presentation_verbatim() -> None:
    pack = load_shipped_pack()
    sections = _seed_sections()
    checked = 0
    for city in pack.cities:
        if city.id == "rostov":
            continue
        section = sections[city.name_de]
        from_seed = [p.title for p in city.projects if p.source == "seed"]
        assert from_seed == [SPELLING.get(t, t) for t in section["projects"]], city.id
        for wrong in (t for t in section["projects"] if t in SPELLING):
            # A corrected typo keeps the presentation's wording in the city's notes.
            assert f"„{wrong.split(' – ')[-1]}“" in city.notes.de, (city.id, wrong)
        others = {p.source for p in city.projects if p.source != "seed"}
        assert others <= {source.key for source in pack.sources}, city.id
        assert ", ".join(f.text.de for f in city.focus_areas) == section["focus"], city.id
        checked += 1
    assert checked == 10


def test_every_city_is_complete_and_uses_known_vocabulary() -> None:
    pack = load_shipped_pack()
    source_keys = {s.key for s in pack.sources}
    assert {
        "seed",
        "dortmund-partner",
        "general",
        "derived",
        "erasmus-plus",
        "ausbildung-weltweit",
    } <= source_keys
    for city in pack.cities:
        assert city.focus_areas, city.id
        themes = [t for f in city.focus_areas for t in f.themes]
        themes += [t for p in city.projects for t in p.themes]
        assert themes and set(themes) <= set(THEME_KEYS), city.id
        assert all(lang.code in LANGUAGES for lang in city.languages)
        assert set(city.sources.values()) <= source_keys
        for field in ("lat", "lon", "languages", "comparability", "min_weeks", "support"):
            assert field in city.sources, (city.id, field)
        assert city.comparability_rationale.de and city.comparability_rationale.en


def test_judgement_values() -> None:
    pack = load_shipped_pack()
    funding = {c.id: c.funding for c in pack.cities}
    assert {k for k, v in funding.items() if v == "erasmus_plus"} == {
        "amiens",
        "novi-sad",
        "trabzon",
    }
    assert funding["zwickau"] == "domestic"
    assert {c.id for c in pack.cities if c.comparability == "similar"} == {"amiens", "zwickau"}
    assert pack.city("zwickau").min_weeks == 1 and not pack.city("zwickau").abroad
    for city in pack.cities:
        if city.funding == "ausbildung_weltweit":
            assert city.min_weeks >= 3, city.id
    novi_sad = pack.city("novi-sad")
    assert [(lang.code, lang.official) for lang in novi_sad.languages] == [
        ("sr", True),
        ("hu", True),
        ("sk", True),
    ]
    kumasi = pack.city("kumasi")
    assert [(lang.code, lang.official) for lang in kumasi.languages] == [
        ("en", True),
        ("tw", False),
    ]
    assert kumasi.english_bridge and pack.city("netanya").english_bridge
    assert not pack.city("amiens").english_bridge and not pack.city("trabzon").english_bridge
    assert "DSW21" in " ".join(pack.city("trabzon").support_channels)
    assert pack.city("netanya").theme_strengths()["erinnerung"] == 1.0


# --- round trip and writing ---------------------------------------------------------------


def test_round_trip_is_identical(raw: dict[str, Any]) -> None:
    pack = parse_pack(raw)
    assert pack_to_dict(pack) == raw
    assert parse_pack(pack_to_dict(pack)) == pack
    text = json.dumps(pack_to_dict(pack), indent=2, ensure_ascii=False) + "\n"
    assert text == datapack_path().read_text(encoding="utf-8")


def test_dump_is_atomic_and_refuses_an_invalid_pack(tmp_path: Path) -> None:
    pack = load_shipped_pack()
    target = tmp_path / "citypack.json"
    dump_pack(pack, target)
    assert load_pack(target) == pack
    assert [p.name for p in tmp_path.iterdir()] == ["citypack.json"]
    before = target.read_bytes()
    broken = dataclasses.replace(
        pack, cities=(dataclasses.replace(pack.cities[0], status="open"), *pack.cities[1:])
    )
    with pytest.raises(PackError, match=r"cities\[0\]\.status"):
        dump_pack(broken, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["citypack.json"]


# --- bad packs -------------------------------------------------------------------------------


def _walk(data: dict[str, Any], path: str) -> tuple[Any, int | str]:
    """The container holding the last step of ``cities[2].lat`` and that step's key."""
    *parents, last = re.findall(r"[^.\[\]]+", path)
    node: Any = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    return node, int(last) if last.isdigit() else last


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        node, key = _walk(data, path)
        node[key] = value

    return apply


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        node, key = _walk(data, path)
        del node[key]

    return apply


NEXT_YEAR = datetime.date.today().year + 1
BAD_PACKS = [
    (_set("cities[10].since", "gestern"), 'cities[10].since: expected a year, got "gestern"'),
    (
        _set("cities[3].projects[2].themes[0]", "sprt"),
        'cities[3].projects[2].themes[0]: unknown theme "sprt"',
    ),
    (
        _set("cities[0].status", "open"),
        'cities[0].status: expected one of active, restricted, paused, got "open"',
    ),
    (_set("cities[3].id", "netanya"), 'cities[4].id: duplicate id "netanya"'),
    (
        _set("format_version", 3),
        "format_version: unsupported version 3 (this PartnerDesk reads 1 and 2)",
    ),
    (_set("format", "other"), 'format: expected "partnerdesk-citypack", got "other"'),
    (_drop("cities[2].lat"), "cities[2].lat: missing"),
    (_drop("title"), "title: missing"),
    (_set("cities[1].lat", "53.8"), 'cities[1].lat: expected a number, got "53.8"'),
    (_set("cities[1].lat", 95.0), "cities[1].lat: 95.0 is outside -90..90"),
    (_set("cities[1].lon", -200), "cities[1].lon: -200 is outside -180..180"),
    (_set("cities[5].since", 1850), f"cities[5].since: 1850 is outside 1900..{NEXT_YEAR - 1}"),
    (_set("cities[5].since", NEXT_YEAR), f"cities[5].since: {NEXT_YEAR} is outside"),
    (_set("cities[5].since", True), "cities[5].since: expected a year, got true"),
    (
        _set("cities[0].recommended_level", "B3"),
        'cities[0].recommended_level: expected one of A1, A2, B1, B2, C1, C2, got "B3"',
    ),
    (
        _set("cities[5].languages[1].code", "xx"),
        'cities[5].languages[1].code: unknown language code "xx"',
    ),
    (
        _set("cities[5].languages[2].code", "sr"),
        'cities[5].languages[2].code: duplicate language "sr"',
    ),
    (
        _set("cities[0].sources.lat", "wikipedia"),
        'cities[0].sources.lat: unknown source key "wikipedia"',
    ),
    (
        _set("cities[0].sources.colour", "general"),
        'cities[0].sources.colour: "colour" is not a field of a city',
    ),
    (
        _set("cities[0].projects[0].source", "blog"),
        'cities[0].projects[0].source: unknown source key "blog"',
    ),
    (
        _set("cities[5].id", "Novi Sad"),
        'cities[5].id: expected a slug (a-z, 0-9, -), got "Novi Sad"',
    ),
    (
        _set("cities[2].status_reason.de", ""),
        "cities[2].status_reason.de: required when status is paused",
    ),
    (
        _set("cities[10].status_reason", {"de": " ", "en": ""}),
        "cities[10].status_reason.de: required when status is restricted",
    ),
    (_set("cities[0].colour", "blue"), "cities[0].colour: unknown field"),
    (_set("extra", 1), "extra: unknown field"),
    (_set("cities[4].focus", []), "cities[4].focus: needs at least one focus area"),
    (_set("cities[4].focus[0].themes", []), "cities[4].focus[0].themes: needs at least one theme"),
    (
        _set("cities[4].english_bridge", "yes"),
        'cities[4].english_bridge: expected true or false, got "yes"',
    ),
    (
        _set("cities[4].funding", "eu"),
        'cities[4].funding: expected one of erasmus_plus, ausbildung_weltweit, domestic, got "eu"',
    ),
    (
        _set("cities[4].support.level", "none"),
        'cities[4].support.level: expected one of high, medium, low, got "none"',
    ),
    (
        _set("cities[4].country.code", "isr"),
        'cities[4].country.code: expected an ISO 3166 code like DE, got "isr"',
    ),
    (_set("cities[4].min_weeks", 0), "cities[4].min_weeks: 0 is outside 1..52"),
    (_set("cities[4].name.local", ""), "cities[4].name.local: must not be empty"),
    (
        _set("cities[4].origin", "Versöhnung"),
        'cities[4].origin: expected an object, got "Versöhnung"',
    ),
    (_set("cities", []), "cities: needs at least one city"),
    (_set("sources[1].key", "seed"), 'sources[1].key: duplicate key "seed"'),
]


@pytest.mark.parametrize(
    ("mutate", "message"),
    BAD_PACKS,
    ids=[message.split(":")[0] + "-" + str(i) for i, (_, message) in enumerate(BAD_PACKS)],
)
def test_bad_pack_names_the_exact_place(
    raw: dict[str, Any], mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    data = copy.deepcopy(raw)
    mutate(data)
    with pytest.raises(PackError) as info:
        parse_pack(data)
    assert str(info.value).startswith(message)


def test_not_an_object() -> None:
    with pytest.raises(PackError, match=r"^pack: expected an object, got \[\]$"):
        parse_pack([])


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "citypack.json"
    path.write_text('{\n  "format": "partnerdesk-citypack",\n    ,\n}\n', encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_pack(path)
    assert str(info.value).startswith("citypack.json: not valid JSON (line 3, column 5: ")


def test_missing_file_is_a_pack_error(tmp_path: Path) -> None:
    with pytest.raises(PackError, match=r"^nothing\.json: cannot read"):
        load_pack(tmp_path / "nothing.json")


def test_core_loads_without_qt_or_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "from partnerdesk.core.datapack import load_shipped_pack\n"
        "assert len(load_shipped_pack().cities) == 11\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy'))\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
