import Foundation
import Inspection

/// One key of the config file, declared once: where it is, what it takes, its default,
/// whether a reload applies it, and what it means. The loader takes known keys and ranges
/// from here, `mailguard check --keys` prints the table, and a test holds the table in
/// docs/configuration.md and the shipped config to it.
package struct ConfigKey: Sendable {
    package enum Value: Sendable {
        case string, strings, bool, action, table, tables
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
    }

    package enum Applies: Sendable {
        /// A reload puts the new value in force.
        case onReload
        /// Read when `mailguard run` starts; a reload keeps the running value.
        case atStart
    }

    /// `""` for the top level; `groups.NAME` for every group; `[]` marks an array of tables
    /// (`policy.rules[]`: the keys of each row).
    package let section: String
    package let name: String
    package let value: Value
    /// As docs/configuration.md shows it.
    package let defaultValue: String
    package let applies: Applies
    package let meaning: String

    package init(_ section: String, _ name: String, _ value: Value, default defaultValue: String, applies: Applies = .onReload, _ meaning: String) {
        self.section = section
        self.name = name
        self.value = value
        self.defaultValue = defaultValue
        self.applies = applies
        self.meaning = meaning
    }

    package var path: String { section.isEmpty ? name : "\(section).\(name)" }

    /// The type column of the key table.
    package var typeText: String {
        switch value {
        case .string: "string"
        case .strings: "array of strings"
        case .bool: "bool"
        case .action: "action"
        case .table: "table"
        case .tables: "array of tables"
        case .integer(let range): "integer, \(range.lowerBound) to \(range.upperBound)"
        case .number(let range): "number, \(range.lowerBound.formatted(.number.grouping(.never))) to \(range.upperBound.formatted(.number.grouping(.never)))"
        }
    }
}

/// Every key of the config file.
package enum ConfigKeys {
    package static let all: [ConfigKey] = [
        ConfigKey("", "patterns", .string, default: "`\"patterns\"`",
                  "directory of `*.rules` files; relative to the config file"),
        ConfigKey("", "internal_domains", .strings, default: "`[]`",
                  "domains (and their subdomains) that belong to the district"),
        ConfigKey("", "log_level", .string, default: "`\"info\"`", applies: .atStart,
                  "`trace`, `debug`, `info`, `notice`, `warning`, `error` or `critical`"),
        ConfigKey("limits", "match_limit", .integer(1_000...1_000_000_000), default: "`1000000`",
                  "PCRE2 match limit for one match attempt"),
        ConfigKey("limits", "jit_stack_kib", .integer(32...1_048_576), default: "`1024`",
                  "largest PCRE2 JIT stack one scan may use, KiB"),
        ConfigKey("limits", "on_scan_error", .action, default: "`\"quarantine\"`",
                  "action when a rule cannot finish scanning a text"),
        ConfigKey("limits", "max_decoded_mib", .integer(1...4096), default: "`100`",
                  "decoded bytes read per message, MiB"),
        ConfigKey("limits", "max_depth", .integer(1...100), default: "`10`",
                  "nesting of parts, forwarded messages and archives"),
        ConfigKey("limits", "max_archive_members", .integer(1...1_000_000), default: "`1000`",
                  "members read per archive"),
        ConfigKey("limits", "max_expansion_ratio", .integer(2...100_000), default: "`100`",
                  "largest uncompressed/compressed ratio of an archive member"),
        ConfigKey("limits", "seconds_per_message", .integer(1...3600), default: "`20`",
                  "time to read one message's parts"),
        ConfigKey("limits", "on_unscannable", .action, default: "`\"quarantine\"`",
                  "action when something in a message cannot be read"),
        ConfigKey("limits", "hidden_action", .action, default: "unset",
                  "when set, the action for every finding in text a reader does not see, in place of the policy's"),
        ConfigKey("limits", "max_message_mib", .integer(1...4096), default: "`64`",
                  "largest message the milter buffers, MiB; larger ones are decided as `unscannable` unread"),
        ConfigKey("limits", "max_buffered_mib", .integer(1...1_048_576), default: "`1024`", applies: .atStart,
                  "bytes buffered by all sessions together (in memory files handed to the workers), MiB; past it the message gets `451 4.3.2`"),
        ConfigKey("attachments", "executables", .bool, default: "`true`",
                  "PE, ELF and Mach-O programs by their bytes"),
        ConfigKey("attachments", "executable_extensions", .strings, default: "see the config",
                  "program names, without the dot"),
        ConfigKey("attachments", "script_extensions", .strings, default: "see the config",
                  "scripts, shortcuts and installers"),
        ConfigKey("attachments", "disk_image_extensions", .strings, default: "see the config",
                  "disk images by name (ISO, VHD, VHDX are also found by their bytes)"),
        ConfigKey("attachments", "macros", .bool, default: "`true`",
                  "`vbaProject.bin` inside an Office file"),
        ConfigKey("attachments", "double_extensions", .bool, default: "`true`",
                  "`report.pdf.exe`"),
        ConfigKey("attachments", "bidi_names", .bool, default: "`true`",
                  "bidi controls in a file name"),
        ConfigKey("attachments", "action", .action, default: "`\"reject\"`",
                  "the action for a dangerous attachment when no policy row decides"),
        ConfigKey("workers", "count", .integer(0...256), default: "`0`",
                  "worker processes that read and scan (0: one per core)"),
        ConfigKey("workers", "max_messages", .integer(1...1_000_000), default: "`1000`",
                  "messages a worker reads before it is replaced"),
        ConfigKey("workers", "memory_mib", .integer(0...1_048_576), default: "`1024`",
                  "address-space limit of a worker, MiB (0: none; at least 256)"),
        ConfigKey("workers", "cpu_seconds", .integer(0...86_400), default: "`30`",
                  "CPU time a worker may spend on one message (0: no limit)"),
        ConfigKey("workers", "queue_wait_seconds", .integer(1...3600), default: "`60`",
                  "how long a message waits for a free worker before `451 4.3.2` (a burst of large messages waits its turn instead of being sent again in full; keep it well under Postfix's `milter_content_timeout`, 300 s)"),
        ConfigKey("milter", "socket", .string, default: "`\"unix:/var/spool/postfix/mailguard/mailguard.sock\"`", applies: .atStart,
                  "`unix:/path`, `inet:PORT@HOST` or `inet6:PORT@HOST`"),
        ConfigKey("milter", "socket_mode", .string, default: "`\"0660\"`", applies: .atStart,
                  "octal permissions of a unix socket"),
        ConfigKey("milter", "socket_group", .string, default: "`\"postfix\"`", applies: .atStart,
                  "group of a unix socket (`\"\"`: the process's own)"),
        ConfigKey("milter", "on_error", .string, default: "`\"tempfail\"`",
                  "answer on an internal error: `tempfail`, `accept` or `reject`"),
        ConfigKey("milter", "run_as", .string, default: "none", applies: .atStart,
                  "user to become after opening the socket (when started as root)"),
        ConfigKey("milter", "pid_file", .string, default: "`\"/run/mailguard/mailguard.pid\"`", applies: .atStart,
                  "where `mailguard run` writes its process id, and beside it (`.reload` added) the report of its last load; `mailguard reload` reads both; `\"\"`: none"),
        ConfigKey("directory", "trusted_networks", .strings, default: "`[]`",
                  "client networks (CIDR) whose district senders count as internal without SMTP AUTH"),
        ConfigKey("directory", "compliance_mailbox", .string, default: "none",
                  "receives copies, notices and the compliance digest"),
        ConfigKey("directory", "staff_file", .string, default: "none",
                  "CSV `address,name,personal addresses (;-separated)` with a header line"),
        ConfigKey("directory", "protected_groups", .strings, default: "`[]`",
                  "recipient groups protected from outsiders posing as staff"),
        ConfigKey("directory", "district_contacts_file", .string, default: "none",
                  "the district's own phone numbers and street addresses, one per line: never findings"),
        ConfigKey("directory", "safety_team", .strings, default: "`[]`",
                  "addresses that get alerts at once (rows with `alert = true`); also the recipient group `safety-team`"),
        ConfigKey("records", "min_records", .integer(1...1_000_000), default: "`5`",
                  "personal records in one message that make a roster"),
        ConfigKey("conduct", "model", .bool, default: "`true` in a `[conduct]` section; no section: off",
                  "the conduct model on or off"),
        ConfigKey("conduct", "encoder", .string, default: "`\".models/all-MiniLM-L6-v2\"`",
                  "folder with `model.safetensors` and `tokenizer.json` (`scripts/install-deps` fills it); relative to the config file"),
        ConfigKey("conduct", "heads", .string, default: "`\"models/conduct/heads.json\"`",
                  "the trained heads; `candidates.txt` beside them"),
        ConfigKey("conduct", "mode", .string, default: "`\"enforce\"`",
                  "`enforce`: model findings are decided by the policy rows; `monitor`: logged and audited with what they would have done, only the lists decide"),
        ConfigKey("conduct", "max_model_chars", .integer(0...10_000_000), default: "`20000`",
                  "past this many characters of a message's text, only candidate sentences are scored"),
        ConfigKey("conduct.thresholds", "CATEGORY", .number(0.01...0.999), default: "the heads' own",
                  "a threshold replacing the tuned one for `threat`, `self-harm`, `weapons`, `harassment`, `sexual`, `substance`, `gambling` or `solicitation`"),
        ConfigKey("groups.NAME", "domains", .strings, default: "`[]`",
                  "sender domains (`x.example` exactly, `.x.example` its subdomains)"),
        ConfigKey("groups.NAME", "addresses", .strings, default: "`[]`",
                  "sender addresses"),
        ConfigKey("groups.NAME", "list_file", .string, default: "none",
                  "a file of addresses, one per line, `#` comments"),
        ConfigKey("policy", "monitor", .bool, default: "`false`",
                  "decide and log, but only tag"),
        ConfigKey("policy", "subject_prefix", .string, default: "none",
                  "put before the Subject of tagged messages"),
        ConfigKey("policy", "header_on_accept", .bool, default: "false",
                  "also write `X-MailGuard: accept` into mail that passes untouched (Postfix then rewrites every clean message: see [Performance](performance.md)); tagged, held and monitored mail always gets its header"),
        ConfigKey("policy", "rules", .tables, default: "`[]`",
                  "rows with `name`, `kinds`, `rules`, `senders`, `recipients`, `directions`, `partners`, `min_values`, `action` (required), `copy_compliance`, `monitor`, `notice`, `notify_sender` (default true), `alert` (default false)"),
        ConfigKey("policy.rules[]", "name", .string, default: "the row number",
                  "what the row is called in logs and `mailguard check`"),
        ConfigKey("policy.rules[]", "kinds", .strings, default: "`[]` (any)",
                  "finding kinds the row decides (`ssn`, `card`, `student-roster`, `threat`, ...)"),
        ConfigKey("policy.rules[]", "rules", .strings, default: "`[]` (any)",
                  "pattern rule ids the row decides"),
        ConfigKey("policy.rules[]", "senders", .strings, default: "`[]` (any)",
                  "sender groups (`external`: any sender that is not internal)"),
        ConfigKey("policy.rules[]", "recipients", .strings, default: "`[]` (any)",
                  "recipient groups"),
        ConfigKey("policy.rules[]", "directions", .strings, default: "`[]` (any)",
                  "`internal`, `outbound`, `inbound` or `relay`"),
        ConfigKey("policy.rules[]", "partners", .strings, default: "`[]`",
                  "recipient domains the row does not apply to"),
        ConfigKey("policy.rules[]", "min_values", .integer(1...InspectionResult.maxListedValuesPerRule), default: "`1`",
                  "distinct values needed before the row applies (a message lists up to 1000 per rule)"),
        ConfigKey("policy.rules[]", "action", .action, default: "required",
                  "what the row does"),
        ConfigKey("policy.rules[]", "copy_compliance", .bool, default: "`false`",
                  "copy the compliance mailbox"),
        ConfigKey("policy.rules[]", "monitor", .bool, default: "`false`",
                  "decide and log, but only tag"),
        ConfigKey("policy.rules[]", "notice", .string, default: "the default",
                  "notice template name"),
        ConfigKey("policy.rules[]", "notify_sender", .bool, default: "`true`",
                  "`false`: the sender is not told"),
        ConfigKey("policy.rules[]", "alert", .bool, default: "`false`",
                  "mail the safety team at once"),
        ConfigKey("notices", "templates", .string, default: "`\"notices\"`",
                  "directory of `*.mustache` templates"),
        ConfigKey("notices", "contact", .string, default: "`\"the district help desk\"`",
                  "whom staff should ask"),
        ConfigKey("notices", "sendmail", .strings, default: "`[\"/usr/sbin/sendmail\"]`",
                  "command that submits notice mails"),
        ConfigKey("notices", "from", .string, default: "`\"postmaster\"`",
                  "From address of notice mails"),
        ConfigKey("notices", "compliance_copies", .bool, default: "`true`",
                  "also send notice mails to the compliance mailbox (no effect while the digest is on)"),
        ConfigKey("notices", "compliance_digest_minutes", .number(0...10_080), default: "`0`",
                  "minutes between compliance digests (fractions allowed, up to 10080; the shipped config: 60); `0`: a notice mail per held or discarded message; follows a reload"),
        ConfigKey("audit", "database", .string, default: "`audit.sqlite` beside `bulk.database`", applies: .atStart,
                  "the SQLite audit trail; relative to the config file"),
        ConfigKey("audit", "keep_days", .integer(1...36_500), default: "`365`", applies: .atStart,
                  "days a record is kept; older ones are deleted at most once an hour"),
        ConfigKey("quarantine", "postfix_config_directory", .string, default: "none",
                  "config directory of the Postfix instance whose hold queue `mailguard quarantine` reviews; unset: `$MAIL_CONFIG`, else Postfix's default"),
        ConfigKey("quarantine", "helper_socket", .string, default: "none", applies: .atStart,
                  "unix socket of `mailguard queue-helper`, the root process that lists, shows, releases and deletes held messages for the console and the CLI; unset: the CLI runs Postfix's tools itself (as root)"),
        ConfigKey("quarantine", "helper_group", .string, default: "`\"mailguard\"`", applies: .atStart,
                  "group given to the helper's socket (mode 0660): its members may ask the helper"),
        ConfigKey("console", "listen", .string, default: "`\"127.0.0.1:8025\"`", applies: .atStart,
                  "`ADDRESS:PORT` of `mailguard console`, numeric; put a TLS reverse proxy in front"),
        ConfigKey("console", "public_url", .string, default: "none",
                  "the console's address as reviewers reach it (`\"https://mailguard.district.example\"`): digests, alerts and held notices link to a message's page there"),
        ConfigKey("console", "database", .string, default: "`console.sqlite` beside the audit trail", applies: .atStart,
                  "SQLite file of accounts, sessions, login throttling and alert states; relative to the config file"),
        ConfigKey("console", "templates", .string, default: "`\"console\"`", applies: .atStart,
                  "directory of the pages' `*.mustache` templates; relative to the config file"),
        ConfigKey("console", "trusted_proxies", .strings, default: "`[]`", applies: .atStart,
                  "proxy addresses (CIDR) whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed; from anyone else they are ignored"),
        ConfigKey("console", "behind_tls", .bool, default: "`false`", applies: .atStart,
                  "the console is reached over HTTPS through a proxy: session cookies get `Secure`"),
        ConfigKey("console", "session_minutes", .integer(5...10_080), default: "`480`", applies: .atStart,
                  "a sign-in lasts at most this long"),
        ConfigKey("console", "idle_minutes", .integer(1...1_440), default: "`60`", applies: .atStart,
                  "a session unused this long ends"),
        ConfigKey("console", "escalate_minutes", .integer(1...10_080), default: "`30`", applies: .atStart,
                  "a safety alert still `new` after this long is mailed again to the whole safety team, once per interval"),
        ConfigKey("console.roles", "KIND", .string, default: "guideline-8 kinds: `safety-reviewer`; every other kind: `privacy-reviewer`", applies: .atStart,
                  "the reviewer role that owns a finding kind's holds (`chain-letter = \"safety-reviewer\"`)"),
        ConfigKey("metrics", "listen", .string, default: "none (off)", applies: .atStart,
                  "`ADDRESS:PORT` of the Prometheus endpoint, numeric (`\"127.0.0.1:9487\"`, `\"[::1]:9487\"`)"),
        ConfigKey("store", "url", .string, default: "none (each server keeps its own SQLite)", applies: .atStart,
                  "PostgreSQL store shared by several mail servers, as a libpq URI (`\"postgres://mailguard@db.district.example/mailguard?sslmode=verify-full\"`): sending windows, fan-out fingerprints and the central audit trail; no password in it"),
        ConfigKey("store", "password_file", .string, default: "none", applies: .atStart,
                  "file whose first line is the store's password; unset: `$MAILGUARD_STORE_PASSWORD`, else libpq's own (`~/.pgpass`)"),
        ConfigKey("store", "timeout_ms", .integer(10...10_000), default: "`200`", applies: .atStart,
                  "the longest a decision waits on the store (each of its two transactions gets half); past it this server's own windows decide"),
        ConfigKey("store", "connections", .integer(1...64), default: "`4`", applies: .atStart,
                  "connections to the store the milter's threads share"),
        ConfigKey("store", "retry_seconds", .integer(1...300), default: "`5`", applies: .atStart,
                  "after the store failed to answer, messages are decided on this server's own windows at once for this long before it is tried again"),
        ConfigKey("store", "server", .string, default: "the host name", applies: .atStart,
                  "this server's name in the shared store (audit records' `server`)"),
        ConfigKey("bulk", "database", .string, default: "`\"/var/lib/mailguard/mailguard.sqlite\"`", applies: .atStart,
                  "the SQLite ledger"),
        ConfigKey("bulk", "exempt", .strings, default: "`[]`",
                  "groups never limited"),
        ConfigKey("bulk", "over_limit", .string, default: "`\"tempfail\"`",
                  "`tempfail` or `reject` over a rate limit"),
        ConfigKey("bulk", "limits", .tables, default: "`[]`",
                  "rows with `senders` (groups; none = every district sender; outside senders only through a row naming `external`), `max_recipients`, `windows` (`seconds`, `messages`, `recipients`); the first matching row applies"),
        ConfigKey("bulk", "fanout", .table, default: "off",
                  "`window_seconds` (3600), `max_senders` (5), `max_recipients` (500), `distance` (10), `min_words` (25), `action` (`quarantine`), `include_external` (false: only district senders' copies count)"),
        ConfigKey("bulk.limits[]", "senders", .strings, default: "`[]` (every district sender)",
                  "sender groups the row limits; outside senders only through a row naming `external`; the first matching row applies"),
        ConfigKey("bulk.limits[]", "max_recipients", .integer(1...1_000_000), default: "none",
                  "recipients per message"),
        ConfigKey("bulk.limits[]", "windows", .tables, default: "`[]`",
                  "sending windows (`seconds`, `messages`, `recipients`)"),
        ConfigKey("bulk.limits[].windows[]", "seconds", .integer(1...31_536_000), default: "required",
                  "length of the window"),
        ConfigKey("bulk.limits[].windows[]", "messages", .integer(1...10_000_000), default: "none",
                  "messages a sender may send within it"),
        ConfigKey("bulk.limits[].windows[]", "recipients", .integer(1...100_000_000), default: "none",
                  "recipients a sender may write to within it"),
        ConfigKey("bulk.fanout", "window_seconds", .integer(1...31_536_000), default: "`3600`",
                  "how far back near-identical content is counted"),
        ConfigKey("bulk.fanout", "max_senders", .integer(1...1_000_000), default: "`5`",
                  "senders of the same content within the window"),
        ConfigKey("bulk.fanout", "max_recipients", .integer(1...100_000_000), default: "`500`",
                  "recipients of the same content within the window"),
        ConfigKey("bulk.fanout", "distance", .integer(0...32), default: "`10`",
                  "largest SimHash distance (bits) that counts as the same content"),
        ConfigKey("bulk.fanout", "min_words", .integer(5...100_000), default: "`25`",
                  "shorter messages are not fingerprinted"),
        ConfigKey("bulk.fanout", "action", .action, default: "`\"quarantine\"`",
                  "the action past either limit"),
        ConfigKey("bulk.fanout", "include_external", .bool, default: "`false`",
                  "also count outside senders' copies"),
    ]

    /// The schema section a table read at `scope` belongs to: `bulk.limits#2` →
    /// `bulk.limits[]`, `groups.staff` → `groups.NAME`.
    package static func section(of scope: String) -> String {
        if scope.hasPrefix("groups.") { return "groups.NAME" }
        if let mark = scope.firstIndex(of: "#") { return scope[..<mark] + "[]" }
        return scope
    }

    /// The keys a table at `section` may hold: its declared keys and its sub-sections
    /// (`limits` at the top level, `thresholds` in `conduct`).
    package static func known(in section: String) -> [String] {
        var names = all.filter { $0.section == section }.map(\.name)
        let prefix = section.isEmpty ? "" : section + "."
        for key in all where key.section.hasPrefix(prefix) && key.section != section {
            let child = String(key.section.dropFirst(prefix.count).prefix { $0 != "." && $0 != "[" })
            if !names.contains(child) { names.append(child) }
        }
        return names
    }

    package static func key(_ name: String, in section: String) -> ConfigKey? {
        all.first { $0.section == section && $0.name == name }
    }

    /// The key table of docs/configuration.md, row for row.
    package static var markdownTable: String {
        let rows = all.map { key in
            let reload = key.applies == .onReload ? "yes" : "no (read at start)"
            return "| `\(key.path)` | \(key.typeText) | \(key.defaultValue) | \(reload) | \(key.meaning) |"
        }
        return (["| key | type | default | reload applies | meaning |", "| --- | --- | --- | --- | --- |"] + rows).joined(separator: "\n")
    }
}
