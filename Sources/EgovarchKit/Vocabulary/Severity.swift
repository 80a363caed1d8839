/// How serious a finding is; ordered from `note` (least) to `error` (most).
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: return 0
    case .warning: return 1
    case .error: return 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// The word used in reports, in `language`.
  public func label(in language: Language) -> String {
    switch (self, language) {
    case (.error, .english): return "error"
    case (.warning, .english): return "warning"
    case (.note, .english): return "note"
    case (.error, .vietnamese): return "lỗi"
    case (.warning, .vietnamese): return "cảnh báo"
    case (.note, .vietnamese): return "ghi chú"
    }
  }
}
