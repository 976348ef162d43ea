# The Reminders page: planned routines (which routine, at what time, on
# which days), the coming week, movement breaks and the reminder service.

reminders-title = Reminders
# Below the title. ↑ ↓ ← → are the arrow keys; Del is the Delete key.
reminders-keys = ↑ ↓ choose · ← → change · Del remove · saved as you go
reminders-none-yet = No reminders yet. Add one, and Limber reminds you at that time with a notification you can start the routine from.
# Button; the key A is shown beside it.
reminders-add = Add a reminder
# Button; the key Esc is shown beside it.
reminders-back = Back
# Button on each reminder (keep short).
reminders-remove = Remove
# A reminder whose routine is gone; $id is the routine's file name (not translated).
reminders-no-such-routine = { $id } (no such routine)

## Which days a reminder (or movement breaks) comes on, between arrows (keep short).

reminders-every-day = Every day
reminders-weekdays = Weekdays
reminders-weekends = Weekends

## Days on the small day buttons, and in a list of days ("Mon Wed Fri"): keep them short (2–3 letters).

reminders-day-mon = Mon
reminders-day-tue = Tue
reminders-day-wed = Wed
reminders-day-thu = Thu
reminders-day-fri = Fri
reminders-day-sat = Sat
reminders-day-sun = Sun

## The coming week: one line per reminder, with what became of it at the end (lower case, short).

reminders-coming-week = The coming week
reminders-nothing-planned = Nothing planned.
# The routine was done that day.
reminders-outcome-done = done
reminders-outcome-snoozed = snoozed
reminders-outcome-skipped = skipped
# The reminder went by without an answer.
reminders-outcome-missed = missed
# The reminder was shown; nothing more is known yet.
reminders-outcome-reminded = reminded
# $sessions is e.g. "2 of 4 planned sessions".
reminders-this-week = This week so far: { $sessions }.

## The reminder service (a small program in the background that shows the reminders).

reminders-service-starts = The reminder service starts when you add a reminder.
reminders-service-running = The reminder service is running.
# "Settings" is the name of the Settings page.
reminders-service-stopped = The reminder service is not running; it starts with Limber, or at login (Settings).
# $when is e.g. "tomorrow at 08:00".
reminders-paused-until = Paused until { $when }.
# Buttons.
reminders-resume = Resume
reminders-pause-hour = Pause for 1 hour
reminders-pause-tomorrow = Pause until tomorrow

## The movement-breaks card on the Reminders page: a break from sitting at the computer.

breaks-title = Movement breaks
# The switch, with the key B beside it: shows the current state (keep short).
breaks-on = On
breaks-off = Off
breaks-off-explained = Sitting makes sciatica worse. Turn breaks on and Limber offers the desk break after each stretch of work at the computer; time away from the keyboard counts as a break.

## Two sentences written around value boxes (shown here as [ ]):
##   After [45 min] of sitting; away for [5 min] is a break
##   Offer [Desk break] from [09:00] to [17:30]
## Each part is a separate piece of text between the boxes; the boxes stay in
## this order. A part the language does not need can be left empty: { "" }

breaks-sentence-after = After
breaks-sentence-away = of sitting; away for
breaks-sentence-is-a-break = is a break
breaks-sentence-offer = Offer
breaks-sentence-from = from
breaks-sentence-to = to

## Lengths of time in the value boxes (keep short).

breaks-seconds = { $seconds } s
breaks-minutes = { $minutes } min
breaks-hours = { $hours } h
breaks-hours-minutes = { $hours } h { $minutes } min

## Below the settings.

# $source names where activity is read from: one of the idle-source-* messages (notices.ftl), e.g. "X11 screen saver extension".
breaks-activity-source = Activity is read from the { $source }: time away from keyboard and mouse is not counted as sitting.
# $why is a short technical reason (not translated).
breaks-activity-unseen = Activity cannot be seen here ({ $why }), so breaks count plain clock time.
# $breaks is e.g. "1 offered, 0 taken, 0 snoozed, 0 skipped".
breaks-today = Today: { $breaks }.
# $when is e.g. "tomorrow at 08:00".
breaks-paused-until = Breaks paused until { $when }.
# Buttons.
breaks-resume = Resume breaks
breaks-pause-hour = Pause breaks for 1 hour
breaks-pause-tomorrow = Until tomorrow
