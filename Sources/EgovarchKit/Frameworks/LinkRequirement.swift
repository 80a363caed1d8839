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
  /// The instruments that set it (empty when the framework gives only a `basis` text).
  public var instruments: [LegalInstrument]
  /// When it is in force.
  public var period: InForcePeriod
  /// Other targets that meet it, each during its own period.
  public var alternatives: [LinkAlternative]
  /// The instrument that ended it, if any.
  public var endedBy: LegalInstrument?

  /// Creates a requirement.
  public init(
    from: String, to: ComponentReference, via: String? = nil, type: DependencyType,
    severity: Severity = .error, basis: LocalizedText, instruments: [LegalInstrument] = [],
    period: InForcePeriod = .always, alternatives: [LinkAlternative] = [], endedBy: LegalInstrument? = nil
  ) {
    self.from = from
    self.to = to
    self.via = via
    self.type = type
    self.severity = severity
    self.basis = basis
    self.instruments = instruments
    self.period = period
    self.alternatives = alternatives
    self.endedBy = endedBy
  }
}
