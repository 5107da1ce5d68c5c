"""KioskWizard: one apprentice's session - the pages, the navigation, the large-text option.

Besides the six steps the stack holds the city page ("Mehr dazu", a city card); "Zurück"
returns from it to the page it was opened from. The top bar has "Neu beginnen" on the left,
away from the language switch and "Große Schrift" on the right.

The wizard is the unit of a session: ``KioskWindow`` destroys it and builds a new one on
every reset, so every input, every undo stack and every result goes with it. It holds no
reference to anything of the window except what it is given (cities, matcher, a function
that stores a handover), and nothing outside holds references into it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from partnerdesk.core.domain import City, Profile
from partnerdesk.core.matching import Matcher, Ranking, ranking_to_json
from partnerdesk.core.stays import ExperienceReport
from partnerdesk.core.takeaway import encode as encode_takeaway
from partnerdesk.ui.a11y import announce, name_with_text, tab_before_all
from partnerdesk.ui.i18n import current_language, set_language
from partnerdesk.ui.kiosk.city_page import CityPage
from partnerdesk.ui.kiosk.pages_input import (
    CircumstancesPage,
    InterestsPage,
    KioskPage,
    LanguagesPage,
    StartPage,
    kiosk_languages,
    label,
)
from partnerdesk.ui.kiosk.pages_result import HandoverPage, ResultPage
from partnerdesk.ui.kiosk.settings import KioskSettings
from partnerdesk.ui.kiosk.style import kiosk_stylesheet
from partnerdesk.ui.retranslate import Retranslatable


def _first_focusable(page: QWidget) -> QWidget | None:
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


STEPS = ("start", "interests", "languages", "circumstances", "result", "handover")
CreateHandover = Callable[[Profile, dict[str, Any]], tuple[str, datetime]]
Experiences = Callable[[str], Sequence[ExperienceReport]]


class KioskWizard(Retranslatable, QWidget):
    restartRequested = Signal()
    exitRequested = Signal()
    printRequested = Signal(str)  # the result as HTML

    def __init__(
        self,
        cities: list[City],
        matcher: Matcher,
        create_handover: CreateHandover,
        settings: KioskSettings,
        parent: QWidget | None = None,
        *,
        experiences: Experiences | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._matcher = matcher
        self._large = False
        self._ranking: Ranking | None = None
        self._cities = {city.id: city for city in cities}
        self._experiences = experiences
        self._return_to = 0

        self.step_label = label("stepLabel", wrap=False)
        self.large_text = QPushButton()
        self.large_text.setCheckable(True)
        self.large_text.toggled.connect(self.on_large_text_toggled)
        self.restart = QPushButton()
        self.restart.setObjectName("restart")
        self.restart.clicked.connect(self.restartRequested)
        self.switch_language = QPushButton()
        self.switch_language.setObjectName("languageSwitch")
        self.switch_language.clicked.connect(self.on_switch_language)
        top = QHBoxLayout()
        top.setContentsMargins(40, 16, 40, 0)
        top.addWidget(self.restart)
        top.addSpacing(24)
        top.addWidget(self.step_label, 1)
        top.addWidget(self.switch_language)
        top.addWidget(self.large_text)

        minutes = max(1, round(settings.idle_timeout_seconds / 60))
        self.start_page = StartPage(settings.handover_days, minutes)
        self.interests_page = InterestsPage()
        self.languages_page = LanguagesPage(kiosk_languages(cities))
        self.circumstances_page = CircumstancesPage()
        self.result_page = ResultPage(cities, can_print=bool(settings.printer_name))
        self.handover_page = HandoverPage(create_handover, settings.handover_days)
        self.city_page = CityPage()
        self.pages = QStackedWidget()
        for page in (
            self.start_page,
            self.interests_page,
            self.languages_page,
            self.circumstances_page,
            self.result_page,
            self.handover_page,
            self.city_page,
        ):
            self.pages.addWidget(page)
        self.start_page.languageChosen.connect(self.on_language_chosen)
        self.start_page.startRequested.connect(self.on_next)
        self.result_page.printRequested.connect(self.on_print)
        self.result_page.cityRequested.connect(self.open_city)

        self.back = QPushButton()
        self.back.clicked.connect(self.on_back)
        self.next = QPushButton()
        self.next.setObjectName("primary")
        self.next.clicked.connect(self.on_next)
        self.leave = QPushButton()
        self.leave.setObjectName("leave")
        self.leave.clicked.connect(self.exitRequested)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(40, 0, 40, 16)
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        bottom.addWidget(self.leave)
        bottom.addWidget(self.next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        # Keyboard: Alt+Right / Alt+Left like a browser; Ctrl+Plus toggles large text.
        for keys, slot in (
            ("Alt+Right", self.on_next),
            ("Alt+Left", self.on_back),
            ("Ctrl++", self.large_text.toggle),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.setStyleSheet(kiosk_stylesheet(False))
        self._update_navigation()
        self.retranslate()

    # --- state ----------------------------------------------------------------------------

    @property
    def step(self) -> str:
        """The current step, or "city" on the city page."""
        index = self.pages.currentIndex()
        return STEPS[index] if index < len(STEPS) else "city"

    @property
    def large(self) -> bool:
        return self._large

    def profile(self) -> Profile:
        languages = self.languages_page.values() or {"de": "native"}
        return Profile(
            interests=self.interests_page.values(),
            languages=languages,
            **self.circumstances_page.values(),  # type: ignore[arg-type]
        )

    def is_pristine(self) -> bool:
        """True while nothing was entered: an idle reset would change nothing."""
        return self.pages.currentIndex() == 0 and not self._large and self.profile() == Profile()

    def go_to(self, step: str) -> None:
        index = STEPS.index(step)
        if step == "result" or (step == "handover" and self._ranking is None):
            self._compute()
        self.pages.setCurrentIndex(index)
        self._update_navigation()
        page = self.pages.currentWidget()
        assert isinstance(page, KioskPage)
        page.scroll_area.verticalScrollBar().setValue(0)
        # Keyboard users start at the first control of the new page, not at the old button.
        first = _first_focusable(page)
        (first or self.next).setFocus(Qt.FocusReason.TabFocusReason)
        # Focus lands on the first answer; say where we are and what is asked.
        announce(self, f"{self.step_label.text()}: {page.title.text()}")

    def _compute(self) -> None:
        profile = self.profile()
        ranking = self._ranking = self._matcher.rank(profile)
        self.result_page.show_ranking(ranking)
        self.result_page.set_takeaway(encode_takeaway(profile))
        # The result cards are made now, so Qt put them at the end of the Tab order, after
        # "Weiter": they go before the first control that was there from the start.
        cards = list(self.result_page._cards)
        static = (
            w
            for w in self.result_page.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not any(c is w or c.isAncestorOf(w) for c in cards)
        )
        tab_before_all(cards, next(static, self.back))
        self.handover_page.set_payload(profile, ranking_to_json(ranking, "de"))

    # --- slots ---------------------------------------------------------------------------

    @Slot(str)
    def open_city(self, city_id: str) -> None:
        """Show the city page; "Zurück" returns to where the apprentice was."""
        city = self._cities.get(city_id)
        if city is None:
            return
        if self.step != "city":
            self._return_to = self.pages.currentIndex()
        reports = self._experiences(city_id) if self._experiences is not None else []
        self.city_page.show_city(city, reports)
        self.pages.setCurrentWidget(self.city_page)
        self._update_navigation()
        self.city_page.scroll_area.verticalScrollBar().setValue(0)
        self.back.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def on_next(self) -> None:
        index = self.pages.currentIndex()
        if index < len(STEPS) - 1:
            self.go_to(STEPS[index + 1])

    @Slot()
    def on_back(self) -> None:
        if self.step == "city":
            self.pages.setCurrentIndex(self._return_to)
            self._update_navigation()
            self.next.setFocus(Qt.FocusReason.TabFocusReason)
            return
        index = self.pages.currentIndex()
        if index > 0:
            self.go_to(STEPS[index - 1])

    @Slot(str)
    def on_language_chosen(self, lang: str) -> None:
        set_language(lang)

    @Slot()
    def on_switch_language(self) -> None:
        """This session only: a reset goes back to the kiosk's default language."""
        set_language("en" if current_language() == "de" else "de")

    @Slot(bool)
    def on_large_text_toggled(self, checked: bool) -> None:
        self._large = checked
        self.setStyleSheet(kiosk_stylesheet(checked))
        self.result_page.set_large(checked)

    @Slot()
    def on_print(self) -> None:
        if self._ranking is not None:
            from partnerdesk.ui.kiosk.printing import result_html

            self.printRequested.emit(
                result_html(self._ranking, current_language(), encode_takeaway(self.profile()))
            )

    def _update_navigation(self) -> None:
        index = self.pages.currentIndex()
        if index >= len(STEPS):  # the city page
            self.switch_language.setVisible(True)
            self.back.setVisible(True)
            self.next.setVisible(False)
            self.leave.setVisible(False)
            self.back.setText(self.tr("Zurück"))
            self.back.setAccessibleName(self.tr("Zurück zur vorigen Seite"))
            return
        self.back.setVisible(index > 0)
        self.next.setVisible(0 < index < len(STEPS) - 1)
        self.leave.setVisible(index == 0)
        self.switch_language.setVisible(index > 0)  # the start page has its own choice
        self.step_label.setText(self.tr("Schritt {i} von {n}").format(i=index + 1, n=len(STEPS)))
        if STEPS[index] == "result":
            self.next.setText(self.tr("Weiter zur Übergabe"))
        elif index > 0:
            self.next.setText(self.tr("Weiter"))
        self.next.setAccessibleName(self.next.text())

    def retranslate(self) -> None:
        self.large_text.setText(self.tr("Große Schrift"))
        self.large_text.setAccessibleName(self.tr("Große Schrift ein oder aus"))
        self.switch_language.setText("English" if current_language() == "de" else "Deutsch")
        self.switch_language.setAccessibleName(
            "Switch to English" if current_language() == "de" else "Auf Deutsch umschalten"
        )
        self.restart.setText(self.tr("Neu beginnen"))
        self.restart.setAccessibleName(self.tr("Neu beginnen: alle Eingaben löschen"))
        self.back.setText(self.tr("Zurück"))
        self.back.setAccessibleName(self.back.text())
        self.leave.setText(self.tr("Beratung: Kiosk beenden"))
        name_with_text(self.leave, self.tr("Kiosk beenden, nur mit PIN der Beratung"))
        self.start_page.german.setChecked(current_language() == "de")
        self.start_page.english.setChecked(current_language() == "en")
        self._update_navigation()
