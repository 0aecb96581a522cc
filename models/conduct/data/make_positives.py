#!/usr/bin/env python3
"""Build positives.jsonl: positive training sentences for the conduct classifier.

Every sentence below was hand-written for this project (no text taken from any other
source). People, schools, streets and apps are invented. Labels follow
models/conduct/CATEGORIES.md. Standard library only; deterministic (fixed seed).

Usage:  python3 make_positives.py          (writes positives.jsonl next to this file)
"""
import json
import os
import random
import re
from collections import Counter, defaultdict

SEED = 20240611
TARGET = 520          # aim per label (base sentences first, then surface variants)
MINIMUM = 450         # asserted at the end

LABELS = ["threat", "self-harm", "weapons", "harassment", "sexual", "substance",
          "gambling", "solicitation"]

BASES = []  # (text, labels tuple, style)


def block(labels, style, text):
    """Add one hand-written sentence per non-empty line. A line may start with
    'tag| ' to override the block's style for that line."""
    labs = tuple(labels.split("+"))
    for lab in labs:
        assert lab in LABELS, lab
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        st = style
        m = re.match(r"^([a-z\-]+)\|\s*(.*)$", line)
        if m:
            st, line = m.group(1), m.group(2)
        BASES.append((line, labs, st))


# ---------------------------------------------------------------------------
# THREAT (threat only: no weapon named)
# ---------------------------------------------------------------------------
block("threat", "plain", """
I'm going to hurt Tyler after school and nobody is going to stop me.
If Marcus says one more word about my mom he's dead.
Don't come to school on Friday. I mean it.
slang| dont come to school tmrw fr, just trust me
Everyone who laughed at me is going to pay for it.
I'm going to make them all regret the way they treated me.
Mr. Halvorsen is going to get what's coming to him.
I swear I'm going to break Jaylen's face on Monday.
plan| Friday at lunch in the cafeteria, that's when it happens.
plan| Wait for him by the bike racks after 7th period and we jump him.
plan| We're catching Devon behind the gym at 3:15, bring whoever you want.
plan| Tomorrow before first bell I'm taking care of the whole problem in the B hallway.
plan| Monday morning in the library, everyone who ignored me will understand.
indirect| Something big is going to happen at Ridgeview on Thursday and you'll want to be far away.
indirect| Let's just say the pep rally is going to be memorable for the wrong reasons.
indirect| You should probably stay home Wednesday, I'm not saying why.
indirect| I'd skip the assembly if I were you.
indirect| Just know that after next week nobody's going to call me a freak again.
indirect| They'll all see what happens when you push someone too far.
indirect| I'm done being the quiet kid. Tuesday changes everything.
bomb| I planted something in the gym lockers, you have until 2pm.
conditional| If she reports me to the principal I will make her life hell, and I mean physically.
conditional| If Coach cuts me from the team he won't make it to the parking lot.
conditional| Say that again and I'll put you in the hospital.
conditional| If you tell anyone about this I will hurt you and your little brother.
conditional| If my grade isn't changed by Friday, Ms. Pennington is going to regret it.
conditional| Keep talking and see what happens to you after school.
conditional| One more detention and I'm going to snap and take people down with me.
teacher| Ms. Oduya better watch her back when she walks to her car.
teacher| I know where Mr. Brannigan lives and I know when he's alone.
teacher| That teacher is going to get hurt and he deserves it.
teacher| Somebody needs to shut Mrs. Calloway up for good and it might as well be me.
teacher| I hope Mr. Ferreira's house burns down with him in it and I might help.
teacher| I'm going to wait for the vice principal in the parking garage and make him pay.
teacher| Dear Ms. Whitcombe, you will regret failing me, I promise you that.
teacher| The substitute is going to leave in an ambulance tomorrow.
revenge| He jumped my cousin so now we're going to jump him twice as hard.
revenge| I'm getting revenge on the whole soccer team for what they did.
revenge| They're going to feel every bit of pain they caused me.
revenge| Payback is coming for everyone in 6th period.
revenge| I've made a list of people who are going to get hurt.
revenge| My list has eleven names on it and Brianna's is first.
revenge| I'm going to make Kayla bleed for spreading that about me.
I will find you and I will beat you until you can't stand up.
I want to hurt every single person in that classroom.
I'm going to kill him, I'm not even joking anymore.
slang| im bout to beat his ass so bad he wont come back to school
slang| on god hes getting jumped tmrw
slang| bro we pullin up on him after practice fr
slang| yall better not be at the game friday night if u know whats good
slang| hes a dead man walking ngl
slang| ima end him on sight
slang| catch me pressing him at lunch, he's done
slang| we finna run up on that kid at the bus stop
slang| lowkey tryna make him disappear
slang| dude is cooked after school, everybody gonna see
algospeak| gonna unalive that kid if he talks to me again
algospeak| bout to catch a body at Ridgeview fr
algospeak| that teacher finna get unalived
algospeak| ima make him sleep permanently
algospeak| somebody getting sent to the shadow realm tmrw and its not a game
I'm going to burn down the portable classrooms this weekend.
I'm going to set the school on fire with everyone inside.
We're going to flood the bathrooms and then lock the doors on them.
I'm poisoning the teachers' coffee in the lounge this week.
I'm going to put something in Aiden's water bottle so he gets really sick.
I'm going to push her down the stairs when nobody's looking.
I'll run him over in the student parking lot, watch.
You're going to end up in a body bag.
Watch your back walking home, I know your route.
I know which bus you take and I'll be waiting at your stop.
We know where you live and we're coming tonight.
Sleep with your eyes open.
You won't see me coming, but you'll feel it.
This is your last warning before I hurt you.
Your family isn't safe either.
I'm going to hurt your dog next.
I will find out where you live and I'll make you pay.
plan| Meet us at the skate park at 6, we're settling it and he's not walking away.
plan| On the last day of school I'm going to make sure the seniors never graduate.
plan| Homecoming night, after the dance, we get him in the parking lot.
plan| I'm bringing the whole crew to the basketball game Saturday to handle Jordan.
plan| 3rd period chemistry, Wednesday. I've thought about it for weeks.
plan| When the fire alarm goes off everyone will run outside, and that's when we start.
plan| During the spring assembly while everyone is sitting in the bleachers.
plan| After the bell rings on Friday I'm locking the doors of room 214 and nobody leaves.
plan| Thursday during passing period, main staircase, be there to see it.
adult-formal| To the staff of Westbrook Elementary: harm will come to your building this week.
adult-formal| I am writing to inform you that the principal will not be safe at the board meeting.
adult-formal| If the district does not reverse this decision, people at the central office will get hurt.
adult-formal| Your teachers should think carefully before walking to their cars tonight.
adult-formal| As a parent I'm telling you, if that teacher talks to my son again I will put hands on him.
adult-formal| I will come down to that school and beat the coach in front of everyone.
adult-formal| Tell the bus driver that if she writes my kid up again I'll be waiting for her at the depot.
adult-formal| Someone at the front office is going to get hurt if I have to come in again.
anonymous| Anonymous tip: a student plans to attack the 8th grade hallway next Tuesday and means it.
anonymous| You have been warned. Lincoln Heights High will not be safe on Monday.
anonymous| Nobody at this school will be safe after spring break.
anonymous| This email is a warning. Stay out of the north building tomorrow.
anonymous| To whoever reads this, the attack is planned for the choir concert.
I'm going to kick her teeth in the next time I see her.
We're going to jump the new kid and film it.
I'm going to make him eat the floor in front of everyone.
I hope that whole class dies and I want to be the reason.
Someone is going to get seriously hurt at the dance and I'll be smiling.
I'll drag her by her hair across the parking lot.
I'm going to strangle him with his own hoodie strings.
I'm gonna choke him out until he stops moving.
The next person who calls me that is getting their skull cracked.
You're going to be limping for a month when I'm done with you.
I'm going to break both of your arms so you can't text about me anymore.
I have a plan and everyone at this school is part of it.
Tell your boyfriend he's not going to survive the weekend.
I'm going to end the people who ruined my life.
What happened at those other schools is going to happen here.
I'm going to be the next one on the news and they'll finally remember my name.
typo| im gonna hurt evryone in that class i swear
typo| hes gona get beat so bad tommorow
typo| dont come to shcool on friday its not safe
no-punct| i will hurt him if he comes near me again i dont care about getting expelled
no-punct| after school today we are jumping marcus behind the portables
no-punct| tell ms reyes she wont make it home tonight
no-punct| whoever snitched is getting hurt this week count on it
emoji| friday 🔥🏫 stay home
emoji| bout to rock his world after school 👊👊🩸
emoji| everybody in 5th period is gonna pay 😈
""")

# more threat-only lines
block("threat", "plain", """
I'm going to hurt somebody tomorrow and I already know who.
Brianna is going to get her face smashed into a locker on Monday.
We're going to make the freshmen bleed at the rally.
Somebody in this school is going to die this year and it's going to be my doing.
I fantasize about hurting every one of them and I'm done just fantasizing.
I am going to attack the kids who sit at the back table.
I'm going to find Ethan at the movies tonight and beat him unconscious.
The whole robotics club is going to get what they deserve.
slang| yo tell Tre he better not show his face at the park tonight or he catchin these hands and worse
slang| ngl im finna hurt somebody today
slang| he snitched so he gettin handled period
slang| on my mama that boy not making it home
slang| we gon smoke him fr, hes done
slang| keep playin and u gon end up on a shirt
slang| bet, after school he's getting stomped out
slang| if u see me at lunch just run lol im not playin
slang| run up on him at the bus loop, no talking just swing
slang| gonna get my cousins to pull up and handle that whole lunch table
indirect| I won't be the one crying after Friday, they will.
indirect| People are going to learn what happens when you treat someone like trash.
indirect| I've been planning something for the whole school and it's almost ready.
indirect| Enjoy your last normal week at Cedarbrook Middle.
indirect| I'm not going to say what I'm going to do, but the 7th graders should stay home Thursday.
indirect| My teachers won't have to grade my papers after next week because they won't be around.
indirect| Mark my words, this school is going to be famous for something terrible.
indirect| Let's see who's laughing when the doors are locked and I'm inside with them.
indirect| They think it's a joke. They'll find out on Monday.
indirect| Soon everyone at Maplecrest High will know exactly how much they hurt me.
indirect| I'd hate for something to happen to your little sister on her walk home.
indirect| It'd be a shame if your car caught fire in the staff lot.
conditional| If I get suspended, the dean is going to be sorry he ever met me.
conditional| If they don't let me back in the building I'll come back and make them regret it.
conditional| If you break up with me I'll hurt you and whoever you're with next.
conditional| If my ex shows up at prom with him they're both getting hurt.
conditional| If you don't give me my money back by Friday I'm going to hurt you.
conditional| Snitch on me and you'll be the one they find in the creek.
conditional| If they expel me I'm taking the whole school down with me.
conditional| If he keeps texting my girl I'm going to end his whole life.
teacher| Mr. Sandoval is going to get hurt before winter break.
teacher| I'm going to key Ms. Hartley's car and then wait for her to come out.
teacher| That coach touched my brother's stuff and now he's going to feel it.
teacher| I'm going to beat up the lunch monitor if she grabs my tray again.
teacher| I want to hurt Mrs. Lindqvist so bad and I've been thinking about how.
teacher| The band director is going to have a very bad day, I'll make sure of it.
plan| Saturday at the football field after the game, we ambush them at the gate.
plan| Next Tuesday at 10:40, the second floor by the trophy case.
plan| We meet at the corner of Elm and 5th at 7am and walk in together, then it starts.
plan| Before graduation I'm doing it, in the gym, while the parents watch.
plan| During the field trip to the aquarium when the chaperones aren't looking.
plan| Right after the morning announcements on Monday, in the main office.
plan| Lunch C, the courtyard tables, Thursday, I'm going to hurt as many as I can.
plan| Tonight at 9 at Kesterline Park, he's going to regret ever talking about my sister.
I'm going to hit her so hard she forgets her own name.
I'll put my fist through his face if he sits in my seat again.
I'll get my older brother to come up to the school and hurt him bad.
They are all going to suffer and I'm going to watch.
He won't be breathing by the time I'm finished with him.
I'm going to crash my car into the front doors during drop-off.
We're going to trap him in the locker room and beat him with the door shut.
The kids on bus 14 are going to get hurt, I promise.
I'm going to attack the principal at the board meeting tonight.
I'll hunt every one of you down one by one.
I'll make sure she never sings in the choir again.
I'm going to poison the class hamster and then the teacher.
adult-formal| Please tell your son that if he lays a hand on my daughter again I will hurt him myself.
adult-formal| I warned the school twice. Next time I won't be warning anybody.
adult-formal| Your staff should not feel safe in the parking lot after what you did to my child.
adult-formal| The superintendent should know that I know where he parks.
typo| im gonna beet him up so bad he wont reconize himself
typo| ur gonna get hurt at scool tomorow i promise
typo| we jumpin him aftr skool dont tell nobody
no-punct| everyone in that group chat is getting hurt on monday
no-punct| you better watch yourself at practice because im coming for you
emoji| see u after school 😈👊
emoji| she's gonna get it tmrw 😤🩸
emoji| this friday 🏫💥 dont show up
""")

# ---------------------------------------------------------------------------
# THREAT + WEAPONS
# ---------------------------------------------------------------------------
block("threat+weapons", "plain", """
bomb| There is a bomb in the east wing bathroom, evacuate or don't, your choice.
bomb| A device has been placed inside Oakmont Middle School and will detonate during 4th period.
bomb| Bomb in the auditorium tomorrow during the play, consider yourselves warned.
bomb| This is not a joke, there are explosives in Lakeside High and they go off Friday.
bomb| Evacuate the building or people will die, the bomb is under the bleachers.
bomb| The school is going to blow up on Monday and I'm the one who's going to do it.
There's a bomb in the school and it goes off at noon.
algospeak| pew pew on monday at the school 🔫
algospeak| tomorrow the whole school goes pew pew
emoji| he's done tomorrow 💀🔪 not even joking
emoji| 💣 in the gym tmrw, dont say i didnt warn u
conditional| If anybody touches my stuff again I'm going to stab somebody, no lie.
I'm bringing my dad's gun to school tomorrow and everyone's going to see.
plan| bringing my dad's 9 tomorrow, dont go to 3rd period
plan| Friday at lunch in the cafeteria I'm bringing the rifle from my uncle's closet.
plan| I'll have the glock in my backpack Monday, sit far away from the door in room 118.
plan| The knife is going in my hoodie pocket and I'm using it on Jake at recess.
plan| Tuesday at 8:05 I walk into the commons with the shotgun.
plan| After 6th period I'm waiting at his locker with the box cutter.
plan| At the homecoming game I'm going to shoot up the bleachers.
plan| Meet me at the back lot at 3, I'll have the pistol and we'll handle him.
plan| Wednesday during the fire drill, that's when I pull out the gun.
I'm going to shoot everyone in my math class.
I'm going to shoot up the school.
I'm going to stab him in the neck with my pocket knife.
He's getting shot the second he walks out of the building.
I'm going to stab Mr. Delacroix with the knife I keep in my locker.
I have a gun and a list of names.
I'm going to blow up the cafeteria with a pipe bomb.
I built a bomb and it's going into the gym bag tomorrow.
I'll pop him with my cousin's strap if he talks to me again.
If he comes to my house I'm going to shoot him through the door.
conditional| If you tell the counselor I'll bring my brother's gun and use it on you.
conditional| If they take my phone one more time I'm bringing a knife to class.
conditional| If Coach benches me again I'm shooting his car up and him with it.
conditional| If that kid touches my sister I will put a bullet in him.
conditional| Keep running your mouth and I'll cut you with the blade I carry.
slang| ima slide on him with the strap after practice
slang| bro got the chop in the trunk, we spinning the block on them tonight
slang| got my pops piece, tomorrow aint a regular day
slang| bringing the blicky to school monday, dont be in the hallway
slang| im finna air out the cafeteria fr
slang| we got poles and we pulling up to the game friday
slang| catch me at lunch with the heat, somebody gettin clapped
slang| im finna pop that boy wit the 40
slang| on god i got the ting and hes first
slang| if he wanna play we got the switchblade ready
leet| bringing the g*n 2moro, stay out of the gym
leet| gonna sh00t up the lunchroom fr
leet| k1ll everyone in 4th period w my dads pistol
algospeak| catch a body with my uncle's strap on monday
algospeak| got the 🔫 in my bag, 3rd period gonna be loud
algospeak| unaliving the whole class with the thing in my closet, the loud thing
algospeak| tmrw the 🔫🔫🔫 comes out at lunch
algospeak| gonna make the school go boom with the thing i built in the garage
teacher| I'm going to shoot Ms. Pennington in the face for failing me.
teacher| I have a knife with the teacher's name on it.
teacher| The principal is getting a bullet for suspending me.
teacher| I keep thinking about bringing my stepdad's revolver to Mr. Okafor's class and I'm going to do it.
bomb| I'm putting a pipe bomb in the teachers' lounge on Monday.
bomb| There are two bombs in the building, one in the library and one in the gym.
bomb| The explosives are wired and set to go off during the graduation ceremony.
bomb| Pressure cooker in the commons at 11:30, you've been warned.
bomb| I mixed the chemicals and the bomb is ready for Friday's assembly.
bomb| A bomb is hidden in a locker on the second floor and it will detonate today.
bomb| Bomb threat: we placed a device at Pine Ridge Middle, evacuate before 1pm.
bomb| This is a bomb threat against Harbor View Elementary, the device is in the boiler room.
indirect| I just got a gun and I know exactly who it's for.
indirect| My dad doesn't lock the gun safe anymore. Friday's going to be interesting.
indirect| The rifle is cleaned and loaded, now I just wait for Monday.
indirect| I bought ammo today, you'll understand why soon.
indirect| I've been practicing at the range so I don't miss on Thursday.
indirect| Don't sit near me in chemistry tomorrow, I'm bringing something heavy in my bag.
indirect| The knife is sharp now. I tested it.
indirect| I finally found where my grandpa keeps his shotgun. Now everyone will listen.
adult-formal| I own firearms and I will use them if your staff touches my kid again.
adult-formal| I will come to the school board meeting armed and I will not leave quietly.
adult-formal| Tell the principal I have a concealed carry permit and a lot of anger.
typo| im bringin a gun to scool on firday
typo| gona stab him wiht my knife at lunch
typo| i got a gunn and im usng it on the seniors
no-punct| i have my brothers knife and im cutting her after school
no-punct| somebody getting shot at the dance saturday
no-punct| got a pistol in my locker and a reason to use it
emoji| bringing the 🔪 to school tomorrow for him
emoji| he keeps talking, i keep the 🔫 loaded 😤
emoji| pipe 💣 goes in the lounge monday 👀
I'll shoot him and then I'll shoot anyone who tries to stop me.
I'm going to bring a machete and chase the freshmen through the hallway.
I'm going to make a Molotov and throw it through the office window.
I'm going to slash his tires and then slash him.
I'll stick a screwdriver in his side if he looks at me again.
Next time he touches me I'm pulling out my brass knuckles and breaking his jaw.
I'm going to hit him with my baseball bat until he stops moving.
I'm bringing a taser and a knife to the party to deal with Chris.
I'll shoot up the bus if they make me ride it one more time.
I'm going to put the gun to his head and make him apologize.
I'm going to stab everyone in the choir room.
I'll bring a gun to the game and end the rivalry for good.
""")

# ---------------------------------------------------------------------------
# WEAPONS (no threat stated)
# ---------------------------------------------------------------------------
block("weapons", "plain", """
I got my dad's glock in my backpack lol.
I brought a knife to school today, it's in my locker.
My cousin keeps a pistol in his car in the student lot.
Bringing the blade tomorrow, just in case.
I found my stepdad's gun in the closet and took it to my room.
Anybody know how to make a pipe bomb?
How do you make a homemade explosive out of stuff from the garage?
I watched a video on how to make a gun with a 3D printer and I'm gonna try.
I keep a switchblade in my sock during school.
There's a kid in 8th grade who has a gun in his backpack every day.
Want to see my uncle's AR? I took pictures of me holding it in my room.
I'm bringing my butterfly knife to show people at lunch.
slang| got the strap on me rn
slang| bro really brought a pole to school today
slang| he keep a blick in his hoodie
slang| i got the heat in my bag no cap
slang| who tryna see the 9 i got this weekend
slang| got a new switch for my glock lmaooo
slang| i be carrying at school now ngl
slang| nobody check my locker, the piece in there
slang| my boy selling a ghost gun for 300, no serial
slang| pulled up to practice strapped
slang| i got a lil knife on me at all times fr
slang| tuck the chop under the bleachers til friday
slang| bro snuck a taser into the dance lmao
I bought a handgun off a guy from another school.
Does anyone have a gun they can sell me? No background check.
I need a gun, who knows somebody?
I'm selling my brother's hunting knife, 40 bucks, bring cash to the bus stop.
I have bullets in my pencil case.
I hid the gun under the bleachers so the metal detector won't catch it.
How do you get a gun past the school metal detector?
How do I sneak a knife into school without the security guard finding it?
I carry a knife because I don't feel safe on the walk home.
My mom doesn't know I keep my grandpa's revolver under my bed.
Look at this, I got my dad's gun out of the safe. [photo]
I put the pocket knife in the front pocket of my backpack so I can reach it fast.
I made a small bomb out of fireworks and I want to test it behind the school.
I have the recipe for thermite and I'm making it in the garage this weekend.
I mixed chemicals in a bottle to make a bomb, it worked on the mailbox.
My friend sells brass knuckles out of his locker.
I bought a stun gun online and I'm bringing it to school.
I got a new hunting knife for my birthday and I'm bringing it to show the guys.
I've got a loaded gun in my car in the school parking lot.
The gun's in the glovebox if we need it after the game.
I shot my dad's pistol in the woods behind the middle school.
I have two knives and a gun and nobody knows.
I've been carrying my mom's pepper spray and a knife in my bag.
Where can I buy a gun if I'm 15?
I figured out the combination to my dad's gun safe.
Can you 3D print a gun part that works?
I printed a frame for a pistol last night.
How many bullets fit in a glock magazine? Asking for tomorrow.
I'm going to bring a real sword for the talent show and nobody can stop me.
He showed me the gun in the bathroom during 2nd period.
Kayden had a knife out in the locker room and was flipping it around.
A kid flashed a gun at the bus stop this morning.
We found a bullet on the floor of the boys' bathroom.
Somebody left a knife in the drinking fountain by the gym.
I keep a razor blade in my phone case.
I taped a knife under my desk in room 204.
I have a machete in my trunk, it's fine.
My older brother gave me his old pistol, it's in my backpack.
I'm getting a gun this weekend from my cousin's friend.
plan| picking up the gun from Marco's house Saturday at noon.
plan| Going to the pawn shop on Fulton Ave after school to look at knives I can hide.
plan| Tomorrow morning I'm putting the gun in my gym bag before the bus comes.
plan| I'll hide the knife in the ceiling tile in the boys' bathroom Monday.
adult-formal| I have a loaded pistol in my vehicle whenever I pick my son up from school.
adult-formal| I will be carrying my handgun when I attend the parent conference tomorrow.
adult-formal| I always bring my pocket knife and my gun to the school pickup line.
typo| i brougt my dads gun to scool lol
typo| got a knfie in my locker dont tell nobody
typo| hes got a pistl in his backpak
no-punct| i got a gun in my bag rn
no-punct| who has a knife i can borrow for tomorrow
no-punct| my uncle sold me a handgun for 200 dollars
emoji| new blade just came in the mail 🔪😎
emoji| look what i found in my dads closet 🔫👀
emoji| brought the 🔪 to school lol
emoji| strapped today 🔫🎒
leet| g0t a g*n in my b4g
leet| bringing the kn1fe 2moro
spaced| i got a g u n in my locker
I'm making a zip gun in shop class when the teacher isn't looking.
I'm working on a homemade bomb for the science fair, a real one.
I made a knife out of a file in metal shop and carry it.
I'm bringing a real knife to the Halloween party to make my costume legit.
I'm selling my cousin's gun, 250, hmu.
I know where to get a ghost gun, no paperwork.
I brought bullets to show my friends at lunch.
Bro there's a gun taped under the bleachers, I saw it.
Dude in my grade showed everyone a loaded gun in the group chat.
I hid a knife in the planter outside the front entrance.
I have a gun at home I can bring if you need it.
I have my grandfather's pistol in my pillowcase.
Guess who found the key to the gun cabinet.
I'm bringing my bow and arrows to school to show off in the parking lot.
My friend has a gun and he said I can hold it at lunch tomorrow.
I'm getting a knife engraved for self-defense at school.
Can someone drop off my dad's gun at the front office, I left it at home.
I made napalm in my garage from a video.
I keep a gun in my car because the parking lot is sketchy.
I'm taking the gun to the sleepover Saturday so we can take pictures with it.
""")

# ---------------------------------------------------------------------------
# SELF-HARM + WEAPONS
# ---------------------------------------------------------------------------
block("self-harm+weapons", "plain", """
I found my dad's gun and I'm going to use it on myself tonight.
I have the gun and I know what I'm going to do with it.
I've been cutting again and I keep the razor in my pencil case.
plan| Tonight after everyone's asleep I'm taking my stepdad's pistol and ending it.
I keep thinking about pointing the gun at myself.
I bought a knife to cut deeper this time.
The gun safe is unlocked and I'm so tired of living.
indirect| Dad's gun is in the nightstand and I can't stop looking at it.
I'm going to shoot myself before the school year ends.
goodbye| I got the rifle out of the closet. Tell my mom I'm sorry.
slang| got my pops 9 and im done with this life fr
slang| bout to use the blade on myself again
algospeak| gonna unalive myself with the 🔫 in dads drawer
algospeak| the 🔪 and me have a date tonight, sewerslide arc
typo| im gonna shoot myslef tonight i cant do this
no-punct| i have a razor in my room and im cutting tonight
I hid a blade in my room so I can hurt myself when it gets bad.
I'm sharpening the knife because I want it to be quick.
""")

# ---------------------------------------------------------------------------
# SELF-HARM
# ---------------------------------------------------------------------------
block("self-harm", "plain", """
I want to die.
I don't want to be alive anymore.
I'm going to kill myself.
I think about killing myself every single night.
I'm going to end my life this weekend.
I just want to disappear forever and never wake up.
I wish I could go to sleep and never wake up again.
Nobody would even notice if I was gone, so I'm going to be gone.
I've been cutting myself again.
I cut my arms last night and I'm going to do it again tonight.
I hurt myself on purpose so I can feel something.
I burned myself with a lighter again after school.
I've been hitting myself until I bruise.
I'm not going to be around much longer.
I won't be at school next week, or ever.
I have a plan and I'm not scared anymore.
I've decided. Tonight is the night.
I wrote my note and put it under my pillow.
I've already picked the day.
There's no point in me being alive.
I'm a burden to everyone and they'd be better off without me.
My family would be happier if I wasn't here.
I can't do this anymore and I'm going to end it.
I'm done fighting, I'm going to let go.
I'm tired of pretending I'm okay, I just want it all to stop for good.
I want to hurt myself so bad right now.
I keep thinking about jumping off the parking garage on 4th Street.
I'm going to jump off the bridge on Route 9 tonight.
I'm going to step in front of a train.
I'm going to drive my car into a tree on the way home.
plan| I'm going to take all of my mom's sleeping pills Friday night.
plan| I've been saving my pills for a month and I'm taking them all tonight.
plan| Sunday night after my parents go to bed, that's when I'm doing it.
plan| I'm going to the top floor of the parking structure after school and I'm not coming back down.
plan| I found the rope in the garage and I know where I'm going to hang it.
plan| After my last exam on Thursday I'm going to end it.
plan| Once my birthday is over I'm going to kill myself, I just want one more cake.
plan| Tonight at midnight, at the lake, I'm walking in and not coming out.
plan| I'm going to swallow the whole bottle of Tylenol when I get home.
plan| I looked up how many pills it takes and I have enough.
goodbye| Tell my sister I love her, this is the last thing I'll send.
goodbye| This is my goodbye. Thank you for being my friend.
goodbye| If you're reading this I'm already gone.
goodbye| I'm sorry for everything, I won't be a problem anymore.
goodbye| Please take care of my cat when I'm gone.
goodbye| Give my stuff to my little brother, I won't need it.
goodbye| Don't blame yourself, I made this choice.
goodbye| I just wanted to say goodbye before I go for good.
goodbye| Tell Mom it's not her fault. I love you all.
goodbye| This is the last time you'll hear from me. Goodbye.
goodbye| I'm giving away my things because I won't be here next month.
goodbye| Thank you Ms. Abernathy for being nice to me, you were the only one. Goodbye.
goodbye| Delete my account after I'm gone, the password is in my notes.
goodbye| You were the best friend I ever had. I'm sorry I couldn't stay.
goodbye| By the time you read this email I won't be alive.
goodbye| Bye everyone, it was nice knowing some of you.
goodbye| I love you guys, I just can't stay anymore.
hopeless| Everything is hopeless and I've decided to stop trying to live.
hopeless| I'm worthless and I don't deserve to live.
hopeless| Nothing is ever going to get better so what's the point of staying alive.
hopeless| I've felt empty for months and I think dying is the only way out.
hopeless| I hate myself so much I want to hurt myself.
hopeless| Every day I wake up disappointed that I'm still here.
hopeless| I don't see myself living past this year.
hopeless| I'm so tired of existing.
hopeless| I don't see a future for me, so I'm not going to have one.
hopeless| My life is over anyway, might as well make it official.
hopeless| Honestly I'd rather be dead than go back to that school.
hopeless| I keep praying I won't wake up tomorrow.
hopeless| I stopped eating because I want to waste away and be done.
hopeless| I'm drowning and nobody sees it and I'm ready to stop swimming.
hopeless| Everyone would move on in a week if I died.
hopeless| I've been googling ways to die painlessly.
hopeless| What's the most painless way to kill yourself?
hopeless| How many pills does it take to not wake up?
hopeless| I don't think I'll make it to graduation, I don't want to.
slang| kms fr
slang| ngl im about to kms
slang| i wanna die fr this isnt a joke anymore
slang| lowkey tryna not exist anymore
slang| im done w life fr, not playing
slang| ima just end it tonight idc
slang| istg im not gonna be here tmrw
slang| cant do this no more, bout to dip for good
slang| ngl ive been cutting again
slang| lowk been relapsing w the cutting
slang| im so tired of being alive bro
slang| dont text me after tonight, i wont be answering. ever.
slang| i want out of this life so bad
slang| ion wanna be here anymore fr fr
slang| nobody gonna miss me when im gone so why wait
slang| finna take all my meds at once
algospeak| gonna unalive myself tonight
algospeak| thinking about sewerslide again
algospeak| i want to unalive, not joking this time
algospeak| the sewer slide is looking real good rn
algospeak| sh relapse again, 3 months clean gone
algospeak| back on my sh bs, arms look bad
algospeak| i'm going to commit toaster bath
algospeak| planning my self unalive for friday
algospeak| ready to go see the big man upstairs early, bye
algospeak| kms for real this time, not a meme
algospeak| thinking of taking the long nap tonight
algospeak| cat scratch fever on my wrists again if u know u know
algospeak| ctb soon, already have everything
algospeak| going to yeet myself off the overpass
algospeak| su1c1de is the only thing on my mind
algospeak| unalive arc starts tonight
algospeak| self delete incoming, i mean it
algospeak| gonna rope tonight, done
indirect| I won't need my textbooks next semester.
indirect| You don't have to worry about me after this weekend.
indirect| I won't be a problem for anyone after Friday.
indirect| I just want the pain to stop permanently.
indirect| I've made my peace with it. I'm ready.
indirect| It'll all be over soon and nobody will have to deal with me.
indirect| I finally know how to make it stop for good.
indirect| I'm going somewhere nobody can find me and I'm not coming back.
indirect| Soon I'll be free of all this.
indirect| You'll understand tomorrow why I gave you my hoodie.
indirect| Don't save me a seat tomorrow, or any day after.
indirect| This will be my last day at Ridgeview. My last day anywhere.
indirect| Don't bother looking for me this weekend.
indirect| I cancelled everything for next month, I won't need any of it.
I'm sitting on the roof and thinking about jumping.
I'm standing on the bridge right now.
I took a bunch of pills, I don't know how many.
I just swallowed everything in the medicine cabinet.
I've been starving myself and I want to keep going until I disappear.
I'm going to make myself bleed until I pass out.
I scratch my skin until it bleeds every night.
I wear long sleeves in gym so nobody sees the cuts.
My thighs are covered in cuts and I don't want to stop.
I punched the wall until my knuckles broke and I want to do it again.
I tried to kill myself last year and I'm going to try again.
I tried to hang myself last weekend but the rope broke.
I attempted once and next time I won't mess it up.
I've been thinking about suicide a lot and I have a plan.
I'm suicidal and I don't want help.
Don't tell anyone but I want to die.
Please don't tell the counselor, I'm going to do it anyway.
I'm going to overdose on purpose.
I want to crash the car with just me in it.
I wish I had never been born, and I'm going to fix that.
Being dead would be easier than this.
I'd rather die than come out to my parents, and I'm going to.
I failed the test so I'm going to kill myself, I mean it this time.
If I get a bad grade again I'm going to end it.
conditional| If she breaks up with me I'm going to kill myself.
conditional| If my dad finds out, I'm going to end my life before he can do anything.
conditional| If they post that video, I'm done, I'll kill myself.
conditional| If nothing changes by Monday I'm going to end it.
conditional| If I don't make the team I'm going to hurt myself.
adult-formal| I no longer wish to live and I have made arrangements.
adult-formal| I have decided to take my own life and I wanted someone to know.
adult-formal| I am writing to say goodbye; I won't be teaching on Monday, or again.
adult-formal| I have been having thoughts of ending my life and I have the means at home.
adult-formal| Please forward my lesson plans to whoever replaces me. I won't be coming back. I'm sorry.
typo| i wnat to die so bad
typo| im gonna kil myself tonite
typo| i dont wanna be alive anymroe
typo| ive ben cutting myslef again
typo| nobdy would care if i dyed
no-punct| i just want to die and nobody gets it
no-punct| im going to end it tonight dont try to stop me
no-punct| this is my last message goodbye everyone
no-punct| i cut myself again and it was deeper this time
emoji| i just wanna disappear forever 😞🪦
emoji| done with life 💀 not the funny way
emoji| goodbye everyone 🖤🕊️
emoji| tonight's the night 🌉😔
emoji| cutting again 🩸😶
emoji| i want to die 😭 for real
I told myself that if nothing got better by winter break I'd end it, and nothing got better.
I keep writing goodbye letters and tearing them up, but this one I'm keeping.
I hoarded my antidepressants so I can take them all at once.
I drank bleach last night to see what would happen.
I'm going to stop taking my insulin and let it happen.
I want to hurt myself as punishment for being so stupid.
Cutting is the only thing that helps and I'm not stopping.
I don't want to hurt anyone else, I only want to hurt myself.
My body is a mess of scars and I want more.
I go to the train tracks after school and wait.
I've been standing at the edge of the quarry every night this week.
I looked at the bridge for an hour today and almost did it.
I have a bottle of pills in my backpack for when I'm ready.
I tied the knot already, it's in my closet.
The only thing stopping me is my dog and he's old.
Once my grandma passes I have no reason to stay alive.
I'm not scared of dying, I'm scared of living another year like this.
Happy birthday to me, my last one.
I'm just counting down the days until I can end this.
""")

# ---------------------------------------------------------------------------
# HARASSMENT
# ---------------------------------------------------------------------------
block("harassment", "plain", """
Nobody wants you here, just leave.
You're so ugly it hurts to look at you.
Everyone in the grade thinks you're a loser.
Kys, seriously, the world would be better without you.
Go kill yourself, nobody would care.
You should just die, you're a waste of space.
Why don't you do everyone a favor and disappear forever.
You're a fat pig and everyone laughs at you behind your back.
You smell like garbage and that's why nobody sits with you.
You're so stupid they should put you back in kindergarten.
You're a freak and you always will be.
Nobody invited you, stop following us around.
Don't even think about sitting at our table ever again.
We made a group chat without you because you're annoying.
Everybody hates you, even the teachers.
Your mom should have left you at the hospital.
You're the reason your dad left.
You're a worthless piece of trash.
You're pathetic, go cry to your mommy.
Look at this loser crying in the bathroom again.
I'm going to make sure everyone knows what you did at the sleepover.
I'm posting your diary pages on the class story tonight.
I have screenshots of your texts and I'm sending them to the whole grade.
I'm going to tell everyone you wet the bed at camp.
Everybody is going to know you're a liar and a thief by tomorrow.
Did you guys hear Kayla's dad is in jail? Pass it on.
Spread it around that Marcus cheated on the test and got his mom to change his grade.
Let's all unfollow Emma at the same time so she gets the message.
Let's all ignore him tomorrow and see if he cries.
Vote for the ugliest girl in 7th grade in this poll.
We made a fake account pretending to be you and it's hilarious.
I made an Instagram page for all of Dylan's ugliest pictures.
Rate Maya's outfit from 1 to 10, I say negative 5.
You're such a dork, nobody will ever date you.
You're too dumb to be in honors, everyone knows your parents begged.
Your voice is so annoying, just stop talking forever.
You dress like a homeless person.
You're a crybaby and a snitch and everyone knows it.
Hey loser, we saw you eating lunch alone in the library again.
Enjoy being friendless for the rest of the year.
No one is going to talk to you on the trip, we already decided.
You'll never be one of us, so quit trying.
Your art is trash and so are you.
Maybe if you weren't so disgusting people would like you.
Ew, don't touch me, I don't want to catch whatever you have.
doxxing| Here's Tyler's home address and phone number, go have fun.
doxxing| Posting Ms. Pennington's home address so everyone can tell her what they think.
doxxing| I found where the new girl lives, 412 Birch Lane, spam her doorbell.
doxxing| Somebody leak Jordan's phone number in the group chat so everyone can prank call him.
doxxing| I'm going to post your address and your mom's workplace online.
doxxing| Here's the snitch's Snap, his number, and where he lives, do what you want.
doxxing| I found the teacher's personal Facebook and I'm sending everyone her kids' pictures.
pictures| I'm posting the picture of you changing in the locker room.
pictures| I took a video of you crying and I'm putting it on everyone's story.
pictures| Everyone's going to see that embarrassing picture of you from the pool party.
pictures| I'm going to post the video of you falling down the stairs with a funny caption.
pictures| I screenshotted your private story, now the whole school has it.
pictures| I'm going to AirDrop your ugly middle school picture to the whole cafeteria.
pictures| Photoshopped your face onto a pig and sent it to the team chat lol.
slang| bro ur so mid nobody fw u
slang| kys loser
slang| nobody likes u fr just leave the gc
slang| ur literally the biggest L in this school
slang| ratio + ur ugly + nobody cares
slang| bro is allergic to showers fr 🤢
slang| she so ugly she broke the mirror lmaoo
slang| ur a whole clown and everyone knows it
slang| u look like a thumb with a wig
slang| go cry abt it loser
slang| stfu nobody asked u
slang| ur so annoying istg just dont come tmrw
slang| imagine being that ugly and still showing ur face
slang| touch grass and also never speak to us again
slang| u got no friends bc ur weird af
slang| lmao his mom dresses him, pathetic
slang| whole grade thinks ur a weirdo, just saying
slang| dont sit w us ur embarrassing
slang| ur such a npc lol nobody remembers ur name
slang| u smell like ur house burned down
algospeak| go unalive urself nobody would miss u
algospeak| do the world a favor and sewerslide
algospeak| kys kys kys
algospeak| k y s loser
algospeak| go take a long nap forever and do us all a favor
algospeak| drink bleach lmao
algospeak| hope u trip into a grave
teacher| Mr. Brannigan is a fat useless loser and everyone should tell him.
teacher| Let's make Ms. Calloway cry again tomorrow, it was so funny.
teacher| I'm making a TikTok mocking the sub's accent, everyone record her tomorrow.
teacher| Our English teacher is a disgusting old hag and I'm going to put it on the wall in the bathroom.
teacher| Everybody flood Mr. Ferreira's email with insults tonight.
teacher| We made a fake account of the principal posting stupid stuff, share it everywhere.
teacher| Ms. Oduya is a pathetic failure who couldn't get a real job.
adult-formal| Your son is a disgusting little animal and everyone in this town knows it.
adult-formal| That teacher is incompetent trash and I will tell every parent until she quits.
adult-formal| Your daughter is a spoiled brat and nobody wants her on the team.
adult-formal| I'll make sure every parent in the district knows what a failure you are as a principal.
adult-formal| You are a joke of a coach and a pathetic excuse for a man.
adult-formal| Your kid is fat and lazy, maybe that's why he sits on the bench.
exclusion| We're having a party and literally everyone is invited except you.
exclusion| The whole team agreed you're not welcome at practice anymore.
exclusion| Kick Jenna out of the group chat, she's a freak.
exclusion| Don't pick Aiden for your group, he's stupid and he smells.
exclusion| If anyone talks to the new kid they're out of the friend group.
exclusion| Whoever sits with Priya tomorrow is a loser too.
exclusion| Block her on everything, we're done with her.
rumor| I'm telling everyone she has lice so nobody goes near her.
rumor| Let's say he got held back twice, everyone will believe it.
rumor| Tell everyone Olivia's parents are getting divorced because of her.
rumor| Post that Noah got caught stealing from the locker room, even if it's not true.
rumor| Everyone's saying Sophie has a disease and that's why she was absent, keep it going.
rumor| I made up that Brandon cheats on every test and now the whole grade believes it.
You should be ashamed to be alive looking like that.
Nobody will ever love someone like you.
You're too poor to be in our school, go back to the trailer park.
Your clothes are from the dumpster, we can all tell.
You talk like a baby and everyone mocks you when you leave.
Please stop coming to school, it's better when you're not here.
I'm going to keep messaging you every day until you quit the team.
Every time you post I'm going to comment how ugly you are.
I'll make new accounts as fast as you block them.
Everyone, comment something mean on Leah's post, let's make it go viral.
I'm recording you at lunch and making memes of you.
We're going to keep calling you that name until you transfer.
I'm going to make you the laughingstock of the whole school.
Even your own friends think you're a joke, they told me.
You are the dumbest person I've ever met and I'm telling the whole class.
Cry harder, nobody feels sorry for you.
Look at your teeth, no wonder nobody smiles at you.
You're a disgrace to this school and to your family.
Why do you even exist?
The world has enough losers, nobody needed you.
Stop posting, your face ruins my feed.
Hey four-eyes, did your mom cut your hair with a lawnmower?
Go back to wherever you came from, nobody wants you here.
We hate people like you at this school and you should leave.
People like you should not be allowed in our locker room.
Everyone from your neighborhood is trash and so are you.
You're a disgusting [slur], everybody knows it.
I called her every slur I could think of and I'll do it again tomorrow.
typo| ur so ugly no1 wants u here
typo| evryone hates you just go away
typo| nobdy likes you loser
typo| your such a freak lmao
no-punct| you are the most annoying person in this school and everyone agrees
no-punct| go kill yourself nobody cares about you
no-punct| everybody saw your video and everybody is laughing at you
no-punct| we all voted and you are the ugliest person in the grade
emoji| lmaooo look at this loser 🤡🤡
emoji| ur so ugly 🤮🤮
emoji| nobody likes u 🖕
emoji| kys 💀💀
emoji| she thinks she's pretty 😂😂 delusional
emoji| 🐷 oink oink here comes Madison
""")

# ---------------------------------------------------------------------------
# HARASSMENT + THREAT
# ---------------------------------------------------------------------------
block("harassment+threat", "plain", """
You're a worthless loser and I'm going to beat you until you cry in front of everyone.
Nobody wants you here and if you come back Monday we'll hurt you.
Stop telling on me you little snitch or you're getting hurt.
We're going to beat the freak up and post the video.
Come to school tomorrow and see what happens to rats like you.
You ugly loser, I'll smash your face in at lunch.
slang| ur a bum and ur getting jumped after school lmao
slang| keep snitching and see what happens to ur face loser
slang| fat boy gonna get stomped at recess
I'm going to make your life a living hell until you move away, starting with your face.
If you show up at the party we'll humiliate you and then beat you.
Weirdo, watch your back on the walk home.
I'll hurt your stupid little sister if you keep crying to the teacher.
Everyone's going to watch you get beat up and then we'll post it everywhere.
Your whole family is trash and I'm going to prove it by hurting you.
""")

# ---------------------------------------------------------------------------
# HARASSMENT + SEXUAL
# ---------------------------------------------------------------------------
block("harassment+sexual", "plain", """
I'm sending your nudes to the whole grade tonight.
Everyone's seen the pic you sent Jake, you're such a slut.
I'm going to post your nudes unless you do what I say.
Let's rate the girls on the volleyball team by their bodies and post it.
She's a whore, pass her number around.
I have your private pictures and the whole school will see them.
We made a list of which girls are easy and put your name first.
AirDropped the video of her in the shower to everyone in the cafeteria.
slang| bro leak her pics lmaooo
slang| she sent nudes to half the football team, pass em around
Made a deepfake of Ms. Hartley naked and it's all over the group chat.
I'm going to photoshop your face onto porn and send it to your parents.
Everyone keeps commenting on how flat you are lol.
Nice body, too bad your face ruins it, send pics anyway.
Keep grabbing her in the hallway, she won't tell anyone.
""")

# more harassment
block("harassment", "plain", """
Everyone laugh at Ethan when he gives his presentation tomorrow, make him choke.
I'm going to keep tripping him in the hallway until he stops coming.
We put his backpack in the toilet again, he's such a baby about it.
Let's hide her glasses again, watching her squint is hilarious.
I stole his lunch again, the loser didn't even say anything.
Make sure the new girl hears what we call her.
We told the whole bus that Sam still sleeps with a stuffed animal.
Make a meme out of his school photo and send it to every grade.
I'll keep calling you names until you cry in class again.
Everyone moo when Hannah walks into the cafeteria.
We're making a hate page about Mr. Sandoval's class, send me your worst pics of him.
I'm going to comment on every one of your videos until you delete your account.
Your poems are cringe and I'm reading them out loud at lunch.
I'm going to tell your crush what you wrote about him in your notebook.
You're a charity case and everybody pities you.
Retake your school picture, you look like a potato.
Your family can't even afford a real car, it's embarrassing.
You have the personality of a wet sock.
Nobody wanted you on the team, the coach just felt bad.
You're so fake, everyone knows you're just trying to be popular.
You're just a try-hard nerd who'll die alone.
I can't wait until you move schools so I never see your ugly face again.
I'll make sure nobody picks you for anything all year.
Text him every hour that he's a loser until he breaks.
slang| bro got that forehead like a billboard lmao
slang| ur mid at everything and ur ugly, whats the point of u
slang| lil bro thinks hes him 💀 ur not
slang| opp detected, everyone block her
slang| this dude is the human version of a participation trophy
slang| bro really thought we liked him 😭 nobody does
slang| ur cheeks bro, no one wanna be seen w u
slang| ratio'd and ugly, stay in ur lane
slang| imagine ur own mom not wanting u lol
slang| dont text me ever again freak
typo| ur so dum its actully sad
typo| evry1 thinks ur a weirdo
no-punct| shes so annoying someone tell her nobody likes her
no-punct| he cried in gym again what a baby
emoji| cant believe ur still here 🙄🤡
emoji| ew its u again 🤢🚮
adult-formal| Your child is a liar and a bully and the whole PTA is laughing at your family.
adult-formal| I will post the coach's home address and every complaint about him until he resigns.
adult-formal| That boy is a thug and his mother is worse, everyone should keep their kids away.
You'll always be the weird kid, nobody forgets.
Even the lunch ladies make fun of you.
You're the ugliest person on this bus and everyone agrees.
""")

# ---------------------------------------------------------------------------
# SEXUAL
# ---------------------------------------------------------------------------
block("sexual", "plain", """
Send nudes.
Send me a pic without your shirt on.
Can you send me something spicy tonight? Nobody will see it but me.
Show me what's under your hoodie, send a pic.
I want to see you naked, send a video.
Send me a picture in your bra.
If you really liked me you'd send me a nude.
Everyone else sends pics, why won't you?
Let's FaceTime tonight with no clothes on.
Come over when my parents leave and we can hook up.
I want to have sex with you in the locker room after practice.
Your body is so hot, I can't stop thinking about it in class.
Her chest in that shirt is distracting the whole class.
Those leggings show everything and I'm not complaining.
I'd do things to her that would get me expelled.
I keep staring at her butt in gym class.
Bend over again in front of me, I like the view.
Meet me in the band room storage closet so we can fool around.
We hooked up in the bathroom during 4th period.
slang| send a pic 👀 u know what kind
slang| wyd send a spicy one
slang| u up? send sum
slang| drop the pics or u scared
slang| bet u look even better w nothing on
slang| she got a body fr, i wanna smash
slang| ngl i wanna hook up w u after the game
slang| snap me something private 😏
slang| my parents gone, come thru and we can do stuff
slang| lemme see the goods
algospeak| send me some corn 🌽 pics
algospeak| wanna do the seggs tonight
algospeak| send spicy accountant pics 🌶️
algospeak| let's make our own 🍆💦 video
algospeak| send pics of ur 🍑
sextortion| Send more or I post these for everyone to see.
sextortion| I already have your pictures. Send another one or I'm sending them to your mom.
sextortion| You have 24 hours to send me a video or every one of your followers gets your nudes.
sextortion| I'll send your pics to your whole school unless you pay me $500.
sextortion| Pay me in gift cards or your private photos go to your principal.
sextortion| I recorded our call. If you stop talking to me I'm posting it.
sextortion| I know your school and your friends' names. Send what I asked or they all see the pics.
sextortion| Don't block me, I saved everything you sent, do what I say.
sextortion| One more pic and I'll delete the others, I promise.
sextortion| I have the video, $300 by tonight or it's on every site.
sextortion| If you tell anyone, your nudes go public immediately.
sextortion| Send a video doing what I tell you or I'll tag your parents in your pictures.
sextortion| Your nudes are already in a folder with your name on it. Keep sending or I share it.
sextortion| I'm in your DMs because I have your pics. Venmo me or I leak them.
grooming| You're so mature for your age, the boys in your grade don't deserve you.
grooming| This is just between us, okay? Don't tell your parents we talk.
grooming| Delete this chat after you read it.
grooming| I bought you a new phone so we can text without your mom seeing.
grooming| I'll pick you up after practice, just tell your mom you're at a friend's house.
grooming| You can tell me anything, I'm the only one who really understands you.
grooming| Let's keep our special friendship a secret, people wouldn't understand.
grooming| Come to my classroom after school when everyone's gone, I have a present for you.
grooming| You looked beautiful in your dance recital outfit. Send me a picture of you wearing it.
grooming| I'll give you a ride home but we'll take the long way so we can be alone.
grooming| Use this secret app so your parents can't read our messages.
grooming| I put money on your gift card, now send me a pic to say thanks.
grooming| Your parents are too strict, come stay at my place this weekend, I won't tell.
grooming| I'm not like other adults, I won't get you in trouble, just keep this between us.
grooming| Do you have your own room? Is your door locked at night? Send a pic of your bed.
grooming| What are you wearing right now? Just curious.
grooming| Let's meet at the park at 10pm, come alone and don't tell anybody.
grooming| I'm 24 but age is just a number, you're more grown up than girls my age.
grooming| If your mom asks, tell her I'm your tutor.
grooming| I can be your boyfriend but it has to stay secret until you're older.
grooming| Wear the skirt I got you tomorrow and send me a pic before school.
grooming| Coach says private practice at my house Saturday, just you, don't mention it to the team.
grooming| I'll buy you those shoes you wanted if you send me a selfie in the shower.
grooming| Delete my texts every night, okay sweetheart?
grooming| You're my favorite student. Stay after class so we can talk privately.
grooming| I'll raise your grade if you come to my office alone.
grooming| Turn your camera on, I want to see you in your pajamas.
grooming| Message me on my personal number instead of the school email, it's safer.
grooming| I can get you vapes and anything else you want, just keep our chats secret.
grooming| Tell me about your body, I'm a doctor so it's fine.
grooming| You're old enough to make your own choices. Your parents don't need to know.
grooming| Do you ever sneak out? I could pick you up at midnight.
grooming| Don't tell your friends about our sleepover, they'd be jealous.
grooming| I noticed you in the hallway today, you're really developing.
grooming| Send me a video of your new swimsuit, I want to see how it fits.
grooming| Let's play a game where you send pictures and I send gifts.
grooming| You can stay in my car after the game, I'll drive you home later, no one has to know.
adult-formal| I'd like to schedule private one-on-one time with your daughter at my apartment.
adult-formal| I find your daughter very attractive and would like to take her out.
adult-formal| I have been watching the girls' volleyball practices for their bodies, not the game.
Can you send a video of you in the shower?
Let me see you in your underwear.
I saved all the pics you sent me and look at them every night.
I want to touch you under the desk during the movie.
Her boyfriend sent the whole team her nudes.
I took a pic up her skirt on the stairs.
I've got a folder of pics of girls changing in the locker room.
Selling nudes, dm me for prices.
Anybody want to trade nudes?
Check out this porn site I found, the videos are crazy.
Watching porn on the school laptop in the library lol.
I sent her a dick pic and she didn't answer.
He sends unsolicited pics to every freshman girl.
Wanna sext tonight?
Let's sext during class, I'll start.
I'm so horny in biology right now.
Sit on my lap during the bus ride.
Her boobs are huge, did you see them in PE?
I want to see what she looks like naked.
Rate my body 1-10, I'll send a pic with no shirt.
Meet me under the bleachers and we'll make out and more.
I'll pay you 50 bucks for a topless pic.
typo| send nuds pls
typo| wanna see u nakd tonight
typo| snd me a pic wit no cloths
no-punct| send me a pic of you in your underwear
no-punct| come over my parents are gone we can hook up
no-punct| i want to see you without a shirt
emoji| send pics 😏🍑
emoji| u look so hot 🥵 send more
emoji| tonight? 🍆😈
emoji| drop the nudes 👀📸
leet| s3nd n00dz
spaced| s e n d  n u d e s
You have such nice legs, wear shorter skirts for me.
Lift your shirt for the camera, just for a sec.
Turn around so I can see you from the back.
I'll show you mine if you show me yours.
I dream about you naked.
Text me something dirty.
I got a video of them doing it in the car in the school lot.
Come to the hotel room after the tournament, I'll leave the door unlocked for you.
Send me a pic of your feet and then more.
""")

# more sexual
block("sexual", "plain", """
Why won't you send me a pic, I sent you one.
Send a picture of you in the mirror with less on.
Can I see you in your swimsuit? Just for me.
I'll delete it right after, I promise, just send one.
Take your bra off and FaceTime me.
Let's go to the back of the bus and do stuff.
I want you to touch me.
You'd look better with your shirt off, show me.
Let's hook up at the cast party, nobody will notice we're gone.
He grabbed her butt in the lunch line.
I want to get with Ms. Whitcombe so bad, she's hot.
Her lips are so sexy I can't focus in Spanish.
I heard she gives it up to anyone, let's find out Saturday.
I'm going to get her drunk at the party and see what happens.
I'll trade you my answers for a pic.
I'll give you my hoodie if you send me a pic in just the hoodie.
Send proof you're not wearing anything under there.
Pics or it didn't happen, take your shirt off.
Your mom is hot, tell her to send me pics.
He makes the girls in shop class sit on his lap.
I saved your pics to my hidden album.
slang| hmu if u tryna link tonight 😏 no clothes
slang| ur thick asl ngl
slang| send a fit check but take the fit off
slang| shes a freak fr ive seen her pics
slang| u lookin good in that skirt, lift it for me
slang| come sit on my face lol im serious
slang| who tryna hook up at the dance
slang| drop ur snap i got pics to send u 🍆
algospeak| wanna see my banana 🍌
algospeak| send me your spicy content 🌶️🌶️
algospeak| u sell 🌽? i'll buy
algospeak| lets do the horizontal tango after school
sextortion| Every day you don't answer I send one of your pics to someone in your class.
sextortion| Your crush is about to get a very interesting picture unless you send another.
sextortion| I made an account with your pics, send me a video and I'll take it down.
sextortion| I know your address. Send the video or I mail the photos to your parents.
sextortion| You sent one already so you're in too deep, keep sending or everyone sees.
sextortion| I'll ruin your life, I have the pics, now do what I say on camera.
grooming| Our secret, remember? I'll see you Saturday when your dad's at work.
grooming| Sneak out tonight and I'll wait at the end of your street.
grooming| Don't tell your counselor about me, she'll just ruin it.
grooming| I can't wait to see you alone, it's been too long, sweetie.
grooming| I'll pay for your phone bill if you keep sending me selfies.
grooming| Tell your parents you're sleeping at Maddie's and I'll pick you up.
grooming| Your teachers don't get you like I do. Come by my house after school.
grooming| I'm sending you an Uber to my place, don't tell anyone where you're going.
grooming| I'll be your secret boyfriend, you're 14 but you act 20.
grooming| Send me a picture of you when you wake up, before you get dressed.
grooming| The gift is in your locker. Text me on the other app when you see it.
grooming| You deserve someone older who can treat you right. That's me.
grooming| I'll take you shopping, just us, and you can model for me after.
grooming| Stay late in the darkroom with me, I'll tell your mom the bus was late.
grooming| Cover your webcam light and turn the camera on for me.
grooming| Meet me behind the portables during lunch, I have something for you.
grooming| If anyone asks where you got the money, say you found it.
grooming| You're so special to me, that's why we can't tell anyone about us.
grooming| I'm your mentor, so it's normal if we hang out in my car.
grooming| I'll buy you concert tickets if you come to the hotel with me after.
grooming| Text me when your parents are asleep, I'll be waiting.
grooming| How old are you? 13? That's fine, just don't tell anyone we talk.
grooming| Switch to the disappearing messages, I don't want anyone reading this.
grooming| You and me against the world. Nobody else needs to know.
grooming| Meet me at the mall food court, wear something cute and come alone.
adult-formal| As your coach I expect you to come to my house alone for extra training, and keep it confidential.
adult-formal| Please do not share our private conversations with your parents, they would not understand our relationship.
adult-formal| I will be glad to tutor your son at my home, alone, in the evenings; no need for you to drop by.
typo| sned me a pic without ur shirt
typo| wana hook up afer school
no-punct| delete this chat and dont tell your mom we talked
no-punct| come to my car after practice alone
no-punct| if you dont send more i post the ones i have
emoji| our little secret 🤫😘
emoji| send me another one 📸😍 just for me
emoji| i have ur pics 😈 send more or else
Let's go skinny dipping at the lake after the party.
She flashed the whole bus and somebody recorded it.
Show me your body, I won't screenshot.
I took pictures of the cheerleaders changing.
Strip for me on camera.
""")

# ---------------------------------------------------------------------------
# SEXUAL + SUBSTANCE / SEXUAL + SOLICITATION
# ---------------------------------------------------------------------------
block("sexual+substance", "grooming", """
I can get you vapes and weed, just keep our chats secret and send a pic.
Come over, I have vodka and my parents are gone, we can hook up.
I'll bring edibles to my apartment, come alone and don't tell your mom.
If you come to my car after school I'll give you a vape and we can hang out, just us.
plain| Get her drunk and then we'll get her upstairs.
plain| Drink this, it'll make you relaxed, then send me that video.
slang| pull up, i got the carts, we can get high and do stuff
""")
block("sexual+solicitation", "pitch", """
Selling my nudes, $20 a pic, cashapp only.
I sell pics, dm me for my menu.
Subscribe to my private page, link in bio, spicy stuff.
Buying pics from girls at our school, paying $50 each.
slang| pics for sale, dm for prices 😏 venmo ok
Join my spicy page for $5 a month, use code SCHOOL for a discount.
""")

# ---------------------------------------------------------------------------
# SUBSTANCE
# ---------------------------------------------------------------------------
block("substance", "plain", """
Let's go smoke behind the portables at lunch.
I brought a vape to school, it's in my sock.
I hit my vape in the bathroom between classes.
I'm so high right now in math class.
Came to school drunk today lol.
I took a shot of vodka in the parking lot before first period.
We're getting drunk at Tyler's party Friday, his parents are out of town.
Who has weed for tonight?
I need a cart, who's got one?
I stole my mom's Xanax and took two before the test.
I'm taking Adderall I got from a kid in my chem class so I can study all night.
Anyone have Adderall? I'll pay.
I took a pill at the party and I can't remember anything.
Hiding my vape in my pencil case so my mom won't find it.
My mom found my weed and I told her it was my friend's.
I put vodka in my water bottle for the dance.
There's a bottle of tequila in my locker.
We're going to get wasted at the lake after the game.
Let's get high before the assembly, it'll be hilarious.
I ate an edible during 2nd period and everything is melting.
I smoked a blunt in the bus line lol.
I've been vaping so much I can't get through one class without a hit.
I need a hit so bad, I'm shaking.
We sneak beers into the football games in our hoodies.
Steal some of your dad's beer for Saturday.
My older brother buys us alcohol if we give him gas money.
I've been taking my grandma's pain pills.
I crushed up some pills and snorted them in the bathroom.
I tried coke for the first time at a party last night.
Somebody gave me a pill that was supposed to be a Percocet.
I do a line before practice, it makes me faster.
I'm rolling on molly at the concert tonight.
Who wants to do shrooms this weekend?
I've been drinking alone in my room every night.
I'm so hungover, I threw up in the gym bathroom.
I'm bringing a flask to prom.
Spike the punch at the winter formal, it'll be legendary.
I hot boxed my car in the student lot before school.
Ms. Calloway almost caught me vaping in the girls' bathroom.
I hide my vape in the ceiling tile in the bathroom.
The vape detector in the B hall bathroom is broken, go there.
I chew nicotine pouches all day in class and nobody notices.
I'm addicted to my nic and I'm only 14.
slang| who tryna smoke after school
slang| lowkey high asf in english rn
slang| pull up to the bathroom, we hittin the cart
slang| ngl im cooked, smoked b4 school
slang| got zaza in my bag, who wants to burn at lunch
slang| bro came to class faded lmao
slang| we finna get lit at the kickback, bring ur own liquor
slang| anyone got a dab pen
slang| my geek bar is dead, someone lemme hit urs
slang| ion wanna go to class sober
slang| bro poured lean in his sprite during lunch
slang| who got percs
slang| im blitzed on my dads whiskey
slang| rolling face rn lol
slang| tryna get zooted before the game
slang| i need my nic fix, meet me in the stall
slang| took 2 bars now i feel nothing
slang| we hittin the pen behind the gym
slang| tonight we geekin 🍄
algospeak| got the 🍃 for tonight
algospeak| who got the ❄️
algospeak| need some 🍁 asap
algospeak| we gon be 🔥💨 at lunch
algospeak| 💊💊 for the party, who wants
algospeak| sipping on the purple drank in 3rd period
algospeak| anyone got the green stuff for after school
algospeak| need some skittles (not the candy) for saturday
algospeak| going to the ice cream man after school if u know u know ❄️
algospeak| who wants to go on a trip tonight 🍄
plan| Friday after 6th period meet at the dugout, I'll bring the weed.
plan| Saturday night at Kesterline Park, bring the bottles and we'll drink by the pond.
plan| Tomorrow at lunch, the stairwell by the band room, I'll have the carts.
plan| Meet at my house at 8, my parents leave at 7:30, bring whatever you can find to drink.
plan| Before the homecoming dance we're pregaming at Jordan's, vodka and jello shots.
indirect| I'll be "relaxed" during the test tomorrow if you know what I mean.
indirect| Let's just say I won't be sober for the field trip.
indirect| Tell everyone the party is bring-your-own and you know what I mean.
indirect| My "allergy pills" make me feel amazing, want one?
adult-formal| I'll supply the alcohol for the team party at my house, the kids just need to keep it quiet.
adult-formal| As a parent I'm fine with the boys drinking beer at my house after the game, tell them to come by.
adult-formal| I'll host the after-prom; I'm providing the beer, so take the car keys from the kids when they arrive.
typo| got drunk befor scool again
typo| who has weeed for tonite
typo| im so hihg in class rn
no-punct| i need a vape pen who has one
no-punct| we are getting drunk saturday at the lake
no-punct| i took some pills at lunch and i feel weird
emoji| 🍃💨 after school?
emoji| party at mine saturday 🍻🍾 bring more
emoji| so faded rn 😵‍💫💨
emoji| vape in my sleeve 😎💨
leet| w33d after schl
I've been mixing pills with alcohol to sleep.
He passed out in the bathroom after drinking too much at lunch.
Someone left a bag of weed in the library book return.
We found a vape under the seat on bus 22 and kept it.
I bought a vape from a gas station that doesn't check ID.
I can't make it through a day without a drink anymore and I'm 16.
I stole a bottle of wine from the grocery store for the sleepover.
I put weed brownies in the bake sale tray as a prank.
I'm the only one in my friend group who doesn't smoke, so I'm going to start tonight.
Ketamine at the rave was crazy.
I'm going to try acid at the festival.
She's been popping pills since sophomore year.
He snuck his mom's wine into the movie theater.
I gave my little brother a hit of my vape.
Who wants to split a bottle of fireball Friday?
""")

# more substance
block("substance", "plain", """
I'm stressed so I'm going to get drunk tonight, again.
My friends and I drink in the woods behind the middle school every Friday.
I keep a bottle of rum in my car for after practice.
We're smoking in the dugout after the JV game.
Somebody brought a bong to the sleepover.
I got caught with a vape by the security guard but he didn't take it.
Vaping in the back of the bus is easy, the driver never looks.
My dealer says he'll have more carts on Monday.
I need to find someone who can get me pills before finals.
I faked a prescription to get more pills.
I drink cough syrup to get high.
We huffed the whipped cream cans in the kitchen.
I started smoking cigarettes to fit in with the seniors.
Put the edibles in a Ziploc and bring them on the field trip.
I'm going to take my dad's sleeping pills and see how it feels.
Let's get drunk before the field trip, the chaperones won't notice.
I'm on something right now, I can't feel my face.
I snuck out last night to smoke with the guys from Westbrook.
I'm pretty sure half the team was high at practice.
I have a THC pen that looks like a highlighter so teachers don't know.
My vape looks like a USB drive so I hit it in class.
I smoked so much I fell asleep in the nurse's office.
If you want to get drunk at the dance, the bathroom by the gym has a bottle in the trash can.
I buy vapes from a kid in the parking lot every week.
I'm not going to the party unless there's alcohol.
slang| whos tryna get crossfaded saturday
slang| ima be tweakin if i dont hit my vape soon
slang| lmk if anyone got a plug for carts
slang| we got a handle of henny for the kickback
slang| im lowkey addicted to my puff bar
slang| bro was geekin off a perc in 5th period
slang| meet at the bleachers, bring the zaza
slang| got drunk at lunch, its giving chaotic
slang| someone bring the nic to practice pls
slang| i be sippin in the morning just to get thru the day
slang| ur the plug now? send the menu
slang| baked before the field trip lol
slang| cant find my dab pen, did u take it
algospeak| bringing the special brownies to study group 🍫🍃
algospeak| we gonna be flying at the dance ✈️🍃
algospeak| who wants to get lifted tmrw
algospeak| need that ❄️ for the weekend
algospeak| lets go visit mary jane after school
typo| im so durnk rn
typo| who wnats to smoke aftr school
no-punct| bring the vodka in a water bottle to the game
no-punct| i got the carts in my locker
emoji| happy hour in the bathroom 🍺🍺
emoji| 💨💨 in the stairwell after 3rd
plan| Tonight 10pm at the quarry, I'm bringing shrooms for everyone.
plan| After the SAT on Saturday we're getting wasted at Devon's, his parents are in Florida.
plan| Next Friday, 7th period study hall, bathroom by the library, vape session.
I need a few Xanax to get through the week.
I found my brother's stash and took some to school.
I'm going to spike my drink at the homecoming dance.
We got the 16 year olds beer from the gas station on Route 12.
Mixing vodka with energy drinks before basketball practice.
I took two Adderall and haven't slept in two days.
Passing a vape around during the movie in history class.
I'm microdosing mushrooms during school this week.
He overdosed at the party but he's fine now, we're doing it again Saturday.
I vape in my room with the window open so my parents don't smell it.
""")

# ---------------------------------------------------------------------------
# SUBSTANCE + SOLICITATION (dealing)
# ---------------------------------------------------------------------------
block("substance+solicitation", "dealing", """
Selling carts, $25 each, DM me.
I'm selling vapes at school, $15 for a disposable, $25 for two.
Who wants to buy weed? I got eighths for 30.
I've got Adderall for sale, $5 a pill, finals week special.
Selling my extra Xanax, hit me up on Snap.
Dm me if you need edibles, I deliver to the bus loop.
I sell nic pouches out of my locker, a can is 10.
Got a new shipment of geek bars, first come first served.
I'll sell you a bottle of vodka for 40, meet me after school.
Anyone want to buy shrooms? Good price.
I'm the plug now, text me for the menu.
Pre-rolls for $10, I'm at the skate park after 4.
Buy two carts get a free battery this week only.
My cousin sells pills, I can get you whatever you want.
Selling my mom's leftover Percocet, $20 each.
I have a fake ID guy if you want to buy alcohol.
I can get you vodka if you pay me $20 extra.
slang| plug got zaza, 30 a 8th, hmu
slang| selling vapes, all flavors, cashapp only
slang| got percs and bars, text me
slang| carts 2 for 45 this week only, lmk
slang| who need nic? i got pouches n disposables
slang| new menu dropped 🍃💊 dm
slang| i got the gas, 20 a gram, pull up to the bleachers
slang| need a plug? im ur plug
slang| dab pens for sale no cap, cheaper than the smoke shop
slang| got lean, got bars, got whatever u need
algospeak| 🍃🍄💊 menu in my story, dm to order
algospeak| 🔌 here, snap me for the ❄️
algospeak| selling 🍫 (the special kind) 15 each
plan| Meet me in the 2nd floor bathroom during 4th, I'll have the carts, bring cash.
plan| Drop-off at the corner of Elm and Birch at 7:45, venmo first.
plan| I'll leave the weed in locker 318 once you pay, combo is in your DMs.
adult-formal| I can supply alcohol for your son's party for a fee, no questions asked.
typo| sellin vapes dm me for prces
no-punct| selling carts and pens cash or venmo text me
emoji| vapes for sale 💨💰 dm me
emoji| new flavors in 🍓🍉💨 $15
Starting a vape business at school, I already have regulars.
I'll front you the weed this week, pay me back Friday.
Looking for people to sell vapes for me at other schools, you keep 20%.
Half price pills for anyone on the team.
""")

# ---------------------------------------------------------------------------
# GAMBLING
# ---------------------------------------------------------------------------
block("gambling", "betting", """
I bet 50 bucks on the Tigers tonight.
Put $20 on the over for me, I'll pay you back Monday.
Who wants to bet money on the basketball game Friday?
I've got a five-leg parlay going, if it hits I'm rich.
My parlay missed by one leg again, I'm down 200 this week.
I lost my whole paycheck on the betting app last night.
Bet you $10 Coach benches Marcus in the first quarter.
I put my birthday money on the Super Bowl spread.
Spread is -3.5, I'm taking the points for $40.
I'm up $300 on the betting app this month.
I used my brother's account to bet on the game since I'm not 21.
I need to win back what I lost on the app tonight.
Let's pool our money and put it all on one parlay.
Everybody throw in $5 and we'll bet it on the Lions moneyline.
I'm running a betting pool for the March tournament, $20 buy-in, winner takes all.
Bracket pool is $10 a sheet, cash to me by Thursday.
I'm taking bets on who wins the homecoming king, 3 to 1 on Jake.
Odds on the fight at lunch: 2 to 1 Devon wins, who's in?
I'll give you 5 to 1 odds that Mr. Halvorsen is late again, $5 minimum.
Betting $20 the fire alarm goes off during the test.
I put my car payment on red and lost.
I went to the casino with a fake ID and won 400.
I'm going to the casino this weekend with my cousin's ID.
Online slots took all my savings.
I've been playing online blackjack in class on my phone.
I stay up until 3am on the casino app and I can't stop.
I sold my sneakers to have money to bet with.
I borrowed money from my mom's purse to cover my bets.
I owe a kid from Westbrook $150 from a bet and he wants it Friday.
I'm chasing my losses, one more bet and I'm even.
Bet on the first team to score, I'll cover the vig.
The live odds on the Rams just flipped, bet now before it changes.
I hit a same game parlay for $800 off a $10 bet.
Put everything on the underdog, the line is +450.
The poker game in the band room is $10 buy-in, cash only.
We play poker for real money in the back of the bus.
I lost $60 at the poker game at Tyler's house.
Dice game behind the gym at lunch, bring cash.
Shooting dice for money in the bathroom after 5th period.
I'm betting my lunch money on the dice game again.
Coin flip for $20, double or nothing?
Double or nothing on the next free throw.
Let's wager on who gets the higher grade, $10 a point.
I bet Ms. Reyes' class $50 they'd lose the spelling bee.
My uncle places bets for me because I'm underage.
I made a fake account on the sportsbook with my dad's info.
The betting app gave me a $100 bonus bet for signing up.
I deposited another $50 even though I promised I'd stop.
I've lost over a thousand dollars on sports betting this year.
I keep betting on the games to make the season more exciting.
Anyone got a promo code for the betting app? Free bets are free money.
I'm using my debit card to bet on the hockey game in study hall.
slang| lock of the day: wildcats ML, slam it
slang| who tryna bet on the game tn, 20 a head
slang| my parlay cooked me again 😭 down 80
slang| tail my picks, easy money
slang| i got a 6 leg hitting, sweat it with me
slang| bet 10 u cant make that shot lol cash only
slang| put a dub on the bulldogs for me
slang| shooting dice after school bring ur money
slang| free bet just dropped on the app, hammer the over
slang| im on a heater, 5 bets in a row
slang| gonna chase it tonight, one more parlay then i stop fr
slang| whos in the pool, 10 a square
slang| slots app got me down bad
slang| im bout to go all in on the home team
slang| hit the over fr, line too low
slang| lost my whole stimmy on a parlay smh
slang| put my venmo on the dice game
algospeak| sweating a 🔒 parlay rn
algospeak| 🎰🎰 all night, down 300
algospeak| 💸 on the over, LFG
algospeak| playing the spicy numbers game on my phone again, down 50
plan| Friday night at Jordan's basement, poker for money, $25 buy-in, bring cash.
plan| Saturday at noon we're all putting $20 in for the game, I'll place the bet from my brother's account.
plan| Bring your money to the courtyard tomorrow at lunch, I'm taking bets on the arm-wrestling match.
plan| Super Bowl squares are $5 each, sheet is in my locker until Friday.
adult-formal| I've organized a wager among the teachers on the state championship, $20 per person.
adult-formal| Parents, the fantasy league buy-in is $100 and the winner takes the pot.
adult-formal| Coach is running a pool on the playoff games for the boosters, $50 a ticket, cash only.
adult-formal| I lost our rent money at the casino again and need an advance on my paycheck.
typo| i bet 20 on the gmae tonite
typo| my parly hit lets goooo
typo| who wnats to bet on the fite
no-punct| bet 50 on the over tonight
no-punct| i lost 300 on the app this weekend
no-punct| poker in the band room 10 dollar buy in
emoji| parlay hit 💰💰🎉
emoji| 🎲🎲 behind the gym, bring $$
emoji| all in on the underdogs 🐶💸
emoji| casino night at my house 🎰🃏 real money
leet| b3t 20 on the g4me
I'm going to bet my whole tax refund on the championship.
Last week I bet on college games I didn't even watch.
I'm addicted to gambling and I'm only 17.
I have three betting apps and I use all of them in class.
Let's make the game interesting, $10 says they lose by 20.
I'm setting the line at 7 points, who wants to take it?
Make your picks and Venmo me $15 by kickoff.
Dude, bet on the esports tournament, the odds are crazy.
I bet my whole skin inventory on a coin flip site.
I won $200 on a skins gambling site and cashed it out.
Case-opening sites are basically slots, and I spend all my money there.
Roulette for real money on this crypto casino, no ID needed.
I bet on the presidential debate just for fun, won $40.
Prop bet: Coach throws his clipboard, $5, I'm taking action.
Let's bet on how long the substitute lasts before crying.
Put $25 on the boxing match for me, my account's frozen.
I bet $100 on the horse race at my uncle's, and I'm 15.
Scratch-offs every day before school, I'm going to hit big.
I took money from my grandma's drawer to buy more scratch-off tickets.
I bought $60 in lottery tickets instead of my textbook.
""")

# ---------------------------------------------------------------------------
# GAMBLING + SOLICITATION (promoting betting)
# ---------------------------------------------------------------------------
block("gambling+solicitation", "pitch", """
Sign up for BetBlitz with my code and we both get $50 in free bets.
Join my betting group chat, I post locks every day, $20 a month.
Buy my picks, 80% win rate, $10 a slip.
Download LuckyStack Casino, first deposit doubled, use my link.
Want to make easy money? Bet the parlays I send you and give me 10% of the winnings.
I'm taking bets for anyone under 21, I'll place them on my account for a cut.
Looking for people to run a betting pool at their school, you keep 15%.
Free spins on SpinVault if you sign up with my referral, no ID needed.
VIP sports picks, guaranteed winners, DM me to subscribe.
Run a poker game with me, we take 10% of every pot.
I'll be your bookie, DM me your bets and I'll give you better odds than the apps.
slang| tail my locks for 5 a slip, ez money
slang| my code gets u 100 free, use it on the app tn
slang| i run the book at school now, dm for lines
slang| vip chat for parlays, 15 a month, we been hitting
algospeak| 🎰 new casino app dropping bonuses, my link in bio
plan| Send me $20 by Friday and I'll put it on the game for you, I pay out Monday.
adult-formal| Earn passive income with our sports-betting syndicate; minimum contribution is $500.
adult-formal| Parents, our crypto casino offers a 200% welcome bonus, click the link below to join.
emoji| 🔥 FREE BETS 🔥 use code ACE for $100 💸
Join the Discord for daily betting tips, first week free then $25.
Become an affiliate for the sports betting app, earn $50 for every friend who signs up.
I'll teach you my betting system for $40, I made $2,000 last month.
""")

# more gambling
block("gambling", "betting", """
Five bucks says you can't eat that whole pizza, pay up if you lose.
Loser of the bet owes $20 by Friday, no excuses.
I'm down $400 this month and I'm going to win it back tonight.
I'm hiding my betting losses from my parents.
I canceled my gym membership so I have more money to bet with.
I told my mom the money was for a field trip but I put it on the game.
My friends and I bet on every NBA game during lunch.
I have a bet on the game tonight so I'm skipping practice to watch.
I'm betting on the JV game, it's easy money because I know the players.
We bet on whether the lunch pizza will be cold, $1 a round.
I bet the new kid $50 he couldn't jump off the roof of the shed.
I'll bet you my PS5 that we win state.
Over/under on how many times Mr. Okafor says "folks" today, $5 a bet.
I put $200 on a 12-leg parlay, pray for me.
Got a bonus bet from the app, gonna use it on the late game.
Sports betting is how I pay for my car.
I can't stop checking the odds in class.
My phone is full of casino apps and I'm in debt to two kids at school.
I pawned my grandpa's watch to cover my gambling.
Betting on the chess club tournament, Ava is a lock.
I've got $30 riding on the wrestling match after school.
Anyone want to bet on the fight that's happening at 3?
Put a hundred on the Hawks moneyline for me, I'll pay you after.
The line moved, I'm going to hammer it before it goes back.
My bookie says I have until Monday to pay.
Last night I lost $250 on live betting during the second half.
I'm taking over the office pool this year, $25 entry, cash in an envelope.
I play poker online for money during study hall.
I opened a sportsbook account with a fake birthday.
We're doing a money pool on which teacher quits first.
I've been betting on tennis matches at 2am.
slang| put 20 on the over 4 me, i got u tmrw
slang| who wanna run it back, double or nothin
slang| parlay szn, 4 legs, lets eat
slang| bookie on my line asking for his bread
slang| cant stop spinning the slots app fr
slang| 50 on red, lets ride
slang| this line is free money, take the under
slang| yall tryna bet on the lunch fight or nah
slang| i got action on every game tonight
slang| lost it all on the last leg bruh 💀
slang| blackjack on my phone in health class lol
typo| i bet evrything on the spred
typo| lost my paychek on the casino app again
no-punct| put 10 on the rams for me
no-punct| who wants to shoot dice for money at lunch
emoji| 🏀💵 who's betting on tonight
emoji| slip looking good 🤑 2 legs left
emoji| down bad on the slots 🎰😭
plan| Monday at 3:30 in the parking lot, loser of the free throw contest pays $50.
plan| Tonight 8pm my house, $20 buy-in texas hold'em, real money, bring friends.
plan| Next Saturday we're driving to the casino in Pine Hollow, Cody's brother has IDs for us.
adult-formal| Staff members interested in a friendly wager on the rivalry game may place $10 with me in room 12.
adult-formal| The booster club will host a casino night with real-money blackjack tables for students.
adult-formal| My son has lost significant money on an online sportsbook and is now betting on classmates' games.
I'm the bank for the squares, send money to my Venmo.
I won big on a crash game and I'm putting it all back in.
Buying loot boxes with real money every day until I get the skin, I've spent $600.
I bet on my own team to lose, easy money.
I bet the whole team's fundraiser money on the game.
""")

# ---------------------------------------------------------------------------
# SOLICITATION
# ---------------------------------------------------------------------------
block("solicitation", "pitch", """
DM me to buy, limited stock.
I'm selling candy out of my locker, $2 each, cheaper than the vending machine.
Selling homework answers for every unit, $5 a worksheet.
I'll write your essay for $30, any subject, any length.
Need your English paper done? $10 a page, A guaranteed.
I sell finished lab reports for chemistry, $15 each, just Venmo me.
I have the answer key for the algebra final, $20, DM me.
Selling test answers for Mr. Halvorsen's history test tomorrow.
I'll take your online quiz for you for $10.
Paying someone to do my college essays, or I'll do yours for $100.
I'm selling my Spanish notes and study guides, $8 for the bundle.
Buy my fake Jordans, they look real, $40.
Selling knockoff AirPods in the bathroom, $25.
Reselling concert tickets, $60, DM me.
I'm selling my brother's old phone, no questions asked, $80.
Selling stolen gift cards at 50% off.
Want to make $500 a week from your phone? Ask me how.
I make $2,000 a month from home with this one simple trick, DM me.
Join my team and be your own boss!
I'm looking for motivated people to join my business, message me for details.
Hey girl! I have an amazing opportunity for you, are you open to making extra income?
I'm recruiting students to sell my skincare line, you earn on everyone you sign up.
Sign up under me and you'll get a starter kit for only $199.
If you recruit three friends, your membership pays for itself.
This isn't a pyramid scheme, it's a business opportunity.
Invest $100 in my crypto coin and you'll have $1,000 by summer.
Buy this new coin before it goes to the moon, I'm not kidding.
I'll double your money in a week, just send it to my Cash App.
Send me $50 and I'll turn it into $500 with my trading bot.
My uncle's investment fund pays 20% a month, guaranteed.
Crypto presale is live, use my link to get in early.
I'm running a forex signals group, $30 a week for guaranteed profits.
Give me your lunch money for a week and I'll give you double back at the end of the month.
Congratulations! You've won a $500 gift card. Click here to claim.
Your account has been suspended, buy four $100 gift cards and send the codes to reactivate it.
This is the principal, I need you to buy five Apple gift cards for a staff surprise and email me the codes.
Hi, I'm stuck in a meeting, can you buy some gift cards for me? I'll reimburse you today.
You've been selected for a scholarship, just pay the $75 processing fee.
Pay $40 for the summer internship registration and we'll place you at a top company.
I'm selling followers, 1,000 for $10.
Buy likes for your TikTok, cheap, DM me.
I'll sell you my account with 10k followers for $200.
Selling V-bucks cheap, just give me your login.
Selling game accounts with rare skins, PayPal only.
I sell custom hoodies, $45, order by Friday, Cash App me.
slang| dm me to buy 💯
slang| got slime for sale 5 a tub, hmu at lunch
slang| writing essays for the low, 20 a pop
slang| need ur hw done? i gotchu for 5
slang| test answers for sale, snap me
slang| selling fake ids, 100, look legit
slang| lmk if u want in on my crypto thing, ez money
slang| i got the plug on reps, jordans 50
slang| yo my side hustle paying fr, join my team
slang| drop me $20 and ill flip it to 200 by friday
slang| selling my notes for every class, venmo only
slang| candy, chips, energy drinks outta my bag, cheaper than the store
slang| i got gift cards for half off dont ask where from
slang| tap in w my trading group, we eating
slang| buying ur old phones, cash on the spot
plan| Meet me by locker 214 after 6th period if you want to buy the answer key, bring $20.
plan| I'll be in the courtyard at lunch selling the essays, cash or Venmo.
plan| Pick up your order at the bus loop tomorrow morning, $15 due on pickup.
adult-formal| Dear parent, I'd love to tell you about an exciting home-based business opportunity with unlimited earning potential.
adult-formal| As a fellow parent, I'm inviting you to a free webinar on how to retire early with crypto.
adult-formal| I am a private tutor who guarantees As; payment of $300 up front secures your child's essay.
adult-formal| Our essay-writing service is trusted by thousands of students; reply with your assignment for a quote.
adult-formal| Exclusive investment opportunity for teachers: 15% monthly returns, minimum $1,000.
adult-formal| Kindly purchase Google Play gift cards worth $500 and send me the pictures of the back of the cards.
adult-formal| We are contacting you regarding your outstanding balance; pay with iTunes gift cards today to avoid legal action.
adult-formal| I'm a certified wellness coach and I'm looking for three moms to join my team this month.
adult-formal| You have been pre-approved for a student loan forgiveness program; send $199 to begin.
typo| selling essys for 20 dm me
typo| buy my crypro coin before it moons
no-punct| dm me if you want to make money from home
no-punct| selling homework answers five dollars each
emoji| 💰💰 make money fast 💰💰 dm me
emoji| essays for sale ✍️💵 any subject
emoji| 🚀🚀 new coin, get in now 🌕
emoji| my store is open 🛒 dm to buy
I'm selling raffle tickets for my own car, $10 each, not for school.
Buy my mixtape for $5, help a brother out.
I'm charging $3 to use my charger at lunch.
I'll sell you a seat at my lunch table for $5 a week.
I sell hall passes, $2 each, they're real.
I'll sell you my spot in the lunch line for a dollar.
I'm selling the school's laptops that I took from the cart.
Selling answers to the state test, got them from my cousin who took it.
Who wants to buy a doctor's note to skip class? $15.
I'll hack your grades for $50.
Investing in my NFT collection is the best decision you'll make this year.
Put your savings into my dropshipping store and I'll split the profits.
Learn my system for making six figures from a laptop, course is $97.
I'm looking for students to promote my brand on their socials, you get paid per signup.
Message me the word START for the details of how I made $4,000 in one week.
Send me your bank info and I'll deposit $500 you just have to send back $400.
Cash App flip: send $50, get $500 in an hour.
Become a brand ambassador, just buy the $150 starter pack first.
""")

# more solicitation
block("solicitation", "pitch", """
I'm starting a business selling phone cases at school, preorder now, $12.
Selling my AP Bio flashcards and past tests, $25 takes all.
Looking for someone to take my driving test quiz for me, will pay $40. Or I'll take yours.
I write discussion posts for online classes, $5 each, turnaround 1 hour.
Coding assignments done for $20, I'll make it look like you wrote it.
I'll do your whole summer reading packet for $35.
I sell ready-made science fair projects, $60, comes with the poster.
Need community service hours signed? $10 per hour, I know a guy.
Selling a stack of old quizzes from Ms. Whitcombe's class, same questions every year.
Anyone want a custom portrait? $15, payment up front.
I'm selling bracelets for my own business, $5 each or 3 for $12.
I can get you a discount code for anything, $5 per code.
I'm the middleman for sneaker resales, 10% fee.
Selling my prescription glasses frames, brand new, $30.
Buy my used textbooks before the bookstore does, cheaper.
Ask me about my essential oils, they cure anxiety and I'm looking for sellers.
Only 5 spots left on my team, ladies, DM me before they're gone!
Work from home, set your own hours, earn unlimited income selling leggings.
My mentor made six figures in his first year, and he'll mentor you for $500.
Buy in at $250 and recruit two people, they each recruit two, and you retire by 25.
Earn points by signing up friends, the more you recruit the more you make.
I'm a top seller in my upline, join my downline and I'll train you.
Pay $20 to join the gifting circle and you'll get $160 back when your row fills up.
The money blessing loom: put in $100, get $800 once you move to the center.
Put your paycheck into my trading account, I return 3% a day.
My AI trading bot never loses, invest today with just $50.
Crypto mining rig shares for sale, daily payouts guaranteed.
Buy the dip with me, I run a private signals channel, first month $49.
Scan the QR code to claim your free bitcoin.
Airdrop alert: connect your wallet to get free tokens.
Bank of Westfield notice: confirm your account by paying a $5 verification fee.
Your package is on hold, pay $2.99 to release it at this link.
I'm a prince's lawyer and need your help moving money, you'll get 30%.
Hey, it's your cousin, I lost my phone, can you buy me a $200 Steam card and send the code?
Hi sweetie, it's Grandma, I'm in trouble and need you to get gift cards, don't tell your parents.
Buy my course on dropshipping, it's how I make $10k a month at 16.
Join my affiliate program, share my link, and get paid for every click.
Selling Roblox accounts and Robux, cheaper than the store, trust me.
Pay me in Robux and I'll give you admin on my server.
Giving away free iPhones, just pay shipping $9.99.
slang| tap in, my mentor gon change ur life, only 300 to start
slang| who tryna make bread? i got a side hustle for u
slang| selling fits outta my trunk, pull up
slang| cheap airpods (dont ask), 30
slang| i do essays, u just send the prompt n the cash
slang| buyin and sellin sneaks, dm me ur size
slang| crypto group chat link in bio, we up 400%
slang| venmo me 10 n ill send the answers tn
slang| yo i got a way to get free money, send me 20 first
slang| homework service open 24/7, fast n cheap
algospeak| making 💵 online, ask me how 👀
algospeak| 📈 1000x coin, dont fade this
algospeak| side hustle 💼 earning 4 figs/week, dm 'info'
no-punct| selling my study guides for every test dm me
no-punct| i will write your paper for money any topic
no-punct| join my team and make money from home
typo| sellng answr keys for the final
typo| invst in my bisness and get rich
emoji| 🎁 free gift card 🎁 click link in bio
emoji| 👟 reps for sale 👟 $45
emoji| 📚 homework help 💵 cheap
emoji| join my team girlies 💅💸 link in bio
plan| Bring $15 to the library at 7:30 tomorrow if you want the finished lab write-up.
plan| I'm setting up a table at the bus stop Friday to sell vape-free "energy candy" and bracelets, cash only.
plan| Venmo me by Sunday night and I'll have your essay in your inbox by Monday 7am.
adult-formal| Dear teacher, we offer complete lesson packs and graded essays for your students at a discount.
adult-formal| I am reaching out to staff about an opportunity to earn residual income through our nutrition line.
adult-formal| Our company is seeking student representatives to sell our energy drinks to classmates.
adult-formal| Please wire the remaining $3,000 to the account below to secure your child's spot at our elite camp.
adult-formal| Congratulations, your school email was selected for a $1,000 reward; submit your card details to claim it.
adult-formal| Hello, I am from the district IT department; send me your password and a $50 fee to keep your account active.
""")

# more gambling
block("gambling", "betting", """
I just need one more big win and I'll pay everyone back.
Who wants in on a $10 bet that the assembly runs late?
Took all my paycheck to the card room downtown.
My friends are betting on which couple breaks up first, $5 a pick.
I bet $30 on the robotics match, don't let me down.
Bet me $20 I can't beat you in a 1v1, winner gets paid at lunch.
Betting on the Fortnite match, $10 to whoever wins, Venmo.
I keep betting my allowance and losing it the same day.
My dad doesn't know I use his card on the casino site.
We're betting real money on the spelling bee finals.
Call it, heads or tails, $50.
slang| tryna run a 5 dollar game of spades for money at lunch
slang| bet 20 im taller than ms reyes
slang| put it all on the over, trust
typo| betting 50 on the bakstball game
no-punct| loser pays 20 dollars by friday
emoji| 🎲 dice after school, $5 minimum 💵
""")

# more self-harm
block("self-harm", "plain", """
I've started hurting myself again and I don't want to stop.
I'm going to make it look like an accident.
I'm going to hold my breath in the bath until it's over.
I deserve to suffer, so I make myself suffer.
I wrote letters to my parents and hid them in my desk for after.
I'm putting my affairs in order this weekend, if a 15 year old can have affairs.
I'm not going to my surgery follow-up because I'm not going to be alive.
I gave my little brother my Switch because I won't be using it anymore.
I'm walking into traffic after school.
Please just let me die.
I don't want help, I just want to be gone.
I'm so close to ending it.
slang| fr bout to off myself
slang| i cant keep doing this bro im done done
slang| ima jump tonight, no cap
algospeak| unaliving myself before finals lol not lol
algospeak| time for the big sleep, goodnight forever
no-punct| i dont want to wake up tomorrow and i made sure i wont
emoji| last post 🖤 love yall
goodbye| Sorry Mom. Sorry Dad. I love you. Goodbye.
goodbye| Make sure Kayla gets my sketchbook. I won't be needing it.
""")

# more weapons
block("weapons", "plain", """
I stole a gun from my uncle's truck.
I ordered a gun kit online that comes without a serial number.
My friend and I are building a bomb in his basement for fun.
I hid my dad's rifle in the woods behind the school.
My older cousin taught me how to load his pistol this weekend and I'm keeping it.
I keep a box cutter in my backpack every day.
slang| catch me w the switchblade in my pocket at lunch 😎
slang| he got the glizzy on him (not the hot dog)
slang| got a pole in the whip, don't trip
no-punct| my brother hid his gun in my backpack
emoji| new toy 🔫 lol
""")


# ===========================================================================
# COMPOSED SENTENCES: hand-written fragments combined (who / what / when /
# where), so that plans, offers and pitches come with many concrete details.
# A capped number per group is drawn; these count as base sentences.
# ===========================================================================
WHEN = ["friday at lunch", "monday after 6th period", "tomorrow before first bell",
        "thursday during passing period", "right after the pep rally", "next tuesday at 10:40",
        "tomorrow at 8:15", "on the last day before break", "during the spring assembly",
        "wednesday after the late bus", "saturday night after the game", "tonight at 9",
        "this friday during 4th period", "during homeroom on monday", "after practice tomorrow",
        "during the fire drill thursday", "at dismissal today", "first thing monday morning"]
WHERE = ["in the cafeteria", "by the bike racks", "in the B hallway", "behind the gym",
         "in the library", "at the bus loop", "in the boys locker room", "outside room 214",
         "in the courtyard", "by the vending machines", "in the band room", "under the bleachers",
         "in the student parking lot", "at the front entrance", "on the second floor stairwell",
         "in the science wing", "by the portables", "at the skate park on Elm"]
THREAT_ACTS = ["I'm going to hurt everyone who laughed at me", "we're jumping Devon",
               "it all goes down, stay away", "I'm making them pay",
               "I'm finally getting my revenge", "somebody is getting put in the hospital",
               "we're beating up the new kid", "he gets what's coming to him",
               "I'm taking care of the people on my list", "Ms. Pennington is going to regret failing me",
               "everybody who snitched is getting hurt", "I'm ending this for good and taking them with me",
               "we catch Marcus and he doesn't walk away", "the whole grade is going to learn a lesson in pain",
               "I'm going to attack whoever's there"]
WEAPON_NAMED = ["my dad's 9", "my uncle's rifle", "my brother's knife", "the glock", "the blade",
                "my stepdad's pistol", "the shotgun from the garage", "the strap", "the switchblade",
                "my grandpa's revolver", "the machete", "the pipe bomb I made", "the box cutter",
                "my cousin's AR", "the loaded pistol"]
WARNINGS = ["dont go to 3rd period", "stay out of the gym", "sit by the door if you want to live",
            "dont come to lunch", "tell your friends to stay home", "skip the assembly",
            "you've been warned", "don't be in the main hallway", "you'll want to be absent",
            "pray you're not in my class", "don't sit near me", "stay home if you're smart"]
HIDE = ["in my backpack", "in my locker", "in my hoodie pocket", "under my bed",
        "in the glovebox", "in my gym bag", "taped under my desk", "in my sock",
        "in my pencil case", "in the trunk of my car", "behind the ceiling tile in the bathroom"]
HAVE = ["I got", "I've been carrying", "I snuck", "I have", "I stashed", "I'm keeping", "I just hid", "I brought"]
WEAPON_PLAIN = ["my dad's glock", "a knife", "a loaded gun", "my brother's switchblade",
                "a box cutter", "my uncle's pistol", "brass knuckles", "a taser", "a machete",
                "a homemade pipe bomb", "bullets", "my grandpa's revolver", "a ghost gun"]
SH_PLANS = ["I'm taking all my pills", "I'm going to end it", "I'm going to jump off the parking garage",
            "I'm going to kill myself", "I'm going to cut until it's over", "I won't be alive anymore",
            "I'm walking into the lake", "I'm going to hang myself in the garage", "I'm going to overdose",
            "I'm done living", "I'm going to unalive myself", "I'm going to step in front of the train"]
SH_WHEN = ["tonight", "after everyone goes to sleep", "this weekend", "on friday", "after my last exam",
           "before my birthday", "when my parents leave for work", "after school tomorrow",
           "at midnight", "once the holidays are over", "sunday night", "right after I send this"]
GOODBYE_TO = [("my sister", "her"), ("my mom", "her"), ("my little brother", "him"), ("Grandma", "her"),
              ("Kayla", "her"), ("my best friend", "him"), ("Ms. Abernathy", "her"), ("Coach Ruddick", "him"),
              ("my dad", "him"), ("everyone in the art club", "them"), ("my cousins", "them")]
GOODBYE_END = ["this is the last thing I'll send", "I won't be here tomorrow", "I'm sorry it had to end this way",
               "this is goodbye", "I won't be coming back", "I'm done with this world",
               "by morning it'll be over", "you won't hear from me again"]
HARASS_TARGETS = ["Kayla", "Tyler", "the new kid", "Aiden", "Priya", "Brandon", "Emma", "Jordan",
                  "that freshman", "Sophie", "Noah", "Madison", "Mr. Sandoval", "Leah"]
HARASS_INSULTS = ["is so ugly nobody can stand her", "is a worthless loser", "should just kill himself",
                  "smells like garbage", "is the biggest freak in the school", "has no friends for a reason",
                  "is too stupid to be in our class", "is a fat pig", "is a pathetic crybaby",
                  "should leave and never come back", "is a disgusting weirdo", "is a joke and everyone knows it"]
HARASS_ACTIONS = ["post the video of {t} crying", "leak {t}'s home address", "make a hate page about {t}",
                  "spread the rumor about {t}", "kick {t} out of the group chat", "send {t}'s embarrassing pics to everyone",
                  "spam {t}'s comments until they delete their account", "make fun of {t} at lunch until they cry",
                  "tell everyone {t}'s secret", "make {t} sit alone every day"]
HARASS_WHEN = ["tonight", "tomorrow", "before the dance", "every single day", "until they transfer",
               "at lunch", "on everyone's story", "after school"]
SEX_REQ = ["send me a pic without your shirt", "send nudes", "send a video in your underwear",
           "take your bra off on facetime", "send something spicy", "show me your body on cam",
           "send a pic in the shower", "send me a mirror pic with nothing on"]
SEX_PRESSURE = ["nobody will see it but me", "or I'll post the ones I already have", "if you really like me",
                "and delete this chat after", "don't tell your parents", "I'll send you $50",
                "everyone else does it", "or your whole school sees your pics", "I promise I won't screenshot",
                "it's our little secret"]
GROOM_SECRET = ["Don't tell your mom we talk", "Delete this chat after you read it", "Keep this between us",
                "Your parents wouldn't understand us", "Use the other app so nobody sees",
                "Tell everyone I'm just your tutor", "This is our secret, okay", "Don't mention me to your counselor"]
GROOM_OFFER = ["I'll buy you the new phone", "I'll pick you up after practice, come alone",
               "come to my apartment Saturday, just you", "I put $100 on your gift card",
               "I'll give you a ride and we'll take the long way", "meet me at the park at 10pm",
               "stay after class so we can be alone", "I'll get you those shoes if you send a selfie",
               "sneak out tonight and I'll wait down the street", "I got you a present, come to my car"]
SUB_OFFER = ["who wants to smoke", "I'm bringing the carts", "let's get drunk", "I'll have the weed",
             "bring the vodka", "we're hitting the vape", "I've got edibles", "who wants some pills",
             "let's get high", "I got the nic pouches", "we're taking shots", "I'll bring the shrooms"]
GAMB_STAKE = ["I put $20 on", "Bet $50 on", "I'm putting my paycheck on", "Everybody throw in $10 for",
              "I've got $100 riding on", "Parlay leg #4 is", "I just placed a bet on", "Take my $30 bet on",
              "I'm going all in on", "Put my birthday money on"]
GAMB_EVENT = ["the over tonight", "the homecoming game spread", "the Tigers moneyline",
              "the fight after school", "the underdogs +450", "the dice game at lunch",
              "the first team to score", "the playoff game with my brother's account",
              "the esports final", "the late game on the casino app", "the free throw contest",
              "the state championship line"]
SOL_PRODUCT = ["Essays", "Homework answers", "Concert tickets", "Test answer keys", "Fake IDs", "Lab reports",
               "Followers", "Reps of the new sneakers", "Gift cards", "Study guides",
               "Crypto presale spots", "Starter kits for my team", "Game accounts", "Candy and energy drinks"]
SOL_PRICE = ["$5 each", "$20 a pop", "half off today", "$10 a page", "2 for $25", "cheap",
             "$15, Venmo only", "$50, cash", "for the low"]
SOL_CTA = ["DM me to buy", "hit me up on Snap", "meet me at my locker after 6th", "link in bio",
           "text me for the menu", "first come first served", "Cash App me and I'll send it",
           "only a few left", "pay up front"]


def composed(rng):
    out = []

    def draw(n, labels, style, maker):
        seen = set()
        tries = 0
        while len(seen) < n and tries < n * 50:
            tries += 1
            s = maker()
            if s.lower() in seen:
                continue
            seen.add(s.lower())
            out.append((s, tuple(labels.split("+")), style))

    cap = lambda s: s[0].upper() + s[1:]
    draw(60, "threat", "plan", lambda: rng.choice([
        lambda: cap(f"{rng.choice(WHEN)} {rng.choice(WHERE)}, {rng.choice(THREAT_ACTS)}."),
        lambda: cap(f"{rng.choice(THREAT_ACTS)} {rng.choice(WHEN)} {rng.choice(WHERE)}."),
    ])())
    draw(60, "threat+weapons", "plan", lambda: rng.choice([
        lambda: f"bringing {rng.choice(WEAPON_NAMED)} {rng.choice(WHEN)}, {rng.choice(WARNINGS)}",
        lambda: cap(f"{rng.choice(WHEN)} {rng.choice(WHERE)} with {rng.choice(WEAPON_NAMED)}, {rng.choice(WARNINGS)}."),
        lambda: cap(f"{rng.choice(THREAT_ACTS)} {rng.choice(WHEN)}, and I'm using {rng.choice(WEAPON_NAMED)}."),
    ])())
    draw(55, "weapons", "plain", lambda: rng.choice([
        lambda: f"{rng.choice(HAVE)} {rng.choice(WEAPON_PLAIN)} {rng.choice(HIDE)}.",
        lambda: f"{rng.choice(HAVE).lower()} {rng.choice(WEAPON_PLAIN)} {rng.choice(HIDE)} lol dont tell anyone",
    ])())
    draw(45, "self-harm", "plan", lambda: cap(f"{rng.choice(SH_PLANS)} {rng.choice(SH_WHEN)}."))
    def goodbye():
        who, pron = rng.choice(GOODBYE_TO)
        return cap(f"tell {who} I love {pron}, {rng.choice(GOODBYE_END)}.")
    draw(30, "self-harm", "goodbye", goodbye)
    draw(35, "harassment", "plain", lambda: cap(
        f"{rng.choice(HARASS_TARGETS)} {rng.choice(HARASS_INSULTS)}, pass it on."))
    draw(35, "harassment", "plan", lambda: cap(
        "let's " + rng.choice(HARASS_ACTIONS).format(t=rng.choice(HARASS_TARGETS)) + " " + rng.choice(HARASS_WHEN) + "."))
    draw(35, "sexual", "plain", lambda: cap(f"{rng.choice(SEX_REQ)}, {rng.choice(SEX_PRESSURE)}."))
    draw(35, "sexual", "grooming", lambda: f"{rng.choice(GROOM_SECRET)}. {cap(rng.choice(GROOM_OFFER))}.")
    draw(60, "substance", "plan", lambda: cap(f"{rng.choice(SUB_OFFER)} {rng.choice(WHEN)} {rng.choice(WHERE)}."))
    draw(60, "gambling", "betting", lambda: f"{rng.choice(GAMB_STAKE)} {rng.choice(GAMB_EVENT)}.")
    draw(60, "solicitation", "pitch", lambda: f"{rng.choice(SOL_PRODUCT)} for sale, {rng.choice(SOL_PRICE)}, {rng.choice(SOL_CTA)}.")
    return out


# ===========================================================================
# SURFACE VARIANTS (how the same sentence shows up in real messages)
# ===========================================================================
TEXTING = [
    (r"\bI'm\b", "im"), (r"\bI am\b", "im"), (r"\byou're\b", "ur"), (r"\byour\b", "ur"),
    (r"\byou\b", "u"), (r"\bare\b", "r"), (r"\btomorrow\b", ["tmrw", "2moro", "tmr"]),
    (r"\btonight\b", ["tn", "2nite", "tonite"]), (r"\bright now\b", "rn"),
    (r"\bbecause\b", ["bc", "cuz", "bcuz"]), (r"\bwant to\b", "wanna"), (r"\bgoing to\b", "gonna"),
    (r"\bgot to\b", "gotta"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"), (r"\bwon't\b", "wont"),
    (r"\bdoesn't\b", "doesnt"), (r"\bisn't\b", "isnt"), (r"\bI'll\b", "ill"), (r"\bI've\b", "ive"),
    (r"\bthat's\b", "thats"), (r"\bit's\b", "its"), (r"\bwhat's\b", "whats"), (r"\bhe's\b", "hes"),
    (r"\bshe's\b", "shes"), (r"\bpeople\b", "ppl"), (r"\bplease\b", ["pls", "plz"]),
    (r"\bthough\b", "tho"), (r"\babout\b", "abt"), (r"\bbefore\b", "b4"), (r"\bwith\b", "w"),
    (r"\bsomething\b", "smth"), (r"\breally\b", "rly"), (r"\bseriously\b", "srsly"),
    (r"\beveryone\b", "every1"), (r"\bsomeone\b", "some1"), (r"\bokay\b", "ok"),
    (r"\bschool\b", ["skool", "school"]), (r"\bto be honest\b", "tbh"), (r"\bfor real\b", "fr"),
    (r"\bthanks\b", "thx"), (r"\bwhat\b", "wat"), (r"\bknow\b", "kno"), (r"\bthe\b", ["the"] * 6 + ["da"]),
    (r"\bgoing\b", "goin"), (r"\bnothing\b", "nothin"), (r"\bbrother\b", "bro"),
]
FILLERS_PRE = ["ngl ", "fr ", "bro ", "lowkey ", "yo ", "istg ", "tbh ", "deadass ", "ok so "]
FILLERS_POST = [" fr", " ngl", " no cap", " fr fr", " lol", " istg", " on god", " bruh", " tbh"]
EMOJI = {
    "threat": ["😈", "🔪", "💀", "😤", "👊", "🩸", "🔥", "⚠️", "🏫"],
    "weapons": ["🔫", "🔪", "💣", "😎", "🎒", "👀"],
    "self-harm": ["😞", "🖤", "🥀", "😔", "🕊️", "💔", "🪦", "😶"],
    "harassment": ["🤡", "🤢", "😂", "💀", "🙄", "🤮", "🚮", "🖕"],
    "sexual": ["😏", "👀", "🥵", "😈", "🍑", "📸", "🤫", "😘"],
    "substance": ["🍃", "💨", "😵‍💫", "🍻", "💊", "🍄", "🔌"],
    "gambling": ["💰", "🎰", "🎲", "💸", "🤑", "🔒", "🏀", "🏈"],
    "solicitation": ["💰", "💸", "🚀", "📈", "💯", "🔥", "👇", "📲"],
}
LEET = [(r"\bkill", "k1ll"), (r"\bgun", ["g*n", "gvn", "g-u-n"]), (r"\bshoot", ["sh00t", "sh**t"]),
        (r"\bdie\b", ["d1e", "d!e"]), (r"\bbomb", "b0mb"), (r"\bknife", "kn1fe"), (r"\bweed\b", "w33d"),
        (r"\bbet\b", "b3t"), (r"\bnudes\b", ["n00dz", "nud3s"]), (r"\bsex", "s3x"), (r"\bpills\b", "p1lls"),
        (r"\bsuicide\b", "su1c1de"), (r"\bcut", "cvt"), (r"\bdead\b", "d3ad"), (r"\bstab", "st4b"),
        (r"\bcasino\b", "c4sino"), (r"\bcrypto\b", "crypt0"), (r"\bmoney\b", "m0ney"), (r"\bpics?\b", "p1cs"),
        (r"\bdrunk\b", "drvnk"), (r"\bvape", "v4pe"), (r"\bhurt", "hvrt"), (r"\bugly\b", "ugl3"),
        (r"\bloser\b", "l0ser"), (r"\bnaked\b", "n4ked"), (r"\bparlay\b", "p4rlay")]
SPACED_WORDS = ["kill", "die", "gun", "bomb", "shoot", "knife", "stab", "hurt", "suicide", "dead",
                "nudes", "naked", "weed", "vape", "drunk", "pills", "bet", "casino", "parlay",
                "money", "crypto", "loser", "ugly", "kys", "kms", "essay", "cut", "blade", "pics"]
# word -> index of the letter that gets repeated ("so" -> "sooooo")
STRETCH = {"so": 1, "please": 5, "pls": 2, "bro": 2, "no": 1, "done": 3, "stop": 2, "die": 2,
           "lol": 2, "me": 1, "dead": 1, "go": 1, "now": 1, "hate": 1, "ugly": 3, "ur": 1,
           "u": 0, "omg": 2, "yes": 1, "tired": 1, "sorry": 4, "bye": 2, "goodbye": 6, "easy": 3,
           "money": 4, "fr": 1, "plz": 2, "high": 0, "free": 3, "help": 1, "cooked": 1, "loser": 1,
           "really": 5, "alone": 4, "why": 2, "lets": 1, "hot": 1, "hmu": 2, "cheap": 2, "ez": 1,
           "dude": 1, "yo": 1, "bet": 1, "rich": 1, "love": 3, "anymore": 6, "nobody": 5, "gone": 3}
KEYB = "qwertyuiopasdfghjklzxcvbnm"
NEIGH = {c: KEYB[max(0, i - 1)] + KEYB[min(len(KEYB) - 1, i + 1)] for i, c in enumerate(KEYB)}


def lower_nopunct(t):
    t = t.lower().replace("’", "'")
    t = re.sub(r"[.,!?;:\"()\[\]]", "", t)
    t = t.replace("'", "")
    return re.sub(r"\s+", " ", t).strip()


def texting(t, rng):
    s = t
    for pat, rep in TEXTING:
        if rng.random() < 0.7:
            r = rep if isinstance(rep, str) else rng.choice(rep)
            s = re.sub(pat, r, s, flags=re.I)
    s = s.lower()
    if rng.random() < 0.6:
        s = re.sub(r"[.!]$", "", s)
        s = re.sub(r"(?<=\w)[.](?= )", "", s)
    if rng.random() < 0.35:
        s = rng.choice(FILLERS_PRE) + s
    elif rng.random() < 0.4:
        s = s.rstrip(".!") + rng.choice(FILLERS_POST)
    return s


def typo(t, rng):
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if len(re.sub(r"\W", "", w)) >= 4]
    if not idx:
        return t
    for _ in range(1 if rng.random() < 0.7 else 2):
        i = rng.choice(idx)
        w = words[i]
        letters = [j for j, c in enumerate(w) if c.isalpha()]
        if len(letters) < 3:
            continue
        j = rng.choice(letters[1:-1]) if len(letters) > 2 else letters[0]
        op = rng.choice(["swap", "drop", "double", "neighbor"])
        if op == "swap" and j + 1 < len(w) and w[j + 1].isalpha():
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == "drop":
            w = w[:j] + w[j + 1:]
        elif op == "double":
            w = w[:j] + w[j] + w[j:]
        else:
            c = w[j].lower()
            if c in NEIGH:
                w = w[:j] + rng.choice(NEIGH[c]) + w[j + 1:]
        words[i] = w
    s = " ".join(words)
    return s.lower() if rng.random() < 0.6 else s


def emoji(t, labels, rng):
    pool = EMOJI[labels[0]]  # the first label in LABELS order sets the tone
    k = rng.choice([1, 1, 2, 2, 3])
    em = "".join(rng.choice(pool) for _ in range(k))
    base = t if rng.random() < 0.5 else lower_nopunct(t)
    return base + " " + em if rng.random() < 0.85 else em + " " + base


def caps(t, rng):
    s = lower_nopunct(t).upper()
    return s + rng.choice(["!!!", "!!", " !!!", "!!!!!", " NOW", " FR"])


def leet(t, rng):
    s = lower_nopunct(t) if rng.random() < 0.6 else t
    hits = [(p, r) for p, r in LEET if re.search(p, s, flags=re.I)]
    if not hits:
        return None
    rng.shuffle(hits)
    for p, r in hits[:rng.choice([1, 1, 2])]:
        rr = r if isinstance(r, str) else rng.choice(r)
        s = re.sub(p, rr, s, count=1, flags=re.I)
    return s


def spaced(t, rng):
    s = lower_nopunct(t)
    found = [w for w in SPACED_WORDS if re.search(r"\b" + w + r"\b", s)]
    if not found:
        return None
    w = rng.choice(found)
    sep = rng.choice([" ", " ", ".", ".", "-", "*"])
    return re.sub(r"\b" + w + r"\b", sep.join(w), s, count=1)


def stretched(t, rng):
    s = texting(t, rng) if rng.random() < 0.5 else lower_nopunct(t)
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if w in STRETCH]
    if not idx:
        return None
    i = rng.choice(idx)
    w = words[i]
    j = STRETCH[w]
    words[i] = w[:j] + w[j] * rng.randint(3, 6) + w[j + 1:]
    return " ".join(words)


VARIANT_KINDS = [("slang", 32), ("typo", 18), ("no-punct", 14), ("emoji", 16), ("caps", 6),
                 ("stretched", 6), ("leet", 5), ("spaced", 3)]


def make_variant(text, labels, rng):
    kinds = [k for k, _ in VARIANT_KINDS]
    weights = [w for _, w in VARIANT_KINDS]
    kind = rng.choices(kinds, weights)[0]
    if kind == "slang":
        v = texting(text, rng)
        if rng.random() < 0.25:
            v = emoji(v, labels, rng)
    elif kind == "typo":
        v = typo(text if rng.random() < 0.5 else texting(text, rng), rng)
    elif kind == "no-punct":
        v = lower_nopunct(text)
    elif kind == "emoji":
        v = emoji(text, labels, rng)
    elif kind == "caps":
        v = caps(text, rng)
    elif kind == "stretched":
        v = stretched(text, rng)
    elif kind == "leet":
        v = leet(text, rng)
    else:
        v = spaced(text, rng)
    return (v, kind) if v else (None, kind)


def key(text):
    k = re.sub(r"\s+", " ", text.lower()).strip()
    return re.sub(r"[\s.!?]+$", "", k)


# ===========================================================================
def main():
    rng = random.Random(SEED)
    rows, seen = [], set()

    def add(text, labels, style, origin):
        text = re.sub(r"\s+", " ", text).strip()
        k = key(text)
        if not text or k in seen:
            return False
        seen.add(k)
        rows.append({"text": text, "labels": [l for l in LABELS if l in labels],
                     "style": style, "_origin": origin})
        return True

    for text, labels, style in BASES:
        add(text, labels, style, "hand")
    for text, labels, style in composed(rng):
        add(text, labels, style, "composed")

    def counts():
        c = Counter()
        for r in rows:
            c.update(r["labels"])
        return c

    # Surface variants until each label reaches TARGET. At most 3 variants per
    # base sentence; labels are topped up starting from the lowest count.
    per_base = Counter()
    sources = [(r["text"], tuple(r["labels"]), r["style"]) for r in rows]
    by_label = defaultdict(list)
    for src in sources:
        for lab in src[1]:
            by_label[lab].append(src)
    for lab in LABELS:
        rng.shuffle(by_label[lab])
    pos = Counter()
    while True:
        c = counts()
        short = [l for l in LABELS if c[l] < TARGET]
        if not short:
            break
        lab = min(short, key=lambda l: c[l])
        pool = by_label[lab]
        added = False
        for _ in range(len(pool) * 4):
            src = pool[pos[lab] % len(pool)]
            pos[lab] += 1
            if per_base[src[0]] >= 3:
                continue
            v, kind = make_variant(src[0], src[1], rng)
            if v and add(v, src[1], kind, "variant"):
                per_base[src[0]] += 1
                added = True
                break
        if not added:
            raise SystemExit(f"could not reach {TARGET} for {lab}")

    rng.shuffle(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("text", "labels", "style")}, ensure_ascii=False) + "\n")

    c = counts()
    origin = Counter(r["_origin"] for r in rows)
    print(f"total sentences: {len(rows)}  (hand-written {origin['hand']}, "
          f"composed {origin['composed']}, surface variants {origin['variant']})")
    print("per label (a sentence counts toward each of its labels):")
    for lab in LABELS:
        orig = Counter(r["_origin"] for r in rows if lab in r["labels"])
        print(f"  {lab:13s} {c[lab]:4d}   hand {orig['hand']:3d}  composed {orig['composed']:3d}  "
              f"variants {orig['variant']:3d}")
    multi = sum(1 for r in rows if len(r["labels"]) > 1)
    print(f"multi-label sentences: {multi}")
    styles = Counter(r["style"] for r in rows)
    print("styles:", ", ".join(f"{s} {n}" for s, n in styles.most_common()))
    for lab in LABELS:
        assert c[lab] >= MINIMUM, (lab, c[lab])


if __name__ == "__main__":
    main()
