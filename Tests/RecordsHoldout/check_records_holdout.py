#!/usr/bin/env python3
"""Sanity check for Tests/RecordsHoldout: decodes every message (bodies and attachments) and
checks that each expected phone, street address, date of birth and student ID is really in the
decoded text; reports numbers and addresses in the text that are not labelled, for review.

    python3 Tests/RecordsHoldout/check_records_holdout.py [DIR]"""
import collections, datetime as dt, email, html, io, json, re, sys
from email import policy
from pathlib import Path

import docx, openpyxl, pypdf

SUF = {"street": "st", "avenue": "ave", "road": "rd", "lane": "ln", "drive": "dr", "court": "ct",
       "boulevard": "blvd", "place": "pl", "terrace": "ter", "circle": "cir", "parkway": "pkwy",
       "highway": "hwy", "trail": "trl", "north": "n", "south": "s", "east": "e", "west": "w"}
ABBR = "st|ave|rd|ln|dr|ct|blvd|pl|way|ter|cir|pkwy|hwy|trl"
DISTRICT_PHONES = {"8605550100", "8605550111", "8605550123", "8605550175"}
DISTRICT_ADDRS = {"100 main st", "250 lincoln ave", "48 school ln"}
PHONE = re.compile(r"(?<![\d-])(?:\+?1[ .-]?)?(?:\((\d{3})\) ?|(\d{3})[ .-])(\d{3})[ .-](\d{4})(?![\d-])")
BARE = re.compile(r"(?:phone|cell|tel|mobile|home)\W{0,3}(\d{10})(?!\d)", re.I)
MONTHS = "january february march april may june july august september october november december".split()


def valid(n):
    return n[0] in "23456789" and n[1] != "9" and n[1:3] != "11" and n[3] in "23456789" and n[4:6] != "11"


def extract(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct, data = part.get_content_type(), part.get_content()
        if ct == "text/html":
            data = re.sub(r"<br>|</p>|</tr>|</h2>|</th>|</td>", lambda m: "\n" if m.group(0) in ("<br>", "</p>", "</tr>", "</h2>") else "\t", data)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", data)))
        elif ct.startswith("text/"):
            out.append(data)
        elif re.search(r"\.(csv|tsv|txt)$", part.get_filename() or ""):
            out.append(data.decode("utf-8"))
        elif ct == "application/pdf":
            out += [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]
        elif ct.endswith("wordprocessingml.document"):
            d = docx.Document(io.BytesIO(data))
            out += [p.text for p in d.paragraphs]
            out += ["\t".join(c.text for c in r.cells) for t in d.tables for r in t.rows]
        elif ct.endswith("spreadsheetml.sheet"):
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for r in ws.iter_rows(values_only=True):
                    out.append("\t".join("" if v is None else v.date().isoformat() if isinstance(v, dt.datetime) else str(v) for v in r))
        else:
            out.append(f"[[unread {ct}]]")
    return "\n".join(out)


def norm_addr(text):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " " + " ".join(SUF.get(w, w) for w in words) + " "


def dates(text):
    found = set()
    for m, d, y in re.findall(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)", text):
        y = int(y) if len(y) == 4 else (2000 + int(y) if int(y) <= 26 else 1900 + int(y))
        found.add((y, int(m), int(d)))
    found |= {(int(y), int(m), int(d)) for y, m, d in re.findall(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", text)}
    for mo, d, y in re.findall(r"\b([A-Z][a-z]{2,8}) (\d{1,2}), (\d{4})", text):
        found |= {(int(y), k + 1, int(d)) for k, name in enumerate(MONTHS) if name.startswith(mo.lower())}
    for d, mo, y in re.findall(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})", text):
        found |= {(int(y), k + 1, int(d)) for k, name in enumerate(MONTHS) if name == mo.lower()}
    return {f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in found}


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def check(out):
    out = Path(out)
    manifest = json.loads((out / "manifest.json").read_text())
    errors, notes = [], []
    per_class, per_kind = collections.Counter(), collections.Counter()
    for e in manifest:
        raw = (out / e["file"]).read_bytes()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append(f"{e['file']}: bare LF")
        text = extract(email.message_from_bytes(raw, policy=policy.default))
        per_class[e["class"]] += 1
        exp = [(x["kind"], x["value"]) for x in e["expected"]]
        if len(set(exp)) != len(exp):
            errors.append(f"{e['file']}: duplicate expectation")
        if sum(k in ("student-roster", "personal-roster", "student-record") for k, _ in exp) > 1:
            errors.append(f"{e['file']}: more than one message-level finding")
        per_kind.update(k for k, _ in exp)
        phones = {(a or b) + c + d for a, b, c, d in PHONE.findall(text)} | set(BARE.findall(text))
        naddr, ds = norm_addr(text), dates(text)
        for k, v in exp:
            if k == "phone" and (v not in phones or not valid(v) or v in DISTRICT_PHONES):
                errors.append(f"{e['file']}: phone {v} not found or not allowed")
            elif k == "street-address" and (f" {v} " not in naddr or v in DISTRICT_ADDRS):
                errors.append(f"{e['file']}: address {v!r} not found or not allowed")
            elif k == "date-of-birth" and v not in ds:
                errors.append(f"{e['file']}: date of birth {v} not found")
            elif k == "student-id" and (not re.search(rf"(?<!\d){v}(?!\d)", text) or not luhn_ok(v) or not 7 <= len(v) <= 9):
                errors.append(f"{e['file']}: student id {v} not found or invalid")
        for n in sorted(phones - {v for k, v in exp if k == "phone"} - DISTRICT_PHONES):
            if valid(n):
                notes.append(f"{e['file']}: unlabelled valid phone {n}")
        for a in re.findall(rf" (\d+ (?:[nsew] )?(?:[a-z]+ ){{1,3}}?(?:{ABBR})) ", naddr):
            if a not in {v for k, v in exp if k == "street-address"} | DISTRICT_ADDRS:
                notes.append(f"{e['file']}: unlabelled address-like text {a!r}")
        if re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)|(?<!\d)\d{13,16}(?!\d)", text):
            errors.append(f"{e['file']}: SSN- or card-like number")
    for n in notes:
        print("review:", n)
    for x in errors:
        print("ERROR:", x)
    print(f"{len(manifest)} messages:", dict(per_class))
    print("per kind:", dict(sorted(per_kind.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(check(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent))
