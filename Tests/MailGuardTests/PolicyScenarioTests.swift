@testable import Milter
import Policy
import Testing

/// The shipped example district (mailguard.toml), decided for each kind of sender,
/// session, direction, finding and count.
@Suite("District policy scenarios")
struct PolicyScenarioTests {
    struct Scenario: CustomTestStringConvertible, Sendable {
        var name: String
        var sender = "pat.teacher@district.example"
        var fromHeader: String?
        var recipients = ["office@district.example"]
        var authenticated = true
        var client: String?
        var body = "Lunch is at noon."
        var verdict: String
        var concerned: [String] = []
        var copied = false
        /// The row's own notice template, when it names one.
        var notice: String?
        /// The safety team gets an alert; the sender gets a notice.
        var alerted = false
        var senderTold = true
        var testDescription: String { name }
    }

    /// A class list as a teacher pastes it: names with DOB, home address and guardian phone.
    static func classList(rows: Int) -> String {
        let header = "Student Name\tGrade\tDOB\tHome Address\tGuardian Phone"
        let names = ["Jordan Smith", "Maria Lopez", "Ava Chen", "Liam Brown", "Noah Davis", "Emma Wilson", "Mia Clark", "Lucas Hall"]
        return ([header] + (0..<rows).map { index in
            "\(names[index])\t3\t03/\(10 + index)/2016\t\(12 + index) Elm St\t(860) 555-01\(40 + index)"
        }).joined(separator: "\n")
    }

    static func staffPhones(rows: Int) -> String {
        let names = ["Pat Reyes", "Sam Ortiz", "Lee Park", "Kim Diaz", "Ray Cole", "Ann Gray"]
        return (["Employee\tDepartment\tCell"] + (0..<rows).map { "\(names[$0])\tFacilities\t(860) 555-01\(50 + $0)" }).joined(separator: "\n")
    }

    static let rosterWithSSNs = (["Student Name\tGrade\tSSN"] + "Ada Bo Cy Di Ed Fa Gus Hal Ira Jo".split(separator: " ").enumerated().map {
        "\($0.element) Smith\t3\t536-90-\(4300 + $0.offset)"
    }).joined(separator: "\n")
    static let signature = "Thanks,\nPat Teacher\nAcme Tutoring\n1420 North Maple Avenue, Hartford, CT 06105\n(860) 555-0187"

    static let ssn = "For the benefits form, my SSN is 536-90-4399."
    static let roster = (0..<10).map { "Student \($0) SSN 536-90-\(4300 + $0)" }.joined(separator: "\n")
    static let nineRows = (0..<9).map { "Student \($0) SSN 536-90-\(4300 + $0)" }.joined(separator: "\n")

    static let scenarios: [Scenario] = [
        Scenario(name: "staff sends an SSN outside: refused", recipients: ["outside@mail.example"], body: ssn, verdict: "reject", concerned: ["outside@mail.example"]),
        Scenario(name: "staff sends an SSN to the benefits partner: tagged, copied", recipients: ["hr@benefits-partner.example"], body: ssn, verdict: "tag", concerned: ["hr@benefits-partner.example"], copied: true),
        Scenario(name: "staff sends an SSN inside: tagged, copied", body: ssn, verdict: "tag", concerned: ["office@district.example"], copied: true),
        Scenario(name: "ten distinct SSNs inside: held, copied", body: roster, verdict: "quarantine", concerned: ["office@district.example"], copied: true),
        Scenario(name: "nine distinct SSNs inside: tagged", body: nineRows, verdict: "tag", concerned: ["office@district.example"], copied: true),
        Scenario(name: "one outside recipient among inside ones: refused for that one", recipients: ["office@district.example", "outside@mail.example"], body: ssn, verdict: "reject", concerned: ["outside@mail.example"]),
        Scenario(name: "a parent sends a child's SSN to a teacher: delivered, tagged, copied", sender: "parent@mail.example", recipients: ["teacher@district.example"], authenticated: false, client: "192.0.2.7", body: ssn, verdict: "tag", concerned: ["teacher@district.example"], copied: true),
        Scenario(name: "a student writes outside: refused", sender: "kid@students.district.example", recipients: ["friend@mail.example"], verdict: "reject", concerned: ["friend@mail.example"]),
        Scenario(name: "a student writes to an approved site: accepted", sender: "kid@students.district.example", recipients: ["tutor@approved-learning.example"], verdict: "accept"),
        Scenario(name: "a student writes to a teacher: accepted", sender: "kid@students.district.example", recipients: ["teacher@district.example"], verdict: "accept"),
        Scenario(name: "staff write outside without sensitive data: accepted", recipients: ["parent@mail.example"], verdict: "accept"),
        Scenario(name: "forged internal sender, unauthenticated, untrusted network, to a student using a staff name: held", fromHeader: "Pat Teacher <pat.teacher@district.example>", recipients: ["kid@students.district.example"], authenticated: false, client: "192.0.2.7", verdict: "quarantine", concerned: ["kid@students.district.example"], copied: true),
        Scenario(name: "a staff district address without a name, from outside, to a student: held", recipients: ["kid@students.district.example"], authenticated: false, client: "192.0.2.7", verdict: "quarantine", concerned: ["kid@students.district.example"], copied: true),
        Scenario(name: "staff member's personal address to a student: held", sender: "dlee1970@mail.example", recipients: ["kid@students.district.example"], authenticated: false, client: "192.0.2.7", verdict: "quarantine", concerned: ["kid@students.district.example"], copied: true),
        Scenario(name: "an outsider with another name to a student: accepted", sender: "coach.bob@mail.example", fromHeader: "Coach Bob <coach.bob@mail.example>", recipients: ["kid@students.district.example"], authenticated: false, client: "192.0.2.7", verdict: "accept"),
        Scenario(name: "staff name to a teacher (not protected): accepted", fromHeader: "Pat Teacher <pat.teacher@mail.example>", recipients: ["teacher@district.example"], authenticated: false, client: "192.0.2.7", verdict: "accept"),
        Scenario(name: "forged internal sender with an SSN to outside: relay of sensitive data refused", recipients: ["outside@mail.example"], authenticated: false, client: "192.0.2.7", body: ssn, verdict: "reject", concerned: ["outside@mail.example"]),
        Scenario(name: "internal sender from a trusted network, unauthenticated: internal", recipients: ["office@district.example"], authenticated: false, client: "127.0.0.1", body: ssn, verdict: "tag", concerned: ["office@district.example"], copied: true),
        Scenario(name: "a test card outside: tagged only", recipients: ["outside@mail.example"], body: "Sandbox card 4111 1111 1111 1111", verdict: "tag", concerned: ["outside@mail.example"]),
        Scenario(name: "a password inside: held by the pattern's own action", body: "username: sub12 password: Falcon$2026", verdict: "quarantine", concerned: ["office@district.example"]),
        // Records and rosters (guideline 3).
        Scenario(name: "a class list to an outside vendor: refused", recipients: ["vendor@busco.example"], body: classList(rows: 6), verdict: "reject", concerned: ["vendor@busco.example"]),
        Scenario(name: "a class list to the state partner: tagged, copied", recipients: ["data@sde.state.example"], body: classList(rows: 6), verdict: "tag", concerned: ["data@sde.state.example"], copied: true),
        Scenario(name: "a class list inside the district: tagged, copied", body: classList(rows: 6), verdict: "tag", concerned: ["office@district.example"], copied: true),
        Scenario(name: "four students' records to an outside vendor: no roster, but an education record: refused", recipients: ["vendor@busco.example"], body: classList(rows: 4), verdict: "reject", concerned: ["vendor@busco.example"]),
        Scenario(name: "four staff cell phones to an outside vendor: no roster, accepted", recipients: ["vendor@busco.example"], body: staffPhones(rows: 4), verdict: "accept"),
        Scenario(name: "a roster with ten SSNs inside: held by the SSN roster row, copied", body: rosterWithSSNs, verdict: "quarantine", concerned: ["office@district.example"], copied: true),
        Scenario(name: "a student sends a home address to the approved site: held with the student notice", sender: "kid@students.district.example", recipients: ["tutor@approved-learning.example"], body: "My address is 77 Oak Lane, Hartford.", verdict: "quarantine", concerned: ["tutor@approved-learning.example"], notice: "student-privacy"),
        Scenario(name: "a student sends a phone number to the approved site: held with the student notice", sender: "kid@students.district.example", recipients: ["tutor@approved-learning.example"], body: "Text me at 860-555-0142", verdict: "quarantine", concerned: ["tutor@approved-learning.example"], notice: "student-privacy"),
        Scenario(name: "a student sends a home address to a teacher: accepted", sender: "kid@students.district.example", recipients: ["teacher@district.example"], body: "My address is 77 Oak Lane, Hartford.", verdict: "accept"),
        Scenario(name: "a student gives the help desk's number to the approved site: a district contact, accepted", sender: "kid@students.district.example", recipients: ["tutor@approved-learning.example"], body: "Our help desk is 860-555-0100.", verdict: "accept"),
        Scenario(name: "staff signature with a phone and an address to a parent: accepted", recipients: ["parent@mail.example"], body: "See you Tuesday.\n\n" + signature, verdict: "accept"),
        Scenario(name: "staff write a parent about a named student's IEP: tagged, copied", recipients: ["parent@mail.example"], body: "Jordan Smith's IEP meeting is on Tuesday at 3.", verdict: "tag", concerned: ["parent@mail.example"], copied: true),
        Scenario(name: "staff write a colleague about a named student's IEP: accepted", recipients: ["teacher@district.example"], body: "Jordan Smith's IEP meeting is on Tuesday at 3.", verdict: "accept"),
        Scenario(name: "a student writes about their own IEP to the approved site: accepted", sender: "kid@students.district.example", recipients: ["tutor@approved-learning.example"], body: "Jordan Smith has an IEP for reading.", verdict: "accept"),
        // Conduct (guideline 8).
        Scenario(name: "a student's threat to another student: held, safety team alerted, sender not told", sender: "kid@students.district.example", recipients: ["pal@students.district.example"], body: "i'm going to k1ll you after school", verdict: "quarantine", concerned: ["pal@students.district.example"], alerted: true, senderTold: false),
        Scenario(name: "a student's self-harm statement to a counselor: delivered, tagged", sender: "kid@students.district.example", recipients: ["counselor@district.example"], body: "i just want to die", verdict: "tag", concerned: ["counselor@district.example"]),
        Scenario(name: "a student's harassment: held, the student told", sender: "kid@students.district.example", recipients: ["pal@students.district.example"], body: "nobody at this school likes you", verdict: "quarantine", concerned: ["pal@students.district.example"]),
        Scenario(name: "a student's strong profanity: held", sender: "kid@students.district.example", recipients: ["pal@students.district.example"], body: "what the f*ck", verdict: "quarantine", concerned: ["pal@students.district.example"]),
        Scenario(name: "a student's mild profanity: tagged", sender: "kid@students.district.example", recipients: ["pal@students.district.example"], body: "this damn test", verdict: "tag", concerned: ["pal@students.district.example"]),
        Scenario(name: "a student's vaping plans: tagged, copied", sender: "kid@students.district.example", recipients: ["pal@students.district.example"], body: "caught vaping in the bathroom again", verdict: "tag", concerned: ["pal@students.district.example"], copied: true),
        Scenario(name: "a staff threat: held, copied", recipients: ["office@district.example"], body: "I will kill you if the copier jams again", verdict: "quarantine", concerned: ["office@district.example"], copied: true),
        Scenario(name: "staff mild profanity: tagged, copied", body: "This damn printer jammed again.", verdict: "tag", concerned: ["office@district.example"], copied: true),
        Scenario(name: "outside harassment to a student: held, copied", sender: "troll@mail.example", recipients: ["kid@students.district.example"], authenticated: false, client: "192.0.2.7", body: "everyone hates you, loser", verdict: "quarantine", concerned: ["kid@students.district.example"], copied: true),
        Scenario(name: "the classic look-alikes: accepted", body: "The class will assess the Sussex trip; we shoot the yearbook photos after we kill the lights.", verdict: "accept"),
    ]

    @Test("verdict, recipients concerned and compliance copy", arguments: scenarios)
    func scenario(_ scenario: Scenario) throws {
        let engine = try shippedEngine()
        let from = scenario.fromHeader ?? scenario.sender
        let raw = Array("From: \(from)\r\nTo: \(scenario.recipients.joined(separator: ", "))\r\nSubject: s\r\n\r\n\(scenario.body)\r\n".utf8)
        let envelope = Envelope(sender: scenario.sender, recipients: scenario.recipients,
                                authenticated: scenario.authenticated, clientAddress: scenario.client)
        let verdict = engine.verdict(for: raw, envelope: envelope)
        #expect(verdict.action.rawValue == scenario.verdict)
        #expect(verdict.concernedRecipients == scenario.concerned)
        #expect(verdict.copies == (scenario.copied ? ["compliance@district.example"] : []))
        #expect(verdict.noticeTemplate == scenario.notice)
        #expect(verdict.alerts == (scenario.alerted ? ["counselor@district.example", "safety@district.example"] : []))
        #expect(verdict.notifySender == scenario.senderTold)
    }
}
