/// The prefilter's windows against whole-text matching: for tests and the `windows` fuzz
/// target. Nothing on the mail path uses it.
extension RuleSet {
    /// The ids of the regex rules whose matches in `text`, searched only where the prefilter
    /// lets them start, are not every match a search of the whole text finds. Empty when the
    /// windows hold. A rule whose whole-text search hits a regex limit is not compared.
    public func rulesMatchingOutsideWindows(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        let session = MatchSession(limits: limits)
        var disagreeing: [String] = []
        for (prefilter, indexes) in [(textPrefilter, textRules), (conductPrefilter, conductRules)] {
            let starts = bytes.withUnsafeBufferPointer { prefilter.starts(in: $0, scratch: prefilter.makeScratch()) }
            for (position, index) in indexes.enumerated() {
                guard let pattern = rules[index].pattern else { continue }
                let agree = bytes.withUnsafeBufferPointer { buffer in
                    guard let everywhere = try? session.matches(of: pattern, in: buffer) else { return true }
                    return (try? session.matches(of: pattern, in: buffer, startingIn: starts[position])) == everywhere
                }
                if !agree { disagreeing.append(rules[index].id) }
            }
        }
        return disagreeing
    }

    /// The ids of the regex rules the prefilter places (searched only in windows).
    public var windowedRules: [String] {
        zip([textPrefilter, conductPrefilter], [textRules, conductRules]).flatMap { prefilter, indexes in
            indexes.indices.filter { prefilter.isWindowed($0) }.map { rules[indexes[$0]].id }
        }
    }
}
