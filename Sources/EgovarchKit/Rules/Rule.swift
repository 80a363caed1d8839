/// A check over a loaded model: a small type with static metadata that returns violations.
///
/// Rules never print and never choose their own severity: the validator wraps each
/// violation into a `Finding` with the rule's id and configured severity.
public protocol Rule: Sendable {
  /// The rule's id, summary, rationale, default severity and examples.
  static var description: RuleDescription { get }
  /// Creates the rule.
  init()
  /// Returns what is wrong in `context`, in any order.
  func check(_ context: RuleContext) -> [RuleViolation]
}
