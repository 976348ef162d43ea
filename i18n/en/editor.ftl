# The routine editor: the routine's name and description at the top, the
# list of moves on the left, the selected move's fields on the right.

## Buttons at the top; each has its key shown beside it in a small box (keep short).

editor-save = Save
editor-duplicate = Duplicate
# Writes the routine and its pictures into one file to share.
editor-export = Export…
# Writes a printable sheet of the routine.
editor-print = Print sheet
# Only for a bundled routine the person has changed: back to the bundled one.
editor-reset = Reset to original
editor-close = Close

## Below the routine's name: where it is saved, then its length and moves
## (or the count of problems). $id is the routine's file name (not translated).

editor-origin-bundled = Bundled routine "{ $id }": saving makes your own copy
editor-origin-override = Your version of "{ $id }"
editor-origin-user = Your routine "{ $id }"
editor-origin-new = New routine "{ $id }", not saved yet
# $place is one of the four lines above; $length is e.g. "12:30" (minutes:seconds).
editor-summary = { $place } · { $length } · { $count ->
        [one] { $count } move
       *[other] { $count } moves
    }
# $place is where it is saved (see above).
editor-summary-problems = { $place } · { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } to fix

## Placeholders shown in empty text fields.

editor-routine-name = Routine name
editor-description-hint = One or two sentences: what it is and when to use it

## Notes under the header.

editor-picture-set = Picture set. Save to keep it.
editor-saved = Saved.
editor-updated-from-file = Updated from the file, which was changed outside Limber.
# $error is the mistake, with its line and column (not translated).
editor-file-has-mistake = The file was changed outside Limber and now has a mistake: { $error }
editor-needs-a-move = A routine needs at least one move.
# Problems are shown in red beside the fields.
editor-not-saved = Not saved: fix { $count ->
        [one] the problem in red
       *[other] the { $count } problems in red
    } first.
editor-fix-before-duplicating = Fix the problems in red before duplicating.
editor-fix-before-printing = Fix the problems in red before printing.
# "Reset" is the button "Reset to original".
editor-confirm-reset = Reset removes your version and goes back to the original. Press Reset again to do it (your file is kept hidden as a backup).
# Ctrl+S and Esc are keys.
editor-confirm-close = You have unsaved changes. Save with Ctrl+S, or press Esc again to leave without saving.
editor-loaded-theirs = Loaded the file's version.
# Ctrl+S is a key.
editor-save-before-export = Save first (Ctrl+S), then export: the file shared is the saved routine.
# $name is the routine's name in the file; $count its number of moves (at least 1).
editor-conflict = { $count ->
    [one] The file was changed outside Limber (now "{ $name }", { $count } move) while you have unsaved changes here.
   *[other] The file was changed outside Limber (now "{ $name }", { $count } moves) while you have unsaved changes here.
}
# Buttons beside the line above.
editor-keep-mine = Keep mine
editor-take-theirs = Use the file's
editor-has-comments = This file has comments; saving from here rewrites it without them.

## The list of moves.

# A section's heading when the section asks a yes/no question first;
# $section is its name, $question the question (both from the routine).
editor-section-asks = { $section } · asks "{ $question }"
# Buttons below the list, each with its key ([, ], Del, A) beside it.
editor-move-up = Up
editor-move-down = Down
editor-remove = Remove
editor-add = Add

## A move's dose in the list, after its name: "45s × 3 · both sides". $reps
## and $sets are as typed; $work is the part before (e.g. "45s", "12 reps").

editor-dose-reps = { $reps } reps
editor-dose-until-done = until done
editor-dose-sets = { $work } × { $sets }
editor-dose-both-sides = { $work } · both sides
editor-dose-left = { $work } · left
editor-dose-right = { $work } · right
editor-dose-affected = { $work } · affected side

## The selected move's fields. Field names are small labels above boxes about
## 150 pixels wide (keep short).

# Above the move's name.
editor-move = Move
# Placeholder of the move's name.
editor-move-name = Name
# Button (key C) to choose picture files.
editor-picture = Picture…
# Button: back to the plain figure, no picture.
editor-no-picture = None
# The three kinds of move (buttons).
editor-kind-hold = Hold
editor-kind-reps = Reps
editor-kind-open = Until I'm done
# Enter is a key.
editor-open-explained = No timer: the move ends when you press Enter.
# Field: how long to hold (e.g. 45s).
editor-hold = Hold
# Field: the lowest and highest dose of the programme (e.g. 30s-60s).
editor-range = Programme range
editor-reps = Reps
editor-tempo = Seconds per rep
# Placeholder when empty: one rep takes one breath.
editor-tempo-hint = one breath
# Switch; Enter is a key.
editor-until-done = Wait for Enter when the time is up
editor-sets = Sets
editor-rest = Rest between sets
# Placeholder when empty: the routine's rest is used.
editor-rest-hint = routine's
editor-sides = Sides
# Which sides the move is done on (buttons).
editor-sides-none = One move
editor-sides-both = Left, then right
editor-sides-left = Left only
editor-sides-right = Right only
editor-sides-affected = Affected side
# Switch.
editor-breathing-guide = Breathing guide
editor-inhale = Breathe in
editor-breath-hold = Hold the breath
# Placeholder when empty: no holding of the breath.
editor-breath-hold-hint = none
editor-exhale = Breathe out
# Switch, shown when the move has pictures.
editor-mirror = Flip the picture for the left side

## The "Add a move" dialog.

editor-add-title = Add a move
# ↑↓ are the arrow keys; Enter and Esc are keys.
editor-add-keys = From the moves in your routines · ↑↓ choose · Enter adds · Esc cancels

## Importing a routine: a file someone shared (.limber) or a routine file.

import-title = Import a routine
import-subtitle = A .limber file someone shared, or a routine file with its pictures
import-choose = Choose the file in the dialog, or drop it on this window.
import-no-dialog = No file dialog is available here. Drop the file on this window, or type its path:
# Placeholder of the path field: an example path.
import-path-hint = /home/you/Downloads/routine.limber
# Button beside the path field.
import-open = Open
# Button (key O): shows the Open dialog.
import-choose-file = Choose a file…
import-close = Close
# $file is the file's path.
import-checking = Checking { $file } …
# Under the routine's name: $length is e.g. "12:30" (minutes:seconds);
# $file is the file's path.
import-summary = { $length } · { $moves ->
        [one] { $moves } move
       *[other] { $moves } moves
    } · { $pictures ->
        [one] { $pictures } picture
       *[other] { $pictures } pictures
    } · from { $file }
# Button (key Enter).
import-add = Import
# $id is the routine's file name (not translated).
import-will-add = It will be added to your routines as "{ $id }".
# $id is the routine's file name; $free the new name it gets to keep both (not translated).
import-taken = You already have a routine "{ $id }". Keep both (this one becomes "{ $free }"), or replace yours (it is kept as a hidden backup).
# Buttons (keys Enter and R).
import-keep-both = Keep both
import-replace = Replace mine
# A file that cannot be imported; $file is its path. What is wrong follows (not translated).
import-refused = { $file } cannot be imported
import-refused-why = Nothing was copied. What is wrong:
# Button (key O).
import-choose-another = Choose another…
import-importing = Importing…
# $name is the routine's name.
import-done = "{ $name }" is in your library.
# $path is where the file was written.
import-saved-as = Saved as { $path }
# Button (key Esc).
import-back = Back to the library
# Heading; the reason follows (not translated).
import-failed = The import did not finish

## What a new routine starts as, ready to be changed.

editor-new-routine-name = My routine
editor-new-routine-description = My own routine.
editor-new-move-name = My move
