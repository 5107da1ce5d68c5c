"""Bar charts painted with QPainter (no QtCharts): one painter for the screen and the PDF.

``paint_bars`` draws a titled chart of vertical bars into any rectangle of any paint device,
so the statistics page and its PDF show the same picture. A masked group ("< 3") is drawn as
a hatched stub of height 1.5 with its label "< 3": visible, but never a number.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from partnerdesk.core.stats import Count

INK = QColor("#1F2328")
MUTED = QColor("#4A5561")
GRID = QColor("#D5DAE0")
COLOURS = (QColor("#0B5CAD"), QColor("#A85A00"), QColor("#2E7D32"), QColor("#6A3D9A"))


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: Count  # int or the mask text

    @property
    def height(self) -> float:
        return 1.5 if isinstance(self.count, str) else float(self.count)


def paint_bars(
    painter: QPainter,
    rect: QRectF,
    title: str,
    bars: list[Bar],
    colour: QColor = COLOURS[0],
    empty_text: str = "–",
) -> None:
    """Paint *bars* under *title* inside *rect* (device units of the painter)."""
    painter.save()
    font = QFont(painter.font())
    base = min(20.0, max(11.0, rect.height() / 13))
    font.setPixelSize(round(base * 1.15))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(INK)
    title_h = base * 1.9
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), title_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    font.setBold(False)
    font.setPixelSize(round(base * 0.85))
    painter.setFont(font)
    label_h = base * 1.4 * (2 if len(bars) > 6 else 1)
    plot = QRectF(
        rect.left(),
        rect.top() + title_h + base * 1.2,
        rect.width(),
        rect.height() - title_h - label_h - base * 1.6,
    )
    painter.setPen(QPen(GRID, max(1.0, base / 10)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    if not bars:
        painter.setPen(MUTED)
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return
    top = max(3.0, max(bar.height for bar in bars))
    slot = plot.width() / len(bars)
    width = min(slot * 0.62, base * 6)
    for index, bar in enumerate(bars):
        height = plot.height() * bar.height / top
        x = plot.left() + index * slot + (slot - width) / 2
        box = QRectF(x, plot.bottom() - height, width, height)
        if isinstance(bar.count, str):
            painter.fillRect(box, QColor("#FFFFFF"))
            painter.fillRect(box, QBrush(colour, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(colour, max(1.0, base / 12)))
            painter.drawRect(box)
        elif height > 0:
            painter.fillRect(box, colour)
        painter.setPen(INK)
        value = QRectF(plot.left() + index * slot, box.top() - base * 1.2, slot, base * 1.2)
        painter.drawText(
            value, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(bar.count)
        )
        painter.setPen(MUTED)
        under = QRectF(plot.left() + index * slot, plot.bottom() + base * 0.2, slot, label_h)
        painter.drawText(
            under,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            bar.label,
        )
    painter.restore()
