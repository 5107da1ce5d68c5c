"""GUI tests start in German with the translators installed, as the app does at start-up:
plural forms ("1 Woche", "2 Wochen") come from partnerdesk_de.qm, not from the source text."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _german_interface(qapp):
    from partnerdesk.ui import i18n

    i18n.set_language("de")
    yield
    if i18n.current_language() != "de":
        i18n.set_language("de")
