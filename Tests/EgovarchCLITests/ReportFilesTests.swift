import EgovarchTestSupport
import Foundation
import Testing

/// `validate -o FORMAT=FILE`, repeated: several reports from one run, each the same bytes as a
/// run of that format alone, written together; a run that exits 2 writes none of them, nor
/// `-o FILE` nor the baseline, and leaves files of an earlier run as they were.
@Suite struct ReportFilesTests {
  /// The formats that go to files in the tests.
  static let fileFormats = ["sarif", "junit", "codeclimate", "checkstyle", "markdown", "json", "azure", "text"]

  /// A directory with the format document's example (`dien-bien.xml`, exit status 1).
  private func workspace() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "models/dien-bien.xml")
    return directory
  }

  @Test func severalReportsInOneRunEachAsItsFormatAlone() async throws {
    let directory = try workspace()
    let outputs = Self.fileFormats.flatMap { ["--output", "\($0)=reports/out.\($0)"] }
    try directory.makeFolder("reports")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "github"] + outputs + ["models/dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    let alone = try await CommandRunner.egovarch(
      ["validate", "--format", "github", "models/dien-bien.xml"], in: directory.url)
    #expect(result.standardOutputBytes == alone.standardOutputBytes)
    for format in Self.fileFormats {
      let single = try await CommandRunner.egovarch(
        ["validate", "--format", format, "models/dien-bien.xml"], in: directory.url)
      let written = try Data(contentsOf: directory.url(of: "reports/out.\(format)"))
      #expect(written == single.standardOutputBytes, "\(format)")
    }
    // No temporary file is left beside them.
    #expect(
      try DirectorySnapshot(of: directory).paths
        == (["models", "models/dien-bien.xml", "reports"] + Self.fileFormats.map { "reports/out.\($0)" }).sorted())
  }

  @Test func aPlainFileTakesFormatsReportAndStandardOutputStaysEmpty() async throws {
    let directory = try workspace()
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "sarif", "-o", "out.sarif", "-o", "junit=out.xml", "models/dien-bien.xml"],
      in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.standardOutput.isEmpty)
    let sarif = try String(contentsOf: directory.url(of: "out.sarif"), encoding: .utf8)
    #expect(sarif.contains("\"version\": \"2.1.0\""))
    try await XMLLint.checkWellFormed(try Data(contentsOf: directory.url(of: "out.xml")))
  }

  /// Runs `arguments` in a workspace holding reports of an earlier run and a baseline, and
  /// checks that the run exits 2 and leaves every file as it was, creating none.
  private func expectNothingWritten(_ arguments: [String], configuration: String? = nil) async throws {
    let directory = try workspace()
    try directory.write("earlier sarif\n", to: "out.sarif")
    try directory.write("earlier report\n", to: "out.txt")
    if let configuration { try directory.write(configuration, to: ".egovarch.yml") }
    let before = try DirectorySnapshot(of: directory)
    let result = try await CommandRunner.egovarch(arguments, in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    let after = try DirectorySnapshot(of: directory)
    #expect(after.added(since: before).isEmpty, "files written by a run that failed")
    #expect(after.changed(since: before).isEmpty, "files changed by a run that failed")
    #expect(try String(contentsOf: directory.url(of: "out.sarif"), encoding: .utf8) == "earlier sarif\n")
  }

  @Test func aMissingPathAmongSeveralWritesNoFile() async throws {
    let arguments = [
      "validate", "-o", "out.txt", "--output", "sarif=out.sarif", "--output", "junit=new.xml",
      "--output", "codeclimate=new.json", "--write-baseline", "baseline.json",
      "models/dien-bien.xml", "models/absent.xml", "models",
    ]
    try await expectNothingWritten(arguments)
    let directory = try workspace()
    let result = try await CommandRunner.egovarch(arguments, in: directory.url)
    for note in [
      "egovarch: note: --output: not writing 'out.txt' because the run failed",
      "egovarch: note: --output sarif: not writing 'out.sarif' because the run failed",
      "egovarch: note: --output junit: not writing 'new.xml' because the run failed",
      "egovarch: note: --output codeclimate: not writing 'new.json' because the run failed",
      "egovarch: note: --write-baseline: not writing 'baseline.json' because the run failed",
    ] {
      #expect(result.standardError.contains(note), "\(result)")
    }
    #expect(result.standardError.contains("no such file or directory: 'models/absent.xml'"))
  }

  @Test func aMissingPathWithoutAPlainFileStillPrintsTheReportOfTheOthers() async throws {
    let directory = try workspace()
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "github", "--output", "sarif=new.sarif", "models/dien-bien.xml", "absent.xml"],
      in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.contains("::error file=models/dien-bien.xml"))
    #expect(!FileManager.default.fileExists(atPath: directory.url(of: "new.sarif").path))
  }

  @Test func aConfigurationErrorWritesNoFile() async throws {
    try await expectNothingWritten(
      ["validate", "-o", "out.txt", "--output", "sarif=out.sarif", "--output", "junit=new.xml", "models"],
      configuration: "severty:\n  roadmap/overdue: error\n")
  }

  @Test func aBadBaseDirectoryWritesNoFile() async throws {
    try await expectNothingWritten([
      "validate", "--base-dir", "nowhere", "--output", "sarif=out.sarif", "--output", "junit=new.xml", "models",
    ])
  }

  @Test func aFileThatCannotBeWrittenLeavesTheOthersUnwritten() async throws {
    let directory = try workspace()
    try directory.write("earlier sarif\n", to: "out.sarif")
    let before = try DirectorySnapshot(of: directory)
    let result = try await CommandRunner.egovarch(
      [
        "validate", "--output", "sarif=out.sarif", "--output", "junit=new.xml",
        "--output", "codeclimate=no/such/folder/quality.json", "models",
      ], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains("cannot write 'no/such/folder/quality.json'"), "\(result)")
    let after = try DirectorySnapshot(of: directory)
    #expect(after.added(since: before).isEmpty)
    #expect(after.changed(since: before).isEmpty)
  }

  @Test(arguments: [
    (["--output", "sarf=out.sarif"], "unknown format 'sarf'"),
    (["-o", "a.txt", "-o", "b.txt"], "one file for --format's report"),
    (["--output", "sarif=same.txt", "--output", "junit=./same.txt"], "are the same file"),
    (["--output", "sarif="], "no file after '='"),
    (["--output", "junit=models/dien-bien.xml"], "refusing to write over the model file"),
    (["--output", "sarif=b.json", "--write-baseline", "b.json"], "refusing to write over 'b.json'"),
  ])
  func outputsThatCannotBeAreRefusedBeforeAnythingIsWritten(options: [String], message: String) async throws {
    let directory = try workspace()
    let before = try DirectorySnapshot(of: directory)
    let result = try await CommandRunner.egovarch(["validate"] + options + ["models/dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardError.contains(message), "\(result)")
    #expect(result.standardOutput.isEmpty)
    #expect(try DirectorySnapshot(of: directory).added(since: before).isEmpty)
  }

  @Test func aFileWhoseNameLooksLikeAFormatIsWrittenWithADotSlash() async throws {
    let directory = try workspace()
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "-o", "./sarf=x.json", "models/dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(FileManager.default.fileExists(atPath: directory.url(of: "sarf=x.json").path))
  }
}
