"""Dates and numbers in the interface language: ``core.formatting`` plus QDate conversions.

Every view formats through here, so a live language switch changes every date the same way
(the core formatter picks the text, ``current_language()`` the language).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from partnerdesk.core import formatting as core
from partnerdesk.ui.i18n import current_language


def format_date(day: date | None, *, empty: str = "—") -> str:
    return core.format_date(day, current_language(), empty=empty)


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
        return QLocale(QLocale.Language.English, QLocale.Territory.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Territory.Germany)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
