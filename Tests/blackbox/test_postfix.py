"""MailGuard behind a real Postfix on loopback: what a sender and a recipient really see."""
import json
import smtplib
import threading
from email.message import EmailMessage
from pathlib import Path

import pytest

from harness import MailGuard, Postfix, start_district, wait_for

FIXTURES = Path(__file__).parents[1] / "Fixtures"
SSN_NOTICE = ("MailGuard refused this message: US Social Security number in body (text/plain) (***-**-4399), "
              "rule ssn, guideline 3, to outside@mail.example. Remove the number.")


def message(subject: str, body: str, sender="pat.teacher@district.example", to="office@district.example", extra=None):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    for name, value in (extra or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg


def send(server: Postfix, msg: EmailMessage, source="127.0.0.1"):
    """Over SMTP from `source` (127.0.0.1 is the district's trusted network; 127.0.0.2 is not)."""
    with smtplib.SMTP("127.0.0.1", server.port, timeout=30, source_address=(source, 0)) as smtp:
        smtp.send_message(msg)


def refusal(server: Postfix, fixture: str, sender: str, recipient: str) -> str:
    """The 550 reply to Tests/Fixtures/`fixture` sent from `sender` (SMTP replies are ASCII:
    "›" in a location is sent as ">")."""
    data = (FIXTURES / fixture).read_bytes()
    with smtplib.SMTP("127.0.0.1", server.port, timeout=30) as smtp, pytest.raises(smtplib.SMTPDataError) as refused:
        smtp.sendmail(sender, [recipient], data)
    assert refused.value.smtp_code == 550
    return refused.value.smtp_error.decode()


def test_clean_message_is_delivered_without_a_forged_result_header(postfix):
    send(postfix, message("Field trip", "Forms are due Friday.", to="clean@district.example",
                          extra={"X-MailGuard": "accept; forged"}))
    [delivered] = postfix.wait_delivered("clean")
    text = delivered.read_text()
    assert "X-MailGuard" not in text  # policy.header_on_accept is off in the shipped config
    assert "forged" not in text


def test_ssn_message_is_refused_with_the_notice(postfix):
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(postfix, message("Benefits", "For the benefits form, my SSN is 536-90-4399.", to="outside@mail.example"))
    assert refused.value.smtp_code == 550
    reply = refused.value.smtp_error.decode()
    assert reply.startswith("5.7.1 " + SSN_NOTICE), reply
    assert "536-90-4399" not in reply


def test_a_pdf_roster_is_refused_naming_the_row_and_column(postfix):
    reply = refusal(postfix, "roster-pdf-ruled.eml", "pat.teacher@district.example", "outside@mail.example")
    assert "in attachment roster.pdf > page 1 > table 1 > row 2 (SSN) (***-**-4399)" in reply, reply
    assert "536-90-4399" not in reply


def test_an_ssn_hidden_in_an_html_comment_is_refused_like_a_visible_one(postfix):
    msg = message("Benefits", "See below.")
    msg.add_alternative("<p>See below.</p><!-- SSN 536-90-4399 -->", subtype="html")
    msg.replace_header("To", "outside@mail.example")
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(postfix, msg)
    assert refused.value.smtp_code == 550
    assert "in body (text/html) > hidden (***-**-4399)" in refused.value.smtp_error.decode()


def test_an_exe_inside_a_zip_from_outside_is_refused_with_the_notice(postfix):
    reply = refusal(postfix, "danger-zip-in-zip-exe.eml", "parent@mail.example", "office@district.example")
    assert ("MailGuard refused this message: a dangerous attachment in attachment photos.zip > inner.zip > setup.exe "
            "(executable (PE)), rule executable, guideline 6") in reply, reply
    assert "share the file through the district's file service" in reply


def test_an_outlook_message_carrying_a_word_file_with_an_ssn_is_refused_naming_the_file(postfix):
    reply = refusal(postfix, "legacy-msg-word-object.eml", "pat.teacher@district.example", "outside@mail.example")
    assert "in attachment letter.msg > letter.doc (***-**-4399)" in reply, reply
    assert "536-90-4399" not in reply


def test_an_excel_97_workbook_with_a_macro_sheet_from_outside_is_refused(postfix):
    reply = refusal(postfix, "legacy-xls-xlm.eml", "parent@mail.example", "office@district.example")
    assert "a dangerous attachment in attachment budget.xls (Excel 4.0 macro sheet Notes), rule macro, guideline 6" in reply, reply


def test_a_password_protected_word_file_is_held_and_the_notice_and_audit_say_why(district):
    guard, postfix = district
    sender = "locked.sender@district.example"
    with smtplib.SMTP("127.0.0.1", postfix.port, timeout=30) as smtp:
        smtp.sendmail(sender, ["outside@mail.example"], (FIXTURES / "legacy-doc-encrypted.eml").read_bytes())
    wait_for(lambda: sender in postfix.wait_held(), what="the locked letter on hold")
    [notice] = postfix.wait_delivered("locked.sender")
    text = notice.read_text()
    assert "Your message is held for review" in text and "password-protected: encrypted Word document" in text, text
    records = wait_for(lambda: json.loads(guard.cli("audit", "--sender", sender, "--format", "json").stdout) or None,
                       what="the audit record of the locked letter")
    notes = [finding.get("note") for finding in records[0]["findings"]]
    assert notes == ["password-protected: encrypted Word document"], notes


def test_the_it_department_sends_a_script_inside_the_district(postfix):
    with smtplib.SMTP("127.0.0.1", postfix.port, timeout=30) as smtp:
        smtp.sendmail("helpdesk@district.example", ["it-script@district.example"], (FIXTURES / "danger-it-script.eml").read_bytes())
    [delivered] = postfix.wait_delivered("it-script")
    assert "fix-printers.ps1" in delivered.read_text()
    # The same script from a teacher is refused.
    assert "rule script, guideline 6" in refusal(postfix, "danger-it-script.eml", "pat.teacher@district.example", "it-script@district.example")


def test_test_card_is_tagged_and_delivered(postfix):
    send(postfix, message("Sandbox", "Use 4111 1111 1111 1111 in the sandbox.", to="tagged@district.example"))
    [delivered] = postfix.wait_delivered("tagged")
    text = delivered.read_text()
    assert "\nX-MailGuard: tag; rules=test-card\n" in text
    assert "\nSubject: [MailGuard] Sandbox\n" in text


def test_an_ssn_inside_is_delivered_tagged_and_copied_to_compliance(postfix):
    send(postfix, message("Benefits form", "For the benefits form, my SSN is 536-90-4399.", to="benefits@district.example"))
    [delivered] = postfix.wait_delivered("benefits")
    assert "\nX-MailGuard: tag; rules=ssn\n" in delivered.read_text()
    [copy] = postfix.wait_delivered("compliance")
    assert "Subject: [MailGuard] Benefits form" in copy.read_text()


def test_password_is_held_and_the_sender_gets_a_notice(postfix):
    sender = "sub.teacher@district.example"
    send(postfix, message("Sub login", "username: sub12\npassword: Falcon$2026", sender=sender, to="held@district.example"))
    held = postfix.wait_held()
    assert '"queue_name": "hold"' in held and sender in held
    assert postfix.delivered("held") == []
    [notice] = postfix.wait_delivered("sub.teacher")
    text = notice.read_text()
    assert "Return-Path: <>" in text and "Auto-Submitted: auto-replied" in text
    assert "Your message is held for review" in text and "Password written in a message" in text
    assert "Reference: " in text and "mailguard quarantine show " in text
    assert "Falcon" not in text


def test_local_submission_bounces_to_the_sender_with_the_notice(postfix):
    msg = message("Benefits", "My SSN is 536-90-4399.", sender="local.sender@district.example", to="outside@mail.example")
    postfix.sendmail("local.sender@district.example", "outside@mail.example", msg.as_bytes())
    [bounce] = postfix.wait_delivered("local.sender")
    text = " ".join(bounce.read_text().split())  # Postfix folds long lines
    assert SSN_NOTICE in text
    assert "536-90-4399" not in text


def test_a_forged_internal_sender_from_an_untrusted_network_is_outside_mail(district):
    guard, postfix = district
    # 127.0.0.2 is not in the district's trusted networks and does not authenticate: the
    # district From proves nothing, so a message to a student in a staff member's name is held.
    msg = message("Homework", "Please send me your login.", sender="pat.teacher@district.example", to="kid@students.district.example")
    del msg["From"]
    msg["From"] = "Pat Teacher <pat.teacher@district.example>"
    held_before = len(postfix.queue_ids("hold"))
    send(postfix, msg, source="127.0.0.2")
    wait_for(lambda: len(postfix.queue_ids("hold")) > held_before, what="the message held")
    assert "milter-hold" in postfix.log_text()
    assert "rules=staff-impersonation" in guard.log_text() and "verdict=quarantine" in guard.log_text()
    assert postfix.delivered("kid") == []
    # The same message from the trusted network is staff mail and is delivered.
    send(postfix, msg, source="127.0.0.1")
    postfix.wait_delivered("kid")


def test_monitor_mode_delivers_with_the_verdict_in_a_header():
    guard, server = start_district("monitor", monitor=True)
    try:
        roster = "\n".join(f"Student {i} SSN 536-90-{4300 + i}" for i in range(12))
        send(server, message("Roster", roster, to="registrar@district.example"))
        [delivered] = server.wait_delivered("registrar")
        assert "\nX-MailGuard: tag; monitor=quarantine; rules=ssn\n" in delivered.read_text()
        assert server.queue_ids("hold") == []
        assert "monitor=quarantine" in guard.log_text()
    finally:
        server.stop()
        guard.stop()


def test_mail_waits_while_mailguard_is_down_and_is_delivered_once_after():
    guard = MailGuard("down", settings={"header_on_accept": True})  # configured, not started: no socket yet
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
                send(server, message(f"ssn {i}", "My SSN is 536-90-4399.", to="leak@mail.example"))
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
        log = guard.log_text()
        assert "ssn.rules:" in log and "broken: bad regex at offset 1: missing closing parenthesis" in log
        # Fixed again, the next reload goes live.
        (guard.patterns / "ssn.rules").write_text((guard.patterns / "ssn.rules").read_text().split("\nrule broken")[0])
        guard.reload()
        wait_for(lambda: "reloaded" in guard.log_text(), what="a successful reload")
    finally:
        server.stop()
        guard.stop()
