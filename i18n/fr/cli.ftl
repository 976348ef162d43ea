## La ligne de commande `limber` : ce qu'elle affiche dans un terminal.

cli-warning = limber: avertissement : { $notice }
cli-window-commands = limber: `play` et `open` ouvrent la fenêtre ; lancez-les sans la sous-commande du terminal
cli-service-not-running = Aucun service de rappels ne tourne.
# $seconds: how long it was waited for (10).
cli-service-still-running = Le service de rappels ne s'est pas arrêté en { $seconds } secondes ; quittez-le depuis son icône dans la zone de notification, ou arrêtez-le dans le gestionnaire des tâches du système.
cli-no-routine = aucune routine « { $id } » ; `limber list` affiche celles qui existent
cli-bad-date = `{ $text }` n'est pas une date comme 2025-03-01 (AAAA-MM-JJ)

## `limber list`

cli-list-id = ID
cli-list-time = DURÉE
cli-list-name = NOM
cli-list-source = SOURCE
cli-list-bundled = intégrée
cli-list-error = erreur

## `limber check FILE…`

cli-check-ok = { $file } : OK ({ $moves ->
        [one] { $moves } exercice
       *[other] { $moves } exercices
    }, { $time })
cli-check-problems = limber: { $bad ->
        [one] { $bad } fichier sur { $total } contient des erreurs
       *[other] { $bad } fichiers sur { $total } contiennent des erreurs
    }

## `limber plan ROUTINE`

cli-plan-start = DÉBUT
cli-plan-length = DURÉE
cli-plan-step = ÉTAPE
cli-plan-section = ── { $name } ──
cli-plan-section-again = ── { $name } (de nouveau) ──
cli-plan-ask = question
cli-plan-open = libre
cli-plan-total = Total { $time }

## `limber history`

cli-history-unreadable = limber: impossible de lire l'historique : { $error }
cli-history-newer = limber: remarque : { $count ->
        [one] { $count } séance enregistrée par une version plus récente de Limber (version de format { $version }) est conservée dans { $file } mais n'est pas affichée
       *[other] { $count } séances enregistrées par une version plus récente de Limber (version de format { $version }) sont conservées dans { $file } mais ne sont pas affichées
    }
cli-this-week = Cette semaine : { $planned }.
cli-breaks-today = Pauses aujourd'hui : { $breaks }.
cli-history-where = Les séances sont enregistrées dans { $file }
cli-history-date = DATE
cli-history-start = DÉBUT
cli-history-routine = ROUTINE
cli-history-status = ÉTAT
cli-history-active = ACTIF
cli-history-moves = EXERCICES
cli-history-pain = DOULEUR
cli-history-note = COMMENTAIRE
cli-history-done = terminée
cli-history-stopped = arrêtée
cli-history-totals = { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } · { $active } d'activité au total · série en cours { $current ->
        [one] { $current } jour
       *[other] { $current } jours
    } · meilleure série { $best ->
        [one] { $best } jour
       *[other] { $best } jours
    }
cli-history-pain-explained = (douleur : { $explanation })

## `limber import`, `limber export`, `limber print`, `limber report`

cli-import-exists =
    limber: une routine « { $id } » existe déjà ; rien n'a été importé.
    Utilisez --replace pour la remplacer (votre fichier est conservé, caché, comme sauvegarde) ou --as NEW-ID pour garder les deux.
cli-imported = « { $name } » importée ({ $moves ->
        [one] { $moves } exercice
       *[other] { $moves } exercices
    }) sous { $file }
cli-imported-with-pictures = « { $name } » importée ({ $moves ->
        [one] { $moves } exercice
       *[other] { $moves } exercices
    }, { $pictures ->
        [one] { $pictures } image
       *[other] { $pictures } images
    }) sous { $file }
cli-exported = « { $name } » et { $pictures ->
        [one] { $pictures } image
       *[other] { $pictures } images
    } enregistrés dans { $file }
cli-wrote = Fichier écrit : { $file }

## `limber reminders`

cli-reminders-none =
    Aucun rappel prévu. Ajoutez-en sur la page Rappels, ou dans settings.ron :
      reminders: [(routine: "sciatica-relief", at: "18:30", days: Daily)],
cli-reminders-paused = Les rappels sont en pause jusqu'au { $date } à { $time }.
cli-reminders-when = QUAND
cli-reminders-routine = ROUTINE
cli-reminders-status = ÉTAT
cli-reminders-today-at = aujourd'hui { $time }
cli-reminders-date-at = { $date } { $time }
cli-reminders-no-routine = désactivé : routine introuvable

## L'état d'un rappel (colonne ÉTAT).

cli-reminders-planned = prévu
cli-reminders-due = en attente
cli-reminders-done = fait
cli-reminders-shown = affiché
cli-reminders-started = lancé
cli-reminders-snoozed = reporté
cli-reminders-snoozed-until = reporté à { $time }
cli-reminders-skipped = sauté
cli-reminders-missed = manqué

## `limber follow ROUTINE` : touches Espace, Entrée, n, p, r, m, q, y.

follow-cue-log-error = impossible d'écrire le journal des sons { $file } ({ $error })
follow-no-terminal = limber: impossible de préparer le terminal ({ $error })
follow-no-sound = { $notice }. On continue sans son ; le son reviendra dès qu'un appareil audio sera disponible.
follow-muted-in-settings = Le son est coupé (dans les réglages ; m le remet).
follow-warning = avertissement : { $notice }
follow-title = { $name } ({ $id })
follow-title-keys = { $name } ({ $id }) · Espace pause · n/→ passer · p/← retour · r refaire · + 15 s · Entrée fini · m couper le son · q quitter
follow-pain-before = Quel est votre niveau de douleur en ce moment ?
follow-pain-after = Et votre douleur maintenant ?
follow-pain-prompt = { $question } 0–10, Entrée pour passer :
follow-pain-number = Un nombre de 0 à 10, s'il vous plaît.
follow-done = Terminé : { $done } sur { $moves } { $moves ->
        [one] exercice
       *[other] exercices
    } en { $time }.
follow-stopped = Arrêté après { $time } ({ $done } sur { $moves } { $moves ->
        [one] exercice fait
       *[other] exercices faits
    }).
follow-interrupted = Interrompu.
follow-rating-not-saved = Impossible d'enregistrer la note de douleur : { $error }
follow-speaking-with = Voix : { $voice }.
follow-kept = Séance conservée dans votre historique (limber history l'affiche).
follow-not-kept = Impossible d'enregistrer cette séance dans votre historique : { $error }
follow-step = {"["}{ $start }] { $step } ({ $length })
follow-step-until-done = {"["}{ $start }] { $step } (jusqu'à ce que vous ayez fini)
follow-question = { $question } Répondez y (oui) ou n (non).
follow-press-enter = Appuyez sur Entrée quand vous avez fini.
follow-answer-y-or-n = Répondez y ou n, s'il vous plaît.
follow-no-answer = Pas de réponse (fin de l'entrée) : on retient « { $answer } », comme l'indique `limber plan`. Utilisez --answer yes|no pour choisir.
follow-no-confirm = Personne pour confirmer (fin de l'entrée) : on continue.
follow-sound-off = Son coupé (m).
follow-sound-on = Son activé.
follow-answered = { $question } { $answer } (--answer)
follow-yes = oui
follow-no = non

## La ligne d'état en bas du terminal.

follow-status-waiting = en attente de votre réponse (y/n)
follow-status-overtime = +{ $overtime } · Entrée quand vous avez fini
follow-status-left = encore { $time }
follow-status-rep = répétition { $rep } sur { $reps }
follow-status-breathe-in = inspirez
follow-status-hold = retenez
follow-status-breathe-out = expirez
follow-status-paused = EN PAUSE (Espace)
follow-status-muted = son coupé
follow-status-no-sound = pas de son
