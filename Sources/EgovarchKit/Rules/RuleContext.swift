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

  /// Creates a context.
  public init(architecture: Architecture, graph: ComponentGraph, framework: Framework?, asOf: CalendarDate) {
    self.architecture = architecture
    self.graph = graph
    self.framework = framework
    self.asOf = asOf
  }

  /// The components of `kind` that are not retired, in document order.
  public func components(ofKind kind: String) -> [Component] {
    architecture.components.filter { $0.kind == kind && $0.status != .retired }
  }
}
