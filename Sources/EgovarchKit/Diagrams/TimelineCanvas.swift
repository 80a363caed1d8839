/// The layout of one timeline and its drawing in SVG: where every row, bar, label and marker
/// goes (see `TimelineDiagram`).
///
/// The layout is computed once, top to bottom: the title (with the legend beside it when
/// there is room, else under it), the axis, the strip of indicator deadlines, the phases with
/// their tasks' rows, the as-of label and the footnote. The rows share the height the rest
/// leaves in the box (up to `TimelineStyle.tallestRow`, with fonts to match); when that is
/// less than `TimelineStyle.lowestRow`, the drawing grows taller than the box.
struct TimelineCanvas {
  /// A phase's years as drawn.
  struct PhaseYears {
    /// The first year.
    var first: Int
    /// The last year (the first when the phase ends before it starts).
    var last: Int
    /// Whether the phase has no end year (the last phase of a roadmap without `until`).
    var isOpen: Bool
  }

  /// An entry of the legend: its symbol and its label.
  enum LegendSymbol {
    /// A bar of a task status.
    case status(TaskStatus)
    /// A bar with a finding.
    case finding
    /// The as-of line.
    case asOf
    /// A marker on the axis.
    case indicator
  }

  /// A task's label fitted to its place.
  struct FittedLabel {
    /// The name, on one line or two.
    var name: [String]
    /// The details shown (after the name on one line, under it on two), if any.
    var details: String?
    /// Whether the name and every detail are shown whole.
    var isComplete: Bool
    /// Whether the name is shown whole.
    var hasWholeName: Bool
  }

  /// The diagram drawn.
  let diagram: TimelineDiagram
  /// The findings marked.
  let markers: [TimelineMarker]
  /// The drawing's width.
  let width: Double
  /// The x of the axis's start.
  let chartLeft: Double
  /// The x of the axis's end.
  let chartRight: Double
  /// The axis.
  let scale: TimelineScale
  /// The years of every phase of the schedule, by index.
  let phaseYears: [PhaseYears]
  /// The rows, top to bottom.
  let rows: [TimelineRow]
  /// The height of a task's row.
  let rowHeight: Double
  /// Whether the axis shows months.
  let showsMonths: Bool
  /// The legend's entries.
  let legend: [(symbol: LegendSymbol, label: String)]
  /// The legend's entries by row, when it is not beside the title.
  let legendLines: [[Int]]
  /// Whether the legend is beside the title.
  let legendInline: Bool
  /// The footnote's entries: each number with its marker's message's lines.
  let footnote: [(marker: TimelineMarker, lines: [String])]
  /// The width of the footnote's column of rule ids.
  let ruleColumn: Double
  /// The drawing's height.
  let height: Double
  /// Whether it fits the box.
  let fitsBox: Bool

  /// The language of the words.
  var language: Language { diagram.language }
  /// The schedule's phases, drawn or not (`phaseYears` and the rows use their indices).
  var phases: [RoadmapSchedule.ScheduledPhase] { diagram.analysis.schedule.phases }

  /// Lays out the timeline of `diagram` with `markers`.
  init(diagram: TimelineDiagram, markers: [TimelineMarker]) {
    self.diagram = diagram
    self.markers = markers
    width = diagram.width
    chartLeft = TimelineStyle.margin
    chartRight = diagram.width - TimelineStyle.margin
    let analysis = diagram.analysis
    let phases = analysis.schedule.phases
    let asOf = analysis.asOf

    // The phases' years; an open last phase runs to its tasks' last year (within ten years).
    let phaseYears = phases.map { scheduled in
      let start = scheduled.phase.start
      guard let end = scheduled.endYear else {
        let taskYears = scheduled.phase.tasks.flatMap { [$0.start?.year, $0.due?.year].compactMap { $0 } }
        let last = taskYears.filter { $0 >= start && $0 <= start + 10 }.max() ?? start
        return PhaseYears(first: start, last: last, isOpen: true)
      }
      return PhaseYears(first: start, last: max(start, end), isOpen: false)
    }
    self.phaseYears = phaseYears
    let shown = phases.filter(diagram.shows)
    scale = Self.makeScale(
      phaseYears: shown.map { phaseYears[$0.index] }, phases: shown, markers: markers, asOf: asOf, left: chartLeft,
      right: chartRight)
    showsMonths = scale.yearWidth / 12 >= Self.widestMonth(in: diagram.language) + 10

    // The rows.
    var rows: [TimelineRow] = []
    for scheduled in shown {
      rows.append(.phaseHeader(scheduled.index))
      if scheduled.phase.tasks.isEmpty {
        rows.append(.emptyPhase(scheduled.index))
      } else {
        rows += scheduled.phase.tasks.indices.map { .task(phase: scheduled.index, task: $0) }
      }
    }
    if shown.isEmpty { rows.append(.noRoadmap) }
    var unscheduled: [String] = []
    for marker in markers {
      if case .unscheduled(let component) = marker.place, unscheduled.last != component {
        unscheduled.append(component)
      }
    }
    if !unscheduled.isEmpty {
      rows.append(.unscheduledHeader)
      rows += unscheduled.map { .unscheduled($0) }
    }
    self.rows = rows

    // The legend of what is drawn (the statuses of the tasks shown, a finding when one is
    // marked), beside the title when both fit on its row.
    let statuses = Set(shown.flatMap { $0.phase.tasks.map(\.status) })
    var legend: [(symbol: LegendSymbol, label: String)] = RoadmapDiagram.fills.filter { statuses.contains($0.0) }.map {
      (.status($0.0), $0.0.term.text(in: diagram.language))
    }
    if markers.contains(where: { if case .indicator = $0.place { false } else { true } }) {
      legend.append((.finding, Vocabulary.findingOnTask.text(in: diagram.language)))
    }
    legend.append((.asOf, Vocabulary.asOf(asOf).text(in: diagram.language)))
    if markers.contains(where: { if case .indicator = $0.place { true } else { false } }) {
      legend.append((.indicator, Vocabulary.indicatorDeadline.text(in: diagram.language)))
    }
    self.legend = legend
    let chartWidth = chartRight - chartLeft
    let itemWidths = legend.map { Self.legendItemWidth($0.label) }
    let titleWidth = min(
      chartWidth, TextMetrics.width(Self.titleText(of: diagram), size: TimelineStyle.titleSize, bold: true))
    let roadmapMarkers = markers.filter { $0.place == .roadmap }.map(\.number)
    let titleMarkerWidth = roadmapMarkers.isEmpty ? 0 : Self.markerWidth(Self.numbers(roadmapMarkers)) + 12
    legendInline = titleWidth + titleMarkerWidth + 20 + itemWidths.reduce(0, +) <= chartWidth
    var lines: [[Int]] = [[]]
    var used = 0.0
    for (index, itemWidth) in itemWidths.enumerated() {
      if !lines[lines.count - 1].isEmpty && used + itemWidth > chartWidth {
        lines.append([])
        used = 0
      }
      lines[lines.count - 1].append(index)
      used += itemWidth
    }
    legendLines = lines

    // The footnote: number, rule id, message wrapped beside them.
    let ruleWidths = markers.map { TextMetrics.width($0.finding.ruleID, size: TimelineStyle.footnoteSize, bold: true) }
    ruleColumn = (ruleWidths.max() ?? 0) + 16
    let messageWidth = max(120, chartWidth - Self.footnoteNumberColumn - ruleColumn)
    var listed: Set<Int> = []
    footnote = markers.filter { listed.insert($0.number).inserted }.map { marker in
      let message = TextMetrics.visible(marker.finding.message.text(in: diagram.language))
      let lines = TextMetrics.wrapped(message, toWidth: messageWidth, size: TimelineStyle.footnoteSize, lines: 8)
      return (marker, lines.isEmpty ? [""] : lines)
    }

    // The row height: the largest that fits the box.
    let fixed = Self.fixedHeight(
      rows: rows, legendLines: legendInline ? 0 : lines.count, showsMonths: showsMonths,
      hasIndicators: legend.contains { if case .indicator = $0.symbol { true } else { false } },
      footnoteLines: footnote.reduce(0) { $0 + $1.lines.count }, footnoteEntries: footnote.count)
    let taskRows = Double(rows.filter { !$0.isHeader }.count)
    let available = diagram.height - fixed
    let fitting = taskRows > 0 ? (available / taskRows).rounded(.down) : TimelineStyle.tallestRow
    rowHeight = min(TimelineStyle.tallestRow, max(TimelineStyle.lowestRow, fitting))
    fitsBox = fitting >= TimelineStyle.lowestRow
    height = max(diagram.height, (fixed + rowHeight * taskRows).rounded(.up))
  }

  // MARK: - Layout helpers

  /// The width of the footnote's column of numbers.
  static let footnoteNumberColumn = 44.0

  /// The title drawn: the diagram's own, else "Roadmap timeline: PROVINCE".
  static func titleText(of diagram: TimelineDiagram) -> String {
    TextMetrics.visible(
      diagram.title
        ?? Vocabulary.timelineTitle(province: diagram.analysis.architecture.province).text(in: diagram.language))
  }

  /// The height of everything but the tasks' rows.
  static func fixedHeight(
    rows: [TimelineRow], legendLines: Int, showsMonths: Bool, hasIndicators: Bool, footnoteLines: Int,
    footnoteEntries: Int
  ) -> Double {
    var total = TimelineStyle.margin + TimelineStyle.titleRow + Double(legendLines) * TimelineStyle.legendRow + 6
    total += TimelineStyle.yearRow + (showsMonths ? TimelineStyle.monthRow : 0)
    total += hasIndicators ? TimelineStyle.indicatorStrip : 0
    let headers = rows.filter(\.isHeader).count
    total += Double(headers) * TimelineStyle.phaseHeader + Double(max(0, headers - 1)) * TimelineStyle.phaseGap + 6
    total += TimelineStyle.asOfStrip
    if footnoteEntries > 0 {
      total += 10 + TimelineStyle.footnoteLine + 4
      total += Double(footnoteLines) * TimelineStyle.footnoteLine + Double(footnoteEntries) * TimelineStyle.footnoteGap
    }
    return total + TimelineStyle.margin - 8
  }

  /// The years of the axis: the phases' years, widened to take in the tasks' dates, the
  /// marked indicators' deadlines and the as-of date when they lie at most three years outside
  /// (further ones are drawn at the edge); at most 120 years.
  static func makeScale(
    phaseYears: [PhaseYears], phases: [RoadmapSchedule.ScheduledPhase], markers: [TimelineMarker],
    asOf: CalendarDate, left: Double, right: Double
  ) -> TimelineScale {
    var first = phaseYears.map(\.first).min() ?? asOf.year
    var last = phaseYears.map(\.last).max() ?? asOf.year
    let core = (first: first, last: last)
    var years = [asOf.year]
    for scheduled in phases {
      for task in scheduled.phase.tasks { years += [task.start?.year, task.due?.year].compactMap { $0 } }
    }
    for marker in markers {
      if case .indicator(_, let deadline) = marker.place { years.append(deadline.year) }
    }
    for year in years {
      if year < first && year >= core.first - 3 { first = year }
      if year > last && year <= core.last + 3 { last = year }
    }
    first = min(max(first, 1), 9998)
    last = min(max(last, first), first + 119, 9998)
    return TimelineScale(firstYear: first, lastYear: last, left: left, right: right)
  }

  /// The widest month's label.
  static func widestMonth(in language: Language) -> Double {
    (1...12).map {
      TextMetrics.width(Vocabulary.monthAbbreviation($0).text(in: language), size: TimelineStyle.monthSize)
    }.max() ?? 0
  }

  /// The width of a legend entry with `label`, with the space after it.
  static func legendItemWidth(_ label: String) -> Double {
    34 + 8 + TextMetrics.width(label, size: TimelineStyle.legendSize) + TimelineStyle.legendSpacing
  }

  /// The numbers of a marker: "3", "3, 4", "3–7".
  static func numbers(_ numbers: [Int]) -> String {
    let sorted = numbers.sorted()
    guard let first = sorted.first, let last = sorted.last else { return "" }
    if sorted.count >= 3 && last - first == sorted.count - 1 { return "\(first)–\(last)" }
    return sorted.map(String.init).joined(separator: ", ")
  }

  /// The width of a marker showing `text`.
  static func markerWidth(_ text: String) -> Double {
    max(TimelineStyle.markerHeight, TextMetrics.width(text, size: TimelineStyle.markerSize, bold: true) + 12)
  }

  /// The numbers of the markers at `place`.
  func numbers(at place: TimelineMarker.Place) -> [Int] {
    markers.filter { $0.place == place }.map(\.number)
  }
}
