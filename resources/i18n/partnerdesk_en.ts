<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über PartnerDesk</source>
        <translation>About PartnerDesk</translation>
    </message>
    <message>
        <source>Version {version} – Dortmunds Partnerstädte für Azubis. Stadt Dortmund, Internationale Beziehungen (Team INA).</source>
        <translation>Version {version} – Dortmund&apos;s partner cities for apprentices. City of Dortmund, International Relations (Team INA).</translation>
    </message>
    <message>
        <source>Datenpaket {version}: {title} ({publisher})</source>
        <translation>Data pack {version}: {title} ({publisher})</translation>
    </message>
    <message>
        <source>Quellen der Städtedaten</source>
        <translation>Sources of the city data</translation>
    </message>
    <message>
        <source>Lizenzen</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Programm: © Stadt Dortmund. Qt for Python (PySide6): LGPL 3.
Schriften: Noto Sans und Droid Sans Fallback – SIL Open Font License 1.1 bzw. Apache-Lizenz 2.0; die Lizenztexte liegen bei den Schriften (resources/fonts).
Weltkarte: Umrisse nach Natural Earth – gemeinfrei (public domain), siehe resources/map.</source>
        <translation>Program: © City of Dortmund. Qt for Python (PySide6): LGPL 3.
Fonts: Noto Sans and Droid Sans Fallback – SIL Open Font License 1.1 and Apache License 2.0; the licence texts are shipped with the fonts (resources/fonts).
World map: outlines after Natural Earth – public domain, see resources/map.</translation>
    </message>
    <message>
        <source>Info schließen</source>
        <translation>Close About</translation>
    </message>
</context>
<context>
    <name>ApprenticeDialog</name>
    <message>
        <source>Name: Bitte einen Namen eingeben.</source>
        <translation>Name: please enter a name.</translation>
    </message>
    <message>
        <source>Löschdatum: Es liegt vor dem Datum der Einwilligung ({0}).</source>
        <translation>Deletion date: it is before the date of consent ({0}).</translation>
    </message>
    <message>
        <source>Nicht gespeichert: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <source>Nicht gespeichert – die Datenbank meldet: {0}</source>
        <translation>Not saved – the database reports: {0}</translation>
    </message>
    <message>
        <source>Neue/r Auszubildende/r</source>
        <translation>New apprentice</translation>
    </message>
    <message>
        <source>Auszubildende/n bearbeiten</source>
        <translation>Edit apprentice</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Ausbildungsberuf</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>Ausbildungsberuf</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Ausbildungs&amp;jahr</source>
        <translation>Training &amp;year</translation>
    </message>
    <message>
        <source>Ausbildungsjahr</source>
        <translation>Training year</translation>
    </message>
    <message>
        <source>Daten&amp;schutzhinweis / Einwilligung am</source>
        <translation>&amp;Privacy notice / consent on</translation>
    </message>
    <message>
        <source>Datum des Datenschutzhinweises oder der Einwilligung</source>
        <translation>Date of the privacy notice or consent</translation>
    </message>
    <message>
        <source>&amp;Löschen am</source>
        <translation>&amp;Delete on</translation>
    </message>
    <message>
        <source>Löschdatum der Daten</source>
        <translation>Deletion date of the data</translation>
    </message>
    <message>
        <source>nicht angegeben</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Nur diese Angaben werden gespeichert. Das Löschdatum ergibt sich aus der Einwilligung plus {0} Tagen; Sie können es ändern.</source>
        <translation>Only these details are stored. The deletion date is the date of consent plus {0} days; you can change it.</translation>
    </message>
</context>
<context>
    <name>Auskunft</name>
    <message>
        <source>Ordner für die Auskunft</source>
        <translation>Folder for the data access report</translation>
    </message>
    <message>
        <source>Auskunft</source>
        <translation>Data access request</translation>
    </message>
    <message>
        <source>Die Auskunft konnte nicht gespeichert werden: {error}</source>
        <translation>The data access report could not be saved: {error}</translation>
    </message>
    <message>
        <source>Endgültig löschen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>„{name}“ mit allen Selbsteinschätzungen, Gesprächen und Übergaben endgültig löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation>Permanently delete “{name}” with all self-assessments, sessions and handovers? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>CircumstancesPage</name>
    <message>
        <source>Zeit und Rahmen</source>
        <translation>Time and setting</translation>
    </message>
    <message>
        <source>Noch drei kurze Fragen, dann kommt dein Ergebnis.</source>
        <translation>Three more short questions, then you get your result.</translation>
    </message>
    <message>
        <source>Wie viele Wochen könntest du unterwegs sein?</source>
        <translation>How many weeks could you be away?</translation>
    </message>
    <message>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Wochen, die du unterwegs sein könntest</source>
        <translation>Weeks you could be away</translation>
    </message>
    <message>
        <source>Die meisten Programme fördern Aufenthalte ab zwei bis drei Wochen.</source>
        <translation>Most programmes fund stays of two to three weeks or more.</translation>
    </message>
    <message>
        <source>Ich möchte auf jeden Fall ins Ausland (Zwickau liegt in Deutschland).</source>
        <translation>I definitely want to go abroad (Zwickau is in Germany).</translation>
    </message>
    <message>
        <source>Wie selbstständig möchtest du dich vor Ort zurechtfinden?</source>
        <translation>How independently do you want to find your way there?</translation>
    </message>
    <message>
        <source>mit viel Hilfe</source>
        <translation>with lots of help</translation>
    </message>
    <message>
        <source>mit Hilfe</source>
        <translation>with help</translation>
    </message>
    <message>
        <source>teils, teils</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>meist allein</source>
        <translation>mostly on my own</translation>
    </message>
    <message>
        <source>ganz allein</source>
        <translation>fully on my own</translation>
    </message>
    <message>
        <source>Selbstständigkeit</source>
        <translation>Independence</translation>
    </message>
    <message>
        <source>Wie wichtig ist dir, dass die Verwaltung dort ähnlich arbeitet wie in Dortmund?</source>
        <translation>How important is it to you that the administration there works like Dortmund&apos;s?</translation>
    </message>
    <message>
        <source>Ähnliche Verwaltung</source>
        <translation>Similar administration</translation>
    </message>
</context>
<context>
    <name>CityAdminView</name>
    <message>
        <source>Grund (deutsch): Bei Status „{0}“ bitte einen Grund angeben.</source>
        <translation>Reason (German): please give a reason for the status “{0}”.</translation>
    </message>
    <message>
        <source>Projekt {0}: Bitte einen Titel eingeben.</source>
        <translation>Project {0}: please enter a title.</translation>
    </message>
    <message>
        <source>Projekt {0} („{1}“): Bitte mindestens ein Thema ankreuzen.</source>
        <translation>Project {0} (“{1}”): please tick at least one theme.</translation>
    </message>
    <message>
        <source>Datenpaket exportieren</source>
        <translation>Export data pack</translation>
    </message>
    <message>
        <source>Datenpaket (*.json)</source>
        <translation>Data pack (*.json)</translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Das Datenpaket wurde nicht gespeichert.</source>
        <translation>The data pack was not saved.</translation>
    </message>
    <message>
        <source>Datenpaket importieren</source>
        <translation>Import data pack</translation>
    </message>
    <message>
        <source>Datenpaket abgelehnt</source>
        <translation>Data pack rejected</translation>
    </message>
    <message>
        <source>Das Datenpaket ist fehlerhaft; es wurde nichts geändert.</source>
        <translation>The data pack is faulty; nothing has been changed.</translation>
    </message>
    <message>
        <source>Datenpaket importieren?</source>
        <translation>Import data pack?</translation>
    </message>
    <message>
        <source>Ausgeliefertes Datenpaket wiederherstellen?</source>
        <translation>Restore the shipped data pack?</translation>
    </message>
    <message>
        <source>„{title}“, Version {version}: {cities} Städte, {projects} Projekte. Alle Städtedaten und Änderungen in PartnerDesk werden ersetzt.</source>
        <translation>“{title}”, version {version}: {cities} cities, {projects} projects. All city data and changes in PartnerDesk will be replaced.</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>{city}: zuletzt geändert am {when} von {who}</source>
        <translation>{city}: last changed on {when} by {who}</translation>
    </message>
    <message>
        <source>Datenpaket „{title}“, Version {version}</source>
        <translation>Data pack “{title}”, version {version}</translation>
    </message>
    <message>
        <source>Städtedaten pflegen</source>
        <translation>Maintain city data</translation>
    </message>
    <message>
        <source>Datenpaket &amp;exportieren …</source>
        <translation>&amp;Export data pack …</translation>
    </message>
    <message>
        <source>Datenpaket &amp;importieren …</source>
        <translation>&amp;Import data pack …</translation>
    </message>
    <message>
        <source>Ausgeliefertes Datenpaket &amp;wiederherstellen …</source>
        <translation>&amp;Restore shipped data pack …</translation>
    </message>
    <message>
        <source>Ausgeliefertes Datenpaket wiederherstellen</source>
        <translation>Restore shipped data pack</translation>
    </message>
    <message>
        <source>Projekt &amp;hinzufügen</source>
        <translation>&amp;Add project</translation>
    </message>
    <message>
        <source>Projekt hinzufügen</source>
        <translation>Add project</translation>
    </message>
    <message>
        <source>Projekt &amp;entfernen</source>
        <translation>Remo&amp;ve project</translation>
    </message>
    <message>
        <source>Projekt entfernen</source>
        <translation>Remove project</translation>
    </message>
    <message>
        <source>&amp;Speichern (Strg+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Stadt speichern</source>
        <translation>Save city</translation>
    </message>
    <message>
        <source>Änderungen &amp;verwerfen</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>Änderungen verwerfen</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Partnerstädte</source>
        <translation>Partner cities</translation>
    </message>
    <message>
        <source>Projekte</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aktuelle Projekte</source>
        <translation>Current projects</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Grund (deutsch)</source>
        <translation>Reason (&amp;German)</translation>
    </message>
    <message>
        <source>Grund für den Status, deutsch</source>
        <translation>Reason for the status, German</translation>
    </message>
    <message>
        <source>Grund (englisch)</source>
        <translation>Reason (English)</translation>
    </message>
    <message>
        <source>Grund für den Status, englisch</source>
        <translation>Reason for the status, English</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Titel des Projekts</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>&amp;Quelle</source>
        <translation>Sour&amp;ce</translation>
    </message>
    <message>
        <source>Quelle des Projekts</source>
        <translation>Project source</translation>
    </message>
    <message>
        <source>T&amp;hemen</source>
        <translation>The&amp;mes</translation>
    </message>
    <message>
        <source>Themen des Projekts</source>
        <translation>Project themes</translation>
    </message>
    <message>
        <source>&amp;Deutsch</source>
        <translation>Germa&amp;n</translation>
    </message>
    <message>
        <source>Notizen deutsch</source>
        <translation>Notes in German</translation>
    </message>
    <message>
        <source>E&amp;nglisch</source>
        <translation>Eng&amp;lish</translation>
    </message>
    <message>
        <source>Notizen englisch</source>
        <translation>Notes in English</translation>
    </message>
</context>
<context>
    <name>CityCard</name>
    <message>
        <source>seit {year}</source>
        <translation>since {year}</translation>
    </message>
    <message>
        <source>Enter oder Klick öffnet die Details.</source>
        <translation>Press Enter or click to open the details.</translation>
    </message>
</context>
<context>
    <name>CityDetailDialog</name>
    <message>
        <source>Partnerstadt {name}</source>
        <translation>Partner city {name}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Details schließen</source>
        <translation>Close details</translation>
    </message>
    <message>
        <source>Details zu {name}</source>
        <translation>Details on {name}</translation>
    </message>
    <message>
        <source>Partnerstadt seit {year}</source>
        <translation>Partner city since {year}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Partnerschaft</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Koordinaten</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Schwerpunkte</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>Aktuelle Kooperationen und Projekte ({count})</source>
        <translation>Current cooperation and projects ({count})</translation>
    </message>
    <message>
        <source>Derzeit keine laufenden Projekte.</source>
        <translation>No ongoing projects at present.</translation>
    </message>
    <message>
        <source>Sprache und Aufenthalt</source>
        <translation>Language and stay</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Empfohlenes Niveau</source>
        <translation>Recommended level</translation>
    </message>
    <message>
        <source>Englisch als Brückensprache</source>
        <translation>English as a bridge language</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Mindestaufenthalt</source>
        <translation>Minimum stay</translation>
    </message>
    <message>
        <source>{weeks} Wochen</source>
        <translation>{weeks} weeks</translation>
    </message>
    <message>
        <source>Förderweg</source>
        <translation>Funding route</translation>
    </message>
    <message>
        <source>Verwaltung und Unterstützung</source>
        <translation>Administration and support</translation>
    </message>
    <message>
        <source>Vergleichbarkeit der Verwaltung</source>
        <translation>Comparability of the administration</translation>
    </message>
    <message>
        <source>Unterstützung vor Ort</source>
        <translation>Support on site</translation>
    </message>
    <message>
        <source>Bestehende Kanäle</source>
        <translation>Existing channels</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Quellen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Themen: {themes}</source>
        <translation>Themes: {themes}</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>O</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Sprachniveau</source>
        <translation>Language level</translation>
    </message>
    <message>
        <source>Brückensprache</source>
        <translation>Bridge language</translation>
    </message>
    <message>
        <source>Vergleichbarkeit</source>
        <translation>Comparability</translation>
    </message>
    <message>
        <source>Unterstützung</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Projekte</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Präsentation „Städtepartnerschaften: Sprungbrett ins Ausland für Azubis?“ (Stadt Dortmund)</source>
        <translation>Presentation “Städtepartnerschaften: Sprungbrett ins Ausland für Azubis?” (City of Dortmund)</translation>
    </message>
    <message>
        <source>{title} – alle übrigen Angaben, außerdem: {fields}</source>
        <translation>{title} – all other details, and also: {fields}</translation>
    </message>
</context>
<context>
    <name>ContributionBar</name>
    <message>
        <source>{0}: {1} von {2} Punkten</source>
        <translation>{0}: {1} of {2} points</translation>
    </message>
</context>
<context>
    <name>CounsellingView</name>
    <message>
        <source>Mehr als {0} Treffer – bitte Suche verfeinern.</source>
        <translation>More than {0} results – please refine the search.</translation>
    </message>
    <message>
        <source>Keine Treffer.</source>
        <translation>No results.</translation>
    </message>
    <message>
        <source>Noch niemand angelegt.</source>
        <translation>No one added yet.</translation>
    </message>
    <message>
        <source>{0} Azubis</source>
        <translation>Apprentices: {0}</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch da; bitte korrigieren und erneut speichern.</source>
        <translation>Your entries are still there; please correct them and save again.</translation>
    </message>
    <message>
        <source>Diese/r Auszubildende wurde inzwischen gelöscht.</source>
        <translation>This apprentice has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>Auskunft gespeichert</source>
        <translation>Access report saved</translation>
    </message>
    <message>
        <source>Gespeichert:
{0}
{1}</source>
        <translation>Saved:
{0}
{1}</translation>
    </message>
    <message>
        <source>Gespräche</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Selbsteinschätzung</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Protokoll als PDF speichern</source>
        <translation>Save record as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Das Protokoll wurde nicht gespeichert.</source>
        <translation>The record was not saved.</translation>
    </message>
    <message>
        <source>Nichts zu exportieren</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <source>Es gibt keine gespeicherten Gespräche.</source>
        <translation>There are no saved sessions.</translation>
    </message>
    <message>
        <source>Ordner für die Protokolle</source>
        <translation>Folder for the records</translation>
    </message>
    <message>
        <source>Protokolle werden geschrieben …</source>
        <translation>Writing records …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alle Protokolle exportieren</source>
        <translation>Export all records</translation>
    </message>
    <message>
        <source>Export abgebrochen</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>Ein Protokoll konnte nicht geschrieben werden.</source>
        <translation>A record could not be written.</translation>
    </message>
    <message>
        <source>Das Gespräch</source>
        <translation>The session</translation>
    </message>
    <message>
        <source>{date} · {advisor}
{n} offene Schritte</source>
        <translation>{date} · {advisor}
Open steps: {n}</translation>
    </message>
    <message>
        <source>{0}. Ausbildungsjahr</source>
        <translation>Training year {0}</translation>
    </message>
    <message>
        <source>Einwilligung {0}</source>
        <translation>Consent {0}</translation>
    </message>
    <message>
        <source>Löschen am {0}</source>
        <translation>Delete on {0}</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>1 Gespräch</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>{0} Gespräche</source>
        <translation>{0} sessions</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Beratung durch</source>
        <translation>Counselling by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nächster Schritt {0}</source>
        <translation>Next step {0}</translation>
    </message>
    <message>
        <source>{0}: Bitte beschreiben, was zu tun ist.</source>
        <translation>{0}: please describe what needs to be done.</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Suchen nach Name oder Beruf …</source>
        <translation>Search by name or occupation …</translation>
    </message>
    <message>
        <source>Azubis suchen</source>
        <translation>Search apprentices</translation>
    </message>
    <message>
        <source>Azubis</source>
        <translation>Apprentices</translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <source>Neue/n Auszubildende/n anlegen</source>
        <translation>Add a new apprentice</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>Angaben zur Person bearbeiten</source>
        <translation>Edit personal details</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>De&amp;lete …</translation>
    </message>
    <message>
        <source>Auszubildende/n endgültig löschen</source>
        <translation>Delete the apprentice permanently</translation>
    </message>
    <message>
        <source>Übergabe-&amp;Code abrufen …</source>
        <translation>Open handover &amp;code …</translation>
    </message>
    <message>
        <source>Übergabe-Code vom Kiosk abrufen und Selbsteinschätzung übernehmen</source>
        <translation>Open a handover code from the kiosk and take over the self-assessment</translation>
    </message>
    <message>
        <source>&amp;Auskunft exportieren …</source>
        <translation>Export &amp;access report …</translation>
    </message>
    <message>
        <source>Auskunft über alle gespeicherten Daten exportieren (JSON und PDF)</source>
        <translation>Export an access report of all stored data (JSON and PDF)</translation>
    </message>
    <message>
        <source>Alle Protokolle exportieren …</source>
        <translation>Export all records …</translation>
    </message>
    <message>
        <source>… der/des gewählten Auszubildenden</source>
        <translation>… of the selected apprentice</translation>
    </message>
    <message>
        <source>… aller Auszubildenden</source>
        <translation>… of all apprentices</translation>
    </message>
    <message>
        <source>Wählen Sie links eine/n Auszubildende/n aus oder legen Sie mit „Neu“ jemanden an.</source>
        <translation>Select an apprentice on the left, or add someone with “New”.</translation>
    </message>
    <message>
        <source>Frühere Gespräche</source>
        <translation>Earlier sessions</translation>
    </message>
    <message>
        <source>Neues &amp;Gespräch</source>
        <translation>New &amp;session</translation>
    </message>
    <message>
        <source>Neues Gespräch beginnen</source>
        <translation>Start a new session</translation>
    </message>
    <message>
        <source>Selbsteinschätzung speichern (Strg+S)</source>
        <translation>Save self-assessment (Ctrl+S)</translation>
    </message>
    <message>
        <source>Selbsteinschätzung speichern</source>
        <translation>Save self-assessment</translation>
    </message>
    <message>
        <source>Gespräche und Selbsteinschätzung</source>
        <translation>Sessions and self-assessment</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>In PartnerDesk ist ein unerwarteter Fehler aufgetreten ({kind}). Bereits Gespeichertes ist sicher. Speichern Sie offene Eingaben, wenn möglich, und starten Sie PartnerDesk neu, falls es sich ungewöhnlich verhält.</source>
        <translation>An unexpected error has occurred in PartnerDesk ({kind}). Everything already saved is safe. Save any open entries if you can, and restart PartnerDesk if it behaves unusually.</translation>
    </message>
    <message>
        <source>Einzelheiten stehen in der Protokolldatei:
{log}
Bitte geben Sie diese Datei an die IT weiter, wenn Sie den Fehler melden.</source>
        <translation>Details are in the log file:
{log}
Please pass this file on to IT when you report the error.</translation>
    </message>
    <message>
        <source>Weiterarbeiten</source>
        <translation>Continue working</translation>
    </message>
    <message>
        <source>PartnerDesk beenden</source>
        <translation>Exit PartnerDesk</translation>
    </message>
</context>
<context>
    <name>CriterionLegend</name>
    <message>
        <source>{0} (max. {1})</source>
        <translation>{0} (max. {1})</translation>
    </message>
</context>
<context>
    <name>ExplorerView</name>
    <message>
        <source>{shown} von {total} Partnerschaften</source>
        <translation>{shown} of {total} partnerships</translation>
    </message>
    <message>
        <source>Partnerstädte Dortmunds</source>
        <translation>Dortmund&apos;s partner cities</translation>
    </message>
    <message>
        <source>Stadt oder Land suchen, z. B. Xi&apos;an</source>
        <translation>Search for a city or country, e.g. Xi&apos;an</translation>
    </message>
    <message>
        <source>Partnerstädte durchsuchen</source>
        <translation>Search the partner cities</translation>
    </message>
    <message>
        <source>Karten der Partnerstädte</source>
        <translation>Partner city cards</translation>
    </message>
    <message>
        <source>Filter zurücksetzen</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Suche und Filter zurücksetzen</source>
        <translation>Reset search and filters</translation>
    </message>
    <message>
        <source>Thema:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>Alle Themen</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Jeder Status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Förderweg:</source>
        <translation>Funding route:</translation>
    </message>
    <message>
        <source>Alle Förderwege</source>
        <translation>All funding routes</translation>
    </message>
    <message>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Alle Sprachen</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Keine Partnerschaft passt zu Suche und Filtern.
Ändern Sie die Suche oder wählen Sie „Filter zurücksetzen“.</source>
        <translation>No partnership matches the search and filters.
Change the search or choose “Reset filters”.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Kein gültiger Code. Bitte prüfen – abgelaufene Übergaben sind gelöscht.</source>
        <translation>Not a valid code. Please check it – expired handovers are deleted.</translation>
    </message>
    <message>
        <source>Übergabe {code}, gültig bis {day}</source>
        <translation>Handover {code}, valid until {day}</translation>
    </message>
    <message>
        <source>Interessen: {x}</source>
        <translation>Interests: {x}</translation>
    </message>
    <message>
        <source>Sprachen: {x}</source>
        <translation>Languages: {x}</translation>
    </message>
    <message>
        <source>Wochen: {w} · nur Ausland: {a}</source>
        <translation>Weeks: {w} · abroad only: {a}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Am Kiosk vorn: {x}</source>
        <translation>Top at the kiosk: {x}</translation>
    </message>
    <message>
        <source>Bereits einem anderen Datensatz zugeordnet.</source>
        <translation>Already attached to another record.</translation>
    </message>
    <message>
        <source>Die Übergabe ist nicht mehr verfügbar.</source>
        <translation>The handover is no longer available.</translation>
    </message>
    <message>
        <source>Übergabe vom Kiosk öffnen</source>
        <translation>Open a handover from the kiosk</translation>
    </message>
    <message>
        <source>Code vom Kiosk (z. B. ABCD-EFGH):</source>
        <translation>Code from the kiosk (e.g. ABCD-EFGH):</translation>
    </message>
    <message>
        <source>Übergabe-Code</source>
        <translation>Handover code</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Selbsteinschätzung übernehmen und Übergabe zuordnen</source>
        <translation>Take over the self-assessment and attach the handover</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Das Speichern hat leider nicht geklappt. Bitte sag dem Team INA Bescheid.</source>
        <translation>Sorry, saving did not work. Please let Team INA know.</translation>
    </message>
    <message>
        <source>Ergebnis an die Beratung übergeben</source>
        <translation>Hand your result over to counselling</translation>
    </message>
    <message>
        <source>Du kannst dein Ergebnis für deine Beratung beim Team INA aufheben lassen. Dafür speichern wir deine Antworten und die passenden Städte – ohne Namen – unter einem kurzen Code. Nach {days} Tagen wird alles automatisch gelöscht. Wenn du das nicht möchtest, wähle einfach „Neu beginnen“.</source>
        <translation>You can have your result kept for your counselling with Team INA. We then store your answers and the matching cities – without a name – under a short code. After {days} days everything is deleted automatically. If you don&apos;t want that, just choose &quot;Start over&quot;.</translation>
    </message>
    <message>
        <source>Ja, ich bin einverstanden, dass mein Ergebnis {days} Tage lang für die Beratung gespeichert wird.</source>
        <translation>Yes, I agree that my result is stored for {days} days for counselling.</translation>
    </message>
    <message>
        <source>Ergebnis speichern und Code zeigen</source>
        <translation>Store my result and show the code</translation>
    </message>
    <message>
        <source>Geschafft! Dein Code – schreib ihn dir auf oder mach ein Foto:</source>
        <translation>Done! Your code – write it down or take a photo:</translation>
    </message>
    <message>
        <source>Dein Code: {code}</source>
        <translation>Your code: {code}</translation>
    </message>
    <message>
        <source>Gültig bis {day}. Nenne den Code in deiner Beratung beim Team INA. Danach kannst du „Neu beginnen“ wählen.</source>
        <translation>Valid until {day}. Tell Team INA the code in your counselling. You can now choose &quot;Start over&quot;.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>So wird gerechnet</source>
        <translation>How the matching works</translation>
    </message>
    <message>
        <source>Erklärung der Berechnung</source>
        <translation>Explanation of the matching</translation>
    </message>
    <message>
        <source>Hilfe schließen</source>
        <translation>Close help</translation>
    </message>
    <message>
        <source># So wird gerechnet

PartnerDesk bewertet jede Partnerstadt nach fünf Kriterien – Themen, Sprache, Verwaltungsstruktur, Zeit und Unterstützung – mit je einem Wert zwischen 0 und 1. Die Werte werden gewichtet addiert und als 0 bis 100 Punkte angezeigt.

Die ausführliche Erklärung fehlt in dieser Installation.</source>
        <translation># How the matching works

PartnerDesk scores every partner city on five criteria – themes, language, administrative structure, time and support – each with a value between 0 and 1. The values are added up with their weights and shown as 0 to 100 points.

The full explanation is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>InterestsPage</name>
    <message>
        <source>Was interessiert dich?</source>
        <translation>What interests you?</translation>
    </message>
    <message>
        <source>Wähle bei jedem Thema, wie wichtig es dir ist. Tipp: Mit der Tab-Taste gehst du zum nächsten Thema, mit den Pfeiltasten wählst du.</source>
        <translation>For each theme, choose how important it is to you. Tip: the Tab key takes you to the next theme, the arrow keys choose.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Bist du noch da?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>In {seconds} Sekunden wird alles gelöscht und der Kiosk beginnt von vorn. Drück eine beliebige Taste oder tippe auf den Bildschirm, um weiterzumachen.</source>
        <translation>In {seconds} seconds everything will be deleted and the kiosk starts again. Press any key or tap the screen to carry on.</translation>
    </message>
    <message>
        <source>Weitermachen</source>
        <translation>Carry on</translation>
    </message>
    <message>
        <source>PartnerDesk – Selbsttest</source>
        <translation>PartnerDesk – self-assessment</translation>
    </message>
</context>
<context>
    <name>KioskWizard</name>
    <message>
        <source>Schritt {i} von {n}</source>
        <translation>Step {i} of {n}</translation>
    </message>
    <message>
        <source>Weiter zur Übergabe</source>
        <translation>On to the handover</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Große Schrift</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Große Schrift ein oder aus</source>
        <translation>Large text on or off</translation>
    </message>
    <message>
        <source>Neu beginnen</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Neu beginnen: alle Eingaben löschen</source>
        <translation>Start over: delete all answers</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Beratung: Kiosk beenden</source>
        <translation>Advisors: leave kiosk</translation>
    </message>
    <message>
        <source>Kiosk beenden, nur mit PIN der Beratung</source>
        <translation>Leave the kiosk, advisor PIN required</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <source>Muttersprache</source>
        <translation>Native language</translation>
    </message>
    <message>
        <source>Sprache {0}</source>
        <translation>Language {0}</translation>
    </message>
    <message>
        <source>Niveau {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Sprache entfernen: {0}</source>
        <translation>Remove language: {0}</translation>
    </message>
    <message>
        <source>Sprache hinzufügen</source>
        <translation>Add language</translation>
    </message>
</context>
<context>
    <name>LanguagesPage</name>
    <message>
        <source>Welche Sprachen sprichst du?</source>
        <translation>Which languages do you speak?</translation>
    </message>
    <message>
        <source>Schätz dich ehrlich ein – es gibt kein Richtig oder Falsch. Die Stufen A1 bis C2 kommen aus dem Europäischen Referenzrahmen.</source>
        <translation>Be honest with yourself – there is no right or wrong. The levels A1 to C2 come from the Common European Framework of Reference.</translation>
    </message>
    <message>
        <source>spreche ich nicht</source>
        <translation>I don&apos;t speak it</translation>
    </message>
    <message>
        <source>{language}: deine Stufe</source>
        <translation>{language}: your level</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PartnerDesk – Partnerstädte der Stadt Dortmund</source>
        <translation>PartnerDesk – partner cities of the City of Dortmund</translation>
    </message>
    <message>
        <source>Partnerstädte für Azubis</source>
        <translation>Partner cities for apprentices</translation>
    </message>
    <message>
        <source>Partnerstädte</source>
        <translation>Partner cities</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{page} (Strg+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Bereiche</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Mit den Pfeiltasten zwischen den Bereichen wechseln</source>
        <translation>Use the arrow keys to move between sections</translation>
    </message>
    <message>
        <source>Städte</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Weltkarte</source>
        <translation>World map</translation>
    </message>
    <message>
        <source>Passende Städte</source>
        <translation>Matching cities</translation>
    </message>
    <message>
        <source>Städtedaten pflegen</source>
        <translation>Maintain city data</translation>
    </message>
    <message>
        <source>Ansichten der Partnerstädte</source>
        <translation>Views of the partner cities</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;So wird gerechnet</source>
        <translation>&amp;How the matching works</translation>
    </message>
    <message>
        <source>Ü&amp;ber PartnerDesk</source>
        <translation>&amp;About PartnerDesk</translation>
    </message>
    <message>
        <source>Datenpaket {version} · {count} Partnerschaften</source>
        <translation>Data pack {version} · {count} partnerships</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Partnerstädte auf der Weltkarte</source>
        <translation>Partner cities on the world map</translation>
    </message>
    <message>
        <source> – von {west} bis {east}</source>
        <translation> – from {west} to {east}</translation>
    </message>
    <message>
        <source>Dortmunds {count} Partnerschaften sind auf der gesamten Weltkarte verteilt{span}. Klicken Sie auf eine Stadt oder wählen Sie sie mit Tab bzw. den Pfeiltasten und der Eingabetaste, um die Details zu öffnen.</source>
        <translation>Dortmund&apos;s {count} partnerships are spread across the whole world map{span}. Click a city, or select it with Tab or the arrow keys and press Enter, to open its details.</translation>
    </message>
    <message>
        <source>Dortmund</source>
        <translation>Dortmund</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>Platz {rank}: {city}, {score} Punkte</source>
        <translation>Rank {rank}: {city}, {score} points</translation>
    </message>
    <message>
        <source>Selbsteinschätzung und Rangliste</source>
        <translation>Self-assessment and ranking</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Die Beratung wird vorbereitet …</source>
        <translation>Preparing counselling …</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <source>Bitte eine PIN eingeben.</source>
        <translation>Please enter a PIN.</translation>
    </message>
    <message>
        <source>Die PIN ist zu kurz: mindestens {n} Ziffern.</source>
        <translation>The PIN is too short: at least {n} digits.</translation>
    </message>
    <message>
        <source>Die PIN ist zu lang: höchstens {n} Ziffern.</source>
        <translation>The PIN is too long: at most {n} digits.</translation>
    </message>
    <message>
        <source>Die PIN darf nur Ziffern (0-9) enthalten.</source>
        <translation>The PIN may contain digits (0-9) only.</translation>
    </message>
    <message>
        <source>PIN für den Kiosk festlegen</source>
        <translation>Set the kiosk PIN</translation>
    </message>
    <message>
        <source>Der Selbsttest-Kiosk lässt sich nur mit dieser PIN beenden. Wähle {a} bis {b} Ziffern, die Auszubildende nicht erraten können (kein Geburtsdatum, nicht 1234).</source>
        <translation>The self-assessment kiosk can only be left with this PIN. Choose {a} to {b} digits apprentices cannot guess (no birthday, not 1234).</translation>
    </message>
    <message>
        <source>Neue PIN:</source>
        <translation>New PIN:</translation>
    </message>
    <message>
        <source>PIN wiederholen:</source>
        <translation>Repeat PIN:</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Diese Ansicht ist in dieser Version noch nicht enthalten.</source>
        <translation>This view is not part of this version yet.</translation>
    </message>
</context>
<context>
    <name>PlainMessage</name>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>{0} hat ungespeicherte Änderungen.</source>
        <translation>{0} has unsaved changes.</translation>
    </message>
    <message>
        <source>Jetzt speichern, verwerfen oder zurück zur Bearbeitung?</source>
        <translation>Save now, discard, or go back to editing?</translation>
    </message>
    <message>
        <source>Speichern fehlgeschlagen</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Die Daten konnten nicht gespeichert werden.</source>
        <translation>The data could not be saved.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Mindestens ein Kriterium braucht ein Gewicht über 0 %. Die Rangliste zeigt weiter die letzte gültige Einstellung.</source>
        <translation>At least one criterion needs a weight above 0%. The ranking keeps showing the last valid setting.</translation>
    </message>
    <message>
        <source>brauche viel Unterstützung</source>
        <translation>need a lot of support</translation>
    </message>
    <message>
        <source>brauche einige Unterstützung</source>
        <translation>need some support</translation>
    </message>
    <message>
        <source>teils selbstständig</source>
        <translation>partly independent</translation>
    </message>
    <message>
        <source>weitgehend selbstständig</source>
        <translation>largely independent</translation>
    </message>
    <message>
        <source>ganz selbstständig</source>
        <translation>fully independent</translation>
    </message>
    <message>
        <source>Was interessiert dich?</source>
        <translation>What are you interested in?</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Rahmen</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Interesse {0}</source>
        <translation>Interest {0}</translation>
    </message>
    <message>
        <source>Verfügbare Wochen</source>
        <translation>Weeks available</translation>
    </message>
    <message>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Nur ein Aufenthalt im Ausland</source>
        <translation>Only a stay abroad</translation>
    </message>
    <message>
        <source>Selbstständigkeit</source>
        <translation>Independence</translation>
    </message>
    <message>
        <source>1 = brauche viel Unterstützung … 5 = ganz selbstständig</source>
        <translation>1 = need a lot of support … 5 = fully independent</translation>
    </message>
    <message>
        <source>Ähnliche Verwaltung ist mir</source>
        <translation>How much a similar administration matters to me</translation>
    </message>
    <message>
        <source>Wichtigkeit einer ähnlichen Verwaltung</source>
        <translation>Importance of a similar administration</translation>
    </message>
    <message>
        <source>Erweitert: Gewichte der Kriterien</source>
        <translation>Advanced: criterion weights</translation>
    </message>
    <message>
        <source>Wie stark jedes Kriterium zählt. Die Gewichte werden auf 100 Punkte umgerechnet.</source>
        <translation>How much each criterion counts. The weights are scaled to 100 points.</translation>
    </message>
    <message>
        <source>Gewicht {0}</source>
        <translation>Weight {0}</translation>
    </message>
    <message>
        <source>Standardgewichte</source>
        <translation>Default weights</translation>
    </message>
    <message>
        <source>Standardgewichte wiederherstellen</source>
        <translation>Restore default weights</translation>
    </message>
    <message>
        <source>Standard: {0}</source>
        <translation>Default: {0}</translation>
    </message>
</context>
<context>
    <name>RankingCard</name>
    <message>
        <source>von 100</source>
        <translation>of 100</translation>
    </message>
    <message>
        <source>⚠ Eingeschränkt: {0}</source>
        <translation>⚠ Restricted: {0}</translation>
    </message>
    <message>
        <source>Passt zu: {0}</source>
        <translation>Matches: {0}</translation>
    </message>
    <message>
        <source>Passt zu keinem der gewählten Themen</source>
        <translation>Matches none of the chosen themes</translation>
    </message>
    <message>
        <source>Noch keine Themen gewählt</source>
        <translation>No themes chosen yet</translation>
    </message>
    <message>
        <source>Hürden: {0}</source>
        <translation>Obstacles: {0}</translation>
    </message>
    <message>
        <source>Keine Hürden erkannt</source>
        <translation>No obstacles found</translation>
    </message>
    <message>
        <source>Platz {0}: {1}, {2} von 100 Punkten</source>
        <translation>Rank {0}: {1}, {2} of 100 points</translation>
    </message>
    <message>
        <source>Schwerpunkt</source>
        <translation>focus area</translation>
    </message>
    <message>
        <source>über Projekte</source>
        <translation>through projects</translation>
    </message>
    <message>
        <source>Themen und Projekte</source>
        <translation>Themes and projects</translation>
    </message>
    <message>
        <source>Keine passenden Themen</source>
        <translation>No matching themes</translation>
    </message>
    <message>
        <source>Hilfe vom Team INA: {0}</source>
        <translation>Help from Team INA: {0}</translation>
    </message>
    <message>
        <source>Hürden und Hilfe</source>
        <translation>Obstacles and help</translation>
    </message>
    <message>
        <source>Was außerdem passt</source>
        <translation>What else fits</translation>
    </message>
    <message>
        <source>Förderweg</source>
        <translation>Funding route</translation>
    </message>
    <message>
        <source>Begründung ausblenden</source>
        <translation>Hide reasons</translation>
    </message>
    <message>
        <source>Begründung anzeigen</source>
        <translation>Show reasons</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Knappes Ergebnis: {0} ({1}) und {2} ({3}) liegen weniger als {4} % auseinander – beide sind gute Kandidaten.</source>
        <translation>Close result: {0} ({1}) and {2} ({3}) are less than {4}% apart – both are good candidates.</translation>
    </message>
    <message>
        <source>Mit Gewicht {0} % für „{1}“ (jetzt {2} %) lägen Platz 1 und 2 gleichauf.</source>
        <translation>With a weight of {0}% for “{1}” (now {2}%), places 1 and 2 would be level.</translation>
    </message>
    <message>
        <source>Jeder Balken zeigt die Punkte je Kriterium: die Breite eines Abschnitts ist sein Gewicht, der gefüllte Teil das, was die Stadt davon erreicht.</source>
        <translation>Each bar shows the points per criterion: the width of a segment is its weight, and the filled part is how much of it the city achieves.</translation>
    </message>
    <message>
        <source>Nicht in der Rangliste</source>
        <translation>Not in the ranking</translation>
    </message>
    <message>
        <source>Mit dieser Auswahl kommt keine Partnerstadt in Frage.</source>
        <translation>With this selection, no partner city is an option.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Die Datenbank ist beschädigt</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>PartnerDesk hat beim Start festgestellt, dass die Datenbank nicht in Ordnung ist. Es wurde nichts verändert. Wählen Sie, wie es weitergeht; die beschädigte Datei wird in jedem Fall aufbewahrt.</source>
        <translation>On start-up, PartnerDesk found that the database is not in order. Nothing has been changed. Choose how to continue; the damaged file is kept in any case.</translation>
    </message>
    <message>
        <source>Datei: {path}
Befund: {reason}</source>
        <translation>File: {path}
Problem found: {reason}</translation>
    </message>
    <message>
        <source>Es gibt keine gültige Sicherung.</source>
        <translation>There is no valid backup.</translation>
    </message>
    <message>
        <source>Neueste gültige Sicherung wiederherstellen ({date})</source>
        <translation>Restore the latest valid backup ({date})</translation>
    </message>
    <message>
        <source>Neueste gültige Sicherung wiederherstellen</source>
        <translation>Restore the latest valid backup</translation>
    </message>
    <message>
        <source>Beschädigte Datei beiseitelegen und leer beginnen</source>
        <translation>Set the damaged file aside and start empty</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>PartnerDesk beenden</source>
        <translation>Exit PartnerDesk</translation>
    </message>
    <message>
        <source>Datenbank nicht lesbar</source>
        <translation>Database not readable</translation>
    </message>
    <message>
        <source>Die Datenbank kann nicht gelesen werden: {path}</source>
        <translation>The database cannot be read: {path}</translation>
    </message>
    <message>
        <source>Wiederherstellung fehlgeschlagen</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Die Datenbank wurde nicht verändert.</source>
        <translation>The database has not been changed.</translation>
    </message>
    <message>
        <source>Die Sicherung {backup} wurde wiederhergestellt.</source>
        <translation>The backup {backup} has been restored.</translation>
    </message>
    <message>
        <source>PartnerDesk beginnt mit einer leeren Datenbank.</source>
        <translation>PartnerDesk is starting with an empty database.</translation>
    </message>
    <message>
        <source>Die beschädigte Datei wurde aufbewahrt als: {path}</source>
        <translation>The damaged file has been kept as: {path}</translation>
    </message>
    <message>
        <source>Datenbank wiederhergestellt</source>
        <translation>Database restored</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>{place}. {city}, {country} – {score} von 100 Punkten</source>
        <translation>{place}. {city}, {country} – {score} of 100 points</translation>
    </message>
    <message>
        <source>Das passt:</source>
        <translation>What fits:</translation>
    </message>
    <message>
        <source>Dabei hilft: {offers}</source>
        <translation>Help with this: {offers}</translation>
    </message>
    <message>
        <source>Darauf solltest du achten:</source>
        <translation>Watch out for:</translation>
    </message>
    <message>
        <source>Nicht in der Liste:</source>
        <translation>Not in the list:</translation>
    </message>
    <message>
        <source>Partnerschaft seit {year} · Status: {status}</source>
        <translation>Partnership since {year} · status: {status}</translation>
    </message>
    <message>
        <source>Schwerpunkte: {areas}</source>
        <translation>Focus areas: {areas}</translation>
    </message>
    <message>
        <source>Aktuelle Projekte: {projects}</source>
        <translation>Current projects: {projects}</translation>
    </message>
    <message>
        <source>Sprachen vor Ort: {languages}</source>
        <translation>Languages spoken there: {languages}</translation>
    </message>
    <message>
        <source>Dein Ergebnis</source>
        <translation>Your result</translation>
    </message>
    <message>
        <source>So gut passen die Partnerstädte zu deinen Antworten – von 0 bis 100 Punkten. Das ist eine erste Orientierung; in der Beratung schaut ihr es euch gemeinsam an.</source>
        <translation>How well the partner cities fit your answers – from 0 to 100 points. This is a first orientation; you will look at it together in counselling.</translation>
    </message>
    <message>
        <source>Alle Partnerstädte ansehen</source>
        <translation>Browse all partner cities</translation>
    </message>
    <message>
        <source>Was das Team INA für dich tun kann</source>
        <translation>What Team INA can do for you</translation>
    </message>
    <message>
        <source>Ergebnis drucken</source>
        <translation>Print result</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Löschfristen erreicht</source>
        <translation>Deletion dates reached</translation>
    </message>
    <message>
        <source>Bei diesen Auszubildenden ist das vereinbarte Löschdatum erreicht. Die angehakten Datensätze werden mit allen Selbsteinschätzungen, Gesprächen und Übergaben endgültig gelöscht.</source>
        <translation>These apprentices have reached their agreed deletion date. The ticked records are deleted for good, with all self-assessments, sessions and handovers.</translation>
    </message>
    <message>
        <source>{name} – Löschdatum {day}</source>
        <translation>{name} – deletion date {day}</translation>
    </message>
    <message>
        <source>Datensätze zum Löschen</source>
        <translation>Records to delete</translation>
    </message>
    <message>
        <source>Angehakte endgültig löschen</source>
        <translation>Delete ticked records for good</translation>
    </message>
    <message>
        <source>Später entscheiden</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Die Löschfrist muss zwischen {low} und {high} Tagen liegen; {value} ist nicht gespeichert.</source>
        <translation>The deletion period must be between {low} and {high} days; {value} was not saved.</translation>
    </message>
    <message>
        <source>Die Wartezeit bis zur Warnung muss zwischen {low} und {high} Sekunden liegen; {value} ist nicht gespeichert.</source>
        <translation>The time until the warning must be between {low} and {high} seconds; {value} was not saved.</translation>
    </message>
    <message>
        <source>Die Warnung muss zwischen {low} und {high} Sekunden stehen bleiben; {value} ist nicht gespeichert.</source>
        <translation>The warning must stay between {low} and {high} seconds; {value} was not saved.</translation>
    </message>
    <message>
        <source>Übergabe-Codes müssen zwischen {low} und {high} Tagen gültig sein; {value} ist nicht gespeichert.</source>
        <translation>Handover codes must be valid for between {low} and {high} days; {value} was not saved.</translation>
    </message>
    <message>
        <source>Eine PIN ist festgelegt.</source>
        <translation>A PIN is set.</translation>
    </message>
    <message>
        <source>P&amp;IN ändern …</source>
        <translation>Change P&amp;IN …</translation>
    </message>
    <message>
        <source>Noch keine PIN: Der Kiosk startet erst, wenn eine festgelegt ist.</source>
        <translation>No PIN yet: the kiosk only starts once one is set.</translation>
    </message>
    <message>
        <source>P&amp;IN festlegen …</source>
        <translation>Set P&amp;IN …</translation>
    </message>
    <message>
        <source>Änderungen gelten sofort und werden gleich gespeichert. Die Sprache wechselt im geöffneten Fenster und gilt auch beim nächsten Start.</source>
        <translation>Changes apply at once and are saved straight away. The language changes in the open window and is kept for the next start.</translation>
    </message>
    <message>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Datenordner:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>&amp;Name der Beraterin / des Beraters:</source>
        <translation>Advisor&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Name der Beraterin oder des Beraters</source>
        <translation>Advisor&apos;s name</translation>
    </message>
    <message>
        <source>steht in Gesprächen und Protokollen</source>
        <translation>shown in sessions and records</translation>
    </message>
    <message>
        <source>Standard-&amp;Löschfrist (Tage):</source>
        <translation>Default &amp;deletion period (days):</translation>
    </message>
    <message>
        <source>Standard-Löschfrist in Tagen</source>
        <translation>Default deletion period in days</translation>
    </message>
    <message>
        <source>Neue Datensätze erhalten als Löschdatum die Einwilligung plus diese Frist ({low}–{high} Tage); bestehende behalten ihr Datum.</source>
        <translation>New records get the consent date plus this period as their deletion date ({low}–{high} days); existing records keep their date.</translation>
    </message>
    <message>
        <source>Selbsteinschätzung am Terminal (Kiosk)</source>
        <translation>Self-assessment at the terminal (kiosk)</translation>
    </message>
    <message>
        <source>&amp;Warnung nach Untätigkeit (Sekunden):</source>
        <translation>&amp;Warning after inactivity (seconds):</translation>
    </message>
    <message>
        <source>Sekunden ohne Eingabe bis zur Warnung</source>
        <translation>Seconds without input until the warning</translation>
    </message>
    <message>
        <source>{low}–{high} Sekunden</source>
        <translation>{low}–{high} seconds</translation>
    </message>
    <message>
        <source>Warnung sicht&amp;bar für (Sekunden):</source>
        <translation>Warning &amp;visible for (seconds):</translation>
    </message>
    <message>
        <source>Sekunden, die die Warnung vor dem Zurücksetzen sichtbar bleibt</source>
        <translation>Seconds the warning stays visible before the reset</translation>
    </message>
    <message>
        <source>Übergabe-Codes gültig (&amp;Tage):</source>
        <translation>Handover codes valid (da&amp;ys):</translation>
    </message>
    <message>
        <source>Gültigkeit der Übergabe-Codes in Tagen</source>
        <translation>Validity of handover codes in days</translation>
    </message>
    <message>
        <source>{low}–{high} Tage</source>
        <translation>{low}–{high} days</translation>
    </message>
    <message>
        <source>Dr&amp;ucker:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>Druckername für den Kiosk</source>
        <translation>Printer name for the kiosk</translation>
    </message>
    <message>
        <source>Leer lassen: Am Terminal wird nicht gedruckt. Sonst der Name des Druckers, wie ihn das Betriebssystem anzeigt.</source>
        <translation>Leave empty: the terminal does not print. Otherwise the printer&apos;s name as the operating system shows it.</translation>
    </message>
    <message>
        <source>PIN zum Beenden:</source>
        <translation>PIN to exit:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>PartnerDesk läuft bereits; das vorhandene Fenster wurde nach vorne geholt.</source>
        <translation>PartnerDesk is already running; the open window has been brought to the front.</translation>
    </message>
    <message>
        <source>Die Datenbank ist bereits auf dem Computer „{host}“ geöffnet. Schließen Sie PartnerDesk dort und starten Sie es hier erneut. (Datenordner: {folder})</source>
        <translation>The database is already open on the computer “{host}”. Close PartnerDesk there and start it here again. (Data folder: {folder})</translation>
    </message>
    <message>
        <source>Die Datenbank ist bereits von einem anderen PartnerDesk geöffnet (Prozess {pid}), das nicht antwortet. Schließen Sie es (notfalls im Task-Manager) und starten Sie erneut. (Datenordner: {folder})</source>
        <translation>The database is already open in another PartnerDesk (process {pid}) that is not responding. Close it (in the Task Manager if necessary) and start again. (Data folder: {folder})</translation>
    </message>
    <message>
        <source>PartnerDesk kann im Datenordner nicht schreiben: {folder}. Bitten Sie die IT um Schreibrechte für diesen Ordner.</source>
        <translation>PartnerDesk cannot write to the data folder: {folder}. Ask IT for write permission for this folder.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welche Partnerstadt passt zu dir?</source>
        <translation>Which partner city suits you?</translation>
    </message>
    <message>
        <source>Dortmund hat elf Partnerstädte. Beantworte ein paar kurze Fragen zu deinen Interessen, Sprachen und deiner Zeit – dann siehst du, welche Städte gut zu dir passen und warum. Das dauert etwa fünf Minuten.</source>
        <translation>Dortmund has eleven partner cities. Answer a few short questions about your interests, languages and time – then you&apos;ll see which cities suit you and why. It takes about five minutes.</translation>
    </message>
    <message>
        <source>Sprache / Language</source>
        <translation>Sprache / Language</translation>
    </message>
    <message>
        <source>Deine Daten</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>• Du musst keinen Namen angeben.
• Deine Antworten bleiben nur auf diesem Bildschirm. Sie werden gelöscht, wenn du „Neu beginnen“ wählst oder {minutes} Minuten lang nichts tust.
• Nur wenn du am Ende ausdrücklich zustimmst, speichern wir dein Ergebnis – deine Antworten und die passenden Städte, ohne Namen – unter einem Code. So kann das Team INA es in deiner Beratung öffnen.
• Dieses gespeicherte Ergebnis wird nach {days} Tagen automatisch gelöscht.
• Verantwortlich: Stadt Dortmund, Internationale Beziehungen (Team INA). Fragen zum Datenschutz beantwortet dir das Team INA.</source>
        <translation>• You don&apos;t have to give your name.
• Your answers stay on this screen only. They are deleted when you choose &quot;Start over&quot; or do nothing for {minutes} minutes.
• Only if you explicitly agree at the end do we store your result – your answers and the matching cities, without a name – under a code, so Team INA can open it in your counselling.
• This stored result is deleted automatically after {days} days.
• Responsible: City of Dortmund, International Relations (Team INA). Team INA answers your questions about data protection.</translation>
    </message>
    <message>
        <source>Los geht’s</source>
        <translation>Let&apos;s go</translation>
    </message>
    <message>
        <source>Los geht’s: zur ersten Frage</source>
        <translation>Let&apos;s go: to the first question</translation>
    </message>
    <message>
        <source>Sprache Deutsch</source>
        <translation>Language German</translation>
    </message>
    <message>
        <source>Sprache Englisch</source>
        <translation>Language English</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Die Datenbank konnte nicht geöffnet werden; angezeigt werden die zuletzt gespeicherten Städtedaten. ({message})</source>
        <translation>The database could not be opened; showing the city data saved last. ({message})</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Team INA</source>
        <translation>Team INA</translation>
    </message>
    <message>
        <source>+ Seminar „Fit für Europa“</source>
        <translation>+ “Fit für Europa” seminar</translation>
    </message>
    <message>
        <source>+ Praktikums-/Kontaktvermittlung</source>
        <translation>+ Internship/contact brokering</translation>
    </message>
    <message>
        <source>+ Unterkunftssuche</source>
        <translation>+ Finding accommodation</translation>
    </message>
    <message>
        <source>+ Finanzielle Förderung</source>
        <translation>+ Financial support</translation>
    </message>
    <message>
        <source>Schritt hinzufügen: {0}</source>
        <translation>Add step: {0}</translation>
    </message>
    <message>
        <source>+ Eigener Schritt</source>
        <translation>+ Custom step</translation>
    </message>
    <message>
        <source>Eigenen Schritt hinzufügen</source>
        <translation>Add a custom step</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Erledigt: {0}</source>
        <translation>Done: {0}</translation>
    </message>
    <message>
        <source>Was ist zu tun?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <source>Zuständig:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Bis:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Wer?</source>
        <translation>Who?</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Fällig bis (optional)</source>
        <translation>Due by (optional)</translation>
    </message>
    <message>
        <source>Fällig bis – ganz nach unten stellen für „kein Datum“</source>
        <translation>Due by – scroll all the way down for “no date”</translation>
    </message>
    <message>
        <source>Schritt entfernen</source>
        <translation>Remove step</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Speichern fehlgeschlagen</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Technische Angabe: {detail}
Protokolldatei: {log}</source>
        <translation>Technical detail: {detail}
Log file: {log}</translation>
    </message>
    <message>
        <source>Meldung schließen</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Datenbank auf einem Netzlaufwerk</source>
        <translation>Database on a network drive</translation>
    </message>
</context>
<context>
    <name>TalkEditor</name>
    <message>
        <source>{place}. {name} – {score} Punkte</source>
        <translation>{place}. {name} – {score} points</translation>
    </message>
    <message>
        <source>Noch keine Rangliste festgehalten.</source>
        <translation>No ranking recorded yet.</translation>
    </message>
    <message>
        <source>Folgt der Selbsteinschätzung, bis das Gespräch gespeichert ist.</source>
        <translation>Follows the self-assessment until the session is saved.</translation>
    </message>
    <message>
        <source>Stand zum Gespräch; spätere Datenänderungen ändern ihn nicht.</source>
        <translation>As at the session; later data changes do not alter it.</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Datum des Gesprächs</source>
        <translation>Date of the session</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Beratung &amp;durch</source>
        <translation>Counselling &amp;by</translation>
    </message>
    <message>
        <source>Beratung durch</source>
        <translation>Counselling by</translation>
    </message>
    <message>
        <source>&amp;Notizen</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Gesprächsnotizen</source>
        <translation>Session notes</translation>
    </message>
    <message>
        <source>Was wurde besprochen? (nur Text)</source>
        <translation>What was discussed? (plain text)</translation>
    </message>
    <message>
        <source>Vereinbarte nächste Schritte</source>
        <translation>Agreed next steps</translation>
    </message>
    <message>
        <source>&amp;Rangliste beim Gespräch</source>
        <translation>&amp;Ranking at the session</translation>
    </message>
    <message>
        <source>Rangliste beim Gespräch; angehakte Städte werden weiterverfolgt</source>
        <translation>Ranking at the session; ticked cities are followed up</translation>
    </message>
    <message>
        <source>Haken = Stadt zur Weiterverfolgung (Leertaste)</source>
        <translation>Tick = city to follow up (Space)</translation>
    </message>
    <message>
        <source>Rangliste neu übernehmen</source>
        <translation>Refresh ranking</translation>
    </message>
    <message>
        <source>Rangliste aus der aktuellen Selbsteinschätzung neu übernehmen</source>
        <translation>Refresh the ranking from the current self-assessment</translation>
    </message>
    <message>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Gespräch speichern</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>Protokoll als PDF …</source>
        <translation>Record as PDF …</translation>
    </message>
    <message>
        <source>Protokoll als PDF exportieren</source>
        <translation>Export the record as PDF</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Es ist keine PIN festgelegt. Bitte im Beratungsmodus eine PIN festlegen.</source>
        <translation>No PIN is set. Please set a PIN in advisor mode.</translation>
    </message>
    <message>
        <source>Die PIN stimmt nicht.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Zu viele falsche Versuche. Nächster Versuch in {seconds} Sekunden.</source>
        <translation>Too many wrong attempts. Next attempt in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Kiosk beenden</source>
        <translation>Leave kiosk</translation>
    </message>
    <message>
        <source>Nur für die Beratung: PIN eingeben, um den Kiosk zu beenden.</source>
        <translation>Advisors only: enter the PIN to leave the kiosk.</translation>
    </message>
    <message>
        <source>PIN der Beratung</source>
        <translation>Advisor PIN</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Willkommen bei PartnerDesk</source>
        <translation>Welcome to PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk zeigt die elf Partnerstädte Dortmunds und findet gemeinsam mit Auszubildenden heraus, welche Stadt zu ihren Interessen, Sprachen und Möglichkeiten passt – mit einer Begründung für jedes Ergebnis.</source>
        <translation>PartnerDesk shows Dortmund&apos;s eleven partner cities and works out with apprentices which city fits their interests, languages and circumstances – with a reason for every result.</translation>
    </message>
    <message>
        <source>Beratung am eigenen PC</source>
        <translation>Counselling at your own PC</translation>
    </message>
    <message>
        <source>So ist PartnerDesk gerade gestartet: Sie führen das Gespräch, vergleichen die Städte gemeinsam und halten das Ergebnis als PDF-Protokoll fest.</source>
        <translation>This is how PartnerDesk has just started: you lead the session, compare the cities together and keep the result as a PDF record.</translation>
    </message>
    <message>
        <source>Selbsteinschätzung am gemeinsamen Terminal</source>
        <translation>Self-assessment at a shared terminal</translation>
    </message>
    <message>
        <source>Azubis beantworten die Fragen selbst und sehen ihre passenden Städte, ohne Zugriff auf gespeicherte Gespräche. Dafür PartnerDesk mit „partnerdesk --kiosk“ starten.</source>
        <translation>Apprentices answer the questions themselves and see the cities that suit them, with no access to saved sessions. For this, start PartnerDesk with “partnerdesk --kiosk”.</translation>
    </message>
    <message>
        <source>Alle Daten bleiben auf diesem Rechner, im Ordner {folder}. PartnerDesk braucht keine Internetverbindung.</source>
        <translation>All data stays on this computer, in the folder {folder}. PartnerDesk needs no internet connection.</translation>
    </message>
    <message>
        <source>Los geht’s</source>
        <translation>Let’s start</translation>
    </message>
    <message>
        <source>Willkommen schließen</source>
        <translation>Close the welcome</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <source>Dortmund, Deutschland (Heimatstadt)</source>
        <translation>Dortmund, Germany (home city)</translation>
    </message>
    <message>
        <source>Westeuropa (vergrößert)</source>
        <translation>Western Europe (enlarged)</translation>
    </message>
    <message>
        <source>Klicken öffnet die Details.</source>
        <translation>Click to open the details.</translation>
    </message>
    <message>
        <source>Weltkarte: {city}</source>
        <translation>World map: {city}</translation>
    </message>
    <message>
        <source>Pfeiltasten oder Tab wechseln die Stadt, Eingabetaste öffnet die Details.</source>
        <translation>Arrow keys or Tab change the city; Enter opens the details.</translation>
    </message>
</context>
</TS>
