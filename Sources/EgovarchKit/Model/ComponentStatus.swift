/// Where a component stands on the date the statuses were recorded.
public enum ComponentStatus: String, Sendable, Hashable, CaseIterable {
  case existing
  case inProgress = "in-progress"
  case planned
  case retired
}
