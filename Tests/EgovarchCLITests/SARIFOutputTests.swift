import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch validate --format sarif`: schema-valid SARIF 2.1.0 for every bundled model in both
/// languages and for broken inputs, with the findings, exit status and paths of the other formats.
///
/// Every SARIF log produced here, and every golden SARIF file of the kit tests, is validated
/// against the official schema by `SARIFSchemaValidator`.
@Suite struct SARIFOutputTests {
  /// Runs `validate --format sarif` with `options` in `directory`, checks the log against the
  /// schema and parses it.
  static func sarif(_ options: [String], in directory: URL) async throws -> (CommandResult, SARIFLog) {
    let result = try await CommandRunner.egovarch(["validate", "--format", "sarif"] + options, in: directory)
    try await SARIFSchemaValidator.validate(result.standardOutputBytes)
    return (result, try SARIFLog(result.standardOutputBytes))
  }

  /// Checks that `log` says what the JSON report `json` says, finding by finding.
  private func expectSameFindings(_ log: SARIFLog, _ json: JSONReport, _ result: CommandResult) {
    #expect(log.results.map(\.ruleID) == json.rules, "\(result)")
    #expect(log.results.map(\.level) == json.findings.map(\.severity))
    #expect(log.results.map(\.message) == json.findings.map(\.message))
    #expect(log.results.map(\.position) == json.findings.map(\.position))
    #expect(log.results.map(\.justification) == json.findings.map(\.suppressionReason))
    for finding in log.results {
      let ruleID = finding.ruleIndex.map { log.ruleIDs.indices.contains($0) ? log.ruleIDs[$0] : "out of range" }
      #expect(ruleID == finding.ruleID, "ruleIndex of \(finding.ruleID)")
    }
  }

  @Test(arguments: BundledModelCommandTests.expectations.map(\.name), ["en", "vi"])
  func bundledModel(_ name: String, language: String) async throws {
    let expectation = try #require(BundledModelCommandTests.expectations.first { $0.name == name })
    let options = ["--lang", language, "models/\(name)"]
    let (result, log) = try await Self.sarif(options, in: PackageRoot.url)
    let hasErrors = expectation.findings.contains { $0.contains(" error ") }
    #expect(result.exitStatus == (hasErrors ? 1 : 0), "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    let json = try await CommandRunner.egovarch(["validate", "--format", "json"] + options, in: PackageRoot.url)
    #expect(json.exitStatus == result.exitStatus)
    expectSameFindings(log, try json.jsonReport(), result)
    #expect(log.results.count == expectation.findings.count)
    #expect(log.version == "2.1.0")
    #expect(log.ruleIDs.count == 33 && log.ruleIDs == log.ruleIDs.sorted())
    #expect(log.columnKind == "unicodeCodePoints")
    #expect(log.sourceRoot == "file://\(PackageRoot.url.standardizedFileURL.path)/")
    #expect(log.results.allSatisfy { $0.uri == "models/\(name)" && $0.uriBaseID == "%SRCROOT%" })
    #expect(log.results.allSatisfy { $0.fingerprint.wholeMatch(of: /[0-9a-f]{16}:[1-9][0-9]*/) != nil })
  }

  @Test(arguments: CIFormatInput.all)
  func input(_ input: CIFormatInput) async throws {
    let directory = try TemporaryDirectory()
    try directory.write(input.content, to: input.path)
    let (result, log) = try await Self.sarif([input.path], in: directory.url)
    #expect(result.exitStatus == input.exitStatus, "\(result)")
    let json = try await input.validate(["--format", "json"], in: directory)
    let report = try json.jsonReport()
    expectSameFindings(log, report, result)
    #expect(log.results.allSatisfy { $0.uri == input.uri && $0.uriBaseID == "%SRCROOT%" }, "\(result)")
    #expect(!log.results.isEmpty || input.exitStatus == 0)
  }

  @Test func suppressedFindingIsAResultWithItsJustification() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "dien-bien.xml")
    let (result, log) = try await Self.sarif(["dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    let suppressed = log.results.filter { $0.justification != nil }
    #expect(suppressed.map(\.ruleID) == ["roadmap/dependency-later"], "\(result)")
    #expect(
      suppressed.first?.justification == "LGSP runs on the telecom operator's cloud until the data centre is built")
    #expect(log.results.count == 4)
  }

  @Test func wholeModelsDirectory() async throws {
    let (result, log) = try await Self.sarif(["models"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    var expected: [String] = []
    for expectation in BundledModelCommandTests.expectations {
      expected += expectation.findings.map { "models/\(expectation.name) \($0)" }
    }
    #expect(log.results.map { "\($0.uri) \($0.position) \($0.level) \($0.ruleID)" } == expected)
  }

  @Test func filesOutsideTheWorkingDirectoryGetAbsoluteURIs() async throws {
    let workspace = try TemporaryDirectory()
    let elsewhere = try TemporaryDirectory()
    let model = try elsewhere.write(FormatExample.text, to: "model.xml")
    let relative = "../\(elsewhere.url.lastPathComponent)/model.xml"
    for path in [model.path, relative] {
      let (result, log) = try await Self.sarif([path], in: workspace.url)
      #expect(result.exitStatus == 1, "\(result)")
      #expect(log.results.count == 4, "\(result)")
      #expect(log.results.allSatisfy { $0.uri == "file://\(model.standardizedFileURL.path)" && $0.uriBaseID == nil })
      #expect(log.sourceRoot == "file://\(workspace.url.standardizedFileURL.path)/")
    }
  }

  @Test func missingFileExitsWithStatus2AndPrintsNothing() async throws {
    let directory = try TemporaryDirectory()
    let result = try await CommandRunner.egovarch(["validate", "--format", "sarif", "absent.xml"], in: directory.url)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty)
  }

  @Test func kitGoldenFilesFollowTheSchema() async throws {
    let folder = PackageRoot.url.appendingPathComponent("Tests/EgovarchKitTests/Fixtures/Golden")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sarif") }
    #expect(names.count >= 4, "the kit tests' golden SARIF files are missing: \(names)")
    for name in names.sorted() {
      let document = try Data(contentsOf: folder.appendingPathComponent(name))
      await #expect(throws: Never.self, "\(name)") { try await SARIFSchemaValidator.validate(document) }
    }
  }
}
