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
        <source>Nur diese Angaben werden gespeichert. Das Löschdatum ergibt sich aus der Einwilligung plus {0} Tagen; Sie können es ändern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprenticePanel</name>
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
    <message numerus="yes">
        <source>%n Azubi(s)</source>
        <translation>
            <numerusform>%n Azubi</numerusform>
            <numerusform>%n Azubis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Gespräch(e)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
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
        <source>Alle Protokolle exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Protokolle exportieren</source>
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
    <message numerus="yes">
        <source> Woche(n)</source>
        <translation>
            <numerusform> Woche</numerusform>
            <numerusform> Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAdminView</name>
    <message>
        <source>Die Stadt „{0}“ gibt es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekt {0} – {1}</source>
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
        <source>Datenpaket wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{title}“, Version {version} (Städte: {cities}, Projekte: {projects}). Alle Städtedaten und Änderungen in PartnerDesk werden ersetzt.</source>
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
        <source>Städtedaten werden ersetzt …</source>
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
        <source>Partnerstädte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
    <message>
        <source>Datenpaket (Auslieferung)</source>
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
        <source>Das sagen Azubis, die schon dort waren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastorganisationen früherer Aufenthalte ({count})</source>
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
        <source>Kontakt: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzter Aufenthalt: {month} (Aufenthalte bisher: {count})</source>
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
    <message numerus="yes">
        <source>%n Woche(n)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityPage</name>
    <message>
        <source>{country} · Partnerstadt von Dortmund seit {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darum geht es in der Partnerschaft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das läuft gerade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was du dort machen kannst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dort spricht man: {languages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für ein Praktikum brauchst du etwa Niveau {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} heißt: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit Englisch kommst du dort auch weiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Englisch hilft dort nur wenig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindestens 1 Woche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindestens {n} Wochen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezahlt werden kann das über: {route}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie lange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luftlinie von Dortmund: etwa {km} km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Du buchst ein Gespräch beim Team INA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Das Team INA hilft dir, eine Stelle vor Ort zu finden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Ihr beantragt zusammen die Förderung und plant die Reise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie du hinkommst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Berichte. Vielleicht bist du die oder der Erste!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das sagen Azubis, die schon dort waren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityProjectsEditor</name>
    <message>
        <source>(ohne Titel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktuelle Projekte</source>
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
        <source>Projekte</source>
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
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Städte vergleichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwei oder drei Städte aus der Rangliste auswählen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{city} vergleichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte mindestens zwei Städte auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergleich der gewählten Städte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Jemand anderes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} hat diesen Termin um {time} geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} hat diesen Datensatz um {time} geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gleichzeitig geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch da. Laden Sie die andere Fassung neu (Ihre Änderungen werden verworfen) oder speichern Sie Ihre Fassung als zusätzlichen Eintrag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch da. Laden Sie die andere Fassung neu (Ihre Änderungen werden verworfen) oder bearbeiten Sie weiter, um Ihre Eingaben zuerst zu notieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meine Fassung als Kopie speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiter bearbeiten</source>
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
        <source>Nicht gespeichert</source>
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
        <source>Ihre Eingaben sind noch da; bitte korrigieren und erneut speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese/r Auszubildende wurde inzwischen gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Gespräch</source>
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
        <source>Aufent&amp;halte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auslandsaufenthalte und Erfahrungsberichte erfassen</source>
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
        <source>1 Selbsteinschätzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Notizen &amp;&amp; Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offene(r) Schritt(e)</source>
        <translation>
            <numerusform>%n offener Schritt</numerusform>
            <numerusform>%n offene Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>keine offenen Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {advisor}
{steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azubi-Liste ausblenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azubi-Liste einblenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Städte &amp;vergleichen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwei oder drei Städte der Rangliste nebeneinander vergleichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teile des Gesprächs</source>
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
    <name>DatePicker</name>
    <message>
        <source>Ende des Ausbildungsjahres ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{0}“ ist kein Datum – z. B. 15.01.2027 eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum eingeben, z. B. 15.01.27, oder aus dem Menü wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender und Schnellauswahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kalender …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;2 Wochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 &amp;Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ende des Ausbildungsjahres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein &amp;Datum</source>
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
    <name>FollowupsView</name>
    <message>
        <source>Nichts zu exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keiner der gezeigten Schritte hat ein Datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage als Kalenderdatei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kalenderdatei wurde nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderdatei gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Termin(e) gespeichert in:
{0}

Ein erneuter Import aktualisiert die Termine, statt sie doppelt anzulegen.</source>
        <translation>
            <numerusform>%n Termin gespeichert in:
{0}

Ein erneuter Import aktualisiert den Termin, statt ihn doppelt anzulegen.</numerusform>
            <numerusform>%n Termine gespeichert in:
{0}

Ein erneuter Import aktualisiert die Termine, statt sie doppelt anzulegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Überfällig (%n)</source>
        <translation>
            <numerusform>Überfällig (%n)</numerusform>
            <numerusform>Überfällig (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heute fällig (%n)</source>
        <translation>
            <numerusform>Heute fällig (%n)</numerusform>
            <numerusform>Heute fällig (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In den nächsten 7 Tagen (%n)</source>
        <translation>
            <numerusform>In den nächsten 7 Tagen (%n)</numerusform>
            <numerusform>In den nächsten 7 Tagen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Später (%n)</source>
        <translation>
            <numerusform>Später (%n)</numerusform>
            <numerusform>Später (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ohne Datum (%n)</source>
        <translation>
            <numerusform>Ohne Datum (%n)</numerusform>
            <numerusform>Ohne Datum (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle offenen nächsten Schritte aus den Gesprächen. Doppelklick oder Eingabe öffnet das Gespräch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung &amp;durch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Gespräche dieser Beraterin/dieses Beraters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;Kalender exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällige Schritte als Kalenderdatei (ICS) exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azubi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine offenen Schritte – alles erledigt.</source>
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
        <source>Der QR-Code ist nicht lesbar: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antworten aus dem QR-Code (ohne Namen)</source>
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
        <source>Der Datensatz existiert nicht mehr.</source>
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
        <source>Code vom Kiosk (z. B. ABCD-EFGH) eingeben oder den QR-Code einscannen:</source>
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
        <source>Du kannst dein Ergebnis für deine Beratung beim Team INA aufheben lassen. Dafür speichern wir deine Antworten und die passenden Städte – ohne Namen – unter einem kurzen Code. Nach {days} wird alles automatisch gelöscht. Wenn du das nicht möchtest, wähle einfach „Neu beginnen“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, ich bin einverstanden, dass mein Ergebnis {days} lang für die Beratung gespeichert wird.</source>
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
    <name>KioskPrint</name>
    <message>
        <source>Dein Ergebnis – Partnerstädte Dortmund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} von 100 Punkten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was das Team INA für dich tun kann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team INA: Carrie-Ann Lawrence, Telefon 0231 50 27 170, clawrence@stadtdo.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deine Antworten als QR-Code (ohne Namen) – bring ihn zur Beratung mit.</source>
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
        <source>PartnerDesk – Selbstcheck</source>
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
        <source>Zurück zur vorigen Seite</source>
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
        <source>Statistik</source>
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
    <message>
        <source>Terminal nicht gestartet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Selbstcheck-Terminal konnte nicht gestartet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Schritt(e) überfällig</source>
        <translation>
            <numerusform>%n Schritt überfällig</numerusform>
            <numerusform>%n Schritte überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{page} · %n überfällig</source>
        <translation>
            <numerusform>{page} · %n überfällig</numerusform>
            <numerusform>{page} · %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Selbstcheck-Terminal starten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieser Rechner wird zum Terminal, an dem Azubis die Selbsteinschätzung allein ausfüllen; Beenden nur mit der Berater-PIN.</source>
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
        <source>Selbsteinschätzung und Rangliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für Azubi &amp;übernehmen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Selbsteinschätzung für eine/n Auszubildende/n übernehmen und ein Gespräch beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Städte &amp;vergleichen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwei oder drei Städte der Rangliste nebeneinander vergleichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platz {rank}: {city}, {score} Punkte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsBox</name>
    <message>
        <source>Wie geht es weiter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dein Kontakt beim Team INA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Internationale Beziehungen (INA), Stadt Dortmund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail: {mail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So buchst du ein Gespräch: Ruf an oder schreib eine E-Mail. Sag, wann du Zeit hast. Bring deinen QR-Code oder deinen Übergabe-Code mit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was das Team INA für dich tun kann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum Mitnehmen – ohne Namen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mach ein Foto von diesem QR-Code. Er enthält nur deine Antworten, keinen Namen und kein Ergebnis. In der Beratung liest das Team INA ihn ein, dann musst du nicht alles noch einmal sagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-Code mit deinen Antworten, ohne Namen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis mit QR-Code drucken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Die Daten werden geladen …</source>
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
        <source>Der Selbstcheck-Kiosk lässt sich nur mit dieser PIN beenden. Wählen Sie {a} bis {b} Ziffern, die Auszubildende nicht erraten können: kein Geburtsdatum, keine gleichen Ziffern, keine Reihen wie 123456.</source>
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
    <message>
        <source>Diese PIN ist leicht zu erraten. Bitte keine gleichen Ziffern (000000), keine Reihen (123456, 987654) und keine Wiederholungen (121212).</source>
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
        <source>Geplanter Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geplanter Beginn (Monat und Jahr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderregeln und Antragsfristen hängen vom Beginn ab; üblich sind mindestens 4 Monate Vorlauf.</source>
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
    <message>
        <source>Was interessiert Sie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> Woche(n)</source>
        <translation>
            <numerusform> Woche</numerusform>
            <numerusform> Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingCard</name>
    <message>
        <source>von 100</source>
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
        <source>⚠ Nur eingeschränkt möglich: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 weiterer Grund in der Begründung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0} weitere Gründe in der Begründung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Machbar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur eingeschränkt möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platz {0}: {1}, {2} von 100 Punkten, {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machbarkeit</source>
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
        <source>Förderregeln, Reisehinweise und Einreise geprüft am {0}</source>
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
    <message>
        <source>Noch keine Angaben. Wählen Sie mit der Auszubildenden oder dem Auszubildenden Themen oder Sprachen – dann erscheinen hier die passenden Partnerstädte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSavedDialog</name>
    <message>
        <source>Protokoll gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Protokoll wurde gespeichert:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drucken …</source>
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
        <source>Nur eingeschränkt möglich:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machbar: {reason}</source>
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
        <source>Mehr dazu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mehr zu {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht in der Liste:</source>
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
        <source>Noch keine Angaben: Du hast noch kein Thema und keine Sprache gewählt. Geh zurück und wähle, was dich interessiert – dann zeigen wir dir passende Städte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Partnerstädte ansehen</source>
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
    <name>ServerDialog</name>
    <message>
        <source>Team-Datenbank nicht erreichbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Server der Team-Datenbank antwortet nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte prüfen Sie die Netzwerkverbindung (auch VPN) und versuchen Sie es erneut, oder prüfen Sie Server und Benutzer unter Einstellungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Später</source>
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
    <message>
        <source>Sicherungen im Datenordner werden höchstens {days} Tage aufbewahrt und dann gelöscht. Gelöschte Personen kommen durch eine Wiederherstellung nicht zurück.</source>
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
    <name>StatsView</name>
    <message>
        <source>Alle Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespräche pro Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählte Städte (Azubis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besuchte Städte (Aufenthalte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthalte nach Förderweg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{talks} Gespräche, {people} beratene Azubis. Nur Anzahlen, keine Namen; Gruppen mit weniger als 3 erscheinen als „&lt; 3“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk – Zahlen des Teams INA ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstellt mit PartnerDesk. Gruppen mit weniger als 3 Personen oder Gesprächen sind als „&lt; 3“ angegeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistik-{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;CSV exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;PDF exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zahlen als Tabelle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>Sprachen: unbekanntes Sprachkürzel „{code}“ (Beispiel: en, fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht: höchstens {n} Zeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ende: liegt vor dem Beginn ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datensatz existiert nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthalt löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diesen Aufenthalt mit seinem Bericht endgültig löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthalte von {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerstadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastorganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen dort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderweg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erfahrungsbericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bekannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ende bekannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachkürzel, z. B. en, fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail oder Telefon der Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein paar Sätze der/des Auszubildenden: Was war gut, was sollte man wissen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die/der Auszubildende ist einverstanden, dass der Bericht ohne Namen gezeigt wird (nur Beruf und Jahr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neuer Aufenthalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthalt &amp;speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufenthalte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
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
        <source>Schritt entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
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
    <name>TakeOverDialog</name>
    <message>
        <source>Für Azubi übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für wen soll diese Selbsteinschätzung gelten? Es beginnt ein neues Gespräch mit ihr; die bisher gespeicherte Selbsteinschätzung wird beim Speichern ersetzt.</source>
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
        <source>Übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu anlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
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
    <name>TeamDbBox</name>
    <message>
        <source>Gespeichert: ab dem nächsten Start die lokale Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert: ab dem nächsten Start die Team-Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte korrigieren: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung in Ordnung (PostgreSQL {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Verbindung: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA-Zertifikat wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zertifikate (*.pem *.crt);;Alle (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team-Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinsame Datenbank auf einem Server (PostgreSQL) verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datenbank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benutzer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;wort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA-Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server der Team-Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benutzer (Rolle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-Modus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team-Datenbank verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA-Datei auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung zur Team-Datenbank testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team-Datenbank-Einstellungen übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wird im Schlüsselbund gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung &amp;testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ü&amp;bernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Passwort liegt im Schlüsselbund des Betriebssystems, nie in einer Datei. Änderungen gelten ab dem nächsten Start. Die Rollen richtet die IT ein (docs/team-mode.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMode</name>
    <message>
        <source>Team-Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team-Datenbank nicht erreichbar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Terminal erreicht die Team-Datenbank nicht. Bitte wende dich an Team INA.</source>
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
        <source>Bitte die PIN eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die PIN stimmt nicht. Bitte noch einmal eingeben.</source>
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
    <message>
        <source>Azubis beantworten die Fragen selbst und sehen ihre passenden Städte, ohne Zugriff auf gespeicherte Gespräche. Dafür im Menü „Datei“ „Selbstcheck-Terminal starten …“ wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipeConfirm</name>
    <message>
        <source>Neu beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirklich alles löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle deine Antworten und dein Ergebnis werden gelöscht. Der Selbstcheck beginnt dann von vorn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein, weitermachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, alles löschen</source>
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
