# Die Seite „Erinnerungen“: geplante Routinen, die kommende Woche,
# Bewegungspausen und der Erinnerungsdienst.

reminders-title = Erinnerungen
reminders-keys = ↑ ↓ auswählen · ← → ändern · Entf entfernen · wird sofort gespeichert
reminders-none-yet = Noch keine Erinnerungen. Füg eine hinzu, dann erinnert dich Limber zu dieser Zeit mit einer Benachrichtigung, aus der du die Routine starten kannst.
reminders-add = Erinnerung hinzufügen
reminders-back = Zurück
reminders-remove = Entfernen
reminders-no-such-routine = { $id } (Routine nicht gefunden)

## An welchen Tagen (kurz halten).

reminders-every-day = Jeden Tag
reminders-weekdays = Wochentags
reminders-weekends = Am Wochenende

## Tage (2–3 Buchstaben).

reminders-day-mon = Mo
reminders-day-tue = Di
reminders-day-wed = Mi
reminders-day-thu = Do
reminders-day-fri = Fr
reminders-day-sat = Sa
reminders-day-sun = So

## Die kommende Woche (klein geschrieben, kurz).

reminders-coming-week = Die kommende Woche
reminders-nothing-planned = Nichts geplant.
reminders-outcome-done = gemacht
reminders-outcome-snoozed = verschoben
reminders-outcome-skipped = übersprungen
reminders-outcome-missed = verpasst
reminders-outcome-reminded = erinnert
reminders-this-week = Diese Woche bisher: { $sessions }.

## Der Erinnerungsdienst.

reminders-service-starts = Der Erinnerungsdienst startet, wenn du eine Erinnerung hinzufügst.
reminders-service-running = Der Erinnerungsdienst läuft.
reminders-service-stopped = Der Erinnerungsdienst läuft nicht; er startet mit Limber oder bei der Anmeldung (Einstellungen).
reminders-paused-until = Pausiert bis { $when }.
reminders-resume = Fortsetzen
reminders-pause-hour = 1 Stunde pausieren
reminders-pause-tomorrow = Bis morgen pausieren

## Bewegungspausen: Pausen vom Sitzen am Computer.

breaks-title = Bewegungspausen
breaks-on = An
breaks-off = Aus
breaks-off-explained = Sitzen verschlimmert Ischias. Schalte die Pausen ein, dann bietet dir Limber nach jeder längeren Arbeitsphase am Computer die Schreibtischpause an; Zeit weg von der Tastatur zählt als Pause.

## Zwei Sätze um Wertfelder herum ([ ]):
##   Nach [45 min] Sitzen; Abwesenheit ab [5 min] ist eine Pause
##   Anbieten: [Schreibtischpause] von [09:00] bis [17:30]

breaks-sentence-after = Nach
breaks-sentence-away = Sitzen; Abwesenheit ab
breaks-sentence-is-a-break = ist eine Pause
breaks-sentence-offer = Anbieten:
breaks-sentence-from = von
breaks-sentence-to = bis

## Zeitdauern in den Wertfeldern (kurz).

breaks-seconds = { $seconds } s
breaks-minutes = { $minutes } min
breaks-hours = { $hours } h
breaks-hours-minutes = { $hours } h { $minutes } min

## Unter den Einstellungen.

breaks-activity-source = Die Aktivität wird hierüber erkannt: { $source }. Zeit ohne Tastatur und Maus zählt nicht als Sitzen.
breaks-activity-unseen = Die Aktivität lässt sich hier nicht erkennen ({ $why }), daher zählen die Pausen einfach die verstrichene Zeit.
breaks-today = Heute: { $breaks }.
breaks-paused-until = Bewegungspausen ausgesetzt bis { $when }.
breaks-resume = Pausen wieder einschalten
breaks-pause-hour = Pausen 1 Stunde aussetzen
breaks-pause-tomorrow = Bis morgen
