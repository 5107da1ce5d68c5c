"""The advisor PIN that guards leaving kiosk mode: scrypt hash, PIN rules, lockout.

The PIN is stored as a self-describing string ``scrypt$n$r$p$salt_b64$hash_b64`` so the cost
parameters can be raised later without breaking stored hashes (``needs_rehash`` tells when).
Parameters follow OWASP's password storage cheat sheet for scrypt (N=2**15 with r=8, p=1 is
one of its listed equivalents; 32 MiB of memory, hence the raised ``maxmem``). A PIN has few
possible values, so the hash alone does not protect it against an attacker holding the
settings file; the lockout below protects against guessing at the terminal, which is the
threat this PIN is about.

Qt-free; the clock is injectable so tests can freeze time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

SCHEME = "scrypt"
N = 2**15
R = 8
P = 1
MAXMEM = 64 * 1024 * 1024  # N=2**15, r=8 needs 32 MiB; OpenSSL's default cap is 32 MiB
SALT_BYTES = 16
KEY_BYTES = 32
MIN_DIGITS = 6  # a new PIN; 4-5 digit PINs set by older versions still verify
FORMAT_MIN_DIGITS = 4
MAX_DIGITS = 12

FREE_FAILURES = 5  # failures allowed before any delay
MAX_DELAY_SECONDS = 300.0


class PinError(ValueError):
    """A PIN that breaks the rules; the message names the problem (German, for the UI)."""


def check_pin_format(pin: str, min_digits: int = FORMAT_MIN_DIGITS) -> None:
    """Raise PinError unless *pin* is *min_digits*-12 ASCII digits (any stored PIN)."""
    if not pin:
        raise PinError("Bitte gib eine PIN ein.")
    if not all(ch in "0123456789" for ch in pin):
        raise PinError("Die PIN darf nur Ziffern (0-9) enthalten.")
    if len(pin) < min_digits:
        raise PinError(f"Die PIN ist zu kurz: mindestens {min_digits} Ziffern.")
    if len(pin) > MAX_DIGITS:
        raise PinError(f"Die PIN ist zu lang: höchstens {MAX_DIGITS} Ziffern.")


def is_guessable(pin: str) -> bool:
    """One digit repeated (000000), a straight run up or down (123456, 987654, 890123) or a
    short block repeated (121212, 123123): the first PINs anyone tries."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if len(steps) == 1 and steps <= {0, 1, 9}:
        return True
    return any(
        len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size)
        for size in range(1, len(pin) // 2 + 1)
    )


def check_pin_rules(pin: str) -> None:
    """Raise PinError unless *pin* may be chosen as a new PIN: 6-12 digits, not guessable."""
    check_pin_format(pin, MIN_DIGITS)
    if is_guessable(pin):
        raise PinError(
            "Die PIN ist leicht zu erraten: keine gleichen Ziffern, keine "
            "Reihen wie 123456 und keine Wiederholungen wie 121212."
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=MAXMEM, dklen=KEY_BYTES
    )


def hash_pin(pin: str, *, n: int = N, r: int = R, p: int = P) -> str:
    """The storable hash of a PIN (the set-up dialog checks ``check_pin_rules`` first)."""
    check_pin_format(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    return f"{SCHEME}${n}${r}${p}${_b64(salt)}${_b64(_derive(pin, salt, n, r, p))}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    # Refuse absurd parameters from a tampered file instead of exhausting memory.
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        return None
    if len(salt) < 8 or not digest:
        return None
    return n, r, p, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    """True if *pin* matches *stored*; a malformed stored value never matches."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    try:
        candidate = _derive(pin, salt, n, r, p)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(candidate, digest)


def is_valid_hash(stored: str) -> bool:
    return _parse(stored) is not None


def needs_rehash(stored: str) -> bool:
    parsed = _parse(stored)
    return parsed is None or parsed[:3] != (N, R, P)


@dataclass
class LockoutPolicy:
    """Growing delay after repeated failures: 1, 2, 4 ... s after the 5th, capped at 5 min.

    ``clock`` returns seconds (monotonic by default, so changing the wall clock cannot
    shorten a delay). ``persist`` (optional) is called with ``(failures, wall-clock time the
    delay ends)`` after every change, and ``restore`` takes that back after a restart: pulling
    the plug must not reset the count of failures.
    """

    clock: Callable[[], float] = time.monotonic
    free_failures: int = FREE_FAILURES
    max_delay: float = MAX_DELAY_SECONDS
    failures: int = 0
    _locked_until: float = 0.0
    persist: Callable[[int, float], None] | None = None
    wall_clock: Callable[[], float] = time.time

    def restore(self, failures: int, locked_until_wall: float) -> None:
        """Take over a saved state (a delay never grows past what *failures* allow)."""
        self.failures = max(0, int(failures))
        left = min(max(0.0, locked_until_wall - self.wall_clock()), self.delay_for(self.failures))
        self._locked_until = self.clock() + left if left > 0 else 0.0

    def _save(self) -> None:
        if self.persist is not None:
            self.persist(self.failures, self.wall_clock() + self.remaining())

    def delay_for(self, failures: int) -> float:
        """Seconds of wait after *failures* consecutive failures."""
        if failures < self.free_failures:
            return 0.0
        exponent = failures - self.free_failures
        return float(min(self.max_delay, 2.0 ** min(exponent, 30)))

    def remaining(self) -> float:
        """Seconds until the next attempt is allowed (0 when allowed now)."""
        return max(0.0, self._locked_until - self.clock())

    def allowed(self) -> bool:
        return self.remaining() <= 0.0

    def record_failure(self) -> float:
        """Count a failure; return the delay now in force."""
        self.failures += 1
        delay = self.delay_for(self.failures)
        self._locked_until = self.clock() + delay
        self._save()
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self._locked_until = 0.0
        self._save()

    def attempt(self, pin: str, stored: str) -> bool:
        """Verify *pin* unless locked; a locked attempt is refused and not counted."""
        if not self.allowed():
            return False
        if verify_pin(pin, stored):
            self.record_success()
            return True
        self.record_failure()
        return False
