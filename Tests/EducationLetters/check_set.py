#!/usr/bin/env python3
"""Self-check for the EducationLetters set.

    python check_set.py [DIR]      # DIR defaults to this script's folder

Decodes every message (text and HTML bodies, and attachments: PDF via pypdf,
DOCX via python-docx, XLSX via openpyxl, ZIP via zipfile, CSV/TXT as text) and
asserts that:
  * every expected student-id value is visible in the decoded text in some
    written form (spaces/hyphens allowed between its characters);
  * every expected date-of-birth value is visible in some written form
    (03/14/2011, 3/14/11, 2011-03-14, 14-Mar-2011, March 14, 2011, 20110314,
    or an XLSX date cell);
  * the manifest is well formed (known kinds, each pair at most once, values
    normalised) and matches the files on disk; 6 classes of >= 20, >= 130 total;
  * messages are RFC 5322 with CRLF line ends, attachments are base64;
  * hygiene: phone numbers use 555-01XX, nothing SSN-like (3-2-4 digits) or
    payment-card-like (13+ digit runs, 4-4-4-4 groups);
  * a lint: a value written right after an obvious student-ID or birth-date
    label in the decoded text must be in the manifest.
Exit status 0 when everything passes.
"""
import datetime as dt
import email
import html as htmlmod
import io
import json
import os
import re
import sys
import zipfile
from email import policy

KINDS = {"student-id", "date-of-birth", "student-roster", "student-record"}
CLASSES = ["letter_to_parent", "staff_note", "html_letter", "reply_forward",
           "body_and_attachment", "announcement"]


# --------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------
def html_text(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|table)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h)


def pdf_text(data):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    return "\n".join((p.extract_text() or "") for p in r.pages)


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(f"[sheet {ws.title}]")
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if isinstance(v, dt.datetime):
                    v = v.date().isoformat()
                elif isinstance(v, dt.date):
                    v = v.isoformat()
                cells.append("" if v is None else str(v))
            out.append("\t".join(cells))
    return "\n".join(out)


def attachment_text(name, data):
    ext = name.lower().rsplit(".", 1)[-1]
    if ext == "pdf":
        return pdf_text(data)
    if ext == "docx":
        return docx_text(data)
    if ext == "xlsx":
        return xlsx_text(data)
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(attachment_text(n, z.read(n)) for n in z.namelist())
    if ext in ("csv", "txt"):
        return data.decode("utf-8")
    raise AssertionError(f"unexpected attachment type {name}")


def decode_message(raw, errors, label):
    msg = email.message_from_bytes(raw, policy=policy.default)
    texts = [f"Subject: {msg['Subject']}"]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if fname:
            cte = (part.get("Content-Transfer-Encoding") or "").lower()
            if cte != "base64":
                errors.append(f"{label}: attachment {fname} is not base64 ({cte})")
            texts.append(attachment_text(fname, part.get_payload(decode=True)))
        elif ctype == "text/html":
            texts.append(html_text(part.get_content()))
        elif ctype == "text/plain":
            texts.append(part.get_content())
        else:
            errors.append(f"{label}: unexpected part {ctype}")
    return msg, "\n".join(texts)


# --------------------------------------------------------------------------
# value presence
# --------------------------------------------------------------------------
SEP = r"[\s\-\u00a0]?"


def id_present(value, text):
    pat = SEP.join(re.escape(c) for c in value)
    return re.search(r"(?<![A-Za-z0-9])" + pat + r"(?![A-Za-z0-9])", text, re.I) is not None


def dob_forms(iso):
    d = dt.date.fromisoformat(iso)
    m, dd, y, yy = d.month, d.day, d.year, d.year % 100
    mon, month = d.strftime("%b"), d.strftime("%B")
    return {
        f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{m}/{dd}/{yy:02d}", f"{m:02d}/{dd:02d}/{yy:02d}",
        f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}-{mon}-{y}", f"{dd}-{mon}-{y}", f"{month} {dd}, {y}",
        f"{mon} {dd}, {y}", f"{dd} {month} {y}", f"{y}{m:02d}{dd:02d}", f"{m:02d}-{dd:02d}-{y}",
    }


def dob_present(iso, text):
    flat = re.sub(r"\s+", " ", text)
    for f in dob_forms(iso):
        if re.search(r"(?<![0-9])" + re.escape(f) + r"(?![0-9])", flat, re.I):
            return True
    return False


# --------------------------------------------------------------------------
# lint: values after obvious labels must be labelled
# --------------------------------------------------------------------------
ID_LABEL = re.compile(
    r"(?<![A-Za-z])(?:Student\s*(?:ID|No\.?|Number|#)|Stu\s*ID|SASID|SSID(?:\s*\(EMIS\))?|State\s*ID|"
    r"Local\s*ID|Perm\s*(?:ID|#)|SIS\s*ID|Local Student ID|Student ID#|\(ID)\s*#?\s*[:#]?\s*"
    r"(?P<v>[A-Za-z]{0,3}[\- ]?\d[\d\- ]{2,14}\d)", re.I)
DOB_LABEL = re.compile(
    r"(?<![A-Za-z])(?:DOB|Date of Birth|Birth\s*Date|Birthdate|Born)\s*[:\-]?\s*"
    r"(?P<v>\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-[A-Z][a-z]{2}-\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{8})")


def parse_dob(s):
    for f in ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d-%b-%Y", "%B %d, %Y", "%Y%m%d"):
        try:
            return dt.datetime.strptime(s, f).date().isoformat()
        except ValueError:
            pass
    return None


# --------------------------------------------------------------------------
# hygiene
# --------------------------------------------------------------------------
PHONE = re.compile(r"(?<![\d-])\(?(\d{3})\)?[ .\-](\d{3})[ .\-](\d{4})(?![\d-])")
SSN = re.compile(r"(?<![\d-])\d{3}[ \-]\d{2}[ \-]\d{4}(?![\d-])")
LONGRUN = re.compile(r"\d{13,}")
CARD = re.compile(r"(?<!\d)\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{1,7}(?!\d)")
ADDR = re.compile(r"[\w.+'\-]+@([\w\-]+(?:\.[\w\-]+)+)")


def check(root):
    errors = []
    with open(os.path.join(root, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    files_on_disk = sorted(
        f"{c}/{n}" for c in os.listdir(root) if os.path.isdir(os.path.join(root, c)) and c in CLASSES
        for n in os.listdir(os.path.join(root, c)) if n.endswith(".eml"))
    listed = sorted(m["file"] for m in manifest)
    if files_on_disk != listed:
        errors.append("manifest and files on disk differ")
    counts = {}
    for m in manifest:
        counts[m["class"]] = counts.get(m["class"], 0) + 1
        if not m["file"].startswith(m["class"] + "/"):
            errors.append(f"{m['file']}: class mismatch")
    if len(counts) < 6 or min(counts.values()) < 20 or len(manifest) < 130:
        errors.append(f"size/mix requirement not met: {counts}")

    n_ids = n_dobs = 0
    for m in manifest:
        label = m["file"]
        seen = set()
        for e in m["expected"]:
            k, v = e["kind"], e["value"]
            if k not in KINDS:
                errors.append(f"{label}: unknown kind {k}")
            if (k, v) in seen:
                errors.append(f"{label}: duplicate pair {k}={v}")
            seen.add((k, v))
            if k == "student-id" and not re.fullmatch(r"[A-Z0-9]{4,12}", v):
                errors.append(f"{label}: student-id not normalised: {v}")
            if k == "date-of-birth":
                try:
                    dt.date.fromisoformat(v)
                except ValueError:
                    errors.append(f"{label}: bad date {v}")
            if k in ("student-roster", "student-record") and v != "1":
                errors.append(f"{label}: {k} must be '1'")

        raw = open(os.path.join(root, label), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(f"{label}: not CRLF")
        msg, text = decode_message(raw, errors, label)
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if not msg[h]:
                errors.append(f"{label}: missing {h}")
        for hname in ("From", "To", "Cc"):
            for dom in ADDR.findall(str(msg[hname] or "")):
                if not (dom.endswith("example") or dom in (
                        "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                        "comcast.net", "protonmail.com", "gmx.net", "naver.com")):
                    errors.append(f"{label}: unexpected domain {dom}")

        ids = {e["value"] for e in m["expected"] if e["kind"] == "student-id"}
        dobs = {e["value"] for e in m["expected"] if e["kind"] == "date-of-birth"}
        for v in ids:
            n_ids += 1
            if not id_present(v, text):
                errors.append(f"{label}: student-id {v} not found in decoded text")
        for v in dobs:
            n_dobs += 1
            if not dob_present(v, text):
                errors.append(f"{label}: date-of-birth {v} not found in decoded text")

        # lint
        for mm in ID_LABEL.finditer(text):
            v = re.sub(r"[\s\-]", "", mm.group("v")).upper()
            if v not in ids:
                errors.append(f"{label}: value after student-ID label not in manifest: {mm.group(0)!r}")
        for mm in DOB_LABEL.finditer(text):
            v = parse_dob(mm.group("v"))
            if v and v not in dobs:
                errors.append(f"{label}: value after birth-date label not in manifest: {mm.group(0)!r}")

        # hygiene
        for a, b, c in PHONE.findall(text):
            if b != "555" or not c.startswith("01"):
                errors.append(f"{label}: phone not 555-01XX: {a}-{b}-{c}")
        for pat, what in ((SSN, "SSN-like"), (LONGRUN, "long digit run"), (CARD, "card-like")):
            for hit in pat.findall(text):
                errors.append(f"{label}: {what} number {hit!r}")

    for e in errors:
        print("FAIL", e)
    print(f"checked {len(manifest)} messages, {n_ids} student-id and {n_dobs} date-of-birth values: "
          f"{'OK' if not errors else str(len(errors)) + ' problem(s)'}")
    return 1 if errors else 0


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(check(root))
