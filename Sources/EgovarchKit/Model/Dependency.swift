/// One `dependsOn` of a component.
public struct Dependency: Sendable, Hashable {
  /// What it points at.
  public var reference: ComponentReference
  /// What is needed from it.
  public var type: DependencyType
  /// Where the link itself stands (`existing`, `in-progress` or `planned`, never `retired`);
  /// `nil` when not given: it follows its component (`effectiveStatus(in:)`).
  public var status: ComponentStatus?
  /// When the link is, or will be, in place; `nil` when not given.
  public var from: YearOrDate?
  /// Where the `dependsOn` element starts.
  public var position: SourcePosition

  /// Creates a dependency.
  public init(
    reference: ComponentReference, type: DependencyType = .uses, status: ComponentStatus? = nil,
    from: YearOrDate? = nil, position: SourcePosition
  ) {
    self.reference = reference
    self.type = type
    self.status = status
    self.from = from
    self.position = position
  }
}
