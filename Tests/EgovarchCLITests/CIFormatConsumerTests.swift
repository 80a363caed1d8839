import EgovarchTestSupport
import Foundation
import Testing

/// `--format codeclimate`, `checkstyle` and `azure`, read as their consumers read them: the
/// Code Quality report against GitLab's documented shape, the Checkstyle XML by `xmllint` and
/// its structure, the Azure commands by a parser that follows the agent's rules; each agrees
/// with the findings of `--format json`.
@Suite struct CIFormatConsumerTests {
  /// The inputs: the CI formats' inputs, written in a fresh directory, and the bundled models.
  static let inputs = CIFormatInput.all.map(\.name) + BundledModelCommandTests.expectations.map(\.name)

  /// Runs `validate --format FORMAT` for each format of `formats` and `json` on the input named
  /// `name`, and returns the outputs, the JSON report and the path the formats name the file by.
  private func run(_ name: String, formats: [String]) async throws -> (
    outputs: [String: CommandResult], report: JSONReport, path: String
  ) {
    var outputs: [String: CommandResult] = [:]
    if let input = CIFormatInput.all.first(where: { $0.name == name }) {
      let directory = try TemporaryDirectory()
      for format in formats + ["json"] {
        outputs[format] = try await input.validate(["--format", format], in: directory)
      }
      return (outputs, try outputs["json"]!.jsonReport(), input.path)
    }
    for format in formats + ["json"] {
      outputs[format] = try await CommandRunner.egovarch(
        ["validate", "--no-config", "--format", format, "models/\(name)"], in: PackageRoot.url)
    }
    return (outputs, try outputs["json"]!.jsonReport(), "models/\(name)")
  }

  @Test(arguments: inputs)
  func codeQualityReportAsGitLabDocumentsIt(_ name: String) async throws {
    let (outputs, report, path) = try await run(name, formats: ["codeclimate"])
    let result = try #require(outputs["codeclimate"])
    try await CodeQualitySchema.validate(result.standardOutputBytes)
    let issues = try #require(
      try JSONSerialization.jsonObject(with: result.standardOutputBytes) as? [[String: Any]], "\(result)")
    let findings = report.findings.filter { !$0.suppressed }
    #expect(issues.count == findings.count, "\(result)")
    let severities = ["error": "major", "warning": "minor", "note": "info"]
    for (issue, finding) in zip(issues, findings) {
      #expect(issue["check_name"] as? String == finding.rule)
      #expect(issue["description"] as? String == finding.message)
      #expect(issue["severity"] as? String == severities[finding.severity])
      let location = issue["location"] as? [String: Any]
      #expect(location?["path"] as? String == path)
      #expect((location?["lines"] as? [String: Any])?["begin"] as? Int == max(1, finding.line))
    }
  }

  @Test(arguments: inputs)
  func checkstyleWellFormedWithAFilePerModelAndAnErrorPerFinding(_ name: String) async throws {
    let (outputs, report, path) = try await run(name, formats: ["checkstyle"])
    let document = try #require(outputs["checkstyle"]).standardOutputBytes
    try await XMLLint.checkWellFormed(document)
    let value = { (expression: String) in try await XMLLint.evaluate(expression, in: document) }
    let findings = report.findings.filter { !$0.suppressed }
    #expect(try await value("name(/*)") == "checkstyle")
    #expect(try await value("string(/checkstyle/@version)") == "4.3")
    #expect(try await value("count(/checkstyle/file)") == "1")
    #expect(try await value("count(/checkstyle/*[name() != 'file'])") == "0")
    #expect(try await value("count(/checkstyle/file/*[name() != 'error'])") == "0")
    #expect(try await value("string(/checkstyle/file/@name)") == path)
    #expect(try await value("count(/checkstyle/file/error)") == "\(findings.count)")
    // Every error has the five attributes, a position and a Checkstyle severity.
    for attribute in ["line", "column", "severity", "message", "source"] {
      #expect(try await value("count(//error[not(@\(attribute))])") == "0", "\(attribute)")
    }
    #expect(
      try await value("count(//error[not(@severity = 'error' or @severity = 'warning' or @severity = 'info')])") == "0")
    let severities = ["error": "error", "warning": "warning", "note": "info"]
    for (index, finding) in findings.sorted(by: { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) })
      .enumerated().prefix(5)
    {
      let error = "/checkstyle/file/error[\(index + 1)]"
      #expect(try await value("string(\(error)/@line)") == "\(max(1, finding.line))")
      #expect(try await value("string(\(error)/@column)") == "\(max(1, finding.column))")
      #expect(try await value("string(\(error)/@source)") == "egovarch.\(finding.rule)")
      #expect(try await value("string(\(error)/@severity)") == severities[finding.severity])
    }
  }

  @Test(arguments: inputs)
  func azureCommandsReadBackAsTheAgentReadsThem(_ name: String) async throws {
    let (outputs, report, path) = try await run(name, formats: ["azure", "text"])
    let result = try #require(outputs["azure"])
    let lines = result.outputLines
    let findings = report.findings.filter { !$0.suppressed }
    #expect(lines.count == findings.count + 1, "\(result)")
    #expect(lines.last == outputs["text"]?.outputLines.last)
    #expect(lines.last.map { AzureLoggingCommand($0) == nil } == true)
    for (line, finding) in zip(lines, findings) {
      let command = try #require(AzureLoggingCommand(line), "\(line)")
      #expect(line.hasPrefix("##vso[task.logissue "))
      #expect(command.name == "task.logissue")
      #expect(command.properties["type"] == (finding.severity == "error" ? "error" : "warning"))
      #expect(command.properties["sourcepath"] == path)
      #expect(command.properties["linenumber"] == "\(max(1, finding.line))")
      #expect(command.properties["columnnumber"] == "\(max(1, finding.column))")
      #expect(command.properties["code"] == finding.rule)
      #expect(command.properties.count == 5)
      #expect(command.message == (finding.severity == "note" ? "note: " : "") + finding.message)
    }
  }
}
