## The `limber` command line: what it prints in a terminal.
## "limber:" at the start of a line is the program's name, as terminal
## programs write it before a message: keep it. `limber list`, --replace,
## --as NEW-ID, --answer yes|no and similar are commands and options: keep
## them as they are. Table headers are in capitals; a header longer than
## its column widens it.

# $notice: a problem found in a file (usually "FILE:LINE:COL: what is wrong").
cli-warning = limber: warning: { $notice }
cli-window-commands = limber: `play` and `open` open the window; run them without the terminal subcommand
cli-service-not-running = No reminder service is running.
# $seconds: how long it was waited for (10).
cli-service-still-running = The reminder service did not stop within { $seconds } seconds; quit it from its tray icon, or end it in the system's task manager.
# $id: what the person typed as a routine's id.
cli-no-routine = no routine called "{ $id }"; `limber list` shows the ones there are
# An error for `--since`; $text: what the person typed. Keep the date's
# written form 2025-03-01 (YYYY-MM-DD): that is what must be typed.
cli-bad-date = `{ $text }` is not a date like 2025-03-01 (YYYY-MM-DD)

## `limber list`: a table of routines.

cli-list-id = ID
# The routine's length, e.g. "14:00"; a column 6 characters wide.
cli-list-time = TIME
cli-list-name = NAME
# Where the routine comes from: "bundled" or the path of the person's file.
cli-list-source = SOURCE
# A routine shipped with Limber (in the SOURCE column).
cli-list-bundled = bundled
# In the TIME column of a routine file that has mistakes; keep it short.
cli-list-error = error

## `limber check FILE…`

# $file: the routine file; $time: its length, e.g. "21:40".
cli-check-ok = { $file }: ok ({ $moves ->
        [one] { $moves } move
       *[other] { $moves } moves
    }, { $time })
# $bad files of $total checked have mistakes (listed above this line).
cli-check-problems = { $bad ->
    [one] limber: { $bad } of { $total } files has problems
   *[other] limber: { $bad } of { $total } files have problems
}

## `limber plan ROUTINE`: the routine's timeline.

# When each step starts, e.g. "3:20"; a column 7 characters wide.
cli-plan-start = START
# How long each step lasts; a column 6 characters wide.
cli-plan-length = LENGTH
cli-plan-step = STEP
# A section heading between the steps; $name: the section's name.
cli-plan-section = ── { $name } ──
# A section heading for a section done a second time.
cli-plan-section-again = ── { $name } (again) ──
# In the LENGTH column of a question the person answers; keep it short.
cli-plan-ask = ask
# In the LENGTH column of a move that lasts until the person says done; keep it short.
cli-plan-open = open
# $time: the routine's whole length, e.g. "21:40".
cli-plan-total = Total { $time }

## `limber history`: the sessions as a table, then a summary.

cli-history-unreadable = limber: cannot read the history: { $error }
# Sessions written by a newer version of Limber, which this one does not
# show. $version: a number; $file: the history file.
cli-history-newer = limber: note: { $count ->
        [one] { $count } session recorded by a newer Limber (format version { $version }) is kept in { $file } but not shown
       *[other] { $count } sessions recorded by a newer Limber (format version { $version }) are kept in { $file } but not shown
    }
# $planned: e.g. "5 of 6 planned sessions".
cli-this-week = This week: { $planned }.
# $breaks: e.g. "3 offered, 2 taken, 1 snoozed, 0 skipped".
cli-breaks-today = Breaks today: { $breaks }.
# When there are no sessions yet; $file: the history file.
cli-history-where = Sessions are recorded in { $file }
cli-history-date = DATE
# The time the session started, e.g. "18:30".
cli-history-start = START
cli-history-routine = ROUTINE
cli-history-status = STATUS
# Minutes of the routine actually done, e.g. "14:00".
cli-history-active = ACTIVE
# Moves done of the routine's moves, e.g. "5/6".
cli-history-moves = MOVES
# Pain before → after, e.g. "5 → 3".
cli-history-pain = PAIN
cli-history-note = NOTE
# In the STATUS column: the routine was done to the end.
cli-history-done = done
# In the STATUS column: the routine was stopped before its end.
cli-history-stopped = stopped
# The totals under the table. $active: time done, e.g. "2 h 5 min";
# $current and $best: streaks of days in a row.
cli-history-totals = { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } · { $active } active in all · current streak { $current ->
        [one] { $current } day
       *[other] { $current } days
    } · best { $best ->
        [one] { $best } day
       *[other] { $best } days
    }
# $explanation: which sessions the pain figures compare.
cli-history-pain-explained = (pain: { $explanation })

## `limber import`, `limber export`, `limber print`, `limber report`

# Two lines. $id: the routine's id.
cli-import-exists =
    limber: a routine "{ $id }" already exists; nothing was imported.
    Use --replace to replace it (your file is kept hidden as a backup) or --as NEW-ID to keep both.
# $name: the routine's name; $file: where it was put.
cli-imported = Imported "{ $name }" ({ $moves ->
        [one] { $moves } move
       *[other] { $moves } moves
    }) as { $file }
cli-imported-with-pictures = Imported "{ $name }" ({ $moves ->
        [one] { $moves } move
       *[other] { $moves } moves
    }, { $pictures ->
        [one] { $pictures } picture
       *[other] { $pictures } pictures
    }) as { $file }
# $name: the routine's name; $file: the .limber file written.
cli-exported = Wrote "{ $name }" and { $pictures ->
        [one] { $pictures } picture
       *[other] { $pictures } pictures
    } to { $file }
# $file: the PDF written.
cli-wrote = Wrote { $file }

## `limber reminders`: the coming week's reminders.

# Two lines; the second is an example of the settings file: keep it as it is.
cli-reminders-none =
    No reminders planned. Add them on the Reminders page, or in settings.ron:
      reminders: [(routine: "sciatica-relief", at: "18:30", days: Daily)],
# $date: e.g. "Wed 02 Dec"; $time: e.g. "19:30".
cli-reminders-paused = Reminders are paused until { $date } { $time }.
# Column headers; each column is as wide as its widest cell.
cli-reminders-when = WHEN
cli-reminders-routine = ROUTINE
cli-reminders-status = STATUS
# In the WHEN column; $time: e.g. "18:30".
cli-reminders-today-at = today { $time }
# In the WHEN column; $date: e.g. "Wed 02 Dec", $time: e.g. "18:30".
cli-reminders-date-at = { $date } { $time }
# In the STATUS column: the reminder's routine is gone (its id is shown as
# the routine), so the service leaves the reminder out.
cli-reminders-no-routine = off: no such routine

## What became of a reminder (STATUS column).

# The reminder's time has not come yet.
cli-reminders-planned = planned
# Its time has passed and it has not been shown yet.
cli-reminders-due = due
cli-reminders-done = done
# The notification is on the screen.
cli-reminders-shown = shown
cli-reminders-started = started
# "In 10 minutes" was pressed.
cli-reminders-snoozed = snoozed
# $time: when it comes back, e.g. "18:40".
cli-reminders-snoozed-until = snoozed until { $time }
# "Skip today" was pressed.
cli-reminders-skipped = skipped
# The day ended with the reminder unanswered.
cli-reminders-missed = missed

## `limber follow ROUTINE`: a routine followed by ear in a terminal. Keys
## named in the messages (Space, Enter, n, p, r, m, q, y) are the keys the
## program reacts to: keep them.

# $file: the log file; $error: why it cannot be written.
follow-cue-log-error = cannot write the cue log { $file } ({ $error })
follow-no-terminal = limber: cannot set up the terminal ({ $error })
# $notice: why there is no sound, e.g. "No sound device".
follow-no-sound = { $notice }. Following silently; sound returns when a device does.
follow-muted-in-settings = Sound is off (muted in the settings; m turns it on).
# $notice: a problem with a sound file.
follow-warning = warning: { $notice }
# The first line; $name: the routine's name, $id: its id.
follow-title = { $name } ({ $id })
# The first line at a terminal, with the keys.
follow-title-keys = { $name } ({ $id }) · Space pause · n/→ skip · p/← back · r restart · + 15 s · Enter done · m mute · q quit
follow-pain-before = How is your pain right now?
follow-pain-after = And your pain now?
# $question: follow-pain-before or follow-pain-after.
follow-pain-prompt = { $question } 0–10, Enter to skip:
follow-pain-number = A number from 0 to 10, please.
# $done of the routine's $moves were done; $time: time done, e.g.
# "14:00". (English says "moves" even for one; a translation may choose
# by number with a selector on $moves.)
follow-done = { $moves ->
    [one] Done: { $done } of { $moves } move in { $time }.
   *[other] Done: { $done } of { $moves } moves in { $time }.
}
follow-stopped = { $moves ->
    [one] Stopped after { $time } ({ $done } of { $moves } move done).
   *[other] Stopped after { $time } ({ $done } of { $moves } moves done).
}
follow-interrupted = Interrupted.
follow-rating-not-saved = Could not save the pain rating: { $error }
# $voice: the voice's name.
follow-speaking-with = Speaking with { $voice }.
follow-kept = Kept in your history (limber history shows it).
follow-not-kept = Could not save this session in your history: { $error }
# A line as each step starts. $start: when, e.g. "3:20"; $step: the step,
# e.g. "Cat-cow · set 1 of 2"; $length: how long, e.g. "0:45".
follow-step = [{ $start }] { $step } ({ $length })
# The same for a move that lasts until the person says done.
follow-step-until-done = [{ $start }] { $step } (until you are done)
# $question: the routine's question; y and n are the keys to press.
follow-question = { $question } Answer y (yes) or n (no).
follow-press-enter = Press Enter when you are done.
follow-answer-y-or-n = Please answer y or n.
# $answer: follow-yes or follow-no. Keep --answer yes|no as it is.
follow-no-answer = No answer given (end of input): taking "{ $answer }", as `limber plan` shows it. Use --answer yes|no to choose.
follow-no-confirm = No one to confirm (end of input): moving on.
follow-sound-off = Sound off (m).
follow-sound-on = Sound on.
# A question answered by --answer; $answer: follow-yes or follow-no.
follow-answered = { $question } { $answer } (--answer)
follow-yes = yes
follow-no = no

## The status line at the bottom of the terminal, its parts joined by " · ".

follow-status-waiting = waiting for your answer (y/n)
# $overtime: time past the move's length, e.g. "0:12".
follow-status-overtime = +{ $overtime } · Enter when done
# $time: e.g. "0:25".
follow-status-left = { $time } left
follow-status-rep = rep { $rep } of { $reps }
follow-status-breathe-in = breathe in
follow-status-hold = hold
follow-status-breathe-out = breathe out
follow-status-paused = PAUSED (Space)
follow-status-muted = muted
follow-status-no-sound = no sound
