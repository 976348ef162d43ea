## Páginas impresas (PDF): la ficha de una rutina y el informe de progreso.

## Fechas: códigos de formato de chrono; se mantienen los códigos %.

print-date = %-d de %B de %Y
report-date = %-d %b %Y
report-day = %-d %b
report-note-date = %a %-d %b

## Los dos tipos de página.

print-page = Página { $page } de { $pages }
print-layout-failed = no se puede componer la página { $page }: { $reason }

## La ficha de una rutina.

print-meta = Aprox. { $time } · { $moves ->
        [one] { $moves } ejercicio
       *[other] { $moves } ejercicios
    } · impresa con Limber el { $date }
print-safety = Seguridad
print-safety-stop = Para y busca atención médica si tienes:

## Duraciones en la dosis de un ejercicio.
print-seconds = { $seconds } s
print-minutes = { $minutes } min
print-minutes-seconds = { $minutes } min { $seconds } s

print-dose = { $work ->
        [hold] Mantén { $time }
        [reps] { $reps ->
            [one] { $reps } repetición
           *[other] { $reps } repeticiones
        }
       *[open] El tiempo que necesites
    }{ $sets ->
        [1] {""}
       *[other] { $work ->
            [reps] , { $sets } series
           *[other] , { $sets } veces
        }
    }{ $side ->
        [both] , en cada lado
        [left] , solo el lado izquierdo
        [right] , solo el lado derecho
        [affected] , solo el lado afectado
       *[none] {""}
    }{ $until ->
        [yes] , y después sigue hasta que termines
       *[no] {""}
    }

## Letra pequeña bajo la dosis: rango del programa y ritmo de respiración.

print-range-seconds = Programa: { $min }–{ $max } s
print-range-time = Programa: { $min }–{ $max }
print-range-reps = Programa: { $min }–{ $max } repeticiones
print-breath = Toma aire { $inhale }, suéltalo { $exhale }
print-breath-hold = Toma aire { $inhale }, retenlo { $hold }, suéltalo { $exhale }
print-caution = Precaución: { $text }

## Bajo las imágenes de un ejercicio (cortos).
print-picture-start = Inicio
print-picture-then = Después
print-picture-left = Lado izquierdo
print-picture-right = Lado derecho
print-picture-missing = Falta la imagen

## La pregunta sobre el dolor, con casillas para marcar.

print-pain-check = PREGUNTA SOBRE EL DOLOR
print-yes = Sí
print-no = No
print-gate-answers = Sí: { $yes }. No: { $no }.
print-gate-run = haz «{ $section }»
print-gate-skip = sáltate «{ $section }»
print-gate-repeat = repite «{ $section }» en su lugar
print-gate-run-unnamed = haz esta parte
print-gate-skip-unnamed = sáltate esta parte
print-gate-repeat-unnamed = repite esta parte en su lugar

## La tabla para rellenar a mano al final de la ficha.
print-log = Tu registro
print-log-date = Fecha
print-log-pain-before = Dolor antes (0–10)
print-log-pain-after = Dolor después (0–10)
print-log-notes = Notas

## El informe de progreso.

report-title = Informe de progreso
report-period = Sesiones de ejercicio del { $from } al { $to } ({ $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }), según los registros de Limber
report-no-sessions = No hay ninguna sesión registrada en este periodo.

## Cuatro recuadros de cifras.
report-sessions = Sesiones
report-sessions-detail = { $finished } completas, { $stopped } a medias
report-active = Tiempo activo
report-active-detail = unos { $minutes } min por semana
report-days = Días con sesión
report-days-detail = de { $days } días
report-pain = Dolor tras la sesión
report-pain-none = sin valorar
report-pain-change = { $earlier } → { $later }
report-pain-detail-none = sin valoraciones en el periodo
report-pain-detail-one = una valoración (0–10)
report-pain-detail = inicio → fin, { $count } valoraciones

report-routines = Rutinas: { $list }
report-reminders = Recordatorios: { $done } de { $planned } sesiones previstas hechas
report-reminders-skipped = Recordatorios: { $done } de { $planned } sesiones previstas hechas ({ $skipped } saltadas)
report-reminders-missed = Recordatorios: { $done } de { $planned } sesiones previstas hechas ({ $missed } sin hacer)
report-reminders-skipped-missed = Recordatorios: { $done } de { $planned } sesiones previstas hechas ({ $skipped } saltadas, { $missed } sin hacer)

## Gráficos.
report-minutes-chart = Minutos activos por semana
report-pain-chart = Dolor antes y después de cada sesión (0 = sin dolor, 10 = el peor)
report-pain-chart-empty = Ninguna sesión de este periodo tiene valoración del dolor. Activa «Preguntar por el dolor» en los ajustes de Limber para verlas aquí.
report-before = Antes
report-after = Después

## Listas.
report-skipped = Ejercicios que más se han saltado
report-skipped-none = No se ha saltado ningún ejercicio.
report-skipped-move = { $move }: saltado { $skipped } de { $total ->
        [one] { $total } vez
       *[other] { $total } veces
    }
report-answers = Respuestas a la pregunta sobre el dolor
report-answers-none = No se ha hecho ninguna pregunta en este periodo.
report-answer = { $question } Sí, { $yes ->
        [one] { $yes } vez
       *[other] { $yes } veces
    }; no, { $no }.
report-answer-days = { $question } Sí, { $yes ->
        [one] { $yes } vez
       *[other] { $yes } veces
    }; no, { $no }. Días con «sí»: { $days }.
report-notes = Notas
report-notes-none = No hay notas en este periodo.
report-note-head = { $date } · { $routine }
report-note-head-pain = { $date } · { $routine } · dolor { $before } → { $after }
report-note-head-before = { $date } · { $routine } · dolor antes { $before }
report-note-head-after = { $date } · { $routine } · dolor después { $after }
