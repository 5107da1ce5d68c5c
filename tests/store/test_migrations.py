"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from partnerdesk import paths
from partnerdesk.store import database
from partnerdesk.store.database import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    open_database,
    upgrade,
)
from partnerdesk.store.models import Base


def _schema(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).all()
    return [(name, sql) for name, sql in rows]


def test_empty_database_upgrades_to_head_with_every_table(bare_engine: Engine) -> None:
    assert current_revision(bare_engine) is None
    upgrade(bare_engine)
    assert current_revision(bare_engine) == HEAD_REVISION
    tables = set(inspect(bare_engine).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_migrated_schema_matches_models(bare_engine: Engine) -> None:
    upgrade(bare_engine)
    with bare_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_check_constraints_list_the_core_vocabularies(bare_engine: Engine) -> None:
    """compare_metadata ignores CHECK constraints: the migrated ones must list exactly the
    keys the core's vocabularies hold (models.py takes them from there), in the same order."""
    from partnerdesk.core.stays import STAY_FUNDING
    from partnerdesk.core.vocab import Comparability, Funding, Status, SupportLevel

    upgrade(bare_engine)
    sql = dict(_schema(bare_engine))
    for table, column, values in (
        ("city", "status", tuple(Status)),
        ("city", "comparability", tuple(Comparability)),
        ("city", "funding", tuple(Funding)),
        ("city", "support_level", tuple(SupportLevel)),
        ("stay", "funding", tuple(STAY_FUNDING)),
    ):
        quoted = ", ".join(f"'{value}'" for value in values)
        assert f"{column} IN ({quoted})" in " ".join(sql[table].split()), (table, column)


def test_head_revision_constant_is_alembics_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [HEAD_REVISION]


def test_upgrading_twice_is_a_no_op(bare_engine: Engine) -> None:
    upgrade(bare_engine)
    with bare_engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO advisor (name, created_at) VALUES ('A', '2025')")
    before = _schema(bare_engine)
    upgrade(bare_engine)
    assert _schema(bare_engine) == before
    assert current_revision(bare_engine) == HEAD_REVISION
    with bare_engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM advisor").scalar() == 1


def test_downgrade_to_base_and_back(bare_engine: Engine) -> None:
    upgrade(bare_engine)
    with bare_engine.begin() as connection:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "base")
    assert set(inspect(bare_engine).get_table_names()) == {"alembic_version"}
    upgrade(bare_engine)
    assert current_revision(bare_engine) == HEAD_REVISION


def test_foreign_keys_are_enforced_again_after_upgrade(bare_engine: Engine) -> None:
    upgrade(bare_engine)  # switches enforcement off for the migration only
    with bare_engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_open_database_defaults_to_the_user_data_dir() -> None:
    engine, _ = open_database()
    try:
        assert paths.database_path().exists()
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


def test_opening_a_current_database_does_not_import_alembic(db_file: Path) -> None:
    engine, _ = open_database(db_file)
    engine.dispose()
    code = (
        "import sys\n"
        "from partnerdesk.store.database import open_database\n"
        f"engine, _ = open_database({str(db_file)!r})\n"
        "engine.dispose()\n"
        "assert 'alembic' not in sys.modules, 'alembic imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert database.HEAD_REVISION == HEAD_REVISION
