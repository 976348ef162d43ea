# The page after a session.
finish-well-done = Well done
finish-stopped = Session stopped
# $name: the routine's name.
finish-finished = You finished { $name }.
finish-part-way = { $name }: stopped part-way.
## Under big numbers: keep short.
finish-active-time = active time
finish-moves-done = moves done
finish-skipped = skipped
## Beside each move.
finish-mark-done = ✓ done
finish-mark-skipped = skipped
finish-not-kept = Nothing was started, so this is not kept in your history.
finish-saving = Saving to your history…
finish-saved = Saved to your history.
# $error: what went wrong, from the system.
finish-save-failed = Could not save to your history: { $error }
pain-question-after = How is your pain now?
finish-note-placeholder = Add a note (optional), e.g. how the hip felt
finish-back-library = Back to the library
