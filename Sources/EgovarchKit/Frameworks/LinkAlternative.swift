/// Another target that meets a link requirement during a period, such as the national data
/// sharing and coordination platform in place of the NGSP from 2024-10-09.
public struct LinkAlternative: Sendable, Hashable {
  /// The target: a kind or a national system.
  public var to: ComponentReference
  /// When it meets the requirement.
  public var period: InForcePeriod
  /// The instruments that make it so.
  public var instruments: [LegalInstrument]

  /// Creates an alternative.
  public init(to: ComponentReference, period: InForcePeriod = .always, instruments: [LegalInstrument] = []) {
    self.to = to
    self.period = period
    self.instruments = instruments
  }
}
