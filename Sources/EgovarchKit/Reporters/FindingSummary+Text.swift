extension FindingSummary {
  /// The one-line summary that closes a report for people, in `language`:
  /// `1 error, 2 warnings, 0 notes in 1 file (1 suppressed)`.
  public func text(in language: Language) -> String {
    func count(_ value: Int, _ english: String) -> String {
      switch language {
      case .english: return "\(value) \(english)\(value == 1 ? "" : "s")"
      case .vietnamese:
        let words = ["error": "lỗi", "warning": "cảnh báo", "note": "ghi chú", "file": "tệp"]
        return "\(value) \(words[english] ?? english)"
      }
    }
    let counts = [count(errors, "error"), count(warnings, "warning"), count(notes, "note")]
      .joined(separator: ", ")
    switch language {
    case .english:
      let aside = suppressed > 0 ? " (\(suppressed) suppressed)" : ""
      return "\(counts) in \(count(files, "file"))\(aside)"
    case .vietnamese:
      let aside = suppressed > 0 ? " (\(suppressed) đã miễn trừ)" : ""
      return "\(counts) trong \(count(files, "file"))\(aside)"
    }
  }
}
