import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Text from Office Open XML (docx, xlsx, pptx) and OpenDocument files, read from the zip
/// in memory with Foundation's XML parser. Word runs are joined without separators, so a
/// number split across runs by formatting stays whole; spreadsheet cells are reported per
/// cell with their column header and shown through their number format.
struct OfficeReader {
    let context: ExtractionContext

    func read(_ bytes: [UInt8], location: String) {
        guard let archive = ZipArchive(bytes, maxEntries: context.limits.maxArchiveMembers) else {
            context.unscannable(location, .damaged, "Office file whose zip cannot be read")
            return
        }
        if archive.entries.count > context.limits.maxArchiveMembers {
            // Parts past the bound are never listed: say so, and read those that are.
            context.unscannable(location, .tooLarge, "more than \(context.limits.maxArchiveMembers) parts")
        }
        let parts = OfficeParts(archive: archive, context: context)
        if context.limits.attachments.macros, let reason = MacroParts.reason(parts, location: location) {
            context.dangerous(location, Danger(rule: "macro", reason: reason, isProgram: false))
        }
        if archive["xl/workbook.bin"] != nil {
            // Macros are found above; the binary cells themselves are not read.
            context.unscannable(location, .unsupportedFormat, "Excel binary workbook (.xlsb)")
        } else if archive["word/document.xml"] != nil {
            readWord(parts, location: location)
        } else if archive["xl/workbook.xml"] != nil {
            SpreadsheetReader(parts: parts, context: context, location: location).read()
        } else if archive["ppt/presentation.xml"] != nil {
            readSlides(parts, location: location)
        } else {
            readXML(parts, "content.xml", location: location, style: .openDocument)
        }
    }

    private func readWord(_ parts: OfficeParts, location: String) {
        readXML(parts, "word/document.xml", location: location, style: .word)
        let extras = parts.archive.entries.map(\.path).filter { path in
            path.hasPrefix("word/") && ["header", "footer", "footnotes", "endnotes", "comments"].contains { path.dropFirst(5).hasPrefix($0) }
        }.sorted()
        for path in extras {
            let part = path.dropFirst(5).prefix { $0.isLetter }
            readXML(parts, path, location: "\(location) › \(part)", style: .word)
        }
    }

    private func readSlides(_ parts: OfficeParts, location: String) {
        let slides = parts.archive.entries.map(\.path).compactMap { path -> (Int, String)? in
            guard path.hasPrefix("ppt/slides/slide"), path.hasSuffix(".xml"),
                  let number = Int(path.dropFirst("ppt/slides/slide".count).dropLast(4)) else { return nil }
            return (number, path)
        }.sorted { $0.0 < $1.0 }
        for (number, path) in slides {
            readXML(parts, path, location: "\(location) › slide \(number)", style: .slides)
        }
    }

    private func readXML(_ parts: OfficeParts, _ path: String, location: String, style: XMLText.Style) {
        guard let text = parts.parse(path, location: location, { xml throws(DamagedXML) in try XMLText.extract(xml, style: style) }) else { return }
        context.addDocument(location, text)
    }
}

/// Macros in an Office Open XML or OpenDocument package, whatever the file is called: a VBA
/// project, Excel 4.0 macro sheets, an auto-run or XLM defined name, a VBA project or macro
/// sheet declared in the content types under another part name, OpenDocument Basic modules
/// and scripts.
enum MacroParts {
    static func reason(_ parts: OfficeParts, location: String) -> String? {
        let paths = parts.archive.entries.map { $0.path.lowercased() }
        if paths.contains(where: { $0.hasSuffix("vbaproject.bin") }) { return "Office document with macros (vbaProject.bin)" }
        if paths.contains(where: { $0.hasPrefix("xl/macrosheets/") || $0.hasPrefix("xl/intlmacrosheets/") }) { return "Excel 4.0 macro sheet" }
        // OpenDocument: Basic/<library>/<module>.xml beside the library lists, or a script.
        if paths.contains(where: isBasicModule) { return "OpenDocument Basic macros" }
        if paths.contains(where: { $0.hasPrefix("scripts/") && !$0.hasSuffix("/") && !$0.hasSuffix("parcel-descriptor.xml") }) {
            return "OpenDocument scripts"
        }
        if let types = parts.parse("[Content_Types].xml", location: location, optional: true, { xml throws(DamagedXML) in
            try XMLElements.parse(xml, named: "Override") + XMLElements.parse(xml, named: "Default")
        }), types.contains(where: { declaresMacros($0, paths: paths) }) {
            return "macro part declared in the package's content types"
        }
        if paths.contains("xl/workbook.xml"), let workbook = parts.read("xl/workbook.xml", location: location, optional: true) {
            let text = String(decoding: workbook, as: UTF8.self).lowercased()
            if text.contains("xlm=\"1\"") || text.contains("name=\"_xlnm.auto_open") || text.contains("name=\"auto_open") {
                return "Excel 4.0 macro behind a defined name"
            }
        }
        return nil
    }

    /// A content type entry for a VBA project or macro sheet that a part of the package has:
    /// such a part under any name is a macro. (A macro-enabled document type alone is not: a
    /// `.docm` without a VBA project has no macros.)
    private static func declaresMacros(_ entry: [String: String], paths: [String]) -> Bool {
        let type = entry["ContentType"]?.lowercased() ?? ""
        guard type.contains("vbaproject") || type.contains("macrosheet") else { return false }
        if let part = entry["PartName"]?.lowercased() { return paths.contains(String(part.drop { $0 == "/" })) }
        guard let suffix = entry["Extension"]?.lowercased() else { return false }
        return paths.contains { $0.hasSuffix("." + suffix) }
    }

    private static func isBasicModule(_ path: String) -> Bool {
        guard path.hasPrefix("basic/"), path.hasSuffix(".xml") else { return false }
        let name = path.split(separator: "/").last ?? ""
        return name != "script-lc.xml" && name != "script-lb.xml" && name != "dialog-lc.xml" && name != "dialog-lb.xml"
    }
}

/// The parts of an Office file, read through the message's byte and time budget.
struct OfficeParts {
    let archive: ZipArchive
    let context: ExtractionContext

    /// The part's bytes; nil, with an unscannable entry, when it is missing, damaged or
    /// crosses a bound.
    func read(_ path: String, location: String, optional: Bool = false) -> [UInt8]? {
        guard let entry = archive[path] else {
            if !optional { context.unscannable(location, .damaged, "\(path) missing") }
            return nil
        }
        return archive.read(entry, context: context, location: location)
    }

    /// A part parsed with `parse`; nil, with an unscannable entry, when the part cannot be
    /// read or its XML is damaged (an entity bomb, an external entity, a truncated part):
    /// text after the damage is never silently dropped.
    func parse<T>(_ path: String, location: String, optional: Bool = false, _ parse: ([UInt8]) throws(DamagedXML) -> T) -> T? {
        guard let xml = read(path, location: location, optional: optional) else { return nil }
        do {
            return try parse(xml)
        } catch {
            context.unscannable(location, .damaged, "\(path): \(error.reason)")
            return nil
        }
    }
}

/// Document text from an XML part: characters inside text elements, with line breaks where
/// paragraphs and breaks are. A table's rows become lines of tab-separated cells (paragraphs
/// inside a cell become spaces), so `TableFinder` reads it with its header.
final class XMLText: NSObject, XMLParserDelegate {
    enum Style {
        case word, slides, openDocument

        /// Elements whose characters are text (nil: every element's).
        var textElements: Set<String>? {
            switch self {
            case .word: ["w:t"]
            case .slides: ["a:t"]
            case .openDocument: nil
            }
        }
        var newlineAfter: Set<String> {
            switch self {
            case .word: ["w:p", "w:br", "w:cr"]
            case .slides: ["a:p", "a:br"]
            case .openDocument: ["text:p", "text:h", "text:line-break"]
            }
        }
        var tabAfter: Set<String> {
            switch self {
            case .word: ["w:tab"]
            case .slides: []
            case .openDocument: ["text:tab"]
            }
        }
        var table: (table: String, row: String, cell: String) {
            switch self {
            case .word: ("w:tbl", "w:tr", "w:tc")
            case .slides: ("a:tbl", "a:tr", "a:tc")
            case .openDocument: ("table:table", "table:table-row", "table:table-cell")
            }
        }
    }

    private let style: Style
    private var depthInText = 0
    private var text = ""
    private var cellDepth = 0
    private var cellsInRow = 0

    private init(style: Style) { self.style = style }

    static func extract(_ xml: [UInt8], style: Style) throws(DamagedXML) -> String {
        try XMLText(style: style).parsing(xml).text
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if style.textElements?.contains(name) ?? true { depthInText += 1 }
        switch name {
        case style.table.table: text += "\n"
        case style.table.row: cellsInRow = 0
        case style.table.cell:
            if cellsInRow > 0 { text += "\t" }
            cellsInRow += 1
            cellDepth += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if style.textElements?.contains(name) ?? true { depthInText -= 1 }
        if style.newlineAfter.contains(name) { text += cellDepth > 0 ? " " : "\n" }
        if style.tabAfter.contains(name) { text += cellDepth > 0 ? " " : "\t" }
        switch name {
        case style.table.table: text += "\n"
        case style.table.row: text += "\n"
        case style.table.cell: cellDepth = max(0, cellDepth - 1)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depthInText > 0 { text += cellDepth > 0 ? string.replacingOccurrences(of: "\t", with: " ") : string }
    }
}

/// XML that Foundation's parser (libxml2) refused: entity loops and bombs, external
/// entities (never loaded), truncation.
struct DamagedXML: Error {
    var reason: String
}

extension XMLParserDelegate where Self: NSObject {
    /// Runs Foundation's parser over `xml` with this delegate; returns the delegate, or
    /// throws when the XML is damaged. External entities are never resolved.
    func parsing(_ xml: [UInt8]) throws(DamagedXML) -> Self {
        // Office and OpenDocument packages never carry a DTD (OPC forbids it). One is how
        // entity bombs and external entities come in, and Foundation's parser drops the text
        // after an unresolved entity without an error: refuse the part instead.
        if DTDDetector.containsDeclaration(xml) { throw DamagedXML(reason: "a DTD or entity declaration, which Office files never have") }
        let parser = XMLParser(data: Data(xml))
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            let error = parser.parserError.map { "\(($0 as NSError).code)" } ?? "unknown"
            throw DamagedXML(reason: "XML error \(error) at line \(parser.lineNumber)")
        }
        return self
    }
}

enum DTDDetector {
    /// Whether `<!DOCTYPE` or `<!ENTITY` occurs, in any letter case, in UTF-8 or UTF-16 (zero
    /// bytes are skipped).
    static func containsDeclaration(_ xml: [UInt8]) -> Bool {
        // Both start with "<!": most parts of a document have no "!" at all, found by memchr.
        guard xml.withUnsafeBytes({ bytes in bytes.baseAddress.flatMap { memchr($0, 0x21, bytes.count) } != nil }) else { return false }
        let words = [Array("<!doctype".utf8), Array("<!entity".utf8)]
        var matched = [0, 0]
        for byte in xml where byte != 0 {
            let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
            for index in words.indices {
                matched[index] = words[index][matched[index]] == lowered ? matched[index] + 1 : (lowered == 60 ? 1 : 0)
                if matched[index] == words[index].count { return true }
            }
        }
        return false
    }
}
