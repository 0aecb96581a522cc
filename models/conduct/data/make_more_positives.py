#!/usr/bin/env python3
"""Build more_positives.jsonl: additional positive training sentences for the conduct
classifier, written to fill gaps in positives.jsonl.

What this set adds (see README.md, section "More positives"):
  * the problem as ONE CLAUSE inside a long, otherwise ordinary email or chat message
    (homework, rides, practice, weekend plans ... and then the threat / goodbye / offer);
  * sentences that CONTINUE a previous thought ("and this time I mean it");
  * the problem stated calmly and indirectly, without an alarming keyword;
  * many more threats (named students, teachers, coaches, the school, sports rivals,
    revenge, "you'll see", plans with a day, time and place, arson, cars, family, pets,
    angry parents and outsiders writing to staff);
  * self-harm said indirectly (goodbyes, giving things away, not eating, cutting described
    obliquely, algospeak), also by adults;
  * harassment, sexual (grooming, sextortion), substance, gambling and solicitation in
    adult and teenage voices, formal and chat.

Every sentence was hand-written for this project (no text taken from any other source).
All people, schools, streets, parks, shops and apps are invented. Labels follow
models/conduct/CATEGORIES.md. Lines that duplicate (case-insensitively) a line of
positives.jsonl -- or of negatives.jsonl -- are dropped. Standard library only;
deterministic (fixed seed).

Usage:  python3 make_more_positives.py      (writes more_positives.jsonl next to this file)
"""
import json
import os
import random
import re
from collections import Counter, defaultdict

SEED = 20250117
TARGET = 285          # per label: hand-written + composed first, then surface variants
MINIMUM = 250         # asserted at the end
MAX_VARIANT_SHARE = 0.30   # variants stay under a third of every label

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


# ===========================================================================
# THREAT (no weapon named)
# ===========================================================================
# --- the threat is one clause inside an ordinary, longer message
block("threat", "embedded", """
anyway the chem lab writeup is due thursday and i havent even started, and btw if Corbin says one more thing about my sister at practice im putting him through the bleachers
Mom said I can't go to Dellwood Lake this weekend because of my grades, which is fine, I have other plans for Saturday anyway, mostly finding Travis and making sure he never walks right again.
lol ms quarrington gave us another pop quiz, also i figured out where Reese locks up his bike so tomorrow morning is gonna go really bad for him
Can you send me the Spanish notes from Tuesday? Also tell Garrett he should enjoy his last week with all his teeth.
phone's almost dead so quick: practice moved to 4, bring cleats, and Dominic is getting hurt after the game no matter what coach says
finally finished the english essay, took forever, and i decided that on friday the people at the back table are going to find out what it feels like to be scared of me
The bake sale went fine and Grandma says hi, but I meant what I said about Coach Beaumont last night, he's going to pay for cutting me and I've already worked out how.
we got pizza after the game which was nice, then i drove past Lennox's house twice to see which window is his room, you'll get why soon
ok so the dance starts at 7, my mom is driving, and the second I see Harper there I'm dragging her out to the parking lot to finish what she started
Yeah I'm fine, just tired, the sub was annoying, and for the record I'm not done with Ms. Vantongeren, she'll learn what happens when you humiliate someone in front of the whole class.
rehearsal ran late again and we still dont have costumes but whatever, by the end of the week the guys who jumped Eli are gonna be the ones in the hospital
got a 71 on the geometry test which is whatever, and I already told my cousins where Kellan waits for his ride so they'll be there too
thanks for the ride today your mom is so nice, and dont worry about Brody anymore, he wont be touching your locker again because he wont be able to
ok group project update: slides are done, I'll do the intro, and if Marisol doesn't do her part she's getting a lot worse than a bad grade from me
Mr. Pell moved the quiz to Monday and the field trip form is due Friday, and tell your brother that if he comes near our house again I'll break every finger on his hand.
can u cover my shift at the smoothie place sunday? i have to take care of something with the Ashworth twins and they wont be walking after
So the orthodontist appointment got moved to 3:30, can you pick me up, and also I wasn't kidding about Sloane, after what she posted she's going to get hurt and it's going to be me who does it.
My dad finally fixed the car so I can drive myself now, which means nobody's going to know where I am on Friday night when I go find Beckett.
we're doing secret santa in homeroom, i got Ines lol, and the present I'm giving Talia's boyfriend is a broken jaw after winter break
Thanks for the notes! They really helped. Unrelated, but Imani's older brother has been following me home, so next time I'm bringing my cousins and he's going to the ER.
The science fair poster is basically done, just need the graphs, and once that's over I'm free to deal with the kids who wrecked my project the way they deserve.
grandma's birthday dinner is saturday so cant hang, but sunday me and Rafi are going to the Kestrel Park courts to catch Zane alone and hes not going home in one piece
honestly the field trip was fun, the aquarium was cool, but I saw the way Quincy looked at me on the bus and that's the last time he's going to look at anyone like that
I'm still doing the food drive thing with student council, but after what Mr. Lisle said to me in front of everyone I'm going to wait by his car and make him sorry.
hey do u still have my charger, also heads up the whole hockey team is getting what's coming to them on thursday so maybe don't sit with them at lunch
It's snowing here so school's probably delayed, which just gives me more time to figure out how I'm going to hurt Maren without anyone seeing.
the bus smelled like feet again lmao, and yeah its decided, me and Dev are jumping Callum behind the auto shop monday and recording it
We finally booked the cabin for spring break! Before that though, I have one thing to do, and Ezra is going to be limping for the rest of the year when I'm done.
Anyway my mom says hi and she wants to know if you're coming to the barbecue, and also remind Lucian that I know where his grandma lives and I'm not scared to go there.
""")

# --- continues a previous thought (the earlier message is not shown)
block("threat", "continuation", """
and this time I'm not stopping when he says sorry.
and I don't care if I get expelled for it, he's going down.
and yes, I know which house is hers.
also I wasn't joking earlier about Friday, tell your friends.
like I said, he won't make it to graduation.
and when I'm done with him he won't recognize his own face.
so tell him to enjoy the weekend while he still can.
and nobody will know it was me, I already thought about that part.
and no this isn't a calm down thing, I've been planning it since October.
which is why I told you not to sit by the windows on Monday.
and if anyone asks you didn't hear it from me, but Tuesday is the day.
and his little brother too if he gets in the way.
i already told u im not bluffing, i know his whole schedule
not a joke btw, screenshot this if u want, it wont change anything
and after him, the teachers who let it happen.
also I meant the thing about the fire, the whole portable, with them in it.
This is the last time I ask nicely before I hurt her.
and I'll wait as long as it takes, he has to walk home sometime.
anyway, the next time Caden sees me will be the last time he sees anything.
and tell Coach he's next after that.
so yeah, they should all stay home on the 12th.
and this time there won't be a teacher around to stop it.
plus I already know his locker combo and when he's alone.
and that goes for his friends too, every one of them.
also i told my brother and he's coming with me to finish it
and I'm not going to warn anyone else after this.
but the real plan is for after the game, when it's dark.
and I swear she'll regret it for the rest of her life, what's left of it.
and trust me, a suspension won't stop what's coming.
so whatever you do, don't be in the gym Thursday morning.
yeah and I'll make it look like he fell down the stairs.
""")

# --- said calmly, no alarming keyword
block("threat", "indirect", """
I already know which stairwell has no camera, and that's where I'll be waiting for him.
I've been timing how long it takes Mr. Dunmore to walk from his car to the side door.
I've memorized who sits where in fourth period so I'll know where to start.
I know what time the gym doors get unlocked and who's usually in there alone.
Monday is the day everyone finally stops laughing.
Don't be in the west wing after lunch on Thursday. That's all I'll say.
You'll understand on Friday why I stopped arguing with them.
I'm not angry anymore. I'm just ready for Wednesday.
They think the worst that can happen is a detention. They're about to learn otherwise.
I wrote down everyone's class schedules and where they park. It's almost finished.
I don't need to win the argument, I just need to be at her bus stop before she is.
Everyone who signed that petition against me is going to be sorry, one by one.
Enjoy the pep rally, it's the last one you'll enjoy.
I'd tell your friends to sit near the exits at graduation.
There's a reason I asked what time your mom gets home from work.
I hope Ms. Quiller enjoyed her weekend, because it's the last quiet one she gets.
Keep laughing. You'll see on Monday.
Everyone who laughed at the talent show will be sorry, every single one of them.
Just wait until the spirit assembly. You'll all see.
Go ahead and report me, then watch what happens to you on the way home.
I've been very patient with Coach Reyburn. That ends this week.
People keep asking why I'm so calm lately. They'll find out soon enough.
The floor plan of the building is taped to my wall now and I've marked every door.
I've stopped talking to them because words aren't going to be how I settle it.
I'm not going to say anything else, just remember I warned you when it happens.
After Friday nobody in the honors class is going to call me slow again.
I've figured out which of them walks home alone. That's who goes first.
Watch what happens at the pep rally.
I've got nothing left to lose, and they've got a lot.
It's going to be a very long day for the freshman hallway on the 21st.
Pretty soon Ms. Tarrow won't have to worry about my grades anymore, or anything else.
The people in that group chat are going to wish they never made it.
Remember the name Odette Krall, because by next week the whole town will.
He doesn't know it yet but his life is about to get much shorter.
Some people in this school are going to get exactly what they gave me, all at once.
I'm done complaining to the office. The office can read about it in the news.
I made my peace with what's going to happen to them.
Let's just say the soccer team won't have enough players for the playoffs.
I've put a lot of thought into how Mr. Gorski's day ends on Friday.
""")

# --- teachers, coaches, staff, the school
block("threat", "teacher", """
Coach Ambrose is going to find out what getting benched feels like, except permanently.
If Ms. Falkner calls my house one more time she'll be the one whose family gets a call.
I'm going to wait by Mr. Gorski's car until he comes out, and then we'll settle it my way.
Somebody should teach Mrs. Dovecote a lesson she can't grade, and I'm volunteering.
The front office ladies laughed at me, so they're first when it happens.
i swear Mr. Thackeray is leaving in an ambulance if he touches my phone again
Ms. Ellery thinks she's safe because she lives across town. She isn't.
I hope the principal likes hospitals, because he's about to see one from the inside.
The counselor reported me, so now it's her turn to be the one who needs help.
I'm going to trip Ms. Harlow down the stage stairs during the concert and make it look like an accident.
The lunch aide who grabbed my arm is going to get her own arm broken.
I'm going to put Coach Tilly in a wheelchair for what he said about my weight.
Mr. Vasquez-Orr gave me a zero, so I'm going to give him a reason to stay home forever.
The dean can suspend me all he wants, I'll be waiting at his house instead.
That whole science department is going to regret ganging up on me.
Mrs. Pettibone is going to pay for reading my note out loud, and it won't be money.
I'm going to slash the tires on every car in the staff lot and then wait for whoever comes out first.
Next time Mr. Ruiz-Hale puts his hand on my desk I'll break it.
The vice principal better not walk to the portables alone anymore.
I'm making the band director pay for kicking me out, I know his route home.
The assistant coach who cut me is going to be the one who can't walk onto the field.
Tell Mrs. Kowalczyk she should have passed me, now it's personal.
I'm going to hurt Ms. Brightwater so she knows how it feels to be embarrassed.
After what the principal did to my brother, somebody in that office is going to get hurt.
The school took everything from me so I'm taking the school.
This building is going to burn with the teachers still inside it, I promise you.
I'm going to lock Mr. Okonkwo in the supply closet and make sure he doesn't get out.
Let's jump the hall monitor on Friday, he's old, he won't fight back.
""")

# --- sports rivals
block("threat", "rival", """
When we play Ashcombe on Friday their quarterback is leaving on a stretcher, and not from a tackle.
After the game we're waiting for the Fernhill players at their bus, bring all the guys.
Their goalie said something about my mom so after the match he's getting jumped in the lot, not even playing.
I don't care about the score on Saturday, I care about catching number 23 alone afterwards.
tell the Mossbrook fans to park far away, we're smashing their cars and their faces after the rivalry game
Win or lose, that Rookhaven pitcher isn't making it back to his bus in one piece.
We're going to find the Harlow Ridge captain at the gas station after the meet and end his season for real.
The ref from the semifinal lives near my aunt, and he's going to pay for that call.
Their whole cheer squad is getting jumped at the away game, the girls already planned it.
If Kingsmere wins tonight, someone from their team is getting hurt before they reach the parking lot.
I'm going to hurt their point guard so bad he never plays again, off the court.
After the wrestling tournament we're catching the kid who beat Jamal and breaking his arm for real.
""")

# --- revenge
block("threat", "revenge", """
He humiliated me in front of the whole grade and I'm going to make him bleed for every second of it.
It took me a month but I finally know how I'm getting back at Declan, and it's going to hurt.
She got me kicked off the team, so I'm going to take something from her too.
I've been saving this one up since September and it's almost time to collect.
Every single person who shared that video is on my list and I'm crossing them off one by one.
they jumped my little brother so saturday we're doing the same to theirs but worse
I don't forgive and I don't forget, and Jaxon is about to learn that the hard way.
The kids who locked me in the locker room are going to be locked in somewhere too, and nobody's coming for them.
What they did to me in 7th grade, I'm doing to all of them, but worse and at the same time.
My sister cried for three days because of Noor, so Noor is going to cry for a lot longer.
He got me expelled so now I've got all day, every day, to wait outside his house.
Payback for the group chat is happening at lunch tomorrow and it's going to be ugly.
They're going to pay for what they did to Rowan, in blood if I have anything to say about it.
I'll never let it go, and I'll make sure Callum never walks anywhere without looking over his shoulder, until the day I catch him.
""")

# --- a plan with a day, a time and a place
block("threat", "plan", """
Thursday, 2:40, the side exit by the auto shop, that's where I catch him.
Next Wednesday before homeroom, second floor bathroom, I'll be waiting for Ridley and he'll need stitches.
Saturday 11pm behind the Dollar Barn on Mercer Road, we settle it and he doesn't leave on his feet.
The night of the Winter Showcase, while the parents are in the auditorium, I'm going to Mr. Lisle's room.
On the 8th grade trip to Hollis Farm I'm getting Caden alone in the corn maze and he's not coming out the same.
Senior sunrise, 6am, on the football field, that's when I make an example of them.
Sunday at the Grove Street courts, bring everybody, we're stomping the Kessler brothers.
Tomorrow during 3rd lunch, right by the salad bar, I'm going to hit Marisol until she stops talking.
Monday 7:50 at the bus circle, that's where Beckett gets it, tell nobody.
The 14th at the spring carnival, by the ferris wheel, I'm going to hurt him in front of everyone.
Friday at 1:10 when the juniors are in the gym for pictures, that's when I'll do it.
After the early release on Wednesday, at the Oxley Pond footbridge, she's going in the water and she's not getting out.
Tuesday after 5th, auto shop hallway, me and the twins jump Theo and someone keeps watch.
Right when the bell rings at 2:55 I'm walking into Ms. Corrigan's room and making sure she can't fail anybody ever again.
Meet behind the Sorrel Creek dugouts at 4 tomorrow, we're putting Finn in the hospital.
Half day before Thanksgiving, the library, that's the day they all find out.
At the 5th grade graduation on June 3rd, I'm going to go after the principal on stage.
Next practice, 6:15, the weight room, Callum's getting his head slammed into the rack.
""")

# --- family, pets, homes, cars, fire
block("threat", "family", """
If your brother testifies against my cousin, your whole family is going to have a very bad night.
I know your little sister walks home alone from Brindlewood Elementary.
Tell Noelle her cat goes missing for good if she doesn't take the post down.
Keep talking about me and see if your dog is still in the yard when you get home.
I'll hurt your mom if you don't drop the complaint.
Your parents' shop windows are getting smashed and so are they if you keep this up.
I'm going to run your dad off the road on his way to work.
Your grandma's house is real easy to find, just so you know.
If Priyanka tells the dean, her little brother pays for it at recess.
It would be sad if your horse got out on the highway, so stop telling people what I did.
Nice family photo on your mom's page, I saved it so I know who everyone is.
Tell your stepdad the next time he yells at me at pickup I'm going to hurt him and that baby seat won't save him.
The day your family goes on vacation, your house goes up in flames.
I'm going to burn Sloane's house down while her family is sleeping.
I'll set the gym on fire during the dance and chain the exits.
I'm going to drive into the crowd outside the stadium after the game.
I'm going to crash into Ms. Pruett's car on the way home, on purpose, with her in it.
The gas can is in my trunk and the portable classroom goes up Friday night, with whoever's in it for detention.
i'm going to torch coach's truck in the staff lot and if he's sitting in it, even better
I'll pour something in Darius's gas tank so his brakes go on the highway.
I'm going to ram my car into the bus stop where the 9th graders wait.
Let's set the band room on fire during rehearsal and hold the door shut.
I'm going to light the bleachers up during the homecoming game, right under the student section.
I'm going to put a brick through every window at their house and then come back for them.
I'll poison the fish tank in Ms. Greer's room, and then I'll poison her lunch.
""")

# --- angry parents and outsiders writing to staff
block("threat", "adult-formal", """
Principal Harwick, you have suspended my son for the last time; the next time I'm in your building I won't be leaving calmly, and neither will you.
Ms. Tenbury, I know you live on Corliss Street and I drive past every morning. Think about that before you fail my daughter.
To the transportation office: if that driver leaves my kid at the wrong stop again, I'll be at the depot and she'll need paramedics.
Coach, I've been patient, but if my son sits the bench Friday I'll come onto that field and you'll be carried off it.
I'm a grown man and I have no problem hurting a teacher who puts his hands on my child.
The board made its decision, so the board members can live with the consequences in their own driveways.
Mr. Osterhout, you'd be wise to put my son back on the roster before something happens to you in that parking lot.
To the staff at Wrenfield Elementary: you took my kids from me, and I'm coming to get what's mine, whoever is in the way.
I'm warning you, lady, call protective services on my family again and you'll regret ever becoming a teacher.
I don't live in your district, but I know your school and your bell schedule, and your students are not safe this Friday.
Your superintendent should keep his own kids home this week.
I came to your open house, I know the layout, and I know which doors don't lock.
Dear Mrs. Alcott, I have read your comments about my son's behavior. I would remind you that I know your car and where you leave it every day.
If the district cuts our bus route, I'll handle the people responsible myself, one at a time.
Please inform the soccer coach that he will not be walking to his car alone after Saturday's game, I'll be there.
I've written to you four times. There won't be a fifth letter, there will be a visit, and you will not like it.
To the teacher who humiliated my daughter: I'm her father, I'm not a patient man, and you will answer to me personally.
You can call the police on me if you want, but they can't stand outside your house every night.
Let the cafeteria manager know that if my son gets lunch-shamed again I will come in there and put her on the floor.
I'm the uncle of the boy you suspended. Tell your dean he should start checking his mirrors.
Dear school board, since you refuse to listen at meetings, I'll make sure you listen some other way, at your homes.
The PE teacher who grabbed my kid had better hope I never see him off school property.
I don't care about your zero tolerance policy; lay a finger on my daughter again and I'll put you in the hospital.
I want the name and address of the aide who restrained my son, so I can deal with her myself.
Respectfully, Mr. Feeney, if my son comes home with one more bruise from your team, you'll be the one coming home with bruises.
""")

# --- plain / chat
block("threat", "plain", """
I'm going to hurt Sloane so bad her parents won't recognize her.
Tell Beckett that the next time I see him, he's done.
On everything, Corbin isn't walking out of that gym on Friday.
Mark my words, Talia is going to be sorry she was ever born.
I'll make Dominic eat his own teeth if he laughs at me again.
I'm going to hurt someone at this school before winter break and I don't care who.
Quincy better transfer schools because I'm coming for him every single day.
Whoever keyed my car is getting their face keyed.
I'm going to break his ankles so he can't play in the championship.
Every one of the seniors who hazed us is getting jumped in the parking lot one at a time.
I'm going to hold her head under the water at the swim meet until she stops kicking.
Next time Imani's boyfriend walks past our table he gets stomped.
If the whole class turns against me then the whole class gets hurt.
I could hurt every single one of them and sleep fine afterwards.
I want to see Harper bleed, and I'm going to.
I'm going to shove Wren into traffic on the way home and nobody will see.
slang| on my life ridley gettin smoked after school
slang| yall keep testing me and somebody going home in a bag
slang| lennox think its a game, he gonna find out friday
slang| the whole 8th grade lunch table finna catch it monday
slang| we pull up to his crib tonight no talking
slang| deadass im gonna hurt somebody if they touch my stuff one more time
slang| tell ur man he not safe walking home no more
slang| caught him slippin once, next time he aint getting up
slang| ima wait at the bus stop for that kid and handle him
slang| its on sight with the whole debate team now lol not joking
slang| fr if she snitches her whole family gets it
slang| yall aint gonna have a homecoming this year trust
algospeak| finna unalive the kid who snitched, on god
algospeak| someones getting sent to the shadow realm at the winter formal fr
algospeak| gonna make Theo a hashtag by friday
algospeak| coach about to become a candlelight vigil lol
algospeak| the whole group chat finna be a memorial page
emoji| after school behind the gym 👊🩸 dont be late Callum
emoji| u snitched 🐀 now ur done 💀
emoji| homecoming gonna be 🔥🔥 literally, the gym
emoji| friday the 13th 😈 the school is gonna remember me
no-punct| nobody who laughed at me is gonna make it to summer
no-punct| the debate team is getting hurt at the tournament saturday
typo| im gona make evry one of them pay on monday
typo| dont come to the pep raly, somethings gonna happen
""")

# ===========================================================================
# THREAT + WEAPONS
# ===========================================================================
block("threat+weapons", "embedded", """
so the quiz got moved to thursday which works because wednesday im busy bringing my uncle's rifle to the Harrowgate game
nah im not going to the movies friday, ill be at school, and so will the gun
Anyway I finally figured out the code to Dad's safe, so Monday is happening, don't sit near me in second period.
ya the knife fits in the bottom of my lunchbox I checked, and Corbin sits right in front of me in bio
I'm bringing the thing from my dad's closet, the loud thing, and nobody in 5th period is laughing after that.
He keeps talking and I keep the pistol in my hoodie, so we'll see how long he keeps talking.
I sharpened the big kitchen knife last night, it's for Brennan, not for cooking.
Don't worry, it's not for me, the gun is for the people who made me this way.
the bullets came today, box says 50, I only need maybe 12
dad took me to the range saturday so my aim is good now, Ms. Tarrow's class better hope I'm in a good mood
Also I finished putting the pipe thing together, it's in a backpack in the band hallway, set for 1:15.
Grandpa's at his doctor's appointment all day so I'm grabbing his revolver, and Dominic's going to learn some respect at the bus stop.
The sleepover was fun, his mom made waffles, and then he showed me where the rifle is, so I know what I'm doing on the 9th.
cool cool, I'll bring the chips saturday, and tell Lennox that if he shows up I've got a blade with his name on it
My cousin's lending me his 9 for the weekend, so Jaxon better stay in his house.
I made a list and loaded the magazines, one name per round basically.
I'm going to burn Ms. Crandall's house down with a Molotov, I already filled the bottles.
Next time the bus driver yells at me I'm pulling the knife on her.
got the boxcutter in my shoe, if he talks slick at lunch he gets opened up
I'll have the piece on me at the game Saturday, if the Rookhaven kids want smoke they can get it.
""")
block("threat+weapons", "plain", """
bomb| There's a device in one of the lockers at Sorrel Creek High, you have until the end of 5th period to find it.
bomb| This is not a prank. There are explosives under the stage at Ellsworth Middle and they go off during the concert.
bomb| Bomb in the staff bathroom at Tamarind Elementary, evacuate or don't.
bomb| I built it in the garage and it fits in a lunch bag, so enjoy your Thursday, Quillfield.
bomb| The fire alarm Friday won't be a drill, I put the explosives by the exits so nobody gets out.
bomb| Something is taped under a table in the Larkspur cafeteria and it's set for lunch B.
bomb| Check your gym bags, one of them has a bomb in it and it isn't mine to carry anymore.
bomb| I'm calling it in now: a pipe bomb is in the boys' locker room at Harrowgate and it goes off at noon.
indirect| I have a rifle and I'll be at the spring concert, I'd suggest the front rows stay empty.
indirect| You'll never see the knife coming, that's the point.
indirect| I know where my stepdad keeps the key to the gun cabinet now, so Thursday's settled.
indirect| The knife is in my binder and Mr. Gorski's class is third period.
indirect| I've got the shotgun in the trunk and the list in my pocket, see you tomorrow.
indirect| I finally got the gun. The rest is just picking the day, and I've picked it.
conditional| If he tries to fight me again I'll pull the blade and he'll stop trying anything ever.
conditional| If my ex shows up at the winter formal I'm shooting him in the parking lot.
conditional| If they cut me from varsity I'm bringing my dad's rifle to the next practice.
conditional| If Ms. Falkner calls my mom again I'll put a bullet in her windshield and her.
conditional| Touch my little brother again and I'll stab you in front of the whole bus.
teacher| I'm going to shoot Coach Ambrose in the bleachers during the pep rally.
teacher| Mr. Thackeray's going to find out what a knife feels like.
teacher| I'll stab the dean with a pencil, a real knife's too easy to find in my bag.
teacher| The principal is going to get a bullet for what he did to my brother.
revenge| They jumped me last week so this week I'm coming back with my brother's gun.
revenge| After what they did to Eli I'm bringing the machete to their street.
plan| Monday, 9:05, I'm walking into the commons with the AR, don't be there.
plan| Tomorrow at lunch I pull the knife on Harper by the vending machines.
plan| Friday night at the Rookhaven game I'm bringing the pistol and waiting by their bus.
plan| The day before spring break, 2nd period, room 118, I'll have the gun in my guitar case.
adult-formal| I own several firearms, Mr. Ainsley, and my patience with your school has run out.
adult-formal| If you expel my son, I will be at the next board meeting with my gun, and I won't be there to talk.
adult-formal| Tell the coach I'm licensed to carry, and I'll be carrying when I come to discuss my son's playing time.
adult-formal| I'll come to the school with my rifle and sort this out myself if nobody calls me back today.
slang| got the switch on the glock now, monday gonna be loud at the school
slang| pullin up to the Mossbrook game w the strap, they know what they did
slang| bro keep the blade on him and he said Quincy first
slang| ima catch him at the bus stop w the pole and thats that
algospeak| monday the school gets the pew pew treatment 🔫 for real
algospeak| gonna make the pep rally go boom 💣 not a joke
emoji| 🔫🏫 friday, dont come
emoji| he snitched 🐀🔪 he gets poked tmrw
Talia's boyfriend is getting the blade from my locker in his ribs the next time he grins at me.
Every kid at the back table who filmed me is getting shot, I have the pistol now.
I'm bringing a knife to the dance for Harper, she won't be dancing again.
I'll shoot out his windows and then him.
I'm going to put a bullet in that dog and then in him.
If I see Beckett at the skate park tonight I'm cutting him.
I have a gun and I'm using it on the people who bullied me, starting with Corbin.
""")

# ===========================================================================
# HARASSMENT + THREAT
# ===========================================================================
block("harassment+threat", "plain", """
You're a pathetic little snitch, and if you tell Ms. Varga anything else I'll break your glasses on your face.
embedded| lol nice haircut, looks like your mom did it, and if you sit at our table again we're dragging you out by it
Hey fatso, keep eating like that and see what happens when we catch you alone after gym.
Everybody knows you're a freak, and freaks get hurt around here, so stay home.
You ugly rat, come to the skate park Saturday and we'll show you what we do to rats.
continuation| and tell your loser friends they're getting beat up too
Crybaby, we're going to make you cry for real on Friday and post it for everyone.
adult-formal| Your son is a vicious little thug, and if he touches my daughter again I'll deal with him myself, and it won't be gentle.
slang| ur a bum and everybody knows it, catch u after school and we'll see how tough u are
slang| lil weirdo thinks he can snitch, he gettin jumped and posted
Nobody would miss you, so don't be surprised when we make you disappear from this school for good.
You disgusting pig, we'll make sure you never show your face at practice again, one way or another.
""")

# ===========================================================================
# SELF-HARM
# ===========================================================================
block("self-harm", "embedded", """
math was fine we had a sub, and I gave Priya my good headphones and my hoodie today because I won't be needing them after this week
lol mom made tacos tonight, anyway i finished the letters and put them in my desk drawer, one for each of you
I'm not going to the orthodontist next month, there's no point, I won't be around long enough for the braces to come off.
ok so the quiz is thursday, can you send me the study guide, actually never mind, I won't be taking it, I've made up my mind about the weekend.
Thanks for the birthday message! It was a nice last one, I'm glad you were part of it.
yeah practice was fine, coach yelled, whatever, I just keep thinking about how high the Corliss Street overpass is and how nobody walks there at night
I cleaned my whole room today and put sticky notes on everything saying who gets it, it felt weirdly calm
we're reading some old novel in english and it's boring, and honestly I stopped eating on Sunday and I'm hoping my body just gives up before the test
The dog walk was nice, it's finally warm out, and I told Mom to promise she'll take care of Biscuit no matter what, she thought it was random, it wasn't.
i changed my phone passcode to 0000 so my parents can get in after, anyway what did u get for number 4
Can you return my library book for me on Monday? I won't be at school, or anywhere really.
I signed up for the car wash because everyone else did but I won't be there, I've decided Friday is my last day.
hey I know we haven't talked in a while, I just wanted to say you were always really nice to me and I'm sorry for what's going to happen.
Chorus was good today, we finally nailed the harmony, and I've been saving up my sister's pills and I think I have enough now.
I'm fine with the group project, you can have my part of the grade, I won't need it where I'm going.
the Cobalt Bay trip sounds fun, dont bother saving me a seat on the bus though, im not planning to be here by then
so the counselor asked if I was okay and I said yes, which was easier than telling her I already picked the bridge
ok random but if anything happens to me can you make sure my sketchbooks go to Esme, she's the only one who'd get them
I finished all my makeup work so nobody has to deal with it after I'm gone.
dad's working doubles again so the house is quiet, which is good, it'll be easier to do it when nobody's home
Thank you for the extension on the essay, but I won't be needing it after all, please tell the class I'm sorry.
yeah i'm coming to the sleepover, it's kind of my goodbye tour anyway, nobody knows that yet
""")

block("self-harm", "continuation", """
and I mean it this time, it's not like last spring.
and please don't tell my mom about the cutting, she'll just make it worse.
so I guess this is kind of my goodbye.
anyway that's why I gave you my sketchbook, I won't need it after Saturday.
and no, I'm not going to call anyone, I've made up my mind.
also if you could feed my fish for a while after, that'd be nice.
it's fine, it'll all be over soon.
which is why I'm not studying for the final, I won't be here for it.
that's why I said sorry to everyone today.
and nobody will find out until it's too late this time.
and yes I still have the pills, I'm just waiting for the weekend.
so don't worry about saving me a seat on Monday.
and this time I'm taking enough that I don't wake up.
and I already wrote the note, it's under my pillow.
but after tonight none of it is going to matter to me anyway.
and honestly I think everyone will be relieved, including me.
so when I'm gone just remember I'm not mad at you, it's not your fault.
and I'm not going to be a problem for much longer.
also I deleted everything off my phone so there's nothing to read after.
and I picked Sunday because my parents are away.
so when you hear about it, just know I wanted this.
and yeah I did it again last night, deeper than before.
and I won't be eating tomorrow either, or the day after.
""")

block("self-harm", "indirect", """
I won't be a problem for anyone much longer, I promise.
Tell Ms. Varga thank you, she tried, it just wasn't enough.
I deleted all my pictures and gave my guitar to my cousin, it's fine now, I'm calm.
I'm not sad anymore, I've just decided.
I looked up how high the overpass on Carrow Road is.
Everybody will be relieved, including me.
I'm counting my pills every night and I'm almost there.
I stopped taking my meds on purpose and I'm saving them up instead.
I've been giving my things away one at a time so nobody notices.
I wrote everyone a letter, they're in a shoebox under my bed for after.
It's been easier since I made the decision. I sleep better knowing it ends soon.
I returned all my library books and paid my lunch balance, I wanted to leave everything clean.
There's a calm that comes when you know the date.
I don't think I'll be here to see the new season of that show.
After this weekend nobody has to worry about me anymore.
I already said goodbye to my grandma, she just didn't know it was goodbye.
I put my favorite hoodie in Maren's locker with a note, she'll understand later.
I'm tired in a way sleep doesn't fix, and I've figured out how to fix it.
I keep looking at the pill bottles in the bathroom cabinet and doing the math.
I've been sitting in the garage with the car running for a few minutes at a time, practicing.
I walked to the bridge again today and stood there longer than last time.
I know exactly which stop the express train doesn't slow down at.
I gave the cat to my neighbor and told her I'm going away, which isn't a lie.
My bank account is empty because I gave everything to my sister. I won't need it.
I just want to sleep and not have to wake up, and I know how to make that happen.
I've stopped making plans for summer. There won't be a summer for me.
It's okay, I'm at peace now, I've made my choice about Friday.
If I don't answer tomorrow, it's because I did what I said I would.
""")

block("self-harm", "eating", """
I haven't eaten since Monday and I'm not planning to start again.
I throw away my lunch every day so my body can just stop.
If I keep skipping meals long enough maybe I'll just disappear, that's the point.
I'm down to one cracker a day and I want to get to zero.
I keep fainting in gym and honestly I hope next time I don't get back up.
I don't eat so it hurts, the hurting is the only thing that makes sense.
Nobody noticed I skipped dinner all week, so I'm going to keep going until it's done.
I make myself throw up after every meal and I want it to kill me.
slang| havent eaten in 4 days lol hoping i just fade out
slang| not eating again till i disappear fr
""")

block("self-harm", "cutting", """
the marks on my arm aren't from the cat, i did them, and i'm doing more tonight
I've been wearing a watch and long sleeves every day so nobody sees what I did to my wrist.
I ran out of bandaids again, which says everything about this week.
my thighs are a mess again, three months clean and i threw it away last night
I took the blade out of my pencil sharpener again.
The lines on my leg are getting closer together and I like that they are.
I told the nurse it was a paper cut. It was not a paper cut.
I keep an eraser to burn my skin with during class, nobody notices.
I do it where my swimsuit covers, so no one at practice finds out.
I scratched my arms raw in the bathroom during 4th period and went back to class like nothing happened.
I hit my head against the wall until I saw stars, and I'm going to do it again tonight.
The only time I feel calm is right after I hurt myself.
I carved a word into my hip last night, don't ask which one.
My arm's starting to look like a barcode again.
I'm going to wear a bracelet to cover it but it's getting hard to hide how many there are.
I've started using the lighter again, just on the inside of my arm.
""")

block("self-harm", "goodbye", """
If you're reading this, thank you for being the one person who tried.
Please tell my brother I'm sorry I won't be at his game.
I left you my hoodie and my playlists. Take care of yourself, okay? I can't anymore.
Sorry for being so much work. I won't be anymore.
This is the last message you'll get from me, so I wanted it to be a nice one.
Tell the art club they can have my paints.
Just wanted to say thank you for everything before I go. I won't be back.
I love you guys. Don't be sad for long.
I made a playlist for my funeral, it's in my notes.
I'm logging off for good tonight. Bye everyone.
Mom, I'm sorry. The password to my laptop is on the back of the photo of us at the beach.
Don't look for me this weekend. I'll be somewhere I can finally rest.
""")

block("self-harm", "algospeak", """
unalive plans are back on the menu fr
thinking abt taking a permanent nap this weekend
might go touch the train tracks instead of grass lol not lol
sh relapse, the arm looking like a barcode again
self-delete friday, already picked the time
logging off permanently tonight, it was fun-ish
ctb this weekend, don't try to stop me
speedrunning the afterlife rn
sewer slide szn is here and im enrolled
lowkey planning my unalive era
gonna go be a ghost soon 👻 for real this time
catching the bus tonight (not the school one) 🚌
kms arc officially starting sunday
i want to become a permanent member of the sky rn
the 🪢 is in my closet and i keep looking at it
my arms are all cat scratches again and its not the cat
gonna final yeet off the parking deck this weekend
bout to commit the toaster bath after my parents leave
time to take the forever nap, night night everybody
s/h again, new blade, new marks
pretty sure i'll be a memorial post by monday
""")

block("self-harm", "plan", """
I'm going to wait until everyone's at the game on Friday and then take the whole bottle.
Sunday night, the reservoir, after my parents go to sleep, that's my plan.
I'm walking to the Route 40 overpass after school tomorrow and I'm not walking back.
Once finals are over I'm going to the top of the Hale Street garage and that's it.
I'm going to drive into the quarry at the end of Mill Lane after my shift.
I bought rope at the hardware store on my way home and I know which beam in the garage.
I'm going to take everything in the medicine cabinet on the 3rd, when my mom has her night shift.
I'm doing it the night of my birthday, it seems right.
""")

block("self-harm", "plain", """
I'd rather die than walk back into that school on Monday, so I'm not going to.
I've been thinking about ending it every day for a month and I think I'm finally going to.
I'm so done that dying sounds like a vacation, and I've booked it.
Please don't send anyone to check on me, I've already chosen the way out.
Please stop checking on me, I've made my choice and it's final.
There's nothing left in me that wants to stay.
I hurt myself again today and I'm going to keep doing it until I can't.
I want to die and I'm not being dramatic, I have the pills right here.
I keep hoping a car hits me on the walk to school, and today I'm going to help it.
My plan is ready, I just need the house to be empty.
I told everyone I'm fine because I will be, soon, permanently.
I don't deserve to get older, so I'm not going to.
Being alive feels like a mistake and I'm going to correct it.
I'm going to swallow my brother's seizure pills tonight.
I tried last night but I woke up, so tonight I'm taking more.
I can't do another year of this and I'm not going to.
slang| ngl i dont think im making it to friday and thats on purpose
slang| im so done bro, tonight im ending it for real
slang| lowkey just want to not wake up tmrw and i took stuff to help with that
slang| dont @ me after tonight, im gone gone
slang| i keep thinking abt jumping and today it feels doable
slang| bro i been cutting every night this week and its getting worse
slang| deadass i wanna die and i got a plan
slang| tell everybody i said bye i guess
no-punct| i cant keep pretending im ok im ending it this weekend
no-punct| im taking all my pills tonight dont try to call
no-punct| i dont want to be alive for graduation
typo| tonite is the nite, im done pretending, goodbye for reel
typo| im hurting myslef agian and i dont want to stop
emoji| last day on earth 🥀🕊️ love u all
emoji| my arms 🩸🩸 again
emoji| bye forever 🖤 this is real
""")

# --- adults
block("self-harm", "adult", """
To my team at the district office: thank you for the years together. I've left my keys on the desk and I won't be coming back, in any sense.
I'm a mom of three and I've started to think my kids would be better off with their dad and without me at all, and I've started planning how.
Please make sure the substitute has my plans for the next two weeks; after that it won't matter, because I don't intend to be here.
I keep driving past the reservoir on my way to school and thinking about how easy it would be to just turn the wheel, and this morning I almost did.
I've stopped taking my heart medication on purpose and I'm not telling my doctor why.
I'm a teacher and I've written my resignation letter and a separate one for my family; after Friday I'm done with all of it.
As the parent volunteer coordinator I wanted to hand off the spreadsheet now, since I won't be around after this weekend and I've made my peace with that.
I'm sorry to dump this on you, but I've been stockpiling my sleeping pills and I think tonight is the night.
I'm the night custodian and I've been thinking about going up to the roof of the gym and stepping off when my shift ends.
Dear colleagues, it has been an honor; please don't try to reach me after today, I have made my final decision.
My husband doesn't know I've been cutting my legs again, and I'm going to keep going until it stops hurting in my head.
I'm 52 years old, a bus driver for 20 years, and I don't want to be alive anymore; I have the pills in my lunchbox.
Coach, I'm stepping down, and honestly from everything, I've decided to end my life after the season.
I've made all the arrangements for my classroom and for my cat; I'm not planning to see the end of the semester.
""")

# ===========================================================================
# SELF-HARM + WEAPONS
# ===========================================================================
block("self-harm+weapons", "plain", """
embedded| we had a sub again in history which was chill, and dad still hasn't locked the gun safe so tonight's the night I use it on myself
embedded| ok so mom's on a trip till sunday, I'll have the house to myself and grandpa's revolver, and nobody needs to worry about me after that
embedded| The field trip was nice, I'm glad I went, it was a good last day, the gun is already in my room.
continuation| and the rifle's still in the hall closet, so I won't need the pills after all.
continuation| and yes it's loaded, I checked, it's for me, not anyone else.
indirect| I moved my dad's handgun into my nightstand, I just want it close for tonight.
indirect| I asked my uncle how the safety on his pistol works, now I know, and I know what I'm doing Saturday.
indirect| The knife from the kitchen is under my pillow now and it's not for protection.
cutting| I keep a razor blade taped inside my phone case for when it gets bad, and it's bad tonight.
cutting| I bought a new box cutter just for my arms.
When the house is empty on Friday I'm taking the shotgun from the garage and using it on myself.
I'm going to use Dad's hunting knife on my wrists after school.
slang| got my pops strap, not for nobody else, just for me tonight
algospeak| me and the 🔫 in dads drawer got plans tonight, unalive arc
algospeak| the x-acto and me again tonight, goin deep
adult| I have a pistol in my glovebox and I keep thinking about using it on myself in the school parking lot after dismissal.
adult| I'm a teacher and I've loaded my late father's gun; I wanted one person to know before I use it on myself.
""")

# ===========================================================================
# WEAPONS (no threat stated)
# ===========================================================================
block("weapons", "embedded", """
ok so the bus was late again and i had to run to homeroom and almost dropped the knife out of my hoodie right in front of Ms. Abernethy lol
we went to Caleb's after school, played 2k for an hour, then he showed us the pistol his brother keeps in a shoebox under the bed, it was loaded
My uncle gave me a switchblade for my birthday and honestly I just keep it in my backpack now, it's easier than leaving it at home.
quick question for the gc, do the metal detectors at Fernhill even work on the side doors? asking because of what's in my bag
Thanks for the ride, the gun is in the glovebox so don't open it when you get in.
practice got canceled so I'm just going home, and I moved the thing from my locker to the ceiling tile in the 2nd floor bathroom in case they do locker checks
Dad's at work till 6 so come over after school and I'll show you the rifle, he never checks the cabinet.
anyway Ms. Whitlow took my phone but she didn't look in the front pocket, which is good bc that's where the blade is
lol the sub didn't even notice when Tariq passed the pistol around in the back row, she was on her phone the whole time
My mom packed me a sandwich and a juice box and I packed the pocketknife, so we're both prepared for the field trip.
ok so yeah I'll bring the speaker to the party, and my cousin's bringing his gun too, he wants to show everyone
I got a B on the history test finally, and my brother gave me his old .22 to keep in my room, so good day overall.
Sorry I missed your call, I was at my grandpa's, he let me take one of his handguns home as long as I don't tell my mom.
the lock on my locker is broken which sucks because that's where I keep the knife during gym
We're driving up to the cabin Friday, which is great because the rifle's already in the trunk and I'm bringing it to school Thursday to show Mateo.
the new art teacher is nice, also I brought the brass knuckles today, they're in my pencil case if you want to see
Reminder that the permission slip is due, and also does anyone know where I can sell a handgun without the serial number, asking for my cousin
dude the spanish project is due monday and i still havent started, i spent the whole weekend figuring out the 3D printed frame for the pistol
I'll be at the bus stop at 7:20, just so you know I have the knife on me now, since the thing with the 10th graders.
it's so cold today, I had to wear the big coat, which is perfect because it hides the shotgun shells in the lining
""")

block("weapons", "continuation", """
and yes the gun's real, I checked the serial number.
and it's loaded, obviously.
and my mom has no idea it's gone from the safe.
anyway the pistol's in my bag now, so relax.
and no, I'm not telling you where in the building I hid the knife.
and I've got the bullets in a separate pocket.
also I brought the knife again today, same spot as yesterday.
and the security guard didn't even check my bag, so the knife's still in there.
so if you want to hold the gun, come to the bathroom by the gym at lunch.
and my brother says I can keep the gun until he's back from basic.
and it's the one with the folding blade, not the kitchen one.
plus I still have the other blade at home if this one gets taken.
and the rest of the fireworks powder is in a jar under my bed.
""")

block("weapons", "indirect", """
I keep the knife in the lining of my backpack, you can't feel it unless you know where to look.
nah it's not loaded, I keep the magazine in my other pocket.
The pocketknife stays in my sock during school, the security guy never checks socks.
I told him it wasn't loaded but it was, and he held it like a phone in the locker room.
The gun's heavier than it looks, I carried it around school all day and my shoulder hurts.
I wrapped the rifle in a towel and put it under the spare tire in the student lot.
The cabinet key was on top of the fridge the whole time, so now I have my own.
I practice flipping it open under my desk in English so it's quick.
The revolver fits perfectly in the hollowed-out dictionary on my locker shelf.
I bring the knife every day now, I just don't take it out unless I have to.
The blade's in the hidden compartment in my binder, right next to my calculator.
My dad thinks it's still in the safe, but it's been in my room for two weeks.
""")

block("weapons", "plain", """
I've got a karambit now, the curved one, and I've been carrying it to school all week.
Who can get me a piece by Friday? I have 400 cash.
Found a guy on an app who sells handguns to anybody, meeting him at the gas station on Carrow Road.
The gun kit came with everything except the barrel, and I'm ordering that next week.
We made a dry ice bomb in a soda bottle behind the bleachers, it was so loud.
I've been watching videos on how to turn a solvent trap into a silencer.
She carries her mom's revolver in her purse since the thing with her ex.
The substitute had a knife clipped to his belt and kept showing it to the 7th graders.
I put my brother's pistol in my gym bag this morning, no reason, just wanted to.
Noah brought his stepdad's gun to the sleepover and we all took pictures with it.
I need to find somewhere to hide the gun before my parents search my room.
Jalen has a loaded gun in his car every day in the student lot, he showed me the clip.
I figured out how to make a bomb with the stuff from chemistry, I'm going to try it at the quarry.
I want to buy a gun for protection but I'm only 16, who knows a guy?
I traded my PS5 for a pistol, best trade I ever made.
There's a hunting knife taped under the sink in the girls' bathroom, someone left it there on purpose.
I keep a loaded gun in my nightstand and bring it in my backpack on days I feel unsafe.
My cousin just got out and left his gun at our house, it's in my room now.
Somebody in 7th grade keeps a knife in his shoe, everyone knows.
I have a sawed-off in the trunk of my car, it's my uncle's.
I'm taking the pepper spray and the knife to the concert, the bag check is a joke.
I ordered a butterfly knife off a website and had it shipped to my friend's house.
I'm building a pipe bomb in my basement, just to see if I can.
How do you get bullets if you're not 18?
Can you make a gun with a 3D printer at the library?
I've been practicing quick-drawing my dad's pistol in the mirror.
I snuck a machete into the school play as a prop, it's a real one.
I carry a knife to school every single day and I'm never going to stop.
The gun's wrapped in my old hoodie at the bottom of my locker.
I stole the rifle from my grandpa's barn and hid it in the creek bed behind the school.
Want to go shoot cans with my dad's pistol after school? He'll never know.
Brought my pocketknife on the field trip and nobody checked.
I found a loaded handgun in the bushes by the bus loop and I kept it.
I've got fireworks, a pipe, and a recipe, so this weekend I'm making my first bomb.
I'm bringing a real sword to the anime club meeting, it's sharp.
slang| got the blicky in the whip, just in case
slang| my boy just copped a ghost gun no serial lol
slang| i keep the pole on me at school now
slang| snuck the piece into the dance, security was trash
slang| bro pulled out a knife in the locker room just to flex
slang| i been carrying since 9th grade fr
slang| got the 9 stashed in the ceiling tile
slang| he got a chopper in his closet no cap
slang| lowkey my backpack heavy bc of the strap
slang| who got bullets, need a box for the weekend
algospeak| got the pew pew in my bag lol 🔫
algospeak| brought the pointy boi to class again 🔪
algospeak| the loud thing from my uncle's closet is in my locker now
no-punct| theres a pistol under my passenger seat right now in the junior lot
no-punct| my friend brought a knife to school and showed everyone
no-punct| i know how to make a bomb from stuff in my garage
typo| i brougth my brothers pistl to skool
typo| got a knif in my backpak evry day
emoji| new blade 🔪 for school lol
emoji| grandpa keeps a whole revolver in his sock drawer 😳 its in my bag now
""")

block("weapons", "adult-formal", """
Please be advised that I will keep my firearm in my vehicle in the drop-off loop, as I always do.
As a volunteer chaperone I intend to carry my handgun on the field trip to the science museum; I assume that's fine.
I keep a loaded pistol in my desk drawer in room 118 and the students don't know about it.
I will be bringing my concealed weapon to the spring conference with Ms. Tenbury.
For your information, my son has my old hunting knife in his backpack and he is allowed to carry it.
I'm a bus driver and I keep a loaded revolver under my seat on the route.
As the baseball coach, I keep a shotgun in my truck in the staff lot during practice.
Our family will be bringing firearms to the booster club picnic on school grounds, as we have every year.
I carry a handgun at all times, including when I volunteer in my daughter's classroom.
""")

# --- weapons offered for sale to classmates / parents (also solicitation)
block("weapons+solicitation", "pitch", """
I'm selling my throwing knives, $15 each, I'll bring them to school tomorrow.
slang| yo who tryna buy my switchblade, 30 bucks
adult-formal| Parents, I sell knives and holsters out of my car after the games if anyone's interested in one for their teen.
embedded| anyway the dance was mid, but if anyone wants a pocketknife I've got five left from my uncle's shop, $20 each, meet me at the bike racks
slang| selling a glock no serial, 350 firm, dm me not in the gc
Brass knuckles for sale out of my locker, $10 a pair, they fit in a pencil case.
""")

# ===========================================================================
# HARASSMENT
# ===========================================================================
block("harassment", "embedded", """
ok so the quiz was easy, lunch was gross, and we all agreed nobody sits with Wren anymore because she's a clingy freak
yeah I'll be at practice, also I made the poll ranking the ugliest girls in 8th grade and Tessa is winning lol
hope your weekend was good! btw everyone's seen the screenshot of what you said about your crush, I sent it to him and the whole swim team
anyway if Ollie keeps acting like he's better than us I'm posting his old fanfiction with his real name on it
the field trip was fun except we had to sit near Amara, who smells like a wet dog, so we made her sit alone on the way back
So the science project is due Monday, I'm doing the poster, and can you get everyone to unfollow Jonah tonight so he finally gets that nobody likes him?
The concert was amazing, and did you see Bodhi's video of Finley tripping on stage, we're making it the class meme for the rest of the year.
my mom says you can come for dinner friday, and also we started a group chat called "Zuri is a fake" so don't tell her about it
I'll bring the snacks for the study group, and can we please not invite Pia, she's so stupid it's actually painful to sit next to her
sorry I didn't text back I was at my cousin's, but yes I already told everyone Anneliese got held back because she can't read
We're going to the mall Saturday, everyone's coming except Odalys, and we're posting the pics so she sees she wasn't invited.
hey the bio homework is on page 112, also Dashiell cried in the locker room again lol I got it on video
ok the group chat is decided: if Kenji talks to any of us tomorrow everyone ignores him until he leaves the table
good game today! also Lorcan's mom picked him up in that trash car again and we all barked at it lol
""")

block("harassment", "continuation", """
and don't bother sitting with us tomorrow either.
and we all agreed, you're out of the group.
also everyone's seen the video now so good luck showing your face.
and yes, your mom is in the group chat screenshot too lol.
and tell her everybody thinks she's a joke, not just me.
and if he cries about it we'll just post that too.
so maybe just stop coming to practice, it's better for everyone.
also the nickname is sticking, we're using it all year.
and I'm sending it to the whole grade if you report me.
and honestly the whole class agrees you're the problem.
and nobody's ever going to forget what you looked like in that video.
so yeah, enjoy sitting alone at the dance.
""")

block("harassment", "expose", """
If you don't do my math homework I'm telling everyone about your dad's arrest.
Do what I say or I'm posting what you told me about your eating problem for the whole school to see.
I have screenshots of everything you said about your friends, so you'd better keep being nice to me.
Keep ignoring me and I'll tell the team you're the one who cried at camp every night.
I know what your mom does for work and the whole grade will too by Monday.
One more word to the teacher and your diary pages go on my story.
If you don't quit the play I'm showing everyone the voice memo where you're singing in the shower.
I found your old account from 6th grade and I'll repost every cringe video unless you pay me $20.
Tell anyone what happened at the party and I'll post the picture of you throwing up in the bathroom.
Unless you give me your spot on the team, everyone's going to know you're in special ed.
I'll out you to your parents and the whole school if you don't break up with him.
""")

block("harassment", "pictures", """
I have the picture of you asleep with your mouth open at the sleepover and it's going in the yearbook slideshow.
I'm editing Rohan's face onto a clown and sending it to the whole soccer team.
Somebody took a picture of Ximena's rash in gym and we're spamming it in every group chat.
I'm making a TikTok of Milo eating alone every day this week, it's going to blow up.
We recorded Hattie stuttering through her presentation and set it to music, it's hilarious.
I'm AirDropping the picture of Ansel's acne to everyone on the bus tomorrow.
Post the video of the new kid getting his pants pulled down, tag the whole school.
I made a slideshow of Greta's worst photos and we're playing it at the end-of-year party.
""")

block("harassment", "exclusion", """
Just so you know, we made a new group chat and you're not in it, and that's on purpose.
Nobody's partnering with Kwame for the lab, we all agreed, he can fail alone.
Everyone at the birthday party is wearing purple except you, because you're not invited.
If anyone lets Lila sit at the front table they're kicked out too.
We told Coach we won't play if Tobias is on the team.
Don't let the new girl in the study group, she's weird and she'll drag us down.
The whole cabin voted to make Stellan sleep on the floor by the bathroom.
Nobody save Ari a seat on the bus, let him stand the whole way.
We're changing the Snap group name to "everyone but Emre" so he gets the hint.
""")

block("harassment", "rumor", """
Tell everyone Dalia got caught stealing from the nurse's office, it doesn't matter if it's true.
Start saying Brecken's family lives in their car, people will believe it.
Let's tell the new kid's teammates he has lice and see how long until they quit passing to him.
I'm spreading that Veda's dad left because of how annoying she is.
Say Ravi cheated on the chemistry final, teachers check anyway when enough people say it.
We're telling everyone Maeve faked her concussion for attention.
Spread it that Ezra's mom is in rehab, it's funnier if everyone asks him about it.
I told the whole bus Tamsin wets herself in class, now everybody calls her Puddle.
""")

block("harassment", "kys", """
honestly the world would be quieter if you logged off for good, go do it
Nobody would come to your funeral, so what are you waiting for?
Do us all a favor and don't wake up tomorrow.
If I were you I'd have ended it already, just saying.
Go jump off something tall, nobody will stop you.
You should unalive yourself before the dance so we don't have to look at you.
Please just disappear permanently, the whole team is begging.
Maybe try not existing, it'd be an improvement.
""")

block("harassment", "plain", """
You are genuinely the most pathetic person in this building and everyone pities your parents.
Your voice makes everyone in chorus want to rip their ears off, just mouth the words.
You're so poor you bring your lunch in a bread bag, it's embarrassing for all of us.
Everyone laughs when you walk into class and you don't even notice.
You're built like a refrigerator and you play like one too.
No wonder your dad doesn't want you, look at you.
You're a walking participation trophy and everybody knows it.
You'll never be anything, you're the kid everyone forgets in the yearbook.
Your whole family is a joke and you're the punchline.
Shut up, nobody has ever cared about a single thing you've said.
Stop trying to talk to us, it's cringe and it's sad.
Everyone on the team thinks you're dead weight and we're all glad you're injured.
He called Amir a [slur] in front of the whole bus and everybody laughed, so we're doing it again tomorrow.
We're calling Leona "the [slur]" until she transfers.
Every time Jonas raises his hand we all groan, it's hilarious watching him give up.
I'll keep messing up her lab work until Mr. Pell thinks she's the worst in the class.
Let's keep hiding his inhaler in different places all week, it's funny watching him panic.
We switched Iris's name tag to say "nobody likes me" and she wore it all day.
I keep sending him anonymous messages every night telling him how ugly he is.
Every morning I leave a note in her locker with a new insult, I'm on day 30.
Make a fake dating profile with Dorian's pictures and send it to everybody.
We got the whole grade to moo when Hazel walks in, she ran out crying yesterday.
slang| bro really thinks hes the main character, hes the background npc fr
slang| nobody asked u to exist tbh
slang| why is she even here, someone tell her to go home
slang| ur so annoying even ur dog ignores u
slang| the way he walks bro 💀 we gotta clip that
slang| ratio'd by the whole school, stay mad
slang| ur the reason the group chat died fr
slang| she still thinks we like her lmaooo
slang| imagine waking up as u everyday, couldnt be me
slang| bro smells like expired milk and thinks hes him
slang| not u trying out for cheer with that body 😭
slang| everyone screenshot his post and roast him in the comments
slang| u a whole embarrassment to this school
no-punct| you should just stop coming to school everyone would be happier
no-punct| nobody in this class can stand you and we all talk about it
no-punct| go cry to the counselor again maybe she actually likes you
typo| ur so anoying evry1 talks about it
typo| nobody wnats u on the team just quit
emoji| look at his shoes 🤡🤡 thrift store king
emoji| she thinks she can sing 😂😂 my ears
emoji| new kid is so weird 🤢 don't sit by him
""")

# --- teachers and staff as targets
block("harassment", "teacher", """
Keep the account going, post a new meme of Mr. Faraday's bald spot every day until he quits.
Let's all make fun of Ms. Ibarra's accent in tomorrow's class, really loud, until she leaves the room.
Everybody send Ms. Corrigan a mean anonymous comment on the class site tonight, let's break her.
I'm printing the pictures of Mr. Lisle's ugly wife and taping them all over the hallway.
We got the sub to cry in ten minutes, next time let's go for five, same insults.
Post Mr. Gorski's home number on the bathroom wall with something nasty next to it.
I made a page rating all the female teachers by how ugly they are, send me more pics.
Coach Tilly is a fat loser who lives with his mom, spread it around the team.
""")

# --- adults: parents, coaches, staff
block("harassment", "adult-formal", """
Thank you for your reply; I will say again that your son is a dim, lazy child and every parent on the team agrees he is dragging the rest down.
I've told every mom at pickup what a useless excuse for a teacher you are, and I'll keep going until you transfer.
You're a soft, embarrassing waste of a jersey and the whole team laughs at you when you walk in. - Coach
The email you sent about my daughter was laughable, just like your hair, your degree and your marriage.
Frankly, Ms. Halloran, you're too stupid to be teaching children and I'll make sure every family knows it.
Your daughter is a chubby little attention seeker and the other girls' parents are tired of her.
I'm posting the dean's home address and the names of his kids in the parents' group so people can tell him what they think.
Everyone in this PTA is aware your family is on food assistance, so stop acting superior at meetings.
As a fellow parent I feel obligated to tell you your son is a freak who makes the other kids uncomfortable, and we're keeping ours away.
I've started a page for parents to share every mistake Mr. Nakagawa makes; we'll keep it up until he's gone.
I'll be reading your son's failing essay out loud to the class tomorrow so he learns what embarrassment is. - Mr. D
Some kids are just born losers, and frankly your son is one of them; I don't know why you bother with tutoring.
The lunch lady is a disgusting slob and I've told my kids to tell her so every day.
Your kid smells, his clothes are filthy, and I've asked that he be moved away from mine, and told the class why.
I will continue to email the entire board about how incompetent and ugly the new principal is until she resigns.
Dear Ms. Okafor-Reid, nobody on staff wants to work with you; we've all agreed to stop including you in meetings and lunches.
The other coaches and I have a nickname for your daughter and it's not a nice one; she should hear it before she tries out again.
""")

# --- harassment + sexual (posting pictures, sexual rumours, body comments aimed at someone)
block("harassment+sexual", "pictures", """
embedded| we had a sub in history so I just sat there, and honestly I'm posting the pic Selah sent Jace tonight so the whole grade sees what she's like
I'm sending the video of you two in his car to your parents and your youth pastor.
Spread it that Noa sleeps with the seniors for rides, and send the screenshot of her bikini pic with it.
We're making a list of which girls on the dance team have sent pics and posting it with their names.
Everyone's going to see the pic you sent me, starting with your little sister.
adult-formal| I've seen the photos of your daughter going around and frankly she looks like a tramp, which explains a lot about your parenting.
slang| she sent pics to a junior so now shes the class slut, pass it on
continuation| and the pic is going to the whole team if you keep ignoring me.
""")

# ===========================================================================
# SEXUAL
# ===========================================================================
# --- grooming: an adult and a minor (secrecy, gifts, rides, private apps, meeting alone)
block("sexual", "grooming", """
embedded| Great job at the scrimmage today, your footwork is really improving. Let's keep our texts between us though, your mom doesn't need to see how close we've gotten.
embedded| I left something for you in the music room closet, a little gift, and remember it's our little secret, okay?
embedded| Your parents seem strict, so from now on message me on the other app, the one where messages disappear.
embedded| If you need a ride after rehearsal I can take you home, just don't mention it to anyone, people get the wrong idea about us.
embedded| Good luck on your algebra test tomorrow! You'll do great. Also, wear the pink top I like, and send me a picture of it tonight, just for me.
embedded| Thanks for helping me set up the classroom today, you're such a sweetheart, I'll drive you home but let's not tell your dad, he's so protective.
You're more mature than the other kids in my class, which is why what we have has to stay between us.
I'll buy you the phone, but you have to promise you won't tell your dad who it's from.
Send me a picture of you in the new dress when you try it on, only me, nobody else has to know.
I'm going to be near your house Saturday, can you slip out for an hour without telling anyone?
I deleted our chat on my end, make sure you delete yours too, sweetheart.
You can't tell the counselor about our talks, she'd twist it into something ugly.
I put another $50 on your card, did you like the last present? Now it's your turn to send me something.
Meet me in the parking lot after the late bus leaves, I'll be in the blue car, don't bring anyone.
I can be the one person you trust. Parents don't understand, I do. Just don't let them see these messages.
Tell your mom you have extra practice Thursday, and come to my apartment instead.
I'll help you with your college essay at my place, but make sure nobody knows you're coming.
Do you sleep in your own room? Does your mom check on you at night? Just curious.
Let's video chat after your parents go to bed, and keep your door closed.
You're not like other 13 year olds, you get me. That's why this is our secret.
I'm sending you a gift card, spend it on something cute and show me.
Don't tell your friends I gave you the AirPods, they'll ask questions.
If you come to the cabin with me this weekend I'll let you drive, just tell your parents it's a team trip.
As your youth group leader I can drive you home by myself any time, the other kids' parents don't need to hear about it.
My wife wouldn't understand our friendship, so text me on this number instead.
You looked so grown up in your recital costume, send me some pictures of you wearing it at home.
Every selfie you send me from bed before school gets you another $20, just between us.
Let's keep our lunch meetings private, the other students would be jealous.
I'll give you a ride to the tournament, just us, and we can stop at the hotel first to rest.
Nobody has to know you're staying over, I'll drop you at school in the morning.
Here's my personal number, delete it from your contacts and just memorize it.
When you turn 16 we can tell people. Until then it's just you and me.
Your coach is the only one who really sees you, remember that when your parents try to keep us apart.
Don't wear the baggy hoodie to practice anymore, I like seeing you in the tight one.
I saw you crying in the hallway, come to my office after school and we'll talk, just the two of us, door closed.
I'll be your secret best friend, I'm 26 but you're way more mature than my friends.
I can give you money whenever you need it, you just have to be nice to me.
Let's move this to the app with the lock icon, your dad reads your texts.
adult-formal| As your daughter's private voice coach, I'd like our lessons moved to my home in the evenings, and I'd prefer parents not sit in, it distracts her.
adult-formal| Please don't mention to your parents that I drove you home; it's simpler if we keep it between us.
adult-formal| I've noticed you're lonely, and I want you to know my door is always open, just don't tell the other teachers we talk after hours.
slang| hey its ur cousin's friend, im 22 but u seem chill, add my private acc and dont tell her
slang| lmk when ur parents leave, ill come get u, dont tell anybody
continuation| and remember, this is just between us, okay? Delete after reading.
continuation| and if your mom asks, you were at the library, not at my apartment, sweetheart.
continuation| and I'll bring the gift when I pick you up, don't say anything to your sister.
""")

# --- sextortion
block("sexual", "sextortion", """
I still have the video from our call, so you're going to do exactly what I say tonight or your whole contact list gets it.
I found your school's page and I know who your friends are. $200 in gift cards by midnight or they all see what you sent.
you thought deleting your account would stop me? i have your pics in three places, send another or your mom gets them
I recorded you on the webcam. Pay me or I upload it with your name and school.
I already messaged one of your teammates a blurred version. Send the new one or I send the clear one.
Every hour you don't reply I'll send one of your pictures to someone on your follower list.
You have till 9pm. Another video, or the one I have goes to your principal.
Don't call the police, I'll know, and your pictures will be everywhere before they get to you.
I'm not asking again. Send what I want or your church group sees everything.
I'll delete everything if you send one more without the towel.
Your ex gave me your nudes. Venmo me $150 or I post them in the school group.
I have your face and your body in the same photo now, thanks to the editing app, and I'm sending it to your parents unless you pay.
adult-formal| We have obtained intimate recordings of you; transfer $500 in bitcoin within 48 hours or they will be sent to your colleagues and your students' parents.
embedded| lol ok so the game got rained out, and btw I screenshotted every pic you sent me so you're not ending this, you're sending more tonight or your team sees them
continuation| and if you block me the pics go out automatically.
slang| u got til midnight to send another one or i drop the folder in the gc
""")

# --- requests, pressure, explicit, comments about bodies
block("sexual", "plain", """
embedded| lol the game was so boring, anyway you looked really good in your uniform, send me a pic of you without it later
embedded| ok so the bio test is friday and I'm cooked, also are you alone rn? send me something spicy, I'll delete it after
embedded| we're getting pizza after band, you coming? also I need a better pic of you, the kind you don't post
I can't stop staring at Lacey's chest in chemistry, she knows exactly what she's doing.
Come over Saturday, my parents are at a wedding, we can finally do it.
You'd look way better with nothing on, send proof.
My friends bet me you'd send a topless pic, don't make me lose.
Take a pic in the mirror, but this time skip the shirt.
I want to take your clothes off slowly in the back of my car.
Why are you so shy, it's just a picture of your body, everyone does it.
I'm so turned on thinking about you in gym class.
Let's sneak into the equipment room during the assembly and hook up.
If you send a video I'll send one back, fair trade.
Turn off the lights and turn your camera on, I want to see you.
Your legs in those shorts are giving me ideas I can't say in class.
Everyone in my cabin has sent pics of themselves, now it's your turn.
I need to see what you look like under that dress before prom.
I'll give you my answers for the test if you send me one pic, no face needed.
Let's make a video together, nobody else will ever see it.
I saved the pic you sent and I look at it every night before bed.
Meet me in the third floor bathroom during 6th, we'll have ten minutes.
I want you to sit on my lap in the back of the bus again.
Did you see Ms. Delacourt bend over the printer, I'd do anything to her.
He keeps rubbing against girls in the lunch line on purpose.
Somebody filmed up Harriet's skirt on the stairs and it's on three phones already.
She's going to the party and she'll be drunk, perfect chance to get with her.
I've got a hidden folder of pics from girls in our grade, want to trade?
I sent Jules a picture of my junk and she didn't reply, rude.
I want to see you in the hotel pool with no swimsuit on.
She'll do anything for a ride home, I'm picking her up Friday.
slang| wyd rn 👀 send a pic but make it spicy
slang| u tryna link after the game, my car got tinted windows
slang| snap me ur body pls, no face needed
slang| bet u wont send one without the hoodie
slang| house empty til 11, slide thru and we can get freaky
slang| she lowkey built different, i want her in my bed
slang| send ur 🍑 pic, i wont ss promise
slang| fr who tryna hook up in the band closet
slang| ur so fine, u know what i want, send it
algospeak| wanna do the horizontal hokey pokey after practice 😏
algospeak| drop the spicy pics 🌶️🌶️ in my dms
algospeak| lets make some corn 🌽 together tonight
algospeak| my seggs life needs u in it lol send pics
no-punct| after ur shower tonight snap me one with just the towel
no-punct| come to the back of the bus and sit on my lap
no-punct| i want to see you naked before the dance
typo| sned me a nud pls no one will see
typo| wanna hookup afer the game at my place
emoji| that last pic had me 🥵 now one with less clothes 📸
emoji| parents gone 😈🍆 come over
continuation| and this time no shirt, you promised.
continuation| and send the pic before your mom gets home, the one without the top.
continuation| and don't tell anyone you sent it, it's just for me.
""")

# --- adults making sexual comments / requests about students
block("sexual", "adult-formal", """
Your daughter is very well developed for fourteen; I'd be happy to give her private lessons at my home.
I couldn't help noticing the girls on the swim team in their suits, and I would like to volunteer as a poolside chaperone for that reason.
As a substitute, I would like the contact information of the young lady in the front row of 4th period; she was very attractive.
I'm a photographer and I'd like to do a private shoot with your son's track teammates, no parents, in their underwear for an athletic series.
I'll pay your daughter to model lingerie for my online store, she has the right figure and she's almost 16.
""")

# --- sexual + substance (grooming or sex with alcohol or drugs)
block("sexual+substance", "grooming", """
I'll bring wine coolers when I pick you up, just don't tell your parents you're with me.
Come to my place after practice, I've got vapes and weed, and we can be alone for once.
I'll get you as many carts as you want, you just have to send me pictures.
Have a couple of shots first, you'll relax, then we can make the video.
plain| Let's get her high at the bonfire and take her to the truck.
adult-formal| I'll provide the beer for the cast party at my house, and the older girls can stay the night, no need for parents to know.
embedded| practice was rough today but good job, if you come by my car after I'll have a vape for you and we can hang out, just us, our secret
plain| I won't tell your parents about the vape if you don't tell them about our chats.
""")

# --- sexual + solicitation (selling or buying sexual content)
block("sexual+solicitation", "pitch", """
Selling pics from the girls' locker room, $10 each, DM me.
I'll pay $40 for a pic of you in your underwear, Venmo ready.
My private page has the spicy stuff, $8 a month, link in bio, don't tell anyone from school.
slang| pics for sale, face or no face, price list in my dms 😏
""")

# ===========================================================================
# SUBSTANCE
# ===========================================================================
block("substance", "embedded", """
ok so saturday works, mom's dropping me at Kaia's at 8, and her brother got us a bottle of peach vodka so don't eat too much before
bio was a snooze, also I hit my vape in the stall right before the test and I think Mr. Dorsey smelled it
Thanks for the ride home! Also I left the cart in your cupholder, don't let your dad find it.
yeah the project's fine, I'll finish the slides tonight after I smoke, I work better high anyway
We had a great time at the lake house, the parents went to bed early so we finished all the beer in the garage fridge.
can you grab my jacket from the band room, the one with the nic pouches in the pocket, I need them before 5th
I'm so tired today, we stayed up till 3 at Mateo's taking shots, and now I have a chem quiz
The recital went well I think, I was pretty buzzed from the wine in my water bottle so I barely remember.
lol the sub let us watch a movie and half of us were high from lunch so it was perfect
Yes I can babysit Friday, and I'll probably have a couple of my mom's pills before so I'm chill with the kids.
mom thinks I'm at study group tonight but we're going to Dex's to get wasted, cover for me if she texts
practice at 4, bring water, and also bring the edibles you promised, I told the guys
The dance was fine I guess, I spent most of it in the bathroom with Imani hitting her pen.
so the essay is due at midnight and i'm on my third Adderall from Theo, I don't even know what I'm writing anymore
grandma's birthday was nice, and when everyone was singing I grabbed two beers from the cooler for me and Rafi
yeah I'm coming to the game, I'll be drunk but I'm coming
""")

block("substance", "continuation", """
and bring the stuff, you know, the green stuff we smoked last time.
and don't tell Jace the carts came from me.
and yes I was high for the whole assembly lol.
also I still have half the bottle left from Friday.
and my mom still hasn't noticed the pills are missing.
so let's just pregame at mine before the dance.
and the vape's in the usual spot, under the sink in the B wing bathroom.
and this time get the strong gummies, not the ones from last week.
and I can get more Adderall if we need it for finals.
so yeah I'm drinking before school again tomorrow.
and don't worry, the security guard never checks water bottles.
""")

block("substance", "indirect", """
I don't really drink at home anymore, just before first period, it takes the edge off.
I took one of my sister's pills before the presentation, I don't even feel nervous now.
My water bottle isn't water, if you know what I mean.
I need my afternoon "medicine" from the stall before chemistry.
I've been getting through the day with the little white pills from Jaden's brother.
Brownies at my house Saturday, the kind that make the movie really funny.
I'll be at the game but I'll have had a few from the bottle first, if you get me.
I can't focus unless I hit the pen, so I go to the bathroom every period now.
I keep a little something from my dad's liquor cabinet in my thermos for the bus ride.
We're having a "study session" at Finn's, bring your own juice and your own herbs.
I'm going to need something stronger than coffee to survive the SAT, and I know who has it.
""")

block("substance", "plain", """
We're getting a handle of rum for the cabin trip, Aiden's older cousin is buying.
I smoke before school every day now, it's the only way I can deal with first period.
Somebody left a bag of gummies in the locker room and now half the JV team is high.
My friend snorted a pill off his phone in the 2nd floor bathroom.
I took a tab at the concert and I'm still seeing things in first period.
I drink my dad's beer every night and refill the cans with water.
I've been taking Xanax to sleep, I get them from a kid on my bus.
Let's bring a bottle to the bonfire after the homecoming game.
I've been vaping since 6th grade and I go through a pod a day.
I buy nicotine pouches from a gas station that doesn't card, I take them to school every day.
I hit my dab pen in the back of the bus and the driver didn't notice.
We're going to smoke in the dugout during the JV game, nobody checks there.
Who's buying the beer for Saturday, I can chip in $10.
Spiked the lemonade at the junior class picnic, nobody noticed.
I get high in my car at lunch then go back to class.
I'm doing a line before the party to stay awake.
I drank half a bottle of cough syrup to feel something.
My sister gives me her ADHD meds and I sell some, keep the rest for myself.
I passed out in the nurse's office from drinking at lunch.
I'm so high right now and I have a presentation next period.
I've been sneaking shots from my dad's liquor cabinet before the bus comes.
Somebody passed a joint around at the freshman sleepover.
I'm hiding the weed in a tampon box so my mom won't look.
The vape detectors in the south hallway don't work if you blow into your hoodie.
We got drunk at the middle school playground on Friday night.
My older sister buys us White Claws if we do her chores.
I took three of my grandpa's oxy and I feel amazing.
The freshmen are getting high in the auditorium balcony every day during lunch.
I put tequila in my sports drink for the track meet.
slang| who bringing the bottle for the tailgate, im tryna be gone by kickoff
slang| we was geekin in the parking lot lmao
slang| my cart almost done who got one
slang| im lowkey drunk in spanish rn
slang| bro took 3 edibles before the bio test 💀
slang| need a nic hit so bad, meet me in the stall after 2nd
slang| cant wait to get zooted at the bonfire
slang| i been sippin since 7am no cap
slang| we hotboxing the car before the dance
slang| ima be so high at graduation lmao
slang| yall got any bars, exams got me stressed
slang| snuck a pint of henny into the game
algospeak| gonna be vibing with mary jane all weekend 🍃
algospeak| 🍄 trip saturday, who in
algospeak| need a little ❄️ for the party
algospeak| feeling zaza'd in history rn 💨
no-punct| i drank before school today and nobody noticed
no-punct| we are smoking at the skate park after school
typo| im so hgih in math class lol
typo| who wnats to get drunk at the game
emoji| bathroom after 3rd 💨💨 bring ur pen
emoji| bonfire saturday 🍻🔥 bring ur own bottles
""")

block("substance", "plan", """
Friday after the game, Oxley Pond, Ravi's bringing two bottles of vodka and I've got the weed.
Tuesday during 4th period, the stairwell by the art room, we're hitting the pen.
Saturday at 9 at Sloane's, her parents are in Cobalt Bay, BYOB and edibles.
Meet at the bleachers 20 minutes before first bell tomorrow, I'll have the cart.
After the Thursday matinee we're doing shrooms in the park behind the theater.
""")

# --- adults: staff at school, parents supplying minors
block("substance", "adult-formal", """
I keep a little bottle of whiskey in my desk for last period, it's the only way I survive 7th grade.
The boys can drink at our place after the game as long as they hand over their car keys; I'll have a couple of cases of beer.
I smoke a joint in my car during my planning period and nobody has ever noticed.
I'm the coach, and yes I let the seniors have a few beers on the bus home from state, it was a celebration.
I'm going to bring mimosas for the students on the last day, it's just a little champagne.
As a parent chaperone I'll have a flask at the dance, and if some of the older kids want a sip I won't tell.
I gave my son and his friends some edibles for the sleepover; better they try it at home with me.
I buy vapes for my daughter's friends because they're going to get them anyway.
I'm a teacher and I've been coming to school hungover every Monday, sometimes still drunk.
Please don't tell the principal, but I've been taking pills from the nurse's cabinet to get through the afternoons.
I'll host the junior prom after-party at my house; I'm providing the alcohol so they're not driving around looking for it.
The band director keeps a bottle in the instrument closet and drinks during rehearsals.
""")

# --- substance + weapons, substance + harassment
block("substance+weapons", "plain", """
Ms. Whitlow took my vape but she didn't find the knife, which is honestly the one that matters.
My cousin sells weed and keeps a pistol in the same backpack, he brings both to school.
slang| got the carts and the strap in my bag, pull up
""")

# ===========================================================================
# SUBSTANCE + SOLICITATION (dealing, selling to classmates, supplying for money)
# ===========================================================================
block("substance+solicitation", "dealing", """
embedded| ok so the quiz is tomorrow and I'm behind, but quick ad: I've got disposables again, $15 each, mango and blue razz, find me after 5th
embedded| Thanks for the birthday wishes! Also if anyone needs anything for the weekend, I'm restocked on gummies, 10 for $25, DM me not the group chat.
embedded| practice got moved to 4, and I'm selling the rest of my sister's Adderall before finals, $6 each, cash only
I'm the plug for the whole JV team now, text me what you want.
Selling Xanax bars, $8 each, two for $15, I deliver to the bus loop.
I have shrooms for sale this weekend, eighth for $25.
I'll get you a bottle of anything for $10 over store price, my brother has ID.
Who wants to buy edibles? I bake them myself, $5 a square.
Selling my prescription, 30 pills, best offer.
Pouches for $3 each or a whole can for $12, way cheaper than the store.
I'm looking for kids at Fernhill to sell carts for me, you keep a third.
New flavors dropped, vapes $18, first five buyers get a free charger.
I sell weed out of the concession stand during home games, ask for the "special popcorn."
Anyone want to buy some pills for the weekend? I've got blues and bars.
slang| got the gas, 25 a 8th, slide
slang| disposables for the low, 12 each, hmu
slang| plug restocked 🔌 carts 25, pens 40
slang| selling my perc stash, dm
slang| need alc for the party? i got u, 20 a bottle
algospeak| 🍃🍫💊 all in stock, menu in my close friends story
no-punct| selling vapes after school by the dumpsters dm me
typo| sellin cartz and gummys hmu
adult-formal| I'm happy to provide alcohol for your teen's party for a small fee; I deliver and I'm discreet.
adult-formal| Parents, I run a small CBD and THC gummy business and I'll give your teens a discount if they sell to their friends.
continuation| and if anyone else wants a cart, they're $20, same as last time.
plan| Bring $30 to the third stall in the boys' bathroom at 10:15 tomorrow, I'll have the carts.
""")

# ===========================================================================
# GAMBLING
# ===========================================================================
block("gambling", "embedded", """
practice got canceled because of the rain so we're all just sitting at Mateo's sweating the parlays, I've got $40 on the late game
Thanks for organizing the carpool! Also I owe Deshawn $120 from the Sunday games and he wants it by lunch, can I borrow some?
ok so the bio lab is due thursday, and I put my whole paycheck from the pizza place on the Wolves -6 so pray for me
Grandma sent me $100 for my birthday which was sweet, it's already on a four-leg parlay for tonight
yeah I'll be at the pep rally, I just have to check the live odds first, I've got a bet on the first quarter
the movie was mid but the best part was I hit my same game parlay during the credits, +$230
can u pick me up at 7, also dont tell my mom but i've been playing the slots app at night and i'm down like $400
I'm fine, just stressed, finals plus I lost the rent money my dad gave me on the ChipCastle app
Mom's making lasagna Sunday, come over, we can watch the game and I'll show you how I bet on it from my brother's account
class was boring so I spent the whole period putting money on the table tennis games on WagerWave, I'm up $35 lol
hey so the student council meeting is moved to Wednesday, and I'm running squares for the championship, $5 a box, I'll bring the sheet
We had such a nice time at the lake! On the drive home I won $60 on a blackjack app which paid for gas.
i got the job at the grocery store!! first check is going straight on the playoffs
""")

block("gambling", "continuation", """
and I'm putting the rest on the second half.
and if this one hits I'm paying everyone back.
also don't tell my mom about the betting app.
and I need it to cover what I lost on the fights last week.
so double or nothing, you in?
and that's why I need to borrow $50 until Friday, the guy I bet with won't wait.
plus I've got a bonus bet I have to use before it expires.
and if I lose this one I'm deleting the app, for real this time.
and then I'll put it all back on the late game.
and yeah I used my brother's sportsbook login again.
so venmo me your $10 before kickoff.
""")

block("gambling", "indirect", """
It's fine, I'll win it back Thursday, the line on the Ravenmoor game is a gift.
I only need one more good night on the app and I'm back to even.
My card got declined at lunch because of last night's spins.
I've got action on the game so I can't miss the fourth quarter.
I told my parents the money went to the band trip, but it went on the fight.
I know I said I'd stop, but the odds on this one are too good.
I have a system now for the roulette site, it basically can't lose.
The guy I owe says I have until Monday, so I need this one to hit.
I keep checking the score in class because my rent is riding on it.
Sunday's the day I get back everything I lost, I can feel it.
""")

block("gambling", "plain", """
I put $50 on the Rookhaven-Ashcombe game with a guy from my brother's work.
We bet money on who can hold their breath longest in the pool, $5 a round.
I've been betting on cricket matches at 3am because I'm addicted to the rush.
I made $90 betting on the spelling bee, Nia never misses.
I owe three kids money from bets and they won't stop texting me.
I took $200 out of my college account to bet on the final.
My dad's card is saved on the casino app and I've been using it every night.
I bet $20 that the sub won't last the period, pay up.
I'm down $700 on the app since September and I'm only 16.
We bet our lunch money on rock paper scissors, best of five.
I'm gonna go to the card room with my cousin's ID this weekend.
Loser of the arm wrestle pays $25, cash, right now.
I bet on the JV scores because I know who's injured.
I have four betting apps on my phone under a hidden folder.
Putting $30 on the underdog in the science bowl, the odds are too good.
My friend runs a blackjack table in his garage every Friday, $10 minimum.
I'm chasing losses again, down $150 today and I keep depositing.
I sold my bike so I'd have money for the parlays this weekend.
I stole money from the fundraiser box to cover a bet.
Let's bet on whose grade is higher on the final, $20 says I win.
I've been playing online poker for money in the library every free period.
I bet on the horse races at my uncle's on weekends, he lets me put money in.
We do a $2 pool every morning on how late the bus will be.
slang| lock it in, 50 on the over, lets ride
slang| parlay szn, 6 legs, im feeling it
slang| 1v1 at lunch, 20 on me, who's taking the other side
slang| the slot app ate my whole check again 💀 depositing more
slang| bet my whole check on the dogs +300
slang| bookie hittin my line rn, i need 80 by friday
slang| cant stop depositing, one more spin fr
slang| ran it up on the crash game, then lost it all lol
slang| yall in on the pool? 10 a bracket, winner takes all
slang| blackjack app got me broke again
slang| im betting on anything with odds rn
algospeak| 🎰🎰🎰 till 3am again, down bad
algospeak| the 🔒 of the day is in, 40 on it
algospeak| lost my stimmy on the spinny wheel app lol
no-punct| i bet 100 on the game tonight and im not telling my parents
no-punct| who wants to bet money on the free throw contest
typo| blew my payckeck on a 7 leg parlya, missed the last one
typo| puttin 30 on the ovr tonite
emoji| 💸💸 on the underdogs tonight 🐺
emoji| parlay looking good 🤞💰 3 legs left
""")

block("gambling", "plan", """
Thursday at lunch in the band room, $10 buy-in, Texas hold'em, bring cash.
Saturday night we're driving to the casino off the highway, Cody's brother got us IDs.
Monday after 6th, the loser of the free throw challenge pays $40 at the bike racks.
Friday before the game, put your money in the envelope in my locker, I'm placing the bets at halftime.
Sunday at noon we're watching at Jace's and everyone's betting $20 on every quarter.
""")

# --- adults
block("gambling", "adult-formal", """
I'm a teacher and I've been betting on my phone during my prep period, I'm down about four grand this semester.
The staff squares board is in the copy room, $20 a square, cash to Denise by Friday.
My son has been using my credit card on a betting site called WagerWave and he's fourteen.
I'm a cafeteria worker and I've been losing my wages at the card room on Foundry Street every Friday; I've borrowed from two coworkers to cover it.
Coaches' pool for the tournament is $50 per bracket, winner takes the pot, pay Coach Tilly.
I've been placing bets for a couple of the seniors on my account since they're not old enough.
The teachers' fantasy league has a $100 buy-in this year, payouts to the top three.
I've been playing the slot machines at the casino after parent conferences and I can't stop.
I put the PTA money on a sure thing and I'm going to put it back as soon as it pays out.
Our bus drivers have a weekly poker game for real money in the depot break room.
Parents, we're running a money pool on the homecoming game score, $10 per guess, cash to the booster table.
My daughter owes a boy at school $300 from sports bets and he's threatening her.
""")

# ===========================================================================
# GAMBLING + SOLICITATION (selling picks, referral codes, running a book)
# ===========================================================================
block("gambling+solicitation", "pitch", """
embedded| ok so the dance was fun, and random but if anyone wants in, I'm running the book for the playoffs, DM me your bets and I'll give better odds than the app
embedded| Hope everyone had a good break! Quick plug: use my code on LinePilot and you get $100 in free bets, I get $50, win-win.
Buy my picks for the weekend, $15 a slip, I've hit 9 of my last 11.
Subscribe to my Discord for daily parlay slips, it's $25 a month and my record's posted.
I'll place your bets for you if you're under 21, I take 10% of winnings.
Download SlotHarbor with my link and we both get 200 free spins.
I'm looking for kids at every school in the league to take bets for me, you keep 15%.
Send me your money before tip-off and I'll put it on the game for you, payouts Monday.
My betting course teaches you how to beat the books, only $60 for lifetime access.
slang| tail my slips, 10 a week, we been eating
slang| need ppl to run bets at fernhill, easy bread
slang| use my promo code, free $ on the app, no brainer
adult-formal| Our betting syndicate is open to a few more members; minimum stake $500, monthly returns guaranteed.
continuation| and if you want in on the next slip it's $10, Venmo me by 6.
""")

# ===========================================================================
# SOLICITATION
# ===========================================================================
block("solicitation", "embedded", """
hey! loved seeing you at the choir concert, random but I've started my own business with an amazing skincare company and I'd love to share how it's changed my life, are you open to it?
Sorry for the late reply about the carpool! Also, if you want, I'm selling finished chem labs for $10, just don't tell anyone where you got it.
ok so the history project is due friday, if anyone wants me to just do theirs it's $25, I've done four already
Great seeing you at pickup today! I'm hosting a little online party for my new wellness line Thursday, and I'm looking for a few moms to join my team.
so practice is at 5 and I'm bringing the speaker, and also I have the answer key for the chapter 7 test, $15, Venmo only
Thanks for the notes from Tuesday! Also my uncle has this crypto thing that's paying 12% a week, I can get you in if you send me $50.
yeah I'll be at the game, and I have like twenty pairs of rep sneakers in my trunk if anyone wants some, $45
Happy Friday everyone! If anyone's looking for extra income over the holidays, I can show you how I made $3,000 from my phone last month.
my mom got me a new laptop so I'm selling my old one, and also doing people's online quizzes for $5 each if u want
lol the bus was late again, anyway I'm selling spots in my trading signals group, first week free then $30
I'll bring the cupcakes Friday, and random, but my cousin can get you a fake ID for $80 if you still want one
Congrats on making the team! Quick question, have you ever thought about being your own boss? I'm building a team of go-getters like you.
""")

block("solicitation", "continuation", """
and the essays are $20 a page if you want me to do yours too.
and if you sign up under me you get the starter kit at a discount.
also the essay deal's only good until Friday, after that the price doubles.
so just Venmo me and I'll send the answers tonight.
and there are only three spots left on my team.
and I can send you the link to invest, minimum is $100.
plus if you bring two friends your kit is free.
and yes I can do the whole packet, just send the pages and the cash.
""")

block("solicitation", "mlm", """
Dear staff, I know we're all underpaid, which is why I want to introduce you to the financial freedom opportunity that helped me pay off my car.
I'm not selling anything, I'm offering you a chance to change your life, just buy the $299 founder's pack.
Girls, who wants to earn a free beach vacation? Join my team before the end of the month and I'll show you how.
Be your own boss at 16! Sign up under me, sell the shakes to your friends, and earn on everyone they bring in.
I'm hosting a candle party at my place Saturday, bring your wallet and your friends who want to join the business.
My upline made $40k last year and she's only 19, I'm looking for three people to start with me.
If you sign up two people this week, your membership fee is refunded, it basically pays for itself.
Hey hun! I noticed you're always so positive, that's exactly the kind of person my team needs.
You don't need experience, just passion and $150 for the starter kit.
I'd love to get you on a quick call with my mentor, she's helped so many moms quit their jobs.
Looking for students who want to earn commissions selling our energy drinks at school.
Join my essential oils team and get 25% off everything plus income from your referrals.
""")

block("solicitation", "crypto", """
My brother-in-law runs a crypto fund, 15% a month guaranteed, I'm letting a few teachers in before it closes.
This coin is going to 100x by summer, I put my whole savings in and you should too.
Send me $40 in crypto and my trading bot will send back $400 by Friday.
The NovaPaw token presale ends tonight, get in now with my referral link.
I run a forex signals group for students, $20 a week, we made 300% last month.
Put your birthday money in my staking pool, you'll get paid every day.
I'll manage your money for you, I trade options and I never lose, minimum $100.
Buy in with $50 and recruit two people, they each recruit two, and you double your money by the end of the month.
Just connect your wallet to this site to claim your free tokens.
The returns are guaranteed because it's backed by real estate, trust me, I've done it for a year.
""")

block("solicitation", "scam", """
Hi, this is Principal Ashby, I'm stuck in a meeting and need you to buy four $100 gift cards for a staff surprise, send me the codes and keep it quiet.
Your district email will be deactivated in 24 hours unless you pay the $25 renewal fee at the link below.
Hi sweetie, it's Aunt Meg, I'm stuck overseas and need you to send $300 in gift cards, don't tell your mom, it'll worry her.
Congratulations, you've been chosen for the Presidential Youth Scholarship! Just pay the $89 processing fee to claim it.
This is the school's payroll department; to receive your bonus, please confirm your bank login at the link.
Your child's lunch account is overdrawn; to avoid suspension pay by gift card and email us a photo of the back.
You've won a new laptop from the district raffle, just send $19.99 for shipping.
Hey, I'm a recruiter, I can get you a remote job paying $40 an hour, you just have to pay for the training materials first.
I accidentally sent you $200 on Cash App, can you send it back to this other account instead?
Your package from the school store is held at customs, pay the $4.50 fee to release it.
This is the superintendent; I need a favor from you personally, are you at your desk? I'll need some gift cards purchased.
Dear parent, the district is offering a tuition refund, please reply with your card number to receive it.
""")

block("solicitation", "plain", """
I'll write your college application essay for $150, and it'll get you in.
Selling the answers to the Spanish midterm, got them from a junior who had Ms. Ibarra last year, $20.
I do book reports for $8, I've never been caught.
I'm selling my old AP notes and graded tests, $40 for the bundle, cash at lunch.
I can take your online math quizzes for you all semester for $60.
Community service hours signed by my mom's friend, $5 an hour, no questions.
I'll sell you a doctor's note for Monday, $10, it has a real stamp.
Selling fake IDs, $90, scannable, two-week turnaround.
Reselling the graduation tickets, $50 each, way cheaper than scalpers.
I have the reading quiz answers for the whole year, $3 per quiz.
My side hustle is selling phone cases out of my backpack, $12 each, pick your color.
I sell custom stickers and if you buy 10 I'll give you a referral bonus for each friend you bring.
Buy my used gym uniform, barely worn, $20, I'll deliver it to your locker.
I'm selling candy bars for my own business, not the school one, $2 each.
Selling parking passes I printed myself, they look exactly like the real ones, $20.
Pay me $5 and I'll tell you what's on the history quiz tomorrow.
I'll do your summer math packet for $25, I'll even make some wrong so it looks real.
I sell Robux at half price, just give me your password so I can load them.
Selling V-bucks and rare skins, DM for the menu, PayPal only.
Who wants to buy followers? 500 for $8.
I'll hack your grades for $40, I know how the portal works.
I'm raffling off my old speaker system myself, not for any club, $5 a ticket, Venmo.
slang| essays for the low, 15 a page, dm
slang| yo who want the test answers for tmrw, 10 bucks
slang| selling fits outta my locker, sizes s to xl
slang| side hustle paying fr, lmk if u want in
slang| got the answer key to the final, ur welcome (for $20)
slang| tryna make easy money? i'll show u, just send 20 first
slang| reps for the low, jordans and dunks, dm ur size
slang| doing ur hw for 5 a sheet, fast
slang| crypto group chat is popping, 25 to join, we up big
algospeak| 💵 side hustle 💵 dm me "info"
algospeak| ✍️ essays 💰 any subject, fast turnaround
algospeak| 📈 new coin alert, get in before it 🚀
no-punct| i will do your chem homework for money just dm me
no-punct| selling test answers for the final cash only
typo| selling anser keys for every unit dm me
typo| invst 50 and get 500 back garanteed
emoji| 📚 homework done for u 💸 $5 a page
emoji| 👟👟 reps in my trunk, $40 💰
continuation| and the test answers are only $10 if you pay before lunch.
""")

block("solicitation", "adult-formal", """
Dear teacher, our service provides custom-written student essays that pass all plagiarism checks; reply for a bulk discount.
I'm a parent at Quillfield and a financial advisor; I'd like to offer every teacher a free consultation and a high-yield opportunity.
To all staff: I'm selling a few units of a supplement that cures anxiety and ADHD; I'm also looking for distributors.
Hello, I represent an education company; we pay teachers $200 for every student they enroll in our premium tutoring.
As a coach, I'm inviting the team families to invest in my new gym franchise, minimum $2,000, guaranteed returns.
I'm selling my late husband's coin collection to staff members only, cash, it's worth far more than I'm asking.
Attention parents: sign your child up for our elite modeling agency; the $400 portfolio fee guarantees placements.
Our foundation has selected your school for a grant; please remit a $250 administrative fee to release the funds.
""")

# ===========================================================================
# MORE GAMBLING
# ===========================================================================
block("gambling", "betting", """
embedded| sorry I missed the meeting, I was at the dentist, also I lost the $80 my mom gave me for the yearbook on a hockey parlay so I can't pay yet
embedded| yo the physics quiz was brutal, anyway I'm up $140 on the tennis bets this week so lunch is on me
embedded| Thanks for the recipe! Side note, I've been on the online roulette site every night after the kids are asleep and I'm scared of how much I've lost.
embedded| ok so I'm grounded because my dad saw the betting app on my phone, but I still have $60 riding on tonight so text me the score
embedded| The ski trip was great, we played poker for money every night in the cabin and I went home with $90.
embedded| lol I ate lunch in the library again, mostly because I was watching the cricket match I bet on
embedded| My shift ended early so I went to the card room on Foundry Street, don't tell anyone I'm not 21 yet.
embedded| hey are you going to the pep rally, also I put $25 on us beating Mossbrook by 10, so we better show up
continuation| and I already spent the winnings on the next slip.
continuation| and I swear I'll pay you back after the Monday game hits.
continuation| so I need you to place the bet for me, my account got locked.
continuation| and I know it's the lunch money, but the odds are +600.
indirect| One more good weekend and I can finally tell my parents where the savings went.
indirect| I always lose a little on Saturday but I make it back on Sunday, usually.
indirect| I'm not addicted, I just need to know I've got money on every game I watch.
indirect| The school laptop is perfect for the casino site because my mom never checks it.
Bet you $15 I can beat you in chess, loser pays at lunch.
I keep a notebook of every bet I've made this year, I'm down $1,100.
I borrowed $200 from my grandma and said it was for a field trip, it was for the sportsbook.
We flip coins for $5 a toss on the bus every morning.
I put my savings into a live bet during the second period and lost it in four minutes.
I've got money on every single college game this Saturday.
Let's bet on the student council election, $10 says Fiona wins.
I'm going to double my paycheck at the casino night at Cody's, real chips, real cash.
The kids in my homeroom have a running bet on how many times Ms. Greer sneezes, $1 a guess.
I got a bonus from the app for depositing $100, so I deposited $300.
I bet against my own team on the app and then didn't try in the second half.
I spent my whole birthday money on scratch tickets at the gas station on Mill Lane.
My friends and I pool $50 a week and put it on one big parlay.
I have a loan from a senior to cover my bets and he charges interest.
I've been betting on esports matches during class on my school Chromebook.
Hit $400 on the rocket game at 2am and lost it by 2:30.
I'll bet my phone against your phone on the championship.
Poker night in the drama room after rehearsal, $20 to sit in.
slang| bet 25 im faster than u in the mile, pay me at the finish
slang| who got action on the late game, i need a partner
slang| spinning the wheel app in class, down 40 already
slang| put my whole allowance on the dogs smh
slang| big parlay night, tail me or fade me
slang| lowkey addicted to the plinko app fr
slang| dice game in the locker room after 7th, 5 a roll
algospeak| 💰 on the line again tonight, 5 legs 🙏
algospeak| the spinny wheel took my paycheck 🎰😭
no-punct| i lost all my birthday money on the betting app
no-punct| we play poker for money every friday in the garage
typo| bettign 40 on the homcoming game
emoji| 🃏💵 poker at mine tonight, $10 in
plan| Wednesday at 3:15, the picnic tables, winner of the 1v1 takes the whole $60 pot.
plan| The night of the Mossbrook game we're all meeting at Beckett's to bet on every quarter, $10 a head.
adult-formal| I've organized a staff wager on the rivalry game; please leave $20 in the envelope on my desk.
adult-formal| I'm concerned my husband has been gambling away our son's college fund on his phone, including during school events.
adult-formal| As the booster treasurer I'll be running a cash pool on the championship for parents, $25 per entry.
adult-formal| I coach JV and I run a little betting pool among the players' dads, $10 a game, nothing serious.
""")

block("gambling+solicitation", "pitch", """
I'm running a sportsbook for the school, better lines than the apps, minimum $5, DM me.
VIP parlay group, $20 a week, we've hit six days straight, link in my bio.
Use code TAILME on WagerWave for $50 in bonus bets, I get a cut so thank you.
I'll teach you the blackjack system that pays my car insurance, $35 for the video course.
slang| running lines on the school games, hmu for odds
slang| selling my locks, 5 a pick, 80% hit rate no cap
emoji| 🎰 free spins with my link 🎰 $100 bonus 💸
plan| Slide your cash through the vent in locker 233 before 2pm Friday, I'll bet it for you on my account and pay winners Monday.
""")

# ===========================================================================
# MORE SUBSTANCE
# ===========================================================================
block("substance", "plain", """
embedded| the movie was actually good, and Rafi snuck a bottle of rum in his jacket so the second half was even better
embedded| ok I'm at my dad's this weekend, he sleeps by 10, so I'll be able to smoke on the porch, come over
embedded| Thanks for covering for me in chem, I was way too high to do the titration.
embedded| we finally finished the float for homecoming, and then everyone got drunk in Kaia's garage, best night ever
embedded| Can you return my calculator, and also I need my vape back before the weekend, it was in your backpack
embedded| The college tour was cool, we found a liquor store that didn't card and got a bottle for the hotel.
embedded| Nana's surgery went well, thanks for asking, and I took a few of her pain pills home for the weekend.
indirect| Let's just say my Gatorade at the game won't be Gatorade.
indirect| Mom's prescription bottle is looking a little lighter these days, thanks to me.
indirect| I've been "relaxing" with my cousin's gummies every night before bed since sophomore year.
continuation| and I'll bring the cups and the bottle, you bring the chaser.
continuation| and we can do the gummies before the movie starts.
continuation| also I found my dad's stash so we're good for Saturday.
I take a hit from my vape every time the teacher turns to the board.
Got caught with a bottle at the dance but the chaperone just poured it out.
I've been mixing my allergy meds with vodka to sleep.
We're going to drink at the cemetery after the game, nobody ever checks there.
I finished a whole bottle of wine at the sleepover by myself.
I keep a vape in the hollow part of my hairbrush.
Somebody's selling pills in the 200 hallway and half my class bought some.
My older friend drives us to the smoke shop that never checks ID.
I tried meth at a party last weekend.
I'm nervous about the recital so I'm taking a shot in the dressing room.
I've started buying my own alcohol with the fake ID I got online.
We smoked on the roof of the science wing after school.
I've been huffing spray paint in the art room closet.
The whole cheer squad got high before the competition.
I always chew a nicotine pouch during tests, it helps me focus.
I'm going to drink before my driving test to calm down.
We're doing poppers at the after-party.
slang| pregame at mine, my mom works nights 🍻
slang| got a pen that looks like a highlighter, hit it in class all day
slang| bro was cross faded at the pep rally lmaooo
slang| i need my nic, im fiending
slang| we sippin in the parking lot before the dance
slang| who tryna hit the cart at lunch, stall by the gym
algospeak| 🍃 + 🍫 at lunch, u in
algospeak| spicy juice 🧃 in my water bottle for the game
no-punct| i smoke weed every morning before the bus
typo| got durnk at the bonfire agin
emoji| so lit rn 🍺🍺 at the game
adult-formal| I'm a parent volunteer and I'll admit I've had a few drinks before the Friday football games; the kids love me more that way.
adult-formal| Staff members are invited to a small after-school gathering in room 212; I'll bring the bourbon, keep it off the calendar.
adult-formal| I've been giving my 15-year-old a beer with dinner and letting her take one to her friend's house.
""")

block("substance+solicitation", "dealing", """
I'll get anybody in the grade a bottle for $15 on top, just text me what you want.
Selling my brother's old cart batteries and carts, $20 for the pair.
I've got a new batch of edibles, $4 a piece or five for $18, pickup at the bike racks.
Anyone need Adderall for the SAT? $7 a pill, I have plenty.
slang| carts n pens in stock, text don't snap
slang| i got bars for the weekend, 10 each
emoji| 🍃🍫 in stock, $5 a square, dm 📲
""")

# ===========================================================================
# MORE SEXUAL
# ===========================================================================
block("sexual", "plain", """
embedded| omg the field trip was so long, anyway Mr. Drescher kept asking me to sit next to him on the bus and said I should keep our chats private, he gave me his personal number
embedded| ok so my aunt's coming this weekend, and also that guy from the game who's like 25 wants me to meet him at the mall alone, he said not to tell my mom
embedded| happy friday! the guy I met online says he'll buy me a plane ticket to visit him if I keep sending pics, he's 30 but really nice
embedded| I'm doing fine in math now thanks to Ms. Vell's tutoring, but she keeps saying we should meet at her apartment instead and not tell my parents
grooming| You're so special, that's why I don't talk to the other students the way I talk to you. Keep it that way, okay?
grooming| I'll come to your game and then drive you home, but wait for me by the back entrance so nobody sees.
grooming| Remember to delete our messages before you go to bed, your mom has your password.
grooming| I got you the necklace you liked, but tell everyone you bought it yourself.
grooming| You can sleep over at my house when your mom works nights, she doesn't have to know.
grooming| Let's keep the tutoring at my place, your parents never need to come in.
grooming| If you ever want to get away from your house, my car's always there for you. Just don't tell anyone where you're going.
grooming| Send me a picture when you get out of the shower tonight, I want to see you before bed.
grooming| I'm 19 but age doesn't matter, you're mature, just don't tell your parents we're dating.
grooming| Use the vault app to hide our chats, it looks like a calculator.
grooming| I'll give you money for the school trip if you come see me alone first.
grooming| I love that you trust me more than your parents. Let's keep it that way.
grooming| Your parents are at the conference till Sunday, right? I'll come by after dark.
grooming| Tell your friends you're sick Saturday and meet me at the trailhead instead.
grooming| You're my favorite, that's why we have our special time after practice, and why nobody else can know about it.
sextortion| I made a fake account with your name and I'll post the pics there unless you send a new video tonight.
sextortion| Your friends are all in my contacts now, so think carefully before you say no to me again.
sextortion| Send $100 or the screenshots go to your coach and your grandma.
sextortion| I know what school you go to, Harrowgate, right? Keep sending or your whole grade finds out.
Let's find an empty classroom during the fire drill and hook up.
I want to see you in the locker room after the game, just us.
Did you see what Viv wore to the dance? I'd rip that dress off.
He keeps asking the freshmen for pics in exchange for rides.
Every time she walks by I picture her naked, I can't help it.
Send me a video of you changing, I'll send you a gift card after.
Stay after the party, we'll have the basement to ourselves, bring nothing to wear.
Wear the skirt tomorrow, no shorts under it, for me.
Show me your body on FaceTime, just for a second.
slang| u lookin different lately 👀 send a pic so i can see
slang| hmu when ur home alone 😏
slang| she fine af, i'd smash no question
algospeak| wanna get a lil 🌶️ tonight on cam
no-punct| send me a pic in just your towel
typo| u shud send me a pik without ur shirt
emoji| tonight just us 😈🔥 come alone
continuation| and nobody has to know, I'll delete it after.
adult-formal| I would appreciate a private meeting with your daughter at my home studio to discuss modeling, parents are not permitted at shoots.
adult-formal| I'm the assistant director of the youth theater and I think your son should spend the weekend at my cabin for one-on-one coaching; please keep it quiet so the other kids don't feel left out.
""")

# ===========================================================================
# MORE HARASSMENT
# ===========================================================================
block("harassment+sexual", "plain", """
I'll tell everyone we did it anyway, so you might as well come over.
embedded| ok so the dance was fine, but I'm telling the whole team you hooked up with Silas in the bathroom, true or not, and sending them your bikini pic with it
""")

block("harassment", "plain", """
embedded| good luck on your driving test! also I made a burner account to comment on everything Vera posts, she deserves every word
embedded| yes I'll drive Saturday, and while we're at it can we get the whole car to sing the fat song when Hugo gets in
embedded| The assembly was boring, but at least we got to throw paper at the new kid the whole time, he just sat there.
embedded| i finished the reading, it was ok, also did you see Alba's poem, i'm printing it and taping it up in every bathroom with her name on it
doxxing| Here's where the kid who reported us lives, 18 Tamsin Road, everyone go knock on his window tonight.
doxxing| I'm posting Ms. Ibarra's personal number and her kids' school in the student group, let's see how she likes it.
doxxing| Post Cormac's address and his mom's work number, he wanted attention, now he has it.
indirect| I just think it's funny that nobody saved her a seat again, and nobody will tomorrow either.
indirect| We're all going to be really busy every time Soren asks to hang out, forever.
indirect| Let's see how long the new girl lasts before she starts eating lunch in the bathroom.
continuation| and I'm screenshotting everything he posts for the roast chat.
continuation| and make sure the whole team calls her that at practice.
You're honestly the dumbest person I've ever had to share a lab table with and I'm telling everyone.
Nobody signed your yearbook because nobody likes you, get it yet?
I'll make a new account every day until you delete yours.
Everyone knows your dad left because of you, even your mom says it.
Your art is so bad it made the teacher laugh, we all saw.
Look at her trying to fit into the uniform, somebody get a bigger size lol.
We voted you Most Likely to Die Alone and we're putting it in the yearbook.
Your stutter is the funniest thing in this school, say your name again.
slang| nobody in the gc can stand u, we just keep u for the jokes
slang| bro cried over a grade lmaooo post it
slang| she got the personality of a wet napkin fr
no-punct| nobody wants you at the party stop asking
emoji| his haircut 💀💀 someone clip this
adult-formal| I've forwarded your son's embarrassing essay to the other parents so they can see what we're dealing with.
adult-formal| Ms. Darrow, the staff have started calling you "the walrus" and I think you deserve to know why.
""")

# ===========================================================================
# MORE GAMBLING, SOLICITATION, HARASSMENT, SEXUAL
# ===========================================================================
block("gambling", "betting", """
embedded| My sister's graduation party is Saturday so I can't come, but put $20 on the Ravenmoor spread for me and I'll pay you Monday.
embedded| the fire drill today took forever lol, and I lost another $45 on the slots app while we were standing outside
embedded| Hi Coach, sorry I missed practice, I was at my uncle's watching the fights, I had $100 on the main event.
embedded| we got our report cards, mine's fine, and I'm using the reward money from my parents for a parlay tonight
I'm 15 and I have a bookie, is that bad?
If the Wolves cover tonight I'm up for the month, if not I'm selling my guitar.
I bet the whole carpool $5 each that Ms. Greer would cancel the test, and I won.
I've been gambling on the skins site all night, I lost my whole inventory.
Two more bets and then I'll quit, I just need to get back to where I started.
We bet real money on Mario Kart in the library, $10 a race.
I took money from my little brother's piggy bank for tonight's bet.
I've got an account on an offshore site that doesn't check age.
The seniors run a betting pool on prom couples, $5 a name.
I just lost $75 on whether it would rain during the game.
Let's bet on the dodgeball tournament, I'll hold the money.
slang| i got 50 on the fight at 3, who else got money on it
slang| lemme borrow 20, i gotta cover my bet from last night
slang| my parlay missed by a point again, im depositing more
no-punct| loser of the bet pays 30 dollars no excuses
emoji| 🏈💰 all my money on the home team
adult-formal| I'm a school secretary and I've been using my lunch hour at the casino down the road; I'm in over my head with debt.
adult-formal| The custodial staff hold a weekly card game with cash stakes in the boiler room after hours.
continuation| and yes I'm taking bets on it, $5 minimum.
indirect| My phone's full of casino apps again, I just like having something riding on my evening.
""")

block("solicitation", "pitch", """
embedded| sorry I wasn't in class, I was sick, anyway I'm doing people's lab reports for $12 if you're behind too
embedded| Good morning team! Before our meeting, I'd love for everyone to check out my new business, it's a passive income opportunity and I'm offering staff a discount on the starter kit.
embedded| The concert was lovely! If any parents are interested, I'm now selling a weight-loss tea that works wonders, and I'm building a team.
embedded| the bus was packed, so yeah, I'm selling seats in my car for the week, $3 a ride, first come first served
I'll sell you my little brother's ADHD study planner with all the answers filled in, $10.
Pay me $30 and I'll get your name on the honor roll list, I know the office aide.
I'm selling a list of all the test questions Mr. Pell reuses every year, $15.
Anyone want a custom essay for the scholarship? $80, guaranteed to win.
I've got brand new earbuds still in the box, don't ask how, $20.
Buy my course on how to make money reselling sneakers, $49, I'm 15 and I make $2k a month.
Join my dropshipping team and I'll give you 10% of everything you sell, the starter store is $99.
I'll set up your fake ID and your fake social media, full package $120.
Send me $25 and I'll send you the login to a streaming account with everything.
slang| yo lmk if u want the quiz answers, got em for every class
slang| i do logo designs n essays, cheap, dm
slang| got cheap airpods, they fell off a truck lol 25
no-punct| selling my study guides and the answers 10 each
emoji| 🛍️ shop my story, everything $10 💸
adult-formal| Dear families, our private academy guarantees admission to top colleges; a $5,000 deposit secures your child's place before spots close.
adult-formal| I'm offering a paid opportunity to a few teachers: promote our supplement to your students' parents and receive a commission on every sale.
adult-formal| This is the IT helpdesk; your account has been flagged, please purchase a $100 security certificate with a gift card to restore access.
continuation| and if you want the answer key too, that's another $10.
indirect| If anyone's struggling with the essay, I have a way to make it disappear from your to-do list, for a price.
""")

block("harassment", "plain", """
embedded| ok so the dance is Friday and we're all going, and we told Juno it's next week so she shows up to an empty gym
embedded| Loved the team dinner! Just so you know, we've all agreed to stop passing to Cass until she quits.
We're keeping a tally of how many times Lior says something stupid in class, and reading it out on Friday.
Tell Paz that the whole grade calls her the ghost because nobody would notice if she was gone.
I changed the contact name for Mateus in everyone's phones to "the loser" and made it the group chat name.
Every time Sunny walks past the table we all stop talking and stare until she leaves.
continuation| and we'll keep doing it until he switches schools.
slang| we got a whole highlight reel of her falling, posting it tmrw
adult-formal| I've told the other team parents your son is a dirty player and a liar, and we'll boo him at every game.
adult-formal| I'll keep forwarding your emails to the parent group with my comments until you learn how ridiculous you sound.
""")

block("sexual", "plain", """
embedded| anyway the quiz got moved to Thursday, and your older brother's friend keeps messaging me that I'm mature for 14 and should come to his apartment without telling anyone
embedded| I had fun at the cast party! But the stage manager, who's like 28, asked me to send him a picture in my pajamas and said to keep it just between us.
grooming| You're old enough to decide who you spend time with. Your parents don't need to be involved in everything, especially us.
grooming| I'll pick you up from the library after closing, text me on the other app when you're out.
sextortion| Don't think I won't do it. Send the video by midnight or the pics go to your whole family.
Send me a pic of what you're wearing to bed tonight, and then one of what you're not.
Let's sneak into the pool after hours, no suits allowed.
He tried to get the freshman girls to send pics in exchange for answers to the test.
slang| ur body is crazy, send a vid
continuation| and wear the one I bought you when you send it.
""")

# ===========================================================================
# COMPOSED: an ordinary opening (homework, rides, practice, plans) followed by
# a hand-written problem clause, the way a positive shows up deep inside a
# longer message. A capped number per label is drawn.
# ===========================================================================
CHAT_LEADS = [
    "ok so the bio quiz got moved to thursday", "lol the sub didnt even take attendance today",
    "my mom says i can sleep over friday if my room is clean", "practice is at 4 again bc of the field thing",
    "just got home from the dentist and my whole face is numb", "we're doing the group slides tonight on call",
    "the bus was 20 min late again this morning", "i finally finished the english essay",
    "grandma's birthday dinner is sunday so i cant do the mall", "did u see the new schedule for finals week",
    "the pep rally was so loud my ears still hurt", "can u send me the spanish notes from tuesday",
    "my phone is at 3% so quick", "we got pizza after the game which was nice",
    "coach made us run laps for the whole period", "the field trip forms are due friday btw",
]
CONNECT = ["and", "also", "but honestly", "anyway", "btw", "and just so u know", "oh and"]
FORMAL_LEADS = [
    "Thank you for the update about the bus schedule.", "I received the report card this afternoon.",
    "Thanks for sending the field trip information.", "I'm writing about the parent conference next week.",
    "I appreciate the reminder about picture day.", "Following up on our phone call from Tuesday,",
    "I saw the newsletter about the spring concert.", "Regarding the volunteer sign-up sheet,",
]
CORES = {
    ("threat",): [
        "if Kellan says one more word about my mom hes not walking home", "the people who laughed at me in gym are going to regret it by monday",
        "im waiting for Sloane at her bus stop tomorrow and shes getting hurt", "coach is gonna pay for cutting me, i know which car is his",
        "dont sit near the back table on friday, im serious", "after what Dex did im making him bleed, just watch",
        "i know where Mr. Gorski lives and im going there this weekend", "everybody in that group chat gets what's coming to them thursday",
        "the portables are going up in flames with them inside if they keep it up", "nobody who signed that petition is safe after spring break",
    ],
    ("threat", "weapons"): [
        "my uncle's rifle is coming to school with me monday, stay out of the commons",
        "i'm bringing the knife for Corbin tomorrow, he knows why",
    ],
    ("self-harm",): [
        "i gave my hoodie and my switch away today bc i wont be needing them", "i stopped eating again and i hope it just finishes me",
        "i wrote the letters last night, theyre in my desk for after", "i wont be at school next week or ever, its fine, im calm",
        "i keep looking at the pills in the cabinet and i think tonights the night", "my arms are bad again and i did more last night on purpose",
        "please take care of my cat when im gone", "i already picked the bridge, i just need a quiet night",
        "dont save me a seat monday, i wont need it", "im not going to be a problem for anyone much longer",
    ],
    ("weapons",): [
        "the knife is still in my backpack from yesterday lol", "my brother left his pistol at our house and its in my room now",
        "i brought my dad's gun in my gym bag, it's in my locker", "who knows a guy who sells guns with no serial",
        "i figured out how to make a pipe bomb from stuff in the garage", "i keep the switchblade in my sock during school now",
        "the gun is in my glovebox in the student lot if u want to see it", "i got a box of bullets from my cousin for the weekend",
    ],
    ("harassment",): [
        "we all agreed nobody sits with Wren anymore, shes a freak", "im posting the video of Dashiell crying tonight",
        "Tessa is the ugliest girl in the grade and we're making a poll about it", "nobody invite Pia, shes too stupid to be around",
        "everyone unfollow Jonah at the same time so he gets it", "im spreading that Odalys got held back, dont care if its true",
        "tell Kenji to go jump off something, nobody would notice", "we made a group chat just to roast Lorcan",
    ],
    ("sexual",): [
        "u looked really good today, send me a pic without the shirt later", "that 25 yr old from the gym wants me to come over and not tell my mom",
        "send me something spicy tonight, ill delete it after", "if u dont send another pic im posting the ones i have",
        "my tutor says we should meet at his place and keep it our little secret", "come over when my parents leave and we can hook up",
    ],
    ("substance",): [
        "Rafi's brother got us two bottles of vodka for saturday", "i hit my vape in the stall right before the test",
        "bring the edibles to the bonfire", "i'm gonna be so high at the assembly lol", "i took two of my mom's xanax before school",
        "we're getting wasted at Dex's after the game, his parents are away", "i keep vodka in my water bottle for 6th period",
    ],
    ("substance", "solicitation"): [
        "im selling carts again, 20 each, dm me", "i got disposables for 15, find me after 5th",
    ],
    ("gambling",): [
        "i put my whole paycheck on the late game parlay", "i owe Deshawn 120 from the sunday bets", "im down 300 on the slots app this week",
        "poker at Mateo's tonight, 20 dollar buy in", "i bet 50 on the fight after school", "i used my brother's account to bet on the game again",
        "squares are 5 a box, bring cash to my locker", "i need to win back what i lost on the casino app",
    ],
    ("gambling", "solicitation"): [
        "use my code on the betting app and we both get free bets", "im selling my picks for 10 a slip, 9 for 11 last week",
    ],
    ("solicitation",): [
        "im doing ppls essays for 20 a page if u want", "i have the answer key for the chem test, 15 on venmo",
        "my cousin can get u a fake id for 80", "i started a business with this skincare company, want to join my team?",
        "my uncle's crypto thing pays 12% a week, send me 50 and ill get u in", "selling rep sneakers out of my trunk, 45 a pair",
        "im doing online quizzes for people, 5 each", "join my trading group, first week free then 30",
    ],
}
FORMAL_CORES = {
    ("threat",): ["If that teacher speaks to my son that way again, I will be waiting for him in the parking lot and he will regret it.",
                  "Please tell the coach I know where he lives and my patience is gone.",
                  "The principal should not feel safe walking to his car after what he did to my daughter."],
    ("self-harm",): ["I won't be in after Friday; I've made my arrangements and I'm at peace with ending things.",
                     "I've put my affairs in order and I don't intend to be here much longer."],
    ("harassment",): ["Frankly, your son is a lazy, dim child and the other parents and I have all agreed to keep ours away from him.",
                      "I've told every parent at pickup what an incompetent joke you are and I'll keep telling them."],
    ("sexual",): ["I'd prefer the private lessons with your daughter happen at my apartment, without parents present, and kept confidential."],
    ("substance",): ["I'll be providing the beer for the team party at my house; the kids just need to keep it quiet."],
    ("gambling",): ["I'm also running a cash pool on the rivalry game for the staff, $20 per entry, envelope on my desk."],
    ("solicitation",): ["I'd also love to tell you about a home business opportunity I've joined; I'm looking for a few parents for my team.",
                        "I'm stuck in a meeting and need you to purchase four $100 gift cards for staff appreciation; please send me the codes."],
}
COMPOSED_PER_LABELSET = {("threat",): 0, ("threat", "weapons"): 4, ("self-harm",): 24, ("weapons",): 20,
                         ("harassment",): 22, ("sexual",): 20, ("substance",): 20,
                         ("substance", "solicitation"): 4, ("gambling",): 22, ("gambling", "solicitation"): 4,
                         ("solicitation",): 20}


def composed(rng):
    out = []
    for labs, n in COMPOSED_PER_LABELSET.items():
        seen, tries = set(), 0
        while len(seen) < n and tries < n * 60:
            tries += 1
            if labs in FORMAL_CORES and rng.random() < 0.25:
                lead, core = rng.choice(FORMAL_LEADS), rng.choice(FORMAL_CORES[labs])
                if lead.endswith(","):
                    core = core[0].lower() + core[1:]
                s = f"{lead} {core}"
            else:
                s = f"{rng.choice(CHAT_LEADS)}, {rng.choice(CONNECT)} {rng.choice(CORES[labs])}"
            if s.lower() in seen:
                continue
            seen.add(s.lower())
            out.append((s, labs, "composed-embedded"))
    return out


# ===========================================================================
# SURFACE VARIANTS (a minority: texting spellings, typos, no punctuation, emoji)
# ===========================================================================
TEXTING = [
    (r"\bI'm\b", "im"), (r"\bI am\b", "im"), (r"\byou're\b", "ur"), (r"\byour\b", "ur"),
    (r"\byou\b", "u"), (r"\bare\b", "r"), (r"\btomorrow\b", ["tmrw", "2moro", "tmr"]),
    (r"\btonight\b", ["tn", "2nite", "tonite"]), (r"\bright now\b", "rn"),
    (r"\bbecause\b", ["bc", "cuz"]), (r"\bwant to\b", "wanna"), (r"\bgoing to\b", "gonna"),
    (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"), (r"\bwon't\b", "wont"), (r"\bI'll\b", "ill"),
    (r"\bI've\b", "ive"), (r"\bthat's\b", "thats"), (r"\bit's\b", "its"), (r"\bhe's\b", "hes"),
    (r"\bshe's\b", "shes"), (r"\bpeople\b", "ppl"), (r"\bplease\b", ["pls", "plz"]),
    (r"\bthough\b", "tho"), (r"\babout\b", "abt"), (r"\bbefore\b", "b4"), (r"\bwith\b", "w"),
    (r"\bsomething\b", "smth"), (r"\breally\b", "rly"), (r"\beveryone\b", "every1"),
    (r"\bokay\b", "ok"), (r"\bknow\b", "kno"), (r"\bnothing\b", "nothin"), (r"\bgoing\b", "goin"),
]
FILLERS_PRE = ["ngl ", "fr ", "lowkey ", "istg ", "tbh ", "deadass ", "ok so ", "yo "]
FILLERS_POST = [" fr", " ngl", " no cap", " istg", " tbh", " lol", " fr fr"]
EMOJI = {
    "threat": ["😈", "😤", "👊", "🩸", "🔥", "💀", "🏫", "🙂"],
    "weapons": ["🔫", "🔪", "💣", "🎒", "👀", "🤫"],
    "self-harm": ["🖤", "🥀", "😔", "🕊️", "💔", "😶", "🫠"],
    "harassment": ["🤡", "🤢", "😂", "💀", "🙄", "🚮", "😭"],
    "sexual": ["😏", "👀", "🥵", "🤫", "😘", "📸"],
    "substance": ["🍃", "💨", "😵‍💫", "🍻", "💊", "🍄"],
    "gambling": ["💰", "🎰", "🎲", "💸", "🤞", "🏀", "🏈"],
    "solicitation": ["💰", "💸", "📈", "💯", "👇", "📲", "🛒"],
}
KEYB = "qwertyuiopasdfghjklzxcvbnm"
NEIGH = {c: KEYB[max(0, i - 1)] + KEYB[min(len(KEYB) - 1, i + 1)] for i, c in enumerate(KEYB)}


def lower_nopunct(t):
    t = t.lower().replace("\u2019", "'")
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
    if rng.random() < 0.3:
        s = rng.choice(FILLERS_PRE) + s
    elif rng.random() < 0.35:
        s = s.rstrip(".!") + rng.choice(FILLERS_POST)
    return s


def typo(t, rng):
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if len(re.sub(r"\W", "", w)) >= 4]
    if not idx:
        return None
    for _ in range(1 if rng.random() < 0.7 else 2):
        i = rng.choice(idx)
        w = words[i]
        letters = [j for j, c in enumerate(w) if c.isalpha()]
        if len(letters) < 3:
            continue
        j = rng.choice(letters[1:-1])
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
    pool = EMOJI[labels[0]]
    em = "".join(rng.choice(pool) for _ in range(rng.choice([1, 1, 2, 2, 3])))
    base = t if rng.random() < 0.5 else lower_nopunct(t)
    return base + " " + em if rng.random() < 0.85 else em + " " + base


NO_VARIANT_STYLES = {"adult-formal", "adult"}
VARIANT_KINDS = [("slang", 40), ("typo", 25), ("no-punct", 18), ("emoji", 17)]


def make_variant(text, labels, rng):
    kind = rng.choices([k for k, _ in VARIANT_KINDS], [w for _, w in VARIANT_KINDS])[0]
    if kind == "slang":
        v = texting(text, rng)
        if rng.random() < 0.2:
            v = emoji(v, labels, rng)
    elif kind == "typo":
        v = typo(text if rng.random() < 0.5 else texting(text, rng), rng)
    elif kind == "no-punct":
        v = lower_nopunct(text)
    else:
        v = emoji(text, labels, rng)
    return v, kind


def key(text):
    """Case-insensitive comparison key (also ignores runs of spaces and trailing . ! ?)."""
    k = re.sub(r"\s+", " ", text.lower()).strip()
    return re.sub(r"[\s.!?]+$", "", k)


def load_keys(path):
    keys = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    keys.add(key(json.loads(line)["text"]))
    return keys


# ===========================================================================
def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    existing = load_keys(os.path.join(here, "positives.jsonl"))
    negatives = load_keys(os.path.join(here, "negatives.jsonl"))
    rows, seen = [], set()
    dropped = Counter()

    def add(text, labels, style, origin):
        text = re.sub(r"\s+", " ", text).strip()
        k = key(text)
        if not text:
            return False
        if k in existing:
            dropped["in positives.jsonl"] += 1
            return False
        if k in negatives:
            dropped["in negatives.jsonl"] += 1
            return False
        if k in seen:
            dropped["repeated here"] += 1
            return False
        seen.add(k)
        rows.append({"text": text, "labels": [l for l in LABELS if l in labels],
                     "style": style, "_origin": origin})
        return True

    for text, labels, style in BASES:
        add(text, labels, style, "hand")
    for text, labels, style in composed(rng):
        add(text, labels, style, "composed")

    def counts(origin=None):
        c = Counter()
        for r in rows:
            if origin is None or r["_origin"] == origin:
                c.update(r["labels"])
        return c

    # Surface variants, at most one per source sentence, added to the label that is
    # furthest below TARGET, and never beyond MAX_VARIANT_SHARE of any label it carries.
    # Adults' formal mail is not turned into texting, typos or emoji.
    sources = [(r["text"], tuple(r["labels"])) for r in rows
               if r["style"] not in NO_VARIANT_STYLES and not r["text"].startswith(("Dear ", "To "))]
    by_label = defaultdict(list)
    for src in sources:
        for lab in src[1]:
            by_label[lab].append(src)
    for lab in LABELS:
        rng.shuffle(by_label[lab])
    used, pos, exhausted = set(), Counter(), set()
    while True:
        c, cv = counts(), counts("variant")
        short = [l for l in LABELS if c[l] < TARGET and l not in exhausted]
        if not short:
            break
        lab = min(short, key=lambda l: c[l])
        pool = by_label[lab]
        added = False
        while pos[lab] < len(pool):
            src = pool[pos[lab]]
            pos[lab] += 1
            if src[0] in used:
                continue
            if any(cv[l] + 1 > MAX_VARIANT_SHARE * (c[l] + 1) for l in src[1]):
                continue
            v, kind = make_variant(src[0], src[1], rng)
            if v and add(v, src[1], kind, "variant"):
                used.add(src[0])
                added = True
                break
        if not added:
            exhausted.add(lab)

    rng.shuffle(rows)
    with open(os.path.join(here, "more_positives.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("text", "labels", "style")}, ensure_ascii=False) + "\n")

    c = counts()
    origin = Counter(r["_origin"] for r in rows)
    print(f"total sentences: {len(rows)}  (hand-written {origin['hand']}, "
          f"composed {origin['composed']}, surface variants {origin['variant']})")
    print("dropped: " + (", ".join(f"{n} {why}" for why, n in sorted(dropped.items())) or "none"))
    print("per label (a sentence counts toward each of its labels):")
    print(f"  {'label':13s} {'total':>5s} {'hand':>5s} {'comp':>5s} {'var':>5s}  var%")
    for lab in LABELS:
        o = Counter(r["_origin"] for r in rows if lab in r["labels"])
        print(f"  {lab:13s} {c[lab]:5d} {o['hand']:5d} {o['composed']:5d} {o['variant']:5d}  "
              f"{100 * o['variant'] / c[lab]:4.1f}")
    multi = sum(1 for r in rows if len(r["labels"]) > 1)
    print(f"multi-label sentences: {multi}")
    styles = Counter(r["style"] for r in rows)
    print("styles:", ", ".join(f"{s} {n}" for s, n in styles.most_common()))
    for lab in LABELS:
        o = Counter(r["_origin"] for r in rows if lab in r["labels"])
        assert c[lab] >= MINIMUM, (lab, c[lab])
        assert o["variant"] * 3 < c[lab], (lab, "variants not under a third")
    assert not any(key(r["text"]) in existing for r in rows)


if __name__ == "__main__":
    main()
