"""Accessibility walk over the main window, every page and every dialog.

Generic on purpose: it finds the focusable widgets itself, so views added later are covered
without changing this file. For each place it checks what a screen reader announces
(``QAccessible...text(Name)``, a label buddy alone is not enough) and that pressing Tab
reaches every input. The stylesheet's documented colour pairs are checked for 4.5:1.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.resources import resource_path
from partnerdesk.ui import i18n
from partnerdesk.ui.main_window import PAGE_CITIES, PAGE_COUNSELLING, PAGE_SETTINGS, MainWindow
from partnerdesk.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MAX_TABS = 250


@pytest.fixture(autouse=True, params=["de", "en"])
def language(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("de")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def window(qtbot):
    win = MainWindow(load_shipped_pack(), AppSettings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def takes_tab_focus(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and not isinstance(widget, QMenuBar | QMenu)
        and widget.focusProxy() is None
    )


def focusable_in(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if takes_tab_focus(w)]


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}(objectName={widget.objectName()!r})"


def assert_all_named(root: QWidget) -> None:
    unnamed = [describe(w) for w in focusable_in(root) if not accessible_name(w)]
    assert not unnamed, f"focusable widgets without an accessible name: {unnamed}"


def tab_walk(qtbot, top: QWidget, start: QWidget) -> set[QWidget]:
    """Press Tab from *start* until focus comes back round; return every widget reached."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    reached: set[QWidget] = set()
    first = QApplication.focusWidget()
    for _ in range(MAX_TABS):
        current = QApplication.focusWidget()
        reached.add(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is first:
            break
    return reached


def assert_tab_reaches_all(qtbot, top: QWidget, area: QWidget, start: QWidget) -> None:
    reached = tab_walk(qtbot, top, start)
    missing = [describe(w) for w in focusable_in(area) if w not in reached]
    assert not missing, f"Tab never reaches: {missing}"


def places(window: MainWindow):
    """Show each page (and each tab of the city page) in turn; yield a name and its widget."""
    for page in (PAGE_CITIES, PAGE_COUNSELLING, PAGE_SETTINGS):
        window.show_page(page)
        if page == PAGE_CITIES:
            for tab in range(window.city_tabs.count()):
                window.city_tabs.setCurrentIndex(tab)
                yield f"city tab {tab}", window.city_tabs.currentWidget()
        else:
            yield f"page {page}", window.pages.currentWidget()


def test_every_focusable_widget_of_every_page_is_named(qtbot, window):
    for _name, _area in places(window):
        assert_all_named(window)


def test_tab_reaches_every_input_of_every_page(qtbot, window):
    for _name, area in places(window):
        assert_tab_reaches_all(qtbot, window, area, window.navigation)
        # the fixed parts of the window too
        assert_tab_reaches_all(qtbot, window, window.navigation, window.navigation)


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


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_stylesheet_colour_pairs_meet_4_5_to_1(language):
    text = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    pairs = re.findall(r"(#[0-9A-Fa-f]{6}) (?:on|frame on) (#[0-9A-Fa-f]{6})\s+([\d.]+):1", text)
    assert len(pairs) >= 8
    for foreground, background, claimed in pairs:
        ratio = contrast(foreground, background)
        assert ratio >= 4.5, f"{foreground} on {background}: {ratio:.2f}:1"
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
