"""Databases of every earlier schema version upgrade to head with their data intact.

``tests/store/data/schema_<revision>.sqlite3`` is a small database as a released version of
PartnerDesk left it: the eleven cities seeded, one apprentice with a self-assessment and one
talk with two next steps. Each is copied, opened the way the app opens it, and checked.

When a migration is added (say 0002), BEFORE changing the models, create the file for the
schema that is about to become old, with the code as it is now:

    .venv/bin/python tests/store/test_schema_versions.py --make

which writes ``tests/store/data/schema_<HEAD_REVISION>.sqlite3``; commit it. Never
regenerate an existing file: it stands for databases already out in the field.
"""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
VERSIONS = sorted(DATA.glob("schema_*.sqlite3"))

NAME = "Ayşe Yılmaz"
NOTES = "Erstgespräch: Interesse an Kultur, Sprachkurs Englisch.\nZweite Zeile <b>roh</b>"
STEPS = ("Seminar „Fit für Europa“ anmelden", "Reisepass beantragen")


def make(target_dir: Path = DATA) -> Path:
    """Write the sample database for the current head revision."""
    import tempfile

    from partnerdesk.core.counselling import Apprentice, NextStep, Talk
    from partnerdesk.core.domain import Profile
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.backup import backup_database
    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.store.database import HEAD_REVISION

    work = Path(tempfile.mkdtemp()) / "sample.sqlite3"
    store = open_app_store(work)
    repo = ApprenticeRepository(store.sessions)
    aid = repo.save(
        Apprentice(
            display_name=NAME,
            occupation="Verwaltungsfachangestellte",
            training_year=2,
            consent_date=date(2026, 11, 2),
            deletion_date=date(2028, 11, 2),
        )
    )
    repo.save_profile(
        aid,
        Profile(
            interests={"kultur": 3, "sport": 1}, languages={"de": "native", "en": "B1"}, weeks=4
        ),
    )
    repo.save_talk(
        Talk(
            apprentice_id=aid,
            held_on=date(2026, 11, 20),
            advisor="C. Lawrence",
            notes=NOTES,
            chosen_cities=("amiens", "leeds"),
            next_steps=(
                NextStep(STEPS[0], "fit_fuer_europa", "Azubi", date(2026, 12, 1)),
                NextStep(STEPS[1], None, "Azubi", None, True),
            ),
        )
    )
    store.close()
    made = backup_database(work, work.parent / "out", reason="manual")
    target = target_dir / f"schema_{HEAD_REVISION}.sqlite3"
    with __import__("sqlite3").connect(made) as connection:
        connection.execute("VACUUM")
    shutil.copyfile(made, target)
    return target


def test_the_first_released_schema_is_collected():
    assert DATA / "schema_0001.sqlite3" in VERSIONS


@pytest.mark.parametrize("committed", VERSIONS, ids=lambda p: p.stem)
def test_upgrade_keeps_the_data(committed, tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.backup import list_backups
    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.store.database import HEAD_REVISION, current_revision
    from partnerdesk.store.models import Base

    db = tmp_path / "partnerdesk.sqlite3"
    shutil.copyfile(committed, db)
    old_revision = committed.stem.removeprefix("schema_")
    store = open_app_store(db)
    try:
        assert current_revision(store.engine) == HEAD_REVISION
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
            assert integrity == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert len(store.cities.cities()) == 11
        repo = ApprenticeRepository(store.sessions)
        [person] = repo.find()
        assert person.display_name == NAME
        assert person.training_year == 2
        assert repo.profile(person.id) is not None
        assert repo.profile(person.id).interests["kultur"] == 3
        [summary] = repo.talks(person.id)
        talk = repo.talk(summary.id)
        assert talk.notes == NOTES
        assert talk.advisor == "C. Lawrence"
        assert [s.text for s in talk.next_steps] == list(STEPS)
        assert talk.next_steps[0].due_date == date(2026, 12, 1)
        assert talk.next_steps[1].done is True
        assert talk.chosen_cities == ("amiens", "leeds")
    finally:
        store.close()
    backups = list_backups(tmp_path / "backups")
    if old_revision != HEAD_REVISION:  # an upgrade always leaves the old file in backups/
        assert [b.reason for b in backups] == ["pre-migration"]
    else:
        assert backups == []


if __name__ == "__main__":
    if sys.argv[1:] != ["--make"]:
        sys.exit("usage: test_schema_versions.py --make")
    print(make())
