"""The apprentice list of the "Beratung" page: search, list, count and the record buttons.

Only layout and texts; the page decides what the buttons do and what the list shows
(``fill``). Folded away with the page's "◂" button when the talk needs the width.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import ApprenticeSummary
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.views.counselling_controller import ListState
from partnerdesk.ui.widgets.plain_text import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole
PANEL_WIDTH = 240


class ApprenticePanel(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apprenticePanel")
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
        self.delete_button.setObjectName("destructiveButton")
        self.export_all_button = QPushButton(self)
        self.export_menu = QMenu(self)
        self.export_one_action = self.export_menu.addAction("")
        self.export_every_action = self.export_menu.addAction("")
        self.export_all_button.setMenu(self.export_menu)
        buttons = QGridLayout()  # two rows: three buttons side by side clip at 240 px
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.delete_button, 1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 8, 12)
        column.addWidget(self.title)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(self.list_hint)
        column.addLayout(buttons)
        column.addWidget(self.export_all_button)
        self.setFixedWidth(PANEL_WIDTH)
        self.retranslate()

    def fill(self, state: ListState, select_id: int | None) -> None:
        """Show *state*; *select_id* becomes the current row without a change signal."""
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for summary in state.shown:
                item = QListWidgetItem(self._text(summary))
                item.setData(ID_ROLE, summary.id)
                self.list.addItem(item)
                if summary.id == select_id:
                    self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self.list.blockSignals(blocked)
        if state.more:
            self.list_hint.setText(
                self.tr("Mehr als {0} Treffer – bitte Suche verfeinern.").format(len(state.shown))
            )
        elif not state.shown:
            self.list_hint.setText(
                self.tr("Keine Treffer.")
                if self.search.text()
                else self.tr("Noch niemand angelegt.")
            )
        else:
            self.list_hint.setText(self.tr("%n Azubi(s)", "", len(state.shown)))

    def set_record_actions_enabled(self, enabled: bool) -> None:
        for widget in (self.edit_button, self.delete_button):
            widget.setEnabled(enabled)
        self.export_one_action.setEnabled(enabled)

    def _text(self, s: ApprenticeSummary) -> str:
        second = [s.occupation] if s.occupation else []
        if s.talk_count:
            second.append(self.tr("%n Gespräch(e)", "", s.talk_count))
        return s.display_name + ("\n" + " · ".join(second) if second else "")

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
        self.export_all_button.setText(self.tr("Alle Protokolle exportieren …"))
        self.export_all_button.setAccessibleName(self.tr("Alle Protokolle exportieren"))
        self.export_one_action.setText(self.tr("… der/des gewählten Auszubildenden"))
        self.export_every_action.setText(self.tr("… aller Auszubildenden"))
