#!/usr/bin/env python3
"""Write negatives.jsonl: sentences that carry NO conduct label.

Every sentence below was written by hand for this project; all people, schools
and places are invented. Two kinds of sentence:

  hard:<topic>      uses the vocabulary of threats, weapons, self-harm, harassment,
                    sex, drugs, betting or selling, innocently (lessons, idioms,
                    sports, games, cooking, drills, support messages, fundraisers...)
  ordinary:<topic>  everyday school mail and student chat

Hand-written bases may contain slots ({n}, {t}, ...) that are filled from the
invented-name lists below. A minority of sentences then get a surface variation
(lowercase / no punctuation, texting spellings, an emoji, a typo).

Standard library only; deterministic (random.Random(SEED)).
Run:  python3 make_negatives.py
"""

import collections
import json
import os
import random
import re

SEED = 20241205
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "negatives.jsonl")

MIN_TOTAL = 3400
MIN_HARD = 2000
MIN_ORDINARY = 1000
MIN_HARD_BASES = 1000

# ---------------------------------------------------------------------------
# Invented slot values
# ---------------------------------------------------------------------------
SLOTS = {
    "n": ["Maya", "Jordan", "Eli", "Priya", "Sam", "Noah", "Ava", "Liam", "Zoe",
          "Marcus", "Lena", "Devon", "Ruby", "Theo", "Imani", "Caleb", "Nora",
          "Mateo", "Harper", "Jonah", "Keira", "Owen", "Talia", "Felix", "Anika",
          "Rowan", "Isla", "Dante", "Wren", "Tobias", "Mira", "Jasper", "Leila",
          "Ezra", "Camila", "Finn", "Esme", "Rafael", "Quinn", "Hazel"],
    "n2": ["Bea", "Kofi", "Lucy", "Arlo", "Sienna", "Malik", "Greta", "Hugo",
           "Yara", "Cole", "Nadia", "Reid", "Poppy", "Idris", "June", "Milo",
           "Tessa", "Omar", "Willa", "Beck"],
    "t": ["Ms. Okonkwo", "Mr. Halvorsen", "Mrs. Delacroix", "Mr. Abernathy",
          "Ms. Trevino", "Mr. Pemberton", "Mrs. Lindqvist", "Ms. Farrow",
          "Mr. Castellano", "Mrs. Whitcombe", "Ms. Nakashima", "Mr. Oyelaran",
          "Mrs. Brannigan", "Mr. Ferreira", "Ms. Quaid", "Coach Ridley",
          "Mr. Vasquez-Lowe", "Ms. Hartigan", "Mrs. Ostrowski", "Mr. Dunleavy"],
    "school": ["Maple Ridge Middle School", "Harrow Creek High", "Willowmere Elementary",
               "Pell Harbor High School", "Brookhaven Heights Middle",
               "Larkspur Valley Elementary", "Eastbrook Academy", "Fenwick Hollow High"],
    "town": ["Willowmere", "Pell Harbor", "Brookhaven Heights", "Larkspur Valley",
             "Fenwick Hollow", "Ashcombe", "Millbrae Falls", "Tarrow Point"],
    "team": ["Pinecrest", "Riverside Prep", "Oak Hollow", "Stonebridge", "Cedar Vale",
             "Northgate", "Bramley", "Hollis Park"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["7:45", "8:10", "9:30", "10:15", "11:50", "12:40", "1:30", "2:45",
             "3:15", "3:30", "4:00", "6:30", "7:00"],
    "room": ["104", "112", "118", "201", "207", "215", "B12", "C3", "312", "the library",
             "the cafeteria", "the band room", "the media center"],
    "subj": ["math", "science", "English", "history", "Spanish", "French", "art",
             "biology", "chemistry", "geometry", "algebra", "health", "music",
             "social studies", "computer science", "PE"],
    "club": ["robotics", "chess", "Spanish", "debate", "art", "garden", "coding",
             "book", "Model UN", "math", "environmental", "anime", "yearbook",
             "photography", "ukulele", "knitting", "drama", "film", "astronomy"],
    "date": ["September 12", "September 26", "October 3", "October 17", "October 30",
             "November 7", "November 21", "December 5", "January 16", "January 30",
             "February 13", "March 6", "March 20", "April 10", "April 24", "May 8",
             "May 22", "June 3"],
    "num": ["2", "3", "4", "5", "6", "7", "8", "10", "12", "15", "20"],
    "grade": ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
              "tenth", "eleventh", "twelfth"],
    "price": ["$5", "$8", "$10", "$12", "$15", "$18", "$20", "$25", "$30", "$35"],
    "food": ["chicken tacos", "cheese pizza", "spaghetti and meatballs", "veggie burgers",
             "turkey wraps", "mac and cheese", "chili with cornbread", "teriyaki chicken",
             "grilled cheese and tomato soup", "bean burritos", "fish sticks",
             "pancakes and sausage"],
    "place": ["the science center", "the aquarium", "the state capitol", "the art museum",
              "the nature preserve", "the planetarium", "the history museum",
              "the apple orchard", "the zoo", "the water treatment plant"],
    "college": ["Ashcombe State", "Tarrow Point College", "Millbrae University",
                "Fenwick Institute of Technology", "Larkspur Community College",
                "Northvale University"],
}

SLOT_RE = re.compile(r"\{([a-z0-9]+)\}")

# names whose usual pronoun is clear, so "{n} broke his arm" gets a fitting name
MASC = {"Eli", "Sam", "Noah", "Liam", "Marcus", "Devon", "Theo", "Caleb", "Mateo",
        "Jonah", "Owen", "Felix", "Dante", "Tobias", "Jasper", "Ezra", "Finn", "Rafael",
        "Kofi", "Arlo", "Malik", "Hugo", "Cole", "Reid", "Idris", "Milo", "Omar", "Beck",
        "Mr.", "Coach"}
FEM = {"Maya", "Priya", "Ava", "Zoe", "Lena", "Ruby", "Imani", "Nora", "Harper",
       "Keira", "Talia", "Anika", "Isla", "Wren", "Mira", "Leila", "Camila", "Esme",
       "Hazel", "Bea", "Lucy", "Sienna", "Greta", "Yara", "Nadia", "Poppy", "June",
       "Tessa", "Willa", "Ms.", "Mrs.", "Coach"}
HE_RE = re.compile(r"\b(he|him|his|himself|son|boy|brother)\b", re.I)
SHE_RE = re.compile(r"\b(she|her|hers|herself|daughter|girl|sister)\b", re.I)


def _pool(key, text):
    pool = SLOTS[key]
    if key in ("n", "t"):
        he, she = bool(HE_RE.search(text)), bool(SHE_RE.search(text))
        if he != she:
            keep = MASC if he else FEM
            pool = [v for v in pool if v.split()[0] in keep] or pool
    return pool


def fill(text, rng):
    used = {}

    def rep(m):
        key = m.group(1)
        if key not in SLOTS:
            raise KeyError("unknown slot %r in %r" % (key, text))
        if key not in used:
            used[key] = rng.choice(_pool(key, text))
        return used[key]

    return SLOT_RE.sub(rep, text)


def has_slots(text):
    return bool(SLOT_RE.search(text))


# ---------------------------------------------------------------------------
# Surface variation
# ---------------------------------------------------------------------------
TEXTING = [
    (r"\byou're\b", "ur"), (r"\byour\b", "ur"), (r"\byou\b", "u"),
    (r"\btomorrow\b", "tmrw"), (r"\bI'm\b", "im"), (r"\bi'm\b", "im"),
    (r"\bgoing to\b", "gonna"), (r"\bwant to\b", "wanna"), (r"\bbecause\b", "bc"),
    (r"\breally\b", "rly"), (r"\bthough\b", "tho"), (r"\bplease\b", "pls"),
    (r"\bpeople\b", "ppl"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"),
    (r"\bthanks\b", "thx"), (r"\btonight\b", "tonite"), (r"\bokay\b", "ok"),
    (r"\bprobably\b", "prob"), (r"\bright now\b", "rn"), (r"\babout\b", "abt"),
    (r"\bwith\b", "w"), (r"\bdidn't\b", "didnt"), (r"\bit's\b", "its"),
    (r"\bthat's\b", "thats"), (r"\bwhat\b", "wut"), (r"\bbefore\b", "b4"),
    (r"\bbrother\b", "bro"), (r"\bsomething\b", "smth"),
]
CHAT_PREFIX = ["ngl ", "lol ", "omg ", "tbh ", "bro ", "ok so ", "wait ", "yo "]
CHAT_SUFFIX = [" lol", " fr", " tbh", " lmao", " haha", " ngl", " rn"]

EMOJI_FUN = ["😂", "😭", "💀", "🔥", "💯", "😅", "🙌", "😤", "🤣"]
EMOJI_WARM = ["🙂", "👍", "🙏", "❤️", "😊"]
EMOJI_NONE_TOPICS = set()  # filled in below (sad topics get no emoji at all)


def is_chat(text):
    first = text.lstrip()[:1]
    return first.islower() or any(ord(c) > 0x2500 for c in text)


def v_nopunct(text, rng):
    t = text.lower()
    t = t.replace("'", "").replace("’", "")
    t = re.sub(r"[.,!?;:\"“”()]", "", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t


def v_texting(text, rng):
    t = text
    for pat, rep in TEXTING:
        t = re.sub(pat, rep, t, flags=re.IGNORECASE)
    t = t.lower()
    t = re.sub(r"[.]$", "", t)
    r = rng.random()
    if r < 0.25:
        t = rng.choice(CHAT_PREFIX) + t
    elif r < 0.5:
        t = t.rstrip("!?.") + rng.choice(CHAT_SUFFIX)
    return t


def v_emoji(text, emojis, rng):
    t = text.rstrip()
    if rng.random() < 0.5:
        t = t.rstrip(".")
    e = rng.choice(emojis)
    if rng.random() < 0.3:
        e = e * 2
    return t + " " + e


def v_typo(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if re.fullmatch(r"[A-Za-z]{5,}", w)]
    if not idx:
        return None
    i = rng.choice(idx)
    w = words[i]
    k = rng.randrange(1, len(w) - 2)
    op = rng.random()
    if op < 0.4:
        w2 = w[:k] + w[k + 1] + w[k] + w[k + 2:]          # swap
    elif op < 0.7:
        w2 = w[:k] + w[k + 1:]                           # drop
    else:
        w2 = w[:k] + w[k] + w[k:]                        # double
    if w2 == w:
        return None
    words[i] = w2
    return " ".join(words)


def vary(text, topic, rng):
    """Return one surface variant of text (or None)."""
    chat = is_chat(text)
    sad = topic in EMOJI_NONE_TOPICS
    fun = topic in FUN_TOPICS
    r = rng.random()
    if chat:
        if r < 0.40:
            return v_texting(text, rng)
        if r < 0.65 and not sad:
            return v_emoji(text, EMOJI_FUN if fun else EMOJI_WARM, rng)
        if r < 0.82:
            return v_typo(text, rng)
        return v_nopunct(text, rng)
    else:
        if r < 0.45:
            return v_typo(text, rng)
        if r < 0.80:
            return v_nopunct(text, rng)
        if r < 0.92 and (topic in EMOJI_OK_FORMAL or topic in ORDINARY):
            return v_emoji(text, EMOJI_WARM, rng)
        return v_texting(text, rng)


# ---------------------------------------------------------------------------
# Hand-written sentences
# ---------------------------------------------------------------------------
HARD = collections.OrderedDict()
ORDINARY = collections.OrderedDict()


def _lines(block):
    out = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def H(topic, block):
    HARD.setdefault(topic, []).extend(_lines(block))


def O(topic, block):
    ORDINARY.setdefault(topic, []).extend(_lines(block))


# formal (teacher/parent) sentences only get an emoji in light-hearted topics
EMOJI_OK_FORMAL = {"raffle", "fundraiser", "bake_sale", "book_fair", "school_store",
                   "club_sales", "field_trip_costs", "photography", "sports", "cooking",
                   "idioms", "slang_bet", "probability", "drama", "hunter_archery"}
FUN_TOPICS = {"literature", "sports", "video_games", "idioms", "slang_bet", "teasing", "cooking",
              "drama", "photography", "chat", "hunting"}
EMOJI_NONE_TOPICS.update({"holocaust", "suicide_prevention", "counselor",
                          "parent_bullying", "bullying_report", "news", "war_history",
                          "civil_war", "wwii", "medical_notes"})

# ===========================================================================
# HARD NEGATIVES
# ===========================================================================
H("war_history", """
For Thursday, read chapter 12 on the causes of World War I and be ready to discuss the assassination of Archduke Franz Ferdinand.
Your essay should explain why trench warfare led to such enormous casualties on the Western Front.
We will watch a short documentary about the bombing of Dresden and discuss whether it was justified.
Please bring your notes on the Vietnam War; we are comparing how newspapers reported the Tet Offensive.
Students will debate whether the atomic bombings of Hiroshima and Nagasaki ended the war sooner.
The Roman army slaughtered thousands at the siege of Carthage, and the city was burned to the ground.
did anyone finish the reading on the french revolution, the guillotine part was so grim
{t} said the test will ask how many soldiers died at the Somme on the first day.
Our unit on the Cold War begins {day} with the Cuban Missile Crisis, when the world came close to nuclear war.
Genghis Khan's armies destroyed entire cities that refused to surrender, and we will map their campaigns.
The assignment asks you to write a letter from the point of view of a soldier in the Korean War.
The Spartans at Thermopylae were vastly outnumbered and were killed almost to the last man.
A veteran of the Gulf War will talk to the eighth graders about his service on {day}.
The Veterans Day assembly will honor local service members who fought and died in past wars.
why did they kill so many people in the crusades, i don't get the motivation question on the worksheet
The AP World exam often asks about the genocide in Rwanda in 1994, so review the timeline.
Our discussion of the Armenian genocide will be handled with care; please come ready to listen respectfully.
The Boston Massacre began when British soldiers fired into a crowd of colonists in 1770.
i have to do a presentation on the attack on pearl harbor and i have no idea where to start
Each group will build a timeline of the Hundred Years' War, including the battles of Crécy and Agincourt.
English longbowmen cut down the French knights in the mud at Agincourt.
The military history museum trip includes a tank exhibit and a room on chemical warfare in World War I.
The documentary shows bombed cities and dead soldiers, so let me know if your child should sit this one out.
My grandfather is coming in to talk about being drafted and sent to Vietnam in 1968.
Napoleon's army lost hundreds of thousands of men during the retreat from Moscow, mostly to cold and hunger.
For the essay, compare the causes of the Peloponnesian War with those of World War I.
The Aztec capital fell in 1521 after a siege that killed most of its defenders.
we're doing the war of 1812 and honestly the burning of the white house is the only part i remember
Your source analysis should consider how propaganda posters pushed young men to enlist and fight.
The bombing of Guernica inspired Picasso's painting, which we will analyze in art history next week.
In the simulation, each country decides whether to declare war, form alliances, or negotiate peace.
The Model UN topic this year is arms control and the spread of nuclear weapons.
The skirmishes at Lexington and Concord were the first shots of the American Revolution.
"The shot heard round the world" comes from Emerson's poem about the battle at Concord.
Research question: why did the Treaty of Versailles make another war more likely?
The Vikings raided monasteries along the English coast, killing monks and carrying off silver.
We're learning how the Mongols used siege engines and gunpowder bombs to break city walls.
Trench foot, gas attacks, and machine guns made life on the front lines miserable.
Why did so many young men volunteer to fight in 1914? Use the recruitment posters as evidence.
The Christmas Truce of 1914 is when soldiers on both sides stopped shooting and played football.
The Battle of Verdun lasted ten months and killed about 300,000 soldiers.
Alexander the Great conquered an empire from Greece to India before he died at 32.
Joan of Arc led French troops in battle and was later burned at the stake.
The assassination of Julius Caesar led to years of civil war in Rome.
Vocabulary for the quiz: armistice, casualty, conscription, blitzkrieg, and guerrilla warfare.
The Korean War ended in an armistice, not a peace treaty, which is why the border is still guarded.
The My Lai massacre changed how many Americans felt about the Vietnam War.
The Cold War arms race meant both superpowers built enough nuclear bombs to destroy the world many times over.
Students in the Cold War unit will practice the duck-and-cover drill from 1950s videos, just to see what it was like.
Sun Tzu wrote that the greatest victory is the one that requires no battle.
The Battle of Hastings in 1066 ended when King Harold was killed, possibly by an arrow to the eye.
The War of the Roses was a series of bloody fights over the English throne.
Many Native nations were attacked and driven from their land; the Sand Creek Massacre is one example we'll study.
Please read the excerpt from All Quiet on the Western Front; it describes a soldier killing an enemy in a shell hole.
The Red Baron shot down 80 planes before he was killed in 1918.
Our timeline project should show at least five turning points in the Revolutionary War.
The Siege of Yorktown forced the British surrender in 1781.
Spartan boys were trained to fight from the age of seven.
The Trojan War may have been a real conflict, and archaeologists still argue about it.
""")

H("holocaust", """
Our Holocaust unit begins next week with excerpts from Night by Elie Wiesel.
The granddaughter of a Holocaust survivor will speak to the ninth grade about her family's history.
Please read Anne Frank's diary entries from 1943 and note how she describes the fear of being discovered.
Students will learn how the Nazis murdered six million Jews and millions of others.
The museum field trip includes the gas chamber exhibit; families may request an alternative assignment.
We will discuss how propaganda dehumanized Jewish people and made mass murder seem acceptable to ordinary citizens.
Kristallnacht was a night of violence in 1938 when synagogues were burned and Jewish shops were smashed.
the holocaust documentary we watched in history was so heavy, i couldn't stop thinking about it
The essay asks how bystanders allowed the killing to continue and what upstanders did differently.
Please be respectful, since some students may have family members who died in the Holocaust or other genocides.
Auschwitz-Birkenau was liberated by Soviet troops in January 1945.
Our class will read survivor testimony about the death marches at the end of the war.
Today we looked at how the Nuremberg Laws stripped Jewish citizens of their rights step by step.
The Wannsee Conference is where Nazi officials coordinated the plan to murder Europe's Jews.
Your project can focus on a rescuer like Irena Sendler, who smuggled children out of the Warsaw Ghetto.
The Warsaw Ghetto Uprising was an armed revolt by Jewish fighters against the Nazis in 1943.
i still can't believe how many kids were killed in the camps, the number in the reading was unreal
We will also discuss the persecution and murder of Roma, disabled people, and political prisoners.
Holocaust Remembrance Day is {day}; we will hold a moment of silence during first period.
Maus uses animals to tell the story of the author's father surviving Auschwitz.
Students should compare the Holocaust with later genocides in Cambodia, Bosnia, and Rwanda.
The Nuremberg trials held Nazi leaders responsible for war crimes and crimes against humanity.
Please note that the reading includes descriptions of executions and starvation.
The Boy in the Striped Pajamas ends with both boys dying in a gas chamber, which we will talk about carefully.
How did ordinary people become perpetrators? That is the central question for this week's seminar.
The Einsatzgruppen were mobile killing units that shot Jewish civilians in Eastern Europe.
Babi Yar was a ravine near Kyiv where over 33,000 Jews were shot in two days.
The Danish people helped smuggle most of their Jewish neighbors to safety in Sweden by boat.
Number the Stars is the fourth-grade read-aloud; it is about a Danish family hiding a Jewish girl.
The survivor described being separated from her mother on the train platform and never seeing her again.
Why did the world fail to stop the Holocaust? Use the documents about the St. Louis ship in your answer.
We'll look at how the Nazis first targeted disabled children in the so-called T4 program.
The museum's shoe exhibit holds thousands of shoes taken from prisoners who were killed.
Oskar Schindler saved more than a thousand Jewish workers by keeping them in his factories.
the holocaust museum trip permission slip is due {day} btw
Please preview the Schindler's List clips before deciding whether your child will watch them.
The Hitler Youth trained boys to be loyal soldiers and to report their own parents.
Never again: the unit closes with students writing about how to stand up against hatred today.
The Diary of Anne Frank ends shortly before the family is betrayed and arrested.
Survivors often say they feel a duty to tell their story so that the victims are not forgotten.
Reading check: what happened to the prisoners who were too weak to work at the camps?
""")

H("civil_war", """
Gettysburg was the bloodiest battle of the Civil War, with more than 50,000 casualties in three days.
Pickett's Charge ended with thousands of Confederate soldiers shot down crossing an open field.
Read the Gettysburg Address and explain what Lincoln meant by "these dead shall not have died in vain."
John Brown's raid on Harpers Ferry was an attempt to seize guns from a federal arsenal and start a slave revolt.
Lincoln was shot by John Wilkes Booth at Ford's Theatre on April 14, 1865.
Sherman's March to the Sea destroyed railroads, farms, and supplies across Georgia.
Antietam remains the single bloodiest day in American military history.
More Civil War soldiers died of disease than of battle wounds.
Rifled muskets and Minié balls made frontal attacks far deadlier than in earlier wars.
The project asks you to write diary entries as a drummer boy in the Union army.
Our living-history day includes a demonstration of how a Civil War cannon was loaded, with no live firing.
the civil war test is killing me, there are so many generals to memorize
Fort Sumter was bombarded in April 1861, and that was the start of the war.
Nat Turner's rebellion in 1831 led to harsh new laws across the South.
The 54th Massachusetts attacked Fort Wagner and lost nearly half its men.
Harriet Tubman led an armed raid on the Combahee River that freed more than 700 enslaved people.
During the Siege of Vicksburg, residents lived in caves and ate mules to survive.
Andersonville prison was notorious for thousands of Union prisoners dying of starvation and disease.
Compare Grant's and Lee's strategies and explain why a war of attrition favored the North.
The battlefield field trip includes a ranger talk about the dead and wounded after the battle.
During Reconstruction, groups like the Ku Klux Klan terrorized and murdered Black citizens.
Why did the Southern states secede? Use at least two primary sources in your answer.
We're visiting the national cemetery where thousands of Union soldiers are buried.
Mathew Brady's photographs showed Americans the dead on the battlefield for the first time.
the civil war video had a part about amputations with no anesthesia and i almost passed out
Stonewall Jackson was accidentally shot by his own men at Chancellorsville.
The draft riots in New York City in 1863 turned into days of violence.
Bleeding Kansas earned its name from the violent clashes between pro-slavery and anti-slavery settlers.
Senator Charles Sumner was beaten with a cane on the Senate floor in 1856.
The Emancipation Proclamation changed the purpose of the war; explain how in one paragraph.
Clara Barton nursed wounded soldiers on the battlefield and later founded the American Red Cross.
The ironclads Monitor and Merrimack fought to a draw in 1862.
At Appomattox, Lee surrendered to Grant, and the Confederate soldiers were allowed to keep their horses.
About 620,000 soldiers died in the Civil War, more than in any other American war.
For homework, label the major battles of 1862 on your map.
Brothers sometimes fought on opposite sides, which is why it's called the war that divided families.
The Fort Pillow massacre, where surrendering Black soldiers were killed, is part of today's reading.
Please bring your Civil War letters project on {day}; the museum will display the best ones.
Sharpshooters picked off officers from long range, which changed how officers dressed in battle.
my group got the battle of shiloh for the project, anyone know a good source?
""")

H("wwii", """
On D-Day, more than 150,000 Allied troops landed on the beaches of Normandy.
The Battle of Stalingrad cost nearly two million lives and turned the tide on the Eastern Front.
At Midway, American dive bombers sank four Japanese carriers in a single day.
During the Blitz, German planes bombed London for 57 nights in a row.
Students will analyze the decision to drop the atomic bomb on Hiroshima using primary documents.
Iwo Jima was one of the deadliest battles for the Marines, and the flag-raising photo became famous.
The Battle of the Bulge was Germany's last major offensive in the west.
Kamikaze pilots deliberately crashed their planes into American ships near Okinawa.
Japanese American families were forced into internment camps after Pearl Harbor.
Operation Barbarossa, the German invasion of the Soviet Union, began in June 1941.
At Dunkirk, more than 300,000 soldiers were rescued by boats large and small.
Read the letter from a paratrooper who landed behind enemy lines the night before D-Day.
The Manhattan Project built the first nuclear weapons in secret at Los Alamos.
The Doolittle Raid was the first American air attack on Tokyo.
In the Battle of Britain, RAF pilots shot down hundreds of German bombers in the summer of 1940.
Navajo code talkers sent messages the enemy could never break.
The firebombing of Tokyo killed more people than either atomic bomb.
we watched saving private ryan clips in history and the beach scene is brutal
Your veteran interview project is due in two weeks, so ask your relatives if they have stories from the war.
The Bataan Death March killed thousands of American and Filipino prisoners of war.
The attack on Pearl Harbor killed more than 2,400 Americans on December 7, 1941.
The siege of Leningrad lasted nearly 900 days, and hundreds of thousands of residents starved to death.
British codebreakers at Bletchley Park cracked the Enigma machine used for German military messages.
The French Resistance blew up railway lines to slow German reinforcements after D-Day.
Why did appeasement fail? Discuss Chamberlain, Munich, and the invasion of Poland.
The Nanjing Massacre of 1937, in which Japanese troops killed tens of thousands of civilians, is part of this week's reading.
At the air museum, students can see a B-17 bomber and a Spitfire up close.
my great grandpa was a tail gunner on a b-17, i'm bringing his medals for the project
Rosie the Riveter stood for the women who built planes, tanks, and ammunition during the war.
Hitler died by suicide in his bunker in April 1945 as Soviet troops closed in on Berlin.
The Enola Gay dropped the bomb called Little Boy on August 6, 1945.
The Tuskegee Airmen escorted bombers over Europe and had an outstanding record.
German U-boats sank thousands of Allied ships in the Battle of the Atlantic.
The Ardennes winter was so cold that soldiers froze in their foxholes.
Mussolini was captured and executed by Italian partisans in 1945.
The Rape of Nanking is the title of one of the sources; please read the teacher's note before opening it.
Sadako and the Thousand Paper Cranes tells the story of a girl who died of leukemia after Hiroshima.
The war in the Pacific was fought island by island, and Okinawa was the bloodiest of them all.
Please interview a grandparent or neighbor about rationing, victory gardens, or air-raid drills.
our wwii project is on the battle of kursk, biggest tank battle ever apparently
The Allies bombed German factories and rail yards to cut off supplies to the front.
Anne Frank's family went into hiding the same year the deportations from Amsterdam began.
Dog tags, ration cards, and a helmet from the war will be on display in the library this week.
""")

H("literature", """
In Act 5, Romeo drinks poison and Juliet stabs herself with his dagger; be ready to discuss who is to blame.
Why does Juliet fake her death, and how does Friar Laurence's plan go so wrong?
At the end of Of Mice and Men, George shoots Lennie to spare him from Curley's mob.
Is George's decision to kill Lennie an act of mercy or betrayal? Take a position in your essay.
Candy's dog being shot foreshadows what happens to Lennie at the end of the novella.
Lennie accidentally kills Curley's wife in the barn, which sets the ending in motion.
Macbeth murders King Duncan in his sleep after Lady Macbeth questions his courage.
Lady Macbeth's sleepwalking scene shows how guilt drives her to madness and, later, suicide.
"Is this a dagger which I see before me?" Annotate the soliloquy for {day}.
Macbeth hires murderers to kill Banquo and Fleance, but Fleance escapes.
Macduff kills Macbeth and carries his head to Malcolm at the end of the play.
In Lord of the Flies, the boys kill Simon during the frenzied dance, mistaking him for the beast.
Roger rolls the boulder that kills Piggy and shatters the conch.
Jack's hunters paint their faces and chant "Kill the pig! Cut her throat! Spill her blood!"
What does the pig's head on a stick symbolize in Lord of the Flies?
Ralph is hunted across the island until the naval officer arrives on the beach.
Hamlet's "To be or not to be" speech weighs whether it is better to live or to die.
Ophelia drowns in Act 4, and the gravediggers argue about whether her death was suicide.
In Julius Caesar, Brutus and the conspirators stab Caesar on the Ides of March.
Brutus runs onto his own sword at Philippi; how does Shakespeare make his death seem honorable?
In To Kill a Mockingbird, Bob Ewell attacks Scout and Jem on Halloween night.
Atticus tells the children it's a sin to kill a mockingbird; explain what the mockingbird represents.
Tom Robinson is shot seventeen times while trying to climb the prison fence.
In The Outsiders, Johnny kills Bob to save Ponyboy from drowning in the fountain.
Dally gets himself shot by the police on purpose after Johnny dies.
The Hunger Games is about teenagers forced to kill each other on live television.
Katniss and Peeta threaten to eat poisonous berries rather than kill each other.
In The Tell-Tale Heart, the narrator murders the old man and hides the body under the floorboards.
The Cask of Amontillado ends with Montresor walling Fortunato up alive in the catacombs.
In And Then There Were None, ten strangers on an island are murdered one by one.
Frankenstein's creature kills William, and Justine is hanged for the crime.
Beowulf tears off Grendel's arm and later kills Grendel's mother with a giant's sword.
In The Great Gatsby, Myrtle is killed by the car Daisy is driving, and Wilson then shoots Gatsby.
Crime and Punishment follows Raskolnikov after he murders a pawnbroker with an axe.
Odysseus slaughters the suitors when he finally returns to Ithaca.
In Of Mice and Men, Curley picks a fight and Lennie crushes his hand.
the ending of of mice and men made me cry in class ngl
wait so romeo kills tybalt right after tybalt kills mercutio? i got confused
i'm doing my book report on the lovely bones, it's about a girl who was murdered
Thirteen Reasons Why is on the optional list, but please talk to me first because it deals with suicide.
Antigone hangs herself in the tomb, and Haemon kills himself when he finds her.
Oedipus blinds himself with his mother's brooches after learning the truth.
In Animal Farm, the dogs kill the animals who confess to helping Snowball.
The Things They Carried lists the weapons, ammunition, and memories the soldiers carried in Vietnam.
In Fahrenheit 451, Montag turns the flamethrower on Beatty.
Poe's stories are full of murder, madness, and guilt; choose one for your analysis.
Macbeth's line "I am in blood stepped in so far" shows he believes he can't turn back.
In The Scarlet Letter, Dimmesdale's guilt slowly destroys him.
In Night, Elie describes the hanging of a young boy that the prisoners were forced to watch.
Of Mice and Men quiz on {day}: know why Carlson shoots Candy's dog.
Lord of the Flies discussion: who is the real beast, and why do the boys turn to violence?
Choose a character who dies in the novel and write their obituary.
the hunger games essay is due tmrw and i'm only at the part where rue dies
Medea kills her own children to take revenge on Jason, which is why the play still shocks audiences.
In Romeo and Juliet, Mercutio curses both houses as he dies: "A plague o' both your houses!"
Tybalt challenges Romeo to a duel after the Capulet party.
Lady Macbeth tells her husband to "look like the innocent flower, but be the serpent under it."
In Hamlet, almost every major character is dead by the final scene.
Claudius poisoned Hamlet's father by pouring poison in his ear while he slept.
In Of Mice and Men, Crooks is lonely and bitter because the other men exclude him.
The Most Dangerous Game is about a hunter who hunts people on his private island.
In The Lottery, the townspeople stone the winner to death; discuss why the tradition continues.
The Monkey's Paw grants three wishes, and the first one brings news of the son's death.
In Holes, Kissin' Kate Barlow shoots the sheriff after Sam is killed.
Boo Radley saves the children and kills Bob Ewell with a kitchen knife.
In The Giver, "release" turns out to mean being killed by lethal injection.
Piggy's glasses are stolen and used to start the fire, which shows how power shifts on the island.
The witches' prophecy makes Macbeth think no man born of woman can kill him.
In Of Mice and Men, why does Steinbeck end the book with a gunshot by the river?
Sydney Carton goes to the guillotine in place of Charles Darnay at the end of A Tale of Two Cities.
In Les Misérables, Javert throws himself into the Seine because he cannot live with his doubts.
Juliet's "O happy dagger" line comes right before she dies; how does the pace of the scene change?
ok who else thinks lady macbeth is the real villain
the lord of the flies reading for tonight is where they kill the sow, it's so gross
i love how dramatic shakespeare is, everyone just dies at the end
Reading journal prompt: is Macbeth a murderer because of fate or because of his own choices?
Romeo is banished for killing Tybalt; how does this change Juliet's feelings about him?
In Beloved, Sethe's terrible choice to kill her daughter rather than see her enslaved is the center of the novel.
Jay Gatsby is shot in his pool, and almost no one comes to his funeral.
In The Road, the father carries a pistol with two bullets as he protects his son.
Their Eyes Were Watching God ends with Janie forced to shoot Tea Cake in self-defense.
The Crucible shows how a town's fear led to the hanging of innocent people in Salem.
In Julius Caesar, Mark Antony turns the crowd against the conspirators with his funeral speech.
The narrator of The Black Cat kills his wife with an axe in a fit of rage.
Ponyboy and Johnny hide out in an old church after the fight in the park.
In Charlotte's Web, Wilbur is saved from being slaughtered, but Charlotte dies at the end.
Where the Red Fern Grows ends with both dogs dying after the mountain lion fight; bring tissues.
In Bridge to Terabithia, Leslie dies while crossing the creek, and Jess struggles with grief.
Old Yeller has to be shot after he gets rabies, and Travis is the one who does it.
Harry Potter fights Voldemort, who killed his parents when he was a baby.
In Percy Jackson, Percy kills the Minotaur with its own horn.
""")

H("weapons_history", """
The invention of gunpowder in China changed warfare across the world.
Our medieval unit covers swords, maces, crossbows, and how armor changed to stop them.
The Gatling gun was one of the first successful rapid-fire weapons.
Japanese swordsmiths folded steel many times; we'll watch a short video on the process.
A musket took about twenty seconds to reload, so soldiers fired in volleys.
A trebuchet could hurl stones weighing over 100 kilograms at a castle wall.
Students will build a model catapult in physics and measure how far it launches a marshmallow.
Greek fire was a secret incendiary weapon used by the Byzantine navy.
Machine guns and poison gas made World War I unlike any war before it.
Stone Age hunters used spears, atlatls, and flint knives; the museum has replicas you can touch.
The museum's armory displays swords, shields, and flintlock pistols from the 1700s.
The Second Amendment is the topic for civics this week, and students will read arguments on both sides.
The history of the atomic bomb shows how a scientific discovery can be turned to destruction.
Archaeologists found bronze daggers and arrowheads at the burial site.
Why was the longbow so effective against armored knights?
The Colt revolver became famous in the American West in the 1870s.
Tanks were first used at the Battle of the Somme in 1916.
The Cold War chapter describes the AK-47 and the M16 as symbols of the two superpowers.
In physics, we'll study projectile motion using the path of a cannonball.
The Vikings prized their swords, but most warriors actually carried axes and spears.
Why are land mines still dangerous decades after a war ends?
bro the crossbow video in history was actually so cool
Your museum report should describe one artifact, such as a Roman gladius or a Zulu shield.
The Chemical Weapons Convention bans the production and use of chemical weapons.
Dynamite was invented by Alfred Nobel, who later used his fortune to create the Nobel Prizes.
Ninjas are usually shown with throwing stars, but historians think much of that is legend.
The bayonet let a musket double as a spear once the soldier ran out of time to reload.
Medieval castles had murder holes above the gate so defenders could drop rocks on attackers.
Knights trained with wooden swords for years before they fought with real ones.
The first cannons were so unreliable that they sometimes exploded and killed their own crews.
Samurai also trained in archery from horseback, called yabusame.
The Maxim gun let small colonial armies defeat much larger forces in Africa.
Why did the invention of the rifle make bright red uniforms a bad idea?
Roman soldiers carried two javelins, a short sword, and a large shield.
The Springfield rifle was the standard weapon of the Union army.
Arms races happen when rival countries keep building more weapons to match each other.
Class discussion: should nuclear weapons ever be used, even as a deterrent?
The Bronze Age collapse may have been caused by new iron weapons, drought, and invasions.
Greek hoplites fought in a tight phalanx with long spears and round shields.
The kids loved the suit of armor at the museum; it weighed almost 25 kilograms.
Bows and arrows were used for hunting for tens of thousands of years before they were used in war.
For the science fair, {n} is testing which catapult arm length throws a ping pong ball the farthest.
The Battle of Little Bighorn is the reading for {day}; note which side had repeating rifles.
Swords in the Middle Ages were expensive, so most soldiers used farm tools turned into weapons.
The atomic bombs were nicknamed Little Boy and Fat Man.
""")

H("chem_safety", """
Never mix bleach and ammonia; the fumes are toxic.
Wear goggles at all times, because concentrated acids can cause severe burns.
The thermite demonstration will be done by the teacher only, behind the safety shield.
Hydrogen gas is explosive, so keep all flames away from the test tubes during this reaction.
Sodium reacts violently with water, which is why we store it under oil.
Please report broken glass immediately and do not pick it up with your hands.
The fire blanket is next to the eyewash station, and the extinguisher is by the door.
Students must tie back long hair before lighting a Bunsen burner.
Do not taste anything in the lab, even if you think it is just salt or sugar.
Poisonous chemicals are kept in the locked cabinet, and only staff have the key.
The elephant toothpaste demo uses concentrated hydrogen peroxide, which can burn skin.
We'll discuss why nitroglycerin is so unstable and how Nobel made it safer to handle.
In the combustion lab, measure how much heat is released when a peanut burns.
Carbon monoxide is a silent killer, which is why every home needs a detector.
If acid splashes in your eyes, rinse for at least fifteen minutes at the eyewash station.
The safety data sheet lists hydrochloric acid as corrosive and toxic if inhaled.
{t} blew up a gummy bear with potassium chlorate in chem today and it was insane
Your lab report should explain why the balloon filled with hydrogen exploded with a loud pop.
You must score 100% on the lab safety quiz before you handle any chemicals.
Never point a heating test tube at yourself or anyone else.
We're studying exothermic reactions this week, including why some of them are explosive.
Mercury thermometers are no longer used in schools because mercury is poisonous.
In forensic science, we'll learn how arsenic and cyanide were used as poisons in famous historical cases.
Forensics today: blood spatter patterns and how investigators estimate time of death.
Flammable liquids must be stored in the yellow safety cabinet.
If your clothes catch fire, stop, drop, and roll.
Dispose of chemical waste in the labeled containers, never down the sink.
Please sign the lab safety contract with your child and return it by {day}.
The chemistry club's "Flames and Colors" show uses metal salts to make colored fire.
{t} will show how dry ice can make a sealed bottle burst, which is exactly why you must never try it at home.
Concentrated sulfuric acid is added to water slowly, never the other way around, or it can spatter.
Methanol is toxic and can cause blindness, so it is never used in food.
Wash your hands after the lab even if you wore gloves.
The gas valves must be fully closed before you leave your station.
Why does flour dust explode in a grain silo? We'll model it with a tiny, safe demonstration.
the chem lab today literally caught on fire for a second but mr p put it out with the blanket lol
Lead was once added to paint and gasoline, and we now know it poisons the nervous system.
Open-toed shoes are not allowed in the lab because of the risk of spills and broken glass.
Magnesium burns with a light so bright it can hurt your eyes, so don't stare at it.
The fume hood must be on whenever we work with volatile chemicals.
The lab will explore how fireworks get their colors and why they are dangerous to make at home.
Chlorine gas was used as a weapon in World War I, and that's why we handle bleach carefully.
i got 100 on the lab safety test so i'm finally allowed to touch the acid lol
If a classmate is burned, run cool water over it and call the teacher immediately.
Our chemistry quiz covers oxidizers, flammables, corrosives, and toxic substances.
Lab goggles are sanitized in the UV cabinet between classes.
The glow stick lab shows how a chemical reaction can release light instead of heat.
""")

H("health_drugs", """
In health class this week, we will learn how opioids affect the brain and why they are so addictive.
Fentanyl is dozens of times stronger than morphine, and even a tiny amount can be deadly.
Students will practice how to say no if someone offers them drugs at a party.
A speaker from the county health department will talk about the dangers of counterfeit pills.
The assignment asks you to make a poster about the effects of marijuana on the teenage brain.
Naloxone, also called Narcan, can reverse an opioid overdose, and the nurse keeps it in her office.
During Drug Awareness Week, every homeroom will watch a short video on prescription drug misuse.
Red Ribbon Week starts {day}; students can sign a pledge to stay drug-free.
Can anyone explain the difference between a stimulant and a depressant?
Cocaine and methamphetamine are stimulants that raise the heart rate and can cause heart attacks.
Sharing prescription medicine, even with a friend, is illegal and dangerous.
Please read the chapter on addiction and be ready to discuss why some people become dependent faster than others.
the health quiz on drug classifications is tmrw, does anyone have the notes
Warning signs that a friend may be using drugs include changes in grades, friends, and sleep.
If you are worried that a friend is using drugs, you can talk to any counselor confidentially.
The DARE officer will visit the fifth-grade classrooms on {day}.
Families are invited to an evening session on recognizing the signs of substance use in teens.
We'll discuss why cannabis edibles are often mistaken for candy by young children.
In biology, we studied how caffeine and nicotine affect the nervous system.
The health unit covers the opioid crisis, including how painkillers were over-prescribed in the 1990s.
Students wrote persuasive essays on whether marijuana should be legal for adults.
The "Just Say No" campaign of the 1980s is the subject of our media-literacy lesson.
In the civics mock trial, the defendant is accused of selling drugs near a school, and students serve as the jury.
Please remind your child that medications must never be shared at school.
Huffing household chemicals can cause sudden death, even the first time.
In health we role-played what to say if someone hands you a pill at a party.
The addiction unit explains tolerance, withdrawal, and why relapse is common.
Overdose deaths among teens have risen because of fake pills made with fentanyl.
Our guest speaker is in recovery and will share how addiction affected her family.
Students will research how drug laws differ from country to country for their debate.
Anabolic steroids can cause heart problems, acne, and mood swings; we'll talk about them in the sports health unit.
Energy drinks have a lot of caffeine, which can cause a racing heart in young people.
Why do some drugs cause physical dependence while others mainly cause psychological dependence?
Please fill out the worksheet on the short-term and long-term effects of alcohol, nicotine, and cannabis.
The school is part of a county program that teaches refusal skills in sixth grade.
Many medicines are safe when taken as prescribed and dangerous when misused.
The health test will ask you to identify three community resources for someone struggling with addiction.
i did my health project on the opioid epidemic and my teacher said it was the best one
ok the drug ed video was so cringe but the overdose part was actually scary
The science of addiction: dopamine, the reward system, and how it changes with repeated use.
Our substance-abuse prevention survey is anonymous and helps the district plan programs.
Ask your doctor or pharmacist before taking two medicines at the same time.
The lesson compared the risks of prescription stimulants taken with and without a prescription.
The drug-free zone signs near the school were explained in today's civics lesson.
""")

H("alcohol", """
Health class today covered how alcohol affects judgment and reaction time.
Before prom, the drama club and fire department will stage a mock drunk-driving crash on the front lawn.
Students will calculate blood alcohol concentration using made-up data in a math and health lesson.
In PE, you'll wear "impairment goggles" on the obstacle course to see how drinking changes your balance.
Prom is an alcohol-free event, and breathalyzers will be used at the door as a routine step.
Project Graduation offers a safe, sober all-night party after the ceremony.
The legal drinking age in the United States is 21, and in class we compared laws in other countries.
Binge drinking is defined as four or five drinks in about two hours.
Students Against Destructive Decisions will host a table at lunch on {day}.
Our chapter on Prohibition covers speakeasies, bootleggers, and why the 18th Amendment was repealed.
Al Capone made a fortune bootlegging liquor during Prohibition.
My uncle has been sober for ten years and is willing to speak to the health class.
Alcohol poisoning is a medical emergency, so call 911 if someone can't be woken up.
fetal alcohol syndrome was on the health test and i totally blanked
In the fermentation lab, yeast turns sugar into ethanol and carbon dioxide.
We'll be making root beer in class, which is non-alcoholic, to learn about carbonation.
Please don't send in any treats made with alcohol, such as rum balls, for the class party.
The Great Gatsby discussion will include the role of illegal alcohol in 1920s society.
Alateen meets on Tuesdays at the community center for teens affected by a family member's drinking.
Students will analyze beer commercials to see how advertisers appeal to young audiences.
Drinking and driving is the focus of this week's driver's ed lesson.
The temperance movement was led largely by women who saw how alcohol harmed families.
Alcohol is a depressant, which means it slows down the central nervous system.
Liver disease, addiction, and car crashes are among the long-term risks we discussed.
The health teacher explained why the teenage brain is more sensitive to alcohol than an adult's.
The "Every 15 Minutes" program shows juniors and seniors the real cost of drunk driving.
The assignment: design a public service announcement telling teens not to ride with a driver who has been drinking.
In chemistry we compared the boiling points of water and ethanol.
Hand sanitizer contains alcohol, so keep it away from flames in the lab.
if you want you can come to the sober grad night with me, it's actually really fun
The health textbook describes how alcohol advertising increased after the 1990s.
In Spanish class we learned about the history of the grape harvest and wine regions of Spain.
Rubbing alcohol is used to clean the skin before a shot at the flu clinic.
The Puritans' beer and cider are part of our colonial food reading, since water was often unsafe.
Please talk with your teen about never getting in a car with someone who has been drinking.
""")

H("vaping", """
Vaping is not safe for teens, and one pod can contain as much nicotine as a pack of cigarettes.
The school has installed vape detectors in the bathrooms as part of our prevention effort.
Students found with vaping devices are referred to the prevention program rather than suspended.
Our health lesson covered EVALI, the lung injury linked to vaping.
Free quit-vaping support is available through a text message program for teens.
Please talk to your teen about vaping; the handout lists warning signs like sweet smells and devices that look like USB drives.
The winners of the anti-vaping poster contest will be announced on {day}.
The nicotine in e-cigarettes can harm brain development until about age 25.
A lung doctor will visit health class to show images of lungs damaged by smoking.
Our media-literacy unit looks at how the tobacco industry has advertised to teenagers.
in health we had to design an ad telling kids not to vape and mine had a sad cartoon lung
The counseling office offers a confidential group for students who want to quit vaping.
According to the article we read, flavored vapes were designed to appeal to young people.
Secondhand aerosol from e-cigarettes still contains harmful chemicals.
Please complete the anonymous student health survey, which includes questions about vaping and tobacco.
Nicotine withdrawal can cause irritability, headaches, and trouble concentrating.
The biology class tested how cigarette smoke affects the tiny hairs in the lungs.
Smoking rates among teens dropped for decades, but vaping reversed some of that progress.
The tobacco unit asks you to compare cigarette ads from the 1950s with vape ads today.
Why is nicotine so addictive? Explain how it affects dopamine in the brain.
Our school is a tobacco-free and vape-free campus, including the parking lots and the football stadium.
The health fair will have a "Truth about Vaping" booth run by the high school peer educators.
i learned today that vape juice can have formaldehyde in it, that's actually disgusting
The nurse can connect students with free nicotine replacement support if they want to quit.
Our advisory lesson this week is about handling peer pressure to vape or smoke.
Please sign and return the tobacco-free pledge card with your child.
The peer leaders' vaping presentation for the sixth grade is on {day} in the gym.
Vape ads often use bright colors and cartoon characters, which we analyzed in media class.
""")

H("suicide_prevention", """
September is Suicide Prevention Month, and all students will attend a short workshop on how to help a friend.
If you or someone you know is struggling, you can call or text 988 at any time.
Warning signs can include giving away belongings, talking about being a burden, or pulling away from friends.
Our QPR training teaches staff to Question, Persuade, and Refer a student who may be at risk.
Asking someone directly whether they are thinking about suicide does not put the idea in their head.
The Sources of Strength club is hosting a wellness week focused on hope and connection.
If a friend tells you they want to hurt themselves, tell a trusted adult right away, even if they asked you to keep it secret.
Parents are invited to an evening session on teen mental health and suicide prevention.
Today's health lesson was about depression, its symptoms, and how treatment helps.
The crisis text line number is printed on the back of every student ID card.
Self-harm is a sign of deep distress, and students who are hurting deserve support, not judgment.
Please review the attached resource sheet on how to talk with your child about self-harm.
We are sad to share that a former student passed away this weekend; counselors will be available all week.
Counselors will visit each advisory class to explain how to get help for yourself or a friend.
The book club is reading a memoir about recovering from depression.
In the Signs of Suicide program, students learn to ACT: Acknowledge, Care, Tell.
Your research paper may cover teen suicide rates and what schools can do to lower them.
Mental health days are now an excused absence in our state.
we had the suicide prevention assembly today and the speaker was actually really good
The health unit will include a lesson on suicide awareness, and you may preview the materials in the front office.
Safe messaging guidelines ask journalists not to describe suicide methods in news stories.
Thank you for coming to me about your friend; you did the right thing by telling an adult.
The mental health first aid course for parents is free and meets two Saturdays in {date}.
Depression is treatable, and most people who get help feel better over time.
Talking about suicide openly and calmly can save lives.
Our peer support group helps students practice listening without judging.
Lock up medications and firearms at home; it is one of the most effective ways to prevent youth suicide.
If you ever feel hopeless, you are not alone, and help is available around the clock.
Please know that our door is always open if your child is having a hard time.
The "You Matter" posters in the hallways list ways to reach a counselor.
Signs of depression in teens can look like irritability rather than sadness.
Our health curriculum talks about healthy coping skills, like exercise, sleep, journaling, and talking to someone.
The walk for suicide prevention is on {date}; our cross country team is volunteering at the water station.
i'm so glad they put the crisis line on our ids, my friend used it once and it helped
Students may opt out of the suicide prevention video, but we encourage everyone to attend the discussion afterward.
Never promise to keep a secret if a friend is in danger of hurting themselves.
The health class learned the difference between sadness, which passes, and depression, which lasts.
The wellness room is open during lunch for anyone who needs a quiet space.
""")

H("sex_ed", """
The human growth and development unit begins next week, and you may opt your child out with the attached form.
Parents are welcome to preview the sex education curriculum in the library on {day} evening.
Students will learn about sexually transmitted infections, how they spread, and how to prevent them.
Abstinence is the only method that is completely effective at preventing pregnancy.
In biology, we'll study sexual and asexual reproduction in plants and animals.
Chapter 14 covers the male and female reproductive systems, so please read it before {day}.
Sperm and egg cells are haploid, so when they combine at fertilization, the zygote is diploid.
Condoms reduce the risk of many STIs, which we'll cover in the lesson on prevention.
Students may put anonymous questions about sex and relationships in the question box.
The HPV vaccine protects against several kinds of cancer and is recommended around age 11 or 12.
The health teacher will explain different contraception methods and how effective they are.
Our genetics unit covers how sex chromosomes explain traits like color blindness.
the sex ed video was so awkward but honestly kind of useful
Will the sex education unit also cover online safety and sharing photos?
I'm writing to ask which topics are included in the eighth-grade sexual health curriculum.
My daughter has questions after today's reproduction lesson; could you send me the slides?
The lesson explained that sharing sexual images of anyone under 18 is illegal, even if the person sent them willingly.
In the K-2 body safety lesson, students learn the correct names for body parts.
Pregnancy and prenatal care are covered in the child development elective.
In bio we dissected a fetal pig and labeled its reproductive organs.
The family life curriculum is optional, and parents can choose to opt out.
A nurse from the county clinic will explain where teens can get confidential health care.
Our lesson on healthy relationships covers dating abuse, jealousy, and controlling behavior.
Flowers have male and female parts, and pollen fertilizes the ovule.
Most mammals reproduce sexually and give birth to live young.
Could you tell me whether the health class discusses gender identity, and at what grade level?
The lesson on HIV covers how it is transmitted and how modern medicine has changed the outlook.
Reproductive health vocabulary for the quiz: ovary, uterus, testes, fertilization, and embryo.
The biology lab will compare mitosis and meiosis using pipe-cleaner chromosomes.
What age do students start learning about reproduction in this district?
The sexual health unit is taught by the school nurse and a health teacher together.
Our biology teacher explained how IVF works when a student asked about it.
Students will learn how to find reliable health information and avoid myths about sex online.
the sex ed unit starts monday and everyone in my grade is already dreading it lol
The lesson on puberty and reproduction is separate from the lesson on relationships and consent.
Please return the signed permission form if your child will take part in the reproductive health unit.
The frog life cycle and human development are compared in this week's science lesson.
Some STIs have no symptoms, which is why testing is important.
The health department's pamphlet on teen pregnancy is available in English and Spanish.
""")

H("consent", """
Today's lesson on consent emphasized that a yes must be freely given and can be taken back at any time.
Consent applies to everything from hugs to sharing photos, so always ask first.
Someone who is asleep, drunk, or unconscious cannot give consent.
We watched the "Tea and Consent" video and discussed why silence is not a yes.
In the body safety lesson, kindergartners learn that no one should touch their private parts and that they should tell a grown-up.
Students learned that grooming often starts with an adult giving special gifts and asking a child to keep secrets.
Body autonomy means you decide who touches you, and that includes relatives asking for hugs.
The health curriculum includes a unit on sexual harassment, what it looks like, and how to report it.
Title IX protects students from sexual harassment and discrimination at school.
Anyone who receives an inappropriate photo should tell a trusted adult and not forward it.
The school's sexual harassment policy is in the student handbook on page 34.
In the boundaries role-play, practice saying "I'm not comfortable with that" in a firm voice.
A speaker from the rape crisis center will talk with juniors about dating violence and consent.
Teen Dating Violence Awareness Month is February, so look for the purple ribbons.
the consent lesson in health was actually good, {t} explained it really clearly
Sextortion is when someone threatens to share images unless the victim sends more; the lesson explains how to get help.
If anyone online asks you to keep your conversation a secret from your parents, that's a red flag.
Parents, please see the attached guide on talking with your children about online predators.
Internet safety night will cover privacy settings, sharing images, and how predators use gaming apps.
Safe adults don't ask kids to keep secrets from their parents; surprises are okay, secrets are not.
Consent can't be given under pressure, and "maybe" or "I guess" is not enthusiastic agreement.
The district's reporting form for sexual misconduct is on the Title IX page of the website.
Students discussed how to respect a friend's "no" even when it's disappointing.
If you ever get a message that makes you uncomfortable, take a screenshot and show an adult.
Healthy relationships are built on trust, respect, and honesty; unhealthy ones involve control.
The online safety assembly taught the younger students never to meet someone from the internet in person.
The lesson covered what to do if someone shares a private picture of you without permission.
We talked about how consent works in everyday things, like borrowing a phone or posting a group photo.
The school's Title IX coordinator is {t}, who can be reached at the district office.
Anyone, of any gender, can experience sexual harassment, and all reports are taken seriously.
in health we learned that if someone asks u for pics u should block and report, lowkey useful
The body safety curriculum uses the words "safe touch," "unsafe touch," and "unwanted touch."
Coaches and staff are trained never to be alone with a student in a closed room.
Staff must never message students on personal social media accounts, according to district policy.
""")

H("puberty", """
Fifth-grade students will watch the puberty video on {day}, with boys and girls in separate rooms.
During puberty, bodies change at different rates, and that's completely normal.
The nurse is available to answer questions about periods, deodorant, and acne.
Please pack deodorant in your child's gym bag, since we've been talking about hygiene in health class.
Boys' voices deepen during puberty because the larynx grows.
Periods are a normal part of growing up, and free pads are available in the nurse's office and girls' restrooms.
Hormones like estrogen and testosterone trigger growth spurts and body hair.
Parents may preview the puberty lesson materials before the unit begins.
my mom says the puberty video is the same one she watched in like 1995 lol
Questions about growth spurts, voice changes, or breast development can go in the anonymous question box.
It's normal to feel moody during puberty, and talking to someone you trust helps.
The growth and development lesson covers changes in both boys' and girls' bodies.
Bras, shaving, and body odor are all part of the nurse's puberty talk.
Acne happens because hormones make the skin produce more oil.
Some kids start puberty at nine and others at fourteen; both are normal.
Please talk with your child about the changes that come with puberty before the lesson on {day}.
The puberty kits from the nurse include pads, deodorant, and a small booklet.
Growth spurts can make kids clumsy for a while as their bodies adjust.
the puberty talk was so awkward, nobody made eye contact for the rest of the day
We'll discuss how to handle teasing about body changes during puberty.
Emotional changes during puberty include stronger feelings and more interest in independence.
The nurse explained why teens need more sleep during puberty.
Pimples, sweat, and growth spurts are all normal, so don't compare yourself to others.
The health class handout on menstrual cycles is attached for families who want to review it at home.
Boys may notice their voices cracking, which can be embarrassing but is completely normal.
Our puberty unit ends with a question and answer session with the school nurse.
""")

H("counselor", """
Hi {n}, I noticed you seemed down in class today, and my door is open if you want to talk.
Dear families, our counseling team is available to support any student affected by this week's news.
If you ever feel like hurting yourself, please come find me or any adult you trust.
I'm checking in because a friend mentioned you've been having a hard time; no pressure, but I'm here.
The counseling office has a calm-down corner with bean bags and fidgets during lunch.
A grief support group will meet on {day}s during study hall for students who have lost a loved one.
Thank you for telling me about the messages you received; we're going to make sure you're safe.
Your son came to see me today and we talked through some stress about exams; he did a great job opening up.
It's okay not to be okay, and drop-in hours are every day at lunch in room {room}.
After the death of a student's parent, counselors will visit the sixth-grade classes to talk about grief.
If your child seems withdrawn or talks about not wanting to be here, please call me right away.
We're starting a small group on managing anxiety for students who feel overwhelmed.
Our school social worker can connect families with food, housing, and mental health resources.
You are not a burden, and you never have to handle things alone; come see me anytime.
I'll pull {n} out of PE tomorrow for a quick check-in about how things are going.
Safety plans are confidential and shared only with the people who need to know.
I wanted to let you know that {n} was very upset after lunch, and we spent some time talking it through.
Please fill out the counseling request form if you'd like to meet with someone this week.
The counselors are running a stress-less week before finals with therapy dogs and coloring.
Grief can show up as anger, tiredness, or trouble focusing, and all of that is normal.
I'm so sorry about your grandmother; please take whatever time you need with your assignments.
I spoke with {n} today about the conflict with her friends, and she has some ideas for how to handle it.
If you are worried about a friend, you can fill out the anonymous concern form on the school website.
We take every report about a student's safety seriously, and we followed up with the family today.
Our counselors are trained to help students who are thinking about suicide or self-harm.
Please let me know if you'd like to schedule a meeting about your child's wellbeing.
The transition to high school can be hard, and we have peer mentors who can help.
I'm proud of you for asking for help; that takes real courage.
Your child is welcome to use the wellness pass whenever she feels overwhelmed in class.
Just a reminder that everything you share with me stays private unless someone is in danger.
Following the car accident this weekend, counselors are available in the library all day.
Families may call the district's 24-hour support line if their child is in crisis after school hours.
I wanted to follow up on our conversation about sleep and screen time; here are the resources I mentioned.
The counseling department's newsletter this month focuses on coping with test anxiety.
hey {t}, thanks for talking with me today, i feel a lot better
can i come see you during lunch? things at home are kind of stressful rn
""")

H("nurse", """
Your child visited the nurse today with a nosebleed, which stopped after ten minutes.
Please send a signed medication authorization form if your child needs ibuprofen at school.
All medications, including over-the-counter pills, must be kept in the nurse's office in their original bottles.
Students with asthma may carry their inhalers with a doctor's note.
Epinephrine auto-injectors are stocked in the nurse's office and the cafeteria.
Your child bumped his head at recess, so please watch for signs of a concussion tonight.
There have been several cases of lice in the second grade, so please check your child's hair.
The flu shot clinic will be held in the gym on {date}.
Vision and hearing screenings will take place next week.
The nurse cannot give any medication without written permission from a parent.
Your daughter cut her finger in art class; it was cleaned and bandaged.
If your child has a fever over 100.4, please keep them home for 24 hours.
Students with diabetes may check their blood sugar in class and carry glucose tablets.
Scoliosis screenings for seventh graders are scheduled for {day}.
Your son was stung by a bee at recess; we applied ice and he went back to class.
i went to the nurse bc i had a killer headache and she let me lie down for a bit
the nurse gave me an ice pack and said i'd live lol
Please update your child's emergency contacts and allergy information in the parent portal.
Stomach flu is going around, so please remind your children to wash their hands often.
A student in your child's class has a severe peanut allergy, so please avoid sending nut products.
Your child complained of a sore throat and was sent home; please check with your doctor about strep.
The nurse's office has spare clothes, feminine products, and toothbrushes for anyone who needs them.
Your son's inhaler is expiring next month, so please send a new one.
Students returning after a concussion need a doctor's clearance before returning to PE.
Head lice are not dangerous, but please treat your child before they return to school.
Immunization records for seventh grade are due by {date}.
Your child fell on the playground and scraped both knees; they were cleaned and bandaged.
The nurse will be out on {day}, and a substitute nurse will cover the office.
Please let us know if your child has any new medical conditions or medications this year.
Students may not carry cough drops or pain relievers in their backpacks without a form.
A sunscreen permission form is attached for the field day.
Your child's heart rate and blood pressure were normal, and she rested for 20 minutes before going back to class.
Reminder that the nurse's office has a stock of Narcan as part of the state's overdose prevention law.
""")

H("parent_meds", """
Hi, my son takes Adderall for ADHD; can the nurse give him his lunchtime dose?
Could you tell me how to drop off my daughter's antibiotics? She needs a dose at noon.
My child has a prescription for Ritalin, so which form does the doctor need to fill out?
Is it possible for my son to keep an EpiPen in his backpack on the field trip?
My daughter started Zoloft this week, so please let me know if you notice any side effects in class.
Does the school stock Tylenol, or should I send some in?
Please give {n} one puff of her inhaler before PE; the doctor's note is attached.
Will someone be able to give my son his insulin during the overnight trip?
Can my child carry cough drops in class, or do those need to be kept in the office too?
My son is on a new seizure medication and may be drowsy in the afternoons.
Where should I drop off the melatonin for the sixth-grade camp?
Could you remind {n} to take his allergy pill at lunch?
I'm sending a note from our pediatrician explaining my daughter's migraine medication.
Do the chaperones on the overnight trip handle students' prescription medications?
My son's dose of his ADHD medication was changed, and he may seem more tired than usual.
Can the nurse give ibuprofen for cramps if I sign the form?
{n} takes a daily antihistamine; is it okay if I send it in a labeled bag instead of the bottle?
My daughter needs her Concerta refilled at school; how many pills should I send?
What is the policy on students taking prescription medication on field trips?
Would it be possible for the nurse to call me before giving any pain medicine?
My child uses a nebulizer at home; does the nurse's office have one?
We're trying a new anxiety medication, and the doctor asked us to keep an eye on his mood at school.
Can I bring in a second EpiPen to keep in the classroom?
My son's doctor prescribed an antibiotic three times a day, so he'll need one dose at school.
Is it okay for {n} to have eye drops in her backpack for allergies?
Could someone check that my daughter ate lunch before taking her medicine? It upsets her stomach otherwise.
""")

H("parent_bullying", """
Could you please send me a copy of the district's anti-bullying policy? My son says some kids have been teasing him.
What is the process for reporting bullying that happens on the school bus?
My daughter was left out of the lunch table again and came home in tears; can we set up a meeting?
I'd like to understand how the school handles cyberbullying that happens on weekends.
Someone posted an unkind comment about my son in a group chat; who should I contact?
Thank you for handling the situation with the other students so quickly.
Does the school have a way for students to report bullying anonymously?
How does the school tell the difference between bullying and a normal conflict between kids?
My child says a classmate pushes him in line every day; could you keep an eye on it?
I'm concerned that my daughter is being excluded on purpose at recess.
What consequences are in place for students who harass others online?
Could we talk about a plan to help {n} feel safer in the hallways between classes?
My son told me he was called names in the locker room, and I'd like to know what the school can do.
Is there a counselor who works specifically with students who have been bullied?
I'd appreciate it if you could seat my daughter away from the student who has been bothering her.
What does the school do when bullying happens on social media outside school hours?
Thank you for calling me about the incident at recess; I've talked with {n} about it at home.
My daughter has been getting mean messages on her phone; should I report them to the school or to the police?
I want to make sure my son isn't the one doing the teasing; can you let me know if you see anything?
Can you explain what the school means by a "restorative conversation" after a bullying incident?
Is the anti-bullying policy the same for elementary and middle school?
I've noticed my child doesn't want to go to school anymore and I wonder if something is happening with classmates.
Could the bus driver keep an eye on the back rows? There's been some pushing and name-calling.
""")

H("bullying_report", """
{t}, I think {n} is getting bullied on the bus, because some kids keep taking his hat.
i wanted to tell you that some people were making fun of {n}'s stutter in gym, i didn't think it was right
{t}, someone wrote mean things about {n} on the bathroom wall, and I took a picture to show you.
I'm reporting that someone made a group chat to make fun of a girl in our grade; I left it, but I wanted you to know.
Can I talk to you after class? Someone has been sending my friend really mean messages.
I saw some eighth graders pushing a sixth grader into the lockers this morning.
i don't want to be a snitch but {n} is getting picked on every day at lunch
somebody posted an embarrassing pic of my friend and i reported it to the office
Dear {t}, my son told me a classmate called him names in the locker room, and I wanted you to know.
Thanks for listening yesterday when I told you about the kids teasing me.
{t}, a couple of boys keep calling {n} names because of his accent, and he doesn't want to say anything.
I used the anonymous reporting form because a kid in my class keeps getting excluded from group work.
my little sister said some fifth graders told her she couldn't play with them anymore, can you check on her?
Someone keeps knocking {n}'s books out of his hands in the hallway; it happens every morning.
i told {t} that people were laughing at {n} for his shoes and she handled it really well
I wanted you to know that my daughter has been getting left out of the lunch group on purpose.
{t}, there's a fake account posting stuff about kids in our grade, can the school do something?
Some of the older kids on the bus have been taking {n}'s snacks and laughing at him.
I'm not sure if this counts as bullying, but a group keeps copying everything {n} says to mock her.
i reported the kids who were being mean to the new girl and i feel better now
Could you please keep an eye on the back of the room? A few students whisper things about {n} during class.
This is {n}'s mom; he came home upset because of comments about his weight during PE.
a kid in my gym class keeps calling me names and i wanted to tell someone
""")

H("anti_bullying", """
Our anti-bullying assembly on {day} features a speaker who was bullied as a teenager.
Pink Shirt Day is {day}, so wear pink to show you stand against bullying.
Be an upstander, not a bystander: if you see someone being picked on, speak up or get help.
Students signed a kindness pledge promising not to spread rumors or exclude classmates.
The anti-bullying club is looking for new members to help plan Kindness Week.
In advisory, we discussed how cyberbullying can follow students home through their phones.
Role-play scenarios this week include name-calling, exclusion, and spreading rumors online.
The fourth graders made posters with the slogan "Words Can Hurt, Words Can Heal."
Our No Name-Calling Week activities start on {day}.
Bullying is repeated, intentional, and involves a power imbalance, so a single argument is not always bullying.
The assembly speaker described being called names every day in middle school and how she got through it.
During Kindness Week, write an anonymous compliment for a classmate and drop it in the box.
The anti-bullying play will be performed for grades 3 through 5 on {day} morning.
We read Wonder as a class to talk about how it feels to be treated differently.
The buddy bench on the playground is for anyone who needs someone to play with.
In advisory we practiced what to say when a friend is being mean to someone else.
The student council's "See Something, Say Something" campaign encourages reporting bullying to an adult.
Our school-wide expectations are to be safe, be respectful, and be kind.
Students learned that laughing along with a mean joke can make the person being targeted feel worse.
We talked about how excluding someone from a group chat can be a form of bullying.
The unity day walk will end with a chain of paper links, each with a promise to be kind.
Our advisory lesson on digital citizenship covers respectful posting and what to do about online harassment.
The anti-bullying essay contest asks: what would you do if you saw someone being bullied?
Peer mediators help classmates solve conflicts before they turn into bullying.
The guest speaker talked about how rumors spread and how one person can stop them.
We will discuss the difference between telling on someone and reporting to keep them safe.
The middle school's bullying prevention survey results will be shared at the next PTA meeting.
October is National Bullying Prevention Month, and each grade is decorating a kindness door.
the anti bullying assembly was lowkey emotional, the speaker's story was so sad
""")

H("drills", """
We will hold a lockdown drill on {day} morning; this is a planned practice and there is no danger.
During a lockdown, lock the door, turn off the lights, and stay out of sight of the windows.
Fire drill at 10:15 today, so please leave backpacks behind and exit quietly.
As required by state law, our staff trained this week in the Run, Hide, Fight response for an active shooter.
There will be a shelter-in-place drill this afternoon, and students will stay in classrooms with doors closed.
The tornado drill is at {time}; students will move to the interior hallways and crouch down.
During the evacuation drill, all classes will walk to the reunification site at the church parking lot.
Parents, please note that police officers will be on campus {day} to observe our lockdown drill.
Earthquake drill: drop, cover, and hold on under your desk.
The fire alarm went off today because of burnt popcorn in the staff lounge, and everyone evacuated safely.
The procedure for evacuating after a bomb threat has been updated in the staff handbook.
During a hold, students stay in classrooms while the hallways are cleared, and learning continues.
the fire drill happened right in the middle of my math test lol
In a lockdown, we do not open the door for anyone, even if they say they're a teacher.
Bus evacuation drills will take place this week during morning arrival.
the lockdown drill today was kinda scary for the little kids but they did great
Please do not call or text your child during a drill, as phones must stay silent.
Our safety team will review how the drill went and share any changes with families.
The reunification drill will practice how parents pick up students after an emergency.
Teachers will explain to younger students that drills are practice, just like fire drills.
Please talk with your child at home about staying calm during lockdown drills.
There was a real lockdown at the middle school this morning due to police activity in the neighborhood; all students are safe.
The district's emergency plan includes procedures for fires, severe weather, intruders, and medical emergencies.
Classrooms now have a go-bag with a first aid kit, a class list, and a flashlight.
Today's drill went smoothly; it took four minutes to evacuate the entire building.
All visitors must sign in at the front office and wear a badge as part of our security procedures.
The secure-perimeter drill means outside doors are locked, but classes continue as normal inside.
The new door-lock system lets teachers lock classrooms from the inside during an emergency.
we had a lockdown drill in the middle of lunch and had to hide in the kitchen with the lunch ladies lol
The fire marshal observed our drill and said we were one of the fastest schools in the county.
Substitute teachers receive a folder with drill procedures and the evacuation map.
Kindergarten practiced the fire drill today and learned to line up quietly at the door.
""")

H("sro", """
Officer Delgado, our school resource officer, will talk to the seventh grade about internet safety.
The SRO will direct traffic at dismissal while the crosswalk is repaired.
Officer Bright helped return a lost bike to a student this morning, so thank you!
Our school resource officer is hosting a "Coffee with a Cop" for parents on {day}.
The SRO is trained in de-escalation and works closely with the counselors on student safety.
Officer Delgado will teach the kindergarteners what police officers do and let them see the patrol car.
The police department's therapy dog will visit classrooms with the SRO on {day}.
The school resource officer holds office hours in room {room} if students have safety concerns.
Officer Bright talked to the driver's ed class about what to do during a traffic stop.
The SRO will present on vaping laws and consequences at the parent night.
Please welcome Officer Pham, who joins us as our new school resource officer this year.
The school resource officer coached the girls' flag football team at recess this week.
Officer Delgado is teaching a lesson on bike and pedestrian safety to the third grade.
Our SRO helped organize the Shop with a Cop event for families in need.
The SRO will be at the basketball game to help with traffic and parking.
The school resource officer explained to the civics class how a warrant works.
i asked the school cop about becoming a police officer and he gave me a bunch of info
The SRO program is funded jointly by the district and the city police department.
Officer Pham will review crosswalk safety with the safety patrol students.
Students can report concerns to the SRO, a counselor, or any trusted adult.
""")

H("sports", """
Our shooting guard dropped 24 points last night in the win over {team}.
Coach wants everyone to work on beating the shot clock at practice.
We absolutely destroyed them 42-7 in the homecoming game!
The girls' soccer team crushed it at regionals.
{n}'s free throw with two seconds left sealed the game.
The penalty shot went wide, and our goalie saved the next one.
Congratulations to the volleyball team, who killed it at the state tournament.
That was the bomb of a pass from the quarterback in the fourth quarter.
We beat them in overtime after being down by twelve.
the wrestling team got absolutely murdered at the tournament lol
Our pitcher threw heat all game and struck out eleven batters.
he took a shot from half court at the buzzer and it went in!!
Tip-off is at 7, so wear school colors and bring the noise!
Cross country runners, we're doing hill killers on {day}, so rest up.
Coach says we need to attack the net more in volleyball.
Our defense was a brick wall, and the offense just kept firing.
The fencing club needs volunteers to help set up for Saturday's tournament.
{n}'s kill in the third set won the match for us.
The JROTC rifle team placed third at the state marksmanship championship.
We got smoked in the first half but came back strong in the second.
that dunk was so nasty i'm still screaming
The hockey team took 40 shots on goal and still lost 2-1.
Our pitcher has a killer curveball.
The lacrosse team faces off against {team} on {day}.
Starting lineup: point guard {n}, shooting guard {n2}, and center Malik.
Knockout is the most popular game at basketball camp.
In the dodgeball tournament, teams of six play until the last one standing wins.
The boxing unit in PE focuses on footwork and bag work, with no sparring.
Our cheer squad nailed the pyramid at the pep rally.
the refs were blind tonight, we got robbed
It went to sudden-death overtime, and the first goal won it.
She has a cannon for an arm and threw the runner out at home plate.
We tied them 2-2, but we'll beat them next time.
The team is on fire this season, undefeated through eight games.
The golf team shot a 312 at the district qualifier.
bulldogs are gonna crush {team} friday let's gooo
Our goalie was a beast in net today.
The swim team smashed three school records this weekend.
JV lost a heartbreaker on a last-second field goal.
The Wildcats are out for revenge after last year's loss to {team}, so come fill the stands.
we're gonna annihilate them in the scrimmage tmrw
Coach said if we're late again he'll make us run until we drop lol
The tennis team swept {team} 7-0.
Great hustle today; you guys left everything on the field.
{n} took a hard hit in the second quarter but was cleared by the trainer.
Our point guard stole the ball three times in the final minute.
Fantastic win, team; you played like a pack of wolves out there.
The baseball team needs to work on hitting the cutoff man and killing the rally early.
Shooting practice will focus on free throws and corner threes.
The girls took down the number one seed in the first round!
We're going to blitz them on every third down, so know your assignments.
Ice hockey tryouts include a shootout drill at the end.
The soccer penalty shootout went to the seventh round before we won it.
Our quarterback got sacked four times, but he kept fighting.
Track and field: shot put, discus, and javelin practice is on the back field.
The javelin and shot put throwers must wait for the coach's signal before throwing.
{n} is a sharpshooter from the three-point line.
Varsity beat {team} on a walk-off homer in the ninth!
Great hustle on the full-court press tonight; we smothered them.
Our wrestler pinned his opponent in the first period.
The coach said our defense has to be more aggressive and hit harder in practice.
The relay team absolutely demolished the school record.
They scored a goal in the last minute and broke our hearts.
Our star striker fired a rocket into the top corner.
Don't forget your mouthguard and shin guards for the game.
The referee gave {n} a yellow card for a late tackle.
The softball team killed it at the plate, with 14 hits.
The crowd went wild when {n} hit the buzzer beater.
Golf is about killing the ball off the tee and keeping calm on the green.
Martial arts club: students practice kicks and blocks on pads with an instructor.
Our karate club earned three new black belts this season.
The water polo team took down the defending champions.
Shot clock violations cost us two possessions in the fourth quarter.
We got blown out 58-20, but the freshmen gained a lot of experience.
The kickoff return for a touchdown totally killed their momentum.
Skeet and trap team results: {n} hit 23 out of 25 clays at Saturday's meet.
{t} will run the sharpshooting contest at the free throw line during the pep rally.
GG to {team}, they played hard but we were just better today
""")

H("hunting", """
Hunting season opens next week, so expect a few absences from students going to deer camp with family.
{n} will be out {day} morning because it's the first day of turkey season.
Grandpa got a ten-point buck on opening day, and we're making jerky.
The trap shooting club meets Saturday at the county range, and eye and ear protection are required.
Our clay target team qualified for the state tournament in {town}.
My dad and I went duck hunting at dawn and didn't see a single duck.
The outdoor education class will learn how hunting licenses help pay for wildlife conservation.
Many families in our district hunt, and the first day of deer season is an excused absence.
The trapshooting team is looking for parent volunteers to drive to the range.
We learned how wildlife biologists set hunting limits to keep the deer population healthy.
my uncle took me fishing and pheasant hunting over break, best weekend ever
Please wear blaze orange if you walk the nature trail behind the school during hunting season.
The clay target league is a school-sanctioned sport, and all shotguns stay at the range.
Our social studies unit covers how Native peoples hunted bison on the Great Plains.
The field and stream club is organizing a trip to the state fish hatchery.
i got my first deer this season and my mom made chili with it
The science class discussed how hunting helps control overpopulation of deer in suburban areas.
The trap team's banquet is on {date}, and every shooter will receive a letter.
Reminder: the archery deer season overlaps with our outdoor field trip, so we will stay on marked trails.
The Thanksgiving break often lines up with rifle season here, so some students may leave early.
""")

H("hunter_archery", """
The state hunter safety course will be offered after school in the library and covers firearm handling, ethics, and first aid.
Students in the archery unit must wait for the whistle before retrieving their arrows.
The archery tournament is Saturday in the gym, and families are welcome to watch.
Always treat every firearm as if it were loaded; that's rule number one of hunter safety.
Archery club: bows stay on the rack until the range officer calls all clear.
The hunter education field day includes a walk through the woods with dummy firearms.
Never point a bow at anyone, even without an arrow on the string.
The hunter safety test covers shot placement, tree-stand safety, and blaze orange rules.
Congratulations to {n}, who scored 285 out of 300 at the archery regional!
Our PE archery unit uses compound bows with low draw weights and arrows with blunt tips.
Students must pass the hunter education course before they can apply for a youth hunting license.
The instructor showed how to cross a fence safely while carrying an unloaded shotgun.
Archery practice is canceled {day} because of the wind.
Each archer needs an arm guard and a finger tab, which the school provides.
The hunter safety course also covers wildlife identification and conservation law.
i passed the hunter safety test!! now i can go with my dad this fall
Whistle commands: two blasts to go to the shooting line, one blast to shoot, three blasts to retrieve arrows.
The archery team placed second at the state tournament, and {n} had the highest score in her division.
In the hunter education class, students learned to identify their target and what is beyond it.
The conservation officer teaching the course brought pelts and skulls for the students to examine.
Archery is a great sport for focus and patience, and no experience is needed to join.
Hunter ed homework: read the chapter on firearm actions and ammunition before the next class.
Bows and arrows are stored in the locked PE cage when the archery unit is over.
The 4-H shooting sports program teaches archery and air rifle safety under certified instructors.
The outdoor skills club will practice archery and orienteering at the county park.
Please sign the archery unit permission form so your child can participate.
""")

H("drama", """
Stage combat rehearsal is {day}, and the fight choreographer will teach the sword fight in Act 3.
All prop swords and daggers must be signed out from the props table and returned after each scene.
The murder mystery dinner theater needs a few more volunteers to play the suspects.
In Sweeney Todd, the razor is a retractable prop and is locked away after every show.
The prop rifle for the musical is a painted wooden replica that has been approved by the principal.
Stage blood stains, so wear old clothes to dress rehearsal.
Romeo, your death scene needs to be slower; really let the poison take hold.
Who killed Mr. Boddy? Find out at the drama club's production of Clue this weekend!
break a leg tonight everyone!!
The fight in West Side Story is choreographed like a dance, and no one actually makes contact.
Props list: rubber knife, fake rope, a cardboard pistol, and two foam swords.
ahh i have to die on stage in front of the whole school tmrw 😭
Hamlet's duel scene uses blunted rapiers, and we'll run it ten times before opening night.
For Macbeth, the witches need more cauldron smoke and Banquo's ghost needs better makeup.
The murder happens offstage in Act 1, and the detective investigates in Act 2.
i got cast as the victim in the murder mystery lol i'm dead by page 4
Please return the stage combat waiver signed by a parent.
Our one-act play is a comedy about a bank robbery that goes terribly wrong.
The props team needs help painting the fake cannon for Les Mis.
Everyone who dies in the final scene needs to stay perfectly still until the lights go down.
The villain's poison vial is just colored water, so don't worry about it.
Rehearsal note: the slap in scene 4 is a knap, and the sound comes from the actor's own hands.
Tickets for the spring murder mystery, "Death at Dunmore Manor," go on sale {day}.
The stage manager counts every prop weapon before and after each performance.
The improv club played a game where everyone had to die dramatically in a different way.
In the melodrama, the audience boos the villain when he ties the heroine to the railroad tracks.
{n} was amazing as Lady Macbeth; the sleepwalking scene gave me chills.
The sound effects team needs a thunderclap, a gunshot, and a creaking door for Act 2.
We need a fake severed head for the Sleepy Hollow play; anyone good at papier-mâché?
Our production of Arsenic and Old Lace opens {date}; it's a comedy about two aunts who poison lonely old men.
our director said i have to scream louder when the ghost appears lol
Stage combat class: today we learned how to fall safely and how to fake a punch.
The theater class is studying Greek tragedies, where most of the violence happens offstage.
Chicago's "Cell Block Tango" has been replaced with another number for the middle school version.
The cap gun sound effect is now a recorded sound, per the district's policy on prop weapons.
Our Peter Pan hooks, swords, and cannonballs are all made of foam.
Remember to die on the downstage side so the audience can see your face.
The murder mystery party kit for the theater fundraiser includes character cards and clues.
The fight director will be on site {day} to choreograph the tavern brawl.
Opening night was a killer performance; thank you to everyone who came!
""")

H("video_games", """
we finally killed the boss on level 3 after like 40 tries
i'm the best sniper in our fortnite squad ngl
just respawn and try again, the checkpoint is right there
he keeps camping in the corner with a shotgun, it's so annoying
Minecraft club is building a castle with a moat and defenses against creepers this week.
bro i got a 20 kill game last night
The esports team qualified for the regional Rocket League finals.
dont shoot me i'm on your team!!
we got wiped by the last squad in warzone
that headshot at the end was insane
i keep dying to the same zombie over and over
The esports club is holding a Super Smash Bros tournament {day} in the library.
In game design class, we're building a platformer where you stomp on enemies to defeat them.
can u carry me in ranked tonight, i keep getting destroyed
the final boss in zelda took me three hours
who wants to play among us at lunch, i'll be impostor and kill everyone
i died to fall damage like an idiot
we need a healer, our tank keeps dying
you have to shoot the weak spot on its back to beat it
i just speedran the whole level without dying once
The coding club made a simple space shooter game in Python.
bro stop stealing my kills
i'm gonna rage quit if i die one more time on this level
The esports team practices strategy and communication, not just aiming.
my little brother keeps blowing up my house in minecraft with tnt
ok the new map has a bunch of sniper spots on the roofs
i got eliminated in the first minute again, this game hates me
we should drop at the docks, there's better loot there
The library's board and video game night includes Mario Kart and Just Dance.
level 5 has a dragon you have to slay with the legendary sword
stop spamming grenades lmao
Our game design students will present their projects, including a pirate battle game, on {day}.
i finally beat the last boss in hollow knight, i'm so happy
i'm down to one life and no health potions
the creeper blew up my whole base 😭
its a co-op game so we have to revive each other when we go down
he's lagging so bad he keeps teleporting around and dying
The math club used chess puzzles and a tower defense game to teach strategy.
i respawned right in front of the enemy team and got wrecked immediately
the trick is to parry before the boss swings the axe
we won the squad match with one hp left
hey want to hop on later and raid the dungeon?
""")

H("cooking", """
In Family and Consumer Science, we'll practice knife skills: the claw grip, the rocking chop, and the julienne.
Chop the onions finely, and kill the heat once they turn golden.
Beat the eggs until stiff peaks form.
My dad needs two shots of espresso just to function in the morning.
The vinaigrette is three parts oil to one part red wine vinegar.
Grandma's rum cake recipe is going in the class cookbook, and the note says the alcohol bakes off.
Use the chef's knife for the carrots and the paring knife for the strawberries.
Slice, dice, and mince are all on the knife-skills quiz.
Smash the garlic with the flat of the blade.
Whip the cream, then fold in the sugar.
In culinary class, knives are kept in a locked drawer and counted at the end of every period.
Cut the cold butter into the flour with a pastry cutter.
don't overbeat the batter or the cupcakes get tough
The recipe calls for a splash of cooking wine, but you can use broth instead.
Bring the water to a rolling boil, then kill the heat and let the eggs sit for ten minutes.
Stab the potatoes with a fork before microwaving them, or they might burst.
Pound the chicken breasts flat with a meat mallet.
The butcher used a cleaver to separate the ribs during the demo.
Score the bread with a sharp blade right before it goes in the oven.
Bake until the top is golden and a knife comes out clean.
Marinate the beef overnight in soy sauce, ginger, and rice wine vinegar.
Kill the heat and stir in the cheese.
A local butcher will show the class how to break down a whole chicken.
The cheesecake needs a water bath so it doesn't crack.
our foods class cake exploded in the oven bc we used baking soda instead of powder lol
Always cut away from your body and keep your fingers curled under.
A dull knife is more dangerous than a sharp one, because it slips.
The teachers' lounge coffee is so strong it could kill a horse.
The chili is killer; you have to try it.
Hack the squash in half with a big knife, then scoop out the seeds.
Crush the crackers with a rolling pin for the pie crust.
Shoot, I forgot to add the salt!
Deglaze the pan with a little apple cider vinegar.
The bananas need to be really brown for banana bread; the riper the better.
The tiramisu in our Italian class recipe uses coffee instead of liqueur.
Grandpa's secret barbecue sauce has a shot of hot sauce and a lot of brown sugar.
We're making beer-battered fish in culinary arts using ginger ale instead.
In chemistry of cooking, we learned why bread dough needs to be punched down.
Mix the dry ingredients, then beat in the wet ones a little at a time.
The knife safety test must be passed before students can use the chef's knives.
Murder the garlic, that's what my grandma always says lol
Add a shot of vanilla and a pinch of salt.
My mom's recipe for poached pears uses grape juice instead of wine.
Sear the steak in a smoking hot pan, then let it rest.
The sourdough starter needs to be fed every day or it will die.
Pressure cookers can explode if the lid is forced, so follow the instructions.
This hot sauce is deadly, only try a drop.
Our class made Irish soda bread for St. Patrick's Day.
The recipe said to fire up the grill and char the peppers until blackened.
Skewer the vegetables and grill them for ten minutes.
Can you grab the cleaver from the drawer? I need to chop the squash.
The cafeteria's new hot wings are lethal, I cried a little.
""")

H("idioms", """
this test is killing me
i'm dying 😂
my mom is going to kill me when she sees this grade
i could die of embarrassment, i called {t} mom in front of everyone
i'm dead tired after that practice
Shoot me an email when you get a chance.
Take a shot at the bonus question; there's no penalty for a wrong answer.
Your project is going to blow the others out of the water.
break a leg at your recital!!
i'm literally dead 💀 that video
that joke killed me
you killed that presentation
I'll kill two birds with one stone and drop off the forms on my way to work.
We're going to knock it out of the park at the science fair.
He's been dying to try out for the team.
That outfit is killer!
my feet are killing me after the field trip
she slayed the talent show
the wifi is dead again
my phone is dead, text my mom instead
we're dead in the water if the printer doesn't work
{t} is going to murder me if i'm late again lol
This heat is brutal; I'm melting.
Don't shoot the messenger, but the field trip is canceled.
Let's bite the bullet and start the essay tonight.
That idea bombed in the pitch meeting, so we're trying another one.
The comedy skit totally bombed, only two people laughed.
I nearly had a heart attack when the fire alarm went off.
Dad is going to lose his mind when he sees how clean my room is.
over my dead body am i wearing that sweater for picture day
i'd kill for a pizza right now
kill me now, we have three tests on friday
this homework is going to be the death of me
you're killing it in spanish class
she's a killer at chess
My math grade is on life support.
My laptop battery died in the middle of the quiz.
i almost died laughing at lunch
my little brother is a menace but i love him
you scared me to death!
i nearly jumped out of my skin
fight me, pineapple belongs on pizza
I'll take a stab at the first question.
She shot down my idea for the poster.
Let's shoot for a Friday deadline.
Give it your best shot!
let's go in all guns blazing on the science fair
The fundraiser was a smash hit.
The new gym is the bomb.
this song slaps
that pop quiz was a total ambush
ugh i'm so dead, i forgot the permission slip again
i'm crying, the sub thought {n} was the teacher 😭
my brain is fried after that exam
that math test destroyed me
the essay absolutely murdered my weekend
ok that chem test just ended my whole career lol
if i see one more fraction i'm going to explode
I could strangle this printer; it jammed again.
You crushed that audition!
the traffic this morning was murder
this cold is killing me, i've been sneezing all day
that was a killer workout
we got slaughtered on the group project grade lol
my sister is gonna kill me, i borrowed her hoodie and spilled juice on it
i'm so done with this day, it's been a nightmare
if {t} gives us another worksheet i'm going to scream
I'm starving, I could eat a horse.
That dress is to die for.
The suspense is killing me; when do grades come out?
{n} aced the test, she's a machine
that movie scared me half to death
the cliffhanger at the end of the book literally killed me
i'm going to die of boredom in this assembly
dead serious, the library has a 3d printer now
we're so dead if we miss the bus
I'm shooting from the hip here, but maybe we could move the meeting to {day}.
The photos came out drop-dead gorgeous.
The new history teacher is da bomb, everyone loves her
The storm threatens to cancel {day}'s game.
Heavy snow is threatening the field trip, so watch your email.
Don't beat yourself up about the quiz; you'll do better next time.
That riddle is killing me, what's the answer??
i'd rather die than sing in front of the class lol
my legs are dead after cross country
he's a loose cannon in dodgeball, he throws at everyone
you're gonna slay the interview tomorrow
i'm deceased 💀💀
I'm swamped; this week is murder.
This quarter's attendance numbers are killer, so thank you, families!
That sub was a lifesaver, she explained everything.
my mom said she'll ground me for life if i forget my retainer again
{n} knocked 'em dead at the spelling bee.
The bake sale sold out in an hour, we got killed with customers.
you're gonna be the death of me with these puns
my plant died again, rip
my headphones just died mid song, tragic
ngl i'm lowkey dying to see the new marvel movie
Time flies when you're having fun, and this semester flew.
That cat video sent me 😂
i'm screaming, {n} just tripped up the stairs and did a bow
I'm shook, the test was actually easy.
Sorry, my brain stopped working after fifth period.
ok that twist at the end of the movie destroyed me emotionally
Knock on wood, we'll finish the project by {day}.
The teacher said we'll hit the ground running on Monday.
Just shoot me a text when you're outside.
I'd give my right arm for a snow day.
the new cafeteria pizza hits different
I'm going to blow up your phone with reminders until you return the form!
""")

H("slang_bet", """
bet, see you at 4
bet, i'll bring the poster board
i'd bet she gets the lead in the play
no cap, that was the best field trip ever
I bet you'll ace the test if you keep studying like this.
You bet! I'll be there Saturday.
Your best bet is to email the counselor directly.
i'm betting on rain tomorrow so bring an umbrella
bet bet, meet by the library
It's a safe bet the bus will be late again.
Hedge your bets and study both chapters.
odds are the test is on chapter 5
the odds of me waking up at 6 are very low lol
all bets are off once the snow starts
cap, you did not finish the essay already
bet, i'll text you when i'm leaving
I'd bet the science fair winner will be the volcano project again.
no cap that pizza was elite
"can you send me the notes?" "bet"
bet, i'm down for the study group
I bet {t} will let us watch a movie on the last day.
bet, send me the link
no cap, {n} is the funniest person in our grade
You can bet the parking lot will be full for graduation, so arrive early.
My best bet for the bus is the 7:15 from the corner.
bet, same time tomorrow?
i bet you can't guess what we're having for lunch
ok bet, i'll do the slides and you do the script
that's cap, the quiz isn't until friday
The safest bet is to pack a lunch, since the food truck might not come.
bet, i'll ask my mom if i can stay late
i'd bet my sister eats all the cookies before i get home
no cap i studied for like 4 hours
The odds are in our favor if we practice our lines every night.
Chances are the assembly will run long, so pack a snack.
bet, i'll save you a seat
""")

H("probability", """
Today's lesson: what is the probability of rolling two sixes with a pair of dice?
If you draw one card from a standard deck, what is the probability that it's a heart?
Students will flip a coin 50 times and compare their results with the expected probability.
The expected value tells you the average result of a game if you played it many times.
Why do casinos always win in the long run? We'll use expected value to find out.
The Monty Hall problem: should you switch doors?
The chance of winning the big lottery jackpot is about 1 in 300 million, which is why it's a poor financial plan.
In the spinner activity, color the spinner so that red has a one-in-four chance.
What are the odds of drawing two aces in a row without replacement?
Fantasy football club has no money involved, just bragging rights and a homemade trophy.
Roll a die 60 times and record how often each number appears.
Poker hands like a full house and a flush are a classic combinatorics example.
In genetics, two carrier parents have a 25 percent chance of having a child with the trait.
The forecast says there's a 70 percent chance of snow tomorrow.
In stats, we'll play blackjack with paper chips to see why the house has the edge.
The March Madness bracket in math class is just for practicing probability, with no money involved.
Board game night in the library features Monopoly, Ticket to Ride, and Clue.
Homework: find the probability of getting at least one head in three coin tosses.
A standard deck has 52 cards in four suits, so what's the chance of drawing a king?
We'll simulate 1,000 dice rolls in a spreadsheet to see the law of large numbers.
The Punnett square shows a three-in-four chance of brown eyes.
Probability quiz on {day}: independent events, dependent events, and tree diagrams.
The game of craps is a good example of how compound probability works.
Is the carnival ring toss fair? Use the data from our experiment to decide.
What's the probability of drawing a red marble, replacing it, and then drawing a blue one?
The chess club's rating system uses probability to predict who will win a game.
Use a two-way table to find the probability that a randomly chosen student plays a sport.
In the dice game "Pig," you decide whether to keep rolling or hold your points.
i don't get how the birthday problem works, 23 people and it's 50 percent??
In AP Stats, we're analyzing why the odds in roulette slightly favor the house.
The math team practices with card-counting problems from competition books.
The game show unit explains why the odds on a scratch-off ticket are so low.
Family board game night is {day} at 6 in the cafeteria; bring your favorite game.
The odds ratio in the medical study tells us how much the treatment lowered risk.
Mendel's pea experiments showed ratios close to three to one.
Dungeons and Dragons club uses twenty-sided dice, so we calculated the chance of rolling a natural 20.
The math fair booth lets visitors guess the number of jelly beans in a jar.
In economics we discussed why people buy insurance even though the expected value is negative.
The fantasy basketball league in homeroom uses points only and the winner gets a pizza party.
""")

H("raffle", """
PTA raffle tickets are $1 each or six for $5, and the grand prize is a family pass to the zoo.
The PTA raffle drawing will be held at the spring carnival on {date}.
Buy a raffle ticket for a chance to win a basket donated by local businesses, with all proceeds going to the library.
The 50/50 raffle at the football game is run by the band boosters to pay for new uniforms.
Congratulations to the {grade} grade family who won the teacher-for-a-day raffle prize!
Raffle tickets for the silent auction will be sold at the door.
The raffle prizes include a bike, a tablet, and a pizza party for the winning class.
Please return unsold raffle tickets and money in the envelope by {day}.
The winner of the PTA quilt raffle is the Okafor family; thank you to everyone who entered!
Each student who turns in their reading log gets one free raffle entry for the book basket.
The PTO's spring gala includes a silent auction and raffle for a week at a lake cabin.
Raffle tickets are available from any student council member.
The robotics team is raffling off a signed basketball to raise money for competition fees.
All money from the raffle will go toward new playground equipment.
Did anyone win the raffle basket at the carnival? My mom bought like twenty tickets lol
The school's holiday raffle is run by the PTA and approved by the principal.
Every student who attends the math night gets a free raffle ticket for the board game prize.
We'll draw the raffle winners during the morning announcements on {day}.
""")

H("fundraiser", """
Cookie dough order forms are due {day}, and the money goes toward the fifth-grade trip.
The band is selling poinsettias for the holidays; pickup is December 10.
The cheer team is holding a car wash in the school lot on Saturday, at $5 per car.
The walk-a-thon raised over $6,000 for new library books!
Please collect pledges for the jump rope fundraiser and return them by {date}.
Our read-a-thon raises money for classroom supplies; family members can sponsor your child by the page.
The Fun Run is our biggest fundraiser of the year, so please help us reach our goal.
Pizza night at Tony's on {day}: 20 percent of sales go to our school.
The choir is selling candy bars for $1 each to pay for their trip to the festival.
Hey, i'm selling cookie dough for band, can your mom order some? the form's due friday
Our school's fundraising catalog goes home today; orders are optional.
The PTA's goal this year is to raise money for an outdoor classroom.
Thank you for supporting the spirit night at the frozen yogurt shop; we raised $480!
The senior class is selling parking spot paintings for $25 to raise money for prom.
Restaurant night proceeds will help pay for the eighth-grade trip.
The garden club is selling tomato seedlings for $2 each at the front door after school.
The annual gift wrap sale runs through {date}, and every order helps the PTA.
If you'd rather not buy anything, you can make a direct donation to the PTA online.
The basketball team is selling discount cards for local restaurants for $20.
The student council will collect coins for the animal shelter during homeroom this week.
Penny Wars start {day}; the class with the most pennies wins a popsicle party.
Please help the art club by buying a tile for the mosaic wall; each tile is $10.
Donations of gently used books are welcome for the library fundraiser sale.
Thanks to everyone who bought flowers for the PTA fundraiser; pickup is in the gym.
The senior class fundraiser is a pancake breakfast in the cafeteria on Saturday morning.
The swim team will sell spirit towels at the home meet to help cover pool rental.
Parents, the booster club is looking for volunteers to staff the concession stand.
The orchestra's mug sale ends {day}, and every mug features a student's design.
The dance team's fundraiser is a kids' dance clinic for elementary students, $15 per child.
""")

H("bake_sale", """
Our bake sale raised $412 for the animal shelter!
Please send baked goods for the bake sale in disposable containers, labeled with ingredients.
The bake sale is {day} during lunch, and everything is $1 or less.
We need volunteers to run the bake sale table from {time} to 1:00.
Nut-free items will be marked with a green sticker at the bake sale.
The French club's bake sale will feature crepes and croissants.
Leftover bake sale items will be donated to the food pantry.
i'm making brownies for the bake sale tmrw, want to help?
The eighth-grade bake sale is raising money for the class trip to {place}.
Thank you to all the families who baked for the sale; we sold out in twenty minutes!
The bake sale will accept cash and the school's online payment app.
Please don't send homemade items containing alcohol or nuts for the school bake sale.
The student council's cookie sale is on {day}; three cookies for $2.
The cupcakes at the bake sale were gone before second period ended.
The bake sale committee is looking for someone with a cash box we can borrow.
""")

H("book_fair", """
The book fair opens {day}, and students can shop during their library time.
The book fair has an online wish list, so you can buy books for the classroom.
Families are welcome at the book fair during parent-teacher conferences.
Please send money in a labeled envelope if your child plans to buy books at the fair.
The book fair will have graphic novels, science books, and a poster section.
Book fair volunteers are needed on {day} and {day} from 8 to 11.
Every purchase at the book fair earns free books for our library.
The book fair accepts cash, checks, and credit cards.
my mom gave me $20 for the book fair and i already spent it on manga
The book fair's "all for books" fundraiser collects coins to buy books for classrooms.
Students who don't have money can still browse the book fair and make a wish list.
The book fair closes at 3:30 on {day}, so make sure to stop by.
Teachers can leave a list of books they'd like at the book fair register.
The BOGO book fair in the spring means buy one book, get one free.
""")

H("school_store", """
The school store sells pencils, erasers, and spirit wear during lunch.
The school store is run by the business class, and students practice managing inventory.
New items at the school store include water bottles and lanyards.
The school store is open before school on {day}s from 7:30 to 7:55.
Spirit wear orders close Sunday, and hoodies will be delivered to the school in two weeks.
Yearbooks are on sale until {date} for $35.
The student store now takes the school's prepaid cards instead of cash.
Please send exact change if your child is buying something from the school store.
The DECA students run the store and donate part of the profits to the food pantry.
The school store will be closed during testing week.
can we go to the school store at lunch, i need a new calculator
The school store sells graph paper and protractors for geometry class.
Lunch account balances can be topped up online through the parent portal.
Teacher supply list: two composition notebooks, glue sticks, and a box of tissues.
Graduation caps and gowns can be ordered through the school store until {date}.
""")

H("club_sales", """
Robotics club T-shirts are $15, and order forms are in the main office.
The student council is selling candy grams for $1 for Valentine's Day.
The art club is selling handmade holiday cards at the winter concert.
The Spanish club's churro sale is approved by the principal and runs {day} after school.
Drama club is selling flowers for opening night, $3 per stem.
The environmental club is selling reusable straws to raise money for new recycling bins.
The yearbook staff is selling senior ads; the form is on the school website.
Key Club is selling carnations, and all profits go to the children's hospital.
The photography club is selling prints from their gallery show, with proceeds going to new cameras.
Orders for the Class of 2026 sweatshirts close on {date}.
The school-approved FBLA sale of snack packs will run during lunch on {day}.
The knitting club's hat sale in the library will benefit the winter coat drive.
The sophomore class is selling homecoming mums; forms and payment go to the class sponsor.
Pick up your order of club shirts in room {room} after school.
The ceramics class is selling bowls for the Empty Bowls dinner, which supports the food bank.
Choir members, please turn in your fundraiser money and order forms to {t} by {day}.
""")

H("field_trip_costs", """
The field trip to {place} costs {price}, which includes the bus and admission.
Could you tell me how much the Washington, D.C. trip will cost and whether there's a payment plan?
Scholarships are available for any family who needs help with the cost of the field trip.
Please send {price} in an envelope with your child's name on it for the trip to {place}.
Is the cost of lunch included in the field trip fee, or should my son bring money?
The outdoor education trip costs $180, and the first deposit of $50 is due {date}.
How much spending money should students bring on the trip to {place}?
The trip to the city orchestra concert is free thanks to a grant from the arts council.
Field trip payments can be made online through the school's payment portal.
I wanted to ask whether siblings can attend the field trip and what the cost would be.
The eighth-grade trip payment schedule is attached; the final payment is due in March.
Please let the office know privately if the field trip fee is a hardship, and we will cover it.
Can I pay for the field trip with a check, or does it have to be cash?
The spring trip to {place} will cost about {price} per student, including entry and bus.
Do chaperones need to pay for their own admission to {place}?
""")

H("medical_notes", """
Please excuse {n} from PE for two weeks; he sprained his ankle.
{n} had knee surgery and will need an elevator pass until spring break.
{n} was out {day} with a stomach bug.
Attached is a doctor's note for {n}'s absence; he had strep throat.
{n} broke his arm skateboarding and can't write for a few weeks, so could he type his assignments?
My daughter has a concussion, and the doctor recommends no screens and shortened days for now.
{n} is recovering from mono and gets tired easily.
{n} has a severe peanut allergy, so please don't allow food sharing at the party.
{n} had his wisdom teeth out and will be back on {day}.
Our son is having his tonsils removed and will miss three days.
{n} has a cast on her right wrist and may need a scribe for the test.
The doctor says {n} can return to football after he passes the concussion protocol.
{n} was hospitalized overnight for dehydration but is doing much better now.
Please allow {n} to carry a water bottle and use the restroom as needed; she has a kidney condition.
{n} has stitches in his chin from a fall and should avoid contact sports for a week.
{n} tore a ligament in her knee and will be on crutches until next month.
{n} has migraines triggered by bright lights, so please let her sit away from the window.
{n} has a broken collarbone from a bike accident and can't carry his backpack.
{n} will be late on {day} because of an orthodontist appointment.
{n} is on bed rest after his appendix surgery, so could you send his assignments home?
{n} burned his hand on the stove this weekend and has a bandage, so he may need extra time on writing.
{n} got his vaccines today and his arm is sore, so he may want to skip PE.
""")

H("teasing", """
you're such a nerd lol, love you tho
ok Einstein, save some brain cells for the rest of us 😂
your handwriting is a crime but your essay was 🔥
you're the worst, i'm never sharing my fries again (jk you can have some)
lol you fell up the stairs, are you ok though?
my best friend is a total goofball and i wouldn't have it any other way
happy birthday to the weirdest person i know 🎉
you sing like a dying cat but we love you anyway
ur so dramatic 😂 it's one quiz
shut up you're not old, you're like a fine wine
coach called us a bunch of turtles today but then said we improved a lot
My brother is the most annoying person alive and also my favorite.
she roasted me so hard in the group chat and honestly i deserved it
you dork, you left your lunch on the bus again, i grabbed it for you
{n} you absolute clown, you wore your shirt inside out all day 😂 still cute tho
you're lucky you're funny because your jump shot is tragic
i can't believe you beat me at chess again, you little genius
you're such a mom friend, always carrying band-aids lol
bestie you are a disaster but you're my disaster
my friends call me grandma bc i go to bed at 9 and honestly fair
{n} really said "what's a noun" in english class, i love her
you're so weird, never change
ok mr. fancy pants with your new shoes
lol you laugh like a seal and it's the best sound ever
you're a menace on the soccer field and i'm so proud of you
whoever made this poster has terrible taste in fonts, oh wait it was me
we gotta stop letting {n} pick the music lol, love u tho
you're such a try hard, it's annoying how good your grades are 😂
he's a big softie, don't let the hockey pads fool you
you're the slowest texter in the world but i'll wait
ok you win the ugly sweater contest and i mean that as a compliment
You two bicker like an old married couple, and it's adorable.
""")

H("criticism", """
This essay needs work; the thesis is unclear and the evidence doesn't support it.
Your lab report is sloppy, so please redo the data table and resubmit by {day}.
The argument falls apart in the third paragraph.
honestly the poster is kind of a mess, maybe we should redo the title?
This draft is weak, but the ideas in your conclusion are promising.
The presentation was too long and the slides were hard to read.
Your citations are missing, which is a serious problem for a research paper.
our group project is a disaster lol we need to meet tomorrow
This is not your best work, and I know you can do better.
The ending of the story feels rushed and doesn't make sense.
Your shading is flat, so try adding a single light source.
The band sounded terrible in the first run-through, but the second was much better.
The lines are shaky and the colors clash; let's talk about how to fix it.
Your math is correct, but your explanation is impossible to follow.
This paragraph is a wall of text; break it up and cut the repetition.
i hate to say it but our skit was kind of cringe, we should rehearse more
The experiment failed because the variables weren't controlled.
The opening of your speech is boring; start with a story instead.
Your notes are a disaster, but I can see you were listening.
The second verse of the song is off-key and needs more practice.
Your robot design is clunky and too heavy to climb the ramp.
The report has too many spelling mistakes to be graded as final.
This chart is misleading because the axis doesn't start at zero.
Your thesis is too broad; narrow it down to one argument.
Honestly, the first draft of the mural was ugly, but the final version looks great.
The team's defense was lazy in the second half, and we'll fix it in practice.
That was the worst rehearsal we've had all year; let's reset and try again tomorrow.
Your dialogue sounds stiff and unnatural, so try reading it out loud.
""")

H("photography", """
Yearbook staff will shoot the club photos on {day} during advisory.
We need someone to shoot the basketball game {day} for the school paper.
The photography class is doing a night shoot at the football field.
The photographer will shoot individual portraits in the library on picture day.
Can you shoot a few candids at the dance for the yearbook?
Use burst mode to capture action shots at the track meet.
I shot 400 photos at the science fair, and about 30 are usable.
Headshots for the play program will be taken after rehearsal.
The film club is shooting a short horror movie in the old gym after school.
Blow up the team photo to poster size for the senior banner.
the yearbook shoot ran late so i missed my bus
Photo retakes are on {date}, so smile big!
We'll shoot the senior portraits outside if the weather cooperates.
The video production class will shoot the morning announcements in the studio.
i'm shooting the homecoming dance for yearbook, wish me luck lol
Please bring a camera or phone for the photo scavenger hunt.
The drone footage of the marching band looks amazing.
The newspaper needs someone to shoot the student council election results.
Our short film was shot entirely on a phone.
The stop-motion club shoots a frame at a time, which takes forever.
Zoom in on the subject and shoot from a low angle for a dramatic effect.
The yearbook photographers will shoot every club in the auditorium on {day}.
""")

H("science", """
The bacteria showed explosive growth after 24 hours in the incubator.
Nuclear fission releases enormous amounts of energy, which is how power plants make electricity.
In the volcano lab, baking soda and vinegar create a chemical reaction that produces carbon dioxide.
The asteroid that wiped out the dinosaurs hit near the Yucatán Peninsula about 66 million years ago.
A supernova is the explosion of a dying star.
White blood cells attack and destroy invading bacteria.
Antibiotics kill bacteria but do not work against viruses.
Wolves kill the weaker members of a herd, which keeps the population healthy.
The Black Death killed about a third of Europe's population in the 1300s.
The rabbit population exploded after rabbits were introduced to Australia.
Lightning kills about twenty people a year in the United States.
Venus flytraps trap and digest insects.
In ecology, we'll model how invasive species can wipe out native ones.
Nuclear medicine uses radioactive tracers to create images of the body.
Cell death, called apoptosis, is a normal part of development.
Mount Vesuvius erupted explosively in 79 AD and buried Pompeii in ash.
Great white sharks are apex predators that hunt seals.
The Big Bang was not really an explosion, but an expansion of space itself.
Viruses hijack a cell's machinery and can cause the cell to burst.
The Mentos and soda experiment causes an explosive burst of foam.
Pesticides can kill bees, which is why the garden club uses natural pest control.
Ocean acidification is killing coral reefs around the world.
The chemical reaction in a hand warmer is iron rusting very quickly.
Chernobyl is an example of what happens when a nuclear reactor fails.
In the food web, owls eat mice and mice eat seeds.
The Cambrian explosion was a burst of new animal life about 540 million years ago.
Chemotherapy kills fast-dividing cells, which is why hair falls out.
Our class tested which household cleaner killed the most bacteria on agar plates.
The spider injects venom to paralyze its prey.
Radioactive decay is measured in half-lives.
Cyanobacteria can produce toxins that poison lakes in summer.
The stars we see might already be dead, because their light took so long to reach us.
The virus spread exponentially until the vaccine was introduced.
The frog's bright colors warn predators that it is poisonous.
Cheetahs can sprint at over 100 kilometers per hour to catch prey.
The solar flare sent a blast of charged particles toward Earth.
Frost killed most of the tomato plants in the school garden overnight.
The chemistry of explosions: a fast reaction that releases gas and heat all at once.
Rocket fuel burns very quickly, which produces the thrust that launches the rocket.
The hydrogen bomb uses fusion, the same process that powers the sun.
The killer whale is actually the largest member of the dolphin family.
Ebola kills a large percentage of the people it infects, which is why outbreaks are so serious.
Bleach kills germs, but it should never be mixed with other cleaners.
Our science fair project tested which mouthwash kills the most germs.
The Death Valley field trip video showed how animals survive extreme heat.
""")

H("news", """
In current events, we discussed a shooting at a mall in another state and how communities respond.
We'll read news coverage of the wildfire that destroyed hundreds of homes.
The article about the bombing in the capital raised questions about how media chooses images.
Students compared how two newspapers covered the same murder trial.
News literacy: how to tell whether a video of an explosion is real or fake.
The school paper's editorial board is writing about gun control laws.
This month's debate topic is whether the drinking age should be lowered to 18.
The journalism class analyzed headlines about the drug overdose crisis.
The news article says the police arrested a man for robbing a bank downtown.
Current events: the war overseas has forced millions of people to flee their homes.
Today's article was about a hurricane that killed dozens of people and flooded entire towns.
Please read the article on the trial of the former mayor and summarize both sides.
The class discussed a news story about a cyberattack on a hospital.
Our media studies class looked at how TV news covers violent crime more than other stories.
We discussed the news about the earthquake and how rescue teams search for survivors.
The school paper published a story on the new state law about cell phones in class.
The news story described a fire that destroyed a warehouse in the next county.
Students will choose a news article about a conflict and identify the causes and possible solutions.
A news report on the opioid crisis will be the basis of our persuasive essay.
The documentary about the terrorist attacks of September 11 will be shown in history class.
The article described how a teenager was injured when fireworks exploded in his hand.
Journalism students interviewed a reporter who covered the war in the Middle East.
Our class discussed a news report about a teenager arrested for hacking the district's network.
The news podcast for this week covered a kidnapping case that was solved by DNA evidence.
The civics class followed the sentencing in the fraud case against the investment firm.
""")

H("econ_class", """
The stock market game lets each team invest $100,000 in pretend money and track it for ten weeks.
In economics, we'll discuss how cryptocurrency works and why its price swings so much.
For the Shark Tank project, each group will pitch an invented product to a panel of teachers.
The business class will learn how pyramid schemes work and why they always collapse.
Our personal finance unit explains credit cards, interest rates, and why "get rich quick" offers are usually scams.
Students will create a marketing plan to sell their imaginary lemonade brand.
The entrepreneurship club is hosting a pitch competition judged by local business owners.
Never send gift cards to someone who claims to be the principal by email; that's a common scam.
The digital citizenship lesson covered phishing emails that ask for passwords or money.
In economics, we looked at why the housing market crashed in 2008.
Junior Achievement volunteers will teach a lesson on budgeting and saving.
The personal finance class will compare the interest on a savings account with a credit card.
Why do multi-level marketing companies recruit so aggressively? We'll look at the numbers.
Business students will run the holiday shop in the lobby as part of their retail unit.
The stock market simulation ends {day}, and the team with the best return wins a pizza lunch.
Our class learned how Ponzi schemes pay old investors with money from new ones.
Supply and demand explains why concert tickets sell for so much more on resale sites.
In marketing class, each group will design an ad campaign for a product they invented.
The guest speaker, a bank manager, will talk about how to spot investment fraud.
Your budget project should include rent, groceries, transportation, and savings.
The econ test covers inflation, interest rates, and the Federal Reserve.
If someone messages you promising easy money for sharing your bank details, it's a scam; tell an adult.
The business plan competition winners get their ideas reviewed by real investors.
We'll use a spreadsheet to compare the cost of leasing and buying a car.
""")

H("art_history", """
The art history slides include classical nude sculptures such as Michelangelo's David.
Renaissance painters often painted nude figures from Greek and Roman myths.
The museum field trip includes ancient Greek statues, many of which are nude.
In figure drawing, we practice proportions using clothed models and wooden mannequins.
Botticelli's The Birth of Venus is one of the paintings we'll analyze on {day}.
Some families prefer their children skip the nude sculpture gallery, so an alternate activity is available.
Goya's paintings of war show executions and violence to criticize the cruelty of the time.
The Death of Marat shows a revolutionary leader murdered in his bath.
Judith Slaying Holofernes is a famous Baroque painting by Artemisia Gentileschi.
Munch's The Scream is often read as a picture of anxiety and despair.
Picasso's Guernica shows the horror of a town bombed during the Spanish Civil War.
The body image lesson looked at how magazine photos are edited to make bodies look unrealistic.
Caravaggio led a violent life and killed a man in a fight, which we'll discuss alongside his paintings.
Frida Kahlo painted her injuries and pain after a terrible bus accident.
The Aztec sculpture of the goddess Coatlicue is decorated with skulls and snakes.
Day of the Dead altars use marigolds, sugar skulls, and photos to remember loved ones.
""")

# ===========================================================================
# ORDINARY SCHOOL MAIL
# ===========================================================================
O("homework", """
Tonight's math homework is page {num}, problems 1 through 20, odd numbers only.
Please remember to bring your reading log signed by a parent on {day}.
The {subj} project is due {date}; the rubric is posted in the class portal.
did anyone write down the {subj} homework? i forgot
Your lab write-up should include a hypothesis, materials, procedure, data, and conclusion.
Spelling words for this week are on the back of the newsletter.
can someone send me a pic of the {subj} worksheet, i left mine in my locker
The essay should be 500 to 700 words, double-spaced, in a readable font.
If you were absent, the notes from today's {subj} lesson are in the shared folder.
Vocabulary quiz on {day} covers the words from unit {num}.
Please read chapters {num} and {num} of the novel before {day}.
is the {subj} homework the worksheet or the textbook questions?
The science fair proposal form is due {date}; your topic must be approved before you start.
Students should spend about 20 minutes a night reading a book of their choice.
Extra credit: watch the documentary and write a one-page reflection.
how many sources do we need for the history paper
The study guide for the unit test is attached; answers will be posted on {day}.
Late work will be accepted until the end of the unit with a ten percent deduction.
The multiplication facts practice sheet is optional but very helpful.
Please make sure your child's name is on every page of the project packet.
wait is the {subj} quiz tomorrow or friday??
The book report can be a poster, a slideshow, or a written report.
Your group's slides need to be shared with me by {day} night.
i finished the math homework, number 14 is so confusing though
Reminder: the research outline is worth 20 percent of the final project grade.
The homework packet for the long weekend is light, just one page of review.
Please practice your instrument for at least 15 minutes a day.
Students may use calculators on the second half of the homework only.
Can you explain question {num} on the worksheet? I'm stuck on the second part.
The poetry portfolio must include five original poems and one reflection.
does anyone want to do the {subj} homework together on facetime
The map project needs a key, a compass rose, and at least ten labeled cities.
Remember to show your work on every math problem to receive full credit.
I posted a video explaining long division for families who want to help at home.
The reading response journal will be collected every {day}.
Please bring a shoebox for the diorama project by {date}.
i got so confused on the geometry homework, the proofs make no sense
Your annotated bibliography should follow MLA format.
The class will peer-review drafts on {day}, so bring two printed copies.
Current events homework: bring in one news article and write a short summary.
""")

O("schedule", """
There is no school on {day} for a teacher professional development day.
Early dismissal on {day}; students will be released at 12:30.
The winter concert is {date} at {time} in the auditorium.
Picture day is {date}; order forms went home in backpacks.
Parent-teacher conferences are scheduled for {date} and the following day.
The last day of school is {date}, and it is a half day.
Please note the change in the bell schedule for assembly days.
Spring break runs from March 24 through March 28 this year.
The school day starts at {time}, and the doors open fifteen minutes earlier.
Report cards will be available in the parent portal on {date}.
Open house is {day} evening from 6 to 7:30.
Midterm exams will be held the week of {date}; the schedule is attached.
Kindergarten registration opens {date}.
The {grade} grade promotion ceremony is on {date} at {time}.
what time does the assembly start
is school on {day}? i heard it's a teacher work day
The daily schedule for testing week is attached; lunch will be at 12:15.
We're switching to the A/B schedule starting {day}.
The music department's spring showcase is {date}.
Class photos will be taken on {day}, so remind your child to smile!
Please note that {day} is a late start day; buses will run two hours later.
The school calendar for next year has been approved by the board.
The talent show is {date} at {time}; auditions are next week.
Field day is {date}, and students should wear sneakers and sunscreen.
Graduation rehearsal is mandatory for all seniors on {day} morning.
The first day of school for sixth graders only is {date}.
We'll have a shortened lunch period on {day} because of the assembly.
The fall festival is {date} from 4 to 7 on the front lawn.
Summer school registration closes {date}.
The school office will be closed {day} for the holiday.
""")

O("permission", """
Please sign and return the permission slip for the trip to {place} by {day}.
The permission slip must be signed by a parent or guardian; emails cannot be accepted.
Chaperones for the field trip to {place} need to complete a background check.
We still need three parent chaperones for {date}; reply if you can join us.
Students should bring a bag lunch and a water bottle on the trip to {place}.
did you turn in the permission slip for {place} yet
Buses will leave for {place} at {time} and return by 2:30.
The photo release form lets us include your child in the yearbook and newsletter.
Please complete the online permission form for the overnight science camp.
Students will need a signed form to participate in the after-school {club} club.
The permission slip for the swimming unit is attached.
my mom forgot to sign the slip again, can i bring it monday?
The media release form is optional, and you can change your choice at any time.
If you'd like to chaperone, please make sure your volunteer paperwork is up to date.
Permission slips for the movie in class are due {day}; the film is rated PG.
The trip will go ahead rain or shine, so dress for the weather.
A signed emergency contact form is required for every student attending the trip.
Please indicate on the form if your child has any food allergies.
Only students with signed slips will be able to attend the assembly at {place}.
Please return the internet use agreement so your child can use the school laptops.
""")

O("bus", """
Bus {num} will be running about fifteen minutes late this afternoon.
Starting {day}, bus {num} will pick up at the corner of Elm and Larch instead of Maple.
Please make sure your child is at the bus stop five minutes before pickup time.
The bus route changes for next year will be posted in August.
is bus {num} late again? i've been waiting forever
If your child will not be taking the bus home, please send a note to the office.
The late bus leaves at 4:30 for students staying after school.
Bus passes for high school students are available in the main office.
The bus driver says the back door is for emergencies only.
Students must have a note to ride a different bus home.
The new bus tracking app shows where your child's bus is in real time.
Because of road construction on Birch Avenue, the afternoon route will take longer this week.
Please remind your kids to stay seated and keep the aisle clear.
The bus was in a minor fender bender this morning; no one was hurt, and students arrived safely.
can your mom drive us home, i missed the bus again
Kindergarteners must be met at the bus stop by an adult.
The activity bus for athletes leaves from the gym entrance at 5:45.
Car riders should be picked up in the back lot, not the bus loop.
We're short on drivers, so routes {num} and {num} are combined this week.
Please call the transportation office if your address changes.
""")

O("absence", """
{n} will be absent {day} for a family event.
Please excuse {n} from school today; she has a fever.
{n} has a dentist appointment and will be picked up at {time}.
We will be traveling next week; could you send {n}'s assignments ahead of time?
{n} will arrive late on {day} because of a doctor's appointment.
I'm writing to let you know {n} is home sick with a cold.
Sorry for the late notice, but {n} will miss school tomorrow for a funeral.
{n} has been out for three days; what should he make up first?
i'm gonna be absent tmrw, can you grab me a copy of the handout?
Please mark {n} as excused for {date}; we had a family emergency.
{n} is visiting colleges with us on {day} and {day}.
Our family will be out of the country from {date} for two weeks.
{n} will need to leave early on {day} for a club soccer tournament.
Can {n} make up the quiz she missed on {day}?
Attendance reminder: please call the office before 9 if your child is absent.
{n} overslept and missed the bus; I'll drop him off around 9:15.
{n} has been sick all week; can we set up a time to go over missed work?
Could you send home the packet {n} missed while she was out?
""")

O("grades", """
Progress reports will be emailed on {day}.
I'd like to schedule a time to talk about {n}'s grade in {subj}.
Retakes are allowed for any quiz below 70 percent within one week.
The grading breakdown is 50 percent tests, 30 percent classwork, and 20 percent homework.
{n} is doing great in {subj} this quarter; she's really improved her writing.
how did you do on the {subj} test
I noticed {n} has a few missing assignments in the portal; could we talk about a plan?
Grades for the research project will be posted by the end of the week.
omg i got an A on the {subj} test!!
The honor roll list for the first quarter will be posted next week.
Could you tell me what {n} can do to bring up his grade before the end of the term?
If you have questions about a grade, please email me rather than discussing it in class.
The semester grade will include the final exam, which counts for 20 percent.
{n}'s reading level has jumped two levels since September, congratulations!
i'm so relieved, i passed the {subj} final
Please check the parent portal for the updated grades after the retake.
I entered the wrong score for {n}'s quiz, and it has been corrected.
Standards-based report cards use a 1 to 4 scale instead of letter grades.
""")

O("meetings", """
Would you be available for a short phone call on {day} at {time}?
The PTA meeting is {day} at {time} in the library; all families are welcome.
The school board meeting on {date} will discuss the new start times.
Thank you for meeting with me yesterday; here is a summary of what we discussed.
Could we move our conference to {day} afternoon? I have a conflict with the original time.
The site council meets the first {day} of each month.
I'll send a calendar invite for our meeting with the {subj} teacher.
Our next staff meeting will focus on the new reading curriculum.
Please sign up for a conference slot using the link in the newsletter.
Is it possible to meet virtually instead of in person?
Coffee with the principal is {day} at 8:15 in the cafeteria.
The booster club meeting has been moved to room {room}.
I'm happy to meet before school if that works better for your schedule.
The new family orientation is on {date} at {time}.
The budget committee will present at the PTA meeting next month.
Can we set up a meeting with the whole {grade} grade team?
""")

O("iep", """
I'd like to schedule {n}'s annual IEP review; would {day} at {time} work for you?
The IEP team meeting will include the case manager, the speech therapist, and the classroom teacher.
Please let me know your availability for the 504 plan review next month.
Could we reschedule the IEP meeting to the following week?
A draft of the IEP goals will be sent home three days before the meeting.
I've attached the parent input form for the upcoming IEP meeting.
Would a virtual IEP meeting be more convenient for your family?
The evaluation results will be reviewed at the eligibility meeting on {date}.
The speech therapist will be joining us by video for the first fifteen minutes.
Thank you for your input at today's meeting; the updated plan will be ready next week.
Please bring any notes or questions you have about the accommodations.
The IEP progress report will come home with the report card.
Could the occupational therapist attend the meeting as well?
I'd like to ask for an interpreter at our next IEP meeting.
""")

O("lunch", """
Today's lunch is {food} with a side salad and fruit.
Tomorrow's menu is {food}, and the vegetarian option is a bean and cheese quesadilla.
The cafeteria will serve breakfast for free to all students this year.
Please add money to your child's lunch account through the parent portal.
i'm so hungry, is today {food} day?
Pizza day is every {day}!
The lunch menu for next month is attached.
The salad bar is back, and students can choose from fresh vegetables every day.
Can my child bring a lunch from home on field trip days?
is it just me or was the {food} actually good today
The cafeteria will be closed {day}, so please pack a lunch.
Students with a food allergy can ask for a special tray at the cafeteria.
The Thanksgiving lunch with turkey and mashed potatoes is on {day}.
The free and reduced lunch application is available online.
sit with us at lunch tmrw?
The kitchen staff made a special cake for the last day of school.
""")

O("clubs", """
The {club} club meets every {day} after school in room {room}.
Sign-ups for spring clubs close on {date}.
The {club} club is looking for new members, and no experience is needed!
The {club} club will take a group photo for the yearbook on {day}.
Tryouts for the spring musical are on {day} in the auditorium.
The {club} club meeting is canceled this week.
are you joining {club} club this year?
Our {club} club won first place at the regional competition!
The {club} club is hosting an open house for sixth graders on {day}.
Please pick up your child from the {club} club by 4:30.
The student council election speeches are on {day} during homeroom.
The {club} club needs a parent volunteer to help with the spring trip.
Did you see the flyer for the new {club} club?
The {club} club will have a table at the club fair during lunch.
The Science Olympiad team meets Tuesdays and Thursdays until the competition.
National Honor Society applications are due {date}.
""")

O("college", """
College application workshops are every {day} in the counseling office.
Please request transcripts at least two weeks before your application deadline.
The {college} admissions rep will visit on {date} at {time} in the library.
Senior parents, the financial aid night is {date}.
Could you write me a letter of recommendation for {college}? The deadline is {date}.
The FAFSA opens in the fall; we'll help families fill it out at our workshop.
i got into {college}!!!
Seniors, please update the counseling office when you receive college decisions.
The SAT is being offered at our school on {date}; register online by the deadline.
Juniors should start a list of colleges to research this spring.
Scholarship applications for the local rotary club are due {date}.
The college fair at the convention center has over 100 schools.
Have you heard back from {college} yet?
Thank you so much for writing my recommendation letter; I really appreciate it.
My essay for {college} is about my grandmother's garden.
The counseling office can waive application fees for eligible students.
""")

O("thanks", """
Thank you so much for all your help this year; {n} has grown so much in your class.
Thanks to everyone who volunteered at the book fair!
A big thank-you to the custodial staff for getting the gym ready for the concert.
Thank you for the thoughtful note about {n}; it made our day.
We're so grateful for the teachers who stayed late to help with the science fair.
thank you for helping me with the math homework, you're the best
Thank you to the families who donated supplies to our classroom.
I just wanted to say thank you for being so patient with {n} this semester.
Thanks for covering my class on such short notice!
Thank you for organizing the field trip; the kids loved it.
Thank you to our PTA for the teacher appreciation lunch.
thanks for saving me a seat at the assembly
We appreciate your quick response to our question about the bus.
Thank you to all the parents who chaperoned the dance.
""")

O("chat", """
wanna study at the library after school?
omg did you see the new seating chart
what are you wearing to the dance
can you send me the notes from {subj}
i can't find my water bottle, did i leave it in your bag
lets meet at the front doors at 3
my mom said i can go to the movies saturday!!
are you going to {n}'s birthday party
i love this song so much
my dog ate my headphones lol
wait what page are we on
did you finish the book yet, i'm on chapter 8
the new library is so nice
i'm so tired, i stayed up finishing the poster
can you save me a seat on the bus
what did you get for number 5
happy birthday!! hope you have the best day
are we still on for the project meeting tmrw
this weekend was so fun
i got a new puppy, his name is biscuit
do you know where room {room} is
what time is practice today
i left my jacket in {subj} class
hey is the gym open at lunch
have a great weekend everyone!
can't wait for spring break
congrats on making the team!!
are you taking {subj} next year
lol that sub was so nice
the snow day was the best
miss you, hope you feel better soon
we should get smoothies after school
i think it's going to rain at field day
good luck on your test today!
did {n} text you back?
my sister is driving us to school tomorrow
who's in your group for the project
the assembly was so long today
can i borrow a pencil
ok see you in homeroom
i finally finished my science fair board
my cat knocked my homework off the desk again
do you want to be partners for the lab
yay it's friday
""")

O("weather", """
Due to the snowstorm, all schools in the district are closed today.
School will open two hours late tomorrow because of icy roads.
Outdoor recess is canceled today because of the heat index.
Please send your child with a warm coat, hat, and gloves; we go outside unless it's below 20 degrees.
After-school activities are canceled because of the thunderstorm warning.
Tomorrow will be a remote learning day because of the weather.
is school canceled tmrw?? i heard it's gonna snow a lot
The field day rain date is {date}.
The heat in the east wing is being repaired, so please dress in layers.
Air quality is poor today, so recess will be held indoors.
Dismissal may be delayed this afternoon because of flooding on Route 9.
""")

O("library", """
Library books are due back by {day}; please check your child's backpack.
The library is open before school for quiet reading starting at 7:30.
Our librarian recommends the Wings of Fire series for reluctant readers.
The summer reading list has been posted on the library page.
The library will be closed for inventory during the last week of school.
can we go to the library during study hall
Students can now borrow e-books through the library app.
The author visit is {date}; students can have their books signed.
Please return any overdue books so your child can check out new ones.
The makerspace in the library has a new 3D printer.
""")

O("volunteers", """
We need volunteers to help set up the gym for the spring concert.
Room parents, please sign up to bring snacks for the class party.
Volunteers are needed for the school garden cleanup on Saturday morning.
If you can help at the front desk for the picture day retakes, please reply to this email.
We are looking for guest readers for Read Across America Day.
Thank you for signing up to help at the science fair; please arrive at {time}.
The library needs volunteers to shelve books on {day} mornings.
Can anyone help laminate posters for the hallway displays?
The PTA is looking for a new treasurer for next year.
Please let me know if you can drive for the {club} club trip on {date}.
""")

O("supplies", """
Please send in a box of tissues and a pack of dry-erase markers if you can.
Each student needs a three-ring binder with five dividers for {subj}.
Headphones are required for the computer lab, and earbuds are fine.
Please label all water bottles, lunch boxes, and jackets with your child's name.
We're running low on glue sticks; any donations would be appreciated.
Students should bring a graphing calculator to every {subj} class.
The lost and found will be donated on {date}, so please check it for missing items.
Chromebooks must be charged every night and brought to school each day.
Please return library laptops to the cart by the end of the day.
The art room could use old magazines, egg cartons, and paper towel tubes.
""")

O("tech", """
The parent portal will be down for maintenance on {day} night.
Students can reset their passwords through the help desk page.
Your child's school email address is their student number followed by the school domain.
The Wi-Fi in the east wing should be working again as of this morning.
Please update the app on your child's tablet before {day}.
If your child's Chromebook is damaged, please bring it to the tech office for repair.
The online gradebook now sends weekly emails with missing assignments.
my chromebook won't turn on, can i borrow yours
Families can download the new school app to get text alerts and the lunch menu.
Video lessons for snow days will be posted in the class portal.
""")

O("sports_logistics", """
Practice is moved to the middle school gym on {day}.
Please pick up your athlete at 5:30 after practice.
Physical forms are due before the first practice.
Team photos are {date} after school; wear your home jersey.
The away game at {team} leaves from the front lot at {time}.
Concession stand volunteers are needed for the home games this month.
The game against {team} has been rescheduled for {day} because of the weather.
Uniforms need to be returned to Coach by {date}.
The end-of-season banquet is {date} at {time} in the cafeteria.
what time is the bus leaving for the meet
""")

O("events", """
Join us for Family Math Night on {day} at {time}!
The science fair judging starts at {time}, and families may visit after 6.
The spring musical runs {date} through Sunday; tickets are free for students.
Grandparents Day is {date}; please RSVP so we can plan for seating.
The art show will display work from every grade in the front hall.
The multicultural night potluck is on {date}; please bring a dish to share.
The fifth-grade wax museum is {day} at {time} in the gym.
The winter dance will be held in the cafeteria from 6 to 8.
The spelling bee is {day} morning in the auditorium.
The kindergarten teddy bear picnic is on {date}, so send a stuffed animal with your child.
Our jazz band will perform at the town library on {date}.
The STEM night will have robots, slime, and a planetarium tent.
Senior night for the soccer team is {date}; families will walk with their athletes.
The international festival needs flags, costumes, and food from around the world.
""")

O("admin", """
Please update your home address and phone number in the parent portal.
The school handbook has been updated, and the new version is on the website.
Lost and found items will be displayed in the lobby during conferences.
Visitors must sign in at the front desk and wear a visitor badge.
Please remember that the car line moves faster when everyone pulls all the way forward.
The new principal, {t}, will say a few words at the open house.
Welcome back! We're excited for a great year at {school}.
The district survey on school start times closes on {date}.
Please have your child bring a reusable water bottle, since the fountains now have filling stations.
Uniform reminders: navy or khaki pants and a white or light blue collared shirt.
Kindly make sure your child arrives by {time} so they are not marked tardy.
Our enrollment office is open from 8 to 4 on weekdays.
The dress code allows shorts when the temperature is above 70 degrees.
""")


O("chat", """
did u finish the reading for {subj}
omg i forgot my lunch at home
what are you doing this weekend
can i come over after practice
i'll meet you by the vending machines
the line for the cafeteria was so long today
is {t} nice? i have her next year
i think i left my calculator in your locker
i'm going to the mall with my sister later
did you get the email about picture day
my brother is driving me so i'll be a little late
we have a sub in {subj} today!!
what's the wifi password in the library
i like your new haircut
i'm so excited for the field trip to {place}
want to walk home together
i have a dentist appointment so i'm leaving early
how was your weekend
my grandma is visiting this week
did you sign up for {club} club
i'm bringing snacks for the study group
text me when you get home
the bus smells like oranges today for some reason
i can't believe summer is almost here
are you doing anything for halloween
my mom made cookies, i'll bring you some
what color should our poster be
this class goes by so fast
i forgot my gym clothes again
do you have an extra charger
i'm reading the new book in the series, it's so good
who's your favorite teacher this year
let's sit by the window
are you going to the football game friday
my mom says hi
did you hear we get a longer lunch on friday
can you help me with the spanish homework later
the new vending machine has hot chocolate now
did you get your schedule for next year
we should do a movie night soon
i just realized i have two quizzes tomorrow
i'm at the orthodontist, save me the notes
thanks for the pencil, i'll give it back tomorrow
""")

O("homework", """
The history essay rubric has been updated to clarify the citation requirement.
Please bring colored pencils for tomorrow's map activity.
Students should complete the online practice quiz before {day}.
The book club discussion questions for chapters {num} to {num} are attached.
Remember to label the axes and give your graph a title.
i can't figure out how to format the works cited page
Your outline should have an introduction, three body paragraphs, and a conclusion.
The typing practice homework takes about ten minutes.
For {day}, find three examples of similes in your independent reading book.
Please practice your lines for the class play over the weekend.
The fraction review sheet is optional but recommended before the test.
Write a paragraph describing your favorite place using all five senses.
The science vocabulary flashcards are due {day}.
Interview a family member about a tradition and write one page about it.
Students should watch the assigned video before class on {day}.
""")

O("schedule", """
The cafeteria will be used for testing on {day}, so lunch will be in classrooms.
Yearbook signing day is {date} during the last period.
The choir concert begins at {time}; performers should arrive thirty minutes early.
The building will be open for the summer camp starting {date}.
Make-up picture day is {date} for students who were absent.
Advisory will be extended on {day} for the class meeting.
Tomorrow is spirit day, so wear your school colors!
Pajama day is {day}; please make sure pajamas follow the dress code.
Please note that {day} is an asynchronous learning day.
The eighth-grade dance is {date} from 6 to 8 in the gym.
""")

O("permission", """
Please indicate on the form whether your child may walk home alone.
The consent form for the vision screening is attached.
Students need a signed form to stay for after-school tutoring.
Please sign the form allowing your child to use the class blog.
Could you confirm whether you'd like to chaperone the overnight trip?
Field trip forms and lunch orders are due in the same envelope.
The high ropes course at {place} requires a separate waiver.
""")

O("absence", """
{n} is feeling better and will be back in school tomorrow.
{n} has a doctor's appointment on {day}, so she will miss second period.
{n} will be out for a week for a family trip; we will keep up with reading.
Could {n} be excused from the {subj} quiz on {day}? He'll be at his grandmother's.
{n} stayed home today with a sore throat.
We are moving on {date}, so {n}'s last day will be the day before.
{n} was out yesterday; could you let me know what he missed?
{n} had a late night at the hospital with his brother, so he may be tired today.
""")

O("grades", """
The extra credit assignment can raise your quiz average by up to five points.
Thank you for letting {n} retake the test; she was so proud of her new score.
Please review the feedback on the rough draft before you write the final copy.
Grade corrections must be requested within two weeks.
{n} earned a perfect score on the multiplication test!
i raised my {subj} grade to a B, i'm so happy
Your final grade will be posted in the portal by {date}.
Missing assignments will show as zero until they are turned in.
""")

O("meetings", """
Thank you for coming to the back-to-school night; the slides are attached.
The PTA welcome breakfast is {day} at 8 in the cafeteria.
Our team meeting with the reading specialist is on {date}.
Please RSVP for the parent workshop so we have enough materials.
Could we talk briefly at pickup on {day}?
The volunteer orientation meeting will be held in the library on {date}.
""")

O("iep", """
The reading specialist's assessment results will be shared at the meeting on {date}.
Please sign and return the consent form for the educational evaluation.
The 504 coordinator will send the meeting notice by email this week.
We'd like to add a check-in about {n}'s classroom accommodations at the next meeting.
The transition planning meeting for eighth grade will be on {date}.
""")

O("lunch", """
The cafeteria is trying a new recipe for {food} this week.
Students can now order lunch ahead on the school app.
Please send a snack with your child; lunch is later on testing days.
The breakfast menu includes cereal, yogurt, and fresh fruit.
Popsicles will be served at lunch on field day.
The lunch account balance for {n} is getting low.
""")

O("clubs", """
The {club} club is planning a trip to {place} in the spring.
Meetings for the {club} club will move to room {room} starting {day}.
The {club} club welcomes students from all grades.
Please sign your child up for the {club} club by {date}.
i'm running for treasurer of {club} club lol vote for me
The {club} club showcase is {date} at {time}.
""")

O("college", """
Seniors, the deadline to order graduation announcements is {date}.
The counseling office has a list of summer programs for juniors.
Please send your final transcript to {college} by the end of June.
The essay-writing workshop for seniors is {day} after school in the library.
Juniors, please schedule a meeting with your counselor to plan next year's classes.
my interview with {college} is on {day}, i'm so nervous
Congratulations to {n}, who received a scholarship to {college}!
""")

O("thanks", """
Thanks for the quick reply about the field trip; that answers my question.
Thank you for all the extra help you gave {n} before the test.
We really appreciated the photos from the class trip to {place}.
Thank you to the bus drivers for getting everyone home safely in the snow.
Thank you for making {n} feel so welcome on her first day.
thanks for lending me your notes, they saved me
Thank you to the students who helped clean up after the carnival.
""")

O("weather", """
Please check your email before 6 a.m. for weather updates.
The field trip to {place} is postponed because of the storm forecast.
Indoor recess games and puzzles are always welcome donations.
The parking lot will be plowed before the doors open, but please drive slowly.
Students should bring a raincoat on {day}; we're still going to {place}.
""")

O("library", """
The library has new graphic novels on the display shelf.
Students may check out up to three books at a time.
The library will host a poetry reading on {date}.
Lost library books can be paid for or replaced with a new copy.
The library's quiet study room can be booked during lunch.
""")

O("volunteers", """
Thank you to everyone who signed up for the spring carnival; shift times are attached.
We need two more adults to help with the hearing screenings on {day}.
Would anyone be willing to sew costumes for the spring play?
The garden club needs help watering the plants over the summer.
""")

O("sports_logistics", """
Game day jerseys must be washed and returned by {day}.
Please make sure your athlete has a water bottle labeled with their name.
Tryouts for the spring teams begin {date}.
The team bus will return to school around 8:30 tonight.
The athletic physical clinic is on {date} in the nurse's office.
The {grade} grade girls' basketball team needs a scorekeeper for home games.
""")

O("events", """
The science fair projects will be on display in the gym through {day}.
The school play tickets are free for students and seniors.
The band's spring concert will include pieces by student composers.
The fall harvest festival will have a pumpkin patch and face painting.
Family bingo night is {day} at {time}, and prizes are donated by the PTA.
The robotics team will demo their robot at the open house.
""")


# ===========================================================================
# Build
# ===========================================================================
P_VARIANT_HARD = 0.45      # chance a hard base also gets one surface variant
P_VARIANT_ORD = 0.30
EXTRA_FILLS_HARD = 1       # extra slot fillings for hard bases that have slots
EXTRA_FILLS_ORD = 3


def build():
    rng = random.Random(SEED)
    seen = set()
    records = []
    stats = collections.Counter()

    def add(text, kind, topic, how):
        t = re.sub(r"\s+", " ", text or "").strip()
        if not t:
            return False
        key = t.lower()
        if key in seen:
            return False
        seen.add(key)
        records.append({"text": t, "labels": [], "style": "%s:%s" % (kind, topic)})
        stats[kind] += 1
        stats["%s:%s" % (kind, topic)] += 1
        stats["%s/%s" % (kind, how)] += 1
        return True

    def run(table, kind, extra_fills, p_variant):
        for topic, bases in table.items():
            for base in bases:
                stats["%s/bases" % kind] += 1
                first = fill(base, rng)
                add(first, kind, topic, "base")
                if has_slots(base):
                    for _ in range(extra_fills):
                        for _try in range(4):
                            if add(fill(base, rng), kind, topic, "slot"):
                                break
                if rng.random() < p_variant:
                    for _try in range(3):
                        if add(vary(first, topic, rng), kind, topic, "variant"):
                            break

    run(HARD, "hard", EXTRA_FILLS_HARD, P_VARIANT_HARD)      # hard negatives first
    run(ORDINARY, "ordinary", EXTRA_FILLS_ORD, P_VARIANT_ORD)
    return records, stats


def main():
    # every base must be unique before filling, so the base count is honest
    for name, table in (("hard", HARD), ("ordinary", ORDINARY)):
        flat = [b.lower() for v in table.values() for b in v]
        dup = [b for b, c in collections.Counter(flat).items() if c > 1]
        assert not dup, "duplicate %s bases: %r" % (name, dup[:5])

    records, stats = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    total = len(records)
    hard, ordinary = stats["hard"], stats["ordinary"]
    print("wrote %s" % OUT)
    print("total distinct sentences: %d" % total)
    print("hard:     %d  (hand-written bases %d, extra slot fills %d, surface variants %d)"
          % (hard, stats["hard/bases"], stats["hard/slot"], stats["hard/variant"]))
    print("ordinary: %d  (hand-written bases %d, extra slot fills %d, surface variants %d)"
          % (ordinary, stats["ordinary/bases"], stats["ordinary/slot"], stats["ordinary/variant"]))
    print("per topic:")
    for kind, table in (("hard", HARD), ("ordinary", ORDINARY)):
        for topic in table:
            k = "%s:%s" % (kind, topic)
            print("  %-30s %4d  (bases %d)" % (k, stats[k], len(table[topic])))

    assert total >= MIN_TOTAL, total
    assert hard >= MIN_HARD, hard
    assert ordinary >= MIN_ORDINARY, ordinary
    assert stats["hard/bases"] >= MIN_HARD_BASES, stats["hard/bases"]
    assert stats["hard/variant"] < hard / 2, "surface variants must stay a minority"
    assert stats["ordinary/variant"] < ordinary / 2
    # hard negatives come first in the file
    kinds = [r["style"].split(":")[0] for r in records]
    assert kinds == sorted(kinds, key=lambda k: k != "hard")
    assert all(r["labels"] == [] for r in records)
    keys = [r["text"].lower() for r in records]
    assert len(keys) == len(set(keys))


if __name__ == "__main__":
    main()
