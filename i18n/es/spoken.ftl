## Sobre el nombre del ejercicio en el reproductor; las formas cortas, muy cortas.
kicker-paused = En pausa · Espacio para seguir
kicker-paused-short = En pausa
kicker-confirm = Cuando termines · pulsa Intro
kicker-confirm-short = Pulsa Intro al terminar
kicker-get-ready = Prepárate
kicker-rest = Descanso · a continuación
kicker-rest-short = Descanso · sigue
kicker-rep = Repetición { $rep } de { $of }
kicker-again = Otra vez
kicker-hold = Mantén

## Guía de respiración.
breath-in = Toma aire
breath-hold = Retén el aire
breath-out = Suelta el aire
breath-lift = Sube

## Partes de la línea bajo el nombre del ejercicio.
set-of = serie { $set } de { $sets }
count-reps = { $count ->
    [one] { $count } repetición
   *[other] { $count } repeticiones
}
hold-for = mantén { $time }
once-more = una vez más

## Encabezados de paso.
heading-get-ready = Prepárate: { $name }
heading-switch = Cambia de lado: { $name }
heading-rest = Descanso
label-left = { $name } · lado izquierdo
label-right = { $name } · lado derecho
label-affected = { $name } · lado afectado
label-set = { $name } · serie { $set } de { $sets }

## Frases habladas.
spoken-switch-sides = Cambia de lado
spoken-halfway = Vas por la mitad
spoken-last-set = Última serie
spoken-seconds = { $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}
spoken-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
spoken-minutes-seconds = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} y { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
spoken-until-done = hasta que termines
spoken-list-separator = {", "}
spoken-rest = Descanso, { $time }
spoken-rest-next = Descanso, { $time }. Después: { $what }
spoken-next-last-set = última serie
spoken-next-question = una pregunta
spoken-question = { $question } Pulsa Y o N.
spoken-confirm-marker = Pulsa Intro
spoken-confirm = Pulsa Intro cuando termines.
spoken-done = Has terminado. { $time }
spoken-sample = Estiramiento en 4, lado izquierdo, 30 segundos. Toma aire.

## Lados del cuerpo.
side-left = Lado izquierdo
side-right = Lado derecho
side-affected = Lado afectado
side-left-inline = lado izquierdo
side-right-inline = lado derecho
side-affected-inline = lado afectado

## Una línea que describe un paso en listas.
describe-until-done = hasta terminar
describe-switch = Cambia de lado · { $name }
describe-switch-side = Cambia de lado · { $name } · { $side }

## Por qué no hay voz.
voice-no-espeak = espeak-ng no está instalado (en Debian o Ubuntu: sudo apt install espeak-ng)
voice-none-macos = no hay ninguna voz instalada para { $language } (Ajustes del Sistema > Accesibilidad > Contenido leído)
voice-none-windows = no hay ninguna voz instalada para { $language } (Configuración > Hora e idioma > Voz)
sound-unavailable = Sonido no disponible: { $reason }
voice-unavailable = Sin voz: { $reason }; solo avisos sonoros
voice-phrase-failed = La voz no ha podido decir una frase ({ $error }); para esa frase, solo aviso sonoro

voice-engine-failed = { $engine } ha fallado: { $reason }
voice-engine-timed-out = { $engine } no ha respondido en { $seconds } s
voice-engine-garbage = { $engine } no ha dado ningún sonido útil: { $reason }
voice-program-cannot-run = no se puede ejecutar { $program }
voice-program-cannot-start = no se puede iniciar ({ $error })
voice-program-no-output = no ha devuelto nada
voice-program-ended = ha terminado con { $status }
voice-no-thread = la voz no puede iniciar su hilo
voice-bad-rate = una frecuencia de muestreo de { $rate } Hz
voice-silence = silencio
voice-bad-length = { $seconds } s de sonido para { $chars } caracteres de texto

## Por qué no hay sonido.
sound-off = el sonido está desactivado
sound-default-output = la salida predeterminada
sound-format-unsupported = el dispositivo pide muestras { $format }, que Limber no puede generar
sound-cannot-start = no se puede poner en marcha el dispositivo de sonido ({ $error })
sound-cannot-open = no se puede abrir el dispositivo de sonido ({ $error })
sound-no-device = no se ha encontrado ningún dispositivo de sonido
sound-cannot-use = no se puede usar el dispositivo de sonido ({ $error })
sound-no-thread = no se puede iniciar el hilo de audio
sound-stopped-responding = el dispositivo de sonido ha dejado de responder
sound-failed = el dispositivo de sonido ha fallado ({ $error })
