## Boutons du haut (courts).

editor-save = Enregistrer
editor-duplicate = Dupliquer
editor-export = Exporter…
editor-print = Imprimer la fiche
editor-reset = Revenir à l'original
editor-close = Fermer

## Sous le nom de la routine.

editor-origin-bundled = Routine fournie « { $id } » : l'enregistrer crée votre propre copie
editor-origin-override = Votre version de « { $id } »
editor-origin-user = Votre routine « { $id } »
editor-origin-new = Nouvelle routine « { $id } », pas encore enregistrée
editor-summary = { $place } · { $length } · { $count ->
        [one] { $count } exercice
       *[other] { $count } exercices
    }
editor-summary-problems = { $place } · { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    } à corriger

## Textes indicatifs des champs vides.

editor-routine-name = Nom de la routine
editor-description-hint = Une ou deux phrases : ce que c'est et quand l'utiliser

## Messages sous l'en-tête.

editor-picture-set = Image choisie. Enregistrez pour la garder.
editor-saved = Enregistré.
editor-updated-from-file = Mis à jour depuis le fichier, qui a été modifié en dehors de Limber.
editor-file-has-mistake = Le fichier a été modifié en dehors de Limber et contient maintenant une erreur : { $error }
editor-needs-a-move = Une routine doit contenir au moins un exercice.
editor-not-saved = Non enregistré : corrigez d'abord { $count ->
        [one] le problème en rouge
       *[other] les { $count } problèmes en rouge
    }.
editor-fix-before-duplicating = Corrigez les problèmes en rouge avant de dupliquer.
editor-fix-before-printing = Corrigez les problèmes en rouge avant d'imprimer.
editor-confirm-reset = « Revenir à l'original » supprime votre version et rétablit l'original. Appuyez de nouveau sur ce bouton pour le faire (votre fichier est conservé, caché, comme sauvegarde).
editor-confirm-close = Vous avez des modifications non enregistrées. Enregistrez avec Ctrl+S, ou appuyez de nouveau sur Échap pour quitter sans enregistrer.
editor-loaded-theirs = Version du fichier chargée.
editor-save-before-export = Enregistrez d'abord (Ctrl+S), puis exportez : le fichier partagé est la routine enregistrée.
editor-conflict = { $count ->
        [one] Le fichier a été modifié en dehors de Limber (maintenant « { $name } », { $count } exercice) alors que vous avez des modifications non enregistrées ici.
       *[other] Le fichier a été modifié en dehors de Limber (maintenant « { $name } », { $count } exercices) alors que vous avez des modifications non enregistrées ici.
    }
editor-keep-mine = Garder la mienne
editor-take-theirs = Prendre celle du fichier
editor-has-comments = Ce fichier contient des commentaires ; l'enregistrer d'ici le réécrit sans eux.

## La liste des exercices.

editor-section-asks = { $section } · demande « { $question } »
editor-move-up = Monter
editor-move-down = Descendre
editor-remove = Supprimer
editor-add = Ajouter

## La dose d'un exercice dans la liste : « 45s × 3 · des deux côtés ».

editor-dose-reps = { $reps } rép.
editor-dose-until-done = sans minuteur
editor-dose-sets = { $work } × { $sets }
editor-dose-both-sides = { $work } · des deux côtés
editor-dose-left = { $work } · à gauche
editor-dose-right = { $work } · à droite
editor-dose-affected = { $work } · côté douloureux

## Les champs de l'exercice choisi (étiquettes courtes).

editor-move = Exercice
editor-move-name = Nom
editor-picture = Image…
editor-no-picture = Aucune
editor-kind-hold = Maintien
editor-kind-reps = Répétitions
editor-kind-open = Sans minuteur
editor-open-explained = Pas de minuteur : l'exercice se termine quand vous appuyez sur Entrée.
editor-hold = Maintien
editor-range = Plage conseillée
editor-reps = Répétitions
editor-tempo = Secondes par rép.
editor-tempo-hint = une respiration
editor-until-done = Attendre Entrée à la fin du temps
editor-sets = Séries
editor-rest = Repos entre séries
editor-rest-hint = de la routine
editor-sides = Côtés
editor-sides-none = Sans côté
editor-sides-both = Gauche, puis droite
editor-sides-left = Gauche seulement
editor-sides-right = Droite seulement
editor-sides-affected = Côté douloureux
editor-breathing-guide = Guide de respiration
editor-inhale = Inspiration
editor-breath-hold = Souffle retenu
editor-breath-hold-hint = aucun
editor-exhale = Expiration
editor-mirror = Retourner l'image pour le côté gauche

## La fenêtre « Ajouter un exercice ».

editor-add-title = Ajouter un exercice
editor-add-keys = Parmi les exercices de vos routines · ↑↓ choisir · Entrée ajoute · Échap annule

## Importer une routine.

import-title = Importer une routine
import-subtitle = Un fichier .limber partagé par quelqu'un, ou un fichier de routine avec ses images
import-choose = Choisissez le fichier dans la boîte de dialogue, ou déposez-le sur cette fenêtre.
import-no-dialog = Aucune boîte de dialogue de fichiers n'est disponible ici. Déposez le fichier sur cette fenêtre, ou saisissez son chemin :
import-path-hint = /home/vous/Téléchargements/routine.limber
import-open = Ouvrir
import-choose-file = Choisir un fichier…
import-close = Fermer
import-checking = Vérification de { $file }…
import-summary = { $length } · { $moves ->
        [one] { $moves } exercice
       *[other] { $moves } exercices
    } · { $pictures ->
        [one] { $pictures } image
       *[other] { $pictures } images
    } · depuis { $file }
import-add = Importer
import-will-add = Elle sera ajoutée à vos routines sous le nom « { $id } ».
import-taken = Vous avez déjà une routine « { $id } ». Gardez les deux (celle-ci devient « { $free } »), ou remplacez la vôtre (elle est conservée comme sauvegarde cachée).
import-keep-both = Garder les deux
import-replace = Remplacer la mienne
import-refused = { $file } ne peut pas être importé
import-refused-why = Rien n'a été copié. Le problème :
import-choose-another = En choisir un autre…
import-importing = Importation…
import-done = « { $name } » est dans votre bibliothèque.
import-saved-as = Enregistré sous { $path }
import-back = Retour à la bibliothèque
import-failed = L'importation n'a pas abouti

## Le point de départ d'une nouvelle routine.

editor-new-routine-name = Ma routine
editor-new-routine-description = Ma propre routine.
editor-new-move-name = Mon exercice
