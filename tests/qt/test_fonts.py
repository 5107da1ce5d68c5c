"""The shipped fonts load, and cover every script the app shows."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QGuiApplication, QRawFont

from partnerdesk.qt.fonts import FONT_FILES, UI_FAMILIES, load_fonts, ui_font
from partnerdesk.resources import resource_path


def test_fonts_and_licences_are_shipped() -> None:
    folder = resource_path("fonts")
    for name in FONT_FILES:
        assert (folder / name).stat().st_size > 10_000, name
    assert (folder / "LICENSE-NotoSans-OFL.txt").read_text().count("Open Font License") >= 1
    assert "Apache License" in (folder / "LICENSE-DroidSansFallback-Apache.txt").read_text()
    total = sum((folder / name).stat().st_size for name in FONT_FILES)
    assert total < 6_000_000


def test_load_fonts_is_idempotent(qapp: QGuiApplication) -> None:
    first = load_fonts()
    assert load_fonts() == first
    assert set(UI_FAMILIES) <= set(first)


def test_ui_font_lists_fallbacks(qapp: QGuiApplication) -> None:
    font = ui_font(12)
    assert font.families() == list(UI_FAMILIES)
    assert font.pointSizeF() == 12


def test_every_script_has_glyphs(qapp: QGuiApplication) -> None:
    load_fonts()
    samples = {
        "NotoSans-Regular.ttf": "Schytomyr Житомир İstanbul ğşı Dortmund äöüß",
        "NotoSansHebrew-Regular.ttf": "נתניה",
        "DroidSansFallbackFull.ttf": "西安",
    }
    for name, text in samples.items():
        raw = QRawFont(str(resource_path("fonts", name)), 12)
        for ch in text.replace(" ", ""):
            # The str overload goes through QChar and fails above Latin-1; the ucs4 one is right.
            assert raw.supportsCharacter(ord(ch)), (name, ch)
    assert QFontMetrics(ui_font(12)).horizontalAdvance("西安 נתניה") > 0
