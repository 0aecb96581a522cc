#!/usr/bin/env python3
"""Labelled accuracy set for the personal-data detectors (phone, street address, date of birth,
student ID, personal records and rosters). Writes Tests/Records/<class>/NNN.eml and
Tests/Records/manifest.json. Every name, number and address is invented. Deterministic: a rerun
writes the same bytes. Labels come from the generated data, never from reading the output back.

    /tmp/evalenv/bin/python Tests/Records/make_records.py
"""
import csv, html, io, json, random, re, shutil, zipfile
from collections import Counter
from datetime import date, datetime, timezone
from email.message import EmailMessage
from email import policy
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
R = random.Random(20261116)
FIXED = datetime(2026, 1, 1, tzinfo=timezone.utc)
CLASSES = {"roster-csv": 33, "roster-xlsx": 30, "roster-pdf": 30, "roster-html": 33,
           "signatures": 35, "prose": 39}

# ------------------------------------------------------------------ invented pools
FIRST = ("Liam Ava Noah Sofia Mateo Zoe Elijah Maya Jayden Priya Owen Nadia Caleb Imani Lucas "
         "Harper Diego Aaliyah Ethan Chloe Marcus Leah Tyler Amara Julian Hana Isaac Camila "
         "Dominic Fatima Gavin Keisha Rohan Talia Wesley Yara Brandon Elena Malik Nora").split()
ADULT = ("Dana Marisol Kevin Tamika Robert Anh Colleen Luis Denise Samir Hector Wendy Andre Beth "
         "Raj Monique Trevor Ingrid Curtis Lorena").split()
LAST = ("Carter Nguyen Okafor Delgado Whitfield Brennan Kowalski Patel Ramirez Haddad Lindqvist "
        "Osei Mercado Sullivan Tanaka Abernathy Castellano Duarte Fitzgerald Gallagher Ibarra "
        "Jablonski Kimura Lombardi Moreau Novak Pacheco Quintero Rasmussen Szabo Thibodeau "
        "Underwood Vasquez Wojcik Yilmaz Zielinski Achebe Brooks Mendez Castillo").split()
NAMES = set(FIRST + ADULT + LAST)
STREETS = ["Maple", "Elm", "Oak Ridge", "Birch Hollow", "Chestnut", "Willow Brook", "Cedar",
           "Prospect", "Farmington", "Asylum", "Whitney", "Sycamore", "Quarry", "Highland",
           "Martin Luther King Jr", "5th", "12th", "Orchard Hill", "Juniper", "Laurel", "Glenwood",
           "Fern", "Cottage Grove", "Mill Pond", "Riverside", "Spruce", "Hawthorne", "Ashford",
           "Blue Hills", "Garden", "Sunset Ridge", "Beacon", "Kenyon", "Fairview", "Tower"]
BIZ_STREETS = STREETS + ["Industrial", "Commerce", "Enterprise", "Technology", "Depot"]
SUFFIXES = [("Street", "St", "st", 9), ("Avenue", "Ave", "ave", 8), ("Road", "Rd", "rd", 7),
            ("Lane", "Ln", "ln", 4), ("Drive", "Dr", "dr", 5), ("Court", "Ct", "ct", 3),
            ("Boulevard", "Blvd", "blvd", 2), ("Place", "Pl", "pl", 2), ("Way", "Way", "way", 2),
            ("Terrace", "Ter", "ter", 2), ("Circle", "Cir", "cir", 2), ("Parkway", "Pkwy", "pkwy", 1),
            ("Highway", "Hwy", "hwy", 1), ("Trail", "Trl", "trl", 1)]
SUF_CANON = {w.lower(): c for f, a, c, _ in SUFFIXES for w in (f, a)}
DIRS = [("N", "n"), ("S", "s"), ("E", "e"), ("W", "w"), ("North", "n"), ("South", "s"),
        ("East", "e"), ("West", "w")]
CITIES = [("Hartford", "06105"), ("West Hartford", "06107"), ("New Britain", "06051"),
          ("Wethersfield", "06109"), ("Newington", "06111"), ("Bloomfield", "06002"),
          ("East Hartford", "06108"), ("Windsor", "06095")]
MONTHS = ("January February March April May June July August September October November "
          "December").split()
SCHOOLS = ["Lincoln Elementary School", "Parkside Middle School", "Riverview High School",
           "Oak Hill Elementary School"]
HOMEROOMS = ["101", "104", "112", "118", "203", "207", "214", "B-12", "C-4"]
BIZ = ["Tri-County Transit", "Northeast Office Supply", "Sweet Maple Bakery",
       "Reliable Mechanical Services", "Riverside Discovery Museum", "Green Valley Orchards",
       "Summit Copier Solutions", "Harbor Light Photography", "Capitol Uniform Company",
       "Bright Path Therapy Center", "Evergreen Landscaping", "Blue Heron Catering"]
FILLER = [
    "Thanks again for all of your help this fall; the kids have been working hard and it shows.",
    "As a reminder, the building closes early on Friday for professional development.",
    "If anything changes on your end, just reply to this email and I will update our copy.",
    "We appreciate your patience while everything moves over to the new system this month.",
    "The PTO is still looking for volunteers for the book fair, so please pass the word along.",
    "Let me know if you have trouble opening anything and I can send it another way.",
    "I will be out of the building on Wednesday afternoon but will check email that evening.",
    "Please keep this information inside the team and do not forward it to outside addresses.",
    "The copier on the second floor is working again, so printing should be easier now.",
    "Have a great weekend, and thank you for everything you do for our students.",
]

# ------------------------------------------------------------------ labelling rules
TERM = re.compile(r"\b(IEPs?|504 plans?|special ed(ucation)?|disabilit(y|ies)|diagnos(is|ed|es)|"
                  r"medications?|disciplin(e|ary)|suspension|suspended|expelled|expulsion|custody|"
                  r"free/reduced(-price)? lunch|free lunch|reduced-price lunch)\b", re.I)
STUDENTISH = re.compile(r"student|grade|homeroom|guardian|parent|school|pupil", re.I)
FIELD_KINDS = {"street-address", "date-of-birth", "student-id"}

def load_district():
    phones, addrs, lines = set(), set(), []
    for line in (ROOT / "directory/district-contacts.txt").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if re.search(r"[A-Za-z]", line):
            words = re.sub(r"[^\w\s]", " ", line.split(",")[0]).lower().split()
            words[-1] = SUF_CANON.get(words[-1], words[-1])
            addrs.add(" ".join(words))
            lines.append(line)
        else:
            phones.add(re.sub(r"\D", "", line)[-10:])
    return phones, addrs, lines

DPHONES, DADDRS, DADDR_LINES = load_district()
DPHONE_LIST = sorted(DPHONES)

def valid_nanp(d):
    return (len(d) == 10 and d[0] in "23456789" and d[1] != "9" and d[1:3] != "11"
            and d[3] in "23456789" and d[4:6] != "11")

def luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)

def luhn_ok(s): return luhn_check(s[:-1]) == s[-1]

# ------------------------------------------------------------------ values
def digits(n): return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))

def phone(area=None):
    while True:
        a = area or R.choice(["860", "860", "860", "959", "203", "475", "413"])
        if R.random() < 0.85:
            ex, ln = "555", f"{R.randint(100, 199):04d}"
        else:
            ex, ln = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}", f"{R.randint(0, 9999):04d}"
            if ex[1:] == "11" or ex == "555":
                continue
        d = a + ex + ln
        if d not in DPHONES and valid_nanp(d):
            return d

PSTYLES = ["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}", "1-{a}-{e}-{l}",
           "({a}){e}-{l}", "{a}-{e}-{l}", "({a}) {e}-{l}"]

def fmt_phone(d, style=None, ext=None):
    s = (style or R.choice(PSTYLES)).format(a=d[:3], e=d[3:6], l=d[6:])
    return s + R.choice([" x", " ext. "]) + ext if ext else s

def rdate(y0, y1): return date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
def lookdate(): return rdate(2025, 2026)

DSTYLES = ["mdY", "mdY1", "mdy", "iso", "long", "abbr", "dmy"]

def fmt_date(d, style=None):
    style = style or R.choice(DSTYLES)
    month = MONTHS[d.month - 1]
    return {"mdY": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdY1": f"{d.month}/{d.day}/{d.year}",
            "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}", "iso": d.isoformat(),
            "long": f"{month} {d.day}, {d.year}", "dmy": f"{d.day} {month} {d.year}",
            "abbr": f"{month if month == 'May' else month[:3] + '.'} {d.day}, {d.year}"}[style]

def clock():
    h = R.choice([7, 8, 9, 10, 11, 12, 1, 2, 3, 4])
    return f"{h}:{R.choice(['00', '05', '15', '30', '42', '45'])} {'AM' if 7 <= h <= 11 else 'PM'}"

def make_sid():
    n = R.choice([7, 8, 9])
    while True:
        p = digits(n - 1)
        if not p.startswith("555"):
            return p + luhn_check(p)

class Addr:
    def __init__(self, unit=0.25, city=0.5, biz=False):
        while True:
            self.num = str(R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(100, 999),
                                     R.randint(1000, 9999)]))
            self.dir = R.choice(DIRS) if R.random() < 0.2 else None
            self.name = R.choice(BIZ_STREETS if biz else STREETS)
            self.suf = R.choices(SUFFIXES, [x[3] for x in SUFFIXES])[0]
            self.canon = " ".join([self.num] + ([self.dir[1]] if self.dir else [])
                                  + self.name.lower().split() + [self.suf[2]])
            if self.canon not in DADDRS:
                break
        self.form = R.choice((0, 0, 1, 1, 2))  # full word, abbreviation, abbreviation + "."
        self.unit = R.choice([f"Apt {R.randint(1, 12)}{R.choice('ABCD')}", f"Unit {R.randint(1, 20)}", f"#{R.randint(1, 9)}",
                              f"Apt {R.randint(1, 40)}"] + ([f"Suite {R.randint(1, 4)}00"] if biz else [])) if R.random() < unit else None
        self.city = R.choice(CITIES) if R.random() < city else None
        self.zip = self.city[1] + (f"-{R.randint(1000, 9999)}" if R.random() < 0.2 else "") if self.city else ""
    def street(self, tail):  # "St." only when a unit or city follows: a sentence never ends on it
        suf = self.suf[0] if self.form == 0 else self.suf[1] + ("." if self.form == 2 and tail and self.suf[1] != "Way" else "")
        return " ".join([self.num] + ([self.dir[0]] if self.dir else []) + [self.name, suf])
    def line1(self): return ", ".join([self.street(bool(self.unit))] + ([self.unit] if self.unit else []))
    def cityline(self): return f"{self.city[0]}, CT {self.zip}"
    def text(self, city=True):
        with_city = city and self.city
        parts = [self.street(bool(self.unit or with_city))] + ([self.unit] if self.unit else [])
        return ", ".join(parts + ([self.cityline()] if with_city else []))

class Person:
    def __init__(self, adult=False, g=None):
        self.first, self.last = R.choice(ADULT if adult else FIRST), R.choice(LAST)
        g = R.randint(0, 12) if g is None else g
        self.grade = "K" if g == 0 else str(g)
        self.dob = rdate(1968, 1999) if adult else date(R.choice([2019 - g, 2020 - g]), R.randint(1, 12), R.randint(1, 28))
        self.sid, self.homeroom = make_sid(), R.choice(HOMEROOMS)
        self.gfirst = R.choice(ADULT)
        self.glast = self.last if R.random() < 0.8 else R.choice(LAST)
        self.title, self.phone = R.choice(["Mr.", "Ms.", "Mrs."]), phone()
        self.phone2 = phone() if R.random() < 0.5 else None
        self.ext = str(R.randint(10, 499)) if R.random() < 0.3 else None
        self.addr, self.empid = Addr(), digits(R.choice([7, 8, 9]))
    @property
    def full(self): return f"{self.first} {self.last}"

# ------------------------------------------------------------------ text and tables
class S:
    """One sentence or line of body text. `name`: "full" names a person (First Last, or a
    title and last name), "first" a first name only, "none" no person; `finds`: (kind, value)."""
    def __init__(self, text, name="none", *finds):
        self.text, self.name, self.finds = text, name, list(finds)

class Cell:
    def __init__(self, text, finds=(), xl=None): self.text, self.finds, self.xl = text, list(finds), xl

class Table:
    def __init__(self, people, cols, title=None):
        self.headers, self.roles = [c[0] for c in cols], [c[1] for c in cols]
        self.rows, self.title, self.xl = [[c[2](p) for c in cols] for p in people], title, False
    def split(self):
        k = len(self.rows) // 2
        other = Table([], [], self.title)
        other.headers, other.roles, other.rows = self.headers, self.roles, self.rows[k:]
        self.rows = self.rows[:k]
        return other

def c_name(p): return Cell(p.full)
def c_lf(p): return Cell(f"{p.last}, {p.first}")
def c_first(p): return Cell(p.first)
def c_last(p): return Cell(p.last)
def c_guardian(p): return Cell(f"{p.gfirst} {p.glast}")
def c_const(fn): return lambda p: Cell(fn(p))
def c_addr(city): return lambda p: Cell(p.addr.text(city), [("street-address", p.addr.canon)])
def c_dob(style): return lambda p: Cell(fmt_date(p.dob, style), [("date-of-birth", p.dob.isoformat())], xl=p.dob)
def c_sid(p): return Cell(p.sid, [("student-id", p.sid)], xl=int(p.sid))
def oc(header, fn): return (header, "other", c_const(fn))

def c_phone(attr="phone", style=None, ext=False):
    def f(p):
        d = getattr(p, attr)
        return Cell(fmt_phone(d, style, p.ext if ext else None), [("phone", d)]) if d else Cell("")
    return f

def name_cols(kind):
    opts = {"student": [[("Student Name", c_name)], [("Name", c_lf)], [("Student", c_name)],
                        [("Name", c_name)], [("Last Name", c_last), ("First Name", c_first)],
                        [("First Name", c_first), ("Last Name", c_last)], [("Student", c_lf)]],
            "staff": [[("Employee", c_name)], [("Employee", c_lf)], [("Name", c_name)],
                      [("Last Name", c_last), ("First Name", c_first)]],
            "adult": [[("Name", c_name)], [("Name", c_lf)], [("First Name", c_first), ("Last Name", c_last)]]}
    return [(h, "name", f) for h, f in R.choice(opts[kind])]

def grade_col():
    return R.choice([("Grade", "other", c_const(lambda p: p.grade)), ("Gr.", "other", c_const(lambda p: p.grade)),
                     ("Homeroom", "other", c_const(lambda p: p.homeroom))])

def dated(title): return f"{title} (updated {fmt_date(lookdate())})" if R.random() < 0.5 else title

def intersection():
    a, b = R.sample([s for s in STREETS if not s[0].isdigit()], 2)
    return f"{a} {R.choice(['Ave', 'St', 'Rd'])} & {b} {R.choice(['St', 'Ln', 'Dr'])}"

MEDS = ["Albuterol inhaler", "EpiPen (epinephrine)", "Methylphenidate 10 mg", "Insulin pump",
        "Cetirizine 5 mg", "Levetiracetam 250 mg", "None"]
HEALTH_TERM = ["Takes medication at 11:30", "Daily medication at lunch", "Seizure medication in nurse's office"]
HEALTH_PLAIN = ["Peanut allergy", "Wears glasses", "Inhaler in backpack", "Bee sting allergy", "Asthma", "Sees nurse PRN"]
ACTIONS_TERM = ["Suspended 1 day", "Suspended 3 days", "Out-of-school suspension (2 days)", "In-school suspension"]
ACTIONS_PLAIN = ["Detention", "Parent conference", "Loss of recess", "Warning", "Restorative circle"]
NOTES_TERM = ["Custody order on file - see office", "Mother has sole custody", "Joint custody; alternate weeks"]
NOTES_PLAIN = ["Walker", "Grandmother picks up Tue/Thu", "After-care program", "Car rider", "Sibling in grade 2"]
POSITIONS = ["Teacher", "Custodian", "Paraprofessional", "Library Media Specialist", "Cafeteria Manager",
             "Bus Monitor", "Secretary", "Art Teacher", "Music Teacher", "Coach", "Reading Specialist"]

def pf_emergency(n):
    ps = [Person() for _ in range(n)]
    for p in ps:
        p.phone = None if R.random() < 0.1 else p.phone
    style, cols = R.choice(PSTYLES + [None]), name_cols("student") + [grade_col()]
    if R.random() < 0.6:
        cols.append((R.choice(["Guardian Name", "Parent/Guardian Name"]), "name", c_guardian))
    cols.append((R.choice(["Guardian Phone", "Parent/Guardian Cell", "Home Phone", "Emergency Phone", "Phone"]),
                 "phone", c_phone("phone", style)))
    if R.random() < 0.4:
        work = R.random() < 0.5
        cols.append(("Work Phone" if work else R.choice(["Alt. Phone", "Second Contact"]), "phone", c_phone("phone2", style, ext=work)))
    if R.random() < 0.4:
        cols.append((R.choice(["Home Address", "Address"]), "addr", c_addr(R.random() < 0.5)))
    hr = R.choice(HOMEROOMS)
    return dated(f"Emergency Contacts - Homeroom {hr}"), ps, cols, "emergency contact list", f"homeroom {hr}"
def pf_classlist(n):
    g, gn = R.choice([("Grade 3", 3), ("Grade 5", 5), ("Kindergarten", 0), ("Grade 8", 8), ("Grade 11", 11)])
    ps = [Person(g=gn) for _ in range(n)]
    dob = (R.choice(["DOB", "Date of Birth", "Birthdate", "Birth Date"]), "dob", c_dob(R.choice(DSTYLES)))
    cols = name_cols("student") + [dob, grade_col()]
    cols.insert(0 if R.random() < 0.3 else len(cols), ("Student ID", "sid", c_sid))
    if R.random() < 0.4:
        cols.append(oc("Enrolled", lambda p: fmt_date(rdate(2020, 2026), "mdY")))
    return dated(f"Class List - {g}"), ps, cols, "class list", g.lower()
def pf_bus(n):
    ps, bus = [Person() for _ in range(n)], R.randint(2, 40)
    cols = name_cols("student") + [grade_col(), (R.choice(["Home Address", "Pickup Address", "Address"]), "addr", c_addr(R.random() < 0.4)),
                                    oc("Bus", lambda p: str(bus))]
    cols.append(R.choice([oc("AM Stop", lambda p: intersection()), oc("Pickup Time", lambda p: clock())]))
    if R.random() < 0.5:
        cols.append((R.choice(["Parent Phone", "Guardian Phone", "Contact"]), "phone", c_phone()))
    return dated(f"Bus {bus} Roster"), ps, cols, "bus roster", f"Bus {bus}"
def pf_health(n):
    ps = [Person() for _ in range(n)]
    med = oc("Medication", lambda p: R.choice(MEDS)) if R.random() < 0.5 else \
        oc("Health Notes", lambda p: R.choice(HEALTH_TERM if R.random() < 0.4 else HEALTH_PLAIN))
    cols = name_cols("student") + [grade_col(), med, oc("Time", lambda p: clock())]
    if R.random() < 0.6:
        cols.append((R.choice(["Parent Phone", "Guardian Phone"]), "phone", c_phone()))
    return dated("Health Office - Daily Schedule"), ps, cols, "health office schedule", "the nurse's office"
def pf_caseload(n):
    ps = [Person() for _ in range(n)]
    plan = R.choice([oc("IEP", lambda p: R.choice(["Yes", "No", "Y"])), oc("504 Plan", lambda p: R.choice(["Y", "N"])),
                     oc("Plan", lambda p: R.choice(["IEP", "504 plan", "None", "None"])),
                     oc("Program", lambda p: R.choice(["Special Education", "General Education", "ELL"]))])
    cols = name_cols("student") + [grade_col(), plan, oc("Case Manager", lambda p: f"{R.choice(['Ms.', 'Mr.'])} {R.choice(LAST)}"),
                                    oc("Annual Review", lambda p: fmt_date(lookdate(), "mdY"))]
    if R.random() < 0.7:
        cols.insert(1, ("Student ID", "sid", c_sid))
    return dated("Support Services Caseload"), ps, cols, "support services caseload", "the fall review cycle"
def pf_lunch(n):
    ps = [Person() for _ in range(n)]
    lunch = R.choice([oc("Free/Reduced Lunch", lambda p: R.choice(["Yes", "No"])),
                      oc("Lunch Status", lambda p: R.choice(["Free lunch", "Reduced-price lunch", "Paid", "Paid"])),
                      oc("Meal Status", lambda p: R.choice(["Free", "Reduced", "Paid"]))])
    cols = name_cols("student") + [oc("Homeroom", lambda p: p.homeroom), lunch]
    if R.random() < 0.6:
        cols.insert(1, ("Student ID", "sid", c_sid))
    return dated("Cafeteria Account Status"), ps, cols, "cafeteria account list", "the cafeteria"
def pf_discipline(n):
    ps = [Person() for _ in range(n)]
    cols = name_cols("student") + [grade_col(), oc("Incident Date", lambda p: fmt_date(lookdate(), R.choice(["mdY", "iso"]))),
                                    oc("Incident", lambda p: R.choice(["Tardy", "Disruption", "Phone use", "Fighting", "Dress code"])),
                                    oc("Action", lambda p: R.choice(ACTIONS_TERM if R.random() < 0.35 else ACTIONS_PLAIN))]
    return dated("Behavior Log - Week 6"), ps, cols, "behavior log", "week 6"
def pf_custody(n):
    ps = [Person() for _ in range(n)]
    cols = name_cols("student") + [grade_col(), oc("Authorized Pickup", lambda p: f"{p.gfirst} {p.glast}; {R.choice(ADULT)} {R.choice(LAST)}"),
                                    oc("Notes", lambda p: R.choice(NOTES_TERM if R.random() < 0.3 else NOTES_PLAIN))]
    if R.random() < 0.4:
        cols.append(("Guardian Phone", "phone", c_phone()))
    return dated("Dismissal and Pickup List"), ps, cols, "dismissal pickup list", "the front office"
def pf_staff(n):
    ps, style = [Person(adult=True) for _ in range(n)], R.choice(PSTYLES + [None])
    cols = name_cols("staff") + [oc("Position", lambda p: R.choice(POSITIONS)), oc(R.choice(["Building", "Location"]), lambda p: R.choice(SCHOOLS)),
                                  (R.choice(["Cell Phone", "Mobile", "Cell"]), "phone", c_phone("phone", style))]
    if R.random() < 0.6:
        cols.append(oc("Employee ID", lambda p: p.empid))
    if R.random() < 0.5:
        cols.append(oc("Ext.", lambda p: f"x{R.randint(2000, 4999)}"))
    if R.random() < 0.3:
        cols.append(("Home Address", "addr", c_addr(True)))
    return dated("Staff Phone Tree"), ps, cols, "staff phone tree", "snow-day calls"
def pf_volunteer(n):
    ps = [Person(adult=True) for _ in range(n)]
    cols = name_cols("adult") + [("Phone", "phone", c_phone()), ("Address", "addr", c_addr(True)),
                                  oc("Background Check", lambda p: "Cleared " + fmt_date(lookdate(), "mdY")),
                                  oc("Event", lambda p: R.choice(["Book Fair", "Field Day", "Science Night"]))]
    return dated("Volunteer Sign-Up"), ps, cols, "volunteer list", "the spring events"
def pf_scores(n):
    ps = [Person() for _ in range(n)]
    cols = name_cols("student") + [grade_col(), oc(R.choice(["Fall Lexile", "Reading Score", "Benchmark"]), lambda p: str(R.randint(180, 1100))),
                                    oc("Assessment Date", lambda p: fmt_date(lookdate(), "mdY")),
                                    oc("Level", lambda p: R.choice(["Below", "Approaching", "Meets", "Exceeds"]))]
    return dated("Fall Reading Benchmarks"), ps, cols, "benchmark results", "the reading team"

PROFILES = [pf_emergency, pf_classlist, pf_bus, pf_health, pf_caseload, pf_lunch, pf_discipline,
            pf_custody, pf_staff, pf_volunteer, pf_scores]

# ------------------------------------------------------------------ labels
def check_no_names(text):
    bad = set(re.findall(r"[A-Z][a-z]+", text)) & NAMES
    assert not bad and not re.search(r"\b(Mr|Ms|Mrs|Dr)\. [A-Z]", text), text

class Label:
    """Applies the labelling rules (README) to the generated sentences and tables."""
    def __init__(self): self.finds, self.recs, self.studentish = {}, [], False
    def add(self, finds): self.finds.update((f, None) for f in finds if f not in self.finds)
    def sent(self, s):
        self.add(s.finds)
        if s.name == "none":
            check_no_names(s.text)
        term = bool(TERM.search(s.text))
        if s.name == "full" and (term or any(k in FIELD_KINDS for k, _ in s.finds)):
            self.recs.append((term, any(k == "student-id" for k, _ in s.finds)))
    def table(self, t):
        used = False
        for row in t.rows:
            assert not any(ch in c.text for c in row for ch in "|\t\n")
            finds = [f for c in row for f in c.finds]
            self.add(finds)
            named = any(c.text.strip() for c, r in zip(row, t.roles) if r == "name")
            term = any(c.text.strip() and (TERM.search(h) or TERM.search(c.text)) for c, h in zip(row, t.headers))
            if named and (finds or term):
                self.recs.append((bool(term), any(k == "student-id" for k, _ in finds)))
                used = True
        self.studentish |= bool(used and STUDENTISH.search(" ".join(t.headers)))
    def blocks(self, blocks):
        for b in blocks:
            if b[0] == "table":
                self.table(b[1])
            else:
                for s in b[1]:
                    self.sent(s)
    def expected(self):
        out, n = [{"kind": k, "value": v} for k, v in self.finds], len(self.recs)
        if n >= 5:
            kind = "student-roster" if self.studentish or any(a or b for a, b in self.recs) else "personal-roster"
            out.append({"kind": kind, "value": str(n)})
        elif any(a for a, _ in self.recs):
            out.append({"kind": "student-record", "value": str(sum(a for a, _ in self.recs))})
        return out

# ------------------------------------------------------------------ renderers
def text_table(t, style):
    line = {"tab": "\t".join, "pipe": lambda c: "| " + " | ".join(c) + " |", "pipe2": " | ".join}[style]
    out = ([t.title] if t.title else []) + [line(t.headers)] + (["|" + "|".join("---" for _ in t.headers) + "|"] if style == "pipe" else [])
    return "\n".join(out + [line([c.text for c in r]) for r in t.rows])

def html_table(t, variant):
    e = html.escape
    out = ([f"<p><b>{e(t.title)}</b></p>"] if t.title else []) + [
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial">']
    if variant == 0:
        out.append("<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in t.headers) + "</tr></thead><tbody>")
    else:
        out.append("<tr>" + "".join(f'<td style="background:#ddd"><b>{e(h)}</b></td>' for h in t.headers) + "</tr>")
    out += ["<tr>" + "".join(f"<td>{e(c.text)}</td>" for c in r) + "</tr>" for r in t.rows]
    return "\n".join(out + ["</tbody></table>" if variant == 0 else "</table>"])

def render_text(blocks):
    parts = []
    for b in blocks:
        if b[0] == "table":
            parts.append("[The table is in the HTML version of this message.]" if b[2] == "omit" else text_table(b[1], b[2]))
        else:
            parts.append((" " if b[0] == "p" else "\n").join(s.text for s in b[1]))
    return "\n\n".join(parts) + "\n"

def render_html(blocks, variant):
    e, parts = html.escape, []
    for b in blocks:
        if b[0] == "table":
            parts.append(html_table(b[1], variant))
        else:
            parts.append("<p>" + (" " if b[0] == "p" else "<br>\n").join(e(s.text) for s in b[1]) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">\n'
            + "\n".join(parts) + "\n</body></html>\n")

def csv_bytes(t):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if t.title:
        w.writerow([t.title] + [""] * (len(t.headers) - 1))
    w.writerows([t.headers] + [[c.text for c in r] for r in t.rows])
    return buf.getvalue().encode()

def fix_zip(data):
    """Same bytes on every run: fixed member timestamps and document properties."""
    zin, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", content)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type, zi.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
            z.writestr(zi, content)
    return out.getvalue()

def xlsx_bytes(tables, names):
    wb = Workbook()
    for i, (t, name) in enumerate(zip(tables, names)):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        if t.title:
            ws.append([t.title])
            ws.append([])
        ws.append(t.headers)
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        for r in t.rows:
            ws.append([(c.xl if t.xl and c.xl is not None else c.text) or None for c in r])
            for c in ws[ws.max_row]:
                if isinstance(c.value, (date, datetime)):
                    c.number_format = "mm/dd/yyyy"
        for j, h in enumerate(t.headers):
            ws.column_dimensions[ws.cell(1, j + 1).column_letter].width = max([len(h)] + [len(r[j].text) for r in t.rows]) + 2
    wb.properties.creator = "Student Information System export"
    wb.properties.created = wb.properties.modified = datetime(2026, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())

def pdf_bytes(t, bordered, repeat):
    pdf = FPDF(orientation="L", unit="mm", format="Letter")
    pdf.set_creation_date(FIXED)
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 10)
    printed, size = fmt_date(lookdate(), "mdY"), 8.0

    def widths():
        ws = []
        for j, h in enumerate(t.headers):
            pdf.set_font("Helvetica", "B", size)
            w = pdf.get_string_width(h)
            pdf.set_font("Helvetica", "", size)
            ws.append(max([w] + [pdf.get_string_width(r[j].text) for r in t.rows]) + 4)
        return ws
    ws = widths()
    while sum(ws) > 259 and size > 5:
        size -= 0.5
        ws = widths()
    assert sum(ws) <= 259

    def header():
        pdf.set_font("Helvetica", "B", size)
        for w, h in zip(ws, t.headers):
            pdf.cell(w, 6, h, border=1 if bordered else "B")
        pdf.ln(6)
        pdf.set_font("Helvetica", "", size)

    def page():  # footer first, with a printed date that is no birth date
        pdf.add_page()
        pdf.set_font("Helvetica", "", 7)
        pdf.set_xy(10, 203)
        pdf.cell(0, 5, f"Page {pdf.page_no()} - printed {printed}")
        pdf.set_xy(10, 12)
    page()
    if t.title:
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 8, t.title)
        pdf.ln(11)
    header()
    for row in t.rows:
        if pdf.get_y() > 192:
            page()
            if repeat:
                header()
        for w, c in zip(ws, row):
            pdf.cell(w, 5.5, c.text, border=1 if bordered else 0)
        pdf.ln(5.5)
    return bytes(pdf.output())

def build_email(cls, idx, subject, sender, to, blocks, atts, mode, variant):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = f"Mon, 14 Sep 2026 {8 + list(CLASSES).index(cls)}:{idx % 60:02d}:00 -0400"
    msg["Message-ID"] = f"<{cls}.{idx:03d}@records.district.example>"
    msg.set_content(*((render_html(blocks, variant), "html") if mode == "html" else (render_text(blocks), "plain")))
    if mode == "both":
        msg.add_alternative(render_html(blocks, variant), subtype="html")
    for name, data, maintype, subtype in atts:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for i, part in enumerate(msg.walk()):  # fixed MIME boundaries
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{idx:03d}_{i}_records")
    return msg.as_bytes(policy=policy.SMTP)

# ------------------------------------------------------------------ shared message parts
STAFF_TITLES = ["Grade 3 Teacher", "School Nurse", "School Counselor", "Transportation Coordinator", "Special Education Teacher",
                "Assistant Principal", "Registrar", "Principal", "Main Office Secretary", "Facilities Manager",
                "Athletic Director", "Grade 5 Teacher"]

def staff():
    p = Person(adult=True)
    p.email = f"{p.first[0].lower()}.{p.last.lower()}@district.example"
    return p

def sender_of(p): return f"{p.full} <{p.email}>"
def district_phone(): return fmt_phone(R.choice(DPHONE_LIST), ext=str(R.randint(200, 299)) if R.random() < 0.2 else None)
def dob_label(): return R.choice(["DOB", "DOB:", "date of birth", "birthdate", "born on", "born"])
def filler(k=1): return ("p", [S(x) for x in R.sample(FILLER, k)])

def district_addr():
    line = R.choice(DADDR_LINES)
    return line.replace("Street", "St.").replace("Avenue", "Ave").replace("Lane", "Ln") if R.random() < 0.4 else line

def signature(st, title=None, cell=False):
    lines = [S(R.choice(["Thanks,", "Best,", "Thank you,", "Regards,", "Warmly,", "--"])), S(st.full, "full"),
             S(title or R.choice(STAFF_TITLES)), S(R.choice(SCHOOLS))]
    if R.random() < 0.5:
        lines.append(S(district_addr()))
    lines.append(S(f"{R.choice(['Phone', 'Tel', 'Office', 'Main office'])}: {district_phone()}"))
    if cell:
        lines.append(S(f"Cell: {fmt_phone(st.phone)}", "none", ("phone", st.phone)))
    return ("lines", lines)

def lookalikes(k):
    def order_dash():
        d = phone()
        return f"Order #{d[:3]}-{d[3:7]}-{d[7:]} is still on back order."
    gens = [
        lambda: f"Please mail payments to PO Box {R.randint(100, 2400)}, Hartford, CT 061{R.randint(1, 99):02d}-{R.randint(1000, 9999)}.",
        lambda: f"Your Order # {phone()} shipped on {fmt_date(lookdate())}.", order_dash,
        lambda: f"Invoice {digits(R.choice([7, 8, 9]))} was paid on {fmt_date(lookdate())}.",
        lambda: f"We will meet in Room {R.randint(100, 330)} at {clock()}.",
        lambda: f"Class {R.randint(1, 5)}-{R.randint(1, 4)} will go first, followed by the rest of the grade.",
        lambda: "Final score was 100-95 in overtime, so the team is in a good mood.",
        lambda: f"The gradebook was updated to version {R.randint(2, 14)}.{R.randint(0, 9)}.{R.randint(0, 20)} last night.",
        lambda: f"The winter concert will be held at {R.choice(SCHOOLS)} this year.",
        lambda: f"The Employee ID on the reimbursement form should be {digits(R.choice([7, 8, 9]))}.",
        lambda: f"The attendance report was run {fmt_date(lookdate(), 'iso')} at {clock()}.",
        lambda: f"Permission slips are due by {fmt_date(lookdate())}.",
        lambda: f"The old lease is dated {fmt_date(rdate(2009, 2018))} and is in the file cabinet.",
        lambda: f"Help desk ticket {digits(7)} has been closed.",
        lambda: f"The meeting moved to {fmt_date(lookdate())} at {clock()} in Room {R.randint(100, 330)}.",
        lambda: f"Please use the Hartford, CT 06103-{R.randint(1000, 9999)} ZIP code on the mailing labels."]
    return [S(g()) for g in R.sample(gens, k)]

def greeting_parent(p):
    return R.choice([S(f"Dear {p.title} {p.glast},", "full"), S(f"Hello {p.gfirst} {p.glast},", "full"), S(f"Hi {p.gfirst},", "first"),
                     S(f"Dear Mr. and Mrs. {p.glast},", "full"), S("Dear family,")])

def dob_text(p):  # no "Mar." style in sentences: its period would end the sentence early
    return fmt_date(p.dob, R.choice(["mdY", "mdY1", "mdy", "iso", "long", "dmy"])), ("date-of-birth", p.dob.isoformat())

# ------------------------------------------------------------------ roster classes
def roster_intro(what, group, where):
    lead = {"attached": [f"Attached is the updated {what} for {group}.", f"Please find the {what} for {group} attached.",
                         f"I have attached the current {what} for {group}."],
            "below": [f"Below is the {what} for {group}.", f"Here is the {what} for {group} as of this morning.",
                      f"Pasting the {what} for {group} below so it is easy to find."]}[where]
    follow = [f"Please send any corrections to the main office by {fmt_date(lookdate())}.",
              f"It replaces the version sent on {fmt_date(lookdate())}.",
              "This list is confidential, so please do not forward it outside the district.", "Let me know if anyone is missing from it."]
    return [("lines", [S(R.choice(["Hi all,", "Good morning,", "Hello team,", "Hi everyone,"]))]),
            ("p", [S(R.choice(lead))] + [S(x) for x in R.sample(follow, R.randint(1, 2))])]

def extra_record():
    p = Person()
    return R.choice([S(f"Also, {p.full} now has a 504 plan, so please keep the front seat open.", "full"),
                     S(f"One more change: {p.full} moved to {p.addr.text(True)} last week.", "full", ("street-address", p.addr.canon)),
                     S(f"{p.full} is new this week and is not on the list yet.", "full"),
                     S(f"{p.first}'s medication is now kept in the nurse's office.", "first")])

def gen_roster(cls, i):
    k = i % len(PROFILES)
    bucket = (i // len(PROFILES) + k) % 3  # each profile comes small (2-4 rows), medium and large
    n = R.randint(2, 4) if bucket == 0 else R.randint(5, 12) if bucket == 1 else R.randint(30, 45) if cls == "roster-pdf" else R.randint(13, 28)
    title, ps, cols, what, group = PROFILES[k](n)
    st = staff()
    t = Table(ps, cols, title if R.random() < 0.5 else None)
    tables, atts, mode, variant = [t], [], "text", 0
    slug = re.sub(r"[^a-z0-9]+", "_", what.lower()).strip("_")
    if cls == "roster-csv":
        if len(t.rows) >= 4 and R.random() < 0.3:
            tables.append(t.split())
            atts = [(f"{slug}_period{j + 1}.csv", csv_bytes(x), "text", "csv") for j, x in enumerate(tables)]
        else:
            atts = [(f"{slug}.csv", csv_bytes(t), "text", "csv")]
    elif cls == "roster-xlsx":
        t.xl = R.random() < 0.4  # real date and number cells instead of text
        if len(t.rows) >= 4 and R.random() < 0.3:
            tables.append(t.split())
            tables[1].xl = t.xl
            names = R.choice([["Period 1", "Period 2"], ["AM", "PM"], ["Sheet1", "Sheet2"]])
        else:
            names = [R.choice(["Sheet1", "Roster", "Export"])]
        atts = [(f"{slug}.xlsx", xlsx_bytes(tables, names), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    elif cls == "roster-pdf":
        if R.random() < 0.3:
            t.headers = [h.upper() for h in t.headers]
            for c in (c for r in t.rows for c in r):
                c.text = c.text.upper()
        atts = [(f"{slug}.pdf", pdf_bytes(t, R.random() < 0.6, R.random() < 0.5), "application", "pdf")]
    if cls != "roster-html":
        blocks = roster_intro(what, group, "attached")
    else:
        mode = R.choice(["both", "both", "html", "text", "text"])
        style = R.choice(["tab", "pipe", "pipe2"]) if mode != "html" else "tab"
        style = "omit" if mode == "both" and R.random() < 0.3 else style
        variant = R.randint(0, 1)
        extra = i % 4 == 3 and PROFILES[k] not in (pf_staff, pf_volunteer)  # one more student in a sentence
        blocks = roster_intro(what, group, "below") + [("table", t, style)] + ([("p", [extra_record()])] if extra else [])
        tables = []
    if R.random() < 0.5:
        blocks.append(filler())
    blocks.append(signature(st))
    to = R.choice(["Grade Team <team@district.example>", "Main Office <office@district.example>", "Staff <staff@district.example>"])
    return f"{what[0].upper() + what[1:]} - {group}", sender_of(st), to, blocks, atts, tables, mode, variant

# ------------------------------------------------------------------ signatures class
def biz_block(name, quoted=False):
    c, a = Person(adult=True), Addr(unit=0.4, city=1.0, biz=True)
    office, fax = phone(), phone()
    lines = [S(c.full, "full"), S(R.choice(["Dispatch Manager", "Account Representative", "Owner", "Service Coordinator"])), S(name)]
    if R.random() < 0.5:  # street on one line and city on the next, or all on one line
        lines += [S(a.line1(), "none", ("street-address", a.canon)), S(a.cityline())]
    else:
        lines.append(S(a.text(True), "none", ("street-address", a.canon)))
    lines.append(S(f"{R.choice(['Office', 'Phone', 'Main'])}: {fmt_phone(office, ext=str(R.randint(10, 99)) if R.random() < 0.3 else None)}",
                   "none", ("phone", office)))
    if R.random() < 0.5:
        lines.append(S(f"Fax: {fmt_phone(fax)}", "none", ("phone", fax)))
    if R.random() < 0.3:
        tf = phone(R.choice(["800", "888"]))
        lines.append(S(f"Toll free: {fmt_phone(tf, '1-{a}-{e}-{l}')}", "none", ("phone", tf)))
    lines.append(S(f"www.{re.sub(r'[^a-z]', '', name.lower())}.example"))
    for s in lines if quoted else []:
        s.text = "> " + s.text
    return c, ("lines", lines)

def sg_vendor(st):
    name = R.choice(BIZ)
    c, block = biz_block(name, quoted=True)
    body = [("lines", [S(f"Hi {c.first},", "first")]),
            ("p", [S(f"Thanks for the quick reply, and the {fmt_date(lookdate())} date works for us.")] + lookalikes(2)),
            filler(), signature(st, cell=R.random() < 0.4),
            ("lines", [S(f"> On {fmt_date(lookdate(), 'long')} at {clock()}, {c.full} wrote:", "full"),
                       S("> We can confirm the booking; the details are below."), S(">")]), block]
    return f"Re: Booking with {name}", sender_of(st), f"{c.first} {c.last} <info@vendor.example>", body
def sg_newsletter(st):
    name, a, ph = R.choice(BIZ), Addr(unit=0.2, city=0.8, biz=True), phone()
    body = [("lines", [S("Dear families,")]),
            ("p", lookalikes(2) + [S(f"Picture day is {fmt_date(lookdate())}, and order forms are due a week earlier.")]),
            ("p", [S(f"This year's fundraiser partner is {name}, located at {a.text(True)} (phone {fmt_phone(ph)}).",
                     "none", ("street-address", a.canon), ("phone", ph))]),
            ("p", [S(f"Questions? Call the main office at {district_phone()} or stop by {district_addr()}.")]),
            signature(st, "Principal")]
    return "Family newsletter - October", sender_of(st), "Families <families@district.example>", body
def sg_colleague(st):
    other = staff()
    body = [("lines", [S(f"Hi {other.first},", "first")]), ("p", lookalikes(R.randint(3, 5))), filler(),
            signature(st, cell=R.random() < 0.6)]
    return "Quick notes from today", sender_of(st), sender_of(other), body
def sg_invoice(st):
    name = R.choice(BIZ)
    c, block = biz_block(name)
    bill = district_addr()
    body = [("lines", [S("Hello,")]),
            ("p", [S(f"Attached please find invoice {digits(R.choice([7, 8]))} for order #{digits(9)}."),
                   S(f"Payment terms are net 30, so it is due {fmt_date(lookdate())}.")]),
            ("lines", [S("Bill to:"), S("Accounts Payable"), S(bill), S("Ship to:"), S(R.choice(SCHOOLS)), S(bill)]),
            ("p", lookalikes(1)), ("lines", [S("Thank you for your business,")]), block]
    return f"Invoice from {name}", f"{c.full} <billing@vendor.example>", sender_of(st), body
def sg_facilities(st):
    name, a, ph = R.choice(BIZ), Addr(unit=0.3, city=0.6, biz=True), phone()
    ext = str(R.randint(10, 99)) if R.random() < 0.3 else None
    body = [("lines", [S("Hi team,")]),
            ("p", [S(f"A technician from {name} will be here on {fmt_date(lookdate())} at {clock()} to service the boiler."),
                   S(f"If the truck is running late, the shop number is {fmt_phone(ph, ext=ext)}.", "none", ("phone", ph)),
                   S(f"Their office is at {a.text(R.random() < 0.5)} if anyone needs to drop off the keys.", "none", ("street-address", a.canon))]),
            ("p", lookalikes(2)), signature(st, "Facilities Manager", cell=R.random() < 0.5)]
    return "Boiler service visit", sender_of(st), "Staff <staff@district.example>", body
def sg_event(st):
    a, ph = Addr(unit=0.0, city=0.7, biz=True), phone()
    venue = R.choice(["Glenwood Park", "the Riverside Field House", "Cedar Lanes", "the Summit Ice Rink"])
    body = [("lines", [S("Hello athletes and families,")]),
            ("p", [S(f"Saturday's away game is at {venue}, {a.text(True)}.", "none", ("street-address", a.canon)),
                   S(f"Buses leave at {clock()} from the Room {R.randint(100, 140)} entrance."),
                   S(f"For directions you can call the venue at {fmt_phone(ph)}.", "none", ("phone", ph))]),
            ("p", lookalikes(2)), signature(st, "Athletic Director")]
    return "Away game this Saturday", sender_of(st), "Teams <athletics@district.example>", body
def sg_plain(st):
    body = [("lines", [S("Good afternoon,")]), ("p", lookalikes(R.randint(3, 5))),
            ("p", [S(f"The office number is still {district_phone()}, and packages go to {district_addr()}.")]), filler(), signature(st)]
    return "Reminders for next week", sender_of(st), "Staff <staff@district.example>", body

def gen_signature(cls, i):
    st = staff()
    subject, sender, to, blocks = [sg_vendor, sg_newsletter, sg_colleague, sg_invoice, sg_facilities, sg_event, sg_plain][i % 7](st)
    return subject, sender, to, blocks, [], [], R.choice(["text", "text", "both"]), R.randint(0, 1)

# ------------------------------------------------------------------ prose class
DX = ["ADHD", "type 1 diabetes", "an anxiety disorder", "dyslexia", "a seizure disorder", "celiac disease"]
ACCOMMODATIONS = ["extended time", "read-aloud", "separate setting", "frequent breaks", "large print"]

def pr_iep(st, p):
    if R.random() < 0.5:
        lead = S(f"I would like to schedule {p.first}'s annual IEP review for {fmt_date(lookdate())} at {clock()} in Room 214.", "first")
    else:
        lead = S(f"I would like to schedule the annual IEP review for {p.full} on {fmt_date(lookdate())} at {clock()}.", "full")
    rest = [S("The meeting usually takes about an hour.")]
    if R.random() < 0.4:
        rest.append(S(f"Please bring the signed consent form for {p.full} (Student ID {p.sid}).", "full", ("student-id", p.sid)))
    rest.append(S(f"If that time does not work, call me at {district_phone()} or text my cell at {fmt_phone(st.phone)}.",
                  "none", ("phone", st.phone)))
    return "Annual review scheduling", [("lines", [greeting_parent(p)]), ("p", [lead] + rest), filler(),
                                        signature(st, "Special Education Teacher")]
def pr_nurse(st, p):
    doc = R.choice(LAST)
    dob, f = dob_text(p)
    return "Health office form needed", [
        ("lines", [greeting_parent(p)]),
        ("p", [S(f"Our records show that {p.full}, {R.choice(['date of birth', 'DOB', 'born'])} {dob}, is prescribed "
                 f"{R.choice(['methylphenidate', 'cetirizine', 'an albuterol inhaler', 'an EpiPen'])}, and we need an updated medication "
                 "authorization form.", "full", f),
               S(f"Please return the form to the health office by {fmt_date(lookdate())}."),
               S(f"Dr. {doc}'s office can also fax it to us directly.", "full")]),
        signature(st, "School Nurse")]
def pr_504(st, p):
    sents = [S(f"At this morning's meeting we updated the 504 plan for {p.full} (Student ID {p.sid}).", "full", ("student-id", p.sid)),
             S("Accommodations now include extended time on tests, preferential seating, and breaks as needed."),
             S(f"The next review is scheduled for {fmt_date(lookdate())}.")]
    if R.random() < 0.5:
        sents.append(S(f"{Person().full}'s plan was reviewed as well and did not change.", "full"))
    return "Accommodation update", [("lines", [S("Hi team,")]), ("p", sents), filler(), signature(st, "School Counselor")]
def pr_custody(st, p):
    ph = phone()
    return "Pickup change - please read", [
        ("lines", [S("Hello all,")]),
        ("p", [S(f"Please note that as of {fmt_date(lookdate())}, {p.title} {p.glast} has sole custody of {p.full}.", "full"),
               S(f"Only people on the approved pickup list may sign {p.first} out.", "first"),
               S(f"The updated contact number is {fmt_phone(ph)}.", "none", ("phone", ph)),
               S("A copy of the court order is in the main office file.")]),
        signature(st, R.choice(["Assistant Principal", "Main Office Secretary"]))]
def pr_suspension(st, p):
    sents = [S(f"This letter confirms that {p.full} was suspended for {R.randint(2, 5)} days following the incident on "
               f"{fmt_date(lookdate())}.", "full"),
             S(f"The re-entry meeting is scheduled for {fmt_date(lookdate())} at {clock()}."),
             S(f"Please contact the main office at {district_phone()} with any questions.")]
    if R.random() < 0.5:
        sents.insert(1, S("Under the district discipline policy, the days will be recorded as excused for make-up work."))
    return "Re-entry meeting", [("lines", [greeting_parent(p)]), ("p", sents), signature(st, "Assistant Principal")]
def pr_registration(st, p):
    dob, f = dob_text(p)
    ph = phone()
    label = R.choice(["Student ID", "Student #", "Student No.", "Student Number"])
    return "New registration", [
        ("lines", [S("Hi team,")]),
        ("p", [S(f"We have a new registration: {p.full}, {dob_label()} {dob}, starting in grade {p.grade} on {fmt_date(lookdate())}.", "full", f),
               S(f"The family lives at {p.addr.text(R.random() < 0.5)} and the guardian's cell is {fmt_phone(ph)}.",
                 "none", ("street-address", p.addr.canon), ("phone", ph))]),
        ("lines", [S(f"Student: {p.full}", "full"), S(f"{label}: {p.sid}", "none", ("student-id", p.sid)),
                   S(f"D.O.B.: {fmt_date(p.dob, 'mdY')}", "none", f), S(f"Homeroom: {p.homeroom}")]),
        ("p", [S(f"Proof of residency was received on {fmt_date(lookdate())}."),
               S("The birth certificate is still missing from the packet.")]),
        signature(st, "Registrar")]
def pr_bus(st, p):
    ph = phone()
    return "Bus drop-off change", [
        ("lines", [S("Hello Transportation,")]),
        ("p", [S(f"Starting {fmt_date(lookdate())}, {p.full} will be dropped off at {p.addr.text(R.random() < 0.5)} "
                 f"instead of the {intersection()} stop.", "full", ("street-address", p.addr.canon)),
               S(f"Please call {p.title} {p.glast} at {fmt_phone(ph)} if the bus is running late.", "full", ("phone", ph))]),
        filler(), signature(st, "Main Office Secretary")]
def pr_counselor(st, p):
    return "Check-in request", [
        ("lines", [S("Hi team,")]),
        ("p", [S(f"{p.title} {p.glast} called today to share that {p.first} was recently diagnosed with {R.choice(DX)}.", "full"),
               S("The family asked that teachers check in quietly rather than in front of the class."),
               S(f"I will follow up after the team meeting on {fmt_date(lookdate())}.")]),
        signature(st, "School Counselor")]
def pr_accommodations(st, p):
    lines, d = [], fmt_date(lookdate(), "long")
    for _ in range(R.randint(3, 8)):
        q = Person()
        if R.random() < 0.65:
            lines.append(S(f"{q.full} - {R.choice(['IEP', '504 plan'])}: {', '.join(R.sample(ACCOMMODATIONS, 2))}", "full"))
        else:
            lines.append(S(f"{q.full} - {R.choice(ACCOMMODATIONS)} (teacher request)", "full"))
    return "Testing accommodations", [
        ("lines", [S("Hi proctors,")]), ("p", [S(f"Here are the testing accommodations for the state assessment on {d}:")]),
        ("lines", lines), ("p", [S("Please return the testing materials to Room 118 after each session.")]),
        signature(st, "Special Education Teacher")]
def pr_lookalike(st, p):
    q = Person()
    pool = [S(f"{q.full} won the school spelling bee on {fmt_date(lookdate())}!", "full"),
            S("The IEP meeting room is 214 this year, right next to the library."),
            S(f"Disability Awareness Week begins {fmt_date(lookdate())}, and every class will read a picture book together."),
            S("In science, the fourth graders built a model suspension bridge out of straws and tape."),
            S("The spring musical is Born to Run, and rehearsals start after break."),
            S(f"{p.full} was born in Hartford and has been with us since kindergarten.", "full"),
            S("Medication drop-off day for the health office is the last Friday of the month."),
            S(f"{p.title} {p.glast} volunteered to run the bake sale table.", "full"),
            S(f"Please update the special education bulletin board by {fmt_date(lookdate())}.")]
    return "This week at school", [("lines", [S("Hi everyone,")]), ("p", R.sample(pool, R.randint(4, 6)) + lookalikes(1)),
                                   filler(), signature(st)]
def pr_lunch(st, p):
    return "Meal application approved", [
        ("lines", [greeting_parent(p)]),
        ("p", [S(f"Good news: {p.full} has been approved for {R.choice(['free lunch', 'reduced-price lunch'])} starting "
                 f"{fmt_date(lookdate())}.", "full"),
               S("No action is needed on your part."), S(f"Applications must be renewed each year by {fmt_date(lookdate())}.")]),
        signature(st, "Cafeteria Manager")]
def pr_expulsion(st, p):
    return "Hearing notice", [
        ("lines", [greeting_parent(p)]),
        ("p", [S(f"The expulsion hearing for {p.full} is scheduled for {fmt_date(lookdate())} at {clock()} at the district office, "
                 f"{district_addr()}.", "full"),
               S(f"{p.title} {p.glast} may bring an advocate.", "full"), S(f"To reschedule, call {district_phone()}.")]),
        signature(st, "Assistant Principal")]
def pr_referral(st, p):
    clinic, a, ph = R.choice(["Bright Path Therapy Center", "Evergreen Learning Clinic"]), Addr(unit=0.3, city=0.7, biz=True), phone()
    return "Evaluation referral", [
        ("lines", [greeting_parent(p)]),
        ("p", [S(f"{p.full} has been referred for a special education evaluation.", "full"),
               S(f"The testing will take place at {clinic}, {a.text(True)}.", "none", ("street-address", a.canon)),
               S(f"Their office number is {fmt_phone(ph)}.", "none", ("phone", ph))]), filler(),
        signature(st, "School Psychologist")]
def pr_dob_fix(st, p):
    dob, f = dob_text(p)
    return "Correction for report cards", [
        ("lines", [S("Hi,")]),
        ("p", [S(f"For {p.full}, the correct date of birth is {dob}, not the date printed on the report card.", "full", f),
               S(f"{p.first}'s IEP paperwork still shows the old date, so I will fix that next.", "first"),
               S(f"The report card batch was printed {fmt_date(lookdate(), 'iso')}.")]),
        signature(st, "Registrar")]
def pr_discipline_list(st, p):
    lines = [S(f"{Person().full}: {R.choice(ACTIONS_TERM if R.random() < 0.5 else ACTIONS_PLAIN).lower()}", "full")
             for _ in range(R.randint(3, 8))]
    return "Weekly summary", [
        ("lines", [S("Hi admin team,")]), ("p", [S(f"Here is the discipline summary for the week of {fmt_date(lookdate(), 'long')}.")]),
        ("lines", lines), filler(), signature(st, "Dean of Students")]

PROSE = [pr_iep, pr_nurse, pr_504, pr_custody, pr_suspension, pr_registration, pr_bus, pr_counselor,
         pr_accommodations, pr_lookalike, pr_lunch, pr_expulsion, pr_referral, pr_dob_fix, pr_discipline_list]

def gen_prose(cls, i):
    st, p = staff(), Person()
    subject, blocks = PROSE[i % len(PROSE)](st, p)
    mode = R.choice(["text", "text", "text", "both"])
    to = R.choice([f"{p.gfirst} {p.glast} <family{R.randint(10, 99)}@mail.example>", "Team <team@district.example>"])
    return subject, sender_of(st), to, blocks, [], [], mode, R.randint(0, 1)

# ------------------------------------------------------------------ main
def check_value(kind, value):
    ok = {"phone": lambda v: valid_nanp(v) and v not in DPHONES,
          "street-address": lambda v: v not in DADDRS and v == v.lower() and re.fullmatch(r"[a-z0-9 ]+", v),
          "date-of-birth": lambda v: date.fromisoformat(v).year < 2026,
          "student-id": lambda v: 7 <= len(v) <= 9 and v.isdigit() and luhn_ok(v)}[kind]
    assert ok(value), (kind, value)

def main():
    manifest, gens = [], {"signatures": gen_signature, "prose": gen_prose}
    for cls, count in CLASSES.items():
        shutil.rmtree(HERE / cls, ignore_errors=True)
        (HERE / cls).mkdir()
        for i in range(count):
            subject, sender, to, blocks, atts, tables, mode, variant = gens.get(cls, gen_roster)(cls, i)
            lab = Label()
            lab.blocks(blocks)
            for t in tables:
                lab.table(t)
            expected = lab.expected()
            for e in expected:
                if e["kind"] not in ("student-roster", "personal-roster", "student-record"):
                    check_value(e["kind"], e["value"])
            data = build_email(cls, i, subject, sender, to, blocks, atts, mode, variant)
            while len(data) < 1100:  # every message at least ~1 KB: pad with neutral paragraphs not used yet
                used = {s.text for b in blocks if b[0] != "table" for s in b[1]}
                blocks.insert(len(blocks) - 1, ("p", [S(R.choice([x for x in FILLER if x not in used]))]))
                data = build_email(cls, i, subject, sender, to, blocks, atts, mode, variant)
            assert len(data) <= 20480, (cls, i, len(data))
            (HERE / f"{cls}/{i:03d}.eml").write_bytes(data)
            manifest.append({"file": f"{cls}/{i:03d}.eml", "class": cls, "expected": expected})
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    kinds = ["phone", "street-address", "date-of-birth", "student-id", "student-record", "student-roster", "personal-roster"]
    print(f"{'class':<13}{'msgs':>5}" + "".join(f"{k:>16}" for k in kinds))
    total = Counter()
    for cls in CLASSES:
        entries = [m for m in manifest if m["class"] == cls]
        c = Counter(e["kind"] for m in entries for e in m["expected"])
        total.update(c)
        print(f"{cls:<13}{len(entries):>5}" + "".join(f"{c[k]:>16}" for k in kinds))
    print(f"{'total':<13}{len(manifest):>5}" + "".join(f"{total[k]:>16}" for k in kinds))
    sizes = sorted((HERE / m["file"]).stat().st_size for m in manifest)
    print(f"message sizes {sizes[0]}..{sizes[-1]} bytes; messages with nothing expected: {sum(not m['expected'] for m in manifest)}")

if __name__ == "__main__":
    main()
