"""The date field: typed two-digit years, a calendar that opens on today, quick picks,
"kein Datum", and a validation mark that goes away as soon as the text is a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from partnerdesk.core.counselling import NextStep
from partnerdesk.ui import i18n
from partnerdesk.ui.widgets.date_picker import DatePicker
from partnerdesk.ui.widgets.step_list import StepRow

TODAY = date(2026, 11, 30)


def picker(qtbot, value=None, **kw) -> DatePicker:
    widget = DatePicker(value, today=lambda: TODAY, **kw)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_a_two_digit_year_gives_a_four_digit_date(qtbot):
    field = picker(qtbot)
    seen = []
    field.dateChanged.connect(seen.append)
    qtbot.keyClicks(field.edit, "15.01.27")
    assert seen[-1] == date(2027, 1, 15)
    assert field.date() == date(2027, 1, 15)  # already before the field is left (Ctrl+S)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    field.edit.editingFinished.emit()
    assert field.edit.text() == "15.01.2027"
    assert field.date() == date(2027, 1, 15)


def test_calendar_opens_on_today_or_the_chosen_day(qtbot):
    field = picker(qtbot)
    field.menu.aboutToShow.emit()
    assert field.calendar.selectedDate().toPython() == TODAY
    field.set_date(date(2027, 3, 4))
    field.menu.aboutToShow.emit()
    assert field.calendar.selectedDate().toPython() == date(2027, 3, 4)


def test_quick_picks_and_no_date(qtbot):
    field = picker(qtbot)
    field.in_two_weeks.trigger()
    assert field.date() == date(2026, 12, 14)
    field.in_one_month.trigger()
    assert field.date() == date(2026, 12, 30)
    field.menu.aboutToShow.emit()
    assert field.training_year_end.text() == "Ende des Ausbildungsjahres (31.07.2027)"
    field.training_year_end.trigger()
    assert field.edit.text() == "31.07.2027"
    with qtbot.waitSignal(field.dateChanged) as changed:
        field.no_date.trigger()
    assert changed.args == [None]
    assert field.edit.text() == ""
    assert field.edit.placeholderText() == "kein Datum"


def test_invalid_text_is_marked_until_fixed_and_keeps_the_last_date(qtbot):
    field = picker(qtbot, date(2027, 1, 15))
    field.edit.clear()
    qtbot.keyClicks(field.edit, "150127")
    field.edit.editingFinished.emit()
    assert not field.is_valid()
    assert "150127" in field.edit.toolTip()
    assert field.date() == date(2027, 1, 15)
    field.edit.clear()
    qtbot.keyClicks(field.edit, "15.02.27")
    assert field.is_valid()  # the mark goes while typing, not only on leaving the field
    assert field.date() == date(2027, 2, 15)


def test_required_date_cannot_be_emptied(qtbot):
    field = picker(qtbot, date(2026, 11, 2), allow_empty=False)
    assert not field.no_date.isVisible()
    field.set_date(None, user=True)
    assert field.date() == TODAY


def test_english_shows_the_month_as_a_word_and_switches_live(qtbot):
    field = picker(qtbot, date(2027, 1, 15))
    assert field.edit.text() == "15.01.2027"
    i18n.set_language("en")
    qtbot.waitUntil(lambda: field.edit.text() == "15 Jan 2027")
    field.edit.clear()
    qtbot.keyClicks(field.edit, "2 Dec 2027")
    assert field.date() == date(2027, 12, 2)


def test_step_row_uses_the_picker(qtbot):
    row = StepRow(NextStep("Sprachkurs", due_date=None))
    qtbot.addWidget(row)
    assert row.step().due_date is None
    row.due.set_date(date(2027, 1, 15), user=True)
    assert row.step().due_date == date(2027, 1, 15)
