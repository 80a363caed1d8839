/// Answers "does this component depend on that kind, or on that national system?" for the
/// framework rules, looking only at the component's own `dependsOn` elements.
///
/// A dependency on a component counts when the target is declared and not retired: a retired
/// platform no longer carries anything. The dependency type is not looked at.
struct FrameworkLinks {
  private let graph: ComponentGraph

  /// Creates the helper over `context`'s graph.
  init(_ context: RuleContext) {
    graph = context.graph
  }

  /// The non-retired components of `kind` that `component` depends on, in `dependsOn` order.
  func targets(of component: Component, ofKind kind: String) -> [Component] {
    var found: [Component] = []
    for dependency in component.dependencies {
      guard case .component(let id) = dependency.reference, let target = graph.component(withID: id),
        target.kind == kind, target.status != .retired, !found.contains(where: { $0.id == target.id })
      else { continue }
      found.append(target)
    }
    return found
  }

  /// Whether `component` depends on a non-retired component of `kind`.
  func dependsOn(_ component: Component, kind: String) -> Bool {
    !targets(of: component, ofKind: kind).isEmpty
  }

  /// Whether `component` has a `dependsOn ref="national:KIND"`.
  func dependsOn(_ component: Component, national kind: String) -> Bool {
    component.dependencies.contains { $0.reference == .national(kind) }
  }

  /// Whether `component` reaches `target` directly: a dependency on a component of that kind,
  /// or on that national system.
  func reaches(_ component: Component, _ target: ComponentReference) -> Bool {
    switch target {
    case .component(let kind): return dependsOn(component, kind: kind)
    case .national(let kind): return dependsOn(component, national: kind)
    }
  }

  /// Whether `component` has the link to `target` through a component of kind `via`.
  ///
  /// It must depend on such a component `v`, and `v` or `component` itself must reach
  /// `target`. A component that is itself of kind `via` only needs to reach `target`.
  func reaches(_ component: Component, _ target: ComponentReference, via: String?) -> Bool {
    guard let via else { return reaches(component, target) }
    if component.kind == via { return reaches(component, target) }
    let platforms = targets(of: component, ofKind: via)
    guard !platforms.isEmpty else { return false }
    return reaches(component, target) || platforms.contains { reaches($0, target) }
  }
}
