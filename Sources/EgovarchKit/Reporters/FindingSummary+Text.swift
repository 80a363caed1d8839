extension FindingSummary {
  /// The one-line summary that closes a report for people, in `language`:
  /// `1 error, 2 warnings, 0 notes in 1 file (1 suppressed, 2 known to the baseline)`.
  public func text(in language: Language) -> String {
    var asides: [String] = []
    if suppressed > 0 { asides.append("\(suppressed) \(Vocabulary.suppressed.text(in: language))") }
    if unchanged > 0 { asides.append("\(unchanged) \(Vocabulary.knownToTheBaseline.text(in: language))") }
    let aside = asides.isEmpty ? "" : " (\(asides.joined(separator: ", ")))"
    switch language {
    case .english: return "\(severityCounts(in: language)) in \(Self.count(files, "file", in: language))\(aside)"
    case .vietnamese:
      return "\(severityCounts(in: language)) trong \(Self.count(files, "file", in: language))\(aside)"
    }
  }

  /// `1 error, 2 warnings, 0 notes` (`1 lỗi, 2 cảnh báo, 0 ghi chú`), in `language`.
  public func severityCounts(in language: Language) -> String {
    [
      Self.count(errors, "error", in: language), Self.count(warnings, "warning", in: language),
      Self.count(notes, "note", in: language),
    ].joined(separator: ", ")
  }

  /// `value` and the noun `english` names, in `language`: plural in English, as is in Vietnamese.
  private static func count(_ value: Int, _ english: String, in language: Language) -> String {
    switch language {
    case .english: return "\(value) \(english)\(value == 1 ? "" : "s")"
    case .vietnamese:
      let words = ["error": "lỗi", "warning": "cảnh báo", "note": "ghi chú", "file": "tệp"]
      return "\(value) \(words[english] ?? english)"
    }
  }
}
