"""The milter protocol, driven by a real client: OpenDKIM's miltertest runs one Lua script per
case against the built `mailguard run` on its own unix socket."""
import os
import subprocess
from pathlib import Path

import pytest

from harness import MailGuard, free_port, wait_for

SCRIPTS = Path(__file__).parent / "milter"
CASES = sorted(p.stem for p in SCRIPTS.glob("*.lua") if p.stem != "common")


def miltertest(guard, case):
    env = dict(os.environ, MILTER_SPEC=guard.spec, MILTER_SCRIPTS=str(SCRIPTS))
    result = subprocess.run(["miltertest", "-s", str(SCRIPTS / f"{case}.lua")],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "FAIL" not in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("case", CASES)
def test_milter_protocol(mailguard, case):
    miltertest(mailguard, case)


def test_a_held_message_gets_a_notice_mail_without_values(mailguard):
    before = len(mailguard.notices())
    miltertest(mailguard, "quarantine")
    notices = wait_for(lambda: [n for n in mailguard.notices()[before:] if "please do not reply" in n.read_text()] or None,
                       what="a notice mail")
    text = notices[0].read_text()
    assert "Auto-Submitted: auto-replied" in text
    assert "Subject: MailGuard: Your message is held for review" in text
    assert "Password written in a message" in text and "********" in text
    assert "Falcon" not in text


def test_tcp_socket():
    guard = MailGuard("tcp", tcp_port=free_port()).start()
    try:
        miltertest(guard, "two_messages")
    finally:
        guard.stop()


def test_one_log_line_per_message_with_redacted_values_only(mailguard):
    miltertest(mailguard, "ssn")
    log = mailguard.log_text()
    lines = [line for line in log.splitlines() if "message checked" in line and "rules=ssn" in line]
    assert lines, log
    assert ": info: NOQUEUE: message checked " in lines[-1]
    assert "verdict=reject" in lines[-1] and "rcpts=1" in lines[-1] and "from=<pat.teacher@district.example>" in lines[-1]
    assert "***-**-4399" in lines[-1]
    for secret in ("536-90-4399", "4532 5260 1815 9080", "Falcon$2026"):
        assert secret not in log


def test_sigterm_stops_cleanly():
    guard = MailGuard("sigterm").start()
    assert guard.stop() == 0
    assert "milter stopped" in guard.log_text()


def test_every_thread_of_the_milter_blocks_the_signals_it_takes_itself(mailguard):
    """SIGUSR1's default action ends the process: a thread that started before the mask was
    set (the model, GRDB, Dispatch) could take a reload signal and stop the milter. The two
    threads waiting in sigwait (reload; libmilter's SIGHUP/SIGTERM/SIGINT) show what they
    wait for as unblocked while they wait, so they are the only ones allowed to."""
    wait_for(lambda: "milter started" in mailguard.log_text(), what="milter started")
    taken = {10: "SIGUSR1", 15: "SIGTERM", 2: "SIGINT", 1: "SIGHUP"}
    rt_sigtimedwait = 128  # x86_64 syscall number
    waiting, checked = 0, 0
    for task in Path(f"/proc/{mailguard.process.pid}/task").iterdir():
        if int((task / "syscall").read_text().split()[0]) == rt_sigtimedwait:
            waiting += 1
            continue
        status = dict(line.split(":\t", 1) for line in (task / "status").read_text().splitlines() if ":\t" in line)
        blocked = int(status["SigBlk"].strip(), 16)
        for number, name in taken.items():
            assert blocked & (1 << (number - 1)), f"thread {task.name} does not block {name}"
        checked += 1
    assert waiting == 2 and checked > 1
    mailguard.reload()
    wait_for(lambda: "reload" in mailguard.log_text().split("milter started", 1)[1], what="reload logged")
    assert mailguard.process.poll() is None
