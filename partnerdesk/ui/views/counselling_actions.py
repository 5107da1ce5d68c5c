"""The actions of the "Beratung" page: PDF export, batch export, Auskunft, handover, opening
a talk from the Wiedervorlage, taking over the scratch-pad profile, comparing cities.

A mixin of ``CounsellingView``: each action saves first (a record shows what is stored), then
asks for a file or folder and reports the outcome. Kept apart so the view module only lays
out the page and routes its signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QTabWidget,
    QWidget,
)

from partnerdesk import paths
from partnerdesk.core.counselling import Apprentice, Talk
from partnerdesk.core.domain import Profile
from partnerdesk.core.record import RecordData
from partnerdesk.core.record_talk import record_from_talk
from partnerdesk.report.typeset import Rendered
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.dialogs.auskunft_dialog import run_auskunft_export
from partnerdesk.ui.dialogs.handover_dialog import HandoverDialog
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.views.record_export import BatchExport, ExportItem, record_filename

# lupdate finds only literal translate("Context", "text") calls; the context is the view's,
# as PySide's self.tr() would look the text up under the mixin's own class name.
translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
TAB_ASSESSMENT, TAB_RESULT, TAB_TALK = range(3)  # the parts of a talk, in order


def _write_pdf(data: RecordData, path: Path) -> Rendered:  # Typst: only on export
    from partnerdesk.report.record_doc import write_record_pdf

    return write_record_pdf(data, path, replace=True)


if TYPE_CHECKING:
    from partnerdesk.qt.background import Runner
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.handovers import HandoverRepository
    from partnerdesk.store.stays import StayRepository
    from partnerdesk.ui.dialogs.compare_dialog import CompareDialog
    from partnerdesk.ui.views.counselling_controller import CounsellingController
    from partnerdesk.ui.views.talk_editor import TalkEditor

    _ViewBase = QWidget
else:
    _ViewBase = object


class RecordActions(_ViewBase):
    """Needs from the view what is declared below; ``_batch`` holds a running batch export.

    The declarations exist for the type checker only: the mixin is a ``QWidget`` at run time
    through ``CounsellingView``, which sets every one of these.
    """

    _batch: BatchExport | None = None
    if TYPE_CHECKING:
        controller: CounsellingController
        repo: ApprenticeRepository
        editor: TalkEditor
        search: QLineEdit
        talk_list: QListWidget
        tabs: QTabWidget
        matching: Any
        exportFinished: SignalInstance
        _handovers: HandoverRepository | None
        _stays: StayRepository | None
        _runner: Runner

        @property
        def _current(self) -> Apprentice | None: ...
        def save(self, *, force_talk: bool = False) -> bool: ...
        def maybe_save(self) -> bool: ...
        def show_profile(self, profile: Profile) -> None: ...
        def on_dirty_changed(self, _dirty: bool = False) -> None: ...
        def open_apprentice(self, apprentice_id: int) -> bool: ...
        def refresh_list(self, select_id: int | None = None) -> None: ...
        def _guard_talk(self) -> bool: ...
        def _start_new_talk(self) -> None: ...
        def on_new_clicked(self) -> int | None: ...

    @Slot()
    def export_pdf(self) -> Path | None:
        """The current talk as PDF, after saving it."""
        current = self.controller.current
        if current is None or not self.save(force_talk=True):
            return None
        talk = self.editor.talk()
        default = paths.documents_dir() / record_filename(talk)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("CounsellingView", "Protokoll als PDF speichern"),
            str(default),
            translate("CounsellingView", "PDF (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(target.suffix + ".pdf")
        try:
            data = record_from_talk(
                current, talk, lang=current_language(), record_id=self._issue_number(talk.held_on)
            )
            rendered = _write_pdf(data, target)
        except Exception as exc:
            msg.warn(
                self,
                translate("CounsellingView", "Export fehlgeschlagen"),
                translate("CounsellingView", "Das Protokoll wurde nicht gespeichert."),
                str(exc),
            )
            return None
        self._confirm_saved(target, data, rendered.warnings)
        return target

    def _issue_number(self, day: date) -> str:
        from partnerdesk.store.record_numbers import RecordNumbers

        return RecordNumbers(self.repo.sessions).issue(day.year)

    def _confirm_saved(self, target: Path, data: RecordData, warnings: Sequence[str]) -> None:
        """The saved file named, with "PDF öffnen", "Ordner öffnen" and printing."""
        from partnerdesk.report.record_doc import record_document
        from partnerdesk.ui.dialogs.record_saved_dialog import RecordSavedDialog
        from partnerdesk.ui.record_print import print_document

        box = RecordSavedDialog(
            target, warnings, self, on_print=lambda: print_document(self, record_document(data))
        )
        box.exec()

    def export_all(self, *, only_current: bool) -> BatchExport | None:
        if not self.maybe_save():
            return None
        repo = self.controller.repo
        current = self.controller.current
        ids = [current.id] if only_current and current is not None else [a.id for a in repo.find()]
        items = [ExportItem(a, t.id) for a in ids if a is not None for t in repo.talks(a)]
        if not items:
            msg.inform(
                self,
                translate("CounsellingView", "Nichts zu exportieren"),
                translate("CounsellingView", "Es gibt keine gespeicherten Gespräche."),
            )
            return None
        paths.documents_dir().mkdir(parents=True, exist_ok=True)
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("CounsellingView", "Ordner für die Protokolle"),
            str(paths.documents_dir()),
        )
        if not folder:
            return None
        job = BatchExport(
            items, Path(folder), self._load_item, current_language(), _write_pdf, self._issue_number
        )
        progress = QProgressDialog(
            translate("CounsellingView", "Protokolle werden geschrieben …"),
            translate("CounsellingView", "Abbrechen"),
            0,
            len(items),
            self,
        )
        progress.setWindowTitle(translate("CounsellingView", "Alle Protokolle exportieren"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        job.signals.progress.connect(lambda n, _name: progress.setValue(n))
        job.signals.failed.connect(
            lambda text: msg.warn(
                self,
                translate("CounsellingView", "Export abgebrochen"),
                translate("CounsellingView", "Ein Protokoll konnte nicht geschrieben werden."),
                text,
            )
        )
        job.signals.finished.connect(lambda n, _c: self._on_batch_finished(progress, n))
        self._batch = job
        self._runner.run(job.run)
        return job

    def _on_batch_finished(self, progress: QProgressDialog, written: int) -> None:
        progress.reset()
        progress.deleteLater()
        self._batch = None
        self.exportFinished.emit(written)

    def _load_item(self, item: ExportItem) -> tuple[Apprentice, Talk]:
        repo = self.controller.repo
        return repo.get(item.apprentice_id), repo.talk(item.talk_id)

    @Slot()
    def on_stays_clicked(self) -> None:
        """Record stays abroad and experience reports (dialog in ``stay_dialog``)."""
        current = self.controller.current
        if self._stays is None or current is None or current.id is None:
            return
        from partnerdesk.ui.dialogs.stay_dialog import StayDialog

        dialog = StayDialog(
            self._stays, current.id, current.display_name, self.controller.cities, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def on_auskunft_clicked(self) -> Path | None:
        """Everything stored about the apprentice as JSON and PDF (saved first)."""
        current = self.controller.current
        if current is None or current.id is None or not self.maybe_save():
            return None
        try:
            written = run_auskunft_export(self, self.repo, current.id, current_language())
        except Exception as exc:
            if type(exc).__name__ == "NotFound":  # erased meanwhile: say so, no "(KeyError)"
                msg.warn(
                    self,
                    translate("CounsellingView", "Nicht gespeichert"),
                    translate(
                        "CounsellingView", "Diese/r Auszubildende wurde inzwischen gelöscht."
                    ),
                )
                return None
            msg.storage_error(self, exc)
            return None
        if written is None:
            return None
        json_path, pdf_path = written
        msg.inform(
            self,
            translate("CounsellingView", "Auskunft gespeichert"),
            translate("CounsellingView", "Gespeichert:\n{0}\n{1}").format(json_path, pdf_path),
        )
        return json_path

    @Slot()
    def on_handover_clicked(self) -> None:
        """Take over a kiosk self-assessment by code; it replaces the stored assessment."""
        current = self.controller.current
        if self._handovers is None or current is None or current.id is None:
            return
        if not self.maybe_save():
            return
        dialog = HandoverDialog(self._handovers, current.id, self)
        try:
            accepted = dialog.exec() == HandoverDialog.DialogCode.Accepted
            taken = dialog.profile
        finally:
            dialog.deleteLater()
        if not accepted:
            return
        self.controller.saved_profile = (
            self.controller.repo.profile(current.id) or taken or Profile()
        )
        self.show_profile(self.controller.profile())
        if self.editor.is_new():  # the talk happening now follows the new assessment
            ranking, snapshot = self.controller.snapshot(
                self.controller.profile(), current_language()
            )
            self.editor.set_snapshot(ranking, snapshot, edit=False)
        self.tabs.setCurrentIndex(0)  # the self-assessment that came in
        self.on_dirty_changed()

    # --- opening a talk from elsewhere ------------------------------------------------
    def open_talk(self, apprentice_id: int, talk_id: int) -> bool:
        """Show *talk_id* of *apprentice_id* (from the Wiedervorlage); False if it is gone
        or unsaved work was kept."""
        if self._current is None or self._current.id != apprentice_id:
            if self.search.text():
                self.search.clear()
            if not self.open_apprentice(apprentice_id):
                return False
        for row in range(self.talk_list.count()):
            if self.talk_list.item(row).data(ID_ROLE) == talk_id:
                self.talk_list.setCurrentRow(row)
                self.tabs.setCurrentIndex(TAB_TALK)
                return self.editor.talk().id == talk_id
        return False

    def take_over_profile(self, apprentice_id: int, profile: Profile) -> bool:
        """Start a new talk for *apprentice_id* with *profile* ("Für Azubi übernehmen")."""
        self.search.clear()
        self.refresh_list(select_id=apprentice_id)
        if (self._current is None or self._current.id != apprentice_id) and (
            not self.open_apprentice(apprentice_id)
        ):
            return False
        if self.editor.is_dirty() and not self._guard_talk():
            return False
        self.show_profile(profile)
        self._start_new_talk()
        self.tabs.setCurrentIndex(TAB_RESULT)
        self.on_dirty_changed()
        return True

    def start_talk_with(self, profile: Profile) -> bool:
        """ "Für Azubi übernehmen …" from the scratch pad: choose (or create) the apprentice,
        then start a new talk with *profile*."""
        from partnerdesk.ui.dialogs.take_over_dialog import NEW, TakeOverDialog

        if not self.maybe_save():
            return False
        dialog = TakeOverDialog(lambda query: self.controller.find(query).shown, self)
        try:
            if not dialog.exec() or dialog.chosen is None:
                return False
            chosen = dialog.chosen
        finally:
            dialog.deleteLater()
        if chosen == NEW:
            created = self.on_new_clicked()
            if created is None:
                return False
            chosen = created
        return self.take_over_profile(chosen, profile)

    @Slot()
    def on_compare_clicked(self) -> CompareDialog | None:
        from partnerdesk.ui.dialogs.compare_dialog import CompareDialog

        ranking = self.matching.ranking()
        if ranking is None or len(ranking.results) < 2:
            return None
        dialog = CompareDialog(ranking, self, chosen=self.editor.talk().chosen_cities)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
