# Wörter, die der Player zum Moment einer Routine zeigt, und Sätze, die die
# Stimme spricht (so geschrieben, wie man sie sagt, Zahlen als Ziffern).

## Über dem Namen der Übung (Kurzformen fürs kompakte Fenster).
kicker-paused = Pausiert · Leertaste zum Weitermachen
kicker-paused-short = Pausiert
kicker-confirm = Wenn du fertig bist · drück Enter
kicker-confirm-short = Fertig? Drück Enter
kicker-get-ready = Mach dich bereit
kicker-rest = Pause · als Nächstes
kicker-rest-short = Pause · danach
kicker-rep = Wiederholung { $rep } von { $of }
kicker-again = Noch einmal
kicker-hold = Halten

## Wörter der Atemhilfe.
breath-in = Einatmen
breath-hold = Luft anhalten
breath-out = Ausatmen
breath-lift = Heben

## Teile der Zeile unter dem Namen der Übung.
set-of = Satz { $set } von { $sets }
count-reps = { $count ->
    [one] { $count } Wiederholung
   *[other] { $count } Wiederholungen
}
hold-for = { $time } halten
once-more = noch einmal

## Überschriften der Schritte.
heading-get-ready = Mach dich bereit: { $name }
heading-switch = Seite wechseln: { $name }
heading-rest = Pause
label-left = { $name } · linke Seite
label-right = { $name } · rechte Seite
label-affected = { $name } · betroffene Seite
label-set = { $name } · Satz { $set } von { $sets }

## Gesprochen.
spoken-switch-sides = Seite wechseln
spoken-halfway = Halbzeit
spoken-last-set = Letzter Satz
spoken-seconds = { $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}
spoken-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
spoken-minutes-seconds = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}
spoken-until-done = bis du fertig bist
spoken-list-separator = {", "}
spoken-rest = Pause, { $time }
spoken-rest-next = Pause, { $time }. Als Nächstes: { $what }
spoken-next-last-set = letzter Satz
spoken-next-question = eine Frage
spoken-question = { $question } Drück Y für Ja oder N für Nein.
spoken-confirm-marker = Drück Enter
spoken-confirm = Drück Enter, wenn du fertig bist.
spoken-done = Fertig. { $time }
spoken-sample = Figur-4-Dehnung, linke Seite, 30 Sekunden. Einatmen.

## Körperseiten.
side-left = Linke Seite
side-right = Rechte Seite
side-affected = Betroffene Seite
side-left-inline = linke Seite
side-right-inline = rechte Seite
side-affected-inline = betroffene Seite

## Eine Zeile pro Schritt in Listen.
describe-until-done = bis fertig
describe-switch = Seite wechseln · { $name }
describe-switch-side = Seite wechseln · { $name } · { $side }

## Warum es keine Stimme gibt.
voice-no-espeak = espeak-ng ist nicht installiert (unter Debian oder Ubuntu: sudo apt install espeak-ng)
voice-none-macos = keine Stimme für { $language } installiert (Systemeinstellungen > Bedienungshilfen > Gesprochene Inhalte)
voice-none-windows = keine Stimme für { $language } installiert (Einstellungen > Zeit und Sprache > Spracherkennung)
sound-unavailable = Kein Ton verfügbar: { $reason }
voice-unavailable = Keine Stimme: { $reason }; nur Signaltöne
voice-phrase-failed = Die Stimme konnte einen Satz nicht sprechen ({ $error }); dafür nur Signaltöne

voice-engine-failed = { $engine } ist gescheitert: { $reason }
voice-engine-timed-out = { $engine } hat nicht innerhalb von { $seconds } s geantwortet
voice-engine-garbage = { $engine } hat keinen brauchbaren Ton geliefert: { $reason }
voice-program-cannot-run = { $program } lässt sich nicht ausführen
voice-program-cannot-start = es lässt sich nicht starten ({ $error })
voice-program-no-output = es hat nichts ausgegeben
voice-program-ended = es endete mit { $status }
voice-no-thread = die Stimme kann ihren Thread nicht starten
voice-bad-rate = eine Abtastrate von { $rate } Hz
voice-silence = Stille
voice-bad-length = { $seconds } s Ton für { $chars } Zeichen Text

## Warum es keinen Ton gibt.
sound-off = der Ton ist aus
sound-default-output = die Standardausgabe
sound-format-unsupported = das Gerät erwartet { $format }-Samples, die Limber nicht erzeugen kann
sound-cannot-start = das Tongerät lässt sich nicht starten ({ $error })
sound-cannot-open = das Tongerät lässt sich nicht öffnen ({ $error })
sound-no-device = kein Tongerät gefunden
sound-cannot-use = das Tongerät kann nicht verwendet werden ({ $error })
sound-no-thread = der Audio-Thread lässt sich nicht starten
sound-stopped-responding = das Tongerät reagiert nicht mehr
sound-failed = das Tongerät ist ausgefallen ({ $error })
