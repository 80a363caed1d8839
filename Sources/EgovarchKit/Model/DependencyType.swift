/// What one component needs from another.
public enum DependencyType: String, Sendable, Hashable, CaseIterable {
  case uses
  case integration
  case hosting
  case data
  case identity
  case network
  case security
}
