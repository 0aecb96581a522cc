"""Load with faults: many messages from 8 parallel SMTP sessions while workers are killed at
random, the whole milter is killed twice and restarted, and reloads happen. Afterwards every
message is accounted for exactly once: delivered, refused with the notice, or held.

CI runs 300 messages; the full run is `MAILGUARD_LOAD_MESSAGES=2000 scripts/load-faults`."""
import os
import random
import re
import signal
import smtplib
import threading
import time
from collections import Counter
from email.message import EmailMessage

import pytest

from harness import start_district, wait_for

MESSAGES = int(os.environ.get("MAILGUARD_LOAD_MESSAGES", "300"))
SESSIONS = 8
TOKEN = re.compile(rb"load-(\d+)-end")


def build(i: int) -> EmailMessage:
    kind = ["clean", "clean", "ssn-out", "csv-in", "password", "clean-attach", "crash", "card-out"][i % 8]
    msg = EmailMessage()
    outside = kind.endswith("-out")
    msg["From"] = "pat.teacher@district.example"
    msg["To"] = f"friend{i}@mail.example" if outside else f"user{i}@district.example"
    msg["Subject"] = f"load-{i}-end {kind}"
    body = {
        "clean": "Lunch is at noon on Friday. Room 104, bus 12, 3:15 pm.",
        "ssn-out": "My SSN is 536-90-4399, please file it.",
        "csv-in": "Roster attached.",
        "password": "username: sub12 password: Falcon$2026",
        "clean-attach": "Agenda attached.",
        "crash": "See the notes.",
        "card-out": "Card 4532 5260 1815 9080 exp 01/29",
    }[kind]
    msg.set_content(body + "\n")
    if kind == "csv-in":
        msg.add_attachment(b"Name,SSN\r\nAnn Lee,536-90-4399\r\n", maintype="text", subtype="csv", filename="roster.csv")
    elif kind == "clean-attach":
        msg.add_attachment(b"Item,Time\r\nOpening,9:00\r\n", maintype="text", subtype="csv", filename="agenda.csv")
    elif kind == "crash":
        msg.add_attachment(b"MAILGUARD-TEST-FAULT: crash\n", maintype="text", subtype="plain", filename="notes.txt")
    return msg


@pytest.mark.long
def test_every_message_is_accounted_for_exactly_once_under_faults():
    # One sender sends everything: no sending-rate limits here.
    # Without the conduct model: workers killed several times a second and reloads every
    # second would otherwise spend the run loading the model in a debug build; this test is
    # about accounting for every message, the model's own tests are elsewhere.
    guard, server = start_district("load", settings={"count": 2, "seconds_per_message": 5, "conduct.model": False},
                                   bulk="[bulk]\ndatabase = DATABASE\n")
    refused = Counter()
    accepted = Counter()
    retries = Counter()
    lock = threading.Lock()
    done = threading.Event()
    progress = [0]

    def sender(indexes):
        for i in indexes:
            msg = build(i)
            for attempt in range(600):
                try:
                    with smtplib.SMTP("127.0.0.1", server.port, timeout=60) as smtp:
                        smtp.send_message(msg)
                    with lock:
                        accepted[i] += 1
                    break
                except smtplib.SMTPResponseException as error:
                    if 500 <= error.smtp_code < 600:
                        with lock:
                            refused[i] += 1
                        break
                    with lock:
                        retries[error.smtp_code] += 1
                except (smtplib.SMTPException, OSError):
                    with lock:
                        retries["connection"] += 1
                time.sleep(0.2)  # a sending server retries later
            with lock:
                progress[0] += 1

    kills = Counter()
    first_seen = {}

    def chaos():
        rng = random.Random(9)
        restarts_at = [MESSAGES // 3, 2 * MESSAGES // 3]
        while not done.is_set():
            time.sleep(rng.uniform(0.05, 0.25))
            with lock:
                sent = progress[0]
            if restarts_at and sent >= restarts_at[0]:
                restarts_at.pop(0)
                guard.process.send_signal(signal.SIGKILL)
                guard.process.wait()
                kills["milter"] += 1
                time.sleep(1)
                guard.start()
                continue
            action = rng.random()
            if action < 0.6:
                # Workers that have been up a second (reading messages): killing one still
                # starting tests the start backoff, not what happens to messages in flight.
                now = time.monotonic()
                for pid in guard.workers():
                    first_seen.setdefault(pid, now)
                workers = [pid for pid in guard.workers() if now - first_seen.get(pid, now) >= 1.0]
                if workers:
                    try:
                        os.kill(rng.choice(workers), signal.SIGKILL)
                        kills["worker"] += 1
                    except ProcessLookupError:
                        pass
            elif action < 0.75:
                guard.reload()
                kills["reload"] += 1

    try:
        guard.wait_workers(2)
        threads = [threading.Thread(target=sender, args=(range(s, MESSAGES, SESSIONS),)) for s in range(SESSIONS)]
        troublemaker = threading.Thread(target=chaos)
        started = time.monotonic()
        for thread in threads + [troublemaker]:
            thread.start()
        for thread in threads:
            thread.join(timeout=3600)
        done.set()
        troublemaker.join()
        elapsed = time.monotonic() - started

        # Everything accepted leaves the queue: delivered, or on hold.
        def settled():
            return not any(server.queue_ids(q) for q in ("incoming", "active", "deferred"))
        wait_for(settled, timeout=120, what="an empty active queue")
        server.flush()
        wait_for(settled, timeout=120, what="an empty queue after flushing")

        delivered = Counter()
        for path in (server.mail / "Maildir" / "new").iterdir():
            head = path.read_bytes().split(b"\n\n", 1)[0]
            # Compliance copies of tagged mail are delivered too (count each message once), and
            # notice mails quote the Subject of what they are about.
            if b"Delivered-To: compliance@" in head or b"Auto-Submitted: auto-replied" in head:
                continue
            for match in TOKEN.finditer(head):
                delivered[int(match.group(1))] += 1
                break
        held = Counter()
        for path in (server.dir / "queue" / "hold").rglob("*"):
            if path.is_file():
                match = TOKEN.search(path.read_bytes())
                if match:
                    held[int(match.group(1))] += 1

        outcomes = {i: delivered[i] + held[i] + refused[i] for i in range(MESSAGES)}
        lost = [i for i, n in outcomes.items() if n == 0]
        duplicated = [i for i, n in outcomes.items() if n > 1]
        print(f"\nload with faults: {MESSAGES} messages, {SESSIONS} sessions, {elapsed:.1f} s; "
              f"delivered {sum(delivered.values())}, refused {sum(refused.values())}, held {sum(held.values())}; "
              f"lost {len(lost)}, duplicated {len(duplicated)}; "
              f"workers killed {kills['worker']}, milter killed {kills['milter']}, reloads {kills['reload']}; "
              f"retries {dict(retries)}")
        assert kills["milter"] == 2
        assert not lost, f"lost: {lost[:20]}"
        assert not duplicated, f"duplicated: {duplicated[:20]}"
        # Accepted by Postfix means delivered or held; refused means a 5xx reached the sender.
        assert sum(accepted.values()) == sum(delivered.values()) + sum(held.values())
        # Policy still held: every SSN to outside was refused, or held if its worker was killed.
        for i in range(2, MESSAGES, 8):
            assert refused[i] == 1 or held[i] == 1, i
    finally:
        server.stop()
        guard.stop()
