import Detectors
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
    static let minimumOverall = 0.99

    @Test("SSN and card precision and recall are at least 0.98 in every class and 0.99 overall", arguments: [
        ("Tests/Corpus", 20), ("Tests/Evaluation", 10), ("Tests/Holdout", 20),
    ])
    func precisionAndRecall(_ folder: String, _ minimumMessages: Int) throws {
        let corpus = Repository.root.appendingPathComponent(folder)
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
        for kind in Self.kinds {
            let tally = total[kind] ?? Tally()
            report.append(Self.row("ALL", kind, tally))
            #expect(tally.precision >= Self.minimumOverall, "\(folder) \(kind) overall precision \(tally.precision)")
            #expect(tally.recall >= Self.minimumOverall, "\(folder) \(kind) overall recall \(tally.recall)")
        }
        print("\(folder):\n" + report.joined(separator: "\n"))
        if !misses.isEmpty { print("differences:\n" + misses.joined(separator: "\n")) }
        for klass in tallies.keys {
            #expect(labelled.filter { $0.class == klass }.count >= minimumMessages, "\(folder) \(klass) has too few messages")
        }
    }

    static func row(_ klass: String, _ kind: String, _ tally: Tally) -> String {
        let pad = { (text: String, width: Int) in text.padding(toLength: width, withPad: " ", startingAt: 0) }
        return pad(klass, 23) + pad(kind, 6) + pad(String(format: "%.3f", tally.precision), 11)
            + pad(String(format: "%.3f", tally.recall), 9) + "(\(tally.truePositives)/\(tally.falsePositives)/\(tally.falseNegatives))"
    }
}
