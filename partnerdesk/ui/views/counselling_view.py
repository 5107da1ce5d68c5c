"""The "Beratung" page: apprentices, their self-assessment and their counselling talks.

Left: the apprentice list with search (case- and accent-insensitive, done by the repository)
and Neu / Bearbeiten / Löschen. Right, for the selected apprentice: the talks (list plus
``TalkEditor``) and the self-assessment (the explorer's ``MatchingView``, saved to the
apprentice). One "Speichern" (Ctrl+S) saves both; ``maybe_save()`` guards every way of
leaving unsaved work (switching apprentice or talk, closing, quitting). For the selected
apprentice the advisor can also take over a kiosk handover by its code, export everything
stored (Auskunft, JSON + PDF) and erase the record (one path: ``confirm_and_erase``, logged).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import paths
from partnerdesk.core.counselling import Apprentice, RecordError, Talk, profile_to_dict
from partnerdesk.core.domain import City, Profile
from partnerdesk.core.matching import ranking_to_json
from partnerdesk.store.apprentices import ApprenticeRepository, NotFound
from partnerdesk.store.handovers import HandoverRepository
from partnerdesk.ui.a11y import hidden_label, name_with_text, tab_before
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.dialogs.apprentice_dialog import ApprenticeDialog
from partnerdesk.ui.dialogs.auskunft_dialog import confirm_and_erase, run_auskunft_export
from partnerdesk.ui.dialogs.handover_dialog import HandoverDialog
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.views.matching_view import MatchingView
from partnerdesk.ui.views.record_export import BatchExport, ExportItem, record_data, record_filename
from partnerdesk.ui.views.talk_editor import TalkEditor
from partnerdesk.ui.widgets.plain_text import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_LIMIT = 300  # more than a screenful; beyond it the search narrows the list
TAB_TALKS, TAB_ASSESSMENT = range(2)


def _write_pdf(data, path):  # imported late: QPdfWriter is only needed on export
    from partnerdesk.qt.pdf import write_record_pdf

    return write_record_pdf(data, path)


class CounsellingView(QWidget):
    exportFinished = Signal(int)  # records written by a batch export (tests, status bar)

    def __init__(self, apprentices: ApprenticeRepository, cities: Sequence[City],
                 parent: QWidget | None = None, *, retention_days: int = 730,
                 advisor: str = "", handovers: HandoverRepository | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counsellingView")
        self.repo = apprentices
        self._handovers = handovers
        self._cities = list(cities)
        self._retention_days = retention_days
        self._advisor = advisor
        self._current: Apprentice | None = None
        self._saved_profile: Profile | None = None
        self._loading = False
        self._batch: BatchExport | None = None

        # --- left: the apprentice list -------------------------------------------------
        self.title = plain_label(object_name="pageTitle", wrap=False)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # long occupations wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_hint = plain_label(object_name="pageHint")
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.export_all_button = QPushButton(self)
        self.export_menu = QMenu(self)
        self.export_one_action = self.export_menu.addAction("")
        self.export_every_action = self.export_menu.addAction("")
        self.export_all_button.setMenu(self.export_menu)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(16, 16, 8, 16)
        column.addWidget(self.title)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(self.list_hint)
        column.addLayout(buttons)
        column.addWidget(self.export_all_button)

        # --- right: the selected apprentice --------------------------------------------
        self.empty = plain_label(object_name="pageHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = plain_label(object_name="pageTitle")
        self.facts_label = plain_label(object_name="pageHint")
        self.handover_button = QPushButton(self)
        self.handover_button.setVisible(handovers is not None)  # no store, no handovers
        self.auskunft_button = QPushButton(self)
        record_actions = QHBoxLayout()
        record_actions.setContentsMargins(0, 0, 0, 0)
        record_actions.addWidget(self.handover_button)
        record_actions.addWidget(self.auskunft_button)
        record_actions.addStretch(1)
        self.talk_list = QListWidget(self)
        self.talk_list.setWordWrap(True)
        self.new_talk_button = QPushButton(self)
        self.editor = TalkEditor(self)
        self.matching = MatchingView(self._cities, self)
        self.save_profile_button = QPushButton(self)
        talks_page = QWidget(self)
        talk_column = QVBoxLayout()
        talk_column.addWidget(self.talk_list, 1)
        talk_column.addWidget(self.new_talk_button)
        talks_row = QHBoxLayout(talks_page)
        talks_row.addLayout(talk_column, 1)
        talks_row.addWidget(self.editor, 4)
        assessment_content = QWidget(self)
        assessment = QVBoxLayout(assessment_content)
        assessment.setContentsMargins(0, 0, 0, 0)
        assessment.addWidget(self.matching, 1)
        assessment.addWidget(self.save_profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The ranking's criterion legend is one row wide (about 730 px); in the scroll area
        # a narrow window scrolls sideways instead of forcing the whole page wider.
        assessment_page = QScrollArea(self)
        assessment_page.setWidget(assessment_content)
        assessment_page.setWidgetResizable(True)
        assessment_page.setFrameShape(QFrame.Shape.NoFrame)
        assessment_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(talks_page, "")
        self.tabs.addTab(assessment_page, "")
        # The tab bar was made after the pages: Tab reached it after the last field below.
        tab_before(self.tabs.tabBar(), self.talk_list)
        self._tabs_label = hidden_label(self.tabs.tabBar())  # names the tab bar on Linux
        detail = QWidget(self)
        detail_column = QVBoxLayout(detail)
        detail_column.setContentsMargins(8, 16, 16, 8)
        detail_column.addWidget(self.name_label)
        detail_column.addWidget(self.facts_label)
        detail_column.addLayout(record_actions)
        detail_column.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(detail)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 930])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self.on_search_changed)
        self.list.currentItemChanged.connect(self.on_apprentice_changed)
        self.list.itemActivated.connect(lambda _item: self.on_edit_clicked())
        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.handover_button.clicked.connect(self.on_handover_clicked)
        self.auskunft_button.clicked.connect(self.on_auskunft_clicked)
        self.export_one_action.triggered.connect(lambda: self.export_all(only_current=True))
        self.export_every_action.triggered.connect(lambda: self.export_all(only_current=False))
        self.talk_list.currentItemChanged.connect(self.on_talk_changed)
        self.new_talk_button.clicked.connect(self.on_new_talk_clicked)
        self.editor.dirtyChanged.connect(self.on_dirty_changed)
        self.editor.saveRequested.connect(lambda: self.save(force_talk=True))
        self.editor.exportRequested.connect(self.export_pdf)
        self.editor.snapshotRequested.connect(self.on_snapshot_requested)
        self.matching.editor.profileChanged.connect(self.on_profile_changed)
        self.save_profile_button.clicked.connect(self.save)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)

        self.retranslate()
        self._show_apprentice(None)

    # --- public API ----------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._current is not None and (self.editor.is_dirty() or self._profile_dirty())

    def maybe_save(self) -> bool:
        """Before leaving: True when it is fine to go on (saved, discarded or nothing to do)."""
        if not self.is_dirty():
            return True
        answer = msg.ask_unsaved(self, self._current.display_name if self._current else "")
        if answer == msg.Button.Save:
            return self.save()
        if answer == msg.Button.Discard:
            self.editor.load(self._reload_talk())
            if self._saved_profile is not None:
                self._set_profile(self._saved_profile)
            return True
        return False

    @Slot(str)
    def set_advisor(self, name: str) -> None:
        """The advisor name for talks started from now on (the settings page changed it)."""
        self._advisor = name

    @Slot(int)
    def set_retention_days(self, days: int) -> None:
        """The default deletion period for apprentices created from now on."""
        self._retention_days = days

    def set_cities(self, cities: Sequence[City]) -> None:
        """New city data: the live ranking follows; saved snapshots stay as they were."""
        self._cities = list(cities)
        self.matching.set_cities(self._cities)

    def refresh_list(self, select_id: int | None = None) -> None:
        if select_id is None and self._current is not None:
            select_id = self._current.id
        found = self.repo.find(self.search.text(), limit=LIST_LIMIT + 1)
        self._loading = True
        try:
            self.list.clear()
            for summary in found[:LIST_LIMIT]:
                item = QListWidgetItem(self._list_text(summary))
                item.setData(ID_ROLE, summary.id)
                self.list.addItem(item)
                if summary.id == select_id:
                    self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._loading = False
        if len(found) > LIST_LIMIT:
            self.list_hint.setText(self.tr("Mehr als {0} Treffer – bitte Suche verfeinern.")
                                   .format(LIST_LIMIT))
        elif not found:
            self.list_hint.setText(self.tr("Keine Treffer.") if self.search.text()
                                   else self.tr("Noch niemand angelegt."))
        else:
            self.list_hint.setText(self.tr("{0} Azubis").format(len(found)))

    def open_apprentice(self, apprentice_id: int) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == apprentice_id:
                self.list.setCurrentRow(row)
                return self._current is not None and self._current.id == apprentice_id
        return False

    # --- saving --------------------------------------------------------------------------
    @Slot()
    def save(self, *, force_talk: bool = False) -> bool:
        """Save the assessment and the talk if changed (*force_talk*: a new talk too)."""
        if self._current is None or self._current.id is None:
            return True
        try:
            if self._profile_dirty() or self._saved_profile is None:
                profile = self.matching.profile()
                self.repo.save_profile(self._current.id, profile)
                self._saved_profile = profile
            if self.editor.is_dirty() or (force_talk and self.editor.is_new()):
                talk = self.editor.talk()
                if talk.ranking_snapshot is None:
                    talk = self._with_live_snapshot(talk)
                talk_id = self.repo.save_talk(talk)
                self.editor.load(self.repo.talk(talk_id))
                self._fill_talks(select_id=talk_id)
                self.refresh_list()
        except RecordError as exc:
            msg.warn(self, self.tr("Nicht gespeichert"), self._record_error_text(exc),
                     self.tr("Ihre Eingaben sind noch da; bitte korrigieren und erneut "
                             "speichern."))
            return False
        except NotFound:
            msg.warn(self, self.tr("Nicht gespeichert"),
                     self.tr("Diese/r Auszubildende wurde inzwischen gelöscht."))
            return False
        except Exception as exc:
            msg.storage_error(self, exc)
            return False
        self.on_dirty_changed()
        return True

    # --- slots: list -----------------------------------------------------------------------
    @Slot(str)
    def on_search_changed(self, _text: str) -> None:
        self.refresh_list()

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_apprentice_changed(self, current: QListWidgetItem | None,
                              previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        new_id = current.data(ID_ROLE) if current is not None else None
        if self._current is not None and new_id == self._current.id:
            return
        if not self.maybe_save():
            self._loading = True
            self.list.setCurrentItem(previous)
            self._loading = False
            return
        self._show_apprentice(new_id)

    @Slot()
    def on_new_clicked(self) -> None:
        if not self.maybe_save():
            return
        dialog = ApprenticeDialog(None, self.repo.save, retention_days=self._retention_days,
                                  parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.search.clear()
            self._current = None
            self.refresh_list(select_id=dialog.saved_id)
            self._show_apprentice(dialog.saved_id)

    @Slot()
    def on_edit_clicked(self) -> None:
        if self._current is None:
            return
        dialog = ApprenticeDialog(self._current, self.repo.save,
                                  retention_days=self._retention_days, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self._current = self.repo.get(dialog.saved_id)
            self._show_facts()
            self.refresh_list()

    @Slot()
    def on_delete_clicked(self) -> None:
        if self._current is None or self._current.id is None:
            return
        # The privacy erasure (handovers too, logged without content) is the only delete.
        try:
            if not confirm_and_erase(self, self.repo, self._current.id):
                return
        except NotFound:
            pass  # already gone: the list below shows the truth
        except Exception as exc:
            msg.storage_error(self, exc)
            return
        self._current = None
        self.editor.load(Talk(apprentice_id=0, held_on=date.today()))
        self.refresh_list()
        self._show_apprentice(None)

    @Slot()
    def on_handover_clicked(self) -> None:
        """Take over a kiosk self-assessment by code; it replaces the stored assessment."""
        if self._handovers is None or self._current is None or self._current.id is None:
            return
        if not self.maybe_save():
            return
        apprentice_id = self._current.id
        dialog = HandoverDialog(self._handovers, apprentice_id, self)
        try:
            accepted = dialog.exec() == HandoverDialog.DialogCode.Accepted
            taken = dialog.profile
        finally:
            dialog.deleteLater()
        if not accepted:
            return
        self._saved_profile = self.repo.profile(apprentice_id) or taken or Profile()
        self._set_profile(self._saved_profile)
        if self.editor.is_new():
            ranking, profile = self._live_snapshot()
            self.editor.set_snapshot(ranking, profile, edit=False)
        self.tabs.setCurrentIndex(TAB_ASSESSMENT)
        self.on_dirty_changed()

    @Slot()
    def on_auskunft_clicked(self) -> Path | None:
        """Everything stored about the apprentice as JSON and PDF (saved first: what is
        exported is what is stored)."""
        if self._current is None or self._current.id is None or not self.maybe_save():
            return None
        try:
            written = run_auskunft_export(self, self.repo, self._current.id, current_language())
        except Exception as exc:
            msg.storage_error(self, exc)
            return None
        if written is None:
            return None
        json_path, pdf_path = written
        msg.inform(self, self.tr("Auskunft gespeichert"),
                   self.tr("Gespeichert:\n{0}\n{1}").format(json_path, pdf_path))
        return json_path

    # --- slots: talks ----------------------------------------------------------------------
    @Slot(QListWidgetItem, QListWidgetItem)
    def on_talk_changed(self, current: QListWidgetItem | None,
                        previous: QListWidgetItem | None) -> None:
        if self._loading or current is None:
            return
        talk_id = current.data(ID_ROLE)
        if talk_id == self.editor.talk().id:
            return
        if self.editor.is_dirty() and not self._guard_talk():
            self._loading = True
            self.talk_list.setCurrentItem(previous)
            self._loading = False
            return
        self.editor.load(self.repo.talk(talk_id))

    @Slot()
    def on_new_talk_clicked(self) -> None:
        if self.editor.is_dirty() and not self._guard_talk():
            return
        self._start_new_talk()
        self.tabs.setCurrentIndex(TAB_TALKS)
        self.editor.notes.setFocus()

    @Slot()
    def on_snapshot_requested(self) -> None:
        ranking, profile = self._live_snapshot()
        self.editor.set_snapshot(ranking, profile, edit=True)

    @Slot(object)
    def on_profile_changed(self, _profile: Profile) -> None:
        if self._loading or self._current is None:
            return
        if self.editor.is_new():
            # A talk not yet saved is happening now: its ranking follows the assessment.
            ranking, profile = self._live_snapshot()
            self.editor.set_snapshot(ranking, profile, edit=False)
        self.on_dirty_changed()

    @Slot()
    def on_dirty_changed(self, _dirty: bool = False) -> None:
        mark = " •" if self.editor.is_dirty() else ""
        self.tabs.setTabText(TAB_TALKS, self.tr("Gespräche") + mark)
        mark = " •" if self._profile_dirty() else ""
        self.tabs.setTabText(TAB_ASSESSMENT, self.tr("Selbsteinschätzung") + mark)

    # --- export ----------------------------------------------------------------------------
    @Slot()
    def export_pdf(self) -> Path | None:
        """The current talk as PDF, after saving it (a record shows what is stored)."""
        if self._current is None or not self.save(force_talk=True):
            return None
        talk = self.editor.talk()
        default = paths.documents_dir() / record_filename(talk)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Protokoll als PDF speichern"), str(default), self.tr("PDF (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(target.suffix + ".pdf")
        try:
            _write_pdf(record_data(self._current, talk, lang=current_language()), target)
        except Exception as exc:
            msg.warn(self, self.tr("Export fehlgeschlagen"),
                     self.tr("Das Protokoll wurde nicht gespeichert."), str(exc))
            return None
        return target

    def export_all(self, *, only_current: bool) -> BatchExport | None:
        if not self.maybe_save():
            return None
        ids = ([self._current.id] if only_current and self._current is not None
               else [a.id for a in self.repo.find()])
        items = [ExportItem(a, t.id) for a in ids if a is not None for t in self.repo.talks(a)]
        if not items:
            msg.inform(self, self.tr("Nichts zu exportieren"),
                       self.tr("Es gibt keine gespeicherten Gespräche."))
            return None
        paths.documents_dir().mkdir(parents=True, exist_ok=True)
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Ordner für die Protokolle"), str(paths.documents_dir()))
        if not folder:
            return None
        job = BatchExport(items, Path(folder), self._load_item, current_language(), _write_pdf)
        progress = QProgressDialog(self.tr("Protokolle werden geschrieben …"),
                                   self.tr("Abbrechen"), 0, len(items), self)
        progress.setWindowTitle(self.tr("Alle Protokolle exportieren"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        job.signals.progress.connect(lambda n, _name: progress.setValue(n))
        job.signals.failed.connect(lambda text: msg.warn(
            self, self.tr("Export abgebrochen"),
            self.tr("Ein Protokoll konnte nicht geschrieben werden."), text))
        job.signals.finished.connect(lambda n, _c: self._on_batch_finished(progress, n))
        self._batch = job
        QThreadPool.globalInstance().start(job)
        return job

    def _on_batch_finished(self, progress: QProgressDialog, written: int) -> None:
        progress.reset()
        progress.deleteLater()
        self._batch = None
        self.exportFinished.emit(written)

    def _load_item(self, item: ExportItem) -> tuple[Apprentice, Talk]:
        return self.repo.get(item.apprentice_id), self.repo.talk(item.talk_id)

    # --- internals -------------------------------------------------------------------------
    def _guard_talk(self) -> bool:
        answer = msg.ask_unsaved(self, self.tr("Das Gespräch"))
        if answer == msg.Button.Save:
            return self.save()
        return answer == msg.Button.Discard

    def _show_apprentice(self, apprentice_id: int | None) -> None:
        self._current = None
        if apprentice_id is not None:
            try:
                self._current = self.repo.get(apprentice_id)
            except NotFound:
                self.refresh_list()
        self.stack.setCurrentIndex(0 if self._current is None else 1)
        self.edit_button.setEnabled(self._current is not None)
        self.delete_button.setEnabled(self._current is not None)
        self.handover_button.setEnabled(self._current is not None)
        self.auskunft_button.setEnabled(self._current is not None)
        self.export_one_action.setEnabled(self._current is not None)
        if self._current is None or self._current.id is None:
            return
        self._show_facts()
        self._saved_profile = self.repo.profile(self._current.id)
        self._set_profile(self._saved_profile or Profile())
        talks = self._fill_talks()
        if talks:
            self.editor.load(self.repo.talk(talks[0]))
        else:
            self._start_new_talk()
        self.on_dirty_changed()

    def _fill_talks(self, select_id: int | None = None) -> list[int]:
        assert self._current is not None and self._current.id is not None
        summaries = self.repo.talks(self._current.id)
        select_id = select_id if select_id is not None else (
            summaries[0].id if summaries else None)
        self._loading = True
        try:
            self.talk_list.clear()
            for s in summaries:
                date_text = self._date(s.held_on)
                text = (self.tr("{date} · {advisor}\n{n} offene Schritte")
                        .format(date=date_text, advisor=s.advisor or "—", n=s.open_steps))
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, s.id)
                self.talk_list.addItem(item)
                if s.id == select_id:
                    self.talk_list.setCurrentItem(item)
        finally:
            self._loading = False
        return [s.id for s in summaries]

    def _start_new_talk(self) -> None:
        assert self._current is not None and self._current.id is not None
        advisor = self._advisor
        if not advisor and self.talk_list.count():
            advisor = self.repo.talk(self.talk_list.item(0).data(ID_ROLE)).advisor
        self.editor.load(Talk(apprentice_id=self._current.id, held_on=date.today(),
                              advisor=advisor))
        ranking, profile = self._live_snapshot()
        self.editor.set_snapshot(ranking, profile, edit=False)
        # No current row: clicking the previous talk must be a change (and reach the guard).
        self._loading = True
        self.talk_list.setCurrentRow(-1)
        self._loading = False

    def _reload_talk(self) -> Talk:
        talk = self.editor.talk()
        if talk.id is not None:
            try:
                return self.repo.talk(talk.id)
            except NotFound:
                pass
        return Talk(apprentice_id=talk.apprentice_id, held_on=date.today(), advisor=talk.advisor,
                    ranking_snapshot=talk.ranking_snapshot,
                    profile_snapshot=talk.profile_snapshot)

    def _set_profile(self, profile: Profile) -> None:
        self._loading = True
        try:
            self.matching.set_profile(profile)
        finally:
            self._loading = False

    def _profile_dirty(self) -> bool:
        saved = self._saved_profile or Profile()
        return self._current is not None and self.matching.profile() != saved

    def _live_snapshot(self) -> tuple[dict, dict]:
        profile = self.matching.profile()
        ranking = self.matching.ranking()
        data = ranking_to_json(ranking, current_language()) if ranking is not None else {}
        return data, profile_to_dict(profile)

    def _with_live_snapshot(self, talk: Talk) -> Talk:
        import dataclasses

        ranking, profile = self._live_snapshot()
        return dataclasses.replace(talk, ranking_snapshot=ranking, profile_snapshot=profile)

    def _show_facts(self) -> None:
        a = self._current
        if a is None:
            return
        self.name_label.setText(a.display_name)
        parts = [a.occupation] if a.occupation else []
        if a.training_year:
            parts.append(self.tr("{0}. Ausbildungsjahr").format(a.training_year))
        if a.consent_date:
            parts.append(self.tr("Einwilligung {0}").format(self._date(a.consent_date)))
        if a.deletion_date:
            parts.append(self.tr("Löschen am {0}").format(self._date(a.deletion_date)))
        self.facts_label.setText(" · ".join(parts))

    def _date(self, day: date) -> str:
        return QDate(day.year, day.month, day.day).toString(self.tr("dd.MM.yyyy"))

    def _list_text(self, s) -> str:
        second = [s.occupation] if s.occupation else []
        if s.talk_count == 1:
            second.append(self.tr("1 Gespräch"))
        elif s.talk_count:
            second.append(self.tr("{0} Gespräche").format(s.talk_count))
        return s.display_name + ("\n" + " · ".join(second) if second else "")

    def _record_error_text(self, exc: RecordError) -> str:
        field, _, detail = str(exc).partition(":")
        names = {"notes": self.tr("Notizen"), "advisor": self.tr("Beratung durch"),
                 "display_name": self.tr("Name")}
        if field.startswith("next_steps["):
            number = int(field.split("[", 1)[1].split("]", 1)[0]) + 1
            label = self.tr("Nächster Schritt {0}").format(number)
            if field.endswith(".text") and "needs a text" in detail:
                return self.tr("{0}: Bitte beschreiben, was zu tun ist.").format(label)
            return f"{label}: {detail.strip()}"
        return f"{names.get(field, field)}: {detail.strip()}"

    def retranslate(self) -> None:
        self.title.setText(self.tr("Beratung"))
        self.search.setPlaceholderText(self.tr("Suchen nach Name oder Beruf …"))
        self.search.setAccessibleName(self.tr("Azubis suchen"))
        self.list.setAccessibleName(self.tr("Azubis"))
        self.new_button.setText(self.tr("&Neu …"))
        self.new_button.setAccessibleName(self.tr("Neue/n Auszubildende/n anlegen"))
        self.edit_button.setText(self.tr("&Bearbeiten …"))
        self.edit_button.setAccessibleName(self.tr("Angaben zur Person bearbeiten"))
        self.delete_button.setText(self.tr("&Löschen …"))
        self.delete_button.setAccessibleName(self.tr("Auszubildende/n endgültig löschen"))
        self.handover_button.setText(self.tr("Übergabe-&Code abrufen …"))
        name_with_text(self.handover_button, self.tr(
            "Übergabe-Code vom Kiosk abrufen und Selbsteinschätzung übernehmen"))
        self.auskunft_button.setText(self.tr("&Auskunft exportieren …"))
        name_with_text(self.auskunft_button, self.tr(
            "Auskunft über alle gespeicherten Daten exportieren (JSON und PDF)"))
        self.export_all_button.setText(self.tr("Alle Protokolle exportieren …"))
        self.export_all_button.setAccessibleName(self.tr("Alle Protokolle exportieren"))
        self.export_one_action.setText(self.tr("… der/des gewählten Auszubildenden"))
        self.export_every_action.setText(self.tr("… aller Auszubildenden"))
        self.empty.setText(self.tr("Wählen Sie links eine/n Auszubildende/n aus oder legen "
                                   "Sie mit „Neu“ jemanden an."))
        self.talk_list.setAccessibleName(self.tr("Frühere Gespräche"))
        self.new_talk_button.setText(self.tr("Neues &Gespräch"))
        self.new_talk_button.setAccessibleName(self.tr("Neues Gespräch beginnen"))
        self.save_profile_button.setText(self.tr("Selbsteinschätzung speichern (Strg+S)"))
        self.save_profile_button.setAccessibleName(self.tr("Selbsteinschätzung speichern"))
        self.tabs.setAccessibleName(self.tr("Gespräche und Selbsteinschätzung"))
        self._tabs_label.setText(self.tabs.accessibleName())
        self.on_dirty_changed()
        if self._current is not None:
            self._show_facts()
            self._fill_talks(select_id=self.editor.talk().id)
        self.refresh_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()

