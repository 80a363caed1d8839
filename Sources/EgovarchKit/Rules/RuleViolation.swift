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
  /// What tells it apart from the rule's other violations about the same component.
  ///
  /// For its fingerprint, when its `related` ids do not, or do not stably (a "did you mean"
  /// suggestion, the kinds a date lets in): the missing kind, the task
  /// (`RuleContext.taskKey`), the indicator. Made of ids and values of the model or the
  /// framework, never of message words or of anything that changes with the as-of date.
  /// `nil`: the related ids tell them apart.
  public var key: String?

  /// Creates a violation.
  public init(
    message: LocalizedText, position: SourcePosition, component: String? = nil,
    related: [String] = [], severity: Severity? = nil, plan: LinkPlan? = nil, key: String? = nil
  ) {
    self.plan = plan
    self.key = key
    self.message = message
    self.position = position
    self.component = component
    self.related = related
    self.severity = severity
  }
}
