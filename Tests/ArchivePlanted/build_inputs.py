#!/usr/bin/env python3
"""Regenerates the files under inputs/ that make_set.py reads but cannot write
deterministically itself:

  inputs/rtf/lo_NN.rtf        RTF written by LibreOffice from .fodt (flat ODT) and
                              .docx (python-docx) sources: tables, headers, footers,
                              footnotes, bold runs splitting a number
  inputs/objects/obj_NN.xls   Excel 97-2003 / Word 97-2003 files (OLE2) written by
  inputs/objects/obj_NN.doc   LibreOffice from openpyxl / python-docx sources; they
                              are embedded as OLE objects in the rtf-object class
  inputs/protected/*          password-protected archives (7z AES-256, with and
                              without encrypted names; zip inside tar.gz); the
                              encryption salts are random, hence committed

The values in these files come from make_set.shared_inputs(), so both scripts
agree on them.  Needs LibreOffice (soffice), 7z, zip, tar, gzip.

    python build_inputs.py
"""
import io
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_set as S  # noqa: E402

PROFILE = "file:///tmp/archset/profile"
OUT = os.path.join(HERE, "inputs")


def soffice(args, cwd):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless"] + args, cwd=cwd,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------------------
# LibreOffice RTF sources
# ---------------------------------------------------------------------------
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title><meta:initial-creator>Business Office</meta:initial-creator>
<meta:creation-date>2024-09-30T10:05:00</meta:creation-date><dc:date>2024-09-30T10:05:00</dc:date></office:meta>
<office:styles/>
<office:automatic-styles>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm"/>
  <style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p>%(header)s</text:p></style:header>
 <style:footer><text:p>%(footer)s</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""


def p(x):
    return "<text:p>%s</text:p>\n" % x


def bold_split(v, k):
    return '<text:span text:style-name="T1">%s</text:span>%s' % (escape(v[:k]), escape(v[k:]))


def cell(x):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x


def fodt_for(s):
    ssns, cards = list(s["ssns"]), list(s["cards"])
    ppl = ["%s %s" % x for x in s["people"]]
    ph = [S.fphone(x) for x in s["phones"]]
    z4 = s["zip4"][:5] + "-" + s["zip4"][5:]
    body = []
    body.append(p(escape("Memo to the business office")))
    body.append(p(escape("Student ID %s transferred in from Hillcrest; family address Westfield MA %s." % (s["sid"], z4))))
    if ssns:
        v = S.grp(ssns.pop(0))
        body.append(p("%s's Social Security number: %s" % (escape(ppl[0]), bold_split(v, 3 if s["variant"] < 2 else 6))))
    if cards:
        v = S.grp(cards.pop(0))
        body.append(p("Refund the field trip fee to %s's %s card %s." % (escape(ppl[1]), S.ctype_name(v.replace(" ", "")),
                                                                        bold_split(v, 4))))
    rows = ['<table:table-row>%s%s%s</table:table-row>' % (cell("Name"), cell("Item"), cell("Number"))]
    k = 2
    while ssns or cards:
        if ssns:
            v = S.grp(ssns.pop(0))
            rows.append('<table:table-row>%s%s%s</table:table-row>' % (cell(escape(ppl[k])), cell("SSN"), cell(escape(v))))
            k += 1
        if cards:
            v = S.grp(cards.pop(0))
            if s["variant"] != 2:
                rows.append('<table:table-row>%s%s%s</table:table-row>' % (cell(escape(ppl[k])), cell("Card number"), cell(escape(v))))
            else:   # in a footnote instead
                body.append(p("%s asked for a refund.<text:note text:id=\"ftn%d\" text:note-class=\"footnote\">"
                              "<text:note-citation>%d</text:note-citation><text:note-body>%s</text:note-body></text:note>" % (
                                  escape(ppl[k]), k, k - 1, p("Card number on the refund form: %s" % escape(v)))))
            k += 1
    rows.append('<table:table-row>%s%s%s</table:table-row>' % (cell("Office"), cell("Phone"), cell(escape(ph[1]))))
    body.append('<table:table table:name="Numbers"><table:table-column table:number-columns-repeated="3"/>\n%s\n</table:table>\n' % "\n".join(rows))
    body.append(p(escape("Bus order %s was paid by purchase order." % S.grp(s["order"], "-"))))
    body.append(p(escape("The SSN %s on the old form is not valid." % S.grp(s["bad"]))))
    return (FODT_HEAD % dict(title="Memo", header=escape("Westfield Public Schools - Business Office - %s" % ph[0]),
                             footer=escape("Internal use")) + "".join(body) + "</office:text></office:body></office:document>\n")


def docx_for(s, path):
    import docx
    ssns, cards = list(s["ssns"]), list(s["cards"])
    ppl = ["%s %s" % x for x in s["people"]]
    ph = [S.fphone(x) for x in s["phones"]]
    z4 = s["zip4"][:5] + "-" + s["zip4"][5:]
    d = docx.Document()
    d.core_properties.author = "Business Office"
    d.core_properties.created = S.DOC_TIME
    d.core_properties.modified = S.DOC_TIME
    d.sections[0].header.paragraphs[0].text = "Westfield Public Schools - Front Office - %s" % ph[0]
    d.sections[0].footer.paragraphs[0].text = "Confidential"
    d.add_heading("Records update", level=1)
    d.add_paragraph("Student ID %s, home ZIP %s." % (s["sid"], z4))
    if ssns:
        v = S.grp(ssns.pop(0))
        para = d.add_paragraph("SSN for %s: " % ppl[0])
        para.add_run(v[:3]).bold = True
        para.add_run(v[3:7])
        para.add_run(v[7:]).italic = True
    if cards:
        v = S.grp(cards.pop(0))
        para = d.add_paragraph("%s card number for %s: " % (S.ctype_name(v.replace(" ", "")), ppl[1]))
        para.add_run(v[:4]).bold = True
        para.add_run(v[4:])
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Name", "SSN", "Card number"]):
        t.cell(0, j).text = h
    k = 2
    while ssns or cards:
        row = t.add_row().cells
        row[0].text = ppl[k]
        row[1].text = S.grp(ssns.pop(0)) if ssns else ""
        row[2].text = S.grp(cards.pop(0)) if cards else ""
        k += 1
    row = t.add_row().cells
    row[0].text = "Office phone " + ph[1]
    d.add_paragraph("Order %s shipped." % S.grp(s["order"], "-"))
    d.add_paragraph("Do not use %s; it is not a valid SSN." % S.grp(s["bad"]))
    d.save(path)


# ---------------------------------------------------------------------------
# embedded objects
# ---------------------------------------------------------------------------
def object_sources(o, folder):
    ppl = ["%s %s" % x for x in o["people"]]
    path = os.path.join(folder, o["name"] + (".xlsx" if o["kind"] == "xls" else ".docx"))
    if o["kind"] == "xls":
        from openpyxl import Workbook
        wb = Workbook()
        ws = wb.active
        ws.title = "Staff"
        ws.append(["Name", "Employee ID", "SSN", "Card number", "Phone"])
        n = max(len(o["ssns"]), len(o["cards"]), 1)
        for i in range(n):
            ws.append([ppl[i], o["emp"] if i == 0 else "",
                       S.grp(o["ssns"][i]) if i < len(o["ssns"]) else "",
                       S.grp(o["cards"][i]) if i < len(o["cards"]) else "",
                       S.fphone(o["phone"]) if i == 0 else ""])
        wb.save(path)
    else:
        import docx
        d = docx.Document()
        d.add_paragraph("Staff list")
        d.add_paragraph("Employee ID %s, office phone %s" % (o["emp"], S.fphone(o["phone"])))
        for i, v in enumerate(o["ssns"]):
            d.add_paragraph("%s, SSN %s" % (ppl[i], S.grp(v)))
        for i, v in enumerate(o["cards"]):
            d.add_paragraph("%s, %s card %s" % (ppl[2 + i], S.ctype_name(v), S.grp(v)))
        d.save(path)
    return path


# ---------------------------------------------------------------------------
# protected archives
# ---------------------------------------------------------------------------
def protected(pmem, folder):
    S.SCRATCH = tempfile.mkdtemp(prefix="archset-in-")
    try:
        for (fname, how, pw), mem in zip(S.protected_specs(), pmem):
            d, tops = S.stage(mem)
            out = os.path.join(folder, fname)
            if os.path.exists(out):
                os.remove(out)
            if how.startswith("7z"):
                S.run(["7z", "a", "-t7z", "-mx=5", "-mmt=1", "-bso0", "-bsp0", "-p" + pw]
                      + (["-mhe=on"] if how == "7z-hhe" else []) + [out] + tops, cwd=d)
            else:
                inner = os.path.join(S.SCRATCH, "files.zip")
                if how == "zip-in-targz":
                    S.run(["zip", "-q", "-X", "-r", "-P", pw, inner] + tops, cwd=d)
                else:
                    S.run(["7z", "a", "-tzip", "-mem=AES256", "-mmt=1", "-bso0", "-bsp0", "-p" + pw, inner] + tops, cwd=d)
                with open(inner, "rb") as fh:
                    zdata = fh.read()
                os.remove(inner)
                note = ("The zip file is protected. Ask the business office for the password.\r\n").encode()
                tar = S.tar_bytes([("secure/files.zip", zdata), ("secure/README.txt", note)], "gnu")
                with open(out, "wb") as fh:
                    fh.write(S.gz(tar, 6))
            shutil.rmtree(d)
    finally:
        shutil.rmtree(S.SCRATCH, ignore_errors=True)


def main():
    V, specs, ospecs, pmem = S.shared_inputs()
    for sub in ("rtf", "objects", "protected"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    work = tempfile.mkdtemp(prefix="lo-", dir="/tmp/archset" if os.path.isdir("/tmp/archset") else None)
    fodts, docxs = [], []
    for s in specs:
        if s["src"] == "fodt":
            path = os.path.join(work, s["name"] + ".fodt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(fodt_for(s))
            fodts.append(path)
        else:
            path = os.path.join(work, s["name"] + ".docx")
            docx_for(s, path)
            docxs.append(path)
    rtfdir = os.path.join(OUT, "rtf")
    soffice(["--infilter=OpenDocument Text Flat XML", "--convert-to", "rtf", "--outdir", rtfdir] + fodts, work)
    soffice(["--convert-to", "rtf", "--outdir", rtfdir] + docxs, work)
    objdir = os.path.join(OUT, "objects")
    xl = [object_sources(o, work) for o in ospecs if o["kind"] == "xls"]
    dc = [object_sources(o, work) for o in ospecs if o["kind"] == "doc"]
    soffice(["--convert-to", "xls", "--outdir", objdir] + xl, work)
    soffice(["--convert-to", "doc", "--outdir", objdir] + dc, work)
    protected(pmem, os.path.join(OUT, "protected"))
    shutil.rmtree(work)
    for sub in ("rtf", "objects", "protected"):
        for f in sorted(os.listdir(os.path.join(OUT, sub))):
            print("inputs/%s/%s" % (sub, f), os.path.getsize(os.path.join(OUT, sub, f)))


if __name__ == "__main__":
    main()
