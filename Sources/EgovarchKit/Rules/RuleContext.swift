/// What a rule may look at: the model, its graph, its framework and the validation options.
public final class RuleContext {
  /// The model.
  public let architecture: Architecture
  /// The component graph built from it.
  public let graph: ComponentGraph
  /// The framework the model is checked against; `nil` when its id is unknown.
  public let framework: Framework?
  /// The date statuses are judged against (`--as-of`, else the model's `asOf`, else today).
  public let asOf: CalendarDate
  /// When each phase ends and when each component is first delivered.
  public private(set) lazy var schedule = RoadmapSchedule(architecture: architecture)
  /// Finds the nearest existing component id for "did you mean" hints.
  public private(set) lazy var componentSuggester = IdentifierSuggester(
    candidates: architecture.components.map(\.id))

  /// For each component (by its index in `graph`), the index of the phase that first
  /// delivers it (see `RoadmapSchedule.firstDelivery`), or -1: computed once for the rules that
  /// would otherwise look each id up again.
  private(set) lazy var firstDeliveryByComponent: [Int32] = {
    var first = [Int32](repeating: -1, count: graph.components.count)
    let taskComponents = taskComponents
    for phase in schedule.phases {
      let tasks = phase.phase.tasks
      for offset in tasks.indices where tasks[offset].status != .cancelled && tasks[offset].action.delivers {
        let component = Int(taskComponents[phase.index][offset])
        if component >= 0 && first[component] < 0 { first[component] = Int32(phase.index) }
      }
    }
    for (duplicate, original) in graph.duplicates { first[duplicate] = first[original] }
    return first
  }()
  /// For each phase of the roadmap and each of its tasks, the index in `graph` of the component
  /// the task names (the first declared with that id), or -1: each id looked up once.
  private(set) lazy var taskComponents: [[Int32]] = {
    let indexByID = graph.indexByID
    return schedule.phases.map { phase in
      phase.phase.tasks.map { task in task.component.flatMap { indexByID[$0] }.map(Int32.init) ?? -1 }
    }
  }()
  /// The indices in `graph` of the components of each kind, in document order.
  private(set) lazy var componentsByKind: [String: [Int32]] = {
    var byKind: [String: [Int32]] = [:]
    let components = graph.components
    for index in components.indices {
      byKind[components[index].kind, default: []].append(Int32(index))
    }
    return byKind
  }()

  /// Creates a context.
  public init(architecture: Architecture, graph: ComponentGraph, framework: Framework?, asOf: CalendarDate) {
    self.architecture = architecture
    self.graph = graph
    self.framework = framework
    self.asOf = asOf
  }

  /// The components of `kind` that are not retired, in document order.
  public func components(ofKind kind: String) -> [Component] {
    let components = graph.components
    return (componentsByKind[kind] ?? []).compactMap {
      components[Int($0)].status == .retired ? nil : components[Int($0)]
    }
  }
}
