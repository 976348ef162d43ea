## Títulos de ventana.
title-app = { $what } — Limber
title-paused = En pausa · { $what } — Limber
title-paused-after-sleep = En pausa tras el reposo · { $what } — Limber
title-running = { $time } · { $what } — Limber
title-welcome = Te damos la bienvenida — Limber
title-unsaved = • { $name } — Limber
title-import = Importar

player-done = Hecho
player-slept = En pausa mientras el ordenador estaba en reposo · Espacio para seguir
player-slept-short = En pausa: el ordenador estaba en reposo
player-muted = Sin sonido
player-sound-unavailable = Sonido no disponible

## Bajo la cuenta atrás: una palabra corta.
clock-so-far = transcurrido
clock-over = extra
clock-paused = en pausa
clock-left = restante

player-last-one = Último ejercicio: termina con energía
player-next-question = Siguiente: una pregunta · { $question }
player-next = Siguiente:

## Botones (cortos).
player-resume = Reanudar
player-pause = Pausar
player-back = Atrás
player-skip = Saltar
player-restart = Reiniciar
player-add-time = +15 s
player-confirm = Hecho
player-mute = Silenciar
player-unmute = Activar sonido
player-compact = Compacto
player-stop = Parar
player-start = Empezar
player-keep-going = Continuar
player-step-up = Aumentar
player-not-now = Ahora no

## La pregunta entre secciones.
gate-run = pasar a { $section }
gate-skip = saltar { $section } hoy
gate-repeat = repetir { $section } en su lugar
gate-yes = Sí
gate-no = No
gate-answers = Sí: { $yes } · No: { $no }

player-length-moves = { $count ->
    [one] { $time } · { $count } ejercicio
   *[other] { $time } · { $count } ejercicios
}
player-step-up-offer = { $count ->
    [one] { $count } sesión sin dolor: ¿te animas con un poco más?
   *[other] { $count } sesiones seguidas sin dolor: ¿te animas con un poco más?
}
player-esc-library = Esc vuelve a la biblioteca
player-compact-keys = Espacio pausa · → saltar · ← atrás · C vista completa · Esc parar
player-stop-question = ¿Parar esta sesión?
player-stop-detail = Lo que has hecho hasta ahora se guarda en tu historial como sesión incompleta.
player-minutes-left = Quedan { $minutes } min
player-time-left = Quedan { $time }

## Valoración opcional del dolor.
pain-question-before = ¿Cuánto dolor tienes ahora mismo?
pain-scale-help = 0 = sin dolor, 10 = el peor dolor imaginable · opcional · teclas 0–9
pain-severe = Es mucho dolor. Si es intenso o va a más, si notas debilidad en una pierna o si ha cambiado tu control de la vejiga o del intestino, para y pide consejo médico antes de hacer ejercicio.
