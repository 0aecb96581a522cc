"""Personal data and rosters (guideline 3) behind a real Postfix: what the vendor, the office,
the student and the parent see with the example district's policy."""
import smtplib
from pathlib import Path

import pytest

from harness import wait_for
from test_postfix import message, send

FIXTURES = Path(__file__).parents[1] / "Fixtures"
CLASS_LIST = FIXTURES / "roster-class-list-pdf.eml"
GRADEBOOK = FIXTURES / "education-gradebook-xlsx.eml"
TRANSCRIPT = FIXTURES / "education-transcript-pdf.eml"
# Values in the class list: none may appear in a reply, header or notice.
VALUES = ["555-0142", "555-0149", "12 Elm St", "03/14/2016", "Old County"]


def refusal(postfix, recipient, fixture):
    """The one-line SMTP reply when `fixture` from a teacher to `recipient` is refused."""
    with smtplib.SMTP("127.0.0.1", postfix.port, timeout=30) as smtp, pytest.raises(smtplib.SMTPDataError) as refused:
        smtp.sendmail("pat.teacher@district.example", [recipient], fixture.read_bytes())
    assert refused.value.smtp_code == 550
    return " ".join(refused.value.smtp_error.decode().split())


@pytest.mark.parametrize("recipient, fixture, reason, values", [
    # A class list to a bus company: a roster, with its count and fields.
    ("dispatch@busco.example", CLASS_LIST, "a roster of student records in attachment class-list.pdf (roster of 8 students: "
     "name, DOB, home address, guardian phone), rule student-roster", VALUES),
    # A gradebook to a parent's personal address: named for what it is.
    ("parent.home@mail.example", GRADEBOOK, "a roster of student records in attachment algebra-p3-q1.xlsx > Period 3 "
     "(gradebook of 6 students: name, student ID, grades), rule student-roster", ["418230", "418277", "Quinlan"]),
    # One student's transcript to a college: an education record, refused like a roster.
    ("admissions@college.example", TRANSCRIPT, "a confidential student record in attachment transcript.pdf "
     "(1 confidential record naming a person: name, student ID, grades), rule education-record", ["418277", "Halvorsen"]),
])
def test_records_leaving_the_district_are_refused_with_the_document_what_it_holds_and_where_records_go(postfix, recipient, fixture,
                                                                                                         reason, values):
    reply = refusal(postfix, recipient, fixture)
    assert f"MailGuard refused this message: {reason}, guideline 3, to {recipient}." in reply, reply
    assert "Student Information System" in reply
    assert not [value for value in values if value in reply]


def test_the_same_class_list_inside_the_district_is_tagged_and_copied(postfix):
    with smtplib.SMTP("127.0.0.1", postfix.port, timeout=30) as smtp:
        smtp.sendmail("pat.teacher@district.example", ["nurse@district.example"], CLASS_LIST.read_bytes())
    [delivered] = postfix.wait_delivered("nurse")
    text = delivered.read_text()
    assert "\nX-MailGuard: tag; rules=student-roster\n" in text
    assert "\nSubject: [MailGuard] Bus list\n" in text
    [copy] = postfix.wait_delivered("compliance")
    assert "class-list.pdf" in copy.read_text()


def test_a_students_home_address_to_the_approved_site_is_held_with_the_student_notice(postfix):
    student = "sam.kid@students.district.example"
    send(postfix, message("About me", "Hi! I live at 77 Oak Lane, Hartford. Call me at 860-555-0188.",
                          sender=student, to="tutor@approved-learning.example"))
    held = postfix.wait_held()
    assert student in held and "tutor@approved-learning.example" in held
    [notice] = postfix.wait_delivered("sam.kid")
    text = " ".join(notice.read_text().split())
    assert "Never share your home address, phone number or birthday online" in text
    assert "Street address in body (text/plain)" in text and "Telephone number in body (text/plain)" in text
    assert "It was going to: tutor@approved-learning.example" in text
    assert "77 Oak" not in text and "555-0188" not in text


def test_a_staff_signature_with_phone_and_address_is_delivered_untouched(postfix):
    body = ("See you at conferences on Tuesday.\n\nThanks,\nPat Teacher\nGrade 3, Lincoln Elementary\n"
            "100 Main Street, Hartford, CT 06103\n(860) 555-0100\n\nAcme Tutoring: 1420 North Maple Avenue, (860) 555-0187")
    send(postfix, message("Conferences", body, to="parent@mail.example, signature@district.example"))
    [delivered] = postfix.wait_delivered("signature")
    text = delivered.read_text()
    assert "X-MailGuard" not in text  # accepted untouched: no verdict header, no tag
    assert "\nSubject: Conferences\n" in text
    assert "(860) 555-0187" in text


def test_the_same_transcript_inside_the_district_is_tagged_and_copied(postfix):
    with smtplib.SMTP("127.0.0.1", postfix.port, timeout=30) as smtp:
        smtp.sendmail("pat.teacher@district.example", ["registrar@district.example"], TRANSCRIPT.read_bytes())
    [delivered] = postfix.wait_delivered("registrar")
    assert "\nX-MailGuard: tag; rules=" in delivered.read_text() and "education-record" in delivered.read_text()
    wait_for(lambda: any("transcript.pdf" in copy.read_text() for copy in postfix.delivered("compliance")),
             what="a compliance copy of the transcript")
