"""The live ranking: one card per ranked city, the close-call hint and the excluded cities.

``set_ranking`` is called on every profile change. It reuses one ``RankingCard`` per city
(moved, not rebuilt, when the order changes) so an update stays well inside one frame.
Paused cities (and the domestic partner when only a stay abroad is wanted) are never ranked;
they are listed apart with their reason.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from partnerdesk.core.matching import CLOSE_CALL_SHARE, NO_INPUT, Ranking
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.contribution_bar import CriterionLegend
from partnerdesk.ui.widgets.ranking_card import RankingCard, plain_label
from partnerdesk.ui.widgets.scroll import scroll_area

DETAILS_OPEN_BY_DEFAULT = 1  # the first place shows their reasons unless the user closes them

STYLE = """
QWidget#rankingContent { background: #f3f5f7; }
QFrame#rankCard { background: #ffffff; border: 1px solid #c3cad2; border-radius: 6px; }
QFrame#rankCard:hover { border: 1px solid #7d8894; }
QFrame#rankCard:focus { border: 2px solid #1f5fa8; }
QLabel#rankNumber { color: #3d4650; font-weight: bold; font-size: 13pt; }
QLabel#cityName { color: #1b2430; font-weight: bold; font-size: 13pt; }
QLabel#score { color: #1b2430; font-weight: bold; font-size: 15pt; }
QLabel#muted { color: #4d5661; }
QLabel#sectionHeading { color: #1b2430; font-weight: bold; margin-top: 4px; }
QLabel#headline { color: #1b2430; }
QLabel#warning { background: #fff4d6; color: #5c3b00; border-left: 4px solid #b07800;
                 padding: 4px 6px; }
QLabel#hint { background: #e8f0fb; color: #1b2a3d; border-left: 4px solid #1f5fa8;
              padding: 6px 8px; }
QLabel#excludedName { color: #1b2430; font-weight: bold; }
"""


class RankingView(Retranslatable, QWidget):
    cityActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self._ranking: Ranking | None = None
        self._cards: dict[str, RankingCard] = {}
        self._order: list[str] = []
        self._choice: dict[str, bool] = {}  # city id -> details opened/closed by the user
        self._excluded: dict[str, tuple[QLabel, QLabel]] = {}
        # How many top cards open their reasons; the counselling page sets 0 so the top card
        # fits a 1366x697 screen whole.
        self.details_open = DETAILS_OPEN_BY_DEFAULT

        self.legend = CriterionLegend(self)
        self.legend_note = plain_label(self, name="muted")
        self.close_call = plain_label(self, name="hint")
        self.close_call.setVisible(False)
        self.empty = plain_label(self, name="hint")
        self.empty.setVisible(False)
        self.data_date = plain_label(self, name="muted")
        self.warnings = plain_label(self, name="warning")
        self.warnings.setVisible(False)
        # With nothing entered there is no ranking to show, only what to do first.
        self.no_input = plain_label(self, name="hint")
        self.no_input.setVisible(False)

        content = QWidget()
        content.setObjectName("rankingContent")
        self._list = QVBoxLayout(content)
        self._list.setContentsMargins(8, 8, 8, 8)
        self._list.setSpacing(8)
        self.excluded_heading = plain_label(content, wrap=False, name="sectionHeading")
        self._list.addWidget(self.excluded_heading)
        self._excluded_box = QVBoxLayout()
        self._excluded_box.setSpacing(2)
        self._list.addLayout(self._excluded_box)
        self._list.addStretch(1)
        self._scroll = scroll_area(content, self)
        self._content = content

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.legend)
        column.addWidget(self.legend_note)
        column.addWidget(self.close_call)
        column.addWidget(self.empty)
        column.addWidget(self.warnings)
        column.addWidget(self.data_date)
        column.addWidget(self.no_input)
        column.addWidget(self._scroll, 1)
        # Takes the room while the ranking is hidden ("noch keine Angaben"); gets none else.
        column.addStretch(0)
        self.retranslate()

    # --- public API ---------------------------------------------------------------------
    def set_ranking(self, ranking: Ranking) -> None:
        self._ranking = ranking
        self.legend.set_weights(ranking.profile.weights)
        order = [r.city.id for r in ranking.results]
        for position, result in enumerate(ranking.results, start=1):
            card = self._card(result.city.id)
            expanded = self._choice.get(result.city.id, position <= self.details_open)
            card.set_result(position, result, expanded)
        if order != self._order:
            self._reorder(order)
        self._update_close_call()
        self._update_excluded()
        self._update_warnings()
        self.empty.setVisible(not ranking.results and ranking.has_input)

    def has_ranking_shown(self) -> bool:
        """False while "noch keine Angaben" stands in place of the ranking."""
        return not self._scroll.isHidden()

    def _update_warnings(self) -> None:
        ranking = self._ranking
        if ranking is None:
            return
        lang = current_language()
        entered = ranking.has_input
        # The "nothing entered" warning is the no-input box itself; show the others above.
        texts = [w.get(lang) for w in ranking.warnings if w != NO_INPUT]
        self.warnings.setText("\n".join(f"⚠ {t}" for t in texts))
        self.warnings.setVisible(bool(texts))
        if ranking.checked:
            try:
                when = format_date(date.fromisoformat(ranking.checked))
            except ValueError:  # the pack's date as written, should it not be ISO
                when = ranking.checked
            self.data_date.setText(
                self.tr("Förderregeln, Reisehinweise und Einreise geprüft am {0}").format(when)
            )
        self.data_date.setVisible(bool(ranking.checked) and entered)
        self.no_input.setVisible(not entered)
        self._scroll.setVisible(entered)
        self.legend.setVisible(entered)
        self.legend_note.setVisible(entered)

    def ranking(self) -> Ranking | None:
        return self._ranking

    def card(self, city_id: str) -> RankingCard | None:
        card = self._cards.get(city_id)
        return card if card is not None and city_id in self._order else None

    def ranked_ids(self) -> list[str]:
        return list(self._order)

    def excluded_ids(self) -> list[str]:
        if self._ranking is None:
            return []
        return [x.city.id for x in self._ranking.excluded]

    def excluded_text(self, city_id: str) -> str:
        name, reason = self._excluded[city_id]
        return f"{name.text()} {reason.text()}"

    # --- slots --------------------------------------------------------------------------
    @Slot(str, bool)
    def on_card_expand_toggled(self, city_id: str, expanded: bool) -> None:
        self._choice[city_id] = expanded

    # --- internals ----------------------------------------------------------------------
    def _card(self, city_id: str) -> RankingCard:
        card = self._cards.get(city_id)
        if card is None:
            card = RankingCard(city_id, self._content)
            card.activated.connect(self.cityActivated)
            card.expandToggled.connect(self.on_card_expand_toggled)
            self._cards[city_id] = card
        return card

    def _reorder(self, order: list[str]) -> None:
        for city_id in self._order:
            self._list.removeWidget(self._cards[city_id])
        for index, city_id in enumerate(order):
            self._list.insertWidget(index, self._cards[city_id])
            self._cards[city_id].setVisible(True)
        for city_id, card in self._cards.items():
            if city_id not in order:
                card.setVisible(False)
        # The focus chain follows creation order, not layout order: keep Tab in rank order.
        previous: QWidget | None = None
        for city_id in order:
            card = self._cards[city_id]
            if previous is not None:
                QWidget.setTabOrder(previous, card)
            QWidget.setTabOrder(card, card.toggle)
            previous = card.toggle
        self._order = order

    def _update_close_call(self) -> None:
        ranking = self._ranking
        if ranking is None or not ranking.close_call:
            self.close_call.setVisible(False)
            return
        lang = current_language()
        first, second = ranking.results[0], ranking.results[1]
        text = self.tr(
            "Knappes Ergebnis: {0} ({1}) und {2} ({3}) liegen weniger als {4} % auseinander "
            "– beide sind gute Kandidaten."
        ).format(
            first.city.name(lang),
            f"{first.score:.0f}",
            second.city.name(lang),
            f"{second.score:.0f}",
            f"{CLOSE_CALL_SHARE * 100:.0f}",
        )
        hint = ranking.close_call_hint()
        if hint is not None:
            text += " " + hint.get(lang)
        self.close_call.setText(text)
        self.close_call.setVisible(True)

    def _update_excluded(self) -> None:
        ranking = self._ranking
        excluded = ranking.excluded if ranking is not None else []
        lang = current_language()
        shown = set()
        for item in excluded:
            city = item.city
            if city.id not in self._excluded:
                name = plain_label(self._content, name="excludedName")
                reason = plain_label(self._content)
                self._excluded_box.addWidget(name)
                self._excluded_box.addWidget(reason)
                self._excluded[city.id] = (name, reason)
            name, reason = self._excluded[city.id]
            local = f" ({city.name_local}\u200e)" if city.name_local != city.name(lang) else ""
            name.setText("\u200e" + city.name(lang) + local)
            reason.setText(item.reason.get(lang))
            name.setVisible(True)
            reason.setVisible(True)
            shown.add(city.id)
        for city_id, (name, reason) in self._excluded.items():
            if city_id not in shown:
                name.setVisible(False)
                reason.setVisible(False)
        self.excluded_heading.setVisible(bool(shown))

    def retranslate(self) -> None:
        self.legend_note.setText(
            self.tr(
                "Jeder Balken zeigt die Punkte je Kriterium: die Breite eines Abschnitts ist sein "
                "Gewicht, der gefüllte Teil das, was die Stadt davon erreicht."
            )
        )
        self.excluded_heading.setText(self.tr("Nicht in der Rangliste"))
        self.empty.setText(self.tr("Mit dieser Auswahl kommt keine Partnerstadt in Frage."))
        self.no_input.setText(
            self.tr(
                "Noch keine Angaben. Wählen Sie mit der Auszubildenden oder dem Auszubildenden "
                "Themen oder Sprachen – dann erscheinen hier die passenden Partnerstädte."
            )
        )
        if self._ranking is not None:
            self._update_close_call()
            self._update_excluded()
            self._update_warnings()
