#!/usr/bin/env python3
"""Builds the .eml fixtures with Python's email package, independently of MailGuard's own
MIME code. Run from this folder: python3 make_fixtures.py. The expected findings live in the
tests, next to the file names."""
import base64
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email import policy

FROM = "Pat Teacher <pat.teacher@district.example>"
TO = "Office <office@district.example>"


def headers(msg, subject, msgid):
    msg["From"] = FROM
    msg["To"] = TO
    msg["Subject"] = subject
    msg["Date"] = "Mon, 16 Nov 2026 09:30:00 -0500"
    msg["Message-ID"] = msgid
    return msg


def write(name, msg):
    data = msg.as_bytes(policy=policy.SMTP)
    with open(name, "wb") as f:
        f.write(data)


def raw(name, text):
    with open(name, "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("latin-1"))


# 1. SSN in a base64 body, the encoded line break falling inside the number.
body = "Hello,\r\n\r\nFor the benefits form, my SSN is 536-90-4399. Thanks!\r\n"
encoded = base64.b64encode(body.encode()).decode()
cut = 62  # characters 62.. encode "9 0-4..": the break falls inside the number, off a 4-char group
encoded = encoded[:cut] + "\n" + encoded[cut:]
raw("ssn-base64-split.eml", f"""From: {FROM}
To: {TO}
Subject: Benefits form
Date: Mon, 16 Nov 2026 09:30:00 -0500
Message-ID: <b64split@district.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{encoded}
""")

# 2. SSN in a quoted-printable body, split by a soft line break (and one digit as =3X).
raw("ssn-qp-soft-break.eml", f"""From: {FROM}
To: {TO}
Subject: Emergency contact card
Date: Mon, 16 Nov 2026 09:30:00 -0500
Message-ID: <qpsplit@district.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Student emergency card: guardian social security number 536-9=
0-43=399, please keep on file.
""")

# 3. Digits in Message-ID, Received and the boundary only: nothing to find.
outer = MIMEMultipart("alternative", boundary="=_536-90-4399_4532526018159080")
outer.attach(MIMEText("Reminder: field trip forms are due Friday.\n", "plain", "utf-8"))
outer.attach(MIMEText("<p>Reminder: field trip forms are due <b>Friday</b>.</p>", "html", "utf-8"))
outer["Received"] = "from mx.example (4532526018159080.mx.example [10.5.36.90]) by mail id 536904399; Mon, 16 Nov 2026"
headers(outer, "Field trip", "<536-90-4399.4532526018159080@district.example>")
outer["X-Ref"] = "536-90-4399"
write("clean-digits-in-headers.eml", outer)

# 4. A card number in an RFC 2047 encoded Subject.
msg = EmailMessage()
headers(msg, "", "<subjectcard@district.example>")
del msg["Subject"]
msg["Subject"] = Header("Zahlung mit Karte 4532 5260 1815 9080 – bitte prüfen", "utf-8").encode()
msg.set_content("See subject.\n")
write("card-in-encoded-subject.eml", msg)

# 5. HTML: an SSN split by inline tags and an entity; a script with digits is not read.
msg = EmailMessage()
headers(msg, "Roster question", "<htmlssn@district.example>")
msg.set_content("<html><head><style>.x{color:red}</style><script>var id='212-67-4532';</script></head>"
                "<body><p>SSN: 536-<b>90</b>&#45;4399</p><div>Thanks</div></body></html>", subtype="html")
write("ssn-in-html.eml", msg)

# 6. A published test card number only: tag, not reject.
msg = EmailMessage()
headers(msg, "Payment sandbox", "<testcard@district.example>")
msg.set_content("For the PTA store sandbox use 4111 1111 1111 1111, exp 12/30.\n")
write("test-card.eml", msg)

# 7. A password shared in mail.
msg = EmailMessage()
headers(msg, "Sub login", "<password@district.example>")
msg.set_content("Substitute login for Room 12:\nusername: sub12\npassword: Falcon$2026\n")
write("password.eml", msg)

# 8. ISO-8859-1 body with no-break spaces inside the SSN, quoted-printable.
raw("ssn-latin1-nbsp.eml", f"""From: {FROM}
To: {TO}
Subject: =?iso-8859-1?q?Fiche_=E9l=E8ve?=
Date: Mon, 16 Nov 2026 09:30:00 -0500
Message-ID: <latin1@district.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Num=E9ro de s=E9curit=E9 sociale (SSN) de l'=E9l=E8ve : 536=A090=A04399.
""")

# 9. multipart/alternative: a card in both the text and the HTML part.
outer = MIMEMultipart("alternative")
outer.attach(MIMEText("Please charge my Visa 4532-5260-1815-9080 for the yearbook.\n", "plain", "utf-8"))
outer.attach(MIMEText("<p>Please charge my Visa <span>4532-5260-1815-9080</span> for the yearbook.</p>", "html", "utf-8"))
headers(outer, "Yearbook", "<altcard@district.example>")
write("card-in-alternative.eml", outer)

# 10. Look-alikes only: phone numbers, dates, ZIP+4, order and tracking numbers, timestamps,
# ISBN, IMEI, numbers in links and addresses, an invalid SSN right after the word SSN.
msg = EmailMessage()
headers(msg, "Order 4532526018159080 shipped", "<lookalikes@district.example>")
msg.set_content("""Hi team,
Call the office at 860-555-1234 or (860) 555-0199. Meeting on 2026-11-16, 11/16/2026.
Ship to West Hartford, CT 06107-1234. Order number 4532526018159080 is confirmed.
Tracking number 5425301661318608. Log timestamp 1732838400007.
ISBN 978-0-306-40615-7, IMEI 352099001761481.
Portal: https://portal.example/students/536904399/card/4532526018159080
Reply to receipts+4532526018159080@vendor.example.
SSN 000-12-3456 and SSN 666-45-6789 are not valid numbers; neither is SSN 078-05-1120.
Routing 011000015, part no. 123-45-6789.
""")
write("lookalikes.eml", msg)

# 11. Not a MIME message at all: still read as a plain body.
raw("not-mime.eml", "This line has no headers at all, just a card 4532526018159080.\n")


# ---- Attachments that cannot be read, and look-alikes in binary parts ----
import importlib.util
import io
import random
import zipfile
from pathlib import Path

from email import encoders
from email.mime.base import MIMEBase


def attachment_message(name, subject, filename, data, maintype="application", subtype="octet-stream", note="See attached."):
    outer = MIMEMultipart("mixed")
    outer.attach(MIMEText(note + "\n", "plain", "utf-8"))
    part = MIMEBase(maintype, subtype)
    part.set_payload(data)
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    outer.attach(part)
    headers(outer, subject, f"<{name}@district.example>")
    write(f"{name}.eml", outer)


# Zips and workbooks come from the hostile-input generator (Tests/Hostile), loaded by path.
_spec = importlib.util.spec_from_file_location("make_hostile", Path(__file__).resolve().parents[1] / "Hostile" / "make_hostile.py")
_hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_hostile)
zipped = _hostile.zipped


# 12. A zip bomb: 30 MB of zeros in a 30 KB member.
attachment_message("zip-bomb", "Photos", "photos.zip", zipped([("big.txt", b"0" * (30 << 20))]), subtype="zip")

# 13. An encrypted zip (AES, made with pyzipper): its roster cannot be read.
try:
    import pyzipper
    out = io.BytesIO()
    with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(b"district")
        archive.writestr("roster.csv", "Name,SSN\nAnn,536-90-4399\n")
    attachment_message("zip-encrypted", "Roster", "roster.zip", out.getvalue(), subtype="zip")
except ImportError:
    print("pyzipper missing: zip-encrypted.eml kept as it is")

# 14. A damaged PDF.
attachment_message("pdf-damaged", "Form", "form.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", subtype="pdf")

# 15. A legacy Word file (OLE container).
attachment_message("legacy-doc", "Letter", "letter.doc", bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(512), subtype="msword")

# 16. An unknown binary.
rng = random.Random(16)
attachment_message("unknown-binary", "Data", "export.bin", bytes(rng.randrange(256) for _ in range(4096)))

# 17. A picture whose base64 is full of digit runs: nothing to find.
png = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + b"536904399 4532526018159080 " * 200
attachment_message("image-with-digits", "Class photo", "class.png", png, "image", "png")

# 18. HTML with an SSN only in a hidden element and a comment: scanned, but only tags.
msg = EmailMessage()
headers(msg, "Newsletter", "<hidden@district.example>")
msg.set_content("<html><body><p>Welcome back!</p><div style=\"display:none\">SSN 536-90-4399</div>"
                "<!-- card 4532 5260 1815 9080 --></body></html>", subtype="html")
write("hidden-html.eml", msg)

# 19. Nested deeper than the limit (15 levels of multipart).
inner = MIMEText("SSN 536-90-4399\n", "plain", "utf-8")
for level in range(15):
    wrapper = MIMEMultipart("mixed")
    wrapper.attach(inner)
    inner = wrapper
headers(inner, "Deep", "<deep@district.example>")
write("deep-nesting.eml", inner)

# 20. A clean attachment whose file name holds an SSN.
attachment_message("ssn-in-filename", "Form", "form 536-90-4399.txt", b"Nothing sensitive inside.\n", "text", "plain")

# 21. A spreadsheet column headed SSN, bare nine-digit values, as a CSV attachment.
attachment_message("csv-ssn-column", "Roster", "roster.csv", b"Student,SSN,Room\r\nAnn Lee,536904399,104\r\nBo Chen,212674532,104\r\n", "text", "csv")

# 22. A non-ASCII file name (RFC 2231 encoded by Python's email package) holding an SSN.
attachment_message("rfc2231-filename", "Formulaire", "Schüler SSN 536-90-4399.txt", b"Nothing sensitive inside.\n", "text", "plain")

# 23. RFC 2047: an SSN split across two encoded words in the Subject; an encoded-word file
# name; a body in the 'binary' transfer encoding.
raw("rfc2047-split.eml", """From: Pat Teacher <pat.teacher@district.example>
To: Office <office@district.example>
Subject: =?utf-8?q?SSN_536-9?= =?utf-8?q?0-4399?=
Message-ID: <rfc2047split@district.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=zz

--zz
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: binary

Card 4532 5260 1815 9080
--zz
Content-Type: text/plain; name="=?utf-8?b?U1NOIDIxMi02Ny00NTMyLnR4dA==?="
Content-Disposition: attachment; filename="=?utf-8?b?U1NOIDIxMi02Ny00NTMyLnR4dA==?="

hello
--zz--
""")


# 24-26. Workbooks with one cell each, built with the hostile-input generator's helper. A column
# of 21 letters (far past XFD) and a shared-string index of -1 are crafted files: the sheet is
# unscannable, never read as clean.
def workbook(cell_xml, shared=("536-90-4399",)):
    return _hostile.workbook(f'<row r="1">{cell_xml}</row>', shared=shared)


XLSX = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
attachment_message("xlsx-column-overflow", "Roster", "roster.xlsx", workbook('<c r="AAAAAAAAAAAAAAAAAAAAA1" t="s"><v>0</v></c>'), subtype=XLSX)
attachment_message("xlsx-negative-string", "Roster", "roster.xlsx", workbook('<c r="A1" t="s"><v>-1</v></c>'), subtype=XLSX)
attachment_message("xlsx-ssn", "Roster", "roster.xlsx", workbook('<c r="XFD1048576" t="s"><v>0</v></c>'), subtype=XLSX)
