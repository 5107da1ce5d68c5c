"""Test-wide set-up: headless Qt, a private data dir per test, GUI tests auto-marked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pg_support import pg_admin_url, pg_empty_url, pg_url

# Fixtures shared by every folder (store, CLI, UI); see pg_support.
__all__ = ["pg_admin_url", "pg_empty_url", "pg_url"]

# Before any Qt import: tests never open real windows.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_UI_TESTS = Path(__file__).parent / "ui"


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point PARTNERDESK_HOME at a fresh folder so no test touches the real user data."""
    home = tmp_path_factory.mktemp("partnerdesk-home")
    monkeypatch.setenv("PARTNERDESK_HOME", str(home))
    return home


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _UI_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)
