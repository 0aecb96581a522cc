#!/usr/bin/env python3
"""Builds the roster fixtures: the same kind of class and staff lists a school office sends,
as a PDF drawn as a table (fpdf2, with and without ruling lines, running onto a second
page), an HTML table, a tab-separated .txt export and a report aligned with spaces. The
expected findings live in Tests/MailGuardTests/ScanCommandTests.swift.

    python3 -m venv /tmp/fixtures-env && /tmp/fixtures-env/bin/pip install fpdf2
    /tmp/fixtures-env/bin/python make_rosters.py      # from this folder
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

import fixture_mail

# Valid-looking values: SSNs the SSA could issue, Luhn-valid cards of real issuers.
CARD_ROSTER = [
    ["Name", "Birth date", "SSN", "Card", "Amount"],
    ["Jane Doe", "09/25/2012", "536-90-4399", "5425 2334 3010 9903", "132.25"],
    ["Luis Ortiz", "01/14/2011", "212-67-4532", "4532 5260 1815 9080", "12.00"],
    ["Ann Lee", "03/04/2010", "401-23-4567", "3762 185390 47120", "9.99"],
]
STAFF = [["Employee", "Site", "SSN", "Salary"]] + [
    [name, site, ssn, salary] for name, site, ssn, salary in [
        ("R. Rivera", "West", "536904399", "51,200"), ("K. Chen", "East", "212674532", "48,900"),
        ("D. Brown", "North", "401234567", "55,000"), ("M. Patel", "West", "301223344", "47,150"),
    ]
]
STUDENTS = [["StudentID", "Name", "Grade", "SSN", "Phone"]] + [
    [sid, name, grade, ssn, phone] for sid, name, grade, ssn, phone in [
        ("123456789", "Jane Doe", "4", "536904399", "860-555-0142"),
        ("234567891", "Luis Ortiz", "5", "212674532", "860-555-0143"),
        ("345678912", "Ann Lee", "5", "401234567", "(860) 555-0144"),
    ]
]


def message(subject, body, subtype="plain", attachment=None):
    return fixture_mail.message(subject, body, [attachment] if attachment else [], subtype=subtype)


def pdf_table(rows, borders, repeat_rows=1, continued_rows=None):
    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 11, 16, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 8, "Class roster, fall term", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(borders_layout=borders, first_row_as_headings=True) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    if continued_rows:
        # The rest of the list on a second page, without the header row.
        pdf.add_page()
        with pdf.table(borders_layout=borders, first_row_as_headings=False) as table:
            for values in continued_rows:
                row = table.row()
                for value in values:
                    row.cell(value)
    return bytes(pdf.output())


def write(name, msg):
    fixture_mail.write(Path(__file__).parent, name, msg)


write("roster-pdf-ruled.eml", message(
    "Field trip payments", "The roster is attached.",
    attachment=("roster.pdf", pdf_table(CARD_ROSTER, "ALL"), "application", "pdf")))
write("roster-pdf-plain.eml", message(
    "Staff list", "The staff list is attached.",
    attachment=("staff.pdf", pdf_table(STAFF[:3], "NONE", continued_rows=STAFF[3:] + [["S. Kim", "East", "201334455", "49,000"]]),
                "application", "pdf")))
html_rows = "".join(
    "<tr>" + "".join(f"<{'th' if index == 0 else 'td'}>{value}</{'th' if index == 0 else 'td'}>" for value in row) + "</tr>"
    for index, row in enumerate(STAFF))
write("roster-html.eml", message(
    "Staff list", f"<p>Here is the list from the SIS:</p><table border=1>{html_rows}</table><p>Thanks</p>", "html"))
tsv = "".join("\t".join(row) + "\r\n" for row in STUDENTS).encode()
write("roster-tsv.eml", message(
    "Export", "The export is attached.", attachment=("export.txt", tsv, "text", "plain")))
widths = [12, 12, 7, 12, 14]
fixed = "\n".join("".join(value.ljust(width) for value, width in zip(row, widths)).rstrip() for row in STUDENTS)
write("roster-fixed-width.eml", message("Report", f"Enrollment report, printed from the SIS:\n\n{fixed}\n\nPat\n"))

# A class list with home addresses and guardian phones (no SSNs): a roster of 8 records.
CLASS_LIST = [["Student Name", "Grade", "DOB", "Home Address", "Guardian", "Guardian Phone"]] + [
    [name, "3", dob, address, guardian, phone] for name, dob, address, guardian, phone in [
        ("Jordan Smith", "03/14/2016", "12 Elm St", "Dana Smith", "(860) 555-0142"),
        ("Maria Lopez", "07/02/2016", "1420 N Maple Ave", "Rosa Lopez", "860-555-0143"),
        ("Ava Chen", "11/30/2015", "77 Oak Ln", "Wei Chen", "860.555.0144"),
        ("Liam Brown", "01/02/2016", "9 Pine Ct", "Kim Brown", "860-555-0145"),
        ("Noah Davis", "02/03/2016", "230 Old County Rd", "Sam Davis", "860-555-0146"),
        ("Emma Wilson", "05/19/2016", "48 Birch Dr", "Lee Wilson", "860-555-0147"),
        ("Mia Clark", "08/08/2016", "5 Cedar Way", "Jo Clark", "860-555-0148"),
        ("Lucas Hall", "12/24/2015", "61 Spruce Blvd", "Ari Hall", "860-555-0149"),
    ]
]
write("roster-class-list-pdf.eml", message(
    "Bus list", "Here is Ms. Rivera's class list for the bus company.",
    attachment=("class-list.pdf", pdf_table(CLASS_LIST, "ALL"), "application", "pdf")))
