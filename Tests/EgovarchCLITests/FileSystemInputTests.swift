import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paths that are not plain model files: missing files, directories, pipes, devices, link loops,
/// unreadable files, and several paths of which some cannot be used.
@Suite struct FileSystemInputTests {
  /// Whether the tests run as root, for whom file permissions are not enforced.
  static let isRoot = getuid() == 0

  /// A path that does not exist, and a directory holding no model: exit 2, naming the path.
  @Test(arguments: ["no-such-model.xml", "drafts"])
  func pathWithoutModelsIsACommandFailure(_ path: String) async throws {
    let directory = try TemporaryDirectory()
    try directory.write("notes", to: "drafts/readme.txt")
    try directory.write("{}", to: "drafts/sub/model.json")
    try directory.makeFolder("drafts/empty")
    let result = try await CommandRunner.egovarch(["validate", path], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.hasPrefix("egovarch: error: "), "\(result)")
    #expect(result.standardError.contains(path), "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
  }

  @Test func emptyDirectoryIsACommandFailure() async throws {
    let directory = try TemporaryDirectory()
    try directory.makeFolder("nothing")
    let result = try await CommandRunner.egovarch(["validate", "nothing"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.hasPrefix("egovarch: error: "), "\(result)")
  }

  @Test func fifoIsRefusedWithoutHanging() async throws {
    let directory = try TemporaryDirectory()
    try await directory.makeFIFO("pipe.xml")
    let result = try await CommandRunner.egovarch(["validate", "pipe.xml"], in: directory.url, timeout: .seconds(30))
    #expect(!result.timedOut, "egovarch hung on a FIFO: \(result)")
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.hasPrefix("egovarch: error: "), "\(result)")
    #expect(result.standardError.contains("pipe.xml"), "\(result)")
  }

  @Test func fifoInsideAScannedDirectoryIsRefusedAndTheRestValidated() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "models/a.xml")
    try await directory.makeFIFO("models/b-pipe.xml")
    try directory.write(CommandOptionTests.oneError, to: "models/c.xml")
    let result = try await CommandRunner.egovarch(["validate", "models"], in: directory.url, timeout: .seconds(30))
    #expect(!result.timedOut, "egovarch hung on a FIFO: \(result)")
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("models/b-pipe.xml"), "\(result)")
    #expect(result.textReport.findings.map(\.file) == ["models/c.xml"])
    #expect(result.textReport.summary == "1 error, 0 warnings, 0 notes in 2 files")
  }

  @Test(arguments: ["/dev/zero", "/dev/null", "/dev/urandom"])
  func deviceIsRefusedWithoutReadingIt(_ device: String) async throws {
    try #require(FileManager.default.fileExists(atPath: device))
    let directory = try TemporaryDirectory()
    let result = try await CommandRunner.egovarch(["validate", device], in: directory.url, timeout: .seconds(30))
    #expect(!result.timedOut, "\(result)")
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains(device), "\(result)")
  }

  @Test func symbolicLinkLoopIsScannedOnce() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "repo/a/clean.xml")
    try directory.write(CommandOptionTests.oneError, to: "repo/b/error.xml")
    try directory.makeSymbolicLink("repo/a/up", to: "..")
    try directory.makeSymbolicLink("repo/b/again", to: "../b")
    try directory.makeSymbolicLink("repo/loop-1", to: "loop-2")
    try directory.makeSymbolicLink("repo/loop-2", to: "loop-1")
    try directory.makeSymbolicLink("repo/b/alias.xml", to: "error.xml")
    let result = try await CommandRunner.egovarch(["validate", "repo"], in: directory.url)
    #expect(!result.timedOut, "\(result)")
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    #expect(result.textReport.findings.count == 1, "\(result)")
    #expect(result.textReport.findings.first?.rule == "model/unresolved-reference")
    #expect(result.textReport.summary == "1 error, 0 warnings, 0 notes in 2 files")
  }

  @Test func sameFileGivenTwiceIsValidatedOnce() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(CommandOptionTests.oneError, to: "error.xml")
    let result = try await CommandRunner.egovarch(["validate", "error.xml", "./error.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.findings.map(\.file) == ["error.xml"], "\(result)")
    #expect(result.textReport.summary == "1 error, 0 warnings, 0 notes in 1 file")
  }

  @Test func directoryWhoseModelsWereAlreadyNamedIsNotAFailure() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(CommandOptionTests.oneError, to: "models/error.xml")
    for arguments in [["models/error.xml", "models"], ["models", "models"], ["models", "models/"]] {
      let result = try await CommandRunner.egovarch(["validate"] + arguments, in: directory.url)
      #expect(result.exitStatus == 1, "\(result)")
      #expect(result.standardError.isEmpty, "\(result)")
      #expect(result.textReport.findings.count == 1, "\(result)")
      #expect(result.textReport.summary == "1 error, 0 warnings, 0 notes in 1 file")
    }
  }

  @Test func unreadableFileIsACommandFailure() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "locked.xml")
    try directory.setPermissions(0o000, of: "locked.xml")
    let result = try await CommandRunner.egovarch(["validate", "locked.xml"], in: directory.url)
    #expect(!result.timedOut, "\(result)")
    if Self.isRoot {
      // Root reads the file regardless of its mode: it is simply validated.
      #expect(result.exitStatus == 0, "\(result)")
    } else {
      #expect(result.exitStatus == 2, "\(result)")
      #expect(result.standardError.hasPrefix("egovarch: error: "), "\(result)")
      #expect(result.standardError.contains("locked.xml"), "\(result)")
    }
  }

  @Test func unreadableFolderInsideAScannedDirectoryIsACommandFailure() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(CommandOptionTests.oneError, to: "repo/a.xml")
    try directory.write(ModelSource.complete, to: "repo/private/b.xml")
    try directory.setPermissions(0o000, of: "repo/private")
    let result = try await CommandRunner.egovarch(["validate", "repo"], in: directory.url)
    #expect(!result.timedOut, "\(result)")
    #expect(result.textReport.findings.map(\.file) == ["repo/a.xml"])
    if Self.isRoot {
      #expect(result.exitStatus == 1, "\(result)")
      #expect(result.textReport.summary == "1 error, 0 warnings, 0 notes in 2 files")
    } else {
      #expect(result.exitStatus == 2, "\(result)")
      #expect(result.standardError.contains("repo/private"), "\(result)")
      #expect(result.textReport.summary == "1 error, 0 warnings, 0 notes in 1 file")
    }
  }

  @Test func missingFileAmongOthersStillValidatesTheOthers() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "clean.xml")
    try directory.write(CommandOptionTests.oneError, to: "error.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "clean.xml", "missing.xml", "error.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(
      result.standardOutput == """
        error.xml:9:7: error: component A ('a') depends on 'ghost', which is not a component of this model \
        [model/unresolved-reference]
        1 error, 0 warnings, 0 notes in 2 files

        """)
    #expect(result.standardError == "egovarch: error: no such file or directory: 'missing.xml'\n")
  }

  @Test func severalMissingFilesAreAllNamed() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(CommandOptionTests.oneError, to: "error.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "first-missing.xml", "error.xml", "second-missing.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.textReport.findings.map(\.file) == ["error.xml"])
    let errors = result.standardError.split(separator: "\n")
    #expect(errors.count == 2, "\(result)")
    #expect(errors.allSatisfy { $0.hasPrefix("egovarch: error: ") })
    #expect(result.standardError.contains("first-missing.xml"))
    #expect(result.standardError.contains("second-missing.xml"))
  }

  @Test func missingFileAmongOthersInJSON() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(CommandOptionTests.oneError, to: "error.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "missing.xml", "error.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    let report = try result.jsonReport()
    #expect(report.summary == JSONSummary(files: 1, errors: 1))
    #expect(report.findings.map(\.file) == ["error.xml"])
    #expect(result.standardError.contains("missing.xml"))
  }

  @Test func missingFileWinsOverFailOnNever() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.complete, to: "clean.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--fail-on", "never", "clean.xml", "missing.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
  }
}
