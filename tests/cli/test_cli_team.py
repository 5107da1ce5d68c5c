"""``partnerdesk db`` in team mode, against a real PostgreSQL server (PARTNERDESK_TEST_PG_URL).

Run in-process like ``test_cli_db``; the team database is named by PARTNERDESK_DATABASE_URL.
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from faults import fill
from pg_support import create_role, drop_role
from sqlalchemy import text
from sqlalchemy.engine import URL

from partnerdesk.cli.main import run
from partnerdesk.core.counselling import Talk
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.store.team import make_team_engine


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = run(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _url(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_upgrade_then_check_on_an_empty_server_database(pg_empty_url, monkeypatch, capsys):
    monkeypatch.setenv("PARTNERDESK_DATABASE_URL", _url(pg_empty_url))
    code, out, _err = cli(capsys, "db", "upgrade")
    assert code == 0 and "upgraded from empty to" in out
    code, out, _err = cli(capsys, "db", "upgrade")
    assert code == 0 and "already at version" in out
    code, out, err = cli(capsys, "db", "check")
    assert code == 0, err
    assert "PostgreSQL 15" in out or "PostgreSQL 1" in out
    from partnerdesk.store.models import Base

    keys = sum(len(t.foreign_keys) for t in Base.metadata.tables.values())
    assert "(current)" in out and f"Foreign keys: {keys} enforced" in out
    assert "apprentice 0" in out


def test_backup_restore_recover_explain_pg_dump(pg_url, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("PARTNERDESK_DATABASE_URL", _url(pg_url))
    for argv in (("db", "backup"), ("db", "recover", "newest")):
        code, out, err = cli(capsys, *argv)
        assert code == 1 and out == ""
        assert "pg_dump" in err and len(err.strip().splitlines()) == 1


def test_grant_commands_and_their_errors(pg_url, monkeypatch, capsys):
    monkeypatch.setenv("PARTNERDESK_DATABASE_URL", _url(pg_url))
    role = f"kiosk_{uuid.uuid4().hex[:8]}"
    kiosk_url = create_role(pg_url, role)
    open_app_store(url=pg_url).close()  # seeds the city data
    try:
        code, out, _err = cli(capsys, "db", "grant-kiosk", role)
        assert code == 0 and "INSERT on handover" in out
        engine = make_team_engine(kiosk_url)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM city")).scalar_one() == 11
        engine.dispose()
        code, _out, err = cli(capsys, "db", "grant-advisor", "no_such_role")
        assert code == 1 and "'no_such_role' does not exist" in err
    finally:
        drop_role(pg_url, role)


def test_grant_without_team_database_says_so(monkeypatch, capsys):
    monkeypatch.delenv("PARTNERDESK_DATABASE_URL", raising=False)
    code, _out, err = cli(capsys, "db", "grant-kiosk", "kiosk")
    assert code == 1 and "needs a team database" in err


def test_unreachable_server_is_one_line_and_exit_1(monkeypatch, capsys, tmp_path):
    # A socket folder with no server in it: refused at once, no waiting on a timeout.
    monkeypatch.setenv(
        "PARTNERDESK_DATABASE_URL",
        f"postgresql+psycopg://nobody@/partnerdesk?host={tmp_path}&port=1",
    )
    for argv in (("cities",), ("db", "check")):
        code, out, err = cli(capsys, *argv)
        assert code == 1 and out == ""
        assert err.startswith("partnerdesk: error: team database unreachable")
        assert len(err.strip().splitlines()) == 1


def test_copy_to_moves_everything_and_verifies(pg_empty_url, capsys):
    store = open_app_store()  # the local SQLite database of this data folder
    repo = ApprenticeRepository(store.sessions)
    fill(repo, 25)
    first = repo.find()[0].id
    repo.save_talk(
        Talk(apprentice_id=first, held_on=date(2026, 11, 30), notes="Ümlaute, 西安 und נתניה")
    )
    store.close()
    code, out, err = cli(capsys, "db", "copy-to", _url(pg_empty_url))
    assert code == 0, err
    assert "every table verified" in out
    assert any(line.startswith("apprentice") and " 25 rows" in line for line in out.splitlines())
    team = open_app_store(url=pg_empty_url)
    try:
        moved = ApprenticeRepository(team.sessions)
        assert len(moved.find()) == 25
        notes = [moved.talk(t.id).notes for t in moved.talks(first)]
        assert "Ümlaute, 西安 und נתניה" in notes
        # The id sequences continue after the copied rows.
        new_id = moved.save(moved.get(first).__class__(display_name="Neu im Team"))
        assert new_id > max(a.id for a in moved.find() if a.id != new_id)
    finally:
        team.close()
    # A second copy is refused: the target is no longer empty.
    code, _out, err = cli(capsys, "db", "copy-to", _url(pg_empty_url))
    assert code == 1 and "target is not empty: table" in err


def test_copy_to_refuses_a_non_postgres_url(capsys):
    code, _out, err = cli(capsys, "db", "copy-to", "mysql://x@y/z")
    assert code == 2 and "expected postgresql" in err


@pytest.mark.parametrize("kind", ["env"])
def test_cli_reads_cities_from_the_team_database(pg_url, monkeypatch, capsys, kind):
    monkeypatch.setenv("PARTNERDESK_DATABASE_URL", _url(pg_url))
    code, out, _err = cli(capsys, "cities", "--json")
    assert code == 0 and '"amiens"' in out
