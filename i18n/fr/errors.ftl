## Erreurs dans les fichiers que l'on écrit ou ouvre (routines, settings.ron,
## images, paquets .limber). Les clés, les exemples entre "…" et les durées
## (30s, 2m) restent tels quels : c'est ce qu'il faut taper.

## Durées.

error-duration-empty = une durée est vide ; écrivez-la comme "45s", "2m" ou "1m30s"
error-duration-negative = une durée ne peut pas être négative (« { $text } »)
error-duration-syntax = « { $text } » n'est pas une durée ; écrivez-la comme "45s", "2m" ou "1m30s"
error-duration-unit = « { $text } » a une unité inconnue, « { $unit } » ; utilisez h, m, s ou ms
error-duration-too-long = « { $text } » est trop long ; une durée ne peut pas dépasser 24 heures

## Limites des valeurs d'un exercice.

error-hold-range = un maintien doit durer entre { $min } et { $max }, pas « { $value } »
error-tempo-range = le tempo d'une répétition doit être compris entre { $min } et { $max }, pas « { $value } »
error-tempo-range-implied = le tempo d'une répétition doit être compris entre { $min } et { $max }, pas { $value }
error-pause-range = une pause doit durer entre { $min } et { $max }, pas « { $value } »
error-breath-range = une inspiration ou une expiration doit durer entre { $min } et { $max }, pas « { $value } »
error-breath-hold-range = un souffle retenu doit durer entre { $min } et { $max }, pas « { $value } »
error-reps-range = reps doit être un nombre entier de 1 à { $max }, pas { $value }
error-sets-range = sets doit être un nombre entier de 1 à { $max }, pas { $value }

## Textes trop longs ou contenant des caractères de contrôle.

error-text-too-long = { $what } compte { $chars } caractères ; restez en dessous de { $max }
error-text-control = { $what } contient un caractère de contrôle (U+{ $code }) ; les seuls permis dans un texte sont la tabulation et le saut de ligne
error-name-too-long = un nom compte { $chars } caractères ; restez en dessous de { $max }
error-name-control = un nom contient un caractère de contrôle (U+{ $code }) ; les seuls permis dans un texte sont la tabulation et le saut de ligne
error-name-empty = un nom ne peut pas être vide
error-long-text-too-long = ce texte compte { $chars } caractères ; restez en dessous de { $max }
error-long-text-control = ce texte contient un caractère de contrôle (U+{ $code }) ; les seuls permis dans un texte sont la tabulation et le saut de ligne
error-step-too-long = une étape compte { $chars } caractères ; restez en dessous de { $max }
error-step-control = une étape contient un caractère de contrôle (U+{ $code }) ; les seuls permis dans un texte sont la tabulation et le saut de ligne
error-too-many-steps = un exercice a { $count } étapes ; limitez-vous à { $max } étapes courtes

## Identifiants d'exercice.

error-move-id-not-slug = l'identifiant d'exercice « { $id } » ne doit contenir que des minuscules, des chiffres et des tirets, comme "figure-4"
error-move-id-twice = l'identifiant d'exercice « { $id } » est utilisé deux fois dans cette routine ; chaque exercice doit avoir le sien
error-in-move = exercice « { $id } » : { $problem }

## Images (`image`).

error-picture-name-empty = un nom de fichier image ne peut pas être vide
error-picture-name-too-long = un nom de fichier image compte { $chars } caractères ; restez en dessous de { $max }
error-picture-name-characters = image « { $name } » : séparez les dossiers par `/` ; pas de `\`, de `:` ni de caractères de contrôle
error-picture-name-absolute = l'image « { $name } » est un chemin absolu ; nommez un fichier placé à côté de la routine, comme "photos/bridge.jpg"
error-picture-name-outside = l'image « { $name } » doit rester dans le dossier de la routine (pas de `..`, de `.` ni de parties vides)
error-picture-name-kind = l'image « { $name } » doit être un fichier .png, .jpg, .jpeg, .gif ou .svg
error-picture-list-size = une liste d'images contient un ou deux fichiers (les deux positions d'un exercice)
error-no-such-illustration = il n'existe pas d'illustration « { $id } » ; illustrations disponibles : { $known } ; ou nommez un fichier image placé à côté de la routine, comme "photos/bridge.jpg"

## La routine dans son ensemble.

error-format-version = ce fichier est au format version { $version } ; cette version de Limber lit la version { $supported }
error-format-version-newer = ce fichier est au format version { $version } ; cette version de Limber lit la version { $supported } (il a été écrit par une version plus récente de Limber)
error-moves-and-sections = indiquez soit `moves`, soit `sections`, pas les deux
error-no-moves = une routine doit contenir au moins un exercice (`moves: [...]`)
error-too-many-sections = une routine a { $count } sections ; la limite est de { $max }
error-too-many-moves = une routine a { $count } exercices ; la limite est de { $max }
error-first-gate-repeat = la question (gate) de la première section n'a aucune section précédente à refaire
error-routine-too-long = cette routine durerait { $length } ; la limite est de { $max }
error-section-no-moves = la section « { $name } » ne contient aucun exercice
error-section-twice = deux sections s'appellent « { $name } » ; chaque section doit avoir un nom différent
error-gate-repeat-unknown = une question (gate) ne peut refaire qu'une section précédente ; aucune ne s'appelle « { $name } »
error-gate-repeat-unknown-earlier = une question (gate) ne peut refaire qu'une section précédente ; aucune ne s'appelle « { $name } » (sections précédentes : { $earlier })

## Durée d'un exercice et sa plage (`range: "30s-60s"`).

error-hold-and-reps = indiquez `hold` ou `reps`, pas les deux
error-tempo-without-reps = `tempo` ne s'applique qu'avec `reps`
error-no-dose = indiquez combien de temps cela dure : `hold: "30s"`, `reps: 12` ou `until_done: true`
error-range-syntax = la plage « { $range } » doit ressembler à "30s-60s" pour un maintien ou à "10-15" pour des répétitions
error-hold-outside-range = le maintien (hold) { $value } sort de sa plage (range) { $min }-{ $max } ; modifiez l'un ou l'autre
error-reps-outside-range = le nombre de répétitions (reps) { $count } sort de sa plage (range) { $min }-{ $max } ; modifiez l'un ou l'autre
error-range-without-dose = une plage `range` doit accompagner un `hold` ou des `reps`

## Lecture d'un fichier de routine.

error-file-too-big = ce fichier fait { $size } Kio ; les fichiers de routine sont limités à { $max } Kio
error-file-empty = le fichier est vide
error-not-utf8 = ce n'est pas du texte UTF-8 ; enregistrez le fichier en UTF-8
error-cannot-read = impossible de lire ce fichier : { $reason }

## Erreurs d'écriture du fichier (sa ponctuation).

error-ron-eof = le fichier se termine trop tôt ; manque-t-il `)` ou `]` ?
error-ron-comma = une virgule est attendue entre deux éléments
error-ron-struct-end = `)` est attendu pour fermer cette partie, ou une virgule
error-ron-array-end = `]` est attendu pour fermer cette liste, ou une virgule
error-ron-string = du texte entre guillemets droits (") est attendu
error-ron-string-end = ce texte n'a pas de guillemet fermant
error-ron-integer = un nombre entier est attendu
error-ron-boolean = `true` ou `false` est attendu
error-ron-nested = trop de niveaux imbriqués ici
error-ron-trailing = texte inattendu après la fin de la routine
error-ron-unknown-field = champ inconnu `{ $field }` ; champs possibles : { $expected }
error-ron-unknown-field-in = champ inconnu `{ $field }` dans { $outer } ; champs possibles : { $expected }
error-ron-missing-field = il manque le champ `{ $field }`
error-ron-missing-field-in = il manque le champ `{ $field }` dans { $outer }
error-ron-duplicate-field = le champ `{ $field }` est indiqué deux fois
error-ron-unknown-variant = `{ $found }` n'est pas une des valeurs possibles : { $expected }
error-ron-expected-routine = `(` est attendu pour commencer la routine
error-ron-expected-section = `(` est attendu pour commencer la section
error-ron-expected-move = `(` est attendu pour commencer l'exercice
error-ron-expected-breath = `(` est attendu pour commencer la respiration (breath)
error-ron-expected-gate = `(` est attendu pour commencer la question (gate)
error-ron-expected-timing = `(` est attendu pour commencer les pauses (defaults)
error-ron-expected-part = `(` est attendu pour commencer la partie { $name }

## L'éditeur de routines : courtes notes sous un champ à corriger.

error-draft-move-name = donnez un nom à l'exercice
error-draft-routine-name = donnez un nom à la routine
error-draft-name-too-long = restez en dessous de { $max } caractères
error-draft-between = entre { $min } et { $max }
error-draft-count-range = un nombre entier de 1 à { $max }
error-draft-count = un nombre entier

## Fichiers image.

error-picture-missing = l'image « { $name } » est introuvable (cherchée dans { $own }/ et { $beside }/)
error-picture-unreadable = impossible de lire l'image « { $name } » : { $reason }
error-picture-too-large = l'image « { $name } » fait { $size } Mio ; les images sont limitées à { $max } Mio
error-picture-too-many-pixels = l'image « { $name } » fait { $width } × { $height } pixels ; les images sont limitées à { $side } pixels de côté et à { $megapixels } mégapixels
error-picture-broken = l'image « { $name } » n'est pas une image { $kind } lisible : { $reason }
error-picture-unknown-kind = l'image « { $name } » n'est pas une image lisible d'un type connu : son nom ne se termine pas par .png, .jpg, .jpeg, .gif ou .svg
error-picture-outside = l'image « { $name } » mène hors du dossier de la routine (c'est un lien) ; copiez plutôt l'image elle-même dans le dossier
error-gif-too-many-frames = elle compte plus de { $most } images à cette taille ; raccourcissez ou réduisez l'animation
error-gif-no-frames = elle ne contient aucune image

## Paquets (fichiers .limber : une routine et ses images dans un seul fichier).

error-pack-not-a-pack = { $file } : ce n'est pas un paquet Limber ({ $reason }) ; rien n'a été importé
error-pack-too-big = il fait { $size } Mio ; les paquets sont limités à { $max } Mio
error-pack-too-many-files = il contient { $count } fichiers ; un paquet en contient au plus { $max }
error-pack-one-routine = il doit contenir exactement un fichier de routine (.ron), à la racine
error-pack-refused = { $file } : refusé, car il contient « { $entry } », { $why } ; rien n'a été importé
error-pack-why-link = un lien
error-pack-why-encrypted = qui est chiffré
error-pack-why-unpack = qui ne peut pas être décompressé ({ $reason })
error-pack-why-too-big = qui dépasse { $max } Kio une fois décompressé
error-pack-why-all-too-big = et l'ensemble dépasse { $max } Mio une fois décompressé
error-pack-why-absolute = un chemin absolu
error-pack-why-climbs-out = un chemin qui sort du paquet avec `..`
error-pack-why-characters = un nom contenant `\` ou des caractères de contrôle
error-pack-why-picture-name = un nom d'image dangereux
error-pack-why-link-in-the-way = et un lien de votre dossier de routines se trouve à cet emplacement
error-pack-picture-missing = l'image « { $name } » n'est pas dans le paquet
error-pack-exists = une routine « { $id } » existe déjà ; remplacez-la, ou importez celle-ci sous un autre identifiant
error-pack-bad-id = « { $id } » ne peut pas servir d'identifiant de routine : utilisez des minuscules, des chiffres et des tirets
error-pack-not-found = aucune routine « { $id } » ; `limber list` affiche celles qui existent

## Traductions des routines intégrées (`limber check i18n/fr/routines/*.ron`).

error-translation-what-name = le nom
error-translation-what-description = la description
error-translation-what-move-name = exercice « { $id } » : le nom
error-translation-what-move-step = exercice « { $id } » : une étape
error-translation-what-move-text = exercice « { $id } » : un texte
error-translation-what-section-name = section « { $name } » : le nom
error-translation-text-empty = { $what } est vide
error-translation-section-missing = la section « { $name } » manque
error-translation-section-field-missing = section « { $name } » : `{ $field }` manque
error-translation-section-field-extra = section « { $name } » : `{ $field }` n'existe pas dans la routine
error-translation-no-such-section = la routine n'a pas de section « { $name } »
error-translation-move-missing = l'exercice « { $id } » manque
error-translation-step-count = exercice « { $id } » : { $steps ->
    [one] { $steps } étape
   *[other] { $steps } étapes
}, la routine en a { $count }
error-translation-move-field-missing = exercice « { $id } » : `{ $field }` manque
error-translation-move-field-extra = exercice « { $id } » : `{ $field }` n'existe pas dans la routine
error-translation-no-such-move = la routine n'a pas d'exercice « { $id } »
error-translation-no-routine = il n'y a pas de routine intégrée « { $id } » pour cette traduction (le nom du fichier est l'identifiant de la routine)

## Fichiers et dossiers.

error-path-no-file-name = le chemin n'a pas de nom de fichier
error-no-home = impossible de trouver un dossier personnel pour les réglages ; définissez LIMBER_HOME=DIR

## Erreurs dans settings.ron.

error-settings-unreadable = { $error } ; tous les réglages gardent leur valeur par défaut tant que ce n'est pas corrigé
error-setting-default = réglage `{ $name }` : { $error } ; sa valeur par défaut est utilisée
error-setting-breaks-off = réglage `breaks` : { $error } ; les pauses actives restent désactivées tant que ce n'est pas corrigé
error-settings-entry-left-out = { $error } ; cette entrée est ignorée tant qu'elle n'est pas corrigée
error-sounds-unknown-cue = sounds : il n'y a pas de son appelé « { $name } » (sons : { $cues }) ; il est ignoré
error-settings-cannot-read = { $file } : impossible de lire les réglages ({ $reason }) ; les valeurs par défaut sont utilisées
