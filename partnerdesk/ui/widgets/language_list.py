"""Editable list of languages with a CEFR level each (part of the profile editor).

One row per language: a language combo, a level combo whose tooltips carry the CEFR
one-line self-assessment, and a remove button. Emits ``changed`` after any edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QPushButton, QVBoxLayout, QWidget

from partnerdesk.core.vocab import CEFR_DESCRIPTIONS, CEFR_LEVELS, LANGUAGES
from partnerdesk.ui.a11y import hidden_label, tab_before
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.profile_form import next_free_language

MAX_ROWS = 8


class _LanguageRow:
    """The three controls of one row; kept as plain attributes of the list widget."""

    def __init__(self, parent: QWidget, code: str, level: str) -> None:
        self.language = QComboBox(parent)
        self.level = QComboBox(parent)
        self.remove = QPushButton(parent)
        for key in LANGUAGES:
            self.language.addItem("", key)
        for key in CEFR_LEVELS:
            self.level.addItem("", key)
        self.language.setCurrentIndex(self.language.findData(code))
        self.level.setCurrentIndex(self.level.findData(level))
        # On Linux a combo box is named by its value ("Deutsch", "B2"); the row has no
        # visible labels, so invisible linked ones say "Sprache 1" / "Niveau Deutsch".
        self.labels = (hidden_label(self.language), hidden_label(self.level))

    def value(self) -> tuple[str, str]:
        return str(self.language.currentData()), str(self.level.currentData())

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.language, self.level, self.remove)


class LanguageList(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_LanguageRow] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self._add = QPushButton(self)
        self._add.clicked.connect(self.on_add_clicked)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._grid)
        outer.addWidget(self._add, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    # --- values -----------------------------------------------------------------------
    def rows(self) -> list[tuple[str, str]]:
        return [row.value() for row in self._rows]

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Replace all rows without emitting ``changed`` (the editor emits once)."""
        for row in self._rows:
            for label in row.labels:
                label.deleteLater()
            for widget in row.widgets():
                self._grid.removeWidget(widget)
                # deleteLater waits for the event loop; hide now so nothing stale shows.
                widget.hide()
                widget.deleteLater()
        self._rows = []
        for code, level in rows:
            self._append(code, level)
        self._relayout()

    def row_widgets(self) -> list[tuple[QComboBox, QComboBox, QPushButton]]:
        return [(r.language, r.level, r.remove) for r in self._rows]

    @property
    def add_button(self) -> QPushButton:
        return self._add

    # --- slots --------------------------------------------------------------------------
    @Slot()
    def on_add_clicked(self) -> None:
        code = next_free_language(code for code, _ in self.rows())
        row = self._append(code, "B1")
        self._relayout()
        row.language.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _on_remove(self, row: _LanguageRow) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        for widget in (*row.widgets(), *row.labels):
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._relayout()
        self._label_rows()
        # Keep the keyboard user in the list instead of dropping focus to the window.
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].language.setFocus()
        else:
            self._add.setFocus()
        self.changed.emit()

    def _on_row_edited(self) -> None:
        self._label_rows()
        self.changed.emit()

    # --- building -----------------------------------------------------------------------
    def _append(self, code: str, level: str) -> _LanguageRow:
        row = _LanguageRow(self, code, level)
        row.language.currentIndexChanged.connect(self._on_row_edited)
        row.level.currentIndexChanged.connect(self._on_row_edited)
        row.remove.clicked.connect(lambda _=False, r=row: self._on_remove(r))
        self._rows.append(row)
        self._label_row(row)
        return row

    def _relayout(self) -> None:
        for i, row in enumerate(self._rows):
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, i, column)
        self._add.setEnabled(len(self._rows) < MAX_ROWS)
        # Tab order follows reading order: row by row, then "add". Rows are created after
        # the rest of the form, so each goes in just before "add", not at the chain's end.
        for widget in (w for row in self._rows for w in row.widgets()):
            tab_before(widget, self._add)

    def _label_rows(self) -> None:
        for row in self._rows:
            self._label_row(row)

    def _label_row(self, row: _LanguageRow) -> None:
        lang = current_language()
        for i, key in enumerate(LANGUAGES):
            row.language.setItemText(i, LANGUAGES[key].get(lang))
        for i, key in enumerate(CEFR_LEVELS):
            text = self.tr("Muttersprache") if key == "native" else key
            row.level.setItemText(i, text)
            row.level.setItemData(i, CEFR_DESCRIPTIONS[key].get(lang), Qt.ItemDataRole.ToolTipRole)
        code, level = row.value()
        name = LANGUAGES[code].get(lang)
        number = self._rows.index(row) + 1 if row in self._rows else len(self._rows) + 1
        row.language.setAccessibleName(self.tr("Sprache {0}").format(number))
        row.level.setAccessibleName(self.tr("Niveau {0}").format(name))
        for label, combo in zip(row.labels, (row.language, row.level), strict=True):
            label.setText(combo.accessibleName())
        # Vocabulary text, not user data: safe as a (rich-text capable) tooltip.
        row.level.setToolTip(CEFR_DESCRIPTIONS[level].get(lang))
        row.level.setAccessibleDescription(CEFR_DESCRIPTIONS[level].get(lang))
        row.remove.setText(self.tr("Entfernen"))
        row.remove.setAccessibleName(self.tr("Sprache entfernen: {0}").format(name))

    def retranslate(self) -> None:
        self._add.setText(self.tr("Sprache hinzufügen"))
        self._add.setAccessibleName(self.tr("Sprache hinzufügen"))
        self._label_rows()
