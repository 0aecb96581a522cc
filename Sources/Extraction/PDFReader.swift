import CPoppler

/// The text a PDF viewer shows, page by page, through Poppler (in process), laid out as it
/// is drawn (`PDFLayout`) so tables are read by column. Damaged or encrypted PDFs are
/// reported as unscannable with Poppler's reason.
enum PDFReader {
    static func read(_ bytes: [UInt8], location: String, context: ExtractionContext) {
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            context.unscannable(location, "PDF could not be read: \(reason)")
            return
        }
        defer { mg_poppler_unref(UnsafeMutableRawPointer(document)) }
        // A table that runs onto the next page keeps the header of the page before.
        var header: [String]?
        for index in 0..<poppler_document_get_n_pages(document) {
            guard context.inTime(at: location) else { return }
            guard let page = poppler_document_get_page(document, index) else { continue }
            defer { mg_poppler_unref(UnsafeMutableRawPointer(page)) }
            guard let text = pageText(page) else { continue }
            header = context.addDocument("\(location) › page \(index + 1)", text, continuing: header)
        }
    }

    /// The page's text laid out by position; Poppler's own text when it gives no positions.
    private static func pageText(_ page: OpaquePointer) -> String? {
        guard let raw = poppler_page_get_text(page) else { return nil }
        defer { g_free(raw) }
        let text = String(cString: raw)
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return text }
        defer { g_free(rectangles) }
        let scalars = Array(text.unicodeScalars)
        // One rectangle per character of the text; anything else is not trusted.
        guard scalars.count == Int(count) else { return text }
        let glyphs = scalars.enumerated().map { offset, scalar in
            let box = rectangles[offset]
            return PDFLayout.Glyph(scalar: scalar, x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2)
        }
        return PDFLayout.layOut(glyphs)
    }
}
