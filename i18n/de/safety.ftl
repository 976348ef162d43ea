# Die Sicherheitsseite, der Sicherheitskasten des Übungsblatts und die
# Seite „Zwischen den Einheiten“.

safety-welcome = Willkommen bei Limber
safety-title = Sicher üben
safety-stop-if = Hör auf und hol dir ärztliche Hilfe, wenn eines davon auftritt
safety-flag-pain = Starke Schmerzen oder Schmerzen, die immer schlimmer werden
safety-flag-weakness = Deutliche Schwäche in einem Bein, etwa ein Fuß, der schleift oder wegknickt
safety-flag-bladder = Jede Veränderung bei der Kontrolle über Blase oder Darm
safety-while = Während du übst
safety-how-mild = Dehne nur bis zu einer leichten Dehnung, nie bis in den Schmerz.
safety-how-slowly = Beweg dich langsam und halte still: nicht federn, nichts erzwingen.
safety-how-skip = Hast du nach dem Dehnen Schmerzen, lass das Kräftigen an diesem Tag aus. Limber fragt dich, bevor das Kräftigen beginnt.
safety-not-medical = Limber leitet dich beim Üben an. Es stellt keine Diagnosen, behandelt keine Erkrankungen und ersetzt weder ärztliche noch physiotherapeutische Betreuung.
safety-working = Zeichen, dass es hilft: weniger Schmerzen, längere Abstände zwischen Schmerzschüben, besserer Schlaf und angenehmeres Sitzen, Stehen und Gehen. Rechne mit Veränderungen über 3 bis 5 Einheiten, verteilt auf mehrere Wochen.
safety-understand = Verstanden, los geht's

## Zwischen den Einheiten: Gewohnheiten im Alltag.
between-title = Zwischen den Einheiten
between-intro = Die Übungen wirken am besten zusammen mit ein paar Gewohnheiten im Alltag. Das sind Alltagstipps, keine Behandlung.
selfcare-desk = Sitzen am Schreibtisch
selfcare-desk-feet = Stell beide Füße flach auf den Boden.
selfcare-desk-cushion = Leg ein kleines Kissen oder ein zusammengerolltes Handtuch hinter deinen unteren Rücken.
selfcare-bed = Im Bett
selfcare-bed-side = Leg dich auf die Seite, mit einem Kissen zwischen den Knien.
selfcare-moving = In Bewegung durch den Tag
selfcare-moving-often = Wechsle oft die Position, statt lange in einer zu bleiben.
selfcare-moving-walk = Steh nach 30 bis 60 Minuten Sitzen auf und geh ein, zwei Minuten umher. Die Routine „Schreibtischpause“ passt in diese Pause.
selfcare-food = Trinken und Essen
selfcare-food-water = Trink über den Tag verteilt Wasser: Es versorgt deine Muskeln und die Bandscheiben deiner Wirbelsäule mit Flüssigkeit.
selfcare-food-diet = Das Programm schlägt als Teil einer normalen Ernährung Lebensmittel mit viel Magnesium (grünes Blattgemüse), Omega-3-Fetten, B-Vitaminen und Antioxidantien vor.
selfcare-cold-warm = Erst kalt, dann warm
selfcare-cold-first = In den ersten 48 Stunden eines Schmerzschubs leg jeweils 15 bis 20 Minuten lang ein Kühlpack auf. Die Routine „Kühlpack“ misst die Zeit.
selfcare-cold-warmth = Danach hilft Wärme mehr als Kälte.
selfcare-cold-cloth = Leg immer ein dünnes Tuch zwischen das Pack und deine Haut.

## Ein Tipp unter jeder täglichen Erinnerung.
tip-desk = Am Schreibtisch: beide Füße flach auf den Boden und ein zusammengerolltes Handtuch hinter den unteren Rücken.
tip-walk = Sitzt du schon eine Weile? Steh alle 30 bis 60 Minuten auf und geh ein, zwei Minuten umher.
tip-water = Trink ein Glas Wasser: Es versorgt Muskeln und Bandscheiben mit Flüssigkeit.
tip-sleep = Schlaf auf der Seite, mit einem Kissen zwischen den Knien.
tip-position = Wechsle oft die Position; keine Haltung ist über Stunden die richtige.
tip-cold = Schmerzschub in den letzten 48 Stunden? Ein Kühlpack, 15 bis 20 Minuten, mit einem Tuch zwischen Pack und Haut.
tip-stretch = Dehne nur bis zu einer leichten Dehnung, nie bis in den Schmerz, und federe nicht.
