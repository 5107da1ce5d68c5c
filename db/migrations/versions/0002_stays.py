"""Stays abroad and experience reports (issue 15).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

Both tables hang off ``apprentice`` with ``ON DELETE CASCADE``, so erasure and the retention
deletion remove them with the person. ``stay.city_id`` is not a foreign key on purpose (see
``models.Stay``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("apprentice_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.String(length=40), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("host_name", sa.String(length=200), nullable=False),
        sa.Column("host_department", sa.String(length=200), nullable=False),
        sa.Column("host_contact", sa.String(length=400), nullable=False),
        sa.Column("host_languages", sa.JSON(), nullable=False),
        sa.Column("funding", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "funding IN ('erasmus_plus', 'ausbildung_weltweit', 'domestic', 'team_ina', "
            "'other')",
            name=op.f("ck_stay__funding"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_stay__dates")
        ),
        sa.ForeignKeyConstraint(
            ["apprentice_id"], ["apprentice.id"],
            name=op.f("fk_stay__apprentice_id__apprentice"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stay")),
    )
    op.create_index(op.f("ix_stay__apprentice_id"), "stay", ["apprentice_id"], unique=False)
    op.create_index(op.f("ix_stay__city_id"), "stay", ["city_id"], unique=False)
    op.create_table(
        "experience_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["stay_id"], ["stay.id"],
            name=op.f("fk_experience_report__stay_id__stay"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experience_report")),
        sa.UniqueConstraint("stay_id", name=op.f("uq_experience_report__stay_id")),
    )


def downgrade() -> None:
    op.drop_table("experience_report")
    op.drop_table("stay")
