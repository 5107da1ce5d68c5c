"""Dated, sourced knowledge the matcher evaluates against a planned stay.

Programme rules (Erasmus+, AusbildungWeltweit, domestic, Team INA's own funding), the law
(BBiG § 2 Abs. 3, § 76 Abs. 3), the Federal Foreign Office's travel warnings and entry
requirements per country, and per-city language advice. All of it lives in the data pack
(``advice`` section of ``db/citypack.json``) with a source key and a "geprüft am" date, so a
rule can change with a date instead of a code release. Stdlib only, no Qt.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field

from partnerdesk.core.vocab import Text

# Rule kinds: a "programme" that fits makes a stay feasible; "group" is an alternative that
# needs a group with a companion (shown as what would make it work); "domestic" needs no
# programme; "fallback" (Team INA's own funding, self-paid) always remains but is a special
# route, so alone it leaves a stay "limited".
RULE_KINDS = ("programme", "group", "domestic", "fallback")
WARNING_LEVELS = ("none", "partial", "full")
LANGUAGE_ROLES = ("daily", "minority", "bridge")
ANY_COUNTRY = "*"  # a rule for every country abroad that no dated programme rule covers


def parse_month(text: str) -> tuple[int, int]:
    """``"2027-01"`` -> (2027, 1); ValueError otherwise."""
    year_text, sep, month_text = text.partition("-")
    if not sep or len(year_text) != 4 or len(month_text) != 2:
        raise ValueError(text)
    year, month = int(year_text), int(month_text)
    if not 1 <= month <= 12:
        raise ValueError(text)
    return year, month


@dataclass(frozen=True, slots=True)
class FundingRule:
    id: str
    route: str  # erasmus_plus | ausbildung_weltweit | domestic | team_ina
    kind: str  # RULE_KINDS
    label: Text
    countries: tuple[str, ...]  # ISO codes, or (ANY_COUNTRY,)
    min_days: int
    max_days: int | None
    valid_from: str  # YYYY-MM
    valid_until: str | None  # YYYY-MM, inclusive
    lead_months: int  # months between today and the start an application needs
    blocked_by_travel_warning: bool
    conditions: tuple[Text, ...]
    source: str
    checked: str

    def valid_at(self, start: tuple[int, int]) -> bool:
        if start < parse_month(self.valid_from):
            return False
        return self.valid_until is None or start <= parse_month(self.valid_until)

    def covers(self, country: str) -> bool:
        return country in self.countries or ANY_COUNTRY in self.countries

    def fits_length(self, days: int) -> bool:
        return days >= self.min_days and (self.max_days is None or days <= self.max_days)


@dataclass(frozen=True, slots=True)
class LawRule:
    """A legal condition shown as an obstacle once the stay is longer than *over_weeks*."""

    id: str
    over_weeks: int
    text: Text
    source: str
    checked: str


@dataclass(frozen=True, slots=True)
class TravelWarning:
    level: str  # WARNING_LEVELS
    regions: Text  # the warned regions for "partial"; what the warning says for "full"
    source: str
    checked: str


@dataclass(frozen=True, slots=True)
class EntryRequirement:
    text: Text
    lead_weeks: int | None  # weeks to plan ahead; None when no source states it
    source: str
    checked: str


@dataclass(frozen=True, slots=True)
class CountryAdvice:
    code: str
    travel_warning: TravelWarning
    entry: tuple[EntryRequirement, ...]


@dataclass(frozen=True, slots=True)
class LanguageAdvice:
    code: str
    level: str  # recommended CEFR level for an internship in this language
    role: str  # daily: language of work and administration; minority; bridge
    rationale: Text
    source: str


@dataclass(frozen=True, slots=True)
class CityAdvice:
    city: str
    languages: tuple[LanguageAdvice, ...]
    # For a partial travel warning: does the city lie in a warned region? None = unknown.
    in_warning_region: bool | None
    support_rationale: Text
    source: str


@dataclass(frozen=True, slots=True)
class Advice:
    checked: str  # the data date: when the pack's outside facts were last checked (ISO)
    rules: tuple[FundingRule, ...]
    law: tuple[LawRule, ...]
    countries: Mapping[str, CountryAdvice] = field(default_factory=dict)
    cities: Mapping[str, CityAdvice] = field(default_factory=dict)

    @property
    def checked_date(self) -> datetime.date:
        return datetime.date.fromisoformat(self.checked)

    def is_stale(self, today: datetime.date, months: int = 12) -> bool:
        """True when the data is older than *months* months."""
        checked = self.checked_date
        year, month = divmod(checked.year * 12 + checked.month - 1 + months, 12)
        limit = datetime.date(year, month + 1, min(checked.day, 28))
        return today > limit


EMPTY_ADVICE = Advice(checked="1970-01-01", rules=(), law=())
