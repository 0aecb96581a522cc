#!/usr/bin/env python3
"""Deterministic generator for the education-records holdout set.

python make_set.py            -> writes into this script's folder
python make_set.py --out DIR  -> writes into DIR
Then runs the self-check in check_set.py. Every name, number, address and date is invented.
"""
import argparse
import csv
import io
import json
import os
import random
import re
import sys
import zipfile
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SEED = 20241007
R = random.Random(SEED)
FIXED_DT = datetime(2024, 10, 7, 9, 30, 0, tzinfo=timezone.utc)
ZIP_DT = (2024, 10, 7, 9, 30, 0)
TZ = timezone(timedelta(hours=-7))

DISTRICT = "Riverton Unified School District"
SCHOOLS = {
    "RHS": "Riverton High School",
    "NHS": "Northgate High School",
    "CRMS": "Cedar Ridge Middle School",
    "MFE": "Maple Falls Elementary",
    "WPE": "Willow Park Elementary",
}
FIRST = """Ava Liam Sofia Noah Mia Elijah Isabella Mateo Amelia Lucas Harper Levi Evelyn Ezra Camila Jayden
Aaliyah Marcus Nora Diego Zoe Caleb Layla Owen Priya Rohan Maya Andre Lucia Tobias Hana Kenji Fatima Omar Grace
Wyatt Chloe Isaiah Ruby Malik Stella Julian Naomi Xavier Ivy Gabriel Leah Santiago Aria Miles Jade Dominic Paige
Emmett Talia Reid Serena Kofi Dalia Beckett Anya Rafael Imani Callum Nadia Theo Bianca Silas Keira Jonah Esme""".split()
LAST = """Alvarez Bennett Castillo Dawson Ellison Fairbanks Gutierrez Holloway Ibarra Jennings Kowalski Lindqvist
Moreno Nakamura Okafor Pham Quintero Redfield Sandoval Thornbury Underwood Vasquez Whitaker Yamada Zielinski Abernathy
Brightwater Calloway Delgado Espinoza Fenwick Galloway Hargrove Iverson Jablonski Kessler Larkspur Montoya Novak Ostrander
Pennington Ramirez Sorensen Tran Valdez Winslow Ashby Blackwood Carrington Dunmore Everly Fitzgerald Greenleaf Halvorsen
Kingsley Lockhart Marchetti Nguyen Oyelaran Petrakis Rasmussen Sato Treadwell Vance Whitfield Youngblood""".split()
STREETS = """Alder Creek Rd|Birch Hollow Ln|Cascade View Dr|Dogwood Ct|Elm Terrace|Fircrest Ave|Glenwood St|Hawthorne Way
|Ironwood Pl|Juniper Loop|Kestrel Ridge Rd|Larch St|Madrona Ave|Northview Dr|Oak Bluff Ln|Pine Meadow Ct|Quail Run Rd
|Riverside Dr|Sycamore St|Tamarack Way|Upland Ave|Vine Maple Ct|Willow Bend Rd""".replace("\n", "").split("|")
CITIES = [("Riverton", "97381"), ("Maple Falls", "97383"), ("Riverton", "97382"), ("Cedar Ridge", "97386")]
AREA = ["503", "971", "360"]
PARENT_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net"]

USED_IDS = set()
USED_NAMES = set()


def pick(seq):
    seq = list(seq)
    return seq[R.randrange(len(seq))]


def norm_id(s):
    return re.sub(r"[\s-]", "", s).upper()


def mkid(style):
    """Return a student ID as it is displayed, unique across the set."""
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        if style == "n4":
            s = str(R.randint(1000, 9999))
        elif style == "n5":
            s = str(R.randint(10000, 99999))
        elif style == "n6":
            s = str(R.randint(100000, 999999))
        elif style == "n7":
            s = str(R.randint(1000000, 9999999))
        elif style == "n8":
            s = str(R.randint(10000000, 99999999))
        elif style == "s9":
            s = "S00%06d" % R.randint(100000, 999999)
        elif style == "emis":
            s = pick(L) + pick(L) + "%07d" % R.randint(1000000, 9999999)
        elif style == "st10":
            s = str(R.randint(1000000000, 9999999999))
        elif style == "sp10":
            v = str(R.randint(1000000000, 9999999999))
            s = "%s %s %s" % (v[:4], v[4:7], v[7:])
        elif style == "hs12":
            s = "HS%d" % R.randint(2000000000, 2999999999)
        elif style == "hy44":
            s = "%04d-%04d" % (R.randint(3100, 9899), R.randint(0, 9999))
        elif style == "t6":
            s = "T-%06d" % R.randint(0, 999999)
        elif style == "low8":
            s = "k%07d" % R.randint(1000000, 9999999)
        elif style == "g7":
            s = "G%06d" % R.randint(100000, 999999)
        elif style == "rv11":
            s = "RV-%08d" % R.randint(10000000, 99999999)
        else:
            raise ValueError(style)
        if norm_id(s) not in USED_IDS:
            USED_IDS.add(norm_id(s))
            return s


def phone(style=0):
    a, n = pick(AREA), "555-01%02d" % R.randint(0, 99)
    return ["(%s) %s" % (a, n), "%s-%s" % (a, n), "%s.%s" % (a, n.replace("-", ".")), n][style % 4]


def person():
    while True:
        f, l = pick(FIRST), pick(LAST)
        if (f, l) not in USED_NAMES:
            USED_NAMES.add((f, l))
            return f, l


def address():
    c, z = pick(CITIES)
    return "%d %s" % (R.randint(100, 9899), pick(STREETS)), c, z


def dob_for_grade(g):
    start = date(2018 - g, 9, 2)
    return start + timedelta(days=R.randint(0, 363))


def students(n, sid="n6", state=None, grades=(9, 12)):
    out = []
    for _ in range(n):
        f, l = person()
        g = R.randint(*grades)
        st, c, z = address()
        gf, _gl = person()
        out.append(dict(
            first=f, last=l, mi=pick("ABCDEFGHJKLMNRST"), grade=g, dob=dob_for_grade(g),
            sid=mkid(sid) if sid else None, state=mkid(state) if state else None,
            street=st, city=c, zip=z, gfirst=gf, glast=l if R.random() < 0.8 else pick(LAST),
            phone=phone(R.randint(0, 2)), phone2=phone(R.randint(0, 2)), gender=pick("MF"),
            email="%s.%s@students.district.example" % (f.lower(), l.lower()),
        ))
    return out


def staff():
    f, l = person()
    return f, l, "%s.%s@district.example" % (f.lower(), l.lower())


def parent_email(f, l):
    return "%s%s%d@%s" % (f.lower(), l.lower()[:6], R.randint(1, 99), pick(PARENT_DOMAINS))


def fmt(d, style):
    m, dd, y = d.month, d.day, d.year
    return {
        "mdY": "%02d/%02d/%d" % (m, dd, y),
        "mdY1": "%d/%d/%d" % (m, dd, y),
        "mdy": "%d/%d/%02d" % (m, dd, y % 100),
        "iso": d.isoformat(),
        "dMonY": "%02d-%s-%d" % (dd, d.strftime("%b"), y),
        "dMony": "%d-%s-%02d" % (dd, d.strftime("%b"), y % 100),
        "long": "%s %d, %d" % (d.strftime("%B"), dd, y),
        "mon": "%s %d, %d" % (d.strftime("%b"), dd, y),
        "compact": "%d%02d%02d" % (y, m, dd),
        "dlong": "%d %s %d" % (dd, d.strftime("%B"), y),
        "mdYdash": "%02d-%02d-%d" % (m, dd, y),
        "ymd": "%d/%02d/%02d" % (y, m, dd),
    }[style]


def school_day(start=date(2024, 9, 3), span=40):
    d = start + timedelta(days=R.randint(0, span))
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


# ----------------------------------------------------------------------------- containers

def normalize_zip(data):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-10-07T09:30:00Z", blob)
                blob = re.sub(rb"(<cp:lastPrinted[^>]*>)[^<]*", rb"\g<1>2024-10-07T09:30:00Z", blob)
            zi = zipfile.ZipInfo(info.filename, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def zip_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def csv_bytes(header, rows, delim=",", title=None, bom=False, quote_all=False):
    s = io.StringIO()
    for t in (title or []):
        s.write(t + "\r\n")
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return s.getvalue().encode("utf-8-sig" if bom else "utf-8")


def xlsx_bytes(sheets):
    """sheets: list of dicts(name, header, rows, title=[...], fmts={col_index: numfmt}, widths=[...])."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        r0 = 1
        for t in sh.get("title", []):
            ws.cell(row=r0, column=1, value=t).font = Font(bold=True, size=12)
            r0 += 1
        if sh.get("title"):
            r0 += sh.get("gap", 1)
        if sh.get("header"):
            for j, h in enumerate(sh["header"], 1):
                ws.cell(row=r0, column=j, value=h).font = Font(bold=True)
            r0 += 1
        for i, row in enumerate(sh["rows"]):
            for j, v in enumerate(row, 1):
                c = ws.cell(row=r0 + i, column=j, value=v)
                f = sh.get("fmts", {}).get(j - 1)
                if f and v is not None:
                    c.number_format = f
        for j, w in enumerate(sh.get("widths", []), 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    wb.properties.creator = sh.get("creator", "Riverton USD")
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    out = io.BytesIO()
    wb.save(out)
    return normalize_zip(out.getvalue())


def new_doc():
    d = Document()
    cp = d.core_properties
    cp.author = "Riverton USD"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def doc_table(d, header, rows, style="Table Grid"):
    t = d.add_table(rows=0, cols=len(header) if header else len(rows[0]))
    t.style = style
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            c.text = str(h)
            for r in c.paragraphs[0].runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = "" if v is None else str(v)
    return t


def doc_lv(d, pairs, ncols=2):
    """Label/value pairs laid out across the page as a borderless grid."""
    rows = []
    for i in range(0, len(pairs), ncols):
        row = []
        for lab, val in pairs[i:i + ncols]:
            row += [lab + ":", val]
        row += [""] * (2 * ncols - len(row))
        rows.append(row)
    t = d.add_table(rows=0, cols=2 * ncols)
    for row in rows:
        cells = t.add_row().cells
        for k, (c, v) in enumerate(zip(cells, row)):
            c.text = v
            if k % 2 == 0 and c.paragraphs[0].runs:
                c.paragraphs[0].runs[0].bold = True
    return t


def doc_bytes(d):
    out = io.BytesIO()
    d.save(out)
    return normalize_zip(out.getvalue())


class PDF(FPDF):
    footer_text = ""

    def footer(self):
        if self.footer_text:
            self.set_y(-12)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, "%s    Page %d" % (self.footer_text, self.page_no()), align="C")


def new_pdf(orient="P", footer=""):
    p = PDF(orientation=orient, unit="mm", format="Letter")
    p.set_creation_date(FIXED_DT)
    p.set_author("Riverton USD")
    p.footer_text = footer
    p.set_auto_page_break(True, 16)
    p.set_margins(12, 12, 12)
    p.add_page()
    p.set_font("Helvetica", size=9.5)
    return p


def pdf_title(p, lines, size=13):
    p.set_font("Helvetica", "B", size)
    for i, t in enumerate(lines):
        p.cell(0, 7 if i == 0 else 5.5, t, new_x="LMARGIN", new_y="NEXT", align="C")
        p.set_font("Helvetica", "", 10)
    p.ln(3)
    p.set_font("Helvetica", size=9.5)


def pdf_lv(p, pairs, ncols=2, lw=34):
    width = p.w - p.l_margin - p.r_margin
    vw = width / ncols - lw
    for i in range(0, len(pairs), ncols):
        for lab, val in pairs[i:i + ncols]:
            p.set_font("Helvetica", "B", 9.5)
            p.cell(lw, 6.5, lab + ":")
            p.set_font("Helvetica", "", 9.5)
            p.cell(vw, 6.5, " " + str(val))
        p.ln(6.5)
    p.ln(2)


def pdf_table(p, header, rows, widths, h=6, size=8.5):
    p.set_font("Helvetica", "B", size)
    p.set_fill_color(225, 225, 225)
    for t, w in zip(header, widths):
        p.cell(w, h, str(t), border=1, fill=True)
    p.ln(h)
    p.set_font("Helvetica", "", size)
    for row in rows:
        for t, w in zip(row, widths):
            p.cell(w, h, "" if t is None else str(t), border=1)
        p.ln(h)
    p.ln(2)


def pdf_para(p, text, size=9.5, bold=False):
    p.set_font("Helvetica", "B" if bold else "", size)
    p.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)


def pdf_bytes(p):
    return bytes(p.output())


def html_table(header, rows, border=True):
    st = ' style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:12px"' if border else ""
    td = ' style="border:1px solid #999;padding:2px 6px"' if border else ""
    out = ["<table%s>" % st, "<tr>" + "".join("<th%s>%s</th>" % (td, h) for h in header) + "</tr>"]
    for r in rows:
        out.append("<tr>" + "".join("<td%s>%s</td>" % (td, "" if v is None else v) for v in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_doc(*chunks):
    body = "\n".join(c if c.lstrip().startswith("<") else "<p>%s</p>" % c for c in chunks)
    return ('<html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % body)


def text_table(header, rows, style="pipe"):
    rows = [["" if v is None else str(v) for v in r] for r in rows]
    if style == "tab":
        return "\n".join("\t".join(map(str, r)) for r in [header] + rows)
    w = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    if style == "pipe":
        line = lambda r: "| " + " | ".join(str(v).ljust(n) for v, n in zip(r, w)) + " |"
        sep = "|" + "|".join("-" * (n + 2) for n in w) + "|"
        return "\n".join([line(header), sep] + [line(r) for r in rows])
    line = lambda r: "  ".join(str(v).ljust(n) for v, n in zip(r, w)).rstrip()
    return "\n".join([line(header), "  ".join("-" * n for n in w)] + [line(r) for r in rows])


# ----------------------------------------------------------------------------- messages

class Mail:
    def __init__(self, subject, frm, to, cc=None, container="text"):
        self.subject, self.frm, self.to, self.cc = subject, frm, to, cc
        self.text = None
        self.html = None
        self.atts = []
        self.exp = []
        self.container = container
        self.headers = []

    def sid(self, disp):
        self._add("student-id", norm_id(disp))

    def dob(self, d):
        self._add("date-of-birth", d.isoformat())

    def roster(self):
        self._add("student-roster", "1")

    def record(self):
        self._add("student-record", "1")

    def _add(self, k, v):
        if (k, v) not in self.exp:
            self.exp.append((k, v))

    def attach(self, name, data):
        low = name.lower()
        if low.endswith(".csv"):
            mt = ("text", "csv")
        elif low.endswith(".txt"):
            mt = ("text", "plain")
        elif low.endswith(".pdf"):
            mt = ("application", "pdf")
        elif low.endswith(".zip"):
            mt = ("application", "zip")
        elif low.endswith(".xlsx"):
            mt = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        elif low.endswith(".docx"):
            mt = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
        else:
            mt = ("application", "octet-stream")
        self.atts.append((name, mt, data))


def sig(name, title, school=None, ph=None):
    lines = ["", "--", name, title, school or DISTRICT]
    if ph:
        lines.append("Office: " + ph)
    return "\n".join(lines)


BUILDERS = []


def builder(cls):
    def deco(fn):
        BUILDERS.append((cls, fn))
        return fn
    return deco


def render(mail, idx, cls, n):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = mail.frm
    msg["To"] = mail.to
    if mail.cc:
        msg["Cc"] = mail.cc
    msg["Subject"] = mail.subject
    when = datetime(2024, 10, 7, 7, 12, tzinfo=TZ) + timedelta(minutes=idx * 97 + (idx * 37) % 41)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = "<%s.%03d.%06x@district.example>" % (cls.replace("_", "-"), n, (idx * 7919 + 104729) % 0xFFFFFF)
    for k, v in mail.headers:
        msg[k] = v
    if mail.text is not None and mail.html is not None:
        msg.set_content(mail.text.replace("\r\n", "\n"))
        msg.add_alternative(mail.html, subtype="html")
    elif mail.html is not None:
        msg.set_content(mail.html, subtype="html")
    else:
        msg.set_content((mail.text or "").replace("\r\n", "\n"))
    for name, (mt, st), data in mail.atts:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("==_rusd_%s_%03d_%d==" % (cls[:4], n, k))
            k += 1
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP).flatten(msg)
    return buf.getvalue()


# ============================================================================ sis_state_reporting
C = "sis_state_reporting"


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Campus ad hoc export - RHS new enrollees since 9/16", e, "registrar.rhs@district.example", container="csv")
    ss = students(12, "n6", "st10")
    rows = []
    for s in ss:
        rows.append([s["sid"], s["state"], s["last"], s["first"], s["mi"], "%02d" % s["grade"], fmt(s["dob"], "mdY"),
                     s["gender"], s["street"], s["city"], "OR", s["zip"], "%s %s" % (s["gfirst"], s["glast"]), s["phone"]])
        m.sid(s["sid"]); m.sid(s["state"]); m.dob(s["dob"])
    m.roster()
    m.text = ("Attached is the ad hoc filter 'NEW ENROLL SINCE 0916' from Campus, run this morning.\n"
              "Please verify addresses against the proof of residency in the packets before Friday.\n" + sig(f + " " + l, "Data Specialist", SCHOOLS["RHS"], phone()))
    m.attach("extract_NEW_ENROLL_SINCE_0916.csv", csv_bytes(
        ["Student Number", "State ID", "Last Name", "First Name", "Middle", "Grade", "Birthdate", "Gender",
         "Address", "City", "State", "Zip", "Guardian1_Name", "Guardian1_Phone"], rows, bom=True))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("CALPADS Fall 1 - SENR extract for review (zipped)", e, "sis.team@district.example", container="zip")
    ss = students(14, "n7", "st10", grades=(6, 8))
    rows = []
    for s in ss:
        start = date(2024, 8, 21) + timedelta(days=R.choice([0, 0, 0, 7, 14, 22]))
        rows.append(["SENR", "A", "", "1964733", "6018345", "2024-2025", s["state"], s["sid"], start.strftime("%m%d%Y"),
                     "", "", "10", "%02d" % s["grade"], "", "", s["first"].upper(), s["last"].upper(), fmt(s["dob"], "compact"), s["gender"]])
        m.sid(s["state"]); m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    data = csv_bytes(["RECORD_TYPE_CODE", "TRANSACTION_TYPE_CODE", "LOCAL_RECORD_ID", "REPORTING_LEA", "SCHOOL_OF_ATTENDANCE",
                      "ACADEMIC_YEAR_ID", "SSID", "LOCAL_STUDENT_ID", "STUDENT_SCHOOL_START_DATE", "STUDENT_SCHOOL_EXIT_DATE",
                      "STUDENT_EXIT_REASON_CODE", "ENROLLMENT_STATUS_CODE", "GRADE_LEVEL_CODE", "STUDENT_LEGAL_MIDDLE_NAME",
                      "STUDENT_LEGAL_SUFFIX", "STUDENT_LEGAL_FIRST_NAME", "STUDENT_LEGAL_LAST_NAME", "STUDENT_BIRTH_DATE",
                      "STUDENT_GENDER_CODE"], rows)
    m.attach("SENR_CRMS_20241007.zip", zip_bytes([("SENR_CRMS_20241007.csv", data)]))
    m.text = ("Here is the SENR file for Cedar Ridge before we post it. Same password-free zip as last year since it\n"
              "stays on the district share. Watch the 3 kids with start dates after census.\n\n" + sig(f + " " + l, "CALPADS Coordinator", None, phone()))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("SIMS Oct 1 draft - please verify SPED and low income flags", e, "principal.nhs@district.example", container="xlsx")
    ss = students(16, "s9", "st10")
    rows = []
    for s in ss:
        rows.append([s["state"], s["sid"], s["last"], s["first"], s["dob"], s["gender"], "%02d" % s["grade"],
                     pick(["01", "01", "01", "04"]), pick(["00", "00", "01", "02"]), pick(["00", "00", "00", "01"]), pick(["Y", "N", "N", "N"])])
        m.sid(s["state"]); m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    m.attach("SIMS_Oct1_NHS_DRAFT.xlsx", xlsx_bytes([dict(
        name="SIMS_Draft", title=["Aspen - SIMS October 1 Collection (DRAFT)", "School: Northgate High School   Run: 10/04/2024 2:41 PM"],
        header=["SASID", "LASID", "Last Name", "First Name", "DOB", "Gender", "Grade", "Enroll Status", "SPED Placement",
                "Low Income", "EL"], rows=rows, fmts={4: "mm/dd/yyyy"}, widths=[13, 12, 14, 12, 12, 8, 7, 13, 14, 10, 5])]))
    m.text = ("Please look over the attached draft before we submit. Flag anything where SPED placement or low income\n"
              "looks wrong. Reply by Wednesday.\n" + sig(f + " " + l, "SIMS Coordinator / Aspen Admin", None))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Synergy - enrollment history for withdrawn students (Q1)", e, "counseling.rhs@district.example", container="html")
    ss = students(7, "n7", None)
    rows = []
    for s in ss:
        ent = school_day(date(2024, 8, 27), 3)
        lv = school_day(date(2024, 9, 10), 20)
        rows.append([s["sid"], "%s, %s" % (s["last"], s["first"]), s["grade"], fmt(ent, "mdY"), fmt(lv, "mdY"),
                     pick(["W1 Transfer in-state", "W2 Transfer out-of-state", "W4 Private school", "W6 Homeschool"]), fmt(s["dob"], "mdY")])
        m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    m.html = html_doc("Hi all,", "Below is the Synergy <b>Student Enrollment History</b> query for students who left RHS this quarter. "
                      "Counselors, please confirm records requests were sent for the W1/W2 students.",
                      html_table(["Perm ID", "Student Name", "Grd", "Enter Date", "Leave Date", "Leave Code", "Birth Date"], rows),
                      "<p>Thanks,<br>%s %s<br>Registrar, Riverton High School</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("EMIS FS records flagged by Level 1 validation", e, "emis.coord@district.example", container="text")
    rows = []
    for _ in range(9):
        sid = mkid("emis")
        d = dob_for_grade(R.randint(3, 8))
        rows.append([sid, fmt(d, "mdY"), "%02d" % R.randint(3, 8), pick(["02", "**", "**", "08", "04"]),
                     "%.2f" % R.uniform(60, 178), "%.2f" % R.uniform(0, 14), pick(["FS.0071", "FS.0233", "FS.0419"])])
        m.sid(sid); m.dob(d)
    m.roster()
    m.text = ("These FS (student standing) records came back on the Level 1 report for CRMS. Most are the\n"
              "disability condition code not matching the GE record. Attendance days are FY25 to date.\n\n" +
              text_table(["SSID", "BIRTH_DATE", "GRADE", "DISAB_COND", "ATTEND_DAYS", "ABSENCE_DAYS", "ERROR"], rows, "pipe") +
              "\n\nPlease fix in the SIS and I will re-collect Thursday.\n" + sig(f + " " + l, "EMIS Coordinator"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("TSDS PEIMS Fall - fatal edit F10010-0001 (identity mismatch) list", e, "peims.team@district.example", container="pdf")
    ss = students(46, "n6", "st10", grades=(0, 5))
    p = new_pdf("L", footer="TSDS PEIMS Fall Submission - Fatal Edit Report - Riverton USD")
    pdf_title(p, ["Fatal Edit Report: F10010-0001 Student Identity", "Collection: PEIMS Fall 2024-2025   Campus: 101   Run date 10/02/2024"])
    rows = []
    for s in ss:
        rows.append([s["state"], s["sid"], s["last"].upper(), s["first"].upper(), fmt(s["dob"], "mdY"), "K" if s["grade"] == 0 else "%02d" % s["grade"],
                     s["gender"], pick(["DOB mismatch with UID", "Name mismatch with UID", "Sex mismatch with UID"])])
        m.sid(s["state"]); m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    pdf_table(p, ["TX Unique Student ID", "Local ID", "Last Name", "First Name", "Date of Birth", "Grade", "Sex", "Edit Message"],
              rows, [38, 22, 34, 30, 26, 14, 12, 80])
    m.attach("F10010_fatal_edits_campus101.pdf", pdf_bytes(p))
    m.text = ("Fatal edit list from the TSDS validation run is attached (2 pages). Campus registrars, please correct\n"
              "the identity fields in the SIS and let me know; the UID will re-match overnight.\n" + sig(f + " " + l, "PEIMS Coordinator"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("PIMS Student template + Snapshot - MFE October", e, "data.office@district.example", container="xlsx")
    ss = students(11, "n5", "st10", grades=(0, 5))
    r1, r2 = [], []
    for s in ss:
        r1.append([int(s["sid"]), s["state"], s["first"], s["last"], s["dob"], s["gender"], "K5F" if s["grade"] == 0 else "%03d" % s["grade"], "Y"])
        r2.append([s["state"], date(2024, 10, 1), pick(["N", "N", "Y"]), pick(["N", "Y", "N"]), pick(["01", "01", "02"])])
        m.sid(s["sid"]); m.sid(s["state"]); m.dob(s["dob"])
    m.roster()
    m.attach("PIMS_Student_MFE_Oct.xlsx", xlsx_bytes([
        dict(name="Student", header=["LocalStudentID", "PAsecureID", "FirstName", "LastName", "DateOfBirth", "Gender", "GradeLevel", "ResidentStatus"],
             rows=r1, fmts={4: "yyyy-mm-dd"}),
        dict(name="Snapshot", header=["PAsecureID", "SnapshotDate", "SpecialEdStatus", "EconDisadvantaged", "PovertyCode"],
             rows=r2, fmts={1: "mm/dd/yyyy"})]))
    m.text = "Attached for upload review. Two tabs: Student and Snapshot.\n" + sig(f + " " + l, "Data Clerk", SCHOOLS["MFE"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n6", None, grades=(3, 5))[0]
    m = Mail("Birthdate correction - %s %s" % (s["first"], s["last"]), e, "registrar.mfe@district.example", container="text")
    m.text = ("Hi,\n\nMrs. %s came in with the birth certificate for %s %s (Student #: %s, grade %d). The birthdate in\n"
              "Campus is off by ten days; the certificate shows %s. Could you update the demographics tab and\n"
              "re-run the state ID match? I scanned the certificate into the documents folder.\n\nThanks!\n"
              % (s["glast"], s["first"], s["last"], s["sid"], s["grade"], fmt(s["dob"], "long")) + sig(f + " " + l, "Office Manager", SCHOOLS["MFE"]))
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("NYSSIS near match - needs resolution", e, "ric.support@district.example", container="docx")
    ss = students(2, "n8", "st10", grades=(7, 7))
    d = new_doc()
    d.add_heading("NYSSIS Near Match Resolution Worksheet", 1)
    d.add_paragraph("Submitting district: Riverton UFSD     Batch: 2024-10-03-0412     Prepared by: %s %s" % (f, l))
    doc_table(d, ["Role", "NYSSIS ID", "Local ID", "Last Name", "First Name", "Date of Birth", "Gender", "Grade"],
              [["Submitted record", ss[0]["state"], ss[0]["sid"], ss[0]["last"], ss[0]["first"], fmt(ss[0]["dob"], "mdY"), ss[0]["gender"], "07"],
               ["Candidate match", ss[1]["state"], ss[1]["sid"], ss[1]["last"], ss[1]["first"], fmt(ss[1]["dob"], "mdY"), ss[1]["gender"], "07"]])
    d.add_paragraph("Decision:  [ ] Same student - merge     [ ] Different student - assign new ID")
    for s in ss:
        m.sid(s["state"]); m.sid(s["sid"]); m.dob(s["dob"])
    m.record()
    m.attach("NYSSIS_near_match_%s.docx" % ss[0]["sid"], doc_bytes(d))
    m.text = "Worksheet attached. I think these are different kids (different birthdates) but please confirm.\n" + sig(f + " " + l, "Data Coordinator")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Withdrawn / no-show list for state exit codes", e, "attendance.nhs@district.example", container="zip")
    ss = students(9, "hs12", None)
    rows = []
    for s in ss:
        rows.append([s["sid"], "%s, %s" % (s["last"], s["first"]), s["grade"], s["dob"], date(2024, 9, R.randint(3, 27)),
                     pick(["No show", "Moved out of district", "Enrolled elsewhere - records requested", "Dropout - over 18"]), R.randint(0, 14)])
        m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    x = xlsx_bytes([dict(name="Withdrawals", title=["Northgate HS - Withdrawals 2024-25 (through 10/04)"], header=
                         ["Student_ID", "Student", "Gr", "Birth_Date", "Withdraw_Date", "Reason", "Days_Absent_Before_WD"],
                         rows=rows, fmts={3: "d-mmm-yyyy", 4: "m/d/yyyy"})])
    m.attach("withdrawals_NHS.zip", zip_bytes([("withdrawals_NHS_20241004.xlsx", x)]))
    m.text = "Need exit codes on these before the snapshot. Zipped because the mail gateway strips xlsx from outside relays.\n" + sig(f + " " + l, "Registrar", SCHOOLS["NHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Aspen class list - Period 3 Chemistry (sub folder copy)", e, "sub.coordinator@district.example", container="html")
    ss = students(8, "s9", None, grades=(10, 11))
    rows = [[i + 1, s["last"], s["first"], s["sid"], s["grade"], pick(["", "", "Seat front (504)", ""])] for i, s in enumerate(ss)]
    for s in ss:
        m.sid(s["sid"])
    m.roster()
    m.html = html_doc("Here is the class list for the sub folder (CHEM-201-03, Room B114). Pull it from the folder when done.",
                      html_table(["#", "Last", "First", "LASID", "Grade", "Notes"], rows), "<p>%s %s<br>Science Dept.</p>" % (f, l))
    return m


# --- look-alikes
@builder(C)
def _():
    f, l, e = staff()
    m = Mail("October enrollment counts by grade and school", e, "cabinet@district.example", container="csv")
    rows = []
    for code, name in SCHOOLS.items():
        grades = range(9, 13) if code.endswith("HS") else range(6, 9) if code == "CRMS" else range(0, 6)
        for g in grades:
            rows.append([code, name, "K" if g == 0 else g, R.randint(88, 412), R.randint(3, 40), R.randint(8, 70), "2024-10-01"])
    m.attach("enrollment_by_grade_20241001.csv", csv_bytes(["School Code", "School", "Grade", "Enrolled", "EL Count", "SPED Count", "Count Date"], rows))
    m.text = "Official Oct 1 headcounts attached for the board packet.\n" + sig(f + " " + l, "Director of Research & Assessment")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("CALPADS Fall 1 certification status", e, "superintendent@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["CALPADS Fall 1 Certification Status", "LEA 1964733 - Riverton Unified   Status as of 10/03/2024"])
    rows = [[sc, pick(["Certified", "Approved", "Pending LEA review"]), R.randint(0, 9), R.randint(0, 30), R.randint(300, 1800)] for sc in SCHOOLS.values()]
    pdf_table(p, ["School", "Status", "Fatal Errors", "Warnings", "Records"], rows, [70, 40, 25, 25, 25])
    pdf_para(p, "Deadline for certification is 12/13/2024. Contact the CALPADS help line at (503) 555-0117 with questions.")
    m.attach("Fall1_cert_status.pdf", pdf_bytes(p))
    m.text = "Status summary attached.\n" + sig(f + " " + l, "CALPADS Coordinator")
    return m


@builder(C)
def _():
    m = Mail("[Ticket #INC0048213] Campus maintenance window Saturday", "servicedesk@district.example", "all-staff@district.example", container="text")
    m.text = ("Ticket: INC0048213\nChange: CHG0011894\nWindow: Saturday 10/12/2024 06:00 - 10:00\n\n"
              "The student information system will be unavailable while the vendor applies release 2442.\n"
              "Gradebook, attendance and the parent portal will be read-only from 05:45.\n\n"
              "Server: sis-app-02   Build: 2442.1   Rollback plan ref: RB-3318\n\nIT Service Desk  x4100  (503) 555-0100\n")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("2025-26 course catalog export for review", e, "curriculum@district.example", container="xlsx")
    courses = [("ENG101", "English 9", 1.0, "9"), ("ENG201", "English 10", 1.0, "10"), ("MTH310", "Algebra II", 1.0, "10-12"),
               ("MTH420", "AP Calculus AB", 1.0, "11-12"), ("SCI220", "Chemistry", 1.0, "10-12"), ("SCI450", "AP Biology", 1.0, "11-12"),
               ("SOC300", "US History", 1.0, "11"), ("ART115", "Ceramics I", 0.5, "9-12"), ("PE100", "Health & Fitness", 0.5, "9"),
               ("CTE330", "Welding Technology", 1.0, "10-12"), ("WL210", "Spanish II", 1.0, "9-12"), ("MUS140", "Concert Band", 1.0, "9-12")]
    r1 = [[c, t, cr, "Grade " + g, pick(["Core", "Elective", "CTE"]), pick(["", "Teacher rec.", "MTH310 C or better"])] for c, t, cr, g in courses]
    r2 = [[c, pick(["A-G (c)", "A-G (b)", "A-G (f)", "None"]), pick(["Y", "N"])] for c, _, _, _ in courses]
    m.attach("course_catalog_2025-26.xlsx", xlsx_bytes([
        dict(name="Courses", title=["Riverton USD High School Course Catalog 2025-26 (draft)"], header=["Course Code", "Title", "Credits", "Grade Levels", "Type", "Prerequisite"], rows=r1),
        dict(name="UC A-G", header=["Course Code", "A-G Area", "Honors Weighted"], rows=r2)]))
    m.text = "Department chairs: please review your courses by 10/25.\n" + sig(f + " " + l, "Assistant Superintendent, Curriculum")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("State reporting calendar 2024-25", e, "data-stewards@district.example", container="docx")
    d = new_doc()
    d.add_heading("State Reporting Calendar 2024-25", 1)
    doc_table(d, ["Collection", "Window Opens", "Due", "Owner", "Contact"],
              [["Fall 1 / SENR", "08/19/2024", "12/13/2024", "Data Office", "x4210"],
               ["CRDC", "01/06/2025", "03/14/2025", "Research", "x4213"],
               ["Fall 2 / SPED", "10/01/2024", "01/24/2025", "Special Ed Office", "x4330"],
               ["EOY 1-4", "05/01/2025", "07/31/2025", "Data Office", "x4210"],
               ["Staff Assignment", "10/01/2024", "11/15/2024", "Human Resources", "x4055"]])
    d.add_paragraph("Data stewards meet the second Tuesday of each month in Room 204, District Office, 410 Commerce Way, Riverton.")
    m.attach("State_Reporting_Calendar_2024-25.docx", doc_bytes(d))
    m.text = "Updated calendar attached.\n" + sig(f + " " + l, "Data Office Manager")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Staff assignment (SCTA) extract - certificated staff", e, "hr.data@district.example", container="zip")
    rows = []
    for _ in range(18):
        sf, sl = person()
        rows.append(["%07d" % R.randint(1000000, 9999999), "E%05d" % R.randint(10000, 99999), sl, sf, pick(list(SCHOOLS)),
                     pick(["1110", "1120", "2300", "2400"]), "%s-%02d" % (pick(["MTH", "ENG", "SCI", "SOC"]), R.randint(1, 9)),
                     date(R.randint(2001, 2023), R.randint(1, 12), R.randint(1, 28)).strftime("%m/%d/%Y"), pick(["1.0", "0.8", "0.5"])])
    data = csv_bytes(["SEID", "EMPLOYEE_ID", "LAST_NAME", "FIRST_NAME", "SCHOOL", "JOB_CLASS", "COURSE_SECTION", "HIRE_DATE", "FTE"], rows)
    m.attach("SCTA_extract.zip", zip_bytes([("SCTA_extract_20241004.csv", data)]))
    m.text = "Staff assignment extract for HR to verify credentials. Educator IDs (SEID) and employee numbers only.\n" + sig(f + " " + l, "Data Analyst")
    return m


@builder(C)
def _():
    m = Mail("Invoice INV-2024-18834 - SIS annual subscription", "ar@sisvendor.example.com", "accountspayable@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["INVOICE", "Campus Data Solutions LLC - 2200 Harbor Pkwy Ste 400, Bellevue WA 98004"])
    pdf_lv(p, [("Invoice #", "INV-2024-18834"), ("Invoice Date", "09/30/2024"), ("Customer Account", "CA-0071942"),
               ("PO Number", "PO 25-004417"), ("Bill To", DISTRICT), ("Due Date", "10/30/2024")])
    pdf_table(p, ["Item", "Description", "Qty", "Unit", "Amount"],
              [["SIS-ENT", "Student information system subscription (per student)", "8,412", "$7.25", "$60,987.00"],
               ["PORT-01", "Parent/student portal", "1", "$4,800.00", "$4,800.00"],
               ["SUP-PRM", "Premium support, 7/1/2024-6/30/2025", "1", "$9,500.00", "$9,500.00"]], [25, 95, 20, 25, 28])
    pdf_para(p, "Total due: $75,287.00. Remit to lockbox 5519. Questions: billing (425) 555-0163.")
    m.attach("INV-2024-18834.pdf", pdf_bytes(p))
    m.text = "Please find attached invoice INV-2024-18834 for account CA-0071942.\n\nCampus Data Solutions Accounts Receivable\n"
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Daily attendance rate by school - week of 9/30", e, "principals@district.example", container="html")
    rows = [[name] + ["%.1f%%" % R.uniform(89, 97.5) for _ in range(5)] + [R.randint(250, 1700)] for name in SCHOOLS.values()]
    m.html = html_doc("Principals,", "Here are the daily in-seat attendance rates from the dashboard. Target is 95%.",
                      html_table(["School", "Mon 9/30", "Tue 10/1", "Wed 10/2", "Thu 10/3", "Fri 10/4", "Enrollment"], rows),
                      "<p>%s %s<br>Director of Student Services</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Synergy accounts inactive 90+ days (staff)", e, "it.security@district.example", container="html")
    rows = []
    for _ in range(9):
        sf, sl = person()
        rows.append(["%s, %s" % (sl, sf), "%06d" % R.randint(200000, 299999), "%s%s" % (sf[0].lower(), sl.lower()),
                     pick(["Teacher", "Counselor", "Office Staff", "Substitute"]), date(2024, R.randint(3, 6), R.randint(1, 28)).strftime("%m/%d/%Y")])
    m.html = html_doc("These staff accounts have not logged in to Synergy for 90+ days. We will disable them on 10/21 unless a supervisor objects.",
                      html_table(["Staff Name", "Employee ID", "Username", "Role", "Last Login"], rows), "<p>%s %s<br>IT Security</p>" % (f, l))
    return m


# ============================================================================ counseling_grades
C = "counseling_grades"


def transcript_pdf(s, school, idlabel, dobstyle, gpa):
    p = new_pdf(footer="Official transcript - %s - not valid without registrar signature" % school)
    pdf_title(p, [school, "Official Academic Transcript", "1450 Alder Creek Rd, Riverton OR 97381   CEEB 381442   Phone (503) 555-0121"])
    pdf_lv(p, [("Student Name", "%s, %s %s" % (s["last"], s["first"], s["mi"])), (idlabel, s["sid"]),
               ("Date of Birth", fmt(s["dob"], dobstyle)), ("Gender", s["gender"]),
               ("Grade", str(s["grade"])), ("Counselor", "%s %s" % person()),
               ("Address", "%s, %s OR %s" % (s["street"], s["city"], s["zip"])), ("Expected Grad", "06/%d" % (2025 + 12 - s["grade"]))])
    rows = []
    marks = ["A", "A-", "B+", "B", "B-", "C+", "A", "B"]
    years = [("2022-2023", "09"), ("2023-2024", "10"), ("2024-2025", "11")][: s["grade"] - 8]
    for yr, g in years:
        for c in R.sample([("ENG", "English"), ("MTH", "Algebra II"), ("SCI", "Biology"), ("SOC", "World History"), ("WL", "Spanish"),
                           ("PE", "PE/Health"), ("ART", "Drawing"), ("CTE", "Intro to Engineering")], 6):
            rows.append([yr, g, "%s%03d" % (c[0], R.randint(100, 499)), c[1], pick(marks), pick(marks), "1.00"])
    pdf_table(p, ["Year", "Gr", "Course", "Title", "S1", "S2", "Credit"], rows, [25, 10, 22, 60, 15, 15, 20])
    pdf_lv(p, [("Cumulative GPA (unweighted)", "%.2f" % gpa), ("Credits Earned", "%.2f" % (len(rows) * 1.0)),
               ("Class Rank", "%d of %d" % (R.randint(10, 300), R.randint(320, 420))), ("Attendance (days absent)", str(R.randint(2, 19)))], lw=52)
    return pdf_bytes(p)


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n6", None, grades=(11, 12))[0]
    m = Mail("Transcript for %s %s - early action" % (s["first"], s["last"]), e, "%s.%s@students.district.example" % (s["first"].lower(), s["last"].lower()), container="pdf")
    m.attach("Transcript_%s_%s.pdf" % (s["last"], s["sid"]), transcript_pdf(s, SCHOOLS["RHS"], "Student ID", "mdY", R.uniform(3.1, 3.9)))
    m.text = ("Hi %s,\n\nAttached is an unofficial copy of your transcript so you can self-report courses on the\n"
              "application. The official one goes out through the transcript service on Friday.\n" % s["first"] + sig(f + " " + l, "School Counselor", SCHOOLS["RHS"]))
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n5", None, grades=(4, 5))[0]
    pe = parent_email(s["gfirst"], s["glast"])
    m = Mail("Progress report - %s" % s["first"], e, pe, container="pdf")
    p = new_pdf()
    pdf_title(p, [SCHOOLS["WPE"], "Standards-Based Progress Report - Trimester 1, 2024-25"])
    pdf_lv(p, [("Student", "%s %s" % (s["first"], s["last"])), ("Student No.", s["sid"]), ("Grade", str(s["grade"])),
               ("Teacher", "Ms. %s" % pick(LAST)), ("Days Absent", str(R.randint(0, 6))), ("Days Tardy", str(R.randint(0, 4)))], ncols=3, lw=24)
    rows = [[a, pick(["4", "3", "3", "2"]), pick(["Meets", "Approaching", "Exceeds"])] for a in
            ["Reading: Foundational Skills", "Reading: Literature", "Writing", "Math: Operations & Algebraic Thinking",
             "Math: Number & Operations - Fractions", "Science", "Social Studies", "Work Habits: Completes work on time"]]
    pdf_table(p, ["Standard", "Score (1-4)", "Descriptor"], rows, [100, 25, 45])
    pdf_para(p, "Comments: %s is a kind classmate and reads every day. Keep practicing multiplication facts at home." % s["first"])
    m.attach("ProgressReport_T1_%s.pdf" % s["last"], pdf_bytes(p))
    m.text = "Dear %s family,\n\nAttached is %s's Trimester 1 progress report.\n" % (s["glast"], s["first"]) + sig(f + " " + l, "Grade %d Teacher" % s["grade"], SCHOOLS["WPE"])
    m.sid(s["sid"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Gradebook export - ALG1 per 2 for grade check", e, "dept.math.rhs@district.example", container="csv")
    ss = students(24, "n6", None, grades=(9, 9))
    rows = []
    for s in ss:
        sc = [R.randint(5, 20), R.randint(10, 25), R.randint(30, 100), R.randint(40, 100)]
        pct = sum(sc) / 245 * 100
        rows.append(["%s, %s" % (s["last"], s["first"]), s["sid"]] + sc + ["%.1f" % pct, "A" if pct >= 90 else "B" if pct >= 80 else "C" if pct >= 70 else "D" if pct >= 60 else "F"])
        m.sid(s["sid"])
    m.roster()
    m.attach("GradeBook_ALG1-02.csv", csv_bytes(["Student Name", "Student Number", "HW 3.1 (20)", "Quiz 3 (25)", "Unit 2 Test (100)",
                                                  "Project (100)", "Term %", "Term Grade"], rows,
                                                 title=["Grade Book Export,ALG1 Section 02,Term Q1,Teacher: %s %s" % (f, l)]))
    m.text = "Export from Grade Book as requested for the department D/F review.\n" + sig(f + " " + l, "Math Teacher", SCHOOLS["RHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Q1 grade export - English 10 (all sections)", e, "counseling.nhs@district.example", container="xlsx")
    ss = students(21, "n7", None, grades=(10, 10))
    rows = []
    for s in ss:
        pct = round(R.uniform(52, 99), 1)
        rows.append([int(s["sid"]), s["last"], s["first"], 10, "ENG201-%02d" % R.randint(1, 5), pct,
                     "A" if pct >= 90 else "B" if pct >= 80 else "C" if pct >= 70 else "D" if pct >= 60 else "F", R.randint(0, 7)])
        m.sid(s["sid"])
    m.roster()
    m.attach("Eng10_Q1_grades.xlsx", xlsx_bytes([dict(name="Grades", title=["Synergy Grade Book - Mark Export", "Northgate HS | Q1 2024-25 | English 10"],
                                                    header=["Perm ID", "Last Name", "First Name", "Grade", "Section", "Score %", "Mark", "Missing Assignments"],
                                                    rows=rows, fmts={5: "0.0"})]))
    m.text = "Counselors, here are the Q1 marks for English 10 before progress reports lock.\n" + sig(f + " " + l, "English Dept. Chair", SCHOOLS["NHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, None, None, grades=(10, 10))[0]
    m = Mail("Check-in on %s %s" % (s["first"], s["last"]), e, "%s.%s@district.example" % (pick(FIRST).lower(), pick(LAST).lower()), container="text")
    m.text = ("Hi,\n\nI met with %s %s (10th) today. %s is failing Chemistry (38%%) and Geometry (51%%) and has missed\n"
              "eleven days since Labor Day, mostly Mondays. %s shared that things are hard at home since the move and is\n"
              "working evenings. We set up a plan: tutoring Tuesday/Thursday in the library and a check-in with me\n"
              "every Friday. Please let me know if you see anything in class. I will loop in the attendance team.\n\nThanks,\n"
              % (s["first"], s["last"], s["first"], s["first"]) + sig(f + " " + l, "School Counselor (A-Di)", SCHOOLS["RHS"]))
    m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "low8", None, grades=(12, 12))[0]
    m = Mail("Rec letter info for %s" % s["first"], "%s.%s@district.example" % (pick(FIRST).lower(), pick(LAST).lower()), e, container="text")
    gpa = R.uniform(3.6, 3.98)
    m.text = ("Hi %s,\n\nFor the counselor letter for %s %s (stu id: %s): cumulative GPA %.2f weighted %.2f, rank 14 of 381,\n"
              "AP scores 5 in APUSH and 4 in AP Lang, and a B+ in AP Calc this semester. Senior schedule is\n"
              "AP Bio, AP Gov, Calc BC, English 12 Honors and Spanish IV.\n\nThanks!\n"
              % (f, s["first"], s["last"], s["sid"], gpa, gpa + 0.41) + sig("Teacher", "Social Studies", SCHOOLS["NHS"]))
    m.sid(s["sid"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("MAP Growth fall results - CRMS (zip)", e, "principal.crms@district.example", container="zip")
    ss = students(30, "n6", None, grades=(6, 8))
    rows = []
    for s in ss:
        for subj in ("Mathematics", "Language Arts: Reading"):
            rows.append(["Fall 2024-2025", "Cedar Ridge Middle School", s["sid"], s["last"], s["first"], fmt(s["dob"], "mdY1"), s["gender"], s["grade"],
                         subj, date(2024, 9, R.randint(10, 20)).strftime("%m/%d/%Y"), R.randint(195, 248), R.randint(2, 3), R.randint(5, 97)])
        m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    data = csv_bytes(["TermName", "SchoolName", "StudentID", "StudentLastName", "StudentFirstName", "StudentDateOfBirth", "StudentGender",
                      "Grade", "Subject", "TestStartDate", "TestRITScore", "TestStandardError", "TestPercentile"], rows)
    m.attach("ComboStudentAssessment.zip", zip_bytes([("ComboStudentAssessment.csv", data)]))
    m.text = "Combined data file from the MAP admin site, zipped. PLC leads can sort by percentile for intervention groups.\n" + sig(f + " " + l, "Assessment Coordinator")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("i-Ready Diagnostic 1 - grade 3 placements", e, "gr3.team.mfe@district.example", container="xlsx")
    ss = students(18, "n5", None, grades=(3, 3))
    sh = []
    for subj in ("Reading", "Math"):
        rows = []
        for s in ss:
            rows.append([s["last"], s["first"], s["sid"], 3, R.randint(380, 560), pick(["Early On Grade 3", "Mid or Above Grade 3", "Grade 2", "Grade 1"]),
                         date(2024, 9, R.randint(9, 27))])
        sh.append(dict(name=subj, header=["Last Name", "First Name", "Student ID", "Student Grade", "Overall Scale Score",
                                          "Overall Relative Placement", "Completion Date"], rows=rows, fmts={6: "mm/dd/yyyy"}))
    for s in ss:
        m.sid(s["sid"])
    m.roster()
    m.attach("iReady_Diag1_Gr3_MFE.xlsx", xlsx_bytes(sh))
    m.text = "Diagnostic 1 results for both subjects (two tabs). We'll use these for WIN time groups.\n" + sig(f + " " + l, "Instructional Coach", SCHOOLS["MFE"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Spring state assessment results - students new to NHS", e, "counselors.nhs@district.example", container="html")
    ss = students(9, None, "st10", grades=(10, 11))
    rows = []
    for s in ss:
        sc = R.randint(2380, 2790)
        rows.append([s["state"], "%s %s" % (s["first"], s["last"]), s["grade"] - 1, pick(["ELA", "Math"]), sc,
                     "Level %d" % (1 if sc < 2480 else 2 if sc < 2580 else 3 if sc < 2680 else 4)])
        m.sid(s["state"])
    m.roster()
    m.html = html_doc("These incoming students' prior-year state test results came over from their previous districts:",
                      html_table(["SSID", "Student", "Tested Grade", "Subject", "Scale Score", "Achievement Level"], rows),
                      "<p>%s %s, Assessment Office</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "g7", None, grades=(12, 12))[0]
    m = Mail("Graduation credit check - %s, %s" % (s["last"], s["first"]), e, "%s.%s@students.district.example" % (s["first"].lower(), s["last"].lower()), container="docx")
    d = new_doc()
    d.add_heading("Graduation Credit Check", 1)
    doc_lv(d, [("Student", "%s, %s" % (s["last"], s["first"])), ("ID #", s["sid"]), ("Grade", "12"), ("Cohort", "2025"),
               ("Counselor", "%s %s" % (f, l)), ("Date", "10/02/2024")])
    d.add_paragraph("")
    req = [("English", 4.0), ("Mathematics", 3.0), ("Science", 3.0), ("Social Studies", 3.0), ("Health/PE", 1.5), ("Arts/CTE/World Lang", 3.0), ("Electives", 6.5)]
    rows = []
    for a, need in req:
        got = min(need, round(R.choice([need - 1, need - 0.5, need, need]), 1))
        rows.append([a, "%.1f" % need, "%.1f" % got, "%.1f" % max(0, need - got), pick(["", "Credit recovery Q2", "Enrolled S1"])])
    doc_table(d, ["Area", "Required", "Earned", "Remaining", "Plan"], rows)
    d.add_paragraph("Cumulative GPA: %.2f    Total credits earned: 20.5 of 24.0" % R.uniform(2.1, 3.0))
    m.attach("CreditCheck_%s.docx" % s["sid"], doc_bytes(d))
    m.text = "Hi %s, here's your credit check from our meeting. You're on track if you pass Q2 credit recovery.\n" % s["first"] + sig(f + " " + l, "School Counselor")
    m.sid(s["sid"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("D/F list at midterm - 9th grade team", e, "ninth.grade.team@district.example", container="text")
    ss = students(8, "n4", None, grades=(9, 9))
    rows = []
    for s in ss:
        rows.append([s["sid"], "%s, %s" % (s["last"], s["first"]), pick(["BIO 110", "ENG 101", "ALG 100", "WHI 100"]), "%02d" % R.randint(1, 6),
                     pick(["Hwang", "Okoro", "Pruitt", "Delacroix"]), "%d%%" % R.randint(31, 68)])
        m.sid(s["sid"])
    m.roster()
    m.text = ("Team, here is the midterm D/F list pulled from the gradebook. Bring it to Thursday's meeting.\n\n" +
              text_table(["Stu #", "Name", "Course", "Sec", "Teacher", "Grade"], rows, "pipe") +
              "\n\nRoom 212 at 7:30.\n" + sig(f + " " + l, "9th Grade Academy Lead", SCHOOLS["NHS"]))
    return m


# --- look-alikes
@builder(C)
def _():
    f, l, e = staff()
    m = Mail("2025-26 Course Planning Guide (PDF) for forecasting", e, "counselors@district.example", container="pdf")
    p = new_pdf(footer="Riverton High School Course Planning Guide 2025-26")
    pdf_title(p, ["Riverton High School", "Course Planning Guide 2025-26"])
    rows = []
    for dept, codes in [("English", "ENG"), ("Mathematics", "MTH"), ("Science", "SCI"), ("Social Studies", "SOC"), ("World Languages", "WL"),
                        ("Visual & Performing Arts", "ART"), ("Career & Technical Ed", "CTE")]:
        for k in range(6):
            rows.append(["%s%03d" % (codes, R.randint(100, 499)), "%s %s" % (dept.split()[0], pick(["I", "II", "Honors", "Seminar", "Lab", "AP"])),
                         pick(["0.5", "1.0"]), pick(["9-12", "10-12", "11-12", "9"]), pick(["None", "Teacher rec.", "C or better in prior course"])])
    pdf_table(p, ["Course #", "Course Title", "Credit", "Grades", "Prerequisite"], rows, [25, 55, 18, 20, 70])
    m.attach("RHS_Course_Planning_Guide_2025-26.pdf", pdf_bytes(p))
    m.text = "Final version of the planning guide attached for forecasting nights.\n" + sig(f + " " + l, "Counseling Dept. Chair")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Q1 grade distribution by teacher/section", e, "admin.team.rhs@district.example", container="xlsx")
    rows = []
    for _ in range(16):
        tf, tl = person()
        n = [R.randint(0, 12) for _ in range(5)]
        rows.append(["%s, %s" % (tl, tf), "E%05d" % R.randint(10000, 99999), "%s%03d-%02d" % (pick(["ENG", "MTH", "SCI", "SOC"]), R.randint(100, 499), R.randint(1, 7))] + n + [sum(n), round((n[3] + n[4]) / max(1, sum(n)) * 100, 1)])
    m.attach("Q1_grade_distribution.xlsx", xlsx_bytes([dict(name="Distribution", title=["RHS Q1 Grade Distribution (counts of marks, no student data)"],
                                                           header=["Teacher", "Employee #", "Section", "A", "B", "C", "D", "F", "Total", "% D/F"], rows=rows)]))
    m.text = "Aggregate mark counts per section for the admin retreat.\n" + sig(f + " " + l, "Assistant Principal", SCHOOLS["RHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("AP exam schedule May 2025 - rooms", e, "ap.teachers@district.example", container="html")
    rows = []
    d0 = date(2025, 5, 5)
    for i, ex in enumerate(["Biology", "Latin", "European History", "Microeconomics", "Chemistry", "US Government", "English Literature",
                            "Calculus AB", "Calculus BC", "US History", "Spanish Language", "Statistics"]):
        rows.append([(d0 + timedelta(days=i // 2 + (2 if i >= 10 else 0))).strftime("%a %m/%d"), pick(["8 AM", "12 PM"]), "AP " + ex,
                     "%02d" % R.randint(10, 99), pick(["Library", "B114", "Gym Annex", "C210"]), R.randint(4, 61)])
    m.html = html_doc("AP teachers, tentative rooms below. Counts are registered exams, not names.",
                      html_table(["Date", "Time", "Exam", "Exam Code", "Room", "# Registered"], rows), "<p>%s %s, AP Coordinator</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Counselor assignments by alpha - 2024-25", e, "families-nhs@district.example", container="text")
    rows = []
    for rng in ["A - Di", "Do - Hi", "Ho - Ma", "Mb - Ri", "Ro - Z"]:
        cf, cl = person()
        rows.append([rng, "%s %s" % (cf, cl), "%s.%s@district.example" % (cf.lower(), cl.lower()), "(503) 555-01%02d" % R.randint(0, 99), "C1%02d" % R.randint(0, 20)])
    m.text = ("Families, students are assigned to a counselor by last name:\n\n" + text_table(["Last Names", "Counselor", "Email", "Phone", "Office"], rows, "space") +
              "\n\nThe counseling center is open 7:30-3:30.\n" + sig(f + " " + l, "Counseling Secretary", SCHOOLS["NHS"]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("College & Career Fair flyer - Oct 24", e, "all-staff@district.example", container="docx")
    d = new_doc()
    d.add_heading("Riverton College & Career Fair", 0)
    d.add_paragraph("Thursday, October 24, 2024  |  6:00 - 8:00 PM")
    d.add_paragraph("Northgate High School Gym, 2710 Northview Dr, Riverton OR 97382")
    d.add_paragraph("More than 60 colleges, trade programs, apprenticeships and military branches. Free parking in Lot C.")
    doc_table(d, ["Session", "Time", "Room"], [["FAFSA 101", "6:15", "Library"], ["NCAA Eligibility", "6:45", "C210"], ["Apprenticeships", "7:15", "Shop"]])
    d.add_paragraph("Questions: College & Career Center, (503) 555-0148, ccc@district.example")
    m.attach("College_Career_Fair_2024.docx", doc_bytes(d))
    m.text = "Please post in your classrooms.\n" + sig(f + " " + l, "College & Career Specialist")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Master schedule draft v3 (sections)", e, "dept.chairs.rhs@district.example", container="csv")
    rows = []
    for _ in range(30):
        tf, tl = person()
        rows.append(["%s%03d-%02d" % (pick(["ENG", "MTH", "SCI", "SOC", "WL", "ART"]), R.randint(100, 499), R.randint(1, 8)), R.randint(1, 7),
                     pick(["A", "B", "C", "D"]) + str(R.randint(100, 230)), "%s, %s" % (tl, tf), "%06d" % R.randint(200000, 299999), R.randint(24, 36), pick(["S1", "S2", "YR"])])
    m.attach("master_schedule_v3.csv", csv_bytes(["Section", "Period", "Room", "Teacher", "Teacher ID", "Max Seats", "Term"], rows))
    m.text = "v3 attached with the room swaps. Teacher IDs are employee numbers.\n" + sig(f + " " + l, "Assistant Principal - Scheduling", SCHOOLS["RHS"])
    return m


@builder(C)
def _():
    m = Mail("Order confirmation 88213047 - PSAT/NMSQT materials", "orders@testingservice.example.com", "ap.coordinator@district.example", container="zip")
    rows = [["PSAT/NMSQT Test Books", "PS-TB-24", 420, "10/16/2024"], ["Answer Sheets", "PS-AS-24", 440, "10/16/2024"],
            ["Supervisor Manual", "PS-SM-24", 12, "10/16/2024"], ["Room Kits", "PS-RK-24", 14, "10/16/2024"]]
    x = xlsx_bytes([dict(name="Order", title=["Order 88213047 - Ship to: Riverton High School, 1450 Alder Creek Rd, Riverton OR 97381"],
                         header=["Item", "SKU", "Qty", "Test Date"], rows=rows)])
    m.attach("order_88213047.zip", zip_bytes([("order_88213047.xlsx", x)]))
    m.text = "Thank you for your order. Order number 88213047, account 4417-RUSD. Tracking will follow.\n"
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Scholarship bulletin - October", e, "seniors@students.district.example", container="text")
    m.text = ("SCHOLARSHIP BULLETIN - OCTOBER 2024\n\n" + text_table(["Scholarship", "Amount", "Deadline", "Eligibility"], [
        ["Riverton Rotary Service Award", "$2,500", "11/01/2024", "Seniors, 2.5 GPA minimum"],
        ["Cascade Credit Union Future Leaders", "$1,000", "11/15/2024", "Seniors, essay"],
        ["Oregon Trades Foundation", "$3,000", "12/06/2024", "CTE completers"],
        ["Maple Falls Garden Club", "$500", "01/10/2025", "Plans to study horticulture"]], "space") +
        "\n\nApplications are in the College & Career Center, Room C104.\n" + sig(f + " " + l, "College & Career Specialist"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Conference night room & time grid", e, "staff.crms@district.example", container="html")
    rows = []
    for t in ["4:00", "4:20", "4:40", "5:00", "5:20", "5:40", "6:00", "6:20"]:
        rows.append([t] + [pick(["open", "booked", "booked", "break"]) for _ in range(4)])
    m.html = html_doc("Here is the slot grid for conferences on Thursday 11/14. Rooms: Team 6A = 101, 6B = 105, 7A = 201, 7B = 205.",
                      html_table(["Time", "Team 6A (Rm 101)", "Team 6B (Rm 105)", "Team 7A (Rm 201)", "Team 7B (Rm 205)"], rows),
                      "Families sign up through the portal; the front office line is (503) 555-0133.",
                      "<p>%s %s<br>Assistant Principal</p>" % (f, l))
    return m


# ============================================================================ health_office
C = "health_office"


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Health room log wk of 9/23 + inhaler question", e, "principal.crms@district.example", container="xlsx")
    ss = students(15, "n6", None, grades=(6, 8))
    rows = []
    for s in ss:
        dv = school_day(date(2024, 9, 23), 4)
        rows.append([dv, "%d:%02d" % (R.randint(8, 14), R.randint(0, 59)), int(s["sid"]), "%s %s" % (s["first"], s["last"]), s["grade"],
                     pick(["Headache", "Stomachache", "Injury - playground", "Asthma sx", "Nosebleed", "Fever 100.8", "Anxiety"]),
                     pick(["Rest 15 min", "Ice pack", "Inhaler (own)", "Called parent", "Ibuprofen per order"]),
                     pick(["Returned to class", "Returned to class", "Sent home", "Picked up by parent"])])
        m.sid(s["sid"])
    m.roster()
    x = ss[3]
    m.text = ("Attached is last week's health room log.\n\nSeparately: %s %s's inhaler expired 9/30 and the pharmacy label\n"
              "lists a new dose (2 puffs albuterol q4h PRN). I left a message for mom but please don't let %s go on the\n"
              "field trip Thursday without a current inhaler.\n" % (x["first"], x["last"], x["first"]) + sig(f + " " + l, "RN, School Nurse", SCHOOLS["CRMS"], phone()))
    m.record()
    m.attach("HealthRoomLog_0923-0927.xlsx", xlsx_bytes([dict(name="Visits", header=["Visit Date", "Time In", "Student ID", "Student Name", "Gr",
                                                                                     "Complaint", "Intervention", "Disposition"], rows=rows, fmts={0: "m/d/yyyy"})]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Immunization exclusion warning list - 7th grade Tdap", e, "attendance.crms@district.example", container="csv")
    ss = students(13, "n7", None, grades=(7, 7))
    rows = []
    for s in ss:
        rows.append([s["sid"], s["last"], s["first"], fmt(s["dob"], "mdY1"), 7, pick(["", "05/14/2013", ""]),
                     "%s" % fmt(date(2018, R.randint(1, 12), R.randint(1, 28)), "mdY1"), pick(["Missing Tdap", "Missing MenACWY", "Missing Tdap; Missing Varicella #2"]),
                     "Exclusion 02/19/2025"])
        m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    m.attach("imm_noncompliant_gr7.csv", csv_bytes(["Student_ID", "LastName", "FirstName", "DOB", "Grade", "Tdap_Date", "MMR2_Date", "Status", "Action"], rows))
    m.text = "Letters go home Monday. Please do not code these absences until the exclusion date.\n" + sig(f + " " + l, "School Nurse", SCHOOLS["CRMS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Medication administration record - September", e, "health.services@district.example", container="pdf")
    ss = students(12, "n5", None, grades=(0, 5))
    meds = ["Methylphenidate ER 18 mg", "Albuterol HFA 2 puffs PRN", "Cetirizine 5 mg", "Insulin per sliding scale", "Guanfacine 1 mg",
            "Lamotrigine 25 mg", "Ondansetron 4 mg PRN"]
    med = {s["sid"]: pick(meds) for s in ss}
    p = new_pdf("L", footer="MAR - Willow Park Elementary - September 2024 - Confidential health information")
    pdf_title(p, ["Medication Administration Record (MAR)", "Willow Park Elementary  |  September 2024"])
    rows = []
    for dday in range(3, 28):
        d = date(2024, 9, dday)
        if d.weekday() >= 5:
            continue
        for s in R.sample(ss, 3):
            rows.append([fmt(d, "mdY"), s["sid"], "%s, %s" % (s["last"], s["first"]), "K" if s["grade"] == 0 else s["grade"], med[s["sid"]],
                         "%d:%02d" % (R.randint(9, 13), R.choice([0, 15, 30, 45])), pick(["Given", "Given", "Given", "Refused", "Absent"]), pick(["JR", "MT", "KL"])])
    pdf_table(p, ["Date", "Stu ID", "Student", "Gr", "Medication / Dose", "Time", "Status", "Initials"], rows, [22, 18, 45, 10, 70, 16, 20, 18])
    for s in ss:
        if any(r[1] == s["sid"] for r in rows):
            m.sid(s["sid"])
    m.roster()
    m.attach("MAR_WPE_2024-09.pdf", pdf_bytes(p))
    m.text = "September MAR for the audit binder (2 pages).\n" + sig(f + " " + l, "Health Aide", SCHOOLS["WPE"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Life-threatening allergy list for cafeteria staff", e, "nutrition.rhs@district.example", container="html")
    ss = students(9, None, None)
    rows = [["%s %s" % (s["first"], s["last"]), s["grade"], pick(["Peanut", "Tree nut", "Shellfish", "Sesame", "Milk", "Egg"]),
             pick(["Anaphylaxis", "Hives/swelling"]), pick(["Carries own EpiPen", "EpiPen in health room", "Carries own EpiPen; backup in office"])] for s in ss]
    m.roster()
    m.html = html_doc("Kitchen team, please keep this list at the register (inside cover of the binder, not posted).",
                      html_table(["Student", "Grade", "Allergen", "Reaction", "Epinephrine"], rows),
                      "Call the health room at x2207 immediately for any reaction.", "<p>%s %s, RN</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "t6", None, grades=(2, 4))[0]
    m = Mail("IHP - %s %s (T1D) for teacher and sub folder" % (s["first"], s["last"]), e, "grade%d.team.wpe@district.example" % s["grade"], container="docx")
    d = new_doc()
    d.add_heading("Individualized Health Plan (IHP)", 1)
    doc_lv(d, [("Student", "%s %s" % (s["first"], s["last"])), ("Student ID", s["sid"]), ("Date of Birth", fmt(s["dob"], "mdY")),
               ("Grade / Teacher", "%d / Mr. %s" % (s["grade"], pick(LAST))), ("Parent/Guardian", "%s %s" % (s["gfirst"], s["glast"])),
               ("Parent Phone", s["phone"]), ("Physician", "Dr. %s, Riverton Pediatrics" % pick(LAST)), ("Plan Dates", "09/03/2024 - 06/13/2025")])
    d.add_heading("Health Condition", 2)
    d.add_paragraph("Type 1 diabetes, diagnosed 2021. Uses an insulin pump and continuous glucose monitor (CGM).")
    d.add_heading("Interventions", 2)
    doc_table(d, ["If", "Then"], [["BG below 70 mg/dL or symptoms of low", "15 g fast-acting carbs, recheck in 15 min, notify nurse"],
                                  ["BG above 300 mg/dL", "Check ketones, water, call nurse and parent"],
                                  ["Before lunch", "Count carbs; nurse verifies pump bolus"]])
    d.add_paragraph("Allergies: none known. Glucagon (Baqsimi) stored in health room and go-bag.")
    m.attach("IHP_%s_%s.docx" % (s["last"], norm_id(s["sid"])), doc_bytes(d))
    m.text = "Attached is the updated IHP. Please add it to your sub folder and the go-bag.\n" + sig(f + " " + l, "School Nurse", SCHOOLS["WPE"])
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, None, None, grades=(1, 3))[0]
    m = Mail("%s visited the health room today" % s["first"], e, parent_email(s["gfirst"], s["glast"]), container="text")
    m.text = ("Hello %s,\n\n%s came to the health room after lunch complaining of an earache and had a temperature of\n"
              "100.9 F. Per district policy students need to be fever-free for 24 hours without medication before returning,\n"
              "so %s should stay home tomorrow. I also noticed %s has not had the second varicella dose on file; please send\n"
              "the record when you can.\n\nTake care,\n" % (s["gfirst"], s["first"], s["first"], s["first"]) + sig(f + " " + l, "School Nurse", SCHOOLS["MFE"], phone()))
    m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n6", None, grades=(10, 12))[0]
    m = Mail("Return-to-learn plan: %s" % s["last"], e, "teachers.%s@district.example" % s["last"].lower(), container="pdf")
    p = new_pdf()
    pdf_title(p, ["Concussion Return-to-Learn Plan", SCHOOLS["NHS"] + " - Health Services"])
    pdf_lv(p, [("Student Name", "%s %s" % (s["first"], s["last"])), ("Student #", s["sid"]), ("Birthdate", fmt(s["dob"], "dMonY")), ("Grade", str(s["grade"])),
               ("Date of Injury", "09/28/2024"), ("Activity", "Varsity football"), ("Provider", "Riverton Sports Medicine"), ("Stage", "2 of 5")])
    pdf_table(p, ["Accommodation", "Start", "Review"], [["No more than 1 test per day; extended time", "10/01/2024", "10/15/2024"],
                                                         ["Rest breaks in health room as needed", "10/01/2024", "10/15/2024"],
                                                         ["No PE / no screens > 20 minutes", "10/01/2024", "10/15/2024"],
                                                         ["Printed notes provided by teacher", "10/01/2024", "10/15/2024"]], [110, 35, 35])
    pdf_para(p, "Symptoms reported: headache (4/10), light sensitivity. Reassess symptom checklist weekly with the school nurse.")
    m.attach("RTL_plan_%s.pdf" % s["sid"], pdf_bytes(p))
    m.text = "Please follow the attached accommodations until the 10/15 review.\n" + sig(f + " " + l, "School Nurse / Concussion Team", SCHOOLS["NHS"])
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Vision/hearing screening results - 1st and 3rd grade (zip)", e, "health.services@district.example", container="zip")
    ss = students(20, "n5", None, grades=(1, 3))
    rows = []
    for s in ss:
        rows.append([int(s["sid"]), s["last"], s["first"], s["dob"], s["grade"], date(2024, 9, R.randint(16, 20)),
                     pick(["20/20", "20/25", "20/40", "20/30"]), pick(["20/20", "20/25", "20/50"]), pick(["Pass", "Pass", "Refer"]), pick(["Pass", "Pass", "Rescreen"])])
        m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    x = xlsx_bytes([dict(name="Screening", title=["Maple Falls Elementary - Vision & Hearing Screening Fall 2024"],
                         header=["Stu No", "Last", "First", "Birth Date", "Gr", "Screen Date", "Vision R", "Vision L", "Hearing", "Follow-up"],
                         rows=rows, fmts={3: "mm/dd/yy", 5: "mm/dd/yyyy"})])
    m.attach("screening_MFE_fall2024.zip", zip_bytes([("screening_MFE_fall2024.xlsx", x)]))
    m.text = "Referral letters for the Refer/Rescreen students go out this week.\n" + sig(f + " " + l, "School Nurse", SCHOOLS["MFE"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Students with rescue inhalers on file - PE", e, "pe.dept.nhs@district.example", container="text")
    ss = students(3, "n6", None, grades=(9, 10))
    rows = [["%s, %s" % (s["last"], s["first"]), s["sid"], "P%d" % R.randint(1, 6), "Albuterol - carries own", "Asthma, exercise-induced"] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.record()
    m.text = ("Coaches/PE, these students in your classes have rescue inhalers on file:\n\n" +
              text_table(["Student", "ID#", "PE Period", "Medication", "Condition"], rows, "tab") +
              "\n\nIf one of them needs the inhaler and does not have it, send them to the health room right away.\n" + sig(f + " " + l, "School Nurse", SCHOOLS["NHS"]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "st10", None, grades=(6, 8))[0]
    m = Mail("Seizure action plan - %s" % s["first"], e, "bus.dispatch@district.example", cc="counseling.crms@district.example", container="docx")
    d = new_doc()
    d.add_heading("Seizure Action Plan", 1)
    doc_lv(d, [("Student Name", "%s %s" % (s["first"], s["last"])), ("State Student ID", s["sid"]), ("DOB", fmt(s["dob"], "mdy")),
               ("School", SCHOOLS["CRMS"]), ("Bus", "Route 14"), ("Emergency Contact", "%s %s  %s" % (s["gfirst"], s["glast"], s["phone"]))], ncols=2)
    d.add_paragraph("Seizure type: focal impaired awareness, 1-2 minutes, staring and lip smacking.")
    d.add_paragraph("Daily medication: levetiracetam 500 mg twice daily (given at home).")
    d.add_paragraph("Rescue: nasal midazolam if seizure lasts longer than 5 minutes; call 911.")
    m.attach("SeizureActionPlan_%s.docx" % s["last"], doc_bytes(d))
    m.text = "Transportation needs a copy for the driver binder on Route 14.\n" + sig(f + " " + l, "School Nurse", SCHOOLS["CRMS"])
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Sent home with fever today", e, "attendance.wpe@district.example", container="html")
    ss = students(4, "n5", None, grades=(0, 5))
    rows = [[s["sid"], "%s %s" % (s["first"], s["last"]), "K" if s["grade"] == 0 else s["grade"], pick(["100.6", "101.2", "100.9"]), pick(["11:05", "12:40", "1:15"])] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.record()
    m.html = html_doc("Please code these as excused illness (EX-I) for the afternoon:",
                      html_table(["Student No", "Name", "Gr", "Temp (F)", "Left at"], rows), "<p>%s %s<br>Health Aide</p>" % (f, l))
    return m


# --- look-alikes
@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Staff flu & COVID vaccine clinic - Oct 16", e, "all-staff@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["Staff Vaccine Clinic", "Wednesday, October 16, 2024  -  2:30 to 6:00 PM"])
    pdf_para(p, "District Office Board Room, 410 Commerce Way, Riverton OR 97381. Bring your insurance card; no cost to employees.")
    pdf_table(p, ["Time Block", "Schools", "Sign-up Code"], [["2:30 - 3:30", "Elementary", "FLU-ELEM-24"], ["3:30 - 4:30", "Middle / High", "FLU-SEC-24"],
                                                             ["4:30 - 6:00", "District Office / Transportation", "FLU-DO-24"]], [40, 80, 40])
    pdf_para(p, "Questions: Benefits Office (503) 555-0152 or wellness@district.example")
    m.attach("Staff_Vaccine_Clinic_2024.pdf", pdf_bytes(p))
    m.text = "Flyer attached. Please share with your buildings.\n" + sig(f + " " + l, "Wellness Coordinator")
    return m


@builder(C)
def _():
    m = Mail("Invoice 552-10933 health room supplies", "invoices@cascade-medsupply.example.com", "health.services@district.example", container="xlsx")
    rows = [["MS-1042", "Nitrile gloves M (box 100)", 40, 6.85], ["MS-2210", "Instant cold packs (24)", 12, 18.40], ["MS-3318", "Digital thermometer probe covers", 10, 9.99],
            ["MS-0871", "Adhesive bandages assorted (100)", 30, 4.25], ["MS-5520", "AED pads adult", 6, 42.00], ["MS-5521", "AED pads pediatric", 4, 48.00]]
    rows = [r + [round(r[2] * r[3], 2)] for r in rows]
    m.attach("Invoice_552-10933.xlsx", xlsx_bytes([dict(name="Invoice", title=["Cascade Medical Supply - Invoice 552-10933", "Account 70418-RUSD   PO 25-003188   Invoice date 09/27/2024"],
                                                       header=["Item #", "Description", "Qty", "Unit Price", "Ext. Price"], rows=rows, fmts={3: "$#,##0.00", 4: "$#,##0.00"})]))
    m.text = "Invoice attached. Net 30.\nCascade Medical Supply  (971) 555-0177\n"
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Kindergarten & 7th grade immunization compliance rates (state report)", e, "superintendent@district.example", container="csv")
    rows = []
    for code, name in SCHOOLS.items():
        n = R.randint(60, 420)
        comp = R.randint(int(n * .85), n)
        rows.append([code, name, "K" if "E" == code[-1] else "7", n, comp, round(comp / n * 100, 1), R.randint(0, 12), R.randint(0, 9)])
    m.attach("immunization_rates_2024.csv", csv_bytes(["School Code", "School", "Grade", "Enrolled", "Complete", "% Complete", "Medical Exemptions", "Nonmedical Exemptions"], rows))
    m.text = "School-level summary as submitted to the county. No student-level data.\n" + sig(f + " " + l, "Health Services Coordinator")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("AED monthly inspection log - September", e, "safety@district.example", container="html")
    rows = [[pick(SCHOOLS.values()), pick(["Main office", "Gym lobby", "Cafeteria", "Field house"]), "AED-%04d" % R.randint(1000, 9999),
             "SN %s%06d" % (pick(["HS", "PX"]), R.randint(100000, 999999)), "09/%02d/2024" % R.randint(2, 27), pick(["OK", "OK", "Pads exp 11/2024"]),
             "E%05d" % R.randint(10000, 99999)] for _ in range(10)]
    m.html = html_doc("AED checks for September are complete. Two pad sets need replacement before November.",
                      html_table(["Site", "Location", "Asset Tag", "Serial", "Inspected", "Status", "Inspector Emp ID"], rows), "<p>%s %s<br>Risk Management</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Staff CPR/First Aid certification expirations", e, "principals@district.example", container="docx")
    d = new_doc()
    d.add_heading("CPR / First Aid / AED Certifications Expiring by 12/31/2024", 1)
    rows = []
    for _ in range(12):
        sf, sl = person()
        rows.append(["%s, %s" % (sl, sf), "%06d" % R.randint(200000, 299999), pick(list(SCHOOLS)), pick(["Coach", "PE Teacher", "Para", "Bus Driver", "Nurse"]),
                     "%02d/%02d/2024" % (R.randint(10, 12), R.randint(1, 28))])
    doc_table(d, ["Employee", "Employee ID", "Site", "Role", "Card Expires"], rows)
    d.add_paragraph("Renewal classes: Oct 19 and Nov 9, District Office Room 110. Register in the PD catalog.")
    m.attach("CPR_expirations_Q2.docx", doc_bytes(d))
    m.text = "Please remind your staff listed in the attachment.\n" + sig(f + " " + l, "Health Services Coordinator")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Health Corner: head lice, hand washing and fall colds", e, "families-mfe@district.example", container="text")
    m.text = ("HEALTH CORNER - OCTOBER\n\nHead lice: Our district follows the state guidance - students with live lice may stay in class\n"
              "until the end of the day. Check your child's hair weekly with a fine comb.\n\nColds and flu: Keep children home with a fever\n"
              "of 100.4 F or higher until fever-free for 24 hours without medicine.\n\nFree flu shots: Riverton County Health, 1200 Larch St,\n"
              "Saturdays 9-12 in October. Call (503) 555-0139.\n" + sig(f + " " + l, "School Nurse", SCHOOLS["MFE"]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Health office visit statistics - September (all sites)", e, "student.services@district.example", container="zip")
    rows = []
    for code in SCHOOLS:
        for reason in ["Illness", "Injury", "Medication", "Mental health", "Chronic condition", "Screening"]:
            rows.append(["2024-09", code, reason, R.randint(4, 310), R.randint(0, 40), round(R.uniform(3, 18), 1)])
    data = csv_bytes(["Month", "Site", "Visit Reason", "Visits", "Sent Home", "Avg Minutes"], rows)
    m.attach("visit_stats_2024-09.zip", zip_bytes([("visit_stats_2024-09.csv", data)]))
    m.text = "Monthly aggregates attached (counts only).\n" + sig(f + " " + l, "Health Services Coordinator")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Stop the Bleed training sign-in (staff) - NHS", e, "hr.training@district.example", container="text")
    rows = []
    for _ in range(10):
        sf, sl = person()
        rows.append(["%s %s" % (sf, sl), "%06d" % R.randint(200000, 299999), pick(["Science", "Math", "Office", "Custodial", "Athletics"]), "10/02/2024", pick(["Y", "Y", "N"])])
    m.text = ("Sign-in from Wednesday's staff training, for PD credit:\n\n" + text_table(["Name", "Emp ID", "Dept", "Date", "Hands-on Complete"], rows, "pipe") +
              "\n\n" + sig(f + " " + l, "School Nurse", SCHOOLS["NHS"]))
    return m


@builder(C)
def _():
    m = Mail("Medicaid school-based services remittance advice 2024-09", "remit@schoolbilling.example.com", "finance@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["Remittance Advice", "Provider: Riverton USD   Provider ID 3300917   Check/EFT 0004471928"])
    rows = [[pick(["T1002", "92507", "97530", "T1017"]), pick(["Nursing", "Speech therapy", "OT", "Case mgmt"]), R.randint(20, 400), "$%d.%02d" % (R.randint(1000, 40000), R.randint(0, 99))] for _ in range(8)]
    pdf_table(p, ["Proc Code", "Service Group", "Claims Paid", "Amount"], rows, [30, 60, 30, 40])
    pdf_para(p, "Summary only. Claim-level detail is available in the billing portal. Batch 24-09-RUSD-02.")
    m.attach("RA_2024-09_summary.pdf", pdf_bytes(p))
    m.text = "Remittance summary for September attached.\n"
    return m


# ============================================================================ special_education
C = "special_education"


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Caseload list 2024-25 + Reyes eval timeline", e, "sped.director@district.example", container="csv")
    ss = students(14, "n6", None, grades=(6, 8))
    rows = []
    for s in ss:
        rows.append(["%s %s" % (f, l), s["sid"], "%s, %s" % (s["last"], s["first"]), s["grade"], pick(["SLD", "OHI", "AUT", "SLI", "ED", "ID"]),
                     fmt(date(2025, R.randint(1, 6), R.randint(1, 28)), "mdY"), fmt(date(R.randint(2025, 2027), R.randint(1, 12), R.randint(1, 28)), "mdY"),
                     R.choice([60, 90, 120, 150, 240]), pick(["Resource", "Co-taught", "Resource + SLP"])])
        m.sid(s["sid"])
    m.roster()
    m.attach("caseload_%s.csv" % l.lower(), csv_bytes(["CaseManager", "StudentID", "Student", "Grade", "PrimaryDisability", "AnnualReviewDue",
                                                       "ReevalDue", "SpEdMinutesWk", "Setting"], rows))
    x = ss[0]
    m.text = ("Attached is my caseload as of today.\n\nAlso, %s %s's parent signed consent for the initial evaluation on 9/20, so\n"
              "the 60-day timeline ends 12/13. Psych is scheduling the cognitive testing; SLP will do the language piece.\n"
              % (x["first"], x["last"]) + sig(f + " " + l, "Special Education Teacher / Case Manager", SCHOOLS["CRMS"]))
    m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n7", "st10", grades=(3, 5))[0]
    m = Mail("IEP at a glance - %s %s" % (s["first"], s["last"]), e, "gen.ed.teachers.mfe@district.example", container="docx")
    d = new_doc()
    d.add_heading("IEP At-A-Glance (Confidential)", 1)
    doc_lv(d, [("Student", "%s %s" % (s["first"], s["last"])), ("Student ID", s["sid"]), ("SSID", s["state"]), ("Date of Birth", fmt(s["dob"], "long")),
               ("Grade", str(s["grade"])), ("Disability", "Specific Learning Disability (reading)"), ("IEP Date", "09/12/2024"), ("Case Manager", "%s %s" % (f, l))])
    d.add_heading("Services", 2)
    doc_table(d, ["Service", "Minutes", "Frequency", "Provider", "Setting"], [["Specialized instruction - reading", "150", "Weekly", "SpEd Teacher", "Resource room"],
                                                                            ["Specialized instruction - writing", "60", "Weekly", "SpEd Teacher", "General ed"],
                                                                            ["Speech/language", "30", "Weekly", "SLP", "Therapy room"]])
    d.add_heading("Accommodations", 2)
    for a in ["Text-to-speech for content-area reading", "Extended time (1.5x) on tests", "Small group testing", "Access to graphic organizers"]:
        d.add_paragraph(a, style="List Bullet")
    m.attach("IEP_AtAGlance_%s.docx" % s["sid"], doc_bytes(d))
    m.text = "Please review and keep in your confidential folder.\n" + sig(f + " " + l, "Case Manager", SCHOOLS["MFE"])
    m.sid(s["sid"]); m.sid(s["state"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "s9", None, grades=(9, 12))[0]
    m = Mail("504 Plan - %s (signed)" % s["last"], e, parent_email(s["gfirst"], s["glast"]), cc="counseling.nhs@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["Section 504 Accommodation Plan", SCHOOLS["NHS"]])
    pdf_lv(p, [("Student", "%s %s" % (s["first"], s["last"])), ("Student ID", s["sid"]), ("DOB", fmt(s["dob"], "mdY")), ("Grade", str(s["grade"])),
               ("Meeting Date", "09/26/2024"), ("Review Date", "09/25/2025"), ("504 Coordinator", "%s %s" % (f, l)), ("Parent", "%s %s" % (s["gfirst"], s["glast"]))])
    pdf_para(p, "Impairment: Attention-Deficit/Hyperactivity Disorder, combined presentation; substantially limits concentrating and learning.", bold=True)
    pdf_table(p, ["Accommodation", "Where"], [["Preferential seating near instruction", "All classes"], ["Extended time 1.5x on tests/quizzes", "All classes"],
                                              ["Breaks (pass) up to 5 min/period", "All classes"], ["Assignment planner check weekly", "Advisory"],
                                              ["Testing in reduced-distraction setting", "State and classroom tests"]], [120, 60])
    pdf_para(p, "Signatures on file: parent, student, 504 coordinator, counselor.")
    m.attach("504_Plan_%s.pdf" % s["last"], pdf_bytes(p))
    m.text = "Attached is the signed 504 plan from our meeting.\n" + sig(f + " " + l, "504 Coordinator", SCHOOLS["NHS"])
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n6", None, grades=(2, 4))[0]
    m = Mail("Psychoeducational evaluation summary - draft for team", e, "sped.team.wpe@district.example", container="pdf")
    p = new_pdf(footer="CONFIDENTIAL - Psychoeducational Evaluation Report")
    pdf_title(p, ["Psychoeducational Evaluation Report", "Riverton USD Student Services"])
    age = (date(2024, 10, 1) - s["dob"]).days // 365
    pdf_lv(p, [("Name", "%s %s" % (s["first"], s["last"])), ("Student ID", s["sid"]), ("Birth Date", fmt(s["dob"], "mon")), ("Age", "%d years" % age),
               ("Grade", str(s["grade"])), ("School", "Willow Park Elem."), ("Dates of Testing", "09/17, 09/19/2024"), ("Examiner", "%s %s, NCSP" % (f, l))])
    pdf_para(p, "Reason for referral: concerns with reading fluency and written expression despite Tier 3 intervention.")
    pdf_table(p, ["Measure", "Index / Subtest", "Standard Score", "Percentile", "Range"],
              [["WISC-V", "Full Scale IQ", "96", "39", "Average"], ["WISC-V", "Working Memory", "84", "14", "Low Average"],
               ["WISC-V", "Processing Speed", "81", "10", "Low Average"], ["WIAT-4", "Word Reading", "78", "7", "Low"],
               ["WIAT-4", "Oral Reading Fluency", "74", "4", "Low"], ["WIAT-4", "Math Problem Solving", "98", "45", "Average"]], [30, 55, 30, 25, 35])
    pdf_para(p, "Summary: results are consistent with a specific learning disability in basic reading skills and reading fluency.")
    m.attach("EvalReport_DRAFT_%s.pdf" % s["sid"], pdf_bytes(p))
    m.text = "Draft report for Tuesday's eligibility meeting. Please do not forward.\n" + sig(f + " " + l, "School Psychologist")
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("SLP service log September (Medicaid documentation)", e, "sped.billing@district.example", container="xlsx")
    ids = [mkid("n8") for _ in range(9)]
    rows = []
    for sid in ids:
        for _ in range(3):
            rows.append([int(sid), date(2024, 9, R.randint(3, 27)), R.choice([20, 30, 30, 45]), pick(["Individual", "Group (3)"]),
                         pick(["Artic /r/ in sentences", "Expressive language - narratives", "Fluency strategies", "Pragmatics - turn taking"]),
                         pick(["Progressing", "Emerging", "Mastered"]), "%s %s, CCC-SLP" % (f, l)])
    rows.sort(key=lambda r: (r[1], r[0]))
    for sid in ids:
        m.sid(sid)
    m.roster()
    m.attach("SLP_log_2024-09.xlsx", xlsx_bytes([dict(name="Sept", header=["Student ID", "Service Date", "Minutes", "Type", "IEP Goal Area", "Progress", "Provider"],
                                                     rows=rows, fmts={1: "yyyy-mm-dd"})]))
    m.text = "September session log for billing. IDs only per the billing template.\n" + sig(f + " " + l, "Speech-Language Pathologist")
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, None, None, grades=(7, 8))[0]
    m = Mail("IEP annual review meeting for %s" % s["first"], e, parent_email(s["gfirst"], s["glast"]), container="text")
    m.text = ("Dear %s %s,\n\nIt's time for %s's annual IEP review. I'd like to meet on Tuesday, October 22 at 3:15 in the\n"
              "Cedar Ridge conference room (or by video). We will review progress on the reading and self-advocacy goals,\n"
              "%s's current 180 minutes per week of specialized instruction, and the accommodations for state testing.\n"
              "Our team is also proposing to add 30 minutes a month of counseling services.\n\nPlease let me know if this time works.\n"
              % (s["gfirst"], s["glast"], s["first"], s["first"]) + sig(f + " " + l, "Case Manager", SCHOOLS["CRMS"], phone()))
    m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Dec 1 child count - validation file (zip)", e, "sped.data@district.example", container="zip")
    ss = students(26, "n5", "st10", grades=(0, 12))
    rows = []
    for s in ss:
        age = (date(2024, 12, 1) - s["dob"]).days // 365
        rows.append([s["state"], int(s["sid"]), s["last"], s["first"], s["dob"], age, "KG" if s["grade"] == 0 else s["grade"],
                     pick(["10 SLD", "50 OHI", "80 AUT", "60 SLI", "40 ED", "20 ID"]), pick(["RC80", "RC4079", "RC39", "SS"]), date(2024, R.randint(1, 11), R.randint(1, 28))])
        m.sid(s["state"]); m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    x = xlsx_bytes([dict(name="ChildCount", header=["STATE_STUDENT_ID", "LOCAL_ID", "LAST_NAME", "FIRST_NAME", "BIRTH_DATE", "AGE_12_1", "GRADE",
                                                   "PRIMARY_DISABILITY", "EDUC_ENVIRONMENT", "IEP_DATE"], rows=rows, fmts={4: "mm/dd/yyyy", 9: "mm/dd/yyyy"}),
                    dict(name="Totals", header=["Disability", "Count"], rows=[[k, R.randint(1, 9)] for k in ["SLD", "OHI", "AUT", "SLI", "ED", "ID"]])])
    m.attach("childcount_validation.zip", zip_bytes([("childcount_validation_20241204.xlsx", x)]))
    m.text = "Validation workbook for child count; please check birth dates against the IEP system.\n" + sig(f + " " + l, "Special Education Data Specialist")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Annual reviews due Nov-Dec (RHS)", e, "sped.rhs@district.example", container="html")
    ss = students(10, "s9", None)
    rows = [["%s, %s" % (s["last"], s["first"]), s["sid"], s["grade"], fmt(date(2024, R.randint(11, 12), R.randint(1, 28)), "mdY"),
             pick(["Yes", "No"]), "%s %s" % person()] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.roster()
    m.html = html_doc("Case managers, these IEP annual reviews are due in November and December. Triennials are marked.",
                      html_table(["Student", "LASID", "Grade", "Annual Review Due", "Triennial", "Case Manager"], rows), "<p>%s %s<br>SpEd Department Head</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("ESY 2025 eligible students - planning list", e, "esy.planning@district.example", container="text")
    ss = students(7, "n4", None, grades=(0, 5))
    rows = [["%s %s" % (s["first"], s["last"]), s["sid"], fmt(s["dob"], "mdY"), "K" if s["grade"] == 0 else s["grade"],
             pick(["Reading 90 min/wk", "Math 60 min/wk; SLP 30", "Life skills 600 min/wk", "SLP 60 min/wk"]), pick(["Yes", "No"])] for s in ss]
    for s in ss:
        m.sid(s["sid"]); m.dob(s["dob"])
    m.roster()
    m.text = ("Preliminary ESY list from Willow Park (regression/recoupment data attached to each IEP):\n\n" +
              text_table(["Student", "Stu ID", "DOB", "Gr", "ESY Services", "Transport"], rows, "space") + "\n\n" + sig(f + " " + l, "Resource Teacher", SCHOOLS["WPE"]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "hy44", None, grades=(4, 5))[0]
    m = Mail("BIP update after FBA - %s" % s["first"], e, "behavior.team@district.example", container="docx")
    d = new_doc()
    d.add_heading("Behavior Intervention Plan", 1)
    doc_table(d, ["Student", "Student No.", "Grade", "Target behavior", "Function"], [["%s %s" % (s["first"], s["last"]), s["sid"], str(s["grade"]),
                                                                                    "Leaving assigned area / eloping from classroom", "Escape from non-preferred writing tasks"]])
    d.add_paragraph("")
    d.add_paragraph("Baseline (FBA, 9/9-9/20): 4.2 elopements per day. Goal: fewer than 1 per day by 12/20.")
    d.add_paragraph("Replacement behavior: request a break card; break area in room 14.")
    d.add_paragraph("Crisis plan: if the student leaves the building, call the office (x2100) and follow the student at a distance.")
    m.attach("BIP_%s.docx" % s["last"], doc_bytes(d))
    m.text = "Updated BIP attached. Please review before Friday's team meeting.\n" + sig(f + " " + l, "Behavior Specialist")
    m.sid(s["sid"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Para support assignments - 2nd grade", e, "paras.mfe@district.example", container="html")
    ss = students(3, None, None, grades=(2, 2))
    rows = [["%s %s" % (s["first"], s["last"]), "Rm %d" % R.randint(10, 30), pick(["1:1 aide per IEP (toileting, transitions)", "Reading support 30 min/day per IEP",
                                                                              "Behavior support per BIP during recess"]), pick(["Ms. Tran", "Mr. Ostrander", "Ms. Delgado"])] for s in ss]
    m.record()
    m.html = html_doc("Updated para assignments starting Monday:", html_table(["Student", "Room", "Support (IEP)", "Para"], rows),
                      "<p>%s %s<br>Resource Teacher</p>" % (f, l))
    return m


# --- look-alikes
@builder(C)
def _():
    f, l, e = staff()
    m = Mail("SpEd PD day agenda - Nov 5", e, "sped.staff@district.example", container="docx")
    d = new_doc()
    d.add_heading("Special Education Professional Development - November 5, 2024", 1)
    doc_table(d, ["Time", "Session", "Presenter", "Room"], [["8:00", "Breakfast & sign-in", "", "Commons"], ["8:30", "Writing measurable goals", "%s %s" % person(), "101"],
                                                            ["10:15", "Progress monitoring in the IEP system", "%s %s" % person(), "Lab 2"],
                                                            ["12:30", "Procedural safeguards refresher", "District counsel", "101"], ["2:00", "Caseload work time", "", "Any"]])
    d.add_paragraph("Location: Cedar Ridge MS, 3300 Kestrel Ridge Rd. Park in the north lot.")
    m.attach("SpEd_PD_Nov5.docx", doc_bytes(d))
    m.text = "Agenda attached.\n" + sig(f + " " + l, "Director of Special Education")
    return m


@builder(C)
def _():
    m = Mail("Invoice TS-24-0917 contracted OT/PT services September", "billing@northwest-therapy.example.com", "sped.director@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["Northwest Therapy Staffing", "Invoice TS-24-0917   Customer #: RUSD-0042   PO: 25-002761"])
    rows = [["%s %s, OTR/L" % person(), "OT", "09/03-09/27", "%.2f" % R.uniform(40, 90), "$78.00"] for _ in range(3)] + \
           [["%s %s, DPT" % person(), "PT", "09/03-09/27", "%.2f" % R.uniform(10, 30), "$82.00"] for _ in range(2)]
    pdf_table(p, ["Clinician", "Discipline", "Service Period", "Hours", "Rate"], rows, [60, 25, 35, 25, 25])
    pdf_para(p, "Hours reflect time logged by clinicians. Student-level logs are maintained in the district IEP system.")
    m.attach("TS-24-0917.pdf", pdf_bytes(p))
    m.text = "Invoice attached. Payment terms Net 45.\nNorthwest Therapy Staffing (360) 555-0190\n"
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Significant disproportionality - 3 year data", e, "cabinet@district.example", container="xlsx")
    rows = []
    for grp in ["Hispanic/Latino", "Black", "White", "Asian", "Two or more", "Am. Indian/AK Native"]:
        for cat in ["ID", "ED", "SLD", "AUT"]:
            rows.append([grp, cat, R.randint(0, 90), R.randint(200, 3000), round(R.uniform(0.4, 3.2), 2), round(R.uniform(0.5, 2.9), 2), round(R.uniform(0.4, 3.0), 2)])
    m.attach("disproportionality_3yr.xlsx", xlsx_bytes([dict(name="Risk Ratios", title=["Identification risk ratios (aggregate)"],
                                                            header=["Group", "Category", "Identified", "Enrollment", "RR 2022", "RR 2023", "RR 2024"], rows=rows)]))
    m.text = "Aggregate risk ratios for the state review. No group is over threshold for three years.\n" + sig(f + " " + l, "Director of Special Education")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("SEPAC meeting: understanding your child's IEP - Oct 29", e, "sepac-list@district.example", container="text")
    m.text = ("Special Education Parent Advisory Council (SEPAC)\n\nTuesday, October 29, 6:30 PM\nRiverton Public Library, Community Room, 220 Madrona Ave\n\n"
              "Topic: Reading the IEP - present levels, goals and services. Childcare provided, Spanish interpretation available.\n"
              "RSVP to sepac.riverton@gmail.com or call (503) 555-0126.\n" + sig(f + " " + l, "Parent Liaison, Special Education"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Case manager & related service provider assignments by building", e, "sped.staff@district.example", container="csv")
    rows = []
    for code in SCHOOLS:
        for role in ["Case Manager", "Case Manager", "SLP", "School Psych", "OT"]:
            sf, sl = person()
            rows.append([code, role, "%s %s" % (sf, sl), "E%05d" % R.randint(10000, 99999), "%s.%s@district.example" % (sf.lower(), sl.lower()), "x%d" % R.randint(2000, 2999), R.choice([0.5, 1.0])])
    m.attach("provider_assignments_2024-25.csv", csv_bytes(["Site", "Role", "Staff", "Employee_ID", "Email", "Ext", "FTE"], rows))
    m.text = "Staffing by building for 2024-25.\n" + sig(f + " " + l, "SpEd Office Manager")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Assistive technology inventory (zip)", e, "at.team@district.example", container="zip")
    rows = [["AT-%05d" % R.randint(10000, 99999), pick(["iPad 9th gen", "Talker - 84 location", "FM system", "Chromebook w/ switch access", "Reading pen"]),
             "SN%s%07d" % (pick(["F", "D", "G"]), R.randint(1000000, 9999999)), pick(list(SCHOOLS)), "Rm %d" % R.randint(100, 230), pick(["Assigned", "In stock", "Repair"]),
             date(2024, R.randint(1, 9), R.randint(1, 28)).strftime("%m/%d/%Y")] for _ in range(25)]
    data = csv_bytes(["Asset Tag", "Device", "Serial", "Site", "Location", "Status", "Last Checked"], rows)
    m.attach("AT_inventory_2024.zip", zip_bytes([("AT_inventory_2024.csv", data)]))
    m.text = "Inventory export attached; assignment to students is tracked in the IEP system, not here.\n" + sig(f + " " + l, "AT Specialist")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Compliance dashboard - timelines by school", e, "principals@district.example", container="html")
    rows = [[n, R.randint(10, 120), "%.0f%%" % R.uniform(82, 100), "%.0f%%" % R.uniform(75, 100), R.randint(0, 5), "%.0f%%" % R.uniform(85, 100)] for n in SCHOOLS.values()]
    m.html = html_doc("Compliance snapshot for September (counts and rates only):",
                      html_table(["School", "Active IEPs", "Annuals on time", "Evals within 60 days", "Overdue", "Progress reports sent"], rows),
                      "<p>%s %s<br>Program Specialist</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("RMTS participant list - Q2 (staff)", e, "rmts.coordinator@district.example", container="text")
    rows = []
    for _ in range(12):
        sf, sl = person()
        rows.append(["%s, %s" % (sl, sf), "%06d" % R.randint(200000, 299999), pick(["SLP", "School Psych", "OT", "Nurse", "Case Manager"]), pick(list(SCHOOLS)), pick(["Cost pool 1", "Cost pool 2"])])
    m.text = ("Random moment time study participant list for October-December. Please verify your staff are current:\n\n" +
              text_table(["Participant", "Emp#", "Job", "Site", "Pool"], rows, "tab") + "\n\n" + sig(f + " " + l, "Medicaid Coordinator"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Updated procedural safeguards notice (2024)", e, "sped.staff@district.example", container="pdf")
    p = new_pdf(footer="Notice of Procedural Safeguards - Riverton USD")
    pdf_title(p, ["Notice of Procedural Safeguards", "Rights of Parents of Students with Disabilities"])
    for h, t in [("Prior written notice", "The district must give you written notice within a reasonable time before it proposes or refuses to initiate or change the identification, evaluation, or educational placement of your child."),
                 ("Parental consent", "The district must obtain your informed written consent before conducting an initial evaluation and before providing special education services for the first time."),
                 ("Access to records", "You may inspect and review your child's education records without unnecessary delay and in no case more than 45 days after a request."),
                 ("Dispute resolution", "You may request mediation, file a state complaint, or request a due process hearing. Contact the Office of Student Services, 410 Commerce Way, Riverton, (503) 555-0129.")]:
        pdf_para(p, h, bold=True)
        pdf_para(p, t)
    m.attach("Procedural_Safeguards_2024.pdf", pdf_bytes(p))
    m.text = "Please replace the old version in your IEP meeting folders.\n" + sig(f + " " + l, "Director of Special Education")
    return m


# ============================================================================ athletics_activities
C = "athletics_activities"


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Girls varsity soccer roster w/ emergency contacts", e, "athletics.rhs@district.example", container="xlsx")
    ss = students(18, "n6", None)
    rows = []
    for i, s in enumerate(ss):
        rows.append([R.randint(1, 30), "%s, %s" % (s["last"], s["first"]), s["grade"], s["dob"], pick(["GK", "D", "MF", "F"]),
                     "%s %s" % (s["gfirst"], s["glast"]), s["phone"], s["phone2"], pick(["", "", "Asthma - inhaler in bag", "Peanut allergy"])])
        m.dob(s["dob"])
    m.roster()
    m.attach("GVSoccer_Roster_2024.xlsx", xlsx_bytes([dict(name="Roster", title=["Riverton HS Girls Varsity Soccer 2024"], header=
                                                          ["Jersey", "Player", "Gr", "Birthdate", "Pos", "Guardian", "Contact 1 Cell", "Contact 2 Cell", "Medical Alert"],
                                                          rows=rows, fmts={3: "m/d/yyyy"}),
                                                     dict(name="Staff", header=["Coach", "Role", "Cell"], rows=[["%s %s" % (f, l), "Head Coach", phone(1)],
                                                                                                               ["%s %s" % person(), "Assistant", phone(1)]])]))
    m.text = "Updated roster for the bus binder and trainer's kit.\n" + sig(f + " " + l, "Head Coach, Girls Soccer", SCHOOLS["RHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Weekly eligibility check - fall sports", e, "coaches.nhs@district.example", container="csv")
    ss = students(22, "n5", None)
    rows = []
    for s in ss:
        fs = R.choice([0, 0, 0, 1, 2])
        rows.append([s["sid"], s["last"], s["first"], s["grade"], pick(["Football", "Volleyball", "Cross Country", "Boys Soccer"]), fs,
                     "%.2f" % R.uniform(1.6, 4.0), "N" if fs >= 2 else "Y"])
        m.sid(s["sid"])
    m.roster()
    m.attach("eligibility_wk6.csv", csv_bytes(["STUDENT_ID", "LAST_NAME", "FIRST_NAME", "GRADE", "SPORT", "NUM_F", "CURRENT_GPA", "ELIGIBLE"], rows))
    m.text = "Week 6 eligibility. Ineligible athletes may practice but not compete this week.\n" + sig(f + " " + l, "Athletic Director", SCHOOLS["NHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Science Olympiad overnight trip - emergency info", e, "principal.crms@district.example", container="html")
    ss = students(11, None, None, grades=(7, 8))
    rows = [["%s %s" % (s["first"], s["last"]), s["grade"], "%s %s" % (s["gfirst"], s["glast"]), s["phone"],
             pick(["None", "None", "Seasonal allergies - cetirizine", "Bee sting allergy - EpiPen"])] for s in ss]
    m.roster()
    m.html = html_doc("Here is the emergency info sheet for the Science Olympiad trip to Corvallis (Nov 8-9). Copies go with each chaperone.",
                      html_table(["Student", "Grade", "Parent/Guardian", "Parent Cell", "Medical"], rows),
                      "Hotel: Riverbend Inn, 450 Harrison Blvd, (541) 555-0114.", "<p>%s %s<br>Science Olympiad Advisor</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Robotics club roster export (zip)", e, "activities.rhs@district.example", container="zip")
    ss = students(16, "n6", None)
    rows = [[s["sid"], s["first"], s["last"], s["grade"], "%s %s" % (s["gfirst"], s["glast"]), parent_email(s["gfirst"], s["glast"]), s["phone"],
             pick(["Build", "Programming", "CAD", "Outreach"])] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.roster()
    data = csv_bytes(["student_id", "first_name", "last_name", "grade", "guardian_name", "guardian_email", "guardian_phone", "subteam"], rows)
    m.attach("robotics_roster.zip", zip_bytes([("robotics_roster_2024-25.csv", data)]))
    m.text = "Roster export for the FRC registration and the permission-slip mail merge.\n" + sig(f + " " + l, "Robotics Advisor", SCHOOLS["RHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Physicals expiring before winter season", e, "trainer.nhs@district.example", container="pdf")
    ss = students(12, None, None)
    rows = [["%s, %s" % (s["last"], s["first"]), s["grade"], fmt(s["dob"], "mdY"), pick(["Basketball", "Wrestling", "Swim", "Bowling"]),
             fmt(date(2023, R.randint(9, 12), R.randint(1, 28)), "mdY"), fmt(date(2024, R.randint(11, 12), R.randint(1, 28)), "mdY")] for s in ss]
    for s in ss:
        m.dob(s["dob"])
    m.roster()
    p = new_pdf()
    pdf_title(p, ["Athletes with Physicals Expiring Before Winter Season", "Northgate HS Athletics - run 10/07/2024"])
    pdf_table(p, ["Athlete", "Gr", "DOB", "Winter Sport", "Physical Date", "Expires"], rows, [50, 10, 25, 30, 30, 30])
    m.attach("physicals_expiring.pdf", pdf_bytes(p))
    m.text = "Please remind these athletes; no physical, no tryout.\n" + sig(f + " " + l, "Athletic Trainer", SCHOOLS["NHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, None, None)[0]
    m = Mail("%s - eligibility" % s["last"], e, "athletic.director.rhs@district.example", container="text")
    m.text = ("Coach,\n\nHeads up that %s %s has two F's on this week's grade check (Chemistry 41%% and US History 55%%),\n"
              "so he is ineligible for Friday's game at Northgate. He has also been tardy to 1st period six times\n"
              "since 9/23. He can practice. I told him to get to Ms. %s's tutoring on Tuesday.\n\nThanks,\n" % (s["first"], s["last"], pick(LAST)) +
              sig(f + " " + l, "Assistant Principal", SCHOOLS["RHS"]))
    m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Baseline ImPACT results - new athletes", e, "trainer.rhs@district.example", container="text")
    ss = students(3, "n6", None, grades=(9, 9))
    rows = [[s["sid"], "%s %s" % (s["first"], s["last"]), "09/%02d/2024" % R.randint(3, 20), R.randint(70, 99), R.randint(60, 95), "%.2f" % R.uniform(28, 48),
             "%.2f" % R.uniform(0.5, 0.75), R.randint(0, 6)] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.record()
    m.text = ("Baselines for the three freshmen who missed August testing:\n\n" +
              text_table(["Student ID", "Athlete", "Test Date", "Verbal Mem", "Visual Mem", "Visual Motor", "Reaction Time", "Symptom Score"], rows, "space") +
              "\n\nAll valid baselines.\n" + sig(f + " " + l, "Athletic Trainer, ATC", SCHOOLS["RHS"]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n7", None, grades=(10, 12))[0]
    m = Mail("Overnight travel medical form - %s %s" % (s["first"], s["last"]), e, "trip.chaperones@district.example", container="docx")
    d = new_doc()
    d.add_heading("Overnight Travel - Student Medical Information", 1)
    doc_lv(d, [("Student Name", "%s %s" % (s["first"], s["last"])), ("ID Number", s["sid"]), ("Birthdate", fmt(s["dob"], "dlong")),
               ("Grade", str(s["grade"])), ("Activity", "Choir - State Festival"), ("Dates", "11/14 - 11/16/2024"),
               ("Parent/Guardian", "%s %s" % (s["gfirst"], s["glast"])), ("Cell", s["phone"]), ("Home Address", "%s, %s OR %s" % (s["street"], s["city"], s["zip"])),
               ("Insurance", "Cascade Health Plan")], ncols=2)
    d.add_paragraph("Allergies: penicillin (rash). Medications: sertraline 50 mg each morning (self-carry approved).")
    d.add_paragraph("I authorize emergency treatment if I cannot be reached.   Parent signature: on file 10/01/2024")
    m.attach("TravelMedical_%s.docx" % s["last"], doc_bytes(d))
    m.text = "Form attached for the chaperone binder.\n" + sig(f + " " + l, "Choir Director", SCHOOLS["NHS"])
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Youth wrestling tournament entries - birth cert verification", e, "tournament@nwwrestling.example.org", container="pdf")
    ss = students(8, None, None, grades=(6, 8))
    rows = [["%s %s" % (s["first"], s["last"]), fmt(s["dob"], "iso"), s["grade"], "%d lb" % R.randint(80, 160), pick(["Novice", "Open"])] for s in ss]
    for s in ss:
        m.dob(s["dob"])
    m.roster()
    p = new_pdf()
    pdf_title(p, ["Cedar Ridge MS Wrestling - Tournament Entry", "Harvest Classic, 11/02/2024 - Age verification list"])
    pdf_table(p, ["Wrestler", "Date of Birth", "Grade", "Weight", "Division"], rows, [60, 35, 20, 25, 30])
    pdf_para(p, "Coach: %s %s, (503) 555-0158. Birth certificates verified by the school registrar." % (f, l))
    m.attach("CRMS_wrestling_entry.pdf", pdf_bytes(p))
    m.text = "Our entry list is attached.\n" + sig(f + " " + l, "Head Wrestling Coach", SCHOOLS["CRMS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n6", None, grades=(10, 12))[0]
    m = Mail("Athletic code violation - notice to parent", e, parent_email(s["gfirst"], s["glast"]), cc="athletics.rhs@district.example", container="docx")
    d = new_doc()
    d.add_paragraph("Riverton High School Athletics\n1450 Alder Creek Rd, Riverton OR 97381")
    d.add_paragraph("October 4, 2024")
    d.add_paragraph("Dear %s %s:" % (s["gfirst"], s["glast"]))
    d.add_paragraph("This letter is to notify you that %s %s (Student ID %s) violated the Athletic Code of Conduct, section 3 "
                    "(possession of a vaping device) on 10/02/2024. Per the code, %s is suspended from the next two contests and must complete "
                    "the district tobacco/vape education module. A school consequence of one day in-school suspension was also assigned."
                    % (s["first"], s["last"], s["sid"], s["first"]))
    d.add_paragraph("Sincerely,\n%s %s, Athletic Director" % (f, l))
    m.attach("CodeViolation_%s.docx" % s["last"], doc_bytes(d))
    m.text = "Please see the attached letter.\n" + sig(f + " " + l, "Athletic Director", SCHOOLS["RHS"])
    m.sid(s["sid"]); m.record()
    return m


# --- look-alikes
@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Fall schedule & results to date", e, "athletics-boosters@district.example", container="xlsx")
    opps = ["Northgate", "Cascade Valley", "Lakeside", "Mt. Hood Prep", "Silver Falls", "Westbrook"]
    rows = []
    for sport in ["Football", "Volleyball", "Girls Soccer", "Boys Soccer"]:
        for k in range(5):
            d = date(2024, 9, 6) + timedelta(days=7 * k + R.randint(0, 3))
            rows.append([sport, d, pick(opps), pick(["Home", "Away"]), "%d-%d" % (R.randint(0, 42), R.randint(0, 35)) if d < date(2024, 10, 5) else "", pick(["4:00 PM", "7:00 PM", "6:30 PM"])])
    m.attach("fall_schedule_results.xlsx", xlsx_bytes([dict(name="Schedule", header=["Sport", "Date", "Opponent", "Site", "Score", "Time"], rows=rows, fmts={1: "ddd m/d"})]))
    m.text = "For the booster newsletter and website.\n" + sig(f + " " + l, "Athletic Secretary", SCHOOLS["RHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Volleyball program roster for Friday's senior night program", e, "yearbook.rhs@district.example", container="html")
    ss = students(14, None, None, grades=(9, 12))
    rows = [[R.randint(1, 24), "%s %s" % (s["first"], s["last"]), s["grade"], pick(["OH", "MB", "S", "L", "RS", "DS"]), "%d'%d\"" % (5, R.randint(2, 11))] for s in ss]
    m.html = html_doc("Here's the roster for the printed program (names, numbers, positions as approved for publication):",
                      html_table(["#", "Name", "Grade", "Position", "Height"], rows), "<p>%s %s<br>Head Volleyball Coach</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Officials payment batch - week 5", e, "accountspayable@district.example", container="csv")
    rows = [["%s %s" % person(), "V%06d" % R.randint(100000, 999999), pick(["Football", "Volleyball", "Soccer"]), "09/%02d/2024" % R.randint(23, 28),
             pick(["Referee", "Umpire", "Line judge"]), "%.2f" % R.choice([68.0, 74.0, 92.5]), "%.1f" % R.uniform(4, 38)] for _ in range(14)]
    m.attach("officials_wk5.csv", csv_bytes(["Official", "Vendor #", "Sport", "Game Date", "Position", "Fee", "Mileage"], rows))
    m.text = "Officials payment batch for week 5. GL 100-2700-390.\n" + sig(f + " " + l, "Athletic Secretary", SCHOOLS["NHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("League volleyball tournament bracket & results", e, "coaches.nhs@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["Mid-Valley League Volleyball Tournament", "October 2024 - Hosted at Northgate HS, 2710 Northview Dr"])
    rows = [["1", "Lakeside", "8", "Westbrook", "3-0 (25-14, 25-19, 25-12)"], ["4", "Northgate", "5", "Silver Falls", "3-2"],
            ["2", "Riverton", "7", "Cascade Valley", "3-1"], ["3", "Mt. Hood Prep", "6", "Sandy Ridge", "2-3"]]
    pdf_table(p, ["Seed", "Team", "Seed", "Opponent", "Result"], rows, [15, 45, 15, 45, 60])
    pdf_para(p, "Semifinals Tue 10/22 6:00 PM. Admission $6 adults, $3 students. Tournament director: (503) 555-0144.")
    m.attach("MVL_VB_bracket.pdf", pdf_bytes(p))
    m.text = "Updated bracket attached.\n" + sig(f + " " + l, "Athletic Director", SCHOOLS["NHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Away game transportation - week of 10/14", e, "transportation@district.example", container="text")
    rows = [[d, t, pick(["Football V", "Volleyball JV/V", "Soccer G", "XC"]), dest, "Bus %d" % R.randint(10, 48), dep, ret] for d, t, dest, dep, ret in [
        ("Mon 10/14", "Soccer", "Lakeside HS", "2:45", "7:30"), ("Tue 10/15", "VB", "Westbrook HS", "3:15", "9:00"),
        ("Thu 10/17", "XC", "Silver Falls St Park", "1:30", "6:45"), ("Fri 10/18", "FB", "Cascade Valley HS", "3:30", "11:00")]]
    rows = [[r[0], r[2], r[3], r[4], r[5], r[6]] for r in rows]
    m.text = ("Bus requests for next week's away events:\n\n" + text_table(["Day", "Team", "Destination", "Bus", "Depart", "Return"], rows, "pipe") +
              "\n\n" + sig(f + " " + l, "Athletic Secretary", SCHOOLS["RHS"]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Booster club concession volunteers - October", e, "boosters@district.example", container="text")
    rows = [["%s %s" % person(), phone(1), pick(["10/4 FB", "10/11 FB", "10/18 FB", "10/25 FB"]), pick(["Grill", "Register", "Setup", "Cleanup"])] for _ in range(9)]
    m.text = ("Thank you booster volunteers! Here's the October concession schedule:\n\n" + text_table(["Volunteer", "Phone", "Game", "Station"], rows, "tab") +
              "\n\nArrive 45 minutes before kickoff. Booster treasurer: Riverton Athletic Boosters, PO Box 338, Riverton OR 97381.\n" + sig(f + " " + l, "Booster Club Liaison"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Warm-up jacket order sizes (zip)", e, "orders@teamgear.example.com", container="zip")
    ss = students(15, None, None)
    rows = [["%s %s" % (s["first"], s["last"]), s["grade"], pick(["S", "M", "L", "XL"]), R.randint(1, 30), pick(["Yes", "No"])] for s in ss]
    x = xlsx_bytes([dict(name="Sizes", title=["RHS Cross Country warm-ups - Order #TG-40917"], header=["Athlete", "Grade", "Jacket Size", "Number", "Name on back"], rows=rows)])
    m.attach("XC_warmups_TG-40917.zip", zip_bytes([("XC_warmups_TG-40917.xlsx", x)]))
    m.text = "Sizes for order TG-40917 attached; account 55021. Please confirm delivery by 10/25.\n" + sig(f + " " + l, "Head XC Coach", SCHOOLS["RHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Facility use agreement - Riverton Youth Soccer", e, "rys.board@gmail.com", container="docx")
    d = new_doc()
    d.add_heading("Facility Use Agreement", 1)
    doc_lv(d, [("Agreement #", "FUA-2024-118"), ("Organization", "Riverton Youth Soccer Assn."), ("Facility", "Northgate HS Turf Field"),
               ("Dates", "Saturdays 10/5 - 11/16/2024"), ("Hours", "8:00 AM - 2:00 PM"), ("Fee", "$45/hr + custodial"),
               ("Insurance Cert", "COI on file, exp 06/30/2025"), ("Contact", "(503) 555-0171")])
    d.add_paragraph("The organization agrees to the district facility rules (Board Policy KG).")
    m.attach("FUA-2024-118.docx", doc_bytes(d))
    m.text = "Signed agreement attached.\n" + sig(f + " " + l, "Facilities Scheduling")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Club fair & activity meeting rooms", e, "students-crms@students.district.example", container="text")
    m.text = ("CLUB MEETINGS START NEXT WEEK\n\n" + text_table(["Club", "Day", "Room", "Advisor"], [
        ["Chess Club", "Mon", "114", "Mr. Okafor"], ["Art Club", "Tue", "Art Room", "Ms. Vance"], ["Robotics", "Wed", "Lab 2", "Mr. Pham"],
        ["Yearbook", "Thu", "Library", "Ms. Sato"], ["Garden Club", "Fri", "Courtyard", "Mrs. Kessler"]], "space") +
        "\n\nAll clubs meet 3:10-4:15. Activity bus leaves at 4:20 from the front loop.\n" + sig(f + " " + l, "Activities Coordinator", SCHOOLS["CRMS"]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Coaching staff directory 2024-25", e, "athletics-all@district.example", container="html")
    rows = []
    for sport in ["Football", "Volleyball", "Girls Soccer", "Boys Soccer", "Cross Country", "Basketball (G)", "Basketball (B)", "Wrestling"]:
        sf, sl = person()
        rows.append([sport, "%s %s" % (sf, sl), "%s.%s@district.example" % (sf.lower(), sl.lower()), phone(0), pick(["Certified", "Classified", "Walk-on"])])
    m.html = html_doc("Updated head coach directory:", html_table(["Sport", "Head Coach", "Email", "Cell", "Type"], rows), "<p>%s %s, Athletic Director</p>" % (f, l))
    return m


# ============================================================================ transport_nutrition
C = "transport_nutrition"


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Route 22 AM rider roster", e, "driver.route22@district.example", container="csv")
    ss = students(17, "n5", None, grades=(0, 5))
    rows = []
    for s in ss:
        rows.append(["22", "AM", s["sid"], "%s, %s" % (s["last"], s["first"]), "K" if s["grade"] == 0 else s["grade"], "%s, %s %s" % (s["street"], s["city"], s["zip"]),
                     pick(["Alder Creek & Birch Hollow", "Riverside Dr at #1400", "Pine Meadow Ct"]), "7:%02d" % R.randint(5, 40), s["phone"]])
        m.sid(s["sid"])
    m.roster()
    m.attach("Route22_AM_riders.csv", csv_bytes(["Bus", "Run", "StuID", "Student", "Gr", "Home Address", "Stop", "Pickup", "Guardian Phone"], rows))
    m.text = "Updated rider list for Route 22, effective Monday.\n" + sig(f + " " + l, "Routing Specialist, Transportation")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("F/R eligibility list - approved applications through 10/4", e, "kitchen.managers@district.example", container="xlsx")
    ss = students(20, "n6", None, grades=(0, 12))
    rows = [[int(s["sid"]), "%s, %s" % (s["last"], s["first"]), pick(list(SCHOOLS)), "KG" if s["grade"] == 0 else s["grade"], pick(["Free", "Free", "Reduced"]),
             pick(["Direct Cert - SNAP", "Application", "Application", "Direct Cert - Medicaid"]), date(2024, R.randint(8, 10), R.randint(1, 28))] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.roster()
    m.attach("FR_eligibility_20241004.xlsx", xlsx_bytes([dict(name="Eligibility", title=["Nutrition Services - Meal Eligibility Roster", "CONFIDENTIAL - USDA restrictions apply"],
                                                            header=["Student Number", "Student Name", "School", "Grade", "Eligibility", "Source", "Effective Date"], rows=rows,
                                                            fmts={6: "mm/dd/yyyy"})]))
    m.text = "Please update POS rosters by Monday. Do not share outside nutrition services.\n" + sig(f + " " + l, "Nutrition Services Office Manager")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Direct certification match results - October run", e, "nutrition.office@district.example", container="zip")
    ss = students(23, None, "st10", grades=(0, 12))
    rows = []
    for s in ss:
        rows.append([s["state"], s["last"].upper(), s["first"].upper(), fmt(s["dob"], "mdYdash"), pick(["SNAP", "TANF", "MEDICAID-F", "FOSTER"]), pick(["EXACT", "EXACT", "POSSIBLE"]), "10/03/2024"])
        m.sid(s["state"]); m.dob(s["dob"])
    m.roster()
    data = csv_bytes(["STATE_STUDENT_ID", "LAST", "FIRST", "DOB", "PROGRAM", "MATCH_TYPE", "RUN_DATE"], rows, delim="|")
    m.attach("DC_match_202410.zip", zip_bytes([("DC_match_202410.csv", data)]))
    m.text = "Possible matches need manual review against the SIS before we extend benefits.\n" + sig(f + " " + l, "Nutrition Services Supervisor")
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n7", None, grades=(6, 8))[0]
    m = Mail("Bus conduct report - Route 9 PM", e, "assistant.principal.crms@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["Student Bus Conduct Report", "Riverton USD Transportation  -  Report # BC-24-0311"])
    pdf_lv(p, [("Student", "%s %s" % (s["first"], s["last"])), ("Student ID", s["sid"]), ("School", "Cedar Ridge MS"), ("Grade", str(s["grade"])),
               ("Bus / Route", "Bus 31 / Route 9 PM"), ("Date of Incident", "10/01/2024"), ("Driver", "%s %s (Emp 41872)" % person()), ("Stop", "Tamarack Way")])
    pdf_para(p, "Description: Student repeatedly stood while bus was moving and threw a water bottle that struck another student. Verbal warnings given twice.")
    pdf_lv(p, [("Administrator action", "3-day bus suspension (10/03-10/07)"), ("Parent contacted", "10/02/2024 by phone")], ncols=1, lw=45)
    m.attach("BC-24-0311.pdf", pdf_bytes(p))
    m.text = "Conduct report attached for your action.\n" + sig(f + " " + l, "Transportation Supervisor")
    m.sid(s["sid"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n6", None, grades=(1, 4))[0]
    m = Mail("Special transportation request - wheelchair lift", e, "routing@district.example", container="docx")
    d = new_doc()
    d.add_heading("Special Transportation Request (IEP Related Service)", 1)
    doc_lv(d, [("Student Name", "%s %s" % (s["first"], s["last"])), ("Student #", s["sid"]), ("DOB", fmt(s["dob"], "mdY")), ("Grade/School", "%d / Willow Park" % s["grade"]),
               ("Home Address", "%s, %s %s" % (s["street"], s["city"], s["zip"])), ("Parent/Guardian", "%s %s" % (s["gfirst"], s["glast"])), ("Phone", s["phone"]),
               ("Start Date", "10/14/2024")])
    d.add_paragraph("Needs: wheelchair lift bus, 4-point tie-down, aide on bus per IEP dated 09/30/2024. Student has a G-tube; no food on bus.")
    m.attach("SpecialTransport_%s.docx" % s["last"], doc_bytes(d))
    m.text = "Request attached. Case manager is cc'd on the IEP.\n" + sig(f + " " + l, "Special Education Program Specialist")
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Negative balance list - NHS cafeteria", e, "principal.nhs@district.example", container="html")
    ss = students(12, "n6", None)
    rows = [[s["sid"], "%s %s" % (s["first"], s["last"]), s["grade"], pick(["Paid", "Paid", "Reduced"]), "-$%.2f" % R.uniform(2, 48)] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.roster()
    m.html = html_doc("These students have negative meal balances over $2. Per policy they still receive a reimbursable meal.",
                      html_table(["Student #", "Name", "Gr", "Meal Status", "Balance"], rows), "<p>%s %s<br>Kitchen Manager</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n4", None, grades=(2, 5))[0]
    m = Mail("Meal status update for %s" % s["first"], e, "kitchen.wpe@district.example", container="text")
    m.text = ("Hi,\n\nThe application for %s %s (ID %s, grade %d) was approved today for FREE meals, effective immediately.\n"
              "Please update the POS and void the two charges from this week. The family also has a younger sibling starting\n"
              "in January; I'll send that when the enrollment posts.\n\nThanks,\n" % (s["first"], s["last"], s["sid"], s["grade"]) +
              sig(f + " " + l, "Nutrition Services Eligibility Clerk"))
    m.sid(s["sid"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Stop changes - address moves", e, "dispatch@district.example", container="text")
    ss = students(3, "n6", None, grades=(6, 12))
    rows = [[s["sid"], "%s, %s" % (s["last"], s["first"]), "%s, %s" % (s["street"], s["city"]), "Rt %d" % R.randint(1, 40), "10/%02d" % R.randint(8, 15)] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.record()
    m.text = ("Three address changes from registrars this week. New stops needed:\n\n" + text_table(["Student ID", "Student", "New Home Address", "Route", "Start"], rows, "tab") +
              "\n\n" + sig(f + " " + l, "Routing Specialist"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Route sheets for substitute drivers - Route 5 and 6", e, "sub.drivers@district.example", container="pdf")
    ss = students(42, None, None, grades=(0, 8))
    p = new_pdf(footer="Route sheets - for driver use only - do not leave on bus")
    pdf_title(p, ["Student Pick-up Sheet - Routes 5 & 6 (AM)", "Effective 10/07/2024"])
    rows = []
    for i, s in enumerate(ss):
        rows.append(["5" if i < 21 else "6", "%d:%02d" % (7, 5 + i % 50), "%s %s" % (s["first"], s["last"]), "K" if s["grade"] == 0 else s["grade"],
                     "%s, %s" % (s["street"], s["city"]), s["phone"]])
    pdf_table(p, ["Rt", "Time", "Student", "Gr", "Home Address", "Parent Phone"], rows, [10, 16, 45, 10, 75, 35])
    m.roster()
    m.attach("RouteSheets_5_6.pdf", pdf_bytes(p))
    m.text = "Keep with the sub binder. Two pages.\n" + sig(f + " " + l, "Dispatcher")
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "rv11", None, grades=(9, 11))[0]
    m = Mail("McKinney-Vento transportation arrangement", e, "transportation@district.example", container="docx")
    d = new_doc()
    d.add_heading("McKinney-Vento School of Origin Transportation Plan", 1)
    doc_table(d, ["Student", "Student ID", "Grade", "School of Origin", "Current Location"],
              [["%s %s" % (s["first"], s["last"]), s["sid"], str(s["grade"]), "Riverton HS", "Temporary: motel, 88 Upland Ave, Cedar Ridge"]])
    d.add_paragraph("")
    d.add_paragraph("Nighttime residence: shared housing/motel (doubled-up since 09/15/2024). Transportation: district taxi contract, pickup 6:50 AM.")
    d.add_paragraph("Liaison: %s %s, (503) 555-0109. Review date: 12/15/2024." % (f, l))
    m.attach("MV_Transport_%s.docx" % norm_id(s["sid"]), doc_bytes(d))
    m.text = "Please set up the taxi run starting tomorrow. Confidential - housing status.\n" + sig(f + " " + l, "McKinney-Vento Liaison")
    m.sid(s["sid"]); m.record()
    return m


# --- look-alikes
@builder(C)
def _():
    f, l, e = staff()
    m = Mail("2024-25 bus routes - Cedar Ridge MS (stops and times)", e, "families-crms@district.example", container="pdf")
    p = new_pdf(footer="Riverton USD Transportation - routes subject to change")
    pdf_title(p, ["Cedar Ridge Middle School - Bus Routes 2024-25"])
    for rt in (7, 9, 14):
        pdf_para(p, "Route %d  (Bus %d)" % (rt, R.randint(10, 48)), bold=True)
        rows = [["%d:%02d AM" % (7, 2 + 5 * k), "%d %s" % (R.randint(100, 9800), pick(STREETS)), "%d:%02d PM" % (3, 20 + 4 * k)] for k in range(6)]
        pdf_table(p, ["AM Pickup", "Stop Location", "PM Drop-off"], rows, [30, 100, 30])
    pdf_para(p, "Questions: Transportation Dispatch (503) 555-0103, 880 Ironwood Pl, Riverton OR 97382.")
    m.attach("CRMS_bus_routes_2024-25.pdf", pdf_bytes(p))
    m.text = "Bus routes are attached and posted on the website.\n" + sig(f + " " + l, "Transportation Office")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("October lunch menu - elementary", e, "families-elem@district.example", container="html")
    rows = [["Mon 10/%d" % d, pick(["Chicken teriyaki bowl", "Cheese pizza", "Bean & cheese burrito", "Turkey sandwich", "Mac & cheese"]),
             pick(["Fresh apple", "Carrot sticks", "Orange wedges", "Green beans"]), pick(["1% milk", "Fat-free chocolate milk"])] for d in (7, 14, 21, 28)]
    m.html = html_doc("<h2>Elementary Lunch Menu - October</h2>", html_table(["Day", "Entree", "Fruit/Veg", "Milk"], rows),
                      "Breakfast is free for all students. Prices: lunch $2.75, reduced $0.40. Nutrition Services (503) 555-0166.")
    return m


@builder(C)
def _():
    m = Mail("Invoice 240930-RUSD-03 - food distribution", "ar@pacificfoodsvc.example.com", "nutrition.office@district.example", container="xlsx")
    rows = [["PF-%05d" % R.randint(10000, 99999), pick(["Chicken breast strips 6/5lb", "Whole grain tortilla 12ct", "Shredded cheddar 4/5lb", "Apple slices 100ct",
                                                     "Milk 1% half pint (case 50)"]), R.randint(2, 60), round(R.uniform(18, 64), 2), pick(list(SCHOOLS))] for _ in range(14)]
    rows = [r + [round(r[2] * r[3], 2)] for r in rows]
    m.attach("Invoice_240930-RUSD-03.xlsx", xlsx_bytes([dict(name="Invoice", title=["Pacific Food Service - Invoice 240930-RUSD-03", "Customer Acct 100417  Route 12  Delivery 09/30/2024"],
                                                            header=["Item Code", "Description", "Cases", "Case Price", "Deliver To", "Extended"], rows=rows, fmts={3: "$#,##0.00", 5: "$#,##0.00"})]))
    m.text = "Invoice attached. Net 30.\n"
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Fuel log September", e, "fleet@district.example", container="csv")
    rows = [["Bus %d" % R.randint(10, 48), date(2024, 9, R.randint(3, 27)).isoformat(), R.randint(40000, 190000), round(R.uniform(18, 62), 1),
             "%06d" % R.randint(300000, 399999), pick(["Yard A", "Yard B"])] for _ in range(30)]
    m.attach("fuel_log_2024-09.csv", csv_bytes(["Vehicle", "Date", "Odometer", "Gallons", "Driver Emp ID", "Pump"], rows))
    m.text = "Monthly fuel log for the state report.\n" + sig(f + " " + l, "Fleet Supervisor")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Driver roster & CDL/medical card expirations", e, "transportation.mgmt@district.example", container="docx")
    d = new_doc()
    d.add_heading("Bus Driver Roster - 2024-25", 1)
    rows = []
    for _ in range(14):
        sf, sl = person()
        rows.append(["%s, %s" % (sl, sf), "%06d" % R.randint(300000, 399999), "Rt %d" % R.randint(1, 40), fmt(date(R.randint(2025, 2028), R.randint(1, 12), R.randint(1, 28)), "mdY"),
                     fmt(date(R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28)), "mdY")])
    doc_table(d, ["Driver", "Employee #", "Route", "CDL Expires", "DOT Medical Card Expires"], rows)
    m.attach("Driver_roster_2024-25.docx", doc_bytes(d))
    m.text = "Roster attached; two medical cards expire before December.\n" + sig(f + " " + l, "Transportation Manager")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Daily meal counts by site - September (zip)", e, "nutrition.finance@district.example", container="zip")
    rows = []
    for dd in range(3, 28):
        d = date(2024, 9, dd)
        if d.weekday() >= 5:
            continue
        for code in SCHOOLS:
            rows.append([d.isoformat(), code, R.randint(40, 300), R.randint(10, 80), R.randint(100, 700), R.randint(10, 90), R.randint(20, 300)])
    data = csv_bytes(["Date", "Site", "Bkfst Free", "Bkfst Reduced", "Lunch Free", "Lunch Reduced", "Lunch Paid"], rows)
    m.attach("meal_counts_2024-09.zip", zip_bytes([("meal_counts_2024-09.csv", data)]))
    m.text = "Site-level daily counts for the reimbursement claim.\n" + sig(f + " " + l, "Nutrition Services Accountant")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Late start / snow routes reminder", e, "families@district.example", container="text")
    m.text = ("With winter coming, a reminder about snow routes:\n\n* 2-hour late start: buses run 2 hours later than the normal time.\n"
              "* Snow routes: stops on Kestrel Ridge Rd above 1200 ft move to the Kestrel Ridge & Larch St turnout.\n"
              "* Closures are posted by 5:30 AM on the website and local radio.\n\nTransportation hotline: (503) 555-0103\n" + sig(f + " " + l, "Director of Transportation"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Route 14 revised stops (effective 10/14)", e, "families-route14@district.example", container="html")
    rows = [["%d:%02d AM" % (6, 48 + 3 * k) if 48 + 3 * k < 60 else "7:%02d AM" % (48 + 3 * k - 60), "%s & %s" % (pick(STREETS), pick(STREETS)), "%d:%02d PM" % (3, 30 + 3 * k)] for k in range(8)]
    m.html = html_doc("Route 14 (Bus 27) stops are changing because of the Riverside Dr bridge work:",
                      html_table(["AM Time", "Stop", "PM Time"], rows), "Questions: (503) 555-0103. Transportation, 880 Ironwood Pl.")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("NSLP claim summary - September", e, "business.office@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["Claim for Reimbursement - September 2024", "SFA 03-117 Riverton USD   Agreement 24-0117"])
    pdf_table(p, ["Program", "Free", "Reduced", "Paid", "Total Meals", "Reimbursement"],
              [["NSLP Lunch", "41,822", "6,115", "38,400", "86,337", "$221,440.18"], ["SBP Breakfast", "29,660", "3,902", "11,045", "44,607", "$96,512.77"],
               ["Afterschool Snack", "4,118", "611", "0", "4,729", "$5,420.35"]], [40, 25, 25, 25, 30, 40])
    pdf_para(p, "Operating days: 19. Sites: 5. Submitted 10/07/2024 by Nutrition Services.")
    m.attach("claim_2024-09.pdf", pdf_bytes(p))
    m.text = "Claim summary attached.\n" + sig(f + " " + l, "Nutrition Services Director")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Bus maintenance work orders - open", e, "fleet@district.example", container="xlsx")
    rows = [["WO-%05d" % R.randint(10000, 99999), "Bus %d" % R.randint(10, 48), date(2024, R.randint(8, 10), R.randint(1, 28)),
             pick(["Brake inspection", "Wheelchair lift cycle fault", "Heater core", "Stop arm sensor", "Tire replacement"]), pick(["Open", "Parts ordered", "In shop"]),
             "E%05d" % R.randint(10000, 99999)] for _ in range(12)]
    m.attach("open_work_orders.xlsx", xlsx_bytes([dict(name="Open WOs", header=["Work Order", "Vehicle", "Opened", "Issue", "Status", "Mechanic Emp ID"], rows=rows, fmts={2: "mm/dd/yyyy"})]))
    m.text = "Open work orders as of today.\n" + sig(f + " " + l, "Fleet Supervisor")
    return m


# ============================================================================ attendance_discipline
C = "attendance_discipline"


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Chronic absence report - through 10/4", e, "attendance.team@district.example", container="xlsx")
    ss = students(19, "n7", None, grades=(6, 8))
    rows = []
    for s in ss:
        en = R.randint(22, 25)
        ab = R.randint(3, 9)
        rows.append([int(s["sid"]), s["last"], s["first"], s["grade"], en, ab, round(ab / en, 3), R.randint(0, ab), pick(["Tier 1 letter", "Tier 2 SART", "Home visit"])])
        m.sid(s["sid"])
    m.roster()
    m.attach("chronic_absence_CRMS_1004.xlsx", xlsx_bytes([dict(name="Chronic Absence", title=["Cedar Ridge MS - Students absent 10% or more", "As of 10/04/2024"],
                                                               header=["Student ID", "Last", "First", "Grade", "Days Enrolled", "Days Absent", "Absence Rate", "Unexcused", "Intervention"],
                                                               rows=rows, fmts={6: "0.0%"})]))
    m.text = "Report for Wednesday's attendance team.\n" + sig(f + " " + l, "Attendance Secretary", SCHOOLS["CRMS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Aspen period attendance - unverified absences 10/3", e, "attendance.rhs@district.example", container="csv")
    ss = students(14, "s9", None)
    rows = [[s["sid"], "%s, %s" % (s["last"], s["first"]), s["grade"], "10/03/2024"] + [pick(["P", "P", "P", "A", "T", "A-U"]) for _ in range(6)] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.roster()
    m.attach("PeriodAttendance_20241003.csv", csv_bytes(["LASID", "Student", "YOG/Grade", "Date", "P1", "P2", "P3", "P4", "P5", "P6"], rows, quote_all=True))
    m.text = "Students with unverified period absences from Thursday. Please call home and update codes.\n" + sig(f + " " + l, "Attendance Clerk", SCHOOLS["RHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n6", None, grades=(3, 5))[0]
    m = Mail("Truancy notice - %s %s" % (s["first"], s["last"]), e, parent_email(s["gfirst"], s["glast"]), container="pdf")
    p = new_pdf()
    pdf_title(p, ["NOTICE OF UNEXCUSED ABSENCES", DISTRICT + " - Office of Student Services"])
    pdf_lv(p, [("Student", "%s %s" % (s["first"], s["last"])), ("Student ID", s["sid"]), ("Date of Birth", fmt(s["dob"], "mdY")), ("Grade", str(s["grade"])),
               ("School", "Maple Falls Elementary"), ("Notice Date", "10/07/2024")])
    pdf_para(p, "Records show the following unexcused absences:")
    days = sorted(school_day(date(2024, 9, 4), 28) for _ in range(6))
    pdf_table(p, ["Date", "Code", "Description"], [[fmt(d, "mdY"), "AU", "Absent - unexcused, full day"] for d in days], [35, 20, 100])
    pdf_para(p, "State law requires regular attendance. Please contact the school within five days to schedule an attendance conference. (503) 555-0131.")
    m.attach("TruancyNotice_%s.pdf" % s["sid"], pdf_bytes(p))
    m.text = "Please see the attached notice regarding attendance.\n" + sig(f + " " + l, "Attendance Specialist")
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Behavior incident log - September (admin team)", e, "admin.team.nhs@district.example", container="html")
    ss = students(13, "n6", None)
    rows = []
    for s in ss:
        rows.append(["INC-24-%04d" % R.randint(100, 999), fmt(school_day(date(2024, 9, 3), 25), "mdY"), s["sid"], "%s, %s" % (s["last"], s["first"]), s["grade"],
                     pick(["Fighting", "Vaping", "Defiance", "Harassment", "Skipping class", "Theft"]), pick(["ISS 1 day", "OSS 2 days", "Detention", "Parent conference", "Restorative circle"]),
                     "%s." % pick(["AP Gomez", "AP Kessler", "Dean Fairbanks"])])
        m.sid(s["sid"])
    m.roster()
    m.html = html_doc("Incident log for September from the behavior module:",
                      html_table(["Incident #", "Date", "Student ID", "Student", "Gr", "Behavior", "Resolution", "Admin"], rows), "<p>%s %s<br>Dean of Students</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n5", None, grades=(6, 8))[0]
    m = Mail("Referral #R-1187 - %s" % s["last"], e, "dean.crms@district.example", container="docx")
    d = new_doc()
    d.add_heading("Office Discipline Referral", 1)
    doc_lv(d, [("Referral #", "R-1187"), ("Date/Time", "10/02/2024  11:40"), ("Student", "%s, %s" % (s["last"], s["first"])), ("Student #", s["sid"]),
               ("Grade", str(s["grade"])), ("Location", "Cafeteria"), ("Referring Staff", "%s %s (ID 23017)" % (f, l)), ("Problem Behavior", "Physical aggression")], ncols=2)
    d.add_paragraph("Description: Student pushed another student into a table during lunch after a verbal argument. No injuries. Student was escorted to the office.")
    d.add_paragraph("Prior interventions: teacher conference 9/18; lunch detention 9/25.")
    d.add_paragraph("Admin decision: 1 day out-of-school suspension; re-entry meeting with parent.")
    m.attach("ODR_R-1187.docx", doc_bytes(d))
    m.text = "Referral attached.\n" + sig(f + " " + l, "Lunch Supervisor", SCHOOLS["CRMS"])
    m.sid(s["sid"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, None, None, grades=(9, 12))[0]
    m = Mail("Suspension notice for %s" % s["first"], e, parent_email(s["gfirst"], s["glast"]), container="text")
    m.text = ("Dear %s %s,\n\nThis is to confirm our phone call today. %s was involved in a fight in the C-hall during passing period\n"
              "on October 3. %s has been suspended out of school for three days (October 4, 7 and 8) under Board Policy JG,\n"
              "section 2.1. %s may return on October 9 after a re-entry meeting at 7:45 AM. Assignments will be posted in\n"
              "the learning platform. You have the right to appeal within five school days.\n\nSincerely,\n"
              % (s["gfirst"], s["glast"], s["first"], s["first"], s["first"]) + sig(f + " " + l, "Assistant Principal", SCHOOLS["NHS"], phone()))
    m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Tardy sweep results - week 6", e, "admin.team.rhs@district.example", container="text")
    ss = students(10, "hs12", None)
    rows = [[s["sid"], "%s %s" % (s["first"], s["last"]), s["grade"], R.randint(6, 19), pick(["Lunch detention", "Saturday school", "Parent call"])] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.roster()
    m.text = ("Students at 6+ tardies this semester:\n\n" + text_table(["Student Number", "Name", "Gr", "Tardies", "Consequence"], rows, "space") +
              "\n\n" + sig(f + " " + l, "Attendance Dean", SCHOOLS["RHS"]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Discipline incident file for state (zip) - ready for review", e, "state.reporting@district.example", container="zip")
    rows = []
    for _ in range(12):
        sid = mkid("emis")
        rows.append(["IR%06d" % R.randint(100000, 999999), sid, date(2024, 9, R.randint(3, 30)).strftime("%Y%m%d"), pick(["ALCH", "FGHT", "WEAP", "HARS", "TOBA"]),
                     pick(["OSS", "ISS", "EXP"]), R.choice([1, 1, 2, 3, 5, 10]), pick(["Y", "N"])])
        m.sid(sid)
    m.roster()
    data = csv_bytes(["INCIDENT_ID", "SSID", "INCIDENT_DATE", "BEHAVIOR_CODE", "ACTION_TYPE", "ACTION_DAYS", "IDEA_STUDENT"], rows)
    m.attach("GD_discipline_FY25_P1.zip", zip_bytes([("GD_discipline_FY25_P1.csv", data)]))
    m.text = "Period 1 discipline file, ID-only per the state layout. Please review before upload.\n" + sig(f + " " + l, "State Reporting Analyst")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Attendance intervention notes - 10/2 meeting", e, "attendance.team.wpe@district.example", container="docx")
    ss = students(3, "n5", None, grades=(1, 5))
    d = new_doc()
    d.add_heading("Student Attendance Review Team - Notes 10/02/2024", 1)
    doc_table(d, ["Student", "Student No.", "Absences (YTD)", "Barrier", "Plan"], [["%s %s" % (s["first"], s["last"]), s["sid"], str(R.randint(5, 9)),
                                                                                  pick(["Transportation after move", "Chronic asthma", "Sibling care in mornings"]),
                                                                                  pick(["Bus stop change", "Nurse check-in", "Morning check-in with counselor"])] for s in ss])
    d.add_paragraph("Next review: 10/30/2024.")
    for s in ss:
        m.sid(s["sid"])
    m.record()
    m.attach("SART_notes_1002.docx", doc_bytes(d))
    m.text = "Notes attached.\n" + sig(f + " " + l, "School Social Worker", SCHOOLS["WPE"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Homeroom attendance summary Sept - all 9th grade", e, "ninth.grade.team@district.example", container="pdf")
    ss = students(44, "n6", None, grades=(9, 9))
    p = new_pdf(footer="Infinite-style attendance summary - Riverton HS - September 2024")
    pdf_title(p, ["Attendance Summary by Student - Grade 9", "09/03/2024 - 09/30/2024"])
    rows = []
    for s in sorted(ss, key=lambda x: x["last"]):
        a = R.randint(0, 8)
        rows.append([s["sid"], "%s, %s" % (s["last"], s["first"]), "HR %d" % R.randint(101, 118), 19, a, R.randint(0, a), R.randint(0, 6), "%.1f%%" % ((19 - a) / 19 * 100)])
        m.sid(s["sid"])
    m.roster()
    pdf_table(p, ["Student #", "Student", "Homeroom", "Enrolled", "Absent", "Unexcused", "Tardy", "Attend %"], rows, [24, 55, 22, 20, 18, 22, 16, 20])
    m.attach("Gr9_attendance_Sept.pdf", pdf_bytes(p))
    m.text = "Summary attached (2 pages).\n" + sig(f + " " + l, "9th Grade Counselor", SCHOOLS["RHS"])
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Students at 10+ absences - need SART letters", e, "social.worker@district.example", container="html")
    ss = students(3, "n7", None, grades=(9, 12))
    rows = [["%s %s" % (s["first"], s["last"]), s["sid"], s["grade"], R.randint(10, 14), R.randint(4, 10)] for s in ss]
    for s in ss:
        m.sid(s["sid"])
    m.record()
    m.html = html_doc("These three reached 10 absences this week:", html_table(["Name", "Perm ID", "Gr", "Total Absences", "Unexcused"], rows),
                      "<p>%s %s<br>Attendance Clerk</p>" % (f, l))
    return m


# --- look-alikes
@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Daily ADA by school - September", e, "business.office@district.example", container="csv")
    rows = []
    for dd in range(3, 28):
        d = date(2024, 9, dd)
        if d.weekday() < 5:
            for code in SCHOOLS:
                en = R.randint(300, 1600)
                rows.append([d.strftime("%m/%d/%Y"), code, en, en - R.randint(10, 120), ""])
    rows = [r[:4] + ["%.2f" % (r[3] / r[2] * 100)] for r in rows]
    m.attach("ADA_2024-09.csv", csv_bytes(["Date", "School", "Enrolled", "Present", "ADA %"], rows))
    m.text = "September ADA for the P-1 estimate.\n" + sig(f + " " + l, "Fiscal Analyst")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Sub assignments week of 10/7", e, "sub.coordinator@district.example", container="xlsx")
    rows = []
    for _ in range(15):
        sf, sl = person()
        tf, tl = person()
        rows.append(["%s %s" % (sf, sl), "S%05d" % R.randint(10000, 99999), date(2024, 10, R.randint(7, 11)), "%s %s" % (tf, tl), pick(list(SCHOOLS)), "Rm %d" % R.randint(100, 230),
                     pick(["Illness", "PD", "Personal", "Jury duty"]), "ABS-%06d" % R.randint(100000, 999999)])
    m.attach("sub_assignments_1007.xlsx", xlsx_bytes([dict(name="Week", header=["Substitute", "Sub Emp ID", "Date", "Absent Teacher", "Site", "Room", "Reason", "Job #"],
                                                          rows=rows, fmts={2: "ddd mm/dd"})]))
    m.text = "Sub fills for next week.\n" + sig(f + " " + l, "Substitute Coordinator")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Staff absence report - September", e, "hr@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["Staff Absence Report", "09/01/2024 - 09/30/2024"])
    rows = []
    for _ in range(24):
        sf, sl = person()
        d = date(2024, 9, R.randint(3, 27))
        rows.append(["%s, %s" % (sl, sf), "%06d" % R.randint(200000, 299999), pick(list(SCHOOLS)), pick(["Sick", "Personal", "Bereavement", "PD"]), d.strftime("%m/%d/%Y"), pick(["1.0", "0.5"])])
    pdf_table(p, ["Employee", "Emp ID", "Site", "Leave Type", "Date", "Days"], rows, [55, 22, 20, 30, 25, 15])
    m.attach("staff_absence_2024-09.pdf", pdf_bytes(p))
    m.text = "For payroll reconciliation.\n" + sig(f + " " + l, "HR Technician")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("PBIS update - September referral data", e, "staff.crms@district.example", container="text")
    m.text = ("PBIS TEAM UPDATE\n\nSeptember office referrals: 41 (last year: 63). Top locations: hallway (14), cafeteria (11), bus (6).\n"
              "Top behaviors: disruption, defiance, physical contact. Most referrals happen 11:30-12:30.\n"
              "Cougar Cash drawing winners will be announced Friday. Thanks for catching students being good!\n\n"
              + text_table(["Grade", "Referrals", "Per 100 students"], [["6", 12, "3.9"], ["7", 16, "5.1"], ["8", 13, "4.4"]], "space") + "\n" +
              sig(f + " " + l, "PBIS Coach", SCHOOLS["CRMS"]))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Student code of conduct - response matrix (final)", e, "admins@district.example", container="docx")
    d = new_doc()
    d.add_heading("Behavior Response Matrix 2024-25", 1)
    doc_table(d, ["Level", "Examples", "Possible Responses", "Max OSS (days)"], [
        ["1", "Tardy, dress code, minor disruption", "Reteach, parent contact, detention", "0"],
        ["2", "Defiance, skipping, vaping", "Restorative conference, ISS", "1"],
        ["3", "Fighting, harassment, theft over $100", "OSS, behavior contract", "5"],
        ["4", "Weapons, serious bodily injury", "OSS, expulsion hearing", "10"]])
    d.add_paragraph("Approved by the Board of Education 08/12/2024. Policy JG.")
    m.attach("Response_Matrix_2024-25.docx", doc_bytes(d))
    m.text = "Final version attached.\n" + sig(f + " " + l, "Director of Student Services")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Instructional calendar - attendance days by month", e, "attendance.clerks@district.example", container="html")
    rows = [["Aug", "2", "08/29, 08/30", ""], ["Sep", "20", "09/03 - 09/30", "09/02 Labor Day"], ["Oct", "21", "10/01 - 10/31", "10/11 PD day"],
            ["Nov", "16", "11/01 - 11/22", "11/11, 11/25-29"], ["Dec", "14", "12/02 - 12/19", "12/20 - 01/03 break"]]
    m.html = html_doc("Attendance clerks, here is the day count for the attendance calendar setup:",
                      html_table(["Month", "Instructional Days", "Span", "No School"], rows), "<p>%s %s, Student Services</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Attendance rates by grade - all schools (zip)", e, "board.secretary@district.example", container="zip")
    rows = [[code, g, R.randint(80, 420), round(R.uniform(88, 97), 1), round(R.uniform(6, 24), 1)] for code in SCHOOLS for g in range(1, 4)]
    x = xlsx_bytes([dict(name="Rates", title=["Attendance by School and Grade Band - Sept 2024"], header=["School", "Grade Band", "Students", "Attendance %", "Chronic Absence %"], rows=rows)])
    m.attach("attendance_rates_sept.zip", zip_bytes([("attendance_rates_sept.xlsx", x)]))
    m.text = "Aggregate data for the board report. Grade bands 1=low, 2=mid, 3=high.\n" + sig(f + " " + l, "Research Analyst")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Attendance Awareness Month - family flyer text", e, "communications@district.example", container="text")
    m.text = ("EVERY DAY COUNTS - SEPTEMBER IS ATTENDANCE AWARENESS MONTH\n\nMissing just 2 days a month adds up to 18 days a year.\n"
              "Need help getting to school? Call the Family Resource Center at (503) 555-0118 or visit us at 615 Glenwood St, Riverton.\n"
              "Free bus passes, alarm clocks, and uniform closet available.\n\n" + sig(f + " " + l, "Family Engagement Coordinator"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Safety drill log - Q1", e, "safety@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["Emergency Drill Log - Quarter 1", "All schools"])
    rows = [[pick(list(SCHOOLS)), pick(["Fire", "Lockdown", "Earthquake", "Shelter"]), date(2024, 9, R.randint(4, 30)).strftime("%m/%d/%Y"), "%d:%02d" % (R.randint(8, 14), R.randint(0, 59)),
             "%d min %02d s" % (R.randint(2, 6), R.randint(0, 59)), R.randint(280, 1600), pick(["", "Door 4 alarm slow", "PA inaudible in gym"])] for _ in range(15)]
    pdf_table(p, ["Site", "Drill", "Date", "Time", "Duration", "Occupants", "Issues"], rows, [18, 25, 24, 16, 28, 22, 55])
    m.attach("drill_log_Q1.pdf", pdf_bytes(p))
    m.text = "Q1 drill log for the fire marshal.\n" + sig(f + " " + l, "Safety Coordinator")
    return m


# ============================================================================ district_office
C = "district_office"


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n6", "st10", grades=(6, 8))[0]
    m = Mail("New student registration summary - %s %s" % (s["first"], s["last"]), e, "registrar.crms@district.example", container="docx")
    d = new_doc()
    d.add_heading("Enrollment Center - Registration Summary", 1)
    doc_lv(d, [("Legal Name", "%s %s %s" % (s["first"], s["mi"], s["last"])), ("Local Student ID", s["sid"]), ("State ID", s["state"]),
               ("Birth Date", fmt(s["dob"], "iso")), ("Grade Placement", str(s["grade"])), ("Gender", s["gender"]),
               ("Home Address", "%s, %s OR %s" % (s["street"], s["city"], s["zip"])), ("Guardian", "%s %s" % (s["gfirst"], s["glast"])),
               ("Guardian Phone", s["phone"]), ("Previous School", "Lincoln MS, Salem OR"), ("Home Language", "Spanish"), ("Programs", "EL, 504 (per prior school)")])
    d.add_paragraph("Documents received: birth certificate, immunization record, proof of residence (utility bill 09/2024). Records request sent 10/03/2024.")
    m.attach("Registration_%s.docx" % s["sid"], doc_bytes(d))
    m.text = "New student starting Monday; packet summary attached.\n" + sig(f + " " + l, "Enrollment Center Specialist")
    m.sid(s["sid"]); m.sid(s["state"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    m = Mail("Records request / cumulative file cover sheet", "records@lincoln-sd.example.org", "registrar.rhs@district.example", container="pdf")
    s = students(1, "t6", None, grades=(10, 11))[0]
    p = new_pdf()
    pdf_title(p, ["Cumulative Record Transfer - Cover Sheet", "Lincoln School District, 100 State St, Salem OR 97301"])
    pdf_lv(p, [("Student", "%s, %s" % (s["last"], s["first"])), ("Former District ID", s["sid"]), ("Birthdate", fmt(s["dob"], "mdy")), ("Last Grade", str(s["grade"] - 1)),
               ("Withdrawal", "06/14/2024"), ("Receiving School", "Riverton HS")])
    pdf_table(p, ["Enclosed", "Pages"], [["Transcript (grades 9-10)", "2"], ["Immunization record", "1"], ["State test history", "1"], ["Discipline summary: none", "-"],
                                         ["Special programs: none", "-"]], [120, 30])
    pdf_para(p, "Transcript summary: cumulative GPA 3.12, credits 12.5, attendance 94%.")
    m.attach("CumFile_Cover_%s.pdf" % s["last"], pdf_bytes(p))
    m.text = "Per your request, the cumulative file cover sheet is attached; the full file is being sent through the secure portal.\n\nRecords Office, Lincoln SD\n"
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Kindergarten round-up registrations so far", e, "principal.wpe@district.example", container="xlsx")
    ss = students(16, None, None, grades=(0, 0))
    rows = [["%s %s" % (s["first"], s["last"]), s["dob"], "%s, %s" % (s["street"], s["city"]), "%s %s" % (s["gfirst"], s["glast"]), s["phone"],
             pick(["Full day", "Full day", "Dual language"]), date(2024, 9, R.randint(10, 30))] for s in ss]
    for s in ss:
        m.dob(s["dob"])
    m.roster()
    m.attach("K_roundup_WPE.xlsx", xlsx_bytes([dict(name="K 2025-26", title=["Kindergarten 2025-26 early registration - Willow Park"], header=
                                                   ["Child Name", "DOB", "Address", "Parent/Guardian", "Contact Phone", "Program", "Submitted"], rows=rows,
                                                   fmts={1: "d-mmm-yy", 6: "mm/dd/yyyy"})]))
    m.text = "Early registrations to date for next year's K classes.\n" + sig(f + " " + l, "Enrollment Center")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Rostering sync files for new math platform (zip)", e, "support@mathplatform.example.com", container="zip")
    ss = students(25, "n6", "st10", grades=(6, 8))
    rows = [["CRMS", s["sid"], s["sid"], s["state"], s["last"], s["first"], s["grade"], fmt(s["dob"], "mdY"), s["email"]] for s in ss]
    for s in ss:
        m.sid(s["sid"]); m.sid(s["state"]); m.dob(s["dob"])
    m.roster()
    sections = [["CRMS", "MTH6-0%d" % k, "Math 6", "%06d" % R.randint(200000, 299999)] for k in range(1, 6)]
    m.attach("sftp_sync_20241004.zip", zip_bytes([("students.csv", csv_bytes(["School_id", "Student_id", "Student_number", "State_id", "Last_name", "First_name", "Grade", "DOB", "Student_email"], rows)),
                                                  ("sections.csv", csv_bytes(["School_id", "Section_id", "Name", "Teacher_id"], sections))]))
    m.text = "Here are the initial rostering files per the data sharing agreement (DPA 2024-31).\n" + sig(f + " " + l, "Ed Tech Data Coordinator")
    return m


@builder(C)
def _():
    f, l, e = staff()
    s = students(1, "n8", None, grades=(10, 12))[0]
    m = Mail("Enrollment verification letter - %s" % s["last"], e, parent_email(s["gfirst"], s["glast"]), container="html")
    m.html = html_doc("<p><b>Riverton Unified School District - Enrollment Verification</b></p>",
                      "To whom it may concern:",
                      "This letter verifies that <b>%s %s</b> (Student ID: %s, date of birth %s) is enrolled full-time in grade %d at Northgate High School "
                      "for the 2024-25 school year. Attendance this term: %d absences." % (s["first"], s["last"], s["sid"], fmt(s["dob"], "long"), s["grade"], R.randint(0, 4)),
                      "<p>%s %s<br>Registrar<br>2710 Northview Dr, Riverton OR 97382 &middot; (503) 555-0124</p>" % (f, l))
    m.sid(s["sid"]); m.dob(s["dob"]); m.record()
    return m


# --- look-alikes
@builder(C)
def _():
    f, l, e = staff()
    m = Mail("District office staff directory (updated)", e, "all-staff@district.example", container="html")
    rows = []
    for dept in ["Superintendent", "Business Office", "Human Resources", "Student Services", "Technology", "Nutrition Services", "Transportation", "Facilities"]:
        for _ in range(2):
            sf, sl = person()
            rows.append([dept, "%s %s" % (sf, sl), pick(["Director", "Coordinator", "Secretary", "Specialist"]), "%s.%s@district.example" % (sf.lower(), sl.lower()), "(503) 555-01%02d" % R.randint(0, 99), "x%d" % R.randint(4000, 4399)])
    m.html = html_doc("Updated directory for the District Office, 410 Commerce Way:", html_table(["Department", "Name", "Title", "Email", "Phone", "Ext"], rows),
                      "<p>%s %s, Executive Assistant</p>" % (f, l))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("New hires - September board report", e, "board.secretary@district.example", container="csv")
    rows = []
    for _ in range(16):
        sf, sl = person()
        rows.append(["%06d" % R.randint(200000, 299999), sl, sf, pick(["Teacher", "Para", "Custodian", "Bus Driver", "Food Service"]), pick(list(SCHOOLS) + ["DO"]),
                     date(2024, R.randint(8, 9), R.randint(1, 28)).strftime("%m/%d/%Y"), pick(["Step 1", "Step 3", "Step 5"]), pick(["1.0", "0.5", "0.75"])])
    m.attach("new_hires_2024-09.csv", csv_bytes(["Employee ID", "Last", "First", "Position", "Location", "Start Date", "Step", "FTE"], rows))
    m.text = "Personnel report attachment for the October board meeting.\n" + sig(f + " " + l, "HR Generalist")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("PO 25-004812 approved - Chromebooks", "purchasing@district.example", e, container="pdf")
    p = new_pdf()
    pdf_title(p, ["PURCHASE ORDER 25-004812", DISTRICT + " - 410 Commerce Way, Riverton OR 97381"])
    pdf_lv(p, [("Vendor", "Northwest Device Supply"), ("Vendor #", "V004417"), ("Order Date", "10/01/2024"), ("Ship To", "Technology Warehouse"),
               ("Account", "100-2660-0-4400-000"), ("Requested By", "%s %s" % (f, l))])
    pdf_table(p, ["Line", "Description", "Qty", "Unit", "Total"], [["1", "Chromebook 11in, 8GB, education SKU", "250", "$289.00", "$72,250.00"],
                                                                  ["2", "Chrome Education Upgrade license", "250", "$38.00", "$9,500.00"],
                                                                  ["3", "Protective case", "250", "$19.50", "$4,875.00"]], [15, 95, 20, 25, 30])
    m.attach("PO_25-004812.pdf", pdf_bytes(p))
    m.text = "Your requisition REQ-11827 has been approved and converted to PO 25-004812.\n\nPurchasing Department\n"
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Board meeting agenda - October 14", e, "board@district.example", container="docx")
    d = new_doc()
    d.add_heading("Regular Board Meeting - Agenda", 1)
    d.add_paragraph("Monday, October 14, 2024, 6:30 PM - District Office Board Room, 410 Commerce Way")
    for i, it in enumerate(["Call to order / Pledge", "Public comment", "Consent agenda: minutes of 9/9, personnel report, PO over $50,000",
                            "Report: Fall enrollment and staffing", "Action: Resolution 24-17, bond refinancing", "Action: Policy JG second reading", "Adjourn"], 1):
        d.add_paragraph("%d. %s" % (i, it))
    m.attach("Agenda_2024-10-14.docx", doc_bytes(d))
    m.text = "Agenda attached for posting.\n" + sig(f + " " + l, "Board Secretary")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Riverton Roundup - October newsletter", e, "families@district.example", container="text")
    m.text = ("RIVERTON ROUNDUP - OCTOBER 2024\n\n* Fall enrollment is 8,412 students across our five schools.\n"
              "* Bond projects: the new Maple Falls gym roof is done; Northgate science labs open in January.\n"
              "* Picture retake day is October 23. Order online with code RUSD24.\n"
              "* The Board meets October 14 at 6:30 PM at 410 Commerce Way.\n* Volunteer background checks: call (503) 555-0150.\n\n" + sig(f + " " + l, "Communications Director"))
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("PTA minutes - September 26", "riverton.elem.pta@gmail.com", "principal.mfe@district.example", container="text")
    m.text = ("Maple Falls PTA - General Meeting Minutes, 9/26/2024\n\nPresent: 22 members. Called to order 6:32 PM.\n"
              "Treasurer: balance $8,214.55; fun run raised $4,120. Account ending 0417 reconciled.\n"
              "Principal report: 412 students enrolled, new playground shade structure in November.\n"
              "Motion to fund $600 for classroom libraries - passed.\nNext meeting 10/24, library, 6:30 PM.\n\nSubmitted by the PTA secretary\n")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("2025-26 district calendar draft", e, "calendar.committee@district.example", container="xlsx")
    rows = [[date(2025, 8, 26), "Teacher work day", "No school"], [date(2025, 9, 2), "First day, grades 1-12", ""], [date(2025, 9, 4), "First day, K", ""],
            [date(2025, 10, 10), "Statewide in-service", "No school"], [date(2025, 11, 11), "Veterans Day", "No school"], [date(2025, 11, 26), "Thanksgiving break begins", "No school"],
            [date(2025, 12, 22), "Winter break", "No school"], [date(2026, 1, 19), "MLK Jr. Day", "No school"], [date(2026, 3, 23), "Spring break", "No school"],
            [date(2026, 6, 11), "Last day for students", "Early release"]]
    m.attach("calendar_2025-26_draft.xlsx", xlsx_bytes([dict(name="Calendar", title=["Riverton USD 2025-26 Calendar - DRAFT"], header=["Date", "Event", "Notes"], rows=rows, fmts={0: "dddd, mmmm d, yyyy"}),
                                                        dict(name="Day Counts", header=["Quarter", "Days"], rows=[["Q1", 44], ["Q2", 43], ["Q3", 46], ["Q4", 45]])]))
    m.text = "Draft for the committee. 178 student days.\n" + sig(f + " " + l, "Assistant Superintendent")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Benefits open enrollment - census file for broker", e, "accounts@benefitsbroker.example.com", container="xlsx")
    rows = []
    for _ in range(8):
        sf, sl = person()
        bd = date(R.randint(1962, 1996), R.randint(1, 12), R.randint(1, 28))
        rows.append(["%06d" % R.randint(200000, 299999), sl, sf, bd, pick(["EE", "EE+SP", "EE+CH", "FAM"]), pick(["PPO", "HMO", "HDHP"]), date(2024, R.randint(1, 9), 1)])
        m.dob(bd)
    m.attach("census_2025_renewal.xlsx", xlsx_bytes([dict(name="Census", header=["Employee ID", "Last Name", "First Name", "Date of Birth", "Coverage Tier", "Plan", "Coverage Start"],
                                                         rows=rows, fmts={3: "mm/dd/yyyy", 6: "mm/dd/yyyy"})]))
    m.text = "Census for the new hires this year, for the renewal quote. Employees only.\n" + sig(f + " " + l, "Benefits Specialist")
    return m


@builder(C)
def _():
    m = Mail("Certificate of insurance - Northwest Device Supply", "certs@nwdevicesupply.example.com", "risk.management@district.example", container="pdf")
    p = new_pdf()
    pdf_title(p, ["CERTIFICATE OF LIABILITY INSURANCE", "Date issued 09/20/2024"])
    pdf_lv(p, [("Insured", "Northwest Device Supply LLC"), ("Address", "7710 SW Tamarack Way, Portland OR 97223"), ("Policy #", "GL-5512087-04"),
               ("Policy Period", "07/01/2024 - 07/01/2025"), ("Each Occurrence", "$1,000,000"), ("Aggregate", "$2,000,000"),
               ("Certificate Holder", DISTRICT), ("Producer Phone", "(503) 555-0181")])
    m.attach("COI_NWDS_2024.pdf", pdf_bytes(p))
    m.text = "COI attached as requested for vendor onboarding.\n"
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Fixed asset inventory export (zip)", e, "business.office@district.example", container="zip")
    rows = [["FA-%06d" % R.randint(100000, 999999), pick(["Ride-on scrubber", "Kiln", "Projector", "Server rack", "Walk-in freezer", "Bus"]), pick(list(SCHOOLS) + ["DO"]),
             date(R.randint(2012, 2024), R.randint(1, 12), R.randint(1, 28)).strftime("%m/%d/%Y"), "%.2f" % R.uniform(5000, 140000), pick(["10", "7", "15"])] for _ in range(30)]
    data = csv_bytes(["Asset #", "Description", "Location", "Acquired", "Cost", "Life (yrs)"], rows)
    m.attach("fixed_assets_FY25.zip", zip_bytes([("fixed_assets_FY25.csv", data)]))
    m.text = "Annual inventory export for the auditors.\n" + sig(f + " " + l, "Accountant")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Device order & serials for CRMS 1:1 refresh", e, "tech.crms@district.example", container="zip")
    rows = [["5CD%07d" % R.randint(1000000, 9999999), "Chromebook 11", "PO 25-004812", "CRMS", "Cart %d" % R.randint(1, 12), "A%05d" % R.randint(10000, 99999)] for _ in range(24)]
    x = xlsx_bytes([dict(name="Serials", header=["Serial", "Model", "PO", "Site", "Cart", "Asset Tag"], rows=rows),
                    dict(name="Summary", header=["Site", "Units"], rows=[["CRMS", 24]])])
    m.attach("CRMS_devices.zip", zip_bytes([("CRMS_devices.xlsx", x)]))
    m.text = "Serial list for the carts. Student assignment happens in the device portal at distribution.\n" + sig(f + " " + l, "Technology Technician")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Open facilities work orders - October", e, "principals@district.example", container="html")
    rows = [["WO-%05d" % R.randint(10000, 99999), pick(list(SCHOOLS)), "Rm %d" % R.randint(100, 230), pick(["HVAC not heating", "Broken window", "Leak in ceiling", "Lock core"]),
             date(2024, R.randint(9, 10), R.randint(1, 28)).strftime("%m/%d/%Y"), pick(["Open", "Assigned", "Waiting parts"])] for _ in range(10)]
    m.html = html_doc("Open work orders by site:", html_table(["WO #", "Site", "Location", "Issue", "Submitted", "Status"], rows), "<p>%s %s, Facilities</p>" % (f, l))
    return m


@builder(C)
def _():
    m = Mail("[IT-Help] Ticket 104772 updated: gradebook sync error", "helpdesk@district.example", "teacher.support@district.example", container="text")
    m.text = ("Ticket #104772 has been updated.\n\nStatus: Pending vendor\nPriority: P3\nAssigned: SIS Team\nAsset: LT-20417\n\n"
              "Update: Vendor case 02918847 opened. The LMS-to-SIS grade passback job (job id 7731) failed at 02:14 with HTTP 504.\n"
              "No data was lost; the job will retry tonight.\n\nReply above this line to add a comment.\n")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Job posting flyer - bus drivers (hiring event)", e, "communications@district.example", container="docx")
    d = new_doc()
    d.add_heading("NOW HIRING: School Bus Drivers", 0)
    d.add_paragraph("Starting $24.10/hr. Paid CDL training. Benefits at 4+ hours/day.")
    d.add_paragraph("Hiring event: Saturday, October 19, 10 AM - 1 PM, Transportation Center, 880 Ironwood Pl, Riverton OR 97382")
    doc_table(d, ["Position", "Posting #", "Closes"], [["Bus Driver (trainee)", "TR-24-031", "11/01/2024"], ["Bus Aide", "TR-24-032", "11/01/2024"]])
    d.add_paragraph("Apply online or call HR at (503) 555-0155.")
    m.attach("BusDriver_HiringEvent.docx", doc_bytes(d))
    m.text = "Flyer for social media and the newsletter.\n" + sig(f + " " + l, "Recruitment Coordinator")
    return m


@builder(C)
def _():
    f, l, e = staff()
    m = Mail("Budget transfer request - site supplies", e, "business.office@district.example", container="csv")
    rows = [["100-1110-0-4310-%03d" % R.randint(100, 999), pick(["Instructional supplies", "Copier paper", "Postage", "Field trips"]), "%.2f" % R.uniform(200, 9000),
             "100-1110-0-5800-%03d" % R.randint(100, 999), "BT-25-%04d" % R.randint(1000, 9999)] for _ in range(8)]
    m.attach("budget_transfers.csv", csv_bytes(["From Account", "Description", "Amount", "To Account", "Transfer #"], rows))
    m.text = "Transfers for approval.\n" + sig(f + " " + l, "Office Manager")
    return m




def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--no-check", action="store_true")
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    manifest = []
    counters = {}
    stats = {}
    for idx, (cls, fn) in enumerate(BUILDERS):
        counters[cls] = counters.get(cls, 0) + 1
        n = counters[cls]
        mail = fn()
        os.makedirs(os.path.join(out, cls), exist_ok=True)
        rel = "%s/%03d.eml" % (cls, n)
        with open(os.path.join(out, rel), "wb") as f:
            f.write(render(mail, idx, cls, n))
        manifest.append({"file": rel, "class": cls,
                         "expected": [{"kind": k, "value": v} for k, v in mail.exp]})
        is_rec = any(k in ("student-roster", "student-record") for k, _ in mail.exp)
        key = (mail.container, "records" if is_rec else "look-alikes")
        stats[key] = stats.get(key, 0) + 1
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    for c in sorted({k[0] for k in stats}):
        print("container %-5s records %3d  look-alikes %3d" % (c, stats.get((c, "records"), 0), stats.get((c, "look-alikes"), 0)))
    if not args.no_check:
        import check_set
        errors, per_class, kinds, rec, total = check_set.check(out)
        print("kinds:", dict(sorted(kinds.items())), "messages:", total, "records:", rec)
        if errors:
            for e in errors:
                print("FAIL:", e)
            sys.exit(1)
        print("self-check passed")


if __name__ == "__main__":
    main()
