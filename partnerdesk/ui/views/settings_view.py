"""The "Einstellungen" page: language, data folder, counselling defaults and the kiosk.

The view only lays out and reports the language choice (``languageChosen``); the main window
applies it (stores it, installs the translators), so the page can be tested on its own.
Every other value is stored the moment it is entered - there is no "Speichern" to forget:
the advisor name and the default deletion period in the ``AppSettings`` file, the kiosk values
and the PIN hash in the same file through ``partnerdesk.ui.kiosk.settings``. A value outside
its range is refused with a message naming the range, and the field shows the stored value
again. ``advisorChanged`` / ``retentionChanged`` let the open counselling page follow.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import paths
from partnerdesk.core.counselling import HANDOVER_MAX_DAYS as MAX_DAYS
from partnerdesk.core.counselling import MAX_NAME
from partnerdesk.ui.a11y import announce, name_from_label, plain
from partnerdesk.ui.dialogs.pin_setup_dialog import PinSetupDialog
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.kiosk.settings import (
    MIN_WARNING_SECONDS,
    load_kiosk_settings,
    load_pin_hash,
    open_settings,
    save_kiosk_settings,
    save_pin_hash,
)
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.settings import RETENTION_RANGE, AppSettings
from partnerdesk.ui.widgets.plain_text import plain_label
from partnerdesk.ui.widgets.scroll import scroll_area

# Language names are shown in their own language, so anyone can find theirs.
LANGUAGE_NAMES = (("de", "Deutsch"), ("en", "English"))

# The ranges load_kiosk_settings() clamps to: refusing outside them here means what the
# advisor sees is exactly what the kiosk will use.
IDLE_RANGE = (30, 3600)
WARNING_RANGE = (MIN_WARNING_SECONDS, 300)
HANDOVER_RANGE = (1, MAX_DAYS)
# The spin boxes let any number up to this through, so a typed 10 reaches the check and gets
# a message instead of being silently rejected or corrected by the spin box.
SPIN_LIMIT = 99_999

ERROR_STYLE = "color: #A8001A;"  # 7.8:1 on white, the app's accent red


class _RangeSpinBox(QSpinBox):
    """A spin box with the real range (what screen readers report as its range) that still
    lets a typed out-of-range number reach the check: ``refused(value)`` instead of Qt
    silently turning 10 into 30."""

    refused = Signal(int)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = text.strip()
        if digits.isdigit() and int(digits) <= SPIN_LIMIT:
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        digits = text.strip()
        value = int(digits) if digits.isdigit() else self.value()
        if not self.minimum() <= value <= self.maximum():
            self.refused.emit(value)
            return self.value()
        return value


def _spin(parent: QWidget, name: str, bounds: tuple[int, int]) -> _RangeSpinBox:
    box = _RangeSpinBox(parent)
    box.setObjectName(name)
    box.setRange(*bounds)
    box.setKeyboardTracking(False)  # check once the number is complete, not per digit
    return box


class SettingsView(Retranslatable, QWidget):
    languageChosen = Signal(str)
    advisorChanged = Signal(str)
    retentionChanged = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, *, settings: AppSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self._app = settings if settings is not None else AppSettings()
        # Kiosk values live in the same file; one QSettings for them keeps reads current.
        self._kiosk = open_settings(self._app.file_name)
        content = QWidget(self)
        self.title = QLabel(content)
        self.title.setObjectName("pageTitle")
        self.hint = plain_label(parent=content, object_name="pageHint")

        # --- general ---------------------------------------------------------------------
        self.general_box = QGroupBox(content)
        self.language = QComboBox(self.general_box)
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language_label = QLabel(self.general_box)
        self.language_label.setBuddy(self.language)
        self.data_dir_label = QLabel(self.general_box)
        # Not wrapped: a word-wrapped label breaks a path at "/" and the form gave it one
        # line, which showed only "/tmp/". Long paths scroll with the page instead.
        self.data_dir = plain_label(
            str(paths.data_dir()), self.general_box, wrap=False, object_name="dataDir"
        )
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        general = self._form(self.general_box)
        general.addRow(self.language_label, self.language)
        general.addRow(self.data_dir_label, self.data_dir)
        # The backups' maximum age is a privacy promise (docs/privacy.md), so it is stated here.
        self.backup_hint = plain_label(parent=self.general_box, object_name="pageHint")
        general.addRow(self.backup_hint)

        # --- counselling -----------------------------------------------------------------
        self.counselling_box = QGroupBox(content)
        self.advisor = QLineEdit(self._app.advisor_name(), self.counselling_box)
        self.advisor.setObjectName("advisorName")
        self.advisor.setMaxLength(MAX_NAME)
        self._widen(self.advisor)
        self.advisor_label = QLabel(self.counselling_box)
        self.advisor_label.setBuddy(self.advisor)
        self.retention = _spin(self.counselling_box, "retentionDays", RETENTION_RANGE)
        self.retention.setValue(self._app.retention_days())
        self.retention_label = QLabel(self.counselling_box)
        self.retention_label.setBuddy(self.retention)
        self.retention_hint = plain_label(parent=self.counselling_box, object_name="pageHint")
        self.counselling_error = self._error_label(self.counselling_box)
        counselling = self._form(self.counselling_box)
        counselling.addRow(self.advisor_label, self.advisor)
        counselling.addRow(self.retention_label, self.retention)
        counselling.addRow(self.retention_hint)
        counselling.addRow(self.counselling_error)

        # --- kiosk -----------------------------------------------------------------------
        self.kiosk_box = QGroupBox(content)
        kiosk = load_kiosk_settings(self._kiosk)
        self.idle = _spin(self.kiosk_box, "idleSeconds", IDLE_RANGE)
        self.idle.setValue(int(kiosk.idle_timeout_seconds))
        self.warning = _spin(self.kiosk_box, "warningSeconds", WARNING_RANGE)
        self.warning.setValue(int(kiosk.warning_seconds))
        self.handover_days = _spin(self.kiosk_box, "handoverDays", HANDOVER_RANGE)
        self.handover_days.setValue(kiosk.handover_days)
        self.printer = QLineEdit(kiosk.printer_name, self.kiosk_box)
        self.printer.setObjectName("printerName")
        self.printer.setMaxLength(MAX_NAME)
        self._widen(self.printer)
        self.idle_label, self.warning_label, self.days_label, self.printer_label = (
            QLabel(self.kiosk_box) for _ in range(4)
        )
        for label, field in (
            (self.idle_label, self.idle),
            (self.warning_label, self.warning),
            (self.days_label, self.handover_days),
            (self.printer_label, self.printer),
        ):
            label.setBuddy(field)
        self.printer_hint = plain_label(parent=self.kiosk_box, object_name="pageHint")
        self.pin_label = QLabel(self.kiosk_box)
        self.pin_status = plain_label(parent=self.kiosk_box, object_name="pinStatus")
        self.pin_button = QPushButton(self.kiosk_box)
        self.pin_button.setObjectName("pinButton")
        self.pin_label.setBuddy(self.pin_button)
        self.kiosk_error = self._error_label(self.kiosk_box)
        form = self._form(self.kiosk_box)
        form.addRow(self.idle_label, self.idle)
        form.addRow(self.warning_label, self.warning)
        form.addRow(self.days_label, self.handover_days)
        form.addRow(self.printer_label, self.printer)
        form.addRow(self.printer_hint)
        form.addRow(self.pin_label, self.pin_button)
        form.addRow(self.pin_status)
        form.addRow(self.kiosk_error)

        column = QVBoxLayout(content)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        from partnerdesk.ui.widgets.team_db_box import TeamDbBox

        self.team_box = TeamDbBox(self._app, content)
        for box in (self.general_box, self.counselling_box, self.kiosk_box, self.team_box):
            column.addWidget(box)
        column.addStretch(1)
        # At a large text scale the three sections outgrow the window: scroll, never clip.
        scroll = scroll_area(content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.language.currentIndexChanged.connect(self.on_language_index_changed)
        self.advisor.editingFinished.connect(self.on_advisor_edited)
        self.retention.valueChanged.connect(self.on_retention_changed)
        self.idle.valueChanged.connect(self.on_idle_changed)
        self.warning.valueChanged.connect(self.on_warning_changed)
        self.handover_days.valueChanged.connect(self.on_handover_days_changed)
        for spin, slot in (
            (self.retention, self.on_retention_changed),
            (self.idle, self.on_idle_changed),
            (self.warning, self.on_warning_changed),
            (self.handover_days, self.on_handover_days_changed),
        ):
            spin.refused.connect(slot)
        self.printer.editingFinished.connect(self.on_printer_edited)
        self.pin_button.clicked.connect(self.on_pin_clicked)
        self.retranslate()

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setContentsMargins(12, 6, 12, 8)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        return form

    @staticmethod
    def _widen(edit: QLineEdit) -> None:
        # Room for a typical name; measured in characters so it grows with the font scale.
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("x" * 34))

    @staticmethod
    def _error_label(parent: QWidget) -> QLabel:
        label = plain_label(parent=parent, object_name="settingsError")
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def sync_language(self) -> None:
        """Show the language currently in use (without reporting it as a new choice)."""
        index = self.language.findData(current_language())
        blocked = self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(blocked)

    def pin_is_set(self) -> bool:
        return bool(load_pin_hash(self._kiosk))

    # --- slots -----------------------------------------------------------------------------
    @Slot(int)
    def on_language_index_changed(self, index: int) -> None:
        code = self.language.itemData(index)
        if code:
            self.languageChosen.emit(str(code))

    @Slot()
    def on_advisor_edited(self) -> None:
        name = self.advisor.text().strip()
        if name == self._app.advisor_name():
            return
        self._app.set_advisor_name(name)
        self.advisorChanged.emit(name)

    @Slot(int)
    def on_retention_changed(self, days: int) -> None:
        if not self._checked(
            self.retention,
            days,
            RETENTION_RANGE,
            self._app.retention_days(),
            self.counselling_error,
            self.tr(
                "Die Löschfrist muss zwischen {low} und {high} Tagen liegen; {value} ist "
                "nicht gespeichert."
            ),
        ):
            return
        if days != self._app.retention_days():
            self._app.set_retention_days(days)
            self.retentionChanged.emit(days)

    @Slot(int)
    def on_idle_changed(self, seconds: int) -> None:
        self._store_kiosk(
            self.idle,
            "idle_timeout_seconds",
            float(seconds),
            IDLE_RANGE,
            self.tr(
                "Die Wartezeit bis zur Warnung muss zwischen {low} und "
                "{high} Sekunden liegen; {value} ist nicht gespeichert."
            ),
        )

    @Slot(int)
    def on_warning_changed(self, seconds: int) -> None:
        self._store_kiosk(
            self.warning,
            "warning_seconds",
            float(seconds),
            WARNING_RANGE,
            self.tr(
                "Die Warnung muss zwischen {low} und {high} Sekunden stehen "
                "bleiben; {value} ist nicht gespeichert."
            ),
        )

    @Slot(int)
    def on_handover_days_changed(self, days: int) -> None:
        self._store_kiosk(
            self.handover_days,
            "handover_days",
            days,
            HANDOVER_RANGE,
            self.tr(
                "Übergabe-Codes müssen zwischen {low} und {high} Tagen gültig "
                "sein; {value} ist nicht gespeichert."
            ),
        )

    @Slot()
    def on_printer_edited(self) -> None:
        name = self.printer.text().strip()
        current = load_kiosk_settings(self._kiosk)
        if name != current.printer_name:
            save_kiosk_settings(dataclasses.replace(current, printer_name=name), self._kiosk)

    @Slot()
    def on_pin_clicked(self) -> None:
        dialog = PinSetupDialog(self, save=lambda stored: save_pin_hash(stored, self._kiosk))
        dialog.exec()
        dialog.deleteLater()
        self._show_pin_status()

    # --- internals -------------------------------------------------------------------------
    def _checked(
        self,
        box: QSpinBox,
        value: int,
        bounds: tuple[int, int],
        stored: int,
        error: QLabel,
        text: str,
    ) -> bool:
        """True if *value* is in *bounds*; otherwise say so and show the stored value again."""
        low, high = bounds
        if low <= value <= high:
            error.hide()
            error.clear()
            return True
        error.setText(text.format(low=low, high=high, value=value))
        error.show()
        announce(error, error.text(), assertive=True)
        blocked = box.blockSignals(True)
        box.setValue(stored)
        box.blockSignals(blocked)
        return False

    def _store_kiosk(
        self, box: QSpinBox, field: str, value: float, bounds: tuple[int, int], text: str
    ) -> None:
        current = load_kiosk_settings(self._kiosk)
        stored = int(getattr(current, field))
        if self._checked(
            box, int(value), bounds, stored, self.kiosk_error, text
        ) and value != getattr(current, field):
            changes: dict[str, Any] = {field: value}
            save_kiosk_settings(dataclasses.replace(current, **changes), self._kiosk)

    def _show_pin_status(self) -> None:
        if self.pin_is_set():
            self.pin_status.setText(self.tr("Eine PIN ist festgelegt."))
            self.pin_button.setText(self.tr("P&IN ändern …"))
        else:
            self.pin_status.setText(
                self.tr("Noch keine PIN: Der Kiosk startet erst, wenn eine festgelegt ist.")
            )
            self.pin_button.setText(self.tr("P&IN festlegen …"))
        # "PIN zum Beenden: PIN festlegen": its label and what it shows (WCAG 2.5.3).
        self.pin_button.setAccessibleName(
            f"{plain(self.pin_label.text())}: {plain(self.pin_button.text())}"
        )
        self.pin_button.setAccessibleDescription(self.pin_status.text())

    def retranslate(self) -> None:
        self.sync_language()  # the list shows the language now in use
        self.title.setText(self.tr("Einstellungen"))
        self.hint.setText(
            self.tr(
                "Änderungen gelten sofort und werden gleich gespeichert. Die Sprache wechselt im "
                "geöffneten Fenster und gilt auch beim nächsten Start."
            )
        )
        self.general_box.setTitle(self.tr("Allgemein"))
        self.language_label.setText(self.tr("&Sprache der Oberfläche:"))
        self.language.setAccessibleName(self.tr("Sprache der Oberfläche"))
        self.data_dir_label.setText(self.tr("Datenordner:"))
        # The path is what matters: a name of "Datenordner" alone hid it from screen readers.
        self.data_dir.setAccessibleName(
            f"{plain(self.data_dir_label.text())}: {self.data_dir.text()}"
        )
        from partnerdesk.store.rotation import configured_max_age

        self.backup_hint.setText(
            self.tr(
                "Sicherungen im Datenordner werden höchstens {days} Tage aufbewahrt und dann "
                "gelöscht. Gelöschte Personen kommen durch eine Wiederherstellung nicht zurück."
            ).format(days=configured_max_age().days)
        )

        self.counselling_box.setTitle(self.tr("Beratung"))
        self.advisor_label.setText(self.tr("&Name der Beraterin / des Beraters:"))
        name_from_label(
            self.advisor, self.advisor_label.text(), self.tr("Name der Beraterin oder des Beraters")
        )
        self.advisor.setPlaceholderText(self.tr("steht in Gesprächen und Protokollen"))
        self.retention_label.setText(self.tr("Standard-&Löschfrist (Tage):"))
        name_from_label(
            self.retention, self.retention_label.text(), self.tr("Standard-Löschfrist in Tagen")
        )
        self.retention_hint.setText(
            self.tr(
                "Neue Datensätze erhalten als Löschdatum die Einwilligung plus diese Frist "
                "({low}–{high} Tage); bestehende behalten ihr Datum."
            ).format(low=RETENTION_RANGE[0], high=RETENTION_RANGE[1])
        )

        self.kiosk_box.setTitle(self.tr("Selbsteinschätzung am Terminal (Kiosk)"))
        self.idle_label.setText(self.tr("&Warnung nach Untätigkeit (Sekunden):"))
        name_from_label(
            self.idle, self.idle_label.text(), self.tr("Sekunden ohne Eingabe bis zur Warnung")
        )
        self.idle.setToolTip(
            self.tr("{low}–{high} Sekunden").format(low=IDLE_RANGE[0], high=IDLE_RANGE[1])
        )
        self.warning_label.setText(self.tr("Warnung sicht&bar für (Sekunden):"))
        name_from_label(
            self.warning,
            self.warning_label.text(),
            self.tr("Sekunden, die die Warnung vor dem Zurücksetzen sichtbar bleibt"),
        )
        self.warning.setToolTip(
            self.tr("{low}–{high} Sekunden").format(low=WARNING_RANGE[0], high=WARNING_RANGE[1])
        )
        self.days_label.setText(self.tr("Übergabe-Codes gültig (&Tage):"))
        name_from_label(
            self.handover_days,
            self.days_label.text(),
            self.tr("Gültigkeit der Übergabe-Codes in Tagen"),
        )
        self.handover_days.setToolTip(
            self.tr("{low}–{high} Tage").format(low=HANDOVER_RANGE[0], high=HANDOVER_RANGE[1])
        )
        for box in (self.idle, self.warning, self.handover_days):  # the range is said too
            box.setAccessibleDescription(f"{box.accessibleDescription()}, {box.toolTip()}")
        self.printer_label.setText(self.tr("Dr&ucker:"))
        name_from_label(
            self.printer, self.printer_label.text(), self.tr("Druckername für den Kiosk")
        )
        self.printer_hint.setText(
            self.tr(
                "Leer lassen: Am Terminal wird nicht gedruckt. Sonst der Name des Druckers, wie "
                "ihn das Betriebssystem anzeigt."
            )
        )
        self.pin_label.setText(self.tr("PIN zum Beenden:"))
        self._show_pin_status()
        for error in (self.counselling_error, self.kiosk_error):
            # A shown message stays in the old language until the next check; hide it.
            error.hide()
