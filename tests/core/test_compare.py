"""Comparison rows: one cell per city, criteria that add up, optional parts only when given."""

from __future__ import annotations

import pytest

from partnerdesk.core import compare
from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import Matcher


@pytest.fixture(scope="module")
def ranking():
    profile = Profile(
        interests={"kultur": 3, "jugend": 2}, languages={"de": "native", "en": "B2", "fr": "A2"}
    )
    return Matcher(load_shipped_pack().cities).rank(profile)


def test_rows_have_one_cell_per_city_in_the_given_order(ranking):
    results = ranking.results[:3]
    rows = compare.rows(results, "de")
    keys = [r.key for r in rows]
    assert keys[:6] == ["score", "themes", "language", "structure", "time", "support"]
    assert {"reasons", "obstacles", "funding", "offers"} <= set(keys)
    assert all(len(r.cells) == 3 for r in rows)
    score = next(r for r in rows if r.key == "score")
    assert score.label == "Gesamt"
    assert score.cells[0].endswith("/ 100")
    funding = next(r for r in rows if r.key == "funding")
    assert funding.cells == tuple(r.explanation.funding.de for r in results)
    english = compare.rows(results, "en")
    assert english[0].label == "Total"
    assert "points" in english[1].cells[0]


def test_feasibility_and_headline_of_each_city():
    # Two weeks: Leeds is fundable only through AusbildungWeltweit (from 3 weeks) - limited.
    profile = Profile(interests={"kultur": 3}, languages={"de": "native", "en": "B1"}, weeks=2)
    ranking = Matcher(load_shipped_pack().cities).rank(profile)
    leeds = next(r for r in ranking.results if r.city.id == "leeds")
    fine = next(r for r in ranking.results if r.feasibility.level == "ok")
    by_key = {r.key: r for r in compare.rows([fine, leeds], "de")}
    feasible, limited = by_key["feasibility"].cells
    assert feasible.startswith("machbar")
    assert limited.startswith("eingeschränkt machbar\n• ")
    assert [line[2:] for line in limited.splitlines()[1:]] == [
        x.de for x in leeds.feasibility.reasons
    ]
    assert by_key["headline"].cells == (fine.explanation.headline.de, leeds.explanation.headline.de)


@pytest.mark.parametrize("count", [1, 4])
def test_two_or_three_cities(ranking, count):
    with pytest.raises(ValueError, match="2-3 cities"):
        compare.rows(ranking.results[:count], "de")
