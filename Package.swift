// swift-tools-version:6.0
import PackageDescription

/// journeymap: Markdown stage notes in, a browsable site of customer journey maps out.
///
/// The targets follow the build pipeline: `ContentLoader` (load) → `JourneyAnalysis` (analyze)
/// → `SiteRenderer` (render) → `SiteWriter` (write), driven by `SiteBuilder` and the thin
/// `journeymap` command-line tool. `JourneyModel` holds the value types they share.
let package = Package(
    name: "journeymap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "journeymap", targets: ["journeymap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "JourneyModel"),
        .target(name: "BuiltinTheme", plugins: ["GenerateSources"]),
        .target(name: "ProcessArguments"),
        // The Mustache engine: compiled templates rendered from a typed value tree; no other dependency.
        .target(name: "Templating"),
        .plugin(name: "GenerateSources", capability: .buildTool()),
        .target(name: "ContentLoader", dependencies: [
            "JourneyModel", "CMark", .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift"),
        ]),
        .target(name: "JourneyAnalysis", dependencies: ["JourneyModel"]),
        .target(name: "JourneyAuthoring", dependencies: ["JourneyModel", "ContentLoader", "JourneyAnalysis", "CMark"]),
        .target(name: "SiteRenderer", dependencies: [
            "JourneyModel", "JourneyAnalysis", "ContentLoader", "BuiltinTheme", "Templating",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .target(name: "SiteWriter", dependencies: ["JourneyModel"]),
        .target(name: "ContentSampler", dependencies: ["JourneyModel"]),
        .target(name: "SiteBuilder", dependencies: [
            "JourneyModel", "ContentLoader", "JourneyAnalysis", "SiteRenderer", "SiteWriter", "ProcessArguments",
        ]),
        .executableTarget(name: "journeymap", dependencies: [
            "SiteBuilder", "SiteRenderer", "SiteWriter", "ContentSampler", "JourneyModel", "PreviewServer", "JourneyAuthoring",
            "ContentLoader", "BuiltinTheme", "ProcessArguments", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], plugins: ["GenerateSources"]),
        .target(name: "PreviewServer", dependencies: [
            "SiteBuilder", "JourneyModel", .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .target(name: "TestSupport", dependencies: ["JourneyModel"], path: "Tests/TestSupport"),
        // The fuzz targets, run briefly by the tests and for as long as wanted by scripts/fuzz.sh.
        .target(name: "FuzzTargets", dependencies: ["ContentLoader", "JourneyAuthoring", "JourneyModel", "TestSupport"],
                path: "Tests/FuzzTargets"),
        .executableTarget(name: "journeymap-fuzz", dependencies: ["FuzzTargets", "TestSupport"], path: "Tests/Fuzz"),
        // The template benchmark, run by scripts/bench.sh: pages per second of the stage and journey templates.
        .executableTarget(name: "journeymap-bench-templates",
                          dependencies: ["ContentLoader", "JourneyAnalysis", "JourneyModel", "SiteRenderer"], path: "Tests/TemplateBench"),
        .testTarget(name: "ContentLoaderTests", dependencies: [
            "ContentLoader", "JourneyModel", "TestSupport", "FuzzTargets", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "JourneyAnalysisTests", dependencies: ["JourneyAnalysis", "JourneyModel"]),
        .testTarget(name: "TemplatingTests", dependencies: ["Templating"]),
        .testTarget(
            name: "SiteRendererTests",
            dependencies: ["SiteRenderer", "BuiltinTheme", "ContentLoader", "ContentSampler", "JourneyAnalysis", "JourneyModel", "Templating", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "SiteWriterTests", dependencies: ["SiteWriter", "JourneyModel", "TestSupport"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "SiteBuilder", "TestSupport"]),
        .testTarget(name: "JourneyAuthoringTests", dependencies: [
            "JourneyAuthoring", "ContentLoader", "JourneyModel", "TestSupport", "FuzzTargets",
        ]),
        .testTarget(name: "SiteBuilderTests", dependencies: [
            "SiteBuilder", "SiteRenderer", "ContentLoader", "JourneyAnalysis", "JourneyModel", "TestSupport",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
    ]
)
