import Detectors
import Extraction
import Foundation
import Inspection
import Policy
import TestSupport
import Testing

/// Precision and recall over the two labelled corpora: Tests/Corpus (make_corpus.py: every
/// encoding, charset and container, values beside the rules' own context words) and
/// Tests/Evaluation (make_evaluation.py: built without reading the rules, tables and labels
/// as people write them, real third-party messages). A match is a distinct value per message,
/// compared by kind and digits.
@Suite("Accuracy corpus")
struct CorpusTests {
    struct Tally {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    static let kinds = ["ssn", "card"]
    static let minimum = 0.98
    static let minimumOverall = 0.99

    @Test("SSN and card precision and recall are at least 0.98 in every class and 0.99 overall", arguments: [
        ("Tests/Corpus", 20), ("Tests/Evaluation", 10), ("Tests/Holdout", 20),
    ])
    func precisionAndRecall(_ folder: String, _ minimumMessages: Int) throws {
        let inspector = Inspector(rules: try shippedRules())
        try Self.evaluate(folder, kinds: Self.kinds, inspector: inspector, minimumMessages: minimumMessages) { _, _ in
            (Self.minimum, Self.minimumOverall)
        }
    }

    /// Tests/Disguised (make_set.py, written apart from the rules): SSNs and cards a reader
    /// still reads but written to slip past a filter or mangled by the writer's tools, with
    /// look-alikes written the same ways.
    /// The least precision and recall of each class and kind, and overall: what it measured
    /// (see docs/accuracy.md), so a change that makes any worse fails.
    static let disguisedMinimums: [String: Double] = [
        "bidi ssn": 1.00, "bidi card": 1.00, "invisible_chars ssn": 1.00, "invisible_chars card": 1.00,
        "line_breaks ssn": 1.00, "line_breaks card": 1.00, "lookalikes ssn": 1.00, "lookalikes card": 1.00,
        "pdf_forms_annotations ssn": 1.00, "pdf_forms_annotations card": 1.00, "pdf_rotated ssn": 1.00,
        "pdf_rotated card": 0.94, "pdf_spacing ssn": 1.00, "pdf_spacing card": 1.00, "separators ssn": 1.00,
        "separators card": 1.00, "spelled_out ssn": 1.00, "spelled_out card": 1.00, "unicode_digits ssn": 1.00,
        "unicode_digits card": 1.00, "xlsx_formats ssn": 1.00, "xlsx_formats card": 1.00, "ALL ssn": 1.00,
        "ALL card": 0.99,
    ]

    @Test("disguised SSNs and cards on Tests/Disguised: precision and recall of each kind at least what it measured")
    func disguised() throws {
        try Self.evaluate("Tests/Disguised", kinds: Self.kinds, inspector: Inspector(rules: try shippedRules()), minimumMessages: 20) { klass, kind in
            (Self.disguisedMinimums["\(klass) \(kind)"] ?? 0, Self.disguisedMinimums["ALL \(kind)"] ?? 0)
        }
    }

    /// Tests/LegacyPlanted (make_set.py, written apart from the readers and rules): SSNs and
    /// cards planted in Word, Excel and PowerPoint 97-2003 files written by LibreOffice and in
    /// Outlook messages, with look-alikes.
    static let legacyMinimums: [String: Double] = [
        "doc ssn": 1.00, "doc card": 0.92, "xls ssn": 1.00, "xls card": 1.00, "ppt ssn": 0.96, "ppt card": 0.96,
        "msg ssn": 1.00, "msg card": 1.00, "ALL ssn": 0.99, "ALL card": 0.97,
    ]

    @Test("SSNs and cards in .doc, .xls, .ppt and .msg on Tests/LegacyPlanted: precision and recall of each kind at least what it measured")
    func legacyPlanted() throws {
        try Self.evaluate("Tests/LegacyPlanted", kinds: Self.kinds, inspector: Inspector(rules: try shippedRules()), minimumMessages: 25) { klass, kind in
            (Self.legacyMinimums["\(klass) \(kind)"] ?? 0, Self.legacyMinimums["ALL \(kind)"] ?? 0)
        }
    }

    /// Tests/ArchivePlanted (make_set.py): SSNs and cards planted in tar, 7z, RTF, iCalendar and
    /// vCard files, programs inside archives and RTF objects, password-protected archives. The
    /// first run measured 1.000 precision and recall in every class and kind; so must every run.
    @Test("SSNs, cards, programs and locked archives in tar, 7z, RTF, calendars and cards on Tests/ArchivePlanted: every one found, nothing else")
    func archivePlanted() throws {
        try Self.evaluate("Tests/ArchivePlanted", kinds: Self.kinds + ["dangerous", "unscannable"], inspector: Inspector(rules: try shippedRules()),
                          minimumMessages: 10, presence: ["dangerous", "unscannable"], kindOf: Self.archiveKind) { _, _ in (1.0, 1.0) }
    }

    /// Tests/ArchiveReal (make_set.py): real archives, RTF, calendars and cards from libarchive's,
    /// xz's, libmspack's, LibreOffice's and PyPI projects' published test data, labelled by bsdtar,
    /// 7z, cabextract, unrar, unrtf, icalendar and vobject: harmless files pass, programs are
    /// flagged, files that need a password or that the tools call damaged are held.
    /// First run (as it came): programs P 0.857 R 0.900, held P 0.600 R 0.955. What still holds
    /// harmless files: binary test payloads of no known format, zero-filled members past the
    /// expansion ratio, methods libarchive lacks (CAB Quantum, solid RAR 3, ARM Thumb BCJ),
    /// cpio and LHA; Equation Editor objects in RTF are refused by design (see docs/accuracy.md).
    static let archiveRealMinimums: [String: Double] = [
        "ics dangerous": 1.00, "ics unscannable": 1.00, "vcf dangerous": 1.00, "vcf unscannable": 1.00, "rtf unscannable": 1.00,
        "ALL dangerous": 0.86, "ALL unscannable": 0.67,
    ]

    @Test("real archives, RTF, calendars and cards on Tests/ArchiveReal: programs flagged, locked and damaged files held, nothing else")
    func archiveReal() throws {
        try Self.evaluate("Tests/ArchiveReal", kinds: ["dangerous", "unscannable"], inspector: Inspector(rules: try shippedRules()),
                          minimumMessages: 5, presence: ["dangerous", "unscannable"], kindOf: Self.archiveKind) { klass, kind in
            (Self.archiveRealMinimums["\(klass) \(kind)"] ?? 0, Self.archiveRealMinimums["ALL \(kind)"] ?? 0)
        }
    }

    /// A dangerous attachment counts as `dangerous` whichever rule found it.
    static func archiveKind(_ finding: Finding) -> String {
        finding.kind == AttachmentRules.kind ? "dangerous" : finding.kind
    }

    /// Tests/LegacyOffice (make_set.py, real files from other projects' published test data,
    /// labelled by oletools and msoffcrypto-tool): harmless Word, Excel, PowerPoint 97-2003 and
    /// Outlook files must pass, files with macros must be reported, encrypted ones held.
    /// No harmless legacy file held or flagged (precision 1 in those classes), every macro
    /// found; `.xlsb` cells are not read, so those files are held (see docs/accuracy.md).
    static let legacyRealMinimums: [String: Double] = [
        "doc macro": 1.00, "doc unscannable": 1.00, "xls macro": 1.00, "xls unscannable": 1.00, "ppt macro": 1.00,
        "ppt unscannable": 1.00, "msg macro": 1.00, "msg unscannable": 1.00, "macro-legacy macro": 1.00, "macro-ooxml macro": 1.00,
        "encrypted macro": 1.00, "ALL macro": 1.00, "ALL unscannable": 0.85,
    ]

    @Test("real legacy Office files on Tests/LegacyOffice: macros and held files per class at least what it measured")
    func legacyReal() throws {
        let inspector = Inspector(rules: try shippedRules())
        try Self.evaluate("Tests/LegacyOffice", kinds: ["macro", "unscannable"], inspector: inspector, minimumMessages: 3,
                          presence: ["macro", "unscannable"], kindOf: { $0.ruleID == "macro" ? "macro" : $0.kind }) { klass, kind in
            (Self.legacyRealMinimums["\(klass) \(kind)"] ?? 0, Self.legacyRealMinimums["ALL \(kind)"] ?? 0)
        }
        try Self.printOutcomesByType("Tests/LegacyOffice", inspector: inspector)
    }

    /// What happened to each file type of a set of attachments (`attachment` in its manifest):
    /// blocked for a macro, held unread, or passed, beside what its labels say.
    static func printOutcomesByType(_ folder: String, inspector: Inspector) throws {
        struct Entry: Decodable {
            var file: String
            var attachment: String
            var expected: [LabelledMessage.Value]
        }
        let corpus = Repository.root.appendingPathComponent(folder)
        let entries = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: corpus.appendingPathComponent("manifest.json")))
        var rows: [String: [Int]] = [:]  // type → files, blocked, held, passed, labelled macro, labelled unreadable
        for entry in entries {
            let findings = inspector.inspect([UInt8](try Data(contentsOf: corpus.appendingPathComponent(entry.file)))).findings
            let blocked = findings.contains { $0.ruleID == "macro" }
            let held = !blocked && findings.contains { $0.kind == InspectionResult.unscannableKind }
            let type = "." + (entry.attachment.split(separator: ".").last.map { $0.lowercased() } ?? "?")
            let counts = [1, blocked ? 1 : 0, held ? 1 : 0, !blocked && !held ? 1 : 0,
                          entry.expected.contains { $0.kind == "macro" } ? 1 : 0, entry.expected.contains { $0.kind == "unscannable" } ? 1 : 0]
            rows[type] = zip(rows[type] ?? [0, 0, 0, 0, 0, 0], counts).map { $0 + $1 }
        }
        var report = ["type    files  blocked  held  passed   (labelled: macro, password)"]
        for (type, counts) in rows.sorted(by: { $0.key < $1.key }) {
            report.append(type.padding(toLength: 8, withPad: " ", startingAt: 0)
                + counts.prefix(4).map { String($0).padding(toLength: 7, withPad: " ", startingAt: 0) }.joined()
                + "  (\(counts[4]), \(counts[5]))")
        }
        print("\(folder) by file type:\n" + report.joined(separator: "\n"))
    }

    /// Tests/Records (make_records.py) and Tests/RecordsHoldout (make_records_holdout.py, built
    /// later and apart): personal data, each built from a brief of what counts without reading
    /// the rules. (Their record labels follow the earlier definition of a record, before grades,
    /// attendance, health, services and discipline made one: records are measured on
    /// Tests/Education and Tests/EducationHoldout.)
    static let valueKinds = ["phone", "street-address", "date-of-birth", "student-id"]

    @Test("personal data on Tests/Records: precision and recall at least 0.98 in every class and 0.99 overall")
    func records() throws {
        try Self.evaluate("Tests/Records", kinds: Self.valueKinds, inspector: Self.recordInspector(), minimumMessages: 25) { _, _ in
            (Self.minimum, Self.minimumOverall)
        }
    }

    /// The second set was measured as it came and only partly tuned after (see docs/accuracy.md):
    /// its bounds are what it showed, so a change that makes it worse fails.
    @Test("personal data on Tests/RecordsHoldout: at least 0.92 per class and 0.98 overall")
    func recordsHoldout() throws {
        try Self.evaluate("Tests/RecordsHoldout", kinds: Self.valueKinds, inspector: Self.recordInspector(), minimumMessages: 20) { _, _ in
            (0.92, 0.98)
        }
    }

    /// Tests/Education, Tests/EducationHoldout, Tests/EducationFresh and Tests/EducationLetters
    /// (each `make_set.py`, written apart from the rules and from each other): education
    /// records as FERPA sees them in every container (the last: in letters and notes),
    /// with district look-alikes. Records, rosters and student IDs are counted per message
    /// (whether the message has one); dates of birth per value.
    static let educationKinds = ["student-id", "date-of-birth", "student-roster", "student-record"]
    static let educationPresence: Set<String> = ["student-id", "student-roster", "student-record"]

    /// The least precision and recall of each kind over each set: what it measured (see
    /// docs/accuracy.md: the first was worked on, the second after its first run, the third is
    /// as it came), so a change that makes any worse fails.
    static let educationMinimums: [String: [String: Double]] = [
        "Tests/Education": ["student-id": 0.99, "date-of-birth": 0.99, "student-roster": 0.99, "student-record": 0.99],
        "Tests/EducationHoldout": ["student-id": 0.98, "date-of-birth": 0.99, "student-roster": 0.99, "student-record": 0.97],
        "Tests/EducationFresh": ["student-id": 0.99, "date-of-birth": 0.99, "student-roster": 0.98, "student-record": 0.99],
        // Letters and notes: records told in sentences, which words alone read poorly.
        "Tests/EducationLetters": ["student-id": 0.96, "date-of-birth": 0.99, "student-roster": 0.75, "student-record": 0.53],
    ]

    @Test("education records on the four education sets: precision and recall of each kind at least what it measured", arguments: [
        "Tests/Education", "Tests/EducationHoldout", "Tests/EducationFresh", "Tests/EducationLetters",
    ])
    func education(_ folder: String) throws {
        try Self.evaluate(folder, kinds: Self.educationKinds, inspector: Self.recordInspector(), minimumMessages: 20,
                          presence: Self.educationPresence) { klass, kind in
            (0, klass == "ALL" ? Self.educationMinimums[folder]?[kind] ?? 1 : 0)
        }
    }

    /// Tests/Conduct (make_conduct.py, built without reading the word lists): whether each
    /// message has each conduct category, disguised or not, with the classic look-alikes.
    static let conductKinds = ["profanity", "harassment", "threat", "self-harm", "weapons", "substance", "sexual", "gambling", "solicitation"]

    /// The least precision and recall of each category over the whole set: what it measured,
    /// so a change that makes it worse fails (classes are too small for bounds of their own).
    static let conductMinimums: [String: Double] = [
        "profanity": 0.95, "harassment": 0.8, "threat": 0.65, "self-harm": 0.65, "weapons": 0.7, "substance": 0.85,
        "sexual": 0.7, "gambling": 0.6, "solicitation": 0.35,
    ]

    @Test("conduct categories on Tests/Conduct: precision and recall of each category at least what it measured")
    func conduct() throws {
        try Self.evaluate("Tests/Conduct", kinds: Self.conductKinds, inspector: Self.recordInspector(), minimumMessages: 25,
                          presence: Set(Self.conductKinds)) { klass, kind in
            (0, klass == "ALL" ? Self.conductMinimums[kind] ?? 1 : 0)
        }
    }

    /// The shipped rules with the district's own contacts, as `mailguard scan` reads them.
    static func recordInspector() throws -> Inspector {
        let contacts = try String(contentsOf: Repository.root.appendingPathComponent("directory/district-contacts.txt"), encoding: .utf8)
        var known = KnownValues()
        for line in contacts.split(separator: "\n") where !line.hasPrefix("#") { _ = known.add(String(line)) }
        return Inspector(rules: try shippedRules(), records: RecordSettings(districtContacts: known))
    }

    /// Precision and recall of `kinds` per class of the labelled set in `folder`, printed as a
    /// table; `minimums(class, kind)` gives the least precision and recall of a class and of
    /// the whole set.
    static func evaluate(
        _ folder: String, kinds: [String], inspector: Inspector, minimumMessages: Int, presence: Set<String> = [],
        kindOf: (Finding) -> String = \.kind, minimums: (String, String) -> (each: Double, overall: Double)
    ) throws {
        let corpus = Repository.root.appendingPathComponent(folder)
        let labelled = try LabelledMessage.manifest(corpus)
        var tallies: [String: [String: Tally]] = [:]  // class → kind → tally
        var misses: [String] = []
        for message in labelled {
            let raw = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(message.file)))
            let findings = inspector.inspect(raw).findings
            for kind in kinds {
                // Presence: whether the message has the kind at all.
                let present = Set([Finding.valueID(kind: kind, normalized: "1")])
                let found = presence.contains(kind)
                    ? findings.contains { kindOf($0) == kind } ? present : []
                    : Set(findings.filter { kindOf($0) == kind }.compactMap(\.valueID))
                let labelled = message.expected.filter { $0.kind == kind }
                let expected = presence.contains(kind)
                    ? labelled.isEmpty ? [] : present
                    : Set(labelled.map { Finding.valueID(kind: kind, normalized: $0.normalized) })
                var tally = tallies[message.class, default: [:]][kind, default: Tally()]
                tally.truePositives += found.intersection(expected).count
                tally.falsePositives += found.subtracting(expected).count
                tally.falseNegatives += expected.subtracting(found).count
                tallies[message.class, default: [:]][kind] = tally
                if found != expected {
                    misses.append("\(message.file) \(kind): \(found.subtracting(expected).count) extra, \(expected.subtracting(found).count) missed")
                }
            }
        }

        var report = ["class                  kind             precision  recall   (tp/fp/fn)"]
        var total: [String: Tally] = [:]
        for (klass, byKind) in tallies.sorted(by: { $0.key < $1.key }) {
            for kind in kinds {
                let tally = byKind[kind] ?? Tally()
                total[kind, default: Tally()].truePositives += tally.truePositives
                total[kind, default: Tally()].falsePositives += tally.falsePositives
                total[kind, default: Tally()].falseNegatives += tally.falseNegatives
                report.append(Self.row(klass, kind, tally))
                let least = minimums(klass, kind).each
                #expect(tally.precision >= least, "\(folder) \(klass) \(kind) precision \(tally.precision)")
                #expect(tally.recall >= least, "\(folder) \(klass) \(kind) recall \(tally.recall)")
            }
        }
        for kind in kinds {
            let tally = total[kind] ?? Tally()
            report.append(Self.row("ALL", kind, tally))
            let least = minimums("ALL", kind).overall
            #expect(tally.precision >= least, "\(folder) \(kind) overall precision \(tally.precision)")
            #expect(tally.recall >= least, "\(folder) \(kind) overall recall \(tally.recall)")
        }
        print("\(folder):\n" + report.joined(separator: "\n"))
        if !misses.isEmpty { print("differences:\n" + misses.joined(separator: "\n")) }
        for klass in tallies.keys {
            #expect(labelled.filter { $0.class == klass }.count >= minimumMessages, "\(folder) \(klass) has too few messages")
        }
    }

    static func row(_ klass: String, _ kind: String, _ tally: Tally) -> String {
        let pad = { (text: String, width: Int) in text.padding(toLength: width, withPad: " ", startingAt: 0) }
        return pad(klass, 23) + pad(kind, 17) + pad(String(format: "%.3f", tally.precision), 11)
            + pad(String(format: "%.3f", tally.recall), 9) + "(\(tally.truePositives)/\(tally.falsePositives)/\(tally.falseNegatives))"
    }
}
