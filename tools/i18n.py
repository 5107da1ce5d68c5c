"""``make translations``: update the ``.ts`` sources from the code and build the ``.qm`` files.

Runs PySide6's ``pyside6-lupdate`` over every ``partnerdesk/**/*.py`` into
``resources/i18n/partnerdesk_de.ts`` and ``partnerdesk_en.ts`` (source language German), then
``pyside6-lrelease`` to the ``.qm`` files next to them. Re-running is safe: lupdate merges,
so every existing translation is kept; strings no longer in the code are dropped
(``-no-obsolete``) so the files never fill up with dead entries. Locations are not recorded
(``-locations none``): otherwise every code edit would churn the ``.ts`` files.

Exit code 0 on success, 1 if a tool is missing or fails; ``--check`` also fails while any
English string is still unfinished.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from partnerdesk.resources import base_dir

LANGUAGES = {"de": "de_DE", "en": "en_GB"}
SOURCE_LANGUAGE = "de_DE"


def tool(name: str) -> str:
    """The Qt tool *name* (``pyside6-lupdate``) of this environment's PySide6.

    The binary inside the PySide6 package is run directly: the ``pyside6-*`` wrapper
    scripts need ``PySide6.__file__``, which is missing when a partial reinstall has left
    PySide6 as a namespace package.
    """
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / name.removeprefix("pyside6-")
        if binary.is_file() and os.access(binary, os.X_OK):
            return str(binary)
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (install PySide6 into this environment)")
    return found


def sources(root: Path) -> list[Path]:
    package = root / "partnerdesk"
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def ts_file(root: Path, lang: str) -> Path:
    return root / "resources" / "i18n" / f"partnerdesk_{lang}.ts"


def update(root: Path) -> list[Path]:
    """Run lupdate for every language; return the .ts files."""
    files = [str(p.relative_to(root)) for p in sources(root)]
    written = []
    for lang, locale in LANGUAGES.items():
        target = ts_file(root, lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                locale,
                *files,
                "-ts",
                str(target.relative_to(root)),
            ],
            cwd=root,
            check=True,
        )
        written.append(target)
    return written


def release(ts_files: list[Path]) -> list[Path]:
    built = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or message.find("translation/numerusform") is not None)
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.i18n", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--check", action="store_true", help="fail if an English string is not translated yet"
    )
    args = parser.parse_args(argv)
    root = base_dir()
    try:
        ts_files = update(root)
        qm_files = release(ts_files)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1
    for path in ts_files + qm_files:
        print(path.relative_to(root))
    missing = unfinished(ts_file(root, "en"))
    if missing:
        print(f"{len(missing)} English strings still to translate, e.g.:", file=sys.stderr)
        for context, source in missing[:10]:
            print(f"  {context}: {source!r}", file=sys.stderr)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
