"""``partnerdesk db check|backup|restore|recover`` and a damaged database on the command line.

Run in-process (``run(argv)``) for speed; the data dir is the per-test PARTNERDESK_HOME.
"""

from __future__ import annotations

import hashlib
import os
import socket
from dataclasses import replace
from pathlib import Path

import pytest
from faults import damage, fill

from partnerdesk import paths
from partnerdesk.cli.main import run
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.store.location import process_name
from partnerdesk.store.schema import HEAD_REVISION


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = run(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled() -> Path:
    store = open_app_store()
    fill(ApprenticeRepository(store.sessions), 40)
    store.close()
    return paths.database_path()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_backup_restore_round_trip(capsys, filled):
    code, out, _ = cli(capsys, "--lang", "en", "db", "check")
    assert code == 0
    assert "OK     Integrity: ok" in out
    assert f"OK     Schema version: {HEAD_REVISION} (current)" in out and "cities 11" in out
    code, out, _ = cli(capsys, "db", "check")  # German: every word of it
    assert code == 0
    assert "OK     Integrität: in Ordnung" in out
    assert f"OK     Schema-Version: {HEAD_REVISION} (aktuell)" in out and "Städte 11" in out
    for english in ("current", "newest", "missing", " ok", "city ", "counselling_session"):
        assert english not in out, english
    code, out, err = cli(capsys, "db", "backup")
    assert code == 0, err
    backup = Path(out.strip())
    assert backup.parent == paths.backup_dir() and backup.is_file()
    store = open_app_store()
    repo = ApprenticeRepository(store.sessions)
    repo.save(replace(repo.get(1), display_name="Geändert nach der Sicherung"))
    store.close()
    code, out, err = cli(capsys, "db", "restore", str(backup))
    assert code == 0, err
    assert "previous database kept as" in out
    store = open_app_store()
    assert len(ApprenticeRepository(store.sessions).find()) == 40
    assert ApprenticeRepository(store.sessions).get(1).display_name != "Geändert nach der Sicherung"
    store.close()


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (("db", "restore"), "required: FILE"),
        (("db", "restore", "/no/such/file.sqlite3"), "no such file"),
        (("db",), "required"),
    ],
)
def test_bad_or_missing_file_is_one_line_exit_2(capsys, argv, needle):
    code, _, err = cli(capsys, *argv)
    assert code == 2
    assert needle in err
    assert len(err.strip().splitlines()) == 1


def test_restore_refuses_a_file_that_is_no_backup(capsys, filled, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("kein Backup")
    before = digest(filled)
    code, _, err = cli(capsys, "db", "restore", str(bad))
    assert code == 2
    assert "not an SQLite database" in err
    assert digest(filled) == before


def test_restore_refuses_while_the_app_runs(capsys, filled):
    store = open_app_store()
    store.close()
    code, out, _ = cli(capsys, "db", "backup")
    (paths.data_dir() / "partnerdesk.lock").write_text(
        f"{os.getpid()}\n{process_name(os.getpid())}\n{socket.gethostname()}\n"
    )
    code, _, err = cli(capsys, "db", "restore", out.strip())
    assert code == 1
    assert "close it first" in err


def test_damaged_database_one_line_exit_1_nothing_written(capsys, filled):
    cli(capsys, "db", "backup")
    damage(filled)
    before = digest(filled)
    for argv in (("cities",), ("match", "--interest", "kultur=3")):
        code, out, err = cli(capsys, *argv)
        assert code == 1
        assert out == ""
        assert len(err.strip().splitlines()) == 1
        assert "Traceback" not in err
        assert "partnerdesk db recover newest" in err
    code, out, _ = cli(capsys, "db", "check")
    assert code == 1
    assert "FEHLER" in out
    code, out, _ = cli(capsys, "db", "backup")
    assert code == 1
    assert digest(filled) == before
    code, out, err = cli(capsys, "db", "recover", "newest")
    assert code == 0, err
    code, out, _ = cli(capsys, "db", "check")
    assert code == 0


def test_check_without_database_exit_1(capsys):
    code, out, _ = cli(capsys, "db", "check")
    assert code == 1
    assert out.startswith("FEHLER Datei: ") and out.rstrip().endswith(": fehlt")
