"""The "Beratung" page: apprentices and their counselling talks, laid out for 1366×697.

Left, collapsible: the apprentice list (``ApprenticePanel``). Right, for the selected
apprentice, the talk (``TalkPanel``, which also saves it): Selbsteinschätzung, Ergebnis,
Notizen & Schritte and one bar with "Speichern" (Ctrl+S, keeps the keyboard focus where it
was) and "Protokoll als PDF …". What is open, unsaved or saved is decided by
``CounsellingController``; the dialogs are ``CounsellingActions`` and ``RecordExporter``.
This module builds the page from them, routes their signals and keeps the public API other
pages call (``open_talk``, ``start_talk_with``, ``maybe_save`` ...).
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
from partnerdesk.store.handovers import HandoverRepository
from partnerdesk.store.stays import StayRepository
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.views.apprentice_panel import ApprenticePanel
from partnerdesk.ui.views.counselling_actions import CounsellingActions
from partnerdesk.ui.views.counselling_controller import CounsellingController
from partnerdesk.ui.views.record_export import BatchExport, RecordExporter
from partnerdesk.ui.views.talk_panel import ID_ROLE, TAB_ASSESSMENT, TAB_RESULT, TalkPanel
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
        self.detail = TalkPanel(self.controller, self._talk_row, self)
        detail, head = self.detail, self.detail.head
        self.name_label, self.facts_label = head.name_label, head.facts_label
        self.handover_button, self.auskunft_button = head.handover_button, head.auskunft_button
        self.stays_button, self.tabs, self.matching = (
            head.stays_button,
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
        self.compare_button.clicked.connect(self.on_compare_clicked)
        self.matching.ranking_view.cityActivated.connect(self.cityActivated)
        self.editor.exportRequested.connect(self.export_pdf)
        detail.talksChanged.connect(self.refresh_list)
        detail.talksChanged.connect(self.talksChanged)
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
        return self.detail.is_dirty()

    def maybe_save(self) -> bool:
        """Before leaving: True when it is fine to go on (saved, discarded or nothing to do)."""
        if not self.is_dirty():
            return True
        answer = msg.ask_unsaved(self, self._current.display_name if self._current else "")
        if answer == msg.Button.Save:
            return self.save()
        if answer == msg.Button.Discard:
            self.detail.discard()
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
        if self.editor.is_dirty() and not self.detail.guard_talk():
            return False
        self.detail.take_over(profile, TAB_RESULT, new_talk=True)
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
        if not self.detail.reread() and self._current is not None:
            self._show_apprentice(self._current.id)

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
        if profile is not None:  # show the self-assessment that came in
            self.detail.take_over(profile, TAB_ASSESSMENT)

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
        return self.detail.save(force_talk=force_talk)

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
            self.detail.head.show_facts(self._current)
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

    @Slot()
    def on_new_talk_clicked(self) -> None:
        self.detail.on_new_talk_clicked()

    # --- internals -------------------------------------------------------------------------
    def _show_apprentice(self, apprentice_id: int | None) -> None:
        if not self.controller.select(apprentice_id):
            self.refresh_list()
        current = self._current
        self.stack.setCurrentIndex(0 if current is None else 1)
        self.left.set_record_actions_enabled(current is not None)
        for widget in self.detail.head.buttons():
            widget.setEnabled(current is not None)
        if current is not None and current.id is not None:
            self.detail.show_apprentice(current)

    def _talk_row(self, s: TalkSummary) -> str:
        steps = (
            self.tr("%n offene(r) Schritt(e)", "", s.open_steps)
            if s.open_steps
            else self.tr("keine offenen Schritte")
        )
        return self.tr("{date} · {advisor}\n{steps}").format(
            date=format_date(s.held_on), advisor=s.advisor or "—", steps=steps
        )

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
        self.detail.on_dirty_changed()
        if self._current is not None:
            self.detail.head.show_facts(self._current)
            self.detail.fill_talks(select_id=self.editor.talk().id)
        self.refresh_list()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()
