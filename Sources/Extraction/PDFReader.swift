import CPoppler

/// The text a PDF viewer shows, page by page, through Poppler (in process). Damaged or
/// encrypted PDFs are reported as unscannable with Poppler's reason.
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
        for index in 0..<poppler_document_get_n_pages(document) {
            guard context.inTime(at: location) else { return }
            guard let page = poppler_document_get_page(document, index) else { continue }
            defer { mg_poppler_unref(UnsafeMutableRawPointer(page)) }
            guard let text = poppler_page_get_text(page) else { continue }
            defer { g_free(text) }
            context.add("\(location) › page \(index + 1)", String(cString: text))
        }
    }
}
