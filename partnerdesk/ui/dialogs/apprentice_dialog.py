"""Create or edit an apprentice with the minimum of personal data (GDPR data minimisation).

Only name, training occupation, training year, date of the privacy information/consent and
the deletion date — there is deliberately no field for anything else. The dialog saves
through the callable it is given; when saving fails the message names the field, the field
gets the focus and everything typed stays in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import (
    MAX_NAME,
    Apprentice,
    RecordError,
    default_deletion_date,
)
from partnerdesk.ui import formatting as fmt
from partnerdesk.ui.a11y import announce, expose_date_value, name_from_label, plain
from partnerdesk.ui.formatting import from_qdate as pydate
from partnerdesk.ui.formatting import to_qdate as qdate
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import plain_label

OCCUPATIONS = (
    "Verwaltungsfachangestellte/r",
    "Stadtinspektoranwärter/in",
    "Fachinformatiker/in",
    "Kauffrau/Kaufmann für Büromanagement",
    "Fachangestellte/r für Medien- und Informationsdienste",
    "Straßenwärter/in",
    "Gärtner/in",
    "Brandmeisteranwärter/in",
    "Erzieher/in",
    "Vermessungstechniker/in",
)


class ApprenticeDialog(Retranslatable, QDialog):
    def __init__(
        self,
        apprentice: Apprentice | None,
        save: Callable[[Apprentice], int],
        *,
        retention_days: int = 730,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = apprentice or Apprentice(display_name="")
        self._save = save
        self._retention_days = retention_days
        self.saved_id: int | None = None
        # The deletion date follows the consent date until the user sets it themselves.
        self._deletion_follows = apprentice is None or apprentice.deletion_date is None

        self.name = QLineEdit(self._original.display_name, self)
        self.name.setMaxLength(MAX_NAME)
        self.occupation = QComboBox(self)
        self.occupation.setEditable(True)
        self.occupation.addItems(list(OCCUPATIONS))
        self.occupation.setCurrentText(self._original.occupation)
        line = self.occupation.lineEdit()
        assert line is not None  # editable combo boxes have one
        line.setMaxLength(MAX_NAME)
        self.year = QComboBox(self)
        self.year.addItems(["—", "1", "2", "3", "4"])
        self.year.setCurrentIndex(self._original.training_year or 0)
        today = date.today()
        consent = self._original.consent_date or today
        self.consent = QDateEdit(qdate(consent), self)
        self.consent.setCalendarPopup(True)
        self.deletion = QDateEdit(
            qdate(self._original.deletion_date or default_deletion_date(consent, retention_days)),
            self,
        )
        self.deletion.setCalendarPopup(True)
        for field in (self.consent, self.deletion):
            expose_date_value(field)
        self.error = plain_label(object_name="formError")
        self.error.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.error.setVisible(False)
        self.hint = plain_label(object_name="pageHint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.consent.dateChanged.connect(self.on_consent_changed)
        self.deletion.dateChanged.connect(self.on_deletion_edited)
        # A shown problem goes away (or changes) as soon as the input changes.
        for signal in (
            self.name.textEdited,
            self.occupation.currentTextChanged,
            self.year.currentIndexChanged,
            self.consent.dateChanged,
            self.deletion.dateChanged,
        ):
            signal.connect(self.on_input_changed)

        self.form = QFormLayout()
        self._labels: dict[QWidget, QLabel] = {}
        for entry in (self.name, self.occupation, self.year, self.consent, self.deletion):
            label = QLabel(self)
            label.setBuddy(entry)
            self._labels[entry] = label
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    def apprentice(self) -> Apprentice:
        year = self.year.currentIndex()
        return Apprentice(
            id=self._original.id,
            display_name=self.name.text().strip(),
            occupation=self.occupation.currentText().strip(),
            training_year=year or None,
            consent_date=pydate(self.consent.date()),
            deletion_date=pydate(self.deletion.date()),
        )

    def check(self) -> tuple[QWidget, str] | None:
        """The first problem as (field, German message), or None."""
        record = self.apprentice()
        if not record.display_name:
            return self.name, self.tr("Name: Bitte einen Namen eingeben.")
        if (
            record.deletion_date
            and record.consent_date
            and record.deletion_date < record.consent_date
        ):
            return self.deletion, self.tr(
                "Löschdatum: Es liegt vor dem Datum der Einwilligung ({0})."
            ).format(self.consent.date().toString(self.consent.displayFormat()))
        return None

    @Slot()
    def on_save_clicked(self) -> None:
        problem = self.check()
        if problem is None:
            try:
                self.saved_id = self._save(self.apprentice())
            except RecordError as exc:
                problem = (
                    self._field_for(str(exc)),
                    self.tr("Nicht gespeichert: {0}").format(str(exc)),
                )
            except Exception as exc:
                problem = (
                    self.name,
                    self.tr("Nicht gespeichert – die Datenbank meldet: {0}").format(str(exc)),
                )
        if problem is not None:
            field, message = problem
            self.error.setText(message)
            self.error.setVisible(True)
            field.setFocus()
            announce(self.error, message, assertive=True)
            return
        self.accept()

    @Slot()
    def on_input_changed(self, *_args: object) -> None:
        if self.error.isHidden():
            return
        problem = self.check()
        if problem is None:
            self.error.setVisible(False)
        else:
            self.error.setText(problem[1])

    @Slot(QDate)
    def on_consent_changed(self, consent: QDate) -> None:
        if self._deletion_follows:
            self.deletion.blockSignals(True)
            self.deletion.setDate(
                qdate(default_deletion_date(pydate(consent), self._retention_days))
            )
            self.deletion.blockSignals(False)

    @Slot(QDate)
    def on_deletion_edited(self, _value: QDate) -> None:
        self._deletion_follows = False

    def _field_for(self, message: str) -> QWidget:
        prefix = message.split(":", 1)[0]
        return {
            "occupation": self.occupation,
            "training_year": self.year,
            "deletion_date": self.deletion,
        }.get(prefix, self.name)

    def retranslate(self) -> None:
        new = self._original.id is None
        self.setWindowTitle(
            self.tr("Neue/r Auszubildende/r") if new else self.tr("Auszubildende/n bearbeiten")
        )
        labels = (
            (self.name, self.tr("&Name"), self.tr("Name")),
            (self.occupation, self.tr("&Ausbildungsberuf"), self.tr("Ausbildungsberuf")),
            (self.year, self.tr("Ausbildungs&jahr"), self.tr("Ausbildungsjahr")),
            (
                self.consent,
                self.tr("Daten&schutzhinweis / Einwilligung am"),
                self.tr("Datum des Datenschutzhinweises oder der Einwilligung"),
            ),
            (self.deletion, self.tr("&Löschen am"), self.tr("Löschdatum der Daten")),
        )
        for field, text, accessible in labels:
            label = self._labels[field]
            label.setText(text)
            name_from_label(field, text, accessible)  # the visible label, then the purpose
        # The editable combo box's text field is a Tab stop of its own on the bus.
        line = self.occupation.lineEdit()
        if line is not None:
            line.setAccessibleName(plain(self._labels[self.occupation].text()))
        self.year.setItemText(0, self.tr("nicht angegeben"))
        for widget in (self.consent, self.deletion):
            widget.setLocale(fmt.locale())
            widget.setDisplayFormat(fmt.date_pattern())
        self.hint.setText(
            self.tr(
                "Nur diese Angaben werden gespeichert. Das Löschdatum ergibt sich aus der "
                "Einwilligung plus {0} Tagen; Sie können es ändern."
            ).format(self._retention_days)
        )
        self.hint.setWordWrap(True)
