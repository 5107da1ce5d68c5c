"""Record an apprentice's stays abroad: city, dates, host organisation, funding, report.

Reached from the counselling page ("Aufenthalte …"). The list on the left shows the
apprentice's stays; the form on the right edits the selected one or a new one. The report is
shown to others only when the consent box is ticked, and then without a name (occupation and
year only) - the box says so in words. Saving goes through ``StayRepository``; a bad value
names the field and everything typed stays in the form.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import RecordError
from partnerdesk.core.domain import City
from partnerdesk.core.stays import MAX_REPORT, STAY_FUNDING, Stay
from partnerdesk.core.vocab import LANGUAGES
from partnerdesk.store.apprentices import NotFound
from partnerdesk.store.stays import StayRepository
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.formatting import from_qdate as pydate
from partnerdesk.ui.formatting import to_qdate as qdate
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import plain_label


class StayDialog(Retranslatable, QDialog):
    def __init__(
        self,
        stays: StayRepository,
        apprentice_id: int,
        apprentice_name: str,
        cities: Sequence[City],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stayDialog")
        self._repo = stays
        self._apprentice_id = apprentice_id
        self._name = apprentice_name
        self._cities = list(cities)
        self._editing: int | None = None
        self.saved = 0

        self.list = QListWidget(self)
        self.new_button = QPushButton(self)
        self.new_button.setAutoDefault(False)
        self.delete_button = QPushButton(self)
        self.delete_button.setAutoDefault(False)
        self.city = QComboBox(self)
        self.start = QDateEdit(qdate(date.today()), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd.MM.yyyy")
        self.end_known = QCheckBox(self)
        self.end = QDateEdit(qdate(date.today()), self)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd.MM.yyyy")
        self.host_name = QLineEdit(self)
        self.host_department = QLineEdit(self)
        self.host_contact = QLineEdit(self)
        self.host_languages = QLineEdit(self)
        self.funding = QComboBox(self)
        for key in STAY_FUNDING:
            self.funding.addItem("", key)
        self.report = QPlainTextEdit(self)
        self.report.setTabChangesFocus(True)
        self.consent = QCheckBox(self)
        self.error = plain_label(object_name="formError")
        self.error.setStyleSheet("color: #8a1c1c;")
        self.error.setVisible(False)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)  # Enter saves the stay, never "Neuer Aufenthalt"
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        end_row = QHBoxLayout()
        end_row.addWidget(self.end_known)
        end_row.addWidget(self.end, 1)
        self.form = QFormLayout()
        self._captions = []
        for field in (
            self.city,
            self.start,
            end_row,
            self.host_name,
            self.host_department,
            self.host_contact,
            self.host_languages,
            self.funding,
            self.report,
            self.consent,
        ):
            caption = plain_label(wrap=False)
            self._captions.append(caption)
            self.form.addRow(caption, field)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.error)
        right.addWidget(self.save_button)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.list.currentItemChanged.connect(self.on_stay_selected)
        self.new_button.clicked.connect(self.on_new)
        self.delete_button.clicked.connect(self.on_delete)
        self.save_button.clicked.connect(self.on_save)
        self.end_known.toggled.connect(self.end.setEnabled)
        self.resize(900, 560)
        self.retranslate()
        self.on_new()

    # --- list ----------------------------------------------------------------------------

    def _fill_list(self, select_id: int | None = None) -> None:
        lang = current_language()
        names = {c.id: c.name(lang) for c in self._cities}
        self.list.blockSignals(True)
        self.list.clear()
        for stay in self._repo.stays(self._apprentice_id):
            text = f"{names.get(stay.city_id, stay.city_id)} · {format_date(stay.start)}"
            if stay.host_name:
                text += f"\n{stay.host_name}"
            item = QListWidgetItem(text, self.list)
            item.setData(256, stay)
            if stay.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(self._editing is not None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_stay_selected(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None = None
    ) -> None:
        if current is not None:
            self.load(current.data(256))

    @Slot()
    def on_new(self) -> None:
        self.list.clearSelection()
        self.load(
            Stay(
                apprentice_id=self._apprentice_id,
                city_id=self._cities[0].id if self._cities else "",
                start=date.today(),
            )
        )

    def load(self, stay: Stay) -> None:
        self._editing = stay.id
        index = self.city.findData(stay.city_id)
        self.city.setCurrentIndex(max(0, index))
        self.start.setDate(qdate(stay.start))
        self.end_known.setChecked(stay.end is not None)
        self.end.setEnabled(stay.end is not None)
        self.end.setDate(qdate(stay.end or stay.start))
        self.host_name.setText(stay.host_name)
        self.host_department.setText(stay.host_department)
        self.host_contact.setText(stay.host_contact)
        self.host_languages.setText(", ".join(stay.host_languages))
        self.funding.setCurrentIndex(max(0, self.funding.findData(stay.funding)))
        self.report.setPlainText(stay.report)
        self.consent.setChecked(stay.report_consent)
        self.error.setVisible(False)
        self.delete_button.setEnabled(stay.id is not None)

    # --- saving --------------------------------------------------------------------------

    def stay(self) -> Stay:
        """The form as a stay; raises ``RecordError`` naming a bad language code."""
        codes = [
            c.strip().lower()
            for c in self.host_languages.text().replace(";", ",").split(",")
            if c.strip()
        ]
        for code in codes:
            if code not in LANGUAGES:
                raise RecordError(
                    self.tr(
                        "Sprachen: unbekanntes Sprachkürzel „{code}“ (Beispiel: en, fr)"
                    ).format(code=code[:20])
                )
        return Stay(
            id=self._editing,
            apprentice_id=self._apprentice_id,
            city_id=str(self.city.currentData() or ""),
            start=pydate(self.start.date()),
            end=pydate(self.end.date()) if self.end_known.isChecked() else None,
            host_name=self.host_name.text(),
            host_department=self.host_department.text(),
            host_contact=self.host_contact.text(),
            host_languages=tuple(codes),
            funding=str(self.funding.currentData()),
            report=self.report.toPlainText(),
            report_consent=self.consent.isChecked(),
        )

    @Slot()
    def on_save(self) -> bool:
        try:
            stay = self.stay()
            if len(stay.report) > MAX_REPORT:
                raise RecordError(self.tr("Bericht: höchstens {n} Zeichen").format(n=MAX_REPORT))
            if stay.end is not None and stay.end < stay.start:
                raise RecordError(
                    self.tr("Ende: liegt vor dem Beginn ({day})").format(
                        day=format_date(stay.start)
                    )
                )
            saved = self._repo.save(stay)
        except (RecordError, NotFound) as exc:
            text = (
                str(exc)
                if isinstance(exc, RecordError)
                else self.tr("Der Datensatz existiert nicht mehr.")
            )
            self.error.setText(text)
            self.error.setVisible(True)
            return False
        self.saved += 1
        self._editing = saved
        self.error.setVisible(False)
        self._fill_list(select_id=saved)
        return True

    @Slot()
    def on_delete(self) -> None:
        if self._editing is None:
            return
        from partnerdesk.ui.dialogs.plain_message import confirm

        if not confirm(
            self,
            self.tr("Aufenthalt löschen"),
            self.tr("Diesen Aufenthalt mit seinem Bericht endgültig löschen?"),
        ):
            return
        with contextlib.suppress(NotFound):
            self._repo.delete(self._editing)
        self._editing = None
        self._fill_list()
        self.on_new()

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Aufenthalte von {name}").format(name=self._name))
        current = self.city.currentData()
        self.city.clear()
        for city in self._cities:
            self.city.addItem(city.name(lang), city.id)
        self.city.setCurrentIndex(max(0, self.city.findData(current)))
        for index, key in enumerate(STAY_FUNDING):
            self.funding.setItemText(index, STAY_FUNDING[key].get(lang))
        captions = (
            self.tr("Partnerstadt"),
            self.tr("Beginn"),
            self.tr("Ende"),
            self.tr("Gastorganisation"),
            self.tr("Abteilung"),
            self.tr("Kontakt"),
            self.tr("Sprachen dort"),
            self.tr("Förderweg"),
            self.tr("Erfahrungsbericht"),
            self.tr("Einwilligung"),
        )
        fields = (
            self.city,
            self.start,
            self.end,
            self.host_name,
            self.host_department,
            self.host_contact,
            self.host_languages,
            self.funding,
            self.report,
            self.consent,
        )
        for caption, text, field in zip(self._captions, captions, fields, strict=True):
            caption.setText(text + ":")
            field.setAccessibleName(text)
        self.end_known.setText(self.tr("bekannt"))
        self.end_known.setAccessibleName(self.tr("Ende bekannt"))
        self.host_languages.setPlaceholderText(self.tr("Sprachkürzel, z. B. en, fr"))
        self.host_contact.setPlaceholderText(self.tr("E-Mail oder Telefon der Ansprechperson"))
        self.report.setPlaceholderText(
            self.tr("Ein paar Sätze der/des Auszubildenden: Was war gut, was sollte man wissen?")
        )
        self.consent.setText(
            self.tr(
                "Die/der Auszubildende ist einverstanden, dass der Bericht ohne Namen gezeigt "
                "wird (nur Beruf und Jahr)."
            )
        )
        self.new_button.setText(self.tr("&Neuer Aufenthalt"))
        self.delete_button.setText(self.tr("&Löschen …"))
        self.save_button.setText(self.tr("Aufenthalt &speichern"))
        self.list.setAccessibleName(self.tr("Aufenthalte"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        self._fill_list(select_id=self._editing)  # city names and dates in the language
