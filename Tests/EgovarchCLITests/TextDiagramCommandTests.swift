import EgovarchTestSupport
import Foundation
import Testing

/// `roadmap` and `graph` with `--format mermaid` and `--format plantuml`, and the Markdown gap
/// report's Mermaid chart: text written by egovarch itself, on standard output or to `-o`,
/// with no Graphviz involved.
@Suite struct TextDiagramCommandTests {
  private func run(_ arguments: [String], in directory: URL = PackageRoot.url) async throws -> CommandResult {
    try await CommandRunner.egovarch(arguments, in: directory)
  }

  @Test(arguments: [
    (["roadmap", "--format", "mermaid"], "%%{init: {\"gantt\": "),
    (["roadmap", "--format", "plantuml"], "@startgantt\n"),
    (["graph", "--format", "mermaid"], "%%{init: {\"flowchart\": "),
    (["graph", "--format", "plantuml"], "@startuml\n"),
  ])
  func printsTheText(arguments: [String], start: String) async throws {
    let result = try await run(arguments + ["models/lai-chau-2.0-draft.xml", "--lang", "vi"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    #expect(result.standardOutput.hasPrefix(start), "\(result)")
    #expect(result.standardOutput.contains("Lai Châu"), "\(result)")
  }

  @Test func roadmapMarksTheOverdueTasksAndTakesTheTitle() async throws {
    let result = try await run([
      "roadmap", "--format", "mermaid", "models/lai-chau-2.0-draft.xml", "--title", "Lộ trình: \"A\"",
    ])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.outputLines.contains("  title Lộ trình#58; #34;A#34;"), "\(result)")
    #expect(result.outputLines.filter { $0.contains("⚠ overdue :crit, ") }.count == 4, "\(result)")
    let later = try await run([
      "roadmap", "--format", "plantuml", "models/lai-chau-2.0-draft.xml", "--as-of", "2016-06-30",
    ])
    #expect(later.exitStatus == 0, "\(later)")
    #expect(!later.standardOutput.contains("⚠ overdue"), "nothing is overdue in 2016: \(later)")
    #expect(later.standardOutput.contains("Project starts 2016-06-30\n"), "\(later)")
  }

  @Test func graphFiltersLayers() async throws {
    let result = try await run([
      "graph", "--format", "plantuml", "models/dien-bien-1.0.xml", "--layer", "infrastructure",
    ])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.contains("(data&#45;centre)"), "\(result)")
    #expect(!result.standardOutput.contains("(lgsp)"), "\(result)")
  }

  @Test func writesTheOutputFile() async throws {
    let folder = try TemporaryDirectory()
    let model = PackageRoot.modelsFolder.appendingPathComponent("son-la-2025-plan.xml").path
    let result = try await run(["graph", model, "--format", "mermaid", "-o", "graph.mmd"], in: folder.url)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    let text = String(decoding: try Data(contentsOf: folder.url(of: "graph.mmd")), as: UTF8.self)
    #expect(text.contains("flowchart TB\n"))
    let refused = try await run(["roadmap", model, "--format", "plantuml", "-o", model], in: folder.url)
    #expect(refused.exitStatus == 2, "\(refused)")
    #expect(refused.standardError.contains("refusing to write the diagram over the model file"), "\(refused)")
  }

  @Test func markdownGapReportEmbedsTheRoadmap() async throws {
    let result = try await run(["gaps", "--format", "markdown", "models/dien-bien-1.0.xml"])
    #expect(result.exitStatus == 0, "\(result)")
    let lines = result.outputLines
    let start = try #require(lines.firstIndex(of: "```mermaid"), "\(result)")
    let end = try #require(lines[start...].dropFirst().firstIndex(of: "```"), "\(result)")
    #expect(lines[start + 2] == "gantt", "\(result)")
    #expect(lines[start..<end].contains { $0.contains("⚠ dependency comes later :crit, ") }, "\(result)")
    #expect(lines.firstIndex(of: "## Indicators")! > end, "the chart closes the roadmap section: \(result)")
    let text = try await run(["gaps", "models/dien-bien-1.0.xml"])
    #expect(!text.standardOutput.contains("```"), "\(text)")
  }
}
