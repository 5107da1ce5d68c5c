"""The Auskunft (GDPR Art. 15) as a tagged PDF with the record's engine.

Every stored field appears: a dict becomes a key/value table, a list of records one
sub-heading per entry, plain lists one line. Values are data, cleaned like the record's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from partnerdesk.core.auskunft import SECTIONS, Auskunft
from partnerdesk.core.catalogue import text
from partnerdesk.report.sanitize import breakable, clean_block
from partnerdesk.report.typeset import Block, Document, Rendered, render_pdf, write_private

_META = ("format", "format_version", "created_on", "created_with")
_HEADINGS = {
    "apprentice": "auskunft.apprentice",
    "self_assessment": "auskunft.self_assessment",
    "talks": "auskunft.talks",
    "handovers": "auskunft.handovers",
    "stays": "auskunft.stays",
}


def _scalar(value: Any, lang: str) -> str:
    if value is None or value == [] or value == {}:
        return text("auskunft.none").get(lang)
    if isinstance(value, bool):
        return text("yes" if value else "no").get(lang)
    if isinstance(value, list):
        return ", ".join(_scalar(v, lang) for v in value)
    return breakable(clean_block(value))


def _nested(value: Any) -> bool:
    return (
        isinstance(value, dict | list)
        and bool(value)
        and (isinstance(value, dict) or any(isinstance(v, dict | list) for v in value))
    )


def _value_blocks(value: Any, lang: str, level: int) -> list[Block]:
    if isinstance(value, dict) and value:
        blocks: list[Block] = []
        rows = [[clean_block(k), _scalar(v, lang)] for k, v in value.items() if not _nested(v)]
        if rows:
            blocks.append({"k": "kv", "rows": rows, "key_width": 30})
        for k, v in value.items():
            if _nested(v):
                blocks.append({"k": "h", "level": min(level, 6), "t": clean_block(k)})
                blocks += _value_blocks(v, lang, level + 1)
        return blocks
    if isinstance(value, list) and _nested(value):
        blocks = []
        for i, item in enumerate(value, 1):
            blocks.append(
                {"k": "h", "level": min(level, 6), "t": text("auskunft.item", n=i).get(lang)}
            )
            blocks += _value_blocks(item, lang, level + 1)
        return blocks
    return [{"k": "p", "t": _scalar(value, lang)}]


def auskunft_document(auskunft: Auskunft, lang: str = "de") -> Document:
    lang = "en" if lang == "en" else "de"
    data = auskunft.data
    title = text("auskunft.title").get(lang)
    intro = text(
        "auskunft.intro", day=clean_block(data.get("created_on", "")), id=auskunft.apprentice_id
    )
    blocks: list[Block] = [
        {"k": "h", "level": 1, "t": title},
        {"k": "p", "t": intro.get(lang)},
    ]
    for key in SECTIONS:
        blocks.append({"k": "h", "level": 2, "t": text(_HEADINGS[key]).get(lang)})
        blocks += _value_blocks(data.get(key), lang, 3)
    extra = {k: v for k, v in data.items() if k not in SECTIONS and k not in _META}
    if extra:  # a later repository may export more: it must still appear
        blocks += _value_blocks(extra, lang, 3)
    blocks.append({"k": "p", "t": clean_block(data.get("created_with", "")), "style": "small"})
    return Document(
        lang=lang,
        title=f"{title} – {auskunft.apprentice_id}",
        author=text("unit").get(lang),
        header={"org": text("org").get(lang), "unit": text("unit").get(lang), "right": title},
        footer={"left": "", "name": "", "right": "", "page_of": text("page_of").get(lang)},
        blocks=blocks,
    )


def render_auskunft(auskunft: Auskunft, lang: str = "de") -> Rendered:
    return render_pdf(auskunft_document(auskunft, lang))


def write_auskunft_pdf(auskunft: Auskunft, path: Path | str, lang: str = "de") -> Path:
    """Write the Auskunft PDF (0600, atomic, replacing an older one of the same name)."""
    return write_private(path, render_auskunft(auskunft, lang).pdf, replace=True)
