#!/usr/bin/env python3
"""Self-check for the education-records holdout set.

Decodes every message (bodies and attachments: CSV, XLSX via openpyxl, DOCX via
python-docx, PDF via pypdf, ZIP members recursively) and asserts that every
expected student-id and date-of-birth value is present in the decoded text in
some written form. Also checks structure (CRLF, base64 attachments, manifest
consistency, size/mix minimums) and that no SSN-like or card-like numbers occur.

Usage: python check_set.py [DIR]
"""
import collections
import email
import html
import io
import json
import os
import re
import sys
import zipfile
from datetime import date, datetime
from email import policy
from html.parser import HTMLParser

KINDS = {"student-id", "date-of-birth", "student-roster", "student-record"}


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, data):
        self.out.append(data)

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th", "br", "p", "tr", "div", "li"):
            self.out.append(" \n" if tag in ("tr", "br", "p", "div", "li") else " | ")


def html_to_text(s):
    p = _Strip()
    p.feed(s)
    return html.unescape("".join(p.out))


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def decode_blob(name, ctype, data):
    """Yield (label, text) pairs for one attachment or body part."""
    low = (name or "").lower()
    if low.endswith(".zip") or ctype in ("application/zip", "application/x-zip-compressed"):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                yield from decode_blob(info.filename, "", zf.read(info))
        return
    if low.endswith(".pdf") or ctype == "application/pdf":
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        yield name, "\n".join((pg.extract_text() or "") for pg in r.pages)
        return
    if low.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        yield name, "\n".join(parts)
        return
    if low.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append("## " + ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join(_cell(v) for v in row))
        yield name, "\n".join(parts)
        return
    text = data.decode("utf-8-sig", errors="replace")
    if ctype == "text/html" or low.endswith((".htm", ".html")):
        text = html_to_text(text)
    yield name or ctype, text


def message_texts(msg):
    yield "headers", "Subject: %s\nFrom: %s\nTo: %s" % (msg["Subject"], msg["From"], msg["To"])
    for part in msg.walk():
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b""
        yield from decode_blob(part.get_filename() or "", part.get_content_type(), data)


def dob_forms(d):
    m, dd, y = d.month, d.day, d.year
    mon, month, yy = d.strftime("%b"), d.strftime("%B"), "%02d" % (y % 100)
    return {
        "%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%d/%d/%s" % (m, dd, yy),
        "%02d/%02d/%s" % (m, dd, yy), d.isoformat(), "%02d-%s-%d" % (dd, mon, y),
        "%d-%s-%d" % (dd, mon, y), "%02d-%s-%s" % (dd, mon, yy), "%d-%s-%s" % (dd, mon, yy),
        "%s %d, %d" % (month, dd, y), "%s %d, %d" % (mon, dd, y), "%s. %d, %d" % (mon, dd, y),
        "%d%02d%02d" % (y, m, dd), "%d %s %d" % (dd, month, y), "%d %s %d" % (dd, mon, y),
        "%02d-%02d-%d" % (m, dd, y), "%d-%d-%d" % (m, dd, y), "%d/%02d/%02d" % (y, m, dd),
        "%02d.%02d.%d" % (dd, m, y),
    }


def dob_present(iso, text):
    d = date.fromisoformat(iso)
    for f in dob_forms(d):
        if re.search(r"(?<![0-9A-Za-z])" + re.escape(f) + r"(?![0-9])", text, re.I):
            return True
    return False


def sid_present(value, text):
    pat = r"[\s-]?".join(re.escape(c) for c in value)
    left = r"(?<![0-9])" if value[0].isdigit() else r"(?<![A-Za-z])"
    right = r"(?![0-9])" if value[-1].isdigit() else r"(?![A-Za-z])"
    return re.search(left + pat + right, text, re.I) is not None


SSN_LIKE = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
LONG_RUN = re.compile(r"(?<!\d)\d{13,19}(?!\d)")


def check(root):
    with open(os.path.join(root, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    errors = []
    per_class = collections.Counter()
    kind_totals = collections.Counter()
    record_msgs = 0
    seen = set()
    for entry in manifest:
        fn = entry["file"]
        seen.add(fn)
        per_class[entry["class"]] += 1
        if not fn.startswith(entry["class"] + "/"):
            errors.append("%s: class mismatch" % fn)
        pairs = [(e["kind"], e["value"]) for e in entry["expected"]]
        if len(pairs) != len(set(pairs)):
            errors.append("%s: duplicate expected pair" % fn)
        for k, v in pairs:
            kind_totals[k] += 1
            if k not in KINDS:
                errors.append("%s: bad kind %s" % (fn, k))
            if k in ("student-roster", "student-record") and v != "1":
                errors.append("%s: bad flag value" % fn)
            if k == "student-id" and v != re.sub(r"[\s-]", "", v).upper():
                errors.append("%s: id not normalised %s" % (fn, v))
        if any(k in ("student-roster", "student-record") for k, _ in pairs):
            record_msgs += 1
        raw = open(os.path.join(root, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append("%s: bare LF line ending" % fn)
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if not part.is_multipart() and part.get_filename():
                if str(part.get("Content-Transfer-Encoding", "")).lower() != "base64":
                    errors.append("%s: attachment %s not base64" % (fn, part.get_filename()))
        texts = list(message_texts(msg))
        alltext = "\n".join(t for _, t in texts)
        for k, v in pairs:
            if k == "student-id" and not sid_present(v, alltext):
                errors.append("%s: student-id %s not found in decoded text" % (fn, v))
            if k == "date-of-birth" and not dob_present(v, alltext):
                errors.append("%s: date-of-birth %s not found in decoded text" % (fn, v))
        for label, t in texts:
            if label == "headers":
                continue
            m = SSN_LIKE.search(t)
            if m:
                errors.append("%s: SSN-like number %r in %s" % (fn, m.group(0), label))
            m = LONG_RUN.search(t)
            if m:
                errors.append("%s: card-like digit run %r in %s" % (fn, m.group(0), label))
    on_disk = set()
    for d in os.listdir(root):
        p = os.path.join(root, d)
        if os.path.isdir(p):
            for f in os.listdir(p):
                if f.endswith(".eml"):
                    on_disk.add(d + "/" + f)
    if on_disk != seen:
        errors.append("manifest/disk mismatch: %s" % sorted(on_disk ^ seen)[:10])
    if len(manifest) < 150:
        errors.append("fewer than 150 messages")
    if not 6 <= len(per_class) <= 8 or min(per_class.values()) < 20:
        errors.append("class count/size rule broken: %s" % dict(per_class))
    if record_msgs < 60 or len(manifest) - record_msgs < 60:
        errors.append("need >=60 record and >=60 look-alike messages (%d/%d)" % (record_msgs, len(manifest) - record_msgs))
    return errors, per_class, kind_totals, record_msgs, len(manifest)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, per_class, kinds, rec, total = check(root)
    for c in sorted(per_class):
        print("%-28s %d" % (c, per_class[c]))
    print("kinds:", dict(sorted(kinds.items())))
    print("messages: %d, with records: %d, look-alikes: %d" % (total, rec, total - rec))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("self-check FAILED (%d problems)" % len(errors))
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
