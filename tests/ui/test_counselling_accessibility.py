"""The accessibility walk (see test_accessibility) over each part of a talk, in German and
English: the main walk sees the counselling page with its first part only."""

from __future__ import annotations

import pytest
from ui.helpers import assert_all_named, assert_tab_reaches_all

from partnerdesk.app import attach_store
from partnerdesk.ui import i18n
from partnerdesk.ui.main_window import PAGE_COUNSELLING, MainWindow
from partnerdesk.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(params=["de", "en"])
def window(qtbot, store, seeded_apprentice, request):
    i18n.set_language(request.param)
    win = MainWindow(store.cities.to_pack(), AppSettings())
    qtbot.addWidget(win)
    attach_store(win, store)
    win.resize(1366, 697)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.counselling_view.open_apprentice(seeded_apprentice)
    return win


def test_each_part_of_a_talk_is_named_and_reachable(qtbot, window):
    window.show_page(PAGE_COUNSELLING)
    view = window.counselling_view
    assert view.tabs.count() >= 2
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        assert_all_named(view)
        assert_tab_reaches_all(qtbot, window, view.tabs.currentWidget(), window.navigation)
