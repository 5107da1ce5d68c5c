"""Access and erasure for one apprentice (GDPR Art. 15 and 17), without Qt.

``export_auskunft`` gathers everything stored about one apprentice (the repository's
``export_all``) into a JSON document and an HTML document for the PDF; ``erase`` removes the
person with every row that refers to them. Both write one line to the ``partnerdesk.privacy``
logger naming only the record id ("Auskunft erteilt für Datensatz 17"), never a name or any
content, so the log itself holds no personal data beyond a number.

The HTML is the subset ``QTextDocument`` understands; every value passes through ``_safe``
(escaped, control characters dropped, right-to-left text isolated), so a stored note such as
``<img src=file:///etc/passwd>`` is printed as those characters and never loads anything.
"""

from __future__ import annotations

import html
import json
import logging
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from partnerdesk import __version__

log = logging.getLogger("partnerdesk.privacy")

FORMAT = "partnerdesk-auskunft"
FORMAT_VERSION = 1


class PersonalDataSource(Protocol):
    """What access and erasure need from the apprentice repository."""

    def export_all(self, apprentice_id: int) -> dict[str, Any]: ...

    def delete(self, apprentice_id: int) -> None: ...


@dataclass(frozen=True, slots=True)
class Auskunft:
    apprentice_id: int
    data: dict[str, Any]  # the complete export, JSON-ready

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=2, sort_keys=False)


def export_auskunft(source: PersonalDataSource, apprentice_id: int,
                    today: date | None = None) -> Auskunft:
    """Everything stored about *apprentice_id*; logs the access without content."""
    content = source.export_all(apprentice_id)
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_on": (today or date.today()).isoformat(),
        "created_with": f"PartnerDesk {__version__}",
        **content,
    }
    log.info("Auskunft erteilt für Datensatz %d", apprentice_id)
    return Auskunft(apprentice_id, data)


def erase(source: PersonalDataSource, apprentice_id: int) -> None:
    """Hard-delete the apprentice with all their rows; logs the erasure without content."""
    source.delete(apprentice_id)
    log.info("Datensatz %d gelöscht (Löschung auf Antrag oder nach Frist)", apprentice_id)


# --- HTML for the PDF ---------------------------------------------------------------------

_BIDI = {"R", "AL", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}

TITLES = {
    "de": {
        "title": "Auskunft über gespeicherte Daten (Art. 15 DSGVO)",
        "intro": "Alles, was PartnerDesk zu diesem Datensatz speichert. Erstellt am {day} "
                 "für Datensatz {id}.",
        "apprentice": "Stammdaten",
        "self_assessment": "Selbsteinschätzung",
        "talks": "Beratungsgespräche",
        "handovers": "Übergaben vom Selbstauskunft-Terminal",
        "none": "keine",
        "item": "Eintrag {n}",
    },
    "en": {
        "title": "Access to stored data (Art. 15 GDPR)",
        "intro": "Everything PartnerDesk stores for this record. Created on {day} for "
                 "record {id}.",
        "apprentice": "Personal details",
        "self_assessment": "Self-assessment",
        "talks": "Counselling talks",
        "handovers": "Handovers from the self-assessment terminal",
        "none": "none",
        "item": "Entry {n}",
    },
}
SECTIONS = ("apprentice", "self_assessment", "talks", "handovers")


def _safe(value: object) -> str:
    """Any value as safe HTML text: escaped, control characters dropped, bidi-isolated."""
    text = "".join(ch for ch in str(value) if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    escaped = html.escape(text, quote=True).replace("\n", "<br>")
    if any(unicodedata.bidirectional(ch) in _BIDI for ch in text):
        return f"\u2068{escaped}\u2069"  # FSI ... PDI: U+202E cannot flip what follows
    return escaped


def _value_html(value: Any, lang: str) -> str:
    if value is None or value == [] or value == {}:
        return f"<i>{_safe(TITLES[lang]['none'])}</i>"
    if isinstance(value, dict):
        rows = "".join(
            f'<tr><td width="30%"><b>{_safe(k)}</b></td><td>{_value_html(v, lang)}</td></tr>'
            for k, v in value.items())
        return f'<table width="100%" cellspacing="0" cellpadding="2" border="0">{rows}</table>'
    if isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            return _safe(", ".join(str(v) for v in value))
        items = "".join(
            f"<p><b>{_safe(TITLES[lang]['item'].format(n=i))}</b></p>{_value_html(v, lang)}"
            for i, v in enumerate(value, 1))
        return items
    if isinstance(value, bool):
        words = ("ja", "nein") if lang == "de" else ("yes", "no")
        return words[0] if value else words[1]
    return _safe(value)


def auskunft_html(auskunft: Auskunft, lang: str = "de") -> str:
    """The Auskunft as HTML for ``QTextDocument``; every stored field appears."""
    lang = "en" if lang == "en" else "de"
    t = TITLES[lang]
    data = auskunft.data
    parts = [
        f"<h1>{_safe(t['title'])}</h1>",
        f"<p>{_safe(t['intro'].format(day=data.get('created_on', ''), id=auskunft.apprentice_id))}"
        "</p>",
    ]
    for key in SECTIONS:
        parts.append(f"<h2>{_safe(t[key])}</h2>")
        parts.append(_value_html(data.get(key), lang))
    extra = {k: v for k, v in data.items()
             if k not in SECTIONS and k not in ("format", "format_version", "created_on",
                                                "created_with")}
    if extra:  # a later repository may export more: it must still appear
        parts.append(_value_html(extra, lang))
    parts.append(f"<p><small>{_safe(data.get('created_with', ''))}</small></p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def write_auskunft_json(auskunft: Auskunft, path: Any) -> None:
    """Write the JSON export atomically (temporary file beside the target, then replace)."""
    from partnerdesk.core.files import write_atomic

    write_atomic(path, auskunft.to_json())
