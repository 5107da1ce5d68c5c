"""Per-criterion contribution bar of a ranked city, and the legend that explains it.

The bar is one row of five tracks in the fixed criterion order. Each track is as wide as the
criterion's share of the weights (so the tracks together stand for 100 points) and is filled
as far as the city earns points on it: the filled parts add up to the score exactly like the
additive model. Position and a text alternative (tooltip and accessible description with the
numbers) carry the meaning, colour only helps.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from partnerdesk.core.domain import CRITERIA, CRITERION_LABELS
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.flow_layout import FlowLayout

# Contrast against white >= 5:1 and against the empty track >= 4:1 (WCAG non-text needs 3:1).
CRITERION_COLOURS: dict[str, QColor] = {
    "themes": QColor("#1f5fa8"),
    "language": QColor("#b5520b"),
    "structure": QColor("#56606b"),
    "time": QColor("#237a3b"),
    "support": QColor("#8a3f9c"),
}
TRACK_FILL = QColor("#eef1f4")
TRACK_EDGE = QColor("#7d8894")  # 3.6:1 on white: the empty part stays visible
GAP = 3


def weight_shares(weights: Mapping[str, float]) -> dict[str, float]:
    total = sum(max(0.0, float(weights.get(c, 0.0))) for c in CRITERIA)
    if total <= 0:
        return dict.fromkeys(CRITERIA, 1 / len(CRITERIA))
    return {c: max(0.0, float(weights.get(c, 0.0))) / total for c in CRITERIA}


class ContributionBar(Retranslatable, QWidget):
    """Five weighted tracks, filled by the points a city earns on each criterion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares: dict[str, float] = weight_shares({})
        self._points: dict[str, float] = dict.fromkeys(CRITERIA, 0.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_values(self, weights: Mapping[str, float], contributions: Mapping[str, float]) -> None:
        shares = weight_shares(weights)
        points = {c: float(contributions.get(c, 0.0)) for c in CRITERIA}
        if shares == self._shares and points == self._points:
            return
        self._shares, self._points = shares, points
        self.retranslate()
        self.update()

    def contributions(self) -> dict[str, float]:
        return dict(self._points)

    def description(self) -> str:
        lang = current_language()
        parts = [
            self.tr("{0}: {1} von {2} Punkten").format(
                CRITERION_LABELS[c].get(lang),
                f"{self._points[c]:.0f}",
                f"{self._shares[c] * 100:.0f}",
            )
            for c in CRITERIA
        ]
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(240, max(10, round(self.fontMetrics().height() * 0.75)))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        height = self.height() - 1
        usable = self.width() - 1 - GAP * (len(CRITERIA) - 1)
        x = 0.0
        for criterion in CRITERIA:
            share = self._shares[criterion]
            width = usable * share
            if width <= 0:
                continue
            track = QRectF(x, 0, width, height)
            painter.setPen(QPen(TRACK_EDGE, 1))
            painter.setBrush(TRACK_FILL)
            painter.drawRect(track)
            full = 100.0 * share
            filled = 0.0 if full <= 0 else min(1.0, self._points[criterion] / full)
            if filled > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(CRITERION_COLOURS[criterion])
                painter.drawRect(QRectF(x, 0, width * filled + 1, height + 1))
            x += width + GAP
        painter.end()

    def retranslate(self) -> None:
        text = self.description()
        self.setToolTip(text)  # our own words and numbers only: no data text
        self.setAccessibleDescription(text)


class _Swatch(QWidget):
    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        side = max(10, round(self.fontMetrics().height() * 0.7))
        self.setFixedSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colour)
        painter.end()


class CriterionLegend(Retranslatable, QWidget):
    """Colour key of the bar with each criterion's current weight in points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares = weight_shares({})
        # The key wraps like chips: in one row it was ~730 px wide and forced the whole
        # ranking (and the window) wider than 1280 px.
        layout = FlowLayout(self, spacing=14)
        self._labels: dict[str, QLabel] = {}
        for criterion in CRITERIA:
            item = QWidget(self)
            row = QHBoxLayout(item)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            row.addWidget(_Swatch(CRITERION_COLOURS[criterion], item))
            label = QLabel(item)
            label.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(label)
            layout.addWidget(item)
            self._labels[criterion] = label
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.retranslate()

    def set_weights(self, weights: Mapping[str, float]) -> None:
        shares = weight_shares(weights)
        if shares != self._shares:
            self._shares = shares
            self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        for criterion, label in self._labels.items():
            label.setText(
                self.tr("{0} (max. {1})").format(
                    CRITERION_LABELS[criterion].get(lang), f"{self._shares[criterion] * 100:.0f}"
                )
            )
