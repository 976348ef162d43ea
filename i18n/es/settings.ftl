settings-title = Ajustes
settings-keys = ↑ ↓ elegir · ← → cambiar · se guarda al momento
settings-saved-in = Se guarda en { $file }

## Botones de abajo.

settings-open-routines = Abrir mi carpeta de rutinas
settings-open-file = Abrir el archivo de ajustes
settings-try-voice = Probar la voz
settings-back = Volver

## Nombres de las filas y sus líneas de ayuda.

settings-affected-side = Lado afectado
settings-affected-side-help = El lado que te duele. Los ejercicios marcados para el lado afectado lo usan, y recibe los extras de abajo.
settings-extra-reps = Repeticiones extra en ese lado
settings-extra-reps-help = Se suman a los ejercicios de repeticiones en tu lado afectado.
settings-extra-time = Tiempo extra en ese lado
settings-extra-time-help = Se suma a las posturas mantenidas en tu lado afectado.
settings-prepare = Tiempo para prepararte
settings-prepare-help = La cuenta atrás antes de cada ejercicio. Si lo fijas aquí, se aplica a todas las rutinas.
settings-rest = Descanso entre series
settings-rest-after = Descanso entre ejercicios
settings-switch = Pausa para cambiar de lado
settings-pause-help = Se aplica a las rutinas que no indican el suyo.
settings-breathing-guide = Guía de respiración
settings-breathing-guide-help = El círculo que crece al tomar aire y se encoge al soltarlo.
settings-ask-pain = Preguntar por el dolor
settings-ask-pain-help = Una valoración de 0 a 10 antes y después de cada sesión, que se guarda en tu historial.
settings-progression = Alargar las posturas
settings-progression-help = Propone mantener las posturas más tiempo, dentro del rango del programa, tras sesiones sin dolor.
settings-progression-step = Cuánto alargar
settings-progression-step-help = Cuánto tiempo más se mantiene una postura cada vez.
settings-progression-after = Tras sesiones sin dolor
settings-progression-after-help = Sesiones seguidas sin dolor antes de proponer un aumento.
settings-language = Idioma
settings-language-help = El idioma de la ventana, de la línea de comandos y de la voz.
settings-theme = Aspecto
settings-theme-help = Igual que el sistema, o siempre claro u oscuro.
settings-renderer = Dibujo en pantalla
settings-renderer-help = Software consume poco en cualquier portátil; GPU puede ayudar en pantallas grandes con un buen controlador gráfico. Se aplica a partir del próximo inicio.
settings-keep-awake = Mantener la pantalla activa
settings-keep-awake-help = Mientras una rutina está en marcha, la pantalla no se atenúa ni se bloquea (en pausa, puede hacerlo).
settings-start-at-login = Abrir Limber al iniciar sesión
settings-start-at-login-help = Pone en marcha el servicio de recordatorios al iniciar sesión, con su icono en la bandeja del sistema si el escritorio la tiene.
settings-volume = Volumen
settings-volume-help = El volumen de los avisos sonoros. P reproduce uno de prueba (con el sonido activado).
settings-muted = Sonido
settings-muted-help = Todos los avisos sonoros activados o desactivados (M mientras sigues una rutina).
autostart-name = Recordatorios de Limber
autostart-comment = Te recuerda las rutinas que has planificado

## Una fila por aviso sonoro.

settings-cue-start = Aviso: empieza el ejercicio
settings-cue-tick = Aviso: últimos 3 segundos
settings-cue-halfway = Aviso: mitad
settings-cue-switch = Aviso: cambio de lado
settings-cue-rest = Aviso: descanso
settings-cue-set-done = Aviso: serie terminada
settings-cue-complete = Aviso: rutina completada
settings-cue-attention = Aviso: Limber te espera
settings-cue-help = P lo reproduce. Puedes cambiarlo por tu propio WAV u OGG en el archivo de ajustes.
settings-breath-tones = Tonos de respiración
settings-breath-tones-help = Un tono suave que sube al tomar aire y baja al soltarlo.

## La voz.

settings-voice = Voz
settings-voice-help = Dice lo que viene después de cada aviso: el ejercicio, el lado y el tiempo, los descansos, las preguntas. T la prueba.
settings-voice-name = Qué voz
settings-voice-name-help = Las voces en español del sistema. T la prueba.
settings-voice-speed = Velocidad de la voz
settings-voice-speed-help = Lo rápido que habla la voz. T la prueba.
settings-voice-volume = Volumen de la voz
settings-voice-volume-help = El volumen de la voz respecto a los avisos sonoros. T la prueba.
settings-voice-reps = Contar las repeticiones en voz alta
settings-voice-reps-help = «1», «2», «3»… al empezar cada repetición.
settings-voice-breathing = Decir las palabras de respiración
settings-voice-breathing-help = «Toma aire», «Sube»… en cada respiración, en lugar de los tonos de respiración.

## Valores (cortos).

settings-on = Activado
settings-off = Desactivado
settings-side-left = Izquierdo
settings-side-right = Derecho
settings-side-not-set = Sin elegir
settings-seconds = { $seconds } s
settings-plus-seconds = +{ $seconds } s
settings-prepare-unset = Según la rutina
settings-rest-unset = 15 s (por defecto)
settings-rest-after-unset = Ninguno (por defecto)
settings-switch-unset = 5 s (por defecto)
settings-sessions = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
settings-language-system = Del sistema ({ $language })
settings-theme-system = Como el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-renderer-software = Software
settings-renderer-gpu = GPU
settings-percent = { $percent } %
settings-muted-on = Silenciado
settings-voice-default = Predeterminada
settings-words-per-minute = { $count } palabras/min
settings-percent-of-chimes = { $percent } % de los avisos
