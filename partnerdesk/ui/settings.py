"""User settings of the desktop app (language, window geometry) in an INI file.

One small typed wrapper over ``QSettings`` so the keys live in one place. The file is
``paths.settings_path()`` (below ``PARTNERDESK_HOME`` in tests), INI format on every system:
readable, and never the Windows registry, so a portable install carries its settings along.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from partnerdesk import paths
from partnerdesk.ui.i18n import SUPPORTED

if TYPE_CHECKING:
    from partnerdesk.core.domain import Profile
    from partnerdesk.store.team_config import TeamDbConfig

DEFAULT_LANGUAGE = "de"
DEFAULT_RETENTION_DAYS = 730  # two years after the consent, unless the advisor sets another
RETENTION_RANGE = (30, 3650)

_LANGUAGE = "ui/language"
_ADVISOR = "counselling/advisor_name"
_SCRATCH = "matching/scratchProfile"
_RETENTION = "counselling/retention_days"
_TEAM = "team_db"  # a section read by partnerdesk.store.team without Qt
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

    def advisor_name(self) -> str:
        """The advisor's name as it appears on talks and records (empty until set)."""
        return str(self._settings.value(_ADVISOR, "")).strip()

    def set_advisor_name(self, name: str) -> None:
        self._settings.setValue(_ADVISOR, name.strip())
        self._settings.sync()

    def retention_days(self) -> int:
        """Default time from consent to deletion for new apprentice records."""
        try:
            days = int(str(self._settings.value(_RETENTION, DEFAULT_RETENTION_DAYS)))
        except (TypeError, ValueError):
            return DEFAULT_RETENTION_DAYS
        low, high = RETENTION_RANGE
        return days if low <= days <= high else DEFAULT_RETENTION_DAYS

    def set_retention_days(self, days: int) -> None:
        low, high = RETENTION_RANGE
        if not low <= days <= high:
            raise ValueError(f"retention days {days!r}: expected {low}-{high}")
        self._settings.setValue(_RETENTION, days)
        self._settings.sync()

    # --- team database (store.team reads the same keys with configparser) ----------------

    def team_db(self) -> TeamDbConfig | None:
        """The configured team database, ``None`` for the local SQLite file."""
        from partnerdesk.store.team_config import read_config

        self._settings.sync()
        return read_config(Path(self.file_name))

    def set_team_db(self, config: TeamDbConfig | None) -> None:
        """Store the connection (never the password: that goes to the keyring)."""
        self._settings.remove(_TEAM)
        if config is not None:
            for key, value in (
                ("host", config.host),
                ("port", config.port),
                ("database", config.database),
                ("user", config.user),
                ("sslmode", config.sslmode),
                ("ca_file", config.ca_file),
            ):
                self._settings.setValue(f"{_TEAM}/{key}", value)
        # On disk now: the command line and the next start read the file with configparser.
        self._settings.sync()

    # The "Passende Städte" scratch pad keeps its self-assessment across restarts; it is not
    # personal data (no name), so the settings file is the right place. Its codec
    # (core.counselling, ~3 ms to import) loads with the pad, after the first paint.
    def scratch_profile(self) -> Profile | None:
        from partnerdesk.core.counselling import profile_from_dict

        raw = self._settings.value(_SCRATCH, "")
        if not raw:
            return None
        try:
            return profile_from_dict(json.loads(str(raw)))
        except (TypeError, ValueError, AttributeError):
            return None  # an unreadable entry is dropped, never shown half

    def set_scratch_profile(self, profile: Profile) -> None:
        from partnerdesk.core.counselling import profile_to_dict

        self._settings.setValue(_SCRATCH, json.dumps(profile_to_dict(profile)))
        self._settings.sync()
