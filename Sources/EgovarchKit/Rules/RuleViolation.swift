/// What a rule returns for one problem; the validator turns it into a `Finding`.
public struct RuleViolation: Sendable, Hashable {
  /// The message in both languages.
  public var message: LocalizedText
  /// The start of the element it is about.
  public var position: SourcePosition
  /// The component it is about, if any.
  public var component: String?
  /// Other ids involved.
  public var related: [String]
  /// The severity the framework gives this requirement; `nil` means the rule's default.
  public var severity: Severity?
  /// The plan that answers a required link not yet in place, if the finding is about one.
  public var plan: LinkPlan?

  /// Creates a violation.
  public init(
    message: LocalizedText, position: SourcePosition, component: String? = nil,
    related: [String] = [], severity: Severity? = nil, plan: LinkPlan? = nil
  ) {
    self.plan = plan
    self.message = message
    self.position = position
    self.component = component
    self.related = related
    self.severity = severity
  }
}
