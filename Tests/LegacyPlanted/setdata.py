"""What every message of the LegacyPlanted set holds: senders, subjects, the
documents (as plain structures that build_inputs.py turns into .doc/.xls/.ppt
and make_set.py turns into .msg), and the true values and look-alikes.

Deterministic: one fixed seed.  Every value is invented.
"""
import datetime
import random
import re

SEED = 7193
CLASSES = ["doc", "xls", "ppt", "msg"]
PER_CLASS = 30
NONE_SLOTS = {4, 9, 14, 19, 24, 29}          # message numbers with no true value

FAMOUS_SSNS = ["078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462", "001-01-0001",
               "042-10-3580", "062-36-0749", "095-07-3645", "128-03-6045", "135-01-6629",
               "141-18-6941", "212-09-7694", "306-30-2348", "308-12-5070", "468-28-8779",
               "549-24-1889"]
TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "4012 8888 8888 1881",
              "5555 5555 5555 4444", "5105 1051 0510 5100", "5200 8282 8282 8210",
              "3782 822463 10005", "3714 496353 98431", "6011 1111 1111 1117",
              "6011 0009 9013 9424", "4000 0566 5566 5556", "2223 0031 2200 3222",
              "5454 5454 5454 5454", "3787 344936 71000", "4444 3333 2222 1111",
              "4005 5192 0000 0004", "4217 6511 1111 1119", "6500 0000 0000 0002"]


def digits_of(s):
    return re.sub(r"\D", "", s)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0


def luhn_fix(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def issuer(d):
    n = len(d)
    if n == 16 and d[0] == "4":
        return "Visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "Mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "American Express"
    if n == 16 and (d.startswith("6011") or d.startswith("65")):
        return "Discover"
    return None


def boring(d):
    if re.search(r"(\d)\1{4}", d):
        return True
    for ramp in ("0123456789012", "9876543210987"):
        for i in range(10):
            if ramp[i:i + 6] in d:
                return True
    return False


FAMOUS_D = {digits_of(x) for x in FAMOUS_SSNS}
TEST_D = {digits_of(x) for x in TEST_CARDS}


def ssn_valid(d):
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
            and d[5:] != "0000" and d not in FAMOUS_D and not boring(d))


def card_valid(d):
    return issuer(d) is not None and luhn_ok(d) and d not in TEST_D and not boring(d)


def grp(d, sep=None):
    if len(d) == 9:
        return (sep or "-").join([d[:3], d[3:5], d[5:]])
    if len(d) == 15:
        return (sep or " ").join([d[:4], d[4:10], d[10:]])
    return (sep or " ").join([d[:4], d[4:8], d[8:12], d[12:]])


FIRST = ["Dana", "Marcus", "Priya", "Elena", "Jamal", "Grace", "Tomas", "Aisha", "Connor", "Mei",
         "Rafael", "Leah", "Omar", "Bridget", "Hector", "Nina", "Samuel", "Yuki", "Carmen", "Derek",
         "Fatima", "Gavin", "Ingrid", "Jorge", "Kendra", "Luis", "Monique", "Noah", "Olivia", "Pavel",
         "Rosa", "Trevor", "Uma", "Victor", "Wendy", "Xavier", "Yvette", "Zane", "Alma", "Brent"]
LAST = ["Ortiz", "Bennett", "Kowalski", "Nguyen", "Haddad", "Sullivan", "Okafor", "Lindqvist",
        "Ramirez", "Chen", "Delacroix", "Foster", "Gupta", "Hollis", "Ibarra", "Jansen", "Keane",
        "Moreau", "Novak", "Osei", "Petrov", "Quinlan", "Rossi", "Sato", "Thibodeau", "Underwood",
        "Vance", "Whitfield", "Yilmaz", "Zamora", "Abbott", "Brennan", "Castellano", "Dube"]
STAFF = [("Marisol Quintero", "mquintero@district.example", "Payroll Specialist"),
         ("Dale Whitcomb", "dwhitcomb@district.example", "Benefits Coordinator"),
         ("Priya Raman", "praman@district.example", "Human Resources"),
         ("Gloria Esposito", "gesposito@district.example", "Business Office"),
         ("Janet Liu", "jliu@district.example", "Front Office, Lincoln Elementary"),
         ("Ray Delgado", "rdelgado@district.example", "Athletics, Westfield High School"),
         ("Helen Brandt", "hbrandt@district.example", "Transportation Office"),
         ("Lewis Grant", "lgrant@district.example", "Band Director, Westfield High School"),
         ("Bernadette Cole", "bcole@district.example", "Food Services"),
         ("Kevin Marsh", "kmarsh@district.example", "Registrar, Westfield High School"),
         ("Ana Sokolova", "asokolova@district.example", "Substitute Coordinator"),
         ("Yvonne Adeyemi", "yadeyemi@district.example", "Principal, Lincoln Elementary")]


class Values:
    """Each value is handed out once in the whole set."""

    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def _take(self, d):
        if d in self.used:
            return False
        self.used.add(d)
        return True

    def ssn(self, low=False):
        while True:
            a = self.r.randint(1, 99) if low else self.r.randint(100, 899)
            d = "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))
            if ssn_valid(d) and self._take(d):
                return d

    def card(self, kind):
        r = self.r
        while True:
            rest = lambda n: "".join(r.choice("0123456789") for _ in range(n))
            body = {"visa": lambda: "4" + rest(14),
                    "mc": lambda: str(r.randint(51, 55)) + rest(13),
                    "mc2": lambda: str(r.randint(2221, 2720)) + rest(11),
                    "amex": lambda: r.choice(["34", "37"]) + rest(12),
                    "disc": lambda: "6011" + rest(11),
                    "disc65": lambda: "65" + rest(13)}[kind]()
            d = luhn_fix(body)
            if card_valid(d) and self._take(d):
                return d

    def bad_ssn(self, how):
        while True:
            a, g, s = self.r.randint(100, 899), self.r.randint(1, 99), self.r.randint(1, 9999)
            if how == "000":
                a = 0
            elif how == "666":
                a = 666
            elif how == "9xx":
                a = self.r.randint(900, 999)
            elif how == "g00":
                g = 0
            elif how == "s0000":
                s = 0
            d = "%03d%02d%04d" % (a, g, s)
            if not ssn_valid(d) and not boring(d) and self._take(d):
                return d

    def luhn_bad_card(self, kind):
        while True:
            d = self.card(kind)
            bad = d[:-1] + str((int(d[-1]) + self.r.randint(1, 9)) % 10)
            if self._take(bad):
                return bad

    def num(self, n, first="123456789", luhn=None):
        """n digits, first digit from `first`, never a valid SSN/card shape."""
        while True:
            d = self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))
            if luhn is True:
                d = luhn_fix(d[:-1])
            elif luhn is False and luhn_ok(d):
                continue
            if boring(d) or card_valid(d) or (n == 9 and ssn_valid(d) and first != "9"):
                continue
            if self._take(d):
                return d

    def phone(self):
        while True:
            d = self.r.choice(["617", "508", "781", "413", "978", "774", "339", "857"]) + "555" + "01%02d" % self.r.randint(0, 99)
            if self._take(d):
                return d

    def zip4(self):
        while True:
            d = self.r.choice(["02139", "02144", "01609", "01840", "02301", "01760", "02476"]) + "%04d" % self.r.randint(1000, 9999)
            if self._take(d):
                return d


class Spec:
    """One message under construction."""

    def __init__(self, cls, num, rng, vals):
        self.cls, self.num, self.r, self.v = cls, num, rng, vals
        self.exp, self.looks = [], []
        self.sender = STAFF[(num * 7 + CLASSES.index(cls) * 3) % len(STAFF)]
        self.to = [STAFF[(num * 5 + CLASSES.index(cls) + 4) % len(STAFF)]]
        if self.to[0] == self.sender:
            self.to = [STAFF[(STAFF.index(self.sender) + 1) % len(STAFF)]]
        self.subject = self.body = None
        self.filename = self.mime = None
        self.doc = None          # structure of the attachment
        self.kind = None         # 'doc' | 'xls' | 'ppt' | 'msg'
        self.att_inputs = []     # (name, kind, structure) of extra files a .msg carries

    # ---- names ----
    def person(self):
        return "%s %s" % (self.r.choice(FIRST), self.r.choice(LAST))

    # ---- true values ----
    def S(self, style="dash", low=False, where=""):
        d = self.v.ssn(low)
        shown = {"dash": grp(d), "space": grp(d, " "), "plain": d}[style] if style != "num" else int(d)
        self.exp.append({"kind": "ssn", "digits": d, "shown": shown if style != "num" else grp(d) + " (numeric cell)", "where": where})
        return shown

    def C(self, kind, style="space", where=""):
        d = self.v.card(kind)
        shown = {"space": grp(d), "dash": grp(d, "-"), "plain": d}[style]
        self.exp.append({"kind": "card", "digits": d, "shown": shown, "issuer": issuer(d), "where": where})
        return shown

    def brand(self):
        """The card last handed out, by brand name."""
        return self.exp[-1]["issuer"]

    # ---- look-alikes ----
    def L(self, what, shown, digits=None, where=""):
        self.looks.append({"what": what, "digits": digits if digits is not None else digits_of(str(shown)),
                           "shown": shown, "where": where})
        return shown

    def phone(self):
        d = self.v.phone()
        return self.L("phone", self.r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (d[:3], d[3:6], d[6:]), d)

    def zip4(self):
        d = self.v.zip4()
        return self.L("ZIP+4", "%s-%s" % (d[:5], d[5:]), d)

    def date(self):
        m, dd = self.r.randint(1, 12), self.r.randint(1, 28)
        y = self.r.choice([2024, 2025])
        return self.L("date", self.r.choice(["%02d/%02d/%d" % (m, dd, y), "%d-%02d-%02d" % (y, m, dd)]))

    def student_id(self, nine=False):
        d = self.v.num(9 if nine else self.r.choice([6, 7]), first="9" if nine else "123456789")
        return self.L("student ID", d, d)

    def employee_id(self):
        d = self.v.num(self.r.choice([5, 6, 7]))
        return self.L("employee ID", self.r.choice(["E%s", "%s"]) % d, d)

    def order(self, luhn=True):
        n = self.r.choice([10, 12, 14, 16])
        d = self.v.num(n, first="789" if n == 16 else "123456789", luhn=luhn)
        shown = " ".join(d[i:i + 4] for i in range(0, n, 4)) if n == 16 else d
        return self.L("order number (Luhn-valid)" if luhn else "order number", shown, d)

    def tracking(self):
        d = "9400" + self.v.num(18, first="1")
        return self.L("tracking number", " ".join(d[i:i + 4] for i in range(0, 22, 4)), d)

    def bad_ssn(self, how=None):
        how = how or self.r.choice(["000", "666", "9xx", "9xx", "g00", "s0000"])
        d = self.v.bad_ssn(how)
        return self.L("invalid SSN (%s)" % how, grp(d), d)

    def bad_card(self):
        d = self.v.luhn_bad_card(self.r.choice(["visa", "mc", "disc"]))
        return self.L("card-length number failing Luhn", grp(d), d)

    def masked_ssn(self):
        d = "%04d" % self.r.randint(1000, 9999)
        return self.L("masked SSN", self.r.choice(["***-**-", "XXX-XX-", "xxx-xx-"]) + d, d)

    def masked_card(self):
        d = "%04d" % self.r.randint(1000, 9999)
        return self.L("masked card", self.r.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "ending in "]) + d, d)

    def test_card(self):
        if not _POOL["test"]:
            _POOL["test"] = list(TEST_CARDS)
        t = _POOL["test"].pop(0)
        return self.L("published test card", t)

    def famous(self):
        if not _POOL["famous"]:
            _POOL["famous"] = list(FAMOUS_SSNS)
        t = _POOL["famous"].pop(0)
        return self.L("advertising / famous SSN", t)


_POOL = {}

# ==========================================================================
# documents
#   Doc:  {"type": "doc", "fmt": "docx"|"odt"|"html", "header", "footer", "blocks": [...]}
#         blocks: ("h", text) ("p", [(text, "b"|"i"|"")...]) ("table", rows) ("textbox", [lines])
#                 ("comment", anchor, text)
#   Book: {"type": "xls", "fmt": "xlsx"|"csv"|"html", "sheets": [{"name", "rows", "formats": {(r,c): f}, "notes": {(r,c): text}}]}
#   Deck: {"type": "ppt", "slides": [{"title", "bullets": [[runs]], "table": rows, "textbox": text, "notes": text}]}
# ==========================================================================
def P(*runs):
    out = []
    for r in runs:
        out.append(r if isinstance(r, tuple) else (r, ""))
    return ("p", out)


def split_runs(shown):
    """A value split over formatting runs: first group bold, the rest plain, the last italic."""
    parts = re.split(r"([ -])", shown)
    if len(parts) < 3:
        return [(shown, "b")]
    return [(parts[0], "b"), ("".join(parts[1:-1]), ""), (parts[-1], "i")]


# ---------------- doc ----------------
def doc_newhire(s):
    name = s.person()
    ssn = s.S(where="letter body, split over bold/italic runs")
    blocks = [("h", "Welcome to the District"),
              P("Dear %s," % name.split()[0]),
              P("Welcome aboard! Your first day is %s. Please report to the Human Resources office by eight." % s.date()),
              P("Our records show your Social Security number as ", *split_runs(ssn), ". If this is not correct, let us know before payroll runs."),
              P("Your employee number is %s and your badge photo is scheduled for %s." % (s.employee_id(), s.date())),
              P("Mailing address on file: 14 Orchard Lane, Framingham MA %s." % s.zip4()),
              P("Sincerely,"), P("Human Resources")]
    return {"type": "doc", "fmt": "docx", "header": "Human Resources - Confidential",
            "footer": "Questions? Call %s" % s.phone(), "blocks": blocks}


def doc_roster(s):
    rows = [["Name", "Position", "SSN", "Start date", "Employee ID"]]
    for i in range(3):
        rows.append([s.person(), s.r.choice(["Paraprofessional", "Bus Monitor", "Cafeteria Aide", "Custodian", "Teacher, Grade 3"]),
                     s.S(low=(i == 1), where="table cell under SSN header"), s.date(), s.employee_id()])
    blocks = [P("To: Payroll"), P("Re: New staff for the October payroll"),
              P("Below are the new staff members approved by the School Committee. Please set them up before the cutoff."),
              ("table", rows),
              P("One returning aide is already in the system (SSN ending ", (s.masked_ssn(), ""), "); no action is needed for her."),
              P("Call me at %s with questions." % s.phone())]
    return {"type": "doc", "fmt": "docx", "header": None, "footer": None, "blocks": blocks}


def doc_payment(s):
    c1 = s.C("visa", where="form line 'Card number', split over runs")
    b1 = s.brand()
    c2 = s.C(s.r.choice(["mc", "mc2", "disc"]), style="plain", where="'Card number' label on the same line, ungrouped")
    b2 = s.brand()
    blocks = [("h", "Field Trip Payment Authorization"),
              P("Student: %s    Grade: five    Trip date: %s" % (s.person(), s.date())),
              P("Parent / guardian: %s    Phone: %s" % (s.person(), s.phone())),
              P("Card type: %s" % b1),
              P("Card number: ", *split_runs(c1)),
              P("Expiration: %02d/%02d    Billing ZIP: %s" % (s.r.randint(1, 12), s.r.randint(26, 30), s.zip4())),
              P("Second payer (%s) card number %s, expires %02d/%02d." % (b2, c2, s.r.randint(1, 12), s.r.randint(26, 30))),
              P("Office use only: order %s, receipt %s" % (s.order(True), s.order(False))),
              P("A trial charge on the terminal's test number %s was voided." % s.test_card())]
    return {"type": "doc", "fmt": "docx", "header": None, "footer": "Lincoln Elementary PTO", "blocks": blocks}


def doc_textbox(s):
    ssn = s.S(where="text box")
    card = s.C("amex", where="comment (annotation) text")
    blocks = [("h", "Payroll Correction Notice"),
              P("The attached correction was received from the employee on %s." % s.date()),
              ("textbox", ["CORRECTED INFORMATION", "Employee: %s" % s.person(), "SSN: %s" % ssn]),
              P("The previous entry used an ITIN (%s) by mistake and has been removed." % s.bad_ssn("9xx")),
              ("comment", "Please also update the travel account.", "Travel card on file: American Express %s" % card),
              P("Contact the payroll desk at %s." % s.phone())]
    return {"type": "doc", "fmt": "odt", "header": "Business Office", "footer": None, "blocks": blocks}


def doc_header(s):
    ssn1 = s.S(where="page header")
    ssn2 = s.S(style="plain", where="'Taxpayer ID (SSN)' label on the same line, ungrouped")
    name = s.person()
    blocks = [("h", "Independent Contractor Information"),
              P("Contractor: %s (tutoring services, spring term)" % name),
              ("table", [["Field", "Value"], ["Taxpayer ID (SSN)", ssn2], ["Phone", s.phone()],
                         ["Address ZIP", s.zip4()], ["Vendor number", s.order(False)]]),
              P("Payments are issued on the fifteenth. Purchase order %s covers this contract." % s.order(True))]
    return {"type": "doc", "fmt": "docx", "header": "Contractor file: %s   SSN %s" % (name, ssn1),
            "footer": "Business Office - do not forward", "blocks": blocks}


def doc_html_memo(s):
    rows = [["Date", "Vendor", "Card", "Amount"]]
    for k in ["visa", "mc"]:
        rows.append([s.date(), s.r.choice(["Staples", "Amazon Business", "Lakeshore Learning", "Home Depot"]),
                     s.C(k, style=s.r.choice(["space", "dash"]), where="table column 'Card'"), "$%d.%02d" % (s.r.randint(20, 400), s.r.randint(0, 99))])
    rows.append([s.date(), "Scholastic", s.masked_card(), "$%d.00" % s.r.randint(20, 90)])
    amex = s.C("amex", where="memo text after 'American Express'")
    blocks = [("h", "Purchasing Card Reconciliation"),
              P("The statement below was reviewed on %s. Invoice %s was paid twice and has been credited." % (s.date(), s.order(True))),
              ("table", rows),
              P("The reimbursement for the science fair used a personal American Express card, number %s; please reverse it." % amex),
              P("Tracking for the returned order: %s" % s.tracking())]
    return {"type": "doc", "fmt": "html", "header": None, "footer": None, "blocks": blocks}


def doc_nextline(s):
    ssn = s.S(style="plain", where="label 'Social Security number:' on the line before, ungrouped")
    card = s.C("disc65", style="plain", where="label 'Discover card number:' on the line before, ungrouped")
    blocks = [("h", "Emergency Substitute Application"),
              P("Applicant: %s" % s.person()),
              P("Date of birth: %s" % s.date()),
              P("Social Security number:"), P(ssn),
              P("Background check fee paid by Discover card number:"), P(card),
              P("Home phone: %s    Cell: %s" % (s.phone(), s.phone())),
              P("Reference check completed %s." % s.date())]
    return {"type": "doc", "fmt": "odt", "header": None, "footer": "Substitute Office", "blocks": blocks}


def doc_w4(s):
    ssn = s.S(style="space", where="letter body, 3-2-4 with spaces")
    card = s.C("mc", style="dash", where="letter body, 4-4-4-4 with dashes after 'Mastercard'")
    blocks = [("h", "Benefits Enrollment Confirmation"),
              P("Dear %s," % s.person()),
              P("We received your enrollment forms on %s. The dental plan starts on %s." % (s.date(), s.date())),
              P("Employee SSN: ", (ssn, "b")),
              P("Your flexible spending debit card will arrive in two weeks. The premium for your spouse was charged to your Mastercard ", (card, ""), "."),
              P("Your member ID with the carrier is %s; group number %s." % (s.student_id(), s.order(False))),
              P("Call the benefits line at %s." % s.phone())]
    return {"type": "doc", "fmt": "docx", "header": "Benefits Office", "footer": None, "blocks": blocks}


def doc_none(s, i):
    variants = [
        lambda: ("Bus Route Changes", [P("Route twelve will pick up at the corner of Elm and Main starting %s." % s.date()),
                               ("table", [["Stop", "Time", "Contact"], ["Elm and Main", "7:05", s.phone()], ["Oak Street", "7:12", s.phone()]]),
                               P("Dispatch office: %s. Mail changes to PO Box 44, Framingham MA %s." % (s.phone(), s.zip4()))]),
        lambda: ("Payroll Training Handout", [P("Practice entries only. Use the test card %s in the training site." % s.test_card()),
                                       P("Do not use a real SSN. The sample SSN printed on the old wallet cards, %s, is a well-known advertising number." % s.famous()),
                                       P("Sample masked display: %s" % s.masked_ssn()),
                                       P("Training session: %s in Room 112." % s.date())]),
        lambda: ("Student Records Request", [("table", [["Student", "Student ID", "Grade", "Date"]] +
                                      [[s.person(), s.student_id(nine=(k == 0)), s.r.choice(["9", "10", "11"]), s.date()] for k in range(3)]),
                                     P("Return the form to the registrar by %s." % s.date())]),
        lambda: ("Invalid Entries Found in the Import", [P("The import rejected these lines because they are not valid numbers:"),
                                                 P("SSN %s (area number not issued)" % s.bad_ssn("000")),
                                                 P("SSN %s (area number not issued)" % s.bad_ssn("666")),
                                                 P("Card number %s (check digit wrong)" % s.bad_card()),
                                                 P("Card ending %s was already on file." % s.masked_card())]),
        lambda: ("Supply Order Status", [P("Order %s shipped on %s." % (s.order(True), s.date())),
                                 P("Tracking: %s" % s.tracking()),
                                 P("Invoice %s is due %s." % (s.order(False), s.date())),
                                 P("Warehouse: 200 Industrial Way, Marlborough MA %s" % s.zip4())]),
        lambda: ("Staff Directory Update", [("table", [["Name", "Employee ID", "Extension", "Cell"]] +
                                     [[s.person(), s.employee_id(), "%d" % s.r.randint(2000, 2999), s.phone()] for k in range(4)]),
                                    P("Updated %s." % s.date())]),
    ]
    title, blocks = variants[i % len(variants)]()
    return {"type": "doc", "fmt": ["docx", "odt", "html"][i % 3], "header": None, "footer": None,
            "blocks": [("h", title)] + blocks}


# ---------------- xls ----------------
def xls_payroll(s):
    rows = [["Last", "First", "SSN", "Hire date", "Employee ID", "Phone"]]
    fm = {}
    for i in range(4):
        nm = s.person().split()
        rows.append([nm[1], nm[0], s.S(style="num", low=(i == 2), where="numeric cell with 000-00-0000 format"),
                     s.date(), s.employee_id(), s.phone()])
        fm[(i + 1, 2)] = "000-00-0000"
    return {"type": "xls", "fmt": "xlsx", "sheets": [{"name": "New hires", "rows": rows, "formats": fm, "notes": {}}]}


def xls_textssn(s):
    rows = [["Employee", "SSN", "Building", "Start"]]
    for i in range(3):
        rows.append([s.person(), s.S(where="text cell under SSN header"), s.r.choice(["Lincoln", "Hillcrest", "Westfield"]), s.date()])
    nssn = s.S(where="cell note (comment)")
    notes = {(2, 1): "Corrected per new W-4 - old SSN %s was a typo." % nssn}
    contacts = [["Employee", "Emergency contact", "Phone"]] + [[s.person(), s.person(), s.phone()] for _ in range(3)]
    contacts.append(["Old import, rejected SSN", s.bad_ssn(), ""])
    return {"type": "xls", "fmt": "xlsx", "sheets": [{"name": "Staff", "rows": rows, "formats": {}, "notes": notes},
                                                      {"name": "Contacts", "rows": contacts, "formats": {}, "notes": {}}]}


def xls_booster(s):
    rows = [["Family", "Card", "Exp", "Billing ZIP", "Amount", "Order"]]
    for k in ["visa", "mc2", "amex"]:
        rows.append([s.person().split()[1], s.C(k, where="text cell under 'Card' header"), "%02d/%02d" % (s.r.randint(1, 12), s.r.randint(26, 30)),
                     s.zip4(), 25 * s.r.randint(1, 6), s.order(True)])
    summary = [["Item", "Count", "Total"], ["Spirit shirts", s.r.randint(10, 60), 1234.5], ["Raffle", s.r.randint(10, 60), 310]]
    return {"type": "xls", "fmt": "xlsx", "sheets": [{"name": "Payments", "rows": rows, "formats": {}, "notes": {}},
                                                      {"name": "Summary", "rows": summary, "formats": {}, "notes": {}}]}


def xls_mixed(s):
    staff = [["Name", "SSN", "Dept"], [s.person(), s.S(where="text cell, Staff sheet"), "Food Services"],
             [s.person(), s.S(style="num", where="numeric cell with 000-00-0000 format"), "Transportation"]]
    pc = [["Cardholder", "P-card number", "Limit"], [s.person(), s.C("visa", style="dash", where="text cell, 4-4-4-4 dashes"), 2500],
          [s.person(), s.masked_card(), 1000]]
    notes = {(1, 0): "Replacement Visa card number %s issued after the old one was lost." % s.C("visa", style="plain", where="cell note, ungrouped after 'Visa card number'")}
    return {"type": "xls", "fmt": "xlsx", "sheets": [{"name": "Staff", "rows": staff, "formats": {(2, 1): "000-00-0000"}, "notes": {}},
                                                      {"name": "P-Cards", "rows": pc, "formats": {}, "notes": notes},
                                                      {"name": "Notes", "rows": [["Reviewed %s" % s.date()], ["Questions: %s" % s.phone()]], "formats": {}, "notes": {}}]}


def xls_csv(s):
    rows = [["Student", "Payer", "Card number", "Amount", "Confirmation"]]
    for k in ["disc", "mc", "visa"]:
        rows.append([s.person(), s.person(), s.C(k, style=s.r.choice(["space", "dash"]), where="CSV-imported cell under 'Card number'"),
                     "%d.00" % (15 * s.r.randint(1, 5)), s.order(True)])
    return {"type": "xls", "fmt": "csv", "sheets": [{"name": "Sheet1", "rows": rows, "formats": {}, "notes": {}}]}


def xls_html(s):
    rows = [["Substitute", "SSN", "Certified", "Phone"]]
    for i in range(3):
        rows.append([s.person(), s.S(style="dash", where="HTML-imported cell under SSN header"), s.r.choice(["yes", "no"]), s.phone()])
    return {"type": "xls", "fmt": "html", "sheets": [{"name": "Subs", "rows": rows, "formats": {}, "notes": {}}]}


def xls_none(s, i):
    variants = [
        lambda: [["Item", "SKU", "Qty", "Order", "Ship date"]] + [[s.r.choice(["Copy paper", "Toner", "Markers", "Staples"]), s.order(False), s.r.randint(1, 40), s.order(True), s.date()] for _ in range(4)],
        lambda: [["Student", "Student ID", "Bus", "Parent phone"]] + [[s.person(), s.student_id(nine=(k == 1)), s.r.randint(1, 30), s.phone()] for k in range(5)],
        lambda: [["Employee", "SSN", "Note"], [s.person(), s.masked_ssn(), "masked"], [s.person(), s.bad_ssn("9xx"), "ITIN, not SSN"], [s.person(), s.bad_ssn("000"), "invalid"]],
        lambda: [["Account", "Card number", "Status"], ["Training", s.test_card(), "test"], ["Training", s.test_card(), "test"], ["Old", s.bad_card(), "rejected"]],
        lambda: [["Vendor", "ZIP+4", "Phone", "Tracking"]] + [[s.r.choice(["Staples", "Grainger", "Sysco"]), s.zip4(), s.phone(), s.tracking()] for _ in range(3)],
        lambda: [["Event", "Date", "Contact", "Employee ID"]] + [[s.r.choice(["Open house", "Field day", "Concert"]), s.date(), s.phone(), s.employee_id()] for _ in range(3)],
    ]
    return {"type": "xls", "fmt": ["xlsx", "csv", "xlsx", "html", "xlsx", "csv"][i % 6],
            "sheets": [{"name": "Sheet1", "rows": variants[i % 6](), "formats": {}, "notes": {}}]}


# ---------------- ppt ----------------
def B(*runs):
    return [r if isinstance(r, tuple) else (r, "") for r in runs]


def ppt_benefits(s):
    rows = [["Employee", "SSN", "Plan"]] + [[s.person(), s.S(where="slide table under SSN header"), s.r.choice(["HMO", "PPO", "HSA"])] for _ in range(3)]
    return {"type": "ppt", "slides": [
        {"title": "Open Enrollment Review", "bullets": [B("Benefits Office"), B("Enrollment closes %s" % s.date())]},
        {"title": "Changes needing a follow-up", "table": rows},
        {"title": "Questions", "bullets": [B("Call %s" % s.phone()), B("Rejected on import: %s (not a valid SSN)" % s.bad_ssn())]}]}


def ppt_booster(s):
    c1 = s.C("mc", where="slide text box after 'Card number:'")
    c2 = s.C("visa", style="plain", where="speaker notes, ungrouped after 'Visa'")
    return {"type": "ppt", "slides": [
        {"title": "Booster Club Purchases", "bullets": [B("Uniform order placed %s" % s.date()), B("Order %s" % s.order(True))],
         "textbox": "Card number: %s" % c1},
        {"title": "Reimbursements", "bullets": [B("Treasurer: %s" % s.person()), B("Phone %s" % s.phone())],
         "notes": "Coach paid the tournament fee on his own Visa %s; reimburse him." % c2}]}


def ppt_training(s):
    ssn = s.S(where="slide text box")
    ssn2 = s.S(style="plain", where="speaker notes after 'SSN'")
    return {"type": "ppt", "slides": [
        {"title": "New Payroll System Training", "bullets": [B("Session on %s" % s.date()), B("Practice card: %s" % s.test_card())]},
        {"title": "Looking up an employee", "textbox": "Example record: %s, %s" % (s.person(), ssn),
         "notes": "Use the real record for the demo, SSN %s, then delete the screenshot." % ssn2},
        {"title": "Help", "bullets": [B("Help desk %s" % s.phone())]}]}


def ppt_runs(s):
    ssn = s.S(where="bullet, split over bold/italic runs")
    card = s.C(s.r.choice(["disc", "amex"]), where="bullet, split over runs, after brand name")
    br = s.brand()
    return {"type": "ppt", "slides": [
        {"title": "Staff Travel Reconciliation", "bullets": [B("Traveler: %s" % s.person()), B("SSN ", *split_runs(ssn)),
                                                               B("Paid with %s " % br, *split_runs(card)), B("Trip dates %s to %s" % (s.date(), s.date()))]}]}


def ppt_payments(s):
    rows = [["Family", "Card", "Amount"]] + [[s.person().split()[1], s.C(k, where="slide table under 'Card' header"), "$%d" % (10 * s.r.randint(2, 9))] for k in ["disc65", "mc2"]]
    return {"type": "ppt", "slides": [
        {"title": "Yearbook Orders", "bullets": [B("Deadline %s" % s.date()), B("Orders with problems below")]},
        {"title": "Declined payments", "table": rows, "notes": "Also one card (%s) declined twice." % s.masked_card()}]}


def ppt_w2(s):
    ssn = s.S(style="space", where="slide bullet, 3-2-4 with spaces")
    card = s.C("mc", style="dash", where="text box after 'Mastercard'")
    return {"type": "ppt", "slides": [
        {"title": "W-2 Corrections", "bullets": [B("Employee: %s" % s.person()), B("Social Security number %s" % ssn),
                                                 B("Employee ID %s" % s.employee_id())]},
        {"title": "Conference registration", "textbox": "Charged to district Mastercard %s" % card,
         "bullets": [B("Registration number %s" % s.order(True))]}]}


def ppt_none(s, i):
    variants = [
        lambda: [{"title": "Fall Calendar", "bullets": [B("Open house %s" % s.date()), B("Picture day %s" % s.date()), B("Office %s" % s.phone())]}],
        lambda: [{"title": "Bus Safety", "table": [["Route", "Driver", "Phone"]] + [[str(k + 3), s.person(), s.phone()] for k in range(3)]}],
        lambda: [{"title": "Protecting Personal Data", "bullets": [B("Show only masked numbers: %s" % s.masked_ssn()), B("Cards: %s" % s.masked_card())],
          "notes": "Never type a real number in a demo; the famous example %s is not a real SSN." % s.famous()}],
        lambda: [{"title": "Point of Sale Training", "textbox": "Test card: %s" % s.test_card(), "notes": "Declined example: %s" % s.bad_card()}],
        lambda: [{"title": "Shipping Update", "bullets": [B("Tracking %s" % s.tracking()), B("Order %s" % s.order(True)), B("Warehouse ZIP %s" % s.zip4())]}],
        lambda: [{"title": "Enrollment Numbers", "table": [["School", "Student ID range start", "Count"]] + [[s.r.choice(["Lincoln", "Hillcrest"]), s.student_id(), str(s.r.randint(200, 700))] for _ in range(2)],
          "notes": "Rejected entries: SSN %s and %s" % (s.bad_ssn("666"), s.bad_ssn("9xx"))}],
    ]
    return {"type": "ppt", "slides": variants[i % 6]()}


# ---------------- msg ----------------
def msg_subject_body(s):
    ssn = s.S(where=".msg subject")
    card = s.C("visa", style="plain", where=".msg body, 'card number' label on the same line")
    return {"type": "msg", "ansi": False, "subject": "W-4 for %s SSN %s" % (s.person(), ssn),
            "body": "Hi,\r\n\r\nHere is the corrected form. The parking permit was paid with card number %s.\r\n"
                    "The first number she gave, %s, was mistyped and bounced.\r\n"
                    "Call me at %s if anything is missing.\r\n\r\nThanks" % (card, s.bad_card(), s.phone()),
            "html": None, "attachments": []}


def msg_ansi_txt(s):
    ssn = s.S(style="plain", where="ANSI .msg body, 'SSN:' label on the same line")
    txt = "Reimbursement list\r\n%s  Amex %s\r\n%s  Mastercard %s\r\nOrder %s\r\n" % (
        s.person(), s.C("amex", where=".txt attachment"), s.person(), s.C("mc", style="dash", where=".txt attachment"), s.order(True))
    return {"type": "msg", "ansi": True, "subject": "Reimbursements for the conference",
            "body": "Please process the attached list.\r\nFor the payroll record, SSN: %s (Dana's new account).\r\nOffice: %s\r\n" % (ssn, s.phone()),
            "html": None, "attachments": [("reimbursements.txt", "text/plain", txt)]}


def msg_html(s):
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (s.person(), s.S(where=".msg HTML body table under SSN header"), s.date()) for _ in range(2))
    card = s.C("disc", where=".msg HTML body text after 'Discover card'")
    html = ("<html><body><p>Hello,</p><p>These staff need new badges:</p><table border=\"1\"><tr><th>Name</th><th>SSN</th>"
            "<th>Start</th></tr>%s</table><p>The badge fee was charged to the Discover card %s.</p><p>Front desk: %s</p></body></html>") % (rows, card, s.phone())
    return {"type": "msg", "ansi": False, "subject": "Badges for new staff", "body": None, "html": html, "attachments": []}


def msg_csv(s):
    lines = ["Name,SSN,Hire date,Employee ID"]
    for i in range(3):
        lines.append("%s,%s,%s,%s" % (s.person(), s.S(low=(i == 0), where=".csv attachment under SSN header"), s.date(), s.employee_id()))
    return {"type": "msg", "ansi": False, "subject": "Roster for the October payroll",
            "body": "The roster is attached.\r\nOne more: Social Security %s for the new bus monitor.\r\n" % s.S(style="space", where=".msg body, 3-2-4 with spaces"),
            "html": None, "attachments": [("october_roster.csv", "text/csv", "\r\n".join(lines) + "\r\n")]}


def msg_docx(s):
    doc = {"type": "doc", "fmt": "docx", "header": None, "footer": None, "blocks": [
        ("h", "Athletic Fee Payment"), P("Player: %s" % s.person()),
        P("Card number: ", *split_runs(s.C("mc2", where=".docx attachment inside the .msg"))),
        P("Receipt %s, paid %s" % (s.order(True), s.date()))]}
    return {"type": "msg", "ansi": False, "subject": "Fee payment form",
            "body": "Forwarding the payment form from the athletics office.\r\nCall %s with questions.\r\n" % s.phone(),
            "html": None, "attachments": [("fee_payment.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)]}


def msg_legacy(s):
    if s.num % 20 < 10:
        d = doc_newhire(s)
        att = ("welcome_letter.doc", "application/msword", d)
    else:
        d = xls_payroll(s)
        att = ("new_hires.xls", "application/vnd.ms-excel", d)
    return {"type": "msg", "ansi": False, "subject": "New hire paperwork",
            "body": "See the attached file from Human Resources.\r\n", "html": "<html><body><p>See the attached file from <b>Human Resources</b>.</p></body></html>",
            "attachments": [att]}


def msg_embedded(s):
    inner = {"type": "msg", "ansi": s.num % 3 == 0, "subject": "Direct deposit change %s" % s.person(),
             "body": "Please update my direct deposit.\r\nSocial Security number: %s\r\nRouting and account are on the form.\r\n" % s.S(style="plain", where="embedded .msg body, label on the same line"),
             "html": None,
             "attachments": [("card_on_file.txt", "text/plain", "Card on file for the cafeteria account:\r\n%s\r\nPhone %s\r\n" % (s.C("disc65", style="plain", where="attachment inside the embedded .msg, label on the line before"), s.phone()))]}
    return {"type": "msg", "ansi": False, "subject": "FW: direct deposit request",
            "body": "Forwarding the original message below. The employee's card ending %s is not ours.\r\n" % s.masked_card(),
            "html": None, "attachments": [("Direct deposit change", "message/rfc822", inner)]}


def msg_nested2(s):
    """A .msg inside a .msg inside a .msg."""
    innermost = {"type": "msg", "ansi": False, "subject": "Tuition payment", "body": "Paid tonight with Mastercard %s.\r\n" % s.C("mc", where="second-level embedded .msg body"),
                 "html": None, "attachments": []}
    middle = {"type": "msg", "ansi": False, "subject": "FW: Tuition payment", "body": "See below. Her SSN %s is on the aid form.\r\n" % s.S(where="first-level embedded .msg body"),
              "html": None, "attachments": [("Tuition payment", "message/rfc822", innermost)]}
    return {"type": "msg", "ansi": False, "subject": "FW: FW: Tuition payment", "body": "Two forwards down.\r\nOrder %s\r\n" % s.order(True),
            "html": None, "attachments": [("FW Tuition payment", "message/rfc822", middle)]}


def msg_none(s, i):
    variants = [
        lambda: {"subject": "Bus schedule", "body": "Route six changes on %s.\r\nDispatch: %s\r\nZIP for the new stop: %s\r\n" % (s.date(), s.phone(), s.zip4()), "attachments": []},
        lambda: {"subject": "Shipping", "body": "Order %s shipped.\r\nTracking %s\r\n" % (s.order(True), s.tracking()),
         "attachments": [("packing_list.csv", "text/csv", "Item,SKU,Qty\r\nToner,%s,4\r\nPaper,%s,10\r\n" % (s.order(False), s.order(False)))]},
        lambda: {"subject": "Training", "body": "Use the practice card %s in the sandbox.\r\nNever the real ones.\r\n" % s.test_card(),
         "html": "<html><body><p>Masked display looks like %s.</p><p>Sample SSN %s is famous, not real.</p></body></html>" % (s.masked_ssn(), s.famous()), "attachments": []},
        lambda: {"subject": "FW: rejected import", "body": "See the forwarded message.\r\n",
         "attachments": [("Rejected import", "message/rfc822", {"type": "msg", "ansi": False, "subject": "Import errors",
                                                                 "body": "SSN %s rejected\r\nSSN %s rejected\r\nCard number %s failed the check digit\r\n" % (s.bad_ssn("666"), s.bad_ssn("9xx"), s.bad_card()),
                                                                 "html": None, "attachments": []})]},
        lambda: {"subject": "Student IDs", "body": "The new student ID is %s; the old one was %s.\r\nCall the registrar at %s.\r\n" % (s.student_id(nine=True), s.student_id(), s.phone()), "attachments": []},
        lambda: {"subject": "Staff list", "body": "Attached.\r\n",
         "attachments": [("staff_ids.txt", "text/plain", "Employee IDs\r\n%s\r\n%s\r\nUpdated %s\r\n" % (s.employee_id(), s.employee_id(), s.date()))]},
    ]
    v = variants[i % 6]()
    return {"type": "msg", "ansi": i % 2 == 1, "subject": v["subject"], "body": v["body"], "html": v.get("html"),
            "attachments": v["attachments"]}


TEMPLATES = {
    "doc": [doc_newhire, doc_roster, doc_payment, doc_textbox, doc_header, doc_html_memo, doc_nextline, doc_w4],
    "xls": [xls_payroll, xls_textssn, xls_booster, xls_mixed, xls_csv, xls_html],
    "ppt": [ppt_benefits, ppt_booster, ppt_training, ppt_runs, ppt_payments, ppt_w2],
    "msg": [msg_subject_body, msg_ansi_txt, msg_html, msg_csv, msg_docx, msg_legacy, msg_embedded, msg_nested2],
}
NONE = {"doc": doc_none, "xls": xls_none, "ppt": ppt_none, "msg": msg_none}
FILE = {"doc": ("%s.doc", "application/msword"), "xls": ("%s.xls", "application/vnd.ms-excel"),
        "ppt": ("%s.ppt", "application/vnd.ms-powerpoint"), "msg": ("%s.msg", "application/vnd.ms-outlook")}
STEMS = {"doc": ["welcome_letter", "new_staff_memo", "trip_payment_form", "payroll_correction", "contractor_info",
                 "pcard_reconciliation", "sub_application", "benefits_confirmation"],
         "xls": ["new_hires", "staff_list", "booster_payments", "pcard_log", "trip_payments", "sub_roster"],
         "ppt": ["enrollment_review", "booster_update", "payroll_training", "travel_recon", "yearbook_orders", "w2_corrections"],
         "msg": ["w4_form", "reimbursements", "badges", "october_roster", "fee_payment", "hr_paperwork", "fw_direct_deposit", "fw_tuition"]}
BODIES = {"doc": "Attached is the document we talked about. Let me know if anything needs to change.",
          "xls": "Attached is the spreadsheet for this week. Please check it before Friday.",
          "ppt": "Attached are the slides for the meeting. Feel free to add notes.",
          "msg": "Forwarding the message below as an attachment so you have the original."}
SUBJECTS = {"doc": "Document for review", "xls": "Spreadsheet for review", "ppt": "Slides for the meeting", "msg": "Forwarded message"}


def plan():
    rng = random.Random(SEED)
    vals = Values(rng)
    _POOL["test"] = list(TEST_CARDS)
    _POOL["famous"] = [x for x in FAMOUS_SSNS if digits_of(x) not in ("001010001",)]
    rng.shuffle(_POOL["test"])
    rng.shuffle(_POOL["famous"])
    out = []
    for cls in CLASSES:
        k = n = 0
        for num in range(1, PER_CLASS + 1):
            s = Spec(cls, num, rng, vals)
            if num in NONE_SLOTS:
                s.doc = NONE[cls](s, n)
                stem = "%s_notes" % ["schedule", "update", "records", "import", "orders", "directory"][n % 6]
                n += 1
            else:
                t = TEMPLATES[cls][k % len(TEMPLATES[cls])]
                stem = STEMS[cls][k % len(STEMS[cls])]
                s.doc = t(s)
                k += 1
            pat, mime = FILE[cls]
            s.filename, s.mime = pat % stem, mime
            s.subject = SUBJECTS[cls]
            s.body = BODIES[cls]
            out.append(s)
    return out


def doc_inputs(spec):
    """(relative path under inputs/, structure, target format) for every file
    LibreOffice must write for this message."""
    if spec.cls in ("doc", "xls", "ppt"):
        return [("%s/%03d.%s" % (spec.cls, spec.num, spec.cls), spec.doc, spec.cls)]
    out = []

    def walk(m, path):
        for j, (name, mime, a) in enumerate(m["attachments"]):
            if isinstance(a, dict) and a["type"] == "msg":
                walk(a, path + "_%d" % j)
            elif isinstance(a, dict):
                ext = name.rsplit(".", 1)[1]
                out.append(("msg/%03d%s_%d.%s" % (spec.num, path, j, ext), a, ext))
    walk(spec.doc, "")
    return out
