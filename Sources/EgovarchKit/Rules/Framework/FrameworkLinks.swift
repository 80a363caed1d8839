/// Answers "does this component depend on that kind, or on that national system, and when is
/// that link in place?" for the framework rules, looking only at the component's own `dependsOn`
/// elements.
///
/// A dependency on a component counts when the target is declared and not retired: a retired
/// platform no longer carries anything. The dependency type is not looked at. A link that is
/// only a plan on the validation date (`Dependency.isPlan(in:on:)`) counts as arriving when it
/// is dated (`LinkArrival`); the `reaches` and `dependsOn` questions count every link, planned
/// or not, as format 1.0 did.
///
/// Components are named by their index in the graph. What a component reaches is worked out
/// once, on first use, in time linear in its dependencies; each question after that is a
/// look-up, so that a component with 100,000 `dependsOn` costs 100,000 steps, not their
/// square.
final class FrameworkLinks {
  private let graph: ComponentGraph
  private let asOf: CalendarDate
  /// For each component asked about: the kinds of the non-retired components it depends on,
  /// and the national systems it depends on, each with the soonest arrival of such a link.
  private var reachCache: [Int: [ComponentReference: LinkArrival]] = [:]
  /// For each component asked about: its distinct non-retired targets by kind, in
  /// `dependsOn` order, each with the soonest arrival of a link to it.
  private var targetCache: [Int: [String: [(node: Int32, arrival: LinkArrival)]]] = [:]

  /// Creates the helper over `context`'s graph and validation date.
  init(_ context: RuleContext) {
    graph = context.graph
    asOf = context.asOf
  }

  /// The distinct non-retired components of `kind` that `node` depends on, in `dependsOn`
  /// order, each with the soonest arrival of a link to it.
  func targets(of node: Int, ofKind kind: String) -> [(node: Int32, arrival: LinkArrival)] {
    if let cached = targetCache[node] { return cached[kind] ?? [] }
    var byKind: [String: [(node: Int32, arrival: LinkArrival)]] = [:]
    var seen: [Int32: Int] = [:]
    let components = graph.components
    let component = components[node]
    for (dependency, target) in zip(component.dependencies, graph.dependencyTargets(of: node))
    where target >= 0 && components[Int(target)].status != .retired {
      let kind = components[Int(target)].kind
      let arrival = LinkArrival(dependency, of: component, on: asOf)
      if let offset = seen[target] {
        byKind[kind]![offset].arrival = min(byKind[kind]![offset].arrival, arrival)
      } else {
        seen[target] = byKind[kind, default: []].count
        byKind[kind, default: []].append((target, arrival))
      }
    }
    targetCache[node] = byKind
    return byKind[kind] ?? []
  }

  /// The soonest arrival of a link from `node` to `target` directly: a dependency on a
  /// non-retired component of that kind, or on that national system; `nil` when there is none.
  func arrival(_ node: Int, _ target: ComponentReference) -> LinkArrival? {
    if let cached = reachCache[node] { return cached[target] }
    var reached: [ComponentReference: LinkArrival] = [:]
    let components = graph.components
    let component = components[node]
    for (dependency, target) in zip(component.dependencies, graph.dependencyTargets(of: node)) {
      let reference: ComponentReference
      if case .national = dependency.reference {
        reference = dependency.reference
      } else if target >= 0, components[Int(target)].status != .retired {
        reference = .component(components[Int(target)].kind)
      } else {
        continue
      }
      let arrival = LinkArrival(dependency, of: component, on: asOf)
      reached[reference] = min(reached[reference] ?? arrival, arrival)
    }
    reachCache[node] = reached
    return reached[target]
  }

  /// The soonest arrival of a link from `node` directly to one of `targets`.
  func arrival(_ node: Int, anyOf targets: [ComponentReference]) -> LinkArrival? {
    targets.compactMap { arrival(node, $0) }.min()
  }

  /// The soonest arrival of the link from `node` to one of `targets` through a component of one
  /// of the kinds `via` (none: directly); `nil` when there is no such link, planned or not.
  ///
  /// It must depend on such a component `v`, and `v` or `node` itself must reach a target; the
  /// path arrives with its latest link. A component that is itself of a `via` kind only needs
  /// to reach a target.
  func arrival(_ node: Int, anyOf targets: [ComponentReference], via: [String]) -> LinkArrival? {
    guard !via.isEmpty, !via.contains(graph.components[node].kind) else { return arrival(node, anyOf: targets) }
    guard let platform = arrival(node, anyOf: via.map { .component($0) }) else { return nil }
    var soonest = arrival(node, anyOf: targets).map { max(platform, $0) }
    for kind in via where soonest != .now {
      for (target, toPlatform) in self.targets(of: node, ofKind: kind) {
        guard let onward = arrival(Int(target), anyOf: targets) else { continue }
        let path = max(toPlatform, onward)
        soonest = min(soonest ?? path, path)
        if soonest == .now { return .now }
      }
    }
    return soonest
  }

  /// Whether `node` depends on a non-retired component of `kind`, planned link or not.
  func dependsOn(_ node: Int, kind: String) -> Bool {
    arrival(node, .component(kind)) != nil
  }

  /// Whether `node` depends on a non-retired component of one of `kinds`, planned link or not.
  func dependsOn(_ node: Int, anyOf kinds: [String]) -> Bool {
    kinds.contains { dependsOn(node, kind: $0) }
  }
}
