"""Composition root of the desktop app: the one place that wires everything together.

Start-up, in this order, because the first paint must come fast (``--quit-after-show``
measures it; the target is at most 2x a bare PySide6 window started the same way):

1. Create the ``QApplication``; load the shipped fonts; apply ``resources/styles/app.qss``;
   install the interface language (settings, German by default; ``--lang`` overrides for this
   run without storing it).
2. Read the city data from the JSON snapshot beside the database
   (``partnerdesk.store.snapshot``, stdlib only). With no usable snapshot, read the shipped
   data pack instead. Neither path imports SQLAlchemy, which alone costs about as much as
   PySide6.
3. Build the main window from that data and show it.
4. After the first paint (an event filter on the window's first ``QEvent.Paint``, then a
   zero-timer so the frame is flushed first) open the real store
   (``partnerdesk.store.bootstrap.open_app_store``: migrate, seed) on a worker thread, so
   the window stays responsive while SQLAlchemy/Alembic load. Its cities are compared with
   what is on screen: if they differ, every view is refreshed (``MainWindow.set_pack``); the
   snapshot is rewritten whenever it was missing or stale. The database stays the source of
   truth; the snapshot is only a cache, and a broken one merely costs speed.

With ``--quit-after-show`` step 4 is replaced by quitting, so the benchmark and smoke tests
never touch the database. Code that changes city data in the database must call
``snapshot.write_snapshot(repo.to_pack())`` afterwards (or ``remove_snapshot()``); the next
start corrects a stale snapshot anyway, one paint later.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from partnerdesk import APP_NAME, ORG_NAME, __version__
from partnerdesk.core.domain import DataPack
from partnerdesk.resources import resource_path

EXIT_USAGE = 2
PLACEHOLDER_TEXT_COLOR = "#4A5561"  # 7.5:1 on white, see app.qss


# --- application set-up ----------------------------------------------------------------------


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our identity, fonts and stylesheet (reused if one exists)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    load_fonts(app)
    apply_style(app)
    return app


def load_fonts(app: QApplication) -> None:
    """Register the fonts shipped in ``resources/fonts`` and make them the UI font.

    Shipped fonts make 西安 and נתניה render on machines that have no such fonts. A build
    without them, or a broken installation, falls back to the system's fonts.
    """
    try:
        from partnerdesk.qt.fonts import FontError, ui_font
    except ImportError:
        return
    try:
        app.setFont(ui_font())
    except FontError as exc:
        print(f"partnerdesk: fonts: {exc}", file=sys.stderr)


def apply_style(app: QApplication) -> None:
    # Fusion draws the same on every system, so the stylesheet's contrast figures hold.
    app.setStyle("Fusion")
    palette = app.palette()
    placeholder = QColor(PLACEHOLDER_TEXT_COLOR)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, placeholder)
    app.setPalette(palette)
    app.setStyleSheet(stylesheet())


def stylesheet() -> str:
    """``app.qss`` with ``__STYLES__`` pointing at its folder (checkout or frozen bundle)."""
    folder = resource_path("styles")
    try:
        text = (folder / "app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""  # unstyled but fully usable; the stylesheet is presentation only
    return text.replace("__STYLES__", folder.as_posix())


def initial_pack() -> tuple[DataPack, bool]:
    """The data for the first paint and whether it came from the snapshot."""
    from partnerdesk.store.snapshot import read_snapshot

    pack = read_snapshot()
    if pack is not None:
        return pack, True
    from partnerdesk.core.datapack import load_shipped_pack

    return load_shipped_pack(), False


# --- first paint and the deferred store ------------------------------------------------------


class FirstPaintWatcher(QObject):
    """Emits ``painted`` once, after the watched widget's first paint has been flushed."""

    painted = Signal()

    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A zero-timer runs after the whole window tree is painted and flushed.
            QTimer.singleShot(0, self.painted.emit)
        return False


class StoreLoader(QObject):
    """Opens the database on a worker thread and reports back on the GUI thread.

    ``loaded(store, pack, changed)``: the ``AppStore``, its data as a ``DataPack`` and whether
    that differs from the data shown at start-up. ``failed(message)`` if the database cannot
    be opened; the window keeps showing the start-up data.
    """

    loaded = Signal(object, object, bool)
    failed = Signal(str)

    def __init__(self, shown: DataPack, shown_is_snapshot: bool, parent: QObject | None = None):
        super().__init__(parent)
        self._shown = shown
        self._shown_is_snapshot = shown_is_snapshot
        self._thread: threading.Thread | None = None
        self.store: Any = None

    def start(self) -> None:
        # A Python thread rather than a QThread: it only runs plain Python (SQLAlchemy), and
        # signals emitted from it are queued to this object's (the GUI) thread.
        self._thread = threading.Thread(target=self._run, name="open-store", daemon=False)
        self._thread.start()

    def _run(self) -> None:
        try:
            from partnerdesk.store.bootstrap import open_app_store
            from partnerdesk.store.snapshot import write_snapshot

            store = open_app_store()
            pack = store.cities.to_pack()
            changed = pack != self._shown
            if changed or not self._shown_is_snapshot:
                write_snapshot(pack)
        except Exception as exc:  # any failure is reported on screen, never a crash
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.store = store
        self.loaded.emit(store, pack, changed)

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def close(self) -> None:
        """Wait for the worker and release the database (called after the event loop)."""
        self.wait()
        if self.store is not None:
            self.store.close()
            self.store = None


class Startup(QObject):
    """Wires the first paint to either quitting or opening the store."""

    storeReady = Signal(object)

    def __init__(self, window, shown: DataPack, shown_is_snapshot: bool, quit_after_show: bool,
                 housekeeping: bool = True):
        super().__init__(window)
        self.window = window
        self.housekeeping = housekeeping
        self.loader = StoreLoader(shown, shown_is_snapshot, self)
        self.loader.loaded.connect(self.on_store_loaded)
        self.loader.failed.connect(self.on_store_failed)
        self.watcher = FirstPaintWatcher(window)
        if quit_after_show:
            self.watcher.painted.connect(QCoreApplication.quit)
        else:
            self.watcher.painted.connect(self.on_first_paint)

    @Slot()
    def on_first_paint(self) -> None:
        # The database opens on its own thread while the GUI thread builds the other tabs.
        self.loader.start()
        QTimer.singleShot(0, self.window.build_pending_views)

    @Slot(object, object, bool)
    def on_store_loaded(self, store: Any, pack: DataPack, changed: bool) -> None:
        if changed:
            self.window.set_pack(pack)
        attach_store(self.window, store)
        self.storeReady.emit(store)
        if self.housekeeping:
            QTimer.singleShot(0, lambda: run_housekeeping(self.window, store))

    @Slot(str)
    def on_store_failed(self, message: str) -> None:
        text = QCoreApplication.translate(
            "Startup",
            "Die Datenbank konnte nicht geöffnet werden; angezeigt werden die zuletzt "
            "gespeicherten Städtedaten. ({message})",
        ).format(message=message)
        self.window.statusBar().showMessage(text)
        print(f"partnerdesk: database: {message}", file=sys.stderr)


def attach_store(window, store: Any) -> None:
    """Give the window what needs the database: the counselling page and city data editing.

    Runs after the first paint, so SQLAlchemy is already loaded by the store thread.
    """
    import getpass

    from partnerdesk.store import snapshot
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.handovers import HandoverRepository
    from partnerdesk.ui.settings import AppSettings
    from partnerdesk.ui.views.city_admin_view import CityAdminView
    from partnerdesk.ui.views.counselling_view import CounsellingView

    settings = AppSettings()
    counselling = CounsellingView(
        ApprenticeRepository(store.sessions), window.pack.cities, window.pages,
        retention_days=settings.retention_days(), advisor=settings.advisor_name(),
        handovers=HandoverRepository(store.sessions))
    window.set_counselling_view(counselling)
    attach_followups(window, counselling, ApprenticeRepository(store.sessions))
    counselling.cityActivated.connect(window.on_city_activated)
    # Changes on the settings page apply to the open counselling page at once.
    window.settings_view.advisorChanged.connect(counselling.set_advisor)
    window.settings_view.retentionChanged.connect(counselling.set_retention_days)
    # Edits are stamped with the advisor's name, or the login name until one is set.
    editor = settings.advisor_name() or getpass.getuser()
    admin = CityAdminView(store.cities, editor_name=editor, parent=window.city_tabs)

    def on_cities_changed() -> None:
        pack = store.cities.to_pack()
        snapshot.write_snapshot(pack)  # keep the start-up cache equal to the database
        window.set_pack(pack)  # saved talks keep their own ranking snapshots

    admin.citiesChanged.connect(on_cities_changed)
    window.set_city_admin_view(admin)


def attach_followups(window, counselling, repo) -> None:
    """The Wiedervorlage page: reads open steps, opens a talk on the counselling page."""
    from partnerdesk.ui.main_window import PAGE_COUNSELLING
    from partnerdesk.ui.views.followups_view import FollowupsView

    followups = FollowupsView(repo.open_steps, window.pages)
    window.set_followups_view(followups)

    def on_talk_requested(apprentice_id: int, talk_id: int) -> None:
        window.show_page(PAGE_COUNSELLING)
        counselling.open_talk(apprentice_id, talk_id)

    followups.talkRequested.connect(on_talk_requested)
    counselling.talksChanged.connect(followups.refresh)
    followups.refresh()  # the sidebar badge is right from the start


def run_housekeeping(window, store: Any) -> None:
    """Privacy duties at start-up: purge expired handovers, list records past deletion."""
    from datetime import UTC, date, datetime

    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.handovers import HandoverRepository
    from partnerdesk.ui.dialogs.retention_dialog import run_retention_check

    HandoverRepository(store.sessions).purge_expired(datetime.now(UTC))
    run_retention_check(window, ApprenticeRepository(store.sessions), date.today())


def build_main_window(lang: str | None = None, quit_after_show: bool = False,
                      housekeeping: bool = True):
    """Create the window and its start-up wiring; returns ``(window, startup)``."""
    from partnerdesk.ui.i18n import set_language
    from partnerdesk.ui.main_window import MainWindow
    from partnerdesk.ui.settings import AppSettings

    settings = AppSettings()
    set_language(lang or settings.language())
    pack, from_snapshot = initial_pack()
    window = MainWindow(pack, settings)
    startup = Startup(window, pack, from_snapshot, quit_after_show, housekeeping)
    return window, startup


def run_kiosk(lang: str | None = None) -> int:
    """The shared-terminal self-assessment mode: full screen, no records, PIN to leave.

    The kiosk gets a ``KioskStore`` that can only read cities and create handovers; it has no
    way to query apprentices or other handovers.
    """
    from datetime import UTC, datetime

    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.store.handovers import HandoverRepository, KioskStore
    from partnerdesk.ui.dialogs.pin_setup_dialog import ensure_pin
    from partnerdesk.ui.i18n import set_language
    from partnerdesk.ui.kiosk.kiosk_window import KioskWindow
    from partnerdesk.ui.kiosk.settings import load_kiosk_settings
    from partnerdesk.ui.settings import AppSettings

    app = create_application()
    set_language(lang or AppSettings().language())
    if not ensure_pin(None):
        print("partnerdesk: --kiosk: no advisor PIN set; the kiosk mode needs one",
              file=sys.stderr)
        return EXIT_USAGE
    store = open_app_store()
    try:
        handovers = HandoverRepository(store.sessions)
        handovers.purge_expired(datetime.now(UTC))
        settings = load_kiosk_settings()
        cities = store.cities.cities()
        window = KioskWindow(
            cities, KioskStore(handovers, store.cities.cities, days=settings.handover_days),
            settings)
        window.showFullScreen()
        return app.exec()
    finally:
        store.close()


def run_gui(kiosk: bool = False, quit_after_show: bool = False, lang: str | None = None) -> int:
    """Start the desktop app; returns the process exit code.

    Before the window: logging, the crash dialog, one running copy per data folder (a second
    start raises the first window) and the damaged-database check. ``--quit-after-show``
    skips the last two: the start-up benchmark must not touch the data folder.
    """
    from partnerdesk import paths
    from partnerdesk.logging_setup import setup_logging
    from partnerdesk.ui.dialogs.crash_dialog import install_excepthook

    setup_logging()
    if kiosk:
        return run_kiosk(lang)
    app = create_application()
    reporter = install_excepthook(app)
    instance = None
    if not quit_after_show:
        from partnerdesk.ui.dialogs.recovery_dialog import run_startup_recovery
        from partnerdesk.ui.i18n import set_language
        from partnerdesk.ui.settings import AppSettings
        from partnerdesk.ui.single_instance import InstanceState, SingleInstance

        instance = SingleInstance(paths.data_dir())
        status = instance.acquire()
        if status.state is not InstanceState.PRIMARY:
            print(f"partnerdesk: {status.message}", file=sys.stderr)
            if status.state is not InstanceState.ACTIVATED_OTHER:
                from partnerdesk.ui.dialogs.plain_message import warn

                warn(None, "PartnerDesk", status.message)
            reporter.uninstall()
            return status.exit_code
        set_language(lang or AppSettings().language())  # the recovery dialog is translated
        if not run_startup_recovery(None, paths.database_path()):
            instance.release()
            reporter.uninstall()
            return 1
    window, startup = build_main_window(lang, quit_after_show)
    backups = None
    if instance is not None:
        from partnerdesk.ui.backup_timer import BackupTimer
        from partnerdesk.ui.dialogs.error_dialog import warn_if_network_path
        from partnerdesk.ui.dialogs.welcome_dialog import maybe_show_welcome
        from partnerdesk.ui.settings import AppSettings
        from partnerdesk.ui.single_instance import bring_to_front

        backups = BackupTimer(paths.database_path(), paths.backup_dir(), window)
        instance.activationRequested.connect(lambda: bring_to_front(window))
        startup.storeReady.connect(lambda store: backups.start())
        startup.watcher.painted.connect(lambda: maybe_show_welcome(window, AppSettings()))
        QTimer.singleShot(0, lambda: warn_if_network_path(window, paths.database_path()))
    window.show()
    try:
        return app.exec()
    finally:
        if backups is not None:
            backups.stop()  # wait for a running backup before the store closes
        startup.loader.close()
        if instance is not None:
            instance.release()
        reporter.uninstall()
