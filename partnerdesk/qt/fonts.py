"""The fonts shipped in ``resources/fonts/``: registered once, used by the UI and the PDF.

Qt picks glyphs family by family through a font's family list, so one ``QFont`` with Noto
Sans, then Noto Sans Hebrew, then Droid Sans Fallback renders Latin, Cyrillic, Turkish, Hebrew
and Chinese without relying on anything installed on the machine.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from partnerdesk.resources import resource_path

FONT_FILES: tuple[str, ...] = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
    "DroidSansFallbackFull.ttf",
)
# Order matters: the first family that has a glyph draws it.
UI_FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Sans Hebrew", "Droid Sans Fallback")

_loaded: list[str] = []


class FontError(RuntimeError):
    """A shipped font is missing or unreadable (a broken installation)."""


def load_fonts() -> list[str]:
    """Register the shipped fonts with Qt (idempotent); return the families they provide.

    Needs a ``QGuiApplication`` (QFontDatabase is per application).
    """
    if _loaded:
        return list(_loaded)
    if QGuiApplication.instance() is None:
        raise FontError("load_fonts() needs a QGuiApplication")
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise FontError(f"cannot load font {path}")
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _loaded.extend(families)
    return list(families)


def ui_font(point_size: float | None = None) -> QFont:
    """The application font: the shipped families in fallback order."""
    load_fonts()
    font = QFont()
    font.setFamilies(list(UI_FAMILIES))
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font
