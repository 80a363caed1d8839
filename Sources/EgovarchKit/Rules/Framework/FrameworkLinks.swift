/// Answers "does this component depend on that kind, or on that national system?" for the
/// framework rules, looking only at the component's own `dependsOn` elements.
///
/// A dependency on a component counts when the target is declared and not retired: a retired
/// platform no longer carries anything. The dependency type is not looked at.
///
/// Components are named by their index in the graph. What a component reaches is worked out
/// once, on first use, in time linear in its dependencies; each question after that is a
/// set look-up, so that a component with 100,000 `dependsOn` costs 100,000 steps, not their
/// square.
final class FrameworkLinks {
  private let graph: ComponentGraph
  /// For each component asked about: the kinds of the non-retired components it depends on,
  /// and the national systems it depends on.
  private var reachCache: [Int: Set<ComponentReference>] = [:]
  /// For each component asked about: its distinct non-retired targets by kind, in
  /// `dependsOn` order.
  private var targetCache: [Int: [String: [Int32]]] = [:]

  /// Creates the helper over `context`'s graph.
  init(_ context: RuleContext) {
    graph = context.graph
  }

  /// The distinct non-retired components of `kind` that `node` depends on, in `dependsOn`
  /// order.
  func targets(of node: Int, ofKind kind: String) -> [Int32] {
    if let cached = targetCache[node] { return cached[kind] ?? [] }
    var byKind: [String: [Int32]] = [:]
    var seen: Set<Int32> = []
    let components = graph.components
    for target in graph.dependencyTargets(of: node)
    where target >= 0 && components[Int(target)].status != .retired && seen.insert(target).inserted {
      byKind[components[Int(target)].kind, default: []].append(target)
    }
    targetCache[node] = byKind
    return byKind[kind] ?? []
  }

  /// Whether `node` reaches `target` directly: a dependency on a non-retired component of that
  /// kind, or on that national system.
  func reaches(_ node: Int, _ target: ComponentReference) -> Bool {
    if let cached = reachCache[node] { return cached.contains(target) }
    var reached: Set<ComponentReference> = []
    let components = graph.components
    for (dependency, target) in zip(components[node].dependencies, graph.dependencyTargets(of: node)) {
      if case .national = dependency.reference {
        reached.insert(dependency.reference)
      } else if target >= 0, components[Int(target)].status != .retired {
        reached.insert(.component(components[Int(target)].kind))
      }
    }
    reachCache[node] = reached
    return reached.contains(target)
  }

  /// Whether `node` depends on a non-retired component of `kind`.
  func dependsOn(_ node: Int, kind: String) -> Bool {
    reaches(node, .component(kind))
  }

  /// Whether `node` has the link to `target` through a component of kind `via`.
  ///
  /// It must depend on such a component `v`, and `v` or `node` itself must reach `target`. A
  /// component that is itself of kind `via` only needs to reach `target`.
  func reaches(_ node: Int, _ target: ComponentReference, via: String?) -> Bool {
    guard let via else { return reaches(node, target) }
    if graph.components[node].kind == via { return reaches(node, target) }
    guard dependsOn(node, kind: via) else { return false }
    return reaches(node, target) || targets(of: node, ofKind: via).contains { reaches(Int($0), target) }
  }
}
