"""``python -m partnerdesk`` and the ``partnerdesk`` console script."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    # No cyclic garbage collection while the program starts: start-up creates some 200,000
    # objects that live as long as the process (modules, classes, Qt's enums), and the
    # collector walked them again and again as they appeared (~4 ms before the first
    # paint). A command turns it back on once its arguments are read, the GUI once its
    # window has painted (partnerdesk.app).
    gc.disable()
    from partnerdesk.cli.main import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
