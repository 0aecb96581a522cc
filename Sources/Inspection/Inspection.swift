import Detectors
import Extraction

/// What reading and scanning learn from one message: everything the policy needs and nothing
/// more. It crosses the process boundary from a worker, so it holds redacted values only.
public struct Inspection: Sendable, Equatable, Codable {
    /// Every match of every rule, in reading order.
    public var findings: [Finding]
    /// Indexes into `findings` of matches in text a reader does not see (HTML comments,
    /// `display:none`): `limits.hidden_action`, when set, decides them.
    public var hidden: [Int]
    /// What could not be read, and why.
    public var unscannable: [Unscannable]
    /// Attachments of a dangerous type (programs, scripts, macros), and why.
    public var dangerous: [DangerousPart]
    public var headers: MessageHeaders
    /// SimHash of the visible text, when asked for (fan-out checks); `words` counts its words.
    public var fingerprint: UInt64?
    public var words: Int

    public init(
        findings: [Finding] = [], hidden: [Int] = [], unscannable: [Unscannable] = [], dangerous: [DangerousPart] = [],
        headers: MessageHeaders = MessageHeaders(), fingerprint: UInt64? = nil, words: Int = 0
    ) {
        self.findings = findings
        self.hidden = hidden
        self.unscannable = unscannable
        self.dangerous = dangerous
        self.headers = headers
        self.fingerprint = fingerprint
        self.words = words
    }

    /// A message that was not read at all (its reader died, or it was too large to read).
    public static func unread(_ location: String, _ reason: String) -> Inspection {
        Inspection(unscannable: [Unscannable(location: location, reason: reason)])
    }
}

/// Reads one message and scans every text in it: what a worker process computes. A function
/// of the bytes and the read-only rules, so `mailguard scan` and the milter agree.
public struct Inspector: Sendable {
    public let rules: RuleSet
    public let limits: ExtractionLimits
    /// Compute the content fingerprint (only fan-out checks need it).
    public let fingerprints: Bool
    public let records: RecordSettings
    /// The conduct model; nil when it is off.
    public let conduct: ConductReader?

    /// What the config says of reading, apart from the rules and the model: the milter and
    /// its workers build their inspectors from the same value.
    public struct Settings: Sendable, Equatable, Codable {
        public var limits: ExtractionLimits
        public var fingerprints: Bool
        public var records: RecordSettings

        public init(limits: ExtractionLimits = ExtractionLimits(), fingerprints: Bool = false, records: RecordSettings = RecordSettings()) {
            self.limits = limits
            self.fingerprints = fingerprints
            self.records = records
        }
    }

    public init(rules: RuleSet, settings: Settings, conduct: ConductReader? = nil) {
        self.rules = rules
        self.limits = settings.limits
        self.fingerprints = settings.fingerprints
        self.records = settings.records
        self.conduct = conduct
    }

    public init(
        rules: RuleSet, limits: ExtractionLimits = ExtractionLimits(), fingerprints: Bool = false, records: RecordSettings = RecordSettings(),
        conduct: ConductReader? = nil
    ) {
        self.init(rules: rules, settings: Settings(limits: limits, fingerprints: fingerprints, records: records), conduct: conduct)
    }

    /// `reading` hears the location of each part before it is read. Locations and reasons
    /// carry names the sender chose, so every value a rule matches in them is masked.
    /// `scope`: how much of the text the conduct model reads (see `ConductScope`).
    public func inspect(_ raw: [UInt8], scope: ConductScope = .everySentence, reading: ((String) -> Void)? = nil) -> Inspection {
        let scanner = rules.makeScanner(known: records.districtContacts)
        var collector = RecordCollector()
        var masked: [String: String] = [:]
        func mask(_ text: String) -> String {
            if let known = masked[text] { return known }
            let result = scanner.mask(text)
            masked[text] = result
            return result
        }
        var inspection = Inspection()
        var fingerprinter = Fingerprinter()
        var conductSegments: [TextSegment] = []
        var conductCharacters = 0
        // The model's share of the message's time: what reading left of the budget.
        let deadline = ContinuousClock.now + limits.timeBudget
        let extraction = MessageReader.read(raw, limits: limits, reading: reading.map { hear in { hear(mask($0)) } }) { segment in
            TestFault.trigger(by: segment.text)
            let placed = scanner.placedFindings(in: segment.text, location: segment.location)
            collector.add(segment, placed)
            // Record vocabulary is context for records, never a finding by itself.
            let found = placed.filter { !$0.repeated && $0.finding.kind != RecordSettings.termKind }.map(\.finding)
            if segment.hidden {
                inspection.hidden += inspection.findings.count..<(inspection.findings.count + found.count)
            } else if fingerprints, segment.location != "subject" {
                fingerprinter.add(segment.text)
            }
            inspection.findings += found
            // The model reads only so much of a message: no copy of text it would not read.
            if let conduct, segment.cell == nil, conductCharacters < conduct.maxReadCharacters {
                conductCharacters += segment.text.utf8.count
                conductSegments.append(segment)
            }
        }
        inspection.findings += collector.finish(minRecords: records.minRecords)
        var unread = extraction.unscannable
        if let conduct {
            // Hidden text is scored with the rest; its findings are marked hidden like the rules'.
            let read = conduct.read(conductSegments, scope: scope, deadline: deadline)
            let hiddenPlaces = Set(conductSegments.filter(\.hidden).map(\.location))
            unread += read.unread
            for finding in read.findings {
                if hiddenPlaces.contains(finding.location) { inspection.hidden.append(inspection.findings.count) }
                inspection.findings.append(finding)
            }
        }
        inspection.unscannable = unread.map { Unscannable(location: mask($0.location), reason: mask($0.reason)) }
        inspection.dangerous = extraction.dangerous.map { DangerousPart(location: mask($0.location), rule: $0.rule, reason: mask($0.reason)) }
        for index in inspection.findings.indices {
            inspection.findings[index].location = mask(inspection.findings[index].location)
            if let note = inspection.findings[index].note { inspection.findings[index].note = mask(note) }
        }
        inspection.headers = extraction.headers
        if fingerprints {
            inspection.fingerprint = fingerprinter.fingerprint
            inspection.words = fingerprinter.words
        }
        return inspection
    }
}
