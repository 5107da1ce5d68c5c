"""Benchmark: slider move -> updated live ranking, widgets included (target < 16 ms).

Shows MatchingView with the shipped pack at 1280x800 (offscreen), moves interest sliders,
weeks and weights in a fixed pseudo-random walk and times each change from ``setValue``
until the ranking cards are updated and the pending events (layout, paint) are processed.
The baseline, measured in the same run, is a bare QSlider with a no-op slot, timed the same
way. Run standalone: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/live_update.py``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QSlider

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import Profile
from partnerdesk.ui.views.matching_view import MatchingView

MOVES = 300
TARGET_MS = 16.0


def _time_moves(app: QApplication, moves: list) -> list[float]:
    times = []
    for move in moves:
        start = time.perf_counter()
        move()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)

    bare = QSlider()
    bare.setRange(0, 3)
    bare.valueChanged.connect(lambda _value: None)
    bare.show()
    app.processEvents()
    baseline = _time_moves(app, [lambda v=i % 4: bare.setValue(v) for i in range(MOVES)])

    view = MatchingView(load_shipped_pack().cities)
    view.resize(1280, 800)
    view.show()
    view.set_profile(
        Profile(
            interests={"kultur": 3, "jugend": 2},
            languages={"de": "native", "fr": "B1", "en": "B2"},
            weeks=4,
        )
    )
    app.processEvents()
    editor = view.editor
    rng = random.Random(4711)
    controls = [
        *editor.interest_sliders.values(),
        editor.structure,
        editor.independence,
        editor.weeks,
        *editor.weight_spins.values(),
    ]
    moves = []
    for _ in range(MOVES):
        control = rng.choice(controls)
        value = rng.randint(control.minimum(), min(control.maximum(), 12))
        moves.append(lambda c=control, v=value: c.setValue(v))
    order_changes = 0
    last = view.ranking_view.ranked_ids()

    def count(move):
        def run() -> None:
            nonlocal order_changes, last
            move()
            if view.ranking_view.ranked_ids() != last:
                order_changes += 1
                last = view.ranking_view.ranked_ids()

        return run

    _time_moves(app, moves[:20])  # warm-up: first layouts and detail blocks
    live = _time_moves(app, [count(m) for m in moves])

    base_med, live_med = statistics.median(baseline), statistics.median(live)
    print("live ranking update (slider move -> cards updated, events processed)")
    print(f"  moves: {MOVES}, ranking order changed on {order_changes}")
    print(f"  baseline bare QSlider: median {base_med:.3f} ms, p95 {_p95(baseline):.3f} ms")
    print(
        f"  MatchingView:          median {live_med:.2f} ms, p95 {_p95(live):.2f} ms, "
        f"max {max(live):.2f} ms"
    )
    print(
        f"  target < {TARGET_MS:.0f} ms (p95): "
        f"{'met' if _p95(live) < TARGET_MS else 'NOT met'}; "
        f"ratio to baseline (median) {live_med / max(base_med, 1e-6):.0f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
