"""The statistics page as a one-page PDF, through the documents' one engine (Typst).

Counts only, already masked (``core.stats.table``): the PDF holds no name and no group
smaller than three. The charts stay on screen; on paper the same numbers stand in one
table, which a screen reader can read too (the PDF is tagged like the record).
"""

from __future__ import annotations

from pathlib import Path

from partnerdesk.core.catalogue import text
from partnerdesk.core.stats import Count
from partnerdesk.report.typeset import Block, Document, render_pdf, write_private


def stats_document(
    title: str,
    subtitle: str,
    rows: list[tuple[str, str, Count]],
    note: str,
    head: tuple[str, str, str],
    lang: str = "de",
) -> Document:
    """*rows* are (section, group, count); *head* names the three columns."""
    table_rows: list[list[str]] = []
    previous = None
    for section, group, count in rows:
        # The section is named once, at its first row, so the table stays short.
        table_rows.append([section if section != previous else "", group, str(count)])
        previous = section
    blocks: list[Block] = [
        {"k": "h", "level": 1, "t": title},
        {"k": "p", "t": subtitle},
        {"k": "table", "widths": [3, 4, 1], "head": list(head), "rows": table_rows},
        {"k": "p", "t": note, "style": "small"},
    ]
    return Document(
        lang=lang,
        title=title,
        author=text("unit").get(lang),
        header={"org": text("org").get(lang), "unit": text("unit").get(lang), "right": title},
        footer={"left": "", "name": "", "right": "", "page_of": text("page_of").get(lang)},
        blocks=blocks,
    )


def write_stats_pdf(
    path: Path | str,
    title: str,
    subtitle: str,
    rows: list[tuple[str, str, Count]],
    note: str,
    head: tuple[str, str, str],
    lang: str = "de",
) -> Path:
    """Write the statistics PDF (0600, atomic, replacing an older one of the same name)."""
    doc = stats_document(title, subtitle, rows, note, head, lang)
    return write_private(path, render_pdf(doc).pdf, replace=True)
