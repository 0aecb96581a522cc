import Configuration
import FlyingFox
import FlyingSocks
import Foundation

/// Serves `GET /metrics` in Prometheus's text format with FlyingFox (a small HTTP server on
/// plain sockets), on the address of `[metrics] listen`. Off the mail path: it runs on Swift's
/// own threads while libmilter's threads handle mail.
package enum MetricsServer {
    /// `problem` logs what went wrong (FlyingSocks has a `Logging` of its own, so swift-log's
    /// logger is not named here).
    package static func start(_ settings: MetricsSettings, metrics: MailMetrics, problem: @escaping @Sendable (String) -> Void) {
        guard let host = settings.host else { return }
        let server: HTTPServer
        do {
            let port = UInt16(settings.port)
            server = host.contains(":")
                ? HTTPServer(address: try sockaddr_in6.inet6(ip6: host, port: port), logger: .disabled)
                : HTTPServer(address: try sockaddr_in.inet(ip4: host, port: port), logger: .disabled)
        } catch {
            problem("metrics endpoint not started on \(host):\(settings.port): \(error)")
            return
        }
        Task {
            await server.appendRoute("GET /metrics") { _ in
                HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"], body: Data(metrics.text.utf8))
            }
            do {
                try await server.run()
            } catch {
                problem("metrics endpoint on \(host):\(settings.port) stopped: \(error)")
            }
        }
    }
}
