#!/usr/bin/env python3
"""Derives the label of one attachment by running the reference tools on it.

Used by check_set.py (to check every label in manifest.json) and by
`python labeller.py FILE...` (to print what the tools say about files).

Reference tools (see README.md for versions):
  bsdtar -tvf / -xOf / -xf    tar, zip, 7z, rar, cab, cpio, iso, lha, ar
  bsdcat                      single compressed streams
  7zz t / x                   7z, zip, cab, tar, gz, bz2, xz, lzma, zstd
  unrar t / x                 rar
  cabextract -t / -d          cab
  gzip -t, bzip2 -t, xz -t, lzip -t, zstd -t, lz4 -t   single compressed streams
  unrtf --text                rtf;  oletools rtfobj for embedded objects
  icalendar, vobject          ics, vcf

A tool gives one of: ok (opened and extracted fully without a password),
password (an encrypted member or encrypted headers), damaged (any other
error: truncated, corrupt, unsupported).  The file's status is password if any
tool says password, else ok if any tool reads it fully, else damaged.  Members
of an archive are examined again, to any depth.
"""
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile

DANGER_EXT = {".exe", ".com", ".dll", ".scr", ".pif", ".cpl", ".bat", ".cmd", ".js",
              ".jse", ".vbs", ".vbe", ".wsf", ".hta", ".ps1", ".lnk", ".jar", ".msi", ".reg"}
WRONG_PW = "-pNotThePassword1"
TIMEOUT = 60
MAX_DEPTH = 4

logging.getLogger().setLevel(logging.CRITICAL)   # vobject logs unknown time zones


# --------------------------------------------------------------------------
# file types by their bytes
# --------------------------------------------------------------------------
def is_tar_header(b):
    if len(b) < 512:
        return False
    h = b[:512]
    if h[257:262] == b"ustar":
        return True
    try:
        stored = int(h[148:156].replace(b"\0", b" ").strip() or b"-1", 8)
    except ValueError:
        return False
    calc = sum(h[:148]) + 8 * 32 + sum(h[156:512])
    return stored == calc and h[0] != 0


def sniff(b):
    """Kind of a byte string by its magic, or None."""
    if b.startswith(b"\x1f\x8b") or b.startswith(b"BZh") or b.startswith(b"\xfd7zXZ\x00") \
            or b.startswith(b"LZIP") or b.startswith(b"\x28\xb5\x2f\xfd") \
            or b.startswith(b"\x04\x22\x4d\x18") or b.startswith(b"\x1f\x9d"):
        return "compressed"
    if b.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if b.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if b.startswith(b"MSCF\0\0\0\0"):
        return "cab"
    if b.startswith(b"PK\x03\x04") or b.startswith(b"PK\x05\x06") or b.startswith(b"PK\x07\x08"):
        return "zip"
    if is_tar_header(b):
        return "tar"
    if b.startswith(b"{\\rtf"):
        return "rtf"
    return None


def program_bytes(b):
    """'PE' for an MZ executable with a PE header, 'MZ' for a DOS MZ program, 'ELF', or None."""
    if b.startswith(b"\x7fELF"):
        return "ELF"
    if b.startswith(b"MZ") and len(b) >= 64:
        off = int.from_bytes(b[60:64], "little")
        if off + 4 <= len(b) and b[off:off + 4] == b"PE\0\0":
            return "PE"
        return "MZ"
    return None


def danger_name(name):
    base = name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].lower()
    for ext in DANGER_EXT:
        if base.endswith(ext):
            return ext
    return None


# --------------------------------------------------------------------------
# running tools
# --------------------------------------------------------------------------
def run(cmd, cwd=None, stdout_to=None):
    try:
        if stdout_to is not None:
            with open(stdout_to, "wb") as out:
                p = subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.PIPE,
                                   stdin=subprocess.DEVNULL, timeout=TIMEOUT)
            return p.returncode, p.stderr.decode("utf-8", "replace")
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT)
        return p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return 124, "timeout"


PW_RE = re.compile(r"passphrase|password|encrypted|encryption", re.I)


def short(text, n=160):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    bad = [l for l in lines if re.search(r"error|password|passphrase|encrypt|unsupported|corrupt|unexpected|truncat|damag|can.?not|can't|invalid|not a|unknown|fail", l, re.I)]
    s = " | ".join(bad[:3]) if bad else (lines[-1] if lines else "")
    return s[:n]


def t_bsdtar(path):
    rc1, out1 = run(["bsdtar", "-tvf", path])
    rc2, out2 = run(["bsdtar", "-xOf", path], stdout_to=os.devnull)
    if rc1 == 0 and rc2 == 0:
        return "ok", ""
    msg = (out1 + "\n" + out2)
    if PW_RE.search(msg):
        return "password", short(msg)
    return "damaged", short(msg)


def names_bsdtar(path):
    rc, out = run(["bsdtar", "-tf", path])
    return [l for l in out.splitlines() if l and not l.startswith("bsdtar:")]


def t_7zz(path):
    rc, out = run(["7zz", "t", WRONG_PW, "-bso1", "-bse1", "-bsp0", path])
    if re.search(r"Wrong password|encrypted archive|in encrypted file", out):
        return "password", short(out)
    if rc == 0 and "Everything is Ok" in out and not re.search(r"^(WARNINGS?|ERRORS?):", out, re.M):
        return "ok", ""
    if "Can't open as archive" in out or "Cannot open the file as archive" in out:
        return "damaged", "cannot open as archive"
    rc2, listing = run(["7zz", "l", "-slt", WRONG_PW, "-bso1", "-bse1", "-bsp0", path])
    if re.search(r"^Encrypted = \+", listing, re.M):
        return "password", "7zz l -slt: Encrypted = + | " + short(out)
    return "damaged", short(out)


def names_7zz(path):
    rc, out = run(["7zz", "l", "-slt", WRONG_PW, "-bso1", "-bse1", "-bsp0", path])
    names = []
    body = out.split("----------", 1)[1] if "----------" in out else ""
    for line in body.splitlines():
        if line.startswith("Path = "):
            names.append(line[7:])
    return names


def t_unrar(path):
    rc, out = run(["unrar", "t", "-p-", "-idp", path])
    if re.search(r"encrypted|password", out, re.I):
        return "password", short(out)
    if rc == 0 and "All OK" in out:
        return "ok", ""
    if "No files to extract" in out and rc != 0:
        return "damaged", "no files to extract"
    return "damaged", short(out)


def names_unrar(path):
    rc, out = run(["unrar", "lb", "-p-", path])
    return [l for l in out.splitlines() if l.strip()]


def t_cabextract(path):
    rc, out = run(["cabextract", "-t", "-q", path])
    if rc == 0 and not re.search(r"error|failed|not a|corrupt", out, re.I):
        return "ok", ""
    return "damaged", short(out)


def names_cabextract(path):
    rc, out = run(["cabextract", "-l", path])
    names = []
    for line in out.splitlines():
        m = re.match(r"\s*\d+ \| [\d. :]+\| (.*)$", line)
        if m:
            names.append(m.group(1))
    return names


NATIVE = [  # (magic, tool command for testing)
    (b"\x1f\x8b", ["gzip", "-t"]),
    (b"BZh", ["bzip2", "-t"]),
    (b"\xfd7zXZ\x00", ["xz", "-t"]),
    (b"LZIP", ["lzip", "-t"]),
    (b"\x28\xb5\x2f\xfd", ["zstd", "-t", "-q"]),
    (b"\x04\x22\x4d\x18", ["lz4", "-t", "-q"]),
    (b"\x1f\x9d", ["gzip", "-t"]),
]


def t_native(path, head, name):
    for magic, cmd in NATIVE:
        if head.startswith(magic):
            rc, out = run(cmd + [path])
            return ("ok", "") if rc == 0 else ("damaged", short(out))
    if name.lower().endswith(".lzma"):
        rc, out = run(["xz", "-t", "--format=lzma", path])
        return ("ok", "") if rc == 0 else ("damaged", short(out))
    return None


def t_bsdcat(path, out_path):
    rc, err = run(["bsdcat", path], stdout_to=out_path)
    if rc != 0:
        return "damaged", short(err)
    with open(path, "rb") as a, open(out_path, "rb") as b:
        if a.read() == b.read():    # bsdcat copies data it does not recognise
            return "damaged", "bsdcat: not recognised as compressed data (copied through)"
    return "ok", ""


# --------------------------------------------------------------------------
# text formats
# --------------------------------------------------------------------------
def t_unrtf(path, workdir):
    # unrtf writes the pictures it finds into the current directory
    rc, out = run(["unrtf", "--text", os.path.abspath(path)], cwd=tempfile.mkdtemp(dir=workdir))
    if rc != 0:
        return ("damaged", short(out)), ""
    return ("ok", ""), out


def rtf_objects(path):
    """rtfobj's view of the embedded objects: list of dicts."""
    try:
        from oletools import rtfobj
    except ImportError:
        return None
    data = open(path, "rb").read()
    objs = []
    parser = rtfobj.RtfObjParser(data)
    parser.parse()
    for o in parser.objects:
        d = {"well_formed": bool(o.is_ole), "class": None, "package": False,
             "filename": None, "program": None}
        if o.is_ole:
            d["class"] = (o.class_name or b"").decode("latin-1", "replace")
            if o.is_package:
                d["package"] = True
                d["filename"] = o.filename
                d["program"] = program_bytes(o.olepkgdata or b"") or danger_name(o.filename or "")
        objs.append(d)
    return objs


def t_icalendar(path):
    try:
        import icalendar
        data = open(path, "rb").read()
        cals = icalendar.Calendar.from_ical(data, multiple=True)
        if not cals:
            return "damaged", "no calendar"
        for c in cals:
            c.walk()
        return "ok", ""
    except Exception as e:  # noqa: BLE001 - any parse error is the tool's verdict
        return "damaged", ("icalendar: %s" % e)[:160]


def t_vobject(path):
    try:
        import vobject
        text = open(path, "rb").read().decode("utf-8-sig", "replace")
        comps = list(vobject.readComponents(text))
        if not comps:
            return "damaged", "no component"
        return "ok", ""
    except Exception as e:  # noqa: BLE001
        return "damaged", ("vobject: %s" % e)[:160]


# --------------------------------------------------------------------------
# deriving a label
# --------------------------------------------------------------------------
class Result:
    def __init__(self):
        self.status = "ok"          # ok | password | damaged
        self.tools = []             # (tool, verdict, message)
        self.dangerous = []         # reasons
        self.embedded = []          # reasons
        self.texts = []             # (where, text)
        self.members = 0
        self.notes = []

    def merge(self, other, where):
        rank = {"ok": 0, "damaged": 1, "password": 2}
        if rank[other.status] > rank[self.status]:
            self.status = other.status
        self.tools += [("%s>%s" % (where, t), v, m) for t, v, m in other.tools]
        self.dangerous += ["%s>%s" % (where, d) for d in other.dangerous]
        self.embedded += ["%s>%s" % (where, d) for d in other.embedded]
        self.texts += [("%s>%s" % (where, w), t) for w, t in other.texts]
        self.members += other.members


def combine(verdicts):
    vs = [v for _, v, _ in verdicts]
    if "password" in vs:
        return "password"
    if "ok" in vs:
        return "ok"
    return "damaged"


def kind_of(name, head, hint=None):
    if hint:
        return hint
    k = sniff(head)
    low = name.lower()
    if k == "compressed":
        if re.search(r"\.(tar\.[a-z0-9]+|tgz|tbz2?|txz|tlz|taz|tz)$", low, re.I):
            return "tar"
        return "compressed"
    if k:
        return k
    if low.endswith(".ics"):
        return "ics"
    if low.endswith((".vcf", ".vcard")):
        return "vcf"
    return "other" if low.endswith((".cpio", ".iso", ".lzh", ".lha", ".ar", ".a", ".xar", ".deb")) else None


def text_of(b):
    if b.startswith(b"\xff\xfe") or b.startswith(b"\xfe\xff"):
        try:
            return b.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("latin-1")


def walk_files(root):
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            if os.path.islink(p) or not os.path.isfile(p):
                continue
            yield p, os.path.relpath(p, root)


def examine_members(res, root, depth, workdir):
    for p, rel in walk_files(root):
        res.members += 1
        with open(p, "rb") as f:
            b = f.read(TEXT_LIMIT)
        prog = program_bytes(b)
        if prog in ("PE", "ELF"):
            res.dangerous.append("%s: %s program bytes" % (rel, prog))
        k = kind_of(rel, b[:1024])
        if k in ("compressed", "tar", "7z", "rar", "cab", "zip", "rtf") and depth < MAX_DEPTH:
            sub = derive(p, rel, depth + 1, workdir)
            res.merge(sub, rel)
        else:
            res.texts.append((rel, text_of(b)))


def names_check(res, names):
    for n in names:
        e = danger_name(n)
        if e:
            res.dangerous.append("%s: name ends %s" % (n, e))


def derive(path, name, depth=0, workdir=None, hint=None):
    """Run the reference tools on one file; return a Result."""
    own = workdir is None
    if own:
        workdir = tempfile.mkdtemp(prefix="archreal-")
    try:
        return _derive(path, name, depth, workdir, hint)
    finally:
        if own:
            shutil.rmtree(workdir, ignore_errors=True)


def _fresh(workdir):
    return tempfile.mkdtemp(dir=workdir)


def listed_size(path):
    """Total size of the members as bsdtar lists them (0 when it cannot list)."""
    rc, out = run(["bsdtar", "-tvf", path])
    if rc == 124:
        return -1
    total = 0
    for line in out.splitlines():
        f = line.split()
        if len(f) > 5 and f[4].isdigit():
            total += int(f[4])
    return total


HUGE = 64 * 1024 * 1024        # larger archives are left out of the set
TEXT_LIMIT = 8 * 1024 * 1024   # bytes of each member scanned for values


def _derive(path, name, depth, workdir, hint):
    res = Result()
    data = open(path, "rb").read()
    head = data[:1024]
    kind = kind_of(name, head, hint)
    if kind in ("tar", "zip", "7z", "rar", "cab", "other"):
        size = listed_size(path)
        if size < 0:
            res.status = "damaged"
            res.tools.append(("bsdtar", "hang", "bsdtar -tvf did not finish"))
            res.notes.append("hang")
            return res
        if size > HUGE:
            res.status = "damaged"
            res.tools.append(("bsdtar", "huge", "members add up to %d bytes" % size))
            res.notes.append("huge")
            return res
    if depth == 0:
        e = danger_name(name)
        if e:
            res.dangerous.append("%s: name ends %s" % (name, e))
        prog = program_bytes(data)
        if prog in ("PE", "ELF"):
            res.dangerous.append("%s: %s program bytes" % (name, prog))

    if kind in ("tar", "zip", "other"):
        res.tools.append(("bsdtar",) + t_bsdtar(path))
        if kind != "other" or sniff(head) is not None:
            res.tools.append(("7zz",) + t_7zz(path))
        names = names_bsdtar(path) or (names_7zz(path) if kind == "zip" else [])
        names_check(res, names)
        res.status = combine(res.tools)
        if res.status == "ok":
            out = _fresh(workdir)
            ok = [t for t, v, _ in res.tools if v == "ok"]
            if "bsdtar" in ok:
                run(["bsdtar", "-xf", path, "-C", out, "--no-same-owner", "--no-same-permissions"])
            else:
                run(["7zz", "x", WRONG_PW, "-y", "-o" + out, path])
            examine_members(res, out, depth, workdir)
    elif kind == "7z":
        res.tools.append(("7zz",) + t_7zz(path))
        res.tools.append(("bsdtar",) + t_bsdtar(path))
        names_check(res, names_7zz(path) or names_bsdtar(path))
        res.status = combine(res.tools)
        if res.status == "ok":
            out = _fresh(workdir)
            if dict((t, v) for t, v, _ in res.tools).get("7zz") == "ok":
                run(["7zz", "x", WRONG_PW, "-y", "-snl", "-o" + out, path])
            else:
                run(["bsdtar", "-xf", path, "-C", out, "--no-same-owner"])
            examine_members(res, out, depth, workdir)
    elif kind == "rar":
        res.tools.append(("unrar",) + t_unrar(path))
        res.tools.append(("bsdtar",) + t_bsdtar(path))
        names_check(res, names_unrar(path) or names_bsdtar(path))
        res.status = combine(res.tools)
        if res.status == "ok":
            out = _fresh(workdir)
            if dict((t, v) for t, v, _ in res.tools).get("unrar") == "ok":
                run(["unrar", "x", "-p-", "-o+", "-idq", path, out + "/"])
            else:
                run(["bsdtar", "-xf", path, "-C", out, "--no-same-owner"])
            examine_members(res, out, depth, workdir)
    elif kind == "cab":
        res.tools.append(("cabextract",) + t_cabextract(path))
        res.tools.append(("7zz",) + t_7zz(path))
        res.tools.append(("bsdtar",) + t_bsdtar(path))
        names_check(res, names_cabextract(path) or names_7zz(path))
        res.status = combine(res.tools)
        if res.status == "ok":
            out = _fresh(workdir)
            v = dict((t, v) for t, v, _ in res.tools)
            if v.get("cabextract") == "ok":
                run(["cabextract", "-q", "-d", out, path])
            elif v.get("7zz") == "ok":
                run(["7zz", "x", "-y", "-o" + out, path])
            else:
                run(["bsdtar", "-xf", path, "-C", out, "--no-same-owner"])
            examine_members(res, out, depth, workdir)
    elif kind == "compressed":
        nat = t_native(path, head, name)
        if nat:
            res.tools.append(("native",) + nat)
        out_dir = _fresh(workdir)
        inner = re.sub(r"\.(gz|bz2|xz|lzma|lz|zst|lz4|Z)$", "", os.path.basename(name)) or "data"
        if inner == os.path.basename(name):
            inner += ".out"
        inner_path = os.path.join(out_dir, inner)
        res.tools.append(("bsdcat",) + t_bsdcat(path, inner_path))
        if not head.startswith((b"LZIP", b"\x04\x22\x4d\x18", b"\x1f\x9d")):
            res.tools.append(("7zz",) + t_7zz(path))
        res.status = combine(res.tools)
        if res.status == "ok":
            examine_members(res, out_dir, depth, workdir)
    elif kind == "rtf":
        verdict, text = t_unrtf(path, workdir)
        res.tools.append(("unrtf",) + verdict)
        res.status = combine(res.tools)
        raw = data.decode("latin-1")
        if re.search(r"\\object(?![a-z])", raw) or re.search(r"\\objdata(?![a-z])", raw):
            res.embedded.append("\\object" if re.search(r"\\object(?![a-z])", raw) else "\\objdata")
            objs = rtf_objects(path) or []
            for i, o in enumerate(objs):
                if o["package"] and o["program"]:
                    res.dangerous.append("object %d: Package %s (%s)" % (i, o["filename"], o["program"]))
            res.notes.append("rtfobj: %s" % ", ".join(
                (o["class"] or "not well-formed") + (" package" if o["package"] else "") for o in objs))
        res.texts.append(("text", text))
    elif kind == "ics":
        res.tools.append(("icalendar",) + t_icalendar(path))
        res.tools.append(("vobject",) + t_vobject(path))
        res.status = "ok" if all(v == "ok" for _, v, _ in res.tools) else "damaged"
        res.texts.append(("text", text_of(data)))
    elif kind == "vcf":
        res.tools.append(("vobject",) + t_vobject(path))
        res.status = combine(res.tools)
        res.texts.append(("text", text_of(data)))
    else:
        res.status = "damaged"
        res.tools.append(("none", "damaged", "unknown kind"))
    return res


# --------------------------------------------------------------------------
# true values
# --------------------------------------------------------------------------
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


def ssn_structure(d):
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


SSN_RE = re.compile(r"(?<![\d-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")
LABEL_RE = re.compile(r"\b(ssn|social security|soc\.? ?sec|card|visa|mastercard|amex|discover|credit)\b", re.I)


def candidates(texts):
    """SSN- and card-shaped values that could be true: (kind, digits, where, context)."""
    out = []
    seen = set()
    for where, text in texts:
        for m in SSN_RE.finditer(text):
            d = m.group(1) + m.group(3) + m.group(4)
            grouped = bool(m.group(2))
            ctx = text[max(0, m.start() - 60):m.end() + 20]
            if ssn_structure(d) and (grouped or LABEL_RE.search(ctx)):
                key = ("ssn", d)
                if key not in seen:
                    seen.add(key)
                    out.append(("ssn", d, where, ctx.replace("\n", " ")[:120]))
        for m in CARD_RE.finditer(text):
            d = re.sub(r"\D", "", m.group(0))
            if card_issuer(d) and luhn_ok(d):
                key = ("card", d)
                if key not in seen:
                    seen.add(key)
                    ctx = text[max(0, m.start() - 60):m.end() + 20]
                    out.append(("card", d, where, ctx.replace("\n", " ")[:120]))
    return out


def main(argv):
    for p in argv:
        r = derive(p, os.path.basename(p))
        print(p, r.status, r.tools, r.dangerous, r.embedded, r.notes, r.members)
        for c in candidates(r.texts):
            print("   candidate", c)


if __name__ == "__main__":
    main(sys.argv[1:])
