// swift-tools-version: 6.0
// ReportSite: a static report-site generator whose every number is checked against its source.
import PackageDescription

let package = Package(
    name: "ReportSite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reportsite", targets: ["ReportSiteCLI"]),
        .executable(name: "reportsite-bench", targets: ["ReportSiteBench"]),
        .library(name: "ReportSite", targets: ["ReportSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CPlatform"),
        .target(
            name: "ReportSite",
            dependencies: [
                "CCmarkGFM",
                "CPlatform",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "ReportSiteServe",
            dependencies: [
                "ReportSite",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "ReportSiteCLI",
            dependencies: [
                "ReportSite",
                "ReportSiteServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ReportSiteBench", dependencies: ["ReportSite"]),
        .testTarget(name: "ReportSiteTests", dependencies: ["ReportSite"], exclude: ["Charts/Golden"]),
        .testTarget(name: "SiteTests", dependencies: ["ReportSite", "ReportSiteServe"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer harness, for `make fuzz` only: it calls libFuzzer's driver, which
// exists only when linked with -sanitize=fuzzer, so ordinary builds leave it out.
if Context.environment["REPORTSITE_FUZZ"] != nil {
    package.products.append(.executable(name: "reportsite-fuzz", targets: ["ReportSiteFuzz"]))
    package.targets.append(.target(name: "CFuzzerDriver"))
    package.targets.append(.executableTarget(name: "ReportSiteFuzz", dependencies: ["ReportSite", "CFuzzerDriver"],
                                             linkerSettings: [.unsafeFlags(["-use-ld=lld"])]))  // gold fails on ASan's debug info
}
