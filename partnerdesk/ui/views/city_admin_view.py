"""City data for the data steward: projects, status and reason, notes; the data pack.

Edits are made on a working copy of one city and saved with "Speichern": the city is checked
here first (messages naming the field), then as part of the whole pack by the pack loader
(so an export can always be read back), then by the repository, which stamps date and
editor. Any refusal leaves the edits on screen. Import validates the file completely before
anything is replaced; a bad pack changes nothing. ``citiesChanged`` tells the rest of the
window (explorer, matching, snapshot cache) to reload.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import paths
from partnerdesk.core.datapack import (
    PackError,
    dump_pack,
    load_pack,
    load_shipped_pack,
    pack_to_dict,
    parse_pack,
)
from partnerdesk.core.domain import City, DataPack, Project, Text
from partnerdesk.core.vocab import STATUS_LABELS, THEME_KEYS, THEMES, Status
from partnerdesk.store.repository import CityDataError, CityRepository
from partnerdesk.ui.a11y import announce, name_from_label, tab_chain
from partnerdesk.ui.busy import run_busy
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.formatting import format_datetime
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.widgets.list_current import restore_current
from partnerdesk.ui.widgets.plain_text import plain_label

KEY_ROLE = Qt.ItemDataRole.UserRole


class CityAdminView(QWidget):
    citiesChanged = Signal()

    def __init__(
        self, cities_repo: CityRepository, editor_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cityAdminView")
        self.repo = cities_repo
        self.editor_name = editor_name
        self._city: City | None = None
        self._projects: list[Project] = []
        self._project_row = -1
        self._loading = False

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
        self.projects = QListWidget(self)
        self.add_project = QPushButton(self)
        self.remove_project = QPushButton(self)
        self.project_title = QLineEdit(self)
        self.project_source = QComboBox(self)
        # Sized to its longest source title the box made the form wider than a 1280 px window
        # (sideways scrolling, fields cut off); the open list still shows every title whole.
        self.project_source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.project_source.setMinimumContentsLength(20)
        self.project_themes = QListWidget(self)
        for key in THEME_KEYS:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.project_themes.addItem(item)
        # All twelve themes visible at once: ticking themes should not need scrolling.
        rows = self.project_themes.sizeHintForRow(0) * (len(THEME_KEYS) + 1)
        self.project_themes.setMinimumHeight(rows)
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
        self.projects_box = QGroupBox(self)
        project_buttons = QHBoxLayout()
        project_buttons.addWidget(self.add_project)
        project_buttons.addWidget(self.remove_project)
        project_buttons.addStretch(1)
        project_detail = QFormLayout()
        project_detail.addRow("-", self.project_title)
        project_detail.addRow("-", self.project_source)
        project_detail.addRow("-", self.project_themes)
        self.project_detail = project_detail
        projects_row = QHBoxLayout()
        projects_left = QVBoxLayout()
        projects_left.addWidget(self.projects, 1)
        projects_left.addLayout(project_buttons)
        projects_row.addLayout(projects_left, 1)
        projects_row.addLayout(project_detail, 1)
        self.projects_box.setLayout(projects_row)
        self.notes_box = QGroupBox(self)
        self.notes_form = QFormLayout(self.notes_box)
        self.notes_form.addRow("-", self.notes_de)
        self.notes_form.addRow("-", self.notes_en)

        form = QWidget()
        form_column = QVBoxLayout(form)
        form_column.addWidget(self.stamp)
        form_column.addWidget(self.status_box)
        form_column.addWidget(self.projects_box)
        form_column.addWidget(self.notes_box)
        form_column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        self.projects.currentRowChanged.connect(self.on_project_changed)
        self.add_project.clicked.connect(self.on_add_project_clicked)
        self.remove_project.clicked.connect(self.on_remove_project_clicked)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.on_discard_clicked)
        self.export_button.clicked.connect(self.export_pack)
        self.import_button.clicked.connect(self.import_pack)
        self.restore_button.clicked.connect(self.restore_shipped)
        self.project_title.textEdited.connect(self.on_project_title_edited)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.retranslate()
        self.reload()

    # --- public API ----------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        """Read the cities again (after import/restore or a change elsewhere)."""
        select_id = select_id or (self._city.id if self._city else None)
        cities = self.repo.cities()
        self._fill_sources()
        lang = current_language()
        self._loading = True
        try:
            self.city_list.clear()
            for city in cities:
                item = QListWidgetItem(city.name(lang))
                item.setData(KEY_ROLE, city.id)
                self.city_list.addItem(item)
        finally:
            self._loading = False
        self._show_pack_info()
        row = next((i for i, c in enumerate(cities) if c.id == select_id), 0)
        self._city = None
        if cities:
            self.city_list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._load_city(cities[row].id)

    def edited_city(self) -> City | None:
        """The working copy as a City (not yet validated)."""
        if self._city is None:
            return None
        self._commit_project()
        return dataclasses.replace(
            self._city,
            status=str(self.status.currentData()),
            status_reason=Text(self.reason_de.text().strip(), self.reason_en.text().strip()),
            projects=tuple(self._projects),
            notes=Text(self.notes_de.toPlainText().strip(), self.notes_en.toPlainText().strip()),
        )

    def is_dirty(self) -> bool:
        return self._city is not None and self.edited_city() != self._city

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
        problem = self.check(city)
        if problem is None:
            try:
                self._check_as_pack(city)
                self.repo.update_city(city, self.editor_name)
            except (PackError, CityDataError, KeyError) as exc:
                problem = str(exc)
            except Exception as exc:
                msg.storage_error(self, exc)
                return False
        if problem is not None:
            self.error.setText(problem)
            self.error.setVisible(True)
            announce(self.error, problem, assertive=True)
            return False
        self.error.setVisible(False)
        self._load_city(city.id)
        self.citiesChanged.emit()
        return True

    def check(self, city: City) -> str | None:
        """The first problem a steward must fix, in words naming the field; None if fine."""
        if city.status != Status.ACTIVE and not city.status_reason.de:
            return self.tr("Grund (deutsch): Bei Status „{0}“ bitte einen Grund angeben.").format(
                STATUS_LABELS[city.status].get(current_language())
            )
        for number, project in enumerate(city.projects, 1):
            if not project.title.strip():
                return self.tr("Projekt {0}: Bitte einen Titel eingeben.").format(number)
            if not project.themes:
                return self.tr("Projekt {0} („{1}“): Bitte mindestens ein Thema ankreuzen.").format(
                    number, project.title
                )
        return None

    # --- pack ----------------------------------------------------------------------------
    @Slot()
    def export_pack(self) -> Path | None:
        if not self.maybe_save():
            return None
        try:
            pack = self.repo.to_pack()
        except LookupError:
            return None
        folder = paths.documents_dir()
        folder.mkdir(parents=True, exist_ok=True)
        default = folder / f"partnerdesk-staedte-{pack.pack_version}.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Datenpaket exportieren"), str(default), self.tr("Datenpaket (*.json)")
        )
        if not chosen:
            return None
        try:
            dump_pack(pack, chosen)
        except (OSError, PackError) as exc:
            msg.warn(
                self,
                self.tr("Export fehlgeschlagen"),
                self.tr("Das Datenpaket wurde nicht gespeichert."),
                str(exc),
            )
            return None
        return Path(chosen)

    @Slot()
    def import_pack(self) -> bool:
        if not self.maybe_save():
            return False
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Datenpaket importieren"),
            str(paths.documents_dir()),
            self.tr("Datenpaket (*.json)"),
        )
        if not chosen:
            return False
        try:
            # Off the GUI thread: a pack may have up to the guard's limit of cities.
            pack = run_busy(self, self.tr("Datenpaket wird geprüft …"), lambda: load_pack(chosen))
        except PackError as exc:
            msg.warn(
                self,
                self.tr("Datenpaket abgelehnt"),
                self.tr("Das Datenpaket ist fehlerhaft; es wurde nichts geändert."),
                str(exc),
            )
            return False
        return self._replace_with(pack, self.tr("Datenpaket importieren?"))

    @Slot()
    def restore_shipped(self) -> bool:
        if not self.maybe_save():
            return False
        return self._replace_with(
            load_shipped_pack(), self.tr("Ausgeliefertes Datenpaket wiederherstellen?")
        )

    def _replace_with(self, pack: DataPack, question: str) -> bool:
        projects = sum(len(c.projects) for c in pack.cities)
        text = self.tr(
            "„{title}“, Version {version}: {cities} Städte, {projects} Projekte. "
            "Alle Städtedaten und Änderungen in PartnerDesk werden ersetzt."
        ).format(
            title=pack.title, version=pack.pack_version, cities=len(pack.cities), projects=projects
        )
        if not msg.confirm(self, question, text):
            return False
        try:
            run_busy(
                self,
                self.tr("Städtedaten werden ersetzt …"),
                lambda: self.repo.load_pack(pack, editor=self.editor_name),
            )
        except CityDataError as exc:
            msg.warn(
                self,
                self.tr("Datenpaket abgelehnt"),
                self.tr("Das Datenpaket ist fehlerhaft; es wurde nichts geändert."),
                str(exc),
            )
            return False
        except Exception as exc:
            msg.storage_error(self, exc)
            return False
        self._city = None
        self.reload()
        self.citiesChanged.emit()
        return True

    # --- slots ---------------------------------------------------------------------------
    @Slot(QListWidgetItem, QListWidgetItem)
    def on_city_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._loading or current is None:
            return
        if self._city is not None and current.data(KEY_ROLE) == self._city.id:
            return
        if not self.maybe_save():
            self._loading = True
            restore_current(self.city_list, previous)
            self._loading = False
            return
        self._load_city(str(current.data(KEY_ROLE)))

    @Slot(int)
    def on_project_changed(self, row: int) -> None:
        if self._loading:
            return
        self._commit_project()
        self._show_project(row)

    @Slot()
    def on_add_project_clicked(self) -> None:
        self._commit_project()
        source = self._projects[-1].source if self._projects else self._default_source()
        self._projects.append(Project(title="", themes=(), source=source))
        self._fill_projects(len(self._projects) - 1)
        self.project_title.setFocus()

    @Slot()
    def on_remove_project_clicked(self) -> None:
        row = self.projects.currentRow()
        if row < 0:
            return
        self._commit_project()
        del self._projects[row]
        self._project_row = -1
        self._fill_projects(min(row, len(self._projects) - 1))

    @Slot(str)
    def on_project_title_edited(self, text: str) -> None:
        item = self.projects.currentItem()
        if item is not None:
            item.setText(text or self.tr("(ohne Titel)"))

    @Slot()
    def on_discard_clicked(self) -> None:
        if self._city is not None:
            self._load_city(self._city.id)

    # --- internals -----------------------------------------------------------------------
    def _load_city(self, city_id: str) -> None:
        city = self.repo.city(city_id)
        self._city = city
        self._loading = True
        try:
            self.status.setCurrentIndex(max(0, self.status.findData(city.status)))
            self.reason_de.setText(city.status_reason.de)
            self.reason_en.setText(city.status_reason.en)
            self.notes_de.setPlainText(city.notes.de)
            self.notes_en.setPlainText(city.notes.en)
        finally:
            self._loading = False
        self._projects = list(city.projects)
        self._project_row = -1
        self._fill_projects(0 if self._projects else -1)
        self.error.setVisible(False)
        stamp = self.repo.edit_stamp(city_id)
        when = format_datetime(stamp.updated_at)
        self.stamp.setText(
            self.tr("{city}: zuletzt geändert am {when} von {who}").format(
                city=city.name(current_language()),
                when=when,
                who=self._editor_name(stamp.updated_by),
            )
        )

    def _fill_projects(self, select: int) -> None:
        self._loading = True
        try:
            self.projects.clear()
            for project in self._projects:
                self.projects.addItem(project.title or self.tr("(ohne Titel)"))
        finally:
            self._loading = False
        if select >= 0:
            self.projects.setCurrentRow(select)
        self._show_project(select)

    def _show_project(self, row: int) -> None:
        self._project_row = row
        has = 0 <= row < len(self._projects)
        for widget in (
            self.project_title,
            self.project_source,
            self.project_themes,
            self.remove_project,
        ):
            widget.setEnabled(has)
        project = self._projects[row] if has else Project("", ())
        self.project_title.setText(project.title)
        self.project_source.setCurrentIndex(max(0, self.project_source.findData(project.source)))
        for i in range(self.project_themes.count()):
            item = self.project_themes.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(KEY_ROLE) in project.themes
                else Qt.CheckState.Unchecked
            )

    def _commit_project(self) -> None:
        row = self._project_row
        if not 0 <= row < len(self._projects):
            return
        themes = tuple(
            str(self.project_themes.item(i).data(KEY_ROLE))
            for i in range(self.project_themes.count())
            if self.project_themes.item(i).checkState() == Qt.CheckState.Checked
        )
        self._projects[row] = Project(
            self.project_title.text().strip(),
            themes,
            str(self.project_source.currentData() or "seed"),
        )

    def _check_as_pack(self, city: City) -> None:
        """Validate as the pack loader would, so an export can always be imported again."""
        pack = self.repo.to_pack()
        cities = tuple(city if c.id == city.id else c for c in pack.cities)
        parse_pack(pack_to_dict(dataclasses.replace(pack, cities=cities)))

    def _fill_sources(self) -> None:
        info = self.repo.pack_info()
        self.project_source.clear()
        for source in info.sources if info else ():
            # The title, never the internal key ("seed"); the link as tooltip.
            self.project_source.addItem(source.title or source.key, source.key)
            if source.url:
                self.project_source.setItemData(
                    self.project_source.count() - 1, source.url, Qt.ItemDataRole.ToolTipRole
                )

    def _editor_name(self, who: str) -> str:
        # The shipped pack is loaded under the internal name "datapack"; say what it is.
        return self.tr("Datenpaket (Auslieferung)") if who == "datapack" else who

    def _default_source(self) -> str:
        return str(self.project_source.itemData(0) or "seed")

    def _show_pack_info(self) -> None:
        info = self.repo.pack_info()
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
        for button, text, name in (
            (
                self.export_button,
                self.tr("Datenpaket &exportieren …"),
                self.tr("Datenpaket exportieren"),
            ),
            (
                self.import_button,
                self.tr("Datenpaket &importieren …"),
                self.tr("Datenpaket importieren"),
            ),
            (
                self.restore_button,
                self.tr("Ausgeliefertes Datenpaket &wiederherstellen …"),
                self.tr("Ausgeliefertes Datenpaket wiederherstellen"),
            ),
            (self.add_project, self.tr("Projekt &hinzufügen"), self.tr("Projekt hinzufügen")),
            (self.remove_project, self.tr("Projekt &entfernen"), self.tr("Projekt entfernen")),
            (self.save_button, self.tr("&Speichern (Strg+S)"), self.tr("Stadt speichern")),
            (
                self.discard_button,
                self.tr("Änderungen &verwerfen"),
                self.tr("Änderungen verwerfen"),
            ),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.city_list.setAccessibleName(self.tr("Partnerstädte"))
        self.projects.setAccessibleName(self.tr("Projekte"))
        for i, status in enumerate(Status):
            self.status.setItemText(i, STATUS_LABELS[str(status)].get(lang))
        self.status_box.setTitle(self.tr("Status"))
        self.projects_box.setTitle(self.tr("Aktuelle Projekte"))
        self.notes_box.setTitle(self.tr("Notizen"))
        rows = (
            (self.status_form, self.status, self.tr("S&tatus"), self.tr("Status")),
            (
                self.status_form,
                self.reason_de,
                self.tr("&Grund (deutsch)"),
                self.tr("Grund für den Status, deutsch"),
            ),
            (
                self.status_form,
                self.reason_en,
                self.tr("Grund (englisch)"),
                self.tr("Grund für den Status, englisch"),
            ),
            (
                self.project_detail,
                self.project_title,
                self.tr("&Titel"),
                self.tr("Titel des Projekts"),
            ),
            (
                self.project_detail,
                self.project_source,
                self.tr("&Quelle"),
                self.tr("Quelle des Projekts"),
            ),
            (
                self.project_detail,
                self.project_themes,
                self.tr("T&hemen"),
                self.tr("Themen des Projekts"),
            ),
            (self.notes_form, self.notes_de, self.tr("&Deutsch"), self.tr("Notizen deutsch")),
            (self.notes_form, self.notes_en, self.tr("E&nglisch"), self.tr("Notizen englisch")),
        )
        for form, field, text, name in rows:
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
            name_from_label(field, text, name)  # the visible label, then the purpose
        for i in range(self.project_themes.count()):
            item = self.project_themes.item(i)
            item.setText(THEMES[str(item.data(KEY_ROLE))].get(lang))
        self._show_pack_info()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
