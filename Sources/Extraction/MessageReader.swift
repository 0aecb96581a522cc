import CGMime

/// Turns a raw RFC 5322 message into the decoded texts a reader sees: the Subject (RFC 2047
/// decoded) and every text part (transfer encoding undone, charset converted to UTF-8, HTML
/// rendered). Headers other than Subject are never returned, so digits in Message-ID,
/// Received or MIME boundaries cannot reach the detectors.
///
/// Input that is not a message at all (no header block) is never skipped: its bytes are
/// scanned as one plain text at location `body (unparsed)`.
public enum MessageReader {
    public static func segments(of raw: [UInt8]) -> [TextSegment] {
        let segments = parse(raw) ?? [TextSegment(location: "body (unparsed)", text: String(decoding: raw, as: UTF8.self))]
        return segments.map { TextSegment(location: $0.location, text: TextNormalizer.normalize($0.text)) }
    }

    private static func parse(_ raw: [UInt8]) -> [TextSegment]? {
        _ = gmimeReady
        let stream = raw.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { g_mime_stream_mem_new_with_buffer($0.baseAddress, $0.count) }
        }
        guard let stream else { return nil }
        defer { mg_unref(stream) }
        guard let parser = g_mime_parser_new_with_stream(stream) else { return nil }
        defer { mg_unref(parser) }
        guard let message = g_mime_parser_construct_message(parser, nil) else { return nil }
        defer { mg_unref(message) }
        var walker = PartWalker()
        walker.visit(message: message, prefix: "")
        return walker.segments
    }
}

/// g_mime_init must run once per process before any parse.
private let gmimeReady: Bool = {
    g_mime_init()
    return true
}()

/// Depth-first walk over the MIME tree, collecting text parts in reading order.
private struct PartWalker {
    var segments: [TextSegment] = []

    mutating func visit(message: UnsafeMutablePointer<GMimeMessage>, prefix: String) {
        if let subject = g_mime_message_get_subject(message) {
            segments.append(TextSegment(location: prefix + "subject", text: String(cString: subject)))
        }
        if let body = g_mime_message_get_mime_part(message) {
            visit(body, prefix: prefix)
        }
    }

    mutating func visit(_ object: UnsafeMutablePointer<GMimeObject>, prefix: String) {
        if mg_is_multipart(object) != 0 {
            let multipart = mg_as_multipart(object)
            for index in 0..<g_mime_multipart_get_count(multipart) {
                if let part = g_mime_multipart_get_part(multipart, index) { visit(part, prefix: prefix) }
            }
        } else if mg_is_message_part(object) != 0 {
            if let inner = g_mime_message_part_get_message(mg_as_message_part(object)) {
                visit(message: inner, prefix: prefix + "forwarded message › ")
            }
        } else if mg_is_text_part(object) != 0 {
            visitText(object, prefix: prefix)
        }
        // Other leaf parts (images, documents, archives) are read by attachment extractors.
    }

    private mutating func visitText(_ object: UnsafeMutablePointer<GMimeObject>, prefix: String) {
        let contentType = g_mime_object_get_content_type(object)
        let isHTML = g_mime_content_type_is_type(contentType, "text", "html") != 0
        let subtype = g_mime_content_type_get_media_subtype(contentType).map { String(cString: $0).lowercased() } ?? "plain"
        let fileName = g_mime_part_get_filename(mg_as_part(object)).map { String(cString: $0) }
        let isAttachment = g_mime_object_get_disposition(object).map { String(cString: $0).lowercased() == "attachment" } ?? false
        guard let text = decodedText(object) else { return }
        let location = if isAttachment || fileName != nil {
            "attachment \(fileName ?? "(unnamed text/\(subtype))")"
        } else {
            "body (text/\(subtype))"
        }
        segments.append(TextSegment(location: prefix + location, text: isHTML ? HTMLText.render(text) : text))
    }

    /// The part's text in UTF-8. GMime undoes the transfer encoding and converts from the
    /// declared charset; when it cannot, the decoded bytes are read as UTF-8 with
    /// replacement characters rather than skipped.
    private func decodedText(_ object: UnsafeMutablePointer<GMimeObject>) -> String? {
        if let converted = g_mime_text_part_get_text(mg_as_text_part(object)) {
            defer { g_free(converted) }
            return String(cString: converted)
        }
        guard let content = g_mime_part_get_content(mg_as_part(object)), let memory = g_mime_stream_mem_new() else {
            return nil
        }
        defer { mg_unref(memory) }
        g_mime_data_wrapper_write_to_stream(content, memory)
        guard let bytes = g_mime_stream_mem_get_byte_array(mg_as_stream_mem(memory)) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes.pointee.data, count: Int(bytes.pointee.len)), as: UTF8.self)
    }
}
