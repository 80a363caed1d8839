/// The roadmap seen as a schedule: the phases in order, each with the year it ends.
///
/// Computed once per file, by `Analysis`; the first delivery of each component is there too
/// (`Analysis.firstDeliveryByComponent`).
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
}
