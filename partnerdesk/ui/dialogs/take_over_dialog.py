"""„Für Azubi übernehmen …“: choose the apprentice whose talk starts with the scratch profile.

A search box over the apprentice list, "Übernehmen" for the one chosen and "Neu anlegen …"
for someone not in the list yet. ``chosen`` is an apprentice id, ``NEW`` or ``None``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import ApprenticeSummary
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import plain_label

NEW = -1
ID_ROLE = Qt.ItemDataRole.UserRole


class TakeOverDialog(Retranslatable, QDialog):
    def __init__(
        self, find: Callable[[str], list[ApprenticeSummary]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._find = find
        self.chosen: int | None = None
        self.intro = plain_label(object_name="pageHint")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.buttons = QDialogButtonBox(self)
        self.take_button = QPushButton(self)
        self.take_button.setProperty("primary", True)
        self.new_button = QPushButton(self)
        self.buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(self.buttons)
        self.search.textChanged.connect(self.refresh)
        self.list.itemActivated.connect(lambda _item: self.on_take_clicked())
        self.list.currentItemChanged.connect(
            lambda current, _previous: self.take_button.setEnabled(current is not None)
        )
        self.take_button.clicked.connect(self.on_take_clicked)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.refresh()
        self.resize(460, 480)

    @Slot()
    def refresh(self) -> None:
        self.list.clear()
        for summary in self._find(self.search.text()):
            text = summary.display_name + (f" – {summary.occupation}" if summary.occupation else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, summary.id)
            self.list.addItem(item)
        self.take_button.setEnabled(self.list.currentItem() is not None)

    @Slot()
    def on_take_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = int(item.data(ID_ROLE))
        self.accept()

    @Slot()
    def on_new_clicked(self) -> None:
        self.chosen = NEW
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Für Azubi übernehmen"))
        self.intro.setText(
            self.tr(
                "Für wen soll diese Selbsteinschätzung gelten? Es beginnt ein neues Gespräch "
                "mit ihr; die bisher gespeicherte Selbsteinschätzung wird beim Speichern ersetzt."
            )
        )
        self.search.setPlaceholderText(self.tr("Suchen nach Name oder Beruf …"))
        self.search.setAccessibleName(self.tr("Azubis suchen"))
        self.list.setAccessibleName(self.tr("Azubis"))
        self.take_button.setText(self.tr("Übernehmen"))
        self.new_button.setText(self.tr("Neu anlegen …"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
