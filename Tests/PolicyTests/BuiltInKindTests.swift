import Detectors
import Inspection
import Policy
import Testing

@Suite("Built-in finding kinds")
struct BuiltInKindTests {
    @Test("each kind MailGuard makes itself is registered once, with a title a notice can show")
    func registered() {
        let kinds = BuiltInKind.all.map(\.kind)
        #expect(Set(kinds).count == kinds.count)
        for kind in [InspectionResult.unscannableKind, Finding.scanErrorKind, BulkSettings.rateKind, RecordSettings.studentRosterKind] {
            #expect(BuiltInKind.named(kind)?.title.isEmpty == false, "\(kind)")
        }
        #expect(BuiltInKind.named("ssn") == nil)  // a pattern file's kind
    }
}
