#!/usr/bin/env python3
"""Self-check of the LegacyPlanted set.  It does not import the generator: it reads
the messages, takes out each attachment, extracts its text again with tools that
have nothing to do with how the files were written, re-derives which numbers are
true SSNs / cards by the labelling rules, and compares with manifest.json.

  .doc  catdoc, antiword, LibreOffice (doc -> txt)
  .xls  xlrd (cells and cell notes), xls2csv, LibreOffice (xls -> csv, as shown)
  .ppt  a walk over the PowerPoint records (TextCharsAtom/TextBytesAtom) read with
        olefile, catppt, LibreOffice (ppt -> odp, text of content.xml)
  .msg  olefile (streams read directly, with strict defect checks) and extract-msg;
        files inside them by the tools above, .docx by its XML, .txt/.csv as text

Checks, per message: every labelled value is visible in at least one tool's text
and is read as true there by the rules; no number in any tool's text reads as a
true value unless it is labelled; every look-alike of lookalikes.json is visible
and none reads as true; every true value appears in one message only.  Prints a
per-class table.  Exit status 1 when a check fails.

Needs: olefile, extract-msg, xlrd (PyPI); catdoc, antiword, libreoffice (Debian).
"""
import email
import email.policy
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = "file:///tmp/legacyplanted-check-profile"

# ----------------------------------------------------------------------------
# the labelling rules, written out again
# ----------------------------------------------------------------------------
FAMOUS = {"078051120", "219099999", "123456789", "457555462", "001010001", "042103580",
          "062360749", "095073645", "128036045", "135016629", "141186941", "212097694",
          "306302348", "308125070", "468288779", "549241889", "987654320", "987654321",
          "987654322", "987654323", "987654324", "987654325", "987654326", "987654327",
          "987654328", "987654329"}
TESTS = {"4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444",
         "5105105105105100", "5200828282828210", "378282246310005", "371449635398431",
         "6011111111111117", "6011000990139424", "4000056655665556", "2223003122003222",
         "5454545454545454", "378734493671000", "4444333322221111", "4005519200000004",
         "4217651111111119", "6500000000000002", "6011000400000000", "3566002020360505",
         "5431111111111111", "4000000000000002", "4917610000000000"}
SSN_WORDS = re.compile(r"\bSSNs?\b|social\s+security|\bSS\s?#|\bSS\s+no\b", re.I)
CARD_WORDS = re.compile(r"\bcards?\b|\bvisa\b|master\s?card|\bamex\b|american\s+express|\bdiscover\b|\bcredit\b|\bdebit\b|p-card", re.I)
TOKEN = re.compile(r"\d+(?:[ \-]\d+)*")
LOOSE = re.compile(r"\d+(?:[ \-./()]{1,2}\d+)*")


def luhn(d):
    tot = 0
    for i, c in enumerate(d[::-1]):
        n = int(c) * (2 if i % 2 else 1)
        tot += n - 9 if n > 9 else n
    return tot % 10 == 0


def placeholder(d):
    if re.search(r"(\d)\1{4}", d):
        return True
    return any(r[i:i + 6] in d for r in ("0123456789012", "9876543210987") for i in range(10))


def ssn_shape(d):
    a, g, s = d[:3], d[3:5], d[5:]
    return (len(d) == 9 and a not in ("000", "666") and not a.startswith("9") and g != "00"
            and s != "0000" and d not in FAMOUS and not placeholder(d))


def card_shape(d):
    n = len(d)
    ok = ((n == 16 and d[0] == "4") or (n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720))
          or (n == 15 and d[:2] in ("34", "37")) or (n == 16 and (d.startswith("6011") or d.startswith("65"))))
    return ok and luhn(d) and d not in TESTS and not placeholder(d)


def read_true(text):
    """{digits: kind} of the numbers a careful reader takes for an SSN or a card."""
    out = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        ctx = line + "\n" + (lines[i - 1] if i else "")
        for m in TOKEN.finditer(line):
            groups = [len(g) for g in re.split(r"[ \-]", m.group())]
            d = re.sub(r"\D", "", m.group())
            if len(d) == 9 and ssn_shape(d):
                if groups == [3, 2, 4] or (groups == [9] and SSN_WORDS.search(ctx)):
                    out[d] = "ssn"
            if len(d) in (15, 16) and card_shape(d):
                if groups in ([4, 4, 4, 4], [4, 6, 5]) or (len(groups) == 1 and CARD_WORDS.search(ctx)):
                    out[d] = "card"
    return out


def visible(text, loose=False):
    """Digit strings of the numbers in text; loose also joins digits across
    dots, slashes and brackets (phones, dates) for finding look-alikes."""
    rx = LOOSE if loose else TOKEN
    return [re.sub(r"\D", "", m.group()) for m in rx.finditer(text)]


# ----------------------------------------------------------------------------
# extraction
# ----------------------------------------------------------------------------
def run(cmd, timeout=120):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        return p.stdout.decode("utf-8", "replace")
    except (OSError, subprocess.TimeoutExpired):
        return ""


def soffice(files, target, outdir):
    if files:
        subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--norestore",
                        "--convert-to", target, "--outdir", outdir] + files,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)


def doc_tools(path):
    return [("catdoc", run(["catdoc", "-w", "-d", "utf-8", path])),
            ("antiword", run(["antiword", "-w", "0", path]))]


def xls_tools(path):
    import xlrd
    out = []
    try:
        book = xlrd.open_workbook(path, formatting_info=True)
        for sh in book.sheets():
            lines = []
            for r in range(sh.nrows):
                cells = []
                for c_, v in enumerate(sh.row_values(r)):
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                        fmt = book.format_map[book.xf_list[sh.cell_xf_index(r, c_)].format_key].format_str
                        fmt = fmt.replace("\\", "").replace('"', "")
                        if re.fullmatch(r"0+(-0+)+", fmt):      # a picture such as 000-00-0000
                            s_ = str(v).zfill(fmt.count("0"))
                            out_ = ""
                            for ch in fmt:
                                out_ += s_[0] if ch == "0" else ch
                                s_ = s_[1:] if ch == "0" else s_
                            v = out_
                    cells.append(str(v))
                lines.append("\t".join(cells))
            for (r, c), note in sorted(sh.cell_note_map.items()):
                lines.append("")
                lines.append(note.text)
            out.append(("xlrd:" + sh.name, "\n".join(lines)))
    except Exception as e:          # noqa: BLE001
        out.append(("xlrd", "ERROR %s" % e))
    out.append(("xls2csv", run(["xls2csv", "-d", "utf-8", path])))
    return out


def ppt_records(path):
    import olefile
    ole = olefile.OleFileIO(path, raise_defects=olefile.DEFECT_INCORRECT)
    data = ole.openstream("PowerPoint Document").read()
    ole.close()
    texts = []

    def walk(start, end):
        pos = start
        while pos + 8 <= end:
            vi, rtype, rlen = struct.unpack_from("<HHI", data, pos)
            body = pos + 8
            if vi & 0xF == 0xF:
                walk(body, min(body + rlen, end))
            elif rtype == 0x0FA0:
                texts.append(data[body:body + rlen].decode("utf-16-le", "replace"))
            elif rtype == 0x0FA8:
                texts.append(data[body:body + rlen].decode("latin-1"))
            pos = body + rlen
    walk(0, len(data))
    return "\n".join(t.replace("\r", "\n").replace("\x0b", "\n") for t in texts)


def ppt_tools(path):
    return [("ppt-records", ppt_records(path)), ("catppt", run(["catppt", "-d", "utf-8", path]))]


def odf_text(path):
    try:
        xml = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    except Exception:               # noqa: BLE001
        return ""
    xml = re.sub(r"<text:line-break/>|</text:p>|</text:h>|</table:table-cell>", "\n", xml)
    xml = re.sub(r"<text:s/>", " ", xml)
    xml = re.sub(r"<text:s text:c=\"(\d+)\"/>", lambda m: " " * int(m.group(1)), xml)
    xml = re.sub(r"<text:tab/>", "\t", xml)
    txt = re.sub(r"<[^>]+>", "", xml)
    for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        txt = txt.replace(a, b)
    return txt


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</w:tc>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    return "\n".join(out)


def html_text(h):
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</div>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    t = re.sub(r"<[^>]+>", "", h)
    return t.replace("&nbsp;", " ").replace("&amp;", "&")


def file_tools(name, data, tmp, label):
    """Text of a file found inside a .msg."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in ("txt", "csv"):
        for enc in ("utf-8", "cp1252"):
            try:
                return [(label + ":text", data.decode(enc))]
            except UnicodeDecodeError:
                pass
    if ext == "docx":
        return [(label + ":docx-xml", docx_text(data))]
    p = os.path.join(tmp, re.sub(r"[^\w.]", "_", label) + "." + ext)
    with open(p, "wb") as f:
        f.write(data)
    if ext == "doc":
        return [(label + ":" + t, x) for t, x in doc_tools(p)]
    if ext == "xls":
        return [(label + ":" + t, x) for t, x in xls_tools(p)]
    return [(label + ":raw", data.decode("latin-1"))]


# ---- .msg, read twice ----
def msg_olefile(path, tmp):
    """Direct stream reading; strict: any defect olefile notices is an error."""
    import olefile
    ole = olefile.OleFileIO(path, raise_defects=olefile.DEFECT_INCORRECT)
    out = []

    def s(parts):
        return "/".join(parts)

    def read_str(prefix, pid):
        for t, enc in (("001F", "utf-16-le"), ("001E", "cp1252")):
            n = prefix + ["__substg1.0_%04X%s" % (pid, t)]
            if ole.exists(s(n)):
                return ole.openstream(s(n)).read().decode(enc)
        return None

    def walk(prefix, label):
        for pid, nm in ((0x0037, "subject"), (0x1000, "body")):
            v = read_str(prefix, pid)
            if v is not None:
                out.append(("olefile:%s%s" % (label, nm), v))
        hp = prefix + ["__substg1.0_10130102"]
        if ole.exists(s(hp)):
            raw = ole.openstream(s(hp)).read()
            out.append(("olefile:%shtml" % label, html_text(raw.decode("utf-8", "replace"))))
        i = 0
        while ole.exists(s(prefix + ["__attach_version1.0_#%08X" % i])):
            ap = prefix + ["__attach_version1.0_#%08X" % i]
            if ole.exists(s(ap + ["__substg1.0_3701000D"])):
                walk(ap + ["__substg1.0_3701000D"], label + "att%d/" % i)
            else:
                name = read_str(ap, 0x3707) or read_str(ap, 0x3704) or "file"
                data = ole.openstream(s(ap + ["__substg1.0_37010102"])).read()
                out.extend(file_tools(name, data, tmp, "olefile:%satt%d:%s" % (label, i, name)))
            i += 1
    walk([], "")
    ole.close()
    return out


def msg_extract(path, tmp):
    import extract_msg
    out = []
    summary = []

    def walk(m, label):
        out.append(("extract-msg:%ssubject" % label, m.subject or ""))
        if m.body:
            out.append(("extract-msg:%sbody" % label, m.body))
        if m.htmlBody:
            hb = m.htmlBody
            out.append(("extract-msg:%shtml" % label, html_text(hb.decode("utf-8", "replace") if isinstance(hb, bytes) else hb)))
        names = []
        for i, a in enumerate(m.attachments):
            d = a.data
            if isinstance(d, (bytes, bytearray)):
                name = a.longFilename or a.shortFilename or "file"
                names.append(name)
                out.extend(file_tools(name, bytes(d), tmp, "extract-msg:%satt%d:%s" % (label, i, name)))
            else:
                names.append("[message] " + (d.subject or ""))
                walk(d, label + "att%d/" % i)
        summary.append("%s subject=%r body=%s html=%s attachments=%s" % (
            label or "top", m.subject, bool(m.body), bool(m.htmlBody), names))
    m = extract_msg.openMsg(path, strict=True)
    walk(m, "")
    m.close()
    return out, summary


# ----------------------------------------------------------------------------
def main():
    with open(os.path.join(HERE, "manifest.json")) as f:
        manifest = json.load(f)
    with open(os.path.join(HERE, "lookalikes.json")) as f:
        looks = {x["file"]: x["lookalikes"] for x in json.load(f)}
    tmp = tempfile.mkdtemp(prefix="legacyplanted-check-")
    files = {}
    for item in manifest:
        with open(os.path.join(HERE, item["file"]), "rb") as f:
            raw = f.read()
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), item["file"] + ": not CRLF"
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        att = [p for p in msg.iter_attachments()]
        assert len(att) == 1, item["file"]
        body = msg.get_body(("plain",)).get_content()
        assert not re.search(r"\d", body), item["file"] + ": digits in the body"
        name = att[0].get_filename()
        ext = name.rsplit(".", 1)[1]
        p = os.path.join(tmp, item["class"], item["file"].split("/")[1].replace(".eml", "." + ext))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(att[0].get_content())
        files[item["file"]] = p

    # LibreOffice, once per class
    lo = {}
    for cls, target, ext in (("doc", "txt:Text (encoded):UTF8", "txt"),
                             ("xls", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "csv"),
                             ("ppt", "odp", "odp")):
        srcs = [p for fi, p in files.items() if fi.startswith(cls + "/")]
        outdir = os.path.join(tmp, "lo-" + cls)
        os.makedirs(outdir, exist_ok=True)
        soffice(srcs, target, outdir)
        for p in srcs:
            stem = os.path.splitext(os.path.basename(p))[0]
            got = sorted(x for x in os.listdir(outdir) if x == stem + "." + ext or x.startswith(stem + "-"))
            texts = []
            for g in got:
                gp = os.path.join(outdir, g)
                texts.append(odf_text(gp) if ext == "odp" else open(gp, encoding="utf-8", errors="replace").read())
            lo[p] = "\n".join(texts)

    errors, notes = [], []
    stats = defaultdict(lambda: defaultdict(int))
    owner = {}
    msg_summaries = []
    tool_hits = defaultdict(lambda: defaultdict(int))
    for item in manifest:
        fi, cls, p = item["file"], item["class"], files[item["file"]]
        srcs = []
        try:
            if cls == "doc":
                srcs = doc_tools(p)
            elif cls == "xls":
                srcs = xls_tools(p)
            elif cls == "ppt":
                srcs = ppt_tools(p)
            else:
                srcs = msg_olefile(p, tmp)
                ex, summ = msg_extract(p, tmp)
                srcs += ex
                msg_summaries.append((fi, summ))
        except Exception as e:      # noqa: BLE001
            errors.append("%s: extraction failed: %r" % (fi, e))
        if p in lo:
            srcs.append(("libreoffice", lo[p]))
        exp = {e["digits"]: e["kind"] for e in item["expected"]}
        for d in exp:
            if d in owner:
                errors.append("%s: %s also labelled in %s" % (fi, d, owner[d]))
            owner[d] = fi
        seen, judged = defaultdict(list), defaultdict(list)
        for tool, text in srcs:
            vis = set(visible(text))
            for d in exp:
                if d in vis:
                    seen[d].append(tool)
            for d, kind in read_true(text).items():
                if d not in exp:
                    errors.append("%s: %s reads as a true %s in %s but is not labelled" % (fi, d, kind, tool))
                elif exp[d] != kind:
                    errors.append("%s: %s labelled %s, reads as %s in %s" % (fi, d, exp[d], kind, tool))
                else:
                    judged[d].append(tool)
        for d, kind in exp.items():
            if not seen[d]:
                errors.append("%s: labelled %s %s is not visible in any tool's text" % (fi, kind, d))
            elif not judged[d]:
                errors.append("%s: labelled %s %s is visible (%s) but not readable as one" % (fi, kind, d, ",".join(seen[d])))
            base = {t.split(":")[0] if cls != "msg" else t.split(":")[0] for t in seen[d]}
            for t in base:
                tool_hits[cls][t] += 1
        alltext = "\n".join(t for _, t in srcs)
        alltok = set(visible(alltext, loose=True))
        for l in looks.get(fi, []):
            if not any(l["digits"] in tok for tok in alltok):
                errors.append("%s: look-alike %s (%s) not visible" % (fi, l["shown"], l["what"]))
            if l["digits"] in exp:
                errors.append("%s: look-alike %s is also labelled" % (fi, l["digits"]))
        st = stats[cls]
        st["messages"] += 1
        st["ssn"] += sum(1 for k in exp.values() if k == "ssn")
        st["card"] += sum(1 for k in exp.values() if k == "card")
        st["looks"] += len(looks.get(fi, []))
        st["none"] += 0 if exp else 1

    print("| class | messages | true SSNs | true cards | look-alikes | messages with no true value |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    tot = defaultdict(int)
    for cls in ("doc", "xls", "ppt", "msg"):
        st = stats[cls]
        print("| `%s` | %d | %d | %d | %d | %d |" % (cls, st["messages"], st["ssn"], st["card"], st["looks"], st["none"]))
        for k, v in st.items():
            tot[k] += v
    print("| **total** | **%d** | **%d** | **%d** | **%d** | **%d** |" % (tot["messages"], tot["ssn"], tot["card"], tot["looks"], tot["none"]))
    print()
    print("true values seen, by tool:")
    for cls in ("doc", "xls", "ppt", "msg"):
        n = stats[cls]["ssn"] + stats[cls]["card"]
        print("  %s (%d): %s" % (cls, n, ", ".join("%s %d" % kv for kv in sorted(tool_hits[cls].items()))))
    if "-v" in sys.argv:
        for fi, summ in msg_summaries:
            for s_ in summ:
                print("  %s: %s" % (fi, s_))
    shutil.rmtree(tmp, ignore_errors=True)
    print()
    if errors:
        print("%d problems:" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
