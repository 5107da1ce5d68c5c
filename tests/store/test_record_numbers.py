"""Record numbers: sequential per year, stored, never handed out twice (threads, years)."""

from __future__ import annotations

import threading
from pathlib import Path

from partnerdesk.store.database import open_database
from partnerdesk.store.record_numbers import RecordNumbers, format_number


def test_sequential_per_year_and_stored(database, db_file: Path) -> None:
    numbers = RecordNumbers(database[1])
    assert [numbers.issue(2026) for _ in range(3)] == ["2026-0001", "2026-0002", "2026-0003"]
    assert numbers.issue(2027) == "2027-0001"
    engine, sessions = open_database(db_file)  # a restart keeps counting
    try:
        assert RecordNumbers(sessions).issue(2026) == "2026-0004"
    finally:
        engine.dispose()


def test_parallel_issuers_never_share_a_number(db_file: Path) -> None:
    engines = [open_database(db_file) for _ in range(4)]
    issued: list[str] = []
    lock = threading.Lock()

    def work(sessions) -> None:
        numbers = RecordNumbers(sessions)
        for _ in range(10):
            value = numbers.issue(2026)
            with lock:
                issued.append(value)

    threads = [threading.Thread(target=work, args=(s,)) for _, s in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for engine, _ in engines:
        engine.dispose()
    assert len(issued) == 40 and len(set(issued)) == 40
    assert sorted(issued) == [format_number(2026, i) for i in range(1, 41)]
