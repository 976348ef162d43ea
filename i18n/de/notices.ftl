## Benachrichtigungen, das Symbol im Infobereich und der Erinnerungsdienst
## im Hintergrund (`limber background`).

## Erinnerungen.

notice-reminder-title = Zeit für { $name } · { $minutes } min
notice-reminder-title-id = Zeit für { $id }
notice-action-start = Starten
notice-action-snooze = In 10 Minuten
notice-action-skip-today = Heute überspringen
notice-planned-sessions = { $done } von { $planned ->
        [one] { $planned } geplanten Einheit
       *[other] { $planned } geplanten Einheiten
    }

## Bewegungspausen.

notice-break-title = Zeit aufzustehen · { $minutes } min gesessen
notice-break-body = Ein paar Minuten auf den Beinen: die Schreibtischpause oder ein kleiner Spaziergang.
notice-break-action-start = Schreibtischpause starten
notice-break-action-snooze = In 5 Minuten
notice-break-action-skip = Auslassen
notice-breaks-day = { $offered } angeboten, { $taken } gemacht, { $snoozed } verschoben, { $skipped } ausgelassen
notice-breaks-day-sitting = { $offered } angeboten, { $taken } gemacht, { $snoozed } verschoben, { $skipped } ausgelassen; im Schnitt { $minutes } min Sitzen zwischen den Pausen

## Fehler in den Pauseneinstellungen (settings.ron).

notice-breaks-every-range = Pausen kommen nach 1m bis 4h Sitzen, nicht alle { $every }
notice-breaks-away-least = Zeit weg vom Computer, die als Pause zählt, ist mindestens 30s, nicht { $away }
notice-breaks-bad-hours = "{ $text }" ist keine Zeitspanne; schreib sie wie "09:00-17:30"
notice-breaks-hours-backwards = Die Zeitspanne "{ $text }" endet, bevor sie beginnt; schreib die frühere Uhrzeit zuerst (eine Spanne über Mitternacht hinaus geht nicht)

## Das Menü des Symbols im Infobereich.

tray-start-routine = Routine starten
tray-resume-reminders = Erinnerungen fortsetzen
tray-pause-reminders-hour = Erinnerungen 1 Stunde pausieren
tray-pause-reminders-tomorrow = Erinnerungen bis morgen pausieren
tray-resume-breaks = Bewegungspausen wieder einschalten
tray-pause-breaks-hour = Bewegungspausen 1 Stunde aussetzen
tray-pause-breaks-tomorrow = Bewegungspausen bis morgen aussetzen
tray-open-limber = Limber öffnen
tray-quit = Beenden
tray-no-reminders = Keine Erinnerungen geplant
tray-none-this-week = Keine Erinnerung in der kommenden Woche
tray-next-routine = Als Nächstes: { $name }, { $when }
tray-next = Als Nächstes: { $when }
tray-reminders-paused = Erinnerungen pausiert bis { $when }
tray-breaks-paused = Bewegungspausen ausgesetzt bis { $when }
tray-today-at = heute um { $time }
tray-tomorrow-at = morgen um { $time }
tray-day-at = { $day } um { $time }

## Der Erinnerungsdienst, in seinem Terminal oder Protokoll.

notice-service-already-running = Der Erinnerungsdienst von Limber läuft bereits.
notice-service-running = Der Erinnerungsdienst von Limber läuft.
notice-service-cannot-watch = Der Einstellungsordner kann nicht beobachtet werden: Geänderte Einstellungen gelten erst, wenn der Erinnerungsdienst neu startet, und `limber background --quit` erreicht ihn nicht (beende ihn über sein Symbol im Infobereich oder in der Prozessverwaltung des Systems).
notice-service-stopped = Der Erinnerungsdienst von Limber wurde beendet.
notice-service-cannot-start = limber: kann den Erinnerungsdienst nicht starten: { $error }
notice-warning = Warnung: { $notice }
notice-ledger-unreadable = kann das Erinnerungsprotokoll nicht lesen: { $error }
notice-ledger-unwritable = kann das Erinnerungsprotokoll nicht führen: { $error }
notice-history-unreadable = kann den Verlauf nicht lesen: { $error }
notice-reminder-no-routine = die Erinnerung für "{ $id }" um { $time } ist aus: Diese Routine gibt es nicht (`limber list` zeigt alle Routinen)
notice-cannot-pause-reminders = kann die Erinnerungen nicht pausieren: { $error }
notice-window-unreachable = kann das offene Fenster nicht erreichen: { $error }
notice-window-cannot-open = kann das Fenster von Limber nicht öffnen: { $error }
notice-breaks-no-notifications = keine Benachrichtigungen: Bewegungspausen können nicht angeboten werden
notice-cannot-pause-breaks = kann die Bewegungspausen nicht aussetzen: { $error }
notice-breaks-ledger-unwritable = kann das Pausenprotokoll nicht führen: { $error }
notice-breaks-no-routine = Bewegungspausen: Es gibt keine Routine "{ $id }" (`limber list` zeigt alle Routinen); „Schreibtischpause starten“ wird sie nicht finden
notice-breaks-clock-time = { $missing }; Bewegungspausen zählen die verstrichene Zeit

## Was dem Desktop fehlt, einmal beim Start des Dienstes gesagt.

notice-desk-no-buttons = der Benachrichtigungsserver zeigt keine Knöpfe: Starte eine Routine, an die du erinnert wirst, über das Symbol im Infobereich oder über das Fenster
notice-desk-no-notifications = { $missing }; zur Zeit einer Erinnerung öffnet sich stattdessen das Fenster von Limber
notice-desk-no-tray = { $missing } (der Desktop zeigt keins); Erinnerungen funktionieren auch ohne
notice-desk-no-bus = { $missing }: keine Benachrichtigungen und kein Symbol im Infobereich; zur Zeit einer Erinnerung öffnet sich stattdessen das Fenster von Limber
notice-server-silent = der Benachrichtigungsserver hat nicht geantwortet
notice-notifications-turned-off = Benachrichtigungen sind für Limber in den Systemeinstellungen ausgeschaltet
notice-notifications-need-app = macOS zeigt Benachrichtigungen nur für Limber.app, und dies ist das bloße Programm
notice-tray-thread-gone = der Thread des Symbols im Infobereich wurde beendet
notice-no-server = kein Benachrichtigungsserver ({ $error })
notice-no-answer = keine Antwort
notice-unsupported-system = dieses System wird nicht unterstützt

## Den Bildschirm während einer Routine wach halten.

notice-awake-reason = Eine Übungsroutine läuft
notice-awake-assertion = Limber: Eine Übungsroutine läuft
notice-awake-no-service = kein Desktop-Portal ({ $portal }) und kein Bildschirmschoner-Dienst ({ $screensaver })
notice-awake-windows-refused = Windows hat die Anfrage abgelehnt
notice-awake-macos-refused = macOS hat die Anfrage abgelehnt, den Bildschirm wach zu halten ({ $status })

## Leerlaufzeit (für Bewegungspausen): warum sie nicht gelesen werden kann.

notice-idle-no-extension = X11: Der Server hat keine MIT-SCREEN-SAVER-Erweiterung
notice-idle-wayland-session = X11: eine Wayland-Sitzung (XWayland sieht nur die Eingaben in seinen eigenen Fenstern)
notice-idle-no-display = X11: kein DISPLAY
notice-idle-no-source = keine Quelle für die Leerlaufzeit auf diesem System
notice-idle-logind-unset = die Arbeitsumgebung pflegt loginds Leerlauf-Hinweis nicht

idle-source-x11 = Bildschirmschoner-Erweiterung von X11
idle-source-wayland-ext = Leerlaufmeldungen des Compositors (ext-idle-notify-v1)
idle-source-wayland-kde = Leerlaufmeldungen des Compositors (KDE-Idle-Protokoll)
idle-source-gnome = Leerlaufüberwachung von GNOME
idle-source-logind = Leerlaufhinweis von logind
idle-source-windows = Eingabe-Timer von Windows (GetLastInputInfo)
idle-source-macos = CoreGraphics-Ereignisquelle
idle-source-none = keine

idle-wayland-no-variable = kein { $name }
idle-wayland-no-seat = der Compositor hat keinen Seat
idle-wayland-no-protocol = der Compositor bietet weder ext-idle-notify-v1 noch das Idle-Protokoll von KDE
idle-wayland-connection-ended = die Verbindung zum Compositor ist abgebrochen: { $reason }
idle-windows-failed = GetLastInputInfo ist fehlgeschlagen

## Wochentage und Auswahl von Tagen, für Erinnerungen und Pausen.

days-daily = täglich
days-weekdays = wochentags
days-weekends = am Wochenende
days-list-separator = {", "}
days-mon = Mo
days-tue = Di
days-wed = Mi
days-thu = Do
days-fri = Fr
days-sat = Sa
days-sun = So
days-month-jan = Jan.
days-month-feb = Feb.
days-month-mar = März
days-month-apr = Apr.
days-month-may = Mai
days-month-jun = Juni
days-month-jul = Juli
days-month-aug = Aug.
days-month-sep = Sept.
days-month-oct = Okt.
days-month-nov = Nov.
days-month-dec = Dez.
days-date = { $weekday }., { $day }. { $month }

## Fehler in den Erinnerungseinstellungen (settings.ron). Daily, Weekdays,
## Weekends, Mon…Sun und die Beispiele bleiben englisch.

days-unknown-day = { $error }; schreib die Tage als Mon, Tue, Wed, Thu, Fri, Sat oder Sun
days-empty-list = die Liste der Tage ist leer; nenne mindestens einen, etwa [Mon]
days-unknown-choice = "{ $name }" ist keine Auswahl von Tagen; schreib Daily, Weekdays, Weekends oder eine Liste wie [Mon, Wed]
days-bad-time = "{ $text }" ist keine Uhrzeit; schreib sie wie "18:30"
days-time-out-of-range = "{ $text }" ist keine Uhrzeit: Stunden gehen von 00 bis 23, Minuten von 00 bis 59

## Ein fehlender Desktop-Dienst.
desktop-cannot-use = kann { $what } nicht verwenden: { $why }
desktop-session-bus = den Sitzungsbus
desktop-notifications = Desktop-Benachrichtigungen
desktop-keep-awake = das Wachhalten des Bildschirms
desktop-idle-time = die Leerlaufzeit
desktop-tray = ein Symbol im Infobereich
