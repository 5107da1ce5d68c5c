"""Deleted personal text does not survive in the database file or its write-ahead log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.core.domain import Profile
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.database import SQLITE_PRAGMAS
from partnerdesk.store.handovers import HandoverRepository

SENTINEL = "ZZ-SENTINEL-7f3a9c-Geheimnis"


def files_of(db_file: Path) -> list[Path]:
    return [p for p in (db_file, db_file.with_name(db_file.name + "-wal")) if p.exists()]


def contains(db_file: Path, needle: str) -> list[str]:
    found = []
    for path in files_of(db_file):
        data = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if needle.encode(encoding) in data:
                found.append(f"{path.name} ({encoding})")
    return found


def checkpoint(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def test_secure_delete_is_on(engine: Engine) -> None:
    # Some SQLite builds (Debian's) default to it, others (python.org's) do not: set it.
    assert "PRAGMA secure_delete=ON" in SQLITE_PRAGMAS
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_deleted_apprentice_leaves_no_bytes(database, db_file: Path) -> None:
    engine, sessions = database
    repo = ApprenticeRepository(sessions)
    keep = repo.save(Apprentice(display_name="Bleibt", consent_date=date(2026, 1, 5)))
    aid = repo.save(Apprentice(display_name=f"Name {SENTINEL}", occupation=SENTINEL))
    repo.save_profile(aid, Profile(weeks=5))
    repo.save_talk(
        Talk(
            apprentice_id=aid,
            held_on=date(2026, 3, 1),
            advisor="Frau Adler",
            notes=f"Notiz mit {SENTINEL} " * 50,
            next_steps=(NextStep(text=f"Schritt {SENTINEL}"),),
        )
    )
    code, _ = HandoverRepository(sessions).create(Profile(weeks=5), {"note": SENTINEL})
    HandoverRepository(sessions).attach(code, aid)
    checkpoint(engine)
    assert contains(db_file, SENTINEL), "the test must first see the sentinel on disk"

    repo.delete(aid)
    checkpoint(engine)
    assert contains(db_file, SENTINEL) == []
    assert repo.get(keep).display_name == "Bleibt"
