history-title = Historial
history-loading = Cargando tu historial…

## Botones de arriba.

history-report = Informe de progreso
history-report-short = Informe
history-export-csv = Exportar CSV
history-export-json = Exportar JSON
history-to-library = Biblioteca

## Cómo ha ido la última exportación.

history-exporting = Exportando como { $format }…
history-exported = ✓ Guardado como { $format }: { $path }
history-export-failed = No se ha podido exportar: { $error }
history-reporting = Creando el informe…
history-reported = ✓ Informe guardado: { $path }
history-report-failed = No se ha podido crear el informe: { $error }

## El resumen bajo el título.

history-overview-none = Aún no hay sesiones guardadas
history-overview-none-recent = Ninguna sesión en las últimas { $weeks } semanas · la última fue el { $date }
history-overview-recent = { $count ->
    [one] { $count } sesión en las últimas { $weeks } semanas
   *[other] { $count } sesiones en las últimas { $weeks } semanas
}
history-overview-pain-after = dolor medio después de la sesión { $earlier } → { $recent }
history-overview-pain-before = dolor medio antes de la sesión { $earlier } → { $recent }
history-pain-average = { $pain }
history-pain-compared = { $count ->
    [one] tu primera sesión valorada comparada con la más reciente
   *[other] tus primeras { $count } sesiones valoradas comparadas con las { $count } más recientes
}
history-pain-explained = Dolor: { $explanation }
history-totals = { $count ->
    [one] { $count } sesión y { $time } en total
   *[other] { $count } sesiones y { $time } en total
}
history-minutes = { $minutes } min
history-hours-minutes = { $hours } h { $minutes } min

## Problemas con el archivo.

history-damaged-lines = { $count ->
    [one] Se ha omitido { $count } línea dañada del archivo del historial (línea { $lines }).
   *[other] Se han omitido { $count } líneas dañadas del archivo del historial (líneas { $lines }).
}
history-newer-records = { $count ->
    [one] Se ha conservado { $count } registro de una versión más reciente de Limber, pero no se muestra.
   *[other] Se han conservado { $count } registros de una versión más reciente de Limber, pero no se muestran.
}
history-line-not-utf8 = omitida: no es texto UTF-8
history-line-unreadable = omitida, no es un registro de sesión legible: { $reason }
history-line-version = omitida: este Limber no lee la versión de formato { $version }
history-line-no-version = omitida: el registro no tiene una versión de formato que este Limber lea

## No se ha podido leer el historial.

history-unreadable = No se ha podido leer tu historial
history-unreadable-help = No se ha cambiado nada del archivo. Comprueba que se puede leer y vuelve a abrir el historial.

## Las cifras (cortas).

history-streak-current = Racha actual
history-streak-best = Mejor racha
history-streak-days = { $count ->
    [one] día
   *[other] días
}
history-this-week = Esta semana
history-this-week-unit = { $count ->
    [one] min · { $count } sesión
   *[other] min · { $count } sesiones
}
history-planned = Previstas esta semana
history-planned-value = { $done } de { $planned }
history-planned-unit = sesiones hechas

## El calendario.

history-calendar-title = Días en que has hecho ejercicio
history-heat-less = Menos
history-heat-more = Más
history-heat-none = sin sesión
history-heat-under-10 = menos de 10 min
history-heat-10-19 = 10–19 min
history-heat-20-29 = 20–29 min
history-heat-30-more = 30 min o más
history-calendar-weekday = %a
history-calendar-month = %b
history-calendar-month-year = %b %Y

## Los gráficos.

history-minutes-title = Minutos por semana
history-bars-this-week = esta semana
history-pain-title = Dolor, 0–10
history-pain-before = antes
history-pain-after = después
history-pain-none = No hay valoraciones del dolor en estas semanas. Limber te pregunta antes y después de cada sesión si «Preguntar por el dolor» está activado en los ajustes.
history-date-short = %-d %b

## La ventana pequeña.

history-small-figures = Racha { $current } { $current ->
    [one] día
   *[other] días
} · mejor { $best } { $best ->
    [one] día
   *[other] días
} · esta semana { $minutes } min
history-small-breaks = pausas de hoy: { $taken } de { $offered } hechas
history-small-hint = En una ventana más grande se ven el calendario y los gráficos.

## Pausas para moverte.

history-breaks-title = Pausas para moverte
history-breaks-sitting-explained = en silla: tiempo medio entre pausas
history-breaks-offered = ofrecidas
history-breaks-taken = hechas
history-breaks-snoozed = pospuestas
history-breaks-skipped = saltadas
history-breaks-sitting = en silla

## Cuándo fue una sesión.

history-today = Hoy
history-yesterday = Ayer
history-when = { $day } · { $time }
history-date-weekday = %A
history-date-this-year = %a %-d %b
history-date-other-year = %a %-d %b %Y
history-date-long = %-d de %B de %Y

## La lista de sesiones.

history-sessions-title = Sesiones
history-sessions-count = { $count ->
    [one] { $count } sesión · ↑ ↓ para recorrer la lista
   *[other] { $count } sesiones · ↑ ↓ para recorrer la lista
}
history-show-older = { $count ->
    [one] Mostrar { $count } sesión anterior
   *[other] Mostrar { $count } sesiones anteriores
}
history-first-session = Tu primera sesión: { $date }
history-row-pain = dolor { $before } → { $after }
history-row-pain-before = dolor antes { $before }
history-row-pain-after = dolor después { $after }
history-row-active = { $time } de tiempo activo
history-row-completed = Completada
history-row-stopped = Detenida antes del final
history-row-done = { $count ->
    [one] { $count } hecho
   *[other] { $count } hechos
}
history-row-skipped = { $count ->
    [one] { $count } saltado
   *[other] { $count } saltados
}
history-row-not-reached = { $count ->
    [one] { $count } no alcanzado
   *[other] { $count } no alcanzados
}
history-row-note = «{ $note }»
history-move-done = hecho
history-move-skipped = saltado
history-move-not-reached = no alcanzado
history-answer-yes = Sí
history-answer-no = No

## Aún no hay sesiones.

history-empty-title = Tus sesiones aparecerán aquí
history-empty-intro = Cada vez que terminas una rutina, o la paras a medias, Limber la guarda en este ordenador. Aquí verás:
history-empty-calendar = Un calendario de los días en que has hecho ejercicio, con tu racha actual y tu mejor racha
history-empty-minutes = Los minutos por semana, para ver cómo la rutina se convierte en un hábito
history-empty-pain = Tu dolor antes y después de cada sesión a lo largo de las semanas, si lo valoras
history-empty-sessions = Cada sesión: sus ejercicios, lo que te has saltado, tus respuestas y tus notas
history-empty-export = Puedes exportarlo todo como CSV o JSON cuando quieras.
history-empty-choose = Elegir una rutina
