"""The shipped systemd unit passes `systemd-analyze verify` and keeps the settings the
failure contract relies on."""
import os
import shutil
import subprocess

from harness import ROOT, mailguard_binary

UNIT = ROOT / "contrib" / "systemd" / "mailguard.service"


def verify(tmp_path, name):
    """systemd-analyze verify of the unit with this build's binary; its Documentation=
    (man:mailguard(8)) is found in docs/man, as the package installs it."""
    unit = tmp_path / name
    unit.write_text((ROOT / "contrib" / "systemd" / name).read_text().replace("/usr/sbin/mailguard", str(mailguard_binary())))
    (tmp_path / "man" / "man8").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "docs" / "man" / "mailguard.8", tmp_path / "man" / "man8" / "mailguard.8")
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True,
                            env={**os.environ, "MANPATH": str(tmp_path / "man")})
    assert result.returncode == 0, result.stdout + result.stderr
    assert name not in result.stderr, result.stderr


def test_the_unit_verifies(tmp_path):
    verify(tmp_path, "mailguard.service")


def test_the_unit_restarts_and_survives_a_worker_killed_for_memory():
    text = UNIT.read_text()
    for setting in ("Restart=always", "User=mailguard", "OOMPolicy=continue", "ProtectSystem=strict", "PrivateTmp=yes",
                    "ExecReload=/usr/sbin/mailguard reload --config /etc/mailguard/mailguard.toml",
                    "RuntimeDirectory=mailguard", "ReadWritePaths=-/var/spool/postfix/mailguard"):
        assert setting in text, setting
    assert "NoNewPrivileges=yes" not in text  # postdrop (notice mails) is setgid


def test_the_console_unit_verifies_and_runs_unprivileged(tmp_path):
    verify(tmp_path, "mailguard-console.service")
    text = (ROOT / "contrib" / "systemd" / "mailguard-console.service").read_text()
    for setting in ("User=mailguard", "ProtectSystem=strict", "Restart=always", "Wants=mailguard-queue-helper.service"):
        assert setting in text, setting


def test_the_queue_helper_unit_verifies_and_writes_only_the_queue(tmp_path):
    verify(tmp_path, "mailguard-queue-helper.service")
    text = (ROOT / "contrib" / "systemd" / "mailguard-queue-helper.service").read_text()
    for setting in ("ReadWritePaths=-/var/spool/postfix", "RuntimeDirectory=mailguard-queue", "RestrictAddressFamilies=AF_UNIX", "NoNewPrivileges=yes"):
        assert setting in text, setting
    assert "User=" not in text  # postsuper and postcat need root
