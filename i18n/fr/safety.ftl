safety-welcome = Bienvenue dans Limber
safety-title = Faire de l'exercice en sécurité
safety-stop-if = Arrêtez et consultez un médecin si vous avez
safety-flag-pain = Une douleur intense, ou une douleur qui ne cesse de s'aggraver
safety-flag-weakness = Une réelle faiblesse dans une jambe, par exemple un pied qui traîne ou qui se dérobe
safety-flag-bladder = Tout changement dans le contrôle de la vessie ou des intestins
safety-while = Pendant l'exercice
safety-how-mild = Étirez-vous jusqu'à un étirement léger, jamais jusqu'à la douleur.
safety-how-slowly = Bougez lentement et tenez la position sans bouger : pas de rebonds, ne forcez pas.
safety-how-skip = Si les étirements vous laissent une douleur, sautez le renforcement ce jour-là. Limber vous pose la question avant de le commencer.
safety-not-medical = Limber guide vos exercices. Il ne diagnostique ni ne traite aucun problème de santé et ne remplace pas un médecin ou un kinésithérapeute.
safety-working = Signes que cela aide : moins de douleur, des crises plus espacées, un meilleur sommeil, et plus de confort en position assise, debout et en marchant. Attendez-vous à des changements au fil de 3 à 5 séances réparties sur plusieurs semaines.
safety-understand = J'ai compris, commençons

## Entre les séances : habitudes du quotidien.
between-title = Entre les séances
between-intro = Les exercices fonctionnent mieux avec quelques habitudes au quotidien. Ce sont des conseils de tous les jours, pas un traitement.
selfcare-desk = Au bureau
selfcare-desk-feet = Gardez les deux pieds à plat sur le sol.
selfcare-desk-cushion = Placez un petit coussin ou une serviette roulée derrière le bas de votre dos.
selfcare-bed = Au lit
selfcare-bed-side = Allongez-vous sur le côté, un oreiller entre les genoux.
selfcare-moving = Bouger dans la journée
selfcare-moving-often = Changez souvent de position plutôt que d'en garder une longtemps.
selfcare-moving-walk = Après 30 à 60 minutes en position assise, levez-vous et marchez une minute ou deux. La routine « Pause bureau » est faite pour ce moment.
selfcare-food = Boire et manger
selfcare-food-water = Buvez de l'eau tout au long de la journée : cela garde vos muscles et les disques de votre colonne vertébrale hydratés.
selfcare-food-diet = Le programme suggère des aliments riches en magnésium (légumes à feuilles vertes), en acides gras oméga-3, en vitamines B et en antioxydants, dans le cadre d'une alimentation ordinaire.
selfcare-cold-warm = Le froid, puis le chaud
selfcare-cold-first = Dans les 48 premières heures d'une crise, utilisez une poche de froid 15 à 20 minutes à la fois. La routine « Poche de froid » en mesure la durée.
selfcare-cold-warmth = Ensuite, la chaleur aide davantage que le froid.
selfcare-cold-cloth = Mettez toujours un linge fin entre la poche et votre peau.

## Un conseil sous chaque rappel quotidien.
tip-desk = Au bureau, gardez les deux pieds à plat et une serviette roulée derrière le bas du dos.
tip-walk = Longtemps en position assise ? Levez-vous et marchez une minute ou deux toutes les 30 à 60 minutes.
tip-water = Buvez un verre d'eau : cela garde les muscles et les disques de la colonne vertébrale hydratés.
tip-sleep = Dormez sur le côté, un oreiller entre les genoux.
tip-position = Changez souvent de position ; aucune posture ne convient pendant des heures.
tip-cold = Une crise dans les dernières 48 heures ? Une poche de froid, 15 à 20 minutes, avec un linge contre la peau.
tip-stretch = Étirez-vous jusqu'à un étirement léger, jamais jusqu'à la douleur, et sans rebonds.
