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

  /// Whether `node` depends on a non-retired component of one of `kinds`.
  func dependsOn(_ node: Int, anyOf kinds: [String]) -> Bool {
    kinds.contains { dependsOn(node, kind: $0) }
  }

  /// Whether `node` reaches one of `targets` directly (the kinds that satisfy a required kind,
  /// or one national system).
  func reaches(_ node: Int, anyOf targets: [ComponentReference]) -> Bool {
    targets.contains { reaches(node, $0) }
  }

  /// Whether `node` has the link to one of `targets` through a component of one of the kinds
  /// `via` (none: directly).
  ///
  /// It must depend on such a component `v`, and `v` or `node` itself must reach a target. A
  /// component that is itself of a `via` kind only needs to reach a target.
  func reaches(_ node: Int, anyOf targets: [ComponentReference], via: [String]) -> Bool {
    guard !via.isEmpty else { return reaches(node, anyOf: targets) }
    if via.contains(graph.components[node].kind) { return reaches(node, anyOf: targets) }
    guard dependsOn(node, anyOf: via) else { return false }
    return reaches(node, anyOf: targets)
      || via.contains { kind in self.targets(of: node, ofKind: kind).contains { reaches(Int($0), anyOf: targets) } }
  }
}
