"""A JSON copy of the city data beside the database, for a fast first paint.

Why: the window must show the city cards as fast as a bare Qt window starts, but importing
SQLAlchemy alone costs about as much as importing PySide6, and opening the database may run
Alembic. So the GUI paints from this snapshot (stdlib only: ``json`` and the strict data-pack
parser) and opens the real store right after the first paint; when the database holds
different cities, the views are refreshed and the snapshot rewritten (see ``partnerdesk.app``).

The snapshot is a cache, never a source of truth: a missing, unreadable, invalid or
foreign-version file reads as ``None`` and the caller falls back to the shipped pack. It is
written atomically (temporary file + ``os.replace``), so a crash leaves the old file or the
new one, never half of one. This module must not import SQLAlchemy or Qt.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from partnerdesk import paths
from partnerdesk.core.datapack import PackError, pack_to_dict, parse_pack
from partnerdesk.core.domain import DataPack
from partnerdesk.core.files import write_atomic

SNAPSHOT_FILENAME = "cities-snapshot.json"


def snapshot_path() -> Path:
    return paths.data_dir() / SNAPSHOT_FILENAME


def write_snapshot(pack: DataPack, path: Path | str | None = None) -> Path:
    """Write *pack* atomically to *path* (default: the data dir); return the path written."""
    target = Path(path) if path is not None else snapshot_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    # Compact, not indented: it is read on every start and never by people.
    text = json.dumps(pack_to_dict(pack), ensure_ascii=False, separators=(",", ":"))
    write_atomic(target, text)
    return target


def read_snapshot(path: Path | str | None = None) -> DataPack | None:
    """The pack stored in the snapshot, or ``None`` if there is no usable one."""
    source = Path(path) if path is not None else snapshot_path()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        return parse_pack(data)
    except (OSError, UnicodeDecodeError, ValueError, PackError):
        # json.JSONDecodeError and PackError are ValueErrors; listed for the reader.
        pass
    except Exception:  # a cache: any defect (wrong types, deep nesting) is a miss
        pass
    # A broken cache goes; the next start rebuilds it from the database.
    with contextlib.suppress(OSError):
        source.unlink(missing_ok=True)
    return None


def remove_snapshot(path: Path | str | None = None) -> None:
    """Drop the snapshot (e.g. after a restore), so the next start reads the database's data."""
    (Path(path) if path is not None else snapshot_path()).unlink(missing_ok=True)
