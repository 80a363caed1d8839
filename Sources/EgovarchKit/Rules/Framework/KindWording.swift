/// How the framework rules name a kind of the catalogue in their messages: the catalogue's
/// name in each language, then the id, as in "provincial reporting information system
/// ('reporting-system')".
enum KindWording {
  /// The kind `id` as a noun phrase in both languages.
  ///
  /// Provincial kinds are common nouns, so their names start in lower case (unless they start
  /// with an acronym); national systems are proper names and keep their capitals. An id the
  /// catalogue does not have is shown alone.
  static func phrase(_ id: String, in framework: Framework) -> LocalizedText {
    guard let kind = framework.kind(id) else { return LocalizedText(en: "'\(id)'", vi: "'\(id)'") }
    func name(_ text: String) -> String {
      let shown = kind.isNational ? text : lowercasingFirstWord(text)
      return shown.isEmpty ? "'\(id)'" : "\(shown) ('\(id)')"
    }
    return LocalizedText(en: name(kind.name.english), vi: name(kind.name.vietnamese))
  }

  /// `text` with its first letter in lower case, unless the first word is an acronym ("SOC").
  static func lowercasingFirstWord(_ text: String) -> String {
    guard let first = text.first else { return text }
    let second = text.dropFirst().first
    if let second, second.isUppercase { return text }
    return first.lowercased() + text.dropFirst()
  }
}
