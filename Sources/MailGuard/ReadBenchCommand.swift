import ArgumentParser
import Classifier
import Foundation
import Inspection

/// `mailguard bench-read FILE...`: how fast messages are read and scanned in one process (one
/// core), each file on its own: MB/s of message bytes and milliseconds per message, the best
/// of several rounds. `scripts/bench` feeds it one message per container kind.
struct ReadBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-read",
        abstract: "Measure reading and scanning throughput per message file (MB/s, ms per message)."
    )

    @OptionGroup var options: ConfigOption

    @Option(name: .long, help: "Rounds per file; the best counts.")
    var rounds = 5

    @Option(name: .long, help: "What the conduct model reads: every (every sentence, as for students' mail) or candidates (other mail).")
    var conductScope: ScopeChoice = .every

    enum ScopeChoice: String, ExpressibleByArgument {
        case every, candidates
        var scope: ConductScope { self == .every ? .everySentence : .candidates }
    }

    @Argument(help: "Message files (RFC 5322, as Postfix would pass them).")
    var files: [String]

    func run() throws {
        guard case .success(let engine) = options.load() else {
            print("mailguard bench-read: the config does not load; run mailguard check")
            throw ExitCode(2)
        }
        let inspector = engine.inspector
        BLASEnvironment.useOne()
        print("message".padded(28) + "bytes".padded(10, right: true) + "MB/s".padded(10, right: true)
              + "ms/message".padded(12, right: true) + "findings".padded(10, right: true))
        for file in files {
            let raw = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            var best = Double.infinity
            var findings = 0
            for _ in 0..<max(rounds, 1) {
                let start = ContinuousClock.now
                findings = inspector.inspect(raw, scope: conductScope.scope).findings.count
                best = min(best, (ContinuousClock.now - start).seconds)
            }
            print((file as NSString).lastPathComponent.padded(28) + "\(raw.count)".padded(10, right: true)
                  + String(format: "%10.1f%12.2f", Double(raw.count) / best / 1e6, best * 1000) + "\(findings)".padded(10, right: true))
        }
    }
}
