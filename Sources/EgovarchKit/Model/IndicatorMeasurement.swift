/// A value of an indicator measured on a day: a `measurement` child, or `actual` with `measured`.
public struct IndicatorMeasurement: Sendable, Hashable {
  /// The day the value was measured.
  public var date: CalendarDate
  /// The value measured, typed as `actual` is.
  public var value: IndicatorValue
  /// Where the `measurement` element (or, for `actual`, the `indicator` element) starts.
  public var position: SourcePosition

  /// Creates a measurement.
  public init(date: CalendarDate, value: IndicatorValue, position: SourcePosition) {
    self.date = date
    self.value = value
    self.position = position
  }
}
