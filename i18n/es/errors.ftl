## Errores en archivos que la gente escribe o abre (rutinas .ron, settings.ron,
## imágenes, paquetes .limber). Las claves entre `…`, los ejemplos entre "…" y
## las duraciones (30s, 2m) se quedan como en inglés: es lo que hay que escribir.

## Duraciones.

error-duration-empty = una duración está vacía; escríbela como "45s", "2m" o "1m30s"
error-duration-negative = una duración no puede ser negativa («{ $text }»)
error-duration-syntax = «{ $text }» no es una duración; escríbela como "45s", "2m" o "1m30s"
error-duration-unit = «{ $text }» tiene una unidad desconocida, «{ $unit }»; usa h, m, s o ms
error-duration-too-long = «{ $text }» es demasiado largo; una duración no puede pasar de 24 horas

## Límites de los valores de un ejercicio.

error-hold-range = el tiempo que se mantiene una postura debe estar entre { $min } y { $max }, no «{ $value }»
error-tempo-range = el ritmo de una repetición debe estar entre { $min } y { $max }, no «{ $value }»
error-tempo-range-implied = el ritmo de una repetición debe estar entre { $min } y { $max }, no { $value }
error-pause-range = una pausa debe durar entre { $min } y { $max }, no «{ $value }»
error-breath-range = tomar o soltar el aire debe durar entre { $min } y { $max }, no «{ $value }»
error-breath-hold-range = retener el aire debe durar entre { $min } y { $max }, no «{ $value }»
error-reps-range = `reps` debe ser un número entero del 1 al { $max }, no { $value }
error-sets-range = `sets` debe ser un número entero del 1 al { $max }, no { $value }

## Textos demasiado largos o con caracteres de control invisibles.

error-text-too-long = { $what } tiene { $chars } caracteres; debe tener menos de { $max }
error-text-control = { $what } contiene un carácter de control (U+{ $code }); en un texto solo se admiten tabulaciones y saltos de línea
error-name-too-long = un nombre tiene { $chars } caracteres; debe tener menos de { $max }
error-name-control = un nombre contiene un carácter de control (U+{ $code }); en un texto solo se admiten tabulaciones y saltos de línea
error-name-empty = un nombre no puede estar vacío
error-long-text-too-long = este texto tiene { $chars } caracteres; debe tener menos de { $max }
error-long-text-control = este texto contiene un carácter de control (U+{ $code }); en un texto solo se admiten tabulaciones y saltos de línea
error-step-too-long = un paso tiene { $chars } caracteres; debe tener menos de { $max }
error-step-control = un paso contiene un carácter de control (U+{ $code }); en un texto solo se admiten tabulaciones y saltos de línea
error-too-many-steps = un ejercicio tiene { $count } pasos; usa como máximo { $max }, y que sean cortos

## Identificadores de ejercicio (id), como "figure-4".

error-move-id-not-slug = el id de ejercicio «{ $id }» solo puede tener minúsculas, cifras y guiones, como "figure-4"
error-move-id-twice = el id de ejercicio «{ $id }» aparece dos veces en esta rutina; cada ejercicio necesita su propio id
error-in-move = ejercicio «{ $id }»: { $problem }

## Imágenes indicadas en `image`.

error-picture-name-empty = el nombre de un archivo de imagen no puede estar vacío
error-picture-name-too-long = el nombre de un archivo de imagen tiene { $chars } caracteres; debe tener menos de { $max }
error-picture-name-characters = imagen «{ $name }»: separa las carpetas con `/`; no uses `\`, `:` ni caracteres de control
error-picture-name-absolute = la imagen «{ $name }» es una ruta absoluta; indica un archivo junto a la rutina, como "photos/bridge.jpg"
error-picture-name-outside = la imagen «{ $name }» debe quedarse dentro de la carpeta de la rutina (sin partes `..`, `.` ni vacías)
error-picture-name-kind = la imagen «{ $name }» debe ser un archivo .png, .jpg, .jpeg, .gif o .svg
error-picture-list-size = una lista de imágenes tiene uno o dos archivos (las dos posiciones de un ejercicio)
error-no-such-illustration = no hay ninguna ilustración «{ $id }»; las que hay: { $known }; o indica un archivo de imagen junto a la rutina, como "photos/bridge.jpg"

## La rutina en conjunto.

error-format-version = este archivo tiene la versión de formato { $version }; este Limber lee la versión { $supported }
error-format-version-newer = este archivo tiene la versión de formato { $version }; este Limber lee la versión { $supported } (lo ha escrito un Limber más reciente)
error-moves-and-sections = usa `moves` o `sections`, no los dos
error-no-moves = una rutina necesita al menos un ejercicio (`moves: [...]`)
error-too-many-sections = una rutina tiene { $count } secciones; el límite es { $max }
error-too-many-moves = una rutina tiene { $count } ejercicios; el límite es { $max }
error-first-gate-repeat = la pregunta (`gate`) de la primera sección no tiene ninguna sección anterior que repetir
error-routine-too-long = esta rutina duraría { $length }; el límite es { $max }
error-section-no-moves = la sección «{ $name }» no tiene ejercicios
error-section-twice = hay dos secciones llamadas «{ $name }»; cada sección necesita un nombre distinto
error-gate-repeat-unknown = una pregunta (`gate`) solo puede repetir una sección anterior; no hay ninguna llamada «{ $name }»
error-gate-repeat-unknown-earlier = una pregunta (`gate`) solo puede repetir una sección anterior; no hay ninguna llamada «{ $name }» (anteriores: { $earlier })

## Cuánto dura un ejercicio y su rango (`range: "30s-60s"`).

error-hold-and-reps = usa `hold` o `reps`, no los dos
error-tempo-without-reps = `tempo` solo sirve con `reps`
error-no-dose = indica cuánto dura: `hold: "30s"`, `reps: 12` o `until_done: true`
error-range-syntax = el rango «{ $range }» debe tener la forma "30s-60s" para `hold` o "10-15" para `reps`
error-hold-outside-range = hold { $value } está fuera de su rango { $min }-{ $max }; cambia uno de los dos
error-reps-outside-range = { $count } reps está fuera de su rango { $min }-{ $max }; cambia uno de los dos
error-range-without-dose = `range` necesita un `hold` o unas `reps` que lo acompañen

## Leer un archivo de rutina.

error-file-too-big = este archivo ocupa { $size } KiB; un archivo de rutina no puede pasar de { $max } KiB
error-file-empty = el archivo está vacío
error-not-utf8 = esto no es texto UTF-8; guarda el archivo como UTF-8
error-cannot-read = no se puede leer este archivo: { $reason }

## Errores en la forma de escribir el archivo (su puntuación).

error-ron-eof = el archivo termina antes de tiempo; ¿falta un `)` o un `]`?
error-ron-comma = falta una coma entre elementos
error-ron-struct-end = falta un `)` que cierre esta parte, o una coma
error-ron-array-end = falta un `]` que cierre esta lista, o una coma
error-ron-string = se esperaba un texto entre comillas dobles
error-ron-string-end = a este texto le faltan las comillas dobles de cierre
error-ron-integer = se esperaba un número entero
error-ron-boolean = se esperaba `true` o `false`
error-ron-nested = hay demasiados niveles anidados
error-ron-trailing = hay texto inesperado después del final de la rutina
error-ron-unknown-field = campo desconocido `{ $field }`; se esperaba uno de estos: { $expected }
error-ron-unknown-field-in = campo desconocido `{ $field }` en { $outer }; se esperaba uno de estos: { $expected }
error-ron-missing-field = falta el campo `{ $field }`
error-ron-missing-field-in = falta el campo `{ $field }` en { $outer }
error-ron-duplicate-field = el campo `{ $field }` aparece dos veces
error-ron-unknown-variant = `{ $found }` no es ninguno de estos: { $expected }
error-ron-expected-routine = se esperaba `(` para empezar la rutina
error-ron-expected-section = se esperaba `(` para empezar la sección
error-ron-expected-move = se esperaba `(` para empezar el ejercicio
error-ron-expected-breath = se esperaba `(` para empezar la respiración
error-ron-expected-gate = se esperaba `(` para empezar la pregunta
error-ron-expected-timing = se esperaba `(` para empezar los tiempos
error-ron-expected-part = se esperaba `(` para empezar { $name }

## El editor de rutinas: notas cortas bajo un campo que hay que corregir.

error-draft-move-name = ponle un nombre al ejercicio
error-draft-routine-name = ponle un nombre a la rutina
error-draft-name-too-long = menos de { $max } caracteres
error-draft-between = entre { $min } y { $max }
error-draft-count-range = un número entero del 1 al { $max }
error-draft-count = un número entero

## Archivos de imagen.

error-picture-missing = falta la imagen «{ $name }» (se ha buscado en { $own }/ y en { $beside }/)
error-picture-unreadable = no se puede leer la imagen «{ $name }»: { $reason }
error-picture-too-large = la imagen «{ $name }» ocupa { $size } MiB; una imagen no puede pasar de { $max } MiB
error-picture-too-many-pixels = la imagen «{ $name }» mide { $width } × { $height } píxeles; una imagen no puede pasar de { $side } píxeles por lado ni de { $megapixels } megapíxeles
error-picture-broken = la imagen «{ $name }» no es una imagen { $kind } legible: { $reason }
error-picture-unknown-kind = la imagen «{ $name }» no es una imagen de un tipo conocido: el nombre no termina en .png, .jpg, .jpeg, .gif ni .svg
error-picture-outside = la imagen «{ $name }» lleva fuera de la carpeta de la rutina (es un enlace); copia la imagen dentro
error-gif-too-many-frames = tiene más de { $most } fotogramas a este tamaño; acorta o reduce la animación
error-gif-no-frames = no tiene fotogramas

## Paquetes (archivos .limber: una rutina y sus imágenes en un solo archivo).

error-pack-not-a-pack = { $file }: no es un paquete de Limber ({ $reason }); no se ha importado nada
error-pack-too-big = ocupa { $size } MiB; un paquete no puede pasar de { $max } MiB
error-pack-too-many-files = tiene { $count } archivos; un paquete tiene como máximo { $max }
error-pack-one-routine = debe tener exactamente un archivo de rutina (.ron) en el nivel superior
error-pack-refused = { $file }: rechazado: contiene «{ $entry }», { $why }; no se ha importado nada
error-pack-why-link = que es un enlace
error-pack-why-encrypted = que está cifrado
error-pack-why-unpack = que no se puede descomprimir ({ $reason })
error-pack-why-too-big = que descomprimido ocupa más de { $max } KiB
error-pack-why-all-too-big = y todo junto descomprimido ocupa más de { $max } MiB
error-pack-why-absolute = que es una ruta absoluta
error-pack-why-climbs-out = una ruta que sale de la carpeta con `..`
error-pack-why-characters = un nombre con `\` o con caracteres de control
error-pack-why-picture-name = un nombre de imagen poco seguro
error-pack-why-link-in-the-way = y hay un enlace que estorba en tu carpeta de rutinas
error-pack-picture-missing = la imagen «{ $name }» no está en el paquete
error-pack-exists = ya existe una rutina «{ $id }»; sustitúyela o importa esta con otro id
error-pack-bad-id = «{ $id }» no puede ser un id de rutina: usa minúsculas, cifras y guiones
error-pack-not-found = no hay ninguna rutina llamada «{ $id }»; `limber list` muestra las que hay

## Traducciones de las rutinas incluidas (`limber check i18n/es/routines/*.ron`).

error-translation-what-name = el nombre
error-translation-what-description = la descripción
error-translation-what-move-name = ejercicio «{ $id }»: el nombre
error-translation-what-move-step = ejercicio «{ $id }»: un paso
error-translation-what-move-text = ejercicio «{ $id }»: un texto
error-translation-what-section-name = sección «{ $name }»: el nombre
error-translation-text-empty = { $what } está en blanco
error-translation-section-missing = falta la sección «{ $name }»
error-translation-section-field-missing = sección «{ $name }»: falta `{ $field }`
error-translation-section-field-extra = sección «{ $name }»: `{ $field }` no está en la rutina
error-translation-no-such-section = la rutina no tiene ninguna sección «{ $name }»
error-translation-move-missing = falta el ejercicio «{ $id }»
error-translation-step-count = ejercicio «{ $id }»: { $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
}, la rutina tiene { $count }
error-translation-move-field-missing = ejercicio «{ $id }»: falta `{ $field }`
error-translation-move-field-extra = ejercicio «{ $id }»: `{ $field }` no está en la rutina
error-translation-no-such-move = la rutina no tiene ningún ejercicio «{ $id }»
error-translation-no-routine = no hay ninguna rutina incluida «{ $id }» para esta traducción (el nombre del archivo es el id de la rutina)

## Archivos y carpetas.

error-path-no-file-name = la ruta no tiene nombre de archivo
error-no-home = no se encuentra una carpeta personal para los ajustes; indica una con LIMBER_HOME=DIR

## Errores en settings.ron.

error-settings-unreadable = { $error }; todos los ajustes usan sus valores predeterminados hasta que se corrija
error-setting-default = ajuste `{ $name }`: { $error }; se usa su valor predeterminado
error-setting-breaks-off = ajuste `breaks`: { $error }; las pausas para moverte siguen desactivadas hasta que lo corrijas
error-settings-entry-left-out = { $error }; esta entrada se omite hasta que se corrija
error-sounds-unknown-cue = sounds: no hay ningún aviso llamado «{ $name }» (avisos: { $cues }); se omite
error-settings-cannot-read = { $file }: no se pueden leer los ajustes ({ $reason }); se usan los valores predeterminados
