# Die Seite „Verlauf“. Datumsmuster: chrono-Codes (siehe en/history.ftl).

history-title = Verlauf
history-loading = Dein Verlauf wird geladen…

## Knöpfe oben.

history-report = Fortschrittsbericht
history-report-short = Bericht
history-export-csv = CSV exportieren
history-export-json = JSON exportieren
history-to-library = Bibliothek

## Wie der letzte Export gelaufen ist.

history-exporting = Export als { $format }…
history-exported = ✓ Als { $format } gespeichert: { $path }
history-export-failed = Export fehlgeschlagen: { $error }
history-reporting = Bericht wird erstellt…
history-reported = ✓ Bericht gespeichert: { $path }
history-report-failed = Der Bericht konnte nicht erstellt werden: { $error }

## Die Zusammenfassung unter dem Titel.

history-overview-none = Noch keine Einheiten aufgezeichnet
history-overview-none-recent = Keine Einheiten in den letzten { $weeks } Wochen · die letzte war am { $date }
history-overview-recent = { $count ->
    [one] { $count } Einheit in den letzten { $weeks } Wochen
   *[other] { $count } Einheiten in den letzten { $weeks } Wochen
}
history-overview-pain-after = Schmerzen nach einer Einheit im Schnitt { $earlier } → { $recent }
history-overview-pain-before = Schmerzen vor einer Einheit im Schnitt { $earlier } → { $recent }
history-pain-average = { $pain }
history-pain-compared = { $count ->
    [one] deine erste bewertete Einheit im Vergleich zu deiner letzten
   *[other] deine ersten { $count } bewerteten Einheiten im Vergleich zu deinen letzten { $count }
}
history-pain-explained = Schmerzen: { $explanation }
history-totals = { $count ->
    [one] { $count } Einheit und { $time } insgesamt
   *[other] { $count } Einheiten und { $time } insgesamt
}
history-minutes = { $minutes } min
history-hours-minutes = { $hours } h { $minutes } min

## Probleme mit der Datei.

history-damaged-lines = { $count ->
    [one] { $count } beschädigte Zeile in der Verlaufsdatei wurde übersprungen (Zeile { $lines }).
   *[other] { $count } beschädigte Zeilen in der Verlaufsdatei wurden übersprungen (Zeilen { $lines }).
}
history-newer-records = { $count ->
    [one] { $count } Eintrag von einer neueren Limber-Version wurde aufbewahrt, aber nicht angezeigt.
   *[other] { $count } Einträge von einer neueren Limber-Version wurden aufbewahrt, aber nicht angezeigt.
}
history-line-not-utf8 = übersprungen: kein UTF-8-Text
history-line-unreadable = übersprungen, kein lesbarer Eintrag einer Einheit: { $reason }
history-line-version = übersprungen: Formatversion { $version } kann diese Limber-Version nicht lesen
history-line-no-version = übersprungen: der Eintrag hat keine Formatversion, die diese Limber-Version lesen kann

## Die Verlaufsdatei konnte gar nicht gelesen werden.

history-unreadable = Dein Verlauf konnte nicht gelesen werden
history-unreadable-help = An der Datei wurde nichts geändert. Prüf, ob sie gelesen werden kann, und öffne dann den Verlauf noch einmal.

## Die Zahlen in den Kacheln (kurz halten).

history-streak-current = Aktuelle Serie
history-streak-best = Beste Serie
history-streak-days = { $count ->
    [one] Tag
   *[other] Tage
}
history-this-week = Diese Woche
history-this-week-unit = { $count ->
    [one] min · { $count } Einheit
   *[other] min · { $count } Einheiten
}
history-planned = Diese Woche geplant
history-planned-value = { $done } von { $planned }
history-planned-unit = Einheiten gemacht

## Der Kalender der Tage mit Einheiten.

history-calendar-title = Tage, an denen du geübt hast
history-heat-less = Weniger
history-heat-more = Mehr
history-heat-none = keine Einheit
history-heat-under-10 = unter 10 min
history-heat-10-19 = 10–19 min
history-heat-20-29 = 20–29 min
history-heat-30-more = 30 min oder mehr
history-calendar-weekday = %a
history-calendar-month = %b
history-calendar-month-year = %b %Y

## Die Diagramme.

history-minutes-title = Minuten pro Woche
history-bars-this-week = diese Woche
history-pain-title = Schmerzen, 0–10
history-pain-before = vorher
history-pain-after = nachher
history-pain-none = Keine Schmerzwerte in diesen Wochen. Limber fragt vor und nach einer Einheit danach, wenn „Nach Schmerzwerten fragen“ in den Einstellungen an ist.
history-date-short = %-d. %b

## Das kleine Fenster.

history-small-figures = Serie { $current } { $current ->
    [one] Tag
   *[other] Tage
} · Rekord { $best } { $best ->
    [one] Tag
   *[other] Tage
} · diese Woche { $minutes } min
history-small-breaks = Pausen heute: { $taken } von { $offered } gemacht
history-small-hint = Ein größeres Fenster zeigt den Kalender und die Diagramme.

## Bewegungspausen: eine kleine Tabelle der letzten Tage.

history-breaks-title = Bewegungspausen
history-breaks-sitting-explained = Sitzen: im Schnitt zwischen den Pausen
history-breaks-offered = angeboten
history-breaks-taken = gemacht
history-breaks-snoozed = verschoben
history-breaks-skipped = ausgelassen
history-breaks-sitting = Sitzen

## Wann eine Einheit war.

history-today = Heute
history-yesterday = Gestern
history-when = { $day } · { $time }
history-date-weekday = %A
history-date-this-year = %a., %-d. %b
history-date-other-year = %a., %-d. %b %Y
history-date-long = %-d. %B %Y

## Die Liste der Einheiten.

history-sessions-title = Einheiten
history-sessions-count = { $count ->
    [one] { $count } Einheit · ↑ ↓ zum Blättern
   *[other] { $count } Einheiten · ↑ ↓ zum Blättern
}
history-show-older = { $count ->
    [one] { $count } ältere Einheit zeigen
   *[other] { $count } ältere Einheiten zeigen
}
history-first-session = Deine erste Einheit: { $date }
history-row-pain = Schmerzen { $before } → { $after }
history-row-pain-before = Schmerzen vorher { $before }
history-row-pain-after = Schmerzen nachher { $after }
history-row-active = { $time } aktiv
history-row-completed = Abgeschlossen
history-row-stopped = Vorzeitig beendet
history-row-done = { $count } gemacht
history-row-skipped = { $count } übersprungen
history-row-not-reached = { $count } nicht erreicht
history-row-note = „{ $note }“
history-move-done = gemacht
history-move-skipped = übersprungen
history-move-not-reached = nicht erreicht
history-answer-yes = Ja
history-answer-no = Nein

## Noch keine Einheiten.

history-empty-title = Hier erscheinen deine Einheiten
history-empty-intro = Jedes Mal, wenn du eine Routine zu Ende bringst oder mittendrin beendest, speichert Limber das auf diesem Computer. Hier siehst du dann:
history-empty-calendar = Einen Kalender der Tage, an denen du geübt hast, mit deiner aktuellen und deiner besten Serie
history-empty-minutes = Minuten pro Woche, damit du siehst, wie die Routine zur Gewohnheit wird
history-empty-pain = Deine Schmerzen vor und nach jeder Einheit über die Wochen, wenn du sie bewertest
history-empty-sessions = Jede Einheit: ihre Übungen, was du übersprungen hast, deine Antworten und Notizen
history-empty-export = Du kannst alles jederzeit als CSV oder JSON exportieren.
history-empty-choose = Routine auswählen
