/// A component of a provincial architecture: a system, platform, or piece of infrastructure.
public struct Component: Sendable, Hashable {
  /// The id, unique in the file.
  public var id: String
  /// The kind from the framework's catalogue, or `custom`.
  public var kind: String
  /// The name, usually Vietnamese.
  public var name: String
  /// The layer given in the model; `nil` means the kind's own layer.
  public var layer: Layer?
  /// Who it serves.
  public var scope: Scope
  /// Where it stands.
  public var status: ComponentStatus
  /// The agency in charge.
  public var owner: String?
  /// The security level of the information system, 1 to 5 (`securityLevel`); `nil` when not
  /// given.
  public var securityLevel: Int?
  /// A free description.
  public var description: String?
  /// What it depends on, in document order.
  public var dependencies: [Dependency]
  /// Where the `component` element starts.
  public var position: SourcePosition

  /// Creates a component.
  public init(
    id: String, kind: String, name: String, layer: Layer? = nil, scope: Scope = .provincial,
    status: ComponentStatus = .planned, owner: String? = nil, description: String? = nil,
    dependencies: [Dependency] = [], securityLevel: Int? = nil, position: SourcePosition
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.layer = layer
    self.scope = scope
    self.status = status
    self.owner = owner
    self.description = description
    self.dependencies = dependencies
    self.securityLevel = securityLevel
    self.position = position
  }
}
