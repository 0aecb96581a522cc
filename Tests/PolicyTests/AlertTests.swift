import Detectors
import Inspection
import Policy
import Testing

/// Rows that keep a flagged message from its sender and alert the safety team at once.
@Suite("Alerts and silent holds")
struct AlertTests {
    static func policy(notifySender: Bool, alert: Bool, monitor: Bool = false) -> DistrictPolicy {
        var directory = PolicyTests.directory
        directory.safetyTeam = ["counselor@district.example"]
        var row = PolicyRule(name: "threats", action: .quarantine)
        row.kinds = ["threat"]
        row.notifySender = notifySender
        row.alert = alert
        return DistrictPolicy(directory: directory, rules: [row], monitor: monitor)
    }

    static let threat = Finding(ruleID: "threat", kind: "threat", confidence: .medium, location: "body", redacted: "********", action: .accept, section: "8")

    @Test("a silent row holds without telling the sender; an alert row names the safety team", arguments: [
        (false, true, ["counselor@district.example"]),
        (true, false, [String]()),
        (false, false, [String]()),
    ])
    func silentAndAlert(_ notifySender: Bool, _ alert: Bool, _ alerts: [String]) {
        let facts = PolicyTests.facts("kid@students.district.example", ["friend@students.district.example"])
        let verdict = Self.policy(notifySender: notifySender, alert: alert).decide([Self.threat], facts: facts)
        #expect(verdict.action == .quarantine)
        #expect(verdict.notifySender == notifySender)
        #expect(verdict.alerts == alerts)
    }

    @Test("monitor mode sends no alert")
    func monitorSendsNoAlert() {
        let facts = PolicyTests.facts("kid@students.district.example", ["friend@students.district.example"])
        let verdict = Self.policy(notifySender: false, alert: true, monitor: true).decide([Self.threat], facts: facts)
        #expect(verdict.alerts.isEmpty)
        #expect(verdict.action == .tag)
    }

    @Test("an automatic message with a null sender is decided like any other (only the milter's mark skips judging)")
    func automaticMessagesAreJudged() throws {
        var inspection = InspectionResult(findings: [Self.threat])
        inspection.headers.autoSubmitted = true
        let policy = Self.policy(notifySender: false, alert: true)
        for envelope in [Envelope(sender: "", recipients: ["kid@students.district.example"]),
                         Envelope(sender: "", recipients: ["kid@students.district.example"], clientAddress: "192.0.2.7")] {
            let verdict = try MessageCase(inspection: inspection, envelope: envelope, policy: policy, settings: InspectionSettings()).decide(nil)
            #expect(verdict.action == .quarantine)
            #expect(verdict.suppressNotice)
        }
    }
}
