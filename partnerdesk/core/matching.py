"""Matching: rank partner cities for an apprentice's self-assessment and explain every result.

The model is additive (see docs/matching.md): five criteria, each a number from 0 to 1 with a
written meaning of 0 and 1, weighted and summed into a score from 0 to 100. A city's score
depends only on that city and the profile, so adding or removing other cities never reorders
the rest. Paused cities are never ranked; restricted ones are ranked with a warning.

Scoring is kept cheap (it runs on every slider move and over 10,000 cities in the benchmark);
the German/English explanation of a result is built only when someone asks for it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from partnerdesk.core.domain import CRITERIA, City, Profile
from partnerdesk.core.formatting import format_weeks
from partnerdesk.core.vocab import (
    COMPARABILITY_LABELS,
    COMPARABILITY_VALUE,
    FUNDING_LABELS,
    FUNDING_WINDOW_WEEKS,
    INTEREST_LABELS,
    LANGUAGES,
    MAX_INTEREST,
    SUPPORT_LABELS,
    SUPPORT_VALUE,
    THEMES,
    Label,
    Status,
    level_rank,
)

# Theme-fit depth: one "sehr wichtig" theme that is a main focus of the city (3 points) gives
# depth 0.8, two give 0.96. Steeper saturation hid the difference between a city whose focus
# matches and one that only has a project on the theme.
THEME_DEPTH_AT_3_POINTS = 0.8
_THEME_TAU = 3.0 / -math.log(1.0 - THEME_DEPTH_AT_3_POINTS)
# English as a bridge language is worth less than the local language: daily life, colleagues
# and documents stay in the local language.
BRIDGE_FACTOR = 0.8
CLOSE_CALL_SHARE = 0.10  # #1 and #2 within 10 % of #1's score


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThemeMatch:
    theme: str
    interest: int
    strength: float  # 1.0 focus area, 0.5 project only
    focus: tuple[str, ...]  # focus-area wording that carries the theme
    projects: tuple[str, ...]  # project titles that carry the theme


@dataclass(frozen=True, slots=True)
class Obstacle:
    kind: str  # language | time | structure | support | funding | status
    text: Label
    offers: tuple[str, ...]  # keys of vocab.OFFERS that help with it


@dataclass(frozen=True, slots=True)
class Explanation:
    theme_matches: tuple[ThemeMatch, ...]
    reasons: tuple[Label, ...]
    obstacles: tuple[Obstacle, ...]
    funding: Label
    warning: Label | None

    @property
    def offers(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for obstacle in self.obstacles:
            for offer in obstacle.offers:
                seen.setdefault(offer, None)
        return tuple(seen)


@dataclass(eq=False)
class CityResult:
    city: City
    profile: Profile
    criteria: dict[str, float]  # criterion -> 0..1
    contributions: dict[str, float]  # criterion -> points; they add up to score
    score: float  # 0..100

    @cached_property
    def explanation(self) -> Explanation:
        return explain(self.city, self.profile, self.criteria)


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
    profile: Profile
    results: list[CityResult]
    excluded: list[Excluded] = field(default_factory=list)

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


def language_fit(city: City, profile: Profile) -> float:
    """0: speaks none of the city's languages (nor English where it bridges).
    1: speaks a language of the city at the recommended level (default B1) or better.
    In between: the share of the recommended level reached; English as a bridge counts 0.8.
    """
    required = level_rank(city.recommended_level)
    local = max((min(1.0, _have(profile, lang.code) / required) for lang in city.languages),
                default=0.0)
    if city.english_bridge and all(lang.code != "en" for lang in city.languages):
        bridge = BRIDGE_FACTOR * min(1.0, _have(profile, "en") / required)
        return max(local, bridge)
    return local


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
        return Label(
            f"Partnerschaft ruht: {city.status_reason.de}",
            f"Partnership paused: {city.status_reason.get('en')}",
        )
    if profile.abroad_only and not city.abroad:
        return Label(
            "Inlandspartnerschaft – ausgeschlossen, weil nur ein Auslandsaufenthalt gesucht wird",
            "Domestic partnership – excluded because only a stay abroad is wanted",
        )
    return None


class Matcher:
    """Ranks a fixed set of cities; precomputes what does not depend on the profile."""

    def __init__(self, cities: Iterable[City]) -> None:
        self.cities: tuple[City, ...] = tuple(cities)
        self._strengths = [city.theme_strengths() for city in self.cities]

    def rank(self, profile: Profile) -> Ranking:
        weights = [max(0.0, float(profile.weights.get(c, 0.0))) for c in CRITERIA]
        total_weight = sum(weights)
        scale = [100.0 * w / total_weight for w in weights]
        results: list[CityResult] = []
        excluded: list[Excluded] = []
        for city, strengths in zip(self.cities, self._strengths, strict=True):
            reason = _exclusion(city, profile)
            if reason is not None:
                excluded.append(Excluded(city, reason))
                continue
            values = (
                theme_fit(city, profile, strengths),
                language_fit(city, profile),
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
                )
            )
        # The id breaks ties so the order never depends on the input order.
        results.sort(key=lambda r: (-r.score, r.city.id))
        return Ranking(profile, results, excluded)


def rank(cities: Iterable[City], profile: Profile) -> Ranking:
    return Matcher(cities).rank(profile)


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


# --- explanation ----------------------------------------------------------------------------


def _lang_name(code: str) -> Label:
    return LANGUAGES.get(code, Label(code, code))


def _level_text(level: str | None, lang: str) -> str:
    if level is None:
        return "nicht angegeben" if lang == "de" else "not given"
    if level == "native":
        return "Muttersprache" if lang == "de" else "native"
    return level


def _theme_part(city: City, profile: Profile) -> tuple[tuple[ThemeMatch, ...], list[Label]]:
    strengths = city.theme_strengths()
    matches: list[ThemeMatch] = []
    for theme, interest in profile.interests.items():
        strength = strengths.get(theme, 0.0)
        if interest <= 0 or strength <= 0:
            continue
        focus = tuple(a.text.de for a in city.focus_areas if theme in a.themes)
        projects = tuple(p.title for p in city.projects_for(theme))
        matches.append(ThemeMatch(theme, interest, strength, focus, projects))
    matches.sort(key=lambda m: (-m.interest * m.strength, m.theme))
    reasons: list[Label] = []
    for m in matches:
        label = THEMES[m.theme]
        wish = INTEREST_LABELS[min(m.interest, MAX_INTEREST)]
        if m.focus:
            de = f"{label.de} ({wish.de}): Schwerpunkt der Partnerschaft"
            en = f"{label.en} ({wish.en}): a focus of the partnership"
        else:
            de = f"{label.de} ({wish.de}): getragen von Projekten"
            en = f"{label.en} ({wish.en}): carried by projects"
        if m.projects:
            listing = "; ".join(m.projects)
            de += f" – {listing}"
            en += f" – {listing}"
        reasons.append(Label(de, en))
    return tuple(matches), reasons


def _language_part(city: City, profile: Profile) -> tuple[list[Label], list[Obstacle]]:
    required = city.recommended_level
    req_rank = level_rank(required)
    reasons: list[Label] = []
    obstacles: list[Obstacle] = []
    spoken = [lang for lang in city.languages if _have(profile, lang.code) >= req_rank]
    if spoken:
        lang = spoken[0]
        name = _lang_name(lang.code)
        level = profile.languages.get(lang.code)
        reasons.append(Label(
            f"{name.de}: {_level_text(level, 'de')} angegeben, {required} empfohlen",
            f"{name.en}: {_level_text(level, 'en')} given, {required} recommended",
        ))
        return reasons, obstacles
    main = next((lang for lang in city.languages if lang.official), city.languages[0])
    name = _lang_name(main.code)
    level = profile.languages.get(main.code)
    obstacles.append(Obstacle(
        "language",
        Label(
            f"{name.de}: {required} empfohlen, angegeben {level}" if level
            else f"{name.de}: {required} empfohlen, nicht angegeben",
            f"{name.en}: {required} recommended, given {level}" if level
            else f"{name.en}: {required} recommended, not given",
        ),
        ("foerderung", "fit_fuer_europa") if city.funding == "erasmus_plus" else ("foerderung",),
    ))
    english = profile.languages.get("en")
    if city.english_bridge and english and level_rank(english) >= req_rank:
        reasons.append(Label(
            f"Englisch als Brückensprache ({_level_text(english, 'de')})",
            f"English as a bridge language ({_level_text(english, 'en')})",
        ))
    return reasons, obstacles


def explain(city: City, profile: Profile, criteria: Mapping[str, float]) -> Explanation:
    theme_matches, reasons = _theme_part(city, profile)
    lang_reasons, obstacles = _language_part(city, profile)
    reasons.extend(lang_reasons)

    comparability = COMPARABILITY_LABELS[city.comparability]
    if city.comparability == "similar":
        reasons.append(Label(
            f"Verwaltung {comparability.de}: {city.comparability_rationale.de}",
            f"Administration {comparability.en}: {city.comparability_rationale.get('en')}",
        ))
    elif profile.structure_importance >= 2:
        obstacles.append(Obstacle(
            "structure",
            Label(
                f"Verwaltung {comparability.de}: {city.comparability_rationale.de}",
                f"Administration {comparability.en}: "
                f"{city.comparability_rationale.get('en')}",
            ),
            ("fit_fuer_europa", "vermittlung"),
        ))

    if profile.weeks < city.min_weeks:
        obstacles.append(Obstacle(
            "time",
            Label(
                f"Üblicher Mindestaufenthalt {format_weeks(city.min_weeks, 'de')}, "
                f"verfügbar {profile.weeks}",
                f"Typical minimum stay {format_weeks(city.min_weeks, 'en')}, "
                f"available {profile.weeks}",
            ),
            ("vermittlung",),
        ))
    low, high = FUNDING_WINDOW_WEEKS[city.funding]
    funding = FUNDING_LABELS[city.funding]
    if profile.weeks < low:
        obstacles.append(Obstacle(
            "funding",
            Label(
                f"{funding.de} fördert erst ab {low:g} Wochen, verfügbar {profile.weeks}",
                f"{funding.en} funds stays from {low:g} weeks, available {profile.weeks}",
            ),
            ("foerderung",),
        ))
    elif high is not None and profile.weeks > high:
        reasons.append(Label(
            f"{funding.de} fördert höchstens {high:g} Wochen – Aufenthalt entsprechend planen",
            f"{funding.en} funds at most {high:g} weeks – plan the stay accordingly",
        ))

    support = SUPPORT_LABELS[city.support_level]
    if city.support_channels and city.support_level != "low":
        reasons.append(Label(
            f"Bestehende Kanäle: {'; '.join(city.support_channels)}",
            f"Existing channels: {'; '.join(city.support_channels)}",
        ))
    if criteria["support"] < 0.75:
        obstacles.append(Obstacle(
            "support",
            Label(
                f"Viel Unterstützung gewünscht, vor Ort {support.de}",
                f"Much support wanted; on site {support.en}",
            ),
            ("vermittlung", "unterkunft"),
        ))

    warning = None
    if city.status == Status.RESTRICTED:
        warning = Label(
            f"Eingeschränkt: {city.status_reason.de}",
            f"Restricted: {city.status_reason.get('en')}",
        )
        obstacles.append(Obstacle("status", warning, ("vermittlung",)))

    funding_text = Label(_with_note(funding.de, city.funding_note.de),
                         _with_note(funding.en, city.funding_note.get("en")))
    return Explanation(theme_matches, tuple(reasons), tuple(obstacles), funding_text, warning)


def _with_note(route: str, note: str) -> str:
    # Notes often open with the programme's own name ("AusbildungWeltweit: ..."); say it once.
    if not note:
        return route
    if note.startswith(route.split(" (")[0]):
        return note
    return f"{route} – {note}"


def ranking_to_json(ranking: Ranking, lang: str = "de") -> dict[str, object]:
    """The `match --json` shape of the CLI contract (DESIGN.md), also used for snapshots."""

    def result(r: CityResult) -> dict[str, object]:
        e = r.explanation
        return {
            "city": r.city.id,
            "name": r.city.name(lang),
            "score": round(r.score, 2),
            "criteria": {c: round(v, 4) for c, v in r.criteria.items()},
            "contributions": {c: round(v, 2) for c, v in r.contributions.items()},
            "reasons": [x.get(lang) for x in e.reasons],
            "obstacles": [
                {"kind": o.kind, "text": o.text.get(lang), "offers": list(o.offers)}
                for o in e.obstacles
            ],
            "themes": [
                {"theme": m.theme, "interest": m.interest, "strength": m.strength,
                 "projects": list(m.projects)}
                for m in e.theme_matches
            ],
            "funding": r.city.funding,
            "funding_text": e.funding.get(lang),
            "offers": list(e.offers),
            "status": r.city.status,
            "warning": e.warning.get(lang) if e.warning else None,
        }

    hint = ranking.swap_hint() if ranking.close_call else None
    return {
        "ranking": [result(r) for r in ranking.results],
        "excluded": [
            {"city": x.city.id, "name": x.city.name(lang), "reason": x.reason.get(lang),
             "status": x.city.status}
            for x in ranking.excluded
        ],
        "close_call": ranking.close_call,
        "swap_hint": None if hint is None else {
            "criterion": hint.criterion,
            "current": round(hint.current, 4),
            "threshold": round(hint.threshold, 4),
        },
    }
