"""Text the command line prints: safe in any console encoding, never endlessly long.

A Windows console or a redirect in cp1252 cannot encode Житомир or 西安; Python's default
``strict`` error handler then ends the command in ``UnicodeEncodeError`` after half the
output. ``prepare_streams`` switches stdout and stderr to replace what the encoding cannot
show (``?``); JSON output uses ``\\u`` escapes instead (``json_ensure_ascii``), which every
JSON reader turns back into the same text.

Error messages name the bad value, but a 100,000-character value must not come back in full:
``shorten`` keeps the start and says how much was cut.
"""

from __future__ import annotations

import codecs
import re
import sys
from typing import TextIO

MAX_VALUE_CHARS = 80
MAX_MESSAGE_CHARS = 400


def shorten(text: str, limit: int = MAX_VALUE_CHARS) -> str:
    """*text* itself, or its start and "… (N characters)" when longer than *limit*."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


_LONG = MAX_VALUE_CHARS + 1
_QUOTED = re.compile(rf"'[^']{{{_LONG},}}'|\"[^\"]{{{_LONG},}}\"")


def shorten_message(message: str) -> str:
    """An error message with every long quoted value shortened, then capped as a whole."""
    message = _QUOTED.sub(
        lambda m: m.group(0)[0] + shorten(m.group(0)[1:-1]) + m.group(0)[-1], message
    )
    return shorten(message, MAX_MESSAGE_CHARS) if len(message) > MAX_MESSAGE_CHARS else message


def _is_utf(stream: TextIO) -> bool:
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def prepare_streams() -> None:
    """Replace, rather than fail on, characters the console's encoding cannot show."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not _is_utf(stream):
            reconfigure(errors="replace")


def json_ensure_ascii(stream: TextIO | None = None) -> bool:
    """Whether JSON for *stream* (default stdout) must escape non-ASCII characters."""
    return not _is_utf(stream if stream is not None else sys.stdout)
