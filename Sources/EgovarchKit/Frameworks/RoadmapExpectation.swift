/// What a framework advises of a roadmap: which kinds come first and, if the framework says so,
/// how many phases.
public struct RoadmapExpectation: Sendable, Hashable {
  /// The expected number of phases, when the framework gives one (the built-in frameworks do
  /// not: no national text fixes a number of phases).
  public var phaseCount: Int?
  /// The kinds that belong in the first phase (infrastructure and integration first).
  public var earlyKinds: [String]
  /// The severity of findings about the roadmap's shape.
  public var severity: Severity
  /// The basis of the advice, in both languages.
  public var basis: LocalizedText
  /// The instruments the advice rests on.
  public var instruments: [LegalInstrument]
  /// When the advice is in force.
  public var period: InForcePeriod

  /// Creates an expectation.
  public init(
    phaseCount: Int? = nil, earlyKinds: [String], severity: Severity = .warning, basis: LocalizedText,
    instruments: [LegalInstrument] = [], period: InForcePeriod = .always
  ) {
    self.phaseCount = phaseCount
    self.earlyKinds = earlyKinds
    self.severity = severity
    self.basis = basis
    self.instruments = instruments
    self.period = period
  }
}
