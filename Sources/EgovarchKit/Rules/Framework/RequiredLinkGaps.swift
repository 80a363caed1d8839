/// The required links of the framework that the model's components lack: each component with
/// the link requirement it does not meet, found once for the two rules that must agree on them.
///
/// `framework/missing-link` reports each gap; `framework/bypass-integration` asks `covers` so as
/// not to report a second finding for a `dependsOn` to a national system whose required link is
/// already reported missing.
///
/// A link that is only a plan on the as-of date (`Dependency.isPlan(in:on:)`) does not meet a
/// requirement: the gap says when the soonest planned path would.
///
/// Only the requirements in force on the as-of date count. A requirement applies to every
/// non-retired component of its `from` kind or of a kind that satisfies it on that date; its
/// targets are its own (with the kinds that satisfy it) and its alternatives in force; without
/// `via`, a national target is also reached through the platform the catalogue routes it through.
struct RequiredLinkGaps {
  /// One gap: the component (by its index in the graph), the requirement it does not meet, the
  /// targets any of which would meet it, the kinds of platform it could go through (`via`, or
  /// the catalogue's `through` for a national target), and when the soonest planned link would
  /// meet it (`nil`: no link, planned or not).
  struct Gap {
    let node: Int
    let requirement: LinkRequirement
    let targets: [ComponentReference]
    let platforms: [String]
    let plan: LinkArrival?
  }

  /// Each gap, in the framework's order of requirements, then in document order.
  let gaps: [Gap]
  /// The national systems each component lacks a required link to.
  private let nationalTargets: [Int: Set<String>]
  /// The kinds each component lacks a required link to (the LGSP, for a one-stop-shop).
  private let kindTargets: [Int: Set<String>]

  /// Finds the gaps of `context`'s model against the framework as it applies on its date, asking
  /// `links` about each component.
  init(_ context: RuleContext, applied: AppliedFramework, links: FrameworkLinks) {
    var gaps: [Gap] = []
    var nationalTargets: [Int: Set<String>] = [:]
    var kindTargets: [Int: Set<String>] = [:]
    for requirement in applied.links {
      let targets = applied.targets(of: requirement)
      let platforms = requirement.via.map { applied.kinds(satisfying: $0) } ?? []
      let routes = requirement.via == nil ? Self.routes(to: targets, in: applied) : []
      for node in context.analysis.componentIndices(satisfying: requirement.from) {
        let arrival = [
          links.arrival(Int(node), anyOf: targets, via: platforms),
          routes.isEmpty ? nil : links.arrival(Int(node), anyOf: targets, via: routes),
        ].compactMap { $0 }.min()
        guard arrival != .now else { continue }
        gaps.append(
          Gap(node: Int(node), requirement: requirement, targets: targets, platforms: platforms + routes, plan: arrival)
        )
        for target in targets {
          switch target {
          case .national(let id): nationalTargets[Int(node), default: []].insert(id)
          case .component(let kind): kindTargets[Int(node), default: []].insert(kind)
          }
        }
      }
    }
    self.gaps = gaps
    self.nationalTargets = nationalTargets
    self.kindTargets = kindTargets
  }

  /// Whether the component at `node` lacks a required link to the national system `id`, which
  /// `framework/missing-link` reports.
  func covers(_ node: Int, national id: String) -> Bool {
    nationalTargets[node]?.contains(id) ?? false
  }

  /// Whether the component at `node` lacks a required link to a component of one of `kinds` (the
  /// platform a bypass skips), which `framework/missing-link` reports: a one-stop-shop without
  /// its LGSP is one finding, not also one bypass per national system it then reaches directly.
  func covers(_ node: Int, anyOf kinds: [String]) -> Bool {
    guard let lacking = kindTargets[node] else { return false }
    return kinds.contains { lacking.contains($0) }
  }

  /// The kinds of the platforms through which the national systems among `targets` are reached
  /// (the catalogue's `through`, with the kinds that satisfy it): the one-stop-shop reaches the
  /// National Public Service Portal through the LGSP that connects to it.
  private static func routes(to targets: [ComponentReference], in applied: AppliedFramework) -> [String] {
    var routes: [String] = []
    for case .national(let id) in targets {
      guard let platform = applied.framework.nationalSystem(id)?.through else { continue }
      for kind in applied.kinds(satisfying: platform) where !routes.contains(kind) { routes.append(kind) }
    }
    return routes
  }
}
