"""Accessibility walk over the main window, every page and every dialog.

Generic on purpose: it finds the focusable widgets itself, so views added later are covered
without changing this file. For each place it checks what a screen reader announces
(``QAccessible...text(Name)``, a label buddy alone is not enough) and that pressing Tab
reaches every input. The window has its database attached (an apprentice with a talk and
open steps), as after start-up: the counselling, Wiedervorlage, statistics and city data
pages are the real views, not the placeholders shown while the store opens, and the walk
checks by the names it heard that it was on each of them.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from ui.helpers import (
    accessible_name,
    assert_all_named,
    assert_tab_reaches_all,
    contrast,
    describe,
    focusable_in,
)

from partnerdesk.app import attach_store
from partnerdesk.resources import resource_path
from partnerdesk.ui import i18n
from partnerdesk.ui.main_window import (
    PAGE_CITIES,
    PAGE_COUNSELLING,
    PAGE_COUNT,
    PAGE_FOLLOWUPS,
    PAGE_SETTINGS,
    PAGE_STATS,
    MainWindow,
    PendingPage,
)
from partnerdesk.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PAGES = {
    PAGE_COUNSELLING: "counselling",
    PAGE_FOLLOWUPS: "followups",
    PAGE_STATS: "stats",
    PAGE_SETTINGS: "settings",
}
CITY_TABS = ("explorer", "map", "matching", "city data")
#: One control each page that reads the database shows only when it is the real view, by
#: the name a screen reader says (German, English).
HEARD_ON = {
    "counselling": ("Azubis suchen", "Search apprentices"),
    "followups": ("Offene Schritte", "Open steps"),
    "stats": ("Zahlen als Tabelle", "Figures as a table"),
    "city data": ("Datenpaket exportieren", "Export data pack"),
}


@pytest.fixture(autouse=True, params=["de", "en"])
def language(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("de")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def window(qtbot, store, seeded_apprentice):
    win = MainWindow(store.cities.to_pack(), AppSettings())
    qtbot.addWidget(win)
    attach_store(win, store)
    win.resize(1366, 697)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.counselling_view.open_apprentice(seeded_apprentice)
    return win


def places(window: MainWindow):
    """Show each page (and each tab of the city page) in turn; yield a name and its widget."""
    for page in range(PAGE_COUNT):
        window.show_page(page)
        if page == PAGE_CITIES:
            for tab in range(window.city_tabs.count()):
                window.city_tabs.setCurrentIndex(tab)
                yield CITY_TABS[tab], window.city_tabs.currentWidget()
        else:
            yield PAGES[page], window.pages.currentWidget()


def names_heard(area: QWidget) -> set[str]:
    return {accessible_name(w) for w in focusable_in(area)}


def assert_every_page_was_walked(heard: dict[str, set[str]], language: str) -> None:
    assert set(heard) == {*CITY_TABS, *PAGES.values()}
    for place, names in HEARD_ON.items():
        name = names[0] if language == "de" else names[1]
        assert name in heard[place], f"{place}: {name!r} not heard, only {sorted(heard[place])}"


def test_every_focusable_widget_of_every_page_is_named(qtbot, window, language):
    heard: dict[str, set[str]] = {}
    for name, area in places(window):
        assert not isinstance(area, PendingPage) and not area.findChildren(PendingPage), name
        assert_all_named(window)
        heard[name] = names_heard(area)
    assert_every_page_was_walked(heard, language)
    # The Wiedervorlage lists the seeded steps, the talk is open on the counselling page.
    assert window.followups_view.tree.topLevelItemCount() > 0


def test_tab_reaches_every_input_of_every_page(qtbot, window, language):
    heard: dict[str, set[str]] = {}
    for name, area in places(window):
        assert_tab_reaches_all(qtbot, window, area, window.navigation)
        heard[name] = names_heard(area)
        # the fixed parts of the window too
        assert_tab_reaches_all(qtbot, window, window.navigation, window.navigation)
    assert_every_page_was_walked(heard, language)


def test_navigation_and_tabs_are_named_for_screen_readers(window, language):
    assert accessible_name(window.navigation) == ("Bereiche" if language == "de" else "Sections")
    assert accessible_name(window.city_tabs.tabBar())


def dialogs(window: MainWindow):
    yield window.open_help()
    yield window.open_about()
    try:
        from partnerdesk.ui.dialogs.city_detail import CityDetailDialog
    except ModuleNotFoundError:
        return
    for city in window.pack.cities:
        yield CityDetailDialog(city, window)


def test_every_dialog_is_named_and_tab_reachable(qtbot, window):
    for dialog in dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert_all_named(dialog)
        candidates = focusable_in(dialog)
        assert candidates, f"{describe(dialog)} has nothing to focus"
        assert_tab_reaches_all(qtbot, dialog, dialog, candidates[0])
        dialog.close()


# --- colours ------------------------------------------------------------------------------


def test_the_focus_frame_meets_3_to_1(language):
    # Text colours are checked as drawn (test_app_contrast.py); the frame's figures are
    # the ones the sheet states.
    text = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    pairs = re.findall(r"(#[0-9A-Fa-f]{6}) frame on (#[0-9A-Fa-f]{6})\s+([\d.]+):1", text)
    assert pairs
    for foreground, background, claimed in pairs:
        ratio = contrast(foreground, background)
        assert ratio >= 3, f"{foreground} on {background}: {ratio:.2f}:1"
        assert abs(ratio - float(claimed)) < 0.15, f"{foreground} on {background}: {ratio:.2f}"


def test_stylesheet_has_a_focus_frame_for_every_control_kind(language):
    text = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    for kind in (
        "QPushButton",
        "QToolButton",
        "QLineEdit",
        "QComboBox",
        "QSpinBox",
        "QCheckBox",
        "QRadioButton",
        "QSlider",
        "QListView",
        "QTextBrowser",
        "QTabBar",
    ):
        assert re.search(rf"{kind}:focus", text), kind
