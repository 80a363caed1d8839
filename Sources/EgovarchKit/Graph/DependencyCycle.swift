/// One elementary dependency cycle, as node indices of a `ComponentGraph`.
public struct DependencyCycle: Sendable, Hashable {
  /// The nodes around the cycle, starting at the earliest-declared one.
  public var nodes: [Int]
  /// Whether the cycle's group of mutually dependent components has more cycles than were listed.
  public var groupHasMore: Bool
}
