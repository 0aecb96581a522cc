/// Reduces HTML to the text a reader sees.
///
/// Written by hand because the rendering rules matter for detection and no library here
/// provides them: inline tags vanish without a trace (`123-<b>45</b>-6789` stays one number),
/// block tags become line breaks (cells become tabs) so words never glue together, and
/// `<script>`, `<style>` and comments are dropped.
public enum HTMLText {
    public static func render(_ html: String) -> String {
        let input = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "<") {
                index = skipMarkup(input, from: index, into: &output)
            } else if byte == UInt8(ascii: "&") {
                index = decodeEntity(input, from: index, into: &output)
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Skips one tag, comment or declaration starting at `start` (a `<`); returns the index after it.
    private static func skipMarkup(_ input: [UInt8], from start: Int, into output: inout [UInt8]) -> Int {
        if input.starts(with: Array("<!--".utf8), at: start) {
            return input.firstIndex(of: Array("-->".utf8), from: start + 4).map { $0 + 3 } ?? input.count
        }
        var index = start + 1
        let closing = index < input.count && input[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let nameStart = index
        while index < input.count, isNameByte(input[index]) { index += 1 }
        guard index > nameStart || (index < input.count && input[index] == UInt8(ascii: "!")) else {
            // A lone "<" (as in "a < b") is text.
            output.append(UInt8(ascii: "<"))
            return start + 1
        }
        let name = String(decoding: input[nameStart..<index].map { $0 | 0x20 }, as: UTF8.self)
        // Find the end of the tag, ignoring ">" inside quoted attribute values.
        var quote: UInt8?
        while index < input.count {
            let byte = input[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            index += 1
        }
        index = min(index + 1, input.count)
        if !closing, rawTextElements.contains(name) {
            let end = Array("</\(name)".utf8)
            guard let close = input.firstIndex(ofCaseless: end, from: index) else { return input.count }
            return input.firstIndex(of: UInt8(ascii: ">"), from: close).map { $0 + 1 } ?? input.count
        }
        if cellElements.contains(name) {
            if !closing { output.append(UInt8(ascii: "\t")) }
        } else if blockElements.contains(name) {
            output.append(UInt8(ascii: "\n"))
        }
        return index
    }

    /// Decodes one character reference starting at `start` (a `&`); unknown ones stay as written.
    private static func decodeEntity(_ input: [UInt8], from start: Int, into output: inout [UInt8]) -> Int {
        var end = start + 1
        while end < input.count, end - start <= 10, input[end] != UInt8(ascii: ";"), isNameByte(input[end]) || input[end] == UInt8(ascii: "#") {
            end += 1
        }
        let name = String(decoding: input[(start + 1)..<end], as: UTF8.self)
        var scalar: Unicode.Scalar?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
        } else {
            scalar = namedEntities[name.lowercased()]
        }
        guard let scalar else {
            output.append(UInt8(ascii: "&"))
            return start + 1
        }
        output.append(contentsOf: Array(String(Character(scalar)).utf8))
        return end < input.count && input[end] == UInt8(ascii: ";") ? end + 1 : end
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
    }

    private static let rawTextElements: Set<String> = ["script", "style", "head", "template", "noscript"]
    private static let cellElements: Set<String> = ["td", "th"]
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead",
        "title", "tr", "ul",
    ]
    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "hyphen": "\u{2010}",
        "shy": "\u{00AD}", "zwsp": "\u{200B}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "hellip": "\u{2026}", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "bull": "\u{2022}", "middot": "\u{00B7}",
    ]
}

extension Array where Element == UInt8 {
    func starts(with prefix: [UInt8], at index: Int) -> Bool {
        index + prefix.count <= count && self[index..<index + prefix.count].elementsEqual(prefix)
    }

    func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard needle.count <= count else { return nil }
        var index = start
        while index + needle.count <= count {
            if starts(with: needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    func firstIndex(ofCaseless needle: [UInt8], from start: Int) -> Int? {
        guard needle.count <= count else { return nil }
        var index = start
        while index + needle.count <= count {
            if zip(self[index..<index + needle.count], needle).allSatisfy({ ($0 >= 65 && $0 <= 90 ? $0 + 32 : $0) == $1 }) {
                return index
            }
            index += 1
        }
        return nil
    }

    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        self[start...].firstIndex(of: byte)
    }
}
