"""Kiosk wizard pages that answer: the result (ranking, city cards, offers) and the handover.

The result explains itself with the matching engine's own reasons and obstacles (German or
English data texts), lists the cities that are not ranked with their reason, lets the
apprentice browse every partner city as a card, and says what Team INA offers. The handover
page stores the result only after an explicit consent tick and shows the code and expiry.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.domain import City, Profile
from partnerdesk.core.formatting import format_date, format_date_long
from partnerdesk.core.matching import NO_INPUT, Ranking
from partnerdesk.core.texts import duration
from partnerdesk.core.vocab import OFFERS
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.kiosk.city_page import CityBrowser
from partnerdesk.ui.kiosk.next_steps import NextStepsBox
from partnerdesk.ui.kiosk.pages_input import KioskPage, label

SHOWN_RESULTS = 5


def format_day(moment: datetime, lang: str) -> str:
    day = moment.astimezone().date()
    return format_date_long(day, "en") if lang == "en" else format_date(day, "de")


class ResultCard(QFrame):
    """One ranked city: focusable so Tab reads the results one by one."""

    moreRequested = Signal(str)  # city id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        self.heading = label("subtitle")
        self.headline = label()
        self.warning = label("obstacle")  # "nur eingeschränkt möglich" with its reasons
        self.feasible = label("muted")
        self.reasons = label()
        self.obstacles = label("obstacle")
        for widget in (
            self.heading,
            self.headline,
            self.warning,
            self.feasible,
            self.reasons,
            self.obstacles,
        ):
            layout.addWidget(widget)
        self.city_id = ""
        self.more = QPushButton()
        self.more.setObjectName("more")
        self.more.clicked.connect(lambda: self.moreRequested.emit(self.city_id))
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)


class ResultPage(KioskPage):
    printRequested = Signal()
    cityRequested = Signal(str)  # "Mehr dazu" or a city card: open the city page

    def __init__(self, cities: list[City], can_print: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._ranking: Ranking | None = None
        self.no_input = label("subtitle")
        self.no_input.setVisible(False)
        self.body.addWidget(self.no_input)
        self.warnings = label("obstacle")
        self.warnings.setVisible(False)
        self.body.addWidget(self.warnings)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(12)
        self.body.addLayout(self.cards_box)
        self.excluded = label("muted")
        self.body.addWidget(self.excluded)

        self.browse_title = label("subtitle")
        self.body.addWidget(self.browse_title)
        self.browser = CityBrowser(cities)
        self.browser.cityActivated.connect(self.cityRequested)
        self.body.addWidget(self.browser)

        self.next_steps = NextStepsBox(can_print)
        self.next_steps.printRequested.connect(self.printRequested)
        self.body.addWidget(self.next_steps)
        self.print_button = self.next_steps.print_button
        self.offers_title, self.offers = self.next_steps.offers_title, self.next_steps.offers
        self.body.addStretch(1)
        self._cards: list[ResultCard] = []
        self.retranslate()

    def show_ranking(self, ranking: Ranking) -> None:
        self._ranking = ranking
        while len(self._cards) < min(SHOWN_RESULTS, len(ranking.results)):
            card = ResultCard()
            card.moreRequested.connect(self.cityRequested)
            self.cards_box.addWidget(card)
            self._cards.append(card)
        self._fill()

    def _fill(self) -> None:
        ranking, lang = self._ranking, current_language()
        if ranking is None:
            return
        # With nothing entered there is no ranking: say so instead of showing one.
        entered = ranking.has_input
        self.no_input.setVisible(not entered)
        others = [w.get(lang) for w in ranking.warnings if w != NO_INPUT]
        self.warnings.setText("\n".join(f"! {w}" for w in others))
        self.warnings.setVisible(entered and bool(others))
        for index, card in enumerate(self._cards):
            if index >= len(ranking.results) or not entered:
                card.setVisible(False)
                continue
            card.setVisible(True)
            result = ranking.results[index]
            e = result.explanation
            city = result.city
            card.heading.setText(
                self.tr("{place}. {city}, {country} – {score} von 100 Punkten").format(
                    place=index + 1,
                    city=city.name(lang),
                    country=city.country(lang),
                    score=round(result.score),
                )
            )
            card.headline.setText(e.headline.get(lang))
            feasibility = result.feasibility
            why = [f"! {r.get(lang)}" for r in feasibility.reasons]
            card.warning.setText("\n".join([self.tr("Nur eingeschränkt möglich:"), *why]))
            card.warning.setVisible(not feasibility.ok)
            card.feasible.setText(
                self.tr("Machbar: {reason}").format(
                    reason=feasibility.reasons[0].get(lang) if feasibility.reasons else ""
                )
            )
            card.feasible.setVisible(feasibility.ok)
            # Two or three plain sentences: the strongest reasons; all of them are one talk away.
            reasons = [f"✓ {r.get(lang)}" for r in e.reasons[:2]]
            card.reasons.setText("\n".join([self.tr("Das passt:"), *reasons]) if reasons else "")
            card.reasons.setVisible(bool(reasons))
            lines = []
            for obstacle in e.obstacles:
                if obstacle.kind in ("funding", "travel"):
                    continue  # already under "Nur eingeschränkt möglich"
                line = f"! {obstacle.text.get(lang)}"
                if obstacle.offers:
                    helps = ", ".join(OFFERS[k].get(lang) for k in obstacle.offers)
                    line += "\n   " + self.tr("Dabei hilft: {offers}").format(offers=helps)
                lines.append(line)
            card.obstacles.setText(
                "\n".join([self.tr("Darauf solltest du achten:"), *lines]) if lines else ""
            )
            card.obstacles.setVisible(bool(lines))
            card.city_id = city.id
            card.more.setText(self.tr("Mehr dazu"))
            card.more.setAccessibleName(self.tr("Mehr zu {city}").format(city=city.name(lang)))
            card.setAccessibleName(card.heading.text())
            card.setAccessibleDescription("\n".join([e.headline.get(lang), *why, *reasons, *lines]))
        if ranking.excluded:
            names = [f"{x.city.name(lang)}: {x.reason.get(lang)}" for x in ranking.excluded]
            self.excluded.setText("\n".join([self.tr("Nicht in der Liste:"), *names]))
        else:
            self.excluded.setText("")
        self.excluded.setVisible(bool(ranking.excluded))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dein Ergebnis"))
        self.intro.setText(
            self.tr(
                "So gut passen die Partnerstädte zu deinen Antworten – von 0 bis 100 Punkten. "
                "Das ist eine erste Orientierung; in der Beratung schaut ihr es euch gemeinsam an."
            )
        )
        self.no_input.setText(
            self.tr(
                "Noch keine Angaben: Du hast noch kein Thema und keine Sprache gewählt. Geh "
                "zurück und wähle, was dich interessiert – dann zeigen wir dir passende Städte."
            )
        )
        self.browse_title.setText(self.tr("Alle Partnerstädte ansehen"))
        self._fill()

    def set_takeaway(self, text: str) -> None:
        """The answers-only text for the QR code of the take-away."""
        self.next_steps.set_takeaway(text)

    def set_large(self, large: bool) -> None:
        self.browser.set_large(large)


class HandoverPage(KioskPage):
    """Consent tick, then store and show the code. Nothing is stored without the tick."""

    handedOver = Signal()

    def __init__(
        self,
        create: Callable[[Profile, dict[str, Any]], tuple[str, datetime]],
        days: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._create = create
        self._days = days
        self._payload: tuple[Profile, dict[str, Any]] | None = None
        self._stored: tuple[str, datetime] | None = None
        self.consent = QCheckBox()
        self.consent.toggled.connect(self.on_consent_toggled)
        self.store = QPushButton()
        self.store.setObjectName("primary")
        self.store.setEnabled(False)
        self.store.clicked.connect(self.on_store)
        row = QHBoxLayout()
        row.addWidget(self.store)
        row.addStretch(1)
        self.body.addWidget(self.consent)
        self.body.addLayout(row)
        self.error = label("obstacle")
        self.error.setVisible(False)
        self.body.addWidget(self.error)

        self.done = QFrame()
        self.done.setObjectName("box")
        done = QVBoxLayout(self.done)
        done.setContentsMargins(24, 18, 24, 18)
        self.code_intro = label()
        self.code = QLabel()
        self.code.setObjectName("code")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches and reads it
        self.expiry = label()
        done.addWidget(self.code_intro)
        done.addWidget(self.code, 0, Qt.AlignmentFlag.AlignLeft)
        done.addWidget(self.expiry)
        self.done.setVisible(False)
        self.body.addWidget(self.done)
        self.body.addStretch(1)
        self.retranslate()

    def set_payload(self, profile: Profile, result_json: dict[str, Any]) -> None:
        self._payload = (profile, result_json)

    @property
    def stored_code(self) -> str:
        return self._stored[0] if self._stored else ""

    @Slot(bool)
    def on_consent_toggled(self, checked: bool) -> None:
        self.store.setEnabled(checked and self._stored is None)

    @Slot()
    def on_store(self) -> None:
        if not self.consent.isChecked() or self._payload is None or self._stored is not None:
            return
        try:
            self._stored = self._create(*self._payload)
        except Exception:
            self.error.setText(
                self.tr("Das Speichern hat leider nicht geklappt. Bitte sag dem Team INA Bescheid.")
            )
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.consent.setEnabled(False)
        self.store.setEnabled(False)
        self.done.setVisible(True)
        self.retranslate()
        self.code.setFocus()
        self.handedOver.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Ergebnis an die Beratung übergeben"))
        self.intro.setText(
            self.tr(
                "Du kannst dein Ergebnis für deine Beratung beim Team INA aufheben lassen. "
                "Dafür speichern wir deine Antworten und die passenden Städte – ohne Namen – "
                "unter einem kurzen Code. Nach {days} wird alles automatisch gelöscht. "
                "Wenn du das nicht möchtest, wähle einfach „Neu beginnen“."
            ).format(days=duration(self._days, dative=True).get(current_language()))
        )
        self.consent.setText(
            self.tr(
                "Ja, ich bin einverstanden, dass mein Ergebnis {days} lang für die Beratung "
                "gespeichert wird."
            ).format(days=duration(self._days).get(current_language()))
        )
        self.consent.setAccessibleName(self.consent.text())
        self.store.setText(self.tr("Ergebnis speichern und Code zeigen"))
        self.store.setAccessibleName(self.store.text())
        if self._stored is not None:
            code, expires = self._stored
            self.code_intro.setText(
                self.tr("Geschafft! Dein Code – schreib ihn dir auf oder mach ein Foto:")
            )
            self.code.setText(code)
            self.code.setAccessibleName(self.tr("Dein Code: {code}").format(code=" ".join(code)))
            self.expiry.setText(
                self.tr(
                    "Gültig bis {day}. Nenne den Code in deiner Beratung beim Team INA. Danach "
                    "kannst du „Neu beginnen“ wählen."
                ).format(day=format_day(expires, current_language()))
            )
