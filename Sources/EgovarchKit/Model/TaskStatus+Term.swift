extension TaskStatus {
  /// The name of this task status in both languages, from `Vocabulary`.
  public var term: LocalizedText { Vocabulary.term(rawValue, in: Vocabulary.taskStatuses) }
}
