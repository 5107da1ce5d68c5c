"""Screenshots of every kiosk screen: German and English, normal and large text, two sizes.

``python -m tools.kiosk_screenshots [folder]`` (default ``docs/screenshots``)
writes, offscreen, with sample answers and the shipped city data:

* ``kiosk_<screen>_<lang>[_large].png`` at 1366x768 (a common kiosk panel), and
* ``kiosk_<screen>_<lang>[_large]_1920.png`` at 1920x1080,

for the six steps, the result scrolled to the city cards (``result_cities``) and to the end
(``result_next``: contact, booking, QR take-away), a city page (``city``, with a sample
experience report), the question before wiping (``confirm``) and the idle warning. English
is chosen the way an apprentice does it: with the language switch of the session. The
handover step and the sample report go into a throw-away database in a temporary folder,
never into the user's data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget
    from sqlalchemy.orm import Session, sessionmaker

    from partnerdesk.ui.kiosk.pages_input import KioskPage
    from partnerdesk.ui.kiosk.wizard import KioskWizard

STEPS = ("start", "interests", "languages", "circumstances", "result", "handover")
SIZES = {(1366, 768): "", (1920, 1080): "_1920"}
CITY = "amiens"


def fill_sample(wizard: KioskWizard) -> None:
    wizard.interests_page.rows["kultur"].set_value(3)
    wizard.interests_page.rows["jugend"].set_value(2)
    wizard.interests_page.rows["nachhaltigkeit"].set_value(1)
    wizard.languages_page.combos["en"].setCurrentIndex(4)  # B2
    wizard.languages_page.combos["fr"].setCurrentIndex(2)  # A2
    wizard.circumstances_page.weeks.setValue(6)
    wizard.circumstances_page.abroad.setChecked(True)


def _scroll_to(app: QApplication, page: KioskPage, widget: QWidget) -> None:
    app.processEvents()
    page.scroll_area.ensureWidgetVisible(widget, 0, 0)
    bar = page.scroll_area.verticalScrollBar()
    content = page.scroll_area.widget()
    if content is None:
        raise RuntimeError("the kiosk page's scroll area has no content")
    top = widget.mapTo(content, widget.rect().topLeft()).y()
    bar.setValue(min(bar.maximum(), top - 10))
    app.processEvents()


def _sample_report(sessions: sessionmaker[Session]) -> None:
    from partnerdesk.core.counselling import Apprentice
    from partnerdesk.core.stays import Stay
    from partnerdesk.store.apprentices import ApprenticeRepository
    from partnerdesk.store.stays import StayRepository

    aid = ApprenticeRepository(sessions).save(
        Apprentice(display_name="Beispiel", occupation="Verwaltungsfachangestellte")
    )
    StayRepository(sessions).save(
        Stay(
            apprentice_id=aid,
            city_id=CITY,
            start=date(2025, 9, 1),
            funding="erasmus_plus",
            report="Ich war vier Wochen im Rathaus. Die Kolleginnen haben langsam Französisch "
            "mit mir gesprochen, das hat sehr geholfen. (Beispieltext)",
            report_consent=True,
        )
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["PARTNERDESK_HOME"] = home
        from partnerdesk.app import create_application

        app = create_application()
        from PySide6.QtGui import QColor, QPainter

        from partnerdesk.core.datapack import load_shipped_pack
        from partnerdesk.store.database import open_database
        from partnerdesk.store.handovers import HandoverRepository, KioskStore
        from partnerdesk.store.stays import StayRepository
        from partnerdesk.ui.i18n import current_language
        from partnerdesk.ui.kiosk.kiosk_window import KioskWindow
        from partnerdesk.ui.kiosk.settings import KioskSettings

        cities = list(load_shipped_pack().cities)
        engine, sessions = open_database(Path(home) / "shots.sqlite3")
        _sample_report(sessions)
        store = KioskStore(
            HandoverRepository(sessions), lambda: cities, reports=StayRepository(sessions).reports
        )
        written = 0
        for size, suffix in SIZES.items():
            for lang in ("de", "en"):
                for large in (False, True):
                    window = KioskWindow(cities, store, KioskSettings(), pin_hash="")
                    window.resize(*size)
                    window.show()
                    wizard = window.wizard
                    if wizard is None:  # set by the window's constructor; only a reset clears it
                        raise RuntimeError("the kiosk window has no wizard")
                    if lang != current_language():
                        wizard.switch_language.click()
                    app.processEvents()
                    wizard.large_text.setChecked(large)
                    fill_sample(wizard)
                    tag = f"{lang}{'_large' if large else ''}{suffix}"

                    def shot(name: str, window: KioskWindow = window, tag: str = tag) -> None:
                        nonlocal written
                        app.processEvents()
                        window.grab().save(str(out / f"kiosk_{name}_{tag}.png"))
                        written += 1

                    for step in STEPS:
                        wizard.go_to(step)
                        if step == "handover":
                            wizard.handover_page.consent.setChecked(True)
                            wizard.handover_page.on_store()
                        shot(step)
                        if step == "result":
                            page = wizard.result_page
                            _scroll_to(app, page, page.browse_title)
                            shot("result_cities")
                            _scroll_to(app, page, page.next_steps)
                            page.scroll_area.verticalScrollBar().setValue(
                                page.scroll_area.verticalScrollBar().maximum()
                            )
                            shot("result_next")
                            wizard.open_city(CITY)
                            shot("city")
                            wizard.on_back()
                    window.ask_reset("button")
                    app.processEvents()
                    confirm = window.confirm_dialog
                    if confirm is not None:
                        # A dialog is its own window: grab() of the kiosk leaves it out, so it
                        # is painted over a dimmed kiosk, centred as the window manager would.
                        picture = window.grab()
                        painter = QPainter(picture)
                        painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
                        dialog = confirm.grab()
                        painter.drawPixmap(
                            (picture.width() - dialog.width()) // 2,
                            (picture.height() - dialog.height()) // 2,
                            dialog,
                        )
                        painter.end()
                        picture.save(str(out / f"kiosk_confirm_{tag}.png"))
                        written += 1
                        confirm.reject()
                    app.processEvents()
                    window._idle.on_idle()  # the real warning state, with its countdown
                    shot("idle_warning")
                    window._unlocked = True  # screenshots only: let the window close
                    window.close()
                    window.deleteLater()
                    app.processEvents()
        engine.dispose()
    print(f"{written} kiosk screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
