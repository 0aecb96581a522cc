#!/usr/bin/env python3
"""Self-check of the ArchivePlanted set.

1. Regenerates the set in memory with make_set.py and asserts that every message
   and manifest.json on disk are byte for byte what it writes.
2. Opens every message from disk with independent tools and re-derives its labels:
   archives are identified by their magic bytes and listed and extracted with
   bsdtar (libarchive), gzip -d, bzip2 -d, xz -d and 7z, at every depth; members
   are read as text (.csv/.txt/.html), from their XML (.docx/.xlsx, read here with
   zipfile and ElementTree), with unrtf plus a small RTF reader that also reads
   footnotes (.rtf), with icalendar (.ics, unfolded and unescaped) and vobject
   (.vcf, with quoted-printable decoded); OLE objects in RTF are taken out with
   oletools' rtfobj, and embedded .xls/.doc files are read by LibreOffice
   (--convert-to csv / txt).
3. In the text it finds every number that is a true SSN or card by the set's rules
   (valid value, and its usual grouping or a label on the same line or the line
   before) and asserts that these are exactly the manifest's values; that every
   declared look-alike is there and is not a true value; that every protected
   archive refuses to open without its password and opens with it; that damaged
   files do not open; that every program message really holds a PE/ELF file or a
   script, and no other message does.
4. Prints the per-class table and `all checks passed`, or the problems (exit 1).

    python check_set.py [--dir DIR] [--no-regen]
"""
import argparse
import collections
import email
import email.policy
import html
import json
import os
import quopri
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def problem(*a):
    PROBLEMS.append(" ".join(str(x) for x in a))


# ---------------------------------------------------------------------------
# the rules (written again here, apart from the generator)
# ---------------------------------------------------------------------------
FAMOUS = {"078051120", "219099999", "123456789", "457555462", "987654320", "987654321", "012345678"}
TEST = {"4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "4242424242424242",
        "5105105105105100", "371449635398431", "4012888888881881", "6011000990139424", "4000056655665556",
        "5200828282828210", "378734493671000", "6011000400000000", "2223003122003222"}
SSN_LABEL = re.compile(r"\bssns?\b|social security|soc\.? ?sec|\bss#|x-ssn", re.I)
CARD_LABEL = re.compile(r"card|visa|master ?card|\bamex\b|american express|discover|\bcc#|credit", re.I)
TOKEN = re.compile(r"(?<![\w.])\d+(?:[ \-\u2011\u2013\u00a0]\d+)*(?![\w])")
DANGER_EXT = (".exe", ".com", ".dll", ".scr", ".pif", ".cpl", ".bat", ".cmd", ".js", ".jse", ".vbs", ".vbe",
              ".wsf", ".hta", ".ps1", ".lnk", ".jar", ".msi", ".reg")


def luhn(d):
    t = 0
    for i, c in enumerate(d[::-1]):
        n = int(c) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def placeholder(d):
    return bool(re.search(r"(\d)\1{4}", d)) or any(r[i:i + 6] in d for r in ("01234567890", "9876543210") for i in range(5))


def valid_ssn(d):
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0 and d not in FAMOUS and not placeholder(d)


def valid_card(d):
    n = len(d)
    issuer = ((d[0] == "4" and n == 16) or (n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720))
              or (n == 15 and d[:2] in ("34", "37")) or (n == 16 and (d.startswith("6011") or d.startswith("65"))))
    return issuer and luhn(d) and d not in TEST and not placeholder(d)


def scan(text):
    """[(kind, digits, true, shown, line)] for every SSN- or card-shaped number."""
    out = []
    lines = text.split("\n")
    prev = ""
    for line in lines:
        for mt in TOKEN.finditer(line):
            tok = mt.group(0)
            groups = re.split(r"[ \-\u2011\u2013\u00a0]", tok)
            lens = [len(g) for g in groups]
            d = "".join(groups)
            ctx = prev + "\n" + line
            if len(d) == 9 and lens in ([3, 2, 4], [9]):
                ok = valid_ssn(d)
                usual = lens == [3, 2, 4] and len(set(re.findall(r"[ \-\u2011\u2013\u00a0]", tok))) == 1
                out.append(("ssn", d, ok and (usual or bool(SSN_LABEL.search(ctx))), tok, line))
            elif len(d) in (15, 16) and d[0] in "23456":
                ok = valid_card(d)
                usual = lens in ([4, 4, 4, 4], [4, 6, 5])
                out.append(("card", d, ok and (usual or bool(CARD_LABEL.search(ctx))), tok, line))
        if line.strip():
            prev = line
    return out


# ---------------------------------------------------------------------------
# reading files
# ---------------------------------------------------------------------------
def sh(cmd, cwd=None, ok=(0,), data=None):
    p = subprocess.run(cmd, cwd=cwd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    return p.returncode in ok, p.stdout, p.stderr


def kind_of(data, name):
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    if data[:3] == b"BZh":
        return "bzip2"
    if data[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if data[:6] == b"7z\xbc\xaf\x27\x1c":
        return "7z"
    if data[:4] == b"PK\x03\x04":
        low = name.lower()
        if low.endswith((".docx", ".xlsx")):
            return low.rsplit(".", 1)[1]
        return "zip"
    if len(data) > 262 and data[257:262] == b"ustar":
        return "tar"
    return "file"


def text_of_xml_docx(data):
    z = zipfile.ZipFile(io_bytes(data))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def text_of_xml_xlsx(data):
    z = zipfile.ZipFile(io_bytes(data))
    S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            shared.append("".join(t.text or "" for t in si.iter(S + "t")))
    out = []
    for n in sorted(z.namelist()):
        if re.match(r"xl/worksheets/sheet\d+\.xml$", n):
            for row in ET.fromstring(z.read(n)).iter(S + "row"):
                cells = []
                for c in row.iter(S + "c"):
                    v = c.find(S + "v")
                    t = c.get("t")
                    if t == "s" and v is not None:
                        cells.append(shared[int(v.text)])
                    elif t == "inlineStr":
                        cells.append("".join(x.text or "" for x in c.iter(S + "t")))
                    elif v is not None:
                        cells.append(v.text)
                out.append(" | ".join(cells))
    return "\n".join(out)


def io_bytes(b):
    import io
    return io.BytesIO(b)


def text_of_html(b):
    s = b.decode("utf-8", "replace")
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    s = re.sub(r"(?i)<(tr|br|p|h\d|div|li)\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def rtf_reader(data):
    """A small RTF reader: body text plus footnotes; skips font, colour and style
    tables, \\info, pictures, object data and other \\* destinations."""
    s = data.decode("latin-1")
    out = []
    stack = []
    skip = False
    uc = 1
    i = 0
    pending_skip = 0
    keep_dest = ("footnote",)
    drop_dest = ("fonttbl", "colortbl", "stylesheet", "info", "pict", "objdata", "objclass", "listtable",
                 "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles",
                 "datastore", "xmlnstbl", "pgdsctbl", "userprops", "object")
    while i < len(s):
        c = s[i]
        if c == "{":
            stack.append((skip, uc))
            i += 1
            if s.startswith("\\*", i):
                m = re.match(r"\\\*\\([a-z]+)", s[i:])
                if m and m.group(1) not in keep_dest:
                    skip = True
            continue
        if c == "}":
            skip, uc = stack.pop() if stack else (False, 1)
            i += 1
            continue
        if c == "\\":
            m = re.match(r"\\([a-z]+)(-?\d+)? ?", s[i:])
            if m:
                w, n = m.group(1), m.group(2)
                i += len(m.group(0))
                if w in drop_dest and s[i - len(m.group(0)) - 1] == "{":
                    skip = True
                if skip:
                    continue
                if w in ("par", "line", "row", "sect", "page"):
                    out.append("\n")
                elif w in ("tab", "cell"):
                    out.append("\t")
                elif w == "u" and n is not None:
                    v = int(n)
                    out.append(chr(v + 65536 if v < 0 else v))
                    i += uc if i < len(s) and s[i] != "\\" else 0
                elif w == "uc" and n is not None:
                    uc = int(n)
                elif w in ("emdash", "endash"):
                    out.append("\u2014" if w == "emdash" else "\u2013")
                continue
            if s.startswith("\\'", i):
                if not skip:
                    out.append(bytes([int(s[i + 2:i + 4], 16)]).decode("cp1252", "replace"))
                i += 4
                continue
            nx = s[i + 1:i + 2]
            i += 2
            if skip:
                continue
            if nx in "\\{}":
                out.append(nx)
            elif nx == "~":
                out.append("\u00a0")
            elif nx == "_":
                out.append("\u2011")
            elif nx in "\r\n":
                out.append("\n")
            continue
        if c in "\r\n":
            i += 1
            continue
        if not skip:
            out.append(c)
        i += 1
    return "".join(out)


def text_of_rtf(data, tmp):
    p = os.path.join(tmp, "x.rtf")
    with open(p, "wb") as fh:
        fh.write(data)
    ok, o, e = sh(["unrtf", "--text", p])
    un = "\n".join(l for l in o.decode("utf-8", "replace").split("\n") if not l.startswith("###"))
    return un, rtf_reader(data)


def text_of_ics(data):
    import icalendar
    cal = icalendar.Calendar.from_ical(data)
    out = []
    for comp in cal.walk():
        out.append("[%s]" % comp.name)
        for k, v in comp.property_items(recursive=False) if hasattr(comp, "property_items") else comp.items():
            if k in ("BEGIN", "END"):
                continue
            try:
                val = v.to_ical().decode() if not isinstance(v, str) else str(v)
            except Exception:
                val = str(v)
            if isinstance(v, icalendar.prop.vText) or k in ("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT"):
                val = str(v)
            out.append("%s: %s" % (k, val))
    return "\n".join(out)


def text_of_vcf(data):
    import vobject
    out = []
    # vCard 2.1 quoted-printable soft line breaks: a line ending in '=' goes on
    # with the next line (vobject does not join these itself)
    lines, joined = data.decode("utf-8").split("\r\n"), []
    for ln in lines:
        if joined and "QUOTED-PRINTABLE" in joined[-1].upper().split(":", 1)[0] and joined[-1].endswith("="):
            joined[-1] = joined[-1][:-1] + ln
        else:
            joined.append(ln)
    for card in vobject.readComponents("\r\n".join(joined)):
        out.append("[card]")
        for ch in card.getChildren():
            if ch.name == "PHOTO":
                continue
            v = ch.value
            enc = [x.upper() for x in ch.params.get("ENCODING", [])]
            if "QUOTED-PRINTABLE" in enc and isinstance(v, str):
                cs = (ch.params.get("CHARSET") or ["utf-8"])[0]
                v = quopri.decodestring(v.encode("latin-1", "replace")).decode(cs, "replace")
            if isinstance(v, list):
                v = ", ".join(str(x) for x in v)
            out.append("%s: %s" % (ch.name, str(v).replace("\r\n", "\n")))
    return "\n".join(out)


class Found:
    def __init__(self):
        self.texts = []         # (where, text)
        self.programs = []      # where
        self.unreadable = []    # (where, why)
        self.raw_rtf = []


def is_program(name, data):
    low = name.lower()
    if data[:2] == b"MZ":
        try:
            import pefile
            pefile.PE(data=data, fast_load=True)
            return "PE"
        except Exception:
            pass
    if data[:4] == b"\x7fELF":
        return "ELF"
    if low.endswith(DANGER_EXT):
        return "name " + os.path.splitext(low)[1]
    return None


def read_any(name, data, where, found, tmp, depth=0):
    k = kind_of(data, name)
    sub = tempfile.mkdtemp(dir=tmp)
    if k in ("gzip", "bzip2", "xz"):
        tool = {"gzip": "gzip", "bzip2": "bzip2", "xz": "xz"}[k]
        ok, out, err = sh([tool, "-d", "-c"], data=data)
        if not ok:
            found.unreadable.append((where, "%s -d: %s" % (tool, err.decode(errors="replace").strip()[:80])))
            return
        inner = re.sub(r"\.(gz|tgz|bz2|xz)$", "", name)
        if name.endswith(".tgz"):
            inner += ".tar"
        read_any(inner, out, where + "|" + k, found, tmp, depth + 1)
        return
    if k in ("tar", "zip", "7z"):
        p = os.path.join(sub, "a." + k)
        with open(p, "wb") as fh:
            fh.write(data)
        dest = os.path.join(sub, "x")
        os.makedirs(dest)
        if k == "7z":
            ok, o, e = sh(["7z", "x", "-y", "-pnot-the-password", "-bso0", "-bsp0", "-o" + dest, p])
        else:
            ok, o, e = sh(["bsdtar", "-x", "-f", p, "-C", dest])
        if not ok:
            found.unreadable.append((where, "%s: %s" % (k, (e or o).decode(errors="replace").strip().replace("\n", " ")[:120])))
        for root, dirs, files in os.walk(dest):
            for f in sorted(files):
                fp = os.path.join(root, f)
                rel = os.path.relpath(fp, dest)
                with open(fp, "rb") as fh:
                    b = fh.read()
                if not b and not ok:
                    continue
                read_any(rel, b, where + "|" + rel, found, tmp, depth + 1)
        return
    pr = is_program(name, data)
    if pr:
        found.programs.append((where, pr))
    low = name.lower()
    if k == "docx":
        found.texts.append((where, text_of_xml_docx(data)))
    elif k == "xlsx":
        found.texts.append((where, text_of_xml_xlsx(data)))
    elif low.endswith(".rtf"):
        a, b = text_of_rtf(data, sub)
        found.texts.append((where + " (unrtf)", a))
        found.texts.append((where + " (reader)", b))
        found.raw_rtf.append(data)
        read_rtf_objects(data, where, found, tmp)
    elif low.endswith(".ics"):
        found.texts.append((where, text_of_ics(data)))
    elif low.endswith(".vcf"):
        found.texts.append((where, text_of_vcf(data)))
    elif low.endswith((".html", ".htm")):
        found.texts.append((where, text_of_html(data)))
    elif low.endswith((".csv", ".txt")):
        found.texts.append((where, data.decode("utf-8", "replace").replace("\r\n", "\n")))
    elif pr is None:
        found.texts.append((where, data.decode("latin-1").replace("\r\n", "\n")))


OBJ_QUEUE = []


def read_rtf_objects(data, where, found, tmp):
    from oletools import rtfobj
    parser = rtfobj.RtfObjParser(data)
    parser.parse()
    for obj in parser.objects:
        if not obj.is_ole:
            continue
        if obj.is_package:
            fn = obj.filename or "package"
            pr = is_program(fn, obj.olepkgdata or b"")
            if pr:
                found.programs.append((where + "|object:" + fn, pr))
            else:
                found.texts.append((where + "|object:" + fn, (obj.olepkgdata or b"").decode("latin-1")))
        else:
            cls = (obj.class_name or b"").decode("latin-1")
            ext = ".xls" if cls.startswith("Excel") else ".doc"
            OBJ_QUEUE.append((found, where + "|object:" + cls, obj.oledata, ext))


def convert_objects(tmp):
    """LibreOffice reads the embedded .xls/.doc files (one run per type)."""
    if not OBJ_QUEUE:
        return
    d = tempfile.mkdtemp(dir=tmp)
    files = {".xls": [], ".doc": []}
    for i, (found, where, blob, ext) in enumerate(OBJ_QUEUE):
        p = os.path.join(d, "o%03d%s" % (i, ext))
        with open(p, "wb") as fh:
            fh.write(blob)
        files[ext].append(p)
    prof = "file://" + os.path.join(tmp, "lo-profile")
    for ext, conv in ((".xls", "csv"), (".doc", "txt:Text (encoded):UTF8")):
        if files[ext]:
            sh(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", conv, "--outdir", d] + files[ext])
    for i, (found, where, blob, ext) in enumerate(OBJ_QUEUE):
        out = os.path.join(d, "o%03d.%s" % (i, "csv" if ext == ".xls" else "txt"))
        if not os.path.exists(out):
            problem(where, "LibreOffice could not read the embedded object")
            continue
        with open(out, "rb") as fh:
            t = fh.read().decode("utf-8", "replace").lstrip("\ufeff").replace("\r\n", "\n")
        found.texts.append((where, t.replace(",", " | ") if ext == ".xls" else t))


# ---------------------------------------------------------------------------
ALLOWED_CT = {"application/gzip", "application/x-gzip", "application/x-tar", "application/x-bzip2",
              "application/x-xz", "application/x-7z-compressed", "application/rtf", "text/rtf",
              "text/calendar", "text/vcard", "text/x-vcard", "application/octet-stream"}
MAJOR = ["tar.gz", "tar.bz2", "7z", "rtf", "ics", "vcf"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--no-regen", action="store_true")
    args = ap.parse_args()
    root = args.dir
    with open(os.path.join(root, "manifest.json")) as fh:
        man = json.load(fh)
    sys.path.insert(0, HERE)
    import make_set as MS
    msgs = MS.build_all()
    gen = {m.file: m for m in msgs}
    if not args.no_regen:
        again = {m.file: m.data for m in MS.build_all()}
        for m in msgs:
            if again[m.file] != m.data:
                problem(m.file, "generator is not deterministic")
        exp_man = json.dumps(MS.manifest_of(msgs), indent=1) + "\n"
        with open(os.path.join(root, "manifest.json")) as fh:
            if fh.read() != exp_man:
                problem("manifest.json differs from the generator's")
        for m in msgs:
            with open(os.path.join(root, m.file), "rb") as fh:
                if fh.read() != m.data:
                    problem(m.file, "differs from the generator's output")
    pw = {f: (how, p) for f, how, p in MS.protected_specs()}
    tmp = tempfile.mkdtemp(prefix="checkset-")
    per_msg = {}
    seen_values = collections.Counter()
    total_size = 0
    for ent in man:
        path = os.path.join(root, ent["file"])
        raw = open(path, "rb").read()
        total_size += len(raw)
        if b"\n" in raw.replace(b"\r\n", b""):
            problem(ent["file"], "bare LF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To"):
            if not str(msg[h]).rstrip(">").endswith("@district.example"):
                problem(ent["file"], h, "not in the district")
        body = msg.get_body(("plain",)).get_content()
        if re.search(r"\d", body):
            problem(ent["file"], "body has digits")
        atts = [p for p in msg.iter_attachments()]
        if len(atts) != 1 or atts[0].get_filename() != ent["attachment"]:
            problem(ent["file"], "attachment name")
            continue
        if atts[0].get_content_type() not in ALLOWED_CT:
            problem(ent["file"], "content type", atts[0].get_content_type())
        data = atts[0].get_payload(decode=True)
        found = Found()
        read_any(ent["attachment"], data, ent["attachment"], found, tmp)
        per_msg[ent["file"]] = (ent, found, data)
    convert_objects(tmp)

    rows = collections.OrderedDict()
    for ent in man:
        if ent["file"] not in per_msg:
            continue
        ent, found, data = per_msg[ent["file"]]
        f, cls = ent["file"], ent["class"]
        exp = {(e["kind"], e["digits"]) for e in ent["expected"] if e["kind"] in ("ssn", "card")}
        kinds = {e["kind"] for e in ent["expected"]}
        for e in exp:
            seen_values[e[1]] += 1
        # protected and damaged
        if cls == "protected":
            if exp or "dangerous" in kinds:
                problem(f, "protected message lists values")
            if "unscannable" not in kinds or not all(e.get("note") for e in ent["expected"] if e["kind"] == "unscannable"):
                problem(f, "unscannable label or note missing")
            check_protected(f, ent["attachment"], data, pw.get(ent["attachment"]), found, tmp)
        else:
            if "unscannable" in kinds:
                problem(f, "unscannable outside protected")
            if found.unreadable:
                problem(f, "could not read:", found.unreadable)
            true_found = set()
            for where, text in found.texts:
                for kind, d, ok, tok, line in scan(text):
                    if ok:
                        true_found.add((kind, d))
            missing = exp - true_found
            extra = true_found - exp
            if missing:
                problem(f, "expected value not seen as a true value:", sorted(missing))
            if extra:
                problem(f, "true value not in the manifest:", sorted(extra))
            # look-alikes: present, and not true
            alltext = "\n".join(t for _, t in found.texts)
            flat = re.sub(r"\D", "", alltext)
            for lk in gen[f].looks:
                if lk["digits"] and not lk["what"].startswith("hidden_") and lk["digits"] not in flat:
                    problem(f, "look-alike not found:", lk["what"], lk["digits"])
                if lk["what"].startswith("hidden_") and not any(lk["digits"] in re.sub(r"\D", "", r.decode("latin-1")) for r in found.raw_rtf):
                    problem(f, "hidden look-alike not in the RTF source:", lk["digits"])
                if lk["digits"] and any(d == lk["digits"] for k, d in true_found):
                    problem(f, "look-alike reads as a true value:", lk["digits"])
            has_prog = bool(found.programs)
            if has_prog != ("dangerous" in kinds):
                problem(f, "dangerous label vs programs found:", found.programs)
            if cls == "program" and not has_prog:
                problem(f, "program archive holds no program")
        r = rows.setdefault(cls, collections.Counter())
        r["messages"] += 1
        r["true SSNs"] += sum(1 for e in exp if e[0] == "ssn")
        r["true cards"] += sum(1 for e in exp if e[0] == "card")
        r["look-alikes"] += len(gen[f].looks)
        r["no value"] += 0 if exp else 1
        r["dangerous"] += 1 if "dangerous" in kinds else 0
        r["unscannable"] += 1 if "unscannable" in kinds else 0
    for v, n in seen_values.items():
        if n > 1:
            problem("value used in", n, "messages:", v)
    # sizes and class sizes
    if total_size > 15 * 1024 * 1024:
        problem("set is larger than 15 MB:", total_size)
    for cls, r in rows.items():
        if cls in MAJOR:
            if r["messages"] < 25 or r["true SSNs"] + r["true cards"] < 50 or r["true SSNs"] < 20 or r["true cards"] < 20 or r["no value"] < 5:
                problem(cls, "below the class minimum", dict(r))
        elif r["messages"] < 10:
            problem(cls, "fewer than 10 messages")
    cols = ["messages", "true SSNs", "true cards", "look-alikes", "no value", "dangerous", "unscannable"]
    print("| class | " + " | ".join(cols) + " |")
    print("| --- |" + " ---: |" * len(cols))
    tot = collections.Counter()
    for cls, r in rows.items():
        print("| `%s` | " % cls + " | ".join(str(r[c]) for c in cols) + " |")
        tot.update(r)
    print("| **total** | " + " | ".join("**%d**" % tot[c] for c in cols) + " |")
    print("size: %.1f MB" % (total_size / 1048576))
    shutil.rmtree(tmp, ignore_errors=True)
    if PROBLEMS:
        print("\n%d problems:" % len(PROBLEMS))
        for p in PROBLEMS:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


def check_protected(f, name, data, spec, found, tmp):
    d = tempfile.mkdtemp(dir=tmp)
    p = os.path.join(d, name)
    with open(p, "wb") as fh:
        fh.write(data)
    if spec is None:      # damaged
        if not found.unreadable:
            problem(f, "damaged file opened without error")
        return
    how, password = spec
    if how.startswith("7z"):
        ok, o, e = sh(["7z", "t", "-pnot-the-password", p])
        if ok:
            problem(f, "7z opens without the password")
        ok, o, e = sh(["7z", "t", "-p" + password, p])
        if not ok:
            problem(f, "7z does not open with its password")
        ok, o, e = sh(["7z", "l", "-slt", "-pnot-the-password", p])
        names_hidden = not ok or b"Path = " not in o
        if names_hidden != (how == "7z-hhe"):
            problem(f, "file names hidden:", names_hidden, "but spec", how)
    else:
        x = os.path.join(d, "x")
        os.makedirs(x)
        ok, o, e = sh(["bsdtar", "-x", "-f", p, "-C", x])
        zips = [os.path.join(r, n) for r, _, fs in os.walk(x) for n in fs if n.endswith(".zip")]
        if not ok or len(zips) != 1:
            problem(f, "tar.gz with a zip inside expected")
            return
        ok, o, e = sh(["7z", "t", "-pnot-the-password", zips[0]])
        if ok:
            problem(f, "zip opens without the password")
        ok, o, e = sh(["7z", "t", "-p" + password, zips[0]])
        if not ok:
            problem(f, "zip does not open with its password")
        if not found.unreadable:
            problem(f, "reader did not report the locked zip")


if __name__ == "__main__":
    main()
