"""One test message per container kind, for measuring how fast MailGuard reads and scans each.

write_containers(directory, megabytes) writes base64-text.eml, html.eml, csv.eml, xlsx.eml,
docx.eml, pdf.eml and zip.eml: each a short note from a teacher to the school office with one
part of its kind, about `megabytes` MB (10**6 bytes) of message bytes in all, CRLF line ends.
Every build starts from random.Random(7), so every run writes the same bytes. The text is
school-office prose full of dates, times, amounts and phone numbers, but no SSNs or card
numbers: these measure reading cost, not findings.

    python3 scripts/benchmark/containers.py DIRECTORY [MEGABYTES]
"""
import io
import random
import sys
import zipfile
import zlib
from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import assemble_pdf, wrap as corpus_wrap  # noqa: E402

MB = 1_000_000
SENDER = "Pat Teacher <pat.teacher@district.example>"
RECIPIENT = "office@district.example"
# Fixed so that zip members, and so the whole message, are byte-identical across runs.
ZIP_TIME = (2026, 3, 14, 8, 30, 0)
SENT = datetime(2026, 3, 16, 7, 42, tzinfo=timezone.utc)

FIRST = ["Avery", "Jordan", "Maya", "Liam", "Sofia", "Noah", "Emma", "Mateo", "Olivia", "Ethan", "Zoe", "Lucas",
         "Amara", "Caleb", "Priya", "Diego", "Hannah", "Owen", "Leila", "Isaac", "Grace", "Miles", "Nora", "Elijah",
         "Chloe", "Samuel", "Aaliyah", "Henry", "Ruby", "Gabriel", "Ivy", "Julian", "Keira", "Marcus", "Tessa"]
ADULT = ["Maria", "James", "Linh", "Ahmed", "Carmen", "David", "Grace", "Tomasz", "Fatima", "Robert", "Yuki",
         "Kwame", "Elena", "Michael", "Anita", "Sean", "Rosa", "Daniel", "Mei", "Patrick"]
LAST = ["Rivera", "Nguyen", "Okafor", "Patel", "Kowalski", "Brennan", "Haddad", "Lindqvist", "Moreau", "Tanaka",
        "Castillo", "Osei", "Fitzgerald", "Novak", "Delgado", "Park", "Abernathy", "Silva", "Whitaker", "Mendes"]
EVENTS = ["open house", "book fair", "spring concert", "science fair", "field day", "picture day",
          "parent conferences", "art show", "robotics meet", "fire drill", "grade 7 field trip", "PTO meeting"]
VENDORS = ["Northeast School Supply", "Capitol Office Products", "Hartford Paper Co.", "Riverside Printing",
           "Bay State Science", "Central Bus Lines"]
CLUTTER = [
    "The {event} is on {date} at {time} in Room {room}; setup starts at {time2} and we need {n} tables.",
    "The supply order {order} from {vendor} came to ${amount} and should arrive by {date}.",
    "Please call {name} back at {phone} before {time}; it is about the {event} on {date}.",
    "Room {room} is booked {weekday} {date} from {time} to {time2}, and Room {room2} after {time3}.",
    "Bus {bus} leaves at {time} on {date} with {n} students and {m} chaperones; the invoice was ${amount}.",
    "We collected ${amount} for the {event} so far, {pct}% of the ${amount2} goal, in {n} envelopes.",
    "The copier in Room {room} jammed again at {time}; the service ticket is {ticket} and the tech comes {date}.",
    "Attendance for {date}: {n} absent, {m} tardy, {k} early dismissals before {time}.",
    "Purchase order {po} for ${amount2} was approved on {date}; {vendor} ships {n} cases by {date2}.",
    "The nurse's office is closed {weekday} {date} from {time} to {time2}; call {phone} instead.",
    "Lunch count for {date}: {n} hot lunch, {m} cold, {k} milk only, at ${cents} a carton.",
    "Field trip forms are due {date}; so far {n} of {m} are back, with ${amount} in checks.",
]
PROSE = [
    "Thanks for getting the sign-up sheets out so quickly last week.",
    "Could you add this to the calendar and let the custodians know?",
    "A few parents asked about pick-up times, so I will send a note home on Friday.",
    "I checked with the front desk and the visitor badges are in the top drawer.",
    "If the weather turns, we will move everything into the cafeteria and keep the same times.",
    "Let me know whether the schedule works before I confirm it with the principal.",
    "The substitute plans are in the blue folder on my desk, with the seating chart.",
    "Please keep the receipts together so the business office can match them up.",
    "I'm out Thursday afternoon for the district training, back Friday morning.",
    "The PTO said they can cover the snacks if we take care of the room setup.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SIGNATURE = "Pat Teacher\nGrade 7 Science, Lincoln Middle School\n250 Lincoln Avenue, Hartford, CT 06105\n860-555-0175"
ROSTER_HEADER = ["Student", "Grade", "Room", "Date", "Phone", "Guardian"]


# --- text -------------------------------------------------------------------------------------

def _date(rng):
    return f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2026"


def _time(rng):
    hour = rng.randint(7, 17)
    return f"{(hour - 1) % 12 + 1}:{rng.choice(['00', '05', '15', '30', '45', '50'])} {'am' if hour < 12 else 'pm'}"


def _phone(rng):
    return f"860-555-{rng.randint(100, 199):04d}"


def sentence(rng) -> str:
    if rng.random() < 0.3:
        return rng.choice(PROSE)
    return rng.choice(CLUTTER).format(
        event=rng.choice(EVENTS), date=_date(rng), date2=_date(rng), time=_time(rng), time2=_time(rng),
        time3=_time(rng), room=rng.randint(100, 340), room2=rng.randint(100, 340), n=rng.randint(2, 60),
        m=rng.randint(2, 90), k=rng.randint(0, 12), pct=rng.randint(10, 99), bus=rng.randint(2, 48),
        amount=f"{rng.randint(5, 2400):,}.{rng.randint(0, 99):02d}", amount2=f"{rng.randint(500, 9000):,}.00",
        cents=f"0.{rng.randint(35, 75)}", order=f"#{rng.randint(20000, 99999)}", po=f"PO-2026-{rng.randint(100, 999):04d}",
        ticket=f"SR-{rng.randint(1000, 9999)}", vendor=rng.choice(VENDORS), weekday=rng.choice(WEEKDAYS),
        name=f"{rng.choice(ADULT)} {rng.choice(LAST)}", phone=_phone(rng))


def paragraph(rng) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def typographic(text: str) -> str:
    # Word processors and HTML editors send curly apostrophes and en dashes, not ASCII.
    return text.replace("'", "\u2019").replace(" - ", " \u2013 ")


def wrap(text: str, width=72) -> list:
    return corpus_wrap(text, width).split("\n")


def roster(rng, rows) -> list:
    out = []
    for _ in range(rows):
        last = rng.choice(LAST)
        guardian = last if rng.random() < 0.8 else rng.choice(LAST)
        out.append([f"{rng.choice(FIRST)} {last}", rng.randint(6, 8), rng.randint(100, 340), _date(rng),
                    _phone(rng), f"{rng.choice(ADULT)} {guardian}"])
    return out


def roster_csv(rows) -> str:
    return "".join(",".join(str(v) for v in row) + "\r\n" for row in [ROSTER_HEADER] + rows)


# --- containers -------------------------------------------------------------------------------

def _zip(members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
OOXML = "application/vnd.openxmlformats-officedocument"
XLSX = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def _content_types(overrides) -> str:
    return (XML + f'<Types xmlns="{CONTENT_TYPES}">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{part}" ContentType="{kind}"/>' for part, kind in overrides)
            + "</Types>")


def _relationships(rels) -> str:
    return (XML + f'<Relationships xmlns="{PKG_REL}">'
            + "".join(f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"/>' for rid, kind, target in rels)
            + "</Relationships>")


def _w_text(text, bold=False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def docx(rng, paragraphs, table_rows) -> bytes:
    """Paragraphs of several runs each (as Word splits them), with one roster table midway."""
    body = [f"<w:p>{_w_text('Notes for the main office', bold=True)}</w:p>"]
    for i in range(paragraphs):
        if i == paragraphs // 2:
            body.append(_w_table(roster(rng, table_rows)))
        runs = [_w_text(typographic(sentence(rng)) + " ", bold=rng.random() < 0.1) for _ in range(rng.randint(2, 6))]
        body.append("<w:p>" + "".join(runs) + "</w:p>")
    if paragraphs == 0:
        body.append(_w_table(roster(rng, table_rows)))
    body.append('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
                'w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
    document = XML + f'<w:document xmlns:w="{W}"><w:body>' + "".join(body) + "</w:body></w:document>"
    return _zip([
        ("[Content_Types].xml", _content_types([("/word/document.xml", f"{OOXML}.wordprocessingml.document.main+xml")])),
        ("_rels/.rels", _relationships([("rId1", "officeDocument", "word/document.xml")])),
        ("word/document.xml", document),
    ])


def _w_table(rows) -> str:
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{border}</w:tblBorders></w:tblPr>',
           "<w:tblGrid>" + '<w:gridCol w:w="1560"/>' * len(ROSTER_HEADER) + "</w:tblGrid>"]
    for n, row in enumerate([ROSTER_HEADER] + rows):
        head = "<w:trPr><w:tblHeader/></w:trPr>" if n == 0 else ""
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="1560" w:type="dxa"/></w:tcPr><w:p>{_w_text(str(v), n == 0)}</w:p></w:tc>'
                        for v in row)
        out.append(f"<w:tr>{head}{cells}</w:tr>")
    return "".join(out) + "</w:tbl>"


def xlsx(rows) -> bytes:
    """Header and student names as shared strings (as Excel writes them), the other text as
    inline strings, grade and room as numbers."""
    shared, index = [], {}

    def shared_string(text):
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return index[text]

    xml_rows = []
    for r, row in enumerate([ROSTER_HEADER] + rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{'ABCDEF'[c]}{r}"
            if isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif r == 1 or c == 0:
                cells.append(f'<c r="{ref}" t="s"><v>{shared_string(value)}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet = (XML + f'<worksheet xmlns="{S}"><dimension ref="A1:F{len(rows) + 1}"/><sheetData>'
             + "".join(xml_rows) + "</sheetData></worksheet>")
    strings = (XML + f'<sst xmlns="{S}" count="{len(rows) + len(ROSTER_HEADER)}" uniqueCount="{len(shared)}">'
               + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared) + "</sst>")
    workbook = (XML + f'<workbook xmlns="{S}" xmlns:r="{REL}"><sheets>'
                '<sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>')
    return _zip([
        ("[Content_Types].xml", _content_types([
            ("/xl/workbook.xml", f"{OOXML}.spreadsheetml.sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", f"{OOXML}.spreadsheetml.worksheet+xml"),
            ("/xl/sharedStrings.xml", f"{OOXML}.spreadsheetml.sharedStrings+xml")])),
        ("_rels/.rels", _relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", _relationships([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                       ("rId2", "sharedStrings", "sharedStrings.xml")])),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", strings),
    ])


def pdf(lines, title, per_page=54) -> bytes:
    """Helvetica text, one Flate-compressed content stream per page, xref offsets counted."""
    def literal(s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               4: f"<< /Title {literal(title)} /Producer (Lincoln MS office) /CreationDate (D:20260314083000Z) >>".encode()}
    kids = []
    for i, page_lines in enumerate(pages):
        page, content = 5 + 2 * i, 6 + 2 * i
        kids.append(f"{page} 0 R")
        ops = [f"BT /F1 13 Tf 72 740 Td {literal(title)} Tj /F1 10 Tf 0 -24 Td 12 TL"]
        ops += [f"{literal(line)} Tj T*" for line in page_lines]
        ops.append(f"ET BT /F1 8 Tf 300 40 Td {literal(f'Page {i + 1} of {len(pages)}')} Tj ET")
        stream = zlib.compress("\n".join(ops).encode("latin-1"), 6)
        objects[page] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                         f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>").encode()
        objects[content] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    return assemble_pdf(objects, info=4)


def html(rng, paragraphs, table_rows) -> str:
    parts = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Week at a glance</title>\n'
             "<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt} td,th{border:1px solid #999;"
             "padding:2px 6px}</style></head>\n<body>\n<h2>Week at a glance</h2>\n"]
    for i in range(paragraphs):
        if i == paragraphs // 2:
            parts.append('<table cellspacing="0">\n<tr><th>Date</th><th>Time</th><th>Room</th><th>Event</th>'
                         "<th>Contact</th><th>Amount</th></tr>\n")
            for _ in range(table_rows):
                parts.append(f"<tr><td>{_date(rng)}</td><td>{_time(rng)}</td><td>{rng.randint(100, 340)}</td>"
                             f"<td>{escape(rng.choice(EVENTS))}</td><td>{_phone(rng)}</td>"
                             f"<td>${rng.randint(0, 900)}.{rng.randint(0, 99):02d}</td></tr>\n")
            parts.append("</table>\n")
        parts.append(f"<p>{escape(typographic(paragraph(rng)))}</p>\n")
    return "".join(parts) + f"<p>Thanks,<br>\n{'<br>'.join(SIGNATURE.splitlines())}</p>\n</body></html>\n"


# --- messages ---------------------------------------------------------------------------------

NOTES = {
    "base64-text.eml": ("Planning notes for the office", "my planning notes for the next few weeks"),
    "html.eml": ("Week at a glance", "this week's schedule"),
    "csv.eml": ("Period 3 roster", "the updated period 3 roster"),
    "xlsx.eml": ("Period 3 roster (spreadsheet)", "the period 3 roster as a spreadsheet"),
    "docx.eml": ("Notes for the main office", "my notes for the main office"),
    "pdf.eml": ("Spring events handbook", "the spring events handbook"),
    "zip.eml": ("Roster and notes", "the roster and my notes, zipped"),
}


def _message(name, rng) -> EmailMessage:
    subject, what = NOTES[name]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = SENDER
    msg["To"] = RECIPIENT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(SENT)
    msg["Message-ID"] = f"<containers-{name[:-4]}@district.example>"
    first = "\n".join(wrap(f"Here is {what}. {sentence(rng)}"))
    note = f"Hi,\n\n{first}\n\nLet me know if anything is missing.\n\nThanks,\n{SIGNATURE}\n"
    msg.set_content(note)
    return msg


def _finish(msg, name) -> bytes:
    # The default boundary is random; a fixed one keeps runs byte-identical.
    msg.set_boundary(f"=_containers_{name[:-4]}_boundary")
    for part in msg.iter_parts():
        # The email package repeats MIME-Version in each part; mail clients do not.
        del part["MIME-Version"]
    return msg.as_bytes(policy=SMTP)


def build(name, n) -> bytes:
    """The message `name` with its part scaled by n (rows, paragraphs or lines)."""
    rng = random.Random(7)
    msg = _message(name, rng)
    if name == "base64-text.eml":
        text = "\n\n".join("\n".join(wrap(paragraph(rng))) for _ in range(n)) + "\n"
        # Bytes, not str: the email package then sends it base64.
        msg.add_attachment(text.encode(), maintype="text", subtype="plain", filename="planning-notes.txt")
    elif name == "html.eml":
        msg.add_alternative(html(rng, n, max(5, n // 2)), subtype="html", cte="quoted-printable")
    elif name == "csv.eml":
        msg.add_attachment(roster_csv(roster(rng, n)), subtype="csv", filename="period-3-roster.csv")
    elif name == "xlsx.eml":
        msg.add_attachment(xlsx(roster(rng, n)), maintype="application", subtype=XLSX,
                           filename="period-3-roster.xlsx")
    elif name == "docx.eml":
        msg.add_attachment(docx(rng, n, max(5, n // 4)), maintype="application",
                           subtype=DOCX, filename="office-notes.docx")
    elif name == "pdf.eml":
        lines = []
        while len(lines) < n:
            lines += wrap(paragraph(rng), 95) + [""]
        msg.add_attachment(pdf(lines[:n], "Spring events handbook"), maintype="application", subtype="pdf",
                           filename="spring-events-handbook.pdf")
    elif name == "zip.eml":
        archive = _zip([("period-3-roster.csv", roster_csv(roster(rng, n))),
                        ("office-notes.docx", docx(rng, max(1, n // 6), max(5, n // 24)))])
        msg.add_attachment(archive, maintype="application", subtype="zip", filename="roster-and-notes.zip")
    else:
        raise ValueError(name)
    return _finish(msg, name)


def _fit(name, target) -> bytes:
    """The message whose size is closest to target: secant steps on n, since size grows
    about linearly with it (compressed parts included)."""
    a, sa = 20, len(build(name, 20))
    b = max(a + 1, round(a * target / sa))
    best = data = build(name, b)
    for _ in range(10):
        sb = len(data)
        if abs(sb - target) < abs(len(best) - target):
            best = data
        if abs(sb - target) <= target * 0.002 or sb == sa:
            break
        c = max(1, round(b + (target - sb) * (b - a) / (sb - sa)))
        if c == b:
            break
        a, sa, b = b, sb, c
        data = build(name, b)
    return best


def write_containers(directory: Path, megabytes: float = 1.0) -> list:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    target = max(20_000, round(megabytes * MB))
    paths = []
    for name in NOTES:
        path = directory / name
        path.write_bytes(_fit(name, target))
        paths.append(path)
    return paths


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: containers.py DIRECTORY [MEGABYTES]")
    for written in write_containers(Path(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) == 3 else 1.0):
        print(written)
