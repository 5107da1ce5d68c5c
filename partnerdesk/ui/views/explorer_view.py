"""The "Partnerstädte" view: search, filters and a responsive grid of city cards.

The view only lays out; which cities show is decided by ``core.search.CityFilter``. The grid
re-flows its columns with the width so the cards stay readable from a narrow window to a
wide screen, and shows a clear empty state instead of a blank area when nothing matches.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.domain import City
from partnerdesk.core.search import CityFilter, languages_of
from partnerdesk.core.vocab import FUNDING_LABELS, LANGUAGES, STATUS_LABELS, THEMES
from partnerdesk.ui.a11y import name_with_text
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.city_card import CARD_STYLE, CityCard
from partnerdesk.ui.widgets.flow_layout import FlowLayout
from partnerdesk.ui.widgets.plain_text import plain_label
from partnerdesk.ui.widgets.scroll import scroll_area

MIN_CARD_WIDTH_EM = 24  # a card is at least this many "M" widths wide before a column drops

# One stylesheet for the view and its cards, set once: a stylesheet per card (or per label)
# is parsed and matched per widget (~0.5 ms of the first paint for the eleven cards).
VIEW_STYLE = (
    """
QLabel#viewTitle { font-size: 16pt; font-weight: 600; color: #1b2631; }
QLineEdit, QComboBox { padding: 4px 6px; }
QLineEdit:focus, QComboBox:focus, QPushButton:focus { border: 2px solid #1f5f99; }
QLabel#count { color: #33414e; }
QLabel#emptyState { color: #33414e; font-size: 12pt; }
"""
    + CARD_STYLE
)


class _CardGrid(QWidget):
    """Cards in equal columns; the column count follows the available width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(2, 2, 2, 2)
        self._grid.setSpacing(12)
        # The layout's minimum (all current columns) must not pin the width, or the grid
        # could never get narrow enough to drop a column; minimumSizeHint says one card.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._cards: list[CityCard] = []
        self._columns = 0

    def set_cards(self, cards: Sequence[CityCard]) -> None:
        self._cards = list(cards)
        self._columns = 0
        self._reflow(self.width())

    def columns(self) -> int:
        return self._columns

    def _reflow(self, width: int) -> None:
        min_width = self._min_card_width()
        columns = max(1, min(4, (width + self._grid.spacing()) // (min_width + 12)))
        if columns == self._columns and self._grid.count() == len(self._cards):
            return
        self._columns = columns
        while self._grid.count():
            self._grid.takeAt(0)
        for col in range(4):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)
        for index, card in enumerate(self._cards):
            self._grid.addWidget(card, index // columns, index % columns)
        # Keep Tab order in reading order (left to right, top to bottom) after a re-flow.
        for first, second in zip(self._cards, self._cards[1:], strict=False):
            QWidget.setTabOrder(first, second)
        # Short last rows keep their height instead of stretching into the empty area.
        rows = (len(self._cards) + columns - 1) // columns
        for row in range(rows + 1):
            self._grid.setRowStretch(row, 1 if row == rows else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def _min_card_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("M") * MIN_CARD_WIDTH_EM

    def minimumSizeHint(self) -> QSize:
        # The height the current columns need, so the scroll area scrolls instead of
        # squeezing the cards.
        return QSize(self._min_card_width(), self._grid.totalMinimumSize().height())

    def sizeHint(self) -> QSize:
        return QSize(600, super().sizeHint().height())


class ExplorerView(Retranslatable, QWidget):
    """Browse the partnerships; emits ``cityActivated(city_id)`` when a card is opened."""

    cityActivated = Signal(str)

    def __init__(self, cities: Sequence[City], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explorerView")
        self.setStyleSheet(VIEW_STYLE)
        self._cities: list[City] = []
        self._cards: dict[str, CityCard] = {}

        # Every widget is born in its final parent and the layouts are set up before they
        # are filled: under the application stylesheet each reparenting (also adding a
        # widget of another parent to a layout) re-polishes the whole subtree; building this
        # view from parentless widgets cost ~1 ms of the first paint.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        head = QHBoxLayout()
        filters = FlowLayout(spacing=10)
        layout.addLayout(head)
        layout.addLayout(filters)

        self.title = plain_label(parent=self, wrap=True, object_name="viewTitle")
        self.count_label = plain_label(parent=self, wrap=False, object_name="count")
        head.addWidget(self.title, 1)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)

        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        filters.addWidget(self.search_edit)
        self._combo_labels: dict[QComboBox, QLabel] = {}
        combos: list[QComboBox] = []
        for _ in range(4):
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            label = QLabel(box)
            combo = QComboBox(box)
            # Long theme names would make the combo as wide as the window; the popup list
            # still shows them in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(13)
            label.setBuddy(combo)
            self._combo_labels[combo] = label
            row.addWidget(label)
            row.addWidget(combo)
            filters.addWidget(box)
            combo.currentIndexChanged.connect(self.on_filter_changed)
            combos.append(combo)
        self.theme_combo, self.status_combo, self.funding_combo, self.language_combo = combos
        self.reset_button = QPushButton(self)
        filters.addWidget(self.reset_button)

        self._stack = QStackedWidget(self)
        layout.addWidget(self._stack, 1)
        self._grid = _CardGrid()  # empty until set_cities: cheap to move into the viewport
        # No Tab stop of its own between the filters and the first card: the cards take it.
        self.scroll_area = scroll_area(self._grid, self._stack)
        self.empty_label = plain_label(parent=self._stack, object_name="emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(24, 64, 24, 24)
        self._stack.addWidget(self.scroll_area)
        self._stack.addWidget(self.empty_label)

        self.search_edit.textChanged.connect(self.on_filter_changed)
        self.reset_button.clicked.connect(self.on_reset)
        self.set_cities(cities)

    # --- public API -------------------------------------------------------------------

    def set_cities(self, cities: Sequence[City]) -> None:
        """Show ``cities`` (e.g. after an import); keeps the current search and filters."""
        self._cities = list(cities)
        for card in self._cards.values():
            card.setParent(None)
            card.deleteLater()
        self._cards = {}
        for city in self._cities:
            card = CityCard(city, self._grid)
            card.activated.connect(self.cityActivated)
            self._cards[city.id] = card
        # The new cards labelled themselves; re-labelling them here would build every chip
        # twice (a visible cost at start-up). The view's own texts and the language list
        # (it depends on the cities) still need filling.
        self._retranslate(cards=False)

    def current_filter(self) -> CityFilter:
        return CityFilter(
            query=self.search_edit.text(),
            theme=self.theme_combo.currentData() or "",
            status=self.status_combo.currentData() or "",
            funding=self.funding_combo.currentData() or "",
            language=self.language_combo.currentData() or "",
        )

    def cards(self) -> dict[str, CityCard]:
        return dict(self._cards)

    def visible_ids(self) -> list[str]:
        """Ids of the cards currently shown, in grid order."""
        if self._stack.currentWidget() is self.empty_label:
            return []
        return [card.city_id for card in self._cards.values() if not card.isHidden()]

    def is_empty_state(self) -> bool:
        return self._stack.currentWidget() is self.empty_label

    # --- slots ------------------------------------------------------------------------

    @Slot()
    def on_filter_changed(self) -> None:
        matching = {city.id for city in self.current_filter().apply(self._cities)}
        shown = [card for city_id, card in self._cards.items() if city_id in matching]
        for city_id, card in self._cards.items():
            card.setVisible(city_id in matching)
        self._grid.set_cards(shown)
        self._stack.setCurrentWidget(self.scroll_area if shown else self.empty_label)
        self.count_label.setText(
            self.tr("{shown} von {total} Partnerschaften").format(
                shown=len(shown), total=len(self._cities)
            )
        )
        self.reset_button.setEnabled(not self.current_filter().is_empty)

    @Slot()
    def on_reset(self) -> None:
        combos = (self.theme_combo, self.status_combo, self.funding_combo, self.language_combo)
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.on_filter_changed()
        self.search_edit.setFocus()

    # --- language ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self._retranslate(cards=True)

    def _retranslate(self, *, cards: bool) -> None:
        lang = current_language()
        self.title.setText(self.tr("Partnerstädte Dortmunds"))
        self.search_edit.setPlaceholderText(self.tr("Stadt oder Land suchen, z. B. Xi'an"))
        # Wide enough for the whole hint (it is the only explanation of what search finds).
        self.search_edit.setMinimumWidth(
            self.search_edit.fontMetrics().horizontalAdvance(self.search_edit.placeholderText())
            + 48
        )
        self.search_edit.setAccessibleName(self.tr("Partnerstädte durchsuchen"))
        self.scroll_area.setAccessibleName(self.tr("Karten der Partnerstädte"))
        self.reset_button.setText(self.tr("Filter zurücksetzen"))
        name_with_text(self.reset_button, self.tr("Suche und Filter zurücksetzen"))
        langs = sorted(
            languages_of(self._cities),
            key=lambda code: LANGUAGES[code].get(lang) if code in LANGUAGES else code,
        )
        specs = (
            (
                self.theme_combo,
                self.tr("Thema:"),
                self.tr("Alle Themen"),
                [(k, v.get(lang)) for k, v in THEMES.items()],
            ),
            (
                self.status_combo,
                self.tr("Status:"),
                self.tr("Jeder Status"),
                [(k, v.get(lang)) for k, v in STATUS_LABELS.items()],
            ),
            (
                self.funding_combo,
                self.tr("Förderweg:"),
                self.tr("Alle Förderwege"),
                [(k, v.get(lang)) for k, v in FUNDING_LABELS.items()],
            ),
            (
                self.language_combo,
                self.tr("Sprache:"),
                self.tr("Alle Sprachen"),
                [(c, LANGUAGES[c].get(lang) if c in LANGUAGES else c) for c in langs],
            ),
        )
        for combo, caption, any_text, items in specs:
            self._combo_labels[combo].setText(caption)
            combo.setAccessibleName(caption.rstrip(":"))
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, "")
            for key, text in items:
                combo.addItem(text, key)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.empty_label.setText(
            self.tr(
                "Keine Partnerschaft passt zu Suche und Filtern.\n"
                "Ändern Sie die Suche oder wählen Sie „Filter zurücksetzen“."
            )
        )
        if cards:
            for card in self._cards.values():
                card.retranslate()
        self.on_filter_changed()
