#!/usr/bin/env python3
"""Writes the ArchiveReal evaluation set: e-mail messages that carry real archives,
compressed files, RTF documents, calendars and address cards taken from published
test data (see README.md for where each file comes from).

The files themselves are in inputs/, listed with their labels in inputs/catalog.json.
Only the e-mail around each file is written here.  Deterministic: a fixed seed,
fixed Date headers, Message-IDs and MIME boundaries.

    python make_set.py              # writes next to this file
    python make_set.py --out DIR    # writes elsewhere

Needs only the Python standard library.
"""
import argparse
import base64
import datetime
import hashlib
import json
import os
import random
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 7321
CLASSES = ["tar", "gz-bz2-xz", "7z", "cab", "rar", "zip", "rtf", "ics", "vcf", "other"]
START = datetime.datetime(2025, 3, 3, 7, 40, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))

STAFF = [
    ("Maria Alvarez", "maria.alvarez"), ("James Okafor", "james.okafor"),
    ("Linda Chen", "linda.chen"), ("Robert Kowalski", "robert.kowalski"),
    ("Aisha Rahman", "aisha.rahman"), ("Peter Lindqvist", "peter.lindqvist"),
    ("Grace Mensah", "grace.mensah"), ("Daniel Brennan", "daniel.brennan"),
    ("Sofia Rossi", "sofia.rossi"), ("Thomas Nguyen", "thomas.nguyen"),
    ("Helen Park", "helen.park"), ("Marcus Webb", "marcus.webb"),
]
GROUPS = ["it-support", "front-office", "library", "science-dept", "counseling",
          "transportation", "facilities", "payroll", "curriculum", "athletics"]

SUBJECTS = {
    "tar": ["Backup of the shared folder", "Lab files from the old server", "Export you asked for",
            "Site files for review", "Files for Thursday"],
    "gz-bz2-xz": ["Compressed log file", "Data file from the vendor", "The file you asked for",
                  "Compressed export", "Files for Thursday"],
    "7z": ["Archive for the department", "Files from the training", "Zipped up materials",
           "Archive you asked for", "Files for Thursday"],
    "cab": ["Installer files from IT", "Cabinet file from the vendor", "Setup files",
            "Driver package", "Files for Thursday"],
    "rar": ["Archive from the conference", "Packed files", "Materials from the workshop",
            "Archive you asked for", "Files for Thursday"],
    "zip": ["Zipped files", "Folder from the shared drive", "Materials for the unit",
            "Files you asked for", "Files for Thursday"],
    "rtf": ["Document for review", "Draft letter", "Notes from the meeting",
            "Handout draft", "Files for Thursday"],
    "ics": ["Calendar invite", "Schedule for the term", "Meeting calendar",
            "Events calendar", "Calendar for Thursday"],
    "vcf": ["Contact card", "Vendor contact", "Contact details",
            "Address card", "Contact for Thursday"],
    "other": ["Files from the old system", "Archive from the vendor", "Disk image",
              "Old archive", "Files for Thursday"],
}
BODIES = [
    "Attached are the files for Thursday.",
    "Please see the attached file.",
    "Here is the file you asked for. Let me know if it does not open.",
    "Sending this along before the meeting.",
    "Attached is the archive from the shared drive.",
    "Forwarding the attachment from this morning.",
    "Here it is. Thanks for waiting.",
    "Please look this over when you have a moment.",
    "Attached, as promised.",
    "This is the file from the vendor.",
]

EXACT_TYPES = [  # longest suffix first
    (".tar.gz", "application/gzip"), (".tar.bz2", "application/x-bzip2"),
    (".tar.xz", "application/x-xz"), (".tar.lzma", "application/x-lzma"),
    (".tar.zst", "application/zstd"), (".tar.lz4", "application/x-lz4"),
    (".tar.lz", "application/x-lzip"), (".tar.z", "application/x-compress"),
    (".pax.z", "application/x-compress"),
    (".tgz", "application/gzip"), (".tbz2", "application/x-bzip2"), (".tbz", "application/x-bzip2"),
    (".txz", "application/x-xz"), (".tlz", "application/x-lzma"), (".taz", "application/x-compress"),
    (".tar", "application/x-tar"), (".gz", "application/gzip"), (".bz2", "application/x-bzip2"),
    (".xz", "application/x-xz"), (".lzma", "application/x-lzma"), (".lz", "application/x-lzip"),
    (".zst", "application/zstd"), (".lz4", "application/x-lz4"), (".z", "application/x-compress"),
    (".7z", "application/x-7z-compressed"), (".cab", "application/vnd.ms-cab-compressed"),
    (".rar", "application/vnd.rar"), (".zip", "application/zip"), (".zipx", "application/zip"),
    (".jar", "application/java-archive"), (".rtf", "application/rtf"), (".ics", "text/calendar"),
    (".vcf", "text/vcard"), (".cpio", "application/x-cpio"), (".iso.z", "application/x-compress"),
    (".iso", "application/x-iso9660-image"), (".lzh", "application/x-lzh-compressed"),
    (".ar", "application/x-archive"), (".deb", "application/vnd.debian.binary-package"),
    (".exe", "application/x-msdownload"), (".sfx", "application/octet-stream"),
]
ALTERNATES = {"application/gzip": "application/x-gzip", "application/rtf": "text/rtf",
              "text/vcard": "text/x-vcard", "application/vnd.rar": "application/x-rar-compressed"}


def content_type(name, rng):
    low = name.lower()
    ctype = "application/octet-stream"
    for suffix, t in EXACT_TYPES:
        if low.endswith(suffix):
            ctype = t
            break
    if ctype in ALTERNATES and rng.random() < 0.5:
        ctype = ALTERNATES[ctype]
    if rng.random() < 0.125:          # some mail programs send everything like this
        ctype = "application/octet-stream"
    return ctype


def param(key, value):
    """A MIME parameter; RFC 2231 form for names that are not plain ASCII."""
    if all(32 <= ord(c) < 127 for c in value) and '"' not in value and "\\" not in value:
        return '%s="%s"' % (key, value)
    return "%s*=utf-8''%s" % (key, urllib.parse.quote(value, safe=""))


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return [s[i:i + 76] for i in range(0, len(s), 76)] or [""]


def message(entry, idx, data, rng):
    cls = entry["class"]
    n = entry["n"]
    name = entry["attachment"]
    sender = STAFF[rng.randrange(len(STAFF))]
    rcpt = rng.choice([s for s in STAFF if s != sender])
    to = "%s <%s@district.example>" % (rcpt[0], rcpt[1])
    cc = None
    if rng.random() < 0.25:
        cc = "%s@district.example" % rng.choice(GROUPS)
    date = START + datetime.timedelta(minutes=53 * idx + rng.randrange(40))
    digest = hashlib.sha256(("%s/%03d" % (cls, n)).encode()).hexdigest()
    boundary = "=_ar_" + digest[:24]
    msgid = "<ar.%s.%s@district.example>" % (digest[24:40], cls.replace("-", ""))
    subject = rng.choice(SUBJECTS[cls])
    body = rng.choice(BODIES)
    sign = sender[0].split()[0]
    ctype = content_type(name, rng)
    lines = [
        "From: %s <%s@district.example>" % (sender[0], sender[1]),
        "To: " + to,
    ]
    if cc:
        lines.append("Cc: " + cc)
    lines += [
        "Subject: " + subject,
        "Date: " + date.strftime("%a, %d %b %Y %H:%M:%S -0500"),
        "Message-ID: " + msgid,
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
        "",
        "This is a multi-part message in MIME format.",
        "",
        "--" + boundary,
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
        "",
        body,
        "",
        sign,
        "",
        "--" + boundary,
        "Content-Type: %s; %s" % (ctype, param("name", name)),
        "Content-Disposition: attachment; " + param("filename", name),
        "Content-Transfer-Encoding: base64",
        "",
    ]
    lines += b64_lines(data)
    lines += ["", "--" + boundary + "--", ""]
    return ("\r\n".join(lines)).encode("utf-8")


def load_catalog(base=HERE):
    with open(os.path.join(base, "inputs", "catalog.json"), encoding="utf-8") as f:
        return json.load(f)


def build(base=HERE):
    """Returns ({relative path: bytes}, manifest list)."""
    cat = load_catalog(base)
    rng = random.Random(SEED)
    files = {}
    manifest = []
    for idx, e in enumerate(cat["files"]):
        with open(os.path.join(base, e["input"]), "rb") as f:
            data = f.read()
        if hashlib.sha256(data).hexdigest() != e["sha256"]:
            raise SystemExit("input changed: %s" % e["input"])
        rel = "%s/%03d.eml" % (e["class"], e["n"])
        files[rel] = message(e, idx, data, rng)
        manifest.append({"file": rel, "class": e["class"], "attachment": e["attachment"],
                         "expected": e["expected"]})
    files["manifest.json"] = (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    return files, manifest


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    a = ap.parse_args()
    files, manifest = build()
    for cls in CLASSES:
        d = os.path.join(a.out, cls)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith(".eml"):
                    os.remove(os.path.join(d, f))
    for rel, data in files.items():
        p = os.path.join(a.out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
    print("wrote %d messages to %s" % (len(manifest), a.out))


if __name__ == "__main__":
    main()
