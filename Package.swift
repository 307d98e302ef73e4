// swift-tools-version: 6.0
import PackageDescription

/// Settings shared by every target. Strict concurrency is the Swift 6 default; nothing here costs speed.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Pith",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "PithHTML", targets: ["PithHTML"]),
        .library(name: "Pith", targets: ["Pith"]),
        .executable(name: "pith", targets: ["PithCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The HTTP service: the server, and the client that fetches pages for it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.30.0"),
    ],
    targets: [
        // Bytes → DOM: encoding detection, the WHATWG tokenizer and tree builder, the arena document.
        // Standard library and the system's iconv only.
        .target(name: "PithHTML", swiftSettings: swiftSettings),

        // Extraction: the article, its metadata, text mode and the renderers.
        .target(name: "Pith", dependencies: ["PithHTML"], swiftSettings: swiftSettings),

        // The `pith` command: owns the terminal, translates errors to messages and exit codes.
        .executableTarget(
            name: "PithCLI",
            dependencies: [
                "PithHTML",
                "Pith",
                "PithBatch",
                "PithEval",
                "PithServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // The system's zlib (inflate for .gz inputs and gzip-per-record WARCs).
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),

        // Batch runs: files → records (discovery, gzip, WARC, JSONL), then the pipeline — reader,
        // worker threads extracting with `Pith`, writer with reordering and dedup. Streams with
        // bounded memory; a fault becomes an error record, never a lost one.
        .target(name: "PithBatch", dependencies: ["CZlib", "Pith"], swiftSettings: swiftSettings),

        // Evaluation on the development sets: dataset readers and the scorer's metrics.
        .target(name: "PithEval", dependencies: ["Pith", "PithBatch"], swiftSettings: swiftSettings),

        // `pith serve`: extraction over HTTP, the reader page, and page fetching that refuses
        // private and metadata addresses.
        .target(
            name: "PithServer",
            dependencies: [
                "Pith",
                "PithHTML",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),

        .target(name: "PithTestSupport", dependencies: ["PithHTML"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PithTests",
            dependencies: ["Pith", "PithHTML", "PithTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PithHTMLTests",
            dependencies: ["PithHTML", "PithTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PithServerTests",
            dependencies: [
                "Pith",
                "PithServer",
                "PithTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PithEvalTests",
            dependencies: ["PithEval", "PithTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PithBatchTests",
            dependencies: ["PithBatch", "Pith", "PithTestSupport"],
            swiftSettings: swiftSettings
        ),
    ]
)
