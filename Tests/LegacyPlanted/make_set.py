#!/usr/bin/env python3
"""Writes the LegacyPlanted evaluation set: e-mail messages whose attachment is an
old-format Office file (.doc, .xls, .ppt) or an Outlook .msg file holding US Social
Security numbers and payment card numbers, plus look-alikes that are neither.

Every value is invented.  Deterministic: a fixed seed (setdata.py), fixed Date
headers, Message-IDs and MIME boundaries.  The .doc/.xls/.ppt files are read from
inputs/ (written once by build_inputs.py with LibreOffice); the .msg files are
written here with cfbmsg.py.  Standard library only.

    python make_set.py                    # writes next to this file
    python make_set.py --out DIR          # writes elsewhere
    python make_set.py --list-lookalikes  # prints the look-alikes, writes nothing
"""
import argparse
import datetime
import email.policy
import hashlib
import json
import os
import sys
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import setdata            # noqa: E402
import cfbmsg             # noqa: E402

POLICY = email.policy.SMTP
BASE_DATE = datetime.datetime(2024, 10, 7, 7, 40, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))


def msg_date(spec):
    ci = setdata.CLASSES.index(spec.cls)
    return BASE_DATE + datetime.timedelta(days=ci * 2 + spec.num // 6, hours=(spec.num * 5) % 9,
                                          minutes=(spec.num * 13 + ci * 7) % 60)


def staff_for(text):
    h = int(hashlib.sha1(text.encode()).hexdigest(), 16)
    a = setdata.STAFF[h % len(setdata.STAFF)]
    b = setdata.STAFF[(h // 7 + 1) % len(setdata.STAFF)]
    if b == a:
        b = setdata.STAFF[(setdata.STAFF.index(a) + 1) % len(setdata.STAFF)]
    return a, b


def build_msg(spec, m, path, date, top, ansi=None):
    """Embedded messages keep the string encoding of the message that holds them."""
    ansi = m["ansi"] if ansi is None else ansi
    if top:
        sender, to = spec.sender, spec.to[0]
    else:
        sender, to = staff_for(m["subject"] + path)
    atts = []
    for j, (name, mime, a) in enumerate(m["attachments"]):
        if isinstance(a, str):
            atts.append(cfbmsg.Attachment(name, a.encode("cp1252" if ansi else "utf-8"), mime))
        elif a["type"] == "msg":
            inner = build_msg(spec, a, path + "_%d" % j, date - datetime.timedelta(hours=2 + len(path)), False, ansi)
            atts.append(cfbmsg.Attachment(name, embedded=inner))
        else:
            ext = name.rsplit(".", 1)[1]
            rel = "msg/%03d%s_%d.%s" % (spec.num, path, j, ext)
            with open(os.path.join(HERE, "inputs", rel), "rb") as f:
                atts.append(cfbmsg.Attachment(name, f.read(), mime))
    return cfbmsg.Msg(m["subject"], m["body"], (sender[0], sender[1]), [(to[0], to[1])], date,
                      html=m["html"], ansi=ansi, attachments=atts)


def attachment_bytes(spec):
    if spec.cls == "msg":
        when = msg_date(spec).astimezone(datetime.timezone.utc) - datetime.timedelta(minutes=25)
        return build_msg(spec, spec.doc, "", when, True).to_bytes()
    with open(os.path.join(HERE, "inputs", spec.cls, "%03d.%s" % (spec.num, spec.cls)), "rb") as f:
        return f.read()


def build_eml(spec, data):
    msg = EmailMessage(policy=POLICY)
    msg["From"] = str(Address(display_name=spec.sender[0], addr_spec=spec.sender[1]))
    msg["To"] = ", ".join(str(Address(display_name=n, addr_spec=a)) for n, a, _ in spec.to)
    stem = spec.filename.rsplit(".", 1)[0].replace("_", " ")
    msg["Subject"] = "%s: %s" % (spec.subject, stem)
    msg["Date"] = format_datetime(msg_date(spec))
    h = hashlib.sha1(("legacyplanted/%s/%d" % (spec.cls, spec.num)).encode()).hexdigest()[:16].upper()
    msg["Message-ID"] = "<%s.legacyplanted.%s%03d@district.example>" % (h, spec.cls, spec.num)
    msg.set_content("Hi %s,\n\n%s\n\n%s\n%s\n" % (spec.to[0][0].split()[0], spec.body, spec.sender[0], spec.sender[2]),
                    subtype="plain", charset="utf-8", cte="7bit")
    mt, st = spec.mime.split("/")
    msg.add_attachment(data, maintype=mt, subtype=st, filename=spec.filename)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    msg.set_boundary("----=_Part_legacyplanted_%s_%03d" % (spec.cls, spec.num))
    return msg.as_bytes(policy=POLICY)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--list-lookalikes", action="store_true")
    args = ap.parse_args()
    specs = setdata.plan()
    if args.list_lookalikes:
        for s in specs:
            for l in s.looks:
                print("%s/%03d.eml\t%s\t%s\t%s" % (s.cls, s.num, l["what"], l["digits"], l["shown"]))
        return
    manifest, looks = [], []
    seen = {}
    for s in specs:
        f = "%s/%03d.eml" % (s.cls, s.num)
        exp = []
        for e in s.exp:
            assert e["digits"] not in seen, (f, e["digits"], seen.get(e["digits"]))
            seen[e["digits"]] = f
            exp.append({"kind": e["kind"], "digits": e["digits"]})
        manifest.append({"file": f, "class": s.cls, "expected": exp})
        looks.append({"file": f, "lookalikes": [{"what": l["what"], "digits": l["digits"], "shown": str(l["shown"])} for l in s.looks],
                      "where": [{"kind": e["kind"], "digits": e["digits"], "shown": str(e["shown"]), "where": e["where"]} for e in s.exp]})
        data = build_eml(s, attachment_bytes(s))
        os.makedirs(os.path.join(args.out, s.cls), exist_ok=True)
        with open(os.path.join(args.out, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(args.out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
        fh.write("\n")
    with open(os.path.join(args.out, "lookalikes.json"), "w") as fh:
        json.dump(looks, fh, indent=1)
        fh.write("\n")
    print("wrote %d messages" % len(manifest))


if __name__ == "__main__":
    main()
