/// The languages egovarch speaks: English and Vietnamese.
public enum Language: String, Sendable, Hashable, CaseIterable {
  case english = "en"
  case vietnamese = "vi"

  /// The language chosen by the locale variables: `vi*` in `LC_ALL`, `LC_MESSAGES` or `LANG`
  /// (the first one set) gives Vietnamese, anything else English.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return value.lowercased().hasPrefix("vi") ? .vietnamese : .english
      }
    }
    return .english
  }

  /// `text` in this language: how every report says a term of `Vocabulary` or its own words.
  public func say(_ text: LocalizedText) -> String { text.text(in: self) }
}
