"""One partnership as a card: names in German and local script, country, since, status, focus.

The card is a single focusable control (Tab reaches it, Enter/Space or a click opens the
detail) so the grid of eleven cards is as quick to use by keyboard as by mouse. Data text is
plain text everywhere (drawn, never interpreted); the status reason is on hover and in the
detail dialog.

The card paints its texts itself instead of holding a label per line and chip: eleven cards
of about nine labels each were the largest cost of the first paint (creating, polishing and
laying out ~100 widgets took ~30 ms, about a quarter of the start-up). The frame, hover and
focus border still come from the stylesheet; screen readers get the card's accessible name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from partnerdesk.core.domain import City
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import tooltip_html
from partnerdesk.ui.widgets.status_style import badge_text, status_label, style_for

# The card's frame, for the stylesheet of the view that shows cards (set there once, not
# per card: eleven stylesheets cost more than one).
CARD_STYLE = """
CityCard { background: #ffffff; border: 1px solid #c9d1d9; border-radius: 8px; }
CityCard[status="restricted"] { border-left: 5px solid #c77700; }
CityCard[status="paused"] { background: #f6f6f6; border: 1px dashed #8a8a8a;
                            border-left: 5px solid #8a8a8a; }
CityCard:hover { border-color: #1f5f99; }
CityCard:focus { border: 3px solid #1f5f99; }
"""
# Text colours (contrast on white and on the paused card's #f6f6f6 at least 7:1).
NAME_COLOUR = "#1b2631"
LOCAL_COLOUR = "#33414e"
META_COLOUR = "#4a5561"
CHIP_FG, CHIP_BG = "#23384d", "#eaf0f6"
MARGINS = (14, 12, 14, 12)  # left, top, right, bottom inside the frame
SPACING = 6  # between rows, between chips, between names and badge
CHIP_PAD = (8, 2)  # horizontal, vertical
BADGE_PAD = (10, 2)
RADIUS = 9
BIG = 1 << 20
WRAP = Qt.TextFlag.TextWordWrap


@dataclass(frozen=True, slots=True)
class _Piece:
    """One thing to draw: a text in a rectangle, optionally on a rounded background."""

    kind: str  # name | local | meta | badge | chip
    rect: QRect
    text: str


class CityCard(Retranslatable, QFrame):
    """A clickable, focusable card; emits ``activated(city_id)``."""

    activated = Signal(str)

    def __init__(self, city: City, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._city = city
        self._texts: dict[str, str] = {}
        self._chips: list[str] = []
        # Layouts by width: the grid asks heightForWidth for several widths per pass.
        self._layouts: dict[tuple[int, ...], tuple[list[_Piece], int]] = {}
        # Each text's unwrapped size per font: the grid tries a dozen widths per card while
        # it lays out, and a text that fits on one line needs no new measuring (shaping the
        # texts again for every width cost ~1.5 ms of the first paint).
        self._natural: dict[tuple[str, str], QRect] = {}
        self._advances: dict[tuple[str, str], int] = {}
        self._font_cache: dict[str, QFont] | None = None
        self.setObjectName("cityCard")
        self.setProperty("status", city.status)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # CARD_STYLE comes from the view that holds the cards, set once for all of them.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.retranslate()

    @property
    def city(self) -> City:
        return self._city

    @property
    def city_id(self) -> str:
        return self._city.id

    def retranslate(self) -> None:
        city, lang = self._city, current_language()
        # The local script only when it adds something (not "Leeds / Leeds").
        local = city.name_local if city.name_local not in (city.name_de, city.name_en) else ""
        since = self.tr("seit {year}").format(year=city.since)
        self._texts = {
            "name": city.name(lang),
            "local": local,
            "meta": f"{city.country(lang)} · {since}",
            "badge": badge_text(city.status),
        }
        self._chips = [area.text.get(lang) for area in city.focus_areas]
        tips = [city.name(lang)]
        if local:
            tips.append(local)
        reason = city.status_reason.get(lang)
        if reason:
            tips.append(f"{status_label(city.status)}: {reason}")
        tips.append(self.tr("Enter oder Klick öffnet die Details."))
        self.setToolTip(tooltip_html(*tips))
        self.setAccessibleName(self.accessible_text())
        # Plain text: with no description Qt would offer the tooltip's HTML instead.
        self.setAccessibleDescription(" ".join(tips[1:]))
        self._relayout()

    def accessible_text(self) -> str:
        """As a screen reader should read the card: "Amiens, Frankreich, seit 1960, aktiv"."""
        city, lang = self._city, current_language()
        since = self.tr("seit {year}").format(year=city.since)
        return f"{city.name(lang)}, {city.country(lang)}, {since}, {status_label(city.status)}"

    def texts(self) -> list[str]:
        """Every text the card shows, in reading order (name, local name, meta, badge, chips)."""
        shown = [self._texts[key] for key in ("name", "local", "meta", "badge") if self._texts[key]]
        return shown + self._chips

    def badge_text(self) -> str:
        return self._texts["badge"]

    def status_colour(self) -> str:
        return style_for(self._city.status).fg

    # --- geometry ---------------------------------------------------------------------

    def _fonts(self) -> dict[str, QFont]:
        if self._font_cache is None:
            self._font_cache = self._make_fonts()
        return self._font_cache

    def _make_fonts(self) -> dict[str, QFont]:
        base = self.font()
        name, local, bold = QFont(base), QFont(base), QFont(base)
        # 13 and 12 pt on the desktop; the kiosk's large text scales them with its base font.
        size = base.pointSizeF()
        name.setPointSizeF(max(13.0, size * 1.3))
        name.setWeight(QFont.Weight.DemiBold)
        local.setPointSizeF(max(12.0, size * 1.2))
        bold.setWeight(QFont.Weight.DemiBold)
        return {"name": name, "local": local, "meta": base, "badge": bold, "chip": base}

    def _pieces(self, width: int) -> tuple[list[_Piece], int]:
        """What goes where at *width* (the card's outer width) and the height needed."""
        # The frame's border comes from the stylesheet (thicker with focus), not from the size.
        box = self.contentsRect()
        edge_l, edge_t = box.left(), box.top()
        edge_r, edge_b = self.width() - box.right() - 1, self.height() - box.bottom() - 1
        cache_key = (width, edge_l, edge_t, edge_r, edge_b)
        cached = self._layouts.get(cache_key)
        if cached is not None:
            return cached
        fonts = self._fonts()
        left, top, right, bottom = MARGINS
        x0 = edge_l + left
        inner = max(40, width - edge_l - edge_r - left - right)
        pieces: list[_Piece] = []
        # Head: names on the left, the status badge top right.
        badge_metrics = QFontMetrics(fonts["badge"])
        badge = self._texts["badge"]
        badge_w = self._advance("badge", badge) + 2 * BADGE_PAD[0] + 2
        badge_h = badge_metrics.height() + 2 * BADGE_PAD[1] + 2
        names_w = max(20, inner - badge_w - SPACING)
        y = edge_t + top
        pieces.append(_Piece("badge", QRect(x0 + inner - badge_w, y, badge_w, badge_h), badge))
        names_h = 0
        for key in ("name", "local"):
            text = self._texts[key]
            if not text:
                continue
            height = self._wrapped_height(key, text, names_w)
            pieces.append(_Piece(key, QRect(x0, y + names_h, names_w, height), text))
            names_h += height
        y += max(names_h, badge_h) + SPACING
        meta = self._texts["meta"]
        meta_h = self._wrapped_height("meta", meta, inner)
        pieces.append(_Piece("meta", QRect(x0, y, inner, meta_h), meta))
        y += meta_h
        # Chips flow left to right; a chip wider than the card wraps its own text.
        chip_metrics = QFontMetrics(fonts["chip"])
        line_h, x = 0, x0
        if self._chips:
            y += SPACING
        for text in self._chips:
            w = self._advance("chip", text) + 2 * CHIP_PAD[0] + 2
            h = chip_metrics.height() + 2 * CHIP_PAD[1]
            if w > inner:
                w = inner
                h = (
                    chip_metrics.boundingRect(
                        QRect(0, 0, w - 2 * CHIP_PAD[0], BIG), WRAP, text
                    ).height()
                    + 2 * CHIP_PAD[1]
                )
            if x > x0 and x + w > x0 + inner:
                x, y = x0, y + line_h + SPACING
                line_h = 0
            pieces.append(_Piece("chip", QRect(x, y, w, h), text))
            x += w + SPACING
            line_h = max(line_h, h)
        y += line_h
        height = y + bottom + edge_b
        self._layouts[cache_key] = (pieces, height)
        return pieces, height

    def _natural_size(self, kind: str, text: str) -> QRect:
        """*text* in the font of *kind* on as few lines as its line breaks allow."""
        size = self._natural.get((kind, text))
        if size is None:
            metrics = QFontMetrics(self._fonts()[kind])
            size = self._natural[(kind, text)] = metrics.boundingRect(
                QRect(0, 0, BIG, BIG), WRAP, text
            )
        return size

    def _advance(self, kind: str, text: str) -> int:
        advance = self._advances.get((kind, text))
        if advance is None:
            metrics = QFontMetrics(self._fonts()[kind])
            advance = self._advances[(kind, text)] = metrics.horizontalAdvance(text)
        return advance

    def _wrapped_height(self, kind: str, text: str, width: int) -> int:
        """The height of *text* word-wrapped at *width*."""
        natural = self._natural_size(kind, text)
        if natural.width() <= width:
            return natural.height()  # fits: wrapping changes nothing
        metrics = QFontMetrics(self._fonts()[kind])
        return metrics.boundingRect(QRect(0, 0, width, BIG), WRAP, text).height()

    def _relayout(self) -> None:
        self._layouts.clear()
        self._natural.clear()
        self._advances.clear()
        self._font_cache = None
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._pieces(width)[1]

    def sizeHint(self) -> QSize:
        width = QFontMetrics(self.font()).horizontalAdvance("M") * 24
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(QFontMetrics(self.font()).horizontalAdvance("M") * 12, 60)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # QGridLayout sizes rows from size hints, not from height-for-width: with wrapped
        # chips and a second (local-script) name line the card needs more height at its
        # actual width than its hint says. Keep at least the height this width needs.
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # frame, background, hover and focus border (stylesheet)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fonts = self._fonts()
        status = style_for(self._city.status)
        # AlignAbsolute: Qt's bidi algorithm orders Hebrew right to left on its own; without
        # it a right-to-left text would also flip to the right edge of its box.
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        for piece in self._pieces(self.width())[0]:
            painter.setFont(fonts[piece.kind])
            if piece.kind == "badge":
                pen = QPen(QColor(status.border))
                if self._city.status == "paused":
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(QColor(status.bg))
                painter.drawRoundedRect(piece.rect.adjusted(0, 0, -1, -1), RADIUS, RADIUS)
                painter.setPen(QColor(status.fg))
                painter.drawText(piece.rect, int(Qt.AlignmentFlag.AlignCenter), piece.text)
            elif piece.kind == "chip":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(CHIP_BG))
                painter.drawRoundedRect(piece.rect, RADIUS, RADIUS)
                painter.setPen(QColor(CHIP_FG))
                inner = piece.rect.adjusted(CHIP_PAD[0], CHIP_PAD[1], -CHIP_PAD[0], -CHIP_PAD[1])
                painter.drawText(
                    inner, int(left | Qt.AlignmentFlag.AlignVCenter) | int(WRAP), piece.text
                )
            else:
                colour = {"name": NAME_COLOUR, "local": LOCAL_COLOUR}.get(piece.kind, META_COLOUR)
                painter.setPen(QColor(colour))
                painter.drawText(piece.rect, int(left) | int(WRAP), piece.text)
        painter.end()

    # --- interaction ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self._city.id)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self._city.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    @Slot()
    def on_activate(self) -> None:
        self.activated.emit(self._city.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout()  # the kiosk's large-text switch changes the font
        super().changeEvent(event)  # Retranslatable: the language
