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
  /// Exactly when the rule reports, where its findings point, and what it leaves to other rules.
  ///
  /// Sentences; paragraphs are separated by a blank line, and a list is a run of lines that
  /// start with `- `. Code (elements, attributes, values, rule ids) is in backquotes.
  public var details: LocalizedText
  /// The legal or technical basis, when there is one (document number and date).
  public var basis: String?
  /// Models that trigger the rule; `↓` marks where each finding must point.
  public var triggeringExamples: [Example]
  /// Models that must not trigger the rule.
  public var nonTriggeringExamples: [Example]

  /// Creates a description.
  public init(
    id: String, defaultSeverity: Severity, summary: LocalizedText, rationale: LocalizedText,
    details: LocalizedText, basis: String? = nil, triggeringExamples: [Example], nonTriggeringExamples: [Example]
  ) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.rationale = rationale
    self.details = details
    self.basis = basis
    self.triggeringExamples = triggeringExamples
    self.nonTriggeringExamples = nonTriggeringExamples
  }
}
