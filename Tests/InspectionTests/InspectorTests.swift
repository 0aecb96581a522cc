import Detectors
import Extraction
import Inspection
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
}
