"""Due dates of open next steps as an iCalendar file (RFC 5545), written by hand.

One all-day VEVENT per dated step. The UID comes from the step's identity (talk and place,
``FollowUp.key``), so importing a second export into Outlook or Thunderbird updates the
events instead of duplicating them; SEQUENCE grows with every save of the talk, which is what
tells a calendar that the imported event is the newer one. The format is small enough that a
library would add more than it saves; the tests parse the output with ``icalendar``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from partnerdesk.core.catalogue import text
from partnerdesk.core.followups import FollowUp
from partnerdesk.core.formatting import format_date
from partnerdesk.core.vocab import OFFERS

PRODID = "-//Stadt Dortmund Team INA//PartnerDesk//DE"
UID_DOMAIN = "partnerdesk.dortmund"
# SEQUENCE counts seconds from here (fits in 32 bits until 2092).
_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def escape_text(value: str) -> str:
    """RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued with CRLF + space; never inside a
    UTF-8 sequence (a split "ü" would be two broken characters in Outlook)."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def uid(item: FollowUp) -> str:
    return f"{item.key}@{UID_DOMAIN}"


def _stamp(moment: datetime) -> str:
    # The store hands back aware UTC datetimes; a naive one is taken as UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _sequence(item: FollowUp) -> int:
    if item.modified is None:
        return 0
    if item.modified.tzinfo is None:
        return _sequence(replace(item, modified=item.modified.replace(tzinfo=UTC)))
    return max(0, int((item.modified - _EPOCH).total_seconds()))


def _description(item: FollowUp, lang: str) -> str:
    lines = [
        text("ics.apprentice", name=item.apprentice_name).get(lang),
        text("ics.talk", date=format_date(item.held_on, lang)).get(lang),
    ]
    if item.advisor:
        lines.append(text("ics.by", name=item.advisor).get(lang))
    if item.owner:
        lines.append(text("ics.owner", name=item.owner).get(lang))
    if item.offer_key in OFFERS:
        lines.append(text("ics.offer", offer=OFFERS[item.offer_key]).get(lang))
    return "\n".join(lines)


def calendar(items: Sequence[FollowUp], lang: str, *, now: datetime | None = None) -> str:
    """The iCalendar text (CRLF line ends) for the dated steps among *items*."""
    stamp = _stamp(now or datetime.now(UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(text('ics.name').get(lang))}",
    ]
    for item in items:
        if item.due_date is None:
            continue  # nothing to put in a calendar
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(item)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{item.due_date.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(item.due_date + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SEQUENCE:{_sequence(item)}",
            f"SUMMARY:{escape_text(item.text)}",
            f"DESCRIPTION:{escape_text(_description(item, lang))}",
            "TRANSP:TRANSPARENT",  # a reminder, not a meeting: the day stays free
        ]
        if item.modified is not None:
            lines.append(f"LAST-MODIFIED:{_stamp(item.modified)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
