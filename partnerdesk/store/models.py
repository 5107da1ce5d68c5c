"""SQLAlchemy 2 models: the database schema of PartnerDesk.

The schema itself is owned by Alembic (``db/migrations``); these models must match the latest
migration exactly, which ``tests/store/test_migrations.py`` checks with ``compare_metadata``.
Never call ``Base.metadata.create_all`` in a production path.

City data is stored normalised (one row per focus area, project, language, support channel)
so advisors can edit it and queries can filter on themes; ``position`` columns keep the order
of the data pack so a pack round-trips exactly. Personal data (apprentice, assessment,
counselling session, next step, handover) is kept minimal and hangs off the apprentice with
``ON DELETE CASCADE`` so a hard deletion removes everything about one person.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from partnerdesk.core.stays import STAY_FUNDING
from partnerdesk.core.vocab import Comparability, Funding, Status, SupportLevel

# Constraint names are deterministic so Alembic batch mode on SQLite (which rebuilds tables)
# and later migrations can refer to them by name; same scheme as Prefect's server models.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s__%(column_0_N_name)s",
    "uq": "uq_%(table_name)s__%(column_0_N_name)s",
    "ck": "ck_%(table_name)s__%(constraint_name)s",
    "fk": "fk_%(table_name)s__%(column_0_N_name)s__%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# The allowed values come from the core's vocabularies, never a copy of them. The CHECK
# constraints written by the migrations list them in this order; a new key needs a migration
# (test_check_constraints_list_the_core_vocabularies in tests/store/test_migrations.py
# compares the migrated constraints with the vocabularies).
STATUS_VALUES = tuple(str(value) for value in Status)
COMPARABILITY_VALUES = tuple(str(value) for value in Comparability)
FUNDING_VALUES = tuple(str(value) for value in Funding)
SUPPORT_LEVEL_VALUES = tuple(str(value) for value in SupportLevel)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend.

    SQLite has no timezone support and SQLAlchemy's SQLite DATETIME silently drops tzinfo;
    this stores UTC and hands back aware datetimes, so comparisons never mix naive and aware.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: timestamps must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --- Themes and cities --------------------------------------------------------------------


class Theme(Base):
    __tablename__ = "theme"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    label_de: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))


class City(Base):
    __tablename__ = "city"
    __table_args__ = (
        CheckConstraint(_in("status", STATUS_VALUES), name="status"),
        CheckConstraint(_in("comparability", COMPARABILITY_VALUES), name="comparability"),
        CheckConstraint(_in("funding", FUNDING_VALUES), name="funding"),
        CheckConstraint(_in("support_level", SUPPORT_LEVEL_VALUES), name="support_level"),
        CheckConstraint("min_weeks >= 0", name="min_weeks"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_de: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    country_code: Mapped[str] = mapped_column(String(2))
    country_de: Mapped[str] = mapped_column(String(200))
    country_en: Mapped[str] = mapped_column(String(200))
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    since: Mapped[int] = mapped_column(Integer)
    since_detail_de: Mapped[str] = mapped_column(Text)
    since_detail_en: Mapped[str] = mapped_column(Text)
    origin_de: Mapped[str] = mapped_column(Text)
    origin_en: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    status_reason_de: Mapped[str] = mapped_column(Text)
    status_reason_en: Mapped[str] = mapped_column(Text)
    recommended_level: Mapped[str] = mapped_column(String(8))
    english_bridge: Mapped[bool] = mapped_column(Boolean)
    comparability: Mapped[str] = mapped_column(String(16))
    comparability_rationale_de: Mapped[str] = mapped_column(Text)
    comparability_rationale_en: Mapped[str] = mapped_column(Text)
    min_weeks: Mapped[int] = mapped_column(Integer)
    funding: Mapped[str] = mapped_column(String(32))
    funding_note_de: Mapped[str] = mapped_column(Text)
    funding_note_en: Mapped[str] = mapped_column(Text)
    support_level: Mapped[str] = mapped_column(String(16))
    notes_de: Mapped[str] = mapped_column(Text)
    notes_en: Mapped[str] = mapped_column(Text)
    sources: Mapped[dict[str, Any]] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer)  # display order (order of the data pack)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    focus_areas: Mapped[list[FocusArea]] = relationship(
        back_populates="city",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FocusArea.position",
    )
    projects: Mapped[list[Project]] = relationship(
        back_populates="city",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Project.position",
    )
    languages: Mapped[list[CityLanguage]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CityLanguage.position"
    )
    support_channels: Mapped[list[SupportChannel]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="SupportChannel.position"
    )
    themes: Mapped[list[CityTheme]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CityTheme.theme_key"
    )


class FocusArea(Base):
    __tablename__ = "focus_area"
    __table_args__ = (UniqueConstraint("city_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    city_id: Mapped[str] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text_de: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)

    city: Mapped[City] = relationship(back_populates="focus_areas")
    themes: Mapped[list[FocusAreaTheme]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="FocusAreaTheme.position"
    )


class FocusAreaTheme(Base):
    __tablename__ = "focus_area_theme"

    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_area.id", ondelete="CASCADE"), primary_key=True
    )
    theme_key: Mapped[str] = mapped_column(ForeignKey("theme.key"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)  # order of the keys in the data pack


class Project(Base):
    __tablename__ = "project"
    __table_args__ = (UniqueConstraint("city_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    city_id: Mapped[str] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(200))

    city: Mapped[City] = relationship(back_populates="projects")
    themes: Mapped[list[ProjectTheme]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ProjectTheme.position"
    )


class ProjectTheme(Base):
    __tablename__ = "project_theme"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    theme_key: Mapped[str] = mapped_column(ForeignKey("theme.key"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class CityTheme(Base):
    """Derived theme strength per city (1.0 focus area, 0.5 project only).

    Redundant with focus areas and projects on purpose: it lets SQL filter and sort cities by
    theme. ``CityRepository`` rewrites it whenever a city's focus areas or projects change.
    """

    __tablename__ = "city_theme"
    __table_args__ = (CheckConstraint("strength > 0 AND strength <= 1", name="strength"),)

    city_id: Mapped[str] = mapped_column(
        ForeignKey("city.id", ondelete="CASCADE"), primary_key=True
    )
    theme_key: Mapped[str] = mapped_column(ForeignKey("theme.key"), primary_key=True)
    strength: Mapped[float] = mapped_column(Float)


class CityLanguage(Base):
    __tablename__ = "city_language"

    city_id: Mapped[str] = mapped_column(
        ForeignKey("city.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    official: Mapped[bool] = mapped_column(Boolean)
    position: Mapped[int] = mapped_column(Integer)


class SupportChannel(Base):
    __tablename__ = "support_channel"

    city_id: Mapped[str] = mapped_column(
        ForeignKey("city.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class DataPackInfo(Base):
    """The one row describing the data pack the city data came from."""

    __tablename__ = "datapack_info"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    format_version: Mapped[int] = mapped_column(Integer)
    pack_version: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(400))
    publisher: Mapped[str] = mapped_column(String(400))
    sources: Mapped[list[Any]] = mapped_column(JSON)
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- People and counselling ---------------------------------------------------------------


class Advisor(Base):
    __tablename__ = "advisor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Apprentice(Base):
    """An apprentice: deliberately minimal personal data (GDPR data minimisation)."""

    __tablename__ = "apprentice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    occupation: Mapped[str] = mapped_column(String(200), default="")
    training_year: Mapped[int | None] = mapped_column(Integer)
    consent_date: Mapped[date | None] = mapped_column(Date)
    deletion_date: Mapped[date | None] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Optimistic locking for advisors sharing a team database: SQLAlchemy adds
    # "WHERE version = <loaded>" to every UPDATE and raises StaleDataError when another
    # advisor saved in between (migration 0002).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(200), server_default="")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)

    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="apprentice",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Assessment.created_at",
    )
    sessions: Mapped[list[CounsellingSession]] = relationship(
        back_populates="apprentice",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CounsellingSession.held_on",
    )


class Assessment(Base):
    """A self-assessment (matching profile); without apprentice it is an anonymous kiosk one."""

    __tablename__ = "assessment"
    __table_args__ = (
        CheckConstraint("weeks >= 0 AND weeks <= 52", name="weeks"),
        CheckConstraint("independence >= 1 AND independence <= 5", name="independence"),
        CheckConstraint(
            "structure_importance >= 0 AND structure_importance <= 3",
            name="structure_importance",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    apprentice_id: Mapped[int | None] = mapped_column(
        ForeignKey("apprentice.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    interests: Mapped[dict[str, Any]] = mapped_column(JSON)
    languages: Mapped[dict[str, Any]] = mapped_column(JSON)
    weeks: Mapped[int] = mapped_column(Integer)
    abroad_only: Mapped[bool] = mapped_column(Boolean)
    independence: Mapped[int] = mapped_column(Integer)
    structure_importance: Mapped[int] = mapped_column(Integer)
    weights: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The planned start of the stay; NULL (rows before 0005): the default start.
    start_year: Mapped[int | None] = mapped_column(Integer)
    start_month: Mapped[int | None] = mapped_column(Integer)

    apprentice: Mapped[Apprentice | None] = relationship(back_populates="assessments")


class CounsellingSession(Base):
    __tablename__ = "counselling_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    apprentice_id: Mapped[int] = mapped_column(
        ForeignKey("apprentice.id", ondelete="CASCADE"), index=True
    )
    advisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("advisor.id", ondelete="SET NULL"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    chosen_cities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    ranking_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    assessment_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, server_default="1")  # see Apprentice
    updated_by: Mapped[str] = mapped_column(String(200), server_default="")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)

    apprentice: Mapped[Apprentice] = relationship(back_populates="sessions")
    advisor: Mapped[Advisor | None] = relationship()
    next_steps: Mapped[list[NextStep]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="NextStep.position",
    )


class NextStep(Base):
    __tablename__ = "next_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("counselling_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    offer_key: Mapped[str | None] = mapped_column(String(32))  # vocab.OFFERS key, if any
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    session: Mapped[CounsellingSession] = relationship(back_populates="next_steps")


class Handover(Base):
    """A kiosk result the apprentice consented to hand over, fetched later by its code."""

    __tablename__ = "handover"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    assessment: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    apprentice_id: Mapped[int | None] = mapped_column(
        ForeignKey("apprentice.id", ondelete="SET NULL"), index=True
    )


# --- Stays abroad and experience reports ----------------------------------------------------

STAY_FUNDING_VALUES = tuple(STAY_FUNDING)


class Stay(Base):
    """A stay an apprentice actually made in a partner city.

    ``city_id`` is deliberately no foreign key: loading a data pack replaces every city row,
    and a stay that happened must outlive a city being renamed or dropped from the pack.
    """

    __tablename__ = "stay"
    __table_args__ = (
        CheckConstraint(_in("funding", STAY_FUNDING_VALUES), name="funding"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    apprentice_id: Mapped[int] = mapped_column(
        ForeignKey("apprentice.id", ondelete="CASCADE"), index=True
    )
    city_id: Mapped[str] = mapped_column(String(40), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    host_name: Mapped[str] = mapped_column(String(200), default="")
    host_department: Mapped[str] = mapped_column(String(200), default="")
    host_contact: Mapped[str] = mapped_column(String(400), default="")
    host_languages: Mapped[list[Any]] = mapped_column(JSON, default=list)
    funding: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    report: Mapped[ExperienceReport | None] = relationship(
        back_populates="stay", cascade="all, delete-orphan", passive_deletes=True
    )


class ExperienceReport(Base):
    """The apprentice's short report on a stay; shown to others only with ``consent``."""

    __tablename__ = "experience_report"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id", ondelete="CASCADE"), unique=True)
    text: Mapped[str] = mapped_column(Text)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    stay: Mapped[Stay] = relationship(back_populates="report")


# --- Record numbers ---------------------------------------------------------------------------


class RecordNumber(Base):
    """An issued record number: sequential per year, never reused, no personal data.

    One row per counselling record written (PDF), so two records made in the same second
    still get different numbers; the unique constraint settles races between PCs sharing a
    team database.
    """

    __tablename__ = "record_number"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
