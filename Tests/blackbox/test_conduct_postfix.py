"""Conduct (guideline 8) behind a real Postfix: a student's threat is held and the safety team
alerted at once, a student writing to a counselor is delivered, staff profanity is tagged."""
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
    assert postfix.delivered("safety")
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
