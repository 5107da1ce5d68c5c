"""Apprentices, their self-assessments and counselling talks in the database.

Every public method is one transaction: it either saves everything it was given or nothing.
Reads return core domain objects (``partnerdesk.core.counselling``), never ORM rows, so views
cannot change the database behind the repository's back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.core import counselling as c
from partnerdesk.core.domain import Profile
from partnerdesk.core.followups import FollowUp
from partnerdesk.core.search import normalize
from partnerdesk.store import erasure
from partnerdesk.store import models as m
from partnerdesk.store.conflicts import ConflictInfo, EditConflict, check_version
from partnerdesk.store.database import checkpoint_truncate, erasure_log_of
from partnerdesk.store.errors import NotFound as NotFound  # re-exported


class ApprenticeRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory, for services that share this database (record numbers)."""
        return self._sessions

    # --- apprentices ---------------------------------------------------------------------

    def find(self, query: str = "", *, limit: int | None = None) -> list[c.ApprenticeSummary]:
        """Apprentices by name, filtered case- and accent-insensitively on name/occupation."""
        a = m.Apprentice
        stmt = select(
            a.id, a.display_name, a.occupation, a.training_year, a.deletion_date
        ).order_by(func.lower(a.display_name), a.id)
        # Filtering happens in Python: accent-insensitive matching ("jose" finds "José")
        # is not portable SQL, and 5,000 rows filter in a few milliseconds.
        wanted = normalize(query.strip())
        with self._sessions() as session:
            # Plain columns, not ORM entities: loading 5,000 entities alone took ~75 ms.
            rows = session.execute(stmt).all()
            if wanted:
                rows = [r for r in rows if wanted in normalize(f"{r.display_name} {r.occupation}")]
            if limit is not None:
                rows = rows[:limit]
            talks = _talk_counts(session, [r.id for r in rows])
        result: list[c.ApprenticeSummary] = []
        for row in rows:
            last_talk, count = talks.get(row.id, (None, 0))
            result.append(
                c.ApprenticeSummary(
                    id=row.id,
                    display_name=row.display_name,
                    occupation=row.occupation,
                    training_year=row.training_year,
                    deletion_date=row.deletion_date,
                    last_talk=last_talk,
                    talk_count=count,
                )
            )
        return result

    def get(self, apprentice_id: int) -> c.Apprentice:
        with self._sessions() as session:
            row = session.get(m.Apprentice, apprentice_id)
            if row is None:
                raise NotFound(apprentice_id)
            return _apprentice(row)

    def save(self, apprentice: c.Apprentice, *, editor: str = "") -> int:
        """Insert (id None) or update; returns the id.

        Raises ``EditConflict`` when *apprentice* carries a version and someone else saved
        the record since (see ``store.conflicts``); nothing is written then.
        """
        record = apprentice.validated()
        try:
            return self._save(record, editor)
        except StaleDataError:
            raise self._conflict(m.Apprentice, "apprentice", record.id) from None

    def _save(self, record: c.Apprentice, editor: str) -> int:
        with self._sessions.begin() as session:
            if record.id is None:
                row = m.Apprentice(display_name=record.display_name)
                session.add(row)
            else:
                found = session.get(m.Apprentice, record.id)
                if found is None:
                    raise NotFound(record.id)
                row = found
                check_version(
                    "apprentice",
                    row.id,
                    record.version,
                    row.version,
                    row.updated_by,
                    row.updated_at,
                )
                row.updated_at = m.utcnow()  # an UPDATE even if nothing else changed
            row.updated_by = editor.strip()[:200]
            row.display_name = record.display_name
            row.occupation = record.occupation
            row.training_year = record.training_year
            row.consent_date = record.consent_date
            row.deletion_date = record.deletion_date
            session.flush()
            return row.id

    def delete(self, apprentice_id: int) -> None:
        """Hard deletion with every assessment, talk, step, stay, report and handover link.

        The id goes into the erasure log (no name) before the commit, so no restore brings
        the person back (``erasure.replay``); exports noted for the person are removed and
        the ``-wal`` is emptied so the deleted text does not linger there.
        """
        log_file = erasure_log_of(self._sessions)
        with self._sessions.begin() as session:
            created = session.execute(
                text("SELECT created_at FROM apprentice WHERE id = :id"), {"id": apprentice_id}
            ).scalar()
            session.execute(delete(m.Handover).where(m.Handover.apprentice_id == apprentice_id))
            result = session.execute(delete(m.Apprentice).where(m.Apprentice.id == apprentice_id))
            if result.rowcount == 0:  # type: ignore[attr-defined]
                raise NotFound(apprentice_id)
            if log_file is not None:
                erasure.record_erasure(
                    log_file, apprentice_id, None if created is None else str(created)
                )
        if log_file is not None:
            erasure.remove_exports(log_file, apprentice_id)
        self._checkpoint()

    def note_export(self, apprentice_id: int, path: Path) -> None:
        """Remember a file exported about a person; erasing the person removes it too."""
        log_file = erasure_log_of(self._sessions)
        if log_file is not None:
            erasure.record_export(log_file, apprentice_id, path)

    def _checkpoint(self) -> None:
        bind = self._sessions.kw.get("bind")
        if bind is not None:
            checkpoint_truncate(bind)

    def due_for_deletion(self, today: date) -> list[c.ApprenticeSummary]:
        return [a for a in self.find() if a.deletion_date is not None and a.deletion_date <= today]

    # --- self-assessment -------------------------------------------------------------------

    def profile(self, apprentice_id: int) -> Profile | None:
        with self._sessions() as session:
            row = session.scalars(
                select(m.Assessment)
                .where(m.Assessment.apprentice_id == apprentice_id)
                .order_by(m.Assessment.updated_at.desc(), m.Assessment.id.desc())
                .limit(1)
            ).first()
            return None if row is None else _profile(row)

    def save_profile(self, apprentice_id: int, profile: Profile) -> None:
        with self._sessions.begin() as session:
            if session.get(m.Apprentice, apprentice_id) is None:
                raise NotFound(apprentice_id)
            write_assessment(session, apprentice_id, profile)

    # --- talks ----------------------------------------------------------------------------

    def talks(self, apprentice_id: int) -> list[c.TalkSummary]:
        with self._sessions() as session:
            rows = session.scalars(
                select(m.CounsellingSession)
                .where(m.CounsellingSession.apprentice_id == apprentice_id)
                .options(
                    selectinload(m.CounsellingSession.next_steps),
                    selectinload(m.CounsellingSession.advisor),
                )
                .order_by(m.CounsellingSession.held_on.desc(), m.CounsellingSession.id.desc())
            ).all()
            return [
                c.TalkSummary(
                    id=r.id,
                    held_on=r.held_on,
                    advisor=r.advisor.name if r.advisor else "",
                    open_steps=sum(1 for s in r.next_steps if not s.done),
                    chosen_cities=tuple(r.chosen_cities or ()),
                )
                for r in rows
            ]

    def talk(self, talk_id: int) -> c.Talk:
        with self._sessions() as session:
            row = session.scalars(
                select(m.CounsellingSession)
                .where(m.CounsellingSession.id == talk_id)
                .options(
                    selectinload(m.CounsellingSession.next_steps),
                    selectinload(m.CounsellingSession.advisor),
                )
            ).first()
            if row is None:
                raise NotFound(talk_id)
            return _talk(row)

    def save_talk(self, talk: c.Talk, *, editor: str | None = None) -> int:
        """Insert (id None) or update a talk; returns its id.

        *editor* (default: the talk's advisor) is recorded as who saved last. Raises
        ``EditConflict`` when *talk* carries a version and another advisor saved it since.
        """
        record = talk.validated()
        who = (record.advisor if editor is None else editor).strip()[:200]
        try:
            return self._save_talk(record, who)
        except StaleDataError:
            raise self._conflict(m.CounsellingSession, "talk", record.id) from None

    def _conflict(
        self,
        model: type[m.Apprentice] | type[m.CounsellingSession],
        kind: str,
        record_id: int | None,
    ) -> EditConflict | NotFound:
        """After a lost race at UPDATE: who saved in between (or that the row is gone)."""
        with self._sessions() as session:
            row = session.get(model, record_id) if record_id is not None else None
            if not isinstance(row, m.Apprentice | m.CounsellingSession):
                return NotFound(record_id)
            return EditConflict(ConflictInfo(kind, row.id, row.updated_by, row.updated_at))

    def _save_talk(self, record: c.Talk, editor: str) -> int:
        with self._sessions.begin() as session:
            if session.get(m.Apprentice, record.apprentice_id) is None:
                raise NotFound(record.apprentice_id)
            if record.id is None:
                row = m.CounsellingSession(
                    apprentice_id=record.apprentice_id, held_on=record.held_on
                )
                session.add(row)
            else:
                found = session.get(m.CounsellingSession, record.id)
                if found is None:
                    raise NotFound(record.id)
                row = found
                check_version(
                    "talk", row.id, record.version, row.version, row.updated_by, row.updated_at
                )
                # Replacing only the next steps must bump the talk's version too.
                row.updated_at = m.utcnow()
            row.updated_by = editor
            row.held_on = record.held_on
            # Set, not left to onupdate: a change of the steps alone updates no column of the
            # talk, and the calendar export's SEQUENCE must grow with every save.
            row.updated_at = m.utcnow()
            row.notes = record.notes
            row.chosen_cities = list(record.chosen_cities)
            row.ranking_snapshot = record.ranking_snapshot
            row.assessment_snapshot = record.profile_snapshot
            with session.no_autoflush:  # one INSERT for a new talk, not INSERT + UPDATE
                row.advisor = _advisor(session, record.advisor)
            row.next_steps = [
                m.NextStep(
                    position=i,
                    offer_key=s.offer_key,
                    text=s.text,
                    owner=s.owner,
                    due_date=s.due_date,
                    done=s.done,
                )
                for i, s in enumerate(record.next_steps)
            ]
            session.flush()
            return row.id

    def delete_talk(self, talk_id: int) -> None:
        with self._sessions.begin() as session:
            result = session.execute(
                delete(m.CounsellingSession).where(m.CounsellingSession.id == talk_id)
            )
            if result.rowcount == 0:  # type: ignore[attr-defined]
                raise NotFound(talk_id)
        self._checkpoint()  # the talk's notes must not linger in the -wal

    # --- Wiedervorlage --------------------------------------------------------------------

    def open_steps(self) -> list[FollowUp]:
        """Every next step not yet done, across all apprentices (``core.followups`` sorts,
        groups and filters them; a few thousand rows are one query)."""
        s, t, a = m.NextStep, m.CounsellingSession, m.Apprentice
        stmt = (
            select(
                s.position,
                s.text,
                s.owner,
                s.due_date,
                s.offer_key,
                t.id,
                t.held_on,
                t.updated_at,
                m.Advisor.name,
                a.id,
                a.display_name,
            )
            .join(t, s.session_id == t.id)
            .join(a, t.apprentice_id == a.id)
            .outerjoin(m.Advisor, t.advisor_id == m.Advisor.id)
            .where(s.done.is_(False))
        )
        with self._sessions() as session:
            rows = session.execute(stmt).all()
        return [
            FollowUp(
                apprentice_id=r[9],
                apprentice_name=r[10],
                talk_id=r[5],
                held_on=r[6],
                advisor=r[8] or "",
                position=r[0],
                text=r[1],
                owner=r[2] or "",
                due_date=r[3],
                offer_key=r[4],
                modified=r[7],
            )
            for r in rows
        ]

    # --- access request (Auskunft) -------------------------------------------------------

    def export_all(self, apprentice_id: int) -> dict[str, Any]:
        """Everything stored about one apprentice, as JSON-ready data."""
        from partnerdesk.store.stays import StayRepository

        person = self.get(apprentice_id)
        profile = self.profile(apprentice_id)
        talks = [self.talk(t.id) for t in self.talks(apprentice_id)]
        with self._sessions() as session:
            handovers = session.scalars(
                select(m.Handover).where(m.Handover.apprentice_id == apprentice_id)
            ).all()
            handover_data = [
                {
                    "code": h.code,
                    "created_at": h.created_at.isoformat(),
                    "expires_at": h.expires_at.isoformat(),
                    "assessment": h.assessment,
                }
                for h in handovers
            ]
        return {
            "apprentice": {
                "id": person.id,
                "display_name": person.display_name,
                "occupation": person.occupation,
                "training_year": person.training_year,
                "consent_date": _iso(person.consent_date),
                "deletion_date": _iso(person.deletion_date),
            },
            "self_assessment": None if profile is None else c.profile_to_dict(profile),
            "talks": [_talk_dict(t) for t in talks],
            "handovers": handover_data,
            "stays": StayRepository(self._sessions).export_for(apprentice_id),
        }


_IN_CHUNK = 500  # stays far below SQLite's limit on bound parameters


def _talk_counts(session: Session, ids: list[int]) -> dict[int, tuple[date | None, int]]:
    """Last talk date and number of talks per apprentice, for *ids* only.

    Aggregating only the apprentices shown keeps a search fast however many talks exist;
    the full list falls back to one GROUP BY over all talks.
    """
    s = m.CounsellingSession
    base = select(s.apprentice_id, func.max(s.held_on), func.count()).group_by(s.apprentice_id)
    if not ids:
        return {}
    if len(ids) > 4 * _IN_CHUNK:
        rows = session.execute(base).all()
    else:
        rows = []
        for i in range(0, len(ids), _IN_CHUNK):
            rows += session.execute(base.where(s.apprentice_id.in_(ids[i : i + _IN_CHUNK]))).all()
    return {apprentice_id: (last, int(count)) for apprentice_id, last, count in rows}


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _talk_dict(talk: c.Talk) -> dict[str, Any]:
    return {
        "id": talk.id,
        "held_on": talk.held_on.isoformat(),
        "advisor": talk.advisor,
        "notes": talk.notes,
        "chosen_cities": list(talk.chosen_cities),
        "next_steps": [
            {
                "text": s.text,
                "offer": s.offer_key,
                "owner": s.owner,
                "due_date": _iso(s.due_date),
                "done": s.done,
            }
            for s in talk.next_steps
        ],
        "ranking_snapshot": talk.ranking_snapshot,
        "profile_snapshot": talk.profile_snapshot,
    }


def _advisor(session: Session, name: str) -> m.Advisor | None:
    name = name.strip()
    if not name:
        return None
    found = session.scalars(select(m.Advisor).where(m.Advisor.name == name).limit(1)).first()
    if found is None:
        found = m.Advisor(name=name)
        session.add(found)
    return found


def _apprentice(row: m.Apprentice) -> c.Apprentice:
    return c.Apprentice(
        id=row.id,
        display_name=row.display_name,
        occupation=row.occupation,
        training_year=row.training_year,
        consent_date=row.consent_date,
        deletion_date=row.deletion_date,
        version=row.version,
    )


def _profile(row: m.Assessment) -> Profile:
    return c.profile_from_dict(
        {
            "interests": row.interests,
            "languages": row.languages,
            "weeks": row.weeks,
            "abroad_only": row.abroad_only,
            "independence": row.independence,
            "structure_importance": row.structure_importance,
            "weights": row.weights,
            "start_year": row.start_year,
            "start_month": row.start_month,
        }
    )


def _talk(row: m.CounsellingSession) -> c.Talk:
    steps: Sequence[m.NextStep] = row.next_steps
    return c.Talk(
        id=row.id,
        apprentice_id=row.apprentice_id,
        held_on=row.held_on,
        advisor=row.advisor.name if row.advisor else "",
        notes=row.notes,
        next_steps=tuple(
            c.NextStep(
                text=s.text, offer_key=s.offer_key, owner=s.owner, due_date=s.due_date, done=s.done
            )
            for s in steps
        ),
        chosen_cities=tuple(row.chosen_cities or ()),
        ranking_snapshot=row.ranking_snapshot,
        profile_snapshot=row.assessment_snapshot,
        version=row.version,
    )


def write_assessment(session: Session, apprentice_id: int, profile: Profile) -> None:
    """Store *profile* as the apprentice's assessment: the latest row is updated, or one made.

    One apprentice has one current assessment; the advisor's page and the kiosk hand-over
    both save through here.
    """
    row = session.scalars(
        select(m.Assessment)
        .where(m.Assessment.apprentice_id == apprentice_id)
        .order_by(m.Assessment.id.desc())
        .limit(1)
    ).first()
    if row is None:
        row = m.Assessment(apprentice_id=apprentice_id)
        session.add(row)
    for key, value in c.profile_to_dict(profile).items():
        setattr(row, key, value)
