/// How a validation runs: the date to judge statuses by and the rules to run.
public struct ValidationOptions: Sendable {
  /// The date that overrides every model's `asOf` (the command line's `--as-of`).
  public var asOf: CalendarDate?
  /// The date used when neither `asOf` nor the model gives one.
  public var today: CalendarDate
  /// The framework that overrides every model's `framework` (the command line's `--framework`).
  public var framework: Framework?
  /// The rules to run over each model.
  public var rules: [any Rule.Type]
  /// Which rules report findings, and at which severity.
  public var rulePolicy: RulePolicy

  /// Creates options.
  public init(
    asOf: CalendarDate? = nil, today: CalendarDate = .today(), framework: Framework? = nil,
    rules: [any Rule.Type] = RuleRegistry.modelRules, rulePolicy: RulePolicy = RulePolicy()
  ) {
    self.asOf = asOf
    self.framework = framework
    self.today = today
    self.rules = rules
    self.rulePolicy = rulePolicy
  }

  /// The framework `architecture` is checked against: `--framework`, else the built-in one it
  /// names; `nil` when it names an unknown framework.
  public func framework(for architecture: Architecture) -> Framework? {
    framework ?? BuiltInFrameworks.framework(architecture.framework)
  }

  /// The date `architecture`'s statuses are judged at: `--as-of`, else its `asOf`, else today.
  public func asOf(for architecture: Architecture) -> CalendarDate {
    asOf ?? architecture.asOf ?? today
  }
}
