import Configuration
import Extraction
import Foundation
import Mustache
import Operations
import Policy
import Storage

/// The review console: routes, sign-in, sessions, CSRF and permissions; the pages are in
/// the `*Pages.swift` files. Independent of the HTTP server (see `ConsoleHTTPServer`), so
/// the tests drive it request by request.
package final class ConsoleApp: Sendable {
    package let config: Config
    package let store: ConsoleStore
    let queue: any HoldQueue
    let templates: MustacheLibrary
    /// The held message's text with values redacted; a contained process in production.
    let reveal: @Sendable (Data) async throws -> [RevealedPart]
    /// Replaces every value a rule matches by its redacted form (for headers a page shows).
    let mask: @Sendable (String) -> String
    let now: @Sendable () -> Date
    let log: @Sendable (String) -> Void
    /// The trail the audit search and the reports read: every server's, with a shared
    /// store; else this server's own. Holds and alerts are this server's queue, read from
    /// its own trail.
    let districtTrail: @Sendable () throws -> any AuditReading
    /// With a shared store: the holds of the district's other servers, and requests to them.
    let otherServers: (any OtherServers)?

    package init(config: Config, store: ConsoleStore, queue: any HoldQueue, templates: MustacheLibrary,
                 reveal: @escaping @Sendable (Data) async throws -> [RevealedPart], mask: @escaping @Sendable (String) -> String,
                 now: @escaping @Sendable () -> Date = Date.init, log: @escaping @Sendable (String) -> Void = { _ in },
                 districtTrail: (@Sendable () throws -> any AuditReading)? = nil, otherServers: (any OtherServers)? = nil) {
        self.otherServers = otherServers
        self.districtTrail = districtTrail ?? { try AuditTrail.store(config) }
        self.config = config
        self.store = store
        self.queue = queue
        self.templates = templates
        self.reveal = reveal
        self.mask = mask
        self.now = now
        self.log = log
    }

    var settings: ConsoleSettings { config.console }

    static let sessionCookie = "mg_session"
    static let loginCookie = "mg_login"
    /// Failed sign-ins allowed within `throttleWindow` for one account from one client
    /// address, and from one client address over all accounts. Counting per account alone
    /// would let anyone lock a counselor out; per pair, a guesser is slowed and the
    /// counselor, elsewhere, still signs in.
    static let maxFailures = 5
    static let maxFailuresPerClient = 20
    static let throttleWindow: TimeInterval = 15 * 60
    static let maxBodyBytes = 64 * 1024
    static let maxReasonLength = 500

    // MARK: - Dispatch

    package func handle(_ request: ConsoleRequest) async -> ConsoleResponse {
        var response = await route(request)
        // Nothing here may be framed, cached or sent elsewhere; no script runs.
        response.headers += [
            ("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
            ("X-Frame-Options", "DENY"), ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
            ("Cache-Control", "no-store"),
        ]
        return response
    }

    private func route(_ request: ConsoleRequest) async -> ConsoleResponse {
        let parts = request.path.split(separator: "/").map(String.init)
        let isPost = request.method == "POST"
        guard isPost || request.method == "GET" || request.method == "HEAD" else { return ConsoleResponse(status: 405) }
        if request.body.count > Self.maxBodyBytes { return ConsoleResponse(status: 413) }
        if !isPost, parts == ["console.css"] { return stylesheet() }
        if !isPost, parts.isEmpty { return loginPage(request) }
        if isPost, parts == ["login"] { return await login(request) }
        guard let session = session(request) else {
            return isPost ? page("error", ["title": "Signed out", "message": "Your session has ended. Sign in again."], status: 401)
                : .redirect("/")
        }
        let viewer = Viewer(session: session, secure: isSecure(request))
        if isPost {
            guard let token = request.form["csrf"], Tokens.equal(token, session.csrf) else {
                return page("error", ["title": "Form expired", "message": "This form is no longer valid. Go back, reload the page and try again."], viewer: viewer, status: 403)
            }
        }
        do {
            let get = !isPost
            switch parts.count {
            case 1 where !get && parts[0] == "logout": return logout(request, viewer: viewer)
            case 1 where get && parts[0] == "holds": return try holdsPage(request, viewer: viewer)
            case 2 where !get && parts == ["holds", "bulk"]: return try bulk(request, viewer: viewer)
            case 2 where get && parts[0] == "holds": return try holdPage(parts[1], viewer: viewer)
            case 3 where !get && parts[0] == "holds": return try await act(parts[2], on: parts[1], request, viewer: viewer)
            case 4 where !get && parts[0] == "elsewhere": return try askOtherServer(parts[1], parts[2], parts[3], request, viewer: viewer)
            case 1 where get && parts[0] == "alerts": return try alertsPage(request, viewer: viewer)
            case 2 where !get && parts[0] == "alerts": return try updateAlert(parts[1], request, viewer: viewer)
            case 1 where get && parts[0] == "reports": return try reportsPage(request, viewer: viewer)
            case 1 where get && parts[0] == "reports.csv": return try reportsCSV(request, viewer: viewer)
            case 1 where get && parts[0] == "audit": return try auditPage(request, viewer: viewer)
            case 1 where get && parts[0] == "users": return try usersPage(viewer: viewer)
            case 3 where !get && parts[0] == "users" && parts[2] == "disable": return try disableUser(parts[1], viewer: viewer)
            default: return page("error", ["title": "Not found", "message": "There is no such page."], viewer: viewer, status: 404)
            }
        } catch {
            log("\(request.method) \(request.path) for \(viewer.name) failed: \(error)")
            return page("error", ["title": "Something went wrong", "message": "\(error)"], viewer: viewer, status: 500)
        }
    }

    // MARK: - Sign-in

    /// Who is signed in on a request, and what the pages need of it.
    struct Viewer {
        var session: ConsoleStore.Session
        var secure: Bool
        var name: String { session.account.name }
        var role: ConsoleRole { session.account.role }

        func may(_ action: ConsoleAction, _ areas: Set<ReviewArea> = []) -> Bool { Permissions.allows(role, action, areas: areas) }
    }

    private func session(_ request: ConsoleRequest) -> ConsoleStore.Session? {
        guard let token = request.cookie(Self.sessionCookie), token.count < 200 else { return nil }
        return try? store.session(tokenHash: Tokens.digest(token), maxAge: Double(settings.sessionMinutes) * 60,
                                  maxIdle: Double(settings.idleMinutes) * 60, now: now())
    }

    /// The login form carries a token also set as a cookie (double submit): another site
    /// cannot sign a reviewer's browser in to an account of its choosing.
    private func loginPage(_ request: ConsoleRequest, problem: String? = nil, status: Int = 200) -> ConsoleResponse {
        if problem == nil, session(request) != nil { return .redirect("/holds") }
        // A token the browser already holds is kept: a second page load (or the favicon's
        // redirect here) must not invalidate a form that is open.
        let token = request.cookie(Self.loginCookie).flatMap { $0.count == 43 ? $0 : nil } ?? Tokens.random()
        var response = page("login", ["title": "Sign in", "login_token": token, "problem": problem as Any], status: status)
        response.headers.append(("Set-Cookie", cookie(Self.loginCookie, token, secure: isSecure(request), maxAge: 3600)))
        return response
    }

    private func login(_ request: ConsoleRequest) async -> ConsoleResponse {
        let form = request.form
        guard let token = form["login_token"], let cookieToken = request.cookie(Self.loginCookie), Tokens.equal(token, cookieToken) else {
            return loginPage(request, problem: "The sign-in form expired. Try again.", status: 403)
        }
        // Longer than any account name can be: not looked up, not stored as a throttle key.
        let name = String((form.text("user") ?? "").lowercased().prefix(64)), password = form["password"] ?? ""
        let client = clientAddress(request)
        let since = now().addingTimeInterval(-Self.throttleWindow)
        let pair = "account:\(name) client:\(client)", address = "client:\(client)"
        let keys = [pair, address]
        if ((try? store.failures(pair, since: since)) ?? 0) >= Self.maxFailures || ((try? store.failures(address, since: since)) ?? 0) >= Self.maxFailuresPerClient {
            log("sign-in refused for '\(name)' from \(client): too many failures")
            return loginPage(request, problem: "Too many failed sign-ins. Wait 15 minutes and try again.", status: 429)
        }
        let account = try? store.account(name)
        // An unknown account costs the same hashing as a known one: timing tells nothing.
        let valid = await Passwords.verifyAsync(password, against: account?.passwordHash ?? Self.decoyHash)
        guard let account, valid, !account.disabled else {
            try? store.addFailure(keys, at: now(), forgetBefore: since)
            log("sign-in failed for '\(name)' from \(client)")
            return loginPage(request, problem: "Wrong name or password, or the account is disabled.", status: 401)
        }
        try? store.clearFailures(pair)
        let session = Tokens.random()
        do {
            try store.createSession(tokenHash: Tokens.digest(session), account: account.name, csrf: Tokens.random(), at: now())
        } catch {
            return loginPage(request, problem: "Cannot sign in now: \(error)", status: 500)
        }
        log("\(account.name) (\(account.role.rawValue)) signed in from \(client)")
        var response = ConsoleResponse.redirect("/holds")
        response.headers.append(("Set-Cookie", cookie(Self.sessionCookie, session, secure: isSecure(request), maxAge: settings.sessionMinutes * 60)))
        response.headers.append(("Set-Cookie", cookie(Self.loginCookie, "", secure: isSecure(request), maxAge: 0)))
        return response
    }

    private static let decoyHash = (try? Passwords.hash(Tokens.random())) ?? ""

    private func logout(_ request: ConsoleRequest, viewer: Viewer) -> ConsoleResponse {
        if let token = request.cookie(Self.sessionCookie) { try? store.endSession(tokenHash: Tokens.digest(token)) }
        log("\(viewer.name) signed out")
        var response = ConsoleResponse.redirect("/")
        response.headers.append(("Set-Cookie", cookie(Self.sessionCookie, "", secure: viewer.secure, maxAge: 0)))
        return response
    }

    private func cookie(_ name: String, _ value: String, secure: Bool, maxAge: Int) -> String {
        "\(name)=\(value); Path=/; Max-Age=\(maxAge); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    // MARK: - Proxy

    /// The client's address: the peer, or, when the peer is a trusted proxy, the last address
    /// in `X-Forwarded-For` that is not one of the trusted proxies.
    func clientAddress(_ request: ConsoleRequest) -> String {
        let peer = request.peer ?? "unknown"
        guard isTrustedProxy(peer), let forwarded = request.headers["x-forwarded-for"] else { return peer }
        let hops = forwarded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return hops.last { !isTrustedProxy($0) } ?? hops.first ?? peer
    }

    func isSecure(_ request: ConsoleRequest) -> Bool {
        if settings.behindTLS { return true }
        return isTrustedProxy(request.peer ?? "") && request.headers["x-forwarded-proto"]?.lowercased() == "https"
    }

    private func isTrustedProxy(_ address: String) -> Bool { settings.trustedProxies.contains { $0.contains(address) } }

    // MARK: - Rendering

    func page(_ name: String, _ values: [String: Any], viewer: Viewer? = nil, status: Int = 200) -> ConsoleResponse {
        var context = values
        if let viewer {
            context["viewer"] = [
                "name": viewer.name, "role": viewer.role.rawValue, "csrf": viewer.session.csrf,
                "may_alerts": viewer.may(.seeHold, [.safety]), "may_audit": viewer.may(.searchAudit), "may_users": viewer.may(.manageUsers),
            ] as [String: Any]
        }
        let html = templates.getTemplate(named: name)?.render(Self.withoutNils(context), library: templates) ?? "missing console template \(name)"
        return .html(html, status: status)
    }

    /// The context with every nil left out, at any depth: Mustache would print an Optional
    /// held in `Any` as "nil" and treat it as true.
    static func withoutNils(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            return withoutNils(wrapped)
        }
        if let dictionary = value as? [String: Any] { return dictionary.compactMapValues { withoutNils($0) } }
        if let array = value as? [Any] { return array.compactMap { withoutNils($0) } }
        return value
    }

    func forbidden(_ viewer: Viewer, _ what: String) -> ConsoleResponse {
        log("\(viewer.name) (\(viewer.role.rawValue)) was refused: \(what)")
        return page("error", ["title": "Not allowed", "message": "Your role (\(viewer.role.rawValue)) may not \(what)."], viewer: viewer, status: 403)
    }

    private func stylesheet() -> ConsoleResponse {
        let path = (settings.templatesDirectory as NSString).appendingPathComponent("console.css")
        return ConsoleResponse(headers: [("Content-Type", "text/css; charset=utf-8")], body: FileManager.default.contents(atPath: path) ?? Data())
    }

    /// A reason typed into a form: required, one paragraph, bounded.
    static func reason(_ form: Form) -> String? {
        guard let text = form.text("reason") else { return nil }
        return String(ControlCharacters.spaced(text).prefix(maxReasonLength))
    }
}
