"""The one date and number formatter for core texts, the command line, the UI and the record.

German dates read ``15.01.2027``; English ones ``15 Jan 2027`` — the month as a word, so a
reader from Leeds and one from Buffalo read the same day (``01/02/27`` means two different
days to them). Years always have four digits. The UI reaches the same texts through
``partnerdesk.ui.formatting``, which only adds QDate/QLocale conversions.
"""

from __future__ import annotations

from datetime import date

MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
# Qt date patterns giving the same text as format_date (the date editors use them).
QT_DATE_PATTERNS = {"de": "dd.MM.yyyy", "en": "d MMM yyyy"}


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "de"


def format_date(day: date | None, lang: str, *, empty: str = "—") -> str:
    """The short form of *day* in *lang*: ``15.01.2027`` / ``15 Jan 2027``."""
    if day is None:
        return empty
    if _lang(lang) == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    return f"{day.day} {MONTHS['en'][day.month - 1][:3]} {day.year:04d}"


def format_date_long(day: date, lang: str) -> str:
    """The long form: ``15. Januar 2027`` / ``15 January 2027``."""
    month = MONTHS[_lang(lang)][day.month - 1]
    if _lang(lang) == "de":
        return f"{day.day}. {month} {day.year:04d}"
    return f"{day.day} {month} {day.year:04d}"


def format_month(year: int, month: int, lang: str) -> str:
    """``Januar 2027`` / ``January 2027``."""
    return f"{MONTHS[_lang(lang)][month - 1]} {year:04d}"


def format_number(value: float, lang: str, *, decimals: int = 0) -> str:
    """``1.234,5`` in German, ``1,234.5`` in English; whole numbers without decimals."""
    text = f"{value:,.{decimals}f}"
    if _lang(lang) == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def parse_date(text: str, *, today: date) -> date | None:
    """A typed date: ``15.01.27``, ``15.1.2027``, ``2027-01-15``, ``15/01/2027``.

    Two-digit years count from 2000 (a counselling date is never in the last century).
    Returns ``None`` for text that is no date; raises nothing.
    """
    raw = text.strip()
    if not raw:
        return None
    try:
        if "-" in raw:
            year, month, day_ = (int(p) for p in raw.split("-"))
        else:
            sep = "." if "." in raw else "/"
            parts = [p for p in raw.split(sep) if p != ""]
            if len(parts) == 2:  # "15.01." = this year
                parts.append(str(today.year))
            if len(parts) != 3:
                return None
            day_, month, year = (int(p) for p in parts)
        if year < 100:
            year += 2000
        return date(year, month, day_)
    except ValueError:
        return None
