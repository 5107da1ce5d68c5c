"""Entry script of the frozen application (``build.spec``): the same ``main`` as the checkout.

A separate tiny script rather than ``partnerdesk/__main__.py`` so that the bundle's
``__main__`` is not also a module of the package (PyInstaller would otherwise carry the
package's ``__main__`` twice, once as script and once as module).

A windowed Windows build (``console=False``) has no standard streams: ``sys.stdout`` and
``sys.stderr`` are ``None`` and any ``sys.stderr.write`` would raise. Such writes go to the
null device instead; the console build ``partnerdesk-cli.exe`` keeps real streams.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from partnerdesk.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
