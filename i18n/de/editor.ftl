# Der Routinen-Editor.

## Knöpfe oben (kurz halten).

editor-save = Speichern
editor-duplicate = Duplizieren
editor-export = Exportieren…
editor-print = Blatt drucken
editor-reset = Auf Original zurücksetzen
editor-close = Schließen

## Unter dem Namen der Routine: wo sie gespeichert ist, dann Länge und Übungen.

editor-origin-bundled = Mitgelieferte Routine „{ $id }“: Beim Speichern entsteht deine eigene Kopie
editor-origin-override = Deine Version von „{ $id }“
editor-origin-user = Deine Routine „{ $id }“
editor-origin-new = Neue Routine „{ $id }“, noch nicht gespeichert
editor-summary = { $place } · { $length } · { $count ->
        [one] { $count } Übung
       *[other] { $count } Übungen
    }
editor-summary-problems = { $place } · { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } zu beheben

## Platzhalter in leeren Textfeldern.

editor-routine-name = Name der Routine
editor-description-hint = Ein oder zwei Sätze: was sie ist und wann du sie nutzt

## Hinweise unter dem Kopfbereich.

editor-picture-set = Bild gesetzt. Speichere, um es zu behalten.
editor-saved = Gespeichert.
editor-updated-from-file = Aus der Datei aktualisiert, die außerhalb von Limber geändert wurde.
editor-file-has-mistake = Die Datei wurde außerhalb von Limber geändert und hat jetzt einen Fehler: { $error }
editor-needs-a-move = Eine Routine braucht mindestens eine Übung.
editor-not-saved = Nicht gespeichert: Behebe zuerst { $count ->
        [one] das rot markierte Problem
       *[other] die { $count } rot markierten Probleme
    }.
editor-fix-before-duplicating = Behebe die rot markierten Probleme, bevor du duplizierst.
editor-fix-before-printing = Behebe die rot markierten Probleme, bevor du druckst.
editor-confirm-reset = Zurücksetzen entfernt deine Version und kehrt zum Original zurück. Drück noch einmal auf Zurücksetzen, um es zu tun (deine Datei wird versteckt als Sicherung aufbewahrt).
editor-confirm-close = Du hast ungespeicherte Änderungen. Speichere mit Strg+S oder drück noch einmal Esc, um ohne Speichern zu gehen.
editor-loaded-theirs = Die Version aus der Datei wurde geladen.
editor-save-before-export = Speichere zuerst (Strg+S), dann exportiere: Geteilt wird die gespeicherte Routine.
editor-conflict = Die Datei wurde außerhalb von Limber geändert (jetzt „{ $name }“, { $count ->
        [one] { $count } Übung
       *[other] { $count } Übungen
    }), während du hier ungespeicherte Änderungen hast.
editor-keep-mine = Meine behalten
editor-take-theirs = Datei übernehmen
editor-has-comments = Diese Datei enthält Kommentare; wenn du hier speicherst, wird sie ohne die Kommentare neu geschrieben.

## Die Liste der Übungen.

editor-section-asks = { $section } · fragt „{ $question }“
editor-move-up = Hoch
editor-move-down = Runter
editor-remove = Entfernen
editor-add = Hinzufügen

## Die Menge einer Übung in der Liste, nach ihrem Namen.

editor-dose-reps = { $reps } Wdh.
editor-dose-until-done = bis fertig
editor-dose-sets = { $work } × { $sets }
editor-dose-both-sides = { $work } · beide Seiten
editor-dose-left = { $work } · links
editor-dose-right = { $work } · rechts
editor-dose-affected = { $work } · betroffene Seite

## Die Felder der ausgewählten Übung (Beschriftungen kurz halten).

editor-move = Übung
editor-move-name = Name
editor-picture = Bild…
editor-no-picture = Keins
editor-kind-hold = Halten
editor-kind-reps = Wiederholungen
editor-kind-open = Bis ich fertig bin
editor-open-explained = Kein Timer: Die Übung endet, wenn du Enter drückst.
editor-hold = Haltezeit
editor-range = Spanne im Programm
editor-reps = Wiederholungen
editor-tempo = Sekunden pro Wdh.
editor-tempo-hint = ein Atemzug
editor-until-done = Nach Ablauf der Zeit auf Enter warten
editor-sets = Sätze
editor-rest = Pause zwischen Sätzen
editor-rest-hint = aus der Routine
editor-sides = Seiten
editor-sides-none = Ohne Seiten
editor-sides-both = Links, dann rechts
editor-sides-left = Nur links
editor-sides-right = Nur rechts
editor-sides-affected = Betroffene Seite
editor-breathing-guide = Atemhilfe
editor-inhale = Einatmen
editor-breath-hold = Luft anhalten
editor-breath-hold-hint = keins
editor-exhale = Ausatmen
editor-mirror = Bild für die linke Seite spiegeln

## Der Dialog „Übung hinzufügen“.

editor-add-title = Übung hinzufügen
editor-add-keys = Aus den Übungen deiner Routinen · ↑↓ auswählen · Enter fügt hinzu · Esc bricht ab

## Eine Routine importieren.

import-title = Routine importieren
import-subtitle = Eine geteilte .limber-Datei oder eine Routinendatei mit ihren Bildern
import-choose = Wähle die Datei im Dialog aus oder zieh sie auf dieses Fenster.
import-no-dialog = Hier gibt es keinen Dateidialog. Zieh die Datei auf dieses Fenster oder gib ihren Pfad ein:
import-path-hint = /home/du/Downloads/routine.limber
import-open = Öffnen
import-choose-file = Datei auswählen…
import-close = Schließen
import-checking = { $file } wird geprüft …
import-summary = { $length } · { $moves ->
        [one] { $moves } Übung
       *[other] { $moves } Übungen
    } · { $pictures ->
        [one] { $pictures } Bild
       *[other] { $pictures } Bilder
    } · aus { $file }
import-add = Importieren
import-will-add = Sie wird als „{ $id }“ zu deinen Routinen hinzugefügt.
import-taken = Du hast schon eine Routine „{ $id }“. Behalte beide (diese wird zu „{ $free }“) oder ersetze deine (sie wird als versteckte Sicherung aufbewahrt).
import-keep-both = Beide behalten
import-replace = Meine ersetzen
import-refused = { $file } kann nicht importiert werden
import-refused-why = Es wurde nichts kopiert. Das stimmt nicht:
import-choose-another = Andere Datei wählen…
import-importing = Wird importiert…
import-done = „{ $name }“ ist jetzt in deiner Bibliothek.
import-saved-as = Gespeichert als { $path }
import-back = Zurück zur Bibliothek
import-failed = Der Import wurde nicht abgeschlossen

## Womit eine neue Routine beginnt.

editor-new-routine-name = Meine Routine
editor-new-routine-description = Meine eigene Routine.
editor-new-move-name = Meine Übung
