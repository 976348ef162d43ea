## Notifications, the tray icon and the background reminder service
## (`limber background`). Lines starting "limber:" are printed by the
## service in a terminal or its log; "limber" is the program's name.

## Reminder notifications.

# The notification's title. $name: the routine's name; $minutes: its length.
notice-reminder-title = Time for { $name } · { $minutes } min
# The same when the routine's name cannot be found; $id: the routine's id.
notice-reminder-title-id = Time for { $id }
# Buttons of a reminder notification; keep them short.
notice-action-start = Start
notice-action-snooze = In 10 minutes
notice-action-skip-today = Skip today
# "5 of 6 planned sessions": reminders that came against routines done.
notice-planned-sessions = { $done } of { $planned ->
        [one] { $planned } planned session
       *[other] { $planned } planned sessions
    }

## Movement break notifications.

# The title; $minutes: time sat since the last break.
notice-break-title = Time to stand up · { $minutes } min sitting
notice-break-body = A few minutes on your feet: the desk break, or a walk.
# Buttons of a break notification; keep them short.
notice-break-action-start = Start desk break
notice-break-action-snooze = In 5 minutes
notice-break-action-skip = Skip
# A day of breaks, in the history.
notice-breaks-day = { $offered } offered, { $taken } taken, { $snoozed } snoozed, { $skipped } skipped
# The same with the average time sat between breaks ($minutes).
notice-breaks-day-sitting = { $offered } offered, { $taken } taken, { $snoozed } snoozed, { $skipped } skipped; { $minutes } min sitting between breaks on average

## Mistakes in the breaks settings (settings.ron). Keep the examples in
## quotes ("45m", "09:00-17:30") as they are: that is how they are written.

# $every: what was written, e.g. "30s".
notice-breaks-every-range = breaks come every 1m to 4h of sitting, not every { $every }
# $away: what was written, e.g. "10s".
notice-breaks-away-least = time away that counts as a break is at least 30s, not { $away }
# $text: what was written.
notice-breaks-bad-hours = "{ $text }" is not a span of hours; write it like "09:00-17:30"
notice-breaks-hours-backwards = hours "{ $text }" end before they start; write the earlier time first (a span past midnight is not supported)

## The tray icon's menu.

tray-start-routine = Start a routine
tray-resume-reminders = Resume reminders
tray-pause-reminders-hour = Pause reminders for 1 hour
tray-pause-reminders-tomorrow = Pause reminders until tomorrow
tray-resume-breaks = Resume breaks
tray-pause-breaks-hour = Pause breaks for 1 hour
tray-pause-breaks-tomorrow = Pause breaks until tomorrow
tray-open-limber = Open Limber
tray-quit = Quit
# The menu's first line when no reminder is planned.
tray-no-reminders = No reminders planned
tray-none-this-week = No reminder in the coming week
# $name: the routine's name; $when: e.g. "today at 18:30".
tray-next-routine = Next: { $name }, { $when }
tray-next = Next: { $when }
# $when: e.g. "tomorrow at 07:45".
tray-reminders-paused = Reminders paused until { $when }
tray-breaks-paused = Breaks paused until { $when }
# $time: e.g. "18:30".
tray-today-at = today at { $time }
tray-tomorrow-at = tomorrow at { $time }
# $day: a short weekday name (days-mon…), $time: e.g. "18:30".
tray-day-at = { $day } at { $time }

## The background service, in its terminal or log.

notice-service-already-running = Limber's reminder service is already running.
notice-service-running = Limber's reminder service is running.
notice-service-cannot-watch = Cannot watch the settings folder: changed settings take effect when the reminder service starts again, and `limber background --quit` cannot reach it (quit it from its tray icon, or end it in the system's task manager).
notice-service-stopped = Limber's reminder service stopped.
notice-service-cannot-start = limber: cannot start the reminder service: { $error }
# $notice: a problem in the settings file.
notice-warning = warning: { $notice }
notice-ledger-unreadable = cannot read the reminder ledger: { $error }
notice-ledger-unwritable = cannot keep the reminder ledger: { $error }
notice-history-unreadable = cannot read the history: { $error }
# $id: the routine's id in the settings; $time: the reminder's time.
notice-reminder-no-routine = the reminder for "{ $id }" at { $time } is off: there is no such routine (`limber list` shows them)
notice-cannot-pause-reminders = cannot pause reminders: { $error }
notice-window-unreachable = cannot reach the open window: { $error }
notice-window-cannot-open = cannot open Limber's window: { $error }
notice-breaks-no-notifications = no notifications: movement breaks cannot be offered
notice-cannot-pause-breaks = cannot pause breaks: { $error }
notice-breaks-ledger-unwritable = cannot keep the breaks ledger: { $error }
# $id: the routine breaks start; "Start desk break" is notice-break-action-start.
notice-breaks-no-routine = movement breaks: there is no routine "{ $id }" (`limber list` shows them); Start desk break will not find it
# $missing: what the desktop lacks and why (in English, from the system).
notice-breaks-clock-time = { $missing }; movement breaks count clock time

## What the desktop lacks, said once when the service starts. $missing:
## what is not there and why (from the system).

notice-desk-no-buttons = the notification server shows no buttons: start a reminded routine from the tray or the window
notice-desk-no-notifications = { $missing }; at a reminder's time, Limber's window opens instead
notice-desk-no-tray = { $missing } (the desktop shows none); reminders work without it
notice-desk-no-bus = { $missing }: no notifications and no tray icon; at a reminder's time, Limber's window opens instead
notice-server-silent = the notification server did not answer
notice-notifications-turned-off = notifications are turned off for Limber in the system settings
notice-notifications-need-app = macOS shows notifications only for Limber.app, and this is the bare program
notice-tray-thread-gone = the tray icon's thread stopped
# $error: the system's message.
notice-no-server = no notification server ({ $error })
# A desktop service did not answer in time.
notice-no-answer = it did not answer
notice-unsupported-system = this system is not supported

## Keeping the screen awake during a routine.

# Given to the desktop, which may show it in a list of what keeps the screen on.
notice-awake-reason = Following an exercise routine
# The same for macOS's power settings.
notice-awake-assertion = Limber: following an exercise routine
# $portal and $screensaver: the system's messages.
notice-awake-no-service = no desktop portal ({ $portal }) and no screen saver service ({ $screensaver })
notice-awake-windows-refused = Windows refused the request
# $status: an error number.
notice-awake-macos-refused = macOS refused the power assertion ({ $status })

## Idle time (for movement breaks): why it cannot be read. "X11",
## "Wayland", "XWayland", "DISPLAY" and "MIT-SCREEN-SAVER" are names: keep them.

notice-idle-no-extension = X11: the server has no MIT-SCREEN-SAVER extension
notice-idle-wayland-session = X11: a Wayland session (XWayland sees only its own windows' input)
notice-idle-no-display = X11: no DISPLAY
notice-idle-no-source = no idle source on this system
notice-idle-logind-unset = the desktop does not keep logind's idle hint

## Where activity is read from, for breaks-activity-source on the
## Reminders page ("Activity is read from the …"). Names in brackets and
## X11, GNOME, KDE, Windows, CoreGraphics are names: keep them.

idle-source-x11 = X11 screen saver extension
idle-source-wayland-ext = compositor's idle notifications (ext-idle-notify-v1)
idle-source-wayland-kde = compositor's idle notifications (KDE idle protocol)
idle-source-gnome = GNOME idle monitor
idle-source-logind = logind's idle hint
idle-source-windows = Windows input timer (GetLastInputInfo)
idle-source-macos = CoreGraphics event source
# On a system Limber cannot read activity on.
idle-source-none = none

## Why the Wayland compositor's idle notifications cannot be used (after
## "Wayland: "). $name: an environment variable's name.

idle-wayland-no-variable = no { $name }
idle-wayland-no-seat = the compositor has no seat
idle-wayland-no-protocol = the compositor offers neither ext-idle-notify-v1 nor KDE's idle protocol
# $reason: the system's words.
idle-wayland-connection-ended = the compositor's connection ended: { $reason }
# Windows could not say when the last input was (GetLastInputInfo is a name).
idle-windows-failed = GetLastInputInfo failed

## Days of the week and choices of days, for reminders and breaks.

days-daily = daily
days-weekdays = weekdays
days-weekends = weekends
# Between the days of a list: "Mon, Wed, Fri".
days-list-separator = {", "}
# Short weekday names, as in "Mon, Wed, Fri" and "Fri at 18:30".
days-mon = Mon
days-tue = Tue
days-wed = Wed
days-thu = Thu
days-fri = Fri
days-sat = Sat
days-sun = Sun
# Short month names, as in "Wed 02 Dec".
days-month-jan = Jan
days-month-feb = Feb
days-month-mar = Mar
days-month-apr = Apr
days-month-may = May
days-month-jun = Jun
days-month-jul = Jul
days-month-aug = Aug
days-month-sep = Sep
days-month-oct = Oct
days-month-nov = Nov
days-month-dec = Dec
# A date with its weekday: "Wed 2 Dec". $weekday: days-mon…; $day: the
# day of the month (a number: 2, 24); $month: days-month-jan…, which are
# also every abbreviated month in dates (the history, the report): write
# them as the language abbreviates a month in a date ("Okt.", "März").
days-date = { $weekday } { $day } { $month }

## Mistakes in the reminders settings (settings.ron). The words Daily,
## Weekdays, Weekends, Mon…Sun and the examples in brackets or quotes are
## what must be written in the file: keep them in English.

# $error: the reader's message about the list.
days-unknown-day = { $error }; write days as Mon, Tue, Wed, Thu, Fri, Sat or Sun
days-empty-list = the list of days is empty; name at least one, like [Mon]
# $name: what was written.
days-unknown-choice = "{ $name }" is not a choice of days; write Daily, Weekdays, Weekends, or a list like [Mon, Wed]
# $text: what was written.
days-bad-time = "{ $text }" is not a time of day; write it like "18:30"
days-time-out-of-range = "{ $text }" is not a time of day: hours go from 00 to 23, minutes from 00 to 59

## A desktop service that is missing: "cannot use desktop notifications:
## no notification server answered". $why: the reason.
desktop-cannot-use = cannot use { $what }: { $why }
desktop-session-bus = the session bus
desktop-notifications = desktop notifications
desktop-keep-awake = keeping the screen awake
desktop-idle-time = idle time
desktop-tray = a tray icon
