import Detectors
import Extraction
import Foundation
@testable import Inspection
import TestSupport
import Testing

/// The inspector on its own: one message in, one result out, with the shipped rules.
@Suite("Inspector")
struct InspectorTests {
    static func inspect(_ raw: String, fingerprints: Bool = false) throws -> InspectionResult {
        Inspector(rules: try shippedRules(), fingerprints: fingerprints).inspect(Array(raw.utf8))
    }

    static func message(_ headers: String = "Subject: hi", body: String, type: String = "text/plain") -> String {
        "From: <pat.teacher@district.example>\r\nTo: <office@district.example>\r\n\(headers)\r\nContent-Type: \(type); charset=utf-8\r\n\r\n\(body)\r\n"
    }

    @Test("a finding in text a reader does not see is marked hidden; the same value in plain sight is not", arguments: [
        ("<p>hello</p><!-- 536-90-4399 -->", true),
        ("<p style=\"display:none\">536-90-4399</p><p>hi</p>", true),
        ("<p>SSN 536-90-4399</p>", false),
    ])
    func hidden(_ html: String, _ hidden: Bool) throws {
        let result = try Self.inspect(Self.message(body: html, type: "text/html"))
        let ssn = try #require(result.findings.first { $0.kind == "ssn" })
        #expect((ssn.hidden == true) == hidden)
    }

    @Test("what could not be read is a finding with the configured action, named, with a protected number in its name masked")
    func unreadMasked() throws {
        let body = "--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/octet-stream\r\n"
            + "Content-Disposition: attachment; filename=\"536-90-4399.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAwQFBgcICQoLDA0ODw==\r\n--b--"
        let result = try Self.inspect(Self.message("Subject: hi\r\nMIME-Version: 1.0", body: body, type: "multipart/mixed; boundary=\"b\""))
        let unread = result.findings.filter { $0.kind == InspectionResult.unscannableKind }
        #expect(unread.count == 1 && unread.first?.action == .quarantine)
        let place = try #require(unread.first?.location)
        #expect(place.hasPrefix("attachment ") && !place.contains("536-90-4399"), "\(place)")
    }

    @Test("a number in a display name is found where a reader sees it")
    func displayName() throws {
        let raw = "From: \"Pat 536-90-4399\" <pat.teacher@district.example>\r\nTo: <office@district.example>\r\nSubject: hi\r\n\r\nhello\r\n"
        let result = try Self.inspect(raw)
        #expect(result.findings.filter { $0.kind == "ssn" }.map(\.location) == ["From names"])
    }

    @Test("the content fingerprint is computed only when asked for, and the same for the same message")
    func fingerprint() throws {
        let text = String(repeating: "The spring concert is on Friday at seven in the gym. ", count: 5)
        #expect(try Self.inspect(Self.message(body: text)).fingerprint == nil)
        let first = try Self.inspect(Self.message(body: text), fingerprints: true)
        let second = try Self.inspect(Self.message(body: text), fingerprints: true)
        #expect(first.fingerprint != nil && first.words > 25)
        #expect(first.fingerprint == second.fingerprint)
    }

    @Test("a message lists at most 1000 values per rule and counts the rest; other rules' findings are still listed")
    func bounded() throws {
        let phones = (0..<3000).map { String(format: "call 203-%03d-%04d", 231 + $0 / 5000, 1000 + $0 % 5000) }
        let result = try Self.inspect(Self.message(body: (["Phone list:"] + phones + ["and my SSN is 536-90-4399"]).joined(separator: "\r\n")))
        #expect(result.findings.filter { $0.kind == "phone" }.count == FindingBudget.perRule)
        #expect(result.omittedFindings == 3000 - FindingBudget.perRule)
        #expect(result.findings.filter { $0.kind == "ssn" }.count == 1)
    }

    static func finding(_ rule: String, value: Int?) -> Finding {
        Finding(ruleID: rule, kind: rule, confidence: .high, location: "body", redacted: "", action: .accept, valueID: value)
    }

    @Test("repeats of listed values never crowd out new ones: distinct values are listed up to the bound whatever came before")
    func newValuesFirst() {
        var budget = FindingBudget()
        let repeats = (0..<2500).filter { _ in budget.admit(Self.finding("phone", value: 7)) }.count
        let fresh = (0..<1200).filter { budget.admit(Self.finding("phone", value: 1000 + $0)) }.count
        let other = (0..<10).filter { budget.admit(Self.finding("ssn", value: $0)) }.count
        let valueless = (0..<1500).filter { _ in budget.admit(Self.finding("profanity", value: nil)) }.count
        // Value 7 once as new, then 1000 repeats; 999 more new values fit beside it.
        #expect(repeats == 1 + FindingBudget.perRule)
        #expect(fresh == FindingBudget.perRule - 1)
        #expect(other == 10 && valueless == FindingBudget.perRule)
        #expect(budget.omitted == (2500 - repeats) + (1200 - fresh) + (1500 - valueless))
    }
}
