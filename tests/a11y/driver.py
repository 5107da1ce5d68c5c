"""The app under test for ``make a11y``: PartnerDesk, seeded, driven from stdin.

Run with the project's Python (``.venv/bin/python tests/a11y/driver.py main|kiosk``) inside
the X display and session bus that ``tests/a11y/run.sh`` sets up. It builds the real windows
(advisor mode with a real store seeded with an apprentice and two talks; the kiosk with a
known PIN), shows them and then reads one command per line on stdin:

``show <place>``   bring a view, kiosk step or dialog to the front (see ``PLACES``)
``close``          close the dialog shown last
``quit``           end

After each command it answers ``ready <place>`` once the event loop has settled, so the
walker reads the accessibility tree only when the screen shows the place. Everything a
keyboard user does (Tab, typing, Enter, arrows) the walker sends as real key presses through
the AT-SPI registry; this driver only opens places, as the menus and the page list would.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Slot
from shiboken6 import isValid

PIN = "97531"  # the walker types it and checks that no event carries its digits
SETTLE_MS = 400


def visible_texts(window) -> list[dict]:
    """What the screen shows on buttons and tabs, with where: the walker compares it with
    what is announced for the object at the same place."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    shown = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            origin = button.mapToGlobal(QPoint(0, 0))
            shown.append(
                {
                    "text": button.text(),
                    "rect": [origin.x(), origin.y(), button.width(), button.height()],
                }
            )
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text() and label.accessibleName():
            origin = label.mapToGlobal(QPoint(0, 0))
            shown.append(
                {
                    "text": label.text(),
                    "label": True,
                    "rect": [origin.x(), origin.y(), label.width(), label.height()],
                }
            )
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            rect: QRect = bar.tabRect(index)
            origin = bar.mapToGlobal(rect.topLeft())
            shown.append(
                {
                    "text": bar.tabText(index),
                    "rect": [origin.x(), origin.y(), rect.width(), rect.height()],
                }
            )
    return shown


class Driver(QObject):
    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode
        self.dialogs: list = []
        self.places = self._build_main() if mode == "main" else self._build_kiosk()
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.on_command)

    # --- advisor mode -----------------------------------------------------------------------

    def _build_main(self) -> dict:
        from partnerdesk.app import attach_store
        from partnerdesk.core.datapack import load_shipped_pack
        from partnerdesk.store.bootstrap import open_app_store
        from partnerdesk.ui.main_window import (
            PAGE_CITIES,
            PAGE_COUNSELLING,
            PAGE_FOLLOWUPS,
            PAGE_SETTINGS,
            PAGE_STATS,
            TAB_EXPLORER,
            TAB_MAP,
            TAB_MATCHING,
            MainWindow,
        )
        from partnerdesk.ui.settings import AppSettings
        from tools.screenshots import Records

        pack = load_shipped_pack()
        self.store = open_app_store()
        self.records = Records(self.store, pack.cities)
        self.records.write_talks("de")
        window = MainWindow(pack, AppSettings())
        attach_store(window, self.store)
        window.build_pending_views()
        window.resize(1366, 768)
        window.show()
        self.window = window
        counselling = window.counselling_view
        counselling.open_apprentice(self.records.apprentice_id)

        def page(index, tab=None, sub=None):
            def go():
                window.show_page(index)
                if tab is not None:
                    window.city_tabs.setCurrentIndex(tab)
                if sub is not None:
                    counselling.tabs.setCurrentIndex(sub)
                return window

            return go

        def admin():
            window.show_page(PAGE_CITIES)
            window.city_tabs.setCurrentWidget(window.city_admin_view)
            window.city_admin_view.city_list.setCurrentRow(0)
            return window

        return {
            "cities": page(PAGE_CITIES, TAB_EXPLORER),
            "map": page(PAGE_CITIES, TAB_MAP),
            "matching": page(PAGE_CITIES, TAB_MATCHING),
            "city_admin": admin,
            "counselling": page(PAGE_COUNSELLING, sub=0),
            "counselling_assessment": page(PAGE_COUNSELLING, sub=1),
            "followups": page(PAGE_FOLLOWUPS),
            "stats": page(PAGE_STATS),
            "settings": page(PAGE_SETTINGS),
            "help": window.open_help,
            "about": window.open_about,
            "city_detail": lambda: self._dialog("city_detail"),
            "apprentice_dialog": lambda: self._dialog("apprentice_dialog"),
            "welcome": lambda: self._dialog("welcome"),
            "retention": lambda: self._dialog("retention"),
            "handover": lambda: self._dialog("handover"),
            "pin_setup": lambda: self._dialog("pin_setup"),
        }

    def _dialog(self, name: str):
        from partnerdesk.ui.dialogs.apprentice_dialog import ApprenticeDialog
        from partnerdesk.ui.dialogs.city_detail import CityDetailDialog
        from partnerdesk.ui.dialogs.handover_dialog import HandoverDialog
        from partnerdesk.ui.dialogs.pin_setup_dialog import PinSetupDialog
        from partnerdesk.ui.dialogs.retention_dialog import RetentionDialog
        from partnerdesk.ui.dialogs.welcome_dialog import WelcomeDialog

        window, records = self.window, self.records
        repo = records.repo

        def keep(_value):  # nothing is stored through a dialog under test
            return None

        if name == "city_detail":
            return CityDetailDialog(window.pack.city("xian"), window)
        if name == "apprentice_dialog":
            return ApprenticeDialog(
                repo.get(records.apprentice_id), keep, parent=window.counselling_view
            )
        if name == "welcome":
            return WelcomeDialog(os.environ["PARTNERDESK_HOME"], window)
        if name == "retention":
            return RetentionDialog(repo.due_for_deletion(date.today()), window)
        if name == "handover":
            dialog = HandoverDialog(
                records.handovers, records.apprentice_id, window.counselling_view
            )
            dialog.on_open()
            return dialog
        return PinSetupDialog(window, save=keep)

    # --- kiosk --------------------------------------------------------------------------------

    def _build_kiosk(self) -> dict:
        from partnerdesk.core.datapack import load_shipped_pack
        from partnerdesk.core.pin import hash_pin
        from partnerdesk.store.bootstrap import open_app_store
        from partnerdesk.store.handovers import HandoverRepository, KioskStore
        from partnerdesk.ui.kiosk.kiosk_window import KioskWindow
        from partnerdesk.ui.kiosk.settings import KioskSettings

        cities = list(load_shipped_pack().cities)
        self.store = open_app_store()
        kiosk_store = KioskStore(HandoverRepository(self.store.sessions), lambda: cities)
        window = KioskWindow(cities, kiosk_store, KioskSettings(), pin_hash=hash_pin(PIN))
        window.showFullScreen()
        self.window = window

        def step(name):
            def go():
                window.wizard.go_to(name)
                return window

            return go

        def unlock():
            window.on_exit_requested()
            return window._unlock

        places = {
            name: step(name)
            for name in ("start", "interests", "languages", "circumstances", "result", "handover")
        }
        places["unlock"] = unlock
        return places

    # --- commands -----------------------------------------------------------------------------

    @Slot()
    def on_command(self) -> None:
        line = sys.stdin.readline()
        if not line:
            self.quit()
            return
        command, _, arg = line.strip().partition(" ")
        if command == "quit":
            self.quit()
            return
        if command == "close":
            if self.dialogs:
                dialog = self.dialogs.pop()
                if isValid(dialog):  # the kiosk deletes its PIN dialog itself
                    dialog.close()
                    dialog.deleteLater()
            self.window.activateWindow()
            self._reply(f"ready {command}")
            return
        if command == "show" and arg in self.places:
            shown = self.places[arg]()
            if shown is not self.window and shown is not None:
                if shown not in self.dialogs:
                    self.dialogs.append(shown)
                shown.show()
            target = shown or self.window
            target.raise_()
            target.activateWindow()
            QTimer.singleShot(
                SETTLE_MS, lambda: self._reply(f"ready {arg} {json.dumps(visible_texts(target))}")
            )
            return
        self._reply(f"error unknown command {line.strip()!r}")

    def _reply(self, text: str) -> None:
        print(text, flush=True)

    def quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        for dialog in self.dialogs:
            if isValid(dialog):  # the kiosk deletes its PIN dialog itself
                dialog.close()
        if self.mode == "kiosk":
            self.window._unlocked = True  # the test ends the kiosk without the PIN dialog
        else:
            self.window.counselling_view.maybe_save = lambda: True  # never ask on close
        self.window.close()
        QApplication.quit()


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "main"
    from partnerdesk.app import create_application
    from partnerdesk.ui.i18n import set_language

    app = create_application(["partnerdesk"])
    app.setQuitOnLastWindowClosed(False)
    set_language(os.environ.get("A11Y_LANG", "de"))
    driver = Driver(mode)
    QTimer.singleShot(SETTLE_MS * 2, lambda: driver._reply(f"ready start {PIN}"))
    status = app.exec()
    driver.store.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
