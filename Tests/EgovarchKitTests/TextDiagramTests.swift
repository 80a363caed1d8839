import EgovarchTestSupport
import Foundation
import Testing

@testable import EgovarchKit

/// The Mermaid and PlantUML diagrams as text.
///
/// Escaping, the gantt charts' bars and marks, the flowchart's and the component diagram's
/// findings, the Markdown gap report's chart, and golden files. `TextDiagramRendererTests`
/// runs the real renderers.
@Suite struct TextDiagramTests {
  /// The validation and analysis of the bundled model `name`, judged at its own date.
  static func load(_ name: String) throws -> (FileValidation, Analysis) {
    let url = PackageRoot.url.appendingPathComponent("models/\(name)")
    let validation = try ArchitectureValidator().validate(fileAt: url.path)
    return (validation, try #require(validation.analysis))
  }

  /// A model with one phase whose tasks have format 1.1 dates, one component and a cycle.
  static var datedModel: Architecture {
    let here = SourcePosition.start
    func at(_ line: Int) -> SourcePosition { SourcePosition(line: line, column: 1) }
    return Architecture(
      id: "dated", province: "Thử", framework: "2.0", asOf: CalendarDate(year: 2025, month: 8, day: 1),
      components: [
        Component(
          id: "a", kind: "lgsp", name: "A", status: .existing,
          dependencies: [Dependency(reference: .component("b"), type: .integration, position: at(3))],
          position: at(2)),
        Component(
          id: "b", kind: "eoffice", name: "B",
          dependencies: [Dependency(reference: .component("a"), position: at(5))], position: at(4)),
      ],
      roadmap: Roadmap(
        until: 2026,
        phases: [
          Phase(
            number: 1, start: 2025, title: "Một",
            tasks: [
              RoadmapTask(
                action: .build, component: "a", status: .inProgress, start: .day(CalendarDate(parsing: "2025-03-01")!),
                due: .day(CalendarDate(parsing: "2025-06-30")!), position: at(10)),
              RoadmapTask(action: .train, status: .cancelled, text: "Đào tạo", due: .year(2025), position: at(11)),
            ], position: at(9)),
          Phase(number: 2, start: 2026, tasks: [], position: at(12)),
        ], position: here))
  }

  // MARK: - Escaping

  @Test func mermaidWritesEverySyntaxCharacterAsACode() {
    let hostile = "a\"b#c%d:e;f<g>h&i[j]k{l}m|n`o\\p~q*r_s$t@u=v+w!x?y^z"
    let escaped = MermaidText.escaped(hostile)
    for character in "\"#%:;<>&[]{}|`\\~*_$@=+!?^" where character != "#" && character != ";" {
      #expect(!escaped.contains(character), "\(character) in \(escaped)")
    }
    #expect(escaped.hasPrefix("a#34;b#35;c#37;d#58;e#59;f#60;g#62;h#38;i"), "\(escaped)")
    #expect(MermaidText.escaped("Xây dựng (LGSP), tỉnh-A/B's") == "Xây dựng (LGSP), tỉnh-A/B's")
    #expect(MermaidText.escaped("one\r\ntwo\nthree\tfour") == "one two three four")
    #expect(MermaidText.escaped("x\u{9B}y") == "x#92;u#123;9B#125;y")
    // Mermaid's placeholders, typed in a name, are codes with a zero-width space between.
    #expect(MermaidText.escaped("ﬂ°°35¶ß") == "#64258;#8203;#176;#176;35#182;#8203;#223;")
  }

  @Test func ganttTextNeverStartsAStatement() {
    #expect(MermaidText.ganttText("section x") == "#115;ection x")
    #expect(MermaidText.ganttText("Title of it") == "#84;itle of it")
    #expect(MermaidText.ganttText("click here") == "#99;lick here")
    #expect(MermaidText.ganttText("2020-01-01 :crit") == "#50;020-01-01 #58;crit")
    #expect(MermaidText.ganttText("Build LGSP") == "Build LGSP")
    #expect(MermaidText.ganttText("Xây dựng") == "Xây dựng")
    #expect(MermaidText.ganttText("  ") == "-")
  }

  @Test func plantUMLEscapesMarkupAndThePreprocessor() {
    #expect(PlantUMLText.escaped("%version()") == "&#37;version()")
    #expect(PlantUMLText.escaped("C:\\tmp $x <U+0022>") == "C&#58;<U+005C>tmp <U+0024>x <U+003C>U&#43;0022&#62;")
    #expect(
      PlantUMLText.escaped("[a] **b** //c// --d-- @enduml")
        == "&#91;a&#93; &#42;&#42;b&#42;&#42; &#47;&#47;c&#47;&#47; &#45;&#45;d&#45;&#45; &#64;enduml")
    #expect(PlantUMLText.escaped("Trung tâm (DC), tỉnh") == "Trung tâm (DC), tỉnh")
    #expect(PlantUMLText.escaped("a\r\nb") == "a b")
    #expect(PlantUMLText.quoted("a\"b", "(id)") == "\"a&#34;b\\n(id)\"")
  }

  // MARK: - The gantt charts

  @Test func calendarArithmetic() throws {
    func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(parsing: text)) }
    #expect(GanttPlan.dayAfter(try date("2020-02-28")) == (try date("2020-02-29")))
    #expect(GanttPlan.dayAfter(try date("2021-02-28")) == (try date("2021-03-01")))
    #expect(GanttPlan.dayAfter(try date("2020-12-31")) == (try date("2021-01-01")))
    #expect(GanttPlan.dayNumber(try date("2021-01-01")) - GanttPlan.dayNumber(try date("2020-01-01")) == 366)
    #expect(GanttPlan.dayNumber(try date("2022-01-01")) - GanttPlan.dayNumber(try date("2021-01-01")) == 365)
    #expect(GanttPlan.dayNumber(try date("2020-03-01")) - GanttPlan.dayNumber(try date("2020-02-28")) == 2)
  }

  @Test func barsRunFromTheTasksOwnDatesElseThePhasesYears() throws {
    let analysis = Analysis(architecture: Self.datedModel, framework: nil, asOf: Self.datedModel.asOf!)
    let mermaid = MermaidGantt(analysis: analysis, findings: [], language: .english).render()
    // Mermaid's end is the day after the last one.
    #expect(mermaid.contains("  Build A :active, t1, 2025-03-01, 2025-07-01\n"), "\(mermaid)")
    #expect(mermaid.contains("  Đào tạo (cancelled) :t2, 2025-01-01, 2026-01-01\n"), "\(mermaid)")
    #expect(mermaid.contains("  (no tasks) :t3, 2026-01-01, 2027-01-01\n"), "\(mermaid)")
    #expect(mermaid.contains("  #49; August 2025 :milestone, asof, 2025-08-01, 0d\n"), "\(mermaid)")
    #expect(mermaid.contains("  todayMarker off\n"))
    #expect(mermaid.contains("  axisFormat %m/%Y\n"), "a roadmap of two years is read by month: \(mermaid)")
    let plantUML = PlantUMLGantt(analysis: analysis, findings: [], language: .vietnamese).render()
    #expect(plantUML.contains("[Xây dựng A] as [t1] starts 2025-03-01 and ends 2025-06-30\n"), "\(plantUML)")
    #expect(plantUML.contains("[t1] is colored in #ffe38a/#bf9000\n"), "\(plantUML)")
    #expect(plantUML.contains("[Đào tạo (đã hủy)] as [t2] starts 2025-01-01 and ends 2025-12-31\n"), "\(plantUML)")
    #expect(plantUML.contains("-- Giai đoạn 1 (2025)&#58; Một --\n"), "\(plantUML)")
    #expect(plantUML.contains("today is 2025-08-01 and is colored in #ff9999\n"), "\(plantUML)")
    #expect(plantUML.hasPrefix("@startgantt\n") && plantUML.hasSuffix("@endgantt\n"))
  }

  @Test func laiChausFindingsAreOnItsTasks() throws {
    let (validation, analysis) = try Self.load("lai-chau-2.0-draft.xml")
    let mermaid = MermaidGantt(analysis: analysis, findings: validation.findings, language: .vietnamese).render()
    let lines = mermaid.split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.hasPrefix("  section ") }.count == 4, "the as-of row and three phases: \(mermaid)")
    let overdue = lines.filter { $0.contains("⚠ quá hạn :crit, t") }
    #expect(overdue.count == 4, "\(mermaid)")
    #expect(
      lines.contains(
        "  Nâng cấp 'workstations' ⚠ thành phần không có trong mô hình :crit, active, t15, 2020-01-01, 2021-01-01"),
      "\(mermaid)")
    #expect(
      lines.contains(
        "  Build Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lai Châu (LGSP) :done, t2, 2017-01-01, 2020-01-01") == false)
    #expect(
      lines.contains(
        "  Xây dựng Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lai Châu (LGSP) :done, t2, 2017-01-01, 2020-01-01"))
    let plantUML = PlantUMLGantt(analysis: analysis, findings: validation.findings, language: .english).render()
    #expect(plantUML.components(separatedBy: "/#c00000\n").count - 1 == 5, "\(plantUML)")
  }

  /// Every finding at a task of every bundled model marks that task in both charts.
  @Test(arguments: PackageRoot.models.map(\.lastPathComponent))
  func everyFindingAtATaskIsMarked(model: String) throws {
    let (validation, analysis) = try Self.load(model)
    let plan = GanttPlan(analysis: analysis, findings: validation.findings)
    let mermaid = MermaidGantt(plan: plan, language: .english, title: "x").render()
    let plantUML = PlantUMLGantt(plan: plan, language: .english, title: "x").render()
    var number = 0
    var marked = 0
    for section in plan.sections {
      if section.bars.isEmpty { number += 1 }
      for bar in section.bars {
        number += 1
        let atTask = validation.findings.filter { !$0.isSuppressed && $0.location.position == bar.task.position }
        #expect(bar.findings.count == atTask.count)
        let line = mermaid.split(separator: "\n").first { $0.contains(", t\(number), ") }.map(String.init) ?? ""
        let colours = "[t\(number)] is colored in "
        let colour = plantUML.split(separator: "\n").first { $0.hasPrefix(colours) }.map(String.init) ?? ""
        if atTask.isEmpty {
          #expect(!line.contains(":crit") && !line.contains("⚠"), "\(line)")
          #expect(!colour.hasSuffix("/#c00000"), "\(colour)")
        } else {
          marked += 1
          #expect(line.contains(":crit, ") && line.contains(" ⚠ "), "\(line)")
          #expect(colour.hasSuffix("/#c00000"), "\(colour)")
          for finding in atTask {
            #expect(line.contains(MermaidText.escaped(TextDiagramWording.mark(finding.ruleID).english)), "\(line)")
          }
        }
      }
    }
    let expected = Set(
      validation.findings.filter { finding in
        !finding.isSuppressed
          && plan.sections.contains { $0.bars.contains { $0.task.position == finding.location.position } }
      }.map(\.location.position)
    ).count
    #expect(marked == expected)
  }

  // MARK: - The flowchart and the component diagram

  @Test func flowchartMarksTheFindingsOfTheBundledModels() throws {
    let (laiChau, laiChauAnalysis) = try Self.load("lai-chau-2.0-draft.xml")
    let unresolved = MermaidFlowchart(analysis: laiChauAnalysis, findings: laiChau.findings, language: .english)
      .render()
    #expect(unresolved.contains(#"u1{{"⚠ 'lgps' not in the model"}}"#), "\(unresolved)")
    #expect(unresolved.contains(" -.-> u1\n"), "\(unresolved)")
    #expect(unresolved.contains("  class u1 missing\n"), "\(unresolved)")
    #expect(unresolved.contains(#"x1(["National Document Exchange Axis ('national#58;national-document-axis')"])"#))

    let (dienBien, dienBienAnalysis) = try Self.load("dien-bien-1.0.xml")
    let bypass = MermaidFlowchart(analysis: dienBienAnalysis, findings: dienBien.findings, language: .vietnamese)
      .render()
    #expect(bypass.contains(#" -->|"không qua nền tảng tích hợp"| "#), "\(bypass)")

    let (sonLa, sonLaAnalysis) = try Self.load("son-la-2025-plan.xml")
    let missing = MermaidFlowchart(analysis: sonLaAnalysis, findings: sonLa.findings, language: .english).render()
    let missingLinks = sonLa.findings.filter { $0.ruleID == "framework/missing-link" }.count
    #expect(missing.components(separatedBy: #" -.->|"missing link"| "#).count - 1 == missingLinks, "\(missing)")
    #expect(missing.contains(#"m1["government e-mail system ('email')"]"#), "\(missing)")
    // The red links: every marked edge and the legend's, numbered as Mermaid counts them.
    let style = try #require(missing.split(separator: "\n").first { $0.hasPrefix("  linkStyle ") })
    let red = style.dropFirst("  linkStyle ".count).prefix { $0 != " " }.split(separator: ",")
    #expect(red.count == missingLinks + 1, "\(style)")

    let plantUML = PlantUMLComponents(analysis: sonLaAnalysis, findings: sonLa.findings, language: .english).render()
    #expect(plantUML.components(separatedBy: " -[#c00000,dashed]-> ").count - 1 == missingLinks, "\(plantUML)")
    #expect(
      plantUML.contains(
        #"rectangle "government e&#45;mail system\n(&#39;email&#39;)" as m1 #ffffff;line:c00000;line.dashed"#))
  }

  @Test func flowchartMarksACycleAndHonoursTheRulePolicy() throws {
    let model = Self.datedModel
    let analysis = Analysis(architecture: model, framework: BuiltInFrameworks.framework("2.0"), asOf: model.asOf!)
    let cycles = ArchitectureValidator().check(analysis, path: "dated.xml").filter { $0.ruleID == "graph/cycle" }
    #expect(cycles.count == 1)
    let marked = MermaidFlowchart(analysis: analysis, findings: cycles, language: .english).render()
    #expect(marked.contains("  n1 ==> n2\n  n2 ==> n1\n"), "\(marked)")
    #expect(marked.contains("stroke:#c00000"), "\(marked)")
    // Without the findings (a rule turned off), nothing is red but the legend's sample.
    let plain = MermaidFlowchart(analysis: analysis, findings: [], language: .english).render()
    #expect(plain.contains("  n1 ==> n2\n  n2 --> n1\n"), "\(plain)")
    let red = try #require(plain.split(separator: "\n").first { $0.hasPrefix("  linkStyle ") })
    #expect(!red.split(separator: " ")[1].contains(","), "only the legend's edge: \(red)")
    let components = PlantUMLComponents(analysis: analysis, findings: cycles, language: .english).render()
    #expect(components.contains("n1 -[#c00000,bold]-> n2\nn2 -[#c00000,bold]-> n1\n"), "\(components)")
  }

  @Test func layersFilterTheNodes() throws {
    let (validation, analysis) = try Self.load("dien-bien-1.0.xml")
    let text = MermaidFlowchart(
      analysis: analysis, findings: validation.findings, language: .english, layers: [.infrastructure]
    ).render()
    #expect(text.contains("(data-centre)"))
    #expect(!text.contains("(lgsp)"))
    #expect(!text.contains("subgraph g2["), "no channels: \(text)")
  }

  @Test func outputIsDeterministic() throws {
    for model in PackageRoot.models.map(\.lastPathComponent) {
      let (validation, analysis) = try Self.load(model)
      let findings = validation.findings
      #expect(
        MermaidGantt(analysis: analysis, findings: findings, language: .english).render()
          == MermaidGantt(analysis: analysis, findings: findings, language: .english).render())
      #expect(
        MermaidFlowchart(analysis: analysis, findings: findings, language: .vietnamese).render()
          == MermaidFlowchart(analysis: analysis, findings: findings, language: .vietnamese).render())
      #expect(
        PlantUMLComponents(analysis: analysis, findings: findings, language: .english).render()
          == PlantUMLComponents(analysis: analysis, findings: findings, language: .english).render())
    }
  }

  // MARK: - The Markdown gap report

  @Test func markdownGapReportEmbedsTheRoadmapOnlyWhenThereIsOne() throws {
    let (validation, analysis) = try Self.load("lai-chau-2.0-draft.xml")
    let report = GapReport(validation: validation, analysis: analysis)
    let markdown = GapReportFormat.markdown.render(
      report, language: .vietnamese, analysis: analysis, findings: validation.findings)
    let chart = MermaidGantt(analysis: analysis, findings: validation.findings, language: .vietnamese).render()
    #expect(markdown.contains("\n```mermaid\n" + chart + "```\n\n## Chỉ tiêu"), "\(markdown)")
    let text = GapReportFormat.text.render(
      report, language: .english, analysis: analysis, findings: validation.findings)
    #expect(!text.contains("```") && !text.contains("gantt"))

    var bare = analysis.architecture
    bare.roadmap = nil
    let bareAnalysis = Analysis(architecture: bare, framework: analysis.framework, asOf: analysis.asOf)
    let none = GapReportFormat.markdown.render(
      GapReport(validation: validation, analysis: bareAnalysis), language: .english, analysis: bareAnalysis,
      findings: validation.findings)
    #expect(!none.contains("```mermaid"), "\(none)")
  }

  // MARK: - Golden files

  @Test(arguments: ["roadmap-lai-chau.mmd", "graph-son-la.mmd", "roadmap-lai-chau.puml", "graph-son-la.puml"])
  func goldenFile(name: String) throws {
    let (validation, analysis) = try Self.load(
      name.contains("lai-chau") ? "lai-chau-2.0-draft.xml" : "son-la-2025-plan.xml")
    let findings = validation.findings
    let text: String
    switch name {
    case "roadmap-lai-chau.mmd":
      text = MermaidGantt(analysis: analysis, findings: findings, language: .vietnamese).render()
    case "graph-son-la.mmd":
      text = MermaidFlowchart(analysis: analysis, findings: findings, language: .english).render()
    case "roadmap-lai-chau.puml":
      text = PlantUMLGantt(analysis: analysis, findings: findings, language: .english).render()
    default: text = PlantUMLComponents(analysis: analysis, findings: findings, language: .vietnamese).render()
    }
    let url = PackageRoot.url.appendingPathComponent("Tests/EgovarchKitTests/Fixtures/Golden/\(name)")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try Data(text.utf8).write(to: url)
      Issue.record("recorded \(name); run again without RECORD_GOLDEN=1")
      return
    }
    let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(text == golden, "\(name) differs; re-record with RECORD_GOLDEN=1")
  }
}
