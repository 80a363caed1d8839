/// The components of a model as a directed graph: an edge from each component to each
/// component of the same file it depends on.
///
/// Nodes are the components in document order (their index in `components`). References to
/// national systems and to ids that do not exist are not edges; self-dependencies are left
/// out too (they have a rule of their own).
public struct ComponentGraph: Sendable {
  /// The components in document order.
  public let components: [Component]
  /// The index of the first component declared with each id.
  public let indexByID: [String: Int]
  /// For each node, the nodes it depends on, without repeats, in document order.
  public let successors: [[Int]]

  /// Builds the graph of `architecture` in time linear in its size.
  public init(architecture: Architecture) {
    components = architecture.components
    var index: [String: Int] = [:]
    index.reserveCapacity(components.count)
    for (position, component) in components.enumerated() where index[component.id] == nil {
      index[component.id] = position
    }
    indexByID = index
    successors = components.enumerated().map { node, component in
      var targets: [Int] = []
      for dependency in component.dependencies {
        guard case .component(let id) = dependency.reference, let target = index[id],
          target != node, !targets.contains(target)
        else { continue }
        targets.append(target)
      }
      return targets
    }
  }

  /// The component with `id`, if the model declares one.
  public func component(withID id: String) -> Component? {
    indexByID[id].map { components[$0] }
  }

  /// The elementary dependency cycles, each starting at its earliest-declared component; at
  /// most `limitPerGroup` for each group of components that all reach each other.
  public func cycles(limitPerGroup: Int = 100) -> [DependencyCycle] {
    CycleFinder(successors: successors, limitPerGroup: limitPerGroup).cycles()
  }
}
