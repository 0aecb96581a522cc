import Detectors
import Extraction
import Inspection

/// A finding kind MailGuard makes itself (pattern files declare the others), registered once:
/// policy rows may name it (checked at load), and notices say what it is and what to do.
public struct BuiltInKind: Sendable {
    public let kind: String
    /// What a notice calls it.
    public let title: String
    /// What a notice tells the sender to do; nil: the general advice.
    public let advice: String?

    public static let all: [BuiltInKind] = [
        BuiltInKind(kind: DistrictPolicy.externalRecipientKind, title: "a recipient outside the district",
                    advice: "Students may write only to district addresses and approved partners."),
        BuiltInKind(kind: DistrictPolicy.staffImpersonationKind, title: "an outside sender using a staff member's name",
                    advice: "Staff use their district account with students (guideline 17)."),
        BuiltInKind(kind: InspectionResult.unscannableKind, title: "content that could not be checked",
                    advice: "Send the content in a readable form (not encrypted or damaged)."),
        BuiltInKind(kind: AttachmentRules.kind, title: "a dangerous attachment",
                    advice: "Programs, scripts, disk images and documents with macros are not sent by email: share the file through the district's file service, or ask the help desk."),
        BuiltInKind(kind: Finding.scanErrorKind, title: "content that could not be fully checked", advice: nil),
        BuiltInKind(kind: BulkSettings.recipientsKind, title: "too many recipients for one message",
                    advice: "Send to fewer people, or ask for a district mailing list (guideline 9)."),
        BuiltInKind(kind: BulkSettings.rateKind, title: "a sending limit",
                    advice: "Wait until the limit resets; for announcements use an approved list (guideline 9)."),
        BuiltInKind(kind: BulkSettings.bulkContentKind, title: "the same message sent in bulk",
                    advice: "Mass mailings go through approved district lists (guideline 9)."),
        BuiltInKind(kind: RecordSettings.studentRosterKind, title: "a roster of student records", advice: recordAdvice),
        BuiltInKind(kind: RecordSettings.personalRosterKind, title: "a list of people's personal details", advice: recordAdvice),
        BuiltInKind(kind: RecordSettings.studentRecordKind, title: "a confidential student record",
                    advice: "Share student records (transcripts, grades, health, special-education and discipline records) only with the people who need them, through the Student Information System or the district's secure file transfer, not by email."),
    ]

    static let recordAdvice = "Do not email lists of people's personal details: share rosters through the Student Information System (SIS) or the district's secure file transfer, which the help desk can set up."

    private static let byKind = Dictionary(uniqueKeysWithValues: all.map { ($0.kind, $0) })

    public static func named(_ kind: String) -> BuiltInKind? { byKind[kind] }
}
