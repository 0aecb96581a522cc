import Foundation
import Glibc

/// A `.safetensors` file mapped read-only into memory: an 8-byte little-endian header length,
/// a JSON header naming each tensor's type, shape and byte range, then the raw data. Tensors
/// are read in place; the pages are shared by every process that maps the same file.
final class SafeTensors: @unchecked Sendable {
    // @unchecked Sendable: the mapping is read-only for its whole life and unmapped only in
    // deinit, when no reference is left.
    struct Entry {
        var shape: [Int]
        var offset: Int
        var count: Int
    }

    let path: String
    private let base: UnsafeMutableRawPointer
    private let size: Int
    private var entries: [String: Entry] = [:]

    init(path: String) throws(ModelError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ModelError(path, "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= 8 else { throw ModelError(path, "not a safetensors file (too short)") }
        size = Int(status.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            throw ModelError(path, "cannot map: \(String(cString: strerror(errno)))")
        }
        base = mapped
        // Compared as read, before any conversion: a length past Int.max is refused, not a trap.
        let declaredLength = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
        let headerLength = declaredLength < 1 << 24 ? Int(declaredLength) : -1
        guard headerLength > 0, headerLength <= size - 8 else {
            munmap(base, size)
            throw ModelError(path, "header length \(declaredLength) does not fit the file")
        }
        let header = Data(bytes: base + 8, count: headerLength)
        do {
            entries = try Self.parse(header: header, dataStart: 8 + headerLength, fileSize: size)
        } catch {
            munmap(base, size)
            throw ModelError(path, error.cause)
        }
    }

    deinit { munmap(base, size) }

    func shape(of name: String) -> [Int]? { entries[name]?.shape }

    /// The float32 tensor `name`, checked to have `shape`.
    func floats(_ name: String, shape: [Int]) throws(ModelError) -> UnsafePointer<Float> {
        guard let entry = entries[name] else { throw ModelError(path, "no tensor '\(name)'") }
        guard entry.shape == shape else {
            throw ModelError(path, "tensor '\(name)' has shape \(entry.shape), expected \(shape)")
        }
        return UnsafeRawPointer(base + entry.offset).assumingMemoryBound(to: Float.self)
    }

    private static func parse(header: Data, dataStart: Int, fileSize: Int) throws(ModelError) -> [String: Entry] {
        func fail(_ cause: String) -> ModelError { ModelError("", cause) }
        guard let object = try? JSONSerialization.jsonObject(with: header) as? [String: Any] else { throw fail("header is not a JSON object") }
        var entries: [String: Entry] = [:]
        for (name, value) in object where name != "__metadata__" {
            guard let tensor = value as? [String: Any], let dtype = tensor["dtype"] as? String,
                  let shape = tensor["shape"] as? [Int], let range = tensor["data_offsets"] as? [Int], range.count == 2
            else { throw fail("tensor '\(name)': malformed entry") }
            // Only float32 tensors are used (position ids, int64, are implied by positions).
            guard dtype == "F32" else { continue }
            // Every number here comes from the file: checked before any arithmetic can overflow.
            var count = 1
            var fits = shape.allSatisfy { $0 > 0 } && range[0] >= 0 && range[1] >= range[0] && range[1] <= fileSize - dataStart
            for dimension in shape where fits {
                let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
                fits = !overflow && product <= (fileSize - dataStart) / 4
                count = product
            }
            guard fits, range[1] - range[0] == count * 4, (dataStart + range[0]) % 4 == 0
            else { throw fail("tensor '\(name)': byte range \(range) does not fit shape \(shape) in the file") }
            entries[name] = Entry(shape: shape, offset: dataStart + range[0], count: count)
        }
        return entries
    }
}

/// A model file that cannot be used, and why.
public struct ModelError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var cause: String

    public init(_ file: String, _ cause: String) {
        self.file = file
        self.cause = cause
    }

    public var description: String { file.isEmpty ? cause : "\(file): \(cause)" }
}
