"""The crash-test harness itself: a kill before the schema exists is not a loss (issue 18).

The harness lives outside the default suite (tests/crash); its ``verify`` is loaded by path.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "crash" / "crash_test.py"


@pytest.fixture(scope="module")
def harness():
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_harness"] = module  # dataclasses resolve their module by name
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop("crash_harness", None)


def _schema_less(path: Path) -> Path:
    """A database file as the kill leaves it: created, one page, no tables."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()
    assert path.exists()
    return path


def test_schema_less_file_without_reported_saves_is_not_a_loss(tmp_path, harness):
    db = _schema_less(tmp_path / "partnerdesk.sqlite3")
    assert harness.verify(db, harness.Expectations()) == []


def test_empty_file_without_reported_saves_is_not_a_loss(tmp_path, harness):
    db = tmp_path / "partnerdesk.sqlite3"
    db.write_bytes(b"")
    assert harness.verify(db, harness.Expectations()) == []


def test_schema_less_file_after_reported_saves_is_a_loss(tmp_path, harness):
    db = _schema_less(tmp_path / "partnerdesk.sqlite3")
    expected = harness.Expectations()
    expected.record("A 1 tok")
    problems = harness.verify(db, expected)
    assert len(problems) == 1
    assert "schema missing" in problems[0] and "1 reported saves" in problems[0]


def test_migrated_database_is_still_checked(tmp_path, harness):
    from partnerdesk.store.database import open_database

    db = tmp_path / "partnerdesk.sqlite3"
    engine, _ = open_database(db)
    engine.dispose()
    expected = harness.Expectations()
    expected.record("A 7 lost")  # reported, but never written
    problems = harness.verify(db, expected)
    assert problems == ["apprentice 7 (lost) missing or changed"]
