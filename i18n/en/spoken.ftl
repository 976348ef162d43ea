# Words the player shows about the moment of a routine, and the phrases
# the voice speaks. Spoken phrases are read aloud by a speech engine: write
# them as you would say them, with numbers as digits.

## Above the move's name in the player (the "kicker"). The short forms
## are for the compact window: keep them very short.
kicker-paused = Paused · Space to carry on
kicker-paused-short = Paused
kicker-confirm = Done when you are · press Enter
kicker-confirm-short = Press Enter when done
kicker-get-ready = Get ready
kicker-rest = Rest · next up
kicker-rest-short = Rest · next
kicker-rep = Rep { $rep } of { $of }
kicker-again = Again
kicker-hold = Hold

## The breathing guide's words (also spoken when the option is on).
breath-in = Breathe in
breath-hold = Hold
breath-out = Breathe out
# The exhale of a rep move, when the move gives no words of its own.
breath-lift = Lift

## Pieces of the line under a move's name, joined with " · ", e.g.
## "Left side · set 2 of 3 · 12 reps".
set-of = set { $set } of { $sets }
count-reps = { $count ->
    [one] { $count } rep
   *[other] { $count } reps
}
hold-for = hold { $time }
once-more = once more

## Step headings (title bar, "Next").
# $name: the move's name.
heading-get-ready = Get ready: { $name }
heading-switch = Switch sides: { $name }
heading-rest = Rest
label-left = { $name } · left side
label-right = { $name } · right side
label-affected = { $name } · affected side
label-set = { $name } · set { $set } of { $sets }

## Spoken.
spoken-switch-sides = Switch sides
spoken-halfway = Halfway
spoken-last-set = Last set
spoken-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
spoken-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
# A length with minutes and seconds, e.g. "1 minute 30 seconds".
spoken-minutes-seconds = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
spoken-until-done = until you are done
# Between the parts of a get-ready phrase: "Figure-4 stretch, left side, 30 seconds, set 1 of 3".
spoken-list-separator = {", "}
# $time: a spoken length such as "15 seconds".
spoken-rest = Rest, { $time }
# $what: the move coming next, "last set", "set 2 of 3" or "a question".
spoken-rest-next = Rest, { $time }. Next: { $what }
spoken-next-last-set = last set
spoken-next-question = a question
# $question: the routine's question, e.g. "Any pain after stretching?"
spoken-question = { $question } Press Y or N.
# A move's own step that starts with these words is said as it is when the
# move waits for the person ("Press Enter when you are back."). Must match
# how the translated routines write it.
spoken-confirm-marker = Press Enter
spoken-confirm = Press Enter when you are done.
# $time: e.g. "21 minutes".
spoken-done = Done. { $time }
# Played by the "Try the voice" button.
spoken-sample = Figure-4 stretch, left side, 30 seconds. Breathe in.

## Sides of the body.
side-left = Left side
side-right = Right side
side-affected = Affected side
# Inside a sentence or a list: "Figure-4 stretch, left side, 30 seconds".
side-left-inline = left side
side-right-inline = right side
side-affected-inline = affected side

## One line describing a step in lists (`limber plan`, the step list).
describe-until-done = until done
describe-switch = Switch sides · { $name }
# $side: "left side".
describe-switch-side = Switch sides · { $name } · { $side }

## Why there is no voice (shown on the settings page and by `limber follow`).
voice-no-espeak = espeak-ng is not installed (on Debian or Ubuntu: sudo apt install espeak-ng)
# $language: the language's own name, e.g. "Deutsch".
voice-none-macos = no voice for { $language } is installed (System Settings > Accessibility > Spoken Content)
voice-none-windows = no voice for { $language } is installed (Settings > Time & language > Speech)
# $reason: why, e.g. "no sound device found".
sound-unavailable = Sound unavailable: { $reason }
voice-unavailable = No voice: { $reason }; chimes only
voice-phrase-failed = The voice could not say a phrase ({ $error }); chimes only for it

## What went wrong with the speech engine: the $reason and $error above.
## $engine: the engine's name (espeak-ng, AVSpeechSynthesizer,
## SpeechSynthesizer); $reason: the engine's or the system's own words, or
## one of the messages below.
voice-engine-failed = { $engine } failed: { $reason }
voice-engine-timed-out = { $engine } did not answer within { $seconds } s
# The engine answered, but not with speech.
voice-engine-garbage = { $engine } gave no usable sound: { $reason }
# $program: the path of the espeak-ng program that was asked for.
voice-program-cannot-run = { $program } cannot be run
# $error: the system's words.
voice-program-cannot-start = cannot start it ({ $error })
voice-program-no-output = it gave no output
# $status: the system's words, e.g. "exit status: 1".
voice-program-ended = it ended with { $status }
voice-no-thread = the voice cannot start its thread
# $rate: a number of samples a second.
voice-bad-rate = a sample rate of { $rate } Hz
voice-silence = silence
# $seconds: e.g. 0.02; $chars: how many letters the phrase has.
voice-bad-length = { $seconds } s of sound for { $chars } characters of text

## Why there is no sound. $error: the system's own words.
sound-off = sound is off
sound-default-output = the default output
# $format: a technical sample format name, e.g. "I24".
sound-format-unsupported = the device wants { $format } samples, which Limber cannot make
sound-cannot-start = cannot start the sound device ({ $error })
sound-cannot-open = cannot open the sound device ({ $error })
sound-no-device = no sound device found
sound-cannot-use = the sound device cannot be used ({ $error })
sound-no-thread = cannot start the audio thread
sound-stopped-responding = the sound device stopped responding
sound-failed = the sound device failed ({ $error })
