"""Operating MailGuard behind a real Postfix: the audit trail, quarantine review and release,
the compliance digest, the metrics endpoint, `mailguard reload` under load, and MailGuard's
own mails passing by their mark while a copied or forged mark passes nothing."""
import csv
import io
import json
import os
import subprocess
import threading
import time
import urllib.request

import pytest

from harness import free_port, start_district, wait_for
from test_postfix import message, send

STUDENT = "sam.kid@students.district.example"
TUTOR = "tutor@approved-learning.example"
# Held: a student's home address and phone to an outside site (guideline 3).
ADDRESS, PHONE = "77 Oak Lane", "860-555-0188"
HELD_BODY = f"Hi! I live at {ADDRESS}, Hartford. Call me at {PHONE}."


@pytest.fixture(scope="module")
def district():
    port = free_port()
    guard, server = start_district("operations", settings={"metrics.listen": f"127.0.0.1:{port}", "compliance_digest_minutes": 0.05})
    guard.metrics_url = f"http://127.0.0.1:{port}/metrics"
    guard.env = dict(os.environ, MAIL_CONFIG=str(server.etc), SUDO_USER="ms.rivera")
    yield guard, server
    guard.stop()
    server.stop()


def hold(server, subject):
    """Sends a message that is held and returns its queue id."""
    before = set(server.queue_ids("hold"))
    send(server, message(subject, HELD_BODY, sender=STUDENT, to=TUTOR))
    return wait_for(lambda: (set(server.queue_ids("hold")) - before or {None}).pop(), what="a new message on hold")


def audit(guard, *args):
    """`mailguard audit ... --format json`, once the batch with the wanted records is written."""
    return json.loads(guard.cli("audit", *args, "--format", "json", env=guard.env).stdout)


def wait_audit(guard, *args, count=1):
    return wait_for(lambda: (lambda found: found if len(found) >= count else None)(audit(guard, *args)),
                    what=f"{count} audit record(s) for {args}")


def test_a_held_message_is_listed_shown_released_once_and_the_review_is_audited(district):
    guard, server = district
    queue_id = hold(server, "About me")
    [record] = wait_audit(guard, "--queue-id", queue_id)
    assert record["verdict"] == "quarantine" and record["sender"] == STUDENT
    assert {"address": TUTOR, "direction": "outbound"} in record["recipients"]
    assert {"street-address", "phone"} <= {f["rule"] for f in record["findings"]}
    assert ADDRESS not in json.dumps(record) and PHONE not in json.dumps(record)

    listing = guard.cli("quarantine", "list", env=guard.env).stdout
    [line] = [line for line in listing.splitlines() if line.startswith(queue_id)]
    assert STUDENT in line and TUTOR in line and "street-address" in line and "phone" in line, listing

    shown = guard.cli("quarantine", "show", queue_id, env=guard.env).stdout
    assert f"Queue id:   {queue_id}" in shown and "Subject: About me" in shown
    assert "street-address [street-address] in body (text/plain)" in shown and "-> quarantine" in shown
    assert "***-***-0188" in shown and ADDRESS not in shown and PHONE not in shown, shown

    held = guard.cli("quarantine", "show", queue_id, "--message", env=guard.env).stdout
    assert ADDRESS in held and "Subject: About me" in held

    released = guard.cli("quarantine", "release", queue_id, env=guard.env)
    assert released.stdout.startswith(f"released {queue_id}: delivering to {TUTOR}")
    wait_for(lambda: queue_id not in server.queue_ids("hold") + server.queue_ids("deferred") + server.queue_ids("active"),
             what="the released message to leave the queue")
    assert f"{queue_id}: removed" in wait_for(lambda: f"{queue_id}: removed" in server.log_text() and server.log_text(),
                                              what="Postfix to finish the message")
    assert server.log_text().count(f"{queue_id}: to=<{TUTOR}>") == 1
    again = guard.cli("quarantine", "release", queue_id, check=False, env=guard.env)
    assert again.returncode != 0 and "is not on hold" in again.stderr

    [record] = audit(guard, "--queue-id", queue_id)
    assert [(r["action"], r["by"]) for r in record["reviews"]] == [("read", "ms.rivera"), ("released", "ms.rivera")]
    table = guard.cli("audit", "--queue-id", queue_id, env=guard.env).stdout
    assert "released by ms.rivera" in table and "quarantine" in table


def test_a_held_message_inside_the_district_is_released_into_the_maildir_exactly_once(district):
    guard, server = district
    # A student's threat to another student is held silently (guideline 8).
    before = set(server.queue_ids("hold"))
    send(server, message("tomorrow", "bringing my dad's gl0ck to school tomorrow", sender=STUDENT, to="jordan.kid@students.district.example"))
    queue_id = wait_for(lambda: (set(server.queue_ids("hold")) - before or {None}).pop(), what="the threat on hold")
    assert server.delivered("jordan.kid") == []
    guard.cli("quarantine", "release", queue_id, env=guard.env)
    [delivered] = server.wait_delivered("jordan.kid")
    assert "gl0ck" in delivered.read_text() and "\nX-MailGuard: quarantine; rules=" in delivered.read_text()
    time.sleep(2)
    assert len(server.delivered("jordan.kid")) == 1


def test_delete_removes_a_held_message_and_is_audited(district):
    guard, server = district
    queue_id = hold(server, "Delete me")
    wait_audit(guard, "--queue-id", queue_id)
    assert guard.cli("quarantine", "delete", queue_id, env=guard.env).stdout.strip() == f"deleted {queue_id}"
    assert queue_id not in server.queue_ids("hold")
    assert queue_id not in guard.cli("quarantine", "list", env=guard.env).stdout
    [record] = audit(guard, "--queue-id", queue_id)
    assert [(r["action"], r["by"]) for r in record["reviews"]] == [("deleted", "ms.rivera")]


def test_the_compliance_digest_lists_held_messages_and_passes_by_its_mark(district):
    guard, server = district
    queue_id = hold(server, "Digest me")
    digest = wait_for(lambda: [p for p in server.delivered("compliance") if queue_id in p.read_text() and "MailGuard digest" in p.read_text()],
                      what="a digest naming the held message")[0].read_text()
    assert "Subject: MailGuard digest:" in digest
    assert f"mailguard quarantine release {queue_id}" in digest and STUDENT in digest
    assert "street-address (guideline 3) in body (text/plain)" in digest
    assert ADDRESS not in digest and PHONE not in digest and "more;" not in digest
    # Accepted by its mark, unjudged: no verdict header, and the mark is gone.
    assert "\nX-MailGuard:" not in digest and "X-MailGuard-Mark" not in digest
    # No per-hold notice to the compliance mailbox any more.
    assert not [p for p in server.delivered("compliance") if "Your message is held" in p.read_text()]


def scrape(guard):
    text = urllib.request.urlopen(guard.metrics_url, timeout=10).read().decode()
    values = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            values[name] = float(value)
    return values


def test_metrics_move_by_exactly_the_messages_sent(district):
    guard, server = district
    key = 'mailguard_messages_total{verdict="accept",direction="internal"}'
    before = scrape(guard)
    for n in range(3):
        send(server, message(f"metrics {n}", "Lunch menu for next week.", to="metrics@district.example"))
    server.wait_delivered("metrics", count=3)
    after = wait_for(lambda: (lambda s: s if s.get(key, 0) - before.get(key, 0) >= 3 else None)(scrape(guard)), what="the counter")
    assert after[key] - before.get(key, 0) == 3
    assert after["mailguard_message_seconds_count"] - before["mailguard_message_seconds_count"] == 3
    assert 'mailguard_reloads_total{result="ok"}' in after and "mailguard_audit_errors_total" in after
    assert after["mailguard_audit_errors_total"] == 0


def test_audit_filters_csv_and_summary(district):
    guard, server = district
    sender = "office.audit@district.example"
    send(server, message("Roster", "Please see the attached.", sender=sender, to="audit.target@district.example"))
    server.wait_delivered("audit.target")
    wait_audit(guard, "--sender", sender)
    rows = list(csv.DictReader(io.StringIO(guard.cli("audit", "--sender", sender, "--format", "csv", env=guard.env).stdout)))
    assert [(r["sender"], r["recipients"], r["verdict"], r["directions"]) for r in rows] == [(sender, "audit.target@district.example", "accept", "internal")]
    assert audit(guard, "--sender", sender, "--verdict", "quarantine") == []
    assert audit(guard, "--recipient", "audit.target@district.example", "--since", "1h")[0]["sender"] == sender
    assert audit(guard, "--recipient", "audit.target@district.example", "--until", "2000-01-01") == []
    held = audit(guard, "--rule", "street-address", "--direction", "outbound")
    assert held and all(r["sender"] == STUDENT for r in held)
    summary = json.loads(guard.cli("audit", "summary", "--by", "month", "--format", "json", env=guard.env).stdout)
    street = [row for row in summary["byRule"] if row["rule"] == "street-address"]
    assert street and street[0]["messages"] == len(audit(guard, "--rule", "street-address", "--limit", "0"))
    assert any(row["group"] == "students" and row["verdict"] == "quarantine" for row in summary["byGroup"])
    text = guard.cli("audit", "summary", env=guard.env).stdout
    assert "Messages with a finding, by rule:" in text and "street-address" in text
    bad = guard.cli("audit", "--since", "yesterday-ish", check=False, env=guard.env)
    assert bad.returncode != 0 and "is not a date" in bad.stderr


# A load run: with the long tests (./scripts/test --long), as CI runs them.
@pytest.mark.long
def test_reload_under_load_loses_nothing_and_a_broken_pattern_keeps_the_old_rules(district):
    guard, server = district
    sent, errors = [], []

    def load():
        for n in range(40):
            try:
                send(server, message(f"load {n}", "Field trip forms are due Friday.", to="reload.load@district.example"))
                sent.append(n)
            except Exception as error:  # a tempfail would show here
                errors.append(error)
            time.sleep(0.05)

    sender = threading.Thread(target=load)
    sender.start()
    outputs = []
    for _ in range(3):
        outputs.append(guard.cli("reload", env=guard.env))
        time.sleep(0.3)
    sender.join()
    for output in outputs:
        assert output.returncode == 0 and output.stdout.startswith("reloaded: "), output.stdout + output.stderr
        assert "loaded " + str(guard.config) in output.stdout and f"loaded {guard.patterns / 'conduct.rules'}" in output.stdout
    assert errors == [] and len(sent) == 40
    server.wait_delivered("reload.load", count=40, timeout=60)

    rules = guard.patterns / "personal-data.rules"
    good = rules.read_text()
    try:
        rules.write_text(good + "\nrule        broken\nkind        broken\nmatch       /(unclosed/\naction      accept\n")
        failed = guard.cli("reload", check=False, env=guard.env)
        assert failed.returncode == 1 and failed.stdout.startswith("reload failed; old rules kept"), failed.stdout
        assert f"{rules}:" in failed.stdout
    finally:
        rules.write_text(good)
    assert 'mailguard_reloads_total{result="failed"}' in scrape(guard)
    # The old rules still hold: the next student address to the outside is still held.
    hold(server, "Still held")


def test_a_copied_or_forged_mark_is_judged_like_any_other_message(district):
    guard, server = district
    notice = wait_for(lambda: [p for p in server.delivered("sam.kid") if "held for review" in p.read_text()],
                      what="a held notice to the student")[0].read_text()
    assert "X-MailGuard-Mark" not in notice and "\nX-MailGuard:" not in notice
    forged = (f"From: MailGuard <postmaster@district.example>\r\nTo: forged@district.example\r\nSubject: forged\r\n"
              f"Message-ID: <mailguard.0000@district.example>\r\nAuto-Submitted: auto-replied\r\n"
              f"X-MailGuard-Mark: {'ab' * 32}\r\n\r\nbringing my dad's gl0ck to school tomorrow\r\n").encode()
    subprocess.run(server.sendmail_command() + ["-f", "<>", "-i", "--", "forged@district.example"], input=forged, check=True)
    [record] = wait_audit(guard, "--recipient", "forged@district.example")
    assert {"threat", "weapons"} & {f["kind"] for f in record["findings"]}, record
