"""A 25 MB message: read whole, within 200 MB of peak memory (plus the conduct model's 120), through `scan` and through a
Postfix (whose message_size_limit the harness raises to 50 MB)."""
import os
import random
import smtplib
import subprocess
from email import encoders, policy
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from harness import ROOT, MailGuard, Postfix, mailguard_binary

# 200 MiB for reading the message, plus the conduct model: its encoder's weights (87 MiB of
# file-backed pages, shared with every other worker through the page cache) and OpenBLAS.
LIMIT_KIB = (200 + 120) * 1024


@pytest.fixture(scope="module")
def large_message(tmp_path_factory):
    rng = random.Random(25)
    rows, size, index = ["Student,SSN,Room,Notes"], 0, 0
    while size < 13_000_000:
        ssn = f"{rng.randint(100, 899)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}" if index == 5000 else ""
        line = f"Student {index},{ssn},{rng.randint(100, 400)},returned the permission slip for the museum trip"
        rows.append(line)
        size += len(line) + 2
        index += 1
    outer = MIMEMultipart("mixed")
    outer["From"], outer["To"], outer["Subject"] = "pat.teacher@district.example", "big@mail.example", "Roster"
    outer.attach(MIMEText(("Room 104 schedule, call 860-555-1234. " * 200_000)[:6_000_000], "plain", "utf-8"))
    part = MIMEBase("text", "csv")
    part.set_payload("\r\n".join(rows).encode())
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename="roster.csv")
    outer.attach(part)
    data = outer.as_bytes(policy=policy.SMTP)
    assert len(data) >= 25_000_000
    path = tmp_path_factory.mktemp("large") / "large.eml"
    path.write_bytes(data)
    return path


@pytest.mark.long
def test_scan_reads_a_25_mb_message_within_200_mb(large_message):
    process = subprocess.Popen([str(mailguard_binary()), "scan", "--config", str(ROOT / "mailguard.toml"), str(large_message)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stdout = process.stdout.read()
    # The peak of this very process (RUSAGE_CHILDREN would be the largest of every child so far).
    _, status, usage = os.wait4(process.pid, 0)
    peak = usage.ru_maxrss
    assert os.waitstatus_to_exitcode(status) == 0
    assert stdout.startswith(f"{large_message}: reject for big@mail.example")
    assert "in attachment roster.csv › B5002 (SSN):" in stdout
    assert peak < LIMIT_KIB, f"peak {peak} KiB"
    print(f"scan peak RSS: {peak // 1024} MiB")


@pytest.mark.long
def test_the_milter_checks_a_25_mb_message_within_200_mb(large_message):
    guard = MailGuard("large").start()
    server = Postfix("large", milter_socket=guard.spec).start()
    try:
        with pytest.raises(smtplib.SMTPDataError) as refused:
            with smtplib.SMTP("127.0.0.1", server.port, timeout=300) as smtp:
                smtp.sendmail("pat.teacher@district.example", ["big@mail.example"], large_message.read_bytes())
        assert refused.value.smtp_code == 550
        # The milter buffers the message; a worker reads it. Both stay within the bound.
        for pid in [guard.process.pid] + guard.workers():
            status = open(f"/proc/{pid}/status").read()
            peak = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
            assert peak < LIMIT_KIB, f"peak {peak} KiB"
            print(f"{'milter' if pid == guard.process.pid else 'worker'} peak RSS: {peak // 1024} MiB")
    finally:
        server.stop()
        guard.stop()
