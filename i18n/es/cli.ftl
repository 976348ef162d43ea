## La línea de comandos `limber`: lo que escribe en una terminal.

cli-warning = limber: aviso: { $notice }
cli-window-commands = limber: `play` y `open` abren la ventana; ejecútalos sin el subcomando de terminal
cli-service-not-running = No hay ningún servicio de recordatorios en marcha.
# $seconds: how long it was waited for (10).
cli-service-still-running = El servicio de recordatorios no se ha detenido en { $seconds } segundos; ciérralo desde su icono en la bandeja del sistema o termínalo en el administrador de tareas del sistema.
cli-no-routine = no hay ninguna rutina llamada «{ $id }»; `limber list` muestra las que hay
cli-bad-date = `{ $text }` no es una fecha como 2025-03-01 (AAAA-MM-DD)

## `limber list`

cli-list-id = ID
cli-list-time = TIEMPO
cli-list-name = NOMBRE
cli-list-source = ORIGEN
cli-list-bundled = incluida
cli-list-error = error

## `limber check FILE…`

cli-check-ok = { $file }: correcto ({ $moves ->
        [one] { $moves } ejercicio
       *[other] { $moves } ejercicios
    }, { $time })
cli-check-problems = limber: { $bad ->
        [one] { $bad } de { $total } archivos tiene problemas
       *[other] { $bad } de { $total } archivos tienen problemas
    }

## `limber plan ROUTINE`

cli-plan-start = INICIO
cli-plan-length = TIEMPO
cli-plan-step = PASO
cli-plan-section = ── { $name } ──
cli-plan-section-again = ── { $name } (otra vez) ──
cli-plan-ask = pregunta
cli-plan-open = libre
cli-plan-total = Total { $time }

## `limber history`

cli-history-unreadable = limber: no se puede leer el historial: { $error }
cli-history-newer = limber: nota: { $count ->
        [one] { $count } sesión guardada por una versión más reciente de Limber (versión de formato { $version }) se conserva en { $file }, pero no se muestra
       *[other] { $count } sesiones guardadas por una versión más reciente de Limber (versión de formato { $version }) se conservan en { $file }, pero no se muestran
    }
cli-this-week = Esta semana: { $planned }.
cli-breaks-today = Pausas de hoy: { $breaks }.
cli-history-where = Las sesiones se guardan en { $file }
cli-history-date = FECHA
cli-history-start = INICIO
cli-history-routine = RUTINA
cli-history-status = ESTADO
cli-history-active = ACTIVO
cli-history-moves = EJERCICIOS
cli-history-pain = DOLOR
cli-history-note = NOTA
cli-history-done = completada
cli-history-stopped = detenida
cli-history-totals = { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } · { $active } de tiempo activo en total · racha actual { $current ->
        [one] { $current } día
       *[other] { $current } días
    } · mejor racha { $best ->
        [one] { $best } día
       *[other] { $best } días
    }
cli-history-pain-explained = (dolor: { $explanation })

## `limber import`, `limber export`, `limber print`, `limber report`

cli-import-exists =
    limber: ya existe una rutina «{ $id }»; no se ha importado nada.
    Usa --replace para sustituirla (tu archivo se guarda oculto como copia de seguridad) o --as NEW-ID para conservar las dos.
cli-imported = Se ha importado «{ $name }» ({ $moves ->
        [one] { $moves } ejercicio
       *[other] { $moves } ejercicios
    }) como { $file }
cli-imported-with-pictures = Se ha importado «{ $name }» ({ $moves ->
        [one] { $moves } ejercicio
       *[other] { $moves } ejercicios
    }, { $pictures ->
        [one] { $pictures } imagen
       *[other] { $pictures } imágenes
    }) como { $file }
cli-exported = Se ha guardado «{ $name }» con { $pictures ->
        [one] { $pictures } imagen
       *[other] { $pictures } imágenes
    } en { $file }
cli-wrote = Se ha creado { $file }

## `limber reminders`

cli-reminders-none =
    No hay recordatorios previstos. Añádelos en la página Recordatorios o en settings.ron:
      reminders: [(routine: "sciatica-relief", at: "18:30", days: Daily)],
cli-reminders-paused = Los recordatorios están en pausa hasta el { $date } a las { $time }.
cli-reminders-when = CUÁNDO
cli-reminders-routine = RUTINA
cli-reminders-status = ESTADO
cli-reminders-today-at = hoy a las { $time }
cli-reminders-date-at = { $date } { $time }
cli-reminders-no-routine = desactivado: esa rutina no existe

## Estado de un recordatorio (columna ESTADO).

cli-reminders-planned = prevista
cli-reminders-due = pendiente
cli-reminders-done = hecha
cli-reminders-shown = aviso mostrado
cli-reminders-started = empezada
cli-reminders-snoozed = pospuesta
cli-reminders-snoozed-until = pospuesta hasta las { $time }
cli-reminders-skipped = saltada
cli-reminders-missed = sin respuesta

## `limber follow ROUTINE`: una rutina seguida de oído en una terminal.
## Las teclas (Espacio, Intro, n, p, r, m, q, y) no cambian.

follow-cue-log-error = no se puede escribir el registro de avisos { $file } ({ $error })
follow-no-terminal = limber: no se puede preparar la terminal ({ $error })
follow-no-sound = { $notice }. Se sigue sin sonido; el sonido volverá cuando haya un dispositivo.
follow-muted-in-settings = El sonido está desactivado (silenciado en los ajustes; m lo activa).
follow-warning = aviso: { $notice }
follow-title = { $name } ({ $id })
follow-title-keys = { $name } ({ $id }) · Espacio pausa · n/→ saltar · p/← atrás · r reiniciar · + 15 s · Intro hecho · m silenciar · q salir
follow-pain-before = ¿Cuánto dolor tienes ahora mismo?
follow-pain-after = ¿Y cuánto dolor tienes ahora?
follow-pain-prompt = { $question } 0–10, Intro para saltar:
follow-pain-number = Un número del 0 al 10, por favor.
follow-done = { $moves ->
        [one] Has terminado: { $done } de { $moves } ejercicio en { $time }.
       *[other] Has terminado: { $done } de { $moves } ejercicios en { $time }.
    }
follow-stopped = { $moves ->
        [one] Sesión detenida tras { $time } ({ $done } de { $moves } ejercicio hecho).
       *[other] Sesión detenida tras { $time } ({ $done } de { $moves } ejercicios hechos).
    }
follow-interrupted = Se ha interrumpido.
follow-rating-not-saved = No se ha podido guardar la valoración del dolor: { $error }
follow-speaking-with = Se usa la voz { $voice }.
follow-kept = Se ha guardado en tu historial (limber history lo muestra).
follow-not-kept = No se ha podido guardar esta sesión en tu historial: { $error }
follow-step = [{ $start }] { $step } ({ $length })
follow-step-until-done = [{ $start }] { $step } (hasta que termines)
follow-question = { $question } Responde y (sí) o n (no).
follow-press-enter = Pulsa Intro cuando termines.
follow-answer-y-or-n = Responde y o n, por favor.
follow-no-answer = No hay respuesta (fin de la entrada): se toma «{ $answer }», como muestra `limber plan`. Usa --answer yes|no para elegir.
follow-no-confirm = No hay nadie para confirmar (fin de la entrada): se continúa.
follow-sound-off = Sonido desactivado (m).
follow-sound-on = Sonido activado.
follow-answered = { $question } { $answer } (--answer)
follow-yes = sí
follow-no = no

## La línea de estado al pie de la terminal.

follow-status-waiting = esperando tu respuesta (y/n)
follow-status-overtime = +{ $overtime } · Intro al terminar
follow-status-left = quedan { $time }
follow-status-rep = rep. { $rep } de { $reps }
follow-status-breathe-in = toma aire
follow-status-hold = retén el aire
follow-status-breathe-out = suelta el aire
follow-status-paused = EN PAUSA (Espacio)
follow-status-muted = silenciado
follow-status-no-sound = sin sonido
