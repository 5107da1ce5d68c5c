"""The kiosk's partner cities: the advisor's city cards in an even grid, and a detail page.

``CityBrowser`` lays the cards (``ui.widgets.city_card.CityCard``) in equal columns - three,
two when narrow or with large text - restyled for the kiosk's text sizes so the city name is
the largest line and no tag is cut. ``CityPage`` answers what an apprentice asks about a
city, in short sentences: what you can do there, which language, how long, how you get
there, and what apprentices who were there say (consented, anonymous reports only).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from partnerdesk.core.domain import City
from partnerdesk.core.formatting import format_number
from partnerdesk.core.stays import ExperienceReport
from partnerdesk.core.vocab import CEFR_DESCRIPTIONS, FUNDING_LABELS, LANGUAGES
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.kiosk.pages_input import KioskPage, label
from partnerdesk.ui.kiosk.style import base_points
from partnerdesk.ui.widgets.city_card import CARD_STYLE, CityCard

DORTMUND = (51.5136, 7.4653)  # Dortmund city centre, for the straight-line distance


def distance_km(lat: float, lon: float) -> int:
    """Great-circle distance from Dortmund, rounded to 50 km (it is an orientation only)."""
    p1, p2 = math.radians(DORTMUND[0]), math.radians(lat)
    dp, dl = p2 - p1, math.radians(lon - DORTMUND[1])
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    km = 2 * 6371.0 * math.asin(math.sqrt(a))
    return max(50, round(km / 50.0) * 50)


def kiosk_card_style(large: bool) -> str:
    b = base_points(large)
    return (
        CARD_STYLE
        + f"""
QLabel#cityName {{ font-size: {round(b * 1.35)}pt; font-weight: 600; }}
QLabel#localName {{ font-size: {b}pt; }}
QLabel#meta {{ font-size: {round(b * 0.9)}pt; }}
QLabel#chip {{ font-size: {round(b * 0.8)}pt; }}
"""
    )


class CityBrowser(QWidget):
    cityActivated = Signal(str)

    def __init__(self, cities: Sequence[City], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cityBrowser")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        self._large = False
        self._columns = 0
        self.cards: list[CityCard] = []
        for city in cities:
            card = CityCard(city, self)
            card.activated.connect(self.cityActivated)
            self.cards.append(card)
        self.set_large(False)

    def set_large(self, large: bool) -> None:
        self._large = large
        for card in self.cards:
            card.setStyleSheet(kiosk_card_style(large))
        self._arrange()

    def _arrange(self) -> None:
        width = self.width() if self.width() > 100 else 1200
        columns = 1 if width < 560 else 2 if (width < 980 or self._large) else 3
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()


class CityPage(KioskPage):
    """One city for an apprentice; ``show_city`` fills it, the wizard's "Zurück" leaves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._city: City | None = None
        self._reports: list[ExperienceReport] = []
        self.status = label("obstacle")
        self.body.addWidget(self.status)
        self.sections: dict[str, tuple[QFrame, QLabel, QLabel]] = {}
        for key in ("do", "voices", "language", "time", "travel"):
            box = QFrame()
            box.setObjectName("box")
            layout = QVBoxLayout(box)
            layout.setContentsMargins(24, 16, 24, 16)
            heading, text = label("subtitle"), label()
            layout.addWidget(heading)
            layout.addWidget(text)
            self.body.addWidget(box)
            self.sections[key] = (box, heading, text)
        self.body.addStretch(1)

    @property
    def city(self) -> City | None:
        return self._city

    def show_city(self, city: City, reports: Sequence[ExperienceReport]) -> None:
        self._city, self._reports = city, list(reports)
        self.retranslate()

    def section_text(self, key: str) -> str:
        return self.sections[key][2].text()

    def _set(self, key: str, heading: str, text: str) -> None:
        _box, head, body = self.sections[key]
        head.setText(heading)
        body.setText(text)

    def retranslate(self) -> None:
        city, lang = self._city, current_language()
        if city is None:
            return
        self.title.setText(city.name(lang))
        self.intro.setText(
            self.tr("{country} · Partnerstadt von Dortmund seit {year}").format(
                country=city.country(lang), year=city.since
            )
        )
        reason = city.status_reason.get(lang)
        self.status.setText(reason)
        self.status.setVisible(city.status != "active" and bool(reason))

        areas = [f"• {a.text.get(lang)}" for a in city.focus_areas]
        projects = [f"• {p.title}" for p in city.projects]
        text = "\n".join([self.tr("Darum geht es in der Partnerschaft:"), *areas])
        if projects:
            text += "\n\n" + "\n".join([self.tr("Das läuft gerade:"), *projects])
        self._set("do", self.tr("Was du dort machen kannst"), text)

        names = [LANGUAGES[x.code].get(lang) for x in city.languages if x.code in LANGUAGES]
        level = city.recommended_level
        described = CEFR_DESCRIPTIONS.get(level)
        lines = [
            self.tr("Dort spricht man: {languages}.").format(languages=", ".join(names)),
            self.tr("Für ein Praktikum brauchst du etwa Niveau {level}.").format(level=level),
        ]
        if described:
            lines.append(
                self.tr("{level} heißt: {meaning}").format(level=level, meaning=described.get(lang))
            )
        lines.append(
            self.tr("Mit Englisch kommst du dort auch weiter.")
            if city.english_bridge
            else self.tr("Englisch hilft dort nur wenig.")
        )
        self._set("language", self.tr("Sprache"), "\n".join(lines))

        weeks = (
            self.tr("Mindestens 1 Woche.")
            if city.min_weeks == 1
            else self.tr("Mindestens {n} Wochen.").format(n=city.min_weeks)
        )
        funding = FUNDING_LABELS.get(city.funding)
        route = self.tr("Bezahlt werden kann das über: {route}.").format(
            route=funding.get(lang) if funding else city.funding
        )
        self._set("time", self.tr("Wie lange"), f"{weeks}\n{route}")

        steps = [
            self.tr("Luftlinie von Dortmund: etwa {km} km.").format(
                km=format_number(distance_km(city.lat, city.lon), lang)
            ),
            self.tr("1. Du buchst ein Gespräch beim Team INA."),
            self.tr("2. Das Team INA hilft dir, eine Stelle vor Ort zu finden."),
            self.tr("3. Ihr beantragt zusammen die Förderung und plant die Reise."),
        ]
        self._set("travel", self.tr("Wie du hinkommst"), "\n".join(steps))

        if self._reports:
            quotes = [
                f"„{r.text}“\n– " + ", ".join(x for x in (r.occupation, str(r.year)) if x)
                for r in self._reports[:5]
            ]
            voices = "\n\n".join(quotes)
        else:
            voices = self.tr("Noch keine Berichte. Vielleicht bist du die oder der Erste!")
        self._set("voices", self.tr("Das sagen Azubis, die schon dort waren"), voices)
