"""Storage faults in words a user can act on: what happened, what to do, nothing lost.
The words are the core catalogue's (``storage.*``); this module only sorts faults into kinds.

``describe(exc)`` looks through an exception and its causes (SQLAlchemy wraps the driver's
error in ``.orig``; our own code chains with ``raise ... from``) for an SQLite result code or
an ``errno`` and maps it to one of a few kinds. Every text says that the failed save changed
nothing — each repository method is one transaction — and that the input is still in the form.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from partnerdesk.core.catalogue import text
from partnerdesk.core.vocab import Label
from partnerdesk.logging_setup import redact as redact  # re-exported: dialogs redact too


class NotFound(KeyError):
    """The record no longer exists (deleted in another window or by retention)."""


Kind = Literal["disk_full", "read_only", "locked", "io_error", "damaged", "unknown"]

# Primary SQLite result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26

_BY_CODE: dict[int, Kind] = {
    SQLITE_FULL: "disk_full",
    SQLITE_READONLY: "read_only",
    SQLITE_PERM: "read_only",
    SQLITE_CANTOPEN: "read_only",
    SQLITE_BUSY: "locked",
    SQLITE_LOCKED: "locked",
    SQLITE_IOERR: "io_error",
    SQLITE_CORRUPT: "damaged",
    SQLITE_NOTADB: "damaged",
}
# Exceptions made by hand (tests, other drivers) carry no code; their text is SQLite's.
_BY_MESSAGE: tuple[tuple[str, Kind], ...] = (
    ("database or disk is full", "disk_full"),
    ("readonly database", "read_only"),
    ("unable to open database file", "read_only"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("disk i/o error", "io_error"),
    ("malformed", "damaged"),
    ("file is not a database", "damaged"),
)
_BY_ERRNO: dict[int, Kind] = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EROFS: "read_only",
    errno.EIO: "io_error",
}

# The words for each kind are in the core's catalogue.
TEXTS: dict[Kind, Label] = {
    "disk_full": text("storage.disk_full"),
    "read_only": text("storage.read_only"),
    "locked": text("storage.locked"),
    "io_error": text("storage.io_error"),
    "damaged": text("storage.damaged"),
    "unknown": text("storage.unknown"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    kind: Kind
    text: Label
    detail: str  # the technical message, for the log and the dialog's details


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend([getattr(current, "orig", None), current.__cause__, current.__context__])


def classify(exc: BaseException) -> Kind:
    for current in _chain(exc):
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            if isinstance(code, int) and code & 0xFF in _BY_CODE:
                return _BY_CODE[code & 0xFF]
            message = str(current).lower()
            for needle, kind in _BY_MESSAGE:
                if needle in message:
                    return kind
        if isinstance(current, OSError) and current.errno in _BY_ERRNO:
            return _BY_ERRNO[current.errno]
    # A wrapped error whose driver exception is gone still carries SQLite's text.
    message = str(exc).lower()
    for needle, kind in _BY_MESSAGE:
        if needle in message:
            return kind
    return "unknown"


def describe(exc: BaseException) -> Problem:
    """The user-facing explanation of a storage exception."""
    kind = classify(exc)
    words = TEXTS[kind]
    if kind != "damaged":
        words = text("storage.nothing_lost", problem=words)
    # SQLAlchemy's message appends the SQL and a link; the first line is the useful part.
    detail = f"{type(exc).__name__}: {redact(str(exc)).splitlines()[0] if str(exc) else ''}"
    return Problem(kind=kind, text=words, detail=detail)


STORAGE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)


def is_storage_error(exc: BaseException) -> bool:
    """Whether *exc* is a database or file error (and not a bug or a validation error)."""
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, (*STORAGE_ERRORS, DBAPIError))
