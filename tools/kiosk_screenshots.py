"""Screenshots of every kiosk wizard step: German and English, normal and large text.

``python -m tools.kiosk_screenshots [folder]`` (default ``docs/screenshots``)
writes ``kiosk_<step>_<lang>[_large].png`` at 1280x800, offscreen, with sample answers and
the shipped city data. The handover step stores into a throw-away database in a temporary
folder, never into the user's data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

STEPS = ("start", "interests", "languages", "circumstances", "result", "handover")
SIZE = (1280, 800)


def fill_sample(wizard) -> None:
    wizard.interests_page.rows["kultur"].set_value(3)
    wizard.interests_page.rows["jugend"].set_value(2)
    wizard.interests_page.rows["nachhaltigkeit"].set_value(1)
    wizard.languages_page.combos["en"].setCurrentIndex(4)  # B2
    wizard.languages_page.combos["fr"].setCurrentIndex(2)  # A2
    wizard.circumstances_page.weeks.setValue(6)
    wizard.circumstances_page.abroad.setChecked(True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["PARTNERDESK_HOME"] = home
        from partnerdesk.app import create_application

        app = create_application()
        from partnerdesk.core.datapack import load_shipped_pack
        from partnerdesk.store.database import open_database
        from partnerdesk.store.handovers import HandoverRepository, KioskStore
        from partnerdesk.ui.i18n import set_language
        from partnerdesk.ui.kiosk.kiosk_window import KioskWindow
        from partnerdesk.ui.kiosk.settings import KioskSettings

        cities = list(load_shipped_pack().cities)
        engine, sessions = open_database(Path(home) / "shots.sqlite3")
        store = KioskStore(HandoverRepository(sessions), lambda: cities)
        written = 0
        for lang in ("de", "en"):
            for large in (False, True):
                set_language(lang)
                window = KioskWindow(cities, store, KioskSettings(), pin_hash="")
                window.resize(*SIZE)
                window.show()
                wizard = window.wizard
                wizard.large_text.setChecked(large)
                fill_sample(wizard)
                for step in STEPS:
                    wizard.go_to(step)
                    if step == "handover":
                        wizard.handover_page.consent.setChecked(True)
                        wizard.handover_page.on_store()
                    app.processEvents()
                    name = f"kiosk_{step}_{lang}{'_large' if large else ''}.png"
                    window.grab().save(str(out / name))
                    written += 1
                window._idle.on_idle()  # the real warning state, with its countdown
                app.processEvents()
                window.grab().save(str(out / f"kiosk_idle_warning_{lang}"
                                          f"{'_large' if large else ''}.png"))
                window._unlocked = True  # screenshots only: let the window close
                window.close()
                window.deleteLater()
                app.processEvents()
        engine.dispose()
    print(f"{written} kiosk screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
