"""Work-arounds for defects of the PySide6 build we ship; each names what it works around.

PySide6/shiboken6 6.12.0 (abi3 wheels) on CPython 3.11: every call of a ``void`` Qt method
(``QLabel.setText``, ``QComboBox.addItem``, ``setCurrentIndex`` ...) returns ``None`` without
taking a reference, so each call lowers ``None``'s reference count by one (measured: 1000
``setText`` calls, refcount -1000). Since Python 3.12 ``None`` is immortal (PEP 683) and the
missing ``Py_INCREF`` is harmless, which is presumably why it went unnoticed; on 3.11 the
count reaches zero after a few thousand calls and the process aborts with
"Fatal Python error: none_dealloc: deallocating None". A language switch that refills a few
combo boxes was enough to kill the test process.

``keep_none_alive()`` gives ``None`` a reference count no program can use up (2**40), i.e.
makes it immortal the way 3.12 does. It does nothing on 3.12+ and is idempotent. Call it
before building any widget: the composition root does, and so must test set-up.
Remove it when the project requires Python >= 3.12 or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # decrements at ~1 per Qt call: never exhausted in practice


def keep_none_alive() -> bool:
    """Pin ``None``'s reference count high on Python < 3.12; return whether it acted."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) >= _RESERVE // 2:
        return False
    # ob_refcnt is the first field of every PyObject (Py_ssize_t) in release builds of 3.11.
    refcnt = ctypes.c_ssize_t.from_address(id(None))
    refcnt.value += _RESERVE
    return True
