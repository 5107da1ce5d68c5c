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
        <source>Nur diese Angaben werden gespeichert. Das Löschdatum ergibt sich aus der Einwilligung plus {0} Tagen; Sie können es ändern.</source>
        <translation>Only these details are stored. The deletion date is the date of consent plus {0} days; you can change it.</translation>
    </message>
</context>
<context>
    <name>ApprenticePanel</name>
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
    <message numerus="yes">
        <source>%n Azubi(s)</source>
        <translation>
            <numerusform>%n apprentice</numerusform>
            <numerusform>%n apprentices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Gespräch(e)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
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
        <source>Alle Protokolle exportieren …</source>
        <translation>Export all records …</translation>
    </message>
    <message>
        <source>Alle Protokolle exportieren</source>
        <translation>Export all records</translation>
    </message>
    <message>
        <source>… der/des gewählten Auszubildenden</source>
        <translation>… of the selected apprentice</translation>
    </message>
    <message>
        <source>… aller Auszubildenden</source>
        <translation>… of all apprentices</translation>
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
    <message numerus="yes">
        <source> Woche(n)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAdminView</name>
    <message>
        <source>Die Stadt „{0}“ gibt es nicht mehr.</source>
        <translation>The city “{0}” no longer exists.</translation>
    </message>
    <message>
        <source>Projekt {0} – {1}</source>
        <translation>Project {0} – {1}</translation>
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
        <source>Datenpaket wird geprüft …</source>
        <translation>Checking the data pack …</translation>
    </message>
    <message>
        <source>„{title}“, Version {version} (Städte: {cities}, Projekte: {projects}). Alle Städtedaten und Änderungen in PartnerDesk werden ersetzt.</source>
        <translation>“{title}”, version {version} (cities: {cities}, projects: {projects}). All city data and changes in PartnerDesk will be replaced.</translation>
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
        <source>Städtedaten werden ersetzt …</source>
        <translation>Replacing the city data …</translation>
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
        <source>Partnerstädte</source>
        <translation>Partner cities</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <message>
        <source>Datenpaket (Auslieferung)</source>
        <translation>data pack (as shipped)</translation>
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
        <source>Das sagen Azubis, die schon dort waren</source>
        <translation>What apprentices who have been there say</translation>
    </message>
    <message>
        <source>Gastorganisationen früherer Aufenthalte ({count})</source>
        <translation>Host organisations of earlier stays ({count})</translation>
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
        <source>Kontakt: {contact}</source>
        <translation>Contact: {contact}</translation>
    </message>
    <message>
        <source>Sprachen: {languages}</source>
        <translation>Languages: {languages}</translation>
    </message>
    <message>
        <source>Letzter Aufenthalt: {month} (Aufenthalte bisher: {count})</source>
        <translation>Last stay: {month} (stays so far: {count})</translation>
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
    <message numerus="yes">
        <source>%n Woche(n)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityPage</name>
    <message>
        <source>{country} · Partnerstadt von Dortmund seit {year}</source>
        <translation>{country} · Dortmund&apos;s partner city since {year}</translation>
    </message>
    <message>
        <source>Darum geht es in der Partnerschaft:</source>
        <translation>What the partnership is about:</translation>
    </message>
    <message>
        <source>Das läuft gerade:</source>
        <translation>Going on right now:</translation>
    </message>
    <message>
        <source>Was du dort machen kannst</source>
        <translation>What you can do there</translation>
    </message>
    <message>
        <source>Dort spricht man: {languages}.</source>
        <translation>People there speak: {languages}.</translation>
    </message>
    <message>
        <source>Für ein Praktikum brauchst du etwa Niveau {level}.</source>
        <translation>For an internship you need about level {level}.</translation>
    </message>
    <message>
        <source>{level} heißt: {meaning}</source>
        <translation>{level} means: {meaning}</translation>
    </message>
    <message>
        <source>Mit Englisch kommst du dort auch weiter.</source>
        <translation>English will also get you by there.</translation>
    </message>
    <message>
        <source>Englisch hilft dort nur wenig.</source>
        <translation>English helps only a little there.</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Mindestens 1 Woche.</source>
        <translation>At least 1 week.</translation>
    </message>
    <message>
        <source>Mindestens {n} Wochen.</source>
        <translation>At least {n} weeks.</translation>
    </message>
    <message>
        <source>Bezahlt werden kann das über: {route}.</source>
        <translation>It can be paid for through: {route}.</translation>
    </message>
    <message>
        <source>Wie lange</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>Luftlinie von Dortmund: etwa {km} km.</source>
        <translation>Distance from Dortmund as the crow flies: about {km} km.</translation>
    </message>
    <message>
        <source>1. Du buchst ein Gespräch beim Team INA.</source>
        <translation>1. You book a talk with Team INA.</translation>
    </message>
    <message>
        <source>2. Das Team INA hilft dir, eine Stelle vor Ort zu finden.</source>
        <translation>2. Team INA helps you find a place there.</translation>
    </message>
    <message>
        <source>3. Ihr beantragt zusammen die Förderung und plant die Reise.</source>
        <translation>3. Together you apply for funding and plan the journey.</translation>
    </message>
    <message>
        <source>Wie du hinkommst</source>
        <translation>How you get there</translation>
    </message>
    <message>
        <source>Noch keine Berichte. Vielleicht bist du die oder der Erste!</source>
        <translation>No reports yet. Maybe you will be the first!</translation>
    </message>
    <message>
        <source>Das sagen Azubis, die schon dort waren</source>
        <translation>What apprentices who have been there say</translation>
    </message>
</context>
<context>
    <name>CityProjectsEditor</name>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Aktuelle Projekte</source>
        <translation>Current projects</translation>
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
        <source>Projekte</source>
        <translation>Projects</translation>
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
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Städte vergleichen</source>
        <translation>Compare cities</translation>
    </message>
    <message>
        <source>Zwei oder drei Städte aus der Rangliste auswählen:</source>
        <translation>Choose two or three cities from the ranking:</translation>
    </message>
    <message>
        <source>{city} vergleichen</source>
        <translation>Compare {city}</translation>
    </message>
    <message>
        <source>Bitte mindestens zwei Städte auswählen.</source>
        <translation>Please choose at least two cities.</translation>
    </message>
    <message>
        <source>Vergleich der gewählten Städte</source>
        <translation>Comparison of the chosen cities</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Jemand anderes</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>{who} hat diesen Termin um {time} geändert.</source>
        <translation>{who} changed this appointment at {time}.</translation>
    </message>
    <message>
        <source>{who} hat diesen Datensatz um {time} geändert.</source>
        <translation>{who} changed this record at {time}.</translation>
    </message>
    <message>
        <source>Gleichzeitig geändert</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch da. Laden Sie die andere Fassung neu (Ihre Änderungen werden verworfen) oder speichern Sie Ihre Fassung als zusätzlichen Eintrag.</source>
        <translation>Your input is still there. Reload the other version (your changes are discarded) or save your version as an additional entry.</translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch da. Laden Sie die andere Fassung neu (Ihre Änderungen werden verworfen) oder bearbeiten Sie weiter, um Ihre Eingaben zuerst zu notieren.</source>
        <translation>Your input is still here. Reload the other version (your changes are discarded) or keep editing to note down your input first.</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Meine Fassung als Kopie speichern</source>
        <translation>Save my version as a copy</translation>
    </message>
    <message>
        <source>Weiter bearbeiten</source>
        <translation>Keep editing</translation>
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
        <translation>There are no saved talks.</translation>
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
        <translation>Export stopped</translation>
    </message>
    <message>
        <source>Ein Protokoll konnte nicht geschrieben werden.</source>
        <translation>A record could not be written.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Auskunft gespeichert</source>
        <translation>Data access report saved</translation>
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
        <source>Ihre Eingaben sind noch da; bitte korrigieren und erneut speichern.</source>
        <translation>Your entries are still there; please correct them and save again.</translation>
    </message>
    <message>
        <source>Diese/r Auszubildende wurde inzwischen gelöscht.</source>
        <translation>This apprentice has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>Das Gespräch</source>
        <translation>The session</translation>
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
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Beratung durch</source>
        <translation>Counselled by</translation>
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
        <source>Aufent&amp;halte …</source>
        <translation>Sta&amp;ys …</translation>
    </message>
    <message>
        <source>Auslandsaufenthalte und Erfahrungsberichte erfassen</source>
        <translation>Record stays abroad and experience reports</translation>
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
        <source>1 Selbsteinschätzung</source>
        <translation>1 Self-assessment</translation>
    </message>
    <message>
        <source>2 Ergebnis</source>
        <translation>2 Result</translation>
    </message>
    <message>
        <source>3 Notizen &amp;&amp; Schritte</source>
        <translation>3 Notes &amp;&amp; steps</translation>
    </message>
    <message numerus="yes">
        <source>%n offene(r) Schritt(e)</source>
        <translation>
            <numerusform>%n open step</numerusform>
            <numerusform>%n open steps</numerusform>
        </translation>
    </message>
    <message>
        <source>keine offenen Schritte</source>
        <translation>no open steps</translation>
    </message>
    <message>
        <source>{date} · {advisor}
{steps}</source>
        <translation>{date} · {advisor}
{steps}</translation>
    </message>
    <message>
        <source>Azubi-Liste ausblenden</source>
        <translation>Hide the apprentice list</translation>
    </message>
    <message>
        <source>Azubi-Liste einblenden</source>
        <translation>Show the apprentice list</translation>
    </message>
    <message>
        <source>Städte &amp;vergleichen …</source>
        <translation>&amp;Compare cities …</translation>
    </message>
    <message>
        <source>Zwei oder drei Städte der Rangliste nebeneinander vergleichen</source>
        <translation>Compare two or three cities of the ranking side by side</translation>
    </message>
    <message>
        <source>Teile des Gesprächs</source>
        <translation>Parts of the talk</translation>
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
    <name>DatePicker</name>
    <message>
        <source>Ende des Ausbildungsjahres ({0})</source>
        <translation>End of the training year ({0})</translation>
    </message>
    <message>
        <source>„{0}“ ist kein Datum – z. B. 15.01.2027 eingeben.</source>
        <translation>&quot;{0}&quot; is not a date – enter e.g. 15 Jan 2027.</translation>
    </message>
    <message>
        <source>Datum eingeben, z. B. 15.01.27, oder aus dem Menü wählen</source>
        <translation>Enter a date, e.g. 15 Jan 2027, or pick one from the menu</translation>
    </message>
    <message>
        <source>kein Datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>d Mon yyyy</translation>
    </message>
    <message>
        <source>Datum auswählen</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <source>Kalender und Schnellauswahl</source>
        <translation>Calendar and quick picks</translation>
    </message>
    <message>
        <source>&amp;Kalender …</source>
        <translation>&amp;Calendar …</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>In &amp;2 Wochen</source>
        <translation>In &amp;2 weeks</translation>
    </message>
    <message>
        <source>In 1 &amp;Monat</source>
        <translation>In 1 &amp;month</translation>
    </message>
    <message>
        <source>&amp;Ende des Ausbildungsjahres</source>
        <translation>&amp;End of the training year</translation>
    </message>
    <message>
        <source>Kein &amp;Datum</source>
        <translation>No &amp;date</translation>
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
    <name>FollowupsView</name>
    <message>
        <source>Nichts zu exportieren</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <source>Keiner der gezeigten Schritte hat ein Datum.</source>
        <translation>None of the steps shown has a date.</translation>
    </message>
    <message>
        <source>Wiedervorlage.ics</source>
        <translation>Follow-ups.ics</translation>
    </message>
    <message>
        <source>Wiedervorlage als Kalenderdatei speichern</source>
        <translation>Save follow-ups as a calendar file</translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Die Kalenderdatei wurde nicht gespeichert.</source>
        <translation>The calendar file was not saved.</translation>
    </message>
    <message>
        <source>Kalenderdatei gespeichert</source>
        <translation>Calendar file saved</translation>
    </message>
    <message numerus="yes">
        <source>%n Termin(e) gespeichert in:
{0}

Ein erneuter Import aktualisiert die Termine, statt sie doppelt anzulegen.</source>
        <translation>
            <numerusform>%n event saved in:
{0}

Importing it again updates the events instead of adding them twice.</numerusform>
            <numerusform>%n events saved in:
{0}

Importing it again updates the events instead of adding them twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Überfällig (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heute fällig (%n)</source>
        <translation>
            <numerusform>Due today (%n)</numerusform>
            <numerusform>Due today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In den nächsten 7 Tagen (%n)</source>
        <translation>
            <numerusform>In the next 7 days (%n)</numerusform>
            <numerusform>In the next 7 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Später (%n)</source>
        <translation>
            <numerusform>Later (%n)</numerusform>
            <numerusform>Later (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ohne Datum (%n)</source>
        <translation>
            <numerusform>No date (%n)</numerusform>
            <numerusform>No date (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>kein Datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Alle offenen nächsten Schritte aus den Gesprächen. Doppelklick oder Eingabe öffnet das Gespräch.</source>
        <translation>All open next steps from the talks. Double-click or Enter opens the talk.</translation>
    </message>
    <message>
        <source>Beratung &amp;durch:</source>
        <translation>Counselled &amp;by:</translation>
    </message>
    <message>
        <source>Nur Gespräche dieser Beraterin/dieses Beraters</source>
        <translation>Only talks held by this advisor</translation>
    </message>
    <message>
        <source>Als &amp;Kalender exportieren …</source>
        <translation>Export as &amp;calendar …</translation>
    </message>
    <message>
        <source>Fällige Schritte als Kalenderdatei (ICS) exportieren</source>
        <translation>Export the due steps as a calendar file (ICS)</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Azubi</source>
        <translation>Apprentice</translation>
    </message>
    <message>
        <source>Beratung durch</source>
        <translation>Counselled by</translation>
    </message>
    <message>
        <source>Offene Schritte</source>
        <translation>Open steps</translation>
    </message>
    <message>
        <source>Keine offenen Schritte – alles erledigt.</source>
        <translation>No open steps – all done.</translation>
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
        <source>Der QR-Code ist nicht lesbar: {reason}</source>
        <translation>The QR code cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Antworten aus dem QR-Code (ohne Namen)</source>
        <translation>Answers from the QR code (no name)</translation>
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
        <source>Der Datensatz existiert nicht mehr.</source>
        <translation>The record no longer exists.</translation>
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
        <source>Code vom Kiosk (z. B. ABCD-EFGH) eingeben oder den QR-Code einscannen:</source>
        <translation>Enter the code from the kiosk (e.g. ABCD-EFGH) or scan the QR code:</translation>
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
        <translation>Use</translation>
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
        <source>Du kannst dein Ergebnis für deine Beratung beim Team INA aufheben lassen. Dafür speichern wir deine Antworten und die passenden Städte – ohne Namen – unter einem kurzen Code. Nach {days} wird alles automatisch gelöscht. Wenn du das nicht möchtest, wähle einfach „Neu beginnen“.</source>
        <translation>You can have your result kept for your counselling with Team INA. We then store your answers and the matching cities – without a name – under a short code. After {days} everything is deleted automatically. If you don&apos;t want that, just choose &quot;Start over&quot;.</translation>
    </message>
    <message>
        <source>Ja, ich bin einverstanden, dass mein Ergebnis {days} lang für die Beratung gespeichert wird.</source>
        <translation>Yes, I agree that my result is stored for {days} for counselling.</translation>
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
    <name>KioskPrint</name>
    <message>
        <source>Dein Ergebnis – Partnerstädte Dortmund</source>
        <translation>Your result – Dortmund&apos;s partner cities</translation>
    </message>
    <message>
        <source>{score} von 100 Punkten</source>
        <translation>{score} of 100 points</translation>
    </message>
    <message>
        <source>Was das Team INA für dich tun kann</source>
        <translation>What Team INA can do for you</translation>
    </message>
    <message>
        <source>Team INA: Carrie-Ann Lawrence, Telefon 0231 50 27 170, clawrence@stadtdo.de</source>
        <translation>Team INA: Carrie-Ann Lawrence, phone +49 231 50 27 170, clawrence@stadtdo.de</translation>
    </message>
    <message>
        <source>Deine Antworten als QR-Code (ohne Namen) – bring ihn zur Beratung mit.</source>
        <translation>Your answers as a QR code (no name) – bring it to your counselling talk.</translation>
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
        <source>PartnerDesk – Selbstcheck</source>
        <translation>PartnerDesk – self-check</translation>
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
        <source>Zurück zur vorigen Seite</source>
        <translation>Back to the previous page</translation>
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
        <source>Statistik</source>
        <translation>Statistics</translation>
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
    <message>
        <source>Terminal nicht gestartet</source>
        <translation>Terminal not started</translation>
    </message>
    <message>
        <source>Das Selbstcheck-Terminal konnte nicht gestartet werden.</source>
        <translation>The self-assessment terminal could not be started.</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-ups</translation>
    </message>
    <message numerus="yes">
        <source>%n Schritt(e) überfällig</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{page} · %n überfällig</source>
        <translation>
            <numerusform>{page} · %n overdue</numerusform>
            <numerusform>{page} · %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Selbstcheck-Terminal starten …</source>
        <translation>Start the &amp;self-assessment terminal …</translation>
    </message>
    <message>
        <source>Dieser Rechner wird zum Terminal, an dem Azubis die Selbsteinschätzung allein ausfüllen; Beenden nur mit der Berater-PIN.</source>
        <translation>This computer becomes the terminal where apprentices fill in the self-assessment on their own; leaving needs the advisor PIN.</translation>
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
        <source>Selbsteinschätzung und Rangliste</source>
        <translation>Self-assessment and ranking</translation>
    </message>
    <message>
        <source>Für Azubi &amp;übernehmen …</source>
        <translation>&amp;Use for an apprentice …</translation>
    </message>
    <message>
        <source>Diese Selbsteinschätzung für eine/n Auszubildende/n übernehmen und ein Gespräch beginnen</source>
        <translation>Use this self-assessment for an apprentice and start a talk</translation>
    </message>
    <message>
        <source>Städte &amp;vergleichen …</source>
        <translation>&amp;Compare cities …</translation>
    </message>
    <message>
        <source>Zwei oder drei Städte der Rangliste nebeneinander vergleichen</source>
        <translation>Compare two or three cities of the ranking side by side</translation>
    </message>
    <message>
        <source>Platz {rank}: {city}, {score} Punkte</source>
        <translation>Rank {rank}: {city}, {score} points</translation>
    </message>
</context>
<context>
    <name>NextStepsBox</name>
    <message>
        <source>Wie geht es weiter?</source>
        <translation>What happens next?</translation>
    </message>
    <message>
        <source>Dein Kontakt beim Team INA</source>
        <translation>Your contact at Team INA</translation>
    </message>
    <message>
        <source>Team Internationale Beziehungen (INA), Stadt Dortmund</source>
        <translation>International Relations Team (INA), City of Dortmund</translation>
    </message>
    <message>
        <source>Telefon: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>E-Mail: {mail}</source>
        <translation>E-mail: {mail}</translation>
    </message>
    <message>
        <source>So buchst du ein Gespräch: Ruf an oder schreib eine E-Mail. Sag, wann du Zeit hast. Bring deinen QR-Code oder deinen Übergabe-Code mit.</source>
        <translation>How to book a talk: call or send an e-mail. Say when you have time. Bring your QR code or your handover code.</translation>
    </message>
    <message>
        <source>Was das Team INA für dich tun kann</source>
        <translation>What Team INA can do for you</translation>
    </message>
    <message>
        <source>Zum Mitnehmen – ohne Namen</source>
        <translation>To take away – no name</translation>
    </message>
    <message>
        <source>Mach ein Foto von diesem QR-Code. Er enthält nur deine Antworten, keinen Namen und kein Ergebnis. In der Beratung liest das Team INA ihn ein, dann musst du nicht alles noch einmal sagen.</source>
        <translation>Take a photo of this QR code. It holds only your answers – no name and no result. In your talk Team INA scans it, so you don&apos;t have to say everything again.</translation>
    </message>
    <message>
        <source>QR-Code mit deinen Antworten, ohne Namen</source>
        <translation>QR code with your answers, no name</translation>
    </message>
    <message>
        <source>Ergebnis mit QR-Code drucken</source>
        <translation>Print result with QR code</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Die Daten werden geladen …</source>
        <translation>Loading the data …</translation>
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
        <source>Der Selbstcheck-Kiosk lässt sich nur mit dieser PIN beenden. Wählen Sie {a} bis {b} Ziffern, die Auszubildende nicht erraten können: kein Geburtsdatum, keine gleichen Ziffern, keine Reihen wie 123456.</source>
        <translation>The self-check kiosk can only be closed with this PIN. Choose {a} to {b} digits that apprentices cannot guess: no date of birth, no repeated digits, no runs such as 123456.</translation>
    </message>
    <message>
        <source>Neue PIN:</source>
        <translation>New PIN:</translation>
    </message>
    <message>
        <source>PIN wiederholen:</source>
        <translation>Repeat PIN:</translation>
    </message>
    <message>
        <source>Diese PIN ist leicht zu erraten. Bitte keine gleichen Ziffern (000000), keine Reihen (123456, 987654) und keine Wiederholungen (121212).</source>
        <translation>This PIN is easy to guess. Please no repeated digits (000000), no runs (123456, 987654) and no repetitions (121212).</translation>
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
        <source>Geplanter Beginn</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Geplanter Beginn (Monat und Jahr)</source>
        <translation>Planned start (month and year)</translation>
    </message>
    <message>
        <source>Förderregeln und Antragsfristen hängen vom Beginn ab; üblich sind mindestens 4 Monate Vorlauf.</source>
        <translation>Funding rules and application deadlines depend on the start; at least 4 months ahead is usual.</translation>
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
    <message>
        <source>Was interessiert Sie?</source>
        <translation>What are you interested in?</translation>
    </message>
    <message numerus="yes">
        <source> Woche(n)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingCard</name>
    <message>
        <source>von 100</source>
        <translation>of 100</translation>
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
        <source>⚠ Nur eingeschränkt möglich: {0}</source>
        <translation>⚠ Possible only with limits: {0}</translation>
    </message>
    <message>
        <source>(1 weiterer Grund in der Begründung)</source>
        <translation>(1 more reason in the details)</translation>
    </message>
    <message>
        <source>({0} weitere Gründe in der Begründung)</source>
        <translation>({0} more reasons in the details)</translation>
    </message>
    <message>
        <source>✓ Machbar: {0}</source>
        <translation>✓ Feasible: {0}</translation>
    </message>
    <message>
        <source>machbar</source>
        <translation>feasible</translation>
    </message>
    <message>
        <source>nur eingeschränkt möglich</source>
        <translation>possible only with limits</translation>
    </message>
    <message>
        <source>Platz {0}: {1}, {2} von 100 Punkten, {3}</source>
        <translation>Place {0}: {1}, {2} of 100 points, {3}</translation>
    </message>
    <message>
        <source>Machbarkeit</source>
        <translation>Feasibility</translation>
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
        <source>Förderregeln, Reisehinweise und Einreise geprüft am {0}</source>
        <translation>Funding rules, travel advice and entry requirements checked on {0}</translation>
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
    <message>
        <source>Noch keine Angaben. Wählen Sie mit der Auszubildenden oder dem Auszubildenden Themen oder Sprachen – dann erscheinen hier die passenden Partnerstädte.</source>
        <translation>Nothing entered yet. Choose themes or languages together with the apprentice – then the matching partner cities appear here.</translation>
    </message>
</context>
<context>
    <name>RecordSavedDialog</name>
    <message>
        <source>Protokoll gespeichert</source>
        <translation>Record saved</translation>
    </message>
    <message>
        <source>Das Protokoll wurde gespeichert:
{0}</source>
        <translation>The record was saved:
{0}</translation>
    </message>
    <message>
        <source>PDF öffnen</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Drucken …</source>
        <translation>Print …</translation>
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
        <source>Nur eingeschränkt möglich:</source>
        <translation>Possible only with limits:</translation>
    </message>
    <message>
        <source>Machbar: {reason}</source>
        <translation>Feasible: {reason}</translation>
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
        <source>Mehr dazu</source>
        <translation>More about it</translation>
    </message>
    <message>
        <source>Mehr zu {city}</source>
        <translation>More about {city}</translation>
    </message>
    <message>
        <source>Nicht in der Liste:</source>
        <translation>Not in the list:</translation>
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
        <source>Noch keine Angaben: Du hast noch kein Thema und keine Sprache gewählt. Geh zurück und wähle, was dich interessiert – dann zeigen wir dir passende Städte.</source>
        <translation>Nothing entered yet: you have not chosen a theme or a language. Go back and choose what interests you – then we show you matching cities.</translation>
    </message>
    <message>
        <source>Alle Partnerstädte ansehen</source>
        <translation>Browse all partner cities</translation>
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
    <name>ServerDialog</name>
    <message>
        <source>Team-Datenbank nicht erreichbar</source>
        <translation>Team database unreachable</translation>
    </message>
    <message>
        <source>Der Server der Team-Datenbank antwortet nicht.</source>
        <translation>The team database server does not answer.</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie die Netzwerkverbindung (auch VPN) und versuchen Sie es erneut, oder prüfen Sie Server und Benutzer unter Einstellungen.</source>
        <translation>Please check the network connection (VPN too) and try again, or check the server and user under Settings.</translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Später</source>
        <translation>Later</translation>
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
    <message>
        <source>Sicherungen im Datenordner werden höchstens {days} Tage aufbewahrt und dann gelöscht. Gelöschte Personen kommen durch eine Wiederherstellung nicht zurück.</source>
        <translation>Backups in the data folder are kept for at most {days} days and then deleted. Erased people do not come back through a restore.</translation>
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
    <name>StatsView</name>
    <message>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Gespräche pro Monat</source>
        <translation>Talks per month</translation>
    </message>
    <message>
        <source>Gewählte Städte (Azubis)</source>
        <translation>Cities chosen (apprentices)</translation>
    </message>
    <message>
        <source>Besuchte Städte (Aufenthalte)</source>
        <translation>Cities visited (stays)</translation>
    </message>
    <message>
        <source>Aufenthalte nach Förderweg</source>
        <translation>Stays by funding route</translation>
    </message>
    <message>
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>keine Daten</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>{talks} Gespräche, {people} beratene Azubis. Nur Anzahlen, keine Namen; Gruppen mit weniger als 3 erscheinen als „&lt; 3“.</source>
        <translation>{talks} talks, {people} apprentices counselled. Counts only, no names; groups smaller than 3 show as “&lt; 3”.</translation>
    </message>
    <message>
        <source>alle Jahre</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>PartnerDesk – Zahlen des Teams INA ({year})</source>
        <translation>PartnerDesk – Team INA&apos;s figures ({year})</translation>
    </message>
    <message>
        <source>Erstellt mit PartnerDesk. Gruppen mit weniger als 3 Personen oder Gesprächen sind als „&lt; 3“ angegeben.</source>
        <translation>Created with PartnerDesk. Groups of fewer than 3 people or talks are given as “&lt; 3”.</translation>
    </message>
    <message>
        <source>statistik-{year}</source>
        <translation>statistics-{year}</translation>
    </message>
    <message>
        <source>Statistik exportieren</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Als &amp;CSV exportieren …</source>
        <translation>Export as &amp;CSV …</translation>
    </message>
    <message>
        <source>Als &amp;PDF exportieren …</source>
        <translation>Export as &amp;PDF …</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Zahlen als Tabelle</source>
        <translation>Figures as a table</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>Sprachen: unbekanntes Sprachkürzel „{code}“ (Beispiel: en, fr)</source>
        <translation>Languages: unknown language code “{code}” (example: en, fr)</translation>
    </message>
    <message>
        <source>Bericht: höchstens {n} Zeichen</source>
        <translation>Report: at most {n} characters</translation>
    </message>
    <message>
        <source>Ende: liegt vor dem Beginn ({day})</source>
        <translation>End: is before the start ({day})</translation>
    </message>
    <message>
        <source>Der Datensatz existiert nicht mehr.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>Aufenthalt löschen</source>
        <translation>Delete stay</translation>
    </message>
    <message>
        <source>Diesen Aufenthalt mit seinem Bericht endgültig löschen?</source>
        <translation>Delete this stay and its report for good?</translation>
    </message>
    <message>
        <source>Aufenthalte von {name}</source>
        <translation>Stays of {name}</translation>
    </message>
    <message>
        <source>Partnerstadt</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Gastorganisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Sprachen dort</source>
        <translation>Languages there</translation>
    </message>
    <message>
        <source>Förderweg</source>
        <translation>Funding route</translation>
    </message>
    <message>
        <source>Erfahrungsbericht</source>
        <translation>Experience report</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>bekannt</source>
        <translation>known</translation>
    </message>
    <message>
        <source>Ende bekannt</source>
        <translation>End known</translation>
    </message>
    <message>
        <source>Sprachkürzel, z. B. en, fr</source>
        <translation>Language codes, e.g. en, fr</translation>
    </message>
    <message>
        <source>E-Mail oder Telefon der Ansprechperson</source>
        <translation>E-mail or phone of the contact person</translation>
    </message>
    <message>
        <source>Ein paar Sätze der/des Auszubildenden: Was war gut, was sollte man wissen?</source>
        <translation>A few sentences by the apprentice: what was good, what should others know?</translation>
    </message>
    <message>
        <source>Die/der Auszubildende ist einverstanden, dass der Bericht ohne Namen gezeigt wird (nur Beruf und Jahr).</source>
        <translation>The apprentice agrees that the report may be shown without a name (occupation and year only).</translation>
    </message>
    <message>
        <source>&amp;Neuer Aufenthalt</source>
        <translation>&amp;New stay</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>Aufenthalt &amp;speichern</source>
        <translation>&amp;Save stay</translation>
    </message>
    <message>
        <source>Aufenthalte</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
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
        <source>Schritt entfernen</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
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
    <name>TakeOverDialog</name>
    <message>
        <source>Für Azubi übernehmen</source>
        <translation>Use for an apprentice</translation>
    </message>
    <message>
        <source>Für wen soll diese Selbsteinschätzung gelten? Es beginnt ein neues Gespräch mit ihr; die bisher gespeicherte Selbsteinschätzung wird beim Speichern ersetzt.</source>
        <translation>Whose self-assessment is this? A new talk starts with it; the self-assessment stored so far is replaced when you save.</translation>
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
        <source>Übernehmen</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Neu anlegen …</source>
        <translation>Add new …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
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
        <source>Beratung &amp;durch</source>
        <translation>Counselling &amp;by</translation>
    </message>
    <message>
        <source>Beratung durch</source>
        <translation>Counselled by</translation>
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
    <name>TeamDbBox</name>
    <message>
        <source>Gespeichert: ab dem nächsten Start die lokale Datenbank.</source>
        <translation>Saved: the local database from the next start.</translation>
    </message>
    <message>
        <source>Nicht gespeichert: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <source>Gespeichert: ab dem nächsten Start die Team-Datenbank.</source>
        <translation>Saved: the team database from the next start.</translation>
    </message>
    <message>
        <source>Bitte korrigieren: {0}</source>
        <translation>Please correct: {0}</translation>
    </message>
    <message>
        <source>Verbindung wird geprüft …</source>
        <translation>Checking the connection …</translation>
    </message>
    <message>
        <source>Verbindung in Ordnung (PostgreSQL {0}).</source>
        <translation>Connection OK (PostgreSQL {0}).</translation>
    </message>
    <message>
        <source>Keine Verbindung: {0}</source>
        <translation>No connection: {0}</translation>
    </message>
    <message>
        <source>CA-Zertifikat wählen</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <source>Zertifikate (*.pem *.crt);;Alle (*)</source>
        <translation>Certificates (*.pem *.crt);;All (*)</translation>
    </message>
    <message>
        <source>Team-Datenbank</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>Gemeinsame Datenbank auf einem Server (PostgreSQL) verwenden</source>
        <translation>Use a shared database on a server (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Datenbank:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;wort:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA-Datei:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>Server der Team-Datenbank</source>
        <translation>Team database server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Name der Datenbank</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>Benutzer (Rolle)</source>
        <translation>User (role)</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>TLS-Modus</source>
        <translation>TLS mode</translation>
    </message>
    <message>
        <source>CA-Datei</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>Team-Datenbank verwenden</source>
        <translation>Use the team database</translation>
    </message>
    <message>
        <source>CA-Datei auswählen</source>
        <translation>Choose CA file</translation>
    </message>
    <message>
        <source>Verbindung zur Team-Datenbank testen</source>
        <translation>Test the connection to the team database</translation>
    </message>
    <message>
        <source>Team-Datenbank-Einstellungen übernehmen</source>
        <translation>Apply the team database settings</translation>
    </message>
    <message>
        <source>wird im Schlüsselbund gespeichert</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>Verbindung &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Ü&amp;bernehmen</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>Das Passwort liegt im Schlüsselbund des Betriebssystems, nie in einer Datei. Änderungen gelten ab dem nächsten Start. Die Rollen richtet die IT ein (docs/team-mode.md).</source>
        <translation>The password is kept in the operating system&apos;s keyring, never in a file. Changes apply from the next start. IT sets up the roles (docs/team-mode.md).</translation>
    </message>
</context>
<context>
    <name>TeamMode</name>
    <message>
        <source>Team-Datenbank</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>Team-Datenbank nicht erreichbar: {0}</source>
        <translation>Team database unreachable: {0}</translation>
    </message>
    <message>
        <source>Das Terminal erreicht die Team-Datenbank nicht. Bitte wende dich an Team INA.</source>
        <translation>This terminal cannot reach the team database. Please contact Team INA.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Es ist keine PIN festgelegt. Bitte im Beratungsmodus eine PIN festlegen.</source>
        <translation>No PIN is set. Please set a PIN in advisor mode.</translation>
    </message>
    <message>
        <source>Bitte die PIN eingeben.</source>
        <translation>Please enter the PIN.</translation>
    </message>
    <message>
        <source>Die PIN stimmt nicht. Bitte noch einmal eingeben.</source>
        <translation>The PIN is wrong. Please enter it again.</translation>
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
    <message>
        <source>Azubis beantworten die Fragen selbst und sehen ihre passenden Städte, ohne Zugriff auf gespeicherte Gespräche. Dafür im Menü „Datei“ „Selbstcheck-Terminal starten …“ wählen.</source>
        <translation>Apprentices answer the questions themselves and see their matching cities, without access to stored talks. To start it, choose &quot;Start the self-assessment terminal …&quot; in the &quot;File&quot; menu.</translation>
    </message>
</context>
<context>
    <name>WipeConfirm</name>
    <message>
        <source>Neu beginnen</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Wirklich alles löschen?</source>
        <translation>Really delete everything?</translation>
    </message>
    <message>
        <source>Alle deine Antworten und dein Ergebnis werden gelöscht. Der Selbstcheck beginnt dann von vorn.</source>
        <translation>All your answers and your result will be deleted. The self-check then starts again.</translation>
    </message>
    <message>
        <source>Nein, weitermachen</source>
        <translation>No, carry on</translation>
    </message>
    <message>
        <source>Ja, alles löschen</source>
        <translation>Yes, delete everything</translation>
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
