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
        <source>Beratung</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Beratungsgespräche folgen in der nächsten Version</source>
        <translation>Counselling talks follow in the next version</translation>
    </message>
    <message>
        <source>Hier werden Sie Gespräche mit Azubis anlegen und wiederfinden, Notizen und vereinbarte nächste Schritte festhalten und das Gesprächsprotokoll als PDF ausgeben.</source>
        <translation>Here you will create and find talks with apprentices, record notes and agreed next steps, and export the record of the talk as a PDF.</translation>
    </message>
    <message>
        <source>Bis dahin: Unter „Partnerstädte → Passende Städte“ füllen Sie die Selbsteinschätzung gemeinsam aus und sehen sofort, welche Städte passen und warum.</source>
        <translation>Until then: under “Partner cities → Matching cities” you fill in the self-assessment together and see at once which cities fit and why.</translation>
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
    <name>MatchingView</name>
    <message>
        <source>Selbsteinschätzung und Rangliste</source>
        <translation type="unfinished"></translation>
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
</TS>
