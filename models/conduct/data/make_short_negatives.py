#!/usr/bin/env python3
"""Short ordinary texts: subject lines and one-line replies, which the model scores on their
own (a Subject is a text of its own). Without them a two-word subject such as "Photos" reads
like the short requests among the positives. Writes short_negatives.jsonl; stdlib only."""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(20261205)

SUBJECTS = """Photos
Pictures from the game
Pics from the field trip
Photo day is Thursday
Yearbook photos
Class photo order form
Field trip form
Permission slip
Question about homework
Homework help
Quick question
Question
Hi
Hello
Hey
Update
Reminder
Important reminder
Schedule change
Bus change
Bus 14 running late
Practice tonight
Practice cancelled
Game day
Tournament this weekend
Tryouts
Lunch money
Lunch account balance
Tickets
Order form
Party
Class party
Birthday party
Meeting
Meeting tomorrow
Parent-teacher conferences
Conference sign-up
Report cards
Progress report
Grades
Missing assignment
Late work
Absence
Absent today
Doctor's appointment
Early pickup
Sick day
Snow day
Delayed opening
Lockdown drill today
Fire drill
Safety update
Newsletter
Weekly newsletter
Fwd: newsletter
Re: homework
Re: Re: schedule
Re: practice
Fwd: flyer
Fwd: photos
Volunteers needed
Sign-up sheet
Supplies list
Book fair
Bake sale
Fundraiser update
Raffle tickets
Spirit week
Dress code
Picture retakes
Club meeting
Band concert
Choir rehearsal
Play rehearsal
Cast list
Science fair
Math test Friday
Quiz tomorrow
Study guide
Project due date
Group project
Essay feedback
Reading log
Library books
Chromebook
Password reset
Login problem
Google Classroom
Zoom link
Thank you
Thanks!
Thank you so much
Congratulations
Welcome back
Good luck
See you soon
Need help
Can you call me
Call me back
Running late
On my way
Heads up
FYI
Checking in
Following up
Last day
Last day of school
First day
Shoot me an email
Hit me up later
Quick favor
Favor
Ride home
Carpool
Pickup time
Sleepover
Movie night
Game night
Dance tickets
Prom
Homecoming
Senior pictures
College essay
Recommendation letter
Scholarship
Job shadow
Internship
Volunteer hours
Community service
Detention
Tardy
Hall pass
Locker
Lost and found
Lost phone
Found a jacket
Medication form
Nurse visit
Allergy form
Immunization records
Counseling appointment
Check-in with Ms. Patel
Bullying report
Something happened at lunch
Talk tomorrow?
You up?
lol
same
ok
k
kk
sounds good
bet
no cap
fr
for real
omg
wait what
ya
yep
nope
idk
idc
brb
ttyl
gn
gm
ty
thx
np
u coming?
where r u
im here
omw
done
finished it
turned it in
what did u get
did u study
this test is so hard
im dying lol
dead 😂
i cant 😂😂
stop it 😂
no way
that's crazy
sick
that was fire
he's goated
w
L
huge W
big L for me
send the notes
send me the homework
send pics from the game
send me the photos
can u send the slides
pic of the assignment?
snap me the answers to the worksheet
call me later
text me when ur home
see u at practice
see you in class""".splitlines()

SHAPES = ["{}", "Re: {}", "Fwd: {}", "{}!", "{} 🙂", "RE: {}", "{} - Room 12", "{} (7th grade)", "{} for Friday", "{}?"]

rows, seen = [], set()


def add(text, style):
    key = text.lower()
    if key not in seen:
        seen.add(key)
        rows.append({"text": text, "labels": [], "style": style})


for subject in SUBJECTS:
    add(subject, "short:subject")
for subject in SUBJECTS:
    for shape in rng.sample(SHAPES, 2):
        add(shape.format(subject), "short:subject")
    add(subject.lower(), "short:subject")

(HERE / "short_negatives.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(f"{len(rows)} short ordinary texts")
assert len(rows) >= 500
