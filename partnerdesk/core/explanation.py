"""Why a city fits, in words: a headline sentence, the reasons, the obstacles with their help.

Built only when someone looks at a result (scoring stays cheap). Every number in a text is a
whole number of weeks or days (``core/texts.py``); each Team INA offer is attached only to the
obstacle it helps with.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

from partnerdesk.core.advice import Advice, CityAdvice
from partnerdesk.core.catalogue import from_data, text
from partnerdesk.core.domain import City, Profile
from partnerdesk.core.feasibility import Feasibility
from partnerdesk.core.texts import weeks
from partnerdesk.core.vocab import (
    COMPARABILITY_LABELS,
    INTEREST_LABELS,
    MAX_INTEREST,
    ROUTE_LABELS,
    SUPPORT_LABELS,
    THEMES,
    Label,
    Status,
    Text,
    language_name,
    level_rank,
)


@dataclass(frozen=True, slots=True)
class ThemeMatch:
    theme: str
    interest: int
    strength: float  # 1.0 focus area, 0.5 project only
    focus: tuple[str, ...]  # focus-area wording that carries the theme
    projects: tuple[str, ...]  # project titles that carry the theme


@dataclass(frozen=True, slots=True)
class Obstacle:
    kind: str  # language | time | structure | support | funding | status | travel | entry | law
    text: Label
    offers: tuple[str, ...]  # keys of vocab.OFFERS that help with it


@dataclass(frozen=True, slots=True)
class Explanation:
    headline: Label
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


def level_text(level: str | None) -> Label | str:
    """A CEFR level as said in a sentence: ``B1``, ``Muttersprache``, ``nicht angegeben``."""
    if level is None:
        return text("level.not_given")
    if level == "native":
        return text("level.native")
    return level


def required_levels(city: City, advice: CityAdvice | None) -> dict[str, tuple[str, str]]:
    """Language code -> (recommended level, role) for this city."""
    if advice is not None and advice.languages:
        return {x.code: (x.level, x.role) for x in advice.languages}
    levels = {
        lang.code: (city.recommended_level, "daily" if lang.official else "minority")
        for lang in city.languages
    }
    if city.english_bridge and "en" not in levels:
        levels["en"] = (city.recommended_level, "bridge")
    return levels


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
        count = len(m.projects)
        # No project, one project, several: the sentence names the count in proper plural.
        keys = (
            ("explain.theme_focus", "explain.theme_focus_project", "explain.theme_focus_projects")
            if m.focus
            else (
                "explain.theme_in_projects",
                "explain.theme_in_project",
                "explain.theme_in_projects_count",
            )
        )
        key = keys[min(count, 2)]
        wish = INTEREST_LABELS[min(m.interest, MAX_INTEREST)]
        reasons.append(text(key, theme=THEMES[m.theme], wish=wish, count=count))
    return tuple(matches), reasons


def _short(title: str) -> str:
    return title if len(title) <= 90 else title[:87].rstrip() + " …"


def headline(
    city: City,
    profile: Profile,
    criteria: Mapping[str, float],
    matches: tuple[ThemeMatch, ...],
    spoken: tuple[str, str] | None,
) -> Label:
    """One plain sentence from the strongest reason (theme with a project, else language)."""
    weights = profile.weights
    theme_points = weights.get("themes", 0.0) * criteria["themes"]
    language_points = weights.get("language", 0.0) * criteria["language"]
    if matches and theme_points >= language_points:
        m = matches[0]
        label = THEMES[m.theme]
        if m.projects:
            project = _short(min(m.projects, key=len))
            return text("headline.theme_project", theme=label, project=project)
        return text("headline.theme_focus", theme=label, city=city.names)
    if spoken is not None and language_points > 0:
        code, level = spoken
        return text(
            "headline.language",
            language=language_name(code),
            level=level_text(level),
            city=city.names,
        )
    if not profile.has_input:
        return text("headline.no_input")
    return text("headline.rest", city=city.names)


def _language_part(
    city: City, profile: Profile, advice: CityAdvice | None
) -> tuple[list[Label], list[Obstacle], tuple[str, str] | None]:
    levels = required_levels(city, advice)
    reasons: list[Label] = []
    obstacles: list[Obstacle] = []
    have = profile.languages
    for code, (required, role) in levels.items():
        if role == "daily" and code in have and level_rank(have[code]) >= level_rank(required):
            reasons.append(
                text(
                    "explain.language_fits",
                    language=language_name(code),
                    level=level_text(have[code]),
                    required=required,
                )
            )
            return reasons, obstacles, (code, have[code])
    main = next((c for c, (_, role) in levels.items() if role == "daily"), None)
    if main is None:
        main = city.languages[0].code
    required = levels.get(main, (city.recommended_level, "daily"))[0]
    level = have.get(main)
    key = "obstacle.language_given" if level else "obstacle.language_missing"
    words = text(key, language=language_name(main), required=required, level=level or "")
    obstacles.append(Obstacle("language", words, ("foerderung",)))
    for code, (required_bridge, role) in levels.items():
        if (
            role in ("bridge", "minority")
            and code in have
            and level_rank(have[code]) >= level_rank(required_bridge)
        ):
            key = "explain.bridge_language" if role == "bridge" else "explain.minority_language"
            reasons.append(text(key, language=language_name(code), level=level_text(have[code])))
            return reasons, obstacles, (code, have[code])
    return reasons, obstacles, None


def explain(
    city: City,
    profile: Profile,
    criteria: Mapping[str, float],
    feasibility: Feasibility,
    advice: Advice,
    today: datetime.date,
) -> Explanation:
    city_advice = advice.cities.get(city.id)
    theme_matches, reasons = _theme_part(city, profile)
    lang_reasons, obstacles, spoken = _language_part(city, profile, city_advice)
    reasons.extend(lang_reasons)

    structure = text(
        "explain.structure",
        comparability=COMPARABILITY_LABELS[city.comparability],
        rationale=city.comparability_rationale,
    )
    if city.comparability == "similar":
        reasons.append(structure)
    elif profile.structure_importance >= 2:
        obstacles.append(Obstacle("structure", structure, ("fit_fuer_europa",)))

    if profile.weeks < city.min_weeks:
        key = "obstacle.time_one" if profile.weeks == 1 else "obstacle.time"
        words = text(key, minimum=weeks(city.min_weeks), planned=weeks(profile.weeks))
        obstacles.append(Obstacle("time", words, ()))
    if not feasibility.ok:
        for reason in feasibility.reasons:
            kind = "travel" if feasibility.is_travel_warning(reason) else "funding"
            offers = ("foerderung",) if kind == "funding" and city.status == Status.ACTIVE else ()
            obstacles.append(Obstacle(kind, reason, offers))

    support = SUPPORT_LABELS[city.support_level]
    if city.support_channels and city.support_level != "low":
        reasons.append(text("explain.contacts", channels="; ".join(city.support_channels)))
    if criteria["support"] < 0.75:
        why = city_advice.support_rationale if city_advice else None
        words = (
            text("obstacle.support_why", support=support, why=why)
            if why and why.de
            else text("obstacle.support", support=support)
        )
        obstacles.append(Obstacle("support", words, ("vermittlung", "unterkunft")))

    country = advice.countries.get(city.country_code)
    if country is not None and city.abroad:
        for entry in country.entry:
            words = from_data(entry.text)
            if entry.lead_weeks:
                said = Text(entry.text.de.rstrip("."), entry.text.en.rstrip("."))
                words = text("obstacle.entry_lead", entry=said, lead=weeks(entry.lead_weeks))
            obstacles.append(Obstacle("entry", words, ()))
    for law in advice.law:
        if profile.weeks > law.over_weeks and city.abroad:
            obstacles.append(Obstacle("law", from_data(law.text), ()))

    warning = None
    if city.status == Status.RESTRICTED:
        warning = text("explain.restricted", reason=city.status_reason)
    route = ROUTE_LABELS.get(feasibility.route or city.funding, ROUTE_LABELS[city.funding])
    funding = _with_note(route, city.funding_note)
    head = headline(city, profile, criteria, theme_matches, spoken)
    return Explanation(head, theme_matches, tuple(reasons), tuple(obstacles), funding, warning)


def _with_note(route: Label, note: Text) -> Label:
    """The route with the city's funding note; notes often open with the programme's own name
    ("AusbildungWeltweit: ..."), so that name is said once, in each language."""
    if not note.de:
        return route
    own_name = [note.get(lang).startswith(route.get(lang).split(" (")[0]) for lang in ("de", "en")]
    if all(own_name):
        return from_data(note)
    if not any(own_name):
        return text("explain.funding_note", route=route, note=note)
    # One language names the programme, the other does not: each on its own.
    said = [
        note.get(lang) if own else f"{route.get(lang)} – {note.get(lang)}"
        for lang, own in zip(("de", "en"), own_name, strict=True)
    ]
    return from_data(Text(*said))
