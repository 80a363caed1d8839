/// The roadmap as a PlantUML Gantt chart (`@startgantt` … `@endgantt`): the project's start,
/// a separator per phase, a task per roadmap task from its start to its due date
/// (`GanttPlan`) filled by its status and outlined in red with its findings named after its
/// label, a milestone and the day's colour at the as-of date, and a legend.
///
/// The time scale is chosen by PlantUML's version, through its preprocessor: PlantUML before
/// 2022 (Debian's is 1.2020.02) knows only daily and weekly scales, later ones monthly and
/// quarterly, which fit a roadmap of several years on a page. Names are escaped by
/// `PlantUMLText` and the task ids are made here (`t1`, `t2` …).
public struct PlantUMLGantt: GanttText {
  /// The fill and line colours of each task status.
  static let colours: [(TaskStatus, fill: String, line: String)] = [
    (.done, "#b6dfa0", "#38761d"), (.inProgress, "#ffe38a", "#bf9000"), (.notStarted, "#ffffff", "#595959"),
    (.cancelled, "#d9d9d9", "#7f7f7f"),
  ]
  /// The line colour of a task with a finding.
  static let findingLine = "#c00000"

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

  /// The PlantUML text.
  public func render() -> String {
    var lines = ["@startgantt"]
    let years = (plan.end?.year ?? 0) - (plan.start?.year ?? 0) + 1
    lines += [
      "!if %intval(%substr(%version(), 2, 4)) < 2022", "printscale weekly", "!else",
      years > 3 ? "printscale quarterly" : "printscale monthly", "!endif",
    ]
    lines.append("title " + PlantUMLText.escaped(title))
    guard let start = plan.start else {
      lines.append("Project starts \(plan.asOf)")
      lines.append(
        "[" + PlantUMLText.escaped(DiagramWording.noTasks.text(in: language)) + "] as [t0] happens \(plan.asOf)")
      return (lines + ["@endgantt"]).joined(separator: "\n") + "\n"
    }
    lines.append("Project starts \(min(start, plan.asOf))")
    var number = 0
    for section in plan.sections {
      let head = Vocabulary.capitalized(RoadmapWording.phase(section.phase)).text(in: language)
      let name = section.phase.phase.title.map { "\(head): \($0)" } ?? head
      lines.append("-- " + PlantUMLText.escaped(name) + " --")
      if section.bars.isEmpty {
        number += 1
        lines.append(
          "[" + PlantUMLText.escaped(DiagramWording.noTasks.text(in: language))
            + "] as [t\(number)] starts \(section.start) and ends \(section.end)")
        lines.append("[t\(number)] is colored in #f2f2f2/#bfbfbf")
      }
      for bar in section.bars {
        number += 1
        var label = bar.label(in: language)
        if let marks = bar.marks(in: language) { label += " ⚠ " + marks }
        lines.append(
          "[" + PlantUMLText.escaped(label) + "] as [t\(number)] starts \(bar.start) and ends \(bar.end)")
        let colours = Self.colours.first { $0.0 == bar.task.status } ?? Self.colours[2]
        let line = bar.findings.isEmpty ? colours.line : Self.findingLine
        lines.append("[t\(number)] is colored in \(colours.fill)/\(line)")
      }
    }
    let asOf = Vocabulary.capitalized(Vocabulary.asOf(plan.asOf.spoken)).text(in: language)
    lines.append("[" + PlantUMLText.escaped(asOf) + "] as [asof] happens \(plan.asOf)")
    lines.append("today is \(plan.asOf) and is colored in #ff9999")
    lines += legend()
    lines.append("@endgantt")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The legend, a table: a swatch per status and the red outline of a task with a finding.
  private func legend() -> [String] {
    var lines = ["legend", "|= |= " + PlantUMLText.escaped(DiagramWording.legend.text(in: language)) + " |"]
    for (status, fill, _) in Self.colours {
      lines.append("|<\(fill)>     | " + PlantUMLText.escaped(status.term.text(in: language)) + " |")
    }
    let marked = "⚠ " + TextDiagramWording.withFinding.text(in: language)
    lines.append("| <color:\(Self.findingLine)>□□□</color> | " + PlantUMLText.escaped(marked) + " |")
    lines.append("endlegend")
    return lines
  }
}
