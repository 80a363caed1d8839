/// A framework's requirement that a model contain a component of some kind.
public struct ComponentRequirement: Sendable, Hashable {
  /// The required kind.
  public var kind: String
  /// The severity of a finding when it is missing.
  public var severity: Severity
  /// The legal basis, in both languages.
  public var basis: LocalizedText

  /// Creates a requirement.
  public init(kind: String, severity: Severity = .error, basis: LocalizedText) {
    self.kind = kind
    self.severity = severity
    self.basis = basis
  }
}
