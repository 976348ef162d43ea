history-title = Historique
history-loading = Chargement de votre historique…

## Boutons en haut.

history-report = Bilan de progression
history-report-short = Bilan
history-export-csv = Exporter en CSV
history-export-json = Exporter en JSON
history-to-library = Bibliothèque

## La dernière exportation.

history-exporting = Exportation en { $format }…
history-exported = ✓ Enregistré en { $format } : { $path }
history-export-failed = Impossible d'exporter : { $error }
history-reporting = Écriture du bilan…
history-reported = ✓ Bilan enregistré : { $path }
history-report-failed = Impossible d'écrire le bilan : { $error }

## Le résumé sous le titre.

history-overview-none = Aucune séance enregistrée pour l'instant
history-overview-none-recent = Aucune séance sur les { $weeks } dernières semaines · la dernière date du { $date }
history-overview-recent = { $count ->
    [one] { $count } séance sur les { $weeks } dernières semaines
   *[other] { $count } séances sur les { $weeks } dernières semaines
}
history-overview-pain-after = douleur moyenne après une séance { $earlier } → { $recent }
history-overview-pain-before = douleur moyenne avant une séance { $earlier } → { $recent }
history-pain-average = { $pain }
history-pain-compared = { $count ->
    [one] votre première séance notée comparée à la plus récente
   *[other] vos { $count } premières séances notées comparées aux { $count } plus récentes
}
history-pain-explained = Douleur : { $explanation }
history-totals = { $count ->
    [one] { $count } séance et { $time } au total
   *[other] { $count } séances et { $time } au total
}
history-minutes = { $minutes } min
history-hours-minutes = { $hours } h { $minutes } min

## Problèmes dans le fichier.

history-damaged-lines = { $count ->
    [one] { $count } ligne endommagée du fichier d'historique a été ignorée (ligne { $lines }).
   *[other] { $count } lignes endommagées du fichier d'historique ont été ignorées (lignes { $lines }).
}
history-newer-records = { $count ->
    [one] { $count } enregistrement venant d'une version plus récente de Limber a été conservé mais n'est pas affiché.
   *[other] { $count } enregistrements venant d'une version plus récente de Limber ont été conservés mais ne sont pas affichés.
}
history-line-not-utf8 = ignorée : ce n'est pas du texte UTF-8
history-line-unreadable = ignorée, ce n'est pas un enregistrement de séance lisible : { $reason }
history-line-version = ignorée : cette version de Limber ne lit pas le format version { $version }
history-line-no-version = ignorée : l'enregistrement n'a pas de version de format que cette version de Limber sache lire

## Fichier illisible.

history-unreadable = Impossible de lire votre historique
history-unreadable-help = Rien n'a été modifié dans le fichier. Vérifiez qu'il peut être lu, puis rouvrez l'historique.

## Les chiffres en tuiles (court).

history-streak-current = Série en cours
history-streak-best = Meilleure série
history-streak-days = { $count ->
    [one] jour
   *[other] jours
}
history-this-week = Cette semaine
history-this-week-unit = { $count ->
    [one] min · { $count } séance
   *[other] min · { $count } séances
}
history-planned = Prévues cette semaine
history-planned-value = { $done } sur { $planned }
history-planned-unit = séances faites

## Le calendrier.

history-calendar-title = Vos jours d'exercice
history-heat-less = Moins
history-heat-more = Plus
history-heat-none = aucune séance
history-heat-under-10 = moins de 10 min
history-heat-10-19 = 10–19 min
history-heat-20-29 = 20–29 min
history-heat-30-more = 30 min ou plus
history-calendar-weekday = %a
history-calendar-month = %b
history-calendar-month-year = %b %Y

## Les graphiques.

history-minutes-title = Minutes par semaine
history-bars-this-week = cette semaine
history-pain-title = Douleur, 0–10
history-pain-before = avant
history-pain-after = après
history-pain-none = Aucune note de douleur sur ces semaines. Limber vous la demande avant et après une séance quand « Demander le niveau de douleur » est activé dans les réglages.
history-date-short = %-d %b

## La petite fenêtre.

history-small-figures = Série : { $current } { $current ->
    [one] jour
   *[other] jours
} · meilleure : { $best } { $best ->
    [one] jour
   *[other] jours
} · cette semaine : { $minutes } min
history-small-breaks = pauses prises aujourd'hui : { $taken } sur { $offered }
history-small-hint = Une fenêtre plus grande affiche le calendrier et les graphiques.

## Pauses actives.

history-breaks-title = Pauses actives
history-breaks-sitting-explained = assis : durée moyenne entre deux pauses
history-breaks-offered = proposées
history-breaks-taken = prises
history-breaks-snoozed = reportées
history-breaks-skipped = sautées
history-breaks-sitting = assis

## Quand a eu lieu une séance.

history-today = Aujourd'hui
history-yesterday = Hier
history-when = { $day } · { $time }
history-date-weekday = %A
history-date-this-year = %a %-d %b
history-date-other-year = %a %-d %b %Y
history-date-long = %-d %B %Y

## La liste des séances.

history-sessions-title = Séances
history-sessions-count = { $count ->
    [one] { $count } séance · ↑ ↓ pour parcourir
   *[other] { $count } séances · ↑ ↓ pour parcourir
}
history-show-older = { $count ->
    [one] Afficher { $count } séance plus ancienne
   *[other] Afficher { $count } séances plus anciennes
}
history-first-session = Votre première séance : { $date }
history-row-pain = douleur { $before } → { $after }
history-row-pain-before = douleur avant { $before }
history-row-pain-after = douleur après { $after }
history-row-active = { $time } d'activité
history-row-completed = Terminée
history-row-stopped = Arrêtée en cours de route
history-row-done = { $count ->
    [one] { $count } fait
   *[other] { $count } faits
}
history-row-skipped = { $count ->
    [one] { $count } passé
   *[other] { $count } passés
}
history-row-not-reached = { $count ->
    [one] { $count } non atteint
   *[other] { $count } non atteints
}
history-row-note = « { $note } »
history-move-done = fait
history-move-skipped = passé
history-move-not-reached = non atteint
history-answer-yes = Oui
history-answer-no = Non

## Pas encore de séance.

history-empty-title = Vos séances apparaîtront ici
history-empty-intro = Chaque fois que vous terminez une routine, ou que vous l'arrêtez en cours de route, Limber l'enregistre sur cet ordinateur. Vous verrez ensuite ici :
history-empty-calendar = Un calendrier des jours où vous avez fait vos exercices, avec votre série en cours et votre meilleure série
history-empty-minutes = Vos minutes par semaine, pour voir la routine devenir une habitude
history-empty-pain = Votre douleur avant et après chaque séance au fil des semaines, si vous la notez
history-empty-sessions = Chaque séance : ses exercices, ce que vous avez passé, vos réponses et vos commentaires
history-empty-export = Vous pouvez tout exporter en CSV ou en JSON à tout moment.
history-empty-choose = Choisir une routine
