"""Render the PDF record back and check what a reader gets: text, fonts, size, no links.

Text and fonts are read with poppler (``pdftotext``, ``pdffonts``; CI installs
poppler-utils), falling back to PySide6.QtPdf for the text when poppler is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from record_samples import long_note, sample_record

import partnerdesk.core.files as files_module
from partnerdesk.qt.pdf import RecordExportError, render_record_pdf, write_record_pdf

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None


def page_texts(path: Path) -> list[str]:
    """The text of each page, in logical (reading) order."""
    if POPPLER:
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                             capture_output=True, text=True).stdout
        return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    doc = qtpdf.QPdfDocument()
    doc.load(str(path))
    return [doc.getAllText(i).text() for i in range(doc.pageCount())]


def flat(text: str) -> str:
    # Drop bidi marks the extractor adds around right-to-left runs; join wrapped lines.
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = QGuiApplication.instance()
    assert app is not None  # pytest-qt's qapp is session-wide; created by the first test
    return write_record_pdf(sample_record("de"),
                            tmp_path_factory.mktemp("pdf") / "Beratungsprotokoll.pdf")


@pytest.fixture(autouse=True)
def _app(qapp: QGuiApplication) -> None:
    """Every test here needs the application (fonts, QPdfWriter)."""


def test_names_in_every_script_and_hostile_note_appear_literally(german: Path) -> None:
    text = flat(" ".join(page_texts(german)))
    for name in ("Житомир", "Schytomyr", "西安", "Trabzon", "İstanbul", "ğşı", "Größe äöü ß",
                 "Yael Cohen-Öztürk", "Leeds", "Carrie-Ann Lawrence"):
        assert name in text, name
    hebrew = "נתניה"
    assert hebrew in text or hebrew[::-1] in text
    assert '<b>nicht fett</b> und <a href="x">y</a> <img src=file:///etc/passwd>' in text
    assert "<script>alert(1)</script> &amp;" in text
    assert "live" in text  # "evil" after the user's U+202E, reversed inside its isolate


def test_every_section_is_printed(german: Path) -> None:
    # Guards the keep-with-next pass: an incremental relayout once dropped whole sections.
    text = flat(" ".join(page_texts(german)))
    for heading in ("Beratungsprotokoll", "Selbsteinschätzung", "Passende Partnerstädte",
                    "Nicht bewertet", "Gesprächsnotizen", "Vereinbarte nächste Schritte",
                    "Städte zur Weiterverfolgung", "Datenschutz", "Unterschriften",
                    "Datenpaket 2026.11.1"):
        assert heading in text, heading
    titles = re.findall(r"(?m)^([1-5])\. [^\n]*· ", "\n".join(page_texts(german)))
    assert titles == ["1", "2", "3", "4", "5"]  # each match title once, in order


def test_no_links_or_annotations(german: Path) -> None:
    raw = german.read_bytes()
    assert b"/Link" not in raw
    assert b"/URI" not in raw
    # Qt writes an (empty) /Annots array per page; no annotation object may exist.
    assert b"/Annot " not in raw and b"/Annot\n" not in raw and b"/Subtype /Link" not in raw
    assert re.findall(rb"/Annots (\d+) 0 R", raw)
    for ref in re.findall(rb"/Annots (\d+) 0 R", raw):
        assert re.search(rb"\n" + ref + rb" 0 obj\n\[ \]\nendobj", raw), ref
    assert b"/JavaScript" not in raw


def test_fonts_are_embedded(german: Path) -> None:
    raw = german.read_bytes()
    assert raw.count(b"/FontFile2") >= 4  # Noto Sans, Bold, Hebrew, Droid Sans Fallback
    if not POPPLER:
        return
    out = subprocess.run(["pdffonts", str(german)], check=True, capture_output=True,
                         text=True).stdout.splitlines()[2:]
    fonts = {line.split()[0]: line.split() for line in out}
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansHebrew-Regular",
            "DroidSansFallback"} <= set(fonts)
    # Only our shipped fonts, each embedded ("emb" column is "yes").
    assert all(name.startswith(("NotoSans", "DroidSans")) for name in fonts)
    assert all(cols[-5] == "yes" for cols in fonts.values())


def test_a4_pages_with_page_numbers_and_metadata(german: Path) -> None:
    if POPPLER:
        info = subprocess.run(["pdfinfo", str(german)], check=True, capture_output=True,
                              text=True).stdout
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert size is not None
        assert float(size.group(1)) == pytest.approx(595.28, abs=1)
        assert float(size.group(2)) == pytest.approx(841.89, abs=1)
        assert "Title:           Beratungsprotokoll – Yael Cohen-Öztürk" in info
        assert "Creator:         PartnerDesk" in info
    else:
        boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", german.read_bytes())
        assert boxes and all(abs(float(w) - 595.28) < 1 and abs(float(h) - 841.89) < 1
                             for w, h in boxes)
    pages = page_texts(german)
    assert len(pages) >= 2
    for number, text in enumerate(pages, 1):
        assert f"Seite {number} von {len(pages)}" in text


def test_english_record(tmp_path: Path) -> None:
    path = write_record_pdf(sample_record("en"), tmp_path / "record.pdf")
    pages = page_texts(path)
    text = flat(" ".join(pages))
    assert "Counselling record" in text and "Matching partner cities" in text
    assert "Beratungsprotokoll" not in text
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_long_note_flows_across_pages(tmp_path: Path) -> None:
    note = long_note(60) + "\n" + "x" * 10_000
    path = write_record_pdf(sample_record("de", notes=note), tmp_path / "long.pdf")
    pages = page_texts(path)
    with_note = [i for i, text in enumerate(pages) if "Absatz" in text]
    assert len(with_note) >= 2
    text = flat(" ".join(pages))
    assert "Absatz 1:" in text and "Absatz 60:" in text
    # The 10,000-character word wraps onto the page instead of being cut off.
    lines = re.findall(r"(?m)^x{20,}$", "\n".join(pages))
    # Every x is printed. Qt's QTextLayout::draw also emits the line just above each page's
    # clip rectangle (clipped, invisible, but in the text layer): at most one per page break.
    extra = sum(map(len, lines)) - 10_000
    assert 0 <= extra <= max(map(len, lines)) * (len(pages) - 1)


def test_unwritable_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "record.pdf"
    with pytest.raises(RecordExportError, match="missing"):
        write_record_pdf(sample_record(), target)
    assert not target.parent.exists()
    with pytest.raises(RecordExportError, match=r"/proc/record\.pdf"):
        write_record_pdf(sample_record(), Path("/proc/record.pdf"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(RecordExportError, match="ro"):
            write_record_pdf(sample_record(), folder / "record.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_failed_move_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "record.pdf"
    target.write_bytes(b"old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "replace", broken_replace)
    with pytest.raises(RecordExportError, match=r"record\.pdf.*No space left"):
        write_record_pdf(sample_record(), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


def test_written_file_is_complete(tmp_path: Path) -> None:
    data = sample_record()
    path = write_record_pdf(data, tmp_path / "r.pdf")
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF") and raw.rstrip().endswith(b"%%EOF")
    assert len(render_record_pdf(data)) == pytest.approx(len(raw), rel=0.01)
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]
