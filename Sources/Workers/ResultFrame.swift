import Detectors
import Extraction
import Inspection

/// The bytes of a worker's answer: an `InspectionResult` as variable-length integers and
/// strings, each distinct string written once and named by its number after that (a
/// message's findings repeat their rule, kind, location and section). Both ends are the same
/// binary, so the layout needs no version of its own.
package enum ResultFrame {
    package static func encode(_ result: InspectionResult) -> [UInt8] {
        var writer = Writer()
        writer.integer(result.findings.count)
        for finding in result.findings { writer.finding(finding) }
        writer.integer(result.omittedFindings)
        writer.optional(result.headers.fromName)
        writer.optional(result.headers.fromAddress)
        writer.integer(result.headers.recipients.count)
        for recipient in result.headers.recipients { writer.string(recipient) }
        writer.flag(result.headers.autoSubmitted)
        writer.flag(result.fingerprint != nil)
        if let fingerprint = result.fingerprint { writer.unsigned(fingerprint) }
        writer.integer(result.words)
        return writer.bytes
    }

    /// The result in `bytes`; nil for bytes that are not a whole result (a worker that broke).
    package static func decode(_ bytes: [UInt8]) -> InspectionResult? {
        var reader = Reader(bytes: bytes)
        guard let count = reader.count() else { return nil }
        var result = InspectionResult()
        // No room is reserved for the count a frame claims: memory grows only with findings
        // really decoded, so a broken worker's count cannot make the milter allocate.
        for _ in 0..<count {
            guard let finding = reader.finding() else { return nil }
            result.findings.append(finding)
        }
        guard let omitted = reader.count(unbounded: true), let fromName = reader.optional(), let fromAddress = reader.optional(),
              let recipients = reader.count()
        else { return nil }
        result.omittedFindings = omitted
        result.headers.fromName = fromName
        result.headers.fromAddress = fromAddress
        for _ in 0..<recipients {
            guard let recipient = reader.string() else { return nil }
            result.headers.recipients.append(recipient)
        }
        guard let autoSubmitted = reader.flag(), let fingerprinted = reader.flag() else { return nil }
        result.headers.autoSubmitted = autoSubmitted
        if fingerprinted {
            guard let fingerprint = reader.unsigned() else { return nil }
            result.fingerprint = fingerprint
        }
        guard let words = reader.count(unbounded: true), reader.atEnd else { return nil }
        result.words = words
        return result
    }

    private struct Writer {
        var bytes: [UInt8] = []
        private var known: [String: Int] = [:]

        mutating func unsigned(_ value: UInt64) {
            var rest = value
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        /// Zig-zag, so small negative numbers stay short too.
        mutating func integer(_ value: Int) {
            unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
        }

        mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

        /// A string seen before as its number (1...); a new one as 0, its length and its bytes.
        mutating func string(_ value: String) {
            if let number = known[value] {
                integer(number)
                return
            }
            known[value] = known.count + 1
            integer(0)
            integer(value.utf8.count)
            bytes += value.utf8
        }

        mutating func optional(_ value: String?) {
            flag(value != nil)
            if let value { string(value) }
        }

        mutating func finding(_ finding: Finding) {
            string(finding.ruleID)
            string(finding.kind)
            integer(finding.confidence.rawValue)
            string(finding.location)
            string(finding.redacted)
            string(finding.action.rawValue)
            optional(finding.section)
            optional(finding.note)
            flag(finding.valueID != nil)
            if let valueID = finding.valueID { integer(valueID) }
            optional(finding.recipient)
            flag(finding.trial == true)
            flag(finding.hidden == true)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        private var position = 0
        private var known: [String] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position == bytes.count }

        mutating func unsigned() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while position < bytes.count, shift < 64 {
                let byte = bytes[position]
                position += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            return nil
        }

        mutating func integer() -> Int? {
            unsigned().map { Int(truncatingIfNeeded: Int64(bitPattern: $0 >> 1) ^ -Int64(bitPattern: $0 & 1)) }
        }

        /// A count of items that follow: never more than bytes are left (each takes one at least).
        /// `unbounded`: a count of things not in the frame (findings left out, words read),
        /// only never negative.
        mutating func count(unbounded: Bool = false) -> Int? {
            integer().flatMap { $0 >= 0 && (unbounded || $0 <= bytes.count - position) ? $0 : nil }
        }

        mutating func flag() -> Bool? {
            guard position < bytes.count, bytes[position] <= 1 else { return nil }
            position += 1
            return bytes[position - 1] == 1
        }

        mutating func string() -> String? {
            guard let number = integer() else { return nil }
            // A number past those seen, or below 0 (down to Int.min, where `number - 1` would
            // overflow), names no string.
            guard number == 0 else { return number > 0 && number <= known.count ? known[number - 1] : nil }
            guard let length = count() else { return nil }
            let value = String(decoding: bytes[position..<(position + length)], as: UTF8.self)
            position += length
            known.append(value)
            return value
        }

        /// `.some(nil)` for an absent string, nil for bytes that are not one.
        mutating func optional() -> String?? {
            guard let present = flag() else { return nil }
            guard present else { return .some(nil) }
            return string().map { .some($0) }
        }

        mutating func finding() -> Finding? {
            guard let ruleID = string(), let kind = string(), let confidence = integer().flatMap(Confidence.init(rawValue:)),
                  let location = string(), let redacted = string(), let action = string().flatMap(Action.init(rawValue:)),
                  let section = optional(), let note = optional(), let identified = flag()
            else { return nil }
            var valueID: Int?
            if identified {
                guard let value = integer() else { return nil }
                valueID = value
            }
            guard let recipient = optional(), let trial = flag(), let hidden = flag() else { return nil }
            return Finding(ruleID: ruleID, kind: kind, confidence: confidence, location: location, redacted: redacted, action: action,
                           section: section, note: note, valueID: valueID, recipient: recipient, trial: trial, hidden: hidden)
        }
    }
}
