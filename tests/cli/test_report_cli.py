"""``partnerdesk report``: writes the PDF record; bad arguments give one line, exit 2, no file."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROFILE = [
    "--interest",
    "kultur=3",
    "--interest",
    "jugend=2",
    "--language",
    "fr=B1",
    "--language",
    "en=B2",
    "--weeks",
    "4",
]

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is installed by .ci/run"
)


def run_cli(*args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PARTNERDESK_HOME=str(home))
    env.pop("QT_QPA_PLATFORM", None)  # report needs no Qt platform at all
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("report-home")


def pages(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [re.sub(r"\s+", " ", p) for p in out.split("\f")]


def test_report_writes_the_agreement(home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text('Erste Zeile <b>nicht fett</b>\n<a href="x">y</a>\n', encoding="utf-8")
    out = tmp_path / "Protokoll.pdf"
    result = run_cli(
        "report",
        *PROFILE,
        "--name",
        "Zeynep Yılmaz",
        "--advisor",
        "A. Schmidt",
        "--occupation",
        "Verwaltungsfachangestellte",
        "--year",
        "2",
        "--city",
        "amiens",
        "--city",
        "leeds",
        "--step",
        "Reisepass beantragen;Azubi;2026-12-20",
        "--step",
        "Kontakt nach Amiens;Team INA",
        "--step",
        "Sprachkurs suchen",
        "--consent",
        "--notes-file",
        str(notes),
        "--out",
        str(out),
        home=home,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    assert {p.name for p in tmp_path.iterdir()} == {"notes.txt", "Protokoll.pdf"}
    first, *rest = pages(out)
    for text in (
        "Zeynep Yılmaz",
        "A. Schmidt",
        "Verwaltungsfachangestellte, 2. Ausbildungsjahr",
        "Amiens",
        "Leeds",
        "Machbarkeit",
        "Reisepass beantragen Azubi 20.12.2026 offen",
        "Kontakt nach Amiens",
        "Sprachkurs suchen",
        "Seite 1 von",
    ):
        assert text in first, text  # a step given on the command line is on page 1
    assert "Keine Schritte vereinbart" not in first and "nicht erfasst" not in first
    assert re.search(r"Protokoll-Nr\. \d{4}-\d{4}", first)
    later = " ".join(rest)
    assert "<b>nicht fett</b>" in later and '<a href="x">y</a>' in later
    assert "1. Amiens" in later
    assert b"/URI" not in out.read_bytes()


def test_numbers_are_unique_and_sequential(home: Path, tmp_path: Path) -> None:
    numbers = []
    for i in range(3):
        out = tmp_path / f"r{i}.pdf"
        result = run_cli("report", "--name", "Max", "--out", str(out), home=home, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        found = re.search(r"Protokoll-Nr\. (\d{4})-(\d{4})", pages(out)[0])
        assert found is not None
        numbers.append((int(found.group(1)), int(found.group(2))))
    assert numbers[1][1] == numbers[0][1] + 1 and numbers[2][1] == numbers[1][1] + 1
    assert len({n for n in numbers}) == 3


@pytest.mark.parametrize("before", [True, False])
def test_lang_before_and_after_the_command(home: Path, tmp_path: Path, before: bool) -> None:
    out = tmp_path / "record.PDF"
    args = (
        ["--lang", "en", "report", *PROFILE, "--name", "Max", "--out", str(out)]
        if before
        else ["report", *PROFILE, "--name", "Max", "--out", str(out), "--lang", "en"]
    )
    result = run_cli(*args, home=home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = " ".join(pages(out))
    assert "Counselling record" in text and "Page 1 of" in text
    assert "French (B1)" in text  # --language still works beside --lang


def test_existing_out_is_refused_unless_force(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    out.write_bytes(b"keep")
    result = run_cli("report", "--name", "M", "--out", str(out), home=home, cwd=tmp_path)
    assert result.returncode == 2 and "exists" in result.stderr and "--force" in result.stderr
    assert out.read_bytes() == b"keep"
    result = run_cli("report", "--name", "M", "--force", "--out", str(out), home=home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_report_of_a_stored_talk(home: Path, tmp_path: Path) -> None:
    from datetime import date

    from partnerdesk.core.counselling import Apprentice, NextStep, Talk
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.bootstrap import open_app_store

    store = open_app_store(home / "partnerdesk.sqlite3")
    try:
        repo = ApprenticeRepository(store.sessions)
        aid = repo.save(
            Apprentice(
                display_name="Jana Öztürk",
                occupation="Stadtsekretärin",
                training_year=3,
                consent_date=date(2026, 11, 2),
                deletion_date=date(2028, 11, 2),
            )
        )
        talk_id = repo.save_talk(
            Talk(
                apprentice_id=aid,
                held_on=date(2026, 11, 20),
                advisor="C. Lawrence",
                notes="Gespräch gespeichert",
                chosen_cities=("leeds",),
                next_steps=(NextStep("Pass beantragen", None, "Azubi", date(2026, 12, 1)),),
            )
        )
    finally:
        store.close()
    out = tmp_path / "talk.pdf"
    result = run_cli("report", "--talk", str(talk_id), "--out", str(out), home=home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    first = pages(out)[0]
    for text in (
        "Jana Öztürk",
        "Stadtsekretärin, 3. Ausbildungsjahr",
        "C. Lawrence",
        "20.11.2026",
        "Leeds",
        "Pass beantragen Azubi 01.12.2026 offen",
        "Löschung am 02.11.2028",
    ):
        assert text in first, text
    result = run_cli(
        "report", "--talk", "99999", "--out", str(tmp_path / "n.pdf"), home=home, cwd=tmp_path
    )
    assert result.returncode == 2 and "--talk 99999" in result.stderr


def test_report_does_not_import_qt(home: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from partnerdesk.cli.main import run\n"
        f"code = run(['report', '--name', 'Max', '--out', {str(tmp_path / 'q.pdf')!r}])\n"
        "assert code == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 imported'\n"
    )
    env = dict(os.environ, PARTNERDESK_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "q.pdf").exists()
    # With the city cache in place the command needs neither Qt nor SQLAlchemy.
    code = code.replace("q.pdf", "q2.pdf").replace(
        "'PySide6 imported'",
        "'PySide6 imported'\nassert 'sqlalchemy' not in sys.modules, 'quick path not taken'",
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "q2.pdf").exists()


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--out", "x.pdf"], "--name"),
        (["--name", " ", "--out", "x.pdf"], "--name"),
        (["--name", "\u200b\u202e\x01", "--out", "x.pdf"], "--name"),
        (["--name", "M", "--out", "x.txt"], "x.txt"),
        (["--name", "M"], "--out"),
        (["--name", "M", "--out", "missing/x.pdf"], "missing"),
        (["--name", "M", "--notes-file", "nope.txt", "--out", "x.pdf"], "nope.txt"),
        (["--name", "M", "--notes-file", "latin1.txt", "--out", "x.pdf"], "latin1.txt"),
        (["--name", "M", "--notes-file", "big.txt", "--out", "x.pdf"], "big.txt"),
        (["--name", "M", "--notes-file", "/dev/zero", "--out", "x.pdf"], "/dev/zero"),
        (["--name", "M", "--notes-file", "fifo", "--out", "x.pdf"], "fifo"),
        (["--name", "M", "--notes-file", "folder", "--out", "x.pdf"], "folder"),
        (["--name", "M", "--interest", "kultur=7", "--out", "x.pdf"], "kultur"),
        (["--name", "M", "--language", "xx=B1", "--out", "x.pdf"], "xx"),
        (["--name", "M", "--weeks", "99", "--out", "x.pdf"], "99"),
        (["--name", "M", "--independence", "0", "--out", "x.pdf"], "independence"),
        (["--name", "M", "--year", "7", "--out", "x.pdf"], "--year"),
        (["--name", "M", "--city", "paris", "--out", "x.pdf"], "paris"),
        (["--name", "M", "--step", ";Azubi", "--out", "x.pdf"], "--step"),
        (["--name", "M", "--step", "a;b;2026-13-01", "--out", "x.pdf"], "2026-13-01"),
        (["--name", "M", "--step", "a;b;c;d", "--out", "x.pdf"], "--step"),
        (["--name", "M", "--lang", "fr", "--out", "x.pdf"], "--lang"),
        (["--talk", "abc", "--out", "x.pdf"], "--talk"),
        (["--talk", "1", "--name", "M", "--out", "x.pdf"], "--name"),
    ],
)
def test_bad_arguments_one_line_exit_2_no_file(
    home: Path, tmp_path: Path, args: list[str], named: str
) -> None:
    (tmp_path / "latin1.txt").write_bytes("Größe".encode("latin-1"))
    (tmp_path / "big.txt").write_bytes(b"a" * (1024 * 1024 + 1))
    (tmp_path / "folder").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo")
    result = run_cli("report", *args, home=home, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert named in lines[0]
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.rglob("*.pdf"))
    assert not list(tmp_path.rglob("*.part"))


def test_quick_path_follows_city_edits(tmp_path: Path) -> None:
    import dataclasses

    from partnerdesk.store.bootstrap import open_app_store

    home = tmp_path / "home"
    home.mkdir()
    first = run_cli(
        "report",
        "--name",
        "M",
        "--city",
        "amiens",
        "--out",
        str(tmp_path / "a.pdf"),
        home=home,
        cwd=tmp_path,
    )
    assert first.returncode == 0, first.stderr
    assert (home / "report-cities.json").is_file()  # written by the full path
    store = open_app_store(home / "partnerdesk.sqlite3")
    try:
        amiens = store.cities.city("amiens")
        store.cities.update_city(dataclasses.replace(amiens, name_de="Amiens-Geändert"), "Test")
    finally:
        store.close()
    again = run_cli(
        "report",
        "--name",
        "M",
        "--city",
        "amiens",
        "--out",
        str(tmp_path / "b.pdf"),
        home=home,
        cwd=tmp_path,
    )
    assert again.returncode == 0, again.stderr
    assert "Amiens-Geändert" in pages(tmp_path / "b.pdf")[0]  # the stale cache was not used
    third = run_cli(
        "report",
        "--name",
        "M",
        "--city",
        "amiens",
        "--out",
        str(tmp_path / "c.pdf"),
        home=home,
        cwd=tmp_path,
    )
    assert third.returncode == 0, third.stderr
    numbers = [
        re.search(r"Protokoll-Nr\. (\d{4}-\d{4})", pages(tmp_path / f"{n}.pdf")[0]) for n in "abc"
    ]
    assert [m.group(1)[-4:] for m in numbers if m] == ["0001", "0002", "0003"]
    assert "Amiens-Geändert" in pages(tmp_path / "c.pdf")[0]
