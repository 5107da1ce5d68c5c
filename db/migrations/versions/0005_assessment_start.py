"""Assessment start: the planned start of a stay (month, year) is kept with a self-assessment.

Until 0004 the profile's planned start was not stored: reopening an apprentice showed the
default start again (four months ahead of that day), and the funding and lead-time checks
changed with it. Existing rows keep NULL, which reads as that default, as before.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("assessment", sa.Column("start_year", sa.Integer(), nullable=True))
    op.add_column("assessment", sa.Column("start_month", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.drop_column("start_month")
        batch.drop_column("start_year")
