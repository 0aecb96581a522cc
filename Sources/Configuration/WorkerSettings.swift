import Foundation

/// `[workers]` in the config.
package struct WorkerSettings: Codable, Sendable, Equatable {
    /// Worker processes; 0: one per core.
    package var count = 0
    /// Messages a worker reads before it is replaced.
    package var maxMessages = 1000
    /// Address-space limit of a worker, MiB.
    package var memoryMiB = 1024
    /// CPU time one message may take in a worker.
    package var cpuSeconds = 30
    /// How long a message waits for a free worker before it is tempfailed. A burst of large
    /// messages waits its turn rather than being sent again in full (Postfix waits up to
    /// milter_content_timeout, 300 s, for the answer).
    package var queueWaitSeconds = 60

    package var effectiveCount: Int { count > 0 ? count : Self.processors }

    /// Read once: Foundation reads the control group's files on every call, and the pool asks
    /// every time a worker is given back.
    private static let processors = max(ProcessInfo.processInfo.activeProcessorCount, 1)
}
