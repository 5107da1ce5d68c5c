"""Issue record numbers ("2026-0007"): sequential per year, stored, unique across PCs.

A number is taken just before a record is written and is never given out again, even if
writing then fails (a gap is honest; a duplicate is not). Two PCs on one team database may
race for the same number: the unique constraint refuses the second, which retries.
"""

from __future__ import annotations

from sqlalchemy import Table, func, insert, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.store import models as m

_ATTEMPTS = 5


def format_number(year: int, seq: int) -> str:
    return f"{year}-{seq:04d}"


class RecordNumbers:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def issue(self, year: int) -> str:
        """The next number of *year*, stored before it is returned.

        One INSERT … SELECT max+1: on SQLite a read followed by a write in one transaction
        fails at once with "database is locked" when another writer got there first; a
        single writing statement waits for the lock instead (busy timeout).
        """
        table = m.RecordNumber.__table__
        assert isinstance(table, Table)
        for attempt in range(_ATTEMPTS):
            try:
                with self._sessions.begin() as session:
                    source = select(
                        literal(year),
                        func.coalesce(func.max(table.c.seq), 0) + 1,
                        literal(m.utcnow(), m.UTCDateTime()),
                    ).where(table.c.year == year)
                    seq = session.execute(
                        insert(table)
                        .from_select(["year", "seq", "issued_at"], source)
                        .returning(table.c.seq)
                    ).scalar_one()
            except IntegrityError:
                # Two PCs on a team database took the same max at once; the loser retries.
                if attempt == _ATTEMPTS - 1:
                    raise
                continue
            return format_number(year, seq)
        raise AssertionError("unreachable")
