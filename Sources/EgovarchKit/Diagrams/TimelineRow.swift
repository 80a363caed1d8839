/// A row of the timeline, top to bottom.
enum TimelineRow: Sendable, Hashable {
  /// A phase's header (by its index in the schedule).
  case phaseHeader(Int)
  /// A task's bar (by the indices of its phase and of the task in it).
  case task(phase: Int, task: Int)
  /// The "(no tasks)" row of a phase without tasks.
  case emptyPhase(Int)
  /// The header of the components with a roadmap finding that no task names.
  case unscheduledHeader
  /// One such component, by id.
  case unscheduled(String)
  /// The row saying that the model has no roadmap.
  case noRoadmap

  /// Whether the row is a header (a fixed height) rather than a task's row.
  var isHeader: Bool {
    switch self {
    case .phaseHeader, .unscheduledHeader: return true
    default: return false
    }
  }
}
