# The History page: the summary in plain words, streaks, a calendar of the
# days with sessions, minutes per week, the pain chart, movement breaks and
# the list of every session. The summary sentence is also printed by
# `limber history` in a terminal.
#
# Dates: some messages below are not text but date patterns for Limber's
# date formatter (chrono's strftime codes). Weekday and month names come out
# in your language by themselves; the pattern only decides their order,
# punctuation and length. The codes:
#   %A  weekday, full (Tuesday)      %a  weekday, short (Tue)
#   %B  month, full (February)       %b  month, short (Feb)
#   %-d day of the month, no leading zero (7)
#   %d  day of the month, two digits (07)
#   %Y  year (2025)
# Anything else is printed as written (e.g. "%-d. %B %Y" gives "1. Februar 2025").
# Only use the codes above; a pattern with an unknown code falls back to 2025-02-01.

history-title = History
history-loading = Loading your history…

## Buttons at the top. A key (R, E, J, Esc) is shown beside each.

# Button that writes a printable PDF report of the last eight weeks.
history-report = Progress report
# The same button in a small window: keep very short.
history-report-short = Report
history-export-csv = Export CSV
history-export-json = Export JSON
# Button back to the routine library.
history-to-library = Library

## How the last export went, beside the buttons. $format is CSV or JSON;
## $path a file's full path; $error what went wrong, from the system.

history-exporting = Exporting as { $format }…
history-exported = ✓ Saved as { $format }: { $path }
history-export-failed = Could not export: { $error }
history-reporting = Writing the report…
history-reported = ✓ Report saved: { $path }
history-report-failed = Could not write the report: { $error }

## The summary under the title, e.g. "7 sessions in the last 3 weeks ·
## average pain after a session 4.6 → 2.4". The parts are joined with " · ".

history-overview-none = No sessions recorded yet
# $date: the day of the last session, written with history-date-long.
history-overview-none-recent = No sessions in the last { $weeks } weeks · the last one was on { $date }
history-overview-recent = { $count ->
    [one] { $count } session in the last { $weeks } weeks
   *[other] { $count } sessions in the last { $weeks } weeks
}
# $earlier: the average rating of the first rated sessions, $recent of the
# latest ones; both written with history-pain-average.
history-overview-pain-after = average pain after a session { $earlier } → { $recent }
history-overview-pain-before = average pain before a session { $earlier } → { $recent }
# An average pain rating (0–10, at most one decimal, e.g. 4.6): only the
# number, as it shows either side of the arrow above. Limber writes the
# decimal separator your language uses.
history-pain-average = { $pain }
# Which sessions the two averages are taken from; $count of them at each end.
history-pain-compared = { $count ->
    [one] your first rated session compared with your latest
   *[other] your first { $count } rated sessions compared with your latest { $count }
}
# Smaller line under the summary; $explanation is history-pain-compared.
history-pain-explained = Pain: { $explanation }
# $time is history-minutes or history-hours-minutes.
history-totals = { $count ->
    [one] { $count } session and { $time } in all
   *[other] { $count } sessions and { $time } in all
}
history-minutes = { $minutes } min
# $minutes always has two digits (05).
history-hours-minutes = { $hours } h { $minutes } min

## Problems with the file, in a quiet line under the summary. $lines lists
## the line numbers of the file ("3, 9" or "3, 9, 12, 14, 20, …").

history-damaged-lines = { $count ->
    [one] { $count } damaged line in the history file was skipped (line { $lines }).
   *[other] { $count } damaged lines in the history file were skipped (lines { $lines }).
}
history-newer-records = { $count ->
    [one] { $count } record from a newer Limber was kept but not shown.
   *[other] { $count } records from a newer Limber were kept but not shown.
}
# Why one line of the history file was skipped, printed by `limber
# history` after the file's name and the line's number.
history-line-not-utf8 = skipped: not UTF-8 text
# $reason: the JSON reader's words (in English).
history-line-unreadable = skipped, not a readable session record: { $reason }
# $version: the record's format version.
history-line-version = skipped: format version { $version } is not one this Limber reads
history-line-no-version = skipped: the record has no format version this Limber reads

## The history file could not be read at all (the error is shown between
## these two).

history-unreadable = Your history could not be read
history-unreadable-help = Nothing in the file has been changed. Check that it can be read, then open the history again.

## The figures in tiles: a label above a big number and a word after it
## (keep short).

history-streak-current = Current streak
history-streak-best = Best streak
# After the number of days in a streak; the number itself is shown apart.
history-streak-days = { $count ->
    [one] day
   *[other] days
}
history-this-week = This week
# After this week's minutes (the big number); $count: sessions this week.
history-this-week-unit = { $count ->
    [one] min · { $count } session
   *[other] min · { $count } sessions
}
# Shown once reminders are planned.
history-planned = Planned this week
# The big number: $done of the $planned planned sessions were done.
history-planned-value = { $done } of { $planned }
history-planned-unit = sessions done

## The calendar of the days with sessions.

history-calendar-title = Days you exercised
# Either side of the five colour squares of the legend (keep short).
history-heat-less = Less
history-heat-more = More
# What each colour of the calendar means.
history-heat-none = no session
history-heat-under-10 = under 10 min
history-heat-10-19 = 10–19 min
history-heat-20-29 = 20–29 min
history-heat-30-more = 30 min or more
# Date pattern (see the top of this file): the weekday names left of the
# rows (Mon, Wed, Fri, Sun). Room for about 3 letters.
history-calendar-weekday = %a
# Date patterns: the month names above the columns, and the one for January
# with its year.
history-calendar-month = %b
history-calendar-month-year = %b %Y

## The charts.

history-minutes-title = Minutes per week
# Legend: this week's bar is drawn in another colour.
history-bars-this-week = this week
history-pain-title = Pain, 0–10
# Legend of the two lines: pain before and after each session.
history-pain-before = before
history-pain-after = after
# "ask pain" is the name of the setting (Settings page) that asks for pain ratings.
history-pain-none = No pain ratings in these weeks. Limber asks before and after a session when “Ask for pain ratings” is on in the settings.
# Date pattern (see the top of this file) under the charts: "3 Nov".
history-date-short = %-d %b

## The small window: the figures in one line instead of tiles and charts.

history-small-figures = Streak { $current } { $current ->
    [one] day
   *[other] days
} · best { $best } { $best ->
    [one] day
   *[other] days
} · this week { $minutes } min
# Added to the line above after " · " when breaks were offered today.
history-small-breaks = breaks today { $taken } of { $offered } taken
history-small-hint = A larger window shows the calendar and the charts.

## Movement breaks: a small table of the last days.

history-breaks-title = Movement breaks
history-breaks-sitting-explained = sitting: average between breaks
# Column heads (keep short: about 8 letters).
history-breaks-offered = offered
history-breaks-taken = taken
history-breaks-snoozed = snoozed
history-breaks-skipped = skipped
history-breaks-sitting = sitting

## When a session was: "Today · 08:05", "Tuesday · 07:45",
## "Sat 14 Nov · 08:00", "Fri 14 Nov 2025 · 08:00". Today and Yesterday
## also name the rows of the movement breaks table.

history-today = Today
history-yesterday = Yesterday
# $day: Today, Yesterday or a date; $time: the clock time (07:45).
history-when = { $day } · { $time }
# Date patterns (see the top of this file): within the last week, later
# this year, and in another year.
history-date-weekday = %A
history-date-this-year = %a %-d %b
history-date-other-year = %a %-d %b %Y
# Date pattern for a date in full, as in "the last one was on 1 February 2025".
history-date-long = %-d %B %Y

## The list of sessions.

history-sessions-title = Sessions
history-sessions-count = { $count ->
    [one] { $count } session · ↑ ↓ to browse
   *[other] { $count } sessions · ↑ ↓ to browse
}
# Button at the end of the list; $count: how many more it shows.
history-show-older = { $count ->
    [one] Show { $count } older session
   *[other] Show { $count } older sessions
}
# At the end of the list; $date written with history-date-long.
history-first-session = Your first session: { $date }
# $before and $after: pain ratings 0–10.
history-row-pain = pain { $before } → { $after }
history-row-pain-before = pain before { $before }
history-row-pain-after = pain after { $after }
# $time: minutes and seconds (14:02) spent in the routine, pauses excluded.
history-row-active = { $time } active
history-row-completed = Completed
history-row-stopped = Stopped part-way
# How the moves of a session went, joined with " · ": "6 done · 1 skipped · 2 not reached".
history-row-done = { $count } done
history-row-skipped = { $count } skipped
history-row-not-reached = { $count } not reached
# The session's note, in quotation marks.
history-row-note = “{ $note }”
# Beside each move of an opened session (lower case, short).
history-move-done = done
history-move-skipped = skipped
history-move-not-reached = not reached
# Answers to a routine's questions, beside each question (keep short).
history-answer-yes = Yes
history-answer-no = No

## No sessions yet.

history-empty-title = Your sessions will appear here
history-empty-intro = Each time you finish a routine, or stop one part-way, Limber records it on this computer. Here you will then see:
history-empty-calendar = A calendar of the days you exercised, with your current and best streak
history-empty-minutes = Minutes per week, to see the routine become a habit
history-empty-pain = Your pain before and after each session over the weeks, if you rate it
history-empty-sessions = Every session: its moves, what you skipped, your answers and notes
history-empty-export = You can export it all as CSV or JSON at any time.
# Button back to the library; the key Esc is shown beside it.
history-empty-choose = Choose a routine
