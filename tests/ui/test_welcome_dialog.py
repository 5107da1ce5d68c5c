"""First-run welcome: shown once per settings file, plain text, German and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from partnerdesk.ui import i18n
from partnerdesk.ui.dialogs.welcome_dialog import (
    WelcomeDialog,
    maybe_show_welcome,
    welcome_pending,
)
from partnerdesk.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _texts(dialog: WelcomeDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_shown_once_per_settings_file(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = AppSettings()
    assert welcome_pending(settings)
    maybe_show_welcome(parent, settings)
    dialogs = parent.findChildren(WelcomeDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert not welcome_pending(AppSettings())  # written through to the file
    maybe_show_welcome(parent, AppSettings())
    assert len(parent.findChildren(WelcomeDialog)) == 1
    dialogs[0].accept()


def test_explains_both_modes_in_plain_text(qtbot):
    folder = "<b>x</b><img src=x>"
    dialog = WelcomeDialog(folder)
    qtbot.addWidget(dialog)
    text = _texts(dialog)
    assert "Beratung am eigenen PC" in text
    assert "Selbsteinschätzung am gemeinsamen Terminal" in text
    assert "Selbstcheck-Terminal starten" in text  # a menu entry, not a command line
    assert folder in text
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_english_after_language_switch(qtbot):
    dialog = WelcomeDialog("/data")
    qtbot.addWidget(dialog)
    i18n.set_language("en")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    text = _texts(dialog)
    assert dialog.windowTitle() == "Welcome to PartnerDesk"
    assert "Counselling at your own PC" in text
    assert "Self-assessment at a shared terminal" in text
    assert "/data" in text
