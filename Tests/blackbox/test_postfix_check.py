"""`mailguard postfix-check` against a real Postfix instance wired to a running MailGuard:
everything in order passes, and each miswiring an admin can make in main.cf is named (exit 1)."""
import subprocess

import pytest


def postconf(postfix, *settings):
    subprocess.run(["postconf", "-c", str(postfix.etc), "-e", *settings], check=True)


def check(guard, postfix):
    return guard.cli("postfix-check", "--postfix-config", str(postfix.etc), check=False)


def test_wired_postfix_passes(district):
    guard, postfix = district
    result = check(guard, postfix)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(line.startswith("ok: ") for line in lines), lines
    assert f"ok: smtpd_milters names MailGuard's socket (unix:{guard.socket})" in lines
    assert f"ok: the socket {guard.socket} accepts connections" in lines
    assert "ok: Postfix's user postfix may connect to it" in lines


# non_smtpd_milters is $smtpd_milters here, so a wrong smtpd_milters is wrong twice.
@pytest.mark.parametrize("settings, problem, count", [
    (["milter_default_action = accept"], "problem: milter_default_action = accept: while MailGuard is down", 1),
    (["smtpd_milters ="], "problem: smtpd_milters is empty", 2),
    (["non_smtpd_milters ="], "problem: non_smtpd_milters is empty: add non_smtpd_milters = $smtpd_milters", 1),
    (["smtpd_milters = unix:/nowhere/milter.sock"], "problem: smtpd_milters does not name MailGuard's socket", 2),
])
def test_each_miswiring_is_named(district, settings, problem, count):
    guard, postfix = district
    saved = (postfix.etc / "main.cf").read_text()
    try:
        postconf(postfix, *settings)
        result = check(guard, postfix)
        assert result.returncode == 1, result.stdout
        problems = [line for line in result.stdout.splitlines() if line.startswith("problem: ")]
        assert len(problems) == count and problems[0].startswith(problem), result.stdout
    finally:
        (postfix.etc / "main.cf").write_text(saved)


def test_a_stopped_milter_is_named(tmp_path):
    from harness import MailGuard, Postfix
    guard = MailGuard("stopped", directory=tmp_path / "guard")
    postfix = Postfix("stopped", milter_socket=guard.spec, directory=tmp_path / "postfix")
    result = check(guard, postfix)
    assert result.returncode == 1
    assert f"problem: the socket {guard.socket} does not exist: is mailguard running" in result.stdout


@pytest.mark.parametrize("override, problem", [
    ("milter_default_action=accept", "sets milter_default_action=accept"),
    ("smtpd_milters=inet:127.0.0.1:9", "smtpd_milters does not name MailGuard's socket"),
    ("receive_override_options=no_milters", "sets receive_override_options with no_milters"),
])
def test_a_master_cf_override_that_bypasses_mailguard_is_named(district, override, problem):
    guard, postfix = district
    saved = (postfix.etc / "master.cf").read_text()
    try:
        # The service listens on 127.0.0.1: -P names it by its master.cf name.
        service = f"127.0.0.1:{postfix.port}/inet"
        subprocess.run(["postconf", "-c", str(postfix.etc), "-P", "-e", f"{service}/{override}"], check=True)
        result = check(guard, postfix)
        problems = [line for line in result.stdout.splitlines() if line.startswith("problem: ")]
        # A content filter's return path on loopback may skip milters: that one is not a problem.
        if override.startswith("receive_override_options"):
            assert result.returncode == 0 and problems == [], result.stdout
        else:
            assert result.returncode == 1 and len(problems) == 1 and problem in problems[0], result.stdout
            assert f"master.cf {service}" in problems[0]
    finally:
        (postfix.etc / "master.cf").write_text(saved)
