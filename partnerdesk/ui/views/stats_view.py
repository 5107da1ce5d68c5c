"""The team's numbers (advisor mode, "Statistik"): charts and a table, by year, CSV and PDF.

Counts only, never names; groups of one or two show as "< 3" in the charts, the table, the
CSV and the PDF alike (``partnerdesk.core.stats``). The view gets a function that reads the
plain rows (``store.statistics.stats_rows``) and re-reads them on every ``refresh()`` - the
page is refreshed whenever it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import paths
from partnerdesk.core import stats as st
from partnerdesk.core.domain import City
from partnerdesk.core.files import write_atomic
from partnerdesk.core.stays import STAY_FUNDING
from partnerdesk.qt.charts import COLOURS, Bar, paint_bars
from partnerdesk.ui.a11y import hidden_label
from partnerdesk.ui.dialogs import plain_message as msg
from partnerdesk.ui.i18n import current_language
from partnerdesk.ui.retranslate import Retranslatable
from partnerdesk.ui.widgets.plain_text import plain_label

LoadRows = Callable[[], tuple[list[st.TalkRow], list[st.StayRow]]]


def write_pdf(
    path: Path,
    title: str,
    subtitle: str,
    rows: list[tuple[str, str, st.Count]],
    note: str,
    head: tuple[str, str, str],
    lang: str,
) -> Path:
    """The one PDF step (imported late: Typst is only needed on export)."""
    from partnerdesk.report.stats_doc import write_stats_pdf

    return write_stats_pdf(path, title, subtitle, rows, note, head, lang)


class BarChart(QWidget):
    def __init__(self, colour_index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = COLOURS[colour_index % len(COLOURS)]
        self.title = ""
        self.bars: list[Bar] = []
        self.empty = "–"
        self.setMinimumSize(260, 190)

    def set_data(self, title: str, bars: list[Bar], empty: str) -> None:
        self.title, self.bars, self.empty = title, bars, empty
        summary = ", ".join(f"{b.label}: {b.count}" for b in bars) or empty
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 230)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(6, 4, -6, -4)
        paint_bars(painter, rect, self.title, self.bars, self._colour, self.empty)
        painter.end()


class StatsView(Retranslatable, QWidget):
    def __init__(
        self, load_rows: LoadRows, cities: Sequence[City], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statsView")
        self._load = load_rows
        self._cities = list(cities)
        self._rows: tuple[list[st.TalkRow], list[st.StayRow]] = ([], [])
        self.stats = st.compute([], [])

        self.title = plain_label(object_name="pageTitle", wrap=False)
        self.hint = plain_label(object_name="pageHint")
        self.year = QComboBox(self)
        # On Linux a combo box is named by its value ("Alle Jahre") unless a label is linked.
        self._year_label = hidden_label(self.year)
        self.csv_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.year)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        self.charts = [BarChart(i, self) for i in range(5)]
        grid = QGridLayout()
        grid.addWidget(self.charts[0], 0, 0, 1, 2)
        for index, chart in enumerate(self.charts[1:]):
            grid.addWidget(chart, 1 + index // 2, index % 2)
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(320)
        body = QHBoxLayout()
        body.addLayout(grid, 3)
        body.addWidget(self.table, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)

        self.year.currentIndexChanged.connect(self.on_year_changed)
        self.csv_button.clicked.connect(self.on_export_csv)
        self.pdf_button.clicked.connect(self.on_export_pdf)
        self.retranslate()

    # --- data ------------------------------------------------------------------------------

    def set_cities(self, cities: Sequence[City]) -> None:
        self._cities = list(cities)
        self._show()

    def refresh(self) -> None:
        """Re-read the rows and the list of years; keeps the chosen year when it still has data."""
        self._rows = self._load()
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Alle Jahre"), None)
        for value in st.years(*self._rows):
            self.year.addItem(str(value), value)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self._show()

    def select_year(self, year: int | None) -> None:
        self.year.setCurrentIndex(max(0, self.year.findData(year)))

    def _names(self) -> dict[str, str]:
        lang = current_language()
        return {c.id: c.name(lang) for c in self._cities}

    def chart_data(self) -> list[tuple[str, list[Bar]]]:
        s, lang, names = self.stats, current_language(), self._names()
        months = [Bar(k[5:] if s.year else k, st.masked(n)) for k, n in s.talks_per_month.items()]

        def cities(counts: dict[str, int]) -> list[Bar]:
            return [Bar(names.get(c, c), st.masked(n)) for c, n in counts.items()]

        funding = [
            Bar(STAY_FUNDING[k].get(lang) if k in STAY_FUNDING else k, st.masked(n))
            for k, n in s.stays_by_funding.items()
        ]
        steps = [
            Bar(self.tr("offen"), st.masked(s.steps_open)),
            Bar(self.tr("erledigt"), st.masked(s.steps_done)),
        ]
        return [
            (self.tr("Gespräche pro Monat"), months),
            (self.tr("Gewählte Städte (Azubis)"), cities(s.cities_chosen)),
            (self.tr("Besuchte Städte (Aufenthalte)"), cities(s.cities_visited)),
            (self.tr("Aufenthalte nach Förderweg"), funding),
            (self.tr("Nächste Schritte"), steps),
        ]

    def _show(self) -> None:
        self.stats = st.compute(*self._rows, self.year.currentData())
        empty = self.tr("keine Daten")
        for chart, (title, bars) in zip(self.charts, self.chart_data(), strict=True):
            chart.set_data(title, bars, empty)
        rows = st.table(self.stats, current_language(), self._names())
        self.table.setRowCount(len(rows))
        for index, (section, group, count) in enumerate(rows):
            for column, value in enumerate((section, group, str(count))):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        self.hint.setText(
            self.tr(
                "{talks} Gespräche, {people} beratene Azubis. Nur Anzahlen, keine Namen; Gruppen "
                "mit weniger als 3 erscheinen als „< 3“."
            ).format(talks=st.masked(self.stats.talks), people=st.masked(self.stats.apprentices))
        )

    # --- export ----------------------------------------------------------------------------

    def _year_text(self) -> str:
        year = self.year.currentData()
        return str(year) if year else self.tr("alle Jahre")

    def export_csv(self, path: Path) -> Path:
        text = st.to_csv(self.stats, current_language(), self._names())
        return write_atomic(path, "\ufeff" + text)  # BOM: Excel reads the umlauts as UTF-8

    def export_pdf(self, path: Path) -> Path:
        title = self.tr("PartnerDesk – Zahlen des Teams INA ({year})").format(
            year=self._year_text()
        )
        subtitle = self.hint.text()
        note = self.tr(
            "Erstellt mit PartnerDesk. Gruppen mit weniger als 3 Personen oder "
            "Gesprächen sind als „< 3“ angegeben."
        )
        head = (self.tr("Bereich"), self.tr("Gruppe"), self.tr("Anzahl"))
        lang = current_language()
        return write_pdf(
            path, title, subtitle, st.table(self.stats, lang, self._names()), note, head, lang
        )

    def _ask_path(self, suffix: str, filter_text: str) -> Path | None:
        name = self.tr("statistik-{year}").format(year=self._year_text().replace(" ", "-"))
        default = str(paths.documents_dir() / f"{name}.{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Statistik exportieren"), default, filter_text
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{suffix}" else path.with_suffix(f".{suffix}")

    @Slot()
    def on_export_csv(self) -> Path | None:
        path = self._ask_path("csv", self.tr("CSV-Dateien (*.csv)"))
        return self._run_export(self.export_csv, path)

    @Slot()
    def on_export_pdf(self) -> Path | None:
        path = self._ask_path("pdf", self.tr("PDF-Dateien (*.pdf)"))
        return self._run_export(self.export_pdf, path)

    def _run_export(self, export: Callable[[Path], Path], path: Path | None) -> Path | None:
        if path is None:
            return None
        try:
            return export(path)
        except OSError as exc:
            msg.storage_error(self, exc)
            return None

    # --- events ----------------------------------------------------------------------------

    @Slot(int)
    def on_year_changed(self, _index: int) -> None:
        self._show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Statistik"))
        self.year.setAccessibleName(self.tr("Jahr"))
        self._year_label.setText(self.year.accessibleName())
        if self.year.count():
            self.year.setItemText(0, self.tr("Alle Jahre"))
        self.csv_button.setText(self.tr("Als &CSV exportieren …"))
        self.pdf_button.setText(self.tr("Als &PDF exportieren …"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bereich"), self.tr("Gruppe"), self.tr("Anzahl")]
        )
        self.table.setAccessibleName(self.tr("Zahlen als Tabelle"))
        self._show()
