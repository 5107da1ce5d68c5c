"""Print a counselling record to PDF with Qt's own ``QPdfWriter`` (A4, fonts embedded).

Why we paint the pages ourselves instead of ``QTextDocument.print_``: ``print_`` can only put
a bare page number in the corner; the record needs "Seite x von y" and a running header. So
we do what ``print_`` does internally — lay the document out on the writer as paint device
(the layout then scales fonts and pixel lengths to the writer's resolution; setting the page
size in device pixels *without* that paint device gives quarter-size text) — and draw each
page through a clip rectangle, then header and footer around it.

The PDF is built in memory, written to a hidden temporary file in the target folder and moved
into place with ``os.replace``: a failed export never leaves a broken or partial file.
Works with a bare ``QGuiApplication`` (offscreen); one is created when none exists (CLI).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextDocument,
    QTextOption,
)

from partnerdesk import __version__
from partnerdesk.core.files import write_atomic
from partnerdesk.core.record import (
    ACCENT,
    MUTED,
    RULE,
    RecordData,
    T,
    build_record_html,
    record_title,
)
from partnerdesk.qt.fonts import load_fonts, ui_font

RESOLUTION_DPI = 1200  # fine glyph positioning; the layout cost does not depend on it
MARGIN_MM = QMarginsF(20.0, 24.0, 20.0, 22.0)  # left, top, right, bottom: room for header/footer
BODY_POINT_SIZE = 9.5
PAGE_OF = {"de": "Seite {i} von {n}", "en": "Page {i} of {n}"}


class RecordExportError(OSError):
    """The record could not be written; the message names the path and the cause."""


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new QGuiApplication (fonts and PDF need one)."""
    app = QGuiApplication.instance()
    if app is None:
        # Writing a PDF needs no screen: on a server or over SSH (partnerdesk report) the
        # default platform plugin would abort the process for want of a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["partnerdesk"])
    assert isinstance(app, QGuiApplication)
    return app


def render_record_pdf(data: RecordData) -> bytes:
    """The record as PDF bytes."""
    ensure_gui_application()
    load_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    # No writer margins: the painter then spans the whole sheet and we place body, header
    # and footer ourselves.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(record_title(data))
    writer.setAuthor(data.advisor)
    writer.setCreator(f"PartnerDesk {__version__}")

    doc = QTextDocument()
    layout = doc.documentLayout()
    layout.setPaintDevice(writer)
    doc.setDefaultFont(ui_font(BODY_POINT_SIZE))
    doc.setDocumentMargin(0)
    option = QTextOption()
    # A 10,000-character word must wrap instead of running off the page.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)

    dots_per_mm = writer.resolution() / 25.4
    page_w, page_h = writer.width(), writer.height()
    body = QRectF(MARGIN_MM.left() * dots_per_mm, MARGIN_MM.top() * dots_per_mm,
                  page_w - (MARGIN_MM.left() + MARGIN_MM.right()) * dots_per_mm,
                  page_h - (MARGIN_MM.top() + MARGIN_MM.bottom()) * dots_per_mm)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    _set_html_keeping_headings(doc, build_record_html(data), body.height(), dots_per_mm)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise RecordExportError("cannot start the PDF painter")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            page = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(page)
            context = QAbstractTextDocumentLayout.PaintContext()
            # One device pixel inside the page: a line starting exactly at the next page's
            # top is otherwise drawn (invisibly, clipped) here too and shows up twice in the
            # PDF's text. QTextLayout::draw also always draws the one line just above its clip
            # rectangle; that copy is clipped away but stays in the text layer (Qt behaviour).
            context.clip = page.adjusted(0, 1, 0, -1)
            layout.draw(painter, context)
            painter.restore()
            _decorate(painter, data, body, dots_per_mm, index + 1, pages)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


# Room a heading needs below it on the same page (mm), by heading level: a match title (h3)
# wants its score row and first reasons, a section title (h2) a few lines of its section.
KEEP_WITH_NEXT_MM = {2: 28.0, 3: 32.0, 4: 12.0}
MAX_BREAK_ROUNDS = 40


def _headings(doc: QTextDocument) -> list[QTextBlock]:
    found = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() in KEEP_WITH_NEXT_MM:
            found.append(block)
        block = block.next()
    return found


_HEADING_TAG = re.compile(r"<h([234])(?=[ >])")
_BREAK_CSS = "<style>.pd-break { page-break-before: always; }</style>"


def _with_breaks(markup: str, breaks: set[int]) -> str:
    """*markup* with a page break before the headings numbered in *breaks* (document order)."""
    if not breaks:
        return markup
    counter = iter(range(len(markup)))

    def tag(match: re.Match[str]) -> str:
        index = next(counter)
        return f'{match.group(0)} class="pd-break"' if index in breaks else match.group(0)

    return _HEADING_TAG.sub(tag, markup).replace("</head>", f"{_BREAK_CSS}</head>", 1)


def _set_html_keeping_headings(doc: QTextDocument, markup: str, page_height: float,
                               dots_per_mm: float) -> None:
    """Load *markup*, moving a heading that would sit at the foot of a page to the next one.

    Qt's HTML subset has no ``page-break-after: avoid``, so we lay out, find the first heading
    too close to the foot of its page, give it ``page-break-before: always`` in the HTML and
    lay out again. Setting the break on the laid-out document instead (setBlockFormat) left
    later blocks unlaid-out and lost whole sections on Qt 6.11/6.12.
    """
    breaks: set[int] = set()
    for _ in range(MAX_BREAK_ROUNDS):
        doc.setHtml(_with_breaks(markup, breaks))
        layout = doc.documentLayout()
        violation = None
        for index, block in enumerate(_headings(doc)):
            if index in breaks:
                continue
            keep = KEEP_WITH_NEXT_MM[block.blockFormat().headingLevel()] * dots_per_mm
            rect = layout.blockBoundingRect(block)
            top = rect.top() % page_height
            if top > 1.0 and top + rect.height() + keep > page_height:
                violation = index
                break
        if violation is None:
            return
        breaks.add(violation)


def _decorate(painter: QPainter, data: RecordData, body: QRectF, dots_per_mm: float,
              page: int, pages: int) -> None:
    """Running header (organisation, record) and footer (record, page x of y)."""
    lang = "en" if data.language == "en" else "de"
    painter.save()
    painter.setFont(ui_font(7.5))
    line_gap = 3.0 * dots_per_mm
    top_y = body.top() - 6.0 * dots_per_mm
    bottom_y = body.bottom() + 6.0 * dots_per_mm
    painter.setPen(QPen(QColor(ACCENT), 0.5 * dots_per_mm))
    painter.drawLine(int(body.left()), int(top_y), int(body.right()), int(top_y))
    painter.setPen(QPen(QColor(RULE), 0.2 * dots_per_mm))
    painter.drawLine(int(body.left()), int(bottom_y), int(body.right()), int(bottom_y))
    painter.setPen(QColor(MUTED))
    text_h = 4.0 * dots_per_mm
    head = QRectF(body.left(), top_y - line_gap - text_h * 0.6, body.width(), text_h)
    flags = Qt.AlignmentFlag.AlignVCenter
    org = T["org"].get(lang)
    bold = ui_font(7.5)
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.setPen(QColor(ACCENT))
    painter.drawText(head, int(flags | Qt.AlignmentFlag.AlignLeft), org)
    org_width = QFontMetricsF(bold, painter.device()).horizontalAdvance(org + " ")
    painter.restore()
    painter.drawText(head.adjusted(org_width, 0, 0, 0), int(flags | Qt.AlignmentFlag.AlignLeft),
                     f"· {T['unit'].get(lang)}")
    painter.drawText(head, int(flags | Qt.AlignmentFlag.AlignRight),
                     f"{T['title'].get(lang)} · {data.record_id}")
    foot = QRectF(body.left(), bottom_y + line_gap * 0.4, body.width(), text_h)
    painter.drawText(foot, int(flags | Qt.AlignmentFlag.AlignLeft),
                     f"{T['title'].get(lang)} – {data.apprentice} – "
                     f"{data.created.isoformat()}")
    painter.drawText(foot, int(flags | Qt.AlignmentFlag.AlignRight),
                     PAGE_OF[lang].format(i=page, n=pages))
    painter.restore()


def write_record_pdf(data: RecordData, path: Path | str) -> Path:
    """Write the record to *path* atomically; raise ``RecordExportError`` naming the path."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise RecordExportError(f"cannot write {target}: folder {folder} does not exist")
    content = render_record_pdf(data)
    if not content.startswith(b"%PDF"):
        raise RecordExportError(f"cannot write {target}: the PDF could not be produced")
    try:
        write_atomic(target, content)
    except OSError as exc:
        raise RecordExportError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
