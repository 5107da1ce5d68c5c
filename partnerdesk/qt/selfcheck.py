"""What Qt makes of the installed files, for ``partnerdesk selftest`` (no widgets).

The self-test (``partnerdesk.selftest``, above every layer) decides what passes and prints
the lines; it imports no PySide6 itself. These functions load fonts, translations and images
the way the app does and report what Qt saw, so a file missing from a build, a font without
the glyphs it is shipped for or a missing image-format plugin shows up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as _pyside_version
from PySide6.QtCore import (
    QLibraryInfo,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFontDatabase, QImage, QRawFont

MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


def pyside_version() -> str:
    return str(_pyside_version)


def capture_messages(sink: list[str], harmless: tuple[str, ...] = ()) -> MessageHandler:
    """Collect every Qt message above debug level in *sink*, except those containing one of
    *harmless*. Returns the handler: keep a reference, Qt holds none."""

    def on_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not any(text in message for text in harmless):
            sink.append(message)

    qInstallMessageHandler(on_message)
    return on_message


def font_families(path: Path) -> list[str] | None:
    """The families the font file at *path* adds to the application, None if it does not load."""
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    return list(QFontDatabase.applicationFontFamilies(font_id))


def missing_glyphs(path: Path, sample: str) -> str:
    """The characters of *sample* the font at *path* has no glyph for."""
    raw = QRawFont(str(path), 12.0)
    return "".join(ch for ch in sample if not raw.supportsCharacter(ord(ch)))


def translation_loads(path: Path) -> bool:
    return QTranslator().load(str(path))


def translation_is_empty(path: Path) -> bool:
    translator = QTranslator()
    translator.load(str(path))
    return translator.isEmpty()


def qt_translations_dir() -> str:
    """Where Qt's own translations (``qtbase_de.qm`` ...) are, in a checkout or a build."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def qt_translation_loads(name: str, folder: str) -> bool:
    return QTranslator().load(name, folder)


def image_size(path: Path) -> tuple[int, int] | None:
    """Width and height of the image at *path* as Qt reads it; None if it does not load
    (the file is missing or damaged, or its image-format plugin is not installed)."""
    image = QImage(str(path))
    return None if image.isNull() else (image.width(), image.height())
