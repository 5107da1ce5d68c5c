"""Comparison rows: one cell per city, criteria that add up, optional parts only when given."""

from __future__ import annotations

import dataclasses

import pytest

from partnerdesk.core import compare
from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import Matcher


@pytest.fixture(scope="module")
def ranking():
    profile = Profile(interests={"kultur": 3, "jugend": 2}, languages={"de": "native",
                                                                      "en": "B2", "fr": "A2"})
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


def test_optional_feasibility_and_headline_are_shown_when_present(ranking):
    first, second = ranking.results[:2]
    assert "feasibility" not in [r.key for r in compare.rows([first, second], "de")] or (
        getattr(first, "feasibility", None) is not None)

    class Feasibility:
        level = "limited"
        reasons = ("Visum nötig",)

    class WithExtras:
        def __init__(self, result, headline):
            self._r = result
            self.feasibility = Feasibility()
            self.explanation = type("E", (), {"headline": headline, **{
                f.name: getattr(result.explanation, f.name)
                for f in dataclasses.fields(result.explanation)},
                "offers": result.explanation.offers})()

        def __getattr__(self, name):
            return getattr(self._r, name)

    rows = compare.rows([WithExtras(first, "Passt gut zu Kultur"), second], "de")
    by_key = {r.key: r for r in rows}
    assert by_key["feasibility"].cells[0] == "eingeschränkt machbar\n• Visum nötig"
    assert by_key["headline"].cells[0] == "Passt gut zu Kultur"
    assert by_key["headline"].cells[1] in ("—", str(getattr(second.explanation, "headline",
                                                            "—")))


@pytest.mark.parametrize("count", [1, 4])
def test_two_or_three_cities(ranking, count):
    with pytest.raises(ValueError, match="2-3 cities"):
        compare.rows(ranking.results[:count], "de")
