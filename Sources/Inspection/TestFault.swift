/// A fault on demand, compiled into debug builds only (`MAILGUARD_TEST_FAULTS`): a text that
/// contains `MAILGUARD-TEST-FAULT: crash`, `hang` or `allocate` makes the reader trap, spin
/// or allocate without bound, so the containment tests do not depend on a real reader bug.
/// Release builds ignore the marker entirely.
enum TestFault {
    static let marker = "MAILGUARD-TEST-FAULT: "

    static func trigger(by text: String) {
        #if MAILGUARD_TEST_FAULTS
        guard let range = text.range(of: marker) else { return }
        let fault = text[range.upperBound...].prefix { $0.isLetter }
        switch fault {
        case "crash":
            fatalError("test fault: crash")
        case "hang":
            var spins: UInt64 = 0
            while true { spins &+= 1; if spins == 0 { print(spins) } }
        case "allocate":
            var hoard: [[UInt8]] = []
            while true { hoard.append([UInt8](repeating: 1, count: 64 << 20)) }
        default:
            return
        }
        #endif
    }
}
