#!/usr/bin/env python3
"""Deterministic generator for the EducationFresh evaluation set.

Every name, number, address and date in this set is invented.

    python make_set.py              # writes into this folder, then self-checks
    python make_set.py --out DIR    # writes elsewhere, then self-checks
    python make_set.py --check-only [--out DIR]

Needs: fpdf2, openpyxl, python-docx, pypdf.
"""
import argparse
import csv
import datetime as dt
import html as htmlmod
import io
import json
import os
import random
import re
import shutil
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from fpdf import FPDF
from fpdf.enums import XPos, YPos
import openpyxl
from openpyxl.styles import Font
import docx
from docx.shared import Pt
import pypdf

SEED = 20250117
FIXED_DT = dt.datetime(2025, 1, 6, 8, 0, 0)
FIXED_TZ = dt.timezone(dt.timedelta(hours=-6))
ZIP_TS = (2025, 1, 6, 8, 0, 0)

# ---------------------------------------------------------------- pools
FIRST = ("Aiden Brynn Caleb Delia Emmett Fiona Gage Harper Isaiah Juniper Kellan Lacey Mason Nora "
         "Owen Paisley Quinn Rhett Sadie Tucker Uma Violet Wyatt Xander Yesenia Zane Addison Beau "
         "Cora Dawson Ellie Finn Greta Hayden Ivy Jace Kinsley Landon Maci Nolan Oakley Piper Reid "
         "Sawyer Tessa Ulises Wren Kaden Liliana Marisol Dakota Esteban Hazel Jonah Kiara Lane Mila "
         "Ramon Sierra Tobias Valeria Weston Abril Bodie Carmen Dominic Elena Gideon Hallie Ignacio "
         "Josie Kolton Luz Maverick Nayeli Orion Presley Rosalie Silas Talia").split()
LAST = ("Abernathy Baca Calloway Dunlap Echols Fenske Gallardo Haverty Iverson Jurado Kessler Lindqvist "
        "Maddox Nunley Ochoa Pruitt Quintana Rasmussen Sandoval Tolliver Underhill Vance Whitlock "
        "Yazzie Zamora Albrecht Birdsong Castellanos Dorsey Eckert Frye Grabowski Holcomb Ingram "
        "Janssen Kirkpatrick Lowry Mendenhall Nakai Oakes Pfeiffer Redhouse Schaller Trujillo Upshaw "
        "Villalobos Wagner Yoder Ziegler Arnett Begay Crowder Dwyer Engstrom Fairchild Gutierrez "
        "Hollister Jaramillo Kowalczyk Larkin Mondragon Northcutt Ostrander Pettigrew Ruelas "
        "Stoltzfus Tapia Vigil Winslow").split()
TOWNS = [("Cedar Bluff", "KS"), ("Pine Hollow", "MT"), ("Wolf Creek", "MO"), ("Marston", "NE"),
         ("Red Mesa", "NM"), ("Harlan Flats", "ND"), ("Otter Springs", "MN"), ("Lone Pine", "WY"),
         ("Tillman", "OK"), ("Brushy Fork", "KY"), ("Sage Valley", "ID"), ("Kettle River", "WI")]
ZIP3 = {"KS": "670", "MT": "594", "MO": "654", "NE": "688", "NM": "874", "ND": "583", "MN": "567", "WY": "826",
        "OK": "735", "KY": "415", "ID": "833", "WI": "545"}
STREETS = ["County Road {n}", "Hwy {n}", "Elm St", "Prairie Ave", "Mill Rd", "Section Line Rd",
           "Church St", "Cottonwood Ln", "Ridge Dr", "Depot St", "Range Rd {n}", "School St",
           "Old Mine Rd", "Creek Bend Rd", "Maple Ave", "Antelope Trl"]
DISTRICTS = ["Cedar Bluff USD 214", "Pine Hollow Charter Academy", "Wolf Creek R-III School District",
             "Marston Consolidated Schools", "Red Mesa Unified", "Harlan Flats Public School District 9",
             "Otter Springs ISD 2271", "Lone Pine Charter School", "Tillman County Schools",
             "Brushy Fork Independent Schools", "Sage Valley Joint SD 331", "Kettle River Area Schools"]
SERVICE_CENTERS = ["Region 9 Education Service Center", "North Central Regional Service Cooperative",
                   "Plains Area Education Agency", "High Desert BOCES"]
PARENT_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"]
DISABILITIES = ["Specific Learning Disability", "Speech/Language Impairment", "Other Health Impairment",
                "Autism", "Emotional Disturbance", "Intellectual Disability", "Developmental Delay",
                "Hearing Impairment", "Multiple Disabilities"]
ALLERGIES = ["Peanut", "Tree nuts", "Bee stings", "Penicillin", "Shellfish", "Latex", "Egg", "None known"]
MEDS = ["Albuterol inhaler 2 puffs", "Methylphenidate 10 mg", "Cetirizine 5 mg", "Insulin per sliding scale",
        "EpiPen Jr 0.15 mg (as needed)", "Guanfacine 1 mg", "Fluticasone nasal", "Glucagon kit (as needed)"]
COMPLAINTS = ["Headache", "Stomachache", "Scraped knee on playground", "Nosebleed", "Fever 100.9",
              "Asthma symptoms", "Blood glucose check", "Dizzy after PE", "Toothache", "Bee sting",
              "Sore throat", "Eye irritation"]
OFFENSES = ["Disruptive behavior", "Fighting", "Vaping in restroom", "Defiance of staff",
            "Inappropriate language", "Bus misconduct", "Cell phone violation", "Skipping class",
            "Harassment", "Theft"]
ACTIONS = ["Lunch detention", "ISS 1 day", "OSS 3 days", "Parent conference", "Loss of bus privileges 5 days",
           "Warning", "After-school detention", "ISS 2 days", "OSS 1 day"]
COURSES = [("ENG101", "English 9"), ("ENG201", "English 10"), ("ALG1", "Algebra I"), ("GEO", "Geometry"),
           ("BIO", "Biology"), ("CHEM", "Chemistry"), ("USH", "US History"), ("WH", "World History"),
           ("SPAN1", "Spanish I"), ("AG101", "Intro to Agriculture"), ("PE9", "Physical Education"),
           ("ART1", "Art I"), ("WELD1", "Welding I"), ("CIV", "Civics"), ("ALG2", "Algebra II"),
           ("PHYS", "Physics"), ("FCS1", "Family & Consumer Sci"), ("BAND", "Concert Band")]
MARKS = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "F"]
MARKPTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "C-": 1.7,
           "D+": 1.3, "D": 1.0, "F": 0.0}

DOB_STYLES = ["us", "us_nopad", "us_short", "iso", "dmy_mon", "long", "compact", "mon_abbr", "us_dash"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy_mon":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mon_abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "us_dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


XLSX_FMT = {"us": "mm/dd/yyyy", "us_nopad": "m/d/yyyy", "us_short": "m/d/yy", "iso": "yyyy-mm-dd",
            "dmy_mon": "dd-mmm-yyyy", "long": "mmmm d, yyyy", "compact": "yyyymmdd",
            "mon_abbr": "mmm d, yyyy", "us_dash": "mm-dd-yyyy"}


class DateCell:
    def __init__(self, d, style="us"):
        self.d, self.style = d, style

    def __str__(self):
        return fmt_date(self.d, self.style)


def cstr(c):
    if c is None:
        return ""
    if isinstance(c, float):
        return f"{c:.2f}".rstrip("0").rstrip(".") if abs(c - round(c, 2)) < 1e-9 else f"{c:.2f}"
    return str(c)


# ---------------------------------------------------------------- content model
class Table:
    def __init__(self, headers, rows, title=None, ids=(), dobs=(), rec_rows=0, sheet="Sheet1", notes=()):
        self.headers, self.rows, self.title = list(headers), [list(r) for r in rows], title
        self.ids, self.dobs, self.rec_rows = list(ids), list(dobs), rec_rows
        self.sheet, self.notes = sheet, list(notes)


class Form:
    """A single-student (or non-student) document laid out as label/value pairs."""
    def __init__(self, title, fields, sections=(), ids=(), dobs=(), record=False, header_lines=()):
        self.title, self.fields, self.sections = title, list(fields), list(sections)
        self.ids, self.dobs, self.record = list(ids), list(dobs), record
        self.header_lines = list(header_lines)


class Prose:
    def __init__(self, text, ids=(), dobs=(), record=False):
        self.text, self.ids, self.dobs, self.record = text, list(ids), list(dobs), record


def norm_id(s):
    return re.sub(r"[\s\-]", "", s).upper()


# ---------------------------------------------------------------- people
class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_ids = set()
        self.msg_no = 0

    def pick(self, seq):
        return self.r.choice(seq)

    def phone(self, area=None):
        area = area or self.r.choice(["316", "406", "417", "308", "505", "701", "218", "307", "580", "606"])
        return f"({area}) 555-01{self.r.randint(0, 99):02d}"

    def phone_dash(self):
        return self.phone().replace("(", "").replace(") ", "-")

    def new_id(self, style):
        r = self.r
        while True:
            if style == "n4":
                raw = str(r.randint(1200, 9899))
            elif style == "n5":
                raw = str(r.randint(10000, 99999))
            elif style == "n6":
                raw = str(r.randint(100000, 999999))
            elif style == "n7":
                raw = str(r.randint(2000000, 2999999))
            elif style == "n8":
                raw = "00" + str(r.randint(100000, 999999))
            elif style == "n8b":
                raw = str(r.randint(30000000, 39999999))
            elif style == "ssid10":
                raw = str(r.randint(1000000000, 9999999999))
            elif style == "n12":
                raw = "1000" + str(r.randint(10000000, 99999999))
            elif style == "S8":
                raw = "S" + str(r.randint(10000000, 99999999))
            elif style == "AB5":
                raw = r.choice(["WC", "CB", "RM", "PH", "LP"]) + str(r.randint(10000, 99999))
            elif style == "oh":
                raw = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(r.randint(1000000, 9999999))
            elif style == "tx":
                raw = str(r.randint(1, 9)) + "".join(r.choice("0123456789ABCDEFGHJK") for _ in range(9))
            elif style == "hyph":
                raw = f"{r.randint(20, 29)}-{r.randint(1000, 9999)}"
            elif style == "spaced":
                d = str(r.randint(1000000000, 9999999999))
                raw = f"{d[:4]} {d[4:7]} {d[7:]}"
            else:
                raise ValueError(style)
            n = norm_id(raw)
            if n not in self.used_ids and not re.fullmatch(r"(19|20)\d\d", n):
                self.used_ids.add(n)
                return raw

    def student(self, id_style="n6", grades=range(0, 13), ssid_style=None):
        r = self.r
        s = type("Student", (), {})()
        s.first, s.last = r.choice(FIRST), r.choice(LAST)
        s.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        s.grade = r.choice(list(grades))
        age = s.grade + 5
        s.dob = dt.date(2024 - age - 1, 9, 1) + dt.timedelta(days=r.randint(0, 364))
        s.gender = r.choice("MF")
        s.id = self.new_id(id_style)
        s.idn = norm_id(s.id)
        s.ssid = self.new_id(ssid_style) if ssid_style else None
        s.ssidn = norm_id(s.ssid) if s.ssid else None
        town, st = r.choice(TOWNS)
        street = r.choice(STREETS).format(n=r.randint(2, 40))
        s.street = f"{r.randint(12, 9899)} {street}" if r.random() > 0.12 else f"RR {r.randint(1, 4)} Box {r.randint(10, 400)}"
        s.city, s.state, s.zip = town, st, f"{ZIP3[st]}{r.randint(10, 99)}"
        s.guardian = f"{r.choice(FIRST)} {s.last}"
        s.phone, s.phone2 = self.phone(), self.phone()
        s.homeroom = f"{r.choice(LAST)}"
        return s

    def staff(self):
        f, l = self.r.choice(FIRST), self.r.choice(LAST)
        return f, l, f"{f[0].lower()}{l.lower()}@district.example"

    def emp_id(self):
        return self.r.choice(["E", "", "EMP"]) + str(self.r.randint(10000, 99999))


def grade_str(g, style="num"):
    if style == "num":
        return "K" if g == 0 else str(g)
    if style == "two":
        return "KG" if g == 0 else f"{g:02d}"
    if style == "word":
        if g == 0:
            return "Kindergarten"
        suf = {1: "st", 2: "nd", 3: "rd"}.get(g, "th")
        return f"{g}{suf} Grade"
    if style == "desc":
        words = ["Kindergarten", "First grade", "Second grade", "Third grade", "Fourth grade", "Fifth grade",
                 "Sixth grade", "Seventh grade", "Eighth grade", "Ninth grade", "Tenth grade",
                 "Eleventh grade", "Twelfth grade"]
        return words[g]
    raise ValueError(style)


def col_cell(kind, s):
    """Return (cell, id_norm, dob) for a student column kind."""
    if kind == "id":
        return s.id, s.idn, None
    if kind == "idnum":  # id written as a real number in xlsx when possible
        v = int(s.id) if s.id.isdigit() and not s.id.startswith("0") else s.id
        return v, s.idn, None
    if kind == "ssid":
        return s.ssid, s.ssidn, None
    if kind.startswith("dob:"):
        return DateCell(s.dob, kind[4:]), None, s.dob
    m = {
        "last": s.last, "first": s.first, "LAST": s.last.upper(), "FIRST": s.first.upper(),
        "lastfirst": f"{s.last}, {s.first}", "lastfirstmi": f"{s.last}, {s.first} {s.mi}.",
        "firstlast": f"{s.first} {s.last}", "mi": s.mi,
        "grade": grade_str(s.grade), "grade2": grade_str(s.grade, "two"), "gradeword": grade_str(s.grade, "word"),
        "gradedesc": grade_str(s.grade, "desc"), "gradeint": s.grade if s.grade else "K",
        "yog": 2025 + 12 - s.grade, "gender": s.gender, "street": s.street, "city": s.city, "zip": s.zip,
        "state": s.state, "fulladdr": f"{s.street}, {s.city}, {s.state} {s.zip}", "phone": s.phone,
        "phone2": s.phone2, "guardian": s.guardian, "homeroom": s.homeroom,
    }
    return m[kind], None, None


def student_table(students, cols, title=None, sheet="Sheet1", notes=(), record_rows=True):
    """cols: list of (header, kind-or-callable(s, i))."""
    rows, ids, dobs = [], [], []
    for i, s in enumerate(students):
        row = []
        for h, k in cols:
            if callable(k):
                row.append(k(s, i))
                continue
            c, idn, dob = col_cell(k, s)
            row.append(c)
            if idn and idn not in ids:
                ids.append(idn)
            if dob and dob not in dobs:
                dobs.append(dob)
        rows.append(row)
    return Table([h for h, _ in cols], rows, title=title, ids=ids, dobs=dobs,
                 rec_rows=len(rows) if record_rows else 0, sheet=sheet, notes=notes)


# ---------------------------------------------------------------- renderers
def render_csv(t, title_lines=False, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    if title_lines and t.title:
        w.writerow([t.title])
        w.writerow([])
    w.writerow(t.headers)
    for r in t.rows:
        w.writerow([cstr(c) for c in r])
    for n in t.notes:
        w.writerow([n])
    return buf.getvalue().encode("utf-8")


def render_xlsx(tables, creator="SIS Export"):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for t in tables:
        ws = wb.create_sheet(t.sheet[:31])
        if t.title:
            ws.append([t.title])
            ws.cell(row=1, column=1).font = Font(bold=True, size=12)
            ws.append([])
        ws.append(t.headers)
        hr = ws.max_row
        for c in ws[hr]:
            c.font = Font(bold=True)
        for r in t.rows:
            vals = []
            for c in r:
                if isinstance(c, DateCell):
                    vals.append(dt.datetime(c.d.year, c.d.month, c.d.day))
                else:
                    vals.append(c)
            ws.append(vals)
            rr = ws.max_row
            for j, c in enumerate(r, start=1):
                if isinstance(c, DateCell):
                    ws.cell(row=rr, column=j).number_format = XLSX_FMT[c.style]
                elif isinstance(c, float):
                    ws.cell(row=rr, column=j).number_format = "0.00"
        for n in t.notes:
            ws.append([])
            ws.append([n])
        for j, h in enumerate(t.headers, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = max(10, min(40, len(str(h)) + 4))
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def normalize_ooxml(data):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = b.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-06T08:00:00Z\2", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-06T08:00:00Z\2", s)
                b = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def render_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, b in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def html_table(t, style=0):
    if style == 0:
        o = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt">']
        o.append("<tr>" + "".join(f'<th style="background:#D9E1F2">{htmlmod.escape(str(h))}</th>' for h in t.headers) + "</tr>")
    else:
        o = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">', "<thead><tr>"]
        o.append("".join(f"<td><p class=MsoNormal><b>{htmlmod.escape(str(h))}</b></p></td>" for h in t.headers) + "</tr></thead><tbody>")
    for r in t.rows:
        o.append("<tr>" + "".join(f"<td>{htmlmod.escape(cstr(c))}</td>" for c in r) + "</tr>")
    o.append("</tbody></table>" if style else "</table>")
    pre = f"<p><b>{htmlmod.escape(t.title)}</b></p>" if t.title else ""
    post = "".join(f"<p><i>{htmlmod.escape(n)}</i></p>" for n in t.notes)
    return pre + "\n".join(o) + post


def html_form(f):
    o = [f"<h3>{htmlmod.escape(f.title)}</h3>"]
    o += [f"<p>{htmlmod.escape(h)}</p>" for h in f.header_lines]
    o.append('<table border="0" cellpadding="3">')
    for i in range(0, len(f.fields), 2):
        cells = ""
        for lab, val in f.fields[i:i + 2]:
            cells += f"<td><b>{htmlmod.escape(lab)}:</b></td><td>{htmlmod.escape(str(val))}</td>"
        o.append(f"<tr>{cells}</tr>")
    o.append("</table>")
    for head, body in f.sections:
        o.append(f"<h4>{htmlmod.escape(head)}</h4>")
        if isinstance(body, Table):
            o.append(html_table(body))
        else:
            o += [f"<p>{htmlmod.escape(p)}</p>" for p in body]
    return "\n".join(o)


def html_doc(parts):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif\">\n"
            + "\n".join(parts) + "\n</body></html>\n")


def text_table(t, style="tab"):
    rows = [[str(h) for h in t.headers]] + [[cstr(c) for c in r] for r in t.rows]
    out = []
    if t.title:
        out += [t.title, ""]
    if style == "tab":
        out += ["\t".join(r) for r in rows]
    elif style == "pipe":
        w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
        out.append("| " + " | ".join(rows[0][j].ljust(w[j]) for j in range(len(w))) + " |")
        out.append("|" + "|".join("-" * (w[j] + 2) for j in range(len(w))) + "|")
        for r in rows[1:]:
            out.append("| " + " | ".join(r[j].ljust(w[j]) for j in range(len(w))) + " |")
    elif style == "space":
        w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
        out.append("  ".join(rows[0][j].ljust(w[j]) for j in range(len(w))).rstrip())
        out.append("  ".join("-" * w[j] for j in range(len(w))))
        for r in rows[1:]:
            out.append("  ".join(r[j].ljust(w[j]) for j in range(len(w))).rstrip())
    out += t.notes
    return "\n".join(out)


def text_form(f):
    out = [f.title, "=" * len(f.title)] + f.header_lines
    for lab, val in f.fields:
        out.append(f"{lab + ':':<22}{val}")
    for head, body in f.sections:
        out += ["", head]
        out.append(text_table(body, "space") if isinstance(body, Table) else "\n".join(body))
    return "\n".join(out)


def lat(s):
    return str(s).encode("latin-1", "replace").decode("latin-1")


class PDF(FPDF):
    pass


def new_pdf(landscape=False, title="Report", author="District"):
    pdf = PDF(orientation="L" if landscape else "P", unit="mm", format="Letter")
    pdf.set_creation_date(dt.datetime(2025, 1, 6, 8, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("Report Writer")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()
    return pdf


def pdf_table(pdf, t, font=9, header_once=True):
    if t.title:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, lat(t.title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    rows = [[cstr(c) for c in r] for r in t.rows]
    fs = font
    while True:
        pdf.set_font("Helvetica", "", fs)
        widths = []
        for j, h in enumerate(t.headers):
            pdf.set_font("Helvetica", "B", fs)
            wh = pdf.get_string_width(lat(h))
            pdf.set_font("Helvetica", "", fs)
            wc = max([pdf.get_string_width(lat(r[j])) for r in rows] + [0])
            widths.append(max(wh, wc) + 3)
        if sum(widths) <= pdf.epw or fs <= 5.5:
            break
        fs -= 0.5
    if sum(widths) < pdf.epw:
        extra = (pdf.epw - sum(widths)) / len(widths)
        widths = [w + min(extra, 8) for w in widths]
    h = fs * 0.55 + 1.6
    pdf.set_font("Helvetica", "B", fs)
    for j, hd in enumerate(t.headers):
        pdf.cell(widths[j], h, lat(hd), border=1, new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.ln(h)
    pdf.set_font("Helvetica", "", fs)
    for r in rows:
        if pdf.get_y() + h > pdf.h - 16:
            pdf.add_page()
            pdf.set_font("Helvetica", "", fs)
            if not header_once:
                pdf.set_font("Helvetica", "B", fs)
                for j, hd in enumerate(t.headers):
                    pdf.cell(widths[j], h, lat(hd), border=1, new_x=XPos.RIGHT, new_y=YPos.TOP)
                pdf.ln(h)
                pdf.set_font("Helvetica", "", fs)
        for j, c in enumerate(r):
            pdf.cell(widths[j], h, lat(c), border=1, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.ln(h)
    pdf.set_font("Helvetica", "I", 8)
    for n in t.notes:
        pdf.ln(2)
        pdf.multi_cell(0, 4.5, lat(n), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)


def pdf_form(pdf, f):
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, lat(f.title), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    for hl in f.header_lines:
        pdf.cell(0, 5, lat(hl), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    half = pdf.epw / 2
    for i in range(0, len(f.fields), 2):
        for k, (lab, val) in enumerate(f.fields[i:i + 2]):
            pdf.set_x(pdf.l_margin + k * half)
            pdf.set_font("Helvetica", "B", 9)
            lw = pdf.get_string_width(lat(lab) + ": ") + 1
            pdf.cell(lw, 6, lat(lab) + ":", new_x=XPos.RIGHT, new_y=YPos.TOP)
            pdf.set_font("Helvetica", "", 9)
            pdf.cell(half - lw - 2, 6, lat(val), border="B", new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.ln(7)
    for head, body in f.sections:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 6, lat(head), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if isinstance(body, Table):
            pdf_table(pdf, body, font=9)
        else:
            pdf.set_font("Helvetica", "", 9.5)
            for p in body:
                pdf.multi_cell(0, 5, lat(p), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)


def render_pdf(items, landscape=False, title="Report", author="District", header_once=True):
    pdf = new_pdf(landscape, title, author)
    for k, it in enumerate(items):
        if k:
            pdf.add_page()
        if isinstance(it, Table):
            pdf_table(pdf, it, header_once=header_once)
        elif isinstance(it, Form):
            pdf_form(pdf, it)
        else:
            pdf.set_font("Helvetica", "", 10)
            for p in it.text.split("\n\n"):
                pdf.multi_cell(0, 5.5, lat(p), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2)
    return bytes(pdf.output())


def docx_table(d, t):
    if t.title:
        p = d.add_paragraph()
        p.add_run(t.title).bold = True
    tb = d.add_table(rows=1, cols=len(t.headers))
    tb.style = "Table Grid"
    for j, h in enumerate(t.headers):
        tb.rows[0].cells[j].text = str(h)
        for run in tb.rows[0].cells[j].paragraphs[0].runs:
            run.bold = True
    for r in t.rows:
        cells = tb.add_row().cells
        for j, c in enumerate(r):
            cells[j].text = cstr(c)
    for n in t.notes:
        d.add_paragraph(n).runs[0].italic = True


def render_docx(items, author="Office", form_style="table"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    for k, it in enumerate(items):
        if k:
            d.add_page_break()
        if isinstance(it, Table):
            docx_table(d, it)
        elif isinstance(it, Form):
            d.add_heading(it.title, level=1)
            for hl in it.header_lines:
                d.add_paragraph(hl)
            if form_style == "table":
                tb = d.add_table(rows=0, cols=4)
                for i in range(0, len(it.fields), 2):
                    cells = tb.add_row().cells
                    for k2, (lab, val) in enumerate(it.fields[i:i + 2]):
                        cells[2 * k2].text = lab
                        cells[2 * k2].paragraphs[0].runs[0].bold = True
                        cells[2 * k2 + 1].text = str(val)
            else:
                for lab, val in it.fields:
                    p = d.add_paragraph()
                    p.add_run(lab + ": ").bold = True
                    p.add_run(str(val))
            for head, body in it.sections:
                d.add_heading(head, level=2)
                if isinstance(body, Table):
                    docx_table(d, body)
                else:
                    for p in body:
                        d.add_paragraph(p)
        else:
            for p in it.text.split("\n\n"):
                d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


# ---------------------------------------------------------------- message assembly
MIME = {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "zip": ("application", "zip")}


class Att:
    def __init__(self, filename, data, contents):
        self.filename, self.data, self.contents = filename, data, list(contents)


def signature(ctx, name, title, org):
    return f"\n\n{name}\n{title}\n{org}\n{ctx.phone()}"


def build_email(ctx, cls, n, frm, to, subject, text=None, html=None, atts=(), cc=None):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    when = dt.datetime(2024, 8, 26, 7, 5, tzinfo=FIXED_TZ) + dt.timedelta(
        days=ctx.msg_no * 1.7, minutes=ctx.r.randint(0, 600))
    ctx.msg_no += 1
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{cls}.{n:03d}.{SEED}@mail.district.example>"
    msg["MIME-Version"] = "1.0"
    if text is not None and html is not None:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text if text is not None else "")
    for a in atts:
        ext = a.filename.rsplit(".", 1)[1].lower()
        mt, st = MIME[ext]
        msg.add_attachment(a.data, maintype=mt, subtype=st, filename=a.filename)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_edu_{cls}_{n:03d}_{k}")
            k += 1
    return msg


def expected_for(contents):
    ids, dobs, roster, record = [], [], False, False
    for c in contents:
        for i in c.ids:
            if i not in ids:
                ids.append(i)
        for d in c.dobs:
            if d not in dobs:
                dobs.append(d)
        if isinstance(c, Table):
            if c.rec_rows >= 5:
                roster = True
            elif c.rec_rows >= 1:
                record = True
        elif c.record:
            record = True
    exp = [{"kind": "student-id", "value": i} for i in ids]
    exp += [{"kind": "date-of-birth", "value": d.isoformat()} for d in dobs]
    if roster:
        exp.append({"kind": "student-roster", "value": "1"})
    if record:
        exp.append({"kind": "student-record", "value": "1"})
    return exp


# ---------------------------------------------------------------- helpers for content
def students(ctx, n, id_style="n6", grades=range(0, 13), ssid_style=None):
    return [ctx.student(id_style, grades, ssid_style) for _ in range(n)]


def org(ctx):
    return ctx.pick(DISTRICTS)


def school_day(ctx, start=(2024, 9, 3), span=200):
    d = dt.date(*start) + dt.timedelta(days=ctx.r.randint(0, span))
    while d.weekday() > 4:
        d += dt.timedelta(days=1)
    return d


def parent_addr(ctx, s):
    return f"{s.guardian} <{s.guardian.split()[0].lower()}.{s.last.lower()}{ctx.r.randint(1, 99)}@{ctx.pick(PARENT_DOMAINS)}>"


def person(ctx):
    f, l, e = ctx.staff()
    return f"{f} {l}", f"{f} {l} <{e}>"


# ================================================================ RECORD TABLES
SIS_PRESETS = {
    "powerschool": [("Student_Number", "id"), ("LastFirst", "lastfirst"), ("Grade_Level", "gradeint"),
                    ("DOB", "dob:us"), ("Gender", "gender"), ("Street", "street"), ("City", "city"),
                    ("Zip", "zip"), ("Home_Phone", "phone")],
    "infinitecampus": [("studentNumber", "id"), ("stateID", "ssid"), ("lastName", "last"), ("firstName", "first"),
                       ("grade", "grade2"), ("birthDate", "dob:iso"), ("householdPhone", "phone")],
    "skyward": [("Other ID", "id"), ("Stu Name", "lastfirstmi"), ("Grd", "grade2"), ("Birth Date", "dob:us_nopad"),
                ("Home Address", "fulladdr"), ("Guardian 1 Phone", "phone"), ("Guardian 2 Phone", "phone2")],
    "aspen": [("Pupil #", "id"), ("Name", "lastfirst"), ("YOG", "yog"), ("DOB", "dob:us"), ("Address", "street"),
              ("Town", "city")],
    "synergy": [("Perm ID", "id"), ("Student Name", "firstlast"), ("Grade", "grade"), ("Birth Date", "dob:us"),
                ("Gender", "gender"), ("Parent Phone", "phone")],
    "alma": [("Student ID", "id"), ("First Name", "first"), ("Last Name", "last"), ("Grade Level", "gradeword"),
             ("Date of Birth", "dob:long"), ("Primary Contact Phone", "phone")],
    "eschool": [("STUDENT_ID", "id"), ("LAST_NAME", "LAST"), ("FIRST_NAME", "FIRST"), ("GRADE", "grade2"),
                ("BIRTHDATE", "dob:compact"), ("STREET_ADDR", "street"), ("ZIP", "zip")],
    "tyler": [("Stu ID", "id"), ("Student", "firstlast"), ("Gr", "grade"), ("Birthdate", "dob:dmy_mon"),
              ("Contact 1 Cell", "phone"), ("Contact 2 Cell", "phone2")],
    "edfi": [("StudentUniqueId", "id"), ("FirstName", "first"), ("LastSurname", "last"), ("BirthDate", "dob:iso"),
             ("EntryGradeLevelDescriptor", "gradedesc")],
    "calpads": [("SSID", "ssid"), ("LocalStudentID", "id"), ("StudentLegalFirstName", "FIRST"),
                ("StudentLegalLastName", "LAST"), ("StudentBirthDate", "dob:compact"), ("StudentGenderCode", "gender"),
                ("GradeLevelCode", "grade2")],
    "sims": [("SASID", "ssid"), ("LASID", "id"), ("FIRST NAME", "FIRST"), ("LAST NAME", "LAST"), ("DOB", "dob:us"),
             ("GRADE", "grade2")],
    "pims": [("PASecureID", "ssid"), ("District Student ID", "id"), ("Student Last Name", "last"),
             ("Student First Name", "first"), ("Date of Birth", "dob:iso"), ("Grade", "grade2")],
    "tsds": [("TX-UNIQUE-STUDENT-ID", "ssid"), ("LOCAL-STUDENT-ID", "id"), ("FIRST-NAME", "FIRST"),
             ("LAST-NAME", "LAST"), ("DATE-OF-BIRTH", "dob:compact"), ("GRADE-LEVEL-CODE", "grade2")],
    "emis": [("SSID", "ssid"), ("Local ID", "id"), ("Last", "last"), ("First", "first"), ("Birth Date", "dob:mon_abbr"),
             ("Grd", "grade")],
}
SIS_ID = {"powerschool": ("n6", None), "infinitecampus": ("n7", "ssid10"), "skyward": ("n5", None),
          "aspen": ("AB5", None), "synergy": ("n8b", None), "alma": ("S8", None), "eschool": ("n8", None),
          "tyler": ("n4", None), "edfi": ("n12", None), "calpads": ("n6", "ssid10"), "sims": ("n5", "ssid10"),
          "pims": ("n7", "ssid10"), "tsds": ("n6", "tx"), "emis": ("n5", "oh")}


def t_sis(ctx, vendor, n, title=None, sheet="Students"):
    ids, ss = SIS_ID[vendor]
    st = students(ctx, n, ids, ssid_style=ss)
    t = student_table(st, SIS_PRESETS[vendor], title=title, sheet=sheet)
    return t, st


def t_gradebook(ctx, n, style=0, id_style="n6", title=None, sheet="Grades"):
    st = students(ctx, n, id_style, range(6, 13))
    r = ctx.r
    asg = [f"Quiz {k}" for k in range(1, 3)] + ["Lab Report", "Unit Test"]
    def scores(s, i):
        return None
    if style == 0:
        cols = [("Student", "lastfirst"), ("Student ID", "id")]
        for a in asg:
            cols.append((a, lambda s, i, a=a: r.randint(55, 100)))
        cols += [("Term %", lambda s, i: round(r.uniform(58, 99), 1)), ("Mark", lambda s, i: r.choice(MARKS))]
    elif style == 1:  # PowerSchool stored grades export
        sec = f"{r.randint(1, 9)}"
        cn = r.choice(COURSES)
        cols = [("Student_Number", "idnum"), ("Course_Number", lambda s, i: cn[0]), ("Section_Number", lambda s, i: sec),
                ("StoreCode", lambda s, i: "Q2"), ("Grade", lambda s, i: r.choice(MARKS)),
                ("Percent", lambda s, i: round(r.uniform(58, 99), 1))]
    else:  # Synergy gradebook export
        cols = [("Perm ID", "id"), ("Last Name", "last"), ("First Name", "first"), ("Gr", "grade"),
                ("Period", lambda s, i: str(r.randint(1, 7))), ("Overall Score", lambda s, i: round(r.uniform(55, 99), 1)),
                ("Missing Assignments", lambda s, i: r.randint(0, 6))]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_attendance(ctx, n, style=0, id_style="n5", title=None, sheet="Attendance"):
    st = students(ctx, n, id_style)
    r = ctx.r
    if style == 0:
        cols = [("Student Name", "firstlast"), ("Student #", "id"), ("Grade", "grade"),
                ("Abs Exc", lambda s, i: r.randint(0, 6)), ("Abs Unx", lambda s, i: r.randint(0, 9)),
                ("Tardies", lambda s, i: r.randint(0, 12)), ("Days Enrolled", lambda s, i: r.randint(70, 88))]
    elif style == 1:  # truancy list
        cols = [("LAST", "LAST"), ("FIRST", "FIRST"), ("GR", "grade2"), ("STU_ID", "id"),
                ("UNEXCUSED_DAYS", lambda s, i: r.randint(5, 14)), ("LETTER_SENT", lambda s, i: r.choice(["1st", "2nd", "3rd"])),
                ("HOME_PHONE", "phone")]
    else:  # period absences by ID only
        cols = [("StudentID", "idnum"), ("Date", lambda s, i: DateCell(school_day(ctx), "us")),
                ("Period", lambda s, i: r.randint(1, 7)), ("Code", lambda s, i: r.choice(["A", "T", "U", "E", "UA"])),
                ("Comment", lambda s, i: r.choice(["", "called in sick", "no call", "appt", "late bus"]))]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_nurse(ctx, n, style=0, title=None, sheet="Visits"):
    st = students(ctx, n, "n6", range(0, 9))
    r = ctx.r
    if style == 0:
        cols = [("Visit Date", lambda s, i: DateCell(school_day(ctx), "us")),
                ("Time In", lambda s, i: f"{r.randint(8, 14)}:{r.choice(['05', '20', '35', '50'])}"),
                ("Student", "firstlast"), ("Gr", "grade"), ("Complaint", lambda s, i: r.choice(COMPLAINTS)),
                ("Action", lambda s, i: r.choice(["Rest 15 min, RTC", "Ice pack, RTC", "Called parent, sent home",
                                                  "Bandage, RTC", "Meds given per order"])),
                ("Nurse", lambda s, i: "RN")]
    elif style == 1:  # medication administration
        cols = [("Student Name", "lastfirst"), ("DOB", "dob:us"), ("Medication", lambda s, i: r.choice(MEDS)),
                ("Time", lambda s, i: r.choice(["11:30", "12:00", "PRN", "8:15"])),
                ("Allergies", lambda s, i: r.choice(ALLERGIES)), ("Parent Phone", "phone")]
    else:  # immunizations
        cols = [("Student", "lastfirst"), ("ID", "id"), ("Birth Date", "dob:us_nopad"),
                ("DTaP", lambda s, i: r.choice(["5", "4", "5", "3"])), ("IPV", lambda s, i: r.choice(["4", "3", "4"])),
                ("MMR", lambda s, i: r.choice(["2", "1", "2"])), ("Var", lambda s, i: r.choice(["2", "1", "2", "Hx"])),
                ("Status", lambda s, i: r.choice(["Complete", "Provisional", "Exempt-Med", "Incomplete"]))]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_sped(ctx, n, style=0, title=None, sheet="Caseload"):
    st = students(ctx, n, ctx.pick(["n6", "n7", "AB5"]), ssid_style="ssid10" if style == 1 else None)
    r = ctx.r
    if style == 0:
        cols = [("Student", "lastfirst"), ("Student ID", "id"), ("Grade", "grade"),
                ("Primary Disability", lambda s, i: r.choice(DISABILITIES)),
                ("Services", lambda s, i: r.choice(["SDI Reading", "SDI Math", "Speech", "OT", "SDI Reading; Speech",
                                                    "Behavior support"])),
                ("Min/Wk", lambda s, i: r.choice([30, 60, 90, 120, 150, 240])),
                ("Annual Review Due", lambda s, i: DateCell(school_day(ctx), "us")),
                ("Re-Eval Due", lambda s, i: DateCell(school_day(ctx, (2025, 1, 6), 500), "us"))]
    else:  # state-style child count
        cols = [("SSID", "ssid"), ("Local ID", "id"), ("Last Name", "last"), ("First Name", "first"),
                ("DOB", "dob:iso"), ("Disability Code", lambda s, i: r.choice(["SLD", "SLI", "OHI", "AUT", "ED", "DD"])),
                ("Environment", lambda s, i: r.choice(["RC80", "RC40-79", "RC<40"])), ("IEP Date", lambda s, i: DateCell(school_day(ctx, (2024, 1, 8), 300), "iso"))]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_504(ctx, n, title=None, sheet="504 Plans"):
    st = students(ctx, n, ctx.pick(["n6", "n5"]), range(3, 13))
    r = ctx.r
    cols = [("Student", "firstlast"), ("ID #", "id"), ("Gr", "grade"),
            ("Condition", lambda s, i: r.choice(["ADHD", "Type 1 diabetes", "Anxiety", "Severe food allergy", "Asthma", "Migraines"])),
            ("Accommodations", lambda s, i: r.choice(["Extended time 1.5x; preferential seating", "Snacks/water in class; glucose checks",
                                                      "Breaks as needed; testing in small group", "Elevator pass; copy of notes"])),
            ("Plan Review", lambda s, i: DateCell(school_day(ctx), "us"))]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_discipline(ctx, n, style=0, title=None, sheet="Incidents"):
    st = students(ctx, n, ctx.pick(["n6", "n7", "S8"]), range(5, 13))
    r = ctx.r
    if style == 0:
        cols = [("Incident #", lambda s, i: f"INC-{r.randint(24000, 24999)}"), ("Date", lambda s, i: DateCell(school_day(ctx), "us")),
                ("Student ID", "id"), ("Student", "lastfirst"), ("Gr", "grade"), ("Offense", lambda s, i: r.choice(OFFENSES)),
                ("Action Taken", lambda s, i: r.choice(ACTIONS)), ("Referred By", lambda s, i: f"{r.choice(FIRST)[0]}. {r.choice(LAST)}")]
    else:  # Skyward discipline extract
        cols = [("Stu Other ID", "id"), ("Stu Name", "lastfirstmi"), ("Offense Code", lambda s, i: r.choice(["D03", "F01", "T12", "B07"])),
                ("Offense Desc", lambda s, i: r.choice(OFFENSES)), ("Action Code", lambda s, i: r.choice(["ISS", "OSS", "DET", "CONF"])),
                ("Days", lambda s, i: r.choice([0, 1, 2, 3, 5])), ("Offense Date", lambda s, i: DateCell(school_day(ctx), "us_nopad"))]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_classlist(ctx, n, title=None, sheet="Class List", id_style=None):
    style = ctx.pick(["n5", "n6", "hyph"])
    st = students(ctx, n, id_style or style, range(9, 13))
    per = ctx.r.randint(1, 7)
    cols = [("Per", lambda s, i: per), ("Student Name", "lastfirst"), ("Student ID", "id"), ("Grade", "grade"),
            ("Homeroom", "homeroom")]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_sports(ctx, n, style=0, title=None, sheet="Roster"):
    st = students(ctx, n, "n6", range(9, 13))
    r = ctx.r
    if style == 0:
        cols = [("Athlete", "firstlast"), ("Gr", "grade"), ("DOB", "dob:us"), ("Jersey", lambda s, i: r.randint(1, 88)),
                ("Parent/Guardian", "guardian"), ("Guardian1_Phone", "phone")]
    else:
        cols = [("Last", "last"), ("First", "first"), ("Grade", "grade"), ("Birthdate", "dob:us_short"),
                ("Physical on File", lambda s, i: r.choice(["Y", "Y", "N"])), ("Emergency Contact", "guardian"),
                ("Contact 2 Cell", "phone2")]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_bus(ctx, n, title=None, sheet="Riders"):
    st = students(ctx, n, "n6", range(0, 13))
    r = ctx.r
    bus = r.randint(3, 41)
    cols = [("Bus", lambda s, i: bus), ("Rider", "lastfirst"), ("Gr", "grade"), ("Home Address", "street"),
            ("Town", "city"), ("AM Stop", lambda s, i: f"{r.randint(6, 7)}:{r.randint(10, 59):02d}"),
            ("Guardian Phone", "phone")]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_scores(ctx, n, style=0, title=None, sheet="Scores"):
    r = ctx.r
    if style == 0:  # MAP style
        st = students(ctx, n, "n6", range(2, 9))
        cols = [("StudentID", "idnum"), ("StudentLastName", "last"), ("StudentFirstName", "first"),
                ("Subject", lambda s, i: "Mathematics"), ("TestRITScore", lambda s, i: r.randint(178, 246)),
                ("TestPercentile", lambda s, i: r.randint(3, 97)), ("TestDate", lambda s, i: DateCell(dt.date(2024, 9, r.randint(9, 20)), "us_nopad"))]
    elif style == 1:  # i-Ready style
        st = students(ctx, n, "n7", range(1, 7))
        cols = [("Student ID", "id"), ("Last Name", "last"), ("First Name", "first"), ("Grade", "grade"),
                ("Overall Scale Score", lambda s, i: r.randint(380, 620)),
                ("Overall Placement", lambda s, i: r.choice(["Early On Grade Level", "1 Grade Level Below", "Mid On Grade Level", "2 Grade Levels Below"])),
                ("Diagnostic Completion Date", lambda s, i: DateCell(dt.date(2024, 9, r.randint(9, 27)), "us"))]
    else:  # state test file
        st = students(ctx, n, "n6", range(3, 9), ssid_style="ssid10")
        cols = [("STATE_ID", "ssid"), ("LOCAL_ID", "id"), ("LAST_NAME", "LAST"), ("FIRST_NAME", "FIRST"), ("TESTED_GRADE", "grade2"),
                ("ELA_SCALE", lambda s, i: r.randint(2300, 2700)), ("ELA_LEVEL", lambda s, i: r.choice(["1", "2", "3", "4"])),
                ("MATH_SCALE", lambda s, i: r.randint(2300, 2700)), ("MATH_LEVEL", lambda s, i: r.choice(["1", "2", "3", "4"]))]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_frl(ctx, n, title=None, sheet="Eligibility"):
    st = students(ctx, n, ctx.pick(["n4", "n5", "n6"]))
    r = ctx.r
    cols = [("Stu #", "id"), ("Name", "lastfirst"), ("School", lambda s, i: r.choice(["ES", "JH", "HS"])),
            ("Meal Status", lambda s, i: r.choice(["Free", "Reduced", "Free", "Free-DC"])),
            ("Source", lambda s, i: r.choice(["Application", "Direct Cert", "Application"])),
            ("Effective", lambda s, i: DateCell(school_day(ctx, (2024, 8, 19), 60), "us"))]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_idonly(ctx, n, title=None, sheet="Marks"):
    st = students(ctx, n, "n7", range(9, 13))
    r = ctx.r
    cols = [("LocalID", "idnum"), ("CourseCode", lambda s, i: r.choice(COURSES)[0]), ("Section", lambda s, i: f"0{r.randint(1, 4)}"),
            ("Term", lambda s, i: "S1"), ("Mark", lambda s, i: r.choice(MARKS)), ("CreditsAttempted", lambda s, i: 0.5),
            ("CreditsEarned", lambda s, i: 0.5)]
    return student_table(st, cols, title=title, sheet=sheet), st


def t_counselor(ctx, n, title=None, sheet="Caseload"):
    st = students(ctx, n, ctx.pick(["n6", "S8", "n5"]), range(9, 13))
    r = ctx.r
    cols = [("Student", "lastfirst"), ("ID", "id"), ("Gr", "grade"), ("Cum GPA", lambda s, i: round(r.uniform(1.4, 4.0), 2)),
            ("Credits Earned", lambda s, i: r.choice([5.5, 6.0, 11.5, 12.0, 17.5, 18.0, 22.5])),
            ("On Track", lambda s, i: r.choice(["Y", "Y", "N"])), ("Notes", lambda s, i: r.choice(["", "credit recovery Eng 10", "check FAFSA", "504 review"]))]
    return student_table(st, cols, title=title, sheet=sheet), st


# ================================================================ SINGLE-STUDENT FORMS
def f_transcript(ctx, s=None):
    r = ctx.r
    s = s or ctx.student(ctx.pick(["n6", "S8", "n7"]), range(11, 13))
    rows, pts, cr = [], 0, 0
    for yr in range(2021, 2021 + (s.grade - 8)):
        for c in r.sample(COURSES, 5):
            m = r.choice(MARKS[:8])
            rows.append([f"{yr}-{(yr + 1) % 100:02d}", c[0], c[1], m, 1.0])
            pts += MARKPTS[m]
            cr += 1
    style = ctx.pick(["us", "long", "iso", "dmy_mon"])
    fields = [("Student Name", f"{s.last}, {s.first} {s.mi}"), ("Student ID", s.id), ("Date of Birth", fmt_date(s.dob, style)),
              ("Grade", grade_str(s.grade)), ("Address", f"{s.street}, {s.city}, {s.state} {s.zip}"), ("Gender", s.gender),
              ("Cumulative GPA", f"{pts / cr:.3f}"), ("Credits Earned", f"{cr:.1f}"),
              ("Class Rank", f"{r.randint(3, 60)} of {r.randint(61, 90)}"), ("Expected Graduation", f"May {2025 + 12 - s.grade}")]
    t = Table(["Year", "Course", "Title", "Mark", "Credit"], rows)
    f = Form("Official Transcript", fields, [("Course History", t)], ids=[s.idn], dobs=[s.dob], record=True,
             header_lines=[org(ctx), "Office of the Registrar"])
    return f, s


def f_report_card(ctx, s=None):
    r = ctx.r
    s = s or ctx.student(ctx.pick(["n5", "n6", "AB5"]), range(2, 9))
    subj = ["Reading", "Writing", "Mathematics", "Science", "Social Studies", "PE", "Music"]
    rows = [[x, r.choice(["4", "3", "3", "2", "1"]) if s.grade < 6 else r.choice(MARKS[:9]),
             r.choice(["Works hard", "Needs to turn in homework", "Great participation", "", "Reading at grade level"])] for x in subj]
    fields = [("Student", f"{s.first} {s.last}"), ("Student Number", s.id), ("Grade", grade_str(s.grade)),
              ("Teacher", f"Mrs. {r.choice(LAST)}"), ("Days Absent", str(r.randint(0, 9))), ("Days Tardy", str(r.randint(0, 6))),
              ("Term", "Quarter 2"), ("School Year", "2024-2025")]
    return Form("Student Progress Report", fields, [("Marks", Table(["Subject", "Mark", "Comment"], rows))],
                ids=[s.idn], record=True, header_lines=[org(ctx)]), s


def f_iep(ctx, s=None):
    r = ctx.r
    s = s or ctx.student(ctx.pick(["n6", "n7", "ssid10"]), range(1, 12))
    style = ctx.pick(["us", "us_nopad", "long"])
    fields = [("Student Name", f"{s.first} {s.last}"), ("Student ID", s.id), ("DOB", fmt_date(s.dob, style)),
              ("Grade", grade_str(s.grade)), ("Primary Disability", r.choice(DISABILITIES)),
              ("Secondary Disability", r.choice(["None", "Speech/Language Impairment", "Other Health Impairment"])),
              ("IEP Meeting Date", fmt_date(school_day(ctx), "us")), ("Case Manager", f"{r.choice(FIRST)} {r.choice(LAST)}"),
              ("LRE", r.choice(["Regular class 80% or more", "Regular class 40-79%"])), ("ESY", r.choice(["No", "Yes"]))]
    svc = Table(["Service", "Provider", "Minutes", "Frequency", "Location"],
                [["Specially Designed Instruction - Reading", "Special Ed Teacher", "150", "Weekly", "Resource room"],
                 ["Speech/Language Therapy", "SLP", "60", "Weekly", "Speech room"],
                 ["Occupational Therapy", "OT (contracted)", "30", "Monthly", "General ed classroom"]])
    acc = ["Extended time (1.5x) on tests and assignments", "Read-aloud of directions and test items except reading passages",
           "Preferential seating near instruction", "Check for understanding after directions"]
    return Form("IEP At-A-Glance", fields, [("Services", svc), ("Accommodations", acc)], ids=[s.idn], dobs=[s.dob],
                record=True, header_lines=[org(ctx), "CONFIDENTIAL - Special Education"]), s


def f_504(ctx, s=None):
    r = ctx.r
    s = s or ctx.student(ctx.pick(["n5", "n6", "S8"]), range(3, 13))
    cond = r.choice(["Type 1 Diabetes", "ADHD - combined presentation", "Generalized anxiety disorder", "Celiac disease", "Asthma"])
    fields = [("Student", f"{s.last}, {s.first}"), ("Student ID No.", s.id), ("Birth Date", fmt_date(s.dob, "us")),
              ("Grade", grade_str(s.grade)), ("Meeting Date", fmt_date(school_day(ctx), "long")),
              ("Section 504 Coordinator", f"{r.choice(FIRST)} {r.choice(LAST)}"), ("Qualifying Condition", cond),
              ("Major Life Activity Affected", r.choice(["Learning, concentrating", "Eating, endocrine function", "Breathing"]))]
    acc = [f"1. {x}" for x in r.sample(["Extended time on tests (time and a half).", "Access to water, snacks and restroom at any time.",
                                          "Blood glucose checks in the classroom or health office.", "Preferential seating away from distractions.",
                                          "Breaks outside the classroom when needed (5 minutes).", "Copy of class notes provided."], 4)]
    return Form("Section 504 Accommodation Plan", fields, [("Accommodations", acc)], ids=[s.idn], dobs=[s.dob], record=True,
                header_lines=[org(ctx)]), s


def f_health_plan(ctx, s=None):
    r = ctx.r
    s = s or ctx.student("n6", range(0, 8))
    al = r.choice(["Peanut", "Tree nut", "Bee sting", "Milk"])
    fields = [("Student Name", f"{s.first} {s.last}"), ("Date of Birth", fmt_date(s.dob, "us_nopad")),
              ("Grade/Teacher", f"{grade_str(s.grade)} / {r.choice(LAST)}"), ("Allergy", al),
              ("Weight", f"{r.randint(40, 110)} lbs"), ("Asthma", r.choice(["Yes (higher risk)", "No"])),
              ("Parent/Guardian", s.guardian), ("Phone", s.phone),
              ("Physician", f"Dr. {r.choice(LAST)}"), ("Physician Phone", ctx.phone())]
    steps = [f"If {s.first} eats or is exposed to {al.lower()} and shows ANY severe symptom: INJECT EPINEPHRINE IMMEDIATELY and call 911.",
             "Mild symptoms (itchy mouth, a few hives): give antihistamine, stay with student, alert parent, watch closely.",
             "Epinephrine dose: 0.15 mg IM. Location of medication: health office and classroom go-bag."]
    return Form("Food Allergy & Anaphylaxis Emergency Care Plan", fields, [("Treatment", steps)], dobs=[s.dob], record=True), s


def f_nurse_note(ctx, s=None):
    r = ctx.r
    s = s or ctx.student(ctx.pick(["n6", "n5"]), range(0, 9))
    d = school_day(ctx)
    fields = [("Student", f"{s.last}, {s.first}"), ("Student ID", s.id), ("Grade", grade_str(s.grade)),
              ("Visit Date", fmt_date(d, "us")), ("Time In", f"{r.randint(9, 13)}:{r.randint(10, 59)}"),
              ("Temp", f"{r.choice(['98.6', '99.1', '100.4', '101.2'])} F"), ("Disposition", r.choice(["Sent home with parent", "Returned to class"]))]
    note = [f"{s.first} came to the health office complaining of {r.choice(COMPLAINTS).lower()}. "
            f"Rested 20 minutes. Mother ({s.phone}) contacted. Known allergy: {r.choice(ALLERGIES)}."]
    return Form("Health Office Visit Record", fields, [("Nurse Notes", note)], ids=[s.idn], record=True), s


def f_referral(ctx, s=None):
    r = ctx.r
    s = s or ctx.student(ctx.pick(["n6", "n7", "n5"]), range(6, 13))
    d = school_day(ctx)
    fields = [("Student Name", f"{s.first} {s.last}"), ("Student ID", s.id), ("Grade", grade_str(s.grade)),
              ("Date of Incident", fmt_date(d, "us")), ("Time", f"{r.randint(8, 14)}:{r.randint(10, 59)}"),
              ("Location", r.choice(["Cafeteria", "Hallway B", "Bus 14", "Gym locker room", "Room 112"])),
              ("Referring Staff", f"{r.choice(FIRST)} {r.choice(LAST)}"), ("Offense", r.choice(OFFENSES)),
              ("Administrative Action", r.choice(ACTIONS)), ("Parent Contacted", f"Yes - {fmt_date(d, 'us')}")]
    desc = [f"{s.first} was observed {r.choice(['pushing another student into the lockers', 'using a vape device', 'refusing to leave the classroom after repeated requests', 'taking a phone from a classmate'])}. "
            "Student admitted to the behavior when interviewed by the assistant principal."]
    return Form("Office Discipline Referral", fields, [("Description of Incident", desc)], ids=[s.idn], record=True,
                header_lines=[org(ctx)]), s


def f_eval(ctx, s=None):
    r = ctx.r
    s = s or ctx.student(ctx.pick(["n6", "AB5", "n7"]), range(1, 9))
    fields = [("Student", f"{s.first} {s.last}"), ("Student ID", s.id), ("Date of Birth", fmt_date(s.dob, "long")),
              ("Grade", grade_str(s.grade)), ("Evaluation Dates", f"{fmt_date(school_day(ctx), 'us')}"),
              ("Examiner", f"{r.choice(FIRST)} {r.choice(LAST)}, School Psychologist")]
    scores = Table(["Measure", "Standard Score", "Percentile", "Range"],
                   [["WISC-V Full Scale IQ", str(r.randint(78, 112)), str(r.randint(7, 79)), "Low Average"],
                    ["WIAT-4 Word Reading", str(r.randint(70, 95)), str(r.randint(2, 37)), "Below Average"],
                    ["WIAT-4 Math Problem Solving", str(r.randint(85, 110)), str(r.randint(16, 75)), "Average"]])
    summ = [f"Results indicate that {s.first} meets eligibility criteria for a Specific Learning Disability in basic reading skills. "
            "The team will meet to determine eligibility and develop an IEP."]
    return Form("Psychoeducational Evaluation Report - Summary", fields, [("Test Results", scores), ("Summary", summ)],
                ids=[s.idn], dobs=[s.dob], record=True, header_lines=[ctx.pick(SERVICE_CENTERS)]), s


def f_enroll(ctx, s=None):
    r = ctx.r
    s = s or ctx.student(ctx.pick(["n6", "n5"]), range(0, 9))
    fields = [("Legal Last Name", s.last), ("Legal First Name", s.first), ("Middle Initial", s.mi),
              ("Date of Birth", fmt_date(s.dob, "us")), ("Gender", s.gender), ("Grade Entering", grade_str(s.grade)),
              ("Home Address", s.street), ("City/State/ZIP", f"{s.city}, {s.state} {s.zip}"),
              ("Parent/Guardian 1", s.guardian), ("Phone", s.phone), ("Previous School", f"{r.choice(TOWNS)[0]} Elementary"),
              ("Entry Date", fmt_date(school_day(ctx), "us"))]
    return Form("New Student Enrollment Form", fields, [("Office Use Only", [f"Assigned Student ID: {s.id}", "Entered in SIS by: front office"])],
                ids=[s.idn], dobs=[s.dob], record=True, header_lines=[org(ctx)]), s


# ================================================================ LOOK-ALIKE TABLES
def l_staff_dir(ctx, n=14):
    r = ctx.r
    rows = []
    for _ in range(n):
        f, l, e = ctx.staff()
        rows.append([f"{l}, {f}", r.choice(["Teacher - Gr 3", "Para", "Custodian", "Counselor", "Secretary", "Teacher - Science", "Bus Driver", "Cook"]),
                     r.choice(["Elementary", "Jr/Sr High", "District Office"]), f"x{r.randint(200, 299)}", e, ctx.emp_id()])
    return Table(["Name", "Position", "Building", "Ext", "Email", "Employee ID"], rows, sheet="Staff")


def l_payroll(ctx, n=16):
    r = ctx.r
    rows = []
    for _ in range(n):
        f, l, _e = ctx.staff()
        rows.append([str(r.randint(10000, 99999)), f"{l}, {f}", r.choice(["Certified", "Classified", "Admin"]),
                     r.choice(["Teacher", "Paraeducator", "Food Service", "Bus Driver", "Custodian"]),
                     r.choice([1.0, 0.5, 0.75, 1.0]), DateCell(dt.date(r.randint(1998, 2024), r.randint(1, 12), r.randint(1, 28)), "us"),
                     r.randint(1, 22), round(r.uniform(17.5, 41.0), 2)])
    return Table(["Emp No", "Employee Name", "Group", "Job Title", "FTE", "Hire Date", "Step", "Hourly Rate"], rows, sheet="Payroll")


def l_sub_schedule(ctx, n=12):
    r = ctx.r
    rows = []
    for _ in range(n):
        rows.append([DateCell(school_day(ctx), "us"), f"{r.choice(FIRST)} {r.choice(LAST)}", f"{r.choice(FIRST)} {r.choice(LAST)}",
                     f"S{r.randint(1000, 9999)}", f"Rm {r.randint(101, 240)}", r.choice(["Full day", "AM", "PM", "Periods 1-4"]),
                     r.choice(["Sick", "PD", "Personal", "Jury duty"])])
    return Table(["Date", "Absent Staff", "Substitute", "Sub Emp #", "Room", "Time", "Reason"], rows, sheet="Subs")


def l_invoice_lines(ctx, n=10):
    r = ctx.r
    items = ["Chromebook charger", "Copy paper 10 ream case", "Whiteboard markers", "Bus brake pads", "Diesel filter",
             "Milk 1/2 pint 1%", "Frozen chicken patties", "Toner cartridge", "Floor wax 5 gal", "Basketballs (6)"]
    rows = []
    for _ in range(n):
        q = r.randint(1, 40)
        p = round(r.uniform(2, 95), 2)
        rows.append([f"{r.randint(100000, 999999)}", r.choice(items), q, p, round(q * p, 2)])
    return Table(["Item #", "Description", "Qty", "Unit Price", "Ext Price"], rows,
                 title=f"Invoice {r.randint(700000, 799999)}  Account {r.randint(40000, 49999)}-{r.randint(10, 99)}  PO {r.randint(25000, 25999)}",
                 sheet="Invoice")


def l_catalog(ctx):
    r = ctx.r
    rows = []
    for c in COURSES:
        rows.append([c[0], c[1], r.choice(["9-12", "10-12", "9", "11-12"]), r.choice([0.5, 1.0]), r.choice(["None", "Algebra I", "Teacher approval", "Biology"]),
                     r.choice(["Year", "Semester"])])
    return Table(["Course Code", "Course Title", "Grade", "Credits", "Prerequisite", "Length"], rows,
                 title="2025-2026 High School Course Catalog", sheet="Catalog")


def l_bus_schedule(ctx, n=14):
    r = ctx.r
    rows = []
    t = dt.datetime(2024, 9, 3, 6, 40)
    route = r.randint(2, 30)
    for k in range(1, n + 1):
        t += dt.timedelta(minutes=r.randint(3, 9))
        town, st = r.choice(TOWNS)
        rows.append([f"Route {route}", k, f"{r.randint(12, 9899)} {r.choice(STREETS).format(n=r.randint(2, 40))}", town,
                     t.strftime("%I:%M %p").lstrip("0"), (t + dt.timedelta(hours=8, minutes=50)).strftime("%I:%M %p").lstrip("0")])
    return Table(["Route", "Stop #", "Stop Location", "Town", "AM Pickup", "PM Drop"], rows, title="Bus Route Schedule 2024-25", sheet="Routes")


def l_sports_sched(ctx, n=12):
    r = ctx.r
    rows = []
    for _ in range(n):
        d = school_day(ctx, (2024, 9, 3), 80)
        a, b = r.randint(6, 56), r.randint(6, 56)
        rows.append([DateCell(d, "us"), r.choice(["vs.", "@"]) + " " + r.choice(TOWNS)[0], r.choice(["Home", "Away"]),
                     r.choice(["4:30 PM", "6:00 PM", "7:00 PM"]), f"{'W' if a > b else 'L'} {max(a, b)}-{min(a, b)}"])
    return Table(["Date", "Opponent", "Site", "Time", "Result"], rows, title="Varsity Football 2024", sheet="Schedule")


def l_grade_dist(ctx, n=10):
    r = ctx.r
    rows = []
    for c in r.sample(COURSES, n):
        tot = r.randint(14, 60)
        a = [r.randint(0, 30) for _ in range(5)]
        s = sum(a) or 1
        pct = [round(100 * x / s, 1) for x in a]
        rows.append([c[0], c[1], f"{r.choice(LAST)}", tot] + pct + [round(r.uniform(68, 91), 1)])
    return Table(["Course", "Title", "Teacher", "Enrolled", "% A", "% B", "% C", "% D", "% F", "Avg %"], rows,
                 title="Semester 1 Grade Distribution by Course (no individual students)", sheet="Distribution")


def l_enroll_counts(ctx):
    r = ctx.r
    rows = []
    for sch in ["Elementary", "Middle", "High School", "Virtual Academy"]:
        c = [r.randint(8, 60) for _ in range(13)]
        rows.append([sch] + c + [sum(c)])
    return Table(["School", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "Total"], rows,
                 title="Official Fall Enrollment Count - October 1", sheet="Counts")


def l_att_rates(ctx):
    r = ctx.r
    rows = []
    for sch in ["Elementary", "Jr High", "High School"]:
        for m in ["Sep", "Oct", "Nov", "Dec"]:
            rows.append([sch, m, round(r.uniform(90, 97), 1), round(r.uniform(6, 22), 1), r.randint(140, 420)])
    return Table(["Building", "Month", "ADA %", "Chronic Absent %", "Enrolled"], rows, title="Attendance Rate Summary", sheet="Rates")


def l_lunch(ctx):
    r = ctx.r
    rows = []
    d = dt.date(2024, 10, 7)
    for k in range(10):
        dd = d + dt.timedelta(days=k + 2 * (k // 5))
        rows.append([DateCell(dd, "us"), r.choice(["Chicken patty on bun", "Beef tacos", "Spaghetti & meat sauce", "Cheese pizza", "Turkey wrap", "Chili & cinnamon roll"]),
                     r.choice(["Green beans", "Corn", "Carrot sticks", "Side salad"]), r.choice(["Apple", "Peaches", "Orange wedges"]), "1% / Fat-free choc"])
    return Table(["Date", "Entree", "Vegetable", "Fruit", "Milk"], rows, title="October Lunch Menu", sheet="Menu")


def l_calendar(ctx):
    ev = [("08/19/2024", "First day for students"), ("09/02/2024", "Labor Day - no school"), ("10/14/2024", "Teacher PD - no school"),
          ("10/31/2024", "End of Q1"), ("11/27/2024", "Thanksgiving break begins"), ("12/20/2024", "Early release 1:00 PM"),
          ("01/06/2025", "Classes resume"), ("02/17/2025", "Presidents Day - no school"), ("03/17/2025", "Spring break"),
          ("05/16/2025", "Graduation 2:00 PM")]
    return Table(["Date", "Event"], [list(x) for x in ev], title="2024-2025 District Calendar", sheet="Calendar")


def l_directory_roster(ctx, n=14):
    """Names with directory-like data only: homeroom, teacher, grade, locker. Not an education record."""
    r = ctx.r
    rows = []
    for _ in range(n):
        rows.append([f"{r.choice(LAST)}, {r.choice(FIRST)}", r.choice(["6", "7", "8"]), f"{r.choice(LAST)}", f"Rm {r.randint(101, 130)}",
                     r.randint(200, 480)])
    return Table(["Student", "Grade", "Homeroom Teacher", "Room", "Locker"], rows, title="Homeroom Assignments - First Day", sheet="Homerooms")


def l_team_roster(ctx, n=15):
    r = ctx.r
    rows = [[r.randint(1, 60), f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(["Fr", "So", "Jr", "Sr"]),
             r.choice(["G", "F", "C", "Libero", "OH", "MB", "S"]), r.choice(["S", "M", "L", "XL"])] for _ in range(n)]
    return Table(["No.", "Name", "Yr", "Pos", "Shirt"], rows, title="Lady Wildcats Volleyball - Program Roster", sheet="Team")


def l_club_roster(ctx, n=12):
    r = ctx.r
    rows = [[f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(["9", "10", "11", "12"]), r.choice(["FFA", "FFA Officer", "FFA"]), r.choice(["S", "M", "L", "XL", "2XL"])] for _ in range(n)]
    return Table(["Member", "Grade", "Club", "T-Shirt Size"], rows, title="FFA Jacket/T-shirt Order", sheet="Order")


def l_tickets(ctx, n=12):
    r = ctx.r
    rows = [[f"TKT-{r.randint(30000, 39999)}", DateCell(school_day(ctx), "iso"), f"{r.choice(FIRST)} {r.choice(LAST)}",
             f"ASSET {r.randint(10000, 19999)}", r.choice(["Projector not displaying", "Password reset", "Printer jam Rm 14", "Chromebook cart won't charge", "PowerSchool login loop"]),
             r.choice(["Open", "Closed", "Waiting on parts"])] for _ in range(n)]
    return Table(["Ticket", "Opened", "Requester (staff)", "Asset Tag", "Issue", "Status"], rows, sheet="Tickets")


def l_devices(ctx, n=16):
    r = ctx.r
    rows = [[f"WC{r.randint(10000, 19999)}", f"5CD{r.randint(1000000, 9999999)}", r.choice(["HP Chromebook 14 G7", "Dell 3110", "Lenovo 100e"]),
             f"Cart {r.choice('ABCDEF')}-{r.randint(1, 30)}", DateCell(dt.date(r.randint(2020, 2024), r.randint(1, 12), r.randint(1, 28)), "us"),
             r.choice(["Active", "Repair", "Retired"])] for _ in range(n)]
    return Table(["Asset Tag", "Serial", "Model", "Location", "Purchase Date", "Status"], rows, sheet="Inventory")


def l_master_sched(ctx, n=14):
    r = ctx.r
    rows = []
    for _ in range(n):
        c = r.choice(COURSES)
        rows.append([f"{c[0]}-{r.randint(1, 4):02d}", c[1], r.randint(1, 7), f"{r.choice(FIRST)[0]}. {r.choice(LAST)}", str(r.randint(101, 240)), r.randint(12, 30)])
    return Table(["Section", "Course", "Period", "Teacher", "Room", "Seats"], rows, title="Master Schedule - Spring 2025", sheet="Sections")


def l_fuel(ctx, n=14):
    r = ctx.r
    rows = [[DateCell(school_day(ctx), "us"), f"Bus {r.randint(3, 41)}", round(r.uniform(20, 70), 1), r.randint(40000, 210000),
             ctx.emp_id(), round(r.uniform(3.1, 4.2), 3)] for _ in range(n)]
    return Table(["Date", "Unit", "Gallons", "Odometer", "Driver Emp ID", "Price/Gal"], rows, sheet="Fuel Log")


def l_pd_signin(ctx, n=15):
    r = ctx.r
    rows = [[f"{r.choice(FIRST)} {r.choice(LAST)}", ctx.emp_id(), r.choice(["ES", "MS", "HS", "DO"]), r.choice([3.0, 6.0, 1.5]),
             DateCell(dt.date(2024, 10, 14), "us")] for _ in range(n)]
    return Table(["Staff Name", "Employee #", "Bldg", "Hours", "Session Date"], rows, title="PD Sign-in: Science of Reading Day 2", sheet="Sign-in")


def l_state_status(ctx):
    r = ctx.r
    rows = [[f, r.randint(120, 1800), r.randint(0, 30), r.randint(0, 80), DateCell(school_day(ctx), "us"), r.choice(["Certified", "Errors", "Pending"])]
            for f in ["Student Demographics", "Enrollment", "Attendance", "Discipline", "Course Completion", "Special Ed Child Count", "Staff Assignment"]]
    return Table(["Collection File", "Records Submitted", "Fatal Errors", "Warnings", "Last Upload", "Status"], rows,
                 title="State Reporting Submission Status - Fall Snapshot", sheet="Status")


def l_textbooks(ctx, n=12):
    r = ctx.r
    rows = [[f"TB-{r.randint(1000, 9999)}", r.choice(["Algebra 1 Student Ed.", "Biology: Life on Earth", "Myers Psychology", "Ag Mechanics Fundamentals"]),
             r.randint(20, 140), r.randint(0, 20), r.choice(["Good", "Fair", "Replace"])] for _ in range(n)]
    return Table(["Item Code", "Title", "On Hand", "Damaged", "Condition"], rows, sheet="Textbooks")


def l_food_prod(ctx, n=10):
    r = ctx.r
    rows = [[DateCell(school_day(ctx), "us"), r.choice(["Chicken nuggets", "Bean burrito", "Pizza", "Sloppy joe"]), r.randint(150, 400),
             r.randint(140, 400), r.randint(0, 25)] for _ in range(n)]
    return Table(["Serve Date", "Menu Item", "Planned", "Served", "Leftover"], rows, title="Production Record - Elementary Kitchen", sheet="Production")


def l_budget(ctx, n=12):
    r = ctx.r
    rows = [[f"10-{r.randint(1000, 2999)}-{r.randint(100, 699)}-{r.randint(10, 99)}", r.choice(["Instructional supplies", "Transportation fuel", "Tech repair", "Athletic officials", "Sub pay"]),
             round(r.uniform(2000, 60000), 2), round(r.uniform(500, 40000), 2)] for _ in range(n)]
    for row in rows:
        row.append(round(row[2] - row[3], 2))
    return Table(["Account Code", "Description", "Budget", "Expended", "Balance"], rows, title="Budget Status Report - FY25", sheet="Budget")


# ---------------------------------------------------------------- look-alike forms / prose
def lf_invoice(ctx):
    r = ctx.r
    vend = r.choice(["Prairie Bus Parts Co.", "Hawthorne Food Distributors", "Summit Office Supply", "Plainsview Sports Supply"])
    fields = [("Invoice No.", str(r.randint(700000, 799999))), ("Invoice Date", fmt_date(school_day(ctx), "us")),
              ("Customer Account", f"{r.randint(40000, 49999)}"), ("PO Number", f"PO-{r.randint(25000, 25999)}"),
              ("Bill To", f"{org(ctx)}, {r.randint(100, 999)} School St"), ("Ship To", "District Warehouse, Dock 2"),
              ("Terms", "Net 30"), ("Due Date", fmt_date(school_day(ctx, (2025, 1, 6), 60), "us")),
              ("Remit Phone", ctx.phone()), ("Sales Rep", f"{r.choice(FIRST)} {r.choice(LAST)}")]
    return Form(f"{vend} - INVOICE", fields, [("Line Items", l_invoice_lines(ctx, 6))])


def lf_fieldtrip(ctx):
    r = ctx.r
    fields = [("Teacher", f"{r.choice(FIRST)} {r.choice(LAST)}"), ("Grade/Class", r.choice(["4th grade", "HS Biology", "FFA"])),
              ("Destination", r.choice(["State Capitol", "Prairie Science Museum", "County Fairgrounds"])),
              ("Date of Trip", fmt_date(school_day(ctx), "long")), ("Depart", "8:15 AM"), ("Return", "3:10 PM"),
              ("Number of Students", str(r.randint(18, 52))), ("Chaperones", str(r.randint(2, 6))),
              ("Bus # Requested", str(r.randint(3, 41))), ("Driver Emp ID", ctx.emp_id()), ("Budget Code", f"10-{r.randint(1000, 2999)}-{r.randint(300, 699)}")]
    return Form("Field Trip Transportation Request", fields, [("Approval", ["Principal: approved", "Transportation: bus assigned"])])


def lf_facility(ctx):
    r = ctx.r
    fields = [("Organization", r.choice(["Cedar Bluff Youth Wrestling", "4-H Council", "Community Choir"])),
              ("Contact", f"{r.choice(FIRST)} {r.choice(LAST)}"), ("Phone", ctx.phone()), ("Facility", "HS Gym"),
              ("Date(s)", fmt_date(school_day(ctx), "us")), ("Time", "6:00-9:00 PM"), ("Expected Attendance", str(r.randint(30, 300))),
              ("Insurance Cert #", f"COI-{r.randint(100000, 999999)}"), ("Fee", f"${r.randint(50, 300)}.00")]
    return Form("Facility Use Agreement", fields, [("Conditions", ["User is responsible for cleanup.", "No food in gym."])])


def lf_quote(ctx):
    r = ctx.r
    fields = [("Quote #", f"Q{r.randint(10000, 99999)}"), ("Date", fmt_date(school_day(ctx), "us")), ("Valid Through", "60 days"),
              ("Customer #", str(r.randint(100000, 999999))), ("Contact", f"{r.choice(FIRST)} {r.choice(LAST)}"), ("Phone", ctx.phone())]
    return Form("Price Quotation - Playground Surfacing", fields, [("Items", l_invoice_lines(ctx, 4))])


def lf_workorder(ctx):
    r = ctx.r
    fields = [("Work Order", f"WO-{r.randint(5000, 9999)}"), ("Building", r.choice(["Elementary", "HS", "Bus Barn"])),
              ("Room", str(r.randint(100, 240))), ("Requested By", f"{r.choice(FIRST)} {r.choice(LAST)}"),
              ("Date Requested", fmt_date(school_day(ctx), "us")), ("Priority", r.choice(["Low", "High", "Emergency"])),
              ("Assigned To", f"{r.choice(FIRST)} {r.choice(LAST)} (Maint.)"), ("Employee #", ctx.emp_id())]
    return Form("Maintenance Work Order", fields, [("Description", ["Boiler pilot light out; classrooms cold.", "Parts ordered on account 4471."])])


def lp_flyer(ctx):
    r = ctx.r
    town, st = r.choice(TOWNS)
    return Prose(f"FALL FESTIVAL & BOOK FAIR\n\nFriday, October {r.randint(4, 25)} - 5:00 to 7:30 PM\n\n"
                 f"{town} Elementary Gym, {r.randint(100, 999)} School St, {town}, {st} {r.randint(56000, 68999)}\n\n"
                 f"Chili supper $6 adults / $3 kids. Cake walk, bounce house, book fair open until 7.\n\n"
                 f"Questions? Call the office at {ctx.phone()} or email pto@district.example")


def lp_minutes(ctx):
    r = ctx.r
    return Prose(f"PTO Meeting Minutes - {fmt_date(school_day(ctx), 'long')}\n\n"
                 f"Present: {', '.join(f'{r.choice(FIRST)} {r.choice(LAST)}' for _ in range(6))}.\n\n"
                 f"Treasurer report: balance ${r.randint(2000, 9000)}.{r.randint(10, 99)}; fundraiser net ${r.randint(500, 3000)}. "
                 f"Motion to buy 2 new tetherball poles passed 7-0.\n\n"
                 f"Teacher appreciation week lunch planned for May 6. Next meeting in the library at 6:30 PM.")


def lp_newsletter(ctx):
    r = ctx.r
    return Prose(f"Principal's Corner - {r.choice(['October', 'November', 'February'])} Newsletter\n\n"
                 f"Our average daily attendance last month was {r.uniform(92, 96):.1f}%. Thank you families! "
                 f"Fall MAP testing is done; school-wide, {r.randint(48, 66)}% of students met their growth targets.\n\n"
                 f"Picture retakes are {fmt_date(school_day(ctx), 'long')}. Parent-teacher conferences: sign up online. "
                 f"Reminder: the office number is {ctx.phone()}.")


# ================================================================ MESSAGE PLANS
def writer(ctx, role):
    name, addr = person(ctx)
    titles = {"registrar": "Registrar", "secretary": "Attendance Secretary", "teacher": "Teacher", "coach": "Head Coach",
              "nurse": "School Nurse, RN", "counselor": "School Counselor", "sped": "Special Education Coordinator",
              "food": "Food Service Director", "transport": "Transportation Supervisor", "it": "Technology Coordinator",
              "principal": "Principal", "ap": "Assistant Principal", "business": "Business Manager", "data": "SIS / Data Coordinator",
              "superintendent": "Superintendent", "ad": "Athletic Director", "hr": "HR / Payroll Clerk"}
    return name, addr, titles[role]


def staff_to(ctx):
    return person(ctx)[1]


def body_with_sig(ctx, text, name, title):
    return text + signature(ctx, name, title, org(ctx))


class Plan:
    """Collects messages for one class."""
    def __init__(self, ctx, cls):
        self.ctx, self.cls, self.items = ctx, cls, []

    def add(self, role, to, subject, text=None, html=None, atts=(), body_contents=(), cc=None, kind="record"):
        n = len(self.items) + 1
        msg = build_email(self.ctx, self.cls, n, role, to, subject, text=text, html=html, atts=atts, cc=cc)
        contents = list(body_contents)
        for a in atts:
            contents += a.contents
        exp = expected_for(contents)
        if kind == "record":
            assert any(e["kind"] in ("student-roster", "student-record") for e in exp), (self.cls, n, subject)
        else:
            assert exp == [], (self.cls, n, subject, exp)
        self.items.append((f"{self.cls}/{n:03d}.eml", msg, exp, kind))


def std_text(ctx, role, lines):
    name, addr, title = writer(ctx, role)
    return addr, body_with_sig(ctx, lines, name, title)


# ---------------------------------------------------------------- class: csv
def plan_csv(ctx):
    P = Plan(ctx, "csv_attachment")
    r = ctx.r
    def rec(role, subj, body, tables, names, title_lines=False, to=None, delim=","):
        frm, text = std_text(ctx, role, body)
        atts = [Att(nm, render_csv(t, title_lines, delim), [t]) for t, nm in zip(tables, names)]
        P.add(frm, to or staff_to(ctx), subj, text=text, atts=atts)
    t, _ = t_sis(ctx, "powerschool", 24)
    rec("data", "Student demographics export for new counselor", "Here is the PowerSchool extract you asked for (active students, Jr/Sr High).\nPlease keep it on the district drive only.", [t], ["student_export.csv"])
    t, _ = t_sis(ctx, "calpads", 18)
    rec("data", "SENR draft file - please review before upload", "Attached is the draft SENR file for the fall submission. A few birthdates look off, can you check against the cum folders?", [t], ["SENR_draft_0925.csv"], to="registrar@district.example")
    t, _ = t_gradebook(ctx, 22, style=1)
    rec("teacher", "Q2 stored grades", "Stored grades export attached for my section, in case the sync failed again.", [t], ["storedgrades_q2.csv"])
    t, _ = t_attendance(ctx, 9, style=1)
    rec("secretary", "Truancy letters - who got what", "List of students at 5+ unexcused days and which letter went home. Phones included so the SRO can follow up.", [t], ["truancy_list.csv"])
    t, _ = t_discipline(ctx, 12, style=1)
    rec("ap", "Discipline extract Sept-Oct", "Skyward discipline extract for the board report prep. Do not forward outside admin.", [t], ["discipline_extract.csv"])
    t, _ = t_frl(ctx, 15)
    rec("food", "F/R eligibility updates this week", "New approvals and direct certs since Friday. Please update the POS.", [t], ["FR_updates.csv"], title_lines=False)
    t, _ = t_idonly(ctx, 20, title="Course completion - S1 - by LocalID")
    rec("registrar", "S1 course marks for transcript posting", "ID-only extract for posting. Titles come from the catalog.", [t], ["s1_marks.csv"], title_lines=True)
    t, _ = t_scores(ctx, 16, style=0)
    rec("data", "Fall MAP math results (CSV)", "Fall MAP math from the NWEA combined data file, trimmed to the columns we use.", [t], ["CDF_math_fall.csv"])
    t, _ = t_attendance(ctx, 3, style=0)
    rec("secretary", "Three kids to check on", "These three were flagged by the attendance report this morning.", [t], ["flagged.csv"])
    t, _ = t_sports(ctx, 18, style=1, title="JV Wrestling Eligibility")
    rec("coach", "Wrestling roster for KSHSAA eligibility", "Roster with birthdates and emergency contacts for the eligibility list.", [t], ["wrestling_roster.csv"], title_lines=True, to="ad@district.example")
    t, _ = t_sped(ctx, 11, style=0)
    t, _ = t_sis(ctx, "tyler", 13)
    rec("secretary", "Title I reading roster contacts", "Tyler SIS pull for the Title I reading night invitations (both contact cells).", [t], ["title1_contacts.csv"])
    rec("sped", "Caseload - annual review dates", "My current caseload with annual and re-eval due dates, semicolon separated from the old SpEd system.", [t], ["caseload.csv"], delim=";")
    # look-alikes
    def look(role, subj, body, table, name, title_lines=False, to=None):
        frm, text = std_text(ctx, role, body)
        P.add(frm, to or staff_to(ctx), subj, text=text, atts=[Att(name, render_csv(table, title_lines), [table])], kind="look")
    look("hr", "Updated staff directory", "Updated directory with extensions and employee IDs.", l_staff_dir(ctx), "staff_directory.csv")
    look("hr", "Classified payroll list for step increases", "Classified staff with hire dates and steps for the board packet.", l_payroll(ctx), "classified_steps.csv")
    look("business", "Invoice detail export", "Line detail from the vendor portal for reconciliation.", l_invoice_lines(ctx, 12), "invoice_detail.csv", True)
    look("counselor", "Course catalog draft CSV", "Catalog for next year. Grade column is the grades a course is open to.", l_catalog(ctx), "catalog_2526.csv", True)
    look("transport", "Route 12 stops for the new year", "Stop list and times, please post to the website.", l_bus_schedule(ctx), "route_stops.csv", True)
    look("principal", "Grade distribution S1", "Aggregate distribution only, no student data.", l_grade_dist(ctx), "grade_distribution.csv", True)
    look("data", "Oct 1 enrollment counts", "Counts per grade for the state count.", l_enroll_counts(ctx), "oct1_counts.csv", True)
    look("it", "Open tickets this week", "Helpdesk export for the tech meeting.", l_tickets(ctx), "tickets.csv")
    look("it", "Chromebook inventory", "Inventory export from the asset system, carts only.", l_devices(ctx), "cb_inventory.csv")
    look("secretary", "Sub coverage next week", "Substitute assignments. Sub numbers are their Frontline IDs.", l_sub_schedule(ctx), "subs.csv")
    look("principal", "PD sign-in sheet", "Sign-in from Monday's PD for the hours log.", l_pd_signin(ctx), "pd_signin.csv", True)
    return P


# ---------------------------------------------------------------- class: xlsx
def plan_xlsx(ctx):
    P = Plan(ctx, "xlsx_attachment")
    def rec(role, subj, body, tables, name, to=None):
        frm, text = std_text(ctx, role, body)
        P.add(frm, to or staff_to(ctx), subj, text=text, atts=[Att(name, render_xlsx(tables), tables)])
    t, _ = t_sis(ctx, "skyward", 20, title="Student Profile Export - Wolf Creek R-III")
    rec("registrar", "Skyward profile export (Jr High)", "Export with addresses and guardian phones for the directory check.", [t], "profile_export.xlsx")
    t1, _ = t_gradebook(ctx, 18, style=0, sheet="Period 2")
    t2, _ = t_gradebook(ctx, 21, style=0, sheet="Period 5")
    rec("teacher", "Gradebook backup - two sections", "Backup of my gradebook before the term closes, one tab per period.", [t1, t2], "gradebook_backup.xlsx")
    t, _ = t_nurse(ctx, 10, style=1, title="Daily Medication Administration List")
    rec("nurse", "Med list for the sub nurse", "Daily meds and allergies for the sub tomorrow.", [t], "med_list.xlsx")
    t, _ = t_nurse(ctx, 19, style=2, title="Kindergarten Immunization Compliance")
    rec("nurse", "Immunization compliance - K", "Who is still provisional or incomplete before the exclusion date.", [t], "K_immunizations.xlsx")
    t, _ = t_bus(ctx, 16)
    rec("transport", "Bus 22 rider list", "Rider list with home addresses for the new driver.", [t], "bus22_riders.xlsx")
    t, _ = t_scores(ctx, 22, style=1)
    rec("teacher", "i-Ready diagnostic 1 results", "Diagnostic results for my homeroom for the intervention meeting.", [t], "iready_diag1.xlsx")
    t, _ = t_504(ctx, 7, title="Active 504 Plans - High School")
    rec("counselor", "504 list for teachers", "Current 504 students with accommodations. Please share only with their teachers.", [t], "504_active.xlsx")
    t1, _ = t_sped(ctx, 12, style=1, sheet="Child Count")
    t2 = l_enroll_counts(ctx)
    t2.sheet = "Totals"
    rec("sped", "Child count file + totals", "Child count draft with the totals tab.", [t1, t2], "child_count_draft.xlsx", to="data@district.example")
    t, _ = t_attendance(ctx, 25, style=2)
    rec("secretary", "Period absences last week", "Period absence detail from the SIS (IDs only).", [t], "period_absences.xlsx")
    t, _ = t_counselor(ctx, 14, title="Senior credit check")
    rec("counselor", "Senior credit check", "GPA and credits for my seniors, flagged the ones not on track.", [t], "senior_credits.xlsx")
    t1, _ = t_sis(ctx, "pims", 15, title="PIMS Student Template - October Snapshot", sheet="Student")
    t2 = l_state_status(ctx)
    t2.sheet = "Errors Summary"
    rec("data", "PIMS student template before upload", "Student template with the error summary tab from the validation run.", [t1, t2], "pims_student_oct.xlsx")
    t, _ = t_discipline(ctx, 2, style=0)
    rec("ap", "Friday's incidents", "The two incidents from Friday for your records.", [t], "friday_incidents.xlsx")
    def look(role, subj, body, tables, name):
        frm, text = std_text(ctx, role, body)
        P.add(frm, staff_to(ctx), subj, text=text, atts=[Att(name, render_xlsx(tables), tables)], kind="look")
    look("hr", "Payroll roster with hire dates", "Certified and classified roster for the audit.", [l_payroll(ctx, 20)], "payroll_roster.xlsx")
    look("secretary", "Sub schedule", "This month's sub schedule.", [l_sub_schedule(ctx, 15)], "sub_schedule.xlsx")
    look("business", "Budget status", "Budget vs expended through December.", [l_budget(ctx)], "budget_status.xlsx")
    look("counselor", "Course catalog (Excel)", "Catalog workbook with credits.", [l_catalog(ctx)], "course_catalog.xlsx")
    look("ad", "Football results", "Season results for the banquet program.", [l_sports_sched(ctx)], "football_2024.xlsx")
    look("data", "Attendance rate summary", "ADA and chronic absence rates by building (aggregate).", [l_att_rates(ctx)], "ada_summary.xlsx")
    a, b = l_enroll_counts(ctx), l_att_rates(ctx)
    look("superintendent", "Board packet data", "Enrollment and attendance summaries for the board.", [a, b], "board_data.xlsx")
    look("transport", "Fuel log Q1", "Fuel log for the state transportation report.", [l_fuel(ctx)], "fuel_q1.xlsx")
    look("teacher", "Textbook inventory", "End-of-year textbook inventory for science.", [l_textbooks(ctx)], "textbooks.xlsx")
    look("food", "Production records", "Production records for the state review.", [l_food_prod(ctx)], "production.xlsx")
    look("principal", "Master schedule draft", "Spring master schedule draft.", [l_master_sched(ctx)], "master_schedule.xlsx")
    return P


# ---------------------------------------------------------------- class: html
def plan_html(ctx):
    P = Plan(ctx, "html_table")
    def send(role, subj, intro, items, kind="record", to=None, alt=False, tstyle=0):
        name, addr, title = writer(ctx, role)
        parts = [f"<p>{htmlmod.escape(intro)}</p>"]
        for it in items:
            parts.append(html_table(it, tstyle) if isinstance(it, Table) else html_form(it) if isinstance(it, Form)
                         else "".join(f"<p>{htmlmod.escape(p)}</p>" for p in it.text.split("\n\n")))
        parts.append(f"<p>{htmlmod.escape(name)}<br>{htmlmod.escape(title)}<br>{htmlmod.escape(org(ctx))}<br>{ctx.phone()}</p>")
        h = html_doc(parts)
        text = None
        if alt:
            text = intro + "\n\n" + "\n\n".join(text_table(i, "tab") if isinstance(i, Table) else text_form(i) if isinstance(i, Form) else i.text for i in items) + f"\n\n{name}\n{title}"
        P.add(addr, to or staff_to(ctx), subj, text=text, html=h, body_contents=items, kind=kind)
    t, _ = t_classlist(ctx, 23)
    send("teacher", "My 3rd period list with IDs", "Here is my 3rd period list with student IDs for the testing tickets.", [t])
    t, _ = t_attendance(ctx, 12, style=0)
    send("secretary", "Weekly attendance - 7th grade", "Weekly totals pasted below from Infinite Campus.", [t], alt=True)
    t, _ = t_nurse(ctx, 8, style=0)
    send("nurse", "Health office visits today", "Today's visits for the principal's log.", [t], tstyle=1)
    t, _ = t_discipline(ctx, 6, style=0)
    send("ap", "Referrals this week", "Referrals entered this week:", [t])
    t, _ = t_sports(ctx, 14, style=0, title="Cross Country - Bus list & emergency contacts")
    send("coach", "XC meet travel list", "Travel list for Saturday with DOBs and parent phones for the medical forms.", [t], to="ad@district.example")
    t, _ = t_scores(ctx, 9, style=2)
    send("data", "State assessment results - grade 5 homeroom", "Individual results for your homeroom, from the state portal.", [t], tstyle=1)
    t, _ = t_frl(ctx, 7)
    send("food", "Meal status changes", "Students whose meal status changed this week:", [t], alt=True)
    t, _ = t_sis(ctx, "infinitecampus", 10)
    send("registrar", "New enrollees since Monday", "New enrollees (Campus ad hoc):", [t])
    f, s = f_report_card(ctx)
    send("teacher", f"Progress report - {s.first}", f"Hi, copy of the Q2 progress report below as requested.", [f],
         to=parent_addr(ctx, s))
    f, s = f_iep(ctx)
    send("sped", "IEP at-a-glance for new teacher", "Here is the at-a-glance for the student joining your class Monday.", [f])
    t, _ = t_gradebook(ctx, 2, style=2)
    send("teacher", "Two students missing work", "These two are failing due to missing work - can we set up a meeting?", [t], to="counselor@district.example")
    def look(role, subj, intro, items, tstyle=0, alt=False):
        send(role, subj, intro, items, kind="look", tstyle=tstyle, alt=alt)
    look("hr", "Staff directory update", "Updated building directory:", [l_staff_dir(ctx, 12)])
    look("transport", "Route changes for snow days", "Snow route stops and times:", [l_bus_schedule(ctx, 10)], alt=True)
    look("ad", "Basketball schedule and scores", "Results so far:", [l_sports_sched(ctx, 10)])
    look("food", "Next week's menu", "Lunch menu for the week of the 7th:", [l_lunch(ctx)], tstyle=1)
    look("superintendent", "Calendar for next year (draft)", "Draft calendar dates:", [l_calendar(ctx)])
    look("principal", "Homeroom assignments", "First-day homeroom assignments for the 6-8 hallway posters:", [l_directory_roster(ctx)])
    look("teacher", "FFA T-shirt order", "T-shirt sizes for the order, due Friday:", [l_club_roster(ctx)])
    look("principal", "Grade distribution for PLC", "Aggregate distribution for our PLC discussion:", [l_grade_dist(ctx, 8)], tstyle=1)
    look("data", "State reporting status", "Where we are on the fall snapshot:", [l_state_status(ctx)])
    look("business", "Invoice from Hawthorne", "Invoice details pasted below.", [lf_invoice(ctx)])
    look("principal", "Fall Festival flyer", "Please share with families:", [lp_flyer(ctx)])
    return P


# ---------------------------------------------------------------- class: text
def plan_text(ctx):
    P = Plan(ctx, "plain_text")
    r = ctx.r
    def send(role, subj, intro, items, style="tab", kind="record", to=None, outro=""):
        name, addr, title = writer(ctx, role)
        body = intro + "\n\n" + "\n\n".join(text_table(i, style) if isinstance(i, Table) else i.text for i in items)
        if outro:
            body += "\n\n" + outro
        P.add(addr, to or staff_to(ctx), subj, text=body_with_sig(ctx, body, name, title), body_contents=items, kind=kind)
    t, _ = t_attendance(ctx, 10, style=0)
    send("secretary", "Absence totals (copied from Skyward)", "Pasted from the attendance report:", [t], "tab")
    t, _ = t_gradebook(ctx, 13, style=2)
    send("teacher", "Grades for eligibility", "Current grades for athletes in my classes:", [t], "pipe", to="ad@district.example")
    t, _ = t_sped(ctx, 8, style=0)
    send("sped", "Caseload for scheduling", "Caseload below so you can build the resource schedule.", [t], "space")
    t, _ = t_bus(ctx, 11)
    send("transport", "Bus 7 riders", "Bus 7 riders for the sub driver tomorrow:", [t], "space")
    t, _ = t_discipline(ctx, 4, style=0)
    send("ap", "Bus incidents", "Incidents from the Route 9 video review:", [t], "tab")
    t, _ = t_scores(ctx, 12, style=0)
    send("teacher", "MAP RIT scores for grouping", "RIT scores for reading groups:", [t], "pipe")
    # prose records
    s = ctx.student("n6", range(9, 13))
    name, addr, title = writer(ctx, "counselor")
    txt = (f"Hi,\n\nFollowing up on our meeting about {s.first} {s.last} (student ID {s.id}). {s.first} is failing Algebra II "
           f"with a {r.randint(41, 58)}% and has a D in Chemistry. {s.first} told me anxiety at home has been keeping {('him' if s.gender == 'M' else 'her')} "
           "up at night. I'd like to start weekly check-ins and refer to the school-based therapist if the family agrees.")
    P.add(addr, staff_to(ctx), f"Counselor note - {s.first} {s.last}", text=body_with_sig(ctx, txt, name, title),
          body_contents=[Prose(txt, ids=[s.idn], record=True)])
    s = ctx.student("n5", range(3, 9))
    name, addr, title = writer(ctx, "teacher")
    txt = (f"Dear {s.guardian},\n\nI wanted to let you know that {s.first} currently has a {r.choice(['62', '58', '67'])}% in math this quarter. "
           f"{s.first} has {r.randint(4, 8)} missing assignments and scored {r.randint(40, 60)}% on the last unit test. "
           "Could we meet next week? I'm free after 3:15 most days.")
    P.add(addr, parent_addr(ctx, s), f"{s.first}'s math grade", text=body_with_sig(ctx, txt, name, title),
          body_contents=[Prose(txt, record=True)])
    s = ctx.student("n6", range(0, 6))
    name, addr, title = writer(ctx, "nurse")
    txt = (f"Just an FYI - {s.first} {s.last} (2nd hour, Mrs. {r.choice(LAST)}) was diagnosed with type 1 diabetes over break. "
           f"{s.first} will check blood sugar in the health office before lunch and may need snacks in class. Glucagon is in the health office. "
           f"DOB {fmt_date(s.dob, 'us')} for the med authorization form.")
    P.add(addr, staff_to(ctx), f"New diabetic student - {s.first}", text=body_with_sig(ctx, txt, name, title),
          body_contents=[Prose(txt, dobs=[s.dob], record=True)])
    s = ctx.student("S8", range(7, 12))
    name, addr, title = writer(ctx, "ap")
    txt = (f"Mr. and Mrs. {s.last},\n\nThis confirms that {s.first} (Student # {s.id}) is suspended out of school for three days, "
           f"{fmt_date(school_day(ctx), 'long')} through the following Wednesday, for fighting in the cafeteria. "
           f"{s.first} may return with a parent for a re-entry meeting at 7:45 AM.")
    P.add(addr, parent_addr(ctx, s), "Suspension notice", text=body_with_sig(ctx, txt, name, title),
          body_contents=[Prose(txt, ids=[s.idn], record=True)])
    s = ctx.student("n7", range(1, 6))
    name, addr, title = writer(ctx, "sped")
    txt = (f"Team,\n\n{s.first} {s.last} qualified under Speech/Language Impairment at Tuesday's eligibility meeting. "
           f"Services will be 60 min/week speech plus 30 min/week consult. Annual IEP due next fall. Local ID {s.id}, "
           f"birthdate {fmt_date(s.dob, 'mon_abbr')}. Please enter in the state system.")
    P.add(addr, "data@district.example", f"Eligibility - {s.last}", text=body_with_sig(ctx, txt, name, title),
          body_contents=[Prose(txt, ids=[s.idn], dobs=[s.dob], record=True)])
    s = ctx.student("spaced", range(4, 10))
    name, addr, title = writer(ctx, "registrar")
    txt = (f"Hello,\n\nWe received a records request for {s.first} {s.last}, DOB {fmt_date(s.dob, 'dmy_mon')}, State ID {s.id}. "
           f"Please send the cumulative file, immunization record, and most recent report card. The student enrolled with us on "
           f"{fmt_date(school_day(ctx), 'us')}.")
    P.add(addr, f"records@{ctx.pick(['lonepinecharter.example.org', 'sagevalleysd.example.org'])}", "Records request", text=body_with_sig(ctx, txt, name, title),
          body_contents=[Prose(txt, ids=[s.idn], dobs=[s.dob], record=True)])
    # look-alikes
    def look(role, subj, intro, items, style="tab"):
        send(role, subj, intro, items, style, kind="look")
    look("hr", "Staff list for the emergency phone tree", "Staff list (work extensions only):", [l_staff_dir(ctx, 10)], "tab")
    look("transport", "Route 3 stops", "Route 3 stops and times:", [l_bus_schedule(ctx, 9)], "pipe")
    look("ad", "Conference standings", "Results to date:", [l_sports_sched(ctx, 8)], "space")
    look("secretary", "PTO minutes", "Minutes from last night below.", [lp_minutes(ctx)])
    look("it", "Ticket summary", "Open tickets assigned to me:", [l_tickets(ctx, 7)], "pipe")
    look("food", "Menu for next week", "Menu:", [l_lunch(ctx)], "tab")
    look("principal", "October newsletter text", "Text for the newsletter:", [lp_newsletter(ctx)])
    look("secretary", "Subs tomorrow", "Sub assignments:", [l_sub_schedule(ctx, 6)], "space")
    look("coach", "Program roster for the announcer", "Program roster (numbers and positions):", [l_team_roster(ctx)], "tab")
    look("data", "Enrollment by grade", "Current counts:", [l_enroll_counts(ctx)], "space")
    return P


# ---------------------------------------------------------------- class: pdf
def plan_pdf(ctx):
    P = Plan(ctx, "pdf_attachment")
    def send(role, subj, body, name, items, kind="record", landscape=False, to=None, header_once=True):
        frm, text = std_text(ctx, role, body)
        data = render_pdf(items, landscape=landscape, title=subj, author=org(ctx), header_once=header_once)
        P.add(frm, to or staff_to(ctx), subj, text=text, atts=[Att(name, data, items)], kind=kind)
    f, s = f_transcript(ctx)
    send("registrar", "Transcript request", "Unofficial transcript attached for the scholarship application.", "transcript.pdf", [f],
         to=f"{s.first.lower()}.{s.last.lower()}@students.district.example")
    f, s = f_report_card(ctx)
    send("secretary", "Report card copy", "Copy of the Q2 report card you requested.", "report_card_Q2.pdf", [f], to=parent_addr(ctx, s))
    f, s = f_iep(ctx)
    send("sped", "IEP at a glance", "At-a-glance for the incoming transfer student.", "IEP_glance.pdf", [f])
    f, s = f_504(ctx)
    send("counselor", "504 plan - signed copy", "Signed 504 plan attached.", "504_plan_signed.pdf", [f], to=parent_addr(ctx, s))
    f, s = f_referral(ctx)
    send("ap", "Office referral", "Referral for your file; parent was called.", "referral.pdf", [f])
    f, s = f_health_plan(ctx)
    send("nurse", "Allergy action plan for classroom", "Please keep this emergency care plan in your sub folder.", "allergy_plan.pdf", [f])
    f, s = f_eval(ctx)
    send("sped", "Evaluation report summary", "Evaluation summary from the co-op psychologist for Thursday's meeting.", "eval_summary.pdf", [f])
    t, _ = t_attendance(ctx, 64, style=0, title="Students with 3+ Absences - Semester 1")
    send("secretary", "Absence report S1 (PDF)", "Report printed from the SIS. It runs two pages.", "absence_report.pdf", [t])
    t, _ = t_sis(ctx, "synergy", 72, title="Student Listing - Active Enrollment")
    send("registrar", "Student listing for the fire marshal drill", "Active enrollment listing.", "student_listing.pdf", [t], landscape=True)
    t, _ = t_nurse(ctx, 12, style=2, title="6th Grade Tdap/MenACWY Compliance")
    send("nurse", "6th grade shots report", "Compliance list for the county health department follow-up.", "immunization_6th.pdf", [t])
    t, _ = t_scores(ctx, 15, style=2, title="Individual Student Results - Spring State Assessment")
    send("data", "State test individual results", "Individual results for grade 6 ELA/Math.", "state_results.pdf", [t], landscape=True)
    def look(role, subj, body, name, items, landscape=False):
        send(role, subj, body, name, items, kind="look", landscape=landscape)
    look("business", "Invoice 7xxxxx", "Invoice attached for payment.", "invoice.pdf", [lf_invoice(ctx)])
    look("transport", "Route book 2024-25", "Full route book with stops.", "route_book.pdf", [l_bus_schedule(ctx, 80)])
    look("counselor", "Course catalog PDF", "Catalog for registration night.", "catalog.pdf", [l_catalog(ctx)])
    look("principal", "Grade distribution report", "Aggregate report, no student names.", "grade_dist.pdf", [l_grade_dist(ctx, 12)], landscape=True)
    look("hr", "Staff directory PDF", "Directory for the front office.", "directory.pdf", [l_staff_dir(ctx, 30)])
    look("principal", "Book fair flyer", "Flyer for Friday folders.", "flyer.pdf", [lp_flyer(ctx)])
    look("teacher", "Field trip request", "Request form for the museum trip.", "fieldtrip.pdf", [lf_fieldtrip(ctx)])
    look("principal", "Master schedule", "Master schedule for spring.", "master.pdf", [l_master_sched(ctx, 20)], landscape=True)
    look("hr", "Payroll step report", "Step report for negotiations.", "steps.pdf", [l_payroll(ctx, 25)], landscape=True)
    look("superintendent", "District calendar", "Board-approved calendar.", "calendar.pdf", [l_calendar(ctx)])
    look("business", "Work order", "Work order for the boiler repair.", "workorder.pdf", [lf_workorder(ctx)])
    return P


# ---------------------------------------------------------------- class: docx
def plan_docx(ctx):
    P = Plan(ctx, "docx_attachment")
    def send(role, subj, body, name, items, kind="record", to=None, form_style="table"):
        frm, text = std_text(ctx, role, body)
        data = render_docx(items, author=writer(ctx, role)[0], form_style=form_style)
        P.add(frm, to or staff_to(ctx), subj, text=text, atts=[Att(name, data, items)], kind=kind)
    f, _ = f_transcript(ctx)
    send("counselor", "Transcript for NCAA", "Transcript typed up for the NCAA portal.", "transcript.docx", [f], form_style="para")
    f, _ = f_report_card(ctx)
    send("teacher", "Report card (Word version)", "Report card from my template.", "report_card.docx", [f])
    f, _ = f_504(ctx)
    send("counselor", "504 draft", "Draft 504 for review before the meeting.", "504_draft.docx", [f], form_style="para")
    f, _ = f_nurse_note(ctx)
    send("nurse", "Visit note", "Visit note for the principal.", "visit_note.docx", [f])
    f, _ = f_referral(ctx)
    send("ap", "Referral write-up", "Write-up from this morning.", "referral.docx", [f], form_style="para")
    f, _ = f_enroll(ctx)
    send("secretary", "New student registration", "Registration typed from the paper form.", "registration.docx", [f])
    t, _ = t_sped(ctx, 9, style=0, title="Resource Caseload")
    send("sped", "Caseload table", "Caseload in Word for the schedule meeting.", "caseload.docx", [t])
    t, _ = t_gradebook(ctx, 16, style=0, title="Biology P4 - Midterm grades")
    send("teacher", "Midterm grades", "Midterm grades table.", "midterm.docx", [t])
    t, _ = t_classlist(ctx, 19, title="Advisory list", id_style="hyph")
    send("teacher", "Advisory list with IDs", "Advisory list for the lunch card pickup.", "advisory.docx", [t])
    t, _ = t_sis(ctx, "alma", 11, title="Charter lottery admits - enrollment packet list")
    send("registrar", "Lottery admits for packets", "Admitted students from Alma for the enrollment packets.", "lottery_admits.docx", [t])
    t, _ = t_bus(ctx, 8, title="Late bus riders")
    send("transport", "Late bus riders", "Late bus rider list.", "latebus.docx", [t])
    f, s = f_eval(ctx)
    send("sped", "Eval summary (Word)", "Evaluation summary for the team.", "eval.docx", [f])
    def look(role, subj, body, name, items, form_style="table"):
        send(role, subj, body, name, items, kind="look", form_style=form_style)
    look("hr", "Directory (Word)", "Directory table.", "directory.docx", [l_staff_dir(ctx, 12)])
    look("principal", "PD sign-in", "Sign-in for the PD hours.", "signin.docx", [l_pd_signin(ctx)])
    look("counselor", "Course descriptions", "Catalog table.", "catalog.docx", [l_catalog(ctx)])
    look("secretary", "PTO minutes", "Minutes attached.", "minutes.docx", [lp_minutes(ctx)])
    look("teacher", "Field trip request form", "Form attached.", "fieldtrip.docx", [lf_fieldtrip(ctx)], form_style="para")
    look("secretary", "Sub plans schedule", "Schedule attached.", "subs.docx", [l_sub_schedule(ctx, 8)])
    look("business", "Quote for playground", "Quote attached.", "quote.docx", [lf_quote(ctx)])
    look("principal", "Homeroom lists for posters", "Homeroom lists.", "homerooms.docx", [l_directory_roster(ctx, 16)])
    look("coach", "Program roster", "Roster for the program.", "program.docx", [l_team_roster(ctx)])
    look("food", "Menu", "Menu attached.", "menu.docx", [l_lunch(ctx)])
    look("business", "Facility use agreement", "Agreement attached.", "facility.docx", [lf_facility(ctx)], form_style="para")
    return P


# ---------------------------------------------------------------- class: zip
def plan_zip(ctx):
    P = Plan(ctx, "zip_attachment")
    def send(role, subj, body, zipname, files, kind="record", to=None):
        frm, text = std_text(ctx, role, body)
        contents, raw = [], []
        for fname, kind2, tables in files:
            if kind2 == "csv":
                raw.append((fname, render_csv(tables[0], title_lines=bool(tables[0].title))))
            elif kind2 == "xlsx":
                raw.append((fname, render_xlsx(tables)))
            else:
                raw.append((fname, tables[0].encode("utf-8")))
                tables = []
            contents += tables
        P.add(frm, to or staff_to(ctx), subj, text=text, atts=[Att(zipname, render_zip(raw), contents)], kind=kind)
    t, _ = t_sis(ctx, "aspen", 21)
    send("data", "Aspen export (zipped)", "Zipped because the mail server blocks CSV from outside.", "aspen_export.zip", [("students.csv", "csv", [t])])
    t, _ = t_gradebook(ctx, 20, style=1)
    send("teacher", "Grades export zip", "Export from the gradebook.", "grades.zip", [("grades_q2.xlsx", "xlsx", [t])])
    a, _ = t_scores(ctx, 14, style=2)
    b, _ = t_scores(ctx, 11, style=2)
    send("data", "State score files", "Score files by grade from the state portal.", "scores_by_grade.zip",
         [("grade3_results.csv", "csv", [a]), ("grade4_results.csv", "csv", [b]), ("README.txt", "txt", ["Files exported from the state portal. Scale scores, levels 1-4."])])
    t, _ = t_attendance(ctx, 17, style=1)
    send("secretary", "Truancy packet", "Truancy list for the county attorney packet.", "truancy.zip", [("truancy.csv", "csv", [t])])
    t, _ = t_sped(ctx, 13, style=1, sheet="Child Count")
    send("sped", "Child count to the co-op", "Child count for the co-op, zipped and password shared by phone.", "childcount.zip", [("childcount.xlsx", "xlsx", [t])],
         to=f"sped@{ctx.pick(['region9esc.example.org', 'plainsaea.example.org'])}")
    t, _ = t_sis(ctx, "edfi", 16)
    send("it", "Ed-Fi student extract for vendor test", "Ed-Fi Student resource extract for the rostering test.", "edfi_students.zip", [("Student.csv", "csv", [t])])
    t, _ = t_frl(ctx, 22)
    send("food", "F/R list for the state audit", "Eligibility list for the audit.", "fr_audit.zip", [("eligibility.csv", "csv", [t])])
    t, _ = t_nurse(ctx, 15, style=0, sheet="Oct")
    send("nurse", "Health office log October", "Monthly log.", "health_log.zip", [("visits_oct.xlsx", "xlsx", [t])])
    t, _ = t_discipline(ctx, 10, style=0)
    send("ap", "Discipline data for the state", "Discipline file for the state upload.", "discipline.zip", [("discipline.csv", "csv", [t])])
    a, _ = t_sis(ctx, "tsds", 12)
    b, _ = t_sis(ctx, "emis", 3)
    send("data", "Two files for the service center", "Main file and late adds.", "submission.zip", [("main.csv", "csv", [a]), ("late_adds.csv", "csv", [b])],
         to=f"data@{ctx.pick(['region9esc.example.org', 'highdesertboces.example.org'])}")
    a, _ = t_sis(ctx, "sims", 14)
    b, _ = t_sis(ctx, "eschool", 9)
    send("data", "SIMS October files", "SIMS extract plus the eSchoolPlus cross-check.", "sims_oct.zip", [("sims_oct.csv", "csv", [a]), ("eschool_check.xlsx", "xlsx", [b])])
    t, _ = t_counselor(ctx, 3)
    send("counselor", "Three seniors to watch", "Three seniors at risk of not graduating.", "seniors.zip", [("watchlist.xlsx", "xlsx", [t])])
    def look(role, subj, body, zipname, files):
        send(role, subj, body, zipname, files, kind="look")
    look("hr", "Staff export zip", "Staff export.", "staff.zip", [("staff.csv", "csv", [l_staff_dir(ctx, 18)])])
    look("business", "Invoice detail", "Invoice workbook.", "invoice.zip", [("invoice.xlsx", "xlsx", [l_invoice_lines(ctx, 14)])])
    look("transport", "Route files", "Route files for the routing software.", "routes.zip", [("route_a.csv", "csv", [l_bus_schedule(ctx, 12)]), ("route_b.csv", "csv", [l_bus_schedule(ctx, 10)])])
    look("counselor", "Catalog files", "Catalog export.", "catalog.zip", [("catalog.csv", "csv", [l_catalog(ctx)])])
    look("data", "Enrollment count files", "Count files.", "counts.zip", [("counts.xlsx", "xlsx", [l_enroll_counts(ctx), l_att_rates(ctx)])])
    look("it", "Asset export", "Asset export.", "assets.zip", [("assets.csv", "csv", [l_devices(ctx, 20)])])
    look("hr", "Payroll file", "Payroll file.", "payroll.zip", [("payroll.xlsx", "xlsx", [l_payroll(ctx, 18)])])
    look("ad", "Schedules", "All fall schedules.", "schedules.zip", [("football.csv", "csv", [l_sports_sched(ctx)]), ("readme.txt", "txt", ["Home games at 7 PM unless noted."])])
    look("food", "Menus", "Menus zipped.", "menus.zip", [("menu.csv", "csv", [l_lunch(ctx)])])
    look("data", "State status", "Status export.", "status.zip", [("status.xlsx", "xlsx", [l_state_status(ctx)])])
    look("transport", "Fuel logs", "Fuel logs.", "fuel.zip", [("fuel.csv", "csv", [l_fuel(ctx)])])
    return P


PLANS = [plan_csv, plan_xlsx, plan_html, plan_text, plan_pdf, plan_docx, plan_zip]


# ================================================================ self-check
def decode_texts(raw):
    from email import message_from_bytes
    msg = message_from_bytes(raw, policy=policy.default)
    out = []
    for k in ("Subject",):
        out.append(str(msg[k]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ct = part.get_content_type()
        if not fn and ct.startswith("text/"):
            c = part.get_content()
            if ct == "text/html":
                c = htmlmod.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
        elif fn:
            out += decode_file(fn, part.get_payload(decode=True))
    return out


def decode_file(fn, data):
    ext = fn.rsplit(".", 1)[-1].lower()
    if ext in ("csv", "txt"):
        return [data.decode("utf-8")]
    if ext == "xlsx":
        wb = openpyxl.load_workbook(io.BytesIO(data))
        o = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                o.append(" | ".join("" if v is None else str(v) for v in row))
        return ["\n".join(o)]
    if ext == "docx":
        d = docx.Document(io.BytesIO(data))
        o = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                o.append(" | ".join(c.text for c in row.cells))
        return ["\n".join(o)]
    if ext == "pdf":
        rd = pypdf.PdfReader(io.BytesIO(data))
        return ["\n".join(p.extract_text() for p in rd.pages)]
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        o = []
        for n in z.namelist():
            o += decode_file(n, z.read(n))
        return o
    raise ValueError(fn)


def date_forms(d):
    return {fmt_date(d, s) for s in DOB_STYLES} | {d.strftime("%Y-%m-%d 00:00:00")}


def self_check(out):
    man = json.load(open(os.path.join(out, "manifest.json")))
    classes = {}
    n_rec = n_look = 0
    for e in man:
        classes[e["class"]] = classes.get(e["class"], 0) + 1
        raw = open(os.path.join(out, e["file"]), "rb").read()
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), e["file"]
        texts = decode_texts(raw)
        full = "\n".join(texts)
        normed = re.sub(r"[\s\-]", "", full).upper()
        pairs = [(x["kind"], x["value"]) for x in e["expected"]]
        assert len(pairs) == len(set(pairs)), e["file"]
        for k, v in pairs:
            if k == "student-id":
                assert v in normed, (e["file"], v)
            elif k == "date-of-birth":
                d = dt.date.fromisoformat(v)
                assert any(f in full or re.sub(r"[\s\-]", "", f).upper() in normed for f in date_forms(d)), (e["file"], v)
            else:
                assert v == "1" and k in ("student-roster", "student-record"), (e["file"], k)
        if any(k in ("student-roster", "student-record") for k, _ in pairs):
            n_rec += 1
        else:
            assert pairs == [], e["file"]
            n_look += 1
        # no SSN-like or card-like numbers; every phone-like number is 555-01XX
        assert not re.search(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])", full), (e["file"], "ssn-like")
        assert not re.search(r"(?<!\d)\d{13,19}(?!\d)", full), (e["file"], "card-like")
        assert not re.search(r"(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,4}(?!\d)", full), (e["file"], "card-like grouped")
        for m in re.finditer(r"\(?\b(\d{3})\)?[ .-](\d{3})[ .-](\d{4})\b", full):
            assert m.group(2) == "555" and m.group(3).startswith("01"), (e["file"], m.group(0))
    assert 6 <= len(classes) <= 8 and all(v >= 20 for v in classes.values()), classes
    assert len(man) >= 150 and n_rec >= 60 and n_look >= 60, (len(man), n_rec, n_look)
    return classes, n_rec, n_look


# ================================================================ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--check-only", action="store_true")
    a = ap.parse_args()
    out = a.out
    if not a.check_only:
        ctx = Ctx(SEED)
        manifest = []
        os.makedirs(out, exist_ok=True)
        for plan in PLANS:
            P = plan(ctx)
            d = os.path.join(out, P.cls)
            if os.path.isdir(d):
                shutil.rmtree(d)
            os.makedirs(d)
            for fn, msg, exp, _kind in P.items:
                with open(os.path.join(out, fn), "wb") as fh:
                    fh.write(msg.as_bytes(policy=policy.SMTP))
                manifest.append({"file": fn, "class": P.cls, "expected": exp})
        with open(os.path.join(out, "manifest.json"), "w") as fh:
            json.dump(manifest, fh, indent=1)
            fh.write("\n")
    classes, n_rec, n_look = self_check(out)
    print(f"self-check passed: {sum(classes.values())} messages, {n_rec} with records, {n_look} look-alikes")
    for c, v in classes.items():
        print(f"  {c}: {v}")


if __name__ == "__main__":
    main()
