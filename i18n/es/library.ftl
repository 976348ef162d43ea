## Botones (cortos).
library-edit = Editar
library-new = Nueva rutina
library-import = Importar…
library-history = Historial
library-reminders = Recordatorios
library-between = Entre sesiones
library-settings = Ajustes
library-safety = Seguridad
library-choose = Elige una rutina · flechas para moverte, Intro para empezar
library-your-version = Tu versión
library-your-routine = Tu rutina
library-card-line = { $count ->
    [one] { $time } · { $count } ejercicio
   *[other] { $time } · { $count } ejercicios
}
library-card-line-source = { $count ->
    [one] { $time } · { $count } ejercicio · { $source }
   *[other] { $time } · { $count } ejercicios · { $source }
}
library-mistake-last-good = Ahora el archivo tiene un error; se usa la última versión que funcionaba:
library-mistake = Este archivo tiene un error y no se puede usar hasta que se corrija:
