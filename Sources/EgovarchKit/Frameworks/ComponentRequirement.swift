/// A framework's requirement that a model contain a component of some kind (or of a kind that
/// satisfies it on the model's date), while the requirement is in force.
public struct ComponentRequirement: Sendable, Hashable {
  /// The required kind.
  public var kind: String
  /// The severity of a finding when it is missing.
  public var severity: Severity
  /// The legal basis, in both languages: the instruments' citations, or the text the framework
  /// gives.
  public var basis: LocalizedText
  /// The instruments that set it (empty when the framework gives only a `basis` text).
  public var instruments: [LegalInstrument]
  /// When it is in force.
  public var period: InForcePeriod
  /// The kinds that also meet it, each during its own period.
  public var substitutes: [KindSubstitute]
  /// The instrument that ended it, if any.
  public var endedBy: LegalInstrument?

  /// Creates a requirement.
  public init(
    kind: String, severity: Severity = .error, basis: LocalizedText, instruments: [LegalInstrument] = [],
    period: InForcePeriod = .always, substitutes: [KindSubstitute] = [], endedBy: LegalInstrument? = nil
  ) {
    self.kind = kind
    self.severity = severity
    self.basis = basis
    self.instruments = instruments
    self.period = period
    self.substitutes = substitutes
    self.endedBy = endedBy
  }
}
