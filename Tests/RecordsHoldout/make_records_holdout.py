#!/usr/bin/env python3
"""Builds Tests/RecordsHoldout: a second, independently written, labelled holdout of school
mail for the personal-data and records detectors. Every name, number and address is invented.

    python3 Tests/RecordsHoldout/make_records_holdout.py [--out DIR] [--no-check]

Labels are computed from what the generator put where (see README.md for the rules); the run
ends by decoding every message and checking that each expected value is really in it."""
import csv, datetime as dt, email.utils, html, io, json, random, re, sys, zipfile
from email import policy
from email.message import EmailMessage
from pathlib import Path

import docx, openpyxl
from fpdf import FPDF
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parent
R = random.Random(61107)
TZ = dt.timezone(dt.timedelta(hours=-5))
WHEN = dt.datetime(2026, 11, 16, 9, 30, tzinfo=TZ)

FIRST_F = ("Ana Priya Sofia Amara Keiko Imani Leilani Brynn Zainab Esperanza Hana Yaretzi Noor Thandiwe Fiona "
           "Lucia Mireille Anika Rosalind Wren Ingrid Paloma Celeste Maeve Harriet Odette").split()
FIRST_M = ("Mateo Jalen Declan Tobias Rafael Gideon Omar Nikolai Colton Dmitri Quentin Elias Soren Marcus Kwame "
           "Ezra Dante Beckett Tariq Santiago Malik Rhys Arjun Idris Teodoro Joaquin").split()
LAST = ("Okafor Lindqvist Castellanos Whitcombe Nakamura Abernathy Delacroix Ferreira Gallagher "
        "Haddad Ivanova Jorgensen Kowalczyk Lachance Mbeki Novak Oyelaran Pellegrino Quintero "
        "Rasmussen Szabo Trujillo Underwood Valdivia Wojcik Yamamoto Zielinski Beaumont Carrington "
        "Dubois Esposito Fairweather Grimaldi Holloway Iqbal Kensington Lombardi Marchetti Nwosu "
        "Ostrowski Petrakis Rinaldi Sutherland Thibodeau Vanterpool Albright Brennan Cardenas "
        "Donnelly Achterberg Muldoon Saperstein").split()
STREETS = ("Maple,Birchwood,Quarry Hill,Old Farm,Prospect,Cedar Ridge,Juniper,Sycamore,Ridgewood,Stonegate,Hawthorne,"
           "Brookside,Chestnut,Orchard,Winding Brook,Fox Run,Kenyon,Garfield,Bancroft,Tolland,Shelburne,Magnolia,Sagamore,"
           "Larkspur,Goodwin,Whitney,Cornwall,Essex,Thistle,Deer Path,Bramble,Meadowlark,Pinecrest,Harwinton,Sumner,"
           "Wadsworth,Ellsworth,Timberline,Blue Heron,Silas Deane,Mill Pond,Forest Glen").split(",")
SUF = [tuple(x.split(":")) for x in ("Street:St Avenue:Ave Road:Rd Lane:Ln Drive:Dr Court:Ct Boulevard:Blvd Place:Pl "
                                     "Way:Way Terrace:Ter Circle:Cir Parkway:Pkwy Highway:Hwy Trail:Trl").split()]
DIRS = [(w, w[0].lower()) for w in "N North S South E East W West".split()]
CITIES = [("Hartford", "06106"), ("West Hartford", "06117"), ("Wethersfield", "06109"), ("Newington", "06111"),
          ("Bloomfield", "06002"), ("Windsor", "06095"), ("East Hartford", "06108"), ("Rocky Hill", "06067"),
          ("Glastonbury", "06033")]
AREAS = ["860", "959", "203", "475", "413", "401", "914", "617", "508", "774", "845", "518"]
DIST_PHONES = {"8605550100", "8605550111", "8605550123", "8605550175"}
DIST_PHONE_TXT = ["860-555-0100", "860-555-0111", "(860) 555-0123", "860-555-0175"]
DIST_ADDR = ["100 Main Street, Hartford, CT 06103", "250 Lincoln Avenue, Hartford, CT 06105", "48 School Lane, West Hartford, CT 06107"]
SCHOOLS = ["Bellamy Elementary School", "Kenyon Middle School", "Hartwell High School", "Cobb Hill Elementary",
           "Riverbend Early Learning Center"]
GRADES = "K 1 2 3 4 5 6 7 8 9 10 11 12".split()
MONTHS = "January February March April May June July August September October November December".split()

NAMECOL = re.compile(r"name|^(student|player|volunteer|employee|athlete)$", re.I)
DOBCOL = re.compile(r"^(dob|d\.o\.b\.|date of birth|birth ?date|birth_date)$", re.I)
SIDCOL = re.compile(r"^(student id|student number|studentid|student_id|stu id|student #|student no\.)$", re.I)
STUDENTY = re.compile(r"student|grade|homeroom|guardian|parent|school|pupil", re.I)
TERM = re.compile(r"\bIEP\b|504 plan|special education|disability|diagnos(is|ed)|medication|"
                  r"disciplinary|suspension|suspended|expelled|expulsion|custody|free/reduced lunch", re.I)
BIRTH_BEFORE = re.compile(r"(DOB|date of birth|birth ?date|born(?: on)?)\W+(\w+\W+){0,3}$", re.I)
SID_BEFORE = re.compile(r"student\s*(id|#|number)\W*$", re.I)
PHONE_BEFORE = re.compile(r"(phone|cell|tel|mobile|home)\W*$", re.I)
ABBR = re.compile(r"\b(Mr|Ms|Mrs|Dr|St|Ave)\.")

class D(str):
    """A date of birth as printed; .date keeps the date for spreadsheet date cells."""

def luhn(body):  # the check digit to append
    total = sum(n - 9 if n > 9 else n for n in (int(c) * (2 - i % 2) for i, c in enumerate(reversed(body))))
    return str((10 - total % 10) % 10)

def fmt_date(d, f):
    return {"mdY": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(), "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            "short": f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
            "dmy": f"{d.day} {MONTHS[d.month - 1]} {d.year}"}[f]

def sentences(text, strict):
    t = ABBR.sub(lambda m: m.group(0)[:-1] + "\0", text)
    return [s.replace("\0", ".") for s in re.split(r"[.!?]|\n" if strict else r"[.!?](?=\s|$)|\n", t)]

def hit(needle, hay):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(needle) + r"(?![A-Za-z0-9])", hay)

class Person:
    def __init__(self, first, last):
        self.first, self.last, self.full, self.rev = first, last, f"{first} {last}", f"{last}, {first}"
        self.w = "daughter" if first in FIRST_F else "son"
    def mentions(self):
        return [self.full] + [f"{t} {self.last}" for t in ("Mr.", "Ms.", "Mrs.", "Dr.")] + \
               [f"{my} {w} {self.first}" for my in ("my", "My") for w in ("son", "daughter")]

class Msg:
    def __init__(self):
        self.items, self.people, self.used, self.recs = [], [], [], []
        self.studenty, self.numbers = False, set()
    # ---- invented values; each is registered and becomes expected once it is used in a block
    def person(self):  # first and last names unique within a message
        p = Person(R.choice(R.choice([FIRST_F, FIRST_M])), R.choice(LAST))
        if any(p.first == q.first or p.last == q.last for q in self.people):
            return self.person()
        return self.people.append(p) or p
    def _item(self, text, kind, value):
        return self.items.append((text, kind, value)) or text
    def phone(self, fmt=None, ext=False, area=None):
        a, x = area or R.choice(AREAS), f"{R.randint(100, 199):04d}"
        if a + "555" + x in DIST_PHONES | self.numbers:
            return self.phone(fmt, ext, area)
        self.numbers.add(a + "555" + x)
        fmt = fmt or R.choice(["({a}) 555-{x}", "{a}-555-{x}", "{a}.555.{x}", "+1 {a} 555 {x}", "1-{a}-555-{x}",
                               "({a}) 555-{x}", "{a}-555-{x}"])
        t = self._item(fmt.format(a=a, x=x), "phone", a + "555" + x)
        return t + (R.choice([" x", " ext. ", " Ext "]) + str(R.randint(2, 489)) if ext else "")
    def addr(self, caps=False, unit=None, city=None, dot=False, direction=None):
        num = R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 4999)])
        name, (full, ab) = R.choice(STREETS), R.choice(SUF)
        d = R.choice(DIRS) if (R.random() < 0.18 if direction is None else direction) else None
        suf = R.choice([full, ab, ab + "." if dot and ab in ("St", "Ave") else ab])
        street = f"{num} {d[0] + ' ' if d else ''}{name} {suf}"
        street = street.upper() if caps else street  # the value is always lower case
        self._item(street, "street-address", f"{num} {d[1] + ' ' if d else ''}{name.lower()} {ab.lower()}")
        unit = R.random() < 0.2 if unit is None else unit
        tail = R.choice([", Apt 2B", " Apt. 4", ", Unit 3", " #12", ", Apt 1R"]) if unit else ""
        if city if city is not None else R.random() < 0.5:
            c, z = R.choice(CITIES)
            tail += f", {c}, CT {z}" + (f"-{R.randint(1000, 9999)}" if R.random() < 0.2 else "")
        return (street + tail).upper() if caps else street + tail
    def dob(self, lo=2008, hi=2021, f=None):
        d = dt.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))
        t = D(fmt_date(d, f or R.choice(["mdY", "mdY", "mdy", "iso", "long", "short", "dmy"])))
        t.date = d
        return self._item(t, "date-of-birth", d.isoformat())
    def sid(self, n=None):
        v = lookalike_id(n or R.choice([7, 8, 8, 9]))
        return self._item(v, "student-id", v)
    # ---- accounting
    def _use(self, found):
        self.used = list(dict.fromkeys(self.used + [(k, v) for _, k, v in found]))
    def _hits(self, text):
        return [it for it in self.items if hit(it[0], text)]
    def table(self, headers, rows, sep="\t"):
        n = 0
        for row in rows:
            assert len(row) == len(headers), (headers, row)
            found, name, term = [], False, False
            for h, c in zip(headers, row):
                c = str(c)
                for it in self._hits(c):
                    assert it[1] != "date-of-birth" or DOBCOL.match(h), (h, c)
                    assert it[1] != "student-id" or SIDCOL.match(h), (h, c)
                    found.append(it)
                name |= bool(NAMECOL.search(h) and c.strip())
                term |= bool(c.strip() and (TERM.search(h) or TERM.search(c)))
            assert not (name and any(x.split(",")[0] in " ".join(map(str, row)) for x in DIST_PHONE_TXT + DIST_ADDR)), row
            self._use(found)
            if name and (found or term):
                n += 1
                self.recs.append((any(k == "student-id" for _, k, _ in found), term))
        if n and any(STUDENTY.search(h) for h in headers):
            self.studenty = True
        return ("t", headers, [[c for c in r] for r in rows], sep)
    def prose(self, text, kind="p"):
        def recs(strict):
            out = []
            for s in sentences(text, strict):
                named = any(mn in s for p in self.people for mn in p.mentions())
                f = [it for it in self._hits(s) if it[1] != "phone"]
                if named and (f or TERM.search(s)):
                    assert not any(a.split(",")[0] in s for a in DIST_ADDR), s
                    out.append((any(k == "student-id" for _, k, _ in f), bool(TERM.search(s))))
            return out
        strict = recs(True)
        assert strict == recs(False), text
        for it in self._hits(text):
            if it[1] == "phone":
                assert not it[0].isdigit() or PHONE_BEFORE.search(text[:hit(it[0], text).start()]), text
                continue
            ss = [s for s in sentences(text, True) if hit(it[0], s)]
            assert ss, ("item split across sentences", it, text)
            for s in ss:
                before = s[:hit(it[0], s).start()]
                assert it[1] != "date-of-birth" or BIRTH_BEFORE.search(before), (it, s)
                assert it[1] != "student-id" or SID_BEFORE.search(before), (it, s)
        self._use(self._hits(text))
        self.recs += strict
        return (kind, text)
    def form(self, pairs):  # a two-column label | value form for one person: one table row on its side
        return self.table([l for l, _ in pairs], [[v for _, v in pairs]]) and ("f", pairs)
    def verdict(self):
        n, t = len(self.recs), sum(1 for _, t in self.recs if t)
        if n >= 5:
            return [{"kind": "student-roster" if self.studenty or any(s or t for s, t in self.recs) else "personal-roster", "value": str(n)}]
        return [{"kind": "student-record", "value": str(t)}] if t else []

# ---------------------------------------------------------------- renderers
def text_body(blocks):  # a text table: header line, optional "---" rule for pipe tables, one line per row
    rule = lambda b: [b[3].join("---" for _ in b[1])] if b[3] == " | " and R.random() < 0.4 else []
    return "\n\n".join("\n".join([b[3].join(b[1])] + rule(b) + [b[3].join(map(str, r)) for r in b[2]]) if b[0] == "t"
                       else b[1] for b in blocks) + "\n"

def html_body(blocks):
    e = lambda s: html.escape(str(s)).replace("\n", "<br>\n")
    row = lambda cells, tag: "<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in cells) + "</tr>"
    out = [f"<table border=\"1\" cellpadding=\"4\">\n{row(b[1], 'th')}\n" + "\n".join(row(r, "td") for r in b[2]) + "\n</table>"
           if b[0] == "t" else f"<h2>{e(b[1])}</h2>" if b[0] == "h" else f"<p>{e(b[1])}</p>" for b in blocks]
    return "\n".join(["<html><body style=\"font-family:Arial,sans-serif\">"] + out + ["</body></html>"]) + "\n"

def fixzip(data):
    zin, buf = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-16T14:30:00Z", b)
            zi = zipfile.ZipInfo(info.filename, (2026, 11, 16, 9, 30, 0))
            zi.compress_type, zi.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            z.writestr(zi, b)
    return buf.getvalue()

def docx_bytes(blocks):
    d = docx.Document()
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            t = d.add_table(rows=1 + len(b[2]), cols=len(b[1]), style="Table Grid")
            for j, h in enumerate(b[1]):
                t.cell(0, j).paragraphs[0].add_run(h).bold = True
            for i, j in ((i, j) for i in range(len(b[2])) for j in range(len(b[1]))):
                t.cell(i + 1, j).text = str(b[2][i][j])
    cp = d.core_properties
    cp.author, cp.revision, cp.created = "District Office", 1, WHEN.replace(tzinfo=None)
    cp.modified = cp.last_printed = WHEN.replace(tzinfo=None)
    d.save(buf := io.BytesIO())
    return fixzip(buf.getvalue())

def xlsx_bytes(sheets):
    """sheets: (title, rows above the header, headers, rows)."""
    wb = openpyxl.Workbook()
    for k, (title, pre, hdr, rows) in enumerate(sheets):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        for p in pre + [hdr]:
            ws.append(list(p))
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        for r in rows:  # dates of birth as date cells, student IDs as numbers
            ws.append([c.date if isinstance(c, D) else c if isinstance(c, dt.date) else
                       int(c) if SIDCOL.match(h) and str(c).isdigit() else str(c) for h, c in zip(hdr, r)])
            for cell in (c for c in ws[ws.max_row] if isinstance(c.value, dt.date)):
                cell.number_format = "mm/dd/yyyy"
        for j, h in enumerate(hdr):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = max(
                [len(str(h))] + [len(str(r[j])) for r in rows]) + 2
    wb.properties.creator, wb.properties.created = "SIS Export", WHEN.replace(tzinfo=None)
    wb.properties.modified = WHEN.replace(tzinfo=None)
    wb.save(buf := io.BytesIO())
    return fixzip(buf.getvalue())

def pdf_bytes(blocks):
    pdf = FPDF(format="letter")
    pdf.set_creation_date(WHEN), pdf.set_author("District Office"), pdf.set_margins(12, 12), pdf.add_page()
    for b in blocks:
        if b[0] == "h":
            pdf.set_font("Helvetica", "B", 13)
            pdf.cell(0, 8, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "p":
            pdf.set_font("Helvetica", size=9)
            for line in b[1].split("\n"):
                assert len(line) <= 120, line
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            rows = [b[1]] + b[2] if b[0] == "t" else [list(p) for p in b[1]]
            pdf.set_font("Helvetica", size=8)
            widths = [max(pdf.get_string_width(str(r[j])) for r in rows) + 4 for j in range(len(rows[0]))]
            assert sum(widths) <= pdf.epw, ("table too wide", widths)
            with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", text_align="LEFT",
                           first_row_as_headings=b[0] == "t", line_height=5) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(4)
    return bytes(pdf.output())

XLSX = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
xlsx_att = lambda name, sheets: (name, xlsx_bytes(sheets), "application", XLSX)
csv_att = lambda name, hdr, rows, d=",": (name, csv_text(hdr, rows, d), "text", "csv" if d == "," else "tab-separated-values")

def csv_text(headers, rows, delim=","):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delim, lineterminator="\r\n", quoting=csv.QUOTE_ALL if R.random() < 0.3 else csv.QUOTE_MINIMAL).writerows([headers] + [[str(c) for c in r] for r in rows])
    return buf.getvalue()

# ---------------------------------------------------------------- shared pieces
def staff_sig(m, role, school=None, cell=False, district=True):
    p = m.person()
    name = f"{p.full}, RN" if "Nurse" in role else R.choice([p.full, f"{p.full}, M.Ed"] + [f"Dr. {p.full}"] * ("Principal" in role or "Couns" in role))
    lines = ["--", name, role, school or R.choice(SCHOOLS)]
    lines += [R.choice(DIST_ADDR), f"Office: {R.choice(DIST_PHONE_TXT[:3])}" + R.choice(["", " | Fax: 860-555-0175"])] if district else []
    lines += [R.choice(["Cell: ", "Mobile: ", "Cell "]) + m.phone()] if cell else []
    return m.prose("\n".join(lines)), p

name_of = lambda p, style: {"full": p.full, "rev": p.rev, "caps": p.rev.upper()}[style]
grade = lambda: R.choice(GRADES)
rows_n = lambda i: [3, 4, 5, 6, 8, 11, 4, 7, 14, 5][i % 10]  # crosses the 5-record threshold both ways
when = lambda: f"{R.randint(7, 11)}:{R.choice(['05', '15', '20', '30', '45', '50'])} am"
later = lambda: R.choice(["December 2", "Dec 9", "12/14/2026", "January 6, 2027", "11/30/2026", "next Tuesday"])

def lookalike_id(n=7):  # Luhn-valid digits; expected only where sid() registers them
    body = str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 2))
    return body + luhn(body)

MEDS = [("Albuterol inhaler", "2 puffs"), ("Methylphenidate", "10 mg"), ("Cetirizine", "5 mg"), ("Insulin", "per scale"),
        ("Guanfacine", "1 mg"), ("Amoxicillin", "250 mg"), ("Ibuprofen", "200 mg"), ("Fluticasone spray", "1 spray")]

STAFF_FROM = ["Karen Hollis <k.hollis@district.example>", "Front Office <office@district.example>",
              "Counseling Office <counseling@district.example>", "Athletics <athletics@district.example>",
              "Transportation <transport@district.example>", "Nurse's Office <health@district.example>"]
PARENT_FROM = ["Dana Whitlock <dana.whitlock@mail.example.com>", "R. Osei <rosei77@example.net>",
               "Jun Park <junpark@example.org>", "M. Alvarez <m.alvarez@inbox.example>"]

TERM_SENT = [
    "{n} came to the health office at {t} and was given the noon medication from the care plan.",
    "{n} was diagnosed with type 1 diabetes over the summer and checks glucose before lunch.",
    "{n} has an IEP annual review on {d} at 2:30 pm in the conference room.",
    "{n} is on a 504 plan that allows extra time and movement breaks during tests.",
    "{n} was suspended for two days after the incident on the late bus.",
    "{n} qualifies for free/reduced lunch starting this week, so please stop the balance letters.",
    "Per the custody order on file, only the mother of {n} may pick up at dismissal.",
    "{n} carries an EpiPen, and that medication has to travel with the class on {d}.",
    "The team will go over the special education evaluation for {n} on {d}.",
    "Dr. {l} from the clinic faxed the diagnosis paperwork this morning."]
FIELD_SENT = [
    "{n} moved to {a} and will ride bus {b} starting Monday.",
    "{n} (DOB {dob}) enrolled today from out of district and starts in Room {r} tomorrow.",
    "{n}, Student ID {s}, is withdrawing at the end of the week.",
    "Please change the birth date to {dob} for {n} in the system, the registration form had a typo.",
    "{n} (Student # {s}) will be in the reading group starting in January.",
    "The new home address for {n} is {a}."]
LOOK_SENT = [
    "{n} did a great job at practice today and is ready for Saturday.",
    "Please remind {n} to return the library book before break.",
    "If the bus is late, call the dad of {n} at {p}.",
    "Medication permission forms for the spring trip are due Friday.",
    "A student from Room {r} was sent home with a fever at {t}.",
    "The bus stop near {a} moves across the street next week.",
    "Reminder: IEP progress reports go home with report cards on {d}.",
    "{n} will be out on {d} for a family trip."]

def fill(m, tmpl, p):
    return tmpl.format(n=p.full, l=p.last, t=when(), d=later(), b=R.randint(2, 40), r=R.randint(101, 260),
                       a=m.addr(city=False, unit=False) if "{a}" in tmpl else "",
                       dob=m.dob() if "{dob}" in tmpl else "", s=m.sid() if "{s}" in tmpl else "",
                       p=m.phone() if "{p}" in tmpl else "")

POSITIONS = ["Grade 3 Teacher", "Paraprofessional", "Head Custodian", "Librarian", "Art Teacher",
             "Secretary", "Reading Specialist", "Cafeteria Manager", "Music Teacher", "Resource Room Teacher",
             "Speech Pathologist", "Grade 5 Teacher", "Assistant Principal", "PE Teacher"]

# ---------------------------------------------------------------- class: docx-lists
def dx_classlist(m, i):
    g, t = grade(), m.person()
    hdr = [R.choice(["Student Name", "Student"]), R.choice(["Student ID", "Student Number", "StudentID"]),
           "Grade", "Homeroom"]
    style = R.choice(["full", "rev"])
    rows = [[name_of(m.person(), style), m.sid(), g, f"Rm {R.randint(101, 240)}"] for _ in range(rows_n(i))]
    doc = [m.prose(f"{R.choice(SCHOOLS)} - Grade {g} Class List", "h"),
           m.prose(f"Teacher: {t.full}\nUpdated November 2026"), m.table(hdr, rows)]
    body = [m.prose(f"Hi all,\n\nAttached is the updated class list for the {R.choice(['winter', 'second trimester'])} "
                    f"schedule change. Please shred old copies.\n\nThanks,\n{t.first}")]
    return dict(subject="Updated class list", body=body, att=[("class_list.docx", docx_bytes(doc))])
def dx_caseload(m, i):
    c1, c2 = m.person(), m.person()
    sup = ["IEP (reading)", "504 plan - extended time", "Check-in/check-out", "Attendance contract",
           "IEP (speech)", "Lunch bunch group", "504 plan - preferential seating", "Grief group"]
    hdr = ["Student", "Gr", "Support", "Case Manager", "Next Review"]
    rows = [[m.person().full, R.choice(GRADES[6:9]), R.choice(sup), R.choice([f"Ms. {c1.last}", f"Mr. {c2.last}"]),
             f"{R.randint(11, 12)}/{R.randint(1, 28)}/2026"] for _ in range(R.randint(4, 9))]
    doc = [m.prose("Counseling Caseload - Grades 6-8", "h"), m.prose("Confidential. Do not forward outside the building."),
           m.table(hdr, rows)]
    if i % 3 == 0:
        doc.append(m.prose(fill(m, R.choice(FIELD_SENT[:1] + FIELD_SENT[4:]), m.person())))
    body = [m.prose(f"Ms. {c1.last},\n\nHere is the caseload as of Friday. I flagged the reviews due before break.\n\n{c2.first}")]
    return dict(subject="Caseload update", body=body, att=[("caseload.docx", docx_bytes(doc))],
                frm=STAFF_FROM[2])
def dx_phonetree(m, i):
    ppl = [m.person() for _ in range(rows_n(i + 3))]
    rows = [[p.full, R.choice(POSITIONS), m.phone(), ppl[k + 1].full if k + 1 < len(ppl) else "Principal"]
            for k, p in enumerate(ppl)]
    doc = [m.prose(f"{R.choice(SCHOOLS)} Staff Phone Tree 2026-27", "h"),
           m.prose("Snow day or emergency: call the next person on your list. If there is no answer, "
                   "leave a message and call the person after them."),
           m.table(["Name", "Position", "Cell Phone", "Calls Next"], rows)]
    body = [m.prose("Staff,\n\nThe phone tree is attached. Check your number and tell the office about changes."),
            staff_sig(m, "Principal")[0]]
    return dict(subject="Phone tree", body=body, att=[("phone_tree.docx", docx_bytes(doc))])
def dx_volunteers(m, i):
    rows = [[(p := m.person()).full, f"{p.first[0].lower()}{p.last.lower()}@example.com", m.phone() if R.random() < 0.8 else "",
             R.choice(["Book Fair", "Fall Festival", "Picture Day", "Bake Sale"]),
             R.choice(["8:00-10:00 am", "10:00 am-noon", "1:00-3:00 pm", "setup Thu evening"])] for _ in range(rows_n(i + 1) + 1)]
    doc = [m.prose("PTA Volunteer Sign-Up", "h"), m.table(["Volunteer", "Email", "Phone", "Event", "Shift"], rows)]
    body = [m.prose("Hi everyone! Here is who signed up so far. If your shift is wrong, just reply.\n\nThank you,\nThe PTA")]
    return dict(subject="Volunteer list", body=body, att=[("volunteers.docx", docx_bytes(doc))],
                frm="PTA <pta@parents.example.org>")
def dx_emergency(m, i):
    rows = [[m.person().full, R.choice(GRADES[9:]), m.person().full, R.choice(["Mother", "Father", "Grandmother", "Aunt", "Guardian"]),
             m.phone()] for _ in range(rows_n(i + 2))]
    doc = [m.prose(f"Girls Varsity {R.choice(['Soccer', 'Basketball', 'Volleyball'])} - Emergency Contacts", "h"),
           m.table(["Player", "Grade", "Guardian Name", "Relationship", "Emergency Phone"], rows)]
    body = [m.prose("Coaches,\n\nPrint this for the away bag. Return old copies to me for shredding."),
            staff_sig(m, "Athletic Director", "Hartwell High School", cell=True)[0]]
    return dict(subject="Emergency contact sheet", body=body, att=[("emergency_contacts.docx", docx_bytes(doc))],
                frm=STAFF_FROM[3])
def dx_seating(m, i):
    rows = [[m.person().full, f"{R.randint(101, 130)}", f"Bus {R.randint(2, 40)}", R.choice("ABC") + " lunch",
             f"Locker {R.randint(1100, 2399)}"] for _ in range(R.randint(6, 14))]
    doc = [m.prose("Homeroom Assignments", "h"),
           m.prose(f"Bus 14 now leaves at 3:05 pm from Door 6. Lockers open at 7:40 am. Call 555-0142 for the late line."),
           m.table(["Student", "Homeroom", "Bus", "Lunch", "Locker"], rows)]
    body = [m.prose("Attached are the homeroom and locker assignments for the new semester.")]
    return dict(subject="Homeroom assignments", body=body, att=[("homerooms.docx", docx_bytes(doc))])
def dx_screening(m, i):
    rows = [[(p := m.person()).first, p.last, m.dob(2020, 2021), m.addr(city=R.random() < 0.5, dot=True), m.person().full,
             f"{R.randint(1, 4)}/{R.randint(10, 28)}/2027"] for _ in range(rows_n(i + 5))]
    doc = [m.prose("Kindergarten Screening Appointments", "h"),
           m.table(["First Name", "Last Name", "Date of Birth", "Home Address", "Parent/Guardian", "Screening Date"], rows)]
    body = [m.prose("Here is the screening list. The screenings happen in the library.")]
    return dict(subject="K screening list", body=body, att=[("k_screening.docx", docx_bytes(doc))])
def dx_busroute(m, i):
    rows = [[str(k + 1), m.addr(city=False, unit=False) if R.random() < 0.75 else
             f"Corner of {R.choice(STREETS)} {R.choice(SUF)[1]} and {R.choice(STREETS)} {R.choice(SUF)[0]}",
             f"7:{10 + 3 * k:02d}", f"3:{5 + 3 * k:02d}"] for k in range(R.randint(6, 12))]
    drv = m.person()
    doc = [m.prose(f"Bus {R.randint(2, 40)} - Route Sheet", "h"),
           m.prose(f"Driver: {drv.full}, cell {m.phone()}\nDispatch: 860-555-0175"),
           m.table(["Stop", "Location", "AM Pickup", "PM Drop-off"], rows)]
    body = [m.prose("Updated route sheet attached; stops 3 and 4 swapped.")]
    return dict(subject="Route sheet", body=body, att=[("route.docx", docx_bytes(doc))], frm=STAFF_FROM[4])

# ---------------------------------------------------------------- class: sis-exports
def sis_demo(m, i, kind):
    hdr = [R.choice(["STUDENT_ID", "StudentID", "Student Number"]), "LAST_NAME", "FIRST_NAME", "GRADE",
           R.choice(["BIRTHDATE", "BIRTH_DATE", "DOB"]), "HOME_PHONE", "ADDR1", "CITY", "STATE", "ZIP"]
    f = R.choice(["mdY", "iso", "mdy"])
    rows = [[m.sid(), (p := m.person()).last.upper(), p.first.upper(), g := grade(), m.dob(2019 - GRADES.index(g), 2020 - GRADES.index(g), f),
             m.phone(R.choice(["({a}) 555-{x}", "{a}-555-{x}"])), m.addr(caps=True, unit=False, city=False),
             (c := R.choice(CITIES))[0].upper(), "CT", c[1]] for _ in range(rows_n(i) if kind != "tsv" else R.randint(3, 4))]
    school = R.choice(SCHOOLS)
    body = [m.prose(f"Attached is the nightly enrollment extract for {school}. It contains student information; "
                    "do not forward it outside the district.\n\nSIS Support")]
    t = m.table(hdr, rows)
    if kind != "xlsx":
        att = csv_att("enrollment_extract." + ("csv" if kind == "csv" else "txt"), hdr, rows, "," if kind == "csv" else "\t")
    else:
        counts = [[g, str(sum(1 for r in rows if r[3] == g))] for g in sorted({r[3] for r in rows})]
        m.table(["Grade", "Count"], counts)
        att = xlsx_att("enrollment.xlsx", [("Students", [[f"{school} - Active Students - run 11/16/2026 06:00"], []] if i % 2 else [],
                                            hdr, rows), ("Counts", [], ["Grade", "Count"], counts)])
    return dict(subject="Enrollment extract", body=body, att=[att], frm="SIS Support <sis@district.example>")
def sis_lunch(m, i):
    term = i % 2 == 0
    hdr = ["Student Number", "Student Name", "Grade", "Free/Reduced Lunch" if term else "Meal Status"]
    rows = [[m.sid(), name_of(m.person(), R.choice(["full", "rev"])), grade(), R.choice(["Free", "Reduced"] if term else ["F", "R", "P"])]
            for _ in range([2, 6, 3, 9, 4][i % 5])]
    body = [m.prose("Cafeteria staff: eligibility changes processed this week are attached. Keep this confidential.")]
    return dict(subject="Meal eligibility changes", body=body,
                att=[("meal_changes.csv", csv_text(hdr, rows).encode(), "application", "octet-stream")], extra=m.table(hdr, rows))
def sis_staff(m, i):
    hdr = ["EMP_ID", "EMPLOYEE", "POSITION", "BUILDING", "CELL_PHONE", "HIRE_DATE"]
    rows = [[lookalike_id(R.choice([6, 7])), name_of(m.person(), "caps"), R.choice(POSITIONS).upper(), R.choice(SCHOOLS).upper(),
             m.phone(), f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(2001, 2025)}"] for _ in range(rows_n(i + 4))]
    body = [m.prose("HR: staff contact export for the emergency notification system upload. Employee IDs are in column A.")]
    return dict(subject="Staff export", body=body, att=[csv_att("staff_contacts.csv", hdr, rows)],
                extra=m.table(hdr, rows), frm="HR <hr@district.example>")
def sis_grades(m, i):
    hdr = [R.choice(["StudentID", "STUDENT_ID"]), "COURSE", "SECTION", "TERM", "MARK"]
    rows = [[m.sid(), R.choice(["ENG 9", "ALG 1", "BIO", "US HIST", "SPAN 2"]), f"{R.randint(1, 9):02d}", "T1",
             R.choice(["A", "A-", "B+", "B", "C+", "92", "87", "78"])] for _ in range(R.randint(8, 16))]
    body = [m.prose("Per the data-sharing agreement, names are removed; the tutoring vendor matches on ID only. "
                    "Order ref PO-2026-11847.")]
    return dict(subject="Term 1 marks for tutoring vendor", body=body,
                att=[csv_att("marks_t1.csv", hdr, rows)], extra=m.table(hdr, rows))
def sis_attendance(m, i):
    hdr = ["Student Name", "Grade", "Homeroom", "Days Absent", "Tardies", "Last Absence"]
    rows = [[m.person().full, grade(), str(R.randint(101, 130)), str(R.randint(3, 19)), str(R.randint(0, 12)),
             dt.date(2026, R.randint(9, 11), R.randint(1, 13))] for _ in range(R.randint(6, 12))]
    body = [m.prose("Chronic absence report, 10 or more days flagged. Please follow up before conferences.")]
    return dict(subject="Attendance report", body=body, extra=m.table(hdr, [[str(c) for c in r] for r in rows]),
                att=[xlsx_att("attendance.xlsx", [("Absences", [], hdr, rows)])])
def sis_discipline(m, i):
    hdr = ["Student ID", "Student Name", "Incident Date", "Incident", "Disciplinary Action" if i % 3 == 0 else "Action"]
    acts = ["Suspended 1 day (OSS)", "In-school suspension", "Detention", "Parent conference", "Loss of privileges"]
    rows = [[m.sid(), m.person().full, f"11/{R.randint(2, 13):02d}/2026", R.choice(["Fighting", "Vaping", "Cutting class", "Defiance"]),
             acts[k] if k < 2 else R.choice(acts)] for k in range([3, 4, 2, 7][i % 4])]
    body = [m.prose("Weekly behavior summary for the assistant principals.")]
    return dict(subject="Weekly behavior summary", body=body, extra=m.table(hdr, rows),
                att=[csv_att("behavior.tsv", hdr, rows, "\t")])
def sis_transport(m, i):
    hdr = ["STUDENT_ID", "STUDENT_NAME", "GRADE", "BUS", "STOP_ADDRESS", "PARENT_CELL"]
    rows = [[m.sid(), m.person().full, grade(), str(R.randint(2, 40)), m.addr(city=True, unit=False), m.phone()]
            for _ in range(rows_n(i + 2))]
    body = [m.prose("Transportation export for the route software. Door-to-door stops included.")]
    return dict(subject="Transportation export", body=body, extra=m.table(hdr, rows), frm=STAFF_FROM[4],
                att=[xlsx_att("transport.xlsx", [("Riders", [], hdr, rows)])])

# ---------------------------------------------------------------- class: pdf-forms
pdf_att = lambda name, blocks: (name, pdf_bytes(blocks), "application", "pdf")
letterhead = lambda m, s: m.prose(f"{s}\n{R.choice(DIST_ADDR)}  |  Main office {R.choice(DIST_PHONE_TXT)}")
def pf_registration(m, i):
    p, par, s = m.person(), m.person(), R.choice(SCHOOLS)
    pairs = [("Student Name", p.full), ("Date of Birth", m.dob(2012, 2020)), ("Grade Entering", grade())]
    pairs += [(R.choice(["Student ID", "Student No."]), m.sid())] if i % 3 else []
    pairs += [("Home Address", m.addr(city=True)), ("Parent/Guardian Name", par.full), ("Parent Phone", m.phone()),
              ("Previous School", "Lakeview Elementary, Springfield MA")]
    pairs += [("Medical Conditions / Medication", R.choice(["Asthma - albuterol inhaler at school", "Seizure plan on file"]))] \
        if i % 2 == 0 else [("Allergies", R.choice(["None known", "Seasonal"]))]
    doc = [m.prose(f"{s} - New Student Registration", "h"), letterhead(m, s), m.form(pairs),
           m.prose("Parent signature: ______________________    Date: 11/12/2026")]
    return dict(subject="Registration packet", body=[m.prose("New registration attached; please set up the SIS record.")],
                att=[pdf_att("registration.pdf", doc)])
def pf_medlog(m, i):
    rows = [[m.person().full, grade(), *R.choice(MEDS), when(),
             R.choice(["KH", "JT", "RN-sub"])] for _ in range([2, 4, 5, 8, 3, 6][i % 6])]
    doc = [m.prose("Daily Medication Administration Log - Week of 11/9/2026", "h"), letterhead(m, R.choice(SCHOOLS)),
           m.table(["Student", "Grade", "Medication", "Dose", "Time", "Given By"], rows),
           m.prose("Nurse signature: ____________________  Page 1 of 1")]
    return dict(subject="Med log for the sub nurse", frm=STAFF_FROM[5], att=[pdf_att("med_log.pdf", doc)],
                body=[m.prose("The log for this week is attached so the sub can keep it up to date.")])
def pf_fieldtrip(m, i):
    rows = [[m.person().full, f"{R.randint(101, 130)}", R.choice(["Received", "Received", "Missing"]), m.phone()]
            for _ in range(rows_n(i + 6))]
    ch = [[m.person().full, m.phone()] for _ in range(R.randint(1, 3))]
    doc = [m.prose("Field Trip: Mystic Aquarium", "h"),
           m.prose("Friday 12/4/2026. Bus departs 8:15 am from the front loop, returns 2:40 pm. Cost $18 per student."),
           m.table(["Student", "Homeroom", "Permission Slip", "Parent/Guardian Phone"], rows),
           m.table(["Chaperone Name", "Cell"], ch)]
    return dict(subject="Field trip list", att=[pdf_att("field_trip.pdf", doc)],
                body=[m.prose("Final list for Friday attached. Two slips still missing.")])
def pf_emergency(m, i):
    p, mo, fa = m.person(), m.person(), m.person()
    pairs = [("Student Name", p.full), (R.choice(["Birthdate", "D.O.B."]), m.dob()), ("Grade", grade()), ("Address", m.addr(city=True)),
             ("Mother/Guardian", mo.full), ("Cell", m.phone()), ("Father/Guardian", fa.full), ("Work Phone", m.phone(ext=True))]
    pairs.append(("Custody Notes", "Father may not pick up - court order on file") if i % 2 else ("Pickup Notes", "Grandmother picks up Tuesdays"))
    doc = [m.prose("Emergency Information Card 2026-27", "h"), m.form(pairs),
           m.prose("In an emergency, if parents cannot be reached, call 911 first.")]
    return dict(subject="Emergency card", att=[pdf_att("emergency_card.pdf", doc)],
                body=[m.prose("Scanned emergency card attached for the office file.")])
def pf_flyer(m, i):
    lines = ["Thursday, December 10, 2026 at 6:30 pm - doors open 6:00 pm",
             "Hartwell High School Auditorium, 250 Lincoln Avenue, Hartford, CT 06105",
             "Tickets $5 adults, students free. Rows A-F reserved. Program runs about 75 minutes.",
             "Parking in Lots B and C; overflow at the corner of Prospect Ave and Garfield St.",
             "Questions? Call the main office at 860-555-0100 or the box office line 555-0190.",
             f"Flowers by Petal and Stem, {m.addr(city=True, unit=False)} - order by 12/7: {m.phone()}"]
    prog = [["Concert Band", "Grade 9-12", "Sleigh Ride (arr. 2019)"], ["Chorus", "Grade 10-12", "Carol of the Bells"],
            ["Jazz Ensemble", "Grade 11-12", "Take the A Train"]]
    doc = [m.prose("Winter Concert", "h"), m.prose("\n".join(lines)), m.table(["Ensemble", "Grades", "Selection"], prog)]
    return dict(subject="Concert flyer for the newsletter", att=[pdf_att("winter_concert.pdf", doc)],
                body=[m.prose("Flyer attached for Friday's newsletter, version 3 (final).")])
def pf_letter(m, i):
    kid, par, s = m.person(), m.person(), R.choice(SCHOOLS)
    main = (f"{kid.full} is due for an IEP annual review on December 2, 2026 at 2:30 pm." if i % 2 == 0 else
            f"We have updated the home address for {kid.full} to {m.addr(city=False)} as you requested.")
    doc = [m.prose(s, "h"), letterhead(m, s), m.prose(f"November 16, 2026\n\nDear Mr. and Mrs. {par.last},"),
           m.prose(f"{main}\nOur records show the mailing address PO Box 3318, Wethersfield, CT 06129.\n"
                   f"Please call me at {m.phone()} if you have questions, or email the office.\n\nSincerely,"),
           staff_sig(m, "Special Education Coordinator" if i % 2 == 0 else "Registrar", s, district=False)[0]]
    return dict(subject="Letter for the mail merge", att=[pdf_att("letter.pdf", doc)],
                body=[m.prose("Signed letter attached; please mail today.")])
def pf_kroster(m, i):
    rows = [[m.person().full, m.dob(2020, 2021, R.choice(["mdY", "short"])), m.addr(city=False, unit=R.random() < 0.3, dot=True), m.phone()]
            for _ in range(rows_n(i + 7))]
    doc = [m.prose("Kindergarten Roster - Room 4", "h"), m.table(["Student Name", "DOB", "Home Address", "Parent Phone"], rows)]
    return dict(subject="K roster", att=[pdf_att("k_roster.pdf", doc)], body=[m.prose("Roster for the aide, as asked.")])
def pf_busroute(m, i):
    rows = [[str(k + 1), m.addr(city=R.random() < 0.4, unit=False), f"{7 + 7 * k // 60}:{7 * k % 60:02d} am"] for k in range(R.randint(6, 11))]
    doc = [m.prose(f"Route {R.randint(2, 40)} - Morning Stops", "h"),
           m.prose(f"Substitute driver this week. Dispatch 860-555-0175."), m.table(["Stop #", "Location", "Time"], rows)]
    return dict(subject="Route stops", frm=STAFF_FROM[4], att=[pdf_att("route_stops.pdf", doc)],
                body=[m.prose("Stops for the sub driver attached.")])

# ---------------------------------------------------------------- class: html-mail
def hm_team(m, i):
    rows = [[m.person().full, R.choice(GRADES[9:]), R.choice("GFCDM"), m.person().full, m.phone()] for _ in range(rows_n(i + 1))]
    body = [m.prose("Parents and players,"),
            m.prose("Here is the updated JV roster with emergency contacts for Saturday's away game. The bus leaves at 7:45 am."),
            m.table(["Player", "Grade", "Pos", "Parent/Guardian", "Emergency Phone"], rows, " | "),
            staff_sig(m, "Head Coach, JV Boys Basketball", "Hartwell High School", cell=True)[0]]
    return dict(subject="JV roster and contacts", body=body, mode="alt", frm=STAFF_FROM[3])
def hm_volunteers(m, i):
    rows = [[m.person().full, m.phone(), R.choice(["Setup", "Tickets", "Concessions", "Cleanup"]), R.choice(["5-6 pm", "6-7 pm", "7-8 pm"])]
            for _ in range([3, 5, 4, 7, 6][i % 5])]
    body = [m.prose("Thank you for signing up for Family Bingo Night! Shifts are below."),
            m.table(["Volunteer", "Phone", "Job", "Time"], rows), m.prose("PTA Hospitality Committee")]
    return dict(subject="Bingo night volunteers", body=body, mode="alt" if i % 2 else "html", frm="PTA <pta@parents.example.org>")
def hm_parent(m, i):
    t, kid, par = m.person(), m.person(), m.person()
    txt = [f"Hello Ms. {t.last},", f"We moved last weekend, and my {kid.w} {kid.first} now lives with us at "
           f"{m.addr(city=True)}. The bus stop will change, so please let transportation know. My new cell is {m.phone()}."]
    if i % 2:
        txt.append(f"Also, the custody order for {kid.full} changed and I will drop off a copy tomorrow.")
    body = [m.prose(x) for x in txt] + [m.prose(f"Thank you,\n{par.full}")]
    return dict(subject="Change of address", body=body, mode="alt", frm=R.choice(PARENT_FROM))
def hm_nurse(m, i):
    sents = [fill(m, TERM_SENT[k], m.person()) for k in R.sample([0, 1, 7, 3], [1, 2, 3][i % 3])]
    sents += [fill(m, R.choice(LOOK_SENT[3:5]), m.person()), "Flu clinic is Thursday 11/19 in Room 108, 8:00-11:30 am."]
    body = [m.prose("Hi team,")] + [m.prose(s) for s in sents] + [staff_sig(m, "School Nurse")[0]]
    return dict(subject="Health office updates", body=body, mode="alt", frm=STAFF_FROM[5])
def hm_newsletter(m, i):
    w = m.person()
    paras = [f"Congratulations to {w.full} for winning the district spelling bee on November 12!",
             f"Our Fun Run raised $4,215.50. Thank you to Sal's Pizza, {m.addr(city=True, unit=False)}, {m.phone()}, for the pizza.",
             "Boys soccer finished 11-3-2 and beat Windsor 2-1 in overtime. Girls cross country placed 3rd of 14.",
             "Send box tops or donations to: PTA, PO Box 4417, Hartford, CT 06146-4417.",
             "Picture retakes are 12/3 from 8:30-11:00 am in the gym. Online code: FALL-2026-7741.",
             "Please remember that medication cannot be sent in backpacks; a parent must bring it to the nurse.",
             "The Family Resource Center moved to 250 Lincoln Avenue, second floor, Room 214."]
    body = [m.prose("Riverbend News - November 2026", "h")] + [m.prose(p) for p in R.sample(paras, 5)]
    return dict(subject="November newsletter", body=body, mode="html" if i % 2 else "alt", frm=STAFF_FROM[1])
def hm_schedule(m, i):
    rows = [[f"12/{d}/2026", R.choice(["Windsor", "Bloomfield", "Newington", "Rocky Hill"]),
             "Home" if R.random() < 0.4 else f"Away - {m.addr(city=True, unit=False)}", R.choice(["4:00 pm", "6:30 pm", "10:00 am"])]
            for d in sorted(R.sample(range(1, 29), 5))]
    body = [m.prose("Here is the December schedule. Home games are in the main gym."),
            m.table(["Date", "Opponent", "Location", "Time"], rows, "\t"),
            staff_sig(m, "Athletic Director", cell=True)[0]]
    return dict(subject="December schedule", body=body, mode="alt", frm=STAFF_FROM[3])
def hm_phonetree(m, i):
    rows = [[m.person().full, R.choice(POSITIONS), m.phone(), R.choice(["Home", "Cell"])] for _ in range(rows_n(i + 2))]
    body = [m.prose("Emergency Phone Tree", "h"), m.table(["Employee", "Role", "Phone", "Type"], rows),
            m.prose("Call down the list in order. Report problems to the office at 860-555-0111.")]
    return dict(subject="Phone tree (HTML)", body=body, mode="html")
def hm_photo(m, i):
    rows = [[m.person().full, grade(), str(R.randint(101, 130)), m.dob(f=R.choice(["mdY", "long"]))] for _ in range(rows_n(i + 3))]
    body = [m.prose("Hi Jordan,"), m.prose("Here are the students for the yearbook retake session. The vendor needs birth dates to match records."),
            m.table(["Student Name", "Grade", "Homeroom", "Birth Date"], rows, " | "), m.prose("Thanks!")]
    return dict(subject="Retake list", body=body, mode="alt", to="Yearbook Vendor <orders@photos.example.com>")

# ---------------------------------------------------------------- class: everyday
def ev_vendor(m, i):
    lines = [f"Thank you for your order SO-{R.randint(400000, 499999)}. It ships in 3-5 business days.",
             "Ship to: Hartwell High School, Attn: Main Office, 250 Lincoln Avenue, Hartford, CT 06105",
             "Bill to: Accounts Payable, PO Box 2290, Hartford, CT 06146-2290",
             f"24 x item 44817-2 at $3.15; invoice 2026-11-{R.randint(10, 99):04d}, terms net 30.",
             f"Tracking: 1Z 4F7 902 03 {R.randint(1000, 9999)} {R.randint(1000, 9999)}"]
    sig = (f"--\nSummit School Supply\n{m.addr(city=True, unit=False)}\n"
           f"Toll free {m.phone('1-{a}-555-{x}', area='800')}  |  Local {m.phone(ext=R.random() < 0.5)}")
    return dict(subject="Order confirmation", frm="Summit School Supply <orders@summit-supply.example>",
                body=[m.prose("\n".join(lines)), m.prose(sig)])
def ev_meeting(m, i):
    txt = (f"The PLC meeting moves to Room {R.randint(101, 260)} at 3:15-4:30 pm on {later()}.\n\nJoin Zoom Meeting\n"
           f"https://district-example.zoom.us/j/8325519{R.randint(1000, 9999)}\nMeeting ID: 832 5519 {R.randint(1000, 9999)}\n"
           f"Passcode: {R.randint(100000, 999999)}\nDial by your location\n    {m.phone('+1 {a} 555 {x}', area='646')} US (New York)\n"
           f"    {m.phone('+1 {a} 555 {x}', area='312')} US (Chicago)")
    return dict(subject="PLC meeting moved", body=[m.prose(txt), staff_sig(m, "Instructional Coach")[0]])
def ev_calendar(m, i):
    items = ["11/20 - Early dismissal at 12:30 pm", "11/25-11/27 - Thanksgiving recess, no school",
             "12/03/2026 - Winter concert, 6:30 pm, Auditorium", "Staff birthday breakfast: Dec 4, 7:15 am in the library",
             "Report cards post 12/11 at 4:00 pm", "Boys basketball opener: won 58-51 vs Bloomfield",
             "Grade 8 trip deposit ($75) due 1/8/2027", "Parent conference sign-ups close 11/23 at noon"]
    return dict(subject="Upcoming dates", frm=STAFF_FROM[1],
                body=[m.prose("Upcoming dates:\n" + "\n".join(R.sample(items, 6))), staff_sig(m, "Principal's Secretary")[0]])
def ev_it(m, i):
    txt = (f"PowerSchool will be upgraded to version 24.11.{R.randint(1, 9)} on 11/21/2026 from 6:00 pm to 10:00 pm. "
           f"Ticket INC00{R.randint(40000, 49999)} tracks the work. Chromebook carts 3 and 7 need the 128.0.6613 update.\n\n"
           f"If you have trouble, call the help desk at 860-555-0123 ext. 4 or visit Room 12B. Printer IP is 10.42.{R.randint(1, 254)}.{R.randint(1, 254)}.")
    return dict(subject="Maintenance window", frm="IT Help Desk <helpdesk@district.example>", body=[m.prose(txt)])
def ev_sports(m, i):
    ad = m.person()
    txt = (f"Final: Hartwell 42, Windsor 38. JV won 3-1. The bus leaves from 48 School Lane at 2:45 pm on Thursday.\n\n"
           f"Next game is at Cedar Ridge Academy, {m.addr(city=True, unit=False)}. Their AD is {ad.full}, {m.phone()}.\n\n"
           f"Spectator entry is Gate 4; tickets $6.")
    return dict(subject="Game results and next game", frm=STAFF_FROM[3], body=[m.prose(txt), staff_sig(m, "Athletic Director")[0]])
def ev_pickup(m, i):
    t, kid, par = m.person(), m.person(), m.person()
    txt = (f"Hi Mr. {t.last},\n\nMy {kid.w} {kid.first} has a dentist appointment tomorrow at 1:45, "
           f"so I will pick up at the front office at 1:30. Thank you!\n\n{par.full}\n" +
           (R.choice(["Cell: ", "Phone "]) + m.phone("{a}555{x}") if i % 2 else R.choice(["", "Mobile "]) + m.phone()))
    return dict(subject="Early pickup tomorrow", frm=R.choice(PARENT_FROM), body=[m.prose(txt)])
def ev_sub(m, i):
    s, t = m.person(), m.person()
    txt = (f"Sub for tomorrow: Ms. {s.last} (Employee ID {lookalike_id(7)}) covering Room {R.choice([118, 207, 504, 212])}, periods 2-4, "
           f"for Mr. {t.last}. Lesson plans are in the blue folder. Absence confirmation {R.randint(3, 9)}{R.randint(100000000, 999999999)}.")
    return dict(subject="Sub coverage", body=[m.prose(txt), staff_sig(m, "Assistant Principal")[0]])
def ev_dental(m, i):
    dr = m.person()
    txt = (f"Visiting Smiles Mobile Dentistry will be on site 12/8-12/10 in the gym. Consent forms are due 12/1.\n\n"
           f"Contact:\nDr. {dr.full}\nVisiting Smiles\n{m.addr(city=False, unit=False)}, Suite {R.randint(2, 9)}00, Rocky Hill, CT 06067\nPhone {m.phone()} | Fax {m.phone()}")
    return dict(subject="Mobile dental clinic", body=[m.prose(txt)], frm="Visiting Smiles <info@visitingsmiles.example>")
def ev_move(m, i):
    p = m.person()
    first = (f"FYI, the {p.last} family's new address is {m.addr(city=True)}." if i % 2 else
             f"Please update the file: {p.full} moved to {m.addr(city=False)} over the weekend.")
    txt = first + f" The old address bounced mail to PO Box {R.randint(100, 9999)}. ZIP is 06111-{R.randint(1000, 9999)}. Call 555-0147 with questions."
    return dict(subject="Address update", frm=STAFF_FROM[1], body=[m.prose(txt), staff_sig(m, "Registrar")[0]])

def ev_library(m, i):
    txt = (f"Eastfield Public Library is running a library card drive for families through 12/18. Homework help runs "
           f"Mon-Thu 3:00-6:00 pm in the Teen Room (2nd floor).\n\nThis month's book club title is ISBN 978-0-06-{R.randint(100000, 999999)}-4; "
           f"copies are at the circulation desk.\n\nEastfield Public Library\n{m.addr(city=True, unit=False)}\n"
           f"{m.phone()}  |  Children's desk {m.phone(ext=True)}\nMailing: PO Box {R.randint(100, 999)}, Hartford, CT 06141")
    return dict(subject="Library card drive", body=[m.prose(txt)], frm="Eastfield Library <programs@eastfield-library.example>")
def ev_facilities(m, i):
    par = m.person()
    txt = (f"Work order WO-26-0{R.randint(1000, 9999)} is closed: the heater in Room {R.randint(101, 260)} was replaced "
           f"(part 1102-3341-07, serial 4417 2290 1186). Custodial can be reached at ext. 2231 after 3 pm. The gym floor "
           f"refinish runs 12/21-12/30; access is through Door 3 near the corner of Kenyon St and Tolland Ave.")
    if i % 2:
        txt += f"\n\nAlso, Mrs. {par.last} called and asked to move the IEP meeting to Thursday at 3:15 pm."
    return dict(subject="Facilities update", body=[m.prose(txt), staff_sig(m, "Facilities Manager")[0]])
def ev_delay(m, i):
    txt = (f"Due to icy roads, all schools will open on a 2-hour delay today. Buses run 2 hours later than usual; "
           f"morning pre-K is cancelled. The closing line is 860-555-0100, option 3. Text ALERTS to 55512 for updates. "
           f"Bus {R.randint(2, 40)} will not stop at the corner of Whitney Ave and Essex Rd; use the stop at the library.")
    return dict(subject="Two-hour delay", frm=STAFF_FROM[1], body=[m.prose(txt)])

# ---------------------------------------------------------------- class: notes
para = lambda m, sents: m.prose(" ".join(sents))
def nt_nurse(m, i):
    s = [fill(m, TERM_SENT[k], m.person()) for k in R.sample([0, 1, 7, 9], [1, 2, 3][i % 3])]
    s += [fill(m, LOOK_SENT[k], m.person()) for k in R.sample([3, 4, 2], 2)]
    R.shuffle(s)
    return dict(subject="Nurse notes", frm=STAFF_FROM[5], body=[para(m, s), staff_sig(m, "School Nurse")[0]])
def nt_counselor(m, i):
    s = [fill(m, TERM_SENT[k], m.person()) for k in R.sample([2, 3, 4, 5, 6, 8], [2, 1, 3, 4][i % 4])]
    s += [fill(m, R.choice(FIELD_SENT), m.person()), fill(m, R.choice(LOOK_SENT), m.person())]
    R.shuffle(s)
    return dict(subject="Follow-ups from today", frm=STAFF_FROM[2], body=[para(m, s), staff_sig(m, "School Counselor")[0]])
def nt_carpool(m, i):
    ln = [f"{m.person().full} - {m.addr(city=R.random() < 0.5)}" for _ in range(rows_n(i + 1))]
    return dict(subject="Carpool addresses", frm=STAFF_FROM[3], body=[
        m.prose("Here are the pickup addresses for the tournament carpool on Saturday:"), m.prose("\n".join(ln)),
        m.prose("Drivers, please be at the school by 6:45 am.\nCoach")])
def nt_parent(m, i):
    kid, par = m.person(), m.person()
    w = kid.w
    s = [f"I am writing about my {w} {kid.first}, born on {m.dob(2012, 2020, R.choice(['long', 'mdY', 'short']))}, who starts at your school in January.",
         f"The student ID from the old district was Student ID {m.sid()}, if that helps."]
    if i % 2:
        s.append(f"My {w} {kid.first} was diagnosed with celiac disease, so the cafeteria needs to know.")
    s.append(f"You can reach me at {m.phone()}.")
    return dict(subject="New student in January", frm=R.choice(PARENT_FROM), body=[para(m, s), m.prose(f"Best,\n{par.full}")])
def nt_lookalike(m, i):
    kid = m.person()
    s = ["Reminder: all medication must be brought in by a parent in the original bottle.",
         "A 4th grader was sent home with a fever at 10:40 am.", f"{kid.first} took the medication at 11:30 am without any problem.",
         f"{m.person().full} helped set up the book fair all week.", "The special education department meets in Room 204 on Wednesday.",
         f"The crossing guard at {m.addr(city=False, unit=False)} will be out Friday.", f"Birthday treats for November are on 11/24/2026."]
    return dict(subject="Quick notes", body=[para(m, R.sample(s, 5)), staff_sig(m, "School Nurse")[0]], frm=STAFF_FROM[5])
def nt_weekly(m, i):
    s = [fill(m, TERM_SENT[k % len(TERM_SENT[:9])], m.person()) for k in R.sample(range(9), [5, 6, 7][i % 3])]
    s.append("Flu clinic forms are due Friday.")
    return dict(subject="Weekly health summary", frm=STAFF_FROM[5], body=[m.prose("Weekly summary for the principal:"),
                m.prose("\n".join(s)), staff_sig(m, "School Nurse")[0]])
def nt_pipe(m, i):
    plans = ["IEP", "504 plan", "Check-in", "None", "IEP + counseling", "Attendance plan"]
    rows = [[m.person().full, R.choice(GRADES[6:9]), R.choice(plans), R.choice(["call home", "doing well", "missed 2 sessions"])]
            for _ in range(R.randint(4, 8))]
    return dict(subject="Check-in list", frm=STAFF_FROM[2], body=[m.prose("Here is where things stand with my check-in kids:"),
                m.table(["Student", "Gr", "Plan", "Notes"], rows, " | "), m.prose("Let me know if I missed anyone.")])
def nt_drivers(m, i):
    rows = [[m.person().full, m.phone(), str(R.randint(2, 6))] for _ in range([3, 5, 4, 6][i % 4])]
    return dict(subject="Drivers for Saturday", frm=STAFF_FROM[3], body=[m.prose("Parent drivers for Saturday:"),
                m.table(["Name", "Cell", "Seats"], rows, "\t"), m.prose("Thanks, Coach")])

# ---------------------------------------------------------------- assembly
CLASSES = {
    "docx-lists": [dx_classlist, dx_caseload, dx_phonetree, dx_volunteers, dx_emergency, dx_seating, dx_screening, dx_busroute],
    "sis-exports": [lambda m, i: sis_demo(m, i, "csv"), lambda m, i: sis_demo(m, i, "tsv"), lambda m, i: sis_demo(m, i, "xlsx"),
                    sis_lunch, sis_staff, sis_grades, sis_attendance, sis_discipline, sis_transport],
    "pdf-forms": [pf_registration, pf_medlog, pf_fieldtrip, pf_emergency, pf_flyer, pf_letter, pf_kroster, pf_busroute],
    "html-mail": [hm_team, hm_volunteers, hm_parent, hm_nurse, hm_newsletter, hm_schedule, hm_phonetree, hm_photo],
    "everyday": [ev_vendor, ev_meeting, ev_calendar, ev_it, ev_sports, ev_pickup, ev_sub, ev_dental, ev_move, ev_library,
                 ev_facilities, ev_delay],
    "notes": [nt_nurse, nt_counselor, nt_carpool, nt_parent, nt_lookalike, nt_weekly, nt_pipe, nt_drivers],
}
PER_CLASS = 24

def build(cls, i, n, spec):
    msg, mode = EmailMessage(), spec.get("mode", "plain")
    msg["From"], msg["To"] = spec.get("frm", STAFF_FROM[0]), spec.get("to", "Main Office <office@district.example>")
    msg["Subject"], msg["Date"] = spec["subject"], email.utils.format_datetime(WHEN + dt.timedelta(minutes=17 * n))
    msg["Message-ID"] = f"<rh-{cls}-{i:03d}@district.example>"
    if mode == "html":
        msg.set_content(html_body(spec["body"]), subtype="html")
    else:
        msg.set_content(text_body(spec["body"]))
        if mode == "alt":
            msg.add_alternative(html_body(spec["body"]), subtype="html")
    for a in spec.get("att", []):
        name, data, mt, st = a if len(a) == 4 else a + ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
        msg.add_attachment(data, subtype=st, filename=name, **({} if isinstance(data, str) else {"maintype": mt}))
    for k, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_rh_{cls}_{i:03d}_{k}")
    return msg

def main():
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else OUT
    manifest, n = [], 0
    for cls, variants in CLASSES.items():
        (out / cls).mkdir(parents=True, exist_ok=True)
        for old in (out / cls).glob("*.eml"):
            old.unlink()
        for i in range(PER_CLASS):
            m = Msg()
            # occurrence k of variant v gets j = 3v + k, so each variant sees both parities and every residue mod 3
            spec = variants[i % len(variants)](m, 3 * (i % len(variants)) + i // len(variants))
            name = f"{cls}/{i:03d}.eml"
            (out / name).write_bytes(build(cls, i, n, spec).as_bytes(policy=policy.SMTP))
            manifest.append({"file": name, "class": cls,
                             "expected": [{"kind": k, "value": v} for k, v in m.used] + m.verdict()})
            n += 1
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    if "--no-check" not in sys.argv:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        sys.dont_write_bytecode = True
        from check_records_holdout import check
        sys.exit(check(out))

if __name__ == "__main__":
    main()
