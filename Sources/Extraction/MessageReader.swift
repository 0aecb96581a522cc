import CGMime
import Foundation

/// Turns a raw RFC 5322 message into the decoded texts a reader sees: the Subject (RFC 2047
/// decoded), every text part (transfer encoding undone, charset converted to UTF-8, HTML
/// rendered), forwarded messages, and attachments (see `AttachmentReader`). Headers other
/// than Subject are never returned, so digits in Message-ID, Received or MIME boundaries
/// cannot reach the detectors.
///
/// Input that is not a message at all (no header block) is never skipped: its bytes are
/// scanned as one plain text at location `body (unparsed)`.
public enum MessageReader {
    /// Reads the message, handing each text to `sink` as soon as it is read; returns the
    /// headers and what could not be read (`segments` stays empty).
    /// `reading` hears the location of each part before it is read, so a reader that dies
    /// can be named.
    public static func read(
        _ raw: [UInt8], limits: ExtractionLimits = ExtractionLimits(), reading: ((String) -> Void)? = nil,
        sink: @escaping (TextSegment) -> Void
    ) -> Extraction {
        let context = ExtractionContext(limits: limits, reading: reading, sink: sink)
        read(raw, prefix: "", depth: 0, context: context, fallbackLocation: "body (unparsed)")
        return Extraction(unscannable: context.unscannable, dangerous: context.dangerous, headers: context.headers ?? MessageHeaders())
    }

    /// Reads the whole message into memory: for tests and small messages.
    public static func read(_ raw: [UInt8], limits: ExtractionLimits = ExtractionLimits()) -> Extraction {
        var segments: [TextSegment] = []
        var extraction = read(raw, limits: limits) { segments.append($0) }
        extraction.segments = segments
        return extraction
    }

    /// Reads one attachment on its own, by its bytes, name and type, as it would be read
    /// inside a message (fuzzing and tests).
    public static func readAttachment(
        _ bytes: [UInt8], name: String, mimeType: String = "application/octet-stream", limits: ExtractionLimits = ExtractionLimits(),
        sink: @escaping (TextSegment) -> Void
    ) -> Extraction {
        let context = ExtractionContext(limits: limits, sink: sink)
        if context.charge(bytes.count, at: "attachment") {
            AttachmentReader(context: context).read(bytes, name: name, mimeType: mimeType, charset: nil, location: "attachment \(name)", depth: 1)
        }
        return Extraction(unscannable: context.unscannable, dangerous: context.dangerous, headers: MessageHeaders())
    }

    /// The top-level headers alone: no part is decoded or read.
    public static func headers(_ raw: [UInt8]) -> MessageHeaders {
        _ = gmimeReady
        let stream = raw.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { g_mime_stream_mem_new_with_buffer($0.baseAddress, $0.count) }
        }
        guard let stream else { return MessageHeaders() }
        defer { mg_unref(stream) }
        guard let parser = g_mime_parser_new_with_stream(stream) else { return MessageHeaders() }
        defer { mg_unref(parser) }
        guard let message = g_mime_parser_construct_message(parser, nil) else { return MessageHeaders() }
        defer { mg_unref(message) }
        return headers(of: message)
    }

    static func read(_ raw: [UInt8], prefix: String, depth: Int, context: ExtractionContext, fallbackLocation: String) {
        _ = gmimeReady
        let stream = raw.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { g_mime_stream_mem_new_with_buffer($0.baseAddress, $0.count) }
        }
        guard let stream, let parser = g_mime_parser_new_with_stream(stream) else {
            context.unscannable(prefix + "message", .damaged, "the MIME parser could not start")
            return
        }
        defer {
            mg_unref(parser)
            mg_unref(stream)
        }
        guard let message = g_mime_parser_construct_message(parser, nil) else {
            context.addDocument(prefix + fallbackLocation, CharsetDecoder.decode(raw, declared: nil))
            return
        }
        defer { mg_unref(message) }
        if context.headers == nil { context.headers = headers(of: message) }
        let walker = PartWalker(context: context)
        walker.visit(message: message, prefix: prefix, depth: depth)
    }
}

extension MessageReader {
    static func headers(of message: UnsafeMutablePointer<GMimeMessage>) -> MessageHeaders {
        var headers = MessageHeaders()
        if let from = mailboxes(g_mime_message_get_from(message)).first {
            headers.fromName = from.name
            headers.fromAddress = from.address
        }
        headers.recipients = (mailboxes(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_TO))
            + mailboxes(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_CC))).map(\.address)
        if let value = g_mime_object_get_header(mg_message_as_object(message), "Auto-Submitted") {
            headers.autoSubmitted = String(cString: value).trimmingCharacters(in: .whitespaces).lowercased() != "no"
        }
        return headers
    }

    /// The display names of an address list, groups' own names and their members' included,
    /// decoded.
    static func displayNames(_ list: UnsafeMutablePointer<InternetAddressList>?, depth: Int = 0) -> [String] {
        guard let list, depth < 4 else { return [] }
        return (0..<internet_address_list_length(list)).flatMap { index -> [String] in
            guard let address = internet_address_list_get_address(list, index) else { return [] }
            let name = internet_address_get_name(address).map { String(cString: $0) }
            let members = mg_is_group(address) != 0
                ? displayNames(internet_address_group_get_members(mg_as_group(address)), depth: depth + 1) : []
            guard let name, name.contains(where: { !$0.isWhitespace }) else { return members }
            return [name] + members
        }
    }

    /// The mailboxes of an address list (groups flattened away), names decoded.
    private static func mailboxes(_ list: UnsafeMutablePointer<InternetAddressList>?) -> [(name: String?, address: String)] {
        guard let list else { return [] }
        return (0..<internet_address_list_length(list)).compactMap { index in
            guard let address = internet_address_list_get_address(list, index), mg_is_mailbox(address) != 0,
                  let addr = internet_address_mailbox_get_addr(mg_as_mailbox(address)) else { return nil }
            let name = internet_address_get_name(address).map { String(cString: $0) }
            return (name?.isEmpty == false ? name : nil, String(cString: addr))
        }
    }
}

/// g_mime_init must run once per process before any parse.
private let gmimeReady: Bool = {
    g_mime_init()
    return true
}()

/// Depth-first walk over the MIME tree, in reading order.
private struct PartWalker {
    let context: ExtractionContext

    func visit(message: UnsafeMutablePointer<GMimeMessage>, prefix: String, depth: Int) {
        if let subject = subject(of: message) {
            context.add(prefix + "subject", subject)
        }
        // A reader sees the names beside the addresses: an SSN can hide in one.
        for (header, type) in [("From", GMIME_ADDRESS_TYPE_FROM), ("To", GMIME_ADDRESS_TYPE_TO), ("Cc", GMIME_ADDRESS_TYPE_CC)] {
            let names = MessageReader.displayNames(g_mime_message_get_addresses(message, type))
            if !names.isEmpty { context.add(prefix + "\(header) names", names.joined(separator: "\n")) }
        }
        if let body = g_mime_message_get_mime_part(message) {
            visit(body, prefix: prefix, depth: depth)
        }
    }

    /// The Subject decoded from its raw form, with unpadded base64 encoded words repaired.
    private func subject(of message: UnsafeMutablePointer<GMimeMessage>) -> String? {
        guard let headers = g_mime_object_get_header_list(mg_message_as_object(message)),
              let header = g_mime_header_list_get_header(headers, "Subject"),
              let raw = g_mime_header_get_raw_value(header) else {
            return g_mime_message_get_subject(message).map { String(cString: $0) }
        }
        let unfolded = String(cString: raw).replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: "")
        guard let decoded = g_mime_utils_header_decode_text(nil, Base64.padEncodedWords(unfolded)) else { return nil }
        defer { g_free(decoded) }
        return String(cString: decoded).trimmingCharacters(in: .whitespaces)
    }

    func visit(_ object: UnsafeMutablePointer<GMimeObject>, prefix: String, depth: Int) {
        guard context.within(depth: depth, at: prefix.isEmpty ? "message" : prefix) else { return }
        if mg_is_multipart(object) != 0 {
            let multipart = mg_as_multipart(object)
            for index in 0..<g_mime_multipart_get_count(multipart) {
                if let part = g_mime_multipart_get_part(multipart, index) { visit(part, prefix: prefix, depth: depth + 1) }
            }
        } else if mg_is_message_part(object) != 0 {
            if let inner = g_mime_message_part_get_message(mg_as_message_part(object)) {
                visit(message: inner, prefix: prefix + "forwarded message › ", depth: depth + 1)
            }
        } else if mg_is_part(object) != 0 {
            visitLeaf(object, prefix: prefix, depth: depth)
        }
    }

    private func visitLeaf(_ object: UnsafeMutablePointer<GMimeObject>, prefix: String, depth: Int) {
        guard let part = mg_as_part(object) else { return }
        let contentType = g_mime_object_get_content_type(object)
        let mimeType = contentType.flatMap { g_mime_content_type_get_mime_type($0) }.map { pointer in
            defer { g_free(pointer) }
            return String(cString: pointer).lowercased()
        } ?? "text/plain"
        let parameter = { (name: String) in contentType.flatMap { g_mime_content_type_get_parameter($0, name) }.map { String(cString: $0) } }
        let charset = parameter("charset")
        let fileName = g_mime_part_get_filename(part).map { String(cString: $0) }
        let isAttachment = g_mime_object_get_disposition(object).map { String(cString: $0).lowercased() == "attachment" } ?? false
        let isInlineText = !isAttachment && fileName == nil && (mimeType == "text/plain" || mimeType == "text/html")
        let location = isInlineText ? prefix + "body (\(mimeType))" : prefix + "attachment \(fileName.map(LocationName.safe) ?? "(unnamed \(mimeType))")"
        context.reading(location)
        guard let bytes = decodedContent(part) else {
            context.unscannable(location, .damaged, "the part's content could not be decoded")
            return
        }
        guard context.charge(bytes.count, at: location) else { return }
        if isInlineText {
            let text = CharsetDecoder.decode(bytes, declared: charset)
            if mimeType == "text/html" {
                let rendered = HTMLText.render(text)
                context.addDocument(location, rendered.visible)
                context.add(location + " › hidden", rendered.hidden, hidden: true)
            } else if parameter("format")?.lowercased() == "flowed" {
                context.addDocument(location, FlowedText.unwrap(text, deleteSpace: parameter("delsp")?.lowercased() == "yes"))
            } else {
                context.addDocument(location, text)
            }
            return
        }
        if let fileName { context.add(location + " › file name", fileName) }
        AttachmentReader(context: context).read(
            bytes, name: fileName ?? "", mimeType: mimeType, charset: charset, location: location, depth: depth + 1
        )
    }

    /// The part's bytes with the transfer encoding undone. Base64 is decoded here rather
    /// than by GMime, which drops a final group without padding.
    private func decodedContent(_ part: UnsafeMutablePointer<GMimePart>) -> [UInt8]? {
        guard let content = g_mime_part_get_content(part), let memory = g_mime_stream_mem_new() else { return nil }
        defer { mg_unref(memory) }
        let base64 = g_mime_data_wrapper_get_encoding(content) == GMIME_CONTENT_ENCODING_BASE64
        if base64, let encoded = g_mime_data_wrapper_get_stream(content) {
            g_mime_stream_reset(encoded)
            g_mime_stream_write_to_stream(encoded, memory)
        } else {
            g_mime_data_wrapper_write_to_stream(content, memory)
        }
        guard let array = g_mime_stream_mem_get_byte_array(mg_as_stream_mem(memory)) else { return nil }
        let bytes = UnsafeBufferPointer(start: array.pointee.data, count: Int(array.pointee.len))
        return base64 ? Base64.decode(bytes) : Array(bytes)
    }
}
