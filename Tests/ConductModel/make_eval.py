#!/usr/bin/env python3
"""Independent evaluation set for the conduct classifier (school-district email).

Writes Tests/ConductModel/<class>/NNN.eml and Tests/ConductModel/manifest.json.
Every message below was written by hand; its labels are the ones its author
(this file) gave it when writing it, following models/conduct/CATEGORIES.md.
No label is computed from the text.

Regenerate:   python3 Tests/ConductModel/make_eval.py
Verify only:  python3 Tests/ConductModel/make_eval.py --verify-only

Python 3 standard library only. Deterministic: fixed seed, fixed Date and
Message-ID headers, fixed MIME boundaries, email.policy.SMTP (CRLF).
"""
import argparse
import datetime as dt
import html
import json
import random
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261109
KINDS = ["threat", "self-harm", "weapons", "harassment", "sexual", "substance", "gambling", "solicitation"]
CLASSES = ["student-mail", "staff-mail", "parent-mail", "outside-mail", "reply-forward", "html-mail",
           "encoded-disguised"]
MIN_TOTAL, MIN_PER_KIND, MIN_LOOKALIKE, MIN_ORDINARY = 420, 45, 130, 60

TZ = dt.timezone(dt.timedelta(hours=-4))
BASE_DATE = dt.datetime(2026, 9, 14, 7, 5, 0, tzinfo=TZ)
SCHOOL = "Lincoln High School"
ZW = "\u200b"  # zero-width space, used by a few disguised messages

# ---------------------------------------------------------------------------
# invented people
# ---------------------------------------------------------------------------
STUDENTS = [
    ("Maya", "Ortiz", 27), ("Jaylen", "Brooks", 28), ("Priya", "Raman", 27), ("Tyler", "Nguyen", 29),
    ("Ava", "Kowalski", 28), ("Marcus", "Bell", 27), ("Sofia", "Delgado", 29), ("Ethan", "Park", 28),
    ("Kayla", "Simmons", 27), ("Noah", "Fitzgerald", 30), ("Zoe", "Adeyemi", 28), ("Liam", "Castillo", 29),
    ("Emma", "Schultz", 30), ("Devon", "Carter", 27), ("Aaliyah", "Moore", 28), ("Caleb", "Yoder", 29),
    ("Isabella", "Romano", 30), ("Jordan", "Pike", 27), ("Hannah", "Lindqvist", 28), ("Mateo", "Alvarez", 29),
    ("Riley", "Chen", 30), ("Brianna", "Okafor", 27), ("Logan", "Tanaka", 28), ("Chloe", "Bennett", 29),
    ("Xavier", "Dunn", 30), ("Lily", "Haddad", 27), ("Owen", "Marsh", 28), ("Nia", "Washington", 29),
    ("Gavin", "Holt", 30), ("Ruby", "Patel", 28), ("Dominic", "Reyes", 27), ("Tessa", "Morgan", 29),
    ("Andre", "Baptiste", 28), ("Grace", "Whitaker", 30), ("Kai", "Sorensen", 27), ("Leah", "Goldberg", 29),
]
STAFF = {
    "pruitt": ("Angela Pruitt", "apruitt", "Principal"),
    "szabo": ("Victor Szabo", "vszabo", "Assistant Principal"),
    "whitfield": ("Dana Whitfield", "dwhitfield", "English Department"),
    "castellano": ("Rob Castellano", "rcastellano", "Social Studies"),
    "finch": ("Laura Finch", "lfinch", "Health and Physical Education"),
    "voss": ("Terry Voss", "tvoss", "Athletic Director"),
    "lindahl": ("Grace Lindahl", "glindahl", "Mathematics"),
    "ibarra": ("Sam Ibarra", "sibarra", "Chemistry"),
    "marchetti": ("Helen Marchetti", "hmarchetti", "Theatre Arts"),
    "oyelaran": ("Kevin Oyelaran", "koyelaran", "School Counselor"),
    "nakamura": ("Joy Nakamura", "jnakamura", "School Nurse"),
    "drummond": ("Paul Drummond", "pdrummond", "Technology Coordinator"),
    "kagawa": ("Irene Kagawa", "ikagawa", "Library Media Specialist"),
    "abara": ("Leon Abara", "labara", "Band Director"),
    "reyes": ("Monica Reyes", "mreyes", "Culinary Arts"),
    "holloway": ("Brent Holloway", "bholloway", "Agricultural Science"),
    "tran": ("Linh Tran", "ltran", "Biology"),
    "okoro": ("Chidi Okoro", "cokoro", "Business and Economics"),
    "baxter": ("Janet Baxter", "jbaxter", "Main Office"),
    "kemp": ("Doug Kemp", "dkemp", "Campus Safety"),
    "dawson": ("Greg Dawson", "gdawson", "Assistant Coach, Boys Soccer"),
    "lowell": ("Martin Lowell", "mlowell", "Instructional Aide"),
}
PARENTS = [
    ("Carla Ortiz", "carla.ortiz", "homemail.example"), ("Derek Brooks", "dbrooks74", "inbox.example"),
    ("Anita Raman", "anita.raman", "familymail.example"), ("Hoa Nguyen", "hoa.nguyen", "netmail.example"),
    ("Beth Kowalski", "bethkowalski", "homemail.example"), ("Lamar Bell", "lamar.bell", "inbox.example"),
    ("Rosa Delgado", "rdelgado", "familymail.example"), ("Susan Park", "susanpark", "netmail.example"),
    ("Tanya Simmons", "tsimmons", "homemail.example"), ("Brian Fitzgerald", "bfitz", "inbox.example"),
    ("Funke Adeyemi", "funke.adeyemi", "familymail.example"), ("Jorge Castillo", "jcastillo", "netmail.example"),
    ("Heidi Schultz", "heidi.schultz", "homemail.example"), ("Renee Carter", "renee.carter", "inbox.example"),
    ("Paul Yoder", "paul.yoder", "familymail.example"), ("Gina Romano", "gina.romano", "netmail.example"),
    ("Karen Lindqvist", "klindqvist", "homemail.example"), ("Victor Alvarez", "valvarez", "inbox.example"),
]
ALL_STAFF = "Lincoln HS Staff <lhs-staff@district.example>"
GRADE9_FAMILIES = "Grade 9 Families <grade9-families@district.example>"
ALL_FAMILIES = "Lincoln HS Families <lhs-families@district.example>"
ADMIN_TEAM = "Lincoln HS Administration <lhs-admin@district.example>"
SAFETY_TEAM = "Threat Assessment Team <lhs-safety@district.example>"


def student_addr(p):
    first, last, yy = p
    return f"{first} {last} <{first[0].lower()}{last.lower()}{yy}@students.district.example>"


def staff_addr(key):
    name, user, _ = STAFF[key]
    return f"{name} <{user}@district.example>"


def parent_addr(p):
    name, user, dom = p
    return f"{name} <{user}@{dom}>"


# ---------------------------------------------------------------------------
# the messages are collected here by the hand-written sections below
# ---------------------------------------------------------------------------
MSGS = []


def _add(group, labels, role, subject, body, **kw):
    for k in labels:
        assert k in KINDS, k
    assert len(set(labels)) == len(labels)
    MSGS.append(dict(group=group, labels=labels, role=role, subject=subject, body=body, **kw))


def P(labels, role, subject, body, **kw):
    """A message that carries the listed categories (space separated)."""
    _add("positive", labels.split(), role, subject, body, **kw)


def L(role, subject, body, **kw):
    """A look-alike: innocent mail using the same words. Carries nothing."""
    _add("look-alike", [], role, subject, body, **kw)


def O(role, subject, body, **kw):
    """An ordinary school mail. Carries nothing."""
    _add("ordinary", [], role, subject, body, **kw)

# Keyword arguments the sections use:
#   to=     's' / 'p' / 't' / 't:<staff key>' / a full address  (default depends on role)
#   frm=    a full address (required for role 'x', outside senders)
#   shape=  'plain' (default) | 'reply' (quote=...) | 'outlook' (Outlook style reply, quote=...)
#           | 'fwd' (inline forward, fwd=dict) | 'rfc822' (forwarded as attachment, fwd=dict)
#   fmt=    'text' (default) | 'html' | 'alt' (multipart/alternative)   html= overrides the HTML body
#   enc=    None | 'qp' | 'b64'
#   dis=    True when the text disguises words (spacing, dots, leetspeak, zero-width)
#   sig=    False to leave out the automatic staff/parent sign-off

# ===========================================================================
# THREAT (many also weapons or harassment)
# ===========================================================================
P("threat weapons", "s", "fri", """gonna bring my brothers 9 on friday. ppl in 3rd lunch bout to learn""")

P("threat", "s", "dont come tmrw", """srsly dont come to school tmrw. im not saying why just stay home ok
u been nice to me so im telling u. dont tell anyone i said this""")

P("threat", "s", "", """if tanner opens his mouth about my sister one more time hes dead. like actually dead. im done playing nice""")

P("threat weapons", "s", "after school", """parking lot behind the gym. i got the blade in my bag, hes not walking away this time""",
  shape="reply", quote="where u going after 7th?? u look mad")

P("threat", "s", "the list", """made a list of everyone who laughed at me in bio. they'll see what happens when i use it 🙂
ur not on it dw""")

P("threat weapons", "s", "🔫🔫 monday", """monday is the day. east hallway by the trophy case 🔫
everybody whos been fake to me is gonna regret it. last warning""")

P("threat", "s", "weekend??", """ok so saturday i have my cousins quince so i cant do the mall, maybe sunday?
also did u finish the spanish worksheet bc i did like half and gave up lol
and honestly after what coach did to me in front of everyone im going to make him pay. im gonna wreck his car first and then him
anyway text me if ur mom says u can go sunday""")

P("threat", "x", "Lincoln High", """There is a device in the building. It goes off at 11:15. You were warned.""",
  frm="<noreply.4471@tempbox.example>", to=ADMIN_TEAM)

P("threat", "s", "my airpods", """whoever took my airpods better put them back in my locker by 6th or im breaking their jaw on the bus. i know it was someone in pe""")

P("threat weapons", "s", "", """my uncle keeps a shotgun in the shed and he never locks it. so if those seniors jump me again im done running, they can meet it""")

P("threat", "s", "castellano", """mr c failed me on purpose i know he did. i know where he parks and what he drives. hes gonna find out what its like to have ur life ruined""")

P("threat", "s", "", """say that again in person and ill put u in the hospital. not joking this time""")

P("threat harassment weapons", "s", "u better watch it", """nobody even likes u devon. ur a weird little rat and everyone laughs at u behind ur back
keep talking and ill bring something sharp to pe and then we'll see how funny u are""")

P("threat", "s", "homecoming", """ima k.i.l.l evan at the homecoming game fr. he snitched to szabo and got me 3 days. under the bleachers after halftime""", dis=True)

P("threat weapons", "s", "tmrw", """s h o o t i n g up the cafeteria tmrw lol jk
...unless""", dis=True)

P("threat", "s", "204", f"""i'm going to h{ZW}urt every{ZW}one in room 204 on thursday. they all think im a joke. thursday they learn""", dis=True)

P("threat weapons", "s", "m0nd4y", """g0nna br1ng th3 g4t t0 sch00l m0nd4y. 4ll th0s3 cl0wns 1n 5th p3r10d g0n3""", dis=True)

P("threat weapons", "t:whitfield", "Concerning message from a student", """Victor,

A student in my 2nd period showed me this on her phone and then emailed it to me so I would have it. She was visibly shaken. The sender is on the JV soccer roster. I have not spoken to him. Forwarding for your attention right away.""",
  to=staff_addr("szabo"), shape="fwd",
  fwd=dict(frm="s", subject="lol", body="""if coach benches me again saturday i swear ill shoot up the field house. i know where my dad keeps it"""))

P("threat", "t:oyelaran", "Student message - please read today", """Dr. Pruitt,

The attached message was sent to me this morning by a student I have been seeing weekly. It was sent from his school account at 6:40 am. I have asked his mother to come in. Please advise on next steps with the threat assessment team.""",
  to=staff_addr("pruitt"), shape="rfc822",
  fwd=dict(frm="s", to="t:oyelaran", subject="you asked how im feeling",
           body="""you asked how im feeling so here. im done feeling. everyone at this school is going to pay on the last day before winter break. ive been planning since summer and nobody can stop it. dont bother calling my mom"""))

P("threat harassment", "s", "", """you think ur safe bc ur dad is a cop lmao. i know ur address. ur a spoiled nobody
sleep with one eye open this weekend""", fmt="html")

P("threat", "s", "band room", """all the freshmen who hang out in the band room better not be there wednesday afternoon. thats all im saying. tell ur friends""")

P("threat", "s", "", """one of these days im gonna burn this place down with everyone inside it and ill watch from across the street""")

P("threat weapons", "s", "friday game", """me and my cousins pulling up to the basketball game friday. tell marcus to bring his whole team we bringing hardware 🔫🔫""")

P("threat weapons", "s", "she better not", """i swear to god if she gets me suspended im gonna stab her with my pocket knife. i dont care anymore""")

P("threat", "p", "My son's suspension", """Mr. Szabo,

I received your voicemail about the incident on Tuesday. I want to be very clear: if my son is suspended again over something he did not start, I will come to that school and deal with you personally, and it will not be a conversation. You have been warned.""",
  to=staff_addr("szabo"))

P("threat", "p", "Pickup for Kayla", """Please tell Mrs. Pruitt that if she lets my ex pick up Kayla one more time without my permission, I will be waiting in the parking lot and someone is getting hurt. I am not asking.""",
  to=staff_addr("baxter"))

P("threat", "s", "last day for all of u on friday", """u know what i mean""")

P("threat", "s", "", """im putting rat poison in ms finch's coffee tmrw she deserves it after what she said about me in front of the class""")

P("threat", "s", "pep rally", """after the pep rally me and my boys are gonna jump jaylen in the locker room. 4 on 1 he wont get up this time""")

P("threat weapons", "s", "boom", """i have something in my backpack that goes boom 💣 and tmrw at the pep rally everyone finds out what it does""")

P("threat", "s", "Grade change request", """Hi Mr. Castellano,

I am writing about my grade on the unit 3 test. I studied for it for a long time and I think the short answers were graded unfairly, especially number 4 where I wrote about the Missouri Compromise and you took off 3 points. My parents are very upset about my grade because it brings me down to a C and I might lose my spot on the team. I was hoping you could look at it again or let me do a retake like you did for 1st period. And if you dont change my grade i know where you live, so think about that. Thank you for your time.""",
  to=staff_addr("castellano"), enc="qp")

P("threat", "s", "", """ur whole family is gonna get hurt if u tell anyone what u saw in the bathroom. i mean it. ur little sister too""",
  enc="b64")

P("threat", "s", "plan", """ok so plan: thursday 2nd period, north stairwell, we catch him alone when he goes to the nurse and we beat him till he stops moving. riley watches the door""")

P("threat weapons", "s", "dont mess w me", """brought my dads revolver today its in my locker. nobody mess w me today i mean it""")

P("threat", "s", "", """pretty sure ill end up hurting somebody if gavin keeps pushing me. i already picked where and when""")

P("threat harassment", "s", "walk home alone", """ur a fat loser and everyone knows it. walk home alone today and see what happens""")

P("threat harassment", "s", "", """tell ur little gay friend hes getting jumped at the bus loop after school. we been waiting for this""")

P("threat", "s", "phone", """fr gonna unalive mr drummond if he takes my phone again 😤 thats the third time this week""")

P("threat weapons", "s", "", """bro im gonna pop him 🔫 on god. he thinks i forgot""")

P("threat weapons", "s", "graduation", """theyre gonna find out what a pressure cooker full of nails can do at graduation. front row""")

P("threat", "s", "ur dead at 3:15 by the flagpole", """dont be late""")

P("threat", "s", "what i said", """i'm serious about what i said in class. tomorrow, lunch, the courtyard. everyone who voted me off the team is getting what they deserve.""",
  fmt="alt")

P("threat", "s", "Lunch detention", """nah. keep talking to me like that in front of everybody and ur gonna get hurt miss. watch""",
  to="t:lindahl", shape="reply",
  quote="""Please come to my room at lunch tomorrow to discuss your behavior in class today. This is not optional.

Ms. Lindahl""")

P("threat", "x", "Board vote", """To the members of the board,

Your member Nolan will regret Thursday's vote on the boundary change. We know which car is his and what time he leaves the district office. Reverse it.""",
  frm="Concerned Taxpayers <concerned.taxpayers@freemail.example>", to="Board of Education <board@district.example>")

P("threat weapons", "s", "", """if i see that snitch at the dance im slashing him up. got a box cutter from my job and it fits in my sock""")

P("threat", "s", "8th grade", """i hope the whole 8th grade dies in a fire and if nobody does it i will. im so done with every single one of them""")

P("threat weapons", "s", "monday", """going to make an example out of ms lindahl monday. sharpening my knife tonight lol""")

P("threat weapons", "s", "", """tell coach im bringing my brass knuckles to practice and im gonna use them on whoever started the rumor""")

P("threat", "s", "dude", """lmaooo the spanish sub was so lost today
also on the real tho if kyle posts that video of me again im gonna find him and wreck him, i dont care if i get expelled
u coming to the skatepark sat?""")

P("threat harassment", "s", "", """ur a snitch and snitches get stitches. see u at lunch rat""")

P("threat harassment", "s", "my stuff", """listen u little freak. touch my stuff again and ill break every one of ur fingers""")

P("threat harassment", "s", "bus stop", """dumb b*tch better watch her back at the bus stop tmrw. she knows what she did""")

# ===========================================================================
# SELF-HARM
# ===========================================================================
P("self-harm", "s", "", """i dont think ill be around after this weekend. thanks for being my friend since 6th grade fr""")

P("self-harm", "s", "idk", """kms fr. no but like actually i think about it every night now and its getting louder""")

P("self-harm", "s", "hey", """hey. i wanted to say some stuff before i go.
you were the best lab partner ever and you never made fun of me even when i messed up the titration lol
give my gray hoodie to maya, she always stole it anyway
dont be sad okay. its not your fault. its nobodys fault. i just cant keep doing this""")

P("self-harm", "s", "", """been thinking about unaliving myself a lot. i have it planned for the night my parents go to my aunts wedding""")

P("self-harm", "s", "stuff", """i wrote everything down already and i know which bridge. i just have to wait for the house to be empty""")

P("self-harm weapons", "s", "", """my dads gun safe code is his birthday. i tried it last night and it opened. im so tired of being here. i think saturday is when i finally stop""")

P("self-harm", "s", "", """sewerslide is looking real good rn ngl 🙃""")

P("self-harm", "s", "pls", """cutting again. its been 3 nights in a row. dont tell my mom pls she'll freak""")

P("self-harm", "s", "practice", """wont be at practice anymore. or anywhere. love u guys 🖤""")

P("self-harm", "s", "", """i w a n t t o d i e
like every day now""", dis=True)

P("self-harm", "s", "tonight", f"""i'm going to e{ZW}nd it to{ZW}night. sorry""", dis=True)

P("self-harm", "s", "", """everyone would be better off without me. i already wrote letters for my mom and my little brother. they're in my desk""",
  fmt="html")

P("self-harm", "s", "My essay", """Ms. Whitfield,

I won't be turning in the Gatsby essay. I won't be here next week. Thank you for everything this year, you were one of the only people at school who was nice to me.""",
  to="t:whitfield")

P("self-harm", "s", "", """gave away my switch and my jordans today. its easier this way. nobody has to worry about me after friday""")

P("self-harm", "s", "", """im so done. been looking up how high the parking garage on 5th street is. 7 floors is enough right""")

P("self-harm", "s", "ugh", """i hate my body so much i burned myself w a lighter again last night. on my thigh so nobody sees""")

P("self-harm", "s", "u ok?", """not really. i keep thinking everyone would be happier if i just wasnt here anymore. i have a plan i just havent picked the day""",
  shape="reply", quote="u ok? u been super quiet all week and u didnt sit with us at lunch")

P("self-harm", "p", "Urgent - my daughter", """Mr. Oyelaran,

I found this in my daughter's notebook this morning, and she had also emailed it to herself from her school account. She is at school right now. Please call me as soon as possible, my cell is the one on file.""",
  to=staff_addr("oyelaran"), shape="fwd",
  fwd=dict(frm="s", to="s", subject="(no subject)",
           body="""i can't do this anymore. i'm sorry mom. i'll be gone before you wake up. it's not your fault i promise"""))

P("self-harm", "s", "", """unalive szn fr 💀 no but i mean it this time""")

P("self-harm", "s", "", """lowkey want to sleep and not wake up. like ever. is that weird""")

P("self-harm weapons", "s", "", """found where my step dad hides his pistol. if tmrw goes like today im using it on myself""")

P("self-harm", "s", "bye", """me and the train tracks have a date friday night 🚂 bye""")

P("self-harm", "s", "", """1 w4nt t0 k1ll mys3lf""", dis=True)

P("self-harm", "s", "last one", """this is my last email from this account. please take care of my cat biscuit. i deleted all my stuff already""")

P("self-harm", "s", "", """stopped eating on purpose. i want to disappear. like literally disappear and not come back""")

P("self-harm", "s", "bad day", """i keep a razor in my pencil case for when it gets bad. it got bad at lunch""")

P("self-harm", "s", "this weekend", """ok so my mom said i can go to the football game but i have to be home by 10 which is so dumb
did u do the chem lab writeup? i'm so behind on everything
idk if ill even be alive by next weekend tbh, i've been writing my goodbye stuff
anyway lmk if ur getting a ride from ur sister""")

P("self-harm", "s", "", """i took the rope from the garage. i'm not scared anymore.""", fmt="alt")

P("self-harm", "s", "note", """I wrote my note already. It's in my desk under the math binder. Tell everyone I'm sorry.""", enc="b64")

P("self-harm", "s", "", """i told the counselor im fine but im not. i have a plan and i'm going to do it on my birthday so it's like a full circle thing""",
  enc="qp")

P("self-harm", "s", "", """if i fail this test im kms and this time i mean it not as a joke""")

P("self-harm", "s", "", """everyone keeps saying it gets better but im tired of waiting. tonight's the night""")

P("self-harm", "s", "goodbye for real", """ill miss u guys""")

P("self-harm", "s", "necklace", """can u give my necklace back to my mom after im gone. she'll want it. im not changing my mind""")

P("self-harm", "s", "", """i want to hurt myself so bad rn i cant stop thinking about it""")

P("self-harm", "s", "", """been hitting myself in the head till it bruises. i deserve it honestly""")

P("self-harm weapons", "s", "shh", """dont tell anyone but i ordered a knife online so i can finish it. its supposed to come thursday""")

P("self-harm", "t:finch", "Message a student sent to another student", """Kevin,

One of my 5th period students came to me after class and forwarded this message from a friend to my school account. She says the friend was not joking. The friend is not in my classes. Attached as received.""",
  to=staff_addr("oyelaran"), shape="rfc822",
  fwd=dict(frm="s", to="s", subject="dont freak out",
           body="""im gonna walk into the lake this weekend. no one will find me. dont freak out ok its better this way"""))

P("self-harm", "s", "", """ngl the only thing stopping me from ending it is my dog""")

P("self-harm", "s", "", """i dont want to be alive anymore. i just want it to stop""")

P("self-harm", "s", "Missing work", """it doesnt matter, i wont need it. i'm not going to be here much longer.""",
  to="t:lindahl", shape="reply",
  quote="""Hi, you're missing the last four homework assignments and the quiz retake. Can you come in during flex to catch up?

Ms. Lindahl""")

P("self-harm", "s", "", """researching ways to not wake up lol. found one that doesnt hurt""")

P("self-harm", "s", "friday", """im going to jump off the top of the stadium bleachers during the game friday. maybe then they'll notice""")

P("self-harm", "s", "", """deleted my insta, gave my sister my headphones, wrote my letters. saturday""")

P("self-harm weapons", "s", "", """my grandpa's hunting rifle is in the basement and i know where the shells are. i just want to stop hurting. tonight maybe""")

P("self-harm", "s", "", """i carved his name into my arm with a compass in math. i want to do worse""")

P("self-harm", "s", "scared", """i keep thinking about ending it all ngl and its scaring me""")

P("self-harm", "s", "", """s3w3rsl1d3 t0n1ght 🙃""", dis=True)

P("self-harm weapons", "s", "", """bought a box cutter at the hardware store after school. its for me not anyone else. i cant keep doing this""")

# ===========================================================================
# WEAPONS (without a threat)
# ===========================================================================
P("weapons solicitation", "s", "", """anyone tryna buy a glock 19 no serial. 350 cash, dm me""")

P("weapons", "s", "", """brought my pocket knife today for protection since what happened at the bus stop. its in the front pocket of my backpack""")

P("weapons", "s", "lmao look what i found", """in my dads nightstand. loaded and everything 😳 bringing it to show jay tmrw dont say anything""")

P("weapons", "s", "chem project 👀", """how do u make the thing with the pipe and the powder and the end caps. asking for my chem project 👀👀""")

P("weapons", "s", "", """i keep a switchblade in my boot since the fight. security never checks boots lol""")

P("weapons solicitation", "s", "", """bro my cousin can get u a strap for 200 if u still want one. no paperwork""")

P("weapons", "s", "hid it", """i hid the taser in the ceiling tile in the boys bathroom by the gym. 3rd tile from the window""")

P("weapons", "s", "", """showed everyone my brothers ar on facetime last night they were shook 😂 he lets me hold it when hes home""")

P("weapons", "s", "this weekend", """gonna 3d print a pistol frame this weekend, found the files on a forum. just need the springs and a slide""")

P("weapons", "s", "sat", """we're making fireworks bombs in maddie's garage saturday. bring the powder from ur dads reloading stuff""")

P("weapons", "p", "Knife in backpack", """Dear Mr. Szabo,

I am writing because I discovered last night that my son has been carrying a kitchen knife in his backpack to school for the past week. He says it is for protection because older boys have been bothering him on the way home. I took it from him, but I am worried he will find another one. Can we meet this week?""",
  to=staff_addr("szabo"))

P("weapons", "t:kemp", "Confiscated item, 4th period", """Mr. Szabo,

During 4th period passing time I took a folding knife with a roughly 5-inch blade from a sophomore's hoodie pocket near the 200 hall stairs. A classmate tipped off the hall monitor. The student says he "always carries it." The knife is bagged in my office and the student is waiting in the front office.""",
  to=staff_addr("szabo"))

P("weapons", "s", "", """yo whoever has the nine in ur locker move it rn they're doing searches with the dog in the 300 hall""")

P("weapons", "s", "lunch", """left the knife in the car bc of the metal detectors. walk out with me at lunch and grab it?""")

P("weapons", "s", "", """got brass knuckles off the internet, they came today. wearing them to the party saturday just in case""",
  fmt="html")

P("weapons", "s", "", """i know how to get a gun without a background check, my friend does it at the shows all the time. just need someone 18""")

P("weapons", "s", "saturday party", """ok so the party is at my house saturday, my parents are in ohio until sunday night
bring snacks if u can and tell hannah and grace
also ricky is bringing his pistol so dont be weird about it, he just likes showing it off
my address is the gray house at the end of the cul de sac, park on the street""", enc="qp")

P("weapons", "s", "", """can u hold my nunchucks in ur locker till friday mine got a new lock that doesnt work""")

P("weapons", "t:voss", "Snapchat post", """Dr. Pruitt,

Two of our cross country runners showed me this post this afternoon and one forwarded it to me. It appears to be taken in the student lot next to the tennis courts. Forwarding as I received it.""",
  to=staff_addr("pruitt"), shape="fwd",
  fwd=dict(frm="s", to="s", subject="fwd snap",
           body="""[photo: rifle across the back seat of a car in the school lot]
caption: new toy 😈 dads gonna be mad lol bringing it inside for 7th period show and tell"""))

P("weapons", "s", "", """the machete is under my bed if u need it for saturday, just come through the back door""")

P("weapons", "s", "lmao", """made a zip gun in shop when mr holloway wasnt looking lmaooo it actually fires. gonna bring it to the woods behind school and test it""")

P("weapons", "s", "", """br1ng1ng my kn1f3 t0m0rr0w just 1n c4s3""", dis=True)

P("weapons solicitation", "s", "", """dm me if u want a butterfly knife, got 3 extra, $25 each, i can bring them to school in my gym bag""")

P("weapons", "s", "", """my dad said i can take the .22 to school in my trunk for after school, nobody checks the student lot anyway""")

# ===========================================================================
# HARASSMENT
# ===========================================================================
P("harassment", "s", "LMAOOO", """everyone look at what maya wore today 😂😂 she looks like a trash bag with legs. send this to everyone""")

P("harassment", "s", "", """kys nobody would even notice""")

P("harassment", "s", "new gc", """we made a new group chat without priya bc shes annoying and smells like onions. DONT add her back""")

P("harassment", "s", "", """im posting the video of ethan crying in the locker room at 9 tonight unless he pays me 20. tell him""")

P("harassment", "s", "", """ur so ugly even ur mom doesnt want to look at u. go cry about it in the bathroom like always""")

P("harassment", "s", "spread it", """spread it: kayla got pregnant over the summer and thats why she switched to online for a month lmaooo""")

P("harassment", "s", "", """nobody wants you here zainab. go back to wherever you came from and take ur weird lunches with u""")

P("harassment", "s", "list", """rating every girl in 10th grade 1-10 and posting it tonight on the finsta. lily is def a 2 😭""")

P("harassment", "s", "", """i photoshopped noah's face on a pig and its going on the announcement tv in the commons tmrw morning 🐷""")

P("harassment", "s", "", """u r literally the dumbest person in this school and even the teachers talk about it""")

P("harassment", "p", "Your teaching", """Ms. Lindahl,

You are an incompetent, lazy excuse for a teacher, and everyone in this town knows you only got the job because of who your husband is. My daughter learns more from videos online than from you. I have told every parent I know exactly what you are.""",
  to=staff_addr("lindahl"))

P("harassment", "s", "", """fatty fatty fatty 🐷🐷🐷 skip lunch for once in ur life""")

P("harassment", "s", "", """Anonymous: everyone hates you Chloe. do everyone a favor and switch schools.""", fmt="html")

P("harassment", "s", "lol", """made a fake account for owen and im posting pages from his diary. the part about his crush is so embarrassing 😭""")

P("harassment", "s", "", """dont let the new kid sit with us. hes weird and his clothes are from the thrift store, its embarrassing""")

P("harassment", "s", "", """u r such a l.o.s.e.r and a f.r.e.a.k, n0b0dy l1k3s u, n0t 3v3n ur fr13nds""", dis=True)

P("harassment", "s", "stop", """lol cry more ✌️ see u in class freak""",
  shape="reply", quote="stop texting me please. i mean it. leave me alone")

P("harassment", "s", "", """if u tell on me ill tell everyone ur dad is in jail. see how many friends u have then""")

P("harassment", "t:lowell", "New aide", """Between us: the new aide in room 114 is a joke. Let's make sure she isn't invited to the lunch group or the happy hour until she gets the hint and quits.""",
  to=staff_addr("dawson"))

P("harassment", "s", "", """going to screenshot everything gavin said about being gay and send it to the whole team before the game""")

P("harassment", "s", "LMAOOO read this", """read what ruby wrote to jordan 😭😭 shes so desperate. send it to everyone""",
  shape="fwd",
  fwd=dict(frm="s", to="s", subject="hi",
           body="""hi jordan, i know this is random but i really like talking to you in art and i was wondering if you wanted to go to the fall dance together? it's ok if not"""))

P("harassment", "s", "", """everybody vote riley ugliest for the yearbook superlatives 😭😭 make it happen""")

P("harassment", "s", "group project", """ok so i finished the slides for the intro and the conclusion, somebody still needs to do the sources page
also can we please not put owen on the presentation part he literally stutters and its gonna make us look stupid, tell ur sister nobody likes her either and she should stop trying to sit with us
we present thursday so everything has to be done by wednesday night""", enc="qp")

P("harassment", "s", "", """ur disabled brother is so embarrassing, keep him away from the game or we will""")

P("harassment", "s", "", """bet u wont show up to school tmrw after what we posted 😂😂""")

P("harassment", "s", "team", """You're pathetic. I've seen third graders play better than you. Nobody is going to miss you when you get cut from this team.""",
  enc="b64")

P("harassment", "s", "", """we're all ignoring xavier tomorrow. nobody talk to him at all. pass it on""")

P("harassment", "s", "", """ur so stupid its actually funny. did u even pass 5th grade""")

P("harassment", "s", "", """just unalive urself already lol nobody would care""")

P("harassment", "s", "", """sending the pic of hannah puking at the party to the whole grade rn 🤮""")

# ===========================================================================
# SEXUAL (grooming, picture requests, sextortion, comments about bodies)
# Kept non-graphic on purpose: each is recognisable without explicit detail.
# ===========================================================================
P("sexual", "t:dawson", "talking", """Hey, you're so mature for your age, honestly easier to talk to than most adults I know. Let's keep our chats between us, people wouldn't understand. Maybe I can give you a ride home Thursday after practice, just the two of us.""",
  to="s", sig=False)

P("sexual", "x", "cleats", """Hey Sofia, I got you those new cleats I mentioned. Don't tell your parents they're from me, they'll get the wrong idea. Come by my place Saturday and I'll give them to you, we can hang out for a bit.""",
  frm="Coach Rick <rick.travelball@sportsmail.example>", to="s")

P("sexual", "x", "", """delete this after you read it ok? you're special to me and i don't want anyone ruining what we have. i'll pick you up at the corner tomorrow, not at your house""",
  frm="Jason <jay.m.1991@freemail.example>", to="s")

P("sexual", "x", "Next tutoring session", """Hi Leah,

I put some money on your gift card for doing so well on the quiz, don't mention it to your mom, she'd make a big deal out of it. Let's do our next session at my apartment instead of the library. It's more private and we can focus better without anyone around.""",
  frm="Evan Tutor <evan.tutoring@learnmail.example>", to="s")

P("sexual", "x", "after rehearsal", """Meet me in the costume storage room after rehearsal, come alone. Don't tell the others, this is just for you. You're my favorite, you know that.""",
  frm="Brandon (stage crew volunteer) <brandon.stagecrew@freemail.example>", to="s", fmt="html")

P("sexual", "x", "", """how old r u again? 14 is fine, ur mature for ur age. do u have snap? we can talk there where ur parents cant see""",
  frm="<xx.drift.king.xx@gamerchat.example>", to="s")

P("sexual", "x", "", """send me a pic of what you're wearing right now 😉 our little secret ok""",
  frm="Mike <mikeyb_83@freemail.example>", to="s")

P("sexual", "t:lowell", "checking in", """I noticed you've been sad lately. You can always come to my classroom at lunch when no one else is there, just you and me. I bought you something small, but it stays between us, okay? Other students might get jealous.""",
  to="s", sig=False)

P("sexual", "t:drummond", "ride", """Anytime. Maybe next time we'll stop for food on the way, just us. Better not to mention it to anyone at school, people get jealous of how close we are.""",
  to="s", shape="reply", quote="thanks for the ride home mr d", sig=False)

P("sexual", "x", "skins", """I'll buy you the battle pass and whatever skins you want if you video call me tonight with the door locked. Just don't tell your parents, they won't get it""",
  frm="<n1ghtowl_gg@gamerchat.example>", to="s")

P("sexual", "t:dawson", "extra practice", """Your parents don't need to know about the extra practice. Wear something comfortable and come to the small gym at 7 when it's empty. I'll drive you home after.""",
  to="s", sig=False)

P("sexual", "x", "Mentorship program - week 6", """Hi Tessa,

Great job on the scholarship essay draft, I can tell you worked hard on the second paragraph. I made some comments in the document about your transitions and the ending.

For next week, please bring your activities list so we can start on the Common App section. Also, you don't need to tell your mom about our Saturday meetings anymore, she'll just worry, and I think you should wear that blue dress again when I pick you up, you looked so grown up in it.

Keep up the great work!
Todd""",
  frm="Todd Mercer <todd.mercer@mentorlink.example>", to="s", enc="qp")

P("sexual", "x", "", """i'm 22 but age is just a number. you're 15 and more mature than girls my age. come to my car after the game, no one needs to know""",
  frm="<dre.22.music@freemail.example>", to="s")

P("sexual", "x", "tonight", """Let's video chat after your parents are asleep. Make sure your door is locked. I have a surprise gift for you but you can't show anyone.""",
  frm="Uncle Ray <ray.sutter@inbox.example>", to="s")

P("sexual", "s", "", """send me a pic without ur shirt rn pls 🥵""")

P("sexual", "s", "ur promise", """u said u would send nudes if i got u the hoodie. i got u the hoodie 😤""")

P("sexual harassment", "s", "", """bro just ask her for pics she sends them to everyone lmao""")

P("sexual", "s", "", """can u send me a spicy pic tonight, just for me i swear i wont show anyone""")

P("sexual", "s", "", """s3nd n00dz or ur b0r1ng fr""", dis=True)

P("sexual", "s", "", f"""send me a n{ZW}ude pic tonight, u owe me""", dis=True)

P("sexual harassment", "s", "", """i still have the pics u sent me in august. send more tonight or i post them to the whole grade chat""")

P("sexual harassment solicitation", "x", "Your private photos", """I have your private photos and the list of everyone you follow. Pay $500 in gift cards by Friday or the photos go to every one of them. Reply to this email with the card codes. Do not tell anyone.""",
  frm="<secure.msg.7731@anonbox.example>", to="s")

P("sexual harassment", "s", "", """delete my pics? nah. u do what i say now or ur dad sees them""")

P("sexual harassment", "s", "friday", """remember that video? 👀 meet me behind the auditorium friday or everyone gets the link""", fmt="alt")

P("sexual harassment", "s", "", """I screenshotted everything you sent me. Send two more by tonight or your whole team sees them tomorrow.""",
  enc="b64")

P("sexual harassment", "s", "", """i screenshotted ur snap before it disappeared 😈 one more or i airdrop it in the cafeteria""")

P("sexual", "s", "", """ur a** looked so good in those leggings today, turn around more in 4th period 😏""")

P("sexual", "s", "", """did u see the sub's body in that dress today. i couldnt focus on anything else the whole period 🤤""")

P("sexual harassment", "s", "", """rate the new girl's chest 1-10 go. i say 9 😂 dont tell her lol""")

P("sexual harassment", "s", "", """bet lily would do anything for a ride home if u know what i mean 😏 ask around""")

P("sexual", "s", "", """last night at the party me and alex hooked up in his car lol, we went all the way. dont tell anyone""")

P("sexual", "s", "after practice", """come over after practice, parents are gone til 9. wear nothing under the hoodie 😏""")

P("sexual", "t:lowell", "", """You looked really grown up in that dress at the dance Saturday. I couldn't stop looking at you. Don't tell anyone I said that.""",
  to="s", sig=False)

P("sexual harassment", "s", "", """spreading the pic of emma in her bra from the sleepover, its so funny 😭 send it around""")

P("sexual", "s", "ur body in gym class 🤤🤤", """u know what i mean""")

P("sexual harassment", "s", "", """airdropped the nudes of that sophomore to everyone on the bus lol""")

P("sexual harassment", "s", "pls stop", """ur body is the only interesting thing about u""",
  shape="reply", quote="stop texting me about my body. its gross")

P("sexual", "s", "", """the sub has such a big chest omg i cant focus 😳""")

P("sexual", "s", "", """u up? parents are gone, come over and we can do stuff 😏 bring protection""")

P("sexual", "s", "", """i'll give u 50 bucks for a video of u in the shower. nobody will know""")

P("sexual solicitation", "x", "New content 🔥", """Subscribe to my page for exclusive 18+ content 🔥 link in my bio, first month 50% off for new fans""",
  frm="Jade <jade.vip.content@fansmail.example>", to="s", fmt="html")

P("sexual", "s", "", """wanna sext? ur hot ngl""")

P("sexual", "s", "", """u l00k s0 s3xy t0d4y, w4nn4 h00k up 1n th3 b4thr00m 4ft3r l4st p3r10d?""", dis=True)

P("sexual harassment", "s", "", """dm me if u want her pics, i got the whole folder. shes so easy lol""")

P("sexual", "t:tran", "Message a student received", """Dr. Pruitt,

A student in my 3rd period came to me upset after class and forwarded this to my school account. She says it is from a man she met through a gaming server who says he is 17. Forwarding exactly as she sent it.""",
  to=staff_addr("pruitt"), shape="fwd",
  fwd=dict(frm="Kyle <kyle.online.07@gamerchat.example>", to="s", subject="hey",
           body="""you're so different from the girls at your school, they wouldn't understand you like i do. don't tell your mom about me ok. i'm coming through your town next week, i could pick you up at the park by your school and we could spend the day together, just us"""))

P("sexual", "s", "", """can u show me ur tan lines 😳 send pic""")

# ===========================================================================
# SUBSTANCE (some also solicitation when the writer is selling)
# ===========================================================================
P("substance solicitation", "s", "", """got mango and blue razz pods, $15 each or 2 for 25. meet me in the 2nd floor bathroom after 3rd""")

P("substance", "s", "", """who has a charger for my vape mine died in 3rd and im going crazy""")

P("substance", "s", "", """my mom doesnt count her xanax lol i took like 6 for the weekend""")

P("substance", "s", "", """bring the bottle of fireball, my parents are out til sunday 🥃""")

P("substance solicitation", "s", "", """anyone want carts? 🍃 1g $30, cash or cashapp, i'll be by the portables at lunch""")

P("substance", "s", "", """i was so high in ms lindahl's class i thought the whiteboard was breathing 💀""")

P("substance", "s", "", """hiding the edibles in my lunchbox in the gummy bear bag, they'll never know""")

P("substance solicitation", "s", "finals week", """selling my adderall $5 a pill during finals week, hmu before theyre gone""")

P("substance", "s", "", """we're getting wasted at jordans after homecoming, bring whatever u can steal from ur parents""")

P("substance", "s", "", """the gas station by the school sells to anyone no id, grab me a 4 pack of white claw""")

P("substance", "t:ibarra", "Items found in classroom", """Mr. Szabo,

After 5th period today I found a vape pen and a small bag with what look like pills in the desk in the back row, seat 28. Per the seating chart it belongs to a junior in my 5th period. Everything is in an envelope in my top drawer; could someone from the office pick it up before 3?""",
  to=staff_addr("szabo"))

P("substance", "s", "", """took two percs before 1st period lmao cant feel my face""")

P("substance", "s", "", """plug said new batch of shrooms this weekend, whos in 🍄""")

P("substance", "s", "fr1d4y", """g0t th3 w33d f0r fr1d4y, br1ng p4p3rs""", dis=True)

P("substance", "s", "", """🍃🍃 after school behind the portables? i got a lighter""")

P("substance", "s", "", """my cousin can get us lean for the party, bring 20""")

P("substance", "s", "", """im literally drunk rn in the bathroom and its 10am 😭😭""")

P("substance", "s", "", """hit my juul in the library and ms kagawa smelled it 😭 almost caught""", fmt="html")

P("substance", "s", "party sat", """only if theres alcohol lol. and someone said dom is bringing molly""",
  shape="reply", quote="r u coming to the party saturday or nah")

P("substance solicitation", "s", "", """pushing pens again 😤 disposables $20, zyns $5 a tin. venmo only""")

P("substance", "p", "Concern about my daughter", """Mr. Oyelaran,

I'm writing because I found vodka in my daughter's water bottle this morning and she admitted she has been drinking it during school for a few weeks, mostly before 2nd period. I am not sure where she is getting it. Could we set up a meeting?""",
  to=staff_addr("oyelaran"))

P("substance", "s", "", """dab pen is in the ceiling tile of the 300 hall bathroom, take a hit if u need it just put it back""")

P("substance", "s", "", """need someone 21 to buy me a handle for the bonfire, ill pay extra""")

P("substance", "s", "", """ket or coke this weekend? my guy has both""")

P("substance solicitation", "s", "history project", """hey so i finished my part of the history project (the causes of ww1 slides), its in the shared folder
can u do the timeline? ms castellano wants dates for everything
btw i have the pre rolls for saturday, $10 each if u want any, tell the others
also ur still bringing the poster board right""", enc="qp")

P("substance", "s", "", """I'll bring the wine coolers, you bring the weed. Your basement Friday after the game.""", enc="b64")

P("substance", "s", "", """blackout drunk at the game last night and i dont remember the ride home lol""")

P("substance", "s", "", """smoking in the band room bathroom between classes is so easy nobody ever checks""")

P("substance", "s", "", """crushed up my ritalin and snorted it before the sat, 0/10 not recommended lmao""")

P("substance", "s", "", """anyone have nic? ill pay double, mine got taken""")

P("substance solicitation", "s", "🍄 for sale", """first come first serve, 3.5 for $25""")

P("substance solicitation", "s", "LOL look what tyler sent", """is he serious 💀""",
  shape="fwd",
  fwd=dict(frm="s", to="s", subject="",
           body="""ive got 10 xans for whoever wants them, $3 each, meet me at my locker before 4th"""))

P("substance", "s", "", """my older brother is bringing us a case of beer to the lake sat 🍺""")

P("substance", "s", "", """we hotboxed my car at lunch and went back to chem 💨💨""")

P("substance", "s", "", """who wants to split an eighth? $15 each""")

P("substance solicitation", "s", "", f"""v{ZW}ape pods 4 s{ZW}ale, $10, dm""", dis=True)

P("substance", "s", "", """u can put the vodka in a gatorade bottle, coach never checks""")

P("substance", "s", "", """im so addicted to my vape, i hit it in every class under my hoodie""")

P("substance", "s", "Saturday!!", """party at the Kellers' cabin Saturday — their parents are gone, Luke's bringing a keg 🍺 don't tell anyone who isn't on this email""",
  fmt="alt")

P("substance solicitation", "x", "Students save 20%", """Delta-8 gummies shipped discreetly to your door. No ID required! Students get 20% off with code BACK2SCHOOL.""",
  frm="Cloud Nine Botanicals <deals@cloudninebotanicals.example>", to="s", fmt="html")

P("substance", "s", "", """hit a cart at the bus stop and threw up on the bus lmao""")

P("substance solicitation", "s", "", """pop a molly at the dance? ive got 4 left, ur first one is free""")

P("substance", "s", "", """can u grab some of ur moms sleeping pills, i wanna get messed up this weekend""")

P("substance", "s", "", """staff lot, blue honda, 12:15. bring cash for the green""")

P("substance", "s", "", """stole 2 bottles from my grandpas liquor cabinet, we're set for friday 🥂""")

P("substance", "s", "", """smoking a bowl before the pep rally, whos coming""")

P("substance solicitation", "s", "", """ill sell u my sisters vyvanse, 7 bucks each, she doesnt even take them""")

# ===========================================================================
# GAMBLING (some also solicitation when someone pitches a betting product)
# ===========================================================================
P("gambling", "s", "", """put $20 on the chiefs -3.5 for me, ill venmo u after school""")

P("gambling", "s", "", """dice in the 2nd floor bathroom after lunch, bring cash""")

P("gambling", "s", "IT HIT", """my parlay hit!!! 4 legs, $10 turned into $180 🤑🤑""")

P("gambling", "s", "", """whos in for super bowl squares? $5 a square, winner of each quarter takes the pot""")

P("gambling", "s", "", """lost $300 on stake last night and i cant tell my mom. i used the money from my job""")

P("gambling", "s", "", """bet u $50 mr ibarra cries at graduation. shake on it tmrw""")

P("gambling", "s", "", """my older bro lets me use his draftkings acct, want me to put something in for u""")

P("gambling", "s", "", """poker at ethans friday, $20 buy in, bring cash not venmo""")

P("gambling", "s", "", """ill bet anyone $10 we beat central by 20+ friday. venmo ready""")

P("gambling solicitation", "x", "Your $200 bonus bet is waiting", """Get a $200 bonus bet when you sign up with code SCHOOL200. Bet on college football tonight — it takes 2 minutes!""",
  frm="PlayMax Sportsbook <promo@playmaxbet.example>", to="s", fmt="html")

P("gambling", "t:voss", "Staff bracket pool", """Hi all,

The staff March Madness bracket pool is back. $10 entry, cash or check to me in the athletic office by Wednesday. Winner takes 70% of the pot, second place gets 30%. Brackets go out tomorrow.""",
  to=ALL_STAFF)

P("gambling", "s", "", """the roulette app gives u free coins but i bought $60 of chips with my moms card and lost them all in like an hour""")

P("gambling", "s", "", """doubled my money on the coin flip site lol then lost it all in 10 min""")

P("gambling", "s", "league", """fantasy league but with money this year. $40 buy in, paid out after week 17. venmo me by sunday""")

P("gambling", "s", "", """theres a kid taking bets on the jv games now, $5 minimum. hes in the commons at lunch""")

P("gambling solicitation", "x", "Spin with crypto", """Play slots and crash with crypto. No KYC, instant withdrawals, 18+ (we don't check 😉). Join today and get 50 free spins.""",
  frm="LuckyChain Casino <vip@luckychain.example>", to="s")

P("gambling", "s", "", """who wants to bet their lunch money on the arm wrestling tournament""")

P("gambling", "s", "", """over/under on how many times mr szabo says folks at the assembly. $2 a guess, closest takes it all""")

P("gambling", "s", "", """b3tt1ng 0n th3 g4m3 t0n1ght, wh0s 1n? $10 m1n""", dis=True)

P("gambling solicitation", "s", "LOCKS CHAT 🔒", """Join my picks group chat, we post locks every day 🔒 5 units on the Lakers ML tonight. VIP picks are $15/week, venmo me""",
  fmt="alt")

P("gambling", "s", "sunday", """nah lost $80 on the eagles. gotta chase it back this weekend""",
  shape="reply", quote="did u win???")

P("gambling", "s", "", """i owe marcus $40 from the blackjack game at lunch and he keeps asking""")

P("gambling solicitation", "s", "", """sports betting picks 🔥 went 9-1 last week. DM me for paid picks, $10 a day""")

P("gambling", "s", "", """lets bet on who gets the highest on the math test, $5 each, winner takes all""")

P("gambling", "t:castellano", "World Series pool", """Friends,

I've started a pool for the World Series. $10 per entry, cash to me in room 212 by Friday. Pick the winner and the number of games; winner takes all.""",
  to=ALL_STAFF)

P("gambling", "s", "", """my cousin buys us scratch offs at the gas station, i won $50 on one yesterday 🤑""")

P("gambling", "s", "saturday", """hey did u get the notes from chem today, i left early for the dentist
also can u put me down for $20 on the fight saturday, im taking the champ by ko
my mom says i can sleep over if ur mom calls her""", enc="qp")

P("gambling solicitation", "x", "Guaranteed esports wins", """Our Telegram channel gives guaranteed wins on esports bets. Students can deposit just $20 to start and double it by the weekend.""",
  frm="ProPlay Tips <tips@proplaytips.example>", to="s", enc="b64")

P("gambling", "s", "", """skins gambling on that csgo site is crazy, i turned $5 into a knife skin worth $400 lol""")

P("gambling", "s", "", """betting my whole paycheck on the parlay tonight, if it hits im buying everyone food""")

P("gambling", "s", "$$ spread for friday's game $$", """home team -7. put ur money in by thursday""")

P("gambling solicitation", "x", "100 FREE SPINS", """New players get 100 free spins, no deposit needed! Click here to claim your casino bonus before midnight.""",
  frm="Royal Spins <bonus@royalspins.example>", to="s")

P("gambling", "s", "", """we bet $100 on who gets the most detentions this semester lol im winning""")

P("gambling", "s", "", """can i borrow $30 i need to cover a bet i lost""")

P("gambling solicitation", "s", "", """made 200 on prizepicks this week, use my referral code and we both get $50 🤑""")

P("gambling", "s", "", """rock paper scissors tournament in the commons, $1 a match, winner keeps the money""")

P("gambling", "s", "", """using my dads card on fanduel again shhh""")

P("gambling", "p", "Money my son owes", """Mr. Oyelaran,

My son has been getting messages like the one below and told me he owes another student money from betting on basketball games. He says a lot of the boys are doing it through an app. I'm very worried.""",
  to=staff_addr("oyelaran"), shape="fwd",
  fwd=dict(frm="s", to="s", subject="pay up",
           body="""u owe me 200 from the nba bets. pay up by monday. i already covered ur losses twice"""))

P("gambling", "s", "", """texas holdem tourney during advisory, 5 bucks buy in, keep it quiet from mr abara""")

P("gambling solicitation", "x", "Earn by referring friends", """Become a betting affiliate! Students earn $$$ for every friend who signs up and deposits at our sportsbook. Get your link today.""",
  frm="BetPartners <partners@betpartners.example>", to="s")

P("gambling", "s", "", """heads or tails for $20, loser also buys pizza for the team""")

P("gambling", "s", "", """the mines game on that site is rigged i lost $120""")

P("gambling", "s", "", """everyone put $10 in the pot, whoever guesses the homecoming score exactly wins it all""")

P("gambling", "s", "p4rl4y l0ck 🔒", """trust me 3 legs, put $25 on it""", dis=True)

P("gambling", "s", "", """im down $600 on sports bets this month and i cant stop""")

P("gambling", "s", "", """wanna make it interesting? $20 says i beat u in 2k at lunch""")

P("gambling", "t:voss", "Friday", """Vegas has us as 3-point underdogs Friday night. Anybody want to put $20 on it in the faculty room? I'll hold the money.""",
  to=ALL_STAFF)

P("gambling", "s", "", """horse race betting with my grandpa on the app, won $90 lol im 16 shhh""")

# ===========================================================================
# SOLICITATION
# ===========================================================================
P("solicitation", "s", "essays", """ill write ur whole essay for $40, 24hr turnaround, i change the wording so turnitin doesnt catch it. dm me""")

P("solicitation", "x", "A+ papers for high school students", """EssayPro Scholars writes custom papers for students in grades 9-12. Any subject, any deadline, 100% original. Get 30% off your first order with code LINCOLN30!""",
  frm="EssayPro Scholars <orders@essayproscholars.example>", to="s", fmt="html")

P("solicitation", "s", "opportunity 💕", """hey girly!! 💕 i just joined this amazing skincare biz and im looking for 3 motivated queens to join my team!! its only $99 to start and u earn from everyone u bring in 👑👑 dm me""")

P("solicitation", "s", "", """bro put $50 in this coin rn its gonna 100x by friday. use my referral link so i get the bonus""")

P("solicitation", "x", "Quick favor", """Are you available? I need you to purchase 4 Apple gift cards ($100 each) for a staff appreciation surprise. Scratch the back and send me pictures of the codes. I'm in meetings all day so email only.

Dr. Pruitt""",
  frm="Dr. Angela Pruitt <principal.pruitt.office@quickmail.example>", to="t")

P("solicitation", "s", "", """selling my old airpods and some jordans size 10, dm me for prices, cash only""")

P("solicitation", "p", "An opportunity for our amazing teachers!", """Hi everyone!

I wanted to share an opportunity with our amazing teachers. I've been selling essential oils for two years and I now make more than my old full-time job. I'm building my team and teachers are PERFECT for this. Starter kits are $150 and you earn on everyone you recruit. Message me for a free consultation!""",
  to=ALL_STAFF)

P("solicitation", "x", "Earn $500/week from your phone!", """Earn $500 a week from your phone! No experience needed. Text START to join our team today. Students welcome!""",
  frm="Fast Cash Team <jobs@fastcashteam.example>", to="s")

P("solicitation", "s", "", """doing everyones math homework for $5 a worksheet, venmo first then i send pics""")

P("solicitation", "x", "87% win rate forex signals", """Our forex signals have an 87% win rate. Join the VIP group for $49/month and start growing your account this week. Limited spots for new members.""",
  frm="AlphaPips <vip@alphapips.example>", to="t", fmt="alt")

P("solicitation", "s", "", """selling answers to the chem final, $20. got them off the copier in the workroom""")

P("solicitation", "x", "Passive income for teachers", """Hi teacher! Want to earn passive income? My crypto trading bot makes 3% daily. Start with $250 and watch it grow. Reply for the link.""",
  frm="Derrick Lane <derrick.lane.wealth@freemail.example>", to="t")

P("solicitation", "s", "", """im reselling candy in class, $1 each way cheaper than the vending machine. hot cheetos $2""")

P("solicitation", "x", "Congratulations! You've been selected", """You have been selected for the National Achievers Scholarship worth $5,000! To claim your award, pay the $49 processing fee with the link below within 48 hours.""",
  frm="National Achievers Foundation <awards@nationalachievers.example>", to="s")

P("solicitation", "s", "", """buy followers 1000 for $5, dm me ur @""")

P("solicitation", "s", "", """c.a.s.h a.p.p me $20 n ill d.o.u.b.l.e it in an hour, legit""", dis=True)

P("solicitation", "s", "Rehearsal", """ok but fr if u want a bracelet theyre $3 lol just dm me""",
  to="t:abara", shape="reply",
  quote="""Please don't sell things during rehearsal. Thank you.

Mr. Abara""")

P("solicitation", "s", "", """I can take your online class for you. Whole semester $300, I keep an A or you get half back.""")

P("solicitation", "x", "Exclusive pre-IPO opportunity", """Dear Parent,

We are offering a small number of families the chance to invest in our exclusive pre-IPO fund. Minimum investment is $1,000 and returns are guaranteed. Reply to reserve your spot.""",
  frm="Summit Capital Partners <invest@summitcapital.example>", to="p", enc="b64")

P("solicitation", "s", "", """join my dropshipping course, its $29 and ill teach u how i made 2k last month from my phone. only taking 10 people""",
  enc="qp")

P("solicitation", "s", "", """who wants fake ids? $80, scannable, takes a week""")

P("solicitation", "t:okoro", "Suspicious email?", """Paul,

I got the attached this morning. It looks off to me, so I haven't clicked anything. Is this one of ours?""",
  to=staff_addr("drummond"), shape="rfc822",
  fwd=dict(frm="District IT Helpdesk <helpdesk@district-support.example>", to="t:okoro", subject="Password expires today",
           body="""Your district email password expires today. To keep your account active, pay the $1.99 verification fee with the secure link below and enter your card details."""))

P("solicitation", "s", "", """selling my snap account with a 400 day streak and 2k friends, $40 obo""")

P("solicitation", "s", "", """anyone want me to do their book reports? $15 a page, i always get As""")

P("solicitation", "p", "Herbalife meeting Thursday", """Hi fellow soccer families!

I'm hosting a wellness meeting at the Starbucks on Main on Thursday at 7. Come try our shakes and hear about the business opportunity that changed our family's finances. You can start earning the first week!""",
  to="Boys Soccer Families <boys-soccer-families@district.example>")

P("solicitation", "s", "💸💸 MAKE $$$ FAST 💸💸", """link in my bio, i made $900 last week""")

# ===========================================================================
# LOOK-ALIKES: violence words, idioms, lessons, fiction, games, drills
# ===========================================================================
L("s", "", """this chem test is literally killing me 😭 i'm dead. how r u so calm""")

L("s", "permission slip", """my mom is gonna kill me i forgot to get the field trip slip signed AGAIN. can u cover for me w ms tran""")

L("t:castellano", "Reading for Thursday", """Class,

For Thursday, read Chapter 14 on the Battle of Gettysburg (pp. 402-419). Be ready to discuss why Pickett's Charge failed, how many men were killed or wounded on both sides, and why Lincoln chose to speak there four months later.

We will watch a short clip of the battle reenactment at the start of class.""",
  to="Period 3 US History <ush-p3@district.example>")

L("t:pruitt", "Lockdown drill on Wednesday", """Dear Lincoln families,

On Wednesday at 10:15 a.m. we will hold our first lockdown drill of the year together with the police department. Teachers will lock classroom doors, turn off lights and move students out of sight of windows and doors. Officers will walk the halls and try door handles.

This is a drill. There is no threat to the school. We tell students ahead of time so that no one is frightened. If your child is anxious about drills, our counselors are happy to talk with them.""",
  to=ALL_FAMILIES)

L("s", "WE WON", """WE DESTROYED central last night 42-7 😤🔥 they got absolutely murdered in the 2nd half. defense was insane""")

L("s", "level 3", """ok so to kill the boss in level 3 u gotta hide behind the pillar till he reloads then snipe him from the tower. took me like 40 tries""")

L("t:whitfield", "Of Mice and Men essay", """Juniors,

As we finish Of Mice and Men, your final essay asks one question: at the end of the novel, George shoots Lennie. Was it an act of mercy, of betrayal, or both? Use at least three quotations from chapters 5 and 6.

Length: 700-900 words. Due Friday, October 9.""",
  to="English 11 <english11@district.example>")

L("t:marchetti", "Macbeth tech week notes", """Cast and crew,

Tech week notes for Act II: the murder of Duncan happens offstage. Lady Macbeth enters with the two daggers at "My hands are of your colour." Props crew, the daggers are the rubber ones with the silver paint, stored in the locked props cabinet; please check them back in after every run.

Banquo's fight in Act III: fight call at 3:15 sharp, no exceptions.""",
  to="Macbeth Cast and Crew <macbeth-cast@district.example>")

L("s", "", """i could kill for a pumpkin spice latte rn. starbucks after 7th??""")

L("s", "", """coach is gonna murder us at practice after that loss lol bring water""")

L("t:oyelaran", "Support after this weekend's news", """Dear students and families,

Many of you have seen the news coverage of the shooting at a school in another state this weekend. Events like this can be upsetting even when they happen far away. It is normal to feel scared, sad or angry.

Our counseling office is open all day Monday and Tuesday, and no appointment is needed. Please talk with your children, limit how much news they watch, and remind them that they can always come to any adult in the building.""",
  to=ALL_FAMILIES)

L("t:pruitt", "Bake sale total!", """Staff,

The Student Council bake sale was the bomb 💣 this week: we raised $412 for the winter coat drive. Thank you to everyone who baked or bought. Special thanks to Ms. Reyes's culinary students for the cinnamon rolls, which sold out in 20 minutes.""",
  to=ALL_STAFF)

L("s", "", """she absolutely slayed that solo at the concert, im deceased 💀💀""")

L("s", "debate", """we're gonna crush them at the debate tournament saturday, prepare to be annihilated 😎 jk but fr practice ur rebuttals""")

L("s", "", """i was impostor and killed everyone in electrical lmaooo they never suspected me""")

L("t:lindahl", "Chess club", """Chess club reminder: Thursday we will look at the Queen's Gambit Declined. Bring your notebooks. Ethan will show the line where you sacrifice the knight to attack the king.""",
  to="Chess Club <chess-club@district.example>")

L("t:castellano", "WWII unit - discussion prep", """AP World,

Our discussion on Friday is about the decision to drop the atomic bombs on Hiroshima and Nagasaki. Read the two primary sources in the packet (the Franck Report and Stimson's 1947 article). Come ready to argue whether the bombings were necessary to end the war. Estimates of the dead are in the table on page 3.""",
  to="AP World History <apworld@district.example>")

L("t:szabo", "Mock trial case packet", """Mock Trial team,

This year's state case is State v. Harlow. The defendant is charged with assault with a deadly weapon after a fight outside a restaurant. Prosecution team, please prepare the opening by Monday; defense, focus on the witness who says the knife was never found.""",
  to="Mock Trial <mocktrial@district.example>")

L("s", "my story for creative writing", """ok here's my ending, tell me if its too much:
"The knight drew his sword as the dragon dove. Steel met scale, and with one final strike the beast fell, its fire dying in the snow. He did not celebrate. He only sat beside it until the sun came up."
ms whitfield said it needs more dialogue""")

L("t:kagawa", "Overdue books", """Hi all, if you don't return your library books by Friday, I will hunt you down 😂 Kidding. Mostly. There are 46 books out more than a month. Please check your lockers!""",
  to="Grade 10 Students <grade10@district.example>")

L("t:castellano", "Sub plans for Friday", """Hi Janet,

Sub plans for Friday: periods 3 and 5 will watch the opening of Saving Private Ryan (we have permission forms on file for everyone, the list is in the red folder). Afterwards they answer the worksheet about the Normandy landings. Period 6 is a library day.""",
  to=staff_addr("baxter"))

L("t:finch", "Self-defense workshop", """PE students: on Thursday a certified instructor will run a self-defense workshop during 5th and 6th period. You will learn how to escape from grabs and how to get away safely from a dangerous situation. Wear athletic clothes.""",
  to="PE 10 <pe10@district.example>")

L("s", "", """my little brother killed my plant lol i left it in his room for one weekend""")

L("t:ibarra", "Lab partners", """Shoot me an email by Wednesday if you want to change lab partners for the second quarter. After that the pairs are set.""",
  to="Chemistry P2 <chem-p2@district.example>")

L("s", "", """this homework is gonna be the death of me fr. 40 problems??""")

L("s", "", """the fire drill tomorrow is at 9 so we'll miss half of english lmao 🙏""")

L("s", "", """lmao i dropped my tray in the cafeteria and everyone clapped. kill me 😭 going to live under a rock now""")

L("t:holloway", "Trapshooting team fundraiser", """Families,

The clay target team's trap shoot fundraiser is at the county sportsmen's club on October 17. Students who shoot must have completed the state hunter education course and will be supervised by certified coaches. Firearms are never brought to campus; they are transported by parents to the range.""",
  to="Clay Target Team Families <claytarget-families@district.example>")

L("s", "fortnite", """the new shotgun is so op i literally one shot everyone in tilted. hop on tonight""")

L("s", "", """bro i got absolutely destroyed in the 1v1 last night 💀 ill get my revenge in ranked""")

L("t:marchetti", "Props list for Oklahoma!", """Props crew,

Please check the following against the inventory by Friday:
- prop revolver for Jud (orange tip, non-firing, stays in the locked cabinet)
- toy rifle for the box social scene
- rubber knife for the smokehouse scene
- picnic baskets (12), lanterns (4), the surrey
All weapons props are signed out to the stage manager only.""",
  to="Oklahoma! Crew <oklahoma-crew@district.example>")

L("t:kemp", "Visitor badges", """Reminder to all staff: any adult on campus without a visitor badge should be directed to the main office. If you are uncomfortable approaching someone, call my extension (2240) and I will come right away.""",
  to=ALL_STAFF)

L("t:castellano", "Revolutionary War museum visit", """Parents,

Our visit to the county history museum on the 22nd includes a demonstration of how Revolutionary War soldiers loaded and fired a musket (no live rounds, the museum uses a blank-firing replica behind a barrier). Students will also see uniforms, letters and maps.""",
  to="US History Families <ush-families@district.example>")

L("s", "", """bro the cafeteria pizza is actually a crime. somebody call the police""")

L("s", "robotics", """our bot's flipper weapon finally works!! we're gonna flip everyone at the battlebots regional 🤖 bring ur safety glasses to practice""")

L("t:finch", "Fencing club", """Fencing club is back! We need volunteers to inventory the foils, masks and jackets on Tuesday. New members welcome, no experience needed.""",
  to="Fencing Club <fencing@district.example>")

L("t:voss", "Saturday meet officials", """Coaches,

Reminder that the starter for Saturday's meet will use the electronic start system, not the starter pistol, because of the new conference rules. Please tell your sprinters so no one is surprised by the beep.""",
  to="Track Coaches <track-coaches@district.example>")

L("t:whitfield", "School paper: assignments", """Gazette writers,

Assignments for the November issue:
- Riley: the new state law on safe gun storage and what it means for families (news, 500 words, quote at least two sources)
- Mateo: the boys' basketball preview
- Priya: review of the fall play
Drafts due the 30th.""",
  to="Gazette Staff <gazette@district.example>")

L("t:reyes", "Culinary II practical", """Culinary II,

Our knife skills practical is Tuesday. You will be graded on julienne, brunoise and chiffonade, and on safe handling: knives are carried point down, passed handle first, and returned to the magnetic strip after every task. Chef's knives stay in the classroom at all times.""",
  to="Culinary II <culinary2@district.example>")

L("t:holloway", "Hunter Education course", """Students and parents,

The state Hunter Education course will meet in the ag building on three Saturdays in October. Students learn safe firearm handling, transport and storage, wildlife laws and first aid. Classroom sessions use disabled training firearms only; no ammunition is permitted on campus. The field day is held at the state range with certified instructors.

A signed parent permission form is required.""",
  to="Ag Science Families <ag-families@district.example>")

L("t:voss", "Varsity practice", """Boys basketball,

Jaylen will be starting at shooting guard on Friday. Practice tomorrow focuses on shot clock situations and our press break. Be dressed by 3:10.""",
  to="Boys Basketball <bbb@district.example>")

L("t:finch", "Archery unit", """PE 9: the archery unit begins Monday. Bows and arrows stay on the range behind the field house, and we will spend the first day on range commands and safety. Closed-toe shoes required.""",
  to="PE 9 <pe9@district.example>")

L("t:ibarra", "Safety reminder before Thursday's lab", """Chemistry students,

Before Thursday's lab on exothermic reactions, reread the safety sheet. Never mix bleach and ammonia at home or anywhere else; the gas is toxic. Goggles stay on the whole period. If anything spills, tell me right away, don't try to clean it yourself.""",
  to="Chemistry P2 <chem-p2@district.example>")

L("p", "Sporting clays trip", """Hello Mr. Holloway,

My son is very excited about the ag club's trip to the sporting clays range. Does he need his own shotgun, or does the range provide one? And will the range instructors be with the kids the whole time? Thank you.""",
  to=staff_addr("holloway"))

L("t:szabo", "Senior Nerf war", """Seniors,

The senior Nerf war is a tradition, but it happens off campus only. No blasters on school property, in the lot, or on buses, and no blasters that look like real guns (clear or brightly colored ones only). Anyone breaking these rules is out of the game and may face school consequences.""",
  to="Class of 2027 <class2027@district.example>")

L("s", "", """we have a jrotc drill comp saturday so i cant come. we're doing the rifle spins with the demilitarized ones, wish me luck lol""")

L("t:kagawa", "Book club pick", """This month's book club pick is The Hunger Games. We'll talk about the arena, the way the Capitol uses violence as entertainment, and whether Katniss is a hero. Snacks provided!""",
  to="Book Club <bookclub@district.example>")

L("s", "", """ur gonna kill it at ur audition i know it 💪 text me after""")

L("s", "", """this cough is killing me im staying home tmrw, can u get the math notes""")

# ===========================================================================
# LOOK-ALIKES: self-harm words, support messages, prevention, book reports
# ===========================================================================
L("t:finch", "Suicide Prevention Week", """Health students,

This week is Suicide Prevention Week. In class we will talk about warning signs: talking about being a burden, giving away belongings, saying goodbye, withdrawing from friends, and sudden calm after a hard time. If you notice these in a friend, tell a trusted adult. You never have to keep a secret like that.

If you or someone you know is struggling, call or text 988 at any time.""",
  to="Health 10 <health10@district.example>")

L("t:oyelaran", "Support for our 10th grade community", """Dear 10th grade families,

I am writing with sad news. Our school community has lost a student this week. Out of respect for the family we are not sharing details. Counselors and crisis staff will be available in the library all week, and students may leave class to talk with someone at any time.

Grief can look different in teenagers. Please reach out to me directly if you are worried about your child.""",
  to="Grade 10 Families <grade10-families@district.example>")

L("s", "", """kill me now this homework is 4 pages front and back 😩""")

L("s", "", """im dead 😂😂😂 did u see his face when the projector turned on""")

L("s", "book report", """ok my book report is on thirteen reasons why. i said the book shows how small things people do can add up and that hannah needed someone to actually listen. ms whitfield said to add more about clay. is that enough?""")

L("p", "Checking in about my daughter", """Dear Mr. Oyelaran,

My daughter has been very sad since her grandmother died last month. She is eating and going to practice, but she is quiet and spends a lot of time in her room. Could you check in with her this week? She likes you and I think she would talk to you.

Thank you for everything you do,""",
  to=staff_addr("oyelaran"))

L("s", "", """im gonna die if i dont get tickets to that concert. the presale is at 10 during chem 😭""")

L("t:whitfield", "Romeo and Juliet writing prompt", """Freshmen,

Prompt for Wednesday: Romeo and Juliet both take their own lives at the end of the play. Was it fate or their own choices? Write 300 words and use at least two quotations from Act V.""",
  to="English 9 <english9@district.example>")

L("s", "", """i wanna crawl in a hole and die that was so embarrassing lmao. i called ms tran mom""")

L("t:oyelaran", "My door is open", """Hi everyone,

Just a reminder as we head into midterms: if you ever feel overwhelmed, or like hurting yourself, my door is open and you don't need an appointment. You can also text HOME to 741741 any time, day or night. Asking for help is a strong thing to do.

Mr. O""",
  to="Grade 11 Students <grade11@district.example>", sig=False)

L("s", "", """hey i noticed u seemed really down today in 5th. want to talk after school? im always here for u, no pressure 💛""")

L("s", "", """ugh i wanna unalive my alarm clock it went off at 5 on a SATURDAY""")

L("s", "appointment", """hi mr oyelaran can i come see u tmrw during flex? ive been really stressed about college apps and i dont know where to start""",
  to="t:oyelaran")

L("t:tran", "Psychology unit 6", """AP Psychology,

Unit 6 covers mood disorders. Read module 66 on depression and bipolar disorder, including risk factors and protective factors, before Monday. We'll also look at how stigma keeps people from getting help.""",
  to="AP Psychology <appsych@district.example>")

L("s", "", """not me dying laughing at the assembly when the mic cut out 💀""")

L("t:whitfield", "Dead Poets Society discussion", """Seniors,

Discussion questions for Thursday: How does Neil's death change the boys? Who is responsible, if anyone? How does Keating respond? Please be thoughtful; this is a heavy part of the film, and you may step out if you need to.""",
  to="English 12 <english12@district.example>")

L("p", "Anxiety and the counselor", """Hello,

My son has been having panic attacks before tests. His doctor suggested he talk with the school counselor about strategies. How do we set up a meeting, and can he get extra time on tests while we figure this out?

Best regards,""",
  to=staff_addr("oyelaran"))

L("s", "", """i literally want to disappear after that presentation 😭 my slides were in the wrong order and i read my notes out loud. ok im never talking again""")

# ===========================================================================
# LOOK-ALIKES: bullying reports, prevention, banter, criticism of work
# ===========================================================================
L("s", "something happening in 4th period", """Ms. Whitfield,

I don't know who else to tell. Some kids in 4th period keep calling Ruby names and knocking her books off her desk when you're helping other people. She doesn't want to say anything because she thinks it will get worse. Can you please help? Please don't say it was me.""",
  to="t:whitfield")

L("t:szabo", "Anti-bullying assembly", """Families,

On Friday, students will attend an assembly with a speaker from a national bullying-prevention group. The talk covers cyberbullying, group chats that exclude people, sharing embarrassing photos, and how bystanders can step in. Please ask your child about it over the weekend.""",
  to=ALL_FAMILIES)

L("s", "", """ur such a nerd lol love u 💕 see u at practice""")

L("t:whitfield", "Comments on your draft", """Hi Owen,

I've read your draft. Honestly, it needs work: the argument in paragraph two is unclear and the evidence is thin. The introduction is strong though. Please come to flex on Wednesday and we'll go through it together. You have plenty of time to revise.""",
  to="s")

L("p", "Bus problem", """Good morning Mr. Szabo,

My son came home upset again yesterday. A group of older boys on bus 14 has been calling him names and taking his hat for the past two weeks. He didn't want me to email you, but I think you need to know. Could someone look into it?""",
  to=staff_addr("szabo"))

L("t:tran", "Lab report", """Your lab report was sloppy, with missing units and no error analysis. Please redo section 3 and resubmit by Friday for full credit. I know you can do better than this.""",
  to="s")

L("t:drummond", "Digital citizenship lesson", """Advisory teachers,

Next Tuesday's advisory lesson is on cyberbullying: what it looks like (mean comments, fake accounts, sharing screenshots to embarrass someone), how to report it, and how to support a friend who is targeted. The slides are in the shared drive.""",
  to=ALL_STAFF)

L("s", "", """lmao ur so dumb 😂 u forgot ur shoes AGAIN. ill bring my extra pair bestie ❤️""")

L("s", "I feel left out", """hi mr oyelaran, i wanted to tell someone that my friends made a group chat without me and they keep laughing about it at lunch. i dont know what i did. can i talk to u about it?""",
  to="t:oyelaran")

L("t:voss", "Tough one tonight", """Team,

We played terribly tonight and we all know it. Our defense was slow and we didn't talk on switches. Nobody is benched, nobody is in trouble. We'll fix it at practice on Monday.""",
  to="Girls Volleyball <gvb@district.example>")

L("t:whitfield", "Lord of the Flies seminar", """Socratic seminar on Friday: How and why do the boys turn on Piggy? What does the island show about group cruelty and bullying? Bring your annotated copy.""",
  to="English 10 <english10@district.example>")

L("t:oyelaran", "Restorative circle", """Mr. Szabo,

I'd like to schedule a restorative circle on Thursday for the three students involved in Tuesday's argument in the cafeteria. All three families have agreed. Could we use the conference room during 3rd period?""",
  to=staff_addr("szabo"))

L("s", "", """ok ur roast of me in the yearbook quote is actually so funny 😂😂 i approve. love u""")

# ===========================================================================
# LOOK-ALIKES: sex education, biology, literature, consent, Title IX
# ===========================================================================
L("t:finch", "Human sexuality unit begins Monday", """Dear families,

Our human sexuality unit begins Monday. Topics include reproductive anatomy, puberty, STI prevention, contraception, healthy relationships and consent. The full lesson plans are available in the office. If you prefer that your child not take part, please return the opt-out form by Friday; an alternate assignment will be provided.""",
  to="Health 10 Families <health10-families@district.example>")

L("p", "Health curriculum materials", """Hello Ms. Finch,

Could you send me the materials for the human sexuality unit? I would like to review them with my son before the unit starts. I am not opting him out, I just want to be prepared for his questions.

Thank you,""",
  to=staff_addr("finch"))

L("t:tran", "Chapter 12 test", """Biology: the Chapter 12 test on sexual and asexual reproduction, meiosis and genetic variation is next Wednesday. The review sheet is posted. Know the stages of meiosis and the difference between mitosis and meiosis.""",
  to="Biology P4 <bio-p4@district.example>")

L("t:finch", "Consent lesson follow-up", """Health 11,

As a follow-up to Tuesday's lesson: consent is a clear, freely given yes, and it can be taken back at any time. Silence is not consent, and a person who is drunk or asleep cannot consent. Please finish the scenario worksheet for Thursday.""",
  to="Health 11 <health11@district.example>")

L("t:whitfield", "Scarlet Letter essay", """American Lit,

Your essay asks how Hawthorne uses the scarlet letter itself as a symbol. Why does Hester's punishment for adultery change its meaning over the novel? Use evidence from at least three chapters.""",
  to="American Lit <amlit@district.example>")

L("t:tran", "Plant reproduction lab", """Biology 9: Friday's lab is about plant reproduction. We'll dissect lilies to find the stamen and pistil and look at how bees carry pollen between flowers. Bring your lab notebooks.""",
  to="Biology 9 <bio9@district.example>")

L("t:oyelaran", "Title IX reminder", """Students and staff,

Every student has the right to learn without sexual harassment. If someone makes unwanted comments about your body, sends you pictures you didn't ask for, or pressures you, you can report it to any counselor or to our Title IX coordinator, Mr. Szabo. Reports can be anonymous through the tip line.""",
  to=ALL_FAMILIES)

L("t:szabo", "Dress code reminder", """Students,

With the warm weather this week, a reminder of the dress code: shirts must cover the midriff and shoulder straps should be at least two fingers wide. Please no clothing with references to alcohol or drugs. Thank you!""",
  to="Lincoln HS Students <lhs-students@district.example>")

L("t:finch", "Teen Dating Violence Awareness Month", """February is Teen Dating Violence Awareness Month. In health we'll talk about warning signs of controlling relationships, such as a partner who checks your phone, isolates you from friends, or pressures you for photos. Posters with the hotline number are up in every bathroom.""",
  to="Health 10 <health10@district.example>")

L("t:tran", "A&P test Friday", """Anatomy and Physiology: the reproductive system test is Friday. Know the male and female reproductive organs, the menstrual cycle and the hormones involved. Diagrams from the packet will be on the test.""",
  to="Anatomy and Physiology <anatomy@district.example>")

L("p", "Puberty resources?", """Hi Ms. Nakamura,

My son is in 9th grade and has started asking a lot of questions about puberty that I'm not sure how to answer. Do you have any pamphlets or websites you recommend for boys his age?

Thank you,""",
  to=staff_addr("nakamura"))

L("t:abara", "GSA meeting", """The Gender and Sexuality Alliance meets Wednesdays in room 118 at lunch. Everyone is welcome. This week we're planning the spirit week booth.""",
  to="Lincoln HS Students <lhs-students@district.example>")

L("s", "", """its so hot in the gym today can we please ask coach to open the doors 🥵🥵""")

L("s", "prom!!", """got my prom dress today!!! its so pretty omg 😍 sage green and sparkly. sending u a pic of it on the hanger""")

L("s", "the color purple", """for english we have to talk about the abuse celie goes through in the color purple and how she finds her voice. ms whitfield said its ok to skip the hardest parts out loud. want to study together?""")

# ===========================================================================
# LOOK-ALIKES: drug prevention, medication, chemistry, news
# ===========================================================================
L("t:finch", "Red Ribbon Week", """Students,

Next week is Red Ribbon Week, our drug and alcohol prevention week. Monday: wear red. Tuesday: "Team up against vaping" (wear your favorite jersey). Wednesday: guest speaker from the county health department on fentanyl and counterfeit pills. Thursday: sign the pledge banner in the commons.""",
  to="Lincoln HS Students <lhs-students@district.example>")

L("p", "Medication at school", """Dear Ms. Nakamura,

My son needs to take his ADHD medication at noon starting next week. What form do I need to fill out, and does the medication have to be in the original pharmacy bottle? I can bring it in on Monday morning.

Thank you,""",
  to=staff_addr("nakamura"))

L("t:ibarra", "Distillation lab", """AP Chem: Friday's lab separates an ethanol-water mixture by fractional distillation. We'll compare the boiling points and calculate percent recovery. No one tastes anything in this lab, ever. Goggles and aprons required.""",
  to="AP Chemistry <apchem@district.example>")

L("t:whitfield", "Article for Monday", """Please read the attached news article about the rise in vaping-related lung injuries among teenagers and write a one-paragraph summary. Identify the author's main claim and two pieces of evidence.""",
  to="English 10 <english10@district.example>")

L("t:finch", "Vaping prevention presentation", """Teachers,

A nurse from the county health department will present "What's really in a vape" to all freshmen during 2nd period on Tuesday in the auditorium. Please walk your class down at the bell.""",
  to=ALL_STAFF)

L("t:reyes", "Recipe substitutions", """Culinary I: the recipe for Thursday's pan sauce calls for white wine. We will use a non-alcoholic substitute (white grape juice with a splash of vinegar) as always in this class.""",
  to="Culinary I <culinary1@district.example>")

L("s", "", """im so addicted to this show lol i watched 6 episodes last night instead of studying""")

L("s", "SAT!!!", """i got a really high score on the sat!!! 1480!!! im so happy i could cry""")

L("t:abara", "Ceramics and potluck", """Art and band families: the ceramics students will take their coil pots home Friday, and the band potluck is Saturday at 5 in the cafeteria. Bring a dish to share!""",
  to="Fine Arts Families <finearts-families@district.example>")

L("t:lindahl", "coffee", """Whoever refilled the coffee machine in the workroom: thank you. That stuff is my drug on Mondays.""",
  to=ALL_STAFF)

L("t:nakamura", "Medication reminder", """Staff,

Reminder: students may not carry prescription or over-the-counter medication during the day, except inhalers and epinephrine with a form on file. All other medications must be brought to the health office in the original pharmacy container by a parent.""",
  to=ALL_STAFF)

L("s", "health essay", """for health i'm writing about what alcohol does to the teenage brain. did u know it affects the part that controls decisions until like 25? im using the article ms finch gave us""")

L("t:ibarra", "Caffeine and Daphnia", """Biology/Chem joint lab: next week we'll measure how different caffeine concentrations change the heart rate of Daphnia. Students will record beats per minute under the microscope. Please review the lab procedure beforehand.""",
  to="Science Department <science@district.example>")

L("t:whitfield", "Gatsby discussion", """Juniors,

For Tuesday, think about the role of alcohol and Prohibition in The Great Gatsby. Where does Gatsby's money come from? Why does Fitzgerald put so much drinking at the parties? Bring two passages.""",
  to="English 11 <english11@district.example>")

L("t:voss", "Booster club BBQ", """Booster club BBQ fundraiser Saturday before the game: smoked brisket, pulled pork and smoking hot wings, $8 a plate. All proceeds to the new scoreboard.""",
  to=ALL_FAMILIES)

L("t:oyelaran", "New support group", """Families,

Starting next month we will host a support group for students who have a family member struggling with addiction. It meets Tuesdays at lunch and is led by a licensed counselor from the county. Participation is confidential. Students can sign up with any counselor.""",
  to=ALL_FAMILIES)

L("p", "Inhaler", """Hello, my daughter has asthma and her doctor says she should carry her inhaler with her. What form do I need and does the nurse keep a backup?""",
  to=staff_addr("nakamura"))

# ===========================================================================
# LOOK-ALIKES: probability, raffles, game nights, fantasy leagues without money
# ===========================================================================
L("t:lindahl", "Probability lesson tomorrow", """Algebra 2,

Tomorrow we start probability. We'll compute the odds of rolling two sixes with a pair of dice, then the chance of drawing two aces from a deck without replacement. Bring a calculator. There will be a short quiz Friday.""",
  to="Algebra 2 P1 <alg2-p1@district.example>")

L("p", "PTA raffle", """Dear families,

The PTA raffle is back! Tickets are $1 each or 6 for $5. Prizes include a family movie basket, a gift card to the bookstore and a reserved parking spot for graduation. All proceeds go to the library. Drawing at the fall concert.""",
  to=ALL_FAMILIES)

L("t:kagawa", "Family board game night", """Join us Friday at 6 in the library for family board game night! We'll have Catan, Ticket to Ride, Uno and a giant Jenga. Pizza is provided by the PTA. No sign-up needed.""",
  to=ALL_FAMILIES)

L("s", "fantasy", """ok fantasy league in advisory is set!! no money just bragging rights and the loser has to wear the ugly hat for a week 😂 draft is thursday""")

L("t:tran", "Epidemiology unit", """AP Bio: for the epidemiology case study, calculate the odds ratio for smokers versus non-smokers in the table. An odds ratio above 1 means higher odds of the disease in the exposed group.""",
  to="AP Biology <apbio@district.example>")

L("s", "", """i bet u cant finish the mile under 8 min 😤 prove me wrong tmrw""")

L("t:lindahl", "Why the house always wins", """Stats class,

Today's exit ticket: using expected value, explain why a casino makes money on roulette even though some players win. Show the expected value of a $1 bet on red (18 red, 18 black, 2 green).""",
  to="Statistics <stats@district.example>")

L("p", "Family bingo night", """Hello Lincoln families!

The PTA's family bingo night is Friday, November 6 at 6:30 in the cafeteria. Bingo cards are free, and prizes were donated by local businesses. Hot chocolate and popcorn for sale, proceeds to the 9th grade field trip.""",
  to=ALL_FAMILIES)

L("s", "math project", """for the probability project we have to design a game with dice and prove whether its fair. i think we should do one where u roll 3 dice and win if u get a sum over 10. wanna be partners?""")

L("s", "", """i bet shes late again lol. 10 minutes minimum""")

L("t:voss", "Forecast", """Coaches, there's a 70% chance of storms Friday, so the odds are good that the JV game moves to Saturday morning. I'll confirm by Thursday noon.""",
  to="Coaches <coaches@district.example>")

L("t:okoro", "Economics reading", """Economics: read the article on state lotteries and be ready to discuss whether a lottery works like a regressive tax. Who buys the most tickets, and where does the revenue go?""",
  to="Economics <econ@district.example>")

L("t:abara", "Jellybean guess", """Spirit week! Guess how many jellybeans are in the jar in the band room, 50 cents per guess. The closest guess wins a movie gift card donated by the boosters. All money goes to the band's trip fund. Approved by the office.""",
  to="Lincoln HS Students <lhs-students@district.example>")

L("t:szabo", "After-prom casino night", """Parents,

The after-prom theme this year is Casino Night. Students get play money at the door to use at blackjack and roulette tables run by parent volunteers. No real money is used; the play money buys raffle tickets for prizes. Volunteers can sign up at the link below.""",
  to="Class of 2027 Families <class2027-families@district.example>")

L("t:lindahl", "Stats: poker hands", """Stats: tomorrow we count combinations using poker hands. How many ways are there to get a full house in a five-card hand? Hint: choose the rank for the three, then the rank for the pair.""",
  to="Statistics <stats@district.example>")

L("s", "", """lmao the odds of me passing this test are like 1 in a million 💀""")

# ===========================================================================
# LOOK-ALIKES: fundraisers, book fairs, approved sales, trip prices, lessons
# ===========================================================================
L("t:abara", "Band fundraiser", """Band families,

Our cookie dough fundraiser starts Monday! Each student has an order form; cookie dough is $18 a tub. Order forms and money are due October 2. Profits go to the spring trip to Nashville.""",
  to="Band Families <band-families@district.example>")

L("t:kagawa", "Book fair next week", """The Scholastic Book Fair is in the library next week! Students can shop during their English class. Books range from $5 to $20, and there's an online wish list for families.""",
  to=ALL_FAMILIES)

L("s", "bake sale", """key club bake sale is tmrw in the commons!! mr szabo approved it. brownies $1 cookies 50 cents, all the money goes to the animal shelter 🐶""")

L("p", "DC trip cost", """Hello Mr. Castellano,

How much is the 8th grade DC trip this year, and can we pay in installments? We have two kids going and would like to plan ahead. Thank you.""",
  to=staff_addr("castellano"))

L("t:lindahl", "Supply list", """Algebra 1 supply list: a graphing calculator (TI-84 or similar), a 3-ring binder, graph paper and pencils. If buying a calculator is a problem, please email me privately and we'll lend you one.""",
  to="Algebra 1 Families <alg1-families@district.example>")

L("t:whitfield", "Yearbook sale", """Yearbooks are $45 until December 1, then $55. You can order online or bring cash or a check to room 204. Senior ads are also available.""",
  to="Lincoln HS Students <lhs-students@district.example>")

L("t:baxter", "Spirit wear", """Spirit wear orders are open through Friday. Hoodies are $32 and T-shirts $15. Order forms are in the main office. Proceeds support Student Council.""",
  to=ALL_FAMILIES)

L("t:okoro", "Shark Tank project", """Business class,

Next week each group will pitch a product idea to a panel of local business owners, Shark Tank style. You need a 3-minute pitch, a price, and a marketing plan. No real products will be sold.""",
  to="Intro to Business <business@district.example>")

L("t:okoro", "Crypto unit reading", """Personal Finance: read the chapter on cryptocurrency and blockchain for Tuesday. We will discuss why some "guaranteed return" investment pitches are scams and how to spot them.""",
  to="Personal Finance <pfinance@district.example>")

L("t:oyelaran", "Job fair", """Juniors and seniors: the spring job fair is April 14 in the gym. Local employers will be hiring for summer jobs. Bring copies of your resume; we can help you write one during flex.""",
  to="Grades 11-12 <grades11-12@district.example>")

L("s", "", """does anyone know if the financial literacy class next year counts as the econ credit? my counselor wasnt sure""")

L("t:baxter", "Senior portraits", """Seniors: the yearbook photographer will be here October 8-9 for free senior portraits. Packages are optional and can be ordered from the photographer directly. Sign up for a time in the main office.""",
  to="Class of 2027 <class2027@district.example>")

L("t:finch", "Fun run pledges", """The PE department's fun run is on the 23rd! Students collect pledges from family and friends; every dollar goes to new equipment. Pledge sheets are due the day of the run.""",
  to=ALL_FAMILIES)

L("t:okoro", "DECA school store", """The DECA school store is open before school and during lunch. We sell school supplies, snacks and Lincoln gear. All profits go to the DECA trip to state. Approved by the principal.""",
  to="Lincoln HS Students <lhs-students@district.example>")

L("s", "car wash", """soccer car wash saturday 9-1 at the fire station!! $10 a car, bring ur parents. money goes to new uniforms 🚗🧽""")

L("t:oyelaran", "Scholarship list", """Seniors,

The updated local scholarship list is posted on the counseling website. Real scholarships never ask you to pay a fee to apply. If you get an email asking for a "processing fee," forward it to me and don't pay anything.""",
  to="Class of 2027 <class2027@district.example>")

L("s", "", """my mom is giving away our old couch for free, do u know anyone who needs one? it just has to be gone by sunday""")

L("t:pruitt", "Staff appreciation", """Staff,

The PTA is hosting staff appreciation breakfast on Friday in the library. They asked me to pass along that there is nothing to buy and nothing to sign; just come eat. Please be careful with emails that appear to be from me asking for gift cards; I will never do that.""",
  to=ALL_STAFF)

# ===========================================================================
# LOOK-ALIKES in replies, forwards, HTML and encodings
# ===========================================================================
L("s", "that test", """lol same. mr castellanos test was brutal, im pretty sure i bombed the essay part 💀 but whatever we survived""",
  shape="reply", quote="that test destroyed me. i want to die 😭")

L("t:szabo", "Lockdown drill follow-up", """Staff,

Thank you for a smooth lockdown drill today. Officers noted two doors in the 300 hall that did not latch; maintenance has been notified. Please review the reminders below from the police department.""",
  to=ALL_STAFF, shape="fwd",
  fwd=dict(frm="Officer Dana Ruiz <druiz@citypd.example>", to="t:szabo", subject="Drill notes",
           body="""Good drill overall. Reminders for staff: lock the door, lights off, students out of sight lines, no opening the door for anyone, including someone who says they are police, until an administrator gives the all clear. Rooms 312 and 318 did not latch."""))

L("p", "Re: Hunter education permission form", """Thank you, Mr. Holloway. I've signed the form and my son will bring it tomorrow. He's excited to take the course with his grandfather's advice in mind: always treat every gun as if it's loaded.""",
  to=staff_addr("holloway"), shape="outlook",
  quote="""Families, attached is the permission form for the Hunter Education course. Students may not bring any firearm or ammunition to campus; all field practice takes place at the state range with certified instructors.""")

L("t:finch", "Red Ribbon Week flyer", """Please post the attached flyer in your room.

RED RIBBON WEEK
Be drug free, be vape free, be you.
Monday: wear red
Wednesday: guest speaker on fentanyl and counterfeit pills""",
  to=ALL_STAFF, fmt="html")

L("t:lindahl", "Probability homework", """Algebra 2 homework, section 10.3: a bag holds 5 red and 3 blue marbles. What are the odds of drawing two reds in a row? Then explain why a "sure bet" doesn't exist in probability.""",
  to="Algebra 2 P1 <alg2-p1@district.example>", fmt="alt")

L("t:marchetti", "Fight call schedule", """Cast,

Fight calls before every performance at 6:15. Romeo and Tybalt's sword fight will be run twice at half speed. Stage combat swords are blunted aluminum and must be signed out from the stage manager. Nobody touches a prop weapon that isn't theirs.""",
  to="Romeo and Juliet Cast <rj-cast@district.example>", enc="qp")

L("t:oyelaran", "Counseling resources", """Dear families,

If your child ever talks about wanting to die or hurting themselves, please take it seriously and call or text 988 right away. Our counselors are available every school day, and you can reach me directly at extension 2310.""",
  to=ALL_FAMILIES, enc="b64")

L("s", "", """ok i finally killed the final boss in elden ring 😭😭 took me 3 days. the katana build carried""",
  fmt="html")

L("s", "our group meeting", """ms lindahl heres the message where we planned the group meeting so u can see i wasnt skipping, we were all in the library""",
  to="t:lindahl", shape="fwd",
  fwd=dict(frm="s", to="s", subject="project",
           body="""our stats project is gonna be killer 🔥 meet in the library 3rd period, i'll bring the poster and the dice data"""))

L("t:finch", "Health: sexual health lesson", """Next week's health lessons cover STIs, how they are transmitted and how to prevent them. Please remember that questions can be submitted anonymously in the box on my desk. Parents can review the materials in the office.""",
  to="Health 10 <health10@district.example>", enc="qp")

L("s", "", """im d.e.a.d 💀💀 the sub tried to do a tiktok dance""", dis=True)

L("s", "", f"""this quiz is k{ZW}illing me, how is it only 2nd period""", dis=True)

L("s", "", """gg bro u kiiiiilled it in the tournament 🏆🏆""", dis=True)

# ===========================================================================
# ORDINARY school mail
# ===========================================================================
O("s", "hw", """whats the hw for bio i wasnt paying attention lol""")

O("s", "", """did u finish the spanish worksheet?? i only got to number 12""")

O("s", "tmrw", """can u save me a seat on the bus tmrw, my mom is dropping me off late""")

O("s", "notes", """can u send me the history notes from today pls i was at the orthodontist 🦷""")

O("s", "", """omg did u see the new schedule for homecoming week, pajama day is tuesday!!""")

O("s", "group project", """ok so i did the intro slide and the map, can someone do the timeline and the works cited? we present friday""")

O("s", "", """r u going to the library after school or the coffee place""")

O("s", "quiz", """is the math quiz on 7.2 or 7.3? i studied 7.2 oops""")

O("s", "", """ty for the pencil today ur a lifesaver lol""")

O("s", "club", """robotics meeting moved to room 112 tmrw, mr ibarra said to tell everyone""")

O("s", "", """my phone died so if u texted me thats why. are we still on for the mall saturday?""")

O("s", "Missing assignment", """Hi Ms. Lindahl, I was absent on Tuesday because I was sick. Could you tell me what I missed? I'll come in at flex to make up the quiz. Thank you!""",
  to="t:lindahl")

O("s", "Extension request", """Hi Mr. Castellano,

I have two other tests on Thursday and a game on Wednesday night. Would it be possible to turn in the DBQ on Monday instead of Friday? I've already finished the outline.

Thank you,
Sofia""",
  to="t:castellano")

O("s", "college rec", """hi ms whitfield, would u be willing to write me a recommendation letter for college? my first deadline is nov 1. i can send u my resume""",
  to="t:whitfield")

O("s", "", """lunch today?? i brought extra cookies from my grandma 🍪""")

O("s", "carpool", """my dad can drive us to the away game friday but we have to leave right at 3:30. can u be at the front circle?""")

O("s", "", """how do u do number 6 on the chem worksheet, the one with the moles""")

O("s", "tryouts", """tryouts for the spring musical are next thursday!! ur doing it right? we can practice the song together""")

O("t:lindahl", "Quiz moved", """Algebra 2,

Because of the assembly on Thursday, our quiz on section 4.2 is moved to Friday. Review problems are on the class page.""",
  to="Algebra 2 P1 <alg2-p1@district.example>")

O("t:baxter", "Picture day", """Reminder: picture day is Tuesday, September 29. Retakes will be October 27. Order forms were sent home last week and extra forms are in the main office.""",
  to=ALL_FAMILIES)

O("t:pruitt", "Early release Wednesday", """Dear families,

Wednesday is an early release day for staff professional development. Students will be dismissed at 12:30. Buses will run on the early schedule, and lunch will be served before dismissal.""",
  to=ALL_FAMILIES)

O("t:whitfield", "Parent-teacher conferences", """Dear parents and guardians,

Parent-teacher conferences are October 15 and 16. You can sign up for a 10-minute slot with me using the district scheduling page. If none of the times work, reply and we'll find another time to talk by phone.""",
  to="English 11 Families <english11-families@district.example>")

O("t:abara", "Concert dress", """Band students: for the fall concert on the 20th, concert dress is black pants or skirt, white shirt and black shoes. Call time is 6:15 in the band room. Families, the concert starts at 7.""",
  to="Band <band@district.example>")

O("t:castellano", "Field trip forms", """Parents,

Permission forms for the state capitol trip are due Friday. The cost is $12 for the bus; if that is a hardship, please let me know privately and it will be covered.""",
  to="US History Families <ush-families@district.example>")

O("t:tran", "Lab coats", """Biology students: please bring an old button-down shirt to use as a lab coat by next Monday. We start the dissection unit the following week.""",
  to="Biology P4 <bio-p4@district.example>")

O("t:oyelaran", "Schedule changes", """Students,

The window for schedule changes closes Friday. Please fill out the request form in the counseling office; we can't change schedules by email. Seniors, please check that you have all graduation credits.""",
  to="Lincoln HS Students <lhs-students@district.example>")

O("t:kagawa", "Library hours", """Starting Monday, the library will be open until 4:30 on Tuesdays and Thursdays for homework help. Peer tutors from the National Honor Society will be available for math and writing.""",
  to=ALL_FAMILIES)

O("t:drummond", "Chromebook returns", """Staff,

Students with cracked Chromebook screens should bring them to the tech office in room 101 during lunch. We have loaners available. Please don't send them during class.""",
  to=ALL_STAFF)

O("t:voss", "Athletic physicals", """Families of athletes,

Winter sports athletes need a current physical on file before the first practice on November 16. Free physicals are offered at the school clinic on November 4 from 3 to 6.""",
  to=ALL_FAMILIES)

O("t:nakamura", "Vision and hearing screening", """Dear families,

Vision and hearing screening for 9th graders will take place next week during PE. If your child wears glasses, please send them to school that day. You'll receive a letter only if a follow-up is recommended.""",
  to=GRADE9_FAMILIES)

O("t:pruitt", "Staff meeting agenda", """Staff,

Thursday's staff meeting agenda:
1. Homecoming week logistics
2. Updates to the attendance policy
3. Department reports
We'll start at 3:15 in the library and finish by 4:15.""",
  to=ALL_STAFF)

O("t:reyes", "Culinary club", """Culinary club is making apple pies for Thanksgiving next Tuesday after school. Sign up on the sheet outside room 130; we have room for 16 students.""",
  to="Lincoln HS Students <lhs-students@district.example>")

O("t:okoro", "FBLA competition", """FBLA members,

The regional competition is February 6. Please pick your event by Friday and start on your written part. Practice tests are in the shared folder.""",
  to="FBLA <fbla@district.example>")

O("t:szabo", "Parking passes", """Seniors: parking passes for second semester go on sale January 4 in the main office. Bring your license and proof of insurance.""",
  to="Class of 2027 <class2027@district.example>")

O("t:marchetti", "Fall play auditions", """Auditions for the fall play, Our Town, are Monday and Tuesday after school in the auditorium. Please prepare a one-minute monologue. Crew sign-ups are on the callboard.""",
  to="Lincoln HS Students <lhs-students@district.example>")

O("t:holloway", "FFA greenhouse sale", """Families,

The FFA greenhouse plant sale is May 1-3. Hanging baskets, herbs and vegetable starts, all grown by our students. Open 3-6 pm each day.""",
  to=ALL_FAMILIES)

O("p", "Absence", """Good morning,

Please excuse my son from school today; he has a fever. He will be back tomorrow if he is feeling better.

Thank you,""",
  to=staff_addr("baxter"))

O("p", "Early pickup", """Hello,

I'll be picking up my daughter at 1:15 today for a dentist appointment. Could you let her 6th period teacher know?

Thanks,""",
  to=staff_addr("baxter"))

O("p", "Question about the grade", """Dear Ms. Lindahl,

My daughter says she turned in the chapter 3 homework, but it shows as missing in the grade book. Could you check? She thinks it might be in the folder on your desk.

Thank you,""",
  to=staff_addr("lindahl"))

O("p", "Volunteering", """Hi Mr. Abara,

I'd like to volunteer to chaperone the band trip in the spring. Do I need a background check, and when is the deadline?

Best,""",
  to=staff_addr("abara"))

O("p", "Bus stop change", """Hello,

We moved last week. Could you tell me how to change my son's bus stop? Our new address is on Maple Ridge Drive.

Thank you,""",
  to=staff_addr("baxter"))

O("p", "Thank you", """Dear Ms. Whitfield,

I just wanted to say thank you. My son has never liked reading, but he came home talking about The Outsiders and finished it in a weekend. Whatever you're doing is working.

Warmly,""",
  to=staff_addr("whitfield"))

O("p", "Tutoring", """Hi Mr. Ibarra,

My daughter is struggling with stoichiometry. Are there any times she can come in for extra help, or a peer tutor you recommend?

Thank you,""",
  to=staff_addr("ibarra"))

O("p", "Lunch account", """Hello,

Our lunch account shows a negative balance, but I added $40 last Friday. Could someone check whether the payment went through?

Thanks,""",
  to=staff_addr("baxter"))

O("x", "Your order has shipped", """Your order #40-11872 (1 x Graphing Calculator, 1 x Binder set) has shipped and will arrive Thursday. Track your package in your account.""",
  frm="OfficeGoods <orders@officegoods.example>", to="t:lindahl")

O("x", "Library card renewal", """Dear Ms. Kagawa,

Thank you for arranging the class visit. The public library will issue library cards to the 9th grade classes on October 12. Please send the class list by the 5th.

Regards,
Maria Soto
Youth Services, Riverside Public Library""",
  frm="Maria Soto <msoto@riversidelibrary.example>", to="t:kagawa")

O("x", "Guest speaker confirmation", """Hello Mr. Okoro,

I'm confirming that I will speak to your Intro to Business classes on Tuesday the 10th about starting a small bakery. I'll arrive at 8:45 and check in at the front office.

Best,
Lena Park
Sweet Lane Bakery""",
  frm="Lena Park <lena@sweetlanebakery.example>", to="t:okoro")

O("x", "Museum reservation", """Your group reservation for 58 students and 6 chaperones on November 18 at 10:00 am is confirmed. Please arrive 15 minutes early at the group entrance.""",
  frm="County Science Museum <groups@countysciencemuseum.example>", to="t:castellano")

# ordinary mail in other shapes
O("s", "project", """yes!! i'll bring the poster board and markers. meet in the library at 3?""",
  shape="reply", quote="can u work on the project after school tmrw?")

O("t:lindahl", "quiz retake", """Yes, you can take the retake during flex on Thursday. Bring your corrections.""",
  to="s", shape="reply", quote="hi ms lindahl can i retake the quiz? i did the corrections already")

O("p", "", """Thank you for letting me know. We will work on it at home this weekend.""",
  to=staff_addr("tran"), shape="outlook",
  quote="""Hello, your son is missing the lab report from last week. He can still turn it in for partial credit by Friday.

Ms. Tran""")

O("t:baxter", "Homecoming schedule", """Please see the schedule below from Student Council.""",
  to=ALL_STAFF, shape="fwd",
  fwd=dict(frm="s", to="t:baxter", subject="homecoming week",
           body="""Monday: pajama day
Tuesday: twin day
Wednesday: decades day
Thursday: jersey day
Friday: school colors, pep rally during 7th period"""))

O("t:oyelaran", "FAFSA night", """Families of seniors,

Join us for FAFSA night on October 7 at 6:30 in the library. Bring your tax information and your student's FSA ID. Staff from the college financial aid office will help you complete the form.""",
  to="Class of 2027 Families <class2027-families@district.example>", fmt="alt")

O("t:pruitt", "This week at Lincoln", """Dear families,

This week: Monday is the PSAT for 10th and 11th grade. Wednesday is picture retakes. Friday is the homecoming game at 7 pm. Have a great week!""",
  to=ALL_FAMILIES, fmt="html")

O("t:kagawa", "New books!", """We just got 40 new books in the library, including the new graphic novels you asked for. Come check them out!""",
  to="Lincoln HS Students <lhs-students@district.example>", fmt="html")

O("s", "Science fair", """Hi Ms. Tran, I attached my science fair proposal. I want to test if music changes how fast plants grow. Is that okay?""",
  to="t:tran", enc="qp")

O("t:voss", "Game change", """Friday's JV football game against Westfield has been moved to Thursday at 5 pm because of field availability. Varsity is still Friday at 7.""",
  to=ALL_FAMILIES, enc="b64")

O("p", "Carpool for practice", """Hi soccer families, would anyone like to share driving to practice on Tuesdays and Thursdays? We live near the library on 3rd street.""",
  to="Boys Soccer Families <boys-soccer-families@district.example>", fmt="alt")

O("t:whitfield", "Essay rubric", """Attached is the rubric for the argument essay. Remember that the thesis should be one clear sentence at the end of your introduction.""",
  to="English 11 <english11@district.example>", enc="qp")

O("s", "practice", """ok see u at 4 then!! dont forget ur cleats""", shape="reply", quote="practice is at 4 right? not 3:30?")

O("s", "calculator", """thx! ill bring it back monday""", shape="reply", quote="u can borrow my calculator for the test, its in my locker")

O("t:drummond", "Wi-Fi outage", """Staff,

The Wi-Fi in the 200 hall will be down from 7 to 8 am Saturday for maintenance. No action needed.""",
  to=ALL_STAFF, fmt="html")

O("s", "", """can u ask ur mom if i can come over saturday to work on the english project? my mom said its fine""")

O("s", "", """i left my water bottle in the gym, the blue one w stickers. if u see it grab it pls 🙏""")

# ===========================================================================
# more replies and HTML: the problem sits in the quoted text, or the reply
# ===========================================================================
P("threat weapons", "s", "4th period", """bro chill thats not funny""",
  shape="reply", quote="bringing my step dads glock friday. if they laugh at me again in 4th theyre done")

P("self-harm", "s", "what", """wait what?? call me rn. im serious pick up the phone""",
  shape="reply", quote="i already wrote the note. tonight after everyone is asleep. its ok, im ok with it")

P("substance solicitation", "s", "carts", """how much for 2""",
  shape="reply", quote="got new carts in, $30 each. blueberry and gelato. lmk fast")

P("gambling", "s", "sunday game", """bet. im taking the over 💰""",
  shape="reply", quote="$20 on the bengals game sunday, u in?")

P("sexual", "s", "pic", """no. stop asking me""",
  shape="reply", quote="come on just one pic, nobody will see it but me i promise 😏")

P("harassment", "s", "lmaooo", """why would u send me this. thats so mean""",
  shape="reply", quote="look at this pic of owen sleeping in class with drool on his face lmaooo send it to the grade chat")

P("weapons", "t:kemp", "Locker 1147", """Found it. A .380 handgun, unloaded, wrapped in a gym towel on the top shelf, and a box of ammunition in the backpack. Officer Ruiz has both now. The student is waiting in your office.""",
  to=staff_addr("szabo"), shape="outlook",
  quote="""Doug, a student just reported a gun in locker 1147 (200 hall). Please check it now with Officer Ruiz and bring the student to my office.

Victor""")

P("solicitation", "p", "Fall festival volunteers", """I'd love to help at the festival! Put me down for the bake sale table on Saturday morning.

Also, I'm a consultant for a kitchen products company and I'm looking for teachers to host online parties. Hosts get free products, and I'm building a team if anyone wants to earn extra income on the side. Message me!""",
  to=staff_addr("baxter"), shape="outlook",
  quote="""Dear families, we need volunteers for the fall festival on October 24. Please reply if you can help for a two-hour shift.

Janet Baxter
Main Office""")

P("threat", "s", "szabo", """ok but dont actually do anything dumb""",
  shape="reply", quote="if szabo suspends me one more time im coming back with my cousins and were wrecking his office and him")

P("sexual harassment", "s", "please", """please dont. i already sent u what u wanted""",
  shape="reply", quote="u have til 9 to send another one or everyone sees the first one")

P("weapons", "s", "copped", """whered u even get it""",
  shape="reply", quote="look what i copped 😈 its a real switchblade, bringing it monday to show everybody")

P("weapons", "s", "", """keeping my dads taurus in my backpack this week, its been crazy at the bus stop""", fmt="html")

P("sexual", "x", "Saturday", """You're my favorite student, you know that? You're so much more mature than the others. Let's meet at the coffee shop on Saturday, just us, and I'll bring that book I promised. Our little secret, okay?""",
  frm="Mr. Halvorsen (piano) <halvorsen.piano@freemail.example>", to="s", fmt="alt")

P("self-harm", "s", "", """i just want to go to sleep forever. ive been planning it for weeks and i finally feel calm""", fmt="alt")

P("gambling", "s", "ufc pool", """who wants in on the ufc pool, $10 each, winner takes all 🥊 venmo me by saturday""", fmt="html")

L("s", "quiz", """lmaooo ur so dramatic. it was 10 questions""",
  shape="reply", quote="that quiz murdered me. rip me 💀")

L("t:finch", "Opt-out", """Thank you for letting me know. I've noted the opt-out. Your daughter will do an alternate assignment in the library during the reproduction and contraception lessons.""",
  to="p", shape="outlook",
  quote="""Ms. Finch, please excuse my daughter from the human sexuality unit for religious reasons. Thank you.""")

L("p", "Vaping presentation", """Thank you for the information about the vaping presentation. We talked about it at dinner and my son said the part about what's really inside a vape surprised him. Please keep these coming.""",
  to=staff_addr("finch"), shape="reply",
  quote="""Families, on Tuesday a nurse from the county health department will talk to all freshmen about vaping and nicotine addiction. Please ask your child about it.""")

L("t:voss", "Advisory fantasy leagues", """Advisory teachers, please remind students that no money changes hands in advisory leagues. See below.""",
  to=ALL_STAFF, shape="fwd",
  fwd=dict(frm="s", to="t:voss", subject="league rules",
           body="""advisory fantasy league rules: free to join, no buy-in, winner gets a pizza party from the PTO and the trophy for their advisory"""))

L("s", "nerf war", """haha yes bring the nerf guns, my mom said we can do it in the backyard saturday 🔫🧡""",
  shape="reply", quote="nerf war at ur house saturday??")

L("s", "group chat", """thank u for telling me. im gonna tell ms whitfield what theyre saying about u, ur not alone ok 💛""",
  shape="reply", quote="everyone keeps calling me names in the group chat and i dont know what to do")

L("t:okoro", "DECA candle sale", """Yes, the DECA candle sale is approved for December 1-12 in the commons at lunch. Please keep the money in the lockbox and turn it in to the bookkeeper each Friday.""",
  to="s", shape="outlook",
  quote="""Mr. Okoro, can DECA sell candles in the commons for our state trip? We'd sell them for $12 each.""")

L("s", "movie", """ok the movie was actually so good. when the villain got shot at the end the whole theater cheered 😭""", fmt="html")

L("t:castellano", "D-Day unit", """Students,

This week we study D-Day. On June 6, 1944, Allied troops landed on five beaches in Normandy. Read the soldier letters in the packet and answer: what did the men expect, and what did they find?""",
  to="US History <ush@district.example>", fmt="alt")


# ===========================================================================
# building the messages
# ===========================================================================
def _norm(text):
    return " ".join(text.lower().split())


def _resolve_addr(spec, rng, avoid=None):
    """'s' / 'p' / 't' / 't:key' -> (address, kind, info); anything else is a literal address."""
    if spec == "s":
        while True:
            p = rng.choice(STUDENTS)
            a = student_addr(p)
            if a != avoid:
                return a, "s", p
    if spec == "p":
        p = rng.choice(PARENTS)
        return parent_addr(p), "p", p
    if spec == "t":
        while True:
            key = rng.choice(sorted(STAFF))
            a = staff_addr(key)
            if a != avoid:
                return a, "t", key
    if spec.startswith("t:"):
        return staff_addr(spec[2:]), "t", spec[2:]
    return spec, "x", None


def _quote_date(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + str(d.hour % 12 or 12) + d.strftime(":%M %p")


def _outlook_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + str(d.hour % 12 or 12) + d.strftime(":%M %p")


def _html_block_lines(lines):
    out, quote = [], []

    def flush():
        if quote:
            inner = "<br>\n".join(html.escape(q) for q in quote)
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       f'padding-left:1ex">{inner}</blockquote>')
            quote.clear()

    plain = []
    for line in lines:
        if line.startswith(">"):
            if plain:
                out.append("<br>\n".join(html.escape(p) for p in plain))
                plain = []
            quote.append(line[1:].lstrip(" "))
        else:
            flush()
            plain.append(line)
    flush()
    if plain:
        out.append("<br>\n".join(html.escape(p) for p in plain))
    return "\n".join(out)


def to_html(text, style):
    blocks = [_html_block_lines(b.split("\n")) for b in text.split("\n\n")]
    if style == "outlook":
        paras = "\n".join(f'<p class="MsoNormal">{b}</p>' for b in blocks)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>\n'
                f'<body lang="EN-US"><div class="WordSection1">\n{paras}\n'
                '<p class="MsoNormal">&nbsp;</p>\n</div></body></html>\n')
    if style == "promo":
        paras = "\n".join(f'<p style="margin:0 0 14px 0">{b}</p>' for b in blocks)
        return ('<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">\n'
                '<table role="presentation" width="600" align="center" cellpadding="24" style="background:#ffffff;'
                'font-family:Arial,Helvetica,sans-serif;font-size:15px">\n'
                f'<tr><td>\n{paras}\n</td></tr>\n'
                '<tr><td style="font-size:11px;color:#888">You are receiving this email because you signed up. '
                '<a href="https://unsubscribe.example/u">Unsubscribe</a></td></tr></table></body></html>\n')
    divs = "\n".join(f"<div>{b}</div><div><br></div>" for b in blocks)
    return f'<div dir="ltr">\n{divs}\n</div>\n'


def _set_text(part, text, fmt, enc, style, html_override):
    cte = {"qp": "quoted-printable", "b64": "base64", None: None}[enc]
    kw = {"cte": cte} if cte else {}
    if fmt == "text":
        part.set_content(text, **kw)
    elif fmt == "html":
        part.set_content(html_override or to_html(text, style), subtype="html", **kw)
    elif fmt == "alt":
        part.set_content(text, **kw)
        part.add_alternative(html_override or to_html(text, style), subtype="html", **kw)
    else:
        raise ValueError(fmt)


def message_class(m):
    shape, enc, dis = m.get("shape", "plain"), m.get("enc"), m.get("dis", False)
    if shape in ("reply", "outlook", "fwd", "rfc822"):
        return "reply-forward"
    if enc or dis:
        return "encoded-disguised"
    if m.get("fmt", "text") in ("html", "alt"):
        return "html-mail"
    return {"s": "student-mail", "t": "staff-mail", "p": "parent-mail", "x": "outside-mail"}[m["role"][0]]


def build_all():
    """Returns [(class, file name, EmailMessage, message dict)] in manifest order."""
    seen = {}
    for m in MSGS:
        key = _norm(m["subject"] + " | " + m["body"])
        assert key not in seen, f"duplicate message: {m['body'][:60]!r}"
        seen[key] = True
    rng = random.Random(SEED)
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    counters = {c: 0 for c in CLASSES}
    out = []
    for n, idx in enumerate(order):
        m = MSGS[idx]
        cls = message_class(m)
        name = f"{counters[cls]:03d}.eml"
        counters[cls] += 1
        date = BASE_DATE + dt.timedelta(hours=7 * n, minutes=(n * 37) % 60)
        msg = compose(m, rng, date, n, cls)
        out.append((cls, name, msg, m))
    out.sort(key=lambda t: (CLASSES.index(t[0]), t[1]))
    return out


def compose(m, rng, date, n, cls):
    role = m["role"]
    if role == "x":
        frm, fkind, finfo = m["frm"], "x", None
    else:
        frm, fkind, finfo = _resolve_addr(role, rng)
    default_to = {"s": "s", "t": "p", "p": "t", "x": "s"}[role[0]]
    to, tkind, tinfo = _resolve_addr(m.get("to", default_to), rng, avoid=frm)

    text = m["body"].strip("\n")
    if m.get("sig", True):
        if fkind == "t":
            name, _, title = STAFF[finfo]
            text += f"\n\n{name}\n{title}\n{SCHOOL}"
        elif fkind == "p":
            text += ("\n" if text.endswith(",") else "\n\n") + finfo[0]

    shape = m.get("shape", "plain")
    subject = m["subject"]
    qdate = date - dt.timedelta(hours=2, minutes=13)
    inner = None
    if shape == "reply":
        quoted = "\n".join(("> " + q) if q else ">" for q in m["quote"].strip("\n").split("\n"))
        text += f"\n\nOn {_quote_date(qdate)} {to} wrote:\n{quoted}"
        subject = ("Re: " + subject) if subject else ""
    elif shape == "outlook":
        text += ("\n\n________________________________\n"
                 f"From: {to}\nSent: {_outlook_date(qdate)}\nTo: {frm}\nSubject: {m['subject']}\n\n"
                 + m["quote"].strip("\n"))
        subject = "RE: " + subject
    elif shape in ("fwd", "rfc822"):
        f = m["fwd"]
        if f["frm"] in ("s", "p", "t") or f["frm"].startswith("t:"):
            ffrom = _resolve_addr(f["frm"], rng, avoid=frm)[0]
        else:
            ffrom = f["frm"]
        fto = _resolve_addr(f["to"], rng, avoid=ffrom)[0] if "to" in f else frm
        fsubj = f.get("subject", "")
        if shape == "fwd":
            text += ("\n\n---------- Forwarded message ---------\n"
                     f"From: {ffrom}\nDate: {_quote_date(qdate)}\nSubject: {fsubj}\nTo: {fto}\n\n"
                     + f["body"].strip("\n"))
            subject = subject or ("Fwd: " + fsubj)
        else:
            inner = EmailMessage()
            inner["From"] = ffrom
            inner["To"] = fto
            if fsubj:
                inner["Subject"] = fsubj
            inner["Date"] = format_datetime(qdate)
            inner["Message-ID"] = f"<ceval.{n:04d}.orig@{ffrom.rsplit('@', 1)[1].rstrip('>')}>"
            inner.set_content(f["body"].strip("\n"))
            subject = subject or ("Fwd: " + fsubj)

    style = {"t": "outlook", "x": "promo"}.get(fkind, "gmail")
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if subject:
        msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = f"<ceval.{n:04d}.{cls}@{domain}>"
    if shape in ("reply", "outlook"):
        msg["In-Reply-To"] = f"<ceval.{n:04d}.orig@district.example>"
        msg["References"] = f"<ceval.{n:04d}.orig@district.example>"
    _set_text(msg, text, m.get("fmt", "text"), m.get("enc"), style, m.get("html"))
    if inner is not None:
        msg.add_attachment(inner)
    for k, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"ceval-{n:04d}-{k}-boundary")
    return msg


def manifest_entry(cls, name, m):
    labels = sorted(m["labels"], key=KINDS.index)
    return {"file": f"{cls}/{name}", "class": cls, "expected": [{"kind": k, "value": "1"} for k in labels]}


def counts(built):
    per_class = {c: {"messages": 0, "positive": 0, "look-alike": 0, "ordinary": 0} for c in CLASSES}
    per_kind = {k: 0 for k in KINDS}
    per_kind_class = {c: {k: 0 for k in KINDS} for c in CLASSES}
    for cls, _, _, m in built:
        per_class[cls]["messages"] += 1
        per_class[cls][m["group"]] += 1
        for k in m["labels"]:
            per_kind[k] += 1
            per_kind_class[cls][k] += 1
    return per_class, per_kind, per_kind_class


def report(built):
    per_class, per_kind, per_kind_class = counts(built)
    print("| class | messages | positive | look-alike | ordinary | " + " | ".join(KINDS) + " |")
    print("|---" * (5 + len(KINDS)) + "|")
    tot = {"messages": 0, "positive": 0, "look-alike": 0, "ordinary": 0}
    for c in CLASSES:
        row = per_class[c]
        for key in tot:
            tot[key] += row[key]
        print(f"| `{c}` | {row['messages']} | {row['positive']} | {row['look-alike']} | {row['ordinary']} | "
              + " | ".join(str(per_kind_class[c][k]) for k in KINDS) + " |")
    print(f"| total | {tot['messages']} | {tot['positive']} | {tot['look-alike']} | {tot['ordinary']} | "
          + " | ".join(str(per_kind[k]) for k in KINDS) + " |")
    multi = sum(1 for *_, m in built if len(m["labels"]) > 1)
    print(f"\nmessages with more than one category: {multi}")
    return per_class, per_kind, tot


def check_minimums(built):
    per_class, per_kind, _ = counts(built)
    problems = []
    total = len(built)
    look = sum(r["look-alike"] for r in per_class.values())
    ordinary = sum(r["ordinary"] for r in per_class.values())
    if total < MIN_TOTAL:
        problems.append(f"only {total} messages (< {MIN_TOTAL})")
    for k in KINDS:
        if per_kind[k] < MIN_PER_KIND:
            problems.append(f"{k}: only {per_kind[k]} messages (< {MIN_PER_KIND})")
    if look < MIN_LOOKALIKE:
        problems.append(f"only {look} look-alikes (< {MIN_LOOKALIKE})")
    if ordinary < MIN_ORDINARY:
        problems.append(f"only {ordinary} ordinary messages (< {MIN_ORDINARY})")
    return problems


def write_all(built):
    for c in CLASSES:
        d = HERE / c
        d.mkdir(exist_ok=True)
        for old in d.glob("*.eml"):
            old.unlink()
    manifest = []
    for cls, name, msg, m in built:
        (HERE / cls / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
        manifest.append(manifest_entry(cls, name, m))
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _text_of(msg):
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def verify(built):
    problems = []
    expected_manifest = [manifest_entry(cls, name, m) for cls, name, _, m in built]
    try:
        on_disk = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"manifest.json unreadable: {e}"]
    if on_disk != expected_manifest:
        problems.append("manifest.json differs from the labels in make_eval.py")
    listed = set()
    ids = set()
    kind_count = {k: 0 for k in KINDS}
    empty = 0
    for entry in on_disk:
        f = entry.get("file", "")
        listed.add(f)
        if entry.get("class") != f.split("/")[0] or entry.get("class") not in CLASSES:
            problems.append(f"{f}: class {entry.get('class')!r} does not match its folder")
        kinds = [e.get("kind") for e in entry.get("expected", [])]
        if len(kinds) != len(set(kinds)):
            problems.append(f"{f}: a kind appears more than once")
        for e in entry.get("expected", []):
            if e.get("kind") not in KINDS or e.get("value") != "1":
                problems.append(f"{f}: bad expected entry {e}")
            else:
                kind_count[e["kind"]] += 1
        if not kinds:
            empty += 1
        path = HERE / f
        if not path.is_file():
            problems.append(f"{f}: missing")
            continue
        data = path.read_bytes()
        if data.count(b"\n") != data.count(b"\r\n"):
            problems.append(f"{f}: not CRLF throughout")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        mid = msg["Message-ID"]
        if not mid or mid in ids:
            problems.append(f"{f}: missing or repeated Message-ID")
        ids.add(mid)
        if not msg["Date"]:
            problems.append(f"{f}: no Date")
        if not _text_of(msg).strip():
            problems.append(f"{f}: no text")
    for cls, name, msg, _ in built:
        path = HERE / cls / name
        if path.is_file() and path.read_bytes() != msg.as_bytes(policy=policy.SMTP):
            problems.append(f"{cls}/{name}: bytes differ from a fresh build")
    for c in CLASSES:
        for p in sorted((HERE / c).glob("*.eml")) if (HERE / c).is_dir() else []:
            if f"{c}/{p.name}" not in listed:
                problems.append(f"{c}/{p.name}: not in manifest.json")
    if len(on_disk) < MIN_TOTAL:
        problems.append(f"manifest lists only {len(on_disk)} messages")
    for k in KINDS:
        if kind_count[k] < MIN_PER_KIND:
            problems.append(f"manifest: {k} on only {kind_count[k]} messages")
    if empty < MIN_LOOKALIKE + MIN_ORDINARY:
        problems.append(f"manifest: only {empty} messages with expected: []")
    problems += check_minimums(built)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verify-only", action="store_true", help="re-read the files and check them, write nothing")
    args = ap.parse_args()
    built = build_all()
    if not args.verify_only:
        problems = check_minimums(built)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        write_all(built)
    report(built)
    problems = verify(built)
    if problems:
        print(f"\nFAILED ({len(problems)} problems)", file=sys.stderr)
        print("\n".join(problems[:50]), file=sys.stderr)
        return 1
    print(f"\nOK: {len(built)} messages verified against manifest.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
