import Foundation

/// `[workers]` in the config.
struct WorkerSettings: Codable, Sendable, Equatable {
    /// Worker processes; 0: one per core.
    var count = 0
    /// Messages a worker reads before it is replaced.
    var maxMessages = 1000
    /// Address-space limit of a worker, MiB.
    var memoryMiB = 1024
    /// CPU time one message may take in a worker.
    var cpuSeconds = 30
    /// How long a message waits for a free worker before it is tempfailed. A burst of large
    /// messages waits its turn rather than being sent again in full (Postfix waits up to
    /// milter_content_timeout, 300 s, for the answer).
    var queueWaitSeconds = 60

    var effectiveCount: Int { count > 0 ? count : max(ProcessInfo.processInfo.activeProcessorCount, 1) }
}
