import Foundation

/// A request as the console reads it, independent of the HTTP server library.
package struct ConsoleRequest: Sendable {
    package var method: String
    package var path: String
    package var query: [(name: String, value: String)]
    /// Lower-cased names; a repeated header's values joined with ", ".
    package var headers: [String: String]
    package var body: Data
    /// The address of the connecting peer (the proxy, when there is one).
    package var peer: String?

    package init(method: String, path: String, query: [(name: String, value: String)] = [], headers: [String: String] = [:], body: Data = Data(), peer: String? = "127.0.0.1") {
        self.method = method
        self.path = path
        self.query = query
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $0 + ", " + $1 })
        self.body = body
        self.peer = peer
    }

    package func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value.nonEmpty
    }

    package func cookie(_ name: String) -> String? {
        for part in (headers["cookie"] ?? "").split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0] == name { return pair[1] }
        }
        return nil
    }

    /// An `application/x-www-form-urlencoded` body.
    package var form: Form { Form(String(decoding: body, as: UTF8.self)) }
}

/// Form fields in order; a field may repeat (`id` of each checked hold).
package struct Form: Sendable {
    package var fields: [(name: String, value: String)]

    package init(_ encoded: String) {
        fields = encoded.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { part in
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            return parts.first.map { (name: $0, value: parts.count > 1 ? parts[1] : "") }
        }
    }

    package subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }
    package func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// A field with surrounding space trimmed; nil when empty.
    package func text(_ name: String) -> String? {
        self[name]?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
    }
}

package struct ConsoleResponse: Sendable {
    package var status: Int
    package var headers: [(name: String, value: String)]
    package var body: Data

    package init(status: Int = 200, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    package static func html(_ text: String, status: Int = 200) -> ConsoleResponse {
        ConsoleResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(text.utf8))
    }

    /// 303: after a form, the browser asks for the page with GET.
    package static func redirect(_ location: String) -> ConsoleResponse {
        ConsoleResponse(status: 303, headers: [("Location", location)])
    }

    package func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
}

extension String {
    /// Nil for an empty field: a form sends every field, filled or not.
    var nonEmpty: String? { isEmpty ? nil : self }
}
