/// The values of an indicator over time, as the gap report shows them: its dated values known on
/// the report's date, oldest first, then its undated `actual` (the result), if any.
public struct IndicatorTrend: Sendable, Hashable {
  /// One value of the trend.
  public struct Point: Sendable, Hashable {
    /// The day it was measured; `nil` for an undated `actual`.
    public var date: CalendarDate?
    /// The value.
    public var value: IndicatorValue
  }

  /// The indicator's id.
  public var indicator: String
  /// The indicator's unit, for showing the values.
  public var unit: IndicatorUnit
  /// The values, oldest first (an undated `actual` last).
  public var points: [Point]

  /// The trend of `assessment`'s indicator, or `nil` when it has fewer than two values: one
  /// value is no trend.
  init?(_ assessment: IndicatorAssessment) {
    let indicator = assessment.indicator
    var points = assessment.history.map { Point(date: $0.date, value: $0.value) }
    if indicator.measured == nil, let actual = indicator.actual { points.append(Point(date: nil, value: actual)) }
    guard points.count > 1 else { return nil }
    self.indicator = indicator.id
    self.unit = indicator.unit
    self.points = points
  }
}
