"""Read and write the ``advice`` section of the city data pack (format 2).

Same strictness as the rest of the pack (``core/datapack.py``): unknown keys are rejected,
every outside fact names a source key of the pack and a "geprüft am" date (ISO date, or the
words "bitte prüfen" where no source could confirm it), and the first problem is reported with
its exact place, e.g. ``advice.rules[2].valid_from: expected YYYY-MM, got "2027"``.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from partnerdesk.core import pack_fields as dp
from partnerdesk.core.advice import (
    LANGUAGE_ROLES,
    RULE_KINDS,
    WARNING_LEVELS,
    Advice,
    CityAdvice,
    CountryAdvice,
    EntryRequirement,
    FundingRule,
    LanguageAdvice,
    LawRule,
    TravelWarning,
    parse_month,
)
from partnerdesk.core.domain import Text
from partnerdesk.core.vocab import CEFR_LEVELS, LANGUAGES, ROUTE_LABELS

PLEASE_CHECK = "bitte prüfen"
_ADVICE = ("checked", "rules", "law", "countries", "cities")
_RULE = (
    "id",
    "route",
    "kind",
    "label",
    "countries",
    "min_days",
    "max_days",
    "valid_from",
    "valid_until",
    "lead_months",
    "blocked_by_travel_warning",
    "conditions",
    "source",
    "checked",
)
_LAW = ("id", "over_weeks", "text", "source", "checked")
_COUNTRY = ("code", "travel_warning", "entry")
_WARNING = ("level", "regions", "source", "checked")
_ENTRY = ("text", "lead_weeks", "source", "checked")
_CITY = ("city", "languages", "in_warning_region", "support_rationale", "source")
_LANGUAGE = ("code", "level", "role", "rationale", "source")


def _date(value: object, where: str, *, allow_unchecked: bool = True) -> str:
    if allow_unchecked and value == PLEASE_CHECK:
        return PLEASE_CHECK
    try:
        datetime.date.fromisoformat(str(value))
    except ValueError:
        raise dp._fail(
            where, f'expected a date YYYY-MM-DD or "{PLEASE_CHECK}", got {dp._show(value)}'
        ) from None
    if not isinstance(value, str):
        raise dp._fail(where, f"expected a date string, got {dp._show(value)}")
    return value


def _month(value: object, where: str) -> str:
    try:
        parse_month(value if isinstance(value, str) else "")
    except ValueError:
        raise dp._fail(where, f"expected YYYY-MM, got {dp._show(value)}") from None
    return str(value)


def _source(value: object, where: str, keys: set[str]) -> str:
    if not isinstance(value, str) or value not in keys:
        raise dp._fail(where, f"unknown source key {dp._show(value)}")
    return value


def _country(value: object, where: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}|\*", value):
        raise dp._fail(where, f"expected an ISO 3166 code like DE or *, got {dp._show(value)}")
    return value


def parse_advice(value: object, keys: set[str]) -> Advice:
    where = "advice"
    raw = dp._object(value, where, _ADVICE)

    def at(*k: str | int) -> str:
        return dp._at(where, *k)

    rules = tuple(
        _rule(item, at("rules", i), keys)
        for i, item in enumerate(dp._list(raw["rules"], at("rules"), "rule"))
    )
    law = tuple(
        _law(item, at("law", i), keys) for i, item in enumerate(dp._list(raw["law"], at("law")))
    )
    countries: dict[str, CountryAdvice] = {}
    for i, item in enumerate(dp._list(raw["countries"], at("countries"))):
        country = _country_advice(item, at("countries", i), keys)
        if country.code in countries:
            raise dp._fail(at("countries", i, "code"), f"duplicate {dp._show(country.code)}")
        countries[country.code] = country
    cities: dict[str, CityAdvice] = {}
    for i, item in enumerate(dp._list(raw["cities"], at("cities"))):
        city = _city_advice(item, at("cities", i), keys)
        if city.city in cities:
            raise dp._fail(at("cities", i, "city"), f"duplicate {dp._show(city.city)}")
        cities[city.city] = city
    checked = _date(raw["checked"], at("checked"), allow_unchecked=False)
    return Advice(checked, rules, law, countries, cities)


def _rule(value: object, where: str, keys: set[str]) -> FundingRule:
    raw = dp._object(value, where, _RULE)

    def at(*k: str | int) -> str:
        return dp._at(where, *k)

    max_days = raw["max_days"]
    until = raw["valid_until"]
    rule = FundingRule(
        id=dp._slug(raw["id"], at("id")),
        route=dp._choice(raw["route"], at("route"), tuple(ROUTE_LABELS)),
        kind=dp._choice(raw["kind"], at("kind"), RULE_KINDS),
        label=dp._text(raw["label"], at("label"), required=True),
        countries=tuple(
            _country(c, at("countries", i))
            for i, c in enumerate(dp._list(raw["countries"], at("countries")))
        ),
        min_days=dp._int(raw["min_days"], at("min_days"), 0, 3650),
        max_days=None if max_days is None else dp._int(max_days, at("max_days"), 1, 3650),
        valid_from=_month(raw["valid_from"], at("valid_from")),
        valid_until=None if until is None else _month(until, at("valid_until")),
        lead_months=dp._int(raw["lead_months"], at("lead_months"), 0, 24),
        blocked_by_travel_warning=dp._bool(
            raw["blocked_by_travel_warning"], at("blocked_by_travel_warning")
        ),
        conditions=tuple(
            dp._text(c, at("conditions", i), required=True)
            for i, c in enumerate(dp._list(raw["conditions"], at("conditions")))
        ),
        source=_source(raw["source"], at("source"), keys),
        checked=_date(raw["checked"], at("checked")),
    )
    if rule.max_days is not None and rule.max_days < rule.min_days:
        raise dp._fail(at("max_days"), f"{rule.max_days} is below min_days {rule.min_days}")
    return rule


def _law(value: object, where: str, keys: set[str]) -> LawRule:
    raw = dp._object(value, where, _LAW)

    def at(*k: str | int) -> str:
        return dp._at(where, *k)

    return LawRule(
        dp._slug(raw["id"], at("id")),
        dp._int(raw["over_weeks"], at("over_weeks"), 0, 520),
        dp._text(raw["text"], at("text"), required=True),
        _source(raw["source"], at("source"), keys),
        _date(raw["checked"], at("checked")),
    )


def _country_advice(value: object, where: str, keys: set[str]) -> CountryAdvice:
    raw = dp._object(value, where, _COUNTRY)

    def at(*k: str | int) -> str:
        return dp._at(where, *k)

    code = _country(raw["code"], at("code"))
    warning = dp._object(raw["travel_warning"], at("travel_warning"), _WARNING)

    def wat(*k: str | int) -> str:
        return at("travel_warning", *k)

    travel = TravelWarning(
        dp._choice(warning["level"], wat("level"), WARNING_LEVELS),
        dp._text(warning["regions"], wat("regions")),
        _source(warning["source"], wat("source"), keys),
        _date(warning["checked"], wat("checked")),
    )
    entry = []
    for i, item in enumerate(dp._list(raw["entry"], at("entry"))):
        e = dp._object(item, at("entry", i), _ENTRY)
        lead = e["lead_weeks"]
        entry.append(
            EntryRequirement(
                dp._text(e["text"], at("entry", i, "text"), required=True),
                None if lead is None else dp._int(lead, at("entry", i, "lead_weeks"), 0, 52),
                _source(e["source"], at("entry", i, "source"), keys),
                _date(e["checked"], at("entry", i, "checked")),
            )
        )
    return CountryAdvice(code, travel, tuple(entry))


def _city_advice(value: object, where: str, keys: set[str]) -> CityAdvice:
    raw = dp._object(value, where, _CITY)

    def at(*k: str | int) -> str:
        return dp._at(where, *k)

    languages = []
    for i, item in enumerate(dp._list(raw["languages"], at("languages"))):
        lang = dp._object(item, at("languages", i), _LANGUAGE)
        code = lang["code"]
        if not isinstance(code, str) or code not in LANGUAGES:
            raise dp._fail(at("languages", i, "code"), f"unknown language {dp._show(code)}")
        languages.append(
            LanguageAdvice(
                code,
                dp._choice(lang["level"], at("languages", i, "level"), CEFR_LEVELS[:6]),
                dp._choice(lang["role"], at("languages", i, "role"), LANGUAGE_ROLES),
                dp._text(lang["rationale"], at("languages", i, "rationale"), required=True),
                _source(lang["source"], at("languages", i, "source"), keys),
            )
        )
    inside = raw["in_warning_region"]
    return CityAdvice(
        dp._slug(raw["city"], at("city")),
        tuple(languages),
        None if inside is None else dp._bool(inside, at("in_warning_region")),
        dp._text(raw["support_rationale"], at("support_rationale")),
        _source(raw["source"], at("source"), keys),
    )


# --- writing --------------------------------------------------------------------------------


def _t(text: Text) -> dict[str, str]:
    return {"de": text.de, "en": text.en}


def advice_to_dict(advice: Advice) -> dict[str, Any]:
    return {
        "checked": advice.checked,
        "rules": [
            {
                "id": r.id,
                "route": r.route,
                "kind": r.kind,
                "label": _t(r.label),
                "countries": list(r.countries),
                "min_days": r.min_days,
                "max_days": r.max_days,
                "valid_from": r.valid_from,
                "valid_until": r.valid_until,
                "lead_months": r.lead_months,
                "blocked_by_travel_warning": r.blocked_by_travel_warning,
                "conditions": [_t(c) for c in r.conditions],
                "source": r.source,
                "checked": r.checked,
            }
            for r in advice.rules
        ],
        "law": [
            {
                "id": x.id,
                "over_weeks": x.over_weeks,
                "text": _t(x.text),
                "source": x.source,
                "checked": x.checked,
            }
            for x in advice.law
        ],
        "countries": [
            {
                "code": c.code,
                "travel_warning": {
                    "level": c.travel_warning.level,
                    "regions": _t(c.travel_warning.regions),
                    "source": c.travel_warning.source,
                    "checked": c.travel_warning.checked,
                },
                "entry": [
                    {
                        "text": _t(e.text),
                        "lead_weeks": e.lead_weeks,
                        "source": e.source,
                        "checked": e.checked,
                    }
                    for e in c.entry
                ],
            }
            for c in advice.countries.values()
        ],
        "cities": [
            {
                "city": c.city,
                "languages": [
                    {
                        "code": x.code,
                        "level": x.level,
                        "role": x.role,
                        "rationale": _t(x.rationale),
                        "source": x.source,
                    }
                    for x in c.languages
                ],
                "in_warning_region": c.in_warning_region,
                "support_rationale": _t(c.support_rationale),
                "source": c.source,
            }
            for c in advice.cities.values()
        ],
    }
