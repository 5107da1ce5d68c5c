"""Read, validate and write the city data pack (``db/citypack.json``).

The pack is the shipped, versioned description of Dortmund's partner cities; advisors export
and import it, and another municipality could ship its own. It is therefore treated as
untrusted input: validation is strict (unknown keys are rejected too, so a typo never turns
into a silently missing value) and stops at the first problem with a message that names the
exact place, e.g. ``cities[10].since: expected a year, got "gestern"``.

Stdlib only: the core must load without Qt or SQLAlchemy (tests, CLI, frozen selftest).
"""

from __future__ import annotations

import datetime
import functools
import json
import os
import re
from pathlib import Path
from typing import Any

from partnerdesk.core.advice import EMPTY_ADVICE, Advice
from partnerdesk.core.domain import City, CityLanguage, DataPack, FocusArea, Project, Source, Text
from partnerdesk.core.files import write_atomic
from partnerdesk.core.pack_fields import (  # the field readers, shared with advice_pack
    PackError as PackError,
)
from partnerdesk.core.pack_fields import (
    _at,
    _bool,
    _choice,
    _fail,
    _float,
    _int,
    _list,
    _object,
    _show,
    _slug,
    _str,
    _text,
    _themes,
)
from partnerdesk.core.vocab import (
    CEFR_LEVELS,
    LANGUAGES,
    Comparability,
    Funding,
    Status,
    SupportLevel,
)
from partnerdesk.resources import datapack_path

FORMAT = "partnerdesk-citypack"
FORMAT_VERSION = 2  # 2 adds the dated "advice" section; packs of format 1 still load
READABLE_VERSIONS = (1, 2)
FIRST_YEAR = 1900

# A partnership recommends a learnable level; "native" is a profile answer, not a requirement.
_RECOMMENDABLE = tuple(level for level in CEFR_LEVELS if level != "native")

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
_CITY_FIELDS = (
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
# Older or hand-written packs may leave these out; the domain has defaults for them.
_CITY_OPTIONAL = {"notes": {"de": "", "en": ""}, "sources": {}}


def parse_pack(data: object) -> DataPack:
    """Validate decoded JSON and build the domain objects; raise PackError on the first fault."""
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
    texts = [_str(raw[k], k, required=True) for k in ("pack_version", "title", "publisher")]
    sources: list[Source] = []
    for i, item in enumerate(_list(raw["sources"], "sources", "source")):
        source = _source(item, _at("sources", i))
        if any(known.key == source.key for known in sources):
            raise _fail(_at("sources", i, "key"), f"duplicate key {_show(source.key)}")
        sources.append(source)
    keys = {source.key for source in sources}
    cities: list[City] = []
    for i, item in enumerate(_list(raw["cities"], "cities", "city")):
        city = _city(item, _at("cities", i), keys)
        if any(known.id == city.id for known in cities):
            raise _fail(_at("cities", i, "id"), f"duplicate id {_show(city.id)}")
        cities.append(city)
    advice = None
    if raw["advice"] is not None:
        from partnerdesk.core.advice_pack import parse_advice  # it builds on this module

        advice = parse_advice(raw["advice"], keys)
    return DataPack(
        FORMAT_VERSION, texts[0], texts[1], texts[2], tuple(sources), tuple(cities), advice
    )


def _source(value: object, where: str) -> Source:
    raw = _object(value, where, ("key", "title", "url"))
    return Source(
        _slug(raw["key"], _at(where, "key")),
        _str(raw["title"], _at(where, "title"), required=True),
        _str(raw["url"], _at(where, "url")),
    )


def _city(value: object, where: str, source_keys: set[str]) -> City:
    raw = _object(value, where, _CITY_FIELDS, _CITY_OPTIONAL)

    def at(*keys: str | int) -> str:
        return _at(where, *keys)

    # Checked in file order so the reported error is the first one a reader would meet.
    city_id = _slug(raw["id"], at("id"))
    name = _object(raw["name"], at("name"), ("de", "local", "en"))
    names = [_str(name[k], at("name", k), required=True) for k in ("de", "local", "en")]
    country = _object(raw["country"], at("country"), ("code", "de", "en"))
    code = country["code"]
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
        raise _fail(at("country", "code"), f"expected an ISO 3166 code like DE, got {_show(code)}")
    countries = [_str(country[k], at("country", k), required=True) for k in ("de", "en")]
    lat = _float(raw["lat"], at("lat"), -90.0, 90.0)
    lon = _float(raw["lon"], at("lon"), -180.0, 180.0)
    since = _int(raw["since"], at("since"), FIRST_YEAR, datetime.date.today().year, "a year")
    since_detail = _text(raw["since_detail"], at("since_detail"))
    origin = _text(raw["origin"], at("origin"), required=True)
    status = _choice(raw["status"], at("status"), tuple(Status))
    status_reason = _text(raw["status_reason"], at("status_reason"))
    if status != Status.ACTIVE and not status_reason.de.strip():
        raise _fail(at("status_reason", "de"), f"required when status is {status}")
    focus = tuple(
        _focus(item, at("focus", i))
        for i, item in enumerate(_list(raw["focus"], at("focus"), "focus area"))
    )
    projects = tuple(
        _project(item, at("projects", i), source_keys)
        for i, item in enumerate(_list(raw["projects"], at("projects")))
    )
    languages: list[CityLanguage] = []
    for i, item in enumerate(_list(raw["languages"], at("languages"), "language")):
        language = _language(item, at("languages", i))
        if any(known.code == language.code for known in languages):
            raise _fail(at("languages", i, "code"), f"duplicate language {_show(language.code)}")
        languages.append(language)
    level = _choice(raw["recommended_level"], at("recommended_level"), _RECOMMENDABLE)
    english_bridge = _bool(raw["english_bridge"], at("english_bridge"))
    comparability = _choice(raw["comparability"], at("comparability"), tuple(Comparability))
    rationale = _text(raw["comparability_rationale"], at("comparability_rationale"), required=True)
    min_weeks = _int(raw["min_weeks"], at("min_weeks"), 1, 52)
    funding = _choice(raw["funding"], at("funding"), tuple(Funding))
    funding_note = _text(raw["funding_note"], at("funding_note"))
    support = _object(raw["support"], at("support"), ("level", "channels"))
    support_level = _choice(support["level"], at("support", "level"), tuple(SupportLevel))
    channels = tuple(
        _str(item, at("support", "channels", i), required=True)
        for i, item in enumerate(_list(support["channels"], at("support", "channels")))
    )
    return City(
        id=city_id,
        name_de=names[0],
        name_local=names[1],
        name_en=names[2],
        country_code=code,
        country_de=countries[0],
        country_en=countries[1],
        lat=lat,
        lon=lon,
        since=since,
        since_detail=since_detail,
        origin=origin,
        status=status,
        status_reason=status_reason,
        focus_areas=focus,
        projects=projects,
        languages=tuple(languages),
        recommended_level=level,
        english_bridge=english_bridge,
        comparability=comparability,
        comparability_rationale=rationale,
        min_weeks=min_weeks,
        funding=funding,
        funding_note=funding_note,
        support_level=support_level,
        support_channels=channels,
        notes=_text(raw["notes"], at("notes")),
        sources=_sources(raw["sources"], at("sources"), source_keys),
    )


def _focus(value: object, where: str) -> FocusArea:
    raw = _object(value, where, ("text", "themes"))
    return FocusArea(
        _text(raw["text"], _at(where, "text"), required=True),
        _themes(raw["themes"], _at(where, "themes")),
    )


def _project(value: object, where: str, source_keys: set[str]) -> Project:
    raw = _object(value, where, ("title", "themes", "source"))
    source = _str(raw["source"], _at(where, "source"))
    if source not in source_keys:
        raise _fail(_at(where, "source"), f"unknown source key {_show(source)}")
    return Project(
        _str(raw["title"], _at(where, "title"), required=True),
        _themes(raw["themes"], _at(where, "themes")),
        source,
    )


def _language(value: object, where: str) -> CityLanguage:
    raw = _object(value, where, ("code", "official"))
    code = raw["code"]
    if not isinstance(code, str) or code not in LANGUAGES:
        raise _fail(_at(where, "code"), f"unknown language code {_show(code)}")
    return CityLanguage(code, _bool(raw["official"], _at(where, "official")))


def _sources(value: object, where: str, source_keys: set[str]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _fail(where, f"expected an object, got {_show(value)}")
    result: dict[str, str] = {}
    for field_name, key in value.items():
        if field_name not in _CITY_FIELDS or field_name in ("id", "sources"):
            raise _fail(_at(where, field_name), "not a field of a city")
        if not isinstance(key, str) or key not in source_keys:
            raise _fail(_at(where, field_name), f"unknown source key {_show(key)}")
        result[field_name] = key
    return result


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
