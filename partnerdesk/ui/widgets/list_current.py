"""Going back to the previous row after a cancelled switch (an unsaved-changes guard)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem


def restore_current(widget: QListWidget, previous: QListWidgetItem | None) -> None:
    """Make *previous* current again; None means no row was current before."""
    if previous is None:
        widget.setCurrentRow(-1)  # setCurrentItem(None) does the same, but is not typed so
    else:
        widget.setCurrentItem(previous)
