"""Helpers for the security regression tests (imported as ``security.helpers``)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    stdin: int | None = subprocess.DEVNULL,
    preexec_fn: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """``python -m partnerdesk ARGS`` in a child with this test's data folder."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", *args],
        env=full_env,
        capture_output=True,
        timeout=timeout,
        stdin=stdin,
        cwd=ROOT,
        preexec_fn=preexec_fn,
    )


def cli(args: list[str]) -> int:
    """``partnerdesk ARGS`` in this process; argparse's exit (code 2) becomes a return code."""
    from partnerdesk.cli.main import run

    try:
        return run(args)
    except SystemExit as exc:
        return int(exc.code or 0)
