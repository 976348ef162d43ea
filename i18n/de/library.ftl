# Die Bibliothek: die erste Seite, eine Karte pro Routine.

## Knöpfe. Kurz halten.
library-edit = Bearbeiten
library-new = Neue Routine
library-import = Importieren…
library-history = Verlauf
library-reminders = Erinnerungen
library-between = Zwischen den Einheiten
library-settings = Einstellungen
library-safety = Sicherheit
library-choose = Wähle eine Routine · Pfeiltasten zum Wechseln, Enter zum Starten
library-your-version = Deine Version
library-your-routine = Deine Routine
library-card-line = { $count ->
    [one] { $time } · { $count } Übung
   *[other] { $time } · { $count } Übungen
}
library-card-line-source = { $count ->
    [one] { $time } · { $count } Übung · { $source }
   *[other] { $time } · { $count } Übungen · { $source }
}
library-mistake-last-good = Die Datei hat jetzt einen Fehler; die letzte funktionierende Version wird verwendet:
library-mistake = Diese Datei hat einen Fehler und kann erst verwendet werden, wenn er behoben ist:
