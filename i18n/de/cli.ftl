## Die Kommandozeile `limber`: was sie im Terminal ausgibt. „limber:“,
## Befehle und Optionen bleiben, wie sie sind; Tabellenköpfe in Großbuchstaben.

cli-warning = limber: Warnung: { $notice }
cli-window-commands = limber: `play` und `open` öffnen das Fenster; führ sie ohne den Terminal-Unterbefehl aus
cli-service-not-running = Es läuft kein Erinnerungsdienst.
# $seconds: how long it was waited for (10).
cli-service-still-running = Der Erinnerungsdienst hat sich nicht innerhalb von { $seconds } Sekunden beendet; beende ihn über sein Symbol im Infobereich oder in der Prozessverwaltung des Systems.
cli-no-routine = keine Routine namens "{ $id }"; `limber list` zeigt alle vorhandenen
cli-bad-date = `{ $text }` ist kein Datum wie 2025-03-01 (JJJJ-MM-TT)

## `limber list`

cli-list-id = ID
cli-list-time = DAUER
cli-list-name = NAME
cli-list-source = QUELLE
cli-list-bundled = mitgeliefert
cli-list-error = Fehler

## `limber check FILE…`

cli-check-ok = { $file }: ok ({ $moves ->
        [one] { $moves } Übung
       *[other] { $moves } Übungen
    }, { $time })
cli-check-problems = limber: In { $bad } von { $total } Dateien gibt es Probleme

## `limber plan ROUTINE`

cli-plan-start = BEGINN
cli-plan-length = DAUER
cli-plan-step = SCHRITT
cli-plan-section = ── { $name } ──
cli-plan-section-again = ── { $name } (noch einmal) ──
cli-plan-ask = Frage
cli-plan-open = offen
cli-plan-total = Gesamt { $time }

## `limber history`

cli-history-unreadable = limber: kann den Verlauf nicht lesen: { $error }
cli-history-newer = limber: Hinweis: { $count ->
        [one] { $count } Einheit, aufgezeichnet von einer neueren Limber-Version (Formatversion { $version }), wird in { $file } aufbewahrt, aber nicht angezeigt
       *[other] { $count } Einheiten, aufgezeichnet von einer neueren Limber-Version (Formatversion { $version }), werden in { $file } aufbewahrt, aber nicht angezeigt
    }
cli-this-week = Diese Woche: { $planned }.
cli-breaks-today = Bewegungspausen heute: { $breaks }.
cli-history-where = Einheiten werden in { $file } gespeichert
cli-history-date = DATUM
cli-history-start = BEGINN
cli-history-routine = ROUTINE
cli-history-status = STATUS
cli-history-active = AKTIV
cli-history-moves = ÜBUNGEN
cli-history-pain = SCHMERZEN
cli-history-note = NOTIZ
cli-history-done = geschafft
cli-history-stopped = abgebrochen
cli-history-totals = { $sessions ->
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    } · insgesamt { $active } aktiv · aktuelle Serie { $current ->
        [one] { $current } Tag
       *[other] { $current } Tage
    } · Rekord { $best ->
        [one] { $best } Tag
       *[other] { $best } Tage
    }
cli-history-pain-explained = (Schmerzen: { $explanation })

## `limber import`, `limber export`, `limber print`, `limber report`

cli-import-exists =
    limber: Eine Routine "{ $id }" gibt es schon; es wurde nichts importiert.
    Nimm --replace, um sie zu ersetzen (deine Datei wird versteckt als Sicherung aufbewahrt), oder --as NEW-ID, um beide zu behalten.
cli-imported = „{ $name }“ ({ $moves ->
        [one] { $moves } Übung
       *[other] { $moves } Übungen
    }) als { $file } importiert
cli-imported-with-pictures = „{ $name }“ ({ $moves ->
        [one] { $moves } Übung
       *[other] { $moves } Übungen
    }, { $pictures ->
        [one] { $pictures } Bild
       *[other] { $pictures } Bilder
    }) als { $file } importiert
cli-exported = „{ $name }“ und { $pictures ->
        [one] { $pictures } Bild
       *[other] { $pictures } Bilder
    } nach { $file } geschrieben
cli-wrote = { $file } geschrieben

## `limber reminders`

cli-reminders-none =
    Keine Erinnerungen geplant. Füg sie auf der Seite „Erinnerungen“ hinzu oder in settings.ron:
      reminders: [(routine: "sciatica-relief", at: "18:30", days: Daily)],
cli-reminders-paused = Erinnerungen sind bis { $date } um { $time } pausiert.
cli-reminders-when = WANN
cli-reminders-routine = ROUTINE
cli-reminders-status = STATUS
cli-reminders-today-at = heute um { $time }
cli-reminders-date-at = { $date } { $time }
cli-reminders-no-routine = aus: Routine nicht gefunden

## Was aus einer Erinnerung wurde (Spalte STATUS).

cli-reminders-planned = geplant
cli-reminders-due = fällig
cli-reminders-done = gemacht
cli-reminders-shown = angezeigt
cli-reminders-started = gestartet
cli-reminders-snoozed = verschoben
cli-reminders-snoozed-until = verschoben bis { $time }
cli-reminders-skipped = übersprungen
cli-reminders-missed = verpasst

## `limber follow ROUTINE`: eine Routine nach Gehör im Terminal.

follow-cue-log-error = kann das Signalton-Protokoll { $file } nicht schreiben ({ $error })
follow-no-terminal = limber: kann das Terminal nicht einrichten ({ $error })
follow-no-sound = { $notice }. Es geht ohne Ton weiter; der Ton kommt zurück, sobald wieder ein Gerät da ist.
follow-muted-in-settings = Der Ton ist aus (in den Einstellungen stumm geschaltet; m schaltet ihn ein).
follow-warning = Warnung: { $notice }
follow-title = { $name } ({ $id })
follow-title-keys = { $name } ({ $id }) · Leertaste Pause · n/→ überspringen · p/← zurück · r neu starten · + 15 s · Enter fertig · m Ton aus · q beenden
follow-pain-before = Wie stark sind deine Schmerzen gerade?
follow-pain-after = Und wie stark sind deine Schmerzen jetzt?
follow-pain-prompt = { $question } 0–10, Enter zum Überspringen:
follow-pain-number = Bitte eine Zahl von 0 bis 10.
follow-done = Fertig: { $done } von { $moves ->
        [one] { $moves } Übung
       *[other] { $moves } Übungen
    } in { $time }.
follow-stopped = Beendet nach { $time } ({ $done } von { $moves ->
        [one] { $moves } Übung
       *[other] { $moves } Übungen
    } gemacht).
follow-interrupted = Unterbrochen.
follow-rating-not-saved = Der Schmerzwert konnte nicht gespeichert werden: { $error }
follow-speaking-with = Stimme: { $voice }.
follow-kept = In deinem Verlauf gespeichert (limber history zeigt ihn).
follow-not-kept = Diese Einheit konnte nicht in deinem Verlauf gespeichert werden: { $error }
follow-step = [{ $start }] { $step } ({ $length })
follow-step-until-done = [{ $start }] { $step } (bis du fertig bist)
follow-question = { $question } Antworte mit y (ja) oder n (nein).
follow-press-enter = Drück Enter, wenn du fertig bist.
follow-answer-y-or-n = Bitte antworte mit y oder n.
follow-no-answer = Keine Antwort (Ende der Eingabe): Es gilt „{ $answer }“, wie `limber plan` es zeigt. Mit --answer yes|no wählst du selbst.
follow-no-confirm = Niemand da, der bestätigt (Ende der Eingabe): Es geht weiter.
follow-sound-off = Ton aus (m).
follow-sound-on = Ton an.
follow-answered = { $question } { $answer } (--answer)
follow-yes = ja
follow-no = nein

## Die Statuszeile unten im Terminal.

follow-status-waiting = wartet auf deine Antwort (y/n)
follow-status-overtime = +{ $overtime } · Enter, wenn du fertig bist
follow-status-left = noch { $time }
follow-status-rep = Wiederholung { $rep } von { $reps }
follow-status-breathe-in = einatmen
follow-status-hold = halten
follow-status-breathe-out = ausatmen
follow-status-paused = PAUSIERT (Leertaste)
follow-status-muted = stumm
follow-status-no-sound = kein Ton
