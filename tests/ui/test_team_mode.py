"""Team mode in the window: an unreachable server at start and the settings section."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QMessageBox

from partnerdesk import app
from partnerdesk.store import team
from partnerdesk.ui.dialogs.server_dialog import ServerDialog
from partnerdesk.ui.main_window import PAGE_SETTINGS
from partnerdesk.ui.settings import AppSettings
from partnerdesk.ui.widgets.team_db_box import TeamDbBox


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_unreachable_server_offers_retry_and_settings(qtbot, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(
        "PARTNERDESK_DATABASE_URL",
        f"postgresql+psycopg://nobody@/partnerdesk?host={tmp_path}&port=1",
    )
    seen: list[str] = []

    def click_settings(box: QMessageBox) -> int:
        seen.append(box.text())
        assert isinstance(box, ServerDialog)
        assert box.retry_button.text() == "Erneut versuchen"
        box.settings_button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_settings)
    window, startup = app.build_main_window(housekeeping=False)
    qtbot.addWidget(window)
    startup.loader.start()
    startup.loader.wait()  # the failure is reported back on this thread
    assert seen == ["Der Server der Team-Datenbank antwortet nicht."]
    assert window.pages.currentIndex() == PAGE_SETTINGS


def test_settings_section_keeps_password_out_of_the_file(qtbot, memory_keyring) -> None:
    settings = AppSettings()
    box = TeamDbBox(settings)
    qtbot.addWidget(box)
    box.enabled.setChecked(True)
    box.host.setText("db.stadt.example")
    box.user.setText("beratung_hoffmann")
    box.database.setText("partnerdesk")
    box.password.setText("geheim-123")
    assert box.on_apply_clicked()
    from pathlib import Path

    text = Path(settings.file_name).read_text(encoding="utf-8")
    assert "db.stadt.example" in text and "geheim" not in text
    config = team.read_config()
    assert config is not None and config.user == "beratung_hoffmann"
    from partnerdesk.store.team_config import KEYRING_SERVICE

    assert memory_keyring.store[(KEYRING_SERVICE, config.keyring_account)] == "geheim-123"
    url = team.database_url()
    assert url is not None and url.password == "geheim-123" and url.host == "db.stadt.example"
    assert url.query["sslmode"] == "verify-full"


def test_bad_port_or_missing_user_is_refused_naming_the_field(qtbot, memory_keyring) -> None:
    box = TeamDbBox(AppSettings())
    qtbot.addWidget(box)
    box.enabled.setChecked(True)
    box.host.setText("db")
    assert not box.on_apply_clicked()
    assert box.status.text() == "Nicht gespeichert: user: a role name is required"
    assert team.read_config() is None
