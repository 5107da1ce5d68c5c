"""A date field that may be empty: typed ("15.01.27"), picked from a calendar or a quick pick.

QDateEdit cannot be empty (the old "no date" was its minimum, 1 Jan 2000, so its calendar
opened in January 2000) and reads two-digit years as typed ("15.01.27" → "—150127"). This
field is a line edit parsed by ``core.formatting.parse_date`` plus a menu: Kalender …
(opening on the chosen day or today), In 2 Wochen, In 1 Monat, Ende des Ausbildungsjahres
and Kein Datum. Text that is no date is marked at once and the mark goes as soon as the text
is a date again; ``date()`` keeps the last valid value meanwhile, so nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from partnerdesk.core import formatting as core
from partnerdesk.ui import formatting as fmt
from partnerdesk.ui.retranslate import Retranslatable

Day = date  # the method DatePicker.date() hides the type name inside the class


class DatePicker(Retranslatable, QWidget):
    """``dateChanged(object)`` carries a ``date`` or ``None`` (no date)."""

    dateChanged = Signal(object)

    def __init__(
        self,
        value: date | None = None,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._date = value
        self._allow_empty = allow_empty
        self._today = today
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        width = self.fontMetrics().horizontalAdvance("30 Sep 0000") + 16
        self.edit.setMinimumWidth(width)
        self.button = QToolButton(self)
        self.button.setObjectName("dateMenuButton")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.calendar = QCalendarWidget(self.menu)
        self.calendar.setGridVisible(False)
        calendar_action = QWidgetAction(self.menu)
        calendar_action.setDefaultWidget(self.calendar)
        self.calendar_menu = QMenu(self.menu)
        self.calendar_menu.addAction(calendar_action)
        self.calendar_item = self.menu.addMenu(self.calendar_menu)
        self.in_two_weeks = self.menu.addAction("")
        self.in_one_month = self.menu.addAction("")
        self.training_year_end = self.menu.addAction("")
        self.menu.addSeparator()
        self.no_date = self.menu.addAction("")
        self.no_date.setVisible(allow_empty)
        self.button.setMenu(self.menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

        self.edit.textEdited.connect(self.on_text_edited)
        self.edit.editingFinished.connect(self.on_editing_finished)
        self.menu.aboutToShow.connect(self.on_menu_about_to_show)
        self.calendar.clicked.connect(self.on_calendar_clicked)
        self.calendar.activated.connect(self.on_calendar_clicked)
        self.in_two_weeks.triggered.connect(
            lambda: self.set_date(self._today() + timedelta(days=14), user=True)
        )
        self.in_one_month.triggered.connect(
            lambda: self.set_date(core.add_months(self._today(), 1), user=True)
        )
        self.training_year_end.triggered.connect(
            lambda: self.set_date(core.end_of_training_year(self._today()), user=True)
        )
        self.no_date.triggered.connect(lambda: self.set_date(None, user=True))
        self.retranslate()

    # --- public API ----------------------------------------------------------------------
    def date(self) -> Day | None:
        return self._date

    def is_valid(self) -> bool:
        return not self.property("invalid")

    def set_date(self, value: Day | None, *, user: bool = False) -> None:
        if value is None and not self._allow_empty:
            value = self._today()
        changed = value != self._date
        self._date = value
        self._show()
        if changed and user:
            self.dateChanged.emit(value)

    # --- slots ---------------------------------------------------------------------------
    @Slot(str)
    def on_text_edited(self, text: str) -> None:
        parsed = core.parse_date(text, today=self._today())
        ok = parsed is not None or (not text.strip() and self._allow_empty)
        if ok:  # a fixed entry loses its mark at once, not only when the field is left
            self._set_invalid(False)
            if parsed != self._date:
                self._date = parsed
                self.dateChanged.emit(parsed)

    @Slot()
    def on_editing_finished(self) -> None:
        text = self.edit.text()
        parsed = core.parse_date(text, today=self._today())
        if parsed is None and text.strip():
            self._set_invalid(True)
            return
        self.set_date(parsed, user=True)

    @Slot()
    def on_menu_about_to_show(self) -> None:
        # The calendar opens on the chosen day, or today: never on a placeholder year.
        start = self._date or self._today()
        self.calendar.setLocale(fmt.locale())
        self.calendar.setSelectedDate(fmt.to_qdate(start))
        self.training_year_end.setText(
            self.tr("Ende des Ausbildungsjahres ({0})").format(
                fmt.format_date(core.end_of_training_year(self._today()))
            )
        )

    @Slot()
    def on_calendar_clicked(self, value: QDate) -> None:
        self.menu.close()
        self.set_date(fmt.from_qdate(value), user=True)
        self.edit.setFocus()

    # --- internals -----------------------------------------------------------------------
    def _show(self) -> None:
        self._set_invalid(False)
        self.edit.setText(fmt.format_date(self._date, empty=""))

    def _set_invalid(self, invalid: bool) -> None:
        if bool(self.property("invalid")) == invalid:
            return
        self.setProperty("invalid", invalid)
        self.edit.setProperty("invalid", invalid)
        self.edit.setToolTip(
            self.tr("„{0}“ ist kein Datum – z. B. 15.01.2027 eingeben.").format(self.edit.text())
            if invalid
            else self._hint()
        )
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _hint(self) -> str:
        return self.tr("Datum eingeben, z. B. 15.01.27, oder aus dem Menü wählen")

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            self.tr("kein Datum") if self._allow_empty else self.tr("TT.MM.JJJJ")
        )
        self.edit.setToolTip(self._hint())
        self.button.setText("▾")
        self.button.setAccessibleName(self.tr("Datum auswählen"))
        self.button.setToolTip(self.tr("Kalender und Schnellauswahl"))
        self.calendar_item.setText(self.tr("&Kalender …"))
        self.calendar.setAccessibleName(self.tr("Kalender"))
        self.in_two_weeks.setText(self.tr("In &2 Wochen"))
        self.in_one_month.setText(self.tr("In 1 &Monat"))
        self.training_year_end.setText(self.tr("&Ende des Ausbildungsjahres"))
        self.no_date.setText(self.tr("Kein &Datum"))
        if self.is_valid():
            self._show()  # the same day in the new language's form

    def setAccessibleName(self, name: str) -> None:
        """The name belongs to the text field, where a screen reader lands."""
        self.edit.setAccessibleName(name)
        super().setAccessibleName(name)

    def focus_widget(self) -> QLineEdit:
        return self.edit
