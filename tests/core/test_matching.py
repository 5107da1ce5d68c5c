"""Matching engine: hand-computed cases, explanations, and properties (hypothesis)."""

from __future__ import annotations

import dataclasses
import math
import random

import pytest
from factories import make_city
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerdesk.core.domain import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    CityLanguage,
    Profile,
    ProfileError,
    Text,
)
from partnerdesk.core.matching import (
    Matcher,
    language_fit,
    rank,
    ranking_to_json,
    smallest_swap,
    structure_fit,
    support_fit,
    theme_fit,
    time_fit,
)
from partnerdesk.core.vocab import CEFR_LEVELS, THEME_KEYS

TAU = 3 / math.log(5)


def fit(city, profile):
    return theme_fit(city, profile, city.theme_strengths())


# --- theme fit ------------------------------------------------------------------------------


def test_theme_fit_no_interest_is_zero():
    assert fit(make_city(), Profile()) == 0.0


def test_theme_fit_one_very_important_main_focus_is_08():
    assert fit(make_city(), Profile(interests={"kultur": 3})) == pytest.approx(0.8)


def test_theme_fit_hand_computed_mixed():
    # kultur 2 (focus, 1.0) + sport 1 (project, 0.5) carried; hilfe 3 not carried.
    profile = Profile(interests={"kultur": 2, "sport": 1, "hilfe": 3})
    points = 2 * 1.0 + 1 * 0.5
    expected = points / (points + 3) * (1 - math.exp(-points / TAU))
    assert fit(make_city(), profile) == pytest.approx(expected)


def test_theme_fit_nothing_carried_is_zero():
    assert fit(make_city(), Profile(interests={"hilfe": 3, "energie": 2})) == 0.0


# --- the other criteria, hand-computed ------------------------------------------------------


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        ({"de": "native"}, 0.0),
        ({"fr": "A2"}, 2 / 3),
        ({"fr": "B1"}, 1.0),
        ({"fr": "native"}, 1.0),
        ({"fr": "A1", "en": "C1"}, 1 / 3),  # no English bridge in this city
    ],
)
def test_language_fit(languages, expected):
    assert language_fit(make_city(), Profile(languages=languages)) == pytest.approx(expected)


def test_language_fit_english_bridge_counts_08():
    city = make_city(languages=(CityLanguage("he"),), english_bridge=True)
    assert language_fit(city, Profile(languages={"en": "B2"})) == pytest.approx(0.8)
    assert language_fit(city, Profile(languages={"en": "A2"})) == pytest.approx(0.8 * 2 / 3)
    assert language_fit(city, Profile(languages={"he": "B1", "en": "B2"})) == 1.0


@pytest.mark.parametrize(
    ("comparability", "importance", "expected"),
    [
        ("similar", 3, 1.0),
        ("partly", 3, 0.5),
        ("different", 3, 0.0),
        ("different", 0, 1.0),
        ("different", 1, 2 / 3),
        ("partly", 2, 1 - 2 / 3 * 0.5),
    ],
)
def test_structure_fit(comparability, importance, expected):
    city = make_city(comparability=comparability)
    profile = Profile(structure_importance=importance)
    assert structure_fit(city, profile) == pytest.approx(expected)


@pytest.mark.parametrize(("weeks", "expected"), [(0, 0.0), (2, 0.5), (4, 1.0), (12, 1.0)])
def test_time_fit(weeks, expected):
    assert time_fit(make_city(min_weeks=4), Profile(weeks=weeks)) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("level", "independence", "expected"),
    [("high", 1, 1.0), ("low", 5, 1.0), ("low", 1, 0.25), ("medium", 3, 1 - 0.5 * 0.4)],
)
def test_support_fit(level, independence, expected):
    city = make_city(support_level=level)
    assert support_fit(city, Profile(independence=independence)) == pytest.approx(expected)


# --- totals and ranking ---------------------------------------------------------------------


def test_contributions_add_up_to_score_and_match_weights():
    profile = Profile(interests={"kultur": 3}, languages={"de": "native", "fr": "A2"}, weeks=2)
    result = rank([make_city()], profile).results[0]
    assert math.fsum(result.contributions.values()) == pytest.approx(result.score, abs=1e-9)
    for criterion in CRITERIA:
        expected = 100 * DEFAULT_WEIGHTS[criterion] * result.criteria[criterion]
        assert result.contributions[criterion] == pytest.approx(expected)
    # themes 0.8, language 2/3, structure 1, time 2/3, support 1 (high channel)
    expected_score = 100 * (0.35 * 0.8 + 0.25 * 2 / 3 + 0.10 + 0.15 * 2 / 3 + 0.15)
    assert result.score == pytest.approx(expected_score)


def test_paused_never_ranked_and_listed_with_reason():
    paused = make_city(
        "ruhstadt",
        status="paused",
        status_reason=Text("Ratsbeschluss vom 31.03.2022", "Council 2022"),
    )
    ranking = rank([make_city(), paused], Profile(interests={"kultur": 3}))
    assert [r.city.id for r in ranking.results] == ["testburg"]
    assert ranking.excluded[0].city.id == "ruhstadt"
    assert "31.03.2022" in ranking.excluded[0].reason.de


def test_restricted_ranked_with_warning():
    city = make_city(status="restricted", status_reason=Text("nur nach Einzelfallprüfung"))
    result = rank([city], Profile()).results[0]
    assert result.explanation.warning is not None
    assert "Einzelfallprüfung" in result.explanation.warning.de


def test_abroad_only_excludes_domestic_city():
    home = make_city("heimstadt", country_code="DE", funding="domestic")
    ranking = rank([home, make_city()], Profile(abroad_only=True))
    assert [r.city.id for r in ranking.results] == ["testburg"]
    assert ranking.excluded[0].city.id == "heimstadt"
    assert [r.city.id for r in rank([home], Profile()).results] == ["heimstadt"]


def test_explanation_names_projects_obstacles_and_offers():
    profile = Profile(
        interests={"sport": 3}, languages={"de": "native", "fr": "A2"}, weeks=1, independence=1
    )
    result = rank([make_city(support_level="low")], profile).results[0]
    e = result.explanation
    assert e.theme_matches[0].theme == "sport"
    assert e.theme_matches[0].projects == ("Fußballturnier",)
    texts = [o.text.de for o in e.obstacles]
    assert any(t.startswith("Französisch: B1 empfohlen, angegeben A2") for t in texts)
    assert "Üblich sind hier mindestens 3 Wochen, geplant ist 1 Woche." in texts
    assert {o.kind for o in e.obstacles} >= {"language", "time", "support", "funding"}
    assert set(e.offers) >= {"foerderung", "vermittlung", "unterkunft"}


def test_close_call_and_swap_hint():
    a = make_city("a-stadt", support_level="high", languages=(CityLanguage("fr"),))
    b = make_city(
        "b-stadt", support_level="low", languages=(CityLanguage("de"),), country_code="AT"
    )
    profile = Profile(independence=1, languages={"de": "native", "fr": "A2"})
    ranking = rank([a, b], profile)
    first, second = ranking.results
    hint = smallest_swap(first, second, profile.weights)
    assert hint is not None
    weights = dict(profile.weights)
    weights[hint.criterion] = hint.threshold
    swapped = rank([a, b], dataclasses.replace(profile, weights=weights))
    s = {r.city.id: r.score for r in swapped.results}
    assert s[first.city.id] == pytest.approx(s[second.city.id], abs=1e-6)


def test_close_call_flag():
    twins = [make_city("x-stadt"), make_city("y-stadt")]
    assert rank(twins, Profile()).close_call
    far = [
        make_city("x-stadt"),
        make_city("y-stadt", languages=(CityLanguage("zh"),), support_level="low", min_weeks=12),
    ]
    assert not rank(far, Profile(independence=1)).close_call


def test_json_shape():
    data = ranking_to_json(rank([make_city()], Profile(interests={"kultur": 3})))
    item = data["ranking"][0]
    assert set(item) >= {"city", "name", "score", "criteria", "reasons", "obstacles", "status"}
    assert set(item["criteria"]) == set(CRITERIA)
    assert data["excluded"] == []


def test_profile_rejects_bad_values():
    with pytest.raises(ProfileError, match="sprt"):
        Profile(interests={"sprt": 2})
    with pytest.raises(ProfileError, match="Z9"):
        Profile(languages={"fr": "Z9"})
    with pytest.raises(ProfileError, match="-1"):
        Profile(weeks=-1)


# --- properties -----------------------------------------------------------------------------

interests = st.dictionaries(st.sampled_from(THEME_KEYS), st.integers(0, 3))
languages = st.dictionaries(
    st.sampled_from(["de", "en", "fr", "he", "zh", "tr"]), st.sampled_from(CEFR_LEVELS)
)
weights = st.fixed_dictionaries({c: st.floats(0.01, 1.0) for c in CRITERIA})
profiles = st.builds(
    Profile,
    interests=interests,
    languages=languages,
    weeks=st.integers(0, 52),
    abroad_only=st.booleans(),
    independence=st.integers(1, 5),
    structure_importance=st.integers(0, 3),
    weights=weights,
    start=st.tuples(st.integers(2026, 2029), st.integers(1, 12)),
)


def _city_pool():
    return [
        make_city("aa", support_level="high"),
        make_city(
            "bb",
            languages=(CityLanguage("he"),),
            english_bridge=True,
            comparability="partly",
            support_level="medium",
            min_weeks=4,
        ),
        make_city(
            "cc",
            languages=(CityLanguage("zh"),),
            comparability="different",
            support_level="low",
            min_weeks=6,
            status="restricted",
            status_reason=Text("Prüfung"),
        ),
        make_city(
            "dd",
            country_code="DE",
            languages=(CityLanguage("de"),),
            funding="domestic",
            min_weeks=1,
        ),
        make_city("ee", status="paused", status_reason=Text("ruht")),
        make_city("ff", languages=(CityLanguage("tr"),), support_level="medium"),
    ]


@given(profiles)
@settings(max_examples=200, deadline=None)
def test_scores_within_range_and_deterministic(profile):
    cities = _city_pool()
    first = rank(cities, profile)
    second = rank(list(reversed(cities)), profile)
    assert [(r.city.id, r.score) for r in first.results] == [
        (r.city.id, r.score) for r in second.results
    ]
    for r in first.results:
        assert 0.0 <= r.score <= 100.0
        assert all(0.0 <= v <= 1.0 for v in r.criteria.values())
        assert math.fsum(r.contributions.values()) == pytest.approx(r.score, abs=1e-9)
    assert "ee" not in {r.city.id for r in first.results}


@given(profiles, st.sampled_from(THEME_KEYS), st.integers(1, 3))
@settings(max_examples=300, deadline=None)
def test_raising_interest_never_lowers_theme_fit_of_carrying_city(profile, theme, step):
    raised = dict(profile.interests)
    raised[theme] = min(3, raised.get(theme, 0) + step)
    higher = dataclasses.replace(profile, interests=raised)
    for city in _city_pool():
        if theme in city.theme_strengths():
            assert fit(city, higher) >= fit(city, profile) - 1e-12


@given(profiles, st.randoms(use_true_random=False))
@settings(max_examples=200, deadline=None)
def test_adding_or_removing_a_city_never_reorders_the_others(profile, rnd: random.Random):
    cities = _city_pool()
    full = [r.city.id for r in rank(cities, profile).results]
    subset = [c for c in cities if rnd.random() < 0.6]
    sub = [r.city.id for r in rank(subset, profile).results]
    assert sub == [cid for cid in full if cid in {c.id for c in subset}]


@given(profiles)
@settings(max_examples=200, deadline=None)
def test_feasible_cities_come_first_each_part_by_score(profile):
    ranking = rank(_city_pool(), profile)
    levels = [r.feasibility.level for r in ranking.results]
    assert levels == sorted(levels, key=lambda level: level != "ok")
    for level in ("ok", "limited"):
        scores = [r.score for r in ranking.results if r.feasibility.level == level]
        assert scores == sorted(scores, reverse=True)
    for r in ranking.results:
        assert r.feasibility.level == "ok" or r.feasibility.reasons  # limited says why
        assert r.explanation.headline.de and r.explanation.headline.en
    assert all(
        r.feasibility.level == "limited" for r in ranking.results if r.city.status == "restricted"
    )


def test_matcher_reuses_precomputed_cities():
    matcher = Matcher(_city_pool())
    a = matcher.rank(Profile(interests={"kultur": 3}))
    b = matcher.rank(Profile(interests={"kultur": 3}))
    assert [r.score for r in a.results] == [r.score for r in b.results]
