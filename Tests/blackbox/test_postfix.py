"""MailGuard behind a real Postfix on loopback: what a sender and a recipient really see."""
import smtplib
import threading
from email.message import EmailMessage

import pytest

from harness import MailGuard, Postfix, wait_for

SSN_NOTICE = ("MailGuard refused this message: US Social Security number in body (text/plain) "
              "(rule ssn, guideline 3). Remove the number.")


def message(subject: str, body: str, sender="pat.teacher@district.example", to="office@district.example", extra=None):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    for name, value in (extra or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg


def send(server: Postfix, msg: EmailMessage):
    with smtplib.SMTP("127.0.0.1", server.port, timeout=30) as smtp:
        smtp.send_message(msg)


def test_clean_message_is_delivered_with_the_result_header(postfix):
    send(postfix, message("Field trip", "Forms are due Friday.", to="clean@district.example",
                          extra={"X-MailGuard": "accept; forged"}))
    [delivered] = postfix.wait_delivered("clean")
    text = delivered.read_text()
    assert "\nX-MailGuard: accept\n" in text
    assert "forged" not in text


def test_ssn_message_is_refused_with_the_notice(postfix):
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(postfix, message("Benefits", "For the benefits form, my SSN is 536-90-4399.", to="ssn@district.example"))
    assert refused.value.smtp_code == 550
    reply = refused.value.smtp_error.decode()
    assert reply.startswith("5.7.1 " + SSN_NOTICE), reply
    assert "536-90-4399" not in reply
    assert postfix.delivered("ssn") == []


def test_test_card_is_tagged_and_delivered(postfix):
    send(postfix, message("Sandbox", "Use 4111 1111 1111 1111 in the sandbox.", to="tagged@district.example"))
    [delivered] = postfix.wait_delivered("tagged")
    assert "\nX-MailGuard: tag; rules=test-card\n" in delivered.read_text()


def test_password_is_held_in_the_hold_queue(postfix):
    send(postfix, message("Sub login", "username: sub12\npassword: Falcon$2026", to="held@district.example"))
    wait_for(lambda: postfix.queue_ids("hold"), what="a message on hold")
    assert postfix.delivered("held") == []


def test_local_submission_bounces_to_the_sender_with_the_notice(postfix):
    msg = message("Benefits", "My SSN is 536-90-4399.", sender="local.sender@district.example", to="office@district.example")
    postfix.sendmail("local.sender@district.example", "office@district.example", msg.as_bytes())
    [bounce] = postfix.wait_delivered("local.sender")
    text = " ".join(bounce.read_text().split())  # Postfix folds long lines
    assert SSN_NOTICE in text
    assert "536-90-4399" not in text
    assert postfix.delivered("office") == []


def test_mail_waits_while_mailguard_is_down_and_is_delivered_once_after():
    guard = MailGuard("down")  # configured, not started: its socket does not exist
    receiver = Postfix("receiver", milter_socket=guard.spec).start()
    sender = Postfix("sender", relay_to_port=receiver.port).start()
    try:
        send(sender, message("Queued", "Forms are due Friday.", to="queued@district.example"))
        wait_for(lambda: sender.queue_ids("deferred"), what="the message deferred in the sender's queue")
        assert "451 4.7.1" in sender.log_text() or "4.7.1" in sender.log_text()
        assert receiver.delivered("queued") == []
        guard.start()
        sender.flush()
        [delivered] = receiver.wait_delivered("queued")
        assert "\nX-MailGuard: accept\n" in delivered.read_text()
        wait_for(lambda: not sender.queue_ids("deferred") and not sender.queue_ids("active"), what="an empty sender queue")
        sender.flush()
        assert len(receiver.delivered("queued")) == 1
    finally:
        sender.stop()
        receiver.stop()
        guard.stop()


def test_reload_with_a_broken_pattern_file_keeps_the_old_rules_while_mail_flows():
    guard = MailGuard("reload").start()
    server = Postfix("reload", milter_socket=guard.spec).start()
    results = []

    def traffic():
        for i in range(20):
            try:
                send(server, message(f"clean {i}", "Lunch is at noon.", to="flow@district.example"))
                results.append(("clean", "sent"))
            except smtplib.SMTPException as error:
                results.append(("clean", str(error)))
            try:
                send(server, message(f"ssn {i}", "My SSN is 536-90-4399.", to="leak@district.example"))
                results.append(("ssn", "sent"))
            except smtplib.SMTPDataError as error:
                results.append(("ssn", error.smtp_code))

    try:
        worker = threading.Thread(target=traffic)
        worker.start()
        (guard.patterns / "ssn.rules").write_text((guard.patterns / "ssn.rules").read_text() + "\nrule broken\nmatch /(/\naction reject\nexample x\n")
        guard.reload()
        wait_for(lambda: "reload failed" in guard.log_text(), what="the reload failure in the log")
        worker.join(timeout=120)
        assert results.count(("clean", "sent")) == 20, results
        assert results.count(("ssn", 550)) == 20, results
        server.wait_delivered("flow", count=20)
        assert server.delivered("leak") == []
        log = guard.log_text()
        assert "ssn.rules:" in log and "broken: bad regex at offset 1: missing closing parenthesis" in log
        # Fixed again, the next reload goes live.
        (guard.patterns / "ssn.rules").write_text((guard.patterns / "ssn.rules").read_text().split("\nrule broken")[0])
        guard.reload()
        wait_for(lambda: "reloaded" in guard.log_text(), what="a successful reload")
    finally:
        server.stop()
        guard.stop()
