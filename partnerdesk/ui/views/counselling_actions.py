"""What the "Beratung" page does with an apprentice through a dialog: create, edit, erase,
stays, the Auskunft, the kiosk handover, choosing whom a scratch-pad profile is for, and
comparing cities; and the message when a save fails (``show_save_problem``).

``CounsellingActions`` gets what it needs in its constructor (the controller, the
repositories, a parent for the dialogs and the page's save guard) and answers with what
happened; the page shows the outcome. The PDF exports are ``record_export.RecordExporter``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from partnerdesk.core.counselling import RecordError
from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import Ranking
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.handovers import HandoverRepository
from partnerdesk.store.stays import StayRepository
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.dialogs.apprentice_dialog import ApprenticeDialog
from partnerdesk.ui.dialogs.auskunft_dialog import confirm_and_erase, run_auskunft_export
from partnerdesk.ui.dialogs.handover_dialog import HandoverDialog
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.views.counselling_controller import (
    CounsellingController,
    SaveOutcome,
    is_not_found,
    record_error_parts,
)
from partnerdesk.ui.views.record_export import SavesFirst

if TYPE_CHECKING:
    from partnerdesk.ui.dialogs.compare_dialog import CompareDialog

# lupdate finds only literal translate("Context", "text") calls; the texts are the page's.
translate = QCoreApplication.translate


def show_save_problem(parent: QWidget, outcome: SaveOutcome) -> None:
    """Why a save failed (``SaveOutcome.problem``); the input stays in the form."""
    problem, error = outcome.problem, outcome.error
    if problem == "invalid" and isinstance(error, RecordError):
        msg.warn(
            parent,
            translate("CounsellingView", "Nicht gespeichert"),
            record_error_text(error),
            translate(
                "CounsellingView",
                "Ihre Eingaben sind noch da; bitte korrigieren und erneut speichern.",
            ),
        )
    elif problem == "gone":
        msg.warn(
            parent,
            translate("CounsellingView", "Nicht gespeichert"),
            translate("CounsellingView", "Diese/r Auszubildende wurde inzwischen gelöscht."),
        )
    elif error is not None:
        msg.storage_error(parent, error)


def record_error_text(exc: RecordError) -> str:
    """A validation error in the advisor's words: the field as the form names it."""
    field, number, detail = record_error_parts(exc)
    if number is not None:
        label = translate("CounsellingView", "Nächster Schritt {0}").format(number)
        if exc.code == "step_text_missing":
            return translate("CounsellingView", "{0}: Bitte beschreiben, was zu tun ist.").format(
                label
            )
        return f"{label}: {detail}"
    names = {
        "notes": translate("CounsellingView", "Notizen"),
        "advisor": translate("CounsellingView", "Beratung durch"),
        "display_name": translate("CounsellingView", "Name"),
    }
    return f"{names.get(field, field)}: {detail}"


class CounsellingActions:
    def __init__(
        self,
        controller: CounsellingController,
        apprentices: ApprenticeRepository,
        page: SavesFirst,
        parent: QWidget,
        *,
        handovers: HandoverRepository | None = None,
        stays: StayRepository | None = None,
    ) -> None:
        self._controller = controller
        self._apprentices = apprentices
        self._page = page
        self._parent = parent
        self._handovers = handovers
        self._stays = stays

    # --- the record itself ---------------------------------------------------------------
    def create(self) -> int | None:
        """A new apprentice through the dialog; its id, or None if none was saved."""
        dialog = ApprenticeDialog(
            None,
            self._apprentices.save,
            retention_days=self._controller.retention_days,
            parent=self._parent,
        )
        if dialog.exec() and dialog.saved_id is not None:
            return dialog.saved_id
        return None

    def edit(self) -> bool:
        """Edit the current apprentice's facts; True when they were saved."""
        if self._controller.current is None:
            return False
        dialog = ApprenticeDialog(
            self._controller.current,
            self._apprentices.save,
            retention_days=self._controller.retention_days,
            parent=self._parent,
        )
        if dialog.exec() and dialog.saved_id is not None:
            self._controller.refresh_current()
            return True
        return False

    def erase(self) -> bool:
        """The privacy erasure (handovers too, logged without content), the only delete;
        True when the apprentice is gone (erased now or already before)."""
        current = self._controller.current
        if current is None or current.id is None:
            return False
        try:
            return confirm_and_erase(self._parent, self._apprentices, current.id)
        except Exception as exc:
            if not is_not_found(exc):
                msg.storage_error(self._parent, exc)
                return False
        return True  # already gone: the page's list shows the truth

    # --- dialogs about the current apprentice ----------------------------------------
    def record_stays(self) -> None:
        """Record stays abroad and experience reports (dialog in ``stay_dialog``)."""
        current = self._controller.current
        if self._stays is None or current is None or current.id is None:
            return
        from partnerdesk.ui.dialogs.stay_dialog import StayDialog

        dialog = StayDialog(
            self._stays, current.id, current.display_name, self._controller.cities, self._parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_auskunft(self) -> Path | None:
        """Everything stored about the apprentice as JSON and PDF (saved first)."""
        current = self._controller.current
        if current is None or current.id is None or not self._page.maybe_save():
            return None
        parent = self._parent
        try:
            written = run_auskunft_export(parent, self._apprentices, current.id, current_language())
        except Exception as exc:
            if is_not_found(exc):  # erased meanwhile: say so, no "(KeyError)"
                msg.warn(
                    parent,
                    translate("CounsellingView", "Nicht gespeichert"),
                    translate(
                        "CounsellingView", "Diese/r Auszubildende wurde inzwischen gelöscht."
                    ),
                )
                return None
            msg.storage_error(parent, exc)
            return None
        if written is None:
            return None
        json_path, pdf_path = written
        msg.inform(
            parent,
            translate("CounsellingView", "Auskunft gespeichert"),
            translate("CounsellingView", "Gespeichert:\n{0}\n{1}").format(json_path, pdf_path),
        )
        return json_path

    def take_handover(self) -> Profile | None:
        """A kiosk self-assessment by code; it replaces the stored assessment. The new
        stored assessment, or None if nothing was taken over."""
        current = self._controller.current
        if self._handovers is None or current is None or current.id is None:
            return None
        if not self._page.maybe_save():
            return None
        dialog = HandoverDialog(self._handovers, current.id, self._parent)
        try:
            accepted = dialog.exec() == HandoverDialog.DialogCode.Accepted
            taken = dialog.profile
        finally:
            dialog.deleteLater()
        return self._controller.take_handover(taken) if accepted else None

    def choose_apprentice(self) -> int | None:
        """Whom a scratch-pad profile is for: an apprentice id, ``take_over_dialog.NEW``
        (someone to create first) or None (cancelled)."""
        from partnerdesk.ui.dialogs.take_over_dialog import TakeOverDialog

        dialog = TakeOverDialog(lambda query: self._controller.find(query).shown, self._parent)
        try:
            if not dialog.exec():
                return None
            return dialog.chosen
        finally:
            dialog.deleteLater()

    def compare(self, ranking: Ranking | None, chosen: tuple[str, ...]) -> CompareDialog | None:
        """Two or three cities of *ranking* side by side (none with fewer than two)."""
        from partnerdesk.ui.dialogs.compare_dialog import CompareDialog

        if ranking is None or len(ranking.results) < 2:
            return None
        dialog = CompareDialog(ranking, self._parent, chosen=chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
