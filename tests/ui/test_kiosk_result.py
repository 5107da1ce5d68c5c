"""Kiosk result page: headline and feasibility per city, nothing ranked without answers."""

from __future__ import annotations

import datetime

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import Matcher
from partnerdesk.ui.kiosk.pages_result import ResultPage

TODAY = datetime.date(2026, 11, 30)


def _page(qtbot) -> tuple[ResultPage, Matcher]:
    cities = list(load_shipped_pack().cities)
    page = ResultPage(cities, can_print=False)
    qtbot.addWidget(page)
    return page, Matcher(cities, today=TODAY)


def test_no_answers_give_no_ranking(qtbot) -> None:
    page, matcher = _page(qtbot)
    page.show_ranking(matcher.rank(Profile(start=(2027, 4))))
    assert not page.no_input.isHidden()
    assert page.no_input.text().startswith("Noch keine Angaben")
    assert all(card.isHidden() for card in page._cards)


def test_result_cards_show_headline_and_limits(qtbot) -> None:
    page, matcher = _page(qtbot)
    profile = Profile(
        interests={"kultur": 3},
        languages={"de": "native", "en": "B1"},
        weeks=2,
        abroad_only=True,
        start=(2027, 4),
    )
    ranking = matcher.rank(profile)
    page.show_ranking(ranking)
    assert page.no_input.isHidden()
    first = page._cards[0]
    assert first.headline.text() == ranking.results[0].explanation.headline.de
    assert not first.feasible.isHidden() and first.warning.isHidden()
    leeds = next(i for i, r in enumerate(ranking.results) if r.city.id == "leeds")
    card = page._cards[leeds]
    assert not card.warning.isHidden()
    assert card.warning.text().startswith("Nur eingeschränkt möglich:")
    assert "AusbildungWeltweit fördert erst ab 3 Wochen" in card.warning.text()
