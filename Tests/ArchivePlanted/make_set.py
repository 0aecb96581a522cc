#!/usr/bin/env python3
"""Writes the ArchivePlanted evaluation set: e-mail messages whose attachment is an
archive (tar, gzip, bzip2, xz, 7z, zip, nested), an RTF document, an iCalendar file or a
vCard file, with US Social Security numbers and payment card numbers planted inside,
look-alikes that are neither, password-protected and damaged archives, and archives
or RTF objects that carry a Windows program or script.

Every value is invented.  Deterministic: fixed seed, Date headers, Message-IDs, MIME
boundaries, and fixed member times, owners and order inside the archives.  Files that
cannot be written deterministically (LibreOffice output, encrypted archives) are read
from inputs/, which build_inputs.py regenerates.

    python make_set.py              # writes next to this file
    python make_set.py --out DIR    # writes elsewhere

Needs: GNU tar, gzip, bzip2, xz-utils, 7zip, zip (Debian), and python-docx,
openpyxl, icalendar, vobject (PyPI).  See README.md for versions.
"""
import argparse
import base64
import datetime
import email.policy
import hashlib
import io
import json
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "inputs")
SEED = 20241003
POLICY = email.policy.SMTP

CLASSES = ["tar.gz", "tar.bz2", "7z", "tar.xz", "rtf", "ics", "vcf", "nested",
           "protected", "program", "rtf-object"]

# Fixed archive member times (2024-09-30 14:05:00 UTC) and owner.
MTIME = 1727705100
OWNER = ("office", 1001, "staff", 1001)

# --------------------------------------------------------------------------
# values
# --------------------------------------------------------------------------
FAMOUS_SSNS = {
    "078051120", "219099999", "123456789", "457555462", "111111111", "222222222",
    "333333333", "444444444", "555555555", "777777777", "888888888", "001010001",
    "042103580", "062360749", "078051121", "095073645", "128036045", "135016629",
    "141186941", "165167999", "165187999", "165207999", "165227999", "165247999",
    "189092294", "212097694", "212099999", "306302348", "308125070", "468288779",
    "549241889", "987654320", "987654321", "012345678", "234567890", "345678901",
    "456789012", "567890123",
}
TEST_CARDS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222",
    "4000056655665556", "4000000000000002", "4000000000000077", "4000000000009995",
    "4005519200000004", "4009348888881881", "4012000033330026", "4012000077777777",
    "4217651111111119", "4500600000000061", "4444333322221111", "4917610000000000",
    "5555555555554444", "5105105105105100", "5200828282828210", "5454545454545454",
    "5431111111111111", "2223003122003222", "2223000048400011", "2222400070000005",
    "378282246310005", "371449635398431", "378734493671000", "340000000000009",
    "370000000000002", "6011111111111117", "6011000990139424", "6011000000000004",
    "6011601160116611", "6500000000000002", "6011000400000000", "6445644564456445",
}
PUBLISHED_TEST = ["4111111111111111", "5555555555554444", "378282246310005",
                  "6011111111111117", "4242424242424242", "5105105105105100",
                  "371449635398431", "4012888888881881", "6011000990139424"]


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card_issuer(d):
    n = len(d)
    if d.startswith("4") and n == 16:
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (d.startswith("6011") or d.startswith("65")):
        return "disc"
    return None


def boring(d):
    """Runs of one digit or plain ramps look like placeholders."""
    if re.search(r"(\d)\1{4}", d):
        return True
    for ramp in ("01234567890", "9876543210"):
        for i in range(len(ramp) - 5):
            if ramp[i:i + 6] in d:
                return True
    return False


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000" and d not in FAMOUS_SSNS and not boring(d))


def card_ok(d):
    return (d.isdigit() and card_issuer(d) is not None and luhn_ok(d)
            and d not in TEST_CARDS and not boring(d))


CARD_NAMES = {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "American Express",
              "disc": "Discover", "disc65": "Discover"}


PHONE_AREAS = ["617", "508", "781", "413", "978", "339", "857", "774", "351", "212", "718", "646",
               "860", "203", "401", "603", "802", "207", "518", "914", "315", "716", "585", "607",
               "201", "973", "908", "215", "412", "610"]     # 555-0100 to 555-0199: numbers kept for fiction


class Values:
    """Invented values, each used once in the whole set."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _take(self, d):
        if d in self.used:
            return False
        self.used.add(d)
        return True

    def ssn(self, low_area=False):
        r = self.rng
        while True:
            area = r.randint(1, 99) if low_area else r.randint(100, 899)
            d = "%03d%02d%04d" % (area, r.randint(1, 99), r.randint(1, 9999))
            if ssn_ok(d) and self._take(d):
                return d

    def card(self, kind=None):
        r = self.rng
        if kind is None:
            kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "disc65"])
        while True:
            if kind == "visa":
                body = "4" + "".join(r.choice("0123456789") for _ in range(14))
            elif kind == "mc":
                body = str(r.randint(51, 55)) + "".join(r.choice("0123456789") for _ in range(13))
            elif kind == "mc2":
                body = str(r.randint(2221, 2720)) + "".join(r.choice("0123456789") for _ in range(11))
            elif kind == "amex":
                body = r.choice(["34", "37"]) + "".join(r.choice("0123456789") for _ in range(12))
            elif kind == "disc":
                body = "6011" + "".join(r.choice("0123456789") for _ in range(11))
            elif kind == "disc65":
                body = "65" + "".join(r.choice("0123456789") for _ in range(13))
            else:
                raise ValueError(kind)
            d = body + luhn_digit(body)
            if card_ok(d) and self._take(d):
                return d

    def bad_ssn(self, how=None):
        r = self.rng
        how = how or r.choice(["area000", "area666", "area9xx", "group00", "serial0000"])
        while True:
            a, g, s = r.randint(100, 899), r.randint(1, 99), r.randint(1, 9999)
            if how == "area000":
                a = 0
            elif how == "area666":
                a = 666
            elif how == "area9xx":
                a = r.randint(900, 999)
            elif how == "group00":
                g = 0
            elif how == "serial0000":
                s = 0
            d = "%03d%02d%04d" % (a, g, s)
            if not ssn_ok(d) and not boring(d) and self._take(d):
                return d

    def luhn_bad(self, kind=None):
        while True:
            d = self.card(kind)
            bad = d[:-1] + str((int(d[-1]) + self.rng.randint(1, 9)) % 10)
            if not luhn_ok(bad) and self._take(bad):
                return bad

    def digits(self, n, first="", luhn=None, ssn_like=None):
        """n digits that are not a valid card.  luhn True/False forces the Luhn result;
        ssn_like False keeps 9-digit values out of the valid SSN structure."""
        r = self.rng
        while True:
            d = first + "".join(r.choice("0123456789") for _ in range(n - len(first)))
            if d[0] == "0" and not first:
                continue
            if luhn is True:
                d = d[:-1] + luhn_digit(d[:-1])
            elif luhn is False and luhn_ok(d):
                continue
            if boring(d) or card_ok(d):
                continue
            if n == 9 and ssn_like is False and ssn_ok(d):
                continue
            if self._take(d):
                return d

    def phone(self):
        r = self.rng
        while True:
            d = r.choice(PHONE_AREAS) + "555" + "01%02d" % r.randint(0, 99)
            if self._take(d):
                return d

    def zip4(self):
        r = self.rng
        while True:
            d = r.choice(["01581", "01701", "01605", "02451", "01890", "01772"]) + "%04d" % r.randint(1000, 9999)
            if self._take(d):
                return d


def grp(d, sep=None):
    if sep is None:
        sep = "-" if len(d) == 9 else " "
    if len(d) == 9:
        g = [d[:3], d[3:5], d[5:]]
    elif len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    elif len(d) == 16:
        g = [d[:4], d[4:8], d[8:12], d[12:]]
    else:
        raise ValueError(d)
    return sep.join(g)


def fphone(d, style=0):
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "%s.%s.%s" % (d[:3], d[3:6], d[6:])
    return "+1 %s %s %s" % (d[:3], d[3:6], d[6:])


def ctype_name(kind):
    return {"visa": "Visa", "mc": "Mastercard", "amex": "Amex", "disc": "Discover"}[card_issuer(kind)]


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
STAFF = [
    ("Marisol Quintero", "mquintero", "Payroll Specialist"),
    ("Dale Whitcomb", "dwhitcomb", "Benefits Coordinator"),
    ("Priya Raman", "praman", "Human Resources"),
    ("Gloria Esposito", "gesposito", "Business Office"),
    ("Janet Liu", "jliu", "Front Office, Lincoln Elementary"),
    ("Ray Delgado", "rdelgado", "Athletics, Westfield High School"),
    ("Helen Brandt", "hbrandt", "Transportation Office"),
    ("Sam Patel", "spatel", "IT Help Desk"),
    ("Rosa Maldonado", "rmaldonado", "School Nurse"),
    ("Kevin Marsh", "kmarsh", "Registrar, Westfield High School"),
    ("Ana Sokolova", "asokolova", "Substitute Coordinator"),
    ("Lewis Grant", "lgrant", "Band Director"),
    ("Denise Park", "dpark", "School Counselor, Hillcrest Middle School"),
    ("Bernadette Cole", "bcole", "Food Services"),
    ("Irene Novak", "inovak", "Library Media Specialist"),
    ("Yvonne Adeyemi", "yadeyemi", "Principal, Lincoln Elementary"),
    ("Victor Reyes", "vreyes", "Facilities"),
    ("Carla Mendes", "cmendes", "Special Education Office"),
    ("Owen Fitzgerald", "ofitzgerald", "Athletic Trainer"),
    ("Nora Lindqvist", "nlindqvist", "Assistant Superintendent"),
]
FIRST = ["Maya", "Aarav", "Finn", "Lina", "Kenji", "Sofia", "Alexei", "Jaylen", "Zara", "Marta",
         "Anika", "Declan", "Bao", "Lukas", "Destiny", "Valeria", "Ethan", "Theo", "Jordan",
         "Camila", "Ahmed", "Patricia", "Devon", "Luis", "Grace", "Omar", "Hannah", "Mateo",
         "Chloe", "Isaac", "Priya", "Noah", "Elena", "Tariq", "Ruby", "Samuel", "Ines", "Wyatt"]
LAST = ["Castillo", "Mehta", "O'Neil", "Haddad", "Tanaka", "Ruiz", "Petrova", "Greene", "Noor",
        "Kovalenko", "Shankar", "O'Brien", "Nguyen", "Schmidt", "Johnson", "Alvarez", "Kim",
        "Dubois", "Whitaker", "Reyes", "Saleh", "Lowe", "Hart", "Ortega", "Brennan", "Okoro",
        "Fischer", "Moreau", "Santos", "Novak", "Bianchi", "Larsen", "Yilmaz", "Fontaine"]
BODIES = [
    "Attached are the files for Thursday.",
    "Here is what you asked for. Let me know if anything is missing.",
    "Please see the attached before the meeting.",
    "Sending these over for your records.",
    "The attached is the latest version. Thanks for your patience.",
    "Forwarding the files from the office. Please file them when you get a chance.",
    "As promised, the attachment is below.",
    "Please review the attached and reply with any changes.",
]
SUBJECTS = {
    "tar.gz": ["Files for Thursday", "Payroll export", "Office bundle", "Records for the audit",
               "Benefits enrollment files", "Fee payments", "Transfer packet"],
    "tar.bz2": ["Archive from the front office", "HR files", "Year-end export", "Roster bundle",
                "Stipend paperwork", "Field trip payments"],
    "7z": ["Compressed files", "Payroll folder", "Scanned-in records, typed up", "Office backup",
           "Booster club payments", "New hire packet"],
    "tar.xz": ["Export", "Files from the old server", "Roster", "Compressed roster"],
    "rtf": ["Letter draft", "Memo", "Notes from the meeting", "Form for the file", "Document for review"],
    "ics": ["Calendar invite", "Meeting invitation", "Calendar for next week", "Updated event",
            "Conference schedule"],
    "vcf": ["Contact card", "Contacts", "Address book export", "Emergency contacts", "Vendor contacts"],
    "nested": ["Archive of archives", "Bundle from the business office", "Files from the old share",
               "Backup folder"],
    "protected": ["Protected files", "Encrypted payroll", "Password protected archive", "Secure files"],
    "program": ["Installer", "Tools for the lab", "Scripts folder", "Setup files", "Printer utility"],
    "rtf-object": ["Document with attachment", "Memo with embedded sheet", "Report", "Form letter"],
}


def person(i):
    name, user, role = STAFF[i % len(STAFF)]
    return {"name": name, "addr": user + "@district.example", "role": role}


# --------------------------------------------------------------------------
# a message
# --------------------------------------------------------------------------
BASE_DATE = datetime.datetime(2024, 10, 1, 7, 40, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
CT = {
    ".tar.gz": "application/gzip", ".tgz": "application/x-gzip", ".tar.bz2": "application/x-bzip2",
    ".tar.xz": "application/x-xz", ".tar": "application/x-tar", ".7z": "application/x-7z-compressed",
    ".gz": "application/gzip", ".rtf": "application/rtf", ".ics": "text/calendar",
    ".vcf": "text/vcard", ".zip": "application/zip",
}


class Msg:
    def __init__(self, cls, num, rng):
        self.cls = cls
        self.num = num
        self.exp = []        # dict(kind, digits, shown, where)
        self.looks = []      # dict(what, digits, shown, where)
        self.flags = []      # dict(kind=dangerous|unscannable, note)
        self.att_name = None
        self.att_ctype = None
        self.att_data = None
        self.where = ""
        self.sender = person(rng.randrange(len(STAFF)))
        while True:
            self.to = person(rng.randrange(len(STAFF)))
            if self.to["addr"] != self.sender["addr"]:
                break
        self.subject = rng.choice(SUBJECTS[cls])
        self.body = rng.choice(BODIES)
        self.octet = False

    @property
    def file(self):
        return "%s/%03d.eml" % (self.cls, self.num)

    def t(self, kind, digits, shown):
        assert kind in ("ssn", "card")
        assert ssn_ok(digits) if kind == "ssn" else card_ok(digits), (kind, digits)
        self.exp.append(dict(kind=kind, digits=digits, shown=shown, where=self.where))
        return shown

    def l(self, what, digits, shown):
        self.looks.append(dict(what=what, digits=digits, shown=shown, where=self.where))
        return shown

    def attach(self, name, data, ctype=None):
        self.att_name = name
        self.att_data = data
        if ctype is None:
            for ext in sorted(CT, key=len, reverse=True):
                if name.endswith(ext):
                    ctype = CT[ext]
                    break
        self.att_ctype = ctype


def msg_date(cls_i, num):
    return BASE_DATE + datetime.timedelta(days=cls_i * 2 + num // 7, hours=(num * 5) % 9,
                                          minutes=(num * 13 + cls_i * 7) % 60)


def build_eml(m, cls_i):
    msg = EmailMessage(policy=POLICY)
    msg["From"] = '"%s" <%s>' % (m.sender["name"], m.sender["addr"])
    msg["To"] = '"%s" <%s>' % (m.to["name"], m.to["addr"])
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(msg_date(cls_i, m.num))
    h = hashlib.sha1(("%s/%d" % (m.cls, m.num)).encode()).hexdigest()[:20].upper()
    msg["Message-ID"] = "<%s@district.example>" % h
    first = m.to["name"].split()[0]
    sig = "%s\n%s" % (m.sender["name"], m.sender["role"])
    msg.set_content("%s,\n\n%s\n\n%s\n" % (first, m.body, sig), subtype="plain",
                    charset="us-ascii", cte="7bit")
    ctype = "application/octet-stream" if m.octet else m.att_ctype
    mt, st = ctype.split("/")
    msg.add_attachment(m.att_data, maintype=mt, subtype=st, filename=m.att_name)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary("=_ap_%s_%03d_%s" % (m.cls.replace(".", "").replace("-", ""), m.num, h[:8]))
    data = msg.as_bytes(policy=POLICY)
    assert b"\n" not in data.replace(b"\r\n", b"")
    return data


# --------------------------------------------------------------------------
# archive writers (Debian tools)
# --------------------------------------------------------------------------
def run(cmd, cwd=None, data=None):
    p = subprocess.run(cmd, cwd=cwd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=dict(os.environ, LC_ALL="C", TZ="UTC"))
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd, p.stderr.decode(errors="replace")))
    return p.stdout


def stage(members):
    """Writes members [(path, bytes, mode)] into a fresh folder with fixed times."""
    d = tempfile.mkdtemp(prefix="stage-", dir=SCRATCH)
    dirs = set()
    for mem in members:
        path, data = mem[0], mem[1]
        mode = mem[2] if len(mem) > 2 else 0o644
        full = os.path.join(d, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)
        os.chmod(full, mode)
        os.utime(full, (MTIME, MTIME))
        p = os.path.dirname(path)
        while p:
            dirs.add(p)
            p = os.path.dirname(p)
    for p in sorted(dirs, key=lambda x: -x.count("/")):
        os.chmod(os.path.join(d, p), 0o755)
        os.utime(os.path.join(d, p), (MTIME, MTIME))
    tops = sorted({mem[0].split("/")[0] for mem in members})
    return d, tops


def tar_bytes(members, fmt="gnu"):
    d, tops = stage(members)
    cmd = ["tar", "-c", "-f", "-", "--format=" + fmt, "--sort=name", "--mtime=@%d" % MTIME,
           "--owner=%s:%d" % OWNER[:2], "--group=%s:%d" % OWNER[2:], "--mode=go-w"]
    if fmt == "pax":
        cmd.append("--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime")
    out = run(cmd + tops, cwd=d)
    shutil.rmtree(d)
    return out


def gz(data, level=6, name=None):
    if name is None:
        return run(["gzip", "-n", "-%d" % level, "-c"], data=data)
    d = tempfile.mkdtemp(prefix="gz-", dir=SCRATCH)
    p = os.path.join(d, name)
    with open(p, "wb") as fh:
        fh.write(data)
    os.utime(p, (MTIME, MTIME))
    out = run(["gzip", "-%d" % level, "-c", name], cwd=d)   # keeps name and time, as gzip does
    shutil.rmtree(d)
    return out


def bz2(data, level=9):
    return run(["bzip2", "-%d" % level, "-c"], data=data)


def xz(data, level=6, extreme=False):
    return run(["xz", "-%d%s" % (level, "e" if extreme else ""), "-T1", "-c"], data=data)


def sevenzip(members, opts=("-mx=5",)):
    d, tops = stage(members)
    out = os.path.join(d, "..", os.path.basename(d) + ".7z")
    run(["7z", "a", "-t7z", "-mmt=1", "-bso0", "-bsp0"] + list(opts) + [out] + tops, cwd=d)
    with open(out, "rb") as fh:
        data = fh.read()
    os.remove(out)
    shutil.rmtree(d)
    return data


def zipped(members, level=6):
    d, tops = stage(members)
    out = os.path.join(d, "..", os.path.basename(d) + ".zip")
    run(["zip", "-q", "-X", "-r", "-%d" % level, out] + tops, cwd=d)
    with open(out, "rb") as fh:
        data = fh.read()
    os.remove(out)
    shutil.rmtree(d)
    return data


def normalize_zip(data, when=(2024, 9, 30, 10, 5, 0)):
    """Office files written by python libraries carry the time of writing: fix it."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-09-30T10:05:00Z", body)
            z.writestr(zi, body)
    return out.getvalue()


DOC_TIME = datetime.datetime(2024, 9, 30, 10, 5, 0)


def docx_bytes(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Business Office"
    cp.title = title
    cp.created = DOC_TIME
    cp.modified = DOC_TIME
    cp.last_modified_by = "Business Office"
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def xlsx_bytes(sheet, rows):
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.created = DOC_TIME
    wb.properties.modified = DOC_TIME
    wb.properties.creator = "Business Office"
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                c.number_format = "@"
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


# --------------------------------------------------------------------------
# archive members: what a school office keeps in its folders
# --------------------------------------------------------------------------
def nm(r):
    return r.choice(FIRST), r.choice(LAST)


def mdate(r, y0=2019, y1=2024):
    return "%02d/%02d/%04d" % (r.randint(1, 12), r.randint(1, 28), r.randint(y0, y1))


def staff_csv(m, r, V, ssns, name="staff_roster.csv"):
    """Roster with an SSN column (SSNs in 3-2-4), employee IDs, phones, masked rows."""
    rows = ["Last Name,First Name,Employee ID,Position,Hire Date,SSN,Home Phone"]
    slots = list(ssns) + [None] * r.randint(2, 4)
    r.shuffle(slots)
    for s in slots:
        f, l = nm(r)
        emp = V.digits(6, first=r.choice("34"))
        ph = V.phone()
        if s:
            sv = m.t("ssn", s, grp(s))
        else:
            k = r.randrange(3)
            if k == 0:
                last4 = "%04d" % r.randint(1, 9999)
                sv = m.l("ssn_masked", None, "***-**-" + last4)
            elif k == 1:
                b = V.bad_ssn()
                sv = m.l("ssn_invalid", b, grp(b))
            else:
                sv = "on file"
        m.l("phone", ph, fphone(ph))
        rows.append('"%s","%s",%s,%s,%s,%s,%s' % (l, f, emp, r.choice(["Teacher", "Aide", "Custodian", "Bus Driver", "Secretary", "Coach"]),
                                                  mdate(r, 2005, 2024), sv, fphone(ph)))
    return name, ("\r\n".join(rows) + "\r\n").encode()


def payments_csv(m, r, V, cards, name="fee_payments.csv"):
    rows = ["Family,Invoice No,Card Type,Card Number,Exp,Amount,Status"]
    slots = list(cards) + [None] * r.randint(2, 3)
    r.shuffle(slots)
    for c in slots:
        f, l = nm(r)
        inv = V.digits(10, first="2", luhn=True)
        m.l("invoice_luhn_valid", inv, inv)
        if c:
            cv = m.t("card", c, grp(c))
            ct, st = ctype_name(c), "Approved"
        else:
            k = r.randrange(3)
            if k == 0:
                cv = m.l("card_masked", None, "XXXX XXXX XXXX %04d" % r.randint(0, 9999))
                ct, st = "Visa", "Approved"
            elif k == 1:
                b = V.luhn_bad(r.choice(["visa", "mc"]))
                cv = m.l("card_luhn_fails", b, grp(b))
                ct, st = ctype_name(b), "Declined - check number"
            else:
                cv, ct, st = "", "Check", "Approved"
        rows.append("%s,%s,%s,%s,%02d/%02d,%d.00,%s" % (l, inv, ct, cv, r.randint(1, 12), r.randint(25, 30),
                                                        r.choice([25, 40, 75, 120, 150]), st))
    return name, ("\r\n".join(rows) + "\r\n").encode()


NOTE_SSN = [
    "{n}'s SSN is {v} (from the W-4).",
    "Social Security number for {n}: {v}",
    "SSN for {n}, needed for the retirement board:\n{v}",
    "Please correct {n}'s Social Security number to {v} in the payroll system.",
    "{n} - soc sec {u}",
    "New hire {n}, SSN {u}, starts Monday.",
]
NOTE_CARD = [
    "{n} paid the deposit with {k} {v}, exp {e}.",
    "Card number for {n}'s refund: {v}",
    "Charge the booster club {k} card:\n{v}",
    "{n} asked us to keep the {k} {v} on file for the lunch account.",
    "{n}'s {k} number is {u}, exp {e}.",
]


def note_txt(m, r, V, ssns, cards, name="notes.txt", crlf=True):
    lines = [r.choice(["Notes for Thursday", "Office notes", "Things to finish before Friday", "Follow-up list"]), ""]
    items = [("s", s) for s in ssns] + [("c", c) for c in cards]
    r.shuffle(items)
    for kind, v in items:
        f, l = nm(r)
        n = "%s %s" % (f, l)
        if kind == "s":
            tpl = r.choice(NOTE_SSN)
            shown = v if "{u}" in tpl else grp(v)
            lines.append(tpl.format(n=n, v=shown, u=shown))
            m.t("ssn", v, shown)
        else:
            tpl = r.choice(NOTE_CARD)
            k = ctype_name(v)
            shown = v if "{u}" in tpl else grp(v)
            lines.append(tpl.format(n=n, v=shown, u=shown, k=k, e="%02d/%02d" % (r.randint(1, 12), r.randint(25, 30))))
            m.t("card", v, shown)
        lines.append("")
    ph, z = V.phone(), V.zip4()
    lines.append("Call the district office at %s if anything is unclear." % m.l("phone", ph, fphone(ph, r.randrange(3))))
    lines.append("Mail the forms to 40 Mill Street, Westfield MA %s." % m.l("zip_plus_4", z, z[:5] + "-" + z[5:]))
    eol = "\r\n" if crlf else "\n"
    return name, (eol.join(lines) + eol).encode()


def page_html(m, r, V, ssns, cards, name="summary.html"):
    rows = []
    hdr = ["Student", "Student ID", "Guardian phone"]
    if ssns:
        hdr.append("SSN")
    if cards:
        hdr.append("Card number")
    n = max(len(ssns), len(cards), 2)
    for i in range(n):
        f, l = nm(r)
        sid = V.digits(9, first="9")
        ph = V.phone()
        m.l("student_id", sid, sid)
        m.l("phone", ph, fphone(ph))
        row = ["%s %s" % (f, l), sid, fphone(ph)]
        if ssns:
            row.append(m.t("ssn", ssns[i], grp(ssns[i])) if i < len(ssns) else "&ndash;")
        if cards:
            row.append(m.t("card", cards[i], grp(cards[i])) if i < len(cards) else "&ndash;")
        rows.append("<tr>" + "".join("<td>%s</td>" % c.replace("'", "&#39;") for c in row) + "</tr>")
    html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Summary</title></head>\n<body>\n"
            "<h1>Summary for the office</h1>\n<table border=\"1\">\n<tr>" + "".join("<th>%s</th>" % h for h in hdr)
            + "</tr>\n" + "\n".join(rows) + "\n</table>\n<p>Questions: front office.</p>\n</body></html>\n")
    return name, html.encode()


def docx_member(m, r, V, ssns, cards, name="letter.docx"):
    paras = ["This letter confirms the information the office holds for the families below."]
    table = [["Name", "Detail", "Number"]]
    for s in ssns:
        f, l = nm(r)
        if r.random() < 0.5:
            paras.append("%s %s, Social Security number %s." % (f, l, m.t("ssn", s, grp(s))))
        else:
            table.append(["%s %s" % (f, l), "SSN", m.t("ssn", s, grp(s))])
    for c in cards:
        f, l = nm(r)
        if r.random() < 0.5:
            paras.append("Refund to %s %s's %s card %s." % (f, l, ctype_name(c), m.t("card", c, grp(c))))
        else:
            table.append(["%s %s" % (f, l), "Card on file", m.t("card", c, grp(c))])
    ph = V.phone()
    table.append(["Main office", "Phone", m.l("phone", ph, fphone(ph, 1))])
    paras.append("Dated %s." % mdate(r, 2024, 2024))
    return name, docx_bytes("Family information", paras, table)


def xlsx_member(m, r, V, ssns, cards, name="export.xlsx"):
    rows = [["Name", "Employee ID", "SSN", "Card number", "Phone"]]
    n = max(len(ssns), len(cards), 2)
    for i in range(n):
        f, l = nm(r)
        emp = V.digits(7, first="7")
        ph = V.phone()
        m.l("employee_id", emp, emp)
        m.l("phone", ph, fphone(ph))
        rows.append(["%s, %s" % (l, f), emp,
                     m.t("ssn", ssns[i], grp(ssns[i])) if i < len(ssns) else "",
                     m.t("card", cards[i], grp(cards[i])) if i < len(cards) else "",
                     fphone(ph)])
    return name, xlsx_bytes("Export", rows)


def payroll_txt(m, r, V, ssns, name="payroll_export.txt"):
    lines = ["WESTFIELD PUBLIC SCHOOLS - PAYROLL EXPORT", "",
             "%-22s %-8s %-12s %10s" % ("EMPLOYEE", "EMP ID", "SSN", "NET PAY")]
    slots = list(ssns) + [None]
    r.shuffle(slots)
    for s in slots:
        f, l = nm(r)
        emp = V.digits(6, first="5")
        sv = m.t("ssn", s, grp(s)) if s else m.l("ssn_masked", None, "XXX-XX-%04d" % r.randint(1, 9999))
        lines.append("%-22s %-8s %-12s %10s" % ((l + ", " + f)[:22], emp, sv, "%d.%02d" % (r.randint(900, 3400), r.randint(0, 99))))
    rt = V.digits(9, first="2", ssn_like=False)
    lines += ["", "Bank routing " + m.l("routing_number", rt, rt)]
    return name, ("\r\n".join(lines) + "\r\n").encode()


# ---- look-alike members ----
def students_csv(m, r, V, name="students.csv"):
    rows = ["Student ID,Last,First,Grade,DOB,Guardian Phone,ZIP"]
    for _ in range(r.randint(3, 6)):
        f, l = nm(r)
        sid = V.digits(9, first=r.choice("1234567"))     # may have an SSN's shape; the header says what it is
        ph, z = V.phone(), V.zip4()
        m.l("student_id", sid, sid)
        m.l("phone", ph, fphone(ph, 1))
        m.l("zip_plus_4", z, z[:5] + "-" + z[5:])
        rows.append('%s,"%s",%s,%d,%s,%s,%s' % (sid, l, f, r.randint(1, 12), mdate(r, 2007, 2018), fphone(ph, 1), z[:5] + "-" + z[5:]))
    return name, ("\r\n".join(rows) + "\r\n").encode()


def orders_txt(m, r, V, name="orders.txt"):
    lines = ["Supply orders this month", ""]
    for _ in range(r.randint(2, 3)):
        o = V.digits(16, first=r.choice(["8", "9", "1"]), luhn=True)
        lines.append("Order %s  shipped %s" % (m.l("order_luhn_valid", o, grp(o, "-")), mdate(r, 2024, 2024)))
    t = V.digits(12, first="7")
    lines.append("FedEx tracking %s" % m.l("tracking", t, t))
    u = V.digits(22, first="94")
    us = " ".join(u[i:i + 4] for i in range(0, 22, 4))
    lines.append("USPS tracking %s" % m.l("tracking_usps", u, us))
    po = V.digits(8, first="4")
    lines.append("PO %s, account %s" % (m.l("po_number", po, po), m.l("account", None, "WPS-%d" % r.randint(100, 999))))
    return name, ("\r\n".join(lines) + "\r\n").encode()


def training_txt(m, r, V, name="how_to_enter_payments.txt"):
    tc = r.sample(PUBLISHED_TEST, 2)
    b = V.bad_ssn("area000")
    b2 = V.bad_ssn(r.choice(["area666", "area9xx"]))
    lines = ["How to enter a payment in the fee system", "",
             "Use the test card %s in the training site only." % m.l("test_card", tc[0], grp(tc[0])),
             "A second test card number: %s." % m.l("test_card", tc[1], grp(tc[1])),
             "Never type a real SSN into the practice screen; use %s instead." % m.l("ssn_invalid", b, grp(b)),
             "If the system rejects an SSN such as %s, the area number is invalid." % m.l("ssn_invalid", b2, grp(b2)),
             "Masked numbers look like %s or %s." % (m.l("ssn_masked", None, "***-**-%04d" % r.randint(1, 9999)),
                                                      m.l("card_masked", None, "**** **** **** %04d" % r.randint(1, 9999)))]
    return name, ("\r\n".join(lines) + "\r\n").encode()


def schedule_txt(m, r, V, name="schedule.txt"):
    lines = ["Bus and room schedule", ""]
    for _ in range(3):
        ph = V.phone()
        lines.append("Route %d leaves at %d:%02d from room %d; driver cell %s" % (
            r.randint(2, 40), r.randint(6, 8), r.choice([0, 15, 30, 45]), r.randint(100, 330),
            m.l("phone", ph, fphone(ph, r.randrange(4)))))
    lines.append("Updated %s" % mdate(r, 2024, 2024))
    return name, ("\n".join(lines) + "\n").encode()


def readme_txt(r):
    return "README.txt", ("Files for the office. Open the spreadsheet in Excel.\r\n"
                          "Questions go to the business office.\r\n").encode()


FOLDERS = ["Thursday_packet", "office_files", "payroll_export", "HR_transfer", "fees", "records",
           "front_office", "business_office", "for_review"]


def bundle(m, r, V, n_ssn, n_card, allow_docx=True, sub=True):
    """Members for one archive: value members (SSNs and cards) and look-alike members."""
    ssns = [V.ssn(low_area=r.random() < 0.15) for _ in range(n_ssn)]
    cards = [V.card() for _ in range(n_card)]
    mem = []
    kinds = ["staff", "pay", "note", "html", "xlsx", "payroll"] + (["docx"] if allow_docx else [])
    r.shuffle(kinds)
    # hand values to members
    while ssns or cards:
        k = kinds.pop() if kinds else "note"
        if k == "staff" and ssns:
            take, ssns = ssns[:2], ssns[2:]
            mem.append(staff_csv(m, r, V, take))
        elif k == "payroll" and ssns:
            take, ssns = ssns[:2], ssns[2:]
            mem.append(payroll_txt(m, r, V, take))
        elif k == "pay" and cards:
            take, cards = cards[:2], cards[2:]
            mem.append(payments_csv(m, r, V, take))
        elif k in ("note", "html", "xlsx", "docx"):
            ts, ssns = ssns[:1], ssns[1:]
            tc, cards = cards[:1], cards[1:]
            if not ts and not tc:
                continue
            fn = {"note": note_txt, "html": page_html, "xlsx": xlsx_member, "docx": docx_member}[k]
            base = {"note": "notes.txt", "html": "summary.html", "xlsx": "export.xlsx", "docx": "letter.docx"}[k]
            k2 = 0
            stem, dot, ext = base.partition(".")
            while any(x[0] == base for x in mem):
                k2 += 1
                base = "%s_%s.%s" % (stem, "bcdefg"[k2 - 1], ext)
            mem.append(fn(m, r, V, ts, tc, name=base))
    looks = [students_csv, orders_txt, training_txt, schedule_txt]
    r.shuffle(looks)
    for fn in looks[:r.randint(1, 2)]:
        mem.append(fn(m, r, V))
    if r.random() < 0.4:
        mem.append(readme_txt(r))
    top = r.choice(FOLDERS)
    out = []
    for path, data in mem:
        if sub and r.random() < 0.35 and "/" not in path:
            path = r.choice(["notes", "exports", "old", "forms"]) + "/" + path
        out.append((top + "/" + path, data))
    return out


def no_value_bundle(m, r, V):
    fns = [students_csv, orders_txt, training_txt, schedule_txt]
    r.shuffle(fns)
    mem = [fn(m, r, V) for fn in fns[:3]]
    if r.random() < 0.5:
        mem.append(staff_csv(m, r, V, []))
    else:
        mem.append(payments_csv(m, r, V, []))
    top = r.choice(FOLDERS)
    return [(top + "/" + p, d) for p, d in mem]


def plan_counts(r, i, n_msgs, n_empty):
    """(ssns, cards) for message i; the last n_empty messages hold none."""
    if i >= n_msgs - n_empty:
        return 0, 0
    return r.choice([(1, 1), (2, 1), (1, 2), (2, 2), (1, 1), (3, 1), (0, 2), (2, 0), (1, 3)])


def arch_name(r, ext):
    return r.choice(["thursday_files", "office_bundle", "payroll_export", "hr_transfer", "fee_payments",
                     "records", "front_office", "for_review", "benefits_enrollment"]) + ext


# --------------------------------------------------------------------------
# classes: tar.gz, tar.bz2, 7z, tar.xz
# --------------------------------------------------------------------------
def build_targz(V, r):
    out = []
    N = 28
    for i in range(N):
        m = Msg("tar.gz", i + 1, r)
        ns, nc = plan_counts(r, i, N, 5)
        mem = bundle(m, r, V, ns, nc) if ns + nc else no_value_bundle(m, r, V)
        fmt = ["gnu", "ustar", "pax"][i % 3]
        lvl = [1, 6, 9, 4][i % 4]
        ext = ".tgz" if i % 7 == 3 else ".tar.gz"
        m.attach(arch_name(r, ext), gz(tar_bytes(mem, fmt), lvl))
        m.octet = (i % 8 == 5)
        m.fmt = "tar %s, gzip -%d" % (fmt, lvl)
        out.append(m)
    return out


def build_tarbz2(V, r):
    out = []
    N = 28
    for i in range(N):
        m = Msg("tar.bz2", i + 1, r)
        ns, nc = plan_counts(r, i, N, 5)
        mem = bundle(m, r, V, ns, nc) if ns + nc else no_value_bundle(m, r, V)
        fmt = ["ustar", "pax", "gnu"][i % 3]
        lvl = [9, 1, 5][i % 3]
        m.attach(arch_name(r, ".tar.bz2"), bz2(tar_bytes(mem, fmt), lvl))
        m.octet = (i % 8 == 2)
        out.append(m)
    return out


SEVENZ_OPTS = [["-mx=5"], ["-mx=9"], ["-mx=1"], ["-mx=0"], ["-m0=PPMd", "-mx=7"], ["-m0=BZip2"],
               ["-mx=7", "-ms=off"], ["-m0=LZMA", "-mx=3"]]


def build_7z(V, r):
    out = []
    N = 28
    for i in range(N):
        m = Msg("7z", i + 1, r)
        ns, nc = plan_counts(r, i, N, 5)
        mem = bundle(m, r, V, ns, nc) if ns + nc else no_value_bundle(m, r, V)
        m.attach(arch_name(r, ".7z"), sevenzip(mem, SEVENZ_OPTS[i % len(SEVENZ_OPTS)]))
        m.octet = (i % 8 == 6)
        out.append(m)
    return out


def build_tarxz(V, r):
    out = []
    for i in range(14):
        m = Msg("tar.xz", i + 1, r)
        if i < 8:
            ns, nc = [(1, 1), (2, 1), (1, 2), (0, 0), (2, 2), (1, 1), (1, 0), (0, 1)][i]
            mem = bundle(m, r, V, ns, nc, allow_docx=False) if ns + nc else no_value_bundle(m, r, V)
            fmt = ["pax", "gnu", "ustar"][i % 3]
            m.attach(arch_name(r, ".tar.xz"), xz(tar_bytes(mem, fmt), [6, 9, 0, 3][i % 4], extreme=(i == 5)))
        elif i < 11:
            # plain tar
            ns, nc = [(1, 2), (2, 1), (0, 0)][i - 8]
            mem = bundle(m, r, V, ns, nc, allow_docx=False) if ns + nc else no_value_bundle(m, r, V)
            m.attach(arch_name(r, ".tar"), tar_bytes(mem, ["gnu", "ustar", "pax"][i - 8]))
        else:
            # one gzipped file
            k = i - 11
            if k == 0:
                name, data = staff_csv(m, r, V, [V.ssn(), V.ssn()], name="roster.csv")
            elif k == 1:
                name, data = payments_csv(m, r, V, [V.card("visa"), V.card("amex")], name="card_payments.csv")
            else:
                name, data = note_txt(m, r, V, [V.ssn()], [V.card("mc")], name="phone_notes.txt")
            m.attach(name + ".gz", gz(data, 9, name=name))
        m.octet = (i % 8 == 4)
        out.append(m)
    return out


# --------------------------------------------------------------------------
# nested
# --------------------------------------------------------------------------
def build_nested(V, r):
    out = []
    plans = [
        ("tar.gz in 7z", (1, 1)), ("zip in tar.gz", (2, 1)), ("tar in tar.bz2", (1, 2)),
        ("tar.gz in 7z", (2, 1)), ("zip in tar.gz", (1, 1)), ("tar in tar.bz2", (2, 2)),
        ("zip in tar.gz in 7z", (1, 1)), ("tar in tar.bz2 in tar.gz", (1, 2)),
        ("7z in zip in tar.gz", (2, 1)), ("tar.gz in 7z", (0, 0)), ("zip in tar.gz", (0, 0)),
        ("tar.xz in 7z", (1, 1)),
    ]
    for i, (how, (ns, nc)) in enumerate(plans):
        m = Msg("nested", i + 1, r)
        inner = bundle(m, r, V, ns, nc, allow_docx=False, sub=False) if ns + nc else no_value_bundle(m, r, V)
        m.nesting = how
        levels = how.split(" in ")
        data, name = None, None
        outer_extra = [readme_txt(r)]
        cur = inner
        for j, kind in enumerate(levels):
            fname = ["inner", "records", "old_share"][j] + "." + kind
            if kind == "tar.gz":
                data = gz(tar_bytes(cur, ["gnu", "pax"][j % 2]), 6)
            elif kind == "tar":
                data = tar_bytes(cur, "ustar")
            elif kind == "tar.bz2":
                data = bz2(tar_bytes(cur, "gnu"), 9)
            elif kind == "tar.xz":
                data = xz(tar_bytes(cur, "pax"), 6)
            elif kind == "7z":
                data = sevenzip(cur, ["-mx=5"])
            elif kind == "zip":
                data = zipped(cur, 6)
            name = fname
            if j < len(levels) - 1:
                cur = [("backup/" + fname, data)] + ([("backup/" + p, d) for p, d in outer_extra] if j == 0 else [])
        ext = "." + levels[-1]
        m.attach(arch_name(r, ext), data)
        m.octet = (i % 8 == 1)
        out.append(m)
    return out


# --------------------------------------------------------------------------
# protected (read from inputs/, see build_inputs.py) and damaged
# --------------------------------------------------------------------------
def protected_specs():
    """The protected archives: (file, how, password).  build_inputs.py writes them;
    the members hold invented values that no reader can see without the password."""
    return [
        ("payroll_q3.7z", "7z", "Westfield#2024"),
        ("hr_files.7z", "7z-hhe", "Blue-Harbor-17"),
        ("benefits.7z", "7z", "spring!break"),
        ("fees_locked.7z", "7z-hhe", "Maple&Oak88"),
        ("transfer.7z", "7z-hhe", "Quinn.Lake.5"),
        ("records_secure.7z", "7z", "tuesday-Owl-41"),
        ("business_office.tar.gz", "zip-in-targz", "Lantern42"),
        ("payroll_backup.tar.gz", "zip-in-targz-aes", "Cobalt!Fern"),
        ("front_office.tar.gz", "zip-in-targz", "harbor light"),
        ("nurse_files.7z", "7z-hhe", "Nurse-Office-9"),
    ]


def protected_members(V, r):
    """Deterministic members for each protected archive (used by build_inputs.py).
    They hold invented SSNs and cards that nobody can read without the password."""
    out = []
    for _ in protected_specs():
        m = Msg("protected", 0, r)
        out.append(bundle(m, r, V, 2, 2, allow_docx=False, sub=False))
    return out


def shared_inputs():
    """Values drawn first, for the files that build_inputs.py writes into inputs/."""
    V = Values(random.Random(SEED))
    rl = random.Random(SEED + 1)
    specs = lo_specs(V, rl)
    ospecs = object_specs(V, rl)
    pmem = protected_members(V, random.Random(SEED + 2))
    return V, specs, ospecs, pmem


def build_protected(V, r):
    out = []
    for i, (fname, how, pw) in enumerate(protected_specs()):
        m = Msg("protected", i + 1, r)
        with open(os.path.join(INPUTS, "protected", fname), "rb") as fh:
            data = fh.read()
        m.attach(fname, data)
        note = {"7z": "7z with AES-256 password (file names visible, contents encrypted)",
                "7z-hhe": "7z with AES-256 password and encrypted file names (-mhe=on)",
                "zip-in-targz": "tar.gz holding a zip with a ZipCrypto password",
                "zip-in-targz-aes": "tar.gz holding a zip with an AES-256 password"}[how]
        m.flags.append(dict(kind="unscannable", note="password: " + note))
        m.password = pw
        m.how = how
        m.octet = (i % 8 == 3)
        out.append(m)
    # damaged: a 7z cut short (its header is at the end, so nothing can be listed)
    # and a tar.bz2 whose compressed stream is overwritten
    for j in range(2):
        m = Msg("protected", len(out) + 1, r)
        mem = bundle(m, r, V, 1, 1, allow_docx=False, sub=False)
        m.exp = []            # nobody can read these values
        m.looks = []
        if j == 0:
            full = sevenzip(mem, ["-mx=5"])
            data = full[:len(full) * 2 // 3]
            m.flags.append(dict(kind="unscannable", note="damaged: 7z cut at two thirds, header lost"))
            m.attach("scanned_records.7z", data)
        else:
            full = bz2(tar_bytes(mem, "gnu"), 9)
            data = full[:10] + bytes((b ^ 0x5A) for b in full[10:]) 
            m.flags.append(dict(kind="unscannable", note="damaged: bzip2 stream corrupted after its header"))
            m.attach("office_backup.tar.bz2", data)
        m.how = "damaged"
        out.append(m)
    return out


# --------------------------------------------------------------------------
# programs
# --------------------------------------------------------------------------
def tiny_pe(dll=False):
    """A minimal valid PE32 image: one .text section whose entry point does
    `xor eax, eax; ret` (the process exits with code 0).  No imports."""
    dos = bytearray(64)
    dos[0:2] = b"MZ"
    struct.pack_into("<H", dos, 2, 0x90)
    struct.pack_into("<H", dos, 4, 3)
    struct.pack_into("<H", dos, 8, 4)
    struct.pack_into("<H", dos, 0x18, 0x40)
    struct.pack_into("<I", dos, 0x3C, 0x80)
    stub = bytearray(64)
    msg = b"This program cannot be run in DOS mode.\r\r\n$"
    code = bytes([0x0E, 0x1F, 0xBA, 0x0E, 0x00, 0xB4, 0x09, 0xCD, 0x21, 0xB8, 0x01, 0x4C, 0xCD, 0x21])
    stub[0:len(code)] = code
    stub[14:14 + len(msg)] = msg
    coff = struct.pack("<HHIIIHH", 0x014C, 1, 0x66F5A000, 0, 0, 224,
                       0x0102 | (0x2000 if dll else 0))
    opt = bytearray(224)
    struct.pack_into("<HBB", opt, 0, 0x10B, 14, 0)
    struct.pack_into("<III", opt, 4, 0x200, 0, 0)          # SizeOfCode, init, uninit
    struct.pack_into("<III", opt, 16, 0x1000, 0x1000, 0x2000)  # entry, BaseOfCode, BaseOfData
    struct.pack_into("<III", opt, 28, 0x10000000 if dll else 0x400000, 0x1000, 0x200)
    struct.pack_into("<HHHHHH", opt, 40, 4, 0, 0, 0, 4, 0)
    struct.pack_into("<IIII", opt, 52, 0, 0x2000, 0x200, 0)   # Win32Version, SizeOfImage, SizeOfHeaders, CheckSum
    struct.pack_into("<HH", opt, 68, 3, 0x0540 if not dll else 0x0140)  # console; NX, no SEH, dynamic base
    struct.pack_into("<IIII", opt, 72, 0x100000, 0x1000, 0x100000, 0x1000)
    struct.pack_into("<II", opt, 88, 0, 16)
    sect = struct.pack("<8sIIIIIIHHI", b".text", 0x1000, 0x1000, 0x200, 0x200, 0, 0, 0, 0, 0x60000020)
    head = bytes(dos) + bytes(stub) + b"PE\0\0" + coff + bytes(opt) + sect
    head += bytes(0x200 - len(head))
    body = bytearray(0x200)
    if dll:
        body[0:6] = bytes([0xB8, 0x01, 0, 0, 0, 0xC2]) 
        body[6:8] = b"\x0c\x00"                           # mov eax,1; ret 12 (DllMain says TRUE)
    else:
        body[0:3] = bytes([0x31, 0xC0, 0xC3])
    return head + bytes(body)


def tiny_elf():
    """A minimal x86-64 ELF executable that calls exit(0)."""
    code = bytes([0x31, 0xFF, 0xB8, 0x3C, 0, 0, 0, 0x0F, 0x05])   # xor edi,edi; mov eax,60; syscall
    ehdr = struct.pack("<4sBBBBB7sHHIQQQIHHHHHH", b"\x7fELF", 2, 1, 1, 0, 0, bytes(7), 2, 0x3E, 1,
                       0x400078, 64, 0, 0, 64, 56, 1, 0, 0, 0)
    phdr = struct.pack("<IIQQQQQQ", 1, 5, 0, 0x400000, 0x400000, 120 + len(code), 120 + len(code), 0x1000)
    return ehdr + phdr + code


SCRIPTS = {
    "update_printers.bat": b"@echo off\r\nrem Map the office printers\r\nnet use LPT1 \\\\printsrv\\office /persistent:yes\r\necho Done.\r\npause\r\n",
    "cleanup.cmd": b"@echo off\r\ndel /q \"%TEMP%\\*.tmp\"\r\necho Temporary files removed.\r\n",
    "open_portal.js": b"var sh = new ActiveXObject(\"WScript.Shell\");\r\nsh.Run(\"https://portal.district.example/\");\r\n",
    "welcome.vbs": b"MsgBox \"Welcome to the computer lab\", 64, \"Lab\"\r\n",
    "set_wallpaper.ps1": b"Set-ItemProperty -Path 'HKCU:\\Control Panel\\Desktop' -Name Wallpaper -Value 'C:\\Lab\\wall.jpg'\r\n",
    "kiosk.hta": b"<html><head><title>Kiosk</title><HTA:APPLICATION ID=\"k\" APPLICATIONNAME=\"Kiosk\"></head><body>Library kiosk</body></html>\r\n",
    "lab_settings.reg": b"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\District\\Lab]\r\n\"Room\"=\"Library\"\r\n",
    "attendance_macro.wsf": b"<job id=\"a\"><script language=\"JScript\">WScript.Echo(\"attendance\");</script></job>\r\n",
}


def build_program(V, r):
    out = []
    plans = [
        ("7z", [("setup/printer_setup.exe", "pe")]),
        ("tar.gz", [("tools/grade_export.exe", "pe")]),
        ("tar.bz2", [("lab/helper.dll", "dll")]),
        ("7z", [("scripts/update_printers.bat", "s")]),
        ("tar.gz", [("scripts/open_portal.js", "s")]),
        ("tar.bz2", [("welcome.vbs", "s")]),
        ("7z", [("lab/set_wallpaper.ps1", "s")]),
        ("tar.gz", [("kiosk/kiosk.hta", "s")]),
        ("7z", [("screensaver/school_logo.scr", "pe")]),
        ("tar.gz", [("updates/patch.bin", "pe")]),        # PE bytes under a harmless name
        ("tar.bz2", [("linux/sync_tool", "elf")]),
        ("7z", [("lab/lab_settings.reg", "s"), ("lab/cleanup.cmd", "s")]),
        ("tar.gz", [("macros/attendance_macro.wsf", "s")]),
    ]
    pe, dll, elf = tiny_pe(), tiny_pe(dll=True), tiny_elf()
    for i, (kind, progs) in enumerate(plans):
        m = Msg("program", i + 1, r)
        mem = no_value_bundle(m, r, V)
        top = mem[0][0].split("/")[0]
        m.programs = []
        for path, what in progs:
            base = os.path.basename(path)
            data = {"pe": pe, "dll": dll, "elf": elf}.get(what) or SCRIPTS[base]
            mode = 0o755 if what in ("pe", "elf") else 0o644
            mem.append((top + "/" + path, data, mode))
            m.programs.append(top + "/" + path)
        m.flags.append(dict(kind="dangerous"))
        if kind == "7z":
            data = sevenzip(mem, ["-mx=%d" % [5, 9, 3][i % 3]])
        elif kind == "tar.gz":
            data = gz(tar_bytes(mem, ["gnu", "pax"][i % 2]), 9)
        else:
            data = bz2(tar_bytes(mem, "ustar"), 9)
        m.attach(arch_name(r, "." + kind), data)
        m.octet = (i % 8 == 7)
        out.append(m)
    return out


# --------------------------------------------------------------------------
# RTF
# --------------------------------------------------------------------------
def rtf_esc(s, uni=True):
    """Plain text to RTF: backslash, braces, cp1252 as \\'hh, the rest as \\uN?."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def split_bold(v):
    """`{\\b 536}-90-4399`: a bold run splits the number."""
    k = len(v.split("-")[0]) if "-" in v else 4
    return "{\\b %s}%s" % (v[:k], v[k:])


def rtf_hand(m, r, V, i, ssns, cards):
    """Hand-written RTF in the styles of WordPad (Riched20), Word 97-2003 and old
    word processors, with escapes, groups, hidden destinations holding look-alikes."""
    style = i % 4
    lines = []            # list of RTF fragments, each one paragraph
    f1, l1 = nm(r)
    # hidden destinations with look-alikes only
    inv = V.digits(16, first="9", luhn=True)
    tc = r.choice(PUBLISHED_TEST)
    m.l("hidden_order_number", inv, grp(inv))
    m.l("hidden_test_card", tc, tc)
    info = ("{\\info{\\title Office memo}{\\author %s}{\\operator Office}{\\doccomm Order %s; test card %s}"
            "{\\creatim\\yr2024\\mo9\\dy30\\hr10\\min5}{\\revtim\\yr2024\\mo9\\dy30\\hr10\\min5}{\\nofpages1}}" % (
                rtf_esc("%s %s" % (f1, l1)), grp(inv), tc))
    body = []
    items = [("s", s) for s in ssns] + [("c", c) for c in cards]
    r.shuffle(items)
    body.append(rtf_esc(r.choice(["Memo to the business office", "Notes from the IEP meeting",
                                   "Payroll corrections", "Refunds to process"])))
    body.append("")
    for j, (kind, v) in enumerate(items):
        f, l = nm(r)
        who = rtf_esc("%s %s" % (f, l)).replace("\\par\n", "")
        trick = (i + j) % 7
        if kind == "s":
            g = grp(v)
            m.t("ssn", v, g)
            if trick == 0:
                body.append("%s's SSN: %s" % (who, split_bold(g)))
            elif trick == 1:
                body.append("Social Security number for %s\\line %s" % (who, g))
            elif trick == 2:
                body.append("%s \\'96 SSN %s" % (who, g.replace("-", "\\u8209?")))      # non-breaking hyphens
            elif trick == 3:
                body.append("SSN ({\\i %s}): {\\f1 %s}{\\f1 -%s}" % (who, g[:6], g[7:]))
            elif trick == 4:
                body.append("Soc. Sec. no. for %s is %s." % (who, "{\\ul %s}" % g))
            elif trick == 5:
                body.append("%s\\tab SSN\\tab %s" % (who, g))
            else:
                body.append("Caf\\'e9 worker %s, social security %s" % (who, v))
        else:
            g = grp(v)
            k = ctype_name(v)
            m.t("card", v, g)
            if trick == 0:
                body.append("%s card for %s: %s" % (k, who, split_bold(g)))
            elif trick == 1:
                body.append("Card number (%s)\\line %s" % (who, g))
            elif trick == 2:
                body.append("%s \\'96 %s %s, exp %02d/%02d" % (who, k, g.replace(" ", "\\~"), r.randint(1, 12), r.randint(25, 30)))
            elif trick == 3:
                gs = g.split(" ")
                body.append("Refund to %s's %s {\\b %s} {%s}" % (who, k, gs[0], " ".join(gs[1:])))
            elif trick == 4:
                body.append("%s\\tab %s\\tab %s" % (who, k, g))
            elif trick == 5:
                body.append("Charge the %s ending in the last group: %s" % (k, "{\\i %s}" % g))
            else:
                body.append("%s paid by card %s \\u8212? thank you" % (who, v))
    ph, z = V.phone(), V.zip4()
    b = V.bad_ssn()
    body.append("")
    body.append("Call %s with questions." % m.l("phone", ph, fphone(ph)))
    body.append("Westfield, MA %s" % m.l("zip_plus_4", z, z[:5] + "-" + z[5:]))
    if r.random() < 0.6:
        body.append("Do not use %s, it is not a valid SSN." % m.l("ssn_invalid", b, grp(b)))
    body.append("Dated %s" % mdate(r, 2024, 2024))
    if style == 0:     # WordPad
        head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset0 Courier New;}}\r\n"
                "{\\colortbl ;\\red0\\green0\\blue255;\\red192\\green0\\blue0;}\r\n"
                "{\\*\\generator Riched20 10.0.19041}" + info + "\\viewkind4\\uc1 \r\n\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 ")
        sep = "\\par\r\n"
    elif style == 1:   # Word 97-2003
        head = ("{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff0\\deff0\\stshfdbch0\\stshfloch0\\stshfhich0\\stshfbi0\\deflang1033\\deflangfe1033"
                "{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}{\\f1\\fmodern\\fcharset0\\fprq1 Courier New;}}\r\n"
                "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}{\\stylesheet{\\ql \\li0\\ri0\\widctlpar\\f0\\fs24 \\snext0 Normal;}}\r\n"
                + info + "{\\*\\rsidtbl \\rsid1380921\\rsid4618412}{\\*\\generator Microsoft Word 11.0.8134;}\r\n"
                "\\paperw12240\\paperh15840\\margl1800\\margr1800\\sectd \\pard\\plain \\ql \\li0\\ri0\\widctlpar\\f0\\fs24\\insrsid4618412 ")
        sep = "\r\n\\par "
    elif style == 2:   # old word processor, one paragraph per line, \line breaks inside
        head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fmodern Courier;}}"
                "{\\colortbl;\\red0\\green0\\blue0;\\red128\\green0\\blue0;}" + info + "{\\*\\generator WriteNow 4.0}\r\n\\pard\\plain\\f0\\fs20 ")
        sep = "\\par\r\n\\pard\\plain\\f0\\fs20 "
    else:              # Mac TextEdit style with \cocoartf
        head = ("{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\r\n\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;\\f1\\fmodern\\fcharset0 Courier;}\r\n"
                "{\\colortbl;\\red255\\green255\\blue255;\\red128\\green0\\blue0;}\r\n" + info + "\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww11520\\viewh8400\\viewkind0\r\n"
                "\\pard\\tx566\\tx1133\\tx1700\\pardirnatural\\partightenfactor0\r\n\r\n\\f0\\fs24 \\cf0 ")
        sep = "\\\r\n"
    return head + sep.join(body) + ("\\par\r\n}\r\n" if style != 3 else "}\r\n")


def lo_specs(V, r):
    """Documents that LibreOffice turns into RTF (build_inputs.py writes the sources
    and runs the conversion; make_set.py reads the RTF from inputs/rtf/)."""
    specs = []
    for i in range(14):
        ns, nc = [(1, 1), (2, 1), (1, 2), (2, 2), (1, 1), (0, 0), (2, 1), (1, 2), (1, 1), (2, 2), (0, 0), (1, 1), (2, 1), (1, 2)][i]
        ssns = [V.ssn() for _ in range(ns)]
        cards = [V.card() for _ in range(nc)]
        people = [nm(r) for _ in range(6)]
        phones = [V.phone() for _ in range(2)]
        sid = V.digits(9, first="9")
        z4 = V.zip4()
        order = V.digits(16, first="8", luhn=True)
        bad = V.bad_ssn()
        specs.append(dict(name="lo_%02d" % (i + 1), src="fodt" if i % 2 == 0 else "docx", ssns=ssns, cards=cards,
                          people=people, phones=phones, sid=sid, zip4=z4, order=order, bad=bad, variant=i % 4))
    return specs


def lo_record(m, s):
    """Records the values that a LibreOffice spec document holds (see build_inputs.py)."""
    for v in s["ssns"]:
        m.t("ssn", v, grp(v))
    for v in s["cards"]:
        m.t("card", v, grp(v))
    for ph in s["phones"]:
        m.l("phone", ph, fphone(ph))
    m.l("student_id", s["sid"], s["sid"])
    m.l("zip_plus_4", s["zip4"], s["zip4"][:5] + "-" + s["zip4"][5:])
    m.l("order_luhn_valid", s["order"], grp(s["order"], "-"))
    m.l("ssn_invalid", s["bad"], grp(s["bad"]))


def build_rtf(V, r, specs):
    out = []
    for i, s in enumerate(specs):
        m = Msg("rtf", i + 1, r)
        lo_record(m, s)
        with open(os.path.join(INPUTS, "rtf", s["name"] + ".rtf"), "rb") as fh:
            m.attach(r.choice(["memo", "letter", "iep_notes", "payroll_memo", "refunds"]) + ".rtf", fh.read(),
                     "text/rtf" if i % 3 == 0 else "application/rtf")
        m.writer = "LibreOffice from " + s["src"]
        m.octet = (i % 8 == 6)
        out.append(m)
    for k in range(16):
        m = Msg("rtf", len(out) + 1, r)
        ns, nc = [(1, 1), (2, 1), (1, 2), (2, 2), (0, 0), (1, 1), (3, 1), (1, 2), (2, 1), (0, 0),
                  (1, 3), (2, 2), (1, 1), (2, 1), (0, 0), (1, 2)][k]
        ssns = [V.ssn(low_area=(k % 5 == 2)) for _ in range(ns)]
        cards = [V.card() for _ in range(nc)]
        txt = rtf_hand(m, r, V, k, ssns, cards)
        m.attach(r.choice(["memo", "notes", "corrections", "refunds", "form"]) + ".rtf", txt.encode("ascii"),
                 "text/rtf" if k % 3 == 1 else "application/rtf")
        m.writer = "hand, style %d" % (k % 4)
        m.octet = (k % 8 == 3)
        out.append(m)
    return out


# --------------------------------------------------------------------------
# RTF with embedded OLE objects (MS-OLEDS, written by hand)
# --------------------------------------------------------------------------
def lpstr(s):
    b = s.encode("latin-1") + b"\0"
    return struct.pack("<I", len(b)) + b


def ole1_embedded(classname, native):
    """MS-OLEDS 2.2.4 EmbeddedObject: ObjectHeader (OLEVersion 0x00000501, FormatID 2,
    ClassName, TopicName, ItemName), NativeDataSize, NativeData, then a presentation
    header with FormatID 0 (no presentation)."""
    return (struct.pack("<II", 0x00000501, 2) + lpstr(classname) + struct.pack("<II", 0, 0)
            + struct.pack("<I", len(native)) + native + struct.pack("<II", 0x00000501, 0))


def package_native(label, path, data):
    """The Packager (\"Package\" class) native data: 0x0002, label, source path,
    0x0000 0x0003, temp path length and path, data size and data."""
    tmp = ("C:\\Users\\office\\AppData\\Local\\Temp\\" + label).encode("latin-1") + b"\0"
    return (struct.pack("<H", 2) + label.encode("latin-1") + b"\0" + path.encode("latin-1") + b"\0"
            + struct.pack("<HH", 0, 3) + struct.pack("<I", len(tmp)) + tmp
            + struct.pack("<I", len(data)) + data)


def hexlines(b, width=128):
    h = b.hex()
    return "\r\n".join(h[i:i + width] for i in range(0, len(h), width))


def rtf_with_object(intro, after, classname, objdata, result_text, w=2400, h=900):
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\r\n"
            "{\\*\\generator Microsoft Word 11.0.8134;}\r\n"
            "\\pard\\plain\\f0\\fs22 " + rtf_esc(intro) + "\\par\r\n"
            "{\\object\\objemb\\objw%d\\objh%d{\\*\\objclass %s}{\\*\\objdata \r\n%s\r\n}"
            "{\\result {\\pard\\plain\\f0\\fs22 %s\\par}}}\r\n"
            "\\pard\\plain\\f0\\fs22 " % (w, h, classname, hexlines(objdata), rtf_esc(result_text)) + rtf_esc(after) + "\\par\r\n}\r\n")


def object_specs(V, r):
    """Embedded Excel and Word objects: build_inputs.py writes the .xlsx/.docx with
    openpyxl/python-docx and LibreOffice turns them into .xls/.doc (OLE2 files)."""
    specs = []
    for i in range(6):
        kind = "xls" if i < 4 else "doc"
        ns, nc = [(1, 1), (2, 0), (1, 2), (0, 2), (1, 1), (2, 1)][i]
        specs.append(dict(name="obj_%02d" % (i + 1), kind=kind, ssns=[V.ssn() for _ in range(ns)],
                          cards=[V.card() for _ in range(nc)], people=[nm(r) for _ in range(4)],
                          phone=V.phone(), emp=V.digits(7, first="7")))
    return specs


def build_rtf_object(V, r, ospecs):
    out = []
    pe, dll = tiny_pe(), tiny_pe(dll=True)
    pkgs = [("printer_setup.exe", pe), ("update_printers.bat", SCRIPTS["update_printers.bat"]),
            ("grade_tool.exe", pe), ("cleanup.cmd", SCRIPTS["cleanup.cmd"]), ("open_portal.js", SCRIPTS["open_portal.js"]),
            ("readme.txt", b"Bring your badge to the workshop.\r\n")]
    for i, (label, data) in enumerate(pkgs):
        m = Msg("rtf-object", len(out) + 1, r)
        native = package_native(label, "C:\\Users\\office\\Desktop\\" + label, data)
        obj = ole1_embedded("Package", native)
        txt = rtf_with_object("Please run the attached tool on the office computers." if label != "readme.txt"
                              else "The workshop note is attached as an icon.", "Thanks.", "Package", obj, label)
        if label != "readme.txt":
            m.flags.append(dict(kind="dangerous"))
        m.package = label
        m.attach(["setup_instructions", "memo", "lab_note", "it_memo", "portal", "workshop"][i] + ".rtf", txt.encode("ascii"))
        m.octet = (i % 8 == 2)
        out.append(m)
    for i, s in enumerate(ospecs):
        m = Msg("rtf-object", len(out) + 1, r)
        for v in s["ssns"]:
            m.t("ssn", v, grp(v))
        for v in s["cards"]:
            m.t("card", v, grp(v))
        m.l("phone", s["phone"], fphone(s["phone"]))
        m.l("employee_id", s["emp"], s["emp"])
        with open(os.path.join(INPUTS, "objects", s["name"] + "." + s["kind"]), "rb") as fh:
            native = fh.read()
        cls = "Excel.Sheet.8" if s["kind"] == "xls" else "Word.Document.8"
        obj = ole1_embedded(cls, native)
        txt = rtf_with_object("The staff list is embedded below; double-click it to open it.", "Kevin", cls, obj,
                              "Staff list")
        m.objclass = cls
        m.attach(["staff_memo", "benefits_memo", "refund_memo", "card_list", "letter", "records_memo"][i] + ".rtf", txt.encode("ascii"))
        m.octet = (i % 8 == 5)
        out.append(m)
    return out


# --------------------------------------------------------------------------
# iCalendar
# --------------------------------------------------------------------------
VTZ = ("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
       "TZNAME:EDT\r\nDTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\n"
       "BEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\nDTSTART:19701101T020000\r\n"
       "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n")


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line, width=75, at=None):
    """RFC 5545 folding at `width` octets; `at` forces the first fold at that octet."""
    b = line.encode("utf-8")
    parts = []
    first = True
    while len(b) > (width if first else width - 1):
        n = at if (first and at) else (width if first else width - 1)
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        parts.append(b[:n])
        b = b[n:]
        first = False
    parts.append(b)
    return b"\r\n ".join(parts).decode("utf-8")


EVENTS = ["Parent-teacher conference", "IEP meeting", "Field trip to the Science Center", "504 plan review",
          "Benefits enrollment session", "Payroll office hours", "Booster club meeting", "New hire orientation"]


def ics_value_line(r, kind, v, who):
    g = grp(v)
    if kind == "ssn":
        t = r.choice(["SSN for {w}: {g}", "{w} will bring a copy of the Social Security card ({g}).",
                      "Social Security number on the form is {g}", "{w}'s SSN {g} is needed for the Medicaid claim."])
    else:
        t = r.choice(["Deposit paid by {w} with {k} {g}", "Card number for the bus fee: {g}",
                      "{w} will pay at the door, {k} card {g}", "Refund to {w}'s {k} {g}"])
    return t.format(w=who, g=g, k=ctype_name(v) if kind == "card" else "")


def build_ics(V, r):
    import icalendar
    out = []
    N = 28
    for i in range(N):
        m = Msg("ics", i + 1, r)
        ns, nc = plan_counts(r, i, N, 5)
        items = [("ssn", V.ssn(low_area=r.random() < 0.1)) for _ in range(ns)] + [("card", V.card()) for _ in range(nc)]
        r.shuffle(items)
        n_ev = r.randint(2, 4)
        evs = [[] for _ in range(n_ev)]
        for k, it in enumerate(items):
            evs[k % n_ev].append(it)
        by_hand = i % 2 == 1
        invite = i % 5 == 2
        day0 = datetime.date(2026, 11, 30) + datetime.timedelta(days=r.randint(0, 20))
        comps = []
        for e, its in enumerate(evs):
            f, l = nm(r)
            who = "%s %s" % (f, l)
            title = r.choice(EVENTS)
            start = datetime.datetime.combine(day0 + datetime.timedelta(days=e), datetime.time(r.randint(8, 15), r.choice([0, 30])))
            ph = V.phone()
            room = r.randint(100, 330)
            desc = ["%s for %s." % (title, who)]
            summary = title
            loc = "Room %d, Westfield High School" % room
            comment = None
            for kind, v in its:
                line = ics_value_line(r, kind, v, who)
                place = r.choice(["desc", "desc", "desc", "summary" if kind == "ssn" else "desc", "comment", "location"])
                m.t(kind, v, grp(v))
                if place == "desc":
                    desc.append(line)
                elif place == "summary":
                    summary = "%s - %s" % (title, line)
                elif place == "comment":
                    comment = line
                else:
                    loc = "%s; %s" % (loc, line)
            desc.append("Questions? Call %s." % m.l("phone", ph, fphone(ph)))
            if r.random() < 0.5:
                o = V.digits(16, first="9", luhn=True)
                desc.append("Bus order %s" % m.l("order_luhn_valid", o, grp(o)))
            if r.random() < 0.4:
                z = V.zip4()
                loc += ", Westfield MA %s" % m.l("zip_plus_4", z, z[:5] + "-" + z[5:])
            if r.random() < 0.4:
                mid = V.digits(10, first="8")
                desc.append("Video link meeting ID %s" % m.l("meeting_id", mid, mid[:3] + " " + mid[3:7] + " " + mid[7:]))
            if r.random() < 0.3:
                b = V.bad_ssn()
                desc.append("(The SSN %s on the old form was wrong.)" % m.l("ssn_invalid", b, grp(b)))
            uid = "%s-%04d@district.example" % (hashlib.md5(("%d/%d" % (i, e)).encode()).hexdigest()[:16], r.randint(1000, 9999))
            m.l("uid_and_timestamps", None, uid)
            is_todo = (e == n_ev - 1 and i % 4 == 0)
            comps.append(dict(kind="VTODO" if is_todo else "VEVENT", uid=uid, start=start, summary=summary,
                              desc="\n".join(desc), loc=loc, comment=comment, who=who))
        if not by_hand:
            cal = icalendar.Calendar()
            cal.add("prodid", "-//Westfield Public Schools//Office Calendar//EN")
            cal.add("version", "2.0")
            if invite:
                cal.add("method", "REQUEST")
            for c in comps:
                ev = icalendar.Event() if c["kind"] == "VEVENT" else icalendar.Todo()
                ev.add("uid", c["uid"])
                ev.add("dtstamp", datetime.datetime(2024, 10, 2, 13, 0, 0, tzinfo=datetime.timezone.utc))
                if c["kind"] == "VEVENT":
                    ev.add("dtstart", c["start"].replace(tzinfo=datetime.timezone.utc))
                    ev.add("dtend", (c["start"] + datetime.timedelta(hours=1)).replace(tzinfo=datetime.timezone.utc))
                else:
                    ev.add("due", c["start"].replace(tzinfo=datetime.timezone.utc))
                    ev.add("status", "NEEDS-ACTION")
                ev.add("location", c["loc"])
                ev.add("summary", c["summary"])
                ev.add("description", c["desc"])
                if c["comment"]:
                    ev.add("comment", c["comment"])
                if invite:
                    ev.add("organizer", "mailto:" + m.sender["addr"], parameters={"CN": m.sender["name"]})
                    ev.add("attendee", "mailto:" + m.to["addr"], parameters={"CN": m.to["name"], "ROLE": "REQ-PARTICIPANT", "RSVP": "TRUE"})
                cal.add_component(ev)
            data = cal.to_ical()
        else:
            L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//District//Hand Calendar 1.0//EN", "CALSCALE:GREGORIAN"]
            if invite:
                L.append("METHOD:REQUEST")
            txt = "\r\n".join(L) + "\r\n" + VTZ
            for c in comps:
                E = ["BEGIN:" + c["kind"], "UID:" + c["uid"], "DTSTAMP:20241002T130000Z"]
                st = c["start"].strftime("%Y%m%dT%H%M%S")
                if c["kind"] == "VEVENT":
                    E.append("DTSTART;TZID=America/New_York:" + st)
                    E.append("DTEND;TZID=America/New_York:" + (c["start"] + datetime.timedelta(minutes=45)).strftime("%Y%m%dT%H%M%S"))
                else:
                    E.append("DUE;TZID=America/New_York:" + st)
                    E.append("STATUS:NEEDS-ACTION")
                E.append(fold("LOCATION:" + ics_escape(c["loc"])))
                E.append(fold("SUMMARY:" + ics_escape(c["summary"])))
                dline = "DESCRIPTION:" + ics_escape(c["desc"])
                # fold inside a number when there is one
                mnum = re.search(r"\d{3,4}[- ]\d{2,6}[- ]\d{4,5}", dline)
                at = None
                if mnum and mnum.start() + 3 < 75 and r.random() < 0.8:
                    at = mnum.start() + r.randint(1, 4)
                E.append(fold(dline, at=at))
                if c["comment"]:
                    E.append(fold("COMMENT:" + ics_escape(c["comment"])))
                if invite:
                    E.append(fold('ORGANIZER;CN="%s":mailto:%s' % (m.sender["name"], m.sender["addr"])))
                    E.append(fold('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (m.to["name"], m.to["addr"])))
                if c["kind"] == "VEVENT" and r.random() < 0.5:
                    E += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
                E.append("END:" + c["kind"])
                txt += "\r\n".join(E) + "\r\n"
            txt += "END:VCALENDAR\r\n"
            data = txt.encode("utf-8")
        m.writer = "hand" if by_hand else "icalendar"
        m.attach(r.choice(["invite", "meeting", "conferences", "calendar", "event"]) + ".ics", data,
                 "text/calendar")
        m.octet = (i % 8 == 7)
        out.append(m)
    return out


# --------------------------------------------------------------------------
# vCard
# --------------------------------------------------------------------------
def tiny_png(seed):
    rr = random.Random(seed)
    w = h = 8
    raw = b"".join(b"\0" + bytes(rr.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qp_encode(s, at=None):
    """Quoted-printable for vCard 2.1 with `=` soft breaks (one forced at char `at`)."""
    enc = []
    for ch in s:
        for b in ch.encode("utf-8") if ord(ch) > 127 else [ord(ch)]:
            if b == 10:
                enc.append("=0D=0A")
            elif b > 126 or b == 61 or b < 32:
                enc.append("=%02X" % b)
            else:
                enc.append(chr(b))
    out, line = [], ""
    for k, t in enumerate(enc):
        if (at is not None and k == at) or len(line) + len(t) > 70:
            out.append(line + "=")
            line = ""
        line += t
    out.append(line)
    return "\r\n".join(out)


def vcard_note(r, kind, v, who):
    g = grp(v)
    if kind == "ssn":
        return r.choice(["SSN %s" % g, "Social Security number: %s" % g, "Emergency form - SSN on file %s" % g])
    return r.choice(["%s card on file %s" % (ctype_name(v), g), "Card number for dues: %s" % g,
                     "Pays lunch account with %s %s" % (ctype_name(v), g)])


def build_vcf(V, r):
    import vobject
    out = []
    N = 28
    for i in range(N):
        m = Msg("vcf", i + 1, r)
        ns, nc = plan_counts(r, i, N, 5)
        items = [("ssn", V.ssn(low_area=r.random() < 0.1)) for _ in range(ns)] + [("card", V.card()) for _ in range(nc)]
        r.shuffle(items)
        ver = ["3.0", "2.1", "4.0", "3.0"][i % 4]
        n_cards = 1 if i % 6 == 0 else r.randint(2, 4)
        per = [[] for _ in range(n_cards)]
        for k, it in enumerate(items):
            per[k % n_cards].append(it)
        chunks = []
        for c, its in enumerate(per):
            f, l = nm(r)
            who = "%s %s" % (f, l)
            ph1, ph2, z = V.phone(), V.phone(), V.zip4()
            m.l("tel", ph1, fphone(ph1, 3))
            m.l("tel", ph2, fphone(ph2, 1))
            m.l("zip_plus_4", z, z[:5] + "-" + z[5:])
            notes, xssn = [], None
            for kind, v in its:
                m.t(kind, v, grp(v))
                if kind == "ssn" and r.random() < 0.4 and xssn is None:
                    xssn = grp(v) if r.random() < 0.7 else v
                    if xssn == v:
                        m.exp[-1]["shown"] = v
                else:
                    notes.append(vcard_note(r, kind, v, who))
            if r.random() < 0.4:
                emp = V.digits(6, first="4")
                notes.append("Employee ID %s" % m.l("employee_id", emp, emp))
            if r.random() < 0.3:
                tc = r.choice(PUBLISHED_TEST)
                notes.append("Training card %s (test only)" % m.l("test_card", tc, grp(tc)))
            bday = "%04d-%02d-%02d" % (r.randint(1965, 1999), r.randint(1, 12), r.randint(1, 28))
            note = "\n".join(notes)
            photo = base64.b64encode(tiny_png(i * 10 + c)).decode() if r.random() < 0.35 else None
            if photo:
                m.l("photo_base64", None, "PHOTO")
            if ver == "3.0" and i % 8 != 7:
                card = vobject.vCard()
                card.add("n").value = vobject.vcard.Name(family=l, given=f)
                card.add("fn").value = who
                card.add("org").value = ["Westfield Public Schools"]
                t = card.add("tel")
                t.value = fphone(ph1, 3)
                t.type_param = "CELL"
                t = card.add("tel")
                t.value = fphone(ph2, 1)
                t.type_param = "HOME"
                card.add("email").value = "%s.%s@district.example" % (f.lower(), re.sub(r"\W", "", l.lower()))
                a = card.add("adr")
                a.value = vobject.vcard.Address(street="%d Elm Street" % r.randint(2, 300), city="Westfield",
                                                region="MA", code=z[:5] + "-" + z[5:], country="USA")
                card.add("bday").value = bday
                if note:
                    card.add("note").value = note
                if xssn:
                    card.add("x-ssn").value = xssn
                if photo:
                    p = card.add("photo")
                    p.value = base64.b64decode(photo)
                    p.encoding_param = "b"
                    p.type_param = "PNG"
                chunks.append(card.serialize().encode("utf-8"))
            elif ver == "2.1":
                L = ["BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=UTF-8:%s;%s;;;" % (l, f), "FN;CHARSET=UTF-8:%s" % who,
                     "TEL;CELL;VOICE:%s" % fphone(ph1, 3), "TEL;HOME;VOICE:%s" % fphone(ph2, 1),
                     "ADR;HOME:;;%d Elm Street;Westfield;MA;%s;USA" % (r.randint(2, 300), z[:5] + "-" + z[5:]),
                     "BDAY:%s" % bday.replace("-", "")]
                if note:
                    mnum = re.search(r"\d{3,4}[- ]\d{2,6}", note)
                    at = mnum.start() + r.randint(1, 3) if (mnum and r.random() < 0.8) else None
                    cs = r.choice(["UTF-8", "ISO-8859-1", "UTF-8"])
                    if cs == "ISO-8859-1":
                        enc = qp_encode(note, at)
                        enc = enc  # ASCII note: the charset label only
                    else:
                        enc = qp_encode(note + " \u2013 office", at)
                    L.append("NOTE;CHARSET=%s;ENCODING=QUOTED-PRINTABLE:%s" % (cs, enc))
                if xssn:
                    L.append("X-SSN:%s" % xssn)
                if photo:
                    L.append("PHOTO;ENCODING=BASE64;TYPE=PNG:")
                    L += ["  " + photo[k:k + 72] for k in range(0, len(photo), 72)]
                    L.append("")
                L.append("END:VCARD")
                chunks.append(("\r\n".join(L) + "\r\n").encode("utf-8"))
            else:   # 4.0 by hand (and some 3.0 by hand)
                L = ["BEGIN:VCARD", "VERSION:%s" % ver, "N:%s;%s;;;" % (l, f), "FN:%s" % who,
                     "ORG:Westfield Public Schools", "TEL;TYPE=cell%s:%s" % (";VALUE=uri" if ver == "4.0" else "",
                                                                          ("tel:" + fphone(ph1, 3).replace(" ", "-")) if ver == "4.0" else fphone(ph1, 3)),
                     "TEL;TYPE=home:%s" % fphone(ph2, 1),
                     "ADR;TYPE=home:;;%d Elm Street;Westfield;MA;%s;USA" % (r.randint(2, 300), z[:5] + "-" + z[5:]),
                     "BDAY:%s" % bday.replace("-", "")]
                if note:
                    L.append(fold("NOTE:" + note.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"), 75))
                if xssn:
                    L.append("X-SSN:%s" % xssn)
                if photo:
                    L.append(fold(("PHOTO:data:image/png;base64," if ver == "4.0" else "PHOTO;ENCODING=b;TYPE=PNG:") + photo))
                L.append("REV:20241001T120000Z")
                L.append("END:VCARD")
                chunks.append(("\r\n".join(L) + "\r\n").encode("utf-8"))
        m.vversion = ver
        data = b"".join(chunks)
        m.attach(r.choice(["contacts", "contact", "address_book", "emergency_contacts", "staff"]) + ".vcf", data,
                 "text/x-vcard" if i % 3 == 0 else "text/vcard")
        m.octet = (i % 8 == 2)
        out.append(m)
    return out


# ==========================================================================
# the whole set
# ==========================================================================
SCRATCH = None


def build_all():
    global SCRATCH
    SCRATCH = tempfile.mkdtemp(prefix="archset-")
    try:
        V, specs, ospecs, pmem = shared_inputs()
        r = random.Random(SEED + 3)
        msgs = []
        builders = {"tar.gz": build_targz, "tar.bz2": build_tarbz2, "7z": build_7z, "tar.xz": build_tarxz,
                    "nested": build_nested, "protected": build_protected, "program": build_program}
        for cls in CLASSES:
            if cls == "rtf":
                built = build_rtf(V, r, specs)
            elif cls == "rtf-object":
                built = build_rtf_object(V, r, ospecs)
            elif cls == "ics":
                built = build_ics(V, r)
            elif cls == "vcf":
                built = build_vcf(V, r)
            else:
                built = builders[cls](V, r)
            assert [m.num for m in built] == list(range(1, len(built) + 1)), cls
            msgs += built
        for m in msgs:
            m.data = build_eml(m, CLASSES.index(m.cls))
        return msgs
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)


def manifest_of(msgs):
    man = []
    for m in msgs:
        exp, seen = [], set()
        for rec in m.exp:
            key = (rec["kind"], rec["digits"])
            if key not in seen:
                seen.add(key)
                exp.append({"kind": rec["kind"], "digits": rec["digits"]})
        for f in m.flags:
            exp.append(dict(f))
        man.append({"file": m.file, "class": m.cls, "attachment": m.att_name, "expected": exp})
    return man


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--list-lookalikes", action="store_true",
                    help="print the look-alikes (never in the manifest) as JSON and write nothing")
    args = ap.parse_args(argv)
    msgs = build_all()
    if args.list_lookalikes:
        json.dump([{"file": m.file, "what": x["what"], "digits": x["digits"], "shown": x["shown"]}
                   for m in msgs for x in m.looks], sys.stdout, indent=1)
        print()
        return
    os.makedirs(args.out, exist_ok=True)
    for cls in CLASSES:
        d = os.path.join(args.out, cls)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for m in msgs:
        with open(os.path.join(args.out, m.file), "wb") as fh:
            fh.write(m.data)
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest_of(msgs), fh, indent=1)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(msgs), args.out))


if __name__ == "__main__":
    main()
