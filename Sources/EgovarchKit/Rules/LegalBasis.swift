extension LocalizedText {
  /// `message` followed by its legal basis: "… (basis: Decree 09/2019/ND-CP of 24/01/2019)".
  public static func withBasis(_ message: LocalizedText, _ basis: LocalizedText) -> LocalizedText {
    let word = Vocabulary.basis
    return LocalizedText(
      en: "\(message.english) (\(word.english): \(basis.english))",
      vi: "\(message.vietnamese) (\(word.vietnamese): \(basis.vietnamese))")
  }
}
