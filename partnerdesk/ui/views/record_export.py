"""Export counselling records as PDF: one on the GUI thread, many on a worker thread.

``RecordExporter`` is what the "Beratung" page's two export commands do: save first (a
record shows what is stored), ask for a file or folder, write, report the outcome.

``core.record_talk.record_from_talk`` turns an apprentice and a talk into ``RecordData`` (the
talk's ranking *snapshot*, never today's data); here it gets a freshly issued record number.
``BatchExport`` writes many records on a ``QThreadPool`` thread; Typst needs no Qt, and the
engine serialises its calls, so the GUI thread stays free. Each job reads its own talk and
builds its own ``RecordData``; nothing Qt is shared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from partnerdesk import paths
from partnerdesk.core.counselling import Apprentice, Talk
from partnerdesk.core.record import RecordData
from partnerdesk.core.record_talk import record_from_talk, talk_filename
from partnerdesk.qt.background import Runner
from partnerdesk.report.typeset import Rendered
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.views.counselling_controller import CounsellingController

# lupdate finds only literal translate("Context", "text") calls; the texts are the page's.
translate = QCoreApplication.translate
NumberSource = Callable[[date], str]  # issues the next record number for a day's year


class SavesFirst(Protocol):
    """What an action needs of the page: saving (or asking to) before it goes on."""

    def save(self, *, force_talk: bool = False) -> bool: ...
    def maybe_save(self) -> bool: ...


def _write_pdf(data: RecordData, path: Path) -> Rendered:  # Typst: only on export
    from partnerdesk.report.record_doc import write_record_pdf

    return write_record_pdf(data, path, replace=True)


def record_filename(talk: Talk) -> str:
    """Named after the talk, not the record number: exporting a talk again replaces its file,
    and the number is only issued once the advisor has chosen where to save."""
    talk_ref = (
        f"{talk.apprentice_id}-{talk.id}" if talk.id is not None else (f"{talk.apprentice_id}-neu")
    )
    return talk_filename(talk, talk_ref)


@dataclass(frozen=True, slots=True)
class ExportItem:
    apprentice_id: int
    talk_id: int


class BatchSignals(QObject):
    progress = Signal(int, str)  # records done, file just written
    failed = Signal(str)  # message naming the file and the cause
    finished = Signal(int, bool)  # records written, cancelled


class BatchExport:
    """Write one PDF per item into *folder*; stops after the current record when cancelled.

    ``run`` goes to the background runner (``partnerdesk.qt.background``); *load* returns
    (apprentice, talk) for an item and runs on the worker thread; *number* issues each
    record's number there too.
    """

    def __init__(
        self,
        items: Sequence[ExportItem],
        folder: Path,
        load: Callable[[ExportItem], tuple[Apprentice, Talk]],
        lang: str,
        write: Callable[[RecordData, Path], object],
        number: NumberSource,
    ) -> None:
        self.items = list(items)
        self.folder = folder
        self.signals = BatchSignals()
        self._load = load
        self._lang = lang
        self._write = write
        self._number = number
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        done = 0
        for item in self.items:
            if self._cancel.is_set():
                break
            try:
                apprentice, talk = self._load(item)
                target = self.folder / record_filename(talk)
                number = self._number(talk.held_on)
                self._write(
                    record_from_talk(apprentice, talk, lang=self._lang, record_id=number), target
                )
            except Exception as exc:
                self.signals.failed.emit(str(exc))
                break
            done += 1
            self.signals.progress.emit(done, target.name)
        self.signals.finished.emit(done, self._cancel.is_set())


class RecordExporter:
    """The page's "Protokoll als PDF …" (the talk *talk* returns) and "Protokolle exportieren"
    (many, on the runner); *finished* gets the number of records a batch wrote."""

    def __init__(
        self,
        controller: CounsellingController,
        apprentices: ApprenticeRepository,
        page: SavesFirst,
        talk: Callable[[], Talk],
        parent: QWidget,
        runner: Runner,
        finished: Callable[[int], None],
    ) -> None:
        self._controller = controller
        self._apprentices = apprentices
        self._page = page
        self._talk = talk
        self._parent = parent
        self._runner = runner
        self._finished = finished
        self.batch: BatchExport | None = None  # a batch export under way

    def export_pdf(self) -> Path | None:
        """The current talk as PDF, after saving it."""
        current = self._controller.current
        if current is None or not self._page.save(force_talk=True):
            return None
        talk = self._talk()  # as saved
        default = paths.documents_dir() / record_filename(talk)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
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
            number = self._issue_number(talk.held_on)
            data = record_from_talk(current, talk, lang=current_language(), record_id=number)
            rendered = _write_pdf(data, target)
        except Exception as exc:
            msg.warn(
                self._parent,
                translate("CounsellingView", "Export fehlgeschlagen"),
                translate("CounsellingView", "Das Protokoll wurde nicht gespeichert."),
                str(exc),
            )
            return None
        self._confirm_saved(target, data, rendered.warnings)
        return target

    def _issue_number(self, day: date) -> str:
        from partnerdesk.store.record_numbers import RecordNumbers

        return RecordNumbers(self._apprentices.sessions).issue(day.year)

    def _confirm_saved(self, target: Path, data: RecordData, warnings: Sequence[str]) -> None:
        """The saved file named, with "PDF öffnen", "Ordner öffnen" and printing."""
        from partnerdesk.report.record_doc import record_document
        from partnerdesk.ui.dialogs.record_saved_dialog import RecordSavedDialog
        from partnerdesk.ui.record_print import print_document

        parent = self._parent
        box = RecordSavedDialog(
            target, warnings, parent, on_print=lambda: print_document(parent, record_document(data))
        )
        box.exec()

    def export_all(self, *, only_current: bool) -> BatchExport | None:
        if not self._page.maybe_save():
            return None
        pairs = self._controller.export_items(only_current=only_current)
        items = [ExportItem(apprentice_id, talk_id) for apprentice_id, talk_id in pairs]
        if not items:
            msg.inform(
                self._parent,
                translate("CounsellingView", "Nichts zu exportieren"),
                translate("CounsellingView", "Es gibt keine gespeicherten Gespräche."),
            )
            return None
        paths.documents_dir().mkdir(parents=True, exist_ok=True)
        folder = QFileDialog.getExistingDirectory(
            self._parent,
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
            self._parent,
        )
        progress.setWindowTitle(translate("CounsellingView", "Alle Protokolle exportieren"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        job.signals.progress.connect(lambda n, _name: progress.setValue(n))
        job.signals.failed.connect(
            lambda text: msg.warn(
                self._parent,
                translate("CounsellingView", "Export abgebrochen"),
                translate("CounsellingView", "Ein Protokoll konnte nicht geschrieben werden."),
                text,
            )
        )
        job.signals.finished.connect(lambda n, _c: self._on_batch_finished(progress, n))
        self.batch = job
        self._runner.run(job.run)
        return job

    def _on_batch_finished(self, progress: QProgressDialog, written: int) -> None:
        progress.reset()
        progress.deleteLater()
        self.batch = None
        self._finished(written)

    def _load_item(self, item: ExportItem) -> tuple[Apprentice, Talk]:
        return self._controller.load_item(item.apprentice_id, item.talk_id)
