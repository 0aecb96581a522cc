"""Benchmark mail: what a district teacher sends to a partner school, generated from a fixed
seed so every run sends the same bytes.

small_corpus(): ~10 KB messages of five kinds (plain text, text + HTML, a PDF attachment, a
quoted-printable reply thread, a CSV class roster); about 15 % carry an SSN or a payment
card number in their text, which the shipped policy rejects on outbound mail.
large_message(): ~1 MB with a PDF, a CSV and a base64 text attachment.
huge_message(): ~25 MB, the same attachments, larger.

Messages are bytes with LF line ends (smtp-source -F adds CRLF); smtp_data() gives the
CRLF, dot-stuffed form for an SMTP DATA phase.
"""
import random
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

SENDER = "pat.teacher@district.example"
RECIPIENT = "someone@partner-school.example"
KINDS = ("plain", "alternative", "pdf", "reply", "roster")

FIRST = ["Avery", "Jordan", "Maya", "Liam", "Sofia", "Noah", "Emma", "Mateo", "Olivia", "Ethan", "Zoe", "Lucas",
         "Amara", "Caleb", "Priya", "Diego", "Hannah", "Owen", "Leila", "Isaac", "Grace", "Miles", "Nora", "Elijah",
         "Chloe", "Samuel", "Aaliyah", "Henry", "Ruby", "Gabriel", "Ivy", "Julian", "Keira", "Marcus", "Tessa"]
LAST = ["Rivera", "Nguyen", "Okafor", "Patel", "Kowalski", "Brennan", "Haddad", "Lindqvist", "Moreau", "Tanaka",
        "Castillo", "Osei", "Fitzgerald", "Novak", "Delgado", "Park", "Abernathy", "Silva", "Whitaker", "Mendes"]
SUBJECTS = ["Joint science fair planning", "Field trip to the Mystic aquarium", "Spring concert rehearsal times",
            "Shared reading unit: week {n}", "Robotics meet schedule", "Exchange day logistics",
            "Math league scores, round {n}", "Art show setup", "Debate practice rooms", "Greenhouse project update"]
EVENTS = ["science fair", "robotics meet", "art show", "spring concert", "debate scrimmage", "math league round",
          "exchange day", "greenhouse planting", "history night", "book swap"]
# Words that make numbers look like identifiers to the rules (order, tracking, account, phone,
# receipt, ...) stay out of the clutter, so that only the planted values are findings.
CLUTTER = [
    "The {event} is on {date} at {time} in Room {room}; buses {bus} and {bus2} leave from the east lot at {time2}.",
    "Registration is ${amount} per student, due {date}. We have {n} students from grade {grade} and {m} chaperones.",
    "Last year {n} of our {m} students finished the project; the average score was {pct}% and the top mark {score}/100.",
    "Please bring {n} extension cords, {m} folding tables and the kit labelled {kit} (it weighs about {kg} kg).",
    "Our gym holds {cap} people, so we split the day into sessions at {time}, {time2} and {time3}.",
    "Cost so far: ${amount} for materials, ${amount2} for the bus and ${amount3} for snacks, {pct}% of the budget.",
    "If anything changes, call me at {phone} or leave a message at the main office, {office}.",
    "Room {room} is free {weekday} from {time} to {time2}; Room {room2} after {time3} on {date}.",
    "The permit number for the visit is {permit}, valid from {date} to {date2}.",
    "Week {week}: chapters {ch}-{ch2}, quiz on {date}, projects due {date2} (rubric version {ver}).",
    "We printed {n} copies of the program at {cents} cents each; the rest of the ${amount} goes to prizes.",
    "Teams are {n} students each; judging starts at {time} and results are posted by {time2} on {date}.",
]
PROSE = [
    "Thanks again for hosting us last time; the students are still talking about it.",
    "I shared the draft with our department, and everyone liked the idea of mixing the teams across both schools.",
    "Let me know whether the schedule works on your side before I confirm it with the office.",
    "We can cover the judges' lunch if you take care of the room setup and the signs.",
    "A few parents asked about pick-up times, so I will send a short note home on Friday.",
    "The custodian needs the final layout a week ahead, so please send changes as soon as you can.",
    "Our students practiced their presentations twice this week and are more confident now.",
    "I attached what we used last year; feel free to change anything that does not fit your classes.",
    "If the weather turns, we will move everything into the cafeteria and keep the same times.",
    "It would help to know how many of your students need a seat on the return bus.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SIGNATURE = "Pat Teacher\nGrade 7 Science, Lincoln Middle School\n250 Lincoln Avenue, Hartford, CT 06105\n860-555-0175"


@dataclass
class Sample:
    name: str
    kind: str
    data: bytes
    sensitive: str = None  # "ssn" or "card": the shipped policy rejects it to an outside recipient

    @property
    def rejected(self) -> bool:
        """Whether the shipped policy rejects it to an outside recipient: an SSN or a card
        number, or a class roster (students' names in a CSV: a student record)."""
        return self.sensitive is not None or self.kind == "roster"


def smtp_data(message: bytes) -> bytes:
    """The message as sent after DATA: CRLF line ends, leading dots doubled, and the final dot."""
    lines = message.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return b"".join((b"." + line if line.startswith(b".") else line) + b"\r\n" for line in lines) + b".\r\n"


def luhn_complete(digits: str) -> str:
    """digits plus the check digit that makes the whole pass Luhn."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return digits + str((10 - total % 10) % 10)


def ssn(rng) -> str:
    # Valid shape: area 001-899 but not 666, group 01-99, serial 0001-9999.
    area = rng.choice([a for a in range(100, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def card(rng) -> str:
    # A Visa-length number that passes Luhn; never one of the published test numbers.
    number = luhn_complete("4" + "".join(str(rng.randint(0, 9)) for _ in range(14)))
    assert number not in ("4111111111111111", "4012888888881881", "4222222222222", "4242424242424242")
    # Dashes keep the number on one line when the text is wrapped.
    return "-".join(number[i:i + 4] for i in range(0, 16, 4))


def sensitive_sentence(rng, what: str) -> str:
    if what == "ssn":
        return rng.choice([
            "For the chaperone background check your office asked for my details: SSN: {v}. Please keep it on file.",
            "The reimbursement form needs a social security number, so here it is: {v}.",
            "Ms. Okafor asked me to pass on her SSN {v} for the stipend paperwork.",
        ]).format(v=ssn(rng))
    return rng.choice([
        "For the bus deposit, please charge my card {v}, exp {m:02d}/{y}.",
        "You can put the entry fees on the school credit card: {v} (expires {m:02d}/{y}).",
        "The department debit card is {v}, exp {m:02d}/{y}, for the museum tickets.",
    ]).format(v=card(rng), m=rng.randint(1, 12), y=rng.randint(27, 31))


def _date(rng, year=2026):
    day = datetime(year, 1, 5) + timedelta(days=rng.randint(0, 330))
    return rng.choice([day.strftime("%m/%d/%Y"), day.strftime("%B %d"), day.strftime("%b %d"), day.strftime("%Y-%m-%d")])


def _time(rng):
    hour = rng.randint(7, 17)
    return f"{(hour - 1) % 12 + 1}:{rng.choice(['00', '15', '30', '45', '05', '50'])} {'am' if hour < 12 else 'pm'}"


def clutter(rng) -> str:
    values = {
        "event": rng.choice(EVENTS), "date": _date(rng), "date2": _date(rng), "time": _time(rng),
        "time2": _time(rng), "time3": _time(rng), "room": rng.randint(100, 340), "room2": rng.randint(100, 340),
        "bus": rng.randint(2, 48), "bus2": rng.randint(2, 48), "amount": f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d}",
        "amount2": f"{rng.randint(50, 1500)}.00", "amount3": f"{rng.randint(10, 200)}.{rng.randint(0, 99):02d}",
        "n": rng.randint(3, 60), "m": rng.randint(2, 90), "grade": rng.randint(6, 8), "pct": rng.randint(40, 99),
        "score": rng.randint(60, 100), "kit": f"SC-{rng.randint(10, 99)}-{rng.choice('ABCDEFG')}",
        "kg": f"{rng.randint(2, 30)}.{rng.randint(0, 9)}", "cap": rng.randint(150, 600),
        "phone": f"860-555-{rng.randint(140, 199):04d}", "office": rng.choice(["860-555-0100", "860-555-0111"]),
        "weekday": rng.choice(WEEKDAYS), "permit": f"HV-{rng.randint(2025, 2026)}-{rng.randint(1000, 9999)}",
        "week": rng.randint(1, 36), "ch": rng.randint(1, 9), "ch2": rng.randint(10, 14),
        "ver": f"{rng.randint(1, 4)}.{rng.randint(0, 9)}", "cents": rng.randint(8, 40),
    }
    return rng.choice(CLUTTER).format(**values)


def paragraph(rng) -> str:
    sentences = [rng.choice(PROSE) if rng.random() < 0.35 else clutter(rng) for _ in range(rng.randint(3, 6))]
    return " ".join(sentences)


def wrap(text: str, width=72) -> str:
    """Paragraphs wrapped to lines of at most width characters, as mail clients send them."""
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return "\n".join(out)


def body_text(rng, size: int, planted: str = None) -> str:
    """A letter of about size bytes; a planted sentence goes into its second paragraph."""
    name = rng.choice(FIRST)
    paras = [f"Hi {name},"]
    while sum(len(p) + 2 for p in paras) < size:
        paras.append(paragraph(rng))
    if planted:
        paras.insert(2, planted)
    return wrap("\n\n".join(paras + ["Best,\n" + SIGNATURE])) + "\n"


def pdf_document(pages, title="Schedule") -> bytes:
    """A valid PDF by hand: pages is a list of lists of text lines, written in Helvetica, one
    content stream per page; the xref table gives each object's exact offset."""
    def escape(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    for i, lines in enumerate(pages):
        page, content = 4 + 2 * i, 5 + 2 * i
        kids.append(f"{page} 0 R")
        text = [f"BT /F1 14 Tf 72 740 Td ({escape(title)}) Tj /F1 10 Tf 0 -24 Td"]
        text += [f"({escape(line)}) Tj 0 -14 Td" for line in lines]
        stream = ("\n".join(text) + "\nET\n").encode("latin-1")
        objects[page] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                         f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>").encode()
        objects[content] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    return assemble_pdf(objects)


def assemble_pdf(objects: dict, info: int = None) -> bytes:
    """A PDF file of numbered objects (1: the catalog): header, bodies, xref table, trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref, count = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, count))
    trailer = b"<< /Size %d /Root 1 0 R%s >>" % (count, b" /Info %d 0 R" % info if info else b"")
    out += b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def schedule_pdf(rng, pages=1, lines=18) -> bytes:
    text = []
    while len(text) < pages * lines:
        text += wrap(clutter(rng), 90).split("\n")
    return pdf_document([text[i * lines:(i + 1) * lines] for i in range(pages)], "Exchange day schedule")


def roster_csv(rng, rows) -> str:
    # A class list without personal data: names, grade, room, a quiz date and a score.
    out = ["Student,Grade,Room,Quiz date,Score,Lab group"]
    for _ in range(rows):
        out.append(f"{rng.choice(FIRST)} {rng.choice(LAST)},{rng.randint(6, 8)},{rng.randint(100, 340)},"
                   f"{_date(rng)},{rng.randint(55, 100)},{rng.choice('ABCDEF')}{rng.randint(1, 6)}")
    return "\n".join(out) + "\n"


def html_of(text: str) -> str:
    paras = "".join(f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in text.split("\n\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family: Arial\">\n{paras}</body></html>\n"


def reply_thread(rng, size, planted=None) -> str:
    """A reply quoting earlier messages, with curly quotes and accents (so it is quoted-printable)."""
    parts, depth = [], 0
    when = datetime(2026, 10, 1, 9, 0) + timedelta(hours=rng.randint(0, 2000))
    parts.append("Merci, Ren\u00e9e \u2013 that\u2019s perfect for us.\n\n" + body_text(rng, size // 4, planted))
    while sum(len(p) for p in parts) < size:
        depth += 1
        when -= timedelta(hours=rng.randint(2, 40))
        who = rng.choice(["Ren\u00e9e Moreau <rmoreau@partner-school.example>", "Pat Teacher <pat.teacher@district.example>"])
        quoted = wrap(f"\u201c{paragraph(rng)}\u201d\n\n{paragraph(rng)}", 70)
        parts.append(f"On {when.strftime('%a, %b %d, %Y at %I:%M %p')} {who} wrote:\n"
                     + "\n".join(">" * depth + " " + line for line in quoted.split("\n")) + "\n")
    return "\n".join(parts)


def _message(rng, subject, index):
    msg = EmailMessage()
    msg["From"] = f"Pat Teacher <{SENDER}>"
    msg["To"] = RECIPIENT
    msg["Subject"] = subject.format(n=rng.randint(1, 12))
    msg["Date"] = format_datetime(datetime(2026, 11, 2, 8, tzinfo=timezone.utc) + timedelta(minutes=97 * index))
    msg["Message-ID"] = f"<bench-{index}-{rng.randint(10**8, 10**9)}@district.example>"
    return msg


def serialized(msg, index) -> bytes:
    """The message's bytes with fixed MIME boundaries (the email package draws them at random)."""
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_bench_{index}_{number}")
    return bytes(msg)


def small_message(rng, index, kind, planted=None, size=10_240) -> bytes:
    msg = _message(rng, rng.choice(SUBJECTS), index)
    if kind == "plain":
        msg.set_content(body_text(rng, size - 900, planted))
    elif kind == "alternative":
        text = body_text(rng, (size - 1400) // 2, planted)
        msg.set_content(text)
        msg.add_alternative(html_of(text), subtype="html")
    elif kind == "pdf":
        pdf = schedule_pdf(rng)
        msg.set_content(body_text(rng, size - 1300 - len(pdf) * 4 // 3, planted))
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="exchange-day-schedule.pdf")
    elif kind == "reply":
        msg.replace_header("Subject", "Re: " + msg["Subject"])
        msg.set_content(reply_thread(rng, size - 1500, planted), cte="quoted-printable")
    elif kind == "roster":
        csv = roster_csv(rng, 28)
        msg.set_content(body_text(rng, size - 1300 - len(csv), planted))
        msg.add_attachment(csv, subtype="csv", filename="period-3-lab-groups.csv")
    return serialized(msg, index)


def small_corpus(count=40, sensitive_share=0.15):
    """count ~10 KB messages, the kinds in turn; round(count * share) of them carry an SSN or a
    card number (alternately) in their text."""
    rng = random.Random(42)
    planted_at = set(rng.sample(range(count), round(count * sensitive_share)))
    samples, which = [], 0
    for i in range(count):
        kind = KINDS[i % len(KINDS)]
        what = None
        if i in planted_at:
            what = ("ssn", "card")[which % 2]
            which += 1
        data = small_message(rng, i, kind, sensitive_sentence(rng, what) if what else None)
        samples.append(Sample(f"m{i:02d}-{kind}{'-' + what if what else ''}", kind, data, what))
    return samples


def big_text(rng, size) -> str:
    chunks, total = [], 0
    while total < size:
        para = wrap(paragraph(rng)) + "\n\n"
        chunks.append(para)
        total += len(para)
    return "".join(chunks)


def attachments_message(seed, index, subject, size) -> bytes:
    """About size bytes: a letter, a multi-page PDF (~8 %), a CSV class list (~25 %) and a text
    file sent base64 (the rest). The 1 MB and the 25 MB message share these shares, so that
    their cost per MB compares like with like."""
    rng = random.Random(seed)
    msg = _message(rng, subject, index)
    msg.set_content(body_text(rng, 6_000))
    pdf = schedule_pdf(rng, pages=max(1, size * 8 // 100 * 3 // 4 // 3_100), lines=40)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="exchange-day-handbook.pdf")
    csv = roster_csv(rng, max(28, size * 25 // 100 // 34))
    msg.add_attachment(csv, subtype="csv", filename="all-lab-groups.csv")
    rest = size - 8_000 - len(pdf) * 4 // 3 - len(csv)
    msg.add_attachment(big_text(rng, max(1_000, rest * 3 // 4)).encode(), maintype="text", subtype="plain",
                       filename="planning-notes.txt")  # bytes: sent base64
    return serialized(msg, index)


def large_message(index=0, size=1_000_000) -> bytes:
    return attachments_message(42_000 + index, 1000 + index, "Exchange day: everything in one place", size)


def huge_message(index=0, size=25_000_000) -> bytes:
    return attachments_message(25_000 + index, 2000 + index, "Year-end export for the shared program", size)


if __name__ == "__main__":
    # Writes the corpus to a directory, to look at or to `mailguard scan`.
    import sys
    from pathlib import Path
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench-corpus")
    out.mkdir(parents=True, exist_ok=True)
    for sample in small_corpus():
        (out / f"{sample.name}.eml").write_bytes(sample.data)
    (out / "large-1mb.eml").write_bytes(large_message())
    if "--huge" in sys.argv:
        (out / "huge-25mb.eml").write_bytes(huge_message())
    print(out)
