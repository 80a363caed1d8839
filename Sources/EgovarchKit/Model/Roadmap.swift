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
  /// starts, else the roadmap's `until` for the last phase.
  public func endYear(ofPhaseAt index: Int) -> Int? {
    let phase = phases[index]
    if let end = phase.end { return end }
    if index + 1 < phases.count { return phases[index + 1].start - 1 }
    return until
  }
}
