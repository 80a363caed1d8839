import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch validate --format github`: a workflow command per unsuppressed finding, with the
/// findings of the JSON format, then the text format's summary line.
@Suite struct GitHubOutputTests {
  /// The command GitHub gives a severity.
  static let commands = ["error": "error", "warning": "warning", "note": "notice"]

  /// Checks that the output of `result` is a command per unsuppressed finding of `report`, then
  /// the summary line of `text`.
  private func expectCommands(_ result: CommandResult, match report: JSONReport, text: CommandResult, file: String) {
    let lines = result.outputLines
    let findings = report.findings.filter { !$0.suppressed }
    #expect(lines.count == findings.count + 1, "\(result)")
    let commands = lines.dropLast().map { GitHubCommand($0) }
    #expect(commands.allSatisfy { $0 != nil }, "\(result)")
    #expect(commands.map { $0?.command } == findings.map { Self.commands[$0.severity] })
    #expect(commands.map { $0?.title } == findings.map(\.rule))
    #expect(commands.map { $0?.message } == findings.map(\.message))
    #expect(commands.map { $0.map { "\($0.line):\($0.column)" } } == findings.map(\.position))
    #expect(commands.allSatisfy { $0?.file == file }, "\(result)")
    #expect(lines.last == text.outputLines.last, "\(result)")
    #expect(lines.last.map { GitHubCommand($0) == nil && !$0.hasPrefix("::") } == true)
  }

  @Test(arguments: BundledModelCommandTests.expectations.map(\.name), ["en", "vi"])
  func bundledModel(_ name: String, language: String) async throws {
    let expectation = try #require(BundledModelCommandTests.expectations.first { $0.name == name })
    let options = ["--lang", language, "models/\(name)"]
    let run = { (format: String) in
      try await CommandRunner.egovarch(["validate", "--format", format] + options, in: PackageRoot.url)
    }
    let result = try await run("github")
    let hasErrors = expectation.findings.contains { $0.contains(" error ") }
    #expect(result.exitStatus == (hasErrors ? 1 : 0), "\(result)")
    #expect(result.standardError.isEmpty)
    let text = try await run("text")
    expectCommands(result, match: try await run("json").jsonReport(), text: text, file: "models/\(name)")
    if language == "en" { #expect(result.outputLines.last == expectation.summary) }
  }

  @Test(arguments: CIFormatInput.all)
  func input(_ input: CIFormatInput) async throws {
    let directory = try TemporaryDirectory()
    let result = try await input.validate(["--format", "github"], in: directory)
    #expect(result.exitStatus == input.exitStatus, "\(result)")
    let report = try await input.validate(["--format", "json"], in: directory).jsonReport()
    let text = try await input.validate([], in: directory)
    expectCommands(result, match: report, text: text, file: input.path)
  }

  @Test func suppressedFindingIsLeftOutAndCounted() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(FormatExample.text, to: "dien-bien.xml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "github", "dien-bien.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(
      result.outputLines.map { String($0.split(separator: ",").first ?? "") } == [
        "::error file=dien-bien.xml", "::warning file=dien-bien.xml", "::notice file=dien-bien.xml",
        "1 error",
      ])
    #expect(!result.standardOutput.contains("roadmap/dependency-later"))
    #expect(result.outputLines.last == "1 error, 1 warning, 1 note in 1 file (1 suppressed)")
  }
}
