import Detectors

/// Bounds the findings one message lists, so a result stays small whatever a sender writes (a
/// CSV of 50,000 phone numbers is not 50,000 findings crossing from the worker). Per rule: the
/// first 1,000 distinct values, 1,000 more places of values already listed, and 1,000
/// findings without a value; the rest are counted. New values are never crowded out by
/// repeats, so a policy row that counts distinct values (`min_values`, at most 1,000) decides
/// as it would over every finding.
struct FindingBudget {
    /// The bound per rule on each of the three counts.
    static let perRule = InspectionResult.maxListedValuesPerRule

    private struct Listed {
        var values: Set<Int> = []
        var repeats = 0
        var withoutValue = 0

        mutating func admit(_ value: Int?) -> Bool {
            guard let value else {
                guard withoutValue < FindingBudget.perRule else { return false }
                withoutValue += 1
                return true
            }
            if values.contains(value) {
                guard repeats < FindingBudget.perRule else { return false }
                repeats += 1
                return true
            }
            guard values.count < FindingBudget.perRule else { return false }
            values.insert(value)
            return true
        }
    }

    private var listed: [String: Listed] = [:]
    /// Findings counted and not listed.
    private(set) var omitted = 0

    /// Whether `finding` is listed; if not, it is counted in `omitted`.
    mutating func admit(_ finding: Finding) -> Bool {
        let admitted = listed[finding.ruleID, default: Listed()].admit(finding.valueID)
        if !admitted { omitted += 1 }
        return admitted
    }
}
