"""How a partnership status looks: one place for badge colours, symbols and labels.

Status is never shown by colour alone (accessibility): every badge and map marker carries a
symbol or shape and a word. Colour pairs keep a contrast ratio of at least 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from partnerdesk.core.vocab import STATUS_LABELS
from partnerdesk.ui.i18n import current_language


@dataclass(frozen=True, slots=True)
class StatusStyle:
    symbol: str
    fg: str  # text / marker colour
    bg: str  # badge background
    border: str


STYLES: dict[str, StatusStyle] = {
    "active": StatusStyle("●", "#1d5c2e", "#e2f1e5", "#8cc49a"),  # 7.4:1
    "restricted": StatusStyle("▲", "#7a3e00", "#fff0d4", "#e0a145"),  # 7.6:1
    "paused": StatusStyle("‖", "#4a4a4a", "#e8e8e8", "#9a9a9a"),  # 7.5:1
}


def style_for(status: str) -> StatusStyle:
    return STYLES.get(status, STYLES["active"])


def status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return label.get(current_language()) if label else status


def badge_text(status: str) -> str:
    return f"{style_for(status).symbol} {status_label(status)}"


def badge_stylesheet(status: str) -> str:
    style = style_for(status)
    border = "dashed" if status == "paused" else "solid"
    return (
        f"color: {style.fg}; background: {style.bg}; border: 1px {border} {style.border};"
        " border-radius: 9px; padding: 1px 8px; font-weight: 600;"
    )
