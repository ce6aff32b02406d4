// swift-tools-version:6.1
import PackageDescription

#if canImport(Foundation)
    import Foundation
#endif

/// One set of compiler settings shared by every target, as Hummingbird does.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "dyad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dyad", targets: ["dyad"]),
        .library(name: "DyadText", targets: ["DyadText"]),
        .library(name: "DyadModel", targets: ["DyadModel"]),
        .library(name: "DyadQuery", targets: ["DyadQuery"]),
        .library(name: "DyadLexicon", targets: ["DyadLexicon"]),
        .library(name: "DyadCoder", targets: ["DyadCoder"]),
        .library(name: "DyadStore", targets: ["DyadStore"]),
        .library(name: "DyadServer", targets: ["DyadServer"]),
        .library(name: "DyadPostgres", targets: ["DyadPostgres"]),
        .library(name: "DyadSyntax", targets: ["DyadSyntax"]),
        .executable(name: "dyad-syntax", targets: ["dyad-syntax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already Hummingbird's; named for the server's connection guard (a NIO channel handler).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
        // Already Hummingbird's; named for the server tests, which start and stop the live server.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        // The PostgreSQL wire protocol for `DyadPostgres` only (scale-out: many workers, one server).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "DyadText", swiftSettings: swiftSettings),
        .target(name: "DyadModel", dependencies: ["DyadText"], swiftSettings: swiftSettings),
        // The API's query-string parsing, apart from the server so a fuzzer can build it alone.
        .target(name: "DyadQuery", swiftSettings: swiftSettings),
        .target(
            name: "DyadLexicon",
            dependencies: ["DyadText", "DyadModel"],
            resources: [.copy("Resources/lexicon")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DyadSyntax",
            dependencies: ["DyadText"],
            resources: [.copy("Resources/syntax-en.bin")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "dyad-syntax",
            dependencies: [
                "DyadText", "DyadSyntax", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DyadCoder", dependencies: ["DyadText", "DyadModel", "DyadLexicon", "DyadSyntax"],
            swiftSettings: swiftSettings),
        .target(
            name: "DyadStore",
            dependencies: [
                "DyadText", "DyadModel", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // The PostgreSQL event store and its job queue: its own target, so that PostgresNIO stays
        // out of the text, syntax, lexicon and coder modules (and out of the fuzz builds).
        .target(
            name: "DyadPostgres",
            dependencies: [
                "DyadText", "DyadModel", "DyadStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DyadServer",
            dependencies: [
                "DyadText", "DyadModel", "DyadStore", "DyadQuery",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "dyad",
            dependencies: [
                "DyadText",
                "DyadModel",
                "DyadLexicon",
                "DyadCoder",
                "DyadSyntax",
                "DyadStore",
                "DyadPostgres",
                "DyadServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "DyadTextTests", dependencies: ["DyadText"], swiftSettings: swiftSettings),
        .testTarget(name: "DyadModelTests", dependencies: ["DyadModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "DyadLexiconTests", dependencies: ["DyadLexicon", "DyadModel"], swiftSettings: swiftSettings),
        .testTarget(name: "DyadSyntaxTests", dependencies: ["DyadSyntax"], swiftSettings: swiftSettings),
        .testTarget(
            name: "DyadCoderTests", dependencies: ["DyadCoder", "DyadModel", "DyadSyntax"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DyadStoreTests", dependencies: ["DyadStore", "DyadModel", "DyadPostgres"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "DyadServerTests",
            dependencies: [
                "DyadServer", "DyadCoder", "DyadSyntax", "DyadPostgres", "dyad",
                // The live server and a small HTTP/1.1 client over NIO (LiveClient.swift), all already
                // built for the server; HummingbirdTesting would add AsyncHTTPClient, NIOSSL and HTTP/2.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DyadCLITests", dependencies: ["dyad", "DyadCoder", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
    ]
)

// libFuzzer targets (Fuzz/, docs/fuzzing.md), declared only when DYAD_FUZZ is set so that ordinary
// builds and `swift test` never see them: they have no `main` of their own (libFuzzer's) and
// build only with `--sanitize=fuzzer`. `-parse-as-library` keeps Swift from emitting a `main`.
//
// A fuzz build declares only the modules the fuzz targets use: no server, store, command-line
// tool or tests, and so no package dependencies to resolve or build (scripts/fuzz.sh builds all
// five targets with one `swift build`).
if Context.environment["DYAD_FUZZ"] != nil {
    let fuzzed: Set<String> = ["DyadText", "DyadModel", "DyadQuery", "DyadLexicon", "DyadSyntax", "DyadCoder"]
    package.dependencies = []
    package.targets.removeAll { !fuzzed.contains($0.name) }
    package.products = []
    let fuzzSettings = swiftSettings + [.unsafeFlags(["-parse-as-library"])]
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("documents", ["DyadText"]),
        ("text", ["DyadText"]),
        ("numbers", ["DyadText"]),
        ("query", ["DyadQuery"]),
        ("coder", ["DyadText", "DyadLexicon", "DyadSyntax", "DyadCoder"]),
    ]
    for (name, dependencies) in fuzzTargets {
        package.targets.append(
            .executableTarget(
                name: "fuzz-\(name)", dependencies: dependencies, path: "Fuzz/\(name)", swiftSettings: fuzzSettings))
        package.products.append(.executable(name: "fuzz-\(name)", targets: ["fuzz-\(name)"]))
    }
}
