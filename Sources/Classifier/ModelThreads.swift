import CBLAS

/// OpenBLAS starts a thread per core; a worker reads one message on one core, and two
/// workers each using every core would only fight over them.
public enum ModelThreads {
    public static func useOne() { openblas_set_num_threads(1) }
}
