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
  /// The tasks in document order.
  public var tasks: [RoadmapTask]
  /// Where the `phase` element starts.
  public var position: SourcePosition

  /// Creates a phase.
  public init(
    number: Int, start: Int, end: Int? = nil, title: String? = nil, tasks: [RoadmapTask] = [],
    position: SourcePosition
  ) {
    self.number = number
    self.start = start
    self.end = end
    self.title = title
    self.tasks = tasks
    self.position = position
  }
}
