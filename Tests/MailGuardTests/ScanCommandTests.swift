import Foundation
import TestSupport
import Testing

/// `mailguard scan --json` on each fixture, as an admin would run it.
@Suite("mailguard scan")
struct ScanCommandTests {
    struct Report: Decodable {
        struct Item: Decodable {
            var rule: String
            var kind: String
            var location: String
            var redacted: String
            var action: String
            var note: String?
        }
        var verdict: String
        var findings: [Item]
    }

    /// Scanned as mail to an outside address, where the shipped policy refuses sensitive data.
    static func scan(_ fixture: String) throws -> (Report, String) {
        let scans = try everyFixtureScannedOutside.get()
        #expect(scans.status == 0, "stderr: \(scans.stderr)")
        let line = try #require(scans.lines[fixture], "\(fixture) was not scanned")
        return (try JSONDecoder().decode(Report.self, from: Data(line.utf8)), line)
    }

    /// Every fixture scanned once by one `mailguard scan --json` (one line each): loading the
    /// rules and the model is most of a scan's time, and the fixtures are many.
    static let everyFixtureScannedOutside = Result { () throws -> (status: Int32, stderr: String, lines: [String: String]) in
        struct Named: Decodable { var file: String }
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.fixture("").path).filter { $0.hasSuffix(".eml") }.sorted()
        let result = try runMailGuard(["scan", "--json", "--recipient", "outside@mail.example"] + names.map { Repository.fixture($0).path })
        var lines: [String: String] = [:]
        for line in result.stdout.split(separator: "\n").map(String.init) {
            let file = try JSONDecoder().decode(Named.self, from: Data(line.utf8)).file
            lines[URL(fileURLWithPath: file).lastPathComponent] = line
        }
        return (result.status, result.stderr, lines)
    }

    @Test("education records: one finding names the document and what its records hold, never a value", arguments: [
        ("education-gradebook-xlsx.eml", "student-roster student-roster@attachment algebra-p3-q1.xlsx › Period 3: gradebook of 6 students: name, student ID, grades"),
        ("education-transcript-pdf.eml", "education-record student-record@attachment transcript.pdf: 1 confidential record naming a person: name, student ID, grades"),
        ("education-nurse-log-zip.eml",
         "student-roster student-roster@attachment nurse-log.zip › health/nurse-log-november.csv: health log of 6 students: name, record terms, health"),
        ("education-sis-export.eml",
         "student-roster student-roster@attachment grade5_export.csv: roster of 6 students: name, DOB, guardian phone, student ID, special education"),
    ])
    func educationRecords(_ fixture: String, _ expected: String) throws {
        let (report, output) = try Self.scan(fixture)
        #expect(report.verdict == "reject")
        let records = report.findings.filter { $0.kind.hasPrefix("student-r") }
        #expect(records.map { "\($0.rule) \($0.kind)@\($0.location): \($0.note ?? "")" } == [expected])
        for value in ["418230", "418277", "20111123", "Quinlan", "Halvorsen"] {
            #expect(!output.contains(value), "output leaks a value")
        }
    }

    @Test("finds what a reader sees and nothing else", arguments: [
        ("ssn-base64-split.eml", "reject", ["ssn@body (text/plain)=***-**-4399"]),
        ("ssn-qp-soft-break.eml", "reject", ["ssn@body (text/plain)=***-**-4399"]),
        ("ssn-latin1-nbsp.eml", "reject", ["ssn@body (text/plain)=***-**-4399"]),
        ("ssn-in-html.eml", "reject", ["ssn@body (text/html)=***-**-4399"]),
        ("card-in-encoded-subject.eml", "reject", ["card@subject=**** **** **** 9080"]),
        ("card-in-alternative.eml", "reject", ["card@body (text/plain)=**** **** **** 9080", "card@body (text/html)=**** **** **** 9080"]),
        ("test-card.eml", "tag", ["test-card@body (text/plain)=**** **** **** 1111"]),
        ("password.eml", "quarantine", ["password@body (text/plain)=********"]),
        ("not-mime.eml", "reject", ["card@body (unparsed)=**** **** **** 9080"]),
        ("clean-digits-in-headers.eml", "accept", []),
        // Numbers as a reader sees them: disguised in text, drawn sideways or pulled apart in a
        // PDF, typed into a form field or a note on the page (make_numbers.py).
        ("numbers-disguised-text.eml", "reject", [
            "ssn@body (text/plain)=***-**-4399", "ssn@body (text/plain)=***-**-4532", "ssn@body (text/plain)=***-**-7789",
        ]),
        ("numbers-pdf-sideways.eml", "reject", ["ssn@attachment payroll.pdf › page 1=***-**-4399"]),
        ("numbers-pdf-landscape.eml", "reject", [
            "ssn@attachment roster.pdf › page 1 › table 1 › row 2 (SSN)=***-**-4399",
            "ssn@attachment roster.pdf › page 1 › table 1 › row 3 (SSN)=***-**-4532",
            "ssn@attachment roster.pdf › page 1 › table 1 › row 4 (SSN)=***-**-7789",
        ]),
        ("numbers-pdf-kerned.eml", "reject", ["card@attachment card.pdf › page 1=**** **** **** 9080", "ssn@attachment card.pdf › page 1=***-**-4532"]),
        ("numbers-pdf-form.eml", "reject", [
            "ssn@attachment form.pdf › page 1 › fields and notes=***-**-4399",
            "card@attachment form.pdf › page 1 › fields and notes=**** **** **** 9080",
        ]),
        // Phone numbers are findings that accept on their own (policy rows escalate them).
        ("lookalikes.eml", "accept", ["phone@body (text/plain)=***-***-1234", "phone@body (text/plain)=***-***-0199"]),
        ("image-with-digits.eml", "accept", []),
        ("hidden-html.eml", "reject", ["ssn@body (text/html) › hidden=***-**-4399", "card@body (text/html) › hidden=**** **** **** 9080"]),
        ("csv-ssn-column.eml", "reject", ["ssn@attachment roster.csv › B2 (SSN)=***-**-4399", "ssn@attachment roster.csv › B3 (SSN)=***-**-4532"]),
        // Rosters: every value with its row and column header, and no label reaching into another column.
        ("roster-pdf-ruled.eml", "reject", [
            "date-of-birth@attachment roster.pdf › page 1 › table 1 › row 2 (Birth date)=********",
            "ssn@attachment roster.pdf › page 1 › table 1 › row 2 (SSN)=***-**-4399",
            "card@attachment roster.pdf › page 1 › table 1 › row 2 (Card)=**** **** **** 9903",
            "date-of-birth@attachment roster.pdf › page 1 › table 1 › row 3 (Birth date)=********",
            "ssn@attachment roster.pdf › page 1 › table 1 › row 3 (SSN)=***-**-4532",
            "card@attachment roster.pdf › page 1 › table 1 › row 3 (Card)=**** **** **** 9080",
            "date-of-birth@attachment roster.pdf › page 1 › table 1 › row 4 (Birth date)=********",
            "ssn@attachment roster.pdf › page 1 › table 1 › row 4 (SSN)=***-**-4567",
            "card@attachment roster.pdf › page 1 › table 1 › row 4 (Card)=**** **** *** 7120",
        ]),
        ("roster-pdf-plain.eml", "reject", [
            "ssn@attachment staff.pdf › page 1 › table 1 › row 2 (SSN)=***-**-4399",
            "ssn@attachment staff.pdf › page 1 › table 1 › row 3 (SSN)=***-**-4532",
            "ssn@attachment staff.pdf › page 2 › table 1 › row 1 (SSN)=***-**-4567",
            "ssn@attachment staff.pdf › page 2 › table 1 › row 2 (SSN)=***-**-3344",
            "ssn@attachment staff.pdf › page 2 › table 1 › row 3 (SSN)=***-**-4455",
            "personal-roster@attachment staff.pdf=",
        ]),
        ("roster-html.eml", "reject", [
            "ssn@body (text/html) › table 1 › row 2 (SSN)=***-**-4399",
            "ssn@body (text/html) › table 1 › row 3 (SSN)=***-**-4532",
            "ssn@body (text/html) › table 1 › row 4 (SSN)=***-**-4567",
            "ssn@body (text/html) › table 1 › row 5 (SSN)=***-**-3344",
        ]),
        ("roster-tsv.eml", "reject", [
            "student-id@attachment export.txt › table 1 › row 2 (StudentID)=*****6789",
            "ssn@attachment export.txt › table 1 › row 2 (SSN)=***-**-4399",
            "phone@attachment export.txt › table 1 › row 2 (Phone)=***-***-0142",
            "student-id@attachment export.txt › table 1 › row 3 (StudentID)=*****7891",
            "ssn@attachment export.txt › table 1 › row 3 (SSN)=***-**-4532",
            "phone@attachment export.txt › table 1 › row 3 (Phone)=***-***-0143",
            "student-id@attachment export.txt › table 1 › row 4 (StudentID)=*****8912",
            "ssn@attachment export.txt › table 1 › row 4 (SSN)=***-**-4567",
            "phone@attachment export.txt › table 1 › row 4 (Phone)=***-***-0144",
        ]),
        ("roster-fixed-width.eml", "reject", [
            "student-id@body (text/plain) › table 1 › row 2 (StudentID)=*****6789",
            "ssn@body (text/plain) › table 1 › row 2 (SSN)=***-**-4399",
            "phone@body (text/plain) › table 1 › row 2 (Phone)=***-***-0142",
            "student-id@body (text/plain) › table 1 › row 3 (StudentID)=*****7891",
            "ssn@body (text/plain) › table 1 › row 3 (SSN)=***-**-4532",
            "phone@body (text/plain) › table 1 › row 3 (Phone)=***-***-0143",
            "student-id@body (text/plain) › table 1 › row 4 (StudentID)=*****8912",
            "ssn@body (text/plain) › table 1 › row 4 (SSN)=***-**-4567",
            "phone@body (text/plain) › table 1 › row 4 (Phone)=***-***-0144",
        ]),
        // Dangerous attachments (guideline 6), by their bytes or names, in archives too.
        ("danger-pe-as-photo.eml", "reject", ["dangerous-attachment@attachment photo.jpg=executable: executable (PE)"]),
        ("danger-elf-as-pdf.eml", "reject", ["dangerous-attachment@attachment form.pdf=executable: executable (ELF)"]),
        ("danger-docm.eml", "reject", ["dangerous-attachment@attachment budget.docm=macro: Office document with macros (vbaProject.bin)"]),
        ("danger-docx-with-macros.eml", "reject", ["dangerous-attachment@attachment letter.docx=macro: Office document with macros (vbaProject.bin)"]),
        // Macros in every Office family, and the files of Office 97-2003 and Outlook read (make_legacy.py).
        ("legacy-docx-renamed-docm.eml", "reject", ["dangerous-attachment@attachment log.docx=macro: macro part declared in the package's content types"]),
        ("legacy-docm-without-vba.eml", "accept", []),
        ("legacy-xlsm-xlm.eml", "reject", ["dangerous-attachment@attachment budget.xlsm=macro: Excel 4.0 macro sheet"]),
        ("legacy-ods-basic.eml", "reject", ["dangerous-attachment@attachment lunch.ods=macro: OpenDocument Basic macros"]),
        ("legacy-xls-xlm.eml", "reject", [
            "ssn@attachment budget.xls › New hires!B2 (SSN)=***-**-4321", "card@attachment budget.xls › New hires!C2 (Card)=**** **** **** 9855",
            "ssn@attachment budget.xls › New hires!B3 (SSN)=***-**-1234", "dangerous-attachment@attachment budget.xls=macro: Excel 4.0 macro sheet Notes",
        ]),
        ("legacy-msg-docm.eml", "reject", ["dangerous-attachment@attachment macro.msg › form.docm=macro: Office document with macros (vbaProject.bin)"]),
        ("legacy-doc-ssn.eml", "reject", ["ssn@attachment letter.doc=***-**-4399", "ssn@attachment letter.doc › table 1 › row 2 (SSN)=***-**-4321"]),
        ("legacy-doc-vba.eml", "reject", [
            "ssn@attachment letter.doc=***-**-4399", "ssn@attachment letter.doc › table 1 › row 2 (SSN)=***-**-4321",
            "dangerous-attachment@attachment letter.doc=macro: Office document with VBA macros",
        ]),
        ("legacy-doc-harmless.eml", "accept", []),
        ("legacy-xls-roster.eml", "reject", [
            "ssn@attachment hires.xls › New hires!B2 (SSN)=***-**-4321", "card@attachment hires.xls › New hires!C2 (Card)=**** **** **** 9855",
            "ssn@attachment hires.xls › New hires!B3 (SSN)=***-**-1234",
        ]),
        ("legacy-ppt-card.eml", "reject", ["card@attachment trip.ppt › slide 2=**** **** **** 9080", "card@attachment trip.ppt › notes 2=**** **** **** 9903"]),
        ("legacy-msg-ssn.eml", "reject", [
            "ssn@attachment form.msg › subject=***-**-4532", "card@attachment form.msg › body=**** **** **** 9855",
            "ssn@attachment form.msg › hire.doc=***-**-4399", "ssn@attachment form.msg › hire.doc › table 1 › row 2 (SSN)=***-**-4321",
        ]),
        ("legacy-msg-nested.eml", "reject", [
            "ssn@attachment forms.msg › inner.msg › subject=***-**-4532", "card@attachment forms.msg › inner.msg › body=**** **** **** 9855",
            "ssn@attachment forms.msg › inner.msg › hire.doc=***-**-4399",
            "ssn@attachment forms.msg › inner.msg › hire.doc › table 1 › row 2 (SSN)=***-**-4321",
        ]),
        ("legacy-msg-word-object.eml", "reject", [
            "ssn@attachment letter.msg › letter.doc=***-**-4399", "ssn@attachment letter.msg › letter.doc › table 1 › row 2 (SSN)=***-**-4321",
        ]),
        ("legacy-docx-default-password.eml", "reject", ["ssn@attachment benefits.docx=***-**-4399"]),
        ("legacy-docx-real-password.eml", "quarantine", ["unscannable@attachment benefits.docx="]),
        ("legacy-doc-encrypted.eml", "quarantine", ["unscannable@attachment locked.doc="]),
        ("legacy-xls-encrypted.eml", "quarantine", ["unscannable@attachment locked.xls="]),
        ("legacy-docx-encrypted.eml", "quarantine", ["unscannable@attachment report.docx="]),
        ("danger-zip-with-js.eml", "reject", [
            "dangerous-attachment@attachment invoice.zip › invoice.pdf.js=script: script or shortcut (.js)",
            "dangerous-attachment@attachment invoice.zip › invoice.pdf.js=double-extension: double extension (.pdf.js)",
        ]),
        ("danger-zip-in-zip-exe.eml", "reject", ["dangerous-attachment@attachment photos.zip › inner.zip › setup.exe=executable: executable (PE)"]),
        ("danger-rtlo-name.eml", "reject", [
            "dangerous-attachment@attachment invoice?fdp.exe=executable: program name (.exe)",
            "dangerous-attachment@attachment invoice?fdp.exe=bidi-name: right-to-left or other bidi control in the name",
        ]),
        ("danger-iso.eml", "reject", ["dangerous-attachment@attachment backup.bin=disk-image: disk image (ISO 9660)"]),
        ("danger-staff-script.eml", "reject", ["dangerous-attachment@attachment fix-printers.ps1=script: script or shortcut (.ps1)"]),
        ("safe-attachments.eml", "accept", []),
        ("ssn-in-filename.eml", "reject", ["ssn@attachment form ***-**-4399.txt › file name=***-**-4399"]),
        ("rfc2047-split.eml", "reject", [
            "ssn@subject=***-**-4399", "card@body (text/plain)=**** **** **** 9080",
            "ssn@attachment SSN ***-**-4532.txt › file name=***-**-4532",
        ]),
        ("rfc2231-filename.eml", "reject", ["ssn@attachment Schüler SSN ***-**-4399.txt › file name=***-**-4399"]),
        ("zip-bomb.eml", "quarantine", ["unscannable@attachment photos.zip › big.txt="]),
        ("zip-encrypted.eml", "quarantine", ["unscannable@attachment roster.zip="]),
        ("pdf-damaged.eml", "quarantine", ["unscannable@attachment form.pdf="]),
        ("legacy-doc.eml", "quarantine", ["unscannable@attachment letter.doc="]),
        ("unknown-binary.eml", "quarantine", ["unscannable@attachment export.bin="]),
        ("deep-nesting.eml", "quarantine", ["unscannable@message="]),
        // Archives beyond zip, RTF, calendars, cards and encrypted PDFs (make_archives.py).
        ("archive-targz-ssn-csv.eml", "reject", ["ssn@attachment roster.tar.gz › class/roster.csv › B2 (SSN)=***-**-4399"]),
        ("archive-tarbz2-zip-csv.eml", "reject", ["ssn@attachment export.tar.bz2 › export/roster.zip › roster.csv › B2 (SSN)=***-**-4399"]),
        ("archive-gz-csv.eml", "reject", ["ssn@attachment roster.csv.gz › roster.csv › B2 (SSN)=***-**-4399"]),
        ("archive-tarxz-harmless.eml", "accept", []),
        ("archive-7z-exe.eml", "reject", ["dangerous-attachment@attachment tools.7z › setup.exe=executable: executable (PE)"]),
        ("archive-7z-password.eml", "quarantine", ["unscannable@attachment payroll.7z › payroll.csv="]),
        ("archive-7z-hidden-names.eml", "quarantine", ["unscannable@attachment payroll.7z="]),
        ("archive-targz-zip-password.eml", "quarantine", ["unscannable@attachment payroll.tar.gz › payroll.zip="]),
        ("archive-zip-password-exe.eml", "reject", [
            "unscannable@attachment invoice.zip=",
            "dangerous-attachment@attachment invoice.zip › invoice.pdf.exe=executable: program name (.exe)",
            "dangerous-attachment@attachment invoice.zip › invoice.pdf.exe=double-extension: double extension (.pdf.exe)",
        ]),
        ("archive-gzip-bomb.eml", "quarantine", ["unscannable@attachment server.log.gz › server.log="]),
        ("rtf-card.eml", "reject", ["card@attachment receipt.rtf=**** **** **** 9855"]),
        ("rtf-hidden-ssn.eml", "reject", ["ssn@attachment picnic.rtf › hidden=***-**-4399"]),
        ("rtf-unicode-table.eml", "reject", ["ssn@attachment hires.rtf › table 1 › row 2 (SSN)=***-**-4321"]),
        ("rtf-package-exe.eml", "reject", ["dangerous-attachment@attachment form.rtf › object 1 › form.exe=executable: executable (PE)"]),
        ("rtf-linked-object.eml", "reject", [
            "dangerous-attachment@attachment form.rtf › object 1 (Word.Document.8)=embedded-object: linked object (fetched when the document opens)",
        ]),
        ("rtf-equation-object.eml", "reject", [
            "dangerous-attachment@attachment quiz.rtf › object 1 (Equation.3)=embedded-object: Equation.3 object (runs when the document opens)",
        ]),
        ("msg-rtf-body.eml", "reject", ["card@attachment lunch.msg › body=**** **** **** 9855"]),
        ("calendar-ssn-folded.eml", "reject", ["ssn@attachment invite.ics › event 1=***-**-4399"]),
        ("vcard-qp-card.eml", "reject", [
            "phone@attachment contacts.vcf › cards 1-2=***-***-4412", "card@attachment contacts.vcf › cards 1-2=**** **** **** 9855",
            "phone@attachment contacts.vcf › cards 1-2=***-***-7788",
        ]),
        ("pdf-empty-user-password.eml", "reject", ["ssn@attachment hire.pdf › page 1=***-**-4399"]),
        ("pdf-user-password.eml", "quarantine", ["unscannable@attachment hire.pdf="]),
    ])
    func fixtures(_ fixture: String, _ verdict: String, _ expected: [String]) throws {
        let (report, output) = try Self.scan(fixture)
        #expect(report.verdict == verdict)
        // A dangerous attachment has no value: its rule and reason stand in its place.
        #expect(report.findings.map { finding in
            let shown = finding.kind == "dangerous-attachment" ? "\(finding.rule): \(finding.note ?? "")" : finding.redacted
            return "\(finding.kind)@\(finding.location)=\(shown)"
        } == expected)
        for secret in ["536-90-4399", "536 90 4399", "4532 5260 1815 9080", "4532-5260-1815-9080", "4532526018159080", "Falcon$2026"] {
            #expect(!output.contains(secret), "output leaks a value")
        }
    }

    @Test("the IT department may send a script inside the district; other staff may not", arguments: [
        ("danger-it-script.eml", "accept"), ("danger-staff-script.eml", "reject"),
    ])
    func itScripts(_ fixture: String, _ verdict: String) throws {
        // No --recipient: the To address, inside the district, from the From address.
        let result = try runMailGuard(["scan", "--json", Repository.fixture(fixture).path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.verdict == verdict)
        #expect(report.findings.map(\.rule) == ["script"])
    }

    @Test("unscannable findings say why", arguments: [
        ("zip-bomb.eml", "— too large: expands more than 100 times"),
        ("zip-encrypted.eml", "— password-protected: encrypted zip archive"),
        ("pdf-damaged.eml", "— damaged: PDF: PDF document is damaged"),
        ("legacy-doc.eml", "letter.doc -> quarantine — damaged: "),
        ("unknown-binary.eml", "— unsupported format: unknown binary (application/octet-stream)"),
        ("deep-nesting.eml", "— too deep: nested deeper than 10 levels"),
        ("xlsx-column-overflow.eml", "roster.xlsx › Roster -> quarantine — damaged: cell reference out of range"),
        ("xlsx-negative-string.eml", "— damaged: shared string index -1 out of range"),
        ("legacy-doc-encrypted.eml", "— password-protected: encrypted Word document"),
        ("legacy-xls-encrypted.eml", "— password-protected: encrypted Excel workbook"),
        ("legacy-docx-encrypted.eml", "— password-protected: encrypted Office file (ECMA-376 standard encryption)"),
        ("legacy-docx-real-password.eml", "— password-protected: encrypted Office file"),
        ("archive-7z-password.eml", "payroll.csv -> quarantine — password-protected: encrypted 7-Zip member"),
        ("archive-7z-hidden-names.eml", "payroll.7z -> quarantine — password-protected: encrypted 7-Zip (names hidden)"),
        ("archive-gzip-bomb.eml", "— too large: expands more than 100 times (archive bomb?)"),
        ("pdf-user-password.eml", "— password-protected: PDF: Document is encrypted"),
    ])
    func unscannableReasons(_ fixture: String, _ reason: String) throws {
        let (report, _) = try Self.scan(fixture)
        // As the text output shows a finding: location, action, note.
        let shown = report.findings.map { "\($0.location) -> \($0.action) — \($0.note ?? "")" }
        #expect(shown.contains { $0.contains(reason) }, "\(shown)")
    }

    @Test("text output names rule, location, redacted value and verdict")
    func textOutput() throws {
        let result = try runMailGuard(["scan", "--recipient", "outside@mail.example", Repository.fixture("ssn-in-html.eml").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains(": reject for outside@mail.example\n"))
        #expect(result.stdout.contains("ssn [ssn, high] in body (text/html): ***-**-4399 -> reject (guideline 3)"))
    }

    @Test("the same message, judged by the district policy for each direction", arguments: [
        (["--recipient", "office@district.example"], "tag for office@district.example; copy to compliance@district.example"),
        (["--recipient", "outside@mail.example"], "reject for outside@mail.example"),
        (["--recipient", "hr@benefits-partner.example"], "tag for hr@benefits-partner.example; copy to compliance@district.example"),
        (["--sender", "parent@mail.example", "--recipient", "teacher@district.example"], "tag for teacher@district.example; copy to compliance@district.example"),
        (["--unauthenticated", "--client", "192.0.2.7", "--recipient", "outside@mail.example"], "reject for outside@mail.example"),
    ])
    func directions(_ options: [String], _ verdict: String) throws {
        let result = try runMailGuard(["scan"] + options + [Repository.fixture("ssn-in-html.eml").path])
        #expect(result.stdout.contains("ssn-in-html.eml: \(verdict)\n"), "\(result.stdout)")
    }

    @Test("the same recipient twice (To and Cc, or two RCPT TO) is one recipient")
    func duplicateRecipients() throws {
        let result = try runMailGuard(["scan", "--recipient", "A@mail.example", "--recipient", "a@mail.example", Repository.fixture("ssn-in-html.eml").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("reject for a@mail.example\n"))
    }

    @Test("a broken config stops scan, run and check alike: exit 1, the problem with its file and line")
    func brokenConfigExitsOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("mailguard.toml")
        try Data("[policy]\nmonitor = \"maybe\"\n".utf8).write(to: config)
        for command in [["scan", Repository.fixture("test-card.eml").path], ["check"]] {
            let result = try runMailGuard(command + ["--config", config.path])
            #expect(result.status == 1, "\(command[0]) exited \(result.status)")
            #expect(result.stderr.contains("mailguard.toml:2"), "\(command[0]): \(result.stderr)")
        }
    }

    @Test("a missing file is an error, other files are still scanned")
    func missingFile() throws {
        let result = try runMailGuard(["scan", "/nonexistent.eml", Repository.fixture("test-card.eml").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent.eml: cannot read file"))
        #expect(result.stdout.contains("test-card.eml: tag"))
    }
}

@Suite("mailguard check")
struct CheckCommandTests {
    @Test("the shipped config and patterns pass")
    func shipped() throws {
        let result = try runMailGuard(["check"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("examples passed"))
        #expect(result.stdout.contains("records: a roster is 5 or more personal records in one message; 7 district contacts"))
    }

    @Test("a broken pattern file fails with file:line: rule: cause and PCRE2's message")
    func brokenPatterns() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-check-\(UUID().uuidString)")
        let patterns = directory.appendingPathComponent("patterns")
        try FileManager.default.createDirectory(at: patterns, withIntermediateDirectories: true)
        try "patterns = \"patterns\"\n".write(to: directory.appendingPathComponent("mailguard.toml"), atomically: true, encoding: .utf8)
        try "# local rules\nrule student-id\nmatch /S(\\d{7}/\naction tag\nexample S1234567\n"
            .write(to: patterns.appendingPathComponent("local.rules"), atomically: true, encoding: .utf8)
        let result = try runMailGuard(["check", "--config", directory.appendingPathComponent("mailguard.toml").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/patterns/local.rules:3: student-id: bad regex at offset 7: missing closing parenthesis"), "stderr: \(result.stderr)")
    }

    @Test("a broken config fails with file and line")
    func brokenConfig() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("mailguard.toml")
        try "patterns = \"\(Repository.patterns.path)\"\n[limits]\non_scan_error = \"ignore\"\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try runMailGuard(["check", "--config", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("mailguard.toml:3: limits.on_scan_error: must be one of"), "stderr: \(result.stderr)")
    }
}
