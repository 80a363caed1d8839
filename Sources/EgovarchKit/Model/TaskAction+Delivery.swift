extension TaskAction {
  /// Whether a task with this action delivers its component (builds, upgrades or integrates it),
  /// as opposed to running it or a cross-cutting task (training, consulting, policy).
  public var delivers: Bool {
    switch self {
    case .build, .upgrade, .integrate: return true
    case .operate, .train, .consult, .policy: return false
    }
  }
}
