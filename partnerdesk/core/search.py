"""Search and filter the partner cities (the explorer's logic, free of Qt).

Search is case- and accent-insensitive and ignores apostrophes, so an advisor typing
"xian", "Xi'an" or "XI’AN" finds Xi'an, "zwickau" finds Zwickau and "Житомир" finds
Schytomyr. Filters narrow by theme, status, funding route and language; an empty filter
value means "any".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from partnerdesk.core.domain import City

# Characters a name may or may not be typed with: apostrophes and their typographic twins,
# plus the modifier letters used in transliterations (Xi'an, Xi’an, Xiʼan).
_IGNORED = frozenset("'’‘`´ʼʹʻ′")
# Letters NFKD does not decompose but people type as two Latin letters.
_EXPANSIONS = {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"}


def normalize(text: str) -> str:
    """Fold ``text`` for matching: case, accents, apostrophes and spacing do not count.

    ``casefold`` already turns ß into ss; the expansion table covers letters that neither
    casefold nor NFKD reduce to ASCII. Combining marks are dropped after NFKD, which turns
    "é" into "e" but leaves scripts without such marks (Cyrillic, Hebrew, Han) intact —
    except "й"/"ё", whose breve/diaeresis would also go; that is acceptable for search since
    the query is folded the same way.
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    out: list[str] = []
    for char in folded:
        if unicodedata.combining(char) or char in _IGNORED:
            continue
        out.append(_EXPANSIONS.get(char, char))
    return " ".join("".join(out).split())


def search_keys(city: City) -> tuple[str, ...]:
    """Every folded text a query may hit: names in all spellings, the id, the country."""
    raw = (city.id, city.name_de, city.name_en, city.name_local, city.country_de, city.country_en)
    return tuple(normalize(value) for value in raw if value)


@dataclass(frozen=True, slots=True)
class CityFilter:
    """The explorer's current search and filters. Empty strings mean "any"."""

    query: str = ""
    theme: str = ""  # a vocab.THEMES key
    status: str = ""  # a vocab.Status value
    funding: str = ""  # a vocab.Funding value
    language: str = ""  # an ISO 639-1 code of vocab.LANGUAGES

    @property
    def is_empty(self) -> bool:
        return not (
            self.query.strip() or self.theme or self.status or self.funding or self.language
        )

    def matches(self, city: City) -> bool:
        if self.theme and self.theme not in city.theme_strengths():
            return False
        if self.status and city.status != self.status:
            return False
        if self.funding and city.funding != self.funding:
            return False
        if self.language and all(lang.code != self.language for lang in city.languages):
            return False
        needle = normalize(self.query)
        if needle:
            # Also ignore spaces so "novisad" and "Novi Sad" meet.
            compact = needle.replace(" ", "")
            keys = search_keys(city)
            return any(needle in key or compact in key.replace(" ", "") for key in keys)
        return True

    def apply(self, cities: Iterable[City]) -> list[City]:
        """The matching cities, in their given order."""
        return [city for city in cities if self.matches(city)]


def languages_of(cities: Sequence[City]) -> list[str]:
    """Language codes spoken in any of ``cities``, in first-seen order (for the filter)."""
    seen: dict[str, None] = {}
    for city in cities:
        for lang in city.languages:
            seen.setdefault(lang.code, None)
    return list(seen)
