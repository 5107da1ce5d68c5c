"""The "Beratung" page: apprentices and their counselling talks, laid out for 1366×697.

Left, collapsible: the apprentice list (``ApprenticePanel``). Right, for the selected
apprentice, the talk (``TalkPanel``): Selbsteinschätzung, Ergebnis, Notizen & Schritte and
one bar with "Speichern" (Ctrl+S, keeps the keyboard focus where it was) and "Protokoll als
PDF …". What is open, unsaved or saved is decided by ``CounsellingController``; the dialogs
are ``CounsellingActions`` and ``RecordExporter``. This module wires them and shows outcomes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidgetItem,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import Apprentice, Talk, TalkSummary
from partnerdesk.core.domain import City, Profile
from partnerdesk.qt.background import Runner, default_runner
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.conflicts import EditConflict
from partnerdesk.store.handovers import HandoverRepository
from partnerdesk.store.stays import StayRepository
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.views.apprentice_panel import ApprenticePanel
from partnerdesk.ui.views.counselling_actions import CounsellingActions, show_save_problem
from partnerdesk.ui.views.counselling_controller import CounsellingController
from partnerdesk.ui.views.record_export import BatchExport, RecordExporter
from partnerdesk.ui.views.talk_panel import ID_ROLE, TAB_RESULT, TAB_TALK, TalkPanel
from partnerdesk.ui.widgets.list_current import restore_current
from partnerdesk.ui.widgets.plain_text import plain_label

if TYPE_CHECKING:
    from partnerdesk.ui.dialogs.compare_dialog import CompareDialog

# The search asks the database once typing pauses, not on every keystroke.
SEARCH_DELAY_MS = 250


class CounsellingView(Retranslatable, QWidget):
    exportFinished = Signal(int)  # records written by a batch export (tests, status bar)
    talksChanged = Signal()  # a talk was saved or deleted (the Wiedervorlage re-reads)
    cityActivated = Signal(str)

    def __init__(
        self,
        apprentices: ApprenticeRepository,
        cities: Sequence[City],
        parent: QWidget | None = None,
        *,
        retention_days: int = 730,
        advisor: str = "",
        handovers: HandoverRepository | None = None,
        stays: StayRepository | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counsellingView")
        self.controller = CounsellingController(
            apprentices, cities, advisor=advisor, retention_days=retention_days
        )
        self.repo = apprentices
        self.page_actions = CounsellingActions(
            self.controller, apprentices, self, self, handovers=handovers, stays=stays
        )
        self.exporter = RecordExporter(
            self.controller,
            apprentices,
            self,
            lambda: self.editor.talk(),
            self,
            runner if runner is not None else default_runner(),
            self.exportFinished.emit,
        )
        self._loading = False

        self.left = ApprenticePanel(self)
        # The panels' parts under the names the page (and its tests) always used.
        left = self.left
        self.title, self.search, self.list = left.title, left.search, left.list
        self.list_hint, self.new_button = left.list_hint, left.new_button
        self.edit_button, self.delete_button = left.edit_button, left.delete_button
        self.export_all_button = left.export_all_button
        self.export_one_action = left.export_one_action
        self.export_every_action = left.export_every_action
        self.empty = plain_label(object_name="pageHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_toggle = QToolButton(self)
        self.list_toggle.setCheckable(True)
        self.list_toggle.setChecked(True)
        self.list_toggle.setObjectName("panelToggle")
        self.detail = TalkPanel(self.controller.rank, self)
        detail = self.detail
        self.name_label, self.facts_label = detail.name_label, detail.facts_label
        self.handover_button, self.auskunft_button = detail.handover_button, detail.auskunft_button
        self.stays_button, self.tabs, self.matching = (
            detail.stays_button,
            detail.tabs,
            detail.matching,
        )
        self.editor, self.talk_list = detail.editor, detail.talk_list
        self.new_talk_button, self.compare_button = detail.new_talk_button, detail.compare_button
        self.save_button, self.export_button = self.editor.save_button, self.editor.export_button
        self.handover_button.setVisible(handovers is not None)  # no store, no handovers
        self.stays_button.setVisible(stays is not None)

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

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.on_search_settled)
        self.search.textChanged.connect(self.on_search_changed)
        self.search.returnPressed.connect(self.on_search_settled)
        self.list.currentItemChanged.connect(self.on_apprentice_changed)
        self.list.itemActivated.connect(lambda _item: self.on_edit_clicked())
        self.list_toggle.toggled.connect(self.on_list_toggled)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.handover_button.clicked.connect(self.on_handover_clicked)
        self.auskunft_button.clicked.connect(self.on_auskunft_clicked)
        self.stays_button.clicked.connect(self.on_stays_clicked)
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
    def _current(self) -> Apprentice | None:
        return self.controller.current

    def is_dirty(self) -> bool:
        return self.controller.is_dirty(self.matching.profile(), talk_dirty=self.editor.is_dirty())

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
        self._search_timer.stop()  # this refresh already reads the current search text
        if select_id is None and self._current is not None:
            select_id = self._current.id
        self.left.fill(self.controller.find(self.search.text()), select_id)

    def open_apprentice(self, apprentice_id: int) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == apprentice_id:
                self.list.setCurrentRow(row)
                return self._current is not None and self._current.id == apprentice_id
        return False

    def show_profile(self, profile: Profile) -> None:
        self._loading = True
        try:
            self.matching.set_profile(profile)
        finally:
            self._loading = False

    def open_talk(self, apprentice_id: int, talk_id: int) -> bool:
        """Show *talk_id* of *apprentice_id* (from the Wiedervorlage); False if it is gone
        or unsaved work was kept."""
        if self._current is None or self._current.id != apprentice_id:
            if self.search.text():
                self.search.clear()
            if not self.open_apprentice(apprentice_id):
                return False
        return self.detail.select_talk(talk_id) and self.editor.talk().id == talk_id

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
        from partnerdesk.ui.dialogs.take_over_dialog import NEW

        if not self.maybe_save():
            return False
        chosen = self.page_actions.choose_apprentice()
        if chosen == NEW:
            chosen = self.on_new_clicked()
        return chosen is not None and self.take_over_profile(chosen, profile)

    def refresh_from_store(self) -> None:
        """Show other advisors' changes (team mode: on activation and a short poll)."""
        if self.exporter.batch is not None:
            return
        self.refresh_list()
        reread = self.controller.reread(self.editor.talk(), dirty=self.is_dirty())
        if reread.gone and self._current is not None:
            self._show_apprentice(self._current.id)
        elif reread.talk is not None:
            if reread.changed:
                self.editor.load(reread.talk)
            self._fill_talks(select_id=reread.talk.id)  # talks other advisors added

    # --- the dialogs (``CounsellingActions``, ``RecordExporter``) -------------------------
    @Slot()
    def export_pdf(self) -> Path | None:
        return self.exporter.export_pdf()

    def export_all(self, *, only_current: bool) -> BatchExport | None:
        return self.exporter.export_all(only_current=only_current)

    @Slot()
    def on_stays_clicked(self) -> None:
        self.page_actions.record_stays()

    @Slot()
    def on_auskunft_clicked(self) -> Path | None:
        return self.page_actions.export_auskunft()

    @Slot()
    def on_compare_clicked(self) -> CompareDialog | None:
        return self.page_actions.compare(self.matching.ranking(), self.editor.talk().chosen_cities)

    @Slot()
    def on_handover_clicked(self) -> None:
        profile = self.page_actions.take_handover()
        if profile is None:
            return
        self.show_profile(profile)
        if self.editor.is_new():  # the talk happening now follows the new assessment
            ranking, snapshot = self.controller.snapshot(profile, current_language())
            self.editor.set_snapshot(ranking, snapshot, edit=False)
        self.tabs.setCurrentIndex(0)  # the self-assessment that came in
        self.on_dirty_changed()

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
            self.matching.profile(),
            self.editor.talk(),
            talk_dirty=self.editor.is_dirty(),
            force_talk=force_talk,
            lang=current_language(),
        )
        if outcome.conflict is not None and outcome.talk is not None:
            return self._on_talk_conflict(outcome.talk, outcome.conflict)
        if not outcome.ok:
            show_save_problem(self, outcome)
            return False
        if outcome.talk_saved and outcome.talk is not None and outcome.talk.id is not None:
            # The fields stay (and keep the keyboard focus); only the id and clean state change.
            self.editor.mark_saved(outcome.talk)
            self._talks_changed(outcome.talk.id)
        self.on_dirty_changed()
        return True

    def _on_talk_conflict(self, mine: Talk, conflict: EditConflict) -> bool:
        """Another advisor saved this talk since it was opened: ask; never overwrite."""
        from partnerdesk.ui.dialogs.conflict_dialog import ConflictChoice, ask_conflict

        info = conflict.info
        choice = ask_conflict(self, info.changed_by, info.changed_at)
        if choice is ConflictChoice.KEEP_EDITING:
            return False  # the form still holds everything as typed
        talk = self.controller.resolve_conflict(mine, choice is ConflictChoice.SAVE_COPY)
        self.editor.load(talk)
        self._talks_changed(talk.id)
        self.on_dirty_changed()
        return choice is ConflictChoice.SAVE_COPY

    def _talks_changed(self, select_id: int | None) -> None:
        self._fill_talks(select_id=select_id)
        self.refresh_list()
        self.talksChanged.emit()

    # --- slots: list -----------------------------------------------------------------------
    @Slot(bool)
    def on_list_toggled(self, shown: bool) -> None:
        self.left.setVisible(shown)
        self._label_list_toggle()

    @Slot(str)
    def on_search_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts while the advisor keeps typing

    @Slot()
    def on_search_settled(self) -> None:
        self.refresh_list()

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_apprentice_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._loading:
            return
        new_id = current.data(ID_ROLE) if current is not None else None
        if self._current is not None and new_id == self._current.id:
            return
        if not self.maybe_save():
            self._loading = True
            restore_current(self.list, previous)
            self._loading = False
            return
        self._show_apprentice(new_id)

    @Slot()
    def on_new_clicked(self) -> int | None:
        if not self.maybe_save():
            return None
        saved_id = self.page_actions.create()
        if saved_id is not None:
            self.search.clear()
            self.controller.select(None)
            self.refresh_list(select_id=saved_id)
            self._show_apprentice(saved_id)
        return saved_id

    @Slot()
    def on_edit_clicked(self) -> None:
        if self.page_actions.edit() and self._current is not None:
            self.detail.show_facts(self._current)
            self.refresh_list()

    @Slot()
    def on_delete_clicked(self) -> None:
        if not self.page_actions.erase():
            return
        self.controller.select(None)
        self.editor.load(Talk(apprentice_id=0, held_on=date.today()))
        self.refresh_list()
        self.talksChanged.emit()
        self._show_apprentice(None)

    # --- slots: talks ----------------------------------------------------------------------
    @Slot(QListWidgetItem, QListWidgetItem)
    def on_talk_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._loading or current is None:
            return
        talk_id = current.data(ID_ROLE)
        if talk_id == self.editor.talk().id:
            return
        if self.editor.is_dirty() and not self._guard_talk():
            self._loading = True
            restore_current(self.talk_list, previous)
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
        profile_dirty = self.controller.profile_dirty(self.matching.profile())
        self.detail.mark_unsaved(profile=profile_dirty, talk=self.editor.is_dirty())

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
        self.left.set_record_actions_enabled(current is not None)
        for widget in (self.handover_button, self.auskunft_button, self.stays_button):
            widget.setEnabled(current is not None)
        if current is None or current.id is None:
            return
        self.detail.show_facts(current)
        self.show_profile(self.controller.profile())
        talks = self._fill_talks()
        if talks:
            self.editor.load(self.controller.open_talk(talks[0]))
        else:
            self._start_new_talk()
        self.on_dirty_changed()

    def _fill_talks(self, select_id: int | None = None) -> list[int]:
        self._loading = True
        try:
            return self.detail.fill_talks(self.controller.talks(), select_id, self._talk_row)
        finally:
            self._loading = False

    def _talk_row(self, s: TalkSummary) -> str:
        steps = (
            self.tr("%n offene(r) Schritt(e)", "", s.open_steps)
            if s.open_steps
            else self.tr("keine offenen Schritte")
        )
        return self.tr("{date} · {advisor}\n{steps}").format(
            date=format_date(s.held_on), advisor=s.advisor or "—", steps=steps
        )

    def _start_new_talk(self) -> None:
        talk = self.controller.new_talk(self.matching.profile(), current_language())
        self.editor.load(talk)
        self.editor.set_snapshot(
            talk.ranking_snapshot or {}, talk.profile_snapshot or {}, edit=False
        )
        # No current row: clicking the previous talk must be a change (and reach the guard).
        self._loading = True
        self.talk_list.setCurrentRow(-1)
        self._loading = False

    def _label_list_toggle(self) -> None:
        shown = self.list_toggle.isChecked()
        self.list_toggle.setText("◂" if shown else "▸")
        text = self.tr("Azubi-Liste ausblenden") if shown else self.tr("Azubi-Liste einblenden")
        self.list_toggle.setToolTip(text)
        self.list_toggle.setAccessibleName(text)

    def retranslate(self) -> None:
        self.empty.setText(
            self.tr(
                "Wählen Sie links eine/n Auszubildende/n aus oder legen Sie mit „Neu“ jemanden an."
            )
        )
        self._label_list_toggle()
        self.on_dirty_changed()
        if self._current is not None:
            self.detail.show_facts(self._current)
            self._fill_talks(select_id=self.editor.talk().id)
        self.refresh_list()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()
