"""Atomic file writes: a crash or a full disk leaves the old file or the new one, never half.

Every export and cache (data pack, start-up snapshot, PDF records, Auskunft) writes through
``write_atomic``: a temporary file in the target folder, flushed to disk, then renamed over
the target. The temporary file is removed on any failure.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race with other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def write_atomic(path: Path | str, data: bytes | str) -> Path:
    """Write *data* (text is UTF-8 with ``\\n``) to *path* atomically; return the path.

    The file gets the mode any other new file would get (mkstemp alone creates 0600). Raises
    ``OSError`` from the first step that fails; nothing is left behind then.
    """
    target = Path(path)
    content = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
