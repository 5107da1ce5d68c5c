"""Item 5: read-then-write saves (``save_profile``, ``save_talk``) must wait for the write
lock instead of failing "database is locked" at once: every write is BEGIN IMMEDIATE."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from partnerdesk.core.counselling import Apprentice
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.database import open_database

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def test_three_writers_for_five_seconds_lose_no_save(tmp_path) -> None:
    db = tmp_path / "shared.sqlite3"
    engine, sessions = open_database(db)
    repo = ApprenticeRepository(sessions)
    ids = [repo.save(Apprentice(display_name=f"Azubi {i}")) for i in range(3)]
    engine.dispose()
    start_at = time.time() + 4  # all three import SQLAlchemy first, then start together
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(db), str(start_at), "5", str(aid)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for aid in ids
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=90)
        assert child.returncode == 0, err.decode()
        saves, failures = (int(x) for x in out.split())
        results.append((saves, failures))
    assert all(saves > 0 for saves, _ in results), results
    assert sum(failures for _, failures in results) == 0, results
