"""One partnership as a card: names in German and local script, country, since, status, focus.

The card is a single focusable control (Tab reaches it, Enter/Space or a click opens the
detail) so the grid of eleven cards is as quick to use by keyboard as by mouse. Data text is
plain text everywhere; the status reason is on hover and in the detail dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from partnerdesk.core.domain import City
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.widgets.flow_layout import FlowLayout
from partnerdesk.ui.widgets.plain_text import Chip, plain_label, tooltip_html
from partnerdesk.ui.widgets.status_style import (
    badge_stylesheet,
    badge_text,
    status_label,
    style_for,
)

CARD_STYLE = """
CityCard { background: #ffffff; border: 1px solid #c9d1d9; border-radius: 8px; }
CityCard[status="restricted"] { border-left: 5px solid #c77700; }
CityCard[status="paused"] { background: #f6f6f6; border: 1px dashed #8a8a8a;
                            border-left: 5px solid #8a8a8a; }
CityCard:hover { border-color: #1f5f99; }
CityCard:focus { border: 3px solid #1f5f99; }
QLabel#cityName { font-size: 13pt; font-weight: 600; color: #1b2631; }
QLabel#localName { font-size: 12pt; color: #33414e; }
QLabel#meta { color: #4a5561; }
QLabel#chip { background: #eaf0f6; color: #23384d; border-radius: 9px; }
"""


class CityCard(QFrame):
    """A clickable, focusable card; emits ``activated(city_id)``."""

    activated = Signal(str)

    def __init__(self, city: City, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._city = city
        self.setObjectName("cityCard")
        self.setProperty("status", city.status)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(CARD_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self._name = plain_label(object_name="cityName")
        self._local = plain_label(object_name="localName")
        self._meta = plain_label(object_name="meta")
        self._badge = plain_label(wrap=False, object_name="statusBadge")
        self._chips = FlowLayout(spacing=6)

        head = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self._name)
        names.addWidget(self._local)
        head.addLayout(names, 1)
        head.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self._meta)
        layout.addLayout(self._chips)
        layout.addStretch(1)
        # Labels inside must not take focus or swallow clicks: the card is the control.
        for label in (self._name, self._local, self._meta, self._badge):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.retranslate()

    @property
    def city(self) -> City:
        return self._city

    @property
    def city_id(self) -> str:
        return self._city.id

    def retranslate(self) -> None:
        city, lang = self._city, current_language()
        self._name.setText(city.name(lang))
        # The local script only when it adds something (not "Leeds / Leeds").
        local = city.name_local if city.name_local not in (city.name_de, city.name_en) else ""
        self._local.setText(local)
        self._local.setVisible(bool(local))
        # Qt's bidi algorithm orders Hebrew glyphs right to left on its own; without
        # AlignAbsolute a right-to-left text would also flip to the right edge of the card.
        self._local.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        since = self.tr("seit {year}").format(year=city.since)
        self._meta.setText(f"{city.country(lang)} · {since}")
        self._badge.setText(badge_text(city.status))
        self._badge.setStyleSheet(badge_stylesheet(city.status))
        self._fill_chips(lang)
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

    def accessible_text(self) -> str:
        """As a screen reader should read the card: "Amiens, Frankreich, seit 1960, aktiv"."""
        city, lang = self._city, current_language()
        since = self.tr("seit {year}").format(year=city.since)
        return f"{city.name(lang)}, {city.country(lang)}, {since}, {status_label(city.status)}"

    def _fill_chips(self, lang: str) -> None:
        self._chips.clear()
        for area in self._city.focus_areas:
            chip = Chip(area.text.get(lang))
            chip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            self._chips.addWidget(chip)

    def badge(self) -> QLabel:
        return self._badge

    def status_colour(self) -> str:
        return style_for(self._city.status).fg

    # --- geometry ---------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # QGridLayout sizes rows from size hints, not from height-for-width: with wrapped
        # chips and a second (local-script) name line the card needs more height at its
        # actual width than its hint says, and the text was clipped. Ask the layout for the
        # height at this width and keep at least that much.
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

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
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
