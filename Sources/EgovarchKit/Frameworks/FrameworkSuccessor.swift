/// The framework that replaced another: its id, names, the day it took effect and the
/// instrument that issued it.
public struct FrameworkSuccessor: Sendable, Hashable {
  /// Its id (built in or not).
  public var id: String
  /// Its name in both languages.
  public var name: LocalizedText
  /// The day it took effect, from which the framework it replaced is superseded.
  public var since: CalendarDate
  /// The instruments that issued it.
  public var instruments: [LegalInstrument]

  /// Creates a successor.
  public init(id: String, name: LocalizedText, since: CalendarDate, instruments: [LegalInstrument]) {
    self.id = id
    self.name = name
    self.since = since
    self.instruments = instruments
  }
}
