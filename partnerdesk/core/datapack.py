"""Read, validate and write the city data pack (``db/citypack.json``).

The pack is the shipped, versioned description of Dortmund's partner cities; advisors export
and import it, and another municipality could ship its own. It is therefore treated as
untrusted input: validation is strict (unknown keys are rejected too, so a typo never turns
into a silently missing value) and stops at the first problem with a message that names the
exact place, e.g. ``cities[10].since: expected a year, got "gestern"``.

Stdlib only: the core must load without Qt or SQLAlchemy (tests, CLI, frozen selftest).
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

from partnerdesk.core.advice import EMPTY_ADVICE, Advice
from partnerdesk.core.city_rules import CITY_FIELDS, check_pack, problem_line
from partnerdesk.core.domain import City, CityLanguage, DataPack, FocusArea, Project, Source, Text
from partnerdesk.core.files import write_atomic
from partnerdesk.core.pack_fields import (  # the field readers, shared with advice_pack
    PackError as PackError,
)
from partnerdesk.core.pack_fields import (
    _at,
    _bool,
    _fail,
    _list,
    _number,
    _object,
    _show,
    _str,
    _strings,
    _text,
    _whole,
)
from partnerdesk.resources import datapack_path

FORMAT = "partnerdesk-citypack"
FORMAT_VERSION = 2  # 2 adds the dated "advice" section; packs of format 1 still load
READABLE_VERSIONS = (1, 2)

_PACK_FIELDS = (
    "format",
    "format_version",
    "pack_version",
    "title",
    "publisher",
    "sources",
    "cities",
    "advice",
)
# Older or hand-written packs may leave these out; the domain has defaults for them.
_CITY_OPTIONAL = {"notes": {"de": "", "en": ""}, "sources": {}}


def parse_pack(data: object) -> DataPack:
    """Validate decoded JSON and build the domain objects; raise PackError on the first fault.

    Two steps: the shape (objects, lists, strings, numbers where the format has them; no
    unknown or missing field), then the rules of the records from ``city_rules`` — the same
    check the repository and the city data editor run — reported in file order.
    """
    raw = _object(data, "", _PACK_FIELDS, {"advice": None})
    if raw["format"] != FORMAT:
        raise _fail("format", f"expected {_show(FORMAT)}, got {_show(raw['format'])}")
    version = raw["format_version"]
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise _fail(
            "format_version",
            f"unsupported version {_show(version)} "
            f"(this PartnerDesk reads {' and '.join(map(str, READABLE_VERSIONS))})",
        )
    texts = [_str(raw[k], k) for k in ("pack_version", "title", "publisher")]
    sources = tuple(
        _source(item, _at("sources", i)) for i, item in enumerate(_list(raw["sources"], "sources"))
    )
    cities = tuple(
        _city(item, _at("cities", i)) for i, item in enumerate(_list(raw["cities"], "cities"))
    )
    advice = None
    if raw["advice"] is not None:
        from partnerdesk.core.advice_pack import parse_advice  # it builds on this module

        advice = parse_advice(raw["advice"], {source.key for source in sources})
    pack = DataPack(FORMAT_VERSION, texts[0], texts[1], texts[2], sources, cities, advice)
    for problem in check_pack(pack):
        raise PackError(problem_line(problem), problem)
    return pack


def _source(value: object, where: str) -> Source:
    raw = _object(value, where, ("key", "title", "url"))
    return Source(
        _str(raw["key"], _at(where, "key")),
        _str(raw["title"], _at(where, "title")),
        _str(raw["url"], _at(where, "url")),
    )


def _city(value: object, where: str) -> City:
    raw = _object(value, where, CITY_FIELDS, _CITY_OPTIONAL)

    def at(*keys: str | int) -> str:
        return _at(where, *keys)

    name = _object(raw["name"], at("name"), ("de", "local", "en"))
    names = [_str(name[k], at("name", k)) for k in ("de", "local", "en")]
    country = _object(raw["country"], at("country"), ("code", "de", "en"))
    code, country_de, country_en = (_str(country[k], at("country", k)) for k in country)
    support = _object(raw["support"], at("support"), ("level", "channels"))
    sources = raw["sources"]
    if not isinstance(sources, dict):
        raise _fail(at("sources"), f"expected an object, got {_show(sources)}")
    return City(
        id=_str(raw["id"], at("id")),
        name_de=names[0],
        name_local=names[1],
        name_en=names[2],
        country_code=code,
        country_de=country_de,
        country_en=country_en,
        lat=_number(raw["lat"], at("lat")),
        lon=_number(raw["lon"], at("lon")),
        since=_whole(raw["since"], at("since"), "a year"),
        since_detail=_text(raw["since_detail"], at("since_detail")),
        origin=_text(raw["origin"], at("origin")),
        status=_str(raw["status"], at("status")),
        status_reason=_text(raw["status_reason"], at("status_reason")),
        focus_areas=tuple(
            _focus(item, at("focus", i)) for i, item in enumerate(_list(raw["focus"], at("focus")))
        ),
        projects=tuple(
            _project(item, at("projects", i))
            for i, item in enumerate(_list(raw["projects"], at("projects")))
        ),
        languages=tuple(
            _language(item, at("languages", i))
            for i, item in enumerate(_list(raw["languages"], at("languages")))
        ),
        recommended_level=_str(raw["recommended_level"], at("recommended_level")),
        english_bridge=_bool(raw["english_bridge"], at("english_bridge")),
        comparability=_str(raw["comparability"], at("comparability")),
        comparability_rationale=_text(
            raw["comparability_rationale"], at("comparability_rationale")
        ),
        min_weeks=_whole(raw["min_weeks"], at("min_weeks")),
        funding=_str(raw["funding"], at("funding")),
        funding_note=_text(raw["funding_note"], at("funding_note")),
        support_level=_str(support["level"], at("support", "level")),
        support_channels=_strings(support["channels"], at("support", "channels")),
        notes=_text(raw["notes"], at("notes")),
        sources={key: _str(item, at("sources", key)) for key, item in sources.items()},
    )


def _focus(value: object, where: str) -> FocusArea:
    raw = _object(value, where, ("text", "themes"))
    return FocusArea(
        _text(raw["text"], _at(where, "text")), _strings(raw["themes"], _at(where, "themes"))
    )


def _project(value: object, where: str) -> Project:
    raw = _object(value, where, ("title", "themes", "source"))
    return Project(
        _str(raw["title"], _at(where, "title")),
        _strings(raw["themes"], _at(where, "themes")),
        _str(raw["source"], _at(where, "source")),
    )


def _language(value: object, where: str) -> CityLanguage:
    raw = _object(value, where, ("code", "official"))
    return CityLanguage(
        _str(raw["code"], _at(where, "code")), _bool(raw["official"], _at(where, "official"))
    )


# --- writing --------------------------------------------------------------------------------


def _text_dict(text: Text) -> dict[str, str]:
    return {"de": text.de, "en": text.en}


def pack_to_dict(pack: DataPack) -> dict[str, Any]:
    """The JSON form of a pack; exact inverse of :func:`parse_pack`, keys in file order."""
    data = {
        "format": FORMAT,
        "format_version": pack.format_version,
        "pack_version": pack.pack_version,
        "title": pack.title,
        "publisher": pack.publisher,
        "sources": [{"key": s.key, "title": s.title, "url": s.url} for s in pack.sources],
        "cities": [_city_dict(city) for city in pack.cities],
    }
    if pack.advice is not None:
        from partnerdesk.core.advice_pack import advice_to_dict

        data["advice"] = advice_to_dict(pack.advice)
    return data


def _city_dict(city: City) -> dict[str, Any]:
    return {
        "id": city.id,
        "name": {"de": city.name_de, "local": city.name_local, "en": city.name_en},
        "country": {"code": city.country_code, "de": city.country_de, "en": city.country_en},
        "lat": city.lat,
        "lon": city.lon,
        "since": city.since,
        "since_detail": _text_dict(city.since_detail),
        "origin": _text_dict(city.origin),
        "status": str(city.status),
        "status_reason": _text_dict(city.status_reason),
        "focus": [{"text": _text_dict(f.text), "themes": list(f.themes)} for f in city.focus_areas],
        "projects": [
            {"title": p.title, "themes": list(p.themes), "source": p.source} for p in city.projects
        ],
        "languages": [{"code": lang.code, "official": lang.official} for lang in city.languages],
        "recommended_level": city.recommended_level,
        "english_bridge": city.english_bridge,
        "comparability": str(city.comparability),
        "comparability_rationale": _text_dict(city.comparability_rationale),
        "min_weeks": city.min_weeks,
        "funding": str(city.funding),
        "funding_note": _text_dict(city.funding_note),
        "support": {"level": str(city.support_level), "channels": list(city.support_channels)},
        "notes": _text_dict(city.notes),
        "sources": dict(city.sources),
    }


def pack_to_json(pack: DataPack) -> str:
    return json.dumps(pack_to_dict(pack), indent=2, ensure_ascii=False) + "\n"


def load_pack(path: str | os.PathLike[str]) -> DataPack:
    """Read and validate a pack file; every failure is a PackError.

    ``pack_guard`` enforces the limits (size, nesting, numbers, duplicate keys, city count)
    before and while the JSON is parsed.
    """
    from partnerdesk.core.pack_guard import read_pack_json

    return parse_pack(read_pack_json(Path(path)))


def load_shipped_pack() -> DataPack:
    return load_pack(datapack_path())


@functools.cache
def shipped_advice() -> Advice:
    """The shipped pack's advice (funding rules, travel warnings ...), read once.

    City data lives in the database and may be edited; this dated knowledge is not edited in
    the app, so the matcher takes it from the shipped pack unless it is given one.
    """
    try:
        advice = load_shipped_pack().advice
    except PackError:
        advice = None
    return advice if advice is not None else EMPTY_ADVICE


def dump_pack(pack: DataPack, path: str | os.PathLike[str]) -> None:
    """Write a pack atomically: a crash mid-write must never leave a half file behind."""
    path = Path(path)
    # Cities edited in the app are re-validated so we never write a pack we could not read.
    text = pack_to_json(parse_pack(pack_to_dict(pack)))
    write_atomic(path, text)
