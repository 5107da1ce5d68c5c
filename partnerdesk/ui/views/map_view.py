"""The map view: Dortmund's partners on a world map, with a caption and a legend.

The presentation says the partners are "auf der gesamten Weltkarte verteilt"; this view
shows it. The legend repeats each marker shape with a word, so status never depends on
colour alone; a status line names the city under the mouse or the keyboard focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from partnerdesk.core.domain import City
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import plain_label
from partnerdesk.ui.widgets.status_style import status_label
from partnerdesk.ui.widgets.world_map import WorldMap, draw_marker


def _marker_icon(kind: str, size: int = 18) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_marker(painter, kind, QPointF(size / 2, size / 2), size / 3)
    painter.end()
    return pixmap


class MapView(Retranslatable, QWidget):
    """``MapView(cities)``; emits ``cityActivated(city_id)`` when a marker is opened."""

    cityActivated = Signal(str)

    def __init__(self, cities: Sequence[City], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self._cities: list[City] = list(cities)
        self.title = plain_label(object_name="viewTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #1b2631;")
        self.caption = plain_label()
        self.caption.setStyleSheet("color: #33414e;")
        self.map = WorldMap(self._cities)
        self.status_line = plain_label(wrap=False)
        self.status_line.setStyleSheet("color: #1b2631; font-weight: 600;")
        self._legend: list[tuple[str, QLabel]] = []

        legend = QHBoxLayout()
        legend.setSpacing(18)
        for kind in ("home", "active", "restricted", "paused"):
            row = QHBoxLayout()
            row.setSpacing(6)
            icon = QLabel()
            icon.setPixmap(_marker_icon(kind))
            text = plain_label(wrap=False)
            row.addWidget(icon)
            row.addWidget(text)
            legend.addLayout(row)
            self._legend.append((kind, text))
        legend.addStretch(1)
        legend.addWidget(self.status_line)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.map, 1)
        layout.addLayout(legend)

        self.map.cityActivated.connect(self.cityActivated)
        self.map.cityHovered.connect(self.on_city_hovered)
        self.retranslate()

    def set_cities(self, cities: Sequence[City]) -> None:
        self._cities = list(cities)
        self.map.set_cities(self._cities)
        self.retranslate()

    @Slot(str)
    def on_city_hovered(self, city_id: str) -> None:
        self.status_line.setText(self.map.describe(city_id) if city_id else "")

    def retranslate(self) -> None:
        lang = current_language()
        self.title.setText(self.tr("Partnerstädte auf der Weltkarte"))
        abroad = sorted((c for c in self._cities if c.abroad), key=lambda c: c.lon)
        span = ""
        if len(abroad) >= 2:
            span = self.tr(" – von {west} bis {east}").format(
                west=abroad[0].name(lang), east=abroad[-1].name(lang)
            )
        self.caption.setText(
            self.tr(
                "Dortmunds {count} Partnerschaften sind auf der gesamten Weltkarte verteilt{span}. "
                "Klicken Sie auf eine Stadt oder wählen Sie sie mit Tab bzw. den Pfeiltasten und "
                "der Eingabetaste, um die Details zu öffnen."
            ).format(count=len(self._cities), span=span)
        )
        words = {
            "home": self.tr("Dortmund"),
            "active": status_label("active"),
            "restricted": status_label("restricted"),
            "paused": status_label("paused"),
        }
        for kind, label in self._legend:
            label.setText(words[kind])
