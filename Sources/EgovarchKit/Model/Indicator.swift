/// An indicator the province must reach, with its target and, once reported, its actual value.
public struct Indicator: Sendable, Hashable {
  /// The id, unique in the file.
  public var id: String
  /// The name.
  public var name: String?
  /// The unit.
  public var unit: IndicatorUnit
  /// Whether the target is a minimum or a maximum.
  public var direction: IndicatorDirection
  /// The target.
  public var target: IndicatorValue?
  /// The actual value; `nil` means not reported.
  public var actual: IndicatorValue?
  /// The day `actual` was measured; `nil` (a v1 model) means `actual` is the result.
  public var measured: CalendarDate?
  /// The `measurement` children, in document order.
  public var measurements: [IndicatorMeasurement]
  /// The date by which the target must be met.
  public var deadline: CalendarDate?
  /// The document that sets the target.
  public var source: String?
  /// The id of the component whose delivery the target depends on.
  public var component: String?
  /// Where the `indicator` element starts.
  public var position: SourcePosition

  /// Creates an indicator.
  public init(
    id: String, name: String? = nil, unit: IndicatorUnit = .percent,
    direction: IndicatorDirection = .atLeast, target: IndicatorValue?, actual: IndicatorValue? = nil,
    measured: CalendarDate? = nil, measurements: [IndicatorMeasurement] = [], deadline: CalendarDate? = nil,
    source: String? = nil, component: String? = nil,
    position: SourcePosition
  ) {
    self.id = id
    self.name = name
    self.unit = unit
    self.direction = direction
    self.target = target
    self.actual = actual
    self.measured = measured
    self.measurements = measurements
    self.deadline = deadline
    self.source = source
    self.component = component
    self.position = position
  }

  /// Every dated value, oldest first: the `measurement` children and `actual` with `measured`
  /// (before a child of the same day, which is the later word); an undated `actual` is not in it,
  /// and a child that repeats `actual` and `measured` (the same day and value) is one value, not
  /// two.
  public var history: [IndicatorMeasurement] {
    var all = measurements
    if let actual, let measured {
      all.removeAll { $0.date == measured && $0.value == actual }
      all.insert(IndicatorMeasurement(date: measured, value: actual, position: position), at: 0)
    }
    // A stable sort: values of one day keep their order.
    return all.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
  }
}
