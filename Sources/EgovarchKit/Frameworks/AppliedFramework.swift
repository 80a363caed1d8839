/// A framework as it applies on one day: the requirements and the roadmap advice in force, and
/// the kinds that satisfy each required kind on that day.
///
/// Every rule, the gap report and the diagrams ask this one value, so that they agree on what
/// the law of the model's date requires.
public struct AppliedFramework: Sendable {
  /// The framework.
  public let framework: Framework
  /// The day it is applied on.
  public let date: CalendarDate
  /// The component requirements in force, in the framework's order.
  public let components: [ComponentRequirement]
  /// The link requirements in force, in the framework's order.
  public let links: [LinkRequirement]
  /// The roadmap advice, if in force.
  public let roadmap: RoadmapExpectation?
  /// For each kind with substitutes in force: the kinds that satisfy it, itself first.
  private let satisfying: [String: [String]]

  /// Applies `framework` on `date`.
  public init(_ framework: Framework, on date: CalendarDate) {
    self.framework = framework
    self.date = date
    components = framework.requiredComponents.filter { $0.period.contains(date) }
    links = framework.requiredLinks.filter { $0.period.contains(date) }
    roadmap = framework.roadmap.flatMap { $0.period.contains(date) ? $0 : nil }
    var satisfying: [String: [String]] = [:]
    for requirement in components {
      for substitute in requirement.substitutes where substitute.period.contains(date) {
        var kinds = satisfying[requirement.kind] ?? [requirement.kind]
        if !kinds.contains(substitute.kind) { kinds.append(substitute.kind) }
        satisfying[requirement.kind] = kinds
      }
    }
    self.satisfying = satisfying
  }

  /// The kinds whose components count as `kind` on this day: `kind` itself, then the kinds
  /// that satisfy a requirement of it in force.
  public func kinds(satisfying kind: String) -> [String] {
    satisfying[kind] ?? [kind]
  }

  /// The targets that meet `link` on this day: its own target (or the kinds that satisfy it),
  /// then its alternatives in force.
  public func targets(of link: LinkRequirement) -> [ComponentReference] {
    var targets: [ComponentReference]
    switch link.to {
    case .component(let kind): targets = kinds(satisfying: kind).map { .component($0) }
    case .national: targets = [link.to]
    }
    for alternative in link.alternatives where alternative.period.contains(date) && !targets.contains(alternative.to) {
      targets.append(alternative.to)
    }
    return targets
  }

  /// The substitutes of `requirement` whose period has not started on this day: components of
  /// those kinds are accepted with a note.
  public func laterSubstitutes(of requirement: ComponentRequirement) -> [KindSubstitute] {
    requirement.substitutes.filter { $0.period.startsAfter(date) }
  }
}
