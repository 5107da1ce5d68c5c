"""Item 8: after erasing a person (or a retention deletion) no byte of the name is left in
the database file, its ``-wal``, a backup made afterwards or the logs."""

from __future__ import annotations

from datetime import date

from partnerdesk import paths
from partnerdesk.core.counselling import Apprentice, Talk
from partnerdesk.logging_setup import setup_logging, shutdown_logging
from partnerdesk.store.backup import backup_database

SENTINEL = "Zqxjvbw Sentinelname"


def _files_with(sentinel: bytes) -> list[str]:
    home = paths.data_dir()
    return [
        str(p.relative_to(home))
        for p in home.rglob("*")
        if p.is_file() and sentinel in p.read_bytes()
    ]


def test_erased_name_is_gone_from_db_wal_backups_and_logs(store, repo, db_path) -> None:
    setup_logging()
    try:
        aid = repo.save(Apprentice(display_name=SENTINEL, occupation="Koch"))
        repo.save_talk(
            Talk(
                apprentice_id=aid,
                held_on=date(2026, 11, 30),
                advisor="A",
                notes=f"Notiz über {SENTINEL}",
            )
        )
        assert _files_with(SENTINEL.encode())  # it is on disk now (in the -wal)
        repo.delete(aid)  # erasure, as the retention check and the Auskunft dialog do it
        backup_database(db_path, paths.backup_dir(), reason="manual")
        assert _files_with(SENTINEL.encode()) == []
        assert db_path.with_name(db_path.name + "-wal").stat().st_size == 0
    finally:
        shutdown_logging()


def test_deleted_talk_notes_leave_the_wal(store, repo) -> None:
    aid = repo.save(Apprentice(display_name="Jemand"))
    talk = repo.save_talk(
        Talk(apprentice_id=aid, held_on=date(2026, 11, 30), advisor="A", notes=SENTINEL)
    )
    repo.delete_talk(talk)
    assert _files_with(SENTINEL.encode()) == []
