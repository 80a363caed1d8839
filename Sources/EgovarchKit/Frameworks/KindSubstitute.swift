/// A kind whose components meet a component requirement during a period, such as the merged
/// administrative-procedure system (`tthc-system`) for the one-stop-shop from 2021-12-06.
public struct KindSubstitute: Sendable, Hashable {
  /// The kind that meets the requirement.
  public var kind: String
  /// When it does.
  public var period: InForcePeriod
  /// The instruments that make it so.
  public var instruments: [LegalInstrument]

  /// Creates a substitute.
  public init(kind: String, period: InForcePeriod = .always, instruments: [LegalInstrument] = []) {
    self.kind = kind
    self.period = period
    self.instruments = instruments
  }
}
