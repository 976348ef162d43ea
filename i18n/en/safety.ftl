# The safety page, the safety box of the printed sheet, and the
# "Between sessions" page. Health information: translate the meaning
# exactly, neither softer nor stronger.

safety-welcome = Welcome to Limber
safety-title = Exercise safely
safety-stop-if = Stop and get medical care if you have
safety-flag-pain = Severe pain, or pain that keeps getting worse
safety-flag-weakness = Real weakness in a leg, such as a foot that drags or gives way
safety-flag-bladder = Any change in bladder or bowel control
safety-while = While you exercise
safety-how-mild = Stretch to a mild stretch, never into pain.
safety-how-slowly = Move slowly and hold still: no bouncing, no forcing.
safety-how-skip = If stretching leaves you in pain, skip strengthening that day. Limber asks before it starts.
safety-not-medical = Limber guides exercise. It does not diagnose or treat any condition and does not replace a doctor or physiotherapist.
safety-working = Signs it is helping: less pain, longer gaps between flare-ups, better sleep, and sitting, standing and walking more comfortably. Expect changes over 3 to 5 sessions spread across several weeks.
# Button on the first start, after reading the page.
safety-understand = I understand, let's start

## Between sessions: everyday habits.
between-title = Between sessions
between-intro = The exercises work best with a few everyday habits. This is everyday advice, not treatment.
selfcare-desk = Sitting at a desk
selfcare-desk-feet = Keep both feet flat on the floor.
selfcare-desk-cushion = Put a small cushion or a rolled-up towel behind your lower back.
selfcare-bed = In bed
selfcare-bed-side = Lie on your side with a pillow between your knees.
selfcare-moving = Moving through the day
selfcare-moving-often = Change position often rather than holding one for long.
selfcare-moving-walk = After 30 to 60 minutes of sitting, get up and walk for a minute or two. The Desk break routine fits in that pause.
selfcare-food = Drinking and eating
selfcare-food-water = Drink water through the day: it keeps muscles and the discs of your spine hydrated.
selfcare-food-diet = The programme suggests food rich in magnesium (leafy greens), omega-3 fats, B vitamins and antioxidants as part of an ordinary diet.
selfcare-cold-warm = Cold, then warm
selfcare-cold-first = In the first 48 hours of a flare-up, use a cold pack for 15 to 20 minutes at a time. The Cold pack routine times it.
selfcare-cold-warmth = After that, warmth helps more than cold.
selfcare-cold-cloth = Always put a thin cloth between the pack and your skin.

## One tip under each daily reminder.
tip-desk = At your desk, keep both feet flat and a rolled towel behind your lower back.
tip-walk = Sitting for a while? Stand up and walk for a minute or two every 30 to 60 minutes.
tip-water = Drink a glass of water: it keeps muscles and spinal discs hydrated.
tip-sleep = Sleep on your side with a pillow between your knees.
tip-position = Change position often; no one posture is right for hours.
tip-cold = Flare-up in the last 48 hours? A cold pack, 15 to 20 minutes, with a cloth against the skin.
tip-stretch = Stretch to a mild stretch, never into pain, and do not bounce.
