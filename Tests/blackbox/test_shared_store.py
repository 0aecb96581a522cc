"""Two mail servers, each a Postfix with its own MailGuard, sharing one PostgreSQL store
([store]): a sending limit holds exactly across both, a chain letter is counted across both,
PostgreSQL killed under load loses no message and no audit record, what the store costs per
message, and what `mailguard store status` and `mailguard check` say about it."""
import json
import re
import smtplib
import sqlite3
import subprocess
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser

import pytest

from harness import MailGuard, Postfix, Postgres, free_port, start_district, tcp_listening, wait_for

SESSIONS = 8
RETRY_SECONDS = 5
# The store's timeout: long enough that a loaded two-core machine running a debug build does
# not fall back while the store is up (the exact limit depends on it), short beside the stalls.
TIMEOUT_MS = 1000
# The password the servers read from their password_file; PostgreSQL asks for it (SCRAM).
PASSWORD = "Tulip-Harbor-8812"

# Row order matters: the first row whose senders match applies. The business office
# (payroll@, benefits@, purchasing@) gets a small limit for the outage test; the fan-out
# thresholds are such that one server's copies alone never reach them.
BULK = """[bulk]
database = DATABASE
exempt = ["bulk_senders"]
over_limit = "tempfail"

[[bulk.limits]]
senders = ["business_office"]
max_recipients = 150
windows = [{ seconds = 3600, messages = 10 }]

[[bulk.limits]]
senders = ["students"]
max_recipients = 20
windows = [{ seconds = 3600, messages = 50 }]

[[bulk.limits]]
senders = ["staff"]
max_recipients = 150
windows = [{ seconds = 3600, messages = 100000 }]

[bulk.fanout]
window_seconds = 3600
max_senders = 100
max_recipients = 15
distance = 10
min_words = 25
action = "quarantine"
"""

CHAIN = """Dear {name}, our school raffle is this Friday in the gym. Tickets are two dollars each and every
ticket helps the library buy new books for the reading corner. Please bring your family and
neighbours, there will be cookies, music and a bake sale table run by the fourth grade.
Thank you for supporting our readers.
"""

DIFFERENT = [
    """The science fair projects are due on the twelfth. Each team needs a poster, a short written
report and a working model or experiment. Judges will visit every table on Thursday morning,
so please have one team member ready to explain the results and the method you used.""",
    """Parent conferences move to the library this term because the cafeteria floor is being
replaced. Sign-up sheets are at the front office, and evening slots fill quickly. Interpreters
can be arranged if you let us know a week ahead which language your family prefers.""",
    """The soccer team practices on the north field every Tuesday and Thursday after school. Bring
water, shin guards and a signed permission slip. If it rains we meet in the small gym for
drills instead, and the coach sends a message by three o'clock that afternoon.""",
    """Our recycling drive collected almost four hundred pounds of paper last month. The student
council would like to thank every classroom that joined in. Next we collect old batteries and
printer cartridges; the bins will stand beside the main staircase until the spring break.""",
]


def store_settings(url, server, password_file):
    # Without the conduct model: these tests count messages and records, and a debug build
    # would spend their time reading sentences.
    return {"conduct.model": False, "store.url": url, "store.server": server, "store.timeout_ms": TIMEOUT_MS,
            "store.connections": 4, "store.retry_seconds": RETRY_SECONDS, "store.password_file": str(password_file)}


@pytest.fixture(scope="module")
def postgres():
    store = Postgres("shared", password=PASSWORD).start()
    yield store
    store.remove()
    assert not store.processes(), "PostgreSQL processes left running"


@pytest.fixture(scope="module")
def password_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("store-secret") / "store-password"
    path.write_text(PASSWORD + "\n")
    return path


@pytest.fixture(scope="module")
def pair(postgres, password_file):
    """mx1 and mx2: two Postfix instances, each with its own MailGuard and root queue helper
    (the path a release takes), one store."""
    districts, helpers = [], []
    try:
        for name in ("mx1", "mx2"):
            guard = MailGuard(name, bulk=BULK, settings=store_settings(postgres.url, name, password_file))
            server = Postfix(name, milter_socket=guard.spec)
            guard.settings.update({
                "quarantine.postfix_config_directory": f'"{server.etc}"',
                "quarantine.helper_socket": f'"{guard.dir / "helper.sock"}"',
                "quarantine.helper_group": '"root"',
            })
            guard.use_sendmail(server.sendmail_command())
            helpers.append(subprocess.Popen([str(guard.binary), "queue-helper", "--config", str(guard.config)],
                                            stdout=subprocess.DEVNULL, stderr=open(guard.dir / "queue-helper.log", "ab")))
            wait_for(lambda: (guard.dir / "helper.sock").exists(), what="the queue helper's socket")
            guard.start()
            server.start()
            districts.append((guard, server))
        yield districts
    finally:
        for guard, server in districts:
            server.stop()
            guard.stop()
        for helper in helpers:
            helper.terminate()
            helper.wait(timeout=10)


@pytest.fixture
def fresh_ledger(postgres):
    postgres.psql("TRUNCATE ledger")


def submit(server, sender, recipients, subject, body):
    """One message in its own SMTP session. Returns the final DATA answer (code, text) and
    how long that answer took, in seconds."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, ", ".join(recipients[:3]), subject
    msg["Message-ID"] = f"<{re.sub(r'[^A-Za-z0-9.-]', '-', subject)}@test.district.example>"
    msg.set_content(body)
    with smtplib.SMTP("127.0.0.1", server.port, timeout=60) as smtp:
        smtp.ehlo()
        code, reply = smtp.mail(sender)
        assert code == 250, (code, reply)
        for recipient in recipients:
            code, reply = smtp.rcpt(recipient)
            assert code == 250, (code, reply)
        started = time.monotonic()
        code, reply = smtp.data(msg.as_bytes(policy=policy.SMTP))
        return code, reply.decode(errors="replace"), time.monotonic() - started


def queue_id(reply: str) -> str:
    return re.search(r"queued as (\w+)", reply).group(1)


def delivered_subjects(servers):
    """Subject of every message in the servers' Maildirs, with how often each arrived;
    MailGuard's own notice mails are left out."""
    found = Counter()
    for server in servers:
        folder = server.mail / "Maildir" / "new"
        for path in folder.iterdir() if folder.exists() else []:
            with open(path, "rb") as handle:
                head = BytesHeaderParser().parse(handle)
            if head["Auto-Submitted"]:
                continue
            found[str(head["Subject"])] += 1
    return found


def local_audit(guard, sql, arguments=()):
    with sqlite3.connect(f"file:{guard.audit_db}?mode=ro", uri=True, timeout=10) as db:
        return db.execute(sql, arguments).fetchall()


def test_a_sender_limited_to_50_an_hour_gets_exactly_50_through_two_servers(pair, postgres, fresh_ledger):
    """80 messages from one student, alternating between the servers in 8 parallel sessions:
    50 go through, 30 are told to try later, and the store's ledger charged both servers."""
    sender = "rate.student@students.district.example"
    servers = [server for _, server in pair]

    def one(i):
        return submit(servers[i % 2], sender, [f"rate{i}@district.example"], f"rate-{i}", "Homework is due Friday.\n")

    with ThreadPoolExecutor(SESSIONS) as sessions:
        answers = list(sessions.map(one, range(80)))
    codes = Counter(code for code, _, _ in answers)
    accepted = sum(1 for code, _, _ in answers if code == 250)
    tempfailed = sum(1 for code, _, _ in answers if 400 <= code < 500)
    by_server = dict(postgres.query(f"SELECT server, count(*) FROM ledger WHERE kind = 'messages' AND subject = '{sender}' GROUP BY server"))
    print(f"\nshared limit: 80 messages, accepted {accepted}, tempfailed {tempfailed}, answers {dict(codes)}, "
          f"ledger rows per server {by_server}, slowest answer {max(s for _, _, s in answers) * 1000:.0f} ms")
    assert (accepted, tempfailed) == (50, 30), dict(codes)
    assert all("over the limit of 50 messages per" in text for code, text, _ in answers if code != 250)
    assert sum(int(n) for n in by_server.values()) == 50
    assert int(by_server.get("mx1", 0)) > 0 and int(by_server.get("mx2", 0)) > 0
    wanted = {f"rate-{i}" for i, (code, _, _) in enumerate(answers) if code == 250}
    wait_for(lambda: wanted <= set(delivered_subjects(servers)), what="the 50 accepted messages delivered")
    assert not ({f"rate-{i}" for i in range(80)} - wanted) & set(delivered_subjects(servers))


def test_a_chain_letter_through_both_servers_is_one_fan_out(pair, postgres, fresh_ledger):
    """Four copies of one letter to 5 recipients each, from four senders, alternating servers;
    the fan-out limit is 15 recipients, which neither server reaches alone. Copies 1 to 3
    are delivered, the 4th is held. Four different letters in the same sequence are not."""
    senders = ["alice.teacher", "bob.teacher", "carol.teacher", "dan.teacher"]
    names = ["Maria", "friends", "neighbours", "Mr. Lee"]

    def sequence(tag, texts):
        postgres.psql("TRUNCATE ledger")
        held_before = [len(server.queue_ids("hold")) for _, server in pair]
        replies = []
        for index, text in enumerate(texts):
            _, server = pair[index % 2]
            recipients = [f"{tag}{index}x{r}@district.example" for r in range(5)]
            code, reply, _ = submit(server, f"{senders[index]}@district.example", recipients, f"{tag}-{index}", text)
            assert code == 250, reply
            replies.append(reply)
        return held_before, replies

    # The control: different letters, each long enough to be fingerprinted.
    held_before, _ = sequence("notes", DIFFERENT)
    for index in range(4):
        pair[index % 2][1].wait_delivered(f"notes{index}x4")
    assert [len(server.queue_ids("hold")) for _, server in pair] == held_before

    held_before, replies = sequence("raffle", [CHAIN.format(name=name) for name in names])
    for index in range(3):
        pair[index % 2][1].wait_delivered(f"raffle{index}x4")
    guard, server = pair[1]
    wait_for(lambda: len(server.queue_ids("hold")) > held_before[1], what="the 4th copy held on mx2")
    assert len(pair[0][1].queue_ids("hold")) == held_before[0]
    held = queue_id(replies[3])
    assert held in server.queue_ids("hold")
    assert all(server.delivered(f"raffle3x{r}") == [] for r in range(5))

    def audited():
        rows = local_audit(guard, "SELECT m.verdict, f.rule, f.kind FROM message m JOIN finding f ON f.message_id = m.id WHERE m.queue_id = ?", (held,))
        return rows or None
    rows = wait_for(audited, what="the held copy's audit record")
    assert ("quarantine", "bulk-content", "bulk-content") in rows, rows
    # The same record, shipped to the store.
    shipped = wait_for(lambda: postgres.query(
        "SELECT m.verdict, f.kind FROM audit_message m JOIN audit_finding f ON f.message_id = m.id "
        f"WHERE m.server = 'mx2' AND m.queue_id = '{held}'"), what="the held copy's record in the store")
    assert ["quarantine", "bulk-content"] in shipped
    for index in range(3):
        verdicts = wait_for(lambda: local_audit(pair[index % 2][0], "SELECT verdict FROM message WHERE queue_id = ?",
                                                (queue_id(replies[index]),)), what=f"copy {index + 1}'s audit record")
        assert verdicts == [("accept",)], verdicts


def outage_under_load(pair, postgres, count, limited, tag):
    servers = [server for _, server in pair]
    guards = [guard for guard, _ in pair]
    log_start = [len(guard.log_text()) for guard in guards]
    # Many senders, none near a limit (a prime count, so each one's messages alternate servers).
    senders = [f"load{k}.teacher@district.example" if k % 2 else f"load{k}.kid@students.district.example" for k in range(37)]
    lock = threading.Lock()
    answers, errors, seconds, progress = {}, [], {}, [0]
    limited_answers = {}
    events = {}

    def deliver(server, sender, subject):
        try:
            code, reply, took = submit(server, sender, [f"{subject}@district.example"], subject, "Lunch is at noon on Friday, room 104.\n")
            with lock:
                answers[subject] = code
                seconds[subject] = took
            if not (code == 250 or 400 <= code < 500):
                raise AssertionError(f"{subject}: {code} {reply}")
        except Exception as error:  # noqa: BLE001 - every other outcome is a failure, collected
            with lock:
                errors.append(f"{subject}: {error!r}")

    restarted = threading.Event()

    def load(indexes):
        for i in indexes:
            with lock:
                paused = progress[0] >= 2 * count // 3
            if paused:  # two thirds done: the last third goes once the store is back
                restarted.wait(timeout=600)
            deliver(servers[i % 2], senders[i % len(senders)], f"outage-{tag}-{i}")
            with lock:
                progress[0] += 1

    def store_trouble():
        try:
            wait_for(lambda: progress[0] >= count // 3, timeout=600, interval=0.01, what="a third of the load")
            events["killed_at"] = progress[0]
            killed = time.monotonic()
            postgres.kill()
            # The limited sender during the outage, alternating servers: each server's own window.
            for j in range(30):
                subject = f"outage-{tag}-limited-{j}"
                deliver(servers[j % 2], limited, subject)
                with lock:
                    limited_answers[j] = answers.get(subject)
            wait_for(lambda: progress[0] >= 2 * count // 3, timeout=600, interval=0.01, what="two thirds of the load")
            events["restarted_at"] = progress[0]
            postgres.start()
            events["restarted"] = time.monotonic()
            events["outage_seconds"] = events["restarted"] - killed
        finally:
            restarted.set()

    postgres.psql("TRUNCATE ledger")
    started = time.monotonic()
    threads = [threading.Thread(target=load, args=(range(s, count, SESSIONS),)) for s in range(SESSIONS)]
    trouble = threading.Thread(target=store_trouble)
    for thread in threads + [trouble]:
        thread.start()
    for thread in threads + [trouble]:
        thread.join(timeout=1200)
    elapsed = time.monotonic() - started
    assert not errors, errors[:10]
    assert "restarted" in events, "PostgreSQL was not restarted"

    # Mail keeps coming after the restart, one message to each server every quarter second,
    # until each has decided with the store again and says so.
    back, after = {}, []
    for k in range(240):
        for index, guard in enumerate(guards):
            if index not in back and "shared store answers again" in guard.log_text()[log_start[index]:]:
                back[index] = time.monotonic() - events["restarted"]
        if len(back) == 2:
            break
        for index in set(range(2)) - set(back):
            after.append(f"outage-{tag}-after-{k}-{index}")
            deliver(servers[index], senders[k % len(senders)], after[-1])
        time.sleep(0.25)
    assert not errors, errors[:10]
    assert len(back) == 2, f"no 'shared store answers again' within 60 s of the restart on {sorted(set(range(2)) - set(back))}"
    # Decisions are shared again: a new sender's charges reach the store from both servers.
    returning = "back.teacher@district.example"
    for index in range(2):
        after.append(f"outage-{tag}-returning-{index}")
        deliver(servers[index], returning, after[-1])
    assert not errors, errors[:10]
    assert sorted(row[0] for row in postgres.query(f"SELECT server FROM ledger WHERE kind = 'messages' AND subject = '{returning}'")) == ["mx1", "mx2"]

    load_subjects = {f"outage-{tag}-{i}" for i in range(count)}
    limited_subjects = {f"outage-{tag}-limited-{j}" for j in range(30)}
    accepted = {subject for subject, code in answers.items() if code == 250}
    tempfailed = {subject for subject, code in answers.items() if 400 <= code < 500}
    assert set(answers) == load_subjects | limited_subjects | set(after)

    def arrived():
        found = delivered_subjects(servers)
        return found if accepted <= set(found) else None
    found = wait_for(arrived, timeout=120, interval=0.2, what="every accepted message delivered")
    time.sleep(0.5)  # a duplicate would be delivered at about the same time
    found = delivered_subjects(servers)
    ours = {subject: n for subject, n in found.items() if subject.startswith(f"outage-{tag}-")}
    duplicated = sorted(subject for subject, n in ours.items() if n > 1)
    unexpected = sorted(set(ours) - accepted)

    limited_accepted = sum(1 for code in limited_answers.values() if code == 250)
    slowest = max(seconds.values())
    print(f"\nstore killed under load ({tag}): {count} messages + 30 from {limited}, {SESSIONS} sessions, {elapsed:.1f} s; "
          f"killed after {events['killed_at']}, restarted after {events['restarted_at']} "
          f"({events['outage_seconds']:.1f} s down); accepted {len(accepted & load_subjects)} of the load, "
          f"tempfailed {len(tempfailed & load_subjects)}; the limited sender (10 an hour) got {limited_accepted} of 30 "
          f"through during the outage; slowest DATA answer {slowest * 1000:.0f} ms; "
          f"store used again by mx1 {back[0]:.1f} s after the restart, mx2 after {back[1]:.1f} s "
          f"({len(after)} messages sent after the load until then)")
    assert slowest < 10, slowest
    assert not duplicated, duplicated[:10]
    assert not unexpected, unexpected[:10]
    assert limited_accepted <= 2 * 10
    for index, guard in enumerate(guards):
        text = guard.log_text()[log_start[index]:]
        assert "shared store unreachable; sending limits fall back to this server's own windows" in text
        assert "shared store answers again" in text

    # The audit outbox: every local record in the store, once.
    def counts():
        local = [local_audit(guard, "SELECT count(*), COALESCE(max(id), 0) FROM message")[0] for guard in guards]
        stored = dict((name, (int(n), int(top))) for name, n, top in postgres.query(
            "SELECT server, count(*), max(local_id) FROM audit_message GROUP BY server"))
        return local, stored
    try:
        wait_for(lambda: (lambda local, stored: local == [stored.get("mx1"), stored.get("mx2")])(*counts()),
                 timeout=max(5, 60 - (time.monotonic() - events["restarted"])), interval=0.2,
                 what="the store holding every local audit record")
    finally:
        local, stored = counts()
        print(f"audit records: local (count, last id) mx1 {local[0]}, mx2 {local[1]}; store {stored}")
    distinct = postgres.query("SELECT count(*), count(DISTINCT (server, trail, local_id)), count(DISTINCT (server, local_id)) FROM audit_message")[0]
    assert distinct[0] == distinct[1] == distinct[2], distinct
    # Once PostgreSQL answers again, a server decides with it again after one retry period.
    # (One retry period and a probe: well under one period per pooled connection.)
    assert max(back.values()) <= RETRY_SECONDS + 10, (
        f"the store was used again only {back[0]:.1f} s (mx1) and {back[1]:.1f} s (mx2) after the restart; retry_seconds = {RETRY_SECONDS}")


@pytest.mark.parametrize("count, limited", [
    pytest.param(120, "payroll@district.example", id="120-messages"),
    pytest.param(1000, "benefits@district.example", id="1000-messages", marks=pytest.mark.long),
])
def test_the_store_killed_mid_load_loses_nothing(pair, postgres, count, limited):
    """PostgreSQL is killed after a third of the load and started again after two thirds:
    every message gets an answer in time and is delivered once, a limited sender gets at
    most each server's own window through, and the audit backlog reaches the store once."""
    outage_under_load(pair, postgres, count, limited, f"{count}")


def test_cost_of_the_shared_store_per_message(pair, postgres):
    """200 messages one after another through a server with the store and 200 through one
    with only its SQLite, from a sender with a sending limit: the mean time per message."""
    server = pair[0][1]
    sender = "cost.teacher@district.example"
    solo_guard, solo_server = start_district("solo", bulk=BULK, settings={"conduct.model": False})
    try:
        means = {}
        for name, target in (("store", server), ("sqlite", solo_server)):
            for i in range(5):  # warm up: connections, caches
                submit(target, sender, [f"warm{i}@district.example"], f"cost-{name}-warm-{i}", "Staff meeting at four.\n")
            took = []
            for i in range(200):
                code, reply, seconds = submit(target, sender, [f"cost{i}@district.example"], f"cost-{name}-{i}", "Staff meeting at four.\n")
                assert code == 250, reply
                took.append(seconds)
            means[name] = sum(took) / len(took) * 1000
        charged = postgres.value(f"SELECT count(*) FROM ledger WHERE kind = 'messages' AND subject = '{sender}' AND server = 'mx1'")
        print(f"\nshared store cost: {means['store']:.2f} ms per message with the store, {means['sqlite']:.2f} ms with "
              f"SQLite only, {means['store'] - means['sqlite']:+.2f} ms (mean DATA answer over 200 messages each; "
              f"{charged} charges of this sender in the store)")
        # The store decided (the charges are there), not this server's own windows.
        assert int(charged) == 205
    finally:
        solo_server.stop()
        solo_guard.stop()


def test_store_status_and_check_see_the_store(pair, postgres, password_file, tmp_path):
    """`mailguard store status` and `check` name the store and whether it answers (status
    exits 1 when it does not; check only says so, the milter starting without it). The
    password is never shown: not from the password file, not from a URL that holds one (such
    a URL is refused, or at least not printed), and not in the servers' logs."""
    guard = pair[0][0]
    outputs = []

    def run(instance, *args):
        result = instance.cli(*args, check=False)
        outputs.append((f"{instance.dir.name}: mailguard {' '.join(args)}", result.stdout + result.stderr))
        return result

    def instance(name, url, secret=password_file):
        settings = store_settings(url, "mx1", secret)
        return MailGuard(name, directory=tmp_path / name, settings=settings)

    status = run(guard, "store", "status")
    assert status.returncode == 0, status.stderr
    assert status.stdout.strip() == f"store: {postgres.url} as server mx1: reachable, schema version 1"
    checked = run(guard, "check")
    assert checked.returncode == 0, checked.stdout[-2000:] + checked.stderr
    assert checked.stdout.rstrip().splitlines()[-1] == f"mailguard check: store: {postgres.url} as server mx1: reachable, schema version 1"

    elsewhere_url = f"postgres://mailguard@127.0.0.1:{free_port()}/mailguard"
    elsewhere = instance("elsewhere", elsewhere_url)
    status = run(elsewhere, "store", "status")
    assert status.returncode == 1
    assert status.stdout.startswith(f"store: {elsewhere_url}: ") and "unavailable" in status.stdout, status.stdout
    # check says so, and still succeeds: systemd runs it before the milter, which starts
    # without the store and decides on each server's own windows until it answers.
    checked = run(elsewhere, "check")
    assert checked.returncode == 0
    assert f"\nmailguard check: store: {elsewhere_url}: " in checked.stdout and "the milter starts anyway" in checked.stdout, checked.stdout[-1000:]

    wrong_file = tmp_path / "wrong-secret"
    wrong_file.write_text("Wrong-Lantern-5521\n")
    status = run(instance("wrong-password", postgres.url, wrong_file), "store", "status")
    assert status.returncode == 1
    assert "password authentication failed" in status.stdout, status.stdout
    assert "Wrong-Lantern-5521" not in outputs[-1][1]

    # A password in the URL: as user:password, after a mistyped scheme, as a query parameter.
    for name, url in [("in-userinfo", postgres.url.replace("mailguard@", f"mailguard:{PASSWORD}@")),
                      ("in-mistyped-url", postgres.url.replace("postgres://mailguard@", f"postgress://mailguard:{PASSWORD}@")),
                      ("in-query", f"{postgres.url}?password={PASSWORD}")]:
        inline = instance(name, url)
        for command in (["check"], ["store", "status"]):
            result = run(inline, *command)
            if name == "in-userinfo":
                assert result.returncode != 0 and "the URL holds a password" in result.stderr, result.stdout[-500:] + result.stderr

    leaked = [what for what, output in outputs if PASSWORD in output]
    assert not leaked, f"the password is shown by: {leaked}; e.g. {next(o for w, o in outputs if PASSWORD in o)[-400:]!r}"
    for server, _ in pair:
        assert PASSWORD not in server.log_text()


def roster_of_ssns():
    """A staff member's roster of twelve SSNs to a colleague: held (a roster inside the district)."""
    rows = [(604, 55, 2318), (147, 29, 6640), (356, 81, 9172), (462, 37, 1455), (571, 92, 3806), (288, 16, 5529),
            (213, 44, 7781), (319, 63, 2204), (428, 71, 5590), (537, 18, 3342), (246, 52, 8817), (351, 27, 6403)]
    return "For the field trip forms:\n" + "\n".join(f"Student {i + 1}: SSN {a:03d}-{g:02d}-{s:04d}" for i, (a, g, s) in enumerate(rows))


def test_a_message_held_on_mx2_is_released_from_mx1_and_delivered_by_mx2(pair, postgres):
    """The reviewer on mx1 asks for the release; mx2's milter carries it out through its own
    queue helper, Postfix on mx2 delivers, and the release is recorded once, with its reason,
    in mx2's trail and in the store. mx1's `audit` reads it there, with the server. A second
    request for the same message is answered "not on hold"; the CLI exits 1."""
    (mx1, _), (mx2, server2) = pair
    delivered_before = len(server2.delivered("office"))
    code, reply, _ = submit(server2, "pat.teacher@district.example", ["office@district.example"], "trip forms roster", roster_of_ssns())
    assert code == 250, reply
    held = queue_id(reply)
    wait_for(lambda: held in server2.queue_ids("hold"), what="the roster held on mx2")
    # mx1's own queue does not have it: without --server the release is refused there.
    refused = mx1.cli("quarantine", "release", held, "--reason", "checked", check=False)
    assert refused.returncode != 0 and "not on hold" in refused.stderr + refused.stdout

    asked = mx1.cli("quarantine", "release", held, "--server", "mx2", "--reason", "forms checked with the office")
    assert f"asked mx2 to release {held}" in asked.stdout and "mx2: released: delivering to office@district.example" in asked.stdout, asked.stdout
    server2.wait_delivered("office", count=delivered_before + 1)
    assert held not in server2.queue_ids("hold")
    # Recorded once, by mx2, with the requester and the reason, and shipped to the store.
    local = local_audit(mx2, "SELECT action, by, reason FROM review WHERE queue_id = ?", (held,))
    assert [row[0] for row in local] == ["released"] and local[0][2] == "forms checked with the office", local
    wait_for(lambda: postgres.value(f"SELECT count(*) FROM audit_review WHERE server = 'mx2' AND queue_id = '{held}'") == "1",
             what="the release in the central trail")
    reviews = mx1.cli("audit", "reviews", "--queue-id", held).stdout
    assert re.search(rf"mx2\s+{held}\s+released\s+\S+\s+forms checked with the office", reviews), reviews
    listed = mx1.cli("audit", "list", "--server", "mx2", "--queue-id", held).stdout
    assert f"mx2 {held}" in listed and "quarantine" in listed and "***-**-" in listed and "604-55-2318" not in listed, listed
    # mx1's own trail does not have mx2's record.
    assert "no messages match" in mx1.cli("audit", "list", "--local", "--queue-id", held).stdout

    again = mx1.cli("quarantine", "release", held, "--server", "mx2", "--reason", "twice", check=False)
    assert again.returncode == 1 and "not on hold" in again.stdout, again.stdout
    assert postgres.value(f"SELECT count(*) FROM audit_review WHERE queue_id = '{held}'") == "1"
    requests = mx1.cli("quarantine", "requests").stdout
    assert re.search(rf"mx2\s+{held}\s+release", requests) and "released: delivering" in requests, requests


def test_upkeep_deletes_expired_entries_by_the_database_clock_and_answers_stale_requests(pair, postgres):
    """`mailguard store upkeep` (what each milter does once a minute): an entry past its expiry
    goes, one still in its window stays; a request nobody carried out within a day is answered
    as expired; and the CLI refuses a --server name that never wrote to the central trail."""
    (mx1, _), _ = pair
    postgres.psql("INSERT INTO ledger (kind, subject, value, weight, at, expires, server) VALUES "
                  "('messages', 'old@district.example', 0, 1, 0, extract(epoch FROM clock_timestamp()) - 10, 'mx9'), "
                  "('messages', 'new@district.example', 0, 1, 0, extract(epoch FROM clock_timestamp()) + 600, 'mx9')")
    postgres.psql("INSERT INTO queue_request (server, queue_id, action, requested_by, requested_from, requested_at) "
                  "VALUES ('mx9', 'ABC123', 'release', 'pat', 'mx1', extract(epoch FROM clock_timestamp()) - 2 * 86400)")
    assert "upkeep done for server mx1" in mx1.cli("store", "upkeep").stdout
    assert postgres.value("SELECT string_agg(subject, ',') FROM ledger WHERE server = 'mx9'") == "new@district.example"
    assert postgres.value("SELECT result FROM queue_request WHERE server = 'mx9'") == "expired: not carried out within a day"
    refused = mx1.cli("quarantine", "release", "ABC123", "--server", "mx9", check=False)
    assert refused.returncode != 0 and "no server named 'mx9'" in refused.stderr, refused.stderr
    assert postgres.value("SELECT count(*) FROM queue_request WHERE server = 'mx9'") == "1"


def test_the_console_on_mx1_lists_a_hold_of_mx2_and_has_it_released_there(pair, postgres):
    """The review console of mx1 reads the central trail: a roster held on mx2 appears under
    "Held on other servers" for the privacy reviewer; releasing it with a reason leaves the
    request, mx2 delivers, the hold leaves the list once its release is recorded, and the audit
    search shows the record and the release with their server."""
    from test_console import PASSWORDS, http, sign_in
    (mx1, server1), (mx2, server2) = pair
    port = free_port()
    mx1.settings.update({"console.listen": f'"127.0.0.1:{port}"', "console.database": f'"{mx1.dir / "console.sqlite"}"'})
    mx1.use_sendmail(server1.sendmail_command())
    for name, role in (("privacy", "privacy-reviewer"), ("auditor", "auditor")):
        subprocess.run([str(mx1.binary), "console", "user", "add", name, "--role", role, "--config", str(mx1.config)],
                       input=PASSWORDS[name], text=True, check=True, capture_output=True)
    log = mx1.dir / "console.log"
    console = subprocess.Popen([str(mx1.binary), "console", "--config", str(mx1.config)], stdout=subprocess.DEVNULL, stderr=open(log, "ab"))
    try:
        wait_for(lambda: tcp_listening(port) or console.poll() is not None, what="the console")
        assert console.poll() is None, log.read_text()
        site = type("Site", (), {"url": f"http://127.0.0.1:{port}"})
        delivered_before = len(server2.delivered("office"))
        code, reply, _ = submit(server2, "pat.teacher@district.example", ["office@district.example"], "console roster", roster_of_ssns())
        assert code == 250, reply
        held = queue_id(reply)
        wait_for(lambda: postgres.value(f"SELECT count(*) FROM audit_message WHERE server = 'mx2' AND queue_id = '{held}'") == "1",
                 what="the hold in the central trail")
        jar, csrf = sign_in(site, "privacy")
        _, _, holds = http(site, "/holds", jar=jar)
        assert f'id="elsewhere-mx2-{held}"' in holds and f'action="/elsewhere/mx2/{held}/release"' in holds, holds
        assert "604-55-2318" not in holds
        status, headers, _ = http(site, f"/elsewhere/mx2/{held}/release", {"csrf": csrf, "reason": "forms checked by phone"}, jar=jar)
        assert status == 303 and headers["Location"] == f"/holds?done=asked+mx2+to+release+{held}", status
        server2.wait_delivered("office", count=delivered_before + 1)
        # Released and recorded on mx2, the hold leaves the list (its review reached the store).
        wait_for(lambda: f'id="elsewhere-mx2-{held}"' not in http(site, "/holds", jar=jar)[2], what="the hold gone from the list")
        auditor, _ = sign_in(site, "auditor")
        _, _, audit = http(site, f"/audit?queue_id={held}", jar=auditor)
        assert f"mx2 {held}" in audit and "forms checked by phone" in audit, audit
    finally:
        console.terminate()
        console.wait(timeout=10)


STALL_SECONDS = 8


def test_a_stalled_store_costs_each_message_at_most_the_timeout(pair, postgres, fresh_ledger):
    """PostgreSQL stopped (SIGSTOP: connections open, nothing answers) while 40 messages go
    through both servers in 8 sessions: each is answered within the store's timeout plus the
    scan, a limited sender still meets each server's own window, and once PostgreSQL runs
    again the servers use it again."""
    import os
    import signal
    limited = "purchasing@district.example"
    for i in range(4):  # connections in the pools, and the sender's charges in both ledgers
        submit(pair[i % 2][1], limited, ["office@district.example"], f"stall-warm-{i}", "Order form attached.\n")
    # The postmaster and every process it runs, the servers' connections among them.
    postmaster = int((postgres.data / "postmaster.pid").read_text().splitlines()[0])
    processes = [postmaster] + [int(row[0]) for row in postgres.query("SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()")]
    for pid in processes:
        os.kill(pid, signal.SIGSTOP)
    stopped = time.monotonic()
    try:
        with ThreadPoolExecutor(SESSIONS) as pool:
            results = list(pool.map(lambda i: submit(pair[i % 2][1], limited if i < 16 else f"stall{i}@district.example",
                                                     ["office@district.example"], f"stall-{i}", "Order form attached.\n"), range(40)))
        # Stopped for STALL_SECONDS at least: a milter waiting on the store would answer no sooner.
        time.sleep(max(0, STALL_SECONDS - (time.monotonic() - stopped)))
    finally:
        for pid in processes:
            os.kill(pid, signal.SIGCONT)
    slowest = max(seconds for _, _, seconds in results)
    accepted = sum(1 for code, _, _ in results[:16] if code == 250)
    print(f"\nstalled store: 40 messages, slowest answer {slowest * 1000:.0f} ms; the limited sender (10 an hour, 2 already "
          f"charged on each server) got {accepted} of 16 through")
    assert all(code in (250, 451) for code, _, _ in results), results
    assert all(code == 250 for code, _, _ in results[16:])
    assert slowest < STALL_SECONDS / 2, slowest
    # Each server's own window: 10 - 2 on each.
    assert accepted == 16
    # Running again: after retry_seconds a new sender is charged in the store once more.
    def charged_again():
        submit(pair[0][1], "stall.after@district.example", ["office@district.example"], f"stall-after-{time.monotonic()}", "Hello.\n")
        return postgres.value("SELECT count(*) FROM ledger WHERE subject = 'stall.after@district.example'") != "0"
    wait_for(charged_again, timeout=30, interval=0.5, what="the store used again")


def test_a_store_that_takes_only_tls_is_reached_over_tls_when_the_url_asks(tmp_path):
    """A PostgreSQL that accepts TCP logins over TLS only: with `sslmode=verify-full` and its
    certificate authority, `store migrate` and `store status` reach it; without TLS, or with
    another authority, the store is unreachable and `status` says why (exit 1)."""
    store = Postgres("tls", tls=True).start()
    guard = MailGuard("tls", settings={"conduct.model": False, "store.server": "mx-tls"})
    try:
        def status(query):
            guard.settings["store.url"] = json.dumps(f"{store.url}?{query}")
            guard.use_sendmail(["/bin/true"])
            return guard.cli("store", "status", check=False)
        other = tmp_path / "other.crt"
        subprocess.run(["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", tmp_path / "other.key",
                        "-out", other], check=True, capture_output=True, timeout=60)
        guard.settings["store.url"] = json.dumps(f"{store.url}?sslmode=verify-full&sslrootcert={store.ca}")
        guard.use_sendmail(["/bin/true"])
        assert "applied version 1" in guard.cli("store", "migrate").stdout
        verified = status(f"sslmode=verify-full&sslrootcert={store.ca}")
        assert verified.returncode == 0 and "reachable, schema version 1" in verified.stdout, verified.stdout + verified.stderr
        plain = status("sslmode=disable")
        assert plain.returncode == 1 and "no encryption" in plain.stdout, plain.stdout
        forged = status(f"sslmode=verify-full&sslrootcert={other}")
        assert forged.returncode == 1 and "certificate verify failed" in forged.stdout, forged.stdout
    finally:
        store.remove()


def test_a_milter_whose_store_is_down_at_start_starts_and_decides_on_its_own_windows(password_file):
    """The store does not answer when the milter starts: it starts all the same, says so, and
    mail is decided on the server's own windows (a limited sender still meets its limit)."""
    guard, server = start_district("nostore", bulk=BULK, settings=store_settings(
        f"postgres://mailguard@127.0.0.1:{free_port()}/mailguard", "mx-alone", password_file))
    try:
        answers = [submit(server, "payroll@district.example", ["office@district.example"], f"alone-{i}", "Pay stubs are ready.\n")[0]
                   for i in range(12)]
        assert answers == [250] * 10 + [451] * 2, answers
        log = guard.log_text()
        assert "shared store not ready at start; this server decides on its own windows until it is" in log
    finally:
        server.stop()
        guard.stop()
