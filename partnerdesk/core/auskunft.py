"""Access and erasure for one apprentice (GDPR Art. 15 and 17), without Qt.

``export_auskunft`` gathers everything stored about one apprentice (the repository's
``export_all``) into a JSON document (and, through ``report.auskunft_doc``, a PDF);
``erase`` removes the person with every row that refers to them. Both write one line to the
``partnerdesk.privacy`` logger naming only the record id ("Auskunft erteilt für Datensatz
17"), never a name or any content, so the log itself holds no personal data beyond a number.

The PDF is made by ``partnerdesk.report.auskunft_doc`` with the record's engine (Typst):
every stored value is passed as data, so a note such as ``<img src=file:///etc/passwd>`` is
printed as those characters and never loads anything.
"""

from __future__ import annotations

import json
import logging
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


def export_auskunft(
    source: PersonalDataSource, apprentice_id: int, today: date | None = None
) -> Auskunft:
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


# The sections of the export, in the order the PDF shows them (headings: catalogue
# "auskunft.*", laid out by partnerdesk.report.auskunft_doc).
SECTIONS = ("apprentice", "self_assessment", "talks", "handovers", "stays")


def write_auskunft_json(auskunft: Auskunft, path: Any) -> None:
    """Write the JSON export atomically (temporary file beside the target, then replace)."""
    from partnerdesk.core.files import write_atomic

    write_atomic(path, auskunft.to_json())
