"""Self-assessment beside the live ranking ("Passende Städte" in the Partnerstädte section).

Every change in the profile editor ranks all cities again with a precomputed ``Matcher``
(well under a millisecond for the eleven partnerships) and hands the result to the ranking
view, which reuses its cards; together they stay inside one 60 Hz frame, so no timer or
coalescing is needed and the ranking is current as soon as the event is processed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from partnerdesk.core.domain import City, Profile
from partnerdesk.core.matching import Matcher, Ranking
from partnerdesk.ui.a11y import DebouncedAnnouncer
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.widgets.profile_editor import ProfileEditor
from partnerdesk.ui.widgets.ranking_view import RankingView


class MatchingView(QWidget):
    cityActivated = Signal(str)

    def __init__(self, cities: Sequence[City], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matcher = Matcher(cities)
        self.editor = ProfileEditor(self)
        self.ranking_view = RankingView(self)
        self._announcer = DebouncedAnnouncer(self.ranking_view)
        self.editor.profileChanged.connect(self.on_profile_changed)
        self.ranking_view.cityActivated.connect(self.cityActivated)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self.editor)
        self._splitter.addWidget(self.ranking_view)
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

    def resizeEvent(self, event) -> None:
        wanted = (Qt.Orientation.Vertical if event.size().width() < self.STACK_BELOW
                  else Qt.Orientation.Horizontal)
        if self._splitter.orientation() != wanted:
            self._splitter.setOrientation(wanted)
            half = max(1, event.size().height() // 2)
            width = max(self.editor.minimumSizeHint().width(), 490)
            self._splitter.setSizes([half, half] if wanted == Qt.Orientation.Vertical
                                    else [width, max(1, event.size().width() - width)])
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

    # --- slots --------------------------------------------------------------------------
    @Slot(object)
    def on_profile_changed(self, profile: Profile) -> None:
        self._rank(profile)

    def _rank(self, profile: Profile) -> None:
        ranking = self._matcher.rank(profile)
        self.ranking_view.set_ranking(ranking)
        # Each step of a slider re-ranks; a screen reader hears the top three once it settles.
        top = [self.tr("Platz {rank}: {city}, {score} Punkte").format(
            rank=i, city=r.city.name(current_language()), score=round(r.score))
            for i, r in enumerate(ranking.results[:3], 1)]
        if top:
            self._announcer.push("; ".join(top))

    def retranslate(self) -> None:
        self._splitter.setAccessibleName(self.tr("Selbsteinschätzung und Rangliste"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
