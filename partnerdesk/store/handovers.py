"""Handovers: a kiosk result the apprentice chose to pass on to counselling, found by code.

A handover holds no personal data: the self-assessment (profile) and the ranking shown at
the kiosk, a random code and an expiry. The advisor types the code in *Beratung* and attaches
the handover to an apprentice, which copies the profile into that apprentice's
self-assessment. Expired handovers are deleted (``purge_expired``), attached or not: by then
the profile lives on in the apprentice's record.

``KioskStore`` is all the kiosk gets: it can store a new handover and read the city data, and
nothing else - no method reads apprentices or other handovers, so the public terminal cannot
list anyone's data even through a bug in its UI.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.core import counselling as c
from partnerdesk.core.counselling import HANDOVER_DEFAULT_DAYS, HANDOVER_MAX_DAYS
from partnerdesk.core.domain import City, Profile
from partnerdesk.core.stays import ExperienceReport
from partnerdesk.store import models as m
from partnerdesk.store.apprentices import write_assessment
from partnerdesk.store.database import checkpoint_truncate
from partnerdesk.store.errors import NotFound

# No 0/O, 1/I/L (read alike) and no U (avoids accidental words, as in Crockford's Base32).
ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CODE_LENGTH = 8
GROUP = 4
DEFAULT_DAYS = HANDOVER_DEFAULT_DAYS
MAX_DAYS = HANDOVER_MAX_DAYS
_CREATE_ATTEMPTS = 5


class HandoverError(ValueError):
    """A handover cannot be used as asked; the message says why."""


def new_code() -> str:
    """A random code of ``CODE_LENGTH`` characters (30**8 ~ 6.6e11 possibilities)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """``ABCDEFGH`` -> ``ABCD-EFGH`` for display."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalize_code(text: str) -> str | None:
    """What the advisor typed -> the stored form, or None if it cannot be a code.

    Case, spaces and hyphens do not matter. Input with a character outside the alphabet
    (such as O or 0) is not a code: guessing a correction could open someone else's result.
    """
    cleaned = re.sub(r"[\s\-_.]", "", text).upper()
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


@dataclass(frozen=True, slots=True)
class HandoverInfo:
    code: str  # stored form, no hyphen
    created_at: datetime
    expires_at: datetime
    profile: Profile
    result: dict[str, Any]
    apprentice_id: int | None

    @property
    def display_code(self) -> str:
        return format_code(self.code)


def _now(now: datetime | None) -> datetime:
    value = now if now is not None else datetime.now(UTC)
    if value.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return value


class HandoverRepository:
    """Create, fetch, attach and purge handovers (advisor side; the kiosk uses KioskStore)."""

    def __init__(
        self, sessions: sessionmaker[Session], code_factory: Callable[[], str] = new_code
    ) -> None:
        self._sessions = sessions
        self._new_code = code_factory

    def create(
        self,
        profile: Profile,
        result_json: dict[str, Any],
        days: int = DEFAULT_DAYS,
        now: datetime | None = None,
    ) -> tuple[str, datetime]:
        """Store a handover; return its display code (``ABCD-EFGH``) and expiry."""
        if not 1 <= days <= MAX_DAYS:
            raise HandoverError(f"days: expected 1-{MAX_DAYS}, got {days!r}")
        created = _now(now)
        expires = created + timedelta(days=days)
        for _ in range(_CREATE_ATTEMPTS):
            code = self._new_code()
            try:
                with self._sessions.begin() as session:
                    # docs/privacy.md: expired handovers go at every new handover, not only
                    # at the next start of the advisor app (a kiosk may run for weeks). The
                    # kiosk's team role may not delete (pg_roles.grant_kiosk): there the
                    # savepoint is rolled back and the advisors' apps purge at their start.
                    try:
                        with session.begin_nested():
                            session.execute(
                                delete(m.Handover).where(m.Handover.expires_at <= created)
                            )
                    except ProgrammingError:
                        pass
                    # An "inline" INSERT: no RETURNING of the new id, which would need
                    # SELECT rights the kiosk's team role has not got (pg_roles.grant_kiosk).
                    session.execute(
                        insert(m.Handover)
                        .inline()
                        .values(
                            code=code,
                            created_at=created,
                            expires_at=expires,
                            assessment=c.profile_to_dict(profile),
                            result=result_json,
                            apprentice_id=None,
                        )
                    )
            except IntegrityError:
                continue  # the unique index caught a collision: draw again
            return format_code(code), expires
        raise HandoverError("no free handover code found; try again")

    def fetch(self, code: str, now: datetime | None = None) -> HandoverInfo | None:
        """The handover for what the advisor typed; None if unknown, malformed or expired."""
        stored = normalize_code(code)
        if stored is None:
            return None
        moment = _now(now)
        with self._sessions() as session:
            row = session.scalars(select(m.Handover).where(m.Handover.code == stored)).first()
            if row is None or row.expires_at <= moment:
                return None
            return HandoverInfo(
                code=row.code,
                created_at=row.created_at,
                expires_at=row.expires_at,
                profile=c.profile_from_dict(row.assessment),
                result=dict(row.result),
                apprentice_id=row.apprentice_id,
            )

    def attach(self, code: str, apprentice_id: int, now: datetime | None = None) -> Profile:
        """Copy the handover's profile into the apprentice's self-assessment and link it.

        One transaction (what ``ApprenticeRepository.save_profile`` does, plus the link):
        either the profile is copied and the handover linked, or nothing changed.
        """
        stored = normalize_code(code)
        if stored is None:
            raise HandoverError(f"not a handover code: {code!r}")
        moment = _now(now)
        with self._sessions.begin() as session:
            row = session.scalars(select(m.Handover).where(m.Handover.code == stored)).first()
            if row is None or row.expires_at <= moment:
                raise HandoverError(f"handover {format_code(stored)} not found or expired")
            if row.apprentice_id not in (None, apprentice_id):
                raise HandoverError(
                    f"handover {format_code(stored)} is already attached to another record"
                )
            if session.get(m.Apprentice, apprentice_id) is None:
                raise NotFound(apprentice_id)
            profile = c.profile_from_dict(row.assessment)
            write_assessment(session, apprentice_id, profile)
            row.apprentice_id = apprentice_id
            return profile

    def adopt_profile(self, apprentice_id: int, profile: Profile) -> Profile:
        """Make *profile* (a scanned kiosk take-away) the apprentice's self-assessment."""
        with self._sessions.begin() as session:
            if session.get(m.Apprentice, apprentice_id) is None:
                raise NotFound(apprentice_id)
            write_assessment(session, apprentice_id, profile)
        return profile

    def purge_expired(self, now: datetime | None = None) -> int:
        """Delete every handover past its expiry; return how many."""
        moment = _now(now)
        with self._sessions.begin() as session:
            result = session.execute(delete(m.Handover).where(m.Handover.expires_at <= moment))
            count = int(result.rowcount)  # type: ignore[attr-defined]
        if count:
            bind = self._sessions.kw.get("bind")
            if bind is not None:
                checkpoint_truncate(bind)
        return count


class KioskStore:
    """The kiosk's whole data access: store a consented handover, read the cities and the
    anonymous experience reports of a city (consented ones only: text, occupation, year).

    Deliberately no way to read handovers or apprentices (a test pins the public surface).
    """

    __slots__ = ("_cities", "_create", "_days", "_reports")

    def __init__(
        self,
        handovers: HandoverRepository,
        cities: Callable[[], Sequence[City]],
        days: int = DEFAULT_DAYS,
        reports: Callable[[str], Sequence[ExperienceReport]] | None = None,
    ) -> None:
        # Keep bound callables only, not the repository: nothing here can reach fetch().
        self._create = handovers.create
        self._cities = cities
        self._days = days
        self._reports = reports

    @property
    def handover_days(self) -> int:
        return self._days

    def create_handover(
        self, profile: Profile, result_json: dict[str, Any], now: datetime | None = None
    ) -> tuple[str, datetime]:
        return self._create(profile, result_json, days=self._days, now=now)

    def cities(self) -> list[City]:
        return list(self._cities())

    def experiences(self, city_id: str) -> list[ExperienceReport]:
        """Consented reports on *city_id* (``StayRepository.reports``); [] when none."""
        if self._reports is None:
            return []
        return [r for r in self._reports(city_id) if isinstance(r, ExperienceReport)]
