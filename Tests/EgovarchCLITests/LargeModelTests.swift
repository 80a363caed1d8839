import Foundation
import Testing

/// Large generated models: the checks stay linear enough to finish well within the time limit.
///
/// The generated components sit in the complete model (`ModelSource.components`), from line
/// `ModelSource.completeInsertionLine` on, so that the findings are those of the graph and
/// reference rules alone.
@Suite struct LargeModelTests {
  /// The line of the first generated component.
  static let firstLine = ModelSource.completeInsertionLine

  /// Writes `source` as `large.xml` and validates it as JSON.
  private func validate(_ source: String) async throws -> CommandResult {
    let directory = try TemporaryDirectory()
    try directory.write(source, to: "large.xml")
    return try await CommandRunner.egovarch(["validate", "--format", "json", "large.xml"], in: directory.url)
  }

  @Test func fiveThousandComponentsInOneCycleGiveOneFinding() async throws {
    let count = 5_000
    let result = try await validate(ModelSource.components(count: count) { ["c\(($0 + 1) % count)"] })
    #expect(!result.timedOut, "\(result)")
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.rules == ["graph/cycle"])
    let cycle = try #require(report.findings.first)
    #expect(cycle.position == "\(Self.firstLine):5")
    #expect(cycle.component == "c0")
    #expect(cycle.related == (1..<count).map { "c\($0)" })
    #expect(cycle.message.hasPrefix("dependency cycle of 5000 components: C0 ('c0') → C1 ('c1') → C2 ('c2')"))
    #expect(cycle.message.hasSuffix("→ … → C0 ('c0')"))
  }

  @Test func cycleDeclaredBackwardsStartsAtTheFirstDeclared() async throws {
    let count = 5_000
    let result = try await validate(ModelSource.components(count: count) { ["c\(($0 + count - 1) % count)"] })
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.rules == ["graph/cycle"])
    #expect(report.findings.first?.component == "c0")
    #expect(report.findings.first?.related.first == "c\(count - 1)")
  }

  @Test func twoThousandDanglingReferencesAreAllReported() async throws {
    let count = 2_000
    let result = try await validate(ModelSource.components(count: count) { ["missing-\($0)"] })
    #expect(!result.timedOut, "\(result)")
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(report.findings.count == count)
    #expect(report.findings.allSatisfy { $0.rule == "model/unresolved-reference" })
    #expect(report.summary == JSONSummary(files: 1, errors: count))
    #expect(report.findings.map(\.line) == Array(Self.firstLine..<(Self.firstLine + count)))
    #expect(report.findings.last?.component == "c\(count - 1)")
  }

  @Test func twoThousandDanglingReferencesAsText() async throws {
    let count = 2_000
    let directory = try TemporaryDirectory()
    try directory.write(ModelSource.components(count: count) { ["missing-\($0)"] }, to: "large.xml")
    let result = try await CommandRunner.egovarch(["validate", "large.xml"], in: directory.url)
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.textReport.findings.count == count)
    #expect(result.textReport.unparsedLines.isEmpty)
    #expect(result.textReport.summary == "2000 errors, 0 warnings, 0 notes in 1 file")
  }

  @Test func denseTangleOfCyclesFinishesQuickly() async throws {
    let count = 40
    let result = try await validate(
      ModelSource.components(count: count) { node in (0..<count).filter { $0 != node }.map { "c\($0)" } })
    #expect(!result.timedOut, "\(result)")
    #expect(result.exitStatus == 1, "\(result)")
    let report = try result.jsonReport()
    #expect(!report.findings.isEmpty)
    #expect(report.findings.allSatisfy { $0.rule == "graph/cycle" })
  }
}
