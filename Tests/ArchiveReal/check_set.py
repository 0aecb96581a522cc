#!/usr/bin/env python3
"""Self-check of the ArchiveReal set.

1. Regenerates the set in memory (twice) and asserts that the messages and
   manifest.json on disk are byte for byte what make_set.py writes.
2. Decodes every message from disk, takes out the attachment, checks its file
   name and SHA-256 against inputs/catalog.json, and re-derives its label with the
   reference tools (labeller.py: bsdtar, 7zz, unrar, cabextract, gzip/bzip2/xz/
   lzip/zstd/lz4, unrtf, oletools rtfobj, icalendar, vobject).  The derived
   label must equal the one in manifest.json.
3. Checks the message form (CRLF, multipart/mixed, district addresses, a body
   with no digits), the size of the set, class sizes, duplicates and the number
   of damaged files.

    python check_set.py [--dir DIR] [--verbose]

Prints a table per class and `all checks passed`, or the problems, and exits
non-zero on any problem.
"""
import argparse
import email
import email.policy
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labeller  # noqa: E402
import make_set  # noqa: E402

HINT = {"tar": "tar", "gz-bz2-xz": "compressed", "7z": "7z", "rar": "rar", "cab": "cab",
        "zip": "zip", "rtf": "rtf", "ics": "ics", "vcf": "vcf", "other": None}
MAX_BYTES = 15 * 1000 * 1000
MAX_DAMAGED = 20
MIN_CLASS = 5

# Values that are shaped like an SSN or a card and are found in the files, but
# that a reader would not take for one.  Each needs a reason.
NOT_TRUE = {}

# Published test card numbers and famous SSNs are never true values.
TEST_CARDS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222",
    "5555555555554444", "5105105105105100", "378282246310005", "371449635398431",
    "378734493671000", "6011111111111117", "6011000990139424", "30569309025904",
    "38520000023237", "3530111333300000", "3566002020360505",
}
FAMOUS_SSNS = {"078051120", "219099999", "123456789", "457555462", "987654320", "987654321"}


def derive_expected(cls, name, path, verbose=False):
    """The label the tools give: (expected list, Result)."""
    hint = HINT[cls]
    if cls == "other":
        with open(path, "rb") as f:
            head = f.read(1024)
        hint = None if labeller.sniff(head) and not name.endswith(".iso.Z") else "other"
    res = labeller.derive(path, name, hint=hint)
    exp = []
    if res.dangerous:
        exp.append({"kind": "dangerous"})
    if res.embedded:
        exp.append({"kind": "embedded-object"})
    if res.status == "password":
        exp.append({"kind": "unscannable", "note": "password"})
    elif res.status == "damaged":
        exp.append({"kind": "unscannable", "note": "damaged"})
    return exp, res


def canon(exp):
    return sorted(json.dumps(e, sort_keys=True) for e in exp)


def attachment_of(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [p for p in msg.walk() if p.get_content_disposition() == "attachment"]
    texts = [p for p in msg.walk() if p.get_content_type() == "text/plain"
             and p.get_content_disposition() != "attachment"]
    return msg, parts, texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    problems = []

    # 1. determinism and agreement with the generator
    files1, manifest = make_set.build(HERE)
    files2, _ = make_set.build(HERE)
    if files1 != files2:
        problems.append("make_set.py is not deterministic")
    for rel, data in files1.items():
        p = os.path.join(a.dir, rel)
        if not os.path.exists(p):
            problems.append("missing on disk: " + rel)
        elif open(p, "rb").read() != data:
            problems.append("differs from the generator: " + rel)
    on_disk = set()
    for cls in make_set.CLASSES:
        d = os.path.join(a.dir, cls)
        if os.path.isdir(d):
            on_disk |= {"%s/%s" % (cls, f) for f in os.listdir(d) if f.endswith(".eml")}
    extra = on_disk - set(files1)
    if extra:
        problems.append("messages not in the manifest: %s" % sorted(extra)[:5])

    cat = make_set.load_catalog(HERE)
    by_file = {"%s/%03d.eml" % (e["class"], e["n"]): e for e in cat["files"]}

    # 2. labels
    rows = {c: {"messages": 0, "harmless": 0, "password": 0, "damaged": 0, "dangerous": 0,
                "embedded-object": 0, "true values": 0} for c in make_set.CLASSES}
    seen_sha = {}
    total = 0
    damaged = 0
    work = tempfile.mkdtemp(prefix="archreal-check-")
    for m in manifest:
        rel = m["file"]
        p = os.path.join(a.dir, rel)
        raw = open(p, "rb").read()
        total += len(raw)
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append("%s: not CRLF" % rel)
        msg, parts, texts = attachment_of(raw)
        if msg.get_content_type() != "multipart/mixed" or len(parts) != 1 or len(texts) != 1:
            problems.append("%s: not multipart/mixed with one text and one attachment" % rel)
            continue
        for h in ("From", "To"):
            if not re.search(r"@district\.example>?$", str(msg[h])):
                problems.append("%s: %s outside the district" % (rel, h))
        body = texts[0].get_content()
        if re.search(r"\d", body):
            problems.append("%s: digits in the body" % rel)
        part = parts[0]
        name = part.get_filename()
        if name != m["attachment"]:
            problems.append("%s: attachment name %r, manifest %r" % (rel, name, m["attachment"]))
        if part.get("Content-Transfer-Encoding", "").lower() != "base64":
            problems.append("%s: attachment not base64" % rel)
        data = part.get_payload(decode=True)
        sha = hashlib.sha256(data).hexdigest()
        e = by_file.get(rel)
        if not e or e["sha256"] != sha:
            problems.append("%s: attachment bytes differ from the catalog" % rel)
        if sha in seen_sha:
            problems.append("%s: same file as %s" % (rel, seen_sha[sha]))
        seen_sha[sha] = rel

        d = tempfile.mkdtemp(dir=work)
        fp = os.path.join(d, os.path.basename(name.replace("\\", "/")))
        with open(fp, "wb") as f:
            f.write(data)
        exp, res = derive_expected(m["class"], name, fp)
        # true values: each one listed must be found by the scan and be valid;
        # every value the scan finds must be listed or explained in NOT_TRUE
        cands = labeller.candidates(res.texts)
        found = {(k, dg) for k, dg, _, _ in cands}
        listed = [x for x in m["expected"] if x["kind"] in ("ssn", "card")]
        for x in listed:
            dg = x["digits"]
            if (x["kind"], dg) not in found:
                problems.append("%s: listed %s %s not found in the file" % (rel, x["kind"], dg))
            if x["kind"] == "ssn" and (not labeller.ssn_structure(dg) or dg in FAMOUS_SSNS):
                problems.append("%s: listed SSN %s is not valid" % (rel, dg))
            if x["kind"] == "card" and (not labeller.card_issuer(dg) or not labeller.luhn_ok(dg)
                                        or dg in TEST_CARDS):
                problems.append("%s: listed card %s is not valid" % (rel, dg))
        listed_keys = {(x["kind"], x["digits"]) for x in listed}
        for k, dg, where, ctx in cands:
            if (k, dg) not in listed_keys and (k, dg) not in NOT_TRUE:
                problems.append("%s: unreviewed %s-shaped value %s in %s: %r" % (rel, k, dg, where, ctx))
        exp = [x for x in m["expected"] if x["kind"] in ("ssn", "card")] + exp
        if canon(exp) != canon(m["expected"]):
            problems.append("%s: tools give %s, manifest has %s (tools: %s)" % (
                rel, canon(exp), canon(m["expected"]), res.tools))
        if a.verbose:
            print(rel, name, res.status, [t[:2] for t in res.tools], res.dangerous[:2], res.embedded)

        r = rows[m["class"]]
        r["messages"] += 1
        kinds = [x["kind"] for x in m["expected"]]
        notes = [x.get("note") for x in m["expected"] if x["kind"] == "unscannable"]
        if not m["expected"]:
            r["harmless"] += 1
        if "password" in notes:
            r["password"] += 1
        if "damaged" in notes:
            r["damaged"] += 1
            damaged += 1
        if "dangerous" in kinds:
            r["dangerous"] += 1
        if "embedded-object" in kinds:
            r["embedded-object"] += 1
        r["true values"] += sum(1 for k in kinds if k in ("ssn", "card"))

    shutil.rmtree(work, ignore_errors=True)

    # 3. set-wide checks
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(a.dir)
               for f in fs if "__pycache__" not in dp)
    if size > MAX_BYTES:
        problems.append("set is %d bytes, over %d" % (size, MAX_BYTES))
    if damaged > MAX_DAMAGED:
        problems.append("%d damaged files, over %d" % (damaged, MAX_DAMAGED))
    for c, r in rows.items():
        if r["messages"] < MIN_CLASS:
            problems.append("class %s has %d messages" % (c, r["messages"]))

    cols = ["messages", "harmless", "password", "damaged", "dangerous", "embedded-object", "true values"]
    print("| class | " + " | ".join(cols) + " |")
    print("| --- | " + " | ".join("---:" for _ in cols) + " |")
    tot = {k: 0 for k in cols}
    for c in make_set.CLASSES:
        print("| `%s` | " % c + " | ".join(str(rows[c][k]) for k in cols) + " |")
        for k in cols:
            tot[k] += rows[c][k]
    print("| **total** | " + " | ".join("**%d**" % tot[k] for k in cols) + " |")
    print("set size on disk: %d bytes" % size)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
