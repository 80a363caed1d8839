/// A framework's requirement that components of one kind depend on another kind or a national
/// system, possibly through a platform (`via`), such as reporting → national reporting via LGSP.
public struct LinkRequirement: Sendable, Hashable {
  /// The kind whose components must have the link.
  public var from: String
  /// The target: a kind (any component of it) or a national system.
  public var to: ComponentReference
  /// The kind of platform the link must pass through, if any.
  public var via: String?
  /// The dependency type expected.
  public var type: DependencyType
  /// The severity of a finding when the link is missing.
  public var severity: Severity
  /// The legal basis, in both languages.
  public var basis: LocalizedText

  /// Creates a requirement.
  public init(
    from: String, to: ComponentReference, via: String? = nil, type: DependencyType,
    severity: Severity = .error, basis: LocalizedText
  ) {
    self.from = from
    self.to = to
    self.via = via
    self.type = type
    self.severity = severity
    self.basis = basis
  }
}
