/// The context words of every rule (the labels that raise confidence and those that lower it)
/// in one literal set. A text is searched for all of them once, when its first match needs
/// them, instead of looking back from every match for every word.
struct LabelWords: Sendable {
    /// Which phrases belong to one rule, for and against.
    struct Sets: Sendable {
        var support: Chosen
        var against: Chosen
    }

    /// For each phrase, whether it is chosen; and whether any is (asked for every match).
    struct Chosen: Sendable {
        private(set) var phrases: [Bool]
        private(set) var any = false

        init(count: Int) { phrases = Array(repeating: false, count: count) }

        mutating func choose(_ phrase: Int) {
            phrases[phrase] = true
            any = true
        }
    }

    private let literals: LiteralSet
    /// Per rule of the set, in rule order.
    let sets: [Sets]

    init(_ rules: [Rule]) {
        var phrases: [[UInt8]] = []
        var ids: [[UInt8]: Int] = [:]
        func id(_ phrase: [UInt8]) -> Int {
            if let known = ids[phrase] { return known }
            ids[phrase] = phrases.count
            phrases.append(phrase)
            return phrases.count - 1
        }
        let chosen = rules.map { rule in
            (rule.context.wordBytes.filter { !$0.isEmpty }.map(id), rule.context.againstBytes.filter { !$0.isEmpty }.map(id))
        }
        literals = LiteralSet(phrases)
        sets = chosen.map { support, against in
            var sets = Sets(support: Chosen(count: phrases.count), against: Chosen(count: phrases.count))
            support.forEach { sets.support.choose($0) }
            against.forEach { sets.against.choose($0) }
            return sets
        }
    }

    func makeScratch() -> LiteralSet.Scratch { literals.makeScratch() }

    /// Every whole-word occurrence in the text's lower-cased bytes, in order of their ends.
    fileprivate func occurrences(in text: ScanText, scratch: LiteralSet.Scratch) -> [(end: Int, start: Int, phrase: Int)] {
        text.lowered.withUnsafeBufferPointer { bytes in
            literals.matches(in: bytes, scratch: scratch) { phrase, end in
                text.isWhole((end - literals.lengths[phrase])..<end)
            }.map { phrase, end in (end, end - literals.lengths[phrase], phrase) }
        }
    }
}

/// One text's context words, found on first use and shared by every rule's matches in it.
final class ContextLabels {
    private let words: LabelWords
    private let text: ScanText
    private let scratch: LiteralSet.Scratch
    private var found: [(end: Int, start: Int, phrase: Int)]?

    init(_ words: LabelWords, text: ScanText, scratch: LiteralSet.Scratch) {
        self.words = words
        self.text = text
        self.scratch = scratch
    }

    /// Whether the text holds a whole-word occurrence of any phrase in `chosen`.
    func contains(any chosen: LabelWords.Chosen) -> Bool {
        guard chosen.any else { return false }
        if found == nil { found = words.occurrences(in: text, scratch: scratch) }
        return found?.contains { chosen.phrases[$0.phrase] } ?? false
    }

    /// How far before `match` the nearest whole-word occurrence of a phrase in `chosen` ends,
    /// when it starts at or after `floor`; nil when there is none.
    func distance(of chosen: LabelWords.Chosen, before match: Range<Int>, floor: Int) -> Int? {
        guard chosen.any else { return nil }
        if found == nil { found = words.occurrences(in: text, scratch: scratch) }
        guard let found else { return nil }
        // The last occurrence that ends at or before the match, then back while one may start
        // at or after the floor.
        var low = 0
        var high = found.count
        while low < high {
            let middle = (low + high) / 2
            if found[middle].end <= match.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0, found[index].end > floor {
            let occurrence = found[index]
            if chosen.phrases[occurrence.phrase], occurrence.start >= floor { return match.lowerBound - occurrence.end }
            index -= 1
        }
        return nil
    }
}
