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
  /// (build, upgrade or integrate; cancelled tasks do not count); computed on first use.
  public var firstDelivery: [String: Int] {
    deliveries.value { [phases] in
      var first: [String: Int] = [:]
      first.reserveCapacity(phases.reduce(0) { $0 + $1.phase.tasks.count })
      // Latest phase first, so that the earliest one is written last: one update per task.
      for phase in phases.reversed() {
        for task in phase.phase.tasks where task.status != .cancelled && task.action.delivers {
          if let component = task.component { first[component] = phase.index }
        }
      }
      return first
    }
  }
  private let deliveries = FirstDeliveryCache()
  /// The component ids that some task (cancelled ones aside) names; computed on each use.
  public var scheduled: Set<String> {
    var named: Set<String> = []
    for phase in phases {
      for task in phase.phase.tasks where task.status != .cancelled {
        if let component = task.component { named.insert(component) }
      }
    }
    return named
  }

  /// Builds the schedule of `architecture` (empty without a roadmap).
  public init(architecture: Architecture) {
    guard let roadmap = architecture.roadmap else {
      phases = []
      return
    }
    phases = roadmap.phases.indices.map {
      ScheduledPhase(index: $0, phase: roadmap.phases[$0], endYear: roadmap.endYear(ofPhaseAt: $0))
    }
  }

  /// The phase that first delivers `componentID`, if any.
  public func deliveryPhase(of componentID: String) -> ScheduledPhase? {
    firstDelivery[componentID].map { phases[$0] }
  }
}
