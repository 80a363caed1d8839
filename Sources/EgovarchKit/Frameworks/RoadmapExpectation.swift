/// What a framework expects of a roadmap: how many phases, and which kinds come first.
public struct RoadmapExpectation: Sendable, Hashable {
  /// The expected number of phases.
  public var phaseCount: Int
  /// The kinds that belong in the first phase (infrastructure and integration first).
  public var earlyKinds: [String]
  /// The severity of findings about the roadmap's shape.
  public var severity: Severity
  /// The basis of the advice, in both languages.
  public var basis: LocalizedText

  /// Creates an expectation.
  public init(phaseCount: Int, earlyKinds: [String], severity: Severity = .warning, basis: LocalizedText) {
    self.phaseCount = phaseCount
    self.earlyKinds = earlyKinds
    self.severity = severity
    self.basis = basis
  }
}
