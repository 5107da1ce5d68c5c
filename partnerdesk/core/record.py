"""The counselling record ("Beratungsprotokoll"): what it shows, as plain data, without Qt.

``RecordData`` holds everything a record shows, frozen at the talk: the ranking is a
snapshot in one language (``record_ranking`` from a live ranking, ``record_ranking_from_json``
from a talk's stored snapshot), so a record exported next year shows what was discussed.
``partnerdesk.report.record_doc`` lays it out and ``partnerdesk.report.typeset`` prints it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from partnerdesk.core.domain import Profile

if TYPE_CHECKING:
    from partnerdesk.core.matching import CityResult, Ranking

TOP_MATCHES = 5

# --- content ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordObstacle:
    text: str
    offers: tuple[str, ...] = ()  # keys of vocab.OFFERS


@dataclass(frozen=True, slots=True)
class RecordMatch:
    """One ranked city as it was at the talk (a snapshot: later data changes don't touch it)."""

    city_id: str
    name: str
    score: float  # 0..100
    contributions: Mapping[str, float]  # criterion -> points, adding up to score
    reasons: tuple[str, ...] = ()
    obstacles: tuple[RecordObstacle, ...] = ()
    funding: str = ""
    warning: str | None = None
    local_name: str = ""
    country: str = ""
    headline: str = ""
    feasibility_level: str = ""  # "ok" | "limited" | "" (not known, an old snapshot)
    feasibility_reasons: tuple[str, ...] = ()
    funding_key: str = ""  # the route's key (erasmus_plus, ...), to state each route once


@dataclass(frozen=True, slots=True)
class RecordChoice:
    """A city the apprentice chose to follow up, with why and whether it is feasible."""

    city_id: str
    name: str
    headline: str = ""
    feasibility_level: str = ""  # "ok" | "limited" | ""
    feasibility_reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RecordExcluded:
    city_id: str
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class RecordRanking:
    matches: tuple[RecordMatch, ...] = ()
    excluded: tuple[RecordExcluded, ...] = ()
    close_call: bool = False


@dataclass(frozen=True, slots=True)
class NextStep:
    text: str
    owner: str = ""
    due: date | None = None
    done: bool = False
    offer: str | None = None  # a key of vocab.OFFERS when the step is a Team INA offer


@dataclass(frozen=True, slots=True)
class RecordData:
    record_id: str
    created: date
    advisor: str
    apprentice: str
    profile: Profile
    ranking: RecordRanking = field(default_factory=RecordRanking)
    occupation: str = ""
    training_year: int | None = None
    notes: str = ""
    next_steps: tuple[NextStep, ...] = ()
    chosen_cities: tuple[RecordChoice, ...] = ()
    consent_date: date | None = None
    deletion_date: date | None = None
    language: str = "de"  # "de" | "en"
    pack_version: str = ""
    app_version: str = ""


def _advice_of(result: CityResult, lang: str) -> tuple[str, str, tuple[str, ...]]:
    """(headline, feasibility level, feasibility reasons) of a live result."""
    feasibility = result.feasibility
    return (
        result.explanation.headline.get(lang),
        feasibility.level,
        tuple(r.get(lang) for r in feasibility.reasons),
    )


def _match_of(result: CityResult, lang: str) -> RecordMatch:
    e = result.explanation
    city = result.city
    headline, level, feasible = _advice_of(result, lang)
    return RecordMatch(
        city_id=city.id,
        name=city.name(lang),
        score=result.score,
        contributions=dict(result.contributions),
        reasons=tuple(r.get(lang) for r in e.reasons),
        obstacles=tuple(RecordObstacle(o.text.get(lang), o.offers) for o in e.obstacles),
        funding=e.funding.get(lang),
        warning=e.warning.get(lang) if e.warning else None,
        local_name=city.name_local,
        country=city.country(lang),
        headline=headline,
        feasibility_level=level,
        feasibility_reasons=feasible,
        funding_key=city.funding,
    )


def record_ranking(ranking: Ranking, lang: str, top: int = TOP_MATCHES) -> RecordRanking:
    """Snapshot the first *top* results of a live ranking in one language."""
    matches = tuple(_match_of(result, lang) for result in ranking.results[:top])
    excluded = tuple(
        RecordExcluded(x.city.id, x.city.name(lang), x.reason.get(lang)) for x in ranking.excluded
    )
    return RecordRanking(matches, excluded, ranking.close_call)


def record_choices(
    ranking: Ranking, city_ids: Sequence[str], lang: str, names: Mapping[str, str] | None = None
) -> tuple[RecordChoice, ...]:
    """The chosen cities with headline and feasibility from a live ranking, in *city_ids*
    order. A chosen city that is not ranked (paused) is "limited" with its reason."""
    ranked = {r.city.id: r for r in ranking.results}
    excluded = {x.city.id: x for x in ranking.excluded}
    out = []
    for cid in city_ids:
        if cid in ranked:
            result = ranked[cid]
            headline, level, reasons = _advice_of(result, lang)
            out.append(RecordChoice(cid, result.city.name(lang), headline, level, reasons))
        elif cid in excluded:
            x = excluded[cid]
            out.append(RecordChoice(cid, x.city.name(lang), "", "limited", (x.reason.get(lang),)))
        else:
            out.append(RecordChoice(cid, (names or {}).get(cid, cid)))
    return tuple(out)


def record_ranking_from_json(data: Mapping[str, object], top: int = TOP_MATCHES) -> RecordRanking:
    """Read a stored ``ranking_to_json`` snapshot (the shape of ``match --json``)."""

    def items(value: object) -> list[Mapping[str, object]]:
        return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []

    def text(value: object) -> str:
        return value if isinstance(value, str) else ""

    def number(value: object) -> float:
        return float(value) if isinstance(value, int | float) else 0.0

    matches = []
    for raw in items(data.get("ranking"))[:top]:
        contributions = raw.get("contributions")
        obstacles = []
        for o in items(raw.get("obstacles")):
            offers = o.get("offers")
            keys = (
                tuple(k for k in offers if isinstance(k, str)) if isinstance(offers, list) else ()
            )
            obstacles.append(RecordObstacle(text(o.get("text")), keys))
        reasons = raw.get("reasons")
        advice = _json_advice(raw)
        matches.append(
            RecordMatch(
                city_id=text(raw.get("city")),
                name=text(raw.get("name")),
                score=number(raw.get("score")),
                contributions=(
                    {str(k): number(v) for k, v in contributions.items()}
                    if isinstance(contributions, Mapping)
                    else {}
                ),
                reasons=tuple(r for r in reasons if isinstance(r, str))
                if isinstance(reasons, list)
                else (),
                obstacles=tuple(obstacles),
                funding=text(raw.get("funding_text")),
                warning=text(raw.get("warning")) or None,
                local_name=text(raw.get("name_local")),
                country=text(raw.get("country")),
                headline=advice[0],
                feasibility_level=advice[1],
                feasibility_reasons=advice[2],
                funding_key=text(raw.get("funding")),
            )
        )
    excluded = tuple(
        RecordExcluded(text(x.get("city")), text(x.get("name")), text(x.get("reason")))
        for x in items(data.get("excluded"))
    )
    return RecordRanking(tuple(matches), excluded, bool(data.get("close_call")))


def _json_advice(raw: Mapping[str, object]) -> tuple[str, str, tuple[str, ...]]:
    """(headline, feasibility level, reasons) of a stored result, as ``_advice_of``.

    Snapshots stored before release 0.2 have no "headline" and "feasibility": then the first
    reason stands as the headline and the feasibility is left unknown (""), not guessed.
    """
    headline = raw.get("headline")
    reasons = raw.get("reasons")
    if not isinstance(headline, str):
        headline = (
            reasons[0]
            if isinstance(reasons, list) and reasons and isinstance(reasons[0], str)
            else ""
        )
    feasibility = raw.get("feasibility")
    return headline, _level(feasibility), _feasibility_reasons(feasibility)


def _level(value: object) -> str:
    level = value.get("level") if isinstance(value, Mapping) else None
    return level if level in ("ok", "limited") else ""


def _feasibility_reasons(value: object) -> tuple[str, ...]:
    reasons = value.get("reasons") if isinstance(value, Mapping) else None
    return tuple(r for r in reasons if isinstance(r, str)) if isinstance(reasons, list) else ()


def record_choices_from_json(
    data: Mapping[str, object], city_ids: Sequence[str], names: Mapping[str, str] | None = None
) -> tuple[RecordChoice, ...]:
    """As ``record_choices``, from a stored ``ranking_to_json`` snapshot."""
    ranked: dict[str, Mapping[str, object]] = {}
    for key in ("ranking", "excluded"):
        value = data.get(key)
        for raw in value if isinstance(value, list) else []:
            if isinstance(raw, Mapping) and isinstance(raw.get("city"), str):
                ranked.setdefault(str(raw["city"]), raw)
    out = []
    for cid in city_ids:
        raw = ranked.get(cid)
        name = (names or {}).get(cid, cid)
        if raw is None:
            out.append(RecordChoice(cid, name))
            continue
        raw_name = raw.get("name")
        name = raw_name if isinstance(raw_name, str) else name
        if "score" not in raw:  # an excluded (paused) city: its reason is the limit
            reason = raw.get("reason")
            out.append(
                RecordChoice(
                    cid, str(name), "", "limited", (reason,) if isinstance(reason, str) else ()
                )
            )
            continue
        headline, level, reasons = _json_advice(raw)
        out.append(RecordChoice(cid, str(name), headline, level, reasons))
    return tuple(out)


_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")


def default_record_filename(day: date, record_id: str) -> str:
    """``Beratungsprotokoll_<YYYY-MM-DD>_<id>.pdf``; the id is reduced to file-name-safe ASCII."""
    safe = _UNSAFE_ID.sub("-", record_id).strip("-") or "0"
    return f"Beratungsprotokoll_{day.isoformat()}_{safe}.pdf"
