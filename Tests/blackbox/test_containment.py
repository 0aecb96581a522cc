"""Containment: a reader that crashes, hangs or eats memory costs one worker process, never the
milter. Faults come from the fault hook of debug builds (a text holding
`MAILGUARD-TEST-FAULT: crash|hang|allocate`), so these tests do not depend on a reader bug
staying unfixed. Each row of the failure table in docs/containment.md has its test here or is
named there."""
import os
import signal
import smtplib
import socket
import sqlite3
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from harness import MailGuard, Postfix, ROOT, start_district, wait_for

FIXTURES = ROOT / "Tests" / "Fixtures"
OUTSIDER = "parent@mail.example"
FAST = {"seconds_per_message": 3, "count": 2, "memory_mib": 768, "queue_wait_seconds": 10}


def faulty(fault: str, subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = OUTSIDER
    msg["To"] = "office@district.example"
    msg["Subject"] = subject
    msg.set_content("Please see the attached file.\n")
    msg.add_attachment(f"MAILGUARD-TEST-FAULT: {fault}\n".encode(), maintype="text", subtype="plain", filename="notes.txt")
    return msg


def clean(subject: str, to="office@district.example") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = OUTSIDER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content("Lunch is at noon on Friday.\n")
    return msg


def send(server: Postfix, msg, sender=OUTSIDER, recipients=None):
    """From an untrusted address (127.0.0.2: outside mail). Returns None, or the SMTP error."""
    with smtplib.SMTP("127.0.0.1", server.port, timeout=60, source_address=("127.0.0.2", 0)) as smtp:
        try:
            if isinstance(msg, bytes):
                smtp.sendmail(sender, recipients or ["office@district.example"], msg)
            else:
                smtp.send_message(msg, from_addr=sender)
        except smtplib.SMTPResponseException as error:
            return error


def held(server: Postfix, subject: str) -> bool:
    for path in (server.dir / "queue" / "hold").rglob("*"):
        if path.is_file() and subject.encode() in path.read_bytes():
            return True
    return False


@pytest.fixture(scope="module")
def fast_district():
    guard, server = start_district("containment", settings=FAST)
    guard.wait_workers(2)
    yield guard, server
    server.stop()
    guard.stop()


@pytest.mark.parametrize("fault, reason, signal_number", [
    ("crash", "reader crashed (signal 4)", 4),
    ("hang", "reader took longer than 8 s", 9),
    ("allocate", "reader ran out of memory", None),
])
def test_a_faulty_reader_costs_one_worker_and_the_message_is_held(fast_district, fault, reason, signal_number):
    guard, server = fast_district
    before = guard.workers()
    assert send(server, faulty(fault, f"fault {fault}")) is None
    wait_for(lambda: held(server, f"fault {fault}"), timeout=60, what="the message on hold")
    log = guard.log_text()
    line = next(line for line in log.splitlines() if "reader died" in line and reason in line)
    assert 'part="attachment notes.txt"' in line
    if signal_number:
        assert f"signal={signal_number}" in line
    checked = [l for l in log.splitlines() if "message checked" in l and "verdict=quarantine" in l and "unscannable" in l]
    assert checked and "MAILGUARD-TEST-FAULT" not in log
    # The milter lives on, the dead worker is replaced, and the next message is delivered.
    assert guard.process.poll() is None
    dead = set(before) - set(guard.workers())
    assert len(dead) >= 1
    guard.wait_workers(2, exclude=dead)
    assert send(server, clean(f"after {fault}", to=f"after-{fault}@district.example")) is None
    server.wait_delivered(f"after-{fault}")


def test_a_spinning_reader_is_stopped_by_its_cpu_limit_before_the_wall_clock():
    guard, server = start_district("cpu", settings={"count": 1, "cpu_seconds": 1, "seconds_per_message": 20})
    try:
        guard.wait_workers(1)
        started = time.monotonic()
        assert send(server, faulty("hang", "spins")) is None
        assert time.monotonic() - started < 15
        wait_for(lambda: held(server, "spins"), what="the message on hold")
        assert 'reason="took too long: reader used up its CPU time"' in guard.log_text()
        guard.wait_workers(1)
    finally:
        server.stop()
        guard.stop()


def test_the_crafted_xlsx_is_decided_without_any_worker_dying(fast_district):
    guard, server = fast_district
    workers = guard.workers()
    raw = (FIXTURES / "xlsx-column-overflow.eml").read_bytes()
    assert send(server, raw, recipients=["office@district.example"]) is None
    wait_for(lambda: held(server, "Roster"), what="the workbook on hold")
    assert "cell reference out of range" in guard.log_text()
    assert guard.workers() == workers


def test_malformed_mime_is_decided_like_any_message(fast_district):
    guard, server = fast_district
    raw = (b"From: parent@mail.example\r\nTo: malformed@district.example\r\nSubject: broken\r\n"
           b"Content-Type: multipart/mixed; boundary=\"never\"\r\n\r\n--never\r\nContent-Type: text/plain\r\n\r\n"
           b"SSN 536-90-4399 and no closing boundary\r\n" + b"\x00\xff" * 100)
    assert send(server, raw, recipients=["malformed@district.example"]) is None
    [delivered] = server.wait_delivered("malformed")
    assert "X-MailGuard: tag; rules=ssn" in delivered.read_text(errors="replace")


def test_a_client_that_disconnects_mid_message_leaves_the_milter_serving(fast_district):
    guard, server = fast_district
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
        reader = raw.makefile("rb")
        reader.readline()
        for command in (b"EHLO x\r\n", b"MAIL FROM:<parent@mail.example>\r\n", b"RCPT TO:<office@district.example>\r\n", b"DATA\r\n"):
            raw.sendall(command)
            while True:
                line = reader.readline()
                if line[3:4] != b"-":
                    break
        raw.sendall(b"Subject: cut\r\n\r\n" + b"half a message " * 20000)
    assert send(server, clean("after a disconnect", to="disconnect@district.example")) is None
    server.wait_delivered("disconnect")
    assert guard.process.poll() is None


def test_a_message_over_the_size_bound_is_held_unread():
    guard, server = start_district("oversize", settings={"max_message_mib": 1, "count": 1})
    try:
        msg = clean("too big")
        msg.set_content("SSN 536-90-4399\n" + "x" * (2 << 20))
        assert send(server, msg) is None
        wait_for(lambda: held(server, "too big"), what="the large message on hold")
        assert "larger than 1 MiB" in guard.log_text()
    finally:
        server.stop()
        guard.stop()


def test_past_the_buffer_bound_of_all_sessions_mail_waits_and_is_never_lost():
    guard, server = start_district("buffered", settings={"max_buffered_mib": 1, "count": 1})
    try:
        msg = clean("large while busy", to="buffered@district.example")
        msg.set_content("y" * (2 << 20))
        error = send(server, msg)
        assert error is not None and error.smtp_code == 451 and b"4.3.2" in error.smtp_error, error
        assert server.delivered("buffered") == []
        # Small mail still flows.
        assert send(server, clean("small", to="small@district.example")) is None
        server.wait_delivered("small")
    finally:
        server.stop()
        guard.stop()


# A load run: with the long tests (./scripts/test --long), as CI runs them.
@pytest.mark.long
def test_with_every_worker_busy_a_message_waits_with_451_4_3_2():
    guard, server = start_district("busy", settings={"count": 1, "queue_wait_seconds": 1, "seconds_per_message": 3})
    try:
        guard.wait_workers(1)
        hanging = threading.Thread(target=send, args=(server, faulty("hang", "occupies the worker")))
        hanging.start()
        time.sleep(1.5)  # the hanging message holds the only worker for 8 s
        error = send(server, clean("while busy", to="busy@district.example"))
        assert error is not None and error.smtp_code == 451 and b"4.3.2" in error.smtp_error, error
        hanging.join(timeout=60)
        guard.wait_workers(1)
        # The sender's server retries until the new worker is ready (it loads the rules and the
        # conduct model first): then it is delivered, once.
        wait_for(lambda: send(server, clean("while busy", to="busy@district.example")) is None, timeout=30, interval=0.5,
                 what="delivery once a worker is ready")
        assert len(server.wait_delivered("busy")) == 1
        assert "message deferred: no reader free" in guard.log_text()
    finally:
        server.stop()
        guard.stop()


def test_a_killed_milter_means_451_then_one_delivery_after_restart():
    guard, server = start_district("killed", settings={"count": 1})
    try:
        guard.wait_workers(1)
        workers = guard.workers()
        guard.process.send_signal(signal.SIGKILL)
        guard.process.wait()
        # Workers die with their parent.
        wait_for(lambda: not any(Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().split(") ")[1][:1]
                                 for pid in workers), what="workers gone with the milter")
        error = send(server, clean("while down", to="down@district.example"))
        assert error is not None and error.smtp_code == 451, error
        guard.start()
        assert send(server, clean("while down", to="down@district.example")) is None
        assert len(server.wait_delivered("down")) == 1
        time.sleep(1)
        assert len(server.delivered("down")) == 1
    finally:
        server.stop()
        guard.stop()


def test_a_locked_ledger_file_holds_no_mail_up_and_its_entries_are_written_once_it_frees():
    """Rate windows are counted in memory; the SQLite file is written behind, in batches."""
    guard, server = start_district("ledger", settings={"count": 1})
    staff = "pat.teacher@district.example"

    def written():
        with sqlite3.connect(guard.dir / "ledger.sqlite", timeout=10) as db:
            return db.execute("SELECT COUNT(*) FROM ledger WHERE kind = 'messages' AND subject = ?", (staff,)).fetchone()[0]

    def send_as_staff(subject, to):
        msg = clean(subject, to=to)
        msg.replace_header("From", staff)
        with smtplib.SMTP("127.0.0.1", server.port, timeout=60) as smtp:  # a trusted network: a district sender
            smtp.send_message(msg, from_addr=staff)

    try:
        send_as_staff("warm up", "warm@district.example")
        wait_for(lambda: written() == 1, what="the first entry written")
        lock = sqlite3.connect(guard.dir / "ledger.sqlite", timeout=1, isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")
        try:
            send_as_staff("ledger locked", "locked@district.example")  # no 451: decided from memory
            assert len(server.wait_delivered("locked")) == 1
            wait_for(lambda: "bulk ledger entries not written" in guard.log_text(), timeout=30, what="the failed batch logged")
        finally:
            lock.execute("ROLLBACK")
            lock.close()
        wait_for(lambda: written() == 2, timeout=30, what="the waiting entry written once the lock is gone")
    finally:
        server.stop()
        guard.stop()


def test_a_reload_replaces_the_workers_and_new_rules_reach_them():
    guard, server = start_district("reload-workers", settings={"count": 2})
    try:
        before = guard.wait_workers(2)
        (guard.patterns / "local.rules").write_text(
            "rule mascot\ndescribe The secret mascot word\nsection 3\nmatch /\\bzorblax\\b/i\naction reject\n"
            "example our zorblax is here\nnot the zebra\n")
        guard.reload()
        wait_for(lambda: "reloaded" in guard.log_text(), what="the reload")
        guard.wait_workers(2, exclude=before)
        error = send(server, _with_body("zorblax time"))
        assert error is not None and error.smtp_code == 550, error
    finally:
        server.stop()
        guard.stop()


def _with_body(body: str) -> EmailMessage:
    msg = clean("mascot", to="friend@mail.example")
    msg.set_content(body + "\n")
    return msg
