"""Version counters on apprentices and talks, for advisors sharing a team database.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

``version`` is SQLAlchemy's ``version_id_col``: every UPDATE checks the version it loaded, so
a second advisor's save on a record changed in between fails instead of overwriting it.
``updated_by`` names who saved last, for the conflict dialog ("Frau Hoffmann hat diesen
Termin um 10:42 geändert"). Existing rows start at version 1, edited by nobody.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("apprentice", "counselling_session")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), server_default="1",
                                       nullable=False))
            batch.add_column(sa.Column("updated_by", sa.String(length=200), server_default="",
                                       nullable=False))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_by")
            batch.drop_column("version")
