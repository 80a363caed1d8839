import EgovarchTestSupport
import Foundation
import Testing

/// `egovarch rules`: the catalogue of rules, as text (in either language) or as Markdown.
@Suite struct RulesCommandTests {
  /// Rules every catalogue must list: those of the model, the graph and the document, and the
  /// framework, roadmap and indicator rules that the bundled models exercise.
  static let knownRules: Set<String> = [
    "xml/malformed", "xml/schema", "xml/doctype", "model/unresolved-reference", "model/duplicate-id",
    "graph/cycle", "graph/self-dependency", "roadmap/unknown-component",
    "framework/unknown-framework", "framework/unknown-kind", "framework/missing-component",
    "framework/missing-link", "framework/bypass-integration", "framework/national-unavailable",
    "roadmap/phase-sequence", "roadmap/unscheduled", "roadmap/dependency-later", "roadmap/dependency-unscheduled",
    "roadmap/overdue", "roadmap/status-conflict", "roadmap/foundation-late",
    "kpi/target-missed", "kpi/not-reported", "kpi/unsupported",
  ]

  /// The rule ids and severities of `egovarch rules` text output: its unindented lines,
  /// `id (severity)`.
  private func headings(_ result: CommandResult) -> [(id: String, severity: String)] {
    result.outputLines.filter { !$0.hasPrefix(" ") }.compactMap { line in
      guard let match = line.wholeMatch(of: #/([a-z]+/[a-z-]+) \((.+)\)/#) else { return nil }
      return (String(match.1), String(match.2))
    }
  }

  private func rules(_ arguments: [String], environment: [String: String] = [:]) async throws -> CommandResult {
    try await CommandRunner.egovarch(["rules"] + arguments, in: PackageRoot.url, environment: environment)
  }

  @Test func textListsEveryRuleOnce() async throws {
    let result = try await rules([])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty)
    let headings = headings(result)
    #expect(
      headings.count == result.outputLines.filter { !$0.hasPrefix(" ") }.count, "every block starts with id (severity)")
    let ids = headings.map(\.id)
    #expect(ids.count >= 20, "\(result)")
    #expect(Set(ids).count == ids.count, "a rule listed twice: \(ids)")
    #expect(ids == ids.sorted(), "rules are listed in id order")
    #expect(Self.knownRules.isSubset(of: Set(ids)), "missing: \(Self.knownRules.subtracting(ids).sorted())")
    let severities = Dictionary(uniqueKeysWithValues: headings.map { ($0.id, $0.severity) })
    #expect(severities["graph/cycle"] == "error")
    #expect(severities["framework/bypass-integration"] == "warning")
    #expect(severities["kpi/target-missed"] == "warning")
    #expect(severities["roadmap/foundation-late"] == "note")
    #expect(Set(severities.values).isSubset(of: ["error", "warning", "note"]))
  }

  @Test func everyBlockHasASummaryAndARationale() async throws {
    let result = try await rules([])
    let lines = result.outputLines
    var index = 0
    while index < lines.count {
      let heading = lines[index]
      #expect(!heading.hasPrefix(" "), "line \(index + 1) should start a rule: \(heading)")
      var body = 0
      index += 1
      while index < lines.count, lines[index].hasPrefix("  ") {
        #expect(lines[index].count > 10, "\(heading): \(lines[index])")
        body += 1
        index += 1
      }
      #expect(body >= 2, "\(heading) lacks a summary or a rationale")
    }
  }

  @Test func everyRuleThatTheBundledModelsTriggerIsListed() async throws {
    let catalogue = Set(headings(try await rules([])).map(\.id))
    var triggered: Set<String> = []
    for framework in ["1.0", "2.0"] {
      let result = try await CommandRunner.egovarch(
        ["validate", "--format", "json", "--framework", framework, "models"], in: PackageRoot.url)
      triggered.formUnion(try result.jsonReport().rules)
    }
    #expect(triggered.count >= 8, "\(triggered.sorted())")
    #expect(triggered.isSubset(of: catalogue), "not listed: \(triggered.subtracting(catalogue).sorted())")
  }

  @Test func vietnameseText() async throws {
    let english = headings(try await rules([]))
    let result = try await rules(["--lang", "vi"])
    #expect(result.exitStatus == 0, "\(result)")
    let vietnamese = headings(result)
    #expect(vietnamese.map(\.id) == english.map(\.id))
    #expect(Set(vietnamese.map(\.severity)).isSubset(of: ["lỗi", "cảnh báo", "ghi chú"]), "\(result)")
    #expect(result.standardOutput.contains("\n  hệ thống của tỉnh kết nối thẳng với hệ thống quốc gia"), "\(result)")
    let fromEnvironment = try await rules([], environment: ["LANG": "vi_VN.UTF-8"])
    #expect(fromEnvironment.standardOutput == result.standardOutput)
  }

  @Test func markdownListsTheSameRules() async throws {
    let ids = headings(try await rules([])).map(\.id)
    let result = try await rules(["--format", "markdown"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.hasPrefix("# egovarch rules\n"), "\(result)")
    let rows = result.outputLines.compactMap { line in
      line.firstMatch(of: #/^\| \[`([a-z]+/[a-z-]+)`\]\(#[a-z-]+\) \| (error|warning|note) \| .+ \|$/#).map {
        String($0.1)
      }
    }
    #expect(rows == ids, "\(result)")
    let sections = result.outputLines.filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
    #expect(sections == ids)
    // Markdown carries both languages whatever --lang says.
    let vietnamese = try await rules(["--format", "markdown", "--lang", "vi"])
    #expect(vietnamese.standardOutput == result.standardOutput)
  }

  @Test func markdownIsTheRulesDocument() async throws {
    let document = try String(
      contentsOf: PackageRoot.url.appendingPathComponent("docs/rules.md"), encoding: .utf8)
    let result = try await rules(["--format", "markdown"])
    #expect(result.standardOutput == document, "docs/rules.md is not what `egovarch rules --format markdown` prints")
  }

  @Test(arguments: [["--format", "json"], ["--format", "sarif"], ["--lang", "fr"], ["--no-such-option"], ["extra"]])
  func badOptionIsAUsageError(_ options: [String]) async throws {
    let result = try await rules(options)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(!result.standardError.isEmpty)
  }
}
