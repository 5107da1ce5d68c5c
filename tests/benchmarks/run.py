"""``make bench``: run every benchmark script in this folder, one process each.

Each ``*.py`` here except this file is a stand-alone script that prints its figures (and
compares them with a baseline measured in the same run, because the machine is shared and
noisy). The exit code is non-zero if any script fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def scripts() -> list[Path]:
    return sorted(
        p
        for p in HERE.glob("*.py")
        if p.name not in {"run.py", "__init__.py"} and not p.name.startswith("_")
    )


def main(argv: list[str]) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = [p for p in scripts() if not argv or p.stem in argv]
    failed = []
    for script in chosen:
        print(f"== {script.name}", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env)
        print(
            f"== {script.name}: exit {result.returncode} ({time.perf_counter() - started:.1f} s)\n",
            flush=True,
        )
        if result.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
