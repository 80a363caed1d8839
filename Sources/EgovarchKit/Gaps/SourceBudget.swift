/// The budgets of the roadmap from one source (`budgetSource`), or from no source given: the
/// tasks' budgets and the phases' own budgets, summed apart (a phase's budget may or may not
/// include its tasks', so the two are never added).
public struct SourceBudget: Sendable, Hashable {
  /// The source as written, white space collapsed; `nil` for budgets given without a source.
  public var source: String?
  /// The sum of the budgets of the (not cancelled) tasks from this source, in million VND.
  public var tasks: Double
  /// How many tasks it sums.
  public var taskCount: Int
  /// The sum of the phases' own budgets from this source, in million VND.
  public var phases: Double
  /// How many phases it sums.
  public var phaseCount: Int
}
