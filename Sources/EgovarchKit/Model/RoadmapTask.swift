/// A task of a roadmap phase: building, upgrading or integrating a component, or a cross-cutting task.
public struct RoadmapTask: Sendable, Hashable {
  /// What the task does.
  public var action: TaskAction
  /// The id of the component it delivers or changes, if any.
  public var component: String?
  /// How far it has got.
  public var status: TaskStatus
  /// The agency in charge.
  public var owner: String?
  /// The budget in million VND.
  public var budget: Double?
  /// Where the budget comes from, as written ("ngân sách tỉnh").
  public var budgetSource: String?
  /// When the task starts: a year or a day (its first day counts).
  public var start: YearOrDate?
  /// When the task is due: a year or a day (its last day is the deadline, `CalendarDate.isPast`).
  public var due: YearOrDate?
  /// An optional id.
  public var id: String?
  /// The free description (the element's text).
  public var text: String?
  /// Where the `task` element starts.
  public var position: SourcePosition

  /// Creates a task.
  public init(
    action: TaskAction, component: String? = nil, status: TaskStatus = .notStarted,
    owner: String? = nil, budget: Double? = nil, id: String? = nil, text: String? = nil,
    budgetSource: String? = nil, start: YearOrDate? = nil, due: YearOrDate? = nil, position: SourcePosition
  ) {
    self.action = action
    self.component = component
    self.status = status
    self.owner = owner
    self.budget = budget
    self.budgetSource = budgetSource
    self.start = start
    self.due = due
    self.id = id
    self.text = text
    self.position = position
  }
}
