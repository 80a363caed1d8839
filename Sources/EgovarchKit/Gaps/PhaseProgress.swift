/// How far one roadmap phase has got: tasks done out of tasks planned, and the overdue ones.
public struct PhaseProgress: Sendable, Hashable {
  /// The phase number.
  public var number: Int
  /// The phase's title.
  public var title: String?
  /// The years, `2018–2019`.
  public var years: String
  /// Tasks done.
  public var done: Int
  /// Tasks planned (cancelled ones excepted).
  public var total: Int
  /// The `roadmap/overdue` findings of the phase.
  public var overdue: [Finding]
}
