"""One counselling talk: date, advisor, notes, next steps, follow-up cities, ranking snapshot.

The editor only edits; saving, the unsaved-changes guard and the export belong to the
counselling view, which listens to ``dirtyChanged`` and calls ``talk()``. The ranking snapshot
(``ranking_to_json`` output plus the profile it came from) is handed in from outside with
``set_snapshot`` and shown read-only: a saved talk keeps the ranking of its day even when the
city data changes later; only the explicit "Rangliste neu übernehmen" replaces it.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.counselling import Talk
from partnerdesk.ui.a11y import name_with_text, tab_chain
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.date_picker import DatePicker
from partnerdesk.ui.widgets.plain_text import plain_label
from partnerdesk.ui.widgets.scroll import scroll_area
from partnerdesk.ui.widgets.step_list import StepList

CITY_ID_ROLE = Qt.ItemDataRole.UserRole


def snapshot_entries(snapshot: dict[str, Any] | None) -> list[tuple[str, str, float]]:
    """(city id, name, score) of a stored ranking snapshot, best first; tolerant of old data."""
    if not isinstance(snapshot, dict):
        return []
    entries = []
    for raw in snapshot.get("ranking") or []:
        if isinstance(raw, dict) and isinstance(raw.get("city"), str):
            score = raw.get("score")
            entries.append(
                (
                    raw["city"],
                    str(raw.get("name") or raw["city"]),
                    float(score) if isinstance(score, int | float) else 0.0,
                )
            )
    return entries


class TalkEditor(Retranslatable, QWidget):
    dirtyChanged = Signal(bool)
    snapshotRequested = Signal()  # "Rangliste neu übernehmen"
    saveRequested = Signal()
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._talk = Talk(apprentice_id=0, held_on=date.today())
        self._dirty = False
        self._loading = False

        self.held_on = DatePicker(date.today(), self, allow_empty=False)
        self.advisor = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab leaves the box: keyboard users are not trapped
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.steps = StepList(self)
        self.snapshot_state = plain_label(object_name="pageHint")
        self.cities = QListWidget(self)
        self.cities.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        # Long names ("Schytomyr – 36 Punkte") wrap instead of scrolling sideways.
        self.cities.setWordWrap(True)
        self.cities.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cities.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.retake = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.setProperty("primary", True)
        self.export_button = QPushButton(self)

        self._labels = {key: plain_label(wrap=False) for key in ("date", "advisor")}
        self._labels["date"].setBuddy(self.held_on.edit)
        self._labels["advisor"].setBuddy(self.advisor)
        self._headings = {
            key: plain_label(object_name="sectionHeading") for key in ("notes", "steps", "ranking")
        }
        self._headings["notes"].setBuddy(self.notes)
        self._headings["ranking"].setBuddy(self.cities)

        head = QFormLayout()
        head.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        head.addRow(self._labels["date"], self.held_on)
        head.addRow(self._labels["advisor"], self.advisor)
        main = QVBoxLayout()
        main.addLayout(head)
        main.addWidget(self._headings["notes"])
        main.addWidget(self.notes, 1)
        main.addWidget(self._headings["steps"])
        main.addWidget(self.steps)
        side = QVBoxLayout()
        side.addWidget(self._headings["ranking"])
        side.addWidget(self.snapshot_state)
        side.addWidget(self.cities, 1)
        side.addWidget(self.retake, 0, Qt.AlignmentFlag.AlignLeft)
        columns = QHBoxLayout()
        columns.addLayout(main, 5)
        columns.addLayout(side, 2)

        content = QWidget()
        content.setLayout(columns)
        # Fields shrink to the width instead of the talk scrolling sideways (1366x697).
        scroll = scroll_area(content, self, sideways=False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

        # The fields were re-parented into the scroll area after the buttons were made:
        # without this Tab went from "Protokoll als PDF" back up to the date.
        tab_chain(self.retake, self.save_button, self.export_button)
        self.held_on.dateChanged.connect(self.on_edited)
        self.advisor.textEdited.connect(self.on_edited)
        self.notes.textChanged.connect(self.on_edited)
        self.steps.changed.connect(self.on_edited)
        self.cities.itemChanged.connect(self.on_edited)
        self.retake.clicked.connect(self.snapshotRequested)
        self.save_button.clicked.connect(self.saveRequested)
        self.export_button.clicked.connect(self.exportRequested)
        self.retranslate()
        self.load(self._talk)

    # --- public API ----------------------------------------------------------------------
    def load(self, talk: Talk) -> None:
        """Show *talk*; the editor is clean afterwards."""
        self._loading = True
        try:
            self._talk = talk
            self.held_on.set_date(talk.held_on)
            self.advisor.setText(talk.advisor)
            self.notes.setPlainText(talk.notes)
            self.steps.set_steps(talk.next_steps)
            self._fill_cities(talk.ranking_snapshot, set(talk.chosen_cities))
        finally:
            self._loading = False
        self._update_snapshot_state()
        self._set_dirty(False)

    def talk(self) -> Talk:
        """The talk as edited (not validated; the repository validates on save)."""
        held = self.held_on.date() or self._talk.held_on
        chosen = tuple(
            str(item.data(CITY_ID_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )
        return dataclasses.replace(
            self._talk,
            held_on=held,
            advisor=self.advisor.text().strip(),
            notes=self.notes.toPlainText(),
            next_steps=self.steps.steps(),
            chosen_cities=chosen,
        )

    def set_snapshot(self, ranking: dict[str, Any], profile: dict[str, Any], *, edit: bool) -> None:
        """Replace the ranking snapshot; *edit* marks it as the user's change (dirty)."""
        chosen = set(self.talk().chosen_cities)
        self._talk = dataclasses.replace(
            self._talk, ranking_snapshot=ranking, profile_snapshot=profile
        )
        self._loading = True
        try:
            self._fill_cities(ranking, chosen)
        finally:
            self._loading = False
        self._update_snapshot_state()
        if edit:
            self._set_dirty(True)

    def mark_saved(self, stored: Talk) -> None:
        """The fields stay as typed; id and version become the stored ones (the version
        counter: the next save must not look like another advisor's edit)."""
        self._talk = dataclasses.replace(self.talk(), id=stored.id, version=stored.version)
        self._update_snapshot_state()
        self._set_dirty(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def is_new(self) -> bool:
        return self._talk.id is None

    # --- slots ---------------------------------------------------------------------------
    @Slot()
    def on_edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    # --- internals -----------------------------------------------------------------------
    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _items(self) -> list[QListWidgetItem]:
        return [self.cities.item(i) for i in range(self.cities.count())]

    def _fill_cities(self, snapshot: dict[str, Any] | None, chosen: set[str]) -> None:
        self.cities.clear()
        seen = set()
        for place, (city_id, name, score) in enumerate(snapshot_entries(snapshot), 1):
            text = self.tr("{place}. {name} – {score} Punkte").format(
                place=place, name=name, score=f"{score:.0f}"
            )
            self._add_city(city_id, text, city_id in chosen)
            seen.add(city_id)
        # A chosen city missing from the snapshot (old data) stays visible and chosen.
        for city_id in sorted(chosen - seen):
            self._add_city(city_id, city_id, True)

    def _add_city(self, city_id: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(CITY_ID_ROLE, city_id)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.cities.addItem(item)

    def _update_snapshot_state(self) -> None:
        if self._talk.ranking_snapshot is None:
            text = self.tr("Noch keine Rangliste festgehalten.")
        elif self._talk.id is None:
            text = self.tr("Folgt der Selbsteinschätzung, bis das Gespräch gespeichert ist.")
        else:
            text = self.tr("Stand zum Gespräch; spätere Datenänderungen ändern ihn nicht.")
        self.snapshot_state.setText(text)

    def retranslate(self) -> None:
        self._labels["date"].setText(self.tr("&Datum"))
        self.held_on.setAccessibleName(self.tr("Datum des Gesprächs"))
        self._labels["advisor"].setText(self.tr("Beratung &durch"))
        self.advisor.setAccessibleName(self.tr("Beratung durch"))
        self._headings["notes"].setText(self.tr("&Notizen"))
        self.notes.setAccessibleName(self.tr("Gesprächsnotizen"))
        self.notes.setPlaceholderText(self.tr("Was wurde besprochen? (nur Text)"))
        self._headings["steps"].setText(self.tr("Vereinbarte nächste Schritte"))
        self._headings["ranking"].setText(self.tr("&Rangliste beim Gespräch"))
        self.cities.setAccessibleName(
            self.tr("Rangliste beim Gespräch; angehakte Städte werden weiterverfolgt")
        )
        self.cities.setToolTip(self.tr("Haken = Stadt zur Weiterverfolgung (Leertaste)"))
        self.retake.setText(self.tr("Rangliste neu übernehmen"))
        name_with_text(
            self.retake, self.tr("Rangliste aus der aktuellen Selbsteinschätzung neu übernehmen")
        )
        self.save_button.setText(self.tr("Speichern (Strg+S)"))
        self.save_button.setAccessibleName(self.tr("Gespräch speichern"))
        self.export_button.setText(self.tr("Protokoll als PDF …"))
        self.export_button.setAccessibleName(self.tr("Protokoll als PDF exportieren"))
        self._loading = True
        try:
            self._fill_cities(self._talk.ranking_snapshot, set(self.talk().chosen_cities))
        finally:
            self._loading = False
        self._update_snapshot_state()
