"""The self-assessment editor: interests, languages, circumstances and criterion weights.

Self-contained so the same widget serves the live matching view and, later, an apprentice's
saved self-assessment in counselling. It emits ``profileChanged(Profile)`` after every edit;
turning the raw control values into a ``Profile`` is done by ``ProfileForm`` (Qt-free).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.domain import CRITERIA, CRITERION_LABELS, Profile, ProfileError
from partnerdesk.core.vocab import INTEREST_LABELS, MAX_INTEREST, THEME_KEYS, THEMES
from partnerdesk.ui.a11y import announce, expose_date_value, name_from_label
from partnerdesk.ui.formatting import follow_plural_suffix
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.language_list import LanguageList
from partnerdesk.ui.widgets.profile_form import ProfileForm, default_weight_percents
from partnerdesk.ui.widgets.scroll import scroll_area


def _slider(low: int, high: int) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    slider.setPageStep(1)
    slider.setTickInterval(1)
    slider.setTickPosition(QSlider.TickPosition.TicksBelow)
    slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return slider


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ProfileEditor(Retranslatable, QWidget):
    profileChanged = Signal(object)  # partnerdesk.core.domain.Profile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._profile = ProfileForm().to_profile()
        content = QWidget()
        content.setObjectName("profileEditorContent")
        column = QVBoxLayout(content)
        column.setSpacing(6)

        self._headings: dict[str, QLabel] = {}
        column.addWidget(self._heading("interests"))
        self.interest_sliders: dict[str, QSlider] = {}
        self._theme_labels: dict[str, QLabel] = {}
        self._interest_values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for row, key in enumerate(THEME_KEYS):
            label = _plain_label(content)
            label.setWordWrap(True)
            slider = _slider(0, MAX_INTEREST)
            value = _plain_label(content)
            label.setBuddy(slider)
            slider.valueChanged.connect(self.on_control_changed)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            self.interest_sliders[key] = slider
            self._theme_labels[key] = label
            self._interest_values[key] = value
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnMinimumWidth(2, self.fontMetrics().horizontalAdvance("sehr wichtig__"))
        column.addLayout(grid)

        column.addWidget(self._heading("languages"))
        self.languages = LanguageList(content)
        self.languages.changed.connect(self.on_control_changed)
        column.addWidget(self.languages)

        column.addWidget(self._heading("circumstances"))
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        self._weeks_label = _plain_label(content)
        self.weeks = QSpinBox(content)
        self.weeks.setRange(0, 52)
        self.weeks.valueChanged.connect(self.on_control_changed)
        self._weeks_label.setBuddy(self.weeks)
        form.addWidget(self._weeks_label, 0, 0)
        form.addWidget(self.weeks, 0, 1, Qt.AlignmentFlag.AlignLeft)
        # Planned start (month and year): funding rules and lead times depend on it.
        self._start_label = _plain_label(content)
        self.start = QDateEdit(content)
        self.start.setDisplayFormat("MM/yyyy")
        self.start.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 1))
        expose_date_value(self.start)  # a real value and range on the accessibility bus
        self.start.dateChanged.connect(self.on_control_changed)
        self._start_label.setBuddy(self.start)
        form.addWidget(self._start_label, 1, 0)
        form.addWidget(self.start, 1, 1, Qt.AlignmentFlag.AlignLeft)
        self.abroad_only = QCheckBox(content)
        self.abroad_only.toggled.connect(self.on_control_changed)
        form.addWidget(self.abroad_only, 2, 0, 1, 3)
        self._independence_label = _plain_label(content)
        self.independence = _slider(1, 5)
        self.independence.valueChanged.connect(self.on_control_changed)
        self._independence_value = _plain_label(content)
        self._independence_value.setWordWrap(True)
        self._independence_label.setBuddy(self.independence)
        form.addWidget(self._independence_label, 3, 0)
        form.addWidget(self.independence, 3, 1)
        form.addWidget(self._independence_value, 3, 2)
        self._structure_label = _plain_label(content)
        self._structure_label.setWordWrap(True)
        self.structure = _slider(0, 3)
        self.structure.valueChanged.connect(self.on_control_changed)
        self._structure_value = _plain_label(content)
        self._structure_label.setBuddy(self.structure)
        form.addWidget(self._structure_label, 4, 0)
        form.addWidget(self.structure, 4, 1)
        form.addWidget(self._structure_value, 4, 2)
        form.setColumnStretch(0, 3)
        form.setColumnStretch(1, 2)
        form.setColumnMinimumWidth(2, self.fontMetrics().horizontalAdvance("sehr wichtig__"))
        column.addLayout(form)

        # "Erweitert": collapsed by default so the apprentice sees only what is about them.
        self.advanced_toggle = QToolButton(content)
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.toggled.connect(self.on_advanced_toggled)
        column.addWidget(self.advanced_toggle)
        self.advanced = QFrame(content)
        self.advanced.setVisible(False)
        adv = QGridLayout(self.advanced)
        adv.setContentsMargins(16, 0, 0, 0)
        self._weights_intro = _plain_label(self.advanced)
        self._weights_intro.setWordWrap(True)
        adv.addWidget(self._weights_intro, 0, 0, 1, 2)
        self.weight_spins: dict[str, QSpinBox] = {}
        self._weight_labels: dict[str, QLabel] = {}
        for i, criterion in enumerate(CRITERIA, start=1):
            label = _plain_label(self.advanced)
            spin = QSpinBox(self.advanced)
            spin.setRange(0, 100)
            spin.setSingleStep(5)
            spin.setSuffix(" %")
            spin.valueChanged.connect(self.on_control_changed)
            label.setBuddy(spin)
            adv.addWidget(label, i, 0)
            adv.addWidget(spin, i, 1, Qt.AlignmentFlag.AlignLeft)
            self.weight_spins[criterion] = spin
            self._weight_labels[criterion] = label
        self.weights_reset = QPushButton(self.advanced)
        self.weights_reset.clicked.connect(self.on_weights_reset_clicked)
        adv.addWidget(self.weights_reset, len(CRITERIA) + 1, 0, Qt.AlignmentFlag.AlignLeft)
        self._defaults_note = _plain_label(self.advanced)
        self._defaults_note.setWordWrap(True)
        adv.addWidget(self._defaults_note, len(CRITERIA) + 2, 0, 1, 2)
        column.addWidget(self.advanced)
        self.error = _plain_label(content)
        self.error.setObjectName("profileError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        column.addWidget(self.error)
        column.addStretch(1)

        # Scroll vertically only: a sideways-scrolling form hides the value labels.
        self._scroll = scroll_area(content, self, sideways=False)
        self._content = content
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self.setStyleSheet("QLabel#profileError { color: #a61b1b; font-weight: bold; }")
        self._write_form(ProfileForm())
        self.retranslate()

    def minimumSizeHint(self) -> QSize:
        width = self._content.minimumSizeHint().width()
        width += self._scroll.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())

    # --- public API ---------------------------------------------------------------------
    def profile(self) -> Profile:
        """The last valid profile (an invalid edit, e.g. all weights 0 %, keeps it)."""
        return self._profile

    def set_profile(self, profile: Profile) -> None:
        self._write_form(ProfileForm.from_profile(profile))
        self.on_control_changed()

    def reset(self) -> None:
        self._write_form(ProfileForm())
        self.on_control_changed()

    def form(self) -> ProfileForm:
        return ProfileForm(
            interests={k: s.value() for k, s in self.interest_sliders.items()},
            languages=self.languages.rows(),
            weeks=self.weeks.value(),
            abroad_only=self.abroad_only.isChecked(),
            independence=self.independence.value(),
            structure_importance=self.structure.value(),
            weight_percents={c: s.value() for c, s in self.weight_spins.items()},
            start=(self.start.date().year(), self.start.date().month()),
        )

    # --- slots --------------------------------------------------------------------------
    @Slot()
    def on_control_changed(self) -> None:
        if self._updating:
            return
        self._update_value_labels()
        try:
            profile = self.form().to_profile()
        except ProfileError:
            self.error.setText(
                self.tr(
                    "Mindestens ein Kriterium braucht ein Gewicht über 0 %. "
                    "Die Rangliste zeigt weiter die letzte gültige Einstellung."
                )
            )
            self.error.setVisible(True)
            announce(self.error, self.error.text(), assertive=True)
            return
        self.error.setVisible(False)
        self._profile = profile
        self.profileChanged.emit(profile)

    @Slot(bool)
    def on_advanced_toggled(self, expanded: bool) -> None:
        self.advanced.setVisible(expanded)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )

    @Slot()
    def on_weights_reset_clicked(self) -> None:
        self._updating = True
        try:
            for criterion, value in default_weight_percents().items():
                self.weight_spins[criterion].setValue(value)
        finally:
            self._updating = False
        self.on_control_changed()

    # --- internals ----------------------------------------------------------------------
    def _write_form(self, form: ProfileForm) -> None:
        self._updating = True
        try:
            for key, slider in self.interest_sliders.items():
                slider.setValue(form.interests.get(key, 0))
            self.languages.set_rows(form.languages)
            self.weeks.setValue(form.weeks)
            self.start.setDate(QDate(form.start[0], form.start[1], 1))
            self.abroad_only.setChecked(form.abroad_only)
            self.independence.setValue(form.independence)
            self.structure.setValue(form.structure_importance)
            for criterion, spin in self.weight_spins.items():
                spin.setValue(form.weight_percents.get(criterion, 0))
        finally:
            self._updating = False
        self._update_value_labels()

    def _heading(self, key: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        self._headings[key] = label
        return label

    def _independence_texts(self) -> tuple[str, ...]:
        return (
            self.tr("brauche viel Unterstützung"),
            self.tr("brauche einige Unterstützung"),
            self.tr("teils selbstständig"),
            self.tr("weitgehend selbstständig"),
            self.tr("ganz selbstständig"),
        )

    def _update_value_labels(self) -> None:
        lang = current_language()
        for key, slider in self.interest_sliders.items():
            text = INTEREST_LABELS[slider.value()].get(lang)
            self._interest_values[key].setText(text)
            slider.setAccessibleDescription(text)
        text = self._independence_texts()[self.independence.value() - 1]
        self._independence_value.setText(text)
        self.independence.setAccessibleDescription(text)
        text = INTEREST_LABELS[self.structure.value()].get(lang)
        self._structure_value.setText(text)
        self.structure.setAccessibleDescription(text)

    def retranslate(self) -> None:
        lang = current_language()
        self._headings["interests"].setText(self.tr("Was interessiert Sie?"))
        self._headings["languages"].setText(self.tr("Sprachen"))
        self._headings["circumstances"].setText(self.tr("Rahmen"))
        for key, label in self._theme_labels.items():
            name = THEMES[key].get(lang)
            # A label with a buddy reads "&" as a mnemonic marker: "Kultur & Musik" would
            # lose its ampersand and underline the space.
            label.setText(name.replace("&", "&&"))
            self.interest_sliders[key].setAccessibleName(self.tr("Interesse {0}").format(name))
        self._weeks_label.setText(self.tr("Verfügbare Wochen"))
        self.weeks.setAccessibleName(self.tr("Verfügbare Wochen"))
        follow_plural_suffix(self.weeks, lambda n: self.tr(" Woche(n)", "", n))
        self._start_label.setText(self.tr("Geplanter Beginn"))
        self.start.setAccessibleName(self.tr("Geplanter Beginn (Monat und Jahr)"))
        self.start.setToolTip(
            self.tr(
                "Förderregeln und Antragsfristen hängen vom Beginn ab; üblich sind mindestens "
                "4 Monate Vorlauf."
            )
        )
        self.abroad_only.setText(self.tr("Nur ein Aufenthalt im Ausland"))
        self.abroad_only.setAccessibleName(self.tr("Nur ein Aufenthalt im Ausland"))
        self._independence_label.setText(self.tr("Selbstständigkeit"))
        self.independence.setAccessibleName(self.tr("Selbstständigkeit"))
        self.independence.setToolTip(
            self.tr("1 = brauche viel Unterstützung … 5 = ganz selbstständig")
        )
        self._structure_label.setText(self.tr("Ähnliche Verwaltung ist mir"))
        name_from_label(
            self.structure,
            self._structure_label.text(),
            self.tr("Wichtigkeit einer ähnlichen Verwaltung"),
        )
        self.advanced_toggle.setText(self.tr("Erweitert: Gewichte der Kriterien"))
        self.advanced_toggle.setAccessibleName(self.tr("Erweitert: Gewichte der Kriterien"))
        self._weights_intro.setText(
            self.tr(
                "Wie stark jedes Kriterium zählt. Die Gewichte werden auf 100 Punkte umgerechnet."
            )
        )
        defaults = default_weight_percents()
        for criterion, label in self._weight_labels.items():
            name = CRITERION_LABELS[criterion].get(lang)
            label.setText(name)
            self.weight_spins[criterion].setAccessibleName(self.tr("Gewicht {0}").format(name))
        self.weights_reset.setText(self.tr("Standardgewichte"))
        self.weights_reset.setAccessibleName(self.tr("Standardgewichte wiederherstellen"))
        listing = ", ".join(f"{CRITERION_LABELS[c].get(lang)} {defaults[c]} %" for c in CRITERIA)
        self._defaults_note.setText(self.tr("Standard: {0}").format(listing))
        self._update_value_labels()
