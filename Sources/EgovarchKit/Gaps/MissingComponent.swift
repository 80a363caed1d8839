/// A component kind the framework requires and the model lacks.
public struct MissingComponent: Sendable, Hashable {
  /// The kind's id.
  public var kind: String
  /// The kind's name in both languages.
  public var name: LocalizedText
  /// The kind's layer.
  public var layer: Layer
  /// How serious the gap is.
  public var severity: Severity
  /// The legal basis of the requirement.
  public var basis: LocalizedText
}
