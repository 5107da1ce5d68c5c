"""The one date and number formatter for core texts, the command line, the UI and the record.

German dates read ``15.01.2027``; English ones ``15 Jan 2027`` — the month as a word, so a
reader from Leeds and one from Buffalo read the same day (``01/02/27`` means two different
days to them). Years always have four digits. The UI reaches the same texts through
``partnerdesk.ui.formatting``, which only adds QDate/QLocale conversions.
"""

from __future__ import annotations

from datetime import date, datetime

from partnerdesk.core.texts import weeks

MONTHS = {
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
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


def format_datetime(moment: datetime, lang: str) -> str:
    """Date and local time: ``15.01.2027, 14:05`` / ``15 Jan 2027, 14:05``. An aware
    *moment* is shown in the computer's time zone, a naive one as it is."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{format_date(local.date(), lang)}, {local.hour:02d}:{local.minute:02d}"


def format_date_long(day: date, lang: str) -> str:
    """The long form: ``15. Januar 2027`` / ``15 January 2027``."""
    month = MONTHS[_lang(lang)][day.month - 1]
    if _lang(lang) == "de":
        return f"{day.day}. {month} {day.year:04d}"
    return f"{day.day} {month} {day.year:04d}"


def format_month(year: int, month: int, lang: str) -> str:
    """``Januar 2027`` / ``January 2027``."""
    return f"{MONTHS[_lang(lang)][month - 1]} {year:04d}"


def add_months(day: date, months: int) -> date:
    """*day* moved by whole months, the day clamped to the month's end (31 Jan + 1 = 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


# Azubis of the City of Dortmund start in August (2025: first welcome on 4 August; a second
# group starts on 1 September) — https://www.europesays.com/de/?p=394606 (Stadt Dortmund
# press text), geprüft am 2026-11-30. The quick pick takes the earlier end, 31 July, and shows
# the date it picks, so the advisor sees it before choosing.
TRAINING_YEAR_END = (7, 31)


def end_of_training_year(today: date) -> date:
    """The next 31 July on or after *today*."""
    month, day_ = TRAINING_YEAR_END
    end = date(today.year, month, day_)
    return end if end >= today else date(today.year + 1, month, day_)


def format_number(value: float, lang: str, *, decimals: int = 0) -> str:
    """``1.234,5`` in German, ``1,234.5`` in English; whole numbers without decimals."""
    text = f"{value:,.{decimals}f}"
    if _lang(lang) == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def _month_number(word: str) -> int | None:
    """1-12 for a month name or its first three letters or more, German or English."""
    word = word.strip(".").casefold()
    if len(word) < 3:
        return None
    for names in MONTHS.values():
        for number, name in enumerate(names, 1):
            if name.casefold().startswith(word):
                return number
    return None


def parse_date(text: str, *, today: date) -> date | None:
    """A typed date: ``15.01.27``, ``15.1.2027``, ``2027-01-15``, ``15/01/2027``,
    ``15 Jan 2027``, ``15. Januar 2027``; ``15.01.`` means this year.

    Two-digit years count from 2000 (a counselling date is never in the last century).
    Returns ``None`` for text that is no date; raises nothing.
    """
    raw = text.strip()
    if not raw:
        return None
    try:
        words = raw.replace(".", ". ").split()
        if len(words) == 3 and _month_number(words[1]) is not None:
            day_, month, year = (
                int(words[0].strip(".")),
                _month_number(words[1]) or 0,
                int(words[2]),
            )
        elif "-" in raw:
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


def plural(n: int, one: str, other: str) -> str:
    """``one`` for exactly 1, ``other`` otherwise (German and English agree: 0 Wochen,
    1 Woche, 2 Wochen); both may contain ``{n}``. The UI uses Qt's ``%n`` forms instead."""
    return (one if n == 1 else other).format(n=n)


def format_weeks(n: int, lang: str) -> str:
    """``1 Woche`` / ``2 Wochen``: the one wording of weeks (``core.texts.weeks``)."""
    return weeks(n).get(_lang(lang))
