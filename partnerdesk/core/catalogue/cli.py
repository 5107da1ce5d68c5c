"""The catalogue's ``cli`` group: the command line's own words (table heads, notes). The
command line has no Qt translator, so its few words are pairs here like the core's.
"""

from __future__ import annotations

from partnerdesk.core.vocab import Label

L = Label

ENTRIES: dict[str, Label] = {
    # --- partnerdesk cities / match
    "cli.city": L("Stadt", "City"),
    "cli.country": L("Land", "Country"),
    "cli.since": L("seit", "since"),
    "cli.score": L("Punkte", "Score"),
    "cli.funding": L("Förderung: {route}", "Funding: {route}"),
    "cli.not_ranked": L("Nicht gerankt:", "Not ranked:"),
    # --- partnerdesk followups
    "cli.due": L("Fällig", "Due"),
    "cli.step": L("Schritt", "Step"),
    "cli.apprentice": L("Azubi", "Apprentice"),
    "cli.owner": L("Zuständig", "Responsible"),
    "cli.advisor": L("Beratung durch", "Counselled by"),
    "cli.no_steps": L("Keine offenen Schritte.", "No open steps."),
    "cli.overdue": L("überfällig", "overdue"),
    "cli.event_written": L("{n} Termin geschrieben: {path}", "{n} event written: {path}"),
    "cli.events_written": L("{n} Termine geschrieben: {path}", "{n} events written: {path}"),
}
