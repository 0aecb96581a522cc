/// Reduces HTML to the text a reader sees, and separately the text they do not see.
///
/// Written by hand because the rendering rules matter for detection and no library here
/// provides them: inline tags vanish without a trace (`123-<b>45</b>-6789` stays one number),
/// block tags become line breaks so words never glue together, a table row becomes one line
/// of tab-separated cells (blocks inside a cell become spaces) for `TableFinder`, and
/// `<script>` and `<style>` are dropped. Comments and elements hidden with `display:none`,
/// `visibility:hidden`, `font-size:0` in their style or the `hidden` attribute go to
/// `hidden`, so they are still scanned but never mistaken for what the reader saw.
public enum HTMLText {
    public struct Rendered: Equatable, Sendable {
        public var visible: String
        public var hidden: String
    }

    public static func render(_ html: String) -> Rendered {
        var renderer = Renderer(input: Array(html.utf8))
        renderer.run()
        return Rendered(
            visible: String(decoding: renderer.visible, as: UTF8.self),
            hidden: String(decoding: renderer.hidden, as: UTF8.self)
        )
    }
}

private struct Renderer {
    let input: [UInt8]
    var visible: [UInt8] = []
    var hidden: [UInt8] = []
    /// The element that hid its content, and how deeply it is nested in itself.
    var hiddenElement: (name: String, nesting: Int)?
    /// Inside a table cell, and how many cells the current row has had; one entry per open table.
    var tables: [(inCell: Bool, cells: Int)] = []
    /// Elements that set the direction of their text, innermost last, with how deep the
    /// same-named elements inside them nest and the mark that ends their direction.
    var directions: [(name: String, nesting: Int, end: String)] = []

    init(input: [UInt8]) {
        self.input = input
        visible.reserveCapacity(input.count)
    }

    mutating func emit(_ bytes: some Sequence<UInt8>) {
        if hiddenElement == nil { visible.append(contentsOf: bytes) } else { hidden.append(contentsOf: bytes) }
    }

    mutating func run() {
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "<") {
                index = skipMarkup(from: index)
            } else if byte == UInt8(ascii: "&") {
                index = decodeEntity(from: index)
            } else {
                // Line breaks and tabs in the source are only spaces to a browser; inside a
                // table they would split a row that `TableFinder` reads line by line.
                let isBreak = byte == 10 || byte == 13 || byte == 9
                emit(CollectionOfOne(isBreak && !tables.isEmpty ? UInt8(ascii: " ") : byte))
                index += 1
            }
        }
    }

    /// Skips one tag, comment or declaration starting at `start` (a `<`); returns the index after it.
    private mutating func skipMarkup(from start: Int) -> Int {
        if input.starts(with: Array("<!--".utf8), at: start) {
            let end = input.firstIndex(of: Array("-->".utf8), from: start + 4) ?? input.count
            hidden.append(contentsOf: input[min(start + 4, end)..<end])
            hidden.append(UInt8(ascii: "\n"))
            return min(end + 3, input.count)
        }
        var index = start + 1
        let closing = index < input.count && input[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let nameStart = index
        while index < input.count, isNameByte(input[index]) { index += 1 }
        guard index > nameStart || (index < input.count && input[index] == UInt8(ascii: "!")) else {
            // A lone "<" (as in "a < b") is text.
            emit(CollectionOfOne(UInt8(ascii: "<")))
            return start + 1
        }
        let name = String(decoding: input[nameStart..<index].map { $0 | 0x20 }, as: UTF8.self)
        let attributesStart = index
        // Find the end of the tag, ignoring ">" inside quoted attribute values. A quote opens
        // a value only right after "=", as in browsers: a stray ' does not swallow the page.
        var quote: UInt8?
        var afterEquals = false
        while index < input.count {
            let byte = input[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && afterEquals {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            if byte == UInt8(ascii: "=") { afterEquals = true } else if byte != 32 && byte != 9 { afterEquals = false }
            index += 1
        }
        let attributes = input[attributesStart..<index]
        index = min(index + 1, input.count)
        if !closing, Self.rawTextElements.contains(name) {
            let end = Array("</\(name)".utf8)
            guard let close = input.firstIndex(ofCaseless: end, from: index) else { return input.count }
            return input.firstIndex(of: UInt8(ascii: ">"), from: close).map { $0 + 1 } ?? input.count
        }
        layOut(name: name, closing: closing)
        if !Self.voidElements.contains(name) { trackDirection(name: name, closing: closing, attributes: attributes) }
        trackHiding(name: name, closing: closing, attributes: attributes)
        return index
    }

    /// Line breaks for blocks, tabs between a row's cells, spaces for blocks inside a cell.
    private mutating func layOut(name: String, closing: Bool) {
        switch name {
        case "table":
            if closing { _ = tables.popLast() } else { tables.append((false, 0)) }
            emit(CollectionOfOne(UInt8(ascii: "\n")))
        case "tr":
            if !tables.isEmpty { tables[tables.count - 1] = (false, 0) }
            emit(CollectionOfOne(UInt8(ascii: "\n")))
        case "td", "th":
            guard !closing else { return }
            guard let table = tables.last else {
                emit(CollectionOfOne(UInt8(ascii: "\t")))  // a cell outside any table still parts words
                return
            }
            if table.cells > 0 { emit(CollectionOfOne(UInt8(ascii: "\t"))) }
            tables[tables.count - 1] = (true, table.cells + 1)
        default:
            guard Self.blockElements.contains(name) else { return }
            emit(CollectionOfOne(tables.last?.inCell == true ? UInt8(ascii: " ") : UInt8(ascii: "\n")))
        }
    }

    /// Text whose direction the markup sets keeps the Unicode marks that say so, for readers
    /// that show it as a browser does: `<bdo dir=rtl>` and `unicode-bidi: bidi-override` show
    /// it reversed (U+202E … U+202C), `dir=rtl` on another element isolates it right to left
    /// (U+2067 … U+2069), so its groups of digits are shown in reverse order.
    private mutating func trackDirection(name: String, closing: Bool, attributes: ArraySlice<UInt8>) {
        if closing {
            guard var top = directions.last, top.name == name else { return }
            top.nesting -= 1
            if top.nesting > 0 { directions[directions.count - 1] = top } else {
                directions.removeLast()
                emit(top.end.utf8)
            }
            return
        }
        // Only attributes that may speak of direction are parsed.
        let fields = Array(attributes).firstIndex(ofCaseless: Array("dir".utf8), from: 0) != nil ? TagAttributes.parse(attributes) : [:]
        let direction = fields["dir"]?.lowercased()
        let style = fields["style"]?.lowercased().filter { !$0.isWhitespace } ?? ""
        let overrides = name == "bdo" || style.contains("unicode-bidi:bidi-override")
        let rightToLeft = direction == "rtl" || style.contains("direction:rtl")
        // The directions stack stays small: a page of a million nested elements is not kept.
        guard overrides || direction == "rtl" || direction == "ltr", directions.count < 64 else {
            if var top = directions.last, top.name == name {
                top.nesting += 1
                directions[directions.count - 1] = top
            }
            return
        }
        let start = overrides ? (rightToLeft ? "\u{202E}" : "\u{202D}") : (rightToLeft ? "\u{2067}" : "\u{2066}")
        emit(start.utf8)
        directions.append((name, 1, overrides ? "\u{202C}" : "\u{2069}"))
    }

    private mutating func trackHiding(name: String, closing: Bool, attributes: ArraySlice<UInt8>) {
        if var element = hiddenElement {
            if Self.endsImplicitly(element.name, at: name, closing: closing) {
                hiddenElement = nil
            } else {
                guard element.name == name else { return }
                element.nesting += closing ? -1 : 1
                hiddenElement = element.nesting > 0 ? element : nil
                return
            }
        }
        if !closing, !Self.voidElements.contains(name), Self.hides(attributes) {
            hiddenElement = (name, 1)
        }
    }

    /// Whether the tag `name` ends the element `open` without its end tag, as browsers do:
    /// `<p>` ends at the next block, `<li>` at the next item, a cell at the next cell or row,
    /// and any element but a block container at the end tag of a block around it. So an
    /// unclosed `<p hidden>` hides one paragraph, not the rest of the document.
    static func endsImplicitly(_ open: String, at name: String, closing: Bool) -> Bool {
        if closing {
            if name == "body" || name == "html" { return true }
            return name != open && !containerElements.contains(open) && (blockElements.contains(name) || cellElements.contains(name))
        }
        switch open {
        case "p": return blockElements.contains(name)
        case "li": return name == "li"
        case "dt", "dd": return name == "dt" || name == "dd"
        case "td", "th": return cellElements.contains(name) || name == "tr"
        case "tr": return name == "tr"
        case "option": return name == "option"
        default: return false
        }
    }

    /// Whether a tag's attributes hide its content from the reader: the `hidden` attribute,
    /// or a style of `display:none`, `visibility:hidden` or `font-size:0`. Words in other
    /// attributes (`title="a hidden gem"`) hide nothing.
    static func hides(_ attributes: ArraySlice<UInt8>) -> Bool {
        let parsed = TagAttributes.parse(attributes)
        if parsed.keys.contains("hidden") { return true }
        guard let style = parsed["style"]?.lowercased().filter({ !$0.isWhitespace }) else { return false }
        if style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if let range = style.range(of: "font-size:0") {
            let next = style[range.upperBound...].first
            if next == nil || !(next!.isNumber || next == ".") { return true }
        }
        return false
    }

    /// Decodes one character reference starting at `start` (a `&`); unknown ones stay as written.
    private mutating func decodeEntity(from start: Int) -> Int {
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
            scalar = Self.namedEntities[name.lowercased()]
        }
        guard let scalar else {
            emit(CollectionOfOne(UInt8(ascii: "&")))
            return start + 1
        }
        emit(Array(String(Character(scalar)).utf8))
        return end < input.count && input[end] == UInt8(ascii: ";") ? end + 1 : end
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
    }

    /// Elements whose content is never shown as text. (`head` is not here: its end tag is
    /// optional, and skipping to it could hide a whole body.)
    private static let rawTextElements: Set<String> = ["script", "style", "template"]
    private static let cellElements: Set<String> = ["td", "th"]
    /// Blocks that hold other blocks: only their own end tag (or the document's) ends them.
    private static let containerElements: Set<String> = [
        "article", "aside", "blockquote", "body", "details", "div", "dl", "fieldset", "figure", "footer", "form",
        "header", "html", "main", "nav", "ol", "section", "table", "tbody", "tfoot", "thead", "ul",
    ]
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead",
        "title", "tr", "ul",
    ]
    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "hyphen": "\u{2010}",
        "shy": "\u{00AD}", "zwsp": "\u{200B}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "hellip": "\u{2026}", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "bull": "\u{2022}", "middot": "\u{00B7}",
    ]
}

/// The attributes of one tag, names lower-cased, the first of a repeated name kept.
enum TagAttributes {
    static func parse(_ bytes: ArraySlice<UInt8>) -> [String: String] {
        var attributes: [String: String] = [:]
        var index = bytes.startIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 || byte == UInt8(ascii: "/") }
        while index < bytes.endIndex {
            while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            while index < bytes.endIndex, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
            guard index > nameStart else { index += 1; continue }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            var value = ""
            var probe = index
            while probe < bytes.endIndex, bytes[probe] == 32 || bytes[probe] == 9 { probe += 1 }
            if probe < bytes.endIndex, bytes[probe] == UInt8(ascii: "=") {
                index = probe + 1
                while index < bytes.endIndex, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
                if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let valueStart = index + 1
                    index = bytes[valueStart...].firstIndex(of: quote) ?? bytes.endIndex
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    index = Swift.min(index + 1, bytes.endIndex)
                } else {
                    let valueStart = index
                    while index < bytes.endIndex, !isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if attributes[name] == nil { attributes[name] = value }
        }
        return attributes
    }
}
