extension FindingSummary {
  /// The one-line summary that closes a report for people, in `language`:
  /// `1 error, 2 warnings, 0 notes in 1 file (1 suppressed)`.
  public func text(in language: Language) -> String {
    let aside = suppressed > 0 ? " (\(suppressed) \(Vocabulary.suppressed.text(in: language)))" : ""
    let fileCount = Vocabulary.count(files, "file").text(in: language)
    switch language {
    case .english: return "\(severityCounts(in: language)) in \(fileCount)\(aside)"
    case .vietnamese: return "\(severityCounts(in: language)) trong \(fileCount)\(aside)"
    }
  }

  /// `1 error, 2 warnings, 0 notes` (`1 lỗi, 2 cảnh báo, 0 ghi chú`), in `language`
  /// (`Vocabulary.count`).
  public func severityCounts(in language: Language) -> String {
    [(errors, "error"), (warnings, "warning"), (notes, "note")].map { value, noun in
      Vocabulary.count(value, noun).text(in: language)
    }.joined(separator: ", ")
  }
}
