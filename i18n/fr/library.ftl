## Boutons.
library-edit = Modifier
library-new = Nouvelle routine
library-import = Importer…
library-history = Historique
library-reminders = Rappels
library-between = Entre les séances
library-settings = Réglages
library-safety = Sécurité
library-choose = Choisissez une routine · flèches pour vous déplacer, Entrée pour commencer
library-your-version = Votre version
library-your-routine = Votre routine
library-card-line = { $count ->
    [one] { $time } · { $count } exercice
   *[other] { $time } · { $count } exercices
}
library-card-line-source = { $count ->
    [one] { $time } · { $count } exercice · { $source }
   *[other] { $time } · { $count } exercices · { $source }
}
library-mistake-last-good = Le fichier contient maintenant une erreur ; la dernière version qui fonctionnait est utilisée :
library-mistake = Ce fichier contient une erreur et ne peut pas être utilisé tant qu'elle n'est pas corrigée :
