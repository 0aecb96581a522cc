// swift-tools-version:6.0
// libFuzzer targets, one per reader. Built apart from the root package (its own scratch
// path), so `mailguard` never gets a second `main`: see scripts/fuzz.
import PackageDescription

let readers = ["message", "headers", "html", "csv", "tables", "charset", "office", "zip", "pdf", "patterns", "sentences"]

let package = Package(
    name: "MailGuardFuzz",
    dependencies: [
        .package(name: "MailGuard", path: ".."),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
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
        // The config loader's own source files (symlinked from Sources/MailGuard).
        .executableTarget(
            name: "fuzz-config",
            dependencies: [
                "FuzzSupport", .product(name: "MailGuardReading", package: "MailGuard"), "TOMLKit",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            path: "Sources/config"
        ),
    ],
    swiftLanguageModes: [.v6]
)
