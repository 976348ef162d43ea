# Der Player: das Fenster, das durch eine Routine führt.

## Fenstertitel.
title-app = { $what } — Limber
title-paused = Pausiert · { $what } — Limber
title-paused-after-sleep = Nach Ruhezustand pausiert · { $what } — Limber
title-running = { $time } · { $what } — Limber
title-welcome = Willkommen — Limber
title-unsaved = • { $name } — Limber
title-import = Import

player-done = Fertig
player-slept = Pausiert, weil der Computer im Ruhezustand war · Leertaste zum Weitermachen
player-slept-short = Pausiert: Computer war im Ruhezustand
player-muted = Stumm
player-sound-unavailable = Kein Ton verfügbar

## Unter dem großen Countdown: je ein kurzes Wort.
clock-so-far = bisher
clock-over = darüber
clock-paused = pausiert
clock-left = übrig

player-last-one = Zum Schluss: Bring es gut zu Ende
player-next-question = Als Nächstes: eine Frage · { $question }
player-next = Als Nächstes:

## Knöpfe. Kurz halten.
player-resume = Fortsetzen
player-pause = Pause
player-back = Zurück
player-skip = Überspringen
player-restart = Neu starten
player-add-time = +15 s
player-confirm = Fertig
player-mute = Ton aus
player-unmute = Ton an
player-compact = Kompakt
player-stop = Beenden
player-start = Starten
player-keep-going = Weitermachen
player-step-up = Steigern
player-not-now = Jetzt nicht

## Die Frage zwischen Abschnitten.
gate-run = weiter mit { $section }
gate-skip = { $section } heute auslassen
gate-repeat = stattdessen noch einmal { $section }
gate-yes = Ja
gate-no = Nein
gate-answers = Ja: { $yes } · Nein: { $no }

player-length-moves = { $count ->
    [one] { $time } · { $count } Übung
   *[other] { $time } · { $count } Übungen
}
player-step-up-offer = { $count ->
    [one] { $count } schmerzfreie Einheit: bereit für ein bisschen mehr?
   *[other] { $count } schmerzfreie Einheiten in Folge: bereit für ein bisschen mehr?
}
player-esc-library = Esc führt zurück zur Bibliothek
player-compact-keys = Leertaste Pause · → überspringen · ← zurück · C volle Ansicht · Esc beenden
player-stop-question = Diese Einheit beenden?
player-stop-detail = Was du bisher gemacht hast, bleibt als unvollständige Einheit in deinem Verlauf.
player-minutes-left = noch { $minutes } min
player-time-left = noch { $time }

## Die freiwillige Schmerzbewertung.
pain-question-before = Wie stark sind deine Schmerzen gerade?
pain-scale-help = 0 = keine Schmerzen, 10 = die schlimmsten vorstellbaren · freiwillig · Tasten 0–9
pain-severe = Das sind große Schmerzen. Wenn sie stark sind oder schlimmer werden, ein Bein schwach ist oder sich die Kontrolle über Blase oder Darm verändert hat, hör auf und hol dir ärztlichen Rat, bevor du übst.
