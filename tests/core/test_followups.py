"""Wiedervorlage: urgency, filters, JSON and the hand-written calendar export."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar
import pytest

from partnerdesk.core import followups as f
from partnerdesk.core.ics import calendar, escape_text, fold

TODAY = date(2026, 11, 30)


def item(talk: int = 1, pos: int = 0, due: date | None = date(2026, 12, 3), **kw) -> f.FollowUp:
    base = {
        "apprentice_id": 7,
        "apprentice_name": "Ayşe Yılmaz",
        "talk_id": talk,
        "held_on": date(2026, 11, 2),
        "advisor": "Frau Weber",
        "position": pos,
        "text": "Sprachkurs anmelden",
        "due_date": due,
        "modified": datetime(2026, 11, 2, 10, 0, tzinfo=UTC),
    }
    base.update(kw)
    return f.FollowUp(**base)


@pytest.mark.parametrize(
    ("due", "urgency"),
    [
        (date(2026, 11, 29), f.Urgency.OVERDUE),
        (TODAY, f.Urgency.TODAY),
        (date(2026, 12, 7), f.Urgency.WEEK),
        (date(2026, 12, 8), f.Urgency.LATER),
        (None, f.Urgency.UNDATED),
    ],
)
def test_urgency(due, urgency):
    assert item(due=due).urgency(TODAY) is urgency


def test_select_filters_by_advisor_and_date_and_sorts_dated_first():
    items = [
        item(1, 0, None),
        item(2, 0, date(2027, 1, 15)),
        item(3, 0, date(2026, 11, 1)),
        item(4, 0, date(2026, 12, 1), advisor="Herr Kaya"),
    ]
    assert [i.talk_id for i in f.select(items)] == [3, 4, 2, 1]
    assert [i.talk_id for i in f.select(items, advisor=" frau weber ")] == [3, 2, 1]
    assert [i.talk_id for i in f.select(items, due_before=date(2026, 12, 1))] == [3]
    assert f.overdue_count(items, TODAY) == 1
    assert f.advisors(items) == ["Frau Weber", "Herr Kaya"]
    groups = f.grouped(items, TODAY)
    assert [(u, [i.talk_id for i in g]) for u, g in groups] == [
        (f.Urgency.OVERDUE, [3]),
        (f.Urgency.WEEK, [4]),
        (f.Urgency.LATER, [2]),
        (f.Urgency.UNDATED, [1]),
    ]


def test_json_names_the_talk_and_the_urgency():
    data = f.to_json([item(3, 1, date(2026, 11, 1))], TODAY)
    assert data["overdue"] == 1
    entry = data["followups"][0]
    assert entry["key"] == "talk3-step1"
    assert entry["urgency"] == "overdue"
    assert entry["talk"] == {"id": 3, "held_on": "2026-11-02", "advisor": "Frau Weber"}


def test_ics_parses_has_one_event_per_dated_step_and_keeps_text():
    text = (
        "Anmeldung zum Sprachkurs; Kosten, Termin\nund Ort klären – "
        "Übernachtung in Amiens prüfen " * 3
    )
    items = [
        item(1, 0, date(2027, 1, 15), text=text, owner="Ayşe"),
        item(1, 1, None),
        item(2, 0, date(2026, 12, 1), offer_key="unterkunft"),
    ]
    raw = calendar(items, "de", now=datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    assert "\n" not in raw.replace("\r\n", "")
    parsed = icalendar.Calendar.from_ical(raw.encode())
    events = list(parsed.walk("VEVENT"))
    assert len(events) == 2  # the undated step has no day to show
    first = events[0]
    assert str(first["SUMMARY"]) == text
    assert first.decoded("DTSTART") == date(2027, 1, 15)
    assert first.decoded("DTEND") == date(2027, 1, 16)
    assert "Azubi: Ayşe Yılmaz" in str(first["DESCRIPTION"])
    assert "Gespräch vom 02.11.2026" in str(first["DESCRIPTION"])
    assert "Zuständig: Ayşe" in str(first["DESCRIPTION"])
    assert "Unterstützung bei der Suche nach Unterkünften" in str(events[1]["DESCRIPTION"])


def test_second_export_keeps_uids_and_a_later_save_raises_the_sequence():
    items = [item(1, 0), item(1, 1, date(2027, 2, 1)), item(5, 0)]
    first = icalendar.Calendar.from_ical(calendar(items, "en").encode())
    later = [
        item(1, 0, date(2026, 12, 10), modified=datetime(2026, 12, 1, tzinfo=UTC)),
        item(1, 1, date(2027, 2, 1)),
        item(5, 0),
    ]
    second = icalendar.Calendar.from_ical(calendar(later, "en").encode())
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in second.walk("VEVENT")]
    assert len(set(uids)) == 3
    seq = {str(e["UID"]): int(e["SEQUENCE"]) for e in first.walk("VEVENT")}
    seq2 = {str(e["UID"]): int(e["SEQUENCE"]) for e in second.walk("VEVENT")}
    assert seq2[uids[0]] > seq[uids[0]]
    assert seq2[uids[1]] == seq[uids[1]]
    assert "Talk of 2 Nov 2026" in str(next(iter(second.walk("VEVENT")))["DESCRIPTION"])


def test_escape_and_fold_keep_utf8_characters_whole():
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    line = "SUMMARY:" + "ü" * 80
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode()) <= 75
        part.encode().decode()  # raises if a character was cut in two
    assert folded.replace("\r\n ", "") == line
