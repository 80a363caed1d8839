import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// Format 1.1's task dates (`task/@start`, `task/@due`) and budgets (`phase/@budget`,
/// `@budgetSource`): the schema, the loader, `roadmap/overdue`, `roadmap/task-outside-phase`,
/// the gap report in every form and the roadmap diagram.
@Suite struct TaskDatesAndBudgetsTests {
  /// A model of two phases with dated tasks and budgets from two sources and none.
  static let plan = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="thu" province="Tỉnh Thử" framework="2.0" asOf="2025-07-01">
      <components>
        <component id="lgsp" kind="lgsp" name="LGSP" status="existing"/>
        <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
      </components>
      <roadmap until="2026">
        <phase number="1" start="2024" end="2024" budget="20000" budgetSource="ngân sách tỉnh">
          <task action="build" component="lgsp" status="done" budget="5000.5" budgetSource="ngân sách tỉnh"/>
        </phase>
        <phase number="2" start="2025" budget="1200">
          <task action="build" component="reporting" status="in-progress" start="2025-01-01" due=" 2025-06-30 " budget="3000" budgetSource="ngân sách trung ương"/>
          <task action="train" due="2025" budget="0.1">Đào tạo công chức</task>
          <task action="policy" start="2025-07-01" due="2027-06-30" budget="0.2" budgetSource="ngân  sách tỉnh">Quy chế khai thác</task>
          <task action="integrate" component="lgsp" status="cancelled" due="2030" budget="999" budgetSource="ODA"/>
        </phase>
      </roadmap>
    </architecture>
    """

  /// Validates `document` as of `asOf` (the model's own date when `nil`).
  private func validate(_ document: String, asOf: CalendarDate? = nil) -> FileValidation {
    let options = ValidationOptions(asOf: asOf, today: CalendarDate(year: 2025, month: 7, day: 1)!)
    return ArchitectureValidator(options: options).validate(bytes: Array(document.utf8), path: "plan.xml")
  }

  /// A model of one roadmap made of `phases` (phase elements), as of `asOf`.
  private func roadmap(_ phases: String, until: String = "", asOf: String = "2025-07-01") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Thử" framework="2.0" asOf="\(asOf)">
      <components>
        <component id="reporting" kind="reporting-system" name="Hệ thống báo cáo" status="planned"/>
      </components>
      <roadmap\(until.isEmpty ? "" : " until=\"\(until)\"")>
    \(phases)
      </roadmap>
    </architecture>
    """
  }

  private func findings(_ validation: FileValidation, _ rule: String) -> [Finding] {
    validation.findings.filter { $0.ruleID == rule }
  }

  private func gapReport(_ document: String) throws -> GapReport {
    let validation = validate(document)
    let analysis = try #require(validation.analysis)
    return GapReport(validation: validation, analysis: analysis)
  }

  // MARK: - Schema and loader

  @Test func theLoaderReadsTheDatesAndBudgets() throws {
    let validation = validate(Self.plan)
    #expect(validation.findings.filter { $0.ruleID.hasPrefix("xml/") }.isEmpty, "\(validation.findings)")
    let phases = try #require(validation.architecture?.roadmap?.phases)
    #expect(phases[0].budget == 20000)
    #expect(phases[0].budgetSource == "ngân sách tỉnh")
    #expect(phases[1].budget == 1200)
    #expect(phases[1].budgetSource == nil)
    let tasks = phases[1].tasks
    #expect(tasks[0].start == .day(CalendarDate(year: 2025, month: 1, day: 1)!))
    #expect(tasks[0].due == .day(CalendarDate(year: 2025, month: 6, day: 30)!))
    #expect(tasks[0].budgetSource == "ngân sách trung ương")
    #expect(tasks[1].start == nil)
    #expect(tasks[1].due == .year(2025))
    #expect(phases[0].tasks[0].due == nil)
  }

  @Test(arguments: [
    #"<task action="train" due="2025-13-01"/>"#, #"<task action="train" due="25"/>"#,
    #"<task action="train" start="2025-02-30"/>"#, #"<task action="train" due="2101"/>"#,
    #"<task action="train" start="30/06/2025"/>"#,
  ])
  func theSchemaRejectsABadDate(_ task: String) {
    let validation = validate(roadmap("<phase number=\"1\" start=\"2025\">\(task)</phase>"))
    #expect(findings(validation, "xml/schema").count == 1, "\(validation.findings)")
  }

  @Test(arguments: [#"budget="-1""#, #"budget="lots""#, #"budget="1234567890123456789""#])
  func theSchemaRejectsABadPhaseBudget(_ attribute: String) {
    let validation = validate(roadmap("<phase number=\"1\" start=\"2025\" \(attribute)/>"))
    #expect(findings(validation, "xml/schema").count == 1, "\(validation.findings)")
  }

  // MARK: - roadmap/overdue

  @Test func aDueDayIsMetOnTheDayAndLateTheDayAfter() {
    let model = roadmap(
      """
      <phase number="1" start="2025">
        <task action="build" component="reporting" due="2025-06-30"/>
      </phase>
      """, until: "2026")
    #expect(findings(validate(model, asOf: CalendarDate(year: 2025, month: 6, day: 30)), "roadmap/overdue").isEmpty)
    let late = findings(validate(model, asOf: CalendarDate(year: 2025, month: 7, day: 1)), "roadmap/overdue")
    #expect(late.map(\.location.position.line) == [8])
    #expect(
      late.first?.message.english
        == "task build Hệ thống báo cáo ('reporting') of phase 1 (2025–2026) is not done and was due on 30 June 2025 (as of 1 July 2025)"
    )
    #expect(
      late.first?.message.vietnamese
        == "nhiệm vụ xây dựng Hệ thống báo cáo ('reporting') của giai đoạn 1 (2025–2026) chưa hoàn thành dù có hạn hoàn thành vào ngày 30/06/2025 (tính đến ngày 01/07/2025)"
    )
  }

  @Test func aDueYearEndsOnItsLastDay() {
    let model = roadmap(
      """
      <phase number="1" start="2025">
        <task action="train" due="2025">Đào tạo</task>
      </phase>
      """)
    #expect(findings(validate(model, asOf: CalendarDate(year: 2025, month: 12, day: 31)), "roadmap/overdue").isEmpty)
    let late = findings(validate(model, asOf: CalendarDate(year: 2026, month: 1, day: 1)), "roadmap/overdue")
    #expect(late.first?.message.english.hasSuffix("is not done and was due in 2025 (as of 1 January 2026)") == true)
    #expect(late.first?.message.vietnamese.hasSuffix("có hạn hoàn thành năm 2025 (tính đến ngày 01/01/2026)") == true)
  }

  @Test func theDueDateWinsOverThePhaseEnd() {
    // Phase 1 ended on 31/12/2024; the task is due later, so it is not overdue yet, and the
    // other task, without a due date, is judged by the phase's end as before.
    let model = roadmap(
      """
      <phase number="1" start="2024" end="2024">
        <task action="build" component="reporting" status="in-progress" due="2025-09-30"/>
        <task action="train">Đào tạo</task>
      </phase>
      <phase number="2" start="2025"/>
      """)
    let overdue = findings(validate(model), "roadmap/overdue")
    #expect(overdue.map(\.location.position.line) == [9])
    #expect(
      overdue.first?.message.english
        == "task 'Đào tạo' of phase 1 (2024) is not done and its phase ended on 31 December 2024 (as of 1 July 2025)")
    #expect(
      overdue.first?.message.vietnamese
        == "nhiệm vụ 'Đào tạo' của giai đoạn 1 (2024) chưa hoàn thành dù giai đoạn đã kết thúc vào ngày 31/12/2024 (tính đến ngày 01/07/2025)"
    )
  }

  @Test func aDueDateMakesATaskOfAnOpenLastPhaseOverdue() {
    let model = roadmap(
      """
      <phase number="1" start="2025">
        <task action="build" component="reporting" due="2025-03-31"/>
        <task action="train" status="done" due="2025-03-31">Đào tạo</task>
        <task action="policy" status="cancelled" due="2025-03-31">Quy chế</task>
      </phase>
      """)
    #expect(findings(validate(model), "roadmap/overdue").map(\.location.position.line) == [8])
  }

  // MARK: - roadmap/task-outside-phase

  @Test func datesOutsideThePhaseAreWarnings() {
    let model = roadmap(
      """
      <phase number="1" start="2024" end="2025">
        <task action="build" component="reporting" start="2023-10-01" due="2026"/>
        <task action="train" start="2025-07-01" due="2025-06-30">Đào tạo</task>
        <task action="policy" start="2025" due="2025-01-31">Quy chế</task>
        <task action="upgrade" component="reporting" status="cancelled" due="2030"/>
      </phase>
      <phase number="2" start="2026">
        <task action="integrate" component="reporting" due="2040"/>
      </phase>
      """)
    // The validator sorts the findings of one element by message.
    let outside = findings(validate(model), "roadmap/task-outside-phase")
    #expect(outside.map(\.location.position.line) == [8, 8, 9])
    #expect(outside.allSatisfy { $0.severity == .warning })
    #expect(
      outside.map(\.message.english) == [
        "task build Hệ thống báo cáo ('reporting') is due in 2026, after phase 1 (2024–2025) ends",
        "task build Hệ thống báo cáo ('reporting') starts on 1 October 2023, before phase 1 (2024–2025) starts",
        "task 'Đào tạo' is due on 30 June 2025, before it starts on 1 July 2025",
      ])
    #expect(
      outside.map(\.message.vietnamese) == [
        "nhiệm vụ xây dựng Hệ thống báo cáo ('reporting') có hạn hoàn thành năm 2026, sau khi giai đoạn 1 (2024–2025) kết thúc",
        "nhiệm vụ xây dựng Hệ thống báo cáo ('reporting') bắt đầu vào ngày 01/10/2023, trước khi giai đoạn 1 (2024–2025) bắt đầu",
        "nhiệm vụ 'Đào tạo' có hạn hoàn thành vào ngày 30/06/2025, trước khi bắt đầu vào ngày 01/07/2025",
      ])
    #expect(outside.first?.component == "reporting")
  }

  @Test func everyBundledModelIsFreeOfTheNewRule() throws {
    let models = try FileManager.default.contentsOfDirectory(
      atPath: PackageRoot.url.appendingPathComponent("models").path)
    for name in models where name.hasSuffix(".xml") {
      let url = PackageRoot.url.appendingPathComponent("models/\(name)")
      let validation = try ArchitectureValidator().validate(fileAt: url.path)
      #expect(findings(validation, "roadmap/task-outside-phase").isEmpty, "\(name)")
    }
  }

  // MARK: - The gap report

  @Test func budgetsAreSummedPerPhaseAndPerSource() throws {
    let report = try gapReport(Self.plan)
    #expect(report.hasBudgets)
    #expect(report.phases.map(\.taskBudget) == [5000.5, 3000.3])
    #expect(report.phases.map(\.budgetedTasks) == [1, 3])
    #expect(report.phases.map(\.budget) == [20000, 1200])
    #expect(report.budgetsBySource.map(\.source) == ["ngân sách trung ương", "ngân sách tỉnh", nil])
    #expect(report.budgetsBySource.map(\.tasks) == [3000, 5000.7, 0.1])
    #expect(report.budgetsBySource.map(\.taskCount) == [1, 2, 1])
    #expect(report.budgetsBySource.map(\.phases) == [0, 20000, 1200])
    #expect(report.budgetsBySource.map(\.phaseCount) == [0, 1, 1])
    #expect(report.phases[1].overdueDue == [.day(CalendarDate(year: 2025, month: 6, day: 30)!)])
  }

  @Test func theTextAndMarkdownShowTheBudgetInBothLanguages() throws {
    let report = try gapReport(Self.plan)
    let english = GapReportFormat.text.render(report, language: .english)
    #expect(english.contains("\nBUDGET\n"))
    #expect(
      english.contains(
        "  phase 1 (2024): 1 of 1 task with a budget: 5000.5 million VND; phase as a whole: 20000 million VND\n"))
    #expect(english.contains("  phase 2 (2025–2026): 3 of 3 tasks with a budget: 3000.3 million VND; "))
    #expect(english.contains("    ngân sách tỉnh: 2 tasks: 5000.7 million VND; 1 phase: 20000 million VND\n"))
    #expect(english.contains("    source not given: 1 task: 0.1 million VND; 1 phase: 1200 million VND\n"))
    #expect(english.contains("was due on 30 June 2025 (as of 1 July 2025)"))
    let vietnamese = GapReportFormat.markdown.render(report, language: .vietnamese)
    #expect(vietnamese.contains("\n## Kinh phí\n"))
    #expect(
      vietnamese.contains(
        "- giai đoạn 1 (2024): 1/1 nhiệm vụ có kinh phí: 5000,5 triệu đồng; cả giai đoạn: 20000 triệu đồng\n"))
    #expect(vietnamese.contains("- Kinh phí theo nguồn:\n"))
    #expect(vietnamese.contains("  - chưa ghi nguồn: 1 nhiệm vụ: 0,1 triệu đồng; 1 giai đoạn: 1200 triệu đồng\n"))
    #expect(vietnamese.contains("có hạn hoàn thành vào ngày 30/06/2025 (tính đến ngày 01/07/2025)"))
  }

  @Test func theJSONHasTheBudgetsAndTheDueDate() throws {
    let report = try gapReport(Self.plan)
    let text = GapReportFormat.json.render(report, language: .english)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let phases = try #require(root["phases"] as? [[String: Any]])
    let budget = try #require(phases[1]["budget"] as? [String: Any])
    #expect(budget["tasks"] as? Double == 3000.3)
    #expect(budget["budgetedTasks"] as? Int == 3)
    #expect(budget["phase"] as? Double == 1200)
    let overdue = try #require(phases[1]["overdue"] as? [[String: Any]])
    #expect(overdue.first?["due"] as? String == "2025-06-30")
    let sources = try #require(root["budgetsBySource"] as? [[String: Any]])
    #expect(sources.map { $0["source"] as? String } == ["ngân sách trung ương", "ngân sách tỉnh", nil])
    #expect(sources.last?["source"] is NSNull)
    #expect(sources.map { $0["taskCount"] as? Int } == [1, 2, 1])
  }

  @Test func theHTMLReportShowsTheBudget() throws {
    let validation = validate(Self.plan)
    let report = try gapReport(Self.plan)
    let page = HTMLReport(validation: validation, gaps: report, roadmapSVG: nil, graphSVG: nil, language: .vietnamese)
      .render()
    #expect(page.contains("<h3>Kinh phí</h3>\n<ul class=\"budget\">\n"))
    #expect(page.contains("<li>ngân sách tỉnh: 2 nhiệm vụ: 5000,7 triệu đồng; 1 giai đoạn: 20000 triệu đồng</li>"))
  }

  @Test(arguments: [
    "dien-bien-1.0.xml", "hau-giang-2.0.xml", "lai-chau-2.0-draft.xml", "lang-son-2.0.xml", "long-an-2.0.xml",
  ])
  func aV1ModelsTaskBudgetsAloneAddNoBudgetSection(_ name: String) throws {
    let url = PackageRoot.url.appendingPathComponent("models/\(name)")
    let validation = try ArchitectureValidator().validate(fileAt: url.path)
    let report = GapReport(validation: validation, analysis: try #require(validation.analysis))
    #expect(!report.hasBudgets)
    #expect(report.budgetsBySource.isEmpty)
    #expect(report.phases.allSatisfy { $0.overdueDue.allSatisfy { $0 == nil } })
    for language in Language.allCases {
      #expect(!GapReportFormat.text.render(report, language: language).contains("\nBUDGET\n"))
      #expect(!GapReportFormat.text.render(report, language: language).contains("\nKINH PHÍ\n"))
      let json = GapReportFormat.json.render(report, language: language)
      #expect(!json.contains("\"budget"))
      #expect(!json.contains("\"due\""))
    }
  }

  @Test func aSourceAloneShowsTheTaskBudgets() throws {
    let model = roadmap(
      """
      <phase number="1" start="2025">
        <task action="build" component="reporting" budget="100" budgetSource="ODA"/>
        <task action="train" budget="50">Đào tạo</task>
      </phase>
      """)
    let report = try gapReport(model)
    #expect(report.hasBudgets)
    #expect(report.phases.map(\.taskBudget) == [150])
    #expect(report.budgetsBySource.map(\.source) == ["ODA", nil])
  }

  // MARK: - The roadmap diagram

  @Test func theDiagramShowsTheTaskDatesOnTheLabel() throws {
    let validation = validate(Self.plan)
    let analysis = try #require(validation.analysis)
    let english = RoadmapDiagram(analysis: analysis, findings: validation.findings, language: .english).render()
    // The dates under the action when they do not fit beside it; the overdue task noted.
    let reporting = #""task:2.1" [label="Hệ thống báo cáo\nbuild\nfrom 1 January 2025,\ndue 30 June 2025\n⚠ overdue""#
    #expect(english.contains(reporting), "\(english)")
    #expect(english.contains(#""task:2.2" [label="Đào tạo công chức\ntrain · due 2025""#), "\(english)")
    #expect(english.contains(#""task:1.1" [label="LGSP\nbuild", "#))
    let vietnamese = RoadmapDiagram(analysis: analysis, findings: validation.findings, language: .vietnamese).render()
    #expect(vietnamese.contains(#"từ 01/01/2025, hạn 30/06/2025\n⚠ quá hạn""#), "\(vietnamese)")
  }
}
