"""Word, Excel and PowerPoint 97-2003 files and Outlook messages, one fixture each, with the
macro families of every Office format and the encrypted containers.

The .doc, .xls and .ppt files are written by LibreOffice (headless) from flat OpenDocument
and HTML sources here; the Outlook .msg files by the compound-file writer of
Tests/LegacyPlanted/cfbmsg.py (nothing free writes .msg). Three files are LibreOffice's
output with one field changed, each named for it: a sheet marked as an Excel 4.0 macro
sheet, a Word file with its "encrypted" flag set, and a workbook with a FILEPASS record.
Two .docx files are encrypted by msoffcrypto-tool (PyPI) with ECMA-376 agile encryption: one
with Excel's default password (VelvetSweatshop), one with another.
Run: python3 Tests/Fixtures/make_legacy.py   (needs soffice, and msoffcrypto-tool importable)"""
import datetime
import io
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from fixture_mail import message, write

HERE = Path(__file__).parent
SENT = datetime.datetime(2026, 11, 16, 14, 30, tzinfo=datetime.timezone.utc)
sys.path.insert(0, str(HERE.parent / "LegacyPlanted"))
from cfbmsg import CLSID_KEY, CLSID_MSG, Attachment, Msg, cfb_write  # noqa: E402
from compound_file import compound_streams  # noqa: E402

DOC_HTML = """<html><body><p>Dear Ms. Alvarez,</p>
<p>Your new hire packet is complete. Social Security number on file: 536-90-4399.</p>
<table border="1"><tr><td>Name</td><td>SSN</td></tr><tr><td>Dana Whitfield</td><td>287-65-4321</td></tr></table>
<p>Room 214, extension 4412. Thank you.</p></body></html>"""
HARMLESS_HTML = """<html><body><h1>Fractions worksheet</h1><p>Name: ________ Date: ________</p>
<p>1. 3/4 + 1/8 = ____</p><p>2. 2/3 of 27 = ____</p><p>Due Thursday, page 112.</p></body></html>"""

FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:number-style style:name="N1"><number:number number:min-integer-digits="3"/><number:text>-</number:text>
  <number:number number:min-integer-digits="2"/><number:text>-</number:text><number:number number:min-integer-digits="4"/></number:number-style>
 <style:style style:name="ssn" style:family="table-cell" style:data-style-name="N1"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
 <table:table table:name="New hires">
  <table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>SSN</text:p></table:table-cell>
   <table:table-cell><text:p>Card</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell><text:p>Dana Whitfield</text:p></table:table-cell>
   <table:table-cell table:style-name="ssn" office:value-type="float" office:value="287654321"><text:p>287654321</text:p></table:table-cell>
   <table:table-cell><text:p>4556 7375 8689 9855</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell><text:p>Lee Park</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>045-22-1234</text:p></table:table-cell>
   <table:table-cell><text:p>Room 12</text:p></table:table-cell></table:table-row>
 </table:table>
 <table:table table:name="Notes"><table:table-row><table:table-cell><text:p>Orientation on Monday</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document>"""

FODP = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:body><office:presentation>
 <draw:page draw:name="page1"><draw:frame svg:x="2cm" svg:y="2cm" svg:width="20cm" svg:height="3cm"><draw:text-box>
  <text:p>Field trip payments</text:p></draw:text-box></draw:frame></draw:page>
 <draw:page draw:name="page2"><draw:frame svg:x="2cm" svg:y="2cm" svg:width="20cm" svg:height="6cm"><draw:text-box>
  <text:p>Pay the deposit with the office card</text:p><text:p>Visa 4532 5260 1815 9080</text:p></draw:text-box></draw:frame>
  <presentation:notes><draw:frame svg:x="2cm" svg:y="14cm" svg:width="17cm" svg:height="10cm"><draw:text-box>
   <text:p>Backup card 5425 2334 3010 9903</text:p></draw:text-box></draw:frame></presentation:notes></draw:page>
</office:presentation></office:body></office:document>"""


def convert(source_name, source, target):
    """LibreOffice's `target` ("doc:MS Word 97", ...) of `source`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / source_name
        path.write_text(source, encoding="utf-8")
        extension = target.split(":")[0]
        subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", target,
                        "--outdir", folder, str(path)], check=True, capture_output=True, timeout=120)
        return (Path(folder) / (path.stem + "." + extension)).read_bytes()


def set_word_encrypted(doc):
    """The FIB's fEncrypted bit (0x0100 of the flags at offset 10) set."""
    at = doc.index(b"\xec\xa5")  # wIdent of the FIB, at the start of the WordDocument stream
    flags = struct.unpack_from("<H", doc, at + 10)[0] | 0x0100
    return doc[:at + 10] + struct.pack("<H", flags) + doc[at + 12:]


def mark_macro_sheet(xls, sheet_name):
    """The BOUNDSHEET record of `sheet_name` with its type byte set to 1 (Excel 4.0 macro sheet)."""
    name = bytes([len(sheet_name), 0]) + sheet_name.encode("latin-1")
    at = xls.index(b"\x85\x00")
    while True:
        length = struct.unpack_from("<H", xls, at + 2)[0]
        if xls[at + 4 + 6:at + 4 + length] == name:
            return xls[:at + 4 + 5] + b"\x01" + xls[at + 4 + 6:]
        at = xls.index(b"\x85\x00", at + 4)


def add_filepass(xls):
    """A FILEPASS record (RC4) right after the globals' BOF, as Excel writes an encrypted file."""
    at = xls.index(b"\x09\x08")  # BOF of the globals
    length = struct.unpack_from("<H", xls, at + 2)[0]
    end = at + 4 + length
    filepass = struct.pack("<HHHHH", 0x002F, 6, 1, 1, 1)[:4] + struct.pack("<HHH", 1, 1, 1)
    return xls[:end] + filepass + xls[end + len(filepass):]


def zip_package(files, mimetype=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype:
            archive.writestr(zipfile.ZipInfo("mimetype", (2026, 11, 16, 9, 30, 0)), mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 11, 16, 9, 30, 0)), data)
    return buffer.getvalue()


CT = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' \
     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' \
     '<Default Extension="xml" ContentType="application/xml"/>{}</Types>'
RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' \
       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{}"/></Relationships>'
WORD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' \
       '<w:body><w:p><w:r><w:t>Reading log for November.</w:t></w:r></w:p></w:body></w:document>'


def docm_renamed():
    """A macro-enabled Word document under a .docx name, its VBA project under another name
    that only the content types declare."""
    return zip_package({
        "[Content_Types].xml": CT.format('<Override PartName="/word/document.xml" '
                                         'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'
                                         '<Override PartName="/word/settings2.bin" ContentType="application/vnd.ms-office.vbaProject"/>'),
        "_rels/.rels": RELS.format("word/document.xml"),
        "word/document.xml": WORD,
        "word/settings2.bin": cfb_write({"VBA": {"dir": b"\x01" * 64, "_VBA_PROJECT": b"\xcc\x61" + b"\0" * 5}}),
    })


def docm_without_vba():
    """A macro-enabled document type with no VBA project: no macros to run."""
    return zip_package({
        "[Content_Types].xml": CT.format('<Override PartName="/word/document.xml" '
                                         'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'),
        "_rels/.rels": RELS.format("word/document.xml"),
        "word/document.xml": WORD,
    })


def docm_with_vba():
    return zip_package({
        "[Content_Types].xml": CT.format('<Override PartName="/word/document.xml" '
                                         'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'),
        "_rels/.rels": RELS.format("word/document.xml"),
        "word/document.xml": WORD,
        "word/vbaProject.bin": cfb_write({"VBA": {"dir": b"\x01" * 64, "_VBA_PROJECT": b"\xcc\x61" + b"\0" * 5}}),
    })


def xlsm_with_macro_sheet():
    workbook = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                '<sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="Macro1" sheetId="2" state="hidden" r:id="rId2"/></sheets>'
                '<definedNames><definedName name="_xlnm.Auto_Open">Macro1!$A$1</definedName></definedNames></workbook>')
    return zip_package({
        "[Content_Types].xml": CT.format(''),
        "_rels/.rels": RELS.format("xl/workbook.xml"),
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                                      '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" Target="macrosheets/sheet1.xml"/>'
                                      '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Budget</t></is></c></row></sheetData></worksheet>',
        "xl/macrosheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><xm:macrosheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                     'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData><row r="1"><c r="A1">'
                                     '<f>EXEC("calc.exe")</f></c></row><row r="2"><c r="A2"><f>HALT()</f></c></row></sheetData></xm:macrosheet>',
    })


def ods_with_basic():
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="Basic/Standard/Module1.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               '<office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row><table:table-cell><text:p>Lunch count</text:p>'
               '</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
    module = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">'
              '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">'
              'Sub Main\n  Shell("calc")\nEnd Sub</script:module>')
    return zip_package({
        "META-INF/manifest.xml": manifest,
        "content.xml": content,
        "Basic/script-lc.xml": '<?xml version="1.0" encoding="UTF-8"?><library:libraries xmlns:library="http://openoffice.org/2000/library"/>',
        "Basic/Standard/script-lb.xml": '<?xml version="1.0" encoding="UTF-8"?><library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard"/>',
        "Basic/Standard/Module1.xml": module,
    }, mimetype="application/vnd.oasis.opendocument.spreadsheet")


def encrypted_ooxml():
    """The compound file Office 2007 writes around an encrypted .docx (ECMA-376 standard
    encryption, version 3.2): EncryptionInfo and EncryptedPackage."""
    return cfb_write({"EncryptionInfo": b"\x03\x00\x02\x00\x24\x00\x00\x00" + b"\0" * 200, "EncryptedPackage": b"\x00\x10" + b"\x5a" * 5000})


def msg_with_word_object(doc):
    """An Outlook message with a Word document inserted as an object (its streams in the
    attachment's storage, not a file)."""
    placeholder = Msg(subject="", body="", sender=("Office", "office@district.example"), to=[], date=SENT)
    message = Msg(subject="Letter inside", body="The letter is inserted below.", sender=("Office", "office@district.example"),
                  to=[("Pat", "pat.teacher@district.example")], date=SENT, attachments=[Attachment("letter.doc", embedded=placeholder)])
    tree = message._storage(top=True)
    tree["__attach_version1.0_#00000000"]["__substg1.0_3701000D"] = dict(compound_streams(doc))
    tree[CLSID_KEY] = CLSID_MSG
    return cfb_write(tree)


def encrypted_docx(password):
    """A .docx holding the SSN, encrypted by msoffcrypto-tool (agile) with `password`."""
    import msoffcrypto.format.ooxml
    plain = zip_package({
        "[Content_Types].xml": CT.format('<Override PartName="/word/document.xml" '
                                         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'),
        "_rels/.rels": RELS.format("word/document.xml"),
        "word/document.xml": WORD.replace("Reading log for November.", "Benefits form: SSN 536-90-4399"),
        # Over 4096 bytes, so the package lies in the file's regular sectors (msoffcrypto-tool
        # writes a package in the mini stream that it cannot read back itself).
        "docProps/custom.xml": "<Properties>" + "<!-- open enrollment -->" * 400 + "</Properties>",
    })
    encrypted = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(plain)).encrypt(password, encrypted)
    return encrypted.getvalue()


def doc_with_vba(doc):
    """The letter with a Word VBA project beside its text (`Macros/VBA`, as Word 97-2003 stores it)."""
    streams = dict(compound_streams(doc))
    streams["Macros"] = {"VBA": {"dir": b"\x01" * 64, "_VBA_PROJECT": b"\xcc\x61" + b"\0" * 5, "ThisDocument": b"\0" * 32},
                         "PROJECT": b'ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisDocument/&H00000000\r\n'}
    return cfb_write(streams)


def main():
    doc = convert("letter.html", DOC_HTML, "doc:MS Word 97")
    harmless = convert("worksheet.html", HARMLESS_HTML, "doc:MS Word 97")
    xls = convert("hires.fods", FODS, "xls:MS Excel 97")
    ppt = convert("trip.fodp", FODP, "ppt:MS PowerPoint 97")
    word, excel, slides, outlook = "msword", "vnd.ms-excel", "vnd.ms-powerpoint", "vnd.ms-outlook"
    note = Msg(subject="Form for Dana, SSN 212-67-4532", body="Hi,\r\nHer card on file is 4556 7375 8689 9855.\r\nThanks",
               sender=("Office", "office@district.example"), to=[("Pat", "pat.teacher@district.example")], date=SENT,
               attachments=[Attachment("hire.doc", doc, "application/msword")])
    forward = Msg(subject="Fwd: macro form", body="See the attached form.", sender=("Office", "office@district.example"),
                  to=[("Pat", "pat.teacher@district.example")], date=SENT,
                  attachments=[Attachment("form.docm", docm_with_vba(), "application/vnd.ms-word.document.macroEnabled.12")])
    outer = Msg(subject="Fwd: forms", body="Two levels down.", sender=("Office", "office@district.example"),
                to=[("Pat", "pat.teacher@district.example")], date=SENT,
                attachments=[Attachment("inner.msg", embedded=note)])
    fixtures = {
        "legacy-doc-ssn.eml": ("New hire letter", [("letter.doc", doc, "application", word)]),
        "legacy-doc-vba.eml": ("Letter with a macro", [("letter.doc", doc_with_vba(doc), "application", word)]),
        "legacy-doc-harmless.eml": ("Worksheet", [("worksheet.doc", harmless, "application", word)]),
        "legacy-doc-encrypted.eml": ("Locked letter", [("locked.doc", set_word_encrypted(doc), "application", word)]),
        "legacy-xls-roster.eml": ("New hires", [("hires.xls", xls, "application", excel)]),
        "legacy-xls-xlm.eml": ("Budget", [("budget.xls", mark_macro_sheet(xls, "Notes"), "application", excel)]),
        "legacy-xls-encrypted.eml": ("Locked budget", [("locked.xls", add_filepass(xls), "application", excel)]),
        "legacy-ppt-card.eml": ("Trip slides", [("trip.ppt", ppt, "application", slides)]),
        "legacy-msg-ssn.eml": ("Forwarded form", [("form.msg", note.to_bytes(), "application", outlook)]),
        "legacy-msg-docm.eml": ("Forwarded macro form", [("macro.msg", forward.to_bytes(), "application", outlook)]),
        "legacy-msg-nested.eml": ("Forwarded twice", [("forms.msg", outer.to_bytes(), "application", outlook)]),
        "legacy-msg-word-object.eml": ("Letter inside", [("letter.msg", msg_with_word_object(doc), "application", outlook)]),
        "legacy-docx-renamed-docm.eml": ("Reading log", [("log.docx", docm_renamed(), "application",
                                                         "vnd.openxmlformats-officedocument.wordprocessingml.document")]),
        "legacy-docm-without-vba.eml": ("Reading log draft", [("log.docm", docm_without_vba(), "application", "vnd.ms-word.document.macroEnabled.12")]),
        "legacy-xlsm-xlm.eml": ("Budget sheet", [("budget.xlsm", xlsm_with_macro_sheet(), "application", "vnd.ms-excel.sheet.macroEnabled.12")]),
        "legacy-ods-basic.eml": ("Lunch count", [("lunch.ods", ods_with_basic(), "application", "vnd.oasis.opendocument.spreadsheet")]),
        "legacy-docx-default-password.eml": ("Benefits form", [("benefits.docx", encrypted_docx("VelvetSweatshop"), "application",
                                                                "vnd.openxmlformats-officedocument.wordprocessingml.document")]),
        "legacy-docx-real-password.eml": ("Benefits form locked", [("benefits.docx", encrypted_docx("Falcon-2026"), "application",
                                                                     "vnd.openxmlformats-officedocument.wordprocessingml.document")]),
        "legacy-docx-encrypted.eml": ("Locked report", [("report.docx", encrypted_ooxml(), "application",
                                                         "vnd.openxmlformats-officedocument.wordprocessingml.document")]),
    }
    for name, (subject, attachments) in fixtures.items():
        write(HERE, name, message(subject, "Attached.\n", attachments))


if __name__ == "__main__":
    main()
