<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} – Dortmunds Partnerstädte für Azubis. Stadt Dortmund, Internationale Beziehungen (Team INA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket {version}: {title} ({publisher})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quellen der Städtedaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programm: © Stadt Dortmund. Qt for Python (PySide6): LGPL 3.
Schriften: Noto Sans und Droid Sans Fallback – SIL Open Font License 1.1 bzw. Apache-Lizenz 2.0; die Lizenztexte liegen bei den Schriften (resources/fonts).
Weltkarte: Umrisse nach Natural Earth – gemeinfrei (public domain), siehe resources/map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info schließen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprenticeDialog</name>
    <message>
        <source>Name: Bitte einen Namen eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschdatum: Es liegt vor dem Datum der Einwilligung ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert – die Datenbank meldet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue/r Auszubildende/r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auszubildende/n bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ausbildungsberuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausbildungsberuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausbildungs&amp;jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausbildungsjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daten&amp;schutzhinweis / Einwilligung am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum des Datenschutzhinweises oder der Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschdatum der Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht angegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur diese Angaben werden gespeichert. Das Löschdatum ergibt sich aus der Einwilligung plus {0} Tagen; Sie können es ändern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auskunft</name>
    <message>
        <source>Ordner für die Auskunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Auskunft konnte nicht gespeichert werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ mit allen Selbsteinschätzungen, Gesprächen und Übergaben endgültig löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircumstancesPage</name>
    <message>
        <source>Zeit und Rahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch drei kurze Fragen, dann kommt dein Ergebnis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie viele Wochen könntest du unterwegs sein?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Wochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wochen, die du unterwegs sein könntest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die meisten Programme fördern Aufenthalte ab zwei bis drei Wochen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ich möchte auf jeden Fall ins Ausland (Zwickau liegt in Deutschland).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie selbstständig möchtest du dich vor Ort zurechtfinden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit viel Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teils, teils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meist allein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ganz allein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selbstständigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie wichtig ist dir, dass die Verwaltung dort ähnlich arbeitet wie in Dortmund?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ähnliche Verwaltung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityAdminView</name>
    <message>
        <source>Grund (deutsch): Bei Status „{0}“ bitte einen Grund angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekt {0}: Bitte einen Titel eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekt {0} („{1}“): Bitte mindestens ein Thema ankreuzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Datenpaket wurde nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket abgelehnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Datenpaket ist fehlerhaft; es wurde nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket importieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgeliefertes Datenpaket wiederherstellen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{title}“, Version {version}: {cities} Städte, {projects} Projekte. Alle Städtedaten und Änderungen in PartnerDesk werden ersetzt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{city}: zuletzt geändert am {when} von {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket „{title}“, Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Städtedaten pflegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket &amp;exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket &amp;importieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgeliefertes Datenpaket &amp;wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgeliefertes Datenpaket wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekt &amp;hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekt hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekt &amp;entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekt entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadt speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen &amp;verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerstädte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktuelle Projekte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grund (deutsch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund für den Status, deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund (englisch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund für den Status, englisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel des Projekts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelle des Projekts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themen des Projekts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nglisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen englisch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityCard</name>
    <message>
        <source>seit {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter oder Klick öffnet die Details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityDetailDialog</name>
    <message>
        <source>Partnerstadt {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details zu {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerstadt seit {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordinaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schwerpunkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktuelle Kooperationen und Projekte ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derzeit keine laufenden Projekte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache und Aufenthalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfohlenes Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Englisch als Brückensprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindestaufenthalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weeks} Wochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderweg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwaltung und Unterstützung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergleichbarkeit der Verwaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterstützung vor Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestehende Kanäle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themen: {themes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachniveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brückensprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergleichbarkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterstützung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Präsentation „Städtepartnerschaften: Sprungbrett ins Ausland für Azubis?“ (Stadt Dortmund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} – alle übrigen Angaben, außerdem: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionBar</name>
    <message>
        <source>{0}: {1} von {2} Punkten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounsellingView</name>
    <message>
        <source>Mehr als {0} Treffer – bitte Suche verfeinern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Treffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch niemand angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Azubis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch da; bitte korrigieren und erneut speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese/r Auszubildende wurde inzwischen gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert:
{0}
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespräche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selbsteinschätzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Protokoll wurde nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts zu exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt keine gespeicherten Gespräche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner für die Protokolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokolle werden geschrieben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Protokolle exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export abgebrochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Protokoll konnte nicht geschrieben werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Gespräch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {advisor}
{n} offene Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. Ausbildungsjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen am {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Gespräch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Gespräche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächster Schritt {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: Bitte beschreiben, was zu tun ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen nach Name oder Beruf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azubis suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azubis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue/n Auszubildende/n anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angaben zur Person bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auszubildende/n endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergabe-&amp;Code abrufen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergabe-Code vom Kiosk abrufen und Selbsteinschätzung übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auskunft exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft über alle gespeicherten Daten exportieren (JSON und PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Protokolle exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… der/des gewählten Auszubildenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… aller Auszubildenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie links eine/n Auszubildende/n aus oder legen Sie mit „Neu“ jemanden an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frühere Gespräche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues &amp;Gespräch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Gespräch beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selbsteinschätzung speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selbsteinschätzung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespräche und Selbsteinschätzung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In PartnerDesk ist ein unerwarteter Fehler aufgetreten ({kind}). Bereits Gespeichertes ist sicher. Speichern Sie offene Eingaben, wenn möglich, und starten Sie PartnerDesk neu, falls es sich ungewöhnlich verhält.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einzelheiten stehen in der Protokolldatei:
{log}
Bitte geben Sie diese Datei an die IT weiter, wenn Sie den Fehler melden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiterarbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk beenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionLegend</name>
    <message>
        <source>{0} (max. {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerView</name>
    <message>
        <source>{shown} von {total} Partnerschaften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerstädte Dortmunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadt oder Land suchen, z. B. Xi&apos;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerstädte durchsuchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karten der Partnerstädte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suche und Filter zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Themen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeder Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderweg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Förderwege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Partnerschaft passt zu Suche und Filtern.
Ändern Sie die Suche oder wählen Sie „Filter zurücksetzen“.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Kein gültiger Code. Bitte prüfen – abgelaufene Übergaben sind gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergabe {code}, gültig bis {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interessen: {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen: {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wochen: {w} · nur Ausland: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Am Kiosk vorn: {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereits einem anderen Datensatz zugeordnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Übergabe ist nicht mehr verfügbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergabe vom Kiosk öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code vom Kiosk (z. B. ABCD-EFGH):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergabe-Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selbsteinschätzung übernehmen und Übergabe zuordnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Das Speichern hat leider nicht geklappt. Bitte sag dem Team INA Bescheid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis an die Beratung übergeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du kannst dein Ergebnis für deine Beratung beim Team INA aufheben lassen. Dafür speichern wir deine Antworten und die passenden Städte – ohne Namen – unter einem kurzen Code. Nach {days} Tagen wird alles automatisch gelöscht. Wenn du das nicht möchtest, wähle einfach „Neu beginnen“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, ich bin einverstanden, dass mein Ergebnis {days} Tage lang für die Beratung gespeichert wird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis speichern und Code zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschafft! Dein Code – schreib ihn dir auf oder mach ein Foto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dein Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültig bis {day}. Nenne den Code in deiner Beratung beim Team INA. Danach kannst du „Neu beginnen“ wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>So wird gerechnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erklärung der Berechnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilfe schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># So wird gerechnet

PartnerDesk bewertet jede Partnerstadt nach fünf Kriterien – Themen, Sprache, Verwaltungsstruktur, Zeit und Unterstützung – mit je einem Wert zwischen 0 und 1. Die Werte werden gewichtet addiert und als 0 bis 100 Punkte angezeigt.

Die ausführliche Erklärung fehlt in dieser Installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestsPage</name>
    <message>
        <source>Was interessiert dich?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wähle bei jedem Thema, wie wichtig es dir ist. Tipp: Mit der Tab-Taste gehst du zum nächsten Thema, mit den Pfeiltasten wählst du.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Bist du noch da?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {seconds} Sekunden wird alles gelöscht und der Kiosk beginnt von vorn. Drück eine beliebige Taste oder tippe auf den Bildschirm, um weiterzumachen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weitermachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk – Selbsttest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWizard</name>
    <message>
        <source>Schritt {i} von {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiter zur Übergabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Große Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Große Schrift ein oder aus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu beginnen: alle Eingaben löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung: Kiosk beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk beenden, nur mit PIN der Beratung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <source>Muttersprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache entfernen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesPage</name>
    <message>
        <source>Welche Sprachen sprichst du?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schätz dich ehrlich ein – es gibt kein Richtig oder Falsch. Die Stufen A1 bis C2 kommen aus dem Europäischen Referenzrahmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spreche ich nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: deine Stufe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PartnerDesk – Partnerstädte der Stadt Dortmund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerstädte für Azubis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerstädte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} (Strg+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit den Pfeiltasten zwischen den Bereichen wechseln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Städte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weltkarte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passende Städte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Städtedaten pflegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansichten der Partnerstädte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;So wird gerechnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ü&amp;ber PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenpaket {version} · {count} Partnerschaften</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Partnerstädte auf der Weltkarte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – von {west} bis {east}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dortmunds {count} Partnerschaften sind auf der gesamten Weltkarte verteilt{span}. Klicken Sie auf eine Stadt oder wählen Sie sie mit Tab bzw. den Pfeiltasten und der Eingabetaste, um die Details zu öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dortmund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>Platz {rank}: {city}, {score} Punkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selbsteinschätzung und Rangliste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Die Beratung wird vorbereitet …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte eine PIN eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die PIN ist zu kurz: mindestens {n} Ziffern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die PIN ist zu lang: höchstens {n} Ziffern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die PIN darf nur Ziffern (0-9) enthalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN für den Kiosk festlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Selbsttest-Kiosk lässt sich nur mit dieser PIN beenden. Wähle {a} bis {b} Ziffern, die Auszubildende nicht erraten können (kein Geburtsdatum, nicht 1234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN wiederholen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Diese Ansicht ist in dieser Version noch nicht enthalten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainMessage</name>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hat ungespeicherte Änderungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jetzt speichern, verwerfen oder zurück zur Bearbeitung?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern fehlgeschlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Daten konnten nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Mindestens ein Kriterium braucht ein Gewicht über 0 %. Die Rangliste zeigt weiter die letzte gültige Einstellung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brauche viel Unterstützung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brauche einige Unterstützung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teils selbstständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weitgehend selbstständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ganz selbstständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was interessiert dich?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interesse {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbare Wochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Wochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur ein Aufenthalt im Ausland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selbstständigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = brauche viel Unterstützung … 5 = ganz selbstständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ähnliche Verwaltung ist mir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wichtigkeit einer ähnlichen Verwaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erweitert: Gewichte der Kriterien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie stark jedes Kriterium zählt. Die Gewichte werden auf 100 Punkte umgerechnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewicht {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardgewichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardgewichte wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingCard</name>
    <message>
        <source>von 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Eingeschränkt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passt zu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passt zu keinem der gewählten Themen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Themen gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hürden: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Hürden erkannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platz {0}: {1}, {2} von 100 Punkten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schwerpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>über Projekte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themen und Projekte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine passenden Themen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilfe vom Team INA: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hürden und Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was außerdem passt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderweg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung ausblenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Knappes Ergebnis: {0} ({1}) und {2} ({3}) liegen weniger als {4} % auseinander – beide sind gute Kandidaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit Gewicht {0} % für „{1}“ (jetzt {2} %) lägen Platz 1 und 2 gleichauf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeder Balken zeigt die Punkte je Kriterium: die Breite eines Abschnitts ist sein Gewicht, der gefüllte Teil das, was die Stadt davon erreicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht in der Rangliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit dieser Auswahl kommt keine Partnerstadt in Frage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Datenbank beschädigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist beschädigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk hat beim Start festgestellt, dass die Datenbank nicht in Ordnung ist. Es wurde nichts verändert. Wählen Sie, wie es weitergeht; die beschädigte Datei wird in jedem Fall aufbewahrt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei: {path}
Befund: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt keine gültige Sicherung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neueste gültige Sicherung wiederherstellen ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neueste gültige Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschädigte Datei beiseitelegen und leer beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank nicht lesbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank kann nicht gelesen werden: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellung fehlgeschlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung {backup} wurde wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk beginnt mit einer leeren Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die beschädigte Datei wurde aufbewahrt als: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>{place}. {city}, {country} – {score} von 100 Punkten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das passt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dabei hilft: {offers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darauf solltest du achten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht in der Liste:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerschaft seit {year} · Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schwerpunkte: {areas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktuelle Projekte: {projects}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen vor Ort: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dein Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So gut passen die Partnerstädte zu deinen Antworten – von 0 bis 100 Punkten. Das ist eine erste Orientierung; in der Beratung schaut ihr es euch gemeinsam an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Partnerstädte ansehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was das Team INA für dich tun kann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis drucken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Löschfristen erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bei diesen Auszubildenden ist das vereinbarte Löschdatum erreicht. Die angehakten Datensätze werden mit allen Selbsteinschätzungen, Gesprächen und Übergaben endgültig gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} – Löschdatum {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensätze zum Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angehakte endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Später entscheiden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Löschfrist muss zwischen {low} und {high} Tagen liegen; {value} ist nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Wartezeit bis zur Warnung muss zwischen {low} und {high} Sekunden liegen; {value} ist nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Warnung muss zwischen {low} und {high} Sekunden stehen bleiben; {value} ist nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergabe-Codes müssen zwischen {low} und {high} Tagen gültig sein; {value} ist nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine PIN ist festgelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;IN ändern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine PIN: Der Kiosk startet erst, wenn eine festgelegt ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;IN festlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen gelten sofort und werden gleich gespeichert. Die Sprache wechselt im geöffneten Fenster und gilt auch beim nächsten Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allgemein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache der Oberfläche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenordner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name der Beraterin / des Beraters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der Beraterin oder des Beraters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steht in Gesprächen und Protokollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard-&amp;Löschfrist (Tage):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard-Löschfrist in Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Datensätze erhalten als Löschdatum die Einwilligung plus diese Frist ({low}–{high} Tage); bestehende behalten ihr Datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selbsteinschätzung am Terminal (Kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnung nach Untätigkeit (Sekunden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekunden ohne Eingabe bis zur Warnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} Sekunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnung sicht&amp;bar für (Sekunden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekunden, die die Warnung vor dem Zurücksetzen sichtbar bleibt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergabe-Codes gültig (&amp;Tage):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültigkeit der Übergabe-Codes in Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;ucker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Druckername für den Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leer lassen: Am Terminal wird nicht gedruckt. Sonst der Name des Druckers, wie ihn das Betriebssystem anzeigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN zum Beenden:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>PartnerDesk läuft bereits; das vorhandene Fenster wurde nach vorne geholt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist bereits auf dem Computer „{host}“ geöffnet. Schließen Sie PartnerDesk dort und starten Sie es hier erneut. (Datenordner: {folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist bereits von einem anderen PartnerDesk geöffnet (Prozess {pid}), das nicht antwortet. Schließen Sie es (notfalls im Task-Manager) und starten Sie erneut. (Datenordner: {folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk kann im Datenordner nicht schreiben: {folder}. Bitten Sie die IT um Schreibrechte für diesen Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welche Partnerstadt passt zu dir?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dortmund hat elf Partnerstädte. Beantworte ein paar kurze Fragen zu deinen Interessen, Sprachen und deiner Zeit – dann siehst du, welche Städte gut zu dir passen und warum. Das dauert etwa fünf Minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache / Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deine Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Du musst keinen Namen angeben.
• Deine Antworten bleiben nur auf diesem Bildschirm. Sie werden gelöscht, wenn du „Neu beginnen“ wählst oder {minutes} Minuten lang nichts tust.
• Nur wenn du am Ende ausdrücklich zustimmst, speichern wir dein Ergebnis – deine Antworten und die passenden Städte, ohne Namen – unter einem Code. So kann das Team INA es in deiner Beratung öffnen.
• Dieses gespeicherte Ergebnis wird nach {days} Tagen automatisch gelöscht.
• Verantwortlich: Stadt Dortmund, Internationale Beziehungen (Team INA). Fragen zum Datenschutz beantwortet dir das Team INA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los geht’s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los geht’s: zur ersten Frage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache Englisch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Die Datenbank konnte nicht geöffnet werden; angezeigt werden die zuletzt gespeicherten Städtedaten. ({message})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Team INA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Seminar „Fit für Europa“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Praktikums-/Kontaktvermittlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Unterkunftssuche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Finanzielle Förderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt hinzufügen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Eigener Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenen Schritt hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was ist zu tun?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig bis (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig bis – ganz nach unten stellen für „kein Datum“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>Datenbank beschädigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern fehlgeschlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technische Angabe: {detail}
Protokolldatei: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldung schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank auf einem Netzlaufwerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkEditor</name>
    <message>
        <source>{place}. {name} – {score} Punkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Rangliste festgehalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folgt der Selbsteinschätzung, bis das Gespräch gespeichert ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand zum Gespräch; spätere Datenänderungen ändern ihn nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum des Gesprächs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung &amp;durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprächsnotizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was wurde besprochen? (nur Text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbarte nächste Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rangliste beim Gespräch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rangliste beim Gespräch; angehakte Städte werden weiterverfolgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haken = Stadt zur Weiterverfolgung (Leertaste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rangliste neu übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rangliste aus der aktuellen Selbsteinschätzung neu übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespräch speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll als PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll als PDF exportieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Es ist keine PIN festgelegt. Bitte im Beratungsmodus eine PIN festlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die PIN stimmt nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu viele falsche Versuche. Nächster Versuch in {seconds} Sekunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur für die Beratung: PIN eingeben, um den Kiosk zu beenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN der Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Willkommen bei PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk zeigt die elf Partnerstädte Dortmunds und findet gemeinsam mit Auszubildenden heraus, welche Stadt zu ihren Interessen, Sprachen und Möglichkeiten passt – mit einer Begründung für jedes Ergebnis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung am eigenen PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So ist PartnerDesk gerade gestartet: Sie führen das Gespräch, vergleichen die Städte gemeinsam und halten das Ergebnis als PDF-Protokoll fest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selbsteinschätzung am gemeinsamen Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azubis beantworten die Fragen selbst und sehen ihre passenden Städte, ohne Zugriff auf gespeicherte Gespräche. Dafür PartnerDesk mit „partnerdesk --kiosk“ starten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Daten bleiben auf diesem Rechner, im Ordner {folder}. PartnerDesk braucht keine Internetverbindung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los geht’s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Willkommen schließen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <source>Dortmund, Deutschland (Heimatstadt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Westeuropa (vergrößert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klicken öffnet die Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weltkarte: {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pfeiltasten oder Tab wechseln die Stadt, Eingabetaste öffnet die Details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
