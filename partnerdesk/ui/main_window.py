"""The main window: navigation on the left, one page per area, menus and status bar.

Pages: "Partnerstädte" (tabs Städte / Weltkarte / Passende Städte), "Beratung" and
"Einstellungen". The window gets the city data (a ``DataPack``) and the settings from the
composition root (``partnerdesk.app``) and passes each view only what it needs; it never
opens the database itself. ``set_pack`` refreshes every view when newer data arrives.

The city views are imported lazily and guarded: a view module that does not exist (yet)
shows a calm placeholder instead of stopping the app; any other import error is a bug and
is raised.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
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

from partnerdesk.core.domain import City, DataPack
from partnerdesk.ui import a11y, i18n
from partnerdesk.ui.settings import AppSettings

DEFAULT_SIZE = (1280, 800)

# Navigation pages, in order; the index is the QStackedWidget index.
PAGE_CITIES, PAGE_COUNSELLING, PAGE_SETTINGS = range(3)
# Tabs of the "Partnerstädte" page.
TAB_EXPLORER, TAB_MAP, TAB_MATCHING = range(3)

# (module, class) of each city view; all share (cities, parent) and ``cityActivated(str)``.
CITY_VIEWS = (
    ("partnerdesk.ui.views.explorer_view", "ExplorerView"),
    ("partnerdesk.ui.views.map_view", "MapView"),
    ("partnerdesk.ui.views.matching_view", "MatchingView"),
)


def optional_class(module_name: str, class_name: str) -> type | None:
    """The class, or ``None`` if its module is not part of this build (yet)."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise  # the module exists but something it needs is missing: a real error
        return None
    return getattr(module, class_name, None)


def _scrollable(view: QWidget | None) -> QScrollArea:
    """A frameless scroll area for a view: a wide view (or QT_SCALE_FACTOR=2) scrolls instead
    of forcing the window wider than the screen or clipping text."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop; the view's controls are
    if view is not None:
        area.setWidget(view)
    return area


class PendingPage(QLabel):
    """Holds the place of a page that needs the database until the store is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Die Beratung wird vorbereitet …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaceholderView(QLabel):
    """Stands in for a view that this build does not contain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderView")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Diese Ansicht ist in dieser Version noch nicht enthalten."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    """The advisor's window. ``languageApplied`` is emitted after a live language switch."""

    languageApplied = Signal(str)

    def __init__(
        self, pack: DataPack, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        a11y.install()  # headings: page titles and the app title (see partnerdesk.ui.a11y)
        self._pack = pack
        self._settings = settings
        self._help_dialog = None

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        for _ in range(3):
            self.navigation.addItem(QListWidgetItem())
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("mainPages")

        # Widgets are created with their final parent: with an application stylesheet every
        # reparenting re-polishes the whole subtree, which cost ~40 ms at start-up.
        self.city_admin_view: QWidget | None = None
        self.city_tabs = QTabWidget(self.pages)
        self.city_tabs.setObjectName("cityTabs")
        self.city_tabs.setDocumentMode(False)
        # Only the first tab is built now; the others on first use or right after the first
        # paint (build_pending_views), which keeps them off the start-up path: building and
        # styling every widget of the map and the ranking would double the time to the
        # first paint.
        self._city_views: list[QWidget | None] = [None] * len(CITY_VIEWS)
        for _ in CITY_VIEWS:
            area = _scrollable(None)
            self.city_tabs.addTab(area, "")
        self.city_view(TAB_EXPLORER)
        self.city_tabs.currentChanged.connect(self.on_city_tab_changed)
        # On Linux a tab bar is named by its current tab; a linked label says what it is.
        self._tabs_label = a11y.hidden_label(self.city_tabs.tabBar())
        # The counselling page needs the database (apprentices, talks); the composition root
        # installs it with set_counselling_view() once the store is open.
        pending = PendingPage(self.pages)
        # The settings page is built on first use or right after the first paint, like the
        # hidden city tabs: it is not needed to draw the first frame.
        self._settings_view: QWidget | None = None
        for page in (self.city_tabs, pending, QWidget(self.pages)):
            self.pages.addWidget(page)

        self.app_title = QLabel("PartnerDesk", self)
        self.app_title.setObjectName("appTitle")
        self.app_subtitle = QLabel(self)
        self.app_subtitle.setObjectName("appSubtitle")
        self.app_subtitle.setWordWrap(True)
        side = QWidget(self)
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.app_title)
        side_layout.addWidget(self.app_subtitle)
        side_layout.addWidget(self.navigation, 1)
        side.setMinimumWidth(200)
        side.setMaximumWidth(260)

        central = QWidget(self)
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

        # Ctrl+1..3 reach each area from anywhere, like the navigation list does with arrows.
        self._page_shortcuts = []
        for index in range(3):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
            self._page_shortcuts.append(shortcut)

        self.retranslate()
        self._restore_layout()

    # --- construction helpers --------------------------------------------------------------

    def _make_city_view(
        self, module_name: str, class_name: str, cities: Sequence[City], parent: QWidget
    ):
        cls = optional_class(module_name, class_name)
        if cls is None:
            return PlaceholderView(parent)
        view = cls(list(cities), parent)
        view.cityActivated.connect(self.on_city_activated)
        return view

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
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
            screen = self.screen().availableGeometry() if self.screen() else None
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
        for view in (*self._city_views, self.counselling_view):
            setter = getattr(view, "set_cities", None) if view is not None else None
            if setter is not None:
                setter(list(pack.cities))
        self._update_status()

    @property
    def counselling_view(self) -> QWidget:
        """The "Beratung" page (a placeholder until ``set_counselling_view``)."""
        return self.pages.widget(PAGE_COUNSELLING)

    def set_counselling_view(self, view: QWidget) -> None:
        """Install the real counselling page (the store is open now)."""
        current = self.pages.currentIndex()
        old = self.pages.widget(PAGE_COUNSELLING)
        self.pages.insertWidget(PAGE_COUNSELLING, view)
        self.pages.removeWidget(old)
        old.deleteLater()
        self.pages.setCurrentIndex(current)

    @property
    def settings_view(self) -> QWidget:
        """The "Einstellungen" page, built on first use."""
        if self._settings_view is None:
            from partnerdesk.ui.views.settings_view import SettingsView

            view = SettingsView(self.pages, settings=self._settings)
            view.languageChosen.connect(self.on_language_chosen)
            current = self.pages.currentIndex()
            placeholder = self.pages.widget(PAGE_SETTINGS)
            self.pages.insertWidget(PAGE_SETTINGS, view)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages.setCurrentIndex(current)
            self._settings_view = view
        return self._settings_view

    @Slot(int)
    def on_page_selected(self, index: int) -> None:
        if index == PAGE_SETTINGS:
            _ = self.settings_view
        self.pages.setCurrentIndex(index)

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    @property
    def city_views(self) -> list[QWidget]:
        """Every city view, building those not built yet."""
        return [self.city_view(tab) for tab in range(len(CITY_VIEWS))]

    def city_view(self, tab: int) -> QWidget:
        """The view of *tab*, built on first use."""
        view = self._city_views[tab]
        if view is None:
            module_name, class_name = CITY_VIEWS[tab]
            area = self.city_tabs.widget(tab)
            view = self._make_city_view(
                module_name, class_name, self._pack.cities, area.viewport()
            )
            self._city_views[tab] = view
            area.setObjectName(f"{view.objectName() or type(view).__name__}Scroll")
            area.setWidget(view)
        return view

    def build_pending_views(self) -> None:
        """Build the views not shown yet (called once the window has been painted)."""
        for tab in range(len(CITY_VIEWS)):
            self.city_view(tab)
        _ = self.settings_view

    # --- slots -----------------------------------------------------------------------------

    @Slot(int)
    def on_city_tab_changed(self, tab: int) -> None:
        if 0 <= tab < len(self._city_views):
            self.city_view(tab)

    @Slot(str)
    def on_city_activated(self, city_id: str) -> None:
        try:
            city = self._pack.city(city_id)
        except KeyError:
            return  # the data changed under the click; nothing sensible to show
        cls = optional_class("partnerdesk.ui.dialogs.city_detail", "CityDetailDialog")
        if cls is None:
            return
        dialog = cls(city, self)
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
    def open_help(self):
        from partnerdesk.ui.dialogs.help_dialog import HelpDialog

        if self._help_dialog is None:
            self._help_dialog = HelpDialog(self)
        # Not modal: the explanation may stay open beside the ranking during a talk.
        self._help_dialog.show()
        self._help_dialog.raise_()
        self._help_dialog.activateWindow()
        return self._help_dialog

    @Slot()
    def open_about(self):
        from partnerdesk.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self._pack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PartnerDesk – Partnerstädte der Stadt Dortmund"))
        self.app_subtitle.setText(self.tr("Partnerstädte für Azubis"))
        names = (self.tr("Partnerstädte"), self.tr("Beratung"), self.tr("Einstellungen"))
        for index, name in enumerate(names):
            item = self.navigation.item(index)
            item.setText(name)
            item.setToolTip(self.tr("{page} (Strg+{number})").format(page=name, number=index + 1))
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
        self.help_menu.setTitle(self.tr("&Hilfe"))
        self.help_action.setText(self.tr("&So wird gerechnet"))
        self.about_action.setText(self.tr("Ü&ber PartnerDesk"))
        self._update_status()

    def _update_status(self) -> None:
        self.pack_label.setText(
            self.tr("Datenpaket {version} · {count} Partnerschaften").format(
                version=self._pack.pack_version, count=len(self._pack.cities))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing typed is lost: pages with unsaved edits ask Save / Discard / Cancel first.
        for page in (self.counselling_view, self.city_admin_view):
            guard = getattr(page, "maybe_save", None)
            if guard is not None and not guard():
                event.ignore()
                return
        self._settings.set_window_layout(self.saveGeometry(), self.saveState())
        super().closeEvent(event)

    def set_city_admin_view(self, view: QWidget) -> None:
        """Add the data steward's page as the last tab of "Partnerstädte"."""
        self.city_admin_view = view
        self.city_tabs.addTab(view, self.tr("Städtedaten pflegen"))
