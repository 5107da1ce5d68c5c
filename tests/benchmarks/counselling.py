"""Benchmark: the counselling page with many records (targets < 100 ms each).

1. A database of 5,000 apprentices and 50,000 talks (bulk inserts, one talk in ten with two
   next steps): ``ApprenticeRepository.find`` without and with a search term, and the same
   through the view (``CounsellingView.refresh_list``, which also fills the list widget).
2. Opening an apprentice with 50 talks in the view: person, assessment, talk list, newest talk
   in the editor, ranking snapshot, live ranking.
The two-page PDF record is benchmarked in ``pdf_record.py``. Medians of repeated runs.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/counselling.py``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from partnerdesk.core.counselling import profile_to_dict
from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import Matcher, ranking_to_json
from partnerdesk.store import models as m
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import open_app_store

APPRENTICES = 5_000
TALKS = 50_000
TARGET_MS = 100.0
FIRST = ("Jana", "Lukas", "José", "Ayşe", "Mariya", "Noah", "Émilie", "Kai", "Lena", "Ömer")
LAST = ("Öztürk", "Becker", "Nowak", "Schmidt", "Kowalski", "Yılmaz", "Müller", "Dubois")


def median_ms(fn, runs: int = 9) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def fill(store, snapshot: dict, profile: dict) -> int:
    rng = random.Random(7)
    today = date(2026, 6, 1)
    with store.sessions.begin() as session:
        session.execute(insert(m.Advisor), [{"id": 1, "name": "Frau Lawrence"}])
        session.execute(
            insert(m.Apprentice),
            [
                {
                    "id": i,
                    "display_name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                    "occupation": "Verwaltungsfachangestellte/r",
                    "training_year": 1 + i % 3,
                    "consent_date": today,
                    "deletion_date": today + timedelta(days=730),
                }
                for i in range(1, APPRENTICES + 1)
            ],
        )
        # Apprentice 1 gets 50 talks, the others share the rest evenly.
        owners = [1] * 50 + [2 + i % (APPRENTICES - 1) for i in range(TALKS - 50)]
        session.execute(
            insert(m.CounsellingSession),
            [
                {
                    "id": t,
                    "apprentice_id": owner,
                    "advisor_id": 1,
                    "held_on": today - timedelta(days=t % 700),
                    "notes": "Notiz " * 40,
                    "chosen_cities": ["amiens"],
                    "ranking_snapshot": snapshot,
                    "assessment_snapshot": profile,
                }
                for t, owner in enumerate(owners, 1)
            ],
        )
        session.execute(
            insert(m.NextStep),
            [
                {
                    "session_id": t,
                    "position": p,
                    "offer_key": "vermittlung",
                    "text": "Schritt",
                    "owner": "Team INA",
                    "done": p == 0,
                }
                for t in range(1, TALKS + 1, 10)
                for p in range(2)
            ],
        )
    return 1


def main() -> int:
    app = QApplication.instance() or QApplication([])
    from partnerdesk.ui.views.counselling_view import CounsellingView

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PARTNERDESK_HOME"] = tmp
        store = open_app_store(Path(tmp) / "bench.sqlite3")
        cities = store.cities.cities()
        profile = Profile(
            interests={"kultur": 3, "jugend": 2}, languages={"de": "native", "fr": "B1", "en": "B2"}
        )
        snapshot = ranking_to_json(Matcher(cities).rank(profile))
        start = time.perf_counter()
        busy = fill(store, snapshot, profile_to_dict(profile))
        print(
            f"generated {APPRENTICES} apprentices, {TALKS} talks in "
            f"{time.perf_counter() - start:.1f} s"
        )
        repo = ApprenticeRepository(store.sessions)
        figures = {
            "repo.find() all 5,000": median_ms(lambda: repo.find()),
            "repo.find('ayse')": median_ms(lambda: repo.find("ayse")),
            "repo.find(limit=301)": median_ms(lambda: repo.find(limit=301)),
        }
        view = CounsellingView(repo, cities)
        view.resize(1080, 760)
        view.show()
        app.processEvents()

        def search(text: str) -> None:
            view.search.setText(text)  # textChanged starts the debounce timer
            view.on_search_settled()  # what the timer runs once typing pauses
            app.processEvents()

        def timed_search(text: str) -> float:
            times = []
            for _ in range(9):
                search("zzz-nothing")  # so the next setText is a change
                start = time.perf_counter()
                search(text)
                times.append((time.perf_counter() - start) * 1000)
            return statistics.median(times)

        figures["view: search 'ayse' (list filled)"] = timed_search("ayse")
        figures["view: list all (first 300 shown)"] = timed_search("")

        def open_busy() -> None:
            view.controller.current = None  # so the same apprentice is opened anew
            view._show_apprentice(busy)
            app.processEvents()

        figures["view: open apprentice with 50 talks"] = median_ms(open_busy)
        figures["repo.talks(50) + repo.talk(newest)"] = median_ms(
            lambda: repo.talk(repo.talks(busy)[0].id)
        )
        view.close()
        store.close()
    worst = 0.0
    for name, value in figures.items():
        flag = "" if value < TARGET_MS else "  OVER TARGET"
        print(f"{name:42s} {value:8.1f} ms{flag}")
        worst = max(worst, value)
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
