import CBLAS
import Foundation
import Glibc

/// How OpenBLAS runs in every `mailguard` process, set before the library reads its variables
/// (it reads them once, when it loads, before `main`): so the process starts itself again once
/// with them set.
/// - Single-threaded: Debian's pthread build starts a thread per core at load, and those
///   threads do not block SIGUSR1 the way the milter's threads do, so a reload signal could
///   land on one and end the process; a worker reads one message on one core anyway.
/// - The kernel for the processor: OpenBLAS picks its kernels by CPU model, and on a processor
///   it does not know (a virtual "Intel Xeon Processor", say) it falls back to the SSE3 one,
///   six times slower. From the CPU's flags: AVX-512 → SkylakeX, AVX2 with FMA → Haswell
///   (measured equal to 1.3e-7). A kernel set by the admin is kept.
public enum BLASEnvironment {
    static let marker = "MAILGUARD_BLAS_PREPARED"
    /// Call first thing in `main`. Returns when the variables are in place (or when starting
    /// again failed, which leaves the process as it was).
    public static func prepare() {
        // Once only: a process started again with the variables never starts itself a third time.
        guard getenv(marker) == nil else { return }
        setenv(marker, "1", 1)
        var changed = false
        if getenv("OPENBLAS_NUM_THREADS").map({ String(cString: $0) }) != "1" {
            setenv("OPENBLAS_NUM_THREADS", "1", 1)
            changed = true
        }
        if getenv("OPENBLAS_CORETYPE") == nil, let kernel = kernel(flags: cpuFlags()) {
            setenv("OPENBLAS_CORETYPE", kernel, 1)
            changed = true
        }
        if changed { execv("/proc/self/exe", CommandLine.unsafeArgv) }
    }

    static func kernel(flags: Set<Substring>) -> String? {
        if ["avx512f", "avx512bw", "avx512vl", "avx512dq"].allSatisfy(flags.contains) { return "SkylakeX" }
        if ["avx2", "fma"].allSatisfy(flags.contains) { return "Haswell" }
        return nil
    }

    static func cpuFlags() -> Set<Substring> {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return [] }
        return Set(line.split(separator: " "))
    }

    /// For the matrix products of this process, whatever the environment said.
    public static func useOne() { openblas_set_num_threads(1) }
}
