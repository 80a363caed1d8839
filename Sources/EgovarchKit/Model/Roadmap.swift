/// The roadmap: phases in document order.
public struct Roadmap: Sendable, Hashable {
  /// The year the last phase ends, if given.
  public var until: Int?
  /// The phases in document order.
  public var phases: [Phase]
  /// Where the `roadmap` element starts.
  public var position: SourcePosition

  /// Creates a roadmap.
  public init(until: Int? = nil, phases: [Phase] = [], position: SourcePosition) {
    self.until = until
    self.phases = phases
    self.position = position
  }

  /// The last year of the phase at `index`: its `end`, else the year before the next phase
  /// starts, else the roadmap's `until` for the last phase; `nil` when there is none (or the
  /// next phase starts in `Int.min`).
  public func endYear(ofPhaseAt index: Int) -> Int? {
    let phase = phases[index]
    if let end = phase.end { return end }
    if index + 1 < phases.count {
      // Checked: a phase built by hand (not by the loader) may start in `Int.min`.
      let (previousYear, overflow) = phases[index + 1].start.subtractingReportingOverflow(1)
      return overflow ? nil : previousYear
    }
    return until
  }
}
