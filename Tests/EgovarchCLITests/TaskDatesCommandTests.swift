import EgovarchTestSupport
import Foundation
import Testing

/// Format 1.1's task dates and budgets through the commands: `validate` judges a dated task by
/// its own date and warns of one outside its phase, `gaps` sums the budgets, `roadmap` shows the
/// due date, `rules` lists the new rule.
@Suite struct TaskDatesCommandTests {
  /// A 2025 plan: one task late on its own date, one due after its phase, budgets by source.
  static let plan = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="thu" province="Tỉnh Thử" framework="2.0" asOf="2025-07-01">
      <components>
        <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
      </components>
      <roadmap until="2026">
        <phase number="1" start="2025" budget="1500" budgetSource="ngân sách tỉnh">
          <task action="build" component="reporting" status="in-progress" due="2025-06-30" budget="800" budgetSource="ngân sách tỉnh"/>
          <task action="train" start="2025-03-01" due="2027" budget="200">Đào tạo</task>
        </phase>
      </roadmap>
    </architecture>
    """

  private func run(_ arguments: [String]) async throws -> CommandResult {
    let directory = try TemporaryDirectory()
    try directory.write(Self.plan, to: "plan.xml")
    return try await CommandRunner.egovarch(arguments + ["plan.xml"], in: directory.url)
  }

  @Test func validateJudgesTheTaskByItsDueDateAndWarnsOfTheDateOutsideItsPhase() async throws {
    let result = try await run(["validate", "--format", "json"])
    let report = try result.jsonReport()
    let overdue = report.findings(of: "roadmap/overdue")
    #expect(overdue.map(\.line) == [8], "\(result)")
    #expect(
      overdue.first?.message
        == "task build Hệ thống báo cáo ('reporting') of phase 1 (2025–2026) is not done and was due on 30 June 2025 (as of 1 July 2025)"
    )
    let outside = report.findings(of: "roadmap/task-outside-phase")
    #expect(outside.map(\.line) == [9], "\(result)")
    #expect(outside.first?.severity == "warning")
    #expect(outside.first?.message == "task 'Đào tạo' is due in 2027, after phase 1 (2025–2026) ends")
  }

  @Test func validateInVietnameseSaysTheDatesAsVietnameseWriteThem() async throws {
    let result = try await run(["validate", "--lang", "vi"])
    #expect(
      result.standardOutput.contains(
        "plan.xml:8:7: cảnh báo: nhiệm vụ xây dựng Hệ thống báo cáo ('reporting') của giai đoạn 1 (2025–2026) chưa hoàn thành "
          + "dù có hạn hoàn thành vào ngày 30/06/2025 (tính đến ngày 01/07/2025) [roadmap/overdue]"), "\(result)")
    #expect(
      result.standardOutput.contains(
        "plan.xml:9:7: cảnh báo: nhiệm vụ 'Đào tạo' có hạn hoàn thành năm 2027, sau khi giai đoạn 1 (2025–2026) "
          + "kết thúc [roadmap/task-outside-phase]"), "\(result)")
  }

  @Test func gapsSumsTheBudgets() async throws {
    let text = try await run(["gaps"])
    #expect(text.exitStatus == 0, "\(text)")
    #expect(
      text.outputLines.contains(
        "  phase 1 (2025–2026): 2 of 2 tasks with a budget: 1000 million VND; phase as a whole: 1500 million VND"),
      "\(text)")
    #expect(text.outputLines.contains("    ngân sách tỉnh: 1 task: 800 million VND; 1 phase: 1500 million VND"))
    #expect(text.outputLines.contains("    source not given: 1 task: 200 million VND"))
    let vietnamese = try await run(["gaps", "--lang", "vi"])
    #expect(vietnamese.outputLines.contains("KINH PHÍ"), "\(vietnamese)")
    #expect(
      vietnamese.outputLines.contains("    ngân sách tỉnh: 1 nhiệm vụ: 800 triệu đồng; 1 giai đoạn: 1500 triệu đồng"))
    let json = try await run(["gaps", "--format", "json"])
    let root = try JSONObject(JSONSerialization.jsonObject(with: json.standardOutputBytes), path: "gaps")
    let phase = try JSONObject(try #require(try root.array("phases").first), path: "phases[0]")
    let budget = try phase.object("budget")
    #expect(try budget.integer("tasks") == 1000)
    #expect(try budget.integer("budgetedTasks") == 2)
    #expect(try budget.integer("phase") == 1500)
    let overdue = try JSONObject(try #require(try phase.array("overdue").first), path: "overdue[0]")
    #expect(try overdue.string("due") == "2025-06-30")
    let sources = try root.array("budgetsBySource").enumerated().map { try JSONObject($1, path: "source[\($0)]") }
    #expect(try sources.map { try $0.optionalString("source") } == ["ngân sách tỉnh", nil])
  }

  @Test func roadmapShowsTheDueDate() async throws {
    let result = try await run(["roadmap", "--lang", "vi"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(
      result.standardOutput.contains(#"[label="Hệ thống báo cáo\nxây dựng · hạn 30/06/2025\n⚠ quá hạn""#), "\(result)")
  }

  @Test func rulesListsTheNewRule() async throws {
    let result = try await CommandRunner.egovarch(["rules"], in: PackageRoot.url)
    #expect(result.standardOutput.contains("roadmap/task-outside-phase"), "\(result)")
  }
}
