"""Built application: size, build time, ``--version`` and start-up against a bare window.

Not a unit test. ``python tests/benchmarks/build_size_startup.py`` (from the repository):

1. Builds ``dist/partnerdesk`` with ``build.spec`` unless it exists (``--rebuild`` forces,
   ``--dist-dir`` measures another folder) and reports the build time.
2. Reports the one-folder size and, with ``--onefile``, builds the one-file variant into a
   temporary folder and reports its size and start-up.
3. Runs the built binary with ``--version`` and checks it against ``partnerdesk/__init__.py``.
4. Builds a bare PySide6 window (QMainWindow with one label, quitting after its first paint)
   with the same spec - same excludes, Qt plugin and library filters, strip - via
   ``PARTNERDESK_BENCH_BARE_WINDOW``, then times whole processes to first paint, alternating
   app and bare, offscreen: median of ``--runs`` (default 9). The app runs with
   ``--quit-after-show`` on a temporary PARTNERDESK_HOME prepared like a second start
   (database migrated and seeded, city snapshot written) and warmed by one untimed run.

Targets (issue 7): one folder <= 130 MB, one file <= 60 MB, start-up ratio <= 1.5.
``--strict`` exits 1 when a target is missed; by default the figures are only printed
(the machine is shared and noisy). Sizes are given in MB (10^6) and MiB (``du -sh``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYINSTALLER = Path(sys.executable).with_name("pyinstaller")
ONEDIR_TARGET_MB = 130.0
ONEFILE_TARGET_MB = 60.0
RATIO_TARGET = 1.5

# The same bare window and data-folder preparation as the checkout benchmark.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import BARE_WINDOW, PREPARE  # noqa: E402


def source_version() -> str:
    text = (ROOT / "partnerdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)', text, re.M)
    assert match, "no __version__"
    return match.group(1)


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_text(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


def pyinstaller(distpath: Path, workpath: Path, extra_env: dict[str, str]) -> float:
    """Run the spec; return the build time in seconds."""
    env = {**os.environ, **extra_env}
    started = time.perf_counter()
    subprocess.run(
        [
            str(PYINSTALLER),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(distpath),
            "--workpath",
            str(workpath),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def timed_run(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited {result.returncode}: {result.stderr[-500:]}")
    return elapsed


def offscreen_env(home: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if home is not None:
        env["PARTNERDESK_HOME"] = str(home)
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "dist" / "partnerdesk")
    parser.add_argument("--rebuild", action="store_true", help="build even if --dist-dir exists")
    parser.add_argument("--onefile", action="store_true", help="also build and measure one file")
    parser.add_argument("--runs", type=int, default=9, help="timed start-ups each (>= 7)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    missed: list[str] = []
    work = Path(tempfile.mkdtemp(prefix="partnerdesk-bench-"))
    try:
        dist_dir: Path = args.dist_dir.resolve()
        if args.rebuild or not dist_dir.exists():
            if dist_dir != (ROOT / "dist" / "partnerdesk").resolve():
                parser.error("--rebuild builds dist/partnerdesk only")
            seconds = pyinstaller(ROOT / "dist", ROOT / "build", {})
            print(f"build (one folder, --clean): {seconds:.1f} s")
        binary = dist_dir / ("partnerdesk.exe" if sys.platform == "win32" else "partnerdesk")

        size = folder_size(dist_dir)
        print(f"one-folder size: {size_text(size)}  (target <= {ONEDIR_TARGET_MB:.0f} MB)")
        if size / 1e6 > ONEDIR_TARGET_MB:
            missed.append("one-folder size")

        shown = subprocess.run(
            [str(binary), "--version"], capture_output=True, text=True, check=True
        ).stdout.strip()
        expected = f"PartnerDesk {source_version()}"
        verdict = "matches" if shown == expected else f"EXPECTED {expected!r}"
        print(f"--version: {shown!r} ({verdict})")
        if shown != expected:
            missed.append("--version")

        onefile_binary = None
        if args.onefile:
            seconds = pyinstaller(
                work / "onefile", work / "build-onefile", {"PARTNERDESK_ONEFILE": "1"}
            )
            onefile_binary = work / "onefile" / binary.name
            onefile_size = folder_size(onefile_binary)
            print(f"build (one file): {seconds:.1f} s")
            print(
                f"one-file size: {size_text(onefile_size)}  (target <= {ONEFILE_TARGET_MB:.0f} MB)"
            )
            if onefile_size / 1e6 > ONEFILE_TARGET_MB:
                missed.append("one-file size")

        script = work / "bare_window.py"
        script.write_text(BARE_WINDOW, encoding="utf-8")
        seconds = pyinstaller(
            work / "bare", work / "build-bare", {"PARTNERDESK_BENCH_BARE_WINDOW": str(script)}
        )
        bare_dir = work / "bare" / "bare"
        bare_binary = bare_dir / binary.name.replace("partnerdesk", "bare")
        print(f"bare window build: {seconds:.1f} s, size {size_text(folder_size(bare_dir))}")

        home = work / "home"
        subprocess.run(
            [sys.executable, "-c", PREPARE], cwd=ROOT, check=True, env=offscreen_env(home)
        )
        app_argv = [str(binary), "--quit-after-show"]
        timed_run(app_argv, offscreen_env(home))  # warm the page cache, settle the home
        timed_run([str(bare_binary)], offscreen_env())
        runs = max(args.runs, 7)
        app_times, bare_times = [], []
        for _ in range(runs):
            bare_times.append(timed_run([str(bare_binary)], offscreen_env()))
            app_times.append(timed_run(app_argv, offscreen_env(home)))
        app_median = statistics.median(app_times)
        bare_median = statistics.median(bare_times)
        ratio = app_median / bare_median
        print(
            f"start-up to first paint, offscreen, median of {runs}: "
            f"app {app_median * 1000:.0f} ms (min {min(app_times) * 1000:.0f}), "
            f"bare window {bare_median * 1000:.0f} ms (min {min(bare_times) * 1000:.0f}), "
            f"ratio {ratio:.2f}  (target <= {RATIO_TARGET})"
        )
        if ratio > RATIO_TARGET:
            missed.append("start-up ratio")
        if onefile_binary is not None:
            onefile_times = [
                timed_run([str(onefile_binary), "--quit-after-show"], offscreen_env(home))
                for _ in range(3)
            ]
            median_ms = statistics.median(onefile_times) * 1000
            print(
                f"one-file start-up, median of 3: {median_ms:.0f} ms "
                "(unpacks itself on every start)"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if missed:
        print(f"missed targets: {', '.join(missed)}")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
