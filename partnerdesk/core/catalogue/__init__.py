"""Every sentence the core and the store produce, German with its English twin, by key.

The UI's own words go through Qt (``self.tr()``); the core has no translator, so what it says
(explanations, feasibility, comparisons, statistics headings, the record's wording, storage
faults, the database check) lives here as ``Label(de, en)`` entries with ``{placeholders}``.
``text(key, **params)`` renders one into a ``Label``:

* a parameter that is a ``Label`` or ``Text`` is put in per language (``Text`` falls back to
  German where it has no English), anything else as ``str.format`` would;
* a ``datetime.date`` is written by ``core.formatting.format_date`` (15.01.2027 / 15 Jan
  2027), a ``datetime`` by ``format_datetime`` (local time: 15.01.2027, 14:05), a ``Number``
  by ``format_number`` (1.234,5 / 1,234.5); numbers of weeks or days come in already worded
  (``core.texts.weeks``/``duration``);
* a list or tuple of those is joined with ", ";
* the conversion ``!l`` lower-cases (English puts a theme name in lower case mid-sentence,
  German does not).

Entries are grouped by who speaks (``advice``: matching, explanation, feasibility, comparison;
``city``: a city record's broken rules, by problem code; ``record``: the documents' fixed
wording; ``store``: faults and the database check; ``cli``:
the command line's table heads, which has no translator either); keys are unique across the
groups. ``tests/core/test_catalogue.py`` checks that every entry has both
languages with the same placeholders, that every entry is used, and that no ``Label`` is built
outside the catalogue, ``vocab.py`` and ``texts.py``.
"""

from __future__ import annotations

import datetime
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from partnerdesk.core.catalogue import advice, city, cli, record, store
from partnerdesk.core.formatting import format_date, format_datetime, format_number
from partnerdesk.core.vocab import Label, Text


def _merge(*groups: Mapping[str, Label]) -> dict[str, Label]:
    merged: dict[str, Label] = {}
    for group in groups:
        for key, label in group.items():
            if key in merged:
                raise ValueError(f"catalogue key {key!r} defined twice")
            merged[key] = label
    return merged


ENTRIES: dict[str, Label] = _merge(
    advice.ENTRIES, city.ENTRIES, record.ENTRIES, store.ENTRIES, cli.ENTRIES
)


@dataclass(frozen=True, slots=True)
class Number:
    """A number for a sentence, written in the reader's way (``format_number``)."""

    value: float
    decimals: int = 0


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        value = kwargs[str(key)]
        if isinstance(value, list | tuple):
            return ", ".join(str(self._one(item)) for item in value)
        return self._one(value)

    def _one(self, value: object) -> object:
        if isinstance(value, Label | Text):
            return value.get(self.lang)
        if isinstance(value, Number):
            return format_number(value.value, self.lang, decimals=value.decimals)
        if isinstance(value, datetime.datetime):
            return format_datetime(value, self.lang)
        if isinstance(value, datetime.date):
            return format_date(value, self.lang)
        return value

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


_FORMATTERS = {"de": _Formatter("de"), "en": _Formatter("en")}


def text(key: str, /, **params: object) -> Label:
    """The entry *key* with *params* filled in, in both languages.

    Without parameters the entry comes back as it is (a caller may fill it later)."""
    entry = ENTRIES[key]
    if not params:
        return entry
    return Label(
        _FORMATTERS["de"].format(entry.de, **params),
        _FORMATTERS["en"].format(entry.en, **params),
    )


def placeholders(template: str) -> set[str]:
    """The names of the ``{placeholders}`` in *template*."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def from_data(value: Text | Label) -> Label:
    """A text of the data (advice, law notes) as a core sentence: English falls back to German."""
    return text("data.text", text=value)
