// swift-tools-version: 6.0
import PackageDescription

/// The load generator's modules compile their release builds without run-time exclusivity checks:
/// the profile of a request showed `swift_beginAccess` and its access set at about 1.5 % of the
/// generator's CPU. Debug builds, and so the tests, keep the checks.
let generatorSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

let package = Package(
    name: "barrage",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "barrage", targets: ["barrage"]),
        .executable(name: "storefront", targets: ["storefront"]),
        .library(name: "BarrageCore", targets: ["BarrageCore"]),
        .library(name: "BarrageHTTP", targets: ["BarrageHTTP"]),
        .library(name: "BarrageRunner", targets: ["BarrageRunner"]),
        .library(name: "BarrageReports", targets: ["BarrageReports"]),
        .library(name: "RedisWire", targets: ["RedisWire"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.30.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        .target(
            name: "BarrageCore",
            dependencies: [
                "CZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: generatorSettings
        ),
        // zlib (Debian's zlib1g-dev, which the Swift toolchain itself needs): DEFLATE for HdrHistogram's
        // compressed histogram encoding in summary.json.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "BarrageHTTP",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
            ],
            swiftSettings: generatorSettings
        ),
        .target(
            name: "BarrageRunner",
            dependencies: [
                "BarrageCore",
                "BarrageHTTP",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: generatorSettings
        ),
        .target(
            name: "BarrageReports",
            dependencies: ["BarrageCore"]
        ),
        .executableTarget(
            name: "barrage",
            dependencies: [
                "BarrageCore",
                "BarrageHTTP",
                "BarrageRunner",
                "BarrageReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "BarrageTestServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            path: "Tests/BarrageTestServer"
        ),
        .target(
            name: "TestSupport",
            dependencies: [
                "RedisWire",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TestSupport"
        ),
        .target(
            name: "RedisWire",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "Storefront",
            dependencies: [
                "RedisWire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "storefront",
            dependencies: [
                "Storefront",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A benchmark harness, not shipped: bench/recording-cost.sh counts its instructions per sample.
        .executableTarget(name: "RecordingCost", dependencies: ["BarrageCore", "BarrageReports"], path: "bench/RecordingCost"),
        .testTarget(name: "BarrageCoreTests", dependencies: ["BarrageCore"]),
        .testTarget(
            name: "BarrageHTTPTests",
            dependencies: [
                "BarrageHTTP", "BarrageTestServer", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "RedisWireTests",
            dependencies: [
                "RedisWire",
                "TestSupport",
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "StorefrontTests",
            dependencies: [
                "Storefront",
                "RedisWire",
                "TestSupport",
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestSupport"]
        ),
        .testTarget(name: "BarrageCLITests", dependencies: ["BarrageTestServer", "TestSupport"]),
        .testTarget(name: "BarrageReportsTests", dependencies: ["BarrageReports", "BarrageCore"]),
        .testTarget(
            name: "BarrageRunnerTests",
            dependencies: ["BarrageRunner", "BarrageCore", "BarrageReports", "BarrageTestServer", "TestSupport"]
        ),
    ]
)
