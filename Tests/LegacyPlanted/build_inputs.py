#!/usr/bin/env python3
"""Regenerates inputs/: the .doc, .xls and .ppt files (and the .docx files that some
.msg messages carry) that make_set.py packs into messages.

Each document is first written the way office software writes it (OOXML with
python-docx / openpyxl / python-pptx, ODF with odfpy, or plain HTML / CSV) and
then converted by LibreOffice in headless mode to the old binary format.

    python build_inputs.py            # needs soffice, python-docx, openpyxl, python-pptx, odfpy, olefile

LibreOffice's PowerPoint export always stores a 24-bit preview bitmap of the
first slide (about 590 kB) in the \\x05SummaryInformation stream.  To keep the
set small, that one property (PIDSI_THUMBNAIL) is removed from the property set
and the compound file is written again with cfbmsg.cfb_write; every other stream
is kept byte for byte.
"""
import csv
import html
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import setdata            # noqa: E402
import cfbmsg             # noqa: E402

INPUTS = os.path.join(HERE, "inputs")
FIXED_TIME = __import__("datetime").datetime(2024, 9, 30, 15, 0, 0)


# --------------------------------------------------------------------------
# writers of the source documents
# --------------------------------------------------------------------------
def write_docx(d, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "District Office"
    cp.title, cp.comments, cp.revision = "", "", 1
    cp.created = cp.modified = FIXED_TIME
    sec = doc.sections[0]
    if d.get("header"):
        sec.header.paragraphs[0].text = d["header"]
    if d.get("footer"):
        sec.footer.paragraphs[0].text = d["footer"]
    for b in d["blocks"]:
        if b[0] == "h":
            doc.add_heading(b[1], level=1)
        elif b[0] == "p":
            p = doc.add_paragraph()
            for text, st in b[1]:
                r = p.add_run(text)
                r.bold = st == "b"
                r.italic = st == "i"
        elif b[0] == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        elif b[0] == "comment":
            p = doc.add_paragraph(b[1])
            doc.add_comment(p.runs, text=b[2], author="Business Office", initials="BO")
        else:
            raise ValueError(b[0])
    doc.save(path)


def write_odt(d, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, PageLayout, PageLayoutProperties, MasterPage,
                           Header, Footer, GraphicProperties, TableColumnProperties)
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, TextBox
    from odf.office import Annotation
    from odf.dc import Creator, Date

    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="text")
    ital.addElement(TextProperties(fontstyle="italic"))
    hs = Style(name="Heading1", family="paragraph")
    hs.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    fr_st = Style(name="Box", family="graphic")
    fr_st.addElement(GraphicProperties(border="0.5pt solid #000000", padding="0.2cm", wrap="none"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(ital)
    doc.styles.addElement(hs)
    doc.automaticstyles.addElement(fr_st)
    pl = PageLayout(name="PL")
    pl.addElement(PageLayoutProperties(pagewidth="21.59cm", pageheight="27.94cm", margin="2cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if d.get("header"):
        h = Header()
        h.addElement(P(text=d["header"]))
        mp.addElement(h)
    if d.get("footer"):
        f = Footer()
        f.addElement(P(text=d["footer"]))
        mp.addElement(f)
    doc.masterstyles.addElement(mp)
    styles = {"b": bold, "i": ital}
    for b in d["blocks"]:
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=1, stylename=hs, text=b[1]))
        elif b[0] == "p":
            p = P()
            for text, st in b[1]:
                if st:
                    p.addElement(Span(stylename=styles[st], text=text))
                else:
                    p.addText(text)
            doc.text.addElement(p)
        elif b[0] == "table":
            rows = b[1]
            t = Table(name="Table%d" % id(rows))
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for row in rows:
                tr = TableRow()
                for cell in row:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=str(cell)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif b[0] == "textbox":
            p = P()
            fr = Frame(stylename=fr_st, width="9cm", height="%.1fcm" % (0.8 * len(b[1]) + 0.6), anchortype="paragraph")
            tb = TextBox()
            for line in b[1]:
                tb.addElement(P(text=line))
            fr.addElement(tb)
            p.addElement(fr)
            doc.text.addElement(p)
        elif b[0] == "comment":
            p = P()
            ann = Annotation()
            ann.addElement(Creator(text="Business Office"))
            ann.addElement(Date(text="2024-10-01T09:00:00"))
            ann.addElement(P(text=b[2]))
            p.addElement(ann)
            p.addText(b[1])
            doc.text.addElement(p)
        else:
            raise ValueError(b[0])
    doc.save(path)


def write_html_doc(d, path):
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>Document</title></head><body>"]
    for b in d["blocks"]:
        if b[0] == "h":
            out.append("<h1>%s</h1>" % html.escape(b[1]))
        elif b[0] == "p":
            s = ""
            for text, st in b[1]:
                t = html.escape(text)
                s += "<b>%s</b>" % t if st == "b" else "<i>%s</i>" % t if st == "i" else t
            out.append("<p>%s</p>" % s)
        elif b[0] == "table":
            out.append("<table border=\"1\" cellpadding=\"4\">")
            for i, row in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(str(c)), tag) for c in row) + "</tr>")
            out.append("</table>")
        else:
            raise ValueError(b[0])
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write_xlsx(d, path):
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "District Office"
    wb.properties.created = wb.properties.modified = FIXED_TIME.replace(tzinfo=None)
    wb.remove(wb.active)
    for sh in d["sheets"]:
        ws = wb.create_sheet(sh["name"])
        for row in sh["rows"]:
            ws.append(row)
        for c in ws[1]:
            c.font = Font(bold=True)
        for (r, c), f in sh["formats"].items():
            ws.cell(row=r + 1, column=c + 1).number_format = f
        for (r, c), t in sh["notes"].items():
            cm = Comment(t, "Business Office")
            cm.width, cm.height = 300, 80
            ws.cell(row=r + 1, column=c + 1).comment = cm
        for col in "ABCDEF":
            ws.column_dimensions[col].width = 22
    wb.save(path)


def write_csv(d, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in d["sheets"][0]["rows"]:
            w.writerow(row)


def write_html_xls(d, path):
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>Sheet</title></head><body><table border=\"1\">"]
    for i, row in enumerate(d["sheets"][0]["rows"]):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(str(c)), tag) for c in row) + "</tr>")
    out.append("</table></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write_pptx(d, path):
    from pptx import Presentation
    from pptx.util import Inches, Pt
    prs = Presentation()
    cp = prs.core_properties
    cp.author = cp.last_modified_by = "District Office"
    cp.title, cp.comments, cp.revision = d["slides"][0]["title"], "", 1
    cp.created = cp.modified = FIXED_TIME
    for sl in d["slides"]:
        layout = prs.slide_layouts[1] if sl.get("bullets") else prs.slide_layouts[5]
        s = prs.slides.add_slide(layout)
        s.shapes.title.text = sl["title"]
        top = 1.6
        if sl.get("bullets"):
            body = s.placeholders[1]
            tf = body.text_frame
            for i, runs in enumerate(sl["bullets"]):
                p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                for text, st in runs:
                    r = p.add_run()
                    r.text = text
                    r.font.bold = st == "b"
                    r.font.italic = st == "i"
            if sl.get("table") or sl.get("textbox"):
                body.height = Inches(2.4)
            top = 4.2
        if sl.get("table"):
            rows = sl["table"]
            t = s.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(top), Inches(9), Inches(0.4 * len(rows))).table
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
                    t.cell(i, j).text_frame.paragraphs[0].runs[0].font.size = Pt(16)
            top += 0.5 * len(rows) + 0.3
        if sl.get("textbox"):
            tb = s.shapes.add_textbox(Inches(0.8), Inches(min(top, 6.2)), Inches(8), Inches(0.8))
            tb.text_frame.text = sl["textbox"]
            tb.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
        if sl.get("notes"):
            s.notes_slide.notes_text_frame.text = sl["notes"]
    prs.save(path)


# --------------------------------------------------------------------------
# LibreOffice
# --------------------------------------------------------------------------
PROFILE = "file:///tmp/legacyplanted-lo-profile"


def soffice(files, target, outdir, infilter=None):
    if not files:
        return
    cmd = ["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--norestore"]
    if infilter:
        cmd += ["--infilter=" + infilter]
    cmd += ["--convert-to", target, "--outdir", outdir] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def strip_ppt_thumbnail(path):
    """Drop PIDSI_THUMBNAIL (0x11) from \\x05SummaryInformation and rewrite the file."""
    import olefile
    ole = olefile.OleFileIO(path)
    tree = {cfbmsg.CLSID_KEY: bytes.fromhex(ole.root.clsid.replace("-", "")) if ole.root.clsid else b"\0" * 16}

    def put(parts, data):
        node = tree
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = data
    for entry in ole.listdir(streams=True, storages=False):
        data = ole.openstream(entry).read()
        if entry == ["\x05SummaryInformation"]:
            data = _drop_property(data, 0x11)
        put(entry, data)
    ole.close()
    with open(path, "wb") as f:
        f.write(cfbmsg.cfb_write(tree))


def _drop_property(ps, pid):
    # PropertySetStream: header 28 bytes, then (FMTID, offset) pairs
    n_sets = struct.unpack_from("<I", ps, 24)[0]
    assert n_sets == 1, "one section expected"
    off = struct.unpack_from("<I", ps, 44)[0]
    size, count = struct.unpack_from("<II", ps, off)
    pairs = [struct.unpack_from("<II", ps, off + 8 + 8 * i) for i in range(count)]
    ends = sorted(o for _, o in pairs) + [size]
    vals = {}
    for p, o in pairs:
        nxt = min(e for e in ends if e > o)
        vals[p] = ps[off + o: off + nxt]
    keep = [(p, vals[p]) for p, _ in pairs if p != pid]
    body = b""
    table = b""
    start = 8 + 8 * len(keep)
    for p, v in keep:
        table += struct.pack("<II", p, start + len(body))
        body += v
    sec = struct.pack("<II", start + len(body), len(keep)) + table + body
    return ps[:off] + sec


WRITERS = {"docx": write_docx, "odt": write_odt, "html": write_html_doc}


def main():
    os.makedirs(INPUTS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="legacyplanted-")
    jobs = {}       # (target, infilter) -> [(src, dest)]
    direct = []     # (src, dest): files kept as written (docx inside .msg)
    for spec in setdata.plan():
        for rel, d, target in setdata.doc_inputs(spec):
            base = rel.replace("/", "__").rsplit(".", 1)[0]
            if d["type"] == "doc":
                ext = d["fmt"]
                src = os.path.join(work, base + "." + ext)
                WRITERS[ext](d, src)
                if target == "docx":
                    direct.append((src, rel))
                    continue
                key = ("doc:MS Word 97", "HTML (StarWriter)" if ext == "html" else None)
            elif d["type"] == "xls":
                fmt = d["fmt"]
                src = os.path.join(work, base + "." + fmt)
                if fmt == "xlsx":
                    write_xlsx(d, src)
                    key = ("xls:MS Excel 97", None)
                elif fmt == "csv":
                    write_csv(d, src)
                    ncol = len(d["sheets"][0]["rows"][0])
                    cols = "/".join("%d/2" % (i + 1) for i in range(ncol))     # every column as text
                    key = ("xls:MS Excel 97", "Text - txt - csv (StarCalc):44,34,76,1,%s" % cols)
                else:
                    write_html_xls(d, src)
                    key = ("xls:MS Excel 97", "HTML (StarCalc)")
            else:
                src = os.path.join(work, base + ".pptx")
                write_pptx(d, src)
                key = ("ppt:MS PowerPoint 97", None)
            jobs.setdefault(key, []).append((src, rel))
    for (target, infilter), items in sorted(jobs.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        outdir = os.path.join(work, "out_%s" % abs(hash((target, infilter))))
        os.makedirs(outdir, exist_ok=True)
        soffice([s for s, _ in items], target, outdir, infilter)
        ext = target.split(":")[0]
        for src, rel in items:
            got = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
            if not os.path.exists(got):
                raise SystemExit("LibreOffice did not write %s" % got)
            dest = os.path.join(INPUTS, rel)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.copyfile(got, dest)
            if ext == "ppt":
                strip_ppt_thumbnail(dest)
    for src, rel in direct:
        dest = os.path.join(INPUTS, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(src, dest)
    shutil.rmtree(work)
    print("wrote inputs under", INPUTS)


if __name__ == "__main__":
    main()
