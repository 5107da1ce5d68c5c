"""Items 6 and 14: the command line in any console encoding, and with hostile arguments."""

from __future__ import annotations

import json
import os
import time

import pytest
from security.helpers import cli, run_cli

from partnerdesk.cli.report import MAX_NOTES_BYTES


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_cities_work_on_a_console_that_is_not_utf8(encoding: str) -> None:
    env = {"PYTHONIOENCODING": encoding, "PYTHONUTF8": "0", "LC_ALL": "C"}
    text = run_cli("cities", env=env)
    assert text.returncode == 0, text.stderr.decode()
    assert b"Schytomyr" in text.stdout or b"Zhytomyr" in text.stdout
    raw = run_cli("cities", "--json", env=env)
    assert raw.returncode == 0, raw.stderr.decode()
    data = json.loads(raw.stdout.decode("ascii"))
    assert "Житомир" in {city["name_local"] for city in data["cities"]}


def _report(*extra: str, out: str) -> list[str]:
    return ["report", "--name", "Test", "--interest", "kultur=3", "--out", out, *extra]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_notes_file_that_never_ends_is_refused(tmp_path) -> None:
    # In a child with a memory cap: reading /dev/zero used to end in MemoryError, or in the
    # kernel's OOM killer taking the whole test run with it.
    import resource

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    started = time.monotonic()
    result = run_cli(
        *_report("--notes-file", "/dev/zero", out=str(tmp_path / "r.pdf")),
        timeout=60,
        preexec_fn=cap,
    )
    assert result.returncode == 2 and b"not a regular file" in result.stderr
    assert time.monotonic() - started < 30


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_notes_file_fifo_does_not_hang(tmp_path) -> None:
    fifo = tmp_path / "notes"
    os.mkfifo(fifo)
    result = run_cli(*_report("--notes-file", str(fifo), out=str(tmp_path / "r.pdf")), timeout=30)
    assert result.returncode == 2 and b"not a regular file" in result.stderr


def test_huge_notes_file_is_refused(tmp_path, capsys) -> None:
    big = tmp_path / "notes.txt"
    big.write_bytes(b"a" * (MAX_NOTES_BYTES + 1))  # notes may have up to 1 MB
    assert cli(_report("--notes-file", str(big), out=str(tmp_path / "r.pdf"))) == 2
    assert f"at most {MAX_NOTES_BYTES}" in capsys.readouterr().err


@pytest.mark.parametrize("option", [["--weeks"], ["--structure"], ["--independence"]])
def test_long_bad_value_is_shortened(option: list[str], capsys) -> None:
    assert cli(["match", *option, "9" * 100_000]) == 2
    err = capsys.readouterr().err
    assert len(err) < 600 and "characters" in err and err.count("\n") == 1


def test_long_unknown_theme_is_shortened(capsys) -> None:
    assert cli(["match", "--interest", "x" * 100_000 + "=3"]) == 2
    assert len(capsys.readouterr().err) < 600


@pytest.mark.parametrize("digits", ["٤", "４", "²", "৪"])
def test_non_ascii_digits_are_refused(digits: str, capsys) -> None:
    assert cli(["match", "--weeks", digits]) == 2
    assert "weeks" in capsys.readouterr().err
    assert cli(["match", "--weight", f"themes=0.{digits}"]) == 2


def test_restore_with_a_very_long_name_is_a_usage_error(capsys) -> None:
    assert cli(["db", "restore", "a" * 5000 + ".sqlite3"]) == 2
    err = capsys.readouterr().err
    assert "FILE" in err and len(err) < 600
