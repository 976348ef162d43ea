# Die Seite nach einer Einheit.
finish-well-done = Gut gemacht
finish-stopped = Einheit beendet
finish-finished = Du hast „{ $name }“ geschafft.
finish-part-way = { $name }: vorzeitig beendet.
## Unter großen Zahlen: kurz halten.
finish-active-time = aktive Zeit
finish-moves-done = Übungen gemacht
finish-skipped = übersprungen
## Neben jeder Übung.
finish-mark-done = ✓ gemacht
finish-mark-skipped = übersprungen
finish-not-kept = Es wurde nichts begonnen, deshalb wird diese Einheit nicht in deinem Verlauf gespeichert.
finish-saving = Wird in deinem Verlauf gespeichert…
finish-saved = In deinem Verlauf gespeichert.
finish-save-failed = Konnte nicht in deinem Verlauf gespeichert werden: { $error }
pain-question-after = Wie stark sind deine Schmerzen jetzt?
finish-note-placeholder = Notiz hinzufügen (freiwillig), z. B. wie sich die Hüfte angefühlt hat
finish-back-library = Zurück zur Bibliothek
