"""The command-line contract (DESIGN.md "Command line", docs/cli.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from factories import CITY_IDS

from partnerdesk import __version__
from partnerdesk.core.datapack import load_shipped_pack

IDS = CITY_IDS


def run_cli(*args: str, home) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PARTNERDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("cli-home")


def test_version(home):
    result = run_cli("--version", home=home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"PartnerDesk {__version__}"


def test_cities_json_lists_the_eleven_partnerships(home):
    result = run_cli("cities", "--json", home=home)
    assert result.returncode == 0, result.stderr
    cities = json.loads(result.stdout)["cities"]
    assert [c["id"] for c in cities] == IDS
    by_id = {c["id"]: c for c in cities}
    assert {k: by_id[k]["since"] for k in IDS} == {
        "amiens": 1960,
        "leeds": 1969,
        "rostov": 1977,
        "buffalo": 1978,
        "netanya": 1981,
        "novi-sad": 1982,
        "zwickau": 1988,
        "xian": 1992,
        "trabzon": 2014,
        "kumasi": 2024,
        "zhytomyr": 2025,
    }
    assert by_id["rostov"]["status"] == "paused"
    assert "2022" in by_id["rostov"]["status_reason"]
    assert by_id["zhytomyr"]["status"] == "restricted"
    assert by_id["zhytomyr"]["name_local"] == "Житомир"
    assert all(c["status"] == "active" for k, c in by_id.items() if k not in {"rostov", "zhytomyr"})
    assert by_id["amiens"]["projects"]
    # the database was created in the given home, not in the user's data dir
    assert (home / "partnerdesk.sqlite3").exists()


def test_cities_table_is_readable(home):
    result = run_cli("cities", home=home)
    assert result.returncode == 0
    assert "Schytomyr (Житомир)" in result.stdout
    assert "ruhend" in result.stdout
    english = run_cli("--lang", "en", "cities", home=home)
    assert "paused" in english.stdout


def test_match_json_shape_and_order(home):
    result = run_cli(
        "match",
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
        "--json",
        home=home,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    ranking = data["ranking"]
    assert {r["city"] for r in ranking} | {x["city"] for x in data["excluded"]} == set(IDS)
    assert [x["city"] for x in data["excluded"]] == ["rostov"]
    # All feasible cities by score, then all limited ones by score.
    levels = [r["feasibility"]["level"] for r in ranking]
    assert levels == sorted(levels, key=lambda level: level != "ok")
    for level in ("ok", "limited"):
        scores = [r["score"] for r in ranking if r["feasibility"]["level"] == level]
        assert scores == sorted(scores, reverse=True)
    assert isinstance(data["warnings"], list)
    for r in ranking:
        assert r["headline"] and r["feasibility"]["reasons"]
        assert set(r["criteria"]) == {"themes", "language", "structure", "time", "support"}
        assert 0 <= r["score"] <= 100
        assert sum(r["contributions"].values()) == pytest.approx(r["score"], abs=0.05)
    assert ranking[0]["city"] == "amiens"  # culture + youth focus, French B1, EU
    assert next(r for r in ranking if r["city"] == "zhytomyr")["status"] == "restricted"


def test_match_abroad_only_excludes_zwickau(home):
    data = json.loads(run_cli("match", "--abroad-only", "--json", home=home).stdout)
    assert "zwickau" in {x["city"] for x in data["excluded"]}
    assert "zwickau" not in {r["city"] for r in data["ranking"]}


def test_match_table(home):
    result = run_cli("match", "--interest", "sport=3", "--language", "en=B2", home=home)
    assert result.returncode == 0
    assert "Nicht gerankt" in result.stdout
    assert "Rostow" in result.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["match", "--interest", "sprt=2"], "'sprt'"),
        (["match", "--interest", "kultur=7"], "kultur='7'"),
        (["match", "--interest", "kultur"], "'kultur'"),
        (["match", "--language", "fr=Z9"], "'Z9'"),
        (["match", "--language", "xx=B1"], "'xx'"),
        (["match", "--weeks", "-3"], "'-3'"),
        (["match", "--weeks", "vier"], "'vier'"),
        (["match", "--independence", "9"], "'9'"),
        (["match", "--structure", "4"], "'4'"),
        (["match", "--weight", "themes=2"], "themes='2'"),
        (["match", "--weight", "luck=0.5"], "'luck'"),
        (
            [
                "match",
                "--weight",
                "themes=0",
                "--weight",
                "language=0",
                "--weight",
                "structure=0",
                "--weight",
                "time=0",
                "--weight",
                "support=0",
            ],
            "weights",
        ),
        (["cities", "--xml"], "--xml"),
        (["frobnicate"], "'frobnicate'"),
    ],
)
def test_bad_input_is_one_line_exit_2(home, args, needle):
    result = run_cli(*args, home=home)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_python_m_and_console_script_agree(home):
    script = os.path.join(os.path.dirname(sys.executable), "partnerdesk")
    if not os.path.exists(script):
        pytest.fail("console script 'partnerdesk' is not installed in the test environment")
    env = dict(os.environ, PARTNERDESK_HOME=str(home))
    out = subprocess.run(
        [script, "cities", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    ).stdout
    assert json.loads(out) == json.loads(run_cli("cities", "--json", home=home).stdout)


def test_cli_data_matches_shipped_pack(home):
    cities = json.loads(run_cli("cities", "--json", home=home).stdout)["cities"]
    pack = load_shipped_pack()
    for city, shipped in zip(cities, pack.cities, strict=True):
        assert city["projects"] == [p.title for p in shipped.projects]


def test_report_works_without_a_display(tmp_path):
    """Scripts run `partnerdesk report` on servers and over SSH: no screen, no platform set."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    env["PARTNERDESK_HOME"] = str(tmp_path / "home")
    out = tmp_path / "r.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "partnerdesk",
            "report",
            "--interest",
            "kultur=3",
            "--name",
            "Ayşe Yılmaz",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
