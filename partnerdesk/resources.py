"""Find shipped files (``resources/``, ``db/``) from a checkout and from the frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder that holds ``resources/`` and ``db/``.

    PyInstaller unpacks data next to the executable's internal folder and names it in
    ``sys._MEIPASS``; in a checkout it is the repository root above the package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return base_dir().joinpath("resources", *parts)


def db_path(*parts: str) -> Path:
    return base_dir().joinpath("db", *parts)


def datapack_path() -> Path:
    return db_path("citypack.json")


def migrations_dir() -> Path:
    return db_path("migrations")
