/// One thing egovarch has to say about a model: which rule, how serious, what and where.
public struct Finding: Sendable, Hashable, Comparable {
  /// The rule id, `area/name`.
  public var ruleID: String
  /// How serious it is.
  public var severity: Severity
  /// Whether the baseline the run compared with knows it (`--baseline-mode mark`); `nil` when
  /// the run compared with none, and for suppressed findings, which baselines leave alone.
  public var baselineState: BaselineState?
  /// The message in both languages.
  public var message: LocalizedText
  /// Where it is.
  public var location: SourceLocation
  /// The component it is about, if any.
  public var component: String?
  /// Other ids involved (the rest of a cycle, the suggested id ...).
  public var related: [String]
  /// The reason of the suppression that silences it, if one does.
  public var suppressionReason: String?
  /// The plan that answers a required link not yet in place (format 1.1), if the finding is
  /// about one: such a link is planned, not missing.
  public var plan: LinkPlan?
  /// What tells it apart from the rule's other findings about the same component.
  ///
  /// Set when `related` does not (`RuleViolation.key`): the missing kind, the task, the
  /// indicator. Part of its `FindingFingerprint`, never shown.
  public var key: String?

  /// Creates a finding.
  public init(
    ruleID: String, severity: Severity, message: LocalizedText, location: SourceLocation,
    component: String? = nil, related: [String] = [], suppressionReason: String? = nil, plan: LinkPlan? = nil,
    key: String? = nil
  ) {
    self.plan = plan
    self.key = key
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.location = location
    self.component = component
    self.related = related
    self.suppressionReason = suppressionReason
  }

  /// Whether a suppression in the model silences it.
  public var isSuppressed: Bool { suppressionReason != nil }

  /// Orders by location, then rule id, then message, so that output is stable.
  public static func < (lhs: Finding, rhs: Finding) -> Bool {
    if lhs.location != rhs.location { return lhs.location < rhs.location }
    if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
    return lhs.message.english < rhs.message.english
  }
}
