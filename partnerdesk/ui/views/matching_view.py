"""Self-assessment beside the live ranking ("Passende Städte" in the Partnerstädte section).

Every change in the profile editor ranks all cities again with a precomputed ``Matcher``
(well under a millisecond for the eleven partnerships) and hands the result to the ranking
view, which reuses its cards; together they stay inside one 60 Hz frame, so no timer or
coalescing is needed and the ranking is current as soon as the event is processed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from partnerdesk.core.domain import City, Profile
from partnerdesk.core.matching import Matcher, Ranking
from partnerdesk.ui.a11y import DebouncedAnnouncer, name_with_text
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.profile_editor import ProfileEditor
from partnerdesk.ui.widgets.ranking_view import RankingView

if TYPE_CHECKING:
    from partnerdesk.ui.dialogs.compare_dialog import CompareDialog


class MatchingView(Retranslatable, QWidget):
    cityActivated = Signal(str)
    takeOverRequested = Signal(object)  # Profile: "Für Azubi übernehmen …"

    def __init__(self, cities: Sequence[City], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matcher = Matcher(cities)
        self.editor = ProfileEditor(self)
        self.ranking_view = RankingView(self)
        self._announcer = DebouncedAnnouncer(self.ranking_view)
        self.editor.profileChanged.connect(self.on_profile_changed)
        self.ranking_view.cityActivated.connect(self.cityActivated)
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(self.open_compare)
        ranking_side = QWidget(self)
        ranking_column = QVBoxLayout(ranking_side)
        ranking_column.setContentsMargins(0, 0, 0, 0)
        self.take_over_button = QPushButton(self)
        self.take_over_button.clicked.connect(
            lambda: self.takeOverRequested.emit(self.editor.profile())
        )
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.take_over_button)
        actions.addWidget(self.compare_button)
        ranking_column.addLayout(actions)
        ranking_column.addWidget(self.ranking_view, 1)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self.editor)
        self._splitter.addWidget(ranking_side)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 3)
        # The form needs room for its value labels; the ranking takes the rest.
        editor_width = max(self.editor.minimumSizeHint().width(), 490)
        self._splitter.setSizes([editor_width, max(1, 1280 - editor_width)])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._splitter)
        self.retranslate()
        self._rank(self.editor.profile())

    # Below this width the ranking beside the form gets too narrow to read (e.g. inside the
    # counselling page next to the apprentice list): the form then sits above the ranking.
    STACK_BELOW = 1000

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            Qt.Orientation.Vertical
            if event.size().width() < self.STACK_BELOW
            else Qt.Orientation.Horizontal
        )
        if self._splitter.orientation() != wanted:
            self._splitter.setOrientation(wanted)
            half = max(1, event.size().height() // 2)
            width = max(self.editor.minimumSizeHint().width(), 490)
            self._splitter.setSizes(
                [half, half]
                if wanted == Qt.Orientation.Vertical
                else [width, max(1, event.size().width() - width)]
            )
        super().resizeEvent(event)

    # --- public API ---------------------------------------------------------------------
    def set_cities(self, cities: Sequence[City]) -> None:
        self._matcher = Matcher(cities)
        self._rank(self.editor.profile())

    def set_profile(self, profile: Profile) -> None:
        self.editor.set_profile(profile)  # emits profileChanged -> ranks

    def profile(self) -> Profile:
        return self.editor.profile()

    def ranking(self) -> Ranking | None:
        return self.ranking_view.ranking()

    @Slot()
    def open_compare(self) -> CompareDialog | None:
        """Two or three ranked cities side by side (not modal: it may stay open)."""
        from partnerdesk.ui.dialogs.compare_dialog import CompareDialog

        ranking = self.ranking()
        if ranking is None or len(ranking.results) < 2:
            return None
        dialog = CompareDialog(ranking, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- slots --------------------------------------------------------------------------
    @Slot(object)
    def on_profile_changed(self, profile: Profile) -> None:
        self._rank(profile)

    def _rank(self, profile: Profile) -> None:
        ranking = self._matcher.rank(profile)
        self.ranking_view.set_ranking(ranking)
        self.compare_button.setEnabled(len(ranking.results) >= 2)
        # Each step of a slider re-ranks; a screen reader hears the top three once it settles.
        top = [
            self.tr("Platz {rank}: {city}, {score} Punkte").format(
                rank=i, city=r.city.name(current_language()), score=round(r.score)
            )
            for i, r in enumerate(ranking.results[:3], 1)
        ]
        if top:
            self._announcer.push("; ".join(top))

    def retranslate(self) -> None:
        self.take_over_button.setText(self.tr("Für Azubi &übernehmen …"))
        name_with_text(
            self.take_over_button,
            self.tr(
                "Diese Selbsteinschätzung für eine/n Auszubildende/n übernehmen und ein Gespräch "
                "beginnen"
            ),
        )
        self.compare_button.setText(self.tr("Städte &vergleichen …"))
        name_with_text(
            self.compare_button,
            self.tr("Zwei oder drei Städte der Rangliste nebeneinander vergleichen"),
        )
        self._splitter.setAccessibleName(self.tr("Selbsteinschätzung und Rangliste"))
