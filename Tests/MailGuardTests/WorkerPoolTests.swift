@testable import Configuration
import Foundation
import Logging
import Testing
@testable import Workers

@Suite("Worker pool")
struct WorkerPoolTests {
    /// The shipped engine with a one-second queue wait and `count` workers.
    static func engine(count: Int) throws -> Engine {
        let shipped = try shippedEngine()
        var config = shipped.config
        config.workers.queueWaitSeconds = 1
        config.workers.count = count
        return Engine(config: config, rules: shipped.rules, notices: shipped.notices)
    }

    /// Reloads and messages at once: the settings a message reads (the queue wait it
    /// reports) are the ones a reload wrote under the pool's lock. Under ThreadSanitizer
    /// (`scripts/sanitize`) an unlocked read is a reported race.
    @Test("with no worker free, a message waits the queue wait and is told so, while reloads change the settings")
    func settingsUnderReload() throws {
        let pool = WorkerPool(engine: try Self.engine(count: 1), logger: Logger(label: "test"))
        let spool = MessageSpool()
        _ = Array("Subject: hi\r\n\r\nhello\r\n".utf8).withUnsafeBytes { spool.append($0) }
        let engine = try Self.engine(count: 2)
        let reloads = DispatchGroup()
        DispatchQueue.global().async(group: reloads) { for _ in 0..<200 { pool.use(engine) } }
        defer {
            reloads.wait()
            pool.stop()
        }
        guard case .busy(let why) = pool.inspect(spool, engine: engine, queueID: "Q", scope: .candidates) else {
            Issue.record("a message was read with no worker started")
            return
        }
        #expect(why == "no reader free within 1 s")
    }
}
