"""Composition root of the desktop app: the one place that wires everything together.

Start-up, in this order, because the first paint must come fast (``--quit-after-show``
measures it; the target is at most 2x a bare PySide6 window started the same way):

1. Create the ``QApplication`` (Fusion style); load the shipped fonts; apply
   ``resources/styles/app.qss``; install the interface language (settings, German by
   default; ``--lang`` overrides for this run without storing it).
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
never touch the database. Until the first paint the cyclic garbage collector is off
(``partnerdesk.__main__``); what else waits for later (pages, modules, Qt types) is pinned by
``tests/ui/test_startup_imports.py``. Code that changes city data in the database must call
``snapshot.write_snapshot(repo.to_pack())`` afterwards (or ``remove_snapshot()``); the next
start corrects a stale snapshot anyway, one paint later.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from partnerdesk import APP_NAME, EXIT_USAGE, ORG_NAME, __version__
from partnerdesk.core.domain import City, DataPack
from partnerdesk.qt.background import Runner
from partnerdesk.resources import resource_path
from partnerdesk.ui.services import AppServices

if TYPE_CHECKING:
    from partnerdesk.store.bootstrap import AppStore
    from partnerdesk.ui.main_window import MainWindow
    from partnerdesk.ui.single_instance import SingleInstance

PLACEHOLDER_TEXT_COLOR = "#4A5561"  # 7.5:1 on white (WCAG 2.1 SC 1.4.3)
# Fusion draws the same on every system, so the stylesheet's contrast figures hold.
STYLE = "Fusion"


# --- application set-up ----------------------------------------------------------------------


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our identity, fonts and stylesheet (reused if one exists)."""
    app = QApplication.instance()
    if app is None:
        # Fusion from the command line: QApplication.setStyle() hands the new QStyle back to
        # Python, and wrapping it builds QStyle's eleven enums; with the second style object
        # that cost ~7 ms before the first paint.
        arguments = argv if argv is not None else sys.argv[:1]
        app = QApplication([*arguments, "-style", STYLE])
    else:
        QApplication.setStyle(STYLE)
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
    """Palette and stylesheet; the style itself (Fusion) is set by ``create_application``."""
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
    """Opens the database on the background runner and reports back on the GUI thread.

    ``loaded(store, pack, changed)``: the ``AppStore``, its data as a ``DataPack`` and whether
    that differs from the data shown at start-up. ``failed(message)`` if the database cannot
    be opened; the window keeps showing the start-up data.
    """

    loaded = Signal(object, object, bool)
    failed = Signal(str)

    def __init__(
        self,
        shown: DataPack,
        shown_is_snapshot: bool,
        runner: Runner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shown = shown
        self._shown_is_snapshot = shown_is_snapshot
        self._runner = runner
        self.store: AppStore | None = None
        self.error: BaseException | None = None

    def start(self) -> None:
        self._runner.run(self._open, self.on_opened, self.on_failed)

    def _open(self) -> tuple[AppStore, DataPack, bool]:
        """Runs on a pool thread: plain Python (SQLAlchemy, Alembic), no widgets."""
        from partnerdesk.store.bootstrap import open_app_store
        from partnerdesk.store.snapshot import write_snapshot

        store = open_app_store()
        try:
            pack = store.cities.to_pack()
            changed = pack != self._shown
            if changed or not self._shown_is_snapshot:
                write_snapshot(pack)
        except BaseException:
            store.close()
            raise
        return store, pack, changed

    def on_opened(self, result: tuple[AppStore, DataPack, bool]) -> None:
        store, pack, changed = result
        self.store = store
        self.loaded.emit(store, pack, changed)

    def on_failed(self, exc: BaseException) -> None:
        # Any failure is reported on screen, never a crash.
        self.error = exc
        self.failed.emit(f"{type(exc).__name__}: {exc}")

    def wait(self) -> None:
        self._runner.wait()

    def close(self) -> None:
        """Wait for the worker and release the database (called after the event loop)."""
        self.wait()
        if self.store is not None:
            self.store.close()
            self.store = None


class Startup(QObject):
    """Wires the first paint to either quitting or opening the store."""

    storeReady = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        shown: DataPack,
        shown_is_snapshot: bool,
        quit_after_show: bool,
        housekeeping: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.housekeeping = housekeeping
        self.loader = StoreLoader(shown, shown_is_snapshot, window.services.runner, self)
        self.loader.loaded.connect(self.on_store_loaded)
        self.loader.failed.connect(self.on_store_failed)
        self.watcher = FirstPaintWatcher(window)
        if quit_after_show:
            window.remember_layout = False
            self.watcher.painted.connect(QCoreApplication.quit)
        else:
            self.watcher.painted.connect(self.on_first_paint)

    @Slot()
    def on_first_paint(self) -> None:
        gc.enable()  # off while starting (partnerdesk.__main__)
        # The database opens on its own thread while the GUI thread builds the other tabs.
        self.loader.start()
        QTimer.singleShot(0, self.window.build_pending_views)

    @Slot(object, object, bool)
    def on_store_loaded(self, store: AppStore, pack: DataPack, changed: bool) -> None:
        if changed:
            self.window.set_pack(pack)
        attach_store(self.window, store)
        self.storeReady.emit(store)
        if self.housekeeping:
            QTimer.singleShot(0, lambda: run_housekeeping(self.window))

    @Slot(str)
    def on_store_failed(self, message: str) -> None:
        from partnerdesk.ui.team_mode import handle_team_failure

        if handle_team_failure(self, self.loader.error):
            return
        text = QCoreApplication.translate(
            "Startup",
            "Die Datenbank konnte nicht geöffnet werden; angezeigt werden die zuletzt "
            "gespeicherten Städtedaten. ({message})",
        ).format(message=message)
        self.window.statusBar().showMessage(text)
        print(f"partnerdesk: database: {message}", file=sys.stderr)


def attach_store(window: MainWindow, store: AppStore) -> None:
    """Hand the open store to the window's services; the window installs its database pages."""
    window.services.attach(store)
    window.attach_store()


def run_housekeeping(window: MainWindow) -> None:
    """Privacy duties at start-up: purge expired handovers, list records past deletion."""
    from datetime import UTC, date, datetime

    from partnerdesk.ui.dialogs.retention_dialog import run_retention_check

    services = window.services
    services.handovers.purge_expired(datetime.now(UTC))
    run_retention_check(window, services.apprentices, date.today())


def build_main_window(
    lang: str | None = None,
    quit_after_show: bool = False,
    housekeeping: bool = True,
    services: AppServices | None = None,
) -> tuple[MainWindow, Startup]:
    """Create the window and its start-up wiring; returns ``(window, startup)``."""
    from partnerdesk.ui.i18n import set_language
    from partnerdesk.ui.main_window import MainWindow

    services = services if services is not None else AppServices()
    set_language(lang or services.settings.language())
    pack, from_snapshot = initial_pack()
    window = MainWindow(pack, services)
    startup = Startup(window, pack, from_snapshot, quit_after_show, housekeeping)
    return window, startup


# --- kiosk start-up --------------------------------------------------------------------------


class _NoKioskStore:
    """What the kiosk gets with ``--quit-after-show``: cities, and no database at all."""

    def __init__(self, cities: list[City]) -> None:
        self._list = cities

    handover_days = 14

    def cities(self) -> list[City]:
        return list(self._list)

    def create_handover(self, *args: object, **kwargs: object) -> tuple[str, object]:
        raise RuntimeError("no database with --quit-after-show")

    def experiences(self, city_id: str) -> list[object]:
        return []  # no database, so no reports


class _KioskPaintWatcher(QObject):
    painted = Signal()

    def __init__(self, app: QApplication, window: QObject) -> None:
        super().__init__(window)
        self._app, self._window = app, window
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and hasattr(watched, "window")
            and watched.window() is self._window
        ):
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False


def show_kiosk_and_quit(app: QApplication) -> int:
    """``--kiosk --quit-after-show``: paint the kiosk from the start-up data, then quit.

    Like the advisor window with that option it never touches the data folder: no lock, no
    PIN dialog (which would wait for input forever), no database.
    """
    from partnerdesk.ui.kiosk.kiosk_window import KioskWindow
    from partnerdesk.ui.kiosk.settings import KioskSettings

    pack, _from_snapshot = initial_pack()
    cities = list(pack.cities)
    window = KioskWindow(
        cities,
        _NoKioskStore(cities),  # type: ignore[arg-type]
        KioskSettings(),
        pin_hash="",
    )
    # The kiosk's top-level widget draws nothing itself (its pages do), so the first paint
    # of any widget in the window counts.
    watcher = _KioskPaintWatcher(app, window)
    # exit(), not quit(): Qt 6's quit() first asks every window to close, and the kiosk
    # refuses to close without the PIN.
    watcher.painted.connect(lambda: app.exit(0))
    window.showFullScreen()
    return app.exec()


def claim_data_folder(language: str) -> SingleInstance | int:
    """Take the data folder's single-instance lock, then check the database.

    Returns the held ``SingleInstance``, or the exit code when the app must not go on (the
    folder is in use, the user quit the recovery dialog). Runs before any other dialog, so
    nothing is shown, asked or written while another copy, a restore or a recovery holds the
    folder.
    """
    from partnerdesk import paths
    from partnerdesk.ui.dialogs.recovery_dialog import run_startup_recovery
    from partnerdesk.ui.i18n import set_language
    from partnerdesk.ui.single_instance import InstanceState, SingleInstance

    instance = SingleInstance(paths.data_dir())
    status = instance.acquire()
    if status.state is not InstanceState.PRIMARY:
        print(f"partnerdesk: {status.message}", file=sys.stderr)
        if status.state is not InstanceState.ACTIVATED_OTHER:
            from partnerdesk.ui.dialogs.plain_message import warn

            warn(None, "PartnerDesk", status.message)
        return status.exit_code
    set_language(language)  # the recovery dialog is translated
    if not run_startup_recovery(None, paths.database_path()):
        instance.release()
        return 1
    return instance


def run_kiosk(lang: str | None = None, quit_after_show: bool = False) -> int:
    """The shared-terminal self-assessment mode: full screen, no records, PIN to leave.

    The kiosk gets a ``KioskStore`` that can only read cities and create handovers; it has no
    way to query apprentices or other handovers. In order: the lock on the data folder (a
    restore or a second copy cannot replace the database under a running kiosk), the
    damaged-database check, then the PIN set-up, then the store.
    """
    from datetime import UTC, datetime

    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.store.handovers import HandoverRepository, KioskStore
    from partnerdesk.ui.dialogs.pin_setup_dialog import ensure_pin
    from partnerdesk.ui.i18n import set_language
    from partnerdesk.ui.kiosk.kiosk_window import KioskWindow
    from partnerdesk.ui.kiosk.settings import load_kiosk_settings

    app = create_application()
    # The kiosk has its own language, German unless --lang says otherwise; the advisor's
    # setting belongs to the advisor's window. Apprentices switch per session.
    kiosk_lang = lang or "de"
    if quit_after_show:
        set_language(kiosk_lang)
        return show_kiosk_and_quit(app)
    claimed = claim_data_folder(kiosk_lang)
    if isinstance(claimed, int):
        return claimed
    instance = claimed
    try:
        if not ensure_pin(None):
            print(
                "partnerdesk: --kiosk: no advisor PIN set; the kiosk mode needs one",
                file=sys.stderr,
            )
            return EXIT_USAGE
        try:
            # The kiosk's team role may not migrate (nor delete): the advisors' app purges.
            store = open_app_store(migrate=False)
        except Exception as exc:
            from partnerdesk.ui.team_mode import kiosk_cannot_open

            return kiosk_cannot_open(exc)
        try:
            handovers = HandoverRepository(store.sessions)
            if not store.is_team:
                handovers.purge_expired(datetime.now(UTC))
            settings = load_kiosk_settings()
            cities = store.cities.cities()
            from partnerdesk.store.stays import StayRepository

            window = KioskWindow(
                cities,
                KioskStore(
                    handovers,
                    store.cities.cities,
                    days=settings.handover_days,
                    reports=StayRepository(store.sessions).reports,
                ),
                settings,
                default_lang=kiosk_lang,
            )
            window.showFullScreen()
            QTimer.singleShot(0, gc.enable)  # off while starting (partnerdesk.__main__)
            return app.exec()
        finally:
            store.close()
    finally:
        instance.release()


def run_gui(kiosk: bool = False, quit_after_show: bool = False, lang: str | None = None) -> int:
    """Start the desktop app; returns the process exit code.

    Before the window: logging, the crash dialog, one running copy per data folder (a second
    start raises the first window) and the damaged-database check - for the kiosk too.
    ``--quit-after-show`` skips the lock and the check: the start-up benchmark must not
    touch the database.
    """
    from partnerdesk import paths
    from partnerdesk.logging_setup import setup_logging
    from partnerdesk.ui.dialogs.crash_dialog import install_excepthook

    setup_logging()
    app = create_application()
    reporter = install_excepthook(app)
    if kiosk:
        try:
            return run_kiosk(lang, quit_after_show)
        finally:
            reporter.uninstall()
    services = AppServices()  # the one settings object and runner of this run
    instance = None
    if not quit_after_show:
        claimed = claim_data_folder(lang or services.settings.language())
        if isinstance(claimed, int):
            reporter.uninstall()
            return claimed
        instance = claimed
    window, startup = build_main_window(lang, quit_after_show, services=services)
    backups = None
    if instance is not None:
        from partnerdesk.ui.backup_timer import BackupTimer
        from partnerdesk.ui.dialogs.error_dialog import warn_if_network_path
        from partnerdesk.ui.dialogs.welcome_dialog import maybe_show_welcome
        from partnerdesk.ui.single_instance import bring_to_front

        backups = BackupTimer(
            paths.database_path(), paths.backup_dir(), window, runner=services.runner
        )
        instance.activationRequested.connect(lambda: bring_to_front(window))
        # A team database is backed up on the server (pg_dump), not by each PC.
        startup.storeReady.connect(lambda store: None if store.is_team else backups.start())
        startup.watcher.painted.connect(lambda: maybe_show_welcome(window, services.settings))
        QTimer.singleShot(0, lambda: warn_if_network_path(window, paths.database_path()))
    window.show()
    try:
        return app.exec()
    finally:
        if backups is not None:
            backups.stop()
        startup.loader.close()
        services.close()  # waits for background work (a backup) before the store closes
        if instance is not None:
            instance.release()
        reporter.uninstall()
