"""``partnerdesk selftest`` from the checkout: every check passes, one line each.

Runs the real command in a subprocess (offscreen), as CI runs it on the built app, so a
check that only works inside the test process (pytest's QApplication, conftest's
environment) cannot pass here by accident.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from partnerdesk.selftest import CHECKS

ROOT = Path(__file__).resolve().parents[2]


def run_selftest(home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PARTNERDESK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", "selftest"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_selftest_passes_with_one_line_per_check(tmp_path):
    home = tmp_path / "home"
    result = run_selftest(home)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    names = [name for name, _ in CHECKS]
    assert len(lines) == len(names) + 1
    for line, name in zip(lines, names, strict=False):
        assert line.startswith(f"ok   {name}"), line
    assert lines[-1] == f"selftest: all {len(names)} checks ok"
    assert any("fonts (5 files, 3 families" in line for line in lines)
    assert any("data pack (11 cities" in line for line in lines)
    # The user's data folder is left alone: the checks ran in a temporary one.
    assert not home.exists()


def test_selftest_names_first_failing_check(tmp_path, monkeypatch):
    from io import StringIO

    import partnerdesk.selftest as selftest

    def broken(ctx):
        raise selftest.CheckFailed("no glyphs")

    monkeypatch.setattr(
        selftest,
        "CHECKS",
        (("version", selftest.check_version), ("fonts", broken), ("help", broken)),
    )
    out = StringIO()
    assert selftest.run_selftest(out=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ok   version")
    assert lines[1] == "FAIL fonts: no glyphs"
    assert lines[-1].startswith("selftest: FAILED – first failing check: fonts")
    assert os.environ["PARTNERDESK_HOME"] != ""  # restored for the rest of the test
