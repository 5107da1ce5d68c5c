"""The right-hand side of the "Beratung" page: the selected apprentice and the talk.

A head (``ApprenticeHead``: name, facts, the record's buttons), the talk in three tabs —
Selbsteinschätzung, Ergebnis (the live ranking, one scroll area, nothing nested), Notizen &
Schritte (earlier talks beside the editor) — and one bar with "Speichern" and "Protokoll als
PDF …". The panel shows what ``CounsellingController`` decides for the open apprentice:
which talk is open, what is unsaved, what a save wrote; the head's buttons and the export
belong to the page (``CounsellingView``). The texts keep the page's translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import Apprentice, Talk, TalkSummary
from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import Ranking
from partnerdesk.store.conflicts import EditConflict
from partnerdesk.ui.a11y import hidden_label, name_with_text
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.views.apprentice_head import ApprenticeHead
from partnerdesk.ui.views.counselling_actions import show_save_problem
from partnerdesk.ui.views.counselling_controller import CounsellingController
from partnerdesk.ui.views.talk_editor import TalkEditor
from partnerdesk.ui.widgets.list_current import restore_current
from partnerdesk.ui.widgets.profile_editor import ProfileEditor
from partnerdesk.ui.widgets.ranking_view import RankingView

# lupdate finds only literal translate("Context", "text") calls; the texts were the page's.
translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
TAB_ASSESSMENT, TAB_RESULT, TAB_TALK = range(3)  # the parts of a talk, in order


class Assessment:
    """The self-assessment form and the ranking it produces (two tabs of the page)."""

    def __init__(self, rank: Callable[[Profile], Ranking], parent: QWidget) -> None:
        self._rank = rank
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
        self.ranking_view.set_ranking(self._rank(profile))


class TalkPanel(Retranslatable, QWidget):
    """*describe* words a row of the earlier talks (the page's ``tr()``: lupdate reads a
    plural form only there)."""

    talksChanged = Signal()  # a talk was saved: the list of talks (and apprentices) changed

    def __init__(
        self,
        controller: CounsellingController,
        describe: Callable[[TalkSummary], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._describe = describe
        self._loading = False
        self.head = ApprenticeHead(self)
        # Made before the pages it holds: Qt's Tab order follows the order widgets are made,
        # and the tab bar belongs after the head's buttons, before the fields of a page.
        self.tabs = QTabWidget(self)

        self.matching = Assessment(controller.rank, self)
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
        bar = QHBoxLayout()
        bar.addWidget(self.editor.save_button)
        bar.addWidget(self.editor.export_button)
        bar.addStretch(1)
        self._tabs_label = hidden_label(self.tabs.tabBar())  # names the tab bar on Linux

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 12, 16, 8)
        column.setSpacing(6)
        column.addWidget(self.head)
        column.addWidget(self.tabs, 1)
        column.addLayout(bar)

        self.talk_list.currentItemChanged.connect(self.on_talk_changed)
        self.new_talk_button.clicked.connect(self.on_new_talk_clicked)
        self.editor.dirtyChanged.connect(self.on_dirty_changed)
        self.editor.saveRequested.connect(lambda: self.save(force_talk=True))
        self.editor.snapshotRequested.connect(self.on_snapshot_requested)
        self.matching.editor.profileChanged.connect(self.on_profile_changed)
        self.retranslate()

    # --- what the page asks --------------------------------------------------------------
    def show_apprentice(self, a: Apprentice) -> None:
        """The newly opened *a*: facts, stored assessment, the newest talk (or a new one)."""
        self.head.show_facts(a)
        self.show_profile(self._controller.profile())
        talks = self.fill_talks()
        if talks:
            self.editor.load(self._controller.open_talk(talks[0]))
        else:
            self.start_new_talk()
        self.on_dirty_changed()

    def show_profile(self, profile: Profile) -> None:
        self._loading = True
        try:
            self.matching.set_profile(profile)
        finally:
            self._loading = False

    def is_dirty(self) -> bool:
        return self._controller.is_dirty(self.matching.profile(), talk_dirty=self.editor.is_dirty())

    def discard(self) -> None:
        """Forget unsaved input: the talk and the assessment as stored."""
        self.editor.load(self._controller.reload_talk(self.editor.talk()))
        self.show_profile(self._controller.profile())

    def take_over(self, profile: Profile, tab: int, *, new_talk: bool = False) -> None:
        """Show *profile* (a scratch pad's, a kiosk's) on *tab*, in a *new_talk* or in the
        talk not yet saved, whose ranking follows it."""
        self.show_profile(profile)
        if new_talk:
            self.start_new_talk()
        else:
            self.follow_assessment(profile)
        self.tabs.setCurrentIndex(tab)
        self.on_dirty_changed()

    def follow_assessment(self, profile: Profile) -> None:
        if self.editor.is_new():  # the talk happening now follows the assessment
            ranking, snapshot = self._controller.snapshot(profile, current_language())
            self.editor.set_snapshot(ranking, snapshot, edit=False)

    def reread(self) -> bool:
        """Other advisors' changes to the open talk; False if it was deleted meanwhile."""
        reread = self._controller.reread(self.editor.talk(), dirty=self.is_dirty())
        if reread.talk is not None:
            if reread.changed:
                self.editor.load(reread.talk)
            self.fill_talks(select_id=reread.talk.id)  # talks other advisors added
        return not reread.gone

    # --- saving ----------------------------------------------------------------------------
    @Slot()
    def save(self, *, force_talk: bool = False) -> bool:
        """Save the assessment and the talk if changed (*force_talk*: a new talk too)."""
        outcome = self._controller.save(
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
            self.fill_talks(select_id=outcome.talk.id)
            self.talksChanged.emit()
        self.on_dirty_changed()
        return True

    def _on_talk_conflict(self, mine: Talk, conflict: EditConflict) -> bool:
        """Another advisor saved this talk since it was opened: ask; never overwrite."""
        from partnerdesk.ui.dialogs.conflict_dialog import ConflictChoice, ask_conflict

        info = conflict.info
        choice = ask_conflict(self, info.changed_by, info.changed_at)
        if choice is ConflictChoice.KEEP_EDITING:
            return False  # the form still holds everything as typed
        talk = self._controller.resolve_conflict(mine, choice is ConflictChoice.SAVE_COPY)
        self.editor.load(talk)
        self.fill_talks(select_id=talk.id)
        self.talksChanged.emit()
        self.on_dirty_changed()
        return choice is ConflictChoice.SAVE_COPY

    def guard_talk(self) -> bool:
        """Before leaving an edited talk: True when it is fine to go on."""
        answer = msg.ask_unsaved(self, translate("CounsellingView", "Das Gespräch"))
        if answer == msg.Button.Save:
            return self.save()
        return answer == msg.Button.Discard

    # --- slots -----------------------------------------------------------------------------
    @Slot(QListWidgetItem, QListWidgetItem)
    def on_talk_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._loading or current is None:
            return
        talk_id = current.data(ID_ROLE)
        if talk_id == self.editor.talk().id:
            return
        if self.editor.is_dirty() and not self.guard_talk():
            self._loading = True
            restore_current(self.talk_list, previous)
            self._loading = False
            return
        self.editor.load(self._controller.open_talk(talk_id))

    @Slot()
    def on_new_talk_clicked(self) -> None:
        if self.editor.is_dirty() and not self.guard_talk():
            return
        self.start_new_talk()
        self.tabs.setCurrentIndex(TAB_TALK)
        self.editor.notes.setFocus()

    @Slot()
    def on_snapshot_requested(self) -> None:
        ranking, profile = self._controller.snapshot(self.matching.profile(), current_language())
        self.editor.set_snapshot(ranking, profile, edit=True)

    @Slot(object)
    def on_profile_changed(self, profile: Profile) -> None:
        if self._loading or self._controller.current is None:
            return
        self.follow_assessment(profile)
        self.on_dirty_changed()

    @Slot()
    def on_dirty_changed(self, _dirty: bool = False) -> None:
        """Tab names, with " •" where something is not saved yet."""
        profile_mark = " •" if self._controller.profile_dirty(self.matching.profile()) else ""
        self.tabs.setTabText(
            TAB_ASSESSMENT, translate("CounsellingView", "1 Selbsteinschätzung") + profile_mark
        )
        self.tabs.setTabText(TAB_RESULT, translate("CounsellingView", "2 Ergebnis"))
        talk_mark = " •" if self.editor.is_dirty() else ""
        self.tabs.setTabText(
            TAB_TALK, translate("CounsellingView", "3 Notizen && Schritte") + talk_mark
        )

    # --- showing ---------------------------------------------------------------------------
    def start_new_talk(self) -> None:
        talk = self._controller.new_talk(self.matching.profile(), current_language())
        self.editor.load(talk)
        self.editor.set_snapshot(
            talk.ranking_snapshot or {}, talk.profile_snapshot or {}, edit=False
        )
        # No current row: clicking the previous talk must be a change (and reach the guard).
        self._loading = True
        self.talk_list.setCurrentRow(-1)
        self._loading = False

    def fill_talks(self, select_id: int | None = None) -> list[int]:
        """List the earlier talks, *select_id* (or the newest) current; their ids."""
        summaries = self._controller.talks()
        if select_id is None and summaries:
            select_id = summaries[0].id
        self._loading = True
        try:
            self.talk_list.clear()
            for s in summaries:
                item = QListWidgetItem(self._describe(s))
                item.setData(ID_ROLE, s.id)
                self.talk_list.addItem(item)
                if s.id == select_id:
                    self.talk_list.setCurrentItem(item)
        finally:
            self._loading = False
        return [s.id for s in summaries]

    def select_talk(self, talk_id: int) -> bool:
        """Make *talk_id* the current row and show its tab; False if it is not listed."""
        for row in range(self.talk_list.count()):
            if self.talk_list.item(row).data(ID_ROLE) == talk_id:
                self.talk_list.setCurrentRow(row)
                self.tabs.setCurrentIndex(TAB_TALK)
                return True
        return False

    def retranslate(self) -> None:
        self.talk_list.setAccessibleName(translate("CounsellingView", "Frühere Gespräche"))
        self.new_talk_button.setText(translate("CounsellingView", "Neues &Gespräch"))
        self.new_talk_button.setAccessibleName(
            translate("CounsellingView", "Neues Gespräch beginnen")
        )
        self.compare_button.setText(translate("CounsellingView", "Städte &vergleichen …"))
        name_with_text(
            self.compare_button,
            translate(
                "CounsellingView", "Zwei oder drei Städte der Rangliste nebeneinander vergleichen"
            ),
        )
        self.tabs.setAccessibleName(translate("CounsellingView", "Teile des Gesprächs"))
        self._tabs_label.setText(self.tabs.accessibleName())
