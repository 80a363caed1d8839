/// A national architecture framework: the catalogue of kinds, the required components and
/// links, and the roadmap advice that a province's model is checked against.
public struct Framework: Sendable, Hashable {
  /// The id models use in `framework="…"` (`1.0`, `2.0`, or a file's own id).
  public var id: String
  /// The framework's name in both languages.
  public var name: LocalizedText
  /// The document that issued it, in both languages.
  public var basis: LocalizedText
  /// The day it was issued, if the framework says.
  public var issued: CalendarDate?
  /// The instruments that issued it (empty when the file gives only a `basis` text).
  public var instruments: [LegalInstrument]
  /// When it is in force: from the day it took effect to the day before its successor did.
  public var period: InForcePeriod
  /// The framework that replaced it, if any.
  public var successor: FrameworkSuccessor?
  /// The kinds of the catalogue, in file order.
  public var kinds: [ComponentKind]
  /// The required components.
  public var requiredComponents: [ComponentRequirement]
  /// The required links.
  public var requiredLinks: [LinkRequirement]
  /// The roadmap advice, if the framework gives any.
  public var roadmap: RoadmapExpectation?
  private var kindIndex: [String: Int]

  /// Creates a framework.
  public init(
    id: String, name: LocalizedText, basis: LocalizedText, kinds: [ComponentKind],
    requiredComponents: [ComponentRequirement] = [], requiredLinks: [LinkRequirement] = [],
    roadmap: RoadmapExpectation? = nil, issued: CalendarDate? = nil, instruments: [LegalInstrument] = [],
    period: InForcePeriod = .always, successor: FrameworkSuccessor? = nil
  ) {
    self.id = id
    self.name = name
    self.basis = basis
    self.issued = issued
    self.instruments = instruments
    self.period = period
    self.successor = successor
    self.kinds = kinds
    self.requiredComponents = requiredComponents
    self.requiredLinks = requiredLinks
    self.roadmap = roadmap
    var index: [String: Int] = [:]
    for (position, kind) in kinds.enumerated() where index[kind.id] == nil { index[kind.id] = position }
    kindIndex = index
  }

  /// The kind with `id`, if the catalogue has it.
  public func kind(_ id: String) -> ComponentKind? {
    kindIndex[id].map { kinds[$0] }
  }

  /// The national system `id` (without the `national:` prefix), if the catalogue has it.
  public func nationalSystem(_ id: String) -> ComponentKind? {
    kind(id).flatMap { $0.isNational ? $0 : nil }
  }

  /// What of the framework is in force on `date`.
  public func applied(on date: CalendarDate) -> AppliedFramework {
    AppliedFramework(self, on: date)
  }

  /// The layer of `component`: its own, else its kind's.
  public func layer(of component: Component) -> Layer? {
    component.layer ?? kind(component.kind)?.layer
  }
}
