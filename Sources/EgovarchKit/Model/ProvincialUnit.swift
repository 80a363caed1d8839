/// A provincial-level unit of the map in force from 2025-07-01 (a province, `tỉnh`, or a
/// centrally-run city, `thành phố trực thuộc trung ương`), with the units of the earlier map it
/// was formed from.
///
/// The table of all 34 is `ProvincialMap2025.units`.
public struct ProvincialUnit: Sendable, Hashable {
  /// The name in Vietnamese, without `tỉnh` or `thành phố`: "Hồ Chí Minh", "Tây Ninh".
  public var name: String
  /// How messages name it: "Ho Chi Minh City" / "Thành phố Hồ Chí Minh", "Tay Ninh province" /
  /// "tỉnh Tây Ninh".
  public var title: LocalizedText
  /// Whether it is a centrally-run city rather than a province.
  public var isCity: Bool
  /// The provincial-level units of the map before 2025-07-01 it was formed from, by their
  /// Vietnamese names without `tỉnh` or `thành phố`: the one whose name it kept first, then the
  /// others in the resolution's order; just its own name when it was left unchanged.
  public var formedFrom: [String]

  /// Creates a unit.
  public init(name: String, title: LocalizedText, isCity: Bool = false, formedFrom: [String]) {
    self.name = name
    self.title = title
    self.isCity = isCity
    self.formedFrom = formedFrom
  }

  /// Whether the unit is the same as before 2025-07-01 (one of the 11 left unchanged).
  public var isUnchanged: Bool { formedFrom == [name] }
}
