"""Dates and numbers in the interface language: ``core.formatting`` plus QDate conversions.

Every view formats through here, so a live language switch changes every date the same way
(the core formatter picks the text, ``current_language()`` the language).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QSpinBox

from partnerdesk.core import formatting as core
from partnerdesk.ui.i18n import current_language


def format_date(day: date | None, *, empty: str = "—") -> str:
    return core.format_date(day, current_language(), empty=empty)


def format_datetime(moment: datetime) -> str:
    return core.format_datetime(moment, current_language())


def format_date_long(day: date) -> str:
    return core.format_date_long(day, current_language())


def format_number(value: float, *, decimals: int = 0) -> str:
    return core.format_number(value, current_language(), decimals=decimals)


def date_pattern() -> str:
    """The QDateEdit display format matching ``format_date``."""
    return core.QT_DATE_PATTERNS[current_language()]


def locale() -> QLocale:
    """The QLocale of the interface language (calendar pop-ups, spin boxes)."""
    if current_language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def follow_plural_suffix(spin: QSpinBox, suffix: Callable[[int], str]) -> None:
    """Keep *spin*'s unit in the right number ("1 Woche", "2 Wochen"): *suffix* gets the value
    and returns a ``tr(..., n)`` text. Call again after a language switch."""
    if not spin.property("pluralSuffix"):
        spin.setProperty("pluralSuffix", True)
        spin.valueChanged.connect(lambda value: spin.setSuffix(suffix(value)))
    spin.setSuffix(suffix(spin.value()))
