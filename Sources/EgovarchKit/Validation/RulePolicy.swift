/// Which rules run and how serious their findings are: the configuration's `only-rules`,
/// `disabled-rules` and `severity`.
public struct RulePolicy: Sendable, Hashable {
  /// When set, only these rules report findings.
  public var onlyRules: Set<String>?
  /// Rules that never report findings; they win over `onlyRules`.
  public var disabledRules: Set<String>
  /// Severities that replace the rules' defaults and the severities their findings carry.
  public var severities: [String: Severity]

  /// Creates a policy; the default runs every rule at its own severity.
  public init(onlyRules: Set<String>? = nil, disabledRules: Set<String> = [], severities: [String: Severity] = [:]) {
    self.onlyRules = onlyRules
    self.disabledRules = disabledRules
    self.severities = severities
  }

  /// Whether the rule `id` reports findings.
  public func isEnabled(_ id: String) -> Bool {
    if disabledRules.contains(id) { return false }
    return onlyRules?.contains(id) ?? true
  }

  /// `findings` without those of disabled rules, with the configured severities.
  public func apply(to findings: [Finding]) -> [Finding] {
    if onlyRules == nil && disabledRules.isEmpty && severities.isEmpty { return findings }
    return findings.compactMap { finding in
      guard isEnabled(finding.ruleID) else { return nil }
      var adjusted = finding
      if let severity = severities[finding.ruleID] { adjusted.severity = severity }
      return adjusted
    }
  }
}
