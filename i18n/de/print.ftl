# Die gedruckten Seiten (PDF): das Übungsblatt einer Routine und der
# Fortschrittsbericht für Physiotherapie oder Arztpraxis.

## Datumsmuster: chrono-Codes (siehe en/print.ftl).

print-date = %-d. %B %Y
report-date = %-d. %b %Y
report-day = %-d. %b
report-note-date = %a., %-d. %b

## Beide Arten von Seiten.

print-page = Seite { $page } von { $pages }
print-layout-failed = Seite { $page } lässt sich nicht anordnen: { $reason }

## Das Übungsblatt einer Routine.

print-meta = Etwa { $time } · { $moves ->
        [one] { $moves } Übung
       *[other] { $moves } Übungen
    } · gedruckt am { $date } mit Limber
print-safety = Sicherheit
print-safety-stop = Hör auf und hol dir ärztliche Hilfe, wenn eines davon auftritt:

print-seconds = { $seconds } s
print-minutes = { $minutes } min
print-minutes-seconds = { $minutes } min { $seconds } s

print-dose = { $work ->
        [hold] { $time } halten
        [reps] { $reps ->
            [one] { $reps } Wiederholung
           *[other] { $reps } Wiederholungen
        }
       *[open] So lange du brauchst
    }{ $sets ->
        [1] {""}
       *[other] { $work ->
            [reps] , { $sets } Sätze
           *[other] , { $sets } Durchgänge
        }
    }{ $side ->
        [both] , je Seite
        [left] , nur links
        [right] , nur rechts
        [affected] , nur auf der betroffenen Seite
       *[none] {""}
    }{ $until ->
        [yes] , danach weiter, bis du fertig bist
       *[no] {""}
    }

## Kleinere Schrift unter der Menge: Spanne im Programm und Atemrhythmus.

print-range-seconds = Laut Programm: { $min }–{ $max } s
print-range-time = Laut Programm: { $min }–{ $max }
print-range-reps = Laut Programm: { $min }–{ $max } Wiederholungen
print-breath = Einatmen { $inhale }, ausatmen { $exhale }
print-breath-hold = Einatmen { $inhale }, Luft anhalten { $hold }, ausatmen { $exhale }
print-caution = Vorsicht: { $text }

print-picture-start = Anfang
print-picture-then = Danach
print-picture-left = Linke Seite
print-picture-right = Rechte Seite
print-picture-missing = Bild fehlt

## Der Schmerz-Check mit Kästchen zum Ankreuzen.

print-pain-check = SCHMERZ-CHECK
print-yes = Ja
print-no = Nein
print-gate-answers = Ja: { $yes }. Nein: { $no }.
print-gate-run = „{ $section }“ machen
print-gate-skip = „{ $section }“ auslassen
print-gate-repeat = stattdessen „{ $section }“ noch einmal machen
print-gate-run-unnamed = diesen Teil machen
print-gate-skip-unnamed = diesen Teil auslassen
print-gate-repeat-unnamed = stattdessen diesen Teil noch einmal machen

## Die Tabelle zum Ausfüllen von Hand.

print-log = Dein Übungsprotokoll
print-log-date = Datum
print-log-pain-before = Schmerz vorher (0–10)
print-log-pain-after = Schmerz danach (0–10)
print-log-notes = Notizen

## Der Fortschrittsbericht.

report-title = Fortschrittsbericht
report-period = Einheiten vom { $from } bis zum { $to } ({ $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }), aufgezeichnet von Limber
report-no-sessions = In diesem Zeitraum wurden keine Einheiten aufgezeichnet.

## Vier Kästen mit Zahlen.

report-sessions = Einheiten
report-sessions-detail = { $finished } geschafft, { $stopped } abgebrochen
report-active = Aktive Zeit
report-active-detail = etwa { $minutes } min pro Woche
report-days = Tage mit Einheit
report-days-detail = von { $days } Tagen
report-pain = Schmerz nach der Einheit
report-pain-none = nicht bewertet
report-pain-change = { $earlier } → { $later }
report-pain-detail-none = keine Werte im Zeitraum
report-pain-detail-one = ein Wert (0–10)
report-pain-detail = früher → später, { $count } Werte

report-routines = Routinen: { $list }
report-reminders = Erinnerungen: { $done } von { $planned } geplanten Einheiten gemacht
report-reminders-skipped = Erinnerungen: { $done } von { $planned } geplanten Einheiten gemacht ({ $skipped } übersprungen)
report-reminders-missed = Erinnerungen: { $done } von { $planned } geplanten Einheiten gemacht ({ $missed } verpasst)
report-reminders-skipped-missed = Erinnerungen: { $done } von { $planned } geplanten Einheiten gemacht ({ $skipped } übersprungen, { $missed } verpasst)

## Diagramme.

report-minutes-chart = Aktive Minuten pro Woche
report-pain-chart = Schmerzen vor und nach jeder Einheit (0 = keine, 10 = die schlimmsten)
report-pain-chart-empty = Keine Einheit in diesem Zeitraum hat einen Schmerzwert. Schalte in den Einstellungen von Limber „Nach Schmerzwerten fragen“ ein, um sie hier zu sehen.
report-before = Vorher
report-after = Nachher

## Listen.

report-skipped = Am häufigsten übersprungene Übungen
report-skipped-none = Keine Übung wurde übersprungen.
report-skipped-move = { $move }: { $skipped } von { $total } Mal übersprungen
report-answers = Antworten beim Schmerz-Check
report-answers-none = In diesem Zeitraum wurde keine Frage gestellt.
report-answer = { $question } Ja: { $yes } Mal, Nein: { $no } Mal.
report-answer-days = { $question } Ja: { $yes } Mal, Nein: { $no } Mal. Ja am { $days }.
report-notes = Notizen
report-notes-none = Keine Notizen in diesem Zeitraum.
report-note-head = { $date } · { $routine }
report-note-head-pain = { $date } · { $routine } · Schmerzen { $before } → { $after }
report-note-head-before = { $date } · { $routine } · Schmerzen vorher { $before }
report-note-head-after = { $date } · { $routine } · Schmerzen nachher { $after }
