"""City data in the database, as the same domain objects the data pack yields.

``CityRepository`` is the only code that maps between ``partnerdesk.core.domain`` and the
normalised city tables. A pack loaded into the database comes back out unchanged
(``repo.cities() == list(pack.cities)``, ``repo.to_pack() == pack``), which the tests check.
Every public method runs in its own session and transaction; writes are all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from partnerdesk.core import domain
from partnerdesk.core.city_rules import (
    MAX_NAME,
    Problem,
    check_city,
    check_pack,
    check_text,
    problem_line,
)
from partnerdesk.core.vocab import THEMES
from partnerdesk.store import models as m
from partnerdesk.store.conflicts import ConflictInfo, EditConflict

_PACK_INFO_ID = 1


class CityDataError(ValueError):
    """City data the database must not take; the message names the city and the bad value.

    ``problems`` are the broken rules as data (``core.city_rules``), for a caller that shows
    each one next to its field; empty for a refusal that is not a rule of the record.
    """

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class PackInfo:
    """Which data pack the city data came from and when it was loaded."""

    format_version: int
    pack_version: str
    title: str
    publisher: str
    sources: tuple[domain.Source, ...]
    loaded_at: datetime


@dataclass(frozen=True, slots=True)
class EditStamp:
    """Who saved a city last and when: what an editor loaded, and expects at its save."""

    updated_at: datetime
    updated_by: str


@dataclass(frozen=True, slots=True)
class DataStamp:
    """What changes whenever the city data does: the pack's version and load time, and each
    city's id and edit stamp. Cheap to read (two small queries, no child rows); compared
    whole, so a save from a PC whose clock runs behind still shows (a maximum would not)."""

    pack: tuple[str, datetime] | None
    cities: tuple[tuple[str, datetime, str], ...]


def _refuse(problems: Sequence[Problem], prefix: str = "") -> None:
    """Raise for the first broken rule (all of them ride along); nothing to do if none.

    Defence in depth: the pack parser and the city data editor check with the same rules,
    but any other caller (a script, a future import) reaches the database only through here.
    """
    if problems:
        raise CityDataError(prefix + problem_line(problems[0]), problems)


class CityRepository:
    """Read and replace the city data; the data pack in, domain objects out."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    # --- reading ---------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self._sessions() as session:
            return session.scalar(select(m.City.id).limit(1)) is None

    def cities(self) -> list[domain.City]:
        """All cities in display order (seven queries, however many cities)."""
        with self._sessions() as session:
            rows = session.scalars(_city_query().order_by(m.City.position)).all()
            return [_to_domain(row) for row in rows]

    def city(self, city_id: str) -> domain.City:
        """One city; ``KeyError`` if there is none with this id (as ``DataPack.city``)."""
        with self._sessions() as session:
            row = session.scalars(_city_query().where(m.City.id == city_id)).one_or_none()
            if row is None:
                raise KeyError(city_id)
            return _to_domain(row)

    def city_for_edit(self, city_id: str) -> tuple[domain.City, EditStamp]:
        """One city and its edit stamp, read together (pass the stamp to ``update_city``).

        The stamp comes from the same row as the city's own columns; child rows read a moment
        later can only be newer, which makes a save conflict, never overwrite.
        """
        with self._sessions() as session:
            row = session.scalars(_city_query().where(m.City.id == city_id)).one_or_none()
            if row is None:
                raise KeyError(city_id)
            return _to_domain(row), EditStamp(row.updated_at, row.updated_by)

    def edit_stamp(self, city_id: str) -> EditStamp:
        with self._sessions() as session:
            row = session.get(m.City, city_id)
            if row is None:
                raise KeyError(city_id)
            return EditStamp(row.updated_at, row.updated_by)

    def data_stamp(self) -> DataStamp:
        """The city data's stamp: differs from an earlier one once any city was saved or a
        pack was loaded since (by anyone: the team polls this, ``ui/city_poll.py``)."""
        with self._sessions() as session:
            info = session.get(m.DataPackInfo, _PACK_INFO_ID)
            rows = session.execute(
                select(m.City.id, m.City.updated_at, m.City.updated_by).order_by(m.City.id)
            ).all()
            return DataStamp(
                None if info is None else (info.pack_version, info.loaded_at),
                tuple((city_id, at, by) for city_id, at, by in rows),
            )

    def theme_strengths(self, city_id: str) -> dict[str, float]:
        """The stored (derived) theme strengths of one city, theme key -> 1.0 or 0.5."""
        with self._sessions() as session:
            rows = session.execute(
                select(m.CityTheme.theme_key, m.CityTheme.strength).where(
                    m.CityTheme.city_id == city_id
                )
            ).all()
            return {key: strength for key, strength in rows}

    def pack_info(self) -> PackInfo | None:
        with self._sessions() as session:
            row = session.get(m.DataPackInfo, _PACK_INFO_ID)
            if row is None:
                return None
            return PackInfo(
                format_version=row.format_version,
                pack_version=row.pack_version,
                title=row.title,
                publisher=row.publisher,
                sources=tuple(
                    domain.Source(s["key"], s["title"], s.get("url", "")) for s in row.sources
                ),
                loaded_at=row.loaded_at,
            )

    def to_pack(self) -> domain.DataPack:
        """The current city data as a data pack (for export); ``LookupError`` if empty."""
        info = self.pack_info()
        if info is None:
            raise LookupError("no data pack loaded")
        return domain.DataPack(
            format_version=info.format_version,
            pack_version=info.pack_version,
            title=info.title,
            publisher=info.publisher,
            sources=info.sources,
            cities=tuple(self.cities()),
        )

    # --- writing ---------------------------------------------------------------------------

    def load_pack(self, pack: domain.DataPack, *, editor: str = "datapack") -> None:
        """Replace all city data with *pack* in one transaction; on error nothing changes."""
        _refuse(check_pack(pack))
        now = m.utcnow()
        with self._sessions.begin() as session:
            _sync_themes(session)
            # Children go with their city through ON DELETE CASCADE.
            session.execute(delete(m.City))
            session.execute(delete(m.DataPackInfo))
            session.add(
                m.DataPackInfo(
                    id=_PACK_INFO_ID,
                    format_version=pack.format_version,
                    pack_version=pack.pack_version,
                    title=pack.title,
                    publisher=pack.publisher,
                    sources=[{"key": s.key, "title": s.title, "url": s.url} for s in pack.sources],
                    loaded_at=now,
                )
            )
            for position, city in enumerate(pack.cities):
                row = m.City(id=city.id, position=position)
                _fill_row(row, city, updated_at=now, updated_by=editor)
                session.add(row)

    def seed_if_empty(self, pack: domain.DataPack) -> bool:
        """Load *pack* only into an empty database; return whether it did."""
        if not self.is_empty():
            return False
        self.load_pack(pack)
        return True

    def update_city(
        self, city: domain.City, editor: str, *, expected: EditStamp | None = None
    ) -> None:
        """Replace one existing city's data, stamping *editor* and the time.

        With *expected* (the stamp the editor loaded, ``city_for_edit``) the save raises
        ``EditConflict`` naming who saved since and when, and writes nothing, when the stored
        stamp differs. The row is locked while it is compared (``FOR UPDATE`` on PostgreSQL;
        SQLite's ``begin()`` is ``BEGIN IMMEDIATE``), so no save lands between check and write.
        ``KeyError`` if the city is gone (e.g. a whole pack was imported meanwhile).
        """
        info = self.pack_info()
        keys = [source.key for source in info.sources] if info else []
        _refuse(check_city(city, keys), f"city {city.id!r}: ")
        # The stamp's column holds 200 characters, like a name.
        _refuse(check_text("updated_by", editor, required=True, limit=MAX_NAME))
        with self._sessions.begin() as session:
            row = session.get(m.City, city.id, with_for_update=True)
            if row is None:
                raise KeyError(city.id)
            stored = EditStamp(row.updated_at, row.updated_by)
            if expected is not None and stored != expected:
                raise EditConflict(ConflictInfo("city", city.id, row.updated_by, row.updated_at))
            _sync_themes(session)
            # Delete the old child rows before inserting new ones: the unit of work would
            # otherwise insert first and trip the (city_id, position) unique constraints.
            for collection in (
                row.focus_areas,
                row.projects,
                row.languages,
                row.support_channels,
                row.themes,
            ):
                collection.clear()
            session.flush()
            _fill_row(row, city, updated_at=m.utcnow(), updated_by=editor)


# --- mapping ------------------------------------------------------------------------------


def _city_query() -> Select[m.City]:
    return select(m.City).options(
        selectinload(m.City.focus_areas).selectinload(m.FocusArea.themes),
        selectinload(m.City.projects).selectinload(m.Project.themes),
        selectinload(m.City.languages),
        selectinload(m.City.support_channels),
    )


def _sync_themes(session: Session) -> None:
    """Make the theme table hold the current vocabulary (keys are stable, labels may move)."""
    existing = {theme.key: theme for theme in session.scalars(select(m.Theme))}
    for key, label in THEMES.items():
        theme = existing.get(key)
        if theme is None:
            session.add(m.Theme(key=key, label_de=label.de, label_en=label.en))
        else:
            theme.label_de, theme.label_en = label.de, label.en
    session.flush()


def _fill_row(row: m.City, city: domain.City, *, updated_at: datetime, updated_by: str) -> None:
    row.name_de = city.name_de
    row.name_local = city.name_local
    row.name_en = city.name_en
    row.country_code = city.country_code
    row.country_de = city.country_de
    row.country_en = city.country_en
    row.lat = city.lat
    row.lon = city.lon
    row.since = city.since
    row.since_detail_de, row.since_detail_en = city.since_detail.de, city.since_detail.en
    row.origin_de, row.origin_en = city.origin.de, city.origin.en
    row.status = city.status
    row.status_reason_de, row.status_reason_en = city.status_reason.de, city.status_reason.en
    row.recommended_level = city.recommended_level
    row.english_bridge = city.english_bridge
    row.comparability = city.comparability
    row.comparability_rationale_de = city.comparability_rationale.de
    row.comparability_rationale_en = city.comparability_rationale.en
    row.min_weeks = city.min_weeks
    row.funding = city.funding
    row.funding_note_de, row.funding_note_en = city.funding_note.de, city.funding_note.en
    row.support_level = city.support_level
    row.notes_de, row.notes_en = city.notes.de, city.notes.en
    row.sources = dict(city.sources)
    row.updated_at = updated_at
    row.updated_by = updated_by
    row.focus_areas = [
        m.FocusArea(
            position=i,
            text_de=area.text.de,
            text_en=area.text.en,
            themes=[m.FocusAreaTheme(theme_key=k, position=j) for j, k in enumerate(area.themes)],
        )
        for i, area in enumerate(city.focus_areas)
    ]
    row.projects = [
        m.Project(
            position=i,
            title=project.title,
            source=project.source,
            themes=[m.ProjectTheme(theme_key=k, position=j) for j, k in enumerate(project.themes)],
        )
        for i, project in enumerate(city.projects)
    ]
    row.languages = [
        m.CityLanguage(code=language.code, official=language.official, position=i)
        for i, language in enumerate(city.languages)
    ]
    row.support_channels = [
        m.SupportChannel(position=i, text=text) for i, text in enumerate(city.support_channels)
    ]
    # The derived strengths come from the domain rule itself, so the two can never disagree.
    row.themes = [
        m.CityTheme(theme_key=key, strength=strength)
        for key, strength in city.theme_strengths().items()
    ]


def _to_domain(row: m.City) -> domain.City:
    return domain.City(
        id=row.id,
        name_de=row.name_de,
        name_local=row.name_local,
        name_en=row.name_en,
        country_code=row.country_code,
        country_de=row.country_de,
        country_en=row.country_en,
        lat=row.lat,
        lon=row.lon,
        since=row.since,
        since_detail=domain.Text(row.since_detail_de, row.since_detail_en),
        origin=domain.Text(row.origin_de, row.origin_en),
        status=row.status,
        status_reason=domain.Text(row.status_reason_de, row.status_reason_en),
        focus_areas=tuple(
            domain.FocusArea(
                text=domain.Text(area.text_de, area.text_en),
                themes=tuple(theme.theme_key for theme in area.themes),
            )
            for area in row.focus_areas
        ),
        projects=tuple(
            domain.Project(
                title=project.title,
                themes=tuple(theme.theme_key for theme in project.themes),
                source=project.source,
            )
            for project in row.projects
        ),
        languages=tuple(
            domain.CityLanguage(code=language.code, official=language.official)
            for language in row.languages
        ),
        recommended_level=row.recommended_level,
        english_bridge=row.english_bridge,
        comparability=row.comparability,
        comparability_rationale=domain.Text(
            row.comparability_rationale_de, row.comparability_rationale_en
        ),
        min_weeks=row.min_weeks,
        funding=row.funding,
        funding_note=domain.Text(row.funding_note_de, row.funding_note_en),
        support_level=row.support_level,
        support_channels=tuple(channel.text for channel in row.support_channels),
        notes=domain.Text(row.notes_de, row.notes_en),
        sources=dict(row.sources),
    )
