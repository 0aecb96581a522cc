#!/usr/bin/env python3
"""Archives beyond zip, RTF, calendars, cards and encrypted PDFs, one fixture each.

Archives are written by Debian's tar, gzip, bzip2, xz and 7z (p7zip-full or 7zip) with fixed
times and owners; the RTF files by hand, as WordPad and older word processors write them,
the embedded objects following MS-OLEDS (OLE1 object, Package); the PDFs by qpdf around a
page written here; an Outlook message whose only body is compressed RTF by the compound-file
writer of Tests/LegacyPlanted/cfbmsg.py, the body compressed by PyPI compressed_rtf 1.0.7.
Every run writes the same bytes, except the password-protected archives and PDFs (random salts). The expected findings live in ScanCommandTests.swift.

    apt-get install -y p7zip-full qpdf && python3 make_archives.py      # from this folder
"""
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
sys.path.insert(0, str(HERE.parent / "LegacyPlanted"))
from cfbmsg import CLSID_KEY, CLSID_MSG, Msg, cfb_write  # noqa: E402
PE_HEADER = (HERE / "sources" / "pe-header.bin").read_bytes()
ROSTER = b"Name,SSN,Grade\r\nAna Lopez,536-90-4399,7\r\nBen Ortiz,,8\r\n"
NOTES = b"Course notes, week 3: fractions and decimals. Quiz on Friday.\n"


def run(*command, cwd):
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def archived(files, *command, output):
    """`files`: path → bytes, written to a scratch folder where `command` makes `output`."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        run(*command, cwd=folder)
        return (folder / output).read_bytes()


def tar(files, compression):
    flags = ["--sort=name", "--mtime=2026-11-16 09:00Z", "--owner=0", "--group=0", "--numeric-owner", "--format=gnu"]
    return archived(files, "tar", *flags, f"-c{compression}f", "out", *sorted(files), output="out")


def seven_zip(files, *options):
    return archived(files, "7z", "a", "-bd", "-mtm=off", "-mtc=off", "-mta=off", *options, "out.7z", *sorted(files), output="out.7z")


def zipped(files, password=None):
    if password is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in files.items():
                archive.writestr(zipfile.ZipInfo(name, (2026, 11, 16, 9, 0, 0)), data)
        return buffer.getvalue()
    return archived(files, "7z", "a", "-bd", "-tzip", f"-p{password}", "out.zip", *sorted(files), output="out.zip")


def ole1(class_name, native):
    """An embedded OLE1 object (MS-OLEDS 2.2.4): version, format 2, class, topic and item names."""
    def name(text):
        data = text.encode() + b"\0" if text else b""
        return struct.pack("<I", len(data)) + data
    return struct.pack("<II", 0x0501, 2) + name(class_name) + name("") + name("") + struct.pack("<I", len(native)) + native


def package(file_name, data):
    """A Package object's native data: header, label, source path, reserved, temp path, the file."""
    temp = f"C:\\Users\\Public\\{file_name}".encode() + b"\0"
    return (struct.pack("<H", 2) + file_name.encode() + b"\0" + f"C:\\Downloads\\{file_name}".encode() + b"\0"
            + struct.pack("<I", 0x00030000) + struct.pack("<I", len(temp)) + temp + struct.pack("<I", len(data)) + data)


def rtf_object(class_name, native):
    return ("{\\object\\objemb\\objw1440\\objh480{\\*\\objclass " + class_name + "}{\\*\\objdata "
            + ole1(class_name, native).hex() + "}{\\result {\\rtlch Attachment}}}")


RTF_LETTER = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red0\\green0\\blue0;}"
    "{\\info{\\author Front Office}{\\operator 4412}}\\viewkind4\\uc1\\pard\\f0\\fs22 Dear Parent,\\par "
    "Thank you for paying the field trip fee of $12.50 by card.\\par Card number: {\\b 4556} 7375 "
    "\\'38689 9855\\par We will send a receipt.\\par Caf\\'e9 menu attached.\\par }"
)
RTF_HIDDEN = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\pard Staff list for the picnic.\\par"
    "{\\v SSN 536-90-4399}\\par Bring a dish.\\par }"
)
RTF_UNICODE_TABLE = (
    "{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0{\\fonttbl{\\f0 Calibri;}}\\pard New hires\\par"
    "\\trowd\\cellx2000\\cellx4000\\intbl Name\\cell SSN\\cell\\row"
    "\\trowd\\cellx2000\\cellx4000\\intbl Jos\\u233?\\cell 287\\u8209?65\\u8209?4321\\cell\\row\\pard Thanks\\par }"
)

def pdf_page(text):
    """A one-page PDF with its cross-reference table, for qpdf to encrypt."""
    content = f"BT /F1 12 Tf 72 700 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return pdf + b"trailer\n<< /Root 1 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def encrypted_pdf(user_password):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "in.pdf").write_bytes(pdf_page("Employee SSN: 536-90-4399"))
        subprocess.run(["qpdf", "--static-id", "--encrypt", user_password, "owner-secret", "256", "--", "in.pdf", "out.pdf"],
                       cwd=folder, check=True)
        return (folder / "out.pdf").read_bytes()


ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//District//Calendar//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:20261204T150000Z-4412@district.example\r\nDTSTAMP:20261116T093000Z\r\n"
    "DTSTART:20261204T150000Z\r\nSUMMARY:Benefits enrollment\r\n"
    "DESCRIPTION:Bring your paperwork\\, please. Employee SSN on the form: 536-9\r\n 0-4399\\nRoom 214.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)
VCF = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Whitfield;Dana\r\nFN:Dana Whitfield\r\nTEL;HOME:(555) 201-4412\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Card on file for lunch account: 4556 7375 =\r\n8689 9855 (Visa) =E9t=E9\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Park;Lee\r\nFN:Lee Park\r\nTEL;TYPE=WORK:555-201-7788\r\nEND:VCARD\r\n"
)


# {\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\pard Hi Pat,\par Her lunch account card is
# 4556 7375 8689 9855.\par Thanks\par}, as compressed_rtf.compress(..., compressed=True) gives it.
COMPRESSED_RTF_BODY = bytes.fromhex(
    "71000000830000004c5a4675cec4702e03000a00726370673132356e3200f401f702a220071302807d010af3204869205061742a2c0aa3480490200a406e63bc"
    "682000d005a011900540631042010400203435353620370033373520383638392820393812f02e0aa354682900706b730aa27d1520")


def rtf_only_message():
    """An Outlook message with no plain or HTML body, only PR_RTF_COMPRESSED (0x1009)."""
    msg = Msg(subject="Lunch account", body=None, sender=("Office", "office@district.example"),
              to=[("Pat", "pat@district.example")], date=datetime.datetime(2026, 11, 16, 14, 30, tzinfo=datetime.timezone.utc))
    tree = msg._storage(top=True)
    tree["__substg1.0_10090102"] = COMPRESSED_RTF_BODY
    tree[CLSID_KEY] = CLSID_MSG
    return cfb_write(tree)


def main():
    fixtures = {
        "archive-targz-ssn-csv.eml": ("Class roster", [("roster.tar.gz", tar({"class/roster.csv": ROSTER, "class/notes.txt": NOTES}, "z"), "application", "gzip")]),
        "archive-tarbz2-zip-csv.eml": ("Class roster", [("export.tar.bz2", tar({"export/roster.zip": zipped({"roster.csv": ROSTER})}, "j"), "application", "x-bzip2")]),
        "archive-tarxz-harmless.eml": ("Course notes", [("notes.tar.xz", tar({"notes/week3.txt": NOTES, "notes/README.txt": b"Read week 3 first.\n"}, "J"), "application", "x-xz")]),
        "archive-gz-csv.eml": ("Roster", [("roster.csv.gz", archived({"roster.csv": ROSTER}, "gzip", "-n", "roster.csv", output="roster.csv.gz"), "application", "gzip")]),
        "archive-7z-exe.eml": ("Tools", [("tools.7z", seven_zip({"setup.exe": PE_HEADER, "notes.txt": NOTES}), "application", "x-7z-compressed")]),
        "archive-7z-password.eml": ("Payroll", [("payroll.7z", seven_zip({"payroll.csv": ROSTER}, "-psecret"), "application", "x-7z-compressed")]),
        "archive-7z-hidden-names.eml": ("Payroll", [("payroll.7z", seven_zip({"payroll.csv": ROSTER}, "-psecret", "-mhe=on"), "application", "x-7z-compressed")]),
        "archive-targz-zip-password.eml": ("Payroll", [("payroll.tar.gz", tar({"payroll.zip": zipped({"payroll.csv": ROSTER}, password="secret")}, "z"), "application", "gzip")]),
        "archive-zip-password-exe.eml": ("Invoice", [("invoice.zip", zipped({"invoice.pdf.exe": PE_HEADER}, password="1234"), "application", "zip")]),
        "archive-gzip-bomb.eml": ("Logs", [("server.log.gz", archived({"server.log": b"\0" * (64 << 20)}, "gzip", "-n9", "server.log", output="server.log.gz"), "application", "gzip")]),
        "rtf-card.eml": ("Receipt", [("receipt.rtf", RTF_LETTER.encode(), "application", "rtf")]),
        "rtf-hidden-ssn.eml": ("Picnic", [("picnic.rtf", RTF_HIDDEN.encode(), "text", "rtf")]),
        "rtf-unicode-table.eml": ("New hires", [("hires.rtf", RTF_UNICODE_TABLE.encode(), "application", "rtf")]),
        "rtf-package-exe.eml": ("Form", [("form.rtf", ("{\\rtf1\\ansi Please open the form.\\par " + rtf_object("Package", package("form.exe", PE_HEADER)) + "\\par }").encode(), "application", "rtf")]),
        "rtf-linked-object.eml": ("Form", [("form.rtf", ("{\\rtf1\\ansi Please open the form.\\par {\\object\\objautlink\\objupdate{\\*\\objclass Word.Document.8}{\\*\\objdata "
                                                          + ole1("Word.Document.8", b"").hex() + "}}\\par }").encode(), "application", "rtf")]),
        "rtf-equation-object.eml": ("Quiz", [("quiz.rtf", ("{\\rtf1\\ansi Quiz\\par " + rtf_object("Equation.3", b"\x1c\0\0\0\x02\0" + b"\0" * 40) + "\\par }").encode(), "application", "rtf")]),
        "msg-rtf-body.eml": ("Lunch account", [("lunch.msg", rtf_only_message(), "application", "vnd.ms-outlook")]),
        "calendar-ssn-folded.eml": ("Benefits enrollment", [("invite.ics", ICS.encode(), "text", "calendar")]),
        "vcard-qp-card.eml": ("Contacts", [("contacts.vcf", VCF.encode(), "text", "x-vcard")]),
        "pdf-empty-user-password.eml": ("New hire", [("hire.pdf", encrypted_pdf(""), "application", "pdf")]),
        "pdf-user-password.eml": ("New hire", [("hire.pdf", encrypted_pdf("open-sesame"), "application", "pdf")]),
    }
    for name, (subject, attachments) in fixtures.items():
        msg = message(subject, "Attached are the files for Thursday.", attachments)
        msg.set_boundary(f"=_{name}")  # the same bytes on every run
        write(HERE, name, msg)


if __name__ == "__main__":
    main()
