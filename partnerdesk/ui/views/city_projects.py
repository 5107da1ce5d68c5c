"""The "Aktuelle Projekte" box of the city data editor: the list, add/remove, and one project's
title, source and themes, each with its message line for a broken rule.

It edits the controller's working copy of the projects (``CityAdminController.projects``);
the controller decides what a new project looks like and which row follows a removal.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.domain import Project, Source
from partnerdesk.core.vocab import THEME_KEYS, THEMES
from partnerdesk.ui.a11y import name_from_label, plain
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.views.city_admin_controller import CityAdminController
from partnerdesk.ui.widgets.plain_text import plain_label

KEY_ROLE = Qt.ItemDataRole.UserRole
ERROR_COLOUR = "color: #a61b1b;"


def add_error_line(form: QFormLayout, field: QWidget) -> QLabel:
    """A hidden message line right under *field* in *form*, for the rule it breaks."""
    label = plain_label(object_name="fieldError")
    label.setStyleSheet(ERROR_COLOUR)
    # PySide6's stub types the (row, role) pair as object.
    row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(field))
    form.insertRow(row + 1, "", label)
    form.setRowVisible(label, False)
    return label


class CityProjectsEditor(QGroupBox):
    rowShown = Signal()  # another project is shown: the view puts its messages up

    def __init__(self, controller: CityAdminController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.row = -1  # the project the detail fields show
        self._loading = False

        self.list = QListWidget(self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.title_edit = QLineEdit(self)
        self.source = QComboBox(self)
        # Sized to its longest source title the box made the form wider than a 1280 px window
        # (sideways scrolling, fields cut off); the open list still shows every title whole.
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source.setMinimumContentsLength(20)
        self.themes = QListWidget(self)
        for key in THEME_KEYS:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.themes.addItem(item)
        # All twelve themes visible at once: ticking themes should not need scrolling.
        self.themes.setMinimumHeight(self.themes.sizeHintForRow(0) * (len(THEME_KEYS) + 1))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form = QFormLayout()
        self.form.addRow("-", self.title_edit)
        self.form.addRow("-", self.source)
        self.form.addRow("-", self.themes)
        # The keys are the names ``city_admin_controller.locate`` gives these fields.
        self.fields: dict[str, QWidget] = {
            "project_title": self.title_edit,
            "project_source": self.source,
            "project_themes": self.themes,
        }
        self.errors = {key: add_error_line(self.form, field) for key, field in self.fields.items()}
        self.field_names: dict[str, str] = {}
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addLayout(self.form, 1)

        self.list.currentRowChanged.connect(self.on_row_changed)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.title_edit.textEdited.connect(self.on_title_edited)
        self.retranslate()

    # --- what the view calls -------------------------------------------------------------
    def set_sources(self, sources: tuple[Source, ...]) -> None:
        self.source.clear()
        for source in sources:
            # The title, never the internal key ("seed"); the link as tooltip.
            self.source.addItem(source.title or source.key, source.key)
            if source.url:
                self.source.setItemData(
                    self.source.count() - 1, source.url, Qt.ItemDataRole.ToolTipRole
                )

    def show_projects(self, select: int) -> None:
        """List the controller's projects and show project *select* (-1: none)."""
        self._loading = True
        try:
            self.list.clear()
            for project in self.controller.projects:
                self.list.addItem(project.title or self.tr("(ohne Titel)"))
        finally:
            self._loading = False
        if select >= 0:
            self.list.setCurrentRow(select)
        self.show_project(select)

    def show_project(self, row: int) -> None:
        self.row = row
        projects = self.controller.projects
        has = 0 <= row < len(projects)
        for widget in (self.title_edit, self.source, self.themes, self.remove_button):
            widget.setEnabled(has)
        project = projects[row] if has else Project("", ())
        self.title_edit.setText(project.title)
        self.source.setCurrentIndex(max(0, self.source.findData(project.source)))
        for i in range(self.themes.count()):
            item = self.themes.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(KEY_ROLE) in project.themes
                else Qt.CheckState.Unchecked
            )

    def commit(self) -> None:
        """Write the detail fields back into the working copy."""
        themes = tuple(
            str(self.themes.item(i).data(KEY_ROLE))
            for i in range(self.themes.count())
            if self.themes.item(i).checkState() == Qt.CheckState.Checked
        )
        self.controller.set_project(
            self.row, self.title_edit.text(), themes, str(self.source.currentData() or "")
        )

    def show_errors(self, texts: dict[str, str]) -> None:
        """The messages of the shown project's fields (by field key); others are hidden."""
        for key, label in self.errors.items():
            label.setText(texts.get(key, ""))
            self.form.setRowVisible(label, key in texts)

    # --- slots ---------------------------------------------------------------------------
    @Slot(int)
    def on_row_changed(self, row: int) -> None:
        if self._loading:
            return
        self.commit()
        self.show_project(row)
        self.rowShown.emit()

    @Slot()
    def on_add_clicked(self) -> None:
        self.commit()
        self.show_projects(self.controller.add_project())
        self.rowShown.emit()
        self.title_edit.setFocus()

    @Slot()
    def on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.commit()
        self.row = -1
        self.show_projects(self.controller.remove_project(row))
        self.rowShown.emit()

    @Slot(str)
    def on_title_edited(self, text: str) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setText(text or self.tr("(ohne Titel)"))

    # --- text ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        # Called by the city data view's retranslate(), which then puts the field messages
        # up again; one call per language switch, in that order.
        lang = current_language()
        self.setTitle(self.tr("Aktuelle Projekte"))
        for button, text, name in (
            (self.add_button, self.tr("Projekt &hinzufügen"), self.tr("Projekt hinzufügen")),
            (self.remove_button, self.tr("Projekt &entfernen"), self.tr("Projekt entfernen")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.list.setAccessibleName(self.tr("Projekte"))
        rows = (
            ("project_title", self.tr("&Titel"), self.tr("Titel des Projekts")),
            ("project_source", self.tr("&Quelle"), self.tr("Quelle des Projekts")),
            ("project_themes", self.tr("T&hemen"), self.tr("Themen des Projekts")),
        )
        for key, text, name in rows:
            field = self.fields[key]
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
            name_from_label(field, text, name)  # the visible label, then the purpose
            self.field_names[key] = plain(text)
        for i in range(self.themes.count()):
            item = self.themes.item(i)
            item.setText(THEMES[str(item.data(KEY_ROLE))].get(lang))
