"""Storage faults: the repository raises, nothing changes, the file stays healthy, the
message says what happened and what to do."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from datetime import date

import pytest
from faults import disk_full, dump, integrity, read_only, write_locked
from sqlalchemy.exc import OperationalError

from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.errors import TEXTS, classify, describe

BIG_NOTES = "Gesprächsnotiz mit Umlauten äöü. " * 3000  # ~100 KB: needs new pages


@pytest.fixture
def repo(database):
    return ApprenticeRepository(database[1])


@pytest.fixture
def apprentice_id(repo):
    aid = repo.save(Apprentice(display_name="Ayşe Yılmaz", occupation="Fachinformatikerin"))
    repo.save_talk(
        Talk(
            apprentice_id=aid,
            held_on=date(2026, 11, 2),
            notes="erste Notiz",
            next_steps=(NextStep("Seminar"),),
        )
    )
    return aid


def _talk(aid: int) -> Talk:
    return Talk(
        apprentice_id=aid,
        held_on=date(2026, 11, 20),
        advisor="C. Lawrence",
        notes=BIG_NOTES,
        next_steps=(NextStep("Antrag stellen"), NextStep("Pass")),
    )


FAULTS = {
    "disk_full": lambda engine, db_file: disk_full(engine),
    "read_only": lambda engine, db_file: read_only(engine),
    "locked": lambda engine, db_file: write_locked(engine, db_file),
}


@pytest.mark.parametrize("kind", sorted(FAULTS))
def test_fault_raises_changes_nothing_and_is_explained(
    kind, database, db_file, repo, apprentice_id
):
    engine = database[0]
    before = dump(db_file)
    with FAULTS[kind](engine, db_file), pytest.raises(OperationalError) as caught:
        repo.save_talk(_talk(apprentice_id))
    assert dump(db_file) == before
    assert integrity(db_file) == (["ok"], [])
    problem = describe(caught.value)
    assert problem.kind == kind
    assert "nichts geändert" in problem.text.de
    assert "Nothing was changed" in problem.text.en
    # Afterwards the same save works: the fault left no lock or broken state behind.
    tid = repo.save_talk(_talk(apprentice_id))
    assert repo.talk(tid).notes == BIG_NOTES
    assert len(repo.talk(tid).next_steps) == 2


def test_disk_full_during_new_apprentice_saves_nothing(database, db_file, repo):
    before = dump(db_file)
    with disk_full(database[0]), pytest.raises(OperationalError):
        repo.save(Apprentice(display_name="X" * 200, occupation=BIG_NOTES[:200]))
        for _ in range(200):  # one row may still fit into a free page; keep going
            repo.save(Apprentice(display_name="X" * 200, occupation="Y" * 200))
    assert integrity(db_file) == (["ok"], [])
    assert len(dump(db_file)) >= len(before)


def test_error_message_carries_no_personal_data(database, db_file, repo, apprentice_id):
    with disk_full(database[0]), pytest.raises(OperationalError) as caught:
        repo.save_talk(_talk(apprentice_id))
    assert "Gesprächsnotiz" not in str(caught.value)  # hide_parameters on the engine
    assert "Gesprächsnotiz" not in describe(caught.value).detail


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (sqlite3.OperationalError("database or disk is full"), "disk_full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read_only"),
        (sqlite3.OperationalError("database is locked"), "locked"),
        (sqlite3.OperationalError("disk I/O error"), "io_error"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (PermissionError(errno.EACCES, "Permission denied"), "read_only"),
        (OSError(errno.EROFS, "Read-only file system"), "read_only"),
        (OSError(errno.EIO, "Input/output error"), "io_error"),
        (ValueError("something else"), "unknown"),
    ],
)
def test_classify(exc, kind):
    assert classify(exc) == kind
    wrapped = RuntimeError("export failed")
    wrapped.__cause__ = exc
    assert classify(wrapped) == kind


def test_every_text_says_what_to_do_in_both_languages():
    for kind, text in TEXTS.items():
        assert text.de and text.en, kind
        assert text.de != text.en
    for kind in ("disk_full", "read_only", "locked", "io_error"):
        assert "erneut" in TEXTS[kind].de  # what to do: ... then save again
        assert "again" in TEXTS[kind].en


def test_sqlalchemy_wrapped_io_error_is_recognised():
    orig = sqlite3.OperationalError("disk I/O error")
    exc = OperationalError("INSERT ...", {}, orig)
    assert describe(exc).kind == "io_error"
    assert describe(exc).detail.startswith("OperationalError: (sqlite3.OperationalError)")


def test_logging_a_failed_save_leaks_no_personal_data(database, repo, apprentice_id, caplog):
    with disk_full(database[0]), pytest.raises(OperationalError) as caught:
        repo.save_talk(_talk(apprentice_id))
    with caplog.at_level(logging.ERROR):
        logging.getLogger("partnerdesk").error("save failed", exc_info=caught.value)
    assert "Gesprächsnotiz" not in caplog.text


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_write_protected_data_folder(database, db_file, repo, apprentice_id):
    engine = database[0]
    engine.dispose()
    before = dump(db_file)
    modes = {p: p.stat().st_mode for p in [db_file.parent, *db_file.parent.iterdir()]}
    try:
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        with pytest.raises(OperationalError) as caught:
            repo.save_talk(_talk(apprentice_id))
        assert describe(caught.value).kind == "read_only"
    finally:
        engine.dispose()
        for path, mode in modes.items():
            path.chmod(mode)
    assert dump(db_file) == before
