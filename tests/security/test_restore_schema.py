"""Item 3: ``db restore`` validates the whole schema (known revision, every table and column)
and refuses a file from a newer PartnerDesk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from security.helpers import cli as run

from partnerdesk import paths
from partnerdesk.store.backup import BackupError, backup_database
from partnerdesk.store.restore import validate_backup
from partnerdesk.store.schema import HEAD_REVISION


def _variant(source: Path, target: Path, sql: str) -> Path:
    target.write_bytes(source.read_bytes())
    connection = sqlite3.connect(target)
    connection.executescript(sql)
    connection.commit()
    connection.close()
    return target


@pytest.fixture
def good(store, db_path, tmp_path) -> Path:
    store.close()
    return backup_database(db_path, tmp_path / "b", reason="manual")


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("UPDATE alembic_version SET version_num='0000'", "unknown schema version '0000'"),
        ("UPDATE alembic_version SET version_num='1'", "unknown schema version '1'"),
        ("UPDATE alembic_version SET version_num='01'", "unknown schema version '01'"),
        (
            f"UPDATE alembic_version SET version_num='{int(HEAD_REVISION) + 1:04d}'",
            "written by a newer PartnerDesk",
        ),
        ("DROP TABLE next_step", "lacks the table 'next_step'"),
        ("ALTER TABLE apprentice DROP COLUMN occupation", "lacks column(s) occupation"),
    ],
)
def test_wrong_schemas_are_refused(good, tmp_path, capsys, sql, problem) -> None:
    bad = _variant(good, tmp_path / "bad.sqlite3", sql)
    with pytest.raises(BackupError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        validate_backup(bad)
    before = paths.database_path().read_bytes()
    assert run(["db", "restore", str(bad)]) == 2
    assert problem in capsys.readouterr().err
    assert paths.database_path().read_bytes() == before  # nothing replaced
    assert not list(paths.backup_dir().glob("*pre-restore*"))


def test_the_complete_current_schema_is_accepted(good) -> None:
    assert validate_backup(good).revision == HEAD_REVISION
