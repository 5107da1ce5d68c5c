"""Issue record numbers ("2026-0007"): sequential per year, stored, unique across PCs.

A number is taken just before a record is written and is never given out again, even if
writing then fails (a gap is honest; a duplicate is not). Two PCs on one team database may
race for the same number: the unique constraint refuses the second, which retries.
"""

from __future__ import annotations

from sqlalchemy import func, select
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
        """The next number of *year*, stored before it is returned."""
        for attempt in range(_ATTEMPTS):
            with self._sessions() as session:
                last = session.scalar(select(func.max(m.RecordNumber.seq))
                                      .where(m.RecordNumber.year == year)) or 0
                session.add(m.RecordNumber(year=year, seq=last + 1))
                try:
                    session.commit()
                except IntegrityError:
                    session.rollback()
                    if attempt == _ATTEMPTS - 1:
                        raise
                    continue
                return format_number(year, last + 1)
        raise AssertionError("unreachable")
