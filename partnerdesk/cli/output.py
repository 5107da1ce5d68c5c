"""Readable and JSON output of the ``cities`` and ``match`` commands."""

from __future__ import annotations

from collections.abc import Sequence

from partnerdesk.core.catalogue import text
from partnerdesk.core.domain import CRITERIA, CRITERION_LABELS, City
from partnerdesk.core.feasibility import FEASIBILITY_LABELS
from partnerdesk.core.matching import Ranking
from partnerdesk.core.vocab import (
    OFFERS,
    STATUS_LABELS,
)


def city_json(city: City, lang: str) -> dict[str, object]:
    return {
        "id": city.id,
        "name": city.name(lang),
        "name_de": city.name_de,
        "name_local": city.name_local,
        "country": city.country(lang),
        "country_code": city.country_code,
        "since": city.since,
        "status": city.status,
        "status_reason": city.status_reason.get(lang) or None,
        "focus_areas": [area.text.get(lang) for area in city.focus_areas],
        "themes": {key: value for key, value in sorted(city.theme_strengths().items())},
        "projects": [project.title for project in city.projects],
        "languages": [lang_.code for lang_ in city.languages],
        "recommended_level": city.recommended_level,
        "english_bridge": city.english_bridge,
        "comparability": city.comparability,
        "min_weeks": city.min_weeks,
        "funding": city.funding,
        "lat": city.lat,
        "lon": city.lon,
    }


def cities_json(cities: Sequence[City], lang: str) -> dict[str, object]:
    return {"cities": [city_json(city, lang) for city in cities]}


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - len(text))


def cities_table(cities: Sequence[City], lang: str) -> str:
    head = (
        "id",
        text("cli.city").get(lang),
        text("cli.country").get(lang),
        text("cli.since").get(lang),
        "Status",
    )
    rows = [
        (
            c.id,
            f"{c.name(lang)} ({c.name_local})" if c.name_local != c.name(lang) else c.name(lang),
            c.country(lang),
            str(c.since),
            STATUS_LABELS[c.status].get(lang),
        )
        for c in cities
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(_pad(v, w) for v, w in zip(head, widths, strict=True)).rstrip()]
    for row, city in zip(rows, cities, strict=True):
        lines.append("  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip())
        if city.status_reason.de:
            lines.append(f"    {city.status_reason.get(lang)}")
    return "\n".join(lines) + "\n"


def ranking_table(ranking: Ranking, lang: str) -> str:
    crit = [CRITERION_LABELS[c].get(lang) for c in CRITERIA]
    score_head = text("cli.score").get(lang)
    lines = [f"! {w.get(lang)}" for w in ranking.warnings]
    if lines:
        lines.append("")
    lines.append(
        f" #  {_pad(text('cli.city').get(lang), 16)} {score_head:>6}  "
        + "  ".join(f"{c[:9]:>9}" for c in crit)
    )
    for i, r in enumerate(ranking.results, 1):
        name = r.city.name(lang) + (" !" if not r.feasibility.ok else "")
        lines.append(
            f"{i:>2}  {_pad(name, 16)} {r.score:6.1f}  "
            + "  ".join(f"{r.contributions[c]:9.1f}" for c in CRITERIA)
        )
    lines.append("")
    for i, r in enumerate(ranking.results[:3], 1):
        e = r.explanation
        level = FEASIBILITY_LABELS[r.feasibility.level].get(lang)
        lines.append(f"{i}. {r.city.name(lang)} – {r.score:.0f} – {level}")
        lines.append(f"   {e.headline.get(lang)}")
        lines.extend(
            f"   {'✓' if r.feasibility.ok else '!'} {x.get(lang)}" for x in r.feasibility.reasons
        )
        lines.extend(f"   + {reason.get(lang)}" for reason in e.reasons)
        lines.extend(
            f"   – {o.text.get(lang)}" for o in e.obstacles if o.kind not in ("funding", "travel")
        )
        lines.append(f"   {text('cli.funding', route=e.funding).get(lang)}")
        if e.offers:
            lines.append("   Team INA: " + "; ".join(OFFERS[o].get(lang) for o in e.offers))
    if ranking.close_call:
        lines.append("")
        lines.append(text("close_call").get(lang))
        hint = ranking.close_call_hint()
        if hint is not None:
            lines.append(hint.get(lang))
    if ranking.excluded:
        lines.append("")
        lines.append(text("cli.not_ranked").get(lang))
        lines.extend(f"  {x.city.name(lang)}: {x.reason.get(lang)}" for x in ranking.excluded)
    return "\n".join(lines) + "\n"
