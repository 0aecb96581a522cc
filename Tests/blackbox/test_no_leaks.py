"""No protected value in any output: messages with known SSNs, card numbers and passwords,
some of them in names the sender chose (attachment, archive member and sheet names), go
through every path MailGuard writes to, and every output and store is searched for the full
values. The messages themselves (delivered, held, returned in a bounce) carry the values by
nature; everything MailGuard adds or writes must not."""
import io
import json
import smtplib
import subprocess
import zipfile
from email.message import EmailMessage

from harness import ROOT, mailguard_binary, start_district, wait_for

SECRETS = ["536-90-4399", "536904399", "4532 5260 1815 9080", "4532526018159080", "Falcon$2026", "Falcon"]


def workbook(sheet: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet)
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>SSN 536-90-4399</t></is></c></row></sheetData></worksheet>')
    return out.getvalue()


def leaky(to: str, subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "pat.teacher@district.example"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content("SSN 536-90-4399, card 4532 5260 1815 9080, and my password: Falcon$2026\n")
    msg.add_attachment(b"Nothing here.\n", maintype="text", subtype="plain", filename="pw=Falcon$2026.txt")
    msg.add_attachment(b"Nothing here either.\n", maintype="text", subtype="plain", filename="SSN 536-90-4399.txt")
    members = io.BytesIO()
    with zipfile.ZipFile(members, "w") as archive:
        archive.writestr("card 4532526018159080/pw=Falcon$2026.csv", "Name,Card\nAnn,4532 5260 1815 9080\n")
    msg.add_attachment(members.getvalue(), maintype="application", subtype="zip", filename="files.zip")
    msg.add_attachment(workbook("pw=Falcon$2026"), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="roster.xlsx")
    return msg


def assert_clean(what: str, text: str):
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} in {what}: ...{text[max(0, text.find(secret) - 200):text.find(secret) + 100]}..."


def mailguard_headers(raw: str) -> str:
    head = raw.split("\n\n", 1)[0]
    return "\n".join(line for line in head.splitlines() if line.lower().startswith("x-mailguard"))


def test_no_protected_value_reaches_any_output(tmp_path):
    guard, server = start_district("leaks", settings={"log_level": "debug", "count": 1})
    try:
        # 550 reply (to outside), tag header and compliance copy (inside), quarantine + notice
        # (the password holds a message inside), bounce (a local submission to outside).
        with smtplib.SMTP("127.0.0.1", server.port, timeout=60) as smtp:
            try:
                smtp.send_message(leaky("friend@mail.example", "to outside"))
                raise AssertionError("the message to outside was accepted")
            except smtplib.SMTPDataError as error:
                assert error.smtp_code == 550
                assert_clean("the 550 reply", error.smtp_error.decode(errors="replace"))
        with smtplib.SMTP("127.0.0.1", server.port, timeout=60) as smtp:
            smtp.send_message(leaky("office@district.example", "inside"))
        server.sendmail("pat.teacher@district.example", "friend@mail.example", leaky("friend@mail.example", "local").as_bytes())

        wait_for(lambda: guard.log_text().count("message checked") >= 3, what="three messages checked")
        wait_for(lambda: server.delivered("pat.teacher"), timeout=60, what="the bounce and notices for the sender")
        for path in (server.mail / "Maildir" / "new").iterdir():
            raw = path.read_text(errors="replace")
            assert_clean(f"MailGuard's headers in {path.name}", mailguard_headers(raw))
            if "Auto-Submitted: auto-replied" in raw and "MailGuard" in raw.split("\n\n", 1)[0]:
                assert_clean(f"notice mail {path.name}", raw)
            if "Undelivered Mail Returned to Sender" in raw:
                # Postfix returns the message itself after the notification part.
                assert_clean(f"bounce notification {path.name}", raw.split("Content-Description: Undelivered Message")[0])
        assert_clean("the log at debug level", guard.log_text())
        assert_clean("Postfix's log", server.log_text())
        assert_clean("the ledger", (guard.dir / "ledger.sqlite").read_bytes().decode("latin-1"))
        for hold in (server.dir / "queue" / "hold").rglob("*"):
            if hold.is_file():
                reason = [line for line in hold.read_bytes().decode("latin-1").split("\x00") if "MailGuard:" in line]
                assert_clean("the quarantine reason", "\n".join(reason))
    finally:
        server.stop()
        guard.stop()

    message = tmp_path / "leaky.eml"
    message.write_bytes(leaky("friend@mail.example", "scan").as_bytes())
    for arguments in (["scan"], ["scan", "--json"]):
        result = subprocess.run([str(mailguard_binary()), *arguments, "--config", str(ROOT / "mailguard.toml"), str(message)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert_clean(" ".join(arguments), result.stdout + result.stderr)
        if "--json" in arguments:
            kinds = {finding["kind"] for finding in json.loads(result.stdout)["findings"]}
            assert {"ssn", "card", "password"} <= kinds, kinds
