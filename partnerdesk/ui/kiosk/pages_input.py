"""Kiosk wizard pages that ask: start (privacy, language), interests, languages, circumstances.

Each page lays itself out and offers its part of the profile (``values()``); the wizard puts
the parts together. Every label is plain text; every control has an accessible name. Choices
are rows of radio buttons drawn as large pills: Tab moves from row to row, the arrow keys
within a row (Qt's behaviour for auto-exclusive radio buttons sharing a parent).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.domain import City, Profile
from partnerdesk.core.vocab import (
    CEFR_DESCRIPTIONS,
    CEFR_LEVELS,
    INTEREST_LABELS,
    LANGUAGES,
    THEMES,
)
from partnerdesk.ui.a11y import mark_heading, name_with_text
from partnerdesk.ui.formatting import follow_plural_suffix
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.scroll import scroll_area


def label(name: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    return widget


class KioskPage(Retranslatable, QWidget):
    """A page: a title, an intro and a scrolling body; re-labels itself on language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.title = mark_heading(label("title"))  # the question: heading navigation finds it
        self.intro = label()
        content = QWidget()
        content.setObjectName("scrollContent")
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(40, 24, 40, 24)
        self.body.setSpacing(16)
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        scroll = scroll_area(content)
        self.scroll_area = scroll  # not .scroll: that is QWidget.scroll(dx, dy)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)


class ChoiceRow(QWidget):
    """A row of radio pills for one question; ``value()`` is the index of the checked one."""

    def __init__(self, count: int, default: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.buttons = [QRadioButton(self) for _ in range(count)]
        for button in self.buttons:
            layout.addWidget(button)
        layout.addStretch(1)
        self.buttons[default].setChecked(True)

    def value(self) -> int:
        return next(i for i, b in enumerate(self.buttons) if b.isChecked())

    def set_value(self, index: int) -> None:
        self.buttons[index].setChecked(True)

    def set_texts(self, texts: list[str], question: str) -> None:
        for button, text in zip(self.buttons, texts, strict=True):
            button.setText(text)
            button.setAccessibleName(f"{question}: {text}")


# --- start ------------------------------------------------------------------------------


class StartPage(KioskPage):
    """Welcome, privacy information before any input, language choice."""

    languageChosen = Signal(str)
    startRequested = Signal()

    def __init__(self, handover_days: int, idle_minutes: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._days = handover_days
        self._minutes = idle_minutes
        languages = QHBoxLayout()
        self.german = QPushButton("Deutsch")
        self.english = QPushButton("English")
        for button, lang in ((self.german, "de"), (self.english, "en")):
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, lang=lang: self.languageChosen.emit(lang))
            languages.addWidget(button)
        languages.addStretch(1)
        self.german.setChecked(current_language() == "de")
        self.english.setChecked(current_language() == "en")
        self.language_hint = label("muted")
        self.body.addWidget(self.language_hint)
        self.body.addLayout(languages)

        box = QFrame()
        box.setObjectName("box")
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(24, 18, 24, 18)
        self.privacy_title = label("subtitle")
        self.privacy = label()
        box_layout.addWidget(self.privacy_title)
        box_layout.addWidget(self.privacy)
        self.body.addWidget(box)

        self.start = QPushButton()
        self.start.setObjectName("primary")
        self.start.clicked.connect(self.startRequested)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welche Partnerstadt passt zu dir?"))
        self.intro.setText(
            self.tr(
                "Dortmund hat elf Partnerstädte. Beantworte ein paar kurze Fragen zu deinen "
                "Interessen, Sprachen und deiner Zeit – dann siehst du, welche Städte gut zu dir "
                "passen und warum. Das dauert etwa fünf Minuten."
            )
        )
        self.language_hint.setText(self.tr("Sprache / Language"))
        self.privacy_title.setText(self.tr("Deine Daten"))
        self.privacy.setText(
            self.tr(
                "• Du musst keinen Namen angeben.\n"
                "• Deine Antworten bleiben nur auf diesem Bildschirm. Sie werden gelöscht, wenn du "
                "„Neu beginnen“ wählst oder {minutes} Minuten lang nichts tust.\n"
                "• Nur wenn du am Ende ausdrücklich zustimmst, speichern wir dein Ergebnis – deine "
                "Antworten und die passenden Städte, ohne Namen – unter einem Code. So kann das "
                "Team INA es in deiner Beratung öffnen.\n"
                "• Dieses gespeicherte Ergebnis wird nach {days} Tagen automatisch gelöscht.\n"
                "• Verantwortlich: Stadt Dortmund, Internationale Beziehungen (Team INA). Fragen "
                "zum Datenschutz beantwortet dir das Team INA."
            ).format(minutes=self._minutes, days=self._days)
        )
        self.start.setText(self.tr("Los geht’s"))
        self.start.setAccessibleName(self.tr("Los geht’s: zur ersten Frage"))
        name_with_text(self.german, self.tr("Sprache Deutsch"))
        name_with_text(self.english, self.tr("Sprache Englisch"))


# --- interests --------------------------------------------------------------------------


class InterestsPage(KioskPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.rows: dict[str, ChoiceRow] = {}
        self.names: dict[str, QLabel] = {}
        for i, key in enumerate(THEMES):
            name = label()
            row = ChoiceRow(len(INTEREST_LABELS), 0)
            grid.addWidget(name, i, 0)
            grid.addWidget(row, i, 1)
            self.rows[key] = row
            self.names[key] = name
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.retranslate()

    def values(self) -> dict[str, int]:
        return {key: row.value() for key, row in self.rows.items() if row.value() > 0}

    def retranslate(self) -> None:
        lang = current_language()
        self.title.setText(self.tr("Was interessiert dich?"))
        self.intro.setText(
            self.tr(
                "Wähle bei jedem Thema, wie wichtig es dir ist. Tipp: Mit der Tab-Taste gehst du "
                "zum nächsten Thema, mit den Pfeiltasten wählst du."
            )
        )
        levels = [x.get(lang) for x in INTEREST_LABELS]
        for key, row in self.rows.items():
            theme = THEMES[key].get(lang)
            self.names[key].setText(theme)
            row.set_texts(levels, theme)


# --- languages --------------------------------------------------------------------------

FIRST_LANGUAGES = ("de", "en")


def kiosk_languages(cities: list[City]) -> list[str]:
    """German, English, then every language spoken in a partner city (German label order)."""
    spoken = {lang.code for city in cities for lang in city.languages}
    rest = sorted(spoken - set(FIRST_LANGUAGES), key=lambda c: LANGUAGES[c].de)
    return [*FIRST_LANGUAGES, *rest]


class LanguagesPage(KioskPage):
    """CEFR self-assessment: one list per language with the grid's one-line descriptions."""

    DEFAULTS: ClassVar[dict[str, str]] = {"de": "native"}

    def __init__(self, codes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.combos: dict[str, QComboBox] = {}
        self.names: dict[str, QLabel] = {}
        for i, code in enumerate(codes):
            name = label()
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            name.setBuddy(combo)  # on Linux the linked label is what names the combo box
            grid.addWidget(name, i, 0)
            grid.addWidget(combo, i, 1, Qt.AlignmentFlag.AlignLeft)
            self.combos[code] = combo
            self.names[code] = name
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.retranslate()

    def default_index(self, code: str) -> int:
        level = self.DEFAULTS.get(code)
        return 0 if level is None else CEFR_LEVELS.index(level) + 1

    def values(self) -> dict[str, str]:
        result = {}
        for code, combo in self.combos.items():
            if combo.currentIndex() > 0:
                result[code] = CEFR_LEVELS[combo.currentIndex() - 1]
        return result

    def retranslate(self) -> None:
        lang = current_language()
        self.title.setText(self.tr("Welche Sprachen sprichst du?"))
        self.intro.setText(
            self.tr(
                "Schätz dich ehrlich ein – es gibt kein Richtig oder Falsch. Die Stufen A1 bis C2 "
                "kommen aus dem Europäischen Referenzrahmen."
            )
        )
        for code, combo in self.combos.items():
            name = LANGUAGES[code].get(lang)
            self.names[code].setText(name)
            index = combo.currentIndex() if combo.count() else self.default_index(code)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("spreche ich nicht"))
            for level in CEFR_LEVELS:
                text = CEFR_DESCRIPTIONS[level].get(lang)
                combo.addItem(text if level == "native" else f"{level} – {text}")
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
            combo.setAccessibleName(self.tr("{language}: deine Stufe").format(language=name))


# --- time and circumstances -------------------------------------------------------------


class CircumstancesPage(KioskPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        defaults = Profile()
        self.weeks_label = label("subtitle")
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.setValue(defaults.weeks)
        self.weeks_hint = label("muted")
        row = QHBoxLayout()
        row.addWidget(self.weeks)
        row.addWidget(self.weeks_hint, 1)
        self.body.addWidget(self.weeks_label)
        self.body.addLayout(row)

        self.abroad = QCheckBox()
        self.abroad.setChecked(defaults.abroad_only)
        self.body.addWidget(self.abroad)

        self.independence_label = label("subtitle")
        self.independence = ChoiceRow(5, defaults.independence - 1)
        self.body.addWidget(self.independence_label)
        self.body.addWidget(self.independence)

        self.structure_label = label("subtitle")
        self.structure = ChoiceRow(4, defaults.structure_importance)
        self.body.addWidget(self.structure_label)
        self.body.addWidget(self.structure)
        self.body.addStretch(1)
        self.retranslate()

    def values(self) -> dict[str, object]:
        return {
            "weeks": self.weeks.value(),
            "abroad_only": self.abroad.isChecked(),
            "independence": self.independence.value() + 1,
            "structure_importance": self.structure.value(),
        }

    @Slot()
    def retranslate(self) -> None:
        lang = current_language()
        self.title.setText(self.tr("Zeit und Rahmen"))
        self.intro.setText(self.tr("Noch drei kurze Fragen, dann kommt dein Ergebnis."))
        self.weeks_label.setText(self.tr("Wie viele Wochen könntest du unterwegs sein?"))
        follow_plural_suffix(self.weeks, lambda n: self.tr(" Woche(n)", "", n))
        self.weeks.setAccessibleName(self.tr("Wochen, die du unterwegs sein könntest"))
        self.weeks_hint.setText(
            self.tr("Die meisten Programme fördern Aufenthalte ab zwei bis drei Wochen.")
        )
        self.abroad.setText(
            self.tr("Ich möchte auf jeden Fall ins Ausland (Zwickau liegt in Deutschland).")
        )
        self.abroad.setAccessibleName(self.abroad.text())
        self.independence_label.setText(
            self.tr("Wie selbstständig möchtest du dich vor Ort zurechtfinden?")
        )
        self.independence.set_texts(
            [
                self.tr("mit viel Hilfe"),
                self.tr("mit Hilfe"),
                self.tr("teils, teils"),
                self.tr("meist allein"),
                self.tr("ganz allein"),
            ],
            self.tr("Selbstständigkeit"),
        )
        self.structure_label.setText(
            self.tr(
                "Wie wichtig ist dir, dass die Verwaltung dort ähnlich arbeitet wie in Dortmund?"
            )
        )
        self.structure.set_texts(
            [x.get(lang) for x in INTEREST_LABELS], self.tr("Ähnliche Verwaltung")
        )
