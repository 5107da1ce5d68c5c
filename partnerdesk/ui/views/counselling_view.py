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

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import Apprentice, RecordError, Talk
from partnerdesk.core.domain import City, Profile
from partnerdesk.core.matching import Ranking
from partnerdesk.qt.background import Runner, default_runner
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.conflicts import EditConflict
from partnerdesk.store.handovers import HandoverRepository
from partnerdesk.store.stays import StayRepository
from partnerdesk.ui.a11y import hidden_label, name_with_text
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.dialogs.apprentice_dialog import ApprenticeDialog
from partnerdesk.ui.dialogs.auskunft_dialog import confirm_and_erase
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.views.apprentice_panel import ApprenticePanel
from partnerdesk.ui.views.counselling_actions import (
    ID_ROLE,
    TAB_ASSESSMENT,
    TAB_RESULT,
    TAB_TALK,
    RecordActions,
)
from partnerdesk.ui.views.counselling_controller import (
    CounsellingController,
    is_not_found,
    record_error_parts,
)
from partnerdesk.ui.views.talk_editor import TalkEditor
from partnerdesk.ui.widgets.list_current import restore_current
from partnerdesk.ui.widgets.plain_text import plain_label
from partnerdesk.ui.widgets.profile_editor import ProfileEditor
from partnerdesk.ui.widgets.ranking_view import RankingView

# The search asks the database once typing pauses, not on every keystroke.
SEARCH_DELAY_MS = 250


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


class CounsellingView(Retranslatable, RecordActions, QWidget):
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
        self._handovers = handovers
        self._stays = stays  # None: no stays button
        self._runner = runner if runner is not None else default_runner()
        self._loading = False

        # --- left: the apprentice list (collapsible) -------------------------------------
        self.left = ApprenticePanel(self)
        # The panel's parts under the names the page (and its tests) always used.
        left = self.left
        self.title, self.search, self.list = left.title, left.search, left.list
        self.list_hint, self.new_button = left.list_hint, left.new_button
        self.edit_button, self.delete_button = left.edit_button, left.delete_button
        self.export_all_button = left.export_all_button
        self.export_one_action = left.export_one_action
        self.export_every_action = left.export_every_action

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
        self.stays_button = QPushButton(self)
        self.stays_button.setVisible(stays is not None)
        # Made before the pages it holds: Qt's Tab order follows the order widgets are made,
        # and the tab bar belongs after the head's buttons, before the fields of a page.
        self.tabs = QTabWidget(self)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name_label)
        names.addWidget(self.facts_label)
        head.addLayout(names, 1)
        head.addWidget(self.handover_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.auskunft_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.stays_button, 0, Qt.AlignmentFlag.AlignTop)

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
        self._tabs_label = hidden_label(self.tabs.tabBar())  # names the tab bar on Linux

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

        # The search asks the database once typing pauses, not on every keystroke.
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
        return self._current is not None and (
            self.editor.is_dirty() or self.controller.profile_dirty(self.matching.profile())
        )

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
            error = outcome.error
            if isinstance(error, RecordError):
                msg.warn(
                    self,
                    self.tr("Nicht gespeichert"),
                    self._record_error_text(error),
                    self.tr("Ihre Eingaben sind noch da; bitte korrigieren und erneut speichern."),
                )
            elif error is not None and is_not_found(error):
                msg.warn(
                    self,
                    self.tr("Nicht gespeichert"),
                    self.tr("Diese/r Auszubildende wurde inzwischen gelöscht."),
                )
            elif error is not None:
                msg.storage_error(self, error)
            return False
        if outcome.talk_saved and outcome.talk is not None and outcome.talk.id is not None:
            # The fields stay (and keep the keyboard focus); only the id and clean state change.
            self.editor.mark_saved(outcome.talk)
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

    def _on_talk_conflict(self, mine: Talk, conflict: EditConflict) -> bool:
        """Another advisor saved this talk since it was opened: ask; never overwrite."""
        from partnerdesk.ui.dialogs.conflict_dialog import ConflictChoice, ask_conflict

        info = conflict.info
        choice = ask_conflict(self, info.changed_by, info.changed_at)
        if choice is ConflictChoice.KEEP_EDITING:
            return False  # the form still holds everything as typed
        talk = self.controller.resolve_conflict(mine, choice is ConflictChoice.SAVE_COPY)
        self.editor.load(talk)
        self._fill_talks(select_id=talk.id)
        self.refresh_list()
        self.talksChanged.emit()
        self.on_dirty_changed()
        return choice is ConflictChoice.SAVE_COPY

    def refresh_from_store(self) -> None:
        """Show other advisors' changes (team mode: on activation and a short poll).

        The list is re-read; the open talk is reloaded only when the form has no unsaved
        input - with input, the next save meets the conflict dialog instead.
        """
        if self._batch is not None:
            return
        self.refresh_list()
        current = self._current
        if current is None or current.id is None or self.is_dirty():
            return
        shown = self.editor.talk()
        if shown.id is None:
            return
        try:
            stored = self.controller.open_talk(shown.id)
        except Exception as exc:
            if not is_not_found(exc):
                raise
            self._show_apprentice(current.id)
            return
        if stored.version != shown.version:
            self.editor.load(stored)
        self._fill_talks(select_id=stored.id)  # talks other advisors added

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
        dialog = ApprenticeDialog(
            None, self.repo.save, retention_days=self.controller.retention_days, parent=self
        )
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
        dialog = ApprenticeDialog(
            self._current,
            self.repo.save,
            retention_days=self.controller.retention_days,
            parent=self,
        )
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
        self.left.set_record_actions_enabled(current is not None)
        for widget in (self.handover_button, self.auskunft_button, self.stays_button):
            widget.setEnabled(current is not None)
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
        select_id = select_id if select_id is not None else (summaries[0].id if summaries else None)
        self._loading = True
        try:
            self.talk_list.clear()
            for s in summaries:
                steps = (
                    self.tr("%n offene(r) Schritt(e)", "", s.open_steps)
                    if s.open_steps
                    else self.tr("keine offenen Schritte")
                )
                text = self.tr("{date} · {advisor}\n{steps}").format(
                    date=format_date(s.held_on), advisor=s.advisor or "—", steps=steps
                )
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
        self.editor.set_snapshot(
            talk.ranking_snapshot or {}, talk.profile_snapshot or {}, edit=False
        )
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

    def _record_error_text(self, exc: RecordError) -> str:
        field, number, detail = record_error_parts(exc)
        names = {
            "notes": self.tr("Notizen"),
            "advisor": self.tr("Beratung durch"),
            "display_name": self.tr("Name"),
        }
        if number is not None:
            label = self.tr("Nächster Schritt {0}").format(number)
            if exc.code == "step_text_missing":
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
        self.handover_button.setText(self.tr("Übergabe-&Code abrufen …"))
        name_with_text(
            self.handover_button,
            self.tr("Übergabe-Code vom Kiosk abrufen und Selbsteinschätzung übernehmen"),
        )
        self.auskunft_button.setText(self.tr("&Auskunft exportieren …"))
        name_with_text(
            self.auskunft_button,
            self.tr("Auskunft über alle gespeicherten Daten exportieren (JSON und PDF)"),
        )
        self.stays_button.setText(self.tr("Aufent&halte …"))
        name_with_text(
            self.stays_button, self.tr("Auslandsaufenthalte und Erfahrungsberichte erfassen")
        )
        self.empty.setText(
            self.tr(
                "Wählen Sie links eine/n Auszubildende/n aus oder legen Sie mit „Neu“ jemanden an."
            )
        )
        self.talk_list.setAccessibleName(self.tr("Frühere Gespräche"))
        self.new_talk_button.setText(self.tr("Neues &Gespräch"))
        self.new_talk_button.setAccessibleName(self.tr("Neues Gespräch beginnen"))
        self.compare_button.setText(self.tr("Städte &vergleichen …"))
        name_with_text(
            self.compare_button,
            self.tr("Zwei oder drei Städte der Rangliste nebeneinander vergleichen"),
        )
        self.tabs.setAccessibleName(self.tr("Teile des Gesprächs"))
        self._tabs_label.setText(self.tabs.accessibleName())
        self._label_list_toggle()
        self.on_dirty_changed()
        if self._current is not None:
            self._show_facts()
            self._fill_talks(select_id=self.editor.talk().id)
        self.refresh_list()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()
