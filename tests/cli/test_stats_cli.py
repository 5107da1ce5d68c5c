"""``partnerdesk stats``: counts a test computes on its own, groups below 3 masked."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
from collections import defaultdict
from datetime import date

import pytest

from partnerdesk.core import stats as st
from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.core.stays import Stay

CITIES = ["amiens", "leeds", "buffalo", "trabzon", "zwickau"]
FUNDING = ["erasmus_plus", "ausbildung_weltweit", "domestic", "team_ina", "other"]


def run_cli(*args: str, home) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PARTNERDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A database with 40 apprentices, their talks and stays; returns (home, plain facts)."""
    home = tmp_path_factory.mktemp("stats-home")
    before = os.environ.get("PARTNERDESK_HOME")
    os.environ["PARTNERDESK_HOME"] = str(home)  # module fixture: autouse home is per test
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.store.stays import StayRepository

    rng = random.Random(15)
    store = open_app_store()
    people, stays = ApprenticeRepository(store.sessions), StayRepository(store.sessions)
    talks, trips = [], []
    try:
        for n in range(40):
            aid = people.save(Apprentice(display_name=f"Person {n}"))
            for _ in range(rng.randint(1, 3)):
                day = date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
                chosen = tuple(rng.sample(CITIES, rng.randint(0, 2)))
                steps = tuple(
                    NextStep(text="x", done=rng.random() < 0.4) for _ in range(rng.randint(0, 3))
                )
                people.save_talk(
                    Talk(apprentice_id=aid, held_on=day, chosen_cities=chosen, next_steps=steps)
                )
                talks.append((day, aid, chosen, steps))
            if rng.random() < 0.5:
                start = date(rng.choice([2025, 2026]), rng.randint(1, 12), 1)
                city = rng.choice(CITIES)
                funding = "erasmus_plus" if n % 2 else rng.choice(FUNDING)
                stays.save(Stay(apprentice_id=aid, city_id=city, start=start, funding=funding))
                trips.append((start, city, funding))
    finally:
        store.close()
        if before is None:
            del os.environ["PARTNERDESK_HOME"]
        else:
            os.environ["PARTNERDESK_HOME"] = before
    return home, talks, trips


def _mask(n: int):
    return "< 3" if n in (1, 2) else n


def test_stats_json_equals_independent_counts(seeded) -> None:
    home, talks, trips = seeded
    result = run_cli("stats", "--year", "2025", "--json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)

    mine = [t for t in talks if t[0].year == 2025]
    per_month = {
        f"2025-{m:02d}": _mask(sum(1 for t in mine if t[0].month == m)) for m in range(1, 13)
    }
    chosen = defaultdict(set)
    for _day, aid, cities, _steps in mine:
        for city in cities:
            chosen[city].add(aid)
    visited, funding = defaultdict(int), defaultdict(int)
    for start, city, route in trips:
        if start.year == 2025:
            visited[city] += 1
            funding[route] += 1
    steps = [s for t in mine for s in t[3]]
    assert data["year"] == 2025
    assert data["talks"] == _mask(len(mine))
    assert data["apprentices_counselled"] == _mask(len({t[1] for t in mine}))
    assert data["talks_per_month"] == per_month
    assert data["cities_chosen"] == {c: _mask(len(a)) for c, a in chosen.items()}
    assert data["cities_visited"] == {c: _mask(n) for c, n in visited.items()}
    assert data["stays_by_funding"] == {k: _mask(n) for k, n in funding.items()}
    assert data["next_steps"] == {
        "open": _mask(sum(not s.done for s in steps)),
        "done": _mask(sum(s.done for s in steps)),
    }
    # The seed has small groups, and none of them is published as a number.
    values = [
        v
        for key in ("cities_visited", "stays_by_funding", "talks_per_month")
        for v in data[key].values()
    ]
    assert "< 3" in values and not any(v in (1, 2) for v in values)


def test_stats_csv_masks_and_names_cities(seeded) -> None:
    home, _talks, _trips = seeded
    result = run_cli("stats", "--csv", home=home)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["Bereich", "Gruppe", "Anzahl"]
    counts = [r[2] for r in rows[1:]]
    assert "1" not in counts and "2" not in counts
    assert any(r[1] == "Leeds" for r in rows)


def test_bad_year_is_one_line_exit_2(tmp_path) -> None:
    result = run_cli("stats", "--year", "20x5", home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().endswith("--year '20x5': expected a year such as 2026")
    assert result.stderr.count("\n") == 1


def test_masking_boundaries() -> None:
    assert [st.masked(n) for n in (0, 1, 2, 3, 10)] == [0, "< 3", "< 3", 3, 10]
