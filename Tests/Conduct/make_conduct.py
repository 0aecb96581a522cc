"""Build the labelled conduct test set: Tests/Conduct/<class>/NNN.eml and manifest.json.

Labels come from the fragments written below, not from scanning the output. Each positive
fragment is written as T("kind kind", "text"), and a message's expected kinds are the union of
its fragments' kinds. Plain strings are never positive. See README.md for the labelling rules.

    python Tests/Conduct/make_conduct.py                # rebuild, then verify
    python Tests/Conduct/make_conduct.py --verify-only  # re-check the written files
"""
import html, json, random, re, sys  # noqa: E401
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
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
      T("harassment", "and you copied off Owen all week and you're still dumb as a rock lol")),
    M("re: saturday", T("substance", "my cousin said he can get us a bottle of vodka for saturday, we can drink at Tyler's before the game"),
      T("gambling", "Tyler's doing beer pong for $10 a game, winner takes the pot"),
      T("sexual", "and his brother said he'll put porn on the big TV lol"),
      "his parents are in Ohio til sunday so nobody will be home", quote=["what are we doing saturday? i'm so bored"]),
    M("stop", T("harassment", "nobody at this school likes you. literally nobody. everyone laughs at you the second you leave the cafeteria"),
      T("threat", "sit at our table one more time and i'll smash your face into it"),
      T("weapons", "my brother has a switchblade and he'd love an excuse")),
    M("i can't do this anymore", T("self-harm", "i honestly don't want to live anymore. every day is the same"),
      T("profanity", "and i'm so fucking tired of pretending i'm fine"), "please don't tell anyone i said this, not even Ms. Greene"),
    M("parking lot", T("threat profanity harassment", "you're dead after school, asshole. tennis courts, 3:15. don't even try leaving through the front doors")),
    M("lol what", T("sexual", "did you see Marcus posted a naked pic of himself in the group chat"), T("profanity", "that was the funniest shit i've seen all week"),
      T("harassment", "he's such a loser, nobody can stand him"), "mr. alvarez almost caught me laughing in study hall"),
    M("2nd floor", T("substance", "bring your juul to the 2nd floor bathroom after lunch, mine's out of pods"),
      T("self-harm", "honestly it's the only thing stopping me from hurting myself lately")),
    M("your friend", T("harassment profanity", "tell your friend she's a fat ugly bitch and nobody wants to see her selfies"),
      T("threat", "if she posts about me again i'm going to beat her up in the locker room"), html="alt"),
    M("fr tho", T("threat weapons", "if he touches my stuff one more time i swear i'm bringing my dad's Glock to school and he'll find out"),
      T("harassment", "he's a pathetic little freak and everyone knows it"), quote=["just ignore him, he's not worth a detention"]),
    M("that test", "that test was brutal, i'm pretty sure i bombed the last two questions",
      "want to study together before the retake? library thursday after school?"),
    M("friday!!", T("substance", "Jake's brother is bringing edibles and a THC cart to the party friday, we're gonna get so high"),
      T("sexual", "he also has a whole folder of porn on his laptop lol"), "tell your mom you're sleeping at mine"),
    M("seriously", T("harassment", "you're so stupid, how do you even get a C in health"),
      T("profanity", "stop asking me for the fucking notes every day"),
      T("threat", "say one more word to me in class and i'll punch your teeth in")),
    M("sorry about earlier", "hey, sorry i snapped at you in the hallway.",
      T("self-harm", "the truth is i'm not ok. i keep thinking about swallowing all of my mom's sleeping pills and just not waking up"),
      "can we talk at lunch"),
    M("last night", T("self-harm", "i started cutting myself again last night. i know i promised you i'd stop"),
      T("substance", "i drank half my dad's whiskey first so it wouldn't hurt as much")),
    M("sunday", T("gambling", "my brother let me use his DraftKings account, i put $40 on a 4-leg parlay for sunday"),
      T("profanity", "if it doesn't hit he's gonna be so pissed"),
      T("substance", "if it does we're getting a case of beer with the winnings")),
    M("tonight?", T("sexual", "send me nudes tonight, i'll delete them right after i promise"), html="only"),
    M(T("harassment", "Re: KYS"), T("self-harm", "fine. maybe i will kill myself. i've been saving up my mom's pills anyway"),
      quote=[T("harassment", "kys. seriously. nobody would even notice you were gone"),
             T("sexual", "everyone knows you send nudes to old guys online")]),
    M("sunday dinner", "my mom's making pot roast sunday, you should come over",
      "bring your switch, we can finally beat that level"),
    M("not joking", T("threat weapons", "one day i'm going to shoot up this school with my uncle's AR-15 and everyone who laughed at me goes first"),
      T("self-harm", "and then i'll kill myself before the cops get there"), html="alt"),
    M("so", T("self-harm", "sometimes i think everyone would be better off if i just killed myself"),
      T("substance", "i've been taking my mom's xanax just to get through the school day")),
    M("ugh", T("profanity", "my mom took my phone again, this is such crap"),
      T("self-harm", "i hate my life so much, i just want to die")),
    M("bday", T("weapons gambling", "won a switchblade off Caleb betting on the Lakers game, it flips open with one thumb"),
      T("threat", "if Tyler laughs at me one more time i'm going to stab him with it")),
    M("chem", "failed the chem test again and my dad is going to lose it",
      T("self-harm", "i keep thinking about jumping off the parking garage downtown. like actually planning it"),
      T("weapons", "or my dad's gun. i know it's in his nightstand, i checked")),
    M("tyler", T("harassment", "tyler is such a retard, everyone hates him and he should just switch schools"),
      T("threat weapons", "someone should jump him after school, Mason said he'd bring his brass knuckles")),
    M("tomorrow", T("threat", "watch your back tomorrow. my cousins know where you live"),
      T("harassment", "everyone knows you're a snitch and everyone hates you")),
    M("mango", T("substance solicitation", "selling mango and mint vapes, $15 each or 2 for $25, hit me up before 1st period")),
    M("library", T("sexual", "Devin found porn on one of the library computers lol, nobody clears the history"),
      T("profanity", "the wifi filter at this school is shit")),
    M("lake", T("substance", "my sister can buy us beer, wanna get wasted at the lake saturday?"),
      T("self-harm", "some nights i want to swim out to the middle and never come back up")),
    M("idk", T("self-harm", "i want to die. i'm not being dramatic. i just want everything to stop"), "can you call me when you get this"),
    M("4th period", T("threat profanity", "i'm going to fucking kill him if he talks to my girlfriend again, i'm not joking"),
      T("harassment", "he's a worthless piece of trash anyway")),
    M("easy money", T("solicitation", "my mom's company lets you work from home and be your own boss, join my team and you keep 20% of every sale"),
      T("gambling solicitation", "or use my FanDuel referral code, you get $50 in free bets on your first deposit")),
    M("practice", "coach said practice moved to 4 because of the fire drill", "bring your own water bottle, the fountain by the gym is broken"),
    M("pool", T("gambling", "Noah's running a betting pool on the Westfield game, $5 a square, i'm in for two"),
      T("gambling", "also i bet you $20 we win by 10, venmo me when we do"),
      T("substance", "loser buys the White Claws for saturday")),
    M("everyone's seen it", T("sexual harassment", "everyone's seen the nudes Ashley sent him lol. she's so pathetic, she should just never come back")),
    M("kevin", T("threat weapons", "Kevin says he has a 9mm in his backpack and he's going to use it on the kids who jumped him"),
      T("profanity", "this is so fucked up, should we tell someone??"), html="alt"),
]

# ---------------------------------------------------------------- 2. disguised (every positive disguised)
DISGUISED = [
    M("re: lunch", T("profanity", "this cafeteria pizza is $h1t", "leet"),
      T("self-harm", "not that it matters, i won't be around much longer anyway. already wrote my su1c1de n0te", "leet")),
    M(T("harassment", "ur so stuuupid", "repeat, subject"),
      T("harassment profanity", "like genuinely stuuuupid. who fails an open-note quiz, dumb@ss", "repeat, leet")),
    M(T("profanity", "f u c k this class", "spaced, subject"), "mr. sutton gave us 3 chapters for the weekend. THREE.",
      T("self-harm", "every time i walk in there i think about KILLING MYSELF", "caps")),
    M("nobody cares", T("harassment threat", "k1ll y0urself or i'll do it f0r u", "leet"),
      T("weapons", "my d@d's sh0tgun is right in the hall closet", "leet")),
    M(T("substance", "getting WAAASTED tonight?", "repeat, caps, subject"),
      T("substance", "Ryan's mom left a whole handle of v o d k a in the basement", "spaced"),
      T("sexual", "and Jess said she'd s3nd n*des to whoever brings the most", "leet, masked")),
    M("hey", T("self-harm", "i w a n t  t o  d i e", "spaced"), T("profanity", "i'm so f*cking done", "masked")),
    M("srsly", T("threat", "I'M GOING TO KILL YOU IF YOU TELL ANYONE", "caps"),
      T("sexual harassment", "ABOUT THE NUDES. YOU SNITCH. NOBODY EVEN LIKES YOU", "caps")),
    M("lol", T("profanity", "f.u.c.k. that quiz", "dotted"), T("gambling", "i b3t Mason $10 i'd pass, there goes my m0ney", "leet"),
      T("substance", "gonna go get hiiiigh after school to forget about it", "repeat")),
    M("w/e", T("harassment profanity", "you're such a b**ch, everyone h8s you", "masked, leet"),
      T("threat", "try me after school and i'll BREAK UR NOSE", "caps"), html="alt"),
    M("essay", T("profanity", "this fück1ng essay is due tomorrow and i haven't even started", "accent, leet"),
      T("sexual", "at least Jess is sending me n.u.d.e.s later", "dotted")),
    M("bus", T("threat", "u r d.e.a.d after school. w.a.t.c.h ur back", "dotted"), T("weapons", "my bro is l3nding me his kn!fe", "leet")),
    M("ok", T("self-harm", "i've been cu77ing myself again. like every night. d0nt tell my mom", "leet"),
      T("substance", "and stealing my dad's b33r so i can sleep after", "leet")),
    M("$$", T("weapons solicitation", "my cousin's selling a gl0ck 19, $300, no questions asked", "leet")),
    M("weekend", T("substance", "got a new j.u.u.l and 3 thc c.a.r.t.s for the weekend", "dotted"),
      T("sexual", "+ my bro's p.o.r.n stash lol", "dotted")),
    M("pic", T("sexual", "s3nd n00dz", "leet"), T("harassment", "or i'm telling every1 ur a prüde lòser", "accent"), "u said u would"),
    M("you know what this is",
      T("profanity", "<p>honestly this group project is &#98;&#117;&#108;&#108;&#115;&#104;&#105;&#116;</p>", "html entities"),
      T("harassment", "<p>and Liam is a <span>wor</span><span>thless</span> <b>lo</b>ser, everyone says so</p>", "html tag split"),
      html="only"),
    M("can't sleep", T("self-harm", "<p>i keep thinking about <span>su</span><span>ic</span><span>ide</span>. like every single night</p>", "html tag split"),
      "<p>don't tell anyone ok</p>", html="only"),
    M("friday", T("threat", "gonna shøøt up the schøøl friday. dont come", "accent"), T("weapons", "my dad's r1fle is in the garage", "leet")),
    M("math hw", T("profanity", "this math homework is c r a p", "spaced"),
      T("self-harm", "some days i just want to un@live myself, idk", "leet, algospeak")),
    M("knicks", T("gambling", "put $50 on f@nduel for the knicks game, dm me if u want in on the p@rlay", "leet"),
      T("profanity", "the refs last night were sh!t", "leet"),
      T("substance", "b33r's on me if it hits", "leet")),
    M("easy $$$", T("solicitation", "d0uble ur m0ney in a week w/ my bitc0in bot, $20 min, trust", "leet"),
      T("gambling", "or just play the crypto c@sino, that's how i got my AirPods", "leet")),
    M("Re: READ THIS", T("self-harm", "ok. u win. i'll end my l1fe this weekend and u can all be happy", "leet"),
      quote=[T("harassment", "NOBODY LIKES YOU. EVERYONE HATES YOU. JUST LEAVE", "caps"),
             T("sexual", "EVERYONE HAS SEEN YOUR NUDES ANYWAY", "caps")]),
    M("study hall", T("sexual", "Caleb was watching p*rn in study hall w/ headphones lmaooo", "masked"),
      T("profanity", "that shiiit was wild", "repeat")),
    M("...", T("self-harm", "i d0nt want to l1ve anym0re", "leet"),
      T("substance", "been drinking my mom's wíne every night just to fall asleep", "accent"), "sorry. i just needed to tell someone"),
    M("tmrw", T("threat weapons", "bringing my brother's a r - 1 5 tmrw. they'll all see", "spaced"),
      T("harassment", "every one of those l o s e r s", "spaced")),
    M("sl0ts", T("gambling", "0nline c@sin0 gave me $100 free, i'm up $340 on sl0ts", "leet"),
      T("substance", "gonna cash out and buy a new vaaape b4 my dad sees", "repeat")),
    M("re: re: fight", T("threat profanity", "i'll b3at the sh*t out of you, just watch", "leet, masked"),
      T("harassment", "u r such a pathetic l0ser", "leet")),
    M("carts", T("substance solicitation", "$elling c@rts & ed1bles, 20 a pop, cash only", "leet"),
      T("sexual solicitation", "also my bro's p0rn login, $5 for a week", "leet")),
    M("sry", T("self-harm", "I'M GOING TO KILL MYSELF TONIGHT.", "caps"), T("weapons", "I KNOW WHERE MY DAD KEEPS HIS GUN", "caps")),
    M("fr", T("profanity harassment", "shut up you stuuupid f*cking idiot", "repeat, masked"),
      T("threat", "say it again and i'll s.m.a.s.h ur face in", "dotted")),
    M("hi", T("sexual", "wanna s.e.x.t? i'll send p1cs first", "dotted, leet"), T("substance", "i'm kinda dr*nk lol", "masked")),
    M("gym", T("weapons threat", "watched a vid on how to make a p!pe b0mb. the gym would be the spot", "leet"),
      T("self-harm", "n after that i'll k!ll mys3lf too, nobody will care", "leet"), html="alt"),
    M(T("profanity", "Shït, I forgot the permission slip", "accent, subject"), "can you tell Ms. Fenn i'll bring it monday",
      html="alt"),
    M("gr8 game", "gr8 game 2nite!! u r the b3st goalie we've ever had", "c u at practice l8r"),
    M("**IMPORTANT**", "**IMPORTANT** bring ur calculator tmrw, mr. b said the test is 100% calc",
      "also s.o.s. i lost my notes from tuesday, can u send pics of urs"),
]

# ---------------------------------------------------------------- 4. staff-mail
def F(sender, subj, *parts):
    """A forwarded message written by `sender`."""
    return dict(frm=sender, subj=subj, parts=list(parts))


STAFF_MAIL = [
    M("PD day agenda - Nov 24", "Hi all,", "Here is the plan for the professional development day. We start at 8:00 in the library with coffee and a short welcome, then break into department teams until 10:30. After lunch the district data team will walk us through the new assessment dashboard, so please bring a charged laptop.",
      "Thanks for everything you do.", frm="principal", to=ALL_STAFF),
    M("Conference times for Jayden", "Dear Mr. Brooks,", "Thank you for signing up. I have you down for Tuesday at 4:15 in Room 214. If that slot no longer works, the Thursday evening slots are still open.",
      "Jayden has been doing much better on his homework since October, and I'd like to show you his last two quizzes.", frm="math", to=lambda: parent("David Brooks")),
    M("Sub plans for Friday", "Alicia,", "I'll be out Friday for my daughter's surgery. Sub plans are in the red folder on my desk: periods 1-3 are reading chapters 9 and 10 of Hatchet with the question packet, period 5 watches the documentary, and period 6 has a quiet work day.",
      "The seating charts are clipped to the front. Thank you!", frm="english", to=lambda: staff("office")),
    M("Capitol field trip - permission slips", "Dear families,", "Our 8th grade trip to the State Capitol is on December 3. Buses leave at 7:45 and return by 2:30. Students need a signed permission slip and a bag lunch. The cost is covered by the PTA.",
      "Chaperones must have a current background check on file with the front office.", frm="history", to="8th Grade Families <grade8-families@district.example>"),
    M("504 meeting reminder", "Quick reminder that the 504 review for a 7th grader on your team is Wednesday at 7:30 am in the conference room. Please bring recent work samples and your accommodation log.",
      "Let me know if you can't make it and I'll get your input ahead of time.", frm="counselor", to="7th Grade Team <grade7-team@district.example>"),
    M("Grades due Monday", "Hello everyone,", "Quarter 1 grades are due in the gradebook by Monday at 3:00 pm. Report cards go home on the 20th. If a student has an incomplete, please add a comment explaining what is missing.",
      frm="office", to=ALL_STAFF),
    M("Bus 14 route change", "Dear families,", "Starting Monday, Bus 14 will no longer stop at Maple and 3rd because of the bridge work. The new stop is at the Maple Street library, about two blocks north. Pick-up time stays at 7:05 am.",
      frm="office", to="Bus 14 Families <bus14@district.example>"),
    M("Thank you", "Ms. Raman,", "I just wanted to say thank you for staying after school with Lily last week. She came home excited about the owl pellet lab, which has never happened with science before.",
      "Have a great Thanksgiving.", frm=lambda: parent("Laura Chen"), to=lambda: staff("science")),
    M("Book fair volunteers", "Hi everyone! The fall book fair runs Monday through Thursday in the library. Classes can sign up for a 20-minute browsing slot on the sheet outside my door.",
      "We still need two adult volunteers for the Thursday evening family night.", frm="library", to=ALL_STAFF),
    M("Lab budget request", "Dana,", "Attached is my request for spring lab supplies: 30 pairs of splash goggles, pH strips and a new set of beakers for the acid-base unit. The total is $412, under the department allocation.",
      frm="science", to=lambda: staff("principal")),
    M("Drill schedule for December", "Staff,", "We will hold a lockdown drill on December 8 during 2nd period and a fire drill on December 15 during lunch. Please review the evacuation map posted by your door and make sure your class roster is in your red emergency folder.",
      frm="ap", to=ALL_STAFF),
    M("Winter concert", "Dear band families,", "The winter concert is Thursday, December 10 at 7:00 pm in the gym. Students should arrive by 6:15 in concert black. The 6th grade band plays first, followed by jazz band and the 8th grade orchestra.",
      frm="music", to="Band Families <band-families@district.example>"),
    M("Borrowing the kiln", "Mike, could I borrow the small kiln in your room on Friday afternoon? My 8th graders' clay pots are finally dry and ours is still waiting on a repair.",
      frm="art", to=lambda: staff("culinary")),
    M("Fitness testing next week", "Dear families,", "Next week students in PE will do the fall fitness assessment: the mile run, push-ups and the sit-and-reach. Please send your child with running shoes and a water bottle.",
      frm="health", to="Lakeview Families <families@district.example>"),
    M("Welcome, Ms. Okoye!", "Please join me in welcoming Grace Okoye, our new 6th grade math teacher. She comes to us from Riverside Elementary, where she taught 5th grade for six years.",
      "Her room is 122. Stop by and say hello!", frm="principal", to=ALL_STAFF),
    M("Snow day procedures", "Staff,", "If the district closes for weather, you'll get a call and a text by 5:30 am. Remote learning days start at 9:00. Please post your assignments on the class page by 10:00 and hold office hours from 1:00 to 2:00.",
      frm="ap", to=ALL_STAFF),
    M("Basketball tryouts", "Parents,", "Tryouts for the 7th and 8th grade basketball teams are Monday through Wednesday from 3:15 to 5:00. Every player needs a current sports physical on file before they can step on the court.",
      frm="coach", to="Athletics Families <athletics@district.example>"),
    M("Re: the copy room", "I was the one who left the paper jam in copier 2, sorry! I put a note on it for the repair tech.",
      frm="history", to=ALL_STAFF, quote=["Whoever was in the copy room at 7:30, copier 2 is showing an error again. Please leave a note if it jams."]),
    # -- positives
    M("printer", T("profanity", "This damn printer in the workroom jammed again and ate half my unit tests."),
      "Is there any chance the repair guy is coming this week? I'm printing at home in the meantime.", frm="science", to=lambda: staff("office")),
    M("Grade on the unit test", "Mr. Alvarez,",
      T("profanity", "Frankly this is bullshit. My son studied for days and you gave him a 62 because he didn't show his work."),
      T("harassment", "You are a useless, incompetent teacher and every parent I talk to says the same thing."),
      "I expect a response today.", frm=lambda: parent("Steve Walsh"), to=lambda: staff("math")),
    M("planning period", "Greg,", T("profanity", "I'm honestly pissed. They moved my planning period again without asking anyone."),
      T("substance", "I'm going home tonight to a very large glass of wine."), frm="history", to=lambda: staff("coach")),
    M("FW: note found in Room 118", "Ben, this was left on a desk in Room 118 after 6th period. I've called the parent and the student is with me now.",
      fwd=F("(handwritten note, typed by M. Bell)", "note",
            T("profanity", "I'm so fucking done with everyone in this building."),
            T("self-harm", "I'm going to kill myself this weekend. I already know how.")),
      frm="counselor", to=lambda: staff("ap")),
    M("Journal entry - please read today", "Marcus, one of my 7th graders turned in this journal entry. I wasn't sure who else should see it.",
      fwd=F("(student journal, period 3)", "journal",
            T("self-harm", "I have been cutting my legs so nobody sees."),
            T("substance", "Sometimes I drink my parents' vodka until I black out so I don't have to think.")),
      frm="english", to=lambda: staff("counselor")),
    M("FW: screenshot from a parent", "Officer Ruiz, a parent sent me this screenshot from a group chat last night. I've pulled the student from 1st period.",
      fwd=F(student("Isaiah Grant"), "monday",
            T("threat weapons", "Monday i'm bringing my dad's Glock to school. you all know who you are.")),
      frm="ap", to=lambda: staff("sro")),
    M("FW: group chat", "Ben, two girls showed me this on their phones during advisory. It's about a student in my homeroom.",
      fwd=F(student("Riley Sanders"), "re: her",
            T("threat", "she's dead after school, watch your back"),
            T("harassment profanity", "that fat bitch thinks she can talk to my boyfriend")),
      frm="science", to=lambda: staff("ap"), html="alt"),
    M("Bullying report", "Marcus, a student came to me crying after PE. She showed me these messages sent to her school account.",
      fwd=F(student("Harper Lewis"), "lol",
            T("harassment", "nobody likes you. just kill yourself already"),
            T("sexual", "and everyone's already seen your nudes, Jordan sent them to the whole team"),
      T("threat", "tell a teacher and we'll jump you after practice")),
      frm="health", to=lambda: staff("counselor")),
    M("Student statement - AR-15", "Lena,", "Two students reported that an 8th grader said the following at lunch today. We are contacting the family and would like you to do a welfare check.",
      T("weapons threat", "Student quoted as saying: \"My dad keeps an AR-15 in the garage and I know the code. They're going to pay for what they did.\""),
      frm="ap", to=lambda: staff("sro")),
    M("Messages to your daughter", "Dear Ms. Reyes,", "Thank you for meeting with me this morning. As discussed, the messages your daughter received on her school account came from a high school student. One of them said:",
      T("sexual", "\"send me nudes tonight or I'll stop talking to you\""),
      "When she refused, he wrote:", T("harassment", "\"you're a worthless, ugly nobody and everyone at your school hates you\""),
      "We have reported this to the high school and to Officer Ruiz.", frm="counselor", to=lambda: parent("Monica Reyes")),
    M("Sports betting at lunch", "Team,", "We have learned that a student has been taking bets at lunch on NFL games using a relative's FanDuel account. This flyer was going around the 8th grade:",
      T("gambling solicitation", "JOIN MY PARLAY CLUB - $20 buy-in, winners paid every Monday, Venmo @lakeview-picks"),
      "Please send any students you see collecting money to the office.", frm="ap", to="8th Grade Team <grade8-team@district.example>"),
    M("FW: email from a parent", "Ben, please see the message below, sent to me at 11 pm. I have contacted the superintendent's office.",
      fwd=F("Angela Foster <angela.foster@mail.example>", "my son",
            T("threat", "If you suspend my son I will come down to that school and you will regret it. Watch your back in the parking lot."),
            T("weapons", "I have my concealed carry permit and I'm not afraid to use my Sig.")),
      frm="principal", to=lambda: staff("ap")),
    M("Bus 9 incident", "Ben,", T("weapons", "The driver on Bus 9 confiscated a switchblade from a 7th grader this afternoon."),
      T("threat", "Witnesses say he held it up and told another boy \"I'm going to cut you when we get off.\""),
      "The knife is locked in my office. Report attached.", frm="sro", to=lambda: staff("ap"), html="alt"),
    M("Chromebook alert", "Ben, the monitoring system flagged a student's Chromebook over the weekend.",
      T("weapons", "The search history includes \"how to make a pipe bomb\" and \"where to buy 9mm ammo.\""),
      T("self-harm", "A Google Doc on the same account says \"I don't want to be alive anymore.\""),
      T("sexual", "The browsing history also shows several porn sites visited during 4th period."),
      "I'm meeting with the student first thing and have called home.", frm="counselor", to=lambda: staff("ap")),
    M("Poem from creative writing", "Marcus, I'm forwarding a poem a student submitted for the creative writing unit. The last stanza worries me.",
      fwd=F(student("Nina Kowalski"), "poem",
            "the sky is the color of old paint", "and the hallway hums like a fridge",
            T("self-harm", "i want to die before the snow comes", )),
      frm="english", to=lambda: staff("counselor")),
    M("March Madness bracket", T("gambling", "The staff bracket pool is back! $10 buy-in, winner takes 70% and the rest goes to the Sunshine Fund."),
      "Get your bracket to me by Thursday.", frm="math", to=ALL_STAFF),
    M("Student in the health office", "Marcus, a 6th grader came to see me with a stomachache and told me",
      T("self-harm", "\"I took a handful of pills last night because I wanted to die.\""),
      "Her parent is on the way and I've called poison control. Please come to the health office now.", frm="nurse", to=lambda: staff("counselor")),
]

# ---------------------------------------------------------------- 5. spam-and-pitches
def S(sender, subj, *parts, cta=None, html="alt", to=None):
    return M(subj, *parts, frm=sender, to=to or (lambda: rng.choice([staff(r) for r in STAFF] + [student()])),
             html=html, cta=cta)


SPAM = [
    S("Lucky Spin Casino <vip@luckyspin-rewards.example>", "Your $200 welcome bonus is waiting \U0001F3B0",
      T("gambling solicitation", "Deposit just $10 and get $200 in casino credits plus 50 free spins on our hottest slots."),
      "Live blackjack, roulette and over 900 games, open 24/7.", "Offer ends Sunday at midnight.", cta="CLAIM MY BONUS"),
    S("DraftKings Sportsbook <offers@dk-sportsbook-promos.example>", T("gambling solicitation", "Bet $5, get $150 - tonight only"),
      T("gambling solicitation", "Place a $5 bet on any NFL game tonight and get $150 in bonus bets instantly if it wins."),
      "New customers only. Must be 21+.", cta="BET NOW"),
    S("FanDuel <promos@fd-parlay-boost.example>", "No Sweat Parlay is back",
      T("gambling solicitation", "Build any 3-leg parlay this weekend. If it loses, we refund your stake up to $25 in bonus bets."),
      "Boosted odds on every Sunday game.", cta="BUILD MY PARLAY"),
    S("PickMaster Pro <picks@pickmasterpro.example>", "We hit 71% against the spread last month",
      T("gambling solicitation", "Our VIP members cashed 41 of 58 picks. Get every sharp play, parlay and player prop for just $49 a month."),
      "Cancel anytime.", cta="JOIN VIP"),
    S("BitStake Crypto Casino <hello@bitstake-casino.example>", "Instant BTC withdrawals - 200% match",
      T("gambling solicitation", "Play crash, dice and slots with Bitcoin. We match your first deposit 200% and withdrawals hit your wallet in minutes."),
      "No KYC, no waiting.", cta="PLAY WITH CRYPTO"),
    S("AcePoker <tournaments@acepoker-app.example>", "Freeroll Friday: $10,000 guaranteed",
      T("gambling", "Texas Hold'em tournament this Friday at 9 pm with a $10,000 guaranteed prize pool."),
      T("solicitation", "Download the app today and get your first three tournament tickets free."), cta="DOWNLOAD"),
    S("BetNow Sports <noreply@betnow-sports.example>", "Your bet slip #58213 settled",
      T("gambling", "Your 3-leg parlay (Lakers ML, Chiefs -3.5, Over 47.5) has settled. Result: WON. $86.40 has been added to your balance."),
      "Thanks for playing with BetNow.", to=student("Owen Murphy")),
    S("Golden Sweeps <play@goldensweeps.example>", "500,000 free Gold Coins for you",
      T("gambling solicitation", "Play 300 C.A.S.I.N.O-style games with Sweeps Coins and redeem your winnings for real cash prizes. Buy a coin package today and get 3x bonus coins.", "dotted"),
      cta="GET MY COINS"),
    S("777 Jackpot Slots <bonus@777jackpotslots.example>", T("gambling solicitation", "J@CKP0T ALERT: $1.2M progressive sl0ts", "leet, caps, subject"),
      T("gambling solicitation", "The Mega Fortune jackpot is over $1.2 million. Spin now - first deposit doubled up to $500."),
      cta="SPIN NOW"),
    S("Bracket Kings <contest@bracketkings.example>", "$1,000,000 for a perfect bracket",
      T("gambling solicitation", "Enter our bracket challenge for $20 per entry. Top 100 brackets split a $250,000 prize pool, and a perfect bracket wins $1 million."),
      cta="ENTER NOW"),
    S("TwinSpires Racing <derby@racing-wagers.example>", "Bet the Derby from your couch",
      T("gambling solicitation", "Wager on every race at Churchill Downs online. New players get a $200 deposit match."),
      T("substance", "Plus a free mint julep kit with bourbon glasses for your Derby party."), cta="WAGER NOW"),
    S("SkinBet <gg@skinbet-esports.example>", "Bet your skins on the CS2 Major",
      T("gambling solicitation", "B3T CS2 skins on every Major match and cash out instantly. Deposit any skin this week and get a free case.", "leet"),
      cta="START BETTING"),
    S("Royal Live Casino <vip@royal-live-casino.example>", "Meet your new dealers",
      T("gambling solicitation", "Live blackjack and roulette streamed in HD, with a 100% match bonus on your first deposit."),
      T("sexual", "Our after-midnight tables are hosted by topless dealers. Adults only."), cta="TAKE A SEAT"),
    S("GameDay Bets <promo@gameday-bets.example>", "Free 12-pack with your first bet",
      T("gambling solicitation", "Bet $10 on any college football game and get $100 in bonus bets."),
      T("substance", "Plus a free 12-pack of craft beer from our brewery partner, delivered before kickoff."), cta="CLAIM OFFER"),
    S("CamGirlsLive <hello@camgirls-live.example>", "Someone wants to chat with you \U0001F618",
      T("sexual solicitation", "Hundreds of girls are live on webcam right now. Private XXX shows from $1.99 a minute. Sign up free and get 20 tokens."),
      cta="WATCH LIVE"),
    S("Local Singles <match@local-singles-now.example>", "3 women near you want to meet tonight",
      T("sexual solicitation", "H0t s1ngles in your area are looking for no-strings h00kups tonight. Create your free profile in 60 seconds and upgrade to see their private photos.", "leet"),
      cta="SEE PHOTOS"),
    S("PremiumPass <billing@premium-pass-xxx.example>", T("sexual solicitation", "90% off your porn membership - 48 hours"),
      T("sexual solicitation", "Unlimited access to over 80,000 full-length porn videos in 4K. Lifetime membership now $19.99, 90% off."),
      cta="UNLOCK ACCESS"),
    S("SextMate <app@sextmate.example>", "Your sexting match is waiting",
      T("sexual solicitation", "Swap nudes and dirty messages with verified adults. Premium members send unlimited photos - first month just $4.99."),
      cta="START SEXTING"),
    S("Spin & Strip <vip@spin-and-strip.example>", "Free spins + private shows",
      T("sexual gambling solicitation", "Spin our adult slots and every jackpot unlocks a private nude show. Deposit $20, get 100 free spins."),
      cta="PLAY NOW"),
    S("Frontier Firearms <deals@frontier-firearms.example>", T("weapons solicitation", "Glock 19 Gen5 back in stock - $499"),
      T("weapons solicitation", "The Glock 19 Gen5 is back in stock for $499 with three magazines. Order online and ship to your local FFL."),
      "Limited quantities.", cta="SHOP HANDGUNS"),
    S("Liberty Build Co. <sales@libertybuild.example>", "Black Friday: AR-15 build kits from $399",
      T("weapons solicitation", "Complete AR-15 rifle kits with 16\" barrel, upper and lower parts kit, from $399. Buy now, sale ends Monday."),
      cta="BUY NOW"),
    S("AmmoDepot <orders@ammodepot-bulk.example>", "1,000 rounds of 9mm for $249",
      T("weapons solicitation", "Stock up: 1,000 rounds of 115gr 9mm FMJ for $249 with free shipping. Add a case of .223 and save 10%."),
      cta="ORDER AMMO"),
    S("BladeHQ Outlet <shop@blade-outlet.example>", "OTF switchblades 30% off",
      T("weapons solicitation", "Out-the-front automatic knives and classic Italian switchblades, 30% off this week. Buy two, get a free sheath."),
      cta="SHOP KNIVES"),
    S("Eastern Surplus <sales@eastern-surplus.example>", "AK-47 parts kits just landed",
      T("weapons solicitation", "Original AK-47 parts kits, drum magazines and plate carriers. Order today before they're gone."),
      cta="SHOP NOW"),
    S("Tri-County Gun Show <info@tricounty-gunshow.example>", "This weekend: 400 tables",
      T("weapons solicitation", "Buy, sell and trade handguns, rifles and shotguns this Saturday and Sunday at the fairgrounds. Print this email for $2 off admission."),
      cta="GET TICKETS"),
    S("Cloud Nine Smoke Shop <deals@cloudnine-smoke.example>", "Vapes, Delta-8 and more - 25% off",
      T("substance solicitation", "Disposable vapes, Juul-compatible pods and Delta-8 carts all 25% off this weekend."),
      T("weapons", "New in the case: spring-assisted switchblades and brass knuckles."), cta="SHOP THE SALE"),
    S("VapeVault <orders@vapevault.example>", T("substance solicitation", "Vapes: buy 2 disposables, get 1 free"),
      T("substance solicitation", "Elf Bar, Geek Bar and Juul pods in 30 flavors. Buy two disposable vapes, get one free. Discreet shipping, no signature required."),
      cta="SHOP VAPES"),
    S("Happy Hemp Co. <hi@happyhemp.example>", "THC gummies shipped to your door",
      T("substance solicitation", "Delta-9 THC gummies and edibles, 10 mg each, shipped legally to all 50 states. Use code CHILL for 20% off your first order."),
      cta="ORDER EDIBLES"),
    S("Vineyard Select <club@vineyard-select.example>", "6 bottles of wine for $39.99",
      T("substance solicitation", "Join our wine club and get six award-winning bottles of red and white wine for $39.99, plus free shipping."),
      cta="JOIN THE CLUB"),
    S("CryptoGift Foundation <giveaway@btc-gift.example>", T("solicitation", "Official Bitcoin giveaway - double your BTC"),
      T("solicitation", "To celebrate our launch we are giving away 5,000 BTC. Send 0.01 B1TC01N to the address below and we will send back 0.02. D-O-U-B-L-E your money - no limit!", "leet, spaced"),
      cta="JOIN GIVEAWAY"),
    S("Velvet Box <shop@velvet-box-adult.example>", T("sexual solicitation", "Adult toys 40% off - discreet delivery"),
      T("sexual solicitation", "Vibrators, lingerie and couples' sex toys, 40% off sitewide. Plain packaging, no one will know."),
      cta="SHOP ADULT"),
    S("Brittany at Bloom Life <brittany@bloomlife-team.example>", "Quick question for you, teacher!",
      T("solicitation", "Hi! I saw you're a teacher and I wanted to reach out. I left the classroom last year and now I work from home and earn more than I did teaching. Would you be open to joining my team and being your own boss?"),
      html="plain"),
    S("ClassroomDirect <sales@classroomdirect.example>", "30% off dry-erase markers - buy now",
      T("solicitation", "Stock up for spring: 30% off dry-erase markers, anchor-chart paper and Chromebook carts. Buy now - prices go back up Friday."),
      cta="SHOP THE SALE"),
    S("ClassroomDirect <orders@classroomdirect.example>", "Your order #CD-448120 has shipped",
      "Your order of 4 boxes of dry-erase markers and 2 pads of chart paper has shipped via UPS. Tracking number: 1Z999AA10123456784. Estimated delivery: Thursday.",
      "Questions about your order? Reply to this email.", to=lambda: staff("science")),
    S("State Science Teachers Association <events@state-sta.example>", "Registration confirmed: winter webinar",
      "You are registered for the webinar \"Phenomena-Based Labs on a Budget\" on January 14 at 4:00 pm. The link will arrive the morning of the session.",
      "Add it to your calendar so you don't miss it.", html="plain", to=lambda: staff("science")),
]

# ---------------------------------------------------------------- 3. lookalikes (no positives at all)
LOOKALIKES = [
    M("Staff holiday party - food sign-up", "Hello everyone,", "The staff holiday party is Friday the 12th in the library. Karen is making her famous pot roast, Julia is bringing shrimp cocktail, and I'm doing my grandmother's fruit cocktail salad (canned peaches, grapes, pineapple and a squeeze of lime, for the three people who asked).",
      "Please sign up for a dish by Wednesday so we don't end up with six trays of cookies. Whoever leaves last, kill the lights and lock the side door.", frm="principal", to=ALL_STAFF),
    M("Yearbook photo schedule", "Hi coaches and club sponsors,", "We'll shoot the yearbook photos for clubs and teams next Tuesday in the gym. The photographer will shoot the basketball team first (shooting guards and forwards in the back row, please), then robotics and chess club.",
      "A few bullet points: wear your club shirt, no hats, and arrive five minutes early.", frm="library", to=ALL_STAFF),
    M("Reading list for the spring", "Dear families,", "This spring we read Dickens (A Christmas Carol, then excerpts from Great Expectations), a chapter of Moby-Dick, and poems by E. E. Cummings. Advanced readers may choose The Idiot by Dostoevsky or Murder on the Orient Express for their independent project.",
      "In the farm story unit, students read a short piece that opens as the cock crowed at dawn and the hens came out to scratch in the yard.", frm="english", to="7th Grade Families <grade7-families@district.example>"),
    M("Pen pal exchange with England", "Hello class,", "Our pen pal letters came back! This year we are writing to schools in Sussex, Essex, Middlesex and a small town called Scunthorpe. Please read your letter, then write a reply of at least two paragraphs.",
      "Your assignment is due Friday. Please pass these along to anyone who was absent.", frm="history", to="Period 4 Social Studies <ss-p4@district.example>"),
    M("Health unit letter", "Dear families,", "In the 7th grade health unit we begin the human growth and development lessons on Monday. Students will learn the correct anatomical terms for the reproductive system (penis, testes, vagina, uterus and ovaries), how puberty changes the body, and where to ask trusted adults for help.",
      "If you would like to preview the materials or opt your child out, please contact me by Friday.", frm="health", to="7th Grade Families <grade7-families@district.example>"),
    M("Annual notice of nondiscrimination", "The Lakeview School District does not discriminate on the basis of race, color, national origin, sex, disability or age in its programs and activities. Questions about Title IX may be directed to our Title IX coordinator, Dana Whitfield, at the district office.",
      "This notice is sent to all families at the start of each school year.", frm="office", to="Lakeview Families <families@district.example>"),
    M("WWII unit: the atomic bomb", "Hi team,", "Next week the 8th grade starts the lessons on the end of World War II. Students will read primary sources about the Manhattan Project, the decision to drop the atomic bomb on Hiroshima and Nagasaki, and the start of the nuclear arms race.",
      "The unit ends with a structured academic debate. Please send me any articles you'd like added to the packet.", frm="history", to="Social Studies Dept <ss-dept@district.example>"),
    M("Drug awareness week", "Dear families,", "Next week is Red Ribbon Week, our drug awareness week. Each day has a spirit theme: Monday is pajama day, Tuesday is crazy socks, and Friday is wear red. A speaker from the county health department will talk with students about making healthy choices and saying no to peer pressure.",
      "Thank you for supporting a safe and healthy school.", frm="counselor", to="Lakeview Families <families@district.example>"),
    M("Medication forms and flu shot clinic", "Hi Ms. Tran,", "Zoe will need to come to the nurse's office at 11:30 each day for her prescription medication. Her mother dropped off the bottle from the drug store this morning along with the signed form.",
      "Also a reminder that the flu shot clinic is Thursday in the health office. Booster shot consent forms are due Wednesday.", frm="nurse", to=lambda: staff("health")),
    M("grading weekend", "This stack of essays is killing me. I could die laughing at some of the vocab answers though - someone defined \"ecstatic\" as \"full of static electricity.\"",
      "My laptop battery died twice, so if your grades aren't in yet, that's why. I'm dying to see the musical on Saturday, is anyone else going?", frm="english", to=lambda: staff("history")),
    M("Espresso machine fund", "Hi all,", "We're collecting for a real espresso machine for the lounge. I cannot face 1st period without a shot of espresso, and the old coffee maker finally died over the weekend.",
      "Five dollars each would do it. I'll also bring Coke and Sprite for Friday's meeting.", frm="math", to=ALL_STAFF),
    M("Track meet details", "Team,", "I bet you can't guess who won the shot put last week - congratulations, Ava! Vans leave at 2:45; I call shotgun in van 1 so I can read the map.",
      "Winners of each event get a gift card to Dick's Sporting Goods. We're going to crush it at the county meet.", frm="coach", to="Track Team <track@district.example>"),
    M("PTA bake sale", "Hi Lakeview families,", "The PTA bake sale is this Friday at dismissal. We will sell cookies, brownies and grape juice boxes in the front lobby. We also need volunteers to sell tickets for the spaghetti dinner fundraiser on the 20th.",
      "All money raised goes to the 8th grade trip. Double-check your child's backpack for the sign-up sheet!", frm="office", to="Lakeview Families <families@district.example>"),
    M("Yearbook orders", "Dear families,", "Yearbooks are $35 and can be ordered through the school store page until March 1. We print a limited number of extra copies, so please order early.",
      "Students who join the yearbook team this spring get their copy free.", frm="library", to="Lakeview Families <families@district.example>"),
    M("Acid-base lab", "Students,", "Tomorrow is the acid-base titration lab. Wear goggles and tie back long hair. The lab coats are made of flame retardant cotton, so please return them to the hooks.",
      "For the analysis section, answer all five questions. Extra credit: look up how the pistol shrimp snaps its claw, and why orcas are called killer whales.", frm="science", to="Period 2 Science <sci-p2@district.example>"),
    M("Art supplies for the impressionism unit", "Hi Julia,", "For the impressionism unit I'm planning a lesson on Monet and Pissarro. Could I borrow your fuchsia, magenta and cobalt paints? I'm also bringing in pussy willow branches from my yard for the spring still life.",
      frm="art", to=lambda: staff("music")),
    M("Cafeteria menu - week of Dec 7", "Monday: chicken breast sandwich, hash browns and apple slices. Tuesday: pasta e fagioli. Wednesday: shiitake mushroom and barley soup with a grilled cheese. Thursday: pot roast with carrots. Friday: pizza and grape juice.",
      "Vegetarian options are available every day.", frm="office", to="Lakeview Families <families@district.example>"),
    M("Band sectionals", "Percussion: please bring your own mallets for the glockenspiel and xylophone parts. The bass clarinet and brass sextet will rehearse in the practice room.",
      "Dead week before the concert means no new music, so focus on the pieces we already have.", frm="music", to="Concert Band <band@district.example>"),
    M("Geography bee practice list", "Study list for the geography bee: Fukuoka (our sister city), Kill Devil Hills where the Wright brothers first flew, Anchorage, AK, Little Rock, AR, the Dead Sea, the Erie Canal and the Hoover Dam.",
      "Bonus round: name the capital of the Netherlands (Amsterdam) and the country with the most islands (Sweden).", frm="history", to="Geography Bee Team <geobee@district.example>"),
    M("Swim unit", "Dear families,", "Our PE swim unit starts Monday. Students will practice freestyle, backstroke and breaststroke. Please send a swimsuit, towel and a plastic bag for wet clothes.",
      "Students who forget their suit will do a written assignment on pool safety instead.", frm="health", to="8th Grade Families <grade8-families@district.example>"),
    M("Garden club", "Garden club volunteers, we need help on Saturday to weed the raised beds and spread grass seed along the fence.",
      "The bird club will also be out counting species - last month they saw a tufted titmouse, a woodcock and someone's escaped cockatoo.", frm="science", to="Garden Club <garden@district.example>"),
    M("Conference sign-up is open", "Dear families,", "Parent-teacher conference time slots are open on the sign-up page. The odds are good that evening slots fill first, so please sign up early. Our stakeholders survey is attached as well.",
      "If none of the slots work, email your child's homeroom teacher.", frm="office", to="Lakeview Families <families@district.example>"),
    M("Password reset", "Hello,", "Your password for the assignment portal was reset by the help desk. Please log in and choose a new password of at least 12 characters. Teachers may work from home on the snow day using the VPN.",
      "The cryptography club meets Thursdays in Room 204 if you'd like to learn how passwords are stored.", frm="office", to=lambda: staff("english")),
    M("Debate tournament", "Debaters,", "Saturday's tournament topic is whether cities should fund public transit. Prepare a two-minute rebuttal and remember: be specific, not conspicuous about reading notes.",
      "Homophones count against you in the written round, so proofread carefully.", frm="english", to="Debate Team <debate@district.example>"),
    M("Facilities update", "Staff,", "The erection of the new bleachers begins Monday, so the east lot is closed. Julia will fire the kiln Thursday after school. Please use blunt scissors with the 6th graders during the craft fair.",
      "The flight club is installing a cockpit simulator in Room 110 - come see it.", frm="principal", to=ALL_STAFF),
    M("Counseling resources", "Dear families,", "Our counseling office keeps a list of local therapists who accept most insurance plans. We can also help with paperwork for families with joint custody arrangements.",
      "The kindergarten lottery for the charter program closes Friday. Please contact me with any questions.", frm="counselor", to="Lakeview Families <families@district.example>"),
    M("Fire drill and deadline reminder", "Reminder: fire drill tomorrow during 3rd period. After the drill, please take attendance right away.",
      "The deadline for field trip forms is Friday. Please hang the banners for the open house by Thursday.", frm="ap", to=ALL_STAFF),
    M("Math challenge of the week", "Students,", "I bet you can't solve this one without a calculator: a pot of soup loses 10% of its volume every hour. How much is left after three hours?",
      "For art integration day we'll also be cutting paper snowflakes to show symmetry.", frm="math", to="Period 6 Math <math-p6@district.example>"),
    M("Culinary unit", "Families,", "Our culinary unit begins Monday. Students will learn safe knife skills with a chef's knife, make a crappie fish chowder from the fishing club's catch, and bake a classic bombe dessert.",
      "Please let me know about any food allergies.", frm="culinary", to="8th Grade Families <grade8-families@district.example>"),
    M("Re: Sofia's science project", "Hi Ms. Raman,", "Sofia says this homework is killing her, but she's learned a lot! She wants to know if her poster can use bullet points instead of paragraphs.",
      "She also asked whether she can parlay her summer internship at the nature center into the project. Thank you for your patience with all our questions!",
      frm=lambda: parent("Angela Foster"), to=lambda: staff("science")),
]

BY_CLASS = {"student-chat": STUDENT_CHAT, "disguised": DISGUISED, "lookalikes": LOOKALIKES,
            "staff-mail": STAFF_MAIL, "spam-and-pitches": SPAM}


# ---------------------------------------------------------------- rendering
def who(x):
    return x() if callable(x) else staff(x) if x in STAFF else x


def name_of(address):
    return address.split(" <")[0]


def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def plain_of(part):
    text = part.text if isinstance(part, T) else part
    return strip_tags(text) if text.startswith("<") else text


def html_of(part, student_style):
    text = part.text if isinstance(part, T) else part
    if text.startswith("<"):
        return text
    tag = "div" if student_style else "p"
    return f"<{tag}>{html.escape(text, quote=False)}</{tag}>"


def frags(spec):
    """Every positive fragment of a message: subject, body, quoted and forwarded parts."""
    parts = [spec["subj"]] + spec["parts"] + spec.get("quote", []) + spec.get("fwd", {}).get("parts", [])
    return [p for p in parts if isinstance(p, T)]


def signature(sender):
    name, titles = name_of(sender), dict(STAFF.values())
    return f"{name}\n{titles[name]}\nLakeview Middle School | 555-0142" if name in titles else name.split()[0]


def build(cls, i, spec, when):
    student_style = cls in ("student-chat", "disguised")
    spam = cls == "spam-and-pitches"
    if student_style:
        sender, to = who(spec.get("frm") or student()), who(spec.get("to") or student())
        while to == sender:
            to = student()
    else:
        sender, to = who(spec["frm"]), who(spec["to"])
    subj = spec["subj"].text if isinstance(spec["subj"], T) else spec["subj"]
    mode = spec.get("html") or ("alt" if spam else "plain")
    sep = "\n" if student_style else "\n\n"
    domain = sender.split("@")[1].rstrip(">")

    text = sep.join(plain_of(p) for p in spec["parts"])
    body = "".join(html_of(p, student_style) for p in spec["parts"])
    if spam:
        if spec.get("cta"):
            text += f"\n\n{spec['cta']}: https://{domain}/go?c={i:03d}"
            body += (f'<p style="text-align:center"><a href="https://{domain}/go?c={i:03d}" style="background:#d81b60;'
                     f'color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">{spec["cta"]}</a></p>')
        foot = f"You are receiving this email because you signed up at {domain}. Unsubscribe: https://{domain}/unsubscribe"
        text += "\n\n" + foot
        body = (f'<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>{body}'
                f'<p style="font-size:10px;color:#888">{html.escape(foot)}</p></td></tr></table>')
    elif student_style:
        if rng.random() < 0.25:
            text += "\n\nSent from my iPhone"
    else:
        sig = signature(sender)
        text += "\n\n" + sig
        body += "<p>" + "<br>".join(html.escape(x) for x in sig.split("\n")) + "</p>"
    if "quote" in spec:
        earlier = format_datetime(when - timedelta(minutes=rng.randint(5, 300)))
        head = f"On {earlier}, {name_of(to)} <{to.split('<')[1]} wrote:"
        text += f"\n\n{head}\n" + "\n".join("> " + plain_of(p) for p in spec["quote"])
        body += (f'<div class="gmail_quote">{html.escape(head)}<blockquote style="margin:0 0 0 .8ex;'
                 f'border-left:1px #ccc solid;padding-left:1ex">'
                 + "".join(html_of(p, True) for p in spec["quote"]) + "</blockquote></div>")
    if "fwd" in spec:
        f = spec["fwd"]
        sent = (when - timedelta(minutes=rng.randint(30, 900))).strftime("%a, %b %d, %Y at %I:%M %p")
        head = ["---------- Forwarded message ---------", f"From: {f['frm']}", f"Date: {sent}", f"Subject: {f['subj']}"]
        text += "\n\n" + "\n".join(head) + "\n\n" + "\n".join(plain_of(p) for p in f["parts"])
        body += ('<div class="gmail_quote">' + "<br>".join(html.escape(x) for x in head) + "<br><br>"
                 + "".join(html_of(p, True) for p in f["parts"]) + "</div>")

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subj
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<conduct-{cls}-{i:03d}@district.example>"
    page = f"<html><body>{body}</body></html>"
    if mode == "only":
        msg.set_content(page, subtype="html")
    else:
        msg.set_content(text + "\n")
        if mode == "alt":
            msg.add_alternative(page, subtype="html")
            msg.set_boundary(f"==conduct-{cls}-{i:03d}==")
    return msg, mode


# ---------------------------------------------------------------- build, verify
def labels(spec):
    got = {k for f in frags(spec) for k in f.kinds}
    return [k for k in KINDS if k in got]


def message_text(path):
    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    texts = [str(msg["Subject"])]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            body = part.get_content()
            texts.append(strip_tags(body) if part.get_content_subtype() == "html" else body)
    return " ".join(" ".join(texts).split())


def verify(manifest):
    """Every labelled fragment is in its file; negatives have no fragment; counts are met."""
    problems = []
    for row in manifest:
        cls, n = row["class"], int(row["file"].split("/")[1][:3])
        spec = BY_CLASS[cls][n]
        text = message_text(HERE / row["file"])
        for f in frags(spec):
            if " ".join(plain_of(f).split()) not in text:
                problems.append(f"{row['file']}: fragment missing: {f.text[:50]!r}")
            if cls == "disguised" and not f.how:
                problems.append(f"{row['file']}: undisguised positive in the disguised class")
        if [e["kind"] for e in row["expected"]] != labels(spec):
            problems.append(f"{row['file']}: manifest does not match the fragments")
        if cls == "lookalikes" and row["expected"]:
            problems.append(f"{row['file']}: look-alike with a label")
    per_kind = Counter(e["kind"] for row in manifest for e in row["expected"])
    problems += [f"only {per_kind[k]} messages with {k}" for k in KINDS if per_kind[k] < 25]
    return problems


def report(manifest, modes):
    print(f"{'class':18}{'msgs':>5}{'none':>5} " + " ".join(f"{k[:5]:>5}" for k in KINDS))
    for cls in CLASSES + ["total"]:
        rows = [r for r in manifest if cls in ("total", r["class"])]
        c = Counter(e["kind"] for r in rows for e in r["expected"])
        print(f"{cls:18}{len(rows):5}{sum(not r['expected'] for r in rows):5} " + " ".join(f"{c[k]:5}" for k in KINDS))
    spread = Counter(len(r["expected"]) for r in manifest)
    print("kinds per message:", dict(sorted(spread.items())))
    how = Counter(m.strip() for c in BY_CLASS.values() for spec in c for f in frags(spec) if f.how for m in f.how.split(","))
    print("disguised fragments by method:", dict(how.most_common()))
    subj = sum(isinstance(s["subj"], T) for c in BY_CLASS.values() for s in c)
    print("positives in the Subject:", subj, "| body modes:", dict(Counter(modes)))


def main():
    if "--verify-only" in sys.argv:
        manifest = json.loads((HERE / "manifest.json").read_text())
    else:
        manifest, modes, n = [], [], 0
        start = datetime(2026, 9, 14, 7, 5, tzinfo=timezone(timedelta(hours=-5)))
        for cls in CLASSES:
            folder = HERE / cls
            folder.mkdir(exist_ok=True)
            for old in folder.glob("*.eml"):
                old.unlink()
            for i, spec in enumerate(BY_CLASS[cls]):
                day = start + timedelta(days=n // 2)
                msg, mode = build(cls, i, spec, day.replace(hour=rng.randint(6, 23), minute=rng.randint(0, 59)))
                n += 1
                modes.append(mode)
                write(folder, f"{i:03d}.eml", msg)
                manifest.append({"file": f"{cls}/{i:03d}.eml", "class": cls,
                                 "expected": [{"kind": k, "value": "1"} for k in labels(spec)]})
        (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
        report(manifest, modes)
    problems = verify(manifest)
    print("\n".join(problems) if problems else f"verified {len(manifest)} messages")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
