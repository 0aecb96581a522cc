// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "MailGuard",
    products: [
        .executable(name: "mailguard", targets: ["MailGuard"]),
        // Reading, scanning and policy as a library, for the fuzz targets in Fuzz/.
        .library(name: "MailGuardReading", targets: ["Detectors", "Classifier", "Extraction", "Inspection", "Policy"]),
        // The config loader, for the config fuzz target.
        .library(name: "MailGuardConfiguration", targets: ["Configuration"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        // Vectorscan: one pass over a text for every rule's regex, to skip the rules that cannot match.
        .systemLibrary(name: "CVectorscan", pkgConfig: "libhs", providers: [.apt(["libvectorscan-dev"])]),
        .systemLibrary(name: "CGMime", pkgConfig: "gmime-3.0", providers: [.apt(["libgmime-3.0-dev"])]),
        .systemLibrary(name: "CMilter", pkgConfig: "milter", providers: [.apt(["libmilter-dev"])]),
        // OpenBLAS: the conduct model's matrix products.
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        // libgsf: the OLE2 compound files of Word, Excel and PowerPoint 97-2003 and Outlook .msg.
        .systemLibrary(name: "CGsf", pkgConfig: "libgsf-1", providers: [.apt(["libgsf-1-dev"])]),
        // libarchive: tar, 7z, cab and RAR, and gzip, bzip2, xz, zstd around them or around one file.
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        // libpq, PostgreSQL's own client: the store several mail servers share.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // Process plumbing the Swift overlay lacks: memfd, SCM_RIGHTS, prctl.
        .target(name: "CWorker"),
        // Spreadsheet serial dates, for the readers and the validators alike.
        .target(name: "CivilCalendar"),
        .target(name: "Detectors", dependencies: ["CPCRE2", "CVectorscan", "CivilCalendar"]),
        // The conduct model: sentences in, a probability per category out.
        .target(name: "Classifier", dependencies: ["CBLAS", "CMatrix"]),
        // The encoder's products for a few tokens, over int8 weights (see int8_product.c).
        .target(name: "CMatrix"),
        // zlib for zip members (inflated by hand, see ZipArchive).
        .target(name: "CInflate", linkerSettings: [.linkedLibrary("z")]),
        .target(
            name: "Extraction",
            dependencies: [
                "CGMime", "CPoppler", "CGsf", "CArchive", "CInflate", "CivilCalendar",
                // SHA, MD5 and AES for files encrypted with a program's default password.
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // What a worker computes: extraction + detection → one inspection result. The test
        // fault hook exists in debug builds only.
        .target(
            name: "Inspection", dependencies: ["Detectors", "Extraction", "Classifier"],
            swiftSettings: [.define("MAILGUARD_TEST_FAULTS", .when(configuration: .debug))]
        ),
        .target(name: "Policy", dependencies: ["Detectors", "Extraction", "Inspection", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "Storage", dependencies: ["Policy", .product(name: "GRDB", package: "GRDB.swift")]),
        // The PostgreSQL store several mail servers share: sending windows, fingerprints, audit.
        .target(name: "SharedStore", dependencies: ["CLibPQ", "Policy", "Storage", "Configuration"]),
        // The config file's schema and loader, and the engine a config loads (rules, model,
        // notice templates), swapped whole on reload.
        .target(
            name: "Configuration",
            dependencies: [
                "Detectors", "Classifier", "Extraction", "Inspection", "Policy", "TOMLKit",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The reader processes: spawning, frames over a socketpair, limits, the worker's loop.
        .target(
            name: "Workers",
            dependencies: ["Configuration", "Classifier", "Detectors", "Extraction", "Inspection", "CWorker", .product(name: "Logging", package: "swift-log")]
        ),
        // What runs beside the mail path: audit trail and export, metrics, compliance digest,
        // notice mail, the own-mail mark, Postfix's queue tools, the log format.
        .target(
            name: "Operations",
            dependencies: [
                "Configuration", "Policy", "Storage", "Extraction", "Detectors", "Inspection", "CWorker",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // The review console: accounts, sessions, roles, pages, on FlyingFox and the audit trail.
        .target(
            name: "Console",
            dependencies: [
                "Configuration", "Operations", "Storage", "Policy", "Detectors", "Extraction",
                .product(name: "Mustache", package: "swift-mustache"), .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // The libmilter adapter: callbacks, sessions, buffering, applying a verdict.
        .target(
            name: "Milter",
            dependencies: [
                "Configuration", "Workers", "Operations", "Policy", "Storage", "SharedStore", "Detectors", "Inspection", "CMilter",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command line: parses arguments and calls the libraries.
        .executableTarget(
            name: "MailGuard",
            dependencies: [
                "Configuration", "Workers", "Operations", "Milter", "Policy", "Detectors", "Classifier", "Extraction", "Inspection", "Storage", "SharedStore", "Console",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            plugins: ["VersionStamp"]
        ),
        // `mailguardVersion` from the VERSION file.
        .plugin(name: "VersionStamp", capability: .buildTool()),
        .target(name: "TestSupport", dependencies: ["Detectors"], path: "Tests/TestSupport"),
        .testTarget(name: "DetectorsTests", dependencies: ["Detectors", "TestSupport"]),
        .testTarget(name: "ClassifierTests", dependencies: ["Classifier", "CMatrix", "Detectors", "Inspection", "TestSupport"], exclude: ["Reference"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "TestSupport"]),
        .testTarget(name: "InspectionTests", dependencies: ["Inspection", "Detectors", "Extraction", "TestSupport"]),
        .testTarget(name: "PolicyTests", dependencies: ["Policy", "Inspection", "TestSupport"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Policy", "Inspection", "Detectors", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SharedStoreTests", dependencies: ["SharedStore", "Configuration", "Storage", "Policy"]),
        .testTarget(name: "ConsoleTests", dependencies: ["Console", "Configuration", "Operations", "Storage", "Policy", "TestSupport", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "MailGuardTests", dependencies: ["MailGuard", "Configuration", "Workers", "Operations", "Milter", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
