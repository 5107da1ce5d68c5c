"""Log files: rotating, in the platformdirs log folder, without personal data.

What is logged: start and stop, versions, storage faults (their kind and SQLite's message),
backups made, unexpected exceptions with their traceback. What is never logged: names,
notes or any other record content. The engine is created with ``hide_parameters=True`` so
SQLAlchemy's error messages do not carry the values being saved; code that logs must pass
ids and kinds, not records.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
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
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(FORMAT))
    logger.addHandler(handler)
    _handler = handler
    # system() and release() read uname; platform.platform() also scans the interpreter
    # binary for its C library version, which cost ~20 ms of every start-up.
    logger.info(
        "PartnerDesk %s, Python %s, %s %s",
        __version__,
        platform.python_version(),
        platform.system(),
        platform.release(),
    )
    return target


def shutdown_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger("partnerdesk").removeHandler(_handler)
        _handler.close()
        _handler = None
