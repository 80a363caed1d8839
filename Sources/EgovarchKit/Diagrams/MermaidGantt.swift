/// The roadmap as a Mermaid `gantt` chart, which GitHub and GitLab draw in Markdown: a section
/// per phase, a task per roadmap task from its start to its due date (`GanttPlan`), its status
/// as Mermaid's tags (`done`, `active`; `crit` with its findings named after its label), and a
/// milestone at the as-of date in a row of its own.
///
/// Names are escaped by `MermaidText` and the ids are made here (`t1`, `t2` …), so that no name
/// of a model changes the chart. Mermaid's today marker is off: the chart is judged at its as-of
/// date, not at the day it is looked at.
public struct MermaidGantt: GanttText {
  /// The roadmap on its calendar.
  public var plan: GanttPlan
  /// The language of the labels.
  public var language: Language
  /// The title.
  public var title: String

  /// The chart of `plan`, titled `title`.
  public init(plan: GanttPlan, language: Language, title: String) {
    self.plan = plan
    self.language = language
    self.title = title
  }

  /// The widest a section's line is written, in characters, before it wraps.
  static let sectionWidth = 32
  /// The widths the chart may be laid out at, in pixels (Mermaid's `useWidth`), the narrowest
  /// first: a viewer scales the chart to its page, so that the room computed here for the
  /// labels holds wherever it is shown.
  static let widths = stride(from: 1100, through: 2400, by: 100)
  /// The least part of the width the time axis keeps.
  static let plotShare = 0.4
  /// The width of a character of a label or a section name (Mermaid's 11 px font), in pixels,
  /// an estimate on the wide side.
  static let characterWidth = 6.6

  /// The lines of a phase's section name: "Phase 1 (2018–2019)" and its title, wrapped, as
  /// many as its rows hold (Mermaid centres the name on them and lets more lines run into the
  /// next section); the last line kept ends with "…" when the title is cut.
  func sectionLines(_ section: GanttPlan.Section) -> [String] {
    let head = Vocabulary.capitalized(RoadmapWording.phase(section.phase)).text(in: language)
    let title = section.phase.phase.title.map { MermaidText.wrapped($0, width: Self.sectionWidth) } ?? []
    // A row is 24 px high (a 20 px bar and a 4 px gap), a line of the 11 px font 13 px.
    let capacity = max(1, max(1, section.bars.count) * 24 / 13)
    var lines = [head] + title
    if lines.count > capacity {
      lines = Array(lines.prefix(capacity))
      if capacity > 1 { lines[capacity - 1] = Vocabulary.shortened(lines[capacity - 1] + " …", to: Self.sectionWidth) }
    }
    return lines
  }

  /// A bar's label with the marks of its findings.
  func label(_ bar: GanttPlan.Bar) -> String {
    let label = bar.label(in: language)
    return bar.marks(in: language).map { label + " ⚠ " + $0 } ?? label
  }

  /// Mermaid's width and left and right paddings: the left one holds the section names
  /// (Mermaid neither wraps nor clips them), the right one is wide enough that every label
  /// too long for its bar fits on the bar's right, as Mermaid puts it when there is room (else
  /// on its left, over the section names); the chart is made wider when the time axis would
  /// otherwise keep less than `plotShare` of it.
  func layout(sectionLines: [String], labels: [(start: CalendarDate, end: CalendarDate, text: String)]) -> (
    width: Int, left: Int, right: Int
  ) {
    // Section names are drawn decoded; labels are placed by their measure with placeholders.
    let widest = sectionLines.map(\.count).max() ?? 0
    let first = labels.map(\.start).min() ?? plan.asOf
    let origin = GanttPlan.dayNumber(first)
    let days = Double(GanttPlan.dayNumber(GanttPlan.dayAfter(labels.map(\.end).max() ?? first)) - origin)
    var last = (width: 0, left: 0, right: 0)
    for width in Self.widths {
      let left = min(max(75, Int(Double(widest) * Self.characterWidth) + 30), width / 3)
      var right = 75
      while Double(width - left - right) >= Self.plotShare * Double(width) {
        let plot = Double(width - left - right)
        let fits = labels.allSatisfy { label in
          let start = Double(GanttPlan.dayNumber(label.start) - origin) / days * plot
          let end = Double(GanttPlan.dayNumber(GanttPlan.dayAfter(label.end)) - origin) / days * plot
          let text = Double(MermaidText.measuredLength(MermaidText.ganttText(label.text))) * Self.characterWidth
          // Mermaid's rule: inside when it fits, right when end + text + 1.5 × left ≤ width.
          return text <= end - start || end + text + 1.5 * Double(left) <= Double(width)
        }
        if fits { return (width, left, right) }
        last = (width, left, right)
        right += 25
      }
    }
    return last
  }

  /// The Mermaid text.
  public func render() -> String {
    let asOfRow = Vocabulary.capitalized(TextDiagramWording.asOfRow).text(in: language)
    let asOfText = plan.asOf.spoken.text(in: language)
    let sections = plan.sections.map(sectionLines)
    var labels = [(start: plan.asOf, end: plan.asOf, text: asOfText)]
    for section in plan.sections {
      if section.bars.isEmpty {
        labels.append((section.start, section.end, DiagramWording.noTasks.text(in: language)))
      }
      labels += section.bars.map { ($0.start, $0.end, label($0)) }
    }
    let (width, left, right) = layout(sectionLines: sections.flatMap { $0 } + [asOfRow], labels: labels)
    var lines = [
      "%%{init: {\"gantt\": {\"useWidth\": \(width), \"leftPadding\": \(left), \"rightPadding\": \(right)}}}%%",
      "gantt",
    ]
    lines.append("  title " + MermaidText.ganttText(title))
    lines.append("  dateFormat YYYY-MM-DD")
    let years = (plan.end?.year ?? 0) - (plan.start?.year ?? 0) + 1
    lines.append(years > 3 ? "  axisFormat %Y" : "  axisFormat %m/%Y")
    lines.append("  todayMarker off")
    if !plan.sections.isEmpty {
      lines.append("  section " + MermaidText.ganttText(asOfRow))
      lines.append("  " + MermaidText.ganttText(asOfText) + " :milestone, asof, \(plan.asOf), 0d")
    }
    var number = 0
    for (section, names) in zip(plan.sections, sections) {
      lines.append("  section " + names.map(MermaidText.ganttText).joined(separator: "<br>"))
      if section.bars.isEmpty {
        number += 1
        let empty = MermaidText.ganttText(DiagramWording.noTasks.text(in: language))
        lines.append("  \(empty) :t\(number), \(section.start), \(GanttPlan.dayAfter(section.end))")
      }
      for bar in section.bars {
        number += 1
        var tags: [String] = []
        if !bar.findings.isEmpty { tags.append("crit") }
        switch bar.task.status {
        case .done: tags.append("done")
        case .inProgress: tags.append("active")
        case .notStarted, .cancelled: break
        }
        let data = (tags + ["t\(number)", bar.start.description, GanttPlan.dayAfter(bar.end).description])
        lines.append("  " + MermaidText.ganttText(label(bar)) + " :" + data.joined(separator: ", "))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
