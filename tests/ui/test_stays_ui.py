"""Stays in the advisor's UI: recorded from the counselling page, reports in the city detail
without names (consented only), gone after erasure."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from partnerdesk.core import auskunft
from partnerdesk.core.counselling import Apprentice
from partnerdesk.core.stays import Stay
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.stays import StayRepository
from partnerdesk.ui.dialogs.city_detail import CityDetailDialog
from partnerdesk.ui.dialogs.stay_dialog import StayDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.settings import AppSettings
from partnerdesk.ui.views.counselling_view import CounsellingView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NAME = "Lena Namenstest"
SHARED = "Die Kolleginnen im Housing Office haben mir viel gezeigt."
PRIVATE = "Nur für die Beratung: die Unterkunft war schlecht."


def _seed(store) -> tuple[int, StayRepository]:
    people, stays = ApprenticeRepository(store.sessions), StayRepository(store.sessions)
    aid = people.save(Apprentice(display_name=NAME, occupation="Verwaltungsfachangestellte"))
    stays.save(
        Stay(
            apprentice_id=aid,
            city_id="leeds",
            start=date(2025, 6, 2),
            end=date(2025, 7, 11),
            host_name="Leeds City Council",
            host_department="Housing",
            host_contact="housing@leeds.example",
            host_languages=("en",),
            funding="erasmus_plus",
            report=SHARED,
            report_consent=True,
        )
    )
    stays.save(
        Stay(
            apprentice_id=aid,
            city_id="leeds",
            start=date(2026, 2, 2),
            report=PRIVATE,
            report_consent=False,
        )
    )
    return aid, stays


def _detail_via_window(qtbot, store, stays: StayRepository) -> CityDetailDialog:
    window = MainWindow(store.cities.to_pack(), AppSettings())
    qtbot.addWidget(window)
    window.services.attach(store)  # the window reads reports and hosts through its services
    window.on_city_activated("leeds")
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CityDetailDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    qtbot.addWidget(dialogs[0])
    return dialogs[0]


def test_consented_report_shows_without_name_and_erasure_removes_it(qtbot, store) -> None:
    aid, stays = _seed(store)
    dialog = _detail_via_window(qtbot, store, stays)
    text = "\n".join(dialog.texts())
    assert "Das sagen Azubis, die schon dort waren" in text
    assert f"„{SHARED}“" in text and "– Verwaltungsfachangestellte, 2025" in text
    assert PRIVATE not in text
    assert NAME not in text and "Lena" not in text
    assert "Leeds City Council – Housing" in text and "housing@leeds.example" in text
    dialog.close()

    auskunft.erase(ApprenticeRepository(store.sessions), aid)
    assert stays.all_stays() == []
    after = CityDetailDialog(
        store.cities.city("leeds"), reports=stays.reports("leeds"), hosts=stays.hosts("leeds")
    )
    qtbot.addWidget(after)
    text = "\n".join(after.texts())
    assert SHARED not in text and "Das sagen Azubis" not in text
    assert "Leeds City Council" not in text


def test_stay_is_recorded_from_the_counselling_page(qtbot, store, monkeypatch) -> None:
    people, stays = ApprenticeRepository(store.sessions), StayRepository(store.sessions)
    aid = people.save(Apprentice(display_name=NAME))
    view = CounsellingView(people, store.cities.cities(), stays=stays)
    qtbot.addWidget(view)
    view.show()
    view.open_apprentice(aid)
    assert view.stays_button.isVisible() and view.stays_button.isEnabled()
    view.stays_button.click()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, StayDialog) and w.isVisible()
    )
    dialog.city.setCurrentIndex(dialog.city.findData("amiens"))
    dialog.host_name.setText("Mairie")
    dialog.host_languages.setText("fr, xx")
    assert not dialog.on_save()
    assert "„xx“" in dialog.error.text() and dialog.host_name.text() == "Mairie"
    dialog.host_languages.setText("fr")
    dialog.report.setPlainText("Sehr schön.")
    dialog.consent.setChecked(True)
    assert dialog.on_save()
    assert dialog.list.count() == 1
    [saved] = stays.stays(aid)
    assert (saved.city_id, saved.host_name, saved.host_languages, saved.report_consent) == (
        "amiens",
        "Mairie",
        ("fr",),
        True,
    )
    dialog.done(QDialog.DialogCode.Rejected)
