// swift-tools-version:6.0
// libFuzzer targets, one per reader. Built apart from the root package (its own scratch
// path), so `mailguard` never gets a second `main`: see scripts/fuzz.
import PackageDescription

let readers = ["message", "headers", "html", "csv", "tables", "charset", "office", "zip", "pdf", "patterns", "sentences", "numbers", "word", "xls", "ppt", "ole", "archive", "rtf", "calendar", "scanner", "windows"]

let package = Package(
    name: "MailGuardFuzz",
    dependencies: [
        .package(name: "MailGuard", path: ".."),
    ],
    targets: [
        .target(name: "CFuzz"),
        .target(name: "FuzzSupport", dependencies: ["CFuzz", .product(name: "MailGuardReading", package: "MailGuard")]),
    ] + readers.map { reader in
        .executableTarget(
            name: "fuzz-\(reader)",
            dependencies: ["FuzzSupport", .product(name: "MailGuardReading", package: "MailGuard")],
            path: "Sources/\(reader)"
        )
    } + [
        // The config loader the milter uses.
        .executableTarget(
            name: "fuzz-config",
            dependencies: ["FuzzSupport", .product(name: "MailGuardConfiguration", package: "MailGuard")],
            path: "Sources/config"
        ),
    ],
    swiftLanguageModes: [.v6]
)
