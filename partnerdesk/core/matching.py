"""Matching: rank partner cities for an apprentice's self-assessment and explain every result.

The model is additive (see docs/matching.md): five criteria, each a number from 0 to 1 with a
written meaning of 0 and 1, weighted and summed into a score from 0 to 100. A city's score
depends only on that city and the profile, so adding or removing other cities never reorders
the rest. Paused cities are never ranked; restricted ones are ranked with a warning.

Scoring is kept cheap (it runs on every slider move and over 10,000 cities in the benchmark);
the German/English explanation of a result is built only when someone asks for it.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from partnerdesk.core.advice import Advice, CityAdvice
from partnerdesk.core.catalogue import text
from partnerdesk.core.domain import CRITERIA, CRITERION_LABELS, City, Profile
from partnerdesk.core.explanation import (
    Explanation,
    Obstacle,
    ThemeMatch,
    explain,
    required_levels,
)
from partnerdesk.core.feasibility import LIMITED, OK, Feasibility, FeasibilityJudge
from partnerdesk.core.vocab import (
    COMPARABILITY_VALUE,
    SUPPORT_VALUE,
    THEMES,
    Label,
    Status,
    level_rank,
)

__all__ = [
    "LIMITED",
    "OK",
    "CityResult",
    "Excluded",
    "Explanation",
    "Feasibility",
    "Matcher",
    "Obstacle",
    "Ranking",
    "ThemeMatch",
    "WeightChange",
    "rank",
    "ranking_to_json",
]

# Theme-fit depth: one "sehr wichtig" theme that is a main focus of the city (3 points) gives
# depth 0.8, two give 0.96. Steeper saturation hid the difference between a city whose focus
# matches and one that only has a project on the theme.
THEME_DEPTH_AT_3_POINTS = 0.8
_THEME_TAU = 3.0 / -math.log(1.0 - THEME_DEPTH_AT_3_POINTS)
# English as a bridge language is worth less than the local language: daily life, colleagues
# and documents stay in the local language.
BRIDGE_FACTOR = 0.8
# A minority official language opens doors socially but not at work in the administration.
MINORITY_FACTOR = 0.5
CLOSE_CALL_SHARE = 0.10  # #1 and #2 within 10 % of #1's score
# The ranking's warning while nothing is entered (the kiosk leaves it out: it asks anyway).
NO_INPUT = text("matching.no_input")


# --- results ------------------------------------------------------------------------------


@dataclass(eq=False)
class CityResult:
    city: City
    profile: Profile
    criteria: dict[str, float]  # criterion -> 0..1
    contributions: dict[str, float]  # criterion -> points; they add up to score
    score: float  # 0..100
    feasibility: Feasibility
    advice: Advice = field(repr=False)
    today: datetime.date = field(repr=False)

    @cached_property
    def explanation(self) -> Explanation:
        return explain(
            self.city, self.profile, self.criteria, self.feasibility, self.advice, self.today
        )


@dataclass(frozen=True, slots=True)
class Excluded:
    city: City
    reason: Label


@dataclass(frozen=True, slots=True)
class WeightChange:
    """The smallest change of one weight at which #2 draws level with #1."""

    criterion: str
    current: float
    threshold: float


@dataclass
class Ranking:
    """Results in order: all feasible ("ok") cities by score, then all "limited" by score."""

    profile: Profile
    results: list[CityResult]
    excluded: list[Excluded] = field(default_factory=list)
    warnings: tuple[Label, ...] = ()
    checked: str = ""  # when the funding rules and travel advice were checked (ISO date)

    @property
    def has_input(self) -> bool:
        """False when nothing was entered: views show "noch keine Angaben" instead."""
        return self.profile.has_input

    @property
    def close_call(self) -> bool:
        if len(self.results) < 2:
            return False
        first, second = self.results[0].score, self.results[1].score
        return first - second <= CLOSE_CALL_SHARE * first

    def swap_hint(self) -> WeightChange | None:
        if len(self.results) < 2:
            return None
        return smallest_swap(self.results[0], self.results[1], self.profile.weights)

    def close_call_hint(self) -> Label | None:
        """The swap hint in an advisor's terms, or None when there is none to give.

        "Wenn Sprache etwas weniger zählt, liegt Leeds vorn." Only within the same
        feasibility level: a weight change never lifts a limited city above a feasible one.
        """
        hint = self.swap_hint() if self.close_call else None
        if hint is None:
            return None
        first, second = self.results[0], self.results[1]
        if first.feasibility.level != second.feasibility.level:
            return None
        more = hint.threshold > hint.current
        city = second.city.names
        if hint.criterion == "themes":  # plural: "Wenn die Themen etwas weniger zählen"
            key = "matching.swap_themes_more" if more else "matching.swap_themes_less"
            return text(key, city=city)
        key = "matching.swap_more" if more else "matching.swap_less"
        return text(key, criterion=CRITERION_LABELS[hint.criterion], city=city)


# --- scoring --------------------------------------------------------------------------------


def theme_fit(city: City, profile: Profile, strengths: Mapping[str, float]) -> float:
    """Coverage x depth.

    coverage = carried interest / (carried interest + interest the city does not carry at all)
    depth    = 1 - exp(-points / tau), points = sum of interest x strength over carried themes
    0: the city carries none of the apprentice's themes (or no theme was marked).
    1: every marked theme is carried, with depth (one "sehr wichtig" main focus gives 0.8).
    Raising the interest in a theme the city carries never lowers this value.
    """
    points = 0.0
    missing = 0
    for theme, interest in profile.interests.items():
        if interest <= 0:
            continue
        strength = strengths.get(theme, 0.0)
        if strength > 0:
            points += interest * strength
        else:
            missing += interest
    if points <= 0:
        return 0.0
    coverage = points / (points + missing)
    depth = 1.0 - math.exp(-points / _THEME_TAU)
    return coverage * depth


def _have(profile: Profile, code: str) -> int:
    level = profile.languages.get(code)
    return level_rank(level) if level else 0


LanguageNeeds = tuple[tuple[str, int, float], ...]  # (code, required rank, factor)


def language_needs(city: City, advice: CityAdvice | None = None) -> LanguageNeeds:
    """What the city asks per language: the recommended level and what speaking it is worth.

    The language of daily work and administration counts fully; English as a bridge and a
    minority official language (Hungarian or Slovak in Novi Sad) count 0.8 and 0.5 of it.
    """
    factors = {"daily": 1.0, "bridge": BRIDGE_FACTOR, "minority": MINORITY_FACTOR}
    if advice is None or not advice.languages:
        # Without advice every official language counts as a language of daily life.
        levels = {lang.code: (city.recommended_level, "daily") for lang in city.languages}
        if city.english_bridge and "en" not in levels:
            levels["en"] = (city.recommended_level, "bridge")
    else:
        levels = required_levels(city, advice)
    return tuple((code, level_rank(level), factors[role]) for code, (level, role) in levels.items())


def language_fit(city: City, profile: Profile, needs: LanguageNeeds | None = None) -> float:
    """0: speaks none of the city's languages (nor a bridge language).
    1: speaks the language of daily work at the recommended level (default B1) or better.
    In between: the share of the recommended level reached, times 0.8 for English as a
    bridge and 0.5 for a minority language; the best language counts.
    """
    best = 0.0
    for code, required, factor in needs if needs is not None else language_needs(city):
        have = _have(profile, code)
        if have:
            best = max(best, factor * min(1.0, have / required))
    return best


def structure_fit(city: City, profile: Profile) -> float:
    """0: a similar administration matters very much (3) and the city's is clearly different.
    1: the administration is similar to a German municipality, or it does not matter (0).
    """
    importance = profile.structure_importance / 3
    return 1.0 - importance * (1.0 - COMPARABILITY_VALUE[city.comparability])


def time_fit(city: City, profile: Profile) -> float:
    """0: no weeks available. 1: the weeks available cover the typical minimum stay."""
    need = max(city.min_weeks, 1)
    return min(1.0, profile.weeks / need)


def support_fit(city: City, profile: Profile) -> float:
    """0: needs much support (independence 1) where hardly any channel exists.
    1: independent enough (5), or existing internship/staff-exchange channels carry the stay.
    """
    need = (5 - profile.independence) / 4
    return 1.0 - need * (1.0 - SUPPORT_VALUE[city.support_level])


def _exclusion(city: City, profile: Profile) -> Label | None:
    if city.status == Status.PAUSED:
        return text("matching.paused", reason=city.status_reason)
    if profile.abroad_only and not city.abroad:
        return text("matching.domestic_excluded")
    return None


class Matcher:
    """Ranks a fixed set of cities; precomputes what does not depend on the profile.

    *advice* (funding rules, travel warnings, language advice) defaults to the shipped
    pack's; *today* (for lead times and the data age) defaults to the real date.
    """

    def __init__(
        self,
        cities: Iterable[City],
        advice: Advice | None = None,
        today: datetime.date | None = None,
    ) -> None:
        if advice is None:
            from partnerdesk.core.datapack import shipped_advice

            advice = shipped_advice()
        self.advice = advice
        self.today = today
        self.cities: tuple[City, ...] = tuple(cities)
        self._strengths = [city.theme_strengths() for city in self.cities]
        self._needs = [language_needs(city, advice.cities.get(city.id)) for city in self.cities]

    def rank(self, profile: Profile) -> Ranking:
        today = self.today or datetime.date.today()
        weights = [max(0.0, float(profile.weights.get(c, 0.0))) for c in CRITERIA]
        total_weight = sum(weights)
        scale = [100.0 * w / total_weight for w in weights]
        judge = FeasibilityJudge(self.advice, profile, today)
        results: list[CityResult] = []
        excluded: list[Excluded] = []
        for city, strengths, needs in zip(self.cities, self._strengths, self._needs, strict=True):
            reason = _exclusion(city, profile)
            if reason is not None:
                excluded.append(Excluded(city, reason))
                continue
            values = (
                theme_fit(city, profile, strengths),
                language_fit(city, profile, needs),
                structure_fit(city, profile),
                time_fit(city, profile),
                support_fit(city, profile),
            )
            contributions = [s * v for s, v in zip(scale, values, strict=True)]
            results.append(
                CityResult(
                    city=city,
                    profile=profile,
                    criteria=dict(zip(CRITERIA, values, strict=True)),
                    contributions=dict(zip(CRITERIA, contributions, strict=True)),
                    score=math.fsum(contributions),
                    feasibility=judge.assess(city),
                    advice=self.advice,
                    today=today,
                )
            )
        # Feasible first; the id breaks ties so the order never depends on the input order.
        results.sort(key=lambda r: (r.feasibility.level != OK, -r.score, r.city.id))
        return Ranking(
            profile,
            results,
            excluded,
            self._warnings(profile, results, today),
            self.advice.checked if self.advice.rules else "",
        )

    def _warnings(
        self, profile: Profile, results: list[CityResult], today: datetime.date
    ) -> tuple[Label, ...]:
        warnings: list[Label] = []
        if not profile.has_input:
            warnings.append(NO_INPUT)
        marked = [t for t, v in profile.interests.items() if v > 0]
        if marked and results and all(r.criteria["themes"] == 0.0 for r in results):
            themes = [THEMES[t] for t in marked]
            warnings.append(text("matching.no_theme", themes=themes))
        if self.advice.rules and self.advice.is_stale(today):
            warnings.append(text("matching.stale", checked=self.advice.checked_date))
        return tuple(warnings)


def rank(
    cities: Iterable[City],
    profile: Profile,
    advice: Advice | None = None,
    today: datetime.date | None = None,
) -> Ranking:
    return Matcher(cities, advice, today).rank(profile)


def smallest_swap(
    first: CityResult, second: CityResult, weights: Mapping[str, float]
) -> WeightChange | None:
    """The one-weight change (weights stay within 0..1) that brings #2 level with #1.

    The sign of score(#1) - score(#2) is that of sum(w_k * d_k), d_k the criterion difference,
    whatever the weights add up to; solving for one w_k gives the threshold.
    """
    diffs = {c: first.criteria[c] - second.criteria[c] for c in CRITERIA}
    gap = sum(weights.get(c, 0.0) * diffs[c] for c in CRITERIA)
    best: WeightChange | None = None
    for criterion, diff in diffs.items():
        if abs(diff) < 1e-12:
            continue
        current = weights.get(criterion, 0.0)
        threshold = current - gap / diff
        if not 0.0 <= threshold <= 1.0:
            continue
        others = sum(weights.get(c, 0.0) for c in CRITERIA if c != criterion)
        if threshold + others <= 0:
            continue
        if best is None or abs(threshold - current) < abs(best.threshold - best.current):
            best = WeightChange(criterion, current, threshold)
    return best


def ranking_to_json(ranking: Ranking, lang: str = "de") -> dict[str, object]:
    """The `match --json` shape of the CLI contract (DESIGN.md), also used for snapshots."""

    def result(r: CityResult) -> dict[str, object]:
        e = r.explanation
        return {
            "city": r.city.id,
            "name": r.city.name(lang),
            "score": round(r.score, 2),
            "headline": e.headline.get(lang),
            "feasibility": {
                "level": r.feasibility.level,
                "reasons": [x.get(lang) for x in r.feasibility.reasons],
            },
            "criteria": {c: round(v, 4) for c, v in r.criteria.items()},
            "contributions": {c: round(v, 2) for c, v in r.contributions.items()},
            "reasons": [x.get(lang) for x in e.reasons],
            "obstacles": [
                {"kind": o.kind, "text": o.text.get(lang), "offers": list(o.offers)}
                for o in e.obstacles
            ],
            "themes": [
                {
                    "theme": m.theme,
                    "interest": m.interest,
                    "strength": m.strength,
                    "projects": list(m.projects),
                }
                for m in e.theme_matches
            ],
            "funding": r.feasibility.route or r.city.funding,
            "funding_text": e.funding.get(lang),
            "offers": list(e.offers),
            "status": r.city.status,
            "warning": e.warning.get(lang) if e.warning else None,
        }

    hint = ranking.swap_hint() if ranking.close_call else None
    text = ranking.close_call_hint()
    return {
        "ranking": [result(r) for r in ranking.results],
        "excluded": [
            {
                "city": x.city.id,
                "name": x.city.name(lang),
                "reason": x.reason.get(lang),
                "status": x.city.status,
            }
            for x in ranking.excluded
        ],
        "close_call": ranking.close_call,
        "swap_hint": None
        if hint is None
        else {
            "criterion": hint.criterion,
            "current": round(hint.current, 4),
            "threshold": round(hint.threshold, 4),
        },
        "close_call_hint": text.get(lang) if text else None,
        "warnings": [w.get(lang) for w in ranking.warnings],
        "checked": ranking.checked or None,
    }
