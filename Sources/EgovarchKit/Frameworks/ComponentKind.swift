/// A kind of component in a framework's catalogue, such as `lgsp` or `national-population-db`.
public struct ComponentKind: Sendable, Hashable {
  /// The kind's id, used in models as `kind="…"` (or `national:…` for national systems).
  public var id: String
  /// The layer components of this kind belong to unless the model says otherwise.
  public var layer: Layer
  /// `provincial` for the province's own systems, `national` for national systems.
  public var scope: Scope
  /// The kind's name in both languages.
  public var name: LocalizedText
  /// For a national system, the year it became available to provinces.
  public var available: Int?
  /// For a national system, the kind of provincial platform to reach it through (`lgsp`).
  public var through: String?
  /// The instruments that created or govern it (a national system's).
  public var instruments: [LegalInstrument]
  /// When it exists or is in force, where the framework dates it.
  public var period: InForcePeriod

  /// Creates a kind.
  public init(
    id: String, layer: Layer, scope: Scope, name: LocalizedText, available: Int? = nil,
    through: String? = nil, instruments: [LegalInstrument] = [], period: InForcePeriod = .always
  ) {
    self.id = id
    self.layer = layer
    self.scope = scope
    self.name = name
    self.available = available
    self.through = through
    self.instruments = instruments
    self.period = period
  }

  /// Whether this is a national system, referenced as `national:KIND`.
  public var isNational: Bool { scope == .national }
}
