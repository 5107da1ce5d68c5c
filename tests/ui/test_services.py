"""The composition root: one AppServices with one settings object, runner and repository set."""

from __future__ import annotations

import pytest

from partnerdesk.app import build_main_window
from partnerdesk.ui.main_window import GuardsEdits, ShowsCities
from partnerdesk.ui.services import AppServices, StoreNotOpen
from partnerdesk.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_repositories_exist_only_once_the_store_is_attached():
    services = AppServices(AppSettings())
    assert not services.has_store
    with pytest.raises(StoreNotOpen):
        _ = services.apprentices


def test_window_pages_share_the_services_of_the_composition_root(qtbot):
    services = AppServices(AppSettings())
    window, startup = build_main_window(services=services, housekeeping=False)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(startup.storeReady, timeout=20000):
            window.show()
        assert window.services is services
        assert services.has_store
        counselling = window.counselling_view
        assert isinstance(counselling, GuardsEdits) and isinstance(counselling, ShowsCities)
        assert counselling.repo is services.apprentices  # built once, handed down
        assert window.city_admin_view is not None
        assert window.city_admin_view.repo is services.cities
        assert window.settings_view._app is services.settings  # one settings object
        # The settings page reaches the counselling page without app.py in between.
        window.settings_view.advisorChanged.emit("Frau Lawrence")
        assert counselling.controller.advisor == "Frau Lawrence"
    finally:
        startup.loader.close()
        services.close()
