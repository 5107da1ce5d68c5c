"""Handovers: codes, fetch by code, attach to an apprentice, expiry purge, the kiosk's store."""

from __future__ import annotations

import inspect
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from partnerdesk.core.counselling import Apprentice
from partnerdesk.core.domain import Profile
from partnerdesk.store import handovers as h
from partnerdesk.store import models as m
from partnerdesk.store.apprentices import ApprenticeRepository, NotFound

pytestmark = pytest.mark.both_dialects  # also on PostgreSQL when configured

T0 = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
PROFILE = Profile(
    interests={"kultur": 3, "sport": 1},
    languages={"de": "native", "fr": "A2"},
    weeks=6,
    abroad_only=True,
    independence=2,
    structure_importance=3,
)
RESULT = {"ranking": [{"city": "amiens", "score": 71.5}], "excluded": []}


@pytest.fixture
def handovers(database) -> h.HandoverRepository:
    return h.HandoverRepository(database[1])


@pytest.fixture
def apprentices(database) -> ApprenticeRepository:
    return ApprenticeRepository(database[1])


def test_codes_are_unambiguous_grouped_and_random() -> None:
    codes = {h.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in codes:
        assert len(code) == 8
        assert not set(code) & set("01OILU")
    assert h.format_code("ABCDEFGH") == "ABCD-EFGH"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("abcd-efgh", "ABCDEFGH"),
        (" AbCd EfGh ", "ABCDEFGH"),
        ("ABCDEFGH", "ABCDEFGH"),
        ("ABCD-EFG", None),
        ("ABCD-EFG0", None),
        ("ABCD-EFGO", None),
        ("", None),
        ("ABCD-EFGH-J", None),
    ],
)
def test_normalize_code(typed: str, stored: str | None) -> None:
    assert h.normalize_code(typed) == stored


def test_create_and_fetch_round_trip(handovers) -> None:
    code, expires = handovers.create(PROFILE, RESULT, now=T0)
    assert expires == T0 + timedelta(days=14)
    assert len(code) == 9 and code[4] == "-"
    found = handovers.fetch(code.lower().replace("-", " "), now=T0 + timedelta(days=1))
    assert found is not None
    assert found.profile == PROFILE
    assert found.result == RESULT
    assert found.display_code == code
    assert found.apprentice_id is None


def test_expired_handover_is_not_found_and_purged(handovers, sessions) -> None:
    old, _ = handovers.create(PROFILE, RESULT, days=1, now=T0)
    young, _ = handovers.create(PROFILE, RESULT, days=14, now=T0)
    later = T0 + timedelta(days=1)
    assert handovers.fetch(old, now=later) is None  # expiry instant counts as expired
    assert handovers.fetch(young, now=later) is not None
    assert handovers.purge_expired(now=later) == 1
    assert handovers.purge_expired(now=later) == 0
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(m.Handover)) == 1
    assert handovers.purge_expired(now=T0 + timedelta(days=14)) == 1


def test_code_collision_draws_again(database) -> None:
    codes = iter(["AAAAAAAA", "AAAAAAAA", "BBBBBBBB"])
    repo = h.HandoverRepository(database[1], code_factory=lambda: next(codes))
    assert repo.create(PROFILE, RESULT, now=T0)[0] == "AAAA-AAAA"
    assert repo.create(PROFILE, RESULT, now=T0)[0] == "BBBB-BBBB"


def test_days_out_of_range_is_refused(handovers) -> None:
    with pytest.raises(h.HandoverError, match="days"):
        handovers.create(PROFILE, RESULT, days=0, now=T0)


def test_attach_copies_profile_into_advisor_record(handovers, apprentices) -> None:
    aid = apprentices.save(Apprentice(display_name="Jonas Becker", consent_date=date(2026, 11, 2)))
    apprentices.save_profile(aid, Profile(weeks=2))
    code, _ = handovers.create(PROFILE, RESULT, now=T0)
    assert handovers.attach(code, aid, now=T0 + timedelta(hours=2)) == PROFILE
    assert apprentices.profile(aid) == PROFILE
    assert handovers.fetch(code, now=T0).apprentice_id == aid
    exported = apprentices.export_all(aid)
    assert [x["code"] for x in exported["handovers"]] == [code.replace("-", "")]
    # Attaching twice to the same person is harmless; to another person it is refused.
    handovers.attach(code, aid, now=T0)
    other = apprentices.save(Apprentice(display_name="Other"))
    with pytest.raises(h.HandoverError, match="already attached"):
        handovers.attach(code, other, now=T0)


def test_attach_refuses_expired_unknown_or_missing_apprentice(handovers, apprentices) -> None:
    aid = apprentices.save(Apprentice(display_name="Jonas Becker"))
    code, _ = handovers.create(PROFILE, RESULT, days=1, now=T0)
    with pytest.raises(h.HandoverError, match="expired"):
        handovers.attach(code, aid, now=T0 + timedelta(days=2))
    with pytest.raises(h.HandoverError, match="not a handover code"):
        handovers.attach("nonsense", aid, now=T0)
    with pytest.raises(NotFound):
        handovers.attach(code, 999, now=T0)
    assert apprentices.profile(aid) is None  # nothing changed


def test_deleting_the_apprentice_deletes_attached_handovers(
    handovers, apprentices, sessions
) -> None:
    aid = apprentices.save(Apprentice(display_name="Jonas Becker"))
    code, _ = handovers.create(PROFILE, RESULT, now=T0)
    handovers.attach(code, aid, now=T0)
    apprentices.delete(aid)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(m.Handover)) == 0


# --- the kiosk's store ----------------------------------------------------------------------


def public_surface(obj: object) -> set[str]:
    return {name for name in dir(obj) if not name.startswith("_")}


def test_kiosk_store_offers_only_create_and_cities(handovers) -> None:
    store = h.KioskStore(handovers, cities=lambda: [], days=7)
    assert public_surface(store) == {"create_handover", "cities", "handover_days", "experiences"}
    # Nothing that reads people or handovers, under any name.
    for name in public_surface(h.KioskStore):
        assert not any(
            word in name
            for word in (
                "fetch",
                "find",
                "get",
                "list",
                "apprentice",
                "export",
                "attach",
                "query",
                "session",
            )
        )
    assert not hasattr(store, "__dict__")  # __slots__: no attribute can be added later
    params = inspect.signature(h.KioskStore.create_handover).parameters
    assert "code" not in params


def test_kiosk_store_creates_with_configured_days_but_cannot_read_back(handovers) -> None:
    store = h.KioskStore(handovers, cities=lambda: ["city"], days=7)
    first, expires = store.create_handover(PROFILE, RESULT, now=T0)
    store.create_handover(Profile(weeks=9), RESULT, now=T0)
    assert expires == T0 + timedelta(days=7)
    assert store.cities() == ["city"]
    # The only way to the stored result is the advisor's repository with the code.
    assert handovers.fetch(first, now=T0).profile == PROFILE


def test_kiosk_store_reads_only_anonymous_reports(handovers, sessions) -> None:
    from partnerdesk.core.counselling import Apprentice
    from partnerdesk.core.stays import ExperienceReport, Stay
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.stays import StayRepository

    aid = ApprenticeRepository(sessions).save(
        Apprentice(display_name="Kein Name am Kiosk", occupation="Gärtnerin")
    )
    stays = StayRepository(sessions)
    stays.save(
        Stay(
            apprentice_id=aid,
            city_id="leeds",
            start=T0.date(),
            report="Super!",
            report_consent=True,
        )
    )
    store = h.KioskStore(handovers, cities=lambda: [], reports=stays.reports)
    assert store.experiences("leeds") == [
        ExperienceReport(city_id="leeds", text="Super!", occupation="Gärtnerin", year=T0.year)
    ]
    assert store.experiences("amiens") == []
    assert h.KioskStore(handovers, cities=lambda: []).experiences("leeds") == []


def test_adopt_profile_replaces_the_self_assessment(handovers, sessions) -> None:
    from partnerdesk.core.counselling import Apprentice
    from partnerdesk.store.apprentices import ApprenticeRepository

    people = ApprenticeRepository(sessions)
    aid = people.save(Apprentice(display_name="Scan"))
    people.save_profile(aid, Profile(weeks=2))
    handovers.adopt_profile(aid, PROFILE)
    assert people.profile(aid) == PROFILE
