#!/usr/bin/env python3
"""Writes the Disguised evaluation set: e-mail messages holding US Social Security
numbers and payment card numbers written the way people really write them (odd
digits, odd separators, invisible characters, bidi overrides, line breaks, spelled
out, inside PDFs and spreadsheets), plus look-alikes that are neither.

Every value is invented.  Deterministic: a fixed seed, fixed dates, Message-IDs,
MIME boundaries and document dates.

    python make_set.py              # writes next to this file
    python make_set.py --out DIR    # writes elsewhere

Needs pypdf, openpyxl and python-bidi (see README.md) only for check_set.py;
the generator itself needs openpyxl.
"""
import argparse
import datetime
import hashlib
import io
import json
import os
import random
import re
import sys
import zipfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 536904399 % 100003      # any fixed number
POLICY = email.policy.SMTP

CLASSES = ["unicode_digits", "separators", "invisible_chars", "bidi", "line_breaks",
           "spelled_out", "pdf_rotated", "pdf_spacing", "pdf_forms_annotations",
           "xlsx_formats", "lookalikes"]

# --------------------------------------------------------------------------
# values
# --------------------------------------------------------------------------
FAMOUS_SSNS = {
    "078051120", "219099999", "123456789", "457555462", "111111111", "222222222",
    "333333333", "444444444", "555555555", "777777777", "888888888", "001010001",
    "042103580", "062360749", "078051121", "095073645", "128036045", "135016629",
    "141186941", "165167999", "165187999", "165207999", "165227999", "165247999",
    "189092294", "212097694", "212099999", "306302348", "308125070", "468288779",
    "549241889", "987654320", "987654321", "987654322", "987654323", "987654324",
    "987654325", "987654326", "987654327", "987654328", "987654329", "012345678",
    "234567890", "345678901", "456789012", "567890123",
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
    """'visa'/'mc'/'amex'/'disc' when prefix and length fit, else None."""
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
    """Runs of one digit or plain ramps look like placeholders, not numbers."""
    if re.search(r"(\d)\1{4}", d):
        return True
    for ramp in ("01234567890", "9876543210"):
        for i in range(len(ramp) - 5):
            if ramp[i:i + 6] in d:
                return True
    return False


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] != "000" and d[:3] != "666"
            and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
            and d not in FAMOUS_SSNS and not boring(d))


def card_ok(d):
    return (d.isdigit() and card_issuer(d) is not None and luhn_ok(d)
            and d not in TEST_CARDS and not boring(d))


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

    def ssn(self, low_area=False, digits_in=None, no_zero_lead=True):
        r = self.rng
        while True:
            area = r.randint(1, 99) if low_area else r.randint(100, 899)
            d = "%03d%02d%04d" % (area, r.randint(1, 99), r.randint(1, 9999))
            if digits_in and not any(c in digits_in for c in d):
                continue
            if ssn_ok(d) and self._take(d):
                return d

    def card(self, kind):
        r = self.rng
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

    # ---- look-alike values (never expected) ----
    def bad_ssn(self, how):
        r = self.rng
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

    def luhn_bad(self, kind):
        while True:
            d = self.card(kind)
            last = (int(d[-1]) + self.rng.randint(1, 9)) % 10
            bad = d[:-1] + str(last)
            assert not luhn_ok(bad)
            if self._take(bad):
                return bad

    def digits(self, n, first="", luhn=None):
        """n digits (not a valid card); luhn=True makes them Luhn-valid, False Luhn-invalid."""
        r = self.rng
        while True:
            d = first + "".join(r.choice("0123456789") for _ in range(n - len(first)))
            if not first and d[0] == "0":
                continue
            if luhn is True:
                d = d[:-1] + luhn_digit(d[:-1])
            elif luhn is False and luhn_ok(d):
                continue
            if boring(d) or card_ok(d):
                continue
            if self._take(d):
                return d

    def phone(self):
        r = self.rng
        while True:
            d = r.choice(["617", "508", "781", "413", "978", "312", "773", "206", "512", "303"]) + "555" + "01%02d" % r.randint(0, 99)
            if self._take(d):
                return d

    def zip4(self):
        r = self.rng
        while True:
            d = r.choice(["02139", "02144", "01609", "60614", "98103", "78704", "80205", "01002"]) + "%04d" % r.randint(1000, 9999)
            if self._take(d):
                return d

    def isbn13(self):
        r = self.rng
        while True:
            body = "978" + str(r.randint(0, 1)) + "".join(r.choice("0123456789") for _ in range(8))
            s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
            d = body + str((10 - s % 10) % 10)
            if self._take(d):
                return d

    def routing(self):
        r = self.rng
        while True:
            body = r.choice(["011", "021", "053", "071", "101", "211", "221", "231", "322"]) + "".join(r.choice("0123456789") for _ in range(5))
            for c in "0123456789":
                d = body + c
                w = [3, 7, 1] * 3
                if sum(int(x) * y for x, y in zip(d, w)) % 10 == 0:
                    break
            if self._take(d):
                return d


# --------------------------------------------------------------------------
# how numbers are written
# --------------------------------------------------------------------------
def groups_of(d):
    if len(d) == 9:
        return [d[:3], d[3:5], d[5:]]
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 16:
        return [d[:4], d[4:8], d[8:12], d[12:]]
    raise ValueError(d)


def grp(d, sep=None):
    """The usual grouping: 3-2-4 with '-' for an SSN, 4-4-4-4 / 4-6-5 with ' ' for a card."""
    if sep is None:
        sep = "-" if len(d) == 9 else " "
    return sep.join(groups_of(d))


DIGIT_BASES = {
    "fw": 0xFF10, "bold": 0x1D7CE, "dstruck": 0x1D7D8, "sans": 0x1D7E2,
    "sansbold": 0x1D7EC, "mono": 0x1D7F6, "arabic": 0x0660, "persian": 0x06F0,
    "deva": 0x0966, "bengali": 0x09E6,
}
SUPERS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"


def udig(s, style, only=None):
    """Replace ASCII digits of s by another script's digits (only: set of positions)."""
    out = []
    k = 0
    for ch in s:
        if ch.isdigit() and ch.isascii():
            if only is None or k in only:
                if style == "sup":
                    ch = SUPERS[int(ch)]
                elif style == "keycap":
                    ch = ch + "\ufe0f\u20e3"
                else:
                    ch = chr(DIGIT_BASES[style] + int(ch))
            k += 1
        out.append(ch)
    return "".join(out)


def spaced(s, sep=" "):
    return sep.join(s)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell(s, sep=" ", oh=False, group_sep=None, cap=False, mix=None):
    """Digit by digit in words.  s may hold '-' or ' ' between groups; group_sep
    replaces those, sep goes between digits.  mix: positions kept as digits."""
    parts = []
    k = 0
    for grp_ in re.split(r"[- ]", s):
        words = []
        for ch in grp_:
            if mix and k in mix:
                w = ch
            elif ch == "0" and oh:
                w = "oh"
            else:
                w = WORDS[int(ch)]
            if cap:
                w = w.capitalize()
            words.append(w)
            k += 1
        parts.append(sep.join(words))
    return (group_sep if group_sep is not None else sep).join(parts)


def rev(s):
    return s[::-1]


def rev_groups(s, sep=" "):
    return sep.join(reversed(s.split(sep)))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
STAFF = {
    "payroll": ("Marisol Quintero", "mquintero@district.example", "Payroll Specialist, Business Office"),
    "benefits": ("Dale Whitcomb", "dwhitcomb@district.example", "HR Benefits Coordinator"),
    "hr": ("Priya Raman", "praman@district.example", "Human Resources"),
    "bizoffice": ("Gloria Esposito", "gesposito@district.example", "Accounts Receivable, Business Office"),
    "frontoffice": ("Janet Liu", "jliu@district.example", "Front Office, Lincoln Elementary"),
    "teacher5": ("Tom Okafor", "tokafor@district.example", "5th Grade, Lincoln Elementary"),
    "coach": ("Ray Delgado", "rdelgado@district.example", "Athletics, Westfield High School"),
    "transport": ("Helen Brandt", "hbrandt@district.example", "Transportation Office"),
    "it": ("Sam Patel", "spatel@district.example", "IT Help Desk"),
    "nurse": ("Rosa Maldonado", "rmaldonado@district.example", "School Nurse, Westfield High School"),
    "registrar": ("Kevin Marsh", "kmarsh@district.example", "Registrar, Westfield High School"),
    "subs": ("Ana Sokolova", "asokolova@district.example", "Substitute Coordinator"),
    "band": ("Lewis Grant", "lgrant@district.example", "Band Director, Westfield High School"),
    "counselor": ("Denise Park", "dpark@district.example", "School Counselor, Hillcrest Middle School"),
    "foodsvc": ("Bernadette Cole", "bcole@district.example", "Food Services"),
    "librarian": ("Irene Novak", "inovak@district.example", "Library Media Specialist, Hillcrest Middle School"),
    "teacher8": ("Marcus Bell", "mbell@district.example", "8th Grade Science, Hillcrest Middle School"),
    "principal": ("Yvonne Adeyemi", "yadeyemi@district.example", "Principal, Lincoln Elementary"),
    "custodian": ("Victor Reyes", "vreyes@district.example", "Facilities, Westfield High School"),
    "aide": ("Kayla Brooks", "kbrooks@district.example", "Paraprofessional, Lincoln Elementary"),
}
OUTSIDE = {
    "p_castillo": ("Brianna Castillo", "bri.castillo88@gmail.com", "Maya"),
    "p_mehta": ("Dev Mehta", "devmehta.home@yahoo.com", "Aarav"),
    "p_oneil": ("Lauren O'Neil", "lauren.oneil@outlook.com", "Finn"),
    "p_haddad": ("Hassan Haddad", "h.haddad@hotmail.com", "Lina"),
    "p_tanaka": ("Mei Tanaka", "mei.tanaka.fam@gmail.com", "Kenji"),
    "p_ruiz": ("Carlos Ruiz", "cruiz1979@aol.com", "Sofia"),
    "p_petrova": ("Nadia Petrova", "nadia.petrova@icloud.com", "Alexei"),
    "p_greene": ("Jamal Greene", "jamalgreene@gmail.com", "Jaylen"),
    "p_noor": ("Fatima Noor", "fatima.noor.k@gmail.com", "Zara"),
    "p_kovalenko": ("Olena Kovalenko", "olena.kov@yahoo.com", "Marta"),
    "p_shankar": ("Ravi Shankar", "ravi.shankar.77@gmail.com", "Anika"),
    "p_obrien": ("Siobhan O'Brien", "siobhan.obrien@outlook.com", "Declan"),
    "p_nguyen": ("Linh Nguyen", "linh.nguyen.home@gmail.com", "Bao"),
    "p_schmidt": ("Heike Schmidt", "heike.schmidt@gmx.com", "Lukas"),
    "p_johnson": ("Tanya Johnson", "tanyaj1985@yahoo.com", "Destiny"),
    "p_alvarez": ("Miguel Alvarez", "m.alvarez.fam@hotmail.com", "Valeria"),
    "p_kim": ("Grace Kim", "gracekim.mom@gmail.com", "Ethan"),
    "p_dubois": ("Amelie Dubois", "amelie.dubois@outlook.com", "Theo"),
    "n_hire1": ("Jordan Whitaker", "jordan.whitaker93@gmail.com", None),
    "n_hire2": ("Camila Reyes", "camilareyes.teach@gmail.com", None),
    "n_hire3": ("Ahmed Saleh", "ahmed.saleh.nj@outlook.com", None),
    "n_sub1": ("Patricia Lowe", "plowe.subteacher@yahoo.com", None),
    "n_sub2": ("Devon Hart", "devonhart.sub@gmail.com", None),
    "n_coachasst": ("Luis Ortega", "luis.ortega.coach@gmail.com", None),
    "n_bus": ("Earl Simmons", "earl.simmons61@aol.com", None),
    "s_ellis": ("Jordan Ellis", "jellis27@students.district.example", None),
    "s_tran": ("Vivian Tran", "vtran26@students.district.example", None),
    "s_okoro": ("Chidi Okoro", "cokoro25@students.district.example", None),
    "s_brennan": ("Maeve Brennan", "mbrennan26@students.district.example", None),
    "v_camp": ("Cedar Ridge Outdoor School", "registrar.cedarridge@gmail.com", None),
    "v_bus": ("Summit Charter Coaches", "summitcoaches.billing@gmail.com", None),
}


def person(key):
    if key in STAFF:
        name, addr, role = STAFF[key]
        return {"name": name, "addr": addr, "role": role, "first": name.split()[0],
                "last": name.split()[-1], "child": None}
    name, addr, child = OUTSIDE[key]
    return {"name": name, "addr": addr, "role": None, "first": name.split()[0],
            "last": name.split()[-1], "child": child}


# --------------------------------------------------------------------------
# a message under construction
# --------------------------------------------------------------------------
BASE_DATE = datetime.datetime(2024, 9, 3, 7, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))


class Msg:
    def __init__(self, cls, num, sender, to, subject, cc=None):
        self.cls = cls
        self.num = num
        self.sender = person(sender)
        self.to = [person(t) for t in (to if isinstance(to, list) else [to])]
        self.cc = [person(t) for t in (cc or [])]
        self.subject = subject
        self.parts = []          # dicts
        self.atts = []           # dicts
        self.exp = []            # expected true values (with how the check finds them)
        self.looks = []          # look-alikes (never expected)
        self.raw = None          # exact bytes for classes that need them (format=flowed)

    @property
    def file(self):
        return "%s/%03d.eml" % (self.cls, self.num)

    # --- values in text ---
    def t(self, kind, digits, raw, seen=None, how="text", grouped=False, **kw):
        """A true value: raw is what the text holds, seen what the reader sees."""
        assert kind in ("ssn", "card")
        assert (ssn_ok(digits) if kind == "ssn" else card_ok(digits)), digits
        self.exp.append(dict(kind=kind, digits=digits, raw=raw, seen=raw if seen is None else seen,
                             how=how, grouped=grouped, where=None, **kw))
        return raw

    def l(self, what, digits, raw, seen=None, how="text", **kw):
        """A look-alike: something a reader does not take for an SSN or a card."""
        self.looks.append(dict(what=what, digits=digits, raw=raw, seen=raw if seen is None else seen,
                               how=how, where=None, **kw))
        return raw

    def _claim(self, where):
        for r in self.exp + self.looks:
            if r["where"] is None:
                r["where"] = where

    def plain(self, text, cs="utf-8", cte="quoted-printable"):
        self.parts.append(dict(type="plain", text=text, cs=cs, cte=cte))
        self._claim("plain")

    def html(self, body, cs="utf-8", cte="quoted-printable", title=None):
        doc = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
               "</head>\n<body>\n%s\n</body></html>\n" % (cs, body.strip("\n")))
        self.parts.append(dict(type="html", text=doc, cs=cs, cte=cte))
        self._claim("html")

    def attach(self, name, ctype, data):
        self.atts.append(dict(name=name, ctype=ctype, data=data))
        self._claim("att:" + name)


def msg_date(cls_i, num):
    return BASE_DATE + datetime.timedelta(days=cls_i * 3 + num // 9, hours=(num * 5) % 11, minutes=(num * 17 + cls_i * 7) % 60)


def msgid(m):
    host = "district.example" if m.sender["addr"].endswith("district.example") else "mail." + m.sender["addr"].split("@")[1]
    h = hashlib.sha1(("%s/%d" % (m.cls, m.num)).encode()).hexdigest()[:16].upper()
    return "<%s.%s.%03d@%s>" % (h, m.cls.replace("_", ""), m.num, host)


def fmt_addr(p):
    from email.headerregistry import Address
    return str(Address(display_name=p["name"], addr_spec=p["addr"]))


def build_eml(m, cls_i):
    if m.raw is not None:
        return m.raw
    msg = EmailMessage(policy=POLICY)
    msg["From"] = fmt_addr(m.sender)
    msg["To"] = ", ".join(fmt_addr(p) for p in m.to)
    if m.cc:
        msg["Cc"] = ", ".join(fmt_addr(p) for p in m.cc)
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(msg_date(cls_i, m.num))
    msg["Message-ID"] = msgid(m)
    first = True
    for p in m.parts:
        sub = "plain" if p["type"] == "plain" else "html"
        if first:
            msg.set_content(p["text"], subtype=sub, charset=p["cs"], cte=p["cte"])
            first = False
        else:
            msg.add_alternative(p["text"], subtype=sub, charset=p["cs"], cte=p["cte"])
    for a in m.atts:
        mt, st = a["ctype"].split("/")
        msg.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["name"])
    k = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            k += 1
            part.set_boundary("----=_Part_%s_%03d_%d" % (m.cls.replace("_", ""), m.num, k))
    data = msg.as_bytes(policy=POLICY)
    return data


def flowed_eml(m, cls_i, body, cs="utf-8", delsp=False, cte="7bit", delsp_spelling="DelSp"):
    """Exact bytes for a format=flowed message; body lines joined with CRLF as given
    (trailing spaces kept: they are the soft breaks)."""
    hdr = EmailMessage(policy=POLICY)
    hdr["From"] = fmt_addr(m.sender)
    hdr["To"] = ", ".join(fmt_addr(p) for p in m.to)
    hdr["Subject"] = m.subject
    hdr["Date"] = format_datetime(msg_date(cls_i, m.num))
    hdr["Message-ID"] = msgid(m)
    hdr["MIME-Version"] = "1.0"
    ct = "text/plain; charset=%s; format=flowed" % cs
    if delsp:
        ct += "; %s=yes" % delsp_spelling
    # written by hand: the email package would quote the parameter values
    head = hdr.as_bytes(policy=POLICY)          # ends with the blank line
    assert head.endswith(b"\r\n\r\n")
    head = head[:-2] + ("Content-Type: %s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (ct, cte)).encode("ascii")
    lines = body.split("\n")
    if cte == "quoted-printable":
        enc = []
        for ln in lines:
            b = ln.encode(cs)
            out = ""
            for i, byte in enumerate(b):
                c = chr(byte)
                if byte > 126 or c == "=" or (c in " \t" and i == len(b) - 1):
                    out += "=%02X" % byte
                else:
                    out += c
            enc.append(out.encode("ascii"))
        payload = b"\r\n".join(enc)
    else:
        payload = b"\r\n".join(ln.encode(cs) for ln in lines)
    if not payload.endswith(b"\r\n"):
        payload += b"\r\n"
    return head + payload


# --------------------------------------------------------------------------
# PDF writing (small, hand-made, so every operator is under control)
# --------------------------------------------------------------------------
HELV_W = {
    " ": 278, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889, "&": 667, "'": 191,
    "(": 333, ")": 333, "*": 389, "+": 584, ",": 278, "-": 333, ".": 278, "/": 278,
    ":": 278, ";": 278, "<": 584, "=": 584, ">": 584, "?": 556, "@": 1015,
    "[": 278, "\\": 278, "]": 278, "^": 469, "_": 556, "`": 333, "{": 334, "|": 260,
    "}": 334, "~": 584,
}
for _c in "0123456789":
    HELV_W[_c] = 556
for _c, _w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
                   667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]):
    HELV_W[_c] = _w
for _c, _w in zip("abcdefghijklmnopqrstuvwxyz",
                  [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
                   556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500]):
    HELV_W[_c] = _w


def text_width(s, size, tc=0.0, tw=0.0):
    return sum(HELV_W[c] * size / 1000.0 + tc + (tw if c == " " else 0) for c in s)


def pdf_str(s):
    s.encode("ascii")
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


class PDF:
    """Objects are added as text; page content is a list of operator lines."""

    def __init__(self, title, date, author="Business Office"):
        self.objs = []
        self.pages = []
        self.fields = []
        self.title = title
        self.date = date              # 'D:20240912083000-04'00''
        self.author = author
        self.font = self.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        self.fontb = self.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")

    def add(self, body):
        self.objs.append(body)
        return len(self.objs)

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, num, body):
        self.objs[num - 1] = body

    def stream(self, dict_extra, data, compress=False):
        if isinstance(data, str):
            data = data.encode("latin-1")
        if compress:
            data = zlib.compress(data, 9)
            dict_extra += " /Filter /FlateDecode"
        return self.add(("<< %s /Length %d >>\nstream\n" % (dict_extra, len(data))).encode("latin-1") + data + b"\nendstream")

    def page(self, ops, rotate=0, size=(612, 792), compress=False):
        # ops=None: the caller sets page["content"] later (after its annotations)
        content = None if ops is None else self.stream("", "\n".join(ops) + "\n", compress=compress)
        num = self.reserve()
        self.pages.append(dict(num=num, content=content, rotate=rotate, size=size, annots=[]))
        return self.pages[-1]

    def ap(self, w, h, ops):
        return self.stream("/Type /XObject /Subtype /Form /BBox [0 0 %s %s] /Resources << /Font << /Helv %d 0 R >> >>"
                           % (fmt(w), fmt(h), self.font), "\n".join(ops) + "\n")

    def text_field(self, page, name, tooltip, value, rect, size=11, comb=0):
        x1, y1, x2, y2 = rect
        w, h = x2 - x1, y2 - y1
        if comb:
            cell = w / comb
            ops = ["/Tx BMC", "q", "BT", "/Helv %s Tf" % fmt(size), "0 g"]
            for i, ch in enumerate(value):
                cx = cell * i + (cell - text_width(ch, size)) / 2
                ops.append("1 0 0 1 %s %s Tm %s Tj" % (fmt(cx), fmt((h - size * 0.7) / 2), pdf_str(ch)))
            ops += ["ET", "Q", "EMC"]
            # cell dividers belong to the page (printed form), drawn by the caller
        else:
            ops = ["/Tx BMC", "q", "BT", "/Helv %s Tf" % fmt(size), "0 g",
                   "2 %s Td" % fmt((h - size * 0.7) / 2), pdf_str(value) + " Tj", "ET", "Q", "EMC"]
        apn = self.ap(w, h, ops)
        extra = ""
        if comb:
            extra = " /MaxLen %d /Ff 16777216" % comb
        f = self.add("<< /Type /Annot /Subtype /Widget /FT /Tx /T %s /TU %s /V %s /Rect [%s] /F 4 /P %d 0 R "
                     "/DA (/Helv %s Tf 0 g) /MK << /BC [0.6 0.6 0.6] >> /AP << /N %d 0 R >>%s >>"
                     % (pdf_str(name), pdf_str(tooltip), pdf_str(value), " ".join(fmt(v) for v in rect),
                        page["num"], fmt(size), apn, extra))
        page["annots"].append(f)
        self.fields.append(f)
        return f

    def freetext(self, page, contents, rect, author, size=10, lines=None):
        x1, y1, x2, y2 = rect
        w, h = x2 - x1, y2 - y1
        lines = lines or [contents]
        ops = ["q", "1 1 0.8 rg", "0 0 %s %s re f" % (fmt(w), fmt(h)), "0 0 0.7 RG", "0.5 w",
               "0.5 0.5 %s %s re S" % (fmt(w - 1), fmt(h - 1)), "BT", "/Helv %s Tf" % fmt(size), "0 0 0.6 rg",
               "%s TL" % fmt(size * 1.25), "4 %s Td" % fmt(h - size - 3)]
        for i, ln in enumerate(lines):
            ops.append(pdf_str(ln) + (" Tj" if i == 0 else " '"))
        ops += ["ET", "Q"]
        apn = self.ap(w, h, ops)
        a = self.add("<< /Type /Annot /Subtype /FreeText /Rect [%s] /Contents %s /T %s /F 4 "
                     "/DA (0 0 0.6 rg /Helv %s Tf) /M (%s) /CreationDate (%s) /AP << /N %d 0 R >> >>"
                     % (" ".join(fmt(v) for v in rect), pdf_str(contents), pdf_str(author), fmt(size),
                        self.date, self.date, apn))
        page["annots"].append(a)
        return a

    def note(self, page, contents, rect, author):
        popup = self.reserve()
        a = self.add("<< /Type /Annot /Subtype /Text /Rect [%s] /Contents %s /T %s /Name /Comment /Open false "
                     "/C [1 0.9 0.2] /F 28 /M (%s) /CreationDate (%s) /Popup %d 0 R >>"
                     % (" ".join(fmt(v) for v in rect), pdf_str(contents), pdf_str(author), self.date,
                        self.date, popup))
        x1, y1, x2, y2 = rect
        self.set(popup, "<< /Type /Annot /Subtype /Popup /Parent %d 0 R /Rect [%s %s %s %s] /Open false /F 28 >>"
                 % (a, fmt(x2 + 4), fmt(y1 - 80), fmt(x2 + 204), fmt(y1)))
        page["annots"] += [a, popup]
        return a

    def build(self):
        kids = []
        pages_num = self.reserve()
        for p in self.pages:
            ann = (" /Annots [%s]" % " ".join("%d 0 R" % a for a in p["annots"])) if p["annots"] else ""
            rot = (" /Rotate %d" % p["rotate"]) if p["rotate"] else ""
            self.set(p["num"], "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d]%s /Resources << /Font << /F1 %d 0 R /F2 %d 0 R /Helv %d 0 R >> >> /Contents %d 0 R%s >>"
                     % (pages_num, p["size"][0], p["size"][1], rot, self.font, self.fontb, self.font, p["content"], ann))
            kids.append("%d 0 R" % p["num"])
        self.set(pages_num, "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(kids)))
        acro = ""
        if self.fields:
            af = self.add("<< /Fields [%s] /NeedAppearances true /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv %d 0 R >> >> >>"
                          % (" ".join("%d 0 R" % f for f in self.fields), self.font))
            acro = " /AcroForm %d 0 R" % af
        catalog = self.add("<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_num, acro))
        info = self.add("<< /Title %s /Author %s /CreationDate (%s) /ModDate (%s) >>"
                        % (pdf_str(self.title), pdf_str(self.author), self.date, self.date))
        out = io.BytesIO()
        out.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, 1):
            offsets.append(out.tell())
            if isinstance(body, str):
                body = body.encode("latin-1")
            out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1))
        for o in offsets:
            out.write(b"%010d 00000 n \n" % o)
        fid = hashlib.md5(out.getvalue()).hexdigest().upper()
        out.write(("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                   % (len(self.objs) + 1, catalog, info, fid, fid, xref)).encode("latin-1"))
        return out.getvalue()


def fmt(v):
    if isinstance(v, int):
        return str(v)
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def bt(x, y, s, size=11, font="F1", extra=""):
    """A plain horizontal line of text."""
    return "BT /%s %s Tf %s1 0 0 1 %s %s Tm %s Tj ET" % (font, fmt(size), extra, fmt(x), fmt(y), pdf_str(s))


def bt_rot(x, y, s, angle, size=11, font="F1"):
    """Text drawn along a direction turned by angle degrees (90: bottom to top, 270: top to bottom)."""
    c = {90: (0, 1, -1, 0), 270: (0, -1, 1, 0), 180: (-1, 0, 0, -1)}[angle]
    return "BT /%s %s Tf %d %d %d %d %s %s Tm %s Tj ET" % (font, fmt(size), c[0], c[1], c[2], c[3], fmt(x), fmt(y), pdf_str(s))


def pdf_date(cls_i, num):
    d = msg_date(cls_i, num) - datetime.timedelta(minutes=40)
    return d.strftime("D:%Y%m%d%H%M%S-04'00'")


# --------------------------------------------------------------------------
# xlsx writing
# --------------------------------------------------------------------------
def xlsx_bytes(wb, when):
    from openpyxl.writer.excel import ExcelWriter
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "Business Office"
    wb.properties.lastModifiedBy = "Business Office"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        ExcelWriter(wb, z).save()
    # same bytes every run: fixed member times, fixed order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def fphone(d, style=0):
    a, b, c = d[:3], d[3:6], d[6:]
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s"][style] % (a, b, c)


def sig(p):
    if p["role"]:
        return "%s\n%s\n%s" % (p["name"], p["role"], "Westfield Public Schools")
    return p["first"]


# ==========================================================================
# 1. unicode_digits
# ==========================================================================
def build_unicode_digits(V):
    cls = "unicode_digits"
    out = []
    FWH = "\uff0d"     # fullwidth hyphen-minus
    IDS = "\u3000"     # ideographic space

    def new(*a, **k):
        m = Msg(cls, len(out) + 1, *a, **k)
        out.append(m)
        return m

    # 1
    m = new("p_tanaka", "frontoffice", "Science museum trip - payment for Kenji")
    c1, c2, ph = V.card("visa"), V.card("mc"), V.phone()
    m.plain(f"""Hello Ms. Liu,

Kenji's permission slip is in his folder. For the $22 museum fee, please charge my card:

Visa {m.t("card", c1, udig(grp(c1), "fw"))}
Exp {udig("03/27", "fw")}   Name: Mei Tanaka

If that one is declined, my husband's Mastercard is
{m.t("card", c2, udig(grp(c2), "fw"))}  exp {udig("11/26", "fw")}

I typed this on my phone with the Japanese keyboard, sorry if the numbers look wide.
If there is a problem please call me at {m.l("phone", ph, udig(fphone(ph), "fw"))}.

Thank you,
Mei Tanaka
""", cte="base64")

    # 2
    m = new("n_hire1", "hr", "Re: New hire paperwork - SSN for payroll setup")
    s1, s2 = V.ssn(), V.ssn()
    m.plain(f"""Hi Priya,

Sorry, I left the SSN box blank on the W-4 by accident. Here it is (copied from my tax
software, which apparently uses a wide font):

SSN: {m.t("ssn", s1, udig(grp(s1, FWH), "fw"))}

For the dental plan, my spouse's social security number is
{m.t("ssn", s2, udig(grp(s2, FWH), "fw"))}

Thanks!
Jordan Whitaker
""", cte="quoted-printable")

    # 3
    m = new("benefits", "n_hire2", "Dependent enrollment - please confirm")
    s1, s2 = V.ssn(), V.ssn(low_area=True)
    m.plain(f"""Hi Camila,

Before I submit the dependent enrollment to the carrier, please confirm the numbers
below. The portal printout shows them in this bold font, so I pasted them as they are.

  Dependent 1 (spouse)  SSN {m.t("ssn", s1, udig(grp(s1), "sansbold"))}
  Dependent 2 (child)   SSN {m.t("ssn", s2, udig(grp(s2), "sansbold"))}

Coverage starts {m.l("date", None, udig("10/01/2024", "fw"))} if everything matches.

{sig(person("benefits"))}
""", cte="8bit")

    # 4
    m = new("p_haddad", "foodsvc", "lunch account for Lina")
    c1, ph = V.card("visa"), V.phone()
    m.plain(f"""Hello,

I want to add $50 to Lina Haddad lunch account (3rd grade, Lincoln). The website gives
an error every time.
Visa card number {m.t("card", c1, udig(c1, "arabic"))}
expiry ٠٨/٢٦
My phone is {m.l("phone", ph, udig(ph, "arabic"))} if you need.

Thank you
Hassan
""", cte="base64")

    # 5
    m = new("p_noor", "registrar", "Registration form for Zara Noor")
    s1, ph = V.ssn(), V.phone()
    m.plain(f"""Dear Mr. Marsh,

The registration form asked for Zara's social security number and I could not fill it
online, so I am sending it here.

Zara's social security number: {m.t("ssn", s1, udig(grp(s1), "persian"))}
Parent phone: {m.l("phone", ph, udig(fphone(ph, 1), "persian"))}

Regards,
Fatima Noor
""", cte="8bit")

    # 6
    m = new("p_shankar", "coach", "Cross country fee - Anika Shankar")
    c1, c2 = V.card("visa"), V.card("mc")
    m.plain(f"""Hi Coach Delgado,

Here is the card for Anika's cross country participation fee ($75).
Card number: {m.t("card", c1, udig(grp(c1), "deva"))}, exp ०४/२७
If the Visa does not go through use the Mastercard {m.t("card", c2, udig(grp(c2), "deva"))} (exp ०९/२८).

My phone keyboard is set to Hindi, hope the numbers are readable.

Ravi Shankar
""", cte="quoted-printable")

    # 7
    m = new("s_ellis", "counselor", "work permit form")
    s1, ph = V.ssn(), V.phone()
    m.plain(f"""hi ms park

for the work permit the grocery store needs my social. its {m.t("ssn", s1, udig(grp(s1), "keycap"))}
lol my phone turned it into emojis but you can read it
you can text me at {m.l("phone", ph, udig(fphone(ph, 1), "keycap"))} if you need anything else

thanks
jordan
""", cte="base64")

    # 8
    m = new("n_bus", "transport", "Background check info - Earl Simmons")
    s1 = V.ssn(digits_in="123")
    pos = {i for i, ch in enumerate(s1) if ch in "123"}
    m.plain(f"""Mrs. Brandt,

Here is what you asked for the background check for the driver position.
Copied it from my notes and some numbers came out small, sorry.

Full name: Earl W. Simmons
SS# {m.t("ssn", s1, udig(grp(s1), "sup", only=pos))}
Date of birth: 06/19/1961
CDL class B, air brakes endorsement

Earl Simmons
""", cs="iso-8859-1", cte="8bit")

    # 9
    m = new("hr", "payroll", "Two SSN corrections from the I-9 scans")
    s1, s2 = V.ssn(), V.ssn()
    m.plain(f"""Marisol,

The OCR on the I-9 scans put these in superscript/wide characters, but they are the
corrected numbers for the two September hires. Please update before the 9/20 run.

Okafor, Adaeze (food services)    SSN {m.t("ssn", s1, udig(grp(s1), "sup"))}
Lindqvist, Erik (custodial)       SSN {m.t("ssn", s2, udig(grp(s2), "fw"))}

Thanks,
Priya
""", cte="quoted-printable")

    # 10
    m = new("p_kim", "band", "Marching band uniform fee")
    c1 = V.card("visa")
    m.plain(f"""Hi Mr. Grant,

Paying Ethan's uniform cleaning fee. Visa {m.t("card", c1, udig(grp(c1), "fw", only={4, 5, 6, 7, 12, 13, 14, 15}))}, exp 02/27.
(My keyboard keeps switching to full-width, sorry.)

Also, is drop-off still at {m.l("time", None, udig("6:45", "fw"))} on Saturday?

Grace Kim
""", cte="8bit")

    # 11
    m = new("p_dubois", "bizoffice", "Outdoor school deposit - Theo Dubois")
    c1 = V.card("amex")
    m.html(f"""<p>Hello,</p>
<p>I would like to pay Theo's $150 deposit for outdoor school by card.</p>
<p>American Express: <b>{m.t("card", c1, udig(grp(c1), "bold"))}</b><br>
Expiration: {udig("05/26", "bold")}<br>
Name on card: Amelie Dubois</p>
<p>(I use a keyboard app with styled fonts, I hope this is fine.)</p>
<p>Merci,<br>Amelie</p>""", cte="quoted-printable")

    # 12
    m = new("s_tran", "counselor", "dual enrollment application")
    s1, sid = V.ssn(), V.digits(9, first="2")
    m.html(f"""<div>Hi Ms. Park,</div>
<div>The community college application needs these, I copied them from my notes app (it uses the typewriter font):</div>
<div>Social Security number: <tt>{m.t("ssn", s1, udig(grp(s1), "mono"))}</tt></div>
<div>Student ID: <tt>{m.l("student_id", sid, udig(sid, "mono"))}</tt></div>
<div>Thank you!!<br>Vivian</div>""", cte="base64")

    # 13
    m = new("n_hire3", "hr", "Re: I-9 and benefits forms")
    s1, s2 = V.ssn(), V.ssn()
    m.plain(f"""Hello Priya,

Thank you. My social security number is {m.t("ssn", s1, udig(grp(s1, "."), "arabic"))}
and my wife's SSN for the health plan is {m.t("ssn", s2, udig(s2, "arabic"))}.
My phone is set to Arabic, please tell me if the numbers do not show correctly.

Best regards,
Ahmed Saleh
""", cte="base64")

    # 14
    m = new("p_greene", "coach", "Basketball camp - Jaylen Greene")
    c1, c2 = V.card("disc"), V.card("mc2")
    m.plain(f"""Coach,

Jaylen's camp fee. Discover card {m.t("card", c1, udig(grp(c1), "dstruck"))}, exp 12/26.
If you need a second card for the tournament travel fee use my Mastercard
{m.t("card", c2, udig(grp(c2), "sans"))} exp 07/28.

Jamal Greene
""", cte="8bit")

    # 15
    m = new("p_nguyen", "frontoffice", "Medicaid form and field trip fee for Bao")
    s1, c1 = V.ssn(), V.card("visa")
    g = groups_of(s1)
    mixed = udig(g[0], "fw") + "-" + udig(g[1], "bold") + "-" + g[2]
    m.plain(f"""Hi Janet,

The nurse said the school Medicaid form needs Bao's SSN, I copied it from two places:
Bao Nguyen SSN {m.t("ssn", s1, mixed)}

And for the pumpkin farm trip please use card number {m.t("card", c1, udig(grp(c1, chr(0x2212)), "fw"))}.

Linh
""", cte="quoted-printable")

    # 16
    m = new("p_kovalenko", "band", "Band trip payment")
    c1 = V.card("amex")
    m.plain(f"""Dear Mr. Grant,

Marta's band trip balance is $310. Please charge my Amex
{m.t("card", c1, udig(grp(c1, IDS), "fw"))}
exp {udig("08/27", "fw")}

Olena Kovalenko
""", cte="base64")

    # 17
    m = new("hr", "payroll", "SSNs for the three new paras (from the onboarding export)")
    s1, s2, s3 = V.ssn(), V.ssn(low_area=True), V.ssn()
    e1, e2, e3 = V.digits(6, first="4"), V.digits(6, first="4"), V.digits(6, first="4")
    rows = ""
    for nm, s, e in (("Brooks, Kayla", s1, e1), ("Ferreira, Joao", s2, e2), ("Wu, Stella", s3, e3)):
        rows += "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (
            nm, m.l("employee_id", e, udig(e, "fw")), m.t("ssn", s, udig(grp(s, FWH), "fw"), grouped=True))
    m.html(f"""<p>Marisol,</p>
<p>The onboarding system exports in full-width characters for some reason. These are the three paraprofessionals starting Monday:</p>
<table border="1" cellpadding="3">
<tr><th>Name</th><th>Employee ID</th><th>SSN</th></tr>
{rows}</table>
<p>Priya</p>""", cte="quoted-printable")

    # 18
    m = new("s_okoro", "coach", "team jacket")
    c1 = V.card("visa")
    kc = " ".join(udig(g, "keycap") for g in groups_of(c1))
    m.plain(f"""Coach D,

my mom said to send her card number for my jacket ($45):
card: {m.t("card", c1, kc)}
exp 0️⃣3️⃣/2️⃣8️⃣

chidi
""", cte="base64")

    # 19
    m = new("subs", "payroll", "New sub - Patricia Lowe")
    s1 = V.ssn()
    m.plain(f"""Hi Marisol,

Patricia Lowe is cleared to sub starting 9/16. Her SSN from the application (the PDF
copied with odd characters): {m.t("ssn", s1, udig(grp(s1, chr(0xFE63)), "sans"))}

Ana
""", cte="quoted-printable")

    # 20
    m = new("p_alvarez", "nurse", "Valeria - Medicaid billing form")
    s1, mid = V.ssn(), V.digits(10, first="1")
    m.plain(f"""Hello Nurse Maldonado,

For the Medicaid billing consent form:
Valeria's SSN is {m.t("ssn", s1, udig(grp(s1, chr(0x2013)), "fw"))}
Medicaid ID: {m.l("medicaid_id", mid, udig(mid, "fw"))}

Miguel Alvarez
""", cte="8bit")

    # 21
    m = new("p_mehta", "counselor", "Aarav - dual enrollment form and fee")
    s1, c1 = V.ssn(), V.card("mc2")
    m.plain(f"""Hi Ms. Park,

For Aarav's dual enrollment form, his SSN: {m.t("ssn", s1, udig(grp(s1), "deva"))}
And the $40 application fee on my Mastercard {m.t("card", c1, udig(grp(c1), "deva"))} exp ११/२६.

Dev Mehta
""", cte="base64")

    # 22
    m = new("s_brennan", "registrar", "transcript request")
    s1 = V.ssn()
    m.plain(f"""Hi Mr. Marsh,

The college wants my transcript sent with my social on it. My social security number is
{m.t("ssn", s1, udig(grp(s1), "bold"))} and my date of birth is {m.l("date", None, udig("07/14/2008", "bold"))}.

Thank you!
Maeve Brennan
""", cte="quoted-printable")

    # 23
    m = new("n_coachasst", "payroll", "direct deposit for coaching stipend")
    s1, rt, acct = V.ssn(), V.routing(), V.digits(10, first="3")
    m.plain(f"""Hello,

Setting up direct deposit for my assistant coach stipend.
SSN {m.t("ssn", s1, udig(grp(s1), "fw"))}
Routing number {m.l("routing", rt, udig(rt, "fw"))}
Account number {m.l("account", acct, udig(acct, "fw"))}

Luis Ortega
""", cte="8bit")

    # 24
    m = new("p_noor", "foodsvc", "Lunch money - Zara Noor")
    c1, cid = V.card("visa"), V.digits(6, first="7")
    m.plain(f"""Hello,

Please add $40 to Zara's lunch account (student number {m.l("student_id", cid, udig(cid, "persian"))}).
Card number {m.t("card", c1, udig(grp(c1), "persian"))}, exp ۰۶/۲۷.

Fatima
""", cte="base64")
    return out


# ==========================================================================
# 2. separators
# ==========================================================================
EN, EM, FIG, MINUS, FWH, MID, BUL = "\u2013", "\u2014", "\u2012", "\u2212", "\uff0d", "\u00b7", "\u2022"
THIN, NNBSP, IDSP, NBSP, FIGSP, HAIR = "\u2009", "\u202f", "\u3000", "\u00a0", "\u2007", "\u200a"


def build_separators(V):
    cls = "separators"
    out = []

    def new(*a, **k):
        m = Msg(cls, len(out) + 1, *a, **k)
        out.append(m)
        return m

    # 1
    m = new("custodian", "payroll", "W-2 has my SSN wrong")
    s1, emp = V.ssn(), V.digits(6, first="5")
    m.plain(f"""Hi Marisol,

My 2023 W-2 came back from the tax preparer with a wrong social security number on it.
The correct SSN is {m.t("ssn", s1, grp(s1, EN))}. My employee number is {m.l("employee_id", emp, emp)}.
Can you send a corrected W-2c?

Thanks,
Victor Reyes
Facilities, Westfield HS
""", cs="windows-1252", cte="quoted-printable")

    # 2
    m = new("p_castillo", "frontoffice", "Re: field trip payment didn't go through")
    c1 = V.card("visa")
    typo = c1[:-1] + str((int(c1[-1]) + 3) % 10)
    V.used.add(typo)
    ph = V.phone()
    m.plain(f"""Hi Janet,

So sorry, I typed the card wrong last time ({m.l("card_typo_luhn_fail", typo, grp(typo, EM))} had a wrong
digit somewhere). This is the right one:

Visa {m.t("card", c1, grp(c1, EM))}, exp 10/26, Brianna Castillo

Maya's zoo trip, $18. My cell is {m.l("phone", ph, ph[:3] + EM + ph[3:6] + EM + ph[6:])}.

Bri
""", cs="windows-1252", cte="8bit")

    # 3
    m = new("hr", "benefits", "Life insurance beneficiary update - T. Okafor")
    s1, s2 = V.ssn(), V.ssn()
    m.plain(f"""Dale,

Tom Okafor updated his beneficiary form (typed in Word, so the dashes are the fancy ones):

Employee SSN:      {m.t("ssn", s1, grp(s1, FIG))}
Beneficiary SSN:   {m.t("ssn", s2, grp(s2, MINUS))}
Relationship:      spouse, 100%

Priya
""", cte="quoted-printable")

    # 4
    m = new("p_tanaka", "registrar", "Kenji - enrollment form and book fee")
    s1, c1 = V.ssn(), V.card("mc")
    m.plain(f"""Dear Mr. Marsh,

Kenji's social security number for the enrollment form: {m.t("ssn", s1, grp(s1, FWH))}
Workbook fee ($35), Mastercard {m.t("card", c1, grp(c1, FWH))} exp 09/27

Mei Tanaka
""", cte="base64")

    # 5
    m = new("p_schmidt", "bizoffice", "Payment for the Berlin exchange trip")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Hello,

For Lukas' exchange trip: my Visa card {m.t("card", c1, grp(c1, MID))}, valid until 05/27.
The travel insurance form also wants the parent's SSN: {m.t("ssn", s1, grp(s1, MID))}

Best regards
Heike Schmidt
""", cs="iso-8859-1", cte="quoted-printable")

    # 6
    m = new("p_obrien", "coach", "Soccer fees - Declan")
    c1, ph = V.card("mc"), V.phone()
    bl = " %s " % BUL
    m.plain(f"""Hi Coach,

Declan's soccer fee. Card: {m.t("card", c1, bl.join(groups_of(c1)))}   exp 01/28
Call me at {m.l("phone", ph, bl.join([ph[:3], ph[3:6], ph[6:]]))} with any questions.

Siobhan
""", cs="windows-1252", cte="quoted-printable")

    # 7
    m = new("n_sub2", "subs", "sub application - SSN")
    s1, inv = V.ssn(), "2024/0917/%04d" % V.rng.randint(1, 999)
    m.plain(f"""Hi Ana,

The online application would not accept my SSN, so here it is: SSN {m.t("ssn", s1, grp(s1, "/"))}
(The fingerprinting receipt number is {m.l("receipt_number", None, inv)}.)

Devon Hart
""", cte="7bit", cs="us-ascii")

    # 8
    m = new("n_hire2", "payroll", "Re: direct deposit form")
    s1, ph = V.ssn(), V.phone()
    m.plain(f"""Hi,

Soc Sec # {m.t("ssn", s1, grp(s1, "."))}
Best number to reach me: {m.l("phone", ph, fphone(ph, 2))}

Camila Reyes
""", cte="7bit", cs="us-ascii")

    # 9
    m = new("n_hire3", "hr", "Re: form would not submit")
    s1, s2 = V.ssn(), V.ssn()
    m.plain("Hello Priya,\n\nThe form has three boxes for the social security number and it would not submit,\n"
            "so I copied the boxes here:\n\n"
            "SSN\t%s\n"
            "Spouse SSN\t%s\n\n"
            "Thank you,\nAhmed\n" % (m.t("ssn", s1, "\t".join(groups_of(s1))), m.t("ssn", s2, "\t".join(groups_of(s2)))),
            cte="7bit", cs="us-ascii")

    # 10
    m = new("bizoffice", "p_dubois", "Receipt - outdoor school balance")
    c1, c2 = V.card("visa"), V.card("amex")
    m.plain(f"""Dear Ms. Dubois,

We processed the outdoor school balance. For your records, the cards you sent were:
Card number {m.t("card", c1, grp(c1, THIN))} (Visa) - $150.00
Card number {m.t("card", c2, grp(c2, NNBSP))} (American Express) - $75.00

Please shred your copy of this e-mail once you have checked it.

{sig(person("bizoffice"))}
""", cte="quoted-printable")

    # 11
    m = new("p_kovalenko", "frontoffice", "Marta - form and fee")
    s1, c1 = V.ssn(), V.card("disc")
    m.plain(f"""Hello,

Marta's SSN for the form: {m.t("ssn", s1, grp(s1, IDSP))}
Field trip fee on Discover {m.t("card", c1, grp(c1, IDSP))}

Olena
""", cte="base64")

    # 12
    m = new("p_dubois", "nurse", "Theo - medical form")
    s1, c1 = V.ssn(), V.card("mc")
    m.plain(f"""Bonjour,

Theo's social security number for the medical form: {m.t("ssn", s1, grp(s1, NBSP))}
For the $10 vision screening fee, my credit card: {m.t("card", c1, grp(c1, NBSP))}, exp 03/26.

Amélie Dubois
""", cs="iso-8859-1", cte="8bit")

    # 13
    m = new("p_johnson", "bizoffice", "Chromebook repair fee")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Hello

Paying Destiny's chromebook repair ($40).
Visa    {m.t("card", c1, "    ".join(groups_of(c1)))}    exp 06/27
The form also asked for her SSN:   {m.t("ssn", s1, "   ".join(groups_of(s1)))}

Tanya Johnson
""", cte="7bit", cs="us-ascii")

    # 14
    m = new("s_ellis", "counselor", "re: work permit")
    s1 = V.ssn()
    sp = " - ".join(" ".join(g) for g in groups_of(s1))
    m.plain(f"""ms park

sorry my last email got messed up. my social is {m.t("ssn", s1, sp)}

jordan
""", cte="7bit", cs="us-ascii")

    # 15
    m = new("p_greene", "registrar", "Jaylen - SSN for enrollment")
    s1, ph = V.ssn(), V.phone()
    m.plain(f"""Mr. Marsh,

Jaylen's SSN: {m.t("ssn", s1, ".".join(s1))}
My phone: {m.l("phone", ph, ".".join(ph))}

Jamal Greene
""", cte="7bit", cs="us-ascii")

    # 16
    m = new("p_ruiz", "band", "Band fees for Sofia")
    c1, c2 = V.card("visa"), V.card("mc")
    m.plain(f"""Mr. Grant,

Band fee for Sofia, card number {m.t("card", c1, " ".join(c1))}
exp 04/27
If that one doesn't work: Mastercard {m.t("card", c2, "  ".join(" ".join(g) for g in groups_of(c2)))} exp 12/25

Carlos Ruiz
""", cte="7bit", cs="us-ascii")

    # 17
    m = new("p_alvarez", "frontoffice", "Valeria - lunch application and trip")
    s1, c1 = V.ssn(), V.card("mc2")
    m.plain(f"""Hello,

Valeria's SSN {m.t("ssn", s1, "-".join(s1))}
Trip fee, card number {m.t("card", c1, "-".join(c1))}, exp 02/27

Miguel
""", cte="quoted-printable", cs="us-ascii")

    # 18
    m = new("hr", "payroll", "Stipend setup - L. Ortega (assistant coach)")
    s1, c1 = V.ssn(), V.card("visa")
    m.html(f"""<p>Marisol,</p>
<p>Luis Ortega's SSN: {m.t("ssn", s1, "&ndash;".join(groups_of(s1)), grp(s1, EN))}</p>
<p>He also paid the $25 background check fee with his card, please reimburse it with the stipend: card number
{m.t("card", c1, "&nbsp;".join(groups_of(c1)), grp(c1, NBSP))}.</p>
<p>Priya</p>""", cte="quoted-printable")

    # 19
    m = new("p_kim", "librarian", "Lost library book fee - Ethan Kim")
    s1, c1, isbn = V.ssn(), V.card("amex"), V.isbn13()
    isbn_f = "%s-%s-%s-%s-%s" % (isbn[:3], isbn[3], isbn[4:7], isbn[7:12], isbn[12])
    m.html(f"""<div>Hi Ms. Novak,</div>
<div>Ethan lost "Hatchet" (ISBN {m.l("isbn", isbn, isbn_f)}). Please charge my American Express
<b>{m.t("card", c1, "&#8201;".join(groups_of(c1)), grp(c1, THIN))}</b> for the replacement.</div>
<div>The library card form also asked for his SSN: {m.t("ssn", s1, "&middot;".join(groups_of(s1)), grp(s1, MID))}</div>
<div>Grace</div>""", cte="base64")

    # 20
    m = new("n_hire1", "payroll", "SSN and ITIN question")
    s1, itin, c1 = V.ssn(), V.bad_ssn("area9xx"), V.card("disc")
    m.plain(f"""Hi Marisol,

Before I got my social security card I filed taxes with an ITIN ({m.l("itin_not_ssn", itin, grp(itin, " " + EM + " "))}).
Please use my SSN now: {m.t("ssn", s1, grp(s1, " " + EM + " "))}.

Also the $12 parking permit, Discover {m.t("card", c1, grp(c1, " " + EN + " "))}.

Jordan
""", cs="windows-1252", cte="quoted-printable")

    # 21
    m = new("p_nguyen", "coach", "Bao - swim team")
    s1, c1 = V.ssn(), V.card("visa")
    g = groups_of(c1)
    sg = groups_of(s1)
    m.plain(f"""Coach Delgado,

Swim team fee, card number {m.t("card", c1, g[0] + "-" + g[1] + " " + g[2] + "." + g[3])}, exp 08/26.
The physical form wants Bao's social security number: {m.t("ssn", s1, sg[0] + " " + sg[1] + "-" + sg[2])}

Linh
""", cte="7bit", cs="us-ascii")

    # 22
    m = new("p_shankar", "bizoffice", "Summer school tuition")
    s1, c1 = V.ssn(), V.card("amex")
    m.plain(f"""Hello,

Anika's summer school tuition, American Express {m.t("card", c1, grp(c1, FIGSP))}, exp 07/26.
Her SSN for the enrollment record: {m.t("ssn", s1, grp(s1, HAIR + "-" + HAIR))}

Ravi Shankar
""", cte="base64")

    # 23
    m = new("p_haddad", "foodsvc", "Re: lunch account")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Hello,

The card number again: {m.t("card", c1, grp(c1, "/"))}, exp 08/26.
You asked for my SSN for the free lunch form: {m.t("ssn", s1, grp(s1, "_"))}

Hassan
""", cte="7bit", cs="us-ascii")

    # 24
    m = new("p_petrova", "frontoffice", "Alexei - museum trip")
    s1, c1 = V.ssn(), V.card("mc")
    m.plain(f"""Hi,

Alexei's SSN (for the permission form): {m.t("ssn", s1, ", ".join(s1))}
Museum fee, Mastercard {m.t("card", c1, MID.join(c1))}, expires 11/27

Nadia Petrova
""", cs="iso-8859-1", cte="quoted-printable")
    return out


# ==========================================================================
# 3. invisible_chars
# ==========================================================================
ZWSP, ZWNJ, ZWJ, WJ, SHY, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"
LRM, RLM, ITIMES, ISEP, VS15, VS16 = "\u200e", "\u200f", "\u2062", "\u2063", "\ufe0e", "\ufe0f"


def sprinkle(s, ch, every=1, rng=None, positions=None):
    """Put ch after digits of s (every n-th digit, or at given digit positions)."""
    out = []
    k = 0
    digits_total = sum(c.isdigit() for c in s)
    for c in s:
        out.append(c)
        if c.isdigit():
            k += 1
            if k < digits_total and ((positions is not None and k in positions) or (positions is None and k % every == 0)):
                out.append(ch)
    return "".join(out)


def build_invisible_chars(V):
    cls = "invisible_chars"
    out = []
    r = V.rng

    def new(*a, **k):
        m = Msg(cls, len(out) + 1, *a, **k)
        out.append(m)
        return m

    def seen_of(raw):
        return "".join(c for c in raw if c not in INVISIBLE)

    def T(m, kind, d, raw, **kw):
        return m.t(kind, d, raw, seen_of(raw), **kw)

    def L(m, what, d, raw):
        return m.l(what, d, raw, seen_of(raw))

    # 1
    m = new("n_sub1", "subs", "Re: substitute onboarding - SSN")
    s1 = V.ssn()
    m.plain(f"""Hi Ana,

I copied this straight from the state licensing portal, hope it pastes right.
SSN: {T(m, "ssn", s1, sprinkle(grp(s1), ZWSP))}

Patricia Lowe
""", cte="quoted-printable")

    # 2
    m = new("p_oneil", "frontoffice", "Finn - aquarium trip + form")
    s1, c1 = V.ssn(), V.card("visa")
    g = groups_of(c1)
    m.plain(f"""Hi Janet,

Aquarium trip fee for Finn, Visa {T(m, "card", c1, (ZWSP + " ").join(g))} exp 07/26.
And Finn's social security number for the emergency form: {T(m, "ssn", s1, sprinkle(grp(s1), ZWNJ, positions={3, 5}))}

Lauren
""", cte="base64")

    # 3
    m = new("p_greene", "bizoffice", "Chromebook insurance")
    c1 = V.card("mc")
    m.plain(f"""Hello,

Chromebook insurance for Jaylen ($20). Mastercard number {T(m, "card", c1, sprinkle(grp(c1), ZWJ, positions={2, 7, 9, 13}))}
exp 05/27

Jamal
""", cte="8bit")

    # 4
    m = new("hr", "payroll", "New hire from the applicant system")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Marisol,

The applicant system puts invisible joiners in everything it exports, FYI.
New hire: Camila Reyes, Spanish teacher, starts 9/23
SSN {T(m, "ssn", s1, sprinkle(grp(s1), WJ))}
She also asked to be reimbursed for the licensure fee she paid on her card ({T(m, "card", c1, sprinkle(grp(c1), WJ))}),
please check with the business office which card number they need on the form.

Priya
""", cte="quoted-printable")

    # 5
    m = new("p_schmidt", "registrar", "Lukas - registration")
    s1, c1 = V.ssn(), V.card("visa")
    g = groups_of(c1)
    m.plain(f"""Good morning,

Lukas' SSN: {T(m, "ssn", s1, s1[:4] + SHY + s1[4:])}
Registration fee, card number {T(m, "card", c1, SHY.join(g))}, valid until 10/26

Heike Schmidt
""", cs="iso-8859-1", cte="8bit")

    # 6
    m = new("teacher5", "payroll", "Tax withholding question")
    s1 = V.ssn()
    g = groups_of(s1)
    m.plain(f"""Hi Marisol,

I think my state withholding is wrong on the last two stubs. My SSN is {T(m, "ssn", s1, g[0] + "-" + g[1] + "-" + g[2][:2] + SHY + g[2][2:])}
if you need to look it up. The notice said it was {L(m, "word_soft_hyphens", None, "con" + SHY + "fi" + SHY + "den" + SHY + "tial")}, so I'm
only sending it to you.

Tom
""", cs="windows-1252", cte="quoted-printable")

    # 7
    m = new("p_petrova", "bizoffice", "Re: payment for the choir trip")
    s1, c1 = V.ssn(), V.card("amex")
    m.plain(f"""Hello,

I pasted these from a text file, the editor sometimes adds strange characters.
American Express {T(m, "card", c1, sprinkle(grp(c1), BOM, positions={4, 10}))}
SSN (for the trip insurance) {T(m, "ssn", s1, sprinkle(grp(s1), BOM, positions={3, 5}))}

Nadia
""", cte="base64")

    # 8
    m = new("p_haddad", "registrar", "Lina - SSN for school records")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Hello,

Lina SSN {T(m, "ssn", s1, LRM + sprinkle(grp(s1), LRM) + LRM)}
and for the registration fee Visa {T(m, "card", c1, LRM + sprinkle(grp(c1), LRM, every=2) + LRM)}

Hassan
""", cte="quoted-printable")

    # 9
    m = new("p_noor", "nurse", "Zara - vision screening fee")
    c1 = V.card("visa")
    g = groups_of(c1)
    raw = " ".join(g[:3]) + " " + g[3][:2] + RLM + g[3][2:] + RLM
    m.plain(f"""Hello,

Vision screening fee for Zara. Card number {T(m, "card", c1, raw)}, expiry 06/27.

Fatima
""", cte="8bit")

    # 10
    m = new("teacher8", "bizoffice", "Science Olympiad registration")
    s1, c1 = V.ssn(), V.card("mc2")
    m.plain(f"""Gloria,

I copied these out of my equation editor notes, so they may have odd invisible characters.
Science Olympiad registration ($60) went on my own Mastercard, card number {T(m, "card", c1, sprinkle(grp(c1), ISEP))}
For the reimbursement voucher, SSN {T(m, "ssn", s1, sprinkle(grp(s1), ITIMES))}

Marcus
""", cte="quoted-printable")

    # 11
    m = new("s_okoro", "coach", "track spikes order")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""coach

my dad's card for the spikes order: {T(m, "card", c1, sprinkle(grp(c1), VS15))}
also the athletic physical form needs my social: {T(m, "ssn", s1, sprinkle(grp(s1), VS16))}

chidi
""", cte="base64")

    # 12
    m = new("p_obrien", "bizoffice", "Outdoor school deposit - Declan")
    s1, c1 = V.ssn(), V.card("visa")
    html_c = "&shy;".join(groups_of(c1))
    html_s = grp(s1)[:5] + "&shy;" + grp(s1)[5:]
    m.html(f"""<p>Hello,</p>
<p>Declan's outdoor school deposit: Visa card number <span>{m.t("card", c1, html_c, c1)}</span>, exp 09/27.</p>
<p>The medical release also asks for his social security number: {m.t("ssn", s1, html_s, grp(s1))}</p>
<p>Siobhan O'Brien</p>""", cte="quoted-printable")

    # 13
    m = new("benefits", "hr", "Fwd: dependent SSNs from the carrier portal")
    s1, s2 = V.ssn(), V.ssn()
    h1 = "&#8203;".join(grp(s1))
    h2 = grp(s2).replace("-", "&#8203;-&#8203;")
    m.html(f"""<p>Priya,</p>
<p>The carrier portal copy-paste puts zero-width spaces in, sorry. Dependents for Erik Lindqvist:</p>
<ul><li>Spouse, SSN {m.t("ssn", s1, h1, grp(s1))}</li>
<li>Child, SSN {m.t("ssn", s2, h2, grp(s2))}</li></ul>
<p>Dale</p>""", cte="base64")

    # 14
    m = new("p_kim", "band", "Band camp fee + emergency form")
    s1, c1 = V.ssn(), V.card("disc65")
    hc = "&zwnj;".join(grp(c1))
    hs = grp(s1).replace("-", "&zwj;-")
    m.html(f"""<div>Hi Mr. Grant,</div>
<div>Band camp fee on my Discover: {m.t("card", c1, hc, grp(c1))} exp 01/27</div>
<div>Ethan's SSN for the emergency form: {m.t("ssn", s1, hs, grp(s1))}</div>
<div>Grace</div>""", cte="quoted-printable")

    # 15
    m = new("p_ruiz", "registrar", "Sofia transcript request")
    s1, c1 = V.ssn(), V.card("visa")
    hs = "&#x2060;".join(grp(s1))
    hc = grp(c1).replace(" ", " &#xFEFF;")
    m.html(f"""<p>Hello Mr. Marsh,</p>
<p>Sofia needs an official transcript for the magnet program. Social Security number: {m.t("ssn", s1, hs, grp(s1))}</p>
<p>The $5 fee can go on my card {m.t("card", c1, hc, grp(c1))}.</p>
<p>Carlos Ruiz</p>""", cte="base64")

    # 16
    m = new("s_brennan", "counselor", "scholarship application")
    s1 = V.ssn()
    spans = "&#8203;".join("<span>%s</span>" % ch for ch in grp(s1))
    m.html(f"""<p>Hi Ms. Park, the scholarship form asks for my social security number:</p>
<p>{m.t("ssn", s1, spans, grp(s1))}</p>
<p>I pasted it from the college portal. Thanks! Maeve</p>""", cte="quoted-printable")

    # 17
    m = new("p_mehta", "bizoffice", "Re: Payment for robotics club")
    s1, c1 = V.ssn(), V.card("mc")
    mixed = [ZWSP, ZWNJ, WJ, ZWJ, SHY, BOM]
    raw_c = "".join(ch + (mixed[i % 6] if ch.isdigit() and i % 3 == 1 else "") for i, ch in enumerate(grp(c1)))
    raw_s = "".join(ch + (mixed[(i + 2) % 6] if ch.isdigit() and i % 4 == 2 else "") for i, ch in enumerate(grp(s1)))
    m.plain(f"""Hello Gloria,

Robotics club fee for Aarav, card number {T(m, "card", c1, raw_c)}, exp 03/28.
Aarav's social for the competition waiver: {T(m, "ssn", s1, raw_s)}

Dev
""", cte="quoted-printable")

    # 18
    m = new("p_castillo", "frontoffice", "portal password + payment")
    c1 = V.card("mc")
    hc = "".join(ch + ("&shy;" if i in (5, 11, 16) else "") for i, ch in enumerate(grp(c1)))
    m.html(f"""<p>Hi Janet,</p>
<p>I still can't log in, it says my pass&shy;word is expired. Can you reset it?</p>
<p>Meanwhile, Maya's book fair money, Mastercard {m.t("card", c1, hc, grp(c1))}, exp 04/26.</p>
<p>Bri</p>""", cte="quoted-printable")
    m.l("word_soft_hyphen", None, "pass&shy;word", "password")
    m.looks[-1]["where"] = "html"

    # 19
    m = new("aide", "payroll", "my SSN (with invisible spaces, IT said the filter blocks them)")
    s1 = V.ssn()
    m.plain(f"""Hi Marisol,

IT told me our e-mail blocks social security numbers, so I put invisible spaces in it.
Mine is {T(m, "ssn", s1, sprinkle(grp(s1), ZWSP + ZWSP, every=1))} - it's for the retirement
system enrollment.

Kayla Brooks
""", cte="base64")

    # 20
    m = new("payroll", "hr", "Re: Fwd: garnishment order")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Priya,

Which number should I use? The order and the employee's message don't match.

> From: Victor Reyes
> My SSN is {T(m, "ssn", s1, sprinkle(grp(s1), ZWNJ, positions={1, 4, 7}))}
> and the card on file for the uniform order is {T(m, "card", c1, sprinkle(grp(c1), ZWSP, positions={4, 8, 12}))}

Marisol
""", cte="quoted-printable")

    # 21
    m = new("p_dubois", "band", "Theo - instrument rental")
    c1 = V.card("amex")
    g = groups_of(c1)
    m.plain(f"""Hello Mr. Grant,

Instrument rental, American Express {T(m, "card", c1, (ZWJ + " ").join(g))}, exp 12/26.

Amelie
""", cte="8bit")

    # 22
    m = new("subs", "payroll", "Two subs for the September run")
    s1, c1 = V.ssn(), V.card("disc")
    m.plain(f"""Marisol,

Devon Hart, SSN {T(m, "ssn", s1, LRM + sprinkle(grp(s1), LRM, positions={3, 5}))}
Patricia Lowe paid her fingerprint fee on her Discover {T(m, "card", c1, sprinkle(grp(c1), BOM + WJ, positions={4, 8, 12}))},
she wants it reimbursed with the first check.

Ana
""", cte="quoted-printable")

    # 23
    m = new("p_schmidt", "band", "Instrument insurance - Lukas")
    c1, ph = V.card("amex"), V.phone()
    m.plain(f"""Dear Mr. Grant,

For the instrument insurance: American Express {T(m, "card", c1, SHY.join(groups_of(c1)))}
valid until 02/27. You can reach me at {L(m, "phone", ph, SHY.join([ph[:3], ph[3:6], ph[6:]]))}.

Heike Schmidt
""", cs="iso-8859-1", cte="quoted-printable")

    # 24
    m = new("hr", "benefits", "Open enrollment corrections")
    s1, s2 = V.ssn(), V.ssn()
    zz = V.bad_ssn("area000")
    rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (nm, v) for nm, v in (
        ("Marsh, Kevin", m.t("ssn", s1, grp(s1).replace("-", "&#65279;-&#8203;"), grp(s1), grouped=True)),
        ("Novak, Irene", m.t("ssn", s2, "&#8204;".join(grp(s2)), grp(s2), grouped=True)),
        ("Placeholder row from the template", m.l("ssn_invalid_area000", zz, "&#8203;".join(grp(zz)), grp(zz)))))
    m.html(f"""<p>Dale,</p>
<p>Corrected SSNs for two employees (the bottom row is the template's sample row, ignore it):</p>
<table border="1"><tr><th>Employee</th><th>SSN</th></tr>{rows}</table>
<p>Priya</p>""", cte="quoted-printable")

    # extra look-alikes with the same tricks, spread over this class
    ph = V.phone()
    m = out[0]
    m.l("phone", ph, sprinkle(fphone(ph, 1), ZWSP), fphone(ph, 1))
    m.parts[0]["text"] = m.parts[0]["text"].replace("Patricia Lowe\n", "Patricia Lowe\ncell " + m.looks[-1]["raw"] + "\n")
    m.looks[-1]["where"] = "plain"
    bad = V.luhn_bad("visa")
    m = out[2]
    m.l("card_luhn_fail", bad, sprinkle(grp(bad), ZWJ, positions={3, 9}), grp(bad))
    m.parts[0]["text"] = m.parts[0]["text"].replace("exp 05/27\n", "exp 05/27\n(not the old one, " + m.looks[-1]["raw"] + ", that one was cancelled)\n")
    m.looks[-1]["where"] = "plain"
    z4 = V.zip4()
    m = out[10]
    m.l("zip_plus_4", z4, sprinkle(z4[:5] + "-" + z4[5:], WJ), z4[:5] + "-" + z4[5:])
    m.parts[0]["text"] = m.parts[0]["text"].replace("chidi\n", "chidi\nship to 14 Alder St, Westfield " + m.looks[-1]["raw"] + "\n")
    m.looks[-1]["where"] = "plain"
    g00 = V.bad_ssn("group00")
    m = out[5]
    m.l("ssn_invalid_group00", g00, sprinkle(grp(g00), SHY, positions={2, 6}), grp(g00))
    m.parts[0]["text"] = m.parts[0]["text"].replace("\nTom\n", "\n(The stub itself shows " + m.looks[-1]["raw"] + ", which can't be right.)\n\nTom\n")
    m.looks[-1]["where"] = "plain"
    return out


INVISIBLE = set("\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u2061\u2062\u2063\u2064\ufe0e\ufe0f"
                "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u034f")


# ==========================================================================
# 4. bidi
# ==========================================================================
RLO, LRO, RLE, PDF_, RLI, LRI, FSI, PDI = "\u202e", "\u202d", "\u202b", "\u202c", "\u2067", "\u2066", "\u2068", "\u2069"


def rlo(s):
    """Stored reversed inside a right-to-left override: the reader sees s."""
    return RLO + rev(s) + PDF_


def rli_groups(s, sep=" "):
    """Groups stored in reverse order inside a right-to-left isolate: the isolate
    lays the space-separated digit groups out right to left, so the reader sees s."""
    return RLI + rev_groups(s, sep) + PDI


def rle_groups(s, sep=" "):
    return RLE + rev_groups(s, sep) + PDF_


def build_bidi(V):
    cls = "bidi"
    out = []

    def new(*a, **k):
        m = Msg(cls, len(out) + 1, *a, **k)
        out.append(m)
        return m

    # 1
    m = new("p_haddad", "registrar", "Lina - SSN for the records")
    s1, ph = V.ssn(), V.phone()
    m.plain(f"""Hello Mr. Marsh,

My phone shows numbers backwards in English e-mails, so I fixed the order with the
direction marks. Please check it shows correctly for you:

Lina social security number: {m.t("ssn", s1, rlo(grp(s1)), grp(s1))}
My phone: {m.l("phone", ph, rlo(fphone(ph, 1)), fphone(ph, 1))}

Hassan Haddad
""", cte="base64")

    # 2
    m = new("s_ellis", "counselor", "work permit (again)")
    s1 = V.ssn()
    m.plain(f"""ms park

my cousin showed me a trick so bots cant read my social number but you can.
SSN: {m.t("ssn", s1, rlo(grp(s1)), grp(s1))}
let me know if it looks right on your screen

jordan
""", cte="quoted-printable")

    # 3
    m = new("p_greene", "bizoffice", "Payment + form for Jaylen")
    s1, c1 = V.ssn(), V.card("visa")
    line = "SSN for Jaylen's form: " + grp(s1)
    m.plain(f"""Hello,

{m.t("ssn", s1, rlo(line), line)}
Card for the $35 fee: {m.t("card", c1, rlo(grp(c1)), grp(c1))}, exp 09/26

Jamal
""", cte="8bit")

    # 4
    m = new("p_tanaka", "frontoffice", "Kenji - book order and emergency card")
    s1, c1 = V.ssn(), V.card("mc")
    order = V.digits(16, first="8", luhn=True)
    m.plain(f"""Hello Ms. Liu,

Book order {m.l("order_number_luhn_valid", order, rli_groups(grp(order)), grp(order))} for Kenji, paid with Mastercard
{m.t("card", c1, rli_groups(grp(c1)), grp(c1))} exp 02/28.
Emergency card: Kenji's SSN {m.t("ssn", s1, RLI + grp(s1) + PDI, grp(s1))}

Mei
""", cte="quoted-printable")

    # 5
    m = new("p_noor", "foodsvc", "Re: lunch account card")
    c1 = V.card("visa")
    ref = V.card("visa")
    V.used.add(rev(ref))
    m.plain(f"""Hello,

The card for Zara's lunch account is {m.t("card", c1, rle_groups(grp(c1)), grp(c1))}, expiry 11/27.
Your receipt said reference {m.l("reference_shown_reversed", rev(ref), RLO + ref + PDF_, rev(ref))}, is that right?

Fatima Noor
""", cte="base64")

    # 6
    m = new("n_hire3", "hr", "Re: I-9 - social security number")
    s1 = V.ssn()
    m.plain(f"""Hello Priya,

Sorry, here is the number again, I hope it displays right this time:
Social security number {m.t("ssn", s1, RLO + rev(grp(s1)), grp(s1))}
Thank you.

Ahmed
""", cte="quoted-printable")

    # 7
    m = new("p_dubois", "bizoffice", "Two payments - Theo")
    c1, c2 = V.card("amex"), V.card("amex")
    m.plain(f"""Hello,

Outdoor school balance on my Amex {m.t("card", c1, rlo(grp(c1)), grp(c1))} exp 03/27,
and the ski club fee on my husband's Amex {m.t("card", c2, rli_groups(grp(c2)), grp(c2))} exp 06/26.

Amelie
""", cte="8bit")

    # 8
    m = new("hr", "payroll", "Two SSNs from the bilingual intake form")
    s1, s2, bad = V.ssn(), V.ssn(), V.bad_ssn("area666")
    m.plain(f"""Marisol,

The intake form is bilingual and the numbers came out with direction controls. As displayed:
Reyes, Camila   SSN {m.t("ssn", s1, rlo(grp(s1, " ")), grp(s1, " "))}
Saleh, Ahmed    SSN {m.t("ssn", s2, rli_groups(grp(s2, " ")), grp(s2, " "))}
(The form's example line shows {m.l("ssn_invalid_area666", bad, rlo(grp(bad)), grp(bad))}; that is not a real number.)

Priya
""", cte="quoted-printable")

    # 9
    m = new("payroll", "hr", "Re: Fwd: stipend and card reimbursement")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Priya, is this right? It shows fine on my screen.

> Luis Ortega
> SSN {m.t("ssn", s1, rlo(grp(s1)), grp(s1))}
> Visa {m.t("card", c1, rlo(grp(c1)), grp(c1))} (for the fee reimbursement)

Marisol
""", cte="base64")

    # 10
    m = new("p_kovalenko", "registrar", "Marta - social security number")
    s1 = V.ssn()
    m.plain(f"""Good afternoon,

Marta's social security number is {m.t("ssn", s1, rli_groups(grp(s1, " ")), grp(s1, " "))}.

Olena
""", cte="8bit")

    # 11
    m = new("p_haddad", "nurse", "Lina - Medicaid form")
    s1 = V.ssn()
    m.html(f"""<p>Hello,</p>
<p>For the Medicaid form, Lina's SSN: <bdo dir="rtl">{m.t("ssn", s1, rev(grp(s1)), grp(s1))}</bdo></p>
<p>Hassan</p>""", cte="quoted-printable")

    # 12
    m = new("p_alvarez", "bizoffice", "Valeria - band and field trip")
    s1, c1 = V.ssn(), V.card("visa")
    m.html(f"""<p>Hello,</p>
<p>Card number: <bdo dir="rtl">{m.t("card", c1, rev(grp(c1)), grp(c1))}</bdo> (Visa, exp 10/27)</p>
<p>Valeria's social security number: <bdo dir="rtl">{m.t("ssn", s1, rev(grp(s1)), grp(s1))}</bdo></p>
<p>Trip date: <bdo dir="rtl">{m.l("date", None, rev("10/18/2024"), "10/18/2024")}</bdo></p>
<p>Miguel</p>""", cte="base64")

    # 13
    m = new("p_shankar", "coach", "Tennis fee - Anika")
    c1, z4 = V.card("mc2"), V.zip4()
    zf = z4[:5] + "-" + z4[5:]
    m.html(f"""<p>Coach,</p>
<p>Anika's tennis fee, Mastercard <span dir="rtl">{m.t("card", c1, rev_groups(grp(c1)), grp(c1))}</span>, exp 05/28.</p>
<p>Billing ZIP <bdo dir="rtl">{m.l("zip_plus_4", z4, rev(zf), zf)}</bdo></p>
<p>Ravi</p>""", cte="quoted-printable")

    # 14
    m = new("s_tran", "counselor", "FAFSA help night")
    s1, c1 = V.ssn(), V.card("visa")
    ent_c = "&#x202E;" + rev(grp(c1)) + "&#x202C;"
    ent_s = "&#8238;" + rev(grp(s1)) + "&#8236;"
    m.html(f"""<div>Hi Ms. Park,</div>
<div>For the FAFSA night you said to bring my SSN, here it is so you can pre-fill: {m.t("ssn", s1, ent_s, grp(s1))}</div>
<div>And my mom's card for the $15 college application fee: {m.t("card", c1, ent_c, grp(c1))}</div>
<div>Vivian</div>""", cte="base64")

    # 15
    m = new("n_hire1", "benefits", "Beneficiary SSN")
    s1 = V.ssn()
    line = "Beneficiary social security number: " + grp(s1)
    m.html(f"""<p>Hi Dale,</p>
<p><bdo dir="rtl">{m.t("ssn", s1, rev(line), line)}</bdo></p>
<p>Jordan</p>""", cte="quoted-printable")

    # 16
    m = new("p_mehta", "band", "Instrument rental")
    c1 = V.card("visa")
    m.html(f"""<p>Hello Mr. Grant,</p>
<p>Instrument rental card: <bdi dir="rtl">{m.t("card", c1, rev_groups(grp(c1)), grp(c1))}</bdi>, exp 07/27</p>
<p>Dev</p>""", cte="quoted-printable")

    # 17
    m = new("p_obrien", "frontoffice", "Declan - registration")
    s1, c1 = V.ssn(), V.card("disc")
    trk = "1Z" + "".join(V.rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + V.digits(10, first="1")
    st = 'style="unicode-bidi: bidi-override; direction: rtl"'
    m.html(f"""<p>Hi,</p>
<p>Declan's SSN: <span {st}>{m.t("ssn", s1, rev(grp(s1)), grp(s1))}</span></p>
<p>Registration fee on Discover card <span {st}>{m.t("card", c1, rev(grp(c1)), grp(c1))}</span></p>
<p>His old records were mailed, tracking <span {st}>{m.l("tracking_number", None, rev(trk), trk)}</span></p>
<p>Siobhan</p>""", cte="quoted-printable")

    # 18
    m = new("p_johnson", "bizoffice", "Destiny - fees")
    s1, c1 = V.ssn(), V.card("mc")
    m.plain(f"""Hello,

Destiny's fees, Mastercard {m.t("card", c1, rlo(grp(c1, "-")), grp(c1, "-"))} exp 04/27
Her SSN for the free lunch form: {m.t("ssn", s1, LRI + grp(s1) + PDI, grp(s1))}

Tanya
""", cte="quoted-printable")

    # 19
    m = new("p_greene", "coach", "Tournament travel")
    c1, c2 = V.card("disc65"), V.card("mc2")
    m.plain(f"""Coach,

Travel fee: Discover {m.t("card", c1, rlo(grp(c1)), grp(c1))}
Hotel deposit: Mastercard {m.t("card", c2, rlo(grp(c2)), grp(c2))}

Jamal
""", cte="base64")

    # 20
    m = new("hr", "subs", "Sub paperwork - Devon Hart")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Ana,

Devon Hart's SSN {m.t("ssn", s1, RLI + grp(s1) + PDI, grp(s1))} (the portal wraps numbers in isolates).
Fingerprint fee was on card {m.t("card", c1, FSI + grp(c1) + PDI, grp(c1))}, please reimburse.

Priya
""", cte="quoted-printable")

    # 21
    m = new("p_nguyen", "nurse", "Bao - form")
    s1, c1 = V.ssn(), V.card("mc")
    m.html(f"""<p>Hi Nurse Maldonado,</p>
<p>Bao's SSN &#x202E;{m.t("ssn", s1, rev(grp(s1)), grp(s1))}&#x202C; for the Medicaid consent.</p>
<p>Screening fee card <bdo dir="rtl">{m.t("card", c1, rev(grp(c1)), grp(c1))}</bdo></p>
<p>Linh</p>""", cte="base64")

    # 22
    m = new("n_coachasst", "payroll", "stipend paperwork")
    s1, c1, parcel = V.ssn(), V.card("visa"), V.ssn()
    m.plain(f"""Hi,

SSN: {m.t("ssn", s1, rlo(grp(s1)), grp(s1))}
Card for the reimbursement: {m.t("card", c1, rli_groups(grp(c1)), grp(c1))}
The uniforms came with parcel ref {m.l("parcel_ref_shown_reversed", rev(parcel), RLO + grp(parcel) + PDF_, rev(grp(parcel)))}, not sure who to give it to.

Luis
""", cte="8bit")

    # 23
    m = new("p_petrova", "registrar", "Alexei SSN")
    s1 = V.ssn()
    m.plain(f"""Hello,

Alexei's SSN is {m.t("ssn", s1, RLI + rlo(grp(s1)) + PDI, grp(s1))}.

Nadia
""", cte="quoted-printable")

    # 24
    m = new("p_kim", "bizoffice", "Ethan - trip and records")
    s1, c1 = V.ssn(), V.card("amex")
    m.html(f"""<p>Hi Gloria,</p>
<p>Washington trip deposit, American Express <bdo dir="rtl">{m.t("card", c1, rev(grp(c1)), grp(c1))}</bdo>, exp 01/28</p>
<p>Ethan's social security number: <span dir="rtl">{m.t("ssn", s1, rev_groups(grp(s1, " ")), grp(s1, " "))}</span></p>
<p>Grace</p>""", cte="quoted-printable")
    return out


def wrap_para(text, width):
    """Greedy wrap like a mail client: break at a space, or after a hyphen that is
    followed by a digit."""
    lines = []
    while len(text) > width:
        cut = -1
        for i in range(1, width + 1):
            if text[i] == " ":
                cut = i
            elif text[i - 1] == "-" and text[i].isdigit():
                cut = i
        if cut <= 0:
            break
        lines.append(text[:cut].rstrip(" "))
        text = text[cut:].lstrip(" ")
    lines.append(text)
    return "\n".join(lines)


def wrap_splitting(para, target, widths=range(56, 79)):
    """Wrap para at the first width that splits target across lines; returns
    (wrapped text, target as it now stands)."""
    pat = "".join(re.escape(c) + ("\n?" if c == "-" else "") if c != " " else "[ \n]" for c in target)
    for w in widths:
        t = wrap_para(para, w)
        mm = re.search(pat, t)
        if mm and "\n" in mm.group(0):
            return t, mm.group(0)
    raise AssertionError("no width splits " + target)


# ==========================================================================
# 5. line_breaks
# ==========================================================================
def build_line_breaks(V):
    cls = "line_breaks"
    ci = CLASSES.index(cls)
    out = []

    def new(*a, **k):
        m = Msg(cls, len(out) + 1, *a, **k)
        out.append(m)
        return m

    def flowed(m, body, delsp=False, cte="7bit", cs="utf-8", spelling="DelSp"):
        m.parts.append(dict(type="plain", text=body, cs=cs, cte=cte, flowed=True, delsp=delsp))
        m._claim("plain")
        m.raw = flowed_eml(m, ci, body, cs=cs, delsp=delsp, cte=cte, delsp_spelling=spelling)

    def unflow(body, delsp):
        outl, buf = [], ""
        for ln in body.split("\n"):
            if ln.endswith(" ") and ln != "-- ":
                buf += ln[:-1] if delsp else ln
            else:
                outl.append(buf + ln)
                buf = ""
        if buf:
            outl.append(buf)
        return "\n".join(outl)

    # 1
    m = new("n_sub1", "subs", "Re: missing info on my sub application")
    s1, ph = V.ssn(), V.phone()
    para = ("Sorry, I skipped that box on the form. My social security number is "
            + grp(s1) + ", and the best phone to reach me during the day is " + fphone(ph, 1)
            + ". I can start on the 16th if that works for the office.")
    t, raw = wrap_splitting(para, grp(s1))
    phraw = re.search(fphone(ph, 1).replace("-", "-\n?"), t).group(0)
    m.t("ssn", s1, raw)
    m.l("phone", ph, phraw)
    m.plain("Hi Ana,\n\n" + t + "\n\nPatricia Lowe\n", cte="quoted-printable")

    # 2
    m = new("p_castillo", "frontoffice", "Maya - field trip + emergency form")
    s1, c1 = V.ssn(), V.card("visa")
    para1 = ("Hi Janet, here is the card for Maya's trip, it's a Visa "
             + grp(c1) + ", exp 12/26, name on the card Brianna Castillo.")
    para2 = ("And the emergency form that came home wanted her SSN, it's " + grp(s1)
             + ". Let me know if you need anything else for the trip.")
    t1, r1 = wrap_splitting(para1, grp(c1))
    t2, r2 = wrap_splitting(para2, grp(s1))
    m.t("card", c1, r1)
    m.t("ssn", s1, r2)
    m.plain(t1 + "\n\n" + t2 + "\n\nBri\n", cte="8bit")

    # 3
    m = new("hr", "payroll", "SSN from the paper W-4 (three boxes)")
    s1 = V.ssn()
    m.plain(f"""Marisol,

Bernadette Cole's W-4 has the SSN in three separate boxes, I typed them as they are:

SSN:
{m.t("ssn", s1, chr(10).join(groups_of(s1)))}

Priya
""", cte="7bit", cs="us-ascii")

    # 4
    m = new("p_ruiz", "band", "Sofia - band fee")
    c1 = V.card("visa")
    m.plain(f"""Mr. Grant,

Card number:
{m.t("card", c1, chr(10).join(groups_of(c1)))}
exp 04/27
Name on card: Carlos Ruiz

Thanks
""", cte="quoted-printable", cs="us-ascii")

    # 5
    m = new("p_dubois", "nurse", "Theo - forms")
    s1, c1, z4 = V.ssn(), V.card("amex"), V.zip4()
    g = groups_of(c1)
    m.plain(f"""Hello,

Vision screening fee, American Express {m.t("card", c1, g[0] + " " + g[1] + chr(10) + g[2])}, exp 08/27,
billing ZIP {m.l("zip_plus_4", z4, z4[:5] + "-" + chr(10) + z4[5:])}.
Theo's social security number for the Medicaid consent:
{m.t("ssn", s1, s1[:5] + chr(10) + s1[5:])}

Amelie
""", cte="quoted-printable")

    # 6
    m = new("payroll", "hr", "Re: SSN check")
    s1 = V.ssn()
    g = grp(s1)
    m.plain(f"""Priya, this is what came in, it wrapped in my reply:

> Hi, my SSN is {m.t("ssn", s1, g[:7] + chr(10) + "> " + g[7:])}
> for the retirement form.
> Kayla

Is that the same number you have?

Marisol
""", cte="7bit", cs="us-ascii")

    # 7 format=flowed, no DelSp: soft break at the space between groups
    m = new("p_kim", "frontoffice", "Ethan - book fair and order")
    c1 = V.card("visa")
    order = V.digits(16, first="9", luhn=True)
    g, o = groups_of(c1), groups_of(order)
    body = ("Hi Janet,\n\nBook fair money for Ethan, $25. Please charge my Visa " + g[0] + " " + g[1] + " \n"
            + g[2] + " " + g[3] + ", exp 03/27.\n\nThe online order number was " + o[0] + " " + o[1] + " \n"
            + o[2] + " " + o[3] + " but it never went through.\n\nGrace\n")
    m.t("card", c1, g[0] + " " + g[1] + " \n" + g[2] + " " + g[3], grp(c1), flowed=True)
    m.l("order_number_luhn_valid", order, o[0] + " " + o[1] + " \n" + o[2] + " " + o[3], grp(order), flowed=True)
    flowed(m, body)

    # 8
    m = new("n_hire2", "payroll", "Re: payroll setup")
    s1, c1 = V.ssn(), V.card("mc")
    body = ("Hi Marisol,\n\nAnswering your questions: my social security number is \n"
            + grp(s1) + ", and yes, please take the union dues from each check.\n\n"
            "For the parking permit I paid with my Mastercard, card number \n"
            + grp(c1) + ", so no need to deduct that.\n\nCamila\n")
    m.t("ssn", s1, "is \n" + grp(s1), "is " + grp(s1), flowed=True)
    m.t("card", c1, "number \n" + grp(c1), "number " + grp(c1), flowed=True)
    flowed(m, body)

    # 9
    m = new("p_obrien", "registrar", "Declan - SSN")
    s1 = V.ssn()
    g = groups_of(s1)
    body = ("Hello,\n\nDeclan's social security number for the registration form is " + g[0] + " " + g[1] + " \n"
            + g[2] + ".\n\nSiobhan O'Brien\n")
    m.t("ssn", s1, g[0] + " " + g[1] + " \n" + g[2], grp(s1, " "), flowed=True)
    flowed(m, body, cte="7bit", cs="us-ascii")

    # 10
    m = new("p_mehta", "coach", "Aarav - tennis")
    c1, bad = V.card("mc2"), V.luhn_bad("mc2")
    g, b = groups_of(c1), groups_of(bad)
    body = ("Coach Delgado,\n\nTennis fee for Aarav. Please do not use the old card " + b[0] + " " + b[1] + " " + b[2] + " \n"
            + b[3] + " (I mistyped it in the form anyway). Mastercard: " + g[0] + " " + g[1] + " " + g[2] + " \n"
            + g[3] + " exp 06/28.\n\nDev Mehta\n")
    m.l("card_luhn_fail", bad, " ".join(b[:3]) + " \n" + b[3], grp(bad), flowed=True)
    m.t("card", c1, " ".join(g[:3]) + " \n" + g[3], grp(c1), flowed=True)
    flowed(m, body, cte="quoted-printable")

    # 11
    m = new("p_kovalenko", "bizoffice", "Marta – two payments")
    s1, c1 = V.ssn(), V.card("amex")
    g = groups_of(c1)
    body = ("Hello,\n\nMarta’s orchestra fee, American Express " + g[0] + " \n" + g[1] + " " + g[2]
            + ", exp 09/26.\nThe scholarship form also asks for her SSN: " + grp(s1)[:6] + " \n"
            + grp(s1)[6:].lstrip() + " – I hope that’s OK by e-mail.\n\nOlena\n")
    m.t("card", c1, g[0] + " \n" + g[1] + " " + g[2], grp(c1), flowed=True)
    assert grp(s1)[6] == "-"
    m.t("ssn", s1, grp(s1)[:6] + " \n" + grp(s1)[6:], grp(s1)[:6] + " " + grp(s1)[6:], flowed=True)
    flowed(m, body, cte="8bit")

    # 12 DelSp=yes: the soft break falls inside the number and its space is removed
    m = new("n_hire1", "hr", "SSN for the I-9")
    s1 = V.ssn()
    g = grp(s1)
    body = ("Hi Priya,\n\nHere is the number for section 1 of the I-9.\nSocial security number: " + g[:9] + " \n"
            + g[9:] + "\n\nJordan\n")
    m.t("ssn", s1, g[:9] + " \n" + g[9:], g, flowed=True)
    flowed(m, body, delsp=True)

    # 13
    m = new("p_greene", "bizoffice", "Jaylen - fees, card number")
    c1 = V.card("visa")
    usps = "9400" + V.digits(18, first="1")
    body = ("Hello,\n\nCard number " + c1[:6] + " \n" + c1[6:] + " exp 07/27 for Jaylen's fees.\n"
            "The returned textbook went out USPS, tracking " + usps[:11] + " \n" + usps[11:] + ".\n\nJamal\n")
    m.t("card", c1, c1[:6] + " \n" + c1[6:], c1, flowed=True)
    m.l("tracking_number", usps, usps[:11] + " \n" + usps[11:], usps, flowed=True)
    flowed(m, body, delsp=True)

    # 14
    m = new("p_shankar", "registrar", "Anika - records and transcript fee")
    s1, c1 = V.ssn(), V.card("visa")
    g = grp(c1)
    body = ("Hello Mr. Marsh,\n\nTranscript fee: Visa " + g[:7] + " \n" + g[7:] + ", exp 01/27.\n"
            "Anika's SSN " + s1[:4] + " \n" + s1[4:] + " for the records request.\n\nRavi\n")
    m.t("card", c1, g[:7] + " \n" + g[7:], g, flowed=True)
    m.t("ssn", s1, s1[:4] + " \n" + s1[4:], s1, flowed=True)
    flowed(m, body, delsp=True)

    # 15
    m = new("subs", "payroll", "Two subs, SSNs")
    s1, s2 = V.ssn(), V.ssn()
    body = ("Marisol,\n\nDevon Hart SSN " + grp(s1)[:5] + " \n" + grp(s1)[5:] + "\n"
            "Patricia Lowe SSN " + grp(s2)[:2] + " \n" + grp(s2)[2:] + "\n\nAna\n")
    m.t("ssn", s1, grp(s1)[:5] + " \n" + grp(s1)[5:], grp(s1), flowed=True)
    m.t("ssn", s2, grp(s2)[:2] + " \n" + grp(s2)[2:], grp(s2), flowed=True)
    flowed(m, body, delsp=True, spelling="delsp", cte="7bit", cs="us-ascii")

    # 16
    m = new("benefits", "hr", "Re: Fwd: dependent SSN")
    s1, s2 = V.ssn(), V.ssn()
    body = ("Priya,\n\nThe employee answered below. Both numbers look complete to me.\n\n"
            "> Hi Dale, my daughter’s social security number is " + grp(s1)[:5] + " \n"
            "> " + grp(s1)[5:] + " and my son’s is " + grp(s2)[:8] + " \n"
            "> " + grp(s2)[8:] + ".\n> Erik\n\nDale\n")
    m.t("ssn", s1, grp(s1)[:5] + " \n> " + grp(s1)[5:], grp(s1), flowed=True)
    m.t("ssn", s2, grp(s2)[:8] + " \n> " + grp(s2)[8:], grp(s2), flowed=True)
    flowed(m, body, delsp=True, cte="8bit")

    # 17 HTML
    m = new("p_haddad", "registrar", "Lina - SSN")
    s1 = V.ssn()
    g = grp(s1)
    m.html(f"""<p>Hello,</p>
<p>Lina's social security number: {m.t("ssn", s1, g[:7] + "<br>" + g[7:], g[:7] + chr(10) + g[7:])}</p>
<p>Hassan</p>""", cte="quoted-printable")

    # 18
    m = new("p_alvarez", "bizoffice", "Valeria - payment and SSN")
    s1, c1 = V.ssn(), V.card("mc")
    g = groups_of(c1)
    inv = "INV-2024-" + V.digits(6, first="3")
    m.html(f"""<div>Hello,</div>
<div>Invoice {m.l("invoice_number", None, inv[:9] + "<br>" + inv[9:], inv[:9] + chr(10) + inv[9:])} for Valeria's instrument.</div>
<div>Mastercard {m.t("card", c1, g[0] + " " + g[1] + "<br>" + g[2] + " " + g[3], g[0] + " " + g[1] + chr(10) + g[2] + " " + g[3])}, exp 11/26</div>
<div>Valeria's SSN for the scholarship: {m.t("ssn", s1, "<br>".join(groups_of(s1)), chr(10).join(groups_of(s1)))}</div>
<div>Miguel</div>""", cte="base64")

    # 19
    m = new("hr", "benefits", "Employee SSN (from the scanned form)")
    s1 = V.ssn()
    divs = "".join("<div>%s</div>" % x for x in groups_of(s1))
    m.html(f"""<div>Dale,</div>
<div>Social Security Number, as written in the three boxes:</div>
{m.t("ssn", s1, divs, chr(10).join(groups_of(s1)))}
<div>Priya</div>""", cte="quoted-printable")

    # 20
    m = new("p_noor", "coach", "Zara - volleyball fee")
    c1 = V.card("visa")
    m.html(f"""<p>Hello Coach,</p>
<p>Card number:<br>{m.t("card", c1, "<br>".join(groups_of(c1)), chr(10).join(groups_of(c1)))}<br>exp 05/27</p>
<p>Fatima</p>""", cte="quoted-printable")

    # 21
    m = new("p_johnson", "frontoffice", "Destiny - trip, SSN")
    s1, c1 = V.ssn(), V.card("disc")
    g = grp(c1)
    m.html(f"""<p>Hi,</p>
<p>Discover card {m.t("card", c1, g[:2] + "<br>" + g[2:], g[:2] + chr(10) + g[2:])} exp 02/27 for the trip.<br>
Destiny's social security number {m.t("ssn", s1, grp(s1)[:1] + "<br>" + grp(s1)[1:], grp(s1)[:1] + chr(10) + grp(s1)[1:])}</p>
<p>Tanya</p>""", cte="base64")

    # 22
    m = new("n_bus", "transport", "Re: driver application")
    s1, c1 = V.ssn(), V.card("visa")
    para1 = ("Here is the missing info you asked for. Social Security Number: "
             + grp(s1) + " and my date of birth you already have.")
    para2 = ("I paid the DOT physical at the clinic with my own Visa card " + grp(c1)
             + ", please tell me if that gets reimbursed with the first check.")
    t1, r1 = wrap_splitting(para1, grp(s1))
    t2, r2 = wrap_splitting(para2, grp(c1))
    m.t("ssn", s1, r1)
    m.t("card", c1, r2)
    m.plain("Mrs. Brandt,\n\n" + t1 + "\n\n" + t2 + "\n\nEarl\n", cte="7bit", cs="us-ascii")

    # 23
    m = new("coach", "bizoffice", "Card on file for the team bus")
    c1 = V.card("mc")
    g = grp(c1)
    m.plain(f"""Gloria,

Summit Coaches has our card on file {m.t("card", c1, g[:7] + chr(10) + g[7:])} exp 04/27 - is that still the
district card? They want to charge the deposit for the regional meet.

Ray
""", cte="quoted-printable", cs="us-ascii")

    # 24
    m = new("p_petrova", "frontoffice", "Alexei - forms")
    s1, c1, sid = V.ssn(), V.card("visa"), V.digits(9, first="2")
    g = groups_of(c1)
    m.plain(f"""Hello,

Soc sec #
{m.t("ssn", s1, chr(10).join(groups_of(s1)))}
CC
{m.t("card", c1, g[0] + " " + g[1] + chr(10) + g[2] + " " + g[3])}
exp 09/27
Student ID
{m.l("student_id", sid, sid[:4] + chr(10) + sid[4:])}

Nadia
""", cte="quoted-printable", cs="us-ascii")
    return out


# ==========================================================================
# 6. spelled_out
# ==========================================================================
def spell_double(s, sep=" ", oh=True):
    """Digit by digit, saying 'double' for a pair inside a group."""
    parts = []
    for g in re.split(r"[- ]", s):
        words, i = [], 0
        while i < len(g):
            w = "oh" if (g[i] == "0" and oh) else WORDS[int(g[i])]
            if i + 1 < len(g) and g[i + 1] == g[i] and not (i + 2 < len(g) and g[i + 2] == g[i]):
                words.append("double " + w)
                i += 2
            else:
                words.append(w)
                i += 1
        parts.append(sep.join(words))
    return ", ".join(parts)


def build_spelled_out(V):
    cls = "spelled_out"
    out = []
    r = V.rng

    def new(*a, **k):
        m = Msg(cls, len(out) + 1, *a, **k)
        out.append(m)
        return m

    def ssn_with_pair():
        while True:
            d = V.ssn()
            if any(g[i] == g[i + 1] and (i + 2 >= len(g) or g[i + 2] != g[i]) and (i == 0 or g[i - 1] != g[i])
                   for g in groups_of(d) for i in range(len(g) - 1)):
                return d

    # 1
    m = new("s_ellis", "counselor", "work permit - last try")
    s1 = V.ssn()
    m.plain(f"""ms park

ok the numbers keep getting messed up so here it is in words
my social is {m.t("ssn", s1, spell(s1))}

jordan
""", cte="7bit", cs="us-ascii")

    # 2
    m = new("p_johnson", "frontoffice", "Destiny trip money")
    c1 = V.card("visa")
    m.plain(f"""Hi,

I'm using voice to text so sorry. Visa {m.t("card", c1, spell(grp(c1), group_sep=", "))} expiration
oh four twenty seven

Tanya
""", cte="7bit", cs="us-ascii")

    # 3
    m = new("p_greene", "coach", "Jaylen - form and fee")
    s1, c1 = V.ssn(), V.card("mc")
    m.plain(f"""Coach,

Jaylen's SSN for the insurance form: {m.t("ssn", s1, spell(grp(s1), sep="-", oh=True, group_sep=" "))}
Card number for the fee: {m.t("card", c1, spell(grp(c1), sep="-", group_sep=" "))}

Jamal
""", cte="quoted-printable", cs="us-ascii")

    # 4
    m = new("p_ruiz", "registrar", "Sofia - social security")
    s1 = V.ssn()
    mix = set(r.sample(range(9), 4))
    m.plain(f"""Mr. Marsh,

Sofia's social security number is {m.t("ssn", s1, spell(s1, oh=True, mix=mix))}

Carlos Ruiz
""", cte="base64", cs="us-ascii")

    # 5
    m = new("n_sub2", "subs", "SSN and phone")
    s1, ph = V.ssn(), V.phone()
    m.plain(f"""Hi Ana,

My social security number: {m.t("ssn", s1, spell(grp(s1), group_sep=", "))}
Call me at {m.l("phone_spelled", ph, spell(ph[:3] + " " + ph[3:6] + " " + ph[6:], oh=True, group_sep=", "))}

Devon
""", cte="7bit", cs="us-ascii")

    # 6
    m = new("n_bus", "transport", "SS number for the application")
    s1 = V.ssn()
    m.plain(f"""Mrs. Brandt,

My SS number, spelled out because the last one came through wrong:
{m.t("ssn", s1, spell(grp(s1), cap=True, group_sep=" - "))}

Earl Simmons
""", cte="7bit", cs="us-ascii")

    # 7
    m = new("p_dubois", "bizoffice", "Amex for Theo's trip")
    c1 = V.card("amex")
    m.plain(f"""Hello,

My American Express number is {m.t("card", c1, spell(grp(c1), group_sep=" / "))}, expiring June 2027.

Amelie
""", cte="quoted-printable", cs="us-ascii")

    # 8
    m = new("n_hire1", "payroll", "Social security number for direct deposit")
    s1 = ssn_with_pair()
    m.plain(f"""Hi Marisol,

The way I'd say it on the phone: my social is {m.t("ssn", s1, spell_double(grp(s1)))}.

Jordan
""", cte="7bit", cs="us-ascii")

    # 9
    m = new("p_kim", "frontoffice", "Voicemail transcript - Grace Kim")
    s1 = V.ssn()
    m.plain(f"""Hi Janet, this is the transcript my phone made of the voicemail I left:

"Hi, this is Grace Kim, Ethan's mom. You asked for his social security number for the
district form, it's {m.t("ssn", s1, spell(s1[:3]) + " " + s1[3:])}. Thanks, bye."

Grace
""", cte="quoted-printable", cs="us-ascii")

    # 10
    m = new("p_oneil", "bizoffice", "Finn - payment")
    s1, c1 = V.ssn(), V.card("visa")
    m.html(f"""<p>Hello,</p>
<p>Card number: <b>{m.t("card", c1, spell(grp(c1), group_sep=", "))}</b>, exp May 2027.</p>
<p>Finn's SSN (for the scholarship form): {m.t("ssn", s1, spell(grp(s1), oh=True, group_sep=" dash "))}</p>
<p>Lauren</p>""", cte="quoted-printable", cs="us-ascii")

    # 11
    m = new("p_noor", "nurse", "Card for Zara's screening")
    c1 = V.card("disc")
    m.plain(f"""Hello,

Discover {m.t("card", c1, spell(grp(c1), sep="-", group_sep=", "))}

Fatima
""", cte="7bit", cs="us-ascii")

    # 12
    m = new("p_obrien", "coach", "Declan - fee")
    c1 = V.card("mc2")
    m.plain(f"""Coach,

CC# {m.t("card", c1, spell(grp(c1), oh=True, group_sep="... "))} exp 08/26

Siobhan
""", cte="7bit", cs="us-ascii")

    # 13
    m = new("p_alvarez", "nurse", "Voicemail follow-up")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Hello Nurse Maldonado,

My phone wrote down what I said: "Valeria's social security number is {m.t("ssn", s1, spell(grp(s1), group_sep=" dash "))}"
And the screening fee card number {m.t("card", c1, spell(grp(c1), group_sep=" space "))}

Miguel
""", cte="base64", cs="us-ascii")

    # 14
    m = new("frontoffice", "bizoffice", "Fwd: voicemail from a parent (transcript)")
    s1, c1, ph = V.ssn(), V.card("visa"), V.phone()
    m.plain(f"""Gloria, this came in on the office line. The transcript:

"Hi this is Nadia Petrova, Alexei's mom. I want to pay the museum trip. My card number is
{m.t("card", c1, spell(grp(c1), oh=True))} expiration
eleven twenty seven. Also the form asked for his social, it's {m.t("ssn", s1, spell(s1, oh=True))}.
Call me back at {m.l("phone_spelled", ph, spell(ph, oh=True))}. Thank you."

Janet
""", cte="quoted-printable", cs="us-ascii")

    # 15
    m = new("s_okoro", "counselor", "SSN for the summer job")
    s1 = V.ssn()
    m.plain(f"""ms park

SOCIAL SECURITY NUMBER {m.t("ssn", s1, spell(grp(s1), group_sep="  ").upper())}

chidi
""", cte="7bit", cs="us-ascii")

    # 16
    m = new("p_kovalenko", "band", "Card for the trip")
    c1 = V.card("mc")
    g = groups_of(c1)
    m.plain(f"""Mr. Grant,

Mastercard {m.t("card", c1, g[0] + " " + spell(g[1]) + " " + g[2] + " " + spell(g[3]))}

Olena
""", cte="7bit", cs="us-ascii")

    # 17
    m = new("hr", "payroll", "SSNs read over the phone")
    s1, s2 = V.ssn(), V.ssn()
    m.html(f"""<p>Marisol,</p>
<p>Two employees read their numbers to me over the phone, I wrote them down as said:</p>
<ul>
<li>Cole, Bernadette &ndash; SSN {m.t("ssn", s1, spell(grp(s1), group_sep=" - "))}</li>
<li>Reyes, Victor &ndash; SSN {m.t("ssn", s2, spell(grp(s2), oh=True, group_sep=" - "))}</li>
</ul>
<p>Priya</p>""", cte="quoted-printable", cs="us-ascii")

    # 18
    m = new("p_castillo", "registrar", "Maya - SSN and fee")
    s1, c1, combo = V.ssn(), V.card("visa"), "%02d-%02d-%02d" % (r.randint(1, 39), r.randint(1, 39), r.randint(1, 39))
    m.plain(f"""Hello,

Maya's SSN: {m.t("ssn", s1, spell(s1, sep=", "))}
Records fee on my Visa: {m.t("card", c1, spell(c1, sep=", "))}
(And could you tell her locker combination is {m.l("locker_combination", None, spell(combo, group_sep=", "))}? She forgot it.)

Bri
""", cs="iso-8859-1", cte="quoted-printable")

    # 19
    m = new("s_tran", "counselor", "scholarship form")
    s1 = V.ssn()
    m.plain(f"""Ms. Park,

They said to spell it out so it doesn't get blocked: social security number
{m.t("ssn", s1, spell(grp(s1), cap=True, group_sep=" "))}

Vivian
""", cte="7bit", cs="us-ascii")

    # 20
    m = new("p_mehta", "bizoffice", "Card for Aarav's robotics trip")
    while True:
        c1 = V.card("visa")
        if re.search(r"(\d)\1", c1):
            break
    m.plain(f"""Hello,

As I said on the phone, Visa {m.t("card", c1, spell_double(grp(c1)))}, exp March 2028.

Dev Mehta
""", cte="7bit", cs="us-ascii")

    # 21
    m = new("p_nguyen", "frontoffice", "Bao - form and trip")
    s1, c1 = V.ssn(), V.card("mc")
    g = groups_of(c1)
    m.plain(f"""Hi Janet,

Bao's social security number: {m.t("ssn", s1, ", ".join(spell(ch) for ch in s1))}
Trip fee card number {m.t("card", c1, g[0] + " " + spell(g[1], sep="-") + " " + g[2] + " " + spell(g[3], sep="-"))}

Linh
""", cte="quoted-printable", cs="us-ascii")

    # 22
    m = new("n_hire3", "benefits", "SSNs for the health plan")
    s1, s2 = V.ssn(), V.ssn()
    itin = V.bad_ssn("area9xx")
    m.plain(f"""Dear Dale,

My social security number: {m.t("ssn", s1, spell(grp(s1), group_sep=", "))}
My wife's social security number: {m.t("ssn", s2, spell(grp(s2), oh=True, group_sep=", "))}
My son does not have an SSN yet, only his ITIN: {m.l("itin_not_ssn", itin, spell(grp(itin), group_sep=", "))}

Ahmed Saleh
""", cte="7bit", cs="us-ascii")

    # 23
    m = new("p_petrova", "bizoffice", "Card number in words")
    c1 = V.card("amex")
    zz = V.zip4()
    m.plain(f"""Hello,

Amex card number {m.t("card", c1, spell(grp(c1), sep="-", group_sep=", ", cap=True))}
Billing zip code {m.l("zip_plus_4_spelled", zz, spell(zz[:5] + "-" + zz[5:], group_sep=" dash "))}

Nadia
""", cte="quoted-printable", cs="us-ascii")

    # 24
    m = new("s_brennan", "registrar", "transcript + fee")
    s1, c1 = V.ssn(), V.card("visa")
    m.plain(f"""Mr. Marsh,

social security number {m.t("ssn", s1, spell(grp(s1), group_sep=", "))}
and my mom's card for the $5 fee {m.t("card", c1, spell(grp(c1), group_sep=", "))} exp 10/26

Maeve
""", cte="base64", cs="us-ascii")
    return out


# ==========================================================================
# PDF pages shared by the three PDF classes
# ==========================================================================
def form_page_ops(title, lines, subtitle="Westfield Public Schools", y0=700):
    ops = [bt(72, 748, subtitle, 14, "F2"), bt(72, 728, title, 12, "F2"),
           "0.5 w 72 720 m 540 720 l S"]
    y = y0
    for ln in lines:
        if ln:
            ops.append(bt(72, y, ln, 10))
        y -= 18
    return ops


def label_for(kind, d, style=0):
    if kind == "ssn":
        return ["SSN", "Social Security No.", "Soc. Sec. #", "SS#"][style % 4]
    iss = card_issuer(d)
    name = {"visa": "Visa", "mc": "Mastercard", "amex": "American Express", "disc": "Discover"}[iss]
    return [name, "Card number", "Card on file: " + name, "Credit card"][style % 4]


def pdf_msg_body(m, text):
    m.plain(text, cte=["quoted-printable", "7bit", "base64", "8bit"][m.num % 4],
            cs="utf-8" if m.num % 4 in (2, 3) else "us-ascii")


# ==========================================================================
# 7. pdf_rotated
# ==========================================================================
ROT_SCEN = [
    # sender, to, subject, body, filename, title, kinds, variant
    ("payroll", "hr", "Change form - T. Okafor (signed)", "Priya,\n\nAttached is Tom Okafor's signed change form. I verified the SSN against his card and wrote it in the margin note.\n\nMarisol", "Okafor_change_form.pdf", "Employee Information Change Form", ["ssn"], "margin90"),
    ("bizoffice", "frontoffice", "Trip payment authorization - Castillo", "Janet,\n\nHere is the payment authorization for Maya Castillo's trip; the card on file is noted sideways on the right edge.\n\nGloria", "Castillo_trip_authorization.pdf", "Field Trip Payment Authorization", ["visa"], "margin270"),
    ("hr", "payroll", "New hire roster for the 9/20 run", "Marisol,\n\nRoster attached. The SSN column is turned sideways so it fits.\n\nPriya", "new_hires_0920.pdf", "New Hire Roster - September", ["ssn", "ssn", "ssn"], "col90"),
    ("p_greene", "coach", "athletic registration form", "Coach,\n\nI filled in the registration form and saved it as a PDF. It came out in landscape.\n\nJamal", "Greene_athletic_registration.pdf", "Athletic Registration 2024-25", ["visa", "ssn"], "page90up"),
    ("subs", "payroll", "Sub sign-in sheet w/ SSN", "Marisol,\n\nThe sign-in sheet from Friday. The page is saved rotated, sorry, just turn it.\n\nAna", "sub_signin_0913.pdf", "Substitute Sign-In Sheet", ["ssn"], "page90side"),
    ("n_hire2", "payroll", "Direct deposit authorization", "Hi Marisol,\n\nThe signed direct deposit form is attached.\n\nCamila", "direct_deposit_Reyes.pdf", "Direct Deposit Authorization", ["ssn"], "page270up"),
    ("bizoffice", "band", "Receipt - band trip (stamped)", "Lewis,\n\nThe receipt for the Kovalenko payment, stamped paid with the card used.\n\nGloria", "receipt_kovalenko.pdf", "Payment Receipt", ["amex"], "stamp90"),
    ("bizoffice", "hr", "Card payments log - week of 9/9", "Priya,\n\nThe card payments log for the week. The card column prints sideways.\n\nGloria", "card_log_0909.pdf", "Card Payments Log", ["visa", "mc", "disc"], "col270"),
    ("benefits", "hr", "Enrollment form with notes", "Priya,\n\nErik Lindqvist's enrollment form with my notes in the margin.\n\nDale", "Lindqvist_enrollment.pdf", "Benefits Enrollment Form", ["ssn", "ssn"], "margin90"),
    ("p_dubois", "bizoffice", "Outdoor school form (PDF)", "Hello,\n\nThe outdoor school payment form is attached, I wrote the card in the side box.\n\nAmelie", "outdoor_school_Dubois.pdf", "Outdoor School Payment Form", ["amex"], "margin270"),
    ("registrar", "counselor", "Dual enrollment packet - Tran", "Denise,\n\nVivian Tran's dual enrollment packet. The college's form has the SSN printed vertically.\n\nKevin", "Tran_dual_enrollment.pdf", "Dual Enrollment Application", ["ssn"], "stamp90"),
    ("transport", "hr", "Driver applicant packet - Simmons", "Priya,\n\nEarl Simmons' applicant packet. The second page came through rotated.\n\nHelen", "Simmons_packet.pdf", "Bus Driver Applicant Packet", ["ssn", "visa"], "page90up"),
    ("p_shankar", "bizoffice", "Summer school payment form", "Hello,\n\nAttached. The scanner app saved it rotated.\n\nRavi", "Shankar_summer_school.pdf", "Summer School Payment", ["mc2"], "page90side"),
    ("hr", "benefits", "Dependent verification sheet", "Dale,\n\nThe dependent verification sheet, SSN column is vertical.\n\nPriya", "dependent_verification.pdf", "Dependent Verification", ["ssn", "ssn"], "col270"),
    ("coach", "bizoffice", "Team travel card authorization", "Gloria,\n\nSigned card authorization for the regional meet travel.\n\nRay", "travel_card_auth.pdf", "Team Travel Card Authorization", ["visa", "mc"], "margin90"),
    ("p_tanaka", "frontoffice", "Emergency card (PDF)", "Hello Ms. Liu,\n\nKenji's emergency card, printed from the website. It is landscape.\n\nMei", "Tanaka_emergency_card.pdf", "Student Emergency Card", ["ssn"], "page270up"),
    ("foodsvc", "bizoffice", "Lunch account card payments", "Gloria,\n\nManual card payments we took at the register this week.\n\nBernadette", "lunch_card_payments.pdf", "Lunch Account Manual Payments", ["visa", "disc65", "mc"], "col90"),
    ("n_hire3", "hr", "W-4 (scanned)", "Hello Priya,\n\nMy W-4 is attached. The scan came out sideways.\n\nAhmed", "Saleh_W4.pdf", "Employee's Withholding Certificate (copy)", ["ssn"], "page90side"),
    ("nurse", "bizoffice", "Screening fee payments", "Gloria,\n\nThe screening fee slips, the card numbers are in the side column.\n\nRosa", "screening_fees.pdf", "Vision Screening Fee Slips", ["visa", "amex"], "margin270"),
    ("payroll", "subs", "Verified sub SSNs", "Ana,\n\nI stamped the verified numbers on the roster.\n\nMarisol", "sub_roster_verified.pdf", "Substitute Roster", ["ssn", "ssn"], "stamp90"),
    ("p_oneil", "band", "Instrument rental agreement", "Mr. Grant,\n\nSigned rental agreement attached.\n\nLauren", "rental_agreement_ONeil.pdf", "Instrument Rental Agreement", ["mc", "ssn"], "page90up"),
    ("registrar", "hr", "Student worker forms", "Priya,\n\nThe two student workers' forms for the library; SSNs are in the rotated column.\n\nKevin", "student_workers.pdf", "Student Worker Hiring Form", ["ssn", "ssn"], "col90"),
    ("p_alvarez", "nurse", "Medicaid consent (PDF)", "Hello,\n\nThe Medicaid consent form, signed.\n\nMiguel", "Alvarez_medicaid_consent.pdf", "School-Based Medicaid Consent", ["ssn"], "margin90"),
    ("bizoffice", "payroll", "Reimbursement vouchers", "Marisol,\n\nTwo reimbursement vouchers; the cards used are noted on the side.\n\nGloria", "reimbursements.pdf", "Reimbursement Voucher", ["visa", "mc2"], "page270up"),
]


def _kind_value(V, k):
    return ("ssn", V.ssn()) if k == "ssn" else ("card", V.card(k))


def build_pdf_rotated(V):
    cls = "pdf_rotated"
    ci = CLASSES.index(cls)
    out = []
    for i, (snd, to, subj, body, fname, title, kinds, var) in enumerate(ROT_SCEN, 1):
        m = Msg(cls, i, snd, to, subj)
        out.append(m)
        items = [_kind_value(V, k) for k in kinds]
        pdf = PDF(title, pdf_date(ci, i))
        ph = V.phone()
        base = ["Name: ____________________________", "School / Department: Westfield Public Schools",
                "Date: 09/%02d/2024" % (3 + i), "Contact phone: " + fphone(ph)]
        m.l("phone", ph, fphone(ph), how="pdf_text", label=None)
        ops = form_page_ops(title, base)
        rotate = 0
        vals = []
        for j, (kind, d) in enumerate(items):
            lab = label_for(kind, d, j + i)
            vals.append((kind, d, lab, grp(d)))
        if var in ("margin90", "margin270", "stamp90"):
            for j, (kind, d, lab, v) in enumerate(vals):
                s = "%s %s" % (lab, v)
                if var == "margin90":
                    s = ["Verified: ", "Note: ", "", "Checked "][j % 4] + s
                    ops.append(bt_rot(40 + 14 * j, 160, s, 90, size=9))
                elif var == "margin270":
                    s = s + ["  exp 04/27", "  (per parent)", "  exp 11/26", ""][j % 4]
                    ops.append(bt_rot(578 - 14 * j, 690, s, 270, size=9))
                else:
                    ops.append("q 0.8 0 0 RG 1.5 w %s %s 24 260 re S Q" % (fmt(455 + 40 * j - 6), fmt(300 - 6)))
                    ops.append("0.8 0 0 rg " + bt_rot(455 + 40 * j + 12, 300, s, 90, size=11, font="F2") + " 0 g")
                m.t(kind, d, v, v, how="pdf_rot", label=lab)
            lk = ["Page 1 of 2", "Form HR-114 (Rev. 06/2023)", "Printed 09/12/2024 10:41"][i % 3]
            ops.append(bt_rot(590, 60, lk, 90, size=7))
            m.l(["page_number_rotated", "form_revision_rotated", "print_date_rotated"][i % 3], None, lk, how="pdf_text")
        elif var in ("col90", "col270"):
            ops.append(bt(72, 600, "Name", 10, "F2"))
            ops.append(bt(250, 600, "Position / item", 10, "F2"))
            hdr = "SSN" if vals[0][0] == "ssn" else "Card number"
            ang = 90 if var == "col90" else 270
            hx = 470
            ops.append(bt_rot(hx, 560, hdr, ang, 10, "F2") if ang == 90 else bt_rot(hx, 630, hdr, ang, 10, "F2"))
            names = ["Brooks, Kayla", "Ferreira, Joao", "Wu, Stella", "Cole, Bernadette", "Hart, Devon"]
            items_txt = ["Paraprofessional", "Custodian", "Food service", "Library aide"]
            for j, (kind, d, lab, v) in enumerate(vals):
                y = 500 - 90 * j
                ops.append(bt(72, y, names[(i + j) % 5], 10))
                ops.append(bt(250, y, items_txt[(i + j) % 4] if kind == "ssn" else "Payment $%d.00" % (20 + 5 * j), 10))
                ops.append("0.3 w 60 %s m 540 %s l S" % (fmt(y - 18), fmt(y - 18)))
                if ang == 90:
                    ops.append(bt_rot(hx + 4, y - 10, v, 90, 10))
                else:
                    ops.append(bt_rot(hx + 4, y + 60, v, 270, 10))
                m.t(kind, d, v, v, how="pdf_rot", label=hdr)
            lk = "Page 1 of 1"
            ops.append(bt_rot(590, 60, lk, 90, size=7))
            m.l("page_number_rotated", None, lk, how="pdf_text")
        elif var in ("page90up", "page270up"):
            rotate = 90 if var == "page90up" else 270
            ang = 90 if rotate == 90 else 270
            ops = []

            def at(X, Y, s, size=10, font="F1"):
                # display position (X, Y) on the landscape view -> user space
                if rotate == 90:
                    return bt_rot(612 - Y, X, s, 90, size, font)
                return bt_rot(Y, 792 - X, s, 270, size, font)
            ops.append(at(60, 560, "Westfield Public Schools", 14, "F2"))
            ops.append(at(60, 540, title, 12, "F2"))
            ops.append(at(60, 510, "Date: 09/%02d/2024" % (3 + i)))
            ops.append(at(60, 492, "Contact phone: " + fphone(ph)))
            for j, (kind, d, lab, v) in enumerate(vals):
                ops.append(at(60, 450 - 24 * j, "%s: %s" % (lab, v), 11))
                m.t(kind, d, v, v, how="pdf_rot", label=lab)
            ops.append(at(60, 300, "Signature: ____________________________"))
            ops.append(at(700, 40, "Page 1 of 1", 8))
            m.l("page_number", None, "Page 1 of 1", how="pdf_text")
        elif var == "page90side":
            rotate = 90
            for j, (kind, d, lab, v) in enumerate(vals):
                ops.append(bt(72, 600 - 22 * j, "%s: %s" % (lab, v), 11))
                m.t(kind, d, v, v, how="pdf_rot", label=lab)
            ops.append(bt(500, 40, "Page 1 of 1", 8))
            m.l("page_number", None, "Page 1 of 1", how="pdf_text")
        pdf.page(ops, rotate=rotate, compress=(i % 3 == 0))
        m.attach(fname, "application/pdf", pdf.build())
        pdf_msg_body(m, body + "\n")
    return out


# ==========================================================================
# 8. pdf_spacing
# ==========================================================================
SPACE_SCEN = [
    ("hr", "payroll", "I-9 section 2 (PDF)", "Marisol,\n\nThe completed I-9 page for Kayla Brooks.\n\nPriya", "Brooks_I9.pdf", "Employment Eligibility - Section 2 Summary", ["ssn"]),
    ("bizoffice", "frontoffice", "Card authorization form - filled", "Janet,\n\nThe filled card authorization for the Ruiz family.\n\nGloria", "card_auth_Ruiz.pdf", "Credit Card Authorization Form", ["visa"]),
    ("p_kim", "band", "band trip form", "Mr. Grant,\n\nThe trip form is attached, filled on my computer.\n\nGrace", "band_trip_Kim.pdf", "Band Trip Payment Form", ["mc", "ssn"]),
    ("subs", "payroll", "Sub onboarding sheet", "Marisol,\n\nOnboarding sheet for Devon Hart.\n\nAna", "onboarding_Hart.pdf", "Substitute Onboarding Sheet", ["ssn"]),
    ("p_dubois", "bizoffice", "Payment form (PDF)", "Hello,\n\nThe payment form with my card.\n\nAmelie", "payment_Dubois.pdf", "Outdoor School Payment Form", ["amex"]),
    ("benefits", "hr", "Beneficiary form - Whitaker", "Priya,\n\nJordan Whitaker's beneficiary designation.\n\nDale", "beneficiary_Whitaker.pdf", "Life Insurance Beneficiary Designation", ["ssn", "ssn"]),
    ("p_greene", "coach", "Registration + payment", "Coach,\n\nForm attached.\n\nJamal", "registration_Greene.pdf", "Athletic Registration and Payment", ["disc", "ssn"]),
    ("transport", "payroll", "Driver W-4 summary", "Marisol,\n\nEarl Simmons' W-4 summary page.\n\nHelen", "W4_Simmons.pdf", "W-4 Summary", ["ssn"]),
    ("frontoffice", "bizoffice", "Phone payments taken today", "Gloria,\n\nThe phone payments sheet from today.\n\nJanet", "phone_payments.pdf", "Phone Payments Taken", ["visa", "mc"]),
    ("p_shankar", "registrar", "Records request form", "Hello,\n\nRecords request for Anika.\n\nRavi", "records_request_Shankar.pdf", "Student Records Request", ["ssn", "mc2"]),
    ("n_hire2", "hr", "Benefits election (PDF)", "Hi,\n\nMy benefits election is attached.\n\nCamila", "benefits_Reyes.pdf", "Benefits Election", ["ssn", "ssn"]),
    ("coach", "bizoffice", "Vendor card form - team shoes", "Gloria,\n\nThe shoe vendor wants this card form back.\n\nRay", "vendor_card_form.pdf", "Vendor Card Payment Form", ["visa"]),
    ("p_noor", "foodsvc", "Lunch payment form", "Hello,\n\nThe lunch payment form.\n\nFatima", "lunch_Noor.pdf", "Meal Account Payment Form", ["visa"]),
    ("registrar", "counselor", "Transcript request - Brennan", "Denise,\n\nMaeve's transcript request form.\n\nKevin", "transcript_Brennan.pdf", "Transcript Request", ["ssn"]),
    ("p_petrova", "frontoffice", "Trip form", "Hello,\n\nTrip form attached.\n\nNadia", "trip_Petrova.pdf", "Museum Trip Form", ["mc", "ssn"]),
    ("hr", "benefits", "COBRA notice data", "Dale,\n\nData sheet for the COBRA notice.\n\nPriya", "cobra_data.pdf", "COBRA Notice Data Sheet", ["ssn", "ssn"]),
    ("p_obrien", "coach", "Soccer registration", "Coach,\n\nAttached.\n\nSiobhan", "soccer_OBrien.pdf", "Soccer Registration", ["visa", "ssn"]),
    ("n_coachasst", "payroll", "stipend form", "Hi,\n\nMy stipend form.\n\nLuis", "stipend_Ortega.pdf", "Coaching Stipend Form", ["ssn"]),
    ("bizoffice", "payroll", "Refund form", "Marisol,\n\nRefund to a parent's card, form attached.\n\nGloria", "refund_form.pdf", "Refund Request", ["amex", "visa"]),
    ("p_alvarez", "registrar", "Enrollment form", "Hello,\n\nEnrollment form attached.\n\nMiguel", "enrollment_Alvarez.pdf", "Enrollment Form", ["ssn"]),
    ("nurse", "bizoffice", "Screening payments", "Gloria,\n\nScreening fee payments.\n\nRosa", "screening_payments.pdf", "Screening Fee Payments", ["disc65", "mc"]),
    ("p_tanaka", "registrar", "Form with SSN", "Hello,\n\nThe form is attached.\n\nMei", "form_Tanaka.pdf", "Student Information Form", ["ssn"]),
    ("n_hire3", "payroll", "Direct deposit form", "Hello,\n\nDirect deposit form.\n\nAhmed", "dd_Saleh.pdf", "Direct Deposit Form", ["ssn", "visa"]),
    ("p_mehta", "bizoffice", "Robotics payment form", "Hello,\n\nPayment form attached.\n\nDev", "robotics_Mehta.pdf", "Robotics Club Payment", ["mc2"]),
]
SPACE_VARIANTS = ["tc", "tj_digits", "abs_shuffled", "tw", "tj_groups", "boxes", "abs", "tz"]


def spaced_ops(var, x, y, v, rng, size=11):
    """Draw v starting at (x, y) with one of the spacing tricks; returns ops."""
    if var == "tc":
        return ["BT /F1 %s Tf 1 0 0 1 %s %s Tm 5.5 Tc %s Tj 0 Tc ET" % (fmt(size), fmt(x), fmt(y), pdf_str(v))]
    if var == "tw":
        return ["BT /F1 %s Tf 1 0 0 1 %s %s Tm 26 Tw %s Tj 0 Tw ET" % (fmt(size), fmt(x), fmt(y), pdf_str(v))]
    if var == "tz":
        return ["BT /F1 %s Tf 1 0 0 1 %s %s Tm 190 Tz 2 Tc %s Tj 100 Tz 0 Tc ET" % (fmt(size), fmt(x), fmt(y), pdf_str(v))]
    if var == "tj_digits":
        arr = " ".join("%s %d" % (pdf_str(c), -rng.choice([520, 610, 700, 780])) for c in v[:-1]) + " " + pdf_str(v[-1])
        return ["BT /F1 %s Tf 1 0 0 1 %s %s Tm [%s] TJ ET" % (fmt(size), fmt(x), fmt(y), arr)]
    if var == "tj_groups":
        gs = re.split(r"[- ]", v)
        arr = (" %d " % -2300).join(pdf_str(g) for g in gs)
        return ["BT /F1 %s Tf 1 0 0 1 %s %s Tm [%s] TJ ET" % (fmt(size), fmt(x), fmt(y), arr)]
    if var in ("abs", "abs_shuffled"):
        pos, cx = [], x
        for c in v:
            if c != " ":
                pos.append((c, cx))
            cx += HELV_W[c] * size / 1000.0 + 4.0
        if var == "abs_shuffled":
            rng.shuffle(pos)
        return ["BT /F1 %s Tf %s ET" % (fmt(size), " ".join("1 0 0 1 %s %s Tm %s Tj" % (fmt(cx), fmt(y), pdf_str(c)) for c, cx in pos))]
    if var == "boxes":
        ops, cx, glyphs = ["0.4 w"], x, []
        for c in v:
            if c.isdigit():
                ops.append("%s %s 16 18 re S" % (fmt(cx), fmt(y - 5)))
                glyphs.append((c, cx + (16 - HELV_W[c] * size / 1000.0) / 2))
                cx += 16
            else:
                glyphs.append((c if c != " " else "", cx + 2))
                cx += 10
        glyphs = [g for g in glyphs if g[0]]
        glyphs.reverse()
        ops.append("BT /F1 %s Tf %s ET" % (fmt(size), " ".join("1 0 0 1 %s %s Tm %s Tj" % (fmt(gx), fmt(y), pdf_str(c)) for c, gx in glyphs)))
        return ops
    raise ValueError(var)


def build_pdf_spacing(V):
    cls = "pdf_spacing"
    ci = CLASSES.index(cls)
    out = []
    k = 0
    for i, (snd, to, subj, body, fname, title, kinds) in enumerate(SPACE_SCEN, 1):
        m = Msg(cls, i, snd, to, subj)
        out.append(m)
        pdf = PDF(title, pdf_date(ci, i))
        ph = V.phone()
        base = ["Name: ____________________________", "Date: 09/%02d/2024" % (5 + i)]
        ops = form_page_ops(title, base)
        y = 620
        for j, kk in enumerate(kinds):
            kind, d = _kind_value(V, kk)
            style = (i + j) % 4
            if kind == "card" and style == 2:
                style = 1
            lab = label_for(kind, d, style) + ":"
            var = SPACE_VARIANTS[k % len(SPACE_VARIANTS)]
            k += 1
            v = grp(d, " ") if (var == "tw" and kind == "ssn") else grp(d)
            ops.append(bt(72, y, lab, 11))
            ops += spaced_ops(var, 200, y, v, V.rng)
            seen = " ".join(re.split(r"[- ]", v)) if var == "tj_groups" else v
            m.t(kind, d, v, seen, how="pdf_space", label=lab, variant=var)
            y -= 40
        # look-alikes drawn with the same tricks
        lvar = SPACE_VARIANTS[(i + 3) % len(SPACE_VARIANTS)]
        ops.append(bt(72, y, "Phone:", 11))
        lvar = lvar if lvar != "tw" else "tc"
        ops += spaced_ops(lvar, 200, y, fphone(ph, 1), V.rng)
        m.l("phone", ph, fphone(ph, 1), " ".join(fphone(ph, 1).split("-")) if lvar == "tj_groups" else fphone(ph, 1),
            how="pdf_space", label="Phone:")
        y -= 40
        if i % 3 == 0:
            inv = V.digits(16, first="7", luhn=True)
            ops.append(bt(72, y, "Invoice no.:", 11))
            ops += spaced_ops("tj_digits", 200, y, grp(inv), V.rng)
            m.l("invoice_number_luhn_valid", inv, grp(inv), how="pdf_space", label="Invoice no.:")
            y -= 40
        if i % 4 == 1:
            bad = V.luhn_bad("visa")
            ops.append(bt(72, y, "Old card (closed, do not use):", 11))
            ops += spaced_ops("boxes", 250, y, grp(bad), V.rng)
            m.l("card_luhn_fail", bad, grp(bad), how="pdf_space", label="Old card (closed, do not use):")
            y -= 40
        if i % 4 == 2:
            ops.append(bt(72, y, "Date of birth:", 11))
            ops += spaced_ops("abs_shuffled", 200, y, "04/27/2011", V.rng)
            m.l("date", None, "04/27/2011", how="pdf_space", label="Date of birth:")
            y -= 40
        ops.append(bt(72, y - 20, "Signature: ______________________________", 10))
        pdf.page(ops, compress=(i % 2 == 0))
        m.attach(fname, "application/pdf", pdf.build())
        pdf_msg_body(m, body + "\n")
    return out


# ==========================================================================
# 9. pdf_forms_annotations
# ==========================================================================
FORM_SCEN = [
    ("hr", "payroll", "Filled W-4 (fillable PDF)", "Marisol,\n\nThe fillable W-4 for Stella Wu came back filled in.\n\nPriya", "W4_Wu_filled.pdf", "Employee Withholding Form (fillable)", [("ssn", "field")]),
    ("p_castillo", "bizoffice", "card form filled in", "Hi,\n\nI filled in the PDF form with my card.\n\nBri", "card_form_Castillo.pdf", "Card Payment Form (fillable)", [("visa", "field")]),
    ("payroll", "hr", "Comments on the new hire form", "Priya,\n\nI left a sticky note on the form with the SSN I verified.\n\nMarisol", "newhire_Brooks_notes.pdf", "New Hire Form", [("ssn", "note")]),
    ("bizoffice", "frontoffice", "Receipt with card noted", "Janet,\n\nI added the card on file as a text box on the receipt.\n\nGloria", "receipt_Tanaka.pdf", "Receipt", [("mc", "freetext")]),
    ("n_hire1", "hr", "fillable I-9 section 1", "Hi Priya,\n\nFilled in and attached.\n\nJordan", "I9_section1_Whitaker.pdf", "Employment Eligibility - Section 1 (fillable)", [("ssn", "comb")]),
    ("p_greene", "coach", "registration form filled", "Coach,\n\nFilled in the form on the computer.\n\nJamal", "registration_filled_Greene.pdf", "Athletic Registration (fillable)", [("disc", "field"), ("ssn", "field")]),
    ("benefits", "hr", "Enrollment form - my comments", "Priya,\n\nSee my comments on the enrollment form.\n\nDale", "enrollment_comments.pdf", "Benefits Enrollment", [("ssn", "note"), ("ssn", "freetext")]),
    ("p_dubois", "bizoffice", "Filled payment form", "Hello,\n\nPayment form filled in.\n\nAmelie", "payment_filled_Dubois.pdf", "Outdoor School Payment (fillable)", [("amex", "comb")]),
    ("subs", "payroll", "Sub roster with notes", "Marisol,\n\nThe roster with my notes on two subs.\n\nAna", "sub_roster_notes.pdf", "Substitute Roster", [("ssn", "freetext"), ("ssn", "note")]),
    ("p_shankar", "registrar", "Records form (filled)", "Hello,\n\nThe records form, filled in.\n\nRavi", "records_filled_Shankar.pdf", "Records Request (fillable)", [("ssn", "field"), ("mc2", "field")]),
    ("coach", "bizoffice", "Card auth with sticky note", "Gloria,\n\nCard authorization; the card is on the sticky note.\n\nRay", "card_auth_note.pdf", "Team Travel Card Authorization", [("visa", "note")]),
    ("n_hire2", "payroll", "Direct deposit (fillable)", "Hi,\n\nFilled in.\n\nCamila", "dd_filled_Reyes.pdf", "Direct Deposit (fillable)", [("ssn", "comb")]),
    ("foodsvc", "bizoffice", "Register payments with comments", "Gloria,\n\nComments on the register sheet have the cards.\n\nBernadette", "register_comments.pdf", "Register Payments", [("visa", "freetext"), ("mc", "freetext")]),
    ("p_kim", "nurse", "Medicaid consent (fillable)", "Hello,\n\nFilled in the form.\n\nGrace", "medicaid_filled_Kim.pdf", "School-Based Medicaid Consent (fillable)", [("ssn", "field")]),
    ("registrar", "counselor", "Transcript form with notes", "Denise,\n\nMy notes are on the form.\n\nKevin", "transcript_notes.pdf", "Transcript Request", [("ssn", "note")]),
    ("p_obrien", "band", "Rental agreement filled", "Mr. Grant,\n\nRental agreement attached, filled in.\n\nSiobhan", "rental_filled_OBrien.pdf", "Instrument Rental Agreement (fillable)", [("visa", "comb")]),
    ("hr", "benefits", "Dependent form with comments", "Dale,\n\nComments added.\n\nPriya", "dependent_comments.pdf", "Dependent Information", [("ssn", "freetext"), ("ssn", "freetext")]),
    ("p_ruiz", "frontoffice", "Trip form filled in", "Hi,\n\nFilled trip form.\n\nCarlos", "trip_filled_Ruiz.pdf", "Field Trip Form (fillable)", [("mc", "field")]),
    ("nurse", "bizoffice", "Fee slips with notes", "Gloria,\n\nNotes on the fee slips.\n\nRosa", "fee_slip_notes.pdf", "Fee Slips", [("amex", "note"), ("visa", "freetext")]),
    ("n_hire3", "hr", "fillable W-4", "Hello,\n\nFilled in.\n\nAhmed", "W4_filled_Saleh.pdf", "Employee Withholding Form (fillable)", [("ssn", "comb")]),
    ("p_noor", "registrar", "Enrollment form (fillable)", "Hello,\n\nFilled in.\n\nFatima", "enrollment_filled_Noor.pdf", "Enrollment Form (fillable)", [("ssn", "field")]),
    ("bizoffice", "payroll", "Reimbursement with notes", "Marisol,\n\nSee the comments.\n\nGloria", "reimb_notes.pdf", "Reimbursement Voucher", [("disc65", "note"), ("ssn", "note")]),
    ("p_petrova", "bizoffice", "Payment form filled", "Hello,\n\nForm attached.\n\nNadia", "payment_filled_Petrova.pdf", "Payment Form (fillable)", [("visa", "field"), ("ssn", "comb")]),
    ("transport", "hr", "Applicant form with notes", "Priya,\n\nMy notes on the applicant form.\n\nHelen", "applicant_notes.pdf", "Bus Driver Applicant Form", [("ssn", "freetext")]),
]


def build_pdf_forms_annotations(V):
    cls = "pdf_forms_annotations"
    ci = CLASSES.index(cls)
    out = []
    authors = {"payroll": "Marisol Quintero", "benefits": "Dale Whitcomb", "bizoffice": "Gloria Esposito",
               "subs": "Ana Sokolova", "coach": "Ray Delgado", "foodsvc": "Bernadette Cole",
               "registrar": "Kevin Marsh", "hr": "Priya Raman", "nurse": "Rosa Maldonado",
               "transport": "Helen Brandt"}
    for i, (snd, to, subj, body, fname, title, items) in enumerate(FORM_SCEN, 1):
        m = Msg(cls, i, snd, to, subj)
        out.append(m)
        pdf = PDF(title, pdf_date(ci, i), author=authors.get(snd, person(snd)["name"]))
        ops = form_page_ops(title, ["Please print clearly or fill in on screen.", ""])
        page = pdf.page(None)  # content stream added after the annotations
        y = 640
        fillable = any(v in ("field", "comb") for _, v in items)
        who = authors.get(snd, person(snd)["name"])
        notes_y = 700
        for j, (kk, var) in enumerate(items):
            kind, d = _kind_value(V, kk)
            if var in ("field", "comb"):
                lab = {"ssn": "Social Security Number:", "card": "Card number:"}[kind]
                ops.append(bt(72, y, lab, 10))
                if var == "field":
                    v = grp(d)
                    pdf.text_field(page, "%s_%d" % (kind, j + 1), lab.rstrip(":"), v, (230, y - 5, 420, y + 13))
                else:
                    v = d
                    w = 16 * len(d)
                    ops.append("0.4 w " + " ".join("%s %s 16 18 re" % (fmt(230 + 16 * n), fmt(y - 5)) for n in range(len(d))) + " S")
                    pdf.text_field(page, "%s_%d" % (kind, j + 1), lab.rstrip(":"), v, (230, y - 5, 230 + w, y + 13), comb=len(d))
                m.t(kind, d, v, v, how="pdf_field", label=lab)
                y -= 36
            elif var == "freetext":
                lab = "SSN" if kind == "ssn" else "Card on file: " + label_for("card", d, 0)
                v = grp(d)
                text = "%s %s" % (lab, v) if kind == "ssn" else "%s %s exp %02d/%02d" % (lab, v, 1 + i % 12, 25 + i % 4)
                pre = ["Verified - ", "Per phone call: ", "", "Use this one: "][(i + j) % 4]
                pdf.freetext(page, pre + text, (300, notes_y - 40, 560, notes_y - 4), who, size=9)
                notes_y -= 50
                m.t(kind, d, v, v, how="pdf_freetext", label=lab)
            else:  # sticky note
                lab = "SSN" if kind == "ssn" else label_for("card", d, 3)
                v = grp(d)
                text = ["%s confirmed: %s", "%s for the file: %s", "Correct %s is %s", "%s %s (from the parent's call)"][(i + j) % 4] % (lab, v)
                pdf.note(page, text, (540, 600 - 40 * j, 560, 620 - 40 * j), who)
                m.t(kind, d, v, v, how="pdf_note", label=lab)
        # look-alikes: a date field, a phone, a student number
        if fillable:
            ops.append(bt(72, y, "Date of birth:", 10))
            adult = not snd.startswith("p_")      # staff and new hires fill in their own forms
            dob = "%02d/%02d/%d" % (1 + (i * 5) % 12, 1 + (i * 7) % 28, (1966 + (i * 7) % 30) if adult else (2008 + i % 8))
            pdf.text_field(page, "dob", "Date of birth", dob, (230, y - 5, 330, y + 13))
            m.l("date_field", None, dob, how="pdf_field", label="Date of birth")
            y -= 36
            ph = V.phone()
            ops.append(bt(72, y, "Phone:", 10))
            pdf.text_field(page, "phone", "Phone", fphone(ph), (230, y - 5, 360, y + 13))
            m.l("phone_field", ph, fphone(ph), how="pdf_field", label="Phone")
            y -= 36
        else:
            sid = V.digits(9, first="2")
            ops.append(bt(72, y, "Student / employee ID: " + sid, 10))
            m.l("student_id", sid, sid, how="pdf_text")
            y -= 24
            if i % 2 == 1:
                ph = V.phone()
                pdf.note(page, "Call back at " + fphone(ph) + " after 3 pm", (540, 420, 560, 440), who)
                m.l("phone_in_note", ph, fphone(ph), how="pdf_note")
            else:
                order = V.digits(16, first="8", luhn=True)
                pdf.freetext(page, "PO / order no. " + grp(order), (300, 300, 560, 330), who, size=9)
                m.l("order_number_luhn_valid", order, grp(order), how="pdf_freetext")
        ops.append(bt(72, y - 20, "Signature: ______________________________   Date: ____________", 10))
        cs = pdf.stream("", "\n".join(ops) + "\n", compress=(i % 2 == 1))
        page["content"] = cs
        m.attach(fname, "application/pdf", pdf.build())
        pdf_msg_body(m, body + "\n")
    return out


# ==========================================================================
# 10. xlsx_formats
# ==========================================================================
XLSX_SCEN = [
    # sender, to, subject, body, filename, sheet, title, columns
    ("hr", "payroll", "September new hires", "Marisol,\n\nNew hires for the September run attached.\n\nPriya", "new_hires_sept.xlsx", "New hires", ["ssn_fmt", "ssn_fmt_low", "ssn_text"]),
    ("bizoffice", "hr", "Booster club card payments", "Priya,\n\nThe booster club's card payments sheet; 16-digit numbers are typed as text.\n\nGloria", "booster_payments.xlsx", "Payments", ["card_text", "amex_fmt"]),
    ("payroll", "hr", "SSN check list", "Priya,\n\nCan you check these SSNs against the I-9s? Leading zeros show in the sheet.\n\nMarisol", "ssn_check.xlsx", "Check", ["ssn_zero9_low", "ssn_zero9", "ssn_general"]),
    ("subs", "payroll", "Sub roster - October", "Marisol,\n\nOctober sub roster attached.\n\nAna", "sub_roster_oct.xlsx", "Subs", ["ssn_general", "ssn_general"]),
    ("frontoffice", "bizoffice", "Trip payments (Lincoln 5th grade)", "Gloria,\n\nTrip payments we collected by phone.\n\nJanet", "trip_payments_5th.xlsx", "Trip", ["card_text_nosep", "card_text", "amex_fmt"]),
    ("benefits", "hr", "Dependents for open enrollment", "Priya,\n\nDependents list for the carrier file.\n\nDale", "dependents_OE.xlsx", "Dependents", ["ssn_fmt", "ssn_fmt_low", "ssn_fmt"]),
    ("coach", "bizoffice", "Team store orders", "Gloria,\n\nTeam store orders with the cards parents gave us.\n\nRay", "team_store.xlsx", "Orders", ["card_text", "card_text"]),
    ("registrar", "hr", "Student workers - fall", "Priya,\n\nStudent workers for fall (they need W-4s).\n\nKevin", "student_workers_fall.xlsx", "Workers", ["ssn_text", "ssn_text_plain"]),
    ("payroll", "benefits", "Retirement enrollments", "Dale,\n\nThe retirement enrollments for this month.\n\nMarisol", "retirement_enroll.xlsx", "Enrollments", ["ssn_fmt", "ssn_zero9"]),
    ("foodsvc", "bizoffice", "Manual card payments - cafeteria", "Gloria,\n\nManual card payments from the cafeteria registers.\n\nBernadette", "cafeteria_cards.xlsx", "Cards", ["card_text", "amex_fmt", "card_text_nosep"]),
    ("hr", "subs", "Sub SSN corrections", "Ana,\n\nCorrections for two subs (column C).\n\nPriya", "sub_corrections.xlsx", "Corrections", ["ssn_fmt_low", "ssn_general"]),
    ("band", "bizoffice", "Band trip card payments", "Gloria,\n\nBand trip card payments attached.\n\nLewis", "band_trip_cards.xlsx", "Band trip", ["amex_fmt4443", "card_text"]),
    ("transport", "payroll", "New drivers", "Marisol,\n\nNew drivers starting Monday.\n\nHelen", "new_drivers.xlsx", "Drivers", ["ssn_fmt", "ssn_text"]),
    ("nurse", "bizoffice", "Screening fee cards", "Gloria,\n\nScreening fees paid by card.\n\nRosa", "screening_cards.xlsx", "Fees", ["card_text_nosep", "card_text"]),
    ("payroll", "hr", "W-2c list", "Priya,\n\nEmployees needing a W-2c.\n\nMarisol", "w2c_list.xlsx", "W-2c", ["ssn_zero9_low", "ssn_fmt"]),
    ("bizoffice", "payroll", "Refunds to cards", "Marisol,\n\nRefunds going back to cards this week.\n\nGloria", "refunds_cards.xlsx", "Refunds", ["card_text", "amex_fmt"]),
    ("counselor", "registrar", "Dual enrollment list", "Kevin,\n\nDual enrollment students; the college needs the SSNs.\n\nDenise", "dual_enrollment.xlsx", "Students", ["ssn_general", "ssn_text", "ssn_fmt"]),
    ("hr", "benefits", "COBRA list", "Dale,\n\nCOBRA notices to send.\n\nPriya", "cobra_list.xlsx", "COBRA", ["ssn_fmt", "ssn_zero9"]),
    ("librarian", "bizoffice", "Lost book payments", "Gloria,\n\nLost book payments by card.\n\nIrene", "lost_books.xlsx", "Payments", ["card_text", "card_text_nosep"]),
    ("payroll", "subs", "Sub pay questions", "Ana,\n\nThese subs asked about their pay; SSNs in column C.\n\nMarisol", "sub_pay_questions.xlsx", "Questions", ["ssn_general", "ssn_fmt_low"]),
    ("bizoffice", "frontoffice", "Yearbook orders", "Janet,\n\nYearbook orders with cards.\n\nGloria", "yearbook_orders.xlsx", "Yearbooks", ["amex_fmt15", "card_text", "card_text"]),
    ("hr", "payroll", "Custodial new hires", "Marisol,\n\nCustodial new hires.\n\nPriya", "custodial_hires.xlsx", "Hires", ["ssn_text_plain", "ssn_zero9_low"]),
]


def build_xlsx_formats(V):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    cls = "xlsx_formats"
    ci = CLASSES.index(cls)
    out = []
    names = ["Brooks, Kayla", "Ferreira, Joao", "Wu, Stella", "Cole, Bernadette", "Hart, Devon", "Lowe, Patricia",
             "Simmons, Earl", "Reyes, Camila", "Saleh, Ahmed", "Okafor, Adaeze", "Lindqvist, Erik", "Ortega, Luis"]
    for i, (snd, to, subj, body, fname, sheet, cols) in enumerate(XLSX_SCEN, 1):
        m = Msg(cls, i, snd, to, subj)
        out.append(m)
        wb = Workbook()
        ws = wb.active
        ws.title = sheet
        is_card = cols[0].startswith("card") or cols[0].startswith("amex")
        ws["A1"] = subj
        ws["A1"].font = Font(bold=True)
        if is_card:
            headers = ["Name", "Order / item", "Card number", "Exp", "Phone", "Amount"]
        else:
            headers = ["Name", "Employee ID", "SSN", "Start date", "Phone", "ZIP+4"]
        for c, h in enumerate(headers, 1):
            ws.cell(row=2, column=c, value=h).font = Font(bold=True)
        for j, kind in enumerate(cols):
            r = 3 + j
            nm = names[(i * 3 + j) % len(names)]
            ws.cell(row=r, column=1, value=nm)
            ph = V.phone()
            pc = ws.cell(row=r, column=5, value=int(ph))
            pc.number_format = "(000) 000-0000"
            m.l("phone_cell", ph, fphone(ph), how="xlsx", cell="%s!E%d" % (sheet, r), label="Phone")
            cell = ws.cell(row=r, column=3)
            if kind.startswith("ssn"):
                d = V.ssn(low_area=kind.endswith("_low"))
                if kind.startswith("ssn_fmt"):
                    cell.value = int(d)
                    cell.number_format = "000-00-0000"
                    seen, typ = grp(d), "number"
                elif kind.startswith("ssn_zero9"):
                    cell.value = int(d)
                    cell.number_format = "000000000"
                    seen, typ = d, "number"
                elif kind == "ssn_general":
                    cell.value = int(d)
                    seen, typ = d, "number"
                elif kind == "ssn_text":
                    cell.value = grp(d)
                    cell.number_format = "@"
                    seen, typ = grp(d), "text"
                else:
                    cell.value = d
                    cell.number_format = "@"
                    seen, typ = d, "text"
                emp = V.digits(6, first="4")
                ws.cell(row=r, column=2, value=int(emp))
                m.l("employee_id_cell", emp, emp, how="xlsx", cell="%s!B%d" % (sheet, r), label="Employee ID")
                dc = ws.cell(row=r, column=4, value=datetime.datetime(2024, 9, 3 + j * 7))
                dc.number_format = "mm/dd/yyyy"
                z = V.zip4()
                zc = ws.cell(row=r, column=6, value=int(z))
                zc.number_format = "00000-0000"
                m.l("zip_plus_4_cell", z, z[:5] + "-" + z[5:], how="xlsx", cell="%s!F%d" % (sheet, r), label="ZIP+4")
                m.t("ssn", d, "%s!C%d" % (sheet, r), seen, how="xlsx", cell="%s!C%d" % (sheet, r), label="SSN", cell_type=typ,
                    number_format=cell.number_format)
            else:
                ck = ["visa", "mc", "disc", "mc2", "disc65"][(i + j) % 5]
                if kind.startswith("amex_fmt"):
                    # a 15-digit Amex fits a spreadsheet number exactly (15 significant digits)
                    d = V.card("amex")
                    cell.value = int(d)
                    cell.number_format = {"amex_fmt": "0000 000000 00000", "amex_fmt4443": "0000 0000 0000 000",
                                          "amex_fmt15": "000000000000000"}[kind]
                    it = iter(d)
                    seen, typ = "".join(next(it) if ch == "0" else ch for ch in cell.number_format), "number"
                elif kind == "card_text":
                    d = V.card(ck)
                    cell.value = grp(d)
                    cell.number_format = "@"
                    seen, typ = grp(d), "text"
                else:
                    d = V.card(ck)
                    cell.value = d
                    cell.number_format = "@"
                    seen, typ = d, "text"
                ws.cell(row=r, column=2, value=["Trip fee", "Hoodie", "Yearbook", "Deposit", "Replacement book"][(i + j) % 5])
                ws.cell(row=r, column=4, value="%02d/%02d" % (1 + (i + j) % 12, 25 + (i + j) % 4))
                ws.cell(row=r, column=6, value=15 + 5 * j).number_format = "$#,##0.00"
                m.t("card", d, "%s!C%d" % (sheet, r), seen, how="xlsx", cell="%s!C%d" % (sheet, r), label="Card number",
                    cell_type=typ, number_format=cell.number_format)
        # one more look-alike row: an order number that fails Luhn, or a student number
        r = 3 + len(cols) + 1
        if is_card:
            bad = V.luhn_bad("visa")
            ws.cell(row=r, column=1, value="VOID - card number mistyped, declined")
            c = ws.cell(row=r, column=3, value=grp(bad))
            c.number_format = "@"
            m.l("card_luhn_fail_cell", bad, grp(bad), how="xlsx", cell="%s!C%d" % (sheet, r), label="Card number")
        else:
            sid = V.digits(9, first="2")
            ws.cell(row=r, column=1, value="Student worker ID (not an SSN)")
            ws.cell(row=r, column=2, value=int(sid))
            m.l("student_id_cell", sid, sid, how="xlsx", cell="%s!B%d" % (sheet, r), label="Employee ID")
        for col, w in zip("ABCDEF", (22, 16, 24, 12, 16, 12)):
            ws.column_dimensions[col].width = w
        when = datetime.datetime(2024, 9, 10, 8, 0, 0) + datetime.timedelta(days=i)
        m.attach(fname, XLSX_CT, xlsx_bytes(wb, when))
        pdf_msg_body(m, body + "\n")
    return out


# ==========================================================================
# 11. lookalikes
# ==========================================================================
def build_lookalikes(V):
    from openpyxl import Workbook
    cls = "lookalikes"
    ci = CLASSES.index(cls)
    out = []
    r = V.rng

    def new(*a, **k):
        m = Msg(cls, len(out) + 1, *a, **k)
        out.append(m)
        return m

    def fw(s):
        return udig(s, "fw")

    # 1 published test card numbers
    m = new("it", "bizoffice", "Payment portal sandbox - test cards")
    m.plain(f"""Gloria,

The new payment portal sandbox is up. Use only the published test numbers there, never a real card:

  Visa test:        {m.l("test_card_visa", "4111111111111111", "4111 1111 1111 1111")}
  Visa (Stripe):    {m.l("test_card_visa", "4242424242424242", "4242 4242 4242 4242")}
  Mastercard test:  {m.l("test_card_mc", "5555555555554444", "5555–5555–5555–4444")}
  Amex test:        {m.l("test_card_amex", "378282246310005", "3782 822463 10005")}

Any expiry date in the future and any CVC work.

{sig(person("it"))}
""", cte="quoted-printable")

    # 2 famous / masked SSNs in training
    m = new("hr", "principal", "PII reminder for staff meeting")
    s_mask = V.ssn()
    m.plain(f"""Yvonne,

For Monday's staff meeting, the PII reminder slide says:

 - Never e-mail a full SSN. Write it masked, like {m.l("ssn_masked", None, "XXX-XX-" + s_mask[5:])} or ***-**-{s_mask[5:]}.
 - The famous example {m.l("ssn_famous_woolworth", "078051120", "078‐05‐1120")} was printed on a wallet insert in 1938
   and thousands of people used it as their own.
 - Numbers like {m.l("ssn_advertising_range", "987654321", "987-65-4321")} are reserved for advertising and never issued.

Priya
""", cte="8bit")

    # 3 fullwidth dates/times/phone
    m = new("frontoffice", "teacher5", "Science center trip - times")
    ph = V.phone()
    m.plain(f"""Tom,

Times for the science center trip (copied from the bus company's confirmation):
Date: {m.l("date_fullwidth", None, fw("10/18/2024"))}
Bus leaves: {m.l("time_fullwidth", None, fw("8:15"))}   Returns: {m.l("time_fullwidth", None, fw("2:45"))}
Driver cell: {m.l("phone_fullwidth", ph, fw(fphone(ph, 1)))}

Janet
""", cte="base64")

    # 4 ZIP+4 and phones with odd separators
    m = new("transport", "principal", "Route 14 stops - updated")
    z1, z2, p1, p2 = V.zip4(), V.zip4(), V.phone(), V.phone()
    m.plain(f"""Yvonne,

Updated Route 14 stops:
  Alder St & 3rd, Westfield MA {m.l("zip_plus_4", z1, z1[:5] + EN + z1[5:])}
  Birch Rd loop, Westfield MA {m.l("zip_plus_4", z2, z2[:5] + MID + z2[5:])}
Dispatch: {m.l("phone", p1, p1[:3] + EN + p1[3:6] + EN + p1[6:])}   After hours: {m.l("phone", p2, p2[:3] + MID + p2[3:6] + MID + p2[6:])}

Helen
""", cs="windows-1252", cte="quoted-printable")

    # 5 ISBNs
    m = new("librarian", "teacher8", "Book order - ISBNs")
    i1, i2, i3 = V.isbn13(), V.isbn13(), V.isbn13()
    m.plain(f"""Marcus,

The three titles for the science unit:
  ISBN {m.l("isbn", i1, "%s-%s-%s-%s-%s" % (i1[:3], i1[3], i1[4:7], i1[7:12], i1[12]))}
  ISBN {m.l("isbn", i2, fw(i2))}
  ISBN {m.l("isbn", i3, " ".join([i3[:3], i3[3:7], i3[7:11], i3[11:]]))}

Irene
""", cte="quoted-printable")

    # 6 order / invoice / PO numbers (some Luhn-valid)
    m = new("bizoffice", "coach", "Team store order confirmation")
    o1, o2, inv, po = V.digits(16, first="9", luhn=True), V.digits(16, first="8", luhn=True), V.digits(8, first="2"), V.digits(10, first="45")
    m.plain(f"""Ray,

Your two team store orders went through:
  Order # {m.l("order_number_luhn_valid", o1, grp(o1))}
  Order # {m.l("order_number_luhn_valid", o2, grp(o2, "-"))}
Invoice {m.l("invoice_number", inv, "INV-" + inv)}, charged to PO {m.l("po_number", po, po)}.

Gloria
""", cte="7bit", cs="us-ascii")

    # 7 student IDs with invisible characters
    m = new("counselor", "registrar", "Students for the dual enrollment list")
    ids = [V.digits(9, first="2") for _ in range(3)]
    m.plain("Kevin,\n\nThe three students I mentioned (IDs from the portal):\n" + "".join(
        "  %s  Student ID %s\n" % (nm, m.l("student_id", d, sprinkle(d, ZWSP, every=3), d))
        for nm, d in zip(["Tran, Vivian", "Okoro, Chidi", "Brennan, Maeve"], ids)) + "\nDenise\n", cte="quoted-printable")
    for x in m.looks:
        x["seen"] = x["digits"]

    # 8 invalid SSNs with tricks
    m = new("payroll", "hr", "SSNs that failed validation")
    a0, a6, a9, g0, s0 = V.bad_ssn("area000"), V.bad_ssn("area666"), V.bad_ssn("area9xx"), V.bad_ssn("group00"), V.bad_ssn("serial0000")
    m.plain(f"""Priya,

The state retirement upload rejected these SSNs as invalid (as typed in the forms):
  {m.l("ssn_invalid_area000", a0, fw(grp(a0)))}   area 000
  {m.l("ssn_invalid_area666", a6, grp(a6, EN))}   area 666
  {m.l("ssn_invalid_area9xx", a9, sprinkle(grp(a9), ZWSP), grp(a9))}   starts with 9 (that is an ITIN)
  {m.l("ssn_invalid_group00", g0, " ".join(g0))}   group 00
  {m.l("ssn_invalid_serial0000", s0, udig(grp(s0), "bold"))}   serial 0000
Can you get the right numbers from the employees?

Marisol
""", cte="base64")

    # 9 IMEI / serials
    m = new("it", "frontoffice", "Hotspot loaners - IMEIs")
    imeis = [V.digits(15, first="35", luhn=True) for _ in range(2)]
    m.plain("Janet,\n\nThe two hotspots going home with students (IMEIs on the box):\n" + "".join(
        "  Hotspot %d  IMEI %s\n" % (n + 1, m.l("imei_luhn_valid", d, "%s %s %s %s" % (d[:2], d[2:8], d[8:14], d[14])))
        for n, d in enumerate(imeis)) + "Asset tags WPS-%05d and WPS-%05d.\n\nSam\n" % (r.randint(10000, 99999), r.randint(10000, 99999)),
        cte="7bit", cs="us-ascii")

    # 10 card-length numbers failing Luhn
    m = new("bizoffice", "frontoffice", "Declined phone payments (typos)")
    b1, b2, b3 = V.luhn_bad("visa"), V.luhn_bad("mc"), V.luhn_bad("amex")
    m.plain(f"""Janet,

These three numbers from Friday's phone payments fail the card check digit, so they were typos.
Please call the parents back for the right numbers:
  Castillo  {m.l("card_luhn_fail", b1, grp(b1, EM))}
  Greene    {m.l("card_luhn_fail", b2, fw(grp(b2)))}
  Dubois    {m.l("card_luhn_fail", b3, spell(grp(b3), group_sep=", "))}

Gloria
""", cte="quoted-printable")

    # 11 spelled-out phone numbers
    m = new("frontoffice", "nurse", "Voicemails for you")
    p1, p2 = V.phone(), V.phone()
    m.plain(f"""Rosa,

Two voicemails (transcripts):
1. "Hi, this is Linh Nguyen, Bao's mom, please call me back at {m.l("phone_spelled", p1, spell(p1[:3] + " " + p1[3:6] + " " + p1[6:], oh=True, group_sep=", "))}."
2. "This is Hassan Haddad about Lina's inhaler, my number is {m.l("phone_spelled", p2, spell(p2, sep="-"))}."

Janet
""", cte="7bit", cs="us-ascii")

    # 12 words with invisible characters
    m = new("principal", "teacher5", "Newsletter draft")
    m.html(f"""<p>Tom,</p>
<p>Here's the newsletter draft. Please keep the {m.l("word_soft_hyphens", None, "con&shy;fi&shy;den&shy;tial", "confidential")} parts out of the copy that goes home.</p>
<p>The {m.l("word_zero_width", None, "Super&#8203;intendent", "Superintendent")} will visit on the 18th; {m.l("word_soft_hyphens", None, "re&shy;gis&shy;tra&shy;tion", "registration")} for conferences opens Monday.</p>
<p>Yvonne</p>""", cte="quoted-printable")

    # 13 tracking numbers
    m = new("transport", "custodian", "Parts shipments")
    ups = "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + V.digits(10, first="0" + str(r.randint(1, 9)))[:10]
    usps = "9400" + V.digits(18, first="1")
    fedex = V.digits(12, first="7")
    m.plain(f"""Victor,

Bus parts are on the way:
  UPS {m.l("tracking_ups", None, ups)}
  USPS {m.l("tracking_usps", usps, " ".join(usps[k:k + 4] for k in range(0, 22, 4)))}
  FedEx {m.l("tracking_fedex", fedex, fedex)}

Helen
""", cte="7bit", cs="us-ascii")

    # 14 times/dates in math bold
    m = new("coach", "p_greene", "Game schedule")
    m.plain(f"""Hi Jamal,

Updated schedule (copied from the league app):
  {m.l("date_bold", None, udig("09/27", "bold"))} vs. Hillcrest, {m.l("time_bold", None, udig("4:30", "bold"))} pm
  {m.l("date_bold", None, udig("10/04", "bold"))} at Lakeview, bus at {m.l("time_bold", None, udig("2:15", "bold"))}

Coach Delgado
""", cte="8bit")

    # 15 bank / tax numbers
    m = new("bizoffice", "v_bus", "W-9 and payment details")
    rt, acct, ein = V.routing(), V.digits(10, first="4"), V.digits(9, first="04")
    m.plain(f"""Hello,

For your records, our W-9 details:
  District EIN: {m.l("ein", ein, ein[:2] + "-" + ein[2:])}
We will pay by ACH to the account on your invoice:
  Routing {m.l("routing", rt, rt)}  Account {m.l("bank_account", acct, acct)}

Gloria Esposito
""", cte="7bit", cs="us-ascii")

    # 16 Medicaid / NPI
    m = new("nurse", "bizoffice", "Medicaid billing IDs")
    npi = "1" + V.digits(9, first="2")
    mid1, mid2 = V.digits(10, first="1"), V.digits(12, first="1")
    m.plain(f"""Gloria,

For the school-based Medicaid claims:
  Provider NPI {m.l("npi", npi, npi)}
  Student Medicaid IDs {m.l("medicaid_id", mid1, fw(mid1))} and {m.l("medicaid_id", mid2, " ".join([mid2[:4], mid2[4:8], mid2[8:]]))}

Rosa
""", cte="quoted-printable")

    # 17 library barcodes
    m = new("librarian", "frontoffice", "Library cards for the new students")
    l1, l2 = V.digits(14, first="2"), V.digits(14, first="2")
    m.plain(f"""Janet,

The two new library cards:
  Bao Nguyen     {m.l("library_barcode", l1, l1[0] + " " + l1[1:5] + " " + l1[5:10] + " " + l1[10:])}
  Lina Haddad    {m.l("library_barcode", l2, l2)}

Irene
""", cte="7bit", cs="us-ascii")

    # 18 bidi look-alikes
    m = new("p_haddad", "frontoffice", "pickup change")
    ph, parcel = V.phone(), V.ssn()
    V.used.add(rev(parcel))
    m.plain(f"""Hello,

My brother will pick up Lina on Friday, his number: {m.l("phone_bidi", ph, rlo(fphone(ph, 1)), fphone(ph, 1))}
Pickup time: {m.l("time_bidi", None, rlo("3:20"), "3:20")}
The package from the school had reference {m.l("reference_shown_reversed", rev(parcel), RLO + grp(parcel) + PDF_, rev(grp(parcel)))} on it.

Hassan
""", cte="base64")

    # 19 line breaks (format=flowed) look-alikes
    m = new("frontoffice", "transport", "Late bus - parent contact")
    ph, z4, order = V.phone(), V.zip4(), V.digits(16, first="9", luhn=True)
    f = fphone(ph, 1)
    o = groups_of(order)
    body = ("Helen,\n\nThe parent who called about the late bus is at " + f[:8] + " \n" + f[8:]
            + ", address 22 Birch Rd, Westfield " + z4[:5] + "- \n" + z4[5:]
            + ". She also asked about her refund, order " + o[0] + " " + o[1] + "  \n" + o[2] + " " + o[3] + ".\n\nJanet\n")
    m.l("phone_flowed", ph, f[:8] + " \n" + f[8:], f, flowed=True)
    m.l("zip_plus_4_flowed", z4, z4[:5] + "- \n" + z4[5:], z4[:5] + "-" + z4[5:], flowed=True)
    m.l("order_number_luhn_valid", order, o[0] + " " + o[1] + "  \n" + o[2] + " " + o[3], grp(order), flowed=True)
    m.parts.append(dict(type="plain", text=body, cs="utf-8", cte="7bit", flowed=True, delsp=True))
    m._claim("plain")
    m.raw = flowed_eml(m, ci, body, delsp=True)

    # 20 PDF: rotated page number, date field, phone in a text box
    m = new("registrar", "counselor", "Field trip form template")
    pdf = PDF("Field Trip Permission", pdf_date(ci, 20), author="Kevin Marsh")
    page = pdf.page(None)
    ph = V.phone()
    ops = form_page_ops("Field Trip Permission", ["Student name: Vivian Tran", "Trip: Science Center"])
    ops.append(bt(72, 600, "Date of trip:", 10))
    pdf.text_field(page, "trip_date", "Date of trip", "10/18/2024", (200, 595, 300, 613))
    ops.append(bt(72, 570, "Date of birth:", 10))
    pdf.text_field(page, "dob", "Date of birth", "03/09/2008", (200, 565, 300, 583))
    ops.append(bt_rot(590, 60, "Page 1 of 2", 90, 7))
    pdf.freetext(page, "Office phone " + fphone(ph), (320, 640, 540, 670), "Kevin Marsh", size=9)
    page["content"] = pdf.stream("", "\n".join(ops) + "\n")
    m.l("date_field", None, "10/18/2024", how="pdf_field", label="Date of trip")
    m.l("date_field", None, "03/09/2008", how="pdf_field", label="Date of birth")
    m.l("page_number_rotated", None, "Page 1 of 2", how="pdf_text")
    m.l("phone_in_freetext", ph, fphone(ph), how="pdf_freetext")
    m.attach("field_trip_permission.pdf", "application/pdf", pdf.build())
    pdf_msg_body(m, "Denise,\n\nThe field trip form template, with Vivian's filled in as an example.\n\nKevin\n")

    # 21 xlsx: phones, ZIPs, employee IDs, dates
    m = new("transport", "hr", "Driver contact list")
    wb = Workbook()
    ws = wb.active
    ws.title = "Drivers"
    for c, h in enumerate(["Name", "Employee ID", "Phone", "ZIP+4", "License exp"], 1):
        ws.cell(row=1, column=c, value=h)
    for j, nm in enumerate(["Simmons, Earl", "Okafor, Adaeze", "Hart, Devon"]):
        rr = j + 2
        emp, ph, z = V.digits(9, first="1"), V.phone(), V.zip4()
        ws.cell(row=rr, column=1, value=nm)
        ws.cell(row=rr, column=2, value=int(emp))
        c = ws.cell(row=rr, column=3, value=int(ph))
        c.number_format = "(000) 000-0000"
        c = ws.cell(row=rr, column=4, value=int(z))
        c.number_format = "00000-0000"
        c = ws.cell(row=rr, column=5, value=datetime.datetime(2026, 1 + j * 4, 15))
        c.number_format = "mm/dd/yyyy"
        m.l("employee_id_cell", emp, emp, how="xlsx", cell="Drivers!B%d" % rr, label="Employee ID")
        m.l("phone_cell", ph, fphone(ph), how="xlsx", cell="Drivers!C%d" % rr, label="Phone")
        m.l("zip_plus_4_cell", z, z[:5] + "-" + z[5:], how="xlsx", cell="Drivers!D%d" % rr, label="ZIP+4")
    m.attach("driver_contacts.xlsx", XLSX_CT, xlsx_bytes(wb, datetime.datetime(2024, 9, 20, 9, 0, 0)))
    pdf_msg_body(m, "Priya,\n\nDriver contact list attached (employee IDs are 9 digits in our system).\n\nHelen\n")

    # 22 masked card numbers
    m = new("bizoffice", "p_dubois", "Receipt")
    c_last, c2_last = "%04d" % r.randint(0, 9999), "%04d" % r.randint(0, 9999)
    m.plain(f"""Dear Ms. Dubois,

We received $150.00 on the card ending in {c_last} ({m.l("card_masked", None, "XXXX XXXXXX X" + c_last)}), and $75.00 on
{m.l("card_masked", None, "**** **** **** " + c2_last)}. Thank you.

{sig(person("bizoffice"))}
""", cte="7bit", cs="us-ascii")

    # 23 keycap phone and room
    m = new("s_ellis", "counselor", "meeting?")
    ph = V.phone()
    m.plain(f"""ms park can we meet in room {m.l("room_keycap", None, udig("214", "keycap"))} at {m.l("time_keycap", None, udig("11:40", "keycap"))}?
text me {m.l("phone_keycap", ph, udig(fphone(ph, 1), "keycap"))}
jordan
""", cte="base64")

    # 24 digit-separated phone and date
    m = new("p_ruiz", "frontoffice", "call back")
    ph = V.phone()
    m.plain(f"""Hello,

Please call me back: {m.l("phone_digit_separated", ph, " - ".join(" ".join(x) for x in (ph[:3], ph[3:6], ph[6:])))}
About the meeting on {m.l("date_digit_separated", None, " . ".join(" ".join(x) for x in ("10", "02", "2024")))}

Carlos
""", cte="7bit", cs="us-ascii")

    # 25 loyalty / confirmation numbers
    m = new("teacher8", "bizoffice", "Conference registration")
    conf, loy = V.digits(16, first="3", luhn=False), V.digits(12, first="6")
    m.plain(f"""Gloria,

Conference registration confirmation {m.l("confirmation_number", conf, grp(conf, "-"))} (paid with the district P-card).
Office supply rewards number {m.l("rewards_number", loy, " ".join([loy[:4], loy[4:8], loy[8:]]))}.

Marcus
""", cte="7bit", cs="us-ascii")

    # ---- 26-40: true values next to look-alikes written the same way ----
    # 26
    m = new("p_tanaka", "registrar", "Kenji - address change and SSN")
    s1, c1, ph, z4 = V.ssn(), V.card("visa"), V.phone(), V.zip4()
    m.plain(f"""Dear Mr. Marsh,

New address: 9 Cedar Ln, Westfield MA {m.l("zip_plus_4_fullwidth", z4, fw(z4[:5] + "-" + z4[5:]))}
New phone: {m.l("phone_fullwidth", ph, fw(fphone(ph)))}
Kenji's SSN (you asked): {m.t("ssn", s1, fw(grp(s1)))}
Records fee, Visa {m.t("card", c1, fw(grp(c1)))}

Mei Tanaka
""", cte="base64")

    # 27
    m = new("payroll", "hr", "Re: wrong SSN on file")
    s1, s2, bad = V.ssn(), V.ssn(), V.bad_ssn("area000")
    m.plain(f"""Priya,

Victor's record had {m.l("ssn_invalid_area000", bad, sprinkle(grp(bad), ZWSP), grp(bad))} (invalid, area 000). The right SSN is
{m.t("ssn", s1, sprinkle(grp(s1), ZWSP), grp(s1))}. His wife's SSN for the dependent record: {m.t("ssn", s2, sprinkle(grp(s2), WJ), grp(s2))}

Marisol
""", cte="quoted-printable")

    # 28
    m = new("bizoffice", "band", "Band trip - card and order")
    c1, c2, o1 = V.card("mc"), V.card("visa"), V.digits(16, first="9", luhn=True)
    m.plain(f"""Lewis,

Kovalenko paid with Mastercard {m.t("card", c1, grp(c1, EN))}; Kim with Visa {m.t("card", c2, grp(c2, EN))}.
The bus company's order number is {m.l("order_number_luhn_valid", o1, grp(o1, EN))}.

Gloria
""", cs="windows-1252", cte="quoted-printable")

    # 29
    m = new("frontoffice", "counselor", "Voicemail - Okoro family")
    s1, c1, ph = V.ssn(), V.card("mc2"), V.phone()
    m.plain(f"""Denise,

Voicemail transcript: "This is Ngozi Okoro, Chidi's mom. For the summer program, his social security number
is {m.t("ssn", s1, spell(grp(s1), group_sep=", "))}, and the deposit can go on my Mastercard
{m.t("card", c1, spell(grp(c1), group_sep=", "))}. Call me at {m.l("phone_spelled", ph, spell(ph[:3] + " " + ph[3:6] + " " + ph[6:], oh=True, group_sep=", "))}."

Janet
""", cte="7bit", cs="us-ascii")

    # 30
    m = new("p_haddad", "band", "Lina - band fee")
    c1, s1, trk = V.card("visa"), V.ssn(), V.digits(12, first="7")
    m.plain(f"""Hello,

Band fee, card number {m.t("card", c1, rlo(grp(c1)), grp(c1))}
Lina's SSN for the trip insurance: {m.t("ssn", s1, rlo(grp(s1)), grp(s1))}
The uniform was shipped FedEx {m.l("tracking_fedex_bidi", trk, rlo(trk), trk)}

Hassan
""", cte="quoted-printable")

    # 31
    m = new("hr", "payroll", "SSN vs ITIN")
    s1, s2, itin = V.ssn(), V.ssn(), V.bad_ssn("area9xx")
    m.plain(f"""Marisol,

Ahmed Saleh's SSN: {m.t("ssn", s1, grp(s1, MINUS))}
His wife now has an SSN too: {m.t("ssn", s2, grp(s2, MINUS))}
Their son only has an ITIN ({m.l("itin_not_ssn", itin, grp(itin, MINUS))}), so no SSN for him yet.

Priya
""", cte="quoted-printable")

    # 32
    m = new("frontoffice", "bizoffice", "Two payments, one card masked")
    c1, c2 = V.card("disc"), V.card("visa")
    m.plain(f"""Gloria,

Petrova: Discover {m.t("card", c1, grp(c1, "."))}
O'Neil: Visa {m.t("card", c2, grp(c2, "."))}
Johnson paid with the card we already have on file ({m.l("card_masked", None, "XXXX.XXXX.XXXX.%04d" % r.randint(0, 9999))}).

Janet
""", cte="7bit", cs="us-ascii")

    # 33
    m = new("coach", "bizoffice", "Travel deposit and contact")
    c1, c2, ph = V.card("visa"), V.card("amex"), V.phone()
    g1, g2 = groups_of(c1), groups_of(c2)
    f = fphone(ph, 1)
    m.plain(f"""Gloria,

Hotel deposit card (Visa) {m.t("card", c1, g1[0] + " " + g1[1] + chr(10) + g1[2] + " " + g1[3])} exp 05/27, and the
booster club Amex {m.t("card", c2, g2[0] + chr(10) + g2[1] + " " + g2[2])} for the meals. The hotel contact is
{m.l("phone_broken", ph, f[:7] + chr(10) + f[7:])}.

Ray
""", cte="7bit", cs="us-ascii")

    # 34
    m = new("p_noor", "nurse", "Zara - Medicaid form")
    s1, s2, mid = V.ssn(), V.ssn(), V.digits(10, first="1")
    m.plain(f"""Hello,

Zara's SSN {m.t("ssn", s1, udig(grp(s1), "persian"))}
Her brother Omar's SSN {m.t("ssn", s2, udig(grp(s2), "persian"))}
Medicaid ID {m.l("medicaid_id_persian", mid, udig(mid, "persian"))}

Fatima
""", cte="base64")

    # 35
    m = new("it", "bizoffice", "Hotspot damage fee")
    c1, c2, imei = V.card("amex"), V.card("mc"), V.digits(15, first="35", luhn=True)
    m.plain(f"""Gloria,

The family paid the hotspot damage fee: American Express {m.t("card", c1, grp(c1, NBSP))}.
The second hotspot's fee went on Mastercard {m.t("card", c2, grp(c2, NBSP))}.
Device IMEI {m.l("imei_luhn_valid", imei, NBSP.join([imei[:2], imei[2:8], imei[8:14], imei[14]]))}.

Sam
""", cs="iso-8859-1", cte="quoted-printable")

    # 36
    m = new("registrar", "counselor", "Records for two students")
    s1, s2, sid1, sid2 = V.ssn(), V.ssn(), V.digits(9, first="2"), V.digits(9, first="2")
    m.plain(f"""Denise,

Tran, Vivian   Student ID {m.l("student_id", sid1, MID.join([sid1[:3], sid1[3:6], sid1[6:]]))}   SSN {m.t("ssn", s1, grp(s1, MID))}
Okoro, Chidi   Student ID {m.l("student_id", sid2, MID.join([sid2[:3], sid2[3:6], sid2[6:]]))}   SSN {m.t("ssn", s2, grp(s2, MID))}

Kevin
""", cs="iso-8859-1", cte="8bit")

    # 37
    m = new("n_sub1", "payroll", "direct deposit change")
    s1, c1, rt, acct = V.ssn(), V.card("visa"), V.routing(), V.digits(11, first="5")
    m.plain(f"""Hello,

SSN {m.t("ssn", s1, fw(grp(s1)))}
New routing number {m.l("routing_fullwidth", rt, fw(rt))}, account {m.l("bank_account_fullwidth", acct, fw(acct))}
And please refund the $25 badge fee to my Visa {m.t("card", c1, fw(grp(c1)))}.

Patricia Lowe
""", cte="8bit")

    # 38
    m = new("transport", "hr", "Driver license and SSN")
    s1, s2, dl = V.ssn(), V.ssn(), "S" + V.digits(8, first="5")
    m.plain(f"""Priya,

Earl Simmons: SSN {m.t("ssn", s1, NNBSP.join(groups_of(s1)))}, driver's license {m.l("drivers_license", dl[1:], dl)}
Devon Hart (spare driver): SSN {m.t("ssn", s2, NNBSP.join(groups_of(s2)))}

Helen
""", cte="quoted-printable")

    # 39
    m = new("librarian", "bizoffice", "Lost book payments")
    c1, c2, isbn, lib = V.card("mc"), V.card("disc65"), V.isbn13(), V.digits(14, first="2")
    m.html(f"""<p>Gloria,</p>
<p>Lost book (ISBN {m.l("isbn", isbn, "&#8203;".join([isbn[:3], isbn[3:]]), isbn)}) for patron {m.l("library_barcode", lib, "&nbsp;".join([lib[:1], lib[1:5], lib[5:10], lib[10:]]), NBSP.join([lib[:1], lib[1:5], lib[5:10], lib[10:]]))}:
paid with Mastercard {m.t("card", c1, "&nbsp;".join(groups_of(c1)), grp(c1, NBSP))}.</p>
<p>Second book, Discover {m.t("card", c2, "&#8203;".join(groups_of(c2)), c2)}.</p>
<p>Irene</p>""", cte="quoted-printable")

    # 40
    m = new("hr", "benefits", "Two new dependents")
    s1, s2 = V.ssn(), V.ssn()
    e1, e2 = V.digits(6, first="4"), V.digits(6, first="4")
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (nm, m.l("employee_id", e, fw(e)), dob, m.t("ssn", s, fw(grp(s)), grouped=True))
                   for nm, e, dob, s in (("Wu, Stella (child)", e1, m.l("date_fullwidth", None, fw("04/27/2019")), s1),
                                         ("Ferreira, Ana (spouse)", e2, m.l("date_fullwidth", None, fw("11/02/1988")), s2)))
    m.html(f"""<p>Dale,</p>
<table border="1"><tr><th>Dependent</th><th>Employee ID</th><th>DOB</th><th>SSN</th></tr>{rows}</table>
<p>Priya</p>""", cte="base64")
    return out


# ==========================================================================
# the whole set
# ==========================================================================
def build_all():
    V = Values(random.Random(SEED))
    msgs = []
    for cls in CLASSES:
        built = globals()["build_" + cls](V)
        assert [m.num for m in built] == list(range(1, len(built) + 1))
        msgs += built
    for m in msgs:
        try:
            m.data = build_eml(m, CLASSES.index(m.cls))
        except Exception as e:
            raise RuntimeError("building %s: %s" % (m.file, e)) from e
        for rec in m.exp + m.looks:
            assert rec["where"] is not None, (m.file, rec)
    return msgs


def manifest_of(msgs):
    man = []
    for m in msgs:
        exp, seen = [], set()
        for rec in m.exp:
            key = (rec["kind"], rec["digits"])
            if key not in seen:
                seen.add(key)
                exp.append({"kind": rec["kind"], "digits": rec["digits"]})
        man.append({"file": m.file, "class": m.cls, "expected": exp})
    return man


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=HERE, help="folder to write into (default: this script's folder)")
    ap.add_argument("--list-lookalikes", action="store_true",
                    help="print the look-alikes (not in the manifest) as JSON and write nothing")
    args = ap.parse_args(argv)
    msgs = build_all()
    if args.list_lookalikes:
        json.dump([{"file": m.file, "what": x["what"], "digits": x.get("digits"), "shown": x["seen"]}
                   for m in msgs for x in m.looks], sys.stdout, indent=1, ensure_ascii=False)
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
        json.dump(manifest_of(msgs), fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(msgs), args.out))


if __name__ == "__main__":
    main()
