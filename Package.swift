// swift-tools-version:6.0
// Linux only (glibc: inotify, st_mtim, Glibc.read/write); see ARCHITECTURE.md. No `platforms:` line, since
// no Apple platform is built or tested.
import PackageDescription

let package = Package(
    name: "bus-docs",
    products: [
        .executable(name: "bus-docs", targets: ["bus-docs"]),
        .library(name: "BUSDocsKit", targets: ["BUSDocsKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "BUSDocsKit",
            dependencies: ["CCmark", "CLibXML2", "Yams", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [
                .embedInCode("RuleSets/bus-2012.yaml"),
                .embedInCode("RuleSets/hok-2022.yaml"),
                .embedInCode("Validation/Support/first-names.txt"),
            ]
        ),
        .target(
            name: "Templates",
            dependencies: [
                "BUSDocsKit",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Every file in Templates/ is built in (README.md for `bus-docs templates`); DefaultTemplates.swift names them.
            resources: [.embedInCode("Defaults")]
        ),
        .executableTarget(
            name: "bus-docs",
            dependencies: [
                "BUSDocsKit", "Templates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "BUSDocsKitTests",
            dependencies: ["BUSDocsKit", "TestSupport"],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .executableTarget(
            name: "bus-docs-fuzz",
            dependencies: ["BUSDocsKit", "Templates"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["bus-docs", "BUSDocsKit", "TestSupport"],
            exclude: ["Attachments", "Hostile", "Import", "Revisions", "Snapshots"]
        ),
        .testTarget(
            name: "TemplatesTests",
            // swift-mustache: the reference CompiledTemplateTests renders against.
            dependencies: ["Templates", "BUSDocsKit", "TestSupport", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
