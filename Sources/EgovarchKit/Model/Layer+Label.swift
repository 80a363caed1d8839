extension Layer {
  /// The layer's name in both languages, from `Vocabulary`.
  public var term: LocalizedText { Vocabulary.term(rawValue, in: Vocabulary.layers) }

  /// The layer's name in reports, in `language`.
  public func label(in language: Language) -> String { term.text(in: language) }
}
