import Foundation

/// Postfix's hold queue: what the CLI and the console review. Two ways in, one behaviour:
/// Postfix's own tools (as root) or the root helper's socket.
package protocol HoldQueue: Sendable {
    /// Messages in the hold queue, oldest first.
    func held() throws -> [PostfixQueue.Message]
    /// A held message as it will be delivered: headers and body.
    func message(_ id: String) throws -> Data
    /// A held message's main headers (From, To, Cc, Date, Subject, Message-ID), unfolded.
    func headers(_ id: String) throws -> [PostfixQueue.Header]
    /// Moves a held message out of hold and asks for its delivery now.
    func release(_ id: String) throws
    func delete(_ id: String) throws
}

/// Postfix's queue through its own tools: `postqueue -j` to list, `postcat` to read,
/// `postsuper` to release and delete. `-c DIR` selects the instance when one is configured.
package struct PostfixQueue: HoldQueue {
    let postfix: PostfixTools

    package init(configDirectory: String? = nil, toolDirectory: String = "/usr/sbin") {
        postfix = PostfixTools(configDirectory: configDirectory, toolDirectory: toolDirectory)
    }

    package struct Message: Equatable, Codable, Sendable {
        package var queueID: String
        package var arrival: Date
        package var size: Int
        package var sender: String
        package var recipients: [String]
    }

    package struct Header: Equatable, Codable, Sendable {
        package var name: String
        package var value: String
    }

    /// Postfix queue ids: short ids are upper-case hex, long ids letters and digits.
    package static func isQueueID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 32 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Messages in the hold queue, oldest first.
    package func held() throws -> [Message] {
        let output = try run("postqueue", ["-j"])
        return output.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  object["queue_name"] as? String == "hold", let id = object["queue_id"] as? String else { return nil }
            let recipients = (object["recipients"] as? [[String: Any]] ?? []).compactMap { $0["address"] as? String }
            return Message(queueID: id, arrival: Date(timeIntervalSince1970: object["arrival_time"] as? Double ?? 0),
                           size: object["message_size"] as? Int ?? 0, sender: object["sender"] as? String ?? "", recipients: recipients)
        }.sorted { $0.arrival < $1.arrival }
    }

    /// The held message as it will be delivered: headers and body (`postcat -bh`).
    package func message(_ id: String) throws -> Data {
        Data(try run("postcat", ["-bh", "-q", id]).utf8)
    }

    /// The message's main headers (From, To, Cc, Date, Subject, Message-ID), unfolded.
    package func headers(_ id: String) throws -> [Header] {
        var headers: [Header] = []
        for line in try run("postcat", ["-h", "-q", id]).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":"), !line.hasPrefix("***") {
                headers.append(Header(name: String(line[..<colon]), value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
            }
        }
        let shown = ["from", "to", "cc", "date", "subject", "message-id"]
        return headers.filter { shown.contains($0.name.lowercased()) }
    }

    /// Moves the message out of hold and asks for its delivery now.
    package func release(_ id: String) throws {
        _ = try run("postsuper", ["-H", id])
        _ = try run("postqueue", ["-i", id])
    }

    package func delete(_ id: String) throws {
        _ = try run("postsuper", ["-d", id, "hold"])
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        try postfix.run(tool, arguments)
    }
}
