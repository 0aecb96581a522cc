import Configuration
import Detectors
import Extraction
import Foundation
import Synchronization

/// One readable part of a held message as a reviewer sees it: where it is, and its text
/// cut into plain pieces and redacted values (which the page highlights).
package struct RevealedPart: Codable, Sendable, Equatable {
    package struct Piece: Codable, Sendable, Equatable {
        package var text: String
        package var isValue: Bool
    }

    package var location: String
    /// Text a reader does not see (an HTML comment, hidden RTF text).
    package var hidden: Bool
    package var pieces: [Piece]
}

/// Reads a held message the way the milter's workers do and masks every value a rule
/// matches: a reviewer reads what the sender wrote, never an SSN or card number.
package enum Revealer {
    /// Characters shown per part, and parts per message: a page, not a dump.
    static let maxPartCharacters = 200_000
    static let maxParts = 200

    package static func reveal(_ raw: [UInt8], rules: RuleSet, limits: ExtractionLimits) -> [RevealedPart] {
        let scanner = rules.makeScanner()
        var parts: [RevealedPart] = []
        let extraction = MessageReader.read(raw, limits: limits) { segment in
            guard parts.count < maxParts, !segment.text.isEmpty else { return }
            let text = cut(segment.text, at: maxPartCharacters, marking: "\n[… cut]")
            // Locations hold names a sender chose: masked too.
            parts.append(RevealedPart(location: scanner.mask(segment.location), hidden: segment.hidden,
                                      pieces: scanner.maskedPieces(text).map { RevealedPart.Piece(text: $0.text, isValue: $0.isValue) }))
        }
        for part in extraction.unscannable {
            parts.append(RevealedPart(location: scanner.mask(part.location), hidden: false,
                                      pieces: [RevealedPart.Piece(text: "[not readable: \(part.reason.rawValue)]", isValue: false)]))
        }
        return parts
    }

    /// Runs `mailguard console reveal` on the message: a hostile message can crash or
    /// exhaust a reader, and then only that process dies (memory and CPU limited by
    /// `[workers]`), never the console. Killed after `seconds`.
    package static func contained(executable: String, configPath: String, seconds: Int) -> @Sendable (Data) async throws -> [RevealedPart] {
        { message in
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try run(executable: executable, configPath: configPath, message: message, seconds: seconds) })
                }
            }
        }
    }

    private static func run(executable: String, configPath: String, message: Data, seconds: Int) throws -> [RevealedPart] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["console", "reveal", "--config", configPath]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds), execute: timer)
        defer { timer.cancel() }
        // The message is written while the answer is read: neither pipe can fill up and stall.
        let writer = input.fileHandleForWriting
        DispatchQueue.global().async {
            try? writer.write(contentsOf: message)
            try? writer.close()
        }
        let answer = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, process.terminationReason == .exit else {
            throw ConsoleError("the message could not be read for display (reader stopped: status \(process.terminationStatus)); release or delete it by its findings")
        }
        return try JSONDecoder().decode([RevealedPart].self, from: answer)
    }
}
