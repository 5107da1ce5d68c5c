"""Stays abroad and experience reports in the database.

Like ``ApprenticeRepository`` every public method is one transaction and reads return core
domain objects (``partnerdesk.core.stays``). Two reads are meant for other eyes than the
advisor's and are built so they cannot leak a person:

* ``reports(city_id)`` returns consented reports only, each with the text, the training
  occupation and the year of the stay - never a name or an id. The kiosk gets exactly this.
* ``hosts(city_id)`` lists host organisations (name, department, contact, languages, last
  stay) for brokering internships - organisations, not apprentices.

Stays and reports hang off the apprentice with ``ON DELETE CASCADE``: the hard deletion
(erasure, retention) removes them with the person.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from partnerdesk.core import stays as s
from partnerdesk.store import models as m
from partnerdesk.store.errors import NotFound


class StayRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def stays(self, apprentice_id: int) -> list[s.Stay]:
        """One apprentice's stays, newest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(m.Stay)
                .where(m.Stay.apprentice_id == apprentice_id)
                .options(selectinload(m.Stay.report))
                .order_by(m.Stay.start_date.desc(), m.Stay.id.desc())
            ).all()
            return [_stay(row) for row in rows]

    def all_stays(self) -> list[s.Stay]:
        with self._sessions() as session:
            rows = session.scalars(
                select(m.Stay)
                .options(selectinload(m.Stay.report))
                .order_by(m.Stay.start_date, m.Stay.id)
            ).all()
            return [_stay(row) for row in rows]

    def save(self, stay: s.Stay, today: date | None = None) -> int:
        """Insert (id None) or update a stay with its report; returns the id.

        The consent date is set the first time consent is given and kept while it stands.
        """
        record = stay.validated()
        with self._sessions.begin() as session:
            if session.get(m.Apprentice, record.apprentice_id) is None:
                raise NotFound(record.apprentice_id)
            if record.id is None:
                row = m.Stay(apprentice_id=record.apprentice_id)
                session.add(row)
            else:
                found = session.get(m.Stay, record.id)
                if found is None or found.apprentice_id != record.apprentice_id:
                    raise NotFound(record.id)
                row = found
            row.city_id = record.city_id
            row.start_date = record.start
            row.end_date = record.end
            row.host_name = record.host_name
            row.host_department = record.host_department
            row.host_contact = record.host_contact
            row.host_languages = list(record.host_languages)
            row.funding = record.funding
            if not record.report:
                row.report = None
            else:
                report = row.report or m.ExperienceReport(text="")
                report.text = record.report
                if record.report_consent:
                    report.consent_date = (
                        record.report_consent_date or report.consent_date or today or date.today()
                    )
                else:
                    report.consent_date = None
                report.consent = record.report_consent
                row.report = report
            session.flush()
            return row.id

    def delete(self, stay_id: int) -> None:
        with self._sessions.begin() as session:
            result = session.execute(delete(m.Stay).where(m.Stay.id == stay_id))
            if result.rowcount == 0:  # type: ignore[attr-defined]
                raise NotFound(stay_id)

    # --- for others to read --------------------------------------------------------------

    def reports(self, city_id: str | None = None) -> list[s.ExperienceReport]:
        """Consented reports, newest stay first: text, occupation, year - nothing else."""
        stmt = (
            select(
                m.Stay.city_id, m.ExperienceReport.text, m.Apprentice.occupation, m.Stay.start_date
            )
            .join(m.ExperienceReport, m.ExperienceReport.stay_id == m.Stay.id)
            .join(m.Apprentice, m.Apprentice.id == m.Stay.apprentice_id)
            .where(m.ExperienceReport.consent.is_(True))
            .order_by(m.Stay.start_date.desc(), m.Stay.id.desc())
        )
        if city_id is not None:
            stmt = stmt.where(m.Stay.city_id == city_id)
        with self._sessions() as session:
            return [
                s.ExperienceReport(
                    city_id=city, text=text, occupation=occupation or "", year=start.year
                )
                for city, text, occupation, start in session.execute(stmt).all()
            ]

    def hosts(self, city_id: str | None = None) -> list[s.HostOrganisation]:
        stays = self.all_stays()
        if city_id is not None:
            stays = [x for x in stays if x.city_id == city_id]
        return s.hosts_from_stays(stays)

    def export_for(self, apprentice_id: int) -> list[dict[str, Any]]:
        """Every stored field of the person's stays and reports (Auskunft)."""
        return [s.stay_to_dict(stay) for stay in self.stays(apprentice_id)]


def _stay(row: m.Stay) -> s.Stay:
    report = row.report
    return s.Stay(
        id=row.id,
        apprentice_id=row.apprentice_id,
        city_id=row.city_id,
        start=row.start_date,
        end=row.end_date,
        host_name=row.host_name,
        host_department=row.host_department,
        host_contact=row.host_contact,
        host_languages=tuple(str(c) for c in row.host_languages or ()),
        funding=row.funding,
        report=report.text if report else "",
        report_consent=bool(report and report.consent),
        report_consent_date=report.consent_date if report else None,
    )
