"""Erasure and backups (GDPR Art. 17, Art. 5(1)(e)): no restore or recovery brings back an
erased person; no backup is older than the maximum age; exports of an erased person go."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from security.helpers import cli

from partnerdesk import paths
from partnerdesk.core.counselling import Apprentice
from partnerdesk.store import erasure
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.backup import backup_database
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.store.health import recover
from partnerdesk.store.rotation import configured_max_age, rotate

NAME = "Erased Person Qzx"


def _names(db) -> list[str]:
    connection = sqlite3.connect(db)
    try:
        return [row[0] for row in connection.execute("SELECT display_name FROM apprentice")]
    finally:
        connection.close()


def test_restore_does_not_bring_back_an_erased_person(store, repo, db_path, capsys) -> None:
    erased = repo.save(Apprentice(display_name=NAME))
    kept = repo.save(Apprentice(display_name="Bleibt"))
    store.close()
    backup = backup_database(db_path, paths.backup_dir(), reason="manual")
    again = open_app_store()
    ApprenticeRepository(again.sessions).delete(erased)
    again.close()
    log_text = erasure.log_path_for(db_path).read_text()
    assert str(erased) in log_text and NAME not in log_text  # ids, never names
    assert cli(["db", "restore", str(backup)]) == 0
    assert _names(db_path) == ["Bleibt"]
    assert kept
    # recover newest (after damage) too
    db_path.write_bytes(b"")
    assert cli(["db", "recover", "newest"]) == 0
    assert _names(db_path) == ["Bleibt"]


def test_a_later_person_with_the_same_id_is_not_erased(store, repo, db_path) -> None:
    first = repo.save(Apprentice(display_name=NAME))
    repo.delete(first)
    second = repo.save(Apprentice(display_name="Neue Person"))
    assert second == first  # SQLite reused the id
    store.close()
    backup = backup_database(db_path, paths.backup_dir(), reason="manual")
    assert erasure.replay(backup, erasure.log_path_for(db_path)) == 0
    assert _names(backup) == ["Neue Person"]


def test_exports_of_an_erased_person_are_removed(store, repo, tmp_path) -> None:
    aid = repo.save(Apprentice(display_name=NAME))
    other = repo.save(Apprentice(display_name="Andere"))
    mine, theirs = tmp_path / "auskunft.pdf", tmp_path / "andere.pdf"
    for path, owner in ((mine, aid), (theirs, other)):
        path.write_bytes(b"%PDF")
        erasure.record_export(erasure.log_path_for(paths.database_path()), owner, path)
    repo.delete(aid)
    assert not mine.exists() and theirs.exists()


def test_no_backup_outlives_the_maximum_age(tmp_path) -> None:
    now = datetime(2026, 11, 30, tzinfo=UTC)
    folder = tmp_path / "backups"
    folder.mkdir()
    for reason, days in (
        ("manual", 395),
        ("pre-migration", 200),
        ("pre-restore", 120),
        ("auto", 91),
        ("auto", 10),
    ):
        when = now - timedelta(days=days)
        (folder / f"partnerdesk-{when:%Y%m%dT%H%M%SZ}-{reason}.sqlite3").write_bytes(b"x")
    damaged_old = tmp_path / "partnerdesk.sqlite3.damaged-20250101T000000Z"
    damaged_new = tmp_path / "partnerdesk.sqlite3.damaged-20261120T000000Z"
    for path in (damaged_old, damaged_new):
        path.write_bytes(b"x")
    assert configured_max_age() == timedelta(days=90)
    rotate(folder, now=now)
    left = sorted(p.name for p in folder.iterdir())
    assert left == [f"partnerdesk-{now - timedelta(days=10):%Y%m%dT%H%M%SZ}-auto.sqlite3"]
    assert not damaged_old.exists() and damaged_new.exists()


def test_maximum_age_comes_from_the_settings_file() -> None:
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    paths.settings_path().write_text("[backups]\nmax_age_days=30\n", encoding="utf-8")
    assert configured_max_age() == timedelta(days=30)
    paths.settings_path().write_text("[backups]\nmax_age_days=1\n", encoding="utf-8")
    assert configured_max_age() == timedelta(days=7)  # clamped


def test_start_empty_recovery_keeps_erasures(store, repo, db_path) -> None:
    aid = repo.save(Apprentice(display_name=NAME))
    store.close()
    backup_database(db_path, paths.backup_dir(), reason="manual")
    again = open_app_store()
    ApprenticeRepository(again.sessions).delete(aid)
    again.close()
    db_path.write_bytes(b"")
    done = recover(db_path, "restore")
    assert done.restored_from is not None and _names(db_path) == []


def test_settings_page_states_the_maximum_age(qtbot) -> None:
    from partnerdesk.ui.settings import AppSettings
    from partnerdesk.ui.views.settings_view import SettingsView

    paths.data_dir().mkdir(parents=True, exist_ok=True)
    paths.settings_path().write_text("[backups]\nmax_age_days=60\n", encoding="utf-8")
    view = SettingsView(settings=AppSettings())
    qtbot.addWidget(view)
    assert "60 Tage" in view.backup_hint.text()


def test_auskunft_export_is_removed_on_erasure(store, repo, tmp_path, qapp) -> None:
    from partnerdesk.core.auskunft import erase
    from partnerdesk.ui.dialogs.auskunft_dialog import export_auskunft_to

    aid = repo.save(Apprentice(display_name=NAME))
    written = export_auskunft_to(tmp_path, repo, aid)
    assert all(path.exists() for path in written)
    erase(repo, aid)
    assert not any(path.exists() for path in written)
