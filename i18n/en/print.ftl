# The printed pages (PDF): a routine's sheet, to follow on paper, and the
# progress report, to bring to a physiotherapist or doctor.
# Text that does not fit is wrapped or set a little smaller, but keep
# labels marked "short" short.

## Dates. These are chrono format codes, not words: %-d the day of the month
## (no leading zero), %B the month's full name, %b its short name, %Y the
## year, %a the weekday's short name; names come out in your language.
## Reorder them and add punctuation (e.g. "%-d. %B %Y") as your language
## writes dates; keep the % codes as they are.

# The date a sheet was printed, e.g. "2 December 2026".
print-date = %-d %B %Y
# The first and last day of a report's period, e.g. "2 Nov 2026".
report-date = %-d %b %Y
# A day under a chart's bar or point, and a day a question was answered
# "yes", e.g. "2 Nov". Short.
report-day = %-d %b
# The day in front of a session's note, e.g. "Mon 2 Nov".
report-note-date = %a %-d %b

## Both kinds of page.

# At the foot of every page, on the right.
print-page = Page { $page } of { $pages }
# Shown when a page cannot be made. $page: the page's number; $reason: the
# cause, in English (from the PDF library).
print-layout-failed = cannot lay out page { $page }: { $reason }

## A routine's sheet.

# Under the routine's name. $time: how long the routine takes, e.g. "12 min";
# $moves: how many moves; $date: the day printed (see print-date).
print-meta = About { $time } · { $moves ->
        [one] { $moves } move
       *[other] { $moves } moves
    } · printed { $date } from Limber
# Heading of the boxed safety notes, followed on the same line by
# print-safety-stop and then the warning signs as a list. Short.
print-safety = Safety
print-safety-stop = Stop and get medical care if you have:

## Durations in a move's dose: "30 s", "2 min", "2 min 30 s".
print-seconds = { $seconds } s
print-minutes = { $minutes } min
print-minutes-seconds = { $minutes } min { $seconds } s

# A move's dose, in bold under its name, e.g. "Hold 30 s, 3 rounds, each
# side" or "12 reps, 3 sets".
#   $work: "hold" (hold a position for $time, e.g. "30 s" or "2 min"),
#          "reps" (repeat the movement $reps times) or "open" (no set time);
#   $sets: how many times the whole thing is done (1: not mentioned); called
#          "sets" for repetitions and "rounds" otherwise;
#   $side: "both" (done on the left, then on the right), "left", "right",
#          "affected" (only the side that hurts) or "none" (not one-sided);
#   $until: "yes" when, after the set time, the move goes on until the
#          person says they are done.
print-dose = { $work ->
        [hold] Hold { $time }
        [reps] { $reps ->
            [one] { $reps } rep
           *[other] { $reps } reps
        }
       *[open] As long as you need
    }{ $sets ->
        [1] {""}
       *[other] { $work ->
            [reps] , { $sets } sets
           *[other] , { $sets } rounds
        }
    }{ $side ->
        [both] , each side
        [left] , left side only
        [right] , right side only
        [affected] , your painful side only
       *[none] {""}
    }{ $until ->
        [yes] , then until you are done
       *[no] {""}
    }

## Smaller print under a dose: the range the exercise programme gives, and
## the breathing rhythm. Both can share a line, joined by " · ".

# $min, $max: seconds, e.g. "Programme: 30–60 s".
print-range-seconds = Programme: { $min }–{ $max } s
# $min, $max: durations, e.g. "Programme: 15 min–20 min".
print-range-time = Programme: { $min }–{ $max }
# $min, $max: repetitions, e.g. "Programme: 8–12 reps".
print-range-reps = Programme: { $min }–{ $max } reps
# $inhale, $exhale: durations, e.g. "Breathe in 4 s, out 6 s".
print-breath = Breathe in { $inhale }, out { $exhale }
# $hold: how long to hold the breath in between.
print-breath-hold = Breathe in { $inhale }, hold { $hold }, out { $exhale }
# In bold with a bar beside it. $text: the routine's own caution.
print-caution = Caution: { $text }

# Under a move's two pictures: its first and second position. Short (about
# 14 characters).
print-picture-start = Start
print-picture-then = Then
# Under a two-sided move's two pictures. Short (about 14 characters).
print-picture-left = Left side
print-picture-right = Right side
# In the frame of a picture that could not be found.
print-picture-missing = Picture missing

## The pain check: a question a routine asks before a part, with boxes to
## tick on paper.

# Small capitals above the question. Short.
print-pain-check = PAIN CHECK
# Beside the tick boxes. Very short (about 6 characters).
print-yes = Yes
print-no = No
# What each answer does. $yes, $no: one of the print-gate-… phrases below.
print-gate-answers = Yes: { $yes }. No: { $no }.
# $section: the name of a part of the routine, e.g. "Strengthen".
print-gate-run = do "{ $section }"
print-gate-skip = leave out "{ $section }"
print-gate-repeat = do "{ $section }" again instead
# The same, for a part that has no name.
print-gate-run-unnamed = do this part
print-gate-skip-unnamed = leave out this part
print-gate-repeat-unnamed = do this part again instead

## The table to fill in by hand at the end of a sheet.
print-log = Your log
# Column headings: the day, the pain before and after the session on a scale
# from 0 to 10, and notes.
print-log-date = Date
print-log-pain-before = Pain before (0–10)
print-log-pain-after = Pain after (0–10)
print-log-notes = Notes

## The progress report.

# Its title, at the top and at the foot of each page.
report-title = Progress report
# Under the title. $from, $to: the first and last day (see report-date);
# $weeks: how many weeks that is, maybe with a decimal, e.g. 8 or 8.6.
report-period = Exercise sessions from { $from } to { $to } ({ $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }), as recorded by Limber
report-no-sessions = No sessions were recorded in this period.

## Four boxes of figures across the top: a label (short, about 20
## characters), a figure, and a line under it (about 30 characters).
report-sessions = Sessions
# $finished: sessions done to the end; $stopped: sessions stopped before.
report-sessions-detail = { $finished } finished, { $stopped } stopped early
report-active = Active time
# $minutes: the average number of active minutes a week.
report-active-detail = about { $minutes } min a week
report-days = Days with a session
# Under the number of days that had a session. $days: the days in the period.
report-days-detail = of { $days } days
report-pain = Pain after a session
# The figure when no session was rated.
report-pain-none = not rated
# The figure: the average pain after the earlier sessions, then after the
# later ones, e.g. "4.0 → 2.5".
report-pain-change = { $earlier } → { $later }
report-pain-detail-none = no ratings in this period
report-pain-detail-one = one rating (0–10)
# Under report-pain-change. $count: how many sessions were rated (2 or more).
report-pain-detail = earlier → later, { $count } ratings

# $list: each routine's name with its number of sessions, e.g.
# "Sciatica relief (6), Desk break (2)".
report-routines = Routines: { $list }
# Sessions that reminders planned in the period: $done of $planned were
# done; $skipped were skipped on purpose, $missed were neither.
report-reminders = Reminders: { $done } of { $planned } planned sessions done
report-reminders-skipped = Reminders: { $done } of { $planned } planned sessions done ({ $skipped } skipped)
report-reminders-missed = Reminders: { $done } of { $planned } planned sessions done ({ $missed } missed)
report-reminders-skipped-missed = Reminders: { $done } of { $planned } planned sessions done ({ $skipped } skipped, { $missed } missed)

## Charts.
report-minutes-chart = Active minutes per week
report-pain-chart = Pain before and after each session (0 = none, 10 = worst)
report-pain-chart-empty = No session in this period has a pain rating. Turn on pain ratings in Limber's settings to see them here.
# The chart's legend: the solid line is the pain before a session, the
# dashed one the pain after. Short (about 10 characters).
report-before = Before
report-after = After

## Lists.
report-skipped = Moves most often skipped
report-skipped-none = No move was skipped.
# $move: the move's name; skipped $skipped times of the $total times it came up.
report-skipped-move = { $move }: skipped { $skipped } of { $total ->
        [one] { $total } time
       *[other] { $total } times
    }
report-answers = Answers to the pain check
report-answers-none = No question was asked in this period.
# $question: the routine's question, e.g. "Any pain after stretching?";
# answered "yes" $yes times and "no" $no times.
report-answer = { $question } Yes { $yes ->
        [one] { $yes } time
       *[other] { $yes } times
    }, no { $no }.
# The same, followed by the days of the "yes" answers. $days: a list of days
# (see report-day), e.g. "9 Nov, 16 Nov".
report-answer-days = { $question } Yes { $yes ->
        [one] { $yes } time
       *[other] { $yes } times
    }, no { $no }. Yes on { $days }.
report-notes = Notes
report-notes-none = No notes in this period.
# Above a session's note: $date (see report-note-date), $routine the
# routine's name, $before and $after the pain from 0 to 10.
report-note-head = { $date } · { $routine }
report-note-head-pain = { $date } · { $routine } · pain { $before } → { $after }
report-note-head-before = { $date } · { $routine } · pain before { $before }
report-note-head-after = { $date } · { $routine } · pain after { $after }
