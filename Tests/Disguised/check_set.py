#!/usr/bin/env python3
"""Self-check for the Disguised set.

Reads every message from disk and decodes it the way a mail client would (MIME,
base64, quoted-printable, charsets, format=flowed, HTML, bidi reordering with
python-bidi; pypdf for PDF text, annotations and form fields; openpyxl for xlsx
values and number formats), then asserts for each expected value that it is
really there, in the form its class says, that it reads as the labelled digits,
and that it is a valid SSN or card; and for each look-alike that it is there,
is not expected, and is not a valid SSN or card where its digits could pass for one.

    python check_set.py            # checks the set next to this file
    python check_set.py --dir DIR  # checks a set written with make_set.py --out DIR
"""
import argparse
import datetime
import email
import email.policy
import io
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_set as MS  # noqa: E402

from bidi import get_display  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from pypdf.generic import ContentStream  # noqa: E402
import openpyxl  # noqa: E402

BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE = MS.INVISIBLE
WORDNUM = {w: str(i) for i, w in enumerate(MS.WORDS)}
WORDNUM.update({"oh": "0", "o": "0"})
LABEL_RE = re.compile(r"(?i)\bssn\b|social|soc\.? ?sec|\bss ?#|\bss number|card|visa|master ?card|\bamex\b|"
                      r"american express|discover|\bcc\b|cc#|credit|\bexp(iry|iration|ires)?\b")
FAILS = []


def fail(where, msg):
    FAILS.append("%s: %s" % (where, msg))


# --------------------------------------------------------------------------
# reading what the reader sees
# --------------------------------------------------------------------------
def strip_inv(s):
    return "".join(c for c in s if c not in INVISIBLE)


def display_line(line):
    """Visual order of one line, as a left-to-right mail client shows it."""
    if not any(unicodedata.bidirectional(c) in ("R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI", "PDF", "PDI")
               for c in line):
        return line
    vis = get_display(line, base_dir="L")
    auto = get_display(line)
    if auto != vis:
        raise AssertionError("line would not be shown left-to-right: %r" % line)
    return vis


def display_text(text):
    return "\n".join(display_line(ln) for ln in text.split("\n"))


def unflow(text, delsp):
    """RFC 3676: join soft-broken lines (quote depth kept, space-stuffing removed)."""
    out, buf, bufq = [], None, None
    for ln in text.split("\n"):
        q = len(ln) - len(ln.lstrip(">"))
        body = ln[q:]
        if body.startswith(" "):
            body = body[1:]
        soft = body.endswith(" ") and body != "-- "
        if buf is not None and q != bufq:
            out.append(">" * bufq + (" " if bufq else "") + buf)
            buf = None
        if soft:
            piece = body[:-1] if delsp else body
            buf = (buf or "") + piece
            bufq = q
        else:
            full = (buf or "") + body
            out.append(">" * q + (" " if q else "") + full)
            buf = None
    if buf is not None:
        out.append(">" * bufq + (" " if bufq else "") + buf)
    return "\n".join(out)


class HTMLText(HTMLParser):
    BLOCK = {"p", "div", "tr", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "body", "html", "blockquote"}
    VOID = {"br", "meta", "img", "hr", "input", "link"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.stack = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("head", "style", "title", "script"):
            self.skip += 1
        if tag == "br":
            self.out.append("\n")
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append("\t")
        if tag in self.VOID:
            return
        close = ""
        style = (a.get("style") or "").replace(" ", "").lower()
        d = (a.get("dir") or "").lower()
        if tag == "bdo":
            self.out.append(MS.RLO if d == "rtl" else MS.LRO)
            close = MS.PDF_
        elif "unicode-bidi:bidi-override" in style:
            rtl = "direction:rtl" in style
            self.out.append(MS.RLO if rtl else MS.LRO)
            close = MS.PDF_
        elif d in ("rtl", "ltr", "auto") or tag == "bdi":
            self.out.append({"rtl": MS.RLI, "ltr": MS.LRI}.get(d, MS.FSI))
            close = MS.PDI
        self.stack.append((tag, close))

    def handle_endtag(self, tag):
        if tag in ("head", "style", "title", "script"):
            self.skip -= 1
        while self.stack:
            t, close = self.stack.pop()
            self.out.append(close)
            if t == tag:
                break
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        self.out.append(re.sub(r"[ \t\n\r\f]+", " ", data))


def html_logical(src):
    p = HTMLText()
    p.feed(src)
    p.close()
    t = "".join(p.out)
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", t)


def norm_html_lines(s):
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", s)


def digits_of(seen):
    """The digits a reader reads: script digits mapped, number words read."""
    out = []
    mult = 1
    for tok in re.findall(r"[A-Za-z]+|.", seen, re.S):
        if tok.isalpha() and len(tok) > 1 or tok.lower() in ("o",):
            w = tok.lower()
            if w == "double":
                mult = 2
            elif w == "triple":
                mult = 3
            elif w in WORDNUM:
                out.append(WORDNUM[w] * mult)
                mult = 1
            continue
        if len(tok) == 1:
            v = unicodedata.digit(tok, None)
            if v is not None:
                out.append(str(v) * mult)
                mult = 1
    return "".join(out)


# --------------------------------------------------------------------------
# PDF: where glyphs land (a small interpreter of the text operators used)
# --------------------------------------------------------------------------
def mul(a, b):
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def pdf_glyphs(page):
    """[(char, X, Y, dirX, dirY, size, order, user_dir, th)] in display space, plus text runs."""
    mb = [float(v) for v in page.mediabox]
    w, h = mb[2] - mb[0], mb[3] - mb[1]
    rot = int(page.get("/Rotate", 0) or 0) % 360
    content = page.get_contents()
    ops = ContentStream(content, page.pdf).operations if content is not None else []
    I = (1, 0, 0, 1, 0, 0)
    gs = dict(ctm=I, tc=0.0, tw=0.0, th=1.0, tl=0.0, fs=11.0)
    stack = []
    tm = tlm = I
    glyphs, runs = [], []
    order = 0

    def disp(x, y):
        if rot == 90:
            return y, w - x
        if rot == 270:
            return h - y, x
        if rot == 180:
            return w - x, h - y
        return x, y

    def ddir(dx, dy):
        if rot == 90:
            return dy, -dx
        if rot == 270:
            return -dy, dx
        if rot == 180:
            return -dx, -dy
        return dx, dy

    def show(bs):
        nonlocal tm, order
        s = bs.decode("latin-1") if isinstance(bs, bytes) else str(bs)
        start = len(glyphs)
        for c in s:
            trm = mul((gs["fs"] * gs["th"], 0, 0, gs["fs"], 0, 0), mul(tm, gs["ctm"]))
            n = (trm[0] ** 2 + trm[1] ** 2) ** 0.5 or 1
            ux, uy = trm[0] / n, trm[1] / n
            X, Y = disp(trm[4], trm[5])
            dx, dy = ddir(ux, uy)
            adv = (MS.HELV_W.get(c, 500) / 1000.0 * gs["fs"] + gs["tc"] + (gs["tw"] if c == " " else 0)) * gs["th"]
            glyphs.append(dict(c=c, X=X, Y=Y, dx=dx, dy=dy, fs=gs["fs"], order=order, ux=ux, uy=uy,
                               th=gs["th"], w=MS.HELV_W.get(c, 500) / 1000.0 * gs["fs"] * gs["th"]))
            order += 1
            tm = mul((1, 0, 0, 1, adv, 0), tm)
        runs.append(dict(text=s, glyphs=glyphs[start:]))

    for operands, op in ops:
        op = op.decode() if isinstance(op, bytes) else op
        f = [float(x) if isinstance(x, (int, float)) or hasattr(x, "__float__") else x for x in operands]
        if op == "q":
            stack.append(dict(gs))
        elif op == "Q":
            gs = stack.pop()
        elif op == "cm":
            gs["ctm"] = mul(tuple(f), gs["ctm"])
        elif op == "BT":
            tm = tlm = I
        elif op == "Tf":
            gs["fs"] = f[1]
        elif op == "Tc":
            gs["tc"] = f[0]
        elif op == "Tw":
            gs["tw"] = f[0]
        elif op == "Tz":
            gs["th"] = f[0] / 100.0
        elif op == "TL":
            gs["tl"] = f[0]
        elif op in ("Td", "TD"):
            if op == "TD":
                gs["tl"] = -f[1]
            tlm = mul((1, 0, 0, 1, f[0], f[1]), tlm)
            tm = tlm
        elif op == "Tm":
            tlm = tm = tuple(f)
        elif op == "T*":
            tlm = mul((1, 0, 0, 1, 0, -gs["tl"]), tlm)
            tm = tlm
        elif op == "Tj":
            show(operands[0])
        elif op == "'":
            tlm = mul((1, 0, 0, 1, 0, -gs["tl"]), tlm)
            tm = tlm
            show(operands[0])
        elif op == "TJ":
            for item in operands[0]:
                if isinstance(item, (bytes, str)) or hasattr(item, "original_bytes"):
                    show(item.original_bytes if hasattr(item, "original_bytes") else item)
                else:
                    tm = mul((1, 0, 0, 1, -float(item) / 1000.0 * gs["fs"] * gs["th"], 0), tm)
    return glyphs, runs, rot


def visual_lines(glyphs):
    """Left-to-right lines of upright glyphs, top to bottom: [(text_without_spaces, glyph list)]."""
    up = [g for g in glyphs if abs(g["dx"] - 1) < 1e-6 and abs(g["dy"]) < 1e-6 and g["c"] != " "]
    up.sort(key=lambda g: (-round(g["Y"]), g["X"]))
    lines = []
    for g in up:
        if lines and abs(lines[-1][0]["Y"] - g["Y"]) < 1.0:
            lines[-1].append(g)
        else:
            lines.append([g])
    return [("".join(g["c"] for g in ln), ln) for ln in lines]


# --------------------------------------------------------------------------
# xlsx: what a cell shows
# --------------------------------------------------------------------------
def xl_display(v, nf):
    if isinstance(v, str):
        return v
    if isinstance(v, datetime.datetime):
        if nf == "mm/dd/yyyy":
            return v.strftime("%m/%d/%Y")
        return v.isoformat()
    if nf == "General":
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        s = str(v)
        if len(s) > 11:
            raise AssertionError("General would show %s in scientific notation" % s)
        return s
    if re.fullmatch(r"[0 \-()]+", nf):
        n = nf.count("0")
        ds = str(int(v)).zfill(n)
        if len(ds) > n or len(str(int(v))) > 15:
            raise AssertionError("format %s cannot show %s" % (nf, v))
        it = iter(ds)
        return "".join(next(it) if ch == "0" else ch for ch in nf)
    if nf.startswith("$"):
        return "$%0.2f" % v
    raise AssertionError("unhandled number format %r" % nf)


# --------------------------------------------------------------------------
# what each class must show
# --------------------------------------------------------------------------
STD_SEP_OK = {"-", " "}


def seps_between_digits(seen):
    """Strings between consecutive digits of seen (invisible characters dropped)."""
    s = strip_inv(seen)
    idx = [i for i, c in enumerate(s) if unicodedata.digit(c, None) is not None]
    return [s[a + 1:b] for a, b in zip(idx, idx[1:])], s


def usual_grouping(seen, n):
    """True when seen is the usual 3-2-4 / 4-4-4-4 / 4-6-5 grouping with one kind of separator."""
    seps, _ = seps_between_digits(seen)
    if len(seps) != n - 1:
        return False
    cuts = {9: {2, 4}, 16: {3, 7, 11}, 15: {3, 9}}[n]
    nonempty = {i for i, x in enumerate(seps) if x}
    if nonempty != cuts:
        return False
    vals = {seps[i].strip() or " " for i in cuts}
    return len(vals) == 1


def is_trick_form(cls, rec, logical_ctx):
    raw, seen = rec["raw"], rec["seen"]
    n = len(rec["digits"]) if rec.get("digits") else None
    if cls == "unicode_digits":
        return any((unicodedata.digit(c, None) is not None and not c.isascii()) or c == "\u20e3" for c in raw)
    if cls == "separators":
        seps, s = seps_between_digits(seen)
        if all(x == "" for x in seps):
            return False
        plain = all(x in STD_SEP_OK or x == "" for x in seps) and usual_grouping(seen, n) and \
            len({x for x in seps if x}) == 1
        return not plain
    if cls == "invisible_chars":
        dec = logical_ctx["raw_decoded"]
        digits_pos = [i for i, c in enumerate(dec) if c.isdigit()]
        inner = dec[digits_pos[0]:digits_pos[-1] + 1] if digits_pos else ""
        return any(c in INVISIBLE for c in inner)
    if cls == "bidi":
        return any(c in BIDI_CONTROLS for c in logical_ctx["line"])
    if cls == "line_breaks":
        return "\n" in logical_ctx["raw_decoded"]
    if cls == "spelled_out":
        return sum(1 for w in re.findall(r"[A-Za-z]+", seen) if w.lower() in WORDNUM) >= 3
    if cls == "pdf_rotated":
        return rec["how"] == "pdf_rot"
    if cls == "pdf_spacing":
        return rec["how"] == "pdf_space"
    if cls == "pdf_forms_annotations":
        return rec["how"] in ("pdf_field", "pdf_freetext", "pdf_note")
    if cls == "xlsx_formats":
        return rec["how"] == "xlsx"
    if cls == "lookalikes":
        return any(is_trick_form(c, rec, logical_ctx) for c in
                   ("unicode_digits", "separators", "invisible_chars", "bidi", "line_breaks", "spelled_out"))
    return False


# --------------------------------------------------------------------------
# decoding one message
# --------------------------------------------------------------------------
def decode(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    texts = {}
    atts = {}
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            atts[fn] = part.get_payload(decode=True)
        elif ct == "text/plain":
            t = part.get_content().replace("\r\n", "\n")
            fmt = (part.get_param("format") or "").lower()
            delsp = (part.get_param("delsp") or "").lower() == "yes"
            texts["plain"] = dict(src=t, shown=unflow(t, delsp) if fmt == "flowed" else t, flowed=fmt == "flowed",
                                  charset=part.get_content_charset(), cte=part.get("Content-Transfer-Encoding"))
        elif ct == "text/html":
            t = part.get_content().replace("\r\n", "\n")
            texts["html"] = dict(src=t, shown=html_logical(t), charset=part.get_content_charset(),
                                 cte=part.get("Content-Transfer-Encoding"))
    return msg, texts, atts


def check_text_record(mfile, cls, rec, texts, is_exp):
    part = texts.get(rec["where"])
    if part is None:
        return fail(mfile, "no %s part for %r" % (rec["where"], rec["raw"]))
    src = part["src"]
    if rec["raw"] not in src:
        return fail(mfile, "raw form %r not in the %s part" % (rec["raw"], rec["where"]))
    if rec["where"] == "html":
        logical = part["shown"]
        raw_dec = html_logical(rec["raw"]).strip("\n")
        shown = norm_html_lines(display_text(logical))
        seen = norm_html_lines(rec["seen"])
    else:
        logical = part["shown"]
        raw_dec = rec["raw"]
        shown = display_text(logical)
        seen = rec["seen"]
    shown_s, seen_s = strip_inv(shown), strip_inv(seen)
    pos = shown_s.find(seen_s)
    if pos < 0:
        return fail(mfile, "reader does not see %r (raw %r)" % (seen, rec["raw"]))
    if rec.get("flowed"):
        if not part["flowed"]:
            fail(mfile, "not format=flowed")
        for ln in src.split("\n"):
            if len(ln) > 78:
                fail(mfile, "flowed line longer than 78: %r" % ln)
    # logical line holding the value (for the bidi test)
    key = raw_dec if rec["where"] == "plain" else rev_safe(raw_dec)
    line = ""
    for ln in logical.split("\n"):
        if key and (key in ln or key.split("\n")[0] in ln):
            line = ln
            break
    ctx = dict(raw_decoded=raw_dec, line=line if line else logical)
    if not is_exp:
        return ctx
    # label or usual grouping: label on the same line as the value or the line before
    start = shown_s.rfind("\n", 0, pos)
    prev = shown_s.rfind("\n", 0, max(start, 0)) if start > 0 else -1
    end = shown_s.find("\n", pos + len(seen_s))
    window = shown_s[prev + 1:end if end >= 0 else len(shown_s)]
    n = len(rec["digits"])
    if not LABEL_RE.search(window) and not (rec.get("grouped") and usual_grouping(seen, n)):
        fail(mfile, "no label near %r: %r" % (seen, window))
    return ctx


def rev_safe(s):
    return s


def check_message(m, data, man_entry):
    f = m.file
    if len(data) >= 200 * 1024:
        fail(f, "larger than 200 KB")
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        fail(f, "line ends are not all CRLF")
    msg, texts, atts = decode(data)
    if not msg["Message-ID"] or not msg["Date"]:
        fail(f, "missing Date or Message-ID")
    sender = msg["From"].addresses[0].addr_spec
    # expected = manifest
    want = []
    for r in m.exp:
        k = {"kind": r["kind"], "digits": r["digits"]}
        if k not in want:
            want.append(k)
    if man_entry["expected"] != want or man_entry["class"] != m.cls:
        fail(f, "manifest entry differs from the generator's records")
    pdfs, books = {}, {}
    for name, blob in atts.items():
        if name.endswith(".pdf"):
            pdfs[name] = PdfReader(io.BytesIO(blob))
        elif name.endswith(".xlsx"):
            books[name] = openpyxl.load_workbook(io.BytesIO(blob))
    exp_digits = {r["digits"] for r in m.exp}
    for is_exp, recs in ((True, m.exp), (False, m.looks)):
        for rec in recs:
            ctx = None
            if rec["where"] in ("plain", "html"):
                ctx = check_text_record(f, m.cls, rec, texts, is_exp)
            else:
                ctx = check_attachment_record(f, m.cls, rec, pdfs, books, is_exp)
            if ctx is None:
                continue
            if rec.get("digits") and digits_of(strip_inv(rec["seen"])) != rec["digits"]:
                fail(f, "%r reads as %s, not %s" % (rec["seen"], digits_of(rec["seen"]), rec["digits"]))
            if is_exp:
                d = rec["digits"]
                if rec["kind"] == "ssn" and not MS.ssn_ok(d):
                    fail(f, "expected SSN %s is not valid" % d)
                if rec["kind"] == "card" and not MS.card_ok(d):
                    fail(f, "expected card %s is not valid" % d)
                if not is_trick_form(m.cls, rec, ctx):
                    fail(f, "expected %r is not written the way class %s says" % (rec["seen"], m.cls))
            else:
                d = rec.get("digits")
                if d and d in exp_digits:
                    fail(f, "look-alike %s is also expected" % d)
                if d and 13 <= len(d) <= 19 and MS.card_ok(d):
                    fail(f, "look-alike %s (%s) is a valid card" % (d, rec["what"]))
                if d and len(d) == 9 and rec["what"].startswith(("ssn", "itin")) and MS.ssn_ok(d):
                    fail(f, "look-alike %s (%s) is a valid SSN" % (d, rec["what"]))
    scan_unlisted(f, m, texts)
    return texts, atts


def check_attachment_record(f, cls, rec, pdfs, books, is_exp):
    name = rec["where"][4:]
    how = rec["how"]
    ctx = dict(raw_decoded=rec["raw"], line="")
    if name.endswith(".pdf"):
        rd = pdfs.get(name)
        if rd is None:
            return fail(f, "attachment %s missing" % name)
        text = "\n".join(p.extract_text() for p in rd.pages)
        flat = re.sub(r"\s+", " ", text)
        if how in ("pdf_rot", "pdf_text"):
            if re.sub(r"\s+", " ", rec["seen"]) not in flat:
                return fail(f, "%s: text %r not found" % (name, rec["seen"]))
            if how == "pdf_rot":
                ok = False
                for p in rd.pages:
                    gl, runs, rot = pdf_glyphs(p)
                    for run in runs:
                        if rec["raw"] in run["text"] and run["glyphs"]:
                            g = run["glyphs"][0]
                            if rot or abs(g["ux"] - 1) > 1e-6:
                                ok = True
                if not ok:
                    fail(f, "%s: %r is not drawn rotated" % (name, rec["raw"]))
                if is_exp and rec.get("label") and rec["label"] not in flat:
                    fail(f, "%s: label %r not on the page" % (name, rec["label"]))
        elif how == "pdf_space":
            found = False
            for p in rd.pages:
                gl, runs, rot = pdf_glyphs(p)
                for txt, gls in visual_lines(gl):
                    lab = rec["label"].replace(" ", "")
                    val = rec["seen"].replace(" ", "")
                    k = txt.find(lab + val)
                    if k < 0:
                        continue
                    found = True
                    vg = gls[k + len(lab):k + len(lab) + len(val)]
                    gaps = [b["X"] - (a["X"] + a["w"]) for a, b in zip(vg, vg[1:])]
                    orders = [g["order"] for g in vg]
                    pulled = max(gaps) > 0.25 * vg[0]["fs"]
                    scrambled = orders != sorted(orders)
                    scaled = any(g["th"] != 1 for g in vg)
                    ctx["spacing"] = dict(pulled=pulled, scrambled=scrambled, scaled=scaled)
                    if not (pulled or scrambled or scaled):
                        fail(f, "%s: %r is drawn plainly" % (name, rec["seen"]))
            if not found:
                return fail(f, "%s: reader does not see %r after %r" % (name, rec["seen"], rec["label"]))
            if rec["seen"].replace(" ", "") in flat.replace(" ", "") and is_exp:
                ctx["extractor_reads_it"] = True
        elif how == "pdf_field":
            fields = rd.get_fields() or {}
            hit = [k for k, v in fields.items() if v.get("/V") == rec["raw"]]
            if not hit:
                return fail(f, "%s: no form field holds %r" % (name, rec["raw"]))
            fld = fields[hit[0]]
            tu = fld.get("/TU") or ""
            if is_exp and not LABEL_RE.search(str(tu)) and not LABEL_RE.search(rec.get("label", "")):
                fail(f, "%s: field %s has no SSN/card label" % (name, hit[0]))
            if rec.get("label") and rec["label"].rstrip(":") not in flat and rec["label"] not in flat:
                fail(f, "%s: printed label %r not on the page" % (name, rec["label"]))
            # the field shows its value: it has an appearance stream drawing it
            shown = False
            for p in rd.pages:
                for a in p.get("/Annots") or []:
                    a = a.get_object()
                    if a.get("/V") == rec["raw"] and "/AP" in a:
                        ap = a["/AP"]["/N"].get_object().get_data().decode("latin-1")
                        shown = all(ch in ap for ch in rec["raw"])
            if not shown:
                fail(f, "%s: field %r has no appearance showing it" % (name, rec["raw"]))
        elif how in ("pdf_freetext", "pdf_note"):
            sub = "/FreeText" if how == "pdf_freetext" else "/Text"
            hit = None
            for p in rd.pages:
                for a in p.get("/Annots") or []:
                    a = a.get_object()
                    if a.get("/Subtype") == sub and rec["raw"] in str(a.get("/Contents", "")):
                        hit = a
            if hit is None:
                return fail(f, "%s: no %s annotation holds %r" % (name, sub, rec["raw"]))
            if is_exp and not LABEL_RE.search(str(hit["/Contents"])):
                fail(f, "%s: annotation %r has no label" % (name, str(hit["/Contents"])))
        else:
            return fail(f, "unknown pdf record kind %s" % how)
        return ctx
    if name.endswith(".xlsx"):
        wb = books.get(name)
        if wb is None:
            return fail(f, "attachment %s missing" % name)
        sheet, ref = rec["cell"].split("!")
        ws = wb[sheet]
        c = ws[ref]
        try:
            shown = xl_display(c.value, c.number_format)
        except AssertionError as e:
            return fail(f, "%s %s: %s" % (name, rec["cell"], e))
        if shown != rec["seen"]:
            return fail(f, "%s %s shows %r, not %r" % (name, rec["cell"], shown, rec["seen"]))
        col = re.match(r"[A-Z]+", ref).group(0)
        header = None
        for row in range(1, 4):
            v = ws["%s%d" % (col, row)].value
            if isinstance(v, str) and v == rec.get("label"):
                header = v
        if header is None:
            fail(f, "%s %s: no header %r above the cell" % (name, rec["cell"], rec.get("label")))
        if is_exp:
            typ = "text" if isinstance(c.value, str) else "number"
            if typ != rec["cell_type"] or c.number_format != rec["number_format"]:
                fail(f, "%s %s: cell is %s/%s" % (name, rec["cell"], typ, c.number_format))
            if typ == "number" and len(rec["digits"]) == 16:
                fail(f, "%s %s: a 16-digit card cannot be an exact number cell" % (name, rec["cell"]))
            if typ == "number" and c.value != int(rec["digits"]):
                fail(f, "%s %s: stored %r" % (name, rec["cell"], c.value))
        return ctx
    return fail(f, "unknown attachment %s" % name)


SEP = "[-\u2010\u2011\u2012\u2013\u2014\u2212\uff0d\ufe63\u00b7\u2022/._ \u00a0\u2009\u202f\u3000\u2007\u200a\t]{1,3}"
SSN_SHAPE = re.compile(r"(?<!\d)(\d{3})%s(\d{2})%s(\d{4})(?!\d)" % (SEP, SEP))
CARD16_SHAPE = re.compile(r"(?<!\d)(\d{4})%s(\d{4})%s(\d{4})%s(\d{4})(?!\d)" % (SEP, SEP, SEP))
AMEX_SHAPE = re.compile(r"(?<!\d)(\d{4})%s(\d{6})%s(\d{5})(?!\d)" % (SEP, SEP))
RUN_SHAPE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")


def ascii_digits(s):
    return "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in s)


def scan_unlisted(f, m, texts):
    """Every valid SSN or card shape a reader sees in the text is expected or a declared look-alike."""
    known = {r["digits"] for r in m.exp} | {r["digits"] for r in m.looks if r.get("digits")}
    for part in texts.values():
        shown = ascii_digits(strip_inv(display_text(part["shown"])))
        for rx, ok in ((SSN_SHAPE, MS.ssn_ok), (CARD16_SHAPE, MS.card_ok), (AMEX_SHAPE, MS.card_ok), (RUN_SHAPE, MS.card_ok)):
            for mm in rx.finditer(shown):
                d = re.sub(r"\D", "", mm.group(0))
                if ok(d) and d not in known:
                    fail(f, "unlisted valid-looking value %r" % mm.group(0))


# --------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    args = ap.parse_args(argv)
    msgs = MS.build_all()
    again = MS.build_all()
    if [x.data for x in msgs] != [x.data for x in again]:
        fail("generator", "two runs give different bytes")
    with open(os.path.join(args.dir, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    if man != MS.manifest_of(msgs):
        fail("manifest.json", "differs from a fresh run of make_set.py")
    by_file = {e["file"]: e for e in man}
    stats = {}
    seen_values = {}
    extractor_reads = {}
    charsets, ctes = {}, {}
    for m in msgs:
        path = os.path.join(args.dir, m.file)
        with open(path, "rb") as fh:
            data = fh.read()
        if data != m.data:
            fail(m.file, "file on disk differs from a fresh run of make_set.py")
        texts, atts = check_message(m, data, by_file[m.file])
        for p in texts.values():
            charsets[p["charset"]] = charsets.get(p["charset"], 0) + 1
            ctes[str(p["cte"])] = ctes.get(str(p["cte"]), 0) + 1
        st = stats.setdefault(m.cls, dict(msgs=0, ssn=0, card=0, looks=0, none=0))
        st["msgs"] += 1
        ent = by_file[m.file]["expected"]
        st["ssn"] += sum(1 for e in ent if e["kind"] == "ssn")
        st["card"] += sum(1 for e in ent if e["kind"] == "card")
        st["looks"] += len(m.looks)
        st["none"] += 0 if ent else 1
        for e in ent:
            if e["digits"] in seen_values:
                fail(m.file, "value %s also used in %s" % (e["digits"], seen_values[e["digits"]]))
            seen_values[e["digits"]] = m.file
    total_looks = sum(s["looks"] for s in stats.values())
    for cls in MS.CLASSES:
        s = stats.get(cls)
        if not s or s["msgs"] < 20 or s["ssn"] + s["card"] < 30 or not s["ssn"] or not s["card"] or not s["looks"]:
            fail(cls, "class too small or unmixed: %r" % s)
    if total_looks < 100:
        fail("set", "only %d look-alikes" % total_looks)
    print("%-24s %5s %5s %5s %6s %8s" % ("class", "msgs", "ssn", "card", "looks", "no-true"))
    for cls in MS.CLASSES:
        s = stats[cls]
        print("%-24s %5d %5d %5d %6d %8d" % (cls, s["msgs"], s["ssn"], s["card"], s["looks"], s["none"]))
    tot = {k: sum(s[k] for s in stats.values()) for k in ("msgs", "ssn", "card", "looks", "none")}
    print("%-24s %5d %5d %5d %6d %8d" % ("total", tot["msgs"], tot["ssn"], tot["card"], tot["looks"], tot["none"]))
    print("text part charsets:", dict(sorted(charsets.items(), key=lambda kv: str(kv[0]))))
    print("text part transfer encodings:", dict(sorted(ctes.items())))
    if FAILS:
        print("\n%d problem(s):" % len(FAILS))
        for x in FAILS:
            print("  " + x)
        print("0 passed, %d failed" % len(FAILS))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
