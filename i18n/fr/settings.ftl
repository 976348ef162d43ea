settings-title = Réglages
settings-keys = ↑ ↓ choisir · ← → modifier · enregistré au fur et à mesure
settings-saved-in = Enregistré dans { $file }

## Boutons en bas de page.

settings-open-routines = Dossier des routines
settings-open-file = Fichier de réglages
settings-try-voice = Essayer la voix
settings-back = Retour

## Noms des lignes et leur aide.

settings-affected-side = Côté douloureux
settings-affected-side-help = Le côté qui fait mal. Les exercices prévus pour le côté douloureux l'utilisent, et il reçoit les suppléments ci-dessous.
settings-extra-reps = Répétitions en plus de ce côté
settings-extra-reps-help = Ajoutées aux exercices à répétitions de votre côté douloureux.
settings-extra-time = Maintien en plus de ce côté
settings-extra-time-help = Ajouté aux maintiens de votre côté douloureux.
settings-prepare = Temps de préparation
settings-prepare-help = Le compte à rebours avant chaque exercice. Réglé ici, il s'applique à toutes les routines.
settings-rest = Repos entre les séries
settings-rest-after = Repos entre les exercices
settings-switch = Pause pour changer de côté
settings-pause-help = Pour les routines qui ne fixent pas elles-mêmes cette durée.
settings-breathing-guide = Guide de respiration
settings-breathing-guide-help = Le cercle qui grandit quand vous inspirez et rétrécit quand vous expirez.
settings-ask-pain = Demander le niveau de douleur
settings-ask-pain-help = Une note de 0 à 10 avant et après chaque séance, conservée dans votre historique.
settings-progression = Allonger les maintiens
settings-progression-help = Proposer des maintiens plus longs, dans la plage du programme, après des séances sans douleur.
settings-progression-step = Palier
settings-progression-step-help = De combien un maintien s'allonge à chaque fois.
settings-progression-after = Après des séances sans douleur
settings-progression-after-help = Nombre de séances sans douleur d'affilée avant de proposer d'allonger les maintiens.
settings-language = Langue
settings-language-help = La langue de la fenêtre, de la ligne de commande et de la voix.
settings-theme = Apparence
settings-theme-help = Suivre le système, ou toujours clair ou sombre.
settings-renderer = Rendu
settings-renderer-help = « Logiciel » reste léger sur n'importe quel portable ; « GPU » peut aider sur les grands écrans avec un bon pilote graphique. Au prochain démarrage.
settings-keep-awake = Garder l'écran allumé
settings-keep-awake-help = Pendant une routine, l'écran ne s'assombrit pas et ne se verrouille pas (en pause, il le peut).
settings-start-at-login = Lancer Limber à l'ouverture de session
settings-start-at-login-help = Lance le service de rappels à l'ouverture de session, avec son icône dans la zone de notification si le bureau en a une.
settings-volume = Volume
settings-volume-help = Le volume des sons. P en joue un pour essayer (quand le son est activé).
settings-muted = Son
settings-muted-help = Tous les sons activés ou coupés (M pendant une routine).
autostart-name = Rappels de Limber
autostart-comment = Vous rappelle les routines que vous avez prévues

## Une ligne par son.

settings-cue-start = Son : début de l'effort
settings-cue-tick = Son : 3 dernières secondes
settings-cue-halfway = Son : mi-parcours
settings-cue-switch = Son : changement de côté
settings-cue-rest = Son : repos
settings-cue-set-done = Son : série terminée
settings-cue-complete = Son : routine terminée
settings-cue-attention = Son : Limber vous attend
settings-cue-help = P pour l'écouter. Votre propre fichier WAV ou OGG peut le remplacer dans le fichier de réglages.
settings-breath-tones = Sons de respiration
settings-breath-tones-help = Un son doux qui monte quand vous inspirez et descend quand vous expirez.

## La voix.

settings-voice = Voix
settings-voice-help = Annonce ce qui vient après chaque son : l'exercice, le côté et la durée, les repos, les questions. T pour l'essayer.
settings-voice-name = Quelle voix
settings-voice-name-help = Les voix françaises du système. T pour l'essayer.
settings-voice-speed = Vitesse de parole
settings-voice-speed-help = La vitesse à laquelle la voix parle. T pour l'essayer.
settings-voice-volume = Volume de la voix
settings-voice-volume-help = Le volume de la voix par rapport aux sons. T pour l'essayer.
settings-voice-reps = Compter les répétitions à voix haute
settings-voice-reps-help = « 1 », « 2 », « 3 »… au début de chaque répétition.
settings-voice-breathing = Dire les mots de respiration
settings-voice-breathing-help = « Inspirez », « Levez »… à chaque respiration, à la place des sons de respiration.

## Valeurs (courtes).

settings-on = Activé
settings-off = Désactivé
settings-side-left = Gauche
settings-side-right = Droit
settings-side-not-set = Non défini
settings-seconds = { $seconds } s
settings-plus-seconds = +{ $seconds } s
settings-prepare-unset = Selon la routine
settings-rest-unset = 15 s (par défaut)
settings-rest-after-unset = Aucun (par défaut)
settings-switch-unset = 5 s (par défaut)
settings-sessions = { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}
settings-language-system = Système ({ $language })
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-renderer-software = Logiciel
settings-renderer-gpu = GPU
settings-percent = { $percent } %
settings-muted-on = Coupé
settings-voice-default = Par défaut
settings-words-per-minute = { $count } mots/min
settings-percent-of-chimes = { $percent } % des sons
