# The library: the first page, a card per routine.

## Buttons (their key is shown beside them). Keep them short.
library-edit = Edit
library-new = New routine
library-import = Import…
library-history = History
library-reminders = Reminders
library-between = Between sessions
library-settings = Settings
library-safety = Safety
library-choose = Choose a routine · arrow keys to move, Enter to start
# A routine the person changed (replacing a bundled one) or wrote.
library-your-version = Your version
library-your-routine = Your routine
# Under a routine's name: its length ("21:40") and number of moves.
library-card-line = { $count ->
    [one] { $time } · { $count } move
   *[other] { $time } · { $count } moves
}
# $source: "Your version" or "Your routine".
library-card-line-source = { $count ->
    [one] { $time } · { $count } move · { $source }
   *[other] { $time } · { $count } moves · { $source }
}
library-mistake-last-good = The file now has a mistake; the last version that worked is used:
library-mistake = This file has a mistake and cannot be used until it is fixed:
