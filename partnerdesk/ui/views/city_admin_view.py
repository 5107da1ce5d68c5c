"""City data for the data steward: projects, status and reason, notes; the data pack.

The view lays out the form, reads its fields and shows outcomes; ``CityAdminController``
decides, ``CityPackActions`` runs the pack buttons. Edits are made on a working copy
of one city and saved with "Speichern": the controller checks the city with the rules the
pack parser and the repository use too (``core.city_rules``), so what saves also exports and
imports again; each broken rule is shown beside its field. Any refusal leaves the edits on
screen. Import validates the file completely before anything is replaced; a bad pack changes
nothing. A city another advisor saved since it was loaded is never overwritten: the save
asks (``ConflictDialog``) whether to reload their version or keep editing. ``citiesChanged``
tells the rest of the window (explorer, matching, snapshot cache) to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.city_rules import Problem, describe
from partnerdesk.core.domain import City, Text
from partnerdesk.core.vocab import STATUS_LABELS, Status
from partnerdesk.store.conflicts import ConflictInfo
from partnerdesk.store.repository import CityRepository, PackInfo
from partnerdesk.ui.a11y import announce, name_from_label, name_with_text, plain, tab_chain
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.dialogs.conflict_dialog import ConflictChoice, ask_conflict
from partnerdesk.ui.formatting import format_datetime
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.views.city_admin_controller import (
    CityAdminController,
    CityListing,
    field_messages,
    locate,
    row_of,
)
from partnerdesk.ui.views.city_pack_actions import CityPackActions
from partnerdesk.ui.views.city_projects import CityProjectsEditor, add_error_line
from partnerdesk.ui.widgets.list_current import restore_current
from partnerdesk.ui.widgets.plain_text import plain_label
from partnerdesk.ui.widgets.scroll import scroll_area

KEY_ROLE = Qt.ItemDataRole.UserRole


class CityAdminView(Retranslatable, QWidget):
    citiesChanged = Signal()

    def __init__(
        self, cities_repo: CityRepository, editor_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cityAdminView")
        self.repo = cities_repo
        self.editor_name = editor_name
        self.controller = CityAdminController(cities_repo, editor_name)
        actions = CityPackActions(self, self.controller, self.maybe_save, self._on_pack_replaced)
        # The pack buttons' work, under the names this page always had (tests, tools).
        self.export_pack: Callable[[], Path | None] = actions.export_pack
        self.import_pack: Callable[[], bool] = actions.import_pack
        self.restore_shipped: Callable[[], bool] = actions.restore_shipped
        self._loading = False
        self._problems: tuple[Problem, ...] = ()  # of the last refused save, shown by field
        self._field_names: dict[str, str] = {}
        self._info: PackInfo | None = None  # of the last (re)load

        self.title = plain_label(object_name="pageTitle", wrap=False)
        self.export_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.pack_label = plain_label(object_name="pageHint")
        self.city_list = QListWidget(self)
        self.city_list.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 16)

        self.stamp = plain_label(object_name="pageHint", selectable=True)
        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem("", str(status))
        self.reason_de = QLineEdit(self)
        self.reason_en = QLineEdit(self)
        self.projects_box = CityProjectsEditor(self.controller, self)
        # The box's widgets under the names this page always had (tests, tools).
        self.projects = self.projects_box.list
        self.add_project = self.projects_box.add_button
        self.remove_project = self.projects_box.remove_button
        self.project_title = self.projects_box.title_edit
        self.project_source = self.projects_box.source
        self.project_themes = self.projects_box.themes
        self.notes_de = QPlainTextEdit(self)
        self.notes_en = QPlainTextEdit(self)
        for box in (self.notes_de, self.notes_en):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.error = plain_label(object_name="formError")
        self.error.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.error.setVisible(False)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.setProperty("primary", True)
        self.discard_button = QPushButton(self)

        self.status_box = QGroupBox(self)
        self.status_form = QFormLayout(self.status_box)
        self.status_form.addRow("-", self.status)
        self.status_form.addRow("-", self.reason_de)
        self.status_form.addRow("-", self.reason_en)
        self.notes_box = QGroupBox(self)
        self.notes_form = QFormLayout(self.notes_box)
        self.notes_form.addRow("-", self.notes_de)
        self.notes_form.addRow("-", self.notes_en)

        # One message line under each field of the status and notes boxes (the projects box
        # has its own), shown when the field breaks a rule.
        self.fields: dict[str, tuple[QFormLayout, QWidget]] = {
            "status": (self.status_form, self.status),
            "reason_de": (self.status_form, self.reason_de),
            "reason_en": (self.status_form, self.reason_en),
            "notes_de": (self.notes_form, self.notes_de),
            "notes_en": (self.notes_form, self.notes_en),
        }
        self.field_errors: dict[str, QLabel] = {
            key: add_error_line(form, field) for key, (form, field) in self.fields.items()
        }
        self.field_errors.update(self.projects_box.errors)

        form = QWidget()
        form_column = QVBoxLayout(form)
        form_column.addWidget(self.stamp)
        form_column.addWidget(self.status_box)
        form_column.addWidget(self.projects_box)
        form_column.addWidget(self.notes_box)
        form_column.addStretch(1)
        scroll = scroll_area(form, self)
        # setWidget moved the fields to the end of the Tab order: the buttons go after them.
        tab_chain(self.notes_en, self.save_button, self.discard_button)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.discard_button)
        save_row.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addWidget(self.error)
        right.addLayout(save_row)
        body = QHBoxLayout()
        body.addWidget(self.city_list)
        body.addLayout(right, 1)
        pack_row = QHBoxLayout()
        pack_row.addWidget(self.export_button)
        pack_row.addWidget(self.import_button)
        pack_row.addWidget(self.restore_button)
        pack_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.pack_label)
        layout.addLayout(pack_row)
        layout.addLayout(body, 1)

        self.city_list.currentItemChanged.connect(self.on_city_changed)
        self.projects_box.rowShown.connect(self._show_field_errors)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.on_discard_clicked)
        self.export_button.clicked.connect(self.export_pack)
        self.import_button.clicked.connect(self.import_pack)
        self.restore_button.clicked.connect(self.restore_shipped)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.retranslate()
        self.reload()

    # --- public API ----------------------------------------------------------------------
    @property
    def _city(self) -> City | None:
        """The city as stored (the controller's); None before any is loaded."""
        return self.controller.city

    def reload(self, select_id: str | None = None) -> None:
        """Read the cities again (after import/restore or a change elsewhere)."""
        self.show_listing(self.controller.read(select_id or self.controller.city_id()))

    def show_listing(self, listing: CityListing) -> None:
        """Show what ``controller.read`` returned (here or on the runner); unsaved edits go:
        callers ask ``is_dirty`` first."""
        self._info = listing.info
        self.projects_box.set_sources(listing.info.sources if listing.info else ())
        lang = current_language()
        self.controller.forget()
        self._loading = True
        try:
            self.city_list.clear()
            for city in listing.cities:
                item = QListWidgetItem(city.name(lang))
                item.setData(KEY_ROLE, city.id)
                self.city_list.addItem(item)
            if listing.current is not None:
                row = row_of(listing.cities, listing.current[0].id)
                self.city_list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._loading = False
        self._show_pack_info()
        if listing.current is not None:
            self._show_city(self.controller.take(*listing.current))

    def edited_city(self) -> City | None:
        """The working copy as a City (not yet validated)."""
        self.projects_box.commit()
        return self.controller.edited(
            str(self.status.currentData()),
            Text(self.reason_de.text(), self.reason_en.text()),
            Text(self.notes_de.toPlainText(), self.notes_en.toPlainText()),
        )

    def is_dirty(self) -> bool:
        return self.controller.is_dirty(self.edited_city())

    def maybe_save(self) -> bool:
        if not self.is_dirty():
            return True
        answer = msg.ask_unsaved(self, self._city.name_de if self._city else "")
        if answer == msg.Button.Save:
            return self.save()
        if answer == msg.Button.Discard:
            self.on_discard_clicked()
            return True
        return False

    @Slot()
    def save(self) -> bool:
        city = self.edited_city()
        if city is None:
            return True
        outcome = self.controller.save(city)
        if outcome.error is not None:
            msg.storage_error(self, outcome.error)
            return False
        if outcome.conflict is not None:
            return self._on_conflict(outcome.conflict)
        if outcome.missing:
            self._show_problems(
                (), self.tr("Die Stadt „{0}“ gibt es nicht mehr.").format(city.name_de)
            )
            return False
        if not outcome.saved:
            self._show_problems(outcome.problems)
            return False
        self._show_problems(())
        self._load_city(city.id)
        self.citiesChanged.emit()
        return True

    def problem_text(self, problem: Problem) -> str:
        """One line for the summary: the field as labelled on this page, then the message."""
        message = describe(problem).get(current_language())
        where = locate(problem)
        if not where.widget:
            return f"{problem.field}: {message}"
        names = self._field_names | self.projects_box.field_names
        name = names.get(where.widget, where.widget)
        if where.project is not None:
            name = self.tr("Projekt {0} – {1}").format(where.project + 1, name)
        return f"{name}: {message}"

    def _on_pack_replaced(self) -> None:
        self.reload()
        self.citiesChanged.emit()

    # --- slots ---------------------------------------------------------------------------
    @Slot(QListWidgetItem, QListWidgetItem)
    def on_city_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._loading or current is None:
            return
        if current.data(KEY_ROLE) == self.controller.city_id():
            return
        if not self.maybe_save():
            self._loading = True
            restore_current(self.city_list, previous)
            self._loading = False
            return
        self._load_city(str(current.data(KEY_ROLE)))

    @Slot()
    def on_discard_clicked(self) -> None:
        if self._city is not None:
            self._load_city(self._city.id)

    def _on_conflict(self, info: ConflictInfo) -> bool:
        """Another advisor saved this city since it was loaded: ask; never overwrite.

        "Neu laden" shows their version (the advisor chose to drop their own edits);
        "Weiter bearbeiten" keeps every edit on screen, and the next save asks again."""
        choice = ask_conflict(
            self,
            self._editor_name(info.changed_by),
            info.changed_at,
            talk=False,
            offer_copy=False,
        )
        if choice is ConflictChoice.RELOAD:
            self.reload(str(info.record_id))  # their list too: a pack import may be behind it
            self.citiesChanged.emit()
        return False

    # --- internals -----------------------------------------------------------------------
    def _load_city(self, city_id: str) -> None:
        self._show_city(self.controller.load(city_id))

    def _show_city(self, city: City) -> None:
        self._loading = True
        try:
            self.status.setCurrentIndex(max(0, self.status.findData(city.status)))
            self.reason_de.setText(city.status_reason.de)
            self.reason_en.setText(city.status_reason.en)
            self.notes_de.setPlainText(city.notes.de)
            self.notes_en.setPlainText(city.notes.en)
        finally:
            self._loading = False
        self.projects_box.row = -1  # the fields still show the last city's project
        self._show_problems(())
        self.projects_box.show_projects(0 if self.controller.projects else -1)
        stamp = self.controller.stamp()
        if stamp is None:
            return
        self.stamp.setText(
            self.tr("{city}: zuletzt geändert am {when} von {who}").format(
                city=city.name(current_language()),
                when=format_datetime(stamp.updated_at),
                who=self._editor_name(stamp.updated_by),
            )
        )

    def _show_problems(self, problems: tuple[Problem, ...], summary: str = "") -> None:
        """Each problem beside its field, the first one also below the form; () clears."""
        self._problems = problems
        first = problems[0] if problems else None
        if first is not None:
            where = locate(first)
            if where.project is not None and where.project != self.projects_box.row:
                self.projects_box.commit()
                self.projects_box.show_projects(where.project)
            if where.widget in self.fields:
                self.fields[where.widget][1].setFocus()
            elif where.widget:
                self.projects_box.fields[where.widget].setFocus()
            summary = self.problem_text(first)
        self._show_field_errors()
        self.error.setText(summary)
        self.error.setVisible(bool(summary))
        if summary:
            announce(self.error, summary, assertive=True)

    def _show_field_errors(self) -> None:
        texts = field_messages(self._problems, self.projects_box.row, current_language())
        for key, (form, _field) in self.fields.items():
            self.field_errors[key].setText(texts.get(key, ""))
            form.setRowVisible(self.field_errors[key], key in texts)
        self.projects_box.show_errors(texts)

    def _editor_name(self, who: str) -> str:
        # The shipped pack is loaded under the internal name "datapack"; say what it is.
        return self.tr("Datenpaket (Auslieferung)") if self.controller.is_shipped(who) else who

    def _show_pack_info(self) -> None:
        info = self._info
        if info is None:
            self.pack_label.setText("")
            return
        self.pack_label.setText(
            self.tr("Datenpaket „{title}“, Version {version}").format(
                title=info.title, version=info.pack_version
            )
        )

    def retranslate(self) -> None:
        lang = current_language()
        self.title.setText(self.tr("Städtedaten pflegen"))
        for button, text in (
            (self.export_button, self.tr("Datenpaket &exportieren …")),
            (self.import_button, self.tr("Datenpaket &importieren …")),
            (self.restore_button, self.tr("Ausgeliefertes Datenpaket &wiederherstellen …")),
            (self.save_button, self.tr("&Speichern (Strg+S)")),
            (self.discard_button, self.tr("Änderungen &verwerfen")),
        ):
            button.setText(text)
            name_with_text(button)  # named by what it shows (WCAG 2.5.3)
        self.save_button.setAccessibleDescription(self.tr("Stadt speichern"))
        self.city_list.setAccessibleName(self.tr("Partnerstädte"))
        for i, status in enumerate(Status):
            self.status.setItemText(i, STATUS_LABELS[str(status)].get(lang))
        self.status_box.setTitle(self.tr("Status"))
        self.notes_box.setTitle(self.tr("Notizen"))
        for key, text, name in (
            ("status", self.tr("S&tatus"), self.tr("Status")),
            ("reason_de", self.tr("&Grund (deutsch)"), self.tr("Grund für den Status, deutsch")),
            ("reason_en", self.tr("Grund (englisch)"), self.tr("Grund für den Status, englisch")),
            ("notes_de", self.tr("&Deutsch"), self.tr("Notizen deutsch")),
            ("notes_en", self.tr("E&nglisch"), self.tr("Notizen englisch")),
        ):
            form, field = self.fields[key]
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
            name_from_label(field, text, name)  # the visible label, then the purpose
            # How the message line below the form names a field: its label; the notes'
            # labels ("Deutsch") say too little there, their purpose says it all.
            self._field_names[key] = name if form is self.notes_form else plain(text)
        # The box's own LanguageChange may come after this one: its names are needed now.
        self.projects_box.retranslate()
        self._show_field_errors()
        if self._problems:
            self.error.setText(self.problem_text(self._problems[0]))
        self._show_pack_info()
