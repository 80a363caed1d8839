/// How far a roadmap task has got.
public enum TaskStatus: String, Sendable, Hashable, CaseIterable {
  case notStarted = "not-started"
  case inProgress = "in-progress"
  case done
  case cancelled
}
