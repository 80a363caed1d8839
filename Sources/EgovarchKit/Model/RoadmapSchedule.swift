/// The roadmap seen from the components: when phases end and when components are delivered.
///
/// Computed once per model and shared by the rules.
public struct RoadmapSchedule: Sendable {
  /// One phase with its computed last year.
  public struct ScheduledPhase: Sendable, Hashable {
    /// The phase's position in the roadmap (0-based, document order).
    public var index: Int
    /// The phase as written.
    public var phase: Phase
    /// The last year: `end`, else the year before the next phase, else the roadmap's `until`.
    public var endYear: Int?

    /// The years as shown in reports: `2018–2019`, or `2022–` when the end is open.
    public var yearRange: String {
      guard let endYear else { return "\(phase.start)–" }
      return endYear == phase.start ? "\(phase.start)" : "\(phase.start)–\(endYear)"
    }
  }

  /// The phases in document order.
  public let phases: [ScheduledPhase]
  /// For each component id, the index of the first phase with a task that delivers it
  /// (build, upgrade or integrate; cancelled tasks do not count).
  public let firstDelivery: [String: Int]
  /// For each component id, whether any task (cancelled ones aside) names it.
  public let scheduled: Set<String>

  /// Builds the schedule of `architecture` (empty without a roadmap).
  public init(architecture: Architecture) {
    guard let roadmap = architecture.roadmap else {
      phases = []
      firstDelivery = [:]
      scheduled = []
      return
    }
    phases = roadmap.phases.indices.map {
      ScheduledPhase(index: $0, phase: roadmap.phases[$0], endYear: roadmap.endYear(ofPhaseAt: $0))
    }
    var first: [String: Int] = [:]
    var named: Set<String> = []
    for (index, phase) in roadmap.phases.enumerated() {
      for task in phase.tasks where task.status != .cancelled {
        guard let component = task.component else { continue }
        named.insert(component)
        if task.action.delivers, first[component] == nil { first[component] = index }
      }
    }
    firstDelivery = first
    scheduled = named
  }

  /// The phase that first delivers `componentID`, if any.
  public func deliveryPhase(of componentID: String) -> ScheduledPhase? {
    firstDelivery[componentID].map { phases[$0] }
  }
}
