import Detectors
import Extraction

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
    public let onUnscannable: Action
    public let dangerousAction: Action

    /// What the config says of reading, apart from the rules and the model: the milter and
    /// its workers build their inspectors from the same value.
    public struct Settings: Sendable, Equatable, Codable {
        public var limits: ExtractionLimits
        public var fingerprints: Bool
        public var records: RecordSettings
        /// The action of a finding for what could not be read (encrypted, damaged, over a limit).
        public var onUnscannable: Action
        /// The action of a finding for a dangerous attachment when no policy row decides it.
        public var dangerousAction: Action

        public init(
            limits: ExtractionLimits = ExtractionLimits(), fingerprints: Bool = false, records: RecordSettings = RecordSettings(),
            onUnscannable: Action = .quarantine, dangerousAction: Action = .reject
        ) {
            self.limits = limits
            self.fingerprints = fingerprints
            self.records = records
            self.onUnscannable = onUnscannable
            self.dangerousAction = dangerousAction
        }
    }

    public init(rules: RuleSet, settings: Settings, conduct: ConductReader? = nil) {
        self.rules = rules
        self.limits = settings.limits
        self.fingerprints = settings.fingerprints
        self.records = settings.records
        self.onUnscannable = settings.onUnscannable
        self.dangerousAction = settings.dangerousAction
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
    public func inspect(_ raw: [UInt8], scope: ConductScope = .everySentence, reading: ((String) -> Void)? = nil) -> InspectionResult {
        let scanner = rules.makeScanner(known: records.districtContacts)
        var collector = RecordCollector()
        var masked: [String: String] = [:]
        func mask(_ text: String) -> String {
            if let known = masked[text] { return known }
            let result = scanner.mask(text)
            masked[text] = result
            return result
        }
        var inspection = InspectionResult()
        var findingBudget = FindingBudget()
        var fingerprinter = Fingerprinter()
        var conductSegments: [TextSegment] = []
        var conductCharacters = 0
        // The model's share of the message's time: what reading left of the budget.
        let deadline = ContinuousClock.now + limits.timeBudget
        let extraction = MessageReader.read(raw, limits: limits, reading: reading.map { hear in { hear(mask($0)) } }) { segment in
            TestFault.trigger(by: segment.text)
            // The collector reads kinds and places in the text, never locations: a cell's
            // location is written out only for the findings the message lists.
            let placed = scanner.placedFindings(in: segment.text, location: "")
            collector.add(segment, placed)
            // Record vocabulary is context for records, never a finding by itself.
            var found = placed.filter { !$0.repeated && $0.finding.kind != RecordSettings.termKind && findingBudget.admit($0.finding) }.map(\.finding)
            if !found.isEmpty {
                let location = segment.location
                for index in found.indices { found[index].location = location }
            }
            if segment.hidden {
                for index in found.indices { found[index].hidden = true }
            } else if fingerprints, !segment.isSubject {
                fingerprinter.add(segment.text)
            }
            inspection.findings += found
            // The model reads only so much of a message: no copy of text it would not read.
            if let conduct, segment.cell == nil, conductCharacters < conduct.maxReadCharacters {
                conductCharacters += segment.text.utf8.count
                conductSegments.append(segment)
            }
        }
        // Records, the model, unread parts and dangerous attachments are bounded like the rules.
        var more = collector.finish(minRecords: records.minRecords)
        var unread = extraction.unscannable
        if let conduct {
            // Hidden text is scored with the rest; its findings are marked hidden like the rules'.
            let read = conduct.read(conductSegments, scope: scope, deadline: deadline)
            let hiddenPlaces = Set(conductSegments.filter(\.hidden).map(\.location))
            unread += read.unread
            for var finding in read.findings {
                if hiddenPlaces.contains(finding.location) { finding.hidden = true }
                more.append(finding)
            }
        }
        more += unread.map { InspectionResult.unscannable($0, action: onUnscannable) }
        more += extraction.dangerous.map { part in
            Finding(ruleID: part.rule, kind: AttachmentRules.kind, confidence: .high, location: part.location, redacted: "",
                    action: dangerousAction, section: "6", note: part.reason)
        }
        inspection.findings += more.filter { findingBudget.admit($0) }
        for index in inspection.findings.indices {
            inspection.findings[index].location = mask(inspection.findings[index].location)
            if let note = inspection.findings[index].note { inspection.findings[index].note = mask(note) }
        }
        inspection.omittedFindings = findingBudget.omitted
        inspection.headers = extraction.headers
        if fingerprints {
            inspection.fingerprint = fingerprinter.fingerprint
            inspection.words = fingerprinter.words
        }
        return inspection
    }
}
