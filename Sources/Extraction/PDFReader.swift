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
            let detail = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            // Poppler opens a PDF whose user password is empty; this one needs a real one.
            let locked = error.map { $0.pointee.domain == poppler_error_quark() && $0.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) } ?? false
            if let error { g_error_free(error) }
            context.unscannable(location, locked ? .passwordProtected : .damaged, "PDF: \(detail)")
            return
        }
        defer { mg_poppler_unref(UnsafeMutableRawPointer(document)) }
        // A table that runs onto the next page keeps the header of the page before.
        var header: [String]?
        for index in 0..<poppler_document_get_n_pages(document) {
            guard context.inTime(at: location) else { return }
            guard let page = poppler_document_get_page(document, index) else { continue }
            defer { mg_poppler_unref(UnsafeMutableRawPointer(page)) }
            let place = "\(location) › page \(index + 1)"
            if let text = pageText(page) { header = context.addDocument(place, text, continuing: header) }
            let filled = formValues(page) + annotationTexts(page)
            if !filled.isEmpty { context.add("\(place) › fields and notes", filled.joined(separator: "\n")) }
        }
    }

    /// What a filled form shows in its text and choice fields, each after the field's name
    /// ("ssn: 536-90-4399"): the name is the form's own label for the value.
    private static func formValues(_ page: OpaquePointer) -> [String] {
        guard let list = poppler_page_get_form_field_mapping(page) else { return [] }
        defer { poppler_page_free_form_field_mapping(list) }
        return texts(in: list, of: PopplerFormFieldMapping.self) { mapping in
            guard let field = mapping.field else { return nil }
            let value: UnsafeMutablePointer<gchar>? = switch poppler_form_field_get_field_type(field) {
            case POPPLER_FORM_FIELD_TEXT: poppler_form_field_text_get_text(field)
            case POPPLER_FORM_FIELD_CHOICE: poppler_form_field_choice_get_text(field)
            default: nil
            }
            guard let text = taken(value), !text.isEmpty else { return nil }
            let name = taken(poppler_form_field_get_partial_name(field)) ?? ""
            return name.isEmpty ? text : "\(name): \(text)"
        }
    }

    /// The text of the page's annotations: a FreeText box drawn on the page, a sticky note's
    /// text, a comment on a highlight.
    private static func annotationTexts(_ page: OpaquePointer) -> [String] {
        guard let list = poppler_page_get_annot_mapping(page) else { return [] }
        defer { poppler_page_free_annot_mapping(list) }
        return texts(in: list, of: PopplerAnnotMapping.self) { mapping in
            mapping.annot.flatMap { taken(poppler_annot_get_contents($0)) }.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// The texts `read` gives for the items of one of Poppler's lists, up to `maxItems`: a
    /// crafted page with a million fields or notes is read no further.
    private static func texts<Item>(in list: UnsafeMutablePointer<GList>, of _: Item.Type, _ read: (Item) -> String?) -> [String] {
        var texts: [String] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node, texts.count < maxItems {
            node = current.pointee.next
            if let item = current.pointee.data?.assumingMemoryBound(to: Item.self).pointee, let text = read(item) { texts.append(text) }
        }
        return texts
    }

    static let maxItems = 10_000

    /// A string Poppler hands over, freed once read.
    private static func taken(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        return String(cString: pointer)
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
        return PDFLayout.page(glyphs)
    }
}
