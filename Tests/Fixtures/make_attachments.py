#!/usr/bin/env python3
"""Builds the dangerous-attachment fixtures (guideline 6) and their look-alikes that must
pass, from the real files in sources/ (see sources/README.md) with Python's email package,
zipfile, python-docx and fpdf2. The expected findings live in ScanCommandTests.swift.

    python3 -m venv /tmp/fixtures-env && /tmp/fixtures-env/bin/pip install fpdf2 python-docx
    /tmp/fixtures-env/bin/python make_attachments.py      # from this folder
"""
import io
import struct
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
from fpdf import FPDF

import fixture_mail
from fixture_mail import message

HERE = Path(__file__).parent
SOURCES = HERE / "sources"
PE_HEADER = (SOURCES / "pe-header.bin").read_bytes()
VBA_PROJECT = (SOURCES / "vbaProject.bin").read_bytes()
JPEG = (SOURCES / "python.jpg").read_bytes()
# An ELF64 header for x86-64: magic, class, data, version, type EXEC, machine, entry.
ELF_HEADER = b"\x7fELF\x02\x01\x01" + b"\0" * 9 + struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0)


def zipped(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 16, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


def word_document(text, macros=False):
    """A .docx made by python-docx; with macros, Word's vbaProject.bin added the way Word
    stores it (part, relationship, content type)."""
    document = docx.Document()
    document.core_properties.created = datetime(2026, 11, 16, tzinfo=timezone.utc)
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    # Rewritten with fixed dates, so the fixture is the same every run.
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    members = []
    for name in source.namelist():
        data = source.read(name)
        if not macros:
            members.append((name, data))
            continue
        if name == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        if name == "word/_rels/document.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
        members.append((name, data))
    if macros:
        members.append(("word/vbaProject.bin", VBA_PROJECT))
    return zipped(members)


def pdf_document(text):
    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 11, 16, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, text)
    return bytes(pdf.output())


def write(name, msg):
    fixture_mail.write(HERE, name, msg)


PS1 = b"# Clears the print queue on lab machines.\r\nGet-Service Spooler | Restart-Service\r\n"
DOCX = "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"

# Dangerous, decided from the bytes or the name.
write("danger-pe-as-photo.eml", message("Photos", "Photos from the trip.", [("photo.jpg", PE_HEADER, "image", "jpeg")]))
write("danger-elf-as-pdf.eml", message("Form", "The form.", [("form.pdf", ELF_HEADER, "application", "pdf")]))
write("danger-docm.eml", message("Budget", "With the macro.", [("budget.docm", word_document("Budget", macros=True), "application", "vnd.ms-word.document.macroEnabled.12")]))
write("danger-docx-with-macros.eml", message("Letter", "The letter.", [("letter.docx", word_document("Dear parents", macros=True), *DOCX)]))
write("danger-zip-with-js.eml", message("Invoice", "Invoice attached.", [("invoice.zip", zipped([("invoice.pdf.js", b"WScript.Echo('hi');\r\n")]), "application", "zip")]))
write("danger-zip-in-zip-exe.eml", message("Photos", "All the photos.", [("photos.zip", zipped([("inner.zip", zipped([("setup.exe", PE_HEADER)]))]), "application", "zip")]))
write("danger-rtlo-name.eml", message("Invoice", "Invoice attached.", [("invoice\u202efdp.exe", b"not really a program", "application", "octet-stream")]))
write("danger-iso.eml", message("Backup", "The backup.", [("backup.bin", b"\0" * 32769 + b"CD001\x01" + b"\0" * 2042, "application", "octet-stream")]))
# The IT department's script, for the row that lets IT send scripts inside the district.
write("danger-it-script.eml", message("Print queue fix", "Run this on the lab machines.", [("fix-printers.ps1", PS1, "text", "plain")],
                                      sender="Help Desk <helpdesk@district.example>"))
write("danger-staff-script.eml", message("Print queue fix", "Run this on the lab machines.", [("fix-printers.ps1", PS1, "text", "plain")]))
# Look-alikes that must pass.
write("safe-attachments.eml", message("Trip", "Everything for the trip.", [
    ("photo.jpg", JPEG, "image", "jpeg"),
    ("permission.pdf", pdf_document("Permission slip: return by Friday."), "application", "pdf"),
    ("letter.docx", word_document("Dear parents, the trip is on Friday."), *DOCX),
    ("setup.exe.txt", b"How to run setup.exe: ask the help desk.\r\n", "text", "plain"),
    ("notes.zip", zipped([("readme.txt", b"Bring lunch.\r\n")]), "application", "zip"),
]))
