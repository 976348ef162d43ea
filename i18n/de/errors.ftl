## Fehler in Dateien, die man selbst schreibt oder öffnet (Routinen, settings.ron,
## Bilder, .limber-Pakete). Schlüssel, Beispiele und Einheiten bleiben englisch.

## Dauern ("45s", "2m", "1m30s").

error-duration-empty = eine Dauer ist leer; schreib sie z. B. als "45s", "2m" oder "1m30s"
error-duration-negative = eine Dauer kann nicht negativ sein ("{ $text }")
error-duration-syntax = "{ $text }" ist keine Dauer; schreib sie z. B. als "45s", "2m" oder "1m30s"
error-duration-unit = "{ $text }" hat eine unbekannte Maßeinheit "{ $unit }"; nimm h, m, s oder ms
error-duration-too-long = "{ $text }" ist zu lang; eine Dauer darf höchstens 24 Stunden betragen

## Grenzen für die Werte einer Übung.

error-hold-range = eine Haltezeit muss zwischen { $min } und { $max } liegen, nicht "{ $value }"
error-tempo-range = das Tempo einer Wiederholung muss zwischen { $min } und { $max } liegen, nicht "{ $value }"
error-tempo-range-implied = das Tempo einer Wiederholung muss zwischen { $min } und { $max } liegen, nicht { $value }
error-pause-range = eine Pause muss zwischen { $min } und { $max } liegen, nicht "{ $value }"
error-breath-range = Einatmen und Ausatmen müssen jeweils zwischen { $min } und { $max } dauern, nicht "{ $value }"
error-breath-hold-range = das Luftanhalten muss zwischen { $min } und { $max } dauern, nicht "{ $value }"
error-reps-range = `reps` muss eine ganze Zahl von 1 bis { $max } sein, nicht { $value }
error-sets-range = `sets` muss eine ganze Zahl von 1 bis { $max } sein, nicht { $value }

## Zu lange Texte und unsichtbare Steuerzeichen.

error-text-too-long = { $what } ist { $chars } Zeichen lang; bleib unter { $max }
error-text-control = { $what } enthält ein Steuerzeichen (U+{ $code }); in Texten sind nur Tabulatoren und Zeilenumbrüche erlaubt
error-name-too-long = ein Name ist { $chars } Zeichen lang; bleib unter { $max }
error-name-control = ein Name enthält ein Steuerzeichen (U+{ $code }); in Texten sind nur Tabulatoren und Zeilenumbrüche erlaubt
error-name-empty = ein Name darf nicht leer sein
error-long-text-too-long = dieser Text ist { $chars } Zeichen lang; bleib unter { $max }
error-long-text-control = dieser Text enthält ein Steuerzeichen (U+{ $code }); in Texten sind nur Tabulatoren und Zeilenumbrüche erlaubt
error-step-too-long = ein Schritt ist { $chars } Zeichen lang; bleib unter { $max }
error-step-control = ein Schritt enthält ein Steuerzeichen (U+{ $code }); in Texten sind nur Tabulatoren und Zeilenumbrüche erlaubt
error-too-many-steps = eine Übung hat { $count } Schritte; beschränk dich auf { $max } kurze

## Übungs-IDs wie "figure-4".

error-move-id-not-slug = die Übungs-ID "{ $id }" sollte nur aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen, z. B. "figure-4"
error-move-id-twice = die Übungs-ID "{ $id }" kommt in dieser Routine zweimal vor; jede Übung braucht ihre eigene ID
error-in-move = Übung "{ $id }": { $problem }

## Bilder, die das `image` einer Übung nennt.

error-picture-name-empty = ein Bilddateiname darf nicht leer sein
error-picture-name-too-long = ein Bilddateiname ist { $chars } Zeichen lang; bleib unter { $max }
error-picture-name-characters = Bild "{ $name }": Trenn Ordner mit `/`; `\`, `:` und Steuerzeichen sind nicht erlaubt
error-picture-name-absolute = Bild "{ $name }" ist ein absoluter Pfad; gib eine Datei neben der Routine an, z. B. "photos/bridge.jpg"
error-picture-name-outside = Bild "{ $name }" muss im Ordner der Routine bleiben (kein `..`, kein `.` und keine leeren Teile)
error-picture-name-kind = Bild "{ $name }" sollte eine .png-, .jpg-, .jpeg-, .gif- oder .svg-Datei sein
error-picture-list-size = eine Liste von Bildern enthält eine oder zwei Dateien (die beiden Positionen einer Übung)
error-no-such-illustration = es gibt keine eingebaute Abbildung "{ $id }"; vorhanden sind: { $known }; oder gib eine Bilddatei neben der Routine an, z. B. "photos/bridge.jpg"

## Die Routine als Ganzes.

error-format-version = diese Datei hat die Formatversion { $version }; diese Limber-Version liest Formatversion { $supported }
error-format-version-newer = diese Datei hat die Formatversion { $version }; diese Limber-Version liest Formatversion { $supported } (die Datei stammt von einer neueren Limber-Version)
error-moves-and-sections = gib entweder `moves` oder `sections` an, nicht beides
error-no-moves = eine Routine braucht mindestens eine Übung (`moves: [...]`)
error-too-many-sections = eine Routine hat { $count } Abschnitte; erlaubt sind höchstens { $max }
error-too-many-moves = eine Routine hat { $count } Übungen; erlaubt sind höchstens { $max }
error-first-gate-repeat = die Frage (`gate`) des ersten Abschnitts hat keinen früheren Abschnitt, den sie wiederholen könnte
error-routine-too-long = diese Routine würde { $length } dauern; erlaubt sind höchstens { $max }
error-section-no-moves = Abschnitt "{ $name }" hat keine Übungen
error-section-twice = zwei Abschnitte heißen "{ $name }"; Abschnitte brauchen verschiedene Namen
error-gate-repeat-unknown = eine Frage (`gate`) kann nur einen früheren Abschnitt wiederholen; es gibt keinen namens "{ $name }"
error-gate-repeat-unknown-earlier = eine Frage (`gate`) kann nur einen früheren Abschnitt wiederholen; es gibt keinen namens "{ $name }" (davor: { $earlier })

## Wie lange eine Übung dauert, und ihre Spanne (`range: "30s-60s"`).

error-hold-and-reps = gib `hold` oder `reps` an, nicht beides
error-tempo-without-reps = `tempo` gilt nur für `reps`
error-no-dose = gib an, wie lange die Übung dauert: `hold: "30s"`, `reps: 12` oder `until_done: true`
error-range-syntax = die Spanne "{ $range }" sollte so aussehen: "30s-60s" für eine Haltezeit oder "10-15" für Wiederholungen
error-hold-outside-range = `hold` { $value } liegt außerhalb von `range` { $min }-{ $max }; ändere einen der beiden Werte
error-reps-outside-range = `reps` { $count } liegt außerhalb von `range` { $min }-{ $max }; ändere einen der beiden Werte
error-range-without-dose = `range` braucht dazu `hold` oder `reps`

## Eine Routinendatei lesen.

error-file-too-big = diese Datei ist { $size } KiB groß; Routinendateien dürfen höchstens { $max } KiB groß sein
error-file-empty = die Datei ist leer
error-not-utf8 = das ist kein UTF-8-Text; speichere die Datei als UTF-8
error-cannot-read = diese Datei kann nicht gelesen werden: { $reason }

## Fehler in der Schreibweise einer Datei (Satzzeichen).

error-ron-eof = die Datei endet zu früh; fehlt eine `)` oder `]`?
error-ron-comma = erwartet wird ein Komma zwischen den Einträgen
error-ron-struct-end = erwartet wird `)`, um diesen Teil zu schließen, oder ein Komma
error-ron-array-end = erwartet wird `]`, um diese Liste zu schließen, oder ein Komma
error-ron-string = erwartet wird Text in doppelten Anführungszeichen
error-ron-string-end = diesem Text fehlt das schließende doppelte Anführungszeichen
error-ron-integer = erwartet wird eine ganze Zahl
error-ron-boolean = erwartet wird `true` oder `false`
error-ron-nested = das ist zu tief verschachtelt
error-ron-trailing = unerwarteter Text nach dem Ende der Routine
error-ron-unknown-field = unbekanntes Feld `{ $field }`; erwartet wird eines von: { $expected }
error-ron-unknown-field-in = unbekanntes Feld `{ $field }` in { $outer }; erwartet wird eines von: { $expected }
error-ron-missing-field = das Feld `{ $field }` fehlt
error-ron-missing-field-in = das Feld `{ $field }` fehlt in { $outer }
error-ron-duplicate-field = das Feld `{ $field }` ist zweimal angegeben
error-ron-unknown-variant = `{ $found }` geht hier nicht; möglich sind: { $expected }
error-ron-expected-routine = erwartet wird `(` am Anfang der Routine
error-ron-expected-section = erwartet wird `(` am Anfang des Abschnitts
error-ron-expected-move = erwartet wird `(` am Anfang der Übung
error-ron-expected-breath = erwartet wird `(` am Anfang der Atmung (`breath`)
error-ron-expected-gate = erwartet wird `(` am Anfang der Frage (`gate`)
error-ron-expected-timing = erwartet wird `(` am Anfang der Pausenzeiten (`defaults`)
error-ron-expected-part = erwartet wird `(` am Anfang von { $name }

## Der Routinen-Editor: kurze Hinweise unter einem Feld.

error-draft-move-name = gib der Übung einen Namen
error-draft-routine-name = gib der Routine einen Namen
error-draft-name-too-long = bleib unter { $max } Zeichen
error-draft-between = zwischen { $min } und { $max }
error-draft-count-range = eine ganze Zahl von 1 bis { $max }
error-draft-count = eine ganze Zahl

## Bilddateien.

error-picture-missing = Bild "{ $name }" fehlt (gesucht in { $own }/ und { $beside }/)
error-picture-unreadable = Bild "{ $name }" kann nicht gelesen werden: { $reason }
error-picture-too-large = Bild "{ $name }" ist { $size } MiB groß; Bilder dürfen höchstens { $max } MiB groß sein
error-picture-too-many-pixels = Bild "{ $name }" hat { $width } × { $height } Pixel; Bilder dürfen höchstens { $side } Pixel pro Seite und { $megapixels } Megapixel haben
error-picture-broken = Bild "{ $name }" ist kein lesbares { $kind }-Bild: { $reason }
error-picture-unknown-kind = Bild "{ $name }" ist kein lesbares Bild in einem bekannten Format: Der Name endet nicht auf .png, .jpg, .jpeg, .gif oder .svg
error-picture-outside = Bild "{ $name }" führt aus dem Ordner der Routine hinaus (ein Link); kopier das Bild stattdessen hinein
error-gif-too-many-frames = es hat in dieser Größe mehr als { $most } Einzelbilder; kürze die Animation oder mach sie kleiner
error-gif-no-frames = es hat keine Einzelbilder

## Pakete (.limber-Dateien: eine Routine und ihre Bilder in einer Datei).

error-pack-not-a-pack = { $file }: kein Limber-Paket ({ $reason }); es wurde nichts importiert
error-pack-too-big = es ist { $size } MiB groß; Pakete dürfen höchstens { $max } MiB groß sein
error-pack-too-many-files = es enthält { $count } Dateien; ein Paket darf höchstens { $max } enthalten
error-pack-one-routine = es sollte auf oberster Ebene genau eine Routinendatei (.ron) enthalten
error-pack-refused = { $file }: abgelehnt: Es enthält den Eintrag "{ $entry }", { $why }; es wurde nichts importiert
error-pack-why-link = einen Link
error-pack-why-encrypted = der verschlüsselt ist
error-pack-why-unpack = der sich nicht entpacken lässt ({ $reason })
error-pack-why-too-big = der entpackt größer als { $max } KiB ist
error-pack-why-all-too-big = und alles zusammen ist entpackt größer als { $max } MiB
error-pack-why-absolute = einen absoluten Pfad
error-pack-why-climbs-out = einen Pfad, der mit `..` nach außen führt
error-pack-why-characters = einen Namen mit `\` oder Steuerzeichen
error-pack-why-picture-name = einen unsicheren Bildnamen
error-pack-why-link-in-the-way = dem ein Link in deinem Routinen-Ordner im Weg steht
error-pack-picture-missing = Bild "{ $name }" ist nicht im Paket
error-pack-exists = eine Routine "{ $id }" gibt es schon; ersetze sie oder importiere diese unter einer anderen ID
error-pack-bad-id = "{ $id }" kann keine Routinen-ID sein: nimm Kleinbuchstaben, Ziffern und Bindestriche
error-pack-not-found = keine Routine namens "{ $id }"; `limber list` zeigt alle vorhandenen

## Übersetzungen der mitgelieferten Routinen (`limber check i18n/de/routines/*.ron`).

error-translation-what-name = der Name
error-translation-what-description = die Beschreibung
error-translation-what-move-name = Übung "{ $id }": der Name
error-translation-what-move-step = Übung "{ $id }": ein Schritt
error-translation-what-move-text = Übung "{ $id }": ein Text
error-translation-what-section-name = Abschnitt "{ $name }": der Name
error-translation-text-empty = { $what } ist leer
error-translation-section-missing = Abschnitt "{ $name }" fehlt
error-translation-section-field-missing = Abschnitt "{ $name }": `{ $field }` fehlt
error-translation-section-field-extra = Abschnitt "{ $name }": `{ $field }` gibt es in der Routine nicht
error-translation-no-such-section = die Routine hat keinen Abschnitt "{ $name }"
error-translation-move-missing = Übung "{ $id }" fehlt
error-translation-step-count = Übung "{ $id }": { $steps ->
    [one] { $steps } Schritt
   *[other] { $steps } Schritte
}, in der Routine sind es { $count }
error-translation-move-field-missing = Übung "{ $id }": `{ $field }` fehlt
error-translation-move-field-extra = Übung "{ $id }": `{ $field }` gibt es in der Routine nicht
error-translation-no-such-move = die Routine hat keine Übung "{ $id }"
error-translation-no-routine = zu dieser Übersetzung gibt es keine mitgelieferte Routine "{ $id }" (der Dateiname ist die ID der Routine)

## Dateien und Ordner.

error-path-no-file-name = der Pfad hat keinen Dateinamen
error-no-home = kein Benutzerordner für die Einstellungen gefunden; setz LIMBER_HOME=DIR

## Fehler in settings.ron.

error-settings-unreadable = { $error }; bis das behoben ist, gelten für alle Einstellungen die Standardwerte
error-setting-default = Einstellung `{ $name }`: { $error }; der Standardwert wird verwendet
error-setting-breaks-off = Einstellung `breaks`: { $error }; Bewegungspausen bleiben aus, bis das behoben ist
error-settings-entry-left-out = { $error }; dieser Eintrag wird weggelassen, bis er behoben ist
error-sounds-unknown-cue = sounds: Es gibt keinen Signalton namens "{ $name }" (Signaltöne: { $cues }); er wird weggelassen
error-settings-cannot-read = { $file }: Die Einstellungen können nicht gelesen werden ({ $reason }); die Standardwerte werden verwendet
