#!/usr/bin/env python3
"""Builds the education-record fixtures a school office sends: a gradebook (xlsx), a one-student
transcript (PDF, label/value header over a course table), a nurse's log (CSV inside a zip) and
an SIS export with vendor headers (CSV). Every value is invented. The expected findings live in
Tests/MailGuardTests/ScanCommandTests.swift and Tests/blackbox/test_records_postfix.py.

    python3 -m venv /tmp/fixtures-env && /tmp/fixtures-env/bin/pip install fpdf2 openpyxl
    /tmp/fixtures-env/bin/python make_education.py      # from this folder
"""
import io
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

import openpyxl
from fpdf import FPDF

import fixture_mail

HERE = Path(__file__).parent
STUDENTS = [
    ("Avery", "Quinlan", "418230", date(2012, 2, 9)), ("Bryce", "Okonkwo", "418231", date(2011, 11, 23)),
    ("Camila", "Ferreira", "418245", date(2012, 5, 30)), ("Dmitri", "Walsh", "418262", date(2012, 1, 17)),
    ("Esme", "Halvorsen", "418277", date(2011, 9, 4)), ("Felix", "Abara", "418290", date(2012, 7, 12)),
]
FIXED = datetime(2026, 11, 16, 9, 30, tzinfo=timezone.utc)


def gradebook():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Period 3"
    sheet.append(["Algebra I - Period 3 - Quarter 1"])
    sheet.append(["Last Name", "First Name", "Student ID", "Quiz 1", "Unit Test 1", "Q1 Grade"])
    for index, (first, last, sid, _) in enumerate(STUDENTS):
        sheet.append([last, first, int(sid), 70 + index * 4, 65 + index * 5, "B+" if index % 2 else "A-"])
    book.properties.created = book.properties.modified = FIXED.replace(tzinfo=None)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def transcript():
    pdf = FPDF()
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.cell(0, 10, "Unofficial Academic Transcript", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.cell(95, 7, "Student Name: Esme Halvorsen")
    pdf.cell(95, 7, "Student ID: 418277", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(95, 7, "Date of Birth: 09/04/2011")
    pdf.cell(95, 7, "Cumulative GPA: 3.62", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for row in [("Course", "Term", "Mark", "Credits"), ("English 9", "2025-26 S1", "A-", "0.5"),
                ("Biology", "2025-26 S1", "B+", "0.5"), ("Geometry", "2025-26 S1", "A", "0.5"),
                ("World History", "2025-26 S1", "B", "0.5")]:
        for cell in row:
            pdf.cell(45, 7, cell, border=1)
        pdf.ln()
    return bytes(pdf.output())


def nurse_log_zip():
    rows = ["Visit Date,Student,Grade,Reason for Visit,Medication Given,Disposition"]
    for index, (first, last, _, _) in enumerate(STUDENTS):
        rows.append(f"11/{10 + index}/2026,{first} {last},5,{['Headache', 'Asthma', 'Stomach ache'][index % 3]},"
                    f"{['Ibuprofen 200 mg', 'Albuterol inhaler', 'None'][index % 3]},Returned to class")
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("health/nurse-log-november.csv", date_time=(2026, 11, 16, 9, 30, 0))
        archive.writestr(info, "\r\n".join(rows) + "\r\n")
    return data.getvalue()


def sis_export():
    rows = ["STU_NUM,LAST_NM,FIRST_NM,BIRTH_DT,GR_LVL,Guardian1_Phone,SPED_FLAG"]
    for index, (first, last, sid, born) in enumerate(STUDENTS):
        rows.append(f"S{sid},{last.upper()},{first.upper()},{born:%Y%m%d},05,860-555-01{40 + index},{'Y' if index == 2 else 'N'}")
    return ("\r\n".join(rows) + "\r\n").encode()


def main():
    fixtures = [
        ("education-gradebook-xlsx.eml", "Q1 grades", "Quarter 1 grades for period 3 are attached.",
         ("algebra-p3-q1.xlsx", gradebook(), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        ("education-transcript-pdf.eml", "Transcript", "Esme's unofficial transcript, as requested.",
         ("transcript.pdf", transcript(), "application", "pdf")),
        ("education-nurse-log-zip.eml", "Nurse log", "November visits, zipped.",
         ("nurse-log.zip", nurse_log_zip(), "application", "zip")),
        ("education-sis-export.eml", "Export", "Grade 5 export from the SIS.",
         ("grade5_export.csv", sis_export(), "text", "csv")),
    ]
    for name, subject, body, attachment in fixtures:
        fixture_mail.write(HERE, name, fixture_mail.message(subject, body, [attachment]))


if __name__ == "__main__":
    main()
