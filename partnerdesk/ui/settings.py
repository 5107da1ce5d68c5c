"""User settings of the desktop app (language, window geometry) in an INI file.

One small typed wrapper over ``QSettings`` so the keys live in one place. The file is
``paths.settings_path()`` (below ``PARTNERDESK_HOME`` in tests), INI format on every system:
readable, and never the Windows registry, so a portable install carries its settings along.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from partnerdesk import paths
from partnerdesk.ui.i18n import SUPPORTED

DEFAULT_LANGUAGE = "de"

_LANGUAGE = "ui/language"
_GEOMETRY = "window/geometry"
_STATE = "window/state"


class AppSettings:
    """Typed access to the settings file; every setter writes through at once."""

    def __init__(self, path: Path | str | None = None) -> None:
        target = Path(path) if path is not None else paths.settings_path()
        self._settings = QSettings(str(target), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    def language(self) -> str:
        value = str(self._settings.value(_LANGUAGE, DEFAULT_LANGUAGE))
        # A hand-edited or foreign file must not stop the app from starting.
        return value if value in SUPPORTED else DEFAULT_LANGUAGE

    def set_language(self, lang: str) -> None:
        if lang not in SUPPORTED:
            raise ValueError(f"unsupported language {lang!r}")
        self._settings.setValue(_LANGUAGE, lang)
        self._settings.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value(_STATE)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue(_GEOMETRY, geometry)
        self._settings.setValue(_STATE, state)
        self._settings.sync()
