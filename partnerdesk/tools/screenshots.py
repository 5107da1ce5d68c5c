"""``make screenshots``: PNGs of every main view and dialog, in German and English.

``python -m partnerdesk.tools.screenshots docs/screenshots`` renders offscreen, with a fresh
temporary ``PARTNERDESK_HOME`` (no user data, no stored window size), the shipped fonts and
stylesheet, the main window at 1280x800, and writes ``<view>_<lang>.png`` for: cities,
map, matching (with a sample profile), counselling, settings, help, about, city_detail.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

WINDOW_SIZE = (1280, 800)
DETAIL_CITY = "xian"  # shows a local script (西安) and a full detail page

# A believable apprentice: culture and youth work, French at B1, English B2, four weeks.
SAMPLE_PROFILE = {
    "interests": {"kultur": 3, "jugend": 2, "bildung": 1},
    "languages": {"de": "native", "en": "B2", "fr": "B1"},
    "weeks": 4,
    "abroad_only": True,
    "independence": 3,
    "structure_importance": 1,
}


def _settle(app) -> None:
    from PySide6.QtCore import QEvent

    app.sendPostedEvents(None, QEvent.Type.LanguageChange)
    for _ in range(3):
        app.processEvents()


def take(out_dir: Path) -> list[Path]:
    from partnerdesk.app import create_application
    from partnerdesk.core.datapack import load_shipped_pack
    from partnerdesk.core.domain import Profile
    from partnerdesk.ui import i18n
    from partnerdesk.ui.main_window import (
        PAGE_CITIES,
        PAGE_COUNSELLING,
        PAGE_SETTINGS,
        TAB_EXPLORER,
        TAB_MAP,
        TAB_MATCHING,
        MainWindow,
    )
    from partnerdesk.ui.settings import AppSettings

    app = create_application(["partnerdesk-screenshots"])
    pack = load_shipped_pack()
    window = MainWindow(pack, AppSettings())
    # The counselling page needs the database: open a fresh one in the temporary home.
    from partnerdesk.app import attach_store
    from partnerdesk.store.bootstrap import open_app_store

    store = open_app_store()
    attach_store(window, store)
    window.resize(*WINDOW_SIZE)
    window.show()
    matching = window.city_view(TAB_MATCHING)
    if hasattr(matching, "set_profile"):
        matching.set_profile(Profile(**SAMPLE_PROFILE))

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget, name: str, lang: str) -> None:
        _settle(app)
        path = out_dir / f"{name}_{lang}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        written.append(path)

    for lang in ("de", "en"):
        i18n.set_language(lang)
        _settle(app)
        window.resize(*WINDOW_SIZE)
        for name, page, tab in (
            ("cities", PAGE_CITIES, TAB_EXPLORER),
            ("map", PAGE_CITIES, TAB_MAP),
            ("matching", PAGE_CITIES, TAB_MATCHING),
            ("counselling", PAGE_COUNSELLING, None),
            ("settings", PAGE_SETTINGS, None),
        ):
            window.show_page(page)
            if tab is not None:
                window.city_tabs.setCurrentIndex(tab)
            save(window, name, lang)
        window.show_page(PAGE_CITIES)
        window.city_tabs.setCurrentIndex(TAB_EXPLORER)

        help_dialog = window.open_help()
        save(help_dialog, "help", lang)
        help_dialog.close()
        about = window.open_about()
        save(about, "about", lang)
        about.close()
        try:
            from partnerdesk.ui.dialogs.city_detail import CityDetailDialog
        except ModuleNotFoundError:
            continue
        detail = CityDetailDialog(pack.city(DETAIL_CITY), window)
        detail.show()
        save(detail, "city_detail", lang)
        detail.close()
    i18n.set_language("de")
    window.close()
    store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0] if args else "docs/screenshots")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="partnerdesk-shots-") as home:
        # A clean home: no stored window size, language or database influences the pictures.
        os.environ["PARTNERDESK_HOME"] = home
        for path in take(out_dir):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
