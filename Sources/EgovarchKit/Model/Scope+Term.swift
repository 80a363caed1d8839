extension Scope {
  /// The name of this scope in both languages, from `Vocabulary`: "district level" / "cấp huyện".
  public var term: LocalizedText { Vocabulary.term(rawValue, in: Vocabulary.scopes) }
}
