back = Volver
count-sets = { $count ->
    [one] { $count } serie
   *[other] { $count } series
}

## Avisos en la parte de arriba de la ventana cuando algo no se ha podido hacer.
app-save-session-failed = No se ha podido guardar la última sesión: { $error }
app-save-pain-failed = No se ha podido guardar la valoración del dolor ni la nota
app-save-step-up-failed = No se ha podido guardar el aumento de tiempo
app-save-settings-failed = No se han podido guardar los ajustes: { $error }
app-settings-backup = Tu archivo de ajustes tenía errores; el archivo anterior se ha guardado como { $file }
app-save-safety-failed = No se ha podido guardar que ya has leído la página de seguridad
app-open-failed = No se ha podido abrir { $file }: { $error }
app-pause-failed = No se han podido pausar los recordatorios
app-autostart-failed = No se ha podido cambiar cómo se abre Limber al iniciar sesión
app-failed-because = { $what }: { $error }
app-editor-save-failed = No se ha podido guardar: { $error }
app-editor-reset-failed = No se ha podido restaurar: { $error }
app-editor-reset-done = Se ha vuelto al original. Tu versión se ha guardado como archivo oculto en tu carpeta de rutinas.
app-service-failed = No se ha podido iniciar el servicio de recordatorios: { $error }
app-awake-missing = { $reason }; la pantalla puede atenuarse durante una rutina
app-reminder-busy = Un recordatorio ha pedido «{ $id }» mientras había una rutina en marcha; iníciala desde la biblioteca cuando quieras.

## Diálogos de archivos (títulos).
dialog-import = Importar una rutina
dialog-export = Exportar una rutina
dialog-pictures = Elige una imagen (o dos: inicio y final)
dialog-unavailable = no hay diálogo de archivos en este sistema

## Líneas de estado del editor al compartir (exportar, imprimir, imágenes).
sharing-writing-sheet = Creando la hoja…
sharing-exported = Se ha exportado a { $file }
sharing-export-failed = No se ha podido exportar: { $error }
sharing-sheet-saved = Hoja guardada (y abierta para imprimir): { $file }
sharing-sheet-failed = No se ha podido crear la hoja: { $error }
sharing-copy-pictures-failed = No se han podido copiar las imágenes: { $error }
sharing-picture-failed = No se ha podido usar esa imagen: { $error }
sharing-no-dialog-pictures = Aquí no hay diálogo de archivos: arrastra un archivo de imagen a esta ventana para usarlo en este ejercicio.

## Nombres de teclas.
key-space = Espacio
key-enter = Intro
key-esc = Esc
key-tab = Tab
key-del = Supr
dialog-filter-routines = Rutinas de Limber
dialog-filter-pack = Rutina de Limber
dialog-filter-pictures = Imágenes
