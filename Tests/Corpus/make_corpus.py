#!/usr/bin/env python3
"""Builds the labelled accuracy corpus: real .eml files whose containers are made by
independent tools (Python's email package, python-docx, openpyxl, python-pptx, odfpy,
fpdf2, zipfile), never by MailGuard. Each message mixes true SSNs and card numbers with
look-alikes; manifest.json lists, per message, the values a reader would see.

    pip install python-docx openpyxl python-pptx odfpy fpdf2
    python3 make_corpus.py          # rewrites the class folders and manifest.json
"""
import base64
import io
import json
import random
import shutil
import zipfile
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

HERE = Path(__file__).parent
PER_CLASS = 20
rng = random.Random(20261129)

PUBLISHED_SSNS = {"078051120", "219099999", "457555462", "123456789"}
TEST_CARDS = {"4111111111111111", "4012888888881881", "4222222222222", "4242424242424242", "5555555555554444",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "3530111333300000"}
ISSUERS = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
           ("6011", 16), ("65", 16), ("3528", 16), ("3589", 16), ("62", 16), ("36", 14), ("4", 13)]


def luhn_digit(partial):
    total = 0
    for index, char in enumerate(reversed(partial + "0")):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            value -= 9 if value > 9 else 0
        total += value
    return str((10 - total % 10) % 10)


def new_ssn(leading_zero=False):
    while True:
        area = rng.randint(1, 99) if leading_zero else rng.randint(1, 899)
        if area == 666:
            continue
        digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if digits not in PUBLISHED_SSNS:
            return digits


def new_card():
    prefix, length = rng.choice(ISSUERS)
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        card = body + luhn_digit(body)
        if card not in TEST_CARDS:
            return card


def ssn_text(digits, style=None):
    style = style or rng.choice(["dash", "space", "dot", "bare"])
    shown = {"dash": f"{digits[:3]}-{digits[3:5]}-{digits[5:]}", "space": f"{digits[:3]} {digits[3:5]} {digits[5:]}",
             "dot": f"{digits[:3]}.{digits[3:5]}.{digits[5:]}", "bare": digits}[style]
    return rng.choice(["SSN: {}", "Her SSN is {}.", "social security number {}", "SS# {}", "Soc Sec {} on file"]).format(shown)


def card_text(digits):
    if len(digits) == 15:
        grouped = f"{digits[:4]} {digits[4:10]} {digits[10:]}"
    else:
        grouped = " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    shown = rng.choice([digits, grouped, grouped.replace(" ", "-")])
    return rng.choice(["Card: {} exp 04/27", "Please charge my card {}.", "Visa/MC number {}, CVV on request",
                       "credit card {}"]).format(shown)


def lookalike():
    """Text that must not be reported (phones, dates, ZIP+4, labelled order and tracking
    numbers that pass Luhn, timestamps, IMEIs, ISBNs, invalid SSNs, numbers in links)."""
    card = new_card()
    ssn = new_ssn()
    return rng.choice([
        f"Call the office at 860-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}.",
        f"Meeting on 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} at 10:30.",
        f"Mail it to West Hartford, CT 06107-{rng.randint(1000, 9999)}.",
        f"Order number {card} has shipped.",
        f"Tracking number {card}",
        f"Log timestamp {rng.randint(1600000000000, 1800000000000)}",
        f"IMEI 35{rng.randint(10**12, 10**13 - 1)}",
        "ISBN 978-0-306-40615-7",
        f"SSN 000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)} is not valid",
        f"SSN 666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)} is not valid",
        f"See https://portal.example/students/{ssn}/card/{card}",
        f"Reply to receipts+{card}@vendor.example",
        "Room 104, grade 4, 25 students, bus 17.",
    ])


def values():
    """True values for one message (0-2 SSNs, 0-2 cards, at least one in all)."""
    ssns = [new_ssn() for _ in range(rng.randint(0, 2))]
    cards = [new_card() for _ in range(rng.randint(0, 2))]
    if not ssns and not cards:
        ssns.append(new_ssn())
    return ssns, cards


def sentences(ssns, cards, negatives=2):
    lines = [ssn_text(s) for s in ssns] + [card_text(c) for c in cards] + [lookalike() for _ in range(negatives)]
    rng.shuffle(lines)
    return lines


def prose(lines):
    filler = ["Hello,", "Thanks for your help with the forms.", "Let me know if anything is missing.",
              "Best regards,", "The front office"]
    return "\n\n".join([filler[0]] + lines + filler[1:]) + "\n"


def headers(msg, subject="Forms"):
    msg["From"] = "Pat Teacher <pat.teacher@district.example>"
    msg["To"] = "office@district.example"
    if "Subject" not in msg:
        msg["Subject"] = subject
    msg["Date"] = "Mon, 16 Nov 2026 09:30:00 -0500"
    msg["Message-ID"] = f"<{rng.randint(10**8, 10**9)}.{new_card()}@district.example>"
    return msg


def text_message(body, charset="utf-8", cte=None, subtype="plain"):
    msg = MIMEText(body, subtype, charset)
    if cte:
        del msg["Content-Transfer-Encoding"]
        payload = body.encode(charset)
        if cte == "base64":
            encoded = base64.b64encode(payload).decode()
            width = rng.randint(20, 76)  # line breaks anywhere, also inside numbers
            msg.set_payload("\n".join(encoded[i:i + width] for i in range(0, len(encoded), width)))
        elif cte == "quoted-printable":
            import quopri
            msg.set_payload(quopri.encodestring(payload).decode())
        else:
            msg.set_payload(payload.decode(charset, errors="surrogateescape"))
        msg["Content-Transfer-Encoding"] = cte
    return headers(msg)


def raw_message(body_bytes, content_type, cte):
    head = (f"From: Pat Teacher <pat.teacher@district.example>\r\nTo: office@district.example\r\nSubject: Forms\r\n"
            f"Date: Mon, 16 Nov 2026 09:30:00 -0500\r\nMessage-ID: <{rng.randint(10**8, 10**9)}@district.example>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n")
    return head.encode() + body_bytes


def with_attachment(note, filename, data, maintype="application", subtype="octet-stream"):
    outer = MIMEMultipart("mixed")
    outer.attach(MIMEText(note, "plain", "utf-8"))
    part = MIMEBase(maintype, subtype)
    part.set_payload(data)
    from email import encoders
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    outer.attach(part)
    return headers(outer)


# ---- document builders (independent tools) ----

def docx_bytes(ssns, cards):
    import docx
    document = docx.Document()
    for line in sentences(ssns[:1], cards[:1]):
        paragraph = document.add_paragraph()
        cut = rng.randint(1, max(1, len(line) - 1))  # a run boundary anywhere, also inside a number
        paragraph.add_run(line[:cut])
        paragraph.add_run(line[cut:]).bold = True
    rest_ssns, rest_cards = ssns[1:], cards[1:]
    if rest_ssns or rest_cards:
        table = document.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Item", "Value"
        for line in [ssn_text(s) for s in rest_ssns] + [card_text(c) for c in rest_cards]:
            row = table.add_row().cells
            row[0].text, row[1].text = "Record", line
    document.sections[0].footer.paragraphs[0].text = lookalike()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes(ssns, cards):
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Roster"
    sheet.append(["Student", "SSN", "Card number", "Phone"])
    rows = max(len(ssns), len(cards), 1)
    for index in range(rows):
        row = [f"Student {index + 1}", None, None, f"860-555-{rng.randint(1000, 9999)}"]
        if index < len(ssns):
            row[1] = int(ssns[index]) if rng.random() < 0.5 else f"{ssns[index][:3]}-{ssns[index][3:5]}-{ssns[index][5:]}"
        if index < len(cards):
            row[2] = " ".join(cards[index][i:i + 4] for i in range(0, len(cards[index]), 4))
        sheet.append(row)
        if isinstance(row[1], int):
            sheet.cell(row=index + 2, column=2).number_format = "000-00-0000"
    book.create_sheet("Notes").append([lookalike()])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def pptx_bytes(ssns, cards):
    from pptx import Presentation
    from pptx.util import Inches
    deck = Presentation()
    for line in sentences(ssns, cards):
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = "Records"
        slide.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(1)).text_frame.text = line
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def odt_bytes(ssns, cards):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    document = OpenDocumentText()
    for line in sentences(ssns, cards):
        document.text.addElement(P(text=line))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_bytes(ssns, cards):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in sentences(ssns, cards):
        if rng.random() < 0.5:
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        else:  # the same line drawn in two pieces, as many PDF producers do
            cut = rng.randint(1, len(line) - 1)
            pdf.cell(pdf.get_string_width(line[:cut]), 8, line[:cut])
            pdf.cell(0, 8, line[cut:], new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def csv_bytes(ssns, cards, separator=","):
    lines = [separator.join(["Student", "SSN", "Card", "Phone"])]
    for index in range(max(len(ssns), len(cards), 1)):
        ssn = ssns[index] if index < len(ssns) else ""
        if ssn and rng.random() < 0.5:
            ssn = f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"
        card = cards[index] if index < len(cards) else ""
        lines.append(separator.join([f"Student {index + 1}", ssn, card, f"860-555-{rng.randint(1000, 9999)}"]))
    return ("\r\n".join(lines) + "\r\n").encode()


def zip_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


# ---- classes: (name, builder returning (EmailMessage or bytes)) ----

def build(klass):
    ssns, cards = values()
    text = prose(sentences(ssns, cards))
    if klass == "enc-7bit":
        return text_message(text, "us-ascii", "7bit"), ssns, cards
    if klass == "enc-8bit":
        body = ("Élève: " + text).replace("\n", "\r\n").encode("utf-8")
        return raw_message(body, "text/plain; charset=utf-8", "8bit"), ssns, cards
    if klass == "enc-quoted-printable":
        return text_message("Élève — " + text, "utf-8", "quoted-printable"), ssns, cards
    if klass == "enc-base64":
        return text_message(text, "utf-8", "base64"), ssns, cards
    if klass in ("cs-iso-8859-1", "cs-iso-8859-15", "cs-windows-1252"):
        charset = klass[3:]
        extra = {"cs-iso-8859-1": "Numéro d'élève", "cs-iso-8859-15": "Coût 10 €", "cs-windows-1252": "“Quoted” – note"}[klass]
        body = (extra + "\n" + text).replace("\n", "\r\n").encode(charset)
        return raw_message(body, f"text/plain; charset={charset}", "8bit"), ssns, cards
    if klass == "cs-utf-8":
        nbsp_text = text.replace(" ", "\u00a0", 3)
        return text_message("Grüße " + nbsp_text, "utf-8", "quoted-printable"), ssns, cards
    if klass == "cs-us-ascii":
        return text_message(text, "us-ascii", "7bit"), ssns, cards
    if klass == "cs-utf-16-bom":
        payload = base64.encodebytes(text.replace("\n", "\r\n").encode("utf-16")).decode()
        return raw_message(payload.encode(), "text/plain; charset=utf-16", "base64"), ssns, cards
    if klass == "cs-utf-16le-no-bom":
        payload = base64.encodebytes(text.replace("\n", "\r\n").encode("utf-16-le")).decode()
        return raw_message(payload.encode(), "text/plain; charset=utf-16le", "base64"), ssns, cards
    if klass == "cs-unknown":
        return raw_message(("Café\r\n" + text.replace("\n", "\r\n")).encode("latin-1"), "text/plain; charset=x-district-legacy", "8bit"), ssns, cards
    if klass == "cs-lying":
        declared, actual = rng.choice([("us-ascii", "latin-1"), ("utf-8", "latin-1"), ("utf-16", "ascii")])
        body = ("" if actual == "ascii" else "Élève ") + text
        return raw_message(body.replace("\n", "\r\n").encode(actual), f"text/plain; charset={declared}", "8bit"), ssns, cards
    if klass == "html":
        html_lines = []
        for line in sentences(ssns, cards):
            # Inline tags and entities inside numbers, as rich editors write them.
            cut = rng.randint(1, len(line) - 1)
            html_lines.append(f"<p>{line[:cut]}<b>{line[cut:]}</b></p>".replace("-", "&#45;", 1))
        html = "<html><head><style>p{margin:0}</style></head><body>" + "".join(html_lines) + "</body></html>"
        return text_message(html, "utf-8", rng.choice(["quoted-printable", "base64"]), "html"), ssns, cards
    if klass == "multipart-nested":
        depth = rng.randint(2, 5)
        inner = MIMEText(text, "plain", "utf-8")
        for level in range(depth):
            wrapper = MIMEMultipart(rng.choice(["mixed", "related", "alternative"]))
            wrapper.attach(MIMEText(f"Level {level}: see below.", "plain", "utf-8"))
            wrapper.attach(inner)
            inner = wrapper
        return headers(inner), ssns, cards
    if klass == "forwarded":
        inner = text_message(text, "utf-8", rng.choice(["base64", "quoted-printable"]))
        for _ in range(rng.randint(1, 3)):
            outer = MIMEMultipart("mixed")
            outer.attach(MIMEText("Forwarding this along.", "plain", "utf-8"))
            outer.attach(MIMEMessage(inner))
            inner = headers(outer)
        return inner, ssns, cards
    if klass == "rfc2047-subject":
        msg = text_message(prose([lookalike()]), "utf-8", "quoted-printable")
        subject_line = (ssn_text(ssns[0], "dash") if ssns else card_text(cards[0]))
        del msg["Subject"]
        msg["Subject"] = Header("Fiche élève – " + subject_line, "utf-8").encode()
        return msg, ssns[:1], ([] if ssns else cards[:1])
    if klass == "csv":
        return with_attachment("Roster attached.", "roster.csv", csv_bytes(ssns, cards), "text", "csv"), ssns, cards
    if klass == "tsv":
        return with_attachment("Roster attached.", "roster.tsv", csv_bytes(ssns, cards, "\t"), "text", "tab-separated-values"), ssns, cards
    if klass == "docx":
        return with_attachment("Letter attached.", "letter.docx", docx_bytes(ssns, cards), "application",
                               "vnd.openxmlformats-officedocument.wordprocessingml.document"), ssns, cards
    if klass == "xlsx":
        return with_attachment("Grades attached.", "grades.xlsx", xlsx_bytes(ssns, cards), "application",
                               "vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ssns, cards
    if klass == "pptx":
        return with_attachment("Slides attached.", "deck.pptx", pptx_bytes(ssns, cards)), ssns, cards
    if klass == "odt":
        return with_attachment("Document attached.", "notes.odt", odt_bytes(ssns, cards), "application",
                               "vnd.oasis.opendocument.text"), ssns, cards
    if klass == "pdf":
        return with_attachment("Form attached.", "form.pdf", pdf_bytes(ssns, cards), "application", "pdf"), ssns, cards
    if klass == "zip":
        members = [("notes.txt", text.encode()), ("readme.txt", b"Nothing to see.\n")]
        return with_attachment("Files attached.", "files.zip", zip_bytes(members), "application", "zip"), ssns, cards
    if klass == "zip-nested":
        inner = zip_bytes([("records/roster.csv", csv_bytes(ssns, cards))])
        outer = zip_bytes([("inner.zip", inner), ("letter.docx", docx_bytes([], []))])
        return with_attachment("Archive attached.", "archive.zip", outer, "application", "zip"), ssns, cards
    if klass == "lookalikes":
        return text_message(prose([lookalike() for _ in range(6)]), "utf-8"), [], []
    raise ValueError(klass)


CLASSES = [
    "enc-7bit", "enc-8bit", "enc-quoted-printable", "enc-base64",
    "cs-utf-8", "cs-us-ascii", "cs-iso-8859-1", "cs-iso-8859-15", "cs-windows-1252", "cs-utf-16-bom",
    "cs-utf-16le-no-bom", "cs-unknown", "cs-lying",
    "html", "multipart-nested", "forwarded", "rfc2047-subject",
    "csv", "tsv", "docx", "xlsx", "pptx", "odt", "pdf", "zip", "zip-nested",
    "lookalikes",
]


def main():
    manifest = []
    for klass in CLASSES:
        folder = HERE / klass
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        for number in range(PER_CLASS):
            message, ssns, cards = build(klass)
            data = message if isinstance(message, bytes) else message.as_bytes(policy=policy.SMTP)
            name = f"{klass}/{number:03d}.eml"
            (HERE / name).write_bytes(data)
            manifest.append({"file": name, "class": klass,
                             "expected": [{"kind": "ssn", "digits": s} for s in ssns] + [{"kind": "card", "digits": c} for c in cards]})
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"{len(manifest)} messages in {len(CLASSES)} classes")


if __name__ == "__main__":
    main()
