"""The main window: navigation on the left, one page per area, menus and status bar.

Pages: "Partnerstädte" (tabs Städte / Weltkarte / Passende Städte), "Beratung",
"Wiedervorlage" (with the number of overdue steps as a badge), "Statistik" and
"Einstellungen". The window gets the city data (a ``DataPack``) and the ``AppServices``
(settings, background runner, repositories once the database is open) from the composition
root (``partnerdesk.app``) and passes each view only what it needs; it never opens the
database itself. ``set_pack`` refreshes every view when newer data arrives;
``attach_store`` installs the pages that need the database.

Views not needed for the first paint are imported and built on first use or right after
the first paint (``build_pending_views``), which keeps them off the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.domain import City, DataPack, Profile
from partnerdesk.ui import a11y, i18n
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.services import AppServices
from partnerdesk.ui.settings import AppSettings
from partnerdesk.ui.widgets.scroll import scroll_area

if TYPE_CHECKING:
    from partnerdesk.ui.city_poll import CityDataPoll
    from partnerdesk.ui.dialogs.about_dialog import AboutDialog
    from partnerdesk.ui.dialogs.help_dialog import HelpDialog
    from partnerdesk.ui.views.counselling_view import CounsellingView
    from partnerdesk.ui.views.followups_view import FollowupsView
    from partnerdesk.ui.views.matching_view import MatchingView
    from partnerdesk.ui.views.settings_view import SettingsView

DEFAULT_SIZE = (1280, 800)

# Navigation pages, in order; the index is the QStackedWidget index.
PAGE_CITIES, PAGE_COUNSELLING, PAGE_FOLLOWUPS, PAGE_STATS, PAGE_SETTINGS = range(5)
PAGE_COUNT = 5
# Tabs of the "Partnerstädte" page.
TAB_EXPLORER, TAB_MAP, TAB_MATCHING = range(3)
CITY_TAB_COUNT = 3


@runtime_checkable
class ShowsCities(Protocol):
    """A page that shows the city data and follows newer data (``MainWindow.set_pack``)."""

    def set_cities(self, cities: list[City]) -> None: ...


@runtime_checkable
class GuardsEdits(Protocol):
    """A page with edits that must not be lost: asks Save / Discard / Cancel, True = go on."""

    def maybe_save(self) -> bool: ...


def make_city_view(tab: int, cities: list[City], parent: QWidget) -> QWidget:
    """The view of city tab *tab*; each module is imported on first use only."""
    if tab == TAB_EXPLORER:
        from partnerdesk.ui.views.explorer_view import ExplorerView

        return ExplorerView(cities, parent)
    if tab == TAB_MAP:
        from partnerdesk.ui.views.map_view import MapView

        return MapView(cities, parent)
    if tab == TAB_MATCHING:
        from partnerdesk.ui.views.matching_view import MatchingView

        return MatchingView(cities, parent)
    raise IndexError(f"no city tab {tab}")


class PendingPage(Retranslatable, QLabel):
    """Holds the place of a page that needs the database until the store is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Die Daten werden geladen …"))


class MainWindow(Retranslatable, QMainWindow):
    """The advisor's window. ``languageApplied`` is emitted after a live language switch."""

    languageApplied = Signal(str)

    def __init__(
        self, pack: DataPack, services: AppServices | AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        a11y.install()  # headings: page titles and the app title (see partnerdesk.ui.a11y)
        self._pack = pack
        # A bare AppSettings (tests, selftest) means: services without a database.
        self.services = services if isinstance(services, AppServices) else AppServices(services)
        self._settings = self.services.settings
        self._help_dialog: HelpDialog | None = None
        # False for --quit-after-show: the benchmark run must not write the data folder.
        self.remember_layout = True

        # Widgets are created with their final parent, the central widget and the sidebar
        # first: with an application stylesheet every reparenting (also adding a widget of
        # another parent to a layout) re-polishes the whole subtree.
        central = QWidget(self)
        side = QWidget(central)
        side.setObjectName("sidebar")
        self.app_title = QLabel("PartnerDesk", side)
        self.app_title.setObjectName("appTitle")
        self.app_subtitle = QLabel(side)
        self.app_subtitle.setObjectName("appSubtitle")
        self.app_subtitle.setWordWrap(True)
        self.navigation = QListWidget(side)
        self.navigation.setObjectName("navigation")
        for _ in range(PAGE_COUNT):
            self.navigation.addItem(QListWidgetItem())
        self._overdue = 0
        self.pages = QStackedWidget(central)
        self.pages.setObjectName("mainPages")

        self.city_admin_view: QWidget | None = None
        self.city_poll: CityDataPoll | None = None  # once the store is open
        self._counselling_installed = False
        self.city_tabs = QTabWidget(self.pages)
        self.city_tabs.setObjectName("cityTabs")
        self.city_tabs.setDocumentMode(False)
        # Only the first tab is built now; the others on first use or right after the first
        # paint (build_pending_views), which keeps them off the start-up path: building and
        # styling every widget of the map and the ranking would double the time to the
        # first paint.
        self._city_views: list[QWidget | None] = [None] * CITY_TAB_COUNT
        for _ in range(CITY_TAB_COUNT):
            area = scroll_area()
            self.city_tabs.addTab(area, "")
        self.city_view(TAB_EXPLORER)
        self.city_tabs.currentChanged.connect(self.on_city_tab_changed)
        # On Linux a tab bar is named by its current tab; a linked label says what it is.
        self._tabs_label = a11y.hidden_label(self.city_tabs.tabBar())
        # The counselling page needs the database (apprentices, talks); the composition root
        # installs it with set_counselling_view() once the store is open.
        pending = PendingPage(self.pages)
        pending_followups = PendingPage(self.pages)
        # The settings page is built on first use or right after the first paint, like the
        # hidden city tabs: it is not needed to draw the first frame.
        self._settings_view: SettingsView | None = None
        self._stats_view: QWidget | None = None
        for page in (
            self.city_tabs,
            pending,
            pending_followups,
            PendingPage(self.pages),
            QWidget(self.pages),
        ):
            self.pages.addWidget(page)

        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.app_title)
        side_layout.addWidget(self.app_subtitle)
        side_layout.addWidget(self.navigation, 1)
        side.setMinimumWidth(200)
        side.setMaximumWidth(260)

        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.navigation.currentRowChanged.connect(self.on_page_selected)
        self.navigation.setCurrentRow(PAGE_CITIES)
        self._build_menus()
        self.pack_label = QLabel(self)
        self.pack_label.setObjectName("packLabel")
        self.pack_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.pack_label)

        # Ctrl+1..5 reach each area from anywhere, like the navigation list does with arrows.
        self._page_shortcuts: list[QShortcut] = []
        for index in range(PAGE_COUNT):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
            self._page_shortcuts.append(shortcut)

        self.retranslate()
        self._restore_layout()

    # --- construction helpers --------------------------------------------------------------

    def _connect_scratch_pad(self, view: MatchingView) -> None:
        """ "Passende Städte" keeps its profile across restarts and hands it to a talk."""
        saved = self._settings.scratch_profile()
        if saved is not None:
            view.set_profile(saved)
        timer = QTimer(view)
        timer.setSingleShot(True)
        timer.setInterval(400)  # a slider drag is one write, not fifty
        timer.timeout.connect(lambda: self._settings.set_scratch_profile(view.profile()))
        view.editor.profileChanged.connect(lambda _profile: timer.start())
        view.takeOverRequested.connect(self.on_take_over_requested)

    @Slot(object)
    def on_take_over_requested(self, profile: Profile) -> None:
        self._settings.set_scratch_profile(profile)
        from partnerdesk.ui.views.counselling_view import CounsellingView

        view = self.counselling_view
        if not isinstance(view, CounsellingView):
            return  # the counselling page is not ready yet (store still opening)
        self.show_page(PAGE_COUNSELLING)
        view.start_talk_with(profile)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.kiosk_action = QAction(self)
        self.kiosk_action.triggered.connect(self.on_start_kiosk)
        self.file_menu.addAction(self.kiosk_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.help_menu = bar.addMenu("")
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(self.open_help)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)

    def _restore_layout(self) -> None:
        geometry = self._settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            width, height = DEFAULT_SIZE
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            if screen is not None and screen.width() > 0:
                width, height = min(width, screen.width()), min(height, screen.height())
            self.resize(width, height)
        state = self._settings.window_state()
        if state is not None:
            self.restoreState(state)

    # --- public API --------------------------------------------------------------------------

    @property
    def pack(self) -> DataPack:
        return self._pack

    def set_pack(self, pack: DataPack) -> None:
        """Show *pack*'s cities in every view (newer data from the database, an import)."""
        self._pack = pack
        for view in (*self._city_views, self.counselling_view, self._stats_view):
            if isinstance(view, ShowsCities):
                view.set_cities(list(pack.cities))
        self._update_status()

    @property
    def counselling_view(self) -> QWidget:
        """The "Beratung" page (a placeholder until ``set_counselling_view``)."""
        page = self.pages.widget(PAGE_COUNSELLING)
        assert page is not None
        return page

    def set_counselling_view(self, view: QWidget) -> None:
        """Install the real counselling page (the store is open now)."""
        self._replace_page(PAGE_COUNSELLING, view)

    def _replace_page(self, index: int, view: QWidget) -> None:
        """Put *view* in place of the placeholder page at *index*, keeping the current page."""
        current = self.pages.currentIndex()
        old = self.pages.widget(index)
        self.pages.insertWidget(index, view)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.setCurrentIndex(current)

    def set_stats_view(self, view: QWidget) -> None:
        """Install the statistics page (it reads the database). Its charts and table are
        taller than a 1366x697 window leaves: the page scrolls rather than the window grows."""
        self._stats_view = view
        self._replace_page(PAGE_STATS, scroll_area(view))

    def attach_store(self) -> None:
        """Install the pages that need the database; ``services`` has the store now.

        Runs after the first paint, so SQLAlchemy is already loaded by the store thread.
        """
        from partnerdesk.ui.views.city_admin_view import CityAdminView
        from partnerdesk.ui.views.counselling_view import CounsellingView

        services, settings = self.services, self._settings
        counselling = CounsellingView(
            services.apprentices,
            self._pack.cities,
            self.pages,
            retention_days=settings.retention_days(),
            advisor=settings.advisor_name(),
            handovers=services.handovers,
            stays=services.stays,
            runner=services.runner,
        )
        self.set_counselling_view(counselling)
        counselling.cityActivated.connect(self.on_city_activated)
        self.attach_followups(counselling)
        from partnerdesk.store.statistics import stats_rows
        from partnerdesk.ui.views.stats_view import StatsView

        store = services.store
        self.set_stats_view(
            StatsView(lambda: stats_rows(store.sessions), self._pack.cities, self.pages)
        )
        # Changes on the settings page apply to the open counselling page at once.
        self.settings_view.advisorChanged.connect(counselling.set_advisor)
        self.settings_view.retentionChanged.connect(counselling.set_retention_days)
        # Edits are stamped with the advisor's name, or the login name until one is set.
        import getpass  # here: with termios ~1 ms, and only this page needs it

        editor = settings.advisor_name() or getpass.getuser()
        admin = CityAdminView(services.cities, editor_name=editor, parent=self.city_tabs)
        admin.citiesChanged.connect(self.on_cities_changed)
        self.set_city_admin_view(admin)
        # City data another advisor changed (or a command-line import) appears within a minute.
        from partnerdesk.ui.city_poll import CityDataPoll

        self.city_poll = CityDataPoll(self, services, lambda: self._pack, self.set_pack, admin)
        if store.is_team:
            from partnerdesk.ui.team_mode import follow_other_advisors

            follow_other_advisors(counselling)

    def attach_followups(self, counselling: CounsellingView) -> None:
        """The Wiedervorlage page: reads open steps, opens a talk on the counselling page."""
        from partnerdesk.ui.views.followups_view import FollowupsView

        followups = FollowupsView(self.services.apprentices.open_steps, self.pages)
        self.set_followups_view(followups)

        def on_talk_requested(apprentice_id: int, talk_id: int) -> None:
            self.show_page(PAGE_COUNSELLING)
            counselling.open_talk(apprentice_id, talk_id)

        followups.talkRequested.connect(on_talk_requested)
        counselling.talksChanged.connect(followups.refresh)
        followups.refresh()  # the sidebar badge is right from the start

    @Slot()
    def on_cities_changed(self) -> None:
        """City data was edited or imported: show it everywhere, refresh the start-up cache."""
        from partnerdesk.store import snapshot

        pack = self.services.cities.to_pack()
        snapshot.write_snapshot(pack)  # keep the start-up cache equal to the database
        self.set_pack(pack)  # saved talks keep their own ranking snapshots

    @property
    def followups_view(self) -> QWidget:
        """The "Wiedervorlage" page (a placeholder until ``set_followups_view``)."""
        page = self.pages.widget(PAGE_FOLLOWUPS)
        assert page is not None
        return page

    def set_followups_view(self, view: FollowupsView) -> None:
        """Install the Wiedervorlage page; its ``overdueChanged`` drives the badge."""
        self._replace_page(PAGE_FOLLOWUPS, view)
        view.overdueChanged.connect(self.set_overdue_count)

    @Slot(int)
    def set_overdue_count(self, count: int) -> None:
        """The badge on "Wiedervorlage": how many open steps are past their date."""
        self._overdue = count
        self.retranslate()

    @property
    def settings_view(self) -> SettingsView:
        """The "Einstellungen" page, built on first use."""
        if self._settings_view is None:
            from partnerdesk.ui.views.settings_view import SettingsView

            view = SettingsView(self.pages, settings=self._settings)
            view.languageChosen.connect(self.on_language_chosen)
            self._replace_page(PAGE_SETTINGS, view)
            self._settings_view = view
        return self._settings_view

    @Slot(int)
    def on_page_selected(self, index: int) -> None:
        if index == PAGE_SETTINGS:
            _ = self.settings_view
        self.pages.setCurrentIndex(index)

    def show_settings(self) -> None:
        self.show_page(PAGE_SETTINGS)

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    @property
    def city_views(self) -> list[QWidget]:
        """Every city view, building those not built yet."""
        return [self.city_view(tab) for tab in range(CITY_TAB_COUNT)]

    def city_view(self, tab: int) -> QWidget:
        """The view of *tab*, built on first use."""
        view = self._city_views[tab]
        if view is None:
            area = self.city_tabs.widget(tab)
            assert isinstance(area, QScrollArea)
            view = make_city_view(tab, list(self._pack.cities), area.viewport())
            view.cityActivated.connect(self.on_city_activated)  # type: ignore[attr-defined]
            self._city_views[tab] = view
            if tab == TAB_MATCHING:
                from partnerdesk.ui.views.matching_view import MatchingView

                assert isinstance(view, MatchingView)
                self._connect_scratch_pad(view)
            area.setObjectName(f"{view.objectName() or type(view).__name__}Scroll")
            area.setWidget(view)
        return view

    def build_pending_views(self) -> None:
        """Build the views not shown yet (called once the window has been painted)."""
        for tab in range(CITY_TAB_COUNT):
            self.city_view(tab)
        _ = self.settings_view

    # --- slots -----------------------------------------------------------------------------

    @Slot(int)
    def on_city_tab_changed(self, tab: int) -> None:
        if 0 <= tab < CITY_TAB_COUNT:
            self.city_view(tab)

    @Slot(str)
    def on_city_activated(self, city_id: str) -> None:
        try:
            city = self._pack.city(city_id)
        except KeyError:
            return  # the data changed under the click; nothing sensible to show
        from partnerdesk.ui.dialogs.city_detail import CityDetailDialog

        services = self.services
        reports, hosts = (
            (services.stays.reports(city_id), services.stays.hosts(city_id))
            if services.has_store
            else ([], [])
        )
        # Sources by title (and link), never by their internal key ("seed", "derived").
        sources = {s.key: f"{s.title} – {s.url}" if s.url else s.title for s in self._pack.sources}
        dialog = CityDetailDialog(city, self, reports=reports, hosts=hosts, sources=sources)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(str)
    def on_language_chosen(self, lang: str) -> None:
        if lang == i18n.current_language():
            return
        self._settings.set_language(lang)
        # Installing the translators makes Qt *post* LanguageChange to every window; deliver
        # those now, so the whole window is re-labelled when this slot returns.
        i18n.set_language(lang)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.languageApplied.emit(lang)

    @Slot()
    def on_start_kiosk(self, start: Callable[[str, list[str]], bool] | None = None) -> bool:
        """Switch this computer to the shared terminal: PIN (set up if missing), unsaved
        work saved or discarded, kiosk started, this window closed."""
        from partnerdesk.ui.dialogs import plain_message as msg
        from partnerdesk.ui.dialogs.pin_setup_dialog import ensure_pin
        from partnerdesk.ui.kiosk_launch import start_kiosk_process

        for page in (self.counselling_view, self.city_admin_view):
            if isinstance(page, GuardsEdits) and not page.maybe_save():
                return False
        if not ensure_pin(self):
            return False
        if not start_kiosk_process(start):
            msg.warn(
                self,
                self.tr("Terminal nicht gestartet"),
                self.tr("Das Selbstcheck-Terminal konnte nicht gestartet werden."),
            )
            return False
        self.close()
        return True

    @Slot()
    def open_help(self) -> HelpDialog:
        from partnerdesk.ui.dialogs.help_dialog import HelpDialog

        if self._help_dialog is None:
            self._help_dialog = HelpDialog(self)
        # Not modal: the explanation may stay open beside the ranking during a talk.
        self._help_dialog.show()
        self._help_dialog.raise_()
        self._help_dialog.activateWindow()
        return self._help_dialog

    @Slot()
    def open_about(self) -> AboutDialog:
        from partnerdesk.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self._pack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PartnerDesk – Partnerstädte der Stadt Dortmund"))
        self.app_subtitle.setText(self.tr("Partnerstädte für Azubis"))
        names = (
            self.tr("Partnerstädte"),
            self.tr("Beratung"),
            self.tr("Wiedervorlage"),
            self.tr("Statistik"),
            self.tr("Einstellungen"),
        )
        for index, name in enumerate(names):
            item = self.navigation.item(index)
            tip = self.tr("{page} (Strg+{number})").format(page=name, number=index + 1)
            if index == PAGE_FOLLOWUPS and self._overdue:
                # The badge: the count in the entry, the meaning in tooltip and accessible text.
                overdue = self.tr("%n Schritt(e) überfällig", "", self._overdue)
                name = self.tr("{page} · %n überfällig", "", self._overdue).format(page=name)
                tip = f"{tip}\n{overdue}"
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{names[index]}, {overdue}")
            elif index == PAGE_FOLLOWUPS:
                item.setData(Qt.ItemDataRole.AccessibleTextRole, names[index])
            item.setText(name)
            item.setToolTip(tip)
        self.navigation.setAccessibleName(self.tr("Bereiche"))
        self.navigation.setAccessibleDescription(
            self.tr("Mit den Pfeiltasten zwischen den Bereichen wechseln")
        )
        self.city_tabs.setTabText(TAB_EXPLORER, self.tr("Städte"))
        self.city_tabs.setTabText(TAB_MAP, self.tr("Weltkarte"))
        self.city_tabs.setTabText(TAB_MATCHING, self.tr("Passende Städte"))
        if self.city_admin_view is not None:
            index = self.city_tabs.indexOf(self.city_admin_view)
            self.city_tabs.setTabText(index, self.tr("Städtedaten pflegen"))
        self.city_tabs.setAccessibleName(self.tr("Partnerstädte"))
        self.city_tabs.tabBar().setAccessibleName(self.tr("Ansichten der Partnerstädte"))
        self._tabs_label.setText(self.city_tabs.tabBar().accessibleName())
        self.file_menu.setTitle(self.tr("&Datei"))
        self.quit_action.setText(self.tr("&Beenden"))
        self.kiosk_action.setText(self.tr("&Selbstcheck-Terminal starten …"))
        self.kiosk_action.setToolTip(
            self.tr(
                "Dieser Rechner wird zum Terminal, an dem Azubis die Selbsteinschätzung allein "
                "ausfüllen; Beenden nur mit der Berater-PIN."
            )
        )
        self.help_menu.setTitle(self.tr("&Hilfe"))
        self.help_action.setText(self.tr("&So wird gerechnet"))
        self.about_action.setText(self.tr("Ü&ber PartnerDesk"))
        self._update_status()

    def _update_status(self) -> None:
        self.pack_label.setText(
            self.tr("Datenpaket {version} · {count} Partnerschaften").format(
                version=self._pack.pack_version, count=len(self._pack.cities)
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing typed is lost: pages with unsaved edits ask Save / Discard / Cancel first.
        for page in (self.counselling_view, self.city_admin_view):
            if isinstance(page, GuardsEdits) and not page.maybe_save():
                event.ignore()
                return
        if self.remember_layout:
            self._settings.set_window_layout(self.saveGeometry(), self.saveState())
        super().closeEvent(event)

    def set_city_admin_view(self, view: QWidget) -> None:
        """Add the data steward's page as the last tab of "Partnerstädte"."""
        self.city_admin_view = view
        self.city_tabs.addTab(view, self.tr("Städtedaten pflegen"))
