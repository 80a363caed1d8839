extension DependencyType {
  /// The name of this dependency type in both languages, from `Vocabulary`.
  public var term: LocalizedText { Vocabulary.term(rawValue, in: Vocabulary.dependencyTypes) }
}
