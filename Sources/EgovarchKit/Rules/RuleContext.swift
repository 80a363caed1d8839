/// What a rule may look at: the file's `Analysis` (the model, its graph, its schedule, its
/// assessed indicators, its framework and the date), seen through the names the rules use.
///
/// A view over the analysis the validator built once for the file; the only thing it adds is
/// the "did you mean" suggester, which keeps a budget of its own and so is not shared.
public final class RuleContext {
  /// The analysis of the file.
  public let analysis: Analysis
  /// The model.
  public var architecture: Architecture { analysis.architecture }
  /// The component graph built from it.
  public var graph: ComponentGraph { analysis.graph }
  /// The framework the model is checked against; `nil` when its id is unknown.
  public var framework: Framework? { analysis.framework }
  /// The framework as it applies on `asOf`; `nil` when the framework is unknown.
  public var applied: AppliedFramework? { analysis.applied }
  /// The date statuses are judged against (`--as-of`, else the model's `asOf`, else today).
  public var asOf: CalendarDate { analysis.asOf }
  /// When each phase ends.
  public var schedule: RoadmapSchedule { analysis.schedule }
  /// The indicators that have a target, assessed on `asOf`, in document order.
  public var indicatorAssessments: [IndicatorAssessment] { analysis.indicatorAssessments }
  /// Finds the nearest existing component id for "did you mean" hints.
  public private(set) lazy var componentSuggester = IdentifierSuggester(
    candidates: architecture.components.map(\.id))

  /// For each component (by its index in `graph`), the index of the phase that first delivers
  /// it, or -1 (see `Analysis.firstDeliveryByComponent`).
  var firstDeliveryByComponent: [Int32] { analysis.firstDeliveryByComponent }
  /// For each phase and each of its tasks, the index in `graph` of the component the task
  /// names, or -1 (see `Analysis.taskComponents`).
  var taskComponents: [[Int32]] { analysis.taskComponents }
  /// The indices in `graph` of the components of each kind, in document order.
  var componentsByKind: [String: [Int32]] { analysis.componentsByKind }

  /// For each phase of the roadmap and each of its tasks, the task's occurrence (from 1) among
  /// the tasks of the phase that name the same component with the same action, for `taskKey`.
  private lazy var taskOccurrences: [[Int32]] = (architecture.roadmap?.phases ?? []).map { phase in
    var seen: [String: Int32] = [:]
    return phase.tasks.map { task in
      let identity = (task.component ?? "") + " " + task.action.rawValue
      let occurrence = seen[identity, default: 0] + 1
      seen[identity] = occurrence
      return occurrence
    }
  }

  /// What identifies the task `offset` of the roadmap's phase `phaseIndex` across edits and
  /// days, for `RuleViolation.key`: `id ID` when it has an id, else its phase's number, its
  /// component, its action and its occurrence among the tasks of the phase with the same
  /// component and action (`phase 2 lgsp build 1`); never its position, dates or status.
  func taskKey(phase phaseIndex: Int, task offset: Int) -> String {
    guard let phase = architecture.roadmap?.phases[phaseIndex] else { return "" }
    let task = phase.tasks[offset]
    if let id = task.id { return "id " + id }
    let occurrence = taskOccurrences[phaseIndex][offset]
    return "phase \(phase.number) \(task.component ?? "-") \(task.action.rawValue) \(occurrence)"
  }

  /// Creates the context of the rules over `analysis`.
  public init(_ analysis: Analysis) {
    self.analysis = analysis
  }

  /// Creates a context over a new analysis of `architecture` (`graph` must be its graph).
  public convenience init(architecture: Architecture, graph: ComponentGraph, framework: Framework?, asOf: CalendarDate)
  {
    self.init(Analysis(architecture: architecture, graph: graph, framework: framework, asOf: asOf))
  }

  /// The components of `kind` that are not retired, in document order.
  public func components(ofKind kind: String) -> [Component] {
    analysis.components(ofKind: kind)
  }

  /// How messages name the component `id` (`Analysis.term(ofComponent:)`).
  public func term(ofComponent id: String) -> LocalizedText {
    analysis.term(ofComponent: id)
  }

  /// How messages name what a `dependsOn` points at (`Analysis.term(of:)`).
  public func term(of reference: ComponentReference) -> LocalizedText {
    analysis.term(of: reference)
  }
}
