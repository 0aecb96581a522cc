#!/usr/bin/env python3
"""Writes the LegacyOffice evaluation set: e-mail messages that carry real Office and
Outlook files taken from the published test data of other projects (PyPI source
distributions).  Harmless Word 97-2003, Excel 97-2003/5.0, PowerPoint 97-2003 and Outlook
.msg files; files with VBA or Excel 4.0 (XLM) macros in the legacy and OOXML families;
password-encrypted files; and ordinary OOXML/ODF look-alikes.

Every attachment is a byte-for-byte copy of a file kept under inputs/, at the same path it
has inside its source distribution (see README.md for versions, SHA-256 and licences).
Deterministic: fixed seed, Date headers, Message-IDs and MIME boundaries.

    python make_set.py              # writes next to this file
    python make_set.py --out DIR    # writes elsewhere

Needs only the Python standard library.  check_set.py re-derives the labels with
oletools, olefile and msoffcrypto-tool.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "inputs")
SEED = 19970101
POLICY = email.policy.SMTP          # CRLF line ends

CLASSES = ["doc", "xls", "ppt", "msg", "macro-legacy", "macro-ooxml", "encrypted", "ooxml-harmless"]

CTYPES = {
    ".doc": "application/msword",
    ".dot": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".xlt": "application/vnd.ms-excel",
    ".xla": "application/vnd.ms-excel",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pps": "application/vnd.ms-powerpoint",
    ".pot": "application/vnd.ms-powerpoint",
    ".msg": "application/vnd.ms-outlook",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".docm": "application/vnd.ms-word.document.macroEnabled.12",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    ".xltm": "application/vnd.ms-excel.template.macroEnabled.12",
    ".xlsb": "application/vnd.ms-excel.sheet.binary.macroEnabled.12",
    ".xlam": "application/vnd.ms-excel.addin.macroEnabled.12",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".pptm": "application/vnd.ms-powerpoint.presentation.macroEnabled.12",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
}

# --------------------------------------------------------------------------
# the files: (class, path under inputs/ = path inside the unpacked sdist,
#             attachment name (None: the file's own name), expected kinds,
#             default password that opens it (encrypted class only), note)
# --------------------------------------------------------------------------
OT = "oletools-0.60.2/tests/test-data/"
MC = "msoffcrypto-tool-4.10.2/tests/"
VS = "VelvetSweatshop"
M = ["macro"]
U = ["unscannable"]
ENTRIES = [
    # ---- doc: Word 97-2003 documents and templates, no macros, not encrypted
    ("doc", "olefile-0.47/tests/images/test-ole-file.doc", None, [], None, ""),
    ("doc", "hachoir-3.4.0/tests/files/radpoor.doc", None, [], None, ""),
    ("doc", "puremagic-1.30/test/resources/office/test.doc", None, [], None, ""),
    ("doc", "filetype-1.2.0/tests/fixtures/sample.doc", None, [], None, ""),
    ("doc", "filetype-1.2.0/tests/fixtures/sample_1.doc", None, [], None, ""),
    ("doc", OT + "msodde/harmless-clean.doc", None, [], None, ""),
    ("doc", OT + "oleobj/embedded-simple-2007.doc", None, [], None, "embeds a small text file as an OLE Package object"),
    ("doc", OT + "oleobj/embedded-simple-2007.dot", None, [], None, "Word 97-2003 template; embeds a small text file as an OLE Package object"),
    ("doc", OT + "oleobj/embedded-unicode.doc", None, [], None, "embeds a small text file with a non-ASCII name as an OLE Package object"),
    ("doc", MC + "inputs/plain.doc", None, [], None, ""),
    ("doc", MC + "outputs/rc4cryptoapi_password_plain.doc", None, [], None, "the decrypted form of an encrypted test file"),
    ("doc", "wps2md-0.3.0/tests/sample.doc", None, [], None, ""),
    ("doc", "doc2txt_antiword-0.1.3/doc2txt/bin/antiword/Docs/testdoc.doc", None, [], None, "Antiword's own test document"),
    # ---- xls: Excel 97-2003 and Excel 5.0/95 workbooks, no macros, not encrypted
    ("xls", "xlrd-1.2.0/examples/namesdemo.xls", None, [], None, ""),
    ("xls", "xlrd-1.2.0/tests/Formate.xls", None, [], None, ""),
    ("xls", "xlrd-1.2.0/tests/formula_test_names.xls", None, [], None, ""),
    ("xls", "xlrd-1.2.0/tests/formula_test_sjmachin.xls", None, [], None, ""),
    ("xls", "xlrd-1.2.0/tests/issue20.xls", None, [], None, ""),
    ("xls", "xlrd-1.2.0/tests/picture_in_cell.xls", None, [], None, ""),
    ("xls", "xlrd-1.2.0/tests/profiles.xls", None, [], None, ""),
    ("xls", "xlrd-1.2.0/tests/ragged.xls", None, [], None, ""),
    ("xls", "xlrd-1.2.0/tests/xf_class.xls", None, [], None, ""),
    ("xls", "xlwt-1.3.0/examples/pattern_examples.xls", None, [], None, ""),
    ("xls", "xlwt-1.3.0/tests/bitmaps.xls", None, [], None, "written by xlwt"),
    ("xls", "xlwt-1.3.0/tests/less_simple.xls", None, [], None, "written by xlwt"),
    ("xls", "xlwt-1.3.0/tests/mini.xls", None, [], None, "written by xlwt"),
    ("xls", "xlwt-1.3.0/tests/simple.xls", None, [], None, "written by xlwt"),
    ("xls", "xlwt-1.3.0/tests/unicode1.xls", None, [], None, "written by xlwt"),
    ("xls", "xlwt-1.3.0/tests/xlwt_easyxf_simple_demo.xls", None, [], None, "written by xlwt"),
    ("xls", "pyexcel_xls-0.7.1/tests/fixtures/complex-merged-cells-sheet.xls", None, [], None, ""),
    ("xls", "pyexcel_xls-0.7.1/tests/fixtures/complex_hidden_sheets.xls", None, [], None, ""),
    ("xls", "pyexcel_xls-0.7.1/tests/fixtures/date_field.xls", None, [], None, ""),
    ("xls", "pyexcel_xls-0.7.1/tests/fixtures/file_with_an_empty_sheet.xls", None, [], None, ""),
    ("xls", "pyexcel_xls-0.7.1/tests/fixtures/hidden.xls", None, [], None, ""),
    ("xls", "pyexcel_xls-0.7.1/tests/fixtures/hidden_sheets.xls", None, [], None, ""),
    ("xls", "pyexcel_xls-0.7.1/tests/fixtures/merged-cell-sheet.xls", None, [], None, ""),
    ("xls", "pyexcel_xls-0.7.1/tests/fixtures/merged-sheet-exploration.xls", None, [], None, ""),
    ("xls", "pyexcel_xls-0.7.1/tests/fixtures/test-date-format.xls", None, [], None, ""),
    ("xls", "xlutils-2.0.0/xlutils/tests/date.xls", None, [], None, ""),
    ("xls", "xlutils-2.0.0/xlutils/tests/datetime.xls", None, [], None, ""),
    ("xls", "xlutils-2.0.0/xlutils/tests/ragged.xls", None, [], None, ""),
    ("xls", "xlutils-2.0.0/xlutils/tests/test.xls", None, [], None, ""),
    ("xls", "xlutils-2.0.0/xlutils/tests/testall.xls", None, [], None, ""),
    ("xls", "xlutils-2.0.0/xlutils/tests/testnoformatting.xls", None, [], None, ""),
    ("xls", "agate_excel-0.4.2/examples/test.xls", None, [], None, ""),
    ("xls", "agate_excel-0.4.2/examples/test_ambiguous_date.xls", None, [], None, ""),
    ("xls", "agate_excel-0.4.2/examples/test_empty.xls", None, [], None, ""),
    ("xls", "agate_excel-0.4.2/examples/test_numeric_column_name.xls", None, [], None, ""),
    ("xls", "agate_excel-0.4.2/examples/test_sheets.xls", None, [], None, ""),
    ("xls", "agate_excel-0.4.2/examples/test_skip_lines.xls", None, [], None, ""),
    ("xls", "agate_excel-0.4.2/examples/test_zeros.xls", None, [], None, ""),
    ("xls", "puremagic-1.30/test/resources/office/test.xls", None, [], None, ""),
    ("xls", "filetype-1.2.0/tests/fixtures/sample.xls", None, [], None, ""),
    ("xls", MC + "inputs/plain.xls", None, [], None, ""),
    ("xls", MC + "outputs/rc4cryptoapi_password_plain.xls", None, [], None, "the decrypted form of an encrypted test file"),
    ("xls", OT + "oleobj/embedded-simple-2007.xls", None, [], None, "embeds a small text file as an OLE Package object"),
    ("xls", OT + "oleobj/embedded-simple-2007.xlt", None, [], None, "Excel 97-2003 template; embeds a small text file"),
    ("xls", OT + "oleobj/embedded-simple-2007.xla", None, [], None, "Excel 97-2003 add-in extension with no VBA project; embeds a small text file"),
    # ---- ppt: PowerPoint 97-2003 presentations, shows and templates
    ("ppt", "puremagic-1.30/test/resources/office/test.ppt", None, [], None, ""),
    ("ppt", "filetype-1.2.0/tests/fixtures/sample.ppt", None, [], None, ""),
    ("ppt", MC + "inputs/plain.ppt", None, [], None, ""),
    ("ppt", OT + "oleobj/embedded-simple-2007.ppt", None, [], None, "embeds a small text file as an OLE Package object"),
    ("ppt", OT + "oleobj/embedded-simple-2007.pps", None, [], None, "slide show; embeds a small text file"),
    ("ppt", OT + "oleobj/embedded-simple-2007.pot", None, [], None, "template; embeds a small text file"),
    ("ppt", "ppt2pptx-0.4.2/tests/fixtures/visual_minimal.ppt", None, [], None, "slides, a comment and a speaker note"),
    ("ppt", "ppt2pptx-0.4.2/tests/fixtures/visual_smartart.ppt", None, [], None, "SmartArt shape"),
    ("ppt", "ppt2pptx-0.4.2/tests/fixtures/visual_chart.ppt", None, [], None, "embedded MS Graph chart"),
    ("ppt", "ppt2pptx-0.4.2/tests/fixtures/visual_excel_ole.ppt", None, [], None, "embedded Excel worksheet object"),
    # ---- msg: Outlook messages
    ("msg", "msg_parser-1.2.0/tests/files/other.msg", None, [], None, "delivery status notification with an attached message"),
    ("msg", "msg_parser-1.2.0/tests/files/outer.msg", None, [], None, "message with an embedded message"),
    ("msg", "mail_parser-4.8.0/tests/mails/mail_outlook_1", "mail_outlook_1.msg", [], None, "newsletter with images; the test file has no extension, '.msg' is added to the attachment name"),
    # ---- macro-legacy: OLE files with VBA or Excel 4.0 (XLM) macro sheets
    ("macro-legacy", OT + "olevba/sample_with_vba.ppt", None, M, None, "VBA"),
    ("macro-legacy", OT + "excel4-macros/excel4_sample_macro.xls", None, M, None, "Excel 4.0 (XLM) macro sheet"),
    ("macro-legacy", OT + "excel4-macros/excel4_sample_macro.xlt", None, M, None, "Excel 4.0 (XLM) macro sheet in a template"),
    ("macro-legacy", OT + "excel4-macros/excel4_sample_macro_excel5_format.xls", None, M, None, "Excel 4.0 (XLM) macro sheet in an Excel 5.0/95 (BIFF5) workbook"),
    # ---- macro-ooxml: OOXML with a VBA project or XLM macro sheets
    ("macro-ooxml", OT + "oleform/oleform-PR314.docm", None, M, None, "VBA with a UserForm"),
    ("macro-ooxml", "python_pptx-1.0.2/features/steps/test_files/act-props.pptm", None, M, None, "VBA"),
    ("macro-ooxml", OT + "excel4-macros/excel4_sample_macro.xlsm", None, M, None, "Excel 4.0 (XLM) macro sheet (xl/macrosheets/), no VBA"),
    ("macro-ooxml", OT + "excel4-macros/excel4_sample_macro.xltm", None, M, None, "Excel 4.0 (XLM) macro sheet in a template, no VBA"),
    ("macro-ooxml", OT + "excel4-macros/excel4_sample_macro.xlsb", None, M, None, "Excel 4.0 (XLM) macro sheet in a binary workbook, no VBA"),
    ("macro-ooxml", "xlwings-0.27.15/xlwings/quickstart.xlsm", None, M, None, "VBA"),
    ("macro-ooxml", "xlwings-0.27.15/xlwings/quickstart_standalone.xlsm", None, M, None, "VBA"),
    ("macro-ooxml", "xlwings-0.27.15/xlwings/quickstart_addin.xlam", None, M, None, "VBA add-in"),
    ("macro-ooxml", "xlwings-0.27.15/xlwings/quickstart_addin_ribbon.xlam", None, M, None, "VBA add-in with a ribbon"),
    ("macro-ooxml", "xlwings-0.27.15/xlwings/addin/xlwings.xlam", None, M, None, "signed VBA add-in"),
    ("macro-ooxml", "xlwings-0.15.10/xlwings/tests/macro book.xlsm", None, M, None, "VBA"),
    ("macro-ooxml", "xlwings-0.15.10/xlwings/addin/xlwings.xlam", None, M, None, "VBA add-in (an older release)"),
    ("macro-ooxml", "xlwings-0.15.10/xlwings/quickstart_standalone_win.xlsm", None, M, None, "VBA"),
    ("macro-ooxml", "xlwings-0.24.9/xlwings/addin/xlwings_unprotected.xlam", None, M, None, "VBA add-in, project not locked"),
    ("macro-ooxml", "xlsb_reader-2.1.0/test-data/Finance_Ledger_100_Unique_Functions.xlsm", None, M, None, "VBA with Workbook_Open"),
    # ---- encrypted
    ("encrypted", OT + "encrypted/encrypted.doc", None, U, None, "RC4 CryptoAPI"),
    ("encrypted", OT + "encrypted/encrypted.xls", None, U, None, ""),
    ("encrypted", OT + "encrypted/encrypted.ppt", None, U, None, ""),
    ("encrypted", OT + "encrypted/encrypted.docx", None, U, None, "OLE container with EncryptionInfo/EncryptedPackage"),
    ("encrypted", OT + "encrypted/encrypted.docm", None, U, None, "OLE container with EncryptionInfo/EncryptedPackage"),
    ("encrypted", OT + "encrypted/encrypted.xlsx", None, U, None, "OLE container with EncryptionInfo/EncryptedPackage"),
    ("encrypted", OT + "encrypted/encrypted.xlsm", None, U, None, "OLE container with EncryptionInfo/EncryptedPackage"),
    ("encrypted", OT + "encrypted/encrypted.xlsb", None, U, None, "OLE container with EncryptionInfo/EncryptedPackage"),
    ("encrypted", OT + "encrypted/encrypted.pptx", None, U, None, "OLE container with EncryptionInfo/EncryptedPackage"),
    ("encrypted", OT + "encrypted/encrypted.pptm", None, U, None, "OLE container with EncryptionInfo/EncryptedPackage"),
    ("encrypted", OT + "basic/encrypted.docx", None, U, None, "OLE container with EncryptionInfo/EncryptedPackage"),
    ("encrypted", MC + "inputs/rc4cryptoapi_password.doc", None, U, None, "RC4 CryptoAPI"),
    ("encrypted", MC + "inputs/rc4cryptoapi_password.xls", None, U, None, "RC4 CryptoAPI"),
    ("encrypted", MC + "inputs/rc4cryptoapi_password.ppt", None, U, None, "RC4 CryptoAPI"),
    ("encrypted", MC + "inputs/example_password.docx", None, U, None, "ECMA-376 agile encryption"),
    ("encrypted", MC + "inputs/example_password.xlsx", None, U, None, "ECMA-376 agile encryption"),
    ("encrypted", MC + "inputs/ecma376standard_password.docx", None, U, None, "ECMA-376 standard encryption"),
    ("encrypted", OT + "encrypted/autostart-encrypt-standardpassword.xls", None, M, VS, "opens with Excel's default password; VBA inside"),
    ("encrypted", OT + "encrypted/autostart-encrypt-standardpassword.xlsm", None, M, VS, "opens with Excel's default password; VBA inside"),
    ("encrypted", OT + "encrypted/autostart-encrypt-standardpassword.xlsb", None, M, VS, "opens with Excel's default password; VBA inside"),
    # ---- ooxml-harmless: ordinary OOXML/ODF files, and macro-enabled extensions holding no macros
    ("ooxml-harmless", "python_docx-1.2.0/tests/test_files/test.docx", None, [], None, ""),
    ("ooxml-harmless", OT + "msodde/harmless-clean.docx", None, [], None, ""),
    ("ooxml-harmless", MC + "outputs/example.docx", None, [], None, "the decrypted form of an encrypted test file"),
    ("ooxml-harmless", MC + "outputs/example.xlsx", None, [], None, "the decrypted form of an encrypted test file"),
    ("ooxml-harmless", "python_pptx-1.0.2/tests/test_files/test.pptx", None, [], None, ""),
    ("ooxml-harmless", "odfpy-1.4.1/tests/examples/simpletable.odt", None, [], None, ""),
    ("ooxml-harmless", "odfpy-1.4.1/tests/examples/pythagoras.ods", None, [], None, ""),
    ("ooxml-harmless", "filetype-1.2.0/tests/fixtures/sample.odp", None, [], None, ""),
    ("ooxml-harmless", OT + "msodde/harmless-clean.docm", None, [], None, "macro-enabled extension, no VBA project"),
    ("ooxml-harmless", "xlsx2csv-0.8.6/test/hyperlinks.xlsm", None, [], None, "macro-enabled extension, no VBA project"),
    ("ooxml-harmless", "xlsb_reader-2.1.0/test-data/Finance_Ledger_100_Unique_Functions.xlsb", None, [], None, "binary workbook, no VBA project or macro sheet"),
]


# --------------------------------------------------------------------------
# people and words
# --------------------------------------------------------------------------
STAFF = [
    ("Dana Whitfield", "dwhitfield"), ("Marcus Reyes", "mreyes"), ("Priya Natarajan", "pnatarajan"),
    ("Helen Okafor", "hokafor"), ("Tom Lindqvist", "tlindqvist"), ("Gloria Benton", "gbenton"),
    ("Kevin Marsh", "kmarsh"), ("Irene Castillo", "icastillo"), ("Sam Whitaker", "swhitaker"),
    ("Janet Cole", "jcole"), ("Ray Donnelly", "rdonnelly"), ("Denise Park", "dpark"),
    ("Lewis Grant", "lgrant"), ("Marisol Vega", "mvega"), ("Victor Hale", "vhale"),
    ("Nora Fitzgerald", "nfitzgerald"),
]
DOMAIN = "district.example"

WORDS = {
    "doc": [("Worksheet for Thursday", "Attached is the worksheet for Thursday."),
            ("Draft letter", "Here is the draft letter. Please mark up anything that reads oddly."),
            ("Meeting notes", "The notes from this morning's meeting are attached."),
            ("Reading list", "Attached is the reading list we talked about."),
            ("Handout", "Attached is the handout for the parent evening.")],
    "xls": [("Budget sheet", "The budget sheet is attached. Let me know if a column is missing."),
            ("Room schedule", "Attached is the room schedule for next week."),
            ("Inventory", "Here is the supply inventory from the library."),
            ("Attendance summary", "Attached is the attendance summary you asked for."),
            ("Bus routes", "The bus route sheet is attached.")],
    "ppt": [("Slides for the staff meeting", "Attached are the slides for the staff meeting."),
            ("Presentation", "Here is the presentation from the workshop."),
            ("Open house slides", "The open house slides are attached.")],
    "msg": [("Forwarded message", "Forwarding the message below as an attachment."),
            ("Message from the office", "I saved the message and attached it here.")],
    "macro-legacy": [("Gradebook tool", "Attached is the spreadsheet tool from last year."),
                     ("Presentation with buttons", "Here is the presentation with the buttons.")],
    "macro-ooxml": [("Gradebook add-in", "Attached is the add-in for the gradebook."),
                    ("Workbook with macros", "Here is the workbook that fills in the report."),
                    ("Template", "Attached is the template we use for the report.")],
    "encrypted": [("Protected file", "Attached is the file. I will tell you the password in person."),
                  ("Locked workbook", "Here is the locked copy, as requested.")],
    "ooxml-harmless": [("Document", "Attached is the document for review."),
                       ("Spreadsheet", "The spreadsheet is attached."),
                       ("Slides", "Attached are the slides.")],
}


def sha256(b):
    return hashlib.sha256(b).hexdigest()


def attachment_name(e):
    return e[2] or os.path.basename(e[1])


def ctype_of(name):
    ext = os.path.splitext(name)[1].lower()
    return CTYPES[ext]


def build():
    rng = random.Random(SEED)
    counts = {c: 0 for c in CLASSES}
    msgs, man = [], []
    base = datetime.datetime(2024, 10, 7, 7, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
    for e in ENTRIES:
        cls, path, _, expected, default_pw, note = e
        assert cls in CLASSES, cls
        counts[cls] += 1
        num = counts[cls]
        name = attachment_name(e)
        with open(os.path.join(INPUTS, path), "rb") as fh:
            data = fh.read()
        sender, rcpt = rng.sample(STAFF, 2)
        subject, body = rng.choice(WORDS[cls])
        assert not any(ch.isdigit() for ch in subject + body)
        first = sender[0].split()[0]
        text = "Hi %s,\n\n%s\n\n%s\n" % (rcpt[0].split()[0], body, first)
        msg = EmailMessage(policy=POLICY)
        msg["From"] = "%s <%s@%s>" % (sender[0], sender[1], DOMAIN)
        msg["To"] = "%s <%s@%s>" % (rcpt[0], rcpt[1], DOMAIN)
        msg["Subject"] = subject
        when = base + datetime.timedelta(days=CLASSES.index(cls), minutes=17 * num)
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = "<legacyoffice.%s.%03d@%s>" % (cls, num, DOMAIN)
        msg.set_content(text, subtype="plain", charset="us-ascii", cte="7bit")
        mt, st = ctype_of(name).split("/")
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
        for part in msg.walk():
            if part is not msg and "MIME-Version" in part:
                del part["MIME-Version"]
            if part.is_multipart():
                part.set_boundary("----=_LegacyOffice_%s_%03d" % (cls.replace("-", ""), num))
        raw = msg.as_bytes(policy=POLICY)
        fname = "%s/%03d.eml" % (cls, num)
        msgs.append((fname, raw))
        rec = {"file": fname, "class": cls, "expected": [{"kind": k} for k in expected],
               "attachment": name, "source": path, "sha256": sha256(data)}
        if cls == "encrypted":
            rec["default_password"] = default_pw
        if note:
            rec["note"] = note
        man.append(rec)
    return msgs, man


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=HERE, help="folder to write into (default: this script's folder)")
    args = ap.parse_args(argv)
    msgs, man = build()
    for cls in CLASSES:
        d = os.path.join(args.out, cls)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for fname, raw in msgs:
        with open(os.path.join(args.out, fname), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(man, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(msgs), args.out))


if __name__ == "__main__":
    main()
