"""Stays abroad as plain domain types: what happened after the counselling.

A *stay* records that an apprentice went to a partner city: when, with which host
organisation (the office or company that took them) and through which funding route. A stay
may carry a short *experience report*; it is shown to others ("Das sagen Azubis, die schon
dort waren") only with the apprentice's explicit consent, and then anonymously: the text, the
training occupation and the year, never a name. Host organisations that took apprentices
become a list per city that advisors use to broker internships (Team INA's offer
"Praktikums- und/oder Kontaktvermittlung").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from partnerdesk.core.counselling import MAX_NAME, RecordError
from partnerdesk.core.vocab import STAY_FUNDING_LABELS, Label

MAX_REPORT = 4_000  # a short report; the kiosk shows it whole

# How a stay was paid for (the words: vocab.STAY_FUNDING_LABELS).
STAY_FUNDING: dict[str, Label] = STAY_FUNDING_LABELS


@dataclass(frozen=True, slots=True)
class Stay:
    apprentice_id: int
    city_id: str
    start: date
    end: date | None = None
    host_name: str = ""
    host_department: str = ""
    host_contact: str = ""
    host_languages: tuple[str, ...] = ()  # ISO 639-1 codes spoken at the host
    funding: str = "other"
    report: str = ""
    report_consent: bool = False  # explicit consent to show the report anonymously
    report_consent_date: date | None = None
    id: int | None = None

    @property
    def weeks(self) -> int | None:
        """Whole weeks of the stay (at least one), or None while the end is open."""
        if self.end is None:
            return None
        return max(1, round(((self.end - self.start).days + 1) / 7))

    def validated(self) -> Stay:
        if not self.city_id.strip():
            raise RecordError("city_id: a partner city is required")
        if self.end is not None and self.end < self.start:
            raise RecordError(
                f"end: {self.end.isoformat()} is before the start {self.start.isoformat()}"
            )
        if self.funding not in STAY_FUNDING:
            raise RecordError(f"funding: unknown funding route {self.funding!r}")
        for name in ("host_name", "host_department"):
            value = getattr(self, name)
            if len(value) > MAX_NAME:
                raise RecordError(f"{name}: at most {MAX_NAME} characters, got {len(value)}")
        if len(self.host_contact) > 2 * MAX_NAME:
            raise RecordError(f"host_contact: at most {2 * MAX_NAME} characters")
        if len(self.report) > MAX_REPORT:
            raise RecordError(f"report: at most {MAX_REPORT} characters, got {len(self.report)}")
        for name in ("host_name", "host_department", "host_contact", "report"):
            if "\x00" in getattr(self, name):
                raise RecordError(f"{name}: contains a NUL character (U+0000)")
        report = self.report.strip()
        consent = self.report_consent and bool(report)
        return replace(
            self,
            host_name=self.host_name.strip(),
            host_department=self.host_department.strip(),
            host_contact=self.host_contact.strip(),
            report=report,
            report_consent=consent,
            report_consent_date=self.report_consent_date if consent else None,
            host_languages=tuple(
                dict.fromkeys(c.strip().lower() for c in self.host_languages if c.strip())
            ),
        )


@dataclass(frozen=True, slots=True)
class ExperienceReport:
    """What others may read: no name, no id, the occupation and the year at most."""

    city_id: str
    text: str
    occupation: str
    year: int


@dataclass(frozen=True, slots=True)
class HostOrganisation:
    """A host that took apprentices in one city, for brokering internships."""

    city_id: str
    name: str
    department: str
    contact: str
    languages: tuple[str, ...]
    last_stay: date
    stays: int


def hosts_from_stays(stays: list[Stay]) -> list[HostOrganisation]:
    """One entry per (city, host, department), newest contact and languages win."""
    found: dict[tuple[str, str, str], HostOrganisation] = {}
    for stay in sorted(stays, key=lambda s: (s.start, s.id or 0)):
        if not stay.host_name:
            continue
        key = (stay.city_id, stay.host_name.casefold(), stay.host_department.casefold())
        before = found.get(key)
        languages = tuple(
            dict.fromkeys((*stay.host_languages, *(before.languages if before else ())))
        )
        found[key] = HostOrganisation(
            city_id=stay.city_id,
            name=stay.host_name,
            department=stay.host_department,
            contact=stay.host_contact or (before.contact if before else ""),
            languages=languages,
            last_stay=stay.start,
            stays=(before.stays if before else 0) + 1,
        )
    return sorted(
        found.values(), key=lambda h: (h.city_id, -h.last_stay.toordinal(), h.name.casefold())
    )


def stay_to_dict(stay: Stay) -> dict[str, object]:
    """JSON-ready form for the Auskunft: every stored field of the stay and its report."""
    return {
        "city": stay.city_id,
        "start": stay.start.isoformat(),
        "end": None if stay.end is None else stay.end.isoformat(),
        "host_name": stay.host_name,
        "host_department": stay.host_department,
        "host_contact": stay.host_contact,
        "host_languages": list(stay.host_languages),
        "funding": stay.funding,
        "report": stay.report,
        "report_consent": stay.report_consent,
        "report_consent_date": (
            None if stay.report_consent_date is None else stay.report_consent_date.isoformat()
        ),
    }
