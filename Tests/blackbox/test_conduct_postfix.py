"""Conduct (guideline 8) behind a real Postfix: a student's threat is held and the safety team
alerted at once, a student writing to a counselor is delivered, staff profanity is tagged; the
conduct model holds a plan the lists have no word for, and lets a history lesson on a war pass."""
import json
import time

from harness import wait_for
from test_postfix import message, send

THREAT = "if he shows up again i'm going to k1ll him. bringing my dad's gl0ck to school tomorrow"


def test_a_students_threat_is_held_and_the_safety_team_is_alerted(postfix):
    student = "riley.kid@students.district.example"
    send(postfix, message("tomorrow", THREAT, sender=student, to="jordan.kid@students.district.example"))
    held = postfix.wait_held()
    assert student in held and "jordan.kid@students.district.example" in held
    [alert] = postfix.wait_delivered("counselor")
    text = " ".join(alert.read_text().split())
    assert "MailGuard alert for the district safety team" in text
    assert "Threat of violence" in text and "guideline 8" in text
    assert f"From: {student}" in text and "mailguard quarantine show" in text
    assert "The sender was not told" in text
    # The alert quotes nothing, and MailGuard did not hold its own alert.
    assert "k1ll" not in text and "gl0ck" not in text and "glock" not in text.lower()
    # The alert goes to the counselor and the safety team as separate deliveries.
    wait_for(lambda: postfix.delivered("safety"), what="the alert to the safety team")
    # The student is not told; the recipient gets nothing.
    time.sleep(1)
    assert postfix.delivered("riley.kid") == [] and postfix.delivered("jordan.kid") == []


def test_a_student_writing_to_a_counselor_is_delivered_tagged(postfix):
    send(postfix, message("can we talk", "i don't want to be alive anymore. can i see you tomorrow?",
                          sender="sam.kid@students.district.example", to="counselor@district.example"))
    delivered = wait_for(lambda: [p for p in postfix.delivered("counselor") if "can we talk" in p.read_text()],
                         what="the student's message in the counselor's mailbox")
    text = delivered[0].read_text()
    header = next(line for line in text.splitlines() if line.startswith("X-MailGuard:"))
    assert header.startswith("X-MailGuard: tag; rules=") and "self-harm" in header, header
    assert "i don't want to be alive anymore" in text


def test_staff_mild_profanity_is_delivered_tagged_and_copied(postfix):
    send(postfix, message("printer", "This damn printer jammed again.", to="office.mild@district.example"))
    [delivered] = postfix.wait_delivered("office.mild")
    text = delivered.read_text()
    assert "\nX-MailGuard: tag; rules=profanity-mild\n" in text
    assert "\nSubject: [MailGuard] printer\n" in text
    assert [p for p in postfix.wait_delivered("compliance") if "printer" in p.read_text()]


# No word of the conduct lists: only the model reads this as a plan to bring a weapon.
PLAN = ("my brother keeps his 9 in the glovebox. im taking it with me on friday and 4th period is finally "
        "going to learn what happens when they laugh at me")
LESSON = """Good morning, eighth graders,

Tomorrow we begin our unit on the Civil War. We will study the Battle of Gettysburg, where more than 50,000 soldiers
were killed, wounded or captured over three days in July 1863. Read pages 212 to 230 and answer the questions on
Pickett's Charge: why did Lee order the assault, and why did so many men die crossing that open field?

We will also read the Gettysburg Address and discuss what Lincoln meant by "these dead shall not have died in vain."

Bring your notebooks. The quiz on the causes of the war is Friday.

Mr. Okafor
History, Room 214"""


def test_a_students_plan_to_bring_a_weapon_without_any_list_word_is_held_by_the_model(district):
    guard, postfix = district
    student = "casey.kid@students.district.example"
    send(postfix, message("friday", PLAN, sender=student, to="morgan.kid@students.district.example"))
    wait_for(lambda: student in postfix.wait_held(), what="the plan on hold")
    alerts = wait_for(lambda: [p for p in postfix.delivered("counselor") if student in p.read_text()],
                      what="the safety team's alert about the plan")
    assert "glovebox" not in alerts[0].read_text()
    records = wait_for(lambda: json.loads(guard.cli("audit", "--sender", student, "--format", "json").stdout) or None,
                       what="the audit record of the plan")
    rules = {finding["rule"] for finding in records[0]["findings"]}
    assert rules == {"conduct-model"}, rules
    assert records[0]["verdict"] == "quarantine"


def test_a_history_teachers_lesson_on_a_war_is_delivered_untouched(postfix):
    send(postfix, message("History 8: the Battle of Gettysburg", LESSON, sender="d.okafor@district.example",
                          to="period3@students.district.example"))
    [delivered] = postfix.wait_delivered("period3")
    text = delivered.read_text()
    assert "X-MailGuard" not in text and "[MailGuard]" not in text
    assert "The quiz on the causes of the war is Friday." in text
