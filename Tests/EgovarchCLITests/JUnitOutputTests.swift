import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch validate --format junit`: well-formed JUnit XML (checked with `xmllint`) whose
/// counts agree with the findings, for every bundled model in both languages and broken inputs.
@Suite struct JUnitOutputTests {
  /// Runs `validate --format junit` with `options` in `directory` and checks that the output is
  /// well-formed and its counts consistent.
  private func junit(_ options: [String], in directory: URL) async throws -> (CommandResult, JUnitCounts) {
    let result = try await CommandRunner.egovarch(["validate", "--format", "junit"] + options, in: directory)
    try await XMLLint.checkWellFormed(result.standardOutputBytes)
    let counts = try await JUnitCounts(result.standardOutputBytes)
    #expect(counts.isConsistent, "\(counts)\n\(result)")
    return (result, counts)
  }

  /// The counts `report` must give for one file.
  private func expectCounts(_ counts: JUnitCounts, match report: JSONReport, _ result: CommandResult) {
    let suppressed = report.findings.count { $0.suppressed }
    #expect(counts.suites == 1, "\(result)")
    #expect(counts.testCases == max(1, report.findings.count), "\(counts)")
    #expect(counts.failures == report.findings.count - suppressed, "\(counts)")
    #expect(counts.skipped == suppressed, "\(counts)")
  }

  @Test(arguments: BundledModelCommandTests.expectations.map(\.name), ["en", "vi"])
  func bundledModel(_ name: String, language: String) async throws {
    let expectation = try #require(BundledModelCommandTests.expectations.first { $0.name == name })
    let options = ["--lang", language, "models/\(name)"]
    let (result, counts) = try await junit(options, in: PackageRoot.url)
    let hasErrors = expectation.findings.contains { $0.contains(" error ") }
    #expect(result.exitStatus == (hasErrors ? 1 : 0), "\(result)")
    #expect(result.standardError.isEmpty)
    let json = try await CommandRunner.egovarch(["validate", "--format", "json"] + options, in: PackageRoot.url)
    let report = try json.jsonReport()
    expectCounts(counts, match: report, result)
    #expect(counts.failures == expectation.findings.count)
    let document = result.standardOutputBytes
    #expect(try await XMLLint.evaluate("string(/testsuites/testsuite/@name)", in: document) == "models/\(name)")
    let firstCase = try await XMLLint.evaluate("string(//testcase[1]/@name)", in: document)
    if let first = report.findings.first {
      #expect(firstCase == "\(first.rule) at \(first.position)")
      let message = try await XMLLint.evaluate("string(//testcase[1]/failure/@message)", in: document)
      #expect(message == first.message)
      #expect(try await XMLLint.evaluate("string(//testcase[1]/failure/@type)", in: document) == first.rule)
    } else {
      #expect(firstCase == "no findings")
    }
  }

  @Test(arguments: CIFormatInput.all)
  func input(_ input: CIFormatInput) async throws {
    let directory = try TemporaryDirectory()
    try directory.write(input.content, to: input.path)
    let (result, counts) = try await junit([input.path], in: directory.url)
    #expect(result.exitStatus == input.exitStatus, "\(result)")
    let report = try await input.validate(["--format", "json"], in: directory).jsonReport()
    expectCounts(counts, match: report, result)
    let document = result.standardOutputBytes
    #expect(try await XMLLint.evaluate("string(/testsuites/testsuite/@name)", in: document) == input.path)
    #expect(try await XMLLint.evaluate("string(//testcase[1]/@classname)", in: document) == input.path)
  }

  @Test func suppressedFindingIsSkippedWithItsReason() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "dien-bien.xml")
    let (result, counts) = try await junit(["dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(counts.skipped == 1 && counts.failures == 3, "\(counts)")
    let document = result.standardOutputBytes
    #expect(
      try await XMLLint.evaluate("string(//testcase[skipped]/@name)", in: document)
        == "roadmap/dependency-later at 26:7")
    #expect(
      try await XMLLint.evaluate("string(//skipped/@message)", in: document)
        == "LGSP runs on the telecom operator's cloud until the data centre is built")
  }

  @Test func wholeModelsDirectoryHasASuitePerFile() async throws {
    let (result, counts) = try await junit(["models"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    let expectations = BundledModelCommandTests.expectations
    #expect(counts.suites == expectations.count)
    #expect(counts.failures == expectations.map(\.findings.count).reduce(0, +))
    #expect(counts.testCases == expectations.map { max(1, $0.findings.count) }.reduce(0, +))
    for (index, expectation) in expectations.enumerated() {
      let suite = "/testsuites/testsuite[\(index + 1)]"
      let document = result.standardOutputBytes
      #expect(try await XMLLint.evaluate("string(\(suite)/@name)", in: document) == "models/\(expectation.name)")
      #expect(
        try await XMLLint.evaluate("string(\(suite)/@failures)", in: document) == "\(expectation.findings.count)")
    }
  }
}
