## Au-dessus du nom de l'exercice dans le lecteur.
kicker-paused = En pause · Espace pour continuer
kicker-paused-short = En pause
kicker-confirm = Quand vous avez fini · appuyez sur Entrée
kicker-confirm-short = Fini ? Appuyez sur Entrée
kicker-get-ready = Préparez-vous
kicker-rest = Repos · à suivre
kicker-rest-short = Repos · ensuite
kicker-rep = Répétition { $rep } sur { $of }
kicker-again = Encore une fois
kicker-hold = Tenez

## Le guide de respiration.
breath-in = Inspirez
breath-hold = Retenez
breath-out = Expirez
breath-lift = Levez

## Morceaux de la ligne sous le nom de l'exercice.
set-of = série { $set } sur { $sets }
count-reps = { $count ->
    [one] { $count } répétition
   *[other] { $count } répétitions
}
hold-for = tenir { $time }
once-more = encore une fois

## Titres des étapes.
heading-get-ready = Préparez-vous : { $name }
heading-switch = Changez de côté : { $name }
heading-rest = Repos
label-left = { $name } · côté gauche
label-right = { $name } · côté droit
label-affected = { $name } · côté douloureux
label-set = { $name } · série { $set } sur { $sets }

## Phrases dites par la voix.
spoken-switch-sides = Changez de côté
spoken-halfway = À mi-parcours
spoken-last-set = Dernière série
spoken-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } secondes
}
spoken-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
spoken-minutes-seconds = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}
spoken-until-done = jusqu'à ce que vous ayez fini
spoken-list-separator = {", "}
spoken-rest = Repos, { $time }
spoken-rest-next = Repos, { $time }. Ensuite : { $what }
spoken-next-last-set = dernière série
spoken-next-question = une question
spoken-question = { $question } Appuyez sur Y ou N.
spoken-confirm-marker = Appuyez sur Entrée
spoken-confirm = Appuyez sur Entrée quand vous avez fini.
spoken-done = Terminé. { $time }
spoken-sample = Étirement en 4, côté gauche, 30 secondes. Inspirez.

## Côtés du corps.
side-left = Côté gauche
side-right = Côté droit
side-affected = Côté douloureux
side-left-inline = côté gauche
side-right-inline = côté droit
side-affected-inline = côté douloureux

## Une ligne par étape.
describe-until-done = jusqu'à ce que vous ayez fini
describe-switch = Changez de côté · { $name }
describe-switch-side = Changez de côté · { $name } · { $side }

## Pourquoi il n'y a pas de voix.
voice-no-espeak = espeak-ng n'est pas installé (sous Debian ou Ubuntu : sudo apt install espeak-ng)
voice-none-macos = aucune voix « { $language } » n'est installée (Réglages Système > Accessibilité > Contenu énoncé)
voice-none-windows = aucune voix « { $language } » n'est installée (Paramètres > Heure et langue > Voix)
sound-unavailable = Son indisponible : { $reason }
voice-unavailable = Pas de voix : { $reason } ; sons seulement
voice-phrase-failed = La voix n'a pas pu dire une phrase ({ $error }) ; sons seulement pour celle-ci

voice-engine-failed = { $engine } a échoué : { $reason }
voice-engine-timed-out = { $engine } n'a pas répondu en { $seconds } s
voice-engine-garbage = { $engine } n'a donné aucun son utilisable : { $reason }
voice-program-cannot-run = { $program } ne peut pas être lancé
voice-program-cannot-start = impossible de le démarrer ({ $error })
voice-program-no-output = il n'a rien produit
voice-program-ended = il s'est terminé avec { $status }
voice-no-thread = la voix ne peut pas démarrer son fil d'exécution
voice-bad-rate = une fréquence d'échantillonnage de { $rate } Hz
voice-silence = du silence
voice-bad-length = { $seconds } s de son pour { $chars } caractères de texte

## Pourquoi il n'y a pas de son.
sound-off = le son est désactivé
sound-default-output = la sortie par défaut
sound-format-unsupported = le périphérique demande des échantillons { $format }, que Limber ne sait pas produire
sound-cannot-start = impossible de démarrer le périphérique audio ({ $error })
sound-cannot-open = impossible d'ouvrir le périphérique audio ({ $error })
sound-no-device = aucun périphérique audio trouvé
sound-cannot-use = le périphérique audio ne peut pas être utilisé ({ $error })
sound-no-thread = impossible de démarrer le fil d'exécution audio
sound-stopped-responding = le périphérique audio ne répond plus
sound-failed = le périphérique audio a échoué ({ $error })
