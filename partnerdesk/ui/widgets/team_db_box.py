"""The "Team-Datenbank" section of the settings page: which PostgreSQL server to use.

Host, port, database, user, TLS mode and CA file go to the settings file; the password goes
to the operating system's credential store (``keyring``), never to a file. Unlike the other
settings these values only make sense together, so they are stored with "Übernehmen" and
apply from the next start; "Verbindung testen" connects on a worker thread (the server may
take up to its connect timeout to answer) and reports in one line.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from partnerdesk.store.team_config import DEFAULT_PORT, SSL_MODES, TeamDbConfig, TeamDbError
from partnerdesk.ui.a11y import name_with_text
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.settings import AppSettings
from partnerdesk.ui.widgets.pin_field import PinField
from partnerdesk.ui.widgets.plain_text import plain_label


class TeamDbBox(Retranslatable, QGroupBox):
    testFinished = Signal(bool, str)  # from the worker thread, queued to the GUI

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDbBox")
        self._settings = settings
        config = settings.team_db()
        self.enabled = QCheckBox(self)
        self.enabled.setObjectName("teamDbEnabled")
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        # Like the PIN: the typed characters never reach the accessibility bus.
        self.password = PinField(1024, self, digits_only=False)
        self.sslmode = QComboBox(self)
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.ca_file = QLineEdit(self)
        self.browse = QPushButton(self)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse)
        self.test_button = QPushButton(self)
        self.apply_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        self.status = plain_label(parent=self, object_name="pageHint")
        self.hint = plain_label(parent=self, object_name="pageHint")
        self.labels = [QLabel(self) for _ in range(7)]
        form = QFormLayout(self)
        form.setContentsMargins(12, 6, 12, 8)
        form.addRow(self.enabled)
        fields = (self.host, self.port, self.database, self.user, self.password, self.sslmode)
        for label, field in zip(self.labels, fields, strict=False):
            label.setBuddy(field)
            form.addRow(label, field)
        self.labels[6].setBuddy(self.ca_file)
        form.addRow(self.labels[6], ca_row)
        form.addRow(buttons)
        form.addRow(self.status)
        form.addRow(self.hint)

        self.enabled.setChecked(config is not None)
        shown = config or TeamDbConfig(host="", user="")
        self.host.setText(shown.host)
        self.port.setValue(shown.port or DEFAULT_PORT)
        self.database.setText(shown.database)
        self.user.setText(shown.user)
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(shown.sslmode), 0))
        self.ca_file.setText(shown.ca_file)
        self._sync_enabled()
        self.enabled.toggled.connect(self._sync_enabled)
        self.browse.clicked.connect(self.on_browse_clicked)
        self.test_button.clicked.connect(self.on_test_clicked)
        self.apply_button.clicked.connect(self.on_apply_clicked)
        self.testFinished.connect(self.on_test_finished)
        self.retranslate()

    def config(self) -> TeamDbConfig:
        """The form as a validated config; ``TeamDbError`` names the bad field."""
        return TeamDbConfig(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.sslmode.currentData()),
            ca_file=self.ca_file.text().strip(),
        ).validated()

    @Slot()
    def on_apply_clicked(self) -> bool:
        from partnerdesk.store.team_config import set_password

        if not self.enabled.isChecked():
            self._settings.set_team_db(None)
            self._say(self.tr("Gespeichert: ab dem nächsten Start die lokale Datenbank."))
            return True
        try:
            config = self.config()
            if self.password.text():
                set_password(config, self.password.text())
        except TeamDbError as exc:
            self._say(self.tr("Nicht gespeichert: {0}").format(exc))
            return False
        self._settings.set_team_db(config)
        self.password.clear()  # it lives in the credential store now
        self._say(self.tr("Gespeichert: ab dem nächsten Start die Team-Datenbank."))
        return True

    @Slot()
    def on_test_clicked(self) -> None:
        from partnerdesk.store.team_config import get_password

        try:
            config = self.config()
        except TeamDbError as exc:
            self._say(self.tr("Bitte korrigieren: {0}").format(exc))
            return
        password = self.password.text() or get_password(config)
        self.test_button.setEnabled(False)
        self._say(self.tr("Verbindung wird geprüft …"))
        url = config.url(password)
        threading.Thread(target=self._test, args=(url,), daemon=True).start()

    def _test(self, url: object) -> None:
        from sqlalchemy import text

        from partnerdesk.store.team import make_team_engine, unreachable_text

        engine = make_team_engine(url)  # type: ignore[arg-type]
        try:
            with engine.connect() as connection:
                version = connection.execute(text("SHOW server_version")).scalar_one()
            self.testFinished.emit(True, str(version))
        except Exception as exc:
            self.testFinished.emit(False, unreachable_text(exc))
        finally:
            engine.dispose()

    @Slot(bool, str)
    def on_test_finished(self, ok: bool, detail: str) -> None:
        self.test_button.setEnabled(True)
        self._say(
            self.tr("Verbindung in Ordnung (PostgreSQL {0}).").format(detail)
            if ok
            else self.tr("Keine Verbindung: {0}").format(detail)
        )

    @Slot()
    def on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("CA-Zertifikat wählen"),
            self.ca_file.text(),
            self.tr("Zertifikate (*.pem *.crt);;Alle (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    @Slot()
    def _sync_enabled(self) -> None:
        on = self.enabled.isChecked()
        for widget in (
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.sslmode,
            self.ca_file,
            self.browse,
            self.test_button,
        ):
            widget.setEnabled(on)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Team-Datenbank"))
        self.enabled.setText(
            self.tr("Gemeinsame Datenbank auf einem Server (PostgreSQL) verwenden")
        )
        texts = (
            self.tr("&Server:"),
            self.tr("&Port:"),
            self.tr("&Datenbank:"),
            self.tr("&Benutzer:"),
            self.tr("Pass&wort:"),
            self.tr("&TLS:"),
            self.tr("&CA-Datei:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = (
            self.tr("Server der Team-Datenbank"),
            self.tr("Port"),
            self.tr("Name der Datenbank"),
            self.tr("Benutzer (Rolle)"),
            self.tr("Passwort"),
            self.tr("TLS-Modus"),
            self.tr("CA-Datei"),
        )
        fields = (
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.sslmode,
            self.ca_file,
        )
        for field, name in zip(fields, names, strict=True):
            field.setAccessibleName(name)
        self.enabled.setAccessibleName(self.tr("Team-Datenbank verwenden"))
        self.password.setPlaceholderText(self.tr("wird im Schlüsselbund gespeichert"))
        self.browse.setText(self.tr("Durchsuchen …"))
        self.test_button.setText(self.tr("Verbindung &testen"))
        self.apply_button.setText(self.tr("Ü&bernehmen"))
        # Named by what they show (WCAG 2.5.3); the longer purpose is the description.
        name_with_text(self.browse, self.tr("CA-Datei auswählen"))
        name_with_text(self.test_button, self.tr("Verbindung zur Team-Datenbank testen"))
        name_with_text(self.apply_button, self.tr("Team-Datenbank-Einstellungen übernehmen"))
        self.hint.setText(
            self.tr(
                "Das Passwort liegt im Schlüsselbund des Betriebssystems, nie in einer Datei. "
                "Änderungen gelten ab dem nächsten Start. Die Rollen richtet die IT ein "
                "(docs/team-mode.md)."
            )
        )
