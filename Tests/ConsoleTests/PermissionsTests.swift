@testable import Configuration
@testable import Console
import Detectors
import Foundation
import Policy
import Testing

@Suite("Console roles and permissions")
struct PermissionsTests {
    typealias Area = ReviewArea
    static let privacy: Set<Area> = [.privacy], safety: Set<Area> = [.safety], both: Set<Area> = [.privacy, .safety], none: Set<Area> = []

    /// The whole table: role × action × the areas of the hold (privacy, safety, both, none = no audit record).
    static let expected: [(ConsoleRole, ConsoleAction, [Bool])] = [
        // role, action,             privacy, safety, both,  none
        (.auditor, .seeHold,         [true, true, true, true]),
        (.auditor, .readContent,     [false, false, false, false]),
        (.auditor, .release,         [false, false, false, false]),
        (.auditor, .delete,          [false, false, false, false]),
        (.auditor, .actInBulk,       [false, false, false, false]),
        (.auditor, .workAlert,       [false, false, false, false]),
        (.auditor, .seeReports,      [true, true, true, true]),
        (.auditor, .searchAudit,     [true, true, true, true]),
        (.auditor, .manageUsers,     [false, false, false, false]),
        (.privacyReviewer, .seeHold,     [true, false, true, false]),
        (.privacyReviewer, .readContent, [true, false, true, false]),
        (.privacyReviewer, .release,     [true, false, true, false]),
        (.privacyReviewer, .delete,      [true, false, true, false]),
        (.privacyReviewer, .actInBulk,   [false, false, false, false]),
        (.privacyReviewer, .workAlert,   [false, false, false, false]),
        (.privacyReviewer, .seeReports,  [true, true, true, true]),
        (.privacyReviewer, .searchAudit, [false, false, false, false]),
        (.privacyReviewer, .manageUsers, [false, false, false, false]),
        (.safetyReviewer, .seeHold,      [false, true, true, false]),
        (.safetyReviewer, .readContent,  [false, true, true, false]),
        (.safetyReviewer, .release,      [false, true, true, false]),
        (.safetyReviewer, .delete,       [false, true, true, false]),
        (.safetyReviewer, .actInBulk,    [false, false, false, false]),
        (.safetyReviewer, .workAlert,    [false, true, true, false]),
        (.safetyReviewer, .seeReports,   [true, true, true, true]),
        (.safetyReviewer, .searchAudit,  [false, false, false, false]),
        (.safetyReviewer, .manageUsers,  [false, false, false, false]),
        (.admin, .seeHold,     [true, true, true, true]),
        (.admin, .readContent, [true, true, true, true]),
        (.admin, .release,     [true, true, true, true]),
        (.admin, .delete,      [true, true, true, true]),
        (.admin, .actInBulk,   [true, true, true, true]),
        (.admin, .workAlert,   [true, true, true, true]),
        (.admin, .seeReports,  [true, true, true, true]),
        (.admin, .searchAudit, [true, true, true, true]),
        (.admin, .manageUsers, [true, true, true, true]),
    ]

    @Test("every role × action × area is as the table says, and the table covers them all")
    func table() {
        #expect(Self.expected.count == ConsoleRole.allCases.count * ConsoleAction.allCases.count)
        for (role, action, answers) in Self.expected {
            for (areas, answer) in zip([Self.privacy, Self.safety, Self.both, Self.none], answers) {
                #expect(Permissions.allows(role, action, areas: areas) == answer, "\(role) \(action) \(areas)")
            }
        }
    }

    /// The shipped patterns and the model's categories: guideline 8 is the safety team's,
    /// every other kind (built-in ones included) the privacy office's.
    @Test("the default kind table gives every guideline-8 kind to safety and every other kind to privacy")
    func defaultKinds() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var config = try #require(try? ConfigLoader.load(root.appendingPathComponent("mailguard.toml").path).get())
        config.patternsDirectory = root.appendingPathComponent("patterns").path
        let rules = try #require(try? RuleLoader.load(config).get())
        let settings = ConsoleSettings()
        var checked = 0
        for rule in rules.rules {
            let expected: ReviewArea = rule.section == "8" ? .safety : .privacy
            #expect(settings.area(of: rule.kind) == expected, "\(rule.id) (\(rule.kind), guideline \(rule.section ?? "-"))")
            checked += 1
        }
        #expect(checked > 20)
        for kind in BuiltInKind.all.map(\.kind) { #expect(settings.area(of: kind) == .privacy, "\(kind)") }
        let heads = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("models/conduct/heads.json"))) as? [String: Any]
        let categories = try #require(heads?["categories"] as? [String])
        for category in categories { #expect(settings.area(of: category) == .safety, "model category \(category)") }
    }

    @Test("[console.roles] moves a kind; an unknown role is a problem with its line")
    func roleOverrides() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("console-roles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("mailguard.toml")
        try Data("[console.roles]\nchain-letter = \"safety-reviewer\"\n".utf8).write(to: file)
        let config = try ConfigLoader.load(file.path).get()
        #expect(config.console.area(of: "chain-letter") == .safety)
        #expect(config.console.area(of: "ssn") == .privacy)
        try Data("[console]\nlisten = \"127.0.0.1:8025\"\n[console.roles]\nssn = \"counselor\"\n".utf8).write(to: file)
        guard case .failure(let problems) = ConfigLoader.load(file.path) else {
            Issue.record("an unknown role was accepted")
            return
        }
        #expect(problems.description.contains("mailguard.toml:4: console.roles.ssn: 'counselor' is not a reviewer role"))
    }
}
