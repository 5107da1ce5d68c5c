"""Stays and experience reports: anonymous consented reports, hosts per city, erasure,
Auskunft."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from partnerdesk.core import auskunft as a
from partnerdesk.core.counselling import Apprentice, RecordError
from partnerdesk.core.stays import Stay
from partnerdesk.report.auskunft_doc import auskunft_document
from partnerdesk.store import models as m
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.stays import StayRepository

NAME = "Mira Beispielname"


def _person(sessions, name: str = NAME, occupation: str = "Fachinformatikerin") -> int:
    return ApprenticeRepository(sessions).save(Apprentice(display_name=name, occupation=occupation))


def test_only_consented_reports_are_shown_and_without_name(sessions) -> None:
    stays = StayRepository(sessions)
    aid = _person(sessions)
    stays.save(
        Stay(
            apprentice_id=aid,
            city_id="leeds",
            start=date(2025, 5, 5),
            end=date(2025, 6, 1),
            report="Das Team im Rathaus war sehr offen.",
            report_consent=True,
        ),
        today=date(2025, 7, 1),
    )
    stays.save(
        Stay(
            apprentice_id=aid,
            city_id="leeds",
            start=date(2026, 3, 2),
            report="Bitte nicht zeigen.",
            report_consent=False,
        )
    )
    reports = stays.reports("leeds")
    assert [r.text for r in reports] == ["Das Team im Rathaus war sehr offen."]
    assert reports[0].occupation == "Fachinformatikerin" and reports[0].year == 2025
    assert NAME not in repr(reports)
    assert stays.reports("amiens") == []
    saved = stays.stays(aid)
    assert [x.report_consent_date for x in saved] == [None, date(2025, 7, 1)]


def test_hosts_per_city_merge_stays_and_keep_the_newest(sessions) -> None:
    stays = StayRepository(sessions)
    first, second = _person(sessions, "A"), _person(sessions, "B")
    for aid, start, contact in (
        (first, date(2024, 4, 1), "old@leeds.gov.uk"),
        (second, date(2026, 2, 1), "new@leeds.gov.uk"),
    ):
        stays.save(
            Stay(
                apprentice_id=aid,
                city_id="leeds",
                start=start,
                host_name="Leeds City Council",
                host_department="Housing",
                host_contact=contact,
                host_languages=("en",),
                funding="erasmus_plus",
            )
        )
    stays.save(
        Stay(
            apprentice_id=first,
            city_id="amiens",
            start=date(2025, 1, 1),
            host_name="Mairie d'Amiens",
            host_languages=("fr",),
        )
    )
    hosts = stays.hosts("leeds")
    assert len(hosts) == 1
    host = hosts[0]
    assert (host.name, host.department, host.contact, host.last_stay, host.stays) == (
        "Leeds City Council",
        "Housing",
        "new@leeds.gov.uk",
        date(2026, 2, 1),
        2,
    )
    assert {h.city_id for h in stays.hosts()} == {"leeds", "amiens"}


def test_erasure_removes_stays_and_reports(sessions) -> None:
    people, stays = ApprenticeRepository(sessions), StayRepository(sessions)
    aid, other = _person(sessions), _person(sessions, "Bleibt")
    stays.save(
        Stay(
            apprentice_id=aid,
            city_id="leeds",
            start=date(2025, 5, 5),
            report="Geheim? Nein, geteilt.",
            report_consent=True,
        )
    )
    stays.save(
        Stay(
            apprentice_id=other,
            city_id="leeds",
            start=date(2025, 5, 5),
            report="Bleibt stehen.",
            report_consent=True,
        )
    )
    a.erase(people, aid)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(m.Stay)) == 1
        assert session.scalar(select(func.count()).select_from(m.ExperienceReport)) == 1
    assert [r.text for r in stays.reports("leeds")] == ["Bleibt stehen."]


def test_auskunft_lists_stays_with_report(sessions) -> None:
    people, stays = ApprenticeRepository(sessions), StayRepository(sessions)
    aid = _person(sessions)
    stays.save(
        Stay(
            apprentice_id=aid,
            city_id="trabzon",
            start=date(2025, 9, 1),
            host_name="Trabzon Belediyesi",
            report="Tolle Zeit.",
            report_consent=False,
        )
    )
    data = a.export_auskunft(people, aid, today=date(2026, 1, 1)).data
    assert data["stays"][0]["host_name"] == "Trabzon Belediyesi"
    assert data["stays"][0]["report"] == "Tolle Zeit."
    assert "Tolle Zeit." in json.dumps(auskunft_document(a.export_auskunft(people, aid)).blocks)


@pytest.mark.parametrize(
    ("stay", "field"),
    [
        (
            Stay(apprentice_id=1, city_id="leeds", start=date(2025, 5, 5), end=date(2025, 5, 1)),
            "end: 2025-05-01",
        ),
        (
            Stay(apprentice_id=1, city_id="leeds", start=date(2025, 5, 5), funding="lottery"),
            "funding: unknown funding route 'lottery'",
        ),
        (Stay(apprentice_id=1, city_id=" ", start=date(2025, 5, 5)), "city_id"),
    ],
)
def test_bad_stays_name_the_field(stay: Stay, field: str) -> None:
    with pytest.raises(RecordError, match=field):
        stay.validated()


def test_consent_without_a_report_is_no_consent() -> None:
    stay = Stay(
        apprentice_id=1,
        city_id="leeds",
        start=date(2025, 5, 5),
        report="  ",
        report_consent=True,
        report_consent_date=date(2025, 5, 6),
    ).validated()
    assert (stay.report_consent, stay.report_consent_date) == (False, None)
