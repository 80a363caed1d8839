import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Directory scans that stay inside the tree and skip nothing silently: names that are not
/// UTF-8, paths longer than `PATH_MAX`, other XML documents, and 20,000 paths on the command line.
@Suite struct DirectoryScanTests {
  @Test func fileNameThatIsNotUTF8IsNamedEscaped() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "models/clean.xml")
    // "Lai Châu.xml" in Windows-1258, as an unzip on Linux leaves it: â is the byte E2.
    let name = Array(directory.url(of: "models/Lai Ch").path.utf8) + [0xE2] + Array("u.xml".utf8) + [0]
    let descriptor = name.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
    }
    try #require(descriptor >= 0)
    close(descriptor)
    let result = try await CommandRunner.egovarch(["validate", "models"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(
      result.standardError.contains(#"cannot read 'models/Lai Ch\xE2u.xml': its name is not valid UTF-8"#),
      "\(result)")
    #expect(!result.standardError.contains("\u{FFFD}"), "\(result)")
    #expect(result.textReport.summary == "0 errors, 0 warnings, 0 notes in 1 file", "\(result)")
  }

  @Test func pathLongerThanPathMaxIsNamed() async throws {
    let directory = try TemporaryDirectory()
    // 45 folders of 100 characters: the model's path is beyond PATH_MAX (4,096 bytes), so the
    // tree is built one folder at a time, relative to the one before.
    let folder = String(repeating: "d", count: 100)
    var current = open(directory.url.path, O_RDONLY | O_DIRECTORY)
    try #require(current >= 0)
    try directory.write(ModelSource.complete, to: "deep/clean.xml")
    let deep = openat(current, "deep", O_RDONLY | O_DIRECTORY)
    close(current)
    current = deep
    for _ in 0..<45 {
      try #require(mkdirat(current, folder, 0o755) == 0)
      let next = openat(current, folder, O_RDONLY | O_DIRECTORY)
      close(current)
      try #require(next >= 0)
      current = next
    }
    let file = openat(current, "buried.xml", O_WRONLY | O_CREAT, 0o644)
    close(file)
    close(current)
    let result = try await CommandRunner.egovarch(["validate", "deep"], in: directory.url)
    // Removed with rm, which can walk deeper than PATH_MAX.
    _ = try await CommandRunner.run(URL(fileURLWithPath: "/bin/rm"), ["-rf", "deep"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("longer than the system allows (PATH_MAX"), "\(result)")
    #expect(result.standardError.contains("'deep/" + folder + "/" + folder), "\(result)")
    #expect(result.textReport.summary == "0 errors, 0 warnings, 0 notes in 1 file", "\(result)")
  }

  @Test func otherXMLNamedOnTheCommandLineIsStillValidated() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(#"<?xml version="1.0"?><testsuites tests="0"/>"#, to: "junit.xml")
    let result = try await CommandRunner.egovarch(["validate", "junit.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(!result.standardError.contains("skipping"), "\(result)")
    #expect(!result.textReport.findings.isEmpty, "\(result)")
  }

  @Test func theREADMEsJUnitRecipeRunTwiceInOneFolder() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "clean.xml")
    let arguments = ["validate", "--format", "junit", "-o", "egovarch-junit.xml", "."]
    let first = try await CommandRunner.egovarch(arguments, in: directory.url)
    #expect(first.exitStatus == 0, "\(first)")
    let report = try String(contentsOf: directory.url(of: "egovarch-junit.xml"), encoding: .utf8)
    let second = try await CommandRunner.egovarch(arguments, in: directory.url)
    #expect(second.exitStatus == 0, "\(second)")
    #expect(second.standardError.contains("skipping './egovarch-junit.xml': its root element is 'testsuites'"))
    #expect(try String(contentsOf: directory.url(of: "egovarch-junit.xml"), encoding: .utf8) == report)
  }

  /// Growth, not time: 20,000 command-line paths grow linearly.
  ///
  /// The run with eight times the paths must not take anywhere near 64 times as long (quadratic argument parsing took 3 minutes for 20,000 paths; linear takes a fraction of a
  /// second). The faster of two runs of each size is compared, as a ratio.
  @Test func manyCommandLinePathsTakeLinearTime() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "clean.xml")
    func fastest(_ count: Int) async throws -> Duration {
      var best: Duration?
      for _ in 0..<2 {
        let result = try await CommandRunner.egovarch(
          ["validate"] + Array(repeating: "clean.xml", count: count), in: directory.url)
        #expect(result.exitStatus == 0, "\(result.standardError.prefix(500))")
        best = min(best ?? result.duration, result.duration)
      }
      return best!
    }
    let small = try await fastest(2_500)
    let large = try await fastest(20_000)
    let ratio = large / small
    #expect(ratio < 16, "20,000 paths took \(ratio) times as long as 2,500: growth is not linear")
  }
}
