"""The main window: navigation, live language switch, remembered geometry, menus, start-up."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog

from partnerdesk import __version__
from partnerdesk.app import build_main_window, run_gui
from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.store.snapshot import read_snapshot, snapshot_path, write_snapshot
from partnerdesk.ui import i18n
from partnerdesk.ui.main_window import (
    PAGE_CITIES,
    PAGE_COUNSELLING,
    PAGE_FOLLOWUPS,
    PAGE_SETTINGS,
    PAGE_STATS,
    MainWindow,
)
from partnerdesk.ui.settings import AppSettings

# The offscreen platform warns about window-manager calls it cannot do (size hints, raise).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def pack():
    return load_shipped_pack()


@pytest.fixture
def window(qtbot, pack):
    win = MainWindow(pack, AppSettings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for dialog in win.findChildren(QDialog):  # help, city details: not modal, stay open
        dialog.close()


def nav_texts(win: MainWindow) -> list[str]:
    return [win.navigation.item(i).text() for i in range(win.navigation.count())]


def test_navigation_by_click(qtbot, window):
    assert window.pages.currentIndex() == PAGE_CITIES
    rect = window.navigation.visualItemRect(window.navigation.item(PAGE_SETTINGS))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.settings_view
    rect = window.navigation.visualItemRect(window.navigation.item(PAGE_COUNSELLING))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.counselling_view


def test_navigation_by_keyboard(qtbot, window):
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.pages.currentIndex() == PAGE_COUNSELLING
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.pages.currentIndex() == PAGE_FOLLOWUPS
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.pages.currentIndex() == PAGE_STATS
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.pages.currentIndex() == PAGE_SETTINGS
    qtbot.keyClick(window.navigation, Qt.Key.Key_Home)
    assert window.pages.currentIndex() == PAGE_CITIES


def test_page_shortcuts(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == PAGE_SETTINGS
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == PAGE_STATS
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == PAGE_FOLLOWUPS
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == PAGE_COUNSELLING


def test_city_tabs_in_order(window):
    tabs = window.city_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Städte",
        "Weltkarte",
        "Passende Städte",
    ]


def test_language_switch_relabels_live_and_is_stored(qtbot, window):
    assert nav_texts(window) == [
        "Partnerstädte",
        "Beratung",
        "Wiedervorlage",
        "Statistik",
        "Einstellungen",
    ]
    window.show_page(PAGE_SETTINGS)
    combo = window.settings_view.language
    with qtbot.waitSignal(window.languageApplied):
        combo.setCurrentIndex(combo.findData("en"))
    assert nav_texts(window) == [
        "Partner cities",
        "Counselling",
        "Follow-ups",
        "Statistics",
        "Settings",
    ]
    assert [window.city_tabs.tabText(i) for i in range(3)] == [
        "Cities",
        "World map",
        "Matching cities",
    ]
    assert window.file_menu.title() == "&File"
    assert window.help_menu.title() == "&Help"
    assert window.help_action.text() == "&How the matching works"
    assert window.settings_view.title.text() == "Settings"
    assert "Data pack" in window.pack_label.text()
    assert AppSettings().language() == "en"
    # ... and back, still live.
    with qtbot.waitSignal(window.languageApplied):
        combo.setCurrentIndex(combo.findData("de"))
    assert nav_texts(window)[0] == "Partnerstädte"
    assert window.help_menu.title() == "&Hilfe"
    assert AppSettings().language() == "de"


def test_size_and_position_restored_after_recreate(qtbot, pack):
    first = MainWindow(pack, AppSettings())
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 560)
    first.move(30, 40)
    qtbot.waitUntil(lambda: first.size().width() == 760)
    geometry = first.geometry()
    first.close()

    second = MainWindow(pack, AppSettings())
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == geometry.size()
    assert second.geometry().topLeft() == geometry.topLeft()


def test_default_size_without_settings(qtbot, pack):
    win = MainWindow(pack, AppSettings())
    qtbot.addWidget(win)
    assert win.width() > 600 and win.height() > 500


def test_help_dialog_opens_from_the_menu(qtbot, window):
    window.help_action.trigger()
    dialog = window.open_help()
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "So wird gerechnet"
    text = dialog.browser.toPlainText()
    assert "Themen" in text or "Kriterien" in text
    assert not dialog.browser.openExternalLinks() and not dialog.browser.openLinks()


def test_help_dialog_follows_language(qtbot, window):
    dialog = window.open_help()
    i18n.set_language("en")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.windowTitle() == "How the matching works"
    if Path(__file__).resolve().parents[2].joinpath("docs", "matching.md").exists():
        assert "How PartnerDesk matches" in dialog.browser.toPlainText()


def test_about_dialog_shows_versions_and_sources(qtbot, window, pack):
    window.about_action.trigger()
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "aboutDialog" and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert __version__ in dialog.version.text()
    assert pack.pack_version in dialog.pack_line.text()
    assert pack.title in dialog.pack_line.text()
    for source in pack.sources:
        assert source.title in dialog.sources.toPlainText()
    assert dialog.pack_line.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()


def test_status_bar_shows_pack_version(window, pack):
    assert pack.pack_version in window.pack_label.text()


def test_set_pack_updates_status(window, pack):
    newer = dataclasses.replace(pack, pack_version="2099.01.1", cities=pack.cities[:3])
    window.set_pack(newer)
    assert "2099.01.1" in window.pack_label.text()
    assert window.pack is newer


def test_city_activation_opens_detail(qtbot, window, pack):
    view = window.city_view(0)
    view.cityActivated.emit("leeds")
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QDialog) and w.isVisible() and type(w).__name__ == "CityDetailDialog"
            for w in QApplication.topLevelWidgets()
        )
    )


def test_unknown_city_activation_is_ignored(window):
    window.on_city_activated("atlantis")
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def test_kiosk_without_an_advisor_pin_is_refused(monkeypatch, capsys):
    import partnerdesk.ui.dialogs.pin_setup_dialog as pin_setup

    asked = []
    monkeypatch.setattr(pin_setup, "ensure_pin", lambda parent: asked.append(parent) or False)
    assert run_gui(kiosk=True) == 2
    assert asked == [None]
    assert "PIN" in capsys.readouterr().err


def test_normal_start_opens_the_store_and_writes_the_snapshot(qtbot):
    assert read_snapshot() is None
    window, startup = build_main_window()
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(startup.storeReady, timeout=20000):
            window.show()
        assert read_snapshot() == window.pack
    finally:
        startup.loader.close()


def test_stale_snapshot_is_refreshed_from_the_database(qtbot, pack):
    stale = dataclasses.replace(pack, pack_version="1999.01.1", cities=pack.cities[:2])
    write_snapshot(stale)
    window, startup = build_main_window()
    qtbot.addWidget(window)
    try:
        assert window.pack == stale  # first paint from the snapshot
        with qtbot.waitSignal(startup.storeReady, timeout=20000):
            window.show()
        assert window.pack == pack  # the database seeded from the shipped pack wins
        assert read_snapshot() == pack
        assert pack.pack_version in window.pack_label.text()
    finally:
        startup.loader.close()


def test_quit_after_show_exits_zero_without_the_database(tmp_path):
    env = dict(os.environ, PARTNERDESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "partnerdesk", "--quit-after-show"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "partnerdesk.sqlite3").exists()
    assert not (tmp_path / "settings.ini").exists()  # nor the window layout
    assert not snapshot_path().exists() or snapshot_path().parent != tmp_path


def test_quit_after_show_with_snapshot_and_english(tmp_path):
    env = dict(os.environ, PARTNERDESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    write_snapshot(load_shipped_pack(), tmp_path / "cities-snapshot.json")
    result = subprocess.run(
        [sys.executable, "-m", "partnerdesk", "--quit-after-show", "--lang", "en"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_first_paint_watcher_fires_once(qtbot, pack):
    from partnerdesk.app import FirstPaintWatcher

    win = MainWindow(pack, AppSettings())
    qtbot.addWidget(win)
    watcher = FirstPaintWatcher(win)
    with qtbot.waitSignal(watcher.painted):
        win.show()
    with qtbot.assertNotEmitted(watcher.painted, wait=50):
        win.update()
        win.repaint()
    assert QPoint(0, 0) == QPoint()


def test_kiosk_with_pin_opens_full_screen_wizard(monkeypatch, qapp):
    from PySide6.QtWidgets import QApplication

    import partnerdesk.ui.dialogs.pin_setup_dialog as pin_setup
    from partnerdesk.ui.kiosk.kiosk_window import KioskWindow

    monkeypatch.setattr(pin_setup, "ensure_pin", lambda parent: True)
    seen = []

    def fake_exec(self=None):
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow))
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(kiosk=True) == 0
    assert len(seen) == 1
    assert seen[0].isFullScreen()
    for w in seen:
        w.on_unlocked()  # closes it: a locked kiosk refuses to
        w.deleteLater()
