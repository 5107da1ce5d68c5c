"""Advisor actions for one apprentice's rights: Auskunft (export) and erasure.

``export_auskunft_to(folder, repo, apprentice_id, lang)`` writes ``auskunft-<id>.json`` and
``auskunft-<id>.pdf`` (no name in the file names: they may end up in shared folders);
``run_auskunft_export(parent, repo, apprentice_id)`` asks for the folder first.
``confirm_and_erase(parent, repo, apprentice_id)`` asks, then hard-deletes. The message box
is plain text, so a name like ``<b>x</b>`` shows literally. Both actions are logged by
``partnerdesk.core.auskunft`` without content.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from partnerdesk import paths
from partnerdesk.core.auskunft import erase, export_auskunft, write_auskunft_json
from partnerdesk.report.auskunft_doc import write_auskunft_pdf

if TYPE_CHECKING:
    from partnerdesk.store.apprentices import ApprenticeRepository


def export_auskunft_to(
    folder: Path, repo: ApprenticeRepository, apprentice_id: int, lang: str = "de"
) -> tuple[Path, Path]:
    auskunft = export_auskunft(repo, apprentice_id)
    json_path = folder / f"auskunft-{apprentice_id}.json"
    pdf_path = folder / f"auskunft-{apprentice_id}.pdf"
    write_auskunft_json(auskunft, json_path)
    write_auskunft_pdf(auskunft, pdf_path, lang)
    note_export = getattr(repo, "note_export", None)  # erasing the person removes them
    if note_export is not None:
        for written in (json_path, pdf_path):
            note_export(apprentice_id, written)
    return json_path, pdf_path


def run_auskunft_export(
    parent: QWidget | None, repo: ApprenticeRepository, apprentice_id: int, lang: str = "de"
) -> tuple[Path, Path] | None:
    start = paths.documents_dir()
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Auskunft", "Ordner für die Auskunft"), str(start)
    )
    if not folder:
        return None
    try:
        return export_auskunft_to(Path(folder), repo, apprentice_id, lang)
    except OSError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Auskunft", "Auskunft"),
            QCoreApplication.translate(
                "Auskunft", "Die Auskunft konnte nicht gespeichert werden: {error}"
            ).format(error=str(exc)),
            parent=parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return None


def erase_question_box(parent: QWidget | None, display_name: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Auskunft", "Endgültig löschen"),
        "",
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "Auskunft",
            "„{name}“ mit allen Selbsteinschätzungen, Gesprächen und Übergaben "
            "endgültig löschen? Das lässt sich nicht rückgängig machen.",
        ).format(name=display_name)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    # The button names what it does, in the warning colour; "Ja" alone was easy to misread.
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(QCoreApplication.translate("Auskunft", "Endgültig löschen"))
    yes.setProperty("destructive", True)
    return box


def confirm_and_erase(
    parent: QWidget | None, repo: ApprenticeRepository, apprentice_id: int
) -> bool:
    box = erase_question_box(parent, repo.get(apprentice_id).display_name)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    erase(repo, apprentice_id)
    return True
