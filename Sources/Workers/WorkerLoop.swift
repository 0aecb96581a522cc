import Classifier
import Configuration
import CWorker
import Detectors
import Extraction
import Foundation
import Glibc
import Inspection

/// Everything a worker needs to build the same inspector as the milter. The milter sends the
/// pattern texts it loaded, never a path: a pattern file edited (or broken) on disk after
/// the last reload cannot reach a worker started later.
package struct WorkerSetup: Codable, Sendable {
    package var patterns: [PatternSource]
    /// The milter's compiled prefilters for those patterns (compiling them takes longer than
    /// everything else a worker does at start).
    package var prefilters: RuleSet.PrefilterImages
    package var scanLimits: ScanLimits
    package var inspection: Inspector.Settings
    package var limits: WorkerSettings
    package var conduct: ConductReader.Image

    package init(engine: Engine) {
        patterns = engine.rules.sources
        prefilters = engine.rules.prefilterImages
        scanLimits = engine.rules.limits
        inspection = engine.inspectorSettings
        limits = engine.config.workers
        conduct = engine.conduct?.image ?? ConductReader.Image(settings: engine.config.conduct)
    }
}

/// Why a worker ended by itself: its exit status, and the line it writes to standard error
/// first, which the milter puts in its log.
package enum WorkerExit: Int32, CaseIterable {
    case orphaned = 3, noSetup = 4, rulesFailed = 5, badMessage = 6, resultNotSent = 7, modelFailed = 8

    package var reason: String {
        switch self {
        case .orphaned: "its parent is not the milter that started it"
        case .noSetup: "no readable setup from the milter"
        case .rulesFailed: "the rules the milter sent did not compile"
        case .badMessage: "a message frame without a readable message"
        case .resultNotSent: "the result could not be sent to the milter"
        case .modelFailed: "the conduct model's files could not be loaded"
        }
    }
}

/// A worker that stops by itself: why, and what the failing step said.
package struct WorkerFailure: Error {
    package var exit: WorkerExit
    package var detail: String?

    package init(_ exit: WorkerExit, _ detail: String? = nil) {
        self.exit = exit
        self.detail = detail
    }

    /// The line the worker writes to standard error before it exits with `exit`.
    package var line: String {
        "mailguard worker: " + exit.reason + (detail.map { ": " + $0.split(whereSeparator: \.isNewline).joined(separator: "; ") } ?? "")
    }
}

/// What `mailguard worker` runs: started by `mailguard run`, never by hand. Standard input
/// is a unix socket to the milter. Reads one message at a time and answers its inspection;
/// dies with its parent; runs under the memory and CPU limits of `[workers]`.
package enum WorkerLoop {
    /// Serves the milter until it closes the socket; throws why it stopped otherwise.
    package static func run(parent: Int32) throws(WorkerFailure) {
        guard mg_die_with_parent(SIGKILL) == 0, getppid() == parent else { throw WorkerFailure(.orphaned) }
        let channel = FrameChannel(socket: 0)
        guard case .frame(let first) = channel.receive(until: nil), first.kind == .setup else { throw WorkerFailure(.noSetup) }
        guard let board = ReadingBoard(descriptor: first.descriptor) else { throw WorkerFailure(.noSetup, "no reading board beside the setup") }
        let setup: WorkerSetup
        do { setup = try JSONDecoder().decode(WorkerSetup.self, from: Data(first.payload)) } catch { throw WorkerFailure(.noSetup, "\(error)") }
        ProcessLimits.limitMemory(mebibytes: setup.limits.memoryMiB)
        // The milter sends the texts it loaded and self-tested; compiling them is enough here.
        let rules: RuleSet
        switch RuleSet.load(setup.patterns, limits: setup.scanLimits, selfTest: false, prefilters: setup.prefilters) {
        case .success(let loaded): rules = loaded
        case .failure(let problems): throw WorkerFailure(.rulesFailed, problems.description)
        }
        // The model files were checked when the milter loaded them; unusable now, the worker
        // cannot read as the milter expects.
        let conduct: ConductReader?
        do { conduct = try ConductReader.load(setup.conduct) } catch { throw WorkerFailure(.modelFailed, "\(error)") }
        BLASEnvironment.useOne()
        let inspector = Inspector(rules: rules, settings: setup.inspection, conduct: conduct)
        channel.send(.ready)
        while case .frame(let frame) = channel.receive(until: nil) {
            guard frame.kind == .message, frame.descriptor >= 0, let raw = contents(of: frame.descriptor) else { throw WorkerFailure(.badMessage) }
            ProcessLimits.limitCPU(seconds: setup.limits.cpuSeconds)
            let scope = frame.payload.first.flatMap(ConductScope.init(rawValue:)) ?? .everySentence
            let inspection = inspector.inspect(raw, scope: scope, reading: board.note)
            guard channel.send(.result, ResultFrame.encode(inspection)) else { throw WorkerFailure(.resultNotSent) }
        }
    }

    /// The whole file behind `descriptor` (a memfd), which is closed.
    package static func contents(of descriptor: Int32) -> [UInt8]? {
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return Descriptor.read(descriptor, count: Int(status.st_size))
    }
}

/// Limits the kernel enforces on a worker.
package enum ProcessLimits {
    /// Caps the address space (`RLIMIT_AS`). Not under a sanitizer, which reserves terabytes
    /// of shadow memory.
    package static func limitMemory(mebibytes: Int) {
        guard mebibytes > 0, !underSanitizer else { return }
        var limit = rlimit(rlim_cur: rlim_t(mebibytes) << 20, rlim_max: rlim_t(mebibytes) << 20)
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
    }

    /// `RLIMIT_CPU` counts over the process's whole life, so it is re-armed before each
    /// message: `seconds` more than used so far. Past it the kernel sends SIGXCPU.
    package static func limitCPU(seconds: Int) {
        guard seconds > 0 else { return }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let used = Int(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + 1
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &limit)
        limit.rlim_cur = min(rlim_t(used + seconds), limit.rlim_max)
        setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &limit)
    }

    package static let underSanitizer: Bool = {
        guard let handle = dlopen(nil, RTLD_NOW) else { return false }
        defer { dlclose(handle) }
        return dlsym(handle, "__asan_init") != nil || dlsym(handle, "__tsan_init") != nil
    }()
}
