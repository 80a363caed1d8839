/// How well the citation of a legal instrument was checked.
public enum SourceConfidence: String, Sendable, Hashable, CaseIterable {
  /// Seen in the text or a reliable reproduction of it.
  case seen
  /// Seen only in a secondary compilation: good for numbers and dates, weaker for wording.
  case secondary
  /// The source shows part of what is cited.
  case partial
  /// Background knowledge, not checked: a hypothesis.
  case background
  /// Looked for and not found.
  case unverified

  /// The strongest severity a requirement may have on such a source: a note when the source is
  /// background knowledge or was not found, else no limit (error).
  public var limit: Severity {
    switch self {
    case .seen, .secondary, .partial: return .error
    case .background, .unverified: return .note
    }
  }

  /// The words a citation ends with in brackets ("secondary source"), `nil` when seen.
  public var term: LocalizedText? {
    Vocabulary.confidences.first { $0.key == rawValue }?.value
  }
}
