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

  /// Creates a violation.
  public init(
    message: LocalizedText, position: SourcePosition, component: String? = nil,
    related: [String] = [], severity: Severity? = nil
  ) {
    self.message = message
    self.position = position
    self.component = component
    self.related = related
    self.severity = severity
  }
}
