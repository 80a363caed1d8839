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

  /// The blocks of `egovarch rules` text output: each heading with its indented lines.
  private func blocks(_ result: CommandResult) -> [(heading: String, body: [String])] {
    var blocks: [(heading: String, body: [String])] = []
    for line in result.outputLines {
      if line.hasPrefix("  "), !blocks.isEmpty {
        blocks[blocks.count - 1].body.append(line)
      } else {
        blocks.append((line, []))
      }
    }
    return blocks
  }

  @Test func everyBlockHasASummaryARationaleDetailsAndExamples() async throws {
    let result = try await rules([])
    for block in blocks(result) {
      #expect(!block.heading.hasPrefix(" "), "\(block.heading) should start a rule")
      #expect(block.body.count >= 2, "\(block.heading) lacks a summary or a rationale")
      for line in block.body.prefix(2) {
        #expect(line.count > 10 && !line.hasPrefix("   "), "\(block.heading): \(line)")
      }
      // Labels are indented by two spaces, what they label (details, examples) by four.
      let labels = block.body.filter { !$0.hasPrefix("   ") }.dropFirst(2).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      #expect(labels.contains("details:"), "\(block.heading) has no details")
      #expect(
        labels.contains("triggering example 1 (↓ marks where a finding points):"),
        "\(block.heading) has no triggering example")
      #expect(labels.contains("non-triggering example 1:"), "\(block.heading) has no non-triggering example")
      #expect(block.body.contains { $0.hasPrefix("    ") && $0.contains("↓") }, "\(block.heading) shows no marker")
    }
  }

  @Test func textShowsEveryExample() async throws {
    let result = try await rules([])
    let cycle = try #require(blocks(result).first { $0.heading == "graph/cycle (error)" })
    #expect(cycle.body.contains("  triggering example 2 (↓ marks where a finding points):"), "\(cycle.body)")
    #expect(cycle.body.contains("    <components>"))
    #expect(
      cycle.body.contains("      ↓<component id=\"c\" kind=\"soc\" name=\"C\"><dependsOn ref=\"d\"/></component>"))
    #expect(cycle.body.contains("  non-triggering example 1:"))
    #expect(cycle.body.contains { $0.contains("One finding per elementary cycle") }, "\(cycle.body)")
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
    for block in blocks(result) {
      #expect(block.body.contains("  chi tiết:"), "\(block.heading)")
      #expect(block.body.contains("  ví dụ vi phạm 1 (↓ đánh dấu vị trí phát hiện chỉ tới):"), "\(block.heading)")
      #expect(block.body.contains("  ví dụ không vi phạm 1:"), "\(block.heading)")
    }
    #expect(result.standardOutput.contains("\n    Đồ thị gồm các thành phần của mô hình"), "\(result)")
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
