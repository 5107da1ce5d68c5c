"""The statistics page as a one-page PDF, through the record's engine (QTextDocument + QPdfWriter).

``write_stats_pdf`` is the one function that renders it: when the records move to another
engine (Typst), this is the step to switch. The charts come from ``partnerdesk.qt.charts``
as an image resource; the table holds masked counts only (``core.stats.table``).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from partnerdesk.core.files import write_atomic
from partnerdesk.core.stats import Count
from partnerdesk.qt.charts import Bar, charts_image
from partnerdesk.qt.fonts import load_fonts, ui_font
from partnerdesk.qt.pdf import RecordExportError, ensure_gui_application

CHARTS_URL = "partnerdesk-stats://charts.png"


def stats_html(title: str, subtitle: str, rows: list[tuple[str, str, Count]],
               note: str) -> str:
    e = html.escape
    sections: dict[str, list[tuple[str, Count]]] = {}
    for section, group, count in rows:
        sections.setdefault(section, []).append((group, count))
    blocks = []
    for section, items in sections.items():
        cells = "".join(f'<tr><td>{e(g)}</td><td align="right">{e(str(c))}</td></tr>'
                        for g, c in items)
        blocks.append(f'<p style="margin-top:4px"><b>{e(section)}</b></p>'
                      f'<table width="100%" cellspacing="0" cellpadding="1">{cells}</table>')
    half = (len(blocks) + 1) // 2
    # Sections fill two columns, the longer ones first, so the page stays one page.
    left, right = "".join(blocks[:half]), "".join(blocks[half:])
    return (f"<h2>{e(title)}</h2><p>{e(subtitle)}</p>"
            f'<p><img src="{CHARTS_URL}" width="640"></p>'
            f'<table width="100%" cellspacing="0" cellpadding="6"><tr>'
            f'<td width="50%" valign="top">{left}</td><td width="50%" valign="top">{right}'
            f"</td></tr></table><p><small>{e(note)}</small></p>")


def write_stats_pdf(path: Path | str, title: str, subtitle: str,
                    charts: list[tuple[str, list[Bar]]], rows: list[tuple[str, str, Count]],
                    note: str, empty_text: str = "–") -> Path:
    """Render the statistics onto one A4 page and write it atomically to *path*."""
    ensure_gui_application()
    load_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("PartnerDesk")
    doc = QTextDocument()
    doc.setDefaultFont(ui_font(7.5))
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHARTS_URL),
                    charts_image(charts, 1600, 900, empty_text=empty_text))
    doc.setHtml(stats_html(title, subtitle, rows, note))
    doc.print_(writer)
    del writer
    buffer.close()
    data: QByteArray = buffer.data()
    target = Path(path)
    try:
        write_atomic(target, bytes(data.data()))
    except OSError as exc:
        raise RecordExportError(f"{target}: {exc.strerror or exc}") from exc
    return target
