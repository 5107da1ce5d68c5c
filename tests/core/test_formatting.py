"""The one date/number formatter: the same texts in core, CLI, UI and record."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.core import formatting as f

TODAY = date(2026, 11, 30)


def test_dates_have_four_digit_years_and_no_ambiguous_order():
    day = date(2027, 1, 5)
    assert f.format_date(day, "de") == "05.01.2027"
    assert f.format_date(day, "en") == "5 Jan 2027"
    assert f.format_date(None, "en", empty="no date") == "no date"
    assert f.format_date_long(day, "de") == "5. Januar 2027"
    assert f.format_date_long(day, "en") == "5 January 2027"
    assert f.format_month(2027, 3, "de") == "März 2027"


def test_numbers_by_language():
    assert f.format_number(1234.5, "de", decimals=1) == "1.234,5"
    assert f.format_number(1234.5, "en", decimals=1) == "1,234.5"
    assert f.format_number(87, "de") == "87"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15.01.27", date(2027, 1, 15)),
        ("15.1.2027", date(2027, 1, 15)),
        ("2027-01-15", date(2027, 1, 15)),
        ("15/01/2027", date(2027, 1, 15)),
        ("15 Jan 2027", date(2027, 1, 15)),
        ("15. Januar 2027", date(2027, 1, 15)),
        ("3 März 2027", date(2027, 3, 3)),
        ("15.12.", date(2026, 12, 15)),
        ("", None),
        ("150127", None),
        ("31.02.2027", None),
        ("15 Xyz 2027", None),
        ("morgen", None),
    ],
)
def test_parse_typed_dates(text, expected):
    assert f.parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize("lang", ["de", "en"])
def test_formatted_dates_parse_back(lang):
    for day in (date(2027, 1, 15), date(2026, 5, 1), date(2030, 12, 31)):
        assert f.parse_date(f.format_date(day, lang), today=TODAY) == day
        assert f.parse_date(f.format_date_long(day, lang), today=TODAY) == day


def test_quick_pick_arithmetic():
    assert f.add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert f.add_months(date(2026, 11, 30), 1) == date(2026, 12, 30)
    assert f.add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert f.end_of_training_year(TODAY) == date(2027, 7, 31)
    assert f.end_of_training_year(date(2027, 7, 31)) == date(2027, 7, 31)
    assert f.end_of_training_year(date(2027, 8, 1)) == date(2028, 7, 31)


def test_plural_forms_for_core_texts():
    assert [f.format_weeks(n, "de") for n in (0, 1, 2)] == ["0 Wochen", "1 Woche", "2 Wochen"]
    assert [f.format_weeks(n, "en") for n in (0, 1, 2)] == ["0 weeks", "1 week", "2 weeks"]


def test_matching_obstacle_says_1_woche():
    from partnerdesk.core.datapack import load_shipped_pack
    from partnerdesk.core.domain import Profile
    from partnerdesk.core.matching import Matcher

    pack = load_shipped_pack()
    short = [c for c in pack.cities if c.min_weeks == 1]
    assert short, "the pack has a city with a one-week minimum (Zwickau)"
    ranking = Matcher(short).rank(Profile(weeks=0))
    texts = [
        o.text.get(lang)
        for r in ranking.results
        for o in r.explanation.obstacles
        for lang in ("de", "en")
    ]
    assert any("mindestens 1 Woche, geplant sind 0 Wochen." in t for t in texts)
    assert any("at least 1 week; the plan is 0 weeks." in t for t in texts)
    assert not any("1 Wochen" in t or "1 weeks" in t for t in texts)
