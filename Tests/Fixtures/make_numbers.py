"""Numbers written the way people (and their programs) disguise them, one fixture each:
a PDF with the SSN drawn sideways, a landscape roster turned by /Rotate, digits pulled apart
by kerning (TJ) and character spacing (Tc), a filled form field and a FreeText note, and a
text body with fullwidth digits, invisible characters and digits spelled out.
The PDFs are written by hand (no library draws TJ kerning or a bare AcroForm this plainly).
Run: python3 Tests/Fixtures/make_numbers.py"""
from pathlib import Path

from fixture_mail import message, write

HERE = Path(__file__).parent


def pdf(content, extra_objects=(), page_extra="", catalog_extra=""):
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R {catalog_extra}>>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R {page_extra}>>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *extra_objects,
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def text(x, y, string, matrix="1 0 0 1"):
    return f"BT /F1 12 Tf {matrix} {x} {y} Tm ({string}) Tj ET\n"


SIDEWAYS = text(72, 700, "Payroll form, page 1 of 1") + text(560, 200, "SSN 536-90-4399", matrix="0 1 -1 0")
ROWS = [("Name", "SSN", "Grade"), ("Ann Lee", "536-90-4399", "5"), ("Bo Li", "212-67-4532", "4"), ("Cy Ng", "459-12-7789", "3")]
LANDSCAPE = "".join(text(72 + 150 * column, 700 - 20 * row, cell) for row, cells in enumerate(ROWS) for column, cell in enumerate(cells))
KERNED = (text(72, 700, "Card number")
          + "BT /F1 12 Tf 1 0 0 1 72 680 Tm [(4) -900 (5) -900 (3) -900 (2) -2500 (5) -900 (2) -900 (6) -900 (0) -2500 "
            "(1) -900 (8) -900 (1) -900 (5) -2500 (9) -900 (0) -900 (8) -900 (0)] TJ ET\n"
          + "BT /F1 12 Tf 8 Tc 1 0 0 1 72 640 Tm (SSN 212-67-4532) Tj ET\n")
FORM_FIELDS = [
    "<< /Type /Annot /Subtype /Widget /FT /Tx /T (ssn) /V (536-90-4399) /Rect [72 600 300 620] /P 3 0 R >>",
    "<< /Type /Annot /Subtype /FreeText /Contents (Card on file 4532 5260 1815 9080) /Rect [72 500 400 520] /DA (/F1 12 Tf) /P 3 0 R >>",
]
BODY = ("Hi,\n\nHer SSN is \uff15\uff13\uff16\uff0d\uff19\uff10\uff0d\uff14\uff13\uff19\uff19 and his is 212\u200b-67-45\u00ad32.\n"
        "My social is four five nine one two seven seven eight nine.\n\nThanks\n")

FIXTURES = {
    "numbers-pdf-sideways.eml": ("Payroll form", [("payroll.pdf", pdf(SIDEWAYS))]),
    "numbers-pdf-landscape.eml": ("Roster", [("roster.pdf", pdf(LANDSCAPE, page_extra="/Rotate 90 "))]),
    "numbers-pdf-kerned.eml": ("Card form", [("card.pdf", pdf(KERNED))]),
    "numbers-pdf-form.eml": ("Filled form", [("form.pdf", pdf(text(72, 700, "Employee form"), FORM_FIELDS,
                                                               page_extra="/Annots [6 0 R 7 0 R] ", catalog_extra="/AcroForm << /Fields [6 0 R] >> "))]),
}

if __name__ == "__main__":
    for name, (subject, files) in FIXTURES.items():
        write(HERE, name, message(subject, "See attached.", [(file, data, "application", "pdf") for file, data in files]))
    write(HERE, "numbers-disguised-text.eml", message("Forms", BODY))
