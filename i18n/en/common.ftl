# Words used on many pages.

# Button back to the previous page.
back = Back
count-sets = { $count ->
    [one] { $count } set
   *[other] { $count } sets
}

## Notices at the top of the window when something could not be done.
## $error: the system's reason (in English or the system's language).
app-save-session-failed = Could not save the last session: { $error }
app-save-pain-failed = Could not save the pain rating and note
app-save-step-up-failed = Could not save the step up
app-save-settings-failed = Could not save settings: { $error }
# $file: where the old settings file was kept.
app-settings-backup = Your settings file had mistakes; the old file was kept as { $file }
app-save-safety-failed = Could not remember that the safety page was read
app-open-failed = Could not open { $file }: { $error }
app-pause-failed = Could not pause reminders
app-autostart-failed = Could not change how Limber starts at login
# $what: one of the "Could not …" messages above.
app-failed-because = { $what }: { $error }
app-editor-save-failed = Could not save: { $error }
app-editor-reset-failed = Could not reset: { $error }
app-editor-reset-done = Back to the original. Your version was kept as a hidden file in your routines folder.
app-service-failed = Could not start the reminder service: { $error }
# $reason: why the screen cannot be kept awake.
app-awake-missing = { $reason }; the screen may dim during a routine
# $id: the routine's id, e.g. "sciatica-relief".
app-reminder-busy = A reminder asked for "{ $id }" while a routine was running; start it from the library when you are ready.

## File dialogs (titles).
dialog-import = Import a routine
dialog-export = Export a routine
dialog-pictures = Choose a picture (or two: start and end)
dialog-unavailable = no file dialog on this system

## Editor status lines from sharing (export, print, pictures).
sharing-writing-sheet = Writing the sheet…
# $file: where it was written.
sharing-exported = Exported to { $file }
sharing-export-failed = Could not export: { $error }
sharing-sheet-saved = Sheet saved (and opened to print): { $file }
sharing-sheet-failed = Could not write the sheet: { $error }
sharing-copy-pictures-failed = Could not copy the pictures: { $error }
sharing-picture-failed = Could not use that picture: { $error }
sharing-no-dialog-pictures = No file dialog is available here: drop a picture file on this window to use it for this move.

## Key names, on the key chips beside buttons and in help lines. Use the
## name printed on keyboards in your language.
key-space = Space
key-enter = Enter
key-esc = Esc
key-tab = Tab
key-del = Del
## File kinds in the Open and Save dialogs.
dialog-filter-routines = Limber routines
dialog-filter-pack = Limber routine
dialog-filter-pictures = Pictures
