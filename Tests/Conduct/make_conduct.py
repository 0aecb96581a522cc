"""Build the labelled conduct test set: Tests/Conduct/<class>/NNN.eml and manifest.json.

Labels come from the fragments written below, not from scanning the output. Each positive
fragment is written as T("kind kind", "text"), and a message's expected kinds are the union of
its fragments' kinds. Plain strings are never positive. See README.md for the labelling rules.

    python Tests/Conduct/make_conduct.py                # rebuild, then verify
    python Tests/Conduct/make_conduct.py --verify-only  # re-check the written files
"""
import html
import json
import random
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "Fixtures"))
from fixture_mail import write  # noqa: E402  (writes msg.as_bytes(policy=policy.SMTP): CRLF)

KINDS = ["profanity", "harassment", "threat", "self-harm", "weapons", "substance", "sexual",
         "gambling", "solicitation"]
CLASSES = ["student-chat", "disguised", "lookalikes", "staff-mail", "spam-and-pitches"]
rng = random.Random(20261116)


class T:
    """A positive fragment: the kinds it carries and its text. `how` names the disguise."""
    def __init__(self, kinds, text, how=None):
        self.kinds, self.text, self.how = kinds.split(), text, how
        assert all(k in KINDS for k in self.kinds), kinds


def M(subj, *parts, **opt):
    return dict(subj=subj, parts=list(parts), **opt)


# ---------------------------------------------------------------- people
STUDENTS = ["Aiden Park", "Maya Ortiz", "Jayden Brooks", "Sofia Nguyen", "Liam Carter", "Zoe Patel",
            "Ethan Kim", "Ava Robinson", "Noah Delgado", "Chloe Bennett", "Mason Reyes", "Lily Chen",
            "Caleb Foster", "Emma Walsh", "Isaiah Grant", "Harper Lewis", "Owen Murphy",
            "Riley Sanders", "Jordan Hayes", "Nina Kowalski"]
STAFF = {
    "principal": ("Dana Whitfield", "Principal, Lakeview Middle School"),
    "ap": ("Ben Harlow", "Assistant Principal"),
    "counselor": ("Marcus Bell", "School Counselor"),
    "nurse": ("Rachel Moss", "School Nurse, RN"),
    "sro": ("Lena Ruiz", "School Resource Officer"),
    "science": ("Priya Raman", "Science, Grade 7"),
    "math": ("Tom Alvarez", "Mathematics"),
    "english": ("Karen O'Neill", "English Language Arts"),
    "history": ("Greg Sutton", "Social Studies"),
    "health": ("Olivia Tran", "Health & Physical Education"),
    "music": ("Sam Okafor", "Band and Orchestra"),
    "art": ("Julia Fenn", "Visual Arts"),
    "coach": ("Ray Dunn", "Athletic Director"),
    "library": ("Helen Price", "Library Media Specialist"),
    "office": ("Alicia Gomez", "Front Office"),
    "culinary": ("Mike Ostrowski", "Family & Consumer Sciences"),
}
PARENTS = ["Laura Chen", "David Brooks", "Monica Reyes", "Steve Walsh", "Angela Foster", "Tariq Grant"]


def addr(name, domain):
    local = re.sub(r"[^a-z.]", "", name.lower().replace(" ", "."))
    return f"{name} <{local}@{domain}>"


def staff(role):
    return addr(STAFF[role][0], "district.example")


def student(name=None):
    return addr(name or rng.choice(STUDENTS), "students.district.example")


def parent(name=None):
    return addr(name or rng.choice(PARENTS), "mail.example")


ALL_STAFF = "Lakeview Staff <staff-all@district.example>"

# ---------------------------------------------------------------- 1. student-chat
STUDENT_CHAT = [
    M("bio lab", "did you finish the bio lab yet??", T("profanity", "this damn worksheet has like 40 questions"),
      "lmk if you want to compare answers before 3rd period"),
    M("re: saturday", T("substance", "my cousin said he can get us a bottle of vodka for saturday, we can drink at Tyler's before the game"),
      "his parents are in Ohio til sunday so nobody will be home", quote=["what are we doing saturday? i'm so bored"]),
    M("stop", T("harassment", "nobody at this school likes you. literally nobody. everyone laughs at you the second you leave the cafeteria"),
      "so stop trying to sit at our table"),
    M("i can't do this anymore", T("self-harm", "i honestly don't want to live anymore. every day is the same and i'm so tired of pretending i'm fine"),
      "please don't tell anyone i said this, not even Ms. Greene"),
    M("parking lot", T("threat profanity", "you're dead after school, asshole. tennis courts, 3:15. don't even try leaving through the front doors")),
    M("lol what", "did you see what Marcus posted in the group chat", T("profanity", "that was the funniest shit i've seen all week"),
      T("harassment", "he's still such a loser though, nobody can stand him"), "mr. alvarez almost caught me laughing in study hall"),
    M("2nd floor", T("substance", "bring your juul to the 2nd floor bathroom after lunch, mine's out of pods"), "i'll be there by 12:10"),
    M("your friend", T("harassment profanity", "tell your friend she's a fat ugly bitch and nobody wants to see her selfies"), html="alt"),
    M("fr tho", T("threat weapons", "if he touches my stuff one more time i swear i'm bringing my dad's Glock to school and he'll find out"),
      quote=["just ignore him, he's not worth a detention"]),
    M("that test", "that test was brutal, i'm pretty sure i bombed the last two questions",
      "want to study together before the retake? library thursday after school?"),
    M("friday!!", T("substance", "Jake's brother is bringing edibles and a THC cart to the party friday, we're gonna get so high"),
      "tell your mom you're sleeping at mine"),
    M("seriously", T("harassment", "you're so stupid, how do you even get a C in health"),
      T("profanity", "stop asking me for the fucking notes every day")),
    M("sorry about earlier", "hey, sorry i snapped at you in the hallway. i was stressed about the audition",
      "we good? i'll save you a seat at lunch"),
    M("last night", T("self-harm", "i started cutting myself again last night. i know i promised you i'd stop"),
      "i just needed everything to be quiet for a minute"),
    M("sunday", T("gambling", "my brother let me use his DraftKings account, i put $40 on a 4-leg parlay for sunday"),
      T("profanity", "if it doesn't hit he's gonna be so pissed")),
    M("tonight?", T("sexual", "send me nudes tonight, i'll delete them right after i promise"), html="only"),
    M(T("harassment", "KYS"), T("harassment", "kys. seriously. nobody would even notice you were gone")),
    M("sunday dinner", "my mom's making pot roast sunday, you should come over",
      "bring your switch, we can finally beat that level"),
    M("not joking", T("threat weapons", "one day i'm going to shoot up this school with my uncle's AR-15 and everyone who laughed at me goes first")),
    M("so", T("self-harm", "sometimes i think everyone would be better off if i just killed myself"), "i don't know why i'm telling you this"),
    M("ugh", T("profanity", "my mom took my phone again, this is such crap"), "i'm on my laptop now, message me here"),
    M("bday", T("weapons", "my uncle gave me a switchblade for my birthday, it flips open with one thumb"), "i'll show you at the bus stop tomorrow"),
    M("chem", "failed the chem test again and my dad is going to lose it",
      T("self-harm", "i keep thinking about jumping off the parking garage downtown. like actually planning it")),
    M("tyler", T("harassment", "tyler is such a retard, everyone hates him and he should just switch schools")),
    M("tomorrow", T("threat", "watch your back tomorrow. my cousins know where you live")),
    M("mango", T("substance solicitation", "selling mango and mint vapes, $15 each or 2 for $25, hit me up before 1st period")),
    M("library", T("sexual", "Devin found porn on one of the library computers lol, he says nobody clears the history")),
    M("lake", T("substance", "my sister can buy us beer, wanna get wasted at the lake saturday?"), "Riley's in, Owen's asking his mom"),
    M("idk", T("self-harm", "i want to die. i'm not being dramatic. i just want everything to stop"), "can you call me when you get this"),
    M("4th period", T("threat profanity", "i'm going to fucking kill him if he talks to my girlfriend again, i'm not joking"),
      T("harassment", "he's a worthless piece of trash anyway")),
    M("easy money", T("solicitation", "my mom's company lets you work from home and be your own boss, join my team and you keep 20% of every sale"),
      "you just post on insta, it's so easy"),
    M("practice", "coach said practice moved to 4 because of the fire drill", "bring your own water bottle, the fountain by the gym is broken"),
    M("pool", T("gambling", "Noah's running a betting pool on the Westfield game, $5 a square, i'm in for two"),
      T("gambling", "also i bet you $20 we win by 10, venmo me when we do")),
    M("everyone's seen it", T("sexual harassment", "everyone's seen the nudes Ashley sent him lol. she's so pathetic, she should just never come back")),
    M("kevin", T("threat weapons", "Kevin says he has a 9mm in his backpack and he's going to use it on the kids who jumped him"),
      T("profanity", "this is so fucked up, should we tell someone??")),
]

# ---------------------------------------------------------------- 2. disguised (every positive disguised)
DISGUISED = [
    M("re: lunch", T("profanity", "this cafeteria pizza is $h1t, i'm never buying it again", "leet"), "bringing my own tmrw"),
    M(T("harassment", "ur so stuuupid", "repeat, subject"),
      T("harassment", "like genuinely stuuuupid. who fails a quiz where u can use ur notes", "repeat")),
    M(T("profanity", "f u c k this class", "spaced, subject"), "mr. sutton gave us 3 chapters for the weekend. THREE."),
    M("nobody cares", T("harassment", "k1ll y0urself, nobody would even notice", "leet")),
    M("tonight", T("substance", "g3tting w@st3d at Ryan's tonight, his mom left a whole handle of v0dka", "leet"), "u in?"),
    M("hey", T("self-harm", "i w a n t  t o  d i e", "spaced"), "i mean it this time"),
    M("srsly", T("threat", "I'M GOING TO KILL YOU IF YOU TELL ANYONE", "caps")),
    M("lol", T("profanity", "f.u.c.k. that quiz", "dotted"), "how was that only 10 questions and took the whole period"),
    M("w/e", T("harassment profanity", "you're such a b**ch, everyone h8s you", "masked, leet")),
    M("essay", T("profanity", "this fück1ng essay is due tomorrow and i haven't even started", "accent, leet")),
    M("bus", T("threat", "u r d3ad after sch00l. w@tch ur back", "leet")),
    M("ok", T("self-harm", "i've been cu77ing myself again. like every night. d0nt tell my mom", "leet")),
    M("$$", T("weapons solicitation", "my cousin's selling a gl0ck 19, $300, no questions asked", "leet")),
    M("weekend", T("substance", "got a new j.u.u.l and 3 thc c.a.r.t.s for the weekend", "dotted")),
    M("pic", T("sexual", "s3nd n00dz", "leet"), "u said u would"),
    M("you know what this is", T("profanity", "<p>honestly this whole group project is &#98;&#117;&#108;&#108;&#115;&#104;&#105;&#116;</p>", "html entities"),
      html="only"),
    M("?", T("harassment", '<p>you are a <span>wor</span><span>thless</span> <b>lo</b>ser and everyone knows it</p>', "html tag split"),
      html="only"),
    M("friday", T("threat", "gonna sh00t up the sch00l friday. dont come", "leet")),
    M("math hw", T("profanity", "this math homework is c r a p", "spaced"), "who assigns 50 problems on a friday"),
    M("knicks", T("gambling", "put $50 on f@nduel for the knicks game, dm me if u want in on the p@rlay", "leet")),
    M("easy $$$", T("solicitation", "d0uble ur m0ney in a week w/ my bitc0in bot, $20 min, trust", "leet")),
    M("READ THIS", T("harassment", "NOBODY LIKES YOU. EVERYONE HATES YOU. JUST LEAVE", "caps")),
    M("study hall", T("sexual", "Caleb was watching p*rn in study hall w/ headphones lmaooo", "masked")),
    M("...", T("self-harm", "i d0nt want to l1ve anym0re", "leet"), "sorry. i just needed to tell someone"),
    M("tmrw", T("threat weapons", "bringing my brother's a r - 1 5 tmrw. they'll all see", "spaced")),
    M("sl0ts", T("gambling", "0nline c@sin0 gave me $100 free, i'm up $340 on sl0ts", "leet"), "gonna cash out b4 my dad sees"),
    M("re: re: fight", T("threat profanity", "i'll b3at the sh*t out of you, just watch", "leet, masked")),
    M("carts", T("substance solicitation", "$elling c@rts & ed1bles, 20 a pop, cash only", "leet")),
    M("sry", T("self-harm", "I'M GOING TO KILL MYSELF TONIGHT. I'M DONE.", "caps")),
    M("fr", T("profanity harassment", "shut up you stuuupid f*cking idiot", "repeat, masked")),
    M("hi", T("sexual", "wanna s.e.x.t? i'll send p1cs first", "dotted, leet")),
    M("gym", T("weapons threat", "watched a vid on how to make a p!pe b0mb. the gym would be the spot", "leet")),
    M(T("profanity", "Shït, I forgot the permission slip", "accent, subject"), "can you tell Ms. Fenn i'll bring it monday",
      html="alt"),
    M("gr8 game", "gr8 game 2nite!! u r the b3st goalie we've ever had", "c u at practice l8r"),
    M("**IMPORTANT**", "**IMPORTANT** bring ur calculator tmrw, mr. b said the test is 100% calc",
      "also s.o.s. i lost my notes from tuesday, can u send pics of urs"),
]
