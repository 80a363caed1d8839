/// One model analysed once: its component graph, its roadmap schedule, its indicators assessed,
/// the framework it is checked against and the date it is judged at.
///
/// `ArchitectureValidator` builds one per file and hands it to the rules (through
/// `RuleContext`) and on in `FileValidation.analysis`, from which the gap report and the
/// diagrams read it: the graph, the schedule and the assessments are computed here and
/// nowhere else. Everything is computed when the analysis is made and never changes, so that
/// one analysis can be shared between threads.
///
/// Components are named by their index in `graph` (document order) and phases by their index
/// in `schedule.phases`, the faster form the rules work with on models of 100,000 components.
public final class Analysis: Sendable {
  /// The model.
  public let architecture: Architecture
  /// The component graph built from it.
  public let graph: ComponentGraph
  /// When each phase of its roadmap ends.
  public let schedule: RoadmapSchedule
  /// The framework the model is checked against; `nil` when its id is unknown.
  public let framework: Framework?
  /// The date statuses are judged against (`--as-of`, else the model's `asOf`, else today).
  public let asOf: CalendarDate
  /// The framework as it applies on `asOf`: the requirements in force and the kinds that
  /// satisfy them; `nil` when the framework is unknown.
  public let applied: AppliedFramework?
  /// The indicators that have a target, assessed on `asOf`, in document order (an indicator
  /// without a target is not assessed: the schema check reports it).
  public let indicatorAssessments: [IndicatorAssessment]
  /// For each component (by its index in `graph`), the index of its first delivery's phase, or -1.
  ///
  /// The first delivery is the first phase with a task that delivers the component (build,
  /// upgrade or integrate; cancelled tasks do not count). A component whose id an earlier one
  /// already has shares that one's first delivery.
  public let firstDeliveryByComponent: [Int32]
  /// For each phase of the roadmap and each of its tasks, the index in `graph` of the component
  /// the task names (the first declared with that id), or -1: each id looked up once.
  public let taskComponents: [[Int32]]
  /// The indices in `graph` of the components of each kind, in document order.
  public let componentsByKind: [String: [Int32]]

  /// Analyses `architecture` against `framework` at the date `asOf`.
  public convenience init(architecture: Architecture, framework: Framework?, asOf: CalendarDate) {
    self.init(
      architecture: architecture, graph: ComponentGraph(architecture: architecture), framework: framework, asOf: asOf)
  }

  /// Analyses `architecture` with its graph already built (`graph` must be the graph of
  /// `architecture`).
  init(architecture: Architecture, graph: ComponentGraph, framework: Framework?, asOf: CalendarDate) {
    self.architecture = architecture
    self.graph = graph
    self.framework = framework
    self.asOf = asOf
    applied = framework?.applied(on: asOf)
    let schedule = RoadmapSchedule(architecture: architecture)
    self.schedule = schedule
    indicatorAssessments = architecture.indicators.compactMap { IndicatorAssessment($0, asOf: asOf) }
    let taskComponents = Self.taskComponents(of: schedule, in: graph)
    self.taskComponents = taskComponents
    firstDeliveryByComponent = Self.firstDeliveries(of: schedule, taskComponents: taskComponents, in: graph)
    componentsByKind = Self.componentsByKind(in: graph)
  }

  /// The components of `kind` that are not retired, in document order.
  public func components(ofKind kind: String) -> [Component] {
    let components = graph.components
    return (componentsByKind[kind] ?? []).compactMap {
      components[Int($0)].status == .retired ? nil : components[Int($0)]
    }
  }

  /// The component requirements in force on `asOf` that the model does not meet.
  ///
  /// They are in the framework's order; a requirement is unmet when there is no non-retired
  /// component of the required kind or of a kind that satisfies it on that day, nor of a kind
  /// that satisfies it only later (such a component is accepted with a note, see
  /// `earlySubstitute(for:)`). The rules, the gap report and the diagrams all read this.
  public var unmetRequirements: [ComponentRequirement] {
    (applied?.components ?? []).filter { components(meeting: $0).isEmpty && earlySubstitute(for: $0) == nil }
  }

  /// The first substitute of `requirement` that meets it only after `asOf` and of whose kind the
  /// model has a non-retired component, when no component meets it on `asOf`.
  public func earlySubstitute(for requirement: ComponentRequirement) -> KindSubstitute? {
    guard let applied, components(meeting: requirement).isEmpty else { return nil }
    return applied.laterSubstitutes(of: requirement).first { !components(ofKind: $0.kind).isEmpty }
  }

  /// The non-retired components that meet `requirement` on `asOf`: of its kind, or of a kind
  /// that satisfies it on that day, in the order of those kinds and then of the document.
  public func components(meeting requirement: ComponentRequirement) -> [Component] {
    (applied?.kinds(satisfying: requirement.kind) ?? [requirement.kind]).flatMap { components(ofKind: $0) }
  }

  /// The non-retired components of the kinds that satisfy `kind` on `asOf` (`kind` itself
  /// included), as indices in `graph`.
  public func componentIndices(satisfying kind: String) -> [Int32] {
    let components = graph.components
    return (applied?.kinds(satisfying: kind) ?? [kind]).flatMap { componentsByKind[$0] ?? [] }
      .filter { components[Int($0)].status != .retired }
  }

  /// The phase that first delivers the component at `index` in `graph`, if any.
  public func firstDelivery(ofComponentAt index: Int) -> RoadmapSchedule.ScheduledPhase? {
    let phase = firstDeliveryByComponent[index]
    return phase < 0 ? nil : schedule.phases[Int(phase)]
  }

  private static func taskComponents(of schedule: RoadmapSchedule, in graph: ComponentGraph) -> [[Int32]] {
    let indexByID = graph.indexByID
    return schedule.phases.map { phase in
      phase.phase.tasks.map { task in task.component.flatMap { indexByID[$0] }.map(Int32.init) ?? -1 }
    }
  }

  private static func firstDeliveries(
    of schedule: RoadmapSchedule, taskComponents: [[Int32]], in graph: ComponentGraph
  ) -> [Int32] {
    var first = [Int32](repeating: -1, count: graph.components.count)
    for phase in schedule.phases {
      let tasks = phase.phase.tasks
      for offset in tasks.indices where tasks[offset].status != .cancelled && tasks[offset].action.delivers {
        let component = Int(taskComponents[phase.index][offset])
        if component >= 0 && first[component] < 0 { first[component] = Int32(phase.index) }
      }
    }
    for (duplicate, original) in graph.duplicates { first[duplicate] = first[original] }
    return first
  }

  private static func componentsByKind(in graph: ComponentGraph) -> [String: [Int32]] {
    var byKind: [String: [Int32]] = [:]
    let components = graph.components
    for index in components.indices {
      byKind[components[index].kind, default: []].append(Int32(index))
    }
    return byKind
  }
}
