import Configuration
import Console
import Foundation
import FuzzSupport
import Operations

/// What reaches the review console from anyone who can connect: a request line for the
/// queue helper, and a signed-out request (method, path, cookies, form body) through every
/// check before a session. Any bytes give an answer, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConsole(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: Harness.bytes(data, size), as: UTF8.self)
    let lines = text.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
    if case .success(let (verb, id)) = QueueHelperProtocol.parse(lines[0]) {
        precondition((id == nil) == (verb == .list) && id.map(PostfixQueue.isQueueID) != false, "a request passed with a bad id: \(lines[0])")
    }
    let method = size % 2 == 0 ? "POST" : "GET"
    let request = ConsoleRequest(method: method, path: "/" + lines[0], headers: ["Cookie": lines.count > 1 ? lines[1] : ""],
                                 body: Data((lines.count > 2 ? lines[2...].joined(separator: "\n") : "").utf8))
    _ = request.form.fields
    let done = DispatchSemaphore(value: 0)
    Task {
        let response = await ConsoleFuzz.app.handle(request)
        precondition([200, 303, 401, 403, 404, 405, 413, 429].contains(response.status), "status \(response.status) for \(method) \(request.path)")
        done.signal()
    }
    done.wait()
    return 0
}

/// A console with no holds and no accounts, on the repository's templates.
enum ConsoleFuzz {
    struct NoHolds: HoldQueue {
        func held() throws -> [PostfixQueue.Message] { [] }
        func message(_ id: String) throws -> Data { throw QueueHelperError("not on hold") }
        func headers(_ id: String) throws -> [PostfixQueue.Header] { [] }
        func release(_ id: String) throws {}
        func delete(_ id: String) throws {}
    }

    static let app: ConsoleApp = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = NSTemporaryDirectory() + "mailguard-fuzz-console-\(getpid())"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = directory + "/mailguard.toml"
        let config = "[bulk]\ndatabase = \"\(directory)/ledger.sqlite\"\n[console]\ntemplates = \"\(root.path)/console\"\ntrusted_proxies = [\"127.0.0.1\"]\n"
        precondition(FileManager.default.createFile(atPath: file, contents: Data(config.utf8)))
        let loaded = try! ConfigLoader.load(file).get()
        return ConsoleApp(config: loaded, store: try! ConsoleStore(), queue: NoHolds(), templates: try! ConsoleTemplates.load(loaded.console).get(),
                          reveal: { _ in [] }, mask: { $0 })
    }()
}

@_cdecl("fuzz_console_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzConsole)
}
