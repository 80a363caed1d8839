import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch validate --format github`: a workflow command per unsuppressed finding, the most
/// severe first and at most ten of each kind, with the findings of the JSON format, then the
/// text format's summary line.
@Suite struct GitHubOutputTests {
  /// The command GitHub gives a severity.
  static let commands = ["error": "error", "warning": "warning", "note": "notice"]

  /// Checks that the output of `result` is a command per unsuppressed finding of `report`, the
  /// most severe first and at most ten of each kind (nine notes when some are left out, then a
  /// notice about them), then the summary line of `text`.
  private func expectCommands(_ result: CommandResult, match report: JSONReport, text: CommandResult, file: String) {
    let lines = result.outputLines
    // The most severe first (errors, warnings, notes), each in the report's order.
    let unsuppressed = report.findings.filter { !$0.suppressed }
    let bySeverity = ["error", "warning", "note"].map { severity in unsuppressed.filter { $0.severity == severity } }
    let overflows = bySeverity.contains { $0.count > 10 }
    let findings = bySeverity.enumerated().flatMap { index, group in group.prefix(index == 2 && overflows ? 9 : 10) }
    let left = unsuppressed.count - findings.count
    #expect(lines.count == findings.count + (left > 0 ? 2 : 1), "\(result)")
    var commands = lines.dropLast().map { GitHubCommand($0) }
    #expect(commands.allSatisfy { $0 != nil }, "\(result)")
    if left > 0 {
      let notice = commands.removeLast()
      #expect(notice?.command == "notice" && notice?.title == "egovarch" && notice?.file == nil)
      #expect(notice?.message.contains("\(left) ") == true, "\(notice?.message ?? "")")
    }
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

  /// A model with 12 unresolved references (errors), 12 self-dependencies (made warnings) and 12
  /// two-component cycles (made notes) by its `.egovarch.yml`.
  static let crowded = ModelSource.components(count: 60) { index in
    switch index {
    case 0..<12: ["ghost-\(index)"]
    case 12..<24: ["c\(index)"]
    case 24..<48: [index % 2 == 0 ? "c\(index + 1)" : "c\(index - 1)"]
    default: []
    }
  }

  @Test func moreThanTenOfEachKindShowTenAndOneNoticeAboutTheRest() async throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.crowded, to: "models/crowded.xml")
    try directory.write("severity:\n  graph/self-dependency: warning\n  graph/cycle: note\n", to: ".egovarch.yml")
    let result = try await CommandRunner.egovarch(
      ["validate", "--format", "github", "models/crowded.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    let report = try await CommandRunner.egovarch(
      ["validate", "--format", "json", "models/crowded.xml"], in: directory.url
    ).jsonReport()
    let total = { (severity: String) in report.findings.count { $0.severity == severity } }
    try #require(total("error") > 10 && total("warning") > 10 && total("note") > 10, "\(report.summary)")
    let commands = result.outputLines.dropLast().map { GitHubCommand($0) }
    #expect(commands.allSatisfy { $0 != nil }, "\(result)")
    let kinds = commands.map { $0?.command ?? "" }
    #expect(
      kinds == Array(repeating: "error", count: 10) + Array(repeating: "warning", count: 10)
        + Array(repeating: "notice", count: 10))
    // The first errors and warnings of the report, in its order; the first nine notes.
    let first = { (severity: String, count: Int) in
      report.findings.filter { $0.severity == severity }.prefix(count).map(\.position)
    }
    #expect(commands.prefix(10).map { $0.map { "\($0.line):\($0.column)" } } == first("error", 10))
    #expect(commands.dropFirst(10).prefix(10).map { $0.map { "\($0.line):\($0.column)" } } == first("warning", 10))
    #expect(commands.dropFirst(20).prefix(9).map { $0.map { "\($0.line):\($0.column)" } } == first("note", 9))
    let notice = try #require(commands.last ?? nil)
    #expect(notice.file == nil && notice.title == "egovarch")
    let left = (total("error") - 10, total("warning") - 10, total("note") - 9)
    #expect(
      notice.message.hasPrefix(
        "\(left.0 + left.1 + left.2) more findings are not shown as annotations (\(left.0) error\(left.0 == 1 ? "" : "s"), "
          + "\(left.1) warning\(left.1 == 1 ? "" : "s"), \(left.2) note\(left.2 == 1 ? "" : "s")): "),
      "\(notice.message)")
    #expect(
      result.outputLines.last
        == "\(total("error")) errors, \(total("warning")) warnings, \(total("note")) notes in 1 file")
  }
}
