## Mistakes in files people write or open: routine files (`.ron`),
## settings.ron, pictures and `.limber` packs. They are printed after the
## place of the mistake, `FILE:LINE:COL: `, by `limber check` and shown in
## the window; they start with a small letter for that reason.
##
## Words in `backticks`, the keys of the files (`hold`, `reps`, `sets`,
## `tempo`, `range`, `moves`, `sections`, `until_done`, `sounds` …) and the
## examples in double quotes ("45s", "figure-4", "photos/bridge.jpg") are
## what the person has to type in the file: keep them in English, as they
## are. Durations such as 30s, 4h or 1m30s are written the file's way too.

## Durations ("45s", "2m", "1m30s"). The units h, m, s and ms are the ones
## the file takes: keep them.

error-duration-empty = a duration is empty; write it like "45s", "2m" or "1m30s"
# $text: what was written.
error-duration-negative = durations cannot be negative ("{ $text }")
error-duration-syntax = "{ $text }" is not a duration; write it like "45s", "2m" or "1m30s"
# $unit: the unit written, e.g. "parsecs".
error-duration-unit = "{ $text }" has an unknown unit "{ $unit }"; use h, m, s or ms
error-duration-too-long = "{ $text }" is too long; durations are limited to 24 hours

## Limits of the values of a move. $min and $max are durations (e.g. 1s,
## 4h), $value what was written.

error-hold-range = a hold must be between { $min } and { $max }, not "{ $value }"
error-tempo-range = a rep's tempo must be between { $min } and { $max }, not "{ $value }"
# The tempo a rep takes from its breathing (`breath`) when none is written.
error-tempo-range-implied = a rep's tempo must be between { $min } and { $max }, not { $value }
error-pause-range = a pause must be between { $min } and { $max }, not "{ $value }"
error-breath-range = an inhale or exhale must be between { $min } and { $max }, not "{ $value }"
error-breath-hold-range = a breath hold must be between { $min } and { $max }, not "{ $value }"
# `reps` and `sets` are the file's keys: keep them in English. $value: the
# number written, or what was found instead of a number (that part may
# come in English from the file reader, e.g. the string "ten").
error-reps-range = reps must be a whole number from 1 to { $max }, not { $value }
error-sets-range = sets must be a whole number from 1 to { $max }, not { $value }

## Texts that are too long or hold invisible control characters. $chars:
## the text's length; $max: the limit; $code: the character's code, e.g.
## 001B (shown as U+001B).

# $what: which text, one of the error-translation-what-* messages below
# (e.g. "the name" or "move "figure-4": a step").
error-text-too-long = { $what } is { $chars } characters long; keep it under { $max }
error-text-control = { $what } contains a control character (U+{ $code }); only tabs and line breaks may be in text
# The name of a routine, section or move.
error-name-too-long = a name is { $chars } characters long; keep it under { $max }
error-name-control = a name contains a control character (U+{ $code }); only tabs and line breaks may be in text
error-name-empty = a name cannot be empty
# A description, a question or a caution.
error-long-text-too-long = this text is { $chars } characters long; keep it under { $max }
error-long-text-control = this text contains a control character (U+{ $code }); only tabs and line breaks may be in text
# One of the numbered steps of a move.
error-step-too-long = a step is { $chars } characters long; keep it under { $max }
error-step-control = a step contains a control character (U+{ $code }); only tabs and line breaks may be in text
# $count: how many steps the move has.
error-too-many-steps = a move has { $count } steps; keep it to { $max } short ones

## Move ids: short names such as "figure-4" that name files and records.

error-move-id-not-slug = move id "{ $id }" should be lowercase letters, digits and dashes, like "figure-4"
error-move-id-twice = move id "{ $id }" is used twice in this routine; each move needs its own id
# Put before a problem of one move: $id is the move's id, $problem one of
# the messages in this file.
error-in-move = move "{ $id }": { $problem }

## Pictures named by a move's `image`. $name: the file name as written.

error-picture-name-empty = a picture file name cannot be empty
error-picture-name-too-long = a picture file name is { $chars } characters long; keep it under { $max }
error-picture-name-characters = picture "{ $name }": write folders with `/`; no `\`, `:` or control characters
error-picture-name-absolute = picture "{ $name }" is an absolute path; name a file beside the routine, like "photos/bridge.jpg"
error-picture-name-outside = picture "{ $name }" must stay inside the routine's folder (no `..`, `.` or empty parts)
error-picture-name-kind = picture "{ $name }" should be a .png, .jpg, .jpeg, .gif or .svg file
error-picture-list-size = a list of pictures holds one or two files (the two positions of a move)
# $known: the built-in illustrations' ids, e.g. "bridge, cat-cow, figure-4".
error-no-such-illustration = there is no illustration "{ $id }"; known ones: { $known }; or name a picture file beside the routine, like "photos/bridge.jpg"

## The routine as a whole.

# $version: the file's `version`; $supported: the one this program reads.
error-format-version = this file is format version { $version }; this Limber reads version { $supported }
error-format-version-newer = this file is format version { $version }; this Limber reads version { $supported } (it was written by a newer Limber)
error-moves-and-sections = give either `moves` or `sections`, not both
error-no-moves = a routine needs at least one move (`moves: [...]`)
error-too-many-sections = a routine has { $count } sections; the limit is { $max }
error-too-many-moves = a routine has { $count } moves; the limit is { $max }
# A section's question (its gate) can repeat an earlier section.
error-first-gate-repeat = the first section's gate has no earlier section to repeat
# $length: e.g. "13 h 5 min"; $max: e.g. 12h.
error-routine-too-long = this routine would take { $length }; the limit is { $max }
# $name: the section's name.
error-section-no-moves = section "{ $name }" has no moves
error-section-twice = two sections are called "{ $name }"; section names must differ
# `Repeat("Stretch")` in a section's gate names a section that is not before it.
error-gate-repeat-unknown = a gate can only repeat an earlier section; there is none called "{ $name }"
# The same; $earlier: the names of the sections before, e.g. "Stretch, Strengthen".
error-gate-repeat-unknown-earlier = a gate can only repeat an earlier section; there is none called "{ $name }" (earlier: { $earlier })

## How long a move lasts, and its range (`range: "30s-60s"`).

error-hold-and-reps = give `hold` or `reps`, not both
error-tempo-without-reps = `tempo` only applies to `reps`
error-no-dose = say how long it lasts: `hold: "30s"`, `reps: 12`, or `until_done: true`
# $range: what was written.
error-range-syntax = range "{ $range }" should look like "30s-60s" for a hold or "10-15" for reps
# "hold" and "range" name the file's keys (`hold: "4s"`, `range: "30s-60s"`).
# $value: the hold, e.g. 4s; $min-$max: the range, e.g. 30s-60s.
error-hold-outside-range = hold { $value } is outside its range { $min }-{ $max }; change one of them
# $count: the reps; $min-$max: the range, e.g. 10-15.
error-reps-outside-range = { $count } reps is outside its range { $min }-{ $max }; change one of them
error-range-without-dose = a `range` needs a `hold` or `reps` to go with it

## Reading a routine file.

# $size and $max in KiB.
error-file-too-big = this file is { $size } KiB; routine files are limited to { $max } KiB
error-file-empty = the file is empty
error-not-utf8 = this is not UTF-8 text; save the file as UTF-8
# $reason: the system's words, e.g. "Permission denied (os error 13)".
error-cannot-read = cannot read this file: { $reason }

## Mistakes in the way a file is written (its punctuation).

error-ron-eof = the file ends too early; is a `)` or `]` missing?
error-ron-comma = expected a comma between items
error-ron-struct-end = expected `)` to close this part, or a comma
error-ron-array-end = expected `]` to close this list, or a comma
error-ron-string = expected text in double quotes
error-ron-string-end = this text has no closing double quote
error-ron-integer = expected a whole number
error-ron-boolean = expected `true` or `false`
error-ron-nested = this is nested too deeply
error-ron-trailing = unexpected text after the end of the routine
# $field: the key written; $expected: the keys allowed, e.g. "id, name, hold".
error-ron-unknown-field = unknown field `{ $field }`; expected one of: { $expected }
# $outer: the part of the file it is in, as the format names it (Move,
# Section, Routine, Breath, Gate): keep it in English.
error-ron-unknown-field-in = unknown field `{ $field }` in { $outer }; expected one of: { $expected }
error-ron-missing-field = missing field `{ $field }`
error-ron-missing-field-in = missing field `{ $field }` in { $outer }
error-ron-duplicate-field = field `{ $field }` is given twice
# $found: the word written; $expected: the words allowed, e.g. "None, Both, Left, Right".
error-ron-unknown-variant = `{ $found }` is not one of: { $expected }
# A part of the file should start with `(` here.
error-ron-expected-routine = expected `(` to start the routine
error-ron-expected-section = expected `(` to start the section
error-ron-expected-move = expected `(` to start the move
error-ron-expected-breath = expected `(` to start the breath
error-ron-expected-gate = expected `(` to start the gate
# The routine's `defaults` (its pauses).
error-ron-expected-timing = expected `(` to start the timing
# $name: another part, as the format names it (in English).
error-ron-expected-part = expected `(` to start the { $name }

## The routine editor: short notes under a field that needs fixing.

error-draft-move-name = give the move a name
error-draft-routine-name = give the routine a name
# A name that is too long; $max: the limit.
error-draft-name-too-long = keep it under { $max } characters
# A duration out of its limits, e.g. "between 1s and 4h".
error-draft-between = between { $min } and { $max }
error-draft-count-range = a whole number from 1 to { $max }
error-draft-count = a whole number

## Picture files. $name: the file name as written in the routine.

# $own and $beside: the two folders looked in.
error-picture-missing = picture "{ $name }" is missing (looked in { $own }/ and { $beside }/)
# $reason: the system's words.
error-picture-unreadable = picture "{ $name }" cannot be read: { $reason }
# $size: e.g. 12.5; $max: e.g. 10.
error-picture-too-large = picture "{ $name }" is { $size } MiB; pictures are limited to { $max } MiB
error-picture-too-many-pixels = picture "{ $name }" is { $width } × { $height } pixels; pictures are limited to { $side } pixels a side and { $megapixels } megapixels
# $kind: PNG, JPEG, GIF or SVG; $reason: the picture reader's words (in
# English), or one of the two animation messages below.
error-picture-broken = picture "{ $name }" is not a readable { $kind } picture: { $reason }
error-picture-unknown-kind = picture "{ $name }" is not a readable known picture: the name does not end in .png, .jpg, .jpeg, .gif or .svg
error-picture-outside = picture "{ $name }" leads outside the routine's folder (a link); copy the picture in instead
# Reasons an animated GIF cannot be shown ($reason above).
error-gif-too-many-frames = it has more than { $most } frames at this size; shorten or shrink the animation
error-gif-no-frames = it has no frames

## Packs (`.limber` files: a routine and its pictures in one file).
## $file: the pack's file.

# $reason: one of the reasons below, or the unpacker's words (in English).
error-pack-not-a-pack = { $file }: not a Limber pack ({ $reason }); nothing was imported
error-pack-too-big = it is { $size } MiB; packs are limited to { $max } MiB
error-pack-too-many-files = it holds { $count } files; a pack holds at most { $max }
error-pack-one-routine = it should hold exactly one routine (.ron) file at the top
# $entry: a file inside the pack; $why: one of the messages below, which
# continue this sentence.
error-pack-refused = { $file }: refused: it holds "{ $entry }", { $why }; nothing was imported
error-pack-why-link = a link
error-pack-why-encrypted = which is encrypted
# $reason: the unpacker's words (in English).
error-pack-why-unpack = which cannot be unpacked ({ $reason })
error-pack-why-too-big = which unpacks to more than { $max } KiB
error-pack-why-all-too-big = and all together it unpacks to more than { $max } MiB
error-pack-why-absolute = an absolute path
error-pack-why-climbs-out = a path that climbs out with `..`
error-pack-why-characters = a name with `\` or control characters
error-pack-why-picture-name = an unsafe picture name
error-pack-why-link-in-the-way = a link in your routines folder in the way
# $name: the picture's file name.
error-pack-picture-missing = picture "{ $name }" is not in the pack
# $id: a routine id, e.g. "my-stretches".
error-pack-exists = a routine "{ $id }" already exists; replace it, or import this one under another id
error-pack-bad-id = "{ $id }" cannot be a routine id: use lowercase letters, digits and dashes
# `limber list` is a command: keep it.
error-pack-not-found = no routine called "{ $id }"; `limber list` shows the ones there are

## Translations of the bundled routines, checked by `limber check
## i18n/de/routines/*.ron`. $id: a move's id and $name: a section's
## English name, as the translation file keys them; $field: a key of the
## file (`caution`, `inhale_cue`, `exhale_cue`, `question`, `detail`):
## keep it as it is.

# Which text is meant: $what in error-translation-text-empty,
# error-text-too-long and error-text-control.
error-translation-what-name = the name
error-translation-what-description = the description
error-translation-what-move-name = move "{ $id }": the name
error-translation-what-move-step = move "{ $id }": a step
# A caution or the breathing words.
error-translation-what-move-text = move "{ $id }": a text
error-translation-what-section-name = section "{ $name }": the name
error-translation-text-empty = { $what } is empty
error-translation-section-missing = section "{ $name }" is missing
error-translation-section-field-missing = section "{ $name }": its `{ $field }` is missing
# The translation has words for something the routine does not have.
error-translation-section-field-extra = section "{ $name }": its `{ $field }` is not in the routine
error-translation-no-such-section = the routine has no section "{ $name }"
error-translation-move-missing = move "{ $id }" is missing
# $steps: how many steps the translation gives; $count: how many the routine has.
error-translation-step-count = move "{ $id }": { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}, the routine has { $count }
error-translation-move-field-missing = move "{ $id }": its `{ $field }` is missing
error-translation-move-field-extra = move "{ $id }": its `{ $field }` is not in the routine
error-translation-no-such-move = the routine has no move "{ $id }"
# A translation file is named after the routine it translates.
error-translation-no-routine = there is no bundled routine "{ $id }" for this translation (the file name is the routine's id)

## Files and folders.

# The reason a file could not be written (after the file's path).
error-path-no-file-name = the path has no file name
# LIMBER_HOME=DIR is how it is set: keep it.
error-no-home = cannot find a home folder for settings; set LIMBER_HOME=DIR

## Mistakes in settings.ron. $error: what is wrong, partly in the file
## reader's words (English).

error-settings-unreadable = { $error }; all settings use their defaults until this is fixed
# $name: the setting's key, e.g. `theme`: keep it.
error-setting-default = setting `{ $name }`: { $error }; using its default
# `breaks` is the key of the file: keep it.
error-setting-breaks-off = setting `breaks`: { $error }; movement breaks stay off until it is fixed
# An entry of a list, e.g. one reminder.
error-settings-entry-left-out = { $error }; this entry is left out until it is fixed
# `sounds` and the cue names (tick, start, …) are keys of the file: keep them.
error-sounds-unknown-cue = sounds: there is no cue called "{ $name }" (cues: { $cues }); it is left out
# $file: the settings file; $reason: the system's words.
error-settings-cannot-read = { $file }: cannot read settings ({ $reason }); using defaults
