/// What the dependency graph marks of the validation's findings, gathered from the findings
/// themselves (unsuppressed, as `validate` reports them) and from the analysis the gap report
/// reads: nothing is found again here.
///
/// - the required components the model lacks (`Analysis.missingComponentRequirements`, the
///   gap report's list) are ghost nodes in their layer;
/// - each `framework/missing-link` finding's component gets a dashed red edge to what its link
///   should reach: the targets are the ones the rule reported (`RequiredLinkGaps`, shared with
///   the rule), the first of them drawn;
/// - each `model/unresolved-reference` finding of a component is a red stub with the missing id;
/// - each `framework/bypass-integration` finding marks the edge to the national system it names.
struct DependencyFindingMarks {
  /// A link the framework requires and a component lacks: its component (index in the graph)
  /// and its target.
  struct MissingLink {
    /// The component that lacks the link.
    var node: Int
    /// What the link should reach.
    var target: ComponentReference
  }

  /// The missing required links, in the gaps' order.
  private(set) var missingLinks: [MissingLink] = []
  /// The ids each component refers to that the model does not have, in order.
  private(set) var unresolved: [String: [String]] = [:]
  /// The national systems (`national:K`) each component reaches around the platform.
  private(set) var bypasses: [String: Set<String>] = [:]

  /// Gathers the marks of `findings` on the model of `analysis`.
  init(findings: [Finding], analysis: Analysis) {
    let shown = findings.filter { !$0.isSuppressed }
    var lacking: Set<String> = []
    for finding in shown {
      switch finding.ruleID {
      case MissingLinkRule.description.id:
        if let component = finding.component { lacking.insert(component) }
      case UnresolvedReferenceRule.description.id:
        guard let component = finding.component, let id = finding.related.first else { continue }
        if !(unresolved[component]?.contains(id) ?? false) { unresolved[component, default: []].append(id) }
      case BypassIntegrationRule.description.id:
        guard let component = finding.component, let reference = finding.related.first else { continue }
        bypasses[component, default: []].insert(reference)
      default:
        continue
      }
    }
    guard !lacking.isEmpty, let applied = analysis.applied else { return }
    let context = RuleContext(analysis)
    let gaps = RequiredLinkGaps(context, applied: applied, links: FrameworkLinks(context)).gaps
    let components = analysis.graph.components
    for gap in gaps where lacking.contains(components[gap.node].id) {
      guard let target = gap.targets.first else { continue }
      missingLinks.append(MissingLink(node: gap.node, target: target))
    }
  }
}
