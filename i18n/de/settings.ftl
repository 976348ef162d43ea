# Die Einstellungsseite (Werte passen in ein Feld von etwa 230 Pixeln).

settings-title = Einstellungen
settings-keys = ↑ ↓ auswählen · ← → ändern · wird sofort gespeichert
settings-saved-in = Gespeichert in { $file }

## Knöpfe unten.

settings-open-routines = Meinen Routinen-Ordner öffnen
settings-open-file = Einstellungsdatei öffnen
settings-try-voice = Stimme testen
settings-back = Zurück

## Namen der Zeilen und ihre Hilfezeilen.

settings-affected-side = Betroffene Seite
settings-affected-side-help = Die Seite, die schmerzt. Übungen, die für die betroffene Seite markiert sind, nutzen sie, und sie bekommt die Zusätze unten.
settings-extra-reps = Zusätzliche Wiederholungen auf dieser Seite
settings-extra-reps-help = Kommt bei Wiederholungsübungen auf deiner betroffenen Seite dazu.
settings-extra-time = Zusätzliche Haltezeit auf dieser Seite
settings-extra-time-help = Kommt beim Halten auf deiner betroffenen Seite dazu.
settings-prepare = Vorbereitungszeit
settings-prepare-help = Der Countdown vor jeder Übung. Hier eingestellt, gilt er für jede Routine.
settings-rest = Pause zwischen Sätzen
settings-rest-after = Pause zwischen Übungen
settings-switch = Pause zum Seitenwechsel
settings-pause-help = Gilt für Routinen, die keine eigene festlegen.
settings-breathing-guide = Atemhilfe
settings-breathing-guide-help = Der Kreis, der beim Einatmen wächst und beim Ausatmen schrumpft.
settings-ask-pain = Nach Schmerzwerten fragen
settings-ask-pain-help = Eine Bewertung von 0–10 vor und nach jeder Einheit, gespeichert in deinem Verlauf.
settings-progression = Haltezeiten steigern
settings-progression-help = Nach schmerzfreien Einheiten längere Haltezeiten anbieten, im Rahmen des Programms.
settings-progression-step = Schrittgröße
settings-progression-step-help = Um wie viel eine Haltezeit jedes Mal länger wird.
settings-progression-after = Nach schmerzfreien Einheiten
settings-progression-after-help = Schmerzfreie Einheiten in Folge, bevor eine Steigerung angeboten wird.
settings-language = Sprache
settings-language-help = Die Sprache des Fensters, der Kommandozeile und der Stimme.
settings-theme = Erscheinungsbild
settings-theme-help = Wie das System, oder immer hell oder dunkel.
settings-renderer = Darstellung
settings-renderer-help = Software schont jeden Laptop; GPU kann auf großen Bildschirmen mit gutem Grafiktreiber helfen. Gilt ab dem nächsten Start.
settings-keep-awake = Bildschirm wach halten
settings-keep-awake-help = Während eine Routine läuft, wird der Bildschirm nicht dunkel und nicht gesperrt (ist sie pausiert, kann das passieren).
settings-start-at-login = Limber bei der Anmeldung starten
settings-start-at-login-help = Startet den Erinnerungsdienst, wenn du dich anmeldest, mit seinem Symbol im Infobereich, wo der Desktop einen hat.
settings-volume = Lautstärke
settings-volume-help = Wie laut die Signaltöne sind. P spielt einen zum Testen ab (wenn der Ton an ist).
settings-muted = Ton
settings-muted-help = Alle Signaltöne an oder aus (M während einer Routine).
autostart-name = Limber-Erinnerungen
autostart-comment = Erinnert dich an die Routinen, die du geplant hast

## Eine Zeile pro Signalton, jeweils an oder aus.

settings-cue-start = Signalton: Übungsbeginn
settings-cue-tick = Signalton: letzte 3 Sekunden
settings-cue-halfway = Signalton: Halbzeit
settings-cue-switch = Signalton: Seitenwechsel
settings-cue-rest = Signalton: Pause
settings-cue-set-done = Signalton: Satz fertig
settings-cue-complete = Signalton: Routine geschafft
settings-cue-attention = Signalton: wartet auf dich
settings-cue-help = P spielt ihn ab. In der Einstellungsdatei kann deine eigene WAV- oder OGG-Datei ihn ersetzen.
settings-breath-tones = Atemtöne
settings-breath-tones-help = Ein sanft steigender Ton beim Einatmen, ein fallender beim Ausatmen.

## Die Stimme, die sagt, was als Nächstes kommt.

settings-voice = Stimme
settings-voice-help = Sagt nach jedem Signalton, was als Nächstes kommt: Übung, Seite und Zeit, Pausen, Fragen. T testet sie.
settings-voice-name = Welche Stimme
settings-voice-name-help = Die deutschen Stimmen des Systems. T testet sie.
settings-voice-speed = Sprechtempo
settings-voice-speed-help = Wie schnell die Stimme spricht. T testet sie.
settings-voice-volume = Lautstärke der Stimme
settings-voice-volume-help = Wie laut die Stimme im Vergleich zu den Signaltönen ist. T testet sie.
settings-voice-reps = Wiederholungen laut zählen
settings-voice-reps-help = „1“, „2“, „3“… zu Beginn jeder Wiederholung.
settings-voice-breathing = Atemwörter sprechen
settings-voice-breathing-help = „Einatmen“, „Heben“… bei jedem Atemzug, statt der Atemtöne.

## Werte (kurz halten).

settings-on = An
settings-off = Aus
settings-side-left = Links
settings-side-right = Rechts
settings-side-not-set = Nicht festgelegt
settings-seconds = { $seconds } s
settings-plus-seconds = +{ $seconds } s
settings-prepare-unset = Wie in der Routine
settings-rest-unset = 15 s (Standard)
settings-rest-after-unset = Keine (Standard)
settings-switch-unset = 5 s (Standard)
settings-sessions = { $count ->
    [one] { $count } Einheit
   *[other] { $count } Einheiten
}
settings-language-system = System ({ $language })
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-renderer-software = Software
settings-renderer-gpu = GPU
settings-percent = { $percent } %
settings-muted-on = Stumm
settings-voice-default = Standard
settings-words-per-minute = { $count } Wörter/min
settings-percent-of-chimes = { $percent } % der Signaltöne
