"""What the fixture generators share: a message with fixed headers and attachments, and
writing it as SMTP sends it."""
from email import policy
from email.message import EmailMessage
from pathlib import Path

FROM = "Pat Teacher <pat.teacher@district.example>"
TO = "Office <office@district.example>"


def message(subject, body, attachments=(), subtype="plain", sender=FROM, to=TO):
    """`attachments`: (file name, bytes, main type, subtype) each."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = "Mon, 16 Nov 2026 09:30:00 -0500"
    msg["Message-ID"] = f"<{subject.replace(' ', '-').lower()}@district.example>"
    msg.set_content(body, subtype=subtype)
    for name, data, maintype, subtype_ in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype_, filename=name)
    return msg


def write(folder: Path, name, msg):
    (folder / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
