import Configuration
import Detectors
import FlyingFox
import FlyingSocks
import Foundation
import Mustache

/// `mailguard console` on FlyingFox, the small HTTP server the metrics endpoint already uses:
/// the console needs forms, cookies and a few routes, not a framework.
package enum ConsoleHTTPServer {
    package static func run(_ app: ConsoleApp) async throws {
        let settings = app.settings
        let port = UInt16(settings.port)
        let handler = Handler(app: app)
        let server = settings.host.contains(":")
            ? HTTPServer(address: try sockaddr_in6.inet6(ip6: settings.host, port: port), timeout: 30, logger: .disabled, handler: handler)
            : HTTPServer(address: try sockaddr_in.inet(ip4: settings.host, port: port), timeout: 30, logger: .disabled, handler: handler)
        try await server.run()
    }

    private struct Handler: HTTPHandler {
        let app: ConsoleApp

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            var headers: [String: String] = [:]
            for (name, value) in request.headers { headers[name.rawValue.lowercased(), default: ""] += headers[name.rawValue.lowercased()] == nil ? value : ", " + value }
            // Forms are small: reading stops past the limit (declared or chunked), and the app refuses it.
            var body = Data()
            if Int(headers["content-length"] ?? "0") ?? 0 > ConsoleApp.maxBodyBytes {
                body = Data(count: ConsoleApp.maxBodyBytes + 1)
            } else {
                for try await chunk in request.bodySequence {
                    body.append(chunk)
                    if body.count > ConsoleApp.maxBodyBytes { break }
                }
            }
            let peer: String? = switch request.remoteAddress {
            case .ip4(let address, _), .ip6(let address, _): address
            default: nil
            }
            let console = ConsoleRequest(method: request.method.rawValue, path: request.path,
                                         query: request.query.map { (name: $0.name, value: $0.value) }, headers: headers, body: body, peer: peer)
            let response = await app.handle(console)
            var out = HTTPHeaders()
            for header in response.headers { out.addValue(header.value, for: HTTPHeader(header.name)) }
            return HTTPResponse(statusCode: HTTPStatusCode(response.status, phrase: Self.phrase(response.status)), headers: out, body: response.body)
        }

        static func phrase(_ status: Int) -> String {
            [200: "OK", 303: "See Other", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
             413: "Payload Too Large", 429: "Too Many Requests", 500: "Internal Server Error"][status] ?? "Status"
        }
    }
}

/// The console's page templates: every `*.mustache` in `[console] templates`, each problem
/// naming its file.
package enum ConsoleTemplates {
    package static let required = ["login", "holds", "hold", "revealed", "confirm", "alerts", "reports", "audit", "users", "error", "header", "footer"]

    package static func load(_ settings: ConsoleSettings) -> Result<MustacheLibrary, LoadProblems> {
        TemplateDirectory.load(settings.templatesDirectory, required: required, what: "console template")
    }
}
