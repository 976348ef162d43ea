## Notificaciones, el icono de la bandeja y el servicio de recordatorios.

## Notificaciones de recordatorio.

notice-reminder-title = Hora de { $name } · { $minutes } min
notice-reminder-title-id = Hora de { $id }
notice-action-start = Empezar
notice-action-snooze = En 10 minutos
notice-action-skip-today = Saltar hoy
notice-planned-sessions = { $done } de { $planned ->
        [one] { $planned } sesión prevista
       *[other] { $planned } sesiones previstas
    }

## Notificaciones de pausas para moverte.

notice-break-title = Hora de levantarte · { $minutes } min en la silla
notice-break-body = Unos minutos de pie: la pausa de escritorio o un paseo.
notice-break-action-start = Empezar la pausa
notice-break-action-snooze = En 5 minutos
notice-break-action-skip = Saltar
notice-breaks-day = { $offered ->
        [one] { $offered } ofrecida
       *[other] { $offered } ofrecidas
    }, { $taken ->
        [one] { $taken } hecha
       *[other] { $taken } hechas
    }, { $snoozed ->
        [one] { $snoozed } pospuesta
       *[other] { $snoozed } pospuestas
    }, { $skipped ->
        [one] { $skipped } saltada
       *[other] { $skipped } saltadas
    }
notice-breaks-day-sitting = { $offered ->
        [one] { $offered } ofrecida
       *[other] { $offered } ofrecidas
    }, { $taken ->
        [one] { $taken } hecha
       *[other] { $taken } hechas
    }, { $snoozed ->
        [one] { $snoozed } pospuesta
       *[other] { $snoozed } pospuestas
    }, { $skipped ->
        [one] { $skipped } saltada
       *[other] { $skipped } saltadas
    }; de media, { $minutes } min en la silla entre pausas

## Errores en los ajustes de las pausas (settings.ron).

notice-breaks-every-range = las pausas se proponen cada 1m a 4h en la silla, no cada { $every }
notice-breaks-away-least = el tiempo lejos que cuenta como pausa es de al menos 30s, no { $away }
notice-breaks-bad-hours = "{ $text }" no es un intervalo de horas; escríbelo como "09:00-17:30"
notice-breaks-hours-backwards = el intervalo "{ $text }" termina antes de empezar; escribe primero la hora más temprana (no se admite un intervalo que pase de la medianoche)

## El menú del icono de la bandeja.

tray-start-routine = Empezar una rutina
tray-resume-reminders = Reanudar los recordatorios
tray-pause-reminders-hour = Pausar los recordatorios 1 hora
tray-pause-reminders-tomorrow = Pausar los recordatorios hasta mañana
tray-resume-breaks = Reanudar las pausas
tray-pause-breaks-hour = Suspender las pausas 1 hora
tray-pause-breaks-tomorrow = Suspender las pausas hasta mañana
tray-open-limber = Abrir Limber
tray-quit = Salir
tray-no-reminders = No hay recordatorios previstos
tray-none-this-week = Ningún recordatorio en los próximos 7 días
tray-next-routine = Siguiente: { $name }, { $when }
tray-next = Siguiente: { $when }
tray-reminders-paused = Recordatorios en pausa hasta { $when }
tray-breaks-paused = Pausas suspendidas hasta { $when }
tray-today-at = hoy a las { $time }
tray-tomorrow-at = mañana a las { $time }
tray-day-at = { $day } a las { $time }

## El servicio en segundo plano, en su terminal o registro.

notice-service-already-running = El servicio de recordatorios de Limber ya está en marcha.
notice-service-running = El servicio de recordatorios de Limber está en marcha.
notice-service-cannot-watch = No se puede vigilar la carpeta de ajustes: los ajustes cambiados se aplicarán cuando el servicio de recordatorios vuelva a arrancar, y `limber background --quit` no puede alcanzarlo (ciérralo desde su icono en la bandeja del sistema o termínalo en el administrador de tareas del sistema).
notice-service-stopped = El servicio de recordatorios de Limber se ha detenido.
notice-service-cannot-start = limber: no se puede iniciar el servicio de recordatorios: { $error }
notice-warning = aviso: { $notice }
notice-ledger-unreadable = no se puede leer el registro de recordatorios: { $error }
notice-ledger-unwritable = no se puede mantener el registro de recordatorios: { $error }
notice-history-unreadable = no se puede leer el historial: { $error }
notice-reminder-no-routine = el recordatorio de «{ $id }» a las { $time } está desactivado: esa rutina no existe (`limber list` muestra las que hay)
notice-cannot-pause-reminders = no se pueden pausar los recordatorios: { $error }
notice-window-unreachable = no se puede contactar con la ventana abierta: { $error }
notice-window-cannot-open = no se puede abrir la ventana de Limber: { $error }
notice-breaks-no-notifications = no hay notificaciones: no se pueden proponer pausas para moverte
notice-cannot-pause-breaks = no se pueden suspender las pausas: { $error }
notice-breaks-ledger-unwritable = no se puede mantener el registro de pausas: { $error }
notice-breaks-no-routine = pausas para moverte: no existe la rutina «{ $id }» (`limber list` muestra las que hay); «Empezar la pausa» no la encontrará
notice-breaks-clock-time = { $missing }; las pausas para moverte cuentan el tiempo del reloj

## Lo que le falta al escritorio, dicho una vez al iniciar el servicio.

notice-desk-no-buttons = el servidor de notificaciones no muestra botones: empieza la rutina del recordatorio desde la bandeja o desde la ventana
notice-desk-no-notifications = { $missing }; a la hora de un recordatorio, se abre en su lugar la ventana de Limber
notice-desk-no-tray = { $missing } (el escritorio no muestra iconos en la bandeja); los recordatorios funcionan sin él
notice-desk-no-bus = { $missing }: ni notificaciones ni icono en la bandeja; a la hora de un recordatorio, se abre en su lugar la ventana de Limber
notice-server-silent = el servidor de notificaciones no ha respondido
notice-notifications-turned-off = las notificaciones de Limber están desactivadas en la configuración del sistema
notice-notifications-need-app = macOS solo muestra notificaciones para Limber.app, y este es el programa suelto
notice-tray-thread-gone = el hilo del icono de la bandeja se ha detenido
notice-no-server = no hay servidor de notificaciones ({ $error })
notice-no-answer = no ha respondido
notice-unsupported-system = este sistema no es compatible

## Mantener la pantalla activa durante una rutina.

notice-awake-reason = Siguiendo una rutina de ejercicios
notice-awake-assertion = Limber: siguiendo una rutina de ejercicios
notice-awake-no-service = no hay portal de escritorio ({ $portal }) ni servicio de salvapantallas ({ $screensaver })
notice-awake-windows-refused = Windows ha rechazado la solicitud
notice-awake-macos-refused = macOS ha rechazado la aserción de energía ({ $status })

## Tiempo de inactividad (para las pausas).

notice-idle-no-extension = X11: el servidor no tiene la extensión MIT-SCREEN-SAVER
notice-idle-wayland-session = X11: una sesión de Wayland (XWayland solo ve la actividad de sus propias ventanas)
notice-idle-no-display = X11: no hay DISPLAY
notice-idle-no-source = este sistema no tiene ninguna fuente de tiempo de inactividad
notice-idle-logind-unset = el escritorio no mantiene el indicador de inactividad de logind

idle-source-x11 = la extensión de salvapantallas de X11
idle-source-wayland-ext = los avisos de inactividad del compositor (ext-idle-notify-v1)
idle-source-wayland-kde = los avisos de inactividad del compositor (protocolo de inactividad de KDE)
idle-source-gnome = el monitor de inactividad de GNOME
idle-source-logind = el indicador de inactividad de logind
idle-source-windows = el temporizador de entrada de Windows (GetLastInputInfo)
idle-source-macos = la fuente de eventos de CoreGraphics
idle-source-none = ninguna

idle-wayland-no-variable = no hay { $name }
idle-wayland-no-seat = el compositor no tiene ningún seat
idle-wayland-no-protocol = el compositor no ofrece ni ext-idle-notify-v1 ni el protocolo de inactividad de KDE
idle-wayland-connection-ended = se ha cortado la conexión con el compositor: { $reason }
idle-windows-failed = GetLastInputInfo ha fallado

## Días de la semana y grupos de días.

days-daily = todos los días
days-weekdays = entre semana
days-weekends = fines de semana
days-list-separator = {", "}
days-mon = lun
days-tue = mar
days-wed = mié
days-thu = jue
days-fri = vie
days-sat = sáb
days-sun = dom
days-month-jan = ene
days-month-feb = feb
days-month-mar = mar
days-month-apr = abr
days-month-may = may
days-month-jun = jun
days-month-jul = jul
days-month-aug = ago
days-month-sep = sep
days-month-oct = oct
days-month-nov = nov
days-month-dec = dic
days-date = { $weekday } { $day } { $month }

## Errores en los ajustes de los recordatorios (settings.ron). Daily, Weekdays,
## Weekends, Mon…Sun y los ejemplos se quedan en inglés.

days-unknown-day = { $error }; escribe los días como Mon, Tue, Wed, Thu, Fri, Sat o Sun
days-empty-list = la lista de días está vacía; indica al menos uno, como [Mon]
days-unknown-choice = "{ $name }" no es una opción de días; escribe Daily, Weekdays, Weekends o una lista como [Mon, Wed]
days-bad-time = "{ $text }" no es una hora del día; escríbela como "18:30"
days-time-out-of-range = "{ $text }" no es una hora del día: las horas van de 00 a 23 y los minutos, de 00 a 59

## Un servicio del escritorio que falta.

desktop-cannot-use = no se puede usar { $what }: { $why }
desktop-session-bus = el bus de sesión
desktop-notifications = las notificaciones del escritorio
desktop-keep-awake = la función de mantener la pantalla activa
desktop-idle-time = el tiempo de inactividad
desktop-tray = el icono en la bandeja
