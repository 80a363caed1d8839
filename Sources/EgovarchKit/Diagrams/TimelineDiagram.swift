/// The roadmap as a timeline (a Gantt chart) in SVG, drawn by egovarch itself: a horizontal
/// axis in years, a band per phase at its years, a bar per task from its start to its due date
/// coloured by status, a vertical line at the date statuses are judged at, and the model's
/// roadmap findings marked where they apply, numbered and listed in a footnote.
///
/// A task's bar runs from its own `start` to its own `due` (format 1.1) or, without them,
/// over its phase's years. The findings marked are the roadmap's (`roadmap/…` and the gap
/// report's roadmap conflicts) and any other finding about a task or a phase, on the task's bar
/// or the phase's header (a red outline and a numbered marker); an indicator's finding
/// (missed, not reported, not supported in time) is a marker on the axis at its deadline. A
/// finding about a component is marked on the task that delivers it, or in a section of the
/// components no task names; one about the roadmap as a whole next to the title. Suppressed
/// findings are not marked, as the gap report does not list them.
///
/// The drawing fits a box of `width` by `height` pixels (a 16:9 slide, 1920 by 1080, by
/// default) with no text smaller than `smallestTextSize` at that size; with many tasks the
/// rows grow the height beyond the box (`TimelineDrawing.fitsBox` says so).
public struct TimelineDiagram: Sendable {
  /// The default width of the box: a 16:9 slide.
  public static let defaultWidth = 1920.0
  /// The default height of the box.
  public static let defaultHeight = 1080.0
  /// The smallest text drawn, in pixels of the box.
  public static let smallestTextSize = 14.0
  /// The smallest box drawn: a smaller width or height is raised to these.
  public static let smallestBox = (width: 640.0, height: 360.0)

  /// The analysis of the model: its schedule, its graph and its date.
  public var analysis: Analysis
  /// The findings of its validation.
  public var findings: [Finding]
  /// The language of the labels and the footnote.
  public var language: Language
  /// The title; `nil` for "Roadmap timeline: PROVINCE".
  public var title: String?
  /// The width of the box, in pixels.
  public var width: Double
  /// The height of the box, in pixels.
  public var height: Double
  /// The numbers of the phases drawn; empty for all of them.
  public var phaseNumbers: Set<Int>

  /// Creates the timeline of the model of `analysis` in a box of `width` by `height` pixels,
  /// with the phases numbered `phaseNumbers` only (all of them when it is empty).
  public init(
    analysis: Analysis, findings: [Finding], language: Language, title: String? = nil,
    width: Double = defaultWidth, height: Double = defaultHeight, phaseNumbers: Set<Int> = []
  ) {
    self.analysis = analysis
    self.findings = findings
    self.language = language
    self.title = title
    self.phaseNumbers = phaseNumbers
    self.width = width.isFinite ? max(Self.smallestBox.width, width) : Self.defaultWidth
    self.height = height.isFinite ? max(Self.smallestBox.height, height) : Self.defaultHeight
  }

  /// The SVG document.
  public func render() -> String { drawing().svg }

  /// The drawing: the SVG document, its size and the findings marked.
  public func drawing() -> TimelineDrawing {
    let markers = markers()
    let canvas = TimelineCanvas(diagram: self, markers: markers)
    return TimelineDrawing(
      svg: canvas.svg(), width: canvas.width, height: canvas.height, fitsBox: canvas.fitsBox, markers: markers)
  }

  /// Whether `phase` is drawn.
  func shows(_ phase: RoadmapSchedule.ScheduledPhase) -> Bool {
    phaseNumbers.isEmpty || phaseNumbers.contains(phase.phase.number)
  }

  /// The rules whose findings are marked wherever they are (on a task, a phase, a component's
  /// task, or the roadmap): the roadmap's own and the gap report's roadmap conflicts.
  static func isRoadmapRule(_ ruleID: String) -> Bool {
    ruleID.hasPrefix("roadmap/") || GapReport.conflictRules.contains(ruleID)
  }

  /// The findings marked on the timeline, numbered in the order they are drawn.
  ///
  /// The roadmap's come first (next to the title), then the indicators' by deadline, then
  /// phase by phase its header's and each task's in order, then the components no task names.
  /// Findings of one rule with one message (an owner renamed, on each of its tasks) share the
  /// number of the first, so that the footnote says it once. A finding about a phase not
  /// drawn, or one of its tasks, is not marked, nor an indicator due outside the years of the
  /// phases drawn.
  public func markers() -> [TimelineMarker] {
    let schedule = analysis.schedule
    var taskAt: [SourcePosition: (phase: Int, task: Int)] = [:]
    var phaseAt: [SourcePosition: Int] = [:]
    for scheduled in schedule.phases {
      if phaseAt[scheduled.phase.position] == nil { phaseAt[scheduled.phase.position] = scheduled.index }
      for (offset, task) in scheduled.phase.tasks.enumerated() where taskAt[task.position] == nil {
        taskAt[task.position] = (scheduled.index, offset)
      }
    }
    let indicators = analysis.architecture.indicators
    var indicatorAt: [SourcePosition: Int] = [:]
    var indicatorByID: [String: Int] = [:]
    for (index, indicator) in indicators.enumerated() {
      if indicatorAt[indicator.position] == nil { indicatorAt[indicator.position] = index }
      if indicatorByID[indicator.id] == nil { indicatorByID[indicator.id] = index }
    }
    let representative = representativeTasks()
    let componentOrder = analysis.graph.indexByID

    var placed: [(key: (Int, Int, Int), finding: Finding, place: TimelineMarker.Place)] = []
    for finding in findings.sorted() where !finding.isSuppressed {
      let position = finding.location.position
      if let task = taskAt[position] {
        placed.append(((2, task.phase, task.task + 1), finding, .task(phase: task.phase, task: task.task)))
      } else if let phase = phaseAt[position] {
        placed.append(((2, phase, 0), finding, .phase(phase)))
      } else if finding.ruleID.hasPrefix("kpi/"),
        let index = indicatorAt[position] ?? finding.related.first.flatMap({ indicatorByID[$0] }),
        let deadline = indicators[index].deadline
      {
        let place = TimelineMarker.Place.indicator(id: indicators[index].id, deadline: deadline)
        placed.append(((1, TimelineScale.dayNumber(deadline), index), finding, place))
      } else if Self.isRoadmapRule(finding.ruleID) {
        if let component = finding.component, let task = representative[component] {
          placed.append(((2, task.phase, task.task + 1), finding, .task(phase: task.phase, task: task.task)))
        } else if let component = finding.component {
          placed.append(((3, componentOrder[component] ?? Int.max, 0), finding, .unscheduled(component: component)))
        } else {
          placed.append(((0, 0, 0), finding, .roadmap))
        }
      }
    }
    // With some phases only, an indicator's deadline outside their years is not theirs.
    let hidden = Set(schedule.phases.filter { !shows($0) }.map(\.index))
    let shownYears = schedule.phases.filter(shows).map { ($0.phase.start, $0.endYear ?? Int.max) }
    placed.removeAll { entry in
      switch entry.place {
      case .task(let phase, _), .phase(let phase): return hidden.contains(phase)
      case .indicator(_, let deadline):
        return !phaseNumbers.isEmpty && !shownYears.contains { $0.0 <= deadline.year && deadline.year <= $0.1 }
      default: return false
      }
    }
    // A stable sort: one place's findings keep their order.
    let ordered = placed.enumerated().sorted {
      ($0.element.key.0, $0.element.key.1, $0.element.key.2, $0.offset)
        < ($1.element.key.0, $1.element.key.1, $1.element.key.2, $1.offset)
    }
    // Findings that say the same thing (one renamed owner on many tasks) share one number.
    var numbers: [[String]: Int] = [:]
    return ordered.map { entry in
      let finding = entry.element.finding
      let key = [finding.ruleID, finding.message.english, finding.message.vietnamese]
      let number = numbers[key] ?? numbers.count + 1
      numbers[key] = number
      return TimelineMarker(number: number, finding: finding, place: entry.element.place)
    }
  }

  /// The task that stands for each component the roadmap names: the first that delivers it and
  /// is not cancelled, else the first not cancelled that names it, else the first that names it.
  func representativeTasks() -> [String: (phase: Int, task: Int)] {
    var chosen: [String: (phase: Int, task: Int)] = [:]
    let phases = analysis.schedule.phases
    let passes: [(RoadmapTask) -> Bool] = [
      { $0.status != .cancelled && $0.action.delivers }, { $0.status != .cancelled }, { _ in true },
    ]
    for accepts in passes {
      for scheduled in phases {
        for (offset, task) in scheduled.phase.tasks.enumerated() {
          guard let component = task.component, chosen[component] == nil, accepts(task) else { continue }
          chosen[component] = (scheduled.index, offset)
        }
      }
    }
    return chosen
  }
}
