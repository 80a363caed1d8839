/// The severity from which findings make a run fail (`--fail-on`).
public enum FailureThreshold: String, Sendable, Hashable, CaseIterable {
  case error
  case warning
  case note
  case never

  /// Whether any unsuppressed finding in `findings` that no baseline knows reaches the
  /// threshold (a finding marked `unchanged` never fails a run).
  public func isReached(by findings: [Finding]) -> Bool {
    let minimum: Severity
    switch self {
    case .never: return false
    case .error: minimum = .error
    case .warning: minimum = .warning
    case .note: minimum = .note
    }
    return findings.contains { !$0.isSuppressed && $0.baselineState != .unchanged && $0.severity >= minimum }
  }
}
