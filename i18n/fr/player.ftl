## Titres de fenêtre.
title-app = { $what } — Limber
title-paused = En pause · { $what } — Limber
title-paused-after-sleep = En pause après la veille · { $what } — Limber
title-running = { $time } · { $what } — Limber
title-welcome = Bienvenue — Limber
title-unsaved = • { $name } — Limber
title-import = Importer

player-done = Terminé
player-slept = En pause pendant la veille de l'ordinateur · Espace pour continuer
player-slept-short = En pause : l'ordinateur était en veille
player-muted = Son coupé
player-sound-unavailable = Son indisponible

## Sous le grand compte à rebours.
clock-so-far = écoulé
clock-over = en plus
clock-paused = en pause
clock-left = restant

player-last-one = Dernier exercice : finissez en beauté
player-next-question = Ensuite : une question · { $question }
player-next = Ensuite :

## Boutons.
player-resume = Reprendre
player-pause = Pause
player-back = Retour
player-skip = Passer
player-restart = Refaire
player-add-time = +15 s
player-confirm = Fini
player-mute = Muet
player-unmute = Son
player-compact = Compact
player-stop = Arrêter
player-start = Commencer
player-keep-going = Continuer
player-step-up = Allonger
player-not-now = Pas maintenant

## La question entre deux parties.
gate-run = passer à « { $section } »
gate-skip = sauter « { $section } » aujourd'hui
gate-repeat = refaire « { $section } » à la place
gate-yes = Oui
gate-no = Non
gate-answers = Oui : { $yes } · Non : { $no }

player-length-moves = { $count ->
    [one] { $time } · { $count } exercice
   *[other] { $time } · { $count } exercices
}
player-step-up-offer = { $count ->
    [one] { $count } séance sans douleur : envie d'aller un peu plus loin ?
   *[other] { $count } séances sans douleur d'affilée : envie d'aller un peu plus loin ?
}
player-esc-library = Échap pour revenir à la bibliothèque
player-compact-keys = Espace pause · → passer · ← retour · C vue complète · Échap arrêter
player-stop-question = Arrêter cette séance ?
player-stop-detail = Ce que vous avez fait jusqu'ici est conservé dans votre historique comme séance partielle.
player-minutes-left = encore { $minutes } min
player-time-left = encore { $time }

## La note de douleur (facultative).
pain-question-before = Quel est votre niveau de douleur en ce moment ?
pain-scale-help = 0 = aucune douleur, 10 = la pire douleur imaginable · facultatif · touches 0 à 9
pain-severe = C'est une douleur importante. Si elle est intense ou s'aggrave, si une jambe est faible, ou si le contrôle de la vessie ou des intestins a changé, arrêtez et demandez un avis médical avant de faire de l'exercice.
