import Detectors

/// Bounds the findings one message lists, so a result stays small whatever a sender writes (a
/// CSV of 50,000 phone numbers is not 50,000 findings crossing from the worker). Per rule: the
/// first 1,000 distinct values, 1,000 more places of values already listed, and 1,000
/// findings without a value; the rest are counted. New values are never crowded out by
/// repeats, so a policy row that counts distinct values (`min_values`, at most 1,000) decides
/// as it would over every finding.
struct FindingBudget {
    static let perRule = 1000

    private var values: [String: Set<Int>] = [:]
    private var repeats: [String: Int] = [:]
    private var withoutValue: [String: Int] = [:]
    /// Findings counted and not listed.
    private(set) var omitted = 0

    /// Whether `finding` is listed; if not, it is counted in `omitted`.
    mutating func admit(_ finding: Finding) -> Bool {
        let rule = finding.ruleID
        let admitted: Bool
        if let value = finding.valueID {
            if values[rule, default: []].contains(value) {
                admitted = repeats[rule, default: 0] < Self.perRule
                if admitted { repeats[rule, default: 0] += 1 }
            } else {
                admitted = values[rule, default: []].count < Self.perRule
                if admitted { values[rule, default: []].insert(value) }
            }
        } else {
            admitted = withoutValue[rule, default: 0] < Self.perRule
            if admitted { withoutValue[rule, default: 0] += 1 }
        }
        if !admitted { omitted += 1 }
        return admitted
    }
}
