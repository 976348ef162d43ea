reminders-title = Recordatorios
reminders-keys = ↑ ↓ elegir · ← → cambiar · Supr quitar · se guarda al momento
reminders-none-yet = Aún no hay recordatorios. Añade uno y Limber te avisará a esa hora con una notificación desde la que puedes empezar la rutina.
reminders-add = Añadir un recordatorio
reminders-back = Volver
reminders-remove = Quitar
reminders-no-such-routine = { $id } (esa rutina no existe)

## Qué días (corto).

reminders-every-day = Todos los días
reminders-weekdays = Entre semana
reminders-weekends = Fines de semana

## Días (2–3 letras).

reminders-day-mon = Lun
reminders-day-tue = Mar
reminders-day-wed = Mié
reminders-day-thu = Jue
reminders-day-fri = Vie
reminders-day-sat = Sáb
reminders-day-sun = Dom

## Los próximos días (resultado en minúsculas, corto).

reminders-coming-week = Los próximos días
reminders-nothing-planned = No hay nada previsto.
reminders-outcome-done = hecha
reminders-outcome-snoozed = pospuesta
reminders-outcome-skipped = saltada
reminders-outcome-missed = sin respuesta
reminders-outcome-reminded = aviso mostrado
reminders-this-week = Esta semana, hasta ahora: { $sessions }.

## El servicio de recordatorios.

reminders-service-starts = El servicio de recordatorios se pone en marcha cuando añades un recordatorio.
reminders-service-running = El servicio de recordatorios está en marcha.
reminders-service-stopped = El servicio de recordatorios no está en marcha; se inicia con Limber o al iniciar sesión (Ajustes).
reminders-paused-until = En pausa hasta { $when }.
reminders-resume = Reanudar
reminders-pause-hour = Pausar 1 hora
reminders-pause-tomorrow = Pausar hasta mañana

## Pausas para moverte.

breaks-title = Pausas para moverte
breaks-on = Activadas
breaks-off = Desactivadas
breaks-off-explained = La postura sentada empeora la ciática. Activa las pausas y Limber te propondrá la rutina «Pausa de escritorio» después de cada rato de trabajo en el ordenador; el tiempo lejos del teclado cuenta como pausa.

## Tras [45 min] en la silla; alejarte [5 min] cuenta como pausa
## Proponer [Pausa de escritorio] de [09:00] a [17:30]

breaks-sentence-after = Tras
breaks-sentence-away = en la silla; alejarte
breaks-sentence-is-a-break = cuenta como pausa
breaks-sentence-offer = Proponer
breaks-sentence-from = de
breaks-sentence-to = a

## Duraciones (cortas).

breaks-seconds = { $seconds } s
breaks-minutes = { $minutes } min
breaks-hours = { $hours } h
breaks-hours-minutes = { $hours } h { $minutes } min

## Bajo los ajustes.

breaks-activity-source = La actividad se obtiene de { $source }: el tiempo lejos del teclado y el ratón no cuenta como tiempo en la silla.
breaks-activity-unseen = Aquí no se puede ver la actividad ({ $why }), así que las pausas cuentan solo el tiempo del reloj.
breaks-today = Hoy: { $breaks }.
breaks-paused-until = Pausas suspendidas hasta { $when }.
breaks-resume = Reanudar las pausas
breaks-pause-hour = Suspender las pausas 1 hora
breaks-pause-tomorrow = Suspender hasta mañana
