"""Shared helpers for the security regression tests (issue 12: data safety)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk import paths
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.bootstrap import AppStore, open_app_store


@pytest.fixture
def store() -> Iterator[AppStore]:
    """The app's store in this test's ``PARTNERDESK_HOME``."""
    opened = open_app_store()
    yield opened
    opened.close()


@pytest.fixture
def repo(store: AppStore) -> ApprenticeRepository:
    return ApprenticeRepository(store.sessions)


@pytest.fixture
def db_path() -> Path:
    return paths.database_path()
