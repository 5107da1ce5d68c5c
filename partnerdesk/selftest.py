"""``partnerdesk selftest``: prove that this installation works, from a checkout or a build.

Runs offscreen (``QT_QPA_PLATFORM=offscreen`` unless set) against a temporary data folder
(``PARTNERDESK_HOME``), so the user's database and settings are never touched, and checks
in order: the data folder, the database migration, the data pack, every shipped resource
(fonts with their families and scripts, translations, map, stylesheet with its images,
icon, help pages), a match, a PDF record written and read back, the main window built and
painted once, and that Qt reported no warning along the way (a missing image plugin or an
unreadable file only shows up there).

Prints one line per check (``ok   fonts (...)`` / ``FAIL pdf: ...``) and a summary; exit
code 0 if all passed, 1 otherwise, naming the first failing check. CI runs it on the built
application (``dist/partnerdesk/partnerdesk selftest``): that is where a file missing from
the bundle or an import the analysis did not see is caught.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from partnerdesk import __version__, paths
from partnerdesk.resources import base_dir, resource_path

EXPECTED_CITIES = 11
# File -> family it must provide, and characters it must cover (one per script it is for).
EXPECTED_FONTS: dict[str, tuple[str, str]] = {
    "NotoSans-Regular.ttf": ("Noto Sans", "AäЖğ"),
    "NotoSans-Bold.ttf": ("Noto Sans", "AäЖğ"),
    "NotoSansHebrew-Regular.ttf": ("Noto Sans Hebrew", "נת"),
    "NotoSansHebrew-Bold.ttf": ("Noto Sans Hebrew", "נת"),
    "DroidSansFallbackFull.ttf": ("Droid Sans Fallback", "西安"),
}
FONT_LICENCES = ("LICENSE-NotoSans-OFL.txt", "LICENSE-DroidSansFallback-Apache.txt")
QT_TRANSLATIONS = ("qtbase_de", "qtbase_en")
MIN_PDF_BYTES = 10_000  # a record with embedded font subsets is far above this
# Qt messages that say nothing about the installation (the offscreen platform cannot
# forward window size hints).
HARMLESS_QT_MESSAGES = ("propagateSizeHints",)


class CheckFailed(Exception):
    """A check found a problem; the message says what and where."""


@dataclass
class Context:
    """What the checks share: the open store, the cities, the application."""

    store: Any = None
    cities: list[Any] = field(default_factory=list)
    pack: Any = None
    app: Any = None
    qt_messages: list[str] = field(default_factory=list)
    qt_message_handler: Any = None
    work: Path = Path()


def require(condition: object, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


# --- the checks: each returns a short detail for its "ok" line -------------------------------


def check_version(ctx: Context) -> str:
    from partnerdesk.qt.selfcheck import pyside_version

    where = "built app" if getattr(sys, "frozen", False) else "checkout"
    return f"PartnerDesk {__version__}, {where}, PySide6 {pyside_version()}"


def check_data_folder(ctx: Context) -> str:
    paths.ensure_dirs()
    folder = paths.data_dir()
    probe = folder / ".selftest"
    probe.write_text("ok", encoding="utf-8")
    probe.unlink()
    return str(folder)


def check_database(ctx: Context) -> str:
    from partnerdesk.store.bootstrap import open_app_store
    from partnerdesk.store.database import HEAD_REVISION, current_revision

    ctx.store = open_app_store()
    revision = current_revision(ctx.store.engine)
    require(revision == HEAD_REVISION, f"schema at {revision!r}, expected {HEAD_REVISION!r}")
    return f"migrated to {revision}"


def check_data_pack(ctx: Context) -> str:
    from partnerdesk.core.datapack import load_shipped_pack

    shipped = load_shipped_pack()
    require(
        len(shipped.cities) == EXPECTED_CITIES,
        f"shipped pack has {len(shipped.cities)} cities, expected {EXPECTED_CITIES}",
    )
    require(ctx.store is not None, "not run: the database check failed")
    ctx.cities = ctx.store.cities.cities()
    ctx.pack = ctx.store.cities.to_pack()
    stored = sorted(city.id for city in ctx.cities)
    require(
        stored == sorted(city.id for city in shipped.cities),
        f"database holds {stored}, not the shipped cities",
    )
    return f"{len(ctx.cities)} cities, pack {shipped.pack_version}"


def _application(ctx: Context) -> Any:
    """The QApplication (created on first use), with Qt's messages captured."""
    if ctx.app is None:
        from partnerdesk.qt.selfcheck import capture_messages

        # Qt keeps no reference to the handler: the context does.
        ctx.qt_message_handler = capture_messages(ctx.qt_messages, HARMLESS_QT_MESSAGES)
        from partnerdesk.app import create_application

        # The app's own set-up (fonts, stylesheet, PySide work-arounds), as a start does.
        ctx.app = create_application(["partnerdesk"])
    return ctx.app


def check_fonts(ctx: Context) -> str:
    from partnerdesk.qt.selfcheck import font_families, missing_glyphs

    _application(ctx)
    families: set[str] = set()
    for name, (family, sample) in EXPECTED_FONTS.items():
        path = resource_path("fonts", name)
        require(path.is_file(), f"{path} missing")
        provided = font_families(path)
        require(provided is not None, f"{path} does not load")
        require(family in (provided or []), f"{name} provides {provided}, expected {family!r}")
        missing = missing_glyphs(path, sample)
        require(not missing, f"{name} has no glyph for {missing!r}")
        families.add(family)
    for licence in FONT_LICENCES:
        require(resource_path("fonts", licence).is_file(), f"licence {licence} missing")
    return f"{len(EXPECTED_FONTS)} files, {len(families)} families, licences"


def check_translations(ctx: Context) -> str:
    from partnerdesk.qt import selfcheck as qt

    _application(ctx)
    loaded = []
    for lang in ("de", "en"):
        path = resource_path("i18n", f"partnerdesk_{lang}.qm")
        require(qt.translation_loads(path), f"{path} does not load")
        loaded.append(path.name)
    english = resource_path("i18n", "partnerdesk_en.qm")
    require(not qt.translation_is_empty(english), "partnerdesk_en.qm holds no translations")
    qt_dir = qt.qt_translations_dir()
    for name in QT_TRANSLATIONS:
        require(qt.qt_translation_loads(name, qt_dir), f"Qt's {name}.qm not found in {qt_dir}")
        loaded.append(name)
    return ", ".join(loaded)


def check_map(ctx: Context) -> str:
    import json

    path = resource_path("map", "world.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    require(len(data.get("countries", [])) > 100, f"{path}: too few countries")
    require(resource_path("map", "LICENSE.txt").is_file(), "map licence missing")
    _application(ctx)
    from partnerdesk.ui.widgets.world_map import country_paths

    outlines = country_paths()
    require(len(outlines) == len(data["countries"]), "map outlines do not match the file")
    return f"{len(outlines)} countries"


def check_stylesheet(ctx: Context) -> str:
    from partnerdesk.qt.selfcheck import image_size

    _application(ctx)
    from partnerdesk.app import stylesheet

    text = stylesheet()
    require(len(text) > 100, f"{resource_path('styles', 'app.qss')} missing or empty")
    require("__STYLES__" not in text, "stylesheet folder placeholder not replaced")
    images = re.findall(r"url\(([^)]+)\)", text)
    for image in images:
        path = Path(image.strip("'\""))
        require(path.is_file(), f"stylesheet image {path} missing")
        require(
            image_size(path) is not None,
            f"stylesheet image {path} does not load (image format plugin missing?)",
        )
    return f"{len(images)} images"


def check_icon(ctx: Context) -> str:
    from partnerdesk.qt.selfcheck import image_size

    _application(ctx)
    png = resource_path("icons", "partnerdesk.png")
    size = image_size(png)
    require(size is not None, f"{png} does not load")
    for name in ("partnerdesk.ico", "partnerdesk.icns"):
        require(resource_path("icons", name).is_file(), f"{name} missing")
    width, height = size or (0, 0)
    return f"{width}x{height}"


def check_help(ctx: Context) -> str:
    pages = {
        "de": resource_path("help", "matching_de.md"),
        "en": base_dir() / "docs" / "matching.md",
    }
    for lang, page in pages.items():
        require(page.is_file(), f"help page ({lang}) {page} missing")
        require(len(page.read_text(encoding="utf-8").strip()) > 200, f"{page} is empty")
    return "de, en"


def sample_profile() -> Any:
    from partnerdesk.core.domain import Profile

    # The presentation's example: an apprentice into youth work and sport, with English.
    return Profile(
        interests={"jugend": 3, "sport": 2, "kultur": 1},
        languages={"de": "native", "en": "B1"},
        weeks=4,
    )


def check_match(ctx: Context) -> str:
    from partnerdesk.core.matching import rank

    require(ctx.cities, "not run: no cities (data pack check failed)")
    ranking = rank(ctx.cities, sample_profile())
    require(len(ranking.results) + len(ranking.excluded) == len(ctx.cities), "ranking lost cities")
    require(ranking.results, "no city ranked")
    best = ranking.results[0]
    require(0 <= best.score <= 100, f"score {best.score} out of range")
    require(best.explanation is not None, "no explanation")
    return f"best {best.city.id} {best.score:.0f}, {len(ranking.excluded)} excluded"


def check_team_database(ctx: Context) -> str:
    """Team mode can start: the PostgreSQL driver with its libpq, and a credential store.

    Connecting needs a server; what a build can lose (a driver excluded, a native library
    not collected) shows on import, which is what this checks.
    """
    import keyring
    import psycopg
    from sqlalchemy.dialects.postgresql import psycopg as dialect

    require(dialect.dialect.driver == "psycopg", "SQLAlchemy has no psycopg dialect")
    version = psycopg.pq.version()
    require(version > 0, "libpq not loaded")
    store = type(keyring.get_keyring())
    backend = f"{store.__module__.rsplit('.', 1)[-1]}.{store.__name__}"
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {version}), {backend}"


def check_pdf(ctx: Context) -> str:
    from partnerdesk.core.matching import rank
    from partnerdesk.core.record import RecordData, record_ranking

    require(ctx.cities, "not run: no cities (data pack check failed)")
    # Typst with the shipped fonts, as ``partnerdesk report`` and the export use it.
    from partnerdesk.report.record_doc import write_record_pdf

    profile = sample_profile()
    name = "Selbsttest Ünal"
    data = RecordData(
        record_id="selftest",
        created=date.today(),
        advisor="Team INA",
        apprentice=name,
        profile=profile,
        ranking=record_ranking(rank(ctx.cities, profile), "de"),
        notes="Житомир · 西安 · נתניה",
        language="de",
        pack_version=getattr(ctx.pack, "pack_version", ""),
        app_version=__version__,
    )
    path = ctx.work / "selftest.pdf"
    write_record_pdf(data, path)
    content = Path(path).read_bytes()
    require(content.startswith(b"%PDF-"), "not a PDF (no %PDF header)")
    require(b"%%EOF" in content[-1024:], "PDF is truncated (no %%EOF)")
    require(b"pdfuaid:part" in content or b"pdfuaid" in content, "PDF/UA identification missing")
    require(len(content) >= MIN_PDF_BYTES, f"PDF has only {len(content)} bytes")
    detail = f"{len(content) // 1024} KB"
    pdftotext = shutil.which("pdftotext")
    if pdftotext:  # optional: not every machine has poppler
        text = subprocess.run(
            [pdftotext, str(path), "-"], capture_output=True, text=True, check=True, timeout=30
        ).stdout
        require(name in text, "apprentice's name not found in the PDF text")
        require("Seite 1 von" in text, "page footer not found in the PDF text")
        detail += ", text read back"
    return detail


def check_main_window(ctx: Context) -> str:
    if importlib.util.find_spec("partnerdesk.ui.main_window") is None:
        return "skipped: not part of this build"
    require(ctx.pack is not None, "not run: no city data (data pack check failed)")
    _application(ctx)
    from partnerdesk.ui.selfcheck import paint_main_window

    painted = paint_main_window(ctx.pack)
    require(painted.width > 0, "window did not paint")
    require(painted.colours > 8, "window painted blank")
    if painted.cards:
        require(
            painted.cards == len(ctx.pack.cities),
            f"{painted.cards} city cards for {len(ctx.pack.cities)} cities",
        )
    return f"{painted.width}x{painted.height}, {painted.cards} city cards"


def check_qt_messages(ctx: Context) -> str:
    require(not ctx.qt_messages, "; ".join(dict.fromkeys(ctx.qt_messages))[:500])
    return "none"


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("version", check_version),
    ("data folder", check_data_folder),
    ("database", check_database),
    ("data pack", check_data_pack),
    ("fonts", check_fonts),
    ("translations", check_translations),
    ("map", check_map),
    ("stylesheet", check_stylesheet),
    ("icon", check_icon),
    ("help", check_help),
    ("match", check_match),
    ("team database", check_team_database),
    ("pdf", check_pdf),
    ("main window", check_main_window),
    ("qt warnings", check_qt_messages),
)


# --- running -------------------------------------------------------------------------------


def run_checks(ctx: Context, out: TextIO, verbose: bool = False) -> list[str]:
    """Run every check, printing one line each; return the names of the failed ones."""
    failed = []
    for name, check in CHECKS:
        try:
            detail = check(ctx)
        except Exception as exc:
            failed.append(name)
            message = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
            out.write(f"FAIL {name}: {message}\n")
            if verbose and not isinstance(exc, CheckFailed):
                traceback.print_exc(file=out)
        else:
            out.write(f"ok   {name}" + (f" ({detail})" if detail else "") + "\n")
        out.flush()
    return failed


def run_selftest(verbose: bool = False, out: TextIO | None = None) -> int:
    """The ``selftest`` command; returns the exit code."""
    out = out or sys.stdout
    # Before any Qt import: the check must run on a machine with no screen (CI).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    saved_home = os.environ.get(paths.ENV_HOME)
    ctx = Context()
    with tempfile.TemporaryDirectory(prefix="partnerdesk-selftest-") as tmp:
        os.environ[paths.ENV_HOME] = str(Path(tmp) / "home")
        ctx.work = Path(tmp)
        try:
            failed = run_checks(ctx, out, verbose)
        finally:
            if ctx.store is not None:
                ctx.store.close()
            if saved_home is None:
                os.environ.pop(paths.ENV_HOME, None)
            else:
                os.environ[paths.ENV_HOME] = saved_home
    if failed:
        out.write(
            f"selftest: FAILED – first failing check: {failed[0]} "
            f"({len(failed)} of {len(CHECKS)} failed)\n"
        )
        return 1
    out.write(f"selftest: all {len(CHECKS)} checks ok\n")
    return 0
