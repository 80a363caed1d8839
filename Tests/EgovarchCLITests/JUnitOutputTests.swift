import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch validate --format junit`: JUnit XML valid against Ant's and Jenkins' schemas
/// (checked with `xmllint --schema`), read back by `junitparser`, whose counts agree with the
/// findings and `--fail-on`, whose test names carry no line and are unique in each file, for
/// every bundled model in both languages and broken inputs.
@Suite struct JUnitOutputTests {
  /// Runs `validate --format junit` with `options` in `directory`, checks the output against
  /// both schemas and with junitparser, and checks that its counts are consistent.
  private func junit(_ options: [String], in directory: URL) async throws -> (
    CommandResult, JUnitCounts, [JUnitParser.Suite]
  ) {
    let result = try await CommandRunner.egovarch(["validate", "--format", "junit"] + options, in: directory)
    try await XMLLint.checkWellFormed(result.standardOutputBytes)
    try await JUnitSchemas.validate(result.standardOutputBytes)
    let counts = try await JUnitCounts(result.standardOutputBytes)
    #expect(counts.isConsistent, "\(counts)\n\(result)")
    let suites = try await JUnitParser.read(result.standardOutputBytes)
    #expect(suites.count == counts.suites)
    for suite in suites {
      // GitLab keeps one test case per name (and class name): every name is unique.
      #expect(Set(suite.cases.map(\.name)).count == suite.cases.count, "\(suite.name)")
      #expect(suite.cases.allSatisfy { $0.classname == suite.name })
      #expect(suite.tests == suite.cases.count && suite.errors == 0)
      #expect(suite.failures == suite.cases.count { $0.result == "failure" })
      #expect(suite.skipped == suite.cases.count { $0.result == "skipped" })
    }
    return (result, counts, suites)
  }

  /// The name a finding's test case has before any occurrence number: rule, component and
  /// related ids.
  private func testName(_ finding: JSONFinding) -> String {
    var name = finding.rule
    if let component = finding.component { name += " " + component }
    if !finding.related.isEmpty { name += " (" + finding.related.joined(separator: ", ") + ")" }
    return name
  }

  /// The counts `report` must give for one file with `--fail-on` at `threshold`.
  private func expectCounts(
    _ counts: JUnitCounts, match report: JSONReport, failOn threshold: [String] = ["error"], _ result: CommandResult
  ) {
    let failing = report.findings.count { !$0.suppressed && threshold.contains($0.severity) }
    #expect(counts.suites == 1, "\(result)")
    #expect(counts.testCases == max(1, report.findings.count), "\(counts)")
    #expect(counts.failures == failing, "\(counts)")
    #expect(counts.skipped == report.findings.count - failing, "\(counts)")
  }

  @Test(arguments: BundledModelCommandTests.expectations.map(\.name), ["en", "vi"])
  func bundledModel(_ name: String, language: String) async throws {
    let expectation = try #require(BundledModelCommandTests.expectations.first { $0.name == name })
    let options = ["--lang", language, "models/\(name)"]
    let (result, counts, suites) = try await junit(options, in: PackageRoot.url)
    let hasErrors = expectation.findings.contains { $0.contains(" error ") }
    #expect(result.exitStatus == (hasErrors ? 1 : 0), "\(result)")
    #expect(result.standardError.isEmpty)
    let json = try await CommandRunner.egovarch(["validate", "--format", "json"] + options, in: PackageRoot.url)
    let report = try json.jsonReport()
    expectCounts(counts, match: report, result)
    #expect(counts.failures == expectation.findings.count { $0.contains(" error ") })
    let suite = try #require(suites.first)
    #expect(suite.name == "models/\(name)")
    if report.findings.isEmpty {
      #expect(suite.cases.map(\.name) == ["no findings"] && suite.cases[0].result == nil)
      return
    }
    for (finding, testCase) in zip(report.findings, suite.cases) {
      #expect(testCase.name.hasPrefix(testName(finding)), "\(testCase.name)")
      #expect(!testCase.name.contains(finding.position), "a name never holds the line: \(testCase.name)")
      if finding.severity == "error" {
        #expect(testCase.result == "failure" && testCase.message == finding.message)
        #expect(testCase.text?.hasPrefix("models/\(name):\(finding.position): ") == true)
      } else {
        #expect(testCase.result == "skipped")
        // The reason comes first in the text, which GitLab shows.
        let reason = language == "en" ? "not a failure: " : "không tính là lỗi: "
        #expect(testCase.text?.hasPrefix(reason) == true && testCase.message?.hasPrefix(reason) == true)
        #expect(testCase.text?.contains("\nmodels/\(name):\(finding.position): ") == true)
      }
    }
  }

  @Test(arguments: CIFormatInput.all)
  func input(_ input: CIFormatInput) async throws {
    let directory = try TemporaryDirectory()
    try directory.write(input.content, to: input.path)
    let (result, counts, suites) = try await junit([input.path], in: directory.url)
    #expect(result.exitStatus == input.exitStatus, "\(result)")
    let report = try await input.validate(["--format", "json"], in: directory).jsonReport()
    expectCounts(counts, match: report, result)
    #expect(suites.map(\.name) == [input.path])
    #expect(suites.first?.cases.allSatisfy { $0.classname == input.path } == true)
  }

  @Test func failOnDecidesWhatFailsAndAGreenRunShowsNoFailedTest() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "dien-bien.xml")
    let json = try await CommandRunner.egovarch(["validate", "--format", "json", "dien-bien.xml"], in: directory.url)
    let report = try json.jsonReport()
    for (threshold, severities, status): (String, [String], Int32) in [
      ("never", [String](), 0), ("error", ["error"], 1), ("warning", ["error", "warning"], 1),
      ("note", ["error", "warning", "note"], 1),
    ] {
      let (result, counts, _) = try await junit(["--fail-on", threshold, "dien-bien.xml"], in: directory.url)
      #expect(result.exitStatus == status, "\(threshold): \(result)")
      expectCounts(counts, match: report, failOn: severities, result)
      #expect((counts.failures == 0) == (result.exitStatus == 0), "\(threshold)")
      let property = try await XMLLint.evaluate(
        "string(//property[@name='fail-on']/@value)", in: result.standardOutputBytes)
      #expect(property == threshold)
    }
  }

  @Test func suppressedFindingIsSkippedWithItsReason() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "dien-bien.xml")
    let (result, counts, suites) = try await junit(["dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(counts.skipped == 3 && counts.failures == 1, "\(counts)")
    let reason = "LGSP runs on the telecom operator's cloud until the data centre is built"
    let suppressed = try #require(suites.first?.cases.first { $0.message == reason })
    #expect(suppressed.name == "roadmap/dependency-later lgsp (data-centre)")
    #expect(suppressed.result == "skipped")
    #expect(suppressed.text?.hasPrefix("suppressed: \(reason)\ndien-bien.xml:26:7: warning: ") == true)
  }

  @Test func namesStayWhenLinesShift() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "dien-bien.xml")
    let (_, _, before) = try await junit(["dien-bien.xml"], in: directory.url)
    // Three blank lines after the XML declaration move every element down.
    let shifted = FormatExample.text.replacing("?>\n", with: "?>\n\n\n\n", maxReplacements: 1)
    try directory.write(shifted, to: "dien-bien.xml")
    let (_, _, after) = try await junit(["dien-bien.xml"], in: directory.url)
    #expect(before.first?.cases.map(\.name) == after.first?.cases.map(\.name))
    #expect(before.first?.cases.map(\.text) != after.first?.cases.map(\.text))
  }

  @Test func wholeModelsDirectoryHasASuitePerFile() async throws {
    let (result, counts, suites) = try await junit(["models"], in: PackageRoot.url)
    #expect(result.exitStatus == 1, "\(result)")
    let expectations = BundledModelCommandTests.expectations
    #expect(counts.suites == expectations.count)
    #expect(counts.failures == expectations.map { $0.findings.count { $0.contains(" error ") } }.reduce(0, +))
    #expect(counts.testCases == expectations.map { max(1, $0.findings.count) }.reduce(0, +))
    #expect(suites.map(\.name) == expectations.map { "models/\($0.name)" })
    let document = result.standardOutputBytes
    for (index, expectation) in expectations.enumerated() {
      let suite = "/testsuites/testsuite[\(index + 1)]"
      #expect(try await XMLLint.evaluate("string(\(suite)/@id)", in: document) == "\(index)")
      #expect(
        try await XMLLint.evaluate("string(\(suite)/@failures)", in: document)
          == "\(expectation.findings.count { $0.contains(" error ") })")
    }
  }

  @Test func timestampIsTheDateTheFindingsAreJudgedAsOf() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "a-dien-bien.xml")
    try directory.write("<architecture", to: "b-broken.xml")
    let asOf = try #require(FormatExample.text.firstMatch(of: /asOf="([0-9-]+)"/)?.1)
    for (options, date) in [([String](), String(asOf)), (["--as-of", "2030-01-02"], "2030-01-02")] {
      let result = try await CommandRunner.egovarch(
        ["validate", "--format", "junit"] + options + ["a-dien-bien.xml", "b-broken.xml"], in: directory.url)
      try await JUnitSchemas.validate(result.standardOutputBytes)
      // The broken file, which has no date of its own, takes the run's.
      for suite in 1...2 {
        #expect(
          try await XMLLint.evaluate(
            "string(/testsuites/testsuite[\(suite)]/@timestamp)", in: result.standardOutputBytes)
            == "\(date)T00:00:00")
      }
    }
  }

  @Test func sameFindingsGiveTheSameBytes() async throws {
    let first = try await CommandRunner.egovarch(["validate", "--format", "junit", "models"], in: PackageRoot.url)
    let second = try await CommandRunner.egovarch(
      ["validate", "--format", "junit", "--jobs", "1", "models"], in: PackageRoot.url)
    #expect(first.standardOutputBytes == second.standardOutputBytes)
    #expect(first.standardOutput.contains(#"hostname="localhost""#))
  }
}
