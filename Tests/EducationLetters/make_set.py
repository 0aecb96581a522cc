#!/usr/bin/env python3
"""Generate the EducationLetters evaluation set.

Letters, notes, replies and announcements from an invented school district,
with and without FERPA education records told in prose (plus some
attachments). Every name, number, address and date is invented.

    python make_set.py             # writes into this script's own folder
    python make_set.py --out DIR   # writes elsewhere
    python make_set.py --check     # writes, then runs check_set.py on the result

Deterministic: fixed seed, fixed Date headers, Message-IDs, MIME boundaries,
zip timestamps and PDF/DOCX/XLSX creation dates.
"""
import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import shutil
import sys
import textwrap
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

SEED = 20240904
RNG = random.Random(SEED)
FIXED_ZIP_TIME = (2024, 8, 26, 12, 0, 0)
FIXED_DOC_TIME = dt.datetime(2024, 8, 26, 12, 0, 0, tzinfo=dt.timezone.utc)

DISTRICT = "North Harlow Public Schools"
DOM = "district.example"
SDOM = "students.district.example"


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
def T(s):
    """Dedent a triple-quoted block and strip surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


def fmt(text, width=0):
    """Lay out prose. Blocks are separated by blank lines. A block written on a
    single line is re-flowed to `width` (0 = leave it as one long line); a block
    that already has line breaks inside is kept verbatim (tables, headers,
    signatures, quoted text)."""
    out = []
    for block in text.split("\n\n"):
        if "\n" in block or not width or block.startswith((">", "|", " ")):
            out.append(block)
        else:
            out.append(textwrap.fill(block, width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n\n".join(out)


def quote(text, width=72, prefix="> "):
    lines = fmt(text, width).split("\n")
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in lines)


def html_to_text(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|h[1-6]|li|tr|table|ul|ol)>", "\n", h)
    h = re.sub(r"(?i)<li[^>]*>", "  * ", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    import html as _h
    h = _h.unescape(h)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in h.split("\n")]
    out, blank = [], False
    for ln in lines:
        if not ln:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln)
            blank = False
    return "\n".join(out).strip()


def html_table(header, rows, style=' border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px"'):
    th = "".join(f'<th style="background:#e8eef7;text-align:left">{h}</th>' for h in header)
    trs = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table{style}>\n<tr>{th}</tr>\n{trs}\n</table>"


def text_table(header, rows, sep="  "):
    cols = list(zip(*([header] + [list(map(str, r)) for r in rows])))
    widths = [max(len(str(c)) for c in col) for col in cols]
    def line(r):
        return sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    out = [line(header), sep.join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


# --------------------------------------------------------------------------
# expected labels
# --------------------------------------------------------------------------
def norm_id(v):
    return re.sub(r"[\s\-]", "", v).upper()


def X(ids=(), dobs=(), rec=False, ros=False):
    out, seen = [], set()
    def add(k, v):
        if (k, v) not in seen:
            seen.add((k, v))
            out.append({"kind": k, "value": v})
    for i in ids:
        add("student-id", norm_id(i))
    for d in dobs:
        d = d.isoformat() if isinstance(d, dt.date) else d
        dt.date.fromisoformat(d)
        add("date-of-birth", d)
    if ros:
        add("student-roster", "1")
    if rec:
        add("student-record", "1")
    return out


# --------------------------------------------------------------------------
# invented people and numbers for generated tables
# --------------------------------------------------------------------------
FIRST = ["Aaliyah", "Adrian", "Aisha", "Alejandro", "Amara", "Anders", "Anika",
         "Ariana", "Bodhi", "Brielle", "Caden", "Camila", "Cyrus", "Dalia",
         "Damian", "Delaney", "Emeka", "Esme", "Ezra", "Fatima", "Finn",
         "Gianna", "Gideon", "Harper", "Idris", "Imani", "Ines", "Jasper",
         "Juniper", "Kaito", "Keira", "Lena", "Leon", "Luca", "Mabel", "Malik",
         "Marisol", "Milo", "Nadia", "Nico", "Niamh", "Oscar", "Paloma",
         "Quentin", "Rafael", "Reese", "Rosalind", "Rowan", "Sanaa", "Silas",
         "Tamsin", "Tobias", "Uma", "Vivian", "Wesley", "Ximena", "Yusuf",
         "Zaid", "Zinnia", "Aurelio"]
LAST = ["Abernathy", "Acosta", "Bakshi", "Barros", "Calloway", "Castellanos",
        "Delacroix", "Dunleavy", "Eriksen", "Esposito", "Falconer", "Farrow",
        "Galloway", "Guzman", "Halvorsen", "Ibarra", "Iwasaki", "Jankowski",
        "Kaplan", "Kerrigan", "Lachance", "Lindahl", "Macaulay", "Mbeki",
        "Nakamura", "Navarro", "Oduya", "Okonkwo", "Pacheco", "Pemberton",
        "Quintero", "Rasmussen", "Rutledge", "Salazar", "Sandoval", "Tanaka",
        "Thibodeaux", "Umberger", "Valdez", "Varga", "Whitcomb", "Xiong",
        "Yamamoto", "Zelenko", "Beaumont", "Cordero", "Dimitrov", "Ferreira",
        "Holloway", "Kovacs"]


def people(n, rng=RNG):
    firsts = rng.sample(FIRST, n)
    lasts = rng.sample(LAST, n)
    return list(zip(firsts, lasts))


def make_id(style, rng=RNG):
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    nz = lambda: rng.choice("123456789")
    if style == "5":
        return nz() + d(4)
    if style == "6":
        return nz() + d(5)
    if style == "7":
        return nz() + d(6)
    if style == "8z":      # zero-padded local number
        return "00" + nz() + d(5)
    if style == "10":
        return nz() + d(9)
    if style == "S8":
        return "S" + "00" + nz() + d(5)
    if style == "AB7":
        return rng.choice("ABCDEFGHJKLMNPRSTUVW") + rng.choice("ABCDEFGHJKLMNPRSTUVW") + nz() + d(6)
    if style == "P5":
        return "P-" + nz() + d(4)
    if style == "NH12":
        return "NH" + d(2) + "-" + nz() + d(7)
    raise ValueError(style)


def make_dob(grade, rng=RNG):
    """Birth date for a student in `grade` during school year 2024-25."""
    g = 0 if grade == "K" else int(grade)
    year = 2019 - g  # K students born Sep 2018 - Aug 2019
    start = dt.date(year - 1, 9, 1)
    return start + dt.timedelta(days=rng.randrange(365))


# --------------------------------------------------------------------------
# attachment builders (all deterministic)
# --------------------------------------------------------------------------
def csv_bytes(header, rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def _normalize_ooxml(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = b"2024-08-26T12:00:00Z"
                content = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp, content)
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    return out.getvalue()


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def xlsx_bytes(sheets, author="North Harlow PS"):
    """sheets: list of dicts {title, header, rows, formats: {col_index: numfmt}, widths}"""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["title"])
        r0 = 1
        for pre in sh.get("preamble", []):
            ws.cell(row=r0, column=1, value=pre)
            r0 += 1
        if sh.get("preamble"):
            r0 += 1
        for j, h in enumerate(sh["header"], 1):
            c = ws.cell(row=r0, column=j, value=h)
            c.font = Font(bold=True)
        for i, row in enumerate(sh["rows"], r0 + 1):
            for j, v in enumerate(row, 1):
                c = ws.cell(row=i, column=j, value=v)
                f = sh.get("formats", {}).get(j - 1)
                if f:
                    c.number_format = f
        for j, w in enumerate(sh.get("widths", []), 1):
            ws.column_dimensions[chr(64 + j)].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_TIME.replace(tzinfo=None)
    wb.properties.modified = FIXED_DOC_TIME.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    return _normalize_ooxml(buf.getvalue())


def docx_bytes(blocks, author="North Harlow PS"):
    """blocks: ('h', text, level) | ('p', text) | ('kv', [(k, v)]) | ('table', header, rows)"""
    from docx import Document
    doc = Document()
    for b in blocks:
        if b[0] == "h":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "kv":
            for k, v in b[1]:
                p = doc.add_paragraph()
                p.add_run(k + ": ").bold = True
                p.add_run(v)
        elif b[0] == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for j, h in enumerate(header):
                t.rows[0].cells[j].text = h
            for r in rows:
                cells = t.add_row().cells
                for j, v in enumerate(r):
                    cells[j].text = str(v)
        elif b[0] == "bullets":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DOC_TIME.replace(tzinfo=None)
    cp.modified = FIXED_DOC_TIME.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _normalize_ooxml(buf.getvalue())


def pdf_bytes(blocks, title="Document"):
    """blocks: ('h', text) | ('p', text) | ('kv', [(k, v)]) | ('table', header, rows, widths) | ('small', text)"""
    from fpdf import FPDF
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(FIXED_DOC_TIME)
    pdf.set_title(title)
    pdf.set_author(DISTRICT)
    pdf.set_creator("North Harlow PS document service")
    pdf.set_producer("North Harlow PS document service")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    lat = lambda s: s.encode("latin-1", "replace").decode("latin-1")
    for b in blocks:
        kind = b[0]
        if kind == "h":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, lat(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.5, lat(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font("Helvetica", "I", 8)
            pdf.multi_cell(0, 4, lat(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "kv":
            for k, v in b[1]:
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(55, 6, lat(k + ":"))
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, 6, lat(v), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            header, rows, widths = b[1], b[2], b[3]
            pdf.set_font("Helvetica", "B", 9)
            for h, w in zip(header, widths):
                pdf.cell(w, 6, lat(h), border=1)
            pdf.ln(6)
            pdf.set_font("Helvetica", "", 9)
            for r in rows:
                for v, w in zip(r, widths):
                    pdf.cell(w, 6, lat(str(v)), border=1)
                pdf.ln(6)
            pdf.ln(3)
    return bytes(pdf.output())


MIME = {
    "csv": ("text", "csv"),
    "txt": ("text", "plain"),
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "zip": ("application", "zip"),
}


def att(filename, data):
    ext = filename.rsplit(".", 1)[-1].lower()
    return (filename, MIME[ext], data)


# --------------------------------------------------------------------------
# message spec
# --------------------------------------------------------------------------
def M(frm, to, subject, text=None, html=None, atts=(), exp=(), cc=None,
      wrap=None, prose=False, reply_to_id=None, extra_headers=None):
    """One message. `prose` marks a student record told in typed words (body
    or quoted/forwarded body), as opposed to only inside an attachment."""
    return dict(frm=frm, to=to, subject=subject, text=text, html=html,
                atts=list(atts), exp=list(exp), cc=cc, wrap=wrap, prose=prose,
                reply_to_id=reply_to_id, extra_headers=extra_headers or {})


CLASSES = {}


def klass(name):
    def deco(fn):
        CLASSES[name] = fn
        return fn
    return deco


# ==========================================================================
# class 1: letter_to_parent  (school staff writing to one family or to all)
# ==========================================================================
@klass("letter_to_parent")
def letter_to_parent():
    L = []
    # ---- records ---------------------------------------------------------
    L.append(M("Karen Hollis <khollis@district.example>",
               "Lucia Ruiz <lucia.ruiz82@gmail.com>",
               "Math 7 - missing work",
               T("""
Dear Ms. Ruiz,

I wanted to reach out because Mateo has fallen behind in Math 7 this quarter. He has five missing assignments (the Unit 2 problem sets and the ratio project), and his current grade is a 58%, which is an F. He also scored 11/25 on Tuesday's quiz.

He is welcome to come to my room during Flex block on Tuesdays and Thursdays to make up the work; anything turned in by October 25 will get full credit. I think he can get back to a C fairly quickly if he does.

Please let me know if there is anything going on at home I should be aware of.

Thank you,
Karen Hollis
Grade 7 Math, Westfield Middle School
"""), exp=X(rec=True), wrap=72, prose=True))

    L.append(M("Deb Marchand <dmarchand@district.example>",
               "Chidi Okafor <chidi.okafor@yahoo.com>",
               "Nurse visit today",
               T("""
Good afternoon Mr. Okafor,

Your son came to the health office at 10:40 this morning complaining of a headache and a sore throat. His temperature was 101.2 F, so per district policy he needs to be picked up and stay home until he has been fever-free for 24 hours without medication. I did not give him any medication. Mrs. Okafor is listed as the first contact but I could not reach her at (413) 555-0117.

Please call the health office when you are on your way and we will have him ready at the front desk.

Deb Marchand, RN
School Nurse
Lincoln Elementary
(413) 555-0123
"""), exp=X(rec=True), wrap=0, prose=True))

    L.append(M("Dr. Renee Caldwell <rcaldwell@district.example>",
               "Nabil Haddad <nhaddad@outlook.com>, Rana Haddad <rana.haddad@gmail.com>",
               "Suspension - Samir Haddad",
               T("""
Dear Mr. and Mrs. Haddad,

This letter confirms our phone conversation of this afternoon. On October 3, 2024, your son Samir Haddad (Student ID: 3307182, Grade 10) was involved in a physical altercation in the cafeteria during B lunch. After reviewing the video and interviewing the students involved, I have determined that Samir violated section 4.2 (Fighting) of the Student Code of Conduct.

Samir is suspended out of school for two (2) days, October 4 and October 7, 2024. He may return on Tuesday, October 8. A re-entry meeting is scheduled for 7:30 a.m. that day with Mr. Delgado, Assistant Principal. Samir may make up all work missed during the suspension; his teachers will post assignments in Google Classroom.

You have the right to appeal this decision to the Superintendent in writing within five school days of receiving this letter.

Sincerely,

-- 
Dr. Renee Caldwell
Principal, Harbor View High School
North Harlow Public Schools
"""), exp=X(ids=["3307182"], rec=True), wrap=0, prose=True))

    L.append(M("Attendance Office <attendance.eastbrook@district.example>",
               "ortiz.household@gmail.com",
               "Attendance concern - letter 2",
               T("""
Dear Parent/Guardian,

We are writing to you about Liam Ortiz. He has had seven unexcused absences since the start of the school year (9/12, 9/13, 9/20, 9/27, 10/1, 10/2 and 10/4), as well as three tardies. Under state law a student with seven or more unexcused absences in a school year may be considered habitually truant.

Student: Liam Ortiz
Student #: 40917
Grade: 8   Homeroom: 212

We would like to meet with you to put an attendance plan in place before a referral to the district attendance officer becomes necessary. Please call the attendance office at (413) 555-0151 to set up a time.

Tomas Reyes
Attendance Clerk, Eastbrook Middle School
"""), exp=X(ids=["40917"], rec=True), wrap=76, prose=True))

    L.append(M("Nora Feeney <nfeeney@district.example>",
               "Colleen Brennan <cbrennan.home@icloud.com>",
               "Ava's 504 review",
               T("""
Hi Ms. Brennan,

It's that time of year again - Ava's annual 504 review is due. Her current plan provides extended time (time and a half) on tests and quizzes, preferential seating near the front, and a copy of class notes because of her ADHD. Her teachers tell me the notes have helped a lot, but she is still not using the extended time in math, and she had two incompletes in Q1 because of it.

Would Tuesday, November 12 at 2:45 work for you? We'll meet in the guidance conference room. If that time doesn't work, send me two or three that do.

Best,
Nora

Nora Feeney
School Counselor / 504 Coordinator
Riverside High School
"""), exp=X(rec=True), wrap=74, prose=True))

    L.append(M("Gwen Albright <galbright@district.example>",
               "Tasha Washington <tasha.washington@gmail.com>",
               "Notice of IEP Team Meeting",
               T("""
Dear Ms. Washington,

NOTICE OF IEP TEAM MEETING

Student: Elijah Washington
Date of Birth: 06/22/2012
SASID: 1029384756
School/Grade: Westfield Middle School / Grade 6
Disability category: Specific Learning Disability (reading)

An IEP Team meeting has been scheduled for Thursday, October 17, 2024 at 8:00 a.m. in Room 118. The purpose of the meeting is the annual review of Elijah's IEP and a review of his three-year re-evaluation results (the psychological and educational assessments completed on 9/26 and 10/2). Copies of the evaluation reports will be sent home two days before the meeting.

Invited: Gwen Albright (Special Education Coordinator), Paul Weng (special education teacher), Ms. Pruitt (Grade 6 ELA), Dr. Sanjay Rao (School Psychologist), and you. Elijah is welcome to attend for the first part of the meeting.

Please return the attached response form or reply to this email to confirm.

Sincerely,
Gwen Albright
Special Education Coordinator
North Harlow Public Schools
(413) 555-0140
"""), exp=X(ids=["1029384756"], dobs=["2012-06-22"], rec=True), wrap=78, prose=True))

    L.append(M("Paula Ibáñez <pibanez@district.example>",
               "Rosa Morales <rosamorales1990@hotmail.com>",
               "Tardanzas de Valentina",
               T("""
Estimada Sra. Morales:

Le escribo porque Valentina ha llegado tarde a la escuela cinco veces en las últimas dos semanas (tardanzas sin excusa los días 7, 8, 10, 15 y 16 de octubre). Según el reglamento de la escuela, a partir de la sexta tardanza se asigna una detención después de clases.

Sabemos que las mañanas pueden ser difíciles. Si necesita ayuda con el transporte, por favor llame a la oficina al (413) 555-0162 y con gusto le ayudamos.

Atentamente,
Paula Ibáñez
Maestra de 3er grado
Maple Ridge Elementary
"""), exp=X(rec=True), wrap=72, prose=True))

    L.append(M("Health Office - Eastbrook <health.eastbrook@district.example>",
               "m.sato.family@gmail.com",
               "Immunization exclusion notice",
               T("""
Dear Parent or Guardian,

RE: Kenji Sato  |  Perm ID 882104  |  DOB: 14-Mar-2011  |  Grade 8

Our health records show that Kenji is not in compliance with the state school immunization requirements. He is missing:

  - Tdap booster (required for entry to grade 7)
  - MenACWY (meningococcal conjugate), dose 1

Unless we receive documentation of these vaccines, or a valid medical or religious exemption, Kenji will be excluded from school starting Friday, November 1, 2024. Documentation can be faxed by your provider or dropped off at the health office.

Thank you,
Lorraine Quist, BSN, RN
School Nurse, Eastbrook Middle School
(413) 555-0128
"""), exp=X(ids=["882104"], dobs=["2011-03-14"], rec=True), wrap=0, prose=True))

    L.append(M("Coach Dan Sullivan <dsullivan@district.example>",
               "Ingrid Lindqvist <ingrid.lindqvist@gmail.com>",
               "Friday's game",
               T("""
Mrs. Lindqvist,

Just a heads up before Friday's game: Noah is on the ineligible list this week. The grade check on Monday showed him failing two classes, Chemistry (54) and English 10 (61), and our athletic code requires passing all classes. He can still practice but he cannot dress for the game.

If both grades are 65 or above at next Monday's check he is back on the active roster. Mr. Ferris runs Chemistry help on Wednesdays after school.

Coach Sullivan
Varsity Football
"""), exp=X(rec=True), wrap=70, prose=True))

    L.append(M("Marta Castillo <mcastillo@district.example>",
               "Luc Duval <lduval@protonmail.com>",
               "Good news from Spanish II",
               T("""
Dear Mr. and Mrs. Duval,

Good news! Zoë has really turned things around in Spanish II. After a rough start (a 64 on the first unit test), her quiz average is now 88% and she earned a 91 on the Unit 3 exam. Her current quarter grade is a B+ (87.5%).

She has been coming to extra help and participating much more in class. Please tell her I noticed!

Un saludo,
Señora Castillo
World Languages, Riverside High School
"""), exp=X(rec=True), wrap=0, prose=True))

    L.append(M("Gerald Pike <gpike@district.example>",
               "brooks.fam@yahoo.com",
               "Detention notice",
               T("""
Dear Parent/Guardian:

Your child, Tyler Brooks, has been assigned one (1) after-school detention on Thursday, October 24, from 2:20 to 3:20 p.m. in Room 140.

Reason: Excessive tardiness to class (4 tardies this week) and repeated cell phone use after warnings.

Late buses leave at 3:30 p.m. Failure to serve the detention will result in a Saturday session. If you have questions, please contact me.

Gerald Pike
Dean of Students
Eastbrook Middle School
"""), exp=X(rec=True), wrap=76, prose=True))

    L.append(M("Deb Marchand <dmarchand@district.example>",
               "Aaron Feld <aaron.feld@gmail.com>",
               "Hannah - EpiPen and allergy plan",
               T("""
Dear Mr. Feld,

We have on file that Hannah has a severe peanut and tree nut allergy. Her EpiPen Jr. in the health office expires at the end of this month (10/31/2024), and her Allergy Action Plan needs a new physician signature for this school year. Could you please send in a replacement auto-injector and the signed plan by next Friday?

Also, she visited the health office on Wednesday with hives on both forearms after lunch. No epinephrine was needed; the hives resolved about 20 minutes after a dose of diphenhydramine, as her plan allows. She went back to class and was fine for the rest of the day.

Thanks so much,

Deb Marchand, RN
School Nurse - Lincoln Elementary
"""), exp=X(rec=True), wrap=72, prose=True))

    L.append(M("Tamara Voss <tvoss@district.example>",
               "Parents of Marcus Bell <bell.jerome@gmail.com>",
               "Reading diagnostic results",
               T("""
Dear Parents of Marcus Bell,

I am the reading specialist at Maple Ridge. Marcus's fall i-Ready diagnostic placed him at a Grade 2 level in reading (overall scale score 468), which is about a year and a half below where we would expect a fourth grader to be at this time of year. His weakest area was phonics; comprehension of literature was close to grade level.

Starting next week, Marcus will join my small reading intervention group four mornings a week (Tier 2, 30 minutes). We'll check his progress every two weeks and I will send you an update at the winter diagnostic.

Warmly,
Tamara Voss
Reading Specialist
"""), exp=X(rec=True), wrap=78, prose=True))

    L.append(M("Greg Ostrowski <gostrowski@district.example>",
               "a.natarajan@outlook.com",
               "Progress note: Priya N. (Period 3 Biology)",
               T("""
Hello,

Quick note since progress reports go home on Friday: she has not turned in the last three lab reports (Enzymes, Osmosis, Cell Respiration), and her current average in the class is a 68%. She did well on the unit test (84), so this is really about the missing labs, which count for 30% of the grade.

Labs can be turned in up to the end of the unit for 80% credit.

Greg Ostrowski
Biology, Riverside High School
"""), exp=X(rec=True), wrap=74, prose=True))

    L.append(M("Gwen Albright <galbright@district.example>",
               "Maricela Alvarez <maricela.alvarez@gmail.com>",
               "Consent for initial evaluation",
               T("""
Dear Mrs. Alvarez,

Thank you for meeting with the Student Support Team last week. As we discussed, the team is proposing an initial special education evaluation for Diego.

Student name: Diego Alvarez
Student No.: S00421377
Birthdate: 2013-01-09
Grade: 5, Maple Ridge Elementary

Reason for referral: Diego continues to read well below grade level (DIBELS ORF 41 words correct per minute in September, benchmark 111) despite eight weeks of Tier 2 intervention, and his teacher reports difficulty with written expression and attention.

Proposed assessments: cognitive (School Psychologist), academic achievement (special education teacher), speech and language screening, and a classroom observation.

Please sign and return the consent form. The evaluation will be completed within 45 school days of receiving your consent.

Gwen Albright
Special Education Coordinator
"""), exp=X(ids=["S00421377"], dobs=["2013-01-09"], rec=True), wrap=0, prose=True))

    L.append(M("Lauren Kessler <lkessler@district.example>",
               "Monique Baptiste <monique.baptiste@gmail.com>",
               "Following up on our call",
               T("""
Dear Ms. Baptiste,

Thank you for talking with me yesterday about Jasmine. As I mentioned, she has come to my office several times this month saying she felt too anxious to stay in class, and she has now missed 11 days of school this year, most of them Mondays.

With your permission I would like to refer her to Mr. Adebayo, our school adjustment counselor, for weekly check-ins, and I will ask her teachers to let her take a short break pass when she needs it. The referral form is on paper; I'll send it home in her folder on Friday.

Kind regards,
Lauren Kessler
School Counselor, Eastbrook Middle School
"""), exp=X(rec=True), wrap=76, prose=True))

    L.append(M("Angela Ferreira-Mott <aferreiramott@district.example>",
               "Eleni Petrakis <eleni.petrakis@gmail.com>, Stavros Petrakis <spetrakis@petrakis-auto.example>",
               "Promotion concern",
               T("""
Dear Mr. and Mrs. Petrakis,

I am writing to you about Nikos. At the end of the first marking period he is failing three of his four core classes (ELA 52, Math 47, Science 58), and under the district's promotion policy a student who fails two or more core subjects for the year may be retained in Grade 8.

It is early, and there is plenty of time to turn this around. His team would like to meet with you and Nikos to set up an academic plan, including after-school homework club three days a week and a weekly progress check with his advisor, Mr. Lowe.

Please call my assistant, Mrs. Duarte, at (413) 555-0131 to schedule a time.

Sincerely,

Angela Ferreira-Mott
Principal
"""), exp=X(rec=True), wrap=78, prose=True))

    # ---- look-alikes (no education record) ------------------------------
    L.append(M("Dr. Renee Caldwell <rcaldwell@district.example>",
               "Harbor View Families <hvhs-families@district.example>",
               "Every day counts: attendance reminder",
               T("""
Dear Harbor View Families,

As we head into the second month of school, I want to remind everyone of our attendance policy. Students who miss 10% or more of the school year (about 18 days) are considered chronically absent, whether the absences are excused or not. Last year 14% of our students were chronically absent, and we want to bring that number down.

If your student will be absent, please call the attendance line at (413) 555-0150 before 9:00 a.m. or use the absence form in the Aspen family portal. A parent note is needed within three days for an absence to be excused. Tardies after 7:45 a.m. require a sign-in at the main office.

Students with 5 unexcused absences will receive a letter, and we will reach out to set up a meeting after 7.

Thank you for your partnership,
Dr. Renee Caldwell
Principal
"""), exp=X(), wrap=0))

    L.append(M("Lincoln Health Office <health.lincoln@district.example>",
               "Lincoln Families <lincoln-families@district.example>",
               "Flu season reminder from the school nurse",
               T("""
Dear Families,

Flu season is here. Please keep your child home if they have a fever of 100.4 F or higher, vomiting, or diarrhea, and keep them home until they have been fever-free for 24 hours without fever-reducing medication.

The North Harlow Board of Health is holding a free flu vaccine clinic for students and families on Saturday, October 19, 9:00 a.m. to 1:00 p.m., in the Lincoln Elementary gym (45 Chestnut Street). No appointment is needed; bring your insurance card if you have one.

If your child needs to take any medication at school, including over-the-counter medicine, we need a signed medication authorization form from a parent and a provider. Forms are on the district website under Health Services.

Deb Marchand, RN
School Nurse
(413) 555-0123
"""), exp=X(), wrap=72))

    L.append(M("Ellen Moriarty <emoriarty@district.example>",
               "Grade 5 Families <grade5-maple@district.example>",
               "Grade 5 field trip: Harlow Science Center",
               T("""
Dear Grade 5 Families,

On Wednesday, November 6, all fifth graders will visit the Harlow Science Center for the "Forces and Motion" program. Buses leave Maple Ridge at 8:45 a.m. and return by 2:15 p.m. Students should bring a bag lunch and a water bottle; the school cafeteria will provide a free bag lunch to anyone who orders one by November 1.

The cost is $12 per student. No student will be left behind because of cost - please contact Mrs. Ochs in the main office privately if that would help.

Chaperones must have a current CORI on file. Mr. Lam, Ms. Oyelaran and I will be the staff leads.

Please sign and return the permission slip by Friday, October 25.

Ellen Moriarty
Grade 5 Team Leader
"""), exp=X(), wrap=76))

    L.append(M("Special Education Department <sped@district.example>",
               "Families - Special Education <sped-families@district.example>",
               "Annual notice of procedural safeguards",
               T("""
Dear Families,

Each year we are required to offer every family of a student with an IEP a copy of the Notice of Procedural Safeguards, which explains your rights under the Individuals with Disabilities Education Act (IDEA): the right to consent to evaluations, to receive prior written notice, to review your child's educational records, to an independent educational evaluation, and to mediation and due process.

A copy is available in English, Spanish, Portuguese, Haitian Creole and Vietnamese on the district website, or you can request a paper copy from your child's IEP liaison.

Our Special Education Parent Advisory Council (SEPAC) will hold a workshop on "Understanding Your Rights" on Tuesday, November 19 at 6:30 p.m. in the Riverside High School library.

Ruth Engstrom
Director of Student Services
"""), exp=X(), wrap=0))

    L.append(M("Anita Patel <apatel@district.example>",
               "Room 204 Families <room204-families@district.example>",
               "Welcome to Room 204!",
               T("""
Dear Families,

Welcome to 6th grade ELA! I'm Anita Patel and I'm excited to be your child's teacher this year.

A few things about how grades work in my class: Reading and writing assessments are 50% of the grade, classwork and participation 30%, and homework 20%. Late work is accepted for up to one week for 90% credit. Grades are updated in Aspen every Friday, and you can sign up for weekly grade emails in the family portal.

If your child will be absent, they can find what we did on the class Google site. I'm available for extra help on Tuesdays and Thursdays from 2:15 to 3:00.

My email is apatel@district.example and my classroom phone is (413) 555-0176.

Ms. Patel
"""), exp=X(), wrap=74))

    L.append(M("Eastbrook Main Office <eastbrook@district.example>",
               "Eastbrook Grade 8 Families <grade8-eastbrook@district.example>",
               "Grade 8 state testing schedule",
               T("""
Dear Grade 8 Families,

State testing in ELA and Math will take place on the following mornings: ELA session 1 on April 8, session 2 on April 9; Math session 1 on May 13, session 2 on May 14; Science on May 20. Students should arrive on time and get a good night's sleep. Make-up sessions will be scheduled for students who are absent.

Last spring, 61% of Eastbrook eighth graders met or exceeded expectations in ELA and 48% in Math. Score reports for last year's tests were mailed home in September; if you did not receive yours, please contact the main office.

Students with IEPs or 504 plans will receive the testing accommodations listed in their plans.

Thank you,
Eastbrook Middle School
"""), exp=X(), wrap=0))

    L.append(M("Rick Lowe <rlowe@district.example>",
               "Keisha Grant <keisha.grant@gmail.com>",
               "Welcome to Eastbrook - homeroom and bus",
               T("""
Dear Ms. Grant,

Welcome to Eastbrook Middle School! Isaiah has been placed in my homeroom, Room 204, on the Grade 7 "Falcon" team. His locker is #1147 in the B-wing, near the homeroom, and he will ride Bus 12 in the morning and afternoon (first pickup at Oak & Vine at 7:02 a.m.).

His schedule will be available in the family portal on Friday. The first day for seventh graders is Wednesday, August 28, and there will be a Falcon team orientation in the gym at 8:00 a.m.

Looking forward to meeting you both at Open House.

Rick Lowe
Grade 7 Science / Homeroom 204
"""), exp=X(), wrap=72))

    L.append(M("Registration Center <registration@district.example>",
               "Incoming K Families <k-registration@district.example>",
               "Kindergarten registration for fall 2025",
               T("""
Kindergarten registration for the 2025-2026 school year opens on January 6, 2025. Children who turn five on or before September 1, 2025 are eligible.

Please bring the following to your registration appointment at the Central Registration Center, 88 Mill Street (Suite 2):
 - your child's original birth certificate or passport (to verify date of birth)
 - immunization record signed by a health care provider
 - a recent physical exam (within the last 12 months)
 - two proofs of residency (lease, utility bill, bank statement)
 - custody or guardianship documents, if applicable

Appointments can be booked online or by calling (413) 555-0107. Interpreters are available on request.

North Harlow Public Schools Registration Center
"""), exp=X(), wrap=78))

    L.append(M("Food & Nutrition Services <nutrition@district.example>",
               "All Families <all-families@district.example>",
               "Free and reduced-price meal applications",
               T("""
Dear Families,

Applications for free and reduced-price school meals for 2024-2025 are now available. A household of four with an annual income of $57,720 or less may qualify for reduced-price meals, and $40,560 or less for free meals. Families that receive SNAP or TAFDC benefits are eligible automatically and do not need to apply.

Only one application is needed per household. Applications are confidential and can be completed online through the family portal or on paper at any school office. Eligibility also helps our schools qualify for grants.

Meal prices this year: breakfast $1.75, lunch $3.25; reduced-price breakfast and lunch $0.40.

Questions? Call Food & Nutrition Services at (413) 555-0188.
"""), exp=X(), wrap=0))

    L.append(M("Joel Brandt <jbrandt@district.example>",
               "Orchestra Families <orchestra-ems@district.example>",
               "6th grade orchestra sectionals",
               T("""
Hello orchestra families,

Sectionals start next week during Flex block. Here is who meets when:

  Monday (violins):  Ava, Ben, Chloe, Dmitri, Elena, Farah
  Tuesday (violas):  Grayson, Hugo, Ines
  Wednesday (cellos and bass):  Jonah, Kira, Levi, Mateus

Please make sure instruments come to school on the right day and that rosin and a pencil are in every case. Our winter concert is Thursday, December 12 at 7:00 p.m. in the Eastbrook auditorium; concert dress is black and white.

Mr. Brandt
Orchestra Director
"""), exp=X(), wrap=72))
    return L


# ==========================================================================
# class 2: staff_note  (staff to staff)
# ==========================================================================
@klass("staff_note")
def staff_note():
    L = []
    # ---- records ---------------------------------------------------------
    L.append(M("Brian Tolliver <btolliver@district.example>",
               "Lauren Kessler <lkessler@district.example>",
               "Jaylen",
               T("""
Hi Lauren,

Can you check in on Jaylen Carter when you get a chance? He has been absent 6 of the last 10 days and when he is here he sleeps through most of 2nd period. He is failing my class right now (48%) and I'm hearing the same from Science. I emailed home twice but the number on file goes to voicemail.

Thanks,
Brian
"""), exp=X(rec=True), wrap=76, prose=True))

    L.append(M("Deb Marchand <dmarchand@district.example>",
               "Grade 4 Team <grade4-lincoln@district.example>",
               "New seizure action plan - Sofia M.",
               T("""
Good morning Grade 4 team,

FYI, Sofia Marchetti (DOB 9/30/2014, Gr 4, Rm 12) has a new seizure action plan as of this week. She takes levetiracetam (Keppra) twice a day at home; nothing is given at school. Her seizures are usually brief staring spells, but if she has a convulsive seizure lasting more than 5 minutes, call 911 and me, and her rescue medication (intranasal midazolam) is in the health office.

A copy of the plan is in the red folder on your sub tub. Please make sure specials teachers and the lunch aides see it too.

Deb
"""), exp=X(dobs=["2014-09-30"], rec=True), wrap=0, prose=True))

    L.append(M("Victor Delgado <vdelgado@district.example>",
               "Grade 8 Team <grade8-eastbrook@district.example>",
               "stairwell incident yesterday",
               T("""
Quick update for the 8th grade team: the Petrakis boy and the Jensen kid got into it in the B-wing stairwell after 6th period yesterday. Both are getting one day OSS (today) and a no-contact agreement when they come back tomorrow.

Please don't seat them near each other in any shared classes and keep an eye on the 6th period transition. Referral #24-118 is in Aspen if you need the details.

V. Delgado
Assistant Principal
"""), exp=X(rec=True), wrap=72, prose=True))

    L.append(M("Paul Weng <pweng@district.example>",
               "Jill Ferris <jferris@district.example>, Omar Haley <ohaley@district.example>, Sue Lam <slam@district.example>",
               "Accommodations reminder - Amira Sayegh",
               T("""
Hi all,

Reminder of the accommodations in Amira Sayegh's IEP (SLD - reading and written expression) now that the first unit tests are coming up:

 * extended time, 1.5x, on tests and quizzes (she can finish in the learning center)
 * tests read aloud, except when reading comprehension is being assessed
 * use of speech-to-text for writing longer than a paragraph
 * copy of notes / graphic organizers provided

She also gets 30 minutes a week of pull-out reading services with me on Wednesdays during Flex, so she may be a few minutes late to 5th period that day.

Let me know if you have questions,

-- 
Paul Weng
Special Education Teacher / Case Manager
Westfield Middle School
"""), cc="Gwen Albright <galbright@district.example>", exp=X(rec=True), wrap=0, prose=True))

    L.append(M("Janice Poole <jpoole@district.example>",
               "Victor Delgado <vdelgado@district.example>",
               "Tardy count - Fitzgerald",
               T("""
Mr. Delgado,

Owen Fitzgerald (Student # 7731) is up to 12 tardies to 1st period this term. Per the attendance policy that triggers a parent meeting. His mother's cell on file is (413) 555-0196. Do you want me to set something up for next week or do you want to call her yourself?

Janice Poole
Attendance Secretary
"""), exp=X(ids=["7731"], rec=True), wrap=74, prose=True))

    L.append(M("Hector Lim <hlim@district.example>",
               "Sarah Ng <sng@district.example>",
               "Lucas",
               T("""
Hey Sarah - heads up about Lucas in your 4th period. He told me today he's been getting really bad migraines and he has been down to the nurse three times this week. He asked to put his head down in my class and I let him. Not sure if the nurse has called home yet, but you might see him asking to leave.

H.
"""), exp=X(rec=True), wrap=0, prose=True))

    L.append(M("Linda Oyelowo <loyelowo@district.example>",
               "Lauren Kessler <lkessler@district.example>",
               "New enrollee for Grade 9 - Adeyemi",
               T("""
Lauren,

New student starting Monday, please schedule:

Name: Grace Adeyemi
DOB: March 3, 2010
Previous school: Ridgeview High School, Columbus, OH
Ohio SSID (EMIS): AB4417902
Our new local Student ID: 612055
Grade: 9

Records from Ohio show a 504 plan for anxiety (testing in a small group, breaks as needed) and she was taking Algebra I and Spanish I there with B's. Transcript and 504 paperwork are in the shared drive under Registrar > Incoming.

Linda Oyelowo
Registrar, Riverside High School
"""), exp=X(ids=["AB4417902", "612055"], dobs=["2010-03-03"], rec=True), wrap=72, prose=True))

    L.append(M("Dr. Sanjay Rao <srao@district.example>",
               "Gwen Albright <galbright@district.example>, Paul Weng <pweng@district.example>",
               "Re-eval results before Thursday",
               T("""
Hi both,

I finished my part of the re-evaluation for Ethan Kowalski. He scored a WISC-V Full Scale IQ of 84, with Processing Speed (76) and Working Memory (80) as relative weaknesses; verbal comprehension was average (98). The BASC-3 ratings from his mom and two teachers show clinically significant attention problems.

My recommendation will be that he continues to qualify, but under Other Health Impairment (ADHD) rather than SLD. I'll have the written report uploaded by Tuesday so it can go home 2 days before the meeting.

Sanjay

Sanjay Rao, PhD
School Psychologist
"""), exp=X(rec=True), wrap=78, prose=True))

    L.append(M("Mike Sorensen <msorensen@district.example>",
               "Victor Delgado <vdelgado@district.example>",
               "need to write up a student",
               T("""
Victor,

I need to write up Dante Whitaker. He threw a chair across the back of the room in 5th period today after I asked him to put his phone away, then walked out without a pass. No one was hit but it was close. I'll enter the referral in Aspen tonight.

This is the third time this month he has walked out. Can we talk tomorrow about next steps?

Mike Sorensen
Social Studies
"""), exp=X(rec=True), wrap=70, prose=True))

    L.append(M("Lauren Kessler <lkessler@district.example>",
               "Greg Ostrowski <gostrowski@district.example>, Marta Castillo <mcastillo@district.example>, Frank Dorsey <fdorsey@district.example>",
               "Maya Lindgren - medical leave",
               T("""
Good afternoon,

Maya Lindgren will be out for at least the next two weeks. She had a concussion at Saturday's soccer game and her doctor has ordered cognitive rest. Please excuse her from all tests and quizzes for now and send me a short list of the essential assignments only; nothing else should be counted as missing. We will look at a 504 plan for return-to-learn accommodations once she is cleared.

Thank you,
Lauren Kessler
School Counselor
"""), exp=X(rec=True), wrap=0, prose=True))

    L.append(M("Coach Dan Sullivan <dsullivan@district.example>",
               "Athletic Director <athletics@district.example>",
               "eligibility questions",
               T("""
Pam,

Two eligibility questions for the winter roster:

Brandon Ochoa - his Q1 GPA came in at 1.8, so under the 2.0 rule he's ineligible until the Q2 grade check, right? He failed Algebra II.

Derek Musa - 2.4 GPA but he had an incomplete in Health. Does the incomplete count against him?

Thanks,
Dan
"""), exp=X(rec=True), wrap=72, prose=True))

    L.append(M("Health Office - Harbor View <health.hvhs@district.example>",
               "Main Office - Harbor View <hvhs-office@district.example>",
               "dismissal",
               T("""
Stu ID 10472 - sent home from health office, vomiting x2, no fever. Mom is picking up at 11:15, please have her sign out at the front desk.

Lorraine
"""), exp=X(ids=["10472"], rec=True), wrap=0, prose=True))

    L.append(M("Rosa Vitale <rvitale@district.example>",
               "Jenna Kowal <jkowal@district.example>",
               "Kayla today",
               T("""
Hi Jenna,

Just so you know, Kayla had two toileting accidents today (10:15 and 1:30) and refused her snack and most of her lunch. I changed her and logged both in her health plan binder like the nurse showed us. She seemed more tired than usual this afternoon. Could you let mom know in the communication notebook?

Rosa
(Para, Room 3)
"""), exp=X(rec=True), wrap=76, prose=True))

    L.append(M("Allison Greer <agreer@district.example>",
               "K-2 Teachers <k2-lincoln@district.example>",
               "Speech schedule starting Tuesday",
               T("""
Hi K-2 teachers,

Starting this Tuesday I'll be picking up the following students for speech and language services (30 minutes each, per their IEPs):

  9:00  Arjun (K, Ms. Bello) - articulation
  9:30  Bella (1, Mr. Cho) - language
  10:00 Caleb and Rory (2, Mrs. Dwyer) - fluency group

Please have them ready at the door. If a time doesn't work with your schedule, let me know and I'll try to swap.

Allison Greer, M.S., CCC-SLP
Speech-Language Pathologist
"""), exp=X(rec=True), wrap=72, prose=True))

    # ---- look-alikes -----------------------------------------------------
    L.append(M("Bernadette Kwan <bkwan@district.example>",
               "Victor Delgado <vdelgado@district.example>",
               "lunch today",
               T("""
Mr. Delgado, two of the 6th graders at table 9, Harlan Pruitt and Kenzie Doyle, were throwing food (mostly tater tots) at the next table during B lunch today and kept going after I warned them twice. I gave them each lunch detention for tomorrow and had them wipe down the tables. Just letting you know in case the parents call.

Bernie Kwan
Lunch Monitor
"""), exp=X(rec=True), wrap=70, prose=True))

    L.append(M("Lorraine Quist <lquist@district.example>",
               "Lauren Kessler <lkessler@district.example>",
               "frequent flyer",
               T("""
Lauren - FYI the Greenbaum girl in 8th grade has been in my office five times this month with stomach aches, always during 3rd period math. No fever, no vomiting, and Mom says the pediatrician found no medical cause. I'm wondering about anxiety. Could you check in with her this week? I'll keep logging the visits.

Lorraine
"""), exp=X(rec=True), wrap=0, prose=True))

    L.append(M("Ruth Engstrom <rengstrom@district.example>",
               "Special Education Staff <sped-staff@district.example>",
               "IEP compliance training Thursday",
               T("""
Hi everyone,

Maria Delacorte will lead the IEP compliance training this Thursday, October 10, from 3:00 to 4:30 p.m. in the Riverside library. Topics: writing measurable annual goals, progress reporting on the new IEP form, timelines for re-evaluations, and documenting service minutes in the special education module.

Please bring your laptop and your current caseload list. Special education teachers, related service providers and team chairs are required to attend; paraprofessionals are welcome. PDPs will be issued.

Ruth Engstrom
Director of Student Services
"""), exp=X(), wrap=0))

    L.append(M("Lincoln Main Office <lincoln@district.example>",
               "Lincoln Staff <lincoln-staff@district.example>",
               "Health office coverage today",
               T("""
Good morning,

Jordan is covering the health office today; Nurse Deb is at the county immunization meeting until about 1:00. Jordan can handle ice packs, band-aids and calls home, but anything urgent (asthma, allergic reactions, head injuries) should go to Mrs. Ochs or 911 as usual. Scheduled medications will be given by Mrs. Ochs, who is delegated.

Thanks,
Pat in the front office
"""), exp=X(), wrap=74))

    L.append(M("Sub Desk <subdesk@district.example>",
               "Westfield Admin <westfield-admin@district.example>",
               "Coverage for Wed 10/16",
               T("""
Absences and coverage for Wednesday 10/16:

Staff absent                Reason          Sub / coverage           Sub Emp ID
Mr. R. Dunn (Science 7)     sick            Pat Keane                40177
Ms. L. Ibarra (ELA 8)       PD (off site)   Jo Whitley               40321
Mrs. K. Hollis (Math 7)     personal        internal: Lam p2, Oyelaran p4  -

Please make sure lesson plans and the class attendance rosters are in the sub folders by 7:30. Subs report to the main office to sign in.

Sub Desk
"""), exp=X(), wrap=0))

    L.append(M("Frank Dorsey <fdorsey@district.example>",
               "Math Department <math-rhs@district.example>",
               "Q1 grade distributions",
               T("""
Math team,

Here are the Q1 grade distributions by course, all sections combined (counts of students):

Course           A    B    C    D    F   Avg
Algebra I       38   52   47   21   18   76.2
Geometry        44   61   39   14    9   79.8
Algebra II      29   40   33   15   12   75.9
Precalculus     22   25   11    4    2   83.1
AP Calculus AB  14    9    3    0    0   88.4

Algebra I has the highest D/F rate (22%). Let's talk at Tuesday's department meeting about what we can do before Q2 ends, especially with the Flex block.

Frank
Math Department Chair
"""), exp=X(), wrap=0))

    L.append(M("Human Resources <hr@district.example>",
               "Harbor View Staff <hvhs-staff@district.example>",
               "Welcome our new School Psychologist",
               T("""
Please join us in welcoming Jamal Reed, our new School Psychologist at Harbor View, starting October 1. Jamal comes to us from the Springdale district, where he worked with the high school evaluation team for six years.

Jamal's employee number is 204417 and his extension is 4410 (direct line (413) 555-0172). He will be in Room 109 in the Student Services suite, next to the 504 coordinator's office.

Human Resources
"""), exp=X(), wrap=72))

    L.append(M("IT Help Desk <helpdesk@district.example>",
               "Mike Sorensen <msorensen@district.example>",
               "Ticket #88213 updated - Chromebook cart Room 214",
               T("""
Hello Mike,

Ticket #88213 has been updated. Three Chromebooks from the Room 214 cart (asset tags 0047-2231, 0047-2236 and 0047-2240) were picked up for screen repair and will be returned by 10/25. Loaners were left in slots 28-30.

Please do not reply to this email. To add a comment, use the help desk portal.

North Harlow PS Technology Department
"""), exp=X(), wrap=0))

    L.append(M("Westfield Main Office <westfield@district.example>",
               "Westfield Staff <westfield-staff@district.example>",
               "Attendance reminder",
               T("""
Reminder to all staff: homeroom attendance must be submitted in Aspen by 8:45 a.m., and period attendance within the first 10 minutes of class. Use A for absent and T for tardy; do not mark a student tardy if they arrive with a pass from the office (code the pass as present). Dismissed students will be coded by the office.

State reporting of attendance (SIMS) happens in October, so accuracy matters.

Thank you!
"""), exp=X(), wrap=76))

    L.append(M("Guidance Office <guidance.rhs@district.example>",
               "Riverside Teachers <rhs-teachers@district.example>",
               "Schedule change window closes Friday",
               T("""
Hi all,

The schedule change window closes this Friday, September 20. After that, changes are only made for level changes recommended by the teacher.

FYI these sections are full and closed to adds: 0412-03 Honors Chemistry (Rm 231), 0521-01 AP US History, 0718-02 Ceramics I. Section 0305-04 Geometry has room for 6 more.

Counselors will be in the library during all lunches this week.

Guidance
"""), exp=X(), wrap=72))

    L.append(M("Tina Rourke <trourke@district.example>",
               "Lincoln Staff <lincoln-staff@district.example>",
               "Baby shower for Erin!",
               T("""
Hi everyone!

We're throwing a surprise baby shower for Erin Stoltz on Friday, November 8 in the staff lounge right after dismissal (3:15). She's due March 14, and she is having a boy! There is a sign-up sheet for food on the fridge and a collection envelope in Tina's mailbox for a group gift.

Shhh - don't tell her!
Tina
"""), exp=X(), wrap=0))

    L.append(M("Ruth Engstrom <rengstrom@district.example>",
               "Principals <principals@district.example>",
               "Caseload numbers as of Oct 1",
               T("""
Principals,

Special education caseloads as of October 1:

  Westside Elementary   42 IEPs, 18 504 plans
  Lincoln Elementary    57 IEPs, 23 504 plans
  Maple Ridge           39 IEPs, 15 504 plans
  Eastbrook Middle      88 IEPs, 41 504 plans
  Westfield Middle      76 IEPs, 36 504 plans
  Riverside High       131 IEPs, 97 504 plans
  Harbor View High     102 IEPs, 84 504 plans

Eastbrook's resource room caseloads are over the limit; we are posting an additional special education teacher position this week.

Ruth
"""), exp=X(), wrap=0))

    L.append(M("Deb Marchand <dmarchand@district.example>",
               "All Staff <all-staff@district.example>",
               "Epinephrine training due 9/30",
               T("""
Reminder: all staff must complete the annual epinephrine auto-injector training by September 30. The online module takes about 20 minutes (link in the staff portal), and then you need to sign the sign-in sheet in your building's health office after a 5-minute hands-on practice with the trainer pen.

Also, please review the list of students with life-threatening allergies that your school nurse shared in your building's confidential health folder, and never post it in a public place.

Deb Marchand, RN
Nurse Leader
"""), exp=X(), wrap=72))

    L.append(M("Human Resources <hr@district.example>",
               "Linda Oyelowo <loyelowo@district.example>",
               "Fingerprinting appointment for new para",
               T("""
Hi Linda,

The fingerprint appointment for your new paraprofessional is confirmed. Details for the IdentoGO scheduling form:

Name: Dana Whitfield
Date of Birth: 07/19/1988
Employee ID: 55120
Position: Special Education Paraprofessional, Riverside High School
Appointment: Tuesday 10/15 at 9:20 a.m., Harlow UPS Store, 14 Main St.

She cannot work with students unsupervised until the results are cleared.

Thanks,
Human Resources
"""), exp=X(dobs=["1988-07-19"]), wrap=0))
    return L


# ==========================================================================
# class 3: html_letter  (HTML bodies; some multipart/alternative)
# ==========================================================================
def page(inner, title=None):
    head = f"<title>{title}</title>" if title else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">" + head +
            "</head>\n<body style=\"font-family:Calibri,Arial,sans-serif;font-size:14px;color:#222\">\n"
            + T(inner) + "\n</body></html>\n")


BANNER = ('<div style="background:#1f3a5f;color:#fff;padding:10px 14px;font-size:18px">'
          '<b>North Harlow Public Schools</b><br><span style="font-size:12px">'
          '88 Mill Street, Harlow &middot; (413) 555-0100</span></div>')


@klass("html_letter")
def html_letter():
    L = []
    # ---- records ---------------------------------------------------------
    h = page(f"""
{BANNER}
<p>Dear Parent/Guardian of <b>Chloe Nguyen</b>,</p>
<p>This is an automated message from Infinite Campus. Chloe was marked
<b>Absent &ndash; Unexcused</b> for the following periods on <b>10/08/2024</b>:</p>
{html_table(["Period", "Course", "Teacher", "Status"], [["1", "English 9", "Howell, A.", "A-U"], ["2", "Biology", "Ostrowski, G.", "A-U"], ["3", "Algebra I", "Dorsey, F.", "A-U"]])}
<p>Student Number: 228451 &nbsp;|&nbsp; School: Riverside High School</p>
<p>If this absence should be excused, please send a note to the attendance office within three school days
or call (413) 555-0153.</p>
<p style="font-size:11px;color:#777">Please do not reply to this message.</p>
""")
    L.append(M("Infinite Campus <noreply-campus@district.example>",
               "thao.nguyen77@gmail.com", "Attendance notification for Chloe",
               html=h, exp=X(ids=["228451"], rec=True), prose=True))

    txt = T("""
Skyward Family Access - Grade Alert

Mason Reyes's current grade in ENG 10 (Sem 1) has dropped below the alert threshold of 65%.

Current grade: 61.4% (D-)
Missing assignments: 3 (Argument essay draft, Vocab quiz 4, Reading journal wk 6)
Teacher: Amy Howell

Log in to Family Access for details.
""")
    h = page("""
<div style="border-left:4px solid #c0392b;padding-left:10px">
<h3 style="margin:0">Skyward Family Access &ndash; Grade Alert</h3>
</div>
<p><b>Mason Reyes</b>'s current grade in <b>ENG 10 (Sem 1)</b> has dropped below the alert threshold of 65%.</p>
<ul>
<li>Current grade: <b>61.4% (D-)</b></li>
<li>Missing assignments: 3 (Argument essay draft, Vocab quiz 4, Reading journal wk 6)</li>
<li>Teacher: Amy Howell</li>
</ul>
<p><a href="https://skyward.district.example/">Log in to Family Access</a> for details.</p>
""")
    L.append(M("Skyward Family Access <familyaccess@district.example>",
               "dreyes.family@yahoo.com", "Grade alert: ENG 10 (Sem 1)",
               text=txt, html=h, exp=X(rec=True), prose=True))

    rows = [["ENG 11 Amer Lit", "Howell", "B", "84", "0.5"],
            ["US History II", "Brandt", "B+", "88", "0.5"],
            ["Chemistry", "Ferris", "C", "74", "0.5"],
            ["Algebra II", "Dorsey", "C-", "71", "0.5"],
            ["Spanish III", "Castillo", "A-", "91", "0.5"],
            ["Ceramics I", "Wexler", "A", "96", "0.25"]]
    h = page(f"""
{BANNER}
<h2 style="margin-bottom:4px">Quarter 1 Progress Report &ndash; 2024-2025</h2>
<table cellpadding="3" style="font-size:13px">
<tr><td><b>Student:</b></td><td>Tobias Halloran</td><td width="30"></td><td><b>Student Number:</b></td><td>1183920</td></tr>
<tr><td><b>Grade:</b></td><td>11</td><td></td><td><b>Birthdate:</b></td><td>11/05/2007</td></tr>
<tr><td><b>School:</b></td><td>Harbor View High School</td><td></td><td><b>Counselor:</b></td><td>L. Kessler</td></tr>
</table>
<br>
{html_table(["Course", "Teacher", "Mark", "Pct", "Credits Att."], rows)}
<p>Absences this quarter: 3 (1 excused) &nbsp; Tardies: 2</p>
<p>Comments: Tobias participates well in class; Chemistry lab reports are often late.</p>
""")
    L.append(M("PowerSchool <no-reply-ps@district.example>",
               "Halloran Family <halloran.family@comcast.net>",
               "Q1 progress report",
               text=html_to_text(h), html=h,
               exp=X(ids=["1183920"], dobs=["2007-11-05"], rec=True)))

    h = page("""
<p>Dear Ms. Whitcomb,</p>
<p>During a routine check in the health office today, live head lice were found on <b>Ruby</b>. Per district guidelines she may stay in class for the rest of the day, but she should be treated at home tonight before returning tomorrow. Please check other family members as well.</p>
<p>A treatment fact sheet is in her backpack. When she comes back, please have her stop by the health office before homeroom so I can check her hair.</p>
<p>Thank you,<br>
<b>Deb Marchand, RN</b><br>
<i>School Nurse &middot; Lincoln Elementary</i><br>
(413) 555-0123</p>
""")
    L.append(M("Deb Marchand <dmarchand@district.example>",
               "Claire Whitcomb <claire.whitcomb@gmail.com>",
               "Health office note", html=h, exp=X(rec=True), prose=True))

    h = page("""
<p>Hi Mr. Abara,</p>
<p>I wanted to share some good news about <b>Leo</b>'s reading. At our October assessment his Fountas &amp; Pinnell level moved from <b>J to L</b>, which puts him right at the grade 2 benchmark. His reading log shows 14 of 20 nights this month &ndash; let's aim for 20!</p>
<p>His spelling scores have been a little lower (65% and 70% on the last two tests), so please practice the word list with him at home.</p>
<p style="color:#2e7d32">&#9733; Keep up the great work, Leo! &#9733;</p>
<p>Mrs. Dwyer<br>Grade 2, Lincoln Elementary</p>
""")
    L.append(M("Helen Dwyer <hdwyer@district.example>",
               "Femi Abara <femi.abara@gmail.com>",
               "Leo's reading", text=html_to_text(h), html=h, exp=X(rec=True), prose=True))

    h = page("""
<p>Dear Ms. Ellis,</p>
<p>As part of our junior credit checks, I reviewed <b>Jordan</b>'s transcript. Jordan has earned <b>14.5 of the 24 credits</b> required for graduation. The missing piece is US History I, which Jordan did not pass last spring (final grade 52). I recommend enrolling in the online credit recovery course this semester so Jordan stays on track to graduate with the class of 2026.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><th>Area</th><th>Required</th><th>Earned</th></tr>
<tr><td>English</td><td>4</td><td>2</td></tr>
<tr><td>Math</td><td>4</td><td>2</td></tr>
<tr><td>Social Studies</td><td>3</td><td>1</td></tr>
<tr><td>Science</td><td>3</td><td>2</td></tr>
<tr><td>Electives / other</td><td>10</td><td>7.5</td></tr>
</table>
<p>Please call me if you'd like to talk it through.</p>
<p>Lauren Kessler<br>School Counselor</p>
""")
    L.append(M("Lauren Kessler <lkessler@district.example>",
               "Renata Ellis <renata.ellis@outlook.com>",
               "Credit check - Jordan Ellis", html=h, exp=X(rec=True), prose=True))

    h = page(f"""
{BANNER}
<h3>Notice of Bus Suspension</h3>
<p>Dear Parent/Guardian,</p>
<p>Your son, <b>Aiden Murphy</b>, has been suspended from riding <b>Bus 14</b> for three (3) school days, Monday October 21 through Wednesday October 23, 2024.</p>
<p><b>Reason:</b> On October 17 Aiden repeatedly stood up while the bus was moving and threw a water bottle at another student after two warnings from the driver. This is his second bus conduct report this year.</p>
<p>You will need to provide transportation to and from school during the suspension. He may return to the bus on Thursday, October 24.</p>
<p>Victor Delgado<br>Assistant Principal, Eastbrook Middle School</p>
""")
    L.append(M("Victor Delgado <vdelgado@district.example>",
               "murphy.sean.k@gmail.com", "Notice of Bus Suspension",
               html=h, exp=X(rec=True), prose=True))

    h = page(f"""
<p>Dear Mr. and Mrs. Chen,</p>
<p>Enclosed below is Lily's first-quarter progress report on her IEP goals.</p>
<p><b>Student:</b> Lily Chen &nbsp;&nbsp; <b>SIS ID:</b> 2088310 &nbsp;&nbsp; <b>Grade:</b> 3</p>
{html_table(["Goal", "Baseline", "Current", "Progress"], [["Reading fluency (wcpm, grade 3 passage)", "48", "62", "Progressing; target 90 by June"], ["Math fact fluency (0-10 addition, 1 min)", "12", "21", "Progressing"], ["Self-advocacy: asks for help", "1 of 5", "3 of 5", "Progressing"]])}
<p>Lily receives 5 x 30 minutes per week of specialized reading instruction in the learning center and 2 x 30 minutes per week of math support in class.</p>
<p>Paul Weng<br><i>Special Education Teacher</i></p>
""")
    L.append(M("Paul Weng <pweng@district.example>",
               "Wei Chen <weichen.home@gmail.com>", "IEP progress report - Q1",
               text=html_to_text(h), html=h, exp=X(ids=["2088310"], rec=True), prose=True))

    h = page(f"""
<div style="font-size:16px;font-weight:bold;color:#1f3a5f">Aspen &ndash; Conduct Incident Notification</div>
<table cellpadding="3" style="font-size:13px;margin-top:8px">
<tr><td>Student</td><td><b>Omar Farouk</b></td></tr>
<tr><td>Local ID</td><td>6620419</td></tr>
<tr><td>School</td><td>Harbor View High School</td></tr>
<tr><td>Incident date</td><td>10/15/2024</td></tr>
<tr><td>Incident</td><td>Possession/use of vaping device (restroom, 2nd floor)</td></tr>
<tr><td>Action</td><td>1 day in-school suspension (10/16/2024); device confiscated; referral to substance use education program</td></tr>
<tr><td>Entered by</td><td>V. Delgado</td></tr>
</table>
<p>Please contact the school if you have questions about this incident.</p>
""")
    L.append(M("Aspen X2 <aspen-notify@district.example>",
               "hfarouk@gmail.com", "Conduct incident notification",
               html=h, exp=X(ids=["6620419"], rec=True)))

    txt = T("""
Dear Family,

Elena's fall MAP Growth results are in:

  Math: RIT 221 (62nd percentile)
  Reading: RIT 209 (41st percentile)

Her math growth target for the winter test is 4 RIT points. In reading we'll focus on informational text.

Ms. Bello
Grade 5, Maple Ridge
""")
    h = page("""
<p>Dear Family,</p>
<p><b>Elena</b>'s fall MAP Growth results are in:</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Math</td><td>RIT <b>221</b></td><td>62nd percentile</td></tr>
<tr><td>Reading</td><td>RIT <b>209</b></td><td>41st percentile</td></tr>
</table>
<p>Her math growth target for the winter test is 4 RIT points. In reading we'll focus on informational text.</p>
<p>Ms. Bello<br>Grade 5, Maple Ridge</p>
""")
    L.append(M("Ines Bello <ibello@district.example>",
               "Vasquez Family <vasquez.fam@icloud.com>", "MAP results",
               text=txt, html=h, exp=X(rec=True), prose=True))

    h = page(f"""
{BANNER}
<h3>Immunization Compliance &ndash; Second Notice</h3>
<p><b>Student:</b> Felix Wagner<br>
<b>DOB:</b> 2012-08-17<br>
<b>School:</b> Westfield Middle School, Grade 7</p>
<p>Our records show the following required vaccines are missing or incomplete:</p>
<ul><li>Tdap (1 dose required for grade 7)</li><li>MenACWY (1 dose required for grade 7)</li></ul>
<p>Please submit proof of vaccination or an exemption form by <b>November 15, 2024</b>. Students who are not in compliance may be excluded from school per state regulations.</p>
<p>Westfield Health Office &middot; (413) 555-0129</p>
""")
    L.append(M("Westfield Health Office <health.westfield@district.example>",
               "Jana Wagner <jana.wagner@gmx.net>",
               "Immunization compliance - second notice",
               text=html_to_text(h), html=h, exp=X(dobs=["2012-08-17"], rec=True), prose=True))

    h = page("""
<p>Dear Mrs. Sorrentino,</p>
<p>I am writing to follow up on our meeting about the group chat messages reported to us on October 9. After speaking with the students involved and reviewing the screenshots, we found that <b>Bianca</b> posted several of the messages that targeted another student. This is a violation of the district's bullying and cyberbullying policy.</p>
<p>Consequences: two days of in-school suspension (October 14 and 15), a restorative conversation with our adjustment counselor, and loss of phone privileges during the school day for the rest of the quarter.</p>
<p>I know this is hard news. Bianca was honest with us during the investigation, and that matters.</p>
<p>Sincerely,<br>Angela Ferreira-Mott<br>Principal, Westfield Middle School</p>
""")
    L.append(M("Angela Ferreira-Mott <aferreiramott@district.example>",
               "Gina Sorrentino <gsorrentino@gmail.com>",
               "Follow-up to our meeting", html=h, exp=X(rec=True), prose=True))

    # ---- look-alikes -----------------------------------------------------
    h = page(f"""
{BANNER}
<h2 style="color:#1f3a5f">September is Attendance Awareness Month</h2>
<p>Did you know? Missing just two days a month adds up to 18 days a year &ndash; enough to be <b>chronically absent</b>.</p>
{html_table(["School", "Avg daily attendance", "Chronically absent"], [["Lincoln Elementary", "95.1%", "9%"], ["Maple Ridge Elementary", "94.6%", "11%"], ["Eastbrook Middle", "93.2%", "15%"], ["Riverside High", "92.4%", "17%"], ["District", "93.8%", "14%"]])}
<p>Tips: set a regular bedtime, lay out clothes the night before, and schedule appointments after school when you can.</p>
<p>Questions about attendance? Contact your school's attendance office.</p>
""")
    L.append(M("North Harlow Public Schools <news@district.example>",
               "All Families <all-families@district.example>",
               "District News: Attendance Awareness Month", text=html_to_text(h), html=h, exp=X()))

    h = page("""
<div style="text-align:center;border:3px dashed #6a1b9a;padding:16px">
<h1 style="color:#6a1b9a;margin:4px">SEPAC Fall Meeting</h1>
<p style="font-size:16px">Special Education Parent Advisory Council</p>
<p><b>Topic:</b> Transition planning &amp; IEPs at age 14<br>
<b>When:</b> Tuesday, October 22, 2024, 6:30&ndash;8:00 p.m.<br>
<b>Where:</b> Riverside High School Library, 400 Riverside Drive, Harlow<br>
Childcare and Spanish interpretation provided.</p>
<p>RSVP: Carla Mendes, SEPAC co-chair &middot; (413) 555-0184 &middot; sepac.northharlow@gmail.com</p>
</div>
""")
    L.append(M("SEPAC North Harlow <sepac.northharlow@gmail.com>",
               "Families - Special Education <sped-families@district.example>",
               "SEPAC Fall Meeting - Transition planning", html=h, exp=X()))

    h = page("""
<h2>Special Education Professional Development</h2>
<p><b>Writing Measurable IEP Goals and Reporting Progress</b></p>
<p>Date: Tuesday, November 5, 2024 (professional day, no school for students)<br>
Time: 8:00 a.m. &ndash; 2:30 p.m.<br>
Location: Eastbrook Middle School, Rooms 101&ndash;104</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Time</th><th>Session</th><th>Presenter</th></tr>
<tr><td>8:00</td><td>Breakfast and welcome</td><td>Ruth Engstrom, Director of Student Services</td></tr>
<tr><td>8:30</td><td>From present levels to measurable goals</td><td>Maria Delacorte, Team Chair</td></tr>
<tr><td>10:15</td><td>Progress monitoring with curriculum-based measures</td><td>Dr. Sanjay Rao, School Psychologist</td></tr>
<tr><td>12:30</td><td>Accommodations vs. modifications; 504 plans</td><td>Nora Feeney, 504 Coordinator</td></tr>
</table>
<p>Registration code SPED-PD-1105 in the PD portal. 6 PDPs.</p>
""")
    L.append(M("Professional Development <pd@district.example>",
               "Special Education Staff <sped-staff@district.example>",
               "Register: Special Education PD on Nov 5", text=html_to_text(h), html=h, exp=X()))

    h = page(f"""
<h2 style="color:#c75b12">October Lunch Menu &ndash; Elementary</h2>
{html_table(["Date", "Entree", "Sides", "Alt."], [["Mon 10/7", "Chicken tenders", "Green beans, apple", "Sunbutter &amp; jelly"], ["Tue 10/8", "Cheese pizza", "Garden salad, pears", "Yogurt parfait"], ["Wed 10/9", "Beef tacos", "Black beans, corn", "Hummus plate"], ["Thu 10/10", "Pasta with meatballs", "Broccoli, orange", "Veggie pasta"], ["Fri 10/11", "Fish sticks", "Sweet potato fries", "Cheese sandwich"]])}
<p>Milk offered daily. Menu subject to change. All meals are nut-free; our kitchens use a soy butter alternative.</p>
""")
    L.append(M("Food & Nutrition Services <nutrition@district.example>",
               "Elementary Families <elem-families@district.example>",
               "October lunch menu", html=h, exp=X()))

    h = page(f"""
<h3>Route 7 &ndash; Maple Ridge Elementary (AM) &ndash; effective 10/14</h3>
{html_table(["Stop", "Location", "AM pickup"], [["1", "Oak St &amp; Vine St", "7:58"], ["2", "112 Fairview Ave (Fairview Apts)", "8:03"], ["3", "Cedar Ln &amp; Brook Rd", "8:07"], ["4", "Harlow Commons, 40 Elm Pl", "8:12"], ["5", "Maple Ridge Elementary, 250 Ridge Rd", "8:25"]])}
<p>Students should be at the stop 5 minutes early. Driver: Lou Barnes, Bus 7. Questions: Transportation Office (413) 555-0145.</p>
""")
    L.append(M("Transportation Office <transportation@district.example>",
               "Maple Ridge Families <maple-families@district.example>",
               "Route 7 stop change", text=html_to_text(h), html=h, exp=X()))

    h = page("""
<h2>Job Posting #2024-077: School Psychologist (1.0 FTE)</h2>
<p><b>Location:</b> Harbor View High School &nbsp; <b>Start:</b> January 2025 &nbsp; <b>Salary:</b> $68,400&ndash;$104,900 (MA/CAGS/PhD lanes)</p>
<p><b>Responsibilities:</b> conduct psychoeducational evaluations for initial and three-year special education eligibility; participate in IEP and 504 team meetings; provide individual and group counseling; consult on behavior intervention plans; crisis response.</p>
<p><b>Qualifications:</b> state licensure as School Psychologist; experience with WISC-V, WIAT-4, BASC-3 preferred; bilingual Spanish a plus.</p>
<p>Apply through SchoolSpring by November 15. North Harlow Public Schools is an equal opportunity employer.</p>
""")
    L.append(M("Human Resources <hr@district.example>",
               "All Staff <all-staff@district.example>",
               "Internal posting: School Psychologist", html=h, exp=X()))

    h = page("""
<p>Dear North Harlow Public Schools,</p>
<p>Thank you for your business. Your invoice for the 2024&ndash;2025 subscription period is ready.</p>
<table cellpadding="4" style="border:1px solid #bbb;font-size:13px">
<tr><td>Invoice #</td><td>INV-55812</td></tr>
<tr><td>Customer account</td><td>300-4471</td></tr>
<tr><td>PO #</td><td>PO-24-01987</td></tr>
<tr><td>Description</td><td>Student information system hosting, 6,842 students @ $6.10</td></tr>
<tr><td>Amount due</td><td>$41,736.20</td></tr>
<tr><td>Due date</td><td>11/30/2024</td></tr>
</table>
<p>Remit to: EduSys Solutions, PO Box 4410, Dover, DE 19901. Questions: billing@edusys-solutions.example or (302) 555-0119.</p>
""")
    L.append(M("EduSys Billing <billing@edusys-solutions.example>",
               "Accounts Payable <ap@district.example>",
               "Invoice INV-55812 from EduSys Solutions", text=html_to_text(h), html=h, exp=X()))

    h = page("""
<h2>School Committee Meeting Highlights &ndash; October 10, 2024</h2>
<ul>
<li>Approved revisions to Policy JICD (Student Discipline) to align with state law on suspensions of students with disabilities (5&ndash;0).</li>
<li>First reading of Policy ADF (Wellness), including recess and water access.</li>
<li>Heard the enrollment report: 6,842 students as of October 1, down 38 from last year; kindergarten enrollment 471.</li>
<li>Accepted a $25,000 grant from the Harlow Community Foundation for the literacy coach program.</li>
<li>Approved the appointment of Jamal Reed as School Psychologist and Dana Whitfield as paraprofessional.</li>
</ul>
<p>The next meeting is October 24 at 7:00 p.m. in the Town Hall auditorium.</p>
""")
    L.append(M("Superintendent's Office <superintendent@district.example>",
               "Community <community@district.example>",
               "School Committee highlights - Oct 10", html=h, exp=X()))

    h = page("""
<div style="background:#e3f2fd;padding:14px;border-radius:8px">
<h2 style="margin-top:0">Free Flu Shot Clinic</h2>
<p>For students and families &mdash; ages 6 months and up</p>
<p><b>Saturday, October 19</b>, 9:00 a.m.&ndash;1:00 p.m.<br>
Lincoln Elementary gym, 45 Chestnut Street<br>
No appointment needed. Bring your insurance card if you have one; no one will be turned away.</p>
<p>Questions? Harlow Board of Health, (413) 555-0190</p>
</div>
""")
    L.append(M("Harlow Board of Health <boh@harlow-ma.example>",
               "All Families <all-families@district.example>",
               "Free flu shot clinic Oct 19", text=html_to_text(h), html=h, exp=X()))

    h = page(f"""
<h2>Weekend Results</h2>
{html_table(["Sport", "Result", "Notes"], [["Varsity Boys Soccer", "Riverside 3, Lincoln Tech 1", "Goals: Sam Ortega (2), Eli Park"], ["Varsity Girls Volleyball", "Riverside def. Central 3-1", "Hana Ito 14 kills, Grace Lund 22 assists"], ["Cross Country", "2nd of 6 teams at Harlow Invitational", "Top finisher: Nico Alves (17:02)"], ["JV Field Hockey", "Westbury 2, Riverside 2", ""]])}
<p>Home games this week: Tuesday soccer vs. Amesbury at 4:00; Thursday volleyball vs. Pike Valley at 5:30. Go Riverside!</p>
""")
    L.append(M("Riverside Athletics <athletics@district.example>",
               "Riverside Community <rhs-community@district.example>",
               "Weekend results", html=h, exp=X()))

    h = page(f"""
<h2>Program of Studies 2025&ndash;2026: Science</h2>
{html_table(["Course", "Code", "Grade", "Credit", "Prerequisite"], [["Biology", "3101", "9", "1.0", "none"], ["Chemistry", "3201", "10-11", "1.0", "Algebra I, grade C or better"], ["Honors Chemistry", "3211", "10-11", "1.0", "B+ or better in Honors Biology"], ["AP Biology", "3411", "11-12", "1.0", "B or better in Chemistry"], ["Forensic Science", "3505", "11-12", "0.5", "Biology"]])}
<p>Grade-weighting: Honors courses add 0.5 and AP courses add 1.0 to the GPA point value of the final grade.</p>
""")
    L.append(M("Guidance Office <guidance.rhs@district.example>",
               "Riverside Families <rhs-families@district.example>",
               "Program of Studies preview: Science", text=html_to_text(h), html=h, exp=X()))
    return L


# ==========================================================================
# class 4: reply_forward  (replies with quoted text, forwarded chains)
# ==========================================================================
def outlook_hdr(frm, sent, to, subject, cc=None):
    lines = ["-----Original Message-----", f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def gmail_fwd(frm, date, subject, to):
    return "\n".join(["---------- Forwarded message ---------", f"From: {frm}",
                      f"Date: {date}", f"Subject: {subject}", f"To: {to}"])


@klass("reply_forward")
def reply_forward():
    L = []
    # ---- records ---------------------------------------------------------
    q = quote(T("""
Dear Mr. Ramos,

I'm writing because Julian currently has four missing assignments in ELA: the personal narrative final draft, two reading responses, and the vocabulary review. His grade dropped from a B- to a D+ (67%) because of them. He can turn them in any time before the end of the quarter on November 8.

Best,
Sarah Ng
Grade 8 ELA
"""), 72)
    txt = ("Thanks Ms. Ng, we had no idea. We'll sit down with him tonight and make sure the narrative gets done this week.\n\n"
           "Ray Ramos\n\n"
           "On Tue, Oct 8, 2024 at 3:12 PM Sarah Ng <sng@district.example> wrote:\n" + q)
    L.append(M("Ray Ramos <rayramos.nh@gmail.com>", "Sarah Ng <sng@district.example>",
               "Re: Julian - ELA missing work", text=txt, exp=X(rec=True), prose=True,
               reply_to_id="ng-ramos-1"))

    fwd = gmail_fwd("Deb Marchand <dmarchand@district.example>", "Mon, Sep 9, 2024 at 7:52 AM",
                    "Maddie R. - asthma", "Grade 3 Team <grade3-lincoln@district.example>")
    body = T("""
Hi team,

Maddie Rinaldi has moderate persistent asthma. She needs to use her albuterol inhaler (2 puffs) 15 minutes before PE and recess on cold days; she carries it in the front pocket of her backpack and is allowed to self-carry. If she is wheezing or coughing and the inhaler doesn't help within 10 minutes, send her to the health office with an escort and call me.

Deb
""")
    txt = ("Passing this along since you have Maddie for PE on Tuesdays and Fridays.\n\n- Carol\n\n"
           + fwd + "\n\n" + fmt(body, 76))
    L.append(M("Carol Upton <cupton@district.example>", "Dev Sharma <dsharma@district.example>",
               "Fwd: Maddie R. - asthma", text=txt, exp=X(rec=True), prose=True))

    inner = T("""
Mr. Delgado,

During 3rd period today Carlos Vega pushed another student (J.R.) into the lockers outside Room 118 after an argument about a basketball game. J.R. was not hurt. Carlos refused to go to the office when I asked and used profanity toward me. I have entered a referral.

This is the second incident with Carlos this week (the first was the hallway incident on Monday).

Dana Kirby
Grade 7 Science
""")
    txt = ("Thanks Dana. I met with Carlos this afternoon; he will serve one day of in-school suspension tomorrow and I have called his father. I'll loop in Ms. Kessler for a check-in next week.\n\n"
           "Victor\n\n"
           + outlook_hdr("Kirby, Dana", "Wednesday, October 16, 2024 11:48 AM", "Delgado, Victor",
                         "Incident - Carlos Vega") + "\n\n" + inner)
    L.append(M("Victor Delgado <vdelgado@district.example>", "Dana Kirby <dkirby@district.example>",
               "RE: Incident - Carlos Vega", text=txt, exp=X(rec=True), prose=True,
               cc="Lauren Kessler <lkessler@district.example>", wrap=0, reply_to_id="kirby-delgado"))

    q = quote(T("""
Hi families,

This week in Room 112 we're finishing our unit on fractions (test on Friday) and starting our Weather Watch science project. Please remember to send in a signed reading log every Monday.

Mrs. Tran
"""), 72)
    txt = ("Hi Mrs. Tran,\n\nMy daughter Ava has been home sick with strep throat since Monday (the doctor started her on amoxicillin yesterday) so she will probably miss the fractions test on Friday. Could you send home the work she missed, or should I pick it up at the office? She should be back on Thursday.\n\n"
           "Thank you,\nMegan Holt\n\n"
           "On Mon, Oct 14, 2024, 4:05 PM Linh Tran <ltran@district.example> wrote:\n" + q)
    L.append(M("Megan Holt <megan.holt88@yahoo.com>", "Linh Tran <ltran@district.example>",
               "Re: This week in Room 112", text=txt, exp=X(rec=True), prose=True, wrap=0,
               reply_to_id="tran-weekly-6"))

    fwd = gmail_fwd("Gwen Albright <galbright@district.example>", "Thu, Oct 3, 2024 at 2:30 PM",
                    "Draft IEP for review", "Thandiwe Osei <thandiwe.osei@gmail.com>")
    body = T("""
Dear Ms. Osei,

Attached is the draft IEP from Tuesday's meeting for your review.

Student: Nathaniel Osei
DOB: 2/7/13
State ID: 4410293857
Eligibility: Autism; Speech/Language Impairment
Services proposed: specialized instruction in ELA 5 x 45 min/week (C grid), speech-language therapy 2 x 30 min/week (B grid), social skills group 1 x 30 min/week

Please sign and return page 1 within 30 days, or let me know if you have questions.

Gwen Albright
Special Education Coordinator
""")
    txt = ("Hi Mr. Hale - this is the IEP my husband and I talked to you about. Can you look at the social skills part before we sign?\n\nThandiwe\n\n"
           + fwd + "\n\n" + body)
    L.append(M("Thandiwe Osei <thandiwe.osei@gmail.com>", "Marcus Hale <mhale@hale-advocacy.example>",
               "Fwd: Draft IEP for review", text=txt,
               exp=X(ids=["4410293857"], dobs=["2013-02-07"], rec=True), prose=True, wrap=72))

    inner = T("""
Hi Linda,

Transcript request from Northeastern admissions for Isabella Rossi, Student ID# S-0078812 (class of 2025). Current cumulative GPA 3.42 weighted, class rank 41/310. She also has the AP Bio score to add (4). Can you send the official copy through Parchment and add the counselor letter from Lauren?

Thanks,
Jo in Guidance
""")
    txt = ("Sent through Parchment this morning. Can you add the request to her file? Thx\n\nLinda\n\n"
           + outlook_hdr("Whitley, Jo", "Friday, November 1, 2024 9:14 AM", "Oyelowo, Linda",
                         "transcript request - Rossi") + "\n\n" + inner)
    L.append(M("Linda Oyelowo <loyelowo@district.example>", "Jo Whitley <jwhitley@district.example>",
               "RE: transcript request - Rossi", text=txt,
               exp=X(ids=["S0078812"], rec=True), prose=True, wrap=0, reply_to_id="whitley-rossi"))

    q = quote("Quick question - is Marcus Tate eligible for Saturday's meet? His mom asked me.\n\nPam", 72)
    txt = ("No - he's got an F in Geometry as of Friday's grade check (58). He can practice but can't compete until the next check.\n\n"
           "Coach R\n\nOn Oct 21, 2024, at 9:02 AM, Pam Goodwin <athletics@district.example> wrote:\n\n" + q)
    L.append(M("Coach Lyle Rasche <lrasche@district.example>", "Pam Goodwin <athletics@district.example>",
               "Re: Marcus T.", text=txt, exp=X(rec=True), prose=True, reply_to_id="goodwin-tate"))

    fwd = gmail_fwd("Erin Dalton <erin.dalton@outlook.com>", "Tue, Oct 22, 2024 at 8:47 PM",
                    "504 request", "Lauren Kessler <lkessler@district.example>")
    body = T("""
Dear Ms. Kessler,

I'm writing to let you know that my son Wyatt was diagnosed with ADHD (combined type) by his pediatrician last week and started on a low dose of methylphenidate. I would like to request a 504 evaluation. He is really struggling to finish tests in time and his grades in Science and Math have dropped to C's and D's this quarter.

I can bring in the doctor's letter any day this week.

Thank you,
Erin Dalton
""")
    txt = ("Nora - forwarding a 504 referral from a 9th grade parent. Can we get Wyatt on the agenda for the November 504 team meeting? I'll collect teacher input.\n\nLauren\n\n"
           + fwd + "\n\n" + body)
    L.append(M("Lauren Kessler <lkessler@district.example>", "Nora Feeney <nfeeney@district.example>",
               "Fwd: 504 request", text=txt, exp=X(rec=True), prose=True, wrap=74))

    l2 = quote(T("""
Daniela Cruz's attendance so far this year: 9 absences, 5 of them unexcused, and 4 tardies. She has missed every Monday in October. Her grades are starting to slip in Math and Science.
"""), 70)
    l1 = ("Do we have a meeting date with the family yet?\n\nOn Thu, Oct 24, 2024 at 10:11 AM Janice Poole <jpoole@district.example> wrote:\n" + l2)
    txt = ("Yes - Tuesday 10/29 at 8:00 in my office. Mom confirmed by phone.\n\nVictor\n\n"
           "On Thu, Oct 24, 2024 at 1:35 PM Lauren Kessler <lkessler@district.example> wrote:\n"
           + quote(l1, 0))
    L.append(M("Victor Delgado <vdelgado@district.example>",
               "Lauren Kessler <lkessler@district.example>, Janice Poole <jpoole@district.example>",
               "Re: Re: Daniela C. attendance", text=txt, exp=X(rec=True), prose=True,
               reply_to_id="poole-cruz-2"))

    q = quote(T("""
Team - here's where we landed on Theo's behavior intervention plan after Friday's meeting:

1. Target behavior: leaving the classroom without permission (averaging 3 times a day in September).
2. Replacement behavior: use the break card to go to the calm corner for up to 5 minutes.
3. Reinforcement: check-in/check-out point sheet with Mr. Adebayo; 80% of points = 10 minutes of Lego time at the end of the day.
4. If he leaves the room: notify the office by radio, do not chase.

Jenna Kowal
Special Education Teacher
"""), 72)
    txt = ("Agreed on all of it. I'll start the point sheet Monday and send the data to Jenna on Fridays.\n\nKwame\n\n"
           "On Sun, Oct 27, 2024 at 6:40 PM Jenna Kowal <jkowal@district.example> wrote:\n" + q)
    L.append(M("Kwame Adebayo <kadebayo@district.example>",
               "Jenna Kowal <jkowal@district.example>, Helen Dwyer <hdwyer@district.example>",
               "Re: Theo - BIP", text=txt, exp=X(rec=True), prose=True, reply_to_id="kowal-theo"))

    fwd = gmail_fwd("Aspen Notifications <aspen-notify@district.example>", "Wed, Oct 30, 2024 at 8:16 AM",
                    "Attendance alert", "siobhan.oconnor@gmail.com")
    body = T("""
Attendance Alert

Student: Ryan O'Connor (ID 552918)
School: Riverside High School
Date: 10/30/2024
Period 1 - Tardy (T), arrived 7:58 AM
This is Ryan's 6th tardy this term.
""")
    txt = ("Ryan, this is the sixth one. We're talking about this tonight.\n\nMom\n\n" + fwd + "\n\n" + body)
    L.append(M("Siobhan O'Connor <siobhan.oconnor@gmail.com>",
               "Ryan O'Connor <ryan.oconnor@students.district.example>",
               "Fwd: Attendance alert", text=txt, exp=X(ids=["552918"], rec=True), prose=True))

    q = quote(T("""
Dear Mendoza Family,

Your application for school meal benefits has been reviewed. The following children in your household have been approved for FREE meals for the 2024-2025 school year, effective 10/07/2024:

Hector Mendoza - Eastbrook Middle School
Luz Mendoza - Lincoln Elementary

Benefits remain in effect until 30 school days into next year.

Food & Nutrition Services
"""), 72)
    txt = ("Hello, thank you. Luz's cafeteria account still shows a charge of $3.25 from last Thursday, before the approval. Will that be refunded?\n\nCarmen Mendoza\n\n"
           "On Wed, Oct 9, 2024 at 11:20 AM Food & Nutrition Services <nutrition@district.example> wrote:\n" + q)
    L.append(M("Carmen Mendoza <carmen.mendoza.h@gmail.com>", "Food & Nutrition Services <nutrition@district.example>",
               "Re: Meal benefit approval", text=txt, exp=X(rec=True), prose=True, reply_to_id="nutrition-mendoza"))

    q = quote(T("""
Dear Parent/Guardian,

Your son Caleb Ferro has been assigned Saturday School on November 9 (8:00-11:00 a.m.) for accumulating 5 tardies to class this quarter.

Gerald Pike
Dean of Students
"""), 72)
    txt = ("Mr. Pike,\n\nI'm disputing the Saturday school for my son Caleb. He was only tardy twice, not five times - on two of the other days he was at the orthodontist and I called the office, and on the third he was held by Mr. Lowe after class. Can you please check the attendance records again?\n\nMarco Ferro\n(413) 555-0193\n\n"
           "On Fri, Nov 1, 2024 at 2:55 PM Gerald Pike <gpike@district.example> wrote:\n" + q)
    L.append(M("Marco Ferro <mferro@ferro-landscaping.example>", "Gerald Pike <gpike@district.example>",
               "Re: Saturday School notice", text=txt, exp=X(rec=True), prose=True, wrap=0,
               reply_to_id="pike-ferro"))

    inner = T("""
Hi Mrs. Lam,

Quinn's IEP says she gets tests read aloud, but she told me nobody read her the science test last Friday and she didn't finish it. She got a 55. Can she retake it with the accommodation?

Thank you,
Beth Archer (Quinn's mom)
""")
    txt = ("Paul - can you look at this? I think the read-aloud fell through because of the sub on Friday. I'm fine with a retake.\n\nSue\n\n"
           + outlook_hdr("Beth Archer <beth.archer@gmail.com>", "Monday, November 4, 2024 7:02 AM",
                         "Lam, Sue", "science test") + "\n\n" + inner)
    L.append(M("Sue Lam <slam@district.example>", "Paul Weng <pweng@district.example>",
               "FW: science test", text=txt, exp=X(rec=True), prose=True, wrap=0))

    inner = T("""
Hi Mrs. Kim,

Just letting you know that Daniel told me he felt dizzy and lightheaded during the mile run in PE today, so I sent him to the nurse. Ms. Nunes checked his blood pressure and pulse (both normal), gave him water and a snack, and he rested for 20 minutes before going back to class. She recommends that he see his doctor before he runs again, and he is excused from running in PE until we get a note.

Dev Sharma
Physical Education, Westfield Middle School
""")
    txt = ("Thank you for letting me know. He has an appointment with his pediatrician on Thursday and I will send in the note.\n\nSoo-ah Kim\n\n"
           + outlook_hdr("Sharma, Dev <dsharma@district.example>", "Tuesday, November 12, 2024 2:51 PM",
                         "Kim, Soo-ah <skim@harlowdental.example>", "Daniel - PE today") + "\n\n" + inner)
    L.append(M("Soo-ah Kim <skim@harlowdental.example>", "Dev Sharma <dsharma@district.example>",
               "RE: Daniel - PE today", text=txt, exp=X(rec=True), prose=True, wrap=0,
               reply_to_id="sharma-kim"))

    # ---- look-alikes -----------------------------------------------------
    q = quote(T("""
Can the IEP compliance committee meet on Wednesday 11/13 after school instead of Tuesday? Maria has the SEPAC board meeting on Tuesday. We need the library or Room 101 for 90 minutes.

Ruth
"""), 72)
    txt = ("Wednesday works for me. Room 101 is free; I booked it 2:45-4:15.\n\nGwen\n\n"
           "On Mon, Nov 4, 2024 at 8:30 AM Ruth Engstrom <rengstrom@district.example> wrote:\n" + q)
    L.append(M("Gwen Albright <galbright@district.example>", "Ruth Engstrom <rengstrom@district.example>",
               "Re: committee date", text=txt, exp=X(), reply_to_id="engstrom-committee"))

    inner = T("""
Hello Deb,

Per your request, here is the quote for the health office supplies:

Quote #Q-77102    Customer account: NH-20844    Valid through 12/31/2024
 - Digital thermometers (box of 6), qty 4 ........ $118.00
 - Ice packs, instant (case of 24), qty 6 ......... $95.40
 - Nitrile gloves, M (case), qty 3 ................ $141.00
 - Trainer auto-injector pens, qty 10 ............. $89.50
Shipping: free over $250

Please reference the quote number on your PO.

Kelly Brandt
School Health Supply Co. | (800) 555-0112
""")
    txt = ("Can you cut a PO for this? Budget line 2400-5410.\n\nThanks, Deb\n\n"
           + gmail_fwd("Kelly Brandt <kbrandt@schoolhealthsupply.example>", "Tue, Sep 10, 2024 at 10:15 AM",
                       "Quote Q-77102", "Deb Marchand <dmarchand@district.example>") + "\n\n" + inner)
    L.append(M("Deb Marchand <dmarchand@district.example>", "Purchasing <purchasing@district.example>",
               "Fwd: Quote Q-77102", text=txt, exp=X(), wrap=0))

    q = quote(T("""
Thank you for registering!

Event: Special Education Professional Development - Writing Measurable IEP Goals
Date: Tuesday, November 5, 2024, 8:00 AM
Location: Eastbrook Middle School, Rooms 101-104
Confirmation number: PD-44871-K
"""), 72)
    txt = ("Hi, I registered for the wrong session - I'm a related service provider (OT). Should I be at the afternoon 504 session instead? I don't want to lose the PDPs.\n\nNatalie Brooks, OTR/L\n\n"
           "On Oct 28, 2024, at 3:14 PM, Professional Development <pd@district.example> wrote:\n\n" + q)
    L.append(M("Natalie Brooks <nbrooks@district.example>", "Professional Development <pd@district.example>",
               "Re: Registration confirmed: Special Education PD", text=txt, exp=X(), reply_to_id="pd-confirm"))

    inner = T("""
NORTH HARLOW SCHOOL COMMITTEE
Regular Meeting - Thursday, October 24, 2024, 7:00 p.m.
Town Hall Auditorium

1. Call to order; Pledge of Allegiance
2. Public comment (3 minutes per speaker)
3. Student representative report (Riverside and Harbor View)
4. Superintendent's report: October 1 enrollment; MCAS results overview; chronic absenteeism update
5. Second reading: Policy JICD (Student Discipline); Policy JLCE (First Aid and Emergency Medical Care)
6. Approval of the FY26 budget calendar
7. Executive session (collective bargaining - paraprofessionals unit)
8. Adjourn
""")
    txt = ("FYI for anyone who wants to attend. Item 4 covers the attendance data we talked about at the leadership meeting.\n\n"
           + gmail_fwd("Superintendent's Office <superintendent@district.example>", "Fri, Oct 18, 2024 at 4:01 PM",
                       "School Committee agenda 10/24", "Principals <principals@district.example>") + "\n\n" + inner)
    L.append(M("Angela Ferreira-Mott <aferreiramott@district.example>", "Westfield Staff <westfield-staff@district.example>",
               "Fwd: School Committee agenda 10/24", text=txt, exp=X()))

    q = quote(T("""
Dear Families,

As we head into the second month of school, I want to remind everyone of our attendance policy. Students who miss 10% or more of the school year are considered chronically absent. Students with 5 unexcused absences will receive a letter.

Dr. Renee Caldwell
Principal
"""), 72)
    txt = ("Dr. Caldwell,\n\nThank you for the reminder. A general question about the policy: are absences for religious holidays counted toward the 10%? And does a doctor's note make an absence excused even if it's turned in more than three days later? We're trying to plan for next spring.\n\nThank you,\nAlicia Kemper\n\n"
           "On Wed, Oct 2, 2024 at 6:00 PM Dr. Renee Caldwell <rcaldwell@district.example> wrote:\n" + q)
    L.append(M("Alicia Kemper <alicia.kemper@gmail.com>", "Dr. Renee Caldwell <rcaldwell@district.example>",
               "Re: Every day counts: attendance reminder", text=txt, exp=X(), wrap=76, reply_to_id="caldwell-attendance"))

    l2 = quote(T("""
Field 2 is being re-seeded so we need to move Thursday's JV game vs. Amesbury to the turf at 3:45. Varsity stays at 6:00. Last time we played them it was 2-2.
"""), 70)
    l1 = ("That works for soccer. Can field hockey have the turf 5:15-6:00 for warmups? We beat Westbury 4-1 on Saturday so the girls are fired up.\n\n"
          "On Mon, Oct 7, 2024 at 7:30 AM Pam Goodwin <athletics@district.example> wrote:\n" + l2)
    txt = ("Yes, field hockey gets the turf 5:15-6:00. Grounds crew will line it by 3:00.\n\nPam\n\n"
           "On Mon, Oct 7, 2024 at 9:12 AM Coach Lyle Rasche <lrasche@district.example> wrote:\n" + quote(l1, 0))
    L.append(M("Pam Goodwin <athletics@district.example>",
               "Coach Lyle Rasche <lrasche@district.example>, Coach Ana Pires <apires@district.example>",
               "Re: Re: field swap Thursday", text=txt, exp=X(), reply_to_id="goodwin-field"))

    inner = T("""
MEMORANDUM

To: Superintendents, School Nurses, Charter School Leaders
From: Office of School Health, State Department of Elementary and Secondary Education
Date: August 15, 2024
Re: School immunization requirements for 2024-2025

There are no changes to the immunization requirements for school entry this year. Students in grades 7-12 must have 1 dose of Tdap and, for grades 7-11, 1 dose of MenACWY; students in grade 12 need 2 doses of MenACWY, with one given on or after the 16th birthday. Schools must report immunization status through the state survey by December 1.

Medical exemptions require a physician statement renewed annually; religious exemptions require a written parent statement.
""")
    txt = ("Nurses - please read before our meeting Thursday. Note the December 1 survey deadline.\n\nDeb\n\n-------- Forwarded Message --------\n"
           "Subject: 2024-25 immunization requirements\nDate: Thu, 15 Aug 2024 14:02:11 -0400\nFrom: School Health Unit <schoolhealth@doe.state.example>\n\n" + inner)
    L.append(M("Deb Marchand <dmarchand@district.example>", "School Nurses <nurses@district.example>",
               "Fwd: 2024-25 immunization requirements", text=txt, exp=X(), wrap=0))

    inner = T("""
Here is the updated approved sub list for the high schools:

Name              Emp ID   Cert             Available
Pat Keane         40177    Science 5-12     M-F
Jo Whitley        40321    ELA 5-12         M/W/F
Gary Fontaine     40388    none (daily)     T/Th
Lucia Ferraz      40402    Spanish PreK-12  M-F

Orientation for new subs is 10/9 at 3:00 at Central Office.

Sub Desk
""")
    txt = ("Thanks - can you add Omar Haley's sister, she was just approved by HR yesterday?\n\n"
           + outlook_hdr("Sub Desk", "Tuesday, October 1, 2024 2:17 PM", "HS Admin", "updated sub list") + "\n\n" + inner)
    L.append(M("Victor Delgado <vdelgado@district.example>", "Sub Desk <subdesk@district.example>",
               "RE: updated sub list", text=txt, exp=X(), wrap=0, reply_to_id="subdesk-list"))

    inner = T("""
Starting Monday 10/14, Route 7 will no longer stop at Maple Ave & 3rd St. Students at that stop should use the new stop at 112 Fairview Ave (Fairview Apts) at 8:03 a.m. Afternoon drop-off times are unchanged (3:24 p.m. at Fairview).

Lou Barnes
Transportation Office
""")
    txt = ("Please include this in Friday's newsletter. Thanks!\n\n"
           + outlook_hdr("Barnes, Lou", "Wednesday, October 9, 2024 12:41 PM", "Maple Ridge Office", "Route 7 change") + "\n\n" + inner)
    L.append(M("Janet Ochs <jochs@district.example>", "Ellen Moriarty <emoriarty@district.example>",
               "FW: Route 7 change", text=txt, exp=X(), wrap=0))

    q = quote("Where are we holding Thursday's 504 coordinators meeting? The guidance conference room is being painted.\n\nNora", 72)
    txt = ("Let's use the library workroom. Nadia will bring the 504 binder and the updated accommodation menu, and I'll bring the state's new 504 guidance. Jamal wants 10 minutes at the end to talk about referral timelines.\n\nLauren\n\n"
           "On Tue, Oct 1, 2024 at 12:05 PM Nora Feeney <nfeeney@district.example> wrote:\n" + q)
    L.append(M("Lauren Kessler <lkessler@district.example>", "Nora Feeney <nfeeney@district.example>",
               "Re: Thursday meeting room", text=txt, exp=X(), wrap=72, reply_to_id="feeney-room"))

    inner = T("""
Congratulations to the 2024-2025 Harbor View Student Council officers!

President: Marisa Delgado-Lutz, Grade 12
Vice President: Kofi Asante, Grade 11
Secretary: Penelope Hart, Grade 11
Treasurer: Arjun Mehta, Grade 10
Class of 2028 representatives: Lily Tran, Owen Beck (Grade 9)

Meetings are every other Tuesday at 2:15 in Room 210. Advisor: Ms. Cardenas.
""")
    txt = ("For the website and the Friday announcements, please.\n\n"
           + gmail_fwd("Inez Cardenas <icardenas@district.example>", "Mon, Sep 30, 2024 at 3:40 PM",
                       "Student Council officers", "Harbor View Main Office <hvhs-office@district.example>") + "\n\n" + inner)
    L.append(M("Harbor View Main Office <hvhs-office@district.example>", "Web Team <web@district.example>",
               "Fwd: Student Council officers", text=txt, exp=X()))
    return L


# ==========================================================================
# class 5: body_and_attachment  (a document or table attached)
# ==========================================================================
def phone(rng=RNG):
    return f"(413) 555-01{rng.randrange(100):02d}"


@klass("body_and_attachment")
def body_and_attachment():
    L = []
    rng = RNG
    # ---- records ---------------------------------------------------------
    # A1: class roster with Q1 grades (CSV) + a separate record in the body
    ppl = people(8)
    rows, ids = [], []
    for (f, l) in ppl:
        sid = make_id("6")
        ids.append(sid)
        pct = rng.randrange(48, 99)
        mark = "A" if pct >= 90 else "B" if pct >= 80 else "C" if pct >= 70 else "D" if pct >= 60 else "F"
        rows.append([sid, l, f, "9", f"{pct}", mark, str(rng.randrange(0, 9))])
    sick = ppl[3][0]
    body = T(f"""
Hi Frank,

Attached is my Period 2 Algebra I roster with Q1 grades for Thursday's intervention meeting. The three students under 65 are the ones I'd like to talk about.

Also, {sick} has been out since Monday after an appendectomy and won't be back until next week, so please treat that Q1 grade as an incomplete for now.

Thanks,
Omar
""")
    L.append(M("Omar Haley <ohaley@district.example>", "Frank Dorsey <fdorsey@district.example>",
               "P2 roster for intervention mtg", text=body,
               atts=[att("Alg1_P2_Q1_grades.csv", csv_bytes(
                   ["Student ID", "Last Name", "First Name", "Gr", "Q1 %", "Q1 Mark", "Abs"], rows))],
               exp=X(ids=ids, ros=True, rec=True), prose=True, wrap=74))

    # A2: xlsx roster with DOB date cells and meal status + IEP note in body
    ppl = people(6)
    rows, ids, dobs = [], ["604412"], []
    for (f, l) in ppl:
        sid = make_id("10")
        d = make_dob("3")
        ids.append(sid)
        dobs.append(d)
        rows.append([sid, l, f, d, "3", rng.choice(["112", "114"]), rng.choice(["F", "R", "P", "P"])])
    body = T("""
Hi Linh,

Here is your updated homeroom list for the meal count and the state report (I fixed the two birth dates that were wrong in September). Please don't forward it - it has lunch status on it.

Also, Zara Ali (ID 604412), who transferred to you last week, has a new IEP effective 10/1 with speech services twice a week. Allison Greer will be in touch about the schedule.

Janet Ochs
Main Office, Maple Ridge Elementary
""")
    L.append(M("Janet Ochs <jochs@district.example>", "Linh Tran <ltran@district.example>",
               "Updated homeroom list", text=body,
               atts=[att("Gr3_homeroom_list.xlsx", xlsx_bytes([{
                   "title": "Roster", "header": ["SASID", "Last", "First", "DOB", "Grade", "HR", "Meal Status"],
                   "rows": rows, "formats": {0: "@", 3: "m/d/yyyy"}, "widths": [14, 14, 12, 12, 7, 6, 11]}]))],
               exp=X(ids=ids, dobs=dobs, ros=True, rec=True), prose=True, wrap=0))

    # A3: PDF nurse visit note for one student
    pdf = pdf_bytes([
        ("h", "Lincoln Elementary - Health Office Visit Note"),
        ("kv", [("Student", "Oliver Szabo"), ("Student ID", "5530172"), ("Date of Birth", "05/11/2016"),
                ("Grade / Teacher", "3 / Mrs. Tran"), ("Visit", "10/09/2024 10:20 AM")]),
        ("p", "Reason for visit: Fell on the blacktop during recess. Abrasion approx. 3 cm on left knee, "
              "small abrasion left palm. No head injury reported; alert, walking without difficulty."),
        ("p", "Treatment: Wounds cleaned with soap and water, bandage applied, ice 10 minutes. "
              "Returned to class 10:45 AM. Parent notified by phone (mother)."),
        ("small", "D. Marchand, RN - School Nurse. Confidential health record."),
    ], title="Health Office Visit Note")
    body = T("""
Hi Mrs. Szabo,

Oliver took a tumble on the blacktop at recess this morning and scraped his left knee and hand. He was a trooper! The visit note is attached for your records; please keep an eye on the knee for redness over the next few days.

Deb Marchand, RN
School Nurse
""")
    L.append(M("Deb Marchand <dmarchand@district.example>", "Edit Szabo <edit.szabo@gmail.com>",
               "Oliver - health office visit", text=body,
               atts=[att("VisitNote_Szabo_20241009.pdf", pdf)],
               exp=X(ids=["5530172"], dobs=["2016-05-11"], rec=True), prose=True, wrap=72))

    # A4: DOCX 504 plan
    docx = docx_bytes([
        ("h", "Section 504 Accommodation Plan", 1),
        ("kv", [("Student", "Benjamin Okoro"), ("Student ID", "4471203"), ("Date of Birth", "2009-12-02"),
                ("School / Grade", "Riverside High School / 10"), ("Meeting date", "10/10/2024"),
                ("Review date", "10/2025")]),
        ("p", "Disability: Type 1 diabetes. Major life activities affected: eating, caring for oneself."),
        ("h", "Accommodations", 2),
        ("bullets", ["Permission to carry and use glucose meter, CGM receiver/phone and snacks in all classes",
                     "Unrestricted access to water, restroom and the health office",
                     "Make-up of tests missed because of high or low blood sugar without penalty",
                     "Blood glucose check before tests and PE; no test if below 70 mg/dL"]),
        ("p", "Team: N. Feeney (504 Coordinator), L. Marchand-Quist (School Nurse), parent, student, G. Ostrowski (teacher)."),
    ])
    body = T("""
Dear Mr. and Mrs. Okoro,

Attached is the finalized 504 plan from Thursday's meeting for Benjamin. Please sign the last page and send it back with him, or reply to this email to say you approve it and I will note that.

Nora Feeney
504 Coordinator
""")
    L.append(M("Nora Feeney <nfeeney@district.example>", "okoro.family@gmail.com",
               "504 plan - final", text=body,
               atts=[att("504_Plan_Okoro_B.docx", docx)],
               exp=X(ids=["4471203"], dobs=["2009-12-02"], rec=True), wrap=0))

    # A5: XLSX attendance report (roster) + aggregate summary sheet
    ppl = people(12)
    rows, ids = [], []
    for (f, l) in ppl:
        sid = make_id("5")
        ids.append(sid)
        enrolled = 38
        absent = rng.randrange(4, 12)
        unexc = rng.randrange(1, absent + 1)
        rows.append([sid, f"{l}, {f}", rng.choice(["6", "7", "8"]), enrolled, absent, unexc,
                     rng.randrange(0, 9), round(100 * (enrolled - absent) / enrolled, 1)])
    body = T("""
Victor,

Here is the Skyward export for students at or above 10% absent as of Friday. Sheet 2 has the school totals for the leadership meeting. The attendance team will start calling the families on the list this week.

Janice
""")
    L.append(M("Janice Poole <jpoole@district.example>", "Victor Delgado <vdelgado@district.example>",
               "Chronic absence list - as of 10/25", text=body,
               atts=[att("chronic_absence_20241025.xlsx", xlsx_bytes([
                   {"title": "Students", "header": ["Stu ID", "Name", "Grd", "Days Enr", "Days Abs", "Unexc", "Tardies", "Att %"],
                    "rows": rows, "formats": {0: "@"}, "widths": [9, 24, 5, 9, 9, 7, 8, 7]},
                   {"title": "Summary", "header": ["Grade", "Enrolled", "ADA %", "Chronically absent"],
                    "rows": [["6", 212, 94.1, 22], ["7", 208, 93.6, 25], ["8", 219, 92.8, 31]]}]))],
               exp=X(ids=ids, ros=True), wrap=0))

    # A6: ZIP with CSV immunization list (roster with DOB)
    ppl = people(7)
    rows, ids, dobs = [], [], []
    for (f, l) in ppl:
        sid = make_id("6")
        d = make_dob("7")
        ids.append(sid)
        dobs.append(d)
        missing = rng.choice(["Tdap", "MenACWY", "Tdap; MenACWY", "Varicella dose 2", "MMR dose 2"])
        rows.append([sid, l, f, f"{d.month}/{d.day}/{d.year}", "7", missing, rng.choice(["2nd notice", "1st notice", "exclusion letter"])])
    z = zip_bytes([("westfield_gr7_noncompliant.csv", csv_bytes(
        ["Perm #", "Last", "First", "Birthdate", "Gr", "Missing", "Status"], rows)),
        ("README.txt", b"Exported from the SIS health module 10/28/2024. Confidential - nurses only.\r\n")])
    body = T("""
Lorraine,

Zipped list of the Grade 7 students still out of compliance at Westfield. Please delete it from your Downloads folder once it's saved to the nurses' drive. We need these resolved before the December 1 survey.

Carla Nunes, RN
Westfield Health Office
""")
    L.append(M("Carla Nunes <cnunes@district.example>", "Lorraine Quist <lquist@district.example>",
               "Gr 7 immunization list", text=body,
               atts=[att("gr7_noncompliant.zip", z)],
               exp=X(ids=ids, dobs=dobs, ros=True), wrap=76))

    # A7: PDF discipline referral (one student)
    pdf = pdf_bytes([
        ("h", "Harbor View High School - Discipline Referral"),
        ("kv", [("Referral #", "24-0311"), ("Student", "Rohan Mistry"), ("Student ID", "1650873"),
                ("Grade", "9"), ("Incident date/time", "10/22/2024, 12:10 PM"), ("Location", "Cafeteria"),
                ("Referring staff", "M. Sorensen")]),
        ("p", "Description: Student was observed taking another student's phone from the table and refused "
              "to return it. When approached by staff he ran from the cafeteria and left the building "
              "without permission for approximately 20 minutes."),
        ("p", "Action taken: Two (2) days out-of-school suspension (10/23-10/24/2024). Parent conference held by phone. "
              "Phone returned to owner."),
        ("small", "Administrator: V. Delgado. Entered in Aspen 10/22/2024."),
    ], title="Discipline Referral")
    L.append(M("Victor Delgado <vdelgado@district.example>", "Lauren Kessler <lkessler@district.example>",
               "Referral 24-0311", text="Lauren - referral attached for your records. He'll need a re-entry check-in on Friday.\n\nV.",
               atts=[att("Referral_24-0311.pdf", pdf)],
               exp=X(ids=["1650873"], rec=True)))

    # A8: CSV with three students' prior state scores (record, not roster)
    ppl = people(3)
    rows, ids = [], []
    for (f, l) in ppl:
        sid = make_id("10")
        ids.append(sid)
        rows.append([sid, f"{f} {l}", "2024", "Gr 6 ELA", str(rng.randrange(470, 530)), rng.choice(["Partially Meeting", "Meeting", "Exceeding"]),
                     "Gr 6 Math", str(rng.randrange(470, 530))])
    body = T("""
Hi Anita,

The prior-year state test scores for the three new students on your team came in from their old districts. CSV attached - the SSID column is the state student ID.

Gwen
""")
    L.append(M("Gwen Albright <galbright@district.example>", "Anita Patel <apatel@district.example>",
               "Prior-year scores for new students", text=body,
               atts=[att("new_students_prior_scores.csv", csv_bytes(
                   ["SSID", "Student", "Year", "Test", "Scale", "Level", "Test 2", "Scale 2"], rows))],
               exp=X(ids=ids, rec=True), wrap=72))

    # A9: DOCX evaluation summary
    docx = docx_bytes([
        ("h", "Psychoeducational Evaluation - Summary of Results", 1),
        ("kv", [("Student", "Harper Yoon"), ("Student Number", "S00587112"), ("Date of Birth", "October 2, 2014"),
                ("Grade", "4"), ("Dates of testing", "September 24 and 26, 2024"), ("Examiner", "Sanjay Rao, PhD")]),
        ("table", ["Measure", "Standard score", "Percentile", "Range"],
         [["WISC-V Full Scale IQ", "102", "55", "Average"], ["Verbal Comprehension", "108", "70", "Average"],
          ["Working Memory", "86", "18", "Low average"], ["WIAT-4 Word Reading", "81", "10", "Below average"],
          ["WIAT-4 Spelling", "79", "8", "Below average"]]),
        ("p", "Summary: Harper's reasoning abilities are in the average range, while word reading, decoding and "
              "spelling are significantly below expectations. The pattern is consistent with a specific learning "
              "disability in basic reading skills (dyslexia). Recommendations: structured literacy instruction, "
              "audio books, extended time."),
    ])
    body = T("""
Dear Mr. and Mrs. Yoon,

As promised, attached is the summary of my evaluation results for Harper, two days before our team meeting on Thursday. Please call me if anything is unclear - I'm happy to go over it by phone beforehand.

Sanjay Rao, PhD
School Psychologist
""")
    L.append(M("Dr. Sanjay Rao <srao@district.example>", "Min-jun Yoon <mj.yoon@naver.com>",
               "Evaluation summary for Thursday", text=body,
               atts=[att("Yoon_H_eval_summary.docx", docx)],
               exp=X(ids=["S00587112"], dobs=["2014-10-02"], rec=True), wrap=0))

    # A10: XLSX IEP caseload (roster with text DOB)
    ppl = people(9)
    rows, ids, dobs = [], [], []
    for (f, l) in ppl:
        sid = make_id("10")
        g = rng.choice(["6", "7", "8"])
        d = make_dob(g)
        ids.append(sid)
        dobs.append(d)
        rows.append([sid, f"{l}, {f}", d.strftime("%Y-%m-%d"), g,
                     rng.choice(["SLD", "OHI", "Autism", "Communication", "Emotional", "Health"]),
                     f"{rng.choice([5, 8, 10])} x 45 min/wk", rng.choice(["03/2025", "05/2025", "01/2025", "11/2024"])])
    body = T("""
Paul,

Here is your caseload for the year as it stands today. Annual review dates are in the last column - the November ones need notices out this week.

Gwen
""")
    L.append(M("Gwen Albright <galbright@district.example>", "Paul Weng <pweng@district.example>",
               "Caseload 2024-25", text=body,
               atts=[att("Weng_caseload_2024-25.xlsx", xlsx_bytes([{
                   "title": "Caseload", "header": ["SASID", "Student", "DOB", "Gr", "Disability", "SDI minutes", "Annual review"],
                   "rows": rows, "formats": {0: "@"}, "widths": [13, 22, 11, 4, 13, 15, 13]}]))],
               exp=X(ids=ids, dobs=dobs, ros=True)))

    # A11: record in the body, look-alike flyer attached
    flyer = pdf_bytes([
        ("h", "Chemistry Help Night"),
        ("p", "Tuesdays in October and November, 6:00-7:30 p.m., Riverside High School Room 231."),
        ("p", "Drop in for help with stoichiometry, lab reports and test review. Snacks provided by the Science Boosters."),
        ("p", "Questions? Mr. Ferris, (413) 555-0179, jferris@district.example. 400 Riverside Drive, Harlow."),
    ], title="Chemistry Help Night")
    body = T("""
Hi Mrs. Iwu,

Kai missed the make-up test again on Monday, so he now has a 52 in Chemistry with two zeros in the gradebook. He can still take both tests during Chemistry Help Night next Tuesday (flyer attached) and I will replace the zeros. He has been telling me he's too tired to concentrate in class; is everything OK?

Jill Ferris
Chemistry, Riverside High School
""")
    L.append(M("Jill Ferris <jferris@district.example>", "Grace Iwu <grace.iwu@gmail.com>",
               "Kai - Chemistry", text=body,
               atts=[att("Chem_Help_Night.pdf", flyer)], exp=X(rec=True), prose=True, wrap=76))

    # A12: PDF unofficial transcript
    courses = [["2022-23", "English 9", "B+", "1.0"], ["2022-23", "Algebra I", "A-", "1.0"],
               ["2022-23", "Biology", "B", "1.0"], ["2022-23", "World History", "A", "1.0"],
               ["2023-24", "English 10", "B", "1.0"], ["2023-24", "Geometry", "B-", "1.0"],
               ["2023-24", "Chemistry", "C+", "1.0"], ["2023-24", "Spanish II", "A-", "1.0"],
               ["2024-25", "English 11 (in progress)", "IP", "-"]]
    pdf = pdf_bytes([
        ("h", "UNOFFICIAL TRANSCRIPT - Harbor View High School"),
        ("kv", [("Name", "Simone Achterberg"), ("Student ID", "NH24-1193377"), ("Birth Date", "March 15, 2008"),
                ("Class of", "2026"), ("Cumulative GPA", "3.31 (unweighted)"), ("Credits earned", "16.0")]),
        ("table", ["Year", "Course", "Final", "Credit"], courses, [25, 75, 20, 20]),
        ("small", "Not valid without registrar seal. Printed 10/30/2024."),
    ], title="Unofficial Transcript")
    L.append(M("Linda Oyelowo <loyelowo@district.example>", "Simone Achterberg <simone.achterberg@students.district.example>",
               "Your unofficial transcript",
               text="Hi Simone,\n\nAs requested, your unofficial transcript is attached for the scholarship application. Official copies go through Parchment.\n\nMs. Oyelowo\nRegistrar",
               atts=[att("Transcript_Achterberg_unofficial.pdf", pdf)],
               exp=X(ids=["NH24-1193377"], dobs=["2008-03-15"], rec=True)))

    # A13: CSV field trip list with medical info (roster, no IDs)
    ppl = people(9)
    meds = ["none", "peanut allergy - EpiPen", "asthma - inhaler", "none", "bee sting allergy - EpiPen",
            "none", "Type 1 diabetes - pump, snacks", "ADHD med given at 12:00 by nurse", "none"]
    rows = []
    for (f, l), m in zip(ppl, meds):
        rows.append([f"{f} {l}", "5", rng.choice(["Moriarty", "Lam", "Oyelaran"]), m, phone()])
    body = T("""
Hi chaperones,

Attached is the list for your groups on Wednesday, with the health notes and a guardian phone number for each student. Nurse Deb will pack the EpiPens and the inhaler in the red bags. Please keep this list with you and return it to me at the end of the day - don't leave it on the bus.

Ellen
""")
    L.append(M("Ellen Moriarty <emoriarty@district.example>", "Grade 5 Chaperones <grade5-chaperones@district.example>",
               "Field trip groups + health notes", text=body,
               atts=[att("field_trip_groups.csv", csv_bytes(["Student", "Gr", "Teacher", "Health / allergies", "Guardian phone"], rows))],
               exp=X(ros=True), wrap=72))

    # A14: DOCX reading intervention groups (roster)
    ppl = people(6)
    rows = []
    for (f, l) in ppl:
        rows.append([f"{f} {l}", "2", str(rng.randrange(18, 52)), str(rng.randrange(70, 95)) + "%", rng.choice(["Group A (Mon/Wed)", "Group B (Tue/Thu)"])])
    docx = docx_bytes([
        ("h", "Tier 2 Reading Intervention - Grade 2 - Cycle 2", 1),
        ("p", "Students were placed using November progress-monitoring DIBELS 8 ORF (words correct per minute) and accuracy."),
        ("table", ["Student", "Gr", "ORF wcpm", "Accuracy", "Group"], rows),
    ])
    L.append(M("Tamara Voss <tvoss@district.example>", "Helen Dwyer <hdwyer@district.example>",
               "Cycle 2 groups",
               text="Helen - cycle 2 groups attached. Group A starts Monday in my room at 9:15.\n\nTamara",
               atts=[att("Gr2_Tier2_cycle2.docx", docx)], exp=X(ros=True)))

    # ---- look-alikes -----------------------------------------------------
    # B1: staff directory with employee IDs, hire dates, work phones
    staff = [["Albright", "Gwen", "Special Education Coordinator", "Central Office", "galbright@district.example", "(413) 555-0140", "E-10233", dt.date(2011, 8, 22)],
             ["Feeney", "Nora", "School Counselor / 504 Coordinator", "Riverside HS", "nfeeney@district.example", "(413) 555-0147", "E-10871", dt.date(2015, 8, 24)],
             ["Kessler", "Lauren", "School Counselor", "Eastbrook MS", "lkessler@district.example", "(413) 555-0148", "E-11402", dt.date(2018, 1, 8)],
             ["Marchand", "Deb", "School Nurse / Nurse Leader", "Lincoln ES", "dmarchand@district.example", "(413) 555-0123", "E-09114", dt.date(2006, 9, 5)],
             ["Rao", "Sanjay", "School Psychologist", "Westfield MS", "srao@district.example", "(413) 555-0144", "E-12020", dt.date(2020, 8, 26)],
             ["Reed", "Jamal", "School Psychologist", "Harbor View HS", "jreed@district.example", "(413) 555-0172", "E-13377", dt.date(2024, 10, 1)],
             ["Weng", "Paul", "Special Education Teacher", "Westfield MS", "pweng@district.example", "(413) 555-0141", "E-12588", dt.date(2021, 8, 30)],
             ["Greer", "Allison", "Speech-Language Pathologist", "Lincoln ES", "agreer@district.example", "(413) 555-0146", "E-11790", dt.date(2019, 8, 26)]]
    L.append(M("Human Resources <hr@district.example>", "Student Services Staff <studentservices@district.example>",
               "Updated Student Services directory",
               text="Attached is the updated Student Services staff directory with this year's new hires. Please let HR know about any corrections.\n\nHuman Resources",
               atts=[att("StudentServices_directory_2024-25.xlsx", xlsx_bytes([{
                   "title": "Directory", "header": ["Last", "First", "Title", "Building", "Email", "Work phone", "Employee ID", "Hire date"],
                   "rows": staff, "formats": {7: "mm/dd/yyyy"}, "widths": [12, 10, 32, 16, 28, 15, 12, 12]}]))],
               exp=X()))

    # B2: vendor invoice PDF
    pdf = pdf_bytes([
        ("h", "INVOICE - Bright Path Assessment Materials, Inc."),
        ("kv", [("Invoice #", "BP-204417"), ("Invoice date", "09/30/2024"), ("Customer account", "NHPS-00883"),
                ("PO #", "PO-24-02115"), ("Bill to", "North Harlow Public Schools, Student Services, 88 Mill Street, Harlow, MA 01234"),
                ("Ship to", "Westfield Middle School, Attn: Dr. Sanjay Rao, 17 Westfield Road, Harlow, MA 01234")]),
        ("table", ["Item", "Description", "Qty", "Amount"],
         [["WISC5-RF", "WISC-V record forms (pkg of 25)", "4", "$612.00"],
          ["WIAT4-RF", "WIAT-4 record forms (pkg of 25)", "2", "$388.00"],
          ["BASC3-TRS", "BASC-3 teacher rating scales, ages 12-21 (pkg of 25)", "3", "$297.00"],
          ["SHIP", "Ground shipping", "1", "$42.50"]], [30, 100, 15, 30]),
        ("p", "Total due: $1,339.50. Terms: Net 30. Please remit to PO Box 8821, Austin, TX 78701. Questions: (512) 555-0166."),
    ], title="Invoice BP-204417")
    L.append(M("Accounts Receivable <ar@brightpath-assess.example>", "Accounts Payable <ap@district.example>",
               "Invoice BP-204417", text="Please find attached invoice BP-204417 for your recent order. Thank you for your business!",
               atts=[att("Invoice_BP-204417.pdf", pdf)], exp=X()))

    # B3: course catalog excerpt DOCX
    docx = docx_bytes([
        ("h", "Program of Studies 2025-2026 - Mathematics", 1),
        ("p", "All students must earn 4 credits in mathematics, including Algebra I, Geometry and Algebra II. Grades 9-12."),
        ("table", ["Code", "Course", "Grade", "Credit", "Prerequisite"],
         [["2101", "Algebra I", "9", "1.0", "Grade 8 Math"], ["2201", "Geometry", "9-10", "1.0", "Algebra I (C or better)"],
          ["2211", "Honors Geometry", "9-10", "1.0", "Algebra I (B+ or better)"], ["2301", "Algebra II", "10-11", "1.0", "Geometry"],
          ["2501", "AP Calculus AB", "11-12", "1.0", "Precalculus (B or better)"], ["2601", "Statistics", "11-12", "0.5", "Algebra II"]]),
        ("p", "Weighting: Honors +0.5, AP +1.0 on the 4.0 scale. Students earning a D in a prerequisite course need department approval."),
    ])
    L.append(M("Frank Dorsey <fdorsey@district.example>", "Guidance Office <guidance.rhs@district.example>",
               "Math section of the Program of Studies",
               text="Final version of the math pages for the Program of Studies attached - only change is the new Statistics semester course.\n\nFrank",
               atts=[att("PoS_2025-26_Math.docx", docx)], exp=X()))

    # B4: bus schedule CSV
    stops = [["7", "AM", "1", "Oak St & Vine St", "7:58"], ["7", "AM", "2", "112 Fairview Ave (Fairview Apts)", "8:03"],
             ["7", "AM", "3", "Cedar Ln & Brook Rd", "8:07"], ["7", "AM", "4", "40 Elm Pl (Harlow Commons)", "8:12"],
             ["7", "AM", "5", "Maple Ridge Elementary, 250 Ridge Rd", "8:25"], ["7", "PM", "1", "Maple Ridge Elementary, 250 Ridge Rd", "3:10"],
             ["7", "PM", "2", "40 Elm Pl (Harlow Commons)", "3:19"], ["7", "PM", "3", "112 Fairview Ave (Fairview Apts)", "3:24"],
             ["12", "AM", "1", "Oak & Vine", "7:02"], ["12", "AM", "2", "Eastbrook Middle School, 5 School St", "7:31"]]
    L.append(M("Transportation Office <transportation@district.example>", "Principals <principals@district.example>",
               "Updated routes 7 and 12",
               text="Attached are the updated stop lists for routes 7 and 12, effective Monday 10/14. Please post them in the main office.\n\nLou Barnes\nTransportation Coordinator\n(413) 555-0145",
               atts=[att("routes_7_12_eff20241014.csv", csv_bytes(["Route", "Run", "Stop #", "Stop location", "Time"], stops))], exp=X()))

    # B5: aggregate grade distribution XLSX
    agg = [["English 9", 312, 71, 98, 80, 35, 28, 78.4], ["Biology", 305, 64, 91, 86, 38, 26, 77.9],
           ["Algebra I", 298, 52, 80, 90, 42, 34, 75.6], ["World History", 310, 88, 101, 74, 27, 20, 80.3],
           ["Spanish I", 201, 70, 66, 41, 14, 10, 82.0]]
    L.append(M("Office of Data & Assessment <data@district.example>", "Secondary Principals <hs-principals@district.example>",
               "Q1 grade distribution - Grade 9 core courses",
               text="Attached: Q1 grade distribution for grade 9 core courses, both high schools combined. Counts only; no student-level data.\n\nOffice of Data & Assessment",
               atts=[att("Q1_gr9_grade_distribution.xlsx", xlsx_bytes([{
                   "title": "Q1 Gr9", "header": ["Course", "Enrolled", "A", "B", "C", "D", "F", "Mean %"], "rows": agg}]))], exp=X()))

    # B6: sports schedule CSV with scores
    games = [["09/06/2024", "Riverside", "Amesbury", "Home", "W 3-1"], ["09/10/2024", "Riverside", "Pike Valley", "Away", "L 0-2"],
             ["09/14/2024", "Riverside", "Lincoln Tech", "Home", "W 4-0"], ["09/19/2024", "Riverside", "Central", "Away", "T 1-1"],
             ["09/24/2024", "Riverside", "Westbury", "Home", "W 2-1"], ["10/01/2024", "Riverside", "Harbor View", "Away", ""]]
    L.append(M("Riverside Athletics <athletics@district.example>", "Riverside Boosters <boosters.rhs@gmail.com>",
               "Boys soccer schedule and results",
               text="Updated boys varsity soccer schedule with results so far, for the boosters' website. Senior night is the Harbor View game.\n\nPam Goodwin\nAthletic Director",
               atts=[att("boys_soccer_2024.csv", csv_bytes(["Date", "Team", "Opponent", "Site", "Result"], games))], exp=X()))

    # B7: sub schedule XLSX with employee IDs and dates
    subs = [[dt.date(2024, 10, 14), "Keane, Pat", "40177", "Dunn (Science 7)", "Westfield", "Full day"],
            [dt.date(2024, 10, 14), "Whitley, Jo", "40321", "Ibarra (ELA 8)", "Westfield", "AM"],
            [dt.date(2024, 10, 15), "Fontaine, Gary", "40388", "Hollis (Math 7)", "Westfield", "Full day"],
            [dt.date(2024, 10, 16), "Ferraz, Lucia", "40402", "Castillo (Spanish)", "Riverside", "Full day"],
            [dt.date(2024, 10, 17), "Keane, Pat", "40177", "Ferris (Chemistry)", "Riverside", "PM"]]
    L.append(M("Sub Desk <subdesk@district.example>", "Building Secretaries <secretaries@district.example>",
               "Sub assignments week of 10/14",
               text="Sub assignments for next week are attached. Subs have been confirmed in Frontline.\n\nSub Desk",
               atts=[att("sub_assignments_wk1014.xlsx", xlsx_bytes([{
                   "title": "Week of 10-14", "header": ["Date", "Substitute", "Emp ID", "Covering for", "Building", "Length"],
                   "rows": subs, "formats": {0: "ddd m/d", 2: "@"}}]))], exp=X()))

    # B8: PD agenda DOCX
    docx = docx_bytes([
        ("h", "Special Education Professional Development Day", 1),
        ("p", "Tuesday, November 5, 2024 - Eastbrook Middle School"),
        ("table", ["Time", "Session", "Presenter", "Room"],
         [["8:00", "Breakfast and welcome", "Ruth Engstrom", "Cafeteria"],
          ["8:30", "From present levels to measurable goals", "Maria Delacorte", "101"],
          ["10:15", "Progress monitoring with CBM", "Sanjay Rao", "102"],
          ["12:30", "504 plans: accommodations vs. modifications", "Nora Feeney", "103"],
          ["1:45", "Discipline and students with disabilities: manifestation determinations", "Victor Delgado", "104"]]),
        ("p", "Bring a de-identified IEP goal to workshop. Do not bring student files."),
    ])
    L.append(M("Professional Development <pd@district.example>", "Special Education Staff <sped-staff@district.example>",
               "Agenda: SPED PD Day Nov 5",
               text="Agenda for the November 5 Special Education PD day is attached. Sessions in the afternoon are open to general education teachers too.",
               atts=[att("SPED_PD_Agenda_Nov5.docx", docx)], exp=X()))

    # B9: team roster XLSX (directory data only)
    ppl = people(14)
    team = []
    for i, (f, l) in enumerate(ppl):
        team.append([rng.randrange(1, 40), f, l, rng.choice(["9", "10", "11", "12"]), rng.choice(["GK", "D", "D", "M", "M", "F"]), rng.choice(["S", "M", "L", "XL"])])
    team.sort(key=lambda r: r[0])
    L.append(M("Coach Ana Pires <apires@district.example>", "Riverside Boosters <boosters.rhs@gmail.com>",
               "Girls soccer roster for the program",
               text="Here's the girls varsity roster for the game program and the warm-up order (jersey #, grade, position, shirt size).\n\nCoach Pires",
               atts=[att("GV_soccer_roster.xlsx", xlsx_bytes([{
                   "title": "Roster", "header": ["#", "First", "Last", "Grade", "Pos", "Warm-up size"], "rows": team}]))], exp=X()))

    # B10: enrollment counts per grade (aggregate)
    enr = [["Lincoln Elementary", 88, 91, 84, 90, 86, 93, "", "", ""], ["Maple Ridge Elementary", 77, 80, 79, 81, 78, 76, "", "", ""],
           ["Eastbrook Middle", "", "", "", "", "", "", 212, 208, 219], ["Westfield Middle", "", "", "", "", "", "", 198, 204, 201]]
    L.append(M("Office of Data & Assessment <data@district.example>", "School Committee <committee@district.example>",
               "October 1 enrollment",
               text="October 1 enrollment by school and grade is attached for the October 10 meeting. Total K-12: 6,842.",
               atts=[att("Oct1_enrollment_K-8.csv", csv_bytes(["School", "K", "1", "2", "3", "4", "5", "6", "7", "8"], enr))], exp=X()))

    # B11: event flyer PDF with contact phone and address
    pdf = pdf_bytes([
        ("h", "Parent Council Fall Coffee & Resource Fair"),
        ("p", "Saturday, November 16, 2024, 10:00 a.m. - 12:00 p.m."),
        ("p", "Harbor View High School Cafeteria, 1 Harbor Road, Harlow, MA 01234"),
        ("p", "Meet the school counselors, the school nurse, the 504 coordinator and community partners. Learn about "
              "attendance supports, free and reduced-price meals, special education services and the family portal."),
        ("p", "Contact: Yolanda Pratt, Parent Council President - (413) 555-0187 - hvparentcouncil@gmail.com"),
    ], title="Parent Council Fall Coffee")
    L.append(M("Harbor View Parent Council <hvparentcouncil@gmail.com>", "Harbor View Families <hvhs-families@district.example>",
               "You're invited: Fall Coffee & Resource Fair",
               text="Please join us! Flyer attached (English and Spanish on the same page).\n\nHarbor View Parent Council",
               atts=[att("Fall_Coffee_flyer.pdf", pdf)], exp=X()))

    # B12: master schedule XLSX
    ms = [["1", "Algebra I", "2101-01", "Haley", "214"], ["1", "English 9", "1101-02", "Howell", "118"],
          ["2", "Algebra I", "2101-02", "Haley", "214"], ["2", "Chemistry", "3201-01", "Ferris", "231"],
          ["3", "Biology", "3101-03", "Ostrowski", "229"], ["3", "Spanish II", "4102-01", "Castillo", "140"],
          ["4", "US History I", "5101-01", "Brandt", "120"], ["4", "Ceramics I", "7181-02", "Wexler", "B12"]]
    L.append(M("Riverside Main Office <rhs-office@district.example>", "Riverside Teachers <rhs-teachers@district.example>",
               "Master schedule S1 (final)",
               text="Final S1 master schedule attached. Rooms in the new science wing are now final.",
               atts=[att("RHS_master_schedule_S1.xlsx", xlsx_bytes([{
                   "title": "Master", "header": ["Period", "Course", "Section", "Teacher", "Room"], "rows": ms}]))], exp=X()))
    return L


# ==========================================================================
# class 6: announcement  (newsletters, flyers, agendas, notices, results)
# ==========================================================================
@klass("announcement")
def announcement():
    L = []
    rng = RNG
    # ---- records ---------------------------------------------------------
    ppl = people(6)
    courses = ["Algebra II", "Chemistry", "English 10", "US History I", "Geometry", "Spanish II", "Biology"]
    rows = []
    for (f, l) in ppl:
        c = rng.sample(courses, 2)
        rows.append([f"{l}, {f}", rng.choice(["Football", "Boys Soccer", "Girls Soccer", "Volleyball", "Cross Country"]),
                     f"{c[0]} ({rng.randrange(40, 64)})", f"{c[1]} ({rng.randrange(55, 64)})" if rng.random() < 0.5 else "-"])
    txt = ("Coaches,\n\nBelow is this week's academic ineligibility list from Monday's grade check (grades below 65 in parentheses). "
           "Students on this list may practice but may not compete in any contest through Sunday. Next grade check is Monday 10/21.\n\n"
           + text_table(["Student", "Sport", "Failing (1)", "Failing (2)"], rows)
           + "\n\nPlease remind athletes that Chemistry and Math help are available after school Tuesday through Thursday.\n\nPam Goodwin\nAthletic Director")
    L.append(M("Pam Goodwin <athletics@district.example>", "Fall Coaches <fall-coaches@district.example>",
               "Weekly eligibility list - week of 10/14", text=txt, exp=X(ros=True), wrap=0))

    txt = T("""
LINCOLN STAFF BULLETIN - Week of September 16

* Picture day is Thursday. Classes will be called by grade starting at 8:45.
* Fire drill Wednesday morning (unannounced time).
* Staff meeting Tuesday at 3:15 in the library: new reading curriculum, parent conference sign-ups.

HEALTH ALERT (please read): Noor Hamdan in Grade 3 (Mrs. Tran's class) has a newly diagnosed severe bee sting allergy. Her EpiPen is in the classroom go-bag and a second one is in the health office. If she is stung, use the EpiPen and call 911 - do not wait. Please make sure recess aides know.

* Book fair volunteers needed Oct 7-11.
* Congratulations to Erin Stoltz on her engagement!

Have a great week,
Ms. Oduya, Principal
""")
    L.append(M("Adaeze Oduya <aoduya@district.example>", "Lincoln Staff <lincoln-staff@district.example>",
               "Staff Bulletin 9/16", text=txt, exp=X(rec=True), prose=True, wrap=0))

    txt = T("""
Today's after-school detention (Room 140, 2:20-3:20). Please send these students if you see them in the hallway after 7th period:

  Brooks, Tyler       Gr 8   tardies (4) / phone
  Oyelaran, Dami      Gr 7   disrespect to staff (referral 24-201)
  Pacheco-Ruiz, Leo   Gr 8   skipped 5th period
  Sandoval, Mia       Gr 6   repeated dress code after warning

Mr. Pike
Dean of Students
""")
    L.append(M("Gerald Pike <gpike@district.example>", "Eastbrook Staff <eastbrook-staff@district.example>",
               "Detention list 10/24", text=txt, exp=X(rec=True), prose=True))

    # ---- look-alikes -----------------------------------------------------
    L.append(M("Dr. Renee Caldwell <rcaldwell@district.example>", "Harbor View Families <hvhs-families@district.example>",
               "Harbor View Weekly - October 4",
               text=T("""
HARBOR VIEW WEEKLY - October 4, 2024

From the Principal
What a first month! Our average daily attendance in September was 94.2%, up from 92.9% last year. Thank you for getting your students here every day and on time.

Dates to remember
- Oct 10: Progress reports posted in Aspen
- Oct 14: No school (Indigenous Peoples' Day)
- Oct 17: PSAT for all juniors (8:00 a.m., bring a calculator)
- Oct 22: SEPAC meeting, 6:30 p.m., Riverside library
- Oct 24: Fall sports senior night

Counseling corner
Seniors: college application workshops run every Wednesday in the library. Make sure your teacher recommendation requests are in Naviance two weeks before your deadline.

Health office
Flu shot clinic: Saturday 10/19 at Lincoln Elementary. Students taking medication at school need a new authorization form each year.
"""), exp=X(), wrap=0))

    L.append(M("Professional Development <pd@district.example>", "All Educators <educators@district.example>",
               "Special Education Professional Development: Co-Teaching Institute",
               text=T("""
Special Education Professional Development

Co-Teaching in the Inclusive Classroom: a three-session institute for general and special education co-teaching pairs.

Sessions: Wednesdays, January 8, 15 and 22, 2025, 3:15-5:15 p.m., Westfield Middle School library
Facilitators: Maria Delacorte (Team Chair) and Paul Weng (Special Education Teacher)
Credit: 6 PDPs; stipend at the contractual hourly rate

Register as a pair in the PD portal (course code COTEACH-25) by December 13. Space is limited to 12 pairs.
"""), exp=X(), wrap=0))

    L.append(M("Superintendent's Office <superintendent@district.example>", "All Families <all-families@district.example>",
               "Annual notice: FERPA rights and directory information",
               text=T("""
Annual Notification of Rights under FERPA

The Family Educational Rights and Privacy Act (FERPA) gives parents and students over 18 certain rights with respect to the student's education records: the right to inspect and review the records within 45 days of a request, to request an amendment of records believed to be inaccurate, and to consent before personally identifiable information is disclosed, except as FERPA allows without consent.

North Harlow Public Schools has designated the following as directory information: student's name, address, telephone listing, date and place of birth, major field of study, participation in officially recognized activities and sports, weight and height of members of athletic teams, dates of attendance, degrees and awards received, and grade level.

If you do not want the district to disclose directory information about your child without your prior written consent, you must notify the Superintendent's Office in writing by October 15. Opt-out forms are available in every school office.
"""), exp=X(), wrap=76))

    L.append(M("School Committee Secretary <committee@district.example>", "Community <community@district.example>",
               "Approved minutes - September 26 meeting",
               text=T("""
NORTH HARLOW SCHOOL COMMITTEE - MINUTES OF SEPTEMBER 26, 2024 (approved 10/10/2024)

Present: Chair L. Fontaine, Vice Chair R. Osterman, Members K. Abdi, T. Nowak, S. Petrakis. Superintendent Dr. M. Hughes.

1. Public comment: Three residents spoke about the start time for the high schools; one parent spoke in support of the new special education parent liaison position.
2. Superintendent's report: opening enrollment is 6,842; 11 new special education staff hired; chronic absenteeism last year was 14% district-wide (state 19%).
3. Personnel: Motion to approve the appointments of Jamal Reed (School Psychologist) and Dana Whitfield (Paraprofessional) - passed 5-0.
4. Policy: First reading of Policy JICD (Student Discipline). Second reading scheduled for October 24.
5. Adjourned at 9:12 p.m.

Respectfully submitted, Donna Pereira, Recording Secretary
"""), exp=X(), wrap=0))

    L.append(M("Riverside Athletics <athletics@district.example>", "Riverside Community <rhs-community@district.example>",
               "Volleyball sweeps Central; cross country 2nd at Invitational",
               text=T("""
RIVERSIDE RAVENS ATHLETICS - WEEKEND ROUNDUP

Girls Volleyball (7-2) beat Central 3-1 (25-19, 22-25, 25-17, 25-21). Hana Ito led the attack with 14 kills and Grace Lund had 22 assists. Senior libero Bea Santos kept the Ravens in the long rallies of the fourth set.

Cross Country placed 2nd of 6 teams at the Harlow Invitational. Nico Alves finished 3rd overall (17:02), followed by Theo Marsh (17:40) and Caleb Ruiz (18:05).

Boys Soccer fell 0-2 at Pike Valley. Goalkeeper Jonah Weiss made 9 saves.

Next up: volleyball hosts Pike Valley Thursday at 5:30; soccer travels to Harbor View on Tuesday.
"""), exp=X(), wrap=74))

    L.append(M("Coach Lyle Rasche <lrasche@district.example>", "JV Soccer Families <jvsoccer-families@district.example>",
               "JV practice schedule - week of 10/21",
               text=T("""
JV Boys Soccer - practice plan for the week

Mon 3:30-5:00  Field 2 - full team
Tue 3:30-4:45  Turf - keepers (Ben, Sami) at 3:15 for extra work
Wed            Game at Amesbury, bus leaves 2:50 - starters: Ben, Carlos, Dev, Eli, Finn, Gabe, Hiro, Ike, Jonah, Kofi, Luis
Thu 3:30-5:00  Field 2 - recovery + set pieces
Fri            Off

Carpool for Wednesday's return: the bus gets back around 6:15 at the front circle. Remember shin guards and two water bottles - it's going to be warm.

Coach R
"""), exp=X(), wrap=0))

    L.append(M("Human Resources <hr@district.example>", "Job Alerts <jobs@district.example>",
               "Now hiring: School Nurse (RN), Eastbrook Middle School",
               text=T("""
POSITION: School Nurse (RN), 1.0 FTE, Eastbrook Middle School
REPORTS TO: Nurse Leader / Principal
SALARY: Teachers' contract scale, $61,200-$98,700 depending on degree and experience

Responsibilities: daily health office care for approx. 640 students; medication administration and delegation; individualized health plans, allergy and seizure action plans; immunization compliance and state reporting; screenings (vision, hearing, postural, BMI); participation in 504 and IEP teams; staff training in epinephrine and CPR.

Requirements: current state RN license; BSN preferred; school nurse licensure or eligibility; CPR/AED certification.

Apply on SchoolSpring (posting #2024-081). Questions: hr@district.example or (413) 555-0103.
"""), exp=X(), wrap=76))

    L.append(M("Human Resources <hr@district.example>", "Job Alerts <jobs@district.example>",
               "Now hiring: School Psychologist (1.0 FTE)",
               text=T("""
North Harlow Public Schools is seeking a licensed School Psychologist for Harbor View High School, starting January 2025.

The School Psychologist conducts psychoeducational evaluations for special education eligibility, writes evaluation reports, participates in IEP and 504 meetings, supports behavior intervention plans, and provides counseling and crisis response.

Qualifications: state licensure as a School Psychologist; experience with the WISC-V, WIAT-4 and BASC-3; bilingual (Spanish or Portuguese) preferred.

Posting #2024-077. Application deadline November 15. EOE.
"""), exp=X(), wrap=72))

    L.append(M("Lorraine Quist <lquist@district.example>", "Eastbrook Families <eastbrook-families@district.example>",
               "From the health office: cold and flu season",
               text=T("""
Dear Eastbrook families,

With cold and flu season here, a few reminders from the health office:

1. Please keep your student home with a fever of 100.4 F or higher, vomiting or diarrhea in the last 24 hours.
2. Students may carry cough drops with a parent note. All other medications, including over-the-counter ones, must be kept in the health office with a signed authorization.
3. Flu vaccine is recommended for everyone 6 months and older. The free clinic is Saturday 10/19 at Lincoln Elementary.
4. Wash hands often and cover coughs and sneezes.

Last winter about 1 in 5 of our absences in January were for flu-like illness. Let's do better this year!

Lorraine Quist, BSN, RN
School Nurse, (413) 555-0128
"""), exp=X(), wrap=0))

    L.append(M("Harbor View Parent Council <hvparentcouncil@gmail.com>", "Harbor View Families <hvhs-families@district.example>",
               "Join the Parent Council!",
               text=T("""
JOIN THE HARBOR VIEW PARENT COUNCIL

Monthly meetings: first Tuesday, 6:30 p.m., HVHS library (1 Harbor Road, Harlow)
This month: Principal Caldwell on the new attendance supports; our school nurse on vaping prevention; and a Q&A with the guidance department about course selection.

Everyone is welcome - no dues. Childcare provided.
Contact: Yolanda Pratt, President, (413) 555-0187, hvparentcouncil@gmail.com
"""), exp=X(), wrap=0))

    L.append(M("Ruth Engstrom <rengstrom@district.example>", "Team Chairs <teamchairs@district.example>",
               "Agenda: IEP/504 team leaders meeting 10/30",
               text=T("""
Team Leaders Meeting - Wednesday, October 30, 3:00-4:30, Central Office Room B

1. Welcome; introductions of Jamal Reed (School Psychologist, HVHS) (5 min)
2. Compliance dashboard: evaluation timelines and overdue annual reviews by building (20 min) - Maria
3. New IEP form: progress report section (20 min) - Gwen
4. 504 procedures update and the new accommodation menu (20 min) - Nora
5. Out-of-district placements and transportation (15 min) - Ruth
6. Open items

Please bring your building's list of upcoming re-evaluations.
"""), exp=X(), wrap=0))

    L.append(M("Food & Nutrition Services <nutrition@district.example>", "Secondary Families <secondary-families@district.example>",
               "November lunch menu - middle and high schools",
               text=T("""
NOVEMBER LUNCH - MIDDLE & HIGH SCHOOLS

Mon 11/4  Chicken teriyaki bowl, brown rice, edamame
Tue 11/5  No school - professional day
Wed 11/6  Pepperoni or cheese pizza, Caesar salad
Thu 11/7  Turkey and cheese sub, sweet potato fries
Fri 11/8  Fish tacos, black bean salad
Daily: salad bar, fruit, milk. Vegetarian option available every day.

Breakfast is free for all students this year. Lunch $3.25, reduced $0.40.
"""), exp=X(), wrap=0))

    L.append(M("Office of Data & Assessment <data@district.example>", "Elementary Staff <elem-staff@district.example>",
               "Winter MAP testing window",
               text=T("""
The winter MAP Growth testing window for grades K-5 is January 13 - January 31, 2025.

Grade  Subject          Suggested dates
K-1    Reading, Math    Jan 21 - Jan 31
2-3    Reading, Math    Jan 14 - Jan 24
4-5    Reading, Math    Jan 13 - Jan 23

Students with IEP or 504 testing accommodations should test with their accommodations in place; please coordinate with case managers. Make-up sessions must be completed by January 31. Proctor training is on January 8 at 3:15 (virtual).
"""), exp=X(), wrap=0))

    L.append(M("Eastbrook Main Office <eastbrook@district.example>", "Eastbrook Families <eastbrook-families@district.example>",
               "Picture day and student ID cards",
               text=T("""
Picture day is Thursday, September 19! All students will have their picture taken during their ELA class, whether or not you order a package. These photos are used for the yearbook, for the Aspen family portal and for student ID cards.

New this year: every student will receive a printed student ID card in homeroom the week of October 7. Students need their ID to check out library books and to buy lunch with the cafeteria scanner. Replacement cards cost $5 at the main office.

Order online with picture day code EBMS2024 by September 18.
"""), exp=X(), wrap=74))

    L.append(M("Harbor View Drama <drama.hvhs@district.example>", "Harbor View Community <hvhs-community@district.example>",
               "Cast list: Into the Woods",
               text=T("""
Congratulations to everyone who auditioned! The cast of this spring's musical, Into the Woods:

Narrator ............ Priyanka Bose (12)
Baker ............... Marcus Fenwick (11)
Baker's Wife ........ Julia Ostrander (12)
Witch ............... Camille Okafor (11)
Cinderella .......... Sophie Lindqvist (10)
Jack ................ Owen Tanaka (9)
Little Red .......... Maya Greenbaum (9)
Rapunzel's Prince ... Diego Marin (11)

First rehearsal is Monday 3:00 in the auditorium. Performances March 13-15.
"""), exp=X(), wrap=0))

    L.append(M("Superintendent's Office <superintendent@district.example>", "All Families <all-families@district.example>",
               "School calendar reminder: early release and holidays",
               text=T("""
Please mark your calendars for the following dates:

- Friday, November 1: early release for all schools (12:15 high schools, 12:45 middle, 1:15 elementary)
- Tuesday, November 5: no school for students (Election Day / professional day)
- Monday, November 11: no school (Veterans Day)
- Wednesday, November 27: early release; November 28-29 no school (Thanksgiving)

Storm closures are announced by 5:30 a.m. by phone, text and on the district website. Parents with a new cell number should update their contact information in the family portal so they receive these alerts.
"""), exp=X(), wrap=78))

    L.append(M("Safety Office <safety@district.example>", "All Staff <all-staff@district.example>",
               "Emergency drill schedule - fall 2024",
               text=T("""
Fall drill schedule (times will not be announced to students):

Building             Fire drill    Lockdown drill   Evacuation/reunification
Lincoln ES           Sep 18        Oct 9            Nov 13
Maple Ridge ES       Sep 19        Oct 10           Nov 14
Eastbrook MS         Sep 24        Oct 16           Nov 19
Westfield MS         Sep 25        Oct 17           Nov 20
Riverside HS         Sep 26        Oct 22           Nov 21
Harbor View HS       Sep 27        Oct 23           Nov 22

Teachers: take your class attendance roster and the red/green card on every drill. Nurses will bring the emergency medication bags.
"""), exp=X(), wrap=0))

    L.append(M("Dr. Michael Hughes <mhughes@district.example>", "All Families <all-families@district.example>",
               "A message about chronic absenteeism",
               text=T("""
Dear North Harlow families,

Last year, 14% of our students were chronically absent - they missed 18 or more days of school. That is lower than the state rate of 19%, but still nearly 960 students. Chronic absence is highest in kindergarten (17%) and in grade 12 (22%).

This year every school has an attendance team that will reach out to families early, offer help with transportation and health needs, and celebrate improvement. Please talk with your children about why being in school matters.

If your family is facing challenges that make it hard to get to school, call your school's counselor or our family liaison at (413) 555-0111. We're here to help.

Dr. Michael Hughes
Superintendent
"""), exp=X(), wrap=76))

    L.append(M("Angela Ferreira-Mott <aferreiramott@district.example>", "Westfield Staff <westfield-staff@district.example>",
               "Friday shout-outs",
               text=T("""
Happy Friday, Westfield!

Shout-outs this week:
- Thank you to Maria Delacorte for leading Thursday's IEP compliance training - 31 staff attended!
- Deb and Carla, our nurses, for running the vision and hearing screenings for all of grade 6 in two days.
- Paul Weng and Anita Patel for hosting the new co-teaching pairs in their classrooms.
- Jordan Pryce for covering the health office on Tuesday and the main phones on Wednesday.
- The custodial team for getting the gym ready for Open House.

Reminder: progress reports are due in Aspen by Wednesday at 3:00.

Angela
"""), exp=X(), wrap=0))

    L.append(M("Guidance Office <guidance.rhs@district.example>", "Riverside Families <rhs-families@district.example>",
               "Summer session and credit recovery registration",
               text=T("""
Registration for the 2025 Summer Session is open through May 30.

Credit recovery: students who earned a final grade of F (below 60) in a required course may recover the credit through our online credit recovery program (Edgenuity) with an in-person teacher. Courses offered: English 9-12, Algebra I, Geometry, Algebra II, Biology, US History I and II. Cost: $150 per half credit; fee waivers are available for students eligible for free or reduced-price meals.

Enrichment courses: Driver's Ed classroom, SAT prep, Intro to Coding.

Sessions run July 7 - August 1, Monday-Thursday, 8:00-12:00, at Riverside High School. Talk to your school counselor about whether credit recovery is right for your student.
"""), exp=X(), wrap=72))

    L.append(M("Westfield Main Office <westfield@district.example>", "Westfield Families <westfield-families@district.example>",
               "Student Council election results",
               text=T("""
Westfield Middle School is proud to announce the 2024-25 Student Council!

Grade 8: Amaya Brooks (President), Liam Petrov (Vice President), Zoe Hartman (Secretary)
Grade 7: Isaac Wen, Nora Bakr, Sebastian Cole
Grade 6: Harper Quinlan, Malik Dawes, Ruby Castellano

The Council's first project is the Halloween canned food drive for the Harlow Food Pantry. Meetings are Wednesdays at 2:20 in Room 130 with advisor Ms. Pruitt.
"""), exp=X(), wrap=0))
    return L


# ==========================================================================
# assembly
# ==========================================================================
ORDER = ["letter_to_parent", "staff_note", "html_letter", "reply_forward",
         "body_and_attachment", "announcement"]
TZ_EDT = dt.timezone(dt.timedelta(hours=-4))
TZ_EST = dt.timezone(dt.timedelta(hours=-5))
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                      "Sep", "Oct", "Nov", "Dec"], 1)}
QUOTED_DATE = re.compile(
    r"(?:^On |^Sent: |^Date: )(?:[A-Z][a-z]+,? )?(?P<mon>[A-Z][a-z]+)\.? (?P<day>\d{1,2}),? (?P<year>20\d\d)",
    re.M)


# Fixed send dates (month-day hour:minute, 2024) for messages that do not quote
# an earlier message; replies and forwards are dated from what they quote.
DATES = {
    "letter_to_parent": """10-15 14:52, 10-02 11:05, 10-03 16:40, 10-07 09:15, 10-22 13:30, 10-04 10:12,
        10-17 15:45, 10-18 08:30, 10-08 17:20, 10-25 19:05, 10-22 12:10, 10-11 14:00, 09-27 15:35,
        10-09 20:14, 10-10 11:48, 10-29 08:05, 11-13 11:20, 10-02 18:00, 10-07 12:30, 10-16 10:00, 10-30 09:00,
        08-26 16:30, 11-20 13:00, 08-20 11:15, 12-02 09:00, 09-04 08:00, 10-31 15:10""",
    "staff_note": """10-09 13:25, 09-18 07:40, 10-24 07:15, 09-26 15:05, 11-13 10:20, 10-17 12:02,
        10-03 14:45, 10-11 16:20, 10-28 14:35, 10-07 11:00, 11-12 09:40, 11-06 10:58, 10-23 15:30,
        09-20 16:00, 10-16 12:55, 10-25 09:10, 10-07 08:30, 10-15 07:35, 10-15 15:50, 11-14 13:10, 09-27 10:00, 10-18 11:22,
        09-09 07:05, 09-16 08:10, 10-30 12:45, 10-04 14:00, 09-12 09:30, 10-09 11:35""",
    "html_letter": """10-08 10:30, 10-23 06:00, 11-15 17:00, 10-21 13:40, 10-30 15:45, 11-19 10:15,
        10-18 14:20, 11-20 16:00, 10-15 13:05, 10-04 15:30, 10-28 09:00, 10-11 16:10, 09-05 12:00,
        10-08 19:30, 10-15 09:00, 09-30 14:00, 10-09 13:00, 10-21 08:45, 10-31 06:12, 10-11 12:00,
        10-10 10:00, 09-30 08:20, 12-04 11:00""",
    "body_and_attachment": """11-12 15:40, 10-08 09:50, 10-09 11:02, 10-15 14:30, 10-28 08:15, 10-28 13:20,
        10-22 15:55, 09-24 10:40, 10-08 16:05, 09-05 14:00, 10-30 17:45, 10-30 14:10, 11-04 12:15,
        11-18 15:00, 10-02 09:00, 09-30 16:45, 12-10 10:30, 10-09 13:30, 11-15 11:00, 09-25 09:10,
        10-10 15:20, 10-29 10:00, 09-06 12:00, 10-07 11:30, 11-01 19:00, 08-22 14:00""",
    "announcement": """10-14 14:30, 09-15 18:00, 10-24 13:45, 10-04 15:00, 11-18 08:00, 09-10 10:00,
        10-11 09:30, 09-30 07:45, 10-19 16:00, 10-01 09:00, 10-21 09:00, 10-08 13:00, 09-27 20:00,
        10-25 15:00, 10-30 14:00, 12-09 08:30, 09-12 11:00, 12-13 15:30, 10-29 17:00, 09-09 08:00,
        09-16 18:30, 10-11 14:15, 12-16 10:00, 10-04 14:30""",
}


def fixed_date(cls, n):
    table = [x.strip() for x in DATES.get(cls, "").split(",") if x.strip()]
    if n <= len(table):
        md, hm = table[n - 1].split()
        mo, da = map(int, md.split("-"))
        hh, mi = map(int, hm.split(":"))
        return dt.datetime(2024, mo, da, hh, mi)
    return None


def tz_for(d):
    return TZ_EDT if d < dt.datetime(2024, 11, 3, 2, 0) else TZ_EST


def header_date(cls, n, count, text):
    """Fixed Date header. Replies and forwards are dated a little after the
    latest date they quote; everything else is spread over the fall term."""
    latest = None
    for m in QUOTED_DATE.finditer(text or ""):
        mon = MONTHS.get(m.group("mon")[:3])
        if mon:
            d = dt.datetime(int(m.group("year")), mon, int(m.group("day")))
            latest = d if latest is None or d > latest else latest
    h = int(hashlib.sha1(f"{cls}/{n}".encode()).hexdigest()[:6], 16)
    fixed = fixed_date(cls, n)
    if fixed is not None:
        return fixed.replace(tzinfo=tz_for(fixed))
    if latest is not None:
        d = latest + dt.timedelta(hours=16, minutes=h % 300)
    else:
        start = dt.datetime(2024, 9, 3, 7, 0)
        d = start + dt.timedelta(days=(n - 1) * 95 // max(count, 1), minutes=h % 600)
        if d.weekday() >= 5:
            d += dt.timedelta(days=7 - d.weekday())
    return d.replace(tzinfo=tz_for(d))


def domain_of(addr):
    m = re.search(r"@([A-Za-z0-9.\-]+)", addr)
    dom = m.group(1) if m else DOM
    return "mail.gmail.com" if dom == "gmail.com" else dom


def build(cls, n, count, spec, wrap_rng):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if spec["cc"]:
        msg["Cc"] = spec["cc"]
    text = spec["text"]
    if text is not None:
        width = spec["wrap"] if spec["wrap"] is not None else wrap_rng.choice([0, 70, 72, 74, 76, 78])
        text = fmt(text, width).rstrip("\n") + "\n"
    d = header_date(cls, n, count, text or "")
    msg["Date"] = format_datetime(d)
    msg["Subject"] = spec["subject"]
    h = hashlib.sha1(f"{SEED}/{cls}/{n:03d}".encode()).hexdigest()
    msg["Message-ID"] = f"<{h[:12]}.{h[12:24]}@{domain_of(spec['frm'])}>"
    if spec["reply_to_id"]:
        rid = hashlib.sha1(spec["reply_to_id"].encode()).hexdigest()
        ref = f"<{rid[:16]}@{DOM}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in spec["extra_headers"].items():
        msg[k] = v
    if text is not None and spec["html"] is not None:
        msg.set_content(text)
        msg.add_alternative(spec["html"], subtype="html")
    elif spec["html"] is not None:
        msg.set_content(spec["html"], subtype="html")
    else:
        msg.set_content(text)
    for filename, (maintype, subtype), data in spec["atts"]:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_NH_{h[:10]}_{i}")
            i += 1
    return msg.as_bytes(policy=SMTP)


def generate(out_dir):
    wrap_rng = random.Random(SEED + 1)
    specs = {cls: CLASSES[cls]() for cls in ORDER}
    manifest, stats = [], {"prose": 0, "record_msgs": 0, "lookalike_msgs": 0}
    for cls in ORDER:
        d = os.path.join(out_dir, cls)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for n, spec in enumerate(specs[cls], 1):
            data = build(cls, n, len(specs[cls]), spec, wrap_rng)
            rel = f"{cls}/{n:03d}.eml"
            with open(os.path.join(out_dir, rel), "wb") as f:
                f.write(data)
            manifest.append({"file": rel, "class": cls, "expected": spec["exp"]})
            kinds = {e["kind"] for e in spec["exp"]}
            if kinds & {"student-record", "student-roster"}:
                stats["record_msgs"] += 1
                stats["prose"] += 1 if spec["prose"] else 0
            else:
                stats["lookalike_msgs"] += 1
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return manifest, stats


def summary(manifest, stats):
    per_class, per_kind = {}, {}
    for m in manifest:
        c = per_class.setdefault(m["class"], [0, 0])
        c[0] += 1
        if any(e["kind"] in ("student-record", "student-roster") for e in m["expected"]):
            c[1] += 1
        for e in m["expected"]:
            per_kind[e["kind"]] = per_kind.get(e["kind"], 0) + 1
    lines = [f"messages: {len(manifest)}"]
    for cls in ORDER:
        tot, rec = per_class.get(cls, [0, 0])
        lines.append(f"  {cls:<22} {tot:>3} messages ({rec} with a record/roster, {tot - rec} without)")
    lines.append("values per kind: " + ", ".join(f"{k}={per_kind.get(k, 0)}" for k in
                                                 ["student-id", "date-of-birth", "student-roster", "student-record"]))
    lines.append(f"messages with a record or roster: {stats['record_msgs']} "
                 f"(record told in prose: {stats['prose']}); without: {stats['lookalike_msgs']}; "
                 f"expected == []: {sum(1 for m in manifest if not m['expected'])}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--check", action="store_true", help="run check_set.py on the output")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    manifest, stats = generate(a.out)
    print(summary(manifest, stats))
    if a.check:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import check_set
        sys.exit(check_set.check(a.out))


if __name__ == "__main__":
    main()
