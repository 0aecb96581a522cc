#!/usr/bin/env python3
"""Held-out labelled test data for the SSN / payment-card email filter.

Writes Tests/Holdout/<class>/NNN.eml and Tests/Holdout/manifest.json, then
re-extracts the text of every message (pdfminer.six, python-docx, openpyxl,
html stripping) and checks the labels.

Dependencies (the versions used to build the committed data):
    pip install reportlab==5.1.0 xlsxwriter==3.3.1 python-docx==1.2.0 \
                pdfminer.six==20260107 openpyxl==3.1.5

Regenerate:   python Tests/Holdout/make_holdout.py
Verify only:  python Tests/Holdout/make_holdout.py --verify-only

Deterministic: fixed seeds, fixed Date/Message-ID headers, fixed MIME
boundaries, reportlab invariant mode, fixed document properties and zip
timestamps for xlsx/docx.
"""
import argparse
import datetime as dt
import html
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
from email import message_from_bytes

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20250314
FIXED_CREATED = dt.datetime(2025, 3, 3, 9, 0, 0)
TZ = dt.timezone(dt.timedelta(hours=-5))
BASE_DATE = dt.datetime(2025, 3, 3, 7, 41, 0, tzinfo=TZ)
ZIP_DATE = (2025, 3, 3, 9, 0, 0)

CLASSES = ["pdf-reportlab", "html-outlook", "text-tables", "xlsx-xlsxwriter", "docx-forms", "prose"]

# --------------------------------------------------------------------------
# validity rules (ground truth)
# --------------------------------------------------------------------------
BAD_SSN = {"078051120", "219099999", "123456789"}
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "371449635398431", "4012888888881881", "6011111111111117", "5105105105105100",
              "4222222222222"}


def ssn_valid(d):
    if len(d) != 9 or not d.isdigit() or d in BAD_SSN:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= a <= 899 and a != 666 and g >= 1 and s >= 1


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def card_brand(d):
    n = len(d)
    if not d.isdigit() or n < 13:
        return None
    p2, p4 = int(d[:2]), int(d[:4])
    if d[0] == "4" and n in (13, 16):
        return "Visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "Mastercard"
    if p2 in (34, 37) and n == 15:
        return "American Express"
    if (d.startswith("6011") or d.startswith("65")) and n == 16:
        return "Discover"
    if 3528 <= p4 <= 3589 and n == 16:
        return "JCB"
    if p2 == 36 and n == 14:
        return "Diners Club"
    return None


def card_valid(d):
    return bool(card_brand(d)) and luhn_ok(d) and d not in TEST_CARDS


def fmt_ssn(d, style):
    if style == "dash":
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    if style == "space":
        return f"{d[:3]} {d[3:5]} {d[5:]}"
    return d


def card_groups(n):
    return {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 3, 3, 3]}.get(n, [4, 4, 4, 4])


def fmt_card(d, style):
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    out, i = [], 0
    for k in card_groups(len(d)):
        out.append(d[i:i + k])
        i += k
    return sep.join(out)


# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------
FIRST = ("Maria James Aaliyah Ethan Sofia Liam Olivia Noah Emma Mason Ava Lucas Isabella Elijah Mia Logan "
         "Harper Jacob Amelia Michael Evelyn Daniel Abigail Henry Emily Jackson Ella Sebastian Madison Aiden "
         "Grace Samuel Chloe David Camila Joseph Penelope Carter Riley Owen Layla Wyatt Zoey John Nora Jack "
         "Lily Luke Hannah Jayden Addison Dylan Aubrey Grayson Ellie Levi Stella Isaac Natalie Gabriel Leah "
         "Julian Hazel Mateo Violet Anthony Aurora Lincoln Audrey Joshua Brooklyn Christopher Claire Theodore "
         "Lucy Ryan Paisley Asher Anna Thomas Caroline Leo Isaiah Charles Kennedy Josiah Hudson Allison "
         "Christian Maya Hunter Sarah Connor Eli Ezra Aaron Ariana Landon Elena Adrian Naomi Nolan Alice "
         "Jeremiah Sadie Elias Eva Robert Ruby Nicholas Willow Dominic Cora Adam Ian Lydia Austin Santiago "
         "Jordan Cooper Peyton Roman Evan Julia Xavier Jose Clara Miles Rylee Sawyer Katherine Jason Sophie "
         "Priya Tuan Mei DeShawn Keisha Tamika Luis Guadalupe Rosa Hector Anh Minh Fatima Omar Yusuf Ngozi "
         "Brenda Kevin Tammy Darlene Gary Pam Rhonda Dwayne Crystal Shawn Heather Travis Amber Kristin").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
        "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
        "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
        "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Phillips Evans Turner Diaz Parker Cruz "
        "Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper "
        "Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James "
        "Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster "
        "Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher "
        "Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace "
        "Okafor Tran Pham Yamamoto Kowalski Schmidt O'Brien McAllister Dubois Haddad Abdullah Novak").split()


class Org:
    def __init__(self, name, short, domain, city, st, zip3, area):
        self.name, self.short, self.domain, self.city, self.st, self.zip3, self.area = \
            name, short, domain, city, st, zip3, area


ORGS = [
    Org("Maple Valley School District", "MVSD", "mvsd.org", "Springfield", "IL", "627", "217"),
    Org("Cedar Creek ISD", "CCISD", "cedarcreekisd.net", "Bastrop", "TX", "786", "512"),
    Org("Harbor View Unified School District", "HVUSD", "hvusd.k12.ca.us", "Fresno", "CA", "937", "559"),
    Org("Lakeside Public Schools", "LPS", "lakesideps.org", "Lansing", "MI", "489", "517"),
    Org("Pine Ridge County Schools", "PRCS", "pineridge.k12.nc.us", "Hickory", "NC", "286", "828"),
    Org("St. Brigid Catholic School", "St. Brigid", "stbrigid-school.org", "Dayton", "OH", "454", "937"),
    Org("Riverbend Charter Academy", "RCA", "riverbendcharter.org", "Boise", "ID", "837", "208"),
    Org("North Hills School District", "NHSD", "nhsd.net", "Albany", "NY", "122", "518"),
    Org("Bayou Parish School Board", "BPSB", "bayouparish.k12.la.us", "Houma", "LA", "703", "985"),
    Org("Summit Ridge School District", "SRSD", "summitridge.k12.co.us", "Pueblo", "CO", "810", "719"),
]
SCHOOLS = ["Lincoln Elementary", "Roosevelt Middle", "Westview High", "Oak Grove Elem", "Jefferson Intermediate",
           "Central High", "Hillcrest Elementary", "Washington Middle", "Eastside ELC", "Valley Alternative",
           "District Office", "Transportation", "Food Services", "Maintenance"]
POSITIONS = ["Para-educator", "Bus Driver", "Custodian", "Teacher - Gr 3", "Food Service Asst", "Substitute Teacher",
             "Secretary", "Asst Coach - JV Volleyball", "Teacher - Math", "Teacher - SPED", "Nurse (LPN)",
             "Crossing Guard", "Library Aide", "Teacher - Kindergarten", "Maintenance Tech", "Speech Pathologist",
             "Counselor", "Head Coach - Track", "Bookkeeper", "Registrar", "Lunch Monitor", "ESL Tutor"]
STREETS = ["Maple Ave", "Oak St", "Pine Ridge Rd", "Elm Ct", "Cedar Ln", "Walnut Dr", "Lakeview Blvd", "Main St",
           "Church St", "Highland Ave", "Sunset Dr", "Mill Rd", "Jefferson St", "Country Club Dr", "Prairie Ln",
           "Cypress Bend", "Old Farm Rd", "Willow Way", "Hickory Hollow", "River Rd"]
MERCHANTS = ["AMAZON MKTPLACE PMTS", "STAPLES", "WALMART SUPERCENTER", "LAKESHORE LEARNING", "SCHOLASTIC BOOK FAIRS",
             "HOBBY LOBBY", "COSTCO WHSE", "DOLLAR TREE", "HOME DEPOT", "SOUTHWEST AIR", "HAMPTON INN",
             "SHELL OIL", "SAMS CLUB", "TARGET", "ZOOM.US", "BLICK ART MATERIALS", "DEMCO INC", "SCHOOL SPECIALTY",
             "OFFICE DEPOT", "CHICK-FIL-A", "PAPA JOHNS", "KROGER", "LOWES", "APPLE.COM/BILL"]
EVENTS = ["Science Center field trip", "6th grade camp", "band trip", "spring musical tickets", "yearbook",
          "senior trip", "DC trip deposit", "zoo field trip", "robotics competition", "cheer camp",
          "FFA convention", "choir festival", "outdoor ed week", "AP exam fees", "athletic pass", "prom tickets"]
HOTELS = ["Hampton Inn Downtown", "Holiday Inn Express", "Courtyard by Marriott", "La Quinta Inn",
          "Best Western Plus", "Embassy Suites", "Drury Inn & Suites"]
ITEMS = ["Spirit T-shirt", "Hoodie", "Yard sign", "Cookie dough (3 lb)", "Mulch (10 bags)", "Raffle tickets",
         "Senior banner", "Stadium seat", "Poinsettia", "Pizza kit", "Discount card", "Team photo pkg"]
RELS = ["Spouse", "Child", "Child", "Child", "Domestic Partner", "Stepchild"]
PLANS = ["PPO 500", "HDHP w/ HSA", "HMO Gold", "Dental Plus", "Vision Basic", "PPO 1500"]
NOTES_STAFF = ["Verified I-9 documents in person; waiting on TB test results before first day.",
               "Fingerprints cleared. Needs mandated reporter training by end of month.",
               "Transferred from substitute pool, keep existing badge and keys.",
               "Part time, 19.5 hours per week. Not benefits eligible this year.",
               "Returning employee (rehire). Please reactivate old account instead of creating a new one.",
               "Awaiting signed handbook acknowledgment and direct deposit form.",
               "Name change pending, marriage certificate requested.",
               "Building principal approved the transfer effective next pay period."]
NOTES_FAMILY = ["Parent called twice about the balance; promised to pay by Friday.",
                "Paid in full at registration night. Receipt given to student.",
                "Card declined the first time, second attempt went through.",
                "Coach signed off on the roster; physical on file with the nurse.",
                "Moved mid-year from another district; records request sent.",
                "Needs a bus change after spring break, see transportation.",
                "Grandmother is the emergency contact, not on the pickup list.",
                "Family asked for a payment plan, two installments approved."]
NOTES = NOTES_STAFF + NOTES_FAMILY


# --------------------------------------------------------------------------
# generator with per-message label bookkeeping
# --------------------------------------------------------------------------
USED = set()          # every SSN / card / numeric look-alike digit string ever emitted
TRUE_DIGITS = set()
LA_DIGITS = set()


def digits_of(s):
    return re.sub(r"\D", "", s)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.exp = []
        self.la = []
        self.org = ORGS[0]

    def begin(self, org=None):
        self.exp, self.la = [], []
        self.org = org or self.r.choice(ORGS)

    # ---- true values
    def ssn_digits(self, low=False):
        r = self.r
        while True:
            a = r.randint(1, 99) if low else r.randint(1, 899)
            d = f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
            if ssn_valid(d) and d not in USED:
                USED.add(d)
                return d

    def SSN(self, style="dash", low=False):
        d = self.ssn_digits(low)
        self.exp.append(("ssn", d))
        TRUE_DIGITS.add(d)
        return d, fmt_ssn(d, style)

    def card_digits(self, brand=None):
        r = self.r
        b = brand or r.choices(["visa", "mc", "mc2", "amex", "disc", "disc65", "jcb", "diners", "visa13"],
                               [34, 21, 7, 13, 9, 4, 5, 4, 3])[0]
        pre, n = {"visa": ("4", 16), "visa13": ("4", 13), "mc": (str(r.randint(51, 55)), 16),
                  "mc2": (str(r.randint(2221, 2720)), 16), "amex": (r.choice(["34", "37"]), 15),
                  "disc": ("6011", 16), "disc65": ("65", 16), "jcb": (str(r.randint(3528, 3589)), 16),
                  "diners": ("36", 14)}[b]
        while True:
            body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
            d = body + luhn_digit(body)
            if card_valid(d) and d not in USED:
                USED.add(d)
                return d

    def CARD(self, style="space", brand=None):
        d = self.card_digits(brand)
        if len(d) == 13 and style != "plain":
            style = "space"
        self.exp.append(("card", d))
        TRUE_DIGITS.add(d)
        return d, fmt_card(d, style)

    def card_style(self):
        return self.r.choices(["space", "dash", "plain"], [42, 23, 35])[0]

    def ssn_style(self):
        return self.r.choices(["dash", "bare", "space"], [50, 38, 12])[0]

    # ---- look-alikes (registered)
    def L(self, v):
        self.la.append(v)
        d = digits_of(v)
        if len(d) >= 5:
            LA_DIGITS.add(d)
        return v

    def _num(self, n, first="123456789"):
        r = self.r
        while True:
            v = r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))
            if v not in USED:
                USED.add(v)
                return v

    def student_id(self):
        r = self.r
        k = r.choices([6, 7, 9, 10, 0], [15, 30, 35, 10, 10])[0]
        if k == 0:
            return self.L("S" + self._num(7))
        if k == 9:
            return self.L(self._num(9, "1234567"))   # many of these happen to be SSN-valid
        return self.L(self._num(k))

    def emp_id(self):
        r = self.r
        k = r.choice(["E5", "Z6", "N9", "N6", "N7"])
        if k == "E5":
            return self.L("E" + self._num(5))
        if k == "Z6":
            return self.L("00" + self._num(4))
        return self.L(self._num(int(k[1])))

    def state_id(self):
        return self.L(self._num(self.r.choice([9, 10, 10])))

    def luhn16(self, first=None):
        r = self.r
        while True:
            f = first or r.choice("1234567894563")
            body = f + "".join(r.choice("0123456789") for _ in range(14))
            d = body + luhn_digit(body)
            if d not in USED:
                USED.add(d)
                return self.L(d)

    def phone(self, area=None, style=None, table=False):
        r = self.r
        a = area or (self.org.area if r.random() < 0.6 else r.choice(["312", "713", "404", "602", "206", "615", "801"]))
        ex, ln = r.randint(201, 989), r.randint(0, 9999)
        styles = ["paren", "paren", "dash", "dash", "dot", "plus", "space", "one"] + (["bare"] if table else [])
        st = style or r.choice(styles)
        v = {"paren": f"({a}) {ex}-{ln:04d}", "dash": f"{a}-{ex}-{ln:04d}", "dot": f"{a}.{ex}.{ln:04d}",
             "plus": f"+1 {a} {ex} {ln:04d}", "space": f"{a} {ex} {ln:04d}", "one": f"1-{a}-{ex}-{ln:04d}",
             "bare": f"{a}{ex}{ln:04d}"}[st]
        return self.L(v)

    def zip4(self, zip3=None):
        r = self.r
        return self.L(f"{zip3 or self.org.zip3}{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}")

    def zip5(self):
        return f"{self.org.zip3}{self.r.randint(1, 99):02d}"

    def address(self):
        r = self.r
        return f"{r.randint(100, 9899)} {r.choice(STREETS)}"

    def csz(self, plus4=True):
        return f"{self.org.city}, {self.org.st} " + (self.zip4() if plus4 else self.zip5())

    def routing(self):
        r = self.r
        while True:
            pre = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 26, 28, 31])
            d = [int(c) for c in f"{pre:02d}"] + [r.randint(0, 9) for _ in range(6)]
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            v = "".join(map(str, d)) + str((-s) % 10)
            if v not in USED:
                USED.add(v)
                return self.L(v)

    def bank_acct(self):
        return self.L(self._num(self.r.choice([8, 9, 10, 10, 11, 12])))

    def ein(self):
        r = self.r
        return self.L(f"{r.choice([20, 26, 27, 35, 36, 45, 46, 47, 61, 62, 81, 82, 84, 88, 90, 93]):02d}-{self._num(7)}")

    def itin(self):
        r = self.r
        return self.L(f"9{r.randint(0, 99):02d}-{r.choice([70, 72, 75, 78, 80, 83, 88, 90, 94])}-{r.randint(0, 9999):04d}")

    def member_id(self):
        r = self.r
        k = r.choice(["pre", "n9", "n11"])
        if k == "pre":
            return self.L(r.choice(["XJH", "W", "ZGP", "MBR"]) + self._num(9))
        return self.L(self._num(9 if k == "n9" else 11))

    def case_no(self):
        r = self.r
        return self.L(r.choice([f"2025-JC-{r.randint(1, 9999):05d}", f"JV-24-{r.randint(1, 99999):05d}",
                                f"{r.randint(24, 25)}-CP-{r.randint(1000, 9999)}",
                                f"CPS #{self._num(8)}"]))

    def pin(self):
        return self.L(self._num(self.r.choice([4, 5, 5, 6])))

    def cvv(self, amex=False):
        return str(self.r.randint(1000, 9999) if amex else self.r.randint(100, 999))

    def conf(self):
        r = self.r
        return self.L(r.choice([self._num(8), self._num(10), "H" + self._num(9), self._num(12)]))

    def auth_code(self):
        r = self.r
        return r.choice([f"{r.randint(0, 999999):06d}", f"{r.randint(0, 99999):05d}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"])

    def receipt(self):
        r = self.r
        return self.L(r.choice([f"R-2025-{r.randint(1, 99999):05d}", f"REC{self._num(7)}", self._num(6)]))

    def po(self):
        r = self.r
        return self.L(r.choice([f"PO 25-{r.randint(100, 99999):05d}", f"P25{r.randint(10000, 99999)}", f"25{self._num(6)}"]))

    def amz(self):
        r = self.r
        return self.L(f"{r.randint(111, 114)}-{r.randint(0, 9999999):07d}-{r.randint(0, 9999999):07d}")

    def tracking(self):
        r = self.r
        k = r.choice(["ups", "usps", "fedex"])
        if k == "ups":
            return self.L("1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + self._num(8, "0123456789") + self._num(2, "0123456789"))
        if k == "usps":
            d = "9400" + "".join(r.choice("0123456789") for _ in range(18))
            return self.L(" ".join([d[i:i + 4] for i in range(0, 20, 4)] + [d[20:]]))
        return self.L(self._num(12, "2345678"))

    def dl(self):
        r = self.r
        return self.L(r.choice([f"{r.choice('ABDGLMRSTW')}{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                                f"{r.choice('ABDGLMRSTW')}{self._num(8)}", self._num(8)]))

    def passport(self):
        return self.L(self._num(9, "5"))

    def everify(self):
        r = self.r
        return self.L(f"2025{r.randint(10, 99)}{self._num(7)}{r.choice(['AB', 'FC', 'EP', 'HV'])}")

    def masked_card(self):
        r = self.r
        l4 = f"{r.randint(0, 9999):04d}"
        return self.L(r.choice([f"XXXX XXXX XXXX {l4}", f"************{l4}", f"xxxx-xxxx-xxxx-{l4}", f"ending {l4}",
                                f"XXXXXXXXXXXX{l4}"]))

    def masked_ssn(self):
        l4 = f"{self.r.randint(1, 9999):04d}"
        return self.L(self.r.choice([f"XXX-XX-{l4}", f"***-**-{l4}", f"xxx-xx-{l4}"]))

    # ---- plain values (not counted)
    def name(self):
        return self.r.choice(FIRST), self.r.choice(LAST)

    def date(self, y0=2025, y1=2025):
        r = self.r
        return dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))

    def dstr(self, d=None, style=None):
        d = d or self.date()
        st = style or self.r.choice(["us", "us", "short", "iso"])
        return {"us": d.strftime("%m/%d/%Y"), "short": f"{d.month}/{d.day}/{d.strftime('%y')}",
                "iso": d.isoformat()}[st]

    def dob(self, kid=False):
        d = self.date(2007, 2019) if kid else self.date(1958, 2002)
        return d.strftime("%m/%d/%Y")

    def expiry(self):
        r = self.r
        m, y = r.randint(1, 12), r.randint(25, 30)
        return r.choices([f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}"], [55, 20, 15, 10])[0]

    def amount(self, lo=5, hi=600):
        v = self.r.randint(lo * 100, hi * 100) / 100
        return f"${v:,.2f}"


# --------------------------------------------------------------------------
# tables (scenarios)
# --------------------------------------------------------------------------
SSN_HDR = {
    "gen": ["SSN", "SS#", "SS #", "Soc Sec #", "Soc. Sec. No.", "Social Security #", "Social Security Number",
            "Social Security No", "SOC_SEC_NUM", "SocSecNo", "Social", "SSN#", "SS No.", "Soc Sec No",
            "Socail Security #", "Social Secuirty No", "SSN (no dashes)", "Soc.Sec.#", "SSN_NUM", "Social Sec #",
            "ssn", "Social Security"],
    "emp": ["Emp SSN", "EE SSN", "Employee SSN", "EMP_SSN", "Employee Soc Sec #"],
    "stu": ["Student SSN", "STU_SSN", "Stu Soc Sec #", "Student Social Security #", "Student SS#"],
    "dep": ["Dep SSN", "Dependent SSN", "Dep. Soc Sec #", "Spouse/Dep SSN", "Dependent SS#"],
    "par": ["Parent SSN", "Guardian SSN", "Parent/Guardian SSN", "Parent Soc Sec #", "Parent SS#"],
    "app": ["Applicant SSN", "Applicant Soc Sec #", "SSN of Applicant"],
}
GENERIC_ID_HDR = ["Tax ID", "ID Number", "Taxpayer ID", "ID #"]   # used only with dashed SSNs
CARD_HDR = ["Card Number", "Card #", "CC#", "CC #", "Credit Card #", "Credit Card Number", "Card No.", "Card Num",
            "CC Number", "Visa/MC #", "Credit/Debit Card", "Payment Card #", "Card Acct No", "CARD_NUMBER",
            "Credit card no", "Card number (16 digit)", "Cr Card #", "Credit/Debit #"]
EXP_HDR = ["Exp", "Exp.", "Exp Date", "Expiration", "Exp (MM/YY)", "EXP_DATE", "Expires"]


class T:
    def __init__(self, **kw):
        self.title = ""
        self.subtitle = ""
        self.headers = []
        self.rows = []
        self.ssn_cells = {}
        self.subject = ""
        self.intro = ""
        self.role = "office"
        self.fname = "report"
        self.notes_col = None
        self.__dict__.update(kw)


def ssn_hdr(g, style, ctx="gen"):
    if style == "dash" and g.r.random() < 0.15:
        return g.r.choice(GENERIC_ID_HDR)
    pool = SSN_HDR["gen"] + SSN_HDR.get(ctx, []) * 2
    return g.r.choice(pool)


def ssn_cell(g, style, placeholder=0.07):
    x = g.r.random()
    if x < placeholder:
        k = g.r.choice(["pending", "applied for", "on file", "999-99-9999", "000-00-0000", "N/A", "mask", "mask",
                        "see HR", ""])
        if k == "mask":
            return g.masked_ssn(), None
        if k[:1] in "09":
            return g.L(k), None
        return k, None
    d, s = g.SSN(style, low=g.r.random() < 0.15)
    return s, d


def card_cell(g, style, masked=0.0):
    if g.r.random() < masked:
        return g.masked_card(), None
    d, s = g.CARD(style)
    return s, d


def rows_n(g, lo=5, hi=25):
    return g.r.randint(lo, hi)


def pick(g, seq):
    return g.r.choice(seq)


def sc_newhire(g, n):
    st = g.ssn_style()
    hs = ssn_hdr(g, st, "emp")
    hdr = ["Last Name", "First Name", pick(g, ["Emp ID", "Employee #", "EmpNo"]), hs, "DOB", "Position",
           "Location", "Start Date", pick(g, ["Cell Phone", "Phone", "Contact #"])]
    rows, cells = [], {}
    for i in range(n):
        f, l = g.name()
        s, d = ssn_cell(g, st)
        if d:
            cells[(i, 3)] = d
        rows.append([l, f, g.emp_id(), s, g.dob(), pick(g, POSITIONS), pick(g, SCHOOLS),
                     g.dstr(g.date(2025, 2025)), g.phone(table=True)])
    o = g.org
    return T(title=f"{o.name} - New Hire Report", subtitle=f"Board approval date {g.dstr(style='us')}",
             headers=hdr, rows=rows, ssn_cells=cells, role="hr", fname="new_hires",
             subject=pick(g, ["New hires for board agenda", "New hire list - please set up in payroll",
                              "RE: new hire paperwork", "Classified new hires (March)"]),
             intro=pick(g, ["Attached is the new hire list for the board meeting. Please get these folks set up in payroll before the cutoff.",
                            "Here are the new hires that were approved last night. Background checks are all cleared.",
                            "Please see the new hire list below/attached. Let me know if anyone is missing."]))


def sc_payroll(g, n):
    st = g.ssn_style()
    hs = ssn_hdr(g, st, "emp")
    hdr = [pick(g, ["EMPLID", "Emp #", "Employee ID"]), "Employee Name", hs, "Pay Grp",
           pick(g, ["Routing #", "ABA/Routing", "Bank Routing"]), pick(g, ["Account #", "Acct No", "DD Account"]),
           "Net Pay", "Check Date"]
    rows, cells = [], {}
    cd = g.dstr(style="us")
    for i in range(n):
        f, l = g.name()
        s, d = ssn_cell(g, st, 0.04)
        if d:
            cells[(i, 2)] = d
        rows.append([g.emp_id(), f"{l}, {f}", s, pick(g, ["CERT", "CLASS", "SUB", "ADMIN"]), g.routing(),
                     g.bank_acct(), g.amount(400, 4200), cd])
    return T(title=f"{g.org.short} Payroll - Direct Deposit Exceptions", subtitle=f"Pay date {cd}",
             headers=hdr, rows=rows, ssn_cells=cells, role="payroll", fname="dd_exceptions",
             subject=pick(g, ["Direct deposit rejects - this payroll", "DD exceptions list", "Prenote failures",
                              "Payroll - bank changes to key"]),
             intro=pick(g, ["These direct deposits came back from the bank. Can you verify the account info with each employee?",
                            "Bank change requests received since last payroll. Please key before Thursday.",
                            "Prenote report attached, the ones listed need corrected routing or account numbers."]))


def sc_sis(g, n):
    st = g.ssn_style()
    hs = ssn_hdr(g, st, "stu")
    hdr = ["Student ID", pick(g, ["State ID", "SSID", "State Student ID"]), "Student Name", "Gr", "Birthdate", hs,
           pick(g, ["Guardian Phone", "Home Phone", "Parent Cell"]), "Lunch PIN", "Bus"]
    rows, cells = [], {}
    for i in range(n):
        f, l = g.name()
        s, d = ssn_cell(g, st, 0.1)
        if d:
            cells[(i, 5)] = d
        rows.append([g.student_id(), g.state_id(), f"{l}, {f}", pick(g, ["K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]),
                     g.dob(kid=True), s, g.phone(table=True), g.pin(), str(g.r.randint(1, 48))])
    return T(title=f"{g.org.short} Student Information Export", subtitle=f"Enrollment snapshot {g.dstr(style='us')}",
             headers=hdr, rows=rows, ssn_cells=cells, role="registrar", fname="sis_export",
             subject=pick(g, ["State reporting - students missing info", "Enrollment export for Medicaid billing",
                              "New enrollees this week", "PEIMS fall snapshot corrections"]),
             intro=pick(g, ["Here is the export of new enrollees. The state needs the SSNs where parents provided them.",
                            "These students are on the Medicaid billing list, please double check the SS numbers against the enrollment forms.",
                            "List of students enrolled since the last snapshot."]))


def sc_benefits(g, n):
    st1, st2 = g.ssn_style(), g.ssn_style()
    h1, h2 = ssn_hdr(g, st1, "emp"), ssn_hdr(g, st2, "dep")
    if h1 == h2:
        h2 = "Dep SSN"
    hdr = ["Employee", h1, "Dependent", "Rel", h2, "Dep DOB", "Plan", "Member ID"]
    rows, cells = [], {}
    i = 0
    while i < n:
        f, l = g.name()
        es, ed = ssn_cell(g, st1, 0.0)
        mid = g.member_id()
        plan = pick(g, PLANS)
        for k in range(min(g.r.randint(1, 3), n - i)):
            df = g.r.choice(FIRST)
            ds, dd = ssn_cell(g, st2, 0.12)
            if ed:
                cells[(i, 1)] = ed
            if dd:
                cells[(i, 4)] = dd
            rows.append([f"{l}, {f}", es, f"{df} {l}", pick(g, RELS), ds, g.dob(kid=True), plan, mid])
            i += 1
    return T(title=f"{g.org.short} Benefits Open Enrollment - Dependent Adds", subtitle="Plan year 2025-26",
             headers=hdr, rows=rows, ssn_cells=cells, role="benefits", fname="dependent_adds",
             subject=pick(g, ["Dependent adds for the carrier file", "Open enrollment - dependents",
                              "Benefit changes to send to BCBS"]),
             intro=pick(g, ["These are the dependent adds from open enrollment. The carrier file goes out Friday.",
                            "Please review the dependent list before I upload it to the carrier portal."]))


def sc_vendor(g, n):
    hdr = ["Payee", "Type", pick(g, ["TIN", "Tax ID #", "TIN (SSN/EIN)"]), "Address", "City/State/ZIP", "1099 Box", "YTD Paid"]
    rows, cells = [], {}
    for i in range(n):
        f, l = g.name()
        k = g.r.choices(["ind", "llc", "itin"], [55, 40, 5])[0]
        if k == "ind":
            d, s = g.SSN("dash")
            cells[(i, 2)] = d
            payee, typ = f"{f} {l}", pick(g, ["Individual/Sole prop", "Sole Proprietor", "Individual"])
        elif k == "itin":
            s, payee, typ = g.itin(), f"{f} {l}", "Individual (ITIN)"
        else:
            s = g.ein()
            payee = f"{l} {pick(g, ['Officiating LLC', 'Landscaping Inc', 'Music Services', 'Consulting LLC', 'Tutoring LLC', 'Plumbing Co'])}"
            typ = pick(g, ["LLC", "Corporation", "Partnership"])
        rows.append([payee, typ, s, g.address(), g.csz(), pick(g, ["NEC 1", "MISC 1", "MISC 3", "NEC 1"]), g.amount(600, 18000)])
    return T(title=f"{g.org.short} 1099 Vendor Review - Tax Year 2024", subtitle="W-9s on file",
             headers=hdr, rows=rows, ssn_cells=cells, role="business", fname="1099_vendors",
             subject=pick(g, ["1099 vendor list - need W-9 review", "Officials and contractors paid over $600",
                              "1099 prep"]),
             intro=pick(g, ["Here is the list of payees over $600 with the TINs from their W-9s. Please look for typos before we file.",
                            "Officials and contractors for 1099s. A few still need updated W-9s."]))


def sc_fafsa(g, n):
    st1, st2 = g.ssn_style(), g.ssn_style()
    h1, h2 = ssn_hdr(g, st1, "stu"), ssn_hdr(g, st2, "par")
    if h1 == h2:
        h1, h2 = "Student SSN", "Parent SSN"
    hdr = ["Student", "Student ID", h1, "Parent/Guardian", h2, "HH Size", "AGI", "Phone"]
    rows, cells = [], {}
    for i in range(n):
        f, l = g.name()
        s1, d1 = ssn_cell(g, st1, 0.08)
        s2, d2 = ssn_cell(g, st2, 0.15)
        if d1:
            cells[(i, 2)] = d1
        if d2:
            cells[(i, 4)] = d2
        rows.append([f"{f} {l}", g.student_id(), s1, f"{g.r.choice(FIRST)} {l}", s2, str(g.r.randint(2, 7)),
                     g.amount(9000, 140000), g.phone(table=True)])
    return T(title="Senior FAFSA Completion - Verification Selected", subtitle="Counseling office",
             headers=hdr, rows=rows, ssn_cells=cells, role="counselor", fname="fafsa_verification",
             subject=pick(g, ["FAFSA verification list", "Seniors selected for verification", "FAFSA night follow-up"]),
             intro=pick(g, ["These seniors were selected for verification. I pulled the SSNs off the worksheets so we can match the ISIRs.",
                            "Follow-up list from FAFSA night, please help me reach the families."]))


def sc_i9(g, n):
    st = g.ssn_style()
    hs = ssn_hdr(g, st, "emp")
    hdr = ["Employee", "Hire Date", hs, "Doc Type", "Doc Number", "Doc Exp", "E-Verify Case #"]
    rows, cells = [], {}
    for i in range(n):
        f, l = g.name()
        s, d = ssn_cell(g, st, 0.05)
        if d:
            cells[(i, 2)] = d
        dt_ = pick(g, ["US Passport", "DL + SS card", "DL + Birth Cert", "Perm Resident Card", "State ID + SS card"])
        docn = g.passport() if dt_ == "US Passport" else g.dl()
        rows.append([f"{f} {l}", g.dstr(style="us"), s, dt_, docn, g.dstr(g.date(2026, 2033), "us"), g.everify()])
    return T(title="I-9 / E-Verify Audit Log", subtitle=f"{g.org.name}",
             headers=hdr, rows=rows, ssn_cells=cells, role="hr", fname="i9_audit",
             subject=pick(g, ["I-9 audit log", "E-Verify cases to close", "I-9 reverification list"]),
             intro=pick(g, ["Attached is the I-9 log for this quarter. Please close out the open E-Verify cases.",
                            "Here are the I-9s I reviewed. A few need the document expiration fixed."]))


def sc_fieldtrip(g, n):
    cs = g.card_style()
    ch = pick(g, CARD_HDR)
    hdr = ["Student", "Student ID", "Parent/Guardian", ch, pick(g, EXP_HDR), "Amount", pick(g, ["Confirmation #", "Conf No.", "Online Payment Ref"])]
    rows = []
    ev = pick(g, EVENTS)
    for i in range(n):
        f, l = g.name()
        s, d = card_cell(g, cs, 0.06)
        rows.append([f"{l}, {f}", g.student_id(), f"{g.r.choice(FIRST)} {l}", s, g.expiry(), g.amount(15, 450), g.luhn16()])
    return T(title=f"{ev.title()} - Payments Taken by Phone", subtitle=g.org.name,
             headers=hdr, rows=rows, role="office", fname="trip_payments",
             subject=pick(g, [f"{ev} payments to run", f"Phone payments - {ev}", f"Cards to charge for {ev}"]),
             intro=pick(g, [f"Parents called in these payments for the {ev}. Can you run them through the terminal today?",
                            f"The online portal was down so families gave us card numbers for the {ev}. Please process and then shred.",
                            f"Here are the {ev} payments that still need to be keyed in."]))


def sc_pcard(g, n):
    cs = g.card_style()
    hdr = ["Cardholder", pick(g, ["Emp ID", "Employee #"]), "Building/Dept", pick(g, ["P-Card #", "Card Number", "Purchasing Card #", "Card #"]),
           pick(g, EXP_HDR), "Single Purchase Limit", "Monthly Limit"]
    rows = []
    for i in range(n):
        f, l = g.name()
        s, d = card_cell(g, cs)
        rows.append([f"{f} {l}", g.emp_id(), pick(g, SCHOOLS), s, g.expiry(),
                     pick(g, ["$500", "$1,000", "$2,500", "$5,000"]), pick(g, ["$2,500", "$5,000", "$10,000", "$25,000"])])
    return T(title=f"{g.org.short} Purchasing Card Roster", subtitle="Active cards - renewal batch",
             headers=hdr, rows=rows, role="business", fname="pcard_roster",
             subject=pick(g, ["P-card renewals came in", "Purchasing card roster", "New P-cards - please distribute"]),
             intro=pick(g, ["The renewal P-cards came in from the bank. Here is the roster so buildings can update their vendor accounts.",
                            "Updated purchasing card roster. Old cards will stop working at the end of the month."]))


def sc_booster(g, n):
    cs = g.card_style()
    hdr = ["Family", "Phone", "Item", "Qty", "Total", pick(g, CARD_HDR), pick(g, EXP_HDR), pick(g, ["Order #", "Order No", "Web Order #"])]
    rows = []
    for i in range(n):
        f, l = g.name()
        s, d = card_cell(g, cs, 0.05)
        rows.append([f"{l} family", g.phone(table=True), pick(g, ITEMS), str(g.r.randint(1, 6)), g.amount(10, 250),
                     s, g.expiry(), g.luhn16()])
    return T(title=pick(g, ["Booster Club Fundraiser Orders", "PTA Spirit Wear Orders", "Band Boosters - Mulch Sale"]),
             subtitle="Paper order forms", headers=hdr, rows=rows, role="parent", fname="booster_orders",
             subject=pick(g, ["Orders from the concession stand", "paper order forms to key in", "Spirit wear orders - cards"]),
             intro=pick(g, ["The Square reader died Friday night so we took orders on paper. Can you key these in?",
                            "Here are the paper order forms from the fundraiser. The online store numbers are in the last column.",
                            "Typed up the order forms we got at conferences, cards are in the sheet."]))


def sc_recon(g, n):
    cs = g.card_style()
    hdr = ["Post Date", "Merchant", "Cardholder", pick(g, ["Card Number", "Card #", "Acct Number (card)", "Card"]),
           "Amount", pick(g, ["Transaction ID", "Trans ID", "Reference #"]), "Auth Code"]
    rows = []
    for i in range(n):
        f, l = g.name()
        s, d = card_cell(g, cs, 0.25)
        rows.append([g.dstr(style="us"), pick(g, MERCHANTS), f"{f} {l}", s, g.amount(3, 1900), g.luhn16(), g.auth_code()])
    return T(title="Card Transactions - Missing Receipts", subtitle=f"Statement cycle ending {g.dstr(style='us')}",
             headers=hdr, rows=rows, role="business", fname="missing_receipts",
             subject=pick(g, ["Missing receipts - statement cycle", "P-card reconciliation", "Transactions with no receipt"]),
             intro=pick(g, ["These charges still have no receipt attached. Please send them by Friday or the card will be suspended.",
                            "Reconciliation for the last cycle. Some of these are on the wrong card."]))


def sc_travel(g, n):
    cs = g.card_style()
    hdr = ["Traveler", "Event", "Hotel", "Hotel Conf #", "Card Type", pick(g, CARD_HDR), pick(g, EXP_HDR), "Cell"]
    rows = []
    for i in range(n):
        f, l = g.name()
        d, s = g.CARD(cs)
        rows.append([f"{f} {l}", pick(g, ["State FFA", "Robotics Regional", "State Track Meet", "NSTA Conference", "Band Festival"]),
                     pick(g, HOTELS), g.conf(), card_brand(d), s, g.expiry(), g.phone(table=True)])
    return T(title="Travel Authorization - Hotel Guarantees", subtitle=f"{g.org.name} Business Office",
             headers=hdr, rows=rows, role="business", fname="travel_auth",
             subject=pick(g, ["Hotel guarantees for the trip", "Travel auth - cards for incidentals", "Rooms for state"]),
             intro=pick(g, ["The hotel needs a card for each room for incidentals. These are the staff cards we are using.",
                            "Travel authorizations approved. Cards listed are what the hotel has on file."]))


def sc_donation(g, n):
    cs = g.card_style()
    hdr = ["Donor", "Address", "City/State/ZIP", "Gift", pick(g, CARD_HDR), pick(g, EXP_HDR), "Receipt #"]
    rows = []
    for i in range(n):
        f, l = g.name()
        s, d = card_cell(g, cs, 0.05)
        rows.append([f"{f} & {g.r.choice(FIRST)} {l}", g.address(), g.csz(), g.amount(25, 2500), s, g.expiry(), g.receipt()])
    return T(title="Annual Fund - Pledge Cards", subtitle="Phonathon night", headers=hdr, rows=rows,
             role="development", fname="pledge_cards",
             subject=pick(g, ["Pledge cards from phonathon", "Annual fund gifts to process", "Donations by card"]),
             intro=pick(g, ["Pledges from the phonathon. Please charge these and mail receipts.",
                            "Donor gifts that came in on the paper pledge cards."]))


def sc_fingerprint(g, n):
    st, cs = g.ssn_style(), g.card_style()
    hs = ssn_hdr(g, st, "app")
    hdr = ["Applicant", hs, "DOB", "Position", pick(g, ["Card Used", "Payment Card", "CC#"]), pick(g, EXP_HDR), "Fee", "OCA #"]
    rows, cells = [], {}
    for i in range(n):
        f, l = g.name()
        s, d = ssn_cell(g, st, 0.04)
        if d:
            cells[(i, 1)] = d
        c, cd = card_cell(g, cs, 0.08)
        rows.append([f"{l}, {f}", s, g.dob(), pick(g, POSITIONS), c, g.expiry(), pick(g, ["$49.25", "$41.50", "$59.00"]),
                     g.L(g._num(10, "2"))])
    return T(title="Fingerprint / Background Check Appointments", subtitle="Livescan - applicant paid",
             headers=hdr, rows=rows, ssn_cells=cells, role="hr", fname="fingerprint_appts",
             subject=pick(g, ["Fingerprint appts this week", "Livescan list", "Background check payments"]),
             intro=pick(g, ["These applicants are scheduled for Livescan. They gave us their card for the fee.",
                            "Background check list for the vendor. Fee is charged to the applicant's card."]))


def sc_childcare(g, n):
    st, cs = g.ssn_style(), g.card_style()
    hs = ssn_hdr(g, st, "par")
    hdr = ["Child", "Grade", "Parent/Guardian", hs, pick(g, ["Card on File", "Autopay Card", "CC# on file"]), pick(g, EXP_HDR), "Weekly Rate"]
    rows, cells = [], {}
    for i in range(n):
        f, l = g.name()
        s, d = ssn_cell(g, st, 0.1)
        if d:
            cells[(i, 3)] = d
        c, cd = card_cell(g, cs, 0.1)
        rows.append([f"{f} {l}", pick(g, ["PK", "K", "1", "2", "3", "4", "5"]), f"{g.r.choice(FIRST)} {l}", s, c, g.expiry(),
                     pick(g, ["$95.00", "$110.00", "$125.00", "$140.00"])])
    return T(title="Before & After Care Registrations", subtitle="Guardian SSN collected for dependent care tax statements",
             headers=hdr, rows=rows, ssn_cells=cells, role="office", fname="extended_day",
             subject=pick(g, ["Extended day registrations", "After care autopay setup", "Kids Club enrollment"]),
             intro=pick(g, ["New registrations for before/after care. Autopay cards need to be set up in the billing system.",
                            "These families signed up for after care this week."]))


def sc_bus(g, n):
    hdr = ["Student ID", "Student", "Bus", "Stop", "AM Pickup", pick(g, ["Parent Phone", "Emergency #", "Home Phone"]),
           "Lunch PIN", "Room", pick(g, ["State ID", "SSID", "Medicaid #"])]
    rows = []
    for i in range(n):
        f, l = g.name()
        rows.append([g.student_id(), f"{l}, {f}", str(g.r.randint(1, 60)), f"{g.address()}",
                     f"{g.r.randint(6, 8)}:{g.r.randint(0, 59):02d} AM", g.phone(table=True), g.pin(), str(g.r.randint(100, 320)),
                     g.state_id()])
    return T(title="Bus Roster - Route Changes", subtitle=f"Effective {g.dstr(style='us')}", headers=hdr, rows=rows,
             role="transportation", fname="bus_roster",
             subject=pick(g, ["Route changes starting Monday", "Updated bus roster", "Bus stop changes"]),
             intro=pick(g, ["Updated roster for the route changes. Please give the new stop info to the teachers.",
                            "Here are the students with new stops after the boundary change."]))


def sc_orders(g, n):
    hdr = ["Order Date", pick(g, ["Order #", "Order Number", "Confirmation #"]), "Vendor", "PO #", "Amount",
           pick(g, ["Tracking #", "Tracking"]), "Ship To ZIP", pick(g, ["Account #", "Customer Acct"])]
    rows = []
    for i in range(n):
        rows.append([g.dstr(style="us"), g.luhn16(), pick(g, MERCHANTS), g.po(), g.amount(20, 3000), g.tracking(),
                     g.zip4(), g.bank_acct()])
    return T(title="Open Orders - Not Yet Received", subtitle="Warehouse", headers=hdr, rows=rows, role="business",
             fname="open_orders",
             subject=pick(g, ["Open orders not received", "Orders shipped but not delivered", "Receiving report"]),
             intro=pick(g, ["These orders show shipped but nobody has received them. Can buildings check?",
                            "Receiving report for last week. Tracking numbers are included."]))


SSN_SC = [sc_newhire, sc_payroll, sc_sis, sc_benefits, sc_vendor, sc_fafsa, sc_i9]
CARD_SC = [sc_fieldtrip, sc_pcard, sc_booster, sc_recon, sc_travel, sc_donation]
MIX_SC = [sc_fingerprint, sc_childcare]
NEG_SC = [sc_bus, sc_orders]


def plan(g, n_msgs, n_ssn, n_card, n_mix, n_neg):
    p = []
    for k, pool in ((n_ssn, SSN_SC), (n_card, CARD_SC), (n_mix, MIX_SC), (n_neg, NEG_SC)):
        for i in range(k):
            p.append(pool[i % len(pool)])
    p += [g.r.choice(SSN_SC + CARD_SC) for _ in range(n_msgs - len(p))]
    g.r.shuffle(p)
    return p


# --------------------------------------------------------------------------
# people, signatures, messages
# --------------------------------------------------------------------------
ROLE_TITLE = {"hr": "Human Resources Specialist", "payroll": "Payroll Coordinator", "registrar": "Registrar",
              "benefits": "Benefits Coordinator", "business": "Business Office", "counselor": "School Counselor",
              "office": "Front Office Secretary", "parent": "Booster Club Treasurer",
              "development": "Development Office", "transportation": "Transportation Coordinator"}


def person_addr(g, f, l, personal=False):
    if personal:
        dom = pick(g, ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "att.net"])
        return f"{f.lower()}{l.lower().replace(chr(39), '')}{g.r.randint(1, 99)}@{dom}"
    return f"{f[0].lower()}{l.lower().replace(chr(39), '')}@{g.org.domain}"


def signature(g, f, l, role):
    o = g.org
    if role == "parent":
        lines = [f"{f} {l}", pick(g, ["Booster Club Treasurer", "PTA Volunteer", "Band Boosters"]), g.phone()]
    else:
        lines = [f"{f} {l}", ROLE_TITLE.get(role, "Office"), pick(g, [o.name, f"{pick(g, SCHOOLS)} | {o.name}"]),
                 f"{g.address()}, {g.csz()}"]
        ph = g.phone(area=o.area)
        k = g.r.randint(0, 3)
        if k == 0:
            lines.append(f"P: {ph} | F: {g.phone(area=o.area)}")
        elif k == 1:
            lines.append(f"Office {ph} ext. {g.r.randint(2000, 6999)}")
        elif k == 2:
            lines.append(f"Phone: {ph}")
            lines.append(f"Cell: {g.phone()}")
        else:
            lines.append(f"{ph} (direct)")
        if g.r.random() < 0.4:
            lines.append("")
            lines.append("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential student "
                         "or employee information protected by FERPA or other law. If you received it in error, "
                         "please notify the sender and delete it.")
    return lines


class MsgCtx:
    def __init__(self, g, cls, idx, role):
        self.g, self.cls, self.idx = g, cls, idx
        personal = role == "parent"
        self.f, self.l = g.name()
        self.frm = f"{self.f} {self.l} <{person_addr(g, self.f, self.l, personal)}>"
        tf, tl = g.name()
        self.to_first = tf
        self.to = f"{tf} {tl} <{person_addr(g, tf, tl)}>"
        self.role = role
        self.date = BASE_DATE + dt.timedelta(hours=7 * idx + CLASSES.index(cls) * 401, minutes=13 * idx)

    def sig(self):
        return signature(self.g, self.f, self.l, self.role)

    def greeting(self):
        return pick(self.g, [f"Hi {self.to_first},", f"{self.to_first},", "Hello,", "Good morning,", f"Hi {self.to_first} -", "Hi all,"])


def new_message(ctx, subject, outlook=False, gmail=False):
    m = EmailMessage()
    m["From"] = ctx.frm
    m["To"] = ctx.to
    m["Subject"] = subject
    m["Date"] = format_datetime(ctx.date)
    m["Message-ID"] = f"<holdout.{ctx.cls}.{ctx.idx:03d}@{'mail.gmail.com' if gmail else ctx.g.org.domain}>"
    if outlook:
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Thread-Topic"] = subject
    return m


def finish(m, ctx):
    k = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"_{k:03d}_holdout_{ctx.cls}_{ctx.idx:03d}_")
            k += 1
    return m.as_bytes(policy=policy.SMTP)


def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------
# plain-text table renderers
# --------------------------------------------------------------------------
def widths(t):
    return [max(len(h), *(len(r[i]) for r in t.rows)) for i, h in enumerate(t.headers)]


def txt_table(g, t, style):
    H, R = t.headers, t.rows
    if style == "tab":
        return "\n".join(["\t".join(H)] + ["\t".join(r) for r in R])
    if style == "semi":
        q = g.r.random() < 0.5
        f = (lambda x: f'"{x}"') if q else (lambda x: x)
        return "\n".join([";".join(map(f, H))] + [";".join(map(f, r)) for r in R])
    w = widths(t)
    if style == "pipe":
        line = lambda cells: "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cells)) + " |"
        return "\n".join([line(H), "|" + "|".join("-" * (x + 2) for x in w) + "|"] + [line(r) for r in R])
    if style == "box":
        sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
        line = lambda cells: "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cells)) + " |"
        return "\n".join([sep, line(H), sep.replace("-", "=")] + [line(r) for r in R] + [sep])
    if style in ("space", "space2"):
        gap = "  " if g.r.random() < 0.6 else "   "
        out = []
        if style == "space2":
            tops, bots = [], []
            for h in H:
                ws = h.split()
                tops.append(" ".join(ws[:-1]))
                bots.append(ws[-1] if ws else "")
            w = [max(w[i], len(tops[i]), len(bots[i])) for i in range(len(H))]
            out.append(gap.join(tops[i].ljust(w[i]) for i in range(len(H))).rstrip())
            out.append(gap.join(bots[i].ljust(w[i]) for i in range(len(H))).rstrip())
        else:
            out.append(gap.join(h.upper().ljust(w[i]) if g.r.random() < 0.0 else h.ljust(w[i]) for i, h in enumerate(H)).rstrip())
        out.append(gap.join("-" * x for x in w))
        for r in R:
            out.append(gap.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        return "\n".join(out)
    raise ValueError(style)


def report_banner(g, t):
    o = g.org
    return (f"{o.name.upper():<48}{t.title.upper()}\n"
            f"RUN DATE: {g.dstr(style='us')}   {g.r.randint(6, 17):02d}:{g.r.randint(0, 59):02d}        PAGE    1\n"
            f"{t.subtitle}\n")


# --------------------------------------------------------------------------
# class 1: pdf-reportlab
# --------------------------------------------------------------------------
def pdf_bytes(g, t, variant, pad=9):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import SimpleDocTemplate, Table, LongTable, TableStyle, Paragraph, Spacer

    ss = getSampleStyleSheet()
    long_ = variant.startswith("long")
    H, R = list(t.headers), [list(r) for r in t.rows]
    fs = 8
    cell_style = ParagraphStyle("cell", parent=ss["Normal"], fontSize=9, leading=11)
    notes = NOTES_STAFF if t.role in ("hr", "payroll", "benefits") else NOTES_FAMILY
    if long_:
        H = H + ["Notes"]
        for r in R:
            r.append(" ".join(g.r.sample(notes, 2)))
    wide = len(H) > 6 or long_
    pagesize = landscape(letter) if wide else letter
    avail = pagesize[0] - 72
    colw = []
    for i, h in enumerate(H):
        if long_ and i == len(H) - 1:
            colw.append(None)
            continue
        mx = max(stringWidth(str(x), "Helvetica", fs) for x in [h] + [r[i] for r in R])
        colw.append(min(mx + 10, 150))
    fixed = sum(c for c in colw if c)
    if long_:
        colw[-1] = max(avail - fixed, 120)
    tot = sum(colw)
    if tot > avail:
        fs = 7
        colw = [c * avail / tot for c in colw]
    data = [H] + R
    if long_:
        data = [H] + [r[:-1] + [Paragraph(r[-1], cell_style)] for r in R]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40,
                            title=t.title, author=g.org.name, creator="Business Office Reports", invariant=1)
    story = [Paragraph(t.title, ss["Title"]), Paragraph(f"{g.org.name} &mdash; {html.escape(t.subtitle)}", ss["Normal"]),
             Spacer(1, 10)]
    if long_:
        story.append(Paragraph(html.escape(t.intro) + " " + " ".join(g.r.sample(notes, 3)), ss["BodyText"]))
        story.append(Paragraph("This report contains confidential information. Do not forward outside the district. "
                               "Questions about individual entries should go to the office listed on page one. "
                               "Entries are sorted by the order in which they were received.", ss["BodyText"]))
        story.append(Spacer(1, 8))
    style = [("FONT", (0, 0), (-1, -1), "Helvetica", fs), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", fs),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if variant in ("grid", "long_repeat_grid", "long_norepeat_grid"):
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")))
    else:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 1, colors.black))
        if g.r.random() < 0.5:
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]))
    if long_:
        style += [("TOPPADDING", (0, 1), (-1, -1), pad), ("BOTTOMPADDING", (0, 1), (-1, -1), pad)]
        repeat = 1 if "norepeat" not in variant else 0
        tbl = LongTable(data, colWidths=colw, repeatRows=repeat)
    else:
        tbl = Table(data, colWidths=colw)
    tbl.setStyle(TableStyle(style))
    story.append(tbl)
    story.append(Spacer(1, 10))
    story.append(Paragraph(f"Prepared by {g.org.short} {ROLE_TITLE.get(t.role, 'Office')}", ss["Italic"]))

    def footer(canv, doc_):
        canv.saveState()
        canv.setFont("Helvetica", 7)
        canv.drawString(36, 22, f"CONFIDENTIAL - {g.org.short}")
        canv.drawRightString(pagesize[0] - 36, 22, f"Page {doc_.page}")
        canv.restoreState()
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def pdf_page_count(data):
    return len(re.findall(rb"/Type /Page\b", data))


def build_pdf_class(g, cls, n_msgs=32):
    out = []
    p = plan(g, n_msgs, 13, 12, 4, 3)
    variants = ["grid", "nogrid", "long_repeat_grid", "long_norepeat", "grid", "nogrid", "long_repeat", "long_norepeat_grid"]
    for i, sc in enumerate(p):
        g.begin()
        var = variants[i % len(variants)]
        n = rows_n(g, 18, 25) if var.startswith("long") else rows_n(g)
        t = sc(g, n)
        ctx = MsgCtx(g, cls, i, t.role)
        m = new_message(ctx, t.subject, outlook=g.r.random() < 0.5)
        body = [ctx.greeting(), "", t.intro + " " + pick(g, ["See attached PDF.", "Report is attached.", "PDF attached.", ""]),
                "", pick(g, ["Thanks,", "Thank you,", "Thanks!"])] + ctx.sig()
        m.set_content("\n".join(body) + "\n")
        data = pdf_bytes(g, t, var)
        if var.startswith("long"):
            for pad in (5, 2, 14, 20):      # keep LongTables at 2-3 pages
                if 2 <= pdf_page_count(data) <= 3:
                    break
                data = pdf_bytes(g, t, var, pad)
            pc = pdf_page_count(data)
            if not 2 <= pc <= 3:
                print(f"  note: {cls}/{i:03d} long table has {pc} page(s)", file=sys.stderr)
        m.add_attachment(data, maintype="application", subtype="pdf", filename=f"{t.fname}_{ctx.date:%m%d%y}.pdf")
        if g.r.random() < 0.2:
            t2 = pick(g, SSN_SC + CARD_SC)(g, rows_n(g, 5, 12))
            m.add_attachment(pdf_bytes(g, t2, pick(g, ["grid", "nogrid"])), maintype="application", subtype="pdf",
                             filename=f"{t2.fname}.pdf")
        out.append((m, ctx, list(g.exp), list(g.la)))
    return out


# --------------------------------------------------------------------------
# class 2: html-outlook
# --------------------------------------------------------------------------
OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def esc(s, nbsp=False):
    e = html.escape(s, quote=False)
    if nbsp:
        e = e.replace(" ", "&nbsp;")
    return e


def mso_p(text, bold=False, size=None):
    if text == "":
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
    st = f" style='font-size:{size}pt'" if size else ""
    inner = esc(text)
    if bold:
        inner = f"<b>{inner}</b>"
    return f"<p class=MsoNormal><span{st}>{inner}<o:p></o:p></span></p>\n"


def outlook_table(g, t, pasted_excel=False):
    nb = g.r.random() < 0.5   # spaced values written with &nbsp;
    w = widths(t)
    out = []
    if pasted_excel:
        tw = sum(x * 7 + 14 for x in w)
        out.append(f"<table border=0 cellspacing=0 cellpadding=0 width={tw} style='width:{tw * 0.75:.1f}pt;border-collapse:collapse'>\n")
    else:
        out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n")
    for ri, row in enumerate([t.headers] + t.rows):
        out.append("<tr style='height:15.0pt'>\n" if pasted_excel else "<tr>\n")
        for ci, v in enumerate(row):
            px = w[ci] * 7 + 14
            if pasted_excel:
                tdst = f"width:{px * 0.75:.0f}pt;border:solid windowtext 1.0pt;{'border-top:none;' if ri else ''}padding:0in 5.4pt 0in 5.4pt;height:15.0pt"
                td = f"<td width={px} nowrap valign=bottom style='{tdst}'>"
                spst = "color:black" if ri else "font-weight:bold;color:black"
            else:
                tdst = f"width:{px * 0.75:.1f}pt;border:solid windowtext 1.0pt;{'border-top:none;' if ri else ''}{'border-left:none;' if ci else ''}padding:0in 5.4pt 0in 5.4pt"
                td = f"<td width={px} valign=top style='{tdst}'>"
                spst = "font-size:10.0pt"
            if v == "":
                cell = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            elif ri == 0 and not pasted_excel:
                cell = f"<p class=MsoNormal><b><span style='{spst}'>{esc(v)}<o:p></o:p></span></b></p>"
            else:
                cell = f"<p class=MsoNormal><span style='{spst}'>{esc(v, nb)}<o:p></o:p></span></p>"
            out.append(f"{td}\n{cell}\n</td>\n")
        out.append("</tr>\n")
    out.append("</table>\n")
    return "".join(out)


def outlook_html(g, ctx, t, paras_before, paras_after, sig, nested=False, pasted_excel=False):
    b = [OUTLOOK_HEAD]
    for p in paras_before:
        b.append(mso_p(p))
    b.append(mso_p(""))
    tbl = outlook_table(g, t, pasted_excel)
    if nested:
        b.append("<div align=center>\n<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%;background:#F2F2F2'>\n<tr>\n<td style='padding:15.0pt 15.0pt 15.0pt 15.0pt'>\n")
        b.append("<div align=center>\n<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=640 style='width:480.0pt;background:white'>\n")
        b.append(f"<tr>\n<td style='background:#1F4E79;padding:9.0pt 9.0pt 9.0pt 9.0pt'>\n<p class=MsoNormal><b><span style='font-size:14.0pt;color:white'>{esc(g.org.name)}<o:p></o:p></span></b></p>\n</td>\n</tr>\n")
        b.append(f"<tr>\n<td style='padding:9.0pt 9.0pt 9.0pt 9.0pt'>\n{mso_p(t.title, bold=True, size=12)}{mso_p(t.subtitle)}{mso_p('')}\n{tbl}\n</td>\n</tr>\n")
        b.append(f"<tr>\n<td style='padding:6.0pt 9.0pt 6.0pt 9.0pt'>\n<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>Generated by {esc(g.org.short)} Business Office. Internal use only.<o:p></o:p></span></p>\n</td>\n</tr>\n")
        b.append("</table>\n</div>\n</td>\n</tr>\n</table>\n</div>\n")
    else:
        b.append(tbl)
    b.append(mso_p(""))
    for p in paras_after:
        b.append(mso_p(p))
    b.append(mso_p(""))
    for s in sig:
        b.append(mso_p(s, size=10) if s else mso_p(""))
    b.append(OUTLOOK_TAIL)
    return "".join(b)


def gmail_sheet_table(g, t, numeric_ssn=False):
    w = widths(t)
    out = ['<google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style>'
           '<table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" '
           'style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1">'
           '<colgroup>' + "".join(f'<col width="{x * 8 + 16}">' for x in w) + '</colgroup><tbody>']
    tdst = "overflow:hidden;padding:2px 3px;vertical-align:bottom"
    for ri, row in enumerate([t.headers] + t.rows):
        out.append('<tr style="height:21px">')
        for ci, v in enumerate(row):
            d = t.ssn_cells.get((ri - 1, ci)) if ri else None
            if ri == 0:
                out.append(f'<td style="{tdst};font-weight:bold">{esc(v)}</td>')
            elif d and numeric_ssn:
                out.append(f'<td style="{tdst};text-align:right" data-sheets-value="{{&quot;1&quot;:3,&quot;3&quot;:{int(d)}}}" '
                           f'data-sheets-numberformat="{{&quot;1&quot;:2,&quot;2&quot;:&quot;000-00-0000&quot;,&quot;3&quot;:1}}">{fmt_ssn(d, "dash")}</td>')
            elif v.isdigit() and len(v) < 16 and v[0] != "0":
                out.append(f'<td style="{tdst};text-align:right" data-sheets-value="{{&quot;1&quot;:3,&quot;3&quot;:{v}}}">{v}</td>')
            elif v == "":
                out.append(f'<td style="{tdst}"></td>')
            else:
                out.append(f'<td style="{tdst}" data-sheets-value="{{&quot;1&quot;:2,&quot;2&quot;:&quot;{esc(v)}&quot;}}">{esc(v)}</td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def fix_numeric_ssn_labels(t):
    """Numeric SSN cells are displayed dashed; make the visible text match."""
    for (ri, ci), d in t.ssn_cells.items():
        t.rows[ri][ci] = fmt_ssn(d, "dash")


def gmail_html(g, paras_before, table_html, paras_after, sig):
    b = ['<div dir="ltr">']
    for p in paras_before:
        b.append(f"<div>{esc(p)}</div>" if p else "<div><br></div>")
    b.append("<div><br></div>")
    b.append(table_html)
    b.append("<div><br></div>")
    for p in paras_after:
        b.append(f"<div>{esc(p)}</div>" if p else "<div><br></div>")
    b.append('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">')
    b.append("<br>".join(esc(s) for s in sig))
    b.append("</div></div></div>\n")
    return "".join(b)


def build_html_class(g, cls, n_msgs=32):
    out = []
    p = plan(g, n_msgs, 13, 12, 4, 3)
    for i, sc in enumerate(p):
        g.begin()
        t = sc(g, rows_n(g))
        ctx = MsgCtx(g, cls, i, t.role)
        gmail = i % 3 == 2 or t.role == "parent"
        before = [ctx.greeting(), "", t.intro]
        after = [pick(g, ["Let me know if you have any questions.", "Thanks for your help!", "Please shred any printouts when done.",
                          "I'll be out Friday, so please call the main office if something is urgent."]),
                 "", pick(g, ["Thanks,", "Thank you,", "Best,"])]
        sig = ctx.sig()
        m = new_message(ctx, t.subject, outlook=not gmail, gmail=gmail)
        if gmail:
            numeric = bool(t.ssn_cells) and g.r.random() < 0.5
            if numeric:
                fix_numeric_ssn_labels(t)
            h = gmail_html(g, before, gmail_sheet_table(g, t, numeric), after, sig)
        else:
            h = outlook_html(g, ctx, t, before, after, sig, nested=(i % 4 == 1), pasted_excel=(i % 4 == 3))
        plain = "\n".join(before + [""] + ["\t".join(t.headers)] + ["\t".join(r) for r in t.rows] + [""] + after + sig) + "\n"
        if g.r.random() < 0.6:
            m.set_content(plain)
            m.add_alternative(h, subtype="html", cte="quoted-printable")
        else:
            m.set_content(h, subtype="html", cte="quoted-printable")
        out.append((m, ctx, list(g.exp), list(g.la)))
    return out


# --------------------------------------------------------------------------
# class 3: text-tables
# --------------------------------------------------------------------------
def build_text_class(g, cls, n_msgs=32):
    out = []
    p = plan(g, n_msgs, 13, 12, 4, 3)
    styles = ["tab", "space", "pipe", "semi", "space2", "box", "tab", "space", "pipe", "semi"]
    for i, sc in enumerate(p):
        g.begin()
        st = styles[i % len(styles)]
        t = sc(g, rows_n(g))
        ctx = MsgCtx(g, cls, i, t.role)
        m = new_message(ctx, t.subject, outlook=g.r.random() < 0.5)
        tbl = txt_table(g, t, st)
        if st.startswith("space") or st == "box":
            tbl = report_banner(g, t) + "\n" + tbl + f"\n\n*** END OF REPORT - {len(t.rows)} RECORDS ***"
        attach = st == "semi" or (i % 4 == 3)
        lines = [ctx.greeting(), "", t.intro]
        if attach:
            lines += ["", pick(g, ["Export is attached as a text file.", "See the attached .txt export.", "Attached."])]
        else:
            lines += ["", tbl]
        lines += ["", pick(g, ["Thanks,", "Thank you,", "Thx,"])] + ctx.sig()
        m.set_content("\n".join(lines) + "\n")
        if attach:
            data = (tbl.replace("\n", "\r\n") + "\r\n").encode("utf-8")
            m.add_attachment(data, maintype="text", subtype="plain", filename=f"{t.fname}_{ctx.date:%Y%m%d}.txt",
                             cte=pick(g, ["base64", "quoted-printable", "7bit"]))
        out.append((m, ctx, list(g.exp), list(g.la)))
    return out


# --------------------------------------------------------------------------
# class 4: xlsx-xlsxwriter
# --------------------------------------------------------------------------
ID_HEADERS = {"Student ID", "Emp ID", "Employee #", "EmpNo", "EMPLID", "Emp #", "Employee ID", "State ID", "SSID",
              "State Student ID", "Lunch PIN", "Bus", "Room"}


def xlsx_bytes(g, sheets, title_rows=1, numeric_ssn=False):
    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.set_properties({"title": sheets[0].title, "author": g.org.short + " Office", "company": g.org.name,
                       "created": FIXED_CREATED})
    fb = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    ft = wb.add_format({"bold": True, "font_size": 14})
    fsub = wb.add_format({"italic": True})
    fssn = wb.add_format({"num_format": "000-00-0000", "border": 1})
    fphone = wb.add_format({"num_format": "(###) ###-####", "border": 1})
    fc = wb.add_format({"border": 1})
    used_names = set()
    for t in sheets:
        nm = re.sub(r"[^A-Za-z0-9 ]", "", t.title)[:28] or "Sheet"
        while nm in used_names:
            nm += "x"
        used_names.add(nm)
        ws = wb.add_worksheet(nm)
        r0 = 0
        if title_rows >= 1:
            ws.merge_range(0, 0, 0, len(t.headers) - 1, t.title, ft)
            r0 = 1
        if title_rows >= 2:
            ws.write_string(1, 0, t.subtitle, fsub)
            r0 = 3   # blank row between subtitle and header
        for ci, h in enumerate(t.headers):
            ws.write_string(r0, ci, h, fb)
        w = widths(t)
        for ci, x in enumerate(w):
            ws.set_column(ci, ci, min(x + 2, 40))
        for ri, row in enumerate(t.rows):
            for ci, v in enumerate(row):
                d = t.ssn_cells.get((ri, ci))
                h = t.headers[ci]
                if d and numeric_ssn:
                    ws.write_number(r0 + 1 + ri, ci, int(d), fssn)
                elif "Phone" in h and re.fullmatch(r"[2-9]\d{9}", v):
                    ws.write_number(r0 + 1 + ri, ci, int(v), fphone)
                elif h in ID_HEADERS and re.fullmatch(r"[1-9]\d{0,11}", v):
                    ws.write_number(r0 + 1 + ri, ci, int(v), fc)
                else:
                    ws.write_string(r0 + 1 + ri, ci, v, fc)
        ws.freeze_panes(r0 + 1, 0)
        if g.r.random() < 0.5:
            ws.autofilter(r0, 0, r0 + len(t.rows), len(t.headers) - 1)
    if g.r.random() < 0.3:
        ws = wb.add_worksheet("Notes")
        ws.write_string(0, 0, "Do not email this file outside the district. Delete after processing.")
        ws.write_string(1, 0, f"Questions: {g.org.short} office")
    wb.close()
    return norm_zip(buf.getvalue())


def build_xlsx_class(g, cls, n_msgs=30):
    out = []
    p = plan(g, n_msgs, 12, 12, 3, 3)
    for i, sc in enumerate(p):
        g.begin()
        t = sc(g, rows_n(g))
        sheets = [t]
        if g.r.random() < 0.25:
            sheets.append(pick(g, SSN_SC + CARD_SC + NEG_SC)(g, rows_n(g, 5, 12)))
        numeric = any(s.ssn_cells for s in sheets) and (i % 2 == 0)
        if numeric:
            for s in sheets:
                fix_numeric_ssn_labels(s)
        ctx = MsgCtx(g, cls, i, t.role)
        m = new_message(ctx, t.subject, outlook=g.r.random() < 0.6)
        body = [ctx.greeting(), "", t.intro + " " + pick(g, ["Spreadsheet attached.", "See attached Excel file.", "File attached.", ""]),
                "", pick(g, ["Thanks,", "Thank you,"])] + ctx.sig()
        m.set_content("\n".join(body) + "\n")
        data = xlsx_bytes(g, sheets, title_rows=i % 3, numeric_ssn=numeric)
        m.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         filename=f"{t.fname}_{ctx.date:%m-%d-%Y}.xlsx")
        out.append((m, ctx, list(g.exp), list(g.la)))
    return out


# --------------------------------------------------------------------------
# class 5: docx-forms
# --------------------------------------------------------------------------
def new_docx(g, title, landscape=False):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.section import WD_ORIENT
    doc = Document()
    cp = doc.core_properties
    cp.author = f"{g.org.short} Office"
    cp.last_modified_by = f"{g.org.short} Office"
    cp.title = title
    cp.created = FIXED_CREATED
    cp.modified = FIXED_CREATED
    cp.revision = 1
    doc.styles["Normal"].font.size = Pt(10)
    if landscape:
        s = doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    return doc


def docx_save(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return norm_zip(buf.getvalue())


def set_cell(cell, text, bold=False):
    cell.text = text
    if bold and cell.paragraphs[0].runs:
        cell.paragraphs[0].runs[0].font.bold = True


def docx_table_doc(g, t, merged_title):
    doc = new_docx(g, t.title, landscape=len(t.headers) > 6)
    doc.add_paragraph(g.org.name).runs[0].font.bold = True
    if not merged_title:
        doc.add_heading(t.title, level=1)
    doc.add_paragraph(t.subtitle)
    doc.add_paragraph(t.intro)
    nc = len(t.headers)
    off = 1 if merged_title else 0
    tbl = doc.add_table(rows=len(t.rows) + 1 + off, cols=nc)
    tbl.style = "Table Grid"
    if merged_title:
        c = tbl.cell(0, 0).merge(tbl.cell(0, nc - 1))
        set_cell(c, t.title, bold=True)
    for ci, h in enumerate(t.headers):
        set_cell(tbl.cell(off, ci), h, bold=True)
    for ri, row in enumerate(t.rows):
        for ci, v in enumerate(row):
            tbl.cell(off + 1 + ri, ci).text = v
    doc.add_paragraph("")
    doc.add_paragraph(pick(g, ["Please return corrections to the office by Friday.", "Confidential - shred after use.",
                               "Questions? Call the main office."]))
    return docx_save(doc)


SSN_FORM_LABELS = ["Social Security Number", "Social Security No.", "SSN", "SSN:", "Soc. Sec. #", "Social Security #:",
                   "SS#", "Social Security Number (required)", "Soc Sec No.", "SSN (if available)"]
CARD_FORM_LABELS = ["Card Number", "Credit Card Number", "Card Number:", "Card #", "Credit/Debit Card Number",
                    "Card Account Number", "Card No."]


def form_rows_employee(g):
    f, l = g.name()
    st = g.ssn_style()
    d, s = g.SSN(st, low=g.r.random() < 0.15)
    rows = [("Employee Name", f"{f} {l}"), ("Employee ID", g.emp_id()), (pick(g, SSN_FORM_LABELS), s),
            ("Date of Birth", g.dob()), ("Home Address", g.address()), ("City/State/ZIP", g.csz()),
            ("Home Phone", g.phone()), ("Cell Phone", g.phone()), ("Position", pick(g, POSITIONS)),
            ("Start Date", g.dstr(style="us")), ("Emergency Contact", f"{g.r.choice(FIRST)} {l}"),
            ("Emergency Phone", g.phone())]
    if g.r.random() < 0.6:
        rows += [("Bank Routing #", g.routing()), ("Account #", g.bank_acct()), ("Account Type", pick(g, ["Checking", "Savings"]))]
    return "EMPLOYEE INFORMATION SHEET", rows


def form_rows_ccauth(g):
    f, l = g.name()
    cs = g.card_style()
    d, s = g.CARD(cs)
    amex = card_brand(d) == "American Express"
    rows = [("Cardholder Name", f"{f} {l}"), ("Billing Address", g.address()), ("City/State/ZIP", g.csz()),
            ("Phone", g.phone()), ("Card Type", card_brand(d)), (pick(g, CARD_FORM_LABELS), s),
            ("Expiration Date", g.expiry()), (pick(g, ["CVV", "CVV/CVC", "Security Code", "3-digit code"]), g.cvv(amex)),
            ("Amount to Charge", g.amount(15, 600)), ("Purpose", pick(g, EVENTS)),
            ("Student Name", f"{g.r.choice(FIRST)} {l}"), ("Student ID", g.student_id()),
            ("Signature", f"/s/ {f} {l}"), ("Date", g.dstr(style="us"))]
    return pick(g, ["CREDIT CARD AUTHORIZATION FORM", "Credit Card Payment Authorization", "CARD PAYMENT FORM"]), rows


def form_rows_enroll(g):
    f, l = g.name()
    st = g.ssn_style()
    d, s = g.SSN(st)
    rows = [("Student Legal Name", f"{l}, {f}"), ("Student ID (office use)", g.student_id()), ("Grade", pick(g, ["K", "3", "6", "9"])),
            ("Date of Birth", g.dob(kid=True)), (pick(g, ["Student SSN (optional)", "Student Social Security #", "Child's SSN"]), s),
            ("Medicaid #", g.member_id()), ("Parent/Guardian", f"{g.r.choice(FIRST)} {l}"), ("Home Phone", g.phone()),
            ("Work Phone", g.phone()), ("Address", f"{g.address()}, {g.csz()}"), ("Previous School", pick(g, SCHOOLS))]
    return "NEW STUDENT ENROLLMENT - OFFICE COPY", rows


def form_rows_bg(g):
    f, l = g.name()
    d, s = g.SSN(g.ssn_style())
    cd, cs = g.CARD(g.card_style())
    rows = [("Applicant Name", f"{f} {l}"), (pick(g, SSN_FORM_LABELS), s), ("DOB", g.dob()), ("Driver License #", g.dl()),
            ("Phone", g.phone()), ("Position Applied For", pick(g, POSITIONS)), ("Fee", "$49.25"),
            (pick(g, CARD_FORM_LABELS), cs), ("Exp", g.expiry()), ("Receipt #", g.receipt())]
    return "BACKGROUND CHECK REQUEST", rows


def docx_forms_doc(g, kind, n, four_col=False):
    fn = {"emp": form_rows_employee, "cc": form_rows_ccauth, "enroll": form_rows_enroll, "bg": form_rows_bg}[kind]
    doc = new_docx(g, kind)
    for k in range(n):
        title, rows = fn(g)
        doc.add_paragraph(g.org.name)
        doc.add_heading(title, level=1)
        if four_col:
            pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
            tbl = doc.add_table(rows=len(pairs), cols=4)
            tbl.style = "Table Grid"
            for ri, pr in enumerate(pairs):
                for j, (lab, val) in enumerate(pr):
                    set_cell(tbl.cell(ri, 2 * j), lab, bold=True)
                    tbl.cell(ri, 2 * j + 1).text = val
        else:
            tbl = doc.add_table(rows=len(rows), cols=2)
            tbl.style = "Table Grid"
            for ri, (lab, val) in enumerate(rows):
                set_cell(tbl.cell(ri, 0), lab, bold=True)
                tbl.cell(ri, 1).text = val
        doc.add_paragraph("")
        doc.add_paragraph(pick(g, ["Office use only: entered by ____  date ____", "Keep in locked file cabinet.",
                                   "I authorize the district to use the information above for the stated purpose."]))
        if k < n - 1:
            doc.add_page_break()
    return docx_save(doc)


FORM_META = {
    "emp": ("hr", "New hire information sheets", "Attached are the employee info sheets from orientation. Please enter them in payroll.", "employee_info"),
    "cc": ("office", "Card authorization forms", "Parents sent these card authorization forms back with their kids. Can you run them?", "cc_auth_forms"),
    "enroll": ("registrar", "Enrollment forms - office copies", "Typed up the enrollment forms from this week so they can be entered.", "enrollment_forms"),
    "bg": ("hr", "Background check requests", "Background check request forms for the new subs. Fee is on their cards.", "bg_check_requests"),
}


def build_docx_class(g, cls, n_msgs=30):
    out = []
    p = plan(g, 14, 6, 5, 2, 1)
    form_kinds = ["emp", "cc", "enroll", "cc", "bg", "cc", "emp", "cc"]
    for i in range(n_msgs):
        g.begin()
        if i % 2 == 0 and p:
            sc = p.pop()
            t = sc(g, rows_n(g))
            ctx = MsgCtx(g, cls, i, t.role)
            m = new_message(ctx, t.subject, outlook=g.r.random() < 0.6)
            body = [ctx.greeting(), "", t.intro + " (Word doc attached)", "", "Thanks,"] + ctx.sig()
            m.set_content("\n".join(body) + "\n")
            m.add_attachment(docx_table_doc(g, t, merged_title=(i % 4 == 0)), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=f"{t.fname}.docx")
        else:
            kind = form_kinds[(i // 2) % len(form_kinds)]
            role, subj, intro, fname = FORM_META[kind]
            ctx = MsgCtx(g, cls, i, role)
            m = new_message(ctx, subj, outlook=g.r.random() < 0.6)
            body = [ctx.greeting(), "", intro, "", "Thank you,"] + ctx.sig()
            m.set_content("\n".join(body) + "\n")
            n = g.r.randint(5, 9) if kind == "cc" else g.r.randint(4, 8)
            m.add_attachment(docx_forms_doc(g, kind, n, four_col=(i % 3 == 0)), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=f"{fname}.docx")
        out.append((m, ctx, list(g.exp), list(g.la)))
    return out


# --------------------------------------------------------------------------
# class 6: prose
# --------------------------------------------------------------------------
def he(g):
    return g.r.choice([("he", "his", "him"), ("she", "her", "her")])


def ssn_phrase(g, who_poss, style=None):
    """Label + SSN in natural words. Bare/spaced digits always get an explicit label."""
    st = style or g.ssn_style()
    d, s = g.SSN(st)
    if st == "dash":
        pat = pick(g, [f"{who_poss} social is {s}", f"{who_poss} SSN is {s}", f"the number is {s}",
                       f"{who_poss} social security number is {s}", f"it's {s}", f"{who_poss} SS# is {s}"])
    else:
        pat = pick(g, [f"{who_poss} social is {s}", f"{who_poss} SSN is {s}", f"{who_poss} social security number is {s}",
                       f"{who_poss} soc sec # is {s}", f"{who_poss} SS# is {s}", f"{who_poss} social security no. {s}"])
    return pat


def card_phrase(g):
    cs = g.card_style()
    d, s = g.CARD(cs)
    b = card_brand(d)
    bname = {"American Express": "Amex", "Mastercard": pick(g, ["Mastercard", "MC", "MasterCard"]), "Diners Club": "Diners card"}.get(b, b)
    e = g.expiry()
    amex = b == "American Express"
    return pick(g, [f"my {bname} {s} exp {e}", f"card number {s}, expiration {e}", f"{bname} card {s} (exp {e})",
                    f"the card {s} exp. {e}, security code {g.cvv(amex)}",
                    f"my debit card: {s} expires {e}, CVV {g.cvv(amex)}"])


def pb_enroll(g):
    kid = g.r.choice(FIRST)
    p = he(g)
    return [f"I'm finishing the enrollment packet for {kid} ({p[0]} was student ID {g.student_id()} at {pick(g, SCHOOLS)}). "
            f"The form asks for {p[1]} social security number, sorry it took so long - {ssn_phrase(g, p[1])}."]


def pb_socials_list(g):
    st = g.ssn_style()
    n = g.r.randint(2, 4)
    hdr = pick(g, ["Here are the kids' socials for the tax credit form:", "Below are the SSNs you asked for:",
                   "Social security numbers for the free/reduced lunch application:",
                   "You asked for everyone's social security number for the scholarship paperwork, here they are:"])
    lines = [hdr, ""]
    lf = g.r.randint(0, 2)
    for _ in range(n):
        d, s = g.SSN(st)
        kid = g.r.choice(FIRST)
        if st == "dash":
            lines.append([f"{kid} - {s}", f"{kid}: {s}", f"- {kid} {s}"][lf])
        else:
            lines.append([f"{kid} - SSN {s}", f"{kid}: social {s}", f"- {kid}, SS# {s}"][lf])
    return ["\n".join(lines)]


def pb_pay(g):
    kid = g.r.choice(FIRST)
    ev = pick(g, EVENTS)
    return [f"Can you please put the {g.amount(15, 400)} for {kid}'s {ev} on {card_phrase(g)}? Billing zip is {g.zip5()}."]


def pb_new_card(g):
    return [pick(g, ["The card you have on file for lunch autopay expired.", "Our old card got compromised so it was cancelled."])
            + f" The new one is {card_phrase(g)}. Please update it for both kids."]


def pb_two_cards(g):
    a = card_phrase(g)
    b = card_phrase(g)
    return [f"Could you split the {pick(g, EVENTS)} balance? Put half on {a} and the rest on my husband's card, {b}."]


def pb_lunch(g):
    return [f"Also {g.r.choice(FIRST)}'s lunch PIN is {g.pin()} and {pick(g, ['her', 'his'])} student number is {g.student_id()}. "
            f"{pick(g, ['He', 'She'])} rides bus {g.r.randint(2, 40)} and is in room {g.r.randint(101, 230)}."]


def hb_newhires(g):
    n = g.r.randint(2, 5)
    lines = [pick(g, ["We have a few new hires for the next board meeting:", "These subs finished orientation today:",
                      "Still need these people entered before payroll closes:"]), ""]
    for _ in range(n):
        f, l = g.name()
        st = g.ssn_style()
        d, s = g.SSN(st)
        lab = "SSN" if st == "dash" and g.r.random() < 0.3 else pick(g, ["SSN", "SS#", "social", "Soc Sec"])
        lines.append(f"{f} {l}, {pick(g, POSITIONS)}, {lab} {s}, DOB {g.dob()}, cell {g.phone()}")
    return ["\n".join(lines)]


def hb_dd_fixed(g):
    f, l = g.name()
    st = g.ssn_style()
    d, s = g.SSN(st)
    return [f"{f} {l} (emp #{g.emp_id()}) turned in a new direct deposit form: routing {g.routing()}, checking acct {g.bank_acct()}. "
            f"The social on the form is {s}."]


def hb_ssnfix(g):
    f, l = g.name()
    return [f"Can you update {f} {l}'s record? The SSN in Skyward is missing a digit. The correct social security number is "
            f"{g.SSN(g.ssn_style())[1]} (employee ID {g.emp_id()})."]


def hb_w9(g):
    f, l = g.name()
    return [f"Coach {l} sent his W-9. He's a sole proprietor so he used his SSN {g.SSN(g.ssn_style())[1]} instead of an EIN. "
            f"The other two officials used EINs: {g.ein()} and {g.ein()}."]


def hb_fingerprint(g):
    f, l = g.name()
    return [f"{f} {l}'s fingerprint appointment is Tuesday. SSN {g.SSN(g.ssn_style())[1]}, DOB {g.dob()}. "
            f"The fee was paid with {card_phrase(g)}. OCA # is {g.L(g._num(10, '2'))}."]


def bb_pcard(g):
    f, l = g.name()
    return [f"{f} {l}'s new P-card came in today: {card_phrase(g)}. Single purchase limit is $1,000. "
            f"{pick(g, ['She', 'He'])} is at {pick(g, SCHOOLS)}, ext. {g.r.randint(2000, 6999)}."]


def bb_hotel(g):
    return [f"I reserved {g.r.randint(3, 9)} rooms at the {pick(g, HOTELS)} for the {pick(g, EVENTS)} on {card_phrase(g)}. "
            f"Confirmation number {g.luhn16()}, hotel phone {g.phone()}."]


def bb_cards_list(g):
    n = g.r.randint(2, 4)
    lines = [pick(g, ["The card reader went down at the concession stand so we wrote these down:",
                      "Here are the chaperone cards the hotel needs for incidentals:",
                      "Cards to charge for the trip deposits:"]), ""]
    for _ in range(n):
        f, l = g.name()
        d, s = g.CARD(g.card_style())
        lines.append(f"{f} {l} - {s} exp {g.expiry()} - {g.amount(10, 300)}")
    return ["\n".join(lines)]


def bb_refund(g):
    return [f"Refund of {g.amount(10, 300)} went back to the card {g.masked_card()}. Transaction ID {g.luhn16()}, "
            f"reference {g.conf()}."]


def bb_order(g):
    return [f"Amazon order {g.amz()} shipped, tracking {g.tracking()}. It's on PO {g.po()}, order confirmation {g.luhn16()}."]


def lb_case(g):
    return [f"Regarding case no. {g.case_no()}: the caseworker asked that the school call her at {g.phone()} before releasing "
            f"the student. The medicaid ID on the form is {g.member_id()}."]


def pb_taxform(g):
    st = g.ssn_style()
    a = g.SSN(st)[1]
    b = g.SSN(st)[1]
    if st == "dash":
        return [f"For the after-care tax statement you can use my social security number, {a}. My husband's is {b} if you need both."]
    return [f"For the after-care tax statement: my SSN is {a} and my husband's SSN is {b}."]


PARENT_SSN = [pb_enroll, pb_socials_list, pb_taxform]
PARENT_CARD = [pb_pay, pb_new_card, pb_two_cards]
STAFF_SSN = [hb_newhires, hb_dd_fixed, hb_ssnfix, hb_w9, hb_fingerprint]
STAFF_CARD = [bb_pcard, bb_hotel, bb_cards_list]
LOOK = [pb_lunch, bb_refund, bb_order, lb_case]
LOOK_PARENT = [pb_lunch, bb_refund, lb_case]


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


STAFF_NOTES = ["Thanks, we got the form. The card you sent was declined though, do you have another one we can use?",
               "Thank you! We still need the rest of the paperwork before Friday.",
               "Got it, thanks. Can you also send the information for the other kids?",
               "Thanks for sending this. I'll pass it along to the bookkeeper.",
               "We received this, but the business office says the expiration date didn't go through."]


def render_plain(thread):
    """thread: newest first, list of (name, addr, when, paragraphs, sig_lines)."""
    def body(k):
        name, addr, when, paras, sig = thread[k]
        text = "\n\n".join(paras)
        if sig:
            text += "\n" + "\n".join(sig)
        if k + 1 < len(thread):
            on, oa, ow, _, _ = thread[k + 1]
            text += f"\n\nOn {ow:%a, %b %d, %Y} at {ow:%I:%M %p}, {on} <{oa}> wrote:\n" + quote_lines(body(k + 1))
        return text
    return body(0) + "\n"


def render_gmail(thread):
    def divs(paras):
        return "".join(f"<div>{esc(p).replace(chr(10), '<br>')}</div><div><br></div>" for p in paras)

    def body(k):
        name, addr, when, paras, sig = thread[k]
        h = '<div dir="ltr">' + divs(paras)
        if sig:
            h += '<div dir="ltr" class="gmail_signature">' + "<br>".join(esc(s).replace("\n", "<br>") for s in sig) + "</div>"
        h += "</div>"
        if k + 1 < len(thread):
            on, oa, ow, _, _ = thread[k + 1]
            h += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On {ow:%a, %b %d, %Y} at {ow:%I:%M %p} '
                  f'{esc(on)} &lt;<a href="mailto:{oa}">{oa}</a>&gt; wrote:<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  + body(k + 1) + "</blockquote></div>")
        return h
    return body(0) + "\n"


def render_outlook(thread, subj):
    b = [OUTLOOK_HEAD]
    for k, (name, addr, when, paras, sig) in enumerate(thread):
        if k:
            to = thread[k - 1]
            b.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>\n"
                     f"<p class=MsoNormal><b>From:</b> {esc(name)} &lt;{addr}&gt; <br><b>Sent:</b> {when:%A, %B %d, %Y %I:%M %p}<br>"
                     f"<b>To:</b> {esc(to[0])} &lt;{to[1]}&gt;<br><b>Subject:</b> {esc(subj)}<o:p></o:p></p>\n</div>\n")
            b.append(mso_p(""))
        for p in paras:
            for ln in p.split("\n"):
                b.append(mso_p(ln))
            b.append(mso_p(""))
        for s in sig or []:
            for ln in s.split("\n"):
                b.append(mso_p(ln, size=10))
        b.append(mso_p(""))
    b.append(OUTLOOK_TAIL)
    return "".join(b)


def build_prose_class(g, cls, n_msgs=38):
    out = []
    for i in range(n_msgs):
        g.begin()
        parent = i % 3 == 0
        role = "parent" if parent else pick(g, ["hr", "business", "office", "payroll"])
        ctx = MsgCtx(g, cls, i, role)
        me_addr = person_addr(g, ctx.f, ctx.l, parent)
        ctx.frm = f"{ctx.f} {ctx.l} <{me_addr}>"
        S = PARENT_SSN if parent else STAFF_SSN
        C = PARENT_CARD if parent else STAFF_CARD
        blocks = []
        s1, s2 = g.r.sample(S, 2)
        c1, c2, c3 = g.r.sample(C, 3)
        for fn in [s1, c1, s2, c2, pick(g, LOOK_PARENT if parent else LOOK)] + ([c3] if g.r.random() < 0.5 else []):
            blocks += fn(g)
        g.r.shuffle(blocks)
        if parent:
            sig = [ctx.f, pick(g, [g.phone(), f"cell {g.phone()}", "Sent from my iPhone", f"{ctx.f} {ctx.l}\n{g.phone()}"])]
        else:
            sig = ctx.sig()
        mode = i % 4   # 0 plain, 1 plain with '>' quoted chain, 2 gmail html + plain alt, 3 outlook html reply
        subj = pick(g, ["Paperwork", "info you asked for", "Question about fees", "forms", "Updates",
                        "Following up", "missing info", "Trip payments and forms", "Payroll/HR items"])
        greet = ctx.greeting()
        closing = pick(g, ["Thanks!", "Thank you so much,", "Thanks,"])
        if mode == 0:
            m = new_message(ctx, subj)
            m.set_content("\n\n".join([greet] + blocks + [closing]) + "\n" + "\n".join(sig) + "\n")
            out.append((m, ctx, list(g.exp), list(g.la)))
            continue
        k = max(1, len(blocks) // 2)
        older, newer = blocks[:k], blocks[k:]
        of, ol = g.name()
        w1 = ctx.date - dt.timedelta(hours=g.r.randint(2, 30), minutes=g.r.randint(0, 59))
        w2 = w1 - dt.timedelta(days=g.r.randint(1, 4), hours=g.r.randint(0, 9))
        if parent:
            staff_addr = f"{of[0].lower()}{ol.lower().replace(chr(39), '')}@{g.org.domain}"
            thread = [(f"{ctx.f} {ctx.l}", me_addr, ctx.date, [greet] + newer + [closing], sig),
                      (f"{of} {ol}", staff_addr, w1, [f"Hi {ctx.f},", pick(g, STAFF_NOTES)],
                       [f"{of} {ol}", pick(g, ["Front Office", "Bookkeeper", "Registrar"]), g.org.name]),
                      (f"{ctx.f} {ctx.l}", me_addr, w2, [f"Hi {of},"] + older + ["Thanks,"], [ctx.f])]
        else:
            oaddr = person_addr(g, of, ol)
            thread = [(f"{ctx.f} {ctx.l}", me_addr, ctx.date, [greet] + newer + [closing], sig),
                      (f"{of} {ol}", oaddr, w1, [f"Hi {ctx.f},"] + older + ["Thanks,"], [of])]
            if g.r.random() < 0.5:
                thread.append((f"{ctx.f} {ctx.l}", me_addr, w2, [f"{of},"] + (bb_order(g) + lb_case(g) if g.r.random() < 0.5 else bb_refund(g)),
                               [ctx.f]))
        subj = "RE: " + subj
        m = new_message(ctx, subj, outlook=(mode == 3), gmail=(mode == 2))
        if mode == 1:
            m.set_content(render_plain(thread))
        elif mode == 2:
            m.set_content(render_plain(thread))
            m.add_alternative(render_gmail(thread), subtype="html", cte="quoted-printable")
        else:
            m.set_content(render_outlook(thread, subj), subtype="html", cte="quoted-printable")
        out.append((m, ctx, list(g.exp), list(g.la)))
    return out


# --------------------------------------------------------------------------
# extraction + verification
# --------------------------------------------------------------------------
def html_to_text(h):
    h = re.sub(r"(?is)<head.*?</head>", " ", h)
    h = re.sub(r"(?is)<style.*?</style>", " ", h)
    h = re.sub(r"(?is)<!--.*?-->", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</?(p|div|tr|table|blockquote|li|h\d)\b[^>]*>", "\n", h)
    h = re.sub(r"(?i)</?(td|th)\b[^>]*>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h).replace("\xa0", " ")


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            cells = []
            for c in row:
                v = c.value
                if v is None:
                    cells.append("")
                elif isinstance(v, (int, float)) and "000-00-0000" in (c.number_format or ""):
                    cells.append(fmt_ssn(f"{int(v):09d}", "dash"))
                elif isinstance(v, float) and v.is_integer():
                    cells.append(str(int(v)))
                else:
                    cells.append(str(v))
            out.append("\t".join(cells))
    return "\n".join(out)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append("\t".join(c.text for c in r.cells))
    return "\n".join(out)


def pdf_text(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


def message_text(raw):
    msg = message_from_bytes(raw, policy=policy.default)
    parts = [f"Subject: {msg['Subject']}"]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            parts.append(part.get_content())
        elif ct == "text/html":
            parts.append(html_to_text(part.get_content()))
        elif ct == "application/pdf":
            parts.append(pdf_text(part.get_content()))
        elif ct.endswith("spreadsheetml.sheet"):
            parts.append(xlsx_text(part.get_content()))
        elif ct.endswith("wordprocessingml.document"):
            parts.append(docx_text(part.get_content()))
        else:
            raise ValueError(ct)
    return "\n".join(parts).replace("\xa0", " ")


RE_DASH_SSN = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d])(?!-\d)")
RE_GROUPED = [re.compile(r"(?<![\d])(?<!\d[ -])(\d{4})([ -])(\d{4})\2(\d{4})\2(\d{4})(?![ -]?\d)"),
              re.compile(r"(?<![\d])(?<!\d[ -])(\d{4})([ -])(\d{6})\2(\d{4,5})(?![ -]?\d)"),
              re.compile(r"(?<![\d])(?<!\d[ -])(\d{4})([ -])(\d{3})\2(\d{3})\2(\d{3})(?![ -]?\d)")]
RE_RUN = re.compile(r"\d(?:[ -]?\d)*")


def verify(root):
    man = json.load(open(os.path.join(root, "manifest.json")))
    problems, infos = [], []
    for e in man:
        raw = open(os.path.join(root, e["file"]), "rb").read()
        txt = message_text(raw)
        runs = [digits_of(x) for x in RE_RUN.findall(txt)]
        exp = {x["digits"] for x in e["expected"]}
        for x in e["expected"]:
            d = x["digits"]
            ok = ssn_valid(d) if x["kind"] == "ssn" else card_valid(d)
            if not ok:
                problems.append(f"{e['file']}: expected {x['kind']} {d} fails validity rule")
            if not any(d in r for r in runs):
                problems.append(f"{e['file']}: expected {x['kind']} {d} not found in extracted text")
        for mt in RE_DASH_SSN.finditer(txt):
            d = "".join(mt.groups())
            if ssn_valid(d) and d not in exp:
                problems.append(f"{e['file']}: unlisted SSN-formatted value {mt.group(0)!r}")
        for rx in RE_GROUPED:
            for mt in rx.finditer(txt):
                d = digits_of(mt.group(0))
                if card_valid(d) and d not in exp:
                    problems.append(f"{e['file']}: unlisted grouped card-like value {mt.group(0)!r}")
        for mt in re.finditer(r"(?<![\d])\d{13,16}(?![\d])", txt):
            d = mt.group(0)
            if card_valid(d) and d not in exp:
                infos.append(d)
    return man, problems, infos


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
BUILDERS = {"pdf-reportlab": build_pdf_class, "html-outlook": build_html_class, "text-tables": build_text_class,
            "xlsx-xlsxwriter": build_xlsx_class, "docx-forms": build_docx_class, "prose": build_prose_class}


def generate(root):
    manifest, stats = [], {}
    for ci, cls in enumerate(CLASSES):
        d = os.path.join(root, cls)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        g = Gen(SEED + 1000 * ci)
        msgs = BUILDERS[cls](g, cls)
        s_ssn, s_card, s_la = set(), set(), set()
        for idx, (m, ctx, exp, la) in enumerate(msgs):
            raw = finish(m, ctx)
            fn = f"{cls}/{idx:03d}.eml"
            with open(os.path.join(root, fn), "wb") as fh:
                fh.write(raw)
            seen, ex = set(), []
            for kind, dg in exp:
                if dg not in seen:
                    seen.add(dg)
                    ex.append({"kind": kind, "digits": dg})
                    (s_ssn if kind == "ssn" else s_card).add(dg)
            s_la.update(la)
            manifest.append({"file": fn, "class": cls, "expected": ex})
        stats[cls] = (len(msgs), len(s_ssn), len(s_card), len(s_la))
    with open(os.path.join(root, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
        fh.write("\n")
    return stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--verify-only", action="store_true")
    a = ap.parse_args()
    root = HERE
    if not a.verify_only:
        stats = generate(root)
        print(f"{'class':<18}{'messages':>9}{'true SSNs':>11}{'true cards':>12}{'look-alikes':>13}")
        for cls in CLASSES:
            n, s, c, l = stats[cls]
            print(f"{cls:<18}{n:>9}{s:>11}{c:>12}{l:>13}")
    man, problems, infos = verify(root)
    print(f"verified {len(man)} messages: {len(problems)} problem(s); "
          f"{len(set(infos))} unlabelled plain 13-16 digit Luhn+prefix look-alikes (order/transaction numbers)")
    for p in problems[:60]:
        print("  PROBLEM", p)
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(root) for f in fs)
    print(f"total size {size / 1e6:.2f} MB")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
