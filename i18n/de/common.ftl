# Wörter, die auf vielen Seiten vorkommen.

back = Zurück
count-sets = { $count ->
    [one] { $count } Satz
   *[other] { $count } Sätze
}

## Hinweise oben im Fenster, wenn etwas nicht geklappt hat.
app-save-session-failed = Die letzte Einheit konnte nicht gespeichert werden: { $error }
app-save-pain-failed = Schmerzwert und Notiz konnten nicht gespeichert werden
app-save-step-up-failed = Die Steigerung konnte nicht gespeichert werden
app-save-settings-failed = Die Einstellungen konnten nicht gespeichert werden: { $error }
app-settings-backup = Deine Einstellungsdatei hatte Fehler; die alte Datei wurde als { $file } aufbewahrt
app-save-safety-failed = Es konnte nicht gespeichert werden, dass du die Sicherheitsseite gelesen hast
app-open-failed = { $file } konnte nicht geöffnet werden: { $error }
app-pause-failed = Die Erinnerungen konnten nicht pausiert werden
app-autostart-failed = Es konnte nicht geändert werden, wie Limber bei der Anmeldung startet
app-failed-because = { $what }: { $error }
app-editor-save-failed = Speichern fehlgeschlagen: { $error }
app-editor-reset-failed = Zurücksetzen fehlgeschlagen: { $error }
app-editor-reset-done = Zurück zum Original. Deine Version wurde als versteckte Datei in deinem Routinen-Ordner aufbewahrt.
app-service-failed = Der Erinnerungsdienst konnte nicht gestartet werden: { $error }
app-awake-missing = { $reason }; der Bildschirm kann während einer Routine dunkler werden
app-reminder-busy = Eine Erinnerung wollte „{ $id }“ starten, während eine Routine lief; starte sie aus der Bibliothek, wenn du bereit bist.

## Dateidialoge (Titel).
dialog-import = Routine importieren
dialog-export = Routine exportieren
dialog-pictures = Bild auswählen (oder zwei: Anfang und Ende)
dialog-unavailable = kein Dateidialog auf diesem System

## Statuszeilen im Editor beim Teilen (Export, Drucken, Bilder).
sharing-writing-sheet = Übungsblatt wird erstellt…
sharing-exported = Exportiert nach { $file }
sharing-export-failed = Export fehlgeschlagen: { $error }
sharing-sheet-saved = Übungsblatt gespeichert (und zum Drucken geöffnet): { $file }
sharing-sheet-failed = Das Übungsblatt konnte nicht erstellt werden: { $error }
sharing-copy-pictures-failed = Die Bilder konnten nicht kopiert werden: { $error }
sharing-picture-failed = Dieses Bild kann nicht verwendet werden: { $error }
sharing-no-dialog-pictures = Hier gibt es keinen Dateidialog: Zieh eine Bilddatei auf dieses Fenster, um sie für diese Übung zu verwenden.

## Tastennamen.
key-space = Leertaste
key-enter = Enter
key-esc = Esc
key-tab = Tab
key-del = Entf
dialog-filter-routines = Limber-Routinen
dialog-filter-pack = Limber-Routine
dialog-filter-pictures = Bilder
