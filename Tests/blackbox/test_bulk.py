"""Bulk sending through a real Postfix (guideline 9), with windows of a few seconds."""
import smtplib
import sqlite3
import time
from email.message import EmailMessage

import pytest

from harness import start_district, wait_for

WINDOW = 4
BULK = f"""[bulk]
database = DATABASE
exempt = ["bulk_senders"]
over_limit = "tempfail"

[[bulk.limits]]
senders = ["students"]
max_recipients = 20
windows = [{{ seconds = {WINDOW}, messages = 3 }}]

[[bulk.limits]]
senders = ["staff"]
max_recipients = 150
windows = [{{ seconds = {WINDOW}, messages = 5 }}]

[bulk.fanout]
window_seconds = 120
max_senders = 2
max_recipients = 1000
distance = 10
min_words = 25
action = "quarantine"
"""

RAFFLE = """Dear {name}, our school raffle is this Friday in the gym. Tickets are two dollars each and every
ticket helps the library buy new books for the reading corner. Please bring your family and
neighbours, there will be cookies, music and a bake sale table run by the fourth grade.
Thank you for supporting our readers. {closing}
"""


@pytest.fixture(scope="module")
def bulk_district():
    guard, server = start_district("bulk", bulk=BULK)
    yield guard, server
    server.stop()
    guard.stop()


def send(server, sender, recipients, subject, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, ", ".join(recipients[:3]), subject
    msg.set_content(body)
    with smtplib.SMTP("127.0.0.1", server.port, timeout=30) as smtp:
        smtp.send_message(msg, from_addr=sender, to_addrs=recipients)


def test_a_student_message_to_60_recipients_is_stopped_with_the_notice(bulk_district):
    _, server = bulk_district
    recipients = [f"class{i}@district.example" for i in range(60)]
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(server, "kid@students.district.example", recipients, "Party", "Come to my party on Saturday!")
    assert refused.value.smtp_code == 550
    reply = refused.value.smtp_error.decode()
    assert "too many recipients for one message" in reply and "60 recipients; the limit for this sender is 20 per message" in reply


def test_a_burst_trips_the_limit_after_exactly_the_count_and_the_next_window_accepts(bulk_district):
    _, server = bulk_district
    time.sleep(WINDOW)  # a fresh window for this sender
    for index in range(5):
        send(server, "burst.teacher@district.example", [f"burst{index}@district.example"], f"note {index}", "See you at the meeting.")
    with pytest.raises(smtplib.SMTPDataError) as later:
        send(server, "burst.teacher@district.example", ["burst5@district.example"], "note 5", "See you at the meeting.")
    assert later.value.smtp_code == 451
    reply = later.value.smtp_error.decode()
    assert "over the limit of 5 messages per 4 s; try again after" in reply
    time.sleep(WINDOW + 0.5)
    send(server, "burst.teacher@district.example", ["burst6@district.example"], "note 6", "See you at the meeting.")
    server.wait_delivered("burst6")
    assert server.delivered("burst5") == []


def test_a_classic_chain_letter_is_caught_on_its_first_copy(bulk_district):
    _, server = bulk_district
    letter = "This letter has been around the world nine times. Forward this to 10 people within 24 hours or bad luck will follow. Do not break the chain!"
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(server, "chain.teacher@district.example", ["chain@district.example"], "Luck", letter)
    assert refused.value.smtp_code == 550
    assert "Chain letter" in refused.value.smtp_error.decode()


def test_near_identical_text_from_three_senders_is_stopped_on_the_third_copy(bulk_district):
    guard, server = bulk_district
    copies = [("alice.teacher", "Maria", "See you there!"), ("bob.teacher", "friends", "Hope to see you!"),
              ("carol.teacher", "neighbour", "See you soon, Mr. Lee")]
    held_before = len(server.queue_ids("hold"))
    for index, (sender, name, closing) in enumerate(copies[:2]):
        send(server, f"{sender}@district.example", [f"raffle{index}@district.example"], "Raffle", RAFFLE.format(name=name, closing=closing))
        server.wait_delivered(f"raffle{index}")
    sender, name, closing = copies[2]
    send(server, f"{sender}@district.example", ["raffle2@district.example"], "Raffle", RAFFLE.format(name=name, closing=closing))
    wait_for(lambda: len(server.queue_ids("hold")) > held_before, what="the third copy held")
    assert server.delivered("raffle2") == []
    assert "rules=bulk-content" in guard.log_text()


def test_an_approved_announcement_address_passes(bulk_district):
    _, server = bulk_district
    recipients = [f"family{i}@district.example" for i in range(60)]
    for _ in range(2):
        send(server, "announcements@district.example", recipients, "Snow day", "School is closed tomorrow because of snow.")
    server.wait_delivered("family59", count=2)


def test_with_the_shipped_config_an_outside_newsletter_is_neither_limited_nor_held():
    """A learning platform's notifications: one outside address, many messages and recipients.
    The shipped windows and fan-out are for district senders; nothing is charged for it."""
    guard, server = start_district("newsletter")
    sender = "noreply@learning-platform.example"
    try:
        for batch in range(2):
            recipients = [f"parent{batch}x{i}@district.example" for i in range(260)]
            send(server, sender, recipients, "Weekly class update",
                 RAFFLE.format(name="families", closing=f"Issue {batch} of our weekly update."))
        assert len(server.wait_delivered("parent1x259@district.example")) == 1
        assert not server.queue_ids("hold")
        with sqlite3.connect(guard.dir / "ledger.sqlite", timeout=10) as db:
            assert db.execute("SELECT COUNT(*) FROM ledger WHERE subject = ?", (sender,)).fetchone()[0] == 0
    finally:
        server.stop()
        guard.stop()
