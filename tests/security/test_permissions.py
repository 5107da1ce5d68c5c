"""Item 7: everything PartnerDesk writes is private to the user on POSIX: folders 0700,
files 0600 (database, -wal, -shm, backups, logs, settings.ini with the PIN hash, exports)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from security.helpers import run_cli

from partnerdesk import paths
from partnerdesk.core.files import write_atomic
from partnerdesk.core.pin import hash_pin

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_cli_leaves_nothing_readable_by_others(tmp_path) -> None:
    home = tmp_path / "home"
    old = os.umask(0o022)  # the usual desktop default: new files 0644
    try:
        env = {"PARTNERDESK_HOME": str(home)}
        assert run_cli("cities", env=env).returncode == 0
        result = run_cli("db", "backup", env=env)
        assert result.returncode == 0, result.stderr.decode()
    finally:
        os.umask(old)
    everything = [home, *home.rglob("*")]
    assert any(p.name.endswith(".sqlite3") for p in everything)
    assert any(p.parent.name == "backups" for p in everything)
    wrong = {
        str(p.relative_to(home)): oct(mode(p))
        for p in everything
        if mode(p) != (0o700 if p.is_dir() else 0o600)
    }
    assert wrong == {}


def test_wal_and_shm_follow_the_private_database(store, db_path, repo) -> None:
    old = os.umask(0o022)
    try:
        from partnerdesk.core.counselling import Apprentice

        repo.save(Apprentice(display_name="Test"))
    finally:
        os.umask(old)
    for suffix in ("", "-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        assert side.exists() and mode(side) == 0o600, suffix
    assert mode(db_path.parent) == 0o700


def test_settings_with_the_pin_hash_are_private(qapp) -> None:
    from partnerdesk.ui.kiosk.settings import open_settings, save_pin_hash

    old = os.umask(0o022)
    try:
        save_pin_hash(hash_pin("482916", n=16), open_settings())
    finally:
        os.umask(old)
    assert mode(paths.settings_path()) == 0o600


def test_exports_are_private_and_old_files_are_tightened(tmp_path) -> None:
    old = os.umask(0o022)
    try:
        export = write_atomic(tmp_path / "auskunft.pdf", b"%PDF")
    finally:
        os.umask(old)
    assert mode(export) == 0o600
    home = paths.data_dir()
    (home / "backups").mkdir(parents=True)
    left = home / "backups" / "partnerdesk-20260101T000000Z-auto.sqlite3"
    left.write_bytes(b"x")
    left.chmod(0o644)
    home.chmod(0o755)
    paths.secure_data_dir()
    assert mode(left) == 0o600 and mode(home) == 0o700 and mode(home / "backups") == 0o700


def test_log_files_are_private(tmp_path) -> None:
    import logging

    from partnerdesk.logging_setup import setup_logging, shutdown_logging

    old = os.umask(0o022)
    try:
        target = setup_logging(log_dir=tmp_path / "logs")
        logging.getLogger("partnerdesk").warning("test")
    finally:
        os.umask(old)
        shutdown_logging()
    assert mode(target) == 0o600 and mode(target.parent) == 0o700
