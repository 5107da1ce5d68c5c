"""Benchmark (not a timed test): 10,000 apprentices and 50,000 talks on PostgreSQL vs SQLite.

Run inside a throwaway cluster:
    tests/pg/cluster.sh run .venv/bin/python tests/benchmarks/team_db.py
Prints medians for "open the apprentice list" (``find()``) and "open one apprentice" (record,
self-assessment, talk list, newest talk) and each as a ratio PostgreSQL / SQLite.
Target: one apprentice < 50 ms median on PostgreSQL over a local socket.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from partnerdesk.store import models as m
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.database import open_database
from partnerdesk.store.team import open_team_database

APPRENTICES, TALKS_EACH, RUNS = 10_000, 5, 15


def fill(engine) -> None:
    now = datetime.now(UTC)
    with engine.begin() as c:
        c.execute(
            insert(m.Apprentice),
            [
                {
                    "id": i,
                    "display_name": f"Azubi {i:05d} Ünal",
                    "occupation": "Koch",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(1, APPRENTICES + 1)
            ],
        )
        c.execute(
            insert(m.CounsellingSession),
            [
                {
                    "apprentice_id": i,
                    "held_on": date(2026, 1, 1) + timedelta(days=k),
                    "notes": "Notiz " * 40,
                    "chosen_cities": ["amiens"],
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(1, APPRENTICES + 1)
                for k in range(TALKS_EACH)
            ],
        )
    if engine.dialect.name == "postgresql":
        with engine.begin() as c:
            c.exec_driver_sql("SELECT setval('apprentice_id_seq', 10000)")
            c.exec_driver_sql("ANALYZE")


def measure(repo: ApprenticeRepository) -> tuple[float, float]:
    lists, opens = [], []
    for run in range(RUNS):
        t = time.perf_counter()
        repo.find()
        lists.append(time.perf_counter() - t)
        aid = 1 + (run * 677) % APPRENTICES
        t = time.perf_counter()
        repo.get(aid)
        repo.profile(aid)
        talks = repo.talks(aid)
        repo.talk(talks[0].id)
        opens.append(time.perf_counter() - t)
    return statistics.median(lists) * 1000, statistics.median(opens) * 1000


def main() -> int:
    url = os.environ.get("PARTNERDESK_TEST_PG_URL")
    if not url:
        print("set PARTNERDESK_TEST_PG_URL (run through tests/pg/cluster.sh)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import pg_support
    from sqlalchemy.engine import make_url

    admin = make_url(url).set(drivername="postgresql+psycopg")
    pg_url = pg_support.create_database(admin, template="template0")
    with tempfile.TemporaryDirectory() as folder:
        lite_engine, lite = open_database(Path(folder) / "bench.sqlite3")
        pg_engine, pg = open_team_database(pg_url)
        try:
            fill(lite_engine)
            fill(pg_engine)
            s_list, s_open = measure(ApprenticeRepository(lite))
            p_list, p_open = measure(ApprenticeRepository(pg))
        finally:
            lite_engine.dispose()
            pg_engine.dispose()
            pg_support.drop_database(pg_url)
    print(
        f"apprentice list:  SQLite {s_list:7.1f} ms  PostgreSQL {p_list:7.1f} ms  "
        f"ratio {p_list / s_list:4.2f}"
    )
    print(
        f"one apprentice:   SQLite {s_open:7.1f} ms  PostgreSQL {p_open:7.1f} ms  "
        f"ratio {p_open / s_open:4.2f}  (target < 50 ms: {'ok' if p_open < 50 else 'MISSED'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
