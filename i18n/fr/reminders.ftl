reminders-title = Rappels
reminders-keys = ↑ ↓ choisir · ← → modifier · Suppr supprimer · enregistré au fur et à mesure
reminders-none-yet = Aucun rappel pour l'instant. Ajoutez-en un : à l'heure choisie, Limber vous enverra une notification depuis laquelle lancer la routine.
reminders-add = Ajouter un rappel
reminders-back = Retour
reminders-remove = Supprimer
reminders-no-such-routine = { $id } (routine introuvable)

## Jours (court).

reminders-every-day = Tous les jours
reminders-weekdays = En semaine
reminders-weekends = Le week-end

## Jours sur les petits boutons (2 à 3 lettres).

reminders-day-mon = Lun
reminders-day-tue = Mar
reminders-day-wed = Mer
reminders-day-thu = Jeu
reminders-day-fri = Ven
reminders-day-sat = Sam
reminders-day-sun = Dim

## La semaine à venir.

reminders-coming-week = La semaine à venir
reminders-nothing-planned = Rien de prévu.
reminders-outcome-done = faite
reminders-outcome-snoozed = reportée
reminders-outcome-skipped = sautée
reminders-outcome-missed = manquée
reminders-outcome-reminded = rappel affiché
reminders-this-week = Cette semaine jusqu'ici : { $sessions }.

## Le service de rappels.

reminders-service-starts = Le service de rappels démarre quand vous ajoutez un rappel.
reminders-service-running = Le service de rappels est en marche.
reminders-service-stopped = Le service de rappels n'est pas en marche ; il démarre avec Limber, ou à l'ouverture de session (Réglages).
reminders-paused-until = En pause jusqu'à { $when }.
reminders-resume = Reprendre
reminders-pause-hour = Pause d'une heure
reminders-pause-tomorrow = Pause jusqu'à demain

## Pauses actives : se lever de l'ordinateur.

breaks-title = Pauses actives
breaks-on = Activées
breaks-off = Désactivées
breaks-off-explained = Rester longtemps en position assise aggrave la sciatique. Activez les pauses : Limber vous proposera la « Pause bureau » après chaque période de travail à l'ordinateur ; le temps passé loin du clavier compte comme une pause.

## Après [45 min] en position assise ; une absence de [5 min] compte comme une pause
## Proposer [Pause bureau] de [09:00] à [17:30]

breaks-sentence-after = Après
breaks-sentence-away = en position assise ; une absence de
breaks-sentence-is-a-break = compte comme une pause
breaks-sentence-offer = Proposer
breaks-sentence-from = de
breaks-sentence-to = à

## Durées (court).

breaks-seconds = { $seconds } s
breaks-minutes = { $minutes } min
breaks-hours = { $hours } h
breaks-hours-minutes = { $hours } h { $minutes } min

## Sous les réglages.

breaks-activity-source = L'activité est relevée par « { $source } » : le temps passé loin du clavier et de la souris ne compte pas comme du temps en position assise.
breaks-activity-unseen = L'activité n'est pas visible ici ({ $why }) : les pauses se basent donc simplement sur l'horloge.
breaks-today = Aujourd'hui : { $breaks }.
breaks-paused-until = Pauses suspendues jusqu'à { $when }.
breaks-resume = Reprendre les pauses
breaks-pause-hour = Suspendre les pauses une heure
breaks-pause-tomorrow = Jusqu'à demain
