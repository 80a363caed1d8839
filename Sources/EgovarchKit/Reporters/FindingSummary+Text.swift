extension FindingSummary {
  /// The one-line summary that closes a report for people, in `language`:
  /// `1 error, 2 warnings, 0 notes in 1 file (1 suppressed, 2 known to the baseline)`.
  public func text(in language: Language) -> String {
    var asides: [String] = []
    if suppressed > 0 { asides.append("\(suppressed) \(Vocabulary.suppressed.text(in: language))") }
    if unchanged > 0 { asides.append("\(unchanged) \(Vocabulary.knownToTheBaseline.text(in: language))") }
    let aside = asides.isEmpty ? "" : " (\(asides.joined(separator: ", ")))"
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
