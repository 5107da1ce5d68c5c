"""At start-up: apprentices past their deletion date, listed for hard deletion.

Every record is pre-ticked (the deletion date was agreed at consent); the advisor can untick
one to keep it for now (e.g. a stay still running), which asks again at the next start.
Names are shown as plain text (list items never interpret markup).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.auskunft import erase
from partnerdesk.core.counselling import ApprenticeSummary
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.retranslate import Retranslatable

if TYPE_CHECKING:
    from partnerdesk.store.apprentices import ApprenticeRepository


class RetentionDialog(Retranslatable, QDialog):
    def __init__(self, due: list[ApprenticeSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Oldest deletion date first: the longest overdue is the most urgent.
        self._due = sorted(due, key=lambda p: (p.deletion_date or date.min, p.display_name))
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        for person in self._due:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox()
        self.delete_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.retranslate()

    def checked_ids(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Löschfristen erreicht"))
        self.intro.setText(
            self.tr(
                "Bei diesen Auszubildenden ist das vereinbarte Löschdatum erreicht. Die "
                "angehakten Datensätze werden mit allen Selbsteinschätzungen, Gesprächen und "
                "Übergaben endgültig gelöscht."
            )
        )
        for i, person in enumerate(self._due):
            day = format_date(person.deletion_date) if person.deletion_date else ""
            text = self.tr("{name} – Löschdatum {day}").format(name=person.display_name, day=day)
            self.list.item(i).setText(text)
        self.list.setAccessibleName(self.tr("Datensätze zum Löschen"))
        self.delete_button.setText(self.tr("Angehakte endgültig löschen"))
        self.later_button.setText(self.tr("Später entscheiden"))


def run_retention_check(
    parent: QWidget | None, apprentices_repo: ApprenticeRepository, today: date
) -> int:
    """Ask about records past their deletion date; hard-delete the ticked ones; return count."""
    due = apprentices_repo.due_for_deletion(today)
    if not due:
        return 0
    dialog = RetentionDialog(due, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    ids = dialog.checked_ids()
    for apprentice_id in ids:
        erase(apprentices_repo, apprentice_id)
    return len(ids)
