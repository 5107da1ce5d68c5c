"""Benchmark: ranking in-process - the shipped cities (target < 1 ms) and 10,000 (< 100 ms).

The 10,000 cities are the shipped ones varied (themes, languages, minimum stay, support,
comparability, status) with a fixed seed, so the work per city is realistic. No Qt.
Run standalone: ``.venv/bin/python tests/benchmarks/matching.py``.
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import City, Profile, Project
from partnerdesk.core.matching import Matcher
from partnerdesk.core.vocab import CEFR_LEVELS, THEME_KEYS

PROFILE = Profile(
    interests={"kultur": 3, "jugend": 2, "sport": 1},
    languages={"de": "native", "fr": "B1", "en": "B2"},
    weeks=4,
    independence=2,
    structure_importance=2,
)


def generate(cities: tuple[City, ...], count: int, seed: int = 2024) -> list[City]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        base = rng.choice(cities)
        projects = tuple(
            Project(f"{p.title} {i}", tuple(rng.sample(THEME_KEYS, rng.randint(1, 3))))
            for p in base.projects
        )
        out.append(
            dataclasses.replace(
                base,
                id=f"{base.id}-{i}",
                projects=projects,
                recommended_level=rng.choice(CEFR_LEVELS[:5]),
                min_weeks=rng.randint(1, 8),
                support_level=rng.choice(("high", "medium", "low")),
                comparability=rng.choice(("similar", "partly", "different")),
                status=rng.choice(("active",) * 8 + ("restricted", "paused")),
            )
        )
    return out


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    cities = load_shipped_pack().cities
    matcher = Matcher(cities)
    small = timed(lambda: matcher.rank(PROFILE), 2000)
    explain = timed(lambda: [r.explanation for r in matcher.rank(PROFILE).results], 500)
    start = time.perf_counter()
    big_cities = generate(cities, 10_000)
    big_matcher = Matcher(big_cities)
    prep = (time.perf_counter() - start) * 1000
    big = timed(lambda: big_matcher.rank(PROFILE), 20)
    print("matching (in-process)")
    print(
        f"  {len(cities)} shipped cities: median {statistics.median(small):.3f} ms "
        f"(target < 1 ms: {'met' if statistics.median(small) < 1 else 'NOT met'}); "
        f"with all explanations {statistics.median(explain):.3f} ms"
    )
    print(
        f"  10,000 generated cities: median {statistics.median(big):.1f} ms, "
        f"max {max(big):.1f} ms (target < 100 ms: "
        f"{'met' if statistics.median(big) < 100 else 'NOT met'}); "
        f"generation + Matcher precompute {prep:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
