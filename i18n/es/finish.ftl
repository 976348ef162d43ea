finish-well-done = Bien hecho
finish-stopped = Sesión detenida
finish-finished = Has completado { $name }.
finish-part-way = { $name }: sin terminar.
## Bajo las cifras grandes: corto.
finish-active-time = tiempo activo
finish-moves-done = ejercicios hechos
finish-skipped = saltados
## Junto a cada ejercicio.
finish-mark-done = ✓ hecho
finish-mark-skipped = saltado
finish-not-kept = No se ha empezado ningún ejercicio, así que esta sesión no se guarda en tu historial.
finish-saving = Guardando en tu historial…
finish-saved = Se ha guardado en tu historial.
finish-save-failed = No se ha podido guardar en tu historial: { $error }
pain-question-after = ¿Cuánto dolor tienes ahora?
finish-note-placeholder = Añade una nota (opcional), p. ej., cómo has notado la cadera
finish-back-library = Volver a la biblioteca
