"""QR codes for the kiosk take-away, drawn from segno's module matrix with QPainter.

segno (BSD-3-Clause, pure Python, no dependencies) does the encoding; Qt only paints the
squares, so no image library is needed. The code carries ``core.takeaway`` text: the
answers, never a name.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

QUIET = 4  # modules of white border the standard asks for


def qr_image(text: str, size: int) -> QImage:
    """A square black-on-white QR image of about *size* pixels (whole pixels per module)."""
    code = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in code.matrix]
    modules = len(matrix) + 2 * QUIET
    scale = max(1, size // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRect((x + QUIET) * scale, (y + QUIET) * scale, scale, scale), QColor("#000000")
                )
    painter.end()
    return image


def qr_modules(text: str) -> list[list[bool]]:
    """The dark/light matrix (for tests that decode what is drawn)."""
    return [[bool(v) for v in row] for row in segno.make(text, error="m", micro=False).matrix]


class QrLabel(QLabel):
    """Shows the QR of a text; the accessible name says what it holds, not the raw text."""

    def __init__(self, size: int = 220, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeawayQr")
        self._size = size
        self._text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    @property
    def payload(self) -> str:
        return self._text

    def set_payload(self, text: str) -> None:
        self._text = text
        self.setPixmap(QPixmap.fromImage(qr_image(text, self._size)) if text else QPixmap())
