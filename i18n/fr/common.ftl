back = Retour
count-sets = { $count ->
    [one] { $count } série
   *[other] { $count } séries
}

## Messages en haut de la fenêtre quand une action a échoué.
app-save-session-failed = Impossible d'enregistrer la dernière séance : { $error }
app-save-pain-failed = Impossible d'enregistrer la note de douleur et le commentaire
app-save-step-up-failed = Impossible d'enregistrer l'allongement des maintiens
app-save-settings-failed = Impossible d'enregistrer les réglages : { $error }
app-settings-backup = Votre fichier de réglages contenait des erreurs ; l'ancien fichier a été conservé sous { $file }
app-save-safety-failed = Impossible de retenir que la page de sécurité a été lue
app-open-failed = Impossible d'ouvrir { $file } : { $error }
app-pause-failed = Impossible de mettre les rappels en pause
app-autostart-failed = Impossible de modifier le lancement de Limber à l'ouverture de session
app-failed-because = { $what } : { $error }
app-editor-save-failed = Impossible d'enregistrer : { $error }
app-editor-reset-failed = Impossible de revenir à l'original : { $error }
app-editor-reset-done = Retour à l'original. Votre version a été conservée dans un fichier caché de votre dossier de routines.
app-service-failed = Impossible de démarrer le service de rappels : { $error }
app-awake-missing = { $reason } ; l'écran risque de s'assombrir pendant une routine
app-reminder-busy = Un rappel a demandé « { $id } » pendant qu'une routine était en cours ; lancez-la depuis la bibliothèque quand vous le souhaitez.

## Boîtes de dialogue de fichiers (titres).
dialog-import = Importer une routine
dialog-export = Exporter une routine
dialog-pictures = Choisir une image (ou deux : début et fin)
dialog-unavailable = aucune boîte de dialogue de fichiers sur ce système

## Partage : exportation, impression, images.
sharing-writing-sheet = Écriture de la fiche…
sharing-exported = Routine exportée vers { $file }
sharing-export-failed = Impossible d'exporter : { $error }
sharing-sheet-saved = Fiche enregistrée (et ouverte pour l'impression) : { $file }
sharing-sheet-failed = Impossible d'écrire la fiche : { $error }
sharing-copy-pictures-failed = Impossible de copier les images : { $error }
sharing-picture-failed = Impossible d'utiliser cette image : { $error }
sharing-no-dialog-pictures = Aucune boîte de dialogue de fichiers n'est disponible ici : déposez un fichier image sur cette fenêtre pour l'utiliser pour cet exercice.

## Noms des touches.
key-space = Espace
key-enter = Entrée
key-esc = Échap
key-tab = Tab
key-del = Suppr
dialog-filter-routines = Routines Limber
dialog-filter-pack = Routine Limber
dialog-filter-pictures = Images
