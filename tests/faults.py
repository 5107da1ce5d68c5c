"""Simulated storage faults for tests: disk full, read-only, locked beyond the busy timeout.

Shared by the store tests and GUI tests (a form's text must survive a failed save). Each is
a context manager around an engine: pooled connections are dropped first so every connection
made inside the block gets the fault, and dropped again afterwards so none keeps it.

    with disk_full(engine):
        with pytest.raises(OperationalError):
            repo.save_talk(talk)
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.store.apprentices import ApprenticeRepository


@contextlib.contextmanager
def _on_connect(engine: Engine, setup: Callable[[sqlite3.Connection], None]) -> Iterator[None]:
    def listener(dbapi_connection: Any, record: Any) -> None:
        setup(dbapi_connection)

    engine.dispose()
    event.listen(engine, "connect", listener)  # runs after the engine's own PRAGMAs
    try:
        yield
    finally:
        event.remove(engine, "connect", listener)
        engine.dispose()


def disk_full(engine: Engine) -> contextlib.AbstractContextManager[None]:
    """The database may not grow by a single page: SQLITE_FULL on the next real write."""

    def setup(connection: sqlite3.Connection) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    return _on_connect(engine, setup)


def read_only(engine: Engine) -> contextlib.AbstractContextManager[None]:
    """Every write fails with SQLITE_READONLY, as with a write-protected file.

    ``query_only`` rather than ``chmod``: tests may run as root, for whom chmod changes
    nothing; the error SQLite reports is the same ("attempt to write a readonly database").
    """

    def setup(connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA query_only=ON")

    return _on_connect(engine, setup)


@contextlib.contextmanager
def write_locked(engine: Engine, db_path: Path, busy_timeout_ms: int = 150) -> Iterator[None]:
    """Another connection holds the write lock longer than the (shortened) busy timeout."""

    def setup(connection: sqlite3.Connection) -> None:
        connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")

    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with _on_connect(engine, setup):
            yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def dump(db_path: Path) -> list[str]:
    """The whole database as SQL text, for "nothing changed" comparisons."""
    connection = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def integrity(db_path: Path) -> tuple[list[str], list[Any]]:
    """``(integrity_check rows, foreign_key_check rows)``: ``(["ok"], [])`` when healthy."""
    connection = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return (
            [r[0] for r in connection.execute("PRAGMA integrity_check")],
            connection.execute("PRAGMA foreign_key_check").fetchall(),
        )
    finally:
        connection.close()


def damage(path: Path) -> None:
    """Overwrite a few pages in the middle, as a failing disk would."""
    data = bytearray(path.read_bytes())
    assert len(data) > 6 * 4096
    data[2 * 4096 : 5 * 4096] = b"\x5a" * (3 * 4096)
    path.write_bytes(bytes(data))


def fill(repo: ApprenticeRepository, n: int = 3) -> None:
    """*n* apprentices, each with one talk of two next steps."""
    for i in range(n):
        aid = repo.save(
            Apprentice(
                display_name=f"Azubi {i} Ünal",
                occupation="Koch",
                training_year=1 + i % 3,
                consent_date=date(2026, 1, 1),
            )
        )
        repo.save_talk(
            Talk(
                apprentice_id=aid,
                held_on=date(2026, 2, 1) + timedelta(days=i),
                advisor="Team INA",
                notes=f"Notiz {i}\nzweite Zeile",
                next_steps=(
                    NextStep(f"Schritt {i}", "fit_fuer_europa"),
                    NextStep("Pass beantragen", done=True),
                ),
            )
        )
