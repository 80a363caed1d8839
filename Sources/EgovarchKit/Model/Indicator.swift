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
    deadline: CalendarDate? = nil, source: String? = nil, component: String? = nil,
    position: SourcePosition
  ) {
    self.id = id
    self.name = name
    self.unit = unit
    self.direction = direction
    self.target = target
    self.actual = actual
    self.deadline = deadline
    self.source = source
    self.component = component
    self.position = position
  }
}
