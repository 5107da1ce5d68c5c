"""The "Beratung" page: apprentices and their counselling talks, laid out for 1366×697.

Left, collapsible: the apprentice list with search and Neu / Bearbeiten / Löschen. Right, for
the selected apprentice, the talk in three tabs — Selbsteinschätzung, Ergebnis (the live
ranking, one scroll area, nothing nested), Notizen & Schritte (earlier talks beside the
editor) — and one bar with "Speichern" (Ctrl+S, keeps the keyboard focus where it was) and
"Protokoll als PDF …". What is open, unsaved or saved is decided by
``CounsellingController``; this module lays out widgets and shows outcomes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import ApprenticeSummary, RecordError, Talk
from partnerdesk.core.domain import City, Profile
from partnerdesk.core.matching import Ranking
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.handovers import HandoverRepository
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.dialogs.apprentice_dialog import ApprenticeDialog
from partnerdesk.ui.dialogs.auskunft_dialog import confirm_and_erase
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.views.counselling_actions import RecordActions
from partnerdesk.ui.views.counselling_controller import (
    CounsellingController,
    is_not_found,
    record_error_parts,
)
from partnerdesk.ui.views.talk_editor import TalkEditor
from partnerdesk.ui.widgets.plain_text import plain_label
from partnerdesk.ui.widgets.profile_editor import ProfileEditor
from partnerdesk.ui.widgets.ranking_view import RankingView

ID_ROLE = Qt.ItemDataRole.UserRole
TAB_ASSESSMENT, TAB_RESULT, TAB_TALK = range(3)


class Assessment:
    """The self-assessment form and the ranking it produces (two tabs of the page)."""

    def __init__(self, controller: CounsellingController, parent: QWidget) -> None:
        self._controller = controller
        self.editor = ProfileEditor(parent)
        self.ranking_view = RankingView(parent)
        self.editor.profileChanged.connect(self.rank)
        self.rank(self.editor.profile())

    def profile(self) -> Profile:
        return self.editor.profile()

    def set_profile(self, profile: Profile) -> None:
        self.editor.set_profile(profile)
        self.rank(profile)

    def ranking(self) -> Ranking | None:
        return self.ranking_view.ranking()

    def rank(self, profile: Profile) -> None:
        self.ranking_view.set_ranking(self._controller.rank(profile))


class CounsellingView(RecordActions, QWidget):
    exportFinished = Signal(int)  # records written by a batch export (tests, status bar)
    talksChanged = Signal()  # a talk was saved or deleted (the Wiedervorlage re-reads)
    cityActivated = Signal(str)

    def __init__(self, apprentices: ApprenticeRepository, cities: Sequence[City],
                 parent: QWidget | None = None, *, retention_days: int = 730,
                 advisor: str = "", handovers: HandoverRepository | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counsellingView")
        self.controller = CounsellingController(apprentices, cities, advisor=advisor,
                                                retention_days=retention_days)
        self.repo = apprentices
        self._handovers = handovers
        self._loading = False

        # --- left: the apprentice list (collapsible) -------------------------------------
        self.left = QWidget(self)
        self.left.setObjectName("apprenticePanel")
        self.title = plain_label(object_name="pageTitle", wrap=False)
        self.search = QLineEdit(self.left)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self.left)
        self.list.setWordWrap(True)  # long occupations wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_hint = plain_label(object_name="pageHint")
        self.new_button = QPushButton(self.left)
        self.edit_button = QPushButton(self.left)
        self.delete_button = QPushButton(self.left)
        self.delete_button.setObjectName("destructiveButton")
        self.export_all_button = QPushButton(self.left)
        self.export_menu = QMenu(self)
        self.export_one_action = self.export_menu.addAction("")
        self.export_every_action = self.export_menu.addAction("")
        self.export_all_button.setMenu(self.export_menu)
        buttons = QGridLayout()  # two rows: three buttons side by side clip at 240 px
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.delete_button, 1, 1)
        column = QVBoxLayout(self.left)
        column.setContentsMargins(16, 12, 8, 12)
        column.addWidget(self.title)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(self.list_hint)
        column.addLayout(buttons)
        column.addWidget(self.export_all_button)
        self.left.setFixedWidth(240)

        # --- right: the selected apprentice ----------------------------------------------
        self.empty = plain_label(object_name="pageHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_toggle = QToolButton(self)
        self.list_toggle.setCheckable(True)
        self.list_toggle.setChecked(True)
        self.list_toggle.setObjectName("panelToggle")
        self.name_label = plain_label(object_name="pageTitle", wrap=False)
        self.facts_label = plain_label(object_name="pageHint")
        self.handover_button = QPushButton(self)
        self.handover_button.setVisible(handovers is not None)  # no store, no handovers
        self.auskunft_button = QPushButton(self)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name_label)
        names.addWidget(self.facts_label)
        head.addLayout(names, 1)
        head.addWidget(self.handover_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.auskunft_button, 0, Qt.AlignmentFlag.AlignTop)

        self.matching = Assessment(self.controller, self)
        self.matching.ranking_view.details_open = 0  # the top card fits whole at 697 px
        self.editor = TalkEditor(self)
        self.talk_list = QListWidget(self)
        self.talk_list.setWordWrap(True)
        self.talk_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.talk_list.setMaximumWidth(170)
        self.new_talk_button = QPushButton(self)
        talk_page = QWidget(self)
        talk_row = QHBoxLayout(talk_page)
        talk_row.setContentsMargins(0, 8, 0, 0)
        talks = QVBoxLayout()
        talks.addWidget(self.talk_list, 1)
        talks.addWidget(self.new_talk_button)
        talk_row.addLayout(talks)
        talk_row.addWidget(self.editor, 1)
        self.compare_button = QPushButton(self)
        result_page = QWidget(self)
        result_column = QVBoxLayout(result_page)
        result_column.setContentsMargins(0, 4, 0, 0)
        result_column.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignRight)
        result_column.addWidget(self.matching.ranking_view, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.matching.editor, "")
        self.tabs.addTab(result_page, "")
        self.tabs.addTab(talk_page, "")
        # Save and export belong to the whole talk, not to one tab: the editor's buttons
        # move into the page's bar below the tabs.
        self.save_button = self.editor.save_button
        self.export_button = self.editor.export_button
        bar = QHBoxLayout()
        bar.addWidget(self.save_button)
        bar.addWidget(self.export_button)
        bar.addStretch(1)

        detail = QWidget(self)
        detail_column = QVBoxLayout(detail)
        detail_column.setContentsMargins(8, 12, 16, 8)
        detail_column.setSpacing(6)
        detail_column.addLayout(head)
        detail_column.addWidget(self.tabs, 1)
        detail_column.addLayout(bar)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(detail)
        toggle_column = QVBoxLayout()
        toggle_column.setContentsMargins(0, 12, 0, 0)
        toggle_column.addWidget(self.list_toggle)
        toggle_column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.left)
        layout.addLayout(toggle_column)
        layout.addWidget(self.stack, 1)

        self.search.textChanged.connect(self.on_search_changed)
        self.list.currentItemChanged.connect(self.on_apprentice_changed)
        self.list.itemActivated.connect(lambda _item: self.on_edit_clicked())
        self.list_toggle.toggled.connect(self.on_list_toggled)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.handover_button.clicked.connect(self.on_handover_clicked)
        self.auskunft_button.clicked.connect(self.on_auskunft_clicked)
        self.export_one_action.triggered.connect(lambda: self.export_all(only_current=True))
        self.export_every_action.triggered.connect(lambda: self.export_all(only_current=False))
        self.talk_list.currentItemChanged.connect(self.on_talk_changed)
        self.new_talk_button.clicked.connect(self.on_new_talk_clicked)
        self.compare_button.clicked.connect(self.on_compare_clicked)
        self.matching.ranking_view.cityActivated.connect(self.cityActivated)
        self.editor.dirtyChanged.connect(self.on_dirty_changed)
        self.editor.saveRequested.connect(lambda: self.save(force_talk=True))
        self.editor.exportRequested.connect(self.export_pdf)
        self.editor.snapshotRequested.connect(self.on_snapshot_requested)
        self.matching.editor.profileChanged.connect(self.on_profile_changed)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.on_save_shortcut)

        self.retranslate()
        self._show_apprentice(None)

    # --- public API ----------------------------------------------------------------------
    @property
    def _current(self):
        return self.controller.current

    def is_dirty(self) -> bool:
        return self._current is not None and (
            self.editor.is_dirty() or self.controller.profile_dirty(self.matching.profile()))

    def maybe_save(self) -> bool:
        """Before leaving: True when it is fine to go on (saved, discarded or nothing to do)."""
        if not self.is_dirty():
            return True
        answer = msg.ask_unsaved(self, self._current.display_name if self._current else "")
        if answer == msg.Button.Save:
            return self.save()
        if answer == msg.Button.Discard:
            self.editor.load(self.controller.reload_talk(self.editor.talk()))
            self.show_profile(self.controller.profile())
            return True
        return False

    @Slot(str)
    def set_advisor(self, name: str) -> None:
        """The advisor name for talks started from now on (the settings page changed it)."""
        self.controller.advisor = name

    @Slot(int)
    def set_retention_days(self, days: int) -> None:
        """The default deletion period for apprentices created from now on."""
        self.controller.retention_days = days

    def set_cities(self, cities: Sequence[City]) -> None:
        """New city data: the live ranking follows; saved snapshots stay as they were."""
        self.controller.set_cities(cities)
        self.matching.rank(self.matching.profile())

    def refresh_list(self, select_id: int | None = None) -> None:
        if select_id is None and self._current is not None:
            select_id = self._current.id
        state = self.controller.find(self.search.text())
        self._loading = True
        try:
            self.list.clear()
            for summary in state.shown:
                item = QListWidgetItem(self._list_text(summary))
                item.setData(ID_ROLE, summary.id)
                self.list.addItem(item)
                if summary.id == select_id:
                    self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._loading = False
        if state.more:
            self.list_hint.setText(self.tr("Mehr als {0} Treffer – bitte Suche verfeinern.")
                                   .format(len(state.shown)))
        elif not state.shown:
            self.list_hint.setText(self.tr("Keine Treffer.") if self.search.text()
                                   else self.tr("Noch niemand angelegt."))
        else:
            self.list_hint.setText(self.tr("%n Azubi(s)", "", len(state.shown)))

    def open_apprentice(self, apprentice_id: int) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == apprentice_id:
                self.list.setCurrentRow(row)
                return self._current is not None and self._current.id == apprentice_id
        return False

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
                not self.open_apprentice(apprentice_id)):
            return False
        if self.editor.is_dirty() and not self._guard_talk():
            return False
        self.show_profile(profile)
        self._start_new_talk()
        self.tabs.setCurrentIndex(TAB_RESULT)
        self.on_dirty_changed()
        return True

    def start_talk_with(self, profile: Profile) -> bool:
        """"Für Azubi übernehmen …" from the scratch pad: choose (or create) the apprentice,
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

    def show_profile(self, profile: Profile) -> None:
        self._loading = True
        try:
            self.matching.set_profile(profile)
        finally:
            self._loading = False

    # --- saving --------------------------------------------------------------------------
    @Slot()
    def on_save_shortcut(self) -> None:
        # The shortcut must not move the keyboard focus (a message box would): remember it.
        focus = QApplication.focusWidget()
        self.save()
        if focus is not None and focus.isVisible() and QApplication.activeModalWidget() is None:
            focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def save(self, *, force_talk: bool = False) -> bool:
        """Save the assessment and the talk if changed (*force_talk*: a new talk too)."""
        outcome = self.controller.save(
            self.matching.profile(), self.editor.talk(), talk_dirty=self.editor.is_dirty(),
            force_talk=force_talk, lang=current_language())
        if not outcome.ok:
            error = outcome.error
            if isinstance(error, RecordError):
                msg.warn(self, self.tr("Nicht gespeichert"), self._record_error_text(error),
                         self.tr("Ihre Eingaben sind noch da; bitte korrigieren und erneut "
                                 "speichern."))
            elif error is not None and is_not_found(error):
                msg.warn(self, self.tr("Nicht gespeichert"),
                         self.tr("Diese/r Auszubildende wurde inzwischen gelöscht."))
            elif error is not None:
                msg.storage_error(self, error)
            return False
        if outcome.talk_saved and outcome.talk is not None:
            # The fields stay (and keep the keyboard focus); only the id and clean state change.
            self.editor.mark_saved(outcome.talk.id)
            self._fill_talks(select_id=outcome.talk.id)
            self.refresh_list()
            self.talksChanged.emit()
        self.on_dirty_changed()
        return True

    # --- slots: list -----------------------------------------------------------------------
    @Slot(bool)
    def on_list_toggled(self, shown: bool) -> None:
        self.left.setVisible(shown)
        self._label_list_toggle()

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
    def on_new_clicked(self) -> int | None:
        if not self.maybe_save():
            return None
        dialog = ApprenticeDialog(None, self.repo.save,
                                  retention_days=self.controller.retention_days, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.search.clear()
            self.controller.select(None)
            self.refresh_list(select_id=dialog.saved_id)
            self._show_apprentice(dialog.saved_id)
            return dialog.saved_id
        return None

    @Slot()
    def on_edit_clicked(self) -> None:
        if self._current is None:
            return
        dialog = ApprenticeDialog(self._current, self.repo.save,
                                  retention_days=self.controller.retention_days, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.controller.refresh_current()
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
        except Exception as exc:
            if not is_not_found(exc):  # already gone: the list below shows the truth
                msg.storage_error(self, exc)
                return
        self.controller.select(None)
        self.editor.load(Talk(apprentice_id=0, held_on=date.today()))
        self.refresh_list()
        self.talksChanged.emit()
        self._show_apprentice(None)

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
        self.editor.load(self.controller.open_talk(talk_id))

    @Slot()
    def on_new_talk_clicked(self) -> None:
        if self.editor.is_dirty() and not self._guard_talk():
            return
        self._start_new_talk()
        self.tabs.setCurrentIndex(TAB_TALK)
        self.editor.notes.setFocus()

    @Slot()
    def on_compare_clicked(self):
        from partnerdesk.ui.dialogs.compare_dialog import CompareDialog

        ranking = self.matching.ranking()
        if ranking is None or len(ranking.results) < 2:
            return None
        dialog = CompareDialog(ranking, self, chosen=self.editor.talk().chosen_cities)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def on_snapshot_requested(self) -> None:
        ranking, profile = self.controller.snapshot(self.matching.profile(), current_language())
        self.editor.set_snapshot(ranking, profile, edit=True)

    @Slot(object)
    def on_profile_changed(self, profile: Profile) -> None:
        if self._loading or self._current is None:
            return
        if self.editor.is_new():
            # A talk not yet saved is happening now: its ranking follows the assessment.
            ranking, snapshot = self.controller.snapshot(profile, current_language())
            self.editor.set_snapshot(ranking, snapshot, edit=False)
        self.on_dirty_changed()

    @Slot()
    def on_dirty_changed(self, _dirty: bool = False) -> None:
        profile_mark = " •" if self.controller.profile_dirty(self.matching.profile()) else ""
        self.tabs.setTabText(TAB_ASSESSMENT, self.tr("1 Selbsteinschätzung") + profile_mark)
        self.tabs.setTabText(TAB_RESULT, self.tr("2 Ergebnis"))
        talk_mark = " •" if self.editor.is_dirty() else ""
        self.tabs.setTabText(TAB_TALK, self.tr("3 Notizen && Schritte") + talk_mark)

    # --- internals -------------------------------------------------------------------------
    def _guard_talk(self) -> bool:
        answer = msg.ask_unsaved(self, self.tr("Das Gespräch"))
        if answer == msg.Button.Save:
            return self.save()
        return answer == msg.Button.Discard

    def _show_apprentice(self, apprentice_id: int | None) -> None:
        if not self.controller.select(apprentice_id):
            self.refresh_list()
        current = self._current
        self.stack.setCurrentIndex(0 if current is None else 1)
        for widget in (self.edit_button, self.delete_button, self.handover_button,
                       self.auskunft_button):
            widget.setEnabled(current is not None)
        self.export_one_action.setEnabled(current is not None)
        if current is None or current.id is None:
            return
        self._show_facts()
        self.show_profile(self.controller.profile())
        talks = self._fill_talks()
        if talks:
            self.editor.load(self.controller.open_talk(talks[0]))
        else:
            self._start_new_talk()
        self.on_dirty_changed()

    def _fill_talks(self, select_id: int | None = None) -> list[int]:
        summaries = self.controller.talks()
        select_id = select_id if select_id is not None else (
            summaries[0].id if summaries else None)
        self._loading = True
        try:
            self.talk_list.clear()
            for s in summaries:
                steps = (self.tr("%n offene(r) Schritt(e)", "", s.open_steps) if s.open_steps
                         else self.tr("keine offenen Schritte"))
                text = (self.tr("{date} · {advisor}\n{steps}")
                        .format(date=format_date(s.held_on), advisor=s.advisor or "—",
                                steps=steps))
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, s.id)
                self.talk_list.addItem(item)
                if s.id == select_id:
                    self.talk_list.setCurrentItem(item)
        finally:
            self._loading = False
        return [s.id for s in summaries]

    def _start_new_talk(self) -> None:
        talk = self.controller.new_talk(self.matching.profile(), current_language())
        self.editor.load(talk)
        self.editor.set_snapshot(talk.ranking_snapshot or {}, talk.profile_snapshot or {},
                                 edit=False)
        # No current row: clicking the previous talk must be a change (and reach the guard).
        self._loading = True
        self.talk_list.setCurrentRow(-1)
        self._loading = False

    def _show_facts(self) -> None:
        a = self._current
        if a is None:
            return
        self.name_label.setText(a.display_name)
        parts = [a.occupation] if a.occupation else []
        if a.training_year:
            parts.append(self.tr("{0}. Ausbildungsjahr").format(a.training_year))
        if a.consent_date:
            parts.append(self.tr("Einwilligung {0}").format(format_date(a.consent_date)))
        if a.deletion_date:
            parts.append(self.tr("Löschen am {0}").format(format_date(a.deletion_date)))
        self.facts_label.setText(" · ".join(parts))

    def _list_text(self, s: ApprenticeSummary) -> str:
        second = [s.occupation] if s.occupation else []
        if s.talk_count:
            second.append(self.tr("%n Gespräch(e)", "", s.talk_count))
        return s.display_name + ("\n" + " · ".join(second) if second else "")

    def _record_error_text(self, exc: RecordError) -> str:
        field, number, detail = record_error_parts(exc)
        names = {"notes": self.tr("Notizen"), "advisor": self.tr("Beratung durch"),
                 "display_name": self.tr("Name")}
        if number is not None:
            label = self.tr("Nächster Schritt {0}").format(number)
            if field.endswith(".text") and "needs a text" in detail:
                return self.tr("{0}: Bitte beschreiben, was zu tun ist.").format(label)
            return f"{label}: {detail}"
        return f"{names.get(field, field)}: {detail}"

    def _label_list_toggle(self) -> None:
        shown = self.list_toggle.isChecked()
        self.list_toggle.setText("◂" if shown else "▸")
        text = self.tr("Azubi-Liste ausblenden") if shown else self.tr("Azubi-Liste einblenden")
        self.list_toggle.setToolTip(text)
        self.list_toggle.setAccessibleName(text)

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
        self.handover_button.setAccessibleName(self.tr(
            "Übergabe-Code vom Kiosk abrufen und Selbsteinschätzung übernehmen"))
        self.auskunft_button.setText(self.tr("&Auskunft exportieren …"))
        self.auskunft_button.setAccessibleName(self.tr(
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
        self.compare_button.setText(self.tr("Städte &vergleichen …"))
        self.compare_button.setAccessibleName(self.tr(
            "Zwei oder drei Städte der Rangliste nebeneinander vergleichen"))
        self.tabs.setAccessibleName(self.tr("Teile des Gesprächs"))
        self._label_list_toggle()
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
