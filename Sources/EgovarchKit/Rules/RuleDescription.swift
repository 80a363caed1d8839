/// Everything known about a rule without running it: the documentation and the test data.
public struct RuleDescription: Sendable, Hashable {
  /// The stable id, `area/name`.
  public var id: String
  /// The default severity.
  public var defaultSeverity: Severity
  /// One sentence saying what the rule finds.
  public var summary: LocalizedText
  /// Why it matters.
  public var rationale: LocalizedText
  /// The legal or technical basis, when there is one (document number and date).
  public var basis: String?
  /// Models that trigger the rule; `↓` marks where each finding must point.
  public var triggeringExamples: [String]
  /// Models that must not trigger the rule.
  public var nonTriggeringExamples: [String]

  /// Creates a description.
  public init(
    id: String, defaultSeverity: Severity, summary: LocalizedText, rationale: LocalizedText,
    basis: String? = nil, triggeringExamples: [String], nonTriggeringExamples: [String]
  ) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.rationale = rationale
    self.basis = basis
    self.triggeringExamples = triggeringExamples
    self.nonTriggeringExamples = nonTriggeringExamples
  }
}
