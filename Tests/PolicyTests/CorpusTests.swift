import Detectors
import Foundation
import Inspection
import Policy
import TestSupport
import Testing

/// Precision and recall over the labelled corpus in Tests/Corpus (built by make_corpus.py with
/// independent tools). A match is a distinct value per message, compared by kind and digits.
@Suite("Accuracy corpus")
struct CorpusTests {
    struct Labelled: Decodable {
        struct Value: Decodable {
            var kind: String
            var digits: String
        }
        var file: String
        var `class`: String
        var expected: [Value]
    }

    struct Tally {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    static let kinds = ["ssn", "card"]
    static let minimum = 0.98

    @Test("SSN and card precision and recall are at least 0.98 in every class")
    func precisionAndRecall() throws {
        let corpus = Repository.root.appendingPathComponent("Tests/Corpus")
        let labelled = try JSONDecoder().decode([Labelled].self, from: Data(contentsOf: corpus.appendingPathComponent("manifest.json")))
        let sources = try Repository.patternFiles().map { PatternSource(name: $0.name, text: $0.text) }
        let inspector = Inspector(rules: try RuleSet.load(sources, limits: ScanLimits()).get())

        var tallies: [String: [String: Tally]] = [:]  // class → kind → tally
        var misses: [String] = []
        for message in labelled {
            let raw = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(message.file)))
            let findings = inspector.inspect(raw).findings
            for kind in Self.kinds {
                let found = Set(findings.filter { $0.kind == kind }.compactMap(\.valueID))
                let expected = Set(message.expected.filter { $0.kind == kind }.map { Finding.valueID(kind: kind, normalized: $0.digits) })
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

        var report = ["class                  kind  precision  recall   (tp/fp/fn)"]
        var total: [String: Tally] = [:]
        for (klass, byKind) in tallies.sorted(by: { $0.key < $1.key }) {
            for kind in Self.kinds {
                let tally = byKind[kind] ?? Tally()
                total[kind, default: Tally()].truePositives += tally.truePositives
                total[kind, default: Tally()].falsePositives += tally.falsePositives
                total[kind, default: Tally()].falseNegatives += tally.falseNegatives
                report.append(Self.row(klass, kind, tally))
                #expect(tally.precision >= Self.minimum, "\(klass) \(kind) precision \(tally.precision)")
                #expect(tally.recall >= Self.minimum, "\(klass) \(kind) recall \(tally.recall)")
            }
        }
        for kind in Self.kinds { report.append(Self.row("ALL", kind, total[kind] ?? Tally())) }
        print(report.joined(separator: "\n"))
        if !misses.isEmpty { print("differences:\n" + misses.joined(separator: "\n")) }
        #expect(labelled.count >= 20 * tallies.count)
    }

    static func row(_ klass: String, _ kind: String, _ tally: Tally) -> String {
        let pad = { (text: String, width: Int) in text.padding(toLength: width, withPad: " ", startingAt: 0) }
        return pad(klass, 23) + pad(kind, 6) + pad(String(format: "%.3f", tally.precision), 11)
            + pad(String(format: "%.3f", tally.recall), 9) + "(\(tally.truePositives)/\(tally.falsePositives)/\(tally.falseNegatives))"
    }
}
