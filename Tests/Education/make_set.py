#!/usr/bin/env python3
"""Deterministic generator for the Education evaluation set (school-district mail).

Usage:
    python make_set.py              # writes into this script's folder
    python make_set.py --out DIR    # writes elsewhere
    python make_set.py --check-only # only run the self-check on this folder

Every name, number, address and date in the set is invented.
Requires: fpdf2, openpyxl, python-docx, pypdf (see README.md for versions).
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
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from fpdf import FPDF
import openpyxl
from openpyxl.styles import Font
import docx
from docx.shared import Pt

SEED = "education-set-2024-25"
FIXED_DOC_TIME = dt.datetime(2024, 8, 1, 12, 0, 0)
ZIP_TS = (2024, 8, 1, 12, 0, 0)
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------
# invented data pools
# ----------------------------------------------------------------------------
FIRST = """Ava Liam Sofia Noah Mia Elijah Harper Mateo Amelia Lucas Aria Levi Chloe Ezra Nora
Jayden Layla Caleb Zoe Owen Lily Isaac Hazel Miles Stella Leo Aurora Eli Violet Jaxon Luna Asher
Camila Wyatt Penelope Gabriel Riley Julian Nevaeh Xavier Ellie Adrian Paisley Nolan Maya Rowan
Ivy Dominic Quinn Santiago Addison Kai Naomi Theo Ruby Micah Sadie Silas Delilah Emmett Willa
Tobias Piper Desmond Greta Ronan Imani Malik Priya Arjun Mei Kenji Yara Omar Leila Tariq Anaya""".split()
LAST = """Alvarez Bennett Castillo Dunmore Ellison Farrow Gaitan Holloway Ibarra Jessup Kowalczyk
Lindqvist Marchetti Nakamura Okafor Pellegrino Quintero Rasmussen Sandoval Thornquist Underhill
Valdivia Whitlock Xiong Yarborough Zeller Abernathy Brightwater Calloway Delacroix Esposito
Fairbanks Greenleaf Hastings Iverson Jablonski Kettering Lachance Montrose Nygaard Ostrowski
Pruitt Quarles Redfield Stanek Tremblay Ulloa Vasquez Winslow Yoder Zamora Ashby Birchfield
Corbett Dawkins Eberhardt Fontaine Galloway Haddad Ingersoll Juarez Kimura Lockhart Mendoza
Nazari Oduya Prescott Rourke Salcedo Tanaka Vickery Wendt""".split()
STREETS = """Alder Ln|Birchwood Dr|Cobblestone Ct|Dogwood Ave|Elm Hollow Rd|Foxglove Way|Granite St|
Heron Pointe Dr|Ironwood Ct|Juniper Ave|Kestrel Ln|Larkspur Dr|Meadowlark St|Northgate Blvd|
Orchard View Rd|Pinecrest Ave|Quail Run|Ridgeview Ter|Sycamore St|Tamarack Ln|Upland Ave|Vine St|
Willow Bend Dr|Yellowwood Ct|Aspen Trail|Bluebell Cir|Creekside Dr|Driftwood Ln""".replace("\n", "").split("|")
CITIES = [("Lakeside", "97431"), ("Lakeside", "97433"), ("Brook Hollow", "97438"), ("Fernview", "97440")]
AREA = ["541", "458", "503"]

ELEM = ["Maple Grove Elementary", "Cedar Ridge Elementary", "Oak Hollow Elementary",
        "Sunnyslope Elementary", "Willow Creek Elementary"]
MIDDLE = ["Riverbend Middle School", "Lincoln Park Middle School", "Harborview K-8"]
HIGH = ["Westfield High School"]
DISTRICT = "Lakeside Unified School District"
DIST_ADDR = "1200 Northgate Blvd, Lakeside, OR 97431"


def phone(rng, area=None, style=0):
    a = area or rng.choice(AREA)
    x = "555-01%02d" % rng.randint(0, 99)
    return ["(%s) %s" % (a, x), "%s-%s" % (a, x), "%s %s" % (a, x), x][style]


class Pool:
    """Hands out invented people without repeats inside a message."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def name(self):
        while True:
            f, l = self.rng.choice(FIRST), self.rng.choice(LAST)
            if (f, l) not in self.used:
                self.used.add((f, l))
                return f, l


USED_IDS = set()


def gen_id(rng, style):
    """Student ID in a given district/state style (display form)."""
    while True:
        d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
        if style == "n4":
            v = str(rng.randint(4100, 8999))
        elif style == "n5":
            v = str(rng.randint(21000, 98999))
        elif style == "n6":
            v = str(rng.randint(310000, 989999))
        elif style == "n7":
            v = str(rng.randint(3100000, 8999999))
        elif style == "n8":
            v = str(rng.randint(31000000, 89999999))
        elif style == "S8":
            v = "S00" + d(6)
        elif style == "s6":
            v = "s" + str(rng.randint(210000, 899999))          # lower case as typed
        elif style == "ss10":
            v = str(rng.randint(1, 8)) + d(9)
        elif style == "emis":
            v = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + d(7)
        elif style == "hy":
            v = str(rng.randint(101, 389)) + "-" + d(5)
        elif style == "n12":
            v = str(rng.randint(3, 7)) + d(11)
        elif style == "ms":
            v = "MS" + d(5)
        elif style == "n11":
            v = "7" + d(10)
        else:
            raise ValueError(style)
        if norm_id(v) not in USED_IDS:
            USED_IDS.add(norm_id(v))
            return v


def norm_id(v):
    return re.sub(r"[\s\-]", "", str(v)).upper()


def grade_label(g, style):
    if style == "ps":
        return g
    if style == "two":
        return "KG" if g == 0 else "%02d" % g
    if style == "ord":
        return "K" if g == 0 else {1: "1st", 2: "2nd", 3: "3rd"}.get(g, "%dth" % g)
    return "K" if g == 0 else str(g)


def make_student(rng, pool, grade, lid_style="n6", sid_style="ss10"):
    f, l = pool.name()
    dob = dt.date(2018 - grade, 9, 2) + dt.timedelta(days=rng.randint(0, 364))
    city, zp = rng.choice(CITIES)
    area = rng.choice(AREA)
    g1f, _ = pool.name()
    g2f, g2l = pool.name()
    return {
        "first": f, "last": l, "mi": rng.choice("ABCDEJKLMRST"), "grade": grade, "dob": dob,
        "gender": rng.choice("MF"), "lid": gen_id(rng, lid_style),
        "sid": gen_id(rng, sid_style) if sid_style else "",
        "addr": "%d %s" % (rng.randint(102, 9870), rng.choice(STREETS)), "city": city, "zip": zp,
        "g1": "%s %s" % (g1f, l), "g1p": phone(rng, area), "g2": "%s %s" % (g2f, rng.choice([l, g2l])),
        "g2p": phone(rng, area), "home": phone(rng, area), "lunch": rng.choice("FFRPPP"),
        "hr": "%s%d" % (rng.choice("ABC"), rng.randint(101, 128)),
    }


def students(rng, pool, n, grades, lid="n6", sid="ss10"):
    out = [make_student(rng, pool, rng.choice(grades), lid, sid) for _ in range(n)]
    out.sort(key=lambda s: (s["last"], s["first"]))
    return out


def staff(pool, n=1):
    out = []
    for _ in range(n):
        f, l = pool.name()
        out.append((f, l, "%s.%s@district.example" % (f.lower(), l.lower())))
    return out


# ----------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------
def fd(d, s):
    if s == "mdY":
        return d.strftime("%m/%d/%Y")
    if s == "mdY_np":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if s == "mdy_np":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if s == "mdy":
        return d.strftime("%m/%d/%y")
    if s == "iso":
        return d.isoformat()
    if s == "dbY":
        return d.strftime("%d-%b-%Y")
    if s == "dby":
        return d.strftime("%d-%b-%y")
    if s == "BdY":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if s == "bdY":
        return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)
    if s == "Ymd":
        return d.strftime("%Y%m%d")
    if s == "mdYd":
        return d.strftime("%m-%d-%Y")
    if s == "dBY":
        return "%d %s %d" % (d.day, d.strftime("%B"), d.year)
    raise ValueError(s)


DATE_STYLES = ["mdY", "mdY_np", "mdy_np", "mdy", "iso", "dbY", "dby", "BdY", "bdY", "Ymd", "mdYd", "dBY"]
XL_DATE_FMT = {"mdY": "mm/dd/yyyy", "mdY_np": "m/d/yyyy", "iso": "yyyy-mm-dd", "dbY": "dd-mmm-yyyy",
               "mdy": "mm/dd/yy", "dby": "d-mmm-yy", "BdY": "mmmm d, yyyy"}


def sdate(rng, a, b):
    """random school date between two ISO strings, weekdays only"""
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    while True:
        d = a + dt.timedelta(days=rng.randint(0, (b - a).days))
        if d.weekday() < 5:
            return d


# ----------------------------------------------------------------------------
# tables, forms, labels
# ----------------------------------------------------------------------------
class Table:
    """headers + rows of raw values (str/int/float/date).  datefmt: col -> text style."""

    def __init__(self, headers, rows, title=None, datefmt=None, ids=(), dobs=(), record=False,
                 widths=None, sheet=None):
        self.headers, self.rows, self.title = list(headers), [list(r) for r in rows], title
        self.datefmt = {}
        for k, v in (datefmt or {}).items():
            self.datefmt[self.col(k)] = v
        self.ids = [self.col(c) for c in ids]
        self.dobs = [self.col(c) for c in dobs]
        self.record = record
        self.widths = widths
        self.sheet = sheet

    def col(self, c):
        return c if isinstance(c, int) else self.headers.index(c)

    def cell_text(self, ci, v):
        if isinstance(v, dt.date):
            return fd(v, self.datefmt.get(ci, "mdY"))
        if isinstance(v, float):
            return ("%.2f" % v).rstrip("0").rstrip(".") if v != int(v) else "%.1f" % v
        return "" if v is None else str(v)

    def text_rows(self):
        return [[self.cell_text(i, v) for i, v in enumerate(r)] for r in self.rows]


CUR = {"rng": None}


def spec_table(spec, studs, rng=None, title=None, record=True, **kw):
    """spec: list of (header, getter, tag[, datestyle]); tag in id/dob/date/x."""
    rng = rng or CUR["rng"]
    headers = [c[0] for c in spec]
    rows = []
    for s in studs:
        rows.append([c[1](s, rng) if callable(c[1]) else s[c[1]] for c in spec])
    ids = [c[0] for c in spec if c[2] == "id"]
    dobs = [c[0] for c in spec if c[2] == "dob"]
    datefmt = {c[0]: c[3] for c in spec if len(c) > 3}
    return Table(headers, rows, title=title, datefmt=datefmt, ids=ids, dobs=dobs, record=record, **kw)


class Form:
    """A single-student document: title lines, label/value pairs, sections."""

    def __init__(self, title, org, fields, sections=(), ids=(), dobs=(), footer=None):
        self.title, self.org, self.fields = title, org, fields
        self.sections = list(sections)    # ("h", text) ("p", text) ("kv", pairs) ("t", Table)
        self.ids, self.dobs, self.footer = list(ids), list(dobs), footer


class Labels:
    def __init__(self):
        self.ids, self.dobs = [], []
        self.roster = self.record = self.prose = False

    def add_id(self, v):
        v = norm_id(v)
        if v and v not in self.ids:
            self.ids.append(v)

    def add_dob(self, d):
        v = d.isoformat()
        if v not in self.dobs:
            self.dobs.append(v)

    def table(self, t):
        for r in t.rows:
            for c in t.ids:
                if r[c] not in ("", None):
                    self.add_id(r[c])
            for c in t.dobs:
                if r[c] not in ("", None):
                    self.add_dob(r[c])
        if t.record:
            if len(t.rows) >= 5:
                self.roster = True
            elif len(t.rows) >= 1:
                self.record = True

    def form(self, f):
        for v in f.ids:
            self.add_id(v)
        for d in f.dobs:
            self.add_dob(d)
        self.record = True
        for kind, obj in f.sections:
            if kind == "t":
                # tables inside a single-student form never make a roster
                for r in obj.rows:
                    for c in obj.ids:
                        self.add_id(r[c])
                    for c in obj.dobs:
                        self.add_dob(r[c])

    def expected(self):
        out = [{"kind": "student-id", "value": v} for v in self.ids]
        out += [{"kind": "date-of-birth", "value": v} for v in self.dobs]
        if self.roster:
            out.append({"kind": "student-roster", "value": "1"})
        if self.record:
            out.append({"kind": "student-record", "value": "1"})
        return out


# ----------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------
def render_csv(t, delim=",", quote_all=False, title_lines=(), crlf=True, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                   lineterminator="\r\n" if crlf else "\n")
    for tl in title_lines:
        w.writerow([tl])
    w.writerow(t.headers)
    for r in t.text_rows():
        w.writerow(r)
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def normalize_zip(data):
    """Re-pack an OOXML zip with fixed timestamps and fixed core.xml dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = b.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                           r"\g<1>2024-08-01T12:00:00Z\g<3>", s)
                b = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def render_xlsx(sheets):
    """sheets: list of (name, Table, title_rows, xlfmt) ; dates -> real date cells."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, t, title_rows, xlfmt in sheets:
        ws = wb.create_sheet(name)
        for tr in title_rows:
            ws.append([tr])
            ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        if title_rows:
            ws.append([])
        ws.append(t.headers)
        hr = ws.max_row
        for c in range(1, len(t.headers) + 1):
            ws.cell(row=hr, column=c).font = Font(bold=True)
        for r in t.rows:
            ws.append([v for v in r])
            rr = ws.max_row
            for ci, v in enumerate(r):
                if isinstance(v, dt.date):
                    ws.cell(row=rr, column=ci + 1).number_format = xlfmt.get(ci, xlfmt.get(t.headers[ci], "mm/dd/yyyy")) \
                        if isinstance(xlfmt, dict) else xlfmt
        for ci, h in enumerate(t.headers):
            ws.column_dimensions[openpyxl.utils.get_column_letter(ci + 1)].width = max(9, min(34, len(h) + 4))
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    wb.properties.creator = "Lakeside USD"
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def render_text_table(t, mode="space", indent=""):
    rows = [t.headers] + t.text_rows()
    if mode == "tab":
        return "\n".join(indent + "\t".join(r) for r in rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(t.headers))]
    if mode == "pipe":
        lines = [indent + "| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " |" for r in rows]
        sep = indent + "|" + "|".join("-" * (w + 2) for w in widths) + "|"
        return "\n".join([lines[0], sep] + lines[1:])
    if mode == "pipe-bare":
        return "\n".join(indent + "|".join(r) for r in rows)
    lines = [indent + "  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    sep = indent + "  ".join("-" * w for w in widths)
    return "\n".join([lines[0], sep] + lines[1:])


def render_html_table(t, style=0):
    th_style = ["background:#1f4e79;color:#fff;padding:4px 8px;text-align:left",
                "background:#e8e8e8;padding:3px 6px;border:1px solid #999",
                "font-weight:bold;border-bottom:2px solid #333;padding:2px 10px"][style % 3]
    td_style = ["padding:3px 8px;border-bottom:1px solid #ddd",
                "padding:3px 6px;border:1px solid #999",
                "padding:2px 10px"][style % 3]
    out = ['<table cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">']
    if t.title:
        out.append('<caption style="text-align:left;font-weight:bold;padding:4px 0">%s</caption>' % htmlmod.escape(t.title))
    out.append("<thead><tr>" + "".join('<th style="%s">%s</th>' % (th_style, htmlmod.escape(h)) for h in t.headers) + "</tr></thead><tbody>")
    for r in t.text_rows():
        out.append("<tr>" + "".join('<td style="%s">%s</td>' % (td_style, htmlmod.escape(c)) for c in r) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def html_page(inner):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n%s\n</body></html>' % inner)


def html_paras(text):
    return "\n".join("<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>") for p in text.strip().split("\n\n"))


def render_html_form(f):
    out = ['<div style="border:1px solid #bbb;padding:12px;max-width:720px">',
           '<h2 style="margin:0 0 4px 0;font-size:18px">%s</h2>' % htmlmod.escape(f.title)]
    for o in f.org:
        out.append('<div style="color:#555">%s</div>' % htmlmod.escape(o))
    out.append('<table style="margin-top:8px;font-size:13px">')
    for i in range(0, len(f.fields), 2):
        cells = ""
        for lab, val in f.fields[i:i + 2]:
            cells += '<td style="padding:2px 6px;font-weight:bold">%s</td><td style="padding:2px 16px 2px 0">%s</td>' % (
                htmlmod.escape(lab), htmlmod.escape(val))
        out.append("<tr>%s</tr>" % cells)
    out.append("</table>")
    for kind, obj in f.sections:
        if kind == "h":
            out.append('<h3 style="font-size:15px;margin:12px 0 4px 0">%s</h3>' % htmlmod.escape(obj))
        elif kind == "p":
            out.append("<p>%s</p>" % htmlmod.escape(obj))
        elif kind == "kv":
            out.append("<table>" + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (
                htmlmod.escape(a), htmlmod.escape(b)) for a, b in obj) + "</table>")
        elif kind == "t":
            out.append(render_html_table(obj, 1))
    if f.footer:
        out.append('<p style="font-size:11px;color:#777">%s</p>' % htmlmod.escape(f.footer))
    out.append("</div>")
    return "\n".join(out)


def render_text_form(f, width=78):
    out = [f.title.upper()] + f.org + [""]
    for i in range(0, len(f.fields), 2):
        pair = f.fields[i:i + 2]
        left = "%s: %s" % pair[0]
        if len(pair) > 1:
            out.append(left.ljust(40) + "%s: %s" % pair[1])
        else:
            out.append(left)
    for kind, obj in f.sections:
        if kind == "h":
            out += ["", obj.upper()]
        elif kind == "p":
            out += [obj]
        elif kind == "kv":
            out += ["%s: %s" % kv for kv in obj]
        elif kind == "t":
            out += [render_text_table(obj, "space")]
    if f.footer:
        out += ["", f.footer]
    return "\n".join(out)


class PDF(FPDF):
    def __init__(self, orient="P", footer_text=None):
        super().__init__(orientation=orient, unit="mm", format="Letter")
        self.set_creation_date(FIXED_DOC_TIME)
        self.set_creator("Lakeside USD Reports")
        self.set_producer("Lakeside USD Reports")
        self.footer_text = footer_text
        self.set_auto_page_break(True, 15)
        self.set_margins(12, 12, 12)

    def footer(self):
        self.set_y(-11)
        self.set_font("Helvetica", "I", 7)
        self.cell(0, 5, (self.footer_text + "   " if self.footer_text else "") + "Page %d" % self.page_no(), align="R")


def _lat(s):
    return str(s).encode("latin-1", "replace").decode("latin-1")


def render_pdf_table(t, heading_lines, orient="L", font=8, footer_text=None, repeat_header=False, notes=()):
    pdf = PDF(orient, footer_text)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, _lat(heading_lines[0]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for h in heading_lines[1:]:
        pdf.cell(0, 5, _lat(h), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    rows = t.text_rows()
    avail = pdf.w - 24
    pdf.set_font("Helvetica", "", font)
    natural = [max(pdf.get_string_width(x) for x in [h] + [r[i] for r in rows]) + 3 for i, h in enumerate(t.headers)]
    scale = min(1.0, avail / sum(natural))
    widths = [w * scale for w in natural]
    lh = font * 0.5

    def header():
        pdf.set_font("Helvetica", "B", font)
        pdf.set_fill_color(225, 225, 225)
        for i, h in enumerate(t.headers):
            pdf.cell(widths[i], lh + 1, _lat(h), border=1, fill=True)
        pdf.ln()
        pdf.set_font("Helvetica", "", font)

    header()
    for r in rows:
        if pdf.get_y() + lh > pdf.h - 16:
            pdf.add_page()
            if repeat_header:
                header()
        for i, c in enumerate(r):
            pdf.cell(widths[i], lh, _lat(c), border="B")
        pdf.ln()
    for n in notes:
        pdf.ln(2)
        pdf.multi_cell(0, 4, _lat(n))
    return bytes(pdf.output())


def render_pdf_form(f, footer_text=None):
    pdf = PDF("P", footer_text)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, _lat(f.title), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for o in f.org:
        pdf.cell(0, 5, _lat(o), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    colw = (pdf.w - 24) / 2
    for i in range(0, len(f.fields), 2):
        for lab, val in f.fields[i:i + 2]:
            pdf.set_font("Helvetica", "B", 9)
            lw = pdf.get_string_width(lab + ":") + 2
            pdf.cell(lw, 6, _lat(lab + ":"))
            pdf.set_font("Helvetica", "", 9)
            pdf.cell(colw - lw, 6, _lat(val), border="B")
        pdf.ln(7)
    for kind, obj in f.sections:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_fill_color(230, 230, 230)
            pdf.cell(0, 6, _lat(obj), fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 9)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 4.5, _lat(obj), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "kv":
            for a, b in obj:
                pdf.set_font("Helvetica", "B", 9)
                pdf.cell(55, 5, _lat(a + ":"))
                pdf.set_font("Helvetica", "", 9)
                pdf.multi_cell(0, 5, _lat(b), new_x="LMARGIN", new_y="NEXT")
        elif kind == "t":
            rows = obj.text_rows()
            avail = pdf.w - 24
            nat = [max(pdf.get_string_width(x) for x in [h] + [r[i] for r in rows]) + 4 for i, h in enumerate(obj.headers)]
            sc = min(1.0, avail / sum(nat))
            ws = [w * sc for w in nat]
            pdf.set_font("Helvetica", "B", 8)
            for i, h in enumerate(obj.headers):
                pdf.cell(ws[i], 5, _lat(h), border=1)
            pdf.ln()
            pdf.set_font("Helvetica", "", 8)
            for r in rows:
                for i, c in enumerate(r):
                    pdf.cell(ws[i], 5, _lat(c), border=1)
                pdf.ln()
            pdf.ln(1)
    if f.footer:
        pdf.ln(4)
        pdf.set_font("Helvetica", "I", 8)
        pdf.multi_cell(0, 4, _lat(f.footer))
    return bytes(pdf.output())


def render_pdf_doc(title, blocks, footer_text=None, orient="P"):
    """free document: blocks are ("h", s) ("p", s) ("t", Table)."""
    f = Form(title, [], [], blocks)
    return render_pdf_form(f, footer_text)


def _docx_new():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.author = "Lakeside USD"
    cp.last_modified_by = "Lakeside USD"
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.revision = 1
    return d


def _docx_table(d, t, style="Table Grid"):
    rows = t.text_rows()
    tb = d.add_table(rows=1 + len(rows), cols=len(t.headers))
    tb.style = style
    for i, h in enumerate(t.headers):
        tb.rows[0].cells[i].text = h
        for p in tb.rows[0].cells[i].paragraphs:
            for r in p.runs:
                r.bold = True
    for ri, r in enumerate(rows):
        for ci, c in enumerate(r):
            tb.rows[ri + 1].cells[ci].text = c


def _docx_save(d):
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def render_docx_table(t, heading, paras_before=(), paras_after=()):
    d = _docx_new()
    d.add_heading(heading, level=1)
    for p in paras_before:
        d.add_paragraph(p)
    _docx_table(d, t)
    for p in paras_after:
        d.add_paragraph(p)
    return _docx_save(d)


def render_docx_form(f, grid=True):
    d = _docx_new()
    d.add_heading(f.title, level=1)
    for o in f.org:
        d.add_paragraph(o)
    if grid:
        n = (len(f.fields) + 1) // 2
        tb = d.add_table(rows=n, cols=4)
        tb.style = "Table Grid"
        for i, (lab, val) in enumerate(f.fields):
            r, c = divmod(i, 2)
            tb.rows[r].cells[c * 2].text = lab
            tb.rows[r].cells[c * 2 + 1].text = val
    else:
        for lab, val in f.fields:
            p = d.add_paragraph()
            p.add_run(lab + ": ").bold = True
            p.add_run(val)
    for kind, obj in f.sections:
        if kind == "h":
            d.add_heading(obj, level=2)
        elif kind == "p":
            d.add_paragraph(obj)
        elif kind == "kv":
            for a, b in obj:
                p = d.add_paragraph()
                p.add_run(a + ": ").bold = True
                p.add_run(b)
        elif kind == "t":
            _docx_table(d, obj)
    if f.footer:
        d.add_paragraph(f.footer)
    return _docx_save(d)


def render_docx_doc(title, blocks):
    d = _docx_new()
    d.add_heading(title, level=1)
    for kind, obj in blocks:
        if kind == "h":
            d.add_heading(obj, level=2)
        elif kind == "p":
            d.add_paragraph(obj)
        elif kind == "t":
            _docx_table(d, obj)
        elif kind == "kv":
            for a, b in obj:
                p = d.add_paragraph()
                p.add_run(a + ": ").bold = True
                p.add_run(b)
    return _docx_save(d)


def render_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


MIME = {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "zip": ("application", "zip")}


# ----------------------------------------------------------------------------
# message object
# ----------------------------------------------------------------------------
class M:
    def __init__(self, frm, to, subject, text=None, html=None, atts=(), cc=None, labels=None):
        self.frm, self.to, self.subject, self.text, self.html = frm, to, subject, text, html
        self.atts, self.cc = list(atts), cc
        self.labels = labels or Labels()

    def build(self, date, mid):
        m = EmailMessage(policy=policy.SMTP)
        m["From"] = self.frm
        m["To"] = self.to
        if self.cc:
            m["Cc"] = self.cc
        m["Subject"] = self.subject
        m["Date"] = format_datetime(date)
        m["Message-ID"] = mid
        m["MIME-Version"] = "1.0"
        if self.text is not None:
            m.set_content(self.text.replace("\r\n", "\n"))
            if self.html is not None:
                m.add_alternative(self.html, subtype="html")
        elif self.html is not None:
            m.set_content(self.html, subtype="html")
        for name, data in self.atts:
            ext = name.rsplit(".", 1)[1].lower()
            mt, st = MIME[ext]
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
        n = 0
        for part in m.walk():
            if part.is_multipart():
                n += 1
                part.set_boundary("=_lusd_%s_%d" % (re.sub(r"[^A-Za-z0-9]", "", mid)[:24], n))
        return m.as_bytes(policy=policy.SMTP)


def sig(name, title, school, rng):
    return "\n\n%s\n%s\n%s\n%s | Fax %s" % (name, title, school, phone(rng, "541"), phone(rng, "541"))


# ----------------------------------------------------------------------------
# content helpers
# ----------------------------------------------------------------------------
REG = {}
CLASSES = ["csv-attachment", "xlsx-attachment", "html-table", "plain-text", "pdf-attachment",
           "docx-attachment", "zip-archive"]


def reg(cls, kind, prose=False):
    def deco(fn):
        REG.setdefault(cls, []).append((kind, fn, prose))
        return fn
    return deco


LF = lambda s, r: "%s, %s" % (s["last"], s["first"])
LFM = lambda s, r: "%s, %s %s" % (s["last"], s["first"], s["mi"])
FL = lambda s, r: "%s %s" % (s["first"], s["last"])
def G(st="plain"):
    return lambda s, r: grade_label(s["grade"], st)


def who(p):
    return "%s %s <%s>" % p


def parent_addr(rng, s):
    dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"])
    first = s["g1"].split()[0]
    return "%s %s <%s.%s%d@%s>" % (first, s["last"], first.lower(), s["last"].lower(), rng.randint(1, 99), dom)


def stu_addr(s):
    return "%s %s <%s.%s%s@students.district.example>" % (s["first"], s["last"], s["first"].lower(),
                                                          s["last"].lower(), s["lid"][-2:] if False else "")


def lab(*objs):
    L = Labels()
    for o in objs:
        if isinstance(o, Table):
            L.table(o)
        elif isinstance(o, Form):
            L.form(o)
    return L


def before(rng, D, lo, hi):
    while True:
        d = D.date() - dt.timedelta(days=rng.randint(lo, hi))
        if d.weekday() < 5:
            return d


def school_for(rng, level):
    return rng.choice({"e": ELEM, "m": MIDDLE, "h": HIGH}[level])


GR = {"e": range(0, 6), "m": range(6, 9), "h": range(9, 13), "k8": range(0, 9)}
MARKS = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D", "F"]
ELEM_MARKS = ["4", "3", "3", "3", "2", "2", "1"]
ABS_CODES = ["A", "AE", "AU", "T", "TU", "ILL", "MED"]
CONDITIONS = ["Peanut allergy (EpiPen)", "Asthma - albuterol inhaler", "Type 1 diabetes", "Seizure disorder",
              "Bee sting allergy", "Tree nut allergy", "ADHD - methylphenidate at noon", "Dairy intolerance",
              "Migraines", "Celiac disease"]
DISAB = ["SLD", "SLI", "OHI", "AUT", "ED", "ID", "DD", "HI"]
DISAB_LONG = ["Specific Learning Disability", "Speech/Language Impairment", "Other Health Impairment",
              "Autism", "Emotional Disturbance", "Developmental Delay"]
BEHAV = ["Defiance/insubordination", "Physical aggression", "Disruption", "Inappropriate language",
         "Bus misconduct", "Cell phone violation", "Fighting", "Harassment/bullying", "Skipping class",
         "Vandalism"]
ACTIONS = ["Parent contact", "Lunch detention", "After-school detention", "ISS 1 day", "OSS 1 day",
           "OSS 3 days", "Loss of recess", "Restorative conference", "Bus suspension 2 days"]


# ============================================================================
# class: csv-attachment
# ============================================================================
C = "csv-attachment"


@reg(C, "R")
def csv_r_ps_demo(rng, P, D):
    sch = school_for(rng, "e")
    ss = students(rng, P, 28, GR["e"], "n6", "ss10")
    t = spec_table([("Student_Number", "lid", "id"), ("State_StudentNumber", "sid", "id"), ("LastFirst", LFM, "x"),
                    ("Grade_Level", G("ps"), "x"), ("DOB", "dob", "dob", "mdY"), ("Gender", "gender", "x"),
                    ("Street", "addr", "x"), ("City", "city", "x"), ("Zip", "zip", "x"), ("Home_Phone", "home", "x"),
                    ("EntryDate", lambda s, r: dt.date(2024, 8, 26), "x", "mdY")], ss)
    a, b = staff(P, 2)
    body = ("Hi %s,\n\nAttached is the PowerSchool export of new enrollments at %s since the first day "
            "(Student_Number, state number, DOB, address). Please load these into the library system.\n\n"
            "Thank you,%s") % (b[0], sch, sig("%s %s" % a[:2], "Registrar", sch, rng))
    return M(who(a), who(b), "New enrollments export - %s" % sch, text=body,
             atts=[("ps_student_export.csv", render_csv(t, quote_all=True))], labels=lab(t))


@reg(C, "R")
def csv_r_sky_att(rng, P, D):
    sch = school_for(rng, "m")
    ss = students(rng, P, 15, GR["m"], "n7", None)
    t = spec_table([("Stu ID", "lid", "id"), ("Student Name", LFM, "x"), ("Grd", G("two"), "x"),
                    ("Days Enrolled", lambda s, r: 62, "x"), ("Days Absent", lambda s, r: r.randint(6, 19), "x"),
                    ("Excused", lambda s, r: r.randint(1, 5), "x"), ("Unexcused", lambda s, r: r.randint(4, 12), "x"),
                    ("Tardies", lambda s, r: r.randint(0, 9), "x")], ss)
    a, b = staff(P, 2)
    body = ("%s,\n\nSkyward attendance extract for the chronic absence meeting Thursday: all students at "
            "%s with 10%% or more absences this term. Rows are sorted by last name.\n\n%s") % (
        b[0], sch, "%s %s\nAttendance Secretary, %s" % (a[0], a[1], sch))
    return M(who(a), who(b), "Chronic absence list (Skyward)", text=body,
             atts=[("ChronicAbsence_Term1.csv", render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_map_noname(rng, P, D):
    ss = students(rng, P, 20, GR["m"], "n8", None)
    term = "Fall 2024-2025"
    t = spec_table([("TermName", lambda s, r: term, "x"), ("StudentID", "lid", "id"),
                    ("Subject", lambda s, r: "Mathematics", "x"), ("TestDate", lambda s, r: dt.date(2024, 9, 18), "x", "mdY_np"),
                    ("TestRITScore", lambda s, r: r.randint(196, 247), "x"), ("TestPercentile", lambda s, r: r.randint(3, 98), "x"),
                    ("RITtoReadingScore", lambda s, r: "", "x"), ("FallToWinterProjectedGrowth", lambda s, r: r.randint(3, 9), "x")], ss)
    a, b = staff(P, 2)
    body = ("Hi %s,\n\nAs discussed, here are the fall MAP Math results for the 7th grade intervention pool, keyed by "
            "student ID only (names stripped). Use the IDs to match against your section rosters.\n\n%s %s\nAssessment Coordinator") % (
        b[0], a[0], a[1])
    return M(who(a), who(b), "MAP Fall Math - intervention pool (IDs only)", text=body,
             atts=[("AssessmentResults_Fall.csv", render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_meal(rng, P, D):
    sch = school_for(rng, "e")
    ss = students(rng, P, 12, GR["e"], "n5", None)
    t = spec_table([("Student ID", "lid", "id"), ("Last Name", "last", "x"), ("First Name", "first", "x"),
                    ("Grade", G(), "x"), ("Meal Status", lambda s, r: r.choice(["F", "F", "R"]), "x"),
                    ("Source", lambda s, r: r.choice(["Direct Cert - SNAP", "Application", "Direct Cert - Medicaid"]), "x"),
                    ("Eligibility Date", lambda s, r: dt.date(2024, 8, 29), "x", "mdY")], ss)
    a, b = staff(P, 2)
    body = ("Good morning,\n\nThe students below at %s were approved for free/reduced meals this week. Please update "
            "the POS and keep this list confidential.\n\n%s %s\nNutrition Services") % (sch, a[0], a[1])
    return M(who(a), who(b), "F/R approvals week of %s" % D.strftime("%m/%d"), text=body,
             atts=[("FR_approvals.csv", render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_immun(rng, P, D):
    sch = school_for(rng, "m")
    ss = students(rng, P, 10, [6, 7], "n6", "ms")
    t = spec_table([("LASID", "lid", "id"), ("SASID", "sid", "id"), ("Student", FL, "x"), ("Gr", G(), "x"),
                    ("Tdap", lambda s, r: r.choice(["", "Y", "Y"]), "x"), ("MenACWY", lambda s, r: r.choice(["", "N", "Y"]), "x"),
                    ("MMR x2", lambda s, r: r.choice(["Y", "Y", "N"]), "x"), ("Varicella", lambda s, r: r.choice(["Y", "Hx", "N"]), "x"),
                    ("Status", lambda s, r: r.choice(["Exclusion pending", "Conditional", "Missing records"]), "x")], ss)
    a, b = staff(P, 2)
    body = ("%s -\n\nAttached are the 6th/7th graders still out of compliance for required immunizations. "
            "Exclusion letters go home Friday. Aspen export, LASID and SASID included for the state report.\n\n%s %s, RN") % (
        b[0], a[0], a[1])
    return M(who(a), who(b), "Immunization noncompliance - %s" % sch, text=body,
             atts=[("immunization_noncompliant.csv", render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_gradebook(rng, P, D):
    ss = students(rng, P, 24, [8], "S8", None)
    spec = [("Student Name", LF, "x"), ("Perm ID", "lid", "id")]
    for i, n in enumerate(["Lab 1", "Quiz 2", "Unit 1 Test", "HW Set 3", "Project"]):
        spec.append((n, (lambda s, r: r.randint(55, 100)), "x"))
    spec += [("Percent", lambda s, r: round(r.uniform(58, 99), 1), "x"), ("Mark", lambda s, r: r.choice(MARKS), "x")]
    t = spec_table(spec, ss)
    a, b = staff(P, 2)
    body = ("Hi %s,\n\nHere's my gradebook export for Science 8, Period 3, for the progress report check. "
            "Missing work is counted as 50.\n\nThanks!\n%s") % (b[0], a[0])
    return M(who(a), who(b), "Sci 8 P3 gradebook export", text=body,
             atts=[("Sci8_P3_grades.csv", render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_disc_small(rng, P, D):
    ss = students(rng, P, 1, GR["m"], "n6", None)
    s = ss[0]
    rows = []
    for i in range(3):
        rows.append([rng.randint(24000, 24999), before(rng, D, 3, 60), s["lid"], "%s, %s" % (s["last"], s["first"]),
                     s["grade"], rng.choice(BEHAV), rng.choice(ACTIONS)])
    rows.sort(key=lambda r: r[1])
    t = Table(["Incident #", "Incident Date", "Student Number", "Student", "Grade", "Behavior", "Action Taken"],
              rows, datefmt={"Incident Date": "mdY"}, ids=["Student Number"], record=True)
    a, b = staff(P, 2)
    body = ("%s,\n\nBefore Monday's re-entry meeting, here is %s's incident history pulled from PowerSchool "
            "Log Entries. Three referrals since %s.\n\n%s %s\nAssistant Principal") % (
        b[0], s["first"], rows[0][1].strftime("%B"), a[0], a[1])
    return M(who(a), who(b), "Incident history for re-entry meeting", text=body,
             atts=[("log_entries_%s.csv" % s["last"].lower(), render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_bus(rng, P, D):
    ss = students(rng, P, 18, GR["e"], "n6", None)
    bus = rng.randint(3, 41)
    t = spec_table([("Bus", lambda s, r: bus, "x"), ("Stop", lambda s, r: r.randint(1, 9), "x"),
                    ("Student", FL, "x"), ("Gr", G(), "x"), ("Home Address", lambda s, r: "%s, %s %s" % (s["addr"], s["city"], s["zip"]), "x"),
                    ("Guardian", "g1", "x"), ("Guardian Phone", "g1p", "x")], ss)
    t.rows.sort(key=lambda r: r[1])
    a, b = staff(P, 2)
    body = ("Driver packet for Bus %d attached (riders, home addresses and guardian phones). Please have it on the bus "
            "by Monday.\n\n%s %s\nTransportation Dispatch\n%s") % (bus, a[0], a[1], phone(rng, "541"))
    return M(who(a), who(b), "Bus %d rider list" % bus, text=body, atts=[("bus%d_riders.csv" % bus, render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_sports(rng, P, D):
    ss = students(rng, P, 14, [7, 8], "n6", None)
    t = spec_table([("Last", "last", "x"), ("First", "first", "x"), ("Grade", G(), "x"), ("Birth Date", "dob", "dob", "mdy_np"),
                    ("Parent/Guardian", "g1", "x"), ("Contact 1 Cell", "g1p", "x"), ("Contact 2 Cell", "g2p", "x"),
                    ("Physical on file", lambda s, r: r.choice(["Y", "Y", "N"]), "x")], ss)
    a, b = staff(P, 2)
    body = ("Coach %s,\n\nRoster for the league eligibility form is attached - birth dates are needed for the age check, "
            "and the parent cells are for your phone tree.\n\n%s\nAthletics Secretary") % (b[1], a[0])
    return M(who(a), who(b), "Girls volleyball roster for eligibility", text=body,
             atts=[("VB_roster.csv", render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_iready(rng, P, D):
    ss = students(rng, P, 22, [3, 4], "n5", None)
    t = spec_table([("Student ID", "lid", "id"), ("Student Last Name", "last", "x"), ("Student First Name", "first", "x"),
                    ("Student Grade", G(), "x"), ("Start Date", lambda s, r: dt.date(2024, 9, 10), "x", "mdY"),
                    ("Overall Scale Score", lambda s, r: r.randint(398, 560), "x"),
                    ("Overall Relative Placement", lambda s, r: r.choice(["Early On Grade Level", "1 Grade Level Below", "2 Grade Levels Below", "Mid or Above Grade Level"]), "x"),
                    ("Percentile", lambda s, r: r.randint(2, 97), "x")], ss)
    a, b = staff(P, 2)
    body = ("Team,\n\nDiagnostic 1 reading results for grades 3-4 are attached for data meetings.\n\n%s %s\nInstructional Coach") % (a[0], a[1])
    return M(who(a), who(b), "i-Ready Diagnostic 1 Reading - Gr 3/4", text=body,
             atts=[("diagnostic_results_ela.csv", render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_sped(rng, P, D):
    ss = students(rng, P, 9, GR["k8"], "n6", "ss10")
    t = spec_table([("SSID", "sid", "id"), ("Student", LF, "x"), ("Gr", G(), "x"), ("Primary Disability", lambda s, r: r.choice(DISAB), "x"),
                    ("Case Mgr", lambda s, r: r.choice(["Ortiz", "Lam", "Becker"]), "x"),
                    ("Annual IEP Due", lambda s, r: sdate(r, "2025-01-06", "2025-05-30"), "x", "mdY"),
                    ("SAI Min/Wk", lambda s, r: r.choice([60, 90, 120, 150, 240]), "x"), ("Speech Min/Mo", lambda s, r: r.choice([0, 60, 90, 120]), "x")], ss)
    a, b = staff(P, 2)
    body = "%s,\n\nUpdated caseload with CALPADS SSIDs for the December count is attached. Please verify minutes.\n\n%s" % (b[0], a[0])
    return M(who(a), who(b), "Caseload update - Dec count", text=body,
             atts=[("caseload_dec.csv", render_csv(t))], labels=lab(t))


@reg(C, "R")
def csv_r_health_trip(rng, P, D):
    ss = students(rng, P, 3, [5], "n6", None)
    t = spec_table([("Student", FL, "x"), ("ID #", "lid", "id"), ("Condition", lambda s, r: r.choice(CONDITIONS), "x"),
                    ("Med to carry", lambda s, r: r.choice(["EpiPen Jr x2", "Albuterol inhaler", "Glucagon kit"]), "x"),
                    ("Parent Phone", "g1p", "x")], ss)
    a, b = staff(P, 2)
    body = ("Hi %s,\n\nFor Friday's outdoor school trip, these three 5th graders need medication carried by a trained adult. "
            "Details attached; the meds will be in the red bag.\n\n%s, School Nurse") % (b[0], a[0])
    return M(who(a), who(b), "Outdoor school - students needing meds", text=body,
             atts=[("trip_health.csv", render_csv(t))], labels=lab(t))


# ---- look-alikes --------------------------------------------------------------
def staff_rows(rng, P, n, id_style="emp"):
    rows = []
    for _ in range(n):
        f, l = P.name()
        rows.append([str(rng.randint(100200, 189999)) if id_style == "emp" else "E%05d" % rng.randint(1000, 99999),
                     l, f, rng.choice(["Teacher", "Para", "Custodian", "Secretary", "Counselor", "Librarian", "SLP", "Cook"]),
                     rng.choice(ELEM + MIDDLE), sdate(rng, "2003-08-01", "2024-08-15"), "x%d" % rng.randint(2100, 2999)])
    return rows


@reg(C, "L")
def csv_l_staff(rng, P, D):
    t = Table(["Employee ID", "Last", "First", "Position", "Building", "Hire Date", "Work Ext"], staff_rows(rng, P, 25),
              datefmt={"Hire Date": "mdY"})
    a, b = staff(P, 2)
    return M(who(a), who(b), "Classified/certified staff list for badges",
             text="%s,\n\nHere is the staff list HR pulled for the new badge system. Hire dates are needed for the badge color.\n\n%s\nHuman Resources" % (b[0], a[0]),
             atts=[("staff_badges.csv", render_csv(t))])


@reg(C, "L")
def csv_l_invoice(rng, P, D):
    items = [("Composition notebooks, wide ruled", 2.15), ("Dry erase markers 12pk", 9.80), ("Copy paper, case", 41.00),
             ("Glue sticks 30ct", 11.25), ("Headphones, classroom", 6.40), ("Pencils #2 144ct", 14.99), ("Tissues 36ct", 38.50)]
    inv = "INV-%d" % rng.randint(300000, 399999)
    rows = [[inv, "PO-25-%05d" % rng.randint(100, 9999), "ACCT %d" % rng.randint(440000, 449999), d, q, p, round(q * p, 2),
             dt.date(2024, 10, rng.randint(1, 28))] for d, p in items for q in [rng.randint(2, 40)]]
    t = Table(["Invoice No", "PO Number", "Customer Acct", "Description", "Qty", "Unit Price", "Ext Price", "Ship Date"], rows,
              datefmt={"Ship Date": "mdY"})
    return M("Acme School Supply Billing <billing@acmeschoolsupply.example>", "accounts.payable@district.example",
             "Invoice %s - Lakeside USD" % inv,
             text="Please find invoice %s attached for your recent order. Terms Net 30. Remit to 4400 Commerce Pkwy, Suite 210, Salem, OR 97301.\n\nAcme School Supply\n%s" % (inv, phone(rng, "503")),
             atts=[("%s.csv" % inv, render_csv(t))])


def catalog_table(rng, middle=True):
    courses = [("Art 6", "6"), ("Band - Beginning", "6-8"), ("Choir", "6-8"), ("Coding & Robotics", "7-8"), ("Spanish 1A", "7-8"),
               ("Math 7 Accelerated", "7"), ("Science 8", "8"), ("Leadership", "8"), ("Drama", "6-8"), ("Health & PE", "6-8"),
               ("Yearbook", "7-8"), ("Study Skills", "6-8")] if middle else \
              [("English 9", "9"), ("Algebra 1", "9-10"), ("Biology", "9-10"), ("US History", "11"), ("AP Calculus AB", "11-12"),
               ("Ceramics 1", "9-12"), ("Spanish 2", "9-12"), ("Chemistry", "10-12"), ("Economics", "12"), ("Welding 1", "10-12")]
    rows = []
    for name, gr in courses:
        rows.append(["%d%03d" % (rng.randint(1, 9), rng.randint(0, 999)), name, "Grade " + gr,
                     rng.choice([0.5, 1.0]) if not middle else rng.choice(["Sem", "Year"]), rng.choice(["", "", "Teacher rec.", "Math 6"])])
    return Table(["Course Number", "Course Title", "Grades", "Credits" if not middle else "Length", "Prerequisite"], rows)


@reg(C, "L")
def csv_l_catalog(rng, P, D):
    t = catalog_table(rng, True)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Elective catalog for forecasting",
             text="Attached is the 2025-26 elective list for the forecasting sheets. Course numbers match PowerSchool.\n\n%s" % a[0],
             atts=[("electives_2025-26.csv", render_csv(t))])


def bus_sched_table(rng, route):
    rows = []
    t0 = dt.datetime(2024, 9, 3, 6, 52)
    for i in range(1, 12):
        t0 += dt.timedelta(minutes=rng.randint(2, 6))
        pm = dt.datetime(2024, 9, 3, 15, 5) + dt.timedelta(minutes=4 * i + rng.randint(0, 3))
        rows.append([route, i, "%d %s" % (rng.randint(100, 9800), rng.choice(STREETS)) if i % 3 else "%s & %s" % (
            rng.choice(STREETS), rng.choice(STREETS)), t0.strftime("%I:%M %p"), pm.strftime("%I:%M %p")])
    return Table(["Route", "Stop #", "Stop Location", "AM Pickup", "PM Drop"], rows)


@reg(C, "L")
def csv_l_bussched(rng, P, D):
    r = rng.randint(10, 44)
    t = bus_sched_table(rng, r)
    a, b = staff(P, 2)
    return M(who(a), "frontoffice.cedarridge@district.example", "Route %d stop times (revised)" % r,
             text="Revised stop times for Route %d start Monday. Please post for families.\n\nTransportation\n%s" % (r, phone(rng, "541")),
             atts=[("route_%d_stops.csv" % r, render_csv(t))])


@reg(C, "L")
def csv_l_enrollcount(rng, P, D):
    rows = []
    for sch in ELEM + MIDDLE:
        g = GR["e"] if sch in ELEM else ([6, 7, 8] if "Middle" in sch else range(0, 9))
        counts = [rng.randint(38, 140) for _ in g]
        rows.append([sch, rng.randint(101, 899)] + ["%d" % c for c in counts] + [""] * (9 - len(counts)) + [sum(counts)])
    t = Table(["School", "School Code", "K", "1", "2", "3", "4", "5", "6", "7", "8", "Total"], [r[:2] + r[2:11] + [r[-1]] for r in rows])
    a, b = staff(P, 2)
    return M(who(a), who(b), "Day 10 enrollment counts by grade",
             text="Day 10 counts by school and grade. Board packet version.\n\n%s\nResearch & Assessment" % a[0],
             atts=[("day10_counts.csv", render_csv(t))])


@reg(C, "L")
def csv_l_homeroom(rng, P, D):
    ss = students(rng, P, 26, [4], "n6", None)
    t = spec_table([("Student", FL, "x"), ("Grade", G(), "x"), ("Homeroom", lambda s, r: r.choice(["Rm 14", "Rm 15", "Rm 17"]), "x"),
                    ("Teacher", lambda s, r: r.choice(["Mrs. Dawkins", "Mr. Okafor", "Ms. Lindqvist"]), "x")], ss, record=False)
    a, b = staff(P, 2)
    return M(who(a), who(b), "4th grade class placements for Meet the Teacher",
             text="Here are the 4th grade homeroom placements to post on the doors for Meet the Teacher night.\n\n%s" % a[0],
             atts=[("gr4_placements.csv", render_csv(t))])


@reg(C, "L")
def csv_l_subs(rng, P, D):
    rows = []
    for _ in range(14):
        af, al = P.name()
        sf, sl = P.name()
        rows.append([sdate(rng, "2024-10-01", "2024-10-31"), "%s, %s" % (al, af), rng.randint(100200, 189999),
                     rng.choice(ELEM + MIDDLE), "%s, %s" % (sl, sf), "SUB%d" % rng.randint(1000, 9999), rng.randint(7000000, 7999999),
                     rng.choice(["Full day", "AM half", "PM half"])])
    rows.sort(key=lambda r: r[0])
    t = Table(["Date", "Absent Employee", "Emp ID", "Location", "Substitute", "Sub ID", "Job Number", "Duration"], rows, datefmt={"Date": "mdY"})
    a, b = staff(P, 2)
    return M(who(a), who(b), "October sub fill report",
             text="October absence/sub fill report from Frontline attached.\n\n%s" % a[0], atts=[("sub_fills_oct.csv", render_csv(t))])


@reg(C, "L")
def csv_l_tickets(rng, P, D):
    rows = [["HD-%d" % rng.randint(40000, 49999), sdate(rng, "2024-09-03", "2024-11-20"), rng.choice(ELEM + MIDDLE),
             "Rm %d" % rng.randint(100, 230), rng.choice(["Projector", "Chromebook cart", "Printer", "Wi-Fi", "Doc camera", "Phone"]),
             rng.choice(["Open", "Closed", "Waiting on parts"])] for _ in range(18)]
    t = Table(["Ticket #", "Opened", "Site", "Room", "Category", "Status"], rows, datefmt={"Opened": "iso"})
    return M("helpdesk@district.example", "techleads@district.example", "Weekly open ticket export",
             text="Automated export of help desk tickets. Do not reply.", atts=[("tickets.csv", render_csv(t))])


def grade_dist_table(rng, teachers=True):
    rows = []
    for c in ["Math 6", "Math 7", "Math 8", "ELA 6", "ELA 7", "ELA 8", "Sci 7", "SS 8"]:
        n = [rng.randint(2, 30) for _ in range(5)]
        rows.append([c, "%d-%02d" % (rng.randint(1100, 1400), rng.randint(1, 6)), rng.choice(["Holloway", "Pruitt", "Kimura", "Stanek"]),
                     sum(n)] + n + [round(rng.uniform(68, 88), 1)])
    return Table(["Course", "Section", "Teacher", "Enrolled", "A", "B", "C", "D", "F", "Avg %"], rows)


@reg(C, "L")
def csv_l_graddist(rng, P, D):
    t = grade_dist_table(rng)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Q1 grade distribution by section",
             text="Q1 grade distribution by section (counts only) for the PLC leads.\n\n%s" % a[0],
             atts=[("q1_grade_distribution.csv", render_csv(t))])


@reg(C, "L")
def csv_l_library(rng, P, D):
    rows = [["Rm %d" % r, rng.choice(["Dawkins", "Okafor", "Lindqvist", "Zeller", "Kimura"]), rng.randint(18, 28),
             rng.randint(40, 160), rng.randint(0, 14), round(rng.uniform(1.5, 6.0), 1)] for r in range(101, 113)]
    t = Table(["Homeroom", "Teacher", "Students", "Checkouts", "Overdue", "Avg/Student"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Library circulation by homeroom - Sept",
             text="Circulation totals by homeroom for September.\n\n%s\nLibrary Media" % a[0], atts=[("circ_sept.csv", render_csv(t))])


@reg(C, "L")
def csv_l_club(rng, P, D):
    ss = students(rng, P, 21, GR["m"], "n6", None)
    t = spec_table([("Last Name", "last", "x"), ("First Name", "first", "x"), ("Grade", G(), "x"),
                    ("Club", lambda s, r: r.choice(["Robotics", "Art Club", "Chess"]), "x"),
                    ("T-Shirt Size", lambda s, r: r.choice(["YM", "YL", "AS", "AM", "AL"]), "x")], ss, record=False)
    a, b = staff(P, 2)
    return M(who(a), "orders@riverprintshop.example", "Club shirt order - sizes",
             cc=who(b), text="Hello,\n\nAttached are names and sizes for the club shirt order (names go on the back). PO to follow.\n\n%s" % a[0],
             atts=[("club_shirts.csv", render_csv(t))])


# ============================================================================
# class: xlsx-attachment
# ============================================================================
C = "xlsx-attachment"


def X(name, t, title_rows=(), fmt="mm/dd/yyyy"):
    return (name, t, list(title_rows), fmt)


@reg(C, "R")
def x_r_ic_enroll(rng, P, D):
    sch = school_for(rng, "m")
    ss = students(rng, P, 30, GR["m"], "n7", "ss10")
    t = spec_table([("studentNumber", "lid", "id"), ("stateID", "sid", "id"), ("lastName", "last", "x"), ("firstName", "first", "x"),
                    ("grade", G("two"), "x"), ("birthdate", "dob", "dob"), ("gender", "gender", "x"),
                    ("startDate", lambda s, r: sdate(r, "2024-08-26", "2024-10-15"), "x"), ("startStatus", lambda s, r: r.choice(["E1", "E2", "R1"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Enrollment detail - %s" % sch,
             text="Hi %s,\n\nInfinite Campus enrollment detail for %s is attached (title row on top, data starts row 3).\n\n%s" % (b[0], sch, a[0]),
             atts=[("EnrollmentDetail.xlsx", render_xlsx([X("Enrollment", t, ["Enrollment Detail - %s - Run %s" % (sch, D.strftime("%m/%d/%Y"))], "m/d/yyyy")]))],
             labels=lab(t))


@reg(C, "R")
def x_r_gradebook2(rng, P, D):
    tabs = []
    for per in ["Per 2", "Per 4"]:
        ss = students(rng, P, rng.randint(20, 27), [7], "n6", None)
        tabs.append(spec_table([("Student", LF, "x"), ("Student #", "lid", "id"), ("Q1 %", lambda s, r: round(r.uniform(55, 99), 1), "x"),
                                ("Q1 Mark", lambda s, r: r.choice(MARKS), "x"), ("Missing", lambda s, r: r.randint(0, 7), "x"),
                                ("Citizenship", lambda s, r: r.choice(["O", "S", "S", "N"]), "x")], ss))
    a, b = staff(P, 2)
    return M(who(a), who(b), "Q1 grades - both ELA 7 sections",
             text="%s,\n\nBoth of my ELA 7 sections are in the workbook, one tab each. Let me know if the counselor needs comments too.\n\n%s" % (b[0], a[0]),
             atts=[("ELA7_Q1.xlsx", render_xlsx([X(n, t) for n, t in zip(["Per 2", "Per 4"], tabs)]))], labels=lab(*tabs))


@reg(C, "R")
def x_r_aspen_sims(rng, P, D):
    ss = students(rng, P, 16, GR["k8"], "n6", "n11")
    t = spec_table([("SASID", "sid", "id"), ("LASID", "lid", "id"), ("Last Name", "last", "x"), ("First Name", "first", "x"),
                    ("DOB", "dob", "dob"), ("Grade", G("two"), "x"), ("SPED", lambda s, r: r.choice(["Y", "N", "N"]), "x"),
                    ("504", lambda s, r: r.choice(["Y", "N", "N", "N"]), "x"), ("EL", lambda s, r: r.choice(["Y", "N"]), "x"),
                    ("Low Income", lambda s, r: r.choice(["01", "00"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "SIMS October errors - records to fix",
             text="These SIMS records failed validation (DOB/SASID mismatch). Please correct in Aspen by Friday.\n\n%s\nData Specialist" % a[0],
             atts=[("SIMS_Oct_errors.xlsx", render_xlsx([X("Errors", t, [], "yyyy-mm-dd")]))], labels=lab(t))


@reg(C, "R")
def x_r_nurselog(rng, P, D):
    ss = students(rng, P, 16, GR["e"], "n5", None)
    t = spec_table([("Visit Date", lambda s, r: before(r, D, 1, 12), "x"), ("Time In", lambda s, r: "%d:%02d" % (r.choice([8, 9, 10, 11, 12, 1, 2]), r.randint(0, 59)), "x"),
                    ("Student", FL, "x"), ("Gr", G(), "x"), ("Complaint", lambda s, r: r.choice(["Headache", "Stomachache", "Scraped knee", "Asthma sx", "Fever 100.8", "Bloody nose", "Blood sugar check"]), "x"),
                    ("Treatment", lambda s, r: r.choice(["Rest 15 min", "Ice pack", "Inhaler 2 puffs", "Bandage", "Called parent", "Snack/juice"]), "x"),
                    ("Disposition", lambda s, r: r.choice(["Returned to class", "Sent home", "Returned to class"]), "x")], ss)
    t.rows.sort(key=lambda r: r[0])
    a, b = staff(P, 2)
    return M(who(a), who(b), "Health room log - last two weeks",
             text="%s,\n\nHealth room log for the last two weeks is attached for your review.\n\n%s\nHealth Aide" % (b[0], a[0]),
             atts=[("health_room_log.xlsx", render_xlsx([X("Log", t, [], "m/d/yyyy")]))], labels=lab(t))


@reg(C, "R")
def x_r_truancy(rng, P, D):
    ss = students(rng, P, 8, GR["m"], "hy", None)
    t = spec_table([("Student ID", "lid", "id"), ("Name", LF, "x"), ("Grade", G(), "x"), ("Unexcused Absences", lambda s, r: r.randint(5, 14), "x"),
                    ("Letter 1 Sent", lambda s, r: before(r, D, 10, 30), "x"), ("SART Date", lambda s, r: before(r, D, -10, 2), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Truancy letters - SART scheduling",
             text="Students with 5+ unexcused absences and their letter dates. SART meetings are scheduled in column F.\n\n%s" % a[0],
             atts=[("truancy_tracking.xlsx", render_xlsx([X("Tracking", t, ["Attendance Intervention Tracking 2024-25"], "mm/dd/yy")]))], labels=lab(t))


@reg(C, "R")
def x_r_state_test(rng, P, D):
    ss = students(rng, P, 26, [6, 7, 8], "n6", "ss10")
    t = spec_table([("SSID", "sid", "id"), ("Local ID", "lid", "id"), ("Last Name", "last", "x"), ("First Name", "first", "x"), ("Grade", G(), "x"),
                    ("ELA Scale Score", lambda s, r: r.randint(2380, 2720), "x"), ("ELA Level", lambda s, r: r.randint(1, 4), "x"),
                    ("Math Scale Score", lambda s, r: r.randint(2390, 2740), "x"), ("Math Level", lambda s, r: r.randint(1, 4), "x")], ss)
    summ = Table(["Level", "ELA count", "Math count"], [[i, sum(1 for r in t.rows if r[6] == i), sum(1 for r in t.rows if r[8] == i)] for i in range(1, 5)])
    a, b = staff(P, 2)
    return M(who(a), who(b), "Spring SBA student scores - your students",
             text="%s,\n\nSpring state test results for your incoming students. Tab 1 is student-level, tab 2 is a summary.\n\n%s" % (b[0], a[0]),
             atts=[("SBA_scores.xlsx", render_xlsx([X("Students", t), X("Summary", summ)]))], labels=lab(t))


@reg(C, "R")
def x_r_progress_one(rng, P, D):
    s = students(rng, P, 1, [3], "n6", None)[0]
    rows = [[before(rng, D, 7 * k, 7 * k), rng.randint(38, 72), 70, "ORF probe %d" % (8 - k)] for k in range(8, 0, -1)]
    t = Table(["Probe Date", "WCPM", "Goal", "Probe"], rows, record=True)
    hdr = Table(["Field", "Value"], [["Student", "%s %s" % (s["first"], s["last"])], ["Student ID", s["lid"]],
                                     ["IEP Goal", "Reading fluency: 70 WCPM with 95% accuracy by annual review"]], ids=[], record=True)
    hdr_ids = Labels()
    L = lab(hdr)
    L.add_id(s["lid"])
    L.record = True
    a, b = staff(P, 2)
    return M(who(a), who(b), "%s - fluency progress monitoring" % s["first"],
             text="Attached is %s's progress monitoring for the IEP progress report. Trend line is on the chart tab.\n\n%s\nLearning Specialist" % (s["first"], a[0]),
             atts=[("%s_PM.xlsx" % s["last"], render_xlsx([X("Student", hdr), X("Data", t, [], "m/d")]))], labels=L)


@reg(C, "R")
def x_r_transport2(rng, P, D):
    tabs = []
    for n in ["AM", "PM"]:
        ss = students(rng, P, rng.randint(9, 14), GR["e"], "n6", None)
        tabs.append(spec_table([("Name", LF, "x"), ("Grade", G(), "x"), ("Street Address", "addr", "x"), ("City", "city", "x"),
                                ("Zip", "zip", "x"), ("Stop", lambda s, r: r.randint(1, 8), "x"), ("Guardian1_Phone", "g1p", "x")], ss))
    a, b = staff(P, 2)
    return M(who(a), who(b), "Route 22 AM/PM rider sheets",
             text="AM and PM rider sheets for Route 22 (two tabs).\n\n%s\nTransportation" % a[0],
             atts=[("Route22_riders.xlsx", render_xlsx([X(n, t) for n, t in zip(["AM", "PM"], tabs)]))], labels=lab(*tabs))


@reg(C, "R")
def x_r_directcert(rng, P, D):
    ss = students(rng, P, 19, GR["k8"], "n8", None)
    t = spec_table([("Other ID", "lid", "id"), ("Student Name", LFM, "x"), ("Birth Date", "dob", "dob"), ("Grade", G("two"), "x"),
                    ("Entity", lambda s, r: r.choice(["010", "020", "030"]), "x"), ("Match Type", lambda s, r: r.choice(["SNAP", "TANF", "Medicaid-F"]), "x"),
                    ("Meal Code", lambda s, r: "F", "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Direct certification matches - Nov",
             text="November direct certification matches from Skyward. All are Free. Please process.\n\n%s" % a[0],
             atts=[("DC_matches_Nov.xlsx", render_xlsx([X("Matches", t, ["Skyward Direct Certification Match Report"], "dd-mmm-yyyy")]))], labels=lab(t))


@reg(C, "R")
def x_r_discipline(rng, P, D):
    ss = students(rng, P, 12, GR["m"], "n6", None)
    t = spec_table([("Incident #", lambda s, r: r.randint(250100, 250999), "x"), ("Date", lambda s, r: before(r, D, 1, 40), "x"),
                    ("Student ID", "lid", "id"), ("Student Name", FL, "x"), ("Grade", G(), "x"), ("Behavior", lambda s, r: r.choice(BEHAV), "x"),
                    ("Action", lambda s, r: r.choice(ACTIONS), "x"), ("Days OSS", lambda s, r: r.choice([0, 0, 1, 3]), "x"),
                    ("Staff Emp #", lambda s, r: r.randint(100200, 189999), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Discipline log - month to date",
             text="Month-to-date incident log for admin team review.\n\n%s" % a[0],
             atts=[("incident_log.xlsx", render_xlsx([X("Incidents", t, [], "yyyy-mm-dd")]))], labels=lab(t))


@reg(C, "R")
def x_r_club_contacts(rng, P, D):
    ss = students(rng, P, 17, [3, 4, 5], "n6", None)
    t = spec_table([("Last Name", "last", "x"), ("First Name", "first", "x"), ("Gr", G(), "x"), ("DOB", "dob", "dob"),
                    ("Guardian1_Name", "g1", "x"), ("Guardian1_Phone", "g1p", "x"), ("Guardian2_Phone", "g2p", "x"),
                    ("Allergies", lambda s, r: r.choice(["", "", "", "Peanuts", "Bees"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "After-school STEM club emergency sheet",
             text="Emergency contact sheet for STEM club (Tue/Thu). Keep it in the club binder.\n\n%s" % a[0],
             atts=[("STEM_club.xlsx", render_xlsx([X("Roster", t, [], "m/d/yyyy")]))], labels=lab(t))


@reg(C, "R")
def x_r_counselor(rng, P, D):
    ss = students(rng, P, 11, [9, 10], "S8", None)
    t = spec_table([("Stu#", "lid", "id"), ("Name", LF, "x"), ("Gr", G(), "x"), ("Cum GPA", lambda s, r: round(r.uniform(0.8, 2.2), 2), "x"),
                    ("Credits Earned", lambda s, r: r.choice([2.5, 3.0, 4.5, 5.0, 6.0]), "x"), ("Fs S1", lambda s, r: r.randint(1, 4), "x"),
                    ("Plan", lambda s, r: r.choice(["Credit recovery", "Tutoring", "Mentor check-in"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Off-track 9th/10th graders",
             text="%s - here are my off-track students for the MTSS meeting.\n\n%s\nCounselor, Westfield HS" % (b[0], a[0]),
             atts=[("off_track.xlsx", render_xlsx([X("Off track", t)]))], labels=lab(t))


# ---- look-alikes --------------------------------------------------------------
@reg(C, "L")
def x_l_payroll(rng, P, D):
    rows = [[r[0], "%s, %s" % (r[1], r[2]), "PP%02d" % rng.randint(1, 26), round(rng.uniform(20, 80), 2), round(rng.uniform(18, 32), 2),
             sdate(rng, "2024-10-01", "2024-10-31")] for r in staff_rows(rng, P, 22)]
    t = Table(["Employee ID", "Employee Name", "Pay Period", "Hours", "Rate", "Approved"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Classified timecards - approvals needed",
             text="Timecard hours for classified staff needing supervisor approval.\n\n%s\nPayroll" % a[0],
             atts=[("timecards.xlsx", render_xlsx([X("Hours", t)]))])


@reg(C, "L")
def x_l_budget(rng, P, D):
    rows = []
    for desc in ["Instructional supplies", "Software licenses", "Field trips", "Library books", "Copier lease", "PD/conference",
                 "Custodial supplies", "Postage", "Athletics transportation", "Music repair"]:
        b = rng.randint(2000, 40000)
        e = rng.randint(0, b)
        rows.append(["%02d-%04d-%03d" % (rng.randint(1, 40), rng.randint(1000, 9999), rng.randint(100, 999)), desc, b, e, b - e])
    t = Table(["Account Number", "Description", "Budgeted", "Encumbered", "Remaining"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Building budget status",
             text="Budget status by account as of today.\n\n%s\nBusiness Office" % a[0],
             atts=[("budget_status.xlsx", render_xlsx([X("FY25", t, ["Building Budget Status FY2024-25"])]))])


def master_sched(rng):
    rows = []
    for per in range(1, 8):
        for c in rng.sample(["Math 6", "Math 7", "ELA 8", "Sci 6", "Band", "PE 7", "Art", "SS 7", "Spanish"], 4):
            rows.append([per, c, "%d-%02d" % (rng.randint(1100, 1499), rng.randint(1, 6)), rng.choice(["Holloway", "Pruitt", "Kimura", "Stanek", "Fontaine"]),
                         "Rm %d" % rng.randint(101, 220), rng.randint(18, 34)])
    return Table(["Period", "Course", "Course-Section", "Teacher", "Room", "Enrolled"], rows)


@reg(C, "L")
def x_l_master(rng, P, D):
    t = master_sched(rng)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Draft master schedule 2025-26",
             text="Draft master schedule for next year. Section counts are projections.\n\n%s" % a[0],
             atts=[("master_schedule_draft.xlsx", render_xlsx([X("Master", t)]))])


@reg(C, "L")
def x_l_map_agg(rng, P, D):
    tabs = []
    for subj in ["Reading", "Math"]:
        rows = [[g, rng.randint(80, 160), rng.randint(180, 230), rng.randint(25, 70), round(rng.uniform(40, 75), 1)] for g in range(2, 9)]
        tabs.append(Table(["Grade", "# Tested", "Mean RIT", "Median Percentile", "% Met Growth"], rows))
    a, b = staff(P, 2)
    return M(who(a), who(b), "MAP winter summary by grade",
             text="District MAP summary by grade (no student-level data). One tab per subject.\n\n%s" % a[0],
             atts=[("MAP_winter_summary.xlsx", render_xlsx([X("Reading", tabs[0]), X("Math", tabs[1])]))])


@reg(C, "L")
def x_l_inventory(rng, P, D):
    rows = [["LUSD-%06d" % rng.randint(10000, 99999), rng.choice(["Chromebook 3110", "iPad 9th gen", "Epson projector", "Doc camera"]),
             "Cart %s" % rng.choice("ABCDEF"), "Rm %d" % rng.randint(100, 230), sdate(rng, "2021-06-01", "2024-07-30"), "PO-%d" % rng.randint(220000, 249999)]
            for _ in range(24)]
    t = Table(["Asset Tag", "Model", "Cart", "Room", "Purchase Date", "PO #"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Device inventory - Harborview",
             text="Device inventory by cart and room for the audit.\n\n%s\nTechnology" % a[0],
             atts=[("inventory.xlsx", render_xlsx([X("Devices", t, [], "yyyy-mm-dd")]))])


def sports_sched(rng):
    rows = []
    for i in range(10):
        d = sdate(rng, "2024-09-10", "2024-10-31")
        h, a = rng.randint(0, 5), rng.randint(0, 5)
        rows.append([d, rng.choice(["Lincoln Park MS", "Harborview K-8", "Fernview MS", "Brook Hollow MS"]), rng.choice(["Home", "Away"]),
                     "%d-%d" % (h, a), rng.choice(["W", "L", "T"]) if False else ("W" if h > a else "L" if h < a else "T"), "3:15 PM"])
    rows.sort(key=lambda r: r[0])
    return Table(["Date", "Opponent", "Site", "Score", "Result", "Bus Departs"], rows, datefmt={"Date": "mdY"})


@reg(C, "L")
def x_l_sports(rng, P, D):
    t = sports_sched(rng)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Boys soccer schedule & results",
             text="Updated schedule with results so far.\n\n%s, Athletic Director" % a[0],
             atts=[("soccer_2024.xlsx", render_xlsx([X("Schedule", t, ["Riverbend MS Boys Soccer 2024"])]))])


@reg(C, "L")
def x_l_certs(rng, P, D):
    rows = [[r[0], "%s %s" % (r[2], r[1]), rng.choice(["Multiple Subject", "Single Subject - Math", "Education Specialist", "ESOL endorsement"]),
             sdate(rng, "2019-07-01", "2023-07-01"), sdate(rng, "2025-01-01", "2027-06-30")] for r in staff_rows(rng, P, 15)]
    t = Table(["Emp #", "Name", "License/Endorsement", "Issue Date", "Expiration"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Licenses expiring - reminder list",
             text="Staff licenses expiring within 30 months.\n\n%s\nHR Licensing" % a[0],
             atts=[("license_tracker.xlsx", render_xlsx([X("Licenses", t, [], "mm/dd/yyyy")]))])


@reg(C, "L")
def x_l_fieldtrip(rng, P, D):
    rows = [[sdate(rng, "2025-03-01", "2025-05-30"), g, rng.choice(["Science Center", "Zoo", "Capitol tour", "Tidepools", "Pioneer farm"]),
             rng.randint(1, 3), "CNF%d" % rng.randint(100000, 999999), round(rng.uniform(300, 1900), 2)] for g in ["K", "1", "2", "3", "4", "5"]]
    t = Table(["Trip Date", "Grade", "Destination", "Buses", "Confirmation #", "Est. Cost"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Spring field trips - bookings",
             text="Bookings confirmed with venues, confirmation numbers in column E.\n\n%s" % a[0],
             atts=[("spring_trips.xlsx", render_xlsx([X("Trips", t)]))])


@reg(C, "L")
def x_l_attrate(rng, P, D):
    rows = [[s] + [round(rng.uniform(88.5, 96.5), 1) for _ in range(4)] for s in ELEM + MIDDLE]
    t = Table(["School", "Sep %", "Oct %", "Nov %", "Dec %"], rows)
    rows2 = [[s, round(rng.uniform(8, 28), 1)] for s in ELEM + MIDDLE]
    t2 = Table(["School", "Chronic absence rate %"], rows2)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Attendance rates by school",
             text="ADA by month and chronic absence rates for the board report.\n\n%s" % a[0],
             atts=[("attendance_rates.xlsx", render_xlsx([X("ADA", t), X("Chronic", t2)]))])


@reg(C, "L")
def x_l_jersey(rng, P, D):
    ss = students(rng, P, 15, [7, 8], "n6", None)
    t = spec_table([("Name", FL, "x"), ("Grade", G(), "x"), ("Jersey #", lambda s, r: r.randint(1, 44), "x"),
                    ("Position", lambda s, r: r.choice(["G", "F", "C", "Guard", "Forward"]), "x")], ss, record=False)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Program roster for Friday's game",
             text="Names, numbers and positions for the game program.\n\nCoach %s" % a[1],
             atts=[("program_roster.xlsx", render_xlsx([X("Roster", t)]))])


@reg(C, "L")
def x_l_food(rng, P, D):
    rows = [[sdate(rng, "2024-11-04", "2024-11-08"), rng.choice(["Chicken teriyaki bowl", "Cheese pizza", "Bean & cheese burrito", "Turkey sub", "Veggie pasta"]),
             p, p - rng.randint(0, 25), rng.randint(0, 25)] for p in [rng.randint(180, 420) for _ in range(10)]]
    t = Table(["Serve Date", "Menu Item", "Planned", "Served", "Leftover"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Production records wk of 11/4",
             text="Production records for the week.\n\n%s, Kitchen Lead" % a[0],
             atts=[("production.xlsx", render_xlsx([X("Week", t, [], "ddd m/d")]))])


# ============================================================================
# class: html-table
# ============================================================================
C = "html-table"


def H(intro, table_html, outro=""):
    return html_page(html_paras(intro) + "\n" + table_html + ("\n" + html_paras(outro) if outro else ""))


@reg(C, "R")
def h_r_failing(rng, P, D):
    ss = students(rng, P, 6, [6], "n6", None)
    t = spec_table([("Student", FL, "x"), ("ID", "lid", "id"), ("Current %", lambda s, r: round(r.uniform(42, 63), 1), "x"),
                    ("Missing Assignments", lambda s, r: r.randint(3, 11), "x"), ("Last Login", lambda s, r: before(r, D, 1, 20), "x", "mdy_np")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Math 6 students currently failing",
             html=H("Hi %s,\n\nThese six are below 65%% in Math 6 going into progress reports. Could you pull them for a check-in?" % b[0],
                    render_html_table(t), "Thanks,\n%s" % a[0]), labels=lab(t))


@reg(C, "R")
def h_r_att_alert(rng, P, D):
    s = students(rng, P, 1, GR["e"], "n5", None)[0]
    rows = [[before(rng, D, k * 3, k * 3 + 2), rng.choice(["Period AM", "Full Day"]), rng.choice(["AU", "A", "ILL"]),
             rng.choice(["No call", "Parent call - sick", "Unverified"])] for k in range(5, 0, -1)]
    t = Table(["Date", "Period", "Code", "Comment"], rows, datefmt={"Date": "mdY"})
    f = Form("Attendance Notification", [school_for(rng, "e")],
             [("Student", "%s %s" % (s["first"], s["last"])), ("Student Number", s["lid"]), ("Grade", grade_label(s["grade"], "ord")),
              ("Absences this term", str(rng.randint(6, 11)))], [("h", "Recent absences"), ("t", t)],
             ids=[s["lid"]], footer="This is an automated message from PowerSchool SIS. Please contact the attendance office with questions.")
    return M("PowerSchool Notifications <noreply-powerschool@district.example>", parent_addr(rng, s),
             "Attendance notice for %s %s" % (s["first"], s["last"]), html=html_page(render_html_form(f)), labels=lab(f))


@reg(C, "R")
def h_r_nurse_week(rng, P, D):
    ss = students(rng, P, 10, GR["m"], "n6", None)
    t = spec_table([("Date", lambda s, r: before(r, D, 1, 6), "x", "mdY_np"), ("Student", LF, "x"), ("Grade", G(), "x"),
                    ("Reason", lambda s, r: r.choice(["Migraine", "Asthma", "Insulin", "Nausea", "Injury - PE", "Anxiety"]), "x"),
                    ("Meds Given", lambda s, r: r.choice(["Ibuprofen 200mg (on file)", "Albuterol", "Insulin 2u", "None"]), "x"),
                    ("Outcome", lambda s, r: r.choice(["RTC", "Sent home", "RTC"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Health office weekly summary",
             html=H("%s,\n\nWeekly summary of health office visits that needed follow-up:" % b[0], render_html_table(t, 1), "%s, RN" % a[0]),
             labels=lab(t))


@reg(C, "R")
def h_r_caseload(rng, P, D):
    ss = students(rng, P, 8, GR["e"], "n6", None)
    t = spec_table([("Student Name", LF, "x"), ("Grade", G(), "x"), ("Eligibility", lambda s, r: r.choice(DISAB_LONG), "x"),
                    ("Services", lambda s, r: r.choice(["Reading, Writing", "Math", "Speech", "Social Skills, OT"]), "x"),
                    ("Minutes/Week", lambda s, r: r.choice([60, 90, 120, 180]), "x"), ("Next IEP", lambda s, r: sdate(r, "2025-01-06", "2025-06-06"), "x", "mdY")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Resource room caseload for the sub",
             html=H("Hi %s,\n\nWhile I'm on leave, here is my caseload with service minutes:" % b[0], render_html_table(t, 2), "%s\nResource Teacher" % a[0]),
             labels=lab(t))


@reg(C, "R")
def h_r_progress_one(rng, P, D):
    s = students(rng, P, 1, [7], "n7", None)[0]
    rows = [[c, t_, rng.choice(MARKS), round(rng.uniform(66, 98), 1), rng.randint(0, 3)] for c, t_ in
            [("Language Arts 7", "Holloway"), ("Math 7", "Pruitt"), ("Science 7", "Kimura"), ("Social Studies 7", "Stanek"), ("PE 7", "Fontaine"), ("Band", "Ashby")]]
    t = Table(["Course", "Teacher", "Grade", "%", "Absences"], rows)
    f = Form("Progress Report - Quarter 2", [school_for(rng, "m")],
             [("Student", "%s, %s" % (s["last"], s["first"])), ("Student ID", s["lid"]), ("Grade Level", "7"), ("Counselor", "Ms. Redfield")],
             [("t", t)], ids=[s["lid"]], footer="Sent from the Parent Portal on behalf of the school.")
    return M("Riverbend Parent Portal <portal@district.example>", parent_addr(rng, s), "Progress report available: %s" % s["first"],
             html=html_page(render_html_form(f)), labels=lab(f))


@reg(C, "R")
def h_r_referral(rng, P, D):
    s = students(rng, P, 1, GR["m"], "n6", None)[0]
    d = before(rng, D, 0, 3)
    f = Form("Office Discipline Referral", [school_for(rng, "m")],
             [("Student", "%s %s" % (s["first"], s["last"])), ("Stu ID", s["lid"]), ("Grade", str(s["grade"])), ("Date of Incident", fd(d, "mdY")),
              ("Location", "Cafeteria"), ("Referring Staff", "Mr. Galloway")],
             [("kv", [("Behavior", "Physical aggression - pushed another student into table"), ("Action", "OSS 1 day, parent conference"),
                      ("Parent contacted", "Yes - by phone at 12:40")])], ids=[s["lid"]])
    a, b = staff(P, 2)
    return M(who(a), who(b), "Referral entered - %s %s" % (s["first"], s["last"]), html=html_page(render_html_form(f)), labels=lab(f))


@reg(C, "R")
def h_r_sub_classlist(rng, P, D):
    ss = students(rng, P, 22, [2], "n4", None)
    t = spec_table([("#", lambda s, r: "", "x"), ("Student", FL, "x"), ("Student ID", "lid", "id"),
                    ("Notes", lambda s, r: r.choice(["", "", "", "Peanut allergy", "Leaves 11:30 for speech", "Inhaler in desk"]), "x")], ss)
    for i, r in enumerate(t.rows):
        r[0] = str(i + 1)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Class list for tomorrow's sub",
             html=H("Here is my class list with lunch IDs for tomorrow. Students type their ID at the lunch keypad.", render_html_table(t), a[0]), labels=lab(t))


@reg(C, "R")
def h_r_iready(rng, P, D):
    ss = students(rng, P, 8, [5], "n6", None)
    t = spec_table([("Student", LF, "x"), ("Student ID", "lid", "id"), ("Scale Score", lambda s, r: r.randint(430, 560), "x"),
                    ("Placement", lambda s, r: r.choice(["Grade 3", "Grade 4", "Early 5", "Mid 5"]), "x"),
                    ("Lessons Passed", lambda s, r: r.randint(2, 18), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Math intervention group - i-Ready data",
             html=H("%s,\n\nProposed Tier 2 math group from the i-Ready diagnostic:" % b[0], render_html_table(t, 1), a[0]), labels=lab(t))


@reg(C, "R")
def h_r_trip_emerg(rng, P, D):
    ss = students(rng, P, 12, [8], "n6", None)
    t = spec_table([("Student", FL, "x"), ("DOB", "dob", "dob", "bdY"), ("Parent", "g1", "x"), ("Parent Cell", "g1p", "x"),
                    ("Allergies / Meds", lambda s, r: r.choice(["", "", "Penicillin", "Peanuts - EpiPen", "Inhaler"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Washington DC trip - emergency info",
             html=H("Chaperones,\n\nEmergency info for your group. The airline needs DOBs to match IDs.", render_html_table(t), a[0]), labels=lab(t))


@reg(C, "R")
def h_r_504_summary(rng, P, D):
    s = students(rng, P, 1, GR["m"], "n6", None)[0]
    f = Form("Section 504 Plan Review - Summary", [school_for(rng, "m")],
             [("Student", "%s %s" % (s["first"], s["last"])), ("Birthdate", fd(s["dob"], "mdY")), ("ID", s["lid"]), ("Meeting Date", fd(before(rng, D, 1, 5), "mdY"))],
             [("p", "Qualifying condition: ADHD (combined type). The team agreed to continue the plan with the changes below."),
              ("kv", [("Accommodation 1", "Preferential seating near instruction"), ("Accommodation 2", "Extended time (1.5x) on tests and quizzes"),
                      ("Accommodation 3", "Breaks as needed using a pass"), ("Next review", "Spring 2025")])],
             ids=[s["lid"]], dobs=[s["dob"]])
    a, b = staff(P, 2)
    return M(who(a), who(b), "504 review summary - %s" % s["first"],
             html=html_page(html_paras("Team,\n\nSummary from this morning's 504 review is below.") + render_html_form(f)), labels=lab(f))


@reg(C, "R")
def h_r_bus_html(rng, P, D):
    ss = students(rng, P, 9, GR["k8"], "n6", None)
    t = spec_table([("Rider", LF, "x"), ("Gr", G(), "x"), ("Home Address", lambda s, r: "%s, %s" % (s["addr"], s["city"]), "x"),
                    ("Stop", lambda s, r: r.randint(1, 6), "x"), ("Emergency Phone", "g2p", "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Sub driver - Route 9 riders",
             html=H("Route 9 riders for the sub driver tomorrow:", render_html_table(t, 2), "Dispatch"), labels=lab(t))


@reg(C, "R", prose=True)
def h_r_prose_grades(rng, P, D):
    s = students(rng, P, 1, [6], "n6", None)[0]
    a = staff(P)[0]
    body = ("Dear %s family,\n\nI wanted to reach out about %s's progress in Math 6. %s currently has a 58%% (F) in the class, "
            "mainly because of four missing assignments and a 41%% on the Unit 2 test. %s is welcome to retake the test during "
            "Tuesday tutorial.\n\nOn the positive side, %s's participation has been excellent and the last two quizzes were an 85%% and a 90%%.\n\n"
            "Best,\n%s %s\nMath 6, Lincoln Park Middle School") % (s["last"], s["first"], s["first"], s["first"], s["first"], a[0], a[1])
    L = Labels()
    L.record = True
    L.prose = True
    return M(who(a), parent_addr(rng, s), "%s - Math 6 grade" % s["first"], html=html_page(html_paras(body)), labels=L)


# ---- look-alikes --------------------------------------------------------------
@reg(C, "L")
def h_l_staffdir(rng, P, D):
    rows = []
    for pos in ["Principal", "Assistant Principal", "Office Manager", "Attendance", "Counselor", "Nurse", "Librarian", "Custodian",
                "Kindergarten", "1st Grade", "2nd Grade", "3rd Grade", "PE"]:
        f, l = P.name()
        rows.append(["%s %s" % (f, l), pos, "Rm %d" % rng.randint(100, 130), "x%d" % rng.randint(2100, 2999), "%s.%s@district.example" % (f.lower(), l.lower())])
    t = Table(["Name", "Position", "Room", "Ext.", "Email"], rows)
    a, b = staff(P, 2)
    return M(who(a), "maplegrove-staff@district.example", "Updated staff directory",
             html=H("Updated staff directory for 2024-25. Main office: %s." % phone(rng, "541"), render_html_table(t), a[0]))


@reg(C, "L")
def h_l_lunchmenu(rng, P, D):
    rows = [[d.strftime("%a %m/%d"), m, s] for d, m, s in zip([dt.date(2024, 11, 4) + dt.timedelta(days=i) for i in range(5)],
                                                           ["Chicken nuggets", "Tacos", "Cheese pizza", "Turkey & gravy", "Fish sticks"],
                                                           ["Apple slices", "Corn", "Salad bar", "Green beans", "Carrots"])]
    t = Table(["Day", "Entree", "Side"], rows)
    return M("Nutrition Services <nutrition@district.example>", "families-elem@district.example", "Lunch menu: week of Nov 4",
             html=H("Breakfast is free for all students. Meal prices: lunch $3.10, reduced $0.40.", render_html_table(t, 1)))


@reg(C, "L")
def h_l_bussched(rng, P, D):
    t = bus_sched_table(rng, rng.randint(10, 44))
    return M("Transportation <transportation@district.example>", "families-cedarridge@district.example", "New bus stop times",
             html=H("Stop times below take effect Monday. Questions? Call dispatch at %s." % phone(rng, "541"), render_html_table(t)))


@reg(C, "L")
def h_l_sports(rng, P, D):
    t = sports_sched(rng)
    return M("Athletics <athletics@district.example>", "riverbend-families@district.example", "Soccer results this week",
             html=H("Great week for the Otters! Results and remaining schedule:", render_html_table(t, 2)))


@reg(C, "L")
def h_l_newsletter(rng, P, D):
    rows = [[fd(sdate(rng, "2024-12-02", "2024-12-20"), "bdY"), e, loc] for e, loc in
            [("Picture retakes", "Gym"), ("Winter concert", "Cafeteria 6:30 PM"), ("PTA meeting", "Library 6 PM"),
             ("Early release", "12:15 dismissal"), ("Book fair", "Library"), ("Pajama day", "")]]
    t = Table(["Date", "Event", "Where"], rows)
    return M("Principal Ingersoll <principal.sunnyslope@district.example>", "sunnyslope-families@district.example", "Sunnyslope Sun - December",
             html=H("Dear families,\n\nWhat a busy fall! Here are the dates to remember in December. Our office is at 455 Larkspur Dr, Lakeside, OR 97433.",
                    render_html_table(t), "Warmly,\nPrincipal Ingersoll"))


@reg(C, "L")
def h_l_graddist(rng, P, D):
    t = grade_dist_table(rng)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Semester 1 grade distribution",
             html=H("Semester 1 grade distributions by section. These are counts, not students.", render_html_table(t, 1), a[0]))


@reg(C, "L")
def h_l_flyer(rng, P, D):
    inner = ('<div style="text-align:center;border:3px dashed #e67e22;padding:20px">'
             '<h1>Fall Family Fun Run</h1><p>Saturday, October 19, 2024 &middot; 9:00 AM</p>'
             '<p>Oak Hollow Elementary field, 2231 Quail Run, Lakeside, OR 97438</p>'
             '<table style="margin:auto"><tr><th>Race</th><th>Start</th><th>Fee</th></tr>'
             '<tr><td>Kinder Dash</td><td>9:00</td><td>$5</td></tr><tr><td>1 Mile</td><td>9:20</td><td>$10</td></tr>'
             '<tr><td>5K</td><td>10:00</td><td>$20</td></tr></table>'
             '<p>Questions? Call Dana at %s</p></div>') % phone(rng, "541")
    return M("Oak Hollow PTA <oakhollowpta@gmail.com>", "oakhollow-families@district.example", "Fun Run flyer!", html=html_page(inner))


@reg(C, "L")
def h_l_order(rng, P, D):
    rows = [[i, n, q, p] for i, (n, q, p) in enumerate([("Reading workbook Gr 3", 60, "$8.25"), ("Teacher guide", 3, "$45.00"),
                                                         ("Decodable readers set", 4, "$129.00")], 1)]
    t = Table(["Line", "Item", "Qty", "Price"], rows)
    on = "SO%d" % rng.randint(5000000, 5999999)
    return M("Orders <orders@brightpathlearning.example>", "purchasing@district.example", "Order confirmation %s" % on,
             html=H("Thank you for your order %s. Customer account %d. Confirmation: %s." % (on, rng.randint(70000, 79999), "BPL-%d" % rng.randint(10000, 99999)),
                    render_html_table(t), "Ships to: Lakeside USD Warehouse, 88 Depot Rd, Lakeside, OR 97431"))


@reg(C, "L")
def h_l_pd(rng, P, D):
    rows = [["%s %s" % P.name(), rng.randint(100200, 189999), rng.choice(ELEM + MIDDLE), rng.choice(["Session A", "Session B"]),
             fd(dt.date(2025, 1, 27), "mdY")] for _ in range(16)]
    t = Table(["Participant", "Employee ID", "Building", "Session", "Date"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "PD day sign-ups",
             html=H("Here is who signed up for the January PD sessions. Clock hours will post to employee IDs.", render_html_table(t), a[0]))


@reg(C, "L")
def h_l_placement(rng, P, D):
    ss = students(rng, P, 24, [1], "n6", None)
    t = spec_table([("Student", FL, "x"), ("Grade", lambda s, r: "1", "x"), ("Teacher", lambda s, r: r.choice(["Ms. Greenleaf", "Mr. Xiong", "Mrs. Abernathy"]), "x"),
                    ("Room", lambda s, r: r.choice(["12", "13", "16"]), "x")], ss, record=False)
    return M("Cedar Ridge Office <office.cedarridge@district.example>", "cr-1stgrade-team@district.example", "1st grade class lists - final",
             html=H("Final 1st grade class lists for the door posters:", render_html_table(t, 1)))


@reg(C, "L")
def h_l_pta(rng, P, D):
    t = Table(["Line item", "Budget", "Spent", "Balance"],
              [["Teacher grants", 3000, 1250, 1750], ["Field trip scholarships", 1500, 300, 1200], ["Family nights", 800, 640, 160], ["Staff appreciation", 600, 75, 525]])
    return M("Maple Grove PTA <maplegrovepta@gmail.com>", "maplegrove-families@district.example", "PTA minutes - November",
             html=H("Minutes of the November 12 PTA meeting. Called to order 6:02 PM, 14 members present. Fun Run raised $8,420. "
                    "Next meeting: December 10, library.\n\nTreasurer's report:", render_html_table(t), "Secretary, Maple Grove PTA"))


# ============================================================================
# class: plain-text
# ============================================================================
C = "plain-text"


@reg(C, "R")
def p_r_tab_ps(rng, P, D):
    ss = students(rng, P, 12, [0], "n6", None)
    t = spec_table([("Student_Number", "lid", "id"), ("LastFirst", LF, "x"), ("Grade_Level", G("ps"), "x"), ("DOB", "dob", "dob", "mdY"),
                    ("Home_Room", "hr", "x")], ss)
    a, b = staff(P, 2)
    body = "%s,\n\nPasting from PowerSchool since the export button is broken - kindergarten adds for the vision/hearing screening:\n\n%s\n\n%s" % (
        b[0], render_text_table(t, "tab"), a[0])
    return M(who(a), who(b), "K screening list", text=body, labels=lab(t))


@reg(C, "R")
def p_r_pipe_att(rng, P, D):
    ss = students(rng, P, 9, GR["m"], "n7", None)
    t = spec_table([("ID", "lid", "id"), ("Name", LF, "x"), ("Gr", G(), "x"), ("Abs", lambda s, r: r.randint(4, 12), "x"),
                    ("Tardy", lambda s, r: r.randint(0, 15), "x"), ("Last Absent", lambda s, r: before(r, D, 1, 9), "x", "mdy")], ss)
    a, b = staff(P, 2)
    body = "Hi %s,\n\nAttendance exceptions from the Skyward student ID report:\n\n%s\n\nCan you call these families this week?\n%s" % (
        b[0], render_text_table(t, "pipe"), a[0])
    return M(who(a), who(b), "Attendance exceptions", text=body, labels=lab(t))


@reg(C, "R")
def p_r_space_map(rng, P, D):
    ss = students(rng, P, 10, [4], "n5", None)
    t = spec_table([("Stu ID", "lid", "id"), ("Student", FL, "x"), ("Read RIT", lambda s, r: r.randint(180, 225), "x"),
                    ("%ile", lambda s, r: r.randint(5, 95), "x"), ("Math RIT", lambda s, r: r.randint(182, 230), "x"),
                    ("%ile ", lambda s, r: r.randint(5, 95), "x")], ss)
    a, b = staff(P, 2)
    body = "%s -\n\nWinter MAP for my homeroom (copied from the class report):\n\n%s\n\n%s" % (b[0], render_text_table(t, "space", "    "), a[0])
    return M(who(a), who(b), "Winter MAP - Rm 22", text=body, labels=lab(t))


@reg(C, "R", prose=True)
def p_r_counselor_prose(rng, P, D):
    s = students(rng, P, 1, [7], "n6", None)[0]
    a, b = staff(P, 2)
    body = ("%s,\n\nFollow-up from my meeting with %s %s (7th, Student ID %s) today. %s has been struggling since the family "
            "move in October; grades have dropped to two Fs (Science and Math) and a D in ELA. %s told me about trouble sleeping "
            "and worries at home. I'm referring to the school-based therapist and setting up weekly check-ins. Please let me know "
            "if you see anything in class.\n\nConfidential - counseling record.\n%s %s\nSchool Counselor") % (
        b[0], s["first"], s["last"], s["lid"], s["first"], s["first"], a[0], a[1])
    L = Labels()
    L.add_id(s["lid"])
    L.record = L.prose = True
    return M(who(a), who(b), "Check-in re: %s" % s["first"], text=body, labels=L)


@reg(C, "R", prose=True)
def p_r_nurse_prose(rng, P, D):
    s = students(rng, P, 1, [2], "n5", None)[0]
    a = staff(P)[0]
    body = ("Hello,\n\nThis is %s, the nurse at Willow Creek. %s came to the health office at 10:15 today with hives on the arms and "
            "face after snack. We gave Benadryl per the allergy action plan, and symptoms improved; no EpiPen was needed. Please "
            "pick %s up or let us know if you would like %s to stay. Our records show a tree nut allergy - did the snack come from home?\n\n"
            "Thank you,\n%s %s, RN\n%s") % (a[0], "%s %s" % (s["first"], s["last"]), s["first"], s["first"], a[0], a[1], phone(rng, "541"))
    L = Labels()
    L.record = L.prose = True
    return M(who(a), parent_addr(rng, s), "%s - health office visit today" % s["first"], text=body, labels=L)


@reg(C, "R", prose=True)
def p_r_suspension_prose(rng, P, D):
    s = students(rng, P, 1, [8], "n6", None)[0]
    a = staff(P)[0]
    d = before(rng, D, 0, 2)
    body = ("Dear Parent/Guardian of %s %s,\n\nThis letter confirms that %s has been suspended out of school for three days (%s through %s) "
            "for fighting in the hallway on %s, a violation of the Student Code of Conduct, section 4.2. A re-entry meeting is required "
            "before %s returns.\n\nStudent Number: %s\n\nSincerely,\n%s %s\nAssistant Principal, Riverbend Middle School") % (
        s["first"], s["last"], s["first"], fd(d + dt.timedelta(days=1), "bdY"), fd(d + dt.timedelta(days=5), "bdY"), fd(d, "BdY"),
        s["first"], s["lid"], a[0], a[1])
    L = Labels()
    L.add_id(s["lid"])
    L.record = L.prose = True
    return M(who(a), parent_addr(rng, s), "Notice of suspension", text=body, labels=L)


@reg(C, "R")
def p_r_transcript(rng, P, D):
    s = students(rng, P, 1, [11], "n8", "ss10")[0]
    courses = []
    for yr, g in [("2022-23", 9), ("2023-24", 10)]:
        for c in (["English 9", "Algebra 1", "Biology", "World Hist", "PE 9", "Spanish 1"] if g == 9 else
                  ["English 10", "Geometry", "Chemistry", "US Hist", "Health", "Spanish 2"]):
            courses.append([yr, g, c, rng.choice(MARKS[:7]), 1.0 if c not in ("PE 9", "Health") else 0.5])
    t = Table(["Year", "Gr", "Course", "Mark", "Cr"], courses)
    f = Form("Unofficial Transcript", ["Westfield High School  CEEB 380000"],
             [("Name", "%s, %s %s" % (s["last"], s["first"], s["mi"])), ("Student ID", s["lid"]), ("State ID", s["sid"]),
              ("Birthdate", fd(s["dob"], "mdY")), ("Grade", "11"), ("Cum GPA", "%.2f" % rng.uniform(2.4, 3.9))],
             [("t", t), ("p", "Credits earned: %.1f   Class rank: %d of %d" % (sum(r[4] for r in courses), rng.randint(20, 300), 341))],
             ids=[s["lid"], s["sid"]], dobs=[s["dob"]])
    a = staff(P)[0]
    body = "Hi,\n\nAs requested, %s's unofficial transcript is below.\n\n%s\n\n%s\nRegistrar" % (s["first"], render_text_form(f), a[0])
    return M(who(a), parent_addr(rng, s), "Unofficial transcript", text=body, labels=lab(f))


@reg(C, "R")
def p_r_meal_tab(rng, P, D):
    ss = students(rng, P, 7, GR["e"], "n6", None)
    t = spec_table([("StudentID", "lid", "id"), ("Name", FL, "x"), ("Grade", G(), "x"), ("Status", lambda s, r: r.choice(["Free", "Reduced"]), "x"),
                    ("Balance", lambda s, r: "-$%.2f" % r.uniform(3, 30), "x")], ss)
    a, b = staff(P, 2)
    body = "%s,\n\nThese F/R students have negative balances from before their approval; we will zero them out:\n\n%s\n\n%s\nKitchen Manager" % (
        b[0], render_text_table(t, "tab"), a[0])
    return M(who(a), who(b), "Negative balances - F/R students", text=body, labels=lab(t))


@reg(C, "R")
def p_r_bus_space(rng, P, D):
    ss = students(rng, P, 9, GR["e"], "n6", None)
    t = spec_table([("Name", LF, "x"), ("Gr", G(), "x"), ("Address", "addr", "x"), ("Zip", "zip", "x"), ("Parent Phone", "g1p", "x")], ss)
    a, b = staff(P, 2)
    body = "Driver,\n\nKindergarten riders on your route who must be met at the stop by an adult:\n\n%s\n\n%s\nDispatch" % (
        render_text_table(t, "space"), a[0])
    return M(who(a), who(b), "K riders - adult must meet bus", text=body, labels=lab(t))


@reg(C, "R", prose=True)
def p_r_sped_prose(rng, P, D):
    s = students(rng, P, 1, [4], "n6", None)[0]
    a, b = staff(P, 2)
    body = ("%s,\n\nQuick heads-up for the annual IEP next week for %s %s (DOB %s). %s qualifies under Specific Learning "
            "Disability in reading; current services are 150 minutes/week of specialized reading instruction and 30 minutes/month "
            "of consult. Reading fluency is at 68 wcpm (goal 90). I'll propose adding audiobooks and read-aloud on tests.\n\n%s") % (
        b[0], s["first"], s["last"], fd(s["dob"], "mdY_np"), s["first"], a[0])
    L = Labels()
    L.add_dob(s["dob"])
    L.record = L.prose = True
    return M(who(a), who(b), "IEP prep - %s" % s["first"], text=body, labels=L)


@reg(C, "R")
def p_r_tsds_pipe(rng, P, D):
    ss = students(rng, P, 15, GR["k8"], "n6", "ss10")
    t = spec_table([("TX-UNIQUE-STUDENT-ID", "sid", "id"), ("LOCAL-STUDENT-ID", "lid", "id"), ("LAST-NAME", lambda s, r: s["last"].upper(), "x"),
                    ("FIRST-NAME", lambda s, r: s["first"].upper(), "x"), ("DATE-OF-BIRTH", "dob", "dob", "Ymd"), ("GRADE-LEVEL-CODE", G("two"), "x"),
                    ("ECONOMIC-DISADVANTAGE-CODE", lambda s, r: r.choice(["01", "02", "99"]), "x")], ss)
    a, b = staff(P, 2)
    body = "%s,\n\nThese rows are failing the TSDS fatal edit (duplicate Unique ID). Raw pipe file lines below:\n\n%s\n\n%s\nPEIMS Coordinator" % (
        b[0], render_text_table(t, "pipe-bare"), a[0])
    return M(who(a), who(b), "TSDS fatal edits - fall snapshot", text=body, labels=lab(t))


@reg(C, "R")
def p_r_att_one(rng, P, D):
    s = students(rng, P, 1, [1], "n5", None)[0]
    rows = [[before(rng, D, k * 4, k * 4 + 3), rng.choice(ABS_CODES), rng.choice(["", "sick", "no call", "family trip"])] for k in range(7, 0, -1)]
    t = Table(["Date", "Code", "Note"], rows, datefmt={"Date": "mdY_np"})
    a, b = staff(P, 2)
    body = ("%s,\n\nAttendance detail for %s %s (Stu# %s) for the SST packet:\n\n%s\n\nTotal: 7 absences, 4 unexcused.\n%s") % (
        b[0], s["first"], s["last"], s["lid"], render_text_table(t, "space", "  "), a[0])
    L = Labels()
    L.add_id(s["lid"])
    L.record = True
    return M(who(a), who(b), "Attendance detail for SST", text=body, labels=L)


# ---- look-alikes --------------------------------------------------------------
@reg(C, "L")
def p_l_subs(rng, P, D):
    rows = [[fd(before(rng, D, -7, -1), "mdY"), "%s %s" % P.name(), rng.randint(100200, 189999), "Rm %d" % rng.randint(101, 130),
             "%s %s" % P.name(), rng.choice(["AM", "PM", "Full"])] for _ in range(7)]
    t = Table(["Date", "Teacher", "Emp ID", "Room", "Sub", "Time"], rows)
    a, b = staff(P, 2)
    return M(who(a), "maplegrove-staff@district.example", "Sub coverage next week",
             text="Coverage for next week:\n\n%s\n\nPlease leave sub plans in the office.\n%s" % (render_text_table(t, "pipe"), a[0]))


@reg(C, "L")
def p_l_bussched(rng, P, D):
    t = bus_sched_table(rng, rng.randint(10, 44))
    return M("Transportation <transportation@district.example>", "office.oakhollow@district.example", "Route stop times",
             text="Stop times for the new route:\n\n%s\n\nDispatch %s" % (render_text_table(t, "space"), phone(rng, "541")))


@reg(C, "L")
def p_l_menu(rng, P, D):
    body = ("BREAKFAST & LUNCH MENU - DECEMBER\n\n"
            "Mon 12/2   Breakfast: Cereal & yogurt      Lunch: Chicken nuggets, roll\n"
            "Tue 12/3   Breakfast: Egg & cheese muffin  Lunch: Beef tacos, corn\n"
            "Wed 12/4   Breakfast: Pancakes             Lunch: Cheese pizza, salad bar\n"
            "Thu 12/5   Breakfast: Oatmeal bar          Lunch: Turkey & gravy, green beans\n"
            "Fri 12/6   Breakfast: Breakfast pizza      Lunch: Fish sticks, carrots\n\n"
            "Milk choice daily. Menu subject to change. Questions: Nutrition Services %s") % phone(rng, "541")
    return M("Nutrition Services <nutrition@district.example>", "families-all@district.example", "December menu", text=body)


@reg(C, "L")
def p_l_ticket(rng, P, D):
    tn = rng.randint(40000, 49999)
    body = ("Ticket #%d has been updated.\n\nRequester: %s %s\nLocation: Lincoln Park MS, Room 214\nCategory: Projector\n"
            "Opened: %s\nStatus: Waiting on parts\nAsset: LUSD-%06d\n\nReply to this email to add a comment.") % (
        tn, *P.name(), fd(before(rng, D, 1, 5), "mdY"), rng.randint(10000, 99999))
    return M("Help Desk <helpdesk@district.example>", who(staff(P)[0]), "[Ticket #%d] Projector not powering on" % tn, text=body)


@reg(C, "L")
def p_l_invoice(rng, P, D):
    inv = rng.randint(880000, 889999)
    body = ("INVOICE %d\nAccount No: %d\nPO: PO-25-%05d\nInvoice Date: %s   Due: %s\n\n"
            "Qty  Description                         Amount\n"
            "  1  Annual license, reading software   $4,250.00\n"
            "  1  Rostering/sync fee                  $350.00\n"
            "                                Total   $4,600.00\n\n"
            "Remit to: Lantern Ed Software, 1800 Harbor Ave, Portland, OR 97209  %s") % (
        inv, rng.randint(20000, 29999), rng.randint(100, 9999), fd(before(rng, D, 1, 5), "mdY"), fd(before(rng, D, -30, -25), "mdY"), phone(rng, "503"))
    return M("AR <ar@lanterned.example>", "accounts.payable@district.example", "Invoice %d" % inv, text=body)


@reg(C, "L")
def p_l_attagg(rng, P, D):
    rows = [[g, rng.randint(70, 140), round(rng.uniform(91, 97), 1), rng.randint(3, 25)] for g in ["K", "1", "2", "3", "4", "5"]]
    t = Table(["Grade", "Enrolled", "ADA %", "Chronically absent (#)"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Monthly attendance summary", text="October attendance by grade level:\n\n%s\n\n%s" % (render_text_table(t, "space"), a[0]))


@reg(C, "L")
def p_l_master(rng, P, D):
    t = master_sched(rng)
    t.rows = t.rows[:12]
    a, b = staff(P, 2)
    return M(who(a), who(b), "Period 1-3 sections", text="Sections for periods 1-3 as currently built:\n\n%s\n\n%s" % (render_text_table(t, "tab"), a[0]))


@reg(C, "L")
def p_l_meeting(rng, P, D):
    body = ("IEP/504 facilitator training - agenda\n\nDate: %s\nTime: 3:45-5:00 PM\nLocation: District Office, Board Room 2 (1200 Northgate Blvd)\n\n"
            "3:45  Welcome & norms\n4:00  New compliance timelines (30/60/90 days)\n4:30  Practice: writing measurable goals\n4:50  Q&A\n\n"
            "Clock hours will post to your employee ID within two weeks. Contact: %s") % (fd(before(rng, D, -14, -7), "BdY"), phone(rng, "541"))
    return M("Special Services <specialservices@district.example>", "case-managers@district.example", "Training agenda", text=body)


@reg(C, "L")
def p_l_scores(rng, P, D):
    rows = [[fd(sdate(rng, "2024-10-01", "2024-10-31"), "mdY_np"), h, a_, "%d - %d" % (rng.randint(20, 60), rng.randint(20, 60))]
            for h, a_ in [("Riverbend", "Fernview"), ("Lincoln Park", "Harborview"), ("Brook Hollow", "Riverbend"), ("Harborview", "Fernview")]]
    t = Table(["Date", "Home", "Visitor", "Final"], rows)
    return M("Athletics <athletics@district.example>", "coaches@district.example", "MS basketball scores",
             text="League scores this week:\n\n%s" % render_text_table(t, "space"))


@reg(C, "L")
def p_l_spelling(rng, P, D):
    ss = students(rng, P, 12, [4, 5], "n6", None)
    t = spec_table([("Name", FL, "x"), ("Grade", G(), "x"), ("Homeroom", lambda s, r: r.choice(["Dawkins", "Zeller", "Okafor"]), "x")], ss, record=False)
    a, b = staff(P, 2)
    return M(who(a), "maplegrove-staff@district.example", "Spelling bee participants",
             text="Congratulations to our school spelling bee participants! The bee is Thursday at 1:30 in the gym.\n\n%s\n\n%s" % (render_text_table(t, "space"), a[0]))


@reg(C, "L")
def p_l_timecards(rng, P, D):
    rows = [[r[0], "%s %s" % (r[2], r[1]), r[3], "Missing punch %s" % fd(before(rng, D, 1, 6), "mdy_np")] for r in staff_rows(rng, P, 6)]
    t = Table(["Employee ID", "Name", "Position", "Issue"], rows)
    return M("Payroll <payroll@district.example>", "principals@district.example", "Timecard exceptions",
             text="The following employees have timecard exceptions. Please correct by noon Friday.\n\n%s" % render_text_table(t, "pipe"))


# ============================================================================
# single-student forms (shared by pdf / docx)
# ============================================================================
def form_report_card(rng, s, sch, idlab="Student ID", dobstyle=None):
    subj = ["Reading", "Writing", "Mathematics", "Science", "Social Studies", "PE", "Music", "Art"]
    t = Table(["Subject", "T1", "T2", "T3", "Effort"], [[x, rng.choice(ELEM_MARKS), rng.choice(ELEM_MARKS), "", rng.choice(["E", "S", "S", "N"])] for x in subj])
    fields = [("Student", "%s %s" % (s["first"], s["last"])), (idlab, s["lid"]), ("Grade", grade_label(s["grade"], "ord")),
              ("Teacher", "Ms. Greenleaf"), ("Days Absent", str(rng.randint(0, 9))), ("Days Tardy", str(rng.randint(0, 6)))]
    dobs = []
    if dobstyle:
        fields.append(("Birthdate", fd(s["dob"], dobstyle)))
        fields.append(("School Year", "2024-2025"))
        dobs = [s["dob"]]
    return Form("Standards-Based Report Card", [sch, DISTRICT], fields,
                [("t", t), ("p", "Key: 4 = Exceeds, 3 = Meets, 2 = Approaching, 1 = Beginning"),
                 ("h", "Teacher Comments"), ("p", "%s works hard in reading groups and is building stamina. Keep practicing math facts at home." % s["first"])],
                ids=[s["lid"]], dobs=dobs)


def form_iep(rng, s, sch, idlab="Student ID", dobstyle="mdY"):
    d = DISAB_LONG[rng.randint(0, len(DISAB_LONG) - 1)]
    svc = Table(["Service", "Provider", "Location", "Minutes", "Frequency", "Start", "End"],
                [["Specialized academic instruction - reading", "Sp Ed Teacher", "Resource room", 150, "weekly", dt.date(2024, 10, 14), dt.date(2025, 10, 13)],
                 ["Speech-language therapy", "SLP", "Speech room", 60, "monthly", dt.date(2024, 10, 14), dt.date(2025, 10, 13)],
                 ["OT consult", "OT", "Gen ed", 30, "monthly", dt.date(2024, 10, 14), dt.date(2025, 10, 13)]],
                datefmt={"Start": "mdY", "End": "mdY"})
    return Form("Individualized Education Program (IEP) - At a Glance", [sch, DISTRICT],
                [("Student Name", "%s %s" % (s["first"], s["last"])), (idlab, s["lid"]), ("Date of Birth", fd(s["dob"], dobstyle)),
                 ("Grade", str(s["grade"])), ("Disability Category", d), ("Case Manager", "Ms. Ortiz"), ("IEP Meeting Date", "10/14/2024"),
                 ("Re-evaluation Due", "10/02/2026")],
                [("h", "Present Levels"), ("p", "%s reads at a mid-2nd grade level (DRA 24) and benefits from visual supports and chunked directions." % s["first"]),
                 ("h", "Annual Goals"), ("p", "1. By October 2025, %s will read grade-level passages at 90 wcpm with 95%% accuracy in 4 of 5 probes." % s["first"]),
                 ("p", "2. By October 2025, %s will write a 5-sentence paragraph with a topic sentence in 3 of 4 samples." % s["first"]),
                 ("h", "Services"), ("t", svc),
                 ("h", "Accommodations"), ("p", "Extended time 1.5x; read aloud for math and science; small group testing; preferential seating.")],
                ids=[s["lid"]], dobs=[s["dob"]], footer="CONFIDENTIAL - Special Education Record")


def form_504(rng, s, sch, idlab="Student ID #", dobstyle="mdY"):
    return Form("Section 504 Accommodation Plan", [sch],
                [("Student", "%s, %s" % (s["last"], s["first"])), (idlab, s["lid"]), ("DOB", fd(s["dob"], dobstyle)),
                 ("Grade", str(s["grade"])), ("Plan Date", "09/24/2024"), ("Review Date", "09/2025")],
                [("h", "Impairment"), ("p", rng.choice(["Type 1 diabetes substantially limits endocrine function and concentration during blood sugar episodes.",
                                                         "Anxiety disorder substantially limits concentration and learning.",
                                                         "ADHD substantially limits concentration, learning and reading."])),
                 ("h", "Accommodations"),
                 ("kv", [("Classroom", "Preferential seating; access to water and snacks; breaks as needed"),
                         ("Testing", "Extended time 1.5x; separate setting; may pause to check blood sugar"),
                         ("Health", "Blood glucose monitoring in class; nurse access at any time"),
                         ("Field trips", "Trained adult carries supplies")]),
                 ("p", "Participants: parent, 504 coordinator, classroom teacher, school nurse.")],
                ids=[s["lid"]], dobs=[s["dob"]])


def form_health_plan(rng, s, sch):
    return Form("Individual Health Plan - Severe Allergy", [sch, "Health Services"],
                [("Student", "%s %s" % (s["first"], s["last"])), ("Birth Date", fd(s["dob"], "BdY")), ("Grade/Teacher", "%s / Mr. Xiong" % grade_label(s["grade"], "ord")),
                 ("Student No.", s["lid"]), ("Allergen", "Peanuts, tree nuts"), ("Weight", "%d lb" % rng.randint(40, 90)),
                 ("Parent/Guardian", s["g1"]), ("Phone", s["g1p"])],
                [("h", "Emergency Action"), ("p", "If ANY symptoms after ingestion: give EpiPen Jr 0.15 mg in outer thigh, call 911, then call parent."),
                 ("h", "Medications at School"), ("kv", [("EpiPen Jr", "Nurse office + backpack (self-carry)"), ("Cetirizine 5 mg", "For mild hives only, per MD order")]),
                 ("p", "Physician: Dr. A. Nygaard. Plan reviewed with classroom, lunch and bus staff.")],
                ids=[s["lid"]], dobs=[s["dob"]])


def form_referral(rng, s, sch, D):
    d = before(rng, D, 0, 3)
    return Form("Behavior Incident Referral", [sch],
                [("Student", "%s %s" % (s["first"], s["last"])), ("Student #", s["lid"]), ("Grade", str(s["grade"])), ("Incident Date", fd(d, "mdY")),
                 ("Time", "11:%02d AM" % rng.randint(0, 59)), ("Location", rng.choice(["Playground", "Hallway", "Bus 14", "Classroom 203"])),
                 ("Referred by", "Mrs. Haddad"), ("Incident #", str(rng.randint(250100, 250999)))],
                [("h", "Description"), ("p", "%s %s" % (s["first"], rng.choice([
                    "threw a chair after being asked to put away a phone; no one was injured.",
                    "used a racial slur toward a classmate at recess and refused to go to the office.",
                    "hit another student twice during a kickball dispute."]))),
                 ("kv", [("Behavior code", rng.choice(["M-03 Physical aggression", "M-07 Harassment", "M-01 Defiance"])),
                         ("Administrative action", rng.choice(ACTIONS)), ("Parent contact", "Phone, same day")])],
                ids=[s["lid"]])


def form_eval(rng, s, sch):
    t = Table(["Test", "Composite", "Standard Score", "Percentile", "Range"],
              [["WISC-V", "Full Scale IQ", rng.randint(82, 108), rng.randint(12, 70), "Low Average-Average"],
               ["WISC-V", "Working Memory", rng.randint(70, 90), rng.randint(2, 25), "Very Low-Low Average"],
               ["WIAT-4", "Basic Reading", rng.randint(70, 88), rng.randint(2, 21), "Below Average"],
               ["WIAT-4", "Math Problem Solving", rng.randint(88, 110), rng.randint(21, 75), "Average"]])
    return Form("Psychoeducational Evaluation Report", [sch, "CONFIDENTIAL"],
                [("Name", "%s %s" % (s["first"], s["last"])), ("DOB", fd(s["dob"], "mdY")), ("Age", "%d-%d" % (2024 - s["dob"].year, rng.randint(0, 11))),
                 ("Grade", str(s["grade"])), ("LASID", s["lid"]), ("Evaluator", "J. Prescott, School Psychologist")],
                [("h", "Reason for Referral"), ("p", "%s was referred by the SST due to persistent reading difficulties despite Tier 2 and Tier 3 intervention." % s["first"]),
                 ("h", "Results"), ("t", t),
                 ("h", "Summary"), ("p", "Results are consistent with a specific learning disability in basic reading skills. The team will review eligibility.")],
                ids=[s["lid"]], dobs=[s["dob"]])


# ============================================================================
# class: pdf-attachment
# ============================================================================
C = "pdf-attachment"


@reg(C, "R")
def f_r_multipage_enroll(rng, P, D):
    sch = school_for(rng, "m")
    ss = students(rng, P, 72, GR["m"], "n6", "ss10")
    t = spec_table([("Student Number", "lid", "id"), ("Student Name", LF, "x"), ("SSID", "sid", "id"), ("Grd", G(), "x"),
                    ("Birthdate", "dob", "dob", "mdY"), ("Gender", "gender", "x"), ("Home Phone", "home", "x"), ("Homeroom", "hr", "x")], ss)
    pdf = render_pdf_table(t, ["%s - Student Roster by Name" % sch, "Printed %s   Active students, grades 6-8" % D.strftime("%m/%d/%Y")],
                           orient="P", font=8, footer_text="PowerSchool - sqlReport", repeat_header=False)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Roster printout for emergency binders",
             text="%s,\n\nFull roster PDF for the emergency binders (prints 3 pages).\n\n%s" % (b[0], a[0]),
             atts=[("emergency_roster.pdf", pdf)], labels=lab(t))


@reg(C, "R")
def f_r_report_card(rng, P, D):
    s = students(rng, P, 1, [2, 3], "n6", None)[0]
    sch = school_for(rng, "e")
    f = form_report_card(rng, s, sch, "Student ID", "mdY")
    return M("%s Office <office@district.example>" % sch.split()[0], parent_addr(rng, s), "Trimester 1 report card",
             text="Dear family,\n\nAttached is %s's Trimester 1 report card. Conferences are next week.\n\n%s" % (s["first"], sch),
             atts=[("ReportCard_T1_%s.pdf" % s["last"], render_pdf_form(f))], labels=lab(f))


@reg(C, "R")
def f_r_transcript(rng, P, D):
    s = students(rng, P, 1, [12], "n7", "ss10")[0]
    rows = []
    for yr, g, cs in [("2021-22", 9, ["English 9", "Algebra 1", "Physical Science", "World Geography", "PE", "Art 1"]),
                      ("2022-23", 10, ["English 10", "Geometry", "Biology", "World History", "Health", "Spanish 1"]),
                      ("2023-24", 11, ["AP Lang", "Algebra 2", "Chemistry", "US History", "Spanish 2", "Ceramics"])]:
        for c in cs:
            rows.append([yr, g, c, rng.choice(MARKS[:6]), rng.choice(MARKS[:6]), 1.0])
    t = Table(["School Year", "Grade", "Course", "S1", "S2", "Credits"], rows)
    gpa = rng.uniform(2.5, 3.9)
    f = Form("Official Transcript", ["Westfield High School", DIST_ADDR],
             [("Student", "%s, %s %s" % (s["last"], s["first"], s["mi"])), ("Student ID", s["lid"]), ("State Student ID", s["sid"]),
              ("Date of Birth", fd(s["dob"], "dbY")), ("Graduation Year", "2025"), ("Weighted GPA", "%.3f" % (gpa + rng.uniform(0.05, 0.3))),
              ("Unweighted GPA", "%.3f" % gpa), ("Credits Earned", "18.0")],
             [("t", t), ("p", "Class rank: %d of 341. This transcript is official only with the registrar's signature and seal." % rng.randint(5, 200))],
             ids=[s["lid"], s["sid"]], dobs=[s["dob"]])
    return M("Registrar <registrar.westfield@district.example>", "admissions@northcoastcollege.example", "Transcript: %s %s" % (s["first"], s["last"]),
             text="Please find the official transcript attached for %s %s.\n\nRegistrar, Westfield High School" % (s["first"], s["last"]),
             atts=[("Transcript_%s.pdf" % s["last"], render_pdf_form(f))], labels=lab(f))


@reg(C, "R")
def f_r_iep(rng, P, D):
    s = students(rng, P, 1, [3, 4], "n6", None)[0]
    f = form_iep(rng, s, school_for(rng, "e"), "Student ID", "mdY")
    a, b = staff(P, 2)
    return M(who(a), who(b), "IEP at a glance for gen ed teacher",
             text="%s,\n\nAttached is the IEP at-a-glance for your new student. Please keep it in your confidential folder.\n\n%s" % (b[0], a[0]),
             atts=[("IEP_glance.pdf", render_pdf_form(f, "Confidential"))], labels=lab(f))


@reg(C, "R")
def f_r_504(rng, P, D):
    s = students(rng, P, 1, GR["m"], "n7", None)[0]
    f = form_504(rng, s, school_for(rng, "m"), "Student ID #", "mdy_np")
    a = staff(P)[0]
    return M(who(a), parent_addr(rng, s), "Signed 504 plan",
             text="Hello,\n\nAttached is the finalized 504 plan from our meeting. Let me know if anything needs to change.\n\n%s\n504 Coordinator" % a[0],
             atts=[("504_plan.pdf", render_pdf_form(f))], labels=lab(f))


@reg(C, "R")
def f_r_referral(rng, P, D):
    s = students(rng, P, 1, GR["e"], "n5", None)[0]
    f = form_referral(rng, s, school_for(rng, "e"), D)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Referral form - scanned",
             text="Scanned referral attached for entry into PowerSchool log entries.\n\n%s" % a[0],
             atts=[("referral.pdf", render_pdf_form(f))], labels=lab(f))


@reg(C, "R")
def f_r_multipage_att(rng, P, D):
    ss = students(rng, P, 64, GR["e"], "s6", None)
    t = spec_table([("Student ID", "lid", "id"), ("Name", LF, "x"), ("Gr", G(), "x"), ("Mbr Days", lambda s, r: 78, "x"),
                    ("Abs", lambda s, r: r.randint(0, 14), "x"), ("Exc", lambda s, r: r.randint(0, 5), "x"), ("Unx", lambda s, r: r.randint(0, 6), "x"),
                    ("Tdy", lambda s, r: r.randint(0, 10), "x"), ("ADA %", lambda s, r: round(r.uniform(82, 100), 1), "x")], ss)
    pdf = render_pdf_table(t, ["Sunnyslope Elementary - Student Attendance Summary", "Date range 08/26/2024 - %s" % D.strftime("%m/%d/%Y")],
                           orient="P", font=8, footer_text="Skyward Student Management")
    a, b = staff(P, 2)
    return M(who(a), who(b), "Attendance summary - whole school",
             text="Attendance summary for all students attached (Skyward report).\n\n%s" % a[0],
             atts=[("AttendanceSummary.pdf", pdf)], labels=lab(t))


@reg(C, "R")
def f_r_exclusion(rng, P, D):
    ss = students(rng, P, 8, GR["e"], "n6", None)
    t = spec_table([("Student", FL, "x"), ("ID", "lid", "id"), ("DOB", "dob", "dob", "mdY"), ("Missing Vaccine", lambda s, r: r.choice(["DTaP #5", "Polio #4", "MMR #2", "Varicella #2"]), "x"),
                    ("Exclusion Date", lambda s, r: dt.date(2025, 2, 19), "x", "mdY")], ss)
    pdf = render_pdf_table(t, ["Immunization Exclusion List", "Lakeside USD Health Services - Exclusion Day February 19, 2025"], orient="L", font=9)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Exclusion Day list",
             text="Students who will be excluded Feb 19 unless records arrive. Please do a final parent call.\n\n%s" % a[0],
             atts=[("exclusion_list.pdf", pdf)], labels=lab(t))


@reg(C, "R")
def f_r_health_plan(rng, P, D):
    s = students(rng, P, 1, GR["e"], "n6", None)[0]
    f = form_health_plan(rng, s, school_for(rng, "e"))
    a = staff(P)[0]
    return M(who(a), "bus-drivers-route7@district.example", "Allergy plan for a Route 7 rider",
             text="Drivers,\n\nAttached is the health plan for a student on your route with a severe peanut allergy. Please read it before Monday.\n\n%s, RN" % a[0],
             atts=[("IHP_allergy.pdf", render_pdf_form(f))], labels=lab(f))


@reg(C, "R")
def f_r_scores_class(rng, P, D):
    ss = students(rng, P, 25, [8], "emis", None)
    t = spec_table([("SSID", "lid", "id"), ("Student", LF, "x"), ("Test Date", lambda s, r: dt.date(2024, 5, 7), "x", "mdY"),
                    ("Scaled Score", lambda s, r: r.randint(640, 790), "x"), ("Performance Level", lambda s, r: r.choice(["Limited", "Basic", "Proficient", "Accelerated", "Advanced"]), "x")], ss)
    pdf = render_pdf_table(t, ["Ohio's State Tests - Grade 8 Mathematics", "Teacher Roster Report - Lincoln Park MS"], orient="P", font=9)
    a, b = staff(P, 2)
    return M(who(a), who(b), "OST roster report for math team",
             text="Spring OST grade 8 math roster report attached (EMIS SSIDs).\n\n%s" % a[0],
             atts=[("OST_G8_Math_Roster.pdf", pdf)], labels=lab(t))


@reg(C, "R")
def f_r_eval(rng, P, D):
    s = students(rng, P, 1, [3, 4, 5], "n6", None)[0]
    f = form_eval(rng, s, school_for(rng, "e"))
    a, b = staff(P, 2)
    return M(who(a), who(b), "Draft eval report for eligibility meeting",
             text="%s,\n\nDraft psychoeducational report attached for Thursday's eligibility meeting.\n\n%s\nSchool Psychologist" % (b[0], a[0]),
             atts=[("PsychEd_Report_DRAFT.pdf", render_pdf_form(f, "CONFIDENTIAL"))], labels=lab(f))


@reg(C, "R")
def f_r_bus(rng, P, D):
    ss = students(rng, P, 14, GR["k8"], "n6", None)
    t = spec_table([("Stop", lambda s, r: r.randint(1, 9), "x"), ("Student Name", LF, "x"), ("Grade", G(), "x"), ("Address", "addr", "x"),
                    ("City", "city", "x"), ("Contact 1 Phone", "g1p", "x"), ("Contact 2 Phone", "g2p", "x")], ss)
    t.rows.sort(key=lambda r: r[0])
    pdf = render_pdf_table(t, ["Route 31 Rider Roster", "Harborview K-8   AM/PM"], orient="L", font=9)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Route 31 roster PDF", text="Route 31 roster attached.\n\n%s\nDispatch" % a[0],
             atts=[("route31.pdf", pdf)], labels=lab(t))


# ---- look-alikes --------------------------------------------------------------
@reg(C, "L")
def f_l_catalog(rng, P, D):
    t = catalog_table(rng, False)
    pdf = render_pdf_doc("Westfield High School Course Catalog 2025-26",
                         [("p", "Students in Grade 9-12 must earn 24 credits to graduate. Course numbers are used on the forecasting form."), ("t", t)])
    return M("Counseling <counseling.westfield@district.example>", "westfield-families@district.example", "2025-26 course catalog",
             text="The course catalog for next year is attached.", atts=[("catalog.pdf", pdf)])


@reg(C, "L")
def f_l_busroute(rng, P, D):
    t = bus_sched_table(rng, rng.randint(10, 44))
    pdf = render_pdf_table(t, ["Route Schedule", "Effective %s" % D.strftime("%m/%d/%Y")], orient="P", font=10)
    return M("Transportation <transportation@district.example>", "office.willowcreek@district.example", "Route schedule PDF",
             text="Route schedule attached for posting.", atts=[("route_schedule.pdf", pdf)])


@reg(C, "L")
def f_l_agenda(rng, P, D):
    pdf = render_pdf_doc("Board of Directors - Regular Meeting Agenda",
                         [("p", "Date: %s, 6:30 PM. Location: District Office Board Room, %s" % (fd(before(rng, D, -10, -3), "BdY"), DIST_ADDR)),
                          ("h", "1. Call to order"), ("h", "2. Consent agenda"),
                          ("p", "a. Minutes of prior meeting  b. Personnel report (new hires, Employee IDs 154220-154231)  c. Donations over $5,000"),
                          ("h", "3. Reports"), ("p", "Enrollment update: 6,412 students (Day 30). Budget: first interim report."),
                          ("h", "4. Action items"), ("p", "Resolution 24-17: Bus purchase, PO 25-00812. Resolution 24-18: Calendar 2025-26."),
                          ("h", "5. Adjourn")])
    return M("Board Secretary <board@district.example>", "board-distribution@district.example", "Board agenda", text="Agenda attached.",
             atts=[("agenda.pdf", pdf)])


@reg(C, "L")
def f_l_invoice(rng, P, D):
    inv = rng.randint(10000, 19999)
    t = Table(["Date of Service", "Description", "Hours", "Rate", "Amount"],
              [[fd(sdate(rng, "2024-10-01", "2024-10-31"), "mdY"), "Field trip charter, 56-passenger", h, "$115.00", "$%.2f" % (h * 115)] for h in [rng.randint(3, 8) for _ in range(5)]])
    pdf = render_pdf_doc("INVOICE #%d" % inv, [("p", "Cascade Charter Lines, 77 Terminal Way, Eugene, OR 97402  %s" % phone(rng, "541")),
                                              ("p", "Bill to: Lakeside USD Accounts Payable. Customer #C-%d. PO 25-%05d." % (rng.randint(1000, 9999), rng.randint(100, 9999))),
                                              ("t", t), ("p", "Payment due within 30 days.")])
    return M("Cascade Charter Lines <billing@cascadecharter.example>", "accounts.payable@district.example", "Invoice %d" % inv,
             text="Invoice attached.", atts=[("Invoice_%d.pdf" % inv, pdf)])


@reg(C, "L")
def f_l_calendar(rng, P, D):
    rows = [["Aug 26, 2024", "First day of school, grades 1-12"], ["Aug 28, 2024", "First day, kindergarten"], ["Sep 2, 2024", "Labor Day - no school"],
            ["Oct 11, 2024", "Teacher inservice - no school"], ["Nov 11, 2024", "Veterans Day - no school"], ["Nov 25-29, 2024", "Thanksgiving break"],
            ["Dec 23 - Jan 3", "Winter break"], ["Jan 20, 2025", "MLK Jr. Day"], ["Mar 24-28, 2025", "Spring break"], ["Jun 12, 2025", "Last day (early release)"]]
    pdf = render_pdf_doc("2024-25 District Calendar", [("t", Table(["Date", "Event"], rows)), ("p", "Questions: %s" % phone(rng, "541"))])
    return M("Communications <communications@district.example>", "families-all@district.example", "2024-25 calendar",
             text="The district calendar is attached.", atts=[("calendar.pdf", pdf)])


@reg(C, "L")
def f_l_school_report(rng, P, D):
    t = Table(["Group", "Students tested", "% Proficient ELA", "% Proficient Math", "Attendance rate"],
              [[g, rng.randint(20, 400), round(rng.uniform(25, 70), 1), round(rng.uniform(20, 65), 1), round(rng.uniform(88, 96), 1)] for g in
               ["All students", "Econ. disadvantaged", "Students with disabilities", "English learners", "Hispanic/Latino", "White", "Two or more races"]])
    pdf = render_pdf_doc("At-a-Glance School Profile: Lincoln Park Middle School", [("p", "Enrollment 642 | Grades 6-8 | 38 teachers"), ("t", t)])
    return M("Research & Assessment <assessment@district.example>", "principals@district.example", "School profiles", text="School profile attached.",
             atts=[("profile_lpms.pdf", pdf)])


@reg(C, "L")
def f_l_staffdir(rng, P, D):
    rows = [[r[0], "%s, %s" % (r[1], r[2]), r[3], r[4], r[6]] for r in staff_rows(rng, P, 80)]
    t = Table(["Emp ID", "Name", "Position", "Building", "Ext"], rows)
    pdf = render_pdf_table(t, ["Lakeside USD Staff Directory", "Internal use"], orient="P", font=8)
    return M("HR <hr@district.example>", "all-staff@district.example", "Staff directory", text="Updated directory attached.",
             atts=[("staff_directory.pdf", pdf)])


@reg(C, "L")
def f_l_athletics(rng, P, D):
    pdf = render_pdf_table(sports_sched(rng), ["Lincoln Park MS Volleyball", "2024 schedule & results"], orient="P", font=10)
    return M("Athletics <athletics@district.example>", "lpms-families@district.example", "Volleyball schedule", text="Schedule attached.",
             atts=[("vb_schedule.pdf", pdf)])


@reg(C, "L")
def f_l_menu(rng, P, D):
    rows = [[fd(dt.date(2025, 1, 6) + dt.timedelta(days=i + (i // 5) * 2), "bdY"), rng.choice(["Pizza", "Tacos", "Orange chicken", "Mac & cheese", "Burger"]),
             rng.choice(["Apples", "Corn", "Salad", "Peas"])] for i in range(15)]
    pdf = render_pdf_doc("Elementary Lunch Menu - January", [("t", Table(["Date", "Entree", "Side"], rows))])
    return M("Nutrition Services <nutrition@district.example>", "families-elem@district.example", "January menu", text="Menu attached.",
             atts=[("jan_menu.pdf", pdf)])


@reg(C, "L")
def f_l_flyer(rng, P, D):
    pdf = render_pdf_doc("Kindergarten Round-Up!", [("p", "Is your child turning 5 by September 1, 2025? Join us Thursday, March 6, 2025 at 5:30 PM."),
                                                    ("p", "Cedar Ridge Elementary, 3100 Meadowlark St, Lakeside, OR 97433"),
                                                    ("p", "Bring a birth certificate and immunization record to register. Questions? %s" % phone(rng, "541"))])
    return M("Cedar Ridge Office <office.cedarridge@district.example>", "community-list@district.example", "Kindergarten Round-Up flyer",
             text="Please share!", atts=[("roundup.pdf", pdf)])


@reg(C, "L")
def f_l_po(rng, P, D):
    po = "PO-25-%05d" % rng.randint(100, 9999)
    t = Table(["Line", "Item", "Qty", "Unit", "Total", "Account"],
              [[i, it, q, u, q * u, "GF-1000-%04d" % rng.randint(1000, 9999)] for i, (it, q, u) in
               enumerate([("Classroom library books", 40, 6), ("Headphones", 30, 9), ("Math manipulatives kit", 6, 85)], 1)])
    pdf = render_pdf_doc("Purchase Order %s" % po, [("p", "Vendor: Riverside Books, Vendor ID V%05d" % rng.randint(10000, 99999)),
                                                   ("p", "Ship to: Oak Hollow Elementary, 2231 Quail Run, Lakeside, OR 97438"), ("t", t)])
    return M("Purchasing <purchasing@district.example>", "orders@riversidebooks.example", po, text="Please see attached PO.",
             atts=[("%s.pdf" % po, pdf)])


# ============================================================================
# class: docx-attachment
# ============================================================================
C = "docx-attachment"


@reg(C, "R")
def d_r_iep(rng, P, D):
    s = students(rng, P, 1, GR["m"], "n7", None)[0]
    f = form_iep(rng, s, school_for(rng, "m"), "Stu ID", "BdY")
    a, b = staff(P, 2)
    return M(who(a), who(b), "Draft IEP for review", text="%s,\n\nDraft IEP attached - please add your present levels by Wednesday.\n\n%s" % (b[0], a[0]),
             atts=[("IEP_DRAFT_%s.docx" % s["last"], render_docx_form(f))], labels=lab(f))


@reg(C, "R")
def d_r_504(rng, P, D):
    s = students(rng, P, 1, GR["e"], "n5", None)[0]
    f = form_504(rng, s, school_for(rng, "e"), "ID Number", "dBY")
    a, b = staff(P, 2)
    return M(who(a), who(b), "504 plan - updated", text="Updated 504 plan attached for your records.\n\n%s" % a[0],
             atts=[("504_%s.docx" % s["first"], render_docx_form(f, grid=False))], labels=lab(f))


@reg(C, "R", prose=True)
def d_r_counsel(rng, P, D):
    s = students(rng, P, 1, [8], "n6", None)[0]
    d = render_docx_doc("Counseling Contact Notes - CONFIDENTIAL", [
        ("kv", [("Student", "%s %s" % (s["first"], s["last"])), ("Date", fd(before(rng, D, 0, 2), "mdY"))]),
        ("p", "%s self-referred after lunch. Reports conflict with a friend group and has been skipping 6th period (4 absences this month). "
              "Grades: D in Science, F in Spanish. Discussed coping strategies; %s agreed to a weekly check-in on Tuesdays." % (s["first"], s["first"])),
        ("p", "Parent contacted by phone. Will consult with the school psychologist about a possible 504 referral for anxiety.")])
    a, b = staff(P, 2)
    L = Labels()
    L.record = L.prose = True
    return M(who(a), who(b), "Notes from today", text="Notes attached, please keep confidential.\n\n%s" % a[0],
             atts=[("contact_note.docx", d)], labels=L)


@reg(C, "R")
def d_r_classlist(rng, P, D):
    ss = students(rng, P, 22, [5], "n6", None)
    t = spec_table([("Student Name", LF, "x"), ("Student No.", "lid", "id"), ("Birth Date", "dob", "dob", "mdy"), ("Parent Phone", "g1p", "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "5th grade class list for outdoor school registration",
             text="Class list for outdoor school registration attached.\n\n%s" % a[0],
             atts=[("class_list_5B.docx", render_docx_table(t, "Room 18 - Class List", ["Outdoor School registration - please verify birth dates."]))], labels=lab(t))


@reg(C, "R")
def d_r_caseload(rng, P, D):
    ss = students(rng, P, 11, GR["k8"], "n6", None)
    t = spec_table([("Name", FL, "x"), ("ID", "lid", "id"), ("Gr", G(), "x"), ("Eligibility", lambda s, r: r.choice(DISAB), "x"),
                    ("Speech/Lang Minutes", lambda s, r: r.choice(["60/mo", "30/wk", "90/mo"]), "x"), ("Triennial", lambda s, r: sdate(r, "2025-01-01", "2026-12-01"), "x", "mdY")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "SLP caseload", text="My caseload for this year attached.\n\n%s, SLP" % a[0],
             atts=[("SLP_caseload.docx", render_docx_table(t, "Speech-Language Caseload 2024-25"))], labels=lab(t))


@reg(C, "R")
def d_r_referral(rng, P, D):
    s = students(rng, P, 1, GR["m"], "n6", None)[0]
    f = form_referral(rng, s, school_for(rng, "m"), D)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Referral writeup", text="Referral writeup attached.\n\n%s" % a[0],
             atts=[("referral_writeup.docx", render_docx_form(f))], labels=lab(f))


@reg(C, "R")
def d_r_trip_med(rng, P, D):
    ss = students(rng, P, 6, [6], "n6", None)
    t = spec_table([("Student", FL, "x"), ("Condition", lambda s, r: r.choice(CONDITIONS), "x"), ("Medication", lambda s, r: r.choice(["EpiPen", "Inhaler", "Insulin pen", "Zyrtec"]), "x"),
                    ("Dose/Time", lambda s, r: r.choice(["As needed", "Lunch", "8 AM"]), "x"), ("Guardian Cell", "g1p", "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Camp medical sheet", text="Medical sheet for camp chaperones.\n\n%s, RN" % a[0],
             atts=[("camp_medical.docx", render_docx_table(t, "6th Grade Camp - Student Medical Information", [], ["Medications travel in the nurse bag."]))], labels=lab(t))


@reg(C, "R")
def d_r_report_comments(rng, P, D):
    s = students(rng, P, 1, [4], "n4", None)[0]
    f = form_report_card(rng, s, school_for(rng, "e"), "Perm #", None)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Report card draft - can you proof?", text="Can you proof my comments before I enter them?\n\n%s" % a[0],
             atts=[("RC_draft.docx", render_docx_form(f))], labels=lab(f))


@reg(C, "R")
def d_r_reading_groups(rng, P, D):
    ss = students(rng, P, 8, [1], "n6", None)
    t = spec_table([("Student", FL, "x"), ("DIBELS ORF", lambda s, r: r.randint(8, 40), "x"), ("Benchmark", lambda s, r: r.choice(["Well Below", "Below"]), "x"),
                    ("Intervention", lambda s, r: r.choice(["Phonics Group A", "Phonics Group B"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "1st grade reading groups", text="Reading intervention groups based on winter DIBELS.\n\n%s" % a[0],
             atts=[("reading_groups.docx", render_docx_table(t, "Grade 1 Reading Intervention Groups"))], labels=lab(t))


@reg(C, "R")
def d_r_health_plan(rng, P, D):
    s = students(rng, P, 1, GR["e"], "n6", None)[0]
    f = form_health_plan(rng, s, school_for(rng, "e"))
    a, b = staff(P, 2)
    return M(who(a), who(b), "Health plan", text="Health plan attached for your sub folder.\n\n%s" % a[0],
             atts=[("health_plan.docx", render_docx_form(f))], labels=lab(f))


@reg(C, "R")
def d_r_sst(rng, P, D):
    s = students(rng, P, 1, [2, 3], "n6", None)[0]
    f = Form("Student Study Team (SST) Meeting Notes", [school_for(rng, "e")],
             [("Student", "%s %s" % (s["first"], s["last"])), ("Date of Birth", fd(s["dob"], "mdY")), ("Student ID", s["lid"]),
              ("Meeting", fd(before(rng, D, 1, 4), "mdY"))],
             [("h", "Strengths"), ("p", "Kind to peers, strong oral vocabulary, loves science."),
              ("h", "Concerns"), ("p", "Reading below benchmark (DIBELS composite well below); 11 absences; frequent nurse visits for stomachaches."),
              ("h", "Plan"), ("p", "Tier 3 reading 30 min daily; attendance check-in; nurse to contact family about stomachaches. Reconvene in 6 weeks.")],
             ids=[s["lid"]], dobs=[s["dob"]])
    a, b = staff(P, 2)
    return M(who(a), who(b), "SST notes", text="SST notes attached.\n\n%s" % a[0],
             atts=[("SST_notes.docx", render_docx_form(f, grid=False))], labels=lab(f))


@reg(C, "R")
def d_r_att_letter(rng, P, D):
    s = students(rng, P, 1, GR["m"], "n7", None)[0]
    d = render_docx_doc("Notice of Excessive Absences", [
        ("p", "Date: %s" % fd(before(rng, D, 0, 1), "BdY")), ("p", "To the parent/guardian of: %s %s" % (s["first"], s["last"])),
        ("kv", [("Student ID", s["lid"]), ("Grade", str(s["grade"]))]),
        ("p", "Our records show %s has %d absences this school year, %d of them unexcused. Oregon law requires regular attendance. "
              "Please attend an attendance meeting on the date below." % (s["first"], rng.randint(9, 16), rng.randint(5, 8))),
        ("p", "Sincerely, Attendance Office, Riverbend Middle School")])
    a, b = staff(P, 2)
    L = Labels()
    L.add_id(s["lid"])
    L.record = True
    return M(who(a), who(b), "Attendance letter to mail", text="Letter ready to print and mail.\n\n%s" % a[0],
             atts=[("attendance_letter.docx", d)], labels=L)


# ---- look-alikes --------------------------------------------------------------
@reg(C, "L")
def d_l_minutes(rng, P, D):
    d = render_docx_doc("Staff Meeting Minutes", [("p", "Date: %s. Present: 31 staff." % fd(before(rng, D, 1, 5), "mdY")),
                                                   ("h", "Announcements"), ("p", "Report cards due Nov 15. Conferences Nov 20-21. Copier in Rm 112 is fixed."),
                                                   ("h", "Data"), ("p", "School-wide attendance is 93.4%; chronic absence 14% (down from 18%)."),
                                                   ("h", "Next meeting"), ("p", "December 3 in the library.")])
    a, b = staff(P, 2)
    return M(who(a), "oakhollow-staff@district.example", "Staff meeting minutes", text="Minutes attached.", atts=[("minutes.docx", d)])


@reg(C, "L")
def d_l_newhires(rng, P, D):
    rows = [[r[0], "%s %s" % (r[2], r[1]), r[3], r[4], fd(r[5], "mdY")] for r in staff_rows(rng, P, 10)]
    t = Table(["Employee ID", "Name", "Position", "Location", "Start Date"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "New hires for board report", text="New hire list for the consent agenda.\n\n%s" % a[0],
             atts=[("new_hires.docx", render_docx_table(t, "Personnel Report - New Hires"))])


@reg(C, "L")
def d_l_electives(rng, P, D):
    t = catalog_table(rng, True)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Elective descriptions", text="Elective descriptions for the registration night handout.\n\n%s" % a[0],
             atts=[("electives.docx", render_docx_table(t, "Middle School Electives", ["Open to Grade 6-8 unless noted."]))])


@reg(C, "L")
def d_l_subplans(rng, P, D):
    t = Table(["Time", "Period", "Class", "Room", "Notes"],
              [["8:00", "1", "Math 7", "214", "Warm-up on board"], ["8:55", "2", "Math 7", "214", "Worksheet p. 112"], ["9:50", "3", "Prep", "", ""],
               ["10:45", "4", "Math 8", "214", "Quiz - collect"], ["12:10", "5", "Math 8", "214", "Khan video"], ["1:05", "6", "Study Hall", "Library", "Attendance sheet on desk"]])
    a = staff(P)[0]
    return M(who(a), "subdesk@district.example", "Sub plans for Friday", text="Sub plans attached.",
             atts=[("sub_plans.docx", render_docx_table(t, "Substitute Plans - Room 214", ["Fire drill route: exit left, field."]))])


@reg(C, "L")
def d_l_blankform(rng, P, D):
    d = render_docx_doc("Field Trip Permission & Medical Form", [
        ("p", "Trip: Oregon Coast Aquarium   Date: May 16, 2025   Cost: $18"),
        ("kv", [("Student Name", "________________________"), ("Student ID", "__________"), ("Date of Birth", "____/____/______"),
                ("Allergies/Medications", "________________________"), ("Parent/Guardian Signature", "________________________"),
                ("Emergency Phone", "(____) ____-______")]),
        ("p", "Return to your teacher by May 9. Questions: %s" % phone(rng, "541"))])
    return M("Maple Grove Office <office.maplegrove@district.example>", "maplegrove-3rdgrade@district.example", "Permission slip template",
             text="Blank permission slip for the aquarium trip - please copy for your class.", atts=[("permission_slip.docx", d)])


@reg(C, "L")
def d_l_contract(rng, P, D):
    d = render_docx_doc("Service Agreement", [("p", "This agreement between Lakeside Unified School District and Summit Therapy Staffing LLC "
                                                    "(Vendor No. V%05d) is effective %s." % (rng.randint(10000, 99999), fd(dt.date(2024, 9, 1), "BdY"))),
                                               ("kv", [("Contract #", "C-25-%04d" % rng.randint(100, 9999)), ("Account", "200-5100-%04d" % rng.randint(1000, 9999)),
                                                       ("Rate", "$92.00/hour"), ("Not to exceed", "$160,000")]),
                                               ("p", "Vendor will provide contracted speech-language pathologists. Notices: 1200 Northgate Blvd, Lakeside, OR 97431.")])
    return M("Contracts <contracts@district.example>", "legal@summittherapy.example", "Agreement for signature", text="Please sign and return.",
             atts=[("agreement.docx", d)])


@reg(C, "L")
def d_l_newsletter(rng, P, D):
    d = render_docx_doc("Willow Creek Wildcat News - November", [
        ("p", "Dear families, thank you for a great conference week! 96% of families attended."),
        ("h", "Dates"), ("t", Table(["Date", "Event"], [["11/11", "No school"], ["11/19", "Picture retakes"], ["11/27-29", "Thanksgiving break"]])),
        ("p", "Office: 812 Willow Bend Dr, Lakeside, OR 97440. Phone %s." % phone(rng, "541"))])
    return M("Willow Creek Office <office.willowcreek@district.example>", "willowcreek-families@district.example", "November newsletter",
             text="Newsletter attached.", atts=[("newsletter_nov.docx", d)])


@reg(C, "L")
def d_l_aggregate(rng, P, D):
    t = grade_dist_table(rng)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Grade distribution narrative", text="Draft narrative for the site plan.\n\n%s" % a[0],
             atts=[("site_plan_data.docx", render_docx_table(t, "Site Plan Data - Grade Distribution", ["Counts of marks by section, Q1."],
                                                             ["F rates fell in 6 of 8 sections compared with last year."]))])


@reg(C, "L")
def d_l_bus(rng, P, D):
    t = bus_sched_table(rng, rng.randint(10, 44))
    return M("Transportation <transportation@district.example>", "office.sunnyslope@district.example", "Route sheet",
             text="Route sheet for the office.", atts=[("route_sheet.docx", render_docx_table(t, "Route Stop Sheet"))])


@reg(C, "L")
def d_l_pta(rng, P, D):
    d = render_docx_doc("PTA General Meeting Minutes", [("p", "Called to order 6:05 PM. 19 members present."),
                                                         ("p", "Treasurer: balance $12,904.33 in account ending 4471. Fun Run net $8,420."),
                                                         ("p", "Motion to fund $1,500 for 5th grade outdoor school scholarships passed."),
                                                         ("p", "Next meeting January 14, 6 PM, library.")])
    return M("Harborview PTA <harborviewpta@gmail.com>", "harborview-families@district.example", "PTA minutes", text="Minutes attached.",
             atts=[("pta_minutes.docx", d)])


@reg(C, "L")
def d_l_volunteers(rng, P, D):
    rows = [["%s %s" % P.name(), "VOL-%d" % rng.randint(3000, 9999), fd(sdate(rng, "2024-08-01", "2024-10-30"), "mdY"), phone(rng),
             rng.choice(["Library", "Classroom", "Field trips", "Lunch"])] for _ in range(12)]
    t = Table(["Volunteer", "Volunteer ID", "Background Check Cleared", "Phone", "Area"], rows)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Cleared volunteers", text="Cleared volunteers list.\n\n%s" % a[0],
             atts=[("volunteers.docx", render_docx_table(t, "Approved Volunteers 2024-25"))])


# ============================================================================
# class: zip-archive
# ============================================================================
C = "zip-archive"


@reg(C, "R")
def z_r_ps_export(rng, P, D):
    ss = students(rng, P, 35, GR["e"], "n6", "ss10")
    t = spec_table([("Student_Number", "lid", "id"), ("State_StudentNumber", "sid", "id"), ("Last_Name", "last", "x"), ("First_Name", "first", "x"),
                    ("Grade_Level", G("ps"), "x"), ("DOB", "dob", "dob", "mdY"), ("Mother", lambda s, r: s["g1"], "x"), ("Mother_Cell", "g1p", "x"),
                    ("Street", "addr", "x"), ("Zip", "zip", "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), "support@yearbookvendor.example", "Student data file for picture day",
             cc=who(b), text="Hello,\n\nZipped export for picture day attached (password sent separately).\n\n%s" % a[0],
             atts=[("maplegrove_export.zip", render_zip([("students.csv", render_csv(t))]))], labels=lab(t))


@reg(C, "R")
def z_r_calpads(rng, P, D):
    ss = students(rng, P, 20, GR["m"], "n6", "ss10")
    t = spec_table([("SSID", "sid", "id"), ("LocalStudentID", "lid", "id"), ("StudentLegalLastName", "last", "x"), ("StudentLegalFirstName", "first", "x"),
                    ("StudentBirthDate", "dob", "dob", "Ymd"), ("GradeLevelCode", G("two"), "x"), ("EnrollmentStartDate", lambda s, r: dt.date(2024, 8, 21), "x", "Ymd")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "SENR errors file", text="CALPADS SENR error records zipped.\n\n%s" % a[0],
             atts=[("SENR_errors.zip", render_zip([("SENR_errors.csv", render_csv(t, delim="^"))]))], labels=lab(t))


@reg(C, "R")
def z_r_map(rng, P, D):
    ss = students(rng, P, 18, [6, 7], "n8", None)
    st = spec_table([("StudentID", "lid", "id"), ("StudentLastName", "last", "x"), ("StudentFirstName", "first", "x"),
                     ("StudentDateOfBirth", "dob", "dob", "mdY_np"), ("StudentGender", "gender", "x"), ("Grade", G(), "x")], ss)
    res = spec_table([("TermName", lambda s, r: "Winter 2024-2025", "x"), ("StudentID", "lid", "id"), ("Course", lambda s, r: "Reading", "x"),
                      ("TestRITScore", lambda s, r: r.randint(190, 235), "x"), ("TestPercentile", lambda s, r: r.randint(3, 97), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "MAP CDF", text="Winter comprehensive data file attached.\n\n%s" % a[0],
             atts=[("CDF_winter.zip", render_zip([("StudentsBySchool.csv", render_csv(st)), ("AssessmentResults.csv", render_csv(res))]))], labels=lab(st, res))


@reg(C, "R")
def z_r_sky_att_xlsx(rng, P, D):
    ss = students(rng, P, 14, GR["m"], "n5", None)
    t = spec_table([("Stu ID", "lid", "id"), ("Student", LFM, "x"), ("Grd", G("two"), "x"), ("Per Absences", lambda s, r: r.randint(6, 30), "x"),
                    ("Days Absent", lambda s, r: r.randint(3, 12), "x"), ("Truancy Letter", lambda s, r: r.choice(["1st", "2nd", ""]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Skyward attendance (zipped)", text="Zipped because of the email filter. Attendance letters list inside.\n\n%s" % a[0],
             atts=[("attendance.zip", render_zip([("AttendanceLetters.xlsx", render_xlsx([X("Letters", t, ["Skyward - Attendance Letter Report"])]))]))], labels=lab(t))


@reg(C, "R")
def z_r_gradebook(rng, P, D):
    ss = students(rng, P, 25, [8], "S8", None)
    t = spec_table([("Student", LF, "x"), ("Student ID", "lid", "id"), ("S1 %", lambda s, r: round(r.uniform(55, 99), 1), "x"), ("S1 Grade", lambda s, r: r.choice(MARKS), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "S1 final grades", text="Semester grades zipped.\n\n%s" % a[0],
             atts=[("S1_grades.zip", render_zip([("US_History_8_S1.xlsx", render_xlsx([X("P5", t)]))]))], labels=lab(t))


@reg(C, "R")
def z_r_disc_small(rng, P, D):
    ss = students(rng, P, 3, GR["m"], "n6", None)
    t = spec_table([("Student_Number", "lid", "id"), ("Student", FL, "x"), ("Incident_Date", lambda s, r: before(r, D, 0, 1), "x", "iso"),
                    ("Behavior", lambda s, r: "Fighting", "x"), ("Consequence", lambda s, r: r.choice(["OSS 2 days", "OSS 3 days"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Fight - three students", text="The three students involved in the lunch fight are in the attached file.\n\n%s" % a[0],
             atts=[("incident.zip", render_zip([("incident_students.csv", render_csv(t))]))], labels=lab(t))


@reg(C, "R")
def z_r_screening(rng, P, D):
    ss = students(rng, P, 16, [1, 3, 5], "n6", None)
    t = spec_table([("StudentNumber", "lid", "id"), ("Name", LF, "x"), ("Grade", G(), "x"), ("Vision R", lambda s, r: r.choice(["20/20", "20/40", "20/25"]), "x"),
                    ("Vision L", lambda s, r: r.choice(["20/20", "20/50", "20/25"]), "x"), ("Hearing", lambda s, r: r.choice(["Pass", "Pass", "Refer"]), "x"),
                    ("Referral Sent", lambda s, r: r.choice(["Y", "N"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Screening results", text="Vision/hearing screening results zipped.\n\n%s, RN" % a[0],
             atts=[("screening.zip", render_zip([("screening_results.csv", render_csv(t))]))], labels=lab(t))


@reg(C, "R")
def z_r_emis(rng, P, D):
    ss = students(rng, P, 13, GR["m"], "n6", "emis")
    t = spec_table([("SSID", "sid", "id"), ("LOCAL_ID", "lid", "id"), ("LAST_NAME", lambda s, r: s["last"].upper(), "x"), ("FIRST_NAME", lambda s, r: s["first"].upper(), "x"),
                    ("BIRTH_DT", "dob", "dob", "Ymd"), ("GRADE_LEVEL", G("two"), "x"), ("DISABILITY_CONDITION", lambda s, r: r.choice(["00", "08", "14", "16"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "EMIS FS records", text="EMIS student standing records for review.\n\n%s" % a[0],
             atts=[("EMIS_FS.zip", render_zip([("FS_records.csv", render_csv(t, quote_all=True))]))], labels=lab(t))


@reg(C, "R")
def z_r_bus(rng, P, D):
    files, tabs = [], []
    for r_ in [5, 12]:
        ss = students(rng, P, rng.randint(7, 11), GR["e"], "n6", None)
        t = spec_table([("Route", lambda s, r: r_, "x"), ("Student", LF, "x"), ("Grade", G(), "x"), ("Home Address", lambda s, r: "%s %s %s" % (s["addr"], s["city"], s["zip"]), "x"),
                        ("Guardian Phone", "g1p", "x")], ss)
        tabs.append(t)
        files.append(("route_%02d.csv" % r_, render_csv(t)))
    a, b = staff(P, 2)
    return M(who(a), who(b), "Rider lists", text="Rider lists for routes 5 and 12.\n\n%s" % a[0], atts=[("riders.zip", render_zip(files))], labels=lab(*tabs))


@reg(C, "R")
def z_r_meal(rng, P, D):
    ss = students(rng, P, 21, GR["k8"], "n7", None)
    t = spec_table([("PermID", "lid", "id"), ("StudentName", LF, "x"), ("BirthDate", "dob", "dob"), ("MealStatus", lambda s, r: r.choice(["Free", "Reduced"]), "x"),
                    ("ApprovalDate", lambda s, r: sdate(r, "2024-08-20", "2024-10-01"), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "Meal eligibility export", text="Eligibility export zipped.\n\n%s" % a[0],
             atts=[("eligibility.zip", render_zip([("eligibility.xlsx", render_xlsx([X("Eligibility", t, [], "yyyy-mm-dd")]))]))], labels=lab(t))


@reg(C, "R")
def z_r_sped2(rng, P, D):
    tabs = []
    for _ in range(2):
        ss = students(rng, P, rng.randint(6, 10), GR["k8"], "n6", None)
        tabs.append(spec_table([("Student ID", "lid", "id"), ("Student", FL, "x"), ("Disability", lambda s, r: r.choice(DISAB), "x"),
                                ("Date of Birth", "dob", "dob"), ("Annual Due", lambda s, r: sdate(r, "2025-01-01", "2025-06-01"), "x")], ss))
    a, b = staff(P, 2)
    return M(who(a), who(b), "Caseloads", text="Both caseloads in the zipped workbook.\n\n%s" % a[0],
             atts=[("caseloads.zip", render_zip([("caseloads.xlsx", render_xlsx([X("Ortiz", tabs[0], [], "m/d/yyyy"), X("Lam", tabs[1], [], "m/d/yyyy")]))]))], labels=lab(*tabs))


@reg(C, "R")
def z_r_pims(rng, P, D):
    ss = students(rng, P, 19, [3, 4, 5], "n6", "ss10")
    t = spec_table([("PAsecureID", "sid", "id"), ("District Student ID", "lid", "id"), ("Last", "last", "x"), ("First", "first", "x"),
                    ("PSSA ELA Score", lambda s, r: r.randint(900, 1300), "x"), ("PSSA ELA Level", lambda s, r: r.choice(["Below Basic", "Basic", "Proficient", "Advanced"]), "x")], ss)
    a, b = staff(P, 2)
    return M(who(a), who(b), "PSSA student results", text="PSSA student-level results zipped.\n\n%s" % a[0],
             atts=[("PSSA.zip", render_zip([("pssa_student.csv", render_csv(t))]))], labels=lab(t))


# ---- look-alikes --------------------------------------------------------------
def zl(cls_fn_name, fname, member, data, subj, txt, P, frm=None, to=None):
    a, b = staff(P, 2)
    return M(frm or who(a), to or who(b), subj, text=txt, atts=[(fname, render_zip([(member, data)]))])


@reg(C, "L")
def z_l_payroll(rng, P, D):
    rows = [[r[0], r[1], r[2], "PP%02d" % rng.randint(1, 26), round(rng.uniform(1200, 4800), 2)] for r in staff_rows(rng, P, 30)]
    return zl(0, "payroll.zip", "payroll_register.csv", render_csv(Table(["EmployeeID", "Last", "First", "PayPeriod", "Gross"], rows)), "Payroll register", "Register zipped.", P)


@reg(C, "L")
def z_l_invoices(rng, P, D):
    rows = [["INV-%d" % rng.randint(300000, 399999), "PO-25-%05d" % rng.randint(100, 9999), fd(sdate(rng, "2024-09-01", "2024-11-01"), "mdY"),
             round(rng.uniform(100, 9000), 2), rng.choice(["Paid", "Open"])] for _ in range(15)]
    return zl(0, "invoices.zip", "open_invoices.csv", render_csv(Table(["Invoice", "PO", "Invoice Date", "Amount", "Status"], rows)),
              "Statement of account", "Statement attached.", P, frm="Acme School Supply <billing@acmeschoolsupply.example>", to="accounts.payable@district.example")


@reg(C, "L")
def z_l_master(rng, P, D):
    return zl(0, "schedule.zip", "master_schedule.xlsx", render_xlsx([X("Master", master_sched(rng))]), "Master schedule file", "Zipped master schedule.", P)


@reg(C, "L")
def z_l_assess_agg(rng, P, D):
    rows = [[sch, g, rng.randint(40, 140), round(rng.uniform(20, 70), 1), round(rng.uniform(20, 70), 1)] for sch in ELEM for g in [3, 4, 5]]
    return zl(0, "state_summary.zip", "school_grade_summary.csv",
              render_csv(Table(["School", "Grade", "N Tested", "% Proficient ELA", "% Proficient Math"], rows)), "State test summary", "Aggregate summary.", P)


@reg(C, "L")
def z_l_bus(rng, P, D):
    return zl(0, "routes.zip", "route_stops.csv", render_csv(bus_sched_table(rng, rng.randint(10, 44))), "Route stops", "Route stop file.", P)


@reg(C, "L")
def z_l_staffdir(rng, P, D):
    rows = [[r[0], r[1], r[2], r[3], r[4], r[6]] for r in staff_rows(rng, P, 40)]
    t = Table(["Staff ID", "Last", "First", "Role", "Site", "Ext"], rows)
    return zl(0, "directory.zip", "staff_directory.xlsx", render_xlsx([X("Staff", t)]), "Directory for phone system", "Directory zipped.", P)


@reg(C, "L")
def z_l_inventory(rng, P, D):
    rows = [["LUSD-%06d" % rng.randint(10000, 99999), rng.choice(["Chromebook", "iPad", "Hotspot"]), "SN%s" % rng.randint(10000000, 99999999),
             fd(sdate(rng, "2022-01-01", "2024-06-01"), "iso"), rng.choice(["In service", "Repair", "Retired"])] for _ in range(30)]
    return zl(0, "inventory.zip", "devices.csv", render_csv(Table(["Asset Tag", "Type", "Serial", "Purchased", "Status"], rows)), "Device file", "Inventory zipped.", P)


@reg(C, "L")
def z_l_catalog(rng, P, D):
    return zl(0, "catalog.zip", "courses.csv", render_csv(catalog_table(rng, False)), "Course file for the new catalog site", "Course list zipped.", P)


@reg(C, "L")
def z_l_calendar(rng, P, D):
    rows = [[fd(dt.date(2025, 1, 6) + dt.timedelta(days=7 * i), "iso"), rng.choice(["Staff meeting", "PLC", "Early release", "Board meeting", "Assembly"]),
             rng.choice(["Library", "Gym", "Board Room"])] for i in range(20)]
    return zl(0, "calendar.zip", "events.csv", render_csv(Table(["Date", "Event", "Location"], rows)), "Calendar import", "Calendar import file.", P)


@reg(C, "L")
def z_l_placements(rng, P, D):
    ss = students(rng, P, 28, [3], "n6", None)
    t = spec_table([("Student", LF, "x"), ("Grade", G(), "x"), ("Teacher", lambda s, r: r.choice(["Ashby", "Tanaka", "Vickery"]), "x"),
                    ("Room", lambda s, r: r.choice(["20", "21", "22"]), "x")], ss, record=False)
    return zl(0, "placements.zip", "grade3_placements.csv", render_csv(t), "3rd grade placements", "Placements for door lists.", P)


@reg(C, "L")
def z_l_foodsales(rng, P, D):
    rows = [[sch, rng.randint(2000, 9000), rng.randint(300, 2000), round(rng.uniform(3000, 15000), 2)] for sch in ELEM + MIDDLE]
    return zl(0, "food_sales.zip", "sales_summary.xlsx", render_xlsx([X("Oct", Table(["Site", "Lunches", "Breakfasts", "A la carte $"], rows))]),
              "October meal counts", "Meal counts by site.", P)


# ============================================================================
# driver
# ============================================================================
def msg_date(rng):
    d = dt.date(2024, 9, 16) + dt.timedelta(days=rng.randint(0, 249))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    off = -8 if dt.date(2024, 11, 3) <= d < dt.date(2025, 3, 9) else -7
    return dt.datetime(d.year, d.month, d.day, rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59),
                       tzinfo=dt.timezone(dt.timedelta(hours=off)))


def generate(out):
    USED_IDS.clear()
    manifest, stats = [], []
    for cls in CLASSES:
        entries = list(REG[cls])
        random.Random("%s|order|%s" % (SEED, cls)).shuffle(entries)
        os.makedirs(os.path.join(out, cls), exist_ok=True)
        for i, (kind, fn, prose) in enumerate(entries, 1):
            rng = random.Random("%s|%s|%s" % (SEED, cls, fn.__name__))
            D = msg_date(random.Random("%s|date|%s|%s" % (SEED, cls, fn.__name__)))
            CUR["rng"] = rng
            m = fn(rng, Pool(rng), D)
            m.labels.prose = m.labels.prose or prose
            mid = "<%s.%03d.%s@district.example>" % (cls.split("-")[0], i, fn.__name__.replace("_", "-"))
            data = m.build(D, mid)
            rel = "%s/%03d.eml" % (cls, i)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            exp = m.labels.expected()
            if kind == "L":
                assert exp == [], (rel, fn.__name__, exp)
            else:
                assert any(e["kind"] in ("student-roster", "student-record") for e in exp), (rel, fn.__name__)
            manifest.append({"file": rel, "class": cls, "expected": exp})
            stats.append((cls, kind, m.labels.prose, fn.__name__))
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
        fh.write("\n")
    write_readme(out, manifest, stats)
    return manifest, stats


def totals(manifest):
    t = {}
    for e in manifest:
        for x in e["expected"]:
            t[x["kind"]] = t.get(x["kind"], 0) + 1
    return t


def write_readme(out, manifest, stats):
    tot = totals(manifest)
    per = {}
    for cls, kind, prose, _ in stats:
        per.setdefault(cls, [0, 0])[0 if kind == "R" else 1] += 1
    nprose = sum(1 for s in stats if s[2])
    nmsg_kind = {k: sum(1 for e in manifest if any(x["kind"] == k for x in e["expected"])) for k in
                 ["student-id", "date-of-birth", "student-roster", "student-record"]}
    cls_lines = "\n".join("| `%s` | %d | %d | %d |" % (c, per[c][0] + per[c][1], per[c][0], per[c][1]) for c in CLASSES)
    text = README_TEMPLATE.format(
        n=len(manifest), nrec=sum(v[0] for v in per.values()), nlook=sum(v[1] for v in per.values()), cls_lines=cls_lines,
        sid=tot.get("student-id", 0), dob=tot.get("date-of-birth", 0), ros=tot.get("student-roster", 0), rec=tot.get("student-record", 0),
        msid=nmsg_kind["student-id"], mdob=nmsg_kind["date-of-birth"], nprose=nprose,
        versions="Python %d.%d, fpdf2 %s, openpyxl %s, python-docx %s, pypdf %s" % (
            sys.version_info[0], sys.version_info[1], _ver("fpdf2"), _ver("openpyxl"), _ver("python-docx"), _ver("pypdf")))
    with open(os.path.join(out, "README.md"), "w") as fh:
        fh.write(text)


def _ver(pkg):
    try:
        from importlib.metadata import version
        return version(pkg)
    except Exception:
        return "?"


README_TEMPLATE = """# Education evaluation set (school-district mail, FERPA education records)

A labelled set of {n} synthetic e-mail messages of the kind a K-12 school district sends and receives,
for measuring a filter that must find **education records**. It was written from a labelling brief
without reading the filter's rules. **Every value is invented**: student, parent and staff names,
student IDs, dates of birth, addresses (fictional streets), and phone numbers (all `555-01XX`).
There are no SSN-like (3-2-4) numbers and no payment-card-like numbers.

The mail leans on PowerSchool- and Skyward-style exports and on elementary and middle school
offices, with some Infinite Campus, Aspen/SIMS, Synergy-style, CALPADS, EMIS, TSDS, PIMS, NWEA MAP,
i-Ready and state-test layouts, plus high-school registrar mail.

## Classes (by container)

Each class is named after the container that carries the table or document; every class holds
both education-record messages ("records") and look-alike messages that are not education
records but resemble them (same container, tables of names/numbers/dates/IDs).

| class | messages | records | look-alikes |
|---|---|---|---|
{cls_lines}

* `csv-attachment` - one or more `.csv` attachments (comma, quote-all, BOM-free).
* `xlsx-attachment` - `.xlsx` with real number and date cells (varied number formats), sometimes a
  title row above the header, sometimes two sheets.
* `html-table` - `text/html` bodies with tables, label/value notification forms, and a prose e-mail.
* `plain-text` - `text/plain` bodies with tab, pipe or space aligned tables, a raw pipe state file,
  a text transcript, and prose.
* `pdf-attachment` - real text PDFs (fpdf2): tables (two multi-page tables whose header appears
  only on page 1) and single-student forms with label/value pairs across the page.
* `docx-attachment` - Word tables and label/value documents (grid or "Label: value" paragraphs).
* `zip-archive` - `.zip` attachments holding CSV (comma, caret) or xlsx files.

Totals: {nrec} record messages, {nlook} look-alike messages.

## Files

* `<class>/NNN.eml` - RFC 5322 messages, CRLF line ends, attachments base64.
* `manifest.json` - list of `{{"file", "class", "expected": [{{"kind", "value"}}]}}`. `[]` means none
  of the four kinds is present.
* `make_set.py` - deterministic generator (fixed seed; fixed Date headers, Message-IDs, MIME
  boundaries, zip timestamps, PDF/docx/xlsx creation dates) plus the self-check.

## Labels and totals

| kind | labels | messages |
|---|---|---|
| `student-id` | {sid} | {msid} |
| `date-of-birth` | {dob} | {mdob} |
| `student-roster` | {ros} | {ros} |
| `student-record` | {rec} | {rec} |

* `student-id`: every student ID under a student-ID column header or after a student-ID label
  (`Student_Number`, `State_StudentNumber`, `Stu ID`, `Other ID`, `Perm ID`, `PermID`, `LASID`,
  `SASID`, `SSID`, `studentNumber`, `stateID`, `LocalStudentID`, `TX-UNIQUE-STUDENT-ID`, `PAsecureID`,
  `LOCAL_ID`, `ID #`, `Stu#`, `Student No.`, `Perm #`, `ID` in a student table, ...). Value is the ID
  with spaces and hyphens removed and letters upper-cased (e.g. `s482917` -> `S482917`,
  `104-22871` -> `10422871`). Styles vary: 4 to 12 characters, digits or letters+digits.
* `date-of-birth`: every birth date (`YYYY-MM-DD`), written in many formats (`03/14/2011`, `3/4/11`,
  `2011-03-14`, `14-Mar-2011`, `March 14, 2011`, `20110314`, ...) or as xlsx date cells. Entry,
  visit, incident, test, due, meeting, hire and expiry dates are never labelled.
* `student-roster` = `"1"` when one table / sheet / document has 5 or more education-record rows.
* `student-record` = `"1"` when the message holds an education record that is not a roster
  (single-student form or letter, table of 1-4 record rows, or prose about a named student's
  grades, health, services or discipline). {nprose} record messages are prose.

## Labelling decisions where the brief left a choice

* A table whose rows are all one student (a transcript's course lines, an attendance detail
  by date, a progress-monitoring data sheet, an IEP services table) is a single-student record:
  `student-record`, never `student-roster`.
* Tables of students with only directory-like data (homeroom/class placements, club T-shirt
  orders, a game-program roster with jersey numbers and positions, spelling-bee participants)
  are look-alikes with `expected: []`.
* A class list that carries student IDs (e.g. lunch-keypad IDs for a substitute) is a record
  (for a named student, the student ID is personal data).
* Rows keyed by a student ID with no name (MAP `AssessmentResults.csv`, a MAP extract with names
  stripped) are education records.
* Rows with name plus home address and guardian phone (bus rosters) or name plus birth date
  (sports/club/trip rosters) are records even without an ID column.
* A blank permission-slip template with `Student ID: ____` and `Date of Birth: ____/____/______`
  is a look-alike: no student is identified.
* Incident numbers, employee IDs, staff/sub IDs, job numbers, volunteer IDs, PO/invoice/account/
  confirmation/ticket numbers, course and section codes, asset tags and serials, rooms, routes
  and stops are never labelled as student IDs.
* A school "profile" and grade distributions by section are aggregates (no individual student).
* When the same ID appears twice in a message (e.g. in both MAP files of one zip) it is labelled
  once.

## Regenerate and check

```
python3 -m venv /tmp/edu-venv && /tmp/edu-venv/bin/pip install fpdf2 openpyxl python-docx pypdf
/tmp/edu-venv/bin/python make_set.py              # writes into this folder, then self-checks
/tmp/edu-venv/bin/python make_set.py --out DIR    # writes elsewhere
/tmp/edu-venv/bin/python make_set.py --check-only # only the self-check
```

Versions used: {versions}.

The self-check decodes every message (bodies, CSV, xlsx via openpyxl, docx via python-docx,
PDF via pypdf, and CSV/xlsx inside zips) and asserts that every expected `student-id` and
`date-of-birth` value is present in the decoded text in some written form; it also checks CRLF
line ends, base64 attachments, class sizes and record/look-alike counts per container, that every
phone-like number uses 555-01XX, and that no SSN-like or card-like number appears.
"""


# ============================================================================
# self-check
# ============================================================================
def decode_payload(name, data, out):
    ext = name.lower().rsplit(".", 1)[-1]
    if ext in ("csv", "txt"):
        out.append(data.decode("utf-8-sig"))
    elif ext == "xlsx":
        wb = openpyxl.load_workbook(io.BytesIO(data))
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if isinstance(v, dt.datetime):
                        cells.append(v.date().isoformat())
                    elif isinstance(v, dt.date):
                        cells.append(v.isoformat())
                    elif v is not None:
                        cells.append(str(v))
                out.append("\t".join(cells))
    elif ext == "docx":
        d = docx.Document(io.BytesIO(data))
        out += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append("\t".join(c.text for c in r.cells))
    elif ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        out += [p.extract_text() or "" for p in r.pages]
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        for n in z.namelist():
            decode_payload(n, z.read(n), out)
    else:
        raise AssertionError("unknown attachment " + name)


def decode_message(raw):
    from email import message_from_bytes
    m = message_from_bytes(raw, policy=policy.default)
    out, kinds = [], set()
    for part in m.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            assert part["Content-Transfer-Encoding"].lower() == "base64", fn
            kinds.add(fn.rsplit(".", 1)[-1].lower())
            decode_payload(fn, part.get_payload(decode=True), out)
        elif part.get_content_type() == "text/html":
            h = part.get_content()
            h = re.sub(r"<(br|/p|/tr|/div|/h\d|/caption)[^>]*>", "\n", h, flags=re.I)
            h = re.sub(r"</t[dh]>", "\t", h, flags=re.I)
            out.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", h)))
            kinds.add("html")
        elif part.get_content_type() == "text/plain":
            out.append(part.get_content())
            kinds.add("text")
    return "\n".join(out), kinds


def dob_forms(iso):
    d = dt.date.fromisoformat(iso)
    return {fd(d, s) for s in DATE_STYLES}


CLASS_CONTAINER = {"csv-attachment": "csv", "xlsx-attachment": "xlsx", "html-table": "html", "plain-text": "text",
                   "pdf-attachment": "pdf", "docx-attachment": "docx", "zip-archive": "zip"}


def self_check(folder):
    with open(os.path.join(folder, "manifest.json")) as fh:
        manifest = json.load(fh)
    errors = []
    per = {}
    for e in manifest:
        raw = open(os.path.join(folder, e["file"]), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append("%s: bare LF" % e["file"])
        text, kinds = decode_message(raw)
        if CLASS_CONTAINER[e["class"]] not in kinds:
            errors.append("%s: container %s missing" % (e["file"], e["class"]))
        flat = re.sub(r"[\s\-]", "", text).upper()
        seen = set()
        for x in e["expected"]:
            key = (x["kind"], x["value"])
            if key in seen:
                errors.append("%s: duplicate %s" % (e["file"], key))
            seen.add(key)
            if x["kind"] == "student-id":
                if not re.fullmatch(r"[A-Z0-9]{4,12}", x["value"]) or x["value"] not in flat:
                    errors.append("%s: student-id %s not found" % (e["file"], x["value"]))
            elif x["kind"] == "date-of-birth":
                if not any(f in text for f in dob_forms(x["value"])):
                    errors.append("%s: dob %s not found" % (e["file"], x["value"]))
            elif x["value"] != "1":
                errors.append("%s: bad value %s" % (e["file"], x))
        if re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", text):
            errors.append("%s: SSN-like number" % e["file"])
        if re.search(r"(?<![\d\-])(\d{13,19}|\d{4}([ \-])\d{4}\2\d{4}\2\d{1,7})(?![\d\-])", text):
            errors.append("%s: card-like digit run" % e["file"])
        for ph in re.findall(r"\(?\b\d{3}\)?[ \-]\d{3}-\d{4}\b", text):
            if "555-01" not in ph:
                errors.append("%s: phone %s" % (e["file"], ph))
        is_rec = bool(e["expected"]) and any(x["kind"] in ("student-roster", "student-record") for x in e["expected"])
        if e["expected"] and not is_rec:
            errors.append("%s: ids/dobs without record label" % e["file"])
        per.setdefault(e["class"], [0, 0])[0 if is_rec else 1] += 1
    for c in CLASSES:
        r, l = per.get(c, [0, 0])
        if r + l < 20 or r < 5 or l < 5:
            errors.append("class %s too small: %d records %d look-alikes" % (c, r, l))
    nrec = sum(v[0] for v in per.values())
    nlook = sum(v[1] for v in per.values())
    if len(manifest) < 150 or nrec < 60 or nlook < 60:
        errors.append("set too small")
    for x in errors:
        print("FAIL", x)
    print("self-check: %d messages, %d records, %d look-alikes, %s" % (len(manifest), nrec, nlook, "OK" if not errors else "%d errors" % len(errors)))
    return not errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check-only", action="store_true")
    a = ap.parse_args()
    if not a.check_only:
        manifest, stats = generate(a.out)
        nprose = sum(1 for s in stats if s[2])
        assert nprose <= 15, nprose
    ok = self_check(a.out)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
