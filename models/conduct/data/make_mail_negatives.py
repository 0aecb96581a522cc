#!/usr/bin/env python3
"""Write mail_negatives.jsonl: sentences as they appear INSIDE real school email.

Every line carries no conduct label. The existing negatives.jsonl is mostly short
stand-alone sentences; the classifier scores every sentence of an email, so it also
has to see the rest of a real message: long informational sentences, greetings and
sign-offs, quoted-reply and forwarded-message header lines, signatures, disclaimers,
"Sent from my iPhone", lists of dates and times, and sentences that mention sensitive
topics innocently inside a longer context (drills, policies, lessons, coaching,
counselling, fundraisers...). Student chat (lowercase, slang, emoji) is included too.

Style tags:
  hard-mail:<topic>  uses the vocabulary of threats, weapons, self-harm, harassment,
                     sex, drugs, betting or selling innocently (CATEGORIES.md right column)
  mail:<topic>       ordinary mail text, mail furniture and chat

All text was written for this project. All people, schools, towns, streets, teams,
e-mail domains and phone numbers are invented (phone numbers use 555-01xx); real
names appear only as lesson content (books, authors, historical events).

Standard library only; deterministic (random.Random(SEED)).
Run:  python3 make_mail_negatives.py
"""

import collections
import datetime
import json
import os
import random
import re

SEED = 20250117
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail_negatives.jsonl")
EXISTING = [os.path.join(HERE, "negatives.jsonl"), os.path.join(HERE, "positives.jsonl")]

MIN_TOTAL = 3000
MIN_CHAT = 600
MIN_FURNITURE = 300
MIN_LONG = 700          # sentences of 20+ words

# ---------------------------------------------------------------------------
# Invented slot values (different names from make_negatives.py where possible)
# ---------------------------------------------------------------------------
BOYS = ["Aiden", "Bennett", "Cyrus", "Dashiell", "Emmett", "Gideon", "Harlan", "Isaiah",
        "Jude", "Kenji", "Lorenzo", "Micah", "Nico", "Oscar", "Pablo", "Ronan", "Silas",
        "Tariq", "Uriel", "Victor", "Wes", "Xavier", "Yusuf", "Zane", "Bodhi", "Callum",
        "Desmond", "Everett", "Franco", "Grady"]
GIRLS = ["Adaeze", "Brielle", "Celeste", "Delphine", "Elodie", "Fiona", "Gemma", "Hollis",
         "Ines", "Juniper", "Kaia", "Lucia", "Marisol", "Noor", "Ophelia", "Paloma",
         "Rosalind", "Saoirse", "Thea", "Ursula", "Valentina", "Winnie", "Ximena",
         "Yasmin", "Zuri", "Annika", "Bianca", "Cora", "Daphne", "Elsie"]
LAST = ["Alvarez", "Dunmore", "Whitlock", "Okafor", "Brennan", "Castellanos", "Lindgren",
        "Marchetti", "Nakamura", "Osei", "Pruitt", "Quintero", "Rasmussen", "Sandoval",
        "Thibodeaux", "Underwood", "Varga", "Wexler", "Yamada", "Zielinski", "Ashworth",
        "Beaumont", "Calloway", "Drummond", "Ellery", "Fairbanks", "Gallagher", "Holloway",
        "Ibarra", "Jankowski", "Kowalczyk", "Lachance", "Mbeki", "Northcott", "Oyelowo",
        "Pacheco", "Rourke", "Sorensen", "Tolliver", "Vandermeer"]
ADULT_FIRST = ["Renata", "Douglas", "Priscilla", "Harold", "Monique", "Gregory", "Tamsin",
               "Leonard", "Yolanda", "Curtis", "Bernadette", "Rashid", "Colleen", "Ignacio",
               "Dolores", "Franklin", "Maribel", "Stuart", "Lorraine", "Desmond", "Ingrid",
               "Terrence", "Annette", "Vikram", "Shauna", "Wendell", "Rosalie", "Hector",
               "Joanna", "Martin", "Kendra", "Jordan", "Casey", "Robin", "Morgan", "Avery"]
SCHOOLS = ["Larkspur Middle School", "Hadley Brook Elementary", "Cobalt Ridge High School",
           "Juniper Flats Middle School", "Westmarch High School", "Oriole Lane Elementary",
           "Fernhollow Academy", "Sable Creek High School", "Brightwater Middle School",
           "Tamarack Elementary"]
SCHOOL_SHORT = ["Larkspur", "Hadley Brook", "Cobalt Ridge", "Juniper Flats", "Westmarch",
                "Oriole Lane", "Fernhollow", "Sable Creek", "Brightwater", "Tamarack"]
DISTRICTS = ["Pinewick Unified School District", "Calder Valley Public Schools",
             "North Ashby School District", "Marrowstone County Schools",
             "Greyfield Community School District", "Kessler Bay Unified"]
DOMAINS = ["pinewickusd.org", "caldervalleyps.org", "northashbysd.org", "marrowstonek12.org",
           "greyfieldcsd.org", "kesslerbayusd.org"]
MAIL_HOSTS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com"]
TOWNS = ["Calder Valley", "Pinewick", "North Ashby", "Marrowstone", "Greyfield", "Kessler Bay",
         "Dunlow", "Harrowgate", "Silverpine", "Otter Falls"]
MASCOTS = ["Falcons", "Otters", "Comets", "Ravens", "Wildcats", "Herons", "Bobcats",
           "Mustangs", "Timberwolves", "Stingrays"]
OPPONENTS = ["Eastgate", "Millford", "St. Anselm", "Briar Point", "Copper Hill", "Lakeview Prep",
             "Red Hollow", "Ferris Mill", "Granite Falls", "Whitby Heights", "Saltmarsh",
             "Kingsbridge"]
FIELDS = ["Hadley Park", "the north gym", "the auxiliary gym", "Field 3", "the upper field",
          "Ashby Rec Center", "the Calloway Aquatic Center", "the main gym", "the track",
          "Riverbend Fields", "the fieldhouse", "the wrestling room"]
STREETS = ["Orchard Lane", "Kessler Avenue", "Birch Hollow Road", "Millrace Drive",
           "Quarry Street", "Larch Court", "Tidewater Way"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TIMES = ["7:15", "7:40", "8:05", "9:00", "10:30", "11:45", "12:30", "1:15", "2:30", "2:50",
         "3:05", "3:20", "3:45", "4:30", "5:15", "6:00", "6:30", "7:00", "7:30"]
ROOMS = ["room 114", "room 221", "room B-7", "room 302", "the library", "the cafeteria",
         "the auditorium", "the commons", "the choir room", "the counseling office",
         "the main office", "the black box theater", "the media center", "portable 4"]
SUBJECTS = ["math", "science", "ELA", "social studies", "Spanish", "chemistry", "biology",
            "geometry", "world history", "US history", "health", "art", "band", "orchestra",
            "physics", "civics", "economics", "English 10", "AP Lit", "pre-calc"]
GRADES = ["6th", "7th", "8th", "9th", "10th", "11th", "12th", "3rd", "4th", "5th"]
PRICES = ["$4", "$6", "$7.50", "$10", "$12", "$15", "$20", "$22", "$25", "$35", "$40", "$45",
          "$60", "$85"]
MONTHS = ["September", "October", "November", "December", "January", "February", "March",
          "April", "May"]
BOOKS = ["Of Mice and Men", "The Things They Carried", "Hamlet", "Night", "Macbeth",
         "The Outsiders", "Lord of the Flies", "To Kill a Mockingbird", "Romeo and Juliet",
         "All Quiet on the Western Front", "Fahrenheit 451", "The Giver"]

HE_RE = re.compile(r"\b(he|him|his|himself|son|boy|brother|nephew|grandson)\b", re.I)
SHE_RE = re.compile(r"\b(she|her|hers|herself|daughter|girl|sister|niece|granddaughter)\b",
                    re.I)
SLOT_RE = re.compile(r"\{([a-z0-9]+)\}")


def teacher(rng):
    return "%s %s" % (rng.choice(["Ms.", "Mr.", "Mrs.", "Dr.", "Ms.", "Mr."]), rng.choice(LAST))


def _kid(rng, text):
    he, she = bool(HE_RE.search(text)), bool(SHE_RE.search(text))
    if he and not she:
        return rng.choice(BOYS)
    if she and not he:
        return rng.choice(GIRLS)
    return rng.choice(BOYS + GIRLS)


def _teacher_for(rng, text):
    he, she = bool(HE_RE.search(text)), bool(SHE_RE.search(text))
    last = rng.choice(LAST)
    if he and not she:
        return rng.choice(["Mr.", "Dr."]) + " " + last
    if she and not he:
        return rng.choice(["Ms.", "Mrs.", "Dr."]) + " " + last
    return rng.choice(["Ms.", "Mr.", "Mrs.", "Dr."]) + " " + last


def fill(text, rng):
    used = {}

    def rep(m):
        key = m.group(1)
        if key in used and key == "date":          # "{date} through {date}": a later date
            mon, d = used[key].rsplit(" ", 1)
            d2 = int(d) + rng.randint(1, 6)
            if d2 > 28:
                mon, d2 = MONTHS[(MONTHS.index(mon) + 1) % len(MONTHS)], d2 - 28
            used[key] = "%s %d" % (mon, d2)
            return used[key]
        if key in used and key == "day":           # "{day} and {day}": a different day
            rest = [x for x in DAYS if x != used[key]]
            later = [x for x in rest if DAYS.index(x) > DAYS.index(used[key])]
            used[key] = rng.choice(later or rest)
            return used[key]
        if key in used and key == "last":          # "the {last} and {last} families"
            v = rng.choice([x for x in LAST if x != used[key]])
            used[key] = v
            return v
        if key in used:
            return used[key]
        if key == "kid":
            v = _kid(rng, text)
        elif key == "kid2":
            v = rng.choice(BOYS + GIRLS)
            while v == used.get("kid"):
                v = rng.choice(BOYS + GIRLS)
        elif key == "tch":
            v = _teacher_for(rng, text)
        elif key == "last":
            v = rng.choice(LAST)
        elif key == "coach":
            v = "Coach " + rng.choice(LAST)
        elif key == "adult":
            v = rng.choice(ADULT_FIRST) + " " + rng.choice(LAST)
        elif key == "school":
            v = rng.choice(SCHOOLS)
        elif key == "short":
            v = rng.choice(SCHOOL_SHORT)
        elif key == "district":
            v = rng.choice(DISTRICTS)
        elif key == "town":
            v = rng.choice(TOWNS)
        elif key == "mascot":
            v = rng.choice(MASCOTS)
        elif key == "opp":
            v = rng.choice(OPPONENTS)
        elif key == "field":
            v = rng.choice(FIELDS)
        elif key == "street":
            v = rng.choice(STREETS)
        elif key == "day":
            v = rng.choice(DAYS)
        elif key == "time":
            v = rng.choice(TIMES)
        elif key == "room":
            v = rng.choice(ROOMS)
        elif key == "subj":
            v = rng.choice(SUBJECTS)
        elif key == "grade":
            v = rng.choice(GRADES)
        elif key == "price":
            v = rng.choice(PRICES)
        elif key == "month":
            v = rng.choice(MONTHS)
        elif key == "date":
            mon = rng.choice(MONTHS)
            v = "%s %d" % (mon, rng.randint(1, 18 if mon == "December" else 28))
        elif key == "num":
            v = str(rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30]))
        elif key == "book":
            v = rng.choice(BOOKS)
        else:
            raise KeyError("unknown slot {%s} in %r" % (key, text))
        used[key] = v
        return v

    out = SLOT_RE.sub(rep, text)
    # "a 8th grade" -> "an 8th grade"
    out = re.sub(r"\b([Aa]) (8th|11th)\b", r"\1n \2", out)
    return out


def has_slots(text):
    return bool(SLOT_RE.search(text))


# ---------------------------------------------------------------------------
# Surface variation (chat only, and a few casual mail lines)
# ---------------------------------------------------------------------------
TEXTING = [
    (r"\byou're\b", "ur"), (r"\byour\b", "ur"), (r"\byou\b", "u"), (r"\btomorrow\b", "tmrw"),
    (r"\bI'm\b", "im"), (r"\bwant to\b", "wanna"),
    (r"\bgoing to (?=(be|do|get|go|have|make|miss|fail|finish|bring|see|watch|play|win|lose|"
     r"cry|study|try|need|take|text|call|eat|sleep)\b)", "gonna "),
    (r"\bbecause\b", "bc"), (r"\breally\b", "rly"), (r"\bthough\b", "tho"),
    (r"\bplease\b", "pls"), (r"\bpeople\b", "ppl"), (r"\bdon't\b", "dont"),
    (r"\bcan't\b", "cant"), (r"\bthanks\b", "thx"), (r"\btonight\b", "tn"),
    (r"\bright now\b", "rn"), (r"\babout\b", "abt"), (r"\bwith\b", "w"),
    (r"\bdidn't\b", "didnt"), (r"\bit's\b", "its"), (r"\bthat's\b", "thats"),
    (r"\bsomething\b", "smth"), (r"\bbefore\b", "b4"), (r"\bwhatever\b", "wtv"),
    (r"\bi don't know\b", "idk"), (r"\bto be honest\b", "tbh"), (r"\bseriously\b", "srsly"),
]
CHAT_PREFIX = ["ngl ", "lowkey ", "omg ", "bro ", "ok but ", "yo ", "wait ", "fr ", "bruh ",
               "literally "]
CHAT_SUFFIX = [" lol", " fr", " lmao", " ngl", " haha", " tbh", " istg", " rn", " lolol"]
EMOJI_FUN = ["😂", "😭", "💀", "🔥", "💯", "😅", "🙌", "😤", "🤣", "👀", "🥲", "😎", "🫠"]
EMOJI_WARM = ["🙂", "👍", "🙏", "❤️", "😊", "🥰", "✨", "🎉"]


def v_texting(text, rng):
    t = text
    for pat, rp in TEXTING:
        t = re.sub(pat, rp, t, flags=re.IGNORECASE)
    t = t.lower().rstrip(".")
    r = rng.random()
    if r < 0.3:
        t = rng.choice(CHAT_PREFIX) + t
    elif r < 0.6:
        t = t.rstrip("!?.") + rng.choice(CHAT_SUFFIX)
    return t


def v_nopunct(text, rng):
    t = text.lower().replace("'", "").replace("’", "")
    t = re.sub(r"[.,!?;:\"“”()]", "", t)
    return re.sub(r"\s+", " ", t).strip()


def v_emoji(text, rng, sad=False):
    pool = EMOJI_WARM if sad else EMOJI_FUN + EMOJI_WARM
    e = rng.choice(pool)
    if rng.random() < 0.3:
        e = e * rng.choice([2, 3])
    return text.rstrip(" .") + " " + e


STRETCHABLE = {"so", "omg", "yes", "bro", "please", "pls", "fun", "good", "cool", "love",
               "finally", "wait", "why", "what", "hey", "yay", "lol", "cute", "hype", "tired",
               "nervous", "sad", "proud", "happy", "excited", "best", "insane", "crazy", "go"}


def v_stretch(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if w in STRETCHABLE]
    if not idx:
        return v_emoji(text, rng)
    i = rng.choice(idx)
    words[i] = words[i] + words[i][-1] * rng.choice([2, 3, 4])
    return " ".join(words)


GRIEF_RE = re.compile(r"passed away|funeral|grief|holocaust|died|death|dies|miss him|sad|"
                      r"cry|sick|fever|hurt|army|navy", re.I)


def vary_chat(text, rng, sad=False):
    if GRIEF_RE.search(text):                 # no emoji or jokey suffix on sad lines
        return v_nopunct(text, rng)
    r = rng.random()
    if r < 0.4:
        return v_texting(text, rng)
    if r < 0.7:
        return v_emoji(text, rng, sad)
    if r < 0.85:
        return v_nopunct(text, rng)
    return v_stretch(text, rng)


# ---------------------------------------------------------------------------
# Hand-written sentence tables
# ---------------------------------------------------------------------------
HARD = collections.OrderedDict()      # hard-mail:<topic>
MAIL = collections.OrderedDict()      # mail:<topic>
CHAT_HARD = collections.OrderedDict() # hard-mail:chat-<topic>
CHAT = collections.OrderedDict()      # mail:chat-<topic>


def _lines(block):
    out = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def H(topic, block):
    HARD.setdefault(topic, []).extend(_lines(block))


def M(topic, block):
    MAIL.setdefault(topic, []).extend(_lines(block))


def CH(topic, block):
    CHAT_HARD.setdefault("chat-" + topic, []).extend(_lines(block))


def C(topic, block):
    CHAT.setdefault("chat-" + topic, []).extend(_lines(block))


# ===========================================================================
# HARD-MAIL: sensitive words used innocently, as they appear inside school mail
# ===========================================================================
H("coach", """
What a night, {mascot} fans: we crushed them 56-21, and every single senior got minutes on the floor before the final buzzer.
We absolutely crushed {opp} on Saturday, but I want everyone to remember that we won because we ran the plays we practiced all week.
Tomorrow's practice will focus on shooting drills, so please make sure your athlete eats something at lunch and brings a full water bottle.
We'll start with twenty minutes of shooting drills, then break into half-court scrimmages, and we should wrap up by {time} for pickup.
The scouting report on {opp} says their shooting guard likes to pull up from the left wing, so we'll spend Tuesday on closeouts.
The team killed it at the {town} Invitational, finishing second out of fourteen teams, and {kid} set a new school record in the 800.
I know the scoreboard says we got destroyed last night, but I have never been prouder of how this group kept competing in the fourth quarter.
Our girls' team absolutely smoked the relay at sectionals, and they'll be seeded third going into the state meet on {date}.
Coach {last} will be running a killer conditioning session on {day}, so athletes should bring running shoes and skip the big breakfast.
We are going to attack their zone with quick ball movement, and I expect everyone to know the sets by heart before we get on the bus.
The wrestling team will weigh in at {time} on {day}, and anyone more than two pounds over will not be cleared to wrestle in that bracket.
Our pitchers will do long toss and bullpen work on {day} while position players take batting practice in the cages behind the fieldhouse.
Shooting percentage from the free throw line is what lost us the game, so every player will shoot 100 free throws before practice this week.
The JV squad got beat pretty badly by {opp}, but the film shows we were only two or three missed assignments away from a close game.
Please remind your swimmers that the meet against {opp} starts at {time}, and warm-ups begin forty-five minutes before the first gun.
The starting gun for the first heat goes off at 9:00 sharp, so runners need to be checked in at the clerk's tent by 8:15.
We fought hard in the semifinal but fell 3-2 on penalty kicks, and I couldn't be prouder of how the team handled the loss.
Coach {last} wants the defense to be more aggressive at the point of attack and to stop giving up easy layups in transition.
We knocked out the top seed in the first round, so our next match is {day} at {time} against {opp} at {field}.
Anyone who misses the bus to the tournament will need a parent to drive them, because we cannot hold the team for latecomers.
The volleyball team served up twelve aces and won in straight sets, and {kid} led us with fourteen kills and three blocks.
Our hitters have been hammering the ball in practice, and I think we are finally ready for the top teams in the conference.
Fencing practice is moved to the auxiliary gym this week, and all fencers must wear masks and jackets during any bout, even drills.
The cross country team will do a tempo run on the trails behind {short} on {day}, rain or shine, so pack a dry change of clothes.
Please make sure your son has his mouthguard, cup, and cleats for Thursday's practice, because we will be in full pads for the first time.
Tackling technique will be taught with dummies and pads this week, and we follow the heads-up tackling program the district requires.
The game plan against {opp} is simple: pressure the ball, crash the boards, and take good shots instead of quick ones.
If your athlete was sore after Monday's conditioning, that is normal, but please let me know right away about any sharp pain or dizziness.
Congratulations to the girls' lacrosse team, who knocked off the defending champions to reach the regional final for the first time in school history.
The hockey team took 38 shots on net and finally broke through in overtime when {kid} buried a rebound off the post.
We'll be running sprint drills we call suicides at the end of practice, and anyone with asthma should keep an inhaler at the bench.
The team is killing it in the weight room this month, and several players have already hit their personal records on the squat.
I told the team that we'll go into Friday's game ready to fight for every loose ball and every rebound, because that is how we win.
Our goalie made eleven saves and stopped a penalty shot in the final minute to preserve the shutout against {opp}.
Reminder that any player who is ejected from a game for fighting will sit out the next contest under the conference rules.
Bowling team results: we rolled a season-high 2,104 as a team, and {kid} threw a 248 in the second game with seven strikes in a row.
Our shooters at the archery meet averaged 274 out of 300, and the team finished first in the middle school division.
We had a few players get their ankles taped before the game, so trainers will be in the locker room by 5:00 on game days.
Golf team tee times at {field} start at 3:10, and players should be on the range warming up at least thirty minutes earlier.
Tennis players, please remember that we will hit serves for the first half hour of practice and then play challenge matches for ladder spots.
I want to thank the parents who drove to {opp} on a school night; hearing you in the stands made a huge difference when we were down by nine.
The scrimmage against {opp} will be a controlled scrimmage, which means no official score and plenty of stoppages for coaching.
Our rugby club will hold a contact clinic on {day}, and only players with a signed concussion protocol form will be allowed to participate.
If you have questions about playing time, please set up a meeting with me rather than talking to me right after a game, when emotions are high.
Our softball team blew out {opp} 14-1 in five innings, and every player on the roster got at least one at-bat.
Swim parents, timers are still needed for Saturday's home meet, and it is a great way to get the best seat on the pool deck.
Team pictures are {day} after school, so please send your athlete with a clean home jersey and their hair pulled back if it is long.
The boys' basketball team will shoot around at 4:30 before the game, and the starting lineup will be announced in the locker room.
""")

H("athletics_policy", """
Per the athletic code of conduct, student-athletes may not participate in any form of sports betting, including fantasy contests that involve money.
The conference has reminded all member schools that wagering on high school games, including through apps, is prohibited for athletes, coaches, and staff.
Athletes found to have placed bets on any school contest will be subject to the penalties in Section 4 of the athletic handbook, up to removal from the team.
Our athletic department will show a short video from the state association about why gambling on student sports harms players and the integrity of the game.
Please review the hazing section of the handbook with your athlete; any initiation ritual that humiliates or endangers a teammate is strictly prohibited.
Student-athletes who use tobacco, vaping products, alcohol, or other drugs during the season will follow the consequences outlined on page 12.
Athletes should report any comments or messages that feel like bullying from a teammate to a coach or the athletic director right away.
Our district policy prohibits coaches from texting an individual athlete privately; all team communication goes through the team app with parents copied.
The state association now requires all coaches to complete training on recognizing abuse and neglect before the first practice of the season.
Physicals, emergency contacts, and the signed concussion acknowledgment must be uploaded before your athlete can attend tryouts.
The athletic director asked me to remind families that no alcohol or tobacco is permitted anywhere on school grounds during home games.
Spectators who taunt opposing players, officials, or coaches will be asked to leave the facility under our sportsmanship policy.
Fantasy football leagues among staff or students that involve money are considered gambling under district policy and are not permitted on school devices.
Please note that sportsmanship expectations apply to social media too, and posts that mock opponents or officials can lead to suspension from games.
Any athlete who is prescribed medication that must be taken during practice should have the proper nurse form on file before the season begins.
The handbook prohibits hazing, bullying, and harassment at all team events, including bus rides, overnight tournaments, and team dinners.
If you're unsure whether a supplement or energy drink is allowed, check with our athletic trainer before your athlete takes it.
""")

H("rifle_archery", """
The JROTC air rifle team will compete at the regional match on {date}, and all rifles stay locked in the armory between practices as required by district policy.
Rifle team members must complete the range safety briefing again this season before they can handle an air rifle in practice.
Archery club meets in the auxiliary gym on {day} after school, and every archer must stay behind the shooting line until the whistle blows.
Our archery program uses the National Archery in the Schools curriculum, and all bows and arrows are stored in a locked cabinet in the PE office.
Congratulations to {kid}, who shot a 289 at the state NASP tournament and qualified for the national competition in the spring.
The archery club is looking for a parent volunteer who is certified as a range officer to help supervise Saturday shoots.
Students in the hunter education course will practice safe firearm handling using inert training models; no real firearms are ever brought to school.
The hunter safety course offered through the {town} Parks Department is open to anyone 11 and older, and the class meets on four Saturday mornings.
The air rifle season runs from November through February, and practices are held at the county range with certified coaches present at all times.
Our shotgun sports club, which is run by the {town} Sportsmen's Association and not by the school, is holding its trap shoot fundraiser on {date}.
Archers, remember to pull your arrows only when the range is clear, and never walk in front of the line while anyone is still shooting.
The rifle team placed second in the three-position event, with our kneeling scores the strongest they have been all season.
If your student is interested in the archery unit in PE, closed-toe shoes are required, and long hair must be tied back.
""")

H("hunting_fishing", """
{kid} will be absent on Friday and Monday because he is going on his first deer hunting trip with his grandfather up north.
We're going to be out of town for opening weekend of hunting season, so could you please send home any work {kid} will miss?
Our family is heading to the lake for a fishing trip over the long weekend, so {kid} may be a little sunburned but hopefully caught up on reading.
My daughter shot her first turkey this spring with her dad, and she wants to write her personal narrative about it, if that topic is okay.
{kid} just finished his hunter safety course and is really proud of the certificate, so he might bring it in for show and tell.
The outdoor education elective will cover fishing regulations, fly tying, knot tying, and safe boating before the trip to Silverpine Lake.
Could {kid} be excused early on {day}? We are driving to the cabin for duck season and want to beat the traffic.
Her grandpa taught her to clean and fillet the walleye she caught, and she wrote a how-to essay about it for your class.
{kid}'s science fair project compares which lures the bass in our pond bite most, so he has a lot of fishing data to share.
My son is going elk hunting with his uncle in the mountains next week, and he'll be back in class on the 14th.
Ice fishing club meets on {day} mornings at {town} Reservoir when the ice is thick enough, and the DNR warden comes to talk about safety.
The wildlife biology class will hear from a state game warden about hunting licenses, bag limits, and how hunting revenue funds conservation.
We had a great time at the father-daughter fishing derby, and {kid} won the prize for the biggest bluegill of the morning.
""")

H("martial_arts_stage", """
{kid} earned her black belt in taekwondo on Saturday, and she would love to do a short demonstration for the class if there's time.
The stage combat workshop will teach actors how to throw a fake punch and sell a slap safely, with no contact at any point.
For the fight scene in Romeo and Juliet, the actors will use blunt stage rapiers, and our fight choreographer will rehearse with them every afternoon.
Props list for Act II: two rubber daggers, a foam sword, a plastic revolver painted orange, and the poison vial, all kept on the prop table.
The props crew reminds everyone that stage weapons stay on the prop table and are checked in and out by the stage manager at every rehearsal.
Judo club members should bring their gi on {day}, and we will practice breakfalls before any throws so nobody gets hurt.
Our wrestling and jiu-jitsu clinic will focus on escapes and how to tap out safely, and parents are welcome to watch from the bleachers.
The drama club's production of Sweeney Todd includes a fake razor and stage blood, so please note that it is recommended for ages 13 and up.
In Macbeth, the dagger scene will use a hologram projection instead of a real prop, which the tech crew is very excited about.
The self-defense class for juniors and seniors teaches awareness, boundary setting, and how to break a wrist grab, and it meets in the wrestling room.
Kickboxing fitness is one of the new PE electives this semester, and it is a cardio class with pads and no sparring.
Fight call will happen thirty minutes before every performance, when the actors walk through each fight in slow motion at half speed.
{kid} did a great job in the sword fight in The Three Musketeers, and nobody in the audience could tell the blades were aluminum.
Karate students testing for their next belt on {day} should arrive twenty minutes early to warm up and stretch.
The gunshot sound effect in the second act will be played from the sound board, and a sign will be posted in the lobby warning the audience.
""")

H("cooking", """
In Culinary I this week, students will practice knife skills, including the julienne, brunoise, and chiffonade cuts, using our chef's knives.
All students must pass the knife safety quiz before they are allowed to use the chef's knives in the foods lab.
We will be butchering a whole chicken in Culinary II on {day}, so please let me know if your student has a dietary or religious concern.
Students should bring an apron and closed-toe shoes, because we'll be deep frying and using the mandoline slicer in lab this week.
The culinary team killed it at the regional competition, and their seared salmon with beurre blanc took first place.
Our chili cook-off was a huge hit, and the ghost pepper entry was so hot it made two teachers cry, in the best way.
The recipe calls for a splash of cooking wine, which we substitute with grape juice and vinegar in the school kitchen.
The baking unit will cover how yeast ferments sugar into carbon dioxide and a small amount of alcohol, which bakes off in the oven.
Students will learn to sharpen and hone knives properly, and they will be responsible for cleaning and returning every knife to the locked block.
The cookie decorating lesson uses food coloring, royal icing, and piping bags, so the lab might get a little messy.
The FCS department's cupcake wars competition is {date}, and the winning team gets to have their recipe served at the staff luncheon.
For the cultural foods project, students will make empanadas from scratch, including cutting the dough and crimping the edges with a fork.
""")

H("fourh_ffa", """
The FFA chapter will be at the county fair all week, and several members will show their market hogs and steers on {day}.
{kid}'s 4-H lamb placed second in its class, and the auction buyer was a local feed store that has supported our kids for years.
The livestock auction at the fair is where 4-H members sell the animals they raised, and the money goes into their college savings.
Our FFA students will practice humane handling and restraint techniques before the veterinary science lab on {day}.
The poultry processing demonstration at the ag barn is optional, and students who prefer not to attend can complete a reading assignment instead.
FFA members should wear official dress for the livestock judging contest, and they will need to bring a clipboard and two pencils.
The 4-H club will be grooming the dairy calves on Friday night, so the barn will be busy until about nine.
Our ag mechanics class will be welding trailer hitches this unit, and safety glasses and leather gloves are required at every station.
The FFA chapter's plant sale raises money for the state convention trip, and the greenhouse is open to the public on {day} afternoons.
The 4-H shooting sports program is run by certified volunteer instructors at the county fairgrounds and is separate from any school activity.
The FFA chapter's fruit sale ends {date}; citrus boxes are {price} and will be delivered to the school in early December.
Students in the animal science class will observe a calf being born on the school farm if the timing works out, which is always exciting.
""")

H("counselor", """
Next week is Mental Health Awareness Week, and each day the counseling team will share a short activity in advisory about stress, sleep, and asking for help.
As part of Mental Health Awareness Week, students can stop by the counseling office at lunch to decorate kindness rocks and pick up a list of local resources.
All staff will complete the annual suicide prevention training on {date} during the professional development block, and substitutes will cover advisory.
The suicide prevention training for staff covers warning signs, how to ask directly and caringly, and how to walk a student to the counseling office.
If you ever have a concern that a student may be thinking about suicide, please do not wait: call or walk them to the counseling office, and we will take it from there.
Our community is grieving the sudden death of a former student, and counselors will be available in the library all day for anyone who wants to talk.
It is with great sadness that I share that a member of our school family, {adult}, passed away over the weekend after a long illness.
Grief can look different for every child, so you may notice sleep changes, irritability, or lots of questions, and all of that is normal.
The counseling office has put together a list of books about death and grief for younger children, and copies are available in the library.
We will hold a grief support group for students who have lost a parent or caregiver, meeting on {day}s during lunch starting next week.
If your child is struggling after the loss of their classmate, please reach out to me directly, and I will check in with them during the school day.
The 988 Suicide and Crisis Lifeline is available 24 hours a day by call or text, and the number is printed on the back of every student ID.
We are running the Signs of Suicide program with all 9th graders on {day}, and families may preview the materials or opt out using the attached form.
After the screening, a counselor will follow up individually with any student who asked to talk to someone or who answered certain questions a certain way.
Please know that asking a young person directly whether they are thinking about suicide does not put the idea in their head; research shows it can open the door to help.
Our counselors are trained in the QPR model, which stands for Question, Persuade, and Refer, and several teachers have now completed it as well.
This month's advisory lessons focus on coping skills for anxiety, including box breathing, grounding exercises, and making a plan for stressful days.
If your student is going through a hard time at home, whether it is a divorce, a move, or an illness in the family, we are here to help.
The self-harm awareness session for parents will explain warning signs, how to respond calmly, and where to find support in {town}.
The counseling department is hosting a parent night on teen depression and anxiety on {date} at {time} in the library, and childcare will be provided.
Students who are feeling overwhelmed can use a pass to visit the calm room for ten minutes, which has fidgets, soft lighting, and a counselor nearby.
The school psychologist will be sharing resources on eating disorders during the health unit, and she can meet privately with any family who has concerns.
Our peer mentors completed a two-day training on active listening, confidentiality, and when a conversation needs to be passed to an adult.
We lost a beloved custodian this week, and the students have been writing cards for his family that we will deliver on Friday.
The memorial for {adult} will be held at the {town} Community Center on Saturday, and the family has asked that any donations go to the animal shelter.
Counselors will visit every classroom tomorrow to share the news of the accident in a consistent, age-appropriate way, and then stay to answer questions.
Please be aware that a student may tell you something that worries you in a journal entry or essay, and you are required to share it with a counselor the same day.
The district's crisis team will be on campus all week, and students can self-refer by filling out the form in the counseling office or on the website.
I'd like to set up a time to talk about how {kid} is doing since her grandmother died; she has seemed quiet and tired in class this week.
Our suicide prevention poster contest winners will have their artwork displayed in the front hallway through the end of the month.
The Sources of Strength club is planning a week of activities focused on trusted adults, healthy activities, and reaching out to friends.
Thank you for letting me know about the loss of your family's dog; I will keep an eye on {kid} and let him know he can talk with me anytime.
""")

H("nurse", """
If your student needs to take any medication at school, including over-the-counter pain relievers, a medication authorization form signed by a doctor and parent is required.
All medications must be brought to the health office by an adult in the original pharmacy-labeled container, and students may not carry pills in their backpacks.
Students with asthma may carry their own inhalers with a signed self-carry form, and we ask that you also send a backup inhaler to keep in the health office.
EpiPens for students with severe allergies should be dropped off before the first day, along with an updated allergy action plan from your doctor.
The nurse's office has a supply of Narcan, as required by state law, and several staff members have been trained to administer it in an emergency.
Our vaping prevention night for families will be held on {date} at {time}, and a respiratory therapist from {town} General will talk about what vapes do to developing lungs.
At the vaping prevention night, parents will see what modern vapes look like, since many are designed to resemble USB drives, highlighters, or smartwatches.
The health office will be doing vision and hearing screenings for {grade} graders this week, and you will receive a letter only if a follow-up is recommended.
A case of strep throat has been confirmed in {kid2}'s class, so please watch for sore throat and fever and keep your child home if symptoms appear.
Please remember that students must be fever-free for 24 hours without fever-reducing medication before returning to school.
The nurse will be presenting to the 5th grade about puberty and hygiene next week, and the girls' and boys' sessions will be held separately.
{kid} came to the health office today after a fall at recess and has a small scrape on his knee, which we cleaned and bandaged.
Your child was seen in the health office today for a headache, was given water and a short rest, and returned to class after twenty minutes.
If your student uses a stimulant medication for ADHD and needs a midday dose, the pharmacy can provide a second labeled bottle for school.
Any leftover medication in the health office must be picked up by a parent by the last day of school, or it will be disposed of properly.
We are seeing a few cases of lice in the second grade, so please check your child's hair this weekend and let me know if you find anything.
Flu shot clinic forms are due {date}, and the clinic will be held in the gym during the school day for students with signed consent.
Students with diabetes can test their blood sugar in the classroom if their care plan allows it, and sharps are disposed of in the health office.
The health office is out of spare clothes in sizes 6 and 8, so if you have gently used leggings or sweatpants to donate, we'd be very grateful.
Concussion return-to-learn plans may include shortened days, no screens, and extra time on assignments, and teachers will receive a copy of the plan.
The nurse and the school resource officer will co-host a session on the dangers of counterfeit pills and fentanyl for parents of high schoolers.
Please call the health office if your student has been prescribed antibiotics, so we know to watch for side effects during the school day.
We confirmed a case of chicken pox in the kindergarten wing, and families of children who are not vaccinated have been notified separately.
""")

H("safety", """
We will hold a lockdown drill on {day} morning; teachers will lock doors, turn off lights, and move students out of sight, and there is no actual emergency.
Our school uses the ALICE protocol, which stands for Alert, Lockdown, Inform, Counter, and Evacuate, and staff trained on it again during in-service week.
The ALICE training for staff this year will include a walk-through of evacuation routes from every classroom wing and the cafeteria.
During Thursday's drill, you may see police cars in the parking lot, as officers from the {town} Police Department will be observing and giving feedback.
Please talk with your younger children before the lockdown drill, and reassure them that practicing is how we stay safe, just like fire drills.
The board approved an updated threat assessment policy that outlines how a trained team evaluates concerning statements and connects students with support.
Under the threat assessment policy, most concerns are resolved through conversations, counseling, and parent meetings, not discipline.
The handbook reminds families that weapons of any kind, including pocket knives and look-alike toys, are not permitted on school property or buses.
Please check backpacks for toy guns, water pistols, and Halloween costume weapons before school, since these are also prohibited under the handbook.
Our district's weapons policy is on page 18 of the student handbook, and we ask every family to review it with their student at the start of the year.
If you see something, say something: students and families can report safety concerns anonymously through the tip line or the button on the district app.
You may notice a police presence at dismissal this week, which is part of a new traffic safety partnership and not in response to any incident.
Officers will be directing traffic at the {street} entrance during dismissal, so please follow their directions and avoid stopping in the crosswalk.
Because of a police matter in the neighborhood that had nothing to do with our school, we held students indoors for about twenty minutes this afternoon.
This morning our campus went into a secure hold while police investigated a report near {street}; all students and staff were safe, and classes continued inside.
I want to reassure you that today's shelter-in-place was a precaution because of a bear sighting near the soccer fields, and it was lifted within an hour.
The anonymous reporting app lets students report bullying, threats, self-harm concerns, or anything that makes them feel unsafe, 24 hours a day.
Our school resource officer, Officer {last}, will be at the front entrance during arrival, and students are welcome to say hello and ask questions.
Visitors must now show an ID at the front office and wear a visitor badge, and all doors besides the main entrance will remain locked during the day.
The fire drill is scheduled for {day} at {time}, and the reunification drill with families will take place later in the spring.
Families, please update your emergency contacts in the parent portal before our reunification drill, which practices how students are released after an evacuation.
The district safety team has reviewed our emergency operations plan, and the updated map shows new rally points for evacuations and severe weather.
As a reminder, students who make threats, even as jokes, will be referred to the threat assessment team, so please talk with your child about how serious this is.
The new vestibule at the front entrance means visitors will be buzzed in after staff confirm their identity, which adds a layer of safety for everyone.
We practiced a hold-in-place drill today, where classes stay in the room and continue learning while the hallways are cleared.
Please do not come to the school during a lockdown; the safest thing for families is to wait for updates by text from the district.
The tornado drill will happen during 3rd period, and students will practice crouching along interior hallway walls away from windows.
Our staff completed Stop the Bleed training with the {town} Fire Department, and bleeding control kits are now mounted next to each AED.
A student reported a concerning social media post last night, and after investigation, police and school leaders determined there was no credible threat.
Thank you to the student who came forward with information; that is exactly what we ask everyone to do, and it helped us resolve the situation quickly.
Clear backpacks will be required at football games this season, and bags will be checked at the gate by staff and security.
The metal detectors at the stadium entrance are a district-wide practice for all varsity games and are not in response to anything at our school.
Students should not post about drills on social media, since rumors spread quickly and can frighten families who don't know it is only practice.
The evacuation drill will include walking to the church parking lot on {street}, and students will return to class after attendance is taken.
""")

H("lessons_lit", """
This week in English 10 we are reading war poetry, starting with Wilfred Owen's "Dulce et Decorum Est," which describes a gas attack in graphic detail.
Students will compare how Owen and Sassoon portray death on the Western Front with the patriotic recruiting poems published early in the war.
For homework, annotate "The Death of the Ball Turret Gunner" and write two sentences about how Jarrell uses the final line to shock the reader.
We are beginning our unit on Hamlet, and on {day} students will perform Hamlet's "to be or not to be" soliloquy in small groups.
In the "to be or not to be" soliloquy, Hamlet weighs whether it is nobler to endure suffering or to end it, and we will discuss how the speech shows his indecision.
Because Hamlet deals with suicide, murder, and grief, I will give content notes before key scenes, and students can always step out to see the counselor.
Please remind your student that the Of Mice and Men essay is due {date}; the prompt asks whether George was right to shoot Lennie at the end of the novel.
Our discussion of Of Mice and Men this week centers on loneliness, and on Thursday we'll debate whether Candy should have let Carlson shoot his old dog.
In The Things They Carried, Tim O'Brien lists the weapons, grenades, and ammunition each soldier carries alongside letters, photographs, and memories.
For The Things They Carried, students will write a list poem about the things they carry, both physical and emotional, modeled on O'Brien's first chapter.
The chapter "How to Tell a True War Story" raises the question of whether a story has to be factually true to be true, which we'll explore in Socratic seminar.
We are reading Night by Elie Wiesel as part of our Holocaust unit, and students will keep a reading journal with responses after each section.
In Lord of the Flies, the boys hunt and kill a pig, and students will trace how the hunting chant changes as the island descends into violence.
The Macbeth test on {day} will cover the murder of Duncan, Banquo's ghost, and how guilt drives Lady Macbeth to sleepwalk.
Students may choose a poem about war, grief, or loss for the recitation project, and they should check their choice with me by Friday.
We'll be reading "The Most Dangerous Game," in which a hunter on a remote island begins hunting people, and discussing what makes a villain.
To Kill a Mockingbird includes the trial of Tom Robinson and the attack on Scout and Jem, and we will discuss racism and justice in the 1930s South.
The Outsiders unit includes the rumble and Johnny's death, and students will write a eulogy for Johnny in the voice of Ponyboy.
In Romeo and Juliet, the fight in Act III leaves Mercutio and Tybalt dead, and students will map how that scene turns the comedy into a tragedy.
Our horror and suspense unit includes Poe's "The Tell-Tale Heart," where the narrator murders an old man and hides the body under the floorboards.
The mystery writing unit asks students to plan a crime, a detective, three clues, and one red herring before drafting their short story.
Students will analyze the song lyrics of protest songs from the Vietnam era, including how they describe the draft and soldiers coming home.
In our music lyrics analysis, students may choose a song with mature themes, but the lyrics they share with the class must be school-appropriate.
For the rap and poetry unit, we'll analyze rhyme schemes and wordplay in several artists' lyrics, using clean versions only.
In Fahrenheit 451, firemen burn books rather than put out fires, and students will discuss censorship and why the government bans reading.
The Giver's release ceremony is revealed to be euthanasia, which is one of the most discussed scenes in the book, so please be ready for questions at home.
All Quiet on the Western Front follows Paul Bäumer from enlistment to his death, and students will track how his view of the war changes.
The Tell-Tale Heart mini-assessment asks students to identify three moments where the narrator insists he is not mad, which shows dramatic irony.
Your student may come home talking about the ending of Of Mice and Men, which surprises many readers, and it is a great book to talk about together.
Next unit we will read Sherman Alexie's essay alongside The Absolutely True Diary, and students will write about identity, poverty, and humor.
In Beloved, Morrison confronts the violence of slavery directly, so AP Literature families should expect difficult material this quarter.
Students will read excerpts from The Diary of Anne Frank and then watch the play version performed by the drama club.
This unit asks students to read closely how Shakespeare uses poison, daggers, and duels as plot devices in Hamlet's final scene.
""")

H("lessons_history", """
Our Holocaust unit begins next week, and it includes survivor testimony, primary sources, and a virtual tour of the Auschwitz-Birkenau memorial.
Because the Holocaust unit includes photographs of concentration camps, please let me know if there is anything at home that would make this especially hard for your student.
A Holocaust survivor's granddaughter will speak to 8th graders on {date}, and students should prepare one respectful question in advance.
Students will research one rescuer, such as Irena Sendler or the villagers of Le Chambon, who risked their lives to hide Jewish children.
The Civil War unit project asks students to write letters home from a soldier at Gettysburg, using real regiment records for historical detail.
We will discuss the atomic bombings of Hiroshima and Nagasaki, including the ethical debate over whether the bombs ended the war sooner.
The World War I trench simulation in the gym will give students a sense of life on the front lines, with mud, rations, and rats made of felt.
In world history this week, students are studying the Rwandan genocide and how radio broadcasts were used to spread hatred.
Next week the class will examine propaganda posters from both sides of World War II and discuss how governments persuaded people to fight.
The Revolutionary War reenactors visiting on {day} will demonstrate how a musket was loaded, though no firing will take place indoors.
Students in AP US History will analyze the causes of the Tulsa Race Massacre using newspaper archives and survivor accounts.
Our Cold War unit covers nuclear weapons, the arms race, and duck-and-cover drills, and students will interview a grandparent about that era.
The civil rights unit includes the murder of Emmett Till and the bombing of the 16th Street Baptist Church, handled with care and context.
Students will debate whether the Treaty of Versailles made World War II more likely, using evidence from the primary source packet.
The 9/11 lesson for 10th graders will include an interview with a retired firefighter and a discussion of how the attacks changed airport security.
For the Vietnam War project, students will interview a veteran in their family or community, and the veterans are invited to our luncheon in May.
The Armenian genocide remembrance lesson on April 24 will include poetry, photographs, and a map of the deportation routes.
Our government class will examine Supreme Court cases on student speech, including Tinker v. Des Moines and the limits on threats and disruption.
""")

H("lessons_crime_media", """
For the true-crime podcast project, students will research a historical case, such as the Lindbergh kidnapping, and produce a ten-minute episode on the evidence.
The true-crime podcast assignment focuses on how investigators solved the case, so please avoid graphic details and focus on forensic science and the trial.
Our forensic science class will work a mock crime scene on {day}, dusting for fingerprints and analyzing a fake blood spatter pattern made of corn syrup.
In forensics, students will learn how ballistics experts match a bullet to a gun by examining the grooves left by the barrel.
The criminal justice elective will visit the county courthouse to watch a real sentencing hearing, with permission from the judge's office.
Media literacy lesson: students will compare how three news outlets covered the same robbery and discuss which details were facts and which were speculation.
In film studies we'll be analyzing the shower scene in Psycho to understand how Hitchcock used editing to suggest violence without showing it.
The horror film unit in film studies looks at how music, lighting, and jump scares create fear, and all clips are rated PG-13 or below.
Students in the psychology elective will study famous experiments, including the Stanford prison experiment, and discuss research ethics.
The mock trial team is preparing the state case, which involves a fictional arson at a warehouse, and practices run until 5:30 on {day}s.
In our crime drama screenwriting unit, students will write a two-page scene where a detective interviews a suspect, focusing on dialogue and subtext.
The law and society class will discuss why the legal drinking age is 21 and how different countries set their drinking laws.
""")

H("lessons_stem", """
In chemistry this week, students are studying exothermic reactions, and we will discuss how dynamite changed mining and railroad construction in the 1800s.
Our history of chemistry lesson covers Alfred Nobel, who invented dynamite for mining and later created the Nobel Prizes, partly because of how his invention was used.
The mining history unit explains how miners used black powder and later dynamite to blast tunnels, and why so many workers died in early accidents.
Students will watch a video of a controlled demolition and calculate the timing of the charges, which connects to our unit on rates of reaction.
The chemistry of fireworks lesson explains how metal salts produce colors, and the demonstration will be done by the teacher behind a safety shield.
In AP Chemistry, we'll discuss why certain compounds are unstable and why they must never be mixed outside a controlled laboratory.
Our probability unit uses dice, coins, and a standard deck of cards, and on {day} students will calculate the odds of drawing different poker hands.
For homework, find the probability of rolling a sum of seven with two dice, then explain why seven is the most likely total.
Students will compute the probability of a royal flush and compare it to the chance of being struck by lightning, which makes for a fun discussion.
In Statistics, students will run a simulation of a roulette wheel to show why the house always wins in the long run, which is the expected value lesson.
The expected value lesson shows that a $2 lottery ticket is worth about a dollar on average, which is why math teachers rarely play.
Our economics unit on lotteries explains how state lotteries are funded and why they are sometimes called a tax on people who are bad at math.
In personal finance, students will study pyramid schemes and multi-level marketing as a warning, including how to spot the red flags before joining.
The pyramid scheme lesson uses a simple spreadsheet to show that recruiting levels run out of people within about a dozen rounds.
Students will read about the Ponzi scheme that collapsed in 2008 and write a short paper on why so many smart investors believed the returns.
Our personal finance class will review common scams that target teens, such as fake job offers and gift card requests, so students can recognize them.
The physics lesson on projectile motion uses a foam catapult, and students will calculate the launch angle that sends a tennis ball the farthest.
In biology, students will dissect a frog this week, and alternatives are available for any student who prefers a virtual dissection.
The genetics unit includes a lesson on how human reproduction works at the cellular level, including meiosis and fertilization.
In earth science, students will study volcanic explosions, including the 1980 Mount St. Helens eruption, which killed 57 people.
The epidemiology lesson will trace how the 1918 flu pandemic killed millions, and students will model how a virus spreads in a population.
Students in computer science will code a simple card game, and the assignment includes shuffling a deck and dealing five cards to each player.
The probability fair lets students design carnival-style games, calculate the odds, and play them using tickets with no real money involved.
Our Game Theory club will analyze bluffing in poker and the prisoner's dilemma, using candy instead of chips.
In AP Biology we'll discuss how nicotine affects the brain's reward pathway, using the data from the state's youth vaping survey.
The chemistry of alcohol fermentation is part of our biotechnology lab, where students will brew root beer with yeast and measure the carbon dioxide.
""")

H("lessons_business", """
Our marketing class is launching its class project: each team will design, price, and sell a product at the school store during lunch for two weeks.
The entrepreneurship class will hold a pitch day on {date}, and parents are invited to act as investors and ask the student teams tough questions.
DECA members will compete at the district conference on {date}, with events in marketing, finance, hospitality, and business management.
The DECA chapter's school-based enterprise, the Falcon Fuel snack cart, is approved by the administration and all profits go to chapter travel.
Students in Intro to Business will sell custom stickers as a class project, and all sales happen through the school store's approved order form.
The marketing class will run a mock product launch, complete with a sales pitch, a promo video, and a pricing strategy, graded on the rubric.
Our entrepreneurship students are selling handmade candles at the winter craft fair as part of their class project, with money going back into the program.
Each group must calculate their break-even point and profit margin before they are allowed to sell their products at the spring market day.
DECA competitors should practice their role-plays, where they pitch a product or solve a customer problem in ten minutes in front of a judge.
The Junior Achievement company program lets students run a real company for a semester, selling shares to family members for a dollar each.
Students in the social media marketing elective will create an ad campaign for the book fair, including a slogan and a short video.
In our sales unit, students practice handling objections by role-playing a customer who says the price is too high.
FBLA members must submit their business plan by {date}; this year's theme is a sustainable product that solves a problem at our school.
The business class will invite a local bakery owner to explain how she priced her cupcakes and grew her customer list.
""")

H("health_ed", """
Our healthy relationships unit starts {date}, and it covers communication, boundaries, consent, and recognizing warning signs of controlling behavior.
The consent lesson uses everyday examples, like asking before borrowing something or giving a hug, to teach that a yes must be freely given.
The sexual health unit for 9th graders follows the state standards, and parents may review all materials in the health office or online before {date}.
If you would like your child to opt out of the human sexuality lessons, please complete the opt-out form and return it to the health teacher.
Students who opt out of the sex education portion will complete an alternative assignment on nutrition in the library.
The 7th grade health unit on puberty and reproduction will be taught over five class periods, and anonymous questions can be placed in the question box.
Our human growth and development lessons include the reproductive system, and the teacher uses the correct anatomical terms throughout.
Parents are invited to a preview night for the family life curriculum on {date} at {time} in the library, where the health teachers will answer questions.
The dating violence prevention assembly will be led by a local nonprofit and will include a short play and a discussion with trained facilitators.
The health curriculum covers sexually transmitted infections, abstinence, and contraception, as required by the state, and it is taught by certified health teachers.
In health class, students will learn the short-term and long-term effects of alcohol, marijuana, and vaping, and practice ways to say no to peers.
The drug prevention unit includes a visit from a paramedic who will describe what an opioid overdose looks like and how Narcan works.
Red Ribbon Week activities include a pledge wall, a drug-free poster contest, and spirit days, like "Sock It to Drugs" on Wednesday.
Health students will analyze tobacco and vape advertising to see how companies use flavors and colors to target teenagers.
The unit on online safety teaches students to never share personal photos, to report anyone who asks for them, and to tell a trusted adult.
Our 8th graders will complete the internet safety lesson on sextortion scams, which explains how they work and that victims are never in trouble for asking for help.
The body image lesson explores how social media filters affect how teens see themselves, and students will create a positive message campaign.
""")

H("fundraising", """
The PTA raffle tickets are {price} each or five for $20, and the grand prize is a family pass to the {town} water park donated by a local business.
Raffle tickets for the quilt made by our 4th grade classes will be sold at lunch all week, and the drawing will be held at the spring concert.
The silent auction at the spring gala includes a week at a lake cabin, a signed jersey, and a class art project from every grade.
Bidding on the online auction closes {day} at 9 p.m., so don't miss your chance to win a principal-for-a-day experience for your student.
Our bake sale on {day} will raise money for the 5th grade trip, and we still need volunteers to donate cookies, brownies, and gluten-free treats.
The booster club is selling spirit wear through {date}, including hoodies for {price}, and all proceeds support team travel and equipment.
Booster club members will be selling concessions at every home game, and we're looking for parents to take a shift at the snack stand.
Field trip payments for the aquarium trip are due {date}, and you can pay online through the school payment portal or send cash in a sealed envelope.
The cost of the overnight trip is {price} per student, which covers the bus, the museum entry, and two meals, and scholarships are available.
If the cost of the field trip is a hardship for your family, please contact the office privately, because no student will be left behind.
The school store will be open during lunch on Tuesdays and Thursdays, selling pencils, notebooks, earbuds, and spirit gear.
Our book fair opens {day} in the library, and students can shop during their class visits or you can add money to their e-wallet ahead of time.
Yearbook sales end {date}, and the price goes up to $60 after that, so order now if you want your student's name printed on the cover.
Senior ads for the yearbook are available in quarter, half, and full page sizes, and the deadline to submit photos is {date}.
The cookie dough fundraiser orders are due Friday; each tub is {price}, and the money raised will pay for new playground equipment.
Thank you to everyone who bought a ticket for the 50/50 drawing at the basketball game, which raised more than $600 for the senior class.
The PTA's fun run raised over $14,000 this year, and every class that reaches its pledge goal earns an extra recess.
Please return the fundraiser order form and payment in the envelope provided, and make checks payable to the {short} PTA.
The band is selling poinsettias and wreaths this month, and orders will be ready for pickup in the band room the week before break.
The choir's candy bar sale is school-approved, and students should turn in money every Monday to the choir director.
The robotics team is running a car wash fundraiser at the {town} fire station on Saturday from 9 to 1, and donations of any amount are welcome.
Restaurant night at Pastaville on {day} will donate 20 percent of every bill to our PTA when you mention {short} at the register.
The Scholastic book fair buy-one-get-one-free sale starts Monday, and teachers have wish lists at the front table if you'd like to donate a book.
The senior class is selling graduation lawn signs for {price}, and they will be delivered to your home the week of graduation.
Our annual auction raises money for classroom grants, and this year the teachers have donated experiences like a pizza party and a pajama day.
The student council is selling carnations for Valentine's Day at $2 each, with all money going to the homecoming dance fund.
The PTA will hold a casino-themed family night with play money, board games, and a hot cocoa bar, and no real money will be involved.
Reverse raffle tickets for the athletic boosters' dinner are available at the front office, and the drawing is held at the event.
The 8th grade trip deposit of {price} is due by {date}, and the balance can be paid in three installments through the portal.
Spirit wear orders will be delivered to your child's homeroom in about three weeks, and sizes cannot be exchanged after the order closes.
The Key Club is selling glow sticks and candy grams before the winter dance, and the money goes to the local food pantry.
The class of {num}'s pancake breakfast is {day} morning in the cafeteria, and tickets are {price} at the door or free for kids under five.
The art club is selling student-designed holiday cards in packs of ten, and every card has the artist's name printed on the back.
Please note that students may not sell personal items, candy, or food at school unless it is part of an approved school fundraiser.
The PTO is collecting box tops, and the class that turns in the most by {date} wins an ice cream party.
Don't forget that the yearbook is also selling a limited number of copies of last year's book at half price while supplies last.
""")

H("policies", """
Per the dress code, clothing that promotes drugs, alcohol, weapons, violence, or hate symbols is not permitted, and students will be asked to change.
Shirts with profanity, sexual references, or images of drugs and alcohol are not permitted under the dress code, and a spare shirt will be provided.
The dress code applies equally to all students, and staff are trained to address dress code concerns privately and without body shaming.
Students may wear hats and hoods in the hallways but must remove them in classrooms, and sunglasses are not allowed indoors.
Under the new cell phone policy, phones must be off and in lockers from the first bell to the last bell, including during lunch.
Cell phones may be used in class only when the teacher has given permission for a specific learning activity, such as taking a photo of notes.
Students who use phones to record or photograph others without permission, especially in locker rooms or bathrooms, will face serious consequences.
The acceptable use policy prohibits using school devices to access gambling sites, pornography, or websites that promote violence or self-harm.
The web filter blocks social media, gaming, and gambling sites on the school network, and students can ask the library to unblock a site for research.
Students who share inappropriate images of others, even as a joke, may face discipline and the school is required to report it to authorities.
The handbook explains that bullying includes repeated behavior online or in person, and it describes how students and parents can report it.
Our harassment policy covers comments about race, religion, gender, disability, and sexual orientation, and all reports are investigated within five school days.
Students caught vaping in the bathrooms will receive a referral and will be required to complete an online cessation program with the counselor.
The tobacco-free campus policy applies to everyone, including parents and visitors at evening events and games.
Lighters, matches, and vaping devices will be confiscated and only returned to a parent or guardian.
Students may not bring knives of any size to school, including small multi-tools on keychains, so please check keychains before the first day.
Please note that laser pointers, fireworks, and cap guns are prohibited under the handbook along with real weapons.
Medication, including cough drops and vitamins, should be kept in the nurse's office rather than in backpacks, per district policy.
Public displays of affection should be limited to hand-holding and quick hugs under the student code of conduct.
Students are not allowed to leave campus during lunch without a signed permission form, and seniors with off-campus privileges must sign out at the office.
""")

H("staff_training", """
All staff are required to complete the human trafficking awareness training module by {date}, which covers warning signs in students and reporting procedures.
The human trafficking awareness training explains that traffickers often target vulnerable teens through social media, promises of jobs, or fake relationships.
Mandated reporter training is due before the first day of school, and the certificate should be uploaded to your staff portal.
This year's mandated reporter module includes a section on grooming behaviors, so staff can recognize when an adult is building inappropriate trust with a child.
Staff are reminded of the electronic communication policy: do not text or message students privately, and always copy a parent or use the district platform.
Please complete the bloodborne pathogens and Narcan training modules before the end of September; both take about twenty minutes.
The de-escalation training on {date} will give teachers strategies for calming a student in crisis and keeping the rest of the class safe.
The staff book study this semester is on trauma-informed teaching, and we'll discuss the first three chapters at the {day} meeting.
Our professional development day includes a session on recognizing signs of child abuse and neglect, led by the county child protective services liaison.
During the safety in-service, staff will practice the ALICE counter strategies, such as barricading doors, in a scenario walk-through in the B wing.
The Title IX training is required for all coaches and advisors and covers sexual harassment, reporting obligations, and supporting students who come forward.
Staff, please read the updated policy on physical restraint, which can only be used as a last resort by staff who have completed the certified training.
The youth mental health first aid course is offered again this spring, and it teaches staff how to respond when a student shows signs of a crisis.
Training on the new threat assessment process will be held after school on {day}, and team members should bring a copy of the referral form.
""")

H("bullying", """
I wanted to let you know that {kid} told me some boys on the bus have been calling him names and taking his hat, and he asked me not to make a big deal of it.
My daughter said a group of girls has been leaving her out at lunch and posting mean comments on her pictures, and I would like to set up a meeting.
I'm writing to report that my son is being bullied in the locker room after PE, and he is now afraid to change for class.
A student came to me today and said that another student has been pushing her in the hallway between 3rd and 4th period, so I'm passing this along to the office.
Thank you for taking my call yesterday; I really appreciate how quickly you spoke with the students involved in the group chat.
{kid} said some kids in her class made a fake account using her photo, so I wanted to report it to you and the counselor right away.
I'm not sure if this rises to the level of bullying, but {kid} has been coming home upset because the same student keeps mocking the way he talks.
Could you keep an eye on recess this week? {kid} says a couple of older kids keep taking the ball and telling the younger ones they can't play.
I wanted to let you know that I addressed the name-calling you reported, and both students met with me and the counselor this afternoon.
Our anti-bullying assembly on {day} will feature a speaker who was bullied as a teen and now travels the country talking about kindness and standing up for others.
During Unity Week, students will sign a pledge to be upstanders, and each grade will create a banner about inclusion to hang in the cafeteria.
The anti-bullying assembly will include a skit from the drama club showing what cyberbullying looks like and what bystanders can do about it.
Students learned today that a bystander becomes an upstander by speaking up, getting help, or simply sitting with the person who is being left out.
If your child reports being bullied, please write down what happened, when, and who was there, and send it to the principal or counselor.
Our No Place for Hate committee is planning activities for the rest of the year, and students who want to join should see Ms. {last}.
The counselor will meet with the 6th grade girls this week about friendship drama and how to handle group chats that turn unkind.
We take every report of bullying seriously, and I want you to know that the students involved will face consequences under our code of conduct.
This year's Pink Shirt Day is {date}, and students are encouraged to wear pink to show that our school does not tolerate bullying.
""")

H("media_music", """
For movie night, the student council voted on a PG horror movie, so expect some jump scares but nothing graphic.
Please note that the film club is screening a thriller rated PG-13 on {day}, and a signed permission slip is required for all attendees.
Several students have been talking about the crime drama everyone is watching, so I used it as a hook for our lesson on the Fourth Amendment.
Our media literacy lesson will discuss why so many popular shows glamorize crime and how that shapes what teens think about police and prisons.
In music class, students will analyze the lyrics of murder ballads from Appalachian folk tradition, such as "Tom Dooley," as a storytelling form.
We'll talk about why so many classic folk songs and sea shanties are about shipwrecks, drinking, and death, and what they tell us about working life.
The band will play the 1812 Overture at the spring concert, complete with recorded cannon fire, so little ones may want earplugs.
For their lyrics project, students must pick a school-appropriate song and explain how the artist uses metaphor, imagery, and repetition.
Some of the songs students suggested for the dance had explicit lyrics, so the DJ will play only radio edits approved by the activities director.
The theater department's fall play is a murder mystery dinner theater, and guests will help the detective figure out who poisoned the butler.
The drama club's version of Clue will run {date} through {date}, and tickets are free for students with ID.
The video game design club will analyze why certain games are rated M for Mature and how the rating system works.
The esports team competes in Rocket League and Super Smash Bros., and district policy does not allow first-person shooter games in school competitions.
""")

H("parent_homework", """
I have to be honest that the amount of homework this week is killing us; {kid} was up until eleven on Tuesday and in tears over the math packet.
My son spent three hours on the project last night, and I'm wondering whether the workload is what you intended, because it felt like too much.
I don't want to be that parent, but the science project instructions were really confusing, and we nearly lost our minds trying to figure out the rubric.
The homework load in 7th grade has been brutal, and I think it's hurting {kid}'s sleep, so I'd like to talk about options.
This reading log is going to be the death of me; is it possible for {kid} to record the minutes weekly instead of every night?
I know you're trying to prepare them for high school, but two hours of homework a night in 5th grade feels like overkill for our family.
We are struggling with the online math platform, which keeps timing out, and {kid} has had to redo the same assignment three times.
Please don't take this the wrong way, but the project seemed to require supplies and a printer we don't have, and it stressed the whole family out.
The weekend assignment hit right when we had a family funeral, so we're hoping {kid} can have a few extra days to finish it.
""")

# ===========================================================================
# MAIL: ordinary mail text (newsletters, updates, logistics)
# ===========================================================================
M("newsletter", """
Welcome back, {mascot} families! We hope you had a restful break, and we are excited to see everyone on {day} morning.
It has been a busy and joyful month at {school}, with the science fair, the fall concert, and our first ever family reading night.
This week's newsletter includes the updated lunch menu, a reminder about picture retakes, and a few highlights from our classrooms.
Our students read more than 42,000 minutes during the reading challenge, so the principal will be kissing a pig at Friday's assembly as promised.
The parent-teacher conference sign-up link will go live on {day} at 6 p.m., and slots tend to fill quickly, so please sign up early.
Picture retakes are on {date}; if you'd like a retake, please send the original photo packet back with your student that morning.
The fall festival will be held on the blacktop from 4 to 7 p.m. and will include a bounce house, a cake walk, and food trucks.
Kindergarten registration for next year opens {date}, and families can register online or come to the office for help with the forms.
We are so proud of our 4th graders, who planted more than two hundred native plants in the courtyard as part of their habitat unit.
The lost and found is overflowing, and everything left after {date} will be donated, so please check for missing jackets and water bottles.
Our custodial team worked all summer to refinish the gym floor, so please remind students to wear clean sneakers when they play.
Don't forget that school pictures are this Thursday, and order forms can be returned on picture day or completed online.
Our hallway bulletin boards now feature the 2nd graders' self-portraits, and they are absolutely delightful, so stop by if you're in the building.
Thank you to every family who donated to our food drive; we collected more than 1,200 cans for the {town} food pantry.
The principal's coffee chat is {day} at 8:15 in the library, and this month's topic is how we are using the new reading curriculum.
The library is hosting a family game night on {date}, with board games, puzzles, and snacks provided by the PTA.
Please join us in welcoming our new school secretary, Mrs. {last}, who comes to us from the district office with twelve years of experience.
Our school garden produced so many zucchini this year that the cafeteria used them in muffins for a whole week.
The band and choir winter concert is {date} at {time} in the gym, and students should wear black pants and a white top.
We are looking for families to share about their culture at our heritage night, including food, music, clothing, or family traditions.
Spirit week themes are Pajama Monday, Twin Tuesday, Wacky Hair Wednesday, Jersey Thursday, and Blue and Gold Friday.
Report cards will be available in the parent portal on {date}, and paper copies will be sent home with students upon request.
The district is seeking feedback on the proposed school calendar for next year, and the survey is open through {date}.
Our school earned a Green Ribbon award for our recycling and composting program, which was started by a group of 5th graders three years ago.
The 5th grade promotion ceremony will be held on {date} at 9:30 in the gym, and each family may bring up to four guests.
We have a new crossing guard at the corner of {street} and Main, so please give her a friendly wave and follow her directions.
Student council elections will be held next week, and candidates may hang up to three posters in the hallway near the cafeteria.
Our 3rd graders will be performing a play about the water cycle on {day} afternoon, and families are welcome to attend in the cafeteria.
""")

M("teacher_update", """
Hi families, this week in {subj} we are wrapping up our unit on fractions, and the unit test will be on {day}, so please help your child review at home.
I wanted to share that {kid} had a great week; she helped a new student find her way around and volunteered to read aloud during our novel study.
Just a quick note that the rough draft of the research paper is due {date}, and students can stay after school on {day} for extra writing help.
We will be starting our unit on ecosystems next week, so if you have any empty yogurt cups or egg cartons, please send them in for our terrarium project.
Thank you for sending in the signed reading contract; {kid} has already read two chapter books this month, which is wonderful.
I noticed that {kid} has been missing a few assignments in Google Classroom, and I wanted to check in to see if there is anything I can help with.
Our class is collecting stories from families about their names, so please share with your child how their name was chosen.
Students will present their biography projects on {day} and {day}, and parents are welcome to join us at {time} to watch.
The math department now offers retakes on quizzes within two weeks, as long as students complete the corrections packet first.
Please check your child's folder tonight for the field trip permission slip, which needs to be signed and returned by Friday.
I have posted the study guide for Friday's quiz on the class website, along with two practice videos that walk through the hardest problems.
{kid}'s lab report was one of the best in the class, and I would love to display it at the open house if that's okay with you.
We will be switching seats next week, so if there is anything I should know about where your child learns best, please let me know.
Just a heads-up that our class will be in the computer lab on {day}, so students should bring their headphones.
Over the next few weeks, students will be working in small groups to design a bridge out of popsicle sticks, and the testing day is {date}.
I've attached the rubric for the persuasive essay so you can see exactly what I'm looking for in each paragraph.
Our class pet, a bearded dragon named Pickles, needs a home for winter break, so please let me know if your family would like to host him.
This quarter we are focusing on writing strong topic sentences and using evidence from the text, so you may see lots of highlighters coming home.
{kid} has been working so hard on his multiplication facts, and he passed his 7s test today with a perfect score.
Please make sure that all library books come back by {day}, as our class will be checking out new books for the holiday break.
The end-of-unit project can be a poster, a slideshow, a short video, or a model, and students will choose the format that fits them best.
Thanks for being patient while I was out sick last week; the substitute left notes, and we are picking up right where we left off.
""")

M("logistics", """
Due to the forecasted storm, all after-school activities on {day} are canceled, and buses will leave at the regular time.
School will be closed tomorrow because of icy road conditions, and this will be a remote learning day with assignments posted by 10 a.m.
Bus 14 is running about twenty minutes late this afternoon because of a mechanical problem, and students will be supervised in the gym until it arrives.
The district has changed the bus route for the Orchard Lane stop, and the new pickup time is {time} starting Monday.
Please remember that drop-off begins at 7:45, and there is no supervision on the playground before then.
Parking at the concert will be limited, so we recommend using the lot behind the fieldhouse and entering through the west doors.
The early release schedule on {day} means that all students will be dismissed at 12:30, and lunch will be served before dismissal.
If you need to change your child's dismissal plan, please call the office before 2:00 p.m. so we can let the teacher know.
Due to construction on {street}, the car line will enter from the back parking lot for the next two weeks.
The water main repair near the school means that drinking fountains are off today, so please send a full water bottle with your student.
Power has been restored to the building, and school will be in session tomorrow on a normal schedule.
Our field trip to the science museum will leave at {time} and return by 2:30, so students should bring a bag lunch with no glass containers.
The chaperone meeting for the overnight trip is {day} at 6:30 in the library, and all chaperones must have a completed background check.
Please label all jackets, lunch boxes, and water bottles with your child's name, since many of them look exactly alike.
Kindergarten pickup will be at the side door by the playground, and each family will receive a numbered tag to show the teacher.
Because of testing next week, there will be no morning announcements, and students should arrive on time with a charged laptop.
""")

M("conferences_meetings", """
I'd love to set up a time to meet about {kid}'s progress; would {day} at {time} or {day} after school work better for you?
Thank you for meeting with me yesterday; as we discussed, I'll send weekly updates on Fridays, and we'll check in again after winter break.
The IEP annual review is scheduled for {date} at {time} in the conference room, and you are welcome to bring anyone who knows your child well.
Attached is the draft of the 504 plan for your review, and please let me know if you would like any changes before we finalize it.
Your child's reading assessment shows strong growth since September, and I'd like to talk with you about some ways to keep that momentum going.
Conferences will be held in person or by video, and interpreters are available in Spanish, Vietnamese, and Arabic if you request one by {date}.
Could we move our meeting to Thursday? I have a doctor's appointment that got rescheduled and can't make it on Wednesday.
The student support team would like to meet with you to talk about some interventions we are trying with {kid} in reading.
Please complete the short questionnaire before the meeting so we can use the time to focus on your goals for your child.
I'll be joining the meeting by phone since I'll be at the district office that morning, so please call me at the number below when you're ready.
""")

M("admin_ops", """
Please find attached the agenda for Tuesday's staff meeting, which will focus on the new grading guidelines and the spring testing calendar.
The copy machine in the workroom is out of service, so please use the one in the library until the technician comes on Thursday.
Sub plans should be uploaded to the shared drive by 7:30 a.m. on the day of your absence, and the office will print them for the substitute.
The budget requests for next year are due to your department chair by {date}, and please include quotes for any item over $500.
Grades for the first quarter close at 3:00 p.m. on {date}, and comments must be entered in the gradebook by the following Monday.
Report card comments should be written in plain language for families and should mention at least one strength and one next step.
Please return all borrowed laptops to the library cart by Friday so the tech team can update them over the weekend.
The PTA meeting minutes from October are attached; please send any corrections to the secretary before the next meeting.
The student teacher from {town} State will begin in my classroom next Monday and will be taking over two sections of {subj} in March.
The bell schedule for assembly days is attached, and all class periods will be shortened by eight minutes.
The elevator key can be checked out from the front office for students with temporary injuries, and it must be returned daily.
We are still looking for a volunteer to coordinate the staff appreciation luncheon, so please reply if you are able to help.
""")

M("college_career", """
Seniors who need a letter of recommendation should fill out the brag sheet and give me at least three weeks' notice before the deadline.
The FAFSA completion night is {date} at {time} in the library, and families should bring their tax returns and Social Security numbers.
Representatives from over forty colleges will be at the college fair in the gym on {day}, and juniors will attend during 3rd and 4th period.
The career fair includes booths for nursing, electrical apprenticeships, the fire academy, and the military, and students will rotate in small groups.
Juniors who want to take the SAT on the school day should register through the counseling office by {date}.
The job shadow program places students with local businesses for a day, and transportation forms are due to the career center by Friday.
Scholarship applications for the {town} Rotary Club are due {date}, and the essay prompt is posted on the counseling website.
Seniors, your final transcripts will be sent automatically to the college you listed in your senior survey, so make sure it is up to date.
""")

# ===========================================================================
# CHAT: student messages (lowercase, slang, emoji)
# ===========================================================================
CH("games", """
i got killed so many times in fortnite last night i almost threw my controller
bro the storm circle closed on me right when i had the best loot
we got a victory royale at like 1am and i screamed so loud my mom came in
who wants to squad up on fortnite after practice
i keep getting sniped from across the map in call of duty and its so annoying
my little brother died in the first ten seconds of the match lmao
i finally beat the final boss in elden ring after like 40 tries
that boss fight took me three hours and i died to the same attack every time
cod zombies tonight? i need help getting to round 30
we need a fourth for warzone, u in?
i just unlocked the golden sniper skin and im never using anything else
he kept camping in the corner with a shotgun the whole game so annoying
can u carry me in ranked tonight im stuck in silver
i rage quit minecraft bc a creeper blew up my whole house
a creeper exploded next to my base and destroyed everything i built
we raided their base in rust and they didnt even log on lol
i killed the ender dragon finally!!!
my character got stabbed by a goblin in the first dungeon and lost all his gold
the new among us update is so good, i was impostor three times and killed everyone
i got voted out in among us even though i wasnt the impostor
does anyone know how to get past the level with the zombies on the bridge
i headshot a guy from like 300 meters in warzone, best shot of my life
we lost the round bc no one planted the bomb in time in valorant
i need to grind xp this weekend to unlock the new battle pass stuff
my controller died in the middle of the match and i got eliminated
mario kart tournament at lunch?? loser buys nobody anything bc its just for fun
i just destroyed my cousin in smash bros, he didnt win a single game
the zombies in the new level are terrifying i had to turn the volume down
i keep falling off the map in fall guys lol
ok who keeps stealing my kills in apex
we got absolutely wrecked by a squad of like 12 year olds
my sims house caught on fire bc i left the stove on lol
i accidentally drowned my sim in the pool again
i got a pentakill in league last night!!
the final boss in hollow knight is actually impossible
roblox is down again i was about to finish the obby
my minecraft dog died in lava and i am grieving
i beat him 5-0 in fifa and he wants a rematch tomorrow
the pokemon game finally came out and i already caught a shiny
im gonna destroy u in chess at lunch
ur so bad at valorant its kinda funny 😂 jk ur getting better
that clutch 1v4 was insane how did u do that
do u still play zelda or did u finish it
my brother deleted my world save and i wanna cry
""")

CH("shows_movies", """
did u watch the new episode last night, i cant believe they killed off my favorite character
that horror movie was so scary i slept with the lights on
we watched a scary movie at the sleepover and nobody slept
the killer in that movie was the dad the whole time i did NOT see that coming
im on season 3 of that crime show and i still dont know who did it
the ending of the show made me cry so hard
ok but the zombie show is so good, the makeup is insane
i cant watch horror movies alone i get too scared
who wants to watch the new marvel movie saturday
the villain died in the most dramatic way possible lol
i stayed up till 2 finishing the murder mystery show and i regret nothing
the jump scare in the trailer made me drop my phone
we should do a horror movie marathon for halloween
the detective figured it out in like the last 5 minutes it was so good
that documentary about the bank robbery was wild
i binged the whole true crime podcast on the bus trip
the ghost movie was more funny than scary tbh
my mom lets me watch the crime show with her now and its so good
spoiler alert but the main character dies in the finale
the shark movie was so bad it was good
""")

CH("sports", """
we crushed them 6-0 tonight lets gooo
we destroyed eastgate in the second half 🔥
coach made us run suicides for like 30 minutes im dying
shooting drills tomorrow at 3 dont be late
bro that shot from half court was crazy
we got killed in the first quarter but came back
our goalie is a beast she stopped like every shot
i hit a home run today!!
the refs were so bad tonight but we still won
practice was brutal my legs are dead
we're gonna smoke them on friday, theyre 0-8
cant wait to crush lakeview in the playoffs
i pulled my hamstring at practice and now i have to sit out
the bus to the tournament leaves at 6 am 😭
tryouts are tomorrow im so nervous
i made varsity!!!!
we lost in penalties and im still sad
coach said we killed it at the meet today
i ran my fastest mile ever today
my serve was on fire at the match
the wrestling tournament is all day saturday pray for me
i got a black eye from a volleyball to the face lol
we play kingsbridge next week and they're undefeated
i shot 9 for 12 from three tonight
the new shooting sleeve coach gave us is so nice
our relay team broke the school record!!
ice bath after practice was pain
coach said if we win sectionals he'll dye his hair blue
i got taken out in the first round of the bracket but its ok
""")

CH("idioms", """
this chem test is killing me
my mom is gonna kill me if i fail this quiz
im dead 😂 that video
kill me now this homework is so long
i literally died laughing in spanish today
im so dead tired i fell asleep in class
this essay is going to be the death of me
that joke killed me
mr dunmore's jokes are so bad they physically hurt
i would die for this sandwich honestly
if i have to hear that song one more time im gonna lose it
the math homework murdered my whole evening
i almost died when she called on me and i wasnt listening
the heat in the gym is actually killing us
my feet are killing me after the dance
im gonna explode if the bell doesnt ring soon
the fire alarm went off during the test, saved by the bell literally
you killed that presentation!!
she absolutely slayed the solo at the concert
that outfit is a whole bomb, where did u get it
my brain is fried after that test
i blew up the group chat with cat pictures sorry
he was so mad his head was about to explode lol
im starving, lunch cant come fast enough
i could murder a slice of pizza right now
this weather is killing my vibe
we're gonna get destroyed on this test
my phone is dying can u text my mom for me
the battery on my laptop died in the middle of the test
im lowkey dying to see the new movie
""")

CH("bet_slang", """
bet, see u at 4
bet i'll bring the snacks
bet, meet at the library after school
u coming to the game? bet
ok bet ill save u a seat
i bet she forgot her lunch again lol
bet i'll text u when i get home
no cap that was the best pizza ever
wanna bet she's gonna be late again lol, nah she's always late
my brother said he bet i wouldnt finish my project on time and i proved him wrong
we made a friendly bet that whoever loses at mario kart does the other's chores
our bracket group is just for bragging rights no money
i bet the sub is gonna show a movie
fantasy league draft is friday, no money just bragging rights
you can bet on it, im finishing this essay tonight
""")

CH("family_outdoors", """
my dad and i are going deer hunting this weekend so i wont be at the party
caught a huge bass at the lake today 🎣
we went fishing with my grandpa and i caught nothing lol
my uncle took me duck hunting and i was freezing the whole time
i finally passed my hunter safety test!!
we're going to the cabin for hunting season, ill be back tuesday
i caught my first trout and we cooked it for dinner
archery club was so fun today i got two bullseyes
i shot my best score ever at the archery meet
my lamb placed second at the fair!!
ffa meeting is moved to thursday
my steer sold at the auction for so much money
im showing my goat at the county fair tomorrow
rifle team practice got moved to 4
my grandpa is teaching me to clean fish and its so gross
we went to the trap range with my uncle and i hit 18 out of 25
i got my yellow belt in karate today!!
judo practice destroyed me
""")

CH("school_hard", """
did u hear the lockdown drill is thursday
the lockdown drill was so long i almost fell asleep under the desk
the police were outside at dismissal but it was just for traffic
the assembly about bullying was actually kinda good
someone keeps being mean to {kid} on the bus, we should tell mr {last}
i told ms {last} that those kids were bothering {kid2} at lunch and she handled it
can u come with me to the counselor, i wanna report what happened in the group chat
we should tell a teacher about the mean comments on {kid}'s post
the vaping assembly showed what it does to ur lungs and it was so gross
we learned about the holocaust today and it was really sad
we have to read hamlet and the to be or not to be speech is so long
the ending of of mice and men made me cry in class
are u doing ur true crime podcast on the lindbergh case
my podcast project is about the great train robbery
chem teacher blew up a balloon with hydrogen and it was so loud
we learned how dynamite was used in mines in the 1800s
we calculated the odds of a royal flush in stats today
the lottery lesson in econ was wild, the odds are so bad
mr {last} showed us how a pyramid scheme falls apart, now i get why they're scams
our marketing group is selling keychains at the school store for the class project
deca comp is saturday im so nervous for my role play
the raffle drawing is at the concert, my mom bought like 10 tickets
the bake sale brownies sold out in like 5 minutes
are u buying a yearbook this year
book fair is this week!! i need money for the new manga
the school store finally has the blue hoodies
my mom paid for the field trip online so im good
the booster club is selling hot chocolate at the game
health class today was the consent lesson and it was actually good
my mom signed the opt out form for the health unit
the sex ed unit starts monday and everyone is being weird about it
we did stage combat in drama and i got to fake punch {kid}
i have to bring a fake sword for the play
the prop gun for the play is bright orange lol
culinary class we learned knife skills and i only cut the onion
we made fried chicken in cooking class and it was so good
the new dress code is so strict they wont let us wear hoodies
they're taking our phones at the start of class now
the school resource officer is actually really nice
mental health week starts monday and we get a free breakfast
the counselor came to advisory and talked about stress
the fire drill happened during lunch and my food got cold
""")

C("school", """
did u finish the math homework
can u send me the notes from today
what time is practice tomorrow
im so tired today
wanna study at the library after school
whats the homework for history
i left my charger in ur car
who's driving to the game
my mom said i can go!!
happy birthday!!!! have the best day
the sub today was so nice
is the quiz tomorrow or friday
can i copy the assignment instructions, i lost the sheet
omg the cafeteria had the good pizza today
do u have a pencil i can borrow
i forgot my lunch again
are u going to the dance
what are u wearing to homecoming
the bus was so late this morning
my locker is jammed again
can u save me a seat at lunch
the new seating chart separated us 😭
i finally finished the project
we have a sub in english tomorrow
what page are we on in the book
the wifi is so slow in the library
did u sign up for the field trip
the science fair is next week and i havent started
i got an a on the essay!!!
i got a c on the quiz but its ok i can retake it
my group did nothing and i did the whole slideshow
ur presentation was so good
want to get boba after school
my mom is picking me up early for the dentist
do we need a calculator for the test
i think the test is open note
can u help me with number 7
the teacher extended the deadline!!
spanish quiz was actually easy
i left my water bottle in the gym
what color is the spirit day tomorrow
pajama day tomorrow dont forget
is it a late start tomorrow
it's snowing so hard i hope they cancel school
school is canceled!!!
early release tomorrow lets go
can u ask ur mom if u can come over saturday
my dog learned how to sit finally
i got a new phone case
that song is stuck in my head all day
lets make a study guide together
i'm so nervous for the chorus solo
is the library open at lunch
can u bring my hoodie tomorrow
we got new lockers in the 8th grade hall
the counselor changed my schedule and now i have art 3rd period
i'm joining robotics this year
robotics meeting is in room 221 after school
the chess club tournament is saturday
i got cast as the narrator in the play!!
who's ur partner for the lab
i need to print my essay can i use ur printer
teacher said we can use our notes on the quiz
the field trip to the aquarium was so fun
we saw a sea turtle at the aquarium
my little sister started kindergarten today
my mom made cookies for the bake sale
i'm going to my grandma's for thanksgiving
my cat sat on my keyboard and deleted my paragraph
i need 3 more volunteer hours for nhs
my piano recital is sunday
do u want to carpool to the concert
our group chat is so chaotic today lol
i'm getting my braces off next week!!
i have a dentist appointment during 2nd period
can u tell ms {last} i'll be late
ms {last} said the retake is thursday
mr {last} is the best teacher ever
the substitute let us watch a movie about volcanoes
did anyone find a blue water bottle in room 114
""")

# --- second pass: shorter and medium lines as they sit around the long ones ---
H("coach", """
Great win tonight, everyone!
We crushed it on defense in the second half.
Practice tomorrow is shooting drills only, 3:30 to 5:00 in the main gym.
Bring your shooting shirts and your reversible jerseys to practice.
JV will run the shooting drill stations while varsity watches film.
The team looked sharp, and our shot selection was much better than last week.
Film session is at 7 a.m. before school; donuts are on me.
We play {opp} on {day}, and it's senior night, so please arrive by 5:30.
Our kickers have been booming it in practice, so expect a few long field goal tries.
We beat {opp} in a thriller, 61-59, on a buzzer-beater by {kid}.
Please have your athlete ice their shins tonight; we did a lot of hill work.
Players should be dressed and on the court for warm-ups by 4:45.
Our defense held them to seven points in the first half, which is a season best.
The meet was a bloodbath for our distance runners in the heat, so hydrate tomorrow.
Coach {last} says the offense is firing on all cylinders heading into playoffs.
Box out, rebound, and run: that's the whole game plan for {day}.
Tournament seeding comes out Sunday night, and I'll send the bracket as soon as I have it.
The girls dominated from start to finish and never let {opp} get comfortable.
We need drivers for the away game on {day}; please reply if you can take four players.
If your athlete is sick, text me before practice so I can plan the drills.
Warm-up shirts came in, and they look awesome.
Shoot-around is at 5:00, and tip-off is at 7:00.
Our sharpshooter, {kid}, hit six threes in the first half alone.
Thanks for a great season; the banquet is {date} at {time} in the cafeteria.
The volleyball team swept {opp} in three sets.
The defense is going to blitz a lot more this week.
That was a knockout performance by the whole lineup.
We'll be taking penalty shots at the end of practice, so goalies stay late.
Snack parents for Saturday are the {last} and {last} families.
We fought back from a fifteen-point deficit, which says a lot about this group's heart.
""")

H("counselor", """
Counselors are available all day for any student who needs to talk.
The counseling office is open during lunch this week for anyone who is grieving.
Please see the attached resource list for grief support in {town}.
The 988 Suicide and Crisis Lifeline can be reached by call or text at any hour.
Staff, please complete the suicide prevention training module by {date}.
Mental Health Awareness Week spirit days are attached.
Tuesday's advisory lesson is about recognizing when a friend might be struggling.
Our thoughts are with the {last} family during this very difficult time.
Grief counselors from the district crisis team will be here through Friday.
If your child wants to write a note to the family, we'll collect cards in the front office.
Please reach out if you'd like help talking with your child about the news.
Students can request a counselor meeting using the QR code on the posters by each door.
Wellness Wednesday will feature therapy dogs in the library during lunch.
I'll check in with {kid} tomorrow and let you know how she's doing.
The self-care bingo card is a fun way to try one new coping strategy each day.
Please know that you are not alone, and we are here to support your family.
""")

H("nurse", """
Please see the attached medication authorization form.
Medication forms must be renewed every school year.
The vaping prevention night flyer is attached, and childcare will be provided.
Please do not send medication in your child's lunchbox or backpack.
I'll need a doctor's note to give {kid} ibuprofen during the school day.
The health office will call you if your child's temperature is 100.4 or higher.
Inhalers and EpiPens for field trips will travel with the teacher in a labeled bag.
Please pick up your child's allergy medication on the last day of school.
Your child's immunization record is missing the second dose of the MMR vaccine.
Students with a cough are welcome in class as long as they are fever-free.
{kid} was given an ice pack for a bump on the head during recess and is feeling fine.
The vaping prevention presentation will also cover nicotine pouches and how to get help quitting.
""")

H("safety", """
Please see the attached letter about this week's lockdown drill.
There is no emergency; this is a scheduled drill.
All students and staff are safe.
The lockdown has been lifted, and classes have resumed.
Our ALICE drill went very well, and students followed directions calmly.
If you see something, say something, and tell a trusted adult right away.
The tip line number is printed on every student ID badge.
Please review the weapons policy in the handbook with your student.
Officers will be on campus during dismissal for traffic safety only.
Thank you to the {town} Police Department for helping us practice today.
The drill will take about fifteen minutes, and students will return to their regular class.
Visitors must check in at the front office and show a photo ID.
The threat assessment policy is posted on the district website under Board Policies.
We will send an update as soon as we have more information.
Please do not call the school during the drill, so the phone lines stay open.
Today's evacuation was due to a smell of gas in the kitchen, and the fire department has cleared the building.
The drill schedule for the year includes two fire drills, two lockdowns, and one severe weather drill each semester.
Students learned the difference between a lockdown, a secure hold, and an evacuation.
""")

H("lessons_lit", """
Please make sure your student has a copy of Of Mice and Men by Monday.
The Hamlet soliloquy recitation is graded on memorization, expression, and understanding.
Reading for tonight: The Things They Carried, pages 1 to 25.
Students should finish Night by Friday and complete the response journal.
The war poetry packet is due Thursday.
Here is the link to the audiobook of Hamlet for students who prefer to listen along.
The Macbeth murder trial role-play will be on {day}; students have been assigned roles as lawyers and witnesses.
We will watch the 1992 film version of Of Mice and Men after finishing the novel.
Students may use the graphic novel edition of Macbeth as a support.
Please remind {kid} to bring the annotated copy of the poem to class.
Quiz on Lord of the Flies chapters 7 through 9 on {day}.
The Outsiders movie has some fighting scenes, but it is rated PG and pairs with the novel.
""")

H("lessons_history", """
Our WWII unit test is next Thursday, and the review guide is posted online.
The Holocaust museum field trip permission slips are due {date}.
Students will interview a veteran for their Veterans Day project.
The Civil War battle map project is due Friday.
Please review the Holocaust unit family letter, which is attached.
Our class will observe a moment of silence on Remembrance Day.
""")

H("lessons_stem", """
Bring a pair of dice to class on {day} for the probability lab.
Quiz on expected value and probability trees on {day}.
We'll play a round of Deal or No Deal to practice expected value.
The poker hands worksheet is due Wednesday.
The lottery project asks students to design a state lottery and calculate its payout.
Students will build a model of a mining tunnel and explain how explosives were used safely.
Please sign the lab safety contract before the chemistry demo.
""")

H("lessons_business", """
DECA conference registration is due {date}.
Our marketing class product sale runs from {day} to Friday at lunch.
The business plan competition is open to all students in grades 9 through 12.
Please support our marketing students by stopping by their pop-up shop in the library.
The class project sales will be done through the school store register only.
""")

H("fundraising", """
Raffle tickets are on sale at the front office.
The silent auction closes at 8 p.m.
Bake sale this Friday at lunch!
Field trip payments can be made online.
Yearbooks are on sale now for {price}.
The book fair starts Monday in the library.
Booster club spirit wear orders are due Friday.
Please return any unsold raffle tickets by {date}.
Checks should be made out to {short} PTA.
The school store now accepts credit cards.
The auction item list is attached.
Thank you for supporting our fundraiser!
Every dollar raised goes directly to classroom supplies.
We are only $400 away from our goal!
The winning raffle ticket number is 04417.
The 50/50 raffle winner took home $312 at Friday's game.
""")

H("policies", """
The updated cell phone policy is attached for your review.
Please review the dress code with your student before the dance.
The student handbook is available in English and Spanish on the website.
Sports betting is prohibited for all student-athletes, coaches, and staff.
Please sign the acceptable use agreement before your student receives a laptop.
""")

H("health_ed", """
The sex education opt-out form is due {date}.
Our healthy relationships lessons start next week.
Please see the attached family letter about the human growth and development unit.
You are welcome to preview the health curriculum materials at any time.
The consent lesson is taught in every 9th grade health class.
The opt-out form for the family life unit is available in the main office.
""")

H("bullying", """
Thank you for letting me know; I'll speak with the students involved tomorrow.
I wanted to report that {kid} is being bullied at recess.
The anti-bullying assembly is {day} at 9:00 in the gym.
The bullying report form is available on the school website.
I'll follow up with you after I speak with both families.
Please encourage {kid} to come find me if it happens again.
""")

M("parent_notes", """
{kid} will be absent tomorrow for a dentist appointment, and she'll pick up any missed work when she's back.
Could you please let me know what {kid} missed while he was out sick?
My son has an orthodontist appointment at 10:30, so I'll be picking him up from the office around 10:15.
{kid} will be going home with {kid2} after school today; her mom will be at the car line.
Just a heads-up that our family will be traveling the week before Thanksgiving, and we'd appreciate any work {kid} can do on the road.
Thank you so much for everything you do; {kid} comes home every day excited to tell us what she learned.
I saw the note about the class party, and I'd be happy to bring napkins and juice boxes.
I'm so sorry we missed the conference; our car broke down on the way, and I'd love to reschedule if you have time.
Would it be possible to get a copy of the textbook to keep at home? {kid} keeps forgetting to bring his home.
We just moved to a new address, and I'll update it in the portal tonight.
{kid} lost his library book, and we're turning the house upside down looking for it; if it doesn't turn up, we'll pay for it.
My husband will be picking {kid} up today instead of me, and he'll have his ID.
{kid} has been having trouble sleeping because of the new baby, so please let me know if she seems tired in class.
Could {kid} please sit closer to the board? He just got glasses and is still adjusting.
I wanted to say thank you for the extra help you gave {kid} on the science project; she was so proud of how it turned out.
Is there a list of the spelling words for this week? The paper copy didn't make it home.
{kid} told me the class is collecting cans for the food drive, so he'll bring in a bag on Monday.
Please excuse {kid}'s absence on Friday; we had a family wedding out of state.
Could you tell me which days are best for volunteering in the classroom this month?
We're having trouble logging into the parent portal, and the reset link doesn't seem to work.
{kid} is very nervous about the class presentation, so any encouragement you can give her would be wonderful.
My daughter is allergic to latex, so please let me know if balloons will be at the class party.
I'd like to request a copy of {kid}'s most recent progress report for our pediatrician.
{kid} says the class is short on glue sticks, so I'm sending in a pack of twenty tomorrow.
Would you be able to give {kid} a few extra minutes at the end of the day? He takes a while to pack up and has been missing the bus.
""")

M("pta_volunteers", """
The PTA meeting is {day} at 6:30 in the library, and we'll vote on the budget for the spring carnival.
We need six volunteers for the Valentine's Day class parties, so please sign up using the link below.
Volunteers must complete the district background check at least two weeks before helping in the classroom.
The teacher appreciation week schedule is attached, and Tuesday is "bring a flower for your teacher" day.
Thank you to our amazing room parents, who organized the holiday gift for our teachers this year.
The PTA is looking for a new treasurer for next year, and the current treasurer is happy to train whoever steps up.
The carnival planning committee will meet on {day} after drop-off at the coffee shop on {street}.
We're collecting donations of gently used books for the little free library in front of the school.
The PTA voted to fund new picnic tables for the courtyard, and they should arrive before spring break.
Please send in one item for the class basket for the silent auction; our theme is "family game night."
The staff luncheon sign-up is live, and we need main dishes, sides, and desserts for about sixty people.
Field day volunteers should arrive at 8:30 to set up stations and will receive a schedule and a map.
""")

M("clubs_activities", """
Robotics club will meet every {day} from 3:15 to 5:00 in {room}, and new members are always welcome.
The chess club tournament is {date}, and players of every level are encouraged to sign up.
Auditions for the spring musical will be held {date} and {date}, and students should prepare thirty seconds of a song.
Model UN delegates should finish their position papers by {date}, and the conference schedule is attached.
The garden club will be planting tulip bulbs along the front walk on {day} after school, and gloves will be provided.
Science Olympiad practice is moving to the chemistry lab for the rest of the month.
The Spanish club is hosting a Día de los Muertos celebration with pan de muerto and paper marigolds.
Student newspaper staff should submit articles to the shared folder by Sunday at 8 p.m. for editing.
The ukulele club has ten loaner ukuleles, so students do not need to buy their own to join.
Yearbook staff will be taking candid photos at lunch this week, so smile!
The debate team placed third at the {town} Invitational, and {kid} was named a top speaker.
Art club members can stay after school on {day} to finish their pieces for the district art show.
Band students should practice at least twenty minutes a night and record the time on their practice log.
Marching band rehearsal will be held on the practice field from 6 to 8 p.m., so please send water and sunscreen.
""")

M("schedule_lines", """
Early release on {day}: dismissal at 12:30.
No school on Monday for Presidents' Day.
Conferences are next Thursday and Friday.
The spring concert is {date} at {time}.
Report cards go home on {date}.
Picture day is {date}.
Winter break begins {date}, and classes resume on January 5.
The last day of school is {date}, with a noon dismissal.
Spring break is the last week of March.
Late start Wednesdays begin next week.
Progress reports will be posted on {date}.
Open house is {date} from 6:00 to 7:30.
The makeup picture day is {date}.
The library will close early on {day} for a staff meeting.
Testing week is {date} through {date}.
""")

M("short_mail", """
Thanks for the quick reply!
That works for me.
Sounds great, see you then.
Please see the attached flyer.
Just following up on my email from last week.
Sorry for the delayed response.
Let me know what time works best for you.
I hope you had a great weekend.
Hope you're doing well!
Thank you for your patience.
I appreciate you letting me know.
Please let me know if you have any questions.
I'll look into it and get back to you tomorrow.
Could you send that again? The attachment didn't come through.
No worries at all.
Happy Friday!
Happy Thanksgiving to you and your family!
Have a wonderful winter break!
Thank you for all you do.
Looping in {tch}, who can answer this better than I can.
Adding our counselor to this thread.
Moving {tch} to bcc to save her inbox.
Apologies for the duplicate email.
Please disregard my previous message; the date was wrong.
Correction: the event is on {day}, not {day}.
Reply all if you can help.
See below for details.
Please read the message below from the district office.
Forwarding this along in case you didn't see it.
Just wanted to make sure this reached you.
I'm out of the office until Monday with limited access to email.
I am out of the office today and will respond when I return.
For urgent matters, please contact the main office at (555) 010-2200.
Thank you, and have a great evening.
Welcome to the team!
""")

# --- more chat ---
CH("games", """
bro i just got third partied so hard in apex
we almost won but the last guy had a rocket launcher
my character keeps getting eaten by the dinosaurs in ark
i beat the game on hard mode and it only took 60 hours lol
we should play the zombie map tonight after homework
the new season of fortnite has the best guns ever
i got so many eliminations but still lost
my teammate threw a grenade at me by accident 💀
i died to fall damage in the first minute lmao
who wants to play among us at lunch, we can use the library computers
i finally got the sword from the first dungeon
she destroyed me in tetris again
my team kept dying so i carried the whole match
the horror game we played at the sleepover had me screaming
five nights at freddys is so creepy i cant play it at night
the last round i was the only one alive and i won the 1v3
the boss in the water level keeps killing me
got a new high score on the school laptop typing game
""")

CH("school_hard", """
my mom said if i dont clean my room she'll kill me lol
the quiz was a massacre, everyone failed
we got murdered in the debate round but it was fun
my sister stole my hoodie again, shes dead to me 😂 jk
the spelling bee was cutthroat this year
the teacher said the test would be a piece of cake and it was NOT
i'm so dead, i forgot my gym clothes again
that roller coaster almost killed me i was screaming the whole time
the hot cheetos challenge destroyed my stomach
coach is gonna kill us at practice tomorrow bc we lost
this heat wave is actually trying to end me
the math teacher shot down my idea for a review game 😭
i got roasted for my haircut at lunch but it was funny
the science teacher lit a gummy bear on fire for the demo and it was so cool
the fire alarm scared me to death
my brother leaves for the army next month, im gonna miss him
my grandpa was in the navy and he told us stories at dinner
we watched the video of the volcano erupting in earth science
mr {last} said the dissection is friday and i dont know if i can do it
i got paired with {kid} for the war poetry project
im writing my essay about why george shot lennie
my true crime podcast is about a bank robbery from 1920
the book fair had a whole section of horror books
im selling candy bars for the band fundraiser if anyone wants one
the raffle for the gift basket is at the pta meeting
my mom won the 50/50 at the basketball game lol
the vape detectors in the bathroom went off but it was just someone's body spray
counselor said we can go to the calm room if we need a break
there's a grief group at lunch if u want to go with me, i'll come with u
im doing my health project on why energy drinks are bad for u
""")

C("school", """
r u coming to the game friday
can we facetime and do the homework together
did the teacher post the grades yet
my mom wants to meet ur mom lol
i think i left my retainer on the lunch table 😭
u going to the library after school
the new vending machine has the good chips
someone brought a puppy to pickup today and everyone lost it
i got a new bike for my birthday
we're getting pizza after the concert wanna come
the robotics team made it to state!!!
the hallway smells like popcorn and i'm hungry
we have a pop quiz tomorrow i just know it
can u remind me what the essay prompt is
i need a ride to the volunteer thing saturday
the spanish teacher brought churros for everyone
i'm gonna be late to the bus stop
my little brother lost his tooth today
did u see the snow outside, it's everywhere
the power went out during lunch and everyone cheered
the eclipse glasses are in the front office
i can't find my calculator anywhere
the chorus concert is at 7, come early for good seats
yay the library finally got the sequel
the art teacher hung my painting in the hallway!!
im so excited for the field trip tomorrow
we're making volcanoes in science next week
my group is presenting first 😬
u have the blue hoodie right? i think its mine
i got my learners permit today!!!
my mom is making tacos come over
can u walk home with me today
i think the dance is canceled bc of the storm
the class pet hamster escaped again lol
omg the cafeteria is doing breakfast for lunch tomorrow
does anyone have the link to the study guide
the group project is due friday not thursday
the school musical tickets are free for students
i got picked for student council!!
can u help me study for the vocab quiz
the bus driver played music today and it was fun
my phone is at 2% i have to go
we're doing the egg drop project next week
i'm bringing cupcakes for my birthday tomorrow
my family is going camping this weekend
the sub said we can sit anywhere today
our class won the canned food drive competition
i have to babysit my cousin tonight
can we switch lunch tables tomorrow
hold up i think the quiz is today not tomorrow
good luck at ur recital!!
i'm so proud of u for making the team
u should totally try out for the play
i left my gym shoes at ur house
omw to practice
text me when ur outside
i'm outside
ok coming down now
brb dinner
gn see u tomorrow
gm did u finish the reading
lmk when ur free to study
can u proofread my essay before i turn it in
ty for the notes ur a lifesaver
np!!
""")

# --- third pass: more bodies from principals, teachers, coaches and parents ---
H("principal", """
Good afternoon, families: I am writing to share that a student reported a rumor of a threat on social media last night, and after a thorough investigation with police, we found no threat to our school.
I want to thank the students who told a trusted adult about the post right away, because that is exactly what our "see something, say something" message asks every one of us to do.
Although I cannot share details about individual students, please know that our threat assessment team met this morning and followed every step of the district's process.
We will have additional police presence at arrival and dismissal tomorrow out of an abundance of caution, and there is no known danger to students or staff.
Please take a few minutes tonight to remind your child that jokes about bringing weapons or hurting people are taken seriously, even when they are meant to be funny.
Our annual safety report shows that we held every required drill this year, and students can explain what to do in a lockdown, an evacuation, and a severe storm.
As we head into the holiday break, please remember that the counseling office has shared a list of community resources for families who may need support over the break.
I'm proud to share that our vaping incidents are down by more than half since we installed detectors and started the peer education program last spring.
This week our students will participate in the state's Say Something Week, learning how to recognize warning signs and report concerns through the anonymous app.
The school board will hold a public hearing on the revised student code of conduct, including changes to the sections on cell phones, fighting, and harassment.
Several parents have asked about the police car that has been parked near the school in the mornings, and I can confirm it is part of a speed enforcement effort on {street}.
Please join me in thanking our custodians, who stayed late to clean up after the water pipe burst in the gym and had everything ready for the tournament the next morning.
This year we are introducing a new advisory program in which every student meets weekly with the same adult, so that no student goes through the year without someone checking in.
With the warmer weather, we are seeing more students arrive in clothing that doesn't meet the dress code, so please review the attached guidelines with your child.
I want to address the fight that happened in the cafeteria on Tuesday: it was broken up quickly by staff, no one was seriously hurt, and both students' families have been contacted.
Starting Monday, phones will be collected in pouches at the start of each class, a change that our student council helped design after a survey of more than five hundred students.
Our school resource officer will be teaching a short lesson on internet safety in every 6th grade classroom next month, including how to report strangers who send messages.
Please know that our hearts are with the families affected by the fire on {street} this weekend, and the PTA is collecting clothing and gift cards for them in the front office.
Thank you for your patience during this morning's secure hold; it lasted about thirty minutes while police searched for a suspect in a car break-in a mile away.
If you ever hear about a concern over the weekend, please use the tip line rather than waiting until Monday, since it is monitored around the clock.
Tomorrow's assembly will honor our veterans, including several grandparents of current students who served in Vietnam, the Gulf War, and Afghanistan.
Our bullying prevention data show that most incidents happen in unstructured time, so we are adding adult supervision in the hallways between classes and at lunch.
""")

H("teacher_hard", """
Heads up that the documentary we are watching in history this week includes footage of soldiers in combat, so students may want to talk about it at home.
Your student's research paper on the causes of the Civil War was well organized, though the section on John Brown's raid needs more evidence from primary sources.
I appreciated {kid}'s thoughtful comment in class today about why soldiers in All Quiet on the Western Front feel they can never go home again.
In our novel, the main character's mother dies in the first chapter, so I'll check in with any students who I know have experienced a recent loss.
For our argumentative essay, students may choose topics like raising the gambling age, banning flavored vapes, or lowering the voting age.
One student chose to write her speech on the opioid epidemic in our county, and it was one of the most powerful presentations I've heard in years.
The debate topic for Friday is whether the United States should have dropped the atomic bomb, and students have been assigned sides at random.
We had a great discussion about why the Capulets and Montagues keep fighting even when nobody remembers what the feud was about.
If your child mentions that we "blew up" a pumpkin in science, don't worry; we used a safe reaction with hydrogen peroxide to show a rapid release of gas.
The class read-aloud this month is Hatchet, in which Brian survives a plane crash and learns to hunt and fish with a homemade bow and spear.
Our current unit covers the Salem witch trials, including the executions of the accused, so students will study how fear and rumors spread in a community.
In ancient history we're studying the gladiators of Rome and how the games were used to entertain crowds and display power.
The guest speaker from the crime lab will explain how DNA evidence has helped to free people who were wrongly convicted.
The crime and punishment unit in sociology will ask students to compare the prison systems in Norway and the United States.
For the persuasive speech, {kid} argued that the rifle team deserves the same funding as other varsity sports, and she did a great job citing the budget data.
Our art history lesson covers Goya's war paintings and Picasso's Guernica, which shows the bombing of a Spanish town in 1937.
We spent today on the Trail of Tears, and students wrote about how forced removal killed thousands of Cherokee people on the journey west.
The reading group finished Number the Stars and talked about how ordinary Danish families hid their Jewish neighbors from the Nazis.
Students read an article about the dangers of online betting apps that target young men, and then wrote a letter to their state representative.
The spreadsheet project tracks a fake stock portfolio over six weeks, and students learn how risky it is to put all your money in one company.
""")

H("coach", """
Please remember that wrestlers may not cut weight by skipping meals or using sweat suits, and anyone who is sick on weigh-in day should stay home.
The football team will be in full pads on {day}, and our trainer will be on the sideline for the whole practice in case anyone takes a hard hit.
After watching the film, I can tell you that our offensive line absolutely bulldozed their front four in the second half.
The swim team set three pool records at the invitational, and our 200 free relay took down a record that had stood since 2009.
The freshman team got blown out on {day}, but they're learning, and every one of them asked to stay late to work on fundamentals.
Our baseball players will do a pitching clinic with a former college pitcher from {town} this Saturday morning, and space is limited to twenty players.
The boys' soccer team put on a shooting clinic, scoring five goals on nine shots, and {kid} finished with a hat trick.
Our varsity girls went to war on the boards tonight, outrebounding a much taller team by fourteen.
The championship game will be livestreamed on the district channel for families who can't make the two-hour drive.
If your athlete has a bloody nose or a cut during a game, our trainer will clean it up and they can return once the bleeding has stopped.
We played a physical game against {opp}, and there were a few hard fouls, but our kids kept their composure and won the right way.
Ultimate frisbee club will meet on the upper field on {day}s, and all you need is cleats and a water bottle.
The cheer team will perform their competition routine at halftime, so stay in your seats to watch them stick those stunts.
The dance team took first place in the jazz division and will head to nationals in February.
""")

M("newsletter", """
We are excited to welcome {kid} to our classroom this week; she just moved here from out of state and would love a friendly face at lunch.
The 2nd grade team is planning a celebration of learning on {date}, where students will show off their writing portfolios to families.
I'm writing to follow up on our phone call about {kid}'s math placement, and I've attached the assessment results we discussed.
Our classroom wish list includes dry-erase markers, tissues, and paperback books for our class library, and any donation is deeply appreciated.
Breakfast is free for all students this year, and it's served in the cafeteria from 7:20 to 7:45, so students should arrive early if they want to eat.
Summer reading lists for incoming 9th graders are posted on the English department page, and students will choose two books from the list.
The summer enrichment camp registration opens {date}, and this year's themes include robotics, theater, and outdoor science.
Graduation tickets will be distributed to seniors during the rehearsal on {date}, and each graduate receives six tickets.
The senior breakfast and slideshow will be held in the commons on {date} at 8:00 a.m., and caps and gowns will be handed out afterward.
The transportation department is asking families to confirm whether their child will be riding the bus this year using the online form.
Please remind your student that the new Chromebook charging carts are in the library, and devices that are left overnight will be locked up.
Our kindergarten students will be celebrating the 100th day of school on {date}, so please help your child collect 100 small items to share.
The art show opening is {date} from 5 to 7, and every student in grades K-5 will have at least one piece on display.
Student lunch accounts can be topped up online, and you'll get an email alert when the balance drops below five dollars.
The winter concert will be recorded and posted to the district website for anyone who can't make it in person.
{kid} was selected as Student of the Month for kindness, and we'll recognize her at the assembly on {day} morning.
Please sign and return the field trip form by {day} so that we can give the bus company our final count.
Thank you for coming to the open house; it was wonderful to meet so many families, and I've attached the slides in case you missed anything.
We are switching to a new reading program this year, and I'll send home a short guide on how you can support it at home.
The school has partnered with the public library so that every student can get a library card, and forms are available in the front office.
Our class had a wonderful visit from a local author, who read from her new picture book and answered questions about how books are made.
Please make sure your child brings a reusable water bottle, since the fountains are being replaced with bottle-filling stations over break.
The school musical cast list will be posted outside the choir room on {day} at 3:00, and the first rehearsal will be the following Monday.
Seniors should check their email for information about cap and gown orders, which must be placed by {date}.
Our new after-school homework club meets Monday through Thursday in the library, with teachers available to help until 4:30.
The middle school science fair has a new category this year for engineering and design projects.
Families who would like to apply for free and reduced lunch can fill out the confidential form online at any time during the year.
Here is the link to the class photo gallery from the pumpkin patch trip, which is password-protected for families only.
Just a reminder that the spring musical runs {date} through {date}, with a matinee on Saturday at 2:00.
I'll be out on Thursday for a district training, and {tch} will be covering my classes with plans that I've left.
The district has approved a new calendar with a week-long break in February, so please plan family trips accordingly.
We had a fantastic field day, and I want to thank all the volunteers who ran the water balloon toss and the three-legged race.
""")

CH("school_hard", """
the fire drill was during my test so now i get extra time lol
cant believe the lockdown drill was during lunch my fries got cold
ms {last} said we get to do the poker probability thing tomorrow
the rifle team bus leaves at 6 am who does that
archery after school was so fun, my arms hurt tho
i have to write about the holocaust for history and its so sad
the hamlet speech is so long idk how im gonna memorize it
wait are we doing the true crime podcast in pairs or alone
our deca group is selling bracelets for the class project, the school store has them
the book fair has the new dog man book!!
my mom is buying raffle tickets for the gift basket
the counselor gave us stress balls for mental health week
my grandma passed away so i wont be at school monday
thank u for the card it made my day, my grandpa would've loved it
the nurse called my mom bc i had a fever
i have to take my allergy meds at the nurse every day now
the vaping prevention video in health was kinda cringe but true
the police were at pickup again, just for traffic tho
stage combat rehearsal went so well, nobody got hurt
i need a fake knife for the murder mystery play, where do i get one
my cooking class made pad thai and i cut the veggies
we're doing the mock crime scene in forensics tomorrow
the horror book i'm reading for english is actually scary
he got eliminated in the first round of the spelling bee but he was cool about it
""")

C("school", """
what room is the chess club in
can u check if the library has the book i need
i just realized the quiz is open book lol
who's bringing the speaker for the bus ride
my dad said he can drive us to the mall saturday
pls remind me to bring my permission slip
i'm so happy it's friday
how was ur weekend
my sister is coming home from college this weekend
the new math teacher is actually really nice
i have so many tests this week
we're watching a movie in spanish tomorrow
i got asked to homecoming!!!
do u wanna be partners for the science fair
the cafeteria ran out of chocolate milk again
i'm wearing my new shoes tomorrow
the choir teacher gave me a solo!!
my little brother is sick so i'm walking to school alone
can u grab my hoodie from the band room
the yearbook photos are up on the site
i'm gonna try out for the soccer team
omg the class trip is to the aquarium
""")

# --- fourth pass ---
H("district_notices", """
The district has been made aware of a scam email, made to look like it came from the principal, asking parents to buy gift cards; please delete it and do not reply.
We will never ask families to pay school fees with gift cards, cryptocurrency, or wire transfers, so please report any message that does.
A fake account on social media is claiming to sell tickets to graduation, but graduation tickets are free and only distributed to seniors at rehearsal.
Families should be aware of a text message scam offering "guaranteed scholarships" for a fee; real scholarships never charge you to apply.
Please be cautious of anyone selling yearbooks or spirit wear outside the official school store, since those orders are not connected to our school.
The technology department blocked a phishing email this morning that asked staff to enter their passwords to "verify payroll," and no accounts were affected.
The state attorney general's office has warned families about apps that promise teens money for completing surveys or recruiting friends.
Starting this year, district email filters will flag messages from outside senders that contain links, so you may see a caution banner on some PTA emails.
The board approved the new policy on student use of AI tools, which requires students to cite any help they get from a chatbot on an assignment.
The district's wellness policy limits sales of sugary snacks during the school day, which affects some fundraisers, so please check with the office before planning one.
Our enrollment office will be closed on {day} for training, and the online registration portal will remain available.
Due to a data breach at one of our vendors, some families may receive a letter about free credit monitoring, and no grades or health records were involved.
The district is hiring substitute teachers, bus drivers, and lunch aides, and applications can be submitted on the careers page.
""")

H("theatre_music", """
The props master has asked that no one touch the rubber knives or the plastic pistol on the prop table unless they are assigned to use them in a scene.
Because our fall play is a murder mystery, the fog machine and a recorded gunshot sound effect will be used in Act II, and signs will be posted at the doors.
Stage blood will be used in the final scene, so actors should wear their dark costumes and bring a change of clothes for the cast party.
Our spring musical is Little Shop of Horrors, and the puppet plant that eats the characters is being built by the tech crew as we speak.
In Arsenic and Old Lace, two sweet old ladies poison lonely gentlemen with elderberry wine, and it is one of the funniest plays in the American theater.
The one-act festival includes a student-written play about a family dealing with grief after a car accident, and the counselor helped the students prepare.
Actors in the fight scene rehearse every move at quarter speed before they are cleared to perform it at show speed.
The orchestra will perform Danse Macabre for the Halloween concert, which tells the story of skeletons dancing in a graveyard until the rooster crows.
The choir is singing a setting of a World War I poem at the Veterans Day assembly, and the lyrics are printed in the program.
For the music history unit, students will learn how the blues grew out of work songs and spirituals sung by enslaved people.
Our jazz band will play a set of standards at the senior center, including a few songs about heartbreak that the residents always request.
The costume crew needs old army jackets and combat boots for the M*A*S*H production, so check your basements and closets.
The cannon in the Les Misérables barricade scene is made of painted foam and a PVC pipe, and it is by far the heaviest prop the crew has built.
""")

H("esports_games_mail", """
The esports club will hold tryouts for the Rocket League and Mario Kart teams next week, and all games we play are rated E or T.
Parents have asked about the gaming club, so I want to clarify that we do not play shooter games at school, and all sessions are supervised.
Our Dungeons & Dragons club had a great session where the party battled a dragon and the students had to solve a riddle to escape the dungeon.
The board game club's Werewolf tournament was a hit, and several teachers were eliminated in the first round, which the students loved.
Chess club members will compete in the district blitz tournament, where each player gets three minutes to checkmate their opponent.
The Minecraft Education lesson asked students to build a historically accurate castle with walls, a moat, and defenses against a siege.
Video game design students will present their projects on {date}, including a platformer, a puzzle game, and a racing game.
If your child mentions "killing zombies" in coding club, they are talking about a simple Scratch game they are building, so don't worry.
The e-sports team placed second in the state Smash Bros. tournament, and {kid} made it to the final bracket.
""")

H("parents_misc", """
My son's doctor has prescribed a new medication for his anxiety, and he may feel tired for the first couple of weeks while he adjusts.
Could you tell me what the trip to the capital will cost in total, including meals, so we can plan our budget for the spring?
Is the overnight trip fee refundable if {kid} gets sick? We want to pay the deposit but aren't sure about the policy.
We're a hunting family, and I wanted to ask whether {kid} could write his how-to speech on cleaning a rifle, or whether that topic isn't allowed.
I'd rather {kid} not watch the war documentary in history because of his grandfather's recent death, so could there be an alternative assignment?
{kid} had her wisdom teeth out and will be on pain medication for a few days, so she may be a little foggy in class on {day}.
Our family lost my father last week, and {kid} will be out until Thursday for the funeral; thank you for your understanding.
I'd like to opt {kid} out of the sex education unit this year, and I'll send the signed form with her tomorrow.
We reviewed the health curriculum at the parent night and feel comfortable having our son take part in the healthy relationships lessons.
{kid} came home talking about the lockdown drill and seemed a little scared, so I wanted to let you know in case she brings it up.
My daughter loves the archery unit in PE and asked whether there is a club she could join outside of school.
Could you let me know which days the bake sale is? {kid} wants to make her famous lemon bars.
I bought five raffle tickets through the PTA website, but I never got the confirmation email, so could you check on that?
Is there a price list for the school store? {kid} keeps asking for money for a new hoodie.
Can you confirm whether the DECA competition fee covers the hotel, or whether families pay for rooms separately?
My son has been really into horror movies lately, and his creative writing story was inspired by one, so I hope the topic is okay for the assignment.
I'm sorry to bother you, but {kid} says someone keeps drawing on her notebook during science, and I wanted you to be aware.
""")

M("newsletter", """
Our class is starting a pen pal project with a 4th grade class in {town}, and students will write their first letters next week.
We noticed that a lot of students are coming to school without jackets, and the office has a closet of warm coats available for anyone who needs one.
I am so grateful for the outpouring of support for our classroom library drive; we received over 150 new books in a single week.
The new playground equipment will be installed over spring break, and the old structure will be donated to a community park.
The attendance office reminds families that a note or a phone call is needed within two days of any absence for it to be excused.
The 6th grade outdoor education trip is three days and two nights at Camp Silverpine, and the packing list is attached.
Several families asked about the reading levels in the class library, so I've attached a guide to how we help students choose just-right books.
The school will host a free vision clinic next month, where students can get eye exams and glasses at no cost to families.
The math department's new homework policy means that homework is graded for completion, and quizzes are where mastery is measured.
Please remind your child that earbuds should not be worn in the hallways for safety reasons during passing periods.
We are looking for community members to speak at career day, especially people who work in healthcare, construction, and technology.
The 8th grade dance will be held in the gym from 6 to 8 p.m., and students must be picked up by a parent or guardian promptly at 8.
Our science classes are raising trout eggs in a classroom tank and will release the fingerlings into Millrace Creek in the spring.
The library will be hosting a poetry slam during lunch on {day}, and students can sign up to read an original poem or a favorite one.
The music department is collecting used instruments that families no longer need, which will be repaired and loaned to students.
We have a new online system for checking out musical instruments and Chromebooks, and you'll see a confirmation email when your child borrows one.
Thank you for your patience as we work through the new bus routes; the first few weeks are always a little bumpy.
Because of the heat advisory, recess will be held indoors this afternoon, and after-school practices will move to the evening.
We had over 300 people at family math night, and the favorite game was the one with giant foam dice on the gym floor.
The {grade} grade team has decided to move the research project due date to after the break, which should ease the load for families.
Please note that the library's hours have changed, and it will now be open until 4:30 on Tuesdays and Thursdays for homework help.
I've received several questions about the new grading scale, so I'm attaching a one-page explanation along with examples.
The photography club's exhibit of portraits of school staff is hanging in the front hallway, and it has been a huge hit with everyone.
Our fifth graders raised money for the animal shelter by running a lemonade stand at the spring carnival, and they raised $412.
""")

C("school", """
wait is the field trip money due today or tomorrow
my mom said the trip costs 40 dollars is that right
the book fair closes friday, go before lunch
the bake sale had the best cookies omg
did u get the email about picture day
the yearbook club needs more photos of the dance
mr {last} gave us the whole period to work on the project
who took my pencil case lol
the library has new beanbags!!
i got into the honors class next year
i'm bringing snacks for the bus ride
ok the science fair was actually fun
can u send me the slides from today
the marching band sounded so good tonight
i'm so nervous for my driving test
remind me to return my library book
""")

# --- very long sentences (35-50 words), as principals and coaches actually write them ---
H("principal", """
As we prepare for Thursday's lockdown drill, I want to remind families that drills are a normal part of the school year, that teachers will explain each step to students beforehand, and that counselors will be available afterward for any child who feels anxious or upset.
Our threat assessment team, which includes an administrator, a counselor, the school psychologist, and our school resource officer, meets whenever a concern is reported, and in the vast majority of cases the outcome is a plan of support for the student rather than discipline.
Please take a moment this weekend to review the attached handbook pages on weapons, look-alike toys, and threatening statements with your child, since even a joke made in the lunch line can lead to a serious investigation and a lot of worry for other families.
Because several families asked why police officers were standing near the buses this afternoon, I want to clarify that they were helping with a traffic study at the {street} intersection and that nothing about today's dismissal was related to any safety concern at our school.
If your child ever hears a classmate say something that sounds like a threat, even if it seems like a joke, please encourage them to tell a teacher, use the anonymous tip line, or call the office, because we would always rather check and find nothing than miss something.
""")

H("counselor", """
In light of the recent death of a student at a neighboring high school, our counseling team will be available in the library before school, during lunch, and after school all week, and we encourage families to check in with their children about how they are feeling.
During Mental Health Awareness Week, each advisory class will spend twenty minutes a day on a short lesson about stress, sleep, friendship, and asking for help, and on Friday students can visit the wellness fair in the gym to meet local counselors and therapy dogs.
The staff suicide prevention training on {date} will be led by two clinicians from the {town} Behavioral Health Center, and it will cover warning signs, how to ask a student directly and kindly, and how to hand off a concern to our counselors the same day.
""")

H("coach", """
We crushed them on Friday night, and I loved the way this team moved the ball, talked on defense, and picked each other up after mistakes, but we have a short week before {opp}, so everyone needs to be at shooting drills by 3:15 on Monday.
This weekend's tournament schedule is attached, and please note that pool play starts at 8:00 a.m. on Saturday, that the bracket will be posted by 6:00 p.m., and that families should plan on the championship match ending around 4:30 on Sunday if we advance.
Per the athletic handbook, and as a reminder from the conference office, student-athletes may not place bets on any high school game, join paid fantasy contests, or share betting lines in team group chats, and violations will be handled by the athletic director.
""")

H("lessons_lit", """
Over the next three weeks we will read Of Mice and Men, which deals with loneliness, disability, violence, and the heartbreaking choice George makes at the end, so I encourage you to read along or ask your student about our daily discussions at dinner.
For Friday's Socratic seminar on The Things They Carried, students should come prepared with two passages that show how O'Brien mixes fact and fiction, one question about the story "On the Rainy River," and a short written reflection on what they themselves carry.
""")

H("fundraising", """
The PTA's spring auction and raffle raised more than $18,000 this year, which will pay for new library books, a buddy bench for the playground, and a visiting author for every grade, and we are so grateful to every family and local business that donated or bid.
Field trip payments for the three-day science camp are due {date}, and families can pay the full amount online, pay in two installments, or contact the counselor confidentially about a scholarship, since we never want cost to keep a student from going.
""")

M("newsletter", """
This month in our classroom we finished our fractions unit, started a new read-aloud, planted bean seeds for our plant life cycle study, and welcomed two new students, so please ask your child to tell you about the experiment we did with the wilting celery.
Conference sign-ups are now open through the link in the parent portal, and if none of the available times work for your family, please reply to this email and I will find another time before school, after school, or by phone in the evening.
Thank you to every family who came out to the fall festival on Saturday, which drew more than six hundred people, raised money for our library, and gave our student council a chance to run the most competitive cake walk in school history.
""")

# ===========================================================================
# Composed multi-clause sentences: opener + core + tail
# (cores are hand-written clauses; a few of each combination are sampled)
# ===========================================================================
OPENERS = [
    "Just a quick reminder that ", "I wanted to let you know that ", "As a reminder, ",
    "Quick update: ", "FYI, ", "Per our conversation, ", "Please note that ",
    "In case you missed it in Friday's newsletter, ", "Friendly reminder that ",
    "As mentioned at the parent meeting, ", "I also wanted to mention that ",
    "One more thing: ", "Heads up that ", "Good news: ",
]
TAILS = [
    ", and please let me know if you have any questions.",
    ", so please mark your calendars.",
    "; thank you for your patience and support.",
    ", and more details will follow in next week's newsletter.",
    ", and the flyer is attached to this email.",
    ", so feel free to reply to this email if anything is unclear.",
    ".",
    ", and as always, thank you for partnering with us.",
    "; please share this with anyone in your household who picks up.",
    ", and you can find the full details on the school website.",
]
CORES_HARD = [
    "the lockdown drill is scheduled for {day} morning during 2nd period",
    "our ALICE drill will take place on {date}, and students will practice both lockdown and evacuation",
    "the vaping prevention night for families is {date} at {time} in the library",
    "staff suicide prevention training is this {day} during the PD block",
    "the human trafficking awareness module for staff is due by {date}",
    "the sex education opt-out form is due to the health teacher by {date}",
    "the raffle drawing for the quilt will be held at the spring concert",
    "PTA raffle tickets are still available in the front office for {price} each",
    "the booster club will be selling hoodies and hats at Friday's game",
    "yearbook sales close on {date}, and the price goes up after that",
    "the book fair runs all next week, and students can shop during library time",
    "the bake sale for the 8th grade trip is {day} during both lunch periods",
    "the silent auction at the spring gala closes at 8:30 p.m.",
    "field trip payments for the museum are due by {date}",
    "our Holocaust unit begins on {day}, and the family letter explains what students will read",
    "the Of Mice and Men essay is due {date}, and students can stay after school for help",
    "the Hamlet soliloquy performances are next {day}",
    "students will calculate the odds of poker hands in the probability lab on {day}",
    "the economics lesson on lotteries and pyramid schemes will wrap up this week",
    "our marketing class will be selling their products at the school store during lunch",
    "the DECA district conference is {date}, and the bus leaves at 6:45 a.m.",
    "the grief support group will continue to meet on {day}s at lunch",
    "counselors will be available all week for any student affected by the loss",
    "medication authorization forms must be renewed for the new school year",
    "the anti-bullying assembly will take place on {day} at 9:15 in the gym",
    "police officers will be helping with traffic during dismissal this week",
    "the updated weapons policy is on page 18 of the student handbook",
    "the threat assessment policy was updated by the school board this month",
    "the athletic handbook now includes a section on the sports betting ban",
    "the rifle team's home match has been moved to {date}",
    "archery club will meet in the auxiliary gym instead of the field this week",
    "the hunter safety course at the {town} community center still has a few open seats",
    "the stage combat workshop for the fall play is {day} after school",
    "Culinary I students will start their knife skills unit on {day}",
    "the consent and healthy relationships lessons begin next week in all 9th grade health classes",
    "Mental Health Awareness Week starts on Monday, with a different activity each day",
    "we crushed {opp} last night and are now 8-1 in conference play",
    "shooting drills will start at 3:15 sharp tomorrow",
    "the true-crime podcast project proposals are due by {date}",
    "the chemistry demo on the history of dynamite in mining is on {day}",
]
CORES_ORD = [
    "picture day is {date}, and order forms are in your child's folder",
    "conferences will be held on {date} and {date}",
    "the school will be closed on Monday for the holiday",
    "the fall concert starts at {time} in the gym",
    "report cards will be posted to the parent portal on {date}",
    "the 5th grade field trip to the science center is next {day}",
    "the library is collecting overdue books before winter break",
    "our class is out of tissues and hand sanitizer",
    "the bus schedule for the Orchard Lane route has changed",
    "the science fair project proposals are due {date}",
    "spirit week starts on Monday, with a different theme each day",
    "the drop-off line now opens at 7:35",
    "the early release day is this {day}",
    "the winter coat drive continues through the end of the month",
    "the spelling bee is {date} at {time} in the cafeteria",
    "kindergarten registration for next year is now open",
    "the family reading night is {date} from 6 to 7:30",
    "the new lunch menu for next month is posted online",
    "school pictures will be delivered to homerooms next week",
    "the math night for families is {day} at 6:00",
    "the band's winter concert has been moved to {date}",
    "the robotics team will demo their robot at the open house",
    "the district survey about the school calendar closes {date}",
    "the lost and found will be donated at the end of the month",
    "Chromebooks must be charged and brought to school every day",
]


def composed(rng, cores, per_core):
    out = []
    for core in cores:
        # a core that already has ", and" gets a tail without another ", and"
        tails = [i for i, t in enumerate(TAILS) if "," not in core or not t.startswith(", and")]
        picks = set()
        for _ in range(per_core * 3):
            if len(picks) >= per_core:
                break
            picks.add((rng.randrange(len(OPENERS)), rng.choice(tails)))
        for oi, ti in sorted(picks):
            s = OPENERS[oi] + core + TAILS[ti]
            out.append(s[0].upper() + s[1:])
    return out


# ===========================================================================
# Mail furniture: greetings, sign-offs, reply/forward headers, signatures,
# disclaimers, mobile footers, lists of dates and times
# ===========================================================================
WKD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]

SUBJECTS_HARD = [
    "Lockdown drill Thursday", "ALICE training reminder", "Vaping prevention night",
    "Of Mice and Men essay", "Hamlet soliloquy performances", "Holocaust unit family letter",
    "Raffle tickets", "Silent auction items", "Booster club spirit wear sale",
    "Threat assessment policy update", "Weapons policy reminder", "Sports betting reminder from the AD",
    "Hunter safety course", "Grief support this week", "Suicide prevention training (staff)",
    "Human trafficking awareness module due Friday", "Sex ed opt-out form",
    "Medication authorization form", "Bullying concern", "Anti-bullying assembly",
    "Police at dismissal this week", "Secure hold this afternoon", "Shooting drills tomorrow",
    "We crushed it!", "True crime podcast project", "Poker hands worksheet",
    "Pyramid scheme lesson", "DECA product sale", "Archery club", "Rifle team schedule",
    "Stage combat rehearsal", "Knife skills lab", "Mental Health Awareness Week",
    "Dress code and cell phone policy", "Healthy relationships unit",
    "War poetry assignment", "The Things They Carried reading schedule", "Bake sale volunteers",
    "Yearbook sales end soon", "Field trip payment due",
]
SUBJECTS_ORD = [
    "Conference schedule", "Picture day", "Field trip permission slip", "Quick question",
    "Absence tomorrow", "Spring concert", "Homework this week", "Science fair",
    "Bus change", "Report cards", "Volunteer sign-up", "Reading log", "Math test Friday",
    "Parent portal login", "Class party", "Lost library book", "Early pickup",
    "IEP meeting", "Weekly update", "Practice schedule", "Snack sign-up",
    "Chromebook repair", "Spirit week", "Book report", "Thank you!",
]
HARD_TITLES = [
    "School Counselor", "School Nurse, RN, BSN", "Student Assistance Program Coordinator",
    "Prevention Specialist", "Safety and Security Coordinator", "Title IX Coordinator",
    "School Resource Officer, {town} Police Department", "Head Coach, JROTC Air Rifle Team",
    "Archery Club Advisor", "Threat Assessment Team Lead", "Crisis Response Team Coordinator",
    "Health and Wellness Teacher", "Director of Student Safety", "Athletic Director",
    "Head Varsity Wrestling Coach", "Head Coach, Girls' Basketball", "Culinary Arts Instructor",
    "Fight Director, Theatre Department", "FFA Advisor and Agriculture Teacher",
    "DECA Advisor, Marketing Education", "Social Worker, Grades 6-8",
]
ORD_TITLES = [
    "7th Grade Science", "Principal", "Assistant Principal", "School Secretary",
    "3rd Grade Teacher", "Library Media Specialist", "Special Education Teacher",
    "English Department Chair", "Band Director", "Attendance Clerk", "PTA President",
    "Registrar", "Math Interventionist", "Kindergarten Teacher", "Front Office Manager",
    "Transportation Coordinator", "Instructional Coach", "Art Teacher, K-5",
    "AP Chemistry and Physics", "World Language Department", "Food Services Manager",
    "Technology Integration Specialist", "Yearbook Advisor", "Spanish I & II",
]
DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This email and any attachments are intended only for the named recipient and may contain confidential student information protected under FERPA.",
    "If you have received this message in error, please notify the sender immediately and delete it from your system.",
    "This message may contain confidential information; any unauthorized review, use, disclosure, or distribution is prohibited.",
    "Emails sent to and from {district} accounts are subject to public records requests and may be disclosed.",
    "Please do not reply to this automated message; this mailbox is not monitored.",
    "The information in this email is intended solely for the addressee and may be legally privileged.",
    "{district} does not discriminate on the basis of race, color, national origin, sex, disability, or age in its programs and activities.",
    "If you are experiencing an emergency, please call 911; this email account is not monitored after school hours.",
    "This email was sent to families of {school} through the district's messaging system; you can change your notification settings in the parent app.",
    "To unsubscribe from non-emergency school messages, reply STOP or update your preferences in the parent portal.",
    "Student information in this email is confidential and should not be forwarded without the consent of the family.",
    "Please consider the environment before printing this email.",
    "Any views expressed in this email are those of the individual sender and do not necessarily reflect the views of {district}.",
    "This message has been scanned for viruses and dangerous content and is believed to be clean.",
    "Caution: This email originated from outside the district; do not click links or open attachments unless you recognize the sender.",
    "[EXTERNAL EMAIL] Use caution with links and attachments from senders outside {district}.",
    "If you are concerned about a student's safety, do not rely on email; call the school office or 911 immediately.",
    "My working hours may not be your working hours; please do not feel obligated to reply outside of your normal schedule.",
    "I check email between 7:30 a.m. and 4:00 p.m. on school days and will respond within one business day.",
    "Under state law, email addresses are public records; if you do not want your email address released, do not send email to this entity.",
    "This communication is from the {school} Athletic Department and is intended for players and families on the current roster.",
    "Translation of this message is available upon request; please contact the main office.",
    "Esta información está disponible en español; comuníquese con la oficina principal.",
    "The counseling office keeps student conversations confidential except when a student's safety or someone else's safety is at risk.",
    "This email may contain privileged health information; if you are not the intended recipient, please delete it and notify the health office.",
    "Reminder: the district will never ask you for your password or for payment by gift card over email.",
]
MOBILE = [
    "Sent from my iPhone", "Sent from my iPad", "Sent from my Galaxy", "Sent from my Android",
    "Sent from Outlook for iOS", "Get Outlook for Android", "Sent from Yahoo Mail on Android",
    "Sent from Mail for Windows", "Sent from my Verizon, Samsung Galaxy smartphone",
    "Please excuse typos; sent from my phone.", "Sent from my phone, please excuse brevity.",
    "Sent from my iPhone, so apologies for any autocorrect weirdness.",
    "Typed with thumbs on the sideline, sorry for the typos.", "Sent from the bleachers",
    "Sent via the Remind app", "Sent via ParentSquare", "Sent from Gmail Mobile",
]
LIST_EVENTS_HARD = [
    "Lockdown drill (no emergency)", "ALICE staff training", "Vaping prevention night",
    "Raffle drawing", "Silent auction closes", "Booster club sale", "Bake sale",
    "Yearbook sales end", "Book fair", "Anti-bullying assembly", "Grief support group",
    "Suicide prevention training (staff)", "Sex ed opt-out forms due", "Hamlet soliloquy due",
    "Of Mice and Men essay due", "Holocaust museum field trip", "DECA district conference",
    "Archery club", "Rifle team match", "Stage combat rehearsal", "Fire drill",
    "Shooting drills", "Tournament", "Weigh-ins", "Medication forms due",
    "Threat assessment team meeting", "Red Ribbon Week kickoff", "Hunter safety course",
]
LIST_EVENTS_ORD = [
    "Picture day", "No school (teacher workday)", "Early release", "Conferences",
    "Spring concert", "Science fair", "Field trip", "Report cards posted", "PTA meeting",
    "Spirit day", "Practice", "Home game", "Away game", "Band rehearsal", "Open house",
    "Spelling bee", "Math night", "Library books due", "Permission slips due", "Late start",
]


def _rand_date(rng):
    d = datetime.date(2025, 8, 20) + datetime.timedelta(days=rng.randrange(0, 640))
    return d


def _clock(rng):
    h = rng.randint(6, 22)
    m = rng.randrange(0, 60)
    ap = "AM" if h < 12 else "PM"
    return "%d:%02d %s" % (h if h <= 12 else h - 12, m, ap)


def _person(rng):
    return "%s %s" % (rng.choice(ADULT_FIRST), rng.choice(LAST))


def _email(rng, name, staff=None):
    first, last = name.split(" ", 1)
    if staff is None:
        staff = rng.random() < 0.5
    if staff:
        return "%s%s@%s" % (first[0].lower(), last.lower(), rng.choice(DOMAINS))
    sep = rng.choice([".", "_", ""])
    num = rng.choice(["", "", str(rng.randint(1, 99))])
    return "%s%s%s%s@%s" % (first.lower(), sep, last.lower(), num, rng.choice(MAIL_HOSTS))


def furniture(rng):
    """Return a list of (text, hard, topic)."""
    out = []

    def add(text, hard, topic):
        out.append((text, hard, topic))

    # greetings
    titles = ["Ms.", "Mr.", "Mrs.", "Dr."]
    gtemps = [
        "Hi {T} {L},", "Hello {T} {L},", "Dear {T} {L},", "Good morning {T} {L},",
        "Good afternoon, {T} {L}.", "Hi Coach {L},", "Hey Coach {L}!", "Hi {F},", "Hello {F},",
        "Dear {F} and {F2},", "Hi {K}'s family,", "To the family of {K},",
        "Dear Parents and Guardians,", "Dear {M} Families,", "Good evening, {S} families,",
        "Hello {G} grade families!", "Hi team,", "Hi all,", "Hey everyone,", "Hello everyone,",
        "Dear Staff,", "Good morning, colleagues,", "Hi {sub} students,", "Dear PTA members,",
        "Hi again,", "Hello, {M} community!", "Dear Families of Room {R},",
        "Hi {K} and family,", "Dear Principal {L},", "Hi Nurse {L},", "Dear Coach {L} and staff,",
        "Greetings from the counseling office!", "Hello from the health office,",
        "Happy Monday, families!", "Hi wrestlers and families,", "Good morning, Falcons!",
        "Dear Archery Club families,", "Hi rifle team families,", "Hello cast and crew,",
        "Hi {F} (and {K}!),",
    ]
    for gt in gtemps:
        seen = set()
        for _ in range(5 if "{" in gt else 1):
            s = gt
            s = s.replace("{T}", rng.choice(titles)).replace("{L}", rng.choice(LAST))
            s = s.replace("{F2}", rng.choice(ADULT_FIRST)).replace("{F}", rng.choice(ADULT_FIRST))
            s = s.replace("{K}", rng.choice(BOYS + GIRLS)).replace("{M}", rng.choice(MASCOTS))
            s = s.replace("{S}", rng.choice(SCHOOL_SHORT)).replace("{G}", rng.choice(GRADES))
            s = s.replace("{sub}", rng.choice(SUBJECTS)).replace("{R}", str(rng.randint(101, 230)))
            if s not in seen:
                seen.add(s)
                hard = any(w in s for w in ("rifle", "Archery", "wrestlers"))
                add(s, hard, "greeting")

    # sign-offs
    plain_signoffs = [
        "Thanks so much!", "Thank you!", "Thanks again,", "Thanks in advance!", "Best,",
        "All the best,", "Warmly,", "Sincerely,", "Respectfully,", "Kind regards,", "Cheers,",
        "Take care,", "Have a great weekend!", "Enjoy the long weekend!", "Stay warm out there!",
        "With gratitude,", "In partnership,", "Go {M}!", "Let me know if you have any questions!",
        "Please don't hesitate to reach out with any questions.", "Looking forward to a great year!",
        "See you tomorrow!", "Thanks for reading!", "Thanks for your help with this.",
        "Feel free to call or email anytime.", "Have a restful break!",
        "Thank you for sharing your child with us.", "Onward!", "Go team!",
        "Happy reading!", "Stay safe and warm,", "Until next week,",
    ]
    for s in plain_signoffs:
        add(s.replace("{M}", rng.choice(MASCOTS)), False, "signoff")
    stemps = [
        "Best, Coach {L}", "Thanks, Coach {L}", "Go {M}! Coach {L}", "Warmly, {T} {L}",
        "Sincerely, {P}", "Best regards, {P}", "Thanks, {F} ({K}'s mom)", "Thank you, {F} ({K}'s dad)",
        "Thanks so much, {F} {L}", "Best, {T} {L} and the {G} grade team",
        "With gratitude, the {S} PTA", "Respectfully, {P}, Principal",
        "Thanks! -{F}", "- {T} {L}", "Cheers, {F}", "Take care, Nurse {L}",
        "Warmly, the {S} Counseling Team", "Go {M}! The {S} Athletic Boosters",
        "Sincerely, {P}, on behalf of the {S} Safety Team", "Your partner in learning, {T} {L}",
    ]
    for st in stemps:
        seen = set()
        for _ in range(4):
            s = st.replace("{T}", rng.choice(titles)).replace("{L}", rng.choice(LAST))
            s = s.replace("{P}", _person(rng)).replace("{F}", rng.choice(ADULT_FIRST))
            s = s.replace("{K}", rng.choice(BOYS + GIRLS)).replace("{M}", rng.choice(MASCOTS))
            s = s.replace("{S}", rng.choice(SCHOOL_SHORT)).replace("{G}", rng.choice(GRADES))
            if s not in seen:
                seen.add(s)
                add(s, "Safety Team" in s, "signoff")

    # reply / forward headers
    for i in range(120):
        d = _rand_date(rng)
        name = _person(rng)
        em = _email(rng, name)
        clock = _clock(rng)
        subj_hard = rng.random() < 0.5
        subj = rng.choice(SUBJECTS_HARD if subj_hard else SUBJECTS_ORD)
        kind = i % 10
        if kind == 0:
            s = "On %s, %s %d, %d at %s %s <%s> wrote:" % (
                WKD[d.weekday()], MON3[d.month - 1], d.day, d.year, clock, name, em)
            add(s, False, "reply-header")
        elif kind == 1:
            s = "On %s, %s %d, %d at %s %s wrote:" % (
                WKD[d.weekday()], MON3[d.month - 1], d.day, d.year, clock, name)
            add(s, False, "reply-header")
        elif kind == 2:
            s = "On %s %d, %d, at %s, %s <%s> wrote:" % (
                MON3[d.month - 1], d.day, d.year, clock.replace(" ", "\u202f"), name, em)
            add(s, False, "reply-header")
        elif kind == 3:
            s = "From: %s <%s>" % (name, em)
            add(s, False, "reply-header")
        elif kind == 4:
            s = "Sent: %s, %s %d, %d %s" % (WEEKDAY[d.weekday()], MONTH[d.month - 1], d.day,
                                            d.year, clock)
            add(s, False, "reply-header")
        elif kind == 5:
            s = "Subject: %s %s" % (rng.choice(["RE:", "Re:", "FW:", "Fwd:", "RE: RE:"]), subj)
            add(s, subj_hard, "reply-header")
        elif kind == 6:
            other = _person(rng)
            s = "To: %s <%s>; %s <%s>" % (name, em, other, _email(rng, other))
            add(s, False, "reply-header")
        elif kind == 7:
            s = "Date: %s, %s %d, %d at %s" % (WKD[d.weekday()], MON3[d.month - 1], d.day,
                                              d.year, clock)
            add(s, False, "forward-header")
        elif kind == 8:
            s = "> On %s, %s %d, %d at %s %s wrote:" % (
                WKD[d.weekday()], MON3[d.month - 1], d.day, d.year, clock, name)
            add(s, False, "reply-header")
        else:
            s = "Subject: %s" % subj
            add(s, subj_hard, "forward-header")
    for s in ["---------- Forwarded message ---------", "Begin forwarded message:",
              "-----Original Message-----", "-------- Original message --------",
              "________________________________", "---------- Original Message ----------",
              "Forwarded message from the district office:", "-----Original Appointment-----",
              "Sent by the {S} Front Office via School Messenger"]:
        add(s.replace("{S}", rng.choice(SCHOOL_SHORT)), False, "forward-header")

    # signatures
    for i in range(100):
        name = _person(rng)
        hard = rng.random() < 0.45
        title = rng.choice(HARD_TITLES if hard else ORD_TITLES).replace("{town}", rng.choice(TOWNS))
        school = rng.choice(SCHOOLS)
        k = i % 7
        if k == 0:
            s = "%s | %s | %s" % (name, title, school)
        elif k == 1:
            s = "%s, %s" % (title, school)
        elif k == 2:
            s = "%s, %s | %s" % (name, rng.choice(["M.Ed.", "M.A.", "Ed.D.", "NBCT", "LPC", "LCSW"]), title)
        elif k == 3:
            s = "%s | Office: (555) 01%d-%04d | %s" % (title, rng.randint(0, 9),
                                                      rng.randint(0, 9999), _email(rng, name, True))
        elif k == 4:
            s = "%s - %s - %s" % (name, title, rng.choice(DISTRICTS))
        elif k == 5:
            s = "%s (%s) | %s" % (name, rng.choice(["she/her", "he/him", "they/them"]), title)
        else:
            s = "%s, %s, %s" % (title, school, "%d %s, %s" % (rng.randint(100, 9999),
                                                             rng.choice(STREETS), rng.choice(TOWNS)))
        add(s, hard, "signature")
    extra_sig = [
        "Office hours: Monday through Thursday, 7:30 to 3:30", "Phone: (555) 010-4471, ext. 2214",
        "Fax: (555) 010-4480", "\"Every student, every day.\"", "Proud home of the {M}!",
        "Pronouns: she/her/hers", "Counseling Office: Room 112, open 7:15 a.m. to 3:45 p.m.",
        "Health Office: (555) 010-3390 | Fax: (555) 010-3391",
        "Athletics hotline for cancellations: (555) 010-7700",
        "Follow us on the district app for game-day updates!",
        "Book a conference with me using the link in my signature.",
        "Remind class code: @{S}{G}", "Connect with us: {S} PTA on the district app",
        "National Board Certified Teacher", "Certified Athletic Trainer (ATC)",
        "NASP Basic Archery Instructor", "Certified Range Safety Officer",
        "QPR Gatekeeper Instructor", "Youth Mental Health First Aid Instructor",
        "If you or someone you know is struggling, call or text 988.",
    ]
    for s in extra_sig:
        s = s.replace("{M}", rng.choice(MASCOTS)).replace("{S}", rng.choice(SCHOOL_SHORT).replace(" ", "").lower())
        s = s.replace("{G}", str(rng.randint(6, 12)))
        hard = any(w in s for w in ("Archery", "Range", "QPR", "988", "Mental"))
        add(s, hard, "signature")

    # disclaimers
    for dtext in DISCLAIMERS:
        seen = set()
        for _ in range(3 if "{" in dtext else 1):
            s = dtext.replace("{district}", rng.choice(DISTRICTS)).replace("{school}", rng.choice(SCHOOLS))
            if s not in seen:
                seen.add(s)
                hard = any(w in s for w in ("safety", "emergency"))
                add(s, hard, "disclaimer")

    for s in MOBILE:
        add(s, False, "mobile")

    # quoted text of an earlier message ("> " prefix), drawn from the hand-written tables
    quotable = [(b, True) for k in ("coach", "nurse", "safety", "fundraising", "counselor")
                for b in HARD[k]] + [(b, False) for k in ("short_mail", "parent_notes",
                                                          "teacher_update", "logistics")
                                     for b in MAIL[k]]
    for base, hard in rng.sample(quotable, 90):
        add("> " + fill(base, rng), hard, "quoted")

    # lists of dates and times
    bullets = ["", "• ", "- ", "* ", "", "– "]
    for i in range(150):
        d = _rand_date(rng)
        hard = rng.random() < 0.5
        ev = rng.choice(LIST_EVENTS_HARD if hard else LIST_EVENTS_ORD)
        t1 = rng.choice(TIMES)
        b = rng.choice(bullets)
        k = i % 8
        if k == 0:
            s = "%s%s %d/%d: %s, %s" % (b, WKD[d.weekday()], d.month, d.day, ev, t1)
        elif k == 1:
            s = "%s%s, %s %d – %s (%s)" % (b, WEEKDAY[d.weekday()], MONTH[d.month - 1], d.day,
                                             ev, rng.choice(FIELDS + ROOMS))
        elif k == 2:
            s = "%s%s %d — %s (%s to %s)" % (b, MON3[d.month - 1], d.day, ev, t1, rng.choice(TIMES))
        elif k == 3:
            s = "%d. %s: %s, %s %d" % (rng.randint(1, 6), ev, WEEKDAY[d.weekday()],
                                       MONTH[d.month - 1], d.day)
        elif k == 4:
            opp = rng.choice(OPPONENTS)
            s = "%s%s %d/%d vs. %s, JV %s / Varsity %s" % (
                b, WKD[d.weekday()], d.month, d.day, opp, t1, rng.choice(TIMES))
            hard = False
        elif k == 5:
            opp = rng.choice(OPPONENTS)
            s = "%s%s, %s %d: away at %s, bus departs %s" % (
                b, WEEKDAY[d.weekday()], MON3[d.month - 1], d.day, opp, t1)
            hard = False
        elif k == 6:
            s = "%sWeek of %s %d: %s" % (b, MONTH[d.month - 1], d.day, ev)
        else:
            s = "%s%s | %s %d | %s | %s" % (b, ev, MON3[d.month - 1], d.day, t1,
                                            rng.choice(ROOMS + FIELDS))
        add(s, hard, "list")
    hand_lists = [
        "What to bring: water bottle, sunscreen, a hat, and a packed lunch with no glass containers.",
        "Items still needed for the bake sale: brownies, gluten-free cookies, napkins, and a cash box.",
        "Agenda: 1) welcome, 2) budget vote, 3) carnival update, 4) principal's report, 5) questions.",
        "Tournament schedule: pool play 8:00-12:00, bracket play begins at 1:00, championship around 4:30.",
        "Week 1: Night, sections 1-3; Week 2: sections 4-6; Week 3: survivor testimony and final essay.",
        "Hamlet schedule: Act I by Monday, Act II by Thursday, soliloquy performances the following Tuesday.",
        "Drill calendar: fire drill in September, lockdown in October, severe weather in November.",
        "Supply list: two composition notebooks, a box of colored pencils, glue sticks, and headphones.",
        "Practice times: Monday and Wednesday 3:30-5:00, Friday 3:30-4:30, Saturday 9:00-11:00.",
        "Costs: bus $18, museum admission $12, lunch $8; total $38 per student.",
        "Volunteer shifts: 10:30-11:30, 11:30-12:30, and 12:30-1:30 in the cafeteria.",
        "Wrestling weigh-ins: 7:00 a.m.; first round: 9:00 a.m.; finals: approximately 3:00 p.m.",
        "Raffle prizes: a family zoo pass, a pizza party for your child's class, and a reserved parking spot for a month.",
        "Spirit week: Monday - pajama day, Tuesday - twin day, Wednesday - sports day, Thursday - decades day, Friday - school colors.",
        "Medication forms, immunization records, and emergency contacts are all due by the first day of school.",
        "Office hours this week: Monday 7:15-7:45, Wednesday after school until 4:00, and Thursday at lunch.",
        "Archery club dates: Sept. 10, Sept. 24, Oct. 8, Oct. 22, and Nov. 5, 3:15-4:30 in the aux gym.",
        "Range day checklist: eye protection, ear protection, team jacket, and your signed safety card.",
        "Grief resources: school counselors, the district crisis line, and the {town} Hospice youth program.",
        "Attachments: Vaping Prevention Night flyer.pdf; Medication Authorization Form.pdf",
        "Attachments: Lockdown Drill Family Letter.pdf",
        "Attachment: Of Mice and Men essay rubric.docx",
        "Attachment: Sex Ed Opt-Out Form (English and Spanish).pdf",
        "Attachments: Raffle ticket order form.pdf, Auction donation form.pdf",
        "Attachment: Field trip permission slip.pdf",
        "Attachment: Week 6 newsletter.pdf",
    ]
    for s in hand_lists:
        s = s.replace("{town}", rng.choice(TOWNS))
        hard = any(w in s.lower() for w in ("raffle", "hamlet", "night,", "drill", "wrestling",
                                            "archery", "range", "grief", "vaping", "mice",
                                            "sex ed", "medication", "bake sale", "lockdown"))
        add(s, hard, "list")
    return out


# ===========================================================================
# Build
# ===========================================================================
EXTRA_FILLS_MAIL = 2       # extra slot fillings for mail bases with slots
EXTRA_FILLS_CHAT = 1
P_VARIANT_CHAT = 0.7       # chance a chat base also gets one surface variant
COMPOSED_PER_CORE = 3
SAD_CHAT = {"chat-school_hard"}
FURNITURE_TOPICS = {"greeting", "signoff", "reply-header", "forward-header", "signature",
                    "disclaimer", "mobile", "list", "quoted"}


def norm(text):
    t = re.sub(r"\s+", " ", text.replace("\u202f", " ")).strip().lower()
    return t.rstrip(".!?")


def load_existing():
    keys = set()
    for path in EXISTING:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    keys.add(norm(json.loads(line)["text"]))
    return keys


def build():
    rng = random.Random(SEED)
    existing = load_existing()
    seen = set()
    records = []
    stats = collections.Counter()

    def add(text, hard, topic, how):
        t = re.sub(r"[ \t]+", " ", text or "").strip()
        if not t:
            return False
        key = norm(t)
        if key in seen:
            return False
        if key in existing:
            stats["dropped-existing"] += 1
            return False
        seen.add(key)
        style = "%s:%s" % ("hard-mail" if hard else "mail", topic)
        records.append({"text": t, "labels": [], "style": style})
        stats["total"] += 1
        stats["hard" if hard else "ordinary"] += 1
        stats[style] += 1
        stats["how/" + how] += 1
        if topic.startswith("chat-"):
            stats["chat"] += 1
        elif topic in FURNITURE_TOPICS:
            stats["furniture"] += 1
        else:
            stats["mail-body"] += 1
        if len(t.split()) >= 20:
            stats["long"] += 1
        return True

    def run(table, hard, extra, p_variant, chat):
        for topic, bases in table.items():
            for base in bases:
                stats["bases"] += 1
                first = fill(base, rng)
                add(first, hard, topic, "base")
                if has_slots(base):
                    for _ in range(extra):
                        for _try in range(4):
                            if add(fill(base, rng), hard, topic, "slot"):
                                break
                if chat and rng.random() < p_variant:
                    for _try in range(3):
                        v = vary_chat(first, rng, sad=topic in SAD_CHAT)
                        if v and add(v, hard, topic, "variant"):
                            break

    run(HARD, True, EXTRA_FILLS_MAIL, 0, False)
    run(MAIL, False, EXTRA_FILLS_MAIL, 0, False)
    for s in composed(rng, CORES_HARD, COMPOSED_PER_CORE):
        add(fill(s, rng), True, "composed", "composed")
    for s in composed(rng, CORES_ORD, COMPOSED_PER_CORE):
        add(fill(s, rng), False, "composed", "composed")
    for text, hard, topic in furniture(rng):
        add(text, hard, topic, "furniture")
    run(CHAT_HARD, True, EXTRA_FILLS_CHAT, P_VARIANT_CHAT, True)
    run(CHAT, False, EXTRA_FILLS_CHAT, P_VARIANT_CHAT, True)
    return records, stats


def main():
    for name, table in (("hard", HARD), ("mail", MAIL), ("chat-hard", CHAT_HARD), ("chat", CHAT)):
        flat = [b.lower() for v in table.values() for b in v]
        dup = [b for b, c in collections.Counter(flat).items() if c > 1]
        assert not dup, "duplicate %s bases: %r" % (name, dup[:5])

    records, stats = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("wrote %s" % OUT)
    print("total distinct sentences: %d" % stats["total"])
    print("  hard-mail: %d   mail: %d" % (stats["hard"], stats["ordinary"]))
    print("  mail body: %d   mail furniture: %d   student chat: %d"
          % (stats["mail-body"], stats["furniture"], stats["chat"]))
    print("  long (20+ words): %d" % stats["long"])
    print("  hand-written bases %d -> base %d, extra slot fills %d, composed %d, "
          "furniture %d, chat variants %d"
          % (stats["bases"], stats["how/base"], stats["how/slot"], stats["how/composed"],
             stats["how/furniture"], stats["how/variant"]))
    print("  dropped as already in negatives.jsonl/positives.jsonl: %d" % stats["dropped-existing"])
    print("per style:")
    for style in sorted(k for k in stats if ":" in k):
        print("  %-34s %4d" % (style, stats[style]))

    assert stats["total"] >= MIN_TOTAL, stats["total"]
    assert stats["chat"] >= MIN_CHAT, stats["chat"]
    assert stats["furniture"] >= MIN_FURNITURE, stats["furniture"]
    assert stats["long"] >= MIN_LONG, stats["long"]
    assert stats["how/variant"] < stats["chat"] / 2, "chat variants must stay a minority"
    assert all(r["labels"] == [] for r in records)
    keys = [norm(r["text"]) for r in records]
    assert len(keys) == len(set(keys))
    assert not (set(keys) & load_existing())
    assert not any(SLOT_RE.search(r["text"]) for r in records), "unfilled slot"
    assert max(len(r["text"].split()) for r in records) <= 50, "sentences stay within 50 words"


if __name__ == "__main__":
    main()
