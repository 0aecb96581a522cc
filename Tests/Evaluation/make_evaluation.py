#!/usr/bin/env python3
"""Builds the MailGuard evaluation corpus: .eml messages labelled with the SSNs and payment
card numbers that a careful person reading them would recognise, mixed with the look-alike
numbers that fill real rosters, exports and emails (student and employee IDs, Luhn-valid
order and tracking numbers, phones, ZIP+4 codes, dates, amounts).

It is written from how people write and read such data, not from MailGuard's rules: it
never looks at patterns/ or Sources/Detectors. Messages and containers are made with
Python's email package, fpdf2, python-docx and openpyxl; the third-party classes copy real
messages from Tests/Evaluation/third-party-source/ (see README.md for their licences).

Setup, once (PyPI only):
    python3 -m venv /tmp/evalenv && /tmp/evalenv/bin/pip install fpdf2 python-docx openpyxl
Run (rewrites every class folder and manifest.json; deterministic, fixed seed):
    /tmp/evalenv/bin/python Tests/Evaluation/make_evaluation.py

manifest.json: [{"file": "<class>/000.eml", "class": "<class>",
                 "expected": [{"kind": "ssn"|"card", "digits": "..."}]}, ...]
"""
import base64
import csv
import datetime as dt
import email
import email.utils
import html
import io
import json
import quopri
import random
import re
import shutil
import zipfile
from collections import namedtuple
from email import encoders, policy
from email.charset import QP, Charset
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "third-party-source"
SEED = 20240304
rng = random.Random(SEED)
FIXED = dt.datetime(2024, 3, 4, 8, 30, 0)

# ---------------------------------------------------------------- values

NOT_SSNS = {"078051120", "219099999", "123456789", "457555462"}
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "4012888888881881", "6011111111111117", "5105105105105100", "4222222222222",
              "371449635398431", "3530111333300000", "4000056655665556", "5200828282828210",
              "6011000990139424", "30569309025904", "38520000023237", "3566002020360505",
              "4012888888881", "4007000000027", "6011000000000004", "5431111111111111"}
USED = set()  # every 5+ digit value written anywhere, so no value is used twice


def unique(make):
    for _ in range(100000):
        value = make()
        if value is not None and value not in USED:
            USED.add(value)
            return value
    raise RuntimeError("value space exhausted")


def luhn_check_digit(partial):
    total = 0
    for index, char in enumerate(reversed(partial)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def luhn_ok(digits):
    return luhn_check_digit(digits[:-1]) == digits[-1]


def ssn_ok(d):
    area = int(d[:3])
    return (len(d) == 9 and 1 <= area <= 899 and area != 666 and d[3:5] != "00" and d[5:] != "0000"
            and d not in NOT_SSNS)


def card_brand(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (d[:4] == "6011" or d[:2] == "65"):
        return "discover"
    if n == 16 and 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    if n == 14 and d[:2] == "36":
        return "diners"
    return None


def card_ok(d):
    return card_brand(d) is not None and luhn_ok(d) and d not in TEST_CARDS


def random_digits(count):
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def new_ssn():
    def make():
        d = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        return d if ssn_ok(d) else None
    return unique(make)


ISSUERS = [  # (weight, prefix maker, length)
    (30, lambda: "4", 16), (4, lambda: "4", 13), (18, lambda: str(rng.randint(51, 55)), 16),
    (6, lambda: str(rng.randint(2221, 2720)), 16), (12, lambda: rng.choice(["34", "37"]), 15),
    (5, lambda: "6011", 16), (4, lambda: "65", 16), (5, lambda: str(rng.randint(3528, 3589)), 16),
    (4, lambda: "36", 14),
]


def new_card():
    weight, prefix_maker, length = rng.choices(ISSUERS, weights=[i[0] for i in ISSUERS])[0]

    def make():
        body = prefix_maker()
        body += random_digits(length - len(body) - 1)
        card = body + luhn_check_digit(body)
        return card if card_ok(card) else None
    return unique(make)


CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5]}


def group_card(d, sep=" "):
    out, at = [], 0
    for size in CARD_GROUPS[len(d)]:
        out.append(d[at:at + size])
        at += size
    return sep.join(out)


def fmt_ssn(d, style):
    return {"dash": f"{d[:3]}-{d[3:5]}-{d[5:]}", "space": f"{d[:3]} {d[3:5]} {d[5:]}", "bare": d}[style]


def fmt_card(d, style):
    return {"plain": d, "space": group_card(d, " "), "dash": group_card(d, "-")}[style]


BRAND_WORDS = {"visa": ["Visa", "VISA"], "mc": ["Mastercard", "MasterCard", "MC"], "amex": ["Amex", "AmEx", "American Express"],
               "discover": ["Discover"], "jcb": ["JCB"], "diners": ["Diners Club", "Diners"]}

# ---------------------------------------------------------------- look-alikes


def luhn16():
    def make():
        body = str(rng.randint(0, 9)) + random_digits(14)
        return body + luhn_check_digit(body)
    return unique(make)


def nine_digit_id(ssn_shaped=None):
    """Student/employee IDs: arbitrary nine digits, often also SSN-valid."""
    if ssn_shaped is None:
        ssn_shaped = rng.random() < 0.4
    if ssn_shaped:
        return unique(lambda: (lambda d: d if ssn_ok(d) else None)(f"{rng.randint(1, 899):03d}{random_digits(6)}"))
    return unique(lambda: str(rng.randint(100000000, 999999999)))


def n_digit_id(low, high):
    return unique(lambda: random_digits(rng.randint(low, high)).lstrip("0") or None)


AREA_CODES = ["860", "203", "475", "959", "413", "401", "212", "917", "617", "518", "914", "646"]


def phone(style=None):
    area, exchange, line = rng.choice(AREA_CODES), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"
    if rng.random() < 0.3:
        exchange, line = "555", f"01{rng.randint(0, 99):02d}"
    style = style or rng.choice(["paren", "dot", "dash", "intl", "bare", "ext", "intl-paren", "space"])
    return {"paren": f"({area}) {exchange}-{line}", "dot": f"{area}.{exchange}.{line}", "dash": f"{area}-{exchange}-{line}",
            "intl": f"+1 {area} {exchange} {line}", "bare": f"{area}{exchange}{line}",
            "ext": f"{area}-{exchange}-{line} x{rng.randint(2, 499)}", "intl-paren": f"+1 ({area}) {exchange}-{line}",
            "space": f"{area} {exchange} {line}"}[style]


ZIPS = ["06107", "06117", "06119", "06110", "06106", "06033", "06002", "06489", "06032", "06010", "06066", "01106"]


def zip4():
    return f"{rng.choice(ZIPS)}-{rng.randint(1, 9999):04d}"


def a_date(no_comma=False, recent=False):
    if recent:  # run dates, due dates, meeting dates
        day = dt.date(2023, 8, 1) + dt.timedelta(days=rng.randint(0, 400))
    else:  # birth, hire and purchase dates
        day = dt.date(2003, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 21))
    styles = ["iso", "us", "us-short", "dmy"] + ([] if no_comma else ["long"])
    style = rng.choice(styles)
    return {"iso": day.isoformat(), "us": day.strftime("%m/%d/%Y"),
            "us-short": f"{day.month}/{day.day}/{day.strftime('%y')}", "dmy": day.strftime("%d-%b-%Y"),
            "long": day.strftime("%b %d, %Y")}[style], day


def amount(no_comma=False):
    value = round(rng.choice([rng.uniform(1, 99), rng.uniform(100, 999), rng.uniform(1000, 25000)]), 2)
    text = f"${value:.2f}" if no_comma else f"${value:,.2f}"
    if rng.random() < 0.2:
        text = text[1:]
    return text, value


def expiry():
    return f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}"


def clock():
    hour = rng.randint(7, 16)
    minute = rng.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])
    return f"{hour % 12 or 12}:{minute} {'AM' if hour < 12 else 'PM'}"


# ---------------------------------------------------------------- people and places

FIRST = ["Maria", "James", "Aaliyah", "Liam", "Sofia", "Noah", "Emma", "Mateo", "Olivia", "Ethan", "Ava", "Jayden",
         "Isabella", "Lucas", "Mia", "Elijah", "Amelia", "Daniel", "Harper", "Kevin", "Priya", "Omar", "Grace", "Tyler",
         "Chloe", "Diego", "Hannah", "Samuel", "Zoe", "Nathan", "Leah", "Brandon", "Fatima", "Connor", "Yusuf", "Kayla",
         "Anh", "Wei", "Dmitri", "Keisha", "Luis", "Megan", "Jamal", "Rosa", "Patrick", "Nia", "Andre", "Lily"]
LAST = ["Garcia", "Smith", "Johnson", "Nguyen", "Rodriguez", "Brown", "Martinez", "Williams", "Lopez", "Jones",
        "Hernandez", "Davis", "Kowalski", "O'Brien", "Patel", "Kim", "Rivera", "Murphy", "Chen", "Walker", "Torres",
        "Sullivan", "Ramirez", "Baker", "Okafor", "Gonzalez", "Rossi", "Flores", "Cohen", "Mitchell", "Perez", "Reyes",
        "Santos", "Ali", "Novak", "Fitzgerald", "Washington", "Lee", "Brennan", "Diaz", "Costa", "Tran"]
STAFF = [("Pat Moreno", "Registrar"), ("Denise Halloran", "Payroll Specialist"), ("Rick Albano", "Business Manager"),
         ("Karen Liu", "School Secretary"), ("Tom Gagnon", "HR Generalist"), ("Janet Ortiz", "Guidance Office"),
         ("Mike Sheehan", "Athletic Director"), ("Linda Fox", "Accounts Payable"), ("Ray Dubois", "Transportation"),
         ("Sandra Bell", "Food Services"), ("Alicia Romero", "Special Education"), ("Greg Novak", "IT Coordinator")]
SCHOOLS = ["Conard High School", "King Philip Middle School", "Sedgwick Middle School", "Hall High School",
           "Webster Hill Elementary", "Bugbee Elementary", "District Central Office", "Wolcott Elementary"]
DOMAINS = ["district.example", "whps.example", "schools.example", "k12.example"]


def person():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email_of(name, domain):
    first, last = name.split(" ", 1)
    return f"{first[0].lower()}{re.sub('[^a-z]', '', last.lower())}@{domain}"


# ---------------------------------------------------------------- message context


class Ctx:
    """What one message holds: the true values (in order of first appearance) and look-alikes."""

    def __init__(self):
        self.ssns, self.cards, self.looks = [], [], []
        self.to = person()  # the addressee, greeted by first name in the body

    def ssn(self):
        d = new_ssn()
        self.ssns.append(d)
        return d

    def card(self):
        d = new_card()
        self.cards.append(d)
        return d

    def look(self, text):
        self.looks.append(text)
        return text

    def expected(self):
        return [{"kind": "ssn", "digits": d} for d in self.ssns] + [{"kind": "card", "digits": d} for d in self.cards]


# ---------------------------------------------------------------- tables

Cell = namedtuple("Cell", "text kind digits extra")  # kind: ssn | card | look | text
BLANK = Cell("", "text", None, None)

SSN_HEADERS = ["SSN", "Soc. Sec. #", "SS No", "SS No.", "Social", "Social Security No.", "SocSecNum", "Tax ID", "TIN",
               "Taxpayer ID", "SSN/TIN", "Soc Sec Number", "SS Number", "Employee SSN", "Social Security Number",
               "Soc Sec #", "SS#", "Student SSN", "Parent SSN", "Guardian SSN", "SSN #", "Social Sec. No.",
               "Taxpayer ID No.", "TIN/SSN", "SOC_SEC_NO", "SOCIAL_SECURITY_NUM", "ssn", "EmpSSN", "Soc. Sec. No.",
               "Social Security", "SS Num", "SSN (Social Security)", "Tax ID Number", "Payee SSN", "Member SSN",
               "Social Security #", "Soc Sec", "SSNO", "EE SSN", "Borrower SSN"]
CARD_HEADERS = ["Card Number", "CC#", "Card on file", "Payment card", "Acct card", "Visa/MC", "Credit Card",
                "Purchasing card", "P-Card #", "Card No.", "CC Number", "Credit Card #", "Card #", "PCard Number",
                "Debit Card", "Card", "Credit Card No", "CreditCardNumber", "cc_num", "Corporate Card",
                "Payment Card Number", "Card Acct #", "Charge Card", "Card Num", "Credit/Debit Card", "CARD_NO",
                "Visa/MC/Amex", "Procurement Card", "Travel Card", "Card Used"]
NAME_HEADERS = ["Name", "Student Name", "Student", "Employee", "Employee Name", "Full Name", "Cardholder", "Payee",
                "Staff Member", "Parent/Guardian"]

LOOK_COLUMNS = {  # kind: (headers, weight)
    "student_id": (["Student ID", "Student #", "Stu ID", "StudentID", "Student No.", "Student Number", "ID",
                    "Local ID", "LASID", "Perm ID"], 10),
    "state_id": (["State ID", "SASID", "State Student ID"], 3),
    "emp_id": (["Emp ID", "Employee No", "Employee #", "Badge", "Badge #", "Staff ID", "Emp No.", "Payroll ID",
                "ID"], 7),
    "order": (["Order #", "Reference", "Confirmation", "Tracking", "Invoice No", "PO Number", "Order Number",
               "Ref No.", "Confirmation #", "Tracking #", "Transaction ID", "Receipt #", "Auth Ref"], 7),
    "phone": (["Phone", "Home Phone", "Cell", "Parent Phone", "Emergency Phone", "Tel", "Contact #", "Mobile"], 8),
    "date": (["DOB", "Birth Date", "Date of Birth", "Birthdate", "Hire Date", "Enroll Date", "Start Date",
              "Purchase Date", "Date"], 7),
    "zip": (["ZIP", "Zip Code", "ZIP+4", "Postal Code"], 4),
    "amount": (["Amount", "Balance", "Fee", "Lunch Balance", "Total", "Amount Due", "Paid", "Charge"], 6),
    "room": (["Room", "Homeroom", "Rm", "Bldg/Room"], 3),
    "grade": (["Grade", "Gr", "Grade Level"], 4),
    "period": (["Period", "Bus", "Start Time", "Arrival", "Lunch"], 3),
    "count": (["Absences", "Tardies", "Credits", "Hours", "Qty", "Days"], 3),
}


def look_cell(kind, ctx, no_comma, header):
    if kind == "student_id":
        if header in ("Local ID", "Perm ID") and rng.random() < 0.5:
            text = n_digit_id(6, 8)
        else:
            text = nine_digit_id()
        return Cell(ctx.look(text), "look", text, int(text) if rng.random() < 0.5 else None)
    if kind == "state_id":
        text = unique(lambda: str(rng.randint(1000000000, 9999999999)))
        return Cell(ctx.look(text), "look", text, None)
    if kind == "emp_id":
        text = n_digit_id(5, 6) if header.startswith("Badge") else (nine_digit_id() if rng.random() < 0.7 else n_digit_id(6, 8))
        return Cell(ctx.look(text), "look", text, None)
    if kind == "order":
        text = luhn16()
        return Cell(ctx.look(text), "look", text, None)
    if kind == "phone":
        return Cell(ctx.look(phone()), "look", None, None)
    if kind == "date":
        text, day = a_date(no_comma)
        return Cell(ctx.look(text), "look", None, day)
    if kind == "zip":
        text = zip4() if rng.random() < 0.7 else rng.choice(ZIPS)
        return Cell(ctx.look(text), "look", None, None)
    if kind == "amount":
        text, value = amount(no_comma)
        return Cell(ctx.look(text), "look", None, value)
    if kind == "room":
        text = rng.choice([str(rng.randint(100, 350)), f"B{rng.randint(1, 40)}", f"{rng.randint(1, 3)}{rng.randint(10, 60)}",
                           f"Rm {rng.randint(100, 250)}"])
        return Cell(ctx.look(text), "look", None, None)
    if kind == "grade":
        text = rng.choice(["K", "PK"] + [str(g) for g in range(1, 13)] + ["09", "10", "11", "12"])
        return Cell(ctx.look(text), "look", None, None)
    if kind == "period":
        if header in ("Start Time", "Arrival", "Lunch"):
            text = clock()
        else:
            text = str(rng.randint(1, 8) if header == "Period" else rng.randint(1, 60))
        return Cell(ctx.look(text), "look", None, None)
    if kind == "count":
        if header in ("Credits", "Hours"):
            text = f"{rng.randint(0, 30)}.{rng.choice(['0', '5', '25', '75'])}"
        else:
            text = str(rng.randint(0, 40))
        return Cell(ctx.look(text), "look", None, None)
    raise ValueError(kind)


class Table:
    def __init__(self, headers, kinds, rows):
        self.headers, self.kinds, self.rows = headers, kinds, rows

    def text_rows(self):
        return [self.headers] + [[cell.text for cell in row] for row in self.rows]


def make_table(ctx, rows=None, no_comma=False, allow_space=True, mode=None):
    """A roster the way SIS, payroll and purchasing exports look: a name, one or two columns
    of true values, and several look-alike columns, in varied order."""
    n_rows = rows or rng.randint(5, 20)
    if mode is None:
        r = rng.random()
        mode = "both" if r < 0.5 else "ssn" if r < 0.72 else "card" if r < 0.93 else "none"
    columns = []  # (header, kind, maker)
    name_two = rng.random() < 0.25
    if name_two:
        columns.append((rng.choice(["Last Name", "Last", "LastName"]), "last", None))
        columns.append((rng.choice(["First Name", "First", "FirstName"]), "first", None))
    else:
        columns.append((rng.choice(NAME_HEADERS), "name", None))
    middle = []
    if mode in ("both", "ssn"):
        styles = ["dash", "bare", "mixed"] + (["space"] if allow_space else [])
        style = rng.choices(styles, weights=[40, 35, 15, 10][:len(styles)])[0]
        blank = rng.choice([0.0, 0.0, 0.1, 0.2])
        middle.append([(rng.choice(SSN_HEADERS), "ssn", (style, blank))])
    if mode in ("both", "card"):
        style = rng.choices(["plain", "space", "dash", "mixed", "exp"], weights=[35, 28, 17, 12, 8])[0]
        blank = rng.choice([0.0, 0.15, 0.3])
        group = [(rng.choice(CARD_HEADERS), "card", (style, blank))]
        if style != "exp" and rng.random() < 0.35:
            group.append((rng.choice(["Exp", "Exp Date", "Expires", "Exp.", "MM/YY"]), "exp", None))
        middle.append(group)
    kinds = list(LOOK_COLUMNS)
    weights = [LOOK_COLUMNS[k][1] for k in kinds]
    chosen, target = [], rng.randint(2, 5)
    if rng.random() < 0.85:
        chosen.append(rng.choice(["student_id", "student_id", "emp_id", "state_id"]))
    if mode in ("both", "card") and rng.random() < 0.5:
        chosen.append("order")
    while len(chosen) < target:
        pick = rng.choices(kinds, weights=weights)[0]
        if pick not in chosen:
            chosen.append(pick)
    for kind in chosen:
        header = rng.choice(LOOK_COLUMNS[kind][0])
        if header == "ID" and any(h == "ID" for g in middle for h, _, _ in g):
            header = "Local ID"
        middle.append([(header, kind, None)])
    rng.shuffle(middle)
    for group in middle:
        columns.extend(group)
    if rng.random() < 0.15:  # name not first
        first = columns.pop(0)
        columns.insert(rng.randint(1, len(columns)), first)

    rows_out = []
    for _ in range(n_rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        row, card_blank = [], False
        for header, kind, param in columns:
            if kind == "name":
                text = f"{first} {last}" if no_comma or rng.random() < 0.8 else f"{last}, {first}"
                row.append(Cell(text, "text", None, None))
            elif kind == "last":
                row.append(Cell(last, "text", None, None))
            elif kind == "first":
                row.append(Cell(first, "text", None, None))
            elif kind == "ssn":
                style, blank = param
                if rng.random() < blank:
                    row.append(BLANK)
                    continue
                d = ctx.ssn()
                shown = style if style != "mixed" else rng.choice(["dash", "bare"] + (["space"] if allow_space else []))
                row.append(Cell(fmt_ssn(d, shown), "ssn", d, None))
            elif kind == "card":
                style, blank = param
                card_blank = rng.random() < blank
                if card_blank:
                    row.append(Cell(rng.choice(["", "", "n/a", "none", "declined"]), "text", None, None))
                    continue
                d = ctx.card()
                if style == "exp":
                    row.append(Cell(f"{fmt_card(d, rng.choice(['plain', 'space', 'dash']))} exp {ctx.look(expiry())}", "card", d, None))
                else:
                    shown = style if style != "mixed" else rng.choice(["plain", "space", "dash"])
                    row.append(Cell(fmt_card(d, shown), "card", d, None))
            elif kind == "exp":
                row.append(BLANK if card_blank else Cell(ctx.look(expiry()), "look", None, None))
            else:
                row.append(look_cell(kind, ctx, no_comma, header))
        rows_out.append(row)
    return Table([c[0] for c in columns], [c[1] for c in columns], rows_out)


def render_delimited(table, sep):
    return [sep.join(row) for row in table.text_rows()]


def render_fixed(table, gap):
    rows = table.text_rows()
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines, rule = [], rng.choice(["-", "-", "=", None, None])
    for index, row in enumerate(rows):
        lines.append((" " * gap).join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0 and rule:
            lines.append((" " * gap).join(rule * w for w in widths))
    return lines


# ---------------------------------------------------------------- prose around tables

GREETINGS = ["Hi {to},", "Hello {to},", "Good morning,", "Hi all,", "{to},", "Hi team,", "Good afternoon {to},", "Hey {to},"]
LEADS = {
    "paste": ["Here is the list from PowerSchool, pasted straight from the spreadsheet:",
              "Pasting the roster below since the attachment keeps bouncing.",
              "See below for the updated list (sorry about the formatting).",
              "These are the records that still need to be corrected before Friday:",
              "Below is what I pulled from the payroll system this morning.",
              "Copying the rows from the shared sheet so you have them:",
              "Here are the families we still need paperwork for:",
              "Per our call, the list is below."],
    "attach": ["Please see the attached roster.", "Attached is the export you asked for.",
               "I attached the file from the business office.", "Here is the list, attached.",
               "The report is attached; let me know if you cannot open it.",
               "Attaching the updated roster for the state report.",
               "See attached for the P-card reconciliation.", "Forwarding the file from the registrar."],
}
TAILS = ["Let me know if anything looks off.", "Please double check the highlighted rows before you upload.",
         "Thanks for turning this around so quickly.", "I will send the rest on Monday.",
         "The deadline for the state submission is the 15th.", "Can you confirm you received this?",
         "Sorry for the delay on this one.", "Please do not forward outside the office."]
SUBJECTS = ["Roster for state report", "Updated enrollment list", "Payroll corrections", "P-card reconciliation",
            "Field trip payments", "Re: missing paperwork", "FW: export from PowerSchool", "New hire paperwork",
            "W-9 info for vendors", "Athletics fee list", "Summer school registration", "Re: bus list",
            "Tuition reimbursement", "FW: data request", "List for the nurse", "Re: lunch balances"]


def signature(ctx):
    name, title = rng.choice(STAFF)
    lines = [rng.choice(["Thanks,", "Thank you,", "Best,", "Regards,", "Best regards,", "--"]), name, title,
             rng.choice(SCHOOLS)]
    if rng.random() < 0.8:
        lines.append(rng.choice(["Phone: ", "Tel ", "P: ", "Office: ", "", "Direct line "]) + ctx.look(phone()))
    if rng.random() < 0.3:
        lines.append(rng.choice(["Fax: ", "F: "]) + ctx.look(phone(rng.choice(["paren", "dash", "dot"]))))
    if rng.random() < 0.3:
        lines.append(f"{rng.randint(10, 999)} {rng.choice(['Main St', 'Trout Brook Dr', 'Steele Rd', 'Farmington Ave'])}, "
                     f"West Hartford, CT {ctx.look(zip4())}")
    return lines


def prose_body(ctx, middle_lines, lead_kind="paste"):
    to = ctx.to.split()[0] if rng.random() < 0.8 else rng.choice(["all", "everyone", "team"])
    parts = [rng.choice(GREETINGS).format(to=to), ""]
    if lead_kind:
        parts += [rng.choice(LEADS[lead_kind]), ""]
    if middle_lines:
        parts += middle_lines + [""]
    parts.append(rng.choice(TAILS))
    if rng.random() < 0.3:
        parts.append(rng.choice([f"The meeting is in room {ctx.look(str(rng.randint(100, 260)))} at {ctx.look(clock())}.",
                                 f"Checks go out {ctx.look(a_date(True, recent=True)[0])}.",
                                 f"Call me at {ctx.look(phone())} if that is easier."]))
    parts += [""] + signature(ctx)
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------- messages

def headers(msg, klass, number, ctx=None, subject=None):
    sender_name, _ = rng.choice(STAFF)
    domain = rng.choice(DOMAINS)
    msg["From"] = f"{sender_name} <{email_of(sender_name, domain)}>"
    receiver = ctx.to if ctx else person()
    msg["To"] = f"{receiver} <{email_of(receiver, domain)}>"
    msg["Subject"] = subject or rng.choice(SUBJECTS)
    when = FIXED + dt.timedelta(days=rng.randint(0, 200), minutes=rng.randint(0, 600))
    msg["Date"] = email.utils.format_datetime(when.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    msg["Message-ID"] = f"<{klass}.{number:03d}.{rng.getrandbits(40):010x}@mail.{domain}>"
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def text_part(body, subtype="plain", cte=None):
    """A text part; cte None picks 7bit for ASCII, else quoted-printable or base64."""
    ascii_only = all(ord(c) < 128 for c in body)
    cte = cte or ("7bit" if ascii_only and rng.random() < 0.6 else rng.choice(["quoted-printable", "base64"]))
    if cte == "7bit":
        return MIMEText(body, subtype, "us-ascii")
    charset = Charset("utf-8")
    if cte == "quoted-printable":
        charset.body_encoding = QP
    return MIMEText(body, subtype, charset)


def boundary(klass, number):
    return f"----=_Part_{klass.replace('-', '_')}_{number:03d}_{rng.getrandbits(32):08x}"


def with_attachment(ctx, klass, number, note, filename, data, maintype, subtype, text_cte=None):
    outer = MIMEMultipart("mixed", boundary=boundary(klass, number))
    outer.attach(text_part(note))
    if maintype == "text":
        part = text_part(data, subtype, text_cte)
    else:
        part = MIMEBase(maintype, subtype)
        part.set_payload(data)
        encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    if maintype != "text" or rng.random() < 0.5:
        part.set_param("name", filename)
    outer.attach(part)
    return headers(outer, klass, number, ctx)


def normalise_zip(data):
    """Office files are zips with build-time timestamps: rewrite them with fixed ones."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-03-04T08:30:00Z", blob)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 4, 8, 30, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, blob)
    return out.getvalue()


# ---- PDF

def pdf_fit(pdf, table, max_width, size):
    """Column widths (mm) that hold every value on one line, shrinking the font to fit."""
    while True:
        widths = []
        for i, header in enumerate(table.headers):
            pdf.set_font("Helvetica", "B", size)
            w = pdf.get_string_width(header)
            pdf.set_font("Helvetica", "", size)
            for row in table.rows:
                w = max(w, pdf.get_string_width(row[i].text))
            widths.append(w + 4)
        if sum(widths) <= max_width or size <= 5:
            return widths, size
        size -= 0.5


def new_pdf():
    from fpdf import FPDF
    pdf = FPDF(orientation="L", unit="mm", format="Letter")
    pdf.set_creation_date(FIXED.replace(tzinfo=dt.timezone.utc))
    pdf.set_author("Student Information System")
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    return pdf


def pdf_title(pdf, ctx):
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, rng.choice(["Student Roster", "Enrollment Export", "Payroll Change Report", "P-Card Transactions",
                               "Emergency Contact List", "Fee Payments", "Staff Directory (Confidential)"]),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 5, f"{rng.choice(SCHOOLS)}    Run date: {ctx.look(a_date(True, recent=True)[0])}  {ctx.look(clock())}",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def pdf_fpdf_table(pdf, table, borders, repeat=1):
    widths, size = pdf_fit(pdf, table, pdf.epw, rng.choice([8, 9, 10]))
    pdf.set_font("Helvetica", "", size)
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", text_align="LEFT", borders_layout=borders,
                   line_height=size * 0.55, repeat_headings=repeat) as out:
        for row in table.text_rows():
            cells = out.row()
            for text in row:
                cells.cell(text)


def pdf_placed_table(pdf, table, header_every_page):
    """Text placed at column positions with cell(), no lines: what many report writers emit."""
    gap = rng.choice([2, 4, 6])
    widths, size = pdf_fit(pdf, table, pdf.epw - gap * (len(table.headers) - 1), rng.choice([8, 9]))
    line = size * 0.5
    positions, x = [], pdf.l_margin
    for w in widths:
        positions.append(x)
        x += w + gap

    def put(row, bold):
        pdf.set_font("Helvetica", "B" if bold else "", size)
        y = pdf.get_y()
        for i, text in enumerate(row):
            pdf.set_xy(positions[i], y)
            pdf.cell(widths[i], line, text)
        pdf.set_xy(pdf.l_margin, y + line)

    put(table.headers, True)
    for row in table.rows:
        if pdf.get_y() + line > pdf.h - 14:
            pdf.add_page()
            if header_every_page:
                put(table.headers, True)
        put([c.text for c in row], False)


def pdf_bytes(ctx, table, ruled):
    pdf = new_pdf()
    pdf_title(pdf, ctx)
    if ruled:
        pdf_fpdf_table(pdf, table, rng.choices(["ALL", "INTERNAL", "HORIZONTAL_LINES", "NO_HORIZONTAL_LINES"],
                                               weights=[60, 15, 15, 10])[0])
    elif rng.random() < 0.45:
        pdf_fpdf_table(pdf, table, "NONE", repeat=rng.choice([0, 1]))
    else:
        pdf_placed_table(pdf, table, header_every_page=rng.random() < 0.3)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(0, 4, f"Confidential - printed {ctx.look(a_date(True, recent=True)[0])} by {rng.choice(STAFF)[0]}")
    return bytes(pdf.output())


# ---- Office

def docx_bytes(ctx, table):
    import docx
    document = docx.Document()
    props = document.core_properties
    props.created = props.modified = FIXED
    props.author = props.last_modified_by = rng.choice(STAFF)[0]
    props.revision = 1
    if rng.random() < 0.5:
        document.add_heading(rng.choice(["Roster", "Payment Log", "Employee Changes", "Family Contacts"]), level=2)
    document.add_paragraph(rng.choice(["The following records were updated this week.",
                                       f"Prepared by the business office on {ctx.look(a_date(True, recent=True)[0])}.",
                                       "Please verify the information below and return by Friday.",
                                       f"Questions? Call {ctx.look(phone())}."]))
    grid = document.add_table(rows=1, cols=len(table.headers))
    if rng.random() < 0.7:
        grid.style = "Table Grid"
    for cell, header in zip(grid.rows[0].cells, table.headers):
        run = cell.paragraphs[0].add_run(header)
        run.bold = rng.random() < 0.7
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value.text
    if rng.random() < 0.5:
        document.add_paragraph(rng.choice(TAILS))
    out = io.BytesIO()
    document.save(out)
    return normalise_zip(out.getvalue())


def xlsx_bytes(ctx, table):
    import openpyxl
    from openpyxl.utils import get_column_letter
    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = FIXED
    book.properties.creator = rng.choice(STAFF)[0]
    sheet = book.active
    sheet.title = rng.choice(["Roster", "Sheet1", "Export", "Data", "Payments"])
    if rng.random() < 0.3:
        sheet.append([f"{rng.choice(['Enrollment export', 'Payroll changes', 'P-card log'])} {ctx.look(a_date(True, recent=True)[0])}"])
        sheet.append([])
    sheet.append(table.headers)
    header_row = sheet.max_row
    numeric_ssn = rng.random() < 0.4
    numeric_ids = rng.random() < 0.5
    typed = rng.random() < 0.5
    for r, row in enumerate(table.rows, start=header_row + 1):
        for c, cell in enumerate(row, start=1):
            target = sheet.cell(row=r, column=c)
            if cell.kind == "ssn" and numeric_ssn:
                target.value = int(cell.digits)
                target.number_format = "000-00-0000"
            elif cell.kind == "look" and numeric_ids and isinstance(cell.extra, int):
                target.value = cell.extra
            elif cell.kind == "look" and typed and isinstance(cell.extra, dt.date):
                target.value = cell.extra
                target.number_format = "mm/dd/yyyy"
            elif cell.kind == "look" and typed and isinstance(cell.extra, float):
                target.value = cell.extra
                target.number_format = '"$"#,##0.00'
            else:
                target.value = cell.text if cell.text else None
    for c, header in enumerate(table.headers, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = max(10, len(header) + 4, 22 if table.kinds[c - 1] == "card" else 0)
    out = io.BytesIO()
    book.save(out)
    return normalise_zip(out.getvalue())


# ---- HTML

def html_table(table):
    th = rng.random() < 0.5
    styled = rng.random() < 0.5
    outlook = styled and rng.random() < 0.4
    nbsp_cards = rng.random() < 0.15
    td_style = ' style="border:1px solid #999999;padding:2px 6px"' if styled else ""
    attrs = rng.choice([' border="1" cellpadding="3" cellspacing="0"', ' border="0" cellpadding="4"',
                        ' class="MsoTableGrid" border="1" cellspacing="0" style="border-collapse:collapse"', ""])

    def wrap(text, bold=False):
        text = html.escape(text, quote=False)
        if nbsp_cards:
            text = re.sub(r"(?<=\d) (?=\d)", "&nbsp;", text)
        if bold and not th:
            text = f"<b>{text}</b>"
        if outlook:
            return f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{text}</span></p>'
        if styled:
            return f'<span style="font-family:Arial,sans-serif;font-size:10pt">{text}</span>'
        return text

    lines = [f"<table{attrs}>"]
    if rng.random() < 0.5:
        lines.append("<tbody>")
    cell_tag = "th" if th else "td"
    lines.append("<tr>" + "".join(f"<{cell_tag}{td_style}>{wrap(h, True)}</{cell_tag}>" for h in table.headers) + "</tr>")
    for row in table.rows:
        lines.append("<tr>" + "".join(f"<td{td_style}>{wrap(c.text)}</td>" for c in row) + "</tr>")
    if "<tbody>" in lines:
        lines.append("</tbody>")
    lines.append("</table>")
    return "\n".join(lines) if rng.random() < 0.7 else "".join(lines)


def html_document(ctx, table):
    to = ctx.to.split()[0]
    paras = [f"<p>{rng.choice(GREETINGS).format(to=to)}</p>"]
    if rng.random() < 0.65:
        paras.append(f"<p>{html.escape(rng.choice(LEADS['paste']))}</p>")
    paras.append(html_table(table))
    paras.append(f"<p>{html.escape(rng.choice(TAILS))}</p>")
    paras.append("<p>" + "<br>".join(html.escape(line) for line in signature(ctx)) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Calibri,sans-serif\">\n" + "\n".join(paras) + "\n</body></html>\n")


# ---------------------------------------------------------------- prose-labels

def ssn_sentence(ctx):
    d = ctx.ssn()
    dash, bare, space = fmt_ssn(d, "dash"), fmt_ssn(d, "bare"), fmt_ssn(d, "space")
    name = person()
    return rng.choice([
        f"My soc is {bare}.", f"SS No. {bare}", f"Her taxpayer id {bare} is on the W-9.", f"Social Security No. {bare}",
        f"His social is {bare} if you need it for the form.", f"Soc Sec Number: {bare}", f"TIN: {bare}",
        f"SSN/TIN {bare} (individual, not a business)", f"Employee SSN {bare}", f"the SSN on her W-4 is {bare}",
        f"SocSecNum={bare}", f"SS Number {bare}", f"Tax ID {bare}", f"his social security number is {bare}",
        f"Soc. Sec. # {bare}", f"ss# {bare}", f"my social security # is {bare}, please keep it private",
        f"Taxpayer ID {bare} - sole proprietor", f"SS no {bare}", f"her soc sec no. is {bare}",
        f"{name}'s SSN is {dash}.", f"{name}: {dash}", f"Corrected number: {dash}",
        f"I think it's {dash} but please double check with her.",
        f"Use {dash} on the enrollment form; the old one had a typo.", f"SSN {space}", f"Social Security number {space}",
        f"soc sec {space}", f"Her SSN is {dash}.", f"For the 1099 his number is {dash}.",
        f"Dad's social: {dash}", f"SS# {dash}", f"social {bare} (from the I-9)",
    ])


def card_sentence(ctx):
    d = ctx.card()
    brand = rng.choice(BRAND_WORDS[card_brand(d)])
    space, dash, plain = fmt_card(d, "space"), fmt_card(d, "dash"), fmt_card(d, "plain")
    exp = ctx.look(expiry())
    return rng.choice([
        f"please bill {space} exp {exp}", f"district p-card {dash}", f"Card number: {plain}",
        f"Charge the registration to my {brand} {space}, exp {exp}.", f"{brand} {space} exp {exp}",
        f"CC# {plain}", f"Credit card {space}", f"Use the purchasing card {space} for the field trip.",
        f"{plain} exp {exp}", f"My card is {dash}, expires {exp}.", f"P-Card # {plain}",
        f"Payment card on file: {space}", f"You can put it on my {brand}: {space}",
        f"card {dash} exp {exp} (billing zip {ctx.look(rng.choice(ZIPS))})",
        f"The new P-card is {space}.", f"Debit card {plain}, exp {exp}",
        f"Here's the credit card for the deposit: {space}", f"Acct card {plain}",
        f"Please refund to the original card, {dash}.", f"visa/mc: {space}",
    ])


def lookalike_sentence(ctx):
    choice = rng.randrange(22)
    if choice == 0:
        return f"The card on file ends {ctx.look(random_digits(4))}."
    if choice == 1:
        return f"Your {rng.choice(['Visa', 'Mastercard', 'card'])} ending in {ctx.look(random_digits(4))} was charged {ctx.look(amount()[0])}."
    if choice == 2:
        return f"Order # {ctx.look(luhn16())} has shipped."
    if choice == 3:
        return f"Your confirmation number is {ctx.look(luhn16())}."
    if choice == 4:
        return f"Tracking {ctx.look(luhn16())} shows it was delivered on {ctx.look(a_date(recent=True)[0])}."
    if choice == 5:
        return f"Reference {ctx.look(luhn16())} (please quote this on the check)"
    if choice == 6:
        return f"Invoice No {ctx.look(luhn16())} is attached, total {ctx.look(amount()[0])}."
    if choice == 7:
        return f"PO Number {ctx.look(luhn16())} was approved."
    if choice == 8:
        return f"Student ID {ctx.look(nine_digit_id())}"
    if choice == 9:
        return f"Her student # is {ctx.look(nine_digit_id(True))} and she is in grade {ctx.look(str(rng.randint(1, 12)))}."
    if choice == 10:
        return f"Emp ID {ctx.look(nine_digit_id())}, badge {ctx.look(n_digit_id(5, 6))}"
    if choice == 11:
        return f"Employee No {ctx.look(nine_digit_id(True))} starts on {ctx.look(a_date(recent=True)[0])}."
    if choice == 12:
        return f"Call me at {ctx.look(phone())} or my cell {ctx.look(phone())}."
    if choice == 13:
        return f"The balance is {ctx.look(amount()[0])}, due {ctx.look(a_date(recent=True)[0])}."
    if choice == 14:
        return f"We moved to West Hartford, CT {ctx.look(zip4())}."
    if choice == 15:
        return f"Meet in room {ctx.look(str(rng.randint(100, 260)))} at {ctx.look(clock())}."
    if choice == 16:
        return f"State ID {ctx.look(unique(lambda: str(rng.randint(1000000000, 9999999999))))}, local ID {ctx.look(n_digit_id(6, 8))}"
    if choice == 17:
        routing = unique(lambda: (lambda b: b + str((-(3 * (int(b[0]) + int(b[3]) + int(b[6])) + 7 * (int(b[1]) + int(b[4]) + int(b[7]))
                                                       + (int(b[2]) + int(b[5])))) % 10))(f"{rng.choice(['01', '02', '21', '22', '26'])}{random_digits(6)}"))
        return f"Direct deposit: routing {ctx.look(routing)}, account {ctx.look(n_digit_id(8, 12))}"
    if choice == 18:
        return f"Case number {ctx.look(n_digit_id(9, 11))} was closed on {ctx.look(a_date(recent=True)[0])}."
    if choice == 19:
        return f"Fax it to {ctx.look(phone('paren'))}, attn: room {ctx.look(str(rng.randint(100, 260)))}."
    if choice == 20:
        return f"{rng.randint(3, 40)} students, {rng.randint(2, 9)} chaperones, bus {ctx.look(str(rng.randint(1, 60)))} leaves at {ctx.look(clock())}."
    return f"Lunch account {ctx.look(n_digit_id(6, 9))} has {ctx.look(amount()[0])} left."


def prose_message(ctx):
    n_ssn, n_card = rng.randint(1, 4), rng.randint(2, 4)
    if rng.random() < 0.1:
        n_ssn = n_card = 0  # look-alikes only
    lines = [ssn_sentence(ctx) for _ in range(n_ssn)] + [card_sentence(ctx) for _ in range(n_card)]
    lines += [lookalike_sentence(ctx) for _ in range(rng.randint(3, 6))]
    rng.shuffle(lines)
    # True values must be listed in order of first appearance: rebuild that order.
    text = "\n".join(lines)
    ctx.ssns.sort(key=lambda d: min(text.find(fmt_ssn(d, s)) % 10**9 for s in ("dash", "bare", "space")))
    ctx.cards.sort(key=lambda d: min(text.find(fmt_card(d, s)) % 10**9 for s in ("plain", "space", "dash")))
    paragraphs, body = [], []
    for line in lines:
        body.append(line)
        if rng.random() < 0.4:
            paragraphs.append(" ".join(body) if rng.random() < 0.5 else "\n".join(body))
            body = []
    if body:
        paragraphs.append("\n".join(body))
    return paragraphs


# ---------------------------------------------------------------- classes

def build(klass, number, ctx):
    if klass in ("pdf-table-ruled", "pdf-table-plain"):
        long = klass == "pdf-table-plain" and rng.random() < 0.35
        table = make_table(ctx, rows=rng.randint(45, 65) if long else None)
        data = pdf_bytes(ctx, table, ruled=klass == "pdf-table-ruled")
        return with_attachment(ctx, klass, number, prose_body(ctx, [], "attach"), "roster.pdf", data, "application", "pdf")
    if klass == "html-table":
        msg = text_part(html_document(ctx, make_table(ctx)), "html", rng.choice(["quoted-printable", "base64"]))
        return headers(msg, klass, number, ctx)
    if klass == "tsv-body":
        lines = render_delimited(make_table(ctx), "\t")
        return headers(text_part(prose_body(ctx, lines)), klass, number, ctx)
    if klass == "csv-body":
        sep = rng.choices([",", ";", "|"], weights=[60, 20, 20])[0]
        lines = render_delimited(make_table(ctx, no_comma=True), sep if sep == "," else rng.choice([sep, f" {sep} "]))
        return headers(text_part(prose_body(ctx, lines)), klass, number, ctx)
    if klass == "fixed-width-body":
        table = make_table(ctx)
        lines = []
        if rng.random() < 0.5:
            lines += [f"{rng.choice(SCHOOLS).upper()}  -  {rng.choice(['STUDENT LISTING', 'EMPLOYEE LISTING', 'FEE REPORT'])}"
                      f"    RUN {ctx.look(a_date(True, recent=True)[0])}    PAGE 1", ""]
        lines += render_fixed(table, rng.choice([2, 3, 4]))
        return headers(text_part(prose_body(ctx, lines)), klass, number, ctx)
    if klass == "txt-attachment":
        sep_lines = render_delimited(make_table(ctx), "\t")
        newline = rng.choice(["\n", "\r\n"])
        name = rng.choice(["export.txt", "export.txt", "sis_export.txt", "payroll_export.txt", "report.txt"])
        return with_attachment(ctx, klass, number, prose_body(ctx, [], "attach"), name, newline.join(sep_lines) + newline,
                               "text", "plain", rng.choice(["7bit", "base64", "quoted-printable"]))
    if klass == "csv-attachment":
        table = make_table(ctx)
        out = io.StringIO()
        writer = csv.writer(out, quoting=rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
                            lineterminator=rng.choice(["\r\n", "\n"]))
        writer.writerows(table.text_rows())
        return with_attachment(ctx, klass, number, prose_body(ctx, [], "attach"), "roster.csv", out.getvalue(), "text", "csv",
                               rng.choice(["7bit", "base64"]))
    if klass == "xlsx":
        data = xlsx_bytes(ctx, make_table(ctx))
        return with_attachment(ctx, klass, number, prose_body(ctx, [], "attach"),
                               rng.choice(["roster.xlsx", "export.xlsx", "payments.xlsx"]), data, "application",
                               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    if klass == "docx-table":
        data = docx_bytes(ctx, make_table(ctx))
        return with_attachment(ctx, klass, number, prose_body(ctx, [], "attach"),
                               rng.choice(["roster.docx", "changes.docx", "payment log.docx"]), data, "application",
                               "vnd.openxmlformats-officedocument.wordprocessingml.document")
    if klass == "prose-labels":
        paragraphs = prose_message(ctx)
        body = "\n\n".join(paragraphs)
        return headers(text_part(prose_body(ctx, [body], None)), klass, number, ctx)
    raise ValueError(klass)


GENERATED = {  # class: messages
    "pdf-table-ruled": 30, "pdf-table-plain": 30, "html-table": 30, "tsv-body": 30, "csv-body": 30,
    "fixed-width-body": 30, "txt-attachment": 30, "csv-attachment": 30, "xlsx": 30, "docx-table": 30,
    "prose-labels": 55,
}

# ---------------------------------------------------------------- third-party messages

# Checked by eye and by a digit scan: no message in third-party-source holds anything a
# reader would call an SSN or a payment card number (the long digit runs are MIME boundaries,
# Message-IDs, IP addresses, PDF internals, Italian company tax codes, a ZIP+4). Should one
# be found, list it here as "package/file": [{"kind": ..., "digits": ...}].
THIRD_PARTY_EXPECTED = {}
INSERTED_COUNT = 34


def third_party_sources():
    files = []
    for package in sorted(p for p in SOURCE.iterdir() if p.is_dir()):
        for path in sorted(package.iterdir()):
            if path.is_file() and path.name not in ("LICENSE", "NOTICE"):
                files.append(path)
    return files


def first_text_plain(msg):
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.is_multipart():
            disposition = (part.get("Content-Disposition") or "").lower()
            if not disposition.startswith("attachment"):
                return part
    return None


def insert_values(raw, ctx):
    """The real message with labelled values inserted at paragraph breaks of its first
    text/plain part. The part is re-encoded with its own charset and transfer encoding and
    spliced back into the original bytes, so every other byte of the message stays as it
    was; None when that cannot be done cleanly."""
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    part = first_text_plain(msg)
    # _payload: the text exactly as parsed (get_payload() would decode 8-bit bytes by charset)
    if part is None or not isinstance(part._payload, str):
        return None
    original = part._payload.encode("ascii", "surrogateescape")
    if not original.strip() or raw.count(original) != 1:
        return None
    cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    charset = part.get_content_charset() or "us-ascii"
    if cte not in ("7bit", "8bit", "binary", "base64", "quoted-printable"):
        return None
    try:
        text = part.get_payload(decode=True).decode(charset)
    except (LookupError, UnicodeError, AttributeError):
        return None
    newline = "\r\n" if "\r\n" in text else "\n"
    raw_newline = b"\r\n" if b"\r\n" in original else b"\n"
    lines = text.split(newline)
    n_ssn, n_card, n_look = rng.randint(3, 4), rng.randint(3, 4), rng.randint(3, 5)
    sentences = [inserted_ssn(ctx) for _ in range(n_ssn)] + [inserted_card(ctx) for _ in range(n_card)]
    sentences += [lookalike_sentence(ctx) for _ in range(n_look)]
    rng.shuffle(sentences)
    breaks = [i for i, line in enumerate(lines) if not line.strip()] or [len(lines)]
    spots = sorted(set(rng.sample(breaks, min(len(breaks), rng.randint(1, 2)))))
    half = len(sentences) // 2 + 1
    chunks = [sentences[:half], sentences[half:]] if len(spots) == 2 else [sentences]
    for spot, chunk in sorted(zip(spots, chunks), reverse=True):
        lines[spot:spot] = [""] + chunk + [""]
    new_text = newline.join(lines)
    # manifest order: first appearance
    ctx.ssns.sort(key=lambda d: min(new_text.find(fmt_ssn(d, s)) % 10**9 for s in ("dash", "bare", "space")))
    ctx.cards.sort(key=lambda d: min(new_text.find(fmt_card(d, s)) % 10**9 for s in ("plain", "space", "dash")))
    try:
        data = new_text.encode(charset)
    except UnicodeError:
        return None
    if cte == "base64":
        encoded = base64.encodebytes(data).replace(b"\n", raw_newline)
    elif cte == "quoted-printable":
        encoded = quopri.encodestring(new_text.replace("\r\n", "\n").encode(charset)).replace(b"\n", raw_newline)
    else:
        encoded = data
    if not original.endswith(raw_newline):
        encoded = encoded.rstrip(b"\r\n")
    return raw.replace(original, encoded, 1)


def inserted_ssn(ctx):
    d = ctx.ssn()
    return rng.choice([f"Her SSN is {fmt_ssn(d, 'dash')}.", f"His social security number is {fmt_ssn(d, 'dash')}.",
                       f"SSN: {fmt_ssn(d, rng.choice(['dash', 'bare', 'space']))}", f"Soc. Sec. # {d}",
                       f"Taxpayer ID {d} (for the 1099)", f"{person()} {fmt_ssn(d, 'dash')}", f"SS No. {d}",
                       f"Social Security No. {fmt_ssn(d, 'space')}"])


def inserted_card(ctx):
    d = ctx.card()
    return rng.choice([f"Please charge {fmt_card(d, 'space')} exp {ctx.look(expiry())}.",
                       f"Card number: {fmt_card(d, rng.choice(['plain', 'space', 'dash']))}",
                       f"My {rng.choice(BRAND_WORDS[card_brand(d)])} is {fmt_card(d, 'dash')}.",
                       f"CC# {d}", f"Use the district p-card {fmt_card(d, 'space')}.",
                       f"{fmt_card(d, 'space')} exp {ctx.look(expiry())}"])


# ---------------------------------------------------------------- main

def serialise(msg):
    return msg.as_bytes(policy=policy.SMTP)


def main():
    manifest, stats = [], {}
    for klass, count in GENERATED.items():
        folder = HERE / klass
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        ssns, cards, looks = [], [], []
        for number in range(count):
            ctx = Ctx()
            msg = build(klass, number, ctx)
            name = f"{klass}/{number:03d}.eml"
            (HERE / name).write_bytes(serialise(msg))
            manifest.append({"file": name, "class": klass, "expected": ctx.expected()})
            ssns += ctx.ssns
            cards += ctx.cards
            looks += ctx.looks
        stats[klass] = (count, len(set(ssns)), len(set(cards)), len(set(looks)))

    sources = third_party_sources()
    for klass in ("third-party", "third-party-inserted"):
        shutil.rmtree(HERE / klass, ignore_errors=True)
        (HERE / klass).mkdir()
    licences = HERE / "third-party" / "LICENSES"
    licences.mkdir()
    for package in sorted(p for p in SOURCE.iterdir() if p.is_dir()):
        for notice in ("LICENSE", "NOTICE"):
            if (package / notice).exists():
                shutil.copyfile(package / notice, licences / f"{package.name}.{notice}")
    origin = ["file\tsource (package-version/path in its distribution: see README.md)"]
    for number, path in enumerate(sources):
        key = f"{path.parent.name}/{path.name}"
        name = f"third-party/{number:03d}.eml"
        (HERE / name).write_bytes(path.read_bytes())
        manifest.append({"file": name, "class": "third-party", "expected": THIRD_PARTY_EXPECTED.get(key, [])})
        origin.append(f"{number:03d}.eml\t{key}")
    (HERE / "third-party" / "SOURCES.tsv").write_text("\n".join(origin) + "\n")
    stats["third-party"] = (len(sources), sum(len(THIRD_PARTY_EXPECTED.get(f"{p.parent.name}/{p.name}", [])) for p in sources), 0, None)

    order = list(range(len(sources)))
    rng.shuffle(order)
    origin = ["file\tsource"]
    ssns, cards, looks, number = [], [], [], 0
    for index in order:
        if number >= INSERTED_COUNT:
            break
        path = sources[index]
        key = f"{path.parent.name}/{path.name}"
        state = rng.getstate()
        ctx = Ctx()
        data = insert_values(path.read_bytes(), ctx)
        if data is None:
            for d in ctx.ssns + ctx.cards:
                USED.discard(d)
            rng.setstate(state)
            continue
        name = f"third-party-inserted/{number:03d}.eml"
        (HERE / name).write_bytes(data)
        expected = THIRD_PARTY_EXPECTED.get(key, []) + ctx.expected()
        manifest.append({"file": name, "class": "third-party-inserted", "expected": expected})
        origin.append(f"{number:03d}.eml\t{key}")
        ssns += ctx.ssns
        cards += ctx.cards
        looks += ctx.looks
        number += 1
    (HERE / "third-party-inserted" / "SOURCES.tsv").write_text("\n".join(origin) + "\n")
    stats["third-party-inserted"] = (number, len(set(ssns)), len(set(cards)), len(set(looks)))

    for entry in manifest:  # every label obeys the ground-truth rules
        for item in entry["expected"]:
            ok = ssn_ok(item["digits"]) if item["kind"] == "ssn" else card_ok(item["digits"])
            assert ok, (entry["file"], item)
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")

    print(f"{'class':24} {'messages':>8} {'SSNs':>6} {'cards':>6} {'look-alikes':>11}")
    for klass, (count, n_ssn, n_card, n_look) in stats.items():
        print(f"{klass:24} {count:8} {n_ssn:6} {n_card:6} {('(real mail)' if n_look is None else n_look):>11}")
        if n_look is not None:
            assert min(n_ssn, n_card, n_look) >= 100, klass
    size = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file() and SOURCE not in p.parents)
    print(f"{len(manifest)} messages, {size / 1e6:.1f} MB (without third-party-source)")


if __name__ == "__main__":
    main()
