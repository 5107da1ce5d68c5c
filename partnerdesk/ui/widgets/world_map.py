"""A world map with Dortmund and its partner cities, clickable, hoverable and keyboard-usable.

The outline is Natural Earth 1:110m (public domain, ``resources/map/``), drawn in an
equirectangular projection that scales with the widget. Eight of the eleven partners lie
between Leeds and Netanya, and four of them within 500 km of Dortmund, so a magnified
"Westeuropa" inset sits in the empty South Pacific; those cities are labelled and clicked
there, while the world map shows where the inset's area is. Labels are placed greedily to
avoid each other and the markers (a leader line joins a label that had to move away).

Keyboard: Tab/arrow keys move between markers (Tab leaves the map after the last one),
Enter/Space opens the focused city. The widget's accessible name always names the focused
marker, so a screen reader announces each city as it is reached.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from partnerdesk.core.domain import City
from partnerdesk.resources import resource_path
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import tooltip_html
from partnerdesk.ui.widgets.status_style import status_label

HOME_ID = "dortmund"
HOME_LON, HOME_LAT = 7.47, 51.51
# Map coordinates are (lon, -lat) so north is up on screen.
WORLD = QRectF(-180, -84, 360, 142)  # Antarctica cropped: no partner there
INSET_SOURCE = QRectF(-4.5, -56.5, 20.5, 9.5)  # lon -4.5..16, lat 47..56.5
INSET_TARGET = QRectF(-179, 2, 95, 95 * 9.5 / 20.5)  # the open South Pacific, ~4.6x

OCEAN = QColor("#eef3f7")
LAND = QColor("#d5dce3")
PARTNER_LAND = QColor("#bcd0e3")
HOME_LAND = QColor("#e8cfc4")
COAST = QColor("#ffffff")
LINK = QColor(31, 95, 153, 110)
TEXT = QColor("#16212c")
MARKER = {
    "home": QColor("#a4161a"),
    "active": QColor("#1f5f99"),
    "restricted": QColor("#b35900"),
    "paused": QColor("#5a5a5a"),
}


@lru_cache(maxsize=1)
def country_paths() -> tuple[QPainterPath, ...]:
    """One path per country in map coordinates, read once from ``world.json``."""
    data = json.loads(resource_path("map", "world.json").read_text(encoding="utf-8"))
    paths = []
    for country in data["countries"]:
        path = QPainterPath()
        for ring in country["rings"]:
            points = [QPointF(ring[i], -ring[i + 1]) for i in range(0, len(ring), 2)]
            path.addPolygon(QPolygonF(points))
            path.closeSubpath()
        paths.append(path)
    return tuple(paths)


def in_inset(lon: float, lat: float) -> bool:
    return INSET_SOURCE.contains(QPointF(lon, -lat))


def _overlap(a: QRectF, b: QRectF) -> float:
    both = a.intersected(b)
    return max(both.width(), 0.0) * max(both.height(), 0.0)


@dataclass
class Marker:
    id: str
    lon: float
    lat: float
    kind: str  # "home" | a status
    city: City | None
    # Where the marker is drawn, labelled and clicked (in the inset if it lies inside).
    pos: QPointF = field(default_factory=QPointF)
    world_pos: QPointF | None = None  # the extra dot on the world map for inset cities
    label_rect: QRectF = field(default_factory=QRectF)


def draw_marker(painter: QPainter, kind: str, center: QPointF, radius: float) -> None:
    """The marker shape per kind: shape differs as well as colour (not colour alone)."""
    colour = MARKER.get(kind, MARKER["active"])
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(colour)
    x, y, r = center.x(), center.y(), radius
    if kind == "home":
        painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif kind == "restricted":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - r * 1.25),
                    QPointF(x + r * 1.15, y + r),
                    QPointF(x - r * 1.15, y + r),
                ]
            )
        )
    elif kind == "paused":
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(colour, 2.0, Qt.PenStyle.SolidLine))
        painter.drawEllipse(center, r, r)
        painter.drawLine(QPointF(x - r * 0.3, y - r * 0.5), QPointF(x - r * 0.3, y + r * 0.5))
        painter.drawLine(QPointF(x + r * 0.3, y - r * 0.5), QPointF(x + r * 0.3, y + r * 0.5))
    else:
        painter.drawEllipse(center, r, r)


class WorldMap(Retranslatable, QWidget):
    """Emits ``cityActivated(city_id)`` on click/Enter and ``cityHovered(city_id or "")``."""

    cityActivated = Signal(str)
    cityHovered = Signal(str)

    RADIUS = 6.0

    def __init__(self, cities: Sequence[City], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 240)
        self._markers: list[Marker] = []
        self._focus = 0
        self._hover = ""
        self._transform = QTransform()
        self._inset_transform = QTransform()
        self._laid_out_for = QSize()
        self._tints: list[QColor] = []
        self.set_cities(cities)

    # --- data -------------------------------------------------------------------------

    def set_cities(self, cities: Sequence[City]) -> None:
        self._markers = [Marker(HOME_ID, HOME_LON, HOME_LAT, "home", None)]
        # West to east, so arrow keys move across the map the way the eye does.
        for city in sorted(cities, key=lambda c: c.lon):
            self._markers.append(Marker(city.id, city.lon, city.lat, city.status, city))
        self._focus = min(self._focus, len(self._markers) - 1)
        self._tints = self._country_tints()
        self._laid_out_for = QSize()
        self._update_accessible_name()
        self.update()

    def _country_tints(self) -> list[QColor]:
        """Countries holding a partner city get a tint; found by point-in-polygon."""
        tints = []
        for path in country_paths():
            colour = LAND
            for marker in self._markers:
                if path.contains(QPointF(marker.lon, -marker.lat)):
                    colour = (
                        HOME_LAND
                        if marker.kind == "home"
                        or (marker.city is not None and not marker.city.abroad)
                        else PARTNER_LAND
                    )
                    if colour is HOME_LAND:
                        break
            tints.append(colour)
        return tints

    def marker_ids(self) -> list[str]:
        return [m.id for m in self._markers]

    def marker_position(self, marker_id: str) -> QPointF:
        """Widget coordinates where the marker is drawn and clickable."""
        self._ensure_layout()
        return QPointF(self._marker(marker_id).pos)

    def label_rect(self, marker_id: str) -> QRectF:
        self._ensure_layout()
        return QRectF(self._marker(marker_id).label_rect)

    def focused_id(self) -> str:
        return self._markers[self._focus].id

    def hovered_id(self) -> str:
        return self._hover

    def set_focused(self, marker_id: str) -> None:
        self._focus = self.marker_ids().index(marker_id)
        self._update_accessible_name()
        self.update()

    def describe(self, marker_id: str) -> str:
        """Spoken/tooltip text of a marker: "Amiens, Frankreich, aktiv"."""
        marker = self._marker(marker_id)
        if marker.city is None:
            return self.tr("Dortmund, Deutschland (Heimatstadt)")
        lang = current_language()
        city = marker.city
        return f"{city.name(lang)}, {city.country(lang)}, {status_label(city.status)}"

    def _marker(self, marker_id: str) -> Marker:
        for marker in self._markers:
            if marker.id == marker_id:
                return marker
        raise KeyError(marker_id)

    def _label(self, marker: Marker) -> str:
        if marker.city is None:
            return "Dortmund"
        return marker.city.name(current_language())

    # --- geometry ---------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(1000, 420)

    def _ensure_layout(self) -> None:
        if self._laid_out_for != self.size():
            self._layout()

    def _layout(self) -> None:
        self._laid_out_for = QSize(self.size())
        margin = 8.0
        scale = min(
            (self.width() - 2 * margin) / WORLD.width(),
            (self.height() - 2 * margin) / WORLD.height(),
        )
        scale = max(scale, 0.1)
        dx = (self.width() - WORLD.width() * scale) / 2 - WORLD.left() * scale
        dy = (self.height() - WORLD.height() * scale) / 2 - WORLD.top() * scale
        self._transform = QTransform(scale, 0, 0, scale, dx, dy)
        k = INSET_TARGET.width() / INSET_SOURCE.width()
        inset = QTransform().translate(INSET_TARGET.left(), INSET_TARGET.top()).scale(k, k)
        inset = QTransform().translate(-INSET_SOURCE.left(), -INSET_SOURCE.top()) * inset
        self._inset_transform = inset * self._transform
        for marker in self._markers:
            point = QPointF(marker.lon, -marker.lat)
            if in_inset(marker.lon, marker.lat):
                marker.pos = self._inset_transform.map(point)
                marker.world_pos = self._transform.map(point)
            else:
                marker.pos = self._transform.map(point)
                marker.world_pos = None
        self._place_labels()

    def inset_rect(self) -> QRectF:
        return self._transform.mapRect(INSET_TARGET)

    def _place_labels(self) -> None:
        """Greedy label placement: first candidate spot that hits no marker or label."""
        metrics = QFontMetricsF(self._label_font(False))
        taken = [QRectF(m.pos.x() - 8, m.pos.y() - 8, 16, 16) for m in self._markers]
        inset = self.inset_rect()
        taken.append(self._inset_caption_rect())
        taken.append(self._transform.mapRect(INSET_SOURCE))
        bounds = QRectF(self.rect())
        gap = self.RADIUS + 4
        for marker in sorted(self._markers, key=lambda m: (m.kind != "home", -m.lat)):
            metrics = QFontMetricsF(self._label_font(marker.kind == "home"))
            w = metrics.horizontalAdvance(self._label(marker)) + 6
            h = metrics.height() + 2
            x, y = marker.pos.x(), marker.pos.y()
            area = inset if marker.world_pos is not None else bounds
            candidates = []
            for dist in (gap, gap + 12, gap + 26):
                candidates += [
                    QRectF(x + dist, y - h / 2, w, h),
                    QRectF(x - dist - w, y - h / 2, w, h),
                    QRectF(x - w / 2, y - dist - h + 2, w, h),
                    QRectF(x - w / 2, y + dist - 2, w, h),
                    QRectF(x + dist * 0.7, y - dist * 0.7 - h, w, h),
                    QRectF(x + dist * 0.7, y + dist * 0.7, w, h),
                    QRectF(x - dist * 0.7 - w, y + dist * 0.7, w, h),
                    QRectF(x - dist * 0.7 - w, y - dist * 0.7 - h, w, h),
                ]
            own = QRectF(x - 8, y - 8, 16, 16)
            others = [r for r in taken if r != own]

            def cost(rect: QRectF, others: list[QRectF] = others, area: QRectF = area) -> float:
                clash = sum(_overlap(rect, o) for o in others)
                outside = rect.width() * rect.height() - _overlap(rect, area)
                return clash + 4 * outside

            # The first free spot in order of preference, else the least crowded one.
            chosen = next((r for r in candidates if cost(r) == 0), None)
            marker.label_rect = chosen or min(candidates, key=cost)
            chosen = marker.label_rect
            taken.append(chosen)

    def _inset_caption(self) -> str:
        return self.tr("Westeuropa (vergrößert)")

    def _inset_caption_rect(self) -> QRectF:
        metrics = QFontMetricsF(self._label_font(True))
        inset = self.inset_rect()
        width = metrics.horizontalAdvance(self._inset_caption()) + 8
        height = metrics.height() + 4
        return QRectF(inset.left() + 2, inset.bottom() - height - 2, width, height)

    def _label_font(self, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0))
        font.setBold(bold)
        return font

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f7f9fb"))
        world = self._transform.mapRect(WORLD)
        painter.fillRect(world, OCEAN)
        self._draw_land(painter, self._transform, world)
        home = self._marker(HOME_ID)
        # The inset's area on the world map, joined to the inset, so the jump is readable.
        source = self._transform.mapRect(INSET_SOURCE)
        inset = self.inset_rect()
        painter.setPen(QPen(QColor("#5b6b7b"), 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(source)
        painter.drawLine(source.bottomLeft(), inset.topRight())
        # Links from Dortmund to the partners outside the inset.
        painter.setPen(QPen(LINK, 1.2))
        home_world = home.world_pos or home.pos
        for marker in self._markers[1:]:
            if marker.world_pos is None:
                painter.drawLine(home_world, marker.pos)
        for marker in self._markers:
            if marker.world_pos is not None:
                draw_marker(painter, marker.kind, marker.world_pos, 2.5)
        # The inset: same outline, magnified, with its own links and labels.
        painter.fillRect(inset.adjusted(-1, -1, 1, 1), QColor("#5b6b7b"))
        painter.fillRect(inset, OCEAN)
        painter.save()
        painter.setClipRect(inset)
        self._draw_land(painter, self._inset_transform, inset)
        painter.setPen(QPen(LINK, 1.2))
        for marker in self._markers[1:]:
            if marker.world_pos is not None:
                painter.drawLine(home.pos, marker.pos)
        painter.restore()
        painter.setFont(self._label_font(True))
        painter.setPen(QColor("#33414e"))
        painter.drawText(
            self._inset_caption_rect(), Qt.AlignmentFlag.AlignCenter, self._inset_caption()
        )
        for index, marker in enumerate(self._markers):
            self._draw_city(painter, marker, focused=index == self._focus and self.hasFocus())
        painter.end()

    def _draw_land(self, painter: QPainter, transform: QTransform, clip: QRectF) -> None:
        painter.save()
        painter.setClipRect(clip)
        painter.setTransform(transform)
        pen = QPen(COAST, 0.8)
        pen.setCosmetic(True)  # hair-thin borders at any zoom
        painter.setPen(pen)
        for path, tint in zip(country_paths(), self._tints, strict=True):
            painter.setBrush(tint)
            painter.drawPath(path)
        painter.restore()

    def _draw_city(self, painter: QPainter, marker: Marker, *, focused: bool) -> None:
        hovered = marker.id == self._hover
        radius = self.RADIUS + (1.5 if hovered or focused else 0)
        rect = marker.label_rect
        if not rect.adjusted(-2, -2, 2, 2).contains(marker.pos):
            # A leader line when the label had to move away from its marker.
            anchor = QPointF(
                min(max(marker.pos.x(), rect.left()), rect.right()),
                min(max(marker.pos.y(), rect.top()), rect.bottom()),
            )
            painter.setPen(QPen(QColor("#5b6b7b"), 0.8))
            painter.drawLine(marker.pos, anchor)
        draw_marker(painter, marker.kind, marker.pos, radius)
        # A soft halo keeps labels readable over land, borders and links.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setFont(self._label_font(marker.kind == "home" or hovered))
        painter.setPen(MARKER["paused"] if marker.kind == "paused" else TEXT)
        # drawText with a plain string never interprets markup: data shows literally.
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._label(marker))
        if focused:
            pen = QPen(QColor("#0b3d6b"), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(marker.pos, radius + 4, radius + 4)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)

    # --- interaction ------------------------------------------------------------------

    def marker_at(self, point: QPointF) -> str:
        """The marker (or its label, or its world-map dot) under ``point``, else ""."""
        self._ensure_layout()
        best, best_dist = "", (self.RADIUS + 5) ** 2
        for marker in self._markers:
            for pos in (marker.pos, marker.world_pos):
                if pos is None:
                    continue
                dist = (pos.x() - point.x()) ** 2 + (pos.y() - point.y()) ** 2
                if dist <= best_dist:
                    best, best_dist = marker.id, dist
        if best:
            return best
        for marker in self._markers:
            if marker.label_rect.contains(point):
                return marker.id
        return ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.marker_at(event.position())
        if found != self._hover:
            self._hover = found
            self.setCursor(
                Qt.CursorShape.PointingHandCursor
                if found and found != HOME_ID
                else Qt.CursorShape.ArrowCursor
            )
            self.cityHovered.emit(found)
            self.update()
        if found:
            QToolTip.showText(event.globalPosition().toPoint(), self._tooltip(found), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover:
            self._hover = ""
            self.cityHovered.emit("")
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        found = self.marker_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and found:
            self.set_focused(found)
            self._activate(found)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._move(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._move(-1)
        elif key == Qt.Key.Key_Home:
            self.set_focused(self._markers[0].id)
        elif key == Qt.Key.Key_End:
            self.set_focused(self._markers[-1].id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self.focused_id())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks the markers first and leaves the map only after the last one.
        step = 1 if next else -1
        if 0 <= self._focus + step < len(self._markers):
            self._move(step)
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() == Qt.FocusReason.BacktabFocusReason:
            self._focus = len(self._markers) - 1
        elif event.reason() == Qt.FocusReason.TabFocusReason:
            self._focus = 0
        self._update_accessible_name()
        super().focusInEvent(event)

    def _move(self, step: int) -> None:
        self._focus = (self._focus + step) % len(self._markers)
        self._update_accessible_name()
        self.update()

    def _activate(self, marker_id: str) -> None:
        if marker_id != HOME_ID:  # Dortmund is the reference point, not a partner
            self.cityActivated.emit(marker_id)

    def _tooltip(self, marker_id: str) -> str:
        marker = self._marker(marker_id)
        lines = [self.describe(marker_id)]
        if marker.city is not None:
            if marker.city.name_local not in (marker.city.name_de, marker.city.name_en):
                lines.insert(1, marker.city.name_local)
            reason = marker.city.status_reason.get(current_language())
            if reason:
                lines.append(reason)
            lines.append(self.tr("Klicken öffnet die Details."))
        return tooltip_html(*lines)

    def _update_accessible_name(self) -> None:
        if not self._markers:
            return
        name = self.tr("Weltkarte: {city}").format(city=self.describe(self.focused_id()))
        # QWidget.setAccessibleName itself sends QAccessible NameChanged, so a screen reader
        # announces the newly focused city (no manual QAccessibleEvent needed).
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            self.tr("Pfeiltasten oder Tab wechseln die Stadt, Eingabetaste öffnet die Details.")
        )

    def retranslate(self) -> None:
        self._laid_out_for = QSize()  # label widths change with the language
        self._update_accessible_name()
        self.update()
