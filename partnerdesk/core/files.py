"""Atomic file writes: a crash or a full disk leaves the old file or the new one, never half.

Every export and cache (data pack, start-up snapshot, PDF records, Auskunft) writes through
``write_atomic``: a temporary file in the target folder, flushed to disk, then renamed over
the target. The temporary file is removed on any failure.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path | str, data: bytes | str) -> Path:
    """Write *data* (text is UTF-8 with ``\\n``) to *path* atomically; return the path.

    The file is private to the user (mode 0600 from ``mkstemp``): exports and caches carry
    personal data or the city data an advisor edited. Raises ``OSError`` from the first step
    that fails; nothing is left behind then.
    """
    target = Path(path)
    content = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
