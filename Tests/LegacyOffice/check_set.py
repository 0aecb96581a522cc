#!/usr/bin/env python3
"""Self-check of the LegacyOffice set.

For every message in manifest.json: parses the .eml, checks the form (CRLF line ends,
multipart/mixed, staff sender and recipient in district.example, a short text/plain
body with no digits, one base64 attachment with the manifest's name and SHA-256), decodes
the attachment and labels it again with tools that are independent of the filter:

  olefile         is it an OLE file; which streams (VBA storages, EncryptionInfo,
                  EncryptedPackage, Workbook/Book, WordDocument, PowerPoint Document,
                  __substg1.0_ Outlook properties)
  zip listing     OOXML/ODF parts: vbaProject.bin, xl/macrosheets/, ODF Basic/ and
                  Scripts/; [Content_Types].xml naming a macro sheet or a VBA project
  msoffcrypto     msoffcrypto.OfficeFile(f).is_encrypted(); for encrypted files a try
                  with Excel's default password "VelvetSweatshop"
  olevba          VBA_Parser.detect_vba_macros() and detect_xlm_macros()
  oleid           the "encrypted", "vba" and "xlm" indicators

  text scan       SSN-shaped (3-2-4, valid structure) and card-shaped (Luhn, issuer
                  prefix and length) values in the text of the file (see number_candidates)

Label rules:
  unscannable  the file is encrypted (msoffcrypto or oleid) and the default password
               does not open it
  macro        olevba finds VBA or XLM, or olefile/zip listing show a VBA project, an
               XLM macro sheet or ODF Basic/Scripts; for a file that the default password
               opens, the same rules applied to the decrypted file
  ssn / card   each value the text scan finds (in this set: none)
  (nothing)    otherwise

Prints a table of classes x counts and every mismatch; exit status 1 on any mismatch.

    python check_set.py                 # table and mismatches
    python check_set.py --per-file      # also one line per file with what each tool said
    python check_set.py --markdown      # the per-file table as Markdown (for README.md)

Needs: pip install oletools==0.60.2 olefile==0.47 msoffcrypto-tool==6.1.0
"""
import argparse
import email
import email.policy
import hashlib
import io
import json
import logging
import os
import re
import struct
import sys
import warnings
import zipfile
from collections import OrderedDict

warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)

import olefile                      # noqa: E402
import msoffcrypto                  # noqa: E402
from oletools import olevba, oleid  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PASSWORD = "VelvetSweatshop"
VBA_STREAM_MARKS = ("_vba_project", "vba/dir", "_vba_project_cur", "macros/vba")
ZIP_MACRO_MARKS = ("vbaproject.bin", "xl/macrosheets/", "basic/", "scripts/")


def biff_version(data, stream):
    """BIFF version from the BOF record that opens the workbook stream."""
    try:
        o = olefile.OleFileIO(data)
        head = o.openstream(stream).read(8)
        o.close()
    except Exception:
        return "(unreadable %s stream)" % stream
    if len(head) < 8:
        return "(short %s stream)" % stream
    rtype, _, ver = struct.unpack("<HHH", head[:6])
    if rtype != 0x0809:
        return "(%s stream, no BOF: encrypted or other)" % stream
    return {0x0600: "BIFF8", 0x0500: "BIFF5"}.get(ver, "BIFF ver %04x" % ver)


def ole_facts(data):
    f = {"ole": False}
    if len(data) < 512 or not olefile.isOleFile(data=data):
        return f
    f["ole"] = True
    try:
        o = olefile.OleFileIO(data)
        names = ["/".join(s) for s in o.listdir(streams=True, storages=True)]
        o.close()
    except Exception as e:          # pragma: no cover - reported, not hidden
        f["error"] = "%s: %s" % (type(e).__name__, e)
        return f
    low = [n.lower() for n in names]
    f["vba"] = any(m in n for n in low for m in VBA_STREAM_MARKS)
    f["encryption_streams"] = [n for n in names if n in ("EncryptionInfo", "EncryptedPackage")]
    kind = []
    for mark, what in (("WordDocument", "Word"), ("PowerPoint Document", "PowerPoint")):
        if mark in names:
            kind.append(what)
    for mark in ("Workbook", "Book"):
        if mark in names:
            kind.append("Excel " + biff_version(data, mark))
    if any(n.startswith("__substg1.0_") for n in names):
        kind.append("Outlook message")
    if f["encryption_streams"]:
        kind.append("encrypted package")
    f["kind"] = ",".join(kind) or "other OLE"
    return f


def zip_facts(data):
    f = {"zip": False}
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return f
    f["zip"] = True
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    low = [n.lower() for n in names]
    f["macro_parts"] = sorted(n for n, l in zip(names, low)
                              if any(l.startswith(m) or ("/" + m) in l or l.endswith(m) for m in ZIP_MACRO_MARKS))
    ct = ""
    if "[Content_Types].xml" in names:
        ct = z.read("[Content_Types].xml").decode("utf-8", "replace").lower()
    f["ct_macrosheet"] = "macrosheet" in ct
    f["ct_vba"] = "vbaproject" in ct
    if "mimetype" in names:
        f["kind"] = "ODF " + z.read("mimetype").decode("ascii", "replace").split(".")[-1]
    elif "[Content_Types].xml" in names:
        f["kind"] = "OOXML"
    else:
        f["kind"] = "zip"
    return f


def crypto_facts(data):
    try:
        of = msoffcrypto.OfficeFile(io.BytesIO(data))
        enc = bool(of.is_encrypted())
    except Exception as e:
        return {"encrypted": None, "note": type(e).__name__}
    res = {"encrypted": enc}
    if enc:
        try:
            of = msoffcrypto.OfficeFile(io.BytesIO(data))
            of.load_key(password=DEFAULT_PASSWORD)
            out = io.BytesIO()
            of.decrypt(out)
            res["decrypted"] = out.getvalue()
        except Exception as e:
            res["decrypt_error"] = type(e).__name__
    return res


def olevba_facts(name, data):
    try:
        vp = olevba.VBA_Parser(name, data=data)
    except Exception as e:
        return {"error": type(e).__name__}
    try:
        vba = bool(vp.detect_vba_macros())
        try:
            xlm = bool(vp.detect_xlm_macros())
        except Exception:
            xlm = False
        return {"type": vp.type, "vba": vba, "xlm": xlm}
    finally:
        vp.close()


def oleid_facts(name, data):
    try:
        ind = oleid.OleID(name, data=data).check()
    except Exception as e:
        return {"error": type(e).__name__}
    out = {}
    for i in ind:
        if i.id in ("encrypted", "vba", "xlm", "ftype"):
            out[i.id] = i.value if isinstance(i.value, bool) else str(i.value)
    return out


SSN_RE = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d-])(\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}|\d{4}[- ]?\d{6}[- ]?\d{5})(?![\d-])")


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0


def card_issuer_ok(d):
    if len(d) == 16 and d[0] == "4":
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    return len(d) == 16 and (d.startswith("6011") or d.startswith("65"))


def texts_of(data):
    """Text a reader could see, roughly: the XML parts of a zip package, and every OLE
    stream read as Latin-1 and as UTF-16LE (both byte alignments)."""
    out = []
    if zipfile.is_zipfile(io.BytesIO(data)):
        z = zipfile.ZipFile(io.BytesIO(data))
        for n in z.namelist():
            if n.lower().endswith((".xml", ".txt", ".vml")):
                out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8", "replace")))
        return out
    raw = data
    if len(data) >= 512 and olefile.isOleFile(data=data):
        try:
            o = olefile.OleFileIO(data)
            raw = b"\n".join(o.openstream(s).read() for s in o.listdir())
            o.close()
        except Exception:
            pass
    out.append(raw.decode("latin-1"))
    out.append(raw.decode("utf-16-le", "replace"))
    out.append(raw[1:].decode("utf-16-le", "replace"))
    return out


def number_candidates(data):
    """SSN-shaped (3-2-4, valid structure) and card-shaped (Luhn, issuer prefix and
    length) values in the file's text.  Values kept as binary numbers in spreadsheet
    cells are not seen here."""
    found = set()
    for t in texts_of(data):
        for m in SSN_RE.finditer(t):
            a, g, s = m.groups()
            if a not in ("000", "666") and a < "900" and g != "00" and s != "0000":
                found.add(("ssn", a + g + s))
        for m in CARD_RE.finditer(t):
            d = re.sub(r"\D", "", m.group(1))
            if luhn_ok(d) and card_issuer_ok(d) and len(set(d)) > 2:
                found.add(("card", d))
    return found


def content_facts(name, data):
    return {"olefile": ole_facts(data), "zip": zip_facts(data),
            "olevba": olevba_facts(name, data), "oleid": oleid_facts(name, data)}


def has_macro(cf):
    ov, of, zf = cf["olevba"], cf["olefile"], cf["zip"]
    return bool(ov.get("vba") or ov.get("xlm") or of.get("vba") or zf.get("macro_parts")
                or zf.get("ct_macrosheet") or zf.get("ct_vba"))


def label(name, data):
    facts = content_facts(name, data)
    cr = crypto_facts(data)
    facts["msoffcrypto"] = {k: v for k, v in cr.items() if k != "decrypted"}
    oid_enc = facts["oleid"].get("encrypted") is True
    encrypted = cr.get("encrypted") is True or oid_enc
    facts["default_password_opens"] = "decrypted" in cr
    kinds = []
    if encrypted and "decrypted" not in cr:
        kinds.append("unscannable")
    elif "decrypted" in cr:
        inner = content_facts(name, cr["decrypted"])
        facts["decrypted"] = inner
        if has_macro(inner):
            kinds.append("macro")
    elif has_macro(facts):
        kinds.append("macro")
    scanned = cr.get("decrypted", data) if encrypted else data
    if not (encrypted and "decrypted" not in cr):
        facts["numbers"] = sorted(number_candidates(scanned))
    else:
        facts["numbers"] = []
    return kinds, facts


def disagreements(facts, kinds):
    """Where the tools did not all say the same thing."""
    out = []
    ov, oi, of, zf = facts["olevba"], facts["oleid"], facts["olefile"], facts["zip"]
    cr = facts["msoffcrypto"]
    inner = facts.get("decrypted")
    if "macro" in kinds and inner is None:
        if not (ov.get("vba") or ov.get("xlm")):
            out.append("olevba found no macro; %s" % (
                "zip listing shows " + ", ".join(zf.get("macro_parts") or ["a macro sheet in [Content_Types].xml"])))
        if zf.get("macro_parts") and any("macrosheets" in p for p in zf["macro_parts"]) and oi.get("xlm") not in (True, "Yes"):
            out.append("oleid xlm=%s" % oi.get("xlm"))
    if inner is not None and "macro" in kinds:
        if not (ov.get("vba") or ov.get("xlm")):
            out.append("olevba found no macro before decryption, found %s after" % (
                "VBA" if inner["olevba"].get("vba") else "XLM"))
        else:
            out.append("olevba saw the VBA without being given a password")
    if cr.get("encrypted") is None:
        out.append("msoffcrypto: %s" % cr.get("note"))
    if cr.get("encrypted") is True and oi.get("encrypted") is not True:
        out.append("oleid encrypted=%s" % oi.get("encrypted"))
    if cr.get("encrypted") is False and oi.get("encrypted") is True:
        out.append("oleid says encrypted, msoffcrypto not")
    return out


def summary(facts):
    of, zf, ov, oi, cr = facts["olefile"], facts["zip"], facts["olevba"], facts["oleid"], facts["msoffcrypto"]
    if of.get("ole"):
        fmt = "OLE: " + of.get("kind", "?")
        if of.get("vba"):
            fmt += " +VBA storage"
    elif zf.get("zip"):
        fmt = zf.get("kind", "zip")
        if zf.get("macro_parts"):
            fmt += " +" + ",".join(p for p in zf["macro_parts"] if not p.endswith(".rels"))
    else:
        fmt = "neither OLE nor zip"
    if "error" in ov:
        olv = "error " + ov["error"]
    else:
        olv = "VBA" if ov.get("vba") else ""
        olv += ("+" if olv else "") + "XLM" if ov.get("xlm") else ""
        olv = olv or "none"
    oid = "enc=%s vba=%s xlm=%s" % (oi.get("encrypted"), oi.get("vba"), oi.get("xlm")) if "error" not in oi else "error"
    enc = {True: "yes", False: "no", None: "n/a (%s)" % cr.get("note")}[cr.get("encrypted")]
    if cr.get("encrypted"):
        if facts.get("default_password_opens"):
            inner = facts["decrypted"]
            iv = inner["olevba"]
            enc += "; opens with VelvetSweatshop: %s" % ("VBA" if iv.get("vba") else "XLM" if iv.get("xlm") else
                                                        "no macro")
        else:
            enc += "; default password fails"
    return fmt, olv, oid, enc


def check_form(path, raw, rec):
    errs = []
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF line end")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.get_content_type() != "multipart/mixed":
        errs.append("not multipart/mixed")
    for h in ("From", "To"):
        if not re.search(r"@district\.example>?$", str(msg[h] or "")):
            errs.append("%s not in district.example" % h)
    for h in ("Date", "Message-ID", "Subject"):
        if not msg[h]:
            errs.append("no " + h)
    parts = [p for p in msg.iter_parts()]
    texts = [p for p in parts if p.get_content_type() == "text/plain"]
    atts = [p for p in parts if p.get_content_disposition() == "attachment"]
    if len(texts) != 1 or any(ch.isdigit() for ch in texts[0].get_content()):
        errs.append("body is not one text/plain part without digits")
    if len(atts) != 1:
        errs.append("%d attachments" % len(atts))
        return errs, None, None
    a = atts[0]
    if a["Content-Transfer-Encoding"].lower() != "base64":
        errs.append("attachment not base64")
    name = a.get_filename()
    data = a.get_payload(decode=True)
    if name != rec.get("attachment"):
        errs.append("attachment name %r, manifest %r" % (name, rec.get("attachment")))
    if hashlib.sha256(data).hexdigest() != rec.get("sha256"):
        errs.append("attachment SHA-256 differs from the manifest")
    return errs, name, data


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--per-file", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)
    with open(os.path.join(args.dir, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    table = OrderedDict()
    problems, rows = [], []
    for rec in man:
        cls = rec["class"]
        t = table.setdefault(cls, OrderedDict(messages=0, harmless=0, macro=0, unscannable=0,
                                              default_password=0, ssn_card=0, agree=0, mismatch=0))
        t["messages"] += 1
        with open(os.path.join(args.dir, rec["file"]), "rb") as fh:
            raw = fh.read()
        errs, name, data = check_form(rec["file"], raw, rec)
        exp = sorted(x["kind"] for x in rec["expected"] if x["kind"] in ("macro", "unscannable"))
        exp_nums = sorted((x["kind"], x["digits"]) for x in rec["expected"] if x["kind"] in ("ssn", "card"))
        for k in exp:
            t[k] = t.get(k, 0) + 1
        t["ssn_card"] += len(exp_nums)
        if not rec["expected"]:
            t["harmless"] += 1
        if data is None:
            problems.append((rec["file"], errs))
            t["mismatch"] += 1
            continue
        kinds, facts = label(name, data)
        if sorted(kinds) != exp:
            errs.append("tools say %s, manifest %s" % (kinds, exp))
        if facts["numbers"] != exp_nums:
            errs.append("SSN/card values found %s, manifest %s" % (facts["numbers"], exp_nums))
        if cls == "encrypted":
            want = rec.get("default_password")
            if bool(want) != facts["default_password_opens"]:
                errs.append("default password opens it: %s, manifest %r" % (facts["default_password_opens"], want))
            if want:
                t["default_password"] += 1
        if errs:
            problems.append((rec["file"], errs))
            t["mismatch"] += 1
        else:
            t["agree"] += 1
        fmt, olv, oid, enc = summary(facts)
        rows.append((rec["file"], rec["attachment"], fmt, olv, oid, enc, ", ".join(kinds) or "-",
                     "; ".join(disagreements(facts, kinds))))

    if args.markdown:
        print("| message | attachment | olefile / zip listing | olevba | oleid | msoffcrypto | label | where the tools differ |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for r in rows:
            print("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
        return 0 if not problems else 1
    if args.per_file:
        for r in rows:
            print("%-24s %-45s %-40s olevba=%-8s %-32s msoffcrypto=%s -> %s %s" % (
                r[0], r[1][:45], r[2][:40], r[3], r[4], r[5], r[6], ("[" + r[7] + "]") if r[7] else ""))
        print()
    cols = ["messages", "harmless", "macro", "unscannable", "default_password", "ssn_card", "agree", "mismatch"]
    print("%-16s" % "class" + "".join("%17s" % c for c in cols))
    tot = OrderedDict((c, 0) for c in cols)
    for cls, t in table.items():
        print("%-16s" % cls + "".join("%17d" % t.get(c, 0) for c in cols))
        for c in cols:
            tot[c] += t.get(c, 0)
    print("%-16s" % "total" + "".join("%17d" % tot[c] for c in cols))
    print()
    for f, errs in problems:
        print("MISMATCH %s: %s" % (f, "; ".join(errs)))
    ok = not problems
    print("%d passed, %d failed" % (tot["agree"], tot["mismatch"]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
