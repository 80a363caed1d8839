/// The roadmap laid out on a calendar for the Gantt charts: a section per phase at its years,
/// a bar per task from its start to its due date, and the findings of each task.
///
/// A task runs from its own `start` (its first day) to its own `due` (its last day), as format
/// 1.1 writes them; without them, from the first day of its phase to the last day of the
/// phase's last year. A phase whose years cannot be put on a calendar (built by hand with a
/// year outside 1–9999) is left out with its tasks.
public struct GanttPlan: Sendable {
  /// One task as a bar.
  public struct Bar: Sendable {
    /// The task.
    public var task: RoadmapTask
    /// Its position in its phase (0-based).
    public var index: Int
    /// The component it names, when the model has it.
    public var component: Component?
    /// Its first day.
    public var start: CalendarDate
    /// Its last day (never before `start`).
    public var end: CalendarDate
    /// The findings at the task, not suppressed, in the order given.
    public var findings: [Finding]

    /// The rule ids of `findings`, each once, in order.
    public var ruleIDs: [String] {
      var seen: Set<String> = []
      return findings.map(\.ruleID).filter { seen.insert($0).inserted }
    }

    /// How the bar is named, on one line.
    ///
    /// Its action and component ("Build LGSP tỉnh Lai Châu"), else its text, else its action,
    /// at most `limit` characters of name; a cancelled task says so. Findings are not included
    /// (`marks(in:)`).
    public func label(in language: Language, limit: Int = 60) -> String {
      let verb = task.action.term.text(in: language)
      var label: String
      if let id = task.component {
        let name = component.map(\.name).flatMap { $0.isEmpty ? nil : $0 } ?? "'\(id)'"
        label = verb + " " + Vocabulary.shortened(name, to: limit)
      } else if let text = task.text.map({ Vocabulary.shortened($0, to: limit) }), !text.isEmpty {
        label = text
      } else {
        label = verb
      }
      label = Vocabulary.capitalized(LocalizedText(en: label, vi: label)).english
      if task.status == .cancelled { label += " (" + task.status.term.text(in: language) + ")" }
      return label
    }

    /// The marks of its findings ("overdue, status conflict"), or `nil` when it has none.
    public func marks(in language: Language) -> String? {
      let marks = ruleIDs.map { TextDiagramWording.mark($0).text(in: language) }
      return marks.isEmpty ? nil : marks.joined(separator: ", ")
    }
  }

  /// One phase as a section.
  public struct Section: Sendable {
    /// The phase.
    public var phase: RoadmapSchedule.ScheduledPhase
    /// The first day of its first year.
    public var start: CalendarDate
    /// The last day of its last year (of its first year when its end is open, or of its
    /// tasks' latest due date).
    public var end: CalendarDate
    /// Its tasks in document order.
    public var bars: [Bar]
  }

  /// The phases that can be drawn, in document order.
  public var sections: [Section]
  /// The date statuses are judged at.
  public var asOf: CalendarDate

  /// The first day of the chart: the earliest start of a section or a bar; `nil` when there
  /// is no section.
  public var start: CalendarDate? {
    sections.flatMap { [$0.start] + $0.bars.map(\.start) }.min()
  }

  /// The last day of the chart: the latest end of a section or a bar; `nil` when there is no
  /// section.
  public var end: CalendarDate? {
    sections.flatMap { [$0.end] + $0.bars.map(\.end) }.max()
  }

  /// Lays out the roadmap of `analysis`'s model, with `findings` (its validation's; the
  /// suppressed ones are left out).
  public init(analysis: Analysis, findings: [Finding]) {
    asOf = analysis.asOf
    var byPosition: [SourcePosition: [Finding]] = [:]
    for finding in findings where !finding.isSuppressed {
      byPosition[finding.location.position, default: []].append(finding)
    }
    let graph = analysis.graph
    sections = analysis.schedule.phases.compactMap { scheduled in
      let phase = scheduled.phase
      guard let first = CalendarDate(year: phase.start, month: 1, day: 1) else { return nil }
      let dues = phase.tasks.compactMap { $0.due.flatMap { Self.drawable($0.lastDay) } }
      let endYear = scheduled.endYear ?? max(phase.start, dues.map(\.year).max() ?? phase.start)
      let last = CalendarDate.endOfYear(max(endYear, phase.start)) ?? CalendarDate.endOfYear(phase.start)!
      let bars = phase.tasks.enumerated().map { index, task in
        let start = task.start.flatMap { Self.drawable($0.firstDay) } ?? first
        let end = task.due.flatMap { Self.drawable($0.lastDay) } ?? last
        return Bar(
          task: task, index: index, component: task.component.flatMap { graph.component(withID: $0) },
          start: start, end: max(start, end), findings: byPosition[task.position] ?? [])
      }
      return Section(phase: scheduled, start: first, end: last, bars: bars)
    }
  }

  /// `date` when it is a real date of years 1–9999 (one a hand-built model may lack).
  private static func drawable(_ date: CalendarDate) -> CalendarDate? {
    CalendarDate(year: date.year, month: date.month, day: date.day)
  }

  /// The number of days from 1 January of year 1 to `date` (a proleptic Gregorian count).
  public static func dayNumber(_ date: CalendarDate) -> Int {
    // Days before the year, before the month (March-based, so that February comes last), and of the month.
    let year = date.month <= 2 ? date.year - 1 : date.year
    let month = date.month <= 2 ? date.month + 12 : date.month
    return 365 * year + year / 4 - year / 100 + year / 400 + (153 * (month - 3) + 2) / 5 + date.day - 307
  }

  /// The day after `date` (a chart's exclusive end); `date` itself after 31 December 9999.
  public static func dayAfter(_ date: CalendarDate) -> CalendarDate {
    CalendarDate(year: date.year, month: date.month, day: date.day + 1)
      ?? CalendarDate(year: date.year, month: date.month + 1, day: 1)
      ?? CalendarDate(year: date.year + 1, month: 1, day: 1)
      ?? date
  }
}
