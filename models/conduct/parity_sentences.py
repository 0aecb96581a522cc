#!/usr/bin/env python3
"""Deterministic parity sentence list for the Swift MiniLM tokenizer/encoder (stdlib only).

  python3 parity_sentences.py [OUT.json]   (default: Tests/ClassifierTests/Reference/sentences.json)

Ordinary school-mail and chat text, mechanical variations of it, hard tokenizer
cases (Unicode, control characters, special-token strings, [UNK] words) and long
inputs that cross the 128-token limit. No randomness: same output every run.
"""
import json, sys
from pathlib import Path

BASE = """\
Reminder: parent-teacher conferences are next Thursday from 3:30 to 6 pm.
Please return the signed permission slip for the museum trip by Friday.
The library will be closed on Monday for inventory.
Can someone send me the notes from today's chemistry lecture?
Our soccer practice is moved to the north field because of the rain.
I forgot my calculator at home, can I borrow yours in second period?
The cafeteria is serving tacos and a vegetarian chili for lunch tomorrow.
Grades for the midterm exam have been posted on the portal.
Don't forget that the science fair projects are due in two weeks.
Is the math homework the odd problems or the even ones?
Thanks so much for helping me with the essay outline yesterday.
The school bus on route 12 will be about twenty minutes late this morning.
We need three more volunteers for the bake sale on Saturday.
Band rehearsal is cancelled tonight; the director is out sick.
Who wants to study together for the history quiz after school?
Please bring a water bottle and sunscreen for field day.
The drama club auditions start at 4 in the auditorium.
My internet went down, so I couldn't submit the assignment on time.
Could you explain the difference between mitosis and meiosis again?
The new schedule for spring break is attached to this email.
Happy birthday, Maya! Hope you have an amazing day.
I'll be five minutes late, save me a seat please.
Does anyone know if the gym is open during lunch?
Mr. Alvarez said the lab reports can be typed or handwritten.
The yearbook photos will be taken on Wednesday, so dress nicely.
Please remember to charge your laptops before class.
Our team won the regional debate tournament this weekend!
The fire drill is scheduled for 10:15 tomorrow morning.
Can you share the slides from the presentation?
I really liked the book we read in English class.
Let's meet by the main entrance at 8 sharp.
The chess club is looking for new members of all skill levels.
There's a substitute teacher in Spanish today.
Lost and found is overflowing, please check for your jackets.
The field trip to the aquarium has been rescheduled to May 3rd.
What page are we supposed to read up to for tomorrow?
The robotics team needs help soldering the new sensors.
Please do not park in the staff lot during the concert.
I think the answer to question four is 42, but I'm not sure.
Congratulations to all the students on the honor roll this semester.
Snow day! School is closed and all activities are cancelled.
Is anyone else having trouble logging into the homework site?
The art show opens Friday evening in the main hallway.
My little brother is starting kindergarten next year.
We're ordering pizza for the study group, what toppings do you want?
The counselor's office has information about summer internships.
Please keep the noise down in the library, people are studying.
I finished the reading but I didn't understand the last chapter.
The swim meet results are posted on the bulletin board.
Can we switch lab partners for the next experiment?
The principal will announce the new dress code at the assembly.
Remember to bring two pencils and an eraser to the exam.
The garden club planted tomatoes and basil behind the science building.
Sorry I missed your call, I was at practice.
Please RSVP for the graduation ceremony by April 20.
Our class is collecting canned food for the local shelter.
The vending machine on the second floor ate my dollar again.
I'm so tired, I stayed up late finishing the project.
Do we have to cite sources in MLA or APA format?
The music room piano was finally tuned.
Early dismissal on Friday at 12:30 for teacher training.
Who's bringing the speakers for the dance?
This weekend I'm visiting my grandparents in the countryside.
The geometry test covers chapters five through seven.
Please wear closed-toe shoes in the chemistry lab.
The student council meeting minutes are attached.
I can't find my locker key anywhere, has anyone seen it?
The bus pass forms are available at the front office.
Good luck to the basketball team in the finals tonight!
We watched a documentary about ocean currents in geography.
Can you remind me what time the tutoring session starts?
The parking lot will be repaved during the summer holidays.
My mom says I can come to the sleepover if I finish my chores.
Our teacher gave us an extra week for the research paper.
I just got my driver's license, finally!
The new computers in the lab are really fast.
Please label all food in the staff fridge with your name.
Is there a dress rehearsal before the spring musical?
I need a ride home after the game, can anyone help?
The school nurse will be doing vision screenings next week.
That movie was hilarious, we should watch the sequel.
The recycling bins are now in every classroom.
Please be patient, the printer queue is very long today.
He said the quiz would be open book, is that true?
The volleyball tryouts are on Tuesday and Wednesday.
I'm so proud of everyone who performed at the talent show.
Our homeroom raised the most money for the charity drive.
Can I get an extension on the essay? I've been sick all week.
Don't forget your gym clothes, we're running the mile tomorrow.
The science teacher brought a snake to class today!
We're planning a surprise party for Ms. Chen's retirement.
The library has new graphic novels in the teen section.
Please sign up for a time slot for the college fair.
The heating in room 204 is broken again, bring a sweater.
I got a B plus on the biology test, better than I expected.
The school play sold out both nights.
Has anyone started the group presentation yet?
The crossing guard at Elm Street is retiring this year.
Our class pet hamster escaped and was found in the supply closet.
What's the Wi-Fi password for the guest network?
Lunch detention will be held in room 110.
The orchestra concert is streaming live on the school website.
I made brownies for the team, come grab one before they're gone.
The spelling bee finals are next Thursday in the library.
Can you proofread my cover letter before I send it?
The soccer uniforms need to be returned by the end of the season.
This is a friendly reminder that tuition is due on the first.
We got a new puppy this weekend and named her Pickles.
Please keep your phones on silent during the assembly.
The math club meets every other Wednesday.
I'm heading to the store, does anyone need anything?
The weather forecast says thunderstorms all afternoon.
Please remember that the building closes at 6 pm on weekdays.
Our history teacher showed us old maps of the city.
Is the exam cumulative or just the last unit?
The prom committee is choosing a theme this week.
I left my hoodie in the gym, could you grab it?
The kindergarten classes are going to the pumpkin patch.
Thank you for the quick reply, that helps a lot.
The school newspaper is looking for photographers.
Did you see the sunset tonight? It was beautiful.
The district will send report cards by mail this year.
We should start the project early so we're not rushing.
Our coach says stretching before practice is mandatory.
The new principal introduced herself at the morning assembly.
My cousin is visiting from Portugal next month.
The homework portal will be down for maintenance on Sunday night.
Please wash your hands before handling the lab equipment.
I think we should split the work into four parts.
The bus driver played music the whole way home.
Registration for summer camp opens on March 1.
The hallway by the gym was just painted, don't touch the walls.
Please bring your own headphones for the listening test.
Our group presentation is about renewable energy.
I'm really nervous about the piano recital.
The attendance office needs a note for yesterday's absence.
We're out of printer paper in the teachers' lounge.
The school garden harvest will be donated to the food bank.
Can you believe summer vacation starts in three weeks?
Please log your volunteer hours by the end of the month.
I loved the poem you read in class today.
The scholarship application deadline is November 15.
My dog ate my homework, and I'm only half joking.
Everyone did a great job on the group project, thank you!
The track meet has been postponed due to lightning.
See you all tomorrow, get some rest!
ok sounds good
lol same
wait what
brb getting food
omg that's so funny
idk maybe tomorrow?
""".strip().split("\n")

GREET = ["Hi all,", "Hello everyone!", "Dear parents,", "Hey,", "Good morning class,", "Hi Ms. Patel,"]
SIGN = ["Thanks!", "Best regards, Mr. Okafor", "See you soon.", "Cheers", "- Coach D", "Sincerely, the PTA"]

HARD = [
    # accents, case, combining marks
    "café naïve Ångström résumé façade jalapeño Zoë Brontë", "CAFÉ NAÏVE ÅNGSTRÖM", "cafe\u0301 and cafe",
    "e\u0301\u0301\u0301 double accents", "\u0301leading combining mark", "x\u0301\u0327y stacked marks",
    "İstanbul and ıstanbul", "Straße ß ẞ", "ΣΑΣ σας Ελληνικά", "Kelvin sign \u212a and angstrom sign \u212b",
    "mañana, ¿qué tal? ¡Hola!", "Ǆ ǅ ǆ digraphs", "ﬁx the ﬂow ﬀ ligatures", "ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ １２３",
    "𝐛𝐨𝐥𝐝 math letters", "ⓐⓑⓒ circled ① ② ③", "superscript x² and subscript H₂O", "Ⅻ roman numeral",
    # upper case and punctuation runs
    "THIS IS ALL CAPS AND VERY LOUD", "WHY IS THE HOMEWORK SO LONG???", "Hello!!!!!!!!!!", "What?!?!?!",
    "...........", "---- ==== ++++ ____", "(((nested))) [[brackets]] {{braces}}", "wait... what... really...",
    "!@#$%^&*()_+-=[]{}|;':\",./<>?`~", "“smart quotes” ‘single’ «guillemets» „low“", "em—dash en–dash … ellipsis",
    "a•b·c‧d", "§ ¶ † ‡ ° ± × ÷", "5€ £10 ¥500 ₹20 $5.99 ¢", "©2024 ®™ ℠", "100% sure, 50/50 chance",
    # emoji and symbols
    "🔫💀😂", "lol😂", "hello😂world", "great job 👍👍👍", "😂 😂 😂", "❤️ love it", "👨‍👩‍👧‍👦 family emoji ZWJ",
    "🏳️‍🌈 flag", "👍🏽 skin tone", "🥲 🫠 newer emoji", "☺ ☹ ★ ☆ ♥ ♦ ♣ ♠", "→ ← ↑ ↓ ⇒ ∞ ≠ ≤ ≥",
    # scripts
    "中文字", "我们明天去学校", "日本語のテキストです", "がぎぐげご カタカナ ひらがな", "한국어 문장입니다",
    "مرحبا بالعالم", "שלום עולם", "Привет, как дела?", "ПРИВЕТ МИР", "हिन्दी में लिखा", "ภาษาไทย",
    "Ελληνικά γράμματα", "Tiếng Việt có dấu", "mixed English 中文 and العربية text", "ⲁⲃⲅ coptic",
    # invisible and control characters
    "zero\u200bwidth\u200bspace", "\u200b", "zw\u200cnon\u200djoiner", "soft\u00adhyphen\u00adated",
    "\u00ad", "\ufeffbyte order mark", "non\u00a0breaking\u00a0space", "em\u2003space and ideographic\u3000space",
    "line\u2028separator\u2029paragraph", "next\u0085line", "tab\tseparated\twords", "carriage\rreturn\r\nnewline\n",
    "bell\u0007char", "null\u0000char", "delete\u007fchar", "escape\u001b[0m sequence", "private\ue000use",
    "unassigned\u0378char", "replacement\ufffdchar", "tag\U000e0041chars", "rtl\u202emark\u202c", "   leading and trailing   ",
    "", " ", "\t\n", "\u0000",
    # special-token strings, [UNK] words, slang, numbers, web
    "[CLS] [SEP] [MASK] [UNK] [PAD]", "hello[SEP]world", "[cls] lower case is not special", "[ SEP ] spaced",
    "x" * 100, "x" * 101, "supercalifragilisticexpialidocious" * 3,
    "pneumonoultramicroscopicsilicovolcanoconiosis", "unaffable unbelievable antidisestablishmentarianism",
    "tmrw", "k1ll", "f.u.c.k", "u r gr8 m8", "sooooo tired", "yessss!!!", "hahahahahahaha", "brb ttyl idk smh",
    "536-90-4399", "call me at (555) 123-4567", "3.14159 1,000,000 1e-9 0x1F", "10:30am on 2024-03-15",
    "https://www.example.com/path?query=1&x=y#frag", "visit http://school.example.org/homework",
    "email me at jane.doe+class@example.edu", "@everyone #homework #finals", "C:\\Users\\student\\Desktop",
    "rm -rf / && echo done", "<b>bold</b> &amp; <br/>", "don't can't won't I'm you're",
    "e.g. i.e. etc. Mr. Mrs. Dr.", "A1 B2 3rd 21st 100th", "ABC123xyz", "CamelCaseWordsHere", "snake_case_words",
]

# Characters spliced into ordinary sentences to test them in context.
SPLICE = ["\u200b", "\u00ad", "\u00a0", "\u0301", "\t", "\r\n", "\u0007", "😂", "中", "é", "\u2028", "\ufeff",
          "...", "!!!", "ß", "İ", "\u3000", "👍🏽", "\u200d", "'"]


def variants():
    n = len(BASE)
    out = list(BASE)
    out += [BASE[i].upper() for i in range(0, n, 3)]
    out += [BASE[i].lower().rstrip(".!?") for i in range(1, n, 3)]
    out += [f"{GREET[i % len(GREET)]} {BASE[i]} {SIGN[(i * 5) % len(SIGN)]}" for i in range(0, n, 1)]
    out += [f"{BASE[i]} {BASE[(i * 7 + 3) % n]}" for i in range(0, n, 1)]
    out += [f"{BASE[i]}\n\n{BASE[(i * 11 + 5) % n]}\n{SIGN[i % len(SIGN)]}" for i in range(0, n, 4)]
    chat = [lambda s: s.replace("o", "oo").rstrip(".") + " lol",
            lambda s: s.rstrip(".!?") + "!!!",
            lambda s: s.replace(" you ", " u ").replace(" are ", " r ").replace("please", "pls").replace("Please", "pls"),
            lambda s: s.replace(" ", "  "),
            lambda s: s.rstrip(".") + " 😂"]
    out += [chat[i % len(chat)](BASE[i]) for i in range(2, n, 2)]
    out += [BASE[i].title() for i in range(2, n, 3)]
    out += [f'She said, "{BASE[i]}" and left.' for i in range(0, n, 3)]
    out += [f"{i + 1}/{n}: {BASE[i]} (ref #{1000 + i * 37})" for i in range(1, n, 4)]
    out += HARD
    for j, ch in enumerate(SPLICE):
        for k in range(9):
            s = BASE[(j * 13 + k * 29) % n]
            words = s.split(" ")
            pos = (j + k) % len(words)
            words[pos] = words[pos][: len(words[pos]) // 2] + ch + words[pos][len(words[pos]) // 2:]
            out.append(" ".join(words))
    # Exact-length inputs around the 128-token limit ("a" is one token; +2 for [CLS]/[SEP]).
    for k in (125, 126, 127, 200):
        out.append(" ".join(["a"] * k))
    # Long mails of roughly 150-300 tokens, built from consecutive base sentences.
    for i in range(20):
        m = 12 + (i * 5) % 11
        out.append(" ".join(BASE[(i * 17 + j) % n] for j in range(m)))
    return list(dict.fromkeys(out))  # drop duplicates, keep order


if __name__ == "__main__":
    dest = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parents[2] / "Tests" / "ClassifierTests" / "Reference" / "sentences.json"
    sents = variants()
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(sents, ensure_ascii=True, indent=0) + "\n", encoding="utf-8")
    print(f"{len(sents)} sentences -> {dest}")
