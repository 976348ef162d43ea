# The player: the window that carries a person through a routine.

## Window titles, shown in the taskbar. $what: the routine or step.
title-app = { $what } — Limber
title-paused = Paused · { $what } — Limber
title-paused-after-sleep = Paused after sleep · { $what } — Limber
# $time: the countdown, e.g. "0:25".
title-running = { $time } · { $what } — Limber
title-welcome = Welcome — Limber
# An editor with unsaved changes; $name: the routine's name.
title-unsaved = • { $name } — Limber
title-import = Import

player-done = Done
player-slept = Paused while the computer slept · Space to carry on
player-slept-short = Paused: the computer slept
player-muted = Muted
player-sound-unavailable = Sound unavailable

## Under the big countdown: keep each to one short word.
clock-so-far = so far
clock-over = over
clock-paused = paused
clock-left = left

player-last-one = Last one: finish strong
# $question: the routine's question.
player-next-question = Next: a question · { $question }
player-next = Next:

## Buttons (the key is shown beside each). Keep them short.
player-resume = Resume
player-pause = Pause
player-back = Back
player-skip = Skip
player-restart = Restart
player-add-time = +15 s
player-confirm = Done
player-mute = Mute
player-unmute = Unmute
player-compact = Compact
player-stop = Stop
player-start = Start
player-keep-going = Keep going
player-step-up = Step up
player-not-now = Not now

## The question between sections. $section: a section's name.
gate-run = go on to { $section }
gate-skip = skip { $section } today
gate-repeat = do { $section } again instead
gate-yes = Yes
gate-no = No
# $yes and $no: what each answer does, e.g. "go on to Strengthen".
gate-answers = Yes: { $yes } · No: { $no }

# $time: e.g. "21:40"; $count: number of moves.
player-length-moves = { $count ->
    [one] { $time } · { $count } move
   *[other] { $time } · { $count } moves
}
player-step-up-offer = { $count ->
    [one] { $count } pain-free session: ready for a little more?
   *[other] { $count } pain-free sessions in a row: ready for a little more?
}
player-esc-library = Esc goes back to the library
# The compact window's key help, one short line.
player-compact-keys = Space pause · → skip · ← back · C full view · Esc stop
player-stop-question = Stop this session?
player-stop-detail = What you did so far is kept in your history as a partial session.
# In the header: time left in the routine.
player-minutes-left = { $minutes } min left
player-time-left = { $time } left

## The optional pain rating.
pain-question-before = How is your pain right now?
# Under the 0-10 buttons; 0–9 are the digit keys.
pain-scale-help = 0 = no pain, 10 = the worst imaginable · optional · keys 0–9
pain-severe = That is a lot of pain. If it is severe or getting worse, or a leg is weak, or bladder or bowel control has changed, stop and get medical advice before exercising.
