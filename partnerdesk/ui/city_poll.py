"""City data changed elsewhere appears without a restart: a cheap check every minute.

In team mode another advisor may save a city or import a data pack while this window shows
the old data, and counselling would rank on it (a partnership just paused). Once the store is
open (``MainWindow.attach_store``, never before the first paint) ``CityDataPoll`` reads the
city data's stamp (``CityRepository.data_stamp``: two small queries) on the background runner
every ``POLL_MS`` and when the window is activated again. Only when the stamp differs from the
last one seen does the runner read the whole pack; when that differs from what the window
shows, the GUI thread hands it to every view (``MainWindow.set_pack``) and rewrites the
start-up snapshot, as a local import does. The city data editor keeps unsaved edits (its
save's conflict check guards them) and is re-listed otherwise.

It runs on SQLite too: there the only other writer is the command line, and the check costs
two small queries a minute. A check that fails because the server is out of reach or the
database is busy or failing is one line in the log and on stderr, and the next one tries again;
any other failure is a defect and goes to the crash dialog.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from partnerdesk.core.domain import DataPack
from partnerdesk.store import snapshot
from partnerdesk.store.repository import CityRepository, DataStamp
from partnerdesk.ui.services import AppServices
from partnerdesk.ui.views.city_admin_controller import CityListing
from partnerdesk.ui.views.city_admin_view import CityAdminView

log = logging.getLogger(__name__)

POLL_MS = 60_000
# Switching windows back and forth within this time checks once, not on every switch.
ACTIVATION_GAP_MS = 15_000


@dataclass(frozen=True, slots=True)
class Found:
    """What a check read: the stamp, and the newer pack (with the editor's new list) if any."""

    stamp: DataStamp
    pack: DataPack | None = None
    listing: CityListing | None = None


def look(
    repo: CityRepository,
    seen: DataStamp | None,
    shown: DataPack,
    read_listing: Callable[[], CityListing] | None,
) -> Found:
    """Runs on the runner: the stamp; the pack (and the editor's list) only if it changed."""
    stamp = repo.data_stamp()
    if stamp == seen:
        return Found(stamp)
    pack = repo.to_pack()
    if pack == shown:  # e.g. this window's own save, already shown
        return Found(stamp)
    return Found(stamp, pack, read_listing() if read_listing is not None else None)


class CityDataPoll(QObject):
    """Checks the city data on a timer and on activation; shows newer data (a child of
    *window*, so it stops with it)."""

    def __init__(
        self,
        window: QWidget,
        services: AppServices,
        shown: Callable[[], DataPack],
        show: Callable[[DataPack], None],
        admin: CityAdminView | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._shown = shown
        self._show = show
        self._admin = admin
        self._seen: DataStamp | None = None  # None: the first check reads the pack once
        self._busy = False
        self._was_inactive = False
        self._since_check = QElapsedTimer()
        self._since_check.start()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowDeactivate:
            self._was_inactive = True
        elif event.type() == QEvent.Type.WindowActivate and self._was_inactive:
            self._was_inactive = False
            if self._since_check.elapsed() >= ACTIVATION_GAP_MS:
                self.check()
        return False

    @Slot()
    def check(self) -> bool:
        """Start a check on the runner; False if one is still running."""
        if self._busy:
            return False
        self._busy = True
        self._since_check.restart()
        repo, seen, shown = self._services.cities, self._seen, self._shown()
        admin = self._admin
        selected = admin.controller.city_id() if admin is not None else None
        read = (lambda: admin.controller.read(selected)) if admin is not None else None
        self._services.runner.run(
            lambda: look(repo, seen, shown, read),
            lambda found: self._on_found(found, shown, selected),
            self._on_failed,
        )
        return True

    def _on_found(self, found: Found, shown: DataPack, selected: str | None) -> None:
        self._busy = False
        try:
            if not self._window.isVisible():
                return  # closed while the check ran
        except RuntimeError:  # and already deleted
            return
        if self._shown() is not shown:
            self._seen = None  # the window changed meanwhile (a local save): look again
            return
        self._seen = found.stamp
        if found.pack is None:
            return
        snapshot.write_snapshot(found.pack)  # the next start paints the new data
        self._show(found.pack)
        admin = self._admin
        if admin is None or found.listing is None or admin.is_dirty():
            return  # unsaved edits stay; the save's conflict check compares with theirs
        if admin.controller.city_id() == selected:
            admin.show_listing(found.listing)
        else:  # another city was chosen while the check ran: list around that one
            admin.reload()

    def _on_failed(self, exc: BaseException) -> None:
        from partnerdesk.store import errors, team

        self._busy = False
        # The server out of reach or the database busy, locked or failing: a check in the
        # background says nothing to the advisor and tries again in a minute; the next save
        # or read the advisor starts meets the fault with its own message. Anything else is
        # a defect: the crash dialog.
        if team.is_unreachable(exc):
            reason = team.unreachable_text(exc)
        elif errors.is_storage_error(exc):
            reason = errors.describe(exc).detail  # redacted, first line only
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        log.warning("city data check failed, retrying later: %s", reason)
        print(f"partnerdesk: city data check: {reason}", file=sys.stderr)
