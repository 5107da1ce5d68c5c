"""An apprentice alone at the kiosk: result, a city page with experiences, what next with a
name-free QR take-away, wiping only after asking, the kiosk's own language, the PIN dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from partnerdesk.core.counselling import Apprentice
from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.core.domain import Profile
from partnerdesk.core.pin import hash_pin
from partnerdesk.core.stays import Stay
from partnerdesk.core.takeaway import decode
from partnerdesk.store.apprentices import ApprenticeRepository
from partnerdesk.store.database import open_database
from partnerdesk.store.handovers import HandoverRepository, KioskStore
from partnerdesk.store.stays import StayRepository
from partnerdesk.ui.dialogs.handover_dialog import HandoverDialog
from partnerdesk.ui.i18n import current_language, set_language
from partnerdesk.ui.kiosk.kiosk_window import KioskWindow
from partnerdesk.ui.kiosk.settings import KioskSettings
from partnerdesk.ui.kiosk.unlock_dialog import UnlockDialog
from partnerdesk.ui.widgets.city_card import CityCard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PIN = "246810"
NAME = "Tarik Kiosk-Namenstest"
REPORT = "Im Rathaus von Leeds durfte ich bei der Wohnungsberatung mitarbeiten."


@pytest.fixture
def db(tmp_path):
    engine, sessions = open_database(tmp_path / "k.sqlite3")
    yield sessions
    engine.dispose()


@pytest.fixture
def window(qtbot, db):
    cities = list(load_shipped_pack().cities)
    aid = ApprenticeRepository(db).save(Apprentice(display_name=NAME, occupation="Gärtner"))
    stays = StayRepository(db)
    stays.save(
        Stay(
            apprentice_id=aid,
            city_id="leeds",
            start=date(2025, 9, 1),
            report=REPORT,
            report_consent=True,
        )
    )
    stays.save(
        Stay(
            apprentice_id=aid,
            city_id="leeds",
            start=date(2026, 1, 5),
            report="geheim",
            report_consent=False,
        )
    )
    set_language("en")  # the advisor's last language must not carry over
    store = KioskStore(HandoverRepository(db), lambda: cities, reports=stays.reports)
    w = KioskWindow(cities, store, KioskSettings(), pin_hash=hash_pin(PIN, n=2**4))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w._unlocked = True
    w.close()
    set_language("de")


def to_result(w: KioskWindow) -> None:
    wizard = w.wizard
    wizard.on_next()
    wizard.interests_page.rows["kultur"].buttons[3].click()
    wizard.on_next()
    wizard.languages_page.combos["en"].setCurrentIndex(4)  # B2
    wizard.on_next()
    wizard.circumstances_page.weeks.setValue(6)
    wizard.on_next()
    assert wizard.step == "result"


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_result_city_page_and_wipe_asks_first(qtbot, window) -> None:
    assert current_language() == "de"  # the kiosk's own default, not the advisor's "en"
    assert window.windowTitle() == "PartnerDesk – Selbstcheck"
    to_result(window)
    wizard = window.wizard
    result = wizard.result_page

    # What next: Team INA's contact, booking, and a QR with the answers only.
    end = texts(result.next_steps)
    assert "0231 50 27 170" in end and "So buchst du ein Gespräch" in end
    payload = result.next_steps.qr.payload
    assert decode(payload) == wizard.profile()
    assert NAME not in payload and "leeds" not in payload
    assert not result.next_steps.qr.pixmap().isNull()

    # "Mehr dazu" on the first result opens its city page; Zurück comes back.
    first = next(card for card in result._cards if card.isVisible())
    QTest.mouseClick(first.more, Qt.MouseButton.LeftButton)
    assert wizard.step == "city" and wizard.city_page.city.id == first.city_id
    QTest.mouseClick(wizard.back, Qt.MouseButton.LeftButton)
    assert wizard.step == "result"

    # A city card (the advisor's widget) opens Leeds with the consented report only.
    card = next(c for c in result.browser.findChildren(CityCard) if c.city_id == "leeds")
    QTest.mouseClick(card, Qt.MouseButton.LeftButton)
    page = wizard.city_page
    assert wizard.step == "city" and page.title.text() == "Leeds"
    for key in ("do", "language", "time", "travel"):
        assert page.section_text(key), key
    assert "Englisch" in page.section_text("language")
    assert "Mindestens" in page.section_text("time")
    assert "km" in page.section_text("travel")
    voices = page.section_text("voices")
    assert REPORT in voices and "Gärtner, 2025" in voices
    assert "geheim" not in voices and NAME not in texts(window)
    QTest.mouseClick(wizard.back, Qt.MouseButton.LeftButton)

    # Neu beginnen asks; "Nein" (the default, Enter) keeps every answer.
    answers = wizard.profile()
    QTest.mouseClick(wizard.restart, Qt.MouseButton.LeftButton)
    confirm = window.confirm_dialog
    assert confirm is not None and confirm.isVisible()
    assert confirm.question.text() == "Wirklich alles löschen?"
    QTest.keyClick(confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.confirm_dialog is None)
    assert window.wizard is wizard and wizard.profile() == answers
    assert wizard.step == "result"

    # Esc asks too; "Ja, alles löschen" wipes.
    QTest.keyClick(window, Qt.Key.Key_Escape)
    confirm = window.confirm_dialog
    assert confirm is not None
    with qtbot.waitSignal(window.sessionReset) as reset:
        QTest.mouseClick(confirm.wipe, Qt.MouseButton.LeftButton)
    assert reset.args == ["escape"]
    assert window.wizard is not wizard and window.wizard.profile() == Profile()


def test_restart_and_large_text_are_apart(window) -> None:
    wizard = window.wizard
    restart, large = wizard.restart.geometry(), wizard.large_text.geometry()
    assert restart.right() < wizard.step_label.geometry().left()
    assert large.left() - restart.right() > 300


def test_language_switch_is_per_session(qtbot, window) -> None:
    wizard = window.wizard
    assert not wizard.switch_language.isVisible()  # the start page asks itself
    wizard.on_next()
    assert wizard.switch_language.text() == "English" and wizard.switch_language.isVisible()
    QTest.mouseClick(wizard.switch_language, Qt.MouseButton.LeftButton)
    assert current_language() == "en"
    qtbot.waitUntil(lambda: wizard.switch_language.text() == "Deutsch")
    window.reset("idle")
    assert current_language() == "de"


def test_wrong_pin_and_enter_keeps_the_dialog_and_says_so(qtbot, window) -> None:
    window.on_exit_requested()
    dialog = window.findChild(UnlockDialog)
    assert dialog.ok.isDefault() and not dialog.cancel.autoDefault()
    dialog.pin.setFocus()
    for ch in "1111":
        QTest.keyClick(dialog.pin, ch)
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Die PIN stimmt nicht" in dialog.message.text()
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)  # empty: asks, does not count a failure
    assert dialog.message.text() == "Bitte die PIN eingeben."
    for ch in PIN:
        QTest.keyClick(dialog.pin, ch)
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert window.unlocked


def test_advisor_loads_the_scanned_takeaway(qtbot, window, db) -> None:
    to_result(window)
    payload = window.wizard.result_page.next_steps.qr.payload
    profile = window.wizard.profile()
    people = ApprenticeRepository(db)
    aid = people.save(Apprentice(display_name="Beratung"))
    set_language("de")
    dialog = HandoverDialog(HandoverRepository(db), aid)
    qtbot.addWidget(dialog)
    dialog.code.setText(payload)  # what a scanner types
    dialog.on_open()
    assert "Antworten aus dem QR-Code" in dialog.summary.text()
    assert dialog.attach_button.isEnabled()
    dialog.attach_button.click()
    assert people.profile(aid) == profile
    dialog.code.setText("PD1|i:kultur=9")
    dialog.on_open()
    assert "nicht lesbar" in dialog.summary.text() and "kultur='9'" in dialog.summary.text()
    assert QApplication.instance() is not None


def test_printout_carries_contact_and_the_qr(window) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    from partnerdesk.ui.kiosk.printing import QR_SCHEME, ResultDocument, result_html

    to_result(window)
    payload = window.wizard.result_page.next_steps.qr.payload
    markup = result_html(window.wizard._ranking, "de", payload)
    assert "0231 50 27 170" in markup and f'src="{QR_SCHEME}:' in markup
    document = ResultDocument()
    document.setHtml(markup)
    url = QUrl()
    url.setScheme(QR_SCHEME)
    url.setPath(payload)
    image = document.loadResource(int(QTextDocument.ResourceType.ImageResource.value), url)
    assert isinstance(image, QImage) and image.width() >= 300
    assert document.loadResource(2, QUrl("file:///etc/passwd")) is None


def test_printout_speaks_the_kiosk_language(qapp) -> None:
    from partnerdesk.core.datapack import load_shipped_pack, shipped_advice
    from partnerdesk.core.domain import Profile
    from partnerdesk.core.matching import rank
    from partnerdesk.ui import i18n
    from partnerdesk.ui.kiosk.printing import result_html

    pack = load_shipped_pack()
    ranking = rank(pack.cities, Profile(interests={"sport": 3}), advice=shipped_advice())
    i18n.set_language("en")
    try:
        markup = result_html(ranking, "en")
    finally:
        i18n.set_language("de")
    assert "Your result – Dortmund&#x27;s partner cities" in markup
    assert "What Team INA can do for you" in markup and "phone +49 231 50 27 170" in markup
    assert "Partnerstädte" not in markup and "Punkten" not in markup
    assert "Was das Team INA für dich tun kann" in result_html(ranking, "de")
