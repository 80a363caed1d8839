/// The required links of the framework that the model's components lack: each component with
/// the link requirement it does not meet, found once for the two rules that must agree on them.
///
/// `framework/missing-link` reports each gap; `framework/bypass-integration` asks `covers` so as
/// not to report a second finding for a `dependsOn` to a national system whose required link is
/// already reported missing (a one-stop-shop that reaches the National Public Service Portal
/// directly instead of through the LGSP is one missing link, not also a bypass).
///
/// A requirement applies to every non-retired component of its `from` kind; the link is there
/// when `FrameworkLinks.reaches(_:_:via:)` says so.
struct RequiredLinkGaps {
  /// Each gap: the component (by its index in the graph) and the requirement it does not meet,
  /// in the framework's order of requirements, then in document order.
  let gaps: [(node: Int, requirement: LinkRequirement)]
  /// The national systems each component lacks a required link to.
  private let nationalTargets: [Int: Set<String>]

  /// Finds the gaps of `context`'s model against `framework`, asking `links` about each component.
  init(_ context: RuleContext, framework: Framework, links: FrameworkLinks) {
    var gaps: [(node: Int, requirement: LinkRequirement)] = []
    var nationalTargets: [Int: Set<String>] = [:]
    let components = context.graph.components
    for requirement in framework.requiredLinks {
      for node in context.componentsByKind[requirement.from] ?? []
      where components[Int(node)].status != .retired
        && !links.reaches(Int(node), requirement.to, via: requirement.via)
      {
        gaps.append((Int(node), requirement))
        if case .national(let id) = requirement.to { nationalTargets[Int(node), default: []].insert(id) }
      }
    }
    self.gaps = gaps
    self.nationalTargets = nationalTargets
  }

  /// Whether the component at `node` lacks a required link to the national system `id`, which
  /// `framework/missing-link` reports.
  func covers(_ node: Int, national id: String) -> Bool {
    nationalTargets[node]?.contains(id) ?? false
  }
}
