#!/usr/bin/env python3
"""Builds hostile messages: crafted spreadsheets, zip archives and bombs, XML entity tricks,
UTF-32 text, unpadded base64, extreme MIME structures and broken PDFs. Standard library only;
every file is built here, byte by byte where a library would refuse to write it.

    python3 make_hostile.py OUTPUT_DIR [NAME...]

writes one .eml per case (only the NAMEd ones, when given) and cases.json (name, file, description, planted) into OUTPUT_DIR,
which must lie outside the repository. `planted` is true when the message carries the SSN
536-90-4399 where a person could read it (a body, a subject, an attachment, an archive
member); such a message must never be accepted unread. The bombs are small on disk (the
whole directory is about 60 MB) and the run takes well under 30 s."""
import base64
import bz2
import datetime
import email
import gzip
import io
import json
import lzma
import struct
import sys
import tarfile
import zipfile
import zlib
from pathlib import Path

SSN = "536-90-4399"
CANARY_PATH = "/tmp/mailguard-xxe-secret.txt"
FROM = "Pat Teacher <pat.teacher@district.example>"
TO = "Office <office@district.example>"
GIB = 1 << 30
MIB = 1 << 20
FILLER = "returned the permission slip for the museum trip "  # no digits

CASES = []  # (name, description, planted, builder); builder() -> bytes of the .eml


def case(name, description, planted):
    def register(builder):
        CASES.append((name, description, planted, builder))
        return builder
    return register


# ---- messages -------------------------------------------------------------------------------

def head(subject, name, extra=""):
    return (f"From: {FROM}\r\nTo: {TO}\r\nSubject: {subject}\r\nDate: Mon, 16 Nov 2026 09:30:00 -0500\r\n"
            f"Message-ID: <{name}@hostile.district.example>\r\nMIME-Version: 1.0\r\n{extra}")


def b64lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76)) + b"\r\n"


def text_message(name, subject, body: bytes, content_type="text/plain; charset=utf-8", encoding="7bit", extra=""):
    top = head(subject, name, extra) + f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n"
    return top.encode("latin-1") + body


def attachment_message(name, subject, filename, data: bytes, content_type="application/octet-stream"):
    top = head(subject, name, 'Content-Type: multipart/mixed; boundary="=_hostile"\r\n') + "\r\n"
    part = (f"--=_hostile\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee attached.\r\n"
            f'--=_hostile\r\nContent-Type: {content_type}; name="{filename}"\r\n'
            f'Content-Disposition: attachment; filename="{filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n')
    return (top + part).encode() + b64lines(data) + b"--=_hostile--\r\n"


# ---- zip archives written field by field ------------------------------------------------------

class RawZip:
    """A zip archive whose every header field can lie. Members are (name, stored bytes, fields);
    fields override the true values: method, crc, csize, usize, local_extra, central_extra,
    version, and `damage`, a function applied to the finished local header."""

    def __init__(self):
        self.out = io.BytesIO()
        self.central = []

    def add(self, name, stored: bytes, *, method=0, crc=None, usize=None, csize=None, local_extra=b"",
            central_extra=None, version=20, damage=None, offset=None):
        name_bytes = name.encode()
        crc = zlib.crc32(stored) if crc is None and method == 0 else crc
        usize = len(stored) if usize is None else usize
        csize = len(stored) if csize is None else csize
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, version, 0, method, 0, 0x5A21, crc,
                            min(csize, 0xFFFFFFFF), min(usize, 0xFFFFFFFF), len(name_bytes), len(local_extra))
        local += name_bytes + local_extra
        if damage:
            local = damage(local)
        start = self.out.tell()
        self.out.write(local + stored)
        central_extra = local_extra if central_extra is None else central_extra
        self.central.append(struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, version, version, 0, method, 0, 0x5A21, crc,
            min(csize, 0xFFFFFFFF), min(usize, 0xFFFFFFFF), len(name_bytes), len(central_extra), 0, 0, 0, 0,
            min(start if offset is None else offset, 0xFFFFFFFF)) + name_bytes + central_extra)

    def add_deflated(self, name, data: bytes, **fields):
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        self.add(name, packer.compress(data) + packer.flush(), method=8, crc=zlib.crc32(data),
                 usize=fields.pop("usize", len(data)), **fields)

    def bytes(self):
        start = self.out.tell()
        directory = b"".join(self.central)
        count = len(self.central)
        zip64 = b""
        if count >= 0xFFFF:  # past the 16-bit counts: a ZIP64 end record and its locator
            zip64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(directory), start)
            zip64 += struct.pack("<IIQI", 0x07064B50, 0, start + len(directory), 1)
        end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, min(count, 0xFFFF), min(count, 0xFFFF), len(directory), start, 0)
        return self.out.getvalue() + directory + zip64 + end


def zipped(members, compression=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for member, data in members:
            archive.writestr(member, data)
    return out.getvalue()


def zip64_extra(*values):
    return struct.pack("<HH", 0x0001, 8 * len(values)) + b"".join(struct.pack("<Q", v) for v in values)


ROSTER = f"Student,SSN,Room\r\nAnn Lee,{SSN},104\r\n".encode()
NOTES = b"Field trip forms are due Friday.\r\n"


# ---- deflate streams too large to hold: built once, spliced ----------------------------------

_spaces = {}


def deflated_spaces(count):
    """Raw deflate blocks (not final, ending on a full flush) of `count` spaces. A full flush
    empties the window, so the blocks can be spliced between other deflate streams."""
    if count not in _spaces:
        packer, chunk = zlib.compressobj(9, zlib.DEFLATED, -15), b" " * MIB
        parts = [packer.compress(chunk) for _ in range(count // MIB)]
        parts.append(packer.flush(zlib.Z_FULL_FLUSH))
        _spaces[count] = b"".join(parts)
    return _spaces[count]


def deflate_around(prefix: bytes, count, suffix: bytes, zlib_wrapper=False):
    """A deflate stream of prefix + `count` spaces + suffix (count a multiple of 1 MiB), and the
    CRC-32 of what it inflates to. zlib_wrapper: with zlib's header and Adler-32 (FlateDecode)."""
    first = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = first.compress(prefix) + first.flush(zlib.Z_FULL_FLUSH) + deflated_spaces(count) + last.compress(suffix) + last.flush()
    chunk, crc, adler = b" " * MIB, zlib.crc32(prefix), zlib.adler32(prefix)
    for _ in range(count // MIB):
        crc, adler = zlib.crc32(chunk, crc), (zlib.adler32(chunk, adler) if zlib_wrapper else adler)
    crc, adler = zlib.crc32(suffix, crc), zlib.adler32(suffix, adler)
    if zlib_wrapper:
        raw = b"\x78\xda" + raw + struct.pack(">I", adler)
    return raw, crc


# ---- Office documents --------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def docx_parts(document_xml):
    return [
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", document_xml),
    ]


def docx(body_xml, doctype="", compression=zipfile.ZIP_DEFLATED):
    document = f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document {W}><w:body>{body_xml}</w:body></w:document>'
    return zipped(docx_parts(document), compression)


def paragraph(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def workbook(sheet_data, shared=(f"SSN {SSN}",), doctype="", compression=zipfile.ZIP_DEFLATED):
    strings = "".join(f"<si><t>{s}</t></si>" for s in shared)
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
        ("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/styles.xml", '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>'),
        ("xl/sharedStrings.xml", f'<?xml version="1.0"?>{doctype}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{strings}</sst>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         f'<sheetData>{sheet_data}</sheetData></worksheet>'),
    ], compression)


def xlsx_case(name, sheet_data, **kw):
    return attachment_message(name, "Roster", "roster.xlsx", workbook(sheet_data, **kw), XLSX_TYPE)


@case("xlsx-column-21-letters", "xlsx cell r=AAAAAAAAAAAAAAAAAAAAA1 (21-letter column) showing the SSN through a shared string", True)
def _():
    return xlsx_case("xlsx-column-21-letters", '<row r="1"><c r="AAAAAAAAAAAAAAAAAAAAA1" t="s"><v>0</v></c></row>')


@case("xlsx-column-xfe", "xlsx cell r=XFE1, one column past Excel's last, showing the SSN through a shared string", True)
def _():
    return xlsx_case("xlsx-column-xfe", '<row r="1"><c r="XFE1" t="s"><v>0</v></c></row>')


@case("xlsx-shared-string-minus-1", "xlsx cell with shared-string index -1; the shared string holds the SSN", True)
def _():
    return xlsx_case("xlsx-shared-string-minus-1", '<row r="1"><c r="A1" t="s"><v>-1</v></c></row>')


@case("xlsx-shared-string-2-pow-64", "xlsx cell with shared-string index 18446744073709551616 (past Int64 and UInt64)", True)
def _():
    return xlsx_case("xlsx-shared-string-2-pow-64", '<row r="1"><c r="A1" t="s"><v>18446744073709551616</v></c></row>')


@case("xlsx-row-99999999999", "xlsx row r=99999999999 (cell A99999999999) showing the SSN through a shared string", True)
def _():
    return xlsx_case("xlsx-row-99999999999", '<row r="99999999999"><c r="A99999999999" t="s"><v>0</v></c></row>')


@case("xlsx-row-0", "xlsx row r=0 (cell A0) showing the SSN through a shared string", True)
def _():
    return xlsx_case("xlsx-row-0", '<row r="0"><c r="A0" t="s"><v>0</v></c></row>')


# ---- zip archives --------------------------------------------------------------------------------

def zip_case(name, data, filename="files.zip"):
    return attachment_message(name, "Files", filename, data, "application/zip")


@case("zip64-compressed-size-2-pow-64", "zip member whose ZIP64 extra field claims a compressed size of 2^64-16 (stored roster with the SSN)", True)
def _():
    z = RawZip()
    z.add("roster.csv", ROSTER, usize=0xFFFFFFFF, csize=0xFFFFFFFF, version=45,
          crc=zlib.crc32(ROSTER), local_extra=zip64_extra(len(ROSTER), 2**64 - 16))
    return zip_case("zip64-compressed-size-2-pow-64", z.bytes())


@case("zip64-uncompressed-size-2-pow-64", "zip member whose ZIP64 extra field claims an uncompressed size of 2^64-1", True)
def _():
    z = RawZip()
    z.add("roster.csv", ROSTER, usize=0xFFFFFFFF, csize=0xFFFFFFFF, version=45,
          crc=zlib.crc32(ROSTER), local_extra=zip64_extra(2**64 - 1, len(ROSTER)))
    return zip_case("zip64-uncompressed-size-2-pow-64", z.bytes())


@case("zip64-offset-2-pow-64", "zip central directory whose ZIP64 extra puts the member's local header at offset 2^64-30", True)
def _():
    z = RawZip()
    z.add("roster.csv", ROSTER, offset=0xFFFFFFFF, version=45, central_extra=zip64_extra(2**64 - 30))
    return zip_case("zip64-offset-2-pow-64", z.bytes())


@case("zip-damaged-second-local-header", "zip: first member clean, second member's local header signature destroyed; central directory intact; the second is a CSV with the SSN", True)
def _():
    z = RawZip()
    z.add_deflated("notes.txt", NOTES)
    z.add_deflated("roster.csv", ROSTER, damage=lambda h: b"\0\0\0\0" + h[4:])
    return zip_case("zip-damaged-second-local-header", z.bytes())


@case("zip-damaged-second-local-lengths", "zip: second member's local header claims name and extra lengths of 65535 (data offset past the end); central directory intact", True)
def _():
    z = RawZip()
    z.add_deflated("notes.txt", NOTES)
    z.add_deflated("roster.csv", ROSTER, damage=lambda h: h[:26] + b"\xff\xff\xff\xff" + h[30:])
    return zip_case("zip-damaged-second-local-lengths", z.bytes())


@case("zip-compressed-size-too-small", "zip member (deflated CSV with the SSN) whose compressed size says 10 bytes, local header and central directory alike", True)
def _():
    z = RawZip()
    z.add_deflated("roster.csv", ROSTER * 3, csize=10)
    return zip_case("zip-compressed-size-too-small", z.bytes())


@case("zip-compressed-size-too-large", "zip member (deflated CSV with the SSN) whose compressed size says 2 GB, past the end of the archive", True)
def _():
    z = RawZip()
    z.add_deflated("roster.csv", ROSTER * 3, csize=0x7FFFFFFF)
    return zip_case("zip-compressed-size-too-large", z.bytes())


@case("zip-bomb-ratio-1gib", "zip: one member of 1 GiB of zeros deflated to about 1 MB (ZIP64), then a CSV with the SSN", True)
def _():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("zeros.bin", "w", force_zip64=True) as member:
            chunk = bytes(MIB)
            for _ in range(GIB // MIB):
                member.write(chunk)
        archive.writestr("roster.csv", ROSTER)
    return zip_case("zip-bomb-ratio-1gib", out.getvalue())


@case("zip-bomb-100k-members", "zip with 100,000 one-byte members; the last one is a CSV with the SSN", True)
def _():
    z = RawZip()
    for index in range(99_999):
        z.add(f"{index:x}", b"x")
    z.add("roster.csv", ROSTER)
    return zip_case("zip-bomb-100k-members", z.bytes())


@case("zip-nested-20-deep", "zip inside zip, 20 levels, a CSV with the SSN at the bottom", True)
def _():
    data = zipped([("roster.csv", ROSTER)])
    for level in range(19, 0, -1):
        data = zipped([(f"level-{level}.zip", data)])
    return zip_case("zip-nested-20-deep", data)


@case("docx-bomb-lying-size", "docx whose word/document.xml declares 4 KiB but inflates to 1 GiB of spaces, the SSN in a paragraph after them", True)
def _():
    prefix = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body><w:p><w:r><w:t xml:space="preserve">'.encode()
    suffix = f"</w:t></w:r></w:p>{paragraph('SSN ' + SSN)}</w:body></w:document>".encode()
    raw, crc = deflate_around(prefix, GIB, suffix)
    z = RawZip()
    for member, xml in docx_parts("")[:2]:
        z.add_deflated(member, xml.encode())
    z.add("word/document.xml", raw, method=8, crc=crc, usize=4096)
    return attachment_message("docx-bomb-lying-size", "Letter", "letter.docx", z.bytes(), DOCX_TYPE)


@case("xlsx-control", "a valid xlsx, the SSN in cell A2 through a shared string: positive control for the workbook builder", True)
def _():
    return xlsx_case("xlsx-control", '<row r="1"><c r="A1" t="inlineStr"><is><t>Notes</t></is></c></row>'
                                     '<row r="2"><c r="A2" t="s"><v>0</v></c></row>')


@case("docx-control", "a valid docx with the SSN in a paragraph: positive control for the document builder", True)
def _():
    return attachment_message("docx-control", "Letter", "letter.docx", docx(paragraph(f"SSN {SSN}")), DOCX_TYPE)


# ---- XML entities --------------------------------------------------------------------------------

LAUGHS = ('<!DOCTYPE w:document [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">' for i in range(1, 10)) + "]>")
QUADRATIC = '<!DOCTYPE w:document [<!ENTITY a "' + "a" * 50_000 + '">]>'
XXE = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{CANARY_PATH}">]>'


@case("docx-billion-laughs", "docx whose word/document.xml expands &lol9; (10^9 'lol') in its text, then a paragraph with the SSN", True)
def _():
    return attachment_message("docx-billion-laughs", "Letter", "letter.docx",
                              docx(paragraph("&lol9;") + paragraph(f"SSN {SSN}"), LAUGHS, zipfile.ZIP_STORED), DOCX_TYPE)


@case("docx-quadratic-blowup", "docx whose word/document.xml references a 50,000-character entity 50,000 times (2.5 GB), then the SSN", True)
def _():
    return attachment_message("docx-quadratic-blowup", "Letter", "letter.docx",
                              docx(paragraph("&a;" * 50_000) + paragraph(f"SSN {SSN}"), QUADRATIC, zipfile.ZIP_STORED), DOCX_TYPE)


@case("xlsx-billion-laughs", "xlsx whose sharedStrings.xml expands &lol9; in a string, the SSN in another", True)
def _():
    return xlsx_case("xlsx-billion-laughs", '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
                     shared=("&lol9;", f"SSN {SSN}"), doctype=LAUGHS.replace("w:document", "sst"), compression=zipfile.ZIP_STORED)


@case("docx-xxe-file", f"docx whose word/document.xml references an external entity file://{CANARY_PATH} in its text, then the SSN", True)
def _():
    return attachment_message("docx-xxe-file", "Letter", "letter.docx",
                              docx(paragraph("Secret: &x;") + paragraph(f"SSN {SSN}"), XXE), DOCX_TYPE)


@case("xlsx-quadratic-blowup", "xlsx whose sharedStrings.xml references a 50,000-character entity 50,000 times, the SSN in another string", True)
def _():
    return xlsx_case("xlsx-quadratic-blowup", '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
                     shared=("&a;" * 50_000, f"SSN {SSN}"), doctype=QUADRATIC.replace("w:document", "sst"),
                     compression=zipfile.ZIP_STORED)


@case("xlsx-xxe-file", f"xlsx whose sharedStrings.xml references an external entity file://{CANARY_PATH}, the SSN in another string", True)
def _():
    return xlsx_case("xlsx-xxe-file", '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
                     shared=("Secret: &x;", f"SSN {SSN}"), doctype=XXE.replace("w:document", "sst"))


@case("docx-xxe-external-dtd", f"docx whose word/document.xml names {CANARY_PATH} as its external DTD, then the SSN", True)
def _():
    return attachment_message("docx-xxe-external-dtd", "Letter", "letter.docx",
                              docx(paragraph(f"SSN {SSN}"), f'<!DOCTYPE w:document SYSTEM "file://{CANARY_PATH}">'), DOCX_TYPE)


# ---- charsets and encodings ----------------------------------------------------------------------

LETTER = f"Student record\r\nSSN {SSN}\r\nPlease keep on file.\r\n"


def utf32_case(name, data, charset):
    content_type = "text/plain" + (f"; charset={charset}" if charset else "")
    return text_message(name, "Student record", b64lines(data), content_type, "base64")


@case("utf-32le-bom", "text/plain in UTF-32LE with its BOM (FF FE 00 00, which starts like UTF-16LE's), charset=utf-32", True)
def _():
    return utf32_case("utf-32le-bom", b"\xff\xfe\0\0" + LETTER.encode("utf-32-le"), "utf-32")


@case("utf-32be-bom", "text/plain in UTF-32BE with its BOM (00 00 FE FF), charset=utf-32", True)
def _():
    return utf32_case("utf-32be-bom", b"\0\0\xfe\xff" + LETTER.encode("utf-32-be"), "utf-32")


@case("utf-32le-no-bom", "text/plain in UTF-32LE without BOM, charset=utf-32le", True)
def _():
    return utf32_case("utf-32le-no-bom", LETTER.encode("utf-32-le"), "utf-32le")


@case("utf-32be-no-bom", "text/plain in UTF-32BE without BOM, charset=utf-32be", True)
def _():
    return utf32_case("utf-32be-no-bom", LETTER.encode("utf-32-be"), "utf-32be")


@case("utf-32le-bom-undeclared", "text/plain in UTF-32LE with BOM and no charset parameter", True)
def _():
    return utf32_case("utf-32le-bom-undeclared", b"\xff\xfe\0\0" + LETTER.encode("utf-32-le"), None)


@case("utf-32le-bom-declared-utf-8", "text/plain in UTF-32LE with BOM, declared charset=utf-8 (the BOM should win)", True)
def _():
    return utf32_case("utf-32le-bom-declared-utf-8", b"\xff\xfe\0\0" + LETTER.encode("utf-32-le"), "utf-8")


def unpadded(text, missing):
    encoded = base64.b64encode(text.encode()).decode()
    assert encoded.endswith("=" * missing) and not encoded.endswith("=" * (missing + 1)), text
    return encoded.rstrip("=")


@case("rfc2047-b-unpadded-2", "Subject 'Re: SSN 536-90-4399' as an RFC 2047 base64 word missing its final '=='", True)
def _():
    return text_message("rfc2047-b-unpadded-2", f"=?utf-8?b?{unpadded('Re: SSN ' + SSN, 2)}?=", b"See subject.\r\n")


@case("rfc2047-b-unpadded-1", "Subject 'Fwd: SSN 536-90-4399' as an RFC 2047 base64 word missing its final '='", True)
def _():
    return text_message("rfc2047-b-unpadded-1", f"=?utf-8?b?{unpadded('Fwd: SSN ' + SSN, 1)}?=", b"See subject.\r\n")


def unpadded_body(name, text, missing):
    encoded = unpadded(text, missing)
    lines = "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))
    return text_message(name, "Benefits form", lines.encode() + b"\r\n", encoding="base64")


@case("base64-body-unpadded-2", "text/plain body in base64 missing its final '==', the text ending in the SSN", True)
def _():
    return unpadded_body("base64-body-unpadded-2", f"Hello,\r\n\r\nFor the benefits form, the SSN {SSN}", 2)


@case("base64-body-unpadded-1", "text/plain body in base64 missing its final '=', the text ending in the SSN", True)
def _():
    return unpadded_body("base64-body-unpadded-1", f"Hello,\r\n\r\nFor the benefits form SSN {SSN}", 1)


# ---- MIME structure --------------------------------------------------------------------------------

@case("multipart-1000-deep", "multipart/mixed nested 1,000 deep, the SSN in the innermost text part", True)
def _():
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(1000))
    closing = "".join(f"\r\n--b{i}--\r\n" for i in range(999, -1, -1))
    inner = f"Content-Type: text/plain; charset=utf-8\r\n\r\nSSN {SSN}\r\n"
    return (head("Deep", "multipart-1000-deep") + opening + inner + closing).encode()


@case("rfc822-1000-deep", "message/rfc822 nested 1,000 deep, the SSN in the innermost body", True)
def _():
    levels = [head(f"Fwd {i}", f"rfc822-{i}", "Content-Type: message/rfc822\r\n") + "\r\n" for i in range(1000)]
    inner = head("Original", "rfc822-inner", "Content-Type: text/plain; charset=utf-8\r\n") + f"\r\nSSN {SSN}\r\n"
    return ("".join(levels) + inner).encode()


@case("multipart-100k-parts", "one multipart/mixed with 100,000 text parts, the SSN in the last", True)
def _():
    parts = "--p\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 99_999
    last = f"--p\r\nContent-Type: text/plain\r\n\r\nSSN {SSN}\r\n--p--\r\n"
    return (head("Parts", "multipart-100k-parts", 'Content-Type: multipart/mixed; boundary="p"\r\n') + "\r\n" + parts + last).encode()


@case("header-line-10mb", "a Subject header on one 10 MB line, the SSN in its middle", True)
def _():
    half = (FILLER * (5 * MIB // len(FILLER) + 1))[:5 * MIB]
    return text_message("header-line-10mb", f"{half} SSN {SSN} {half}", b"See subject.\r\n")


@case("cc-50k-display-names", "a Cc header of 50,000 named addresses on one line, the SSN in the last display name", True)
def _():
    names = ", ".join(f'"Student {i}" <s{i}@district.example>' for i in range(50_000))
    return text_message("cc-50k-display-names", "Class list", b"See Cc.\r\n", extra=f'Cc: {names}, "SSN {SSN}" <last@district.example>\r\n')


@case("headers-50k", "50,000 header fields before the body, the SSN in the body", True)
def _():
    many = "".join(f"X-Filler-{i}: {FILLER}\r\n" for i in range(50_000))
    return text_message("headers-50k", "Many headers", f"SSN {SSN}\r\n".encode(), extra=many)


@case("boundaries-unclosed", "multipart/mixed holding multipart/alternative, neither boundary ever closed; the SSN in the part after the last opened boundary", True)
def _():
    body = ("\r\n--outer\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
            "--outer\r\nContent-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n"
            "--inner\r\nContent-Type: text/plain\r\n\r\nfirst\r\n"
            f"--inner\r\nContent-Type: text/plain\r\n\r\nSSN {SSN}\r\n")
    return (head("Unclosed", "boundaries-unclosed", 'Content-Type: multipart/mixed; boundary="outer"\r\n') + body).encode()


@case("nul-bytes", "NUL bytes in the Subject and an X- header and in an 8bit body, right around the SSN", True)
def _():
    top = head(f"Roster\0 SSN \0{SSN}\0 ok", "nul-bytes", "X-Note: a\0b\0c\r\n")
    body = f"Student file\0\0 SSN \0{SSN}\0 end\0\r\n"
    return (top + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body).encode()


@case("html-1m-nested-divs", "text/html with 1,000,000 nested <div> elements, the SSN in the innermost", True)
def _():
    opening = ("<div>" * 100 + "\r\n") * 10_000
    closing = ("</div>" * 100 + "\r\n") * 10_000
    body = f"<html><body>\r\n{opening}SSN {SSN}\r\n{closing}</body></html>\r\n"
    return text_message("html-1m-nested-divs", "Newsletter", body.encode(), "text/html; charset=utf-8")


@case("text-200k-one-column-tab-lines", "text body of 200,000 lines 'x<TAB>' (one filled column: never a table, every line a start), then the SSN", True)
def _():
    return text_message("text-200k-one-column-tab-lines", "Export", b"x\t\r\n" * 200_000 + f"SSN {SSN}\r\n".encode())


@case("text-120k-lines-aligned-in-pairs", "text body of 120,000 lines aligned in two columns two at a time (never three rows), then the SSN", True)
def _():
    return text_message("text-120k-lines-aligned-in-pairs", "Report", b"ab  cd\r\nef  gh\r\n\r\n" * 40_000 + f"SSN {SSN}\r\n".encode())


@case("csv-line-10mb", "CSV attachment whose one data row is a single 10 MB line (8bit), the SSN in its middle", True)
def _():
    half = (FILLER * (5 * MIB // len(FILLER) + 1))[:5 * MIB]
    return csv_message("csv-line-10mb", f"Student,Notes\r\nAnn Lee,{half} SSN {SSN} {half}\r\n")


@case("text-one-line-100k-named-addresses", "text body of one 3 MB line: 100,000 names each with a different street address, no sentence ever ends; then the SSN", True)
def _():
    line = "".join(f"Ann Lee at {i + 1} Elm St, " for i in range(100_000)).encode()
    return text_message("text-one-line-100k-named-addresses", "List", line + f"\r\nSSN {SSN}\r\n".encode(), encoding="8bit")


@case("text-conduct-view-worst", "text body of 3 MB for the conduct view: spaced single letters, dotted letters, runs of one letter 100,000 long, leetspeak and masks, no line ends; then the SSN", True)
def _():
    body = ("f u c k " * 100_000 + "s.h.i.t." * 50_000 + "a" * 100_000 + " " + "$h1t f*ck k1ll y0u " * 50_000 + "ø" * 50_000).encode()
    return text_message("text-conduct-view-worst", "Vent", body + f"\r\nSSN {SSN}\r\n".encode(), encoding="8bit")


@case("text-1m-zero-width", "text body of 1,000,000 zero-width spaces, then the SSN with a zero-width space inside it", True)
def _():
    body = "\u200b" * 1_000_000 + "\r\nSSN 536-90-\u200b4399\r\n"
    return text_message("text-1m-zero-width", "Spacing", body.encode(), encoding="8bit")


@case("text-1m-bidi-overrides", "text body of 1,000,000 right-to-left overrides and pops in turn around digits, then the SSN under one override", True)
def _():
    body = "\u202e12\u202c" * 1_000_000 + "\r\nSSN \u202e9934-09-635\u202c\r\n"
    return text_message("text-1m-bidi-overrides", "Order", body.encode(), encoding="8bit")


@case("text-1m-spaced-digits", "text body of one line of 1,000,000 single digits parted by spaces, then the SSN written digit by digit", True)
def _():
    body = " ".join(str(i % 10) for i in range(1_000_000)) + "\r\nSSN: 5 3 6 - 9 0 - 4 3 9 9\r\n"
    return text_message("text-1m-spaced-digits", "Digits", body.encode(), encoding="8bit")


@case("text-1m-spelled-digits", "text body of 1,000,000 spelled digit words, then an SSN spelled out after its label", True)
def _():
    words = ["one", "two", "three", "oh", "nine"]
    body = " ".join(words[i % 5] for i in range(1_000_000)) + ".\r\nMy SSN is five three six nine oh four three nine nine\r\n"
    return text_message("text-1m-spelled-digits", "Words", body.encode(), encoding="8bit")


@case("text-500k-digit-pairs", "text body of one line of 500,000 two-digit groups parted by spaces (never a number, each a start), then the SSN", True)
def _():
    body = " ".join(f"{i % 90 + 10}" for i in range(500_000)) + f"\r\nSSN {SSN}\r\n"
    return text_message("text-500k-digit-pairs", "Pairs", body.encode(), encoding="8bit")


@case("text-spelled-dash-padding", "text body of 2,000 spelled digits each followed by 500 words 'dash' (every digit word a start), then the SSN", True)
def _():
    body = " ".join("one " + "dash " * 500 for _ in range(2_000)) + f"\r\nSSN {SSN}\r\n"
    return text_message("text-spelled-dash-padding", "Dashes", body.encode(), encoding="8bit")


@case("csv-50k-named-rows", "CSV attachment of 50,000 rows, each a name, a home address and a phone (one roster of 50,000 records), the SSN in the last row", True)
def _():
    rows = "".join(f"Ann Lee,{i % 9000 + 1} Elm St,(860) 555-01{i % 100:02d}\r\n" for i in range(50_000))
    return csv_message("csv-50k-named-rows", f"Name,Home Address,Phone\r\n{rows}Bo Li,SSN {SSN},\r\n")


def csv_message(name, csv):
    """A roster mail with `csv` attached as roster.csv, 8bit."""
    top = head("Roster", name, 'Content-Type: multipart/mixed; boundary="=_hostile"\r\n') + "\r\n"
    part = ("--=_hostile\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee attached.\r\n"
            '--=_hostile\r\nContent-Type: text/csv; charset=utf-8; name="roster.csv"\r\n'
            'Content-Disposition: attachment; filename="roster.csv"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n')
    return (top + part + csv + "--=_hostile--\r\n").encode()


# ---- PDF -----------------------------------------------------------------------------------------

def pdf(objects, trailer_extra="", xref=True, prev_loop=False):
    """A PDF from numbered object bodies (bytes), with a correct xref table. prev_loop: a
    second xref section whose /Prev points at the first, and the first's /Prev at the second."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    if not xref:
        return bytes(out)
    table = f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    table += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    size = f"/Size {len(objects) + 1} /Root 1 0 R"
    if not prev_loop:
        start = len(out)
        out += table + f"trailer\n<< {size} {trailer_extra}>>\nstartxref\n{start}\n%%EOF\n".encode()
        return bytes(out)
    first = len(out)
    first_trailer = lambda second: table + f"trailer\n<< {size} /Prev {second:010d} >>\n".encode()
    second = first + len(first_trailer(0))
    out += first_trailer(second)
    out += f"xref\n0 1\n0000000000 65535 f \ntrailer\n<< {size} /Prev {first:010d} >>\nstartxref\n{second}\n%%EOF\n".encode()
    return bytes(out)


def page_objects(content: bytes, length=None, filters="", kids="3 0 R", count=1):
    length = str(len(content)) if length is None else length
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {length}{filters} >>\nstream\n".encode() + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def text_ops(*lines):
    ops = "".join(f"BT /F1 12 Tf 72 {720 - 20 * i} Td ({line}) Tj ET\n" for i, line in enumerate(lines))
    return ops.encode()


FORM = text_ops("Enrollment form", f"SSN {SSN}")


def pdf_case(name, data):
    return attachment_message(name, "Form", "form.pdf", data, "application/pdf")


@case("pdf-valid-control", "a valid one-page PDF (Helvetica, correct xref) with the SSN in its text: positive control", True)
def _():
    return pdf_case("pdf-valid-control", pdf(page_objects(FORM)))


@case("pdf-truncated", "the valid PDF cut off after its last object: no xref, no trailer, no %%EOF", True)
def _():
    return pdf_case("pdf-truncated", pdf(page_objects(FORM), xref=False))


@case("pdf-truncated-mid-stream", "the valid PDF cut off inside its content stream, after the SSN's text operator", True)
def _():
    whole = pdf(page_objects(FORM))
    return pdf_case("pdf-truncated-mid-stream", whole[:whole.index(b"Tj ET", whole.index(SSN.encode())) + 5])


@case("pdf-xref-prev-loop", "PDF with two xref sections whose /Prev entries point at each other", True)
def _():
    return pdf_case("pdf-xref-prev-loop", pdf(page_objects(FORM), prev_loop=True))


@case("pdf-xref-prev-self", "PDF whose only xref section's trailer has /Prev pointing at itself", True)
def _():
    objects = page_objects(FORM)
    body_length = len(pdf(objects, xref=False))
    return pdf_case("pdf-xref-prev-self", pdf(objects, trailer_extra=f"/Prev {body_length} "))


@case("pdf-self-reference", "PDF whose content stream /Length is object 6, which is '6 0 R', and whose page tree lists itself among its kids", True)
def _():
    objects = page_objects(FORM, length="6 0 R", kids="3 0 R 2 0 R", count=2) + [b"6 0 R"]
    return pdf_case("pdf-self-reference", pdf(objects))


@case("pdf-flate-bomb", "PDF whose FlateDecode content stream (about 1 MB) inflates to 1 GiB of spaces, the SSN's text operator after them", True)
def _():
    stream, _ = deflate_around(text_ops("Enrollment form"), GIB, text_ops("", f"SSN {SSN}"), zlib_wrapper=True)
    return pdf_case("pdf-flate-bomb", pdf(page_objects(stream, filters=" /Filter /FlateDecode")))


# ---- compound files: .doc, .xls, .ppt, .msg ---------------------------------------------------------

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "LegacyPlanted"))
from cfbmsg import Attachment, Msg, cfb_write  # noqa: E402  (the compound-file writer of the planted set)


def fixture_attachment(fixture):
    """The attachment of one of Tests/Fixtures' messages (a LibreOffice-written .doc with the SSN)."""
    path = Path(__file__).resolve().parents[1] / "Fixtures" / fixture
    message = email.message_from_bytes(path.read_bytes())
    return next(part.get_payload(decode=True) for part in message.walk() if part.get_filename())


def ole_directory(data):
    """(offset, name) of each directory entry of a small compound file (directory chain in the FAT)."""
    fat_sector = struct.unpack_from("<I", data, 0x4C)[0]
    fat = struct.unpack_from("<128I", data, 512 * (fat_sector + 1))
    entries, sector = [], struct.unpack_from("<I", data, 0x30)[0]
    while sector < 0xFFFFFFFA and len(entries) < 4096:
        for at in range(512 * (sector + 1), 512 * (sector + 2), 128):
            length = struct.unpack_from("<H", data, at + 64)[0]
            entries.append((at, data[at:at + max(0, length - 2)].decode("utf-16-le", "replace")))
        sector = fat[sector]
    return entries, 512 * (fat_sector + 1)


def ole_patched(data, name, field, value):
    """`data` with the directory entry `name`'s u32 at `field` (116 start sector, 120 size,
    68/72/76 left/right/child) set to `value`."""
    entries, _ = ole_directory(data)
    at = next(offset for offset, entry in entries if entry == name)
    return data[:at + field] + struct.pack("<I", value) + data[at + field + 4:]


def ole_fat_loop(data, name):
    """The FAT entry of stream `name`'s first sector pointing back at itself."""
    entries, fat_at = ole_directory(data)
    at = next(offset for offset, entry in entries if entry == name)
    start = struct.unpack_from("<I", data, at + 116)[0]
    return data[:fat_at + 4 * start] + struct.pack("<I", start) + data[fat_at + 4 * start + 4:]


DOC = None


def legacy_doc():
    global DOC
    DOC = DOC or fixture_attachment("legacy-doc-ssn.eml")
    return DOC


def ole_case(name, data, filename="letter.doc", content_type="application/msword"):
    return attachment_message(name, "Letter", filename, data, content_type)


@case("ole-fat-loop", "a .doc (SSN in its text) whose WordDocument stream's first FAT entry points back at itself", True)
def _():
    return ole_case("ole-fat-loop", ole_fat_loop(legacy_doc(), "WordDocument"))


@case("ole-directory-loop", "a .doc (SSN in its text) whose directory tree's first child names the root as its sibling", True)
def _():
    return ole_case("ole-directory-loop", ole_patched(legacy_doc(), "WordDocument", 72, 0))


@case("ole-stream-size-4-gib", "a .doc (SSN in its text) whose WordDocument entry claims 4 GiB - 1 bytes", True)
def _():
    return ole_case("ole-stream-size-4-gib", ole_patched(legacy_doc(), "WordDocument", 120, 0xFFFFFFFF))


@case("ole-start-sector-past-end", "a .doc (SSN in its text) whose table stream starts at sector 0xFFFFFFF0", True)
def _():
    return ole_case("ole-start-sector-past-end", ole_patched(legacy_doc(), "1Table", 116, 0xFFFFFFF0))


def nested_msg(levels):
    inner = Msg(subject="Form", body=f"SSN {SSN}", sender=("Office", "office@district.example"),
                to=[("Pat", "pat@district.example")], date=SENT)
    for level in range(levels):
        inner = Msg(subject=f"Fwd {level}", body="See below.", sender=("Office", "office@district.example"),
                    to=[("Pat", "pat@district.example")], date=SENT, attachments=[Attachment(f"level-{level}.msg", embedded=inner)])
    return inner.to_bytes()


SENT = datetime.datetime(2026, 11, 16, 14, 30, tzinfo=datetime.timezone.utc)


@case("msg-nested-30-deep", "an Outlook message attached in a message, 30 levels, the SSN in the innermost body", True)
def _():
    return ole_case("msg-nested-30-deep", nested_msg(30), "forward.msg", "application/vnd.ms-outlook")


@case("msg-1200-attachments", "an Outlook message with 1,200 attachments (the bound is 1,000); the last is a CSV with the SSN", True)
def _():
    attachments = [Attachment(f"note-{index}.txt", b"x", "text/plain") for index in range(1199)]
    attachments.append(Attachment("roster.csv", ROSTER, "text/csv"))
    data = Msg(subject="Notes", body="Attached.", sender=("Office", "office@district.example"),
               to=[("Pat", "pat@district.example")], date=SENT, attachments=attachments).to_bytes()
    return ole_case("msg-1200-attachments", data, "notes.msg", "application/vnd.ms-outlook")


def biff_record(kind, data):
    return struct.pack("<HH", kind, len(data)) + data


@case("xls-sst-claims-4-billion-strings", "an Excel 97-2003 workbook stream whose SST claims 2^32-1 strings over 2,500 CONTINUE records; the SSN in a label", True)
def _():
    bof = biff_record(0x0809, struct.pack("<HH", 0x0600, 5) + bytes(12))
    sst = biff_record(0x00FC, struct.pack("<II", 0xFFFFFFFF, 0xFFFFFFFF) + struct.pack("<HB", 3, 0) + b"abc")
    sst += b"".join(biff_record(0x003C, bytes([0]) + struct.pack("<HB", 1, 0) + b"z" * 2000) for _ in range(2500))
    sheet = biff_record(0x0809, struct.pack("<HH", 0x0600, 0x10) + bytes(12))
    label = biff_record(0x0204, struct.pack("<HHHHB", 0, 0, 0, len(f"SSN {SSN}"), 0) + f"SSN {SSN}".encode())
    stream = bof + sst + biff_record(0x000A, b"") + sheet + label + biff_record(0x000A, b"")
    return ole_case("xls-sst-claims-4-billion-strings", cfb_write({"Workbook": stream}), "grades.xls", "application/vnd.ms-excel")


@case("ppt-100k-nested-containers", "a PowerPoint 97-2003 stream of 100,000 containers each inside the last, then a text atom with the SSN", True)
def _():
    text = f"SSN {SSN}".encode()
    atom = struct.pack("<HHI", 0, 0x0FA8, len(text)) + text
    stream = b"".join(struct.pack("<HHI", 0xF, 0x1000, 8 * (100_000 - level) + len(atom)) for level in range(100_000)) + atom
    return ole_case("ppt-100k-nested-containers", cfb_write({"PowerPoint Document": stream}), "slides.ppt", "application/vnd.ms-powerpoint")


@case("ooxml-agile-1m-spins", "an encrypted .xlsx whose agile key derivation asks for 1,000,000 SHA-512 rounds (ten times what Office uses)", True)
def _():
    salt = base64.b64encode(bytes(16)).decode()
    xml = ('<?xml version="1.0" encoding="UTF-8"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
           'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           f'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{salt}"/>'
           '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           f'<p:encryptedKey spinCount="1000000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
           f'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{salt}" encryptedVerifierHashInput="{salt}" '
           f'encryptedVerifierHashValue="{base64.b64encode(bytes(64)).decode()}" encryptedKeyValue="{base64.b64encode(bytes(32)).decode()}"/>'
           '</keyEncryptor></keyEncryptors></encryption>')
    info = struct.pack("<HHI", 4, 4, 0x40) + xml.encode()
    data = cfb_write({"EncryptionInfo": info, "EncryptedPackage": struct.pack("<Q", 4096) + bytes(4096)})
    return ole_case("ooxml-agile-1m-spins", data, "grades.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


# ---- archives beyond zip (tar, gzip, bzip2, xz, 7z), RTF, calendars and cards ------------------

def tar_bytes(members, compression=""):
    """A tar of (name, bytes) members through tarfile; compression "" / "gz" / "bz2" / "xz"."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=f"w:{compression}" if compression else "w", format=tarfile.GNU_FORMAT) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1_763_300_000
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def tar_header(name, size_field):
    """A ustar header with its size field given as the 12 raw bytes."""
    header = bytearray(512)
    header[0:len(name)] = name.encode()
    header[100:108] = b"0000644\0"
    header[124:136] = size_field
    header[136:148] = b"15000000000\0"
    header[156:157] = b"0"
    header[257:265] = b"ustar\x0000"
    header[148:156] = b" " * 8
    header[148:156] = f"{sum(header):06o}\0 ".encode()
    return bytes(header)


def archive_case(name, filename, data, content_type):
    return attachment_message(name, "Files", filename, data, content_type)


@case("tar-100k-members", "a .tar.gz of 100,000 empty files (the bound is 1,000), the roster with the SSN last", True)
def _():
    empty = b"".join(tar_header(f"notes/{index:06d}.txt", b"%011o\0" % 0) for index in range(100_000))
    data = gzip.compress(empty + tar_bytes([("roster.csv", ROSTER)]), compresslevel=6, mtime=0)
    return archive_case("tar-100k-members", "notes.tar.gz", data, "application/gzip")


@case("targz-64mib-member", "a .tar.gz whose first member is 64 MiB of zeros (1,000 times the archive), the roster after it", True)
def _():
    inner = tar_header("zeros.bin", b"%011o\0" % (64 * MIB))
    # gzip of: header, the zeros (inflated from `member`), then the roster as a second member.
    body = zlib.compressobj(9, zlib.DEFLATED, 31)
    stream = body.compress(inner)
    for _ in range(64):
        stream += body.compress(bytes(MIB))
    stream += body.compress(tar_bytes([("roster.csv", ROSTER)])) + body.flush()
    return archive_case("targz-64mib-member", "logs.tar.gz", stream, "application/gzip")


@case("gz-nested-40-deep", "a CSV with the SSN inside 40 layers of gzip (the bound is 10 levels)", True)
def _():
    data = ROSTER
    for _ in range(40):
        data = gzip.compress(data, mtime=0)
    return archive_case("gz-nested-40-deep", "roster.csv.gz", data, "application/gzip")


@case("tar-size-claims-2-pow-62", "a tar whose member claims 2^62 bytes in GNU base-256, the SSN in its few real bytes", True)
def _():
    size = b"\x80" + (1 << 62).to_bytes(11, "big")
    data = tar_header("roster.csv", size) + ROSTER + bytes(512 - len(ROSTER)) + bytes(1024)
    return archive_case("tar-size-claims-2-pow-62", "roster.tar", data, "application/x-tar")


@case("tar-pax-path-64mib", "a .tar.gz whose pax header gives a member a 64 MiB path, the roster as that member", True)
def _():
    path = "a/" * (32 * MIB)
    record_body = f" path={path}\n"
    length = len(record_body) + 1
    length = len(str(length + len(str(length)))) + len(record_body)
    record = f"{length}{record_body}".encode()
    pax = tar_header("PaxHeader", b"%011o\0" % len(record))
    pax = bytearray(pax)
    pax[156:157] = b"x"
    pax[148:156] = b" " * 8
    pax[148:156] = f"{sum(pax):06o}\0 ".encode()
    padded = bytes(pax) + record + bytes((512 - len(record) % 512) % 512)
    member = tar_header("roster.csv", b"%011o\0" % len(ROSTER)) + ROSTER + bytes(512 - len(ROSTER)) + bytes(1024)
    return archive_case("tar-pax-path-64mib", "roster.tar.gz", gzip.compress(padded + member, mtime=0), "application/gzip")


@case("bz2-bomb", "a .csv.bz2 of 128 MiB of zeros (a million times the file), the roster after them", True)
def _():
    compressor = bz2.BZ2Compressor(9)
    data = b"".join(compressor.compress(bytes(MIB)) for _ in range(128)) + compressor.compress(ROSTER) + compressor.flush()
    return archive_case("bz2-bomb", "roster.csv.bz2", data, "application/x-bzip2")


@case("xz-bomb", "a .csv.xz of 128 MiB of zeros, the roster after them", True)
def _():
    compressor = lzma.LZMACompressor()
    data = b"".join(compressor.compress(bytes(MIB)) for _ in range(128)) + compressor.compress(ROSTER) + compressor.flush()
    return archive_case("xz-bomb", "roster.csv.xz", data, "application/x-xz")


def seven_zip_number(value):
    """7z's variable-length number: the first byte's leading one bits count the bytes after it."""
    for extra in range(8):
        if value < 1 << (7 * (extra + 1)):
            high = value >> (8 * extra)
            return bytes([(0xFF00 >> extra) & 0xFF | high]) + value.to_bytes(8, "little")[:extra]
    return b"\xff" + value.to_bytes(8, "little")


def seven_zip(names, packed, coder, unpack_size, sizes, file_count=None):
    """A 7z archive: one folder of one coder (id, properties) over `packed`, `sizes` splitting
    the unpacked stream into files named `names` (counts and sizes may lie)."""
    n = seven_zip_number
    coder_id, properties = coder
    folder = n(1) + bytes([len(coder_id) | (0x20 if properties else 0)]) + coder_id + (n(len(properties)) + properties if properties else b"")
    header = (b"\x01\x04" + b"\x06" + n(0) + n(1) + b"\x09" + n(len(packed)) + b"\x00"
              + b"\x07\x0b" + n(1) + b"\x00" + folder + b"\x0c" + n(unpack_size) + b"\x00"
              + b"\x08\x0d" + n(len(sizes)) + (b"\x09" + b"".join(n(size) for size in sizes[:-1]) if len(sizes) > 1 else b"") + b"\x00"
              + b"\x00")
    encoded = b"".join(name.encode("utf-16-le") + b"\0\0" for name in names)
    header += b"\x05" + n(file_count if file_count is not None else len(names)) + b"\x11" + n(len(encoded) + 1) + b"\x00" + encoded + b"\x00\x00"
    start = struct.pack("<QQI", len(packed), len(header), zlib.crc32(header))
    return b"7z\xbc\xaf\x27\x1c\x00\x04" + struct.pack("<I", zlib.crc32(start)) + start + packed + header


LZMA_CODER = (b"\x03\x01\x01", b"\x5d" + struct.pack("<I", 1 << 20))


def lzma_raw(chunks):
    compressor = lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 20}])
    return b"".join(compressor.compress(chunk) for chunk in chunks) + compressor.flush()


@case("7z-lzma-bomb", "a solid .7z whose first file is 128 MiB of zeros (LZMA), the roster as its second file", True)
def _():
    packed = lzma_raw([bytes(MIB)] * 128 + [ROSTER])
    data = seven_zip(["zeros.bin", "roster.csv"], packed, LZMA_CODER, 128 * MIB + len(ROSTER), [128 * MIB, len(ROSTER)])
    return archive_case("7z-lzma-bomb", "files.7z", data, "application/x-7z-compressed")


@case("7z-claims-1-billion-files", "a .7z whose file list claims 1,000,000,000 files over a stream holding the roster", True)
def _():
    data = seven_zip(["roster.csv"], ROSTER, (b"\x00", b""), len(ROSTER), [len(ROSTER)], file_count=1_000_000_000)
    return archive_case("7z-claims-1-billion-files", "files.7z", data, "application/x-7z-compressed")


@case("7z-dictionary-4-gib", "a .7z whose LZMA coder asks for a 4 GiB dictionary, the roster in its stream", True)
def _():
    coder = (b"\x03\x01\x01", b"\x5d" + struct.pack("<I", 0xFFFFFFFF))
    data = seven_zip(["roster.csv"], lzma_raw([ROSTER]), coder, len(ROSTER), [len(ROSTER)])
    return archive_case("7z-dictionary-4-gib", "files.7z", data, "application/x-7z-compressed")


@case("7z-unpack-size-2-pow-60", "a .7z whose folder claims 2^60 unpacked bytes over a stored stream holding the roster", True)
def _():
    data = seven_zip(["roster.csv"], ROSTER, (b"\x00", b""), 1 << 60, [1 << 60])
    return archive_case("7z-unpack-size-2-pow-60", "files.7z", data, "application/x-7z-compressed")


@case("rtf-1m-nested-groups", "an RTF letter with the SSN, then 1,000,000 groups each opened inside the last", True)
def _():
    data = b"{\\rtf1\\ansi SSN " + SSN.encode() + b"\\par " + b"{" * 1_000_000 + b"x"
    return archive_case("rtf-1m-nested-groups", "letter.rtf", data, "application/rtf")


@case("rtf-1m-unicode-escapes", "an RTF letter of 1,000,000 \\u escapes, the SSN at the end", True)
def _():
    data = b"{\\rtf1\\ansi\\uc1 " + b"\\u8209?" * 1_000_000 + b" SSN " + SSN.encode() + b"\\par }"
    return archive_case("rtf-1m-unicode-escapes", "letter.rtf", data, "application/rtf")


@case("rtf-objdata-bin-4-gib", "an RTF whose object data is a \\bin claiming 4 GiB, the SSN in the text before it", True)
def _():
    data = b"{\\rtf1 SSN " + SSN.encode() + b"\\par {\\object{\\*\\objdata \\bin4294967295 " + bytes(4096) + b"}}}"
    return archive_case("rtf-objdata-bin-4-gib", "letter.rtf", data, "application/rtf")


@case("vcf-50k-cards", "an address book of 50,000 cards, the SSN in the last card's note", True)
def _():
    cards = b"".join(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Parent %d\r\nNOTE:" % index + FILLER.encode() + b"\r\nEND:VCARD\r\n"
                     for index in range(50_000))
    data = cards + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Last\r\nNOTE:SSN " + SSN.encode() + b"\r\nEND:VCARD\r\n"
    return archive_case("vcf-50k-cards", "contacts.vcf", data, "text/vcard")


@case("vcf-qp-500k-soft-breaks", "a vCard note in quoted-printable broken over 500,000 soft line breaks, the SSN at its end", True)
def _():
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:" + b"ab=\r\n" * 500_000 + b"SSN " + SSN.encode()
            + b"\r\nEND:VCARD\r\n")
    return archive_case("vcf-qp-500k-soft-breaks", "contact.vcf", data, "text/vcard")


@case("ics-1m-fold-lines", "an invitation whose description is folded into 1,000,000 one-character lines, the SSN at its end", True)
def _():
    data = (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:x" + b"\r\n x" * 1_000_000 + b"\r\n  SSN " + SSN.encode()
            + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    return archive_case("ics-1m-fold-lines", "invite.ics", data, "text/calendar")


@case("ics-attach-12-deep", "an invitation with a file attached inside its event, itself an invitation, 12 levels, the SSN innermost", True)
def _():
    data = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:SSN " + SSN.encode() + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    for _ in range(12):
        data = (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Meeting\r\nATTACH;FMTTYPE=text/calendar;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=invite.ics:"
                + base64.b64encode(data) + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    return archive_case("ics-attach-12-deep", "invite.ics", data, "text/calendar")


@case("control-plain-ssn", "a plain text message with the SSN: positive control", True)
def _():
    return text_message("control-plain-ssn", "Benefits form", f"My SSN is {SSN}.\r\n".encode())


@case("control-clean", "a plain text message with nothing sensitive: negative control", False)
def _():
    return text_message("control-clean", "Field trip", b"Field trip forms are due Friday.\r\n")


# ---- main ----------------------------------------------------------------------------------------

def main(argv):
    if len(argv) < 2:
        sys.exit("usage: make_hostile.py OUTPUT_DIR [NAME...]")
    out = Path(argv[1]).resolve()
    wanted = set(argv[2:])
    unknown = wanted - {name for name, *_ in CASES}
    if unknown:
        sys.exit(f"make_hostile.py: no such case: {', '.join(sorted(unknown))}")
    repository = Path(__file__).resolve().parents[2]
    if out == repository or repository in out.parents:
        sys.exit(f"make_hostile.py: {out} lies inside the repository; give a directory outside it")
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, description, planted, builder in CASES:
        if wanted and name not in wanted:
            continue
        file = f"{name}.eml"
        (out / file).write_bytes(builder())
        manifest.append({"name": name, "file": file, "description": description, "planted": planted})
    (out / "cases.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv)
