import Detectors
import Foundation
import Inspection
import Policy
import TestSupport
import Testing

func finding(_ action: Action, rule: String = "r") -> Finding {
    Finding(ruleID: rule, kind: rule, confidence: .high, location: "body (text/plain)", redacted: "***", action: action)
}

@Suite("Verdict")
struct VerdictTests {
    @Test("the most severe action wins", arguments: [
        ([Action](), Action.accept),
        ([.tag], .tag),
        ([.tag, .accept], .tag),
        ([.tag, .tempfail], .tempfail),
        ([.tempfail, .quarantine, .tag], .quarantine),
        ([.quarantine, .discard], .discard),
        ([.discard, .reject, .tag], .reject),
        ([.reject, .accept], .reject),
    ])
    func folds(_ actions: [Action], _ expected: Action) {
        #expect(Verdict(findings: actions.map { finding($0) }).action == expected)
    }

    @Test("decisive findings and rule ids")
    func decisive() {
        let verdict = Verdict(findings: [finding(.tag, rule: "test-card"), finding(.reject, rule: "ssn"), finding(.reject, rule: "ssn")])
        #expect(verdict.decisive.map(\.ruleID) == ["ssn", "ssn"])
        #expect(verdict.ruleIDs == ["test-card", "ssn"])
    }

    @Test("default actions: SSN, ITIN and cards reject, test cards tag, passwords quarantine", arguments: [
        ("SSN 536-90-4399", Action.reject),
        ("ITIN 912-78-1234", .reject),
        ("Visa 4532 5260 1815 9080", .reject),
        ("sandbox card 4111 1111 1111 1111", .tag),
        ("username: jsmith pw: summer2024!", .quarantine),
        ("sandbox 4111 1111 1111 1111 and SSN 536-90-4399", .reject),
        ("Lunch is at noon in room 104.", .accept),
    ])
    func defaults(_ body: String, _ expected: Action) throws {
        let sources = try Repository.patternFiles().map { PatternSource(name: $0.name, text: $0.text) }
        let inspector = Inspector(rules: try RuleSet.load(sources, limits: ScanLimits()).get())
        let message = "From: a@district.example\r\nTo: b@district.example\r\nSubject: t\r\n\r\n\(body)\r\n"
        let inspection = inspector.inspect(Array(message.utf8))
        let verdict = try MessageCase(inspection: inspection, envelope: nil, policy: DistrictPolicy(), settings: InspectionSettings()).decide(nil)
        #expect(verdict.action == expected)
    }
}
