## Botones de arriba (cortos).

editor-save = Guardar
editor-duplicate = Duplicar
editor-export = Exportar…
editor-print = Imprimir hoja
editor-reset = Restaurar original
editor-close = Cerrar

## Bajo el nombre de la rutina.

editor-origin-bundled = Rutina incluida «{ $id }»: al guardar se crea tu propia copia
editor-origin-override = Tu versión de «{ $id }»
editor-origin-user = Tu rutina «{ $id }»
editor-origin-new = Rutina nueva «{ $id }», aún sin guardar
editor-summary = { $place } · { $length } · { $count ->
        [one] { $count } ejercicio
       *[other] { $count } ejercicios
    }
editor-summary-problems = { $place } · { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    } por corregir

## Textos de ejemplo en campos vacíos.

editor-routine-name = Nombre de la rutina
editor-description-hint = Una o dos frases: qué es y cuándo usarla

## Notas bajo el encabezado.

editor-picture-set = Imagen elegida. Guarda para conservarla.
editor-saved = Se ha guardado.
editor-updated-from-file = Se ha actualizado desde el archivo, que se ha cambiado fuera de Limber.
editor-file-has-mistake = El archivo se ha cambiado fuera de Limber y ahora tiene un error: { $error }
editor-needs-a-move = Una rutina necesita al menos un ejercicio.
editor-not-saved = Sin guardar: primero corrige { $count ->
        [one] el problema en rojo
       *[other] los { $count } problemas en rojo
    }.
editor-fix-before-duplicating = Corrige los problemas en rojo antes de duplicar.
editor-fix-before-printing = Corrige los problemas en rojo antes de imprimir.
editor-confirm-reset = Restaurar elimina tu versión y vuelve al original. Pulsa «Restaurar original» otra vez para hacerlo (tu archivo se guarda oculto como copia de seguridad).
editor-confirm-close = Tienes cambios sin guardar. Guarda con Ctrl+S o pulsa Esc otra vez para salir sin guardar.
editor-loaded-theirs = Se ha cargado la versión del archivo.
editor-save-before-export = Guarda primero (Ctrl+S) y luego exporta: lo que se comparte es la rutina guardada.
editor-conflict = El archivo se ha cambiado fuera de Limber (ahora «{ $name }», { $count ->
        [one] { $count } ejercicio
       *[other] { $count } ejercicios
    }) mientras tienes cambios sin guardar aquí.
editor-keep-mine = Quedarme con la mía
editor-take-theirs = Usar la del archivo
editor-has-comments = Este archivo tiene comentarios; si guardas desde aquí, se reescribe sin ellos.

## La lista de ejercicios.

editor-section-asks = { $section } · pregunta «{ $question }»
editor-move-up = Subir
editor-move-down = Bajar
editor-remove = Quitar
editor-add = Añadir

## La dosis de un ejercicio en la lista.

editor-dose-reps = { $reps } rep.
editor-dose-until-done = hasta terminar
editor-dose-sets = { $work } × { $sets }
editor-dose-both-sides = { $work } · ambos lados
editor-dose-left = { $work } · izquierdo
editor-dose-right = { $work } · derecho
editor-dose-affected = { $work } · lado afectado

## Campos del ejercicio seleccionado (etiquetas cortas).

editor-move = Ejercicio
editor-move-name = Nombre
editor-picture = Imagen…
editor-no-picture = Ninguna
editor-kind-hold = Mantener
editor-kind-reps = Repeticiones
editor-kind-open = Hasta que termine
editor-open-explained = Sin temporizador: el ejercicio termina cuando pulsas Intro.
editor-hold = Mantener
editor-range = Rango del programa
editor-reps = Repeticiones
editor-tempo = Segundos por rep.
editor-tempo-hint = una respiración
editor-until-done = Esperar a Intro al acabar el tiempo
editor-sets = Series
editor-rest = Descanso entre series
editor-rest-hint = el de la rutina
editor-sides = Lados
editor-sides-none = Una sola vez
editor-sides-both = Izquierdo y luego derecho
editor-sides-left = Solo izquierdo
editor-sides-right = Solo derecho
editor-sides-affected = Lado afectado
editor-breathing-guide = Guía de respiración
editor-inhale = Tomar aire
editor-breath-hold = Retener el aire
editor-breath-hold-hint = nada
editor-exhale = Soltar el aire
editor-mirror = Reflejar la imagen para el lado izquierdo

## El diálogo «Añadir un ejercicio».

editor-add-title = Añadir un ejercicio
editor-add-keys = De los ejercicios de tus rutinas · ↑↓ elegir · Intro añade · Esc cancela

## Importar una rutina.

import-title = Importar una rutina
import-subtitle = Un archivo .limber que alguien ha compartido, o un archivo de rutina con sus imágenes
import-choose = Elige el archivo en el diálogo o arrástralo a esta ventana.
import-no-dialog = Aquí no hay diálogo de archivos. Arrastra el archivo a esta ventana o escribe su ruta:
import-path-hint = /home/usuario/Descargas/rutina.limber
import-open = Abrir
import-choose-file = Elegir un archivo…
import-close = Cerrar
import-checking = Comprobando { $file } …
import-summary = { $length } · { $moves ->
        [one] { $moves } ejercicio
       *[other] { $moves } ejercicios
    } · { $pictures ->
        [one] { $pictures } imagen
       *[other] { $pictures } imágenes
    } · de { $file }
import-add = Importar
import-will-add = Se añadirá a tus rutinas como «{ $id }».
import-taken = Ya tienes una rutina «{ $id }». Conserva las dos (esta pasa a llamarse «{ $free }») o sustituye la tuya (se guarda como copia de seguridad oculta).
import-keep-both = Conservar las dos
import-replace = Sustituir la mía
import-refused = { $file } no se puede importar
import-refused-why = No se ha copiado nada. Esto es lo que falla:
import-choose-another = Elegir otro…
import-importing = Importando…
import-done = «{ $name }» ya está en tu biblioteca.
import-saved-as = Se ha guardado como { $path }
import-back = Volver a la biblioteca
import-failed = La importación no ha terminado

## Cómo empieza una rutina nueva.

editor-new-routine-name = Mi rutina
editor-new-routine-description = Mi propia rutina.
editor-new-move-name = Mi ejercicio
