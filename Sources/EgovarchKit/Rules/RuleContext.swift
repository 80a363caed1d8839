/// What a rule may look at: the model, its component graph and the validation options.
public final class RuleContext {
  /// The model.
  public let architecture: Architecture
  /// The component graph built from it.
  public let graph: ComponentGraph
  /// The date statuses are judged against (`--as-of`, else the model's `asOf`, else today).
  public let asOf: CalendarDate
  /// Finds the nearest existing component id for "did you mean" hints.
  public private(set) lazy var componentSuggester = IdentifierSuggester(
    candidates: architecture.components.map(\.id))

  /// Creates a context.
  public init(architecture: Architecture, graph: ComponentGraph, asOf: CalendarDate) {
    self.architecture = architecture
    self.graph = graph
    self.asOf = asOf
  }
}
