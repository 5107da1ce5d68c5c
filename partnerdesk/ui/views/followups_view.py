"""The "Wiedervorlage" page: every open next step of every talk, overdue ones first.

Steps are grouped by urgency (überfällig, heute, in den nächsten 7 Tagen, später, ohne Datum)
and can be narrowed to one advisor's talks. Activating a row asks the window to open that
talk (``talkRequested``); "Als Kalender exportieren …" writes the dated steps as an ICS file
whose UIDs stay the same from export to export. The sorting and grouping is
``partnerdesk.core.followups``; this module only lays it out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import paths
from partnerdesk.core import followups as f
from partnerdesk.core.ics import calendar
from partnerdesk.ui.a11y import name_with_text
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import plain_label

TALK_ROLE = Qt.ItemDataRole.UserRole
APPRENTICE_ROLE = Qt.ItemDataRole.UserRole + 1
ALL_ADVISORS = ""


class FollowupsView(Retranslatable, QWidget):
    """Open next steps across all apprentices. ``overdueChanged(n)`` feeds the sidebar badge."""

    talkRequested = Signal(int, int)  # apprentice id, talk id
    overdueChanged = Signal(int)

    def __init__(
        self,
        load: Callable[[], list[f.FollowUp]],
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followupsView")
        self._load = load
        self._today = today
        self._items: list[f.FollowUp] = []

        self.title = plain_label(object_name="pageTitle", wrap=False)
        self.hint = plain_label(object_name="pageHint")
        self.advisor_label = QLabel(self)
        self.advisor = QComboBox(self)
        self.advisor_label.setBuddy(self.advisor)
        self.export_button = QPushButton(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index in (0, 2, 3, 4):
            self.tree.header().setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = plain_label(object_name="pageHint")

        bar = QHBoxLayout()
        bar.addWidget(self.advisor_label)
        bar.addWidget(self.advisor)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 16, 16, 16)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addLayout(bar)
        column.addWidget(self.tree, 1)
        column.addWidget(self.empty)

        self.advisor.currentIndexChanged.connect(self.on_filter_changed)
        self.tree.itemActivated.connect(self.on_item_activated)
        self.export_button.clicked.connect(self.export_ics)
        self.retranslate()

    # --- public API ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the open steps again (after a save, or when the page is shown)."""
        try:
            self._items = self._load()
        except Exception as exc:
            msg.storage_error(self, exc)
            return
        self._fill_advisors()
        self._fill_tree()
        self.overdueChanged.emit(f.overdue_count(self._items, self._today()))

    def shown_items(self) -> list[f.FollowUp]:
        chosen = self.advisor.currentData()
        return f.select(self._items, advisor=chosen or None)

    @Slot()
    def export_ics(self) -> Path | None:
        items = [i for i in self.shown_items() if i.due_date is not None]
        if not items:
            msg.inform(
                self,
                self.tr("Nichts zu exportieren"),
                self.tr("Keiner der gezeigten Schritte hat ein Datum."),
            )
            return None
        default = paths.documents_dir() / self.tr("Wiedervorlage.ics")
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Wiedervorlage als Kalenderdatei speichern"),
            str(default),
            self.tr("Kalender (*.ics)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".ics":
            target = target.with_suffix(target.suffix + ".ics")
        try:
            target.write_bytes(calendar(items, current_language()).encode("utf-8"))
        except OSError as exc:
            msg.warn(
                self,
                self.tr("Export fehlgeschlagen"),
                self.tr("Die Kalenderdatei wurde nicht gespeichert."),
                str(exc),
            )
            return None
        msg.inform(
            self,
            self.tr("Kalenderdatei gespeichert"),
            self.tr(
                "%n Termin(e) gespeichert in:\n{0}\n\nEin erneuter Import aktualisiert die "
                "Termine, statt sie doppelt anzulegen.",
                "",
                len(items),
            ).format(target),
        )
        return target

    # --- slots ---------------------------------------------------------------------------
    @Slot(int)
    def on_filter_changed(self, _index: int) -> None:
        self._fill_tree()

    @Slot(QTreeWidgetItem, int)
    def on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        talk_id = item.data(0, TALK_ROLE)
        if talk_id is not None:
            self.talkRequested.emit(int(item.data(0, APPRENTICE_ROLE)), int(talk_id))

    # --- internals -----------------------------------------------------------------------
    def _group_title(self, urgency: f.Urgency, count: int) -> str:
        titles = {
            f.Urgency.OVERDUE: self.tr("Überfällig (%n)", "", count),
            f.Urgency.TODAY: self.tr("Heute fällig (%n)", "", count),
            f.Urgency.WEEK: self.tr("In den nächsten 7 Tagen (%n)", "", count),
            f.Urgency.LATER: self.tr("Später (%n)", "", count),
            f.Urgency.UNDATED: self.tr("Ohne Datum (%n)", "", count),
        }
        return titles[urgency]

    def _fill_advisors(self) -> None:
        chosen = self.advisor.currentData()
        self.advisor.blockSignals(True)
        try:
            self.advisor.clear()
            self.advisor.addItem(self.tr("Alle"), ALL_ADVISORS)
            for name in f.advisors(self._items):
                self.advisor.addItem(name, name)
            index = self.advisor.findData(chosen) if chosen else 0
            self.advisor.setCurrentIndex(max(index, 0))
        finally:
            self.advisor.blockSignals(False)

    def _fill_tree(self) -> None:
        today = self._today()
        items = self.shown_items()
        self.tree.clear()
        for urgency, group in f.grouped(items, today):
            head = QTreeWidgetItem([self._group_title(urgency, len(group))])
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            for step in group:
                row = QTreeWidgetItem(
                    [
                        format_date(step.due_date, empty=self.tr("kein Datum")),
                        step.text.replace("\n", " "),
                        step.owner or "—",
                        step.apprentice_name,
                        step.advisor or "—",
                    ]
                )
                row.setData(0, TALK_ROLE, step.talk_id)
                row.setData(0, APPRENTICE_ROLE, step.apprentice_id)
                row.setToolTip(1, step.text)
                self.tree.addTopLevelItem(row)
        self.tree.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.export_button.setEnabled(any(i.due_date is not None for i in items))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Wiedervorlage"))
        self.hint.setText(
            self.tr(
                "Alle offenen nächsten Schritte aus den Gesprächen. Doppelklick oder Eingabe "
                "öffnet das Gespräch."
            )
        )
        self.advisor_label.setText(self.tr("Beratung &durch:"))
        self.advisor.setAccessibleName(self.tr("Nur Gespräche dieser Beraterin/dieses Beraters"))
        self.export_button.setText(self.tr("Als &Kalender exportieren …"))
        # Named by what it shows (a voice user says what they see); the purpose as description.
        name_with_text(
            self.export_button, self.tr("Fällige Schritte als Kalenderdatei (ICS) exportieren")
        )
        self.tree.setHeaderLabels(
            [
                self.tr("Fällig"),
                self.tr("Schritt"),
                self.tr("Zuständig"),
                self.tr("Azubi"),
                self.tr("Beratung durch"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Offene Schritte"))
        self.empty.setText(self.tr("Keine offenen Schritte – alles erledigt."))
        if self._items:
            self._fill_advisors()
            self._fill_tree()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # another window or the CLI may have changed steps meanwhile
        super().showEvent(event)
