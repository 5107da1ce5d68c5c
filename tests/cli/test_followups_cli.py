"""``partnerdesk followups``: table, JSON, filters and a calendar file that re-imports cleanly."""

from __future__ import annotations

import json
from datetime import date, timedelta

import icalendar
import pytest
from cli.test_cli import run_cli

from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import open_app_store

TODAY = date.today()


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTNERDESK_HOME", str(tmp_path))
    store = open_app_store()
    try:
        repo = ApprenticeRepository(store.sessions)
        ayse = repo.save(Apprentice(display_name="Ayşe Yılmaz"))
        tom = repo.save(Apprentice(display_name="Tom Becker"))
        repo.save_talk(
            Talk(
                apprentice_id=ayse,
                held_on=TODAY - timedelta(days=20),
                advisor="Frau Weber",
                next_steps=(
                    NextStep(
                        "Sprachkurs anmelden", owner="Ayşe", due_date=TODAY - timedelta(days=2)
                    ),
                    NextStep("Erledigt", due_date=TODAY - timedelta(days=9), done=True),
                    NextStep(
                        "Praktikumsplatz anfragen, Leeds", due_date=TODAY + timedelta(days=30)
                    ),
                    NextStep("Irgendwann klären"),
                ),
            )
        )
        repo.save_talk(
            Talk(
                apprentice_id=tom,
                held_on=TODAY,
                advisor="Herr Kaya",
                next_steps=(NextStep("Förderantrag stellen", due_date=TODAY + timedelta(days=3)),),
            )
        )
    finally:
        store.close()
    return tmp_path


def test_table_lists_open_steps_overdue_first(home):
    result = run_cli("followups", home=home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["Fällig", "Schritt"]
    assert "Sprachkurs anmelden" in lines[1] and "(überfällig)" in lines[1]
    assert "Förderantrag stellen" in lines[2]
    assert "Irgendwann klären" in lines[4]
    assert "Erledigt" not in result.stdout


def test_json_with_advisor_and_due_before(home):
    cutoff = (TODAY + timedelta(days=10)).isoformat()
    result = run_cli(
        "followups", "--advisor", "frau weber", "--due-before", cutoff, "--json", home=home
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [i["text"] for i in data["followups"]] == ["Sprachkurs anmelden"]
    assert data["followups"][0]["urgency"] == "overdue"
    assert data["followups"][0]["apprentice"]["name"] == "Ayşe Yılmaz"


def test_ics_parses_and_a_second_export_keeps_the_uids(home, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    result = run_cli("followups", "--ics", str(first), home=home)
    assert result.returncode == 0, result.stderr
    assert "3 Termine geschrieben" in result.stdout
    result = run_cli("followups", "--ics", str(second), "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    cals = [icalendar.Calendar.from_ical(p.read_bytes()) for p in (first, second)]
    events = [list(c.walk("VEVENT")) for c in cals]
    assert len(events[0]) == 3
    assert [str(e["UID"]) for e in events[0]] == [str(e["UID"]) for e in events[1]]
    assert {e.decoded("DTSTART") for e in events[0]} == {
        TODAY - timedelta(days=2),
        TODAY + timedelta(days=3),
        TODAY + timedelta(days=30),
    }
    assert str(events[0][1]["SUMMARY"]) == "Förderantrag stellen"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--due-before", "15.01.2027"), "--due-before '15.01.2027'"),
        (("--ics", "out.txt"), "must end in .ics"),
        (("--ics", "/nonexistent/x.ics"), "does not exist"),
    ],
)
def test_bad_arguments_name_the_value(home, args, needle):
    result = run_cli("followups", *args, home=home)
    assert result.returncode == 2
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
