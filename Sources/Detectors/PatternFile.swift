/// Reads the line-based pattern-file format (see docs/patterns.md) into rules.
///
/// A block starts with `rule ID`; each following line is `keyword value`. Comments are whole
/// lines starting with `#`, so a `#` inside a value (`ss#`) needs no escaping.
public enum PatternFile {
    /// `wordList` gives the file of a `words FILE` (the path as written, relative to this file),
    /// or nil when there is no such file.
    public static func parse(
        _ text: String, file: String, wordList: (String) -> PatternSource? = { _ in nil }
    ) -> (rules: [Rule], problems: [LoadProblem]) {
        var blocks: [Block] = []
        var problems: [LoadProblem] = []
        // Any line ending: "\r\n" is one Character in Swift, so splitting on "\n" would miss it.
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let origin = SourceLine(file: file, line: index + 1)
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let keyword = String(line.prefix { !$0.isWhitespace })
            let value = line.dropFirst(keyword.count).trimmingWhitespace()
            if keyword == "rule" {
                blocks.append(Block(id: String(value), origin: origin))
            } else if blocks.isEmpty {
                problems.append(LoadProblem(origin, "'\(keyword)' outside a rule block (start one with 'rule ID')"))
            } else {
                blocks[blocks.count - 1].fields.append(Field(keyword: keyword, value: value, origin: origin))
            }
        }
        if blocks.isEmpty && problems.isEmpty {
            problems.append(LoadProblem(SourceLine(file: file, line: 0), "no rules in this file (a block starts with 'rule ID')"))
        }
        var rules: [Rule] = []
        for block in blocks {
            switch block.build(wordList: wordList) {
            case .success(let rule): rules.append(rule)
            case .failure(let failure): problems += failure.problems
            }
        }
        return (rules, problems)
    }
}

private struct Field {
    var keyword: String
    var value: Substring
    var origin: SourceLine
}

private struct Block {
    var id: String
    var origin: SourceLine
    var fields: [Field] = []

    static let single: Set<String> = [
        "kind", "describe", "section", "advice", "match", "words", "view", "window", "confidence", "minimum", "redact", "action",
    ]
    /// Keywords that read a regex match's surroundings: a word-list rule has none of them.
    static let regexOnly: Set<String> = ["validate", "near", "near-match", "label-match", "not-near", "window", "skip-inside"]
    static let repeatable: Set<String> = ["validate", "near", "near-match", "label-match", "not-near", "skip-inside", "example", "not"]

    func build(wordList: (String) -> PatternSource?) -> Result<Rule, LoadProblems> {
        var problems: [LoadProblem] = []
        func problem(_ origin: SourceLine, _ cause: String) { problems.append(LoadProblem(origin, ruleID: id, cause)) }

        if id.isEmpty || !id.allSatisfy({ $0.isLowercase || $0.isNumber || "-_.".contains($0) }) || !(id.first?.isLetter ?? false) {
            problem(origin, "rule id must start with a letter and use only a-z, 0-9, '-', '_' and '.'")
        }
        var seen: [String: SourceLine] = [:]
        for field in fields {
            if !Self.single.contains(field.keyword) && !Self.repeatable.contains(field.keyword) {
                let known = (Self.single.union(Self.repeatable)).sorted().joined(separator: ", ")
                problem(field.origin, "unknown keyword '\(field.keyword)' (known: \(known))")
            } else if Self.single.contains(field.keyword), let first = seen[field.keyword] {
                problem(field.origin, "'\(field.keyword)' given twice (first at line \(first.line))")
            } else if field.value.isEmpty {
                problem(field.origin, "'\(field.keyword)' needs a value")
            }
            seen[field.keyword] = seen[field.keyword] ?? field.origin
        }
        func value(_ keyword: String) -> Field? { fields.first { $0.keyword == keyword && !$0.value.isEmpty } }
        func values(_ keyword: String) -> [Field] { fields.filter { $0.keyword == keyword && !$0.value.isEmpty } }

        var pattern: CompiledPattern?
        var entries: [String] = []
        if let field = value("match") {
            if value("words") != nil { problem(field.origin, "a rule has either 'match' or 'words', not both") }
            pattern = compile(field, problem: problem)
        } else if let field = value("words") {
            entries = readWords(field, wordList: wordList, problem: problem)
        } else {
            problem(origin, "missing 'match /regex/flags' or 'words FILE'")
        }

        var action = Action.tag
        if let field = value("action") {
            if let parsed = Action(rawValue: String(field.value)) { action = parsed } else {
                problem(field.origin, "unknown action '\(field.value)' (known: \(Action.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        } else {
            problem(origin, "missing 'action' (one of \(Action.allCases.map(\.rawValue).joined(separator: ", ")))")
        }

        var validators: [Validator] = []
        for field in values("validate") {
            for name in field.value.split(whereSeparator: \.isWhitespace) {
                if let validator = Validator(rawValue: String(name)) { validators.append(validator) } else {
                    problem(field.origin, "unknown validator '\(name)' (known: \(Validator.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
            }
        }

        var context = Context()
        for field in values("near") { context.words += words(in: field, problem: problem) }
        for field in values("not-near") { context.against += words(in: field, problem: problem) }
        for field in values("near-match") {
            if let compiled = compile(field, problem: problem) { context.patterns.append(compiled) }
        }
        for field in values("label-match") {
            if let compiled = compile(field, problem: problem) { context.labelPatterns.append(compiled) }
        }
        if let field = value("window") {
            if let window = Int(field.value), (1...10_000).contains(window) { context.window = window } else {
                problem(field.origin, "window must be a whole number of characters from 1 to 10000")
            }
        }

        let confidence = level(value("confidence"), default: .medium, problem: problem)
        let minimum = level(value("minimum"), default: .low, problem: problem)

        var redaction = Redaction.full
        if let field = value("redact") {
            if let parsed = Redaction(rawValue: String(field.value)) { redaction = parsed } else {
                problem(field.origin, "unknown redaction '\(field.value)' (known: \(Redaction.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }

        var skipInside: Set<Enclosure> = []
        for field in values("skip-inside") {
            for name in field.value.split(whereSeparator: \.isWhitespace) {
                if let enclosure = Enclosure(rawValue: String(name)) { skipInside.insert(enclosure) } else {
                    problem(field.origin, "unknown skip-inside '\(name)' (known: url, email)")
                }
            }
        }

        let examples = values("example").map { RuleExample(text: String($0.value), origin: $0.origin) }
        if examples.isEmpty { problem(origin, "no 'example' line: every rule needs at least one text it must find") }

        guard problems.isEmpty, pattern != nil || !entries.isEmpty else { return .failure(LoadProblems(problems)) }
        var rule = Rule(
            id: id,
            kind: value("kind").map { String($0.value) } ?? id,
            summary: value("describe").map { String($0.value) } ?? id,
            section: value("section").map { String($0.value) },
            advice: value("advice").map { String($0.value) },
            pattern: pattern,
            validators: validators,
            context: context,
            confidence: confidence,
            minimum: minimum,
            redaction: redaction,
            action: action,
            skipInside: skipInside,
            examples: examples,
            counterExamples: values("not").map { RuleExample(text: String($0.value), origin: $0.origin) },
            origin: origin
        )
        rule.words = entries
        if let field = value("view") {
            switch field.value {
            case "conduct" where pattern != nil: rule.readsConductView = true
            case "numbers" where pattern != nil: rule.readsNumbers = true
            default: problem(field.origin, "'view' must be 'conduct' or 'numbers', with 'match'")
            }
        }
        if !entries.isEmpty || rule.readsConductView {
            for other in fields where Self.regexOnly.contains(other.keyword) {
                problem(other.origin, "'\(other.keyword)' reads a regex match's surroundings in the text; a 'words' or 'view conduct' rule reads the normalised view")
            }
        }
        guard problems.isEmpty else { return .failure(LoadProblems(problems)) }
        return .success(rule)
    }

    /// The entries of `words FILE`: one a line, `#` comments; lower-case letters, digits and
    /// single spaces, a final `*` for "words starting with". A bad line names its own file and line.
    private func readWords(_ field: Field, wordList: (String) -> PatternSource?, problem: (SourceLine, String) -> Void) -> [String] {
        guard let list = wordList(String(field.value)) else {
            problem(field.origin, "no word list '\(field.value)' (a path relative to this pattern file)")
            return []
        }
        var words: [String] = []
        for (index, rawLine) in list.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let body = line.hasSuffix("*") ? line.dropLast() : line
            let valid = !body.isEmpty && body.first != " " && body.last != " " && !body.contains("  ")
                && body.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == " " }
            if valid {
                words.append(String(line))
            } else {
                problem(SourceLine(file: list.name, line: index + 1),
                        "'\(line.prefix(40))' is not a word list entry (lower-case letters, digits, single spaces, a final '*')")
            }
        }
        if words.isEmpty { problem(field.origin, "word list '\(field.value)' has no entries") }
        return words
    }

    /// `/regex/flags`: everything between the first and the last slash is the regex.
    private func compile(_ field: Field, problem: (SourceLine, String) -> Void) -> CompiledPattern? {
        let text = field.value
        guard text.first == "/", let close = text.lastIndex(of: "/"), close != text.startIndex else {
            problem(field.origin, "'\(field.keyword)' must be written /regex/flags")
            return nil
        }
        let body = text[text.index(after: text.startIndex)..<close]
        guard let flags = PatternFlags(letters: text[text.index(after: close)...]) else {
            problem(field.origin, "unknown regex flag in '\(text[text.index(after: close)...])' (known: i, x, s, m)")
            return nil
        }
        do {
            return try CompiledPattern(String(body), flags: flags)
        } catch {
            problem(field.origin, "bad regex at offset \(error.offset): \(error.message)")
            return nil
        }
    }

    /// Space-separated words; "double quotes" keep a phrase together.
    private func words(in field: Field, problem: (SourceLine, String) -> Void) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in field.value {
            if character == "\"" {
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if quoted { problem(field.origin, "unclosed quote in '\(field.keyword)'") }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }

    private func level(_ field: Field?, default fallback: Confidence, problem: (SourceLine, String) -> Void) -> Confidence {
        guard let field else { return fallback }
        guard let level = Confidence(name: String(field.value)) else {
            problem(field.origin, "'\(field.keyword)' must be low, medium or high")
            return fallback
        }
        return level
    }
}
