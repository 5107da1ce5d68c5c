"""The agreed next steps of a talk as an editable checklist.

One row per step: done, text, owner, optional due date, remove. Rows are real widgets in a
column (not table cells), so Tab walks through a step field by field and every control has
its own accessible name. The four Team INA offers are quick-add buttons; a step made from an
offer keeps the offer key so the record can name the offer in either language.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import NextStep
from partnerdesk.core.vocab import OFFER_KEYS, OFFERS
from partnerdesk.ui.a11y import name_with_text
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.date_picker import DatePicker
from partnerdesk.ui.widgets.flow_layout import FlowLayout


class StepRow(QWidget):
    changed = Signal()
    removeRequested = Signal(object)  # the row

    def __init__(self, step: NextStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer_key = step.offer_key
        self.done = QCheckBox(self)
        self.done.setChecked(step.done)
        self.text = QLineEdit(step.text, self)
        self.text.setCursorPosition(0)  # show the start of a long offer name, not its end
        self.owner = QLineEdit(step.owner, self)
        self.due = DatePicker(step.due_date, self)
        self.remove = QToolButton(self)
        # Two lines: the step text gets the full width, owner and date sit below it.
        first = QHBoxLayout()
        first.addWidget(self.done)
        first.addWidget(self.text, 1)
        first.addWidget(self.remove)
        second = QHBoxLayout()
        second.setContentsMargins(self.done.sizeHint().width() + 6, 0, 0, 0)
        self.owner_label = QLabel(self)
        self.owner_label.setBuddy(self.owner)
        self.due_label = QLabel(self)
        self.due_label.setBuddy(self.due.edit)
        second.addWidget(self.owner_label)
        second.addWidget(self.owner, 2)
        second.addWidget(self.due_label)
        second.addWidget(self.due, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 6)
        column.setSpacing(2)
        column.addLayout(first)
        column.addLayout(second)
        for signal in (
            self.done.toggled,
            self.text.textEdited,
            self.owner.textEdited,
            self.due.dateChanged,
        ):
            signal.connect(self.changed)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        self.retranslate()

    def step(self) -> NextStep:
        return NextStep(
            text=self.text.text().strip(),
            offer_key=self.offer_key,
            owner=self.owner.text().strip(),
            due_date=self.due.date(),
            done=self.done.isChecked(),
        )

    def retranslate(self) -> None:
        label = self.text.text() or self.tr("Schritt")
        self.done.setAccessibleName(self.tr("Erledigt: {0}").format(label))
        self.text.setPlaceholderText(self.tr("Was ist zu tun?"))
        self.text.setAccessibleName(self.tr("Schritt"))
        self.owner_label.setText(self.tr("Zuständig:"))
        self.due_label.setText(self.tr("Bis:"))
        self.owner.setPlaceholderText(self.tr("Wer?"))
        self.owner.setAccessibleName(self.tr("Zuständig"))
        self.due.setAccessibleName(self.tr("Fällig bis (optional)"))
        self.remove.setText(self.tr("Entfernen"))
        self.remove.setAccessibleName(self.tr("Schritt entfernen"))
        self.remove.setToolTip(self.tr("Schritt entfernen"))


class StepList(Retranslatable, QWidget):
    """Checklist of next steps; ``changed`` fires on every edit, add and removal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StepRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        self.offer_buttons: dict[str, QPushButton] = {}
        buttons = FlowLayout()
        for key in OFFER_KEYS:
            button = QPushButton(self)
            button.clicked.connect(lambda _=False, k=key: self.add_offer(k))
            self.offer_buttons[key] = button
            buttons.addWidget(button)
        self.add_free = QPushButton(self)
        self.add_free.clicked.connect(self.on_add_free_clicked)
        buttons.addWidget(self.add_free)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._rows_box)
        column.addLayout(buttons)
        self.retranslate()

    def set_steps(self, steps: tuple[NextStep, ...]) -> None:
        for row in self.rows:
            self._rows_box.removeWidget(row)
            row.hide()  # deleteLater waits for the event loop; it must vanish now
            row.deleteLater()
        self.rows = []
        for step in steps:
            self._append(step)

    def steps(self) -> tuple[NextStep, ...]:
        return tuple(row.step() for row in self.rows)

    def add_offer(self, key: str) -> StepRow:
        row = self._append(
            NextStep(
                text=OFFERS[key].get(current_language()), offer_key=key, owner=self.tr("Team INA")
            )
        )
        self.changed.emit()
        return row

    @Slot()
    def on_add_free_clicked(self) -> None:
        row = self._append(NextStep(text=""))
        row.text.setFocus()
        self.changed.emit()

    @Slot(object)
    def on_remove_requested(self, row: StepRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        # Keep the keyboard user in the list instead of dropping focus to the window.
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].text.setFocus()
        else:
            self.add_free.setFocus()
        self.changed.emit()

    def _append(self, step: NextStep) -> StepRow:
        row = StepRow(step, self)
        row.changed.connect(self.changed)
        row.removeRequested.connect(self.on_remove_requested)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        return row

    def retranslate(self) -> None:
        lang = current_language()
        short = {
            "fit_fuer_europa": self.tr("+ Seminar „Fit für Europa“"),
            "vermittlung": self.tr("+ Praktikums-/Kontaktvermittlung"),
            "unterkunft": self.tr("+ Unterkunftssuche"),
            "foerderung": self.tr("+ Finanzielle Förderung"),
        }
        for key, button in self.offer_buttons.items():
            button.setText(short.get(key, OFFERS[key].get(lang)).replace("&", "&&"))
            # Named by what it shows (WCAG 2.5.3); the full offer is the description.
            name_with_text(button, self.tr("Schritt hinzufügen: {0}").format(OFFERS[key].get(lang)))
        self.add_free.setText(self.tr("+ Eigener Schritt"))
        name_with_text(self.add_free, self.tr("Eigenen Schritt hinzufügen"))
        for row in self.rows:
            row.retranslate()
