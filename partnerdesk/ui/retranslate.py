"""One way for a widget to follow a live language switch: ``Retranslatable``.

Installing a translator (``i18n.set_language``) makes Qt send ``QEvent.LanguageChange`` to
every widget; each widget sets its texts again in ``retranslate()``. Instead of a
``changeEvent`` override per class, a widget lists the mixin first in its bases::

    class AboutDialog(Retranslatable, QDialog):
        def retranslate(self) -> None:
            self.setWindowTitle(self.tr("Über PartnerDesk"))

The mixin must come before the Qt class so that its ``changeEvent`` is found first; it then
passes every event on to the Qt class. At run time the mixin is a plain class (PySide6 cannot
combine two wrapped Qt classes); for the type checker it is a ``QWidget``, so ``super()``,
``self.tr`` and the override of ``changeEvent`` are checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _WidgetBase = QWidget
else:
    _WidgetBase = object


class Retranslatable(_WidgetBase):
    """Calls ``retranslate()`` on every language change, then lets Qt handle the event."""

    def retranslate(self) -> None:
        """Set every user-visible text again, in the language now installed."""
        raise NotImplementedError(f"{type(self).__name__} must define retranslate()")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
