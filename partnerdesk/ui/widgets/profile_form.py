"""Qt-free controller logic of the profile editor: raw control values <-> core ``Profile``.

The editor widget only reads its controls into a ``ProfileForm`` and writes one back; every
decision (duplicate languages, weights in percent, what counts as invalid) lives here so it
can be tested without a widget.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from partnerdesk.core.domain import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    Profile,
    ProfileError,
    default_start,
)
from partnerdesk.core.vocab import LANGUAGES, THEME_KEYS, level_rank

DEFAULT_LANGUAGES: tuple[tuple[str, str], ...] = (("de", "native"),)


def default_weight_percents() -> dict[str, int]:
    return {c: round(DEFAULT_WEIGHTS[c] * 100) for c in CRITERIA}


@dataclass
class ProfileForm:
    """The editor's raw values, one field per control group."""

    interests: dict[str, int] = field(default_factory=lambda: dict.fromkeys(THEME_KEYS, 0))
    languages: list[tuple[str, str]] = field(default_factory=lambda: list(DEFAULT_LANGUAGES))
    weeks: int = 4
    abroad_only: bool = False
    independence: int = 3
    structure_importance: int = 1
    weight_percents: dict[str, int] = field(default_factory=default_weight_percents)
    start: tuple[int, int] = field(default_factory=default_start)  # planned (year, month)

    def to_profile(self) -> Profile:
        """Build the core profile; raises ``ProfileError`` (e.g. every weight at 0 %)."""
        if not any(self.weight_percents.get(c, 0) > 0 for c in CRITERIA):
            raise ProfileError("weights: at least one criterion needs a weight above 0")
        return Profile(
            # Themes at 0 ("egal") are left out: the engine treats missing and 0 alike and
            # a smaller mapping keeps the profile (and a saved self-assessment) tidy.
            interests={k: v for k, v in self.interests.items() if v > 0},
            languages=merge_languages(self.languages),
            weeks=self.weeks,
            abroad_only=self.abroad_only,
            independence=self.independence,
            structure_importance=self.structure_importance,
            weights={c: self.weight_percents.get(c, 0) / 100 for c in CRITERIA},
            start=self.start,
        )

    @classmethod
    def from_profile(cls, profile: Profile) -> ProfileForm:
        interests = dict.fromkeys(THEME_KEYS, 0)
        interests.update({k: int(v) for k, v in profile.interests.items()})
        return cls(
            interests=interests,
            languages=sorted(profile.languages.items(), key=_language_order),
            weeks=profile.weeks,
            abroad_only=profile.abroad_only,
            independence=profile.independence,
            structure_importance=profile.structure_importance,
            weight_percents={c: round(float(profile.weights.get(c, 0.0)) * 100) for c in CRITERIA},
            start=profile.start,
        )


def merge_languages(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Language rows -> mapping; a language entered twice keeps its higher level."""
    merged: dict[str, str] = {}
    for code, level in rows:
        if code not in merged or level_rank(level) > level_rank(merged[code]):
            merged[code] = level
    return merged


def next_free_language(used: Iterable[str]) -> str:
    """The language a new row starts with: English first, then the vocabulary order."""
    taken = set(used)
    for code in ("en", "fr", *LANGUAGES):
        if code not in taken:
            return code
    return "en"


def weights_equal_defaults(percents: Mapping[str, int]) -> bool:
    return dict(percents) == default_weight_percents()


def _language_order(item: tuple[str, str]) -> tuple[int, int]:
    # Strongest language first (native German on top), then the vocabulary order.
    code, level = item
    codes = list(LANGUAGES)
    return (-level_rank(level), codes.index(code) if code in codes else len(codes))
