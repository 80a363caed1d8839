/// One `dependsOn` of a component.
public struct Dependency: Sendable, Hashable {
  /// What it points at.
  public var reference: ComponentReference
  /// What is needed from it.
  public var type: DependencyType
  /// Where the `dependsOn` element starts.
  public var position: SourcePosition

  /// Creates a dependency.
  public init(reference: ComponentReference, type: DependencyType = .uses, position: SourcePosition) {
    self.reference = reference
    self.type = type
    self.position = position
  }
}
