extension ComponentStatus {
  /// The name of this component status in both languages, from `Vocabulary`.
  public var term: LocalizedText { Vocabulary.term(rawValue, in: Vocabulary.componentStatuses) }
}
