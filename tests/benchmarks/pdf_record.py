"""Benchmark: a two-page counselling record as PDF (target < 200 ms, median of 20).

Times ``write_record_pdf`` end to end (HTML, layout with keep-with-next, painting, embedded
font subsets, temporary file, fsync, rename) in a warm process, plus the HTML build alone and
a long record for scale. Needs only a QGuiApplication (offscreen).
Run standalone: ``.venv/bin/python tests/benchmarks/pdf_record.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from partnerdesk.qt.pdf import ensure_gui_application, write_record_pdf  # noqa: E402
from record_samples import long_note, sample_record  # noqa: E402

from partnerdesk.core.record import build_record_html  # noqa: E402

RUNS = 20
TARGET_MS = 200.0


def median_ms(action: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def pages(path: Path) -> int:
    return path.read_bytes().count(b"/Type /Page\n")


def main() -> int:
    started = time.perf_counter()
    ensure_gui_application()
    two_pages = sample_record("de", top=1)  # profile, one match, notes, steps: two pages
    full_record = sample_record("de")  # five matches, as the app exports it
    long_record = sample_record("de", notes=long_note(60))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "Beratungsprotokoll.pdf"
        write_record_pdf(two_pages, out)  # warm-up: fonts, Qt plugins
        first_ms = (time.perf_counter() - started) * 1000
        page_count = pages(out)
        html_ms = median_ms(lambda: build_record_html(two_pages))
        pdf_ms = median_ms(lambda: write_record_pdf(two_pages, out))
        full_ms = median_ms(lambda: write_record_pdf(full_record, out), runs=10)
        full_pages = pages(out)
        long_ms = median_ms(lambda: write_record_pdf(long_record, out), runs=5)
        long_pages = pages(out)
    verdict = "OK" if pdf_ms < TARGET_MS and page_count == 2 else "SLOW"
    print(f"record HTML build          median {html_ms:7.2f} ms")
    print(f"PDF record, {page_count} pages       median {pdf_ms:7.1f} ms  "
          f"(target < {TARGET_MS:.0f} ms) {verdict}")
    print(f"PDF record, {full_pages} pages (5 matches) median {full_ms:7.1f} ms")
    print(f"PDF record, {long_pages} pages (note)  median {long_ms:7.1f} ms")
    print(f"first record in a fresh process (app + fonts + PDF) {first_ms:.0f} ms")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
