import Configuration
import Foundation

/// Whether Postfix is wired to MailGuard, from what `postconf` says: both milter lists name
/// MailGuard's socket as Postfix's processes will look for it (inside their chroot), the socket
/// answers and Postfix's user may connect to it, and Postfix tempfails while MailGuard is down.
package struct PostfixWiring {
    /// The Postfix settings the checks read.
    package struct Settings: Equatable {
        package var smtpdMilters = ""
        package var nonSmtpdMilters = ""
        package var defaultAction = ""
        package var queueDirectory = "/var/spool/postfix"
        package var mailOwner = "postfix"
        /// Whether smtpd (which applies smtpd_milters) and cleanup (non_smtpd_milters) run
        /// chrooted in the queue directory (master.cf's fifth column).
        package var smtpdChrooted = false
        package var cleanupChrooted = false
        /// master.cf's `-o name=value` per service (`postconf -P`): a service can set its own
        /// milters, default action, or no milters at all.
        package var overrides: [Override] = []

        package struct Override: Equatable {
            package var service: String
            package var parameter: String
            package var value: String

            package init(service: String, parameter: String, value: String) {
                self.service = service
                self.parameter = parameter
                self.value = value
            }
        }

        package init() {}

        /// Reads them with `postconf` (`-x`: `$smtpd_milters` expanded).
        package init(postfix: PostfixTools) throws {
            let names = ["smtpd_milters", "non_smtpd_milters", "milter_default_action", "queue_directory", "mail_owner"]
            let values = try postfix.run("postconf", ["-x", "-h"] + names).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard values.count >= names.count else { throw RuntimeError("postconf -x -h \(names.joined(separator: " ")) printed \(values.count) lines") }
            smtpdMilters = values[0]
            nonSmtpdMilters = values[1]
            defaultAction = values[2]
            queueDirectory = values[3]
            mailOwner = values[4]
            let services = try postfix.run("postconf", ["-M"])
            smtpdChrooted = Self.chrooted(command: "smtpd", in: services)
            cleanupChrooted = Self.chrooted(command: "cleanup", in: services)
            overrides = Self.overrides(in: try postfix.run("postconf", ["-P", "-x"]))
        }

        /// `smtp/inet/smtpd_milters = unix:a` lines.
        static func overrides(in text: String) -> [Override] {
            text.split(separator: "\n").compactMap { line in
                // An empty value prints as `name =`.
                guard let equals = line.range(of: " =") else { return nil }
                let key = line[..<equals.lowerBound].split(separator: "/")
                guard key.count == 3 else { return nil }
                return Override(service: "\(key[0])/\(key[1])", parameter: String(key[2]),
                                value: line[equals.upperBound...].trimmingCharacters(in: .whitespaces))
            }
        }

        /// Whether every master.cf service running `command` is chrooted (`y`; `-` is Postfix
        /// 3's default, `n`).
        static func chrooted(command: String, in services: String) -> Bool {
            let entries = services.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace) }.filter { $0.count >= 8 && $0[7] == command }
            return !entries.isEmpty && entries.allSatisfy { $0[4] == "y" }
        }
    }

    /// One conclusion, as printed.
    package struct Check: Equatable {
        package let ok: Bool
        package let text: String
    }

    /// What connecting to the socket found.
    package enum SocketState: Equatable {
        case answers
        case missing
        case refused(String)
    }

    let settings: Settings
    let socket: MilterSocket

    package init(settings: Settings, socket: MilterSocket) {
        self.settings = settings
        self.socket = socket
    }

    /// The entries of a milter list: `unix:a, inet:h:p` or `{ unix:a, connect_timeout=5s }`.
    static func entries(_ list: String) -> [String] {
        var entries: [String] = [], depth = 0, current = ""
        func flush() {
            let entry = current.trimmingCharacters(in: .whitespaces)
            if !entry.isEmpty { entries.append(entry) }
            current = ""
        }
        for character in list {
            switch character {
            case "{": depth += 1; current.append(character)
            case "}": depth = max(0, depth - 1); current.append(character)
            case ",", " ", "\t": if depth == 0 { flush() } else { current.append(character) }
            default: current.append(character)
            }
        }
        flush()
        // `{ unix:a, option=value }`: the milter is the first name inside.
        return entries.map { entry in
            guard entry.hasPrefix("{") else { return entry }
            return entry.dropFirst().split(whereSeparator: { $0 == "," || $0 == " " || $0 == "}" }).first.map(String.init) ?? ""
        }.filter { !$0.isEmpty }
    }

    /// `default_action=` of each braced entry that sets one: `{ unix:a, default_action=accept }`.
    static func entryDefaultActions(_ list: String) -> [String: String] {
        var actions: [String: String] = [:]
        for group in list.split(separator: "{", omittingEmptySubsequences: false).dropFirst() {
            let parts = group.prefix { $0 != "}" }.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
            guard let name = parts.first, let action = parts.compactMap({ $0.removingPrefix("default_action=") }).last else { continue }
            actions[name] = action
        }
        return actions
    }

    /// The socket a Postfix milter entry reaches, as MailGuard writes sockets. Postfix runs in
    /// its queue directory, so a relative path is under it, and a chrooted process sees an
    /// absolute path under it too.
    package static func reached(by entry: String, queueDirectory: String, chrooted: Bool) -> MilterSocket? {
        if let path = entry.removingPrefix("unix:") ?? entry.removingPrefix("local:") {
            guard !path.isEmpty else { return nil }
            let inside = path.hasPrefix("/") ? (chrooted ? queueDirectory + path : path) : queueDirectory + "/" + path
            return .unix(path: inside)
        }
        // Postfix has only `inet:` for TCP (an IPv6 host in brackets); there is no `inet6:`.
        guard let rest = entry.removingPrefix("inet:"), let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]) else { return nil }
        let host = String(rest[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host.contains(":") ? .inet6(port: port, host: host) : .inet(port: port, host: host)
    }

    /// What two writings of one socket share: the path, or the port and host (Postfix writes
    /// IPv6 as `inet:[::1]:PORT`, libmilter as `inet6:PORT@::1`; loopback names are one).
    static func identity(_ socket: MilterSocket) -> String {
        let loopback = { (host: String) in ["localhost", "127.0.0.1", "::1"].contains(host) ? "loopback" : host.lowercased() }
        switch socket {
        case .unix(let path): return "unix:" + URL(fileURLWithPath: path).standardizedFileURL.path
        case .inet(let port, let host), .inet6(let port, let host): return "inet:\(loopback(host)):\(port)"
        }
    }

    /// What to write in main.cf for MailGuard's socket.
    package var suggestedEntry: String {
        switch socket {
        case .unix(let path):
            let queue = settings.queueDirectory.hasSuffix("/") ? settings.queueDirectory : settings.queueDirectory + "/"
            return path.hasPrefix(queue) ? "unix:" + path.dropFirst(queue.count) : "unix:" + path
        case .inet(let port, let host): return "inet:\(host):\(port)"
        case .inet6(let port, let host): return "inet:[\(host)]:\(port)"
        }
    }

    /// Every check, in order; `probe` connects to a unix socket's path.
    package func checks(probe: (String) -> SocketState, canConnect: (String) -> Bool) -> [Check] {
        var checks: [Check] = []
        let lists = [("smtpd_milters", settings.smtpdMilters, settings.smtpdChrooted, "smtpd", "main.cf"),
                     ("non_smtpd_milters", settings.nonSmtpdMilters, settings.cleanupChrooted, "cleanup", "main.cf")]
            + settings.overrides.filter { ["smtpd_milters", "non_smtpd_milters"].contains($0.parameter) }.map { override in
                (override.parameter, override.value, override.parameter == "smtpd_milters" ? settings.smtpdChrooted : settings.cleanupChrooted,
                 override.parameter == "smtpd_milters" ? "smtpd" : "cleanup", "master.cf \(override.service)")
            }
        for (name, list, chrooted, process, place) in lists {
            checks.append(listCheck(name: place == "main.cf" ? name : "\(place): \(name)", list: list, chrooted: chrooted, process: process, place: place))
        }
        for override in settings.overrides {
            if override.parameter == "milter_default_action" && override.value != "tempfail" {
                checks.append(Check(ok: false, text: "master.cf \(override.service) sets milter_default_action=\(override.value): that service would \(override.value) mail unchecked while MailGuard is down"))
            }
            let options = override.value.split(whereSeparator: { $0 == "," || $0 == " " })
            if override.parameter == "receive_override_options", options.contains("no_milters"), !Self.isLoopbackService(override.service) {
                checks.append(Check(ok: false, text: "master.cf \(override.service) sets receive_override_options with no_milters: mail it receives is not checked"))
            }
        }
        if case .unix(let path) = socket {
            let queue = settings.queueDirectory.hasSuffix("/") ? settings.queueDirectory : settings.queueDirectory + "/"
            if (settings.smtpdChrooted || settings.cleanupChrooted) && !path.hasPrefix(queue) {
                checks.append(Check(ok: false, text: "Postfix runs chrooted in \(settings.queueDirectory), but the socket \(path) is outside it: set [milter] socket under it"))
            }
            switch probe(path) {
            case .answers: checks.append(Check(ok: true, text: "the socket \(path) accepts connections"))
            case .missing:
                checks.append(Check(ok: false, text: "the socket \(path) does not exist: is mailguard running (systemctl status mailguard)?"))
                return checks + [defaultActionCheck]
            case .refused(let cause): checks.append(Check(ok: false, text: "the socket \(path) does not answer: \(cause)"))
            }
            checks.append(canConnect(path)
                ? Check(ok: true, text: "Postfix's user \(settings.mailOwner) may connect to it")
                : Check(ok: false, text: "Postfix's user \(settings.mailOwner) may not connect to \(path): check [milter] socket_group and socket_mode"))
        }
        return checks + [defaultActionCheck]
    }

    /// Whether a milter list names MailGuard's socket as `process` will reach it, with no
    /// per-entry default action other than tempfail.
    private func listCheck(name: String, list: String, chrooted: Bool, process: String, place: String) -> Check {
        let entries = Self.entries(list)
        let reached = entries.map { Self.reached(by: $0, queueDirectory: settings.queueDirectory, chrooted: chrooted) }
        guard let index = reached.firstIndex(where: { $0.map(Self.identity) == Self.identity(socket) }) else {
            if entries.isEmpty {
                return Check(ok: false, text: "\(name) is empty: add \(name) = \(name.hasSuffix("non_smtpd_milters") ? "$smtpd_milters" : suggestedEntry) to \(place)")
            }
            let seen = zip(entries, reached).map { entry, socket in "\(entry) (\(process) reaches \(socket.map(String.init(describing:)) ?? "nothing it can name"))" }
            return Check(ok: false, text: "\(name) does not name MailGuard's socket \(socket): it has \(seen.joined(separator: ", ")); write \(suggestedEntry)")
        }
        if let action = Self.entryDefaultActions(list)[entries[index]], action != "tempfail" {
            return Check(ok: false, text: "\(name) gives \(entries[index]) default_action=\(action): Postfix would \(action) mail unchecked while MailGuard is down")
        }
        return Check(ok: true, text: "\(name) names MailGuard's socket (\(entries[index]))")
    }

    /// A service only this machine reaches (a content filter's return path), where skipping
    /// milters is the usual setup.
    static func isLoopbackService(_ service: String) -> Bool {
        ["127.", "[::1]:", "localhost:"].contains { service.hasPrefix($0) }
    }

    private var defaultActionCheck: Check {
        settings.defaultAction == "tempfail"
            ? Check(ok: true, text: "milter_default_action = tempfail (mail waits while MailGuard is down)")
            : Check(ok: false, text: "milter_default_action = \(settings.defaultAction): while MailGuard is down or restarting, Postfix would \(settings.defaultAction) mail unchecked; set milter_default_action = tempfail")
    }
}

/// The checks on this machine: connects to the socket, and reads its owner and mode.
extension PostfixWiring {
    package static func probe(_ path: String) -> SocketState {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return .refused(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return .refused("path too long for a unix socket") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        return connected == 0 ? .answers : .refused(String(cString: strerror(errno)))
    }

    /// Whether `user` may connect to the socket at `path`: search its directory and write the
    /// socket (a unix socket is connected to by writing), by owner, group or mode.
    package static func userCanConnect(_ user: String, to path: String) -> Bool {
        guard let account = getpwnam(user) else { return false }
        let uid = account.pointee.pw_uid, gid = account.pointee.pw_gid
        if uid == 0 { return true }
        var count: Int32 = 64
        var groups = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(account.pointee.pw_name, gid, &groups, &count) < 0 {
            groups = [gid_t](repeating: 0, count: Int(max(count, 1)))
            if getgrouplist(account.pointee.pw_name, gid, &groups, &count) < 0 { count = 0 }
        }
        let member = Set(groups.prefix(Int(count))).union([gid])
        func permits(_ path: String, owner: mode_t, group: mode_t, other: mode_t) -> Bool {
            var info = stat()
            guard stat(path, &info) == 0 else { return false }
            if info.st_uid == uid { return info.st_mode & owner != 0 }
            if member.contains(info.st_gid) { return info.st_mode & group != 0 }
            return info.st_mode & other != 0
        }
        return permits((path as NSString).deletingLastPathComponent, owner: S_IXUSR, group: S_IXGRP, other: S_IXOTH)
            && permits(path, owner: S_IWUSR, group: S_IWGRP, other: S_IWOTH)
    }
}
