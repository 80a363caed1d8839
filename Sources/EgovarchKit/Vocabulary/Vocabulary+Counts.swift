extension Vocabulary {
  /// Nouns that reports count and messages name on their own, in the singular.
  public static let nouns: KeyValuePairs<String, LocalizedText> = [
    "file": LocalizedText(en: "file", vi: "tệp"),
    "task": LocalizedText(en: "task", vi: "nhiệm vụ"),
    "phase": LocalizedText(en: "phase", vi: "giai đoạn"),
    "component": LocalizedText(en: "component", vi: "thành phần"),
  ]

  /// A count and its noun: "1 error", "3 errors", "0 errors"; "3 lỗi".
  ///
  /// The English plural adds "s"; Vietnamese has no plural. `noun` is in the singular, a term
  /// of `severities` or `nouns`.
  public static func count(_ value: Int, _ noun: LocalizedText) -> LocalizedText {
    LocalizedText(en: "\(value) \(noun.english)\(value == 1 ? "" : "s")", vi: "\(value) \(noun.vietnamese)")
  }

  /// `count(_:_:)` of the noun `key` of `severities` or `nouns` ("error", "task").
  public static func count(_ value: Int, _ key: String) -> LocalizedText {
    let noun = severities.first { $0.key == key }?.value ?? term(key, in: nouns)
    return count(value, noun)
  }
}
