<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name></name>
    <message>
        <source>PlainMessage</source>
        <comment>Ungespeicherte Änderungen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlainMessage</source>
        <comment>{0} hat ungespeicherte Änderungen.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlainMessage</source>
        <comment>Jetzt speichern, verwerfen oder zurück zur Bearbeitung?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlainMessage</source>
        <comment>Speichern fehlgeschlagen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlainMessage</source>
        <comment>Die Daten konnten nicht gespeichert werden.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Endgültig löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{0}“ mit allen Gesprächen und der Selbsteinschätzung endgültig löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das lässt sich nicht rückgängig machen.</source>
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
        <translation>Counselling</translation>
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
        <source>Selbsteinschätzung und Rangliste</source>
        <translation type="unfinished"></translation>
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
    <name>PlaceholderView</name>
    <message>
        <source>Diese Ansicht ist in dieser Version noch nicht enthalten.</source>
        <translation>This view is not part of this version yet.</translation>
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
    <name>SettingsView</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Die Sprache wechselt sofort im geöffneten Fenster und gilt auch beim nächsten Start.</source>
        <translation>The language changes at once in the open window and is kept for the next start.</translation>
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
        <source>Datenordner</source>
        <translation>Data folder</translation>
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
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Willkommen bei PartnerDesk</source>
        <translation>Welcome to PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk zeigt die elf Partnerstädte Dortmunds und findet gemeinsam mit Auszubildenden heraus, welche Stadt zu ihren Interessen, Sprachen und Möglichkeiten passt – mit einer Begründung für jedes Ergebnis.</source>
        <translation>PartnerDesk shows Dortmund's eleven partner cities and works out with apprentices which city fits their interests, languages and circumstances – with a reason for every result.</translation>
    </message>
    <message>
        <source>Beratung am eigenen PC</source>
        <translation>Counselling at your own PC</translation>
    </message>
    <message>
        <source>So ist PartnerDesk gerade gestartet: Sie führen das Gespräch, vergleichen die Städte gemeinsam und halten das Ergebnis als PDF-Protokoll fest.</source>
        <translation>This is how PartnerDesk has just started: you lead the talk, compare the cities together and keep the result as a PDF record.</translation>
    </message>
    <message>
        <source>Selbsteinschätzung am gemeinsamen Terminal</source>
        <translation>Self-assessment at a shared terminal</translation>
    </message>
    <message>
        <source>Azubis beantworten die Fragen selbst und sehen ihre passenden Städte, ohne Zugriff auf gespeicherte Gespräche. Dafür PartnerDesk mit „partnerdesk --kiosk“ starten.</source>
        <translation>Apprentices answer the questions themselves and see the cities that suit them, with no access to saved talks. For this, start PartnerDesk with “partnerdesk --kiosk”.</translation>
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
</TS>
