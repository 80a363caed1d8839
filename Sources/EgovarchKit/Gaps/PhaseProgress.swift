/// How far one roadmap phase has got: tasks done out of tasks planned, and the overdue ones.
public struct PhaseProgress: Sendable, Hashable {
  /// The phase number.
  public var number: Int
  /// The phase's title.
  public var title: String?
  /// The years, `2018–2019`.
  public var years: String
  /// Tasks done.
  public var done: Int
  /// Tasks planned (cancelled ones excepted).
  public var total: Int
  /// The `roadmap/overdue` findings of the phase.
  public var overdue: [Finding]
  /// The `due` date of the task of each finding of `overdue`, in the same order; `nil` where the
  /// task has none (it was judged by the phase's end).
  public var overdueDue: [YearOrDate?] = []
  /// The sum of the budgets of its (not cancelled) tasks in million VND; `nil` when none has one.
  public var taskBudget: Double?
  /// How many of its (not cancelled) tasks have a budget.
  public var budgetedTasks: Int = 0
  /// The phase's own budget in million VND, if given.
  public var budget: Double?

  /// Whether any budget is given: the phase's own or one of its tasks'.
  public var hasBudget: Bool { taskBudget != nil || budget != nil }
}
