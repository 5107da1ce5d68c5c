"""Auskunft (access) and erasure for one apprentice: complete export, 100 % of rows removed,
log lines without content."""

from __future__ import annotations

import json
import logging
from datetime import date

import pytest
from sqlalchemy import func, select, text

from partnerdesk.core import auskunft as a
from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.core.domain import Profile
from partnerdesk.core.stays import Stay
from partnerdesk.store import models as m
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.handovers import HandoverRepository
from partnerdesk.store.stays import StayRepository

pytestmark = pytest.mark.both_dialects  # also on PostgreSQL when configured

NAME = "Zeynep Auskunft-Testperson"


def populate(sessions) -> tuple[ApprenticeRepository, int, int, str]:
    repo = ApprenticeRepository(sessions)
    other = repo.save(Apprentice(display_name="Andere Person"))
    repo.save_talk(
        Talk(
            apprentice_id=other,
            held_on=date(2026, 2, 2),
            notes="bleibt",
            next_steps=(NextStep(text="bleibt auch"),),
        )
    )
    aid = repo.save(
        Apprentice(
            display_name=NAME,
            occupation="Stadtsekretärin",
            training_year=2,
            consent_date=date(2026, 1, 10),
            deletion_date=date(2028, 1, 10),
        )
    )
    repo.save_profile(aid, Profile(interests={"kultur": 3}, weeks=5))
    for day in (3, 4):
        repo.save_talk(
            Talk(
                apprentice_id=aid,
                held_on=date(2026, 3, day),
                advisor="Herr Roth",
                notes=f"Notiz {day}",
                chosen_cities=("amiens",),
                next_steps=(
                    NextStep(text=f"Schritt {day}", offer_key="unterkunft"),
                    NextStep(text="Sprachkurs", done=True),
                ),
            )
        )
    StayRepository(sessions).save(
        Stay(
            apprentice_id=aid,
            city_id="amiens",
            start=date(2026, 4, 1),
            host_name="Mairie Amiens",
            report="Bericht aus Amiens",
            report_consent=True,
        )
    )
    code, _ = HandoverRepository(sessions).create(Profile(weeks=8), {"ranking": []})
    HandoverRepository(sessions).attach(code, aid)
    return repo, aid, other, code


def rows_referring_to(sessions, aid: int) -> dict[str, int]:
    """Rows per table that belong to the apprentice, found from the schema's foreign keys."""
    counts: dict[str, int] = {}
    with sessions() as session:
        counts["apprentice"] = session.scalar(
            select(func.count()).select_from(m.Apprentice).where(m.Apprentice.id == aid)
        )
        for table in m.Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table.name == "apprentice":
                    counts[table.name] = session.scalar(
                        select(func.count()).select_from(table).where(fk.parent == aid)
                    )
        counts["next_step"] = session.scalar(
            text(
                "SELECT count(*) FROM next_step WHERE session_id IN "
                "(SELECT id FROM counselling_session WHERE apprentice_id = :a)"
            ),
            {"a": aid},
        )
        counts["experience_report"] = session.scalar(
            text(
                "SELECT count(*) FROM experience_report WHERE stay_id IN "
                "(SELECT id FROM stay WHERE apprentice_id = :a)"
            ),
            {"a": aid},
        )
    return counts


def test_export_holds_everything_about_the_person(database) -> None:
    repo, aid, _, code = populate(database[1])
    result = a.export_auskunft(repo, aid, today=date(2026, 5, 1))
    data = json.loads(result.to_json())
    assert data["format"] == "partnerdesk-auskunft" and data["created_on"] == "2026-05-01"
    assert data["apprentice"]["display_name"] == NAME
    assert data["apprentice"]["deletion_date"] == "2028-01-10"
    assert data["self_assessment"]["weeks"] == 8
    assert sorted(t["notes"] for t in data["talks"]) == ["Notiz 3", "Notiz 4"]
    assert all(len(t["next_steps"]) == 2 for t in data["talks"])
    assert [h["code"] for h in data["handovers"]] == [code.replace("-", "")]
    # Every row of the person is represented, and nobody else's data is in it.
    counts = rows_referring_to(database[1], aid)
    assert counts == {
        "apprentice": 1,
        "assessment": 1,
        "counselling_session": 2,
        "handover": 1,
        "next_step": 4,
        "stay": 1,
        "experience_report": 1,
    }
    assert data["stays"][0]["report"] == "Bericht aus Amiens"
    assert "bleibt" not in result.to_json() and "Andere Person" not in result.to_json()


def test_document_shows_every_section_and_value(database) -> None:
    import json as json_module

    from partnerdesk.report.auskunft_doc import auskunft_document

    repo, aid, _, _ = populate(database[1])
    markup = json_module.dumps(
        auskunft_document(a.export_auskunft(repo, aid), "de").blocks, ensure_ascii=False
    )
    for needle in (
        NAME,
        "Stadtsekretärin",
        "Notiz 3",
        "Schritt 4",
        "Sprachkurs",
        "Herr Roth",
        "Stammdaten",
        "Selbsteinschätzung",
        "Beratungsgespräche",
        "Übergaben",
        "Auslandsaufenthalte",
        "Bericht aus Amiens",
        "Mairie Amiens",
    ):
        assert needle in markup


def test_erasure_removes_every_row_and_leaves_others(database) -> None:
    repo, aid, other, _ = populate(database[1])
    a.erase(repo, aid)
    assert set(rows_referring_to(database[1], aid).values()) == {0}
    assert repo.talks(other)[0].open_steps == 1


def test_access_and_erasure_are_logged_without_content(database, caplog) -> None:
    repo, aid, _, _ = populate(database[1])
    with caplog.at_level(logging.INFO, logger="partnerdesk.privacy"):
        a.export_auskunft(repo, aid)
        a.erase(repo, aid)
    messages = [r.getMessage() for r in caplog.records if r.name == "partnerdesk.privacy"]
    assert messages == [
        f"Auskunft erteilt für Datensatz {aid}",
        f"Datensatz {aid} gelöscht (Löschung auf Antrag oder nach Frist)",
    ]
    logged = " ".join(messages) + " ".join(str(r.args) for r in caplog.records)
    for secret in (NAME, "Zeynep", "Notiz", "Stadtsekretärin"):
        assert secret not in logged


def test_json_file_is_written_atomically(database, tmp_path) -> None:
    repo, aid, _, _ = populate(database[1])
    out = tmp_path / "out"
    out.mkdir()
    target = out / "auskunft.json"
    a.write_auskunft_json(a.export_auskunft(repo, aid), target)
    assert json.loads(target.read_text(encoding="utf-8"))["apprentice"]["id"] == aid
    assert [p.name for p in out.iterdir()] == ["auskunft.json"]
