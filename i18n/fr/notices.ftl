## Notifications, icône de la zone de notification et service de rappels.

## Notifications de rappel.

notice-reminder-title = C'est l'heure : { $name } · { $minutes } min
notice-reminder-title-id = C'est l'heure : { $id }
notice-action-start = Commencer
notice-action-snooze = Dans 10 minutes
notice-action-skip-today = Pas aujourd'hui
notice-planned-sessions = { $done } sur { $planned ->
        [one] { $planned } séance prévue
       *[other] { $planned } séances prévues
    }

## Notifications de pause active.

notice-break-title = Il est temps de vous lever · { $minutes } min en position assise
notice-break-body = Quelques minutes debout : la pause bureau, ou une petite marche.
notice-break-action-start = Lancer la pause bureau
notice-break-action-snooze = Dans 5 minutes
notice-break-action-skip = Passer
notice-breaks-day = { $offered ->
        [one] { $offered } proposée
       *[other] { $offered } proposées
    }, { $taken ->
        [one] { $taken } prise
       *[other] { $taken } prises
    }, { $snoozed ->
        [one] { $snoozed } reportée
       *[other] { $snoozed } reportées
    }, { $skipped ->
        [one] { $skipped } sautée
       *[other] { $skipped } sautées
    }
notice-breaks-day-sitting = { $offered ->
        [one] { $offered } proposée
       *[other] { $offered } proposées
    }, { $taken ->
        [one] { $taken } prise
       *[other] { $taken } prises
    }, { $snoozed ->
        [one] { $snoozed } reportée
       *[other] { $snoozed } reportées
    }, { $skipped ->
        [one] { $skipped } sautée
       *[other] { $skipped } sautées
    } ; en moyenne { $minutes } min en position assise entre deux pauses

## Erreurs dans les réglages des pauses (settings.ron).

notice-breaks-every-range = les pauses reviennent toutes les 1m à 4h en position assise, pas toutes les { $every }
notice-breaks-away-least = le temps d'absence qui compte comme une pause est d'au moins 30s, pas { $away }
notice-breaks-bad-hours = « { $text } » n'est pas une plage horaire ; écrivez-la comme "09:00-17:30"
notice-breaks-hours-backwards = la plage horaire « { $text } » se termine avant de commencer ; écrivez d'abord l'heure la plus tôt (une plage qui passe minuit n'est pas prise en charge)

## Le menu de l'icône.

tray-start-routine = Commencer une routine
tray-resume-reminders = Reprendre les rappels
tray-pause-reminders-hour = Suspendre les rappels pendant 1 heure
tray-pause-reminders-tomorrow = Suspendre les rappels jusqu'à demain
tray-resume-breaks = Reprendre les pauses
tray-pause-breaks-hour = Suspendre les pauses pendant 1 heure
tray-pause-breaks-tomorrow = Suspendre les pauses jusqu'à demain
tray-open-limber = Ouvrir Limber
tray-quit = Quitter
tray-no-reminders = Aucun rappel prévu
tray-none-this-week = Aucun rappel dans la semaine à venir
tray-next-routine = Prochain : { $name }, { $when }
tray-next = Prochain : { $when }
tray-reminders-paused = Rappels suspendus jusqu'à { $when }
tray-breaks-paused = Pauses suspendues jusqu'à { $when }
tray-today-at = aujourd'hui à { $time }
tray-tomorrow-at = demain à { $time }
tray-day-at = { $day } à { $time }

## Le service en arrière-plan.

notice-service-already-running = Le service de rappels de Limber est déjà en marche.
notice-service-running = Le service de rappels de Limber est en marche.
notice-service-cannot-watch = Impossible de surveiller le dossier des réglages : les réglages modifiés s'appliqueront au prochain démarrage du service de rappels, et `limber background --quit` ne peut pas l'atteindre (quittez-le depuis son icône dans la zone de notification, ou arrêtez-le dans le gestionnaire des tâches du système).
notice-service-stopped = Le service de rappels de Limber s'est arrêté.
notice-service-cannot-start = limber: impossible de démarrer le service de rappels : { $error }
notice-warning = avertissement : { $notice }
notice-ledger-unreadable = impossible de lire le registre des rappels : { $error }
notice-ledger-unwritable = impossible de tenir le registre des rappels : { $error }
notice-history-unreadable = impossible de lire l'historique : { $error }
notice-reminder-no-routine = le rappel pour « { $id } » à { $time } est désactivé : cette routine n'existe pas (`limber list` affiche les routines)
notice-cannot-pause-reminders = impossible de suspendre les rappels : { $error }
notice-window-unreachable = impossible de joindre la fenêtre ouverte : { $error }
notice-window-cannot-open = impossible d'ouvrir la fenêtre de Limber : { $error }
notice-breaks-no-notifications = pas de notifications : les pauses actives ne peuvent pas être proposées
notice-cannot-pause-breaks = impossible de suspendre les pauses : { $error }
notice-breaks-ledger-unwritable = impossible de tenir le registre des pauses : { $error }
notice-breaks-no-routine = pauses actives : il n'y a pas de routine « { $id } » (`limber list` affiche les routines) ; « Lancer la pause bureau » ne la trouvera pas
notice-breaks-clock-time = { $missing } ; les pauses actives se basent sur l'horloge

## Ce qui manque au bureau.

notice-desk-no-buttons = le serveur de notifications n'affiche pas de boutons : lancez la routine d'un rappel depuis l'icône de la zone de notification ou depuis la fenêtre
notice-desk-no-notifications = { $missing } ; à l'heure d'un rappel, la fenêtre de Limber s'ouvre à la place
notice-desk-no-tray = { $missing } (le bureau n'en affiche pas) ; les rappels fonctionnent sans
notice-desk-no-bus = { $missing } : pas de notifications ni d'icône dans la zone de notification ; à l'heure d'un rappel, la fenêtre de Limber s'ouvre à la place
notice-server-silent = le serveur de notifications n'a pas répondu
notice-notifications-turned-off = les notifications de Limber sont désactivées dans les réglages du système
notice-notifications-need-app = macOS n'affiche les notifications que pour Limber.app, et ceci est le programme seul
notice-tray-thread-gone = le fil de l'icône de la zone de notification s'est arrêté
notice-no-server = pas de serveur de notifications ({ $error })
notice-no-answer = il n'a pas répondu
notice-unsupported-system = ce système n'est pas pris en charge

## Garder l'écran allumé.

notice-awake-reason = Suivi d'une routine d'exercices
notice-awake-assertion = Limber : suivi d'une routine d'exercices
notice-awake-no-service = pas de portail de bureau ({ $portal }) ni de service d'économiseur d'écran ({ $screensaver })
notice-awake-windows-refused = Windows a refusé la demande
notice-awake-macos-refused = macOS a refusé l'assertion d'alimentation ({ $status })

## Temps d'inactivité.

notice-idle-no-extension = X11 : le serveur n'a pas l'extension MIT-SCREEN-SAVER
notice-idle-wayland-session = X11 : session Wayland (XWayland ne voit que les saisies dans ses propres fenêtres)
notice-idle-no-display = X11 : pas de DISPLAY
notice-idle-no-source = aucune source d'inactivité sur ce système
notice-idle-logind-unset = l'environnement de bureau ne tient pas à jour l'indication d'inactivité de logind

idle-source-x11 = extension d'économiseur d'écran de X11
idle-source-wayland-ext = notifications d'inactivité du compositeur (ext-idle-notify-v1)
idle-source-wayland-kde = notifications d'inactivité du compositeur (protocole d'inactivité de KDE)
idle-source-gnome = moniteur d'inactivité de GNOME
idle-source-logind = indication d'inactivité de logind
idle-source-windows = minuteur de saisie de Windows (GetLastInputInfo)
idle-source-macos = source d'événements CoreGraphics
idle-source-none = aucune

idle-wayland-no-variable = pas de { $name }
idle-wayland-no-seat = le compositeur n'a pas de siège (seat)
idle-wayland-no-protocol = le compositeur ne propose ni ext-idle-notify-v1 ni le protocole d'inactivité de KDE
idle-wayland-connection-ended = la connexion au compositeur a pris fin : { $reason }
idle-windows-failed = GetLastInputInfo a échoué

## Jours de la semaine.

days-daily = tous les jours
days-weekdays = en semaine
days-weekends = le week-end
days-list-separator = {", "}
days-mon = lun.
days-tue = mar.
days-wed = mer.
days-thu = jeu.
days-fri = ven.
days-sat = sam.
days-sun = dim.
days-month-jan = janv.
days-month-feb = févr.
days-month-mar = mars
days-month-apr = avr.
days-month-may = mai
days-month-jun = juin
days-month-jul = juil.
days-month-aug = août
days-month-sep = sept.
days-month-oct = oct.
days-month-nov = nov.
days-month-dec = déc.
days-date = { $weekday } { $day } { $month }

## Erreurs dans les réglages des rappels (settings.ron) : Daily, Mon… restent en anglais.

days-unknown-day = { $error } ; écrivez les jours sous la forme Mon, Tue, Wed, Thu, Fri, Sat ou Sun
days-empty-list = la liste des jours est vide ; indiquez-en au moins un, comme [Mon]
days-unknown-choice = « { $name } » n'est pas un choix de jours ; écrivez Daily, Weekdays, Weekends ou une liste comme [Mon, Wed]
days-bad-time = « { $text } » n'est pas une heure ; écrivez-la comme "18:30"
days-time-out-of-range = « { $text } » n'est pas une heure valide : les heures vont de 00 à 23, les minutes de 00 à 59

## Un service du bureau qui manque.

desktop-cannot-use = impossible d'utiliser { $what } : { $why }
desktop-session-bus = le bus de session
desktop-notifications = les notifications du bureau
desktop-keep-awake = le maintien de l'écran allumé
desktop-idle-time = le temps d'inactivité
desktop-tray = une icône dans la zone de notification
