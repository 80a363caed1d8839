import EgovarchTestSupport
import Foundation
import Testing

@testable import EgovarchKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The timeline: a golden file, every roadmap finding of the gap report marked on its task,
/// indicator deadlines on the axis, the box and the smallest text, labels kept in their rows,
/// escaping of hostile names, and the text widths it lays out with.
@Suite(.serialized) struct TimelineDiagramTests {
  /// The bundled models and the real provinces' models.
  static let modelFiles: [URL] = {
    let provinces = PackageRoot.url.appendingPathComponent("Tests/Fixtures/provinces")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: provinces.path)) ?? []
    return PackageRoot.models
      + names.filter { $0.hasSuffix(".xml") }.sorted().map { provinces.appendingPathComponent($0) }
  }()

  /// The validation of the model at `url`, judged at `asOf` (else its own date), and its analysis.
  private func validate(_ url: URL, asOf: CalendarDate? = nil) throws -> (FileValidation, Analysis) {
    let validation = try ArchitectureValidator(options: ValidationOptions(asOf: asOf)).validate(fileAt: url.path)
    return (validation, try #require(validation.analysis, "\(url.lastPathComponent) is not a model"))
  }

  /// The validation of the model `text`, and its analysis.
  private func validate(text: String) throws -> (FileValidation, Analysis) {
    let validation = ArchitectureValidator().validate(bytes: Array(text.utf8), path: "t.xml")
    return (validation, try #require(validation.analysis, "\(validation.findings)"))
  }

  /// The timeline of the bundled model `name`.
  private func timeline(
    _ name: String, language: Language = .english, asOf: CalendarDate? = nil, phases: Set<Int> = []
  ) throws -> TimelineDrawing {
    let (validation, analysis) = try validate(PackageRoot.modelsFolder.appendingPathComponent(name), asOf: asOf)
    return TimelineDiagram(
      analysis: analysis, findings: validation.findings, language: language, phaseNumbers: phases
    ).drawing()
  }

  /// The element `<g … id="id">…</g>` of `svg` (its first line to its closing line), or "".
  private func group(_ id: String, in svg: String) -> String {
    let lines = svg.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.contains("<g ") && $0.contains("id=\"\(id)\"") }) else { return "" }
    let indent = lines[start].prefix { $0 == " " }
    let end = lines[start...].firstIndex { $0 == indent + "</g>" } ?? lines.count - 1
    return lines[start...end].joined(separator: "\n")
  }

  /// The text of the `<text>` elements of `fragment`, unescaped, in order.
  private func texts(in fragment: String) -> [String] {
    fragment.matches(of: /<text[^>]*>(.*?)<\/text>/).map { match in
      String(match.1).replacing(/<[^>]*>/, with: "").replacingOccurrences(of: "&lt;", with: "<")
        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
        .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
  }

  // MARK: - Golden file

  @Test func goldenFile() throws {
    let svg = try timeline("lai-chau-2.0-draft.xml").svg
    let url = PackageRoot.url.appendingPathComponent("Tests/EgovarchKitTests/Fixtures/Golden/timeline-lai-chau.svg")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try Data(svg.utf8).write(to: url)
      Issue.record("recorded \(url.lastPathComponent); run again without RECORD_GOLDEN=1")
      return
    }
    let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(svg == golden, "the timeline differs from \(url.lastPathComponent); re-record with RECORD_GOLDEN=1")
  }

  @Test func outputIsDeterministic() throws {
    for model in PackageRoot.models.map(\.lastPathComponent) {
      #expect(try timeline(model, language: .vietnamese).svg == timeline(model, language: .vietnamese).svg)
    }
  }

  // MARK: - Findings

  /// Every roadmap finding the gap report lists (its conflicts and each phase's overdue tasks)
  /// is marked: on its task's bar (red outline, its number) when it is about a task, and in the
  /// footnote with its number, rule id and message.
  @Test(arguments: modelFiles, [nil, CalendarDate(year: 2026, month: 1, day: 1)])
  func everyRoadmapFindingOfTheGapReportIsMarked(model: URL, asOf: CalendarDate?) throws {
    let (validation, analysis) = try validate(model, asOf: asOf)
    let report = GapReport(validation: validation, analysis: analysis)
    let listed = report.conflicts + report.phases.flatMap(\.overdue)
    for language in Language.allCases {
      let drawing = TimelineDiagram(analysis: analysis, findings: validation.findings, language: language).drawing()
      var taskAt: [SourcePosition: (Int, Int)] = [:]
      for phase in analysis.schedule.phases {
        for (offset, task) in phase.phase.tasks.enumerated() { taskAt[task.position] = (phase.index, offset) }
      }
      for finding in listed {
        let name = "\(model.lastPathComponent) (\(language)): \(finding.ruleID) at \(finding.location.position)"
        guard let marker = drawing.markers.first(where: { $0.finding == finding }) else {
          Issue.record("\(name) is not marked")
          continue
        }
        if let (phase, task) = taskAt[finding.location.position] {
          #expect(marker.place == .task(phase: phase, task: task), "\(name): marked at \(marker.place)")
        }
        if case .task(let phase, let task) = marker.place {
          let bar = group("task-\(phase + 1).\(task + 1)", in: drawing.svg)
          #expect(bar.contains("stroke=\"#c00000\""), "\(name): its bar is not outlined in red")
          let numbers = TimelineCanvas.numbers(drawing.markers.filter { $0.place == marker.place }.map(\.number))
          #expect(texts(in: bar).contains(numbers), "\(name): its bar does not show \(numbers)")
        }
        let note = texts(in: group("finding-\(marker.number)", in: drawing.svg))
        #expect(note.first == String(marker.number) && note.dropFirst().first == finding.ruleID, "\(name): \(note)")
        let message = TextMetrics.visible(finding.message.text(in: language))
        #expect(note.dropFirst(2).joined(separator: " ") == message, "\(name): the footnote says \(note)")
      }
    }
  }

  @Test func laiChauOverdueTasksAndTheUnknownComponentAreOnTheirBars() throws {
    let drawing = try timeline("lai-chau-2.0-draft.xml")
    let overdue = drawing.markers.filter { $0.finding.ruleID == "roadmap/overdue" }
    #expect(overdue.map(\.place) == [4, 5, 6, 7].map { TimelineMarker.Place.task(phase: 0, task: $0) })
    let unknown = try #require(drawing.markers.first { $0.finding.ruleID == "roadmap/unknown-component" })
    #expect(unknown.place == .task(phase: 1, task: 6))
    let bar = group("task-2.7", in: drawing.svg)
    #expect(bar.contains("<title>Thay thế máy tính cấu hình thấp"), "\(bar)")
    // The national systems the LGSP relies on before they exist: on the task that delivers it.
    let national = drawing.markers.filter { $0.finding.ruleID == "framework/national-unavailable" }
    #expect(national.count == 3)
    #expect(national.allSatisfy { if case .task(0, _) = $0.place { true } else { false } })
    #expect(drawing.markers.map(\.number) == Array(1...drawing.markers.count))
  }

  /// One owner renamed on a dozen tasks is one number, on each of their bars, and one line of
  /// the footnote.
  @Test func findingsThatSayTheSameShareANumber() throws {
    let drawing = try timeline("dien-bien-1.0.xml", asOf: CalendarDate(year: 2026, month: 1, day: 1))
    let renamed = drawing.markers.filter { $0.finding.ruleID == "admin/renamed-department" }
    #expect(renamed.count > 5)
    #expect(Set(renamed.map(\.number)).count == 1)
    let numbers = drawing.markers.map(\.number)
    #expect(Set(numbers) == Set(1...(numbers.max() ?? 0)))
    #expect(drawing.svg.matches(of: /<g class="note"/).count == Set(numbers).count)
  }

  @Test func longAnIndicatorDeadlinesAreOneMarkerOnTheAxis() throws {
    let drawing = try timeline("long-an-2.0.xml", language: .vietnamese)
    let deadline = CalendarDate(year: 2020, month: 12, day: 31)!
    #expect(drawing.markers.count == 8)
    #expect(drawing.markers.allSatisfy { if case .indicator(_, deadline) = $0.place { true } else { false } })
    let axis = group("indicator-deadlines", in: drawing.svg)
    #expect(texts(in: axis) == ["1–8"], "\(axis)")
    #expect(drawing.svg.contains("hạn chỉ tiêu có phát hiện"))
  }

  /// A finding about the roadmap as a whole sits by the title; one about a component no task
  /// names in its own section; a phase's on its header; a suppressed one nowhere.
  @Test func findingsWithoutATaskHaveTheirOwnPlaces() throws {
    let (validation, analysis) = try validate(
      text: """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="t" province="Thử" framework="2.0" asOf="2022-06-30">
          <components>
            <component id="lgsp" kind="lgsp" name="LGSP tỉnh" status="planned"/>
            <component id="dc" kind="data-centre" name="Trung tâm dữ liệu" status="planned"/>
            <component id="portal" kind="web-portal" name="Cổng thông tin" status="planned"/>
          </components>
          <roadmap until="2020">
            <phase number="1" start="2020" end="2021">
              <task action="build" component="lgsp" status="done"/>
            </phase>
            <phase number="2" start="2021" end="2024">
              <task action="train" owner="Sở Nội vụ">Đào tạo</task>
            </phase>
          </roadmap>
          <suppressions>
            <suppress rule="roadmap/unscheduled" component="portal" reason="ngoài phạm vi"/>
          </suppressions>
        </architecture>
        """)
    let drawing = TimelineDiagram(analysis: analysis, findings: validation.findings, language: .english).drawing()
    let places = drawing.markers.map { "\($0.finding.ruleID) \($0.place)" }
    #expect(
      drawing.markers.contains { $0.place == .roadmap && $0.finding.ruleID == "roadmap/phase-sequence" }, "\(places)")
    #expect(
      drawing.markers.contains { $0.place == .phase(0) && $0.finding.ruleID == "roadmap/phase-sequence" }, "\(places)")
    #expect(drawing.markers.contains { $0.place == .unscheduled(component: "dc") }, "\(places)")
    #expect(!drawing.markers.contains { $0.place == .unscheduled(component: "portal") }, "\(places)")
    #expect(drawing.svg.contains("Not scheduled in any phase"))
    #expect(texts(in: drawing.svg).contains("Trung tâm dữ liệu ('dc')"))
    #expect(drawing.markers.first?.place == .roadmap)
  }

  // MARK: - The box and the text

  /// Every bundled model fits a 1920×1080 slide with no text under 14 px, and every text of a
  /// task stays in its row.
  @Test(arguments: PackageRoot.models.map(\.lastPathComponent), Language.allCases)
  func everyBundledModelFitsASlide(model: String, language: Language) throws {
    let drawing = try timeline(model, language: language)
    #expect(drawing.fitsBox && drawing.width == 1920 && drawing.height == 1080)
    #expect(drawing.svg.contains(#"viewBox="0 0 1920 1080""#))
    for match in drawing.svg.matches(of: /font-size="([0-9.]+)"/) {
      #expect(Double(match.1)! >= TimelineDiagram.smallestTextSize, "\(model): font-size \(match.1)")
    }
    checkRowsHoldTheirText(drawing.svg, name: model)
  }

  /// Every text of a task's group lies within its bar's height (the row's middle) and within
  /// the drawing's width, by the estimated widths.
  private func checkRowsHoldTheirText(_ svg: String, name: String, width: Double = 1920) {
    for match in svg.matches(of: /<g class="task" id="(task-[0-9.]+)">/) {
      let row = group(String(match.1), in: svg)
      guard let bar = row.firstMatch(of: /<rect x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)" height="([0-9.]+)"/),
        let top = Double(bar.2), let height = Double(bar.4)
      else {
        Issue.record("\(name): \(match.1) has no bar")
        continue
      }
      for text in row.matches(of: /<text ([^>]*)>(.*?)<\/text>/) {
        let attributes = String(text.1)
        let y = Double(attributes.firstMatch(of: /y="([0-9.]+)"/).map { String($0.1) } ?? "") ?? -1
        let x = Double(attributes.firstMatch(of: /x="([0-9.]+)"/).map { String($0.1) } ?? "") ?? -1
        let size = Double(attributes.firstMatch(of: /font-size="([0-9.]+)"/).map { String($0.1) } ?? "") ?? 14
        #expect(y > top && y < top + height + 3, "\(name): \(match.1): text at y \(y) outside its row \(top)+\(height)")
        let content = texts(in: String(text.0)).joined()
        let estimated = TextMetrics.width(content, size: size, bold: attributes.contains("bold"))
        let left = attributes.contains("text-anchor=\"end\"") ? x - estimated : x
        let right = attributes.contains("text-anchor=\"middle\"") ? x + estimated / 2 : left + estimated
        #expect(left >= 0 && right <= width, "\(name): \(match.1): '\(content)' from \(left) to \(right)")
      }
    }
  }

  @Test func manyTasksGrowTheDrawingBeyondTheBox() throws {
    let tasks = (1...60).map { "<task action=\"build\" owner=\"Sở \($0)\">Nhiệm vụ số \($0) của giai đoạn</task>" }
    let (validation, analysis) = try validate(
      text: """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="t" province="P" framework="2.0" asOf="2021-01-01">
          <components><component id="lgsp" kind="lgsp" name="LGSP" status="planned"/></components>
          <roadmap until="2022"><phase number="1" start="2020">\(tasks.joined())</phase></roadmap>
        </architecture>
        """)
    let drawing = TimelineDiagram(analysis: analysis, findings: validation.findings, language: .vietnamese).drawing()
    #expect(!drawing.fitsBox)
    #expect(drawing.height > 1080)
    #expect(drawing.svg.contains("viewBox=\"0 0 1920 \(Int(drawing.height))\""))
    checkRowsHoldTheirText(drawing.svg, name: "60 tasks")
    let small = TimelineDiagram(
      analysis: analysis, findings: validation.findings, language: .english, width: 1024, height: 768
    ).drawing()
    #expect(small.svg.contains("viewBox=\"0 0 1024 "))
    checkRowsHoldTheirText(small.svg, name: "60 tasks at 1024", width: 1024)
  }

  @Test func aShortSpanShowsMonthsAndDatedTasksAtTheirDays() throws {
    let (validation, analysis) = try validate(
      text: """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="t" province="P" framework="2.0" asOf="2025-08-06">
          <components><component id="lgsp" kind="lgsp" name="LGSP" status="existing"/></components>
          <roadmap until="2025">
            <phase number="1" start="2025">
              <task action="build" start="2025-03-01" due="2025-06-30" status="in-progress">Quý hai</task>
            </phase>
          </roadmap>
        </architecture>
        """)
    let drawing = TimelineDiagram(analysis: analysis, findings: validation.findings, language: .vietnamese).drawing()
    let axis = texts(in: group("axis", in: drawing.svg))
    #expect(axis.contains("thg 3") && axis.contains("thg 12") && axis.contains("2025"), "\(axis)")
    let bar = try #require(
      group("task-1.1", in: drawing.svg).firstMatch(of: /<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)"/))
    // March to June of one year drawn over 1864 pixels: a third of the width, from a sixth.
    let scale = TimelineScale(firstYear: 2025, lastYear: 2025, left: 28, right: 1892)
    #expect(abs(Double(bar.1)! - scale.x(start: CalendarDate(year: 2025, month: 3, day: 1)!)) < 0.1)
    #expect(abs(Double(bar.1)! + Double(bar.2)! - scale.x(end: CalendarDate(year: 2025, month: 6, day: 30)!)) < 0.1)
    #expect(drawing.markers.map(\.finding.ruleID) == ["roadmap/overdue"])
    #expect(drawing.svg.contains("tính đến ngày 06/08/2025"))
  }

  @Test func phaseNumbersDrawSomePhasesOnly() throws {
    let whole = try timeline("lai-chau-2.0-draft.xml")
    let second = try timeline("lai-chau-2.0-draft.xml", phases: [2])
    #expect(whole.svg.contains("id=\"phase-1\"") && !second.svg.contains("id=\"phase-1\""))
    #expect(second.svg.contains("id=\"phase-2\"") && !second.svg.contains("id=\"task-1.1\""))
    #expect(second.markers.map(\.finding.ruleID) == ["roadmap/unknown-component"])
    #expect(second.markers.first?.number == 1)
  }

  // MARK: - Escaping

  /// A model whose names hold every character XML treats specially, a line break and a
  /// right-to-left override.
  private var hostileModel: Architecture {
    let here = SourcePosition.start
    return Architecture(
      id: "hostile", province: "Tỉnh \"Thử\" <b>&amp;</b> ]]>", framework: "2.0",
      asOf: CalendarDate(year: 2021, month: 1, day: 1),
      components: [
        Component(
          id: "a\"b", kind: "lgsp",
          name: "Nền tảng \"LGSP\" <script>alert('x')</script>\nline two & co \u{202E}exe.txt",
          status: .existing, position: here)
      ],
      roadmap: Roadmap(
        until: 2022,
        phases: [
          Phase(
            number: 1, start: 2020, title: "Giai đoạn <i>\"đầu\"</i> & 'cuối'",
            tasks: [
              RoadmapTask(
                action: .build, component: "a\"b", status: .inProgress, owner: "Sở <TT&TT>", budget: 1200,
                position: SourcePosition(line: 3, column: 1)),
              RoadmapTask(
                action: .policy, owner: "\u{1B}[31mđỏ", text: "x\"/><script>y</script>",
                position: SourcePosition(line: 4, column: 1)),
            ], position: here)
        ], position: here))
  }

  /// The character data of `svg` as an XML parser reads it, or `nil` when it is not well-formed.
  private func characterData(of svg: String) -> String? {
    final class Collector: NSObject, XMLParserDelegate {
      var text = ""
      func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }
    let parser = XMLParser(data: Data(svg.utf8))
    let collector = Collector()
    parser.delegate = collector
    return parser.parse() ? collector.text : nil
  }

  @Test func hostileNamesAreEscapedAndShownAsTyped() throws {
    let analysis = Analysis(
      architecture: hostileModel, framework: nil, asOf: CalendarDate(year: 2021, month: 1, day: 1)!)
    for language in Language.allCases {
      let svg = TimelineDiagram(analysis: analysis, findings: [], language: language).render()
      let text = try #require(characterData(of: svg), "not well-formed:\n\(svg)")
      #expect(text.contains("Tỉnh \"Thử\" <b>&amp;</b> ]]>"), "\(text)")
      #expect(text.contains("Nền tảng \"LGSP\" <script>alert('x')</script> line two & co \\u{202E}exe.txt"), "\(text)")
      #expect(text.contains("Sở <TT&TT>"), "\(text)")
      #expect(text.contains("x\"/><script>y</script>"), "\(text)")
      #expect(text.contains("\\u{1B}[31mđỏ"), "\(text)")
      #expect(text.contains("Giai đoạn <i>\"đầu\"</i> & 'cuối'"), "\(text)")
      #expect(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("\u{202E}") && !svg.contains("\u{1B}"))
    }
    let titled = TimelineDiagram(analysis: analysis, findings: [], language: .english, title: "a\"><svg onload=x>")
    #expect(characterData(of: titled.render())?.contains("a\"><svg onload=x>") == true)
  }

  @Test func theWriterEscapesTextAndAttributes() {
    #expect(SVGWriter.escapedText("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;")
    #expect(SVGWriter.escapedAttribute("x\"\n\t<") == "x&quot;&#10;&#9;&lt;")
    #expect(SVGWriter.number(12) == "12" && SVGWriter.number(12.25) == "12.3" && SVGWriter.number(-0.04) == "0")
    #expect(SVGWriter.number(-3.15) == "-3.2" && SVGWriter.number(.nan) == "0")
    var writer = SVGWriter(width: 10, height: 5, title: "<t>")
    writer.text([("x", "1")], runs: [("a ", []), (" b", [("fill", "#000")])])
    #expect(
      writer.document.contains(
        ##"<text x="1" xml:space="preserve"><tspan>a </tspan><tspan fill="#000"> b</tspan></text>"##))
    #expect(writer.document.hasSuffix("</svg>\n") && writer.document.contains("<title>&lt;t&gt;</title>"))
  }

  // MARK: - Text widths

  @Test func widthsAreConservativeForVietnamese() {
    // DejaVu Sans's advances at 100 px: "Điện Biên" 494 px, "ệ" as wide precomposed or not.
    #expect(TextMetrics.width("Điện Biên", size: 100) >= 494)
    #expect(TextMetrics.width("e\u{302}\u{323}", size: 14) == TextMetrics.width("ệ", size: 14))
    #expect(TextMetrics.width("Ứng", size: 100) >= TextMetrics.width("Ung", size: 100))
    #expect(TextMetrics.width("iiii", size: 10) < TextMetrics.width("mmmm", size: 10))
  }

  @Test func textIsCutAndWrappedToItsWidth() {
    let name = "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lai Châu"
    let cut = TextMetrics.truncated(name, toWidth: 200, size: 15)
    #expect(cut?.hasSuffix("…") == true && TextMetrics.width(cut ?? "", size: 15) <= 200)
    #expect(TextMetrics.truncated(name, toWidth: 5, size: 15) == nil)
    #expect(TextMetrics.truncated("ngắn", toWidth: 200, size: 15) == "ngắn")
    let lines = TextMetrics.wrapped(name, toWidth: 250, size: 15, lines: 2)
    #expect(lines.count == 2 && lines[1].hasSuffix("…"))
    #expect(lines.allSatisfy { TextMetrics.width($0, size: 15) <= 250 })
    #expect(TextMetrics.wrapped(name, toWidth: 2000, size: 15, lines: 3) == [name])
    #expect(TextMetrics.visible("a\n  b\u{202E}c\u{1B}") == "a b\\u{202E}c\\u{1B}")
  }

  @Test func daysAreCountedAsTheCalendarDoes() {
    #expect(
      TimelineScale.dayNumber(year: 2020, month: 3, day: 1) - TimelineScale.dayNumber(year: 2020, month: 2, day: 28)
        == 2)
    #expect(
      TimelineScale.dayNumber(year: 2021, month: 1, day: 1) - TimelineScale.dayNumber(year: 2020, month: 1, day: 1)
        == 366)
    #expect(
      TimelineScale.dayNumber(year: 2100, month: 3, day: 1) - TimelineScale.dayNumber(year: 2100, month: 2, day: 28)
        == 1)
    let scale = TimelineScale(firstYear: 2020, lastYear: 2021, left: 0, right: 731)
    #expect(scale.x(year: 2021) == 366 && scale.x(year: 2030) == 731 && scale.x(year: 1900) == 0)
  }
}
