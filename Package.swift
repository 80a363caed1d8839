// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
  name: "egovarch",
  products: [
    .library(name: "EgovarchKit", targets: ["EgovarchKit"]),
    .executable(name: "egovarch", targets: ["egovarch"]),
    .executable(name: "egovarch-bench", targets: ["egovarch-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // libxml2 from the system (Debian: libxml2-dev, pkg-config). egovarch is built and tested on
    // Linux only (README); SwiftPM has no way to declare that, so no other provider is named.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev", "pkg-config"])]
    ),
    // The command line as the C library hands it to the program (read where /proc is not mounted).
    .target(name: "CProcessArguments"),
    // The XML layer: the only code that touches libxml2; emits plain Swift values.
    .target(name: "EgovarchXML", dependencies: ["CLibXML2"], swiftSettings: strictSettings),
    // The core: model, graph, rules, findings, reporters. Pure Swift.
    .target(
      name: "EgovarchKit",
      dependencies: ["EgovarchXML", .product(name: "Yams", package: "Yams")],
      swiftSettings: strictSettings
    ),
    // Output files written atomically, and the clean-up on a signal; the CLI's and the
    // benchmark's. Foundation is allowed here.
    .target(name: "EgovarchIO", swiftSettings: strictSettings),
    // The command-line tool.
    .executableTarget(
      name: "egovarch",
      dependencies: [
        "EgovarchKit", "EgovarchIO", "CProcessArguments",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),
    // The benchmark's model generator (scripts/bench.sh).
    .executableTarget(
      name: "egovarch-bench",
      dependencies: ["EgovarchIO", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "EgovarchXMLTests",
      dependencies: ["EgovarchXML"],
      swiftSettings: strictSettings
    ),
    // What the tests and the fuzzer share: the package root, the format and configuration examples.
    .target(name: "EgovarchTestSupport", swiftSettings: strictSettings),
    // What the fuzzer feeds every input through; the regression tests run it too.
    .target(
      name: "EgovarchFuzzSupport", dependencies: ["EgovarchKit", "EgovarchTestSupport"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "EgovarchKitTests",
      dependencies: ["EgovarchKit", "EgovarchFuzzSupport", "EgovarchTestSupport"],
      exclude: ["Fixtures"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "EgovarchBenchTests",
      dependencies: ["egovarch-bench", "EgovarchKit"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "EgovarchCLITests",
      dependencies: ["egovarch", "egovarch-bench", "EgovarchTestSupport"],
      swiftSettings: strictSettings
    ),
  ]
)

// The libFuzzer target (scripts/fuzz.sh, CONTRIBUTING.md), declared only with EGOVARCH_FUZZ=1 so
// that the ordinary build and tests never see it; build it with
// `swift build -c release --product egovarch-fuzz -Xswiftc -sanitize=fuzzer,address`.
if Context.environment["EGOVARCH_FUZZ"] == "1" {
  package.products.append(.executable(name: "egovarch-fuzz", targets: ["EgovarchFuzz"]))
  package.targets.append(
    .executableTarget(
      name: "EgovarchFuzz", dependencies: ["EgovarchKit", "EgovarchFuzzSupport", "EgovarchTestSupport"],
      swiftSettings: strictSettings + [.enableExperimentalFeature("Extern")]))
}
