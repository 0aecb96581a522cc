"""The shipped systemd unit passes `systemd-analyze verify` and keeps the settings the
failure contract relies on."""
import subprocess

from harness import ROOT, mailguard_binary

UNIT = ROOT / "contrib" / "systemd" / "mailguard.service"


def test_the_unit_verifies(tmp_path):
    unit = tmp_path / "mailguard.service"
    unit.write_text(UNIT.read_text().replace("/usr/local/bin/mailguard", str(mailguard_binary())))
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "mailguard.service" not in result.stderr, result.stderr


def test_the_unit_restarts_and_survives_a_worker_killed_for_memory():
    text = UNIT.read_text()
    for setting in ("Restart=always", "User=mailguard", "OOMPolicy=continue", "ProtectSystem=strict", "PrivateTmp=yes",
                    "ExecReload=/usr/local/bin/mailguard reload --config /etc/mailguard/mailguard.toml",
                    "RuntimeDirectory=mailguard", "ReadWritePaths=/var/spool/postfix/mailguard"):
        assert setting in text, setting
    assert "NoNewPrivileges=yes" not in text  # postdrop (notice mails) is setgid
