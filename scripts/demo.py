#!/usr/bin/env python3
"""The demo: MailGuard attached to a private Postfix on 127.0.0.1:2525, the sample messages
sent through it, and what happened to each shown. Both stay running for your own mail;
`scripts/demo.py --stop` stops them."""
import os
import signal
import smtplib
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Tests" / "blackbox"))
from harness import MailGuard, Postfix, wait_for  # noqa: E402

HOME = Path("/tmp/mailguard-demo")
PORT = 2525
SAMPLES = sorted((ROOT / "Tests" / "Fixtures").glob("*.eml"))


def stop():
    subprocess.run(["postfix", "-c", str(HOME / "postfix" / "etc"), "stop"], capture_output=True)
    pid_file = HOME / "mailguard.pid"
    if pid_file.exists():
        pid = int(pid_file.read_text())
        try:
            os.kill(pid, signal.SIGTERM)
            # Wait: on exit libmilter removes its socket path, which the next run reuses.
            wait_for(lambda: not Path(f"/proc/{pid}").exists(), timeout=30, what="the old milter to stop")
        except ProcessLookupError:
            pass
        pid_file.unlink()


def send(server, sample, address, mailbox):
    """Sends one sample and says what became of it."""
    held_before = len(server.queue_ids("hold"))
    left_before = server.log_text().count(f"to=<{address}>")
    try:
        with smtplib.SMTP("127.0.0.1", PORT, timeout=30) as smtp:
            smtp.sendmail("pat.teacher@district.example", [address], sample.read_bytes())
    except smtplib.SMTPDataError as refused:
        return f"refused {refused.smtp_code} {refused.smtp_error.decode()}"
    if mailbox is None:
        wait_for(lambda: len(server.queue_ids("hold")) > held_before or server.log_text().count(f"to=<{address}>") > left_before,
                 what="outside mail handled")
        return "held in the hold queue" if len(server.queue_ids("hold")) > held_before else "accepted (leaves the district)"
    wait_for(lambda: server.delivered(mailbox) or len(server.queue_ids("hold")) > held_before, what=f"{sample.name} delivered or held")
    if delivered := server.delivered(mailbox):
        header = message_from_bytes(delivered[-1].read_bytes(), policy=policy.default)["X-MailGuard"]
        return f"delivered, X-MailGuard: {header}" if header else "delivered untouched"
    return "held in the hold queue (the sender gets a notice mail)"


def main():
    stop()
    if "--stop" in sys.argv:
        print("demo stopped")
        return
    HOME.mkdir(exist_ok=True)
    HOME.chmod(0o755)
    guard = MailGuard("demo", directory=HOME / "mailguard", binary=ROOT / ".build" / "release" / "mailguard")
    guard.start(detached=True)
    (HOME / "mailguard.pid").write_text(str(guard.process.pid))
    server = Postfix("demo", milter_socket=guard.spec, directory=HOME / "postfix", port=PORT).start()

    print(f"\nMailGuard is checking mail for a private Postfix on 127.0.0.1:{PORT}.")
    print("Each sample goes from pat.teacher@district.example to a district address and to an outside one.\n")
    for index, sample in enumerate(SAMPLES):
        print(sample.name)
        recipient = f"demo{index}"
        print(f"   to {recipient}@district.example: {send(server, sample, f'{recipient}@district.example', recipient)}")
        print(f"   to outside@mail.example: {send(server, sample, 'outside@mail.example', None)}")

    print(f"""
Both keep running. Send your own mail, for example:
  swaks --server 127.0.0.1:{PORT} --from pat.teacher@district.example --to someone@mail.example \\
        --body 'My SSN is 536-90-4399'
Delivered mail: {server.mail / 'Maildir' / 'new'}
MailGuard log:  {guard.log}
Postfix log:    {server.dir / 'log' / 'postfix.log'}
Reload rules:   kill -USR1 $(cat {HOME / 'mailguard.pid'})
Stop the demo:  scripts/demo.py --stop""")


if __name__ == "__main__":
    main()
