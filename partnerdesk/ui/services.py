"""What the windows get from the composition root: settings, background runner, repositories.

``partnerdesk.app`` builds one ``AppServices`` and hands it to the main window; views get
the parts they need from the window, never by building their own. The repositories exist
only once the database is open (``attach``, after the first paint, on the GUI thread):
before that they raise, and ``has_store`` says which is the case. Nothing here imports
SQLAlchemy at module level, so the first paint stays free of the database layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from partnerdesk.qt.background import Runner, default_runner
from partnerdesk.ui.settings import AppSettings

if TYPE_CHECKING:
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.bootstrap import AppStore
    from partnerdesk.store.handovers import HandoverRepository
    from partnerdesk.store.repository import CityRepository
    from partnerdesk.store.stays import StayRepository


class StoreNotOpen(RuntimeError):
    """A repository was asked for before the database was opened."""


class AppServices:
    """One settings object, one background runner and, once attached, every repository."""

    def __init__(self, settings: AppSettings | None = None, runner: Runner | None = None) -> None:
        self.settings = settings if settings is not None else AppSettings()
        self.runner = runner if runner is not None else default_runner()
        self._store: AppStore | None = None
        self._apprentices: ApprenticeRepository | None = None
        self._handovers: HandoverRepository | None = None
        self._stays: StayRepository | None = None

    def attach(self, store: AppStore) -> None:
        """Take over the open store and build its repositories (each exactly once)."""
        from partnerdesk.store.apprentices import ApprenticeRepository
        from partnerdesk.store.handovers import HandoverRepository
        from partnerdesk.store.stays import StayRepository

        self._store = store
        self._apprentices = ApprenticeRepository(store.sessions)
        self._handovers = HandoverRepository(store.sessions)
        self._stays = StayRepository(store.sessions)

    @property
    def has_store(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> AppStore:
        if self._store is None:
            raise StoreNotOpen("the database is not open yet")
        return self._store

    @property
    def cities(self) -> CityRepository:
        return self.store.cities

    @property
    def apprentices(self) -> ApprenticeRepository:
        if self._apprentices is None:
            raise StoreNotOpen("the database is not open yet")
        return self._apprentices

    @property
    def handovers(self) -> HandoverRepository:
        if self._handovers is None:
            raise StoreNotOpen("the database is not open yet")
        return self._handovers

    @property
    def stays(self) -> StayRepository:
        if self._stays is None:
            raise StoreNotOpen("the database is not open yet")
        return self._stays

    def close(self) -> None:
        """Wait for background work, then release the database (after the event loop)."""
        self.runner.wait()
        if self._store is not None:
            self._store.close()
            self._store = None
            self._apprentices = self._handovers = self._stays = None
