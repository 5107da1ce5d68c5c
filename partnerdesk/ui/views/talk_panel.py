"""The right-hand side of the "Beratung" page: the selected apprentice and the talk.

A head (name, facts, "Übergabe-Code", "Auskunft", "Aufenthalte"), the talk in three tabs —
Selbsteinschätzung, Ergebnis (the live ranking, one scroll area, nothing nested), Notizen &
Schritte (earlier talks beside the editor) — and one bar with "Speichern" and "Protokoll als
PDF …". Only layout and texts; ``CounsellingView`` decides what is shown and what the
buttons do. The texts keep the page's translation context, "CounsellingView".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import Apprentice, TalkSummary
from partnerdesk.core.domain import Profile
from partnerdesk.core.matching import Ranking
from partnerdesk.ui.a11y import hidden_label, name_with_text
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.views.talk_editor import TalkEditor
from partnerdesk.ui.widgets.plain_text import plain_label
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
    def __init__(self, rank: Callable[[Profile], Ranking], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = plain_label(object_name="pageTitle", wrap=False)
        self.facts_label = plain_label(object_name="pageHint")
        self.handover_button = QPushButton(self)
        self.auskunft_button = QPushButton(self)
        self.stays_button = QPushButton(self)
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
        for button in (self.handover_button, self.auskunft_button, self.stays_button):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.matching = Assessment(rank, self)
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
        column.addLayout(head)
        column.addWidget(self.tabs, 1)
        column.addLayout(bar)
        self.retranslate()

    def show_facts(self, a: Apprentice) -> None:
        self.name_label.setText(a.display_name)
        parts = [a.occupation] if a.occupation else []
        if a.training_year:
            parts.append(
                translate("CounsellingView", "{0}. Ausbildungsjahr").format(a.training_year)
            )
        if a.consent_date:
            parts.append(
                translate("CounsellingView", "Einwilligung {0}").format(format_date(a.consent_date))
            )
        if a.deletion_date:
            parts.append(
                translate("CounsellingView", "Löschen am {0}").format(format_date(a.deletion_date))
            )
        self.facts_label.setText(" · ".join(parts))

    def fill_talks(
        self,
        summaries: Sequence[TalkSummary],
        select_id: int | None,
        describe: Callable[[TalkSummary], str],
    ) -> list[int]:
        """List the earlier talks as *describe* words them, *select_id* (or the newest)
        current; their ids. (The wording stays with the page: lupdate finds a plural form
        only in a ``tr()`` call.)"""
        if select_id is None and summaries:
            select_id = summaries[0].id
        self.talk_list.clear()
        for s in summaries:
            item = QListWidgetItem(describe(s))
            item.setData(ID_ROLE, s.id)
            self.talk_list.addItem(item)
            if s.id == select_id:
                self.talk_list.setCurrentItem(item)
        return [s.id for s in summaries]

    def select_talk(self, talk_id: int) -> bool:
        """Make *talk_id* the current row and show its tab; False if it is not listed."""
        for row in range(self.talk_list.count()):
            if self.talk_list.item(row).data(ID_ROLE) == talk_id:
                self.talk_list.setCurrentRow(row)
                self.tabs.setCurrentIndex(TAB_TALK)
                return True
        return False

    def mark_unsaved(self, *, profile: bool, talk: bool) -> None:
        """Tab names, with " •" where something is not saved yet."""
        profile_mark = " •" if profile else ""
        self.tabs.setTabText(
            TAB_ASSESSMENT, translate("CounsellingView", "1 Selbsteinschätzung") + profile_mark
        )
        self.tabs.setTabText(TAB_RESULT, translate("CounsellingView", "2 Ergebnis"))
        talk_mark = " •" if talk else ""
        self.tabs.setTabText(
            TAB_TALK, translate("CounsellingView", "3 Notizen && Schritte") + talk_mark
        )

    def retranslate(self) -> None:
        self.handover_button.setText(translate("CounsellingView", "Übergabe-&Code abrufen …"))
        name_with_text(
            self.handover_button,
            translate(
                "CounsellingView",
                "Übergabe-Code vom Kiosk abrufen und Selbsteinschätzung übernehmen",
            ),
        )
        self.auskunft_button.setText(translate("CounsellingView", "&Auskunft exportieren …"))
        name_with_text(
            self.auskunft_button,
            translate(
                "CounsellingView",
                "Auskunft über alle gespeicherten Daten exportieren (JSON und PDF)",
            ),
        )
        self.stays_button.setText(translate("CounsellingView", "Aufent&halte …"))
        name_with_text(
            self.stays_button,
            translate("CounsellingView", "Auslandsaufenthalte und Erfahrungsberichte erfassen"),
        )
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
