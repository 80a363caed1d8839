/// A province's e-government architecture as described in one model file.
public struct Architecture: Sendable, Hashable {
  /// The model's id.
  public var id: String
  /// The province, in Vietnamese.
  public var province: String
  /// The framework the model follows: `1.0`, `2.0` or the id of a framework file.
  public var framework: String
  /// The province's own edition of its architecture.
  public var edition: String?
  /// The approving decision's number.
  public var decision: String?
  /// The approval date.
  public var approved: CalendarDate?
  /// The date the statuses were recorded.
  public var asOf: CalendarDate?
  /// The title.
  public var title: String?
  /// A free description.
  public var description: String?
  /// The components in document order.
  public var components: [Component]
  /// The roadmap, if any.
  public var roadmap: Roadmap?
  /// The indicators in document order.
  public var indicators: [Indicator]
  /// The suppressions in document order.
  public var suppressions: [Suppression]
  /// Where the root element starts.
  public var position: SourcePosition

  /// Creates an architecture.
  public init(
    id: String, province: String, framework: String, edition: String? = nil,
    decision: String? = nil, approved: CalendarDate? = nil, asOf: CalendarDate? = nil,
    title: String? = nil, description: String? = nil, components: [Component] = [],
    roadmap: Roadmap? = nil, indicators: [Indicator] = [], suppressions: [Suppression] = [],
    position: SourcePosition = .start
  ) {
    self.id = id
    self.province = province
    self.framework = framework
    self.edition = edition
    self.decision = decision
    self.approved = approved
    self.asOf = asOf
    self.title = title
    self.description = description
    self.components = components
    self.roadmap = roadmap
    self.indicators = indicators
    self.suppressions = suppressions
    self.position = position
  }
}
