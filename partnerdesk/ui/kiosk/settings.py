"""Kiosk settings and the advisor PIN hash, stored in the app's INI settings file.

Keys (section ``kiosk``):
``kiosk/idle_timeout_seconds`` (default 120), ``kiosk/warning_seconds`` (default 30, at
least 20), ``kiosk/handover_days`` (default 14, 1-90), ``kiosk/printer_name`` (default empty:
no printing), ``kiosk/pin_hash`` (scrypt string from ``partnerdesk.core.pin``; empty: not set),
``kiosk/pin_failures`` and ``kiosk/pin_locked_until`` (the PIN lockout, kept across restarts).
Values from a hand-edited file are clamped to their range instead of stopping the app.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from partnerdesk import paths
from partnerdesk.core.counselling import HANDOVER_DEFAULT_DAYS as DEFAULT_DAYS
from partnerdesk.core.counselling import HANDOVER_MAX_DAYS as MAX_DAYS
from partnerdesk.core.pin import LockoutPolicy, is_valid_hash

KEY_IDLE = "kiosk/idle_timeout_seconds"
KEY_WARNING = "kiosk/warning_seconds"
KEY_DAYS = "kiosk/handover_days"
KEY_PRINTER = "kiosk/printer_name"
KEY_PIN = "kiosk/pin_hash"
KEY_FAILURES = "kiosk/pin_failures"
KEY_LOCKED_UNTIL = "kiosk/pin_locked_until"

MIN_WARNING_SECONDS = 20  # the issue: at least 20 s to continue with one key


@dataclass(frozen=True, slots=True)
class KioskSettings:
    idle_timeout_seconds: float = 120.0
    warning_seconds: float = 30.0
    handover_days: int = DEFAULT_DAYS
    printer_name: str = ""

    @property
    def idle_timeout_ms(self) -> int:
        return int(self.idle_timeout_seconds * 1000)

    @property
    def warning_ms(self) -> int:
        return int(self.warning_seconds * 1000)


def open_settings(path: Path | str | None = None) -> QSettings:
    target = Path(path) if path is not None else paths.settings_path()
    return QSettings(str(target), QSettings.Format.IniFormat)


def _number(settings: QSettings, key: str, default: float, low: float, high: float) -> float:
    try:
        value = float(str(settings.value(key, default)))
    except (TypeError, ValueError):
        return default
    return min(high, max(low, value))


def load_kiosk_settings(settings: QSettings | None = None) -> KioskSettings:
    s = settings if settings is not None else open_settings()
    return KioskSettings(
        idle_timeout_seconds=_number(s, KEY_IDLE, 120.0, 30.0, 3600.0),
        warning_seconds=_number(s, KEY_WARNING, 30.0, MIN_WARNING_SECONDS, 300.0),
        handover_days=int(_number(s, KEY_DAYS, DEFAULT_DAYS, 1, MAX_DAYS)),
        printer_name=str(s.value(KEY_PRINTER, "") or "").strip(),
    )


def save_kiosk_settings(value: KioskSettings, settings: QSettings | None = None) -> None:
    s = settings if settings is not None else open_settings()
    s.setValue(KEY_IDLE, value.idle_timeout_seconds)
    s.setValue(KEY_WARNING, max(MIN_WARNING_SECONDS, value.warning_seconds))
    s.setValue(KEY_DAYS, value.handover_days)
    s.setValue(KEY_PRINTER, value.printer_name)
    s.sync()


def load_pin_hash(settings: QSettings | None = None) -> str:
    """The stored PIN hash, or "" when none (or only a damaged one) is stored."""
    s = settings if settings is not None else open_settings()
    value = str(s.value(KEY_PIN, "") or "")
    return value if is_valid_hash(value) else ""


def save_pin_hash(stored: str, settings: QSettings | None = None) -> None:
    if not is_valid_hash(stored):
        raise ValueError("not a PIN hash")
    s = settings if settings is not None else open_settings()
    s.setValue(KEY_PIN, stored)
    s.remove(KEY_FAILURES)  # a new PIN starts with a clean count
    s.remove(KEY_LOCKED_UNTIL)
    s.sync()
    paths.make_private(Path(s.fileName()))  # the hash of a short PIN is cracked offline


def persistent_lockout(
    clock: Callable[[], float] = time.monotonic, settings: QSettings | None = None
) -> LockoutPolicy:
    """The PIN lockout with its state kept in the settings file across restarts."""
    s = settings if settings is not None else open_settings()

    def persist(failures: int, locked_until: float) -> None:
        s.setValue(KEY_FAILURES, failures)
        s.setValue(KEY_LOCKED_UNTIL, locked_until)
        s.sync()

    policy = LockoutPolicy(clock=clock)
    policy.restore(
        int(_number(s, KEY_FAILURES, 0, 0, 1000)), _number(s, KEY_LOCKED_UNTIL, 0.0, 0.0, 1e11)
    )
    policy.persist = persist
    return policy
