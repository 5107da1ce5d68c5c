"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method that
returns nothing (``QLabel.setText``, ``QWidget.update`` ...) takes one reference from
``None`` without giving it back, and ``Signal.emit`` does the same to ``True``. ``None``
starts with a few thousand references, so after a few thousand such calls - building one
view and moving a slider a few times - CPython aborts with "none_dealloc: deallocating None".
Python 3.12 made these singletons immortal (PEP 683), which is why the bug does not show
there. Until the wheel is fixed (or the app runs on 3.12+), give the three singletons so
many references that the leak cannot reach zero in any realistic session.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # ~10^12 leaked references before trouble; a session makes ~10^7


def guard_singleton_refcounts() -> bool:
    """Raise the reference counts of None/True/False once; True if it did anything."""
    if sys.version_info >= (3, 12) or getattr(guard_singleton_refcounts, "done", False):
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every PyObject in a release build.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    guard_singleton_refcounts.done = True  # type: ignore[attr-defined]
    return True
