@testable import Configuration
@testable import Console
import Detectors
import Extraction
import Foundation
import Testing
import TestSupport

/// What a reviewer sees when revealing a held message, over the labelled sets built apart
/// from the rules (each with its manifest of planted SSNs and card numbers): a planted value
/// still readable as digits in the revealed text is a leak. Values written in words (the
/// disguised set) cannot be told from text by digits and are not counted.
@Suite("Reveal redacts the planted values of the labelled sets")
struct RevealEvaluationTests {
    /// Set, every how-many-th message, and the least share of planted values that must stay
    /// hidden per kind. The quick suite reads every 3rd message of each set;
    /// `MAILGUARD_LONG_TESTS=1` (CI) reads them all.
    static let sets: [(name: String, stride: Int, minimum: Double)] = ["Holdout", "Evaluation", "LegacyPlanted", "ArchivePlanted", "Disguised"].map {
        ($0, ProcessInfo.processInfo.environment["MAILGUARD_LONG_TESTS"] == "1" ? 1 : 3, 1.0)
    }

    @Test("no planted SSN or card number is readable in a revealed message", arguments: sets.map(\.name))
    func leaks(set: String) throws {
        let (_, stride, minimum) = Self.sets.first { $0.name == set }!
        let directory = Repository.root.appendingPathComponent("Tests/\(set)")
        let manifest = try LabelledMessage.manifest(directory)
        let config = try ConfigLoader.load(Repository.config.path).get()
        let rules = try ShippedRules.loaded.get()
        // `plain`: planted values a person can read as digits in the message's text unmasked
        // (the control: without it a perfect score could mean the check sees nothing).
        var planted: [String: Int] = [:], plain: [String: Int] = [:], leaked: [String: Int] = [:], leakedFiles: [String] = []
        for (index, message) in manifest.enumerated() where index % stride == 0 {
            let values = message.expected.filter { ["ssn", "card"].contains($0.kind) && $0.digits != nil }
            guard !values.isEmpty else { continue }
            let raw = try [UInt8](Data(contentsOf: directory.appendingPathComponent(message.file)))
            let parts = Revealer.reveal(raw, rules: rules, limits: config.inspection.extraction)
            let runs = Self.digitRuns(parts.flatMap(\.pieces).map(\.text).joined(separator: "\n"))
            let unmasked = Self.digitRuns(MessageReader.read(raw, limits: config.inspection.extraction).segments.map(\.text).joined(separator: "\n"))
            for value in values {
                planted[value.kind, default: 0] += 1
                if unmasked.contains(where: { $0.contains(value.digits!) }) { plain[value.kind, default: 0] += 1 }
                if runs.contains(where: { $0.contains(value.digits!) }) {
                    leaked[value.kind, default: 0] += 1
                    leakedFiles.append("\(message.file) \(value.kind) ***\(value.digits!.suffix(4))")
                }
            }
        }
        for kind in planted.keys.sorted() {
            let hidden = 1 - Double(leaked[kind, default: 0]) / Double(planted[kind]!)
            print("reveal \(set) \(kind): \(planted[kind]!) planted, \(plain[kind, default: 0]) readable as digits unmasked, \(leaked[kind, default: 0]) readable revealed, hidden \(String(format: "%.3f", hidden))")
            #expect(hidden >= minimum, "\(set) \(kind): \(leakedFiles.prefix(10))")
            #expect(plain[kind, default: 0] * 2 >= planted[kind]!, "\(set) \(kind): the check reads too few values even unmasked")
        }
        #expect(!planted.isEmpty)
    }

    /// Runs of digits as a person reads them: spaces, dashes, dots, slashes and invisible
    /// characters between digits do not end a run.
    static func digitRuns(_ text: String) -> [String] {
        let joiners: Set<Unicode.Scalar> = [" ", "-", ".", "/", "\t", "\u{A0}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{2009}", "\u{202F}"]
        var runs: [String] = [], current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue {
                current.append(String(Int(value)))
            } else if !joiners.contains(scalar) {
                if current.count >= 9 { runs.append(current) }
                current = ""
            }
        }
        if current.count >= 9 { runs.append(current) }
        return runs
    }
}
