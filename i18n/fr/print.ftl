## Dates (codes chrono : %-d jour, %B mois, %b mois abrégé, %Y année, %a jour de la semaine abrégé).

print-date = %-d %B %Y
report-date = %-d %b %Y
report-day = %-d %b
report-note-date = %a %-d %b

## Les deux sortes de pages.

print-page = Page { $page } sur { $pages }
print-layout-failed = impossible de mettre en page la page { $page } : { $reason }

## La fiche d'une routine.

print-meta = Environ { $time } · { $moves ->
        [one] { $moves } exercice
       *[other] { $moves } exercices
    } · fiche imprimée le { $date } depuis Limber
print-safety = Sécurité
print-safety-stop = Arrêtez et consultez un médecin si vous avez :

print-seconds = { $seconds } s
print-minutes = { $minutes } min
print-minutes-seconds = { $minutes } min { $seconds } s

print-dose = { $work ->
        [hold] Maintenez { $time }
        [reps] { $reps ->
            [one] { $reps } répétition
           *[other] { $reps } répétitions
        }
       *[open] Aussi longtemps qu'il vous faut
    }{ $sets ->
        [1] {""}
       *[other] { $work ->
            [reps] , { $sets } séries
           *[other] , { $sets } fois
        }
    }{ $side ->
        [both] , de chaque côté
        [left] , côté gauche seulement
        [right] , côté droit seulement
        [affected] , votre côté douloureux seulement
       *[none] {""}
    }{ $until ->
        [yes] , puis jusqu'à ce que vous ayez fini
       *[no] {""}
    }

## Petits caractères sous la dose : la plage du programme et la respiration.

print-range-seconds = Programme : { $min }–{ $max } s
print-range-time = Programme : { $min }–{ $max }
print-range-reps = Programme : { $min }–{ $max } répétitions
print-breath = Inspirez { $inhale }, expirez { $exhale }
print-breath-hold = Inspirez { $inhale }, retenez { $hold }, expirez { $exhale }
print-caution = Attention : { $text }

print-picture-start = Départ
print-picture-then = Ensuite
print-picture-left = Côté gauche
print-picture-right = Côté droit
print-picture-missing = Image manquante

## Le point sur la douleur : une question avec des cases à cocher.

print-pain-check = POINT SUR LA DOULEUR
print-yes = Oui
print-no = Non
print-gate-answers = Oui : { $yes }. Non : { $no }.
print-gate-run = faites « { $section } »
print-gate-skip = sautez « { $section } »
print-gate-repeat = refaites « { $section } » à la place
print-gate-run-unnamed = faites cette partie
print-gate-skip-unnamed = sautez cette partie
print-gate-repeat-unnamed = refaites cette partie à la place

## Le tableau à remplir à la main.
print-log = Votre suivi
print-log-date = Date
print-log-pain-before = Douleur avant (0–10)
print-log-pain-after = Douleur après (0–10)
print-log-notes = Commentaires

## Le bilan de progression.

report-title = Bilan de progression
report-period = Séances d'exercice du { $from } au { $to } ({ $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }), enregistrées par Limber
report-no-sessions = Aucune séance n'a été enregistrée sur cette période.

## Quatre cases de chiffres.
report-sessions = Séances
report-sessions-detail = { $finished ->
        [one] { $finished } terminée
       *[other] { $finished } terminées
    }, { $stopped ->
        [one] { $stopped } interrompue
       *[other] { $stopped } interrompues
    }
report-active = Temps d'activité
report-active-detail = environ { $minutes } min par semaine
report-days = Jours avec séance
report-days-detail = sur { $days } jours
report-pain = Douleur après séance
report-pain-none = non notée
report-pain-change = { $earlier } → { $later }
report-pain-detail-none = aucune note sur cette période
report-pain-detail-one = une seule note (0–10)
report-pain-detail = anciennes → récentes, { $count } notes

report-routines = Routines : { $list }
report-reminders = Rappels : { $done ->
        [one] { $done } séance faite
       *[other] { $done } séances faites
    } sur { $planned ->
        [one] { $planned } prévue
       *[other] { $planned } prévues
    }
report-reminders-skipped = Rappels : { $done ->
        [one] { $done } séance faite
       *[other] { $done } séances faites
    } sur { $planned ->
        [one] { $planned } prévue
       *[other] { $planned } prévues
    } ({ $skipped ->
        [one] { $skipped } sautée
       *[other] { $skipped } sautées
    })
report-reminders-missed = Rappels : { $done ->
        [one] { $done } séance faite
       *[other] { $done } séances faites
    } sur { $planned ->
        [one] { $planned } prévue
       *[other] { $planned } prévues
    } ({ $missed ->
        [one] { $missed } manquée
       *[other] { $missed } manquées
    })
report-reminders-skipped-missed = Rappels : { $done ->
        [one] { $done } séance faite
       *[other] { $done } séances faites
    } sur { $planned ->
        [one] { $planned } prévue
       *[other] { $planned } prévues
    } ({ $skipped ->
        [one] { $skipped } sautée
       *[other] { $skipped } sautées
    }, { $missed ->
        [one] { $missed } manquée
       *[other] { $missed } manquées
    })

## Graphiques.
report-minutes-chart = Minutes d'activité par semaine
report-pain-chart = Douleur avant et après chaque séance (0 = aucune, 10 = la pire)
report-pain-chart-empty = Aucune séance de cette période n'a de note de douleur. Activez « Demander le niveau de douleur » dans les réglages de Limber pour les voir ici.
report-before = Avant
report-after = Après

## Listes.
report-skipped = Exercices les plus souvent passés
report-skipped-none = Aucun exercice n'a été passé.
report-skipped-move = { $move } : passé { $skipped } fois sur { $total }
report-answers = Réponses au point sur la douleur
report-answers-none = Aucune question n'a été posée sur cette période.
report-answer = { $question } Oui : { $yes } fois, non : { $no } fois.
report-answer-days = { $question } Oui : { $yes } fois, non : { $no } fois. { $yes ->
        [one] Oui le { $days }.
       *[other] Oui les { $days }.
    }
report-notes = Commentaires
report-notes-none = Aucun commentaire sur cette période.
report-note-head = { $date } · { $routine }
report-note-head-pain = { $date } · { $routine } · douleur { $before } → { $after }
report-note-head-before = { $date } · { $routine } · douleur avant { $before }
report-note-head-after = { $date } · { $routine } · douleur après { $after }
