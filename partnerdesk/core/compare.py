"""Two or three ranked cities side by side: the rows of the comparison, as plain text.

One row per aspect (total, each criterion, feasibility and headline where the matching
provides them, reasons, obstacles, funding, Team INA offers, warning); one cell per city, in
the order given (the ranking's). The UI lays the rows out as a table; being plain data, the
same rows could go into a record or the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from partnerdesk.core.catalogue import Number, text
from partnerdesk.core.domain import CRITERIA, CRITERION_LABELS
from partnerdesk.core.formatting import format_number
from partnerdesk.core.matching import CityResult
from partnerdesk.core.vocab import OFFERS

MIN_CITIES, MAX_CITIES = 2, 3

_ROWS = {
    "score": text("compare.score"),
    "feasibility": text("compare.feasibility"),
    "headline": text("compare.headline"),
    "reasons": text("compare.reasons"),
    "obstacles": text("compare.obstacles"),
    "funding": text("compare.funding"),
    "offers": text("compare.offers"),
    "warning": text("compare.warning"),
}
_FEASIBILITY = {"ok": text("compare.ok"), "limited": text("compare.limited")}
_NONE = "—"


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    label: str
    cells: tuple[str, ...]


def _text(value: Any, lang: str) -> str:
    """A Label/Text pair or a plain string in *lang*."""
    getter = getattr(value, "get", None)
    return str(getter(lang)) if callable(getter) else str(value)


def _bullets(items: Sequence[str]) -> str:
    return "\n".join(f"• {item}" for item in items) if items else "—"


def rows(results: Sequence[CityResult], lang: str) -> list[Row]:
    """The comparison of *results* (2–3 cities) as rows; rows nobody has are left out."""
    if not MIN_CITIES <= len(results) <= MAX_CITIES:
        raise ValueError(f"compare: {MIN_CITIES}-{MAX_CITIES} cities, got {len(results)}")
    out = [
        Row(
            "score",
            _ROWS["score"].get(lang),
            tuple(f"{format_number(r.score, lang)} / 100" for r in results),
        )
    ]
    for criterion in CRITERIA:
        out.append(
            Row(
                criterion,
                CRITERION_LABELS[criterion].get(lang),
                tuple(
                    text(
                        "compare.points",
                        points=Number(r.contributions[criterion], decimals=1),
                        share=Number(r.criteria[criterion] * 100),
                    ).get(lang)
                    for r in results
                ),
            )
        )
    cells = []
    for r in results:
        head = _FEASIBILITY[r.feasibility.level].get(lang)
        reasons = [x.get(lang) for x in r.feasibility.reasons]
        cells.append(head + ("\n" + _bullets(reasons) if reasons else ""))
    out.append(Row("feasibility", _ROWS["feasibility"].get(lang), tuple(cells)))
    out.append(
        Row(
            "headline",
            _ROWS["headline"].get(lang),
            tuple(r.explanation.headline.get(lang) for r in results),
        )
    )
    out.append(
        Row(
            "reasons",
            _ROWS["reasons"].get(lang),
            tuple(_bullets([x.get(lang) for x in r.explanation.reasons]) for r in results),
        )
    )
    out.append(
        Row(
            "obstacles",
            _ROWS["obstacles"].get(lang),
            tuple(
                _bullets([o.text.get(lang) for o in r.explanation.obstacles if o.kind != "status"])
                for r in results
            ),
        )
    )
    out.append(
        Row(
            "funding",
            _ROWS["funding"].get(lang),
            tuple(r.explanation.funding.get(lang) or "—" for r in results),
        )
    )
    out.append(
        Row(
            "offers",
            _ROWS["offers"].get(lang),
            tuple(
                _bullets([OFFERS[k].get(lang) for k in r.explanation.offers if k in OFFERS])
                for r in results
            ),
        )
    )
    if any(r.explanation.warning for r in results):
        out.append(
            Row(
                "warning",
                _ROWS["warning"].get(lang),
                tuple(
                    r.explanation.warning.get(lang) if r.explanation.warning else _NONE
                    for r in results
                ),
            )
        )
    return out
