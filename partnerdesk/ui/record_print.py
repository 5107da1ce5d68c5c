"""Print a Typst document: its pages as images, painted onto the printer.

Typst renders PNG pages itself, so printing needs no PDF viewer and looks exactly like the
PDF. Pages are rendered at the printer's resolution, capped at 300 dpi (sharp text, and a
page stays a few MB), and scaled to the printable area keeping the A4 proportions.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from partnerdesk.report.typeset import Document, render_png

MAX_PPI = 300.0


def paint_pages(printer: QPrinter, doc: Document) -> int:
    """Render *doc* and paint one page per sheet; returns the pages printed."""
    ppi = min(float(printer.resolution()), MAX_PPI)
    pages = render_png(doc, ppi=ppi)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index, png in enumerate(pages):
            if index:
                printer.newPage()
            image = QImage.fromData(png)  # the format is read from the data
            area = QRectF(painter.viewport())
            size = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(area.left(), area.top(), size.width(), size.height())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


def print_document(parent: QWidget | None, doc: Document) -> int:
    """Ask for a printer (the system dialog), then print; 0 when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc.title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return paint_pages(printer, doc)
