"""CityDetailDialog: contents against the shipped data pack, plain text, keyboard."""

from __future__ import annotations

import pytest
from factories import make_city
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import DataPack, FocusArea, Project, Text
from partnerdesk.core.vocab import FUNDING_LABELS, THEMES
from partnerdesk.ui.dialogs.city_detail import CityDetailDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MARKUP = "<b>x</b><img src=x>"


def open_dialog(qtbot, pack: DataPack, city_id: str) -> CityDetailDialog:
    dialog = CityDetailDialog(pack.city(city_id), sources={s.key: s.title for s in pack.sources})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def joined(dialog: CityDetailDialog) -> str:
    return "\n".join(dialog.texts())


@pytest.mark.parametrize("city_id", [c.id for c in load_shipped_pack().cities])
def test_every_project_and_fact_is_shown(qtbot, shipped_pack: DataPack, city_id: str) -> None:
    city = shipped_pack.city(city_id)
    dialog = open_dialog(qtbot, shipped_pack, city_id)
    texts = dialog.texts()
    text = joined(dialog)
    for project in city.projects:
        assert project.title in texts
    for area in city.focus_areas:
        assert "• " + area.text.de in texts
    assert city.name_de in texts
    assert city.origin.de in text
    assert city.comparability_rationale.de in text
    weeks = "Woche" if city.min_weeks == 1 else "Wochen"
    assert f"{city.min_weeks} {weeks}" in texts
    assert FUNDING_LABELS[city.funding].de in text
    assert str(city.since) in text
    assert f"{abs(city.lat):.2f}°" in text
    for channel in city.support_channels:
        assert channel in text
    assert city.recommended_level in texts
    # Sources: the pack's titles, not the bare keys.
    for key in set(city.sources.values()):
        title = next(s.title for s in shipped_pack.sources if s.key == key)
        assert title in text
    assert "Präsentation" in text


def test_project_themes_are_labelled(qtbot, shipped_pack: DataPack) -> None:
    dialog = open_dialog(qtbot, shipped_pack, "xian")
    text = joined(dialog)
    for project in shipped_pack.city("xian").projects:
        for theme in project.themes:
            assert THEMES[theme].de in text


def test_local_names(qtbot, shipped_pack: DataPack) -> None:
    assert "西安" in open_dialog(qtbot, shipped_pack, "xian").texts()
    assert "נתניה" in open_dialog(qtbot, shipped_pack, "netanya").texts()


@pytest.mark.parametrize(
    ("city_id", "needle"), [("rostov", "31.03.2022"), ("zhytomyr", "Einzelfallprüfung")]
)
def test_status_reason(qtbot, shipped_pack: DataPack, city_id: str, needle: str) -> None:
    dialog = open_dialog(qtbot, shipped_pack, city_id)
    reason = shipped_pack.city(city_id).status_reason.de
    assert needle in reason
    assert reason in dialog.texts()


def test_status_badge_text(qtbot, shipped_pack: DataPack) -> None:
    assert "‖ ruhend" in open_dialog(qtbot, shipped_pack, "rostov").texts()
    assert "▲ eingeschränkt" in open_dialog(qtbot, shipped_pack, "zhytomyr").texts()
    assert "● aktiv" in open_dialog(qtbot, shipped_pack, "amiens").texts()


def test_labels_plain_and_selectable(qtbot, shipped_pack: DataPack) -> None:
    dialog = open_dialog(qtbot, shipped_pack, "amiens")
    labels = dialog.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    values = [label for label in labels if label.objectName() not in ("caption", "section")]
    for label in values:
        flags = label.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard, label.text()
        assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_escape_closes(qtbot, shipped_pack: DataPack) -> None:
    dialog = open_dialog(qtbot, shipped_pack, "leeds")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_focusable_widget_has_accessible_name(qtbot, shipped_pack: DataPack) -> None:
    dialog = open_dialog(qtbot, shipped_pack, "netanya")
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(focusable) >= 2  # the scrollable body and the close button
    missing = []
    for widget in focusable:
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            missing.append(type(widget).__name__)
    assert missing == []


def test_without_source_titles_falls_back_to_keys(qtbot) -> None:
    city = make_city(sources={"lat": "atlas"})
    dialog = CityDetailDialog(city)
    qtbot.addWidget(dialog)
    assert any("atlas" in t and "Koordinaten" in t for t in dialog.texts())


def test_markup_shows_literally(qtbot) -> None:
    city = make_city(
        "evil",
        name_de=MARKUP,
        name_local=MARKUP,
        origin=Text(MARKUP),
        status="restricted",
        status_reason=Text(MARKUP),
        focus_areas=(FocusArea(Text(MARKUP), ("kultur",)),),
        projects=(Project(MARKUP, ("kultur",)),),
        support_channels=(MARKUP,),
        notes=Text(MARKUP),
    )
    dialog = CityDetailDialog(city)
    qtbot.addWidget(dialog)
    texts = dialog.texts()
    assert texts.count(MARKUP) >= 3  # title, reason, project
    assert "• " + MARKUP in texts
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in dialog.windowTitle()


def test_dialog_fits_a_city_laptop_window(qtbot):
    """1366x768 screen: a maximised window is 697 px high; the dialog must not be taller."""
    from partnerdesk.core.datapack import load_shipped_pack
    from partnerdesk.ui.dialogs.city_detail import CityDetailDialog

    dialog = CityDetailDialog(load_shipped_pack().city("zhytomyr"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.frameGeometry().height() <= 697
    assert dialog.height() <= 640


def test_window_opens_the_detail_with_source_titles_not_keys(qtbot):
    from PySide6.QtWidgets import QApplication, QLabel

    from partnerdesk.core.datapack import load_shipped_pack
    from partnerdesk.ui.dialogs.city_detail import CityDetailDialog
    from partnerdesk.ui.main_window import MainWindow
    from partnerdesk.ui.settings import AppSettings

    window = MainWindow(load_shipped_pack(), AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.on_city_activated("zhytomyr")
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CityDetailDialog) and w.isVisible()
    )
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    for key in ("• derived", "• general", "• seed"):
        assert key not in text
    assert "Vom PartnerDesk-Team abgeleitete Werte" in text
    dialog.close()


def test_hosts_of_earlier_stays_name_the_month_in_words(qtbot, shipped_pack: DataPack) -> None:
    from datetime import date

    from partnerdesk.core.stays import HostOrganisation
    from partnerdesk.ui.i18n import set_language

    host = HostOrganisation(
        "amiens", "Mairie d'Amiens", "Service jeunesse", "", ("fr",), date(2026, 3, 12), 2
    )
    dialog = CityDetailDialog(shipped_pack.city("amiens"), hosts=[host])
    qtbot.addWidget(dialog)
    assert "Letzter Aufenthalt: März 2026 (Aufenthalte bisher: 2)" in joined(dialog)
    try:
        set_language("en")
        dialog.retranslate()
        assert "Last stay: March 2026 (stays so far: 2)" in joined(dialog)
    finally:
        set_language("de")
