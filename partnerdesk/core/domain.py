"""Domain types shared by the data pack, the database layer, matching, CLI and UI.

Plain frozen dataclasses, no Qt, no SQLAlchemy: the same objects come out of the data pack
loader and out of the database repository.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from partnerdesk.core.vocab import (
    CEFR_LEVELS,
    LANGUAGES,
    MAX_INTEREST,
    THEME_KEYS,
)
from partnerdesk.core.vocab import (
    CRITERION_LABELS as CRITERION_LABELS,  # re-exported: the criteria belong to the profile
)
from partnerdesk.core.vocab import (
    Text as Text,  # re-exported: the data's texts are domain types
)

if TYPE_CHECKING:
    from partnerdesk.core.advice import Advice

PRIMARY_STRENGTH = 1.0  # theme named as a focus area (Schwerpunkt)
PROJECT_STRENGTH = 0.5  # theme carried only by a current project


@dataclass(frozen=True, slots=True)
class FocusArea:
    """A "Schwerpunkt" exactly as the presentation words it, mapped to theme keys."""

    text: Text
    themes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Project:
    """A current cooperation or project ("Aktuelle Kooperationen und Projekte")."""

    title: str
    themes: tuple[str, ...]
    source: str = "seed"


@dataclass(frozen=True, slots=True)
class CityLanguage:
    code: str  # ISO 639-1, a key of vocab.LANGUAGES
    official: bool = True


@dataclass(frozen=True, slots=True)
class City:
    id: str  # stable slug: amiens, leeds, rostov, ...
    name_de: str
    name_local: str  # local spelling/script: Житомир, 西安, נתניה
    name_en: str
    country_code: str  # ISO 3166-1 alpha-2
    country_de: str
    country_en: str
    lat: float
    lon: float
    since: int
    since_detail: Text
    origin: Text
    status: str  # vocab.Status value
    status_reason: Text
    focus_areas: tuple[FocusArea, ...]
    projects: tuple[Project, ...]
    languages: tuple[CityLanguage, ...]
    recommended_level: str  # CEFR key, default B1
    english_bridge: bool
    comparability: str  # vocab.Comparability value
    comparability_rationale: Text
    min_weeks: int
    funding: str  # vocab.Funding value
    funding_note: Text
    support_level: str  # vocab.SupportLevel value
    support_channels: tuple[str, ...]
    notes: Text = Text("")
    # field name -> source key (or free text) for every fact not taken from the presentation
    sources: Mapping[str, str] = field(default_factory=dict)

    @property
    def abroad(self) -> bool:
        return self.country_code != "DE"

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_de

    def country(self, lang: str) -> str:
        return self.country_en if lang == "en" else self.country_de

    @property
    def names(self) -> Text:
        """The name in both languages, as a parameter of a catalogue sentence."""
        return Text(self.name_de, self.name_en)

    @property
    def country_names(self) -> Text:
        return Text(self.country_de, self.country_en)

    def theme_strengths(self) -> dict[str, float]:
        """Theme key -> strength: 1.0 if a focus area, 0.5 if only a project carries it."""
        strengths: dict[str, float] = {}
        for project in self.projects:
            for key in project.themes:
                strengths[key] = PROJECT_STRENGTH
        for area in self.focus_areas:
            for key in area.themes:
                strengths[key] = PRIMARY_STRENGTH
        return strengths

    def projects_for(self, theme: str) -> tuple[Project, ...]:
        return tuple(p for p in self.projects if theme in p.themes)


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    title: str
    url: str = ""


@dataclass(frozen=True, slots=True)
class DataPack:
    format_version: int
    pack_version: str
    title: str
    publisher: str
    sources: tuple[Source, ...]
    cities: tuple[City, ...]
    # Dated, sourced knowledge the matcher evaluates (funding rules, travel warnings, entry
    # requirements, per-city language advice); None for packs without it (format 1).
    # Not part of equality: the database stores cities, not this reference knowledge, and a
    # pack read back from it must still count as the same city data.
    advice: Advice | None = field(default=None, compare=False)

    def city(self, city_id: str) -> City:
        for city in self.cities:
            if city.id == city_id:
                return city
        raise KeyError(city_id)


# --- Profile (self-assessment) ------------------------------------------------------------

CRITERIA: tuple[str, ...] = ("themes", "language", "structure", "time", "support")
DEFAULT_WEIGHTS: dict[str, float] = {
    "themes": 0.35,
    "language": 0.25,
    "structure": 0.10,
    "time": 0.15,
    "support": 0.15,
}


# Typical lead time of an application (AusbildungWeltweit's fixed deadlines, Erasmus+ rounds):
# the default planned start is the first month at least this many months ahead.
START_LEAD_MONTHS = 4


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def earliest_start(today: datetime.date, lead_months: int) -> tuple[int, int]:
    """The first month that begins at least *lead_months* months after *today*.

    30 Nov 2026, 4 months -> 30 Mar 2027 -> April 2027 is the first month beginning after it.
    """
    year, month = add_months(today.year, today.month, lead_months)
    if today.day > 1:
        year, month = add_months(year, month, 1)
    return year, month


def default_start(today: datetime.date | None = None) -> tuple[int, int]:
    """The default planned start: the first month at least four months ahead."""
    return earliest_start(today or datetime.date.today(), START_LEAD_MONTHS)


def format_month(start: tuple[int, int]) -> str:
    """``04/2027`` - the one way a planned start is written in texts."""
    return f"{start[1]:02d}/{start[0]}"


@dataclass(frozen=True, slots=True)
class Profile:
    """An apprentice's self-assessment: the input of matching."""

    interests: Mapping[str, int] = field(default_factory=dict)  # theme key -> 0..3
    languages: Mapping[str, str] = field(default_factory=lambda: {"de": "native"})
    weeks: int = 4
    abroad_only: bool = False
    independence: int = 3  # 1 = needs much support ... 5 = fully independent
    structure_importance: int = 1  # 0..3: how much a similar administration matters
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    start: tuple[int, int] = field(default_factory=default_start)  # planned (year, month)

    def __post_init__(self) -> None:
        validate_profile(self)

    def interest(self, theme: str) -> int:
        return int(self.interests.get(theme, 0))

    @property
    def has_input(self) -> bool:
        """False while no theme is marked and no language beyond German is entered."""
        if any(value > 0 for value in self.interests.values()):
            return True
        return any(code != "de" for code in self.languages)


class ProfileError(ValueError):
    """A profile value out of range; the message names the bad value."""


def validate_profile(profile: Profile) -> None:
    for key, value in profile.interests.items():
        if key not in THEME_KEYS:
            raise ProfileError(f"unknown theme {key!r}")
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_INTEREST:
            raise ProfileError(f"interest {key}={value!r}: expected 0-{MAX_INTEREST}")
    for code, level in profile.languages.items():
        if code not in LANGUAGES:
            raise ProfileError(f"unknown language code {code!r}")
        if level not in CEFR_LEVELS:
            raise ProfileError(f"language {code}={level!r}: expected A1-C2 or native")
    if not isinstance(profile.weeks, int) or not 0 <= profile.weeks <= 52:
        raise ProfileError(f"weeks {profile.weeks!r}: expected 0-52")
    if not 1 <= profile.independence <= 5:
        raise ProfileError(f"independence {profile.independence!r}: expected 1-5")
    if not 0 <= profile.structure_importance <= 3:
        raise ProfileError(f"structure {profile.structure_importance!r}: expected 0-3")
    for key, weight in profile.weights.items():
        if key not in CRITERIA:
            raise ProfileError(f"unknown criterion {key!r}")
        if not 0 <= weight <= 1:
            raise ProfileError(f"weight {key}={weight!r}: expected 0-1")
    start = profile.start
    if (
        not isinstance(start, tuple)
        or len(start) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in start)
        or not 2000 <= start[0] <= 2100
        or not 1 <= start[1] <= 12
    ):
        raise ProfileError(f"start {start!r}: expected (year, month), e.g. (2027, 4)")
    if sum(profile.weights.get(c, 0.0) for c in CRITERIA) <= 0:
        raise ProfileError("weights: at least one criterion needs a weight above 0")
