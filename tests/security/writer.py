"""A writer process for test_concurrent_writers: read-then-write saves in a loop.

Usage: writer.py DB START_AT SECONDS APPRENTICE_ID -> prints "saves failures" on stdout.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy.exc import OperationalError

from partnerdesk.core.counselling import Talk
from partnerdesk.core.domain import Profile
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.database import open_database


def main() -> None:
    db, start_at, seconds, apprentice_id = sys.argv[1:5]
    engine, sessions = open_database(Path(db))
    repo = ApprenticeRepository(sessions)
    aid = int(apprentice_id)
    time.sleep(max(0.0, float(start_at) - time.time()))
    end = time.monotonic() + float(seconds)
    saves = failures = 0
    n = 0
    while time.monotonic() < end:
        n += 1
        try:
            if n % 2:
                repo.save_profile(aid, Profile(interests={"kultur": n % 4}, weeks=4))
            else:
                repo.save_talk(
                    Talk(
                        apprentice_id=aid,
                        held_on=date(2026, 11, 30),
                        advisor="A",
                        notes=f"Notiz {n}",
                    )
                )
            saves += 1
        except OperationalError:
            failures += 1
    engine.dispose()
    print(saves, failures)


if __name__ == "__main__":
    main()
