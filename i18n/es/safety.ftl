safety-welcome = Te damos la bienvenida a Limber
safety-title = Haz ejercicio con seguridad
safety-stop-if = Para y busca atención médica si tienes
safety-flag-pain = Dolor intenso, o un dolor que no deja de empeorar
safety-flag-weakness = Debilidad real en una pierna, como un pie que se arrastra o que falla
safety-flag-bladder = Cualquier cambio en el control de la vejiga o del intestino
safety-while = Mientras haces ejercicio
safety-how-mild = Estira hasta notar un estiramiento suave, nunca hasta el dolor.
safety-how-slowly = Muévete despacio y mantén cada postura sin moverte: ni rebotes ni fuerces.
safety-how-skip = Si estirar te deja dolor, sáltate el fortalecimiento ese día. Limber te lo pregunta antes de empezarlo.
safety-not-medical = Limber te guía en los ejercicios. No diagnostica ni trata ninguna dolencia, y no sustituye la consulta médica ni la fisioterapia.
safety-working = Señales de que te está ayudando: menos dolor, más tiempo entre crisis de dolor, dormir mejor y más comodidad al sentarte, estar de pie y caminar. Cuenta con notar los cambios a lo largo de 3 a 5 sesiones repartidas en varias semanas.
safety-understand = Entendido, empecemos

## Entre sesiones: hábitos diarios.
between-title = Entre sesiones
between-intro = Los ejercicios funcionan mejor junto con algunos hábitos diarios. Son consejos para el día a día, no un tratamiento.
selfcare-desk = En el escritorio
selfcare-desk-feet = Apoya los dos pies en el suelo.
selfcare-desk-cushion = Pon un cojín pequeño o una toalla enrollada detrás de la zona lumbar.
selfcare-bed = En la cama
selfcare-bed-side = Túmbate de lado con una almohada entre las rodillas.
selfcare-moving = Movimiento a lo largo del día
selfcare-moving-often = Cambia de postura a menudo en lugar de mantener la misma mucho rato.
selfcare-moving-walk = Tras 30 a 60 minutos en la silla, levántate y camina uno o dos minutos. La rutina «Pausa de escritorio» cabe en ese rato.
selfcare-food = Bebida y comida
selfcare-food-water = Bebe agua a lo largo del día: mantiene hidratados los músculos y los discos de la columna.
selfcare-food-diet = El programa sugiere alimentos ricos en magnesio (verduras de hoja verde), grasas omega-3, vitaminas del grupo B y antioxidantes, dentro de una alimentación normal.
selfcare-cold-warm = Frío y, después, calor
selfcare-cold-first = En las primeras 48 horas de una crisis de dolor, usa una compresa fría durante 15 a 20 minutos cada vez. La rutina «Compresa fría» te lo cronometra.
selfcare-cold-warmth = Pasado ese tiempo, el calor ayuda más que el frío.
selfcare-cold-cloth = Pon siempre un paño fino entre la compresa y la piel.

## Un consejo bajo cada recordatorio diario.
tip-desk = En el escritorio, apoya los dos pies en el suelo y pon una toalla enrollada detrás de la zona lumbar.
tip-walk = ¿Llevas un rato en la silla? Levántate y camina uno o dos minutos cada 30 a 60 minutos.
tip-water = Bebe un vaso de agua: mantiene hidratados los músculos y los discos de la columna.
tip-sleep = Duerme de lado con una almohada entre las rodillas.
tip-position = Cambia de postura a menudo; ninguna postura es buena durante horas.
tip-cold = ¿Una crisis de dolor en las últimas 48 horas? Compresa fría, de 15 a 20 minutos, con un paño entre la compresa y la piel.
tip-stretch = Estira hasta notar un estiramiento suave, nunca hasta el dolor, y sin rebotes.
