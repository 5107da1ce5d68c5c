"""Städte vergleichen: two or three cities of the ranking side by side.

The cities are picked with check boxes in ranking order (the first two are preselected; a
fourth cannot be ticked). The table has one column per city and one row per aspect from
``core.compare.rows``; columns share the width, text wraps, so it never scrolls sideways.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core import compare
from partnerdesk.core.formatting import format_number
from partnerdesk.core.matching import CityResult, Ranking
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.flow_layout import FlowLayout
from partnerdesk.ui.widgets.plain_text import plain_label


class CompareDialog(Retranslatable, QDialog):
    def __init__(
        self, ranking: Ranking, parent: QWidget | None = None, *, chosen: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self._results: list[CityResult] = list(ranking.results)
        ranked = [r.city.id for r in self._results]
        wanted = [c for c in chosen if c in ranked][: compare.MAX_CITIES]
        if len(wanted) < compare.MIN_CITIES:
            wanted = ranked[: compare.MIN_CITIES]

        self.intro = plain_label(object_name="pageHint")
        self.boxes: dict[str, QCheckBox] = {}
        picks = FlowLayout()
        for result in self._results:
            box = QCheckBox(self)
            box.setChecked(result.city.id in wanted)
            box.toggled.connect(self.on_choice_changed)
            self.boxes[result.city.id] = box
            picks.addWidget(box)
        self.hint = plain_label(object_name="pageHint")
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the close button
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(picks)
        column.addWidget(self.hint)
        column.addWidget(self.table, 1)
        column.addWidget(self.buttons)
        self.retranslate()
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1180, 640
        if screen is not None and screen.width() > 0:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(width, height)

    # --- public API ----------------------------------------------------------------------
    def chosen_ids(self) -> list[str]:
        return [r.city.id for r in self._results if self.boxes[r.city.id].isChecked()]

    # --- slots ---------------------------------------------------------------------------
    @Slot(bool)
    def on_choice_changed(self, _checked: bool) -> None:
        self._fill()

    # --- internals -----------------------------------------------------------------------
    def _fill(self) -> None:
        lang = current_language()
        chosen = self.chosen_ids()
        full = len(chosen) >= compare.MAX_CITIES
        for box in self.boxes.values():
            box.setEnabled(box.isChecked() or not full)
        enough = len(chosen) >= compare.MIN_CITIES
        self.hint.setVisible(not enough)
        self.table.setVisible(enough)
        if not enough:
            self.table.clear()
            return
        results = [r for r in self._results if r.city.id in chosen]
        rows = compare.rows(results, lang)
        self.table.clear()
        self.table.setColumnCount(len(results))
        self.table.setRowCount(len(rows))
        position = {r.city.id: i for i, r in enumerate(self._results, 1)}
        self.table.setHorizontalHeaderLabels(
            [f"{position[r.city.id]}. {r.city.name(lang)}" for r in results]
        )
        self.table.setVerticalHeaderLabels([row.label for row in rows])
        for y, row in enumerate(rows):
            for x, cell in enumerate(row.cells):
                item = QTableWidgetItem(cell)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(y, x, item)
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Städte vergleichen"))
        self.intro.setText(self.tr("Zwei oder drei Städte aus der Rangliste auswählen:"))
        for position, result in enumerate(self._results, 1):
            box = self.boxes[result.city.id]
            box.setText(
                f"{position}. {result.city.name(lang)} ({format_number(result.score, lang)})"
            )
            box.setAccessibleName(self.tr("{city} vergleichen").format(city=result.city.name(lang)))
        self.hint.setText(self.tr("Bitte mindestens zwei Städte auswählen."))
        self.table.setAccessibleName(self.tr("Vergleich der gewählten Städte"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        self._fill()
