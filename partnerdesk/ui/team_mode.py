"""What the desktop app does differently on a team database (PostgreSQL).

Kept out of ``app.py`` so the composition root only gains a few calls:
``handle_team_failure`` (unreachable server or outdated schema at start),
``follow_other_advisors`` (other advisors' changes appear on activation and every
``POLL_MS``) and ``kiosk_cannot_open`` (the terminal's one-line exit).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

POLL_MS = 20_000  # a short poll: a handover or a colleague's talk shows within 20 s


def handle_team_failure(startup: Any, error: BaseException | None) -> bool:
    """Handle a failed start on a team database; ``False``: not a team problem."""
    if error is None:
        return False
    from partnerdesk.store import team

    window = startup.window
    if isinstance(error, team.TeamDbError):
        from partnerdesk.ui.dialogs.plain_message import warn

        print(f"partnerdesk: database: {error}", file=sys.stderr)
        warn(window, QCoreApplication.translate("TeamMode", "Team-Datenbank"), str(error))
        window.statusBar().showMessage(str(error))
        return True
    if not (
        team.is_unreachable(error) and "psycopg" in type(getattr(error, "orig", error)).__module__
    ):
        return False
    from partnerdesk.ui.dialogs.server_dialog import ServerChoice, ask_server

    detail = team.unreachable_text(error)
    print(f"partnerdesk: team database unreachable: {detail}", file=sys.stderr)
    choice = ask_server(window, detail)
    if choice is ServerChoice.RETRY:
        startup.loader.error = None
        startup.loader.start()
    elif choice is ServerChoice.SETTINGS:
        window.show_settings()
    window.statusBar().showMessage(
        QCoreApplication.translate("TeamMode", "Team-Datenbank nicht erreichbar: {0}").format(
            detail
        )
    )
    return True


def follow_other_advisors(view: Any) -> QTimer:
    """Refresh the counselling page when the app is activated and every ``POLL_MS``."""
    timer = QTimer(view)
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: _refresh(view))
    timer.start()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.applicationStateChanged.connect(
            lambda state: _refresh(view) if state == Qt.ApplicationState.ApplicationActive else None
        )
    return timer


def _refresh(view: Any) -> None:
    from partnerdesk.store import team

    try:
        view.refresh_from_store()
    except Exception as exc:  # a dropped connection: the next poll tries again
        if not team.is_unreachable(exc):
            raise
        print(f"partnerdesk: refresh: {team.unreachable_text(exc)}", file=sys.stderr)


def kiosk_cannot_open(exc: BaseException) -> int:
    """The terminal cannot reach its database: one line, a plain box, exit code 1."""
    from partnerdesk.store import team
    from partnerdesk.ui.dialogs.plain_message import warn

    text = (
        str(exc)
        if isinstance(exc, team.TeamDbError)
        else team.unreachable_text(exc)
        if team.is_unreachable(exc)
        else None
    )
    if text is None:
        raise exc
    print(f"partnerdesk: --kiosk: {text}", file=sys.stderr)
    warn(
        None,
        QCoreApplication.translate("TeamMode", "Team-Datenbank"),
        QCoreApplication.translate(
            "TeamMode",
            "Das Terminal erreicht die Team-Datenbank nicht. Bitte wende dich an Team INA.",
        ),
        text,
    )
    return 1
