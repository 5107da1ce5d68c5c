"""Start-up benchmark: time to first paint with the city cards, and peak memory.

Measures in the same run, alternating, the median wall time of (a) a bare PySide6 process:
QApplication, a QMainWindow with one label, quit right after the first paint, and (b)
``python -m partnerdesk --quit-after-show`` with a prepared PARTNERDESK_HOME (database
migrated and seeded, snapshot written: the state after the first normal start). Both are
whole processes started the same way, offscreen. Peak memory is the child's ru_maxrss.
The CPU time of each child (user + system, from the same ``wait4``) is printed as a second
ratio: on a shared, busy machine wall times swing by a factor of two, CPU time far less.

Targets (issue 3): ratio <= 2.0 (aim 1.5), peak RSS < 150 MB. ``--strict`` makes a missed
target exit 1; by default the figures are only printed (the machine is shared and noisy).

``--instructions`` also runs each once under valgrind's callgrind and prints the machine
instructions of both and their ratio: a count that other processes on the machine do not
change, so the effect of one change can be measured on a busy machine (the instruction
ratio has been within ~0.05 of the time ratio measured on a quiet one).
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

RATIO_TARGET = 2.0
RATIO_AIM = 1.5
RSS_TARGET_MB = 150.0

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("PartnerDesk"))


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""

PREPARE = (
    "from partnerdesk.store.bootstrap import open_app_store\n"
    "from partnerdesk.store.snapshot import write_snapshot\n"
    "store = open_app_store()\n"
    "write_snapshot(store.cities.to_pack())\n"
    "store.close()\n"
)


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of one child process; raises if it fails."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    stderr = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.returncode != 0:
        raise RuntimeError(f"{argv} exited {child.returncode}: {stderr[-500:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # RSS: kB


def instructions(argv: list[str], env: dict[str, str]) -> int:
    """Machine instructions of one whole child process, counted by callgrind."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    match = re.search(r"Collected : (\d+)", result.stderr)
    if match is None:
        raise RuntimeError(f"no instruction count from callgrind: {result.stderr[-500:]}")
    return int(match.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each (median; >= 7)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions (valgrind)"
    )
    args = parser.parse_args(argv)
    if args.instructions and shutil.which("valgrind") is None:
        parser.error("--instructions needs valgrind (apt-get install valgrind)")

    with tempfile.TemporaryDirectory(prefix="partnerdesk-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERDESK_HOME=home)
        subprocess.run([sys.executable, "-c", PREPARE], env=env, check=True)
        # An installed or frozen PartnerDesk has its modules compiled, like PySide6 in
        # site-packages; a checkout under PYTHONDONTWRITEBYTECODE=1 would recompile ~35
        # modules on every run and measure the compiler, not the start-up.
        package = Path(__file__).resolve().parents[2] / "partnerdesk"
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
        bare = [sys.executable, "-c", BARE_WINDOW]
        app = [sys.executable, "-m", "partnerdesk", "--quit-after-show"]
        run_once(bare, env)  # warm the file cache for both before measuring
        run_once(app, env)
        bare_times, app_times, app_rss, bare_rss = [], [], [], []
        bare_cpu, app_cpu = [], []
        for _ in range(max(args.runs, 7)):
            seconds, rss, cpu = run_once(bare, env)
            bare_times.append(seconds)
            bare_rss.append(rss)
            bare_cpu.append(cpu)
            seconds, rss, cpu = run_once(app, env)
            app_times.append(seconds)
            app_rss.append(rss)
            app_cpu.append(cpu)
        counts = (instructions(bare, env), instructions(app, env)) if args.instructions else None

    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    ratio = app_median / bare_median
    peak = max(app_rss)
    runs = len(app_times)
    print(
        f"bare PySide6 window, first paint:       {bare_median * 1000:7.0f} ms "
        f"(median of {runs}; peak RSS {max(bare_rss):.0f} MB)"
    )
    print(
        f"partnerdesk --quit-after-show (cards):  {app_median * 1000:7.0f} ms "
        f"(median of {runs}; min {min(app_times) * 1000:.0f}, "
        f"max {max(app_times) * 1000:.0f})"
    )
    verdict = "OK" if ratio <= RATIO_TARGET else "MISSED"
    aim = "aim met" if ratio <= RATIO_AIM else f"aim {RATIO_AIM} not met"
    print(
        f"ratio:                                  {ratio:7.2f}x  "
        f"(target <= {RATIO_TARGET}: {verdict}; {aim})"
    )
    cpu_ratio = statistics.median(app_cpu) / statistics.median(bare_cpu)
    app_ms, bare_ms = statistics.median(app_cpu) * 1000, statistics.median(bare_cpu) * 1000
    print(
        f"CPU time (user+system), median:         {app_ms:7.0f} ms "
        f"(bare {bare_ms:.0f} ms; ratio {cpu_ratio:.2f}x)"
    )
    if counts is not None:
        print(
            f"instructions (callgrind), one run each:  {counts[1] / 1e6:7.0f} M "
            f"(bare {counts[0] / 1e6:.0f} M; ratio {counts[1] / counts[0]:.2f}x)"
        )
    rss_verdict = "OK" if peak < RSS_TARGET_MB else "MISSED"
    print(
        f"partnerdesk peak RSS:                   {peak:7.0f} MB "
        f"(target < {RSS_TARGET_MB:.0f}: {rss_verdict})"
    )
    missed = ratio > RATIO_TARGET or peak >= RSS_TARGET_MB
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
