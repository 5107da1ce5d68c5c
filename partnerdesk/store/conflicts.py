"""Edit conflicts between advisors sharing one team database.

Apprentices and talks carry a version counter (``version_id_col``); a city is known by its
edit stamp (``updated_at``, ``updated_by``). A save names the version or stamp it started
from; when the stored row has moved on, the save raises ``EditConflict`` with who saved last
and when, and nothing is written. The UI then offers "Neu laden" or "Meine Fassung
als Kopie speichern" - the advisor's input is never silently overwritten or lost.

Two checks, because there are two windows for a race: the version the form was loaded with
is compared before the UPDATE (the other advisor saved minutes ago), and SQLAlchemy's
``StaleDataError`` catches a save that lands between our read and our UPDATE.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm.exc import StaleDataError


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    kind: str  # "talk" | "apprentice" | "city"
    record_id: int | str  # a city's id is its slug
    changed_by: str  # empty when unknown (rows from before the version counter)
    changed_at: datetime | None


class EditConflict(RuntimeError):
    """Someone else saved this record since it was loaded; nothing was written."""

    def __init__(self, info: ConflictInfo) -> None:
        who = info.changed_by or "another user"
        when = info.changed_at.isoformat(timespec="minutes") if info.changed_at else "?"
        super().__init__(f"{info.kind} {info.record_id} was changed by {who} at {when}")
        self.info = info


def check_version(
    kind: str,
    record_id: int,
    expected: int | None,
    stored: int,
    changed_by: str,
    changed_at: datetime | None,
) -> None:
    """Raise ``EditConflict`` when the form's *expected* version is not the *stored* one."""
    if expected is not None and expected != stored:
        raise EditConflict(ConflictInfo(kind, record_id, changed_by, changed_at))


@contextmanager
def stale_as_conflict(kind: str, record_id: int | None) -> Iterator[None]:
    """Turn SQLAlchemy's ``StaleDataError`` (lost race at UPDATE) into ``EditConflict``."""
    try:
        yield
    except StaleDataError as exc:
        raise EditConflict(ConflictInfo(kind, record_id or 0, "", None)) from exc
