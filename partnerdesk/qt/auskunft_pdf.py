"""Print an Auskunft (``partnerdesk.core.auskunft``) to PDF with Qt's ``QPdfWriter``.

A plain ``QTextDocument.print_`` is enough here: unlike the counselling record the Auskunft
needs no running header. The HTML comes only from ``auskunft_html`` (all data escaped), and
the document gets no resource loader: ``QTextDocument`` asks ``loadResource`` for images, and
the base implementation only reads resources added with ``addResource`` - none are - so an
``<img src=file:///...>`` written by a user stays text anyway (it is escaped) and could load
nothing even if it were not.

The file is written beside the target and moved into place, so a failed export leaves no
partial file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

from partnerdesk.core.auskunft import Auskunft, auskunft_html
from partnerdesk.core.files import write_atomic
from partnerdesk.qt.fonts import load_fonts, ui_font
from partnerdesk.qt.pdf import RecordExportError, ensure_gui_application


def render_auskunft_pdf(auskunft: Auskunft, lang: str = "de") -> bytes:
    ensure_gui_application()
    load_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    writer.setTitle("Auskunft" if lang == "de" else "Access request")
    writer.setCreator("PartnerDesk")
    doc = QTextDocument()
    doc.setDefaultFont(ui_font(9.5))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # 10,000-char words
    doc.setDefaultTextOption(option)
    doc.setHtml(auskunft_html(auskunft, lang))
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def write_auskunft_pdf(auskunft: Auskunft, path: Path | str, lang: str = "de") -> Path:
    target = Path(path)
    content = render_auskunft_pdf(auskunft, lang)
    try:
        write_atomic(target, content)
    except OSError as exc:
        raise RecordExportError(f"{target}: {exc.strerror or exc}") from exc
    return target
