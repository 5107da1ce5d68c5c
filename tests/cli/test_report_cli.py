"""``partnerdesk report``: writes the PDF record; bad arguments give one line, exit 2, no file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROFILE = ["--interest", "kultur=3", "--interest", "jugend=2", "--language", "fr=B1",
           "--language", "en=B2", "--weeks", "4"]


def run_cli(*args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PARTNERDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "partnerdesk", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120, check=False)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("report-home")


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_report_writes_the_record(home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text('Erste Zeile <b>nicht fett</b>\n<a href="x">y</a>\n', encoding="utf-8")
    out = tmp_path / "Protokoll.pdf"
    result = run_cli("report", *PROFILE, "--name", "Zeynep Yılmaz", "--advisor", "A. Schmidt",
                     "--notes-file", str(notes), "--out", str(out), home=home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF")
    assert {p.name for p in tmp_path.iterdir()} == {"notes.txt", "Protokoll.pdf"}
    text = pdf_text(out)
    assert "Zeynep Yılmaz" in text and "A. Schmidt" in text
    assert "<b>nicht fett</b>" in text and '<a href="x">y</a>' in text
    assert "1. Amiens" in text
    assert "Seite 1 von" in text
    assert b"/URI" not in out.read_bytes()


def test_report_in_english(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "record.PDF"
    result = run_cli("--lang", "en", "report", *PROFILE, "--name", "Max", "--out", str(out),
                     home=home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Counselling record" in text and "Page 1 of" in text


@pytest.mark.parametrize(("args", "named"), [
    (["--out", "x.pdf"], "--name"),
    (["--name", " ", "--out", "x.pdf"], "--name"),
    (["--name", "M", "--out", "x.txt"], "x.txt"),
    (["--name", "M"], "--out"),
    (["--name", "M", "--out", "missing/x.pdf"], "missing"),
    (["--name", "M", "--notes-file", "nope.txt", "--out", "x.pdf"], "nope.txt"),
    (["--name", "M", "--notes-file", "latin1.txt", "--out", "x.pdf"], "latin1.txt"),
    (["--name", "M", "--interest", "kultur=7", "--out", "x.pdf"], "kultur"),
    (["--name", "M", "--language", "xx=B1", "--out", "x.pdf"], "xx"),
    (["--name", "M", "--weeks", "99", "--out", "x.pdf"], "99"),
    (["--name", "M", "--independence", "0", "--out", "x.pdf"], "independence"),
])
def test_bad_arguments_one_line_exit_2_no_file(
    home: Path, tmp_path: Path, args: list[str], named: str
) -> None:
    (tmp_path / "latin1.txt").write_bytes("Größe".encode("latin-1"))
    result = run_cli("report", *args, home=home, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert named in lines[0]
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.rglob("*.pdf"))
    assert not list(tmp_path.rglob("*.part"))
