"""The schema version this program writes: plain constants, no SQLAlchemy, no Alembic.

``database`` (migrations), ``backup`` (validating a backup's version) and ``health`` all need
the newest revision; keeping it here lets ``backup`` stay plain ``sqlite3`` and breaks the
import circle ``database`` <-> ``backup``.
"""

from __future__ import annotations

#: The newest migration in ``db/migrations/versions``; a test keeps it equal to Alembic's head.
HEAD_REVISION = "0005"
