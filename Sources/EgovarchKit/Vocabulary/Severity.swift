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

  /// The word used in reports, in both languages, from `Vocabulary`.
  public var term: LocalizedText { Vocabulary.term(rawValue, in: Vocabulary.severities) }

  /// The word used in reports, in `language`.
  public func label(in language: Language) -> String { term.text(in: language) }
}
