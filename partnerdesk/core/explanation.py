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
from partnerdesk.core.domain import City, Profile
from partnerdesk.core.feasibility import Feasibility
from partnerdesk.core.texts import weeks
from partnerdesk.core.vocab import (
    COMPARABILITY_LABELS,
    INTEREST_LABELS,
    LANGUAGES,
    MAX_INTEREST,
    ROUTE_LABELS,
    SUPPORT_LABELS,
    THEMES,
    Label,
    Status,
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


def lang_name(code: str) -> Label:
    return LANGUAGES.get(code, Label(code, code))


def level_text(level: str | None, lang: str) -> str:
    if level is None:
        return "nicht angegeben" if lang == "de" else "not given"
    if level == "native":
        return "Muttersprache" if lang == "de" else "native"
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
        label = THEMES[m.theme]
        wish = INTEREST_LABELS[min(m.interest, MAX_INTEREST)]
        count = len(m.projects)
        if m.focus:
            de = f"{label.de} ({wish.de}): Schwerpunkt der Partnerschaft"
            en = f"{label.en} ({wish.en}): a focus of the partnership"
        else:
            de = f"{label.de} ({wish.de}): nicht Schwerpunkt, aber in Projekten vertreten"
            en = f"{label.en} ({wish.en}): not a focus, but present in projects"
        if count:
            de += f", {count} laufende{'s' if count == 1 else ''} Projekt{'e' if count > 1 else ''}"
            en += f", {count} current project{'s' if count > 1 else ''}"
        reasons.append(Label(de + ".", en + "."))
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
            project = min(m.projects, key=len)
            return Label(
                f"Passt zum Interesse an {label.de}: zum Beispiel „{_short(project)}“.",
                f'Fits the interest in {label.en.lower()}: for example "{_short(project)}".',
            )
        return Label(
            f"Passt zum Interesse an {label.de}: ein Schwerpunkt der Partnerschaft mit "
            f"{city.name_de}.",
            f"Fits the interest in {label.en.lower()}: a focus of the partnership with "
            f"{city.name_en}.",
        )
    if spoken is not None and language_points > 0:
        code, level = spoken
        name = lang_name(code)
        return Label(
            f"Die Sprache passt: {name.de} ({level_text(level, 'de')}) reicht für Alltag "
            f"und Arbeit in {city.name_de}.",
            f"The language fits: {name.en} ({level_text(level, 'en')}) is enough for daily "
            f"life and work in {city.name_en}.",
        )
    if not profile.has_input:
        return Label(
            "Noch keine Angaben – Themen und Sprachen bestimmen die Reihenfolge.",
            "Nothing entered yet – themes and languages decide the order.",
        )
    return Label(
        f"Kein gewähltes Thema und keine passende Sprache – {city.name_de} liegt nur wegen "
        "Zeit, Unterstützung oder Verwaltung hier.",
        f"No chosen theme and no matching language – {city.name_en} is here only for time, "
        "support or administration.",
    )


def _language_part(
    city: City, profile: Profile, advice: CityAdvice | None
) -> tuple[list[Label], list[Obstacle], tuple[str, str] | None]:
    levels = required_levels(city, advice)
    reasons: list[Label] = []
    obstacles: list[Obstacle] = []
    have = profile.languages
    for code, (required, role) in levels.items():
        if role == "daily" and code in have and level_rank(have[code]) >= level_rank(required):
            name = lang_name(code)
            reasons.append(
                Label(
                    f"{name.de}: {level_text(have[code], 'de')} angegeben, {required} empfohlen.",
                    f"{name.en}: {level_text(have[code], 'en')} given, {required} recommended.",
                )
            )
            return reasons, obstacles, (code, have[code])
    main = next((c for c, (_, role) in levels.items() if role == "daily"), None)
    if main is None:
        main = city.languages[0].code
    required = levels.get(main, (city.recommended_level, "daily"))[0]
    name = lang_name(main)
    level = have.get(main)
    obstacles.append(
        Obstacle(
            "language",
            Label(
                (
                    f"{name.de}: {required} empfohlen, angegeben {level}"
                    if level
                    else f"{name.de}: {required} empfohlen, nicht angegeben"
                )
                + " – ein Sprachkurs vorab hilft; Team INA kann ihn fördern.",
                (
                    f"{name.en}: {required} recommended, given {level}"
                    if level
                    else f"{name.en}: {required} recommended, not given"
                )
                + " – a language course beforehand helps; Team INA can fund it.",
            ),
            ("foerderung",),
        )
    )
    for code, (required_bridge, role) in levels.items():
        if (
            role in ("bridge", "minority")
            and code in have
            and level_rank(have[code]) >= level_rank(required_bridge)
        ):
            bridge = lang_name(code)
            de = (
                "als Brückensprache"
                if role == "bridge"
                else "als Minderheitensprache, nicht Sprache der Verwaltung"
            )
            en = (
                "as a bridge language"
                if role == "bridge"
                else "as a minority language, not the language of administration"
            )
            reasons.append(
                Label(
                    f"{bridge.de} {de} ({level_text(have[code], 'de')}).",
                    f"{bridge.en} {en} ({level_text(have[code], 'en')}).",
                )
            )
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

    comparability = COMPARABILITY_LABELS[city.comparability]
    structure = Label(
        f"Verwaltung {comparability.de}: {city.comparability_rationale.de}",
        f"Administration {comparability.en}: {city.comparability_rationale.get('en')}",
    )
    if city.comparability == "similar":
        reasons.append(structure)
    elif profile.structure_importance >= 2:
        obstacles.append(Obstacle("structure", structure, ("fit_fuer_europa",)))

    if profile.weeks < city.min_weeks:
        obstacles.append(
            Obstacle(
                "time",
                Label(
                    f"Üblich sind hier mindestens {weeks(city.min_weeks).de}, geplant "
                    f"{'ist' if profile.weeks == 1 else 'sind'} {weeks(profile.weeks).de}.",
                    f"Stays here usually last at least {weeks(city.min_weeks).en}; the plan is "
                    f"{weeks(profile.weeks).en}.",
                ),
                (),
            )
        )
    if not feasibility.ok:
        for reason in feasibility.reasons:
            kind = "travel" if "eisewarnung" in reason.de else "funding"
            offers = ("foerderung",) if kind == "funding" and city.status == Status.ACTIVE else ()
            obstacles.append(Obstacle(kind, reason, offers))

    support = SUPPORT_LABELS[city.support_level]
    if city.support_channels and city.support_level != "low":
        reasons.append(
            Label(
                f"Bestehende Kontakte: {'; '.join(city.support_channels)}",
                f"Existing contacts: {'; '.join(city.support_channels)}",
            )
        )
    if criteria["support"] < 0.75:
        why = city_advice.support_rationale if city_advice else None
        obstacles.append(
            Obstacle(
                "support",
                Label(
                    f"Viel Unterstützung gewünscht, vor Ort {support.de}"
                    + (f" ({why.de})" if why and why.de else "")
                    + ".",
                    f"Much support wanted; on site {support.en}"
                    + (f" ({why.get('en')})" if why and why.de else "")
                    + ".",
                ),
                ("vermittlung", "unterkunft"),
            )
        )

    country = advice.countries.get(city.country_code)
    if country is not None and city.abroad:
        for entry in country.entry:
            de, en = entry.text.de, entry.text.get("en")
            if entry.lead_weeks:
                de = f"{de.rstrip('.')} – etwa {weeks(entry.lead_weeks).de} vorher beginnen."
                en = f"{en.rstrip('.')} – start about {weeks(entry.lead_weeks).en} ahead."
            obstacles.append(Obstacle("entry", Label(de, en), ()))
    for law in advice.law:
        if profile.weeks > law.over_weeks and city.abroad:
            obstacles.append(Obstacle("law", Label(law.text.de, law.text.get("en")), ()))

    warning = None
    if city.status == Status.RESTRICTED:
        warning = Label(
            f"Eingeschränkt: {city.status_reason.de}", f"Restricted: {city.status_reason.get('en')}"
        )
    route = ROUTE_LABELS.get(feasibility.route or city.funding, ROUTE_LABELS[city.funding])
    funding = Label(
        _with_note(route.de, city.funding_note.de),
        _with_note(route.en, city.funding_note.get("en")),
    )
    head = headline(city, profile, criteria, theme_matches, spoken)
    return Explanation(head, theme_matches, tuple(reasons), tuple(obstacles), funding, warning)


def _with_note(route: str, note: str) -> str:
    # Notes often open with the programme's own name ("AusbildungWeltweit: ..."); say it once.
    if not note:
        return route
    if note.startswith(route.split(" (")[0]):
        return note
    return f"{route} – {note}"
