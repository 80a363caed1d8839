import EgovarchTestSupport
import Foundation
import Testing

/// `--jobs`: a directory of many models gives byte-identical output whatever the number of
/// jobs, in every output format.
@Suite struct ParallelRunTests {
  /// Writes a repository of `copies` folders, each holding every bundled model with its ids
  /// renamed, so that every file has findings of its own.
  private func repository(copies: Int) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let models = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.modelsFolder.path)
      .filter { $0.hasSuffix(".xml") }.sorted()
    for copy in 0..<copies {
      for model in models {
        let text = try String(contentsOf: PackageRoot.modelsFolder.appendingPathComponent(model), encoding: .utf8)
        let renamed = text.replacingOccurrences(of: "id=\"lgsp\"", with: "id=\"lgsp-\(copy)\"")
        try directory.write(renamed, to: "districts/d\(copy % 7)/copy-\(copy)/\(model)")
      }
    }
    return directory
  }

  @Test(arguments: CIFormatExitStatusTests.formats)
  func outputIsIdenticalWhateverTheJobs(format: String) async throws {
    let directory = try repository(copies: 24)
    let arguments = ["validate", "districts", "--format", format, "--as-of", "2024-06-30", "--no-config"]
    let one = try await CommandRunner.egovarch(arguments + ["--jobs", "1"], in: directory.url)
    let four = try await CommandRunner.egovarch(arguments + ["--jobs", "4"], in: directory.url)
    let defaultJobs = try await CommandRunner.egovarch(arguments, in: directory.url)
    #expect(one.exitStatus == 1, "\(one)")
    // GitHub's annotations stop at ten of each kind.
    #expect(one.standardOutput.count > (format == "github" ? 2_000 : 10_000))
    #expect(one.standardOutput == four.standardOutput)
    #expect(one.standardOutput == defaultJobs.standardOutput)
    #expect(one.standardError == four.standardError)
    #expect(one.exitStatus == four.exitStatus)
  }

  @Test func unreadableFilesAmongManyAreReportedInOrder() async throws {
    let directory = try repository(copies: 3)
    try directory.write(Data([0x1F, 0x8B, 0x08, 0x00]), to: "districts/d0/copy-0/zipped.xml")
    let arguments = ["validate", "districts", "missing.xml", "--format", "json", "--no-config"]
    let one = try await CommandRunner.egovarch(arguments + ["--jobs", "1"], in: directory.url)
    let four = try await CommandRunner.egovarch(arguments + ["--jobs", "4"], in: directory.url)
    #expect(one.exitStatus == 2, "\(one)")
    #expect(one.standardError.contains("missing.xml"), "\(one)")
    #expect(one.standardOutput == four.standardOutput)
    #expect(one.standardError == four.standardError)
  }

  @Test func jobsMustBePositive() async throws {
    let result = try await CommandRunner.egovarch(
      ["validate", "models", "--jobs", "0"], in: PackageRoot.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("--jobs must be at least 1"), "\(result)")
  }
}
