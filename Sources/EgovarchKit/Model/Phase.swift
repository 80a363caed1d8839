/// A phase of the roadmap: a numbered period with its tasks.
public struct Phase: Sendable, Hashable {
  /// The phase number, 1, 2, 3 ...
  public var number: Int
  /// The first year.
  public var start: Int
  /// The last year as written; `nil` means the year before the next phase starts.
  public var end: Int?
  /// The title.
  public var title: String?
  /// The budget of the phase as a whole in million VND, besides its tasks' own.
  public var budget: Double?
  /// Where the phase's budget comes from, as written ("ngân sách tỉnh").
  public var budgetSource: String?
  /// The tasks in document order.
  public var tasks: [RoadmapTask]
  /// Where the `phase` element starts.
  public var position: SourcePosition

  /// Creates a phase.
  public init(
    number: Int, start: Int, end: Int? = nil, title: String? = nil, tasks: [RoadmapTask] = [],
    budget: Double? = nil, budgetSource: String? = nil, position: SourcePosition
  ) {
    self.number = number
    self.start = start
    self.end = end
    self.title = title
    self.tasks = tasks
    self.budget = budget
    self.budgetSource = budgetSource
    self.position = position
  }
}
