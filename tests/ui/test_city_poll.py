"""Another advisor's city data appears in the running window (``ui/city_poll.py``).

A second repository on the same database (its own engine, as another PC) pauses a
partnership; the window's check, run on the background runner, shows it on the city card,
in "Passende Städte" and in the counselling ranking, and rewrites the start-up snapshot. The
city data editor keeps unsaved edits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from partnerdesk.app import attach_store
from partnerdesk.core.domain import Text
from partnerdesk.store import snapshot
from partnerdesk.store.bootstrap import AppStore
from partnerdesk.store.database import Sessions, make_engine
from partnerdesk.store.repository import CityRepository
from partnerdesk.ui.main_window import TAB_EXPLORER, TAB_MATCHING, MainWindow
from partnerdesk.ui.settings import AppSettings
from partnerdesk.ui.views.city_admin_view import CityAdminView
from partnerdesk.ui.views.counselling_view import CounsellingView
from partnerdesk.ui.views.explorer_view import ExplorerView
from partnerdesk.ui.views.matching_view import MatchingView

CITY = "leeds"


@pytest.fixture
def window(qtbot, store: AppStore, shipped_pack) -> MainWindow:
    win = MainWindow(shipped_pack, AppSettings())
    qtbot.addWidget(win)
    attach_store(win, store)
    win.build_pending_views()
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def other(store: AppStore) -> Iterator[CityRepository]:
    """The other advisor's repository: an engine of its own on the same database file."""
    engine = make_engine(store.engine.url.database or "")
    yield CityRepository(Sessions(engine, expire_on_commit=False))
    engine.dispose()


def pause(repo: CityRepository, city_id: str) -> None:
    city, stamp = repo.city_for_edit(city_id)
    paused = dataclasses.replace(
        city, status="paused", status_reason=Text("Partnerschaft ruht", "Partnership paused")
    )
    repo.update_city(paused, "Frau Hoffmann", expected=stamp)


def run_check(qtbot, window: MainWindow) -> None:
    assert window.city_poll is not None and window.city_poll.check()
    qtbot.waitUntil(lambda: not window.services.runner.busy(), timeout=10_000)


def card_status(window: MainWindow) -> str:
    explorer = window.city_view(TAB_EXPLORER)
    assert isinstance(explorer, ExplorerView)
    return str(explorer.cards()[CITY].property("status"))


def excluded_ids(view: MatchingView | CounsellingView) -> set[str]:
    ranking = view.ranking() if isinstance(view, MatchingView) else view.matching.ranking()
    assert ranking is not None
    return {item.city.id for item in ranking.excluded}


def test_a_city_paused_elsewhere_shows_after_the_check(qtbot, window, other) -> None:
    matching = window.city_view(TAB_MATCHING)
    counselling = window.counselling_view
    assert isinstance(matching, MatchingView) and isinstance(counselling, CounsellingView)
    assert card_status(window) == "active" and CITY not in excluded_ids(matching)
    run_check(qtbot, window)  # the first check: nothing changed, nothing redrawn
    assert window.pack.city(CITY).status == "active"

    pause(other, CITY)
    assert card_status(window) == "active"  # nothing polls by itself within the test
    run_check(qtbot, window)
    assert window.pack.city(CITY).status == "paused"
    assert card_status(window) == "paused"
    assert CITY in excluded_ids(matching)
    assert CITY in excluded_ids(counselling)
    cached = snapshot.read_snapshot()
    assert cached is not None and cached.city(CITY).status == "paused"
    admin = window.city_admin_view
    assert isinstance(admin, CityAdminView)
    admin.reload(CITY)
    assert admin.status.currentData() == "paused"


def test_the_city_editor_is_relisted_when_clean(qtbot, window, other) -> None:
    admin = window.city_admin_view
    assert isinstance(admin, CityAdminView)
    admin.reload(CITY)
    assert admin.status.currentData() == "active"
    pause(other, CITY)
    run_check(qtbot, window)
    assert admin.controller.city_id() == CITY
    assert admin.status.currentData() == "paused"
    assert admin.reason_de.text() == "Partnerschaft ruht"
    assert not admin.is_dirty()


def test_unsaved_edits_in_the_city_editor_stay(qtbot, window, other) -> None:
    admin = window.city_admin_view
    assert isinstance(admin, CityAdminView)
    admin.reload(CITY)
    admin.notes_de.setPlainText("Meine Notiz, noch nicht gespeichert")
    assert admin.is_dirty()
    pause(other, CITY)
    run_check(qtbot, window)
    assert card_status(window) == "paused"  # the other pages follow
    assert admin.notes_de.toPlainText() == "Meine Notiz, noch nicht gespeichert"
    assert admin.status.currentData() == "active" and admin.is_dirty()
    admin.on_discard_clicked()  # closing the window would ask about them
    assert admin.status.currentData() == "paused"  # discarding shows the stored version


def test_a_locked_database_is_retried_quietly_not_a_crash(qtbot, window, other, monkeypatch):
    import sqlite3
    import sys

    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: crashes.append(exc))
    repo = window.services.cities
    real = repo.data_stamp

    def locked() -> object:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(repo, "data_stamp", locked)
    run_check(qtbot, window)
    assert crashes == []  # a busy database is no defect: no crash dialog
    monkeypatch.setattr(repo, "data_stamp", real)
    pause(other, CITY)
    run_check(qtbot, window)  # the next check goes through
    qtbot.waitUntil(lambda: card_status(window) == "paused", timeout=10_000)
    assert crashes == []
