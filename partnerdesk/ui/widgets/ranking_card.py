"""One ranked city in the live ranking: header, warning, contribution bar, reasons.

Cards are long-lived: the ranking view keeps one per city and only feeds it new results, and
each label is set only when its text changes, so a slider move costs a few label updates and
a repaint instead of rebuilding widgets. The full explanation (projects per theme, obstacles
with the Team INA offers, funding route) sits in a details block that is built the first time
it is opened; a collapsed card reads only the short summary.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from partnerdesk.core.matching import CityResult
from partnerdesk.core.vocab import OFFERS, THEMES
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.contribution_bar import ContributionBar


def plain_label(parent: QWidget, *, wrap: bool = True, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


class RankingCard(Retranslatable, QFrame):
    activated = Signal(str)  # city id
    expandToggled = Signal(str, bool)  # city id, expanded

    def __init__(self, city_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.city_id = city_id
        self._result: CityResult | None = None
        self._position = 0
        self.setObjectName("rankCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self.rank = plain_label(self, wrap=False, name="rankNumber")
        self.name = plain_label(self, wrap=False, name="cityName")
        self.local = plain_label(self, wrap=False, name="muted")
        self.score = plain_label(self, wrap=False, name="score")
        self.score_unit = plain_label(self, wrap=False, name="muted")
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.rank)
        header.addWidget(self.name)
        header.addWidget(self.local, 1)
        header.addWidget(self.score, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addWidget(self.score_unit, 0, Qt.AlignmentFlag.AlignBaseline)

        self.headline = plain_label(self, name="headline")
        # Feasibility: "limited" in the warning style with its first reason, "ok" muted.
        self.warning = plain_label(self, name="warning")
        self.warning.setVisible(False)
        self.feasible = plain_label(self, name="muted")
        self.bar = ContributionBar(self)
        self.themes = plain_label(self)
        self.obstacles = plain_label(self)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("detailsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self.on_toggle_toggled)
        self.details: QWidget | None = None  # built on first expand
        self._sections: dict[str, tuple[QLabel, QLabel]] = {}

        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(12, 8, 12, 8)
        self._column.setSpacing(4)
        self._column.addLayout(header)
        self._column.addWidget(self.headline)
        self._column.addWidget(self.warning)
        self._column.addWidget(self.feasible)
        self._column.addWidget(self.bar)
        self._column.addWidget(self.themes)
        self._column.addWidget(self.obstacles)
        self._column.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)

    # --- content ------------------------------------------------------------------------
    def set_result(self, position: int, result: CityResult, expanded: bool) -> None:
        self._position, self._result = position, result
        self._fill()
        if self.toggle.isChecked() != expanded:
            self.toggle.blockSignals(True)
            self.toggle.setChecked(expanded)
            self.toggle.blockSignals(False)
            self._show_details(expanded)
        elif expanded:
            self._fill_details()

    def result(self) -> CityResult | None:
        return self._result

    def _fill(self) -> None:
        result = self._result
        if result is None:
            return
        lang = current_language()
        city = result.city
        self.rank.setText(f"{self._position}.")
        self.name.setText(city.name(lang))
        local = city.name_local if city.name_local != city.name(lang) else ""
        # A leading left-to-right mark keeps "נתניה · Israel" in reading order and left
        # aligned; without it Qt takes the Hebrew as the paragraph direction.
        self.local.setText("\u200e" + " · ".join(x for x in (local, city.country(lang)) if x))
        score = f"{result.score:.0f}"
        self.score.setText(score)
        self.score_unit.setText(self.tr("von 100"))
        self.bar.set_values(result.profile.weights, result.contributions)
        explanation = result.explanation
        self.headline.setText(explanation.headline.get(lang))
        feasibility = result.feasibility
        first = feasibility.reasons[0].get(lang) if feasibility.reasons else ""
        more = len(feasibility.reasons) - 1
        if not feasibility.ok:
            text = self.tr("⚠ Nur eingeschränkt möglich: {0}").format(first)
            if more > 0:
                text += " " + (
                    self.tr("(1 weiterer Grund in der Begründung)")
                    if more == 1
                    else self.tr("({0} weitere Gründe in der Begründung)").format(more)
                )
            self.warning.setText(text)
        else:
            self.feasible.setText(self.tr("✓ Machbar: {0}").format(first))
        self.warning.setVisible(not feasibility.ok)
        self.feasible.setVisible(feasibility.ok)
        names = [THEMES[m.theme].get(lang) for m in explanation.theme_matches]
        if names:
            self.themes.setText(self.tr("Passt zu: {0}").format(", ".join(names)))
        elif any(v > 0 for v in result.profile.interests.values()):
            self.themes.setText(self.tr("Passt zu keinem der gewählten Themen"))
        else:
            self.themes.setText(self.tr("Noch keine Themen gewählt"))
        # Funding and travel obstacles repeat the feasibility line; the summary leaves them out.
        hurdles = [
            o.text.get(lang).rstrip(".")
            for o in explanation.obstacles
            if o.kind not in ("status", "funding", "travel")
        ]
        self.obstacles.setText(
            self.tr("Hürden: {0}").format("; ".join(hurdles))
            if hurdles
            else self.tr("Keine Hürden erkannt")
        )
        level = self.tr("machbar") if feasibility.ok else self.tr("nur eingeschränkt möglich")
        self.setAccessibleName(
            self.tr("Platz {0}: {1}, {2} von 100 Punkten, {3}").format(
                self._position, city.name(lang), score, level
            )
        )
        self.setAccessibleDescription(self.bar.description())
        self._label_toggle()

    def _section(self, key: str) -> tuple[QLabel, QLabel]:
        if key not in self._sections:
            assert self.details is not None
            heading = plain_label(self.details, wrap=False, name="sectionHeading")
            body = plain_label(self.details)
            layout = self.details.layout()
            assert layout is not None
            layout.addWidget(heading)
            layout.addWidget(body)
            self._sections[key] = (heading, body)
        return self._sections[key]

    def _fill_details(self) -> None:
        result = self._result
        if result is None or self.details is None:
            return
        lang = current_language()
        e = result.explanation
        self._set_section(
            "feasibility",
            self.tr("Machbarkeit"),
            "\n".join(f"• {r.get(lang)}" for r in result.feasibility.reasons) or "–",
        )
        lines = []
        for m in e.theme_matches:
            kind = self.tr("Schwerpunkt") if m.focus else self.tr("über Projekte")
            lines.append(f"• {THEMES[m.theme].get(lang)} ({kind})")
            lines.extend(f"    – {title}" for title in m.projects)
        self._set_section(
            "themes",
            self.tr("Themen und Projekte"),
            "\n".join(lines) or self.tr("Keine passenden Themen"),
        )
        lines = []
        for o in e.obstacles:
            if o.kind in ("funding", "travel"):
                continue  # listed under "Machbarkeit"
            lines.append(f"• {o.text.get(lang)}")
            if o.offers:
                offers = "; ".join(OFFERS[k].get(lang) for k in o.offers)
                lines.append("    " + self.tr("Hilfe vom Team INA: {0}").format(offers))
        self._set_section(
            "obstacles",
            self.tr("Hürden und Hilfe"),
            "\n".join(lines) or self.tr("Keine Hürden erkannt"),
        )
        others = e.reasons[len(e.theme_matches) :]
        self._set_section(
            "reasons",
            self.tr("Was außerdem passt"),
            "\n".join(f"• {r.get(lang)}" for r in others) or "–",
        )
        self._set_section("funding", self.tr("Förderweg"), e.funding.get(lang))

    def _set_section(self, key: str, heading: str, body: str) -> None:
        head, text = self._section(key)
        head.setText(heading)
        text.setText(body)

    def details_text(self) -> str:
        """All text of the details block (built on demand), e.g. for tests and copying."""
        self._build_details()
        self._fill_details()
        return "\n".join(f"{h.text()}\n{b.text()}" for h, b in self._sections.values())

    def _build_details(self) -> None:
        if self.details is None:
            self.details = QWidget(self)
            self.details.setVisible(False)
            column = QVBoxLayout(self.details)
            column.setContentsMargins(16, 2, 0, 4)
            column.setSpacing(2)
            self._column.addWidget(self.details)

    def _show_details(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self._label_toggle()
        if expanded:
            self._build_details()
            self._fill_details()
        if self.details is not None:
            self.details.setVisible(expanded)

    # --- events -------------------------------------------------------------------------
    @Slot(bool)
    def on_toggle_toggled(self, expanded: bool) -> None:
        self._show_details(expanded)
        self.expandToggled.emit(self.city_id, expanded)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.city_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.city_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def _label_toggle(self) -> None:
        expanded = self.toggle.isChecked()
        text = self.tr("Begründung ausblenden") if expanded else self.tr("Begründung anzeigen")
        self.toggle.setText(text)
        name = self._result.city.name(current_language()) if self._result else ""
        self.toggle.setAccessibleName(f"{text}: {name}")

    def retranslate(self) -> None:
        self._label_toggle()
        self._fill()
        if self.toggle.isChecked():
            self._fill_details()
