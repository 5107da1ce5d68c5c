"""Item 9: ``db recover`` refuses a healthy database unless ``--force``; a backup dated in
the future (clock skew) neither wins ``recover newest`` nor escapes rotation."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

from security.helpers import cli

from partnerdesk import paths
from partnerdesk.store.backup import backup_database, list_backups
from partnerdesk.store.restore import newest_valid_backup
from partnerdesk.store.rotation import rotate

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_recover_refuses_a_healthy_database(store, db_path, capsys) -> None:
    store.close()
    backup_database(db_path, paths.backup_dir(), reason="manual")
    before = db_path.read_bytes()
    for choice in ("newest", "empty"):
        assert cli(["db", "recover", choice]) == 1
        assert "not damaged" in capsys.readouterr().err
        assert db_path.read_bytes() == before
    assert not list(paths.data_dir().glob("*.damaged-*"))
    assert cli(["db", "recover", "newest", "--force"]) == 0


def test_future_dated_backup_is_suspect(store, db_path, tmp_path) -> None:
    store.close()
    folder = tmp_path / "b"
    good = backup_database(db_path, folder, reason="auto", now=NOW - timedelta(hours=2))
    future = folder / "partnerdesk-20301231T000000Z-auto.sqlite3"
    shutil.copyfile(good, future)
    assert list_backups(folder, NOW)[0].path == good  # the believable one comes first
    newest = newest_valid_backup(folder)
    assert newest is not None and newest.info.path == good
    removed = rotate(folder, now=NOW)
    assert future in removed and not future.exists() and good.exists()


def test_future_dated_backup_alone_is_kept(store, db_path, tmp_path) -> None:
    store.close()
    folder = tmp_path / "b"
    only = backup_database(db_path, folder, reason="auto", now=NOW + timedelta(days=400))
    assert rotate(folder, now=NOW) == [] and only.exists()
