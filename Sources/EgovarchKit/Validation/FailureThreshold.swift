/// The severity from which findings make a run fail (`--fail-on`).
public enum FailureThreshold: String, Sendable, Hashable, CaseIterable {
  case error
  case warning
  case note
  case never

  /// Whether any unsuppressed finding in `findings` reaches the threshold.
  public func isReached(by findings: [Finding]) -> Bool {
    let minimum: Severity
    switch self {
    case .never: return false
    case .error: minimum = .error
    case .warning: minimum = .warning
    case .note: minimum = .note
    }
    return findings.contains { !$0.isSuppressed && $0.severity >= minimum }
  }
}
