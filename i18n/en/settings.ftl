# The Settings page: a list of rows, each with a name (bold), a line of
# help below it, and its value between ‹ and › arrow buttons (the value box
# is about 230 pixels wide: keep values short).

settings-title = Settings
# Below the title. ↑ ↓ ← → are the arrow keys.
settings-keys = ↑ ↓ choose · ← → change · saved as you go
# At the bottom of the page. $file is the settings file's full path.
settings-saved-in = Saved in { $file }

## Buttons at the bottom; each has its key shown beside it in a small box.

settings-open-routines = Open my routines folder
settings-open-file = Open the settings file
settings-try-voice = Try the voice
settings-back = Back

## Row names (bold) and their help lines.

settings-affected-side = Affected side
settings-affected-side-help = The side that hurts. Moves marked for the affected side use it, and it gets the extras below.
settings-extra-reps = Extra reps on that side
settings-extra-reps-help = Added to rep moves on your affected side.
settings-extra-time = Extra hold time on that side
settings-extra-time-help = Added to holds on your affected side.
# The countdown before each move starts.
settings-prepare = Get-ready time
settings-prepare-help = The countdown before each move. Set here, it applies to every routine.
settings-rest = Rest between sets
settings-rest-after = Rest between moves
settings-switch = Pause to switch sides
# The help line of the three rows above (rests and the pause to switch sides).
settings-pause-help = Used by routines that do not set their own.
settings-breathing-guide = Breathing guide
settings-breathing-guide-help = The circle that grows as you breathe in and shrinks as you breathe out.
settings-ask-pain = Ask for pain ratings
settings-ask-pain-help = A 0–10 rating before and after each session, kept in your history.
# Progression: holds grow a little after sessions without pain.
settings-progression = Step up holds
settings-progression-help = Offer longer holds, within the programme's range, after sessions without pain.
settings-progression-step = Step size
settings-progression-step-help = How much longer a hold gets each time.
settings-progression-after = After pain-free sessions
settings-progression-after-help = Pain-free sessions in a row before offering a step up.
settings-language = Language
settings-language-help = The language of the window, the command line and the voice.
# Light or dark colours.
settings-theme = Appearance
settings-theme-help = Follow the system, or always light or dark.
# How the window is drawn: by the processor ("Software") or the graphics card.
settings-renderer = Drawing
settings-renderer-help = Software is light on any laptop; GPU can help on big screens with a good graphics driver. From the next start.
settings-keep-awake = Keep the screen awake
settings-keep-awake-help = While a routine runs, the screen does not dim or lock (paused, it may).
settings-start-at-login = Start Limber at login
settings-start-at-login-help = Runs the reminder service when you log in, with its tray icon where the desktop has one.
# The chimes' loudness.
settings-volume = Volume
# P is the key that plays a chime.
settings-volume-help = How loud the chimes are. P plays one to try (when sound is on).
# All chimes on or muted.
settings-muted = Sound
# M is the key that mutes the chimes in the player.
settings-muted-help = All chimes on or off (M while following a routine).
# The login entry the setting writes (Linux): its name and comment, shown
# in the desktop's list of programs started at login.
autostart-name = Limber reminders
autostart-comment = Reminds you of the routines you planned

## One row per chime (a short sound), each switched on or off.

settings-cue-start = Chime: start of work
settings-cue-tick = Chime: last 3 seconds
settings-cue-halfway = Chime: halfway
settings-cue-switch = Chime: switch sides
settings-cue-rest = Chime: rest
settings-cue-set-done = Chime: set done
settings-cue-complete = Chime: routine complete
# The app waits for an answer or for Enter.
settings-cue-attention = Chime: waiting for you
# The help line of every chime row. P is the key that plays it; WAV and OGG are file types.
settings-cue-help = P plays it. Your own WAV or OGG can replace it in the settings file.
settings-breath-tones = Breath tones
settings-breath-tones-help = A soft rising tone as you breathe in, falling as you breathe out.

## The voice that says what comes next. T is the key that tries it.

settings-voice = Voice
settings-voice-help = Says what comes next after each chime: the move, side and time, rests, questions. T tries it.
settings-voice-name = Which voice
# The list offers the system's voices for the window's language.
settings-voice-name-help = The system's English voices. T tries it.
settings-voice-speed = Speaking speed
settings-voice-speed-help = How fast the voice speaks. T tries it.
settings-voice-volume = Voice loudness
settings-voice-volume-help = How loud the voice is against the chimes. T tries it.
settings-voice-reps = Count the reps aloud
settings-voice-reps-help = "1", "2", "3"… at the start of each rep.
settings-voice-breathing = Say the breathing words
# "Breathe in" and "Lift" are examples of what the voice says (as the voice says them).
settings-voice-breathing-help = "Breathe in", "Lift"… on each breath, in place of the breath tones.

## Values, shown between the arrows (keep short).

settings-on = On
settings-off = Off
settings-side-left = Left
settings-side-right = Right
settings-side-not-set = Not set
# A number of seconds, e.g. "10 s".
settings-seconds = { $seconds } s
# Seconds added, e.g. "+5 s".
settings-plus-seconds = +{ $seconds } s
# The get-ready time when not set here.
settings-prepare-unset = As the routine says
# The rest between sets when not set here (or by the routine).
settings-rest-unset = 15 s (built in)
# The rest between moves when not set here (or by the routine).
settings-rest-after-unset = None (built in)
# The pause to switch sides when not set here (or by the routine).
settings-switch-unset = 5 s (built in)
# Pain-free sessions in a row: $count is 2 to 10 (1 only if set by hand in
# the file).
settings-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
# The language row when it follows the system; $language is the system's
# language named in itself ("Deutsch", "English"…). The other choices show
# each language's own name and are not translated.
settings-language-system = System ({ $language })
settings-theme-system = Like the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-renderer-software = Software
settings-renderer-gpu = GPU
# A loudness, $percent from 0 to 100.
settings-percent = { $percent } %
# The Sound row when all chimes are off.
settings-muted-on = Muted
# The system's default voice.
settings-voice-default = Default
# Speaking speed, $count from 100 to 260.
settings-words-per-minute = { $count } words/min
# The voice's loudness against the chimes, $percent from 0 to 200.
settings-percent-of-chimes = { $percent } % of chimes
