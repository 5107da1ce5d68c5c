"""Log files: rotating, in the platformdirs log folder, without personal data.

What is logged: start and stop, versions, storage faults (their kind and SQLite's message),
backups made, unexpected exceptions with their traceback. What is never logged: names,
notes or any other record content. The engine is created with ``hide_parameters=True`` so
SQLAlchemy's error messages do not carry the values being saved; code that logs must pass
ids and kinds, not records.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

from partnerdesk import __version__, paths

LOG_FILENAME = "partnerdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: logging.Handler | None = None


# SQLite and the driver quote stored values in a few messages; such a value is record content.
# "Could not decode to UTF-8 column 'display_name' with text 'Ay\xfee'" is the one seen.
_QUOTED_CONTENT = re.compile(r"(with text |value |text )'(?:[^'\\]|\\.|'')*'?", re.DOTALL)
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL)


def redact(message: str) -> str:
    """*message* without record content: quoted values and bound parameters are cut out."""
    message = _QUOTED_CONTENT.sub(lambda m: f"{m.group(1)}'…'", message)
    return _PARAMETERS.sub("[parameters hidden]", message)


class RedactingFormatter(logging.Formatter):
    """Cuts record content that SQLite quotes in its messages (and tracebacks) out of logs."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class RotatingLog(logging.FileHandler):
    """A log file renamed to ``.1`` (``.1`` to ``.2`` and so on, *backups* kept) before a
    record would make it reach *max_bytes*.

    What ``logging.handlers.RotatingFileHandler`` does, without importing
    ``logging.handlers``: that module pulls in socket, pickle and queue, about 8 ms of CPU at
    every start, before the first paint. The file is opened on the first record.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)  # another process may have written
        size = self.stream.tell()
        return size > 0 and size + len(self.format(record) + self.terminator) >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]  # reopened by FileHandler.emit
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{index}"):
                os.replace(f"{base}.{index}", f"{base}.{index + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")


def log_file() -> Path:
    return paths.log_dir() / LOG_FILENAME


def setup_logging(level: int = logging.INFO, log_dir: Path | None = None) -> Path:
    """Attach the rotating file handler to the ``partnerdesk`` logger (once); return the file.

    If the log folder cannot be created, logging goes to standard error instead: a missing
    log must never stop the app.
    """
    global _handler
    target = (log_dir or paths.log_dir()) / LOG_FILENAME
    logger = logging.getLogger("partnerdesk")
    logger.setLevel(level)
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
    handler: logging.Handler
    try:
        paths.make_private_dir(target.parent)
        paths.create_private_file(target)
        handler = RotatingLog(target, MAX_BYTES, BACKUP_COUNT)
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(FORMAT))
    logger.addHandler(handler)
    _handler = handler
    system, release = _system()
    logger.info(
        "PartnerDesk %s, Python %s, %s %s",
        __version__,
        "{}.{}.{}".format(*sys.version_info[:3]),
        system,
        release,
    )
    return target


def _system() -> tuple[str, str]:
    """The system's name and release, as ``platform.system()`` and ``platform.release()``.

    ``os.uname()`` where there is one: importing ``platform`` compiles nine regular
    expressions (~2 ms of every start-up); ``platform.platform()`` would also scan the
    interpreter binary for its C library version (~20 ms).
    """
    if hasattr(os, "uname"):
        uname = os.uname()
        return uname.sysname, uname.release
    import platform  # Windows: no uname

    return platform.system(), platform.release()


def shutdown_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger("partnerdesk").removeHandler(_handler)
        _handler.close()
        _handler = None
