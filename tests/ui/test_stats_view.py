"""The statistics page: charts and table from the same masked counts, year filter, CSV/PDF."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.stats import StayRow, TalkRow
from partnerdesk.ui.main_window import PAGE_STATS, MainWindow
from partnerdesk.ui.settings import AppSettings
from partnerdesk.ui.views.stats_view import StatsView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TALKS = [
    TalkRow(date(2025, 3, d), apprentice_id=d, chosen_cities=("leeds",), steps_open=1)
    for d in range(1, 6)
] + [TalkRow(date(2026, 1, 5), apprentice_id=9, chosen_cities=("amiens",), steps_done=2)]
STAYS = [
    StayRow(date(2025, 6, 1), "leeds", "erasmus_plus"),
    StayRow(date(2025, 7, 1), "amiens", "team_ina"),
]


@pytest.fixture
def view(qtbot):
    cities = list(load_shipped_pack().cities)
    widget = StatsView(lambda: (TALKS, STAYS), cities)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cells(view: StatsView) -> list[tuple[str, str, str]]:
    t = view.table
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]


def test_year_filter_and_masking_in_table_and_charts(view) -> None:
    assert [view.year.itemText(i) for i in range(view.year.count())] == [
        "Alle Jahre",
        "2026",
        "2025",
    ]
    view.select_year(2025)
    rows = cells(view)
    assert ("Gesamt", "Beratungsgespräche", "5") in rows
    assert ("Gewählte Städte (Azubis)", "Leeds", "5") in rows
    assert ("Besuchte Städte (Aufenthalte)", "Leeds", "< 3") in rows
    assert ("Gespräche pro Monat", "2025-03", "5") in rows
    assert not any(r[2] in ("1", "2") for r in rows)
    funding = dict((b.label, b.count) for b in view.charts[3].bars)
    assert funding == {"Erasmus+ (Berufsbildung)": "< 3", "Förderung durch das Team INA": "< 3"}
    view.select_year(2026)
    assert ("Gesamt", "Beratungsgespräche", "< 3") in cells(view)
    assert view.charts[2].bars == []


def test_csv_and_one_page_pdf(view, tmp_path) -> None:
    view.select_year(2025)
    csv_text = view.export_csv(tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[0] == "Bereich,Gruppe,Anzahl"
    assert "Besuchte Städte (Aufenthalte),Leeds,< 3" in csv_text
    pdf = view.export_pdf(tmp_path / "s.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.M)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Zahlen des Teams INA (2025)" in text and "< 3" in text


def test_chart_paints_masked_bar_hatched(view) -> None:
    view.select_year(2025)
    image: QImage = view.charts[2].grab().toImage()
    assert not image.isNull() and image.width() > 200


def test_main_window_has_the_statistics_page(qtbot) -> None:
    window = MainWindow(load_shipped_pack(), AppSettings())
    qtbot.addWidget(window)
    stats = StatsView(lambda: (TALKS, STAYS), list(window.pack.cities), window.pages)
    window.set_stats_view(stats)
    window.show_page(PAGE_STATS)
    page = window.pages.currentWidget()  # the page scrolls: the view sits in a scroll area
    assert isinstance(page, QScrollArea) and page.widget() is stats and not stats.isHidden()
    assert window.navigation.item(PAGE_STATS).text() == "Statistik"
