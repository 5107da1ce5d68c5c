"""The catalogue's ``store`` group: storage faults (``store/errors.py`` classifies them into
kinds, the words are here), the network-drive warning and the database check's rows.
"""

from __future__ import annotations

from partnerdesk.core.vocab import Label

L = Label

ENTRIES: dict[str, Label] = {
    # --- a save failed (one entry per store.errors.Kind)
    "storage.disk_full": L(
        "Speichern nicht möglich: Das Laufwerk mit dem Datenordner ist voll. "
        "Schaffen Sie Platz (z. B. alte Dateien löschen oder den Papierkorb leeren) und "
        "speichern Sie dann erneut.",
        "Could not save: the drive holding the data folder is full. Free some space (for "
        "example delete old files or empty the recycle bin), then save again.",
    ),
    "storage.read_only": L(
        "Speichern nicht möglich: Der Datenordner oder die Datenbankdatei ist schreibgeschützt "
        "oder Ihnen fehlt die Berechtigung. Bitten Sie die IT, Ihnen Schreibrechte auf den "
        "Datenordner zu geben, und speichern Sie dann erneut.",
        "Could not save: the data folder or the database file is read-only, or you lack the "
        "permission to write there. Ask IT to give you write access to the data folder, then "
        "save again.",
    ),
    "storage.locked": L(
        "Speichern nicht möglich: Die Datenbank ist gerade von einem anderen Programm "
        "gesperrt (z. B. einer zweiten PartnerDesk-Sitzung oder einem Sicherungsprogramm). "
        "Warten Sie einen Moment und speichern Sie erneut; hilft das nicht, schließen Sie die "
        "andere Sitzung.",
        "Could not save: the database is locked by another program (for example a second "
        "PartnerDesk session or a backup tool). Wait a moment and save again; if that does "
        "not help, close the other session.",
    ),
    "storage.io_error": L(
        "Speichern nicht möglich: Beim Schreiben auf das Laufwerk ist ein Ein-/Ausgabefehler "
        "aufgetreten (Datenträger entfernt, Netzverbindung unterbrochen oder Laufwerk "
        "defekt). Prüfen Sie das Laufwerk und speichern Sie erneut; melden Sie den Fehler der "
        "IT, wenn er wiederkehrt.",
        "Could not save: an input/output error occurred while writing to the drive (drive "
        "removed, network connection lost or drive faulty). Check the drive and save again; "
        "report it to IT if it happens again.",
    ),
    "storage.damaged": L(
        "Die Datenbank ist beschädigt. Beenden Sie PartnerDesk und starten Sie es neu: Beim "
        "Start wird angeboten, die neueste gültige Sicherung wiederherzustellen.",
        "The database is damaged. Quit PartnerDesk and start it again: at start-up it offers "
        "to restore the newest valid backup.",
    ),
    "storage.unknown": L(
        "Speichern nicht möglich: Ein unerwarteter Fehler beim Zugriff auf die Datenbank ist "
        "aufgetreten. Versuchen Sie es erneut; Einzelheiten stehen in der Protokolldatei.",
        "Could not save: an unexpected error occurred while accessing the database. Try "
        "again; details are in the log file.",
    ),
    # Every fault but "damaged": the failed save was one transaction, the form still holds it.
    "storage.nothing_lost": L(
        "{problem}\n\nEs wurde nichts geändert; Ihre Eingaben sind noch im Formular.",
        "{problem}\n\nNothing was changed; your input is still in the form.",
    ),
    "storage.network_drive": L(
        "Die Datenbank liegt auf einem Netzlaufwerk ({path}). SQLite im WAL-Modus funktioniert "
        "dort nicht zuverlässig: Wenn zwei Computer sie gleichzeitig öffnen, kann sie "
        "beschädigt werden. Legen Sie den Datenordner auf ein lokales Laufwerk (siehe "
        "docs/operations.md, PARTNERDESK_HOME) und nutzen Sie das Netzlaufwerk nur für "
        "Sicherungen.",
        "The database is on a network drive ({path}). SQLite in WAL mode does not work "
        "reliably there: if two computers open it at the same time it can be damaged. Move the "
        "data folder to a local drive (see docs/operations.md, PARTNERDESK_HOME) and use the "
        "network drive for backups only.",
    ),
    # --- partnerdesk db check: the rows, and the mark of a failed row (six wide, aligned)
    "check.file": L("Datei", "File"),
    "check.integrity": L("Integrität", "Integrity"),
    "check.references": L("Verweise (foreign_key_check)", "References (foreign_key_check)"),
    "check.schema": L("Schema-Version", "Schema version"),
    "check.text": L("Text lesbar (UTF-8)", "Text readable (UTF-8)"),
    "check.records": L("Datensätze", "Records"),
    "check.backups": L("Sicherungen", "Backups"),
    "check.location": L("Speicherort", "Location"),
    "check.failed": L("FEHLER", "ERROR "),
    # --- the details after each row; SQLite's own words ({detail}) stay as SQLite says them
    "check.detail": L("{detail}", "{detail}"),
    "check.ok": L("in Ordnung", "ok"),
    "check.missing": L("{path}: fehlt", "{path}: missing"),
    "check.damaged": L(
        "{path}: {reason}. Mit „partnerdesk db recover newest“ stellen Sie die neueste gültige "
        "Sicherung wieder her.",
        "{path}: {reason}. Run 'partnerdesk db recover newest' to restore the newest valid backup.",
    ),
    "check.size": L("{path} ({size} MB)", "{path} ({size} MB)"),
    "check.unavailable": L("{path} ({size} MB): {reason}", "{path} ({size} MB): {reason}"),
    "check.broken_references": L(
        "Verweise ins Leere: {count} ({rows})", "references to nothing: {count} ({rows})"
    ),
    "check.bad_text": L("kein gültiges UTF-8 in {where}", "not valid UTF-8 in {where}"),
    "check.no_schema": L(
        "keine Schema-Version (keine PartnerDesk-Datenbank)",
        "no schema version (not a PartnerDesk database)",
    ),
    "check.schema_current": L("{revision} (aktuell)", "{revision} (current)"),
    "check.schema_older": L(
        "{revision} (wird beim nächsten Start nach einer Sicherung auf {head} aktualisiert)",
        "{revision} (upgraded to {head} at the next start, after a backup)",
    ),
    "check.schema_newer": L(
        "{revision} ist neuer als dieses Programm ({head})",
        "{revision} is newer than this program ({head})",
    ),
    "check.record_counts": L(
        "Städte {cities}, Auszubildende {apprentices}, Gespräche {talks}, nächste Schritte {steps}",
        "cities {cities}, apprentices {apprentices}, talks {talks}, next steps {steps}",
    ),
    "check.no_backups": L("keine in {folder}", "none in {folder}"),
    "check.backups_found": L(
        "{count} in {folder}, die neueste vom {when}", "{count} in {folder}, the newest of {when}"
    ),
    "check.network_drive": L(
        "Netzlaufwerk: Dort kann die Datenbank beschädigt werden (siehe docs/operations.md)",
        "network drive: the database can be damaged there (see docs/operations.md)",
    ),
}
