"""The accessibility walk (see test_accessibility) over the pages that need the database:
each part of a talk and the Wiedervorlage, in German and English."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from ui.test_accessibility import assert_all_named, assert_tab_reaches_all

from partnerdesk.app import attach_store
from partnerdesk.core.counselling import Apprentice, NextStep, Talk
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import open_app_store
from partnerdesk.ui import i18n
from partnerdesk.ui.main_window import PAGE_COUNSELLING, PAGE_FOLLOWUPS, MainWindow
from partnerdesk.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(params=["de", "en"])
def window(qtbot, tmp_path, request):
    i18n.set_language(request.param)
    store = open_app_store(tmp_path / "db.sqlite3")
    repo = ApprenticeRepository(store.sessions)
    aid = repo.save(Apprentice(display_name="Ayşe"))
    repo.save_talk(
        Talk(
            apprentice_id=aid,
            held_on=date(2026, 11, 2),
            advisor="Frau Weber",
            next_steps=(
                NextStep("Sprachkurs", due_date=date(2026, 11, 20)),
                NextStep("Unterkunft"),
            ),
        )
    )
    win = MainWindow(store.cities.to_pack(), AppSettings())
    qtbot.addWidget(win)
    attach_store(win, store)
    win.resize(1366, 697)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.counselling_view.open_apprentice(aid)
    yield win
    i18n.set_language("de")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    store.close()


def test_each_part_of_a_talk_is_named_and_reachable(qtbot, window):
    window.show_page(PAGE_COUNSELLING)
    view = window.counselling_view
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        assert_all_named(view)
        assert_tab_reaches_all(qtbot, window, view.tabs.currentWidget(), window.navigation)


def test_followups_page_is_named_and_reachable(qtbot, window):
    window.show_page(PAGE_FOLLOWUPS)
    page = window.followups_view
    assert page.tree.topLevelItemCount() > 0
    assert_all_named(page)
    assert_tab_reaches_all(qtbot, window, page, window.navigation)
