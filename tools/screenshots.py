"""``make screenshots``: PNGs of every main view and dialog, in German and English.

``python -m tools.screenshots docs/screenshots`` renders offscreen, with a fresh
temporary ``PARTNERDESK_HOME`` (no user data, no stored window size), the shipped fonts and
stylesheet, the main window at 1280x800 and a real store (``open_app_store`` +
``attach_store``, so the counselling and city-data pages are the real ones). It writes
``<view>_<lang>.png`` for every view and dialog in ``VIEWS`` below and the first pages of the
sample talk's PDF record (``record_<lang>_p1.png`` … ``_p3.png``, rendered by Typst at 70
dpi). Then it runs the kiosk, fault-message and record tools (``kiosk_screenshots``,
``fault_screenshots``, ``tools.record_screenshots``: a long record and one with
Hebrew, Chinese and Cyrillic names) into the same folder, so one command renews every picture.

The counselling pictures show a made-up apprentice with a saved self-assessment and two talks;
the talk is stored in the picture's language, as an advisor working in that language would
have written it. Dialogs are shown with ``show()`` and grabbed, never ``exec()``: nothing
modal ever waits for a click.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING, NoReturn, TypedDict, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from partnerdesk.core.domain import City, Profile
    from partnerdesk.store.bootstrap import AppStore
    from partnerdesk.ui.main_window import MainWindow
    from partnerdesk.ui.views.counselling_view import CounsellingView

# A city laptop (1366x768 screen; a maximised window gets 1366x697) is what advisors have;
# the counselling page is also shown on a large screen.
WINDOW_SIZE = (1366, 697)
LARGE_SIZE = (1920, 1080)
DETAIL_CITY = "xian"  # shows a local script (西安) and a full detail page
ADMIN_CITY = "amiens"
VIEWS = (
    "cities",
    "map",
    "matching",
    "counselling",
    "counselling_assessment",
    "counselling_result",
    "counselling_large",
    "followups",
    "compare",
    "city_admin",
    "settings",
    "help",
    "about",
    "city_detail",
    "apprentice_dialog",
    "welcome",
    "retention",
    "handover",
    "pin_setup",
)  # each as <name>_de.png and <name>_en.png
RECORD_PAGES = 3  # 1: the agreement, 2: the notes, 3: the appendix
RECORD_DPI = 70
# Where the data of an installed PartnerDesk lives on an advisor's Windows PC (platformdirs),
# shown on the settings page and in the welcome instead of the throw-away temporary folder.
SAMPLE_DATA_FOLDER = r"C:\Users\beratung\AppData\Local\StadtDortmund\PartnerDesk"
ADVISOR = "Sabine Hoffmann"
HANDOVER_CODE = "K7MQ9TXR"  # fixed, so the pictures do not change from run to run
HANDOVER_CREATED = datetime(2026, 11, 20, 9, 15, tzinfo=UTC)


class ProfileFields(TypedDict, total=False):
    """Keyword arguments of ``partnerdesk.core.domain.Profile`` used by the samples."""

    interests: Mapping[str, int]
    languages: Mapping[str, str]
    weeks: int
    abroad_only: bool
    independence: int
    structure_importance: int


# A believable apprentice: culture and youth work, French at B1, English B2, four weeks.
SAMPLE_PROFILE: ProfileFields = {
    "interests": {"kultur": 3, "jugend": 2, "bildung": 1},
    "languages": {"de": "native", "en": "B2", "fr": "B1"},
    "weeks": 4,
    "abroad_only": True,
    "independence": 3,
    "structure_importance": 1,
}
APPRENTICE_PROFILE: ProfileFields = {
    "interests": {"kultur": 3, "jugend": 2},
    "languages": {"de": "native", "en": "B2", "fr": "B1"},
    "weeks": 4,
    "abroad_only": True,
}
KIOSK_PROFILE: ProfileFields = {
    "interests": {"kultur": 3, "jugend": 2, "nachhaltigkeit": 1},
    "languages": {"de": "native", "en": "B1"},
    "weeks": 3,
    "abroad_only": True,
}
# (name, occupation, training year, consent, deletion); the last one is past its deletion date.
APPRENTICES = (
    ("Ayşe Yılmaz", "Verwaltungsfachangestellte/r", 2, date(2026, 9, 1), date(2028, 8, 31)),
    ("Jonas Becker", "Fachinformatiker/in", 1, date(2026, 10, 12), date(2028, 10, 11)),
    ("Lena Schulte", "Kauffrau für Büromanagement", 3, date(2025, 11, 3), date(2027, 11, 3)),
    ("Tobias Krüger", "Straßenwärter/in", 3, date(2024, 10, 1), date(2026, 10, 31)),
)
TALK_DAY = date(2026, 11, 24)
FIRST_TALK_DAY = date(2026, 10, 6)
CHOSEN_CITIES = ("amiens", "leeds")
NOTES = {
    "de": (
        "Ayşe möchte im Sommer 2027, nach der Zwischenprüfung, vier Wochen ins Ausland. "
        "Schwerpunkte: Kulturarbeit und Jugendbegegnungen. Französisch B1 (Schule), "
        "Englisch B2.\n\n"
        "Amiens passt am besten: Kontakte über die Dortmunder Philharmoniker und die "
        "Jugendbegegnungen. Leeds als Alternative, falls sie lieber Englisch spricht.\n\n"
        "Die Ausbildungsleitung ist grundsätzlich einverstanden; die Freistellung muss noch "
        "schriftlich beantragt werden."
    ),
    "en": (
        "Ayşe would like to spend four weeks abroad in summer 2027, after her intermediate "
        "exam. Focus: cultural work and youth exchanges. French B1 (school), English B2.\n\n"
        "Amiens fits best: contacts through the Dortmund Philharmonic and the youth "
        "exchanges. Leeds as the alternative if she prefers to speak English.\n\n"
        "Her training manager agrees in principle; the leave still has to be requested in "
        "writing."
    ),
}
FIRST_NOTES = {
    "de": "Erstes Kennenlernen. Ayşe hat die Selbsteinschätzung am Kiosk gemacht; "
    "Interesse an Frankreich.",
    "en": "First meeting. Ayşe did the self-assessment at the kiosk; interested in France.",
}
OWN_STEP = {
    "de": "Freistellung bei der Ausbildungsleitung schriftlich beantragen",
    "en": "Request the leave from the training manager in writing",
}


def _settle(app: QApplication) -> None:
    from PySide6.QtCore import QEvent

    app.sendPostedEvents(None, QEvent.Type.LanguageChange)
    for _ in range(3):
        app.processEvents()


class Records:
    """The sample apprentices, assessment, talks and handover in the temporary database."""

    def __init__(self, store: AppStore, cities: Iterable[City]) -> None:
        from partnerdesk.core.counselling import Apprentice
        from partnerdesk.core.domain import Profile
        from partnerdesk.core.matching import Matcher
        from partnerdesk.store.apprentices import ApprenticeRepository
        from partnerdesk.store.handovers import HandoverRepository

        self.repo = ApprenticeRepository(store.sessions)
        self.handovers = HandoverRepository(store.sessions, code_factory=lambda: HANDOVER_CODE)
        self.matcher = Matcher(cities)
        self.profile = Profile(**APPRENTICE_PROFILE)
        ids = [
            self.repo.save(Apprentice(name, job, year, consent, deletion))
            for name, job, year, consent, deletion in APPRENTICES
        ]
        self.apprentice_id = ids[0]
        self.repo.save_profile(self.apprentice_id, self.profile)
        self.first_talk_id: int | None = None
        self.talk_id: int | None = None
        kiosk = Profile(**KIOSK_PROFILE)
        self.handovers.create(kiosk, self._ranking_json(kiosk, "de"), now=HANDOVER_CREATED)

    def _ranking_json(self, profile: Profile, lang: str) -> dict[str, object]:
        from partnerdesk.core.matching import ranking_to_json

        return ranking_to_json(self.matcher.rank(profile), lang)

    def write_talks(self, lang: str) -> None:
        """(Re)write both talks as an advisor working in *lang* would have written them."""
        import dataclasses

        from partnerdesk.core.counselling import NextStep, Talk, profile_to_dict
        from partnerdesk.core.vocab import OFFERS

        snapshot = self._ranking_json(self.profile, lang)
        first = Talk(
            apprentice_id=self.apprentice_id,
            held_on=FIRST_TALK_DAY,
            advisor=ADVISOR,
            notes=FIRST_NOTES[lang],
            ranking_snapshot=snapshot,
            profile_snapshot=profile_to_dict(self.profile),
            id=self.first_talk_id,
        )
        steps = (
            NextStep(
                OFFERS["fit_fuer_europa"].get(lang),
                "fit_fuer_europa",
                "Team INA",
                date(2027, 2, 12),
                done=True,
            ),
            NextStep(OFFERS["vermittlung"].get(lang), "vermittlung", "Team INA", date(2027, 1, 15)),
            NextStep(OWN_STEP[lang], None, "Ayşe Yılmaz", date(2026, 12, 18)),
        )
        talk = dataclasses.replace(
            first,
            held_on=TALK_DAY,
            notes=NOTES[lang],
            next_steps=steps,
            chosen_cities=CHOSEN_CITIES,
            id=self.talk_id,
        )
        self.first_talk_id = self.repo.save_talk(first)
        self.talk_id = self.repo.save_talk(talk)


def take(out_dir: Path) -> list[Path]:
    from PySide6.QtCore import QEvent

    from partnerdesk.app import attach_store, create_application
    from partnerdesk.core.datapack import load_shipped_pack
    from partnerdesk.core.domain import Profile
    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.ui import i18n
    from partnerdesk.ui.main_window import (
        PAGE_CITIES,
        PAGE_COUNSELLING,
        PAGE_FOLLOWUPS,
        PAGE_SETTINGS,
        TAB_EXPLORER,
        TAB_MAP,
        TAB_MATCHING,
        MainWindow,
    )
    from partnerdesk.ui.settings import AppSettings
    from partnerdesk.ui.views.city_admin_view import KEY_ROLE, CityAdminView
    from partnerdesk.ui.views.counselling_view import CounsellingView
    from partnerdesk.ui.views.matching_view import MatchingView

    app = create_application(["partnerdesk-screenshots"])
    pack = load_shipped_pack()
    settings = AppSettings()
    settings.set_advisor_name(ADVISOR)  # new talks and the settings page show a name
    window = MainWindow(pack, settings)
    store = open_app_store()
    records = Records(store, pack.cities)
    attach_store(window, store)  # the real counselling page and city data page
    counselling = window.counselling_view
    admin = window.city_admin_view
    if not isinstance(counselling, CounsellingView) or not isinstance(admin, CityAdminView):
        raise RuntimeError("attach_store() did not install the counselling and city data pages")
    window.resize(*WINDOW_SIZE)
    window.show()
    # A first layout pass before anything else: without it the city cards kept their
    # size-hint height (name, local-script line and wrapped chips cut off) in every picture.
    _settle(app)
    # The real data folder would be the throw-away temporary one, different on every run.
    window.settings_view.data_dir.setText(SAMPLE_DATA_FOLDER)
    matching = window.city_view(TAB_MATCHING)
    if not isinstance(matching, MatchingView):
        raise RuntimeError(f"the matching tab shows a {type(matching).__name__}")
    matching.set_profile(Profile(**SAMPLE_PROFILE))

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: QWidget, name: str, lang: str) -> None:
        _settle(app)
        path = out_dir / f"{name}_{lang}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        written.append(path)

    def save_dialog(dialog: QWidget, name: str, lang: str) -> None:
        # show(), not exec(): a modal loop would wait for a click that never comes.
        dialog.show()
        save(dialog, name, lang)
        dialog.close()
        dialog.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for lang in ("de", "en"):
        i18n.set_language(lang)
        _settle(app)
        window.resize(*WINDOW_SIZE)
        records.write_talks(lang)
        _show_sample_apprentice(counselling, records)
        for name, page, tab in (
            ("cities", PAGE_CITIES, TAB_EXPLORER),
            ("map", PAGE_CITIES, TAB_MAP),
            ("matching", PAGE_CITIES, TAB_MATCHING),
            ("settings", PAGE_SETTINGS, None),
            ("followups", PAGE_FOLLOWUPS, None),
        ):
            window.show_page(page)
            if tab is not None:
                window.city_tabs.setCurrentIndex(tab)
            save(window, name, lang)

        window.show_page(PAGE_CITIES)
        window.city_tabs.setCurrentWidget(admin)
        admin.reload()  # its city list and stamp keep the old language after a live switch
        row = next(
            i
            for i in range(admin.city_list.count())
            if admin.city_list.item(i).data(KEY_ROLE) == ADMIN_CITY
        )
        admin.city_list.setCurrentRow(row)
        save(window, "city_admin", lang)

        window.show_page(PAGE_COUNSELLING)
        for tab, name in (
            (2, "counselling"),
            (0, "counselling_assessment"),
            (1, "counselling_result"),
        ):
            counselling.tabs.setCurrentIndex(tab)
            save(window, name, lang)
        window.resize(*LARGE_SIZE)
        counselling.tabs.setCurrentIndex(1)
        save(window, "counselling_large", lang)
        window.resize(*WINDOW_SIZE)
        compare = counselling.on_compare_clicked()
        if compare is not None:
            save(compare, "compare", lang)
            compare.close()
        counselling.tabs.setCurrentIndex(2)
        _dialogs(window, counselling, records, lang, save_dialog)
        written.extend(_record_pages(records, out_dir, lang))

        window.show_page(PAGE_CITIES)
        window.city_tabs.setCurrentIndex(TAB_EXPLORER)
        help_dialog = window.open_help()
        save(help_dialog, "help", lang)
        help_dialog.close()
        about = window.open_about()
        save(about, "about", lang)
        about.close()
        from partnerdesk.ui.dialogs.city_detail import CityDetailDialog

        detail = CityDetailDialog(pack.city(DETAIL_CITY), window)
        detail.show()
        save(detail, "city_detail", lang)
        detail.close()
    i18n.set_language("de")
    if counselling.is_dirty() or admin.is_dirty():
        raise RuntimeError("screenshots left unsaved edits behind")  # close() would ask
    window.close()
    # Gone before the store closes: a later language switch (the kiosk pictures) would make
    # the counselling page re-read a database that no longer exists.
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    return written


def _show_sample_apprentice(counselling: CounsellingView, records: Records) -> None:
    """Select the sample apprentice afresh, so the talk just rewritten is what is shown."""
    if counselling.is_dirty():
        raise RuntimeError("the counselling page has unsaved edits; it would ask about them")
    counselling.list.setCurrentRow(-1)
    counselling.refresh_list()
    if not counselling.open_apprentice(records.apprentice_id):
        raise RuntimeError("the sample apprentice is not in the list")


def _dialogs(
    window: MainWindow,
    counselling: CounsellingView,
    records: Records,
    lang: str,
    save_dialog: Callable[[QWidget, str, str], None],
) -> None:
    from partnerdesk.store.handovers import format_code
    from partnerdesk.ui.dialogs.apprentice_dialog import ApprenticeDialog
    from partnerdesk.ui.dialogs.handover_dialog import HandoverDialog
    from partnerdesk.ui.dialogs.pin_setup_dialog import PinSetupDialog
    from partnerdesk.ui.dialogs.retention_dialog import RetentionDialog
    from partnerdesk.ui.dialogs.welcome_dialog import WelcomeDialog

    def refuse(_value: object) -> NoReturn:
        # The pictures must never store anything through a dialog.
        raise RuntimeError("screenshot dialogs do not save")

    repo = records.repo
    apprentice = ApprenticeDialog(repo.get(records.apprentice_id), refuse, parent=counselling)
    save_dialog(apprentice, "apprentice_dialog", lang)
    save_dialog(WelcomeDialog(SAMPLE_DATA_FOLDER, window), "welcome", lang)
    save_dialog(RetentionDialog(repo.due_for_deletion(date.today()), window), "retention", lang)
    handover = HandoverDialog(
        records.handovers, records.apprentice_id, counselling, now=HANDOVER_CREATED
    )
    handover.code.setText(format_code(HANDOVER_CODE))
    handover.on_open()
    save_dialog(handover, "handover", lang)
    pin = PinSetupDialog(window, save=refuse)
    pin.pin.setText("481516")
    save_dialog(pin, "pin_setup", lang)
    from partnerdesk.ui.dialogs.record_saved_dialog import RecordSavedDialog

    # A Windows path, as on an advisor's PC. The dialog only shows str(path) and opens
    # str(path) / str(path.parent) through the opener, which PureWindowsPath has as well.
    saved = PureWindowsPath(
        SAMPLE_DATA_FOLDER, "documents", "Beratungsprotokoll_2026-11-20_1-1.pdf"
    )
    save_dialog(
        RecordSavedDialog(
            cast(Path, saved), (), window, opener=lambda _url: True, on_print=lambda: None
        ),
        "record_saved",
        lang,
    )


def _record_pages(records: Records, out_dir: Path, lang: str) -> list[Path]:
    """Pages of the talk's PDF record as PNGs (what ``Protokoll als PDF …`` writes), rendered
    by Typst itself from the same document as the PDF."""
    from partnerdesk.core.record_talk import record_from_talk
    from partnerdesk.report.record_doc import record_document
    from partnerdesk.report.typeset import render_png

    assert records.talk_id is not None
    data = record_from_talk(
        records.repo.get(records.apprentice_id),
        records.repo.talk(records.talk_id),
        lang=lang,
        record_id="2026-0042",
    )
    written: list[Path] = []
    pages = render_png(record_document(data), ppi=float(RECORD_DPI))
    for number, png in enumerate(pages[:RECORD_PAGES], 1):
        target = out_dir / f"record_{lang}_p{number}.png"
        target.write_bytes(png)
        written.append(target)
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
    # The kiosk steps and the fault messages: their own tools, each with its own temporary
    # home, run here so that one command renews every picture.
    from tools import fault_screenshots, kiosk_screenshots, record_screenshots

    status = kiosk_screenshots.main([str(out_dir)])
    status = status or fault_screenshots.main([str(out_dir)])
    return status or record_screenshots.main([str(out_dir)])


if __name__ == "__main__":
    sys.exit(main())
